"""The patient list's flags on a clinic with one damaged row (tests/damaged_rows.py): a patient whose record,
program or log does not read is flagged "record damaged", with the words opening it gives; damaged progress
rules give way to the defaults, with one line saying so; nobody else's flags are lost."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from damaged_rows import CASES, Case, Ids, damaged_copy, forget_parts, make_template_clinic

from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseError
from ptplanner.core import clock
from ptplanner.core.language import Language, speaking
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage import summaries

TODAY = clock.today()
DAMAGED = "record damaged: "
RULES_NOTICE = ("The clinic's progress rules cannot be read (their stored text is damaged), so the flags "
                "follow the default rules. Restore the latest good backup to get the clinic's own rules "
                "back.")
ONE_PATIENTS = [case for case in CASES if case.scope in ("patient", "part") and case.table != "handouts"]
RULES = [case for case in CASES if case.name.startswith("progress rules")]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Ids, dict[str, tuple[str, ...]]]:
    """The clinic, and every patient's flags while nothing is damaged (read from a copy: opening writes)."""
    folder = tmp_path_factory.mktemp("clinic") / "data"
    ids = make_template_clinic(folder)
    sound = tmp_path_factory.mktemp("sound") / "data"
    shutil.copytree(folder, sound)
    clinic = Clinic.open(sound)
    try:
        return folder, ids, clinic.progress_flags(TODAY)
    finally:
        clinic.close()


def opened(template, case: Case, tmp_path: Path) -> Clinic:
    forget_parts()
    return Clinic.open(damaged_copy(template[0], tmp_path / "data", case, template[1]))


def damaged_ones(flags: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Patient id -> the words of their "record damaged" flag, which comes first."""
    marked = {pid: kinds[0] for pid, kinds in flags.items() if kinds[0].startswith(DAMAGED)}
    return {pid: flag.removeprefix(DAMAGED) for pid, flag in marked.items()}


@pytest.mark.parametrize("case", ONE_PATIENTS, ids=[case.name for case in ONE_PATIENTS])
def test_a_patient_whose_record_does_not_read_is_flagged_and_nobody_else_changes(template, case, tmp_path):
    _, ids, sound = template
    clinic = opened(template, case, tmp_path)
    try:
        flags = clinic.progress_flags(TODAY)
        page = clinic.progress_flags(TODAY, list(ids.patients.values())[:5] + [ids.target])  # a paged list
        with speaking(Language.SPANISH):
            spanish = damaged_ones(clinic.progress_flags(TODAY))
    finally:
        clinic.close()
    named = damaged_ones(flags)
    assert ids.target in named
    assert set(named) <= ({ids.target} if case.scope == "patient" else set(ids.part_users))
    for why in named.values():
        assert re.search(case.record, why, re.IGNORECASE), why
        assert why.endswith("Restore the latest good backup."), why
    assert damaged_ones(page)[ids.target] == named[ids.target]
    assert set(spanish) == set(named)
    assert spanish[ids.target].startswith("No es posible leer ") and spanish[ids.target].endswith(
        "Restaure la última copia de seguridad buena.")
    for patient_id in set(sound) | set(flags):  # nobody else loses or gains a flag
        if patient_id in named:  # the flags that could still be worked out, after the mark
            assert flags[patient_id][1:] in ((), sound.get(patient_id, ())), patient_id
        else:
            assert flags.get(patient_id, ()) == sound.get(patient_id, ()), patient_id


@pytest.mark.parametrize("big", [False, True], ids=["small clinic", "big clinic"])
def test_a_record_that_does_not_read_keeps_the_patients_own_flags_after_its_mark(template, tmp_path, big,
                                                                                  monkeypatch):
    """Precautions that do not read: the program and log still do, so the progress flags still show. A big
    clinic's whole list checks the records of those logging lately (the target is one)."""
    if big:
        monkeypatch.setattr(summaries, "CHECK_EVERY_RECORD_UP_TO", 3)
    _, ids, sound = template
    [case] = [case for case in CASES if case.name == "patient precautions, not JSON"]
    clinic = opened(template, case, tmp_path)
    try:
        flags = clinic.progress_flags(TODAY)
    finally:
        clinic.close()
    assert flags[ids.target][0].startswith(DAMAGED + "The record of patient Robert Chen (id ")
    assert flags[ids.target][1:] == sound.get(ids.target, ())


@pytest.mark.parametrize("case", RULES, ids=[case.name for case in RULES])
def test_damaged_progress_rules_give_way_to_the_defaults_and_say_so(template, case, tmp_path):
    _, ids, sound = template
    assert sound, "the demo clinic raises some flags"
    clinic = opened(template, case, tmp_path)
    try:
        flags = clinic.progress_flags(TODAY)  # the template saved the defaults: the same flags
        notice = clinic.progress_rules_notice()
        [program] = clinic.programs_for(ids.target)
        log = clinic.progress_log(ids.target, program, rules_or_defaults=True)
        with pytest.raises(DatabaseError, match="progress rules cannot be read"):
            clinic.progress_log(ids.target, program)  # a report states its rules: it is refused instead
        with speaking(Language.SPANISH):
            spanish = clinic.progress_rules_notice()
    finally:
        clinic.close()
    assert flags == sound
    assert notice == RULES_NOTICE
    assert log.rules == ProgressRules() and log.rules_notice == RULES_NOTICE and log.entries
    assert spanish.startswith("No es posible leer las reglas de progreso de la clínica")
    assert "\n" not in spanish


def test_sound_rules_give_no_notice(template, tmp_path):
    shutil.copytree(template[0], tmp_path / "data")
    clinic = Clinic.open(tmp_path / "data")
    try:
        assert clinic.progress_rules_notice() is None
        [program] = clinic.programs_for(template[1].target)
        assert clinic.progress_log(template[1].target, program, rules_or_defaults=True).rules_notice is None
    finally:
        clinic.close()


# The server keeps JSON only: the wrong types
ON_SERVER = [case for case in ONE_PATIENTS + RULES if case.name.endswith("wrong type")]


@pytest.mark.postgres
@pytest.mark.parametrize("case", ON_SERVER, ids=[case.name for case in ON_SERVER])
def test_the_same_on_a_server(case, tmp_path_factory, tmp_path):
    from postgres_server import fresh_postgres_schema

    url = fresh_postgres_schema("public")
    ids = make_template_clinic(tmp_path_factory.mktemp("server"), url)
    forget_parts()
    case.damage_on_server(url, ids)
    clinic = Clinic.open(tmp_path, url)
    try:
        flags, notice = clinic.progress_flags(TODAY), clinic.progress_rules_notice()
    finally:
        clinic.close()
    if case in RULES:
        assert notice == RULES_NOTICE and flags
    else:
        assert notice is None and re.search(case.record, damaged_ones(flags)[ids.target], re.IGNORECASE)
