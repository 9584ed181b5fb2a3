"""The log sheet's row names cut to one line are tried on the handout's last part alone (tail_trial.py),
not by building the handout twice: what that finds must be what two whole builds find."""

from __future__ import annotations

import pytest
from demo_handouts import DEMO_TODAY, demo_clinic
from handout_samples import CLINIC, TODAY, app_translations
from test_handout_pages import _stage_of

from ptplanner.core.language import Language, speaking
from ptplanner.handouts import document
from ptplanner.handouts.log_sheet import NAME_LINES
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.tail_trial import tail_pages


def _both_ways(patient, program, clinic, options, today, goals_first=False):
    """(pages of the whole handout, pages of its last part by the trial) with the names on one line, and
    with them whole."""
    translations = app_translations()
    language = options.language or patient.handout_language(clinic.language)
    with speaking(language, translations.phrases.get(language)):
        content = document.localized_content(patient, program, clinic, options, today, translations, language)
        layout, footer = document.page_layout(patient, program, options, today, ())
        size = document.PAGE_SIZES[options.paper]
        whole = {
            lines: document._printed(
                content, layout, options, [], None, size, footer, goals_first, document.LogWay(lines)
            )
            for lines in (1, NAME_LINES)
        }
        where = whole[NAME_LINES][3]
        end = document._end(content, layout, options, goals_first)
        trial = {
            lines: tail_pages(
                end, document._log(content, layout, options, None, document.LogWay(lines)), layout, where
            )
            for lines in (1, NAME_LINES)
        }
    return {lines: (whole[lines][1], trial[lines]) for lines in whole}


def _agree(found) -> None:
    (whole_1, trial_1), (whole_2, trial_2) = found[1], found[NAME_LINES]
    assert trial_1 is not None and trial_2 is not None  # the stand-ins were given the handout's room
    assert whole_1 - whole_2 == trial_1 - trial_2


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("count", [3, 5, 7, 9, 11, 13])
def test_the_last_part_alone_finds_the_pages_two_whole_builds_find(count, paper, language):
    patient, program = _stage_of(count)
    options = HandoutOptions(paper=paper, language=language)
    _agree(_both_ways(patient, program, CLINIC, options, TODAY))
    _agree(_both_ways(patient, program, CLINIC, options, TODAY, goals_first=True))


@pytest.mark.parametrize("weeks", [1, 2, 3])
def test_so_it_does_for_every_demo_patient(tmp_path, weeks):
    clinic = demo_clinic(tmp_path)
    for patient, program in clinic.patients:
        for paper in ("letter", "a4"):
            options = HandoutOptions(paper=paper, log_weeks=weeks)
            _agree(_both_ways(patient, program, clinic.clinic, options, DEMO_TODAY))
