"""Large print says the key points again at its end ("In short", PEMAT's summary item), and what the stage
is for above its goals, wherever that costs no page: its log sheet already fills its pages, and a summary
that took one of its own was left out."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from demo_handouts import demo_clinic

from ptplanner.core.language import Language
from ptplanner.handouts import document


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as read:
        return " ".join(page.extract_text() or "" for page in read.pages)


LANGUAGES = (Language.ENGLISH, Language.SPANISH)
MODES = [  # paper, language, with the log sheet
    *((paper, language, True) for paper in ("letter", "a4") for language in LANGUAGES),
    ("letter", Language.ENGLISH, False),  # no log sheet: nothing marks where the closing part begins
]


@pytest.mark.parametrize(("paper", "language", "log_sheet"), MODES)
def test_the_summary_and_the_stages_purpose_cost_large_print_no_page_and_most_handouts_have_them(
    clinic, paper, language, log_sheet, monkeypatch
):
    def handouts():
        return [
            clinic.handout(index, paper=paper, large_print=True, language=language, log_sheet=log_sheet)
            for index in range(len(clinic.patients))
        ]

    printed = handouts()
    texts = [_flat(_text(handout.pdf)) for handout in printed]
    heading = "In short" if language is Language.ENGLISH else "En resumen"
    with_it = [heading in text for text in texts]
    goals = document.goals
    monkeypatch.setattr(document, "in_short", lambda _layout, _with_log: [])
    monkeypatch.setattr(document, "goals", lambda *args, **kwargs: goals(*args, **{**kwargs, "about": False}))
    without = handouts()
    assert [handout.pages for handout in printed] == [handout.pages for handout in without]
    assert sum(with_it) > len(with_it) / 2, with_it  # the last exercise's page has room for it, most often
    if language is Language.ENGLISH:
        abouts = [_flat(program.current_stage().about) for _patient, program in clinic.patients]
        said = [about in text for about, text in zip(abouts, texts, strict=True) if about]
        assert sum(said) > len(said) / 2, said
        # The summary comes first: a page with room for one line of the two keeps the key points.
        for about, text, summary in zip(abouts, texts, with_it, strict=True):
            assert summary or not (about and about in text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_normal_print_always_has_it(clinic):
    for index in range(len(clinic.patients)):
        assert "In short" in _text(clinic.handout(index).pdf)
