"""The patient, program and progress screens in Spanish: what the therapist reads there comes from the
Spanish translation, every translation keeps the placeholders and the mnemonic of its English, and every
text marked in the code reaches the translation source (pyside6-lupdate's Python reader misses some forms).

PTPLANNER_SHOTS=folder saves a picture of each Spanish screen, to look at them."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

from feature_dialogs import shoot, wait_for_dialog
from gui_helpers import open_patient, wait_idle
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

import ptplanner.gui
from ptplanner.core import clock, patient_list
from ptplanner.core.discharge import Discharge
from ptplanner.core.dosage import Side
from ptplanner.core.patient_list import PatientFacts, ProgramFacts
from ptplanner.core.vocabulary import STAGE_NAMES, Category, Position
from ptplanner.gui.models import vocabulary_names
from ptplanner.gui.models.list_words import shown_flag, shown_stage
from ptplanner.gui.models.patients import FLAGS, STAGE
from ptplanner.gui.ui_language import SOURCES

SOURCE = SOURCES / "ptplanner_es.ts"
GUI = Path(ptplanner.gui.__file__).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")
TAG = re.compile(r"<[^>]+>")
# The contexts of the patient, program and progress screens and their table models
SCREEN_CONTEXTS = {
    "AssessmentBox", "Charts", "ClinicTemplatesDialog", "CopyStagesDialog", "DateField", "DischargeDialog",
    "EraseDialog", "ItemColumns", "ItemsTable", "LibraryTableModel", "LogSheet", "LogSheetDialog",
    "OutcomeDialog", "OutcomePages", "PatientDialog", "PatientLeaving", "PatientList", "PatientListPage",
    "PatientPage", "PatientTableModel", "PrecautionRow", "ProgramEditor", "ProgramModel", "ProgramReuse",
    "ProgressSection", "SaveTemplateDialog", "StageForm", "SuggestionPanel", "TodayPanel", "Vocabulary",
    "WalkingPlanForm",
}


def messages() -> list[tuple[str, ET.Element]]:
    return [(context.find("name").text, m) for context in ET.parse(SOURCE).iter("context") for m in context]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_translation_keeps_the_placeholders_and_the_mnemonic_of_its_english():
    checked = 0
    for _context, message in (m for m in messages() if m[1].tag == "message"):
        source = message.find("source").text
        for translation in translations(message):
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), source
            assert len(MNEMONIC.findall(translation)) == len(MNEMONIC.findall(source)), source
            checked += 1
    assert checked > 450


def test_every_text_marked_in_the_code_is_in_the_spanish_source_and_translated():
    known = {(context, m.find("source").text): m for context, m in messages() if m.tag == "message"}
    marked = [mark for path in sorted(GUI.rglob("*.py")) for mark in _marked(path)]
    assert len(marked) > 450
    for where, context, text, counted in marked:
        message = known.get((context, text))
        assert message is not None, f"{where}: {text!r} is not in {SOURCE.name} (run pyside6-lupdate)"
        assert message.find("translation").get("type") is None, f"{where}: {text!r} has no Spanish"
        assert counted == (message.get("numerus") == "yes"), f"{where}: {text!r} needs self.tr(text, '', n)"


def _marked(path: Path):
    """(where, context, text, counted) of each translate, tr and QT_TRANSLATE_NOOP call with literal text."""

    def literal(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    def visit(node, owner: str):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call):
                name = getattr(child.func, "attr", getattr(child.func, "id", ""))
                args, where = child.args, f"{path.name}:{child.lineno}"
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and literal(args[1]):
                    assert literal(args[0]), f"{where}: lupdate needs the context written out"
                    yield where, args[0].value, args[1].value, "%n" in args[1].value
                elif name == "tr" and isinstance(child.func, ast.Attribute) and args and literal(args[0]):
                    yield where, owner, args[0].value, len(args) >= 3
            yield from visit(child, inner)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), "")


def test_the_screen_names_of_the_vocabulary_are_the_cores_words():
    """The English names marked for the translator must stay the core's values, or English would drift."""
    for value in (*Category, *Position):
        assert vocabulary_names._NAMES[value] == value.value.capitalize()
    assert {side: name for side, name in vocabulary_names._SIDES.items()} == {s: s.value for s in Side}
    assert vocabulary_names._STAGES == STAGE_NAMES


def test_the_patient_program_and_progress_screens_show_no_english_of_theirs(qtbot, spanish_window):
    english = {
        m.find("source").text
        for context, m in messages()
        if m.tag == "message" and context in SCREEN_CONTEXTS and m.find("source").text not in translations(m)
    }
    window = spanish_window
    seen = _texts(window.patient_list) | _texts(window.menuBar())  # the library's dock is not these screens'
    open_patient(qtbot, window, "Ahmed Haddad")
    for progress in (True, False):
        window.patient_page.open_on(progress)
        seen |= _texts(window.patient_page)
        shoot(window, "es-progress" if progress else "es-program")
    for action, feature, name in (
        (window.actions.record_log, window.progress_controller, "log_dialog"),
        (window.actions.add_outcome, window.progress_controller, "outcome_dialog"),
    ):
        action.trigger()
        qtbot.waitUntil(lambda feature=feature, name=name: getattr(feature, name) is not None)
        dialog = getattr(feature, name)
        seen |= _texts(dialog)
        shoot(dialog, f"es-{name}")
        dialog.reject()
        wait_idle(qtbot, window)
    for action, feature, name in (
        (window.leaving.discharge, window.leaving, "dischargeDialog"),
        (window.leaving.erase, window.leaving, "eraseDialog"),
        (window.reuse.save_stage, window.reuse, "saveTemplateDialog"),
        (window.reuse.manage, window.reuse, "clinicTemplatesDialog"),
        (window.reuse.copy, window.reuse, "copyStagesDialog"),
    ):
        action.trigger()
        dialog = wait_for_dialog(qtbot, feature, name)
        wait_idle(qtbot, window)
        seen |= _texts(dialog)
        shoot(dialog, f"es-{name}")
        dialog.reject()
        feature.dialog = None  # deleted once closed: the next wait must not ask it its name
    assert "Dar de alta" in seen and "Plan de caminar" in seen and "Ejercicio" in seen  # the walk saw them
    assert not seen & english, sorted(seen & english)


def test_the_patient_and_program_menus_have_their_own_letters_in_spanish(spanish_window):
    titles = [action.text() for action in spanish_window.menuBar().actions()]
    assert "Pa&ciente" in titles and "P&rograma" in titles
    letters = [MNEMONIC.search(title).group()[1].lower() for title in titles]
    assert len(set(letters)) == len(letters), titles
    for menu in (spanish_window.leaving.menu, spanish_window.reuse.menu):
        keys = [MNEMONIC.search(a.text()).group()[1].lower() for a in menu.actions() if not a.isSeparator()]
        assert len(set(keys)) == len(keys), [a.text() for a in menu.actions()]


def test_the_patient_lists_stages_and_flags_are_in_spanish(spanish_window):
    model = spanish_window.patient_list.model
    rows = range(model.rowCount())
    stages = [model.index(row, STAGE).data() for row in rows]
    flags = {part for row in rows for part in model.index(row, FLAGS).data().split(", ") if part}
    assert stages and all(re.fullmatch(r"\d+ de \d+: .+", stage) for stage in stages), stages
    assert {"precauciones", "baja adherencia", "más dolor"} <= flags, flags
    today = date(2026, 3, 1)
    patient = PatientFacts("p1", "Ana", None, (), today)
    quiet = ProgramFacts(0, 3, "Protection", today - timedelta(days=9), today)
    worded_by_the_core = [*patient_list.flags(patient, quiet, today)]
    worded_by_the_core += patient_list.flags(patient, None, today)
    worded_by_the_core += [Discharge(today, "se mudó").flag(), Discharge(today).flag()]  # a reason as typed
    shown = [shown_flag(flag) for flag in worded_by_the_core]
    day = "1 de marzo" if clock.today().year == 2026 else "1 de marzo de 2026"  # the year if not this one
    spanish = ["sin registro hace 9 días", "sin programa", f"alta el {day}: se mudó", f"alta el {day}"]
    assert shown == spanish
    assert shown_stage(patient_list.stage_text(None, 0, "")) == "aún sin programa"


def _texts(top: QWidget) -> set[str]:
    """Every text shown by `top` and its children: labels, buttons, placeholders, tooltips, combo box items,
    tabs, column headings, window titles and menus (markup taken out)."""
    texts = {top.windowTitle()}
    for widget in [top, *top.findChildren(QWidget)]:
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())} | {widget.placeholderText()}
        if isinstance(widget, QTabBar):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QMenu):
            texts |= {action.text() for action in widget.actions()} | {widget.title()}
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            across = widget.orientation()
            texts |= {str(widget.model().headerData(i, across)) for i in range(widget.count())}
        if isinstance(widget, QDialog):
            texts.add(widget.windowTitle())
    return {TAG.sub("", text).strip() for text in texts if text}
