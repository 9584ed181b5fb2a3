"""The main window: the clinic's patients beside the exercise library."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ptplanner.gui.models.library import SEARCH_ROLE, LibraryTableModel
from ptplanner.gui.models.patients import SORT_ROLE, PatientTableModel
from ptplanner.workspace import Workspace

EMPTY_PATIENTS = (
    "<h3>No patients yet</h3><p>Add your first patient to start a program.</p>"
    "<p>To look around first, choose <b>File ▸ Add demo clinic</b>.</p>"
)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setObjectName("mainWindow")
        self.setWindowTitle("ptplanner")
        self.resize(1200, 760)

        self.patients = PatientTableModel(parent=self)
        self.patient_proxy = _proxy(self.patients, sort_role=SORT_ROLE, filter_role=Qt.ItemDataRole.DisplayRole)
        self.library = LibraryTableModel(parent=self)
        self.library_proxy = _proxy(self.library, sort_role=Qt.ItemDataRole.DisplayRole, filter_role=SEARCH_ROLE)

        self.patient_search = _search_box("Find a patient by name", "patientSearch")
        self.patient_search.textChanged.connect(self.patient_proxy.setFilterFixedString)
        self.patient_table = _table(self.patient_proxy, "patientTable")
        self.empty_patients = QLabel(EMPTY_PATIENTS, objectName="emptyPatients")
        self.empty_patients.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_patients.setWordWrap(True)
        self.patient_stack = QStackedWidget()
        self.patient_stack.addWidget(self.patient_table)
        self.patient_stack.addWidget(self.empty_patients)

        self.library_search = _search_box("Search exercises: name, muscle or tag", "librarySearch")
        self.library_search.textChanged.connect(self.library_proxy.setFilterFixedString)
        self.library_table = _table(self.library_proxy, "libraryTable")

        self.library_warning = QLabel(objectName="libraryWarning")
        self.library_warning.setWordWrap(True)
        self.library_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.library_warning.setStyleSheet("background:#fff4e5; border:1px solid #e0a040; padding:6px;")

        splitter = QSplitter()
        splitter.addWidget(_panel("Patients", self.patient_search, self.patient_stack))
        splitter.addWidget(_panel("Exercise library", self.library_search, self.library_warning, self.library_table))
        splitter.setSizes([520, 680])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        demo = QAction("Add &demo clinic", self, objectName="addDemoAction")
        demo.triggered.connect(self.add_demo_clinic)
        file_menu.addAction(demo)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, objectName="quitAction", shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction("&Find patient", self, objectName="findAction", shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.patient_search.setFocus)
        self.addAction(find)

    def reload(self) -> None:
        rows = self.workspace.patient_summaries(date.today())
        self.patients.set_rows(rows)
        self.patient_stack.setCurrentWidget(self.patient_table if rows else self.empty_patients)
        library = self.workspace.library()
        self.library.set_exercises(library.active())
        problems = self.workspace.problems + library.problems
        skipped = sorted({p.file for p in problems})
        self.library_warning.setVisible(bool(problems))
        if problems:
            lines = "\n".join(str(p) for p in problems[:8])
            more = f"\n…and {len(problems) - 8} more" if len(problems) > 8 else ""
            self.library_warning.setText(
                f"{len(skipped)} library file(s) had problems and were skipped or partly loaded:\n{lines}{more}"
            )
        self.statusBar().showMessage(f"{len(rows)} patients · {len(library.active())} exercises")

    def add_demo_clinic(self) -> None:
        from ptplanner.demo import add_demo_clinic

        added, present = add_demo_clinic(self.workspace, date.today())
        self.reload()
        QMessageBox.information(self, "Demo clinic", f"Added {added} demo patients ({present} were already there).")


def _proxy(model, sort_role: int, filter_role: int) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    proxy.setFilterRole(filter_role)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def _search_box(placeholder: str, name: str) -> QLineEdit:
    box = QLineEdit(objectName=name, placeholderText=placeholder)
    box.setClearButtonEnabled(True)
    return box


def _table(model, name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def _panel(title: str, *widgets: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    heading = QLabel(f"<b>{title}</b>")
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    return panel
