"""Parsing TOML and JSON from files ptplanner did not write, without letting the text exhaust the parser.

Python's parsers recurse once per level of nesting and refuse integers of more than 4,300 digits
with a ValueError; a hostile file could use either to stop a command with a traceback. Nesting is
counted before parsing, and every failure comes back as DataTextError with a plain reason. A JSON object
that gives one key twice is refused too (Python's parser keeps the last value without a word).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import Any

try:  # tomllib's own parser, compiled: the bundled library's 129 files in 20 ms, not 68
    import tomli as toml
except ImportError:  # a bundle or system without it: the same parser, uncompiled
    import tomllib as toml

MAX_NESTING = 40  # real files nest 5 levels at most
_OPENERS, _CLOSERS = "[{", "]}"
# Strings and comments are matched whole, so that brackets inside them are not counted.
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_TOML_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # multi-line basic string
    r"|'{3}.*?'{3}"  # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*"
    r"|[\[\]{}]",
    re.DOTALL,
)


class DataTextError(ValueError):
    """Text that is not valid data; str() is the plain reason."""


def load_toml(text: str) -> dict[str, Any]:
    return _parsed(
        text, _TOML_TOKENS, toml.loads, toml.TOMLDecodeError, lambda error: f"not valid TOML: {error}"
    )


def load_json(text: str) -> Any:
    return _parsed(
        text,
        _JSON_TOKENS,
        lambda data: json.loads(data, parse_constant=_refuse_constant, object_pairs_hook=_one_value_per_key),
        json.JSONDecodeError,
        lambda error: f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
    )


def _parsed(
    text: str,
    tokens: re.Pattern[str],
    parse: Callable[[str], Any],
    syntax_error: type[ValueError],
    describe: Callable[[Any], str],
) -> Any:
    _check_nesting(text, tokens)
    try:
        return parse(text)
    except DataTextError:
        raise
    except syntax_error as error:
        raise DataTextError(describe(error)) from None
    except ValueError as error:
        raise DataTextError(_number_problem(error)) from None
    except RecursionError:
        raise DataTextError("nested too deeply") from None


def _one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object as a dict; one that gives a key twice is refused (json keeps the last silently, so a file
    could hold two patients and show one to whoever reads it)."""
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            break
        seen.add(key)
    shown = json.dumps(key if len(key) <= 40 else key[:39] + "…")  # quoted, control characters escaped
    raise DataTextError(f"not valid JSON: the key {shown} is given twice in one object")


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number ptplanner accepts")


def _number_problem(error: ValueError) -> str:
    if "digits" in str(error):
        return f"a number has more than {sys.get_int_max_str_digits() or 4300} digits"
    return str(error)


def _check_nesting(text: str, tokens: re.Pattern[str]) -> None:
    """Refuse lists or tables nested deeper than MAX_NESTING (brackets outside strings and comments)."""
    if sum(map(text.count, _OPENERS)) <= MAX_NESTING:  # too few brackets to nest deeper, counted in C:
        return  # each bundled exercise file has 33 at most, and scanning them took 25 ms of every start
    depth = 0
    for token in tokens.finditer(text):
        bracket = token.group()
        if bracket in _OPENERS:
            depth += 1
            if depth > MAX_NESTING:
                raise DataTextError(f"nested too deeply (more than {MAX_NESTING} levels of lists or tables)")
        elif bracket in _CLOSERS:
            depth = max(depth - 1, 0)
