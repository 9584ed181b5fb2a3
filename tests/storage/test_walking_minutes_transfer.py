"""Minutes walked travel with the day's log entry: stored, exported, imported, and refused out of range."""

from __future__ import annotations

import json
from datetime import date

import pytest
from storage_samples import make_entry, make_patient, make_program
from test_exchange_format import record_dict

from ptplanner.core.exchange import RecordError, record_from_json, record_to_json
from ptplanner.storage.store import Store


def test_minutes_walked_survive_save_export_and_import(store, other_db):
    patient = make_patient(name="Ana")
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    walked, not_logged = date(2024, 3, 1), date(2024, 3, 2)
    store.save_entry(make_entry(program, walked, walking_minutes=35))
    store.save_entry(make_entry(program, not_logged))
    assert {e.day: e.walking_minutes for e in store.entries_for(program.id)} == {walked: 35, not_logged: None}

    text = record_to_json(store.export_patient(patient.id))
    assert '"walking_minutes": 35' in text
    other = Store(other_db)
    other.import_patient(record_from_json(text))
    assert {e.day: e.walking_minutes for e in other.entries_for(program.id)} == {walked: 35, not_logged: None}


@pytest.mark.parametrize("minutes", [-1, 601, "lots"])
def test_a_file_with_impossible_minutes_walked_is_refused_naming_the_field(minutes):
    data = record_dict()
    data["adherence"][0]["walking_minutes"] = minutes
    with pytest.raises(RecordError, match=r"adherence\[1\]\.walking_minutes"):
        record_from_json(json.dumps(data))
