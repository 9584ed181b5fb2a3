"""Killing a real ptplanner process (SIGKILL) at random points of its first start, of a schema update,
of saves, imports and the demo, many times over: every time the folder opens again, the schema is
whole, SQLite's integrity_check passes, and every save the process confirmed is there, whole.

The processes are forked from a server that has imported everything (crash_child.py), so a kill
lands in the database work itself rather than in Python's imports. The random points are drawn
from a seed shown in any failure.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from crash_child import ENTRIES_PER_IMPORT
from postgres_server import fresh_postgres_schema
from storage_samples import make_entry, make_patient, make_program

from ptplanner.storage import logs as log_rows
from ptplanner.storage import patients as patient_rows
from ptplanner.storage import programs as program_rows
from ptplanner.storage.database import Database, default_database_url, open_database
from ptplanner.storage.migrate import alembic_config, head_revision
from ptplanner.storage.log_months import month_documents
from ptplanner.storage.models import AdherenceMonthRow, Base, PatientRow, ProgramRow

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash tests fork their ptplanner processes")

CHILD = Path(__file__).with_name("crash_child.py")
SEED = int(os.environ.get("PTPLANNER_CRASH_SEED", time.time_ns() % 1_000_000))
OLD_REVISION = "0003"
OLD_PROGRAMS = 600  # enough for the update to 0004 (which fills new columns) to take a while
OLD_PROGRAMS_ON_SERVER = 150  # made again for each kill: slower to make on PostgreSQL


class Killer:
    """Starts ptplanner processes through the fork server and kills them at chosen moments."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.server = subprocess.Popen(
            [sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=scratch
        )
        self.random = random.Random(SEED)
        self.runs = 0

    def start(self, target: str, work: str) -> tuple[int, Path]:
        self.runs += 1
        output = self.scratch / f"run-{self.runs}.txt"
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write(f"{target}\t{work}\t{output}\n")
        self.server.stdin.flush()
        return int(self.server.stdout.readline()), output

    def run_and_kill(self, target: str, work: str, after: str, delay: float) -> list[str]:
        """Run `work`, kill it `delay` seconds after it printed the line `after`; the lines it printed."""
        pid, output = self.start(target, work)
        deadline = time.monotonic() + 30
        while after not in _lines(output):
            assert time.monotonic() < deadline, f"no '{after}' from the process: {_text(output)}"
            if not _alive(pid):
                break  # finished (or failed: the caller's checks say)
            time.sleep(0.002)
        time.sleep(delay)
        _kill(pid)
        return _lines(output)

    def run_to_end(self, target: str, work: str) -> list[str]:
        pid, output = self.start(target, work)
        deadline = time.monotonic() + 60
        while _alive(pid):
            assert time.monotonic() < deadline, "the process did not finish"
            time.sleep(0.01)
        return _lines(output)

    def timed(self, target: str, work: str, start: str, end: str) -> float:
        """Seconds between two lines of an unkilled run (then killed): where the kills should land."""
        pid, output = self.start(target, work)
        deadline = time.monotonic() + 60
        began = None
        while True:
            lines = _lines(output)
            if began is None and start in lines:
                began = time.monotonic()
            if end in lines or not _alive(pid):
                break
            assert time.monotonic() < deadline, f"no '{end}' from the process: {_text(output)}"
            time.sleep(0.001)
        _kill(pid)
        assert end in _lines(output), f"the unkilled run failed: {_text(output)}"
        return max(time.monotonic() - (began or time.monotonic()), 0.02)

    def close(self) -> None:
        self.server.kill()
        self.server.wait()


def _text(output: Path) -> str:
    return output.read_text(encoding="utf-8", errors="replace") if output.exists() else ""


def _lines(output: Path) -> list[str]:
    text = _text(output)
    return text.splitlines() if text.endswith("\n") else text.splitlines()[:-1]  # a cut line is not confirmed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    while _alive(pid):
        time.sleep(0.001)


@pytest.fixture(scope="module")
def killer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Killer]:
    server = Killer(tmp_path_factory.mktemp("crash runs"))
    yield server
    server.close()


def check_opens_whole(url: str, confirmed: list[str], context: str) -> Counter[str]:
    """Open the database as ptplanner would, and check it through and through; the rows' counts."""
    try:
        database = open_database(url)
    except Exception as error:  # noqa: BLE001 - the failure this test exists for
        pytest.fail(f"{context}: the database no longer opens: {error}")
    try:
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == [], context
            assert MigrationContext.configure(connection).get_current_heads() == (head_revision(),), context
            if database.is_sqlite:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"], context
        return _check_confirmed(database, confirmed, context)
    finally:
        database.close()


def _check_confirmed(database: Database, confirmed: list[str], context: str) -> Counter[str]:
    with database.session() as session:
        patients = set(session.scalars(sa.select(PatientRow.id)))
        versions = {row[0]: row[1] for row in session.execute(sa.select(ProgramRow.id, ProgramRow.version))}
        months = sa.select(ProgramRow.patient_id, AdherenceMonthRow.packed).join(
            AdherenceMonthRow, AdherenceMonthRow.program_id == ProgramRow.id
        )
        days = [(patient_id, day) for patient_id, packed in session.execute(months)
                for day in month_documents(packed)]
        entries = {day["id"] for _, day in days}
        logged = Counter(patient_id for patient_id, _ in days)
        imported = set(session.scalars(sa.select(PatientRow.id).where(PatientRow.name == "Imported")))
    for line in confirmed:
        kind, _, rest = line.partition(" ")
        if kind in ("patient", "import"):
            assert rest in patients, f"{context}: a confirmed {kind} is missing"
        elif kind == "program":
            program_id, version = rest.split()
            assert versions.get(program_id, 0) >= int(version), f"{context}: a confirmed program version is missing"
        elif kind == "entry":
            assert rest in entries, f"{context}: a confirmed log entry is missing"
    for patient_id in imported:  # confirmed or not: whole or absent, never half-imported
        assert logged[patient_id] == ENTRIES_PER_IMPORT, f"{context}: a half-imported patient"
    return Counter(patients=len(patients), programs=len(versions), entries=len(entries))


def test_killing_the_first_start_and_the_saves_after_it_never_spoils_the_folder(killer, tmp_path):
    opening = killer.timed(default_database_url(tmp_path / "timing"), "saves", "opening", "open")
    for trial in range(16):
        folder = tmp_path / f"first start {trial}"
        # Half the kills land while the schema is being created, the rest in the first saves.
        delay = killer.random.uniform(0, opening) if trial % 2 == 0 else killer.random.uniform(opening, opening + 0.3)
        url = default_database_url(folder)
        confirmed = killer.run_and_kill(url, "saves", "opening", delay)
        check_opens_whole(url, confirmed, f"first start killed after {delay:.3f} s (seed {SEED})")


def test_killing_saves_and_imports_again_and_again_keeps_every_confirmed_one(killer, tmp_path):
    url = default_database_url(tmp_path / "data")
    open_database(url).close()
    confirmed: list[str] = []
    for trial in range(14):
        work = "saves" if trial % 2 == 0 else "imports"
        delay = killer.random.uniform(0, 0.4)
        confirmed += killer.run_and_kill(url, work, "open", delay)
        counts = check_opens_whole(url, confirmed, f"{work} killed after {delay:.3f} s (seed {SEED})")
    assert counts["patients"] > 20 and counts["entries"] > 20  # the kills did land among saves


def old_database(url: str, count: int = OLD_PROGRAMS) -> None:
    """A database of an older ptplanner (revision 0003) holding `count` patients with a program and a log entry."""
    database = open_database(url)
    with database.session() as session:
        for number in range(count):
            patient = make_patient(name=f"Patient {number}")
            patient_rows.save_patient(session, patient)
            session.flush()
            program = program_rows.save_program(session, make_program(patient.id))
            session.flush()
            log_rows.add_entries(session, [make_entry(program, program.created_on)])
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), OLD_REVISION)
    database.engine.dispose()


def _old_contents(url: str) -> tuple[list[tuple[str, ...]], int, int]:
    """The rows an update must keep: patients by id and name, and how many program versions and entries."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            names = connection.execute(sa.text("SELECT id, name FROM patients ORDER BY id")).all()
            versions = connection.scalar(sa.text("SELECT count(*) FROM program_versions"))
            entries = _logged_days(connection)
    finally:
        engine.dispose()
    return [tuple(row) for row in names], versions, entries


def _logged_days(connection: sa.Connection) -> int:
    """How many days are logged, in a database from before migration 0015 (a row a day) or after it."""
    if sa.inspect(connection).has_table("adherence_entries"):
        return connection.scalar(sa.text("SELECT count(*) FROM adherence_entries"))
    packed = connection.execute(sa.text("SELECT packed FROM adherence_months")).scalars()
    return sum(len(month_documents(data)) for data in packed)


def _check_update(url: str, before: tuple[list[tuple[str, ...]], int, int], context: str) -> None:
    """The folder opens, and every row of the old database is still there (the process may have added some)."""
    check_opens_whole(url, [], context)
    names, versions, entries = _old_contents(url)
    assert set(before[0]) <= set(names), f"{context}: patients lost or changed"
    assert versions >= before[1] and entries >= before[2], f"{context}: program versions or log entries lost"


def test_killing_a_schema_update_never_spoils_the_folder_or_its_data(killer, tmp_path):
    template = tmp_path / "old"
    old_database(default_database_url(template))
    before = _old_contents(default_database_url(template))
    shutil.copytree(template, tmp_path / "timing")
    updating = killer.timed(default_database_url(tmp_path / "timing"), "saves", "opening", "open")
    for trial in range(12):
        folder = tmp_path / f"update {trial}"
        shutil.copytree(template, folder)
        delay = killer.random.uniform(0, updating)
        url = default_database_url(folder)
        killer.run_and_kill(url, "saves", "opening", delay)
        context = f"update killed after {delay:.3f} s (seed {SEED})"
        _check_update(url, before, context)
        with closing(sqlite3.connect(folder / "ptplanner-before-update-from-0003.db")) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(OLD_REVISION,)], context
            assert copy.execute("SELECT count(*) FROM patients").fetchone()[0] == OLD_PROGRAMS, context
        assert not list(folder.glob("*.partial*")), f"{context}: an unfinished copy was left behind"


def test_killing_the_demo_leaves_only_whole_patients_and_the_next_run_completes_it(killer, tmp_path):
    reference = tmp_path / "reference"
    assert killer.run_to_end(str(reference), "demo")[-1] == "exit 0"
    whole = check_opens_whole(default_database_url(reference), [], "the demo run to its end")
    for trial in range(5):
        folder = tmp_path / f"demo {trial}"
        delay = killer.random.uniform(0, 1.0)
        killer.run_and_kill(str(folder), "demo", "opening", delay)
        context = f"demo killed after {delay:.3f} s (seed {SEED})"
        if (folder / "ptplanner.db").exists():
            check_opens_whole(default_database_url(folder), [], context)
        assert killer.run_to_end(str(folder), "demo")[-1] == "exit 0", context
        assert check_opens_whole(default_database_url(folder), [], context) == whole, context


@pytest.mark.postgres
def test_killing_the_first_start_and_an_update_on_postgresql_never_spoils_the_database(killer):
    url = fresh_postgres_schema("public")
    opening = killer.timed(url, "saves", "opening", "open")
    for trial in range(6):
        url = fresh_postgres_schema("public")
        delay = killer.random.uniform(0, opening)
        confirmed = killer.run_and_kill(url, "saves", "opening", delay)
        check_opens_whole(url, confirmed, f"first start on PostgreSQL killed after {delay:.3f} s (seed {SEED})")
    url = fresh_postgres_schema("public")
    old_database(url, OLD_PROGRAMS_ON_SERVER)
    updating = killer.timed(url, "saves", "opening", "open")
    for trial in range(5):
        url = fresh_postgres_schema("public")
        old_database(url, OLD_PROGRAMS_ON_SERVER)
        before = _old_contents(url)
        delay = killer.random.uniform(0, updating)
        killer.run_and_kill(url, "saves", "opening", delay)
        _check_update(url, before, f"update on PostgreSQL killed after {delay:.3f} s (seed {SEED})")
