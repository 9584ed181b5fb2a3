"""The score fields of each outcome measure. Each page reads what is typed into a score and its items,
or raises Refused with a sentence naming the field; PSFS and ODI scores are computed, never typed.

The Oswestry questionnaire's wording is licensed, so its items are numbered, not quoted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.adherence import OutcomeItem, odi_score, psfs_score
from ptplanner.core.safe_text import isolated
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.progress.typed import Refused, read_number

Reading = tuple[float, tuple[OutcomeItem, ...]]  # the score, and the items it was computed from
PSFS_ROWS = 5
PSFS_FEWEST = 3
ODI_ITEMS = 10
ACTIVITY_LENGTH = OutcomeItem.model_fields["label"].metadata[0].max_length


class MeasurePage(QWidget):
    """One measure's fields: `read()` gives the score and items typed, or raises Refused."""

    edited = Signal()

    def read(self) -> Reading:
        raise NotImplementedError

    def _line(self, name: str, placeholder: str, width: int = 70) -> QLineEdit:
        line = QLineEdit(objectName=name, placeholderText=placeholder)
        line.setMaxLength(6)
        line.setMaximumWidth(width)
        line.textChanged.connect(self.edited)
        return line


class NrsPage(MeasurePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = self._line("nrsScore", "0-10")
        row = QHBoxLayout()
        pain = QCoreApplication.translate("OutcomePages", "&Pain now, 0 (none) to 10 (worst)")
        row.addWidget(buddy_label(pain, self.score))
        row.addWidget(self.score)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch()  # at the top, like the longer measures' fields

    def read(self) -> Reading:
        what = QCoreApplication.translate("OutcomePages", "The pain score")
        score = read_number(self.score.text(), 0, 10, what)
        if score is None:
            raise Refused(QCoreApplication.translate("OutcomePages", "Type the pain score, 0 to 10."))
        return score, ()


class PsfsPage(MeasurePage):
    """Three to five activities the patient names, each rated 0 (unable) to 10 (as before)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activities: list[QLineEdit] = []
        self.ratings: list[QLineEdit] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(QCoreApplication.translate("OutcomePages", "Activity the patient names")), 0, 1)
        scale = QCoreApplication.translate("OutcomePages", "0 (unable) to 10 (as before)")
        grid.addWidget(QLabel(scale), 0, 2)
        for number in range(1, PSFS_ROWS + 1):
            activity = QLineEdit(objectName=f"psfsActivity{number}")
            activity.setMaxLength(ACTIVITY_LENGTH)
            activity.textChanged.connect(self.edited)
            rating = self._line(f"psfsRating{number}", "0-10")
            grid.addWidget(QLabel(f"{number}."), number, 0)
            grid.addWidget(activity, number, 1)
            grid.addWidget(rating, number, 2)
            self.activities.append(activity)
            self.ratings.append(rating)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)

    def read(self) -> Reading:
        items = []
        for number, (activity, rating) in enumerate(zip(self.activities, self.ratings, strict=True), start=1):
            name = activity.text().strip()
            what = QCoreApplication.translate("OutcomePages", "Activity {number}'s rating")
            what = what.format(number=number)
            score = read_number(rating.text(), 0, 10, what)
            if score is None and not name:
                continue
            if score is None:
                rate = QCoreApplication.translate(
                    "OutcomePages", "Rate activity {number} ({name}) from 0 to 10."
                )
                raise Refused(rate.format(number=number, name=isolated(name, 40)))
            if not name:
                name_it = QCoreApplication.translate(
                    "OutcomePages", "Name activity {number}, the one rated {score}."
                )
                raise Refused(name_it.format(number=number, score=f"{score:g}"))
            items.append(OutcomeItem(label=name, score=score))
        if len(items) < PSFS_FEWEST:
            too_few = QCoreApplication.translate(
                "OutcomePages", "The PSFS rates {fewest} to {most} activities; {count} rated so far."
            )
            raise Refused(too_few.format(fewest=PSFS_FEWEST, most=PSFS_ROWS, count=len(items)))
        return psfs_score(tuple(items)), tuple(items)


class OdiPage(MeasurePage):
    """The ten items' scores (0-5, blank when not answered), or only the total when that is all there is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_items = QRadioButton(
            QCoreApplication.translate("OutcomePages", "Item scores"), objectName="odiByItems", checked=True
        )
        self.by_total = QRadioButton(
            QCoreApplication.translate("OutcomePages", "Total only"), objectName="odiByTotal"
        )
        group = QButtonGroup(self)
        group.addButton(self.by_items)
        group.addButton(self.by_total)
        self.items = [self._line(f"odiItem{n}", "0-5", 50) for n in range(1, ODI_ITEMS + 1)]
        self.total = self._line("odiTotal", "0-100")
        item_grid = QGridLayout()
        for index, line in enumerate(self.items):
            row, column = divmod(index, 5)
            item = QCoreApplication.translate("OutcomePages", "Item {number}").format(number=index + 1)
            label = QLabel(item)
            item_grid.addWidget(label, 2 * row, column, Qt.AlignmentFlag.AlignBottom)
            item_grid.addWidget(line, 2 * row + 1, column)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "OutcomePages", "Each item 0 to 5; leave an item blank when it was not answered."
                )
            )
        )
        items_layout.addLayout(item_grid)
        total_page = QWidget()
        total_row = QHBoxLayout(total_page)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(QLabel(QCoreApplication.translate("OutcomePages", "ODI score, 0 to 100")))
        total_row.addWidget(self.total)
        total_row.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(items_page)
        self.pages.addWidget(total_page)
        modes = QHBoxLayout()
        modes.addWidget(self.by_items)
        modes.addWidget(self.by_total)
        modes.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.pages)
        self.by_total.toggled.connect(self._mode_changed)

    def read(self) -> Reading:
        if self.by_total.isChecked():
            what = QCoreApplication.translate("OutcomePages", "The ODI score")
            total = read_number(self.total.text(), 0, 100, what, whole=False)
            if total is None:
                raise Refused(QCoreApplication.translate("OutcomePages", "Type the ODI score, 0 to 100."))
            return total, ()
        items = []
        for number, line in enumerate(self.items, start=1):
            what = QCoreApplication.translate("OutcomePages", "Item {number}").format(number=number)
            score = read_number(line.text(), 0, 5, what)
            if score is not None:
                # stored, so the same in every language
                items.append(OutcomeItem(label=f"Item {number}", score=score))
        if not items:
            type_one = QCoreApplication.translate(
                "OutcomePages", "Type the score of at least one item, 0 to 5."
            )
            raise Refused(type_one)
        return odi_score(tuple(items)), tuple(items)

    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(1 if self.by_total.isChecked() else 0)
        self.edited.emit()
