"""Changes made on other workstations, shown without a restart.

Every few seconds, and when the window comes to the front, the app layer looks for changes made
elsewhere (app/watch.py) on the task runner; they arrive like the window's own change reports
(elsewhere=True) and are shown here: the patient list again (the selection kept), the library, and the
open patient. Their log and outcomes are always read again; their program only when the window holds
no unsaved edits to it. Otherwise a banner says so and offers Reload (discard mine) or Keep mine.
A save refused because another workstation saved first shows what changed there, with the same two
answers; keeping mine saves it as the next version, after the user confirms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ptplanner.app.changes import Change, Changed
from ptplanner.app.conflicts import ProgramConflict, program_conflict
from ptplanner.app.errors import DatabaseError
from ptplanner.app.watch import ChangeWatch
from ptplanner.core import clock
from ptplanner.core.safe_text import isolated
from ptplanner.error_text import user_message
from ptplanner.gui.main_window import LIST_SHOWS

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

POLL_MS = 5000
PROGRESS_SHOWS = {Changed.PATIENTS, Changed.LOG, Changed.OUTCOMES, Changed.DECISIONS, Changed.SETTINGS}
EXPECTED = (DatabaseError, OSError)  # a server out of reach, a busy or damaged file, a role refused
RELOAD = QT_TRANSLATE_NOOP("RemoteChanges", "Reload (discard mine)")
KEEP = QT_TRANSLATE_NOOP("RemoteChanges", "Keep mine")


def confirm_keep_mine(parent: QWidget, text: str) -> bool:
    """Asked before saving over another workstation's version (replaced in tests)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RemoteChanges", "Save your version?"), text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


class ChangeBanner(QFrame):
    """A strip above the page: what changed elsewhere, and the two answers."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="changedElsewhere")
        self.setStyleSheet("#changedElsewhere { background:#e8f1fb; border:1px solid #5b8fd0; }")
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names and exercise names are user text
        self.reload_button = QPushButton(
            QCoreApplication.translate("RemoteChanges", RELOAD), objectName="reloadTheirs"
        )
        self.keep_button = QPushButton(
            QCoreApplication.translate("RemoteChanges", KEEP), objectName="keepMine"
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignTop)
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self.keep_requested)
        self.hide()

    def ask(self, text: str, keep: str = KEEP) -> None:
        self.text.setText(text)
        self.keep_button.setText(QCoreApplication.translate("RemoteChanges", keep))
        self.show()


class RemoteChanges(QObject):
    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self._window = window
        self._watch = ChangeWatch(window.clinic)
        self._checking = False
        self._problem = ""  # the last failure shown, so a lasting one is not repeated every few seconds
        self._conflict: ProgramConflict | None = None  # the save refusal the banner answers, if it does
        self._restore: tuple[str, QWidget, int] | None = None  # patient, page and tab to keep on reopening
        self.banner = ChangeBanner()
        window.centralWidget().layout().insertWidget(1, self.banner)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check_now)
        window.installEventFilter(self)
        document = window.document
        document.conflicted.connect(self._save_refused)
        document.opened.connect(self._reopened)  # after the window's own slot: it chose page and tab
        document.saved.connect(lambda _saved: self._dismiss())
        self.banner.reload_requested.connect(self._reload_theirs)
        self.banner.keep_requested.connect(self._keep_mine)

    @property
    def watch(self) -> ChangeWatch:
        return self._watch

    def start(self, then, started: bool = False) -> None:
        """What is stored now is the baseline (`started`: taken already, with what `then` shows); then `then`
        reads what to show, and the looking starts."""

        def looking(_result=None) -> None:
            self.timer.start()
            then()

        if started:
            looking()
            return
        self._window.runner.read(self._watch.start, looking, looking)

    def check_now(self) -> None:
        if self._checking or not self._window.isVisible():  # (hidden: closing, the clinic about to close)
            return
        self._checking = True
        self._window.runner.read(self._watch.check, self._checked, self._not_checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self.check_now()
        return False

    def show(self, changes: list[Change]) -> None:
        """Changes made elsewhere (they came through the window's change reports)."""
        window = self._window
        kinds = {change.what for change in changes}
        if kinds & LIST_SHOWS:
            self._reload_list()
        if Changed.LIBRARY in kinds:
            window.reload_library()
        patient = window.document.patient
        if patient is None:
            return
        about_open = {c.what for c in changes if c.patient_id == patient.id} | (kinds & {Changed.SETTINGS})
        if Changed.PROGRAM in about_open:
            if not window.document.is_modified():
                self._keep_place(patient.id)
                window.document.reload(
                    clock.today(), self._not_read, lambda: self._changed_while_editing(patient)
                )
                return
            self._changed_while_editing(patient)
        if Changed.PATIENTS in about_open:
            self._read_details(patient.id)
        elif about_open & PROGRESS_SHOWS:
            window.progress_controller.load(clock.today())

    # looking

    def _checked(self, _changes: list[Change]) -> None:
        self._checking, self._problem = False, ""

    def _not_checked(self, error: BaseException) -> None:
        self._checking = False
        if not isinstance(error, EXPECTED):  # a bug: shown once by the app's error dialog, not every 5 s
            self.timer.stop()
            raise error
        problem = self.tr("Changes made on other workstations could not be read: {error}").format(
            error=user_message(error)
        )
        if problem != self._problem:
            self._problem = problem
            self._window.statusBar().showMessage(problem, 10_000)

    # showing

    def _reload_list(self) -> None:
        page = self._window.patient_list
        index = page.table.currentIndex()
        selected = page.proxy.patient_id(index) if index.isValid() else None
        self._window.reload_patients(then=lambda: page.select_patient(selected) if selected else None)

    def _changed_while_editing(self, patient) -> None:
        self._restore = None
        self.banner.ask(
            self.tr(
                "{name}'s program was changed on another workstation. Your unsaved changes are "
                "still here: reload the saved program (yours are discarded), or keep yours and save them.",
            ).format(name=isolated(patient.name, 80))
        )

    def _keep_place(self, patient_id: str) -> None:
        """Reopening shows the patient's page on its first tab: keep the page and tab the user is on."""
        window = self._window
        self._restore = (patient_id, window.pages.currentWidget(), window.patient_page.tabs.currentIndex())

    def _reopened(self) -> None:
        self._dismiss()
        restore, self._restore = self._restore, None
        patient = self._window.document.patient
        if restore is not None and patient is not None and patient.id == restore[0]:
            self._window.pages.setCurrentWidget(restore[1])
            self._window.patient_page.tabs.setCurrentIndex(restore[2])

    def _read_details(self, patient_id: str) -> None:
        clinic, window = self._window.clinic, self._window

        def show(patient) -> None:
            if window.document.patient is None or window.document.patient.id != patient.id:
                return  # another patient was opened meanwhile
            window.document.show_details(patient)
            window._patient_details_saved(patient)  # the page and title, as after saving them here
            window.progress_controller.load(clock.today())  # the assessment too, unless it is being typed
            window.leaving.read_discharge()  # discharged or re-admitted there

        window.runner.read(lambda: clinic.get_patient(patient_id), show, self._not_read)

    def _not_read(self, error: BaseException) -> None:
        self._restore = None
        if not isinstance(error, EXPECTED):
            raise error
        self._window.statusBar().showMessage(
            self.tr("The open patient could not be read again: {error}").format(error=user_message(error))
        )

    # a save refused because another workstation saved first

    def _save_refused(self) -> None:
        model, clinic = self._window.document.model, self._window.clinic
        if model is None:
            return
        mine = model.program()
        self._window.runner.read(lambda: program_conflict(clinic, mine), self._show_conflict, self._not_read)

    def _show_conflict(self, conflict: ProgramConflict | None) -> None:
        patient = self._window.document.patient
        if conflict is None or patient is None or patient.id != conflict.saved.patient_id:
            return  # not overtaken after all: the window's save problem says what happened
        self._conflict = conflict
        self._window.save_problem.hide()
        saved = conflict.saved.version
        lines = "\n".join(f"• {line}" for line in conflict.changes)
        self.banner.ask(
            self.tr(
                "Not saved: {name}'s program was saved on another workstation while you edited it "
                "(you started from version {started}; version {saved} is saved now). "
                "What changed there:\n{lines}",
            ).format(name=isolated(patient.name, 80), started=conflict.started_from, saved=saved,
                     lines=lines),
            keep=self.tr("Keep mine (save as version {version})…").format(version=saved + 1),
        )

    def _keep_mine(self) -> None:
        conflict, self._conflict = self._conflict, None
        self.banner.hide()
        if conflict is None:
            return  # changed elsewhere, not yet refused: keep editing; saving will ask again if needed
        saved = conflict.saved.version
        question = self.tr(
            "Save your version as version {mine}? It replaces version {saved} from the other "
            "workstation as the current program; that version stays in the program's history.",
        ).format(mine=saved + 1, saved=saved)
        if confirm_keep_mine(self._window, question):
            self._window.document.save_over(conflict.saved)
        else:
            self.banner.show()
            self._conflict = conflict

    def _reload_theirs(self) -> None:
        document = self._window.document
        patient = document.patient
        self._dismiss()
        if patient is None:
            return
        document.close()
        self._window.editor.set_model(None)
        self._keep_place(patient.id)
        document.open(patient.id, clock.today(), self._not_read)

    def _dismiss(self) -> None:
        self._conflict = None
        self.banner.hide()
