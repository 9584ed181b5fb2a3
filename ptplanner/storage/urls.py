"""Database addresses as people give them: checked, and shown without their password."""

from __future__ import annotations

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from ptplanner.storage.errors import DatabaseUnavailable

_SECRET_QUERY_KEYS = {"password", "sslpassword"}
_FORM = "a database address such as postgresql+psycopg://USER@HOST/DATABASE"


def parse_database_url(url: str) -> URL:
    """The parsed address; DatabaseUnavailable (which never repeats the address) when it cannot be parsed."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"The database address given is not {_FORM}.") from None
    except ValueError:  # the port, e.g. 'HOST:abc'
        raise DatabaseUnavailable(
            "The database address given has a port that is not a number (write HOST:5432, for example)."
        ) from None
    return parsed


def shown_url(url: URL) -> str:
    """The address with its password (in the address or its query) replaced by ***."""
    hidden = {key: "HIDDEN" for key in url.query if key.lower() in _SECRET_QUERY_KEYS}
    shown = (url.update_query_dict(hidden) if hidden else url).render_as_string(hide_password=True)
    return shown.replace("=HIDDEN", "=***")
