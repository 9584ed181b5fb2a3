"""The patient open in the window: their details, their program model and its undo stack, and
loading and saving them through the background task runner.

Saving never loses an edit: if the database refuses (read-only file, another workstation saved
first), the program stays in the window, still marked unsaved, and `save_failed` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import ClinicSettingsDamaged, ConflictError, DatabaseError, NotAllowed
from ptplanner.core import clock
from ptplanner.core.dates import DateWords
from ptplanner.core.discharge import Discharge
from ptplanner.core.patient import Patient, Unit
from ptplanner.core.program import Program
from ptplanner.core.summary import current_program
from ptplanner.error_text import user_message
from ptplanner.gui.models.program import ProgramModel
from ptplanner.gui.print_ahead import PrintAhead
from ptplanner.gui.tasks import TaskRunner

NEW_PROGRAM_TITLE = "Home program"
SAVE_ERRORS = (DatabaseError, NotAllowed, OSError)


class PatientDocument(QObject):
    opened = Signal()
    saved = Signal(object)  # the Program as stored
    save_failed = Signal(str)
    conflicted = Signal()  # after save_failed: the program was saved elsewhere since it was loaded
    patient_saved = Signal(object)  # Patient

    def __init__(
        self, clinic: Clinic, runner: TaskRunner, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._runner = runner
        self.undo_stack = undo_stack
        self.patient: Patient | None = None
        self.discharge: Discharge | None = None  # the open patient's, as read with them (None: in care)
        self.model: ProgramModel | None = None
        self._saving = False
        self._ahead = PrintAhead(clinic, runner, self)
        self.weight_unit = Unit.LB  # the clinic's unit for lifting limits, read in the background
        self.read_weight_unit()
        # What else to read on opening, in the same trip to a worker (the progress section's log and
        # figures: read after the page was shown, they came 20-30 ms later and slowed the next opening).
        self.read_along: Callable[[date], Callable[[Patient, Program], object]] | None = None
        self._read_along: tuple[Program, date, object] | None = None  # what it read on opening, for what

    def read_weight_unit(self, then: Callable[[], None] | None = None) -> None:
        """Read the clinic's unit for lifting limits again (at the start, and when the settings change)."""
        clinic = self._clinic

        def read() -> Unit:
            try:
                return clinic.clinic_settings().weight_unit
            except ClinicSettingsDamaged:  # said when the settings are opened; pounds meanwhile
                return Unit.LB

        def use(unit: Unit) -> None:
            self.weight_unit = unit
            if then is not None:
                then()

        self._runner.read(read, use, lambda _error: None)

    def warm_up(self) -> None:
        """Once the library is shown, on the idle worker: Babel's locale data, read the first time a date is
        written in Babel's words (a precaution's end in the program's safety warnings, worked out on the
        GUI thread when a patient is opened): 20 ms of the first such opening, the window not answering.
        At once, not a second later: a patient opened meanwhile paid those 20 ms. Then the statements of a
        patient opening, compiled ahead (Clinic.warm_up_reads)."""
        self._runner.idle(lambda: DateWords().full(clock.today()))
        self._runner.idle(self._clinic.warm_up_reads)

    def stop_work_ahead(self) -> None:
        """Stop laying out the open patient's handout ahead (gui/print_ahead.py): the window is closing."""
        self._ahead.stop()

    def is_modified(self) -> bool:
        return self.model is not None and not self.undo_stack.isClean()

    def open(self, patient_id: str, today: date, on_error: Callable[[BaseException], None]) -> None:
        """Load the patient and their newest program in the background, then show them."""
        clinic = self._clinic
        along = None if self.read_along is None else self.read_along(today)

        def load() -> tuple[Patient, Program | None, tuple[Program, date, object] | None, Discharge | None]:
            patient, stored = clinic.open_patient(patient_id)  # recorded in the audit trail as a view
            program = current_program(stored)
            read = None
            if along is not None and program is not None:
                try:
                    read = (program, today, along(patient, program))
                except Exception:  # noqa: BLE001 - read again, and explained, where it is shown
                    read = None
            # In this trip: read on its own after the page was shown, it made opening 5-10 ms slower.
            return patient, program, read, clinic.discharge_of(patient_id)

        def show(loaded) -> None:
            patient, program, self._read_along, discharge = loaded
            self._show(patient, program, today, discharge)
            self._read_along = None  # taken while the page was shown, or never wanted

        self._runner.read(load, show, on_error)

    def read_along_with(self, program: Program, today: date) -> object | None:
        """While `opened` is emitted: what `read_along` read for `program` and `today` with the patient."""
        read, self._read_along = self._read_along, None
        return read[2] if read is not None and read[:2] == (program, today) else None

    def reload(
        self, today: date, on_error: Callable[[BaseException], None], edited_meanwhile: Callable[[], None]
    ) -> None:
        """Read the open patient again (changed elsewhere). If the program was edited while reading,
        `edited_meanwhile` runs instead and nothing is replaced; if another patient was opened, nothing."""
        if self.patient is None:
            return
        patient_id, clinic = self.patient.id, self._clinic

        def load() -> tuple[Patient, Program | None, Discharge | None]:
            patient, stored = clinic.open_patient(patient_id)
            return patient, current_program(stored), clinic.discharge_of(patient_id)

        def show(loaded: tuple[Patient, Program | None, Discharge | None]) -> None:
            if self.patient is None or self.patient.id != patient_id:
                return
            if self.is_modified():
                edited_meanwhile()
            else:
                patient, program, discharge = loaded
                self._show(patient, program, today, discharge)

        self._runner.read(load, show, on_error)

    def close(self) -> None:
        self._ahead.stop()
        self.undo_stack.clear()
        if self.model is not None:
            self.model.deleteLater()
        self.model = None
        self.patient = self.discharge = None

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the program if it changed; `then` runs once it is safely stored."""
        if self.model is None or self._saving:
            return
        if not self.is_modified():
            if then is not None:
                then()
            return
        self._saving = True
        program = self.model.program()
        position = self.undo_stack.index()
        clinic = self._clinic
        self._runner.write(
            lambda: clinic.save_program(program),
            lambda saved: self._saved(saved, position, then),
            self._not_saved,
        )

    def save_patient(
        self,
        patient: Patient,
        on_done: Callable[[Patient], None],
        on_failed: Callable[[str], None] | None = None,
        what: str = "details",
    ) -> None:
        """Store new or edited details; the page and the program's safety checks follow them. If the
        database refuses, `on_failed` (else `save_failed`) gets why, naming `what` was not saved."""
        clinic = self._clinic

        def write() -> Patient:
            clinic.save_patient(patient)
            return patient

        def done(saved: Patient) -> None:
            if self.patient is not None and self.patient.id == saved.id:
                self.patient = saved
                if self.model is not None:
                    self.model.set_patient(saved)
            self.patient_saved.emit(saved)
            on_done(saved)

        self._runner.write(write, done, lambda error: (on_failed or self.save_failed.emit)(_why(error, what)))

    def _show(
        self, patient: Patient, program: Program | None, today: date, discharge: Discharge | None
    ) -> None:
        self.close()
        program = program or Program(patient_id=patient.id, title=NEW_PROGRAM_TITLE, created_on=today)
        self.patient, self.discharge = patient, discharge
        self.model = ProgramModel(program, patient, self.undo_stack, today, parent=self)
        self.opened.emit()
        self._ahead.start(patient, program, today)

    def _saved(self, saved: Program, position: int, then: Callable[[], None] | None) -> None:
        self._saving = False
        if self.model is None or self.model.program().id != saved.id:
            return
        self.model.mark_saved(saved)
        if self.undo_stack.index() == position:  # no edit was made while saving
            self.undo_stack.setClean()
        self.saved.emit(saved)
        if self.patient is not None:
            self._ahead.start(self.patient, saved, clock.today())
        if then is not None:
            then()

    def _not_saved(self, error: BaseException) -> None:
        self._saving = False
        if not isinstance(error, SAVE_ERRORS):
            raise error
        self.save_failed.emit(_why(error, "program"))
        if isinstance(error, ConflictError):
            self.conflicted.emit()

    def save_over(self, saved: Program) -> None:
        """Save the window's program as the version after `saved` (stored elsewhere meanwhile), on purpose."""
        if self.model is not None and self.model.program().id == saved.id:
            self.model.mark_saved(saved)  # the version only: the content stays the window's
            self.save()

    def show_details(self, patient: Patient) -> None:
        """The open patient's details as stored now (changed elsewhere); the program is left as it is."""
        if self.patient is not None and self.patient.id == patient.id:
            self.patient = patient
            if self.model is not None:
                self.model.set_patient(patient)


def _why(error: BaseException, what: str) -> str:
    if not isinstance(error, SAVE_ERRORS):
        raise error
    advice = (
        QT_TRANSLATE_NOOP(
            "Document",
            "Your changes are still here. Copy what you need, then reopen the patient to see the saved "
            "version.",
        )
        if isinstance(error, ConflictError)
        else QT_TRANSLATE_NOOP(
            "Document", "Your changes are still here; try saving again once the problem is fixed."
        )
    )
    sentence = _NOT_SAVED.get(what, QT_TRANSLATE_NOOP("Document", "The {what} was not saved: {error}"))
    said = QCoreApplication.translate("Document", sentence).format(what=what, error=user_message(error))
    return f"{said} {QCoreApplication.translate('Document', advice)}"


_NOT_SAVED = {  # whole sentences: the Spanish changes with the thing not saved
    "details": QT_TRANSLATE_NOOP("Document", "The details were not saved: {error}"),
    "program": QT_TRANSLATE_NOOP("Document", "The program was not saved: {error}"),
    "assessment and plan": QT_TRANSLATE_NOOP("Document", "The assessment and plan was not saved: {error}"),
}
