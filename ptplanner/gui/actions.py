"""Every menu command in one registry: standard shortcuts, object names tests and menus find them by."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey
tr = QCoreApplication.translate  # the texts are in gui/translations/*.ts (pyside6-lupdate finds the marks)
CONTEXT = "Actions"
_COMMANDS = (  # field, menu text, object name, shortcut
    ("new_patient", QT_TRANSLATE_NOOP("Actions", "&New patient…"), "newPatientAction", Key.New),
    ("edit_patient", QT_TRANSLATE_NOOP("Actions", "&Edit patient details…"), "editPatientAction", "Ctrl+E"),
    ("save", QT_TRANSLATE_NOOP("Actions", "&Save program"), "saveAction", Key.Save),
    ("print", QT_TRANSLATE_NOOP("Actions", "&Print handout…"), "printAction", Key.Print),
    (
        "clinic_settings",
        QT_TRANSLATE_NOOP("Actions", "&Clinic settings…"),
        "clinicSettingsAction",
        Key.Preferences,
    ),
    ("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "quitAction", Key.Quit),
    ("find", QT_TRANSLATE_NOOP("Actions", "&Find patient"), "findAction", Key.Find),
    ("show_patients", QT_TRANSLATE_NOOP("Actions", "All &patients"), "showPatientsAction", "Ctrl+Shift+P"),
    ("add_demo", QT_TRANSLATE_NOOP("Actions", "Add &demo clinic"), "addDemoAction", None),
    ("record_log", QT_TRANSLATE_NOOP("Actions", "Record &log sheet…"), "recordLogAction", "Ctrl+L"),
    (
        "record_today",
        QT_TRANSLATE_NOOP("Actions", "Record &today's session…"),
        "recordTodayAction",
        "Ctrl+T",
    ),
    (
        "add_outcome",
        QT_TRANSLATE_NOOP("Actions", "Add &outcome score…"),
        "addOutcomeAction",
        "Ctrl+Shift+O",
    ),
    (
        "progress_report",
        QT_TRANSLATE_NOOP("Actions", "Progress &report…"),
        "progressReportAction",
        "Ctrl+Shift+R",
    ),
    (
        "export_fhir",
        QT_TRANSLATE_NOOP("Actions", "E&xport for the hospital (FHIR)…"),
        "exportFhirAction",
        None,
    ),
    ("reprint", QT_TRANSLATE_NOOP("Actions", "&Reprint a handout…"), "reprintAction", None),
    ("sign_out", QT_TRANSLATE_NOOP("Actions", "Sign &out"), "signOutAction", None),
    ("audit_trail", QT_TRANSLATE_NOOP("Actions", "&Audit trail…"), "auditTrailAction", None),
    ("read_scan", QT_TRANSLATE_NOOP("Actions", "Read scanned &log sheet…"), "readScanAction", None),
)


@dataclass
class Actions:
    undo_stack: QUndoStack  # the open program's edits; undo and redo follow it
    new_patient: QAction
    edit_patient: QAction
    save: QAction
    print: QAction
    clinic_settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    show_patients: QAction
    add_demo: QAction
    record_log: QAction
    record_today: QAction
    add_outcome: QAction
    progress_report: QAction
    export_fhir: QAction
    reprint: QAction
    sign_out: QAction
    audit_trail: QAction
    read_scan: QAction

    @classmethod
    def create(cls, parent: QWidget) -> Actions:
        undo_stack = QUndoStack(parent)
        undo = undo_stack.createUndoAction(parent, QCoreApplication.translate("Actions", "&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(Key.Undo)
        redo = undo_stack.createRedoAction(parent, QCoreApplication.translate("Actions", "&Redo"))
        redo.setObjectName("redoAction")
        redo.setShortcuts(redo_keys())  # Ctrl+Y and Ctrl+Shift+Z on every platform
        made = {field: _action(parent, tr(CONTEXT, text), name, key) for field, text, name, key in _COMMANDS}
        return cls(undo_stack=undo_stack, undo=undo, redo=redo, **made)


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y and Ctrl+Shift+Z everywhere: Linux desktops know only one."""
    keys = QKeySequence.keyBindings(Key.Redo)
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def _action(parent: QWidget, text: str, name: str, shortcut: Key | str | None) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action
