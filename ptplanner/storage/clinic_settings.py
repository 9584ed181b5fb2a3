"""The clinic's settings, kept as one JSON setting."""

from __future__ import annotations

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import clinic_word
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.model_settings import load_model_setting, save_model_setting
from ptplanner.storage.store import Store

SETTING_KEY = "clinic"


class ClinicSettingsDamaged(DatabaseError):
    """The stored clinic settings no longer pass their checks."""


def load_clinic_settings(store: Store) -> ClinicSettings:
    """The stored settings, or the defaults when none were ever saved."""
    return load_model_setting(
        store, SETTING_KEY, ClinicSettings, ClinicSettingsDamaged, clinic_word("the saved clinic settings"),
        clinic_word("Open File > Clinic settings and save them again."),
    )


def save_clinic_settings(store: Store, settings: ClinicSettings) -> None:
    save_model_setting(store, SETTING_KEY, settings)
