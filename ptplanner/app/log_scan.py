"""Reading scanned log sheets back: which printed handout and pages they are, what each box says, and
what may be saved. Nothing is stored here but by `save_scanned_log`, after a person (or `--save` with
every box sure) has accepted the reading.

Refused, each with a line saying why: a page with no ptplanner code, a handout this clinic never
printed, another patient's sheet, a page read twice (in one go, or read and saved before). Days
already in the log are kept as logged: the reading of them is shown, never saved over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ptplanner.app.clinic import Clinic
from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
from ptplanner.core.roles import Action
from ptplanner.core.sheet_map import CellKind
from ptplanner.scan import INSTALL_HINT, ScanError, missing_extra
from ptplanner.storage.audit_check import audit_events
from ptplanner.storage.handouts import HandoutRecord, handout_record

if TYPE_CHECKING:  # the scan extra's modules load only when a scan is read
    from ptplanner.scan.sheet import BoxRead, WrittenRead

READ_EVENT = "change"  # the audit row of a saved reading: the log changed, from these pages of this handout
SHEET_DETAIL = "scanned_log_sheet"


class ScanNotInstalled(RuntimeError):
    """The optional scan libraries are missing; str() says how to add them."""


@dataclass(frozen=True)
class ScannedSheet:
    """What was read from one patient's printed handout, page by page, and what was left out."""

    handout_id: str | None = None
    patient_id: str | None = None
    program_id: str | None = None
    pages: tuple[int, ...] = ()
    boxes: tuple[BoxRead, ...] = ()  # one per square
    written: tuple[WrittenRead, ...] = ()  # one per box to write in
    problems: tuple[str, ...] = ()
    logged_days: tuple[date, ...] = ()  # already in the log: shown, never saved over
    sure: float = 0.8  # readings less sure than this need a person's decision

    def uncertain(self) -> list[BoxRead]:
        return [box for box in self.boxes if box.confidence < self.sure]

    def unread_numbers(self) -> list[WrittenRead]:
        return [box for box in self.written if box.written]

    def as_json(self) -> dict[str, Any]:
        """The reading for scripts and tests: cells, pain numbers, and what was refused."""
        return {
            "handout": self.handout_id,
            "pages": list(self.pages),
            "cells": [{"row": box.row, "day": box.day.isoformat(), "box": box.box, "ticked": box.ticked,
                       "confidence": box.confidence} for box in self.boxes],
            "pain": [{"day": box.day.isoformat(), "kind": box.kind.value, "value": box.value,
                      "confidence": box.confidence, "written": box.written}
                     for box in self.written if box.kind in (CellKind.PAIN_BACK, CellKind.PAIN_LEG)],
            "numbers": [{"row": box.row, "day": box.day.isoformat(), "value": box.value,
                         "confidence": box.confidence, "written": box.written}
                        for box in self.written if box.kind in (CellKind.WALKED, CellKind.COUNT)],
            "already_logged": [day.isoformat() for day in self.logged_days],
            "problems": list(self.problems),
        }


@dataclass
class _Reading:
    patient_id: str | None
    record: HandoutRecord | None = None
    pages: list[int] = field(default_factory=list)
    boxes: list[BoxRead] = field(default_factory=list)
    written: list[WrittenRead] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_scanned_log(clinic: Clinic, files: Sequence[Path], patient_id: str | None = None) -> ScannedSheet:
    """Read the log-sheet pages in `files` (PDF, PNG, JPEG) for `patient_id` (None: the patient whose
    sheet comes first). Pages that cannot be read are left out, each with a line in `problems`.
    ScanNotInstalled when the scan extra is missing."""
    if missing_extra():
        raise ScanNotInstalled(INSTALL_HINT)
    from ptplanner.scan.images import scan_pages  # the extra's libraries load only when reading
    from ptplanner.scan.register import find_code
    from ptplanner.scan.sheet import SURE, read_page

    clinic.require(Action.VIEW_CLINICAL)
    reading = _Reading(patient_id)
    for path in files:
        try:
            pages = scan_pages(path)
        except ScanError as error:
            reading.problems.append(str(error))
            continue
        for scan in pages:
            code = find_code(scan.image)
            if code is None:
                reading.problems.append(f"{scan.source}: no log-sheet code found. Scan the whole page of a "
                                        "log sheet printed by ptplanner.")
                continue
            refusal = _refusal(clinic, reading, code.handout_id, code.page)
            if refusal:
                reading.problems.append(f"{scan.source}: {refusal}")
                continue
            assert reading.record is not None and reading.record.sheet_map is not None
            page = reading.record.sheet_map.page(code.page)
            assert page is not None
            try:
                read = read_page(scan.image, code, page)
            except ScanError as error:
                reading.problems.append(f"{scan.source}: {error}")
                continue
            reading.pages.append(code.page)
            reading.boxes += read.boxes
            reading.written += read.written
    return _sheet(clinic, reading, SURE)


def _refusal(clinic: Clinic, reading: _Reading, handout_id: str, page: int) -> str | None:
    """Why this page of this handout is not read, or None to read it (the first page read decides the
    patient and the handout when they were not given)."""
    record = reading.record if reading.record and reading.record.id == handout_id else \
        handout_record(clinic.workspace.database, handout_id)
    if record is None:
        return "this sheet was not printed by this clinic (no printed handout has its code); it is left out."
    if reading.patient_id is not None and record.patient_id != reading.patient_id:
        return "this sheet belongs to another patient; it is left out."
    if reading.record is not None and record.id != reading.record.id:
        return "this sheet is from another printed handout; read each handout's sheets on their own."
    if record.sheet_map is None or record.sheet_map.page(page) is None:
        return f"page {page} of this handout has no log sheet to read."
    if page in reading.pages:
        return f"page {page} was scanned twice; the second copy is left out."
    reading.patient_id, reading.record = record.patient_id, record
    if page in _pages_saved_before(clinic, record):
        return f"page {page} of this sheet was read and saved before; it is left out."
    return None


def _pages_saved_before(clinic: Clinic, record: HandoutRecord) -> set[int]:
    events = audit_events(clinic.workspace.database, record.patient_id, None, None)
    saved = [event for event in events
             if event.action == READ_EVENT and event.details.get(SHEET_DETAIL) == record.id]
    return {page for event in saved for page in event.details.get("pages", [])}


def _sheet(clinic: Clinic, reading: _Reading, sure: float) -> ScannedSheet:
    record = reading.record
    if record is None or not reading.pages:
        return ScannedSheet(patient_id=reading.patient_id, problems=tuple(reading.problems), sure=sure)
    days = {box.day for box in reading.boxes} | {box.day for box in reading.written}
    logged = sorted(days & {entry.day for entry in clinic.workspace.store.entries_for(record.program_id)})
    return ScannedSheet(record.id, record.patient_id, record.program_id, tuple(reading.pages),
                        tuple(reading.boxes), tuple(reading.written), tuple(reading.problems), tuple(logged),
                        sure)


def entries_to_save(
    sheet: ScannedSheet, today: date, decided: dict[tuple, bool] | None = None
) -> list[AdherenceEntry]:
    """A log entry for each day of the sheet with pen on it, up to `today`, not already logged: the
    sessions ticked for each exercise with squares to tick. `decided` overrides boxes by (row, day, box).
    Written numbers (pain, minutes, counts) are not read, so they are left for a person to type in."""
    if sheet.program_id is None:
        return []
    decided = decided or {}
    by_day: dict[date, dict[str, int]] = {}
    inked: set[date] = {box.day for box in sheet.written if box.written}
    for box in sheet.boxes:
        ticked = decided.get((box.row, box.day, box.box), box.ticked)
        sessions = by_day.setdefault(box.day, {})
        sessions[box.item_id] = sessions.get(box.item_id, 0) + int(ticked)
        if ticked:
            inked.add(box.day)
    days = sorted(day for day in inked if day <= today and day not in sheet.logged_days)
    return [AdherenceEntry(program_id=sheet.program_id, day=day, completions=tuple(
        ItemCompletion(item_id=item, sessions_done=done) for item, done in by_day.get(day, {}).items()))
        for day in days]


def save_scanned_log(clinic: Clinic, sheet: ScannedSheet, entries: Sequence[AdherenceEntry]) -> None:
    """Store the accepted days in one transaction, and note the pages as read so they are not read again."""
    if sheet.patient_id is None or not entries:
        return
    clinic.save_log(sheet.patient_id, entries, [])
    note_sheet_read(clinic, sheet, len(entries))


def note_sheet_read(clinic: Clinic, sheet: ScannedSheet, days: int) -> None:
    """The sheet's pages were read and their days saved (by the log-sheet dialog, or `save_scanned_log`)."""
    if sheet.patient_id is not None:
        details = {SHEET_DETAIL: sheet.handout_id, "pages": list(sheet.pages), "days": days}
        clinic.record_event(READ_EVENT, sheet.patient_id, details)


_FIELDS = {CellKind.PAIN_BACK: "pain_back", CellKind.PAIN_LEG: "pain_leg", CellKind.WALKED: "walking_minutes"}


def readings_by_cell(sheet: ScannedSheet) -> dict[tuple[str, date], str]:
    """What the scan said for each exercise and day, with its confidence: shown on every cell it filled."""
    words: dict[tuple[str, date], list[str]] = {}
    for box in sheet.boxes:
        state = "ticked" if box.ticked else "empty"
        words.setdefault((box.item_id, box.day), []).append(f"box {box.box} {state} ({box.confidence:.2f})")
    return {key: "From the scan: " + ", ".join(parts) + "." for key, parts in words.items()}


def cells_to_check(sheet: ScannedSheet, today: date) -> dict[tuple[str, date], str]:
    """What a person must look at, by (program item id, or the log field of a pain or minutes row; day):
    the boxes read without confidence and the numbers written but not read, each with why. Days already
    logged, and days after `today`, are not filled in from the sheet, so there is nothing to check."""
    checks: dict[tuple[str, date], str] = {}
    open_days = {box.day for box in (*sheet.boxes, *sheet.written)} - set(sheet.logged_days)
    open_days = {day for day in open_days if day <= today}
    for box in [box for box in sheet.uncertain() if box.day in open_days]:
        guess = "ticked" if box.ticked else "empty"
        checks[(box.item_id, box.day)] = (f"Read from the scan as {guess}, but not for sure (box {box.box}, "
                                          f"confidence {box.confidence:.2f}): check the sheet.")
    for box in [box for box in sheet.unread_numbers() if box.day in open_days]:
        key = box.item_id if box.kind is CellKind.COUNT else _FIELDS[box.kind]
        checks[(key, box.day)] = "Something is written here on the sheet: type the number in."
    return checks


def install_hint() -> str | None:
    """How to add the scan extra, or None when it is installed."""
    return missing_extra()
