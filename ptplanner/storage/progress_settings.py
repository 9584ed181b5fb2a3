"""The clinic's progress rules (adherence and pain thresholds, red-flag terms), kept as one JSON setting."""

from __future__ import annotations

from ptplanner.core.language import clinic_word
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.model_settings import load_model_setting, save_model_setting
from ptplanner.storage.store import Store

SETTING_KEY = "progress_rules"


class ProgressRulesDamaged(DatabaseError):
    """The stored progress rules no longer pass their checks."""


def load_rules(store: Store) -> ProgressRules:
    """The stored rules, or the defaults when none were ever saved."""
    return load_model_setting(
        store, SETTING_KEY, ProgressRules, ProgressRulesDamaged, clinic_word("the saved progress rules"),
        clinic_word("Restore the latest good backup."),  # no screen edits them; a backup holds the clinic's
    )


def save_rules(store: Store, rules: ProgressRules) -> None:
    save_model_setting(store, SETTING_KEY, rules)
