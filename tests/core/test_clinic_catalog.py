"""The therapist's sentences the core writes: every text the code hands to `tr_clinic` (or marks with
`clinic_word`) has its Spanish with the same placeholders, and the sentences come out in Spanish, with
decimal commas, only while the app speaks Spanish."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

import ptplanner
from ptplanner.core.language import Language, clinic_list, number, speaking, tr_clinic
from ptplanner.core.progress.flags import pain_rise_text
from ptplanner.core.progress.pain import PainChange, Site
from ptplanner.core.progress.trend import compare_sites, comparison_sentence
from ptplanner.core.spanish_clinic import CLINIC_SPANISH

PACKAGE = Path(ptplanner.__file__).parent
PLACEHOLDER = re.compile(r"\{\w*\}")


def clinic_keys() -> list[tuple[str, str]]:
    """(where, text) of every literal given to tr_clinic or clinic_word anywhere in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("tr_clinic", "clinic_word") and node.args:
                argument = node.args[0]
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.append((where, argument.value))
                else:  # a name must hold a marked word: clinic_word("...") where it is defined
                    assert name == "tr_clinic" and isinstance(argument, ast.Name | ast.Subscript), where
    return found


def test_every_clinic_text_of_the_code_has_its_spanish_with_the_same_placeholders():
    keys = clinic_keys()
    assert len(keys) > 60
    for where, english in keys:
        spanish = CLINIC_SPANISH.get(english)
        assert spanish, f"{where}: no Spanish for {english!r}"
        assert sorted(PLACEHOLDER.findall(spanish)) == sorted(PLACEHOLDER.findall(english)), where
        assert spanish != english or not re.search(r"[a-z]{3}", english), where


def test_the_catalog_holds_no_sentence_the_code_no_longer_says():
    used = {english for _, english in clinic_keys()}
    assert not set(CLINIC_SPANISH) - used, sorted(set(CLINIC_SPANISH) - used)


def test_english_outside_speaking_and_spanish_with_decimal_commas_inside():
    weeks = (date(2026, 11, 13), date(2026, 11, 19)), (date(2026, 11, 30), date(2026, 12, 6))
    change = PainChange(Site.BACK, first_week=3.25, last_week=5.5, first_days=weeks[0], last_days=weeks[1])
    english = pain_rise_text(change)
    assert english == (  # unchanged English
        "Back pain in the daily log is up 2.2 points: 5.5 a day on average in the last 7 days (Nov 30 to"
        " Dec 6), against 3.2 in the first week of this stage (Nov 13 to Nov 19)."
    )
    with speaking(Language.SPANISH):
        spanish = pain_rise_text(change)
        compared = comparison_sentence(compare_sites([(Site.LEG, 4.0, 2.5), (Site.BACK, 5.0, 5.4)], 1.5), 1.5,
                                       tr_clinic("daily average the week before, then last week"))
        listed = clinic_list(["a", "b", "c"])
    assert spanish.startswith(
        "El dolor de espalda del registro diario subió 2,2 puntos: 5,5 de media diaria en los últimos 7 días"
        " (30 nov al 6 dic)"
    )
    assert compared == (
        "Dolor de pierna en descenso (4,0 y luego 2,5) y dolor de espalda estable (5,0 y luego 5,4): media"
        " diaria de la semana anterior y luego de la última; un cambio de 1,5 puntos o más cuenta como subida"
        " o bajada."
    )
    assert listed == "a, b y c"
    assert tr_clinic("Hold or step back after a flare") == "Hold or step back after a flare"


def test_a_library_files_problems_are_told_in_the_language_being_spoken(tmp_path):
    from ptplanner.core.library import load_library

    (tmp_path / "bad.toml").write_text('id = "bad"\nname = "Bad"\nearliest_stage = 9\n', encoding="utf-8")
    english = [str(problem) for problem in load_library(tmp_path).problems]
    with speaking(Language.SPANISH):
        spanish = [str(problem) for problem in load_library(tmp_path).problems]
    assert "bad.toml: summary: missing (required)" in english
    assert "bad.toml: summary: falta (obligatorio)" in spanish and len(spanish) == len(english)


def test_the_models_refusals_are_told_in_spanish_naming_the_field_and_stay_pydantics_in_english():
    from pydantic import ValidationError

    from ptplanner.core.dosage import Dosage
    from ptplanner.core.patient import MAX_NAME, Patient
    from ptplanner.core.validation_words import problem_sentence

    def refusals(make) -> list[str]:
        with pytest.raises(ValidationError) as refused:
            make()
        return [problem_sentence(detail) for detail in refused.value.errors(include_url=False)]

    def patient():
        return Patient(id="p", name="x" * (MAX_NAME + 1), date_of_birth="1961-02-30", fused_levels=("L5-L4",),
                       surgeon_phone="1" * 41)

    english = refusals(patient)
    assert english[0] == f"String should have at most {MAX_NAME} characters."  # pydantic's, as before
    with speaking(Language.SPANISH):
        spanish = refusals(patient) + refusals(lambda: Dosage(reps=0, sets="many")) + refusals(
            lambda: Dosage(reps=1000))
        spanish_max = number(MAX_NAME)
    assert spanish == [
        f"Nombre: {spanish_max} caracteres como máximo.",
        "Fecha de nacimiento: no es una fecha; escríbala como año-mes-día, por ejemplo 2026-03-01.",
        "Niveles fusionados: 'L5-L4' está al revés: escriba primero el nivel superior, por ejemplo L4-L5.",
        "Teléfono del cirujano: 40 caracteres como máximo.",
        "Series: no es un número.",
        "Repeticiones: debe ser 1 o más.",
        "Repeticiones: debe ser 100 o menos.",
    ]


def test_a_library_files_bad_value_is_told_in_spanish_without_pydantics_english(tmp_path):
    from ptplanner.core.library import load_library

    bundled = Path(ptplanner.__file__).parent.parent / "exercises" / "bridge.toml"
    text = bundled.read_text(encoding="utf-8").replace("earliest_stage = ", "earliest_stage = 9 #", 1)
    (tmp_path / "bridge.toml").write_text(text, encoding="utf-8")
    english = [str(problem) for problem in load_library(tmp_path).problems]
    with speaking(Language.SPANISH):
        spanish = [str(problem) for problem in load_library(tmp_path).problems]
    assert any("Input should be less than or equal to 4" in said for said in english), english
    assert "bridge.toml: earliest_stage: Debe ser 4 o menos (se encontró 9)" in spanish, spanish


# Every kind of sentence, made in Spanish: no English word left (the patient's quoted note aside)

ENGLISH_WORDS = re.compile(
    r"\b(the|is|of|and|pain|stage|week|weeks|was|for|to|in|after|meant|involves|applies|until|load|above|"
    r"step|walking|minutes|day|hold|back|leg|did|sessions|needed|rising|steady|falling|note|mentions)\b"
)


def sentences_in_spanish(make_exercise) -> list[str]:
    from datetime import timedelta

    from tests.core import test_safety as safety_cases
    from tests.core import test_suggestions as cases
    from tests.core.progress_samples import daily, day, entry, item, program, stage

    from ptplanner.core.dosage import Dosage
    from ptplanner.core.patient import Precaution, PrecautionKind, Unit
    from ptplanner.core.program import ProgramItem
    from ptplanner.core.progress.figures import progress_figures
    from ptplanner.core.progress_rules import ProgressRules
    from ptplanner.core.safety import program_warnings

    said = []
    with speaking(Language.SPANISH):
        flare = cases.daily(0, 13, bridge=1, pain_back=3) + cases.daily(14, 20, bridge=1, pain_back=5)
        sore = [*cases.GOOD_FORTNIGHT[:12], entry(12, bridge=1, pain_back=3, pain_back_after=6),
                entry(13, bridge=1, pain_back=5, pain_leg=2)]
        no_surgery_date = daily(28, 41, bridge=1, pain_back=2)
        walking_over = program(stage(item("bridge"), walking=cases.SHORT_WALKING))
        two_stages_ago = (daily(0, 6, bridge=1, pain_back=2) + daily(7, 13, clamshell=0, pain_back=2)
                          + daily(14, 20, clamshell=1, pain_back=5))
        for suggestion in [
            *cases.suggestions(cases.two_stages(), cases.GOOD_FORTNIGHT),
            *cases.suggestions(cases.two_stages(), no_surgery_date, who=cases.patient(None), today=day(42)),
            *cases.suggestions(walking_over, cases.GOOD_FORTNIGHT),
            *cases.suggestions(cases.two_stages(walking=cases.WALKING), flare, today=day(21)),
            *cases.suggestions(cases.two_stages(), sore),
            *cases.suggestions(cases.two_stages(moves=((1, 7),)), two_stages_ago, who=cases.patient(9),
                               today=day(21)),
        ]:
            said += [suggestion.title, suggestion.reason]
        poor = daily(0, 20, bridge=1) + [entry(n, bridge=int(n % 3 == 0), note="fever" if n == 33 else "")
                                         for n in range(21, 35)]
        figures = progress_figures(program(stage(item("bridge"))), poor, [], ProgressRules(), day(35))
        said += [flag.message for flag in figures.flags]
        said += [flag.message for flag in progress_figures(
            cases.two_stages(), flare, [], ProgressRules(flag_weeks=1), day(21)).flags]
        late = make_exercise(earliest_stage=2, movements=["bending"])
        heavy = ProgramItem.of(make_exercise(), Dosage(reps=10, load="20 lb dumbbell"))
        crowded = [ProgramItem.of(late, Dosage(reps=10)), heavy,
                   *(ProgramItem.of(make_exercise(), Dosage(reps=5)) for _ in range(6))]
        who = safety_cases.patient(
            Precaution(kind=PrecautionKind.NO_BENDING, until=safety_cases.until(6)),
            Precaution(kind=PrecautionKind.NO_TWISTING),
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB),
        )
        warnings = program_warnings(safety_cases.program(crowded), who, safety_cases.TODAY)
        said += [warning.message for warning in warnings]
        assert len(warnings) >= 4 and timedelta  # a stage too early, bending, the load, a crowded session
    return said


def test_every_kind_of_sentence_comes_out_in_spanish(make_exercise):
    said = sentences_in_spanish(make_exercise)
    assert len(said) >= 18
    quoted = re.compile(r"“[^”]*”")
    typed = "20 lb dumbbell"  # the load as the therapist typed it
    english = [text for text in said if ENGLISH_WORDS.search(quoted.sub("", text).replace(typed, ""))]
    assert not english, "\n".join(english)
    assert any("reagudización" in text for text in said)
    assert any("Subir la caminata" in text for text in said)
    assert any("sin flexión" in text for text in said)
    assert any("supera el límite de peso" in text for text in said)


def test_text_that_cannot_be_stored_is_refused_field_by_field_in_either_language():
    # One check of the whole model (core/model.py) names each field holding such a character, as a check of
    # each field did; a lone surrogate in a text with a length limit is refused by pydantic itself, in the
    # same words.
    from pydantic import ValidationError

    from ptplanner.core.patient import Patient
    from ptplanner.core.validation_words import problem_sentence

    def refusals(**fields) -> list[tuple[tuple, str]]:
        with pytest.raises(ValidationError) as refused:
            Patient(id="p", date_of_birth="1961-02-03", **fields)
        return [(detail["loc"], problem_sentence(detail)) for detail in refused.value.errors(include_url=False)]

    both = {"name": "Ana\x00Silva", "notes": "left \x00 hip"}
    assert refusals(**both) == [
        (("name",), "Contains a character that cannot be stored (U+0000)."),
        (("notes",), "Contains a character that cannot be stored (U+0000)."),
    ]
    with speaking(Language.SPANISH):
        assert [said for _loc, said in refusals(**both)] == [
            "Nombre: tiene un carácter que no se puede guardar (U+0000).",
            "Notas: tiene un carácter que no se puede guardar (U+0000).",
        ]
        assert [said for _loc, said in refusals(name="Ana \ud800")] == [
            "Nombre: tiene un carácter que no se puede guardar."
        ]
    assert [said for _loc, said in refusals(name="Ana \ud800")] == ["Contains a character that cannot be stored."]
