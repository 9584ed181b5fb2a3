"""Sign-in and roles on the command line, on a real data folder (and PostgreSQL when there is one)."""

from __future__ import annotations

import logging

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.cli_users import EXIT_NOT_SIGNED_IN

ADMIN_PASSWORD, THERAPIST_PASSWORD, DESK_PASSWORD = "admin pass 1", "therapist 22", "front desk 333"


@pytest.fixture
def run(capsys, monkeypatch, data_dir):
    """Run a command on the test's data folder, as `user` with `password` (from PTPLANNER_PASSWORD)."""

    def run(*args, user=None, password=None, new_password=None, database_url=None):
        for name, value in (("PTPLANNER_PASSWORD", password), ("PTPLANNER_NEW_PASSWORD", new_password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        options = ["--data-dir", str(data_dir)]
        options += [] if database_url is None else ["--database-url", database_url]
        options += [] if user is None else ["--user", user]
        code = main([*options, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def clinic(run):
    """The demo clinic, then an admin (turning sign-in on), a therapist and a front-desk account."""
    assert run("demo")[0] == EXIT_OK
    assert run("users", "add", "Ana", "--role", "admin", password=ADMIN_PASSWORD)[0] == EXIT_OK
    accounts = (("Ben", "therapist", THERAPIST_PASSWORD), ("Dee", "front-desk", DESK_PASSWORD))
    for name, role, password in accounts:
        code, out, err = run("users", "add", name, "--role", role, user="Ana", password=ADMIN_PASSWORD,
                             new_password=password)
        assert code == EXIT_OK, err
    return run


def test_without_accounts_commands_run_as_before(run):
    assert run("patients")[0] == EXIT_OK
    code, _, err = run("patients", user="Ana", password="whatever1")
    assert code == EXIT_NOT_SIGNED_IN and "sign-in is off" in err


def test_the_first_admin_turns_sign_in_on(run):
    code, out, _ = run("users", "add", "Ana", "--role", "admin", password=ADMIN_PASSWORD)
    assert code == EXIT_OK and "Sign-in is on" in out
    code, out, err = run("patients")
    assert (code, out) == (EXIT_NOT_SIGNED_IN, "") and err.count("\n") == 1 and "--user NAME" in err
    assert run("patients", user="Ana", password=ADMIN_PASSWORD)[0] == EXIT_OK


def test_no_therapist_before_the_first_admin(run):
    code, _, err = run("users", "add", "Ben", "--role", "therapist", password=THERAPIST_PASSWORD)
    assert code == EXIT_PROBLEMS and "add an admin first" in err


def test_unknown_name_and_wrong_password_are_refused_alike(clinic):
    unknown = clinic("patients", user="Zed", password=ADMIN_PASSWORD)
    wrong = clinic("patients", user="Ana", password="not it at all")
    assert unknown == wrong == (EXIT_NOT_SIGNED_IN, "", "ptplanner: That name and password do not match.\n")


def test_front_desk_sees_the_patient_list_but_nothing_clinical(clinic, tmp_path):
    code, out, _ = clinic("patients", user="Dee", password=DESK_PASSWORD)
    assert code == EXIT_OK and "Robert Chen" in out
    for command in (["report", "Robert Chen", "--out", str(tmp_path / "r.pdf")],
                    ["handout", "Robert Chen", "--out", str(tmp_path / "h.pdf")],
                    ["export", "Robert Chen", "--out", str(tmp_path / "r.json")],
                    ["users", "list"], ["audit"]):
        code, out, err = clinic(*command, user="Dee", password=DESK_PASSWORD)
        assert code == EXIT_NOT_SIGNED_IN and out == ""
        named = " ".join(command[:2] if command[0] == "users" else command[:1])
        assert err == f"ptplanner: a front-desk account may not run 'ptplanner {named}'\n"
    assert list(tmp_path.glob("*.pdf")) == [] and not (tmp_path / "r.json").exists()


def test_a_therapist_is_refused_accounts_and_the_audit_trail(clinic, tmp_path):
    assert clinic("report", "Robert Chen", "--out", str(tmp_path / "r.pdf"),
                  user="Ben", password=THERAPIST_PASSWORD)[0] == EXIT_OK
    commands = (["users", "list"], ["users", "add", "Eve", "--role", "admin"], ["audit"], ["audit", "verify"])
    for command in commands:
        code, _, err = clinic(*command, user="Ben", password=THERAPIST_PASSWORD, new_password="eve password")
        assert code == EXIT_NOT_SIGNED_IN and "a therapist account may not run" in err
    code, out, _ = clinic("users", "list", user="Ana", password=ADMIN_PASSWORD)
    assert "Eve" not in out


def test_audit_rows_name_the_signed_in_user(clinic, tmp_path):
    code, _, _ = clinic("export", "Robert Chen", "--out", str(tmp_path / "r.json"),
                        user="ben", password=THERAPIST_PASSWORD)
    assert code == EXIT_OK
    code, out, _ = clinic("audit", "--user", "Ben", user="Ana", password=ADMIN_PASSWORD)
    rows = out.splitlines()[1:]
    assert len(rows) == 1 and rows[0].split()[3] == "Ben" and rows[0].split()[5] == "export"


def test_the_password_is_read_from_the_terminal_when_not_in_the_environment(clinic, monkeypatch):
    typed = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": typed.append(prompt) or ADMIN_PASSWORD)
    assert clinic("patients", user="Ana")[0] == EXIT_OK and typed == ["Password: "]


def test_passwd_asks_twice_and_refuses_a_mismatch_or_a_short_password(clinic, monkeypatch):
    answers = iter(["new password 1", "new password 2", "short", "short", "new password 1", "new password 1"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = clinic("users", "passwd", "Ben", user="Ana", password=ADMIN_PASSWORD)
    assert code == EXIT_PROBLEMS and "the two passwords differ" in err
    code, _, err = clinic("users", "passwd", "Ben", user="Ana", password=ADMIN_PASSWORD)
    assert code == EXIT_PROBLEMS and "shorter than 8" in err
    assert clinic("users", "passwd", "Ben", user="Ana", password=ADMIN_PASSWORD)[0] == EXIT_OK
    assert clinic("patients", user="Ben", password=THERAPIST_PASSWORD)[0] == EXIT_NOT_SIGNED_IN
    assert clinic("patients", user="Ben", password="new password 1")[0] == EXIT_OK


def test_disable_refuses_the_last_admin_and_stops_a_user(clinic):
    code, _, err = clinic("users", "disable", "Ana", user="Ana", password=ADMIN_PASSWORD)
    assert code == EXIT_PROBLEMS and "last enabled admin" in err
    assert clinic("users", "disable", "Ben", user="Ana", password=ADMIN_PASSWORD)[0] == EXIT_OK
    code, _, err = clinic("patients", user="Ben", password=THERAPIST_PASSWORD)
    assert code == EXIT_NOT_SIGNED_IN and "disabled" in err
    code, out, _ = clinic("users", "list", user="Ana", password=ADMIN_PASSWORD)
    assert [line.split()[:3] for line in out.splitlines()[1:]] == [
        ["Ana", "admin", "enabled"], ["Ben", "therapist", "disabled"], ["Dee", "front-desk", "enabled"]]


def test_passwords_appear_in_no_output_log_or_database_file(clinic, data_dir, caplog):
    caplog.set_level(logging.DEBUG)
    outputs = [clinic("patients", user="Ana", password=ADMIN_PASSWORD),
               clinic("patients", user="Ana", password="wrong password"),
               clinic("users", "passwd", "Dee", user="Ana", password=ADMIN_PASSWORD,
                      new_password="desk pass 44")]
    text = repr(outputs) + caplog.text
    raw = b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    for password in (ADMIN_PASSWORD, THERAPIST_PASSWORD, DESK_PASSWORD, "desk pass 44", "wrong password"):
        assert password not in text and password.encode() not in raw


def test_postgresql_needs_an_admin_before_anything_else(run, postgres_url):
    code, _, err = run("patients", database_url=postgres_url)
    assert code == EXIT_NOT_SIGNED_IN and "no admin yet" in err
    code, _, err = run("users", "list", database_url=postgres_url)
    assert code == EXIT_NOT_SIGNED_IN and "no admin yet" in err
    code, _, _ = run("users", "add", "Ana", "--role", "admin", password=ADMIN_PASSWORD,
                     database_url=postgres_url)
    assert code == EXIT_OK
    assert run("patients", database_url=postgres_url)[0] == EXIT_NOT_SIGNED_IN
    assert run("patients", user="Ana", password=ADMIN_PASSWORD, database_url=postgres_url)[0] == EXIT_OK


def test_a_damaged_database_can_be_restored_without_signing_in(clinic, data_dir, tmp_path):
    backup = tmp_path / "good.db"
    assert clinic("backup", "--out", str(backup), user="Ana", password=ADMIN_PASSWORD)[0] == EXIT_OK
    database = data_dir / "ptplanner.db"
    damaged = bytearray(database.read_bytes())
    damaged[:100] = b"\0" * 100  # the header gone: no SQLite database any more
    database.write_bytes(bytes(damaged))
    code, out, err = clinic("restore", str(backup))
    assert code == EXIT_OK, err
    assert clinic("patients")[0] == EXIT_NOT_SIGNED_IN  # the restored clinic signs in again
    assert clinic("patients", user="Ana", password=ADMIN_PASSWORD)[0] == EXIT_OK


def test_an_admin_changes_a_role_and_the_last_admin_keeps_theirs(clinic, tmp_path):
    code, _, err = clinic("users", "role", "Ana", "--role", "therapist", user="Ana", password=ADMIN_PASSWORD)
    assert code == EXIT_PROBLEMS and "last enabled admin" in err
    code, out, _ = clinic("users", "role", "Dee", "--role", "therapist", user="Ana", password=ADMIN_PASSWORD)
    assert code == EXIT_OK and "Dee is now therapist." in out
    report = ["report", "Robert Chen", "--out", str(tmp_path / "r.pdf")]
    assert clinic(*report, user="Dee", password=DESK_PASSWORD)[0] == EXIT_OK  # a therapist now
    code, _, err = clinic("users", "role", "Ana", "--role", "front-desk", user="Dee", password=DESK_PASSWORD)
    assert code == EXIT_NOT_SIGNED_IN and "may not run" in err
