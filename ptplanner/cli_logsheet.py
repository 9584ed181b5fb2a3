"""`ptplanner logsheet read SCAN... [--patient P] [--json] [--save]`: read returned log sheets."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, CommandError, _cell, _find_one_patient, _opened, _printable
from ptplanner.core import clock


def add_logsheet_parser(commands) -> None:
    logsheet = commands.add_parser("logsheet", help="read scanned or photographed log sheets")
    actions = logsheet.add_subparsers(dest="logsheet_command", metavar="ACTION", required=True)
    read = actions.add_parser("read", help="read the ticks on scanned log sheets (PDF, PNG or JPEG)")
    read.add_argument("scans", nargs="+", metavar="SCAN", type=Path)
    read.add_argument("--patient", metavar="PATIENT", help="refuse sheets of anyone else (an id or a name)")
    read.add_argument("--json", action="store_true", help="print what was read as JSON")
    read.add_argument("--save", action="store_true",
                      help="store the days read when every box was read with confidence")


def logsheet_read(args: argparse.Namespace) -> int:
    from ptplanner.app.log_scan import ScanNotInstalled, entries_to_save, read_scanned_log, save_scanned_log

    with _opened(args, writes=args.save) as clinic:
        patient_id = _find_one_patient(clinic, args.patient).id if args.patient else None
        try:
            sheet = read_scanned_log(clinic, args.scans, patient_id)
        except ScanNotInstalled as missing:
            raise CommandError(str(missing)) from None
        entries = entries_to_save(sheet, clock.today())
        saved = bool(args.save and sheet.pages and not sheet.uncertain() and entries)
        if saved:
            save_scanned_log(clinic, sheet, entries)
    if args.json:
        print(json.dumps(sheet.as_json(), indent=2, ensure_ascii=False))
    else:
        _print_summary(sheet)
    for problem in sheet.problems:
        print(f"ptplanner: {_printable(problem)}", file=sys.stderr)
    if args.save:
        _print_saved(sheet, saved, len(entries))
    return EXIT_OK if sheet.pages and (saved or not args.save) else EXIT_PROBLEMS


def _print_summary(sheet) -> None:
    if not sheet.pages:
        print("No log-sheet page was read.")
        return
    ticked = sum(box.ticked for box in sheet.boxes)
    pages = ", ".join(str(page) for page in sheet.pages)
    print(f"Read page(s) {pages} of handout {sheet.handout_id}: {len(sheet.boxes)} boxes, {ticked} ticked, "
          f"{len(sheet.uncertain())} to check.")
    for box in sheet.uncertain():
        state = "ticked?" if box.ticked else "empty?"
        print(f"  check: {_cell(box.row, 40)}, {box.day.isoformat()}, box {box.box}: {state} "
              f"(confidence {box.confidence:.2f})")
    written = sheet.unread_numbers()
    if written:
        days = ", ".join(sorted({box.day.isoformat() for box in written}))
        print(f"  Numbers written on {days} are not read: type them in (Ctrl+L in the app).")
    if sheet.logged_days:
        days = ", ".join(day.isoformat() for day in sheet.logged_days)
        print(f"  Already in the log, kept as logged: {days}.")


def _print_saved(sheet, saved: bool, days: int) -> None:
    stream = sys.stderr
    if saved:
        print(f"Saved {days} day(s) of ticks to the log.", file=stream)
    elif sheet.uncertain():
        print(f"Nothing saved: {len(sheet.uncertain())} box(es) need a look. Open the scan in the app "
              "(File > Read scanned log sheet) or type the days in.", file=stream)
    elif sheet.pages:
        print("Nothing saved: no new day with a tick up to today.", file=stream)
