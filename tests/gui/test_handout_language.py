"""The patient's language in the app: chosen on the patient form, shown in the patient list, and the
handout preview offering the patient's and the clinic's, with a warning for an untranslated exercise."""

from datetime import date

from gui_helpers import clinic_and_runner
from PySide6.QtPdf import QPdfDocument

from ptplanner.core.language import Language
from ptplanner.gui.handout_preview import HandoutPreview
from ptplanner.gui.models.patients import CLINIC_LANGUAGE, LANGUAGE, PatientTableModel
from ptplanner.gui.patients.form import PatientDialog
from ptplanner.storage.summaries import patient_list

TODAY = date(2026, 12, 4)


def spanish_patient_with_an_untranslated_exercise(workspace, name="Robert Chen"):
    """The patient reads Spanish; their current stage's first exercise is in the clinic's own words."""
    store = workspace.store
    patient = store.find_patients(name)[0]
    store.save_patient(patient.model_copy(update={"language": Language.SPANISH}))
    program = store.programs_for(patient.id)[0]
    stage = program.stages[program.current_stage_index()]
    item = stage.items[0]
    ours = item.exercise.model_copy(update={"name": "Our own bridge", "translations": {}})
    stage = stage.model_copy(update={"items": (item.model_copy(update={"exercise": ours}), *stage.items[1:])})
    stages = tuple(stage if s.id == stage.id else s for s in program.stages)
    store.save_program(program.model_copy(update={"stages": stages}))
    return patient


def all_text(document: QPdfDocument) -> str:
    return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_the_preview_prints_in_the_patients_language_offers_the_clinics_and_warns(qtbot, demo_workspace):
    patient = spanish_patient_with_an_untranslated_exercise(demo_workspace)
    dialog = HandoutPreview(*clinic_and_runner(demo_workspace), patient.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    choices = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert choices == ["Español (patient's)", "English (clinic's)"]
    assert "Sus límites" in all_text(dialog.document)
    assert dialog.message.isVisible()
    warning = "Exercise 1 (Our own bridge) has no Spanish text: it prints in English, marked"
    assert warning in dialog.message.text()

    dialog.language.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog._prepared is not None, timeout=10_000)
    assert "Your limits" in all_text(dialog.document)
    assert "no Spanish text" not in dialog.message.text()
    assert dialog.options().language is Language.ENGLISH


def test_the_patient_form_keeps_the_language_and_the_list_shows_it(qtbot, demo_workspace):
    patient = demo_workspace.store.find_patients("Ahmed")[0]
    form = PatientDialog(patient, TODAY)
    qtbot.addWidget(form)
    assert form.language.currentText() == "The clinic's language"
    form.language.setCurrentIndex(form.language.findData("es"))
    form.accept()
    assert form.patient is not None and form.patient.language is Language.SPANISH
    demo_workspace.store.save_patient(form.patient)
    again = PatientDialog(demo_workspace.store.get_patient(patient.id), TODAY)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Español"

    model = PatientTableModel(patient_list(demo_workspace.database, TODAY))
    shown = {model.index(row, 0).data(): model.index(row, LANGUAGE).data() for row in range(model.rowCount())}
    assert shown["Ahmed Haddad"] == "Español" and shown["Robert Chen"] == CLINIC_LANGUAGE


def test_the_printed_copies_say_their_language():
    from datetime import UTC, datetime

    from ptplanner.gui.handout_preview import HandoutHistoryModel
    from ptplanner.storage.handouts import HandoutRecord

    model = HandoutHistoryModel()
    column = HandoutHistoryModel.COLUMNS.index("Language")
    printed = datetime(2026, 12, 4, tzinfo=UTC)
    spanish = HandoutRecord("a", "p", "q", 1, printed, {"paper": "letter", "language": "es"}, "0" * 64)
    before = HandoutRecord("b", "p", "q", 1, printed, {"paper": "letter"}, "0" * 64)
    model.set_records([spanish, before])
    assert [model.index(row, column).data() for row in range(2)] == ["Español", "English"]
