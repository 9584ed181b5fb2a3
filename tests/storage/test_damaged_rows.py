"""One damaged row never takes down more than itself: for each document a demo clinic stores, one row is
damaged behind the app's back (damaged_rows.py), and the app layer is driven as the window and the command
line drive it. The other patients list, open, chart, print and save as usual; what needs the damaged row
is refused with one clear line naming it; the damaged row is kept as it was."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from damaged_rows import (
    CASES,
    NOT_JSON,
    OTHER,
    TARGET,
    Case,
    Ids,
    cell,
    damaged_copy,
    forget_parts,
    make_template_clinic,
)
from postgres_server import fresh_postgres_schema

from ptplanner.app import accounts
from ptplanner.app.audit import audit_events, verify_audit
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseError
from ptplanner.app.handouts import default_options, prepare_handout
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core import clock
from ptplanner.core.language import Language, speaking, tr_clinic
from ptplanner.core.patient_list import PatientQuery
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import ProgressFigures, progress_figures
from ptplanner.core.roles import Role
from ptplanner.handouts.options import HandoutOptions

TODAY = clock.today()
BUNDLED_TEMPLATE = "fusion-hip-si"
PASSWORD = "correct horse battery"
RAW_WORDS = re.compile(r"validation error|input_value|Expecting|JSONDecodeError|pydantic|sqlalchemy|"
                       r"Traceback|zlib|decompress|\[SQL", re.IGNORECASE)
# What to do: restore a backup; the clinic's settings, which the user can enter again, may be saved anew.
REMEDY = re.compile(r"Restore the latest good backup\.|save them again\.")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Ids]:
    folder = tmp_path_factory.mktemp("clinic") / "data"
    return folder, make_template_clinic(folder)


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def case(request) -> Case:
    return request.param


@pytest.fixture
def damaged(template, case, tmp_path) -> Path:
    forget_parts()
    return damaged_copy(template[0], tmp_path / "data", case, template[1])


def attempt(outcomes: dict, what: str, operation, *args):
    """Run one operation; keep its result, or the error it raised."""
    try:
        outcomes[what] = operation(*args)
    except Exception as error:  # noqa: BLE001 - judged by the test below, whatever it is
        outcomes[what] = error
    return outcomes[what]


def figures(clinic: Clinic, patient_id: str, program: Program) -> ProgressFigures:
    log = clinic.progress_log(patient_id, program)
    return progress_figures(program, log.entries, log.outcomes, log.rules, TODAY, log.history)


def drive(clinic: Clinic, ids: Ids) -> dict[str, object]:
    """What the window does with a clinic: list it, open every patient with their figures and handouts,
    print for two patients, read the clinic's settings, templates and audit trail."""
    done: dict[str, object] = {}
    attempt(done, "list", clinic.patient_rows, TODAY)
    attempt(done, "page", clinic.patient_page, TODAY, PatientQuery(), 0, 50)
    attempt(done, "flags", clinic.progress_flags, TODAY)
    attempt(done, "settings", clinic.clinic_settings)
    attempt(done, "rules", clinic.progress_rules)
    templates = attempt(done, "templates", clinic.read_templates)
    if not isinstance(templates, Exception):  # a damaged template is named; the others are offered
        assert BUNDLED_TEMPLATE in templates[0]
        for number, unreadable in enumerate(templates[1]):
            done[f"template {number}"] = unreadable
    attempt(done, "audit", audit_events, clinic)
    for name, patient_id in ids.patients.items():
        opened = attempt(done, f"open {name}", clinic.open_patient, patient_id)
        attempt(done, f"handouts {name}", clinic.printed_handouts, patient_id)
        for program in [] if isinstance(opened, Exception) else opened[1]:
            attempt(done, f"figures {name} {program.id}", figures, clinic, patient_id, program)
    for name in (TARGET, OTHER):
        patient_id = ids.patients[name]
        attempt(done, f"print {name}", prepare_handout, clinic, patient_id, None, _options(clinic), TODAY)
    return done


def _options(clinic: Clinic) -> HandoutOptions:
    try:
        return default_options(clinic)
    except DatabaseError:  # the clinic's settings are the damaged row: printing says so, below
        return HandoutOptions()


def hurt(case: Case, ids: Ids, what: str) -> bool:
    """Whether the operation `what` may be refused because of the damaged row."""
    if case.scope == "clinic":
        return not what.startswith(("list", "page", "open", "handouts"))
    using = [name for name, patient_id in ids.patients.items() if patient_id in ids.part_users]
    names = [TARGET] if case.scope == "patient" else using
    verbs = ("open", "handouts", "figures", "print")
    return any(what.startswith(f"{verb} {name}") for name in names for verb in verbs)


def assert_clear(error: Exception, case: Case) -> None:
    message = str(error)
    assert isinstance(error, DatabaseError), f"{type(error).__name__}: {message}"
    assert re.search(case.record, message, re.IGNORECASE), message
    assert REMEDY.search(message) and "\n" not in message, message
    assert not RAW_WORDS.search(message), message


def test_one_damaged_row_takes_down_nothing_else(template, case, damaged):
    ids = template[1]
    before = cell(damaged, case, ids)
    clinic = Clinic.open(damaged)
    try:
        check_one_damaged_row(clinic, case, ids)
    finally:
        clinic.close()
    assert cell(damaged, case, ids) == before


@pytest.fixture(scope="module")
def server_template(tmp_path_factory) -> tuple[str, Ids]:
    """The clinic on PostgreSQL, made once: each test damages one row and puts it back."""
    url = fresh_postgres_schema("public")
    return url, make_template_clinic(tmp_path_factory.mktemp("server"), url)


WRONG_TYPES = [case for case in CASES if case.name.endswith("wrong type")]  # the server keeps JSON only


@pytest.mark.postgres
@pytest.mark.parametrize("case", WRONG_TYPES, ids=[case.name for case in WRONG_TYPES])
def test_one_damaged_row_takes_down_nothing_else_on_a_server(server_template, case, tmp_path):
    url, ids = server_template
    forget_parts()
    before = case.damage_on_server(url, ids)
    try:
        clinic = Clinic.open(tmp_path, url)
        try:
            check_one_damaged_row(clinic, case, ids)
        finally:
            clinic.close()
    finally:
        case.put_back(url, ids, before)


def check_one_damaged_row(clinic: Clinic, case: Case, ids: Ids) -> None:
    done = drive(clinic, ids)
    refused = {what: result for what, result in done.items() if isinstance(result, Exception)}
    for what, error in refused.items():
        assert hurt(case, ids, what), f"{what} failed: {type(error).__name__}: {error}"
        assert_clear(error, case)
    assert refused, "the damaged row was read as if it were sound"
    assert {row.patient_id for row in done["list"]} == set(ids.patients.values())
    assert {row.patient_id for row in done["page"].rows} == set(ids.patients.values())
    # Saving another patient and their program works, and leaves the damaged row alone.
    other = clinic.get_patient(ids.patients[OTHER])
    clinic.save_patient(other.model_copy(update={"notes": "Walks daily now."}))
    [program] = clinic.programs_for(other.id)
    saved = clinic.save_program(program.model_copy(update={"title": "Home program, updated"}))
    assert clinic.get_patient(other.id).notes == "Walks daily now." and saved.version == program.version + 1
    check = verify_audit(clinic)  # a damaged audit row is named as an edit; the chain is otherwise whole
    assert check.intact == (case.table != "audit_events"), check.problem


@pytest.mark.parametrize("command", [["patients"], ["handout", TARGET, "--out", "target.pdf"],
                                     ["report", TARGET, "--out", "report.pdf"],
                                     ["export", TARGET, "--out", "target.json"],
                                     ["handout", OTHER, "--out", "other.pdf"]])
def test_commands_say_what_is_damaged_in_one_line(template, damaged, case, command, capsys, monkeypatch):
    monkeypatch.chdir(damaged.parent)
    code = main(["--data-dir", str(damaged), *command])
    _, err = capsys.readouterr()
    if code != EXIT_OK:
        assert code == EXIT_PROBLEMS, err
        assert err.startswith("ptplanner: ") and len(err.strip().splitlines()) == 1, err
        assert re.search(case.record, err, re.IGNORECASE) and not RAW_WORDS.search(err), err
    # The list, and another patient's handout, need no record of the target's.
    ids = template[1]
    other_hurt = case.scope == "clinic" or (case.scope == "part" and ids.patients[OTHER] in ids.part_users)
    if command == ["patients"] or (command[1] == OTHER and not other_hurt):
        assert code == EXIT_OK, err


def test_an_account_with_a_role_no_ptplanner_knows_is_named_and_the_others_sign_in(tmp_path):
    folder = tmp_path / "data"
    clinic = Clinic.open(folder)
    accounts.add_user(clinic, "boss", Role.ADMIN, PASSWORD)
    accounts.add_user(clinic, "ana", Role.THERAPIST, PASSWORD)
    clinic.close()
    with sqlite3.connect(folder / "ptplanner.db") as connection:  # edited by hand
        connection.execute("UPDATE users SET role = 'superuser' WHERE name = 'ana'")
    connection.close()
    clinic = Clinic.open(folder)
    try:
        assert accounts.sign_in(clinic, "boss", PASSWORD).role is Role.ADMIN
        for refused, *args in ((accounts.sign_in, "ana", PASSWORD), (accounts.list_users,)):
            with pytest.raises(DatabaseError) as said:
                refused(clinic, *args)
            assert str(said.value) == ("The account ana cannot be read: its stored text is damaged. "
                                       "Restore the latest good backup.")
        accounts.set_role(clinic, "ana", Role.THERAPIST)  # an admin can repair it, without a backup
        assert [user.name for user in accounts.list_users(clinic)] == ["ana", "boss"]
    finally:
        clinic.close()


ERASE_CASES = [case for case in CASES if case.table in ("programs", "program_versions")]


@pytest.mark.parametrize("case", ERASE_CASES, ids=[case.name for case in ERASE_CASES])
def test_patients_are_erased_while_a_program_is_damaged(template, case, damaged):
    """Erasing reads every program for the parts it may remove: a damaged one stops neither another
    patient's erasure nor its own patient's (the way to be rid of it without a backup)."""
    ids = template[1]
    clinic = Clinic.open(damaged)
    try:
        for name in (OTHER, TARGET):
            clinic.erase_patient(ids.patients[name])
            assert ids.patients[name] not in {row.patient_id for row in clinic.patient_rows(TODAY)}
    finally:
        clinic.close()


# In Spanish: every refusal names its record in Spanish, says what to do, and keeps no English word (the
# names quoted as stored aside).
_PACIENTE = "del paciente Robert Chen \\(id [0-9a-f]{8}\\)"
_PROGRAMA = f"programa «[^»]+» {_PACIENTE}"
SPANISH_RECORDS = {
    "patient precautions": f"^No es posible leer la ficha {_PACIENTE}:",
    "patient fused levels": f"^No es posible leer la ficha {_PACIENTE}:",
    "program": f"^No es posible leer el {_PROGRAMA}:",
    "program version": f"^No es posible leer la versión 1 del {_PROGRAMA}:",
    "exercise snapshot": "^No es posible leer la copia guardada del ejercicio [0-9a-f]{12} en el programa «",
    "log month": f"^No es posible leer el registro del {_PROGRAMA}:",
    "outcome score": f"^No es posible leer las puntuaciones de resultado {_PACIENTE}:",
    "clinic settings": "^No es posible leer los ajustes de la clínica guardados",
    "progress rules": "^No es posible leer las reglas de progreso guardadas",
    "clinic template": "^No es posible leer la plantilla de la clínica «Our first weeks»:",
    "printed handout": f"^No es posible leer la hoja de ejercicios impresa el [-0-9]{{10}} {_PACIENTE}:",
    "audit row": "^No es posible leer la fila \\d+ del registro de auditoría:",
}
SPANISH_REMEDY = re.compile(r"(Restaure la última copia de seguridad buena|vuelva a guardarlos)\.$")
ENGLISH = re.compile(r"\b(cannot|read|stored|text|damaged|Restore|backup|the|of|patient|program|log|record|"
                     r"version|snapshot|template|audit|row|handout|settings|rules|scores)\b", re.IGNORECASE)
QUOTED = re.compile(r"«[^»]*»|'[^']*'")  # names as stored, and a value quoted as found


def test_one_damaged_row_is_named_in_spanish_when_the_app_speaks_spanish(template, case, damaged):
    ids = template[1]
    clinic = Clinic.open(damaged)
    try:
        with speaking(Language.SPANISH):
            done = drive(clinic, ids)
    finally:
        clinic.close()
    refused = {what: str(result) for what, result in done.items() if isinstance(result, Exception)}
    assert refused, "the damaged row was read as if it were sound"
    record = SPANISH_RECORDS[case.name.split(",")[0]]
    for what, message in refused.items():
        assert re.search(record, message), f"{what}: {message}"
        assert SPANISH_REMEDY.search(message) and "\n" not in message, message
        assert not ENGLISH.search(QUOTED.sub("", message)), message


def test_record_words_join_de_and_el_as_spanish_writes_them_and_english_stays_as_it_was():
    from ptplanner.storage.damaged_rows import patient_named, record_words
    from ptplanner.storage.patients import record_of

    assert record_of(patient_named(None, "1234abcd99")) == "the record of patient 1234abcd"
    with speaking(Language.SPANISH):
        assert record_of(patient_named(None, "1234abcd99")) == "la ficha del paciente 1234abcd"
        named = record_of(patient_named("El Greco", "1234abcd99"))
        assert named == "la ficha del paciente El Greco (id 1234abcd)"
        # only where "de" meets the record's words: a title or a name keeps its own "de el"
        words = record_words(tr_clinic("the program “{title}” of {patient}"), title="Fuerza de el core",
                             patient=patient_named("Ana", "ab"))
    assert words == "el programa «Fuerza de el core» del paciente Ana (id ab)"


def test_a_clinic_exercise_that_is_not_json_is_named_in_the_language_spoken(tmp_path):
    from ptplanner.storage.clinic import clinic_exercises

    Clinic.open(tmp_path / "data").close()
    with sqlite3.connect(tmp_path / "data" / "ptplanner.db") as connection:  # a hand edit: not JSON
        connection.execute("INSERT INTO clinic_exercises (id, document, archived, updated_at) "
                           "VALUES ('wall-sit', ?, 0, '2026-01-01')", (NOT_JSON,))
    connection.close()
    clinic = Clinic.open(tmp_path / "data")
    try:
        with clinic.workspace.database.session() as session:
            english = clinic_exercises(session).refused["wall-sit"]
            with speaking(Language.SPANISH):
                spanish = clinic_exercises(session).refused["wall-sit"]
    finally:
        clinic.close()
    assert str(english) == ("The clinic exercise wall-sit cannot be read: its stored text is damaged. "
                            "Restore the latest good backup.")
    assert str(spanish) == ("No es posible leer el ejercicio de la clínica wall-sit: su texto guardado está "
                            "dañado. Restaure la última copia de seguridad buena.")
