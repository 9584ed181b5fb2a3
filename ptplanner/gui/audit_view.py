"""Tools > Audit trail (admins): who viewed, changed, printed, exported or imported which patient's
record, filtered by patient, user and day; whether the chain of hashes is intact; and the rows shown
exported as CSV. Everything goes through ptplanner.app.audit on the task runner.

A row names the patient by id only, as the trail itself does (no names or health data in it).
"""

from __future__ import annotations

import sys
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ptplanner.app.audit import (
    AuditEvent,
    ChainCheck,
    audit_csv,
    audit_events,
    details_text,
    patients_filtered,
    verify_audit,
)
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseError, NotAllowed
from ptplanner.core import clock
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.error_text import user_message
from ptplanner.gui.dialogs import ask_save_path
from ptplanner.gui.models.table import HeaderedTableModel
from ptplanner.gui.tasks import TaskRunner
from ptplanner.safe_write import write_private_text

SHORT_ID = 8  # characters of a patient id shown; the whole id is in the tooltip and the CSV
MAX_NAME_SHOWN = 100  # of an account or workstation name (as typed, or the system's), on one line
_EXPECTED = (DatabaseError, NotAllowed, OSError, LookupError)


class PatientNotFound(LookupError):
    """The patient filter names several patients; its message says so."""


class AuditTableModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditDialog", "When"),
        QT_TRANSLATE_NOOP("AuditDialog", "User"),
        QT_TRANSLATE_NOOP("AuditDialog", "Workstation"),
        QT_TRANSLATE_NOOP("AuditDialog", "Action"),
        QT_TRANSLATE_NOOP("AuditDialog", "Patient"),
        QT_TRANSLATE_NOOP("AuditDialog", "Details"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[AuditEvent] = []

    def set_events(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def _listed(self) -> list[AuditEvent]:
        return self.events

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        title = super().headerData(section, orientation, role)
        return QCoreApplication.translate("AuditDialog", title) if isinstance(title, str) else title

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return event.patient_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            event.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            one_line(event.actor, MAX_NAME_SHOWN),
            one_line(event.workstation, MAX_NAME_SHOWN),
            event.action,
            (event.patient_id or "")[:SHORT_ID],
            one_line(details_text(event.details)),
        )[index.column()]


class AuditDialog(QDialog):
    def __init__(self, clinic: Clinic, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        self._clinic = clinic
        self.runner = runner.scoped(self)
        self.patient = QLineEdit(placeholderText=self.tr("Patient: a name or id"))
        self.user = QLineEdit(placeholderText=self.tr("User name"))
        self.use_since = QCheckBox(self.tr("S&ince"))
        self.since_date = QDateEdit(QDate(clock.today()).addDays(-30), calendarPopup=True, enabled=False)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("&Show"))
        self.model = AuditTableModel(self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count = QLabel(objectName="auditCount")
        self.chain = QLabel(objectName="auditChain", wordWrap=True)
        self.chain.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()

        self.use_since.toggled.connect(self.since_date.setEnabled)
        self.show_button.clicked.connect(self.load)
        for field in (self.patient, self.user):
            field.returnPressed.connect(self.load)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        """Read the rows matching the filters (oldest first, as the command line lists them)."""
        clinic, patient, user = self._clinic, self.patient.text().strip(), self.user.text().strip() or None
        since = None
        if self.use_since.isChecked():  # from local midnight: the day as the reader lives it
            since = datetime.combine(self.since_date.date().toPython(), time()).astimezone()
        self.show_button.setEnabled(False)
        self.count.setText(self.tr("Reading the audit trail…"))
        self.runner.read(lambda: audit_events(clinic, _patient_id(clinic, patient), user, since),
                         self._show,
                         lambda error: self._failed(self.tr("The audit trail could not be read"), error))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain.setText(self.tr("Checking every row…"))
        clinic = self._clinic
        self.runner.read(
            lambda: verify_audit(clinic),
            self._show_check,
            lambda error: self._failed(self.tr("The chain could not be checked"), error),
        )

    def export(self) -> None:
        path = ask_save_path(
            self, self.tr("Export the audit rows shown"), "audit.csv", self.tr("CSV files"), ".csv"
        )
        if path is None:
            return
        events = list(self.model.events)
        self.runner.write(
            lambda: write_private_text(path, audit_csv(events)),
            lambda _: self.count.setText(
                self.tr("Wrote %n row(s) to {path}.", None, len(events)).format(path=path)
            ),
            lambda error: self._failed(self.tr("The rows were not exported"), error),
        )

    def _show(self, events: list[AuditEvent]) -> None:
        self.model.set_events(events)
        self.table.scrollToBottom()  # the newest rows, which an admin usually looks for
        self.count.setText(self.tr("%n row(s).", None, len(events)))
        self.show_button.setEnabled(True)

    def _show_check(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.intact:
            intact = self.tr("Chain intact: {rows} rows, none edited, deleted or reordered.")
            if check.rows == 1:
                intact = self.tr("Chain intact: 1 row, not edited, deleted or reordered.")
            self.chain.setText(intact.format(rows=check.rows))
            self.chain.setStyleSheet("QLabel { color: #1b5e20; }")
        else:
            text = self.tr(
                "The audit trail was tampered with: {problem} (%n row(s) before it are intact).",
                None,
                check.rows,
            )
            self.chain.setText(text.format(problem=check.problem))
            self.chain.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
            rows = [row for row, event in enumerate(self.model.events) if event.id == check.broken_id]
            if rows:  # the broken row, when the filters show it
                self.table.selectRow(rows[0])
                self.table.scrollTo(self.model.index(rows[0], 0))

    def _failed(self, what: str, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        if not isinstance(error, _EXPECTED):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        words = str(error) if isinstance(error, NotAllowed | LookupError) else user_message(error)
        self.count.setText(self.tr("{what}: {words}").format(what=what, words=words))

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.patient, 2)
        filters.addWidget(self.user, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since_date)
        filters.addWidget(self.show_button)
        checks = QHBoxLayout()
        checks.addWidget(self.verify_button)
        checks.addWidget(self.chain, 1)
        checks.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(checks)
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)


def _patient_id(clinic: Clinic, text: str) -> str | None:
    """On the worker: the one patient `text` names (a name, an id or its first characters); an erased
    patient's rows are found by their full id, a patient whose stored record is damaged by any of these.
    None: no patient filter."""
    if not text:
        return None
    matches = patients_filtered(clinic, text)
    if len(matches) > 1:
        raise PatientNotFound(
            QCoreApplication.translate(
                "AuditDialog", "'{text}' matches {count} patients; type more of the name, or the id"
            ).format(text=isolated(text, 60), count=len(matches))
        )
    return matches[0].id if matches else text
