"""Insert a row, or update the one stored under its primary key, in one statement.

`Session.merge` reads first and inserts after: two workstations on one PostgreSQL database saving the
same new key at once both read nothing, and the second insert then fails on the key. One
INSERT ... ON CONFLICT DO UPDATE cannot race: the later save replaces the earlier, as with SQLite's
one writer at a time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ptplanner.storage.models import Base


def upsert(session: Session, model: type[Base], **values: Any) -> None:
    """Store `values` (every column of `model`'s table, by name) as one row."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = model.__table__
    statement = insert(table).values(**values)
    keys = [column.name for column in table.primary_key]
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes))
