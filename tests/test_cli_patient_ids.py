"""Patient ids on the command line: a patient is found by exactly its id before any id that begins with it
or any name, so every patient a database holds can be exported, printed and erased; and a patient file
whose ids could not be found that way (spaces, control characters, a name, `%`) is refused on import. The
exact id of a damaged record names that record as damaged, as a search finding it does."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from damaged_rows import NOT_JSON

from ptplanner.app.clinic import Clinic
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core.patient import Patient

LONG = "3442433a-5c1e-4f7b-9a0d-2b8e6c1f0a77"


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_patients(data_dir, patients: dict[str, str]) -> None:
    """Patients with these ids (id -> name), as an older ptplanner could have stored them."""
    clinic = Clinic.open(data_dir)
    try:
        for patient_id, name in patients.items():
            clinic.save_patient(Patient(id=patient_id, name=name, date_of_birth=date(1960, 1, 2)))
    finally:
        clinic.close()


def ids_left(data_dir) -> set[str]:
    clinic = Clinic.open(data_dir)
    try:
        return {p.id for p in clinic.find_patients("")}
    finally:
        clinic.close()


@pytest.fixture
def odd_ids(data_dir):
    """Ids that begin another's, read as another patient's name, or are blank or control characters."""
    add_patients(data_dir, {
        LONG: "Long Id", "3442433a": "Short Id", "Ahmed Haddad": "Named Like Him", "ahmed-1": "Ahmed Haddad",
        " ": "Blank Id", "ab\ncd": "Newline Id", "%": "Percent Id",
    })
    return data_dir


@pytest.mark.parametrize(
    "patient_id, name",
    [("3442433a", "Short Id"), (LONG, "Long Id"), ("Ahmed Haddad", "Named Like Him"), (" ", "Blank Id"),
     ("ab\ncd", "Newline Id"), ("%", "Percent Id")],
)
def test_a_patient_is_found_by_exactly_their_id_before_longer_ids_and_names(capsys, odd_ids, tmp_path,
                                                                               patient_id, name):
    out_file = tmp_path / "p.json"
    code, out, err = run(capsys, odd_ids, "export", patient_id, "--out", str(out_file))
    assert (code, err) == (EXIT_OK, "") and f"Exported {name} " in out
    assert json.loads(out_file.read_text(encoding="utf-8"))["patient"]["id"] == patient_id
    before = ids_left(odd_ids)
    code, _, err = run(capsys, odd_ids, "erase", patient_id, "--yes")
    assert (code, err) == (EXIT_OK, "")
    assert ids_left(odd_ids) == before - {patient_id}


def test_first_characters_and_names_still_find_a_patient_when_no_id_is_exactly_them(
    capsys, odd_ids, tmp_path
):
    code, out, _ = run(capsys, odd_ids, "export", "named like", "--out", str(tmp_path / "a.json"))
    assert code == EXIT_OK and "Exported Named Like Him " in out  # by name: no id is "named like"
    code, _, err = run(capsys, odd_ids, "export", "3442", "--out", str(tmp_path / "b.json"))
    assert code == EXIT_PROBLEMS and "'3442' matches 2 patients" in err and "give the id" in err


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> str:
    """Robert Chen's patient file, from the demo clinic."""
    folder = tmp_path_factory.mktemp("from")
    assert main(["--data-dir", str(folder / "data"), "demo"]) == EXIT_OK
    path = folder / "robert.json"
    assert main(["--data-dir", str(folder / "data"), "export", "Robert Chen", "--out", str(path)]) == EXIT_OK
    return path.read_text(encoding="utf-8")


def import_text(capsys, data_dir, tmp_path, text: str) -> tuple[int, str]:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, data_dir, "import", str(bad))
    assert not out
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"ptplanner: {bad}: ") and "Robert" not in err, err
    assert not (data_dir / "ptplanner.db").exists() or not ids_left(data_dir)
    return code, lines[0]


BAD_IDS = [" ", "ab\ncd", "Ahmed Haddad", "%", "-x", ".x", "a/b", "é", "x\n"]


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_a_patient_id_that_is_not_a_plain_token_is_refused(capsys, data_dir, tmp_path, exported, bad_id):
    record = json.loads(exported)
    text = exported.replace(json.dumps(record["patient"]["id"]), json.dumps(bad_id))  # the programs' too
    code, line = import_text(capsys, data_dir, tmp_path, text)
    assert code == EXIT_PROBLEMS
    # Named once, where it is given: the programs pointing at it say no more.
    assert line.endswith(
        ": patient.id: not a plain id: letters, digits, '-', '_' and '.', 1 to 64 characters, "
        "not starting with '-' or '.'. Nothing was imported."
    )


@pytest.mark.parametrize(
    "field",
    ["programs[1].id", "programs[1].stages[1].id", "programs[1].stages[1].items[1].id", "adherence[1].id",
     "adherence[1].completions[1].item_id", "outcomes[1].id"],
)
def test_any_record_id_in_the_file_that_is_not_a_plain_token_is_refused_naming_it(
    capsys, data_dir, tmp_path, exported, field
):
    record = json.loads(exported)
    if field.startswith("adherence[1].completions"):  # an item that is not in the program: only here
        record["adherence"][0]["completions"][0]["item_id"] = "item 1"
        text = json.dumps(record)
    else:  # the id, and every place pointing at it
        text = exported.replace(json.dumps(_at(record, field)), json.dumps("item 1"))
    code, line = import_text(capsys, data_dir, tmp_path, text)
    assert code == EXIT_PROBLEMS and f": {field}: not a plain id: " in line
    assert line.count("not a plain id") == 1


def _at(record: dict, field: str):
    value = record
    for part in field.replace("[", ".").replace("]", "").split("."):
        value = value[int(part) - 1] if part.isdigit() else value[part]
    return value


@pytest.mark.parametrize("plain", ["3442433a", "A.b_c-9", "_x", "a" * 64])
def test_plain_ids_are_imported_and_found_again(capsys, data_dir, tmp_path, exported, plain):
    record = json.loads(exported)
    text = exported.replace(json.dumps(record["patient"]["id"]), json.dumps(plain))
    source = tmp_path / "plain.json"
    source.write_text(text, encoding="utf-8")
    assert run(capsys, data_dir, "import", str(source))[0] == EXIT_OK
    code, out, _ = run(capsys, data_dir, "export", plain, "--out", str(tmp_path / "again.json"))
    assert code == EXIT_OK and "Exported Robert Chen" in out


@pytest.mark.parametrize("version", ["true", "false", "1.0", '"1"', "[1]"])
def test_a_format_version_that_is_not_a_whole_number_is_refused(
    capsys, data_dir, tmp_path, exported, version
):
    record = json.loads(exported)
    text = json.dumps({**record, "format_version": "VERSION"}).replace('"VERSION"', version)
    code, line = import_text(capsys, data_dir, tmp_path, text)
    assert code == EXIT_PROBLEMS
    assert ": format_version: not a whole number (this ptplanner reads 1 to " in line


@pytest.mark.parametrize("where", ["top", "patient"])
def test_a_key_given_twice_is_refused_instead_of_the_last_one_winning(
    capsys, data_dir, tmp_path, exported, where
):
    record = json.loads(exported)
    text = json.dumps(record)
    if where == "top":  # a second patient, after the first
        other = {**record["patient"], "name": "Someone Else"}
        text = text[:-1] + f', "patient": {json.dumps(other)}}}'
        key = "patient"
    else:
        text = text.replace('"notes": ', '"name": "Someone Else", "notes": ', 1)
        key = "name"
    code, line = import_text(capsys, data_dir, tmp_path, text)
    assert code == EXIT_PROBLEMS
    assert f'(whole file): not valid JSON: the key "{key}" is given twice in one object' in line
    assert "Someone" not in line


def damage(data_dir, patient_id: str) -> None:
    """The patient's record cut short behind the app's back, as a damaged page leaves it."""
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        changed = connection.execute("UPDATE patients SET precautions = ? WHERE id = ?", (NOT_JSON, patient_id))
        assert changed.rowcount == 1
    connection.close()


ODD_IDS = {"Short Id": "3442433a", "Long Id": LONG, "Named Like Him": "Ahmed Haddad"}  # name -> id


def damaged_words(name: str) -> str:
    return (f"ptplanner: The record of patient {name} (id {ODD_IDS[name][:8]}) cannot be read: its stored text "
            "is damaged. Restore the latest good backup.\n")


@pytest.mark.parametrize("command", [["discharge", "{id}"], ["export", "{id}", "--out", "out.json"],
                                     ["handout", "{id}", "--out", "out.pdf"]])
@pytest.mark.parametrize("name", ["Short Id", "Named Like Him"])
def test_the_exact_id_of_a_damaged_record_names_it_and_never_acts_on_another_patient(
    capsys, odd_ids, monkeypatch, command, name
):
    # "3442433a" begins another patient's id and "Ahmed Haddad" is another patient's name: the user typed
    # the damaged record's id, so it is the one reported, not passed over for the patient a search finds.
    damage(odd_ids, ODD_IDS[name])
    monkeypatch.chdir(odd_ids.parent)
    command = [part.format(id=ODD_IDS[name]) for part in command]
    code, out, err = run(capsys, odd_ids, *command)
    assert (code, out, err) == (EXIT_PROBLEMS, "", damaged_words(name))
    assert not list(odd_ids.parent.glob("out.*"))
    assert run(capsys, odd_ids, "patients", "--discharged")[1] == "No discharged patients.\n"


def test_a_damaged_record_is_named_alike_by_its_id_its_first_characters_or_its_name(capsys, odd_ids, tmp_path):
    damage(odd_ids, LONG)
    for text in (LONG, LONG[:13], "long id"):
        code, out, err = run(capsys, odd_ids, "export", text, "--out", str(tmp_path / "long.json"))
        assert (code, out, err) == (EXIT_PROBLEMS, "", damaged_words("Long Id")), text
    # The patient whose id it begins is still found by exactly their id: the damaged record is not read.
    code, out, err = run(capsys, odd_ids, "export", "3442433a", "--out", str(tmp_path / "short.json"))
    assert (code, err) == (EXIT_OK, "") and "Exported Short Id " in out


@pytest.mark.parametrize("name", ["Short Id", "Named Like Him"])
def test_a_damaged_record_is_erased_by_its_exact_id_alone_said_by_id_and_audited(capsys, odd_ids, name):
    # "3442433a" begins another patient's id and "Ahmed Haddad" is another patient's name: those stay.
    patient_id = ODD_IDS[name]
    damage(odd_ids, patient_id)
    before = ids_with_rows(odd_ids)
    code, out, err = run(capsys, odd_ids, "erase", patient_id)  # asks for --yes, as any erase does
    assert (code, out) == (EXIT_PROBLEMS, "")
    assert err == (f"ptplanner: erasing the damaged record with id {patient_id} removes all its data for "
                   "good; add --yes to confirm. Nothing was erased.\n")
    assert ids_with_rows(odd_ids) == before
    code, out, err = run(capsys, odd_ids, "erase", patient_id, "--yes")
    assert (code, err) == (EXIT_OK, "")
    erased = f"Erased the damaged record with id {patient_id} and all its data from the database."
    assert out.splitlines()[0] == erased
    assert ids_with_rows(odd_ids) == before - {patient_id}
    code, out, _ = run(capsys, odd_ids, "audit", "--patient", patient_id)
    assert code == EXIT_OK and [line.split()[5] for line in out.splitlines()[1:]] == ["change", "erase"]


@pytest.mark.parametrize("text", [LONG[:13], "long id"])
def test_a_damaged_record_is_not_erased_by_its_first_characters_or_its_name(capsys, odd_ids, text):
    damage(odd_ids, LONG)
    before = ids_with_rows(odd_ids)
    for more in ([], ["--yes"]):
        code, out, err = run(capsys, odd_ids, "erase", text, *more)
        assert (code, out) == (EXIT_PROBLEMS, "")
        assert err == (damaged_words("Long Id")[:-1] + " Nothing was erased: a damaged record is erased by "
                       f"its exact id alone: 'ptplanner erase {LONG} --yes'.\n")
    assert ids_with_rows(odd_ids) == before


@pytest.mark.parametrize("text", [LONG, LONG[:13], "long id"])
def test_the_audit_rows_of_a_damaged_record_are_found_by_its_id_its_first_characters_or_its_name(
    capsys, odd_ids, text
):
    damage(odd_ids, LONG)
    code, out, err = run(capsys, odd_ids, "audit", "--patient", text)
    assert (code, err) == (EXIT_OK, "")
    rows = [line.split() for line in out.splitlines()[1:]]
    assert [(row[5], row[6]) for row in rows] == [("change", LONG[:8])]


def ids_with_rows(data_dir) -> set[str]:
    """Every patient id in the database file, a damaged record's too."""
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        found = {patient_id for (patient_id,) in connection.execute("SELECT id FROM patients")}
    connection.close()
    return found


@pytest.mark.parametrize("erased", ["3442433a", "Ahmed Haddad"])
def test_an_erased_patients_audit_rows_are_found_by_their_id_though_it_begins_anothers_or_is_a_name(
    capsys, odd_ids, erased
):
    # The trail keeps the erased patient's id: typed exactly, it is theirs, not the patient it would now find.
    assert run(capsys, odd_ids, "erase", erased, "--yes")[0] == EXIT_OK
    code, out, err = run(capsys, odd_ids, "audit", "--patient", erased)
    assert (code, err) == (EXIT_OK, "")
    assert [line.split()[5] for line in out.splitlines()[1:]] == ["change", "erase"]
