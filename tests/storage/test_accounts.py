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


class CountedHasher:
    """The module's hasher (or `hasher`), counting the hashes it makes and the checks it runs."""

    def __init__(self, hasher):
        self.hasher, self.made, self.checked = hasher, [], []

    def hash(self, secret):
        self.made.append(secret)
        return self.hasher.hash(secret)

    def verify(self, password_hash, secret):
        self.checked.append(password_hash)
        return self.hasher.verify(password_hash, secret)

    def __getattr__(self, name):
        return getattr(self.hasher, name)


def test_an_unknown_name_is_checked_against_a_kept_dummy_as_costly_as_a_real_hash(db, admin, monkeypatch):
    """No hash is made at start-up: the kept dummy has the very parameters every account's hash gets, so
    an unknown name costs one argon2 check, as a wrong password does."""
    from argon2 import extract_parameters

    from ptplanner.storage import accounts

    hasher = CountedHasher(accounts._hasher)
    monkeypatch.setattr(accounts, "_dummy", [])
    monkeypatch.setattr(accounts, "_hasher", hasher)
    accounts.prepare_sign_in()
    with db.session() as session:
        real_hash = session.query(UserRow).one().password_hash
    assert extract_parameters(accounts.KEPT_DUMMY_HASH) == extract_parameters(real_hash)
    for name, password in (("Nobody Here", PASSWORD), ("Ana Silva", "not her password")):
        with pytest.raises(SignInRefused, match=NO_MATCH):
            sign_in(db, name, password)
    assert hasher.checked == [accounts.KEPT_DUMMY_HASH, real_hash]  # one full check each
    assert sign_in(db, "Ana Silva", PASSWORD).name == "Ana Silva"
    assert hasher.made == []


def test_with_other_hashing_parameters_the_dummy_is_made_once_ahead_whoever_asks(db, admin, monkeypatch):
    """A newer argon2-cffi with a higher cost: the kept dummy would be quicker to check than a real hash,
    so one is made with the new cost, once, ahead of the first sign-in (while the dialog waits)."""
    import threading

    from argon2 import PasswordHasher, extract_parameters

    from ptplanner.storage import accounts

    costlier = PasswordHasher(time_cost=accounts._hasher.time_cost + 1)
    hasher = CountedHasher(costlier)
    monkeypatch.setattr(accounts, "_dummy", [])
    monkeypatch.setattr(accounts, "_hasher", hasher)
    askers = [threading.Thread(target=accounts.prepare_sign_in) for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len(hasher.made) == 1
    with pytest.raises(SignInRefused, match=NO_MATCH):
        sign_in(db, "Nobody Here", PASSWORD)
    assert len(hasher.made) == 1  # the sign-in made no other
    assert extract_parameters(hasher.checked[0]).time_cost == costlier.time_cost
