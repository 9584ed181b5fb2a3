"""`ptplanner audit` and `ptplanner audit verify`, run as an administrator would, on a real data folder."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from ptplanner.app.workspace import Workspace


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clinic(capsys, data_dir, tmp_path):
    """The demo clinic (its clinic settings, then one import row per patient), then Robert Chen exported:
    14 rows."""
    run(capsys, data_dir, "demo")
    code, _, _ = run(capsys, data_dir, "export", "Robert Chen", "--out", str(tmp_path / "robert.json"))
    assert code == EXIT_OK
    return data_dir


def robert_id(data_dir) -> str:
    workspace = Workspace.open(data_dir)
    try:
        return workspace.store.find_patients("Robert Chen")[0].id
    finally:
        workspace.close()


def test_lists_rows_oldest_first_and_filters_them(capsys, clinic):
    code, out, _ = run(capsys, clinic, "audit")
    lines = out.splitlines()
    assert code == EXIT_OK and lines[0].split()[:3] == ["ID", "WHEN", "(LOCAL)"]
    assert [line.split()[0] for line in lines[1:]] == [str(number) for number in range(1, 15)]
    assert "export" in lines[-1] and "Robert" not in out  # ids only, never a name

    code, out, _ = run(capsys, clinic, "audit", "--patient", "Robert Chen")
    assert [line.split()[5] for line in out.splitlines()[1:]] == ["import", "export"]
    code, out, _ = run(capsys, clinic, "audit", "--user", "nobody-at-all")
    assert (code, out) == (EXIT_OK, "No audit rows match.\n")
    code, out, _ = run(capsys, clinic, "audit", "--since", "2999-01-01")
    assert out == "No audit rows match.\n"


def test_an_erased_patients_rows_are_found_by_their_id(capsys, clinic):
    patient_id = robert_id(clinic)
    workspace = Workspace.open(clinic)
    try:
        workspace.store.erase_patient(patient_id)
    finally:
        workspace.close()
    code, out, _ = run(capsys, clinic, "audit", "--patient", patient_id)
    assert [line.split()[5] for line in out.splitlines()[1:]] == ["import", "export", "erase"]


def test_writes_csv_with_a_header(capsys, clinic, tmp_path):
    target = tmp_path / "trail.csv"
    code, out, _ = run(capsys, clinic, "audit", "--patient", robert_id(clinic), "--out", str(target))
    assert code == EXIT_OK and out == f"Wrote 2 audit row(s) to {target}\n"
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert list(rows[0]) == ["id", "at_utc", "user", "workstation", "action", "patient_id", "details"]
    assert [row["action"] for row in rows] == ["import", "export"]
    assert rows[1]["at_utc"].endswith("+00:00") and rows[1]["details"].startswith('{"programs":[')
    assert target.stat().st_mode & 0o077 == 0  # private, like every file with patient ids


def test_bad_since_and_missing_folder_are_told_plainly(capsys, clinic, tmp_path):
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(clinic), "audit", "--since", "31/03/2026"])
    assert stopped.value.code == EXIT_USAGE
    assert "'31/03/2026' is not a day written YYYY-MM-DD" in capsys.readouterr().err
    code, _, err = run(capsys, clinic, "audit", "--out", str(tmp_path / "nowhere" / "trail.csv"))
    assert code == EXIT_PROBLEMS and err == f"ptplanner: the folder {tmp_path / 'nowhere'} does not exist\n"


def tamper(data_dir, *statements: str) -> None:
    workspace = Workspace.open(data_dir)
    try:
        with workspace.database.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        workspace.close()


def test_verify_says_ok_for_an_intact_chain(capsys, clinic):
    assert run(capsys, clinic, "audit", "verify") == (EXIT_OK, "ok: 14 audit rows, chain intact\n", "")


def test_verify_names_an_edited_row(capsys, clinic):
    tamper(clinic, "UPDATE audit_events SET actor = 'someone-else' WHERE id = 5")
    code, out, err = run(capsys, clinic, "audit", "verify")
    assert (code, out) == (EXIT_PROBLEMS, "")
    assert err == ("ptplanner: the audit trail was tampered with: row 5 was edited: its content no longer "
                   "matches its hash (4 rows before it are intact)\n")


def test_verify_names_the_row_after_a_deleted_one(capsys, clinic):
    tamper(clinic, "DELETE FROM audit_events WHERE id = 7")
    code, _, err = run(capsys, clinic, "audit", "verify")
    assert code == EXIT_PROBLEMS and "the row before row 8 is missing (deleted)" in err


def test_an_empty_trail_is_intact(capsys, data_dir):
    assert run(capsys, data_dir, "audit") == (EXIT_OK, "No audit rows match.\n", "")
    assert run(capsys, data_dir, "audit", "verify") == (EXIT_OK, "ok: 0 audit rows, chain intact\n", "")


def test_an_account_or_workstation_named_like_a_formula_is_written_as_text(capsys, data_dir, tmp_path):
    from ptplanner.app.audit import AuditEvent, audit_csv

    events = [
        AuditEvent(1, datetime(2026, 12, 1, tzinfo=UTC), "=HYPERLINK(\"http://x\",\"y\")", "@desk", "export",
                   "p1", {}),
        AuditEvent(2, datetime(2026, 12, 1, tzinfo=UTC), "ana", "front-desk", "export", "p1", {}),
    ]
    rows = list(csv.DictReader(io.StringIO(audit_csv(events))))
    assert rows[0]["user"] == "'=HYPERLINK(\"http://x\",\"y\")" and rows[0]["workstation"] == "'@desk"
    assert rows[1]["user"] == "ana" and rows[1]["workstation"] == "front-desk"  # plain names as they are
