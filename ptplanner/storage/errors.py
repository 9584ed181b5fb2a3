"""Why the database refused something. Each `str()` is a message a clinic user can act on."""

from __future__ import annotations


class DatabaseError(Exception):
    """Base of every storage error."""


class NotPtplannerDatabase(DatabaseError):
    """The file is not a ptplanner database; it is left untouched."""


class DatabaseTooNew(DatabaseError):
    """A newer ptplanner wrote this database; opening it here could lose data."""


class DatabaseDamaged(DatabaseError):
    """The file fails SQLite's own checks; it is left untouched so it can be recovered."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached or read at all (server down, no permission, driver missing)."""


class DatabaseBusy(DatabaseUnavailable):
    """Another program held the database longer than ptplanner waits; nothing was changed."""


class ConflictError(DatabaseError):
    """Someone saved a newer version since this one was loaded; nothing was overwritten."""


class NotFound(DatabaseError, KeyError):
    """No record with that id."""

    def __str__(self) -> str:  # KeyError would show the message in quotes
        return str(self.args[0]) if self.args else ""


class AlreadyExists(DatabaseError):
    """A record with that id is already stored."""
