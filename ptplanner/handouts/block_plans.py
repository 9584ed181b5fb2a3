"""How each exercise block was laid out, kept so that the same exercise printed again (in the next handout
of a running app, or the next of a batch) is built in its layout straight away instead of trying them all.

A plan is known by everything its layout depends on: the block's words as printed (block_words.py: so its
number, dose, note, language and fonts), its pictures, the video address, the lead printed over it, the
text frame's size and every type style. Any change to one of them is another key, so a kept plan is
never used for a block it was not made for; the block built from a plan is the one the layouts tried would
have chosen (tests/handouts/test_handout_caches.py compares the PDFs).

Below the plans, the way the pictures and the words of a block stand at one size (`Way`) is kept by what
that way depends on alone: the words beside and under the pictures, the labels, the pictures, the video
address beside them, whether packed, the body's length, the text frame's width and every type style; not
the name, the dose, the lead over the block nor the page's height, which only choose among the sizes. So an
exercise printed before with another dose or number, or under another lead, tries the sizes in the ways
found then instead of searching them again (tests/handouts/test_kept_ways.py compares with the search).

The sizes chosen depend on the name, the dose and the lead only through what measuring them gives: each
one's height and space before and after (styles.py: stacked_measures, all that stacked_height reads). So
a whole plan is also kept by the ways' key, the video, the text frame and those measures of the headings
(`fitted_key`): a new dose, number or lead that measures the same is built in that plan straight away.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from threading import Lock

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ptplanner.core.pose import Pictures
from ptplanner.handouts.block_words import BlockWords
from ptplanner.handouts.paragraphs import style_key
from ptplanner.handouts.styles import Layout

MOST_PLANS = 2_000  # blocks, a few hundred bytes each besides the words; the least recently used go first
MOST_WAYS = 10_000  # a block's sizes, about 200 bytes each besides the words; least recently used go first


@dataclass(frozen=True)
class Way:
    """How the pictures and the words of one size of a block stand: `place` "words" (no pictures), "above"
    (the rows of pictures across the page over the words), "left" (the pictures at the left, the words
    beside and then under them), "rows" (words beside each row that leaves them room) or "one-a-row"
    (pictures too wide for the page, made smaller); `rows`: the number of pictures in each row; `split`:
    the steps' share of the width beside the reminders (0: the reminders under the steps)."""

    place: str
    rows: tuple[int, ...] = ()
    split: float = 0


@dataclass(frozen=True)
class Size:
    """One size a block may print at: its pictures' body length, whether packed, and its layout."""

    body_cm: float
    packed: bool
    way: Way


@dataclass(frozen=True)
class Plan:
    """The sizes of a block, largest first; `code_beside`: its QR code stands beside the pictures, not
    beside the name and dose."""

    code_beside: bool
    sizes: tuple[Size, ...]


_plans: OrderedDict[tuple, Plan] = OrderedDict()
_ways: OrderedDict[tuple, Way] = OrderedDict()
_fitted: OrderedDict[tuple, Plan] = OrderedDict()
_lock = Lock()


def plan_key(
    words: BlockWords, pictures: Pictures | None, video: str | None, lead: Sequence[Flowable], layout: Layout
) -> tuple | None:
    """What a block's layout depends on; None when the lead is not plain paragraphs (then not kept)."""
    if not all(type(part) is Paragraph for part in lead):
        return None
    lead_key = tuple((part.text, part.bulletText, style_key(part.style)) for part in lead)
    return words, pictures, video, lead_key, layout.width, layout.height, _look_key(layout)


def ways_key(words: BlockWords, pictures: Pictures | None, layout: Layout) -> tuple:
    """What the way of each size of a block depends on besides the size, whether packed and the video
    code beside its pictures: not its name, dose, lead or page height (exercise_block.py:
    _pictures_and_text reads none of them)."""
    arranged = (
        words.labels, words.summary, words.steps, words.remember, words.reminders, words.stop_if, words.note
    )
    return arranged, pictures, layout.width, _look_key(layout)


def _look_key(layout: Layout) -> tuple:
    return tuple(
        style_key(value) if isinstance(value, ParagraphStyle) else value for value in _fields(layout.look)
    )


def kept_way(key: tuple | None) -> Way | None:
    if key is None:
        return None
    with _lock:
        way = _ways.get(key)
        if way is not None:
            _ways.move_to_end(key)
        return way


def keep_way(key: tuple | None, way: Way) -> None:
    if key is None:
        return
    with _lock:
        _ways[key] = way
        while len(_ways) > MOST_WAYS:
            _ways.popitem(last=False)


def _fields(instance: object) -> tuple:
    """A dataclass's field values (dataclasses.astuple would deep-copy the styles)."""
    return tuple(getattr(instance, name) for name in instance.__dataclass_fields__)


def fitted_key(ways: tuple, video: str | None, layout: Layout, headings: tuple) -> tuple:
    """What a block's plan depends on besides its ways' key: its video, the text frame, and the measures
    (stacked_measures) of its headings, in the order they are tried."""
    return ways, video, layout.width, layout.height, headings


def kept_plan(key: tuple | None, plans: OrderedDict[tuple, Plan] | None = None) -> Plan | None:
    """The plan kept by `key` (a plan_key; or a fitted_key, with `plans` the fitted ones)."""
    if key is None:
        return None
    plans = _plans if plans is None else plans
    with _lock:  # handouts may be printed on several threads at once
        plan = plans.get(key)
        if plan is not None:
            plans.move_to_end(key)
        return plan


def keep_plan(key: tuple | None, plan: Plan, plans: OrderedDict[tuple, Plan] | None = None) -> None:
    if key is None:
        return
    plans = _plans if plans is None else plans
    with _lock:
        plans[key] = plan
        while len(plans) > MOST_PLANS:
            plans.popitem(last=False)


def kept_fitted(key: tuple) -> Plan | None:
    return kept_plan(key, _fitted)


def keep_fitted(key: tuple, plan: Plan) -> None:
    keep_plan(key, plan, _fitted)


def forget_plans() -> None:
    """As if no block had been laid out since the app started: no plan, fitted plan nor way kept."""
    with _lock:
        _plans.clear()
        _ways.clear()
        _fitted.clear()
