"""The patient form refuses every bad value at its field, with the reason beside it."""

from datetime import date, timedelta

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ptplanner.core import clock
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Subject, Unit
from ptplanner.gui.patients.form import PatientDialog

TODAY = date(2024, 6, 1)


@pytest.fixture
def dialog(qtbot):
    form = PatientDialog(None, TODAY)
    qtbot.addWidget(form)
    form.show()
    return form


def fill(qtbot, form, name="Ana Silva", born="1961-04-09", surgery="2024-04-02", levels="L4-L5"):
    for field, text in (
        (form.name, name),
        (form.date_of_birth, born),
        (form.surgery_date, surgery),
        (form.fused_levels, levels),
    ):
        field.clear()
        qtbot.keyClicks(field, text)


def save(qtbot, form):
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def shown(form) -> dict[str, str]:
    return {field: m.text() for field, m in form.messages.items() if m.isVisible()}


def test_a_complete_form_makes_the_patient(qtbot, dialog):
    fill(qtbot, dialog)
    row = dialog.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.LIFTING_LIMIT))
    row.limit.setValue(4.5)
    assert row.unit.currentData() == Unit.LB and row.unit.count() == 1  # the clinic's unit, not chosen here
    qtbot.keyClicks(row.until, "2024-08-01")
    save(qtbot, dialog)
    assert dialog.result() == PatientDialog.DialogCode.Accepted
    patient = dialog.patient
    assert (patient.name, patient.date_of_birth, patient.fused_levels) == (
        "Ana Silva",
        date(1961, 4, 9),
        ("L4-L5",),
    )
    assert patient.precautions[0].limit == 4.5 and patient.precautions[0].until == date(2024, 8, 1)


def kilogram_clinic_form(qtbot, patient=None):
    form = PatientDialog(patient, TODAY, weight=Unit.KG)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_kilogram_clinic_types_limits_in_kilograms_and_keeps_them_in_pounds(qtbot):
    form = kilogram_clinic_form(qtbot)
    fill(qtbot, form)
    row = form.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.LIFTING_LIMIT))
    row.limit.setValue(4.5)
    assert row.unit.currentData() == Unit.KG
    save(qtbot, form)
    [limit] = form.patient.precautions
    assert limit.unit is Unit.LB and limit.limit == pytest.approx(4.5 / 0.45359237)


def test_saving_the_form_never_moves_a_limit_by_its_rounding(qtbot):
    ten_pounds = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB)
    patient = Patient(name="Ana Silva", date_of_birth=date(1961, 4, 9), precautions=(ten_pounds,))
    form = kilogram_clinic_form(qtbot, patient)
    [row] = form.precaution_rows
    assert row.limit.value() == 4.5  # shown in the clinic's kilograms
    save(qtbot, form)
    assert form.patient.precautions == (ten_pounds,)  # still exactly 10 lb, not 4.5 kg (9.92 lb)
    form = kilogram_clinic_form(qtbot, patient)
    form.precaution_rows[0].limit.setValue(5)
    save(qtbot, form)
    assert form.patient.precautions[0].limit == pytest.approx(5 / 0.45359237)  # a new limit as typed


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "   "}, "name", "Enter the patient's name."),
        ({"born": "04/09/1961"}, "date_of_birth", "Write the date as YYYY-MM-DD, e.g. 1958-03-21."),
        ({"born": "1961-02-30"}, "date_of_birth", "1961-02-30 is not a date on the calendar."),
        ({"born": "2024-06-02", "surgery": ""}, "date_of_birth", "The date of birth is in the future."),
        ({"born": "1899-12-31"}, "date_of_birth", "The date of birth is before 1900."),
        ({"surgery": "1961-04-09"}, "surgery_date", "The surgery date must be after the date of birth."),
        ({"surgery": "soon"}, "surgery_date", "Write the date as YYYY-MM-DD, e.g. 1958-03-21."),
        (
            {"levels": "L5-L4"},
            "fused_levels",
            "'L5-L4' is upside down: write the upper level first, e.g. L4-L5.",
        ),
    ],
)
def test_each_bad_value_is_refused_beside_its_field(qtbot, dialog, changes, field, message):
    fill(qtbot, dialog, **changes)
    assert shown(dialog) == {field: message}  # shown while typing, before saving
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.patient is None
    assert dialog.fields[field].hasFocus()


def test_messages_wait_until_a_field_is_touched(qtbot, dialog):
    assert shown(dialog) == {}
    save(qtbot, dialog)
    assert shown(dialog) == {"name": "Enter the patient's name.", "date_of_birth": "Enter the date of birth."}


@pytest.mark.parametrize(
    ("kind", "limit", "unit", "note", "message"),
    [
        (PrecautionKind.LIFTING_LIMIT, 150, Unit.LB, "", "Limit must be between 1 and 100 lb."),
        (PrecautionKind.LIFTING_LIMIT, 0, Unit.LB, "", "Limit must be between 1 and 100 lb."),
        (PrecautionKind.SITTING_LIMIT, 300, Unit.MINUTES, "", "Limit must be between 5 and 240 min."),
        (PrecautionKind.OTHER, None, None, "  ", "Say what the precaution is in the note."),
    ],
)
def test_a_bad_precaution_is_refused_beside_its_row(qtbot, dialog, kind, limit, unit, note, message):
    fill(qtbot, dialog)
    row = dialog.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(kind))
    if limit is not None:
        row.limit.setValue(limit)
        row.unit.setCurrentIndex(row.unit.findData(unit))
    row.note.setText(note)
    save(qtbot, dialog)
    assert not row.message.isHidden() and row.message.text() == message
    assert dialog.patient is None and dialog.isVisible()


def test_a_new_limit_is_not_scolded_before_it_is_typed(qtbot, dialog):
    fill(qtbot, dialog)
    row = dialog.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.LIFTING_LIMIT))
    assert row.message.isHidden() and row.limit.text() == "limit"  # a placeholder, not "0.0" in red
    row.limit.setValue(150)
    assert not row.message.isHidden() and row.message.text() == "Limit must be between 1 and 100 lb."
    row.limit.setValue(10)
    assert row.message.isHidden()
    other = dialog.add_precaution_row()
    other.kind.setCurrentIndex(other.kind.findData(PrecautionKind.SITTING_LIMIT))
    save(qtbot, dialog)  # Save does ask for it
    assert other.message.text() == "Limit must be between 5 and 240 min." and dialog.patient is None


def test_a_precaution_end_date_must_be_a_date(qtbot, dialog):
    fill(qtbot, dialog)
    row = dialog.add_precaution_row()
    qtbot.keyClicks(row.until, "next week")
    assert not row.message.isHidden()
    assert row.message.text() == "Write the date as YYYY-MM-DD, e.g. 1958-03-21."


def test_long_and_unusual_names_are_kept_exactly(qtbot, dialog):
    name = "Zoë <b>O'Brien</b> & Łódź Иван 李 " + "x" * 200
    fill(qtbot, dialog, name="placeholder")
    dialog.name.setText(name)
    save(qtbot, dialog)
    assert dialog.patient.name == name


def test_editing_a_patient_updates_the_page_the_list_and_the_safety_checks(qtbot, demo_window):
    window = demo_window
    page = window.patient_list
    page.search.setText("Margaret")
    page.patient_opened.emit(page.proxy.patient_id(page.proxy.index(0, 0)))
    qtbot.waitUntil(lambda: window.document.model is not None, timeout=10_000)
    window.actions.edit_patient.trigger()
    dialog = window.patient_dialog
    assert dialog.name.text() == "Margaret Okafor" and len(dialog.precaution_rows) == 4
    dialog.name.setText("Margaret Okafor-Reid")
    no_twisting = dialog.precaution_rows[1]
    no_twisting.until.set_date(clock.today() + timedelta(weeks=30))
    dialog.accept()
    wait_idle(qtbot, window)
    assert window.patient_page.heading.text() == "Margaret Okafor-Reid"
    assert window.document.model.patient().name == "Margaret Okafor-Reid"
    assert "Margaret Okafor-Reid" in [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert window.clinic.workspace.store.get_patient(window.document.patient.id).name == "Margaret Okafor-Reid"
    assert not window.isWindowModified()  # details are saved at once; the program is untouched


def test_the_surgeons_name_and_office_phone_are_kept_and_the_assessment_survives_an_edit(qtbot):
    form = PatientDialog(None, TODAY)
    qtbot.addWidget(form)
    fill(qtbot, form)
    qtbot.keyClicks(form.surgeon, "Dr. Maria Lee")
    qtbot.keyClicks(form.surgeon_phone, "(555) 010-7700")
    save(qtbot, form)
    assert (form.patient.surgeon, form.patient.surgeon_phone) == ("Dr. Maria Lee", "(555) 010-7700")

    assessed = form.patient.model_copy(update={"assessment": "Walking 25 min a day; progress to stage 2."})
    again = PatientDialog(assessed, TODAY)
    qtbot.addWidget(again)
    assert again.surgeon.text() == "Dr. Maria Lee"
    again.surgeon_phone.clear()
    qtbot.keyClicks(again.surgeon_phone, "555-0199")
    save(qtbot, again)
    assert again.patient.surgeon_phone == "555-0199"
    assert again.patient.assessment == assessed.assessment


def test_an_other_precaution_says_what_it_is_about_so_the_handout_can_merge_it(qtbot, dialog):
    fill(qtbot, dialog)
    row = dialog.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.OTHER))
    assert not row.about.isHidden() and row.limit.isHidden()
    qtbot.keyClicks(row.note, "No driving while on pain pills")
    row.about.setCurrentIndex(row.about.findData(Subject.DRIVING))
    save(qtbot, dialog)
    [precaution] = dialog.patient.precautions
    assert precaution.about is Subject.DRIVING and precaution.subject is Subject.DRIVING

    row = PatientDialog(dialog.patient, TODAY).precaution_rows[0]
    assert row.about.currentData() == Subject.DRIVING
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.NO_LIFTING))
    assert row.precaution().subject is Subject.LIFTING  # a lifting ban is about lifting, whatever was chosen


def test_the_patient_page_shows_a_lifting_limit_in_the_clinics_unit(qapp):
    from ptplanner.gui.patients.page import describe_precaution

    limit = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2027, 1, 26))
    assert describe_precaution(limit, TODAY, Unit.KG) == "Lifting limit 4.5 kg, until January 26, 2027"
    assert describe_precaution(limit, TODAY) == "Lifting limit 10 lb, until January 26, 2027"


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_details_typed_are_not_thrown_away_without_asking(qtbot, discard_answers, how):
    # Escape closed a filled-in form and its details were gone; a program's changes are asked about.
    dialog = PatientDialog(None, date(2026, 12, 7))
    qtbot.addWidget(dialog)
    dialog.show()

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    leave()  # nothing typed: it closes at once, nothing asked
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana Silva")
    discard_answers.append(False)  # keep editing
    leave()
    assert dialog.isVisible() and dialog.name.text() == "Ana Silva"
    discard_answers.append(True)
    leave()
    assert not dialog.isVisible() and dialog.patient is None
    assert discard_answers == []
