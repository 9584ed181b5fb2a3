"""A handout's lifting limit in the clinic's unit, and its dates, weekdays and numbers in its locale, read
back from the PDF."""

import pytest
from handout_samples import CLINIC, build, make_patient, page_texts, pdf_text

from ptplanner.core.clinic import Paper
from ptplanner.core.language import Language
from ptplanner.core.patient import Unit

# The sample patient's limit is 10 lb until April 7 (the print date is March 1, 2025).
LIMITS = {
    (Unit.LB, Language.ENGLISH): "Do not lift more than 10 lb until April 7.",
    (Unit.KG, Language.ENGLISH): "Do not lift more than 4.5 kg until April 7.",
    (Unit.LB, Language.SPANISH): "No levante más de 10 libras hasta el 7 de abril.",
    (Unit.KG, Language.SPANISH): "No levante más de 4,5 kilos hasta el 7 de abril.",
}


@pytest.mark.parametrize(("unit", "language"), list(LIMITS))
def test_the_lifting_limit_prints_in_the_clinics_unit_in_either_language(unit, language):
    clinic = CLINIC.model_copy(update={"weight_unit": unit})
    text = pdf_text(build(make_patient(language=language), clinic=clinic, log_sheet=False).pdf)
    assert LIMITS[unit, language] in text
    other = LIMITS[Unit.KG if unit is Unit.LB else Unit.LB, language]
    assert other not in text


@pytest.mark.parametrize(
    ("paper", "language", "printed_on", "weekdays"),
    [
        (Paper.LETTER, Language.ENGLISH, "March 1, 2025", ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]),
        (Paper.A4, Language.ENGLISH, "1 March 2025", ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]),
        (Paper.A4, Language.SPANISH, "1 de marzo de 2025", ["Lu", "Ma", "Mi", "Ju", "Vi", "Sa", "Do"]),
    ],
)
def test_the_log_sheet_and_dates_follow_the_documents_locale(paper, language, printed_on, weekdays):
    pages = page_texts(build(make_patient(language=language), paper=paper).pdf)
    log_sheet = pages[-1]
    assert all(f" {day} " in f" {log_sheet} " for day in weekdays), log_sheet[:300]
    assert printed_on in " ".join(pages)
