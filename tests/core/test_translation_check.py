"""`ptplanner library check` reports a translation that misses a field or does not match the English line
for line; a template's translation is checked the same way; a program's exercises are put in Spanish
where they have a text, and a copy made before its exercise was translated finds the library's."""

from __future__ import annotations

from datetime import date

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core.language import Language
from ptplanner.core.library import load_library
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.core.templates import ProgramTemplate
from ptplanner.core.translation import library_translation_problems, program_in

SPANISH = {
    "name": "Puente",
    "summary": "Levante la cadera para fortalecer las nalgas.",
    "steps": ["Acuéstese boca arriba.", "Apriete las nalgas y suba la cadera.", "Aguante y baje despacio."],
    "cues": ["No arquee la espalda."],
    "stop_if": "Pare si le duele la espalda.",
    "precautions": ["No suba la cadera de más."],
}


def check(capsys, folder) -> tuple[int, str]:
    code = main(["library", "check", str(folder)])
    return code, capsys.readouterr().out


def test_a_complete_translation_passes(capsys, exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(translations={"es": SPANISH}))
    assert check(capsys, library_dir)[0] == EXIT_OK


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"summary": None}, "bridge.toml: translations.es.summary: missing (required)"),
        ({"stop_if": None}, "bridge.toml: translations.es.stop_if: missing (required)"),
        (
            {"steps": SPANISH["steps"][:2]},
            "bridge.toml: translations.es.steps: has 2 lines where the English has 3",
        ),
        ({"cues": None}, "bridge.toml: translations.es.cues: has 0 lines where the English has 1"),
        (
            {"precautions": [*SPANISH["precautions"], "Otra."]},
            "bridge.toml: translations.es.precautions: has 2 lines where the English has 1",
        ),
    ],
)
def test_a_translation_missing_a_field_or_a_line_is_reported(
    capsys, exercise_dict, write_exercise, library_dir, change, expected
):
    spanish = {key: value for key, value in {**SPANISH, **change}.items() if value is not None}
    write_exercise(exercise_dict(translations={"es": spanish}))
    write_exercise(exercise_dict(id="clamshell", name="Clamshell"))  # the rest of the library still loads
    code, out = check(capsys, library_dir)
    assert code == EXIT_PROBLEMS
    assert expected in out
    assert "clamshell" not in out


def test_a_language_ptplanner_does_not_print_in_is_reported(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(translations={"fr": SPANISH}))
    problems = library_translation_problems(load_library(library_dir))
    expected = "bridge.toml: translations.fr: 'fr' is not a language ptplanner prints in"
    assert [str(p) for p in problems] == [expected]


def test_a_template_translation_with_a_missing_goal_is_refused():
    stage = {"name": "Protection", "start_week": 0, "end_week": 6, "goals": ["Heal.", "Walk."]}
    template = {"id": "short", "name": "Short", "stages": [stage]}

    def spanish(goals: list[str]) -> dict:
        return {"es": {"name": "Corto", "stages": [{"name": "Protección", "goals": goals}]}}

    ProgramTemplate.model_validate({**template, "translations": spanish(["Sanar.", "Caminar."])})
    with pytest.raises(ValueError, match="stage 1 has 1 goals where the English has 2"):
        ProgramTemplate.model_validate({**template, "translations": spanish(["Sanar."])})


def test_a_program_copy_made_before_the_translation_uses_the_librarys_while_its_english_is_the_same(
    make_exercise,
):
    old_copy = make_exercise()
    translated = make_exercise(translations={"es": SPANISH})
    edited = make_exercise(steps=("Lie down.", "Lift.", "Lower."))
    stage = Stage(
        name="Stabilization",
        start_week=6,
        items=(ProgramItem.of(old_copy), ProgramItem.of(edited)),
    )
    program = Program(patient_id="p", title="T", created_on=date(2025, 1, 1), stages=(stage,))
    spanish, english = program_in(program, Language.SPANISH, {"bridge": translated})
    first, second = spanish.stages[0].items
    assert first.exercise.name == "Puente" and first.exercise.steps == tuple(SPANISH["steps"])
    assert second.exercise.name == "Bridge" and english == {second.id}
    assert program_in(program, Language.ENGLISH, {"bridge": translated}) == (program, frozenset())


def test_a_stage_explained_in_english_needs_its_explanation_in_each_translation():
    stage = {"name": "Stabilization", "about": "Keep your hips steady.", "start_week": 0}
    template = {"id": "short", "name": "Short", "stages": [stage]}

    def spanish(**words: str) -> dict:
        return {"es": {"name": "Corto", "stages": [{"name": "Estabilidad", **words}]}}

    ready = ProgramTemplate.model_validate({**template, "translations": spanish(about="Caderas firmes.")})
    assert ready.phrases("es")["Keep your hips steady."] == "Caderas firmes."
    with pytest.raises(ValueError, match="stage 1 has 0 about where the English has 1"):
        ProgramTemplate.model_validate({**template, "translations": spanish()})
