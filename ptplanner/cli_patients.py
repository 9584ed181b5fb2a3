"""`ptplanner discharge`, `readmit`, `erase` and `demo --remove`: patients leaving the clinic. Kept apart
from cli.py, which registers them."""

from __future__ import annotations

import argparse
import shlex

from ptplanner.app.errors import ClinicSettingsDamaged
from ptplanner.cli import EXIT_OK, CommandError, _cell, _column, _find_one_patient, _opened, _the_one_named
from ptplanner.core import clock

PATIENT_HELP = "an id (or its first characters) or a name"


def add_patient_parsers(commands) -> None:
    discharge = commands.add_parser(
        "discharge", help="take a patient off the active list, keeping their record",
        description="Take a patient off the active list. Their record is kept and listed by "
        "'ptplanner patients --discharged'; 'ptplanner readmit' brings them back.",
    )
    discharge.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    discharge.add_argument("--reason", default="", metavar="TEXT",
                           help="why, e.g. 'goals met' (kept with the date)")
    readmit = commands.add_parser(
        "readmit", help="bring a discharged patient back to the active list",
        description="Bring a discharged patient back to the active list.",
    )
    readmit.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    erase = commands.add_parser(
        "erase", help="remove a patient and all their data from the database for good",
        description="Remove a patient, their programs, logs, scores and printed handouts from the database "
        "file for good. Backups taken earlier still hold them; the command names those backups. A record "
        "whose stored text is damaged is erased by its exact id alone.",
    )
    erase.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    erase.add_argument("--yes", action="store_true", help="confirm: without it, nothing is erased")


def list_patients(args: argparse.Namespace) -> int:
    with _opened(args) as clinic:
        rows = clinic.patient_rows(clock.today(), discharged=args.discharged)
        clinics = _clinic_language(clinic)
    if not rows:
        print("No discharged patients." if args.discharged else
              "No patients yet. Add one in the app, or run 'ptplanner demo' to try a demo clinic.")
        return EXIT_OK
    last = "DISCHARGED" if args.discharged else "STAGE"
    print(f"{'ID':<8}  {'NAME':<32}  {'WEEK':>4}  {'LANGUAGE':<8}  {last}")
    for row in rows:
        week = "" if row.week is None else str(row.week)
        shown = row.flags[0].removeprefix("discharged ") if args.discharged else row.stage
        language = row.language or clinics  # what their handouts print in
        name = _column(row.name, 32)
        print(f"{row.patient_id[:8]:<8}  {name}  {week:>4}  {language:<8}  {_cell(shown, 60)}")
    return EXIT_OK


def _clinic_language(clinic) -> str:
    """The clinic's language, which patients whose record names none print in ('' if unreadable)."""
    try:
        return clinic.clinic_settings().language.label
    except ClinicSettingsDamaged:  # the list still shows; the settings dialog says what is wrong
        return ""


def discharge(args: argparse.Namespace) -> int:
    with _opened(args, writes=True) as clinic:
        patient = _find_one_patient(clinic, args.patient)
        clinic.discharge_patient(patient.id, clock.today(), args.reason)
    again = f"'ptplanner readmit {patient.id[:8]}'"
    print(f"Discharged {_cell(patient.name, 60)} today; {again} brings them back.")
    return EXIT_OK


def readmit(args: argparse.Namespace) -> int:
    with _opened(args, writes=True) as clinic:
        patient = _find_one_patient(clinic, args.patient)
        clinic.readmit_patient(patient.id)
    print(f"Re-admitted {_cell(patient.name, 60)}: they are on the active list again.")
    return EXIT_OK


def erase(args: argparse.Namespace) -> int:
    with _opened(args, writes=True) as clinic:
        patient = _the_one_named(clinic.patient_matches(args.patient), args.patient)  # damaged ones too
        who, their = f"{_cell(patient.name, 60)} (id {patient.id[:8]})", "their"
        if damage := clinic.damaged_patients([patient.id]).get(patient.id):
            _require_exact_id(patient.id, args.patient, damage)
            who, their = f"the damaged record with id {_cell(patient.id, 80)}", "its"  # the rest does not read
        if not args.yes:
            raise CommandError(f"erasing {who} removes all {their} data for good; add --yes to confirm. "
                               "Nothing was erased.")
        holding = clinic.erase_patient(patient.id)
    print(f"Erased {who} and all {their} data from the database.")
    if holding:
        print(f"{len(holding)} backup(s) still hold them, until rotation removes them or you delete them:")
        for path in holding:
            print(f"  {path}")
    return EXIT_OK


def _require_exact_id(patient_id: str, text: str, damage: str) -> None:
    """A damaged record is erased only when its whole id was typed: its name, and so what a search by name
    or first characters found, cannot be checked against the record."""
    if text != patient_id:
        raise CommandError(f"{damage} Nothing was erased: a damaged record is erased by its exact id alone: "
                           f"'ptplanner erase {_cell(shlex.quote(patient_id), 80)} --yes'.")


def demo_remove(args: argparse.Namespace) -> int:
    from ptplanner.app.demo import remove_demo_clinic

    with _opened(args, writes=True) as clinic:
        erased, reset = remove_demo_clinic(clinic, clock.today())
    details = " and the demo clinic's name and phones" if reset else ""
    print(f"Demo clinic removed: erased {erased} demo patient(s){details}.")
    return EXIT_OK
