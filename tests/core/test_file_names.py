"""Saved files are named after the patient and what they are, safely on every desktop file system."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.file_names import MAX_FILE_BYTES, family_name_first, patient_file_name

DAY = date(2026, 12, 4)
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


def test_the_name_says_whose_it_is_what_it_is_and_when():
    assert patient_file_name("Margaret Okafor", "handout stage 2", DAY) == (
        "Okafor Margaret - handout stage 2 - 2026-12-04.pdf"
    )
    assert patient_file_name("Okafor, Margaret", "progress report", DAY) == (
        "Okafor Margaret - progress report - 2026-12-04.pdf"
    )
    assert family_name_first("Zofia Łukasiewicz") == "Łukasiewicz Zofia"
    assert family_name_first("Cher") == "Cher"


def test_characters_a_file_system_forbids_are_left_out():
    name = patient_file_name('A<b>:c"d/e\\f|g?h*i\x00\u200fj.', "handout stage 1", DAY)
    assert not WINDOWS_FORBIDDEN & set(name) and "\x00" not in name and "\u200f" not in name
    assert name == "A b c d e f g h ij - handout stage 1 - 2026-12-04.pdf"
    assert patient_file_name("...", "progress report", DAY).startswith("patient - ")


def test_long_names_are_cut():
    long = patient_file_name("Ж" * 500, "handout stage 12", DAY)
    assert len(long.encode()) <= MAX_FILE_BYTES and long.endswith(" - handout stage 12 - 2026-12-04.pdf")


@given(st.text(max_size=400))
def test_any_name_gives_a_safe_file_name(name):
    file_name = patient_file_name(name, "handout stage 1", DAY)
    assert file_name.endswith(".pdf") and len(file_name.encode()) <= MAX_FILE_BYTES
    assert not WINDOWS_FORBIDDEN & set(file_name)
    assert all(ch.isprintable() for ch in file_name)
    assert not file_name.startswith((" ", ".")) and "/" not in file_name
