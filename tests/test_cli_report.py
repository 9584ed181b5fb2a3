"""`ptplanner report PATIENT --out FILE.pdf`, run on the demo clinic as a therapist would."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from pypdf import PdfReader

from ptplanner.app.workspace import Workspace
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core import clock
from ptplanner.core.patient import Patient
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.summary import current_program


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_report_prints_the_patients_progress(capsys, demo_dir, tmp_path):
    out_file = tmp_path / "robert.pdf"
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "report", "Robert Chen", "--out", str(out_file))
    assert code == EXIT_OK, err
    assert "warning" not in err  # the demo patients have their surgeon on record
    pages = len(PdfReader(out_file).pages)
    assert out.strip() == f"Wrote the progress report for Robert Chen ({pages} pages) to {out_file}"
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600  # health data: readable by this user only
    workspace = Workspace.open(demo_dir)
    try:
        (patient,) = workspace.store.find_patients("Robert Chen")
        program = current_program(workspace.store.programs_for(patient.id))
        entries = workspace.store.entries_for(program.id)
    finally:
        workspace.close()
    figures = progress_figures(program, entries, [], ProgressRules(), clock.today())
    text = text_of(out_file)
    assert "Progress report To:" in text and "Patient: Robert Chen" in text
    assert f"To: {patient.surgeon} (office {patient.surgeon_phone})" in text
    assert f"{figures.overall.percent:.0f}% of prescribed sessions done" in text


def test_report_on_a4_paper(capsys, demo_dir, tmp_path):
    out_file = tmp_path / "a4.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(demo_dir), "report", "Grace", "--out", str(out_file), "--paper", "a4"
    )
    assert code == EXIT_OK, err
    assert round(float(PdfReader(out_file).pages[0].mediabox.width)) == 595


def test_report_on_a_patient_without_a_program_says_so(capsys, demo_dir, tmp_path):
    workspace = Workspace.open(demo_dir)
    try:
        workspace.store.save_patient(Patient(name="Nora Newcomer", date_of_birth=date(1960, 5, 5)))
    finally:
        workspace.close()
    out_file = tmp_path / "nora.pdf"
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "Nora Newcomer", "--out", str(out_file))
    assert code == EXIT_PROBLEMS
    assert "Nora Newcomer has no program yet, so there is no progress to report" in err
    assert not out_file.exists()


@pytest.mark.parametrize(
    ("patient", "out", "message"),
    [
        ("Nobody Atall", "report.pdf", "no patient matches 'Nobody Atall'"),
        ("Robert Chen", "missing/report.pdf", "does not exist"),
    ],
)
def test_report_refuses_what_it_cannot_do(capsys, demo_dir, tmp_path, patient, out, message):
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "report", patient, "--out", str(tmp_path / out))
    assert code == EXIT_PROBLEMS
    assert message in err
