"""The handout ends its exercises with their key points again ("In short"): how much, when to stop, the log."""

from handout_samples import build, make_patient, make_program, page_texts

from ptplanner.core.language import Language


def _summary_page(pages: list[str], heading: str) -> int:
    found = [index for index, text in enumerate(pages) if heading in text]
    assert len(found) == 1, found
    return found[0]


def test_the_key_points_come_after_the_exercises_and_before_the_log():
    pages = page_texts(build().pdf)
    at = _summary_page(pages, "In short")
    page = pages[at]
    assert 'Do each exercise as its “How much” box says.' in page
    assert "Stop and get help if you have a warning sign from page 1." in page
    assert "bring it to your next visit" in page
    first_log = next(index for index, text in enumerate(pages) if "My exercise log" in text)
    assert 0 < at <= first_log
    assert page.index("In short") < page.index("My exercise log") if at == first_log else True


def test_without_a_log_sheet_the_summary_does_not_mention_one():
    pages = page_texts(build(log_sheet=False).pdf)
    page = pages[_summary_page(pages, "In short")]
    assert "log sheet" not in page[page.index("In short"):]


def test_the_summary_is_in_the_handouts_language():
    pages = page_texts(build(language=Language.SPANISH).pdf)
    page = pages[_summary_page(pages, "En resumen")]
    assert "Haga cada ejercicio como dice su cuadro «Cuánto»." in page
    assert "In short" not in " ".join(pages)



def test_what_the_stage_is_for_leads_its_goals():
    stage = make_program(make_patient()).stages[1]
    assert stage.name == "Stabilization" and stage.about  # a name that means little to a patient
    pages = page_texts(build().pdf)
    page = pages[_summary_page(pages, "Goals for this stage")]
    assert page.index("Goals for this stage") < page.index(stage.about) < page.index(stage.goals[0])
