"""One damaged row of a demo clinic, for each table and column that holds a document, in two ways: valid
JSON that fails its checks (an older version, a hand edit) and, as SQLite keeps any text, text that is not
JSON at all (a damaged page). Shared by the storage and the window's tests of damaged rows."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.app.handouts import default_options, prepare_handout, record_printed
from ptplanner.cli import EXIT_OK, main
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.program_parts import keys_of

TARGET = "Robert Chen"  # the patient whose rows are damaged
OTHER = "Grace Nakamura"  # a patient who is printed for and saved while the target's row is damaged
NOT_JSON = '{"id": "x", "name": '  # cut short, as a damaged page leaves it


@dataclass(frozen=True)
class Ids:
    """What the damage needs to find its row, read from the clinic before it is damaged."""

    patients: dict[str, str]  # name -> id
    program: str  # the target's program
    part: str  # an exercise snapshot the target's program names, used by as few programs as possible
    part_users: frozenset[str]  # the patients whose programs name it

    @property
    def target(self) -> str:
        return self.patients[TARGET]


Damage = Callable[[sqlite3.Connection, Ids], None]


@dataclass(frozen=True)
class Case:
    name: str
    damage: Damage
    record: str  # a regular expression: the message names the record
    scope: str  # "patient": the target alone is hurt; "part": the patients using the part; "clinic": anyone
    cell: str  # SQL reading the damaged cell (with :target, :program, :part), to check it is kept as it was


def make_template_clinic(folder: Path) -> Ids:
    """The demo clinic, with saved progress rules, a clinic template and a printed handout of the target."""
    assert main(["--data-dir", str(folder), "demo"]) == EXIT_OK
    clinic = Clinic.open(folder)
    try:
        ids = {p.name: p.id for p in clinic.find_patients("")}
        clinic.save_progress_rules(ProgressRules())
        [program] = clinic.programs_for(ids[TARGET])
        clinic.save_as_template("Our first weeks", program.stages[:1])
        prepared = prepare_handout(clinic, ids[TARGET], None, default_options(clinic), date.today())
        record_printed(clinic, prepared)
    finally:
        clinic.close()
    with sqlite3.connect(folder / "ptplanner.db") as connection:
        return _ids(connection, ids, program.id)


def _ids(connection: sqlite3.Connection, patients: dict[str, str], program_id: str) -> Ids:
    users: dict[str, set[str]] = {}
    for patient_id, packed in connection.execute("SELECT patient_id, packed FROM programs"):
        for key in keys_of(unpack(packed), texts=False):
            users.setdefault(key, set()).add(patient_id)
    [packed] = connection.execute("SELECT packed FROM programs WHERE id = ?", (program_id,)).fetchone()
    part = min(keys_of(unpack(packed), texts=False), key=lambda key: (len(users[key]), key))
    return Ids(patients, program_id, part, frozenset(users[part]))


def damaged_copy(template: Path, to: Path, case: Case, ids: Ids) -> Path:
    """A copy of the template clinic's data folder with the case's row damaged behind the app's back."""
    shutil.copytree(template, to)
    with sqlite3.connect(to / "ptplanner.db") as connection:
        connection.create_function("pack", 1, lambda text: zlib.compress(text.encode()))
        case.damage(connection, ids)
    connection.close()
    return to


def forget_parts() -> None:
    """As a fresh start of the app: the exercise snapshots read before (kept in memory, see program_parts)
    are read from the database again."""
    from ptplanner.storage import program_parts

    with program_parts._seen_lock:
        program_parts._seen.clear()


def cell(folder: Path, case: Case, ids: Ids) -> object:
    with sqlite3.connect(folder / "ptplanner.db") as connection:
        values = {"target": ids.target, "program": ids.program, "part": ids.part}
        found = connection.execute(case.cell, values).fetchall()
    connection.close()
    return found


def unpack(packed: bytes) -> dict:
    return json.loads(zlib.decompress(packed))


def _sql(statement: str) -> Damage:
    def damage(connection: sqlite3.Connection, ids: Ids) -> None:
        values = {"target": ids.target, "program": ids.program, "part": ids.part, "not_json": NOT_JSON}
        assert connection.execute(statement, values).rowcount >= 1

    return damage


def _program_document(table: str, change: Callable[[dict], None]) -> Damage:
    """The packed program (or its saved version) with one field of its document changed."""
    key = "id" if table == "programs" else "program_id"

    def damage(connection: sqlite3.Connection, ids: Ids) -> None:
        [packed] = connection.execute(f"SELECT packed FROM {table} WHERE {key} = ?", (ids.program,)).fetchone()
        document = unpack(packed)
        change(document)
        text = json.dumps(document).encode()
        connection.execute(f"UPDATE {table} SET packed = ? WHERE {key} = ?", (zlib.compress(text), ids.program))

    return damage


def _set(field: str, value: object) -> Callable[[dict], None]:
    return lambda document: document.__setitem__(field, value)


_ONE_ENTRY = "(SELECT id FROM adherence_entries WHERE program_id = :program ORDER BY day DESC LIMIT 1)"
_ONE_SCORE = "(SELECT id FROM outcome_scores WHERE patient_id = :target ORDER BY day LIMIT 1)"
_PATIENT = "patient .*Robert Chen"
_PROGRAM = f"program .* of {_PATIENT}"

CASES = [
    Case("patient precautions, wrong type",
         _sql("UPDATE patients SET precautions = '[{\"kind\": \"no flying\"}]' WHERE id = :target"),
         f"record of {_PATIENT}", "patient", "SELECT precautions FROM patients WHERE id = :target"),
    Case("patient precautions, not JSON",
         _sql("UPDATE patients SET precautions = :not_json WHERE id = :target"),
         f"record of {_PATIENT}", "patient", "SELECT precautions FROM patients WHERE id = :target"),
    Case("patient fused levels, wrong type",
         _sql("UPDATE patients SET fused_levels = '[42]' WHERE id = :target"),
         f"record of {_PATIENT}", "patient", "SELECT fused_levels FROM patients WHERE id = :target"),
    Case("patient fused levels, not JSON",
         _sql("UPDATE patients SET fused_levels = 'L4-L5' WHERE id = :target"),
         f"record of {_PATIENT}", "patient", "SELECT fused_levels FROM patients WHERE id = :target"),
    Case("program, wrong type", _program_document("programs", _set("created_on", "soon")),
         _PROGRAM, "patient", "SELECT packed FROM programs WHERE id = :program"),
    Case("program, not JSON", _sql("UPDATE programs SET packed = pack(:not_json) WHERE id = :program"),
         _PROGRAM, "patient", "SELECT packed FROM programs WHERE id = :program"),
    Case("program, not even packed", _sql("UPDATE programs SET packed = X'00ff00ff' WHERE id = :program"),
         _PROGRAM, "patient", "SELECT packed FROM programs WHERE id = :program"),
    Case("program version, wrong type", _program_document("program_versions", _set("stages", "all")),
         f"version 1 of the {_PROGRAM}", "patient",
         "SELECT packed FROM program_versions WHERE program_id = :program"),
    Case("program version, not JSON",
         _sql("UPDATE program_versions SET packed = pack(:not_json) WHERE program_id = :program"),
         f"version 1 of the {_PROGRAM}", "patient",
         "SELECT packed FROM program_versions WHERE program_id = :program"),
    Case("exercise snapshot, wrong type",
         _sql("UPDATE program_parts SET document = json_set(document, '$.steps', 42) WHERE sha256 = :part"),
         "exercise snapshot [0-9a-f]{12} .*program", "part", "SELECT document FROM program_parts WHERE sha256 = :part"),
    Case("exercise snapshot, not JSON",
         _sql("UPDATE program_parts SET document = :not_json WHERE sha256 = :part"),
         "exercise snapshot [0-9a-f]{12} .*program", "part", "SELECT document FROM program_parts WHERE sha256 = :part"),
    Case("log entry, wrong type",
         _sql(f"UPDATE adherence_entries SET document = json_set(document, '$.completions', 'all') "
              f"WHERE id = {_ONE_ENTRY}"),
         f"log of the {_PROGRAM}", "patient", "SELECT document FROM adherence_entries WHERE program_id = :program"),
    Case("log entry, not JSON",
         _sql(f"UPDATE adherence_entries SET document = :not_json WHERE id = {_ONE_ENTRY}"),
         f"log of the {_PROGRAM}", "patient", "SELECT document FROM adherence_entries WHERE program_id = :program"),
    Case("outcome score, wrong type",
         _sql(f"UPDATE outcome_scores SET document = json_set(document, '$.score', 'high') WHERE id = {_ONE_SCORE}"),
         f"outcome scores of {_PATIENT}", "patient", "SELECT document FROM outcome_scores WHERE patient_id = :target"),
    Case("outcome score, not JSON",
         _sql(f"UPDATE outcome_scores SET document = :not_json WHERE id = {_ONE_SCORE}"),
         f"outcome scores of {_PATIENT}", "patient", "SELECT document FROM outcome_scores WHERE patient_id = :target"),
    Case("clinic settings, wrong type",
         _sql("UPDATE settings SET value = json_set(value, '$.phone', 42) WHERE key = 'clinic'"),
         "clinic settings", "clinic", "SELECT value FROM settings WHERE key = 'clinic'"),
    Case("clinic settings, not JSON", _sql("UPDATE settings SET value = :not_json WHERE key = 'clinic'"),
         "clinic settings", "clinic", "SELECT value FROM settings WHERE key = 'clinic'"),
    Case("progress rules, wrong type",
         _sql("UPDATE settings SET value = json_set(value, '$.flag_weeks', 'many') WHERE key = 'progress_rules'"),
         "progress rules", "clinic", "SELECT value FROM settings WHERE key = 'progress_rules'"),
    Case("progress rules, not JSON", _sql("UPDATE settings SET value = :not_json WHERE key = 'progress_rules'"),
         "progress rules", "clinic", "SELECT value FROM settings WHERE key = 'progress_rules'"),
    Case("clinic template, wrong type",
         _sql("UPDATE clinic_templates SET document = json_set(document, '$.stages', 'one')"),
         "template “Our first weeks”", "clinic", "SELECT document FROM clinic_templates"),
    Case("clinic template, not JSON", _sql("UPDATE clinic_templates SET document = :not_json"),
         "template “Our first weeks”", "clinic", "SELECT document FROM clinic_templates"),
    Case("printed handout, wrong type",
         _sql("UPDATE handouts SET options = json_set(options, '$.log_sheet_map', 'lost')"),
         f"printed handout .* of {_PATIENT}", "patient", "SELECT options FROM handouts"),
    Case("printed handout, not JSON", _sql("UPDATE handouts SET options = :not_json"),
         f"printed handout .* of {_PATIENT}", "patient", "SELECT options FROM handouts"),
]
