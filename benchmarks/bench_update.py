"""How long an existing clinic's schema update takes on its first start, and the database before and after.

    python benchmarks/bench_update.py --data-dir /tmp/old-clinic            # SQLite: changes that folder
    python benchmarks/bench_update.py --database-url postgresql+psycopg://...  # PostgreSQL

Give it a copy: the update is real. The SQLite figure includes keeping the checked copy of the old file
(ptplanner-before-update-from-NNNN.db) and giving the freed pages back; the copy alone is timed as the
floor (the same file copied and checked by the same function, before the update).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from ptplanner.storage import sqlite_file
from ptplanner.storage.database import default_database_url, open_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--data-dir", type=Path, help="a copy of a clinic's data folder")
    where.add_argument("--database-url", help="a copy of a clinic's PostgreSQL database")
    args = parser.parse_args(argv)
    url = args.database_url or default_database_url(args.data_dir)
    before = size_and_revision(url)
    floor = None
    if args.data_dir is not None:
        path = args.data_dir / sqlite_file.DATABASE_FILE
        with tempfile.TemporaryDirectory(dir=args.data_dir) as scratch:
            started = time.perf_counter()
            sqlite_file.copy_verified(path, Path(scratch) / "copy.db")
            floor = time.perf_counter() - started
    started = time.perf_counter()
    open_database(url).close()
    took = time.perf_counter() - started
    after = size_and_revision(url)
    print(f"before: {before[0]:.0f} MB at revision {before[1]}; after: {after[0]:.0f} MB at revision {after[1]}")
    floor_text = "" if floor is None else f" (floor: keeping a checked copy of the old file, {floor:.1f} s)"
    print(f"update on the first start: {took:.1f} s{floor_text}")
    if args.database_url:
        print("(PostgreSQL keeps the freed space until VACUUM FULL)")
    return 0


def size_and_revision(url: str) -> tuple[float, str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            revision = connection.scalar(sa.text("SELECT version_num FROM alembic_version"))
            if engine.dialect.name == "sqlite":
                pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
                size = pages * connection.exec_driver_sql("PRAGMA page_size").scalar()
            else:
                size = connection.scalar(sa.text("SELECT pg_database_size(current_database())"))
    finally:
        engine.dispose()
    return size / 2**20, revision


if __name__ == "__main__":
    sys.exit(main())
