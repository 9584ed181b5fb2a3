"""A data folder of a few thousand patients, for the tests of the paged patient list (storage and GUI).

Names with accents and case to fold, some patients without a surgery date, two handout languages, three
surgeons; a few with a program; one in fifty discharged. Built in one transaction: seconds, not minutes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.app.workspace import Workspace
from ptplanner.core.patient import Patient
from ptplanner.storage import patients as stored_patients

COUNT = 2500
FIRST_NAMES = ("Ana", "Élodie", "bo", "Zoë", "Ахмед", "Łukasz", "Mei", "José", "Ölf", "Ravi")
WITH_PROGRAM = 6
DISCHARGED_EVERY = 50


def many_patient_name(n: int) -> str:
    return f"{FIRST_NAMES[n % 10]} Silva {n:04d}"


def build_many_patients(folder: Path, today: date, count: int = COUNT) -> None:
    workspace = Workspace.open(folder)
    try:
        clinic = Clinic(workspace)
        everyone = [
            Patient(
                name=many_patient_name(n), date_of_birth=date(1950 + n % 40, 1 + n % 12, 1 + n % 28),
                surgery_date=None if n % 7 == 0 else today - timedelta(days=n % 400),
                procedure="TLIF", therapist="J. Okafor", surgeon=f"Dr. Vaz {n % 3}",
                language="es" if n % 5 == 0 else None,
            )
            for n in range(count)
        ]
        with workspace.database.session() as session:
            for patient in everyone:
                stored_patients.add_patient(session, patient)
        template = clinic.templates["fusion-hip-si"]
        for patient in everyone[:WITH_PROGRAM]:
            clinic.save_program(template.instantiate(clinic.library(), patient.id, today))
        for patient in everyone[::DISCHARGED_EVERY]:
            clinic.discharge_patient(patient.id, today, "goals met")
    finally:
        workspace.close()


@contextmanager
def opened_copy(template: Path, folder: Path) -> Iterator[Workspace]:
    """A copy of `template` in `folder`, opened (and closed afterwards)."""
    shutil.copytree(template, folder)
    workspace = Workspace.open(folder)
    try:
        yield workspace
    finally:
        workspace.close()
