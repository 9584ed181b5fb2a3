"""Names holding a right-to-left override, an escape sequence or a flood of accents, as an imported record
may: the window shows each in its own place, and none takes over the line it is shown in."""

import pytest
from account_helpers import ADMIN, clinic_with_accounts, system_actor, window_signed_in  # noqa: F401
from feature_dialogs import shoot, wait_for_dialog
from gui_helpers import item_index, item_names, open_patient, show_window

from PySide6.QtCore import Qt

from ptplanner.app.clinic import Clinic
from ptplanner.core.exercise import Origin
from ptplanner.core.program_reuse import new_template_id, template_from_stages
from ptplanner.gui.audit_view import AuditDialog
from ptplanner.gui.models.item_columns import ITEM_COLUMNS
from ptplanner.gui.models.library import CLINICAL_ROLE
from ptplanner.gui.models.patients import NAME
from ptplanner.storage import audit, clinic_templates

RENAMED = {
    "Ahmed Haddad": "Ahmed \u202eHaddad",  # an override never closed: "Ahmed daddaH" and all that follows
    "Dolores Ramírez": "Dolores\x1b[2J\u2028Ramírez",  # an escape sequence and a line separator
    "Grace Nakamura": "G" + "\u0301" * 200 + "race Nakamura",  # 200 accents on one letter
    "Linda Johansson": "דוד כהן",  # Hebrew, shown as typed
}


@pytest.fixture
def hostile_window(qtbot, demo_workspace):
    clinic = Clinic(demo_workspace)
    for patient in demo_workspace.store.list_patients():
        if patient.name in RENAMED:
            clinic.save_patient(patient.model_copy(update={"name": RENAMED[patient.name]}))
    window = show_window(qtbot, demo_workspace)
    yield window
    window.close()
    window.deleteLater()


def test_the_patient_list_shows_each_name_without_what_could_take_over_its_line(hostile_window):
    model = hostile_window.patient_list.model
    shown = {model.index(row, NAME).data() for row in range(model.rowCount())}
    assert {"Ahmed Haddad", "Dolores\ufffd[2J Ramírez", "G\u0301\u0301\u0301\u0301race Nakamura", "דוד כהן"} <= shown


def test_the_window_title_and_heading_keep_their_own_direction(qtbot, hostile_window):
    window = hostile_window
    open_patient(qtbot, window, "Ahmed \u202eHaddad")
    assert window.windowTitle().startswith("Ahmed Haddad — ")  # not "Ahmed daddaH — rennalptp"
    assert window.patient_page.heading.text() == "Ahmed Haddad"


def test_a_hebrew_name_does_not_turn_the_window_title_around(qtbot, hostile_window):
    window = hostile_window
    open_patient(qtbot, window, "דוד כהן")
    # In an isolate: the title stays left to right, the name right to left, whatever it holds.
    assert window.windowTitle().startswith("\u2068דוד כהן\u2069 — ")


@pytest.mark.usefixtures("system_actor")
def test_the_audit_trail_shows_an_account_and_a_workstation_on_one_line(qtbot, demo_workspace):
    # With sign-in off, rows name the operating-system user and the computer: any text at all.
    audit.set_actor(audit.Actor("Ahmed \u202eHaddad", "front\u2028desk\x1b[2J"))
    patient = demo_workspace.store.list_patients()[0]
    Clinic(demo_workspace).record_event("view", patient.id)
    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), ADMIN)
    window.actions.audit_trail.trigger()
    dialog = window.findChild(AuditDialog)
    qtbot.waitUntil(lambda: dialog.show_button.isEnabled(), timeout=10_000)
    rows = [[dialog.model.index(row, column).data() for column in (1, 2)]
            for row in range(dialog.model.rowCount())]
    assert ["Ahmed Haddad", "front desk\ufffd[2J"] in rows
    shoot(dialog, "hostile-audit")
    dialog.reject()
    window.runner.wait()
    window.close()
    window.deleteLater()


def clinic_exercise(workspace, exercise_id, **changes):
    """A clinic exercise made from a bundled one, saved with `changes` as an import might bring them."""
    bundled = next(e for e in workspace.library().exercises.values() if e.origin is Origin.BUNDLED)
    changes = {"id": exercise_id, "origin": Origin.CLINIC, "easier": (), "harder": (), **changes}
    exercise = bundled.model_copy(update=changes)
    Clinic(workspace).save_exercise(exercise)
    return exercise


def test_the_library_lists_and_describes_an_exercise_on_its_own_lines(qtbot, demo_workspace):
    clinic_exercise(demo_workspace, "clinic-hostile", name="Bridge \u202ewith march",
                    clinical_name="Glute\u2028bridge", steps=("Lie down.\x1b[2J", "Lift\u2028your hips."))
    clinic_exercise(demo_workspace, "clinic-hebrew", name="גשר על הגב", clinical_name=None)
    window = show_window(qtbot, demo_workspace)
    library = window.library
    assert library.select_exercise("clinic-hebrew")
    assert library.table.currentIndex().data() == "גשר על הגב"  # right to left, as typed
    assert library.select_exercise("clinic-hostile")
    cell = library.table.currentIndex()
    assert (cell.data(), cell.data(CLINICAL_ROLE)) == ("Bridge with march", "Glute bridge")
    shown = library.detail.toPlainText()
    assert "Bridge with march\n" in shown and "Glute bridge" in shown and "Lift your hips." in shown
    assert "Lie down.\ufffd[2J" in shown and not {"\u202e", "\u2028", "\x1b"} & set(shown)
    shoot(window.library_dock, "hostile-library")
    window.close()
    window.deleteLater()


def hostile_program(workspace):
    """Robert Chen's program with its current stage, its first exercise and note named as an import might
    name them; the stage's row."""
    clinic = Clinic(workspace)
    patient = next(p for p in workspace.store.list_patients() if p.name == "Robert Chen")
    program = clinic.programs_for(patient.id)[0]
    row = program.current_stage_index()
    first = program.stages[row]
    item = first.items[0]
    exercise = item.exercise.model_copy(update={"name": "Bridge \u202ewith march"})
    item = item.model_copy(update={"exercise": exercise, "note": "slow\x1b[2J\u2028please"})
    items = (item, *first.items[1:])
    stage = first.model_copy(update={"name": "Protect\u202eion\u2028phase", "items": items})
    stages = (*program.stages[:row], stage, *program.stages[row + 1:])
    clinic.save_program(program.model_copy(update={"stages": stages}))
    return row


def test_the_program_editor_shows_stage_and_exercise_names_on_one_line(qtbot, demo_workspace):
    row = hostile_program(demo_workspace)
    window = show_window(qtbot, demo_workspace)
    open_patient(qtbot, window, "Robert Chen")
    window.editor.select_stage(row)
    model = window.document.model
    assert model.index(row, 0).data().splitlines()[0].endswith(f"{row + 1}. Protection phase")
    assert window.patient_page.progress.text().endswith(": Protection phase")
    assert item_names(window)[0] == "Bridge with march"
    note = next(column for column, spec in enumerate(ITEM_COLUMNS) if spec.field == "note")
    assert item_index(window, "Bridge with march", note).data() == "slow\ufffd[2J please"
    shoot(window.editor, "hostile-program")
    window.close()
    window.deleteLater()


def test_reuse_lists_templates_patients_and_stages_each_on_one_line(qtbot, hostile_window):
    window = hostile_window
    open_patient(qtbot, window, "Robert Chen")
    stages = window.document.model.program().stages[:1]
    hostile = template_from_stages(new_template_id(), "Early \u202eweeks\u2028plan", stages)
    clinic_templates.save_template(window.clinic.workspace.database, hostile)
    window.reuse.manage.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "clinicTemplatesDialog")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.list.item(0).text() == "Early weeks plan"
    dialog.reject()

    window.reuse.copy.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "copyStagesDialog")
    names = {dialog.patients.item(row).text() for row in range(dialog.patients.count())}
    assert {"Ahmed Haddad", "Dolores\ufffd[2J Ramírez", "דוד כהן"} <= names
    shoot(dialog, "hostile-copy-stages")
    dialog.reject()


def test_the_log_sheet_names_an_exercise_on_one_line_and_in_its_own_direction(qtbot, demo_workspace):
    hostile_program(demo_workspace)
    window = show_window(qtbot, demo_workspace)
    open_patient(qtbot, window, "Robert Chen")
    window.actions.record_today.trigger()
    dialog = window.progress_controller.log_dialog
    qtbot.waitExposed(dialog)
    rows = [r for r in range(dialog.model.rowCount()) if dialog.model.row(r).item]
    row = next(r for r in rows if dialog.model.row(r).item.exercise.name == "Bridge \u202ewith march")
    item = dialog.model.row(row).item
    assert dialog.today_panel.buttons[item.id].text().startswith("Bridge with march\n")
    assert dialog.model.headerData(row, Qt.Orientation.Vertical).endswith(". Bridge with march")
    dialog.close()
    window.close()
    window.deleteLater()
