"""All patients: search as you type, sort by any column, open one with a double-click or Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.names import name_order
from ptplanner.core.patient_list import PatientListRow
from ptplanner.core.safe_text import isolated
from ptplanner.gui.search_keys import SearchKeys
from ptplanner.gui.models.list_words import shown_stage
from ptplanner.gui.models.patients import (
    FLAGS,
    LANGUAGE,
    LAST_ACTIVITY,
    NAME,
    WEEK,
    PatientFilterProxy,
    PatientTableModel,
)

EMPTY_CLINIC = QT_TRANSLATE_NOOP(
    "PatientListPage",
    "<h3>No patients yet</h3><p>Choose <b>New patient</b> (Ctrl+N) to add your first patient, "
    "then start their program from a template.</p>"
    "<p>To look around first, choose <b>File ▸ Add demo clinic</b>.</p>",
)
LOADING = QT_TRANSLATE_NOOP("PatientListPage", "<h3>Loading patients…</h3>")
NO_MATCH = QT_TRANSLATE_NOOP("PatientListPage", "No patient's name contains “{text}”.")
MIN_TEXT_WIDTH, MAX_TEXT_WIDTH, TEXT_PADDING = 140, 280, 24
STAGE = 2
NAMES_MEASURED = 2000  # enough for a clinic's list, and quick


class PatientListPage(QWidget):
    patient_opened = Signal(str)
    new_patient_requested = Signal()
    search_wanted = Signal()  # paged: the search changed, and only the database can answer it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = PatientTableModel(parent=self)
        self.proxy = PatientFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(objectName="patientSearch", placeholderText=self.tr("Find a patient by name"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New patient…"), objectName="newPatientButton")
        self.table = _table(self.proxy)
        self.notice = QLabel(self.tr(LOADING), objectName="patientListNotice", wordWrap=True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        # Once above the list: the flags follow the default progress rules, the clinic's do not read
        self.rules_notice = QLabel(objectName="patientListRulesNotice", wordWrap=True)
        self.rules_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_notice.setStyleSheet("QLabel { background:#fdecea; border:1px solid #d9534f;padding:4px }")
        self.rules_notice.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.notice)
        self.stack.setCurrentWidget(self.notice)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Patients</b>")))
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules_notice)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(self._filter)
        self.new_button.clicked.connect(self.new_patient_requested)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        SearchKeys(self.search, self.table, self._open)

    def set_rows(self, rows: list[PatientListRow]) -> None:
        """The whole list, searched here as the user types."""
        self.proxy.setFilterFixedString(name_order(self.search.text())[0])
        self.model.set_rows(rows)
        self._fit_columns(rows)
        self._show_table_or_notice()

    def set_page(self, rows: Sequence[PatientListRow], more: bool) -> None:
        """The first page of the list as the database searched and sorted it; the rest as it scrolls."""
        self.proxy.setFilterFixedString("")
        self.model.set_page(rows, more)
        self._fit_columns(rows)
        self._show_table_or_notice()

    def _fit_columns(self, rows: Sequence[PatientListRow]) -> None:
        """Name and stage as wide as their text (in the first NAMES_MEASURED rows), within bounds, so they
        are not cut on a small screen; week, last activity and language as wide as their heading and text
        ("5 de diciembre de 2026" was cut); the flags take what is left."""
        metrics, measured = self.table.fontMetrics(), rows[:NAMES_MEASURED]
        stages = [shown_stage(row.stage) for row in measured]
        for column, texts in ((NAME, [row.name for row in measured]), (STAGE, stages)):
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            self.table.setColumnWidth(column, max(MIN_TEXT_WIDTH, min(MAX_TEXT_WIDTH, widest + TEXT_PADDING)))
        header = self.table.horizontalHeader()
        for column in (WEEK, LAST_ACTIVITY, LANGUAGE):  # never narrower than their heading or their words
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            words = {str(self.model.index(row, column).data() or "") for row in range(len(measured))}
            widest = max((metrics.horizontalAdvance(text) for text in words), default=0)
            needed = max(header.fontMetrics().horizontalAdvance(title), widest) + TEXT_PADDING
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), needed))

    def show_rules_notice(self, text: str) -> None:
        """Why the flags follow the default progress rules ("" hides it: the clinic's are read)."""
        self.rules_notice.setText(f"⚠ {text}" if text else "")
        self.rules_notice.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        """Instead of the list: why it could not be read (plain text: an error may quote anything)."""
        self._show_notice(text, Qt.TextFormat.PlainText)

    def focus_list(self) -> None:
        """The table where it shows; the search box while a notice stands in its place. (Focused while
        hidden behind "No patient's name contains...", the table took the focus back when a new search
        brought it into view: the next letters went to it, and Enter opened its first patient.)"""
        (self.table if self.stack.currentWidget() is self.table else self.search).setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_patient(self, patient_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if self.proxy.patient_id(index) == patient_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def _filter(self, text: str) -> None:
        if self.model.paged:
            self.search_wanted.emit()
            return
        self.proxy.setFilterFixedString(name_order(text)[0])  # as the names are matched: no case, no accents
        self._show_table_or_notice()

    def _show_table_or_notice(self) -> None:
        searched = self.model.paged and self.search.text().strip()
        if self.model.rowCount() == 0 and not searched:
            empty = QCoreApplication.translate("PatientListPage", EMPTY_CLINIC)
            self._show_notice(empty, Qt.TextFormat.RichText)
        elif self.proxy.rowCount() == 0:
            no_match = QCoreApplication.translate("PatientListPage", NO_MATCH)
            searched_for = isolated(self.search.text(), 100)
            self._show_notice(no_match.format(text=searched_for), Qt.TextFormat.PlainText)
        else:
            typing = self.search.hasFocus()
            self.stack.setCurrentWidget(self.table)
            if typing:  # the letters still to come are the search's, whatever had the focus before
                self.search.setFocus()

    def _show_notice(self, text: str, text_format: Qt.TextFormat) -> None:
        self.notice.setTextFormat(text_format)  # a typed search is shown as plain text, never as markup
        self.notice.setText(text)
        self.stack.setCurrentWidget(self.notice)

    def _open(self, index: QModelIndex) -> None:
        patient_id = self.proxy.patient_id(index)
        if patient_id is not None:
            self.patient_opened.emit(patient_id)


def _table(model: PatientFilterProxy) -> QTableView:
    table = QTableView(objectName="patientTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), never walks every cell
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(FLAGS, QHeaderView.ResizeMode.Stretch)  # the flags take what is left
    for column, width in ((NAME, MIN_TEXT_WIDTH), (1, 50), (STAGE, 180), (3, 96)):
        table.setColumnWidth(column, width)
    return table
