"""The open patient's handout is laid out ahead while the therapist looks at their page (gui/print_ahead.py),
on a worker the window does not wait for; the print that follows finds every block's layout kept, and then
the whole handout built, which the print preview shows without building one."""

from __future__ import annotations

import threading

from gui_helpers import edit_cell, item_names, open_patient, show_window, wait_idle

from ptplanner.app import handouts
from ptplanner.app.handouts import default_options, prepare_handout
from ptplanner.core import clock
from ptplanner.gui import print_ahead
from ptplanner.gui.print_ahead import AFTER_MS
from ptplanner.handouts import block_plans, exercise_block


def laid_out(qtbot, window) -> None:
    """Until the work ahead, started a moment after the patient opened, is done."""
    qtbot.wait(AFTER_MS + 50)
    window.runner.wait()


def forget_layouts() -> None:
    block_plans.forget_plans()
    exercise_block.core_drawings.cache_clear()


def searches_when_printing(window, patient_id: str, monkeypatch) -> int:
    counted: list[int] = []
    search = exercise_block._sized
    monkeypatch.setattr(exercise_block, "_sized", lambda *a, **k: counted.append(1) or search(*a, **k))
    prepare_handout(window.clinic, patient_id, None, default_options(window.clinic), clock.today())
    monkeypatch.setattr(exercise_block, "_sized", search)
    return len(counted)


def test_opening_a_patient_lays_out_their_handout_so_printing_searches_no_layout(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(handouts, "prepare_handout_ahead", lambda *args: False)  # the layouts alone
    forget_layouts()
    patient = open_patient(qtbot, demo_window, "Robert Chen")
    laid_out(qtbot, demo_window)
    assert searches_when_printing(demo_window, patient.id, monkeypatch) == 0


def test_without_laying_out_ahead_printing_searches(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(handouts, "lay_out_handout_ahead", lambda *args: 0)
    monkeypatch.setattr(handouts, "prepare_handout_ahead", lambda *args: False)
    forget_layouts()
    patient = open_patient(qtbot, demo_window, "Robert Chen")
    laid_out(qtbot, demo_window)
    assert searches_when_printing(demo_window, patient.id, monkeypatch) >= 8


class Held:
    """A stand-in for the work ahead that waits until released, saying what it was given."""

    def __init__(self) -> None:
        self.started, self.release = threading.Event(), threading.Event()
        self.calls: list[tuple] = []
        self.go_on_after: list[bool] = []

    def __call__(self, clinic, patient, program, today, go_on) -> int:
        self.calls.append((patient.id, program.id, program.version, today))
        self.started.set()
        self.release.wait(10)
        self.go_on_after.append(go_on())
        return 0


def test_the_window_does_not_wait_for_the_work_ahead_and_a_closed_patient_stops_it(qtbot, demo_window, monkeypatch):
    held = Held()
    monkeypatch.setattr(handouts, "lay_out_handout_ahead", held)
    patient = open_patient(qtbot, demo_window, "Robert Chen")
    qtbot.waitUntil(held.started.is_set)
    saved = demo_window.clinic.workspace.store.programs_for(patient.id)[0]
    assert held.calls == [(patient.id, saved.id, saved.version, clock.today())]
    assert not demo_window.runner.is_busy()  # nothing the therapist waits for
    demo_window.document.close()
    held.release.set()
    demo_window.runner.wait()
    assert held.go_on_after == [False]


def test_saving_the_program_lays_out_the_saved_version(qtbot, demo_window, monkeypatch):
    held = Held()
    held.release.set()
    monkeypatch.setattr(handouts, "lay_out_handout_ahead", held)
    patient = open_patient(qtbot, demo_window, "Robert Chen")
    laid_out(qtbot, demo_window)
    edit_cell(qtbot, demo_window, item_names(demo_window)[0], 2, 12)
    demo_window.actions.save.trigger()
    wait_idle(qtbot, demo_window)
    laid_out(qtbot, demo_window)
    versions = [version for patient_id, _, version, _ in held.calls if patient_id == patient.id]
    assert versions == [versions[0], versions[0] + 1]


def test_opening_another_patient_before_the_work_starts_lays_out_only_that_one(qtbot, demo_workspace, monkeypatch):
    held = Held()
    held.release.set()
    monkeypatch.setattr(handouts, "lay_out_handout_ahead", held)
    monkeypatch.setattr(print_ahead, "AFTER_MS", 2000)  # so both open within it, however slow the machine
    window = show_window(qtbot, demo_workspace)
    try:
        open_patient(qtbot, window, "Robert Chen")
        other = open_patient(qtbot, window, "Margaret Okafor")
        qtbot.waitUntil(held.started.is_set, timeout=10_000)
        window.runner.wait()
        assert [patient_id for patient_id, *_ in held.calls] == [other.id]
    finally:
        window.close()
        window.deleteLater()


def test_the_print_preview_shows_the_handout_built_ahead_and_builds_none(qtbot, demo_window, monkeypatch):
    from ptplanner.gui.handout_preview import HandoutPreview

    built: list[str] = []
    build = handouts.build_handout
    counted = lambda *a, **k: built.append(k["handout_id"]) or build(*a, **k)  # noqa: E731
    monkeypatch.setattr(handouts, "build_handout", counted)
    previews: list[HandoutPreview] = []
    monkeypatch.setattr(HandoutPreview, "exec", lambda dialog: previews.append(dialog) or 0)
    open_patient(qtbot, demo_window, "Robert Chen")
    laid_out(qtbot, demo_window)
    [ahead_id] = built

    demo_window.actions.print.trigger()
    qtbot.waitUntil(lambda: bool(previews) and previews[0]._prepared is not None, timeout=10_000)

    preview = previews[0]
    assert built == [ahead_id]
    assert preview._prepared.handout_id == ahead_id
    assert preview.document.pageCount() == preview._prepared.handout.pages
    preview.large_print.setChecked(not preview.large_print.isChecked())  # another handout: built now
    qtbot.waitUntil(lambda: preview._prepared is not None and len(built) == 2, timeout=10_000)
    assert preview._prepared.handout_id == built[1]
    preview.reject()
