"""The PostgreSQL server the tests may use: PTPLANNER_TEST_POSTGRES_URL names a database whose role owns it.

Each test empties a schema of it and uses that alone; without the variable, tests that need it skip. Run
in parallel (pytest-xdist), each worker uses a database of its own, named after the variable's with the
worker's name added (ptplanner_test_gw0, ptplanner_test_gw1...; .ci/run makes two per core): two tests
emptying one schema at once would wipe each other's tables.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import OperationalError

POSTGRES_URL_ENV = "PTPLANNER_TEST_POSTGRES_URL"
NO_SERVER = f"{POSTGRES_URL_ENV} is not set, so there is no PostgreSQL server to test on"
WORKER_ENV = "PYTEST_XDIST_WORKER"  # gw0, gw1...: set by pytest-xdist in each worker


def worker_database_url() -> str | None:
    """The database this test process uses: PTPLANNER_TEST_POSTGRES_URL's, or its worker's own (gw1:
    the database's name + "_gw1"). None without the variable."""
    url, worker = os.environ.get(POSTGRES_URL_ENV), os.environ.get(WORKER_ENV)
    if not url or not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


def fresh_postgres_schema(schema: str = "public") -> str:
    """Drop `schema` with everything in it, make it again, and return an address whose connections
    use it alone. Skips the test when PTPLANNER_TEST_POSTGRES_URL is unset."""
    url = worker_database_url()
    if not url:
        pytest.skip(NO_SERVER)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except OperationalError as error:
        worker = os.environ.get(WORKER_ENV)
        if not worker:
            raise
        database = make_url(url).database
        pytest.fail(
            f"worker {worker} has no PostgreSQL database of its own ({database}: {error.orig}); make one "
            f"like {POSTGRES_URL_ENV}'s (as .ci/run does), or run the tests with -n 0",
            pytrace=False,
        )
    finally:
        engine.dispose()
    if schema == "public":
        return url
    alone = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return alone.render_as_string(hide_password=False)
