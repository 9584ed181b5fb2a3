"""Driving the real main window from tests, as a therapist would."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from ptplanner.app.clinic import Clinic
from ptplanner.core import clock
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.tasks import TaskRunner

TODAY = clock.today()


def show_window(qtbot, workspace):
    """The real main window on `workspace`, shown, with its patients and library loaded."""
    window = MainWindow(Clinic(workspace))
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window)
    return window


def close_launched(window) -> None:
    """Close a window started with gui.app.launch, and the clinic it opened."""
    window.runner.wait()
    window.close()
    if window.clinic is not None:
        window.clinic.workspace.close()
    window.deleteLater()


def wait_idle(qtbot, window) -> None:
    """Until every background read and write has come back to the window."""
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10_000)


def open_patient(qtbot, window, name):
    """Open the stored patient called `name` and wait until their progress is shown."""
    patient = next(p for p in window.clinic.workspace.store.list_patients() if p.name == name)
    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
    wait_idle(qtbot, window)
    return patient


def add_patient(qtbot, window, name="Ana Silva"):
    window.actions.new_patient.trigger()
    dialog = window.patient_dialog
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.date_of_birth, "1961-04-09")
    qtbot.keyClicks(dialog.surgery_date, (TODAY - timedelta(weeks=8)).isoformat())
    qtbot.keyClicks(dialog.procedure, "TLIF")
    qtbot.keyClicks(dialog.fused_levels, "l4-l5")
    row = dialog.add_precaution_row()
    row.kind.setCurrentText("no bending")
    qtbot.keyClicks(row.until, (TODAY + timedelta(weeks=4)).isoformat())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document.model is not None, timeout=10_000)
    wait_idle(qtbot, window)


def item_names(window) -> list[str]:
    table = window.editor.items
    root = table.rootIndex()
    return [table.model().index(r, 0, root).data() for r in range(table.model().rowCount(root))]


def item_index(window, name, column=0):
    table = window.editor.items
    row = item_names(window).index(name)
    return table.model().index(row, column, table.rootIndex())


def edit_cell(qtbot, window, name, column, value):
    """Type a value into the inline editor, as a therapist does, and press Enter."""
    table = window.editor.items
    index = item_index(window, name, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QSpinBox)
    editor.setValue(value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: table.state() != table.State.EditingState
    )  # Qt commits on the next event loop turn


def start_from_fusion_template(window):
    editor = window.editor
    editor.template_choice.setCurrentIndex(editor.template_choice.findData("fusion-hip-si"))
    editor.start_button.click()


def clinic_and_runner(workspace):
    """What a dialog opened from the main window is given: the open clinic and the app's task runner."""
    return Clinic(workspace), TaskRunner()
