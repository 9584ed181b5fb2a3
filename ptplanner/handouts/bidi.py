"""Right-to-left text (Hebrew, Arabic...) in visual order: the Unicode bidirectional algorithm, one line.

python-bidi's pure-Python implementation resolves each character's embedding level (rules P to I);
the line is then reordered here (rules L1, L2, L4) so that each character keeps a tag (its font, its
bold or plain frame) and each letter moves with its accents and vowel marks. In a right-to-left run
a letter's marks are drawn just before it: the Hebrew and Arabic marks of the bundled fonts have no
width and sit over a letter drawn from the same point (as python-bidi's own output has them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from bidi.algorithm import (
    explicit_embed_and_overrides,
    get_embedding_levels,
    get_empty_storage,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)
from bidi.mirror import MIRRORED

Tag = TypeVar("Tag")

RIGHT_TO_LEFT = frozenset({"R", "AL"})
EMBED_RIGHT_TO_LEFT, POP_EMBEDDING = "\u202b", "\u202c"  # zero-width marks; the bundled fonts have both
_EMBEDDINGS = frozenset({"RLE", "LRE", "RLO", "LRO"})
_REORDERED = RIGHT_TO_LEFT | _EMBEDDINGS | {"PDF"}
# Every character of the classes in _REORDERED lies in these blocks (checked by a test).
_MAYBE_REORDERED = re.compile(
    "[\u0590-\u08ff\u200f\u202a-\u202e\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_STRONG = {"L": 0, "R": 1, "AL": 1}
_LINE_END_RESET = frozenset({"WS", "S", "B", "BN", "LRI", "RLI", "FSI", "PDI"})  # rule L1
_MARKS = frozenset({"Mn", "Me"})


def has_right_to_left(text: str) -> bool:
    """Whether `text` holds a right-to-left letter, so its order on paper differs from its typing order."""
    return any(unicodedata.bidirectional(ch) in RIGHT_TO_LEFT for ch in text)


def needs_visual_order(text: str) -> bool:
    """Whether `text` holds right-to-left letters or embedding marks, which only reordering removes."""
    if _MAYBE_REORDERED.search(text) is None:  # fast for the usual English line
        return False
    return any(unicodedata.bidirectional(ch) in _REORDERED for ch in text)


def embedding(text: str) -> tuple[str, str]:
    """The marks to put around `text` (or its markup): a right-to-left embedding when it is purely
    right-to-left (no left-to-right letter), so its punctuation and numbers stay with it inside
    ptplanner's English ("Note from your therapist: " before an Arabic note), and alone in a paragraph
    it gives the paragraph its direction (see base_level). Text mixing both directions is left to the
    paragraph's rules, as ptplanner may have added English to it ("<stage name>, weeks 0 to 6")."""
    if base_level(text) == 1 and not any(unicodedata.bidirectional(ch) == "L" for ch in text):
        return EMBED_RIGHT_TO_LEFT, POP_EMBEDDING
    return "", ""


def base_level(text: str) -> int:
    """1 when the paragraph is right-to-left, else 0: the direction of its first letter with one (rules
    P2, P3), looking first outside embeddings, so text embedded in English does not turn it around."""
    depth = 0
    inside = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _EMBEDDINGS:
            depth += 1
        elif kind == "PDF":
            depth = max(depth - 1, 0)
        elif kind in _STRONG:
            if depth == 0:
                return _STRONG[kind]
            inside = _STRONG[kind] if inside is None else inside
    return inside or 0


def visual_order(lines: Sequence[Sequence[tuple[str, Tag]]], base: int) -> list[list[tuple[str, Tag]]]:
    """The lines of one paragraph (each in typing order, each character with a tag) in the order they
    are drawn, left to right, at paragraph level `base`. Levels are resolved over the whole paragraph
    (so a comma at a line's end goes with the words before it), then each line is reordered on its
    own. Brackets in right-to-left runs are mirrored; the invisible embedding marks of rule X9 are
    left out."""
    joined: list[tuple[str, object]] = []
    spans = []
    for line in lines:
        if joined:
            joined.append((" ", None))  # where the line was broken
        spans.append(range(len(joined), len(joined) + len(line)))
        joined.extend(line)
    levels = _levels("".join(ch for ch, _tag in joined), base)
    shown = []
    for span in spans:
        indexes = [index for index in span if index in levels]
        line_levels = [levels[index] for index in indexes]
        for position in range(len(indexes) - 1, -1, -1):  # L1: trailing spaces take the paragraph's level
            if unicodedata.bidirectional(joined[indexes[position]][0]) not in _LINE_END_RESET:
                break
            line_levels[position] = base
        ordered = _reverse_runs(_clusters(indexes, line_levels, joined))
        shown.append(
            [
                _mirrored(joined[index], level)
                for level, cluster in ordered
                for index in (reversed(cluster) if level % 2 else cluster)
            ]
        )
    return shown  # type: ignore[return-value]


def _levels(text: str, base: int) -> dict[int, int]:
    """Each character's resolved embedding level by its position; X9's removed marks have none."""
    storage = get_empty_storage()
    storage["base_level"], storage["base_dir"] = base, "LR"[base]
    get_embedding_levels(text, storage)
    for index, entry in enumerate(storage["chars"]):
        entry["index"] = index  # survives rule X9, which drops some entries
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    return {entry["index"]: entry["level"] for entry in storage["chars"]}


def _mirrored(pair: tuple[str, Tag], level: int) -> tuple[str, Tag]:
    ch, tag = pair
    return (MIRRORED.get(ch, ch), tag) if level % 2 else pair


def _clusters(
    indexes: list[int], levels: list[int], chars: Sequence[tuple[str, object]]
) -> list[tuple[int, list[int]]]:
    """(level, character indexes): each letter with the marks typed after it, so they move together."""
    clusters: list[tuple[int, list[int]]] = []
    for index, level in zip(indexes, levels):
        is_mark = unicodedata.category(chars[index][0]) in _MARKS
        if is_mark and clusters and clusters[-1][0] == level:
            clusters[-1][1].append(index)
        else:
            clusters.append((level, [index]))
    return clusters


def _reverse_runs(clusters: list[tuple[int, list[int]]]) -> list[tuple[int, list[int]]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or
    higher."""
    if not clusters:
        return clusters
    levels = [level for level, _indexes in clusters]
    odd = [level for level in levels if level % 2]
    if not odd:
        return clusters
    ordered = list(clusters)
    for level in range(max(levels), min(odd) - 1, -1):
        start = None
        for position in range(len(ordered) + 1):
            inside = position < len(ordered) and ordered[position][0] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                ordered[start:position] = ordered[start:position][::-1]
                start = None
    return ordered
