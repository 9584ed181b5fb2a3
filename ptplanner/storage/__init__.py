"""The database: SQLAlchemy tables, Alembic migrations and a Store that takes and returns core objects."""
