"""Accounts on a real database: argon2id hashes, sign-in refusals, the slow-down, the last admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from storage_samples import sqlite_only

from ptplanner.core.roles import Role
from ptplanner.storage.accounts import (
    NO_MATCH,
    AccountRefused,
    SignInRefused,
    add_user,
    disable_user,
    has_admin,
    list_users,
    set_password,
    set_role,
    sign_in,
    sign_in_required,
)
from ptplanner.storage.database import open_database
from ptplanner.storage.models import UserRow

PASSWORD = "correct horse 42"


class Clock:
    """A clock the test moves by hand: no sleeping."""

    def __init__(self):
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def admin(db):
    return add_user(db, "Ana Silva", Role.ADMIN, PASSWORD)


def test_the_stored_value_is_an_argon2id_hash_that_verifies(db, admin):
    with db.session() as session:
        stored = session.query(UserRow).one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert sign_in(db, "ana silva", PASSWORD).name == "Ana Silva"  # case does not count


@sqlite_only
def test_the_password_is_nowhere_in_the_database_file(db, db_path, admin):
    set_password(db, "Ana Silva", "another secret 7")
    db.close()
    raw = b"".join(path.read_bytes() for path in db_path.parent.glob("ptplanner.db*"))
    assert PASSWORD.encode() not in raw and b"another secret 7" not in raw
    assert b"$argon2id$" in raw


def test_unknown_name_and_wrong_password_get_the_same_message(db, admin):
    with pytest.raises(SignInRefused) as unknown:
        sign_in(db, "Nobody", PASSWORD)
    with pytest.raises(SignInRefused) as wrong:
        sign_in(db, "Ana Silva", "wrong password")
    assert str(unknown.value) == str(wrong.value) == NO_MATCH == "That name and password do not match."


def test_repeated_failures_make_the_name_wait_longer_each_time(db, admin):
    clock = Clock()
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(db, "Ana Silva", "guess", clock)
    with pytest.raises(SignInRefused, match=NO_MATCH):
        sign_in(db, "Ana Silva", PASSWORD, clock)  # even the right password waits
    clock.now += timedelta(seconds=29)
    with pytest.raises(SignInRefused):
        sign_in(db, "Ana Silva", PASSWORD, clock)
    clock.now += timedelta(seconds=2)
    with pytest.raises(SignInRefused):
        sign_in(db, "Ana Silva", "guess", clock)  # a 6th failure: now 60 s
    clock.now += timedelta(seconds=59)
    with pytest.raises(SignInRefused):
        sign_in(db, "Ana Silva", PASSWORD, clock)
    clock.now += timedelta(seconds=2)
    assert sign_in(db, "Ana Silva", PASSWORD, clock).role is Role.ADMIN
    for _ in range(4):  # a success starts the count again
        with pytest.raises(SignInRefused):
            sign_in(db, "Ana Silva", "guess", clock)
    assert sign_in(db, "Ana Silva", PASSWORD, clock)


def test_a_disabled_account_cannot_sign_in(db, admin):
    add_user(db, "Ben", Role.THERAPIST, PASSWORD)
    disable_user(db, "ben")
    with pytest.raises(SignInRefused, match="disabled"):
        sign_in(db, "Ben", PASSWORD)
    with pytest.raises(SignInRefused, match=NO_MATCH):
        sign_in(db, "Ben", "wrong password")
    assert [(u.name, u.disabled) for u in list_users(db)] == [("Ana Silva", False), ("Ben", True)]


def test_the_last_enabled_admin_can_be_neither_disabled_nor_demoted(db, admin):
    with pytest.raises(AccountRefused, match="last enabled admin"):
        disable_user(db, "Ana Silva")
    with pytest.raises(AccountRefused, match="last enabled admin"):
        set_role(db, "Ana Silva", Role.THERAPIST)
    add_user(db, "Cleo", Role.ADMIN, PASSWORD)
    disable_user(db, "Ana Silva")
    with pytest.raises(AccountRefused, match="Cleo is the last"):
        set_role(db, "cleo", Role.FRONT_DESK)
    assert has_admin(db)


def test_names_are_unique_whatever_their_case_and_bad_input_adds_nothing(db, admin):
    with pytest.raises(AccountRefused, match="already exists"):
        add_user(db, "ANA SILVA", Role.THERAPIST, PASSWORD)
    with pytest.raises(AccountRefused, match="shorter than 8"):
        add_user(db, "Dee", Role.THERAPIST, "short")
    with pytest.raises(AccountRefused, match="no account named"):
        set_password(db, "Nobody", PASSWORD)
    assert [u.name for u in list_users(db)] == ["Ana Silva"]


def test_no_other_role_before_the_first_admin(db):
    with pytest.raises(AccountRefused, match="add an admin first"):
        add_user(db, "Ben", Role.THERAPIST, PASSWORD)
    assert list_users(db) == []


def test_sign_in_is_off_on_sqlite_until_the_first_admin_and_always_on_with_postgresql(db, backend):
    assert sign_in_required(db) is (backend == "postgresql")
    add_user(db, "Ana", Role.ADMIN, PASSWORD)
    assert sign_in_required(db)


def test_a_new_password_replaces_the_old_one_and_ends_the_wait(db, admin):
    clock = Clock()
    for _ in range(6):
        with pytest.raises(SignInRefused):
            sign_in(db, "Ana Silva", "guess", clock)
    set_password(db, "Ana Silva", "brand new pass")
    with pytest.raises(SignInRefused):
        sign_in(db, "Ana Silva", PASSWORD, clock)
    assert sign_in(db, "Ana Silva", "brand new pass", clock)


def test_failures_count_across_workstations(db, admin, database_url):
    clock = Clock()
    other = open_database(database_url)
    try:
        for database in (db, other) * 2:
            with pytest.raises(SignInRefused):
                sign_in(database, "Ana Silva", "guess", clock)
    finally:
        other.close()
    with db.session() as session:
        assert session.query(UserRow).one().failed_attempts == 4


def test_the_first_sign_in_is_prepared_once_ahead_whoever_asks(db, admin, monkeypatch):
    """The dummy hash an unknown name is checked against is made once, ahead of the first sign-in (while
    the dialog waits for typing); known and unknown names are then checked the same way as before."""
    import threading

    from ptplanner.storage import accounts

    made = []

    class CountedHasher:  # the module's hasher, counting the hashes it makes
        def __init__(self, hasher):
            self.hasher = hasher

        def hash(self, secret):
            made.append(secret)
            return self.hasher.hash(secret)

        def __getattr__(self, name):
            return getattr(self.hasher, name)

    monkeypatch.setattr(accounts, "_dummy", [])
    monkeypatch.setattr(accounts, "_hasher", CountedHasher(accounts._hasher))
    askers = [threading.Thread(target=accounts.prepare_sign_in) for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len(made) == 1
    assert sign_in(db, "Ana Silva", PASSWORD).name == "Ana Silva"
    with pytest.raises(SignInRefused, match=NO_MATCH):
        sign_in(db, "Nobody Here", PASSWORD)
    assert len(made) == 1  # neither sign-in made another
