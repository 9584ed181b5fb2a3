"""A therapist's whole day by keyboard alone: every step below is a key pressed on the widget that has
the focus (QApplication.focusWidget()), or typed into the dialog the keys opened. The window and
its data are read only to check what the keys did, never to make progress."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_helpers import item_names, wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ptplanner.core import clock
from ptplanner.gui.dialogs import Unsaved
from ptplanner.gui.handout_preview import HandoutPreview
from ptplanner.gui.patients.form import PatientDialog
from ptplanner.gui.progress.log_dialog import LogSheetDialog
from ptplanner.gui.progress.outcome_dialog import OutcomeDialog

Key = Qt.Key
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
TODAY = clock.today()
WAIT = 20_000  # ms; the machine may be busy
MOST_TABS = 25  # a field further than this many Tabs away counts as out of the keyboard's reach
SHOTS = os.environ.get("PTPLANNER_KEYBOARD_SHOTS")  # a folder to keep the screens in, to look at them


def press(key: Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key on the widget that has the focus; the keyboard must have somewhere to go."""
    widget = QApplication.focusWidget()
    assert widget is not None, f"no widget has the focus to take {key.name}"
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()  # between two keys a person presses, the window has caught up


def type_in(text: str) -> None:
    """Each character to the widget that has the focus then, as a keyboard does: the first digit typed
    on a table cell opens its editor, and the next ones go there."""
    for character in text:
        widget = QApplication.focusWidget()
        assert widget is not None, f"no widget has the focus to type {character!r} of {text!r}"
        QTest.keyClicks(widget, character)
        QApplication.processEvents()


def tab_to(wanted, most: int = MOST_TABS) -> int:
    """Tab until `wanted(focus widget)`, at most `most` times; how many Tabs it took."""
    passed = []
    for count in range(most + 1):
        if wanted(QApplication.focusWidget()):
            return count
        passed.append(describe(QApplication.focusWidget()).split(" in ")[0])
        press(Key.Key_Tab)
    raise AssertionError(f"not reached in {most} Tabs: " + " > ".join(passed))


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}"


def named(name: str):
    return lambda widget: widget is not None and widget.objectName() == name


def wait_modal(qtbot, kind) -> QWidget:
    """The modal dialog of `kind` the keys opened, once it is shown."""
    qtbot.waitUntil(lambda: _shown_modal(kind) is not None, timeout=WAIT)
    return QApplication.activeModalWidget()


def _shown_modal(kind) -> QWidget | None:
    """The modal dialog of `kind` once it is the active window (taking the keys), else None."""
    dialog = QApplication.activeModalWidget()
    shown = isinstance(dialog, kind) and dialog.isVisible() and QApplication.activeWindow() is dialog
    return dialog if shown else None


class WhenModal:
    """Runs `handle(dialog)` once a modal dialog of `kind` shows. A dialog run with exec() blocks the
    code that pressed the key, so its keys are pressed from a timer inside the dialog's own loop."""

    def __init__(self, kind, handle) -> None:
        self.kind, self.handle = kind, handle
        self.done, self.error = False, None
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        dialog = _shown_modal(self.kind)
        if dialog is None:
            return
        self.timer.stop()
        try:
            self.handle(dialog)
        except BaseException as error:  # noqa: BLE001 - raised again by wait(), outside the dialog's loop
            self.error = error
            dialog.reject()  # so the test fails instead of hanging in the dialog's loop
        self.done = True

    def wait(self, qtbot) -> None:
        try:
            qtbot.waitUntil(lambda: self.done, timeout=WAIT * 2)
        except qtbot.TimeoutError:
            modal, active = QApplication.activeModalWidget(), QApplication.activeWindow()
            raise AssertionError(
                f"no {self.kind.__name__} came: modal {describe(modal)}, active {describe(active)}, "
                f"focus {describe(QApplication.focusWidget())}"
            ) from None
        if self.error is not None:
            raise self.error


def back_to(qtbot, window: QWidget) -> None:
    """Once a dialog has closed, the window under it is active again: a desktop's window manager does
    that; the offscreen platform the tests run on has none, so the test does it in its place."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() in (None, window), timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def shot(widget: QWidget, name: str, folder: Path | None) -> None:
    """The screen as it looks, for a person to check that the focus can be seen."""
    target = Path(SHOTS) if SHOTS else folder
    if target is None:
        return
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / f"{name}.png"))


def save_file_as(qtbot, path: Path):
    """What a therapist does in a Save dialog: types the whole path over the name offered, and Enter."""

    def handle(dialog: QFileDialog) -> None:
        qtbot.waitUntil(lambda: named("fileNameEdit")(QApplication.focusWidget()), timeout=WAIT)
        press(Key.Key_A, CTRL)
        type_in(str(path))
        press(Key.Key_Return)

    return handle


def add_patient(
    qtbot, window, name: str, born: str, surgery: str = "", procedure: str = "", no_bending_until: str = "",
    screens: Path | None = None,
) -> None:
    press(Key.Key_N, CTRL)
    dialog = wait_modal(qtbot, PatientDialog)
    assert QApplication.focusWidget() is dialog.name
    type_in(name)
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_of_birth
    type_in(born)
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.surgery_date
    type_in(surgery)
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.procedure
    type_in(procedure)
    if no_bending_until:
        tab_to(named("addPrecaution"))
        press(Key.Key_Space)
        [row] = dialog.precaution_rows
        assert QApplication.focusWidget() is row.kind, describe(QApplication.focusWidget())
        assert row.kind.currentText() == "no bending"  # the first kind
        tab_to(named("precautionUntil"))
        type_in(no_bending_until)
        shot(dialog, "02-patient-form", screens)
    press(Key.Key_Return)  # Save
    qtbot.waitUntil(
        lambda: window.document.patient is not None and window.document.patient.name == name, timeout=WAIT
    )
    wait_idle(qtbot, window)
    back_to(qtbot, window)


# The Save dialog's name completer pops up as typed; the offscreen platform cannot raise a popup or give it
# the keyboard, and says so. A desktop can.
@pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$", "^This plugin does not support grabbing the keyboard$"
)
def test_a_whole_day_by_keyboard(qtbot, empty_window, tmp_path, unsaved_answers):
    unsaved_answers[0].append(Unsaved.DISCARD)  # should the test stop half way, the window closes unasked
    window = empty_window
    window.activateWindow()
    qtbot.waitActive(window)
    screens = tmp_path / "screens"
    shot(window, "01-empty-clinic", screens)

    # Two new patients; the day is spent with the second.
    add_patient(qtbot, window, "Bo Berg", "1950-02-03")
    surgery = (TODAY - timedelta(weeks=3)).isoformat()
    until = TODAY + timedelta(weeks=3)
    add_patient(qtbot, window, "Ana Silva", "1961-04-09", surgery, "TLIF", until.isoformat(), screens)
    patient = window.document.patient
    assert (patient.date_of_birth, patient.surgery_date, patient.procedure) == (
        date(1961, 4, 9), TODAY - timedelta(weeks=3), "TLIF"
    )
    assert [(p.kind.value, p.until) for p in patient.precautions] == [("no bending", until)]
    editor = window.editor
    assert window.patient_page.tabs.currentWidget() is editor  # a new patient opens on their program
    assert QApplication.focusWidget() is editor.template_choice  # the next step: choose a template
    shot(window, "02-new-patient-opened", screens)

    # Start the program from a template.
    choice = editor.template_choice
    wanted = choice.findData("fusion-hip-si")
    while choice.currentIndex() != wanted:
        before = choice.currentIndex()
        press(Key.Key_Down)
        assert choice.currentIndex() != before, "the template box does not move with Down"
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is editor.start_button
    shot(window, "03-start-button-focused", screens)
    press(Key.Key_Space)
    model = window.document.model
    assert model.rowCount() == 4 and model.program().template_id == "fusion-hip-si"
    first_stage = list(item_names(window))

    # Find an exercise in the library and add it.
    press(Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.library.search
    type_in("dead bug")
    shot(window, "04-library-search", screens)
    press(Key.Key_Return)
    assert item_names(window) == first_stage + ["Dead bug"]

    # Change the new exercise's reps.
    table = editor.items
    press(Key.Key_Escape)  # clears the library search
    press(Key.Key_Escape)  # and back to the program
    assert QApplication.focusWidget() is table
    assert table.currentIndex().siblingAtColumn(0).data() == "Dead bug"
    reps_column = 2
    while table.currentIndex().column() < reps_column:
        press(Key.Key_Right)
    old_reps = table.currentIndex().data()
    type_in("12")
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=WAIT)
    reps = model.index(len(first_stage), reps_column, table.rootIndex())
    assert reps.data() == "12" != old_reps
    assert QApplication.focusWidget() is table
    shot(window, "05-dose-changed", screens)

    # Undo and redo.
    press(Key.Key_Z, CTRL)
    assert reps.data() == old_reps
    press(Key.Key_Y, CTRL)
    assert reps.data() == "12"

    # Save.
    press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=WAIT)
    wait_idle(qtbot, window)
    assert window.document.model.program().version == 1

    # Print a handout, saved as a PDF.
    handout = tmp_path / "handout.pdf"

    def in_preview(preview: HandoutPreview) -> None:
        qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=WAIT)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is preview, f"in the preview: {describe(focus)}"
        shot(preview, "06-print-preview", screens)
        file_dialog = WhenModal(QFileDialog, save_file_as(qtbot, handout))
        press(Key.Key_D, ALT)  # Save as P&DF…
        file_dialog.wait(qtbot)
        back_to(qtbot, preview)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is preview, f"after saving: {describe(focus)}"
        qtbot.waitUntil(lambda: preview.history_model.rowCount() == 1, timeout=WAIT)
        asked_printer = WhenModal(QPrintDialog, lambda _: press(Key.Key_Escape))
        press(Key.Key_Return)  # Print…: the printer is asked for, and not chosen here
        asked_printer.wait(qtbot)
        back_to(qtbot, preview)
        press(Key.Key_Escape)

    printing = WhenModal(HandoutPreview, in_preview)
    press(Key.Key_P, CTRL)
    printing.wait(qtbot)
    text = " ".join(page.extract_text() for page in PdfReader(handout).pages)
    assert "Ana Silva" in text and "Dead bug" in text
    dead_bug = text[text.index("Dead bug"):]
    assert dead_bug[: dead_bug.index("\n", dead_bug.index("How much:"))].endswith(
        "How much: 12 times, each side, once a day"
    )  # the dose as changed
    back_to(qtbot, window)
    assert QApplication.focusWidget() is table, f"after printing: {describe(QApplication.focusWidget())}"

    # Today's session, then the log sheet.
    press(Key.Key_T, CTRL)
    log = wait_modal(qtbot, LogSheetDialog)
    shot(log, "07-today", screens)
    press(Key.Key_Space)  # one session of the first exercise
    assert log.model.is_modified()
    press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not log.model.is_modified(), timeout=WAIT)
    press(Key.Key_Escape)
    back_to(qtbot, window)
    wait_idle(qtbot, window)

    press(Key.Key_L, CTRL)
    log = wait_modal(qtbot, LogSheetDialog)
    assert QApplication.focusWidget() is log.grid
    grid = log.grid
    today_column = grid.currentIndex().column()  # the first day open: today, as the program is new
    press(Key.Key_Space)  # a second session of the first exercise
    while log.model.row(grid.currentIndex().row()).field != "pain_back":
        press(Key.Key_Down)
    assert grid.currentIndex().column() == today_column
    type_in("4")
    assert not log.message.isVisible(), log.message.text()
    shot(log, "08-log-sheet", screens)
    press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not log.model.is_modified(), timeout=WAIT)
    press(Key.Key_Escape)
    back_to(qtbot, window)
    wait_idle(qtbot, window)
    [stored] = window.clinic.workspace.store.entries_for(window.document.model.program().id)
    assert stored.day == TODAY
    assert stored.pain_back == 4 and stored.completions[0].sessions_done == 2

    # An outcome score.
    press(Key.Key_O, CTRL | SHIFT)
    outcome = wait_modal(qtbot, OutcomeDialog)
    assert QApplication.focusWidget() is outcome.measure
    tab_to(named("nrsScore"))
    type_in("3")
    shot(outcome, "09-outcome", screens)
    press(Key.Key_Return)
    back_to(qtbot, window)
    wait_idle(qtbot, window)
    [score] = window.clinic.workspace.store.outcomes_for(patient.id)
    assert (score.measure.value, score.day, score.score) == ("pain NRS", TODAY, 3)

    # The patient's details: the therapist's name added.
    press(Key.Key_E, CTRL)
    details = wait_modal(qtbot, PatientDialog)
    assert QApplication.focusWidget() is details.name
    tab_to(lambda widget: widget is details.therapist)
    type_in("Kim Lee")
    press(Key.Key_Return)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: window.document.patient.therapist == "Kim Lee", timeout=WAIT)
    wait_idle(qtbot, window)

    # The progress report.
    report = tmp_path / "report.pdf"
    saving = WhenModal(QFileDialog, save_file_as(qtbot, report))
    press(Key.Key_R, CTRL | SHIFT)
    saving.wait(qtbot)
    back_to(qtbot, window)
    qtbot.waitUntil(report.exists, timeout=WAIT)
    wait_idle(qtbot, window)
    report_text = PdfReader(report).pages[0].extract_text()
    assert "Ana Silva" in report_text and "Kim Lee" in report_text

    # Back to all patients, and find the other one.
    press(Key.Key_P, CTRL | SHIFT)
    assert window.pages.currentWidget() is window.patient_list
    assert QApplication.focusWidget() is window.patient_list.table
    press(Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.patient_list.search
    type_in("berg")
    shot(window, "10-find-patient", screens)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.patient.name == "Bo Berg", timeout=WAIT)
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is window.patient_page
    assert QApplication.focusWidget() is editor.template_choice  # Bo Berg has no program yet
    shot(window, "11-other-patient", screens)
