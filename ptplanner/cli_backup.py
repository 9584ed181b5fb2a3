"""`ptplanner backup` and `restore`: copying the database and putting a copy back. Kept apart from cli.py,
which registers them."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from ptplanner import cli
from ptplanner.cli import EXIT_OK, CommandError, _opened, _require_folder_of
from ptplanner.datadirs import data_dir, database_url_override


def add_backup_parsers(commands) -> None:
    backup = commands.add_parser("backup", help="copy the database safely while it may be in use")
    backup.add_argument("--out", required=True, metavar="FILE.db", type=Path,
                        help="where the copy goes: not one of the data folder's own files (refused)")
    restore = commands.add_parser("restore", help="put a backup back in place of the database")
    restore.add_argument("file", metavar="FILE.db", type=Path, help="a backup by ptplanner (or pg_dump -Fc)")


def backup(args: argparse.Namespace) -> int:
    from ptplanner.app.backups import backup_clinic

    if _server_url(args) is not None:
        return _backup_postgres(args)
    _require_new_file_at(args.out)
    with _opened(args) as clinic:
        backup_clinic(clinic, args.out)
    print(f"Backed up the database to {args.out} and checked the copy.")
    return EXIT_OK


def _server_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL database the options name, if they name one."""
    from ptplanner.app.backups import is_server_url

    url = database_url_override(args.database_url)
    return url if url is not None and is_server_url(url) else None


def _backup_postgres(args: argparse.Namespace) -> int:
    from ptplanner.app.backups import backup_server

    url = _server_url(args)
    _require_new_file_at(args.out)
    backup_server(url, args.out, data_dir(args.data_dir))
    print(f"Backed up the database to {args.out} (pg_dump custom format) and checked the copy.")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from ptplanner.app.backups import restore_folder
    from ptplanner.folder_lock import FolderBusy, FolderLock

    if _server_url(args) is not None:
        return _restore_postgres(args)
    if database_url_override(args.database_url) is not None:
        raise CommandError("restore works on the data folder's database (--data-dir) or on PostgreSQL")
    folder = data_dir(args.data_dir)
    try:
        with FolderLock(folder, "ptplanner restore") as lock:
            lock.acquire(wait_seconds=cli.LOCK_WAIT_SECONDS)  # the wait every command that writes has
            kept = restore_folder(folder, args.file, datetime.now())
    except FolderBusy as busy:
        raise CommandError(f"{busy} Nothing was restored.") from busy
    print(f"Restored the database from {args.file}; it is updated for this ptplanner when next opened.")
    if kept is not None:
        print(f"The database as it was is kept in {kept}.")
    return EXIT_OK


def _restore_postgres(args: argparse.Namespace) -> int:
    from ptplanner.app.backups import restore_server

    kept = restore_server(_server_url(args), args.file, data_dir(args.data_dir), datetime.now())
    print(f"Restored the database from {args.file}. The database as it was is kept in {kept}.")
    return EXIT_OK


def _require_new_file_at(path: Path) -> None:
    """Refuse a target that is a folder, a device or a pipe (renaming a copy over it would replace it),
    or whose folder is missing, in plain words and before any work."""
    _require_folder_of(path)
    if path.is_dir():
        raise CommandError(f"Cannot write {path}: it is a folder. Nothing was written.")
    if path.exists() and not path.is_file():
        raise CommandError(f"Cannot write {path}: it is not a regular file (a device or a pipe). "
                           "Nothing was written.")
