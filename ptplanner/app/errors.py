"""The errors the app layer's operations raise, for the interfaces to catch without importing storage.

Each `str()` is a message a clinic user can act on.
"""

from __future__ import annotations

from ptplanner.storage.clinic_settings import ClinicSettingsDamaged
from ptplanner.storage.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotFound,
    NotPtplannerDatabase,
)

__all__ = [
    "ClinicSettingsDamaged",
    "ConflictError",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "BadInput",
    "NotAllowed",
    "NotFound",
    "NotPtplannerDatabase",
]


class NotAllowed(PermissionError):
    """The signed-in account's role may not do this; nothing was read or changed."""


class BadInput(ValueError):
    """What the user gave is refused (the message says why); nothing was changed."""
