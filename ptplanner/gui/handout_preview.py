"""Print preview of a patient's handout: choose the options, then Print or Save as PDF.

Every copy printed or saved is recorded, and the list of earlier copies reprints any of them,
byte for byte, with one click. Handouts are built on a worker thread, one at a time.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseError, NotAllowed
from ptplanner.app.handouts import (
    HandoutRecord,
    PreparedHandout,
    default_options,
    handout_languages,
    handout_program,
    prepare_handout,
    record_printed,
    record_reprinted,
)
from ptplanner.core import clock
from ptplanner.core.clinic import Paper
from ptplanner.core.handout_text import stage_choice
from ptplanner.core.language import Language
from ptplanner.core.program import Program
from ptplanner.gui.dates import app_dates
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.save_folder import remember_folder, suggested_path
from ptplanner.gui.tasks import TaskRunner
from ptplanner.handouts.content import HandoutError
from ptplanner.handouts.options import MAX_LOG_WEEKS, HandoutOptions
from ptplanner.safe_write import write_private_bytes

PRINT_DPI = 300  # pages are sent to the printer as images this sharp
_PAGE_SIZES = {Paper.LETTER: QPageSize.PageSizeId.Letter, Paper.A4: QPageSize.PageSizeId.A4}
PAPER_NAMES = {
    Paper.LETTER: QT_TRANSLATE_NOOP("HandoutPreview", "Letter"),
    Paper.A4: "A4",
}  # translated where shown
_EXPECTED = (HandoutError, DatabaseError, NotAllowed, OSError)
STAGE_CHOICE_CHARACTERS = 60  # about as wide as the list of stages grows; longer stage names are cut


class HandoutHistoryModel(QAbstractTableModel):
    """The patient's printed handouts, newest first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("HandoutPreview", "Printed"),
        QT_TRANSLATE_NOOP("HandoutPreview", "Version"),
        QT_TRANSLATE_NOOP("HandoutPreview", "Stage"),
        QT_TRANSLATE_NOOP("HandoutPreview", "Paper"),
        QT_TRANSLATE_NOOP("HandoutPreview", "Print"),
        QT_TRANSLATE_NOOP("HandoutPreview", "Language"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[HandoutRecord] = []
        self._large = QCoreApplication.translate("HandoutPreview", "Large")
        self._normal = QCoreApplication.translate("HandoutPreview", "Normal")

    def set_records(self, records: list[HandoutRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> HandoutRecord:
        return self._records[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        record = self._records[index.row()]
        options = record.options
        stage = options.get("stage_index")  # copies printed before it was recorded do not say
        return (
            _printed_at(record.printed_at),
            str(record.program_version),
            "" if stage is None else str(stage + 1),
            QCoreApplication.translate("HandoutPreview", PAPER_NAMES.get(options.get("paper"), "")),
            self._large if options.get("large_print") else self._normal,
            _language_name(options.get("language")),
        )[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HandoutPreview", self.COLUMNS[section])
        return None


class HandoutPreview(QDialog):
    def __init__(
        self,
        clinic: Clinic,
        runner: TaskRunner,
        patient_id: str,
        program_id: str | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
        patient_name: str = "",
    ) -> None:
        """Preview the handout of `program_id` as last saved (None: the patient's current program)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print handout"))
        self.resize(1000, 760)
        self._clinic, self._patient_id, self._program_id = clinic, patient_id, program_id
        self._today = today or clock.today()
        self._patient_name = patient_name  # names the saved PDF
        self._prepared: PreparedHandout | None = None
        self._building = self._stale = False
        self.runner = runner.scoped(self)

        self.stage = QComboBox()
        self.stage.setPlaceholderText(self.tr("No stages"))
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper = QComboBox()
        for paper, label in PAPER_NAMES.items():
            self.paper.addItem(self.tr(label), paper.value)
        self.language = QComboBox(objectName="handoutLanguage")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the whole "(paciente)" shows
        self.language.setToolTip(
            self.tr("The patient's language first; the progress report stays in the clinic's")
        )
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.log_sheet = QCheckBox(self.tr("Log s&heet"))
        self.log_weeks = QSpinBox()
        self.log_weeks.setRange(1, MAX_LOG_WEEKS)
        self.log_weeks.setAccessibleName(self.tr("Log sheet weeks"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        _render_on_the_gui_thread(self.view)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.history_model = HandoutHistoryModel(self)
        self.history = history_table(self.history_model)
        self.reprint_button = QPushButton(self.tr("&Reprint"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self._lay_out()
        # Longer words (Spanish) widen the dialog rather than cut the choices, as far as the screen allows.
        wanted = min(self.layout().itemAt(0).layout().sizeHint().width() + 24, self.screen().availableGeometry().width())
        self.resize(max(self.width(), wanted), self.height())

        self.log_sheet.toggled.connect(self._update_log_weeks)
        for signal in (
            self.stage.currentIndexChanged,
            self.paper.currentIndexChanged,
            self.language.currentIndexChanged,
            self.large_print.toggled,
            self.log_sheet.toggled,
            self.log_weeks.valueChanged,
        ):
            signal.connect(self.rebuild)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.history.doubleClicked.connect(self.reprint_selected)
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()  # Print and Save wait for the handout: pressed before, they did nothing
        self._load_program()
        self._load_history()

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            paper=Paper(self.paper.currentData()),
            large_print=self.large_print.isChecked(),
            log_sheet=self.log_sheet.isChecked(),
            log_weeks=self.log_weeks.value(),
            stage_index=self.stage.currentData(),  # None until the program's stages are listed
            language=None if self.language.currentData() is None else Language(self.language.currentData()),
        )

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def rebuild(self) -> None:
        """Build the handout for the options shown; a change during a build waits for it."""
        if self._building:
            self._stale = True
            return
        self._building = True
        self._prepared = None
        self._update_buttons()
        clinic, patient_id, program_id, options = (
            self._clinic,
            self._patient_id,
            self._program_id,
            self.options(),
        )
        self.runner.read(
            lambda: prepare_handout(clinic, patient_id, program_id, options, self._today),
            self._show_prepared,
            self._build_failed,
        )

    def print_handout(self) -> None:
        prepared = self._prepared
        if prepared is not None and self._print(prepared.handout.pdf, prepared.options.paper):
            self._record(prepared)

    def save_as_pdf(self) -> None:
        prepared = self._prepared
        if prepared is None:
            return
        what = self.tr("handout stage {number}").format(number=prepared.handout.stage_index + 1)
        suggested = suggested_path(self._patient_name, what, self._today)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save handout as PDF"), suggested, self.tr("PDF files") + " (*.pdf)"
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        remember_folder(path)
        self.runner.write(
            lambda: write_private_bytes(path, prepared.handout.pdf),
            lambda _: self._record(prepared),
            self._save_failed,
        )

    def reprint_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        record = self.history_model.record(rows[0].row())
        paper = Paper(record.options.get("paper", Paper.LETTER.value))
        clinic = self._clinic

        def reprinted(pdf: bytes) -> None:
            if self._print(pdf, paper):
                self.runner.write(
                    lambda: record_reprinted(clinic, record),
                    lambda _: None,
                    lambda error: self._warn(self.tr("The reprint was not recorded"), error),
                )

        self.runner.read(
            lambda: clinic.printed_pdf(record.id),
            reprinted,
            lambda error: self._warn(self.tr("This handout cannot be reprinted"), error),
        )

    # building and showing

    def _load_program(self) -> None:
        """List the program's stages, then build the handout of the current one."""
        self._building = True  # option changes meanwhile wait for the stages, like those during a build
        clinic, patient_id, program_id = self._clinic, self._patient_id, self._program_id
        self.runner.read(
            lambda: (
                handout_program(clinic, patient_id, program_id),
                _clinic_defaults(clinic),
                _languages(clinic, patient_id),
            ),
            self._show_stages,
            self._build_failed,
        )

    def _show_stages(
        self, loaded: tuple[Program, tuple[HandoutOptions, str], tuple[Language, Language]]
    ) -> None:
        program, (defaults, problem), languages = loaded
        self._show_languages(*languages)
        if problem:
            self._show_message(problem)
        with QSignalBlocker(self.paper), QSignalBlocker(self.large_print), QSignalBlocker(self.log_sheet):
            with QSignalBlocker(self.log_weeks):
                self._set_options(defaults)
        self._program_id = program.id  # later builds show this program, even if a newer one is made
        current = program.current_stage_index()
        metrics = self.stage.fontMetrics()
        with QSignalBlocker(self.stage):
            self.stage.clear()
            for index in range(len(program.stages)):
                text = stage_choice(program, index) + (self.tr(" (current)") if index == current else "")
                # A long name is cut in the middle, so the number, weeks and "(current)" still show.
                shown = metrics.elidedText(
                    text, Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * STAGE_CHOICE_CHARACTERS
                )
                self.stage.addItem(shown, index)
                self.stage.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
            self.stage.setCurrentIndex(-1 if current is None else current)
        self.stage.setEnabled(bool(program.stages))
        self._building = self._stale = False
        self.rebuild()

    def _show_prepared(self, prepared: PreparedHandout) -> None:
        self._building = False
        if self._stale:
            self._stale = False
            self.rebuild()
            return
        self._prepared = prepared
        self._load_pdf(prepared.handout.pdf)
        self._show_message(" ".join(prepared.handout.warnings))
        self._update_buttons()

    def _build_failed(self, error: BaseException) -> None:
        self._building = False
        if self._stale:
            self._stale = False
            self.rebuild()
            return
        if not isinstance(error, _EXPECTED):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.document.close()
        self._show_message(self.tr("The handout cannot be printed: {error}").format(error=error))
        self._update_buttons()

    def _load_pdf(self, pdf: bytes) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # printing and recording

    def _print(self, pdf: bytes, paper: Paper) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(_PAGE_SIZES[paper]))
        printer.setFullPage(True)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(pdf, printer)
        except OSError as error:
            self._warn(self.tr("The handout was not printed"), error)
            return False
        return True

    def _record(self, prepared: PreparedHandout) -> None:
        clinic = self._clinic
        self.runner.write(
            lambda: record_printed(clinic, prepared),
            lambda _: self._load_history(),
            lambda error: self._warn(self.tr("The printed copy was not recorded"), error),
        )

    def _load_history(self) -> None:
        clinic, patient_id = self._clinic, self._patient_id
        self.runner.read(
            lambda: clinic.printed_handouts(patient_id),
            self._show_history,
            lambda error: self._warn(self.tr("Earlier handouts cannot be listed"), error),
        )

    def _show_history(self, records: list[HandoutRecord]) -> None:
        self.history_model.set_records(records)
        if records:
            self.history.selectRow(0)  # the newest: one click reprints it
        self._update_buttons()

    def _save_failed(self, error: BaseException) -> None:
        self._warn(self.tr("The handout was not saved"), error)

    def _warn(self, title: str, error: BaseException) -> None:
        if not isinstance(error, _EXPECTED):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        detail = (
            f"{error.filename}: {error.strerror}"
            if isinstance(error, OSError) and error.filename
            else str(error)
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, detail, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _show_languages(self, patient: Language, clinic: Language) -> None:
        """Every language, the patient's first; the clinic's is named too where it differs."""
        with QSignalBlocker(self.language):
            self.language.clear()
            for language in sorted(Language, key=lambda language: language is not patient):
                mark = (
                    self.tr(" (patient's)")
                    if language is patient
                    else self.tr(" (clinic's)")
                    if language is clinic
                    else ""
                )
                self.language.addItem(language.label + mark, language.value)
            self.language.setCurrentIndex(0)

    # set-up

    def _set_options(self, options: HandoutOptions) -> None:
        self.paper.setCurrentIndex(self.paper.findData(options.paper.value))
        self.large_print.setChecked(options.large_print)
        self.log_sheet.setChecked(options.log_sheet)
        self.log_weeks.setValue(options.log_weeks)
        self._update_log_weeks()

    def _update_log_weeks(self) -> None:
        self.log_weeks.setEnabled(self.log_sheet.isChecked())
        self.log_weeks_label.setEnabled(self.log_sheet.isChecked())

    def _update_buttons(self) -> None:
        ready = self._prepared is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.reprint_button.setEnabled(self.history.selectionModel().hasSelection())

    def _lay_out(self) -> None:
        options = QHBoxLayout()
        self.log_weeks_label = buddy_label(self.tr("&Weeks:"), self.log_weeks)
        choices = (
            (self.tr("&Stage:"), self.stage),
            (self.tr("P&aper:"), self.paper),
            (self.tr("La&nguage:"), self.language),
        )
        for label, control in choices:
            options.addWidget(buddy_label(label, control))
            options.addWidget(control)
            options.addSpacing(12)
        options.addWidget(self.large_print)
        options.addSpacing(12)
        options.addWidget(self.log_sheet)
        options.addWidget(self.log_weeks_label)
        options.addWidget(self.log_weeks)
        options.addStretch()
        earlier = QWidget()
        column = QVBoxLayout(earlier)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Printed before:")))
        column.addWidget(self.history)
        column.addWidget(self.reprint_button)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(earlier)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([640, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)  # Ctrl+P, then Enter prints, as in other programs
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.runner.wait()  # the database outlives the dialog; no work may still be using it
        super().done(result)


def _render_on_the_gui_thread(view: QPdfView) -> None:
    """QPdfView draws its pages on a thread of its own, which reads the document with no lock against the
    GUI thread deleting it (Qt's qpdfpagerenderer.cpp): closing the preview, or a rebuild's reload, while a
    page was being drawn could crash the app. A handout page draws in 3 to 19 ms, so the GUI thread draws."""
    renderer = view.findChild(QPdfPageRenderer)
    if renderer is not None:
        renderer.setRenderMode(QPdfPageRenderer.RenderMode.SingleThreaded)


def history_table(model: HandoutHistoryModel) -> QTableView:
    """The list of printed handouts: one row chosen at a time, read only."""
    table = QTableView()
    table.setModel(model)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), never walks every cell
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    return table


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Draw each page of `pdf` on `printer`, as sharp as PRINT_DPI (or the printer, if coarser)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(
            QCoreApplication.translate("HandoutPreview", "The handout could not be read for printing.")
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "HandoutPreview", "The printer could not be started. Check that it is on and connected."
            )
        )
    try:
        dpi = min(PRINT_DPI, printer.resolution())
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(target, image)
    finally:
        painter.end()


def _printed_at(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{app_dates().full(local.date())}, {local:%H:%M}"


def _language_name(code: str | None) -> str:
    """A printed copy's language; copies from before handouts had languages were English."""
    known = {language.value: language.label for language in Language}
    return known.get(code or "", Language.ENGLISH.label)


def _languages(clinic: Clinic, patient_id: str) -> tuple[Language, Language]:
    """The patient's handout language and the clinic's; English for both when they cannot be read (the
    clinic defaults say why)."""
    try:
        return handout_languages(clinic, patient_id)
    except DatabaseError:
        return Language.ENGLISH, Language.ENGLISH


def _clinic_defaults(clinic: Clinic) -> tuple[HandoutOptions, str]:
    """The paper and print size the clinic set, and what went wrong reading them (then the defaults)."""
    try:
        return default_options(clinic), ""
    except DatabaseError as error:
        return HandoutOptions(), str(error)
