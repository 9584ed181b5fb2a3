"""Nesting is counted before parsing (core/data_text.py): a text with few brackets is let through without a
scan, and any text is refused exactly when its brackets outside strings and comments nest too deeply."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.data_text import MAX_NESTING, DataTextError, _check_nesting, _JSON_TOKENS, _TOML_TOKENS


def _deepest(text: str, tokens) -> int:
    depth = deepest = 0
    for token in tokens.finditer(text):
        depth = depth + 1 if token.group() in "[{" else max(depth - 1, 0) if token.group() in "]}" else depth
        deepest = max(deepest, depth)
    return deepest


PIECES = st.sampled_from(["[", "]", "{", "}", '"', "'", "#", "\n", "x", '"[["', "# [[[", "\\"])


@pytest.mark.parametrize("tokens", [_JSON_TOKENS, _TOML_TOKENS])
@given(pieces=st.lists(PIECES, max_size=120), depth=st.integers(0, MAX_NESTING + 3))
def test_a_text_is_refused_exactly_when_it_nests_too_deeply(tokens, pieces, depth):
    text = "[" * depth + "".join(pieces) + "]" * depth
    too_deep = _deepest(text, tokens) > MAX_NESTING
    if too_deep:
        with pytest.raises(DataTextError, match="nested too deeply"):
            _check_nesting(text, tokens)
    else:
        _check_nesting(text, tokens)


def test_the_most_brackets_let_through_unscanned_nest_no_deeper_than_the_limit():
    _check_nesting("[" * MAX_NESTING + "]" * MAX_NESTING, _JSON_TOKENS)
    with pytest.raises(DataTextError):
        _check_nesting("[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1), _JSON_TOKENS)
    _check_nesting('"' + "[" * (MAX_NESTING + 1) + '"', _JSON_TOKENS)  # inside a string: scanned, not counted
