"""The benchmark clinic's builder (benchmarks/make_big_clinic.py) writes a clinic the app opens and reads as
its own: patients, programs at the stage their week calls for, and daily logs whose figures add up."""

from __future__ import annotations

import sys
from pathlib import Path

import sqlalchemy as sa

from ptplanner.app.clinic import Clinic
from ptplanner.core import clock
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.summary import current_program
from ptplanner.storage.log_months import month_documents

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import make_big_clinic  # noqa: E402

PATIENTS = 40


def build(folder: Path, *more: str) -> None:
    args = [str(folder), "--patients", str(PATIENTS), "--exercises", "60", "--years", "1",
            "--log-entries", "2000", "--workers", "2", *more]
    assert make_big_clinic.main(args) == 0


def check_read_by_the_app(clinic: Clinic) -> None:
    today = clock.today()
    everyone = clinic.search_patients("", 1000)
    assert len(everyone) == PATIENTS
    engine = clinic.workspace.database.engine
    with engine.connect() as connection:
        months = connection.execute(sa.text(
            "SELECT p.patient_id, a.month, a.last_day, a.packed FROM adherence_months a "
            "JOIN programs p ON p.id = a.program_id")).all()
    counts: dict[str, int] = {}
    for patient_id, month, last_day, packed in months:
        days = [document["day"] for document in month_documents(packed)]
        assert days == sorted(set(days)) and days[-1] == str(last_day)  # one row a month, as the app keeps it
        assert {day[:8] + "01" for day in days} == {str(month)}
        counts[patient_id] = counts.get(patient_id, 0) + len(days)
    logged = sorted(counts.items(), key=lambda pair: -pair[1])
    assert 1000 < sum(counts.values()) < 3000  # about --log-entries
    for patient_id, count in logged[:3]:
        patient, programs = clinic.open_patient(patient_id)
        program = current_program(programs)
        assert program is not None and program.patient_id == patient.id and program.version == 1
        assert patient.surgery_date is not None and program.created_on > patient.surgery_date
        weeks = patient.week_after_surgery(today) or 0
        started = [stage.start_week <= weeks for stage in program.stages]
        assert program.current_stage_index() == max(i for i, s in enumerate(started) if s or i == 0)
        log = clinic.progress_log(patient_id, program)
        assert len(log.entries) == count and len({entry.day for entry in log.entries}) == count
        items = {item.id for item in program.items()}
        assert all({c.item_id for c in entry.completions} <= items for entry in log.entries)
        figures = progress_figures(program, log.entries, log.outcomes, log.rules, today, log.history)
        done = sum(c.sessions_done for entry in log.entries for c in entry.completions)
        assert (figures.overall.done > 0) == (done > 0)


def test_the_sqlite_clinic_it_builds_opens_and_reads_as_the_apps_own(tmp_path):
    folder = tmp_path / "clinic"
    build(folder)
    assert (folder / "ptplanner.db.closed").is_file()  # closed as the app closes
    clinic = Clinic.open(folder)
    try:
        check_read_by_the_app(clinic)
        with clinic.workspace.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        clinic.close()


def test_the_postgresql_clinic_it_builds_keeps_the_log_tables_keys(tmp_path, postgres_url):
    build(tmp_path / "lock", "--database-url", postgres_url)
    clinic = Clinic.open(tmp_path / "lock", postgres_url)
    try:
        check_read_by_the_app(clinic)
        with clinic.workspace.database.engine.connect() as connection:
            kinds = connection.exec_driver_sql(
                "SELECT contype FROM pg_constraint WHERE conrelid = 'adherence_months'::regclass"
            ).scalars().all()
            indexes = connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'adherence_months' "
                "AND schemaname = current_schema()"
            ).scalars().all()
        assert sorted(kinds) == ["f", "p"]  # dropped for the build, made again after
        assert sorted(indexes) == ["ix_adherence_months_last_day", "pk_adherence_months"]
    finally:
        clinic.close()
