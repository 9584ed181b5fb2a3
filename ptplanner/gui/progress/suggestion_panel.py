"""The next step the log suggests, with its reason in plain words. Nothing happens until the therapist
accepts it (which does it) or dismisses it; either answer is recorded."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ptplanner.core.safe_text import one_line
from ptplanner.core.suggestions import Suggestion, SuggestionKind

ACCEPT_TEXT = {
    SuggestionKind.NEXT_STAGE: QT_TRANSLATE_NOOP("SuggestionPanel", "Move to stage {stage} today"),
    SuggestionKind.RAISE_WALKING: QT_TRANSLATE_NOOP("SuggestionPanel", "Apply the new walking plan"),
    SuggestionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("SuggestionPanel", "Follow up (note it)"),
}
HOLD_WITH_WALKING = QT_TRANSLATE_NOOP("SuggestionPanel", "Hold, and step walking back")
HOLD = QT_TRANSLATE_NOOP("SuggestionPanel", "Hold (note it)")


def accept_text(suggestion: Suggestion) -> str:
    if suggestion.kind is SuggestionKind.HOLD:
        text = HOLD_WITH_WALKING if suggestion.walking is not None else HOLD
    else:
        text = ACCEPT_TEXT[suggestion.kind]
    return QCoreApplication.translate("SuggestionPanel", text).format(stage=(suggestion.stage_index or 0) + 1)


class SuggestionPanel(QFrame):
    decided = Signal(object, bool)  # the Suggestion, and whether it was accepted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="suggestionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: Suggestion | None = None
        self.title = QLabel(objectName="suggestionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # stage names are shown as typed
        self.title.setStyleSheet("font-weight: bold;")
        self.reason = QLabel(objectName="suggestionReason", wordWrap=True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(objectName="acceptSuggestion")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismissSuggestion")
        self.dismiss_button.setToolTip(self.tr("Not now: the same kind of suggestion rests for a while."))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<small>Suggested from the log, never done by itself.</small>")), 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.dismiss_button.clicked.connect(lambda: self._decide(False))
        self.show_suggestion(None)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        self.suggestion = suggestion
        self.setVisible(suggestion is not None)
        if suggestion is None:
            return
        step = one_line(suggestion.title)  # it names a stage as typed
        self.title.setText(self.tr("Next step: {step}").format(step=step))
        self.reason.setText(suggestion.reason)
        self.accept_button.setText(accept_text(suggestion))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While an answer is being carried out and recorded, it cannot be given twice."""
        self.accept_button.setEnabled(not busy)
        self.dismiss_button.setEnabled(not busy)

    def _decide(self, accepted: bool) -> None:
        if self.suggestion is not None:
            self.set_busy(True)
            self.decided.emit(self.suggestion, accepted)
