"""The way a block's pictures and words stand at each size, and its whole plan where its name, dose and lead
measure the same, kept from an earlier print (handouts/block_plans.py) for the same exercise with another
dose or number, are those that searching every layout again picks: every bundled exercise, in both papers,
print sizes and languages, gets the same plans and the very bytes with them kept as afresh; and a way is
kept only by what it depends on."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import pytest
from handout_samples import build, library, make_patient, program_with_items

from ptplanner.core.language import Language
from ptplanner.core.program import ProgramItem
from ptplanner.handouts import block_plans, exercise_block
from ptplanner.handouts.block_words import block_words
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.styles import Layout, look

OPTIONS = [
    {"paper": paper, "large_print": large, "language": language}
    for paper, large, language in itertools.product(
        ("letter", "a4"), (False, True), (Language.ENGLISH, Language.SPANISH)
    )
]
SHARE = 32  # exercises a handout: each bundled exercise in two of the eight


def exercises_for(turn: int) -> list:
    every = library().active()
    start = turn * len(every) // len(OPTIONS)
    chosen = [every[(start + index) % len(every)] for index in range(SHARE)]
    # With a video: its QR code stands beside the name, or beside the pictures where that is shorter.
    chosen[0] = chosen[0].model_copy(update={"video_url": "https://example.org/v/1"})
    return chosen


def redosed(item: ProgramItem, turn: int) -> ProgramItem:
    """Another dose: a short one, or one long enough to take more lines in the dose box."""
    rest = "Rest a full minute between the sets; stop the set early if it hurts or gets sloppy. "
    note = rest * (turn % 3) or item.dosage.note
    dosage = item.dosage.model_copy(update={"note": note, "times_per_day": 1 + turn % 3})
    return item.model_copy(update={"dosage": type(dosage).model_validate(dosage.model_dump())})


def printed(items: list[ProgramItem], **options) -> bytes:
    patient = make_patient()
    return build(patient, program_with_items(patient, items), **options).pdf


def plans_and_pdf(monkeypatch, items: list[ProgramItem], **options) -> tuple[dict, bytes]:
    """The plan chosen for each of the blocks of `items` (no plan kept by their words from before), by its
    key, and the PDF. (A handout laid out twice, as where its log sheet's names are tried on one line,
    chooses each plan again where none is kept: the same plan.)"""
    block_plans._plans.clear()
    chosen = {}
    keep = exercise_block.keep_plan

    def kept(key, plan):
        assert chosen.setdefault(key, plan) == plan
        keep(key, plan)

    with monkeypatch.context() as patched:
        patched.setattr(exercise_block, "keep_plan", kept)
        pdf = printed(items, **options)
    return chosen, pdf


@pytest.mark.parametrize("turn", range(len(OPTIONS)))
def test_ways_and_plans_kept_for_other_doses_and_numbers_are_those_of_the_full_search(monkeypatch, turn):
    options = OPTIONS[turn]
    first = [ProgramItem.of(exercise) for exercise in exercises_for(turn)]
    block_plans.forget_plans()
    printed(first, **options)  # keeps the way of every size tried, and each block's plan
    again = [redosed(item, turn + index) for index, item in enumerate(first)]
    again = again[turn + 1 :] + again[: turn + 1]  # other numbers, other blocks first on a page
    searches = []
    search = exercise_block._laid_out

    def counted(*args):
        searches.append(args[6] is None)  # no way given: all tried
        return search(*args)

    monkeypatch.setattr(exercise_block, "_laid_out", counted)
    kept = plans_and_pdf(monkeypatch, again, **options)
    kept_searches, fitted = sum(searches), len(block_plans._fitted)
    block_plans.forget_plans()
    monkeypatch.setattr(block_plans, "MOST_WAYS", 0)  # every block's sizes searched, nothing kept
    monkeypatch.setattr(block_plans, "MOST_PLANS", 0)
    searches.clear()
    fresh = plans_and_pdf(monkeypatch, again, **options)
    assert len(kept[0]) == len(again) and kept == fresh
    assert kept_searches < sum(searches) / 4  # most sizes were laid out in ways kept, not searched
    # Some doses measure as before (their plan kept), some do not (laid out in the ways kept).
    assert len(first) < fitted < 2 * len(first)


def test_a_way_is_kept_by_the_words_beside_the_pictures_not_by_the_name_dose_or_page_height():
    exercise = library().active()[0]
    layout = document_layout()
    item = ProgramItem.of(exercise)
    words = block_words(1, item, layout, False, False)
    other_number_and_dose = block_words(7, redosed(item, 2), layout, False, False)
    assert other_number_and_dose.title != words.title and other_number_and_dose.dose != words.dose
    shorter_page = dataclasses.replace(layout, height=layout.height / 2)
    key = block_plans.ways_key(words, exercise.pictures, layout)
    assert block_plans.ways_key(other_number_and_dose, exercise.pictures, shorter_page) == key
    noted = block_words(1, item.model_copy(update={"note": "Slowly."}), layout, False, False)
    wider = dataclasses.replace(layout, width=layout.width + 10)
    large = dataclasses.replace(layout, look=look(True))
    assert block_plans.ways_key(noted, exercise.pictures, layout) != key
    assert block_plans.ways_key(words, exercise.pictures, wider) != key
    assert block_plans.ways_key(words, exercise.pictures, large) != key
    assert block_plans.ways_key(words, library().active()[1].pictures, layout) != key


def test_no_more_ways_are_kept_than_allowed_and_the_print_is_the_same(monkeypatch):
    items = [ProgramItem.of(exercise) for exercise in exercises_for(0)[:6]]
    monkeypatch.setattr(block_plans, "MOST_WAYS", 4)
    block_plans.forget_plans()
    first = printed(items)
    assert len(block_plans._ways) == 4
    block_plans._plans.clear()
    again = printed(items)  # four sizes in ways kept, the others searched
    monkeypatch.setattr(block_plans, "MOST_WAYS", 0)  # every size searched
    block_plans.forget_plans()
    assert first == again == printed(items)
    assert not block_plans._ways


def document_layout():
    return Layout(look(False), TextMarkup(()), 468.0, 648.0, date(2025, 3, 1))

