"""The patient's progress in the real main window: outcome scores with computed PSFS and ODI, charts with
data and without, flags on the list and the page, next steps accepted or dismissed, the report saved."""

from datetime import timedelta

import pytest
from feature_dialogs import wait_for_dialog
from gui_helpers import TODAY, add_patient, open_patient, start_from_fusion_template, wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure
from ptplanner.core.patient import Patient
from ptplanner.core.program import StageMove
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import SuggestionKind
from ptplanner.core.walking import dated_schedule, starting_on, week_on
from ptplanner.core.walking_program import is_walking_item, walking_start
from ptplanner.gui.dates import app_dates
from ptplanner.gui.models.patients import FLAGS, PatientTableModel
from ptplanner.gui.progress import controller
from ptplanner.gui.progress.charts import NOTHING_YET
from ptplanner.gui.progress.section import NOT_SAVED
from ptplanner.storage.decisions import decisions_for
from ptplanner.storage.summaries import patient_list, progress_flags


def dark_pixels(widget) -> int:
    image = widget.grab().toImage()
    step = 3
    return sum(
        QColor(image.pixel(x, y)).lightness() < 100
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def list_flags(window, name) -> str:
    model = window.patient_list.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, FLAGS).data()


def add_patient_due_for_the_next_stage(workspace):
    """13 weeks after surgery, moved to stage 2 at week 6, every session done for three weeks, pain steady."""
    surgery = TODAY - timedelta(weeks=13)
    patient = Patient(
        name="Nina Due", date_of_birth=surgery - timedelta(days=60 * 365), surgery_date=surgery
    )
    program = workspace.templates["fusion-hip-si"].instantiate(workspace.bundled, patient.id, surgery)
    program = program.model_copy(
        update={"moves": (StageMove(stage_index=1, on=surgery + timedelta(weeks=6)),)}
    )
    workspace.store.save_patient(patient)
    program = workspace.store.save_program(program)
    for offset in range(1, 22):
        day = TODAY - timedelta(days=offset)
        done = tuple(
            ItemCompletion(item_id=i.id, sessions_done=i.dosage.times_per_day)
            for i in program.stages[1].items
        )
        workspace.store.save_entry(
            AdherenceEntry(program_id=program.id, day=day, completions=done, pain_back=3, pain_leg=1)
        )
    return patient, program


def test_outcome_scores_of_each_measure_are_recorded_with_computed_scores(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Robert Chen")
    before = len(window.clinic.workspace.store.outcomes_for(patient.id))

    def record(measure, fill):
        window.actions.add_outcome.trigger()
        dialog = window.progress_controller.outcome_dialog
        dialog.choose(measure)
        fill(dialog)
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            dialog.buttons.accepted.emit()
            score = dialog.score
        wait_idle(qtbot, window)
        return score

    def nrs(dialog):
        page = dialog.pages[Measure.PAIN_NRS]
        qtbot.keyClicks(page.score, "11")
        dialog.buttons.accepted.emit()
        assert (
            dialog.isVisible()
            and dialog.result.text() == "The pain score is a whole number from 0 to 10, not “11”."
        )
        page.score.setText("4")
        dialog.day.set_date(TODAY + timedelta(days=1))
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and dialog.day_message.text() == "The day is in the future."
        dialog.day.set_date(TODAY)

    def psfs(dialog):
        page = dialog.pages[Measure.PSFS]
        for row, (activity, rating) in enumerate(
            (("Walking to the shop", "4"), ("Getting out of a car", "6"))
        ):
            page.activities[row].setText(activity)
            page.ratings[row].setText(rating)
        assert dialog.result.text() == "The PSFS rates 3 to 5 activities; 2 rated so far."
        page.activities[2].setText("Sitting through a meal")
        page.ratings[2].setText("7")
        assert dialog.result.text() == "PSFS score 5.67: the average of 3 activities."

    def odi_items(dialog):
        page = dialog.pages[Measure.ODI]
        for line, score in zip(page.items, ("2", "3", "1", "", "4", "2", "2", "1", "3", "0"), strict=True):
            line.setText(score)
        assert dialog.result.text().startswith("ODI score 40%: 18 points of 45 (9 of 10 items answered")

    def odi_total(dialog):
        page = dialog.pages[Measure.ODI]
        page.by_total.setChecked(True)
        page.total.setText("36")

    scores = [
        record(Measure.PAIN_NRS, nrs),
        record(Measure.PSFS, psfs),
        record(Measure.ODI, odi_items),
        record(Measure.ODI, odi_total),
    ]
    assert [(s.measure, s.score, len(s.items)) for s in scores] == [
        (Measure.PAIN_NRS, 4, 0),
        (Measure.PSFS, 5.67, 3),
        (Measure.ODI, 40, 9),
        (Measure.ODI, 36, 0),
    ]
    stored = window.clinic.workspace.store.outcomes_for(patient.id)
    assert len(stored) == before + 4 and all(s in stored for s in scores)

    def charted() -> set[tuple[Measure, float]]:
        figures = window.progress_controller.figures
        return (
            set() if figures is None else {(t.measure, p.score) for t in figures.outcomes for p in t.points}
        )

    qtbot.waitUntil(lambda: {(s.measure, s.score) for s in scores} <= charted(), timeout=10_000)


def test_charts_are_drawn_with_a_log_and_say_so_without_one(qtbot, demo_window, empty_window):
    open_patient(qtbot, demo_window, "William Brooks")
    charts = demo_window.progress.charts
    assert charts.notice() == ""
    assert dark_pixels(charts) > 500  # bars, lines, markers and labels

    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    empty_window.actions.save.trigger()
    qtbot.waitUntil(lambda: empty_window.progress_controller.figures is not None, timeout=10_000)
    wait_idle(qtbot, empty_window)
    empty_charts = empty_window.progress.charts
    empty_window.patient_page.open_on(progress=True)
    assert empty_charts.notice() == NOTHING_YET
    assert empty_window.progress.summary.text() == "Nothing logged yet."
    assert 0 < dark_pixels(empty_charts) < 300  # the notice's words only


def test_a_new_program_must_be_saved_before_logging(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    qtbot.waitUntil(lambda: empty_window.progress_controller.figures is not None, timeout=10_000)
    action = empty_window.actions.record_log
    assert not action.isEnabled() and "Save the program first" in action.toolTip()
    assert empty_window.progress.summary.text() == NOT_SAVED
    empty_window.actions.save.trigger()
    qtbot.waitUntil(action.isEnabled, timeout=10_000)


def test_flags_show_on_the_list_and_the_page_for_the_flare_and_low_adherence(qtbot, demo_window):
    window = demo_window
    qtbot.waitUntil(lambda: "pain up" in list_flags(window, "Ahmed Haddad"), timeout=10_000)
    assert list_flags(window, "William Brooks").startswith("low adherence")
    assert "pain up" not in list_flags(window, "Grace Nakamura")
    assert "low adherence" not in list_flags(window, "Grace Nakamura")

    open_patient(qtbot, window, "Ahmed Haddad")
    assert window.progress.flags.isVisible()
    assert window.progress.flags.text().startswith("⚑ Pain up: Back pain in the daily log is up")
    tabs = window.patient_page.tabs
    assert tabs.currentWidget() is window.progress  # a returning patient opens on their progress
    assert tabs.tabText(tabs.indexOf(window.progress)) == "Progress ⚑ 1"

    open_patient(qtbot, window, "Grace Nakamura")
    assert not window.progress.flags.isVisible()
    assert tabs.tabText(tabs.indexOf(window.progress)) == "Progress"


def test_patient_list_model_with_progress_flags_passes_qtmodeltester(qtmodeltester, demo_workspace):
    rows = patient_list(demo_workspace.database, TODAY)
    flags = progress_flags(demo_workspace.database, TODAY, ProgressRules())
    model = PatientTableModel(rows)
    model.set_progress_flags(flags)
    qtmodeltester.check(model)
    named = {row.name: model.index(r, FLAGS).data() for r, row in enumerate(rows)}
    assert named["Ahmed Haddad"].startswith("pain up")
    assert {name for name, shown in named.items() if "low adherence" in shown} == {
        "William Brooks",
        "Linda Johansson",
        "Zofia Łukasiewicz",
    }


def test_accepting_the_next_stage_moves_the_patient_today(qtbot, demo_window):
    window = demo_window
    patient, program = add_patient_due_for_the_next_stage(window.clinic.workspace)
    window.reload_patients()
    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.suggestion is not None, timeout=10_000)
    panel = window.progress.suggestion
    assert panel.isVisible() and panel.suggestion.kind is SuggestionKind.NEXT_STAGE
    assert panel.title.text() == "Next step: Move to stage 3 of 4: Functional strength"
    assert "It is week 13 after surgery" in panel.reason.text()
    assert panel.accept_button.text() == "Move to stage 3 today"
    assert window.document.model.program().current_stage_index() == 1  # nothing happens by itself

    panel.accept_button.click()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    stored = window.clinic.workspace.store.get_program(program.id)
    assert stored.moves[-1] == StageMove(stage_index=2, on=TODAY)
    assert stored.current_stage_index() == 2 and not window.isWindowModified()
    decisions = decisions_for(window.clinic.workspace.database, program.id)
    assert [(d.kind, d.on, d.accepted) for d in decisions] == [(SuggestionKind.NEXT_STAGE, TODAY, True)]
    assert window.actions.undo.text() == "&Undo Move to stage Functional strength"


def test_a_discharged_patients_progress_ends_when_they_left_and_suggests_nothing(qtbot, demo_window):
    """Logged every session until eight days ago, then discharged that day: the page counts no missed days
    after it and suggests no next stage; re-admitted, the days since count again."""
    window = demo_window
    patient, program = add_patient_due_for_the_next_stage(window.clinic.workspace)
    left = TODAY - timedelta(days=8)
    store = window.clinic.workspace.store
    window.clinic.save_log(patient.id, [], [e for e in store.entries_for(program.id) if e.day > left])
    window.clinic.discharge_patient(patient.id, left, "moved away")
    wait_idle(qtbot, window)  # the list read again without them

    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
    wait_idle(qtbot, window)
    figures = window.progress_controller.figures
    assert figures.weeks[-1].end == left and figures.missed_days == 0
    assert figures.overall.percent == 100
    assert window.progress_controller.suggestion is None and not window.progress.suggestion.isVisible()
    said = f"was discharged on {app_dates().full(left)}: their progress stops there"
    qtbot.waitUntil(lambda: said in window.statusBar().currentMessage(), timeout=10_000)
    ends = f"Discharged on {app_dates().full(left)}: these figures end on {app_dates().full(left)}."
    assert window.progress.summary.text().startswith(ends + "\n")
    assert window.patient_page.progress.text().startswith(f"Discharged on {app_dates().full(left)} · stage ")

    window.clinic.readmit_patient(patient.id)
    window.progress_controller.load(TODAY)
    qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
    figures = window.progress_controller.figures
    assert figures.weeks[-1].end == TODAY - timedelta(days=1) and figures.missed_days == 7
    assert "Discharged" not in window.progress.summary.text()


def test_discharging_and_readmitting_the_open_patient_updates_their_page(qtbot, demo_window):
    """From the Patient menu, with their page open: the "Now" line and the figures follow at once."""
    window = demo_window
    patient, _program = add_patient_due_for_the_next_stage(window.clinic.workspace)
    wait_idle(qtbot, window)
    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.suggestion is not None, timeout=10_000)
    assert window.patient_page.progress.text().startswith("Week ")

    window.leaving.discharge.trigger()
    dialog = wait_for_dialog(qtbot, window.leaving, "dischargeDialog")
    qtbot.keyClicks(dialog.reason, "Goals met")
    qtbot.mouseClick(dialog.discharge_button, Qt.MouseButton.LeftButton)
    now = f"Discharged on {app_dates().full(TODAY)} · stage "
    qtbot.waitUntil(lambda: window.patient_page.progress.text().startswith(now), timeout=10_000)
    summary, ends = window.progress.summary, f"Discharged on {app_dates().full(TODAY)}:"
    qtbot.waitUntil(lambda: summary.text().startswith(ends), timeout=10_000)
    assert window.progress_controller.suggestion is None and not window.progress.suggestion.isVisible()

    window.leaving.readmit.trigger()
    qtbot.waitUntil(lambda: window.patient_page.progress.text().startswith("Week "), timeout=10_000)
    qtbot.waitUntil(lambda: window.progress_controller.suggestion is not None, timeout=10_000)
    assert "Discharged" not in summary.text() and window.progress.suggestion.isVisible()


def test_dismissing_a_suggestion_records_it_and_hides_it(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Ahmed Haddad")
    panel = window.progress.suggestion
    assert panel.isVisible() and panel.suggestion.kind is SuggestionKind.HOLD
    program = window.document.model.program()

    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    decisions = decisions_for(window.clinic.workspace.database, program.id)
    assert [(d.kind, d.accepted) for d in decisions] == [(SuggestionKind.HOLD, False)]
    assert window.clinic.workspace.store.get_program(program.id) == program  # nothing changed

    window.show_patients()
    open_patient(qtbot, window, "Grace Nakamura")
    open_patient(qtbot, window, patient.name)
    assert not panel.isVisible()  # still answered after reopening


def test_accepting_a_hold_steps_walking_back_and_the_walking_item_with_it_in_one_undoable_step(
    qtbot, demo_window
):
    window = demo_window
    patient = open_patient(qtbot, window, "Ahmed Haddad")
    program = window.document.model.program()
    index = program.current_stage_index()
    stage = program.stages[index]
    start = walking_start(program, index, patient.surgery_date)
    now = week_on(stage.walking, start, TODAY)
    hold = window.progress.suggestion.suggestion
    window.progress.suggestion.accept_button.click()
    qtbot.waitUntil(lambda: not window.progress.suggestion.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    stored = window.clinic.workspace.store.get_program(program.id).stages[index]
    # back to the walking plan's week that went well, the one the suggestion names (below this week's)
    weeks = dated_schedule(stage.walking, start)
    (good,) = [d.week for d in weeks if (d.first_day, d.last_day) == hold.repeat_week]
    assert good.minutes_per_day < now.minutes_per_day
    assert stored.walking == hold.walking == starting_on(stage.walking, TODAY, good.minutes_per_day)
    (walking_item,) = [item for item in stored.items if is_walking_item(item)]
    first = stored.walking.schedule()[0]
    assert (walking_item.dosage.duration_minutes, walking_item.dosage.times_per_day) == (
        first.minutes_per_walk,
        first.walks_per_day,
    )
    assert window.actions.undo.text() == "&Undo Apply the suggested walking plan"

    window.actions.undo.trigger()
    assert window.document.model.program().stages[index] == stage  # plan and item back together
    assert window.isWindowModified()
    window.actions.redo.trigger()
    assert window.document.model.program().stages[index] == stored and not window.isWindowModified()


@pytest.mark.parametrize("typed_name", ["report", "report.pdf"])
def test_the_progress_report_is_saved_where_the_therapist_chooses(
    qtbot, demo_window, monkeypatch, tmp_path, typed_name
):
    window = demo_window
    patient = open_patient(qtbot, window, "William Brooks")
    monkeypatch.setattr(
        controller.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / typed_name), "")
    )
    window.actions.progress_report.trigger()
    target = tmp_path / "report.pdf"
    qtbot.waitUntil(target.exists, timeout=10_000)
    wait_idle(qtbot, window)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Progress report" in text and patient.name in text
    assert str(target) in window.statusBar().currentMessage()


def test_a_red_flag_note_logged_now_flags_the_page_and_the_list(qtbot, demo_window):
    window = demo_window
    open_patient(qtbot, window, "Grace Nakamura")
    assert "red-flag note" not in list_flags(window, "Grace Nakamura")
    window.actions.record_log.trigger()
    dialog = window.progress_controller.log_dialog
    model = dialog.model
    note = model.index(model.row_of_field("note"), model.column_of(TODAY) - 1)
    assert model.setData(note, "Fell in the garden; my calf is swollen.")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: window.progress_controller.figures is not None and window.progress.flags.isVisible(),
        timeout=10_000,
    )
    wait_idle(qtbot, window)
    assert "⚑ Red-flag note: The note of" in window.progress.flags.text()
    assert "mentions “calf”, “swollen”, “fell”" in window.progress.flags.text()  # in the rules' order
    assert list_flags(window, "Grace Nakamura").startswith("red-flag note")


def test_a_patient_opens_with_their_progress_read_in_the_same_trip(qtbot, demo_window, monkeypatch):
    """The log and figures are read with the patient, so the page shows with them, not 20-30 ms later."""
    window = demo_window
    patient = next(p for p in window.clinic.workspace.store.list_patients() if p.name == "William Brooks")
    shown_with_figures = []
    window.document.opened.connect(lambda: shown_with_figures.append(window.progress_controller.figures))
    reads = []
    real_read = window.runner.read
    def read(work, *rest, **kw):
        reads.append(work)
        real_read(work, *rest, **kw)

    monkeypatch.setattr(window.runner, "read", read)

    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
    wait_idle(qtbot, window)
    assert len(shown_with_figures) == 1 and shown_with_figures[0] is not None  # ready as the page showed
    assert window.progress.charts.notice() == "" and dark_pixels(window.progress.charts) > 500
    assert not any("ProgressController" in getattr(work, "__qualname__", "") for work in reads)


def test_progress_that_does_not_read_with_the_patient_is_read_again_alone(qtbot, demo_window, monkeypatch):
    window = demo_window
    real = controller._progress_of
    calls = []

    def fails_first(*args):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk busy")
        return real(*args)

    monkeypatch.setattr(controller, "_progress_of", fails_first)
    open_patient(qtbot, window, "William Brooks")  # waits for the figures
    assert len(calls) == 2 and window.progress_controller.figures is not None
    assert window.progress.charts.notice() == ""


def test_the_log_dialogs_modules_are_imported_after_the_figures_show(qtbot, demo_window, monkeypatch):
    """The first opening of a start waited for them before its figures showed; now they come after, in turns."""
    window = demo_window
    imported = []
    monkeypatch.setattr(controller, "DIALOG_MODULES", ("ptplanner_not_imported_yet",))
    monkeypatch.setattr(controller, "import_in_turns", lambda names, then: imported.append(names))
    imported_when_shown = []
    window.document.opened.connect(lambda: imported_when_shown.append(list(imported)))
    open_patient(qtbot, window, "William Brooks")  # waits for the figures
    assert imported_when_shown == [[]] and imported == []
    qtbot.waitUntil(lambda: imported == [("ptplanner_not_imported_yet",)], timeout=5_000)
