"""`ptplanner reprint`: a handout printed before, written again byte for byte, by the front desk too,
and audited as a reprint."""

from __future__ import annotations

import csv
import json

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.cli_users import EXIT_NOT_SIGNED_IN

ADMIN, THERAPIST, DESK = ("Ana", "admin pass 1"), ("Ben", "therapist 22"), ("Dee", "front desk 333")


@pytest.fixture
def run(capsys, monkeypatch, data_dir):
    """Run a command on the test's data folder, signed in as (name, password) when given."""

    def run(*args, who=None, new_password=None):
        monkeypatch.delenv("PTPLANNER_NEW_PASSWORD", raising=False)
        if new_password is not None:
            monkeypatch.setenv("PTPLANNER_NEW_PASSWORD", new_password)
        options = ["--data-dir", str(data_dir)]
        if who is not None:
            options += ["--user", who[0]]
            monkeypatch.setenv("PTPLANNER_PASSWORD", who[1])
        code = main([*options, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def printed(run, tmp_path, monkeypatch):
    """The demo clinic with accounts; the therapist printed Robert Chen's handout twice (normal, then
    large print)."""
    assert run("demo")[0] == EXIT_OK
    monkeypatch.setenv("PTPLANNER_PASSWORD", ADMIN[1])
    assert run("users", "add", ADMIN[0], "--role", "admin")[0] == EXIT_OK
    for (name, password), role in ((THERAPIST, "therapist"), (DESK, "front-desk")):
        assert run("users", "add", name, "--role", role, who=ADMIN, new_password=password)[0] == EXIT_OK
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert run("handout", "Robert Chen", "--out", str(first), who=THERAPIST)[0] == EXIT_OK
    assert run("handout", "Robert Chen", "--out", str(second), "--large-print", who=THERAPIST)[0] == EXIT_OK
    return first.read_bytes(), second.read_bytes()


def test_the_front_desk_reprints_the_newest_handout_byte_for_byte_and_it_is_audited(run, printed, tmp_path):
    first, second = printed
    assert first != second
    out = tmp_path / "again.pdf"
    code, said, err = run("reprint", "Robert Chen", "--out", str(out), who=DESK)
    assert code == EXIT_OK, err
    assert out.read_bytes() == second
    assert said.startswith("Wrote the handout printed for Robert Chen on ") and str(out) in said

    code, _, err = run("reprint", "Robert Chen", "--out", str(out), "--which", "2", who=DESK)
    assert code == EXIT_OK, err
    assert out.read_bytes() == first

    trail = tmp_path / "trail.csv"
    assert run("audit", "--user", DESK[0], "--out", str(trail), who=ADMIN)[0] == EXIT_OK
    rows = list(csv.DictReader(trail.open()))
    assert [(row["action"], json.loads(row["details"])["reprint"]) for row in rows] == [("print", True)] * 2


def test_the_front_desk_may_reprint_but_not_print_a_new_handout(run, printed, tmp_path):
    code, out, err = run("handout", "Robert Chen", "--out", str(tmp_path / "new.pdf"), who=DESK)
    assert (code, out) == (EXIT_NOT_SIGNED_IN, "")
    assert err == "ptplanner: a front-desk account may not run 'ptplanner handout'\n"
    assert not (tmp_path / "new.pdf").exists()


def test_a_handout_that_was_never_printed_is_refused_in_one_line(run, printed, tmp_path):
    out = tmp_path / "x.pdf"
    code, _, err = run("reprint", "Robert Chen", "--out", str(out), "--which", "3", who=DESK)
    assert code == EXIT_PROBLEMS and err.count("\n") == 1
    assert "counts the 2 handout(s) printed for Robert Chen from 1 (the newest), not 3" in err
    code, _, err = run("reprint", "Ahmed Haddad", "--out", str(out), who=DESK)
    assert code == EXIT_PROBLEMS and "no handout was printed for Ahmed Haddad yet" in err
    assert not out.exists()


def test_reprint_needs_a_sign_in_when_sign_in_is_on(run, printed, tmp_path):
    code, _, err = run("reprint", "Robert Chen", "--out", str(tmp_path / "x.pdf"))
    assert code == EXIT_NOT_SIGNED_IN and "--user NAME" in err
