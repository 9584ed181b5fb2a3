"""Clinical names are for the therapist and the surgeon: the report prints them, the handout never does."""

import re

import pytest
from handout_samples import build, library, make_patient, make_program, pdf_text
from test_report import EVERY_OTHER_DAY, HOSTILE, ODI, patient, report_of, text_of, two_stages

from ptplanner.core.program import Program


def _with_clinical_names(program: Program, **names: tuple[str, tuple[str, ...]]) -> Program:
    stages = []
    for stage in program.stages:
        items = []
        for item in stage.items:
            clinical, abbreviations = names.get(item.id, (None, ()))
            names_now = {"clinical_name": clinical, "abbreviations": abbreviations}
            exercise = item.exercise.model_copy(update=names_now)
            items.append(item.model_copy(update={"exercise": exercise}))
        stages.append(stage.model_copy(update={"items": tuple(items)}))
    return program.model_copy(update={"stages": tuple(stages)})


@pytest.mark.parametrize("stage_index", [0, 1, 2, 3])
def test_the_handout_keeps_the_patients_names_and_never_prints_a_clinical_one(stage_index):
    who = make_patient()
    program = make_program(who, stage_index=stage_index)
    text = pdf_text(build(who, program, stage_index=stage_index).pdf)
    items = program.stages[stage_index].items
    checked = 0
    for item in items:
        exercise = library().get(item.exercise.id)
        assert exercise.name in text or exercise.name.split()[0] in text
        if exercise.clinical_name and exercise.clinical_name.casefold() != exercise.name.casefold():
            assert exercise.clinical_name not in text, exercise.id
            checked += 1
        for abbreviation in exercise.abbreviations:
            if abbreviation.casefold() not in exercise.name.casefold():
                assert not re.search(rf"\b{re.escape(abbreviation)}\b", text), (exercise.id, abbreviation)
    assert checked >= 4  # the bundled exercises carry clinical names, so the test has something to check


def test_the_report_names_the_program_clinically():
    bridge = ("Gluteal bridge (supine hip extension)", ("glute max",))
    program = _with_clinical_names(two_stages(), bridge=bridge)
    text = text_of(report_of(patient(), program, EVERY_OTHER_DAY, ODI).pdf)
    assert "1 Gluteal bridge (supine hip extension) 10 reps, 1/day, 7/wk 50%" in text


def test_an_exercise_without_a_clinical_name_is_reported_by_its_own_name():
    text = text_of(report_of(patient(), two_stages(exercise="Wall push"), EVERY_OTHER_DAY, ODI).pdf)
    assert "1 Wall push 10 reps" in text


def test_a_hostile_clinical_name_prints_literally():
    program = _with_clinical_names(two_stages(), bridge=(HOSTILE, ()))
    text = text_of(report_of(patient(), program, EVERY_OTHER_DAY, ODI).pdf)
    assert '<b>Zoë</b> & "Ivan"' in text and "/etc/passwd" in text
