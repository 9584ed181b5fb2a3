"""PostgreSQL backups and restores through pg_dump and pg_restore (on PTPLANNER_TEST_POSTGRES_URL's
server; without it these skip): the data comes back, the database as it was is kept, and an archive
that is damaged, not ptplanner's or a newer ptplanner's is refused with the database unchanged."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from storage_samples import make_patient, row_counts

from ptplanner.cli import EXIT_OK, main
from ptplanner.storage.database import open_database
from ptplanner.storage.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotPtplannerDatabase,
)
from ptplanner.storage.pg_archive import _libpq, dump_postgres, restore_postgres
from ptplanner.storage.store import Store

needs_tools = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")


def save(url: str, *names: str) -> None:
    database = open_database(url)
    for name in names:
        Store(database).save_patient(make_patient(name=name))
    database.close()


def state(url: str) -> tuple[list[str], dict[str, int]]:
    database = open_database(url)
    try:
        return sorted(p.name for p in Store(database).list_patients()), row_counts(database)
    finally:
        database.close()


def pg_dump(url: str, target: Path, *options: str) -> Path:
    conninfo, env = _libpq(url)
    command = ["pg_dump", "-Fc", f"--file={target}", *options, f"--dbname={conninfo}"]
    subprocess.run(command, env=env, check=True)
    return target


@needs_tools
def test_a_backup_restores_its_data_and_keeps_the_database_as_it_was(postgres_url, tmp_path):
    save(postgres_url, "Ana Silva")
    backup = tmp_path / "monday.dump"
    dump_postgres(postgres_url, backup)
    assert backup.stat().st_mode & 0o777 == 0o600
    save(postgres_url, "Ben Okafor")
    kept = tmp_path / "backups" / "before.dump"

    restore_postgres(postgres_url, backup, kept)

    assert state(postgres_url)[0] == ["Ana Silva"]
    restore_postgres(postgres_url, kept, tmp_path / "backups" / "again.dump")
    assert state(postgres_url)[0] == ["Ana Silva", "Ben Okafor"]


@needs_tools
def test_the_commands_back_up_and_restore_a_postgresql_database(
    postgres_url, data_dir, tmp_path, capsys, monkeypatch
):
    save(postgres_url, "Ana Silva")
    monkeypatch.setenv("PTPLANNER_PASSWORD", "admin password")  # sign-in is always on with PostgreSQL
    assert main(["--database-url", postgres_url, "users", "add", "Ana", "--role", "admin"]) == EXIT_OK
    options = ["--data-dir", str(data_dir), "--database-url", postgres_url, "--user", "Ana"]
    backup = tmp_path / "clinic.dump"
    assert main([*options, "backup", "--out", str(backup)]) == EXIT_OK
    save(postgres_url, "Ben Okafor")
    assert main([*options, "restore", str(backup)]) == EXIT_OK
    assert "ptplanner-before-restore-" in capsys.readouterr().out
    assert state(postgres_url)[0] == ["Ana Silva"]
    assert len(list((data_dir / "backups").glob("ptplanner-before-restore-*.dump"))) == 1


def damaged(url: str, archive: Path) -> None:
    pg_dump(url, archive)
    data = bytearray(archive.read_bytes())
    data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)
    archive.write_bytes(bytes(data))


def foreign(url: str, archive: Path) -> None:
    pg_dump(url, archive, "--table=patients")  # no schema revision: not a ptplanner database


def newer(url: str, archive: Path) -> None:
    database = open_database(url)
    with database.engine.begin() as connection:
        current = connection.scalar(text("SELECT version_num FROM alembic_version"))
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        pg_dump(url, archive)
    finally:
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": current})
        database.close()


def not_an_archive(url: str, archive: Path) -> None:
    archive.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)


UNUSABLE = {  # how an archive is spoiled -> the refusal and the words of its message
    damaged: (DatabaseDamaged, "is damaged"),
    foreign: (NotPtplannerDatabase, "not a backup of a ptplanner database"),
    newer: (DatabaseTooNew, "newer version of ptplanner"),
    not_an_archive: (NotPtplannerDatabase, "not a pg_dump archive"),
}


@needs_tools
@pytest.mark.parametrize("spoil", list(UNUSABLE), ids=lambda spoil: spoil.__name__)
def test_an_unusable_archive_is_refused_and_the_database_is_unchanged(postgres_url, tmp_path, spoil):
    refusal, message = UNUSABLE[spoil]
    save(postgres_url, "Ana Silva")
    archive = tmp_path / "spoiled.dump"
    spoil(postgres_url, archive)
    before = state(postgres_url)
    with pytest.raises(refusal, match=f"{message}.*Nothing was restored: the database is as it was"):
        restore_postgres(postgres_url, archive, tmp_path / "backups" / "before.dump")
    assert state(postgres_url) == before
    assert not (tmp_path / "backups").exists()


def test_without_pg_dump_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    missing = "pg_dump is not installed.*postgresql-client.*Nothing was backed up"
    with pytest.raises(DatabaseUnavailable, match=missing):
        dump_postgres("postgresql+psycopg://someone@localhost/clinic", tmp_path / "clinic.dump")
    assert list(tmp_path.iterdir()) == []
