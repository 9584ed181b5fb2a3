"""Text ptplanner cannot print correctly is named before printing: in the handout's and the report's
warnings (shown by the preview), and on the command line for handouts, reports and the catalog."""

from __future__ import annotations

import pytest
from handout_samples import build, library, make_patient

from ptplanner.cli import EXIT_OK, main
from ptplanner.core.exercise import Origin
from ptplanner.core.library import Library
from ptplanner.handouts.catalog import build_catalog
from ptplanner.app.workspace import Workspace
from tests.handouts.test_report import EVERY_OTHER_DAY, ODI, report_of, two_stages
from tests.handouts.test_report import patient as report_patient

NKO = "ߒߞߏ"  # N'Ko: a joining script the bundled font draws, but only letter by letter
UNJOINED = "ptplanner cannot join or combine the letters of N'Ko text"


def nko_exercise():
    return library().active()[0].model_copy(update={"id": "nko-bridge", "name": NKO, "origin": Origin.CLINIC})


def test_hebrew_and_arabic_print_without_warnings():
    assert build(make_patient(name="שרה כהן محمد")).warnings == ()


def test_a_script_that_needs_joining_is_named_with_where_it_is():
    warnings = build(make_patient(name=f"Sara {NKO}")).warnings
    assert len(warnings) == 1
    assert UNJOINED in warnings[0] and "the patient's name" in warnings[0]
    assert "Sara" not in warnings[0]  # never the patient's data itself


def test_the_report_names_it_too():
    report = report_of(report_patient(assessment=NKO), two_stages(), EVERY_OTHER_DAY, ODI)
    assert any(UNJOINED in warning for warning in report.warnings)


def test_the_catalog_names_it_with_the_exercise(tmp_path):
    exercise = nko_exercise()
    catalog = build_catalog(Library({exercise.id: exercise}), font_folders=())
    assert len(catalog.warnings) == 1 and "the exercise nko-bridge" in catalog.warnings[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    workspace = Workspace.open(data_dir)
    try:
        store = workspace.store
        zofia = store.find_patients("Zofia")[0]
        store.save_patient(zofia.model_copy(update={"name": f"Zofia {NKO}", "notes": NKO}))
        store.save_clinic_exercise(nko_exercise())
    finally:
        workspace.close()
    return data_dir


@pytest.mark.parametrize("command", [["handout", "Zofia"], ["report", "Zofia"], ["library", "catalog"]])
def test_the_command_line_warns(capsys, demo_dir, tmp_path, command):
    code = main(["--data-dir", str(demo_dir), *command, "--out", str(tmp_path / "out.pdf")])
    _out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    assert f"warning: {UNJOINED}" in err
    assert "Zofia" not in err.split(UNJOINED)[1]
