"""Reading the patient list for the main window: whole when it is small, a page at a time when it is not.

A tab of at most PAGE patients is read whole, then sorted and searched in memory as you type, as it always
was. A bigger one is read a page at a time as the view scrolls to its end (the model's more_wanted); its
search and its name, week and language orders run in the database (Clinic.patient_page), and its count is
read apart. At start-up only the first screen is read (FIRST_SCREEN rows, FirstScreen); a tab the count
then finds no bigger than a page is read again whole. Sorting a big list by stage, last activity or flags
needs every row: the whole list is read then, in the background. Every read runs on the window's runner;
an answer to a query that was replaced meanwhile is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ptplanner.core import clock
from ptplanner.core.patient_list import ListOrder, PatientPage, PatientQuery
from ptplanner.gui.models.patients import LANGUAGE, NAME, WEEK

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.gui.main_window import MainWindow

PAGE = 200  # rows read at a time: several screens, read in a few milliseconds
# Rows read at start-up: more than a tall screen shows. The rest come as the view scrolls, or whole once the
# count finds the tab small. 200 rows and their flags took 70 ms of the start on PostgreSQL; 60, 26 ms.
FIRST_SCREEN = 60
DATABASE_ORDERS = {NAME: ListOrder.NAME, WEEK: ListOrder.WEEK, LANGUAGE: ListOrder.LANGUAGE}


@dataclass(frozen=True)
class FirstScreen:
    """The active list's first page, its rows' progress flags and the list's size: what reload() reads
    first, read in one go after attaching (MainWindow._read_first_screen) so it is drawn once, complete.
    A paged list is counted after it is shown (27 ms of 100,000 patients on PostgreSQL)."""

    page: PatientPage
    flags: dict[str, tuple[str, ...]]  # a list held whole: every patient's; a paged one: the page's
    count: int | None  # None: a paged list, counted once shown
    rules_notice: str | None = None  # the clinic's progress rules do not read: the flags follow the defaults

    @classmethod
    def read(cls, clinic: Clinic, today: date) -> FirstScreen:
        with clinic.reading_together():
            page = clinic.patient_page(today, PatientQuery(), 0, FIRST_SCREEN)
            notice = clinic.progress_rules_notice()
            if not page.more:
                return cls(page, clinic.progress_flags(today), len(page.rows), notice)
            ids = [row.patient_id for row in page.rows]
            return cls(page, clinic.progress_flags(today, ids), None, notice)


class PatientListLoader(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.patient_list
        self._asked = 0  # the number of the query asked last
        self._big = False  # the tab held more than a page when it was last read
        self._query = PatientQuery()  # the one the paged rows answer
        self.page.model.more_wanted.connect(self._read_more)
        self.page.model.order_wanted.connect(lambda: self.reload())
        self.page.search_wanted.connect(lambda: self.reload())

    def reload(
        self,
        select_id: str | None = None,
        then: Callable[[], None] | None = None,
        read: FirstScreen | None = None,
    ) -> None:
        """The list again. After one patient's change (`select_id`), their progress flags follow their
        page; otherwise every patient's are read again. `then` runs once the list is read, or failed.
        `read`: the first screen of PatientQuery(), read already (at start-up)."""
        window, clinic, model = self.window, self.window.clinic, self.page.model
        self._asked += 1
        asked, big, query = self._asked, self._big, self._wanted_query()
        done = then or (lambda: None)
        if big and query is None:  # a sort only the whole list can give
            self._read_whole(asked, select_id, done)
            return
        if not big or query is None:  # the whole tab first: a small one is held in memory
            query = PatientQuery(window.showing_discharged)
        # The same query again (a change saved): as many rows as were read, to keep the place of a scrolled list.
        rows = max(PAGE, model.rowCount()) if model.paged and query == self._query else PAGE
        today = clock.today()

        def show(page: PatientPage, known: FirstScreen | None = None) -> None:
            if asked != self._asked:
                done()
                return
            whole_tab = not query.text and query.order is ListOrder.NAME
            if whole_tab and not page.more:  # held in memory, sorted and searched there
                self._big = False
                self._show_whole(list(page.rows), select_id, known)
            elif not big and self._wanted_query() != query:  # bigger than a page: ask as the window shows it
                self._big = True
                self.reload(select_id, then)
                return
            else:
                self._big = True
                self._show_page(query, page, select_id, known)
            done()

        if read is not None and query == PatientQuery() and rows == PAGE:
            show(read.page, read)  # what would be read here was read already: shown at once
            return
        window.runner.read(
            lambda: clinic.patient_page(today, query, 0, rows), show, lambda error: self._failed(error, done)
        )

    def _wanted_query(self) -> PatientQuery | None:
        """The list as the window shows it now, as a database query; None for a sort it cannot give."""
        column, order = self.page.model.sort_order()
        if column not in DATABASE_ORDERS:
            return None
        text = self.page.search.text()
        descending = order != Qt.SortOrder.AscendingOrder
        return PatientQuery(self.window.showing_discharged, text, DATABASE_ORDERS[column], descending)

    def _show_whole(self, rows, select_id: str | None, known: FirstScreen | None = None) -> None:
        self.page.set_rows(rows)
        if select_id:
            self.page.select_patient(select_id)
        elif known is not None:
            self._show_flags(known.flags, known.rules_notice)
        else:
            self.reload_progress_flags()
        self._say_count(len(rows))

    def _show_page(
        self, query: PatientQuery, page: PatientPage, select_id: str | None, known: FirstScreen | None = None
    ) -> None:
        self._query = query
        self.page.set_page(page.rows, page.more)
        if select_id:
            self.page.select_patient(select_id)
        if known is None:
            self._read_flags([row.patient_id for row in page.rows])
        else:
            self._show_flags(known.flags, known.rules_notice, only=[row.patient_id for row in page.rows])
        if not page.more:
            self._say_count(len(page.rows))
            return
        clinic, asked = self.window.clinic, self._asked

        def counted(count: int) -> None:
            if asked != self._asked:
                return
            self._say_count(count)
            if count <= PAGE and self.page.model.rowCount() < count:  # the first screen of a small tab
                self.reload()  # held whole, as a small tab is

        self.window.runner.read(
            lambda: clinic.patient_count(query), counted, lambda error: None  # the count is a nicety
        )

    def _read_whole(self, asked: int, select_id: str | None, done: Callable[[], None]) -> None:
        clinic, discharged = self.window.clinic, self.window.showing_discharged
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Reading every patient, to sort them…")
        )

        def show(rows) -> None:
            if asked == self._asked:
                self._show_whole(rows, select_id)
            done()

        failed = lambda error: self._failed(error, done)  # noqa: E731
        self.window.runner.read(lambda: clinic.patient_rows(clock.today(), discharged), show, failed)

    def _read_more(self) -> None:
        clinic, query, asked = self.window.clinic, self._query, self._asked
        offset, today, model = self.page.model.rowCount(), clock.today(), self.page.model

        def add(page: PatientPage) -> None:
            if asked == self._asked:
                model.add_page(page.rows, page.more)
                self._read_flags([row.patient_id for row in page.rows])

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                model.page_failed()
                text = QCoreApplication.translate("MainWindow", "More patients could not be read: {error}")
                self.window.statusBar().showMessage(text.format(error=error))

        self.window.runner.read(lambda: clinic.patient_page(today, query, offset, PAGE), add, failed)

    def reload_progress_flags(self) -> None:
        """Every patient's: they need every active patient's program and log, so they come after the list."""
        clinic = self.window.clinic
        self.window.runner.read(
            lambda: (clinic.progress_flags(clock.today()), clinic.progress_rules_notice()),
            lambda read: self._show_flags(*read),
            self._flags_failed,
        )

    def _read_flags(self, patient_ids: Sequence[str]) -> None:
        """The flags of the rows of a page just shown: read for those patients alone."""
        clinic = self.window.clinic
        self.window.runner.read(
            lambda: (clinic.progress_flags(clock.today(), patient_ids), clinic.progress_rules_notice()),
            lambda read: self._show_flags(*read, only=patient_ids),
            self._flags_failed,
        )

    def _show_flags(
        self, flags: dict[str, tuple[str, ...]], notice: str | None, only: Sequence[str] | None = None
    ) -> None:
        self.page.model.set_progress_flags(flags, only)
        self.page.show_rules_notice(notice or "")

    def _flags_failed(self, error: BaseException) -> None:
        text = QCoreApplication.translate("MainWindow", "The progress flags could not be read: {error}")
        self.window.statusBar().showMessage(text.format(error=error))

    def _say_count(self, count: int) -> None:
        """In the status bar while the list is shown: read again in the background (a change saved) while a
        patient's page was open, its count replaced what opening them had just said (discharged...)."""
        if self.window.pages.currentWidget() is self.page:
            self.window.statusBar().showMessage(patient_count(count))

    def _failed(self, error: BaseException, done: Callable[[], None]) -> None:
        text = QCoreApplication.translate("MainWindow", "The patient list could not be read: {error}")
        self.page.show_problem(text.format(error=error))
        self.window.statusBar().clearMessage()
        done()



def patient_count(count: int) -> str:
    """'1 patient', '12 patients': English and Spanish both have one form for one and one for the rest."""
    if count == 1:
        return QCoreApplication.translate("MainWindow", "1 patient")
    return QCoreApplication.translate("MainWindow", "{count} patients").format(count=count)
