"""The therapist's assessment and plan for the progress report, typed on the patient's progress page.

The text box keeps its own undo (Ctrl+Z while it has the focus). What is typed is saved with Save, a
moment after typing stops, when the box loses the focus, before another patient opens and before a report
is built; the box says when it was saved and, if the database refused, why, keeping the text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ptplanner.core.patient import MAX_NOTES
from ptplanner.gui.progress.typed import grouped

# English here; shown through the translator (context AssessmentBox)
TITLE = QT_TRANSLATE_NOOP("AssessmentBox", "Assessment and plan (for the report)")
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "AssessmentBox", "How the patient is doing and what comes next, in words for the surgeon's office."
)
SAVED = QT_TRANSLATE_NOOP("AssessmentBox", "Saved.")
SAVING = QT_TRANSLATE_NOOP("AssessmentBox", "Saving…")
_TOO_LONG = QT_TRANSLATE_NOOP(
    "AssessmentBox", "Assessment and plan: at most {count} characters. Shorten it, then save."
)
TOO_LONG = _TOO_LONG.format(count=f"{MAX_NOTES:,}")
PAUSE_MS = 2000  # saved this long after the last key, so closing the window loses at most a moment


def too_long() -> str:
    return QCoreApplication.translate("AssessmentBox", _TOO_LONG).format(count=grouped(MAX_NOTES))


class AssessmentBox(QWidget):
    save_requested = Signal(str)  # the text to store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="assessmentBox")
        self.title = QLabel(self.tr(TITLE))
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.editor = QPlainTextEdit(objectName="assessmentText", placeholderText=self.tr(PLACEHOLDER))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(90)
        self.editor.setMaximumHeight(160)
        self.title.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("Save assessment"), objectName="saveAssessment")
        self.status = QLabel(objectName="assessmentStatus", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self._stored = ""
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.editor.textChanged.connect(self._changed)
        self.editor.installEventFilter(self)
        self.show_assessment("")

    def show_assessment(self, text: str) -> None:
        """Show the stored text (a fresh undo history: setPlainText clears it)."""
        self._stored = text
        self.editor.setPlainText(text)
        self._pause.stop()
        self.status.setText("")
        self._changed()

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.text().strip() != self._stored.strip()

    def save(self) -> None:
        """Ask to store the text, if it changed and fits."""
        self._pause.stop()
        if not self.is_modified():
            return
        if len(self.text()) > MAX_NOTES:
            self.not_saved(too_long())
            return
        self.status.setText(self.tr(SAVING))
        self.save_button.setEnabled(False)
        self.save_requested.emit(self.text())

    def saved(self, text: str) -> None:
        self._stored = text
        self.status.setText(self.tr(SAVED) if not self.is_modified() else "")
        self._changed()

    def not_saved(self, message: str) -> None:
        self.status.setText(message)
        self.save_button.setEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        if modified:
            self._pause.start()
        if modified and self.status.text() == self.tr(SAVED):
            self.status.setText("")
