"""One damaged row of a demo clinic, for each table and column that holds a document, in two ways: valid
JSON that fails its checks (an older version, a hand edit) and, as SQLite keeps any text, text that is not
JSON at all (a damaged page). Shared by the storage and the window's tests of damaged rows."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from ptplanner.app.clinic import Clinic
from ptplanner.app.demo import add_demo_clinic
from ptplanner.app.handouts import default_options, prepare_handout, record_printed
from ptplanner.core import clock
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.program_parts import keys_of

TARGET = "Robert Chen"  # the patient whose rows are damaged
OTHER = "Grace Nakamura"  # a patient who is printed for and saved while the target's row is damaged
NOT_JSON = '{"id": "x", "name": '  # cut short, as a damaged page leaves it
DEEP = "[" * 100_000 + "]" * 100_000  # valid JSON nested far deeper than Python's parser goes


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


@dataclass(frozen=True)
class Case:
    name: str
    table: str
    column: str
    where: str  # SQL choosing the one row, with :target, :program and :part
    value: str  # SQL of the damaged value (pack() and unpack() for a packed program)
    record: str  # a regular expression: the message names the record
    scope: str  # "patient": the target alone is hurt; "part": the patients using the part; "clinic": anyone

    @property
    def cell(self) -> str:
        """SQL reading the damaged cell, to check it is kept as it was."""
        return f"SELECT {self.column} FROM {self.table} WHERE {self.where}"

    def damage(self, connection: sqlite3.Connection, ids: Ids) -> None:
        # The audit trail's triggers refuse updates: a hand edit drops them first, and puts them back.
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ?"
        guards = connection.execute(query, (self.table, "%no_update")).fetchall()
        for name, _ in guards:
            connection.execute(f"DROP TRIGGER {name}")
        statement = f"UPDATE {self.table} SET {self.column} = {self.value} WHERE {self.where}"
        values = {**_values(ids), "not_json": NOT_JSON, "deep": DEEP}
        assert connection.execute(statement, values).rowcount == 1
        for _, sql in guards:
            connection.execute(sql)

    def damage_on_server(self, url: str, ids: Ids) -> object:
        """The same damage on PostgreSQL (the new value worked out by SQLite, from the stored one); returns
        the value stored before, for put_back."""
        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                before = connection.execute(sa.text(self.cell), _values(ids)).scalar_one()
                with sqlite3.connect(":memory:") as local:
                    _add_functions(local)
                    local.execute(f"CREATE TABLE {self.table} ({self.column})")
                    stored = before if isinstance(before, bytes) else json.dumps(before)
                    local.execute(f"INSERT INTO {self.table} VALUES (?)", (stored,))
                    worked_out = f"SELECT {self.value} FROM {self.table}"
                    [new] = local.execute(worked_out, {"not_json": NOT_JSON}).fetchone()
                local.close()
                self._write(connection, new, ids)
        finally:
            engine.dispose()
        return before

    def put_back(self, url: str, ids: Ids, before: object) -> None:
        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                self._write(connection, before if isinstance(before, bytes) else json.dumps(before), ids)
        finally:
            engine.dispose()

    def _write(self, connection: sa.Connection, value: object, ids: Ids) -> None:
        new = ":value" if isinstance(value, bytes) else "CAST(:value AS json)"
        statement = f"UPDATE {self.table} SET {self.column} = {new} WHERE {self.where}"
        # The audit trail's triggers refuse updates: a hand edit turns them off first.
        connection.execute(sa.text(f"ALTER TABLE {self.table} DISABLE TRIGGER USER"))
        assert connection.execute(sa.text(statement), {**_values(ids), "value": value}).rowcount == 1
        connection.execute(sa.text(f"ALTER TABLE {self.table} ENABLE TRIGGER USER"))


def make_template_clinic(folder: Path, url: str | None = None) -> Ids:
    """The demo clinic (in `folder`, or the server database `url`), with saved progress rules, a clinic
    template and a printed handout of the target."""
    clinic = Clinic.open(folder, url)
    try:
        add_demo_clinic(clinic, clock.today())
        ids = {p.name: p.id for p in clinic.find_patients("")}
        clinic.save_progress_rules(ProgressRules())
        [program] = clinic.programs_for(ids[TARGET])
        clinic.save_as_template("Our first weeks", program.stages[:1])
        prepared = prepare_handout(clinic, ids[TARGET], None, default_options(clinic), clock.today())
        record_printed(clinic, prepared)
        with clinic.workspace.database.session() as session:
            return _ids(session, ids, program.id)
    finally:
        clinic.close()


def _ids(session: Session, patients: dict[str, str], program_id: str) -> Ids:
    users: dict[str, set[str]] = {}
    for patient_id, packed in session.execute(sa.text("SELECT patient_id, packed FROM programs")):
        for key in keys_of(unpack(packed), texts=False):
            users.setdefault(key, set()).add(patient_id)
    query = sa.text("SELECT packed FROM programs WHERE id = :id")
    packed = session.execute(query, {"id": program_id}).scalar_one()
    part = min(keys_of(unpack(packed), texts=False), key=lambda key: (len(users[key]), key))
    return Ids(patients, program_id, part, frozenset(users[part]))


def damaged_copy(template: Path, to: Path, case: Case, ids: Ids) -> Path:
    """A copy of the template clinic's data folder with the case's row damaged behind the app's back."""
    shutil.copytree(template, to)
    with sqlite3.connect(to / "ptplanner.db") as connection:
        _add_functions(connection)
        case.damage(connection, ids)
    connection.close()
    return to


def _add_functions(connection: sqlite3.Connection) -> None:
    connection.create_function("pack", 1, lambda text: zlib.compress(text.encode()))
    connection.create_function("unpack", 1, lambda packed: zlib.decompress(packed).decode())


def forget_parts() -> None:
    """As a fresh start of the app: the exercise snapshots read before (kept in memory, see program_parts)
    are read from the database again."""
    from ptplanner.storage import program_parts

    with program_parts._seen_lock:
        program_parts._seen.clear()


def cell(folder: Path, case: Case, ids: Ids) -> object:
    with sqlite3.connect(folder / "ptplanner.db") as connection:
        found = connection.execute(case.cell, _values(ids)).fetchall()
    connection.close()
    return found


def unpack(packed: bytes) -> dict:
    return json.loads(zlib.decompress(bytes(packed)))


def _values(ids: Ids) -> dict[str, str]:
    return {"target": ids.target, "program": ids.program, "part": ids.part}


_PATIENT = "patient .*Robert Chen"
_PROGRAM = f"program .* of {_PATIENT}"
_TARGET, _PROGRAM_ROW = "id = :target", "id = :program"
_VERSION = "program_id = :program AND version = 1"
_MONTH = ("program_id = :program AND "
          "month = (SELECT max(month) FROM adherence_months WHERE program_id = :program)")
_SCORE = "id = (SELECT id FROM outcome_scores WHERE patient_id = :target ORDER BY day, id LIMIT 1)"
_SNAPSHOT = "exercise snapshot [0-9a-f]{12} .*program"
_AUDIT_ROW = "id = (SELECT min(id) FROM audit_events WHERE patient_id = :target)"


def _both(name, table, column, where, wrong, record, scope, packed=False) -> list[Case]:
    """The row damaged three ways: `wrong`, valid JSON that fails its checks; text that is not JSON; and
    JSON nested too deeply to parse."""
    wrong = f"pack(json_set(unpack({column}), {wrong}))" if packed else wrong
    not_json, deep = ("pack(:not_json)", "pack(:deep)") if packed else (":not_json", ":deep")
    return [Case(f"{name}, wrong type", table, column, where, wrong, record, scope),
            Case(f"{name}, not JSON", table, column, where, not_json, record, scope),
            Case(f"{name}, nested too deeply", table, column, where, deep, record, scope)]


CASES = [
    *_both("patient precautions", "patients", "precautions", _TARGET, "'[{\"kind\": \"no flying\"}]'",
           f"record of {_PATIENT}", "patient"),
    *_both("patient fused levels", "patients", "fused_levels", _TARGET, "'[42]'",
           f"record of {_PATIENT}", "patient"),
    *_both("program", "programs", "packed", _PROGRAM_ROW, "'$.created_on', 'soon'",
           _PROGRAM, "patient", packed=True),
    Case("program, not even packed", "programs", "packed", _PROGRAM_ROW, "X'00ff00ff'", _PROGRAM, "patient"),
    *_both("program version", "program_versions", "packed", _VERSION, "'$.stages', 'all'",
           f"version 1 of the {_PROGRAM}", "patient", packed=True),
    *_both("exercise snapshot", "program_parts", "document", "sha256 = :part",
           "json_set(document, '$.steps', 42)", _SNAPSHOT, "part"),
    *_both("log month", "adherence_months", "packed", _MONTH, "'$[#-1].completions', 'all'",
           f"log of the {_PROGRAM}", "patient", packed=True),
    *_both("outcome score", "outcome_scores", "document", _SCORE, "json_set(document, '$.score', 'high')",
           f"outcome scores of {_PATIENT}", "patient"),
    *_both("clinic settings", "settings", "value", "key = 'clinic'", "json_set(value, '$.phone', 42)",
           "clinic settings", "clinic"),
    *_both("progress rules", "settings", "value", "key = 'progress_rules'",
           "json_set(value, '$.flag_weeks', 'x')", "progress rules", "clinic"),
    *_both("clinic template", "clinic_templates", "document", "1 = 1",
           "json_set(document, '$.stages', 'one')",
           "template “Our first weeks”", "clinic"),
    *_both("printed handout", "handouts", "options", "1 = 1",
           "json_set(options, '$.log_sheet_map', 'lost')", f"printed handout .* of {_PATIENT}", "patient"),
    *_both("audit row", "audit_events", "details", _AUDIT_ROW, "'\"lost\"'", r"audit row \d+", "clinic"),
]


def damage_clinic_exercises(database: Path, not_json: str, not_an_exercise: str) -> None:
    """Two stored clinic exercises damaged behind the app's back: `not_json`'s text cut short, as a damaged
    page leaves it; `not_an_exercise`'s valid JSON with no steps, as a hand edit could leave it."""
    with sqlite3.connect(database) as connection:
        (document,) = connection.execute(
            "SELECT document FROM clinic_exercises WHERE id = ?", (not_an_exercise,)
        ).fetchone()
        connection.execute(
            "UPDATE clinic_exercises SET document = ? WHERE id = ?",
            (json.dumps({**json.loads(document), "steps": []}), not_an_exercise),
        )
        connection.execute(
            "UPDATE clinic_exercises SET document = ? WHERE id = ?", (f'{{"id": "{not_json}", "na', not_json)
        )
