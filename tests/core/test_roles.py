"""The role rules: who may do what, and how long a name waits after failed sign-ins."""

from datetime import timedelta

import pytest

from ptplanner.core.roles import Action, Role, allowed, name_key, name_problem, password_problem, wait_after


def test_front_desk_sees_contacts_and_reprints_only():
    front_desk = {action for action in Action if allowed(Role.FRONT_DESK, action)}
    assert front_desk == {Action.VIEW_CONTACTS, Action.REPRINT_HANDOUT}


def test_therapist_does_everything_clinical_but_not_accounts_or_the_audit_trail():
    refused = {a for a in Action if not allowed(Role.THERAPIST, a)}
    assert refused == {Action.MANAGE_USERS, Action.READ_AUDIT}


def test_admin_may_do_everything():
    assert all(allowed(Role.ADMIN, action) for action in Action)
    assert allowed("front-desk", "view_contacts")  # the stored strings work too


@pytest.mark.parametrize("password", ["", "        ", "short7!"])
def test_empty_or_short_passwords_are_refused(password):
    assert password_problem(password)


def test_a_long_enough_password_passes():
    assert password_problem("eight ch") is None


def test_names_are_one_account_whatever_their_case():
    assert name_key("Ana Silva") == name_key("ANA SILVA")
    assert name_problem("") and name_problem(" ana") and name_problem("a\nb") and name_problem("x" * 101)
    assert name_problem("Zoë Ng") is None


def test_a_name_with_a_control_a_direction_control_or_an_invisible_character_is_refused_saying_which():
    assert name_problem("Ana\x1b[2J") == "the name has a control character (U+001B), which cannot be printed"
    assert "direction control (U+202E)" in name_problem("Ana \u202eSilva")
    assert "invisible character or a direction control (U+200B)" in name_problem("Ana\u200bSilva")
    assert name_problem("דוד כהן") is None


def test_the_wait_starts_after_five_failures_and_grows_to_a_limit():
    assert [wait_after(n) for n in range(5)] == [timedelta(0)] * 5
    assert wait_after(5) == timedelta(seconds=30) and wait_after(6) == timedelta(seconds=60)
    assert wait_after(100) == timedelta(minutes=15)
