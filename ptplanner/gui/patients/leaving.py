"""Patients leaving the clinic, in the main window: the patient list's Active and Discharged tabs, and the
Patient menu's Discharge, Re-admit and Erase. Installed by the main window with `PatientLeaving(window)`.

The patient acted on is the open one on their page, or the one chosen in the list. Every read and write
goes through the window's runner (a dialog's work through `runner.scoped(dialog)`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QTabBar

from ptplanner.core import clock
from ptplanner.core.discharge import Discharge
from ptplanner.core.patient import Patient
from ptplanner.core.roles import Action
from ptplanner.core.safe_text import isolated
from ptplanner.error_text import user_message
from ptplanner.gui.dates import app_dates
from ptplanner.gui.patients.leaving_dialogs import (
    MAX_NAME_SHOWN,
    DamagedRecord,
    DischargeDialog,
    EraseDialog,
    shown_name,
)
from ptplanner.gui.window_parts import add_menu, new_action, open_dialog, show_status

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

ACTIVE, DISCHARGED = 0, 1
NO_DISCHARGED = QT_TRANSLATE_NOOP(
    "PatientLeaving",
    "<h3>No discharged patients</h3><p>Patients you discharge are kept here, to re-admit them.</p>",
)
CHOOSE_FIRST = QT_TRANSLATE_NOOP("PatientLeaving", "Choose a patient in the list, or open one, first.")
MAX_BACKUPS_NAMED = 10


def _with_discharge(clinic, patient_id: str) -> tuple[Patient, Discharge | None]:
    return clinic.get_patient(patient_id), clinic.discharge_of(patient_id)


def _to_erase(clinic, patient_id: str) -> tuple[Patient | DamagedRecord]:
    """The patient to erase; a record whose stored text is damaged (flagged so in the list), by its id:
    erasing needs nothing else of it, and is the clinic's way to be rid of it without a restore."""
    if why := clinic.damaged_patients([patient_id]).get(patient_id):
        return (DamagedRecord(patient_id, why),)
    return (clinic.get_patient(patient_id),)


class PatientLeaving(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: DischargeDialog | EraseDialog | None = None
        self.backups_notice: QMessageBox | None = None  # after an erase: the backups still holding them
        self.tabs = QTabBar(objectName="patientListTabs")
        self.tabs.addTab(self.tr("Active"))
        self.tabs.addTab(self.tr("Discharged"))
        window.patient_list.layout().insertWidget(1, self.tabs, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.currentChanged.connect(self._tab_changed)
        # After the page has chosen its own notice for an empty list ("No patients yet"), say the right one.
        later = lambda: QTimer.singleShot(0, self, self._say_when_none_discharged)  # noqa: E731
        window.patient_list.model.modelReset.connect(later)

        self.discharge = new_action(window, self.tr("&Discharge patient…"), "dischargeAction")
        self.readmit = new_action(window, self.tr("&Re-admit patient"), "readmitAction")
        self.erase = new_action(window, self.tr("&Erase patient…"), "eraseAction")
        self.discharge.triggered.connect(lambda: self._with_patient(self._ask_discharge))
        self.readmit.triggered.connect(lambda: self._with_patient(self._readmit))
        self.erase.triggered.connect(lambda: self._with_patient(self._ask_erase, _to_erase))
        actions = [self.discharge, self.readmit, None, self.erase]
        self.menu = add_menu(window, self.tr("P&atient"), "patientMenu", actions)
        window.document.opened.connect(self._say_if_discharged)
        clinic = window.clinic  # a role that may not do these sees them greyed out, not refused afterwards
        self.discharge.setEnabled(clinic.may(Action.CHANGE_CLINICAL))
        self.readmit.setEnabled(clinic.may(Action.CHANGE_CLINICAL))
        self.erase.setEnabled(clinic.may(Action.ERASE))

    @property
    def showing_discharged(self) -> bool:
        return self.tabs.currentIndex() == DISCHARGED

    def show_discharged(self, discharged: bool) -> None:
        self.tabs.setCurrentIndex(DISCHARGED if discharged else ACTIVE)

    # the list's tabs

    def _tab_changed(self) -> None:
        self.window.showing_discharged = self.showing_discharged
        self.window.show_patients()
        self.window.reload_patients()

    def _say_when_none_discharged(self) -> None:
        page = self.window.patient_list
        if self.showing_discharged and page.model.rowCount() == 0:
            page.notice.setTextFormat(Qt.TextFormat.RichText)
            page.notice.setText(QCoreApplication.translate("PatientLeaving", NO_DISCHARGED))
            page.stack.setCurrentWidget(page.notice)

    def _say_if_discharged(self) -> None:
        """Opening a discharged patient's record says so, and how to bring them back (the discharge is
        read with the patient, document.py)."""
        document = self.window.document
        if document.patient is not None:
            self._show_discharge(document.patient, document.discharge, say=True)

    def read_discharge(self) -> None:
        """Whether the open patient is discharged, read again (after a change made on another
        workstation): their page's "Now" line follows it."""
        patient = self.window.document.patient
        if patient is None:
            return
        clinic = self.window.clinic
        show = lambda discharge: self._show_discharge(patient, discharge)  # noqa: E731
        self.window.runner.read(lambda: clinic.discharge_of(patient.id), show, lambda error: None)

    def _show_discharge(self, patient: Patient, discharge: Discharge | None, say: bool = False) -> None:
        """On the open patient's page (if `patient` is still the one open); with `say`, in the status bar."""
        current = self.window.document.patient
        if current is None or current.id != patient.id:
            return
        self.window.document.discharge = discharge
        self.window.patient_page.show_discharged(None if discharge is None else discharge.on)
        if discharge is not None and say:
            said = self.tr(
                "{name} was discharged on {day}: their progress stops there and no next step is "
                "suggested. Patient ▸ Re-admit patient brings them back to the active list."
            )
            self._say(said.format(name=shown_name(patient), day=app_dates().full(discharge.on)))

    # which patient

    def chosen_patient_id(self) -> str | None:
        window = self.window
        if window.pages.currentWidget() is window.patient_page and window.document.patient is not None:
            return window.document.patient.id
        page = window.patient_list
        return page.proxy.patient_id(page.table.currentIndex())

    def _with_patient(self, then, read=_with_discharge) -> None:
        """`then(*found)`, `found` read on the worker by `read(clinic, patient_id)`: by default the chosen
        patient and their discharge."""
        patient_id = self.chosen_patient_id()
        if patient_id is None or self.window.clinic is None:
            self._say(QCoreApplication.translate("PatientLeaving", CHOOSE_FIRST))
            return
        clinic = self.window.clinic
        self.window.runner.read(
            lambda: read(clinic, patient_id),
            lambda found: then(*found),
            lambda error: self._say(user_message(error)),
        )

    # discharge and re-admit

    def _ask_discharge(self, patient: Patient, discharge) -> None:
        if discharge is not None:
            said = self.tr("{name} was discharged on {day} already.")
            self._say(said.format(name=shown_name(patient), day=app_dates().full(discharge.on)))
            return
        dialog = DischargeDialog(patient, clock.today(), self.window)
        runner, clinic = self.window.runner.scoped(dialog), self.window.clinic

        def discharge_now() -> None:
            day, reason = dialog.answer()
            runner.write(lambda: clinic.discharge_patient(patient.id, day, reason),
                         lambda _: done(Discharge(day, reason.strip())),
                         lambda error: dialog.show_problem(user_message(error)))

        def done(discharge: Discharge) -> None:
            dialog.accept()
            said = self.tr("Discharged {name}. The Discharged tab of the patient list has them.")
            self._say(said.format(name=shown_name(patient)))
            self._show_again_if_open(patient.id, discharge)

        dialog.confirmed.connect(discharge_now)
        open_dialog(self, dialog)

    def _readmit(self, patient: Patient, discharge) -> None:
        if discharge is None:
            self._say(self.tr("{name} is on the active list already.").format(name=shown_name(patient)))
            return
        clinic = self.window.clinic

        def done(_) -> None:
            said = self.tr("Re-admitted {name}: they are on the active list again.")
            self._say(said.format(name=shown_name(patient)))
            self.show_discharged(False)
            self._show_again_if_open(patient.id, None)

        self.window.runner.write(lambda: clinic.readmit_patient(patient.id), done,
                                 lambda error: self._say(user_message(error)))

    # erase

    def _ask_erase(self, patient: Patient | DamagedRecord) -> None:
        dialog = EraseDialog(patient, self.window)
        runner, clinic = self.window.runner.scoped(dialog), self.window.clinic

        def erase_now() -> None:
            dialog.erase_button.setEnabled(False)
            runner.write(lambda: clinic.erase_patient(patient.id), done,
                         lambda error: dialog.show_problem(user_message(error)))

        def done(holding: list[Path]) -> None:
            dialog.accept()
            self._forget_if_open(patient.id)
            self._say(self._erased(patient))
            self._tell_backups(patient, holding)

        dialog.confirmed.connect(erase_now)
        open_dialog(self, dialog)

    def _erased(self, patient: Patient | DamagedRecord) -> str:
        if isinstance(patient, DamagedRecord):
            said = self.tr("Erased the damaged record with id {id} and all its data.")
            return said.format(id=isolated(patient.id, MAX_NAME_SHOWN))
        return self.tr("Erased {name} and all their data.").format(name=shown_name(patient))

    def _erased_name(self, patient: Patient | DamagedRecord) -> str:
        """The erased patient at a sentence's start: their name, or a damaged record's id."""
        if isinstance(patient, DamagedRecord):
            return self.tr("The damaged record with id {id}").format(id=isolated(patient.id, MAX_NAME_SHOWN))
        return shown_name(patient)

    def _show_again_if_open(self, patient_id: str, discharge: Discharge | None) -> None:
        """The open patient's page after a discharge or re-admission: the "Now" line, and the progress figures
        read again (they end at the discharge, with no next step, or run to today again)."""
        window = self.window
        if window.document.patient is not None and window.document.patient.id == patient_id:
            self._show_discharge(window.document.patient, discharge)
            window.progress_controller.load(clock.today())

    def _forget_if_open(self, patient_id: str) -> None:
        window = self.window
        if window.document.patient is not None and window.document.patient.id == patient_id:
            window.document.close()  # their unsaved edits went with them, as the dialog said
            window.editor.set_model(None)
            window.show_patients()

    def _tell_backups(self, patient: Patient | DamagedRecord, holding: list[Path]) -> None:
        if not holding:
            return
        names = "\n".join(str(path) for path in holding[:MAX_BACKUPS_NAMED])
        more = len(holding) - MAX_BACKUPS_NAMED
        text = self.tr("{name} is erased from the database. %n backup file(s) taken earlier still hold them, "
                       "until rotation removes them or you delete them:", "", len(holding))
        text = text.format(name=self._erased_name(patient))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backups still hold the patient"),
                          text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("erasedBackupsNotice")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(names + ("\n" + self.tr("…and %n more", "", more) if more > 0 else ""))
        box.finished.connect(box.deleteLater)
        self.backups_notice = box
        box.open()

    def _say(self, text: str) -> None:
        show_status(self.window, text)

