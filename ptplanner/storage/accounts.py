"""Clinic accounts: adding, listing, disabling, changing passwords, and signing in.

Passwords are hashed with argon2id and kept nowhere else; no function here logs or returns one.
Sign-in is off on an SQLite database until its first admin is added (a setting row, written in the
same transaction), and always on for a server database (PostgreSQL), which several people share.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ptplanner.core.language import clinic_word, tr_clinic
from ptplanner.core.roles import Role, User, name_key, name_problem, password_problem, wait_after
from ptplanner.storage.damaged_rows import reading
from ptplanner.storage.database import Database
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.models import SettingRow, UserRow

SIGN_IN_SETTING = "sign_in_required"
NO_MATCH = clinic_word("That name and password do not match.")  # told in the language spoken
_hasher = PasswordHasher()  # argon2id with the library's recommended cost
# What an unknown name's password is checked against, so it takes as long as a wrong one: a hash of a
# password nobody has, made with _hasher's parameters (argon2id, m=64 MiB, t=3, p=4) and kept here, as
# making one took 0.2 s of both cores at the start of every app that signs in. Checking against it costs
# what checking any account's hash costs; with other parameters (a newer argon2-cffi) one is made instead.
KEPT_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$s2z3X6QfGrzXBNlS44USAQ$WF84TA/SNcpXYahC1CXabHn1b5HDToVczNZv5gfpLm0"
)
_dummy: list[str] = []  # the one dummy hash, once chosen
_making_dummy = threading.Lock()


def _dummy_hash() -> str:
    """The kept dummy hash when it has _hasher's parameters; otherwise one made on the first sign-in (by
    every sign-in, known name or not, so the first takes as long either way), or ahead of it
    (prepare_sign_in), not on import: most clinics never sign in. Made once: a sign-in that comes while
    it is being made waits for it."""
    with _making_dummy:
        if not _dummy:
            kept = not _hasher.check_needs_rehash(KEPT_DUMMY_HASH)
            _dummy.append(KEPT_DUMMY_HASH if kept else _hasher.hash("not a password anyone has"))
        return _dummy[0]


def prepare_sign_in() -> None:
    """Make what checking any name needs, ahead (while the sign-in dialog waits for typing): the first
    sign-in is then as quick as the next, for a known name and an unknown one alike."""
    _dummy_hash()


Clock = Callable[[], datetime]


class AccountRefused(DatabaseError):
    """An account change that is not allowed (a name taken, the last admin, a short password...)."""


class SignInRefused(DatabaseError):
    """Sign-in refused: one message whether the name is unknown or the password wrong."""


def _now() -> datetime:
    return datetime.now(UTC)


def sign_in_required(database: Database) -> bool:
    if not database.is_sqlite:
        return True
    with database.session() as session:
        return bool(session.scalar(select(SettingRow.value).where(SettingRow.key == SIGN_IN_SETTING)))


def has_admin(database: Database) -> bool:
    with database.session() as session:
        return _enabled_admins(session) > 0


def add_user(database: Database, name: str, role: Role, password: str, clock: Clock = _now) -> User:
    """Add an account. The first admin turns sign-in on (SQLite); no other role may come before it."""
    role = Role(role)
    problem = name_problem(name) or password_problem(password)
    if problem:
        raise AccountRefused(f"{problem}; no account was added")
    password_hash = _hasher.hash(password)
    try:
        with database.session() as session:
            if role is not Role.ADMIN and _enabled_admins(session) == 0:
                raise AccountRefused("add an admin first: ptplanner users add NAME --role admin")
            row = UserRow(name=name, name_key=name_key(name), role=role.value, password_hash=password_hash,
                          disabled=False, created_at=clock(), failed_attempts=0)
            session.add(row)
            if role is Role.ADMIN and database.is_sqlite:
                session.merge(SettingRow(key=SIGN_IN_SETTING, value=True))
            session.flush()
            return _user(row)
    except IntegrityError:
        raise AccountRefused(f"an account named {name!r} already exists (case does not count)") from None


def list_users(database: Database) -> list[User]:
    with database.session() as session:
        return [_user(row) for row in session.scalars(select(UserRow).order_by(UserRow.name_key))]


def find_user(database: Database, name: str) -> User | None:
    with database.session() as session:
        row = _row(session, name)
        return None if row is None else _user(row)


def disable_user(database: Database, name: str) -> User:
    with database.session() as session:
        row = _existing(session, name)
        if not row.disabled and row.role == Role.ADMIN and _enabled_admins(session) == 1:
            raise AccountRefused(f"{row.name} is the last enabled admin; add another admin first")
        row.disabled = True
        return _user(row)


def set_role(database: Database, name: str, role: Role) -> User:
    role = Role(role)
    with database.session() as session:
        row = _existing(session, name)
        last_admin = not row.disabled and row.role == Role.ADMIN and _enabled_admins(session) == 1
        if last_admin and role is not Role.ADMIN:
            raise AccountRefused(f"{row.name} is the last enabled admin; add another admin first")
        row.role = role.value
        return _user(row)


def set_password(database: Database, name: str, password: str) -> None:
    """A new password; it also ends any wait after failed sign-ins."""
    problem = password_problem(password)
    if problem:
        raise AccountRefused(f"{problem}; the password was not changed")
    password_hash = _hasher.hash(password)
    with database.session() as session:
        row = _existing(session, name)
        row.password_hash, row.failed_attempts, row.last_failed_at = password_hash, 0, None


def sign_in(database: Database, name: str, password: str, clock: Clock = _now) -> User:
    """The account, if `password` is its password. Raises SignInRefused, with the same message for an
    unknown name, a wrong password, and a name that must still wait after repeated failures (so no
    answer tells whether a name exists)."""
    now = clock()
    dummy = _dummy_hash()
    with database.session() as session:
        row = _row(session, name)
        if row is None:
            _matches(dummy, password)
            raise SignInRefused(tr_clinic(NO_MATCH))
        if row.last_failed_at is not None and now < _waits_until(row):
            raise SignInRefused(tr_clinic(NO_MATCH))  # no guess is even checked while the name waits
        matched = _matches(row.password_hash, password)
        if matched:
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            row.failed_attempts, row.last_failed_at = 0, None
            user = _user(row)
    if not matched:
        _count_failure(database, name, now)
        raise SignInRefused(tr_clinic(NO_MATCH))
    if user.disabled:
        raise SignInRefused(f"The account {user.name} is disabled; ask an admin.")
    return user


def _count_failure(database: Database, name: str, now: datetime) -> None:
    with database.session() as session:  # one UPDATE: failures from two workstations both count
        session.execute(update(UserRow).where(UserRow.name_key == name_key(name))
                        .values(failed_attempts=UserRow.failed_attempts + 1, last_failed_at=now))


def _waits_until(row: UserRow) -> datetime:
    return _utc(row.last_failed_at) + wait_after(row.failed_attempts)


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _enabled_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserRow)
                          .where(UserRow.role == Role.ADMIN.value, UserRow.disabled.is_(False)))


def _row(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name_key == name_key(name)))


def _existing(session: Session, name: str) -> UserRow:
    row = _row(session, name)
    if row is None:
        raise AccountRefused(f"there is no account named {name!r}; 'ptplanner users list' lists them")
    return row


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment  # SQLite gives naive UTC


def _user(row: UserRow) -> User:
    with reading(lambda: f"the account {row.name}"):  # a role no ptplanner knows (edited by hand)
        role = Role(row.role)
    return User(name=row.name, role=role, disabled=row.disabled, created_at=_utc(row.created_at))
