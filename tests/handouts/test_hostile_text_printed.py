"""A name holding a right-to-left override never closed, control characters or a flood of accents prints
as the letters it holds, and the rest of each line (the footer's "Program of ..., version 3 Page 1 of 6") keeps its
order."""

import re
from io import BytesIO

import pdfplumber
from handout_samples import build, make_patient, make_program


def page_lines(pdf: bytes, number: int = 0) -> list[str]:
    """The lines of a page as a reader sees them: characters left to right, as drawn."""
    with pdfplumber.open(BytesIO(pdf)) as document:
        return document.pages[number].extract_text().splitlines()


def test_an_override_in_a_name_turns_around_neither_the_name_nor_the_rest_of_the_line():
    patient = make_patient(name="Ahmed \u202eHaddad", therapist="Dr \u202eSam Rivera")
    lines = page_lines(build(patient, make_program(patient)).pdf)
    assert lines[1] == "Ahmed Haddad"  # the title, after the clinic's line
    assert "Therapist: Dr Sam Rivera" in lines[2]
    footer = next(line for line in lines if line.startswith("Ahmed Haddad · "))
    assert "Program of " in footer and re.search(r"Page 1 of \d+$", footer)
    assert not any("noisrev" in line or "daddaH" in line for line in lines)


def test_control_characters_and_an_accent_flood_print_as_one_line():
    patient = make_patient(name="Dolores\x1b[2J\u2028Ram\u0131" + "\u0301" * 300 + "rez")
    lines = page_lines(build(patient, make_program(patient)).pdf)
    assert lines[1] == "Dolores [2J Ram\u0131\u0301\u0301\u0301\u0301rez"
