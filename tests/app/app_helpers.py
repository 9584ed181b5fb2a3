"""Helpers of the app-layer tests."""

from datetime import date

from ptplanner.app import accounts
from ptplanner.app.clinic import Clinic
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.roles import Role

PASSWORD = "correct horse battery"


def add_patient(clinic: Clinic, name: str, with_program: bool = True) -> tuple[Patient, Program | None]:
    """A patient after lumbar fusion and, if asked, their saved program from the bundled fusion template."""
    patient = Patient(name=name, date_of_birth=date(1956, 3, 2), surgery_date=date(2026, 10, 1))
    clinic.save_patient(patient)
    if not with_program:
        return patient, None
    started = clinic.templates["fusion-hip-si"].instantiate(clinic.library(), patient.id, date(2026, 10, 6))
    return patient, clinic.save_program(started)


def sign_in_front_desk(clinic: Clinic) -> None:
    """Sign-in on, with an admin "boss" and a front-desk account "desk", signed in."""
    accounts.add_user(clinic, "boss", Role.ADMIN, PASSWORD)
    accounts.add_user(clinic, "desk", Role.FRONT_DESK, PASSWORD)
    accounts.sign_in(clinic, "desk", PASSWORD)
