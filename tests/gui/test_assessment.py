"""The therapist's assessment and plan, typed on the progress page of the real main window: saved through
the task runner (never on the GUI thread), undone with the box's own undo, kept when the database refuses,
never lost on switching patients, and printed on the progress report."""

import threading

import pytest
from gui_helpers import open_patient, wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ptplanner.app.errors import DatabaseUnavailable
from ptplanner.core.patient import MAX_NOTES
from ptplanner.gui.progress import controller
from ptplanner.gui.progress.assessment_box import SAVED, TITLE, TOO_LONG
from ptplanner.storage.store import Store

pytestmark = pytest.mark.gui
TEXT = "Hip pain easing; walks 20 minutes without a rest.\n\nPlan: add side-lying abduction next visit."


def box_of(window):
    return window.progress.assessment


def type_in(qtbot, box, text):
    box.editor.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(box.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(box.editor, line)


def stored_assessment(window, patient_id):
    return window.clinic.workspace.store.get_patient(patient_id).assessment


def test_the_assessment_is_typed_saved_off_the_gui_thread_and_printed_on_the_report(
    qtbot, demo_window, monkeypatch, tmp_path
):
    window = demo_window
    patient = open_patient(qtbot, window, "Robert Chen")
    box = box_of(window)
    assert box.title.text() == TITLE and box.isVisible() and box.text() == ""
    assert not box.save_button.isEnabled()
    threads = []
    real_save = Store.save_patient

    def recording(self, saved_patient):
        threads.append(threading.current_thread())
        return real_save(self, saved_patient)

    monkeypatch.setattr(Store, "save_patient", recording)
    type_in(qtbot, box, TEXT)
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert stored_assessment(window, patient.id) == TEXT
    assert box.status.text() == SAVED and not box.save_button.isEnabled()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.document.patient.assessment == TEXT  # a later details edit starts from it

    monkeypatch.setattr(
        controller.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "r.pdf"), "")
    )
    window.actions.progress_report.trigger()
    qtbot.waitUntil((tmp_path / "r.pdf").exists, timeout=10_000)
    wait_idle(qtbot, window)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Assessment and plan Hip pain easing; walks 20 minutes without a rest." in text
    assert "Plan: add side-lying abduction next visit." in text


def test_the_box_has_its_own_undo_and_leaves_the_program_alone(qtbot, demo_window):
    window = demo_window
    open_patient(qtbot, window, "Grace Nakamura")
    box = box_of(window)
    program_undo = window.document.undo_stack.index()
    type_in(qtbot, box, "Doing well")
    qtbot.keySequence(box.editor, QKeySequence.StandardKey.Undo)
    assert box.text() == ""
    qtbot.keySequence(box.editor, QKeySequence.StandardKey.Redo)
    assert box.text() == "Doing well"
    assert window.document.undo_stack.index() == program_undo
    assert not window.isWindowModified()


def test_a_refused_save_says_why_and_keeps_the_text(qtbot, demo_window, monkeypatch):
    window = demo_window
    patient = open_patient(qtbot, window, "Ivan Petrov")
    box = box_of(window)

    def read_only(self, saved_patient):
        raise DatabaseUnavailable("attempt to write a readonly database")  # as the engine words it

    with monkeypatch.context() as patch:
        patch.setattr(Store, "save_patient", read_only)
        type_in(qtbot, box, "Back to work next month.")
        box.save_button.click()
        wait_idle(qtbot, window)
        assert "The assessment and plan was not saved" in box.status.text()
        assert "attempt to write a readonly database" in box.status.text()
        assert "Your changes are still here" in box.status.text()
        assert box.text() == "Back to work next month." and box.save_button.isEnabled()
        assert patient.name not in box.status.text()
    box.save_button.click()  # once the problem is fixed, saving again works
    wait_idle(qtbot, window)
    assert stored_assessment(window, patient.id) == "Back to work next month."
    assert box.status.text() == SAVED


def test_text_typed_is_saved_when_another_patient_opens_and_each_shows_their_own(qtbot, demo_window):
    window = demo_window
    first = open_patient(qtbot, window, "Margaret Okafor")
    box = box_of(window)
    box.editor.setPlainText("Typed, never saved by hand.")  # as if typed: no focus change
    second = open_patient(qtbot, window, "James Whitfield")
    wait_idle(qtbot, window)
    assert stored_assessment(window, first.id) == "Typed, never saved by hand."
    assert box.text() == "" and not box.is_modified()
    open_patient(qtbot, window, "Margaret Okafor")
    assert box.text() == "Typed, never saved by hand."
    assert stored_assessment(window, second.id) == ""


def test_leaving_the_box_saves_it_and_too_long_a_text_is_refused_in_words(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Linda Johansson")
    box = box_of(window)
    type_in(qtbot, box, "Cleared for the gym.")
    box.save_button.setFocus()  # the text box loses the focus
    qtbot.waitUntil(lambda: box.status.text() == SAVED, timeout=10_000)
    assert stored_assessment(window, patient.id) == "Cleared for the gym."
    box.editor.setPlainText("x" * (MAX_NOTES + 1))
    box.save_button.click()
    wait_idle(qtbot, window)
    assert box.status.text() == TOO_LONG
    assert stored_assessment(window, patient.id) == "Cleared for the gym."


def test_a_pause_in_typing_saves_the_text(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Patricia O'Neill")
    box = box_of(window)
    type_in(qtbot, box, "Sleeping better.")
    assert box.editor.hasFocus()
    qtbot.waitUntil(lambda: stored_assessment(window, patient.id) == "Sleeping better.", timeout=10_000)
    qtbot.waitUntil(lambda: box.status.text() == SAVED)


def test_closing_the_window_right_after_typing_keeps_the_text(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Ivan Petrov")
    box = box_of(window)
    box.editor.setPlainText("Typed a moment before closing.")  # no pause, no focus change, no Save
    window.close()
    assert not window.isVisible()
    assert stored_assessment(window, patient.id) == "Typed a moment before closing."


def test_editing_the_patients_details_keeps_an_assessment_typed_just_before(qtbot, demo_window):
    window = demo_window
    patient = open_patient(qtbot, window, "Grace Nakamura")
    box = box_of(window)
    box.editor.setPlainText("Typed, then the details opened at once.")
    window.edit_patient()
    qtbot.waitUntil(lambda: window.patient_dialog is not None and window.patient_dialog.isVisible(), timeout=10_000)
    dialog = window.patient_dialog
    dialog.surgeon.setText("Dr. Ada Park")
    dialog.accept()
    wait_idle(qtbot, window)
    stored = window.clinic.workspace.store.get_patient(patient.id)
    assert stored.surgeon == "Dr. Ada Park"
    assert stored.assessment == "Typed, then the details opened at once."
