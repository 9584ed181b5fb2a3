"""Alembic environment: always online, on the connection ptplanner hands over (see storage/migrate.py)."""

from alembic import context

from ptplanner.storage.models import Base

connection = context.config.attributes["connection"]
if connection is None:
    raise RuntimeError("ptplanner migrations run on an open connection: use ptplanner.storage.migrate")

# The caller's connection is already in a transaction (BEGIN IMMEDIATE on SQLite, see
# storage/schema_engine.py): every migration runs inside it, so a crash keeps all or nothing.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
