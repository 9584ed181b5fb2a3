"""Two workstations on one database see each other's changes through ChangeWatch, and never their own."""

from datetime import date

import pytest

from ptplanner.app import watch
from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.app.conflicts import program_conflict
from ptplanner.app.errors import ConflictError
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.app.watch import ChangeWatch
from ptplanner.core.adherence import AdherenceEntry, Measure, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.exercise import Origin
from ptplanner.core.patient import Patient
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import SuggestionDecision, SuggestionKind
from ptplanner.handouts.options import HandoutOptions
from ptplanner.storage import audit

TODAY = date(2026, 12, 4)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request):
    return None if request.param == "sqlite" else request.getfixturevalue("postgres_url")


@pytest.fixture
def here(data_dir, database_url):
    clinic = Clinic.open(data_dir, database_url)
    yield clinic
    clinic.close()


@pytest.fixture
def there(here, data_dir, database_url):
    """The same data folder or database opened again, as another workstation (or program) would."""
    clinic = Clinic.open(data_dir, database_url)
    yield clinic
    clinic.close()


def new_patient(clinic: Clinic, name: str = "Ana Ruiz") -> Patient:
    patient = Patient(name=name, date_of_birth=date(1956, 3, 2), surgery_date=date(2026, 10, 1))
    clinic.save_patient(patient)
    return patient


def test_every_kind_of_change_made_there_is_seen_here(here, there):
    looking = ChangeWatch(here)
    looking.start()
    heard: list[Change] = []
    here.on_change(heard.append)
    patient = new_patient(there)
    assert looking.check() == [Change(Changed.PATIENTS, patient.id, elsewhere=True)]
    assert looking.check() == []  # seen once

    program = there.templates["fusion-hip-si"].instantiate(there.library(), patient.id, date(2026, 10, 6))
    program = there.save_program(program)
    there.save_log(patient.id, [AdherenceEntry(program_id=program.id, day=TODAY, pain_back=3)], [])
    there.save_outcome(patient.id, OutcomeScore(measure=Measure.PAIN_NRS, day=TODAY, score=4))
    there.save_decision(patient.id, SuggestionDecision(
        program_id=program.id, kind=SuggestionKind.NEXT_STAGE, on=TODAY, accepted=False))
    record_printed(there, prepare_handout(there, patient.id, None, HandoutOptions(), TODAY))
    there.open_patient(patient.id)  # a view and an export change nothing
    there.export_patient(patient.id)
    there.save_clinic_settings(ClinicSettings(name="Hill Street PT"))
    there.save_progress_rules(ProgressRules())
    exercise = there.library().exercises["clamshell"]
    there.save_exercise(exercise.model_copy(update={"id": "our-clamshell", "origin": Origin.CLINIC}))

    expected = [
        Change(Changed.PROGRAM, patient.id, elsewhere=True),
        Change(Changed.LOG, patient.id, elsewhere=True),
        Change(Changed.OUTCOMES, patient.id, elsewhere=True),
        Change(Changed.DECISIONS, patient.id, elsewhere=True),
        Change(Changed.HANDOUTS, patient.id, elsewhere=True),
        Change(Changed.SETTINGS, None, elsewhere=True),  # the two settings: one change
        Change(Changed.LIBRARY, None, elsewhere=True),
    ]
    assert looking.check() == expected
    assert heard == [Change(Changed.PATIENTS, patient.id, elsewhere=True), *expected]

    there.erase_patient(patient.id)
    assert looking.check() == [Change(Changed.PATIENTS, patient.id, elsewhere=True)]


def test_changes_made_here_are_not_reported_as_made_elsewhere(here, there):
    here_looks, there_looks = ChangeWatch(here), ChangeWatch(there)
    here_looks.start()
    there_looks.start()
    ana = new_patient(here, "Ana Ruiz")
    here.save_patient(ana.model_copy(update={"notes": "Prefers mornings."}))
    bo = new_patient(there, "Bo Berg")
    assert here_looks.check() == [Change(Changed.PATIENTS, bo.id, elsewhere=True)]
    assert there_looks.check() == [Change(Changed.PATIENTS, ana.id, elsewhere=True)]
    assert here.workspace.database.own_audit_ids == set()  # forgotten once looked past


def test_the_first_look_without_start_only_takes_the_baseline(here, there):
    new_patient(there)
    looking = ChangeWatch(here)
    assert looking.check() == []
    bo = new_patient(there, "Bo Berg")
    assert looking.check() == [Change(Changed.PATIENTS, bo.id, elsewhere=True)]


def test_a_flood_of_changes_reads_everything_again(here, there, monkeypatch):
    monkeypatch.setattr(watch, "MAX_ROWS", 3)
    looking = ChangeWatch(here)
    looking.start()
    for number in range(4):
        new_patient(there, f"Patient {number}")
    assert looking.check() == [Change(what, None, elsewhere=True) for what in watch.EVERYTHING]
    assert looking.check() == []


def test_a_write_that_is_rolled_back_leaves_no_id_behind(here):
    database = here.workspace.database
    with pytest.raises(RuntimeError), database.session() as session:
        audit.record(session, "change", "p1", {"record": "patient"})
        assert database.own_audit_ids == set()  # only once the transaction is about to commit
        raise RuntimeError("the save failed")
    assert database.own_audit_ids == set()
    new_patient(here)
    assert len(database.own_audit_ids) == 1


def test_a_save_overtaken_elsewhere_says_what_changed_and_can_be_saved_over_on_purpose(here, there):
    patient = new_patient(here)
    program = here.templates["fusion-hip-si"].instantiate(here.library(), patient.id, date(2026, 10, 6))
    mine = here.save_program(program)
    theirs = there.get_program(mine.id)
    theirs = there.save_program(theirs.model_copy(update={"title": "Their program"}))
    stage = mine.stages[0]
    mine = mine.model_copy(update={"stages": (stage.model_copy(update={"items": stage.items[1:]}), *mine.stages[1:])})
    with pytest.raises(ConflictError):
        here.save_program(mine)

    conflict = program_conflict(here, mine)
    assert (conflict.started_from, conflict.saved) == (1, theirs)
    assert conflict.changes == ["Title: now “Their program”"]
    saved = here.save_program(mine.model_copy(update={"version": conflict.saved.version}))  # keep mine
    assert saved.version == theirs.version + 1
    stored = there.get_program(mine.id)
    assert (stored.title, stored.stages, stored.version) == (mine.title, mine.stages, saved.version)
    assert program_conflict(here, saved) is None  # no longer overtaken
