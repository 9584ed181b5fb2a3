"""Right-to-left text put in visual order, and Arabic letters joined, before anything is drawn."""

import unicodedata

from bidi import get_display as rust_display
from hypothesis import example, given
from hypothesis import strategies as st

from ptplanner.handouts.bidi import base_level, has_right_to_left, needs_visual_order, visual_order
from ptplanner.handouts.fonts import bundled_coverage
from ptplanner.handouts.shaping import shaped

HEBREW = "אבגדהוזחטיכלמנסעפצקרשתםןףךץ"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
LATIN = "abcdefgHIJK"
DIGITS = "0123456789"
NEUTRAL = " .,:;!?-'/%"


def shown(text: str, base: int | None = None) -> str:
    base = base_level(text) if base is None else base
    return "".join(ch for ch, _tag in visual_order([[(ch, None) for ch in text]], base)[0])


def drawable(ch: str) -> bool:
    return ord(ch) in bundled_coverage()


def test_a_hebrew_name_is_drawn_right_to_left():
    assert shown("שרה כהן") == "ןהכ הרש"


def test_an_english_sentence_keeps_its_order_around_a_hebrew_name():
    assert shown("Home exercise program for שרה כהן.") == "Home exercise program for ןהכ הרש."


def test_numbers_inside_right_to_left_text_read_left_to_right():
    assert shown("בת 67 שנים") == "םינש 67 תב"


def test_brackets_in_right_to_left_text_are_mirrored_so_they_still_enclose():
    assert shown("שרה (בת 67)") == "(67 תב) הרש"


def test_vowel_marks_come_just_before_their_letter_in_a_right_to_left_run():
    # mem with holam, shin with shin dot and segol, he: the marks are drawn from the letter's origin
    assert shown("מֹשֶׁה") == "ה\u05c1\u05b6ש\u05b9מ"  # he, shin dot, segol, shin, holam, mem
    assert shown("e\u0301 abc") == "e\u0301 abc"  # a left-to-right accent stays after its letter
    assert shown("שלום e\u0301") == "e\u0301 םולש"  # also inside a right-to-left paragraph


def test_tags_travel_with_their_characters():
    chars = [("A", "bold"), ("ש", "plain"), ("ל", "fallback")]
    assert visual_order([chars], 0) == [[("A", "bold"), ("ל", "fallback"), ("ש", "plain")]]


def test_a_comma_at_the_end_of_a_wrapped_line_stays_with_the_words_before_it():
    first, second = visual_order([[(ch, 1) for ch in "שלום,"], [(ch, 2) for ch in "עולם"]], 0)
    assert "".join(ch for ch, _ in first) == ",םולש"
    assert "".join(ch for ch, _ in second) == "םלוע"


def test_every_character_that_needs_reordering_is_found():
    for point in range(0x110000):
        ch = chr(point)
        reordered = unicodedata.bidirectional(ch) in ("R", "AL", "RLE", "LRE", "RLO", "LRO", "PDF")
        assert needs_visual_order(f"abc {ch}") == reordered, hex(point)


def test_the_direction_of_a_paragraph_is_that_of_its_first_letter():
    assert base_level("123 שלום abc") == 1
    assert base_level("(abc) שלום") == 0
    assert base_level("123 ...") == 0
    assert has_right_to_left("abc ש") and has_right_to_left("محمد") and not has_right_to_left("Łódź 123")


MARKS = "\u05b9\u05b6\u064e\u0651"  # holam, segol, fatha, shadda
words = st.text(alphabet=HEBREW + LATIN + DIGITS + ARABIC + MARKS, min_size=1, max_size=8)
texts = st.lists(st.tuples(words, st.sampled_from(NEUTRAL)), max_size=10).map(
    lambda pairs: "".join(word + gap for word, gap in pairs).strip()
)


@given(texts)
def test_the_order_matches_an_independent_implementation_of_the_bidi_algorithm(text):
    """python-bidi's Rust implementation (unicode-bidi) agrees wherever both follow the same rules: no
    brackets, as it does not mirror them."""
    assert shown(text) == rust_display(text, base_dir="LR"[base_level(text)])


@given(st.lists(texts, min_size=1, max_size=4), st.integers(0, 1))
def test_each_line_keeps_exactly_its_own_characters(lines, base):
    tagged = [[(ch, (row, column)) for column, ch in enumerate(line)] for row, line in enumerate(lines)]
    for line, drawn in zip(tagged, visual_order(tagged, base)):
        assert sorted(tag for _ch, tag in drawn) == sorted(tag for _ch, tag in line)


@given(st.text(alphabet=LATIN + DIGITS + NEUTRAL + "()[]"))
def test_text_without_right_to_left_letters_is_left_as_typed(text):
    assert shown(text, 0) == text


def test_arabic_letters_take_their_joined_forms():
    # meem initial, hah medial, meem medial, dal final: the name Muhammad as it is written
    assert shaped("محمد", drawable) == ("\ufee3\ufea4\ufee4\ufeaa", set())
    assert shaped("لا", drawable)[0] == "\ufefb"  # lam-alef is one ligature


def test_vowel_marks_and_other_text_are_kept():
    text, problems = shaped("مُحَمَّد and <b> 12", drawable)
    assert "\u064f" in text and "\u064e" in text and "\u0651" in text
    assert text.endswith(" and <b> 12") and problems == set()


arabic_text = st.text(alphabet=ARABIC + "\u064e\u064f\u0650\u0651 .,٠١٢" + LATIN, max_size=40)


@given(arabic_text)
@example("لَا")  # a fatha typed between lam and alef
def test_shaping_changes_only_the_form_of_letters_never_which_letters(text):
    """Letters keep their order; every vowel mark is kept, though one typed inside a lam-alef goes
    after the ligature, over it."""
    result, problems = shaped(text, drawable)

    def letters(text: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "Mn")

    def marks(text: str) -> list[str]:
        return sorted(ch for ch in text if unicodedata.category(ch) == "Mn")

    assert letters(result) == letters(text) and marks(result) == marks(text)
    assert problems == set()
    assert not any("\u0621" <= ch <= "\u064a" for ch in result)  # every letter in a joined form
    assert all(drawable(ch) for ch in result if ch in ARABIC or ord(ch) >= 0xFB50)


def test_a_joined_form_no_font_draws_stays_a_plain_letter_and_is_reported():
    result, problems = shaped("محمد", lambda ch: ord(ch) < 0xFB50)
    assert result == "محمد" and problems == {"Arabic"}


def test_arabic_letters_the_shaper_does_not_know_are_reported():
    assert shaped("\u0681با", drawable)[1] == {"Arabic"}  # a Pashto letter the bundled font draws unjoined


def test_scripts_that_need_a_shaping_engine_are_named_when_a_font_draws_them():
    assert shaped("ߒߞߏ", drawable)[1] == {"N'Ko"}  # the bundled font draws N'Ko, unjoined
    assert shaped("नमस्ते", lambda ch: True)[1] == {"Devanagari"}
    assert shaped("नमस्ते", drawable)[1] == set()  # no font: the missing-character warning says so
    assert shaped("שלום Zoë Иван", drawable)[1] == set()
