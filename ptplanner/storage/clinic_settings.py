"""The clinic's settings, kept as one JSON setting."""

from __future__ import annotations

from pydantic import ValidationError

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.problems import problems_from_validation
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.store import Store

SETTING_KEY = "clinic"


class ClinicSettingsDamaged(DatabaseError):
    """The stored clinic settings no longer pass their checks."""


def load_clinic_settings(store: Store) -> ClinicSettings:
    """The stored settings, or the defaults when none were ever saved."""
    stored = store.get_setting(SETTING_KEY)
    if stored is None:
        return ClinicSettings()
    try:
        return ClinicSettings.model_validate(stored)
    except ValidationError as error:
        problems = "; ".join(f"{p.field}: {p.message}" for p in problems_from_validation("", error))
        raise ClinicSettingsDamaged(
            f"The saved clinic settings cannot be read ({problems}). "
            "Open Settings > Clinic and save them again."
        ) from error


def save_clinic_settings(store: Store, settings: ClinicSettings) -> None:
    store.set_setting(SETTING_KEY, settings.model_dump(mode="json"))
