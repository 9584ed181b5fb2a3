"""Reading the clinic's exercises validates each distinct pictures document once (storage/clinic.py), yet
refuses a bad pictures document, or a bad exercise with good pictures, with the words the document as a whole
gets; a refused row never keeps the others from being read."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
import sqlalchemy as sa
from storage_samples import clinic_exercise, sqlite_only

from ptplanner.core.exercise import Exercise
from ptplanner.core.pose import Pictures, Pose
from ptplanner.storage.clinic import _pictures_cut, _PicturesOnce
from ptplanner.storage.errors import DatabaseDamaged
from ptplanner.storage.models import ClinicExerciseRow
from ptplanner.storage.patients import now

PICTURES = Pictures(start=Pose(base="standing"), end=Pose(base="standing", near_knee=90))


def _document(**changes) -> dict:
    return {**clinic_exercise(pictures=PICTURES).model_dump(mode="json"), **changes}


def _store_documents(db, *documents: dict) -> None:
    """Rows written behind the app's back (an older version, a hand edit): not validated on the way in."""
    with db.session() as session:
        for document in documents:
            session.add(ClinicExerciseRow(id=document["id"], document=document, archived=False, updated_at=now()))


def _refusal(document: dict) -> str:
    with pytest.raises(ValidationError) as refused:
        Exercise.model_validate(document)
    return str(refused.value)


BAD_PICTURES = [
    {"start": {"base": "standing"}, "end": {"base": "standing"}},  # the pictures' own cross-field rule
    {"start": {"base": "standing", "near_knee": 400}},  # an angle out of range
    {"start": {"base": "floating"}},  # an unknown posture
    {"start": {"base": "standing"}, "colour": "red"},  # an unknown field
    json.dumps(PICTURES.model_dump(mode="json")),  # good pictures' JSON, but as a string
    5,
    True,
    ["start"],
]


@pytest.mark.parametrize("pictures", BAD_PICTURES)
def test_a_bad_pictures_document_is_refused_with_the_same_words_as_before(db, store, pictures):
    good = _document(id="clinic-good")  # read first: its pictures are known, the bad ones are not
    bad = _document(id="clinic-bad", pictures=pictures)
    _store_documents(db, good, bad)
    _assert_only_refused(store.clinic_exercises(), "clinic-good", bad)


def _assert_only_refused(read, good_id: str, bad: dict) -> None:
    assert [e.id for e in read.exercises] == [good_id]
    assert list(read.refused) == [bad["id"]]
    assert str(read.refused[bad["id"]]) == _refusal(bad)
    assert read.problems() and all(problem.file == bad["id"] for problem in read.problems())


@pytest.mark.parametrize(
    "changes",
    [
        {"easier": ["clinic-bad"]},  # Exercise's cross-field rule: not its own easier variation
        {"earliest_stage": 9},
        {"name": "   "},
        {"steps": []},
    ],
)
def test_a_bad_exercise_whose_pictures_were_already_read_is_refused_with_the_same_words(db, store, changes):
    good = _document(id="clinic-good")
    bad = _document(id="clinic-bad", **changes)  # the very same pictures as the good one
    _store_documents(db, good, bad)
    _assert_only_refused(store.clinic_exercises(), "clinic-good", bad)


def test_pictures_written_differently_but_equal_are_read_once_as_one_object(db, store):
    spelled_out = PICTURES.model_dump(mode="json")  # every default written out
    short = {"start": {"base": "standing"}, "end": {"base": "standing", "near_knee": 90}}
    documents = [_document(id=f"clinic-copy-{n}", pictures=p) for n, p in enumerate([spelled_out, short] * 2)]
    _store_documents(db, *documents)
    loaded = store.clinic_exercises().exercises
    assert [e.model_dump(mode="json") for e in sorted(loaded, key=lambda e: e.id)] == [
        Exercise.model_validate(d).model_dump(mode="json") for d in documents
    ]
    assert len({id(e.pictures) for e in loaded}) == 1


@pytest.mark.parametrize("pictures", [None, "absent"])
def test_an_exercise_without_pictures_or_with_null_ones_is_read_without_them(db, store, pictures):
    document = _document(id="clinic-plain", pictures=pictures)
    if pictures == "absent":
        del document["pictures"]
    _store_documents(db, document, _document(id="clinic-good"))
    loaded = {exercise.id: exercise for exercise in store.clinic_exercises().exercises}
    assert loaded["clinic-plain"].pictures is None and loaded["clinic-good"].pictures == PICTURES


@sqlite_only  # PostgreSQL refuses text that is not JSON in a JSON column
def test_an_exercise_whose_stored_text_is_not_json_is_named_and_the_others_read(db, store):
    bad = _document(id="clinic-bad", name="Bad but JSON", steps=[])
    _store_documents(db, _document(id="clinic-good"), _document(id="clinic-broken"), bad)
    with db.session() as session:  # damaged on disk, or edited by hand: SQLite keeps any text
        session.execute(
            sa.text("UPDATE clinic_exercises SET document = :text WHERE id = 'clinic-broken'"),
            {"text": '{"id": "clinic-broken", "name": '},
        )
    read = store.clinic_exercises(include_archived=True)
    assert [e.id for e in read.exercises] == ["clinic-good"]
    assert sorted(read.refused) == ["clinic-bad", "clinic-broken"]
    assert isinstance(read.refused["clinic-broken"], DatabaseDamaged)
    assert "clinic exercise clinic-broken cannot be read" in str(read.refused["clinic-broken"])
    assert str(read.refused["clinic-bad"]) == _refusal(bad)  # read one by one, with the same words
    assert [str(p) for p in read.problems() if p.file == "clinic-broken"] == [
        "clinic-broken: (whole record): its stored text is damaged; restore the latest good backup"
    ]
    assert store.clinic_exercises_with_ids(["clinic-good", "clinic-broken", "clinic-bad"]).keys() == {"clinic-good"}


def test_a_step_that_quotes_the_pictures_key_is_read_as_typed_with_the_exercise_s_own_pictures(db, store):
    # The pictures are cut out of the stored text by their key; inside a JSON string that key's quotes are
    # escaped, so words that look like it are never taken for it.
    quoted = json.dumps({"pictures": {"start": {"base": "supine"}}})
    steps = [f"Type {quoted} into nothing.", '"pictures": {} and "pictures":null']
    document = _document(id="clinic-quoting", steps=steps, name='"pictures": {"start": 1}')
    _store_documents(db, document, _document(id="clinic-good"))
    loaded = {exercise.id: exercise for exercise in store.clinic_exercises().exercises}
    assert loaded["clinic-quoting"] == Exercise.model_validate(document)
    assert loaded["clinic-quoting"].steps == tuple(steps) and loaded["clinic-quoting"].pictures == PICTURES


def _store_text(db, exercise_id: str, text: str) -> None:
    """The document's very text, as a hand edit may leave it (PostgreSQL's json keeps it as written)."""
    value = "CAST(:text AS json)" if db.engine.dialect.name == "postgresql" else ":text"
    with db.session() as session:
        statement = f"UPDATE clinic_exercises SET document = {value} WHERE id = :id"
        assert session.execute(sa.text(statement), {"text": text, "id": exercise_id}).rowcount == 1


def test_a_document_with_the_pictures_key_twice_is_read_with_the_last_as_json_says(db, store):
    other = Pictures(start=Pose(base="supine"), end=Pose(base="supine", near_hip=40))
    document = _document(id="clinic-twice")
    _store_documents(db, document, _document(id="clinic-good"))
    body = json.dumps({k: v for k, v in document.items() if k != "pictures"})
    first, last = (json.dumps(p.model_dump(mode="json")) for p in (PICTURES, other))
    _store_text(db, "clinic-twice", f'{{"pictures": {first}, {body[1:-1]}, "pictures": {last}}}')
    loaded = {exercise.id: exercise for exercise in store.clinic_exercises().exercises}
    assert loaded["clinic-twice"].pictures == other and loaded["clinic-good"].pictures == PICTURES


def test_a_pictures_key_inside_another_object_is_refused_as_the_whole_document_is(db, store):
    bad = _document(id="clinic-nested")
    bad["translations"] = {"es": {"pictures": PICTURES.model_dump(mode="json")}}  # before the real pictures
    rest = {key: value for key, value in bad.items() if key != "translations"}
    text = json.dumps({"translations": bad["translations"], **rest})
    _store_documents(db, _document(id="clinic-nested"), _document(id="clinic-good"))
    _store_text(db, "clinic-nested", text)
    _assert_only_refused(store.clinic_exercises(), "clinic-good", bad)


def test_pictures_that_begin_alike_are_each_read_as_stored(db, store):
    # A pictures text met before is found again by its beginning without parsing it (PostgreSQL): one that
    # only begins the same way, or goes on past it, is still read whole.
    standing = Pose(base="standing")
    alike = [Pictures(start=standing, end=Pose(base="standing", near_knee=angle)) for angle in (90, 95, 90)]
    alike.append(Pictures(start=standing, end=Pose(base="standing", near_knee=90, far_knee=20)))
    documents = [
        _document(id=f"clinic-alike-{n}", pictures=p.model_dump(mode="json")) for n, p in enumerate(alike)
    ]
    _store_documents(db, *documents)
    loaded = {e.id: e.pictures for e in store.clinic_exercises().exercises}
    assert [loaded[d["id"]] for d in documents] == alike


def test_a_known_pictures_text_is_cut_where_parsing_would_cut_it():
    once = _PicturesOnce()
    known = json.dumps(PICTURES.model_dump(mode="json"))
    once.exercise(known, json.dumps(_document(pictures=None)))  # now met before
    longer = known[:-1] + ', "note": "x"}'
    for pictures in (known, longer):
        document = f'{{"id": "a", "pictures": {pictures}, "name": "Bridge"}}'
        assert _pictures_cut(document, once.known_end) == _pictures_cut(document) == (
            pictures, '{"id": "a", "pictures": null, "name": "Bridge"}'
        )
    assert once.known_end(f'{{"pictures": {known}}}', len('{"pictures": ')) is not None  # found, not parsed
