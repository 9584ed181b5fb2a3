from datetime import date

import pytest

from ptplanner.core.dosage import Dosage
from ptplanner.core.library import load_library
from ptplanner.core.templates import load_templates

TODAY = date(2024, 6, 3)
CLAMSHELL_DOSE = {"sets": 3, "reps": 10, "times_per_day": 2}


def template_dict(**changes) -> dict:
    return {
        "id": "early-fusion",
        "name": "Early after fusion",
        "description": "First three months after a lumbar fusion.",
        "stages": [
            {
                "name": "Protection",
                "start_week": 0,
                "end_week": 6,
                "goals": [{"text": "Strengthen your buttocks", "taught_by": ["bridge", "clamshell"]}],
                "precautions": ["No bending, lifting or twisting"],
                "items": [
                    {"exercise": "bridge"},
                    {
                        "exercise": "clamshell",
                        "dosage": dict(CLAMSHELL_DOSE),
                        "note": "Keep the pelvis still",
                    },
                ],
                "walking": {
                    "baseline_minutes_per_day": 10,
                    "weekly_increase_minutes": 5,
                    "target_minutes_per_day": 30,
                },
            },
            {"name": "Stabilization", "start_week": 6, "items": [{"exercise": "clamshell"}]},
        ],
        **changes,
    }


@pytest.fixture
def library(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(id="bridge"))
    write_exercise(exercise_dict(id="clamshell", name="Clamshell", dosage={"reps": 15}))
    return load_library(library_dir)


@pytest.fixture
def templates_dir(library_dir):
    return library_dir / "templates"


def test_a_valid_template_loads_without_problems(library, templates_dir, write_toml):
    write_toml(templates_dir / "early.toml", template_dict())
    templates, problems = load_templates(templates_dir, library)
    assert problems == []
    template = templates["early-fusion"]
    assert [stage.name for stage in template.stages] == ["Protection", "Stabilization"]
    assert template.exercise_ids() == {"bridge", "clamshell"}
    assert template.stages[0].walking.target_minutes_per_day == 30


def test_an_unknown_exercise_is_reported_with_file_and_field(library, templates_dir, write_toml):
    data = template_dict()
    data["stages"][1]["items"].insert(0, {"exercise": "moon-walk"})
    write_toml(templates_dir / "early.toml", data)
    templates, problems = load_templates(templates_dir, library)
    assert [str(problem) for problem in problems] == [
        "templates/early.toml: stages[2].items[1].exercise: 'moon-walk' is not in the library"
    ]
    assert "early-fusion" in templates


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda data: data.pop("name"), "name"),
        (lambda data: data.update(stages=[]), "stages"),
        (lambda data: data["stages"][0].update(start_week=-1), "stages[1].start_week"),
        (lambda data: data["stages"][1].update(end_week=6), "stages[2]"),
        (lambda data: data.update(stages=data["stages"] * 7), "stages"),
        (lambda data: data["stages"][1].update(items=[{"exercise": "bridge"}] * 81), "stages[2].items"),
        (
            lambda data: data["stages"][0]["items"][1]["dosage"].update(reps=0),
            "stages[1].items[2].dosage.reps",
        ),
        (lambda data: data["stages"][0]["walking"].update(target_minutes_per_day=5), "stages[1].walking"),
        (lambda data: data.update(colour="red"), "colour"),
    ],
)
def test_a_bad_template_is_reported_with_file_and_field(library, templates_dir, write_toml, change, field):
    data = template_dict()
    change(data)
    write_toml(templates_dir / "bad.toml", data)
    write_toml(templates_dir / "good.toml", template_dict(id="good"))
    templates, problems = load_templates(templates_dir, library)
    assert [(problem.file, problem.field) for problem in problems] == [("templates/bad.toml", field)]
    assert list(templates) == ["good"]


def test_bad_toml_and_duplicate_ids_are_reported(library, templates_dir, write_toml):
    write_toml(templates_dir / "a.toml", template_dict())
    write_toml(templates_dir / "b.toml", template_dict(name="Copy"))
    (templates_dir / "c.toml").write_text("id = ", encoding="utf-8")
    templates, problems = load_templates(templates_dir, library)
    assert [(problem.file, problem.field) for problem in problems] == [
        ("templates/b.toml", "id"),
        ("templates/c.toml", "(whole file)"),
    ]
    assert templates["early-fusion"].name == "Early after fusion"


def test_a_missing_templates_folder_gives_no_templates(library, templates_dir):
    assert load_templates(templates_dir, library) == ({}, [])


def test_instantiate_copies_library_exercises_and_their_default_dosages(library, templates_dir, write_toml):
    write_toml(templates_dir / "early.toml", template_dict())
    template = load_templates(templates_dir, library)[0]["early-fusion"]
    program = template.instantiate(library, patient_id="patient-1", today=TODAY)

    assert (program.patient_id, program.title, program.template_id, program.created_on) == (
        "patient-1",
        "Early after fusion",
        "early-fusion",
        TODAY,
    )
    protection, stabilization = program.stages
    assert (protection.week_range(), stabilization.week_range()) == ("weeks 0 to 6", "from week 6")
    assert protection.goals == ("Strengthen your buttocks",)
    assert protection.walking == template.stages[0].walking
    bridge, clamshell = protection.items
    assert (bridge.exercise, bridge.dosage) == (library.get("bridge"), library.get("bridge").dosage)
    assert (clamshell.dosage, clamshell.note) == (Dosage(**CLAMSHELL_DOSE), "Keep the pelvis still")
    assert stabilization.items[0].dosage == Dosage(reps=15)
    assert program.current_stage() == protection


def test_instantiate_skips_exercises_missing_from_the_library(library, templates_dir, write_toml):
    data = template_dict()
    data["stages"][0]["items"].append({"exercise": "moon-walk"})
    write_toml(templates_dir / "early.toml", data)
    template = load_templates(templates_dir, library)[0]["early-fusion"]
    program = template.instantiate(library, patient_id="patient-1", today=TODAY)
    assert [item.exercise.id for item in program.items()] == ["bridge", "clamshell", "clamshell"]


def test_each_program_from_a_template_is_its_own(
    library, templates_dir, write_toml, exercise_dict, write_exercise, library_dir
):
    write_toml(templates_dir / "early.toml", template_dict())
    template = load_templates(templates_dir, library)[0]["early-fusion"]
    first = template.instantiate(library, patient_id="patient-1", today=TODAY)
    second = template.instantiate(library, patient_id="patient-2", today=TODAY)
    assert first.id != second.id
    assert not {item.id for item in first.items()} & {item.id for item in second.items()}

    write_exercise(exercise_dict(id="bridge", name="Bridge, edited later"))
    edited_library = load_library(library_dir)
    assert edited_library.get("bridge").name == "Bridge, edited later"
    assert first.items()[0].exercise.name == "Bridge"


def test_a_goal_names_the_exercises_of_its_own_stage_that_teach_it(library, templates_dir, write_toml):
    data = template_dict()
    data["stages"][0]["goals"] += [
        "Walk every day",  # plain text: loads, and is reported for naming no exercise
        {"text": "Loosen your hips", "taught_by": ["clamshell", "moon-walk"]},
    ]
    data["stages"][1]["goals"] = [{"text": "Bridge higher", "taught_by": ["bridge"]}]  # bridge is in stage 1
    write_toml(templates_dir / "early.toml", data)
    templates, problems = load_templates(templates_dir, library)
    assert [(problem.field, problem.message) for problem in problems] == [
        ("stages[1].goals[2]", "names no exercise of this stage that teaches it (taught_by)"),
        ("stages[1].goals[3].taught_by", "'moon-walk' is not one of this stage's exercises"),
        ("stages[2].goals[1].taught_by", "'bridge' is not one of this stage's exercises"),
    ]
    assert {problem.file for problem in problems} == {"templates/early.toml"}
    program = templates["early-fusion"].instantiate(library, patient_id="patient-1", today=TODAY)
    assert program.stages[0].goals == ("Strengthen your buttocks", "Walk every day", "Loosen your hips")


def test_a_stage_copies_what_it_is_for_into_the_program(library, templates_dir, write_toml):
    data = template_dict()
    data["stages"][1]["about"] = "Now you keep your back and hips steady."
    write_toml(templates_dir / "early.toml", data)
    templates, problems = load_templates(templates_dir, library)
    program = templates["early-fusion"].instantiate(library, "patient-1", TODAY)
    assert problems == []
    assert [stage.about for stage in program.stages] == ["", "Now you keep your back and hips steady."]
