"""Two ptplanner starts at the same moment on a new (or an old) database: one creates or updates the
schema, the other waits for it and finds it done. Neither fails, nothing is done twice."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import text

from ptplanner.storage.database import open_database
from ptplanner.storage.migrate import head_revision

STARTS = 4


def test_several_first_starts_at_once_all_open_one_whole_schema(database_url):
    ready = threading.Barrier(STARTS)

    def start():
        ready.wait()
        database = open_database(database_url)
        database.close()

    with ThreadPoolExecutor(STARTS) as pool:
        for started in [pool.submit(start) for _ in range(STARTS)]:
            started.result(timeout=60)  # raises what stopped a start ("table ... already exists")
    database = open_database(database_url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
                head_revision()
            ]
    finally:
        database.close()


def test_opening_an_up_to_date_database_never_waits_for_another_programs_write(data_dir):
    import sqlite3
    from contextlib import closing

    from ptplanner.storage.database import default_database_url
    from ptplanner.storage.store import Store

    url = default_database_url(data_dir)
    open_database(url).close()
    with closing(sqlite3.connect(data_dir / "ptplanner.db", isolation_level=None)) as app:
        app.execute("BEGIN IMMEDIATE")  # the app in the middle of a save
        app.execute("INSERT INTO settings (key, value) VALUES ('busy', '1')")
        reader = open_database(url)  # `ptplanner patients` meanwhile: no write lock needed to open
        try:
            assert Store(reader).list_patients() == []
        finally:
            reader.close()
        app.execute("ROLLBACK")
