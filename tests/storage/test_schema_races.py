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
