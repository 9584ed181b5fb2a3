"""Property tests: every date and number a patient file may hold is either refused with a message, or
accepted and then usable by every later step: stored, printed as a handout and a report, exported again."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import make_entry, make_patient, make_program, make_score

from ptplanner.core.bounds import EARLIEST_DAY, LATEST_DAY, MAX_VERSION
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.exchange import RecordError, record_from_json, record_to_json
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.report import build_report
from ptplanner.app.clinic import Clinic
from ptplanner.app.report_inputs import gather_report_inputs
from ptplanner.app.workspace import Workspace
from ptplanner.core.library import Library
from ptplanner.storage.database import open_database
from ptplanner.storage.store import Store

EDGE_DAYS = [date.min, date.max, EARLIEST_DAY - timedelta(1), LATEST_DAY + timedelta(1), date(9999, 12, 30)]
any_days = st.one_of(st.sampled_from(EDGE_DAYS), st.dates())
# Days the model accepts, their ends included, so that every accepted file reaches the later steps.
days = st.one_of(st.sampled_from([EARLIEST_DAY, LATEST_DAY]), st.dates(EARLIEST_DAY, LATEST_DAY))
offsets = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda minutes: timezone(timedelta(minutes=minutes)))
any_moments = st.one_of(
    st.sampled_from(["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "1899-12-31T23:00:00-05:00"]),
    st.datetimes(timezones=offsets).map(lambda moment: moment.isoformat()),
)
# Moments the model accepts: within the years in UTC too, the ends included.
moments = st.one_of(
    st.sampled_from(["2200-12-31T00:00:00-23:59", "1900-01-01T23:59:00+23:59", "1900-01-01T00:00:00Z"]),
    st.datetimes(datetime(1900, 1, 2), datetime(2200, 12, 30), timezones=offsets).map(datetime.isoformat),
)
any_versions = st.one_of(
    st.sampled_from([2**63, 2**63 - 1, 2**31, MAX_VERSION + 1, 0, -1]),
    st.integers(min_value=-(2**70), max_value=2**70),
)
versions = st.one_of(st.sampled_from([1, MAX_VERSION]), st.integers(1, MAX_VERSION))


def sample_record() -> dict[str, Any]:
    """A valid exported patient, as the JSON data a file holds."""
    from ptplanner.core.exchange import PatientRecord

    patient = make_patient()
    program = make_program(patient.id).model_copy(update={"version": 1})
    record = PatientRecord(
        app_version="0.1.0",
        exported_at="2024-05-01T12:30:00Z",
        patient=patient,
        programs=[program],
        program_history=[program],
        versions_saved=[{"program_id": program.id, "version": 1, "saved_at": "2024-02-10T09:00:00Z"}],
        adherence=[make_entry(program, date(2024, 3, 1))],
        outcomes=[make_score(date(2024, 3, 1))],
    )
    return json.loads(record_to_json(record))


@st.composite
def patient_files(draw: st.DrawFn) -> tuple[str, bool]:
    """A patient file whose dates and version span all the model accepts, but one of them may be anything;
    and whether the file keeps within the bounds (then it must be accepted)."""
    data = sample_record()
    fields = ["born", "surgery", "until", "created", "moved", "day", "moment", "version"]
    wild = draw(st.one_of(st.just("none"), st.sampled_from(fields)))  # half the files fit the model
    patient, program, history = data["patient"], data["programs"][0], data["program_history"][0]
    born = draw(any_days if wild == "born" else days.map(lambda day: min(day, LATEST_DAY - timedelta(1))))
    patient["date_of_birth"] = born.isoformat()
    after_birth = st.dates(min(max(born, EARLIEST_DAY), LATEST_DAY - timedelta(1)) + timedelta(1), LATEST_DAY)
    surgery = draw(any_days if wild == "surgery" else st.none() | after_birth)
    patient["surgery_date"] = surgery and surgery.isoformat()
    patient["precautions"][0]["until"] = draw(any_days if wild == "until" else days).isoformat()
    created = draw(any_days if wild == "created" else days).isoformat()
    moved = draw(any_days if wild == "moved" else days).isoformat()
    start = draw(st.integers(1, 519))
    version = draw(any_versions if wild == "version" else versions)
    end = draw(st.none() | st.integers(start + 1, 520))
    for copy in (program, history):
        copy["created_on"], copy["moves"][0]["on"], copy["version"] = created, moved, version
        copy["stages"][0]["end_week"] = start
        copy["stages"][1]["start_week"] = start
        copy["stages"][1]["end_week"] = end
    saved_at = draw(any_moments if wild == "moment" else moments)
    data["versions_saved"][0].update(version=version, saved_at=saved_at)
    data["exported_at"] = draw(moments)
    data["adherence"][0]["day"] = draw(any_days if wild == "day" else days).isoformat()
    data["outcomes"][0]["day"] = draw(days).isoformat()
    return json.dumps(data), wild == "none"


@pytest.fixture(scope="module")
def stores():
    first, second = open_database("sqlite://"), open_database("sqlite://")
    yield Store(first), Store(second), Clinic(Workspace(first, Store(first), Library(), {}))
    first.close()
    second.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=patient_files(), today=st.dates(EARLIEST_DAY, LATEST_DAY))
def test_a_patient_file_is_refused_with_a_message_or_prints_and_exports(stores, file, today):
    text, within_bounds = file
    try:
        record = record_from_json(text)
    except RecordError as refused:
        assert not within_bounds, refused.problems
        assert all(": " in problem for problem in refused.problems)
        return
    store, other, clinic = stores
    for existing in store.list_patients():
        store.erase_patient(existing.id)
    for existing in other.list_patients():
        other.erase_patient(existing.id)
    patient = store.import_patient(record)
    program = store.programs_for(patient.id)[0]
    for stage in (None, 0, 1):
        handout = build_handout(patient, program, ClinicSettings(), HandoutOptions(stage_index=stage), today)
        assert handout.pdf.startswith(b"%PDF") and handout.pages >= 1
    report = build_report(gather_report_inputs(clinic, patient.id, None, today))
    assert report.pages >= 1
    exported = store.export_patient(patient.id)
    other.import_patient(record_from_json(record_to_json(exported)))
    again = other.export_patient(patient.id).model_copy(update={"exported_at": exported.exported_at})
    assert again == exported
    assert exported.model_copy(update={"exported_at": record.exported_at}) == record
