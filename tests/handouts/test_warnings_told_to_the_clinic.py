"""The handout builder's logo and font warnings, as the builder really writes them, are read back and told in
Spanish while the app speaks Spanish (core/print_warnings.py), whatever the patient's language; in English
they stay word for word as written (the command line prints them)."""

from __future__ import annotations

import re

import pytest
from handout_samples import CLINIC, build, make_patient

from ptplanner.core.language import Language, speaking
from ptplanner.core.print_warnings import told_to_clinic

UNREADABLE_LOGO = b"\x89PNG\r\n\x1a\n" + b"not a picture" * 10
ENGLISH_WORDS = re.compile(r"\b(the|is|of|and|on|some|font|print|text|letters|name|exercise|logo|again)\b")


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
def test_each_warning_the_builder_writes_is_told_in_spanish(language):
    clinic = CLINIC.model_copy(update={"logo": UNREADABLE_LOGO})
    # N'Ko cannot be joined; U+E000 (private use) is in no font, in the name and on the therapist's line
    patient = make_patient(name="Sara \ue000 ߒߞߏ", therapist="Sam \ue001", language=language)
    kinds = ("The clinic logo", "No font", "ptplanner cannot join")  # not the notices of untranslated text
    warnings = [warning for warning in build(patient, clinic=clinic).warnings if warning.startswith(kinds)]
    assert len(warnings) == 3, warnings
    assert all(told_to_clinic(warning) == warning for warning in warnings)  # outside Spanish: as written
    with speaking(Language.SPANISH):
        told = [told_to_clinic(warning) for warning in warnings]
    assert all(said != warning for said, warning in zip(told, warnings, strict=True)), told
    names = re.compile(r"N'Ko|WenQuanYi Micro Hei|Microsoft YaHei|ptplanner|U\+E00\d")
    assert not [said for said in told if ENGLISH_WORDS.search(names.sub("", said))], told
    assert any("el nombre del paciente, el nombre del terapeuta" in said for said in told), told


def test_an_unknown_warning_is_left_as_written():
    with speaking(Language.SPANISH):
        assert told_to_clinic("Something new the builder says.") == "Something new the builder says."
