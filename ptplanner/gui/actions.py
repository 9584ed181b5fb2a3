"""Every menu command in one registry: standard shortcuts, object names tests and menus find them by."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


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
    read_scan: QAction

    @classmethod
    def create(cls, parent: QWidget) -> Actions:
        undo_stack = QUndoStack(parent)
        undo = undo_stack.createUndoAction(parent, "&Undo")
        undo.setObjectName("undoAction")
        undo.setShortcut(Key.Undo)
        redo = undo_stack.createRedoAction(parent, "&Redo")
        redo.setObjectName("redoAction")
        redo.setShortcuts(redo_keys())
        return cls(
            undo_stack=undo_stack,
            new_patient=_action(parent, "&New patient…", "newPatientAction", Key.New),
            edit_patient=_action(parent, "&Edit patient details…", "editPatientAction", "Ctrl+E"),
            save=_action(parent, "&Save program", "saveAction", Key.Save),
            print=_action(parent, "&Print handout…", "printAction", Key.Print),
            clinic_settings=_action(parent, "&Clinic settings…", "clinicSettingsAction", Key.Preferences),
            quit=_action(parent, "&Quit", "quitAction", Key.Quit),
            undo=undo,
            redo=redo,
            find=_action(parent, "&Find patient", "findAction", Key.Find),
            show_patients=_action(parent, "All &patients", "showPatientsAction", "Ctrl+Shift+P"),
            add_demo=_action(parent, "Add &demo clinic", "addDemoAction", None),
            record_log=_action(parent, "Record &log sheet…", "recordLogAction", "Ctrl+L"),
            record_today=_action(parent, "Record &today's session…", "recordTodayAction", "Ctrl+T"),
            add_outcome=_action(parent, "Add &outcome score…", "addOutcomeAction", "Ctrl+Shift+O"),
            progress_report=_action(parent, "Progress &report…", "progressReportAction", "Ctrl+Shift+R"),
            export_fhir=_action(parent, "E&xport for the hospital (FHIR)…", "exportFhirAction", None),
            read_scan=_action(parent, "Read &scanned log sheet…", "readScanAction", None),
        )


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
