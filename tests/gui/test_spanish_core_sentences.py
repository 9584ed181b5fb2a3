"""The sentences the core writes for the therapist, on a Spanish screen: the progress page's flags and
suggested next step, the program's safety warnings and dose descriptions, the library's exercise names, and
a database refusal in the app's error dialog, all in Spanish; the progress report stays English.

PTPLANNER_SHOTS=folder saves pictures of the Spanish progress page, program editor and error dialog."""

from __future__ import annotations

import re
import sqlite3

from feature_dialogs import shoot
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_ui_language import english_patterns, shown_texts

from ptplanner.core import clock
from ptplanner.core.spanish_clinic import CLINIC_SPANISH
from ptplanner.gui.errors import install_excepthook

# English that has no business in a Spanish sentence the core wrote
ENGLISH_WORDS = re.compile(r"\b(the|is|of|and|pain|stage|week|weeks|was|for|to|in|after|meant|involves)\b")
QUOTED = re.compile(r"“[^”]*”|\S*/\S*")  # a patient's note, or a file's path


def clinic_patterns() -> list[re.Pattern]:
    """Each English sentence of the clinic catalog, with anything in its placeholders."""
    patterns = []
    for english in CLINIC_SPANISH:
        literal = re.sub(r"\\\{\w+\\\}", "(.+)", re.escape(english))
        if len(re.findall(r"[^\W\d_]{3,}", re.sub(r"\{\w+\}", "", english))) >= 3:
            patterns.append(re.compile(literal, re.DOTALL))
    return patterns


def english_in(texts: list[str], strict: bool) -> list[str]:
    """The texts that hold an English sentence of the catalogs; with `strict`, also any English word."""
    left = [text for text in texts if any(pattern.search(text) for pattern in clinic_patterns())]
    left += [text for text in texts if any(pattern.fullmatch(text) for pattern in english_patterns())]
    if strict:
        for text in texts:
            if found := ENGLISH_WORDS.search(QUOTED.sub("", text)):
                left.append(f"{text} ({found.group()})")
    return left


def test_the_progress_page_and_the_program_speak_spanish_to_the_therapist(qtbot, spanish_window):
    window = spanish_window
    open_patient(qtbot, window, "Ahmed Haddad")  # a flare: pain up, and a hold suggested
    window.patient_page.open_on(True)
    section = window.progress
    core_said = [section.flags.text(), section.suggestion.title.text(), section.suggestion.reason.text()]
    assert section.flags.isVisible() and section.suggestion.isVisible()
    assert "El dolor de espalda del registro diario subió" in core_said[0], core_said[0]
    assert "Mantener o retroceder tras una reagudización" in core_said[1]
    assert re.search(r"\d,\d", core_said[0]), "decimal comma"
    shoot(window, "es-core-progress")
    page_texts = [text for _, text in shown_texts(window.patient_page)]

    window.patient_page.open_on(False)
    editor = window.editor
    editor.select_stage(0)
    window.library.exercise_activated.emit("lifting-technique")  # meant for stage 2: a warning
    wait_idle(qtbot, window)
    warnings = editor.stage_warnings.text()
    assert editor.stage_warnings.isVisible()
    assert "Levantar cosas sin peligro está indicado desde la etapa 2; esta es la etapa 1" in warnings
    model, root = editor.items.model(), editor.items.rootIndex()
    rows = range(model.rowCount(root))
    names = [model.index(row, 0, root).data() for row in rows]
    tooltips = [model.index(row, 0, root).data(Qt.ItemDataRole.ToolTipRole) for row in rows]
    assert "Levantar cosas sin peligro" in names, names  # the library's Spanish name
    assert any(re.search(r"\d+ veces|series de", tip) for tip in tooltips), tooltips  # the dose, in Spanish
    stages = [model.index(row, 0).data() for row in range(model.rowCount())]  # the stage list's rows
    assert stages[0].startswith("1. Protección"), stages
    shoot(window, "es-core-program")
    window.document.undo_stack.undo()
    window.document.undo_stack.setClean()

    strict = [*core_said, warnings, *(tip.split("\n")[-1] for tip in tooltips)]
    left = english_in(strict, strict=True) + english_in(page_texts + names + stages, strict=False)
    assert not left, "\n".join(left)


def test_a_busy_database_is_told_in_spanish_in_the_error_dialog(qtbot, spanish_window, monkeypatch):
    window = spanish_window
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    install_excepthook()
    patient = open_patient(qtbot, window, "Grace Nakamura")
    path = window.clinic.workspace.database.sqlite_path
    shown: list[str] = []

    def read_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_the_box)
            return
        shown.extend([box.windowTitle(), box.text()])
        shoot(box, "es-core-error")
        box.accept()

    holder = sqlite3.connect(path, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing: the app's write waits, then gives up
        QTimer.singleShot(50, read_the_box)
        clinic = window.clinic
        window.runner.write(lambda: clinic.discharge_patient(patient.id, clock.today()), lambda _: None)
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    finally:
        holder.rollback()
        holder.close()
    wait_idle(qtbot, window)
    title, text = shown
    assert title == "ptplanner no pudo usar su base de datos", title
    assert text.startswith("La base de datos") and "está ocupada" in text, text
    assert "No se cambió nada" in text, text
    assert not english_in([text], strict=True), text


def test_the_progress_report_stays_english_on_a_spanish_screen(qtbot, spanish_window):
    from io import BytesIO

    from pypdf import PdfReader

    from ptplanner.app.report_inputs import gather_report_inputs
    from ptplanner.handouts.report import build_report

    window = spanish_window
    patient = open_patient(qtbot, window, "Ahmed Haddad")
    program = window.document.model.program()
    clinic, today = window.clinic, clock.today()
    built: list = []
    window.runner.read(lambda: build_report(gather_report_inputs(clinic, patient.id, program.id, today)),
                       built.append)
    qtbot.waitUntil(lambda: bool(built), timeout=30_000)
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(built[0].pdf)).pages)
    text = " ".join(text.split())
    assert "Hold or step back after a flare" in text and "Back pain in the daily log is up" in text
    assert "reagudización" not in text and "dolor de espalda" not in text
