"""`ptplanner handout --language`: a Spanish handout from the command line, and a warning on standard error
for an exercise that has no Spanish text (printed in English, marked)."""

from io import BytesIO

import pytest
from pypdf import PdfReader
from test_cli import run

from ptplanner.cli import EXIT_OK, main
from ptplanner.core.language import Language
from ptplanner.storage.handouts import handouts_for
from ptplanner.app.workspace import Workspace

MARK = "Este ejercicio está en inglés"


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    workspace = Workspace.open(data_dir)
    try:  # James's first exercise becomes the clinic's own wording, which has no Spanish text
        store = workspace.store
        patient = store.find_patients("James")[0]
        program = store.programs_for(patient.id)[0]
        stage = program.stages[program.current_stage_index()]
        item = stage.items[0]
        ours = item.exercise.model_copy(update={"name": "Our belly squeeze", "translations": {}})
        items = (item.model_copy(update={"exercise": ours}), *stage.items[1:])
        stage = stage.model_copy(update={"items": items})
        stages = tuple(stage if s.id == stage.id else s for s in program.stages)
        store.save_program(program.model_copy(update={"stages": stages}))
    finally:
        workspace.close()
    return data_dir


def test_language_es_prints_spanish_and_warns_of_an_exercise_with_no_spanish_text(capsys, demo_dir, tmp_path):
    out = tmp_path / "james.pdf"
    code, stdout, stderr = run(
        capsys, "--data-dir", str(demo_dir), "handout", "James", "--language", "es", "--out", str(out)
    )
    assert code == EXIT_OK, stderr
    assert "Español" in stdout
    warning = "Exercise 1 (Our belly squeeze) has no Spanish text: it prints in English, marked for the"
    assert f"warning: {warning} patient." in stderr.splitlines()
    text = text_of(out.read_bytes())
    assert "Sus límites" in text and "Cuándo pedir ayuda" in text and "Mi registro" in text
    assert f"{MARK}" in text and "1. Our belly squeeze" in text
    workspace = Workspace.open(demo_dir)
    try:
        patient = workspace.store.find_patients("James")[0]
        assert handouts_for(workspace.database, patient.id)[-1].options["language"] == "es"
    finally:
        workspace.close()


def test_without_the_option_the_patients_language_is_used(capsys, demo_dir, tmp_path):
    workspace = Workspace.open(demo_dir)
    try:
        patient = workspace.store.find_patients("Robert Chen")[0]
        workspace.store.save_patient(patient.model_copy(update={"language": Language.SPANISH}))
    finally:
        workspace.close()
    out = tmp_path / "robert.pdf"
    code, _, stderr = run(capsys, "--data-dir", str(demo_dir), "handout", "Robert Chen", "--out", str(out))
    assert code == EXIT_OK, stderr
    assert "Sus ejercicios" in text_of(out.read_bytes())
    english = tmp_path / "robert-en.pdf"
    command = ["--data-dir", str(demo_dir), "handout", "Robert Chen", "--language", "en", "--out", str(english)]
    code, _, stderr = run(capsys, *command)
    assert code == EXIT_OK, stderr
    assert "Your exercises" in text_of(english.read_bytes()) and "no Spanish text" not in stderr
