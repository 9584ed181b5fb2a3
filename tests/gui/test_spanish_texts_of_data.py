"""What a Spanish screen showed in English until now, on the real window and dialogs: the library's detail
pane (the exercise's own Spanish text), a template-made stage's name, goals and limits (shown in Spanish,
stored in English until edited), role refusals, the handout preview's logo and font warnings, the models'
refusals in the patient form, exercise editor and program, and lifting limits as "10 lb" / "4,5 kg".

PTPLANNER_SHOTS=folder saves pictures of the Spanish detail pane, stage form and handout preview."""

from __future__ import annotations

import re
from datetime import date

import pytest
from account_helpers import PASSWORD, clinic_with_accounts, system_actor  # noqa: F401 - a fixture
from feature_dialogs import shoot
from gui_helpers import item_index, open_patient, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_handout_preview_rtl import open_preview
from test_spanish_core_sentences import english_in

from ptplanner.app import accounts
from ptplanner.core.language import Language, speaking
from ptplanner.core.patient import PrecautionKind
from ptplanner.gui.library.detail import exercise_html
from ptplanner.gui.models.item_columns import ITEM_COLUMNS
from ptplanner.gui.patients.form import PatientDialog

pytestmark = pytest.mark.gui


def pane_text(window, exercise_id: str) -> str:
    library = window.library
    library.table.setCurrentIndex(library.proxy.index_of(exercise_id))
    return library.detail.toPlainText()


def test_the_library_pane_shows_the_exercises_spanish_text(qtbot, spanish_window):
    window = spanish_window
    exercise = window.clinic.library().get("abdominal-drawing-in")
    text = pane_text(window, exercise.id)
    window.library.detail.resize(520, 1300)
    shoot(window.library.detail, "es-library-detail")
    spanish = exercise.translations["es"]
    for line in (spanish.name, spanish.summary, *spanish.steps, *spanish.cues, spanish.stop_if):
        assert line in text, line
    english_lines = (exercise.name, exercise.summary, *exercise.steps, *exercise.cues, exercise.stop_if,
                     *exercise.precautions)
    assert not [line for line in english_lines if line in text]
    assert "Inicio" in text and "Final" in text  # the pictures' labels
    assert "Respirar con la barriga" in text  # an easier variation, by its Spanish name
    # The clinical names exist in English only: said so, beside them
    clinical = [line for line in text.splitlines() if exercise.clinical_name in line]
    assert clinical and clinical[0].endswith("(en inglés)")
    kept = "\n".join(line for line in text.splitlines()
                     if "(en inglés)" not in line and not line.startswith("Id:"))
    assert not english_in(kept.splitlines(), strict=True), english_in(kept.splitlines(), strict=True)


def test_an_exercise_without_spanish_says_so_and_the_english_pane_is_unchanged(qtbot, spanish_window):
    library = spanish_window.clinic.library()
    exercise = library.get("abdominal-drawing-in").model_copy(update={"translations": {}})
    untranslated = exercise_html(exercise, library, [])
    assert "aún no tiene texto en español" in untranslated and exercise.steps[0] in untranslated
    with speaking(Language.ENGLISH):
        english = exercise_html(library.get("abdominal-drawing-in"), library, [])
    # The core speaking English (the Qt labels stay the translator's): the English text, nothing marked
    assert exercise.steps[0] in english and "(en inglés)" not in english and "aún no tiene" not in english


def test_a_template_stage_shows_the_templates_spanish_and_keeps_its_english(qtbot, spanish_window):
    window = spanish_window
    open_patient(qtbot, window, "Ahmed Haddad")
    window.patient_page.open_on(False)
    window.editor.select_stage(0)
    wait_idle(qtbot, window)
    form = window.editor.stage_form
    stored = window.document.model.program().stages[0]
    shown = [form.name.text(), *(line for edit in form.lists.values() for line in edit.lines())]
    shoot(window, "es-stage-form")
    assert form.name.text() == "Protección" and stored.name == "Protection"
    assert not english_in(shown, strict=True), english_in(shown, strict=True)
    assert len(form.lists["goals"].lines()) == len(stored.goals)

    undo = window.document.undo_stack
    done = undo.count()
    form.name.editingFinished.emit()  # leaving a field as shown changes nothing
    form.lists["goals"].editing_finished.emit()
    assert undo.count() == done

    goals = list(form.lists["goals"].lines())
    goals[0] = "Caminar hasta la esquina cada mañana."
    form.lists["goals"].setPlainText("\n".join(goals))
    form.lists["goals"].editing_finished.emit()
    wait_idle(qtbot, window)
    edited = window.document.model.program().stages[0]
    assert edited.goals[0] == "Caminar hasta la esquina cada mañana."  # stored as typed
    assert edited.goals[1:] == stored.goals[1:] and edited.name == "Protection"  # the rest still English
    assert edited.precautions == stored.precautions
    assert form.lists["goals"].lines()[1:] == tuple(goals[1:])  # and still shown in Spanish
    undo.undo()
    undo.setClean()


@pytest.mark.usefixtures("system_actor")
def test_a_role_refusal_is_in_spanish(qtbot, spanish_window):
    clinic = clinic_with_accounts(spanish_window.clinic.workspace)
    accounts.sign_in(clinic, "front-desk", PASSWORD)
    from ptplanner.core.roles import Action

    refusals = [clinic.refusal(action) for action in Action if clinic.refusal(action)]
    assert "Una cuenta de recepción no puede cambiar historias clínicas." in refusals
    assert not english_in(refusals, strict=True), refusals
    with pytest.raises(accounts.SignInRefused, match="El nombre y la contraseña no coinciden."):
        accounts.sign_in(clinic, "front-desk", "wrong password")


def test_the_preview_tells_the_logo_and_font_warnings_in_spanish(qtbot, spanish_window):
    workspace = spanish_window.clinic.workspace
    clinic = spanish_window.clinic
    unreadable = b"\x89PNG\r\n\x1a\n" + b"not a picture" * 10  # a PNG's first bytes, then nothing it can read
    clinic.save_clinic_settings(clinic.clinic_settings().model_copy(update={"logo": unreadable}))
    dialog = open_preview(qtbot, workspace, "Robert ߒߞߏ")  # N'Ko: letters ptplanner cannot join
    text = dialog.message.text()
    shoot(dialog, "es-handout-preview-warnings")
    assert dialog.message.isVisible()
    assert "No se pudo leer el logotipo de la clínica" in text, text
    assert "no puede unir ni combinar bien las letras del texto en N'Ko en el nombre del paciente" in text
    assert not english_in([text.replace("N'Ko", "")], strict=True), text


def test_the_patient_form_refuses_in_spanish_naming_the_field(qtbot, spanish_window):
    form = PatientDialog(None, date(2024, 6, 1))
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Ana Silva")
    form.date_of_birth.setText("1961-04-09")
    form.fused_levels.setText("L5-L4")
    row = form.add_precaution_row()
    row.kind.setCurrentIndex(row.kind.findData(PrecautionKind.LIFTING_LIMIT))
    row.limit.setValue(150)
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    said = [m.text() for m in form.messages.values() if m.isVisible()] + [row.message.text()]
    assert "Niveles fusionados: 'L5-L4' está al revés: escriba primero el nivel superior, por ejemplo L4-L5." in said
    assert "El límite debe estar entre 1 y 100 lb." in said, said
    assert form.patient is None
    assert not english_in(said, strict=True), said


def test_the_exercise_editor_refuses_in_spanish(qtbot, spanish_window, monkeypatch):
    library = spanish_window.library
    library.table.setCurrentIndex(library.proxy.index_of("abdominal-drawing-in"))
    qtbot.mouseClick(library.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.dialog is not None)
    dialog = library.dialog
    dialog.form.steps.setPlainText("Lie down.\n" + "x" * 301)
    dialog.save()
    messages = dialog.messages()
    assert messages["steps"] == "Una línea pasa de 300 caracteres.", messages
    assert dialog.form.name.text().startswith("Belly draw-in")  # the English, to edit, stays English
    assert not english_in(list(messages.values()), strict=True), messages
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)
    dialog.reject()


def test_a_load_above_the_lifting_limit_reads_in_lb_and_kg_on_a_spanish_screen(qtbot, spanish_window):
    window = spanish_window
    open_patient(qtbot, window, "Ahmed Haddad")  # 10 lb for twelve weeks after surgery, as every demo patient
    window.patient_page.open_on(False)
    editor = window.editor
    editor.select_stage(window.document.model.program().current_stage_index() or 0)
    window.library.exercise_activated.emit("bridge")
    wait_idle(qtbot, window)
    name = window.clinic.library().get("bridge").shown_name()
    load = next(number for number, column in enumerate(ITEM_COLUMNS) if column.field == "load")
    assert editor.items.model().setData(item_index(window, name, load), "20 lb")
    wait_idle(qtbot, window)
    model = window.document.model
    item = next(i for i in model.program().stages[model.program().current_stage_index() or 0].items
                if i.exercise.id == "bridge")
    said = model.warnings_for(item.id)
    assert any("10 lb (4,5 kg)" in text for text in said), said
    assert not any(re.search(r"libras|kilos", text) for text in said), said
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_dose_column_is_wide_enough_for_its_title(qtbot, request, language):
    window = request.getfixturevalue("spanish_window" if language == "es" else "demo_window")
    open_patient(qtbot, window, "Margaret Okafor")
    table = window.editor.items
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, spec in enumerate(ITEM_COLUMNS):
        if spec.field in ("exercise", "note"):
            continue
        room = header.sectionSize(column) - metrics.horizontalAdvance(spec.title())
        assert room >= 10, (spec.title(), header.sectionSize(column))
