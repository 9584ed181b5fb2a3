"""The therapist's sentences the core writes: every text the code hands to `tr_clinic` (or marks with
`clinic_word`) has its Spanish with the same placeholders, and the sentences come out in Spanish, with
decimal commas, only while the app speaks Spanish."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ptplanner
from ptplanner.core.language import Language, clinic_list, speaking, tr_clinic
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
    change = PainChange(Site.BACK, first_week=3.25, last_week=5.5)
    english = pain_rise_text(change)
    assert english.startswith("Back pain is up 2.2 points: 5.5 a day")  # unchanged English
    with speaking(Language.SPANISH):
        spanish = pain_rise_text(change)
        compared = comparison_sentence(compare_sites([(Site.LEG, 4.0, 2.5), (Site.BACK, 5.0, 5.4)], 1.5), 1.5,
                                       tr_clinic("daily average the week before, then last week"))
        listed = clinic_list(["a", "b", "c"])
    assert spanish.startswith("El dolor de espalda subió 2,2 puntos: 5,5 de media diaria")
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
