"""A bad library file is reported as `file: field: message` and never stops the good files loading."""

import pytest

from ptplanner.core.exercise import Origin
from ptplanner.core.library import MAX_FILE_BYTES, Library, load_library, read_exercise_file
from ptplanner.core.problems import Problem


def fields_reported(library: Library, file_name: str) -> list[str]:
    return [problem.field for problem in library.problems if problem.file == file_name]


@pytest.fixture
def good_file(exercise_dict, write_exercise):
    """A valid exercise beside every bad one, which must still load."""
    return write_exercise(exercise_dict(id="good-one", name="Good one"))


def test_a_folder_of_good_files_loads_without_problems(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(id="bridge", easier=["clamshell"]))
    write_exercise(exercise_dict(id="clamshell", harder=["bridge"]))
    library = load_library(library_dir)
    assert library.problems == []
    assert sorted(library.exercises) == ["bridge", "clamshell"]
    assert library.get("bridge").easier == ("clamshell",)
    assert library.get("bridge").origin is Origin.BUNDLED


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [  # a change to None leaves the field out of the file
        ({"stop_if": None}, "stop_if", "missing (required)"),
        ({"dosage": None}, "dosage", "missing (required)"),
        ({"earliest_stage": "two"}, "earliest_stage", "valid integer"),
        ({"regions": "hip"}, "regions", "Input should be a list (got 'hip')"),
        ({"dosage": "10 reps"}, "dosage", "Input should be a table (got '10 reps')"),
        ({"name": 42}, "name", "valid string"),
        ({"category": "yoga"}, "category", "(got 'yoga')"),
        ({"position": "upside down"}, "position", "(got 'upside down')"),
        ({"regions": ["hip", "elbow"]}, "regions[2]", "(got 'elbow')"),
        ({"dosage": {"reps": -3}}, "dosage.reps", "greater than or equal to 1 (got -3)"),
        ({"dosage": {"reps": 0}}, "dosage.reps", "greater than or equal to 1 (got 0)"),
        ({"dosage": {"reps": 10_000}}, "dosage.reps", "less than or equal to 100 (got 10000)"),
        ({"dosage": {"sets": 2}}, "dosage", "give reps, a hold time, a duration, or a note"),
        ({"dosage": {"sets": 2, "duration_minutes": 5}}, "dosage", "sets need reps or a hold time"),
        ({"earliest_stage": 5}, "earliest_stage", "less than or equal to 4"),
        ({"colour": "red"}, "colour", "unknown field"),
        ({"dosage": {"reps": 10, "speed": "fast"}}, "dosage.speed", "unknown field"),
        ({"steps": ["Lie down.", "  "]}, "steps", "an entry is blank"),
        ({"steps": []}, "steps", "at least 1 item"),
        ({"id": "Bad Id"}, "id", "(got 'Bad Id')"),
        ({"origin": "clinic"}, "origin", "set by ptplanner, not by library files"),
    ],
)
def test_a_bad_field_is_reported_with_file_and_field(
    exercise_dict, write_exercise, library_dir, good_file, changes, field, message
):
    data = {
        key: value
        for key, value in exercise_dict(**{"id": "bad-file", **changes}).items()
        if value is not None
    }
    write_exercise(data, "bad.toml")
    library = load_library(library_dir)
    [problem] = library.problems
    assert (problem.file, problem.field) == ("bad.toml", field)
    assert message in problem.message
    assert str(problem) == f"bad.toml: {field}: {problem.message}"
    assert list(library.exercises) == ["good-one"]


def test_a_link_to_itself_names_the_link_field(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(id="bridge", harder=["bridge"]))
    assert [problem.field for problem in load_library(library_dir).problems] == ["harder"]


def test_bad_toml_syntax_is_reported_for_the_whole_file(library_dir, good_file):
    (library_dir / "broken.toml").write_text('id = "broken"\nname = "Unclosed\n', encoding="utf-8")
    library = load_library(library_dir)
    [problem] = library.problems
    assert (problem.file, problem.field) == ("broken.toml", "(whole file)")
    assert problem.message.startswith("not valid TOML: ")
    assert "line 2" in problem.message
    assert list(library.exercises) == ["good-one"]


def test_a_file_that_is_not_utf8_is_reported(library_dir, good_file):
    (library_dir / "latin1.toml").write_bytes('id = "caf\xe9"\n'.encode("latin-1"))
    library = load_library(library_dir)
    assert [str(problem) for problem in library.problems] == ["latin1.toml: (whole file): not UTF-8 text"]
    assert list(library.exercises) == ["good-one"]


def test_a_file_too_large_is_refused_before_it_is_read(exercise_dict, write_exercise, library_dir, good_file):
    path = write_exercise(exercise_dict(id="huge"))
    with path.open("a", encoding="utf-8") as file:
        file.write("# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    library = load_library(library_dir)
    assert [str(problem) for problem in library.problems] == ["huge.toml: (whole file): larger than 256 KiB"]
    assert list(library.exercises) == ["good-one"]


def test_a_duplicate_id_names_both_files_and_keeps_the_first(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(id="bridge", name="First"), "a-bridge.toml")
    write_exercise(exercise_dict(id="bridge", name="Second"), "b-bridge.toml")
    library = load_library(library_dir)
    assert [str(problem) for problem in library.problems] == [
        "b-bridge.toml: id: duplicate id 'bridge', also in a-bridge.toml"
    ]
    assert library.get("bridge").name == "First"


def test_a_broken_variation_link_is_reported_and_dropped(
    exercise_dict, write_exercise, library_dir, good_file
):
    write_exercise(exercise_dict(id="bridge", easier=["good-one", "no-such"], harder=["missing"]))
    library = load_library(library_dir)
    assert sorted(map(str, library.problems)) == [
        "bridge.toml: easier: links to 'no-such', which is not in the library",
        "bridge.toml: harder: links to 'missing', which is not in the library",
    ]
    assert library.get("bridge").easier == ("good-one",)
    assert library.get("bridge").harder == ()


def test_every_problem_in_a_file_is_listed(exercise_dict, write_exercise, library_dir, good_file):
    data = exercise_dict(id="bad-file", category="yoga", dosage={"reps": 0}, colour="red")
    del data["name"]
    write_exercise(data)
    library = load_library(library_dir)
    assert sorted(fields_reported(library, "bad-file.toml")) == ["category", "colour", "dosage.reps", "name"]
    assert list(library.exercises) == ["good-one"]


def test_problems_in_several_files_are_all_listed(exercise_dict, write_exercise, library_dir, good_file):
    write_exercise(exercise_dict(id="one", dosage={"reps": -3}))
    write_exercise(exercise_dict(id="two", category="yoga"))
    (library_dir / "three.toml").write_text("not = [valid", encoding="utf-8")
    library = load_library(library_dir)
    assert sorted((p.file, p.field) for p in library.problems) == [
        ("one.toml", "dosage.reps"),
        ("three.toml", "(whole file)"),
        ("two.toml", "category"),
    ]
    assert library.skipped_files() == ["one.toml", "three.toml", "two.toml"]
    assert list(library.exercises) == ["good-one"]


def test_read_exercise_file_returns_the_exercise_or_its_problems(exercise_dict, write_exercise):
    exercise, problems = read_exercise_file(write_exercise(exercise_dict(id="mine")), Origin.CLINIC)
    assert (exercise.id, exercise.origin, problems) == ("mine", Origin.CLINIC, [])
    exercise, problems = read_exercise_file(write_exercise(exercise_dict(id="bad", reps=3)))
    assert (exercise, problems) == (None, [Problem("bad.toml", "reps", "unknown field")])


def test_a_missing_file_or_folder_is_reported(tmp_path):
    assert read_exercise_file(tmp_path / "gone.toml")[1][0].message.startswith("cannot be read")
    library = load_library(tmp_path / "no-such-folder")
    assert (len(library), [p.field for p in library.problems]) == (0, ["(folder)"])


def test_only_toml_files_directly_in_the_folder_are_read(
    exercise_dict, write_exercise, write_toml, library_dir
):
    write_exercise(exercise_dict(id="bridge"))
    write_toml(library_dir / "templates" / "early.toml", {"id": "early", "name": "Early"})
    (library_dir / "README.md").write_text("not an exercise", encoding="utf-8")
    library = load_library(library_dir)
    assert (list(library.exercises), library.problems) == (["bridge"], [])


def test_archived_exercises_load_but_are_not_active(exercise_dict, write_exercise, library_dir):
    write_exercise(exercise_dict(id="bridge"))
    write_exercise(exercise_dict(id="old-one", archived=True))
    library = load_library(library_dir)
    assert len(library) == 2
    assert [exercise.id for exercise in library.active()] == ["bridge"]


def test_merging_clinic_exercises_rechecks_ids_and_links(
    make_exercise, exercise_dict, write_exercise, library_dir
):
    write_exercise(exercise_dict(id="bridge"))
    bundled = load_library(library_dir)
    linked = make_exercise(id="my-bridge", easier=["bridge"], origin="clinic")
    broken = make_exercise(id="my-march", harder=["nowhere"], origin="clinic")
    clash = make_exercise(id="bridge", name="Clinic bridge", origin="clinic")
    merged = bundled.merged_with([linked, broken, clash])
    assert sorted(merged.exercises) == ["bridge", "my-bridge", "my-march"]
    assert merged.get("bridge").name == "Bridge"
    assert merged.get("my-march").harder == ()
    assert sorted(map(str, merged.problems)) == [
        "bridge: id: duplicate id, already in the library",
        "my-march: harder: links to 'nowhere', which is not in the library",
    ]
