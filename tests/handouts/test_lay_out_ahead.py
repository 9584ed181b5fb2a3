"""A handout laid out ahead (handouts/ahead.py: while the therapist looks at the patient's page) prints
without searching any block's layout again, and prints the very bytes it prints without it."""

from __future__ import annotations

import pytest
from demo_handouts import DEMO_TODAY, demo_clinic

from ptplanner.core.clinic import Paper
from ptplanner.core.language import Language
from ptplanner.core.translation import Translations
from ptplanner.handouts import block_plans, exercise_block, paragraphs, pictures
from ptplanner.handouts.ahead import lay_out_ahead
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


def forget_all() -> None:
    for derived in (exercise_block.core_drawings, exercise_block.content_boxes, exercise_block.cut_pictures):
        derived.cache_clear()
    pictures._printed.cache_clear()
    paragraphs.forget()
    block_plans.forget_plans()


def searches(monkeypatch) -> list[int]:
    """Counts each layout search of a block (what laying out ahead spares the print)."""
    counted: list[int] = []
    search = exercise_block._sized

    def counting(*args, **kwargs):
        counted.append(1)
        return search(*args, **kwargs)

    monkeypatch.setattr(exercise_block, "_sized", counting)
    return counted


OPTIONS = [
    HandoutOptions(language=Language.ENGLISH),
    HandoutOptions(language=Language.SPANISH, paper=Paper.A4),
    HandoutOptions(large_print=True),  # the patient's own language
]


@pytest.mark.parametrize("options", OPTIONS, ids=["letter", "a4-spanish", "large-print"])
@pytest.mark.parametrize("index", [0, 7])  # 8 exercises; a stage-1 program with the log roll
def test_a_handout_laid_out_ahead_prints_the_same_bytes_without_searching(demo, monkeypatch, options, index):
    patient, program = demo.patients[index]
    forget_all()
    cold = build_handout(patient, program, demo.clinic, options, DEMO_TODAY, font_folders=())
    forget_all()
    blocks = len(program.stages[cold.stage_index].items)
    laid = lay_out_ahead(patient, program, demo.clinic, options, DEMO_TODAY, Translations(), font_folders=())
    assert laid == blocks > 0
    counted = searches(monkeypatch)
    ahead = build_handout(patient, program, demo.clinic, options, DEMO_TODAY, font_folders=())
    assert counted == []  # every block found its layout kept
    assert ahead.pdf == cold.pdf


def test_without_laying_out_ahead_the_print_searches(demo, monkeypatch):
    # The check above can fail: a print from nothing kept searches each block's layout.
    patient, program = demo.patients[0]
    forget_all()
    counted = searches(monkeypatch)
    build_handout(patient, program, demo.clinic, HandoutOptions(), DEMO_TODAY, font_folders=())
    assert len(counted) >= len(program.current_stage().items)


def test_laying_out_ahead_stops_when_asked(demo):
    patient, program = demo.patients[0]
    asked: list[int] = []

    def go_on() -> bool:
        asked.append(1)
        return len(asked) <= 2

    laid = lay_out_ahead(patient, program, demo.clinic, HandoutOptions(), DEMO_TODAY, Translations(), go_on, ())
    assert laid == 2 and len(asked) == 3
