"""Who may do what: the roles of a clinic's accounts, and the rules for passwords and failed sign-ins.

Pure rules, no storage: the command line (and later the GUI) ask `allowed(role, action)` before acting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ptplanner.core.safe_text import control_character, hidden_character

MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 100
FREE_FAILURES = 5  # failed sign-ins before a name has to wait
FIRST_WAIT = timedelta(seconds=30)  # after the 5th failure; doubled for each further one
LONGEST_WAIT = timedelta(minutes=15)


class Role(StrEnum):
    ADMIN = "admin"
    THERAPIST = "therapist"
    FRONT_DESK = "front-desk"


class Action(StrEnum):
    MANAGE_USERS = "manage_users"
    READ_AUDIT = "read_audit"
    VIEW_CLINICAL = "view_clinical"  # notes, programs, logs, outcomes, progress reports
    CHANGE_CLINICAL = "change_clinical"
    PRINT_HANDOUT = "print_handout"  # build and print a new handout
    REPRINT_HANDOUT = "reprint_handout"  # print again a handout printed before
    VIEW_CONTACTS = "view_contacts"  # the patient list and contact details
    EXPORT = "export"
    IMPORT = "import"
    ERASE = "erase"


_CLINICAL = frozenset(Action) - {Action.MANAGE_USERS, Action.READ_AUDIT}
# An admin is usually the clinic's lead therapist too, so admin may do everything.
_ALLOWED = {
    Role.ADMIN: frozenset(Action),
    Role.THERAPIST: _CLINICAL,
    Role.FRONT_DESK: frozenset({Action.VIEW_CONTACTS, Action.REPRINT_HANDOUT}),
}


def allowed(role: Role, action: Action) -> bool:
    return action in _ALLOWED[Role(role)]


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    disabled: bool
    created_at: datetime


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None."""
    if not password.strip():
        return "the password is empty"
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"the password is shorter than {MIN_PASSWORD_LENGTH} characters"
    return None


def name_problem(name: str) -> str | None:
    """Why a new account name is refused, or None."""
    if not name.strip():
        return "the name is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"the name is longer than {MAX_NAME_LENGTH} characters"
    if found := control_character(name):
        return f"the name has a control character ({found}), which cannot be printed"
    if found := hidden_character(name):
        return (f"the name has an invisible character or a direction control ({found}), "
                "which could make it look like another name")
    if not name.isprintable() or name != name.strip():
        return "the name has control characters or spaces at its ends"
    return None


def name_key(name: str) -> str:
    """What makes two names the same account: case does not count."""
    return name.strip().casefold()


def wait_after(failures: int) -> timedelta:
    """How long a name must wait after `failures` failed sign-ins in a row: nothing for the first few,
    then 30 s doubled for each further failure, up to 15 minutes."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** min(failures - FREE_FAILURES, 20), LONGEST_WAIT)
