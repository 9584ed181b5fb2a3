"""The demo clinic's patients, and a way to print their handouts, for the handout tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import Language
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.app.demo import add_demo_clinic
from ptplanner.handouts.document import Handout, build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.storage.clinic_settings import load_clinic_settings
from ptplanner.app.workspace import Workspace

DEMO_TODAY = date(2026, 12, 4)  # a Friday


@dataclass(frozen=True)
class DemoClinic:
    clinic: ClinicSettings
    patients: tuple[tuple[Patient, Program], ...]

    def handout(self, index: int, stage_index: int | None = None, **options: object) -> Handout:
        patient, program = self.patients[index]
        options.setdefault("language", Language.ENGLISH)  # the demo's Spanish reader too, unless asked
        chosen = HandoutOptions(stage_index=stage_index, **options)
        return build_handout(patient, program, self.clinic, chosen, DEMO_TODAY, font_folders=())


def demo_clinic(folder: Path) -> DemoClinic:
    workspace = Workspace.open(folder)
    try:
        add_demo_clinic(Clinic(workspace), DEMO_TODAY)
        store = workspace.store
        patients = tuple((patient, store.programs_for(patient.id)[0]) for patient in store.list_patients())
        return DemoClinic(load_clinic_settings(workspace.store), patients)
    finally:
        workspace.close()
