"""Keeps the assessment box in step with the open patient and stores what the therapist types in it
through the patient document (the task runner's writer, like every other patient edit)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from ptplanner.core.patient import Patient
from ptplanner.gui.document import PatientDocument
from ptplanner.gui.progress.assessment_box import AssessmentBox, too_long

WHAT = QT_TRANSLATE_NOOP("AssessmentKeeper", "assessment and plan")  # "The assessment and plan was not saved"


class AssessmentKeeper(QObject):
    status = Signal(str)  # for the status bar, when the box of a patient no longer shown is saved

    def __init__(self, document: PatientDocument, box: AssessmentBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document, self.box = document, box
        self._patient: Patient | None = None  # whose assessment the box shows
        box.save_requested.connect(lambda text: self.save(text))

    def show_patient(self, patient: Patient) -> None:
        """Show `patient`'s assessment; text typed for the patient shown before is saved first."""
        previous = self._patient
        if previous is not None and previous.id != patient.id and self.box.is_modified():
            self._store(
                previous,
                self.box.text(),
                lambda _saved: self.status.emit(self.tr("Assessment and plan saved.")),
                self.status.emit,
            )
        if previous is None or previous.id != patient.id or not self.box.is_modified():
            self.box.show_assessment(patient.assessment)
        self._patient = patient

    def save(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Store `text` as the shown patient's assessment; `then` runs once it is stored."""
        if self._patient is None:
            return

        def done(saved: Patient) -> None:
            if self._patient is not None and self._patient.id == saved.id:
                self._patient = saved
                self.box.saved(text)
            if then is not None:
                then()

        self._store(self._patient, text, done, self.box.not_saved)

    def save_then(self, then: Callable[[], None]) -> None:
        """Save what is typed, if anything changed, then run `then` (at once when nothing changed)."""
        if self.box.is_modified() and self._patient is not None:
            self.save(self.box.text(), then)
        else:
            then()

    def _store(
        self, patient: Patient, text: str, done: Callable[[Patient], None], failed: Callable[[str], None]
    ) -> None:
        current = self._document.patient
        base = current if current is not None and current.id == patient.id else patient  # the latest details
        try:
            updated = Patient.model_validate({**base.model_dump(), "assessment": text})
        except ValidationError:
            failed(too_long())
            return
        self._document.save_patient(updated, done, failed, self.tr(WHAT))
