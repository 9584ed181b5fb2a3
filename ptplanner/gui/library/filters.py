"""The row of choices that narrow the library: category, stage, position, equipment, body region."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QWidget

from ptplanner.core.vocabulary import STAGE_NAMES, Category, Equipment, Position, Region
from ptplanner.gui.library.fields import EnumCombo
from ptplanner.gui.library.vocabulary import stage_name
from ptplanner.gui.models.library import LibraryFilter

MIN_COMBO_CHARACTERS = 12  # at the narrowest panel; at its usual width each choice shows whole
COLUMNS = 2  # fits the library's narrow side panel


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.category = EnumCombo(Category, none_label=self.tr("All categories"))
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Any stage"), None)
        for stage in STAGE_NAMES:
            self.stage.addItem(
                self.tr("Up to stage {stage}: {name}").format(stage=stage, name=stage_name(stage)), stage
            )
        self.stage.setToolTip(
            self.tr("Exercises a patient in this stage may do (earliest stage at most this one)")
        )
        self.position = EnumCombo(Position, none_label=self.tr("Any position"))
        self.equipment = EnumCombo(Equipment, none_label=self.tr("Any equipment"))
        self.region = EnumCombo(Region, none_label=self.tr("Any body region"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.favourites_only = QCheckBox(self.tr("★ Favourites"), objectName="favouritesOnly")
        self.favourites_only.setToolTip(self.tr("Show the clinic's favourite exercises only"))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cells = (
            ("category", self.tr("Category"), self.category),
            ("stage", self.tr("Stage"), self.stage),
            ("position", self.tr("Position"), self.position),
            ("equipment", self.tr("Equipment"), self.equipment),
            ("region", self.tr("Region"), self.region),
        )
        # No labels beside the boxes: each box's first choice ("Any equipment") says what it filters, and
        # the room a label took lets the whole choice show in the narrow side panel.
        for number, (key, label, combo) in enumerate(cells):
            row, column = divmod(number, COLUMNS)
            combo.setObjectName(f"{key}Filter")
            combo.setAccessibleName(self.tr("{filter} filter").format(filter=label))
            if not combo.toolTip():
                combo.setToolTip(label)
            # Long choices ("Up to stage 3: Functional strength") must not widen a narrow side panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MIN_COMBO_CHARACTERS)
            # A box alone in the last row takes the whole row ("Cualquier zona del cuerpo" was cut).
            span = COLUMNS - column if number == len(cells) - 1 else 1
            layout.addWidget(combo, row, column, 1, span)
            combo.currentIndexChanged.connect(self.changed)
        row, column = divmod(len(cells), COLUMNS)
        checks = QHBoxLayout()
        checks.addWidget(self.favourites_only)
        checks.addWidget(self.show_archived)
        checks.addStretch()
        # A row of their own across the panel: beside a combo they would widen its column, and the panel.
        layout.addLayout(checks, row + (column > 0), 0, 1, COLUMNS)
        for column in range(COLUMNS):
            layout.setColumnStretch(column, 1)
        self.show_archived.toggled.connect(self.changed)
        self.favourites_only.toggled.connect(self.changed)

    def library_filter(self, text: str) -> LibraryFilter:
        return LibraryFilter(
            text=text,
            category=self.category.value(),
            stage=self.stage.currentData(),
            position=self.position.value(),
            equipment=self.equipment.value(),
            region=self.region.value(),
            show_archived=self.show_archived.isChecked(),
            favourites_only=self.favourites_only.isChecked(),
        )

    def is_narrowing(self) -> bool:
        combos = (self.category, self.stage, self.position, self.equipment, self.region)
        return self.favourites_only.isChecked() or any(combo.currentIndex() > 0 for combo in combos)

    def clear(self) -> None:
        """Back to everything (archived exercises stay as chosen)."""
        for combo in (self.category, self.stage, self.position, self.equipment, self.region):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.favourites_only.blockSignals(True)
        self.favourites_only.setChecked(False)
        self.favourites_only.blockSignals(False)
        self.changed.emit()
