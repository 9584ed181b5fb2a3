"""A log sheet that runs past the stage's last day says so, and what to do then; never at the cost of a page.
(The days after the stage were logged with no word on them: stop on that day, or go on?)"""

from __future__ import annotations

import io
from datetime import timedelta

import pdfplumber
import pytest
from demo_handouts import DEMO_TODAY, demo_clinic
from handout_samples import app_translations, flat

from ptplanner.core.language import Language
from ptplanner.handouts import log_sheet
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.document import build_handout, page_layout
from ptplanner.handouts.options import HandoutOptions

SAID = {Language.ENGLISH: "This stage ends", Language.SPANISH: "Esta etapa termina"}


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


def _handout(clinic, patient, program, **options):
    options = HandoutOptions(**options)
    return build_handout(
        patient, program, clinic.clinic, options, DEMO_TODAY, font_folders=(), translations=app_translations()
    )


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return flat(" ".join(page.extract_text() or "" for page in document.pages))


def _stage_end(clinic, patient, program, paper="a4"):
    content = HandoutContent.of(patient, program, clinic.clinic, None)
    return content.stage_dates()[1], page_layout(patient, program, HandoutOptions(paper=paper), DEMO_TODAY, ())[0]


@pytest.mark.parametrize("weeks", [1, 2, 4])
def test_the_line_is_there_exactly_when_the_stage_ends_while_the_log_runs(clinic, weeks):
    said = 0
    for patient, program in clinic.patients:
        content = HandoutContent.of(patient, program, clinic.clinic, None)
        dates = content.stage_dates()
        last_logged = DEMO_TODAY + timedelta(days=7 * weeks - 1)
        ends_inside = dates is not None and dates[1] is not None and DEMO_TODAY <= dates[1] < last_logged
        layout = page_layout(patient, program, HandoutOptions(paper="a4"), DEMO_TODAY, ())[0]
        line = log_sheet.stage_end_note(content, layout, weeks)
        assert bool(line) == ends_inside, patient.name
        if line:
            said += 1
            assert layout.dates.long(dates[1]) in line and "keep doing these exercises" in line
    assert said  # the demo clinic has such stages (3 for two weeks)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_it_is_printed_where_it_costs_no_page_and_left_out_where_it_would(clinic, monkeypatch, paper, language):
    printed = left_out = 0
    for patient, program in clinic.patients:
        handout = _handout(clinic, patient, program, paper=paper, language=language)
        with monkeypatch.context() as without:
            without.setattr(log_sheet, "stage_end_note", lambda *_args: "")
            plain = _handout(clinic, patient, program, paper=paper, language=language)
        assert handout.pages == plain.pages, patient.name  # never a page more
        applies = bool(log_sheet.stage_end_note(HandoutContent.of(patient, program, clinic.clinic, None),
                                                _stage_end(clinic, patient, program, paper)[1], 2))
        if SAID[language] in _text(handout.pdf):
            assert applies, patient.name
            printed += 1
        elif applies:
            left_out += 1
    assert printed + left_out == 3  # James Whitfield's, Patricia O'Neill's and Zofia Łukasiewicz's stages
    if paper == "a4":  # on letter paper the line would cost each of them a page
        assert printed


def test_james_whitfields_a4_handout_tells_him_to_go_on_after_the_stage_ends(clinic):
    patient, program = next((p, g) for p, g in clinic.patients if p.name == "James Whitfield")
    text = _text(_handout(clinic, patient, program, paper="a4").pdf)
    assert "This stage ends 14 December; keep doing these exercises until we see you." in text
