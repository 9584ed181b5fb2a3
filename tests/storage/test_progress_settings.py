"""The progress rules are a clinic setting: defaults until saved, and a clear message when damaged."""

import pytest

from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.progress_settings import SETTING_KEY, ProgressRulesDamaged, load_rules, save_rules


def test_defaults_until_the_clinic_saves_its_own(store):
    assert load_rules(store) == ProgressRules()
    own = ProgressRules(low_adherence_percent=50, red_flag_terms=("fever", "fall"))
    save_rules(store, own)
    assert load_rules(store) == own


def test_damaged_rules_are_refused_naming_the_field(store):
    store.set_setting(SETTING_KEY, {"low_adherence_percent": "lots"})
    restore = r"low_adherence_percent: .*Restore the latest good backup\."
    with pytest.raises(ProgressRulesDamaged, match=restore):
        load_rules(store)  # no screen edits the rules: a backup holds the clinic's own
