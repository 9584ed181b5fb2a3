"""A block laid out in a plan kept from an earlier print (handouts/block_plans.py) prints the very bytes, and
tells the same notices, that trying every layout again gives; a plan is never used for a block whose words,
dose, note, language or print size changed; and no more plans are kept than allowed."""

from __future__ import annotations

import pytest
from handout_samples import build, library, make_patient, program_with_items

from ptplanner.core.language import Language
from ptplanner.core.program import ProgramItem
from ptplanner.handouts import block_plans, exercise_block

# Blocks with room on their page, so the pictures print larger than the least: a few more words change that.
ROOMY = ("gluteal-set", "graded-walking", "heel-raises", "heel-slide-with-bracing")


def items() -> list[ProgramItem]:
    # With a video: its QR code stands beside the name, or beside the pictures where that is shorter.
    video = library().get("abdominal-drawing-in").model_copy(update={"video_url": "https://example.org/v/1"})
    return [ProgramItem.of(exercise) for exercise in [video, *map(library().get, ROOMY)]]


def printed(items: list[ProgramItem], **options) -> tuple[bytes, tuple[str, ...]]:
    patient = make_patient()
    handout = build(patient, program_with_items(patient, items), **options)
    return handout.pdf, handout.warnings


def afresh(monkeypatch, items: list[ProgramItem], **options) -> tuple[bytes, tuple[str, ...]]:
    """Every layout tried, nothing kept from before or for later."""
    with monkeypatch.context() as patched:
        patched.setattr(block_plans, "_plans", block_plans.OrderedDict())
        patched.setattr(block_plans, "MOST_PLANS", 0)
        patched.setattr(block_plans, "_ways", block_plans.OrderedDict())
        patched.setattr(block_plans, "_fitted", block_plans.OrderedDict())
        patched.setattr(block_plans, "MOST_WAYS", 0)
        return printed(items, **options)


def plans_of(items: list[ProgramItem], **options) -> list[block_plans.Plan]:
    block_plans.forget_plans()
    printed(items, **options)
    return list(block_plans._plans.values())  # in the order of the blocks


def test_a_block_printed_again_is_built_in_its_kept_plan_without_trying_the_layouts(monkeypatch):
    block_plans.forget_plans()
    first = printed(items())
    assert len(block_plans._plans) == len(items())

    def tried(*args, **kwargs):
        raise AssertionError("a kept plan was not used")

    with monkeypatch.context() as patched:
        patched.setattr(exercise_block, "_sized", tried)
        again = printed(items())
    assert first == again == afresh(monkeypatch, items())


def with_note(item: ProgramItem) -> ProgramItem:
    note = "Stop and call us if your leg goes numb or tingles, or if the pain moves down past the knee. " * 3
    return item.model_copy(update={"note": note})


def with_dose(item: ProgramItem) -> ProgramItem:
    note = "Rest a full minute between the sets; stop the set early if the movement gets sloppy or painful."
    return item.model_copy(update={"dosage": item.dosage.model_copy(update={"note": note, "sets": 4})})


def with_steps(item: ProgramItem) -> ProgramItem:
    steps = tuple(f"{step} Keep breathing slowly and your belly tight." for step in item.exercise.steps)
    return item.model_copy(update={"exercise": item.exercise.model_copy(update={"steps": steps})})


@pytest.mark.parametrize("change", [with_note, with_dose, with_steps])
def test_a_changed_block_is_laid_out_afresh_not_in_the_plan_kept_before(monkeypatch, change):
    before = items()
    after = [change(item) for item in before]
    assert plans_of(after) != plans_of(before)  # the change moves some block to another layout
    block_plans.forget_plans()
    printed(before)  # plans kept for the blocks as they were
    assert printed(after) == afresh(monkeypatch, after)


@pytest.mark.parametrize("options", [{"large_print": True}, {"language": Language.SPANISH}, {"paper": "a4"}])
def test_a_block_in_another_size_language_or_paper_is_laid_out_afresh(monkeypatch, options):
    block_plans.forget_plans()
    printed(items())
    changed = printed(items(), **options)
    assert changed == afresh(monkeypatch, items(), **options)


def test_no_more_plans_are_kept_than_allowed_and_the_print_is_the_same(monkeypatch):
    block_plans.forget_plans()
    monkeypatch.setattr(block_plans, "MOST_PLANS", 3)
    first = printed(items())
    assert len(block_plans._plans) == 3
    assert printed(items()) == first == afresh(monkeypatch, items())
