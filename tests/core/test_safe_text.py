"""Text shown in one line, whatever it holds: no direction control, control character or accent flood
gets through, and plain text in any script comes back as typed."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.safe_text import (
    DIRECTION_CONTROLS,
    INVISIBLE,
    ISOLATE_END,
    ISOLATE_START,
    MOST_MARKS,
    control_character,
    escaped,
    isolated,
    one_line,
    tidy_typed,
)

HOSTILE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\ufeff"
HOSTILE += "\t\n\r\x0b\x0c\x1b\x7f\x85\x9b\u2028\u2029\u0301\u0308\u05b8\u064e "
# Any text, with the troublesome characters drawn often.
ANY_TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(HOSTILE)), max_size=80)
LATIN = "abcdefghijklmnopqrstuvwxyzÁÉéñçøßŁ ,.'-()0123456789"
HEBREW = "אבגדהוזחטיכלמנסעפצקרשת\u05b0\u05b4\u05b8\u05bc"  # with vowel points and dagesh
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي\u064e\u064f\u0650\u0651\u200c"  # with harakat and a ZWNJ
PLAIN = st.text(st.sampled_from(LATIN + HEBREW + ARABIC + "\u200e\u200f"), max_size=60)


def marks_in_a_row(text: str) -> int:
    longest = run = 0
    for ch in text:
        run = run + 1 if unicodedata.category(ch) in ("Mn", "Me") else 0
        longest = max(longest, run)
    return longest


@given(ANY_TEXT, st.sampled_from([None, 1, 5, 40]))
def test_shown_text_holds_no_control_no_direction_control_and_no_accent_flood(text, most):
    for control in (None, escaped):
        shown = one_line(text, most) if control is None else one_line(text, most, control)
        assert not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in shown)
        assert not set(shown) & (DIRECTION_CONTROLS | INVISIBLE)  # no override left open, none at all
        assert marks_in_a_row(shown) <= MOST_MARKS
        assert most is None or len(shown) <= most


@given(ANY_TEXT, st.sampled_from([None, 3, 40]))
def test_showing_shown_text_again_changes_nothing(text, most):
    shown = one_line(text, most)
    assert one_line(shown, most) == shown
    assert one_line(one_line(text, most, escaped), most, escaped) == one_line(text, most, escaped)
    assert isolated(isolated(text, most), most) == isolated(text, most)


@given(ANY_TEXT)
def test_an_isolated_text_opens_and_closes_at_most_one_isolate_and_no_other_control(text):
    shown = isolated(text)
    if shown[:1] == ISOLATE_START:
        assert shown[-1] == ISOLATE_END
        shown = shown[1:-1]
    assert not set(shown) & DIRECTION_CONTROLS


def test_right_to_left_text_is_isolated_and_left_to_right_text_is_left_alone():
    assert isolated("דוד כהן") == ISOLATE_START + "דוד כהן" + ISOLATE_END
    assert isolated("Ahmed \u202eHaddad") == "Ahmed Haddad"
    assert isolated("Zoë Łukasiewicz") == "Zoë Łukasiewicz"


@given(PLAIN)
def test_plain_latin_hebrew_and_arabic_text_is_shown_as_typed(text):
    assert one_line(text) == text
    assert tidy_typed(text) == text


def test_what_each_kind_of_hostile_text_shows():
    assert one_line("Ahmed \u202eHaddad") == "Ahmed Haddad"  # not "Ahmed daddaH" and all that follows
    assert one_line("Dolores\x1b[2J Ramírez") == "Dolores\ufffd[2J Ramírez"
    assert one_line("Dolores\x1b[2J Ramírez", control=escaped) == "Dolores\\x1b[2J Ramírez"
    assert one_line("Ana\tSilva\u2028Jr.\u0085x\r\n") == "Ana Silva Jr. x  "
    assert one_line("G" + "\u0301" * 300 + "race") == "G" + "\u0301" * MOST_MARKS + "race"
    assert one_line("James\u200b Whitfield\ufeff") == "James Whitfield"
    assert one_line("x" * 300, 60) == "x" * 59 + "…"
    assert one_line("מרים\u200f (2)") == "מרים\u200f (2)"  # a right-to-left mark reaches no further: kept


def test_typing_a_one_line_field_keeps_every_visible_character():
    assert tidy_typed("Ana\u200b Silva\u202e") == "Ana Silva"
    assert tidy_typed("Ana\tSilva\nJr.") == "Ana Silva Jr."
    assert tidy_typed("Dolores\x1b[2J") == "Dolores\x1b[2J"  # not invisible junk: control_character names it
    assert control_character("Dolores\x1b[2J") == "U+001B"
    assert control_character(tidy_typed("Ana\tSilva\u2029")) is None
