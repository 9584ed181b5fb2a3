"""`ptplanner reprint`: a handout printed before, written again byte for byte (the front desk may too).
Kept apart from cli.py, which registers it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ptplanner.cli import (
    EXIT_OK,
    CommandError,
    _cell,
    _find_one_patient,
    _opened,
    _require_folder_of,
    _whole_number,
)


def add_reprint_parser(commands) -> None:
    reprint = commands.add_parser("reprint", help="write again, byte for byte, a handout printed before")
    reprint.add_argument("patient", metavar="PATIENT", help="an id (or its first characters) or a name")
    reprint.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    reprint.add_argument("--which", type=_whole_number, default=1, metavar="N",
                         help="the Nth newest printed handout (default 1: the newest)")


def reprint(args: argparse.Namespace) -> int:
    from ptplanner.app.handouts import record_reprinted
    from ptplanner.safe_write import write_private_bytes

    _require_folder_of(args.out)
    with _opened(args, writes=True) as clinic:  # records the reprint in the audit trail
        patient = _find_one_patient(clinic, args.patient)
        printed = clinic.printed_handouts(patient.id)  # newest first
        if not printed:
            raise CommandError(f"no handout was printed for {_cell(patient.name, 60)} yet; "
                               "'ptplanner handout' prints the first one")
        if not 1 <= args.which <= len(printed):
            raise CommandError(f"--which counts the {len(printed)} handout(s) printed for "
                               f"{_cell(patient.name, 60)} from 1 (the newest), not {args.which}")
        record = printed[args.which - 1]
        write_private_bytes(args.out, clinic.printed_pdf(record.id))
        record_reprinted(clinic, record)
    when = record.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Wrote the handout printed for {_cell(patient.name, 60)} on {when} (program version "
          f"{record.program_version}) to {args.out}")
    return EXIT_OK
