"""`ptplanner audit`: who viewed, changed, printed, exported or imported patients' records; and
`ptplanner audit verify`: is the hash chain whole. Kept apart from cli.py, which registers them."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from pathlib import Path

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, CommandError, _cell, _column, _opened, _the_one_named

def add_audit_parser(commands) -> None:
    audit = commands.add_parser(
        "audit", help="show who viewed, changed, printed, exported or imported patients' records"
    )
    audit.add_argument("--patient", metavar="PATIENT", help="an id (or its first characters) or a name")
    audit.add_argument("--user", metavar="USER", help="only what this user did")
    audit.add_argument("--since", metavar="YYYY-MM-DD", type=_day, help="only from this day on (local time)")
    audit.add_argument("--out", metavar="FILE.csv", type=Path, help="write CSV with a header instead")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    actions.add_parser("verify", help="check that no audit row was edited, deleted or reordered")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a day written YYYY-MM-DD, e.g. 2026-03-31") \
            from None


def show_audit(args: argparse.Namespace) -> int:
    from ptplanner.app.audit import audit_csv, audit_events, details_text
    from ptplanner.safe_write import write_private_text

    if args.out is not None and str(args.out.parent) and not args.out.parent.is_dir():
        raise CommandError(f"the folder {args.out.parent} does not exist")
    # From local midnight: the day as the reader lives it.
    since = None if args.since is None else datetime.combine(args.since, time()).astimezone()
    with _opened(args) as clinic:
        patient_id = None if args.patient is None else _patient_id(clinic, args.patient)
        events = audit_events(clinic, patient_id, args.user, since)
    if args.out is not None:
        write_private_text(args.out, audit_csv(events))
        print(f"Wrote {len(events)} audit row(s) to {args.out}")
        return EXIT_OK
    if not events:
        print("No audit rows match.")
        return EXIT_OK
    print(f"{'ID':>6}  {'WHEN (LOCAL)':<19}  {'USER':<12}  {'WORKSTATION':<16}  {'ACTION':<8}  "
          f"{'PATIENT':<8}  DETAILS")
    for event in events:
        when = event.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{event.id:>6}  {when:<19}  {_column(event.actor, 12)}  {_column(event.workstation, 16)}  "
              f"{event.action:<8}  {(event.patient_id or '')[:8]:<8}  "
              f"{_cell(details_text(event.details), 100)}")
    return EXIT_OK


def verify_audit(args: argparse.Namespace) -> int:
    from ptplanner.app.audit import verify_audit

    with _opened(args) as clinic:
        check = verify_audit(clinic)
    if check.intact:
        print(f"ok: {check.rows} audit rows, chain intact")
        return EXIT_OK
    print(f"ptplanner: the audit trail was tampered with: {check.problem} "
          f"({check.rows} rows before it are intact)", file=sys.stderr)
    return EXIT_PROBLEMS


def _patient_id(clinic, text: str) -> str:
    """The one patient `text` names (a patient whose stored record is damaged too); an erased patient's
    rows are found by their full id."""
    from ptplanner.app.audit import patients_filtered

    matches = patients_filtered(clinic, text)
    return _the_one_named(matches, text).id if matches else text.strip()
