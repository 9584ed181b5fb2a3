"""Typing in a returned log sheet, a week at a time, or today's session one click per exercise.

The dialog has its own undo stack (Ctrl+Z, Ctrl+Shift+Z). Saving writes every changed day in one
transaction on the task runner; if the database refuses, the entries stay in the grid and the
message says why.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ptplanner.app.clinic import Clinic
from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.bounds import EARLIEST_DAY
from ptplanner.core.program import Program
from ptplanner.core.safe_text import isolated
from ptplanner.gui.document import SAVE_ERRORS
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.progress.log_grid import LogGrid
from ptplanner.gui.progress.log_model import DAYS, LogSheetModel
from ptplanner.gui.progress.today_panel import TodayPanel
from ptplanner.gui.tasks import TaskRunner

MAX_TITLE_NAME = 60
KEYS_HINT = QT_TRANSLATE_NOOP(
    "LogSheetDialog",
    "Space ticks a session (press again for the next one), a digit types a number, arrows move, "
    "Delete clears. Type or press F2 to write a note. Alt+← and Alt+→ change the week.",
)


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save_log(parent: QWidget) -> Unsaved:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LogSheetDialog", "Unsaved log"),
        QCoreApplication.translate("LogSheetDialog", "Save the days typed in before closing?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == buttons.Discard else Unsaved.CANCEL


class LogSheetDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        clinic: Clinic,
        patient_id: str,
        patient_name: str,
        program: Program,
        stored: Iterable[AdherenceEntry],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="logSheetDialog")
        name = isolated(patient_name, MAX_TITLE_NAME)
        self.setWindowTitle(self.tr("Log sheet — {name}").format(name=name) + "[*]")
        self.resize(900, 640)
        self._runner, self._clinic, self._patient_id = runner, clinic, patient_id
        self._saving = self._close_when_saved = False
        self.undo_stack = QUndoStack(self)
        self.model = LogSheetModel(program, stored, self.undo_stack, today, self)
        self.grid = LogGrid(self.model)
        self.today_panel = TodayPanel(self.model)
        self.tabs = QTabWidget(objectName="logTabs")
        self.week_from = QDateEdit(objectName="weekFrom", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.week_from.setMaximumDate(QDate(today.year, today.month, today.day))
        self.week_from.setMinimumDate(QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day))
        self.earlier = QPushButton(self.tr("◀ Earlier week"), objectName="earlierWeek")
        self.later = QPushButton(self.tr("Later week ▶"), objectName="laterWeek")
        self.message = QLabel(objectName="logMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # refusals quote what was typed
        self.save_button = QPushButton(self.tr("Save"), objectName="saveLog")
        self.close_button = QPushButton(self.tr("Close"), objectName="closeLog")
        self._lay_out()
        self._connect()
        self._week_shown()
        self.grid.setFocus()  # on its first open day: Space ticks, digits type pain

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.today_panel)
        open_buttons = [button for button in self.today_panel.buttons.values() if button.isEnabled()]
        (open_buttons[0] if open_buttons else self.today_panel).setFocus()  # Space records a session

    def save(self) -> None:
        self.grid.finish_editing()
        to_save, to_delete = self.model.unsaved()
        if self._saving or not (to_save or to_delete):
            return
        self._saving = True
        self._update_buttons()
        clinic, patient_id = self._clinic, self._patient_id
        self._runner.write(
            lambda: clinic.save_log(patient_id, to_save, to_delete),
            lambda _: self._saved(to_save, to_delete),
            self._not_saved,
        )

    def done(self, result: int) -> None:
        if self._saving:
            self._close_when_saved = True
            return
        if self.model.is_modified():
            answer = ask_to_save_log(self)
            if answer is Unsaved.CANCEL:
                return
            if answer is Unsaved.SAVE:
                self._close_when_saved = True
                self.save()
                return
        super().done(result)

    # layout and wiring

    def _lay_out(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # every platform binding: Ctrl+Y and Ctrl+Shift+Z
        self.addActions([undo, redo])
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.earlier.setShortcut("Alt+Left")
        self.later.setShortcut("Alt+Right")
        weeks = QHBoxLayout()
        weeks.addWidget(self.earlier)
        weeks.addWidget(buddy_label(self.tr("&Week from"), self.week_from))
        weeks.addWidget(self.week_from)
        weeks.addWidget(self.later)
        weeks.addStretch()
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.addLayout(weeks)
        week_layout.addWidget(self.grid, 1)
        week_layout.addWidget(QLabel(f"<small>{self.tr(KEYS_HINT)}</small>", wordWrap=True))
        self.tabs.addTab(week_page, self.tr("Week"))
        self.tabs.addTab(self.today_panel, self.tr("Today's session"))
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QHBoxLayout()
        for action in (undo, redo):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.earlier.clicked.connect(lambda: self._step_weeks(-1))
        self.later.clicked.connect(lambda: self._step_weeks(1))
        self.week_from.dateChanged.connect(lambda day: self.model.show_week_from(day.toPython()))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.model.refused.connect(self._show_problem)
        self.model.changed.connect(self._update_buttons)
        self.model.modelReset.connect(self._week_shown)
        self.undo_stack.indexChanged.connect(lambda _: self.message.hide())

    def _step_weeks(self, step: int) -> None:
        self.model.show_week_from(self.model.days()[0] + timedelta(days=DAYS * step))

    def _week_shown(self) -> None:
        start = self.model.days()[0]
        self.week_from.blockSignals(True)
        self.week_from.setDate(QDate(start.year, start.month, start.day))
        self.week_from.blockSignals(False)
        self.later.setEnabled(start + timedelta(days=DAYS) <= self.model.today)
        self.grid.resizeRowsToContents()
        if not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.model.first_open())
        self._update_buttons()

    # saving

    def _saved(self, to_save: list[AdherenceEntry], to_delete: list[AdherenceEntry]) -> None:
        self._saving = False
        self.model.mark_stored(to_save, to_delete)
        days = len(to_save) + len(to_delete)
        # English has no translation file: its singular and plural are chosen here
        if days == 1:
            self._show_note(self.tr("Saved %n day.", "", days))
        else:
            self._show_note(self.tr("Saved %n days.", "", days))
        self.saved.emit()
        if self._close_when_saved and not self.model.is_modified():
            super().done(QDialog.DialogCode.Accepted)
        self._close_when_saved = False

    def _not_saved(self, error: BaseException) -> None:
        self._saving = self._close_when_saved = False
        if not isinstance(error, SAVE_ERRORS):
            raise error
        detail = getattr(error, "orig", None) or error
        not_saved = self.tr("The log was not saved: {why} Your entries are still here; try saving again once "
                            "the problem is fixed.")
        self._show_problem(not_saved.format(why=detail))
        self._update_buttons()

    def _show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.message.show()

    def show_note(self, text: str) -> None:
        self._show_note(text)

    def _show_note(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.show()

    def _update_buttons(self) -> None:
        modified = self.model.is_modified()
        self.setWindowModified(modified)
        self.save_button.setEnabled(modified and not self._saving)
