"""One list of limits: the patient's own dated precautions merged with the stage's generic ones, by subject."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.dates import DateWords
from ptplanner.core.limits import limits_in_force
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Subject, Unit
from ptplanner.core.program import Stage
from ptplanner.core.stage_precaution import StagePrecaution

TODAY = date(2026, 12, 4)
STAGE_END = date(2026, 12, 28)  # its last day: its lines say "Until December 29", the next stage's first
WORDS = DateWords(today=TODAY)


def patient(*precautions: Precaution) -> Patient:
    return Patient(name="Ana Silva", date_of_birth=date(1958, 4, 2), precautions=precautions)


def stage(*precautions) -> Stage:
    return Stage(name="Protection", start_week=0, end_week=6, precautions=precautions)


def texts(lines) -> list[str]:
    return [line.text for line in lines]


def test_the_patients_own_dated_precaution_replaces_the_stages_line_on_the_same_subject():
    own = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2027, 1, 26))
    lines = limits_in_force(
        patient(own),
        stage(
            StagePrecaution(about=Subject.LIFTING, text="Lift nothing heavier than your surgeon allows."),
            StagePrecaution(about=Subject.SITTING, text="Sit no longer than your surgeon allows."),
        ),
        STAGE_END,
        TODAY,
        WORDS,
    )
    assert texts(lines) == [
        "Do not lift more than 10 lb until January 26, 2027.",
        "Until December 29: sit no longer than your surgeon allows.",
    ]


def test_the_stages_line_follows_the_patients_own_that_ends_before_the_stage_does():
    # A coming stage printed "Do not lift more than 10 lb until January 29", its first day, and then
    # nothing on lifting for the three months of the stage.
    own = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2026, 12, 20))
    lifting = StagePrecaution(about=Subject.LIFTING, text="Lift nothing heavier than your surgeon allows.")
    for end in (STAGE_END, None):
        [line] = limits_in_force(patient(own), stage(lifting), end, TODAY, WORDS)
        assert line.text == (
            "Do not lift more than 10 lb until December 20."
            " Then lift nothing heavier than your surgeon allows."
        )
        assert line.until == end
    [kept] = limits_in_force(patient(own), stage(lifting), date(2026, 12, 20), TODAY, WORDS)  # ends with it
    assert kept.text == "Do not lift more than 10 lb until December 20."


def test_two_of_the_patients_own_on_one_subject_read_as_one_line_in_order():
    ban = Precaution(kind=PrecautionKind.NO_LIFTING, until=date(2026, 12, 20))
    limit = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=5, unit=Unit.KG, until=date(2027, 2, 1))
    [line] = limits_in_force(patient(limit, ban), stage(), STAGE_END, TODAY, WORDS, Unit.KG)
    assert line.text == (
        "Do not lift anything until December 20. Then do not lift more than 5 kg until February 1, 2027."
    )
    [in_pounds] = limits_in_force(patient(limit, ban), stage(), STAGE_END, TODAY, WORDS)  # the default
    assert "Then do not lift more than 11 lb until February 1, 2027." in in_pounds.text
    assert line.until == date(2027, 2, 1)


def test_a_note_that_is_a_fragment_reads_as_part_of_the_sentence():
    own = Precaution(kind=PrecautionKind.NO_BENDING, until=date(2026, 12, 29), note="per surgeon, Dr. Lee")
    [line] = limits_in_force(patient(own), stage(), STAGE_END, TODAY, WORDS)
    assert line.text == "Do not bend forward at your waist until December 29 (per surgeon, Dr. Lee)."


def test_lines_about_nothing_in_particular_are_all_kept_and_an_exact_repeat_once():
    lines = limits_in_force(
        patient(Precaution(kind=PrecautionKind.OTHER, note="Wear the brace out of bed")),
        stage("Wear good shoes.", "Wear good shoes.", "Keep your pelvis level."),
        None,
        TODAY,
        WORDS,
    )
    assert texts(lines) == [
        "Wear the brace out of bed.",  # the therapist's own words, with no date: printed as typed
        "During this stage: wear good shoes.",
        "During this stage: keep your pelvis level.",
    ]


def test_ended_precautions_are_left_out_and_a_coming_stage_uses_its_first_day():
    ends_soon = Precaution(kind=PrecautionKind.NO_TWISTING, until=date(2026, 12, 10))
    assert limits_in_force(patient(ends_soon), stage(), None, TODAY, WORDS)
    assert not limits_in_force(patient(ends_soon), stage(), None, date(2027, 1, 5), WORDS)


def test_programs_saved_before_subjects_read_the_former_template_lines_with_their_subjects():
    old = Stage.model_validate(
        {"name": "Protection", "start_week": 0, "precautions": ["No bending, lifting or twisting.", "Own words."]}
    )
    assert [(p.about, p.text) for p in old.precautions] == [
        (Subject.BENDING, "Do not bend forward at your waist."),
        (Subject.LIFTING, "Lift nothing heavier than your surgeon allows."),
        (Subject.TWISTING, "Do not twist your back."),
        (Subject.GENERAL, "Own words."),
    ]
    # Lines without a subject are stored as plain text, as older copies of ptplanner wrote them.
    assert old.model_dump(mode="json")["precautions"][-1] == "Own words."


KINDS = st.sampled_from(list(PrecautionKind))
UNTIL = st.one_of(st.none(), st.dates(min_value=TODAY - timedelta(days=30), max_value=TODAY + timedelta(days=400)))


@st.composite
def precautions(draw) -> Precaution:
    kind = draw(KINDS)
    limit, unit = {
        PrecautionKind.LIFTING_LIMIT: (draw(st.integers(1, 50)), Unit.LB),
        PrecautionKind.SITTING_LIMIT: (draw(st.integers(5, 120)), Unit.MINUTES),
    }.get(kind, (None, None))
    about = draw(st.sampled_from(list(Subject))) if kind is PrecautionKind.OTHER else Subject.GENERAL
    note = draw(st.sampled_from(["", "per Dr. Lee", "Use the grabber."]))
    if kind is PrecautionKind.OTHER:
        note = note or "Keep the brace on"
    return Precaution(kind=kind, limit=limit, unit=unit, until=draw(UNTIL), note=note, about=about)


STAGE_LINES = st.builds(
    StagePrecaution, text=st.sampled_from(["Take care.", "Wear good shoes.", "Go slowly."]), about=st.sampled_from(list(Subject))
)


@given(st.lists(precautions(), max_size=8), st.lists(STAGE_LINES, max_size=8), st.one_of(st.none(), st.just(STAGE_END)))
def test_no_subject_is_printed_twice_and_every_line_says_until_when(own, generic, end):
    lines = limits_in_force(patient(*own), stage(*generic), end, TODAY, WORDS)
    subjects = [line.subject for line in lines if line.subject is not Subject.GENERAL]
    assert len(subjects) == len(set(subjects))
    for precaution in own:
        if precaution.applies_on(TODAY):
            assert precaution.subject in {line.subject for line in lines}
    for line in lines:
        typed_as_is = any(  # the therapist's own words with no date print as typed
            p.kind is PrecautionKind.OTHER and p.until is None and line.text.startswith(p.note.strip())
            for p in own
        )
        assert typed_as_is or "until" in line.text.lower() or line.text.startswith("During this stage")
        assert ". ." not in line.text and ".." not in line.text
