"""`ptplanner handout`, end to end on a demo data folder."""

import re
import shutil
import stat
from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from ptplanner.app.workspace import Workspace
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core import clock
from ptplanner.storage.handouts import handout_pdf, handouts_for


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """One demo clinic for the module; each test prints for a different patient."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    return data_dir


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


def test_handout_writes_a_private_pdf_of_the_current_program_and_records_it(capsys, demo_dir, tmp_path):
    out = tmp_path / "zofia.pdf"
    code, stdout, stderr = run(capsys, "--data-dir", str(demo_dir), "handout", "Zofia", "--out", str(out))
    assert code == EXIT_OK, stderr
    assert "Wrote the handout for Zofia Łukasiewicz" in stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pdf = out.read_bytes()
    text = _text(pdf)
    assert "Zofia Łukasiewicz" in text and "My exercise log" in text
    assert PdfReader(BytesIO(pdf)).pages[0].mediabox.width == pytest.approx(612)  # letter, the default

    workspace = Workspace.open(demo_dir)
    try:
        patient = workspace.store.find_patients("Zofia")[0]
        records = handouts_for(workspace.database, patient.id)
        assert len(records) == 1 and records[0].options["paper"] == "letter"
        assert handout_pdf(workspace.database, records[0].id) == pdf
    finally:
        workspace.close()


def test_handout_options_a4_large_print_no_log_sheet(capsys, demo_dir, tmp_path):
    out = tmp_path / "ivan.pdf"
    code, _, stderr = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "handout",
        "Ivan",
        "--out",
        str(out),
        "--paper",
        "a4",
        "--large-print",
        "--no-log-sheet",
    )
    assert code == EXIT_OK, stderr
    reader = PdfReader(BytesIO(out.read_bytes()))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)
    assert "My exercise log" not in _text(out.read_bytes())


@pytest.mark.parametrize(
    ("patient", "out", "message"),
    [
        ("Nobody Here", "x.pdf", "no patient matches 'Nobody Here'"),
        ("a", "x.pdf", "matches"),
        ("Zofia", "missing-folder/x.pdf", "does not exist"),
    ],
)
def test_handout_problems_are_explained(capsys, demo_dir, tmp_path, patient, out, message):
    code, _, stderr = run(
        capsys, "--data-dir", str(demo_dir), "handout", patient, "--out", str(tmp_path / out)
    )
    assert code == EXIT_PROBLEMS
    assert message in stderr
    assert not (tmp_path / out).exists()


def test_handout_of_a_bad_paper_is_a_usage_error(capsys, demo_dir, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--data-dir",
                str(demo_dir),
                "handout",
                "Zofia",
                "--out",
                str(tmp_path / "x.pdf"),
                "--paper",
                "legal",
            ]
        )
    assert exit_info.value.code == 2
    assert "invalid choice: 'legal'" in capsys.readouterr().err


def _log_weeks(pdf: bytes) -> int:
    """The last week the log sheet covers ("My exercise log: weeks 1 and 2, ...", "...: week 3, ...")."""
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    titles = re.findall(r"My exercise log:\s+weeks? (\d+)(?: and (\d+))?", text)  # a long title breaks
    if titles:
        return max(int(last or first) for first, last in titles)
    # One table: no week numbers, its days from the first to the last ("December 4 to December 17")
    first, last = re.search(r"My exercise log:\s+(\w+ \d+)\s+to\s+(\w+ \d+)", text).groups()
    year = clock.today().year  # the sheet starts today: its year (a fixed one fails on February 29)
    start, end = (datetime.strptime(f"{day} {year}", "%B %d %Y").date() for day in (first, last))
    if end < start:  # a sheet across New Year
        end = end.replace(year=year + 1)
    return ((end - start).days + 1) // 7


def test_handout_of_a_chosen_stage_with_more_log_weeks(capsys, demo_dir, tmp_path):
    out = tmp_path / "william.pdf"  # William Brooks is in stage 3 of 4
    code, stdout, stderr = run(
        capsys, "--data-dir", str(demo_dir), "handout", "William", "--out", str(out), "--stage", "2",
        "--log-weeks", "3",
    )
    assert code == EXIT_OK, stderr
    assert "(Stage 2 of 4: Stabilization, weeks 6 to 12; " in stdout
    text = _text(out.read_bytes())
    assert "Bird dog, leg only" in text and "Clamshell" in text  # stage 2's exercises
    assert "Small lunge" not in text and "Plank on your knees" not in text  # not those of stage 3
    assert _log_weeks(out.read_bytes()) == 3

    workspace = Workspace.open(demo_dir)
    try:
        record = handouts_for(workspace.database, workspace.store.find_patients("William")[0].id)[0]
        assert record.options["stage_index"] == 1 and record.options["log_weeks"] == 3
    finally:
        workspace.close()


def test_handout_names_the_current_stage_it_printed(capsys, demo_dir, tmp_path):
    out = tmp_path / "grace.pdf"  # Grace Nakamura is in the last of 3 stages
    code, stdout, stderr = run(capsys, "--data-dir", str(demo_dir), "handout", "Grace", "--out", str(out))
    assert code == EXIT_OK, stderr
    assert "(Stage 3 of 3: Standing control, from week 16; " in stdout
    assert _log_weeks(out.read_bytes()) == 2  # the default


@pytest.mark.parametrize("stage", ["5", "0", "-1"])
def test_a_stage_the_program_does_not_have_is_refused_with_the_range(capsys, demo_dir, tmp_path, stage):
    out = tmp_path / "x.pdf"
    code, stdout, stderr = run(
        capsys, "--data-dir", str(demo_dir), "handout", "Patricia", "--out", str(out), "--stage", stage
    )
    assert code == EXIT_PROBLEMS and stdout == ""
    assert f"there is no stage {stage}. Choose a stage from 1 to 4." in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--log-weeks", "9", "argument --log-weeks: a log sheet covers 1 to 8 weeks, not 9"),
        ("--log-weeks", "0", "argument --log-weeks: a log sheet covers 1 to 8 weeks, not 0"),
        ("--log-weeks", "two", "argument --log-weeks: 'two' is not a whole number"),
        ("--stage", "2.5", "argument --stage: '2.5' is not a whole number"),
    ],
)
def test_bad_numbers_are_usage_errors(capsys, demo_dir, tmp_path, option, value, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(demo_dir), "handout", "Patricia", "--out", str(tmp_path / "x.pdf"), option,
              value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_after_a_crash_a_command_that_saves_says_it_checks_the_database_first(
    capsys, tmp_path, demo_dir, monkeypatch
):
    from ptplanner.storage import clean_close, sqlite_file

    data_dir = tmp_path / "data"
    shutil.copytree(demo_dir, data_dir)
    clean_close.mark_path(data_dir / sqlite_file.DATABASE_FILE).unlink(missing_ok=True)  # as after a crash
    monkeypatch.setattr(sqlite_file, "CHECK_BEFORE_OPENING_BYTES", 0)  # a big clinic
    code, _, stderr = run(capsys, "--data-dir", str(data_dir), "patients")
    assert code == EXIT_OK and "not closed properly" not in stderr  # reading does not wait
    out = tmp_path / "ivan.pdf"
    code, stdout, stderr = run(capsys, "--data-dir", str(data_dir), "handout", "Ivan", "--out", str(out))
    assert code == EXIT_OK and "Wrote the handout for Ivan Petrov" in stdout
    assert "not closed properly, so it checks the database before saving" in stderr
    code, _, stderr = run(capsys, "--data-dir", str(data_dir), "handout", "Ivan", "--out", str(out))
    assert code == EXIT_OK and "not closed properly" not in stderr  # checked whole and closed cleanly
