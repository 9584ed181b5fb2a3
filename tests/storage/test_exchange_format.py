"""The patient file format (ptplanner.core.exchange): stable JSON out, and every bad file refused
with the field named."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from storage_samples import make_entry, make_patient, make_program, make_score

from ptplanner.core.data_text import MAX_NESTING
from ptplanner.core.exchange import (
    MAX_RECORD_BYTES,
    PatientRecord,
    RecordError,
    VersionSaved,
    read_record_file,
    record_from_json,
    record_to_json,
)


def make_record(name: str = "Łódź <b>Ana</b> & 😀") -> PatientRecord:
    patient = make_patient(name=name)
    first = make_program(patient.id).model_copy(update={"version": 1})
    current = first.model_copy(update={"version": 2, "title": "Week 6"})
    return PatientRecord(
        app_version="0.1.0",
        exported_at=datetime(2024, 5, 1, 12, 30, tzinfo=UTC),
        patient=patient,
        programs=[current],
        program_history=[first, current],
        versions_saved=[
            VersionSaved(program_id=first.id, version=1, saved_at=datetime(2024, 2, 10, 9, tzinfo=UTC)),
            VersionSaved(program_id=first.id, version=2, saved_at=datetime(2024, 3, 1, 16, tzinfo=UTC)),
        ],
        adherence=[make_entry(current, date(2024, 3, 1)), make_entry(current, date(2024, 3, 2))],
        outcomes=[make_score(date(2024, 3, 1))],
    )


def record_dict() -> dict[str, Any]:
    return json.loads(record_to_json(make_record()))


def test_a_record_survives_json_exactly():
    record = make_record()
    assert record_from_json(record_to_json(record)) == record


def test_the_json_is_stable_sorted_and_keeps_non_ascii_text_readable():
    text = record_to_json(make_record())
    assert record_to_json(record_from_json(text)) == text
    assert "Łódź <b>Ana</b> & 😀" in text
    keys = list(json.loads(text))
    assert keys == sorted(keys)
    assert text.startswith('{\n  "adherence": [')


def test_a_format_1_file_without_save_times_is_still_read():
    data = record_dict()
    data["format_version"] = 1
    del data["versions_saved"]
    record = record_from_json(json.dumps(data))
    assert record.format_version == 1 and record.versions_saved == ()
    assert [p.version for p in record.program_history] == [1, 2]


def test_the_export_time_is_kept_in_utc():
    local = datetime(2024, 5, 1, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    record = make_record().model_copy(update={"exported_at": local})
    assert PatientRecord.model_validate(record.model_dump()).exported_at == datetime(
        2024, 5, 1, 12, 30, tzinfo=UTC
    )
    assert '"exported_at": "2024-05-01T12:30:00Z"' in record_to_json(make_record())


def _set(path: tuple[str | int, ...], value: Any) -> str:
    data = record_dict()
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return json.dumps(data)


def _without(key: str) -> str:
    data = record_dict()
    del data[key]
    return json.dumps(data)


def _second_program_copy() -> str:
    data = record_dict()
    data["programs"].append(copy.deepcopy(data["programs"][0]))
    return json.dumps(data)


def _history_without_current() -> str:
    data = record_dict()
    data["program_history"] = data["program_history"][:1]
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "(whole file): not valid JSON: Expecting property name"),
        ("[1, 2]", "(whole file): not a ptplanner patient file"),
        ('"just text"', "(whole file): not a ptplanner patient file"),
        (
            _set(("format",), "something-else"),
            'format: not a ptplanner patient file (expected "ptplanner-patient")',
        ),
        (_without("format"), "format: not a ptplanner patient file"),
        (_set(("format_version",), 5), "format_version: written by a newer ptplanner (format 5)"),
        (_without("format_version"), "format_version: missing (required)"),
        (_set(("format_version",), "1"), "format_version: not a whole number (this ptplanner reads 1 to 4)"),
        (_set(("format_version",), True), "format_version: not a whole number"),  # a bool is an int in Python
        (_set(("format_version",), 1.0), "format_version: not a whole number"),
        (_set(("format_version",), 0), "format_version: Input should be 1, 2, 3 or 4"),
        ('{"format": "ptplanner-patient", "format": "x"}', 'not valid JSON: the key "format" is given twice'),
        (_set(("outcomes", 0, "id"), "Ana Silva"), "outcomes[1].id: not a plain id"),
        (
            _set(("versions_saved", 0, "version"), 7),
            "versions_saved[1].version: not a version in program_history",
        ),
        (_set(("versions_saved", 1, "version"), 1), "versions_saved[2].version: listed twice"),
        (
            _set(("versions_saved", 0, "saved_at"), "2024-02-10T09:00:00"),
            "versions_saved[1].saved_at: Input should have timezone info",
        ),
        (_set(("surprise",), True), "surprise: unknown field"),
        (_without("patient"), "patient: missing (required)"),
        (
            _set(("patient", "date_of_birth"), "yesterday"),
            "patient.date_of_birth: Input should be a valid date",
        ),
        (_set(("patient", "name"), "   "), "patient.name: name is blank"),
        (
            _set(("programs", 0, "stages", 0, "items", 0, "dosage", "reps"), "many"),
            "programs[1].stages[1].items[1].dosage.reps",
        ),
        (
            _set(("programs", 0, "stages", 0, "items", 0, "dosage", "reps"), 10_000),
            "less than or equal to 100",
        ),
        (
            _set(("adherence", 1, "pain_back"), 11),
            "adherence[2].pain_back: Input should be less than or equal to 10",
        ),
        (_set(("exported_at",), "2024-05-01T12:30:00"), "exported_at: Input should have timezone info"),
        (
            _set(("programs", 0, "patient_id"), "someone-else"),
            "programs[1].patient_id: belongs to another patient",
        ),
        (
            _set(("program_history", 0, "patient_id"), "x"),
            "program_history[1].patient_id: belongs to another patient",
        ),
        (
            _set(("adherence", 0, "program_id"), "elsewhere"),
            "adherence[1].program_id: not one of the programs",
        ),
        (_set(("adherence", 1, "day"), "2024-03-01"), "adherence[2].day: a second entry that day"),
        (_set(("program_history", 0, "id"), "unknown"), "program_history[1].id: not one of the programs"),
        (_second_program_copy(), "programs[2].id: listed twice"),
        (_history_without_current(), "programs[1].version: this version is missing from program_history"),
        (_set(("outcomes", 0, "score"), float("nan")), "(whole file): NaN is not a number ptplanner accepts"),
        ("[" * 100_000 + "]" * 100_000, "(whole file): nested too deeply"),
        (" " * (MAX_RECORD_BYTES + 1), "(whole file): larger than 50 MB"),
    ],
)
def test_bad_files_are_refused_naming_the_field(text, expected):
    with pytest.raises(RecordError) as refused:
        record_from_json(text)
    assert expected in str(refused.value)
    assert str(refused.value).startswith("This patient file cannot be imported:\n- ")


def test_nesting_inside_a_field_is_refused_at_that_field_or_as_too_deep():
    def nested(depth: int) -> Any:
        value: Any = "x"
        for _ in range(depth):
            value = [value]
        return value

    with pytest.raises(RecordError, match=r"patient\.notes"):
        record_from_json(_set(("patient", "notes"), nested(MAX_NESTING - 5)))
    with pytest.raises(RecordError, match=r"\(whole file\): nested too deeply"):
        record_from_json(_set(("patient", "notes"), nested(900)))


def test_a_file_over_the_limit_in_utf8_bytes_is_refused():
    emoji_heavy = "😀" * (MAX_RECORD_BYTES // 4 + 1)  # fewer characters than the limit, more bytes
    with pytest.raises(RecordError, match="larger than 50 MB"):
        record_from_json(emoji_heavy)


def test_reading_a_file(tmp_path):
    path = tmp_path / "patient.json"
    record = make_record()
    path.write_bytes(b"\xef\xbb\xbf" + record_to_json(record).encode())  # a BOM, as some editors add
    assert read_record_file(path) == record
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(RecordError, match="not UTF-8 text"):
        read_record_file(path)
    with pytest.raises(RecordError, match="cannot be read"):
        read_record_file(tmp_path / "missing.json")
