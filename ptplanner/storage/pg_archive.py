"""Backing up and restoring a PostgreSQL database with PostgreSQL's own tools, pg_dump and pg_restore.

A backup is pg_dump's custom format (`-Fc`), written beside its target, read back whole by pg_restore
as a check, then renamed into place (0600). A restore checks the archive the same way, refuses one
that holds no ptplanner database or one written by a newer ptplanner, dumps the current database into
the data folder's backups/ first, and runs pg_restore in one transaction: a failure leaves the
database as it was. The password goes to the tools in PGPASSWORD, never on their command line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from ptplanner.core.files import atomic_path
from ptplanner.datadirs import create_private_folder
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable, NotPtplannerDatabase
from ptplanner.storage.migrate import refuse_unknown_revisions
from ptplanner.storage.urls import parse_database_url

ARCHIVE_MAGIC = b"PGDMP"
_UNCHANGED = "Nothing was restored: the database is as it was."
_VERSION_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) alembic_version ", re.MULTILINE)


def is_server_url(url: str) -> bool:
    return parse_database_url(url).get_backend_name() != "sqlite"


def dump_postgres(url: str, target: Path) -> None:
    """Write the database at `url` to `target` with `pg_dump -Fc`, checked by reading it back."""
    conninfo, env = _libpq(url)
    with atomic_path(target) as partial:
        _run(["pg_dump", "--format=custom", f"--file={partial}", f"--dbname={conninfo}"], env, "backup")
        check_archive(partial, shown=target)


def check_archive(archive: Path, shown: Path | None = None) -> None:
    """Refuse a file that is not a whole pg_dump archive of a ptplanner database this ptplanner knows."""
    shown = shown or archive
    try:
        with archive.open("rb") as file:
            magic = file.read(len(ARCHIVE_MAGIC))
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot read the backup {shown}: {error.strerror}.") from error
    if magic != ARCHIVE_MAGIC:
        raise NotPtplannerDatabase(
            f"{shown} is not a backup of a PostgreSQL database (not a pg_dump archive)."
        )
    contents = _run(["pg_restore", "--list", str(archive)], None, "check", shown)
    schemas = _VERSION_TABLE.findall(contents)
    if not schemas:
        raise NotPtplannerDatabase(
            f"{shown} is not a backup of a ptplanner database (it has no schema revision)."
        )
    _run(["pg_restore", f"--file={os.devnull}", str(archive)], None, "check", shown)  # reads every row
    script = _run(["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(archive)], None,
                  "check", shown)
    refuse_unknown_revisions(_copied_rows(script), f"The backup {shown}")


def restore_postgres(url: str, archive: Path, kept: Path) -> None:
    """Replace the database at `url` by the archive, after dumping it to `kept`."""
    try:
        check_archive(archive)
        create_private_folder(kept.parent)
        dump_postgres(url, kept)
    except DatabaseError as error:
        raise type(error)(f"{error} {_UNCHANGED}") from error
    conninfo, env = _libpq(url)
    _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
          f"--dbname={conninfo}", str(archive)], env, "restore")


def _copied_rows(script: str) -> list[str]:
    """The rows of the COPY blocks in a plain SQL script (the schema revisions)."""
    rows, inside = [], False
    for line in script.splitlines():
        if line.startswith("COPY "):
            inside = True
        elif line == "\\.":
            inside = False
        elif inside and line:
            rows.append(line.split("\t")[0])
    return rows


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq address without the password, and the environment that gives it to the tools."""
    parsed = parse_database_url(url)
    conninfo = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return conninfo, env


def _run(command: list[str], env: dict[str, str] | None, what: str, archive: Path | None = None) -> str:
    program = shutil.which(command[0])
    if program is None:
        raise DatabaseUnavailable(
            f"{command[0]} is not installed (or not on PATH): it comes with PostgreSQL's client programs "
            "(on Debian or Ubuntu: apt install postgresql-client; on Windows or macOS: the PostgreSQL "
            f"installer). Nothing was {'backed up' if what == 'backup' else 'restored'}."
        )
    result = subprocess.run(
        [program, *command[1:]], env=env, capture_output=True, text=True, errors="replace"
    )
    if result.returncode == 0:
        return result.stdout
    last_lines = result.stderr.strip().splitlines()[-2:]
    said = " ".join(line.strip() for line in last_lines) or f"exit {result.returncode}"
    if what == "check":
        raise DatabaseDamaged(f"The backup {archive} is damaged or unreadable ({said}).")
    if what == "restore":
        raise DatabaseUnavailable(f"pg_restore failed ({said}). {_UNCHANGED}")
    raise DatabaseUnavailable(f"pg_dump failed ({said}). Nothing was backed up.")
