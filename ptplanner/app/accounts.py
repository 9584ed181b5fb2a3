"""Accounts and sign-in as operations: who may use the clinic's data, for the command line and the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ptplanner.core.language import tr_clinic
from ptplanner.core.roles import Action, Role, User
from ptplanner.storage import accounts
from ptplanner.storage.accounts import NO_MATCH, AccountRefused, SignInRefused
from ptplanner.storage.database import DATABASE_FILE, Database, DatabaseError, default_database_url, open_database

if TYPE_CHECKING:  # imported when used: the sign-in dialog comes before the clinic (opening.py)
    from ptplanner.app.clinic import Clinic

__all__ = ["AccountRefused", "SignIn", "SignInRefused", "check_sign_in", "sign_in_state", "switch_user"]


class SignIn(Enum):
    OFF = "off"  # no accounts (or no database yet): everyone acts as the operating-system user
    NO_ADMIN = "no admin"  # accounts exist but no enabled admin: only a first admin can be added
    ON = "on"


@contextmanager
def _existing_database(data_dir: Path, database_url: str | None, restoring: bool) -> Iterator[Database | None]:
    """The database, or None: an SQLite data folder with no database yet has no accounts, and is not
    created just to find that out. Restoring a data folder whose database cannot be opened (damaged)
    needs no sign-in: it is the way back, and whoever can write the file could replace it anyway."""
    url = database_url
    if url is None:
        if not (data_dir / DATABASE_FILE).exists():
            yield None
            return
        url = default_database_url(data_dir)
    try:
        database = open_database(url)
    except DatabaseError:
        if not (restoring and url.startswith("sqlite")):
            raise
        yield None
        return
    try:
        yield database
    finally:
        database.close()


def sign_in_state(data_dir: Path, database_url: str | None, restoring: bool = False) -> SignIn:
    with _existing_database(data_dir, database_url, restoring) as database:
        return SignIn.OFF if database is None else database_sign_in_state(database)


def clinic_sign_in_state(clinic: Clinic) -> SignIn:
    """Whether the open clinic needs a sign-in (the app asks before it reads any patient)."""
    return database_sign_in_state(clinic.workspace.database)


def database_sign_in_state(database: Database) -> SignIn:
    if not accounts.sign_in_required(database):
        return SignIn.OFF
    return SignIn.ON if accounts.has_admin(database) else SignIn.NO_ADMIN


def prepare_sign_in() -> None:
    """On a worker, while the sign-in dialog is shown: the first check then takes no longer than the next."""
    accounts.prepare_sign_in()


def sign_in_before_opening(data_dir: Path, database_url: str | None, name: str, password: Callable[[], str]) -> User:
    """Check a name and password (asked only when the database exists); SignInRefused if they do not match."""
    with _existing_database(data_dir, database_url, restoring=False) as database:
        if database is None:
            raise SignInRefused(tr_clinic(NO_MATCH))
        return accounts.sign_in(database, name, password())


def sign_in(clinic: Clinic, name: str, password: str) -> User:
    """Sign `name` in on the open clinic: its operations then act with their role, audited under their name."""
    user = check_sign_in(clinic, name, password)
    switch_user(clinic, user)
    return user


def check_sign_in(clinic: Clinic, name: str, password: str) -> User:
    """The account, if the name and password match, not yet signed in: the app's lock screen first saves
    the work of the user it locked, as them, before another user takes over."""
    return check_sign_in_on(clinic.workspace.database, name, password)


def check_sign_in_on(database: Database, name: str, password: str) -> User:
    """check_sign_in on a database whose clinic is still being opened (opening.py)."""
    return accounts.sign_in(database, name, password)


def switch_user(clinic: Clinic, user: User) -> None:
    """`user` (checked by check_sign_in) acts on the clinic from now on."""
    from ptplanner.app.clinic import acting_user

    clinic.user = user
    acting_user(user)


def sign_in_required(clinic: Clinic) -> bool:
    return accounts.sign_in_required(clinic.workspace.database)


def add_user(clinic: Clinic, name: str, role: Role, password: str) -> User:
    """The first admin turns sign-in on; after that only an admin adds accounts."""
    if accounts.has_admin(clinic.workspace.database):
        clinic.require(Action.MANAGE_USERS)
    return accounts.add_user(clinic.workspace.database, name, role, password)


def list_users(clinic: Clinic) -> list[User]:
    clinic.require(Action.MANAGE_USERS)
    return accounts.list_users(clinic.workspace.database)


def find_user(clinic: Clinic, name: str) -> User | None:
    clinic.require(Action.MANAGE_USERS)
    return accounts.find_user(clinic.workspace.database, name)


def disable_user(clinic: Clinic, name: str) -> User:
    clinic.require(Action.MANAGE_USERS)
    return accounts.disable_user(clinic.workspace.database, name)


def set_role(clinic: Clinic, name: str, role: Role) -> User:
    clinic.require(Action.MANAGE_USERS)
    return accounts.set_role(clinic.workspace.database, name, role)


def set_password(clinic: Clinic, name: str, password: str) -> None:
    clinic.require(Action.MANAGE_USERS)
    accounts.set_password(clinic.workspace.database, name, password)
