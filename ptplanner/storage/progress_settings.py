"""The clinic's progress rules (adherence and pain thresholds, red-flag terms), kept as one JSON setting."""

from __future__ import annotations

from pydantic import ValidationError

from ptplanner.core.problems import problems_from_validation
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.store import Store

SETTING_KEY = "progress_rules"


class ProgressRulesDamaged(DatabaseError):
    """The stored progress rules no longer pass their checks."""


def load_rules(store: Store) -> ProgressRules:
    """The stored rules, or the defaults when none were ever saved."""
    stored = store.get_setting(SETTING_KEY)
    if stored is None:
        return ProgressRules()
    try:
        return ProgressRules.model_validate(stored)
    except ValidationError as error:
        problems = "; ".join(f"{p.field}: {p.message}" for p in problems_from_validation("", error))
        raise ProgressRulesDamaged(
            f"The saved progress rules cannot be read ({problems}). Open Settings > Progress rules and save "
            "them again."
        ) from error


def save_rules(store: Store, rules: ProgressRules) -> None:
    store.set_setting(SETTING_KEY, rules.model_dump(mode="json"))
