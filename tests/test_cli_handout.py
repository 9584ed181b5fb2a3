"""`ptplanner handout`, end to end on a demo data folder."""

import stat
from io import BytesIO

import pytest
from pypdf import PdfReader

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.storage.handouts import handout_pdf, handouts_for
from ptplanner.workspace import Workspace


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
