"""Printing a patient's handout from the stored data, and keeping each printed copy for reprints."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.app.handouts_ahead import HandoutInputs, building_ahead, keep_ahead, taken_ahead
from ptplanner.core.language import Language, current_language
from ptplanner.core.patient import Patient
from ptplanner.core.print_warnings import told_to_clinic
from ptplanner.core.program import Program
from ptplanner.core.roles import Action
from ptplanner.core.summary import current_program
from ptplanner.core.templates import ProgramTemplate
from ptplanner.core.translation import Translations
from ptplanner.handouts.ahead import lay_out_ahead
from ptplanner.handouts.content import HandoutError, stage_to_print
from ptplanner.handouts.document import Handout, build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.storage.handouts import HandoutRecord, handout_record, record_handout

__all__ = ["HandoutRecord", "PreparedHandout", "default_options", "handout_languages", "handout_program",
           "lay_out_handout_ahead", "prepare_handout", "prepare_handout_ahead", "translations",
           "record_printed", "record_reprinted"]


@dataclass(frozen=True)
class PreparedHandout:
    """A handout built from a saved program version, ready to be shown, printed and recorded."""

    patient_id: str
    program_id: str
    program_version: int
    options: HandoutOptions
    handout: Handout
    handout_id: str  # chosen before the PDF was built: its log sheet's code names it


def default_options(clinic: Clinic) -> HandoutOptions:
    """Paper and print size as the clinic set them."""
    return HandoutOptions.clinic_defaults(clinic.clinic_settings())


def handout_program(clinic: Clinic, patient_id: str, program_id: str | None) -> Program:
    """The program as last saved (None: the patient's current program)."""
    if program_id is not None:
        return clinic.get_program(program_id)
    program = current_program(clinic.programs_for(patient_id))
    if program is None:
        raise HandoutError("This patient has no program yet. Make one, then print.")
    return program


def prepare_handout(
    clinic: Clinic, patient_id: str, program_id: str | None, options: HandoutOptions, today: date
) -> PreparedHandout:
    """Build the handout of the program as last saved (None: the patient's current program); or take the
    one built ahead from the same stored data (prepare_handout_ahead), if that is still unprinted.

    The options of the result name the stage printed, so the record of a printed copy says which it was.
    """
    clinic.require(Action.PRINT_HANDOUT)
    inputs = handout_inputs(clinic, patient_id, program_id, options, today)
    return taken_ahead(clinic, inputs) or _prepared(inputs)


def prepare_handout_ahead(clinic: Clinic, patient_id: str, program_id: str | None, today: date) -> bool:
    """On a worker, while the patient's page is shown: the handout the print preview shows first (the
    clinic's paper and print size, the current stage, the patient's language), built now and kept for the
    next prepare_handout that asks for it from the same stored data, so the preview shows it at once.
    Nothing is printed or recorded; nothing happens for a user who may not print. Whether one was built."""
    if not clinic.may(Action.PRINT_HANDOUT):
        return False
    inputs = handout_inputs(clinic, patient_id, program_id, default_options(clinic), today)
    with building_ahead(clinic, inputs):
        keep_ahead(clinic, inputs, _prepared(inputs))
    return True


def handout_inputs(
    clinic: Clinic, patient_id: str, program_id: str | None, options: HandoutOptions, today: date
) -> HandoutInputs:
    """What the handout is built from, read from the stored data; the options name the stage printed and
    its language where they can (a stage that is not there is left for build_handout to explain)."""
    program = handout_program(clinic, patient_id, program_id)
    patient, settings = clinic.get_patient(patient_id), clinic.clinic_settings()
    language = options.language or patient.handout_language(settings.language)
    try:
        stage_index = stage_to_print(program, options.stage_index)
    except HandoutError:
        stage_index = options.stage_index
    named = options.model_copy(update={"stage_index": stage_index, "language": language})
    words = translations(clinic, program)
    return HandoutInputs(patient, program, settings, named, today, words, current_language())


def _prepared(inputs: HandoutInputs) -> PreparedHandout:
    handout_id = str(uuid.uuid4())
    patient, program, options = inputs.patient, inputs.program, inputs.options
    handout = build_handout(
        patient, program, inputs.settings, options, inputs.today,
        translations=inputs.translations, handout_id=handout_id,
    )
    # The logo's and the fonts' warnings were written in the patient's language's block: the app's instead
    handout = replace(handout, warnings=tuple(told_to_clinic(warning) for warning in handout.warnings))
    printed = options.model_copy(update={"stage_index": handout.stage_index, "language": handout.language})
    return PreparedHandout(patient.id, program.id, program.version, printed, handout, handout_id)


def lay_out_handout_ahead(
    clinic: Clinic, patient: Patient, program: Program, today: date, go_on: Callable[[], bool]
) -> int:
    """Lay out the blocks of the handout the patient's saved `program` prints today on the clinic's paper
    (handouts/ahead.py), so printing it soon after is as quick as a reprint. Nothing is printed or recorded;
    nothing happens for a user who may not print. Returns the blocks laid out."""
    if not clinic.may(Action.PRINT_HANDOUT) or not program.stages:
        return 0
    options = default_options(clinic)
    settings = clinic.clinic_settings()
    return lay_out_ahead(patient, program, settings, options, today, translations(clinic, program), go_on)


def translations(clinic: Clinic, program: Program) -> Translations:
    """The templates' stage words in each language, and the library's current copies of the program's
    exercises (bundled or the clinic's) for copies made before their exercise was translated. Only the
    program's exercises are read: the whole library is thousands of them in a big clinic."""
    templates = clinic.templates.values()
    phrases = {language: ProgramTemplate.all_phrases(templates, language.value) for language in Language}
    exercises = clinic.workspace.library_exercises(item.exercise.id for item in program.items())
    return Translations(phrases, exercises)


def handout_languages(clinic: Clinic, patient_id: str) -> tuple[Language, Language]:
    """The patient's handout language, and the clinic's (the progress report's): the preview offers both
    when they differ."""
    language = clinic.clinic_settings().language
    return clinic.get_patient(patient_id).handout_language(language), language


def record_printed(clinic: Clinic, prepared: PreparedHandout) -> HandoutRecord:
    """Keep the printed copy (audited as printed), so a reprint is byte for byte what the patient was given.
    The same prepared copy printed again (or saved as a PDF too) is audited as a reprint of the first."""
    clinic.require(Action.PRINT_HANDOUT)
    kept = handout_record(clinic.workspace.database, prepared.handout_id)
    if kept is not None:
        record_reprinted(clinic, kept)
        return kept
    record = record_handout(
        clinic.workspace.database,
        prepared.patient_id,
        prepared.program_id,
        prepared.program_version,
        prepared.options.model_dump(mode="json"),
        prepared.handout.pdf,
        handout_id=prepared.handout_id,
        sheet_map=prepared.handout.sheet_map,
    )
    clinic.report(Change(Changed.HANDOUTS, prepared.patient_id))
    return record


def record_reprinted(clinic: Clinic, record: HandoutRecord) -> None:
    """A handout printed before was printed or saved again: audited like the first print."""
    clinic.require(Action.REPRINT_HANDOUT)
    details = {"handout_id": record.id, "program_id": record.program_id, "version": record.program_version,
               "reprint": True}
    clinic.record_event("print", record.patient_id, details)
