"""Names sort as people expect, whatever their case and accents."""

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.names import name_order


def test_case_and_accents_are_ignored_first():
    names = ["alice", "Ádám", "Zoë", "adam", "Émile", "bob"]
    assert sorted(names, key=name_order) == ["adam", "Ádám", "alice", "bob", "Émile", "Zoë"]


@given(st.text(max_size=30))
def test_the_plain_form_of_an_ascii_name_is_its_folded_form(name):
    plain, folded = name_order(name)
    assert folded == name.casefold()
    if folded.isascii():
        assert plain == folded
