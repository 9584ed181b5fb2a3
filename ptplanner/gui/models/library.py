"""The exercise library as Qt models: a thin table over core Exercise objects, and its filters.

Rows are kept sorted by name in the source model, so the proxy only filters; sorting in the
proxy would call back into Python for every comparison on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPixmap

from ptplanner.core.exercise import Exercise, search_patterns
from ptplanner.core.names import name_order
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.core.vocabulary import Category, Equipment, Position, Region
from ptplanner.gui.models.table import HeaderedTableModel
from ptplanner.gui.models.vocabulary_names import stage_name, vocabulary_name

Index = QModelIndex | QPersistentModelIndex
Thumbnailer = Callable[[Exercise], QPixmap | None]

MIME_TYPE = "application/x-ptplanner-exercise-ids"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
CLINICAL_ROLE = Qt.ItemDataRole.UserRole + 4  # the clinical name, shown under the patient's name
FAVOURITE_MARK = "★ "


def ids_to_mime(ids: Iterable[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, "\n".join(ids).encode("utf-8"))
    return mime


class LibraryTableModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryTableModel", "Exercise"),
        QT_TRANSLATE_NOOP("LibraryTableModel", "Category"),
        QT_TRANSLATE_NOOP("LibraryTableModel", "Stage"),
        QT_TRANSLATE_NOOP("LibraryTableModel", "Position"),
    )
    HEADER_CONTEXT = "LibraryTableModel"
    NAME_COLUMN = 0

    def __init__(
        self, exercises: Iterable[Exercise] = (), parent=None, thumbnail: Thumbnailer | None = None
    ) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self._exercises: list[Exercise] = []
        self._favourites: frozenset[str] = frozenset()  # listed first (gui/library/favourites.py)
        self._facts = LibraryFacts.of([])
        self._rows: dict[str, int] = {}
        self.set_exercises(exercises)

    def set_exercises(self, exercises: Iterable[Exercise]) -> None:
        self.set_sorted(SortedLibrary.of(exercises, self._favourites))

    def set_sorted(self, library: SortedLibrary) -> None:
        """Exercises sorted (on a worker, for a big library) for the favourites the model has now."""
        if library.favourites != self._favourites:  # they changed meanwhile
            library = SortedLibrary.of(library.exercises, self._favourites)
        self.beginResetModel()
        self._exercises, self._facts, self._rows = library.exercises, library.facts, library.rows
        self.endResetModel()

    def favourites(self) -> frozenset[str]:
        return self._favourites

    def set_favourites(self, exercise_ids: Iterable[str]) -> None:
        """The clinic's favourite exercises: they sort first, with a star, and have their own filter."""
        favourites = frozenset(exercise_ids)
        if favourites != self._favourites:
            self._favourites = favourites
            self.set_exercises(list(self._exercises))

    def is_favourite(self, exercise_id: str) -> bool:
        return exercise_id in self._favourites

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def matching(self, library_filter: LibraryFilter) -> bytes:
        """One byte per row, 1 where the exercise passes the filter."""
        return library_filter.matching(self._facts)

    def row_of(self, exercise_id: str) -> int | None:
        return self._rows.get(exercise_id)

    def _listed(self) -> list:
        return self._exercises

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            star = FAVOURITE_MARK if column == self.NAME_COLUMN and exercise.id in self._favourites else ""
            return star + _cell_text(exercise, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME_COLUMN and self._thumbnail:
            return self._thumbnail(exercise)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(exercise, column)
        if role == CLINICAL_ROLE and column == self.NAME_COLUMN:
            return exercise.clinical_name and one_line(exercise.clinical_name)
        if role == SEARCH_ROLE:
            return self._facts.search[index.row()]
        if role == EXERCISE_ROLE:
            return exercise
        if role == ID_ROLE:
            return exercise.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return ids_to_mime(self._exercises[row].id for row in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def _cell_text(exercise: Exercise, column: int) -> str:
    if column == 0:
        if exercise.archived:
            archived = QCoreApplication.translate("LibraryTableModel", "{name} (archived)")
            return archived.format(name=isolated(exercise.shown_name()))
        return one_line(exercise.shown_name())
    if column == 1:
        return vocabulary_name(exercise.category)
    if column == 2:
        return str(exercise.earliest_stage)
    return vocabulary_name(exercise.position)


def _tooltip(exercise: Exercise, column: int) -> str:
    if column == 2:
        stage = exercise.earliest_stage
        words = QCoreApplication.translate("LibraryTableModel", "From stage {stage} ({name}) on")
        return words.format(stage=stage, name=stage_name(stage))
    return "\n".join([one_line(exercise.shown_name()), *clinical_lines(exercise), one_line(exercise.summary)])


def clinical_lines(exercise: Exercise) -> list[str]:
    """The clinical name and abbreviations, as tooltip lines (none when the exercise has neither)."""
    clinical = QCoreApplication.translate("LibraryTableModel", "Clinical name: {name}")
    lines = [clinical.format(name=isolated(exercise.clinical_name))] if exercise.clinical_name else []
    if exercise.abbreviations:
        known = QCoreApplication.translate("LibraryTableModel", "Also known as: {names}")
        lines.append(known.format(names=", ".join(isolated(name) for name in exercise.abbreviations)))
    return lines


@dataclass(frozen=True)
class LibraryFilter:
    """What the therapist is looking for. Empty fields filter nothing; every search word must occur."""

    text: str = ""
    category: Category | None = None
    stage: int | None = None  # exercises whose earliest stage is at most this
    position: Position | None = None
    equipment: Equipment | None = None
    region: Region | None = None
    show_archived: bool = False
    favourites_only: bool = False

    def matching(self, facts: LibraryFacts) -> bytes:
        """One byte per exercise, 1 where it passes.

        Each condition narrows the rows left by the one before, so a keystroke costs one quick pass
        over the rows still in the running rather than one call per row per condition.
        """
        rows: Iterable[int] = range(len(facts.search)) if self.show_archived else facts.active_rows
        if self.favourites_only:
            rows = [r for r in rows if facts.favourite[r]]
        for pattern in search_patterns(self.text):
            rows = [r for r in rows if pattern in facts.search[r]]
        if self.category is not None:
            rows = [r for r in rows if facts.category[r] == self.category]
        if self.stage is not None:
            rows = [r for r in rows if facts.stage[r] <= self.stage]
        if self.position is not None:
            rows = [r for r in rows if facts.position[r] == self.position]
        if self.equipment is not None:
            rows = [r for r in rows if self.equipment in facts.equipment[r]]
        if self.region is not None:
            rows = [r for r in rows if self.region in facts.regions[r]]
        passing = bytearray(len(facts.search))
        for row in rows:
            passing[row] = 1
        return bytes(passing)


@dataclass(frozen=True)
class LibraryFacts:
    """What filtering looks at, one plain list per fact, in the rows' order.

    Worked out once per library: scanning plain lists is several times faster than reading the
    same values from thousands of pydantic models on every keystroke.
    """

    search: list[str]  # Exercise.search_text(), lower-case
    active_rows: list[int]  # rows that are not archived
    category: list[Category]
    stage: list[int]
    position: list[Position]
    equipment: list[tuple[Equipment, ...]]
    regions: list[tuple[Region, ...]]
    favourite: list[bool]

    @classmethod
    def of(cls, exercises: Sequence[Exercise], favourites: frozenset[str] = frozenset()) -> LibraryFacts:
        return cls(
            search=[e.search_text() for e in exercises],
            active_rows=[row for row, e in enumerate(exercises) if not e.archived],
            category=[e.category for e in exercises],
            stage=[e.earliest_stage for e in exercises],
            position=[e.position for e in exercises],
            equipment=[e.equipment for e in exercises],
            regions=[e.regions for e in exercises],
            favourite=[e.id in favourites for e in exercises],
        )


@dataclass(frozen=True)
class SortedLibrary:
    """Exercises in the model's order (favourites first, then by name) with their facts: 5,000 of them
    take a few hundred milliseconds, worked out on a worker rather than on the GUI thread."""

    favourites: frozenset[str]
    exercises: list[Exercise]
    facts: LibraryFacts
    rows: dict[str, int]  # by exercise id

    @classmethod
    def of(cls, exercises: Iterable[Exercise], favourites: frozenset[str]) -> SortedLibrary:
        ordered = sorted(exercises, key=lambda e: (e.id not in favourites, name_order(e.shown_name()), e.id))
        rows = {e.id: row for row, e in enumerate(ordered)}
        return cls(favourites, ordered, LibraryFacts.of(ordered, favourites), rows)


class LibraryFilterProxy(QSortFilterProxyModel):
    """Rows of a LibraryTableModel that pass a LibraryFilter.

    The rows that pass are worked out in one go per filter; filterAcceptsRow only looks them up,
    and a keystroke that leaves the same rows passing changes nothing at all.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = LibraryFilter()
        self._passing: bytes | None = None  # None: work it out when next asked

    @property
    def library_filter(self) -> LibraryFilter:
        return self._filter

    def setSourceModel(self, model: LibraryTableModel) -> None:
        if self.sourceModel() is not None:
            self.sourceModel().modelAboutToBeReset.disconnect(self._forget_passing)
        self._passing = None
        model.modelAboutToBeReset.connect(self._forget_passing)
        super().setSourceModel(model)

    def set_filter(self, library_filter: LibraryFilter) -> None:
        if library_filter == self._filter:
            return
        passing = self._work_out(library_filter)
        if passing == self._passing:
            self._filter = library_filter
            return
        self.beginFilterChange()
        self._filter, self._passing = library_filter, passing
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def exercise_at(self, index: QModelIndex) -> Exercise | None:
        return index.data(EXERCISE_ROLE) if index.isValid() else None

    def index_of(self, exercise_id: str) -> QModelIndex:
        """The proxy index of the exercise's name cell; invalid when it is unknown or filtered out."""
        source = self.sourceModel()
        row = source.row_of(exercise_id) if isinstance(source, LibraryTableModel) else None
        if row is None:
            return QModelIndex()
        return self.mapFromSource(source.index(row, LibraryTableModel.NAME_COLUMN))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called for every row on every change; an exception here would crash Qt, not reach a handler.
        if self._passing is None:
            self._passing = self._work_out(self._filter)
        try:
            return bool(self._passing[source_row])
        except IndexError:
            return False

    def _work_out(self, library_filter: LibraryFilter) -> bytes:
        source = self.sourceModel()
        return source.matching(library_filter) if isinstance(source, LibraryTableModel) else b""

    def _forget_passing(self) -> None:
        self._passing = None
