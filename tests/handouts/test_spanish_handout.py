"""A handout in the patient's language: Spanish words, dates and numbers from top to bottom, and an
exercise with no Spanish text printed in English, marked on the page and named to the person printing."""

from __future__ import annotations

from datetime import date

import pytest
from handout_samples import (
    CLINIC,
    TODAY,
    app_translations,
    library,
    make_patient,
    make_program,
    page_texts,
    pdf_text,
    phrases,
    program_with_items,
)

from ptplanner.core.exercise import ExerciseText
from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS as FOLLOW
from ptplanner.core.language import Language, speaking
from ptplanner.core.patient import Precaution, PrecautionKind, Subject, Unit
from ptplanner.core.program import Program, ProgramItem
from ptplanner.core.translation import TEXT_FIELDS
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions

ENGLISH_HEADINGS = ("Your limits", "When to get help", "Your exercises", "Before you start", "Page 1 of")
SPANISH_HEADINGS = ("Sus límites", "Cuándo pedir ayuda", "Sus ejercicios", "Antes de empezar", "Página 1 de")
MARK = "Este ejercicio está en inglés"
SITTING_ENDS = date(2025, 4, 1)


def with_spanish_first_exercise(program: Program, stage: int) -> Program:
    """The stage's first exercise with a Spanish text of its own (the rest have none)."""
    item = program.stages[stage].items[0]
    english = item.exercise
    text = ExerciseText(
        name="Puente de prueba",
        summary="Fortalece las nalgas.",
        steps=tuple(f"Paso número {n}." for n in range(1, len(english.steps) + 1)),
        cues=tuple(f"Consejo {n}." for n in range(1, len(english.cues) + 1)),
        stop_if="Pare si le duele más.",
        precautions=tuple(f"Cuidado {n}." for n in range(1, len(english.precautions) + 1)),
    )
    spanish = item.model_copy(update={"exercise": english.model_copy(update={"translations": {"es": text}})})
    rest = tuple(  # as copied into programs before the library had Spanish texts
        other.model_copy(update={"exercise": other.exercise.model_copy(update={"translations": {}})})
        for other in program.stages[stage].items[1:]
    )
    stages = list(program.stages)
    stages[stage] = stages[stage].model_copy(update={"items": (spanish, *rest)})
    return program.model_copy(update={"stages": tuple(stages)})


def program_of_bridge_reminders(patient) -> tuple[str, ...]:
    return make_program(patient).stages[1].items[0].exercise.precautions


def spanish_handout(patient=None, program=None, **options):
    patient = patient or make_patient(language=Language.SPANISH)
    program = program or make_program(patient)
    chosen = HandoutOptions(**options)
    return build_handout(patient, program, CLINIC, chosen, TODAY, font_folders=(), translations=phrases())


def test_a_spanish_patients_handout_is_in_spanish_with_spanish_dates_and_numbers():
    patient = make_patient(language=Language.SPANISH)
    handout = spanish_handout(patient, with_spanish_first_exercise(make_program(patient), 1))
    text = pdf_text(handout.pdf)
    assert handout.language is Language.SPANISH
    for heading in SPANISH_HEADINGS:
        assert heading in text
    for heading in ENGLISH_HEADINGS:
        assert heading not in text
    assert "Ejercicios para hacer en casa · 1 de marzo de 2025" in text
    assert "Etapa 2 de 4: Estabilidad, del 17 de febrero al 30 de marzo" in text
    assert "No levante más de 10 libras hasta el 7 de abril." in text
    assert "100,4 °F (38,0 °C)" in text  # a decimal comma
    assert "1. Puente de prueba" in text and "Paso número 1." in text
    # The bridge's second precaution is the library's "Follow your surgeon's limits.", said once on page 1.
    assert program_of_bridge_reminders(patient) == ("Do not lift your hips higher than a straight line.", FOLLOW)
    assert "Cuidado 1." in text and "Cuidado 2." not in text
    assert "Metas de esta etapa" in text and "Fortalecer las caderas." in text
    assert "Programa del 11 de enero de 2025, versión 3" in text


def test_an_exercise_with_no_spanish_text_prints_in_english_marked_and_the_printer_is_told():
    patient = make_patient(language=Language.SPANISH)
    program = with_spanish_first_exercise(make_program(patient), 1)
    handout = spanish_handout(patient, program)
    text = pdf_text(handout.pdf)
    english = program.stages[1].items[1].exercise  # the second exercise has no Spanish text
    assert f"{MARK}" in text and f"2. {english.name}" in text and english.steps[0] in text
    assert text.count(MARK) == len(program.stages[1].items) - 1  # every exercise but the first
    warning = f"Exercise 2 ({english.name}) has no Spanish text: it prints in English, marked for the patient"
    assert f"{warning}." in handout.warnings
    assert not any("Exercise 1 " in warning for warning in handout.warnings)


def test_the_log_sheet_is_in_spanish():
    handout = spanish_handout(log_weeks=2)
    log = page_texts(handout.pdf)[-1]
    assert "Mi registro: del 1 al 14 de marzo" in log
    assert "Marque una casilla cada vez que haga un ejercicio." in log
    for row in ("Ejercicio", "Dolor de espalda (0 a 10)", "Dolor de pierna (0 a 10)", "Notas"):
        assert row in log
    # 1 March 2025 was a Saturday; the weekdays as CLDR shortens them for Spanish (Babel's EEEEEE)
    assert "Ejercicio Sa 1 Do 2 Lu 3 Ma 4 Mi 5 Ju 6 Vi 7 Sa 8" in log
    assert "Back pain" not in log and "My exercise log" not in log


def with_own_words_as_spanish(program: Program) -> Program:
    """Every exercise with a 'Spanish' text as long as its English (its English words), so the layout of
    ptplanner's own Spanish words can be compared page for page with the English handout."""
    stages = []
    for stage in program.stages:
        items = []
        for item in stage.items:
            english = item.exercise
            text = ExerciseText(**english.model_dump(include=set(TEXT_FIELDS)))
            exercise = english.model_copy(update={"translations": {"es": text}})
            items.append(item.model_copy(update={"exercise": exercise}))
        stages.append(stage.model_copy(update={"items": tuple(items)}))
    return program.model_copy(update={"stages": tuple(stages)})


@pytest.mark.parametrize("template", ["fusion-hip-si", "graded-walking", "si-joint-stabilization"])
@pytest.mark.parametrize("large_print", [False, True])
def test_all_words_of_ptplanner_and_templates_have_spanish_and_fit_the_english_pages(template, large_print):
    """Every stage of every template, past, current and coming, in normal and large print: nothing but the
    exercises' own texts could print in English, and ptplanner's Spanish words (longer than the English)
    take no more pages than the English handout (one more where they push the limits off page 1)."""
    patient = make_patient(
        language=Language.SPANISH,
        precautions=(
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4.5, unit=Unit.KG, until=date(2025, 3, 10)),
            Precaution(kind=PrecautionKind.NO_LIFTING, until=date(2025, 3, 5)),
            Precaution(kind=PrecautionKind.NO_BENDING),
            Precaution(kind=PrecautionKind.SITTING_LIMIT, limit=30, unit=Unit.MINUTES, until=SITTING_ENDS),
        ),
    )
    program = with_own_words_as_spanish(make_program(patient, stage_index=1, template=template))
    for stage in range(len(program.stages)):
        handout = spanish_handout(patient, program, stage_index=stage, large_print=large_print)
        untranslated = [w for w in handout.warnings if w.startswith("Not translated") or "no Spanish" in w]
        assert untranslated == [], untranslated
        text = pdf_text(handout.pdf)
        assert "Stage " not in text and " weeks " not in text and "Page " not in text and MARK not in text
        english = spanish_handout(patient, program, stage_index=stage, large_print=large_print, language="en")
        # One page more only where the longer words push the limits or "Before you start" off page 1, as
        # page 1 is designed to let them (the English then packs its first blocks into the room they leave
        # on page 2).
        first_pages = page_texts(english.pdf)[0], page_texts(handout.pdf)[0]
        sections = [("Your limits", "Sus límites"), ("Before you start", "Antes de empezar")]
        pushed = any(en in first_pages[0] and es not in first_pages[1] for en, es in sections)
        # Or where the English saved its last page by taking its goals to the top of page 2, as a handout
        # over the page target does where that saves a page, and the longer Spanish goals do not fit there.
        english_pages = page_texts(english.pdf)
        moved = len(english_pages) > 1 and "Goals for this stage" in english_pages[1]
        moved = moved and "Metas de esta etapa" not in page_texts(handout.pdf)[1]
        assert handout.pages <= english.pages + (pushed or moved), (stage, handout.pages, english.pages)


def test_a_patient_without_a_language_follows_the_clinic_and_the_options_override_both():
    patient = make_patient()
    spanish_clinic = CLINIC.model_copy(update={"language": Language.SPANISH})
    program = make_program(patient)
    handout = build_handout(patient, program, spanish_clinic, HandoutOptions(), TODAY, font_folders=())
    assert handout.language is Language.SPANISH
    english = HandoutOptions(language=Language.ENGLISH)
    handout = build_handout(patient, program, spanish_clinic, english, TODAY, font_folders=())
    assert handout.language is Language.ENGLISH and "Your limits" in pdf_text(handout.pdf)


def test_free_text_the_therapist_typed_prints_as_written_and_is_named():
    patient = make_patient(
        language=Language.SPANISH,
        precautions=(Precaution(kind=PrecautionKind.OTHER, note="No gardening <b>yet</b> & no golf"),),
    )
    program = make_program(patient)
    items = program.stages[1].items
    noted = items[0].model_copy(update={"note": "Slow & steady"})
    stage = program.stages[1].model_copy(update={"items": (noted, *items[1:])})
    stages = (program.stages[0], stage, *program.stages[2:])
    handout = spanish_handout(patient, program.model_copy(update={"stages": stages}))
    text = pdf_text(handout.pdf)
    assert "No gardening <b>yet</b> & no golf" in text and "Nota de su terapeuta: Slow & steady" in text
    assert "Not translated, printed as written: \u201cSlow & steady\u201d" in handout.warnings
    assert any("No gardening" in warning for warning in handout.warnings)


def test_spanish_dates_and_numbers_are_only_spanish_inside_the_handout():
    from ptplanner.core.dates import DateWords
    from ptplanner.core.language import number

    words = DateWords(today=date(2026, 1, 1))
    with speaking(Language.SPANISH):
        assert words.long(date(2026, 12, 4)) == "4 de diciembre"
        assert words.full(date(2026, 12, 4)) == "4 de diciembre de 2026"
        assert words.short(date(2026, 9, 30)) == "30 sept"  # CLDR's abbreviation
        assert words.span(date(2026, 3, 3), None) == "desde el 3 de marzo"
        span = words.first_to_last(date(2026, 11, 28), date(2026, 12, 11))
        assert span == "del 28 de noviembre al 11 de diciembre"
        assert words.short_span(date(2026, 12, 7), date(2026, 12, 13)) == "7 al 13 dic"
        assert number(4.5) == "4,5" and number(38, 1) == "38,0"
    assert words.long(date(2026, 12, 4)) == "December 4" and number(4.5) == "4.5"


def test_every_demo_patients_spanish_handout_has_no_english_but_the_marked_exercises(tmp_path):
    from demo_handouts import DEMO_TODAY, demo_clinic

    demo = demo_clinic(tmp_path)
    assert [p.name for p, _ in demo.patients if p.language is Language.SPANISH] == ["Dolores Ramírez"]
    for patient, program in demo.patients:
        handout = build_handout(
            patient, program, demo.clinic, HandoutOptions(language=Language.SPANISH), DEMO_TODAY,
            font_folders=(), translations=phrases(),
        )
        assert [w for w in handout.warnings if w.startswith("Not translated")] == [], patient.name
        text = pdf_text(handout.pdf)
        for heading in SPANISH_HEADINGS[:3]:
            assert heading in text, (patient.name, heading)
        assert not any(heading in text for heading in ENGLISH_HEADINGS), patient.name
        assert "Mi registro" in text and "diciembre de 2026" in text



@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_demo_patients_spanish_handout_takes_no_more_pages_than_its_english_one(tmp_path, paper):
    """As the app prints it: the templates' stage words and the library's exercises in Spanish. The
    Spanish texts are written to fit (two blocks to a page, page 1 whole, the goals at the top of page 2
    where the English puts them there, the walking table with the log sheet)."""
    from demo_handouts import DEMO_TODAY, demo_clinic

    demo = demo_clinic(tmp_path)
    translations = app_translations()
    over = []
    for patient, program in demo.patients:
        pages = [
            build_handout(
                patient, program, demo.clinic, HandoutOptions(paper=paper, language=language), DEMO_TODAY,
                font_folders=(), translations=translations, handout_id="demo",
            ).pages
            for language in (Language.ENGLISH, Language.SPANISH)
        ]
        if pages[1] > pages[0]:
            over.append((patient.name, *pages))
    assert over == []

def test_two_limits_on_one_subject_read_as_one_spanish_line_with_a_decimal_comma():
    from ptplanner.core.dates import DateWords
    from ptplanner.core.limits import limits_in_force

    patient = make_patient(
        precautions=(
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4.5, unit=Unit.KG, until=date(2025, 4, 10)),
            Precaution(kind=PrecautionKind.NO_LIFTING, until=date(2025, 3, 5)),
        )
    )
    stage = make_program(patient).stages[1]
    spanish = phrases().phrases[Language.SPANISH]
    with speaking(Language.SPANISH, spanish):
        lines = limits_in_force(patient, stage, None, TODAY, DateWords(today=TODAY), Unit.KG)
    [lifting] = [line for line in lines if line.own]
    then = "Después no levante más de 4,5 kilos hasta el 10 de abril."
    # The stage's own line on lifting follows, in Spanish, once the patient's last limit has ended.
    [stage_line] = [spanish[p.text.strip()] for p in stage.precautions if p.about is Subject.LIFTING]
    after = f"Después {stage_line[:1].lower()}{stage_line[1:]}"
    assert lifting.text == f"No levante nada hasta el 5 de marzo. {then} {after}"


def test_what_the_stage_is_for_prints_in_spanish_before_its_goals():
    program = make_program(make_patient(language=Language.SPANISH))
    spanish = phrases().phrases[Language.SPANISH]
    about, goal = spanish[program.stages[1].about], spanish[program.stages[1].goals[0]]
    page = next(text for text in page_texts(spanish_handout().pdf) if "Metas de esta etapa" in text)
    assert page.index("Metas de esta etapa") < page.index(about) < page.index(goal)
    assert program.stages[1].about not in page


@pytest.mark.parametrize("part", [0, 1])
def test_every_bundled_exercise_prints_wholly_in_spanish_its_dose_note_and_what_it_needs_too(part):
    # The library's own words around an exercise's text (a dose note, what it needs) come from the
    # catalog: 20 dose notes and 8 things needed printed in English before it had them.
    exercises = sorted(library().active(), key=lambda exercise: exercise.id)
    half = (len(exercises) + 1) // 2
    patient = make_patient(language=Language.SPANISH)
    chosen = exercises[part * half : (part + 1) * half]
    program = program_with_items(patient, [ProgramItem.of(exercise) for exercise in chosen])
    handout = spanish_handout(patient, program)
    untranslated = [w for w in handout.warnings if w.startswith("Not translated") or "no Spanish" in w]
    assert untranslated == []
