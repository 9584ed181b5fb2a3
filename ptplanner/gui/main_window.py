"""The main window: the clinic's patients, one patient's page with their program, and the exercise
library docked beside them. Reading and writing happen off the GUI thread (gui/tasks.py).

The window is built in two steps so it is on screen at once: the frame (menus, the patient list
page, the library dock) needs only Qt; the parts that work on the clinic's data (gui/workbench.py)
are added by `attach` once the clinic's data is open. Before that, commands that need data are
disabled and the patient list says it is loading.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ptplanner.app.changes import Change, Changed
from ptplanner.core import clock
from ptplanner.core.safe_text import isolated
from ptplanner.gui import dialogs
from ptplanner.gui.actions import Actions
from ptplanner.gui.clinic_events import ClinicEvents
from ptplanner.gui.disabled_keys import explain as explain_disabled_key
from ptplanner.gui.language_menu import add_language_menu
from ptplanner.gui.layout import restore_layout, restore_splitters, save_layout
from ptplanner.gui.library.dock import WIDTH as DOCK_WIDTH
from ptplanner.gui.library.dock import LibraryDock, banner
from ptplanner.gui.patients.list_loader import PatientListLoader
from ptplanner.gui.patients.list_page import PatientListPage
from ptplanner.gui.start_reads import LibraryAhead, ScreenAhead, read_first_screen, read_library
from ptplanner.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.core.library import Library
    from ptplanner.core.patient import Patient
    from ptplanner.gui.document import PatientDocument
    from ptplanner.gui.library.browser import LibraryBrowser
    from ptplanner.gui.models.library import SortedLibrary
    from ptplanner.gui.patients.form import PatientDialog
    from ptplanner.gui.patients.page import PatientPage
    from ptplanner.gui.program.editor import ProgramEditor
    from ptplanner.gui.progress.controller import ProgressController
    from ptplanner.gui.progress.section import ProgressSection
    from ptplanner.gui.remote_changes import RemoteChanges

APP_TITLE = "ptplanner"
MAX_TITLE_NAME = 60
OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening the clinic's data…")
STILL_OPENING = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Still opening the clinic's data. The first start after an update can take a few minutes in a large clinic.",
)
STILL_OPENING_AFTER_MS = 3000
LIST_SHOWS = {Changed.PATIENTS, Changed.PROGRAM, Changed.LOG, Changed.OUTCOMES}  # names, weeks, stages, flags


# Translated where the menus are made (gui/translations/*.ts).
_MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Progress"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
)


class MainWindow(QMainWindow):
    attached = Signal()  # the clinic's data is open and every command can be used
    library_loaded = Signal()  # the library was read and is shown

    def __init__(self, clinic: Clinic | None = None) -> None:
        super().__init__()
        self.clinic: Clinic | None = None
        self.database_check_note: QWidget | None = None  # after a crash, while the database is checked
        self.open_error: BaseException | None = None  # why the clinic's data could not be opened, if so
        self.library_ahead: LibraryAhead | None = None  # read while the sign-in dialog waited (start_reads)
        self.screen_ahead: ScreenAhead | None = None  # the list's first screen, read on opening (start_reads)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_TITLE + "[*]")
        self.resize(1200, 760)
        self.runner = TaskRunner(self)  # the app's one runner: every dialog's database work goes through it
        self.events = ClinicEvents(self)
        self.events.changed.connect(self._data_changed)
        self.actions = Actions.create(self)
        self._closing = False
        self.patient_dialog: PatientDialog | None = None
        # Set by attach():
        self.document: PatientDocument | None = None
        self.editor: ProgramEditor
        self.progress: ProgressSection
        self.patient_page: PatientPage | None = None
        self.progress_controller: ProgressController
        self.library: LibraryBrowser | None = None
        self.remote_changes: RemoteChanges | None = None  # changes made on other workstations
        self.showing_discharged = False  # the patient list's Discharged tab (gui/patients/leaving.py)

        self.patient_list = PatientListPage()
        self.list_loader = PatientListLoader(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.patient_list)
        self.save_problem = banner("saveProblem", background="#fdecea", border="#d9534f")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_library_dock()
        self._build_menus()
        self._connect_frame()
        restore_layout(self)
        self._update_actions()
        self.statusBar().showMessage(self.tr(OPENING))
        self._opening_timer = QTimer(self, singleShot=True, interval=STILL_OPENING_AFTER_MS)
        self._opening_timer.timeout.connect(self._still_opening)
        self._opening_timer.start()
        if clinic is not None:
            self.attach(clinic)

    def attach(self, clinic: Clinic, in_two_turns: bool = False) -> None:
        """Add the parts that work on `clinic`, then read its patients and library. `in_two_turns`: the
        parts are built in one turn of the event loop and put in the window in the next (at start-up:
        building, showing and drawing them in one go kept the window from answering for 60-70 ms)."""
        from ptplanner.gui.workbench import Workbench  # imported by now (app.ATTACH_GUI_MODULES)

        parts = Workbench.build(self, clinic, self.actions, self.runner)
        if in_two_turns:
            self.runner.next_turn(lambda: self._put_in(clinic, parts))
        else:
            self._put_in(clinic, parts)

    def _put_in(self, clinic: Clinic, parts) -> None:
        from ptplanner.gui.remote_changes import RemoteChanges

        self.clinic = clinic
        self.events.listen_to(clinic)
        _speak_template_words(clinic)
        self.document, self.editor, self.progress = parts.document, parts.editor, parts.progress
        self.patient_page, self.progress_controller = parts.patient_page, parts.progress_controller
        self.library = parts.library
        self.pages.addWidget(self.patient_page)
        self.library_dock.hold(self.library)
        self._connect_workbench()
        self._start_session(clinic)
        self._install_parts()
        restore_splitters(self._splitters())
        self._update_actions()
        self.remote_changes = RemoteChanges(self)
        # The list first, on its own: it is what the therapist came for. Read at the same time, the
        # two shared one interpreter and both arrived late. Changes made elsewhere count from before it.
        read_first_screen(self, clinic)
        self.attached.emit()

    def _start_session(self, clinic: Clinic) -> None:
        """Who is signed in, in the status bar; the lock that covers the windows after the idle time."""
        from ptplanner.gui.idle_lock import IdleLock
        from ptplanner.gui.signin import show_signed_in

        self.idle_lock = IdleLock(self, clinic)
        self.actions.sign_out.triggered.connect(self.idle_lock.sign_out)
        show_signed_in(self)

    def user_changed(self) -> None:
        """Another account signed in (after the idle lock or a sign-out): the last one's patient is closed
        and the views read again for the new role. Their unsaved work was saved first (gui/idle_lock.py)."""
        self.document.close()
        self.editor.set_model(None)
        self.show_patients()
        self.reload_patients(then=self.reload_library)
        self._update_actions()

    def _install_parts(self) -> None:
        """Features kept in their own modules, each adding its menu and widgets to the window."""
        from ptplanner.gui.keyboard_focus import KeyboardFocus
        from ptplanner.gui.library.favourites import Favourites
        from ptplanner.gui.patients.leaving import PatientLeaving
        from ptplanner.gui.program.reuse import ProgramReuse

        self.leaving = PatientLeaving(self)
        self.reuse = ProgramReuse(self)
        self.favourites = Favourites(self)
        self.keyboard_focus = KeyboardFocus(self)

    def _still_opening(self) -> None:
        if self.clinic is None and self.open_error is None:
            self.statusBar().showMessage(self.tr(STILL_OPENING))

    # building

    def _build_library_dock(self) -> None:
        """The dock, saying the library is loading; attach() puts the browser in it."""
        self.library_dock = LibraryDock(self)
        self.library_warning, self.library_loading = self.library_dock.warning, self.library_dock.loading
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.library_dock)
        self.resizeDocks([self.library_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        a = self.actions
        menus = (
            (
                _MENUS[0],
                (a.new_patient, a.edit_patient, None, a.save, a.print, a.reprint, a.export_fhir,
                 a.read_scan, None, a.clinic_settings, a.add_demo, None, a.sign_out, a.quit),
            ),
            (_MENUS[1], (a.undo, a.redo, None, a.find)),
            (_MENUS[2], (a.record_log, a.record_today, a.add_outcome, None, a.progress_report)),
            (_MENUS[3], (a.show_patients, self.library_dock.toggleViewAction())),
            (_MENUS[4], (a.audit_trail,)),
        )
        for title, entries in menus:
            menu = self.menuBar().addMenu(self.tr(title))
            for action in entries:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            if title == _MENUS[3]:
                menu.addSeparator()
                add_language_menu(self, menu)

    def _connect_frame(self) -> None:
        a = self.actions
        a.new_patient.triggered.connect(self.new_patient)
        a.edit_patient.triggered.connect(self.edit_patient)
        a.save.triggered.connect(self.save)
        a.print.triggered.connect(self.print_handout)
        a.clinic_settings.triggered.connect(self.edit_clinic_settings)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.find)
        a.show_patients.triggered.connect(self.show_patients)
        a.add_demo.triggered.connect(self.add_demo_clinic)
        a.reprint.triggered.connect(self.reprint_handout)
        a.audit_trail.triggered.connect(self.show_audit_trail)
        a.undo_stack.cleanChanged.connect(self._update_actions)
        a.undo_stack.indexChanged.connect(self._program_edited)
        self.patient_list.patient_opened.connect(self.open_patient)
        self.patient_list.new_patient_requested.connect(self.new_patient)
        self.runner.busy_changed.connect(self._show_busy)

    def _connect_workbench(self) -> None:
        a = self.actions
        progress = self.progress_controller
        a.record_log.triggered.connect(lambda: progress.record_log())
        a.record_today.triggered.connect(lambda: progress.record_log(today_only=True))
        a.add_outcome.triggered.connect(progress.add_outcome)
        a.progress_report.triggered.connect(progress.save_report)
        a.export_fhir.triggered.connect(self.export_fhir)
        from ptplanner.gui.progress.scan_reader import ScanReader  # with the workbench, after the frame

        self.scan_reader = ScanReader(self, self.clinic, self.runner, progress)  # also takes dropped scans
        a.read_scan.triggered.connect(self.scan_reader.choose_files)
        progress.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        progress.ready_changed.connect(self._update_actions)
        self.progress.flag_count_changed.connect(self.patient_page.set_flag_count)
        progress.flags_changed.connect(self.patient_list.model.set_patient_progress_flags)
        self.patient_page.back_requested.connect(self.show_patients)
        self.patient_page.edit_requested.connect(self.edit_patient)
        self.library.exercise_activated.connect(self._add_exercise)
        self.library.library_changed.connect(lambda: self.editor.set_library(self.library.library()))
        self.document.opened.connect(self._patient_opened)
        self.document.saved.connect(self._program_saved)
        self.document.save_failed.connect(self._show_save_problem)

    def _splitters(self):
        return [] if self.library is None else [self.editor.splitter, self.library.splitter]

    # loading

    def reload_patients(self, select_id: str | None = None, then: Callable[[], None] | None = None) -> None:
        """The list again (gui/patients/list_loader.py). After one patient's change (`select_id`), their
        progress flags follow their page. `then` runs once the list is read, or failed."""
        self.list_loader.reload(select_id, then)

    def reload_library(self, then: Callable[[], None] | None = None) -> None:
        """The library again (`then`: once it is shown, or could not be read)."""
        read_library(self, then)

    def library_loaded_with(
        self, library: Library, sorted_library: SortedLibrary | None = None, thumbnails: dict | None = None
    ) -> None:
        """Show the library read (gui/start_reads.py) in the dock, the editor and the problems strip."""
        self.library.set_library(library, sorted_library, thumbnails)
        self.editor.set_library(library)
        self.library_dock.loaded(self.clinic.problems + library.problems)
        self.library_loaded.emit()

    # patients

    def open_patient(self, patient_id: str) -> None:
        from ptplanner.gui.role_actions import opened_without_clinical_access

        if opened_without_clinical_access(self, patient_id):
            return  # the front desk sees the patient's contact card and printed handouts instead
        current = self.document.patient
        if current is not None and current.id == patient_id:
            self.pages.setCurrentWidget(self.patient_page)
            return
        self._after_unsaved_changes(lambda: self._load(patient_id))

    def _load(self, patient_id: str) -> None:
        self.statusBar().showMessage(self.tr("Opening the patient…"))
        self.document.open(patient_id, clock.today(), self._show_load_problem)

    def _patient_opened(self) -> None:
        document = self.document
        assert document.patient is not None and document.model is not None
        self.editor.set_model(document.model, clock.today())
        program, weight = document.model.program(), document.weight_unit
        self.patient_page.show_patient(document.patient, program, clock.today(), weight)
        self.patient_page.open_on(progress=document.model.program().version > 0)
        self.progress_controller.load(clock.today())
        self.pages.setCurrentWidget(self.patient_page)
        self.save_problem.hide()
        self.statusBar().clearMessage()
        self._update_actions()

    def show_patients(self) -> None:
        self.pages.setCurrentWidget(self.patient_list)
        self.patient_list.focus_list()

    def new_patient(self) -> None:
        if self.clinic is None:
            return
        self._open_patient_dialog(None, self._new_patient_saved)

    def edit_patient(self) -> None:
        if self.document.patient is not None:
            # An assessment still being typed is stored first, so the form starts from the latest record.
            self.progress_controller.assessment.save_then(
                lambda: self._open_patient_dialog(self.document.patient, self._patient_details_saved)
            )

    def _open_patient_dialog(self, patient: Patient | None, on_saved) -> None:
        from ptplanner.gui.patients.form import PatientDialog

        dialog = PatientDialog(patient, clock.today(), self, self.document.weight_unit)
        dialog.accepted.connect(
            lambda: self.document.save_patient(self._latest_assessment(dialog.patient), on_saved)
        )
        dialog.finished.connect(dialog.deleteLater)
        self.patient_dialog = dialog
        dialog.open()

    def _latest_assessment(self, edited: Patient) -> Patient:
        """The form's details with the assessment as last stored (it is edited on the progress page)."""
        stored = self.document.patient
        if stored is None or stored.id != edited.id:
            return edited
        return edited.model_copy(update={"assessment": stored.assessment})

    def _new_patient_saved(self, patient: Patient) -> None:
        self.open_patient(patient.id)  # the list shows them once it is read again (see _data_changed)

    def _patient_details_saved(self, patient: Patient) -> None:
        if self.document.model is not None:
            program, weight = self.document.model.program(), self.document.weight_unit
            self.patient_page.show_patient(patient, program, clock.today(), weight)
        self._update_actions()

    def add_demo_clinic(self) -> None:
        from ptplanner.app.demo import add_demo_clinic

        clinic = self.clinic

        def added(result: tuple[int, int]) -> None:
            self.statusBar().showMessage(
                self.tr("Added {added} demo patients ({kept} were already there).").format(
                    added=result[0], kept=result[1]
                )
            )

        self.runner.write(lambda: add_demo_clinic(clinic, clock.today()), added)

    def _data_changed(self, changes: list[Change]) -> None:
        """What operations changed: the views that show it, again. One patient's change keeps them
        selected and reads only their progress flags again. Changes made elsewhere: remote_changes.py."""
        if self.remote_changes is not None and any(change.elsewhere for change in changes):
            self.remote_changes.show([change for change in changes if change.elsewhere])
        changes = [change for change in changes if not change.elsewhere]
        if any(change.what in LIST_SHOWS for change in changes):
            patients = {change.patient_id for change in changes if change.what in LIST_SHOWS}
            self.reload_patients(select_id=patients.pop() if len(patients) == 1 else None)
        if any(change.what is Changed.LIBRARY for change in changes):
            self.reload_library()
        if any(change.what is Changed.SETTINGS for change in changes):  # lifting limits' unit, maybe
            shown = self.document
            shown.read_weight_unit(then=lambda: shown.patient and self._patient_details_saved(shown.patient))

    # the program

    def save(self) -> None:
        if self.document.is_modified():
            self.statusBar().showMessage(self.tr("Saving…"))
        self.document.save()

    def print_handout(self) -> None:
        """Save first (a handout always shows a saved version, so it can be reprinted), then preview."""
        model = self.document.model
        if self.document.patient is None or model is None or not model.program().stages:
            self.statusBar().showMessage(self.tr("Open a patient with a program to print a handout."), 5000)
            return
        self.document.save(then=self._preview_handout)

    def _preview_handout(self) -> None:
        from ptplanner.gui.handout_preview import HandoutPreview  # QtPdf loads only when needed

        patient, model = self.document.patient, self.document.model
        if patient is None or model is None:
            return
        preview = HandoutPreview(
            self.clinic, self.runner, patient.id, model.program().id, parent=self, patient_name=patient.name
        )
        # Deleted once closed: a child of the window, each preview kept its PDF until the app closed.
        preview.finished.connect(preview.deleteLater)
        preview.exec()

    def export_fhir(self) -> None:
        from ptplanner.gui.fhir_export import export_for_hospital

        export_for_hospital(self)

    def reprint_handout(self) -> None:
        from ptplanner.gui.role_actions import show_printed_handouts

        show_printed_handouts(self)

    def show_audit_trail(self) -> None:
        from ptplanner.gui.audit_view import AuditDialog

        dialog = AuditDialog(self.clinic, self.runner, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_clinic_settings(self) -> None:
        from ptplanner.gui.clinic_settings import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.clinic, self.runner, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.exec()

    def _program_saved(self, saved) -> None:
        self.save_problem.hide()
        self.statusBar().showMessage(
            self.tr("Saved (version {version}).").format(version=saved.version), 5000
        )
        self.progress_controller.refresh()
        self._update_actions()
        if self._closing:
            self.close()

    def _program_edited(self) -> None:
        model = self.document.model
        if model is not None:
            self.patient_page.show_program_progress(model.program(), clock.today())
            self.progress_controller.refresh()

    def _add_exercise(self, exercise_id: str) -> None:
        if self.document.model is None or self.pages.currentWidget() is not self.patient_page:
            self.statusBar().showMessage(
                self.tr("Open a patient first to add exercises to their program."), 5000
            )
            return
        self.editor.add_exercise(exercise_id)

    def find(self) -> None:
        """On a patient's page, find an exercise to add; elsewhere, find a patient."""
        if self.pages.currentWidget() is self.patient_page:
            self.library_dock.show()
            self.library.focus_search()
        else:
            self.patient_list.focus_search()

    # unsaved changes, problems and closing

    def _after_unsaved_changes(self, proceed) -> None:
        """Run `proceed` once the open program is saved or its changes knowingly discarded."""
        if not self.document.is_modified():
            proceed()
            return
        answer = dialogs.ask_to_save(self, self.document.patient.name if self.document.patient else "")
        if answer is dialogs.Unsaved.SAVE:
            self.document.save(then=proceed)
        elif answer is dialogs.Unsaved.DISCARD:
            self.document.close()
            self.editor.set_model(None)
            proceed()

    def _show_save_problem(self, message: str) -> None:
        self._closing = False
        self.save_problem.setText(message)
        self.save_problem.show()
        self.statusBar().showMessage(self.tr("Not saved."))

    def _show_load_problem(self, error: BaseException) -> None:
        from ptplanner.app.errors import DatabaseError
        from ptplanner.error_text import user_message

        self.reload_patients()
        if not isinstance(error, DatabaseError):  # a bug: the app's error dialog, without the data it held
            sys.excepthook(type(error), error, error.__traceback__)
            return
        said = user_message(error)  # e.g. a damaged record, named, and what to do
        self.statusBar().showMessage(self.tr("The patient could not be opened: {error}").format(error=said))
        QMessageBox.warning(self, self.tr("The patient could not be opened"), said)

    def _show_busy(self, busy: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _update_actions(self) -> None:
        from ptplanner.gui.role_actions import apply_role

        self._update_data_actions()
        apply_role(self)  # then what the signed-in role may not use is turned off, saying why

    def _update_data_actions(self) -> None:
        a = self.actions
        ready = self.document is not None
        for action in (a.new_patient, a.clinic_settings, a.add_demo):
            action.setEnabled(ready)
        self.patient_list.new_button.setEnabled(ready)
        if self.document is None:
            for action in (
                a.save,
                a.edit_patient,
                a.print,
                a.record_log,
                a.record_today,
                a.add_outcome,
                a.progress_report,
                a.export_fhir,
                a.read_scan,
            ):
                action.setEnabled(False)
            return
        patient = self.document.patient
        modified = self.document.is_modified()
        self.setWindowModified(modified)
        name = "" if patient is None else isolated(patient.name, MAX_TITLE_NAME) + " — "
        self.setWindowTitle(name + APP_TITLE + "[*]")
        self.actions.save.setEnabled(modified)
        self.actions.edit_patient.setEnabled(patient is not None)
        model = self.document.model
        self.actions.print.setEnabled(
            patient is not None and model is not None and bool(model.program().stages)
        )
        cannot_log = self.progress_controller.unavailable_reason()
        for action in (self.actions.record_log, self.actions.record_today, self.actions.read_scan):
            action.setEnabled(cannot_log is None)
            action.setToolTip(cannot_log or action.text().replace("&", "").rstrip("…"))
        self.actions.add_outcome.setEnabled(patient is not None)
        self.actions.export_fhir.setEnabled(patient is not None)
        self.actions.progress_report.setEnabled(model is not None and model.program().version > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no widget took: if it is a disabled command's shortcut, the status bar says why it is off."""
        if not explain_disabled_key(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self, "progress_controller"):  # attached: an assessment typed a moment ago is stored
            self.progress_controller.assessment.save_then(lambda: None)  # (the runner is waited for below)
        if self.document is not None and self.document.is_modified():
            answer = dialogs.ask_to_save(self, self.document.patient.name if self.document.patient else "")
            if answer is dialogs.Unsaved.CANCEL:
                event.ignore()
                return
            if answer is dialogs.Unsaved.SAVE:
                self._closing = True  # closed again once saved; a failed save keeps the window open
                self.document.save()
                event.ignore()
                return
        save_layout(self, self._splitters())
        if self.document is not None:
            self.document.stop_work_ahead()
        if self.library_ahead is not None:  # held for a list never read: waited for below, so let it go
            self.library_ahead.let_go()
        self.runner.wait()
        self.actions.undo_stack.clear()  # nothing left to ask about if closed again
        super().closeEvent(event)
        if event.isAccepted():
            self.runner.close()  # the clinic is closed next (gui/app.py: run_app)


def _speak_template_words(clinic: Clinic) -> None:
    """The templates' stage names and goals in the window's language, for the stage list and suggestions."""
    from ptplanner.core.language import Language, current_language, set_phrases
    from ptplanner.core.templates import ProgramTemplate

    language = current_language()
    if language is not Language.ENGLISH:
        set_phrases(ProgramTemplate.all_phrases(clinic.templates.values(), language.value))
