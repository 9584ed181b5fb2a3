"""Printing a patient's handout from the stored data, and keeping each printed copy for reprints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ptplanner.core.language import Language
from ptplanner.core.program import Program
from ptplanner.core.summary import current_program
from ptplanner.core.translation import Translations
from ptplanner.handouts.content import HandoutError
from ptplanner.handouts.document import Handout, build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.storage.clinic_settings import load_clinic_settings
from ptplanner.storage.handouts import HandoutRecord, record_handout
from ptplanner.workspace import Workspace


@dataclass(frozen=True)
class PreparedHandout:
    """A handout built from a saved program version, ready to be shown, printed and recorded."""

    patient_id: str
    program_id: str
    program_version: int
    options: HandoutOptions
    handout: Handout


def default_options(workspace: Workspace) -> HandoutOptions:
    """Paper and print size as the clinic set them."""
    return HandoutOptions.clinic_defaults(load_clinic_settings(workspace.store))


def handout_program(workspace: Workspace, patient_id: str, program_id: str | None) -> Program:
    """The program as last saved (None: the patient's current program)."""
    store = workspace.store
    if program_id is not None:
        return store.get_program(program_id)
    program = current_program(store.programs_for(patient_id))
    if program is None:
        raise HandoutError("This patient has no program yet. Make one, then print.")
    return program


def prepare_handout(
    workspace: Workspace, patient_id: str, program_id: str | None, options: HandoutOptions, today: date
) -> PreparedHandout:
    """Build the handout of the program as last saved (None: the patient's current program).

    The options of the result name the stage printed, so the record of a printed copy says which it was.
    """
    store = workspace.store
    patient = store.get_patient(patient_id)
    program = handout_program(workspace, patient_id, program_id)
    clinic = load_clinic_settings(store)
    handout = build_handout(patient, program, clinic, options, today, translations=translations(workspace))
    printed = options.model_copy(update={"stage_index": handout.stage_index, "language": handout.language})
    return PreparedHandout(patient_id, program.id, program.version, printed, handout)


def translations(workspace: Workspace) -> Translations:
    """The templates' stage words in each language, and the library's exercises (bundled and the clinic's)
    for program copies made before their exercise was translated."""
    phrases: dict[Language, dict[str, str]] = {}
    for language in Language:
        for template in workspace.templates.values():
            phrases.setdefault(language, {}).update(template.phrases(language.value))
    return Translations(phrases, workspace.library().exercises)


def handout_languages(workspace: Workspace, patient_id: str) -> tuple[Language, Language]:
    """The patient's handout language, and the clinic's (the progress report's): the preview offers both
    when they differ."""
    clinic = load_clinic_settings(workspace.store).language
    return workspace.store.get_patient(patient_id).handout_language(clinic), clinic


def record_printed(workspace: Workspace, prepared: PreparedHandout) -> HandoutRecord:
    """Keep the printed copy, so a reprint is byte for byte what the patient was given."""
    return record_handout(
        workspace.database,
        prepared.patient_id,
        prepared.program_id,
        prepared.program_version,
        prepared.options.model_dump(mode="json"),
        prepared.handout.pdf,
    )
