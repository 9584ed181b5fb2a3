"""The real main window shows changes saved by another workstation on the same database without a
restart, and never loses the therapist's unsaved edits to them (banner: Reload or Keep mine)."""

from datetime import date

import pytest
from gui_helpers import TODAY, item_names, open_patient, wait_idle
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseUnavailable
from ptplanner.core.adherence import Measure, OutcomeScore
from ptplanner.core.patient import Patient
from ptplanner.core.summary import current_program
from ptplanner.gui import dialogs, remote_changes
from ptplanner.gui.dates import app_dates
from ptplanner.gui.models.program_commands import remove_items

pytestmark = pytest.mark.gui


@pytest.fixture
def elsewhere(demo_window, data_dir):
    """Another workstation (or program) on the window's data folder."""
    clinic = Clinic.open(data_dir)
    yield clinic
    clinic.close()


def look(qtbot, window) -> None:
    window.remote_changes.check_now()
    wait_idle(qtbot, window)


def list_names(window) -> list[str]:
    proxy = window.patient_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def selected_id(window) -> str | None:
    page = window.patient_list
    index = page.table.currentIndex()
    return page.proxy.patient_id(index) if index.isValid() else None


def drop_last_item(clinic: Clinic, patient_id: str):
    """Another workstation removes the last exercise of the first stage and saves: the saved program."""
    program = current_program(clinic.programs_for(patient_id))
    stage = program.stages[0]
    stages = (stage.model_copy(update={"items": stage.items[:-1]}), *program.stages[1:])
    return clinic.save_program(program.model_copy(update={"stages": stages})), stage.items[-1].exercise.name


def edit_here(window) -> str:
    """The therapist removes the first exercise of the first stage here and does not save."""
    model = window.document.model
    stage = model.program().stages[0]
    model.undo_stack.push(remove_items(model, stage.id, [stage.items[0].id]))
    assert window.document.is_modified()
    return stage.items[0].exercise.name


def test_the_list_and_the_open_patient_show_what_another_workstation_saved(qtbot, demo_window, elsewhere):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    window.show_patients()
    other_id = window.patient_list.proxy.patient_id(window.patient_list.proxy.index(2, 0))
    window.patient_list.select_patient(other_id)

    newcomer = Patient(name="Zoe Newcomer", date_of_birth=date(1970, 1, 2), surgery_date=TODAY)
    elsewhere.save_patient(newcomer)
    look(qtbot, window)
    assert "Zoe Newcomer" in list_names(window)
    assert selected_id(window) == other_id  # the selection is kept
    assert window.pages.currentWidget() is window.patient_list

    saved, removed = drop_last_item(elsewhere, robert.id)
    elsewhere.save_outcome(robert.id, OutcomeScore(measure=Measure.PAIN_NRS, day=TODAY, score=1))
    look(qtbot, window)
    qtbot.waitUntil(lambda: window.document.model.program().version == saved.version, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.document.model.program() == saved
    assert not window.document.is_modified()
    assert window.pages.currentWidget() is window.patient_list  # reloaded where the therapist is
    pain = next(t for t in window.progress_controller.figures.outcomes if t.measure is Measure.PAIN_NRS)
    assert pain.latest.score == 1 and pain.latest.day == TODAY
    assert not window.remote_changes.banner.isVisible()


def test_the_open_patients_page_follows_a_discharge_and_a_readmission_made_elsewhere(
    qtbot, demo_window, elsewhere
):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    now = window.patient_page.progress
    assert now.text().startswith("Week ")
    elsewhere.discharge_patient(robert.id, TODAY, "moved away")
    look(qtbot, window)
    discharged = f"Discharged on {app_dates().full(TODAY)} · stage "
    qtbot.waitUntil(lambda: now.text().startswith(discharged), timeout=10_000)
    qtbot.waitUntil(lambda: window.progress.summary.text().startswith("Discharged on "), timeout=10_000)
    assert window.progress_controller.suggestion is None

    elsewhere.readmit_patient(robert.id)
    look(qtbot, window)
    qtbot.waitUntil(lambda: now.text().startswith("Week "), timeout=10_000)
    qtbot.waitUntil(lambda: not window.progress.summary.text().startswith("Discharged"), timeout=10_000)


def test_unsaved_edits_survive_a_change_elsewhere_and_keep_mine_saves_them_as_the_next_version(
    qtbot, demo_window, elsewhere, monkeypatch
):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    mine_removed = edit_here(window)
    mine = window.document.model.program()
    saved, theirs_removed = drop_last_item(elsewhere, robert.id)

    look(qtbot, window)
    banner = window.remote_changes.banner
    assert banner.isVisible()
    assert "Robert Chen's program was changed on another workstation" in banner.text.text()
    assert window.document.model.program() == mine and window.document.is_modified()  # nothing lost

    banner.keep_button.click()
    assert not banner.isVisible() and window.document.model.program() == mine
    window.actions.save.trigger()  # refused: the other workstation saved first
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    wait_idle(qtbot, window)
    text = banner.text.text()
    assert f"you started from version {mine.version}; version {saved.version} is saved now" in text
    assert f"removed {theirs_removed}" in text
    assert not window.save_problem.isVisible()
    assert window.document.is_modified()

    asked: list[str] = []
    monkeypatch.setattr(remote_changes, "confirm_keep_mine", lambda parent, text: asked.append(text) or True)
    assert banner.keep_button.text() == f"Keep mine (save as version {saved.version + 1})…"
    banner.keep_button.click()
    qtbot.waitUntil(lambda: not window.document.is_modified(), timeout=10_000)
    wait_idle(qtbot, window)
    stored = current_program(elsewhere.programs_for(robert.id))
    assert stored.version == saved.version + 1
    assert stored.stages == mine.stages  # mine, whole: theirs stays in the history
    assert mine_removed not in [item.exercise.name for item in stored.stages[0].items]
    assert asked and not banner.isVisible()
    look(qtbot, window)  # our own save is not news
    assert not banner.isVisible()


def test_reload_discards_mine_and_shows_theirs(qtbot, demo_window, elsewhere):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    edit_here(window)
    saved, _ = drop_last_item(elsewhere, robert.id)
    look(qtbot, window)
    window.remote_changes.banner.reload_button.click()
    qtbot.waitUntil(lambda: window.document.model is not None and not window.document.is_modified(), timeout=10_000)
    qtbot.waitUntil(lambda: window.document.model.program().version == saved.version, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.document.model.program() == saved
    assert item_names(window)  # the editor shows the program again
    assert not window.remote_changes.banner.isVisible()


def test_a_refused_save_offers_reload_and_keep_mine_can_be_cancelled(
    qtbot, demo_window, elsewhere, monkeypatch, unsaved_answers
):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    edit_here(window)
    mine = window.document.model.program()
    saved, _ = drop_last_item(elsewhere, robert.id)
    window.actions.save.trigger()  # before this workstation looked: refused at once
    banner = window.remote_changes.banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    wait_idle(qtbot, window)
    assert "Not saved" in banner.text.text()

    monkeypatch.setattr(remote_changes, "confirm_keep_mine", lambda parent, text: False)
    banner.keep_button.click()
    assert banner.isVisible()  # cancelled: still asking, nothing saved
    wait_idle(qtbot, window)
    assert current_program(elsewhere.programs_for(robert.id)) == saved
    assert window.document.model.program() == mine
    unsaved_answers[0].append(dialogs.Unsaved.DISCARD)  # closing the window at the end asks


def test_the_timer_and_the_window_coming_to_the_front_look_for_changes(qtbot, demo_window, elsewhere, monkeypatch):
    window = demo_window
    looks: list[int] = []
    monkeypatch.setattr(window.remote_changes._watch, "check", lambda: looks.append(1) or [])
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    wait_idle(qtbot, window)
    assert looks == [1]
    monkeypatch.undo()

    assert window.remote_changes.timer.isActive()
    window.remote_changes.timer.setInterval(50)
    elsewhere.save_patient(Patient(name="Zoe Newcomer", date_of_birth=date(1970, 1, 2), surgery_date=TODAY))
    qtbot.waitUntil(lambda: "Zoe Newcomer" in list_names(window), timeout=10_000)


def test_an_edit_made_while_the_program_is_read_again_is_kept(qtbot, demo_window, elsewhere, unsaved_answers):
    window = demo_window
    robert = open_patient(qtbot, window, "Robert Chen")
    drop_last_item(elsewhere, robert.id)
    window.remote_changes.show([Change(Changed.PROGRAM, robert.id, elsewhere=True)])  # reading again...
    edit_here(window)  # ...while the therapist edits
    mine = window.document.model.program()
    wait_idle(qtbot, window)
    assert window.document.model.program() == mine and window.document.is_modified()
    assert window.remote_changes.banner.isVisible()
    unsaved_answers[0].append(dialogs.Unsaved.DISCARD)  # closing the window at the end asks


def test_a_look_that_fails_is_told_in_the_status_bar_and_looking_goes_on(qtbot, demo_window, monkeypatch):
    window = demo_window

    def unreachable():
        raise DatabaseUnavailable("The database server at db.clinic cannot be reached.")

    monkeypatch.setattr(window.remote_changes._watch, "check", unreachable)
    look(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Changes made on other workstations could not be read: The database server at db.clinic cannot be reached."
    )
    assert window.remote_changes.timer.isActive()
