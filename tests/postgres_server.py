"""The PostgreSQL server the tests may use: PTPLANNER_TEST_POSTGRES_URL names a database whose role owns it.

Each test empties a schema of it and uses that alone; without the variable, tests that need it skip.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, make_url

POSTGRES_URL_ENV = "PTPLANNER_TEST_POSTGRES_URL"
NO_SERVER = f"{POSTGRES_URL_ENV} is not set, so there is no PostgreSQL server to test on"


def fresh_postgres_schema(schema: str = "public") -> str:
    """Drop `schema` with everything in it, make it again, and return an address whose connections
    use it alone. Skips the test when PTPLANNER_TEST_POSTGRES_URL is unset."""
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        pytest.skip(NO_SERVER)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    finally:
        engine.dispose()
    if schema == "public":
        return url
    alone = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return alone.render_as_string(hide_password=False)
