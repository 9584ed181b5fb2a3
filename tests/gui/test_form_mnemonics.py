"""Every field of a form can be reached with Alt and a letter: the label beside (or above) an input has a
mnemonic (&) and the input as its buddy, and no letter is used twice in one dialog, buttons included, or in
the main window's program editor, its menus included; in English and in Spanish."""

import re

import pytest
from dialog_openers import CASES
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ptplanner.gui.patients.precaution_row import PrecautionRow

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)
# A row a form repeats (one per precaution): its labels have buddies but no Alt+letter, which could not go
# to every row; the row's label in the form ("Precautions") has one.
REPEATED_ROWS = (PrecautionRow,)
OPENERS = [o for openers in CASES.values() for o in openers]


def first_input(item) -> QWidget | None:
    """The input a layout item holds: the widget itself, or the first input in its layout."""
    if item is None:
        return None
    widget = item.widget()
    if isinstance(widget, INPUTS):
        return widget
    layout = item.layout()
    if layout is not None:
        for index in range(layout.count()):
            found = first_input(layout.itemAt(index))
            if found is not None:
                return found
    return None


def neighbours(layout: QLayout) -> list[tuple[object, object]]:
    """(label item, the item it labels): a form's rows, a box's next item, a grid's next or lower cell."""
    if isinstance(layout, QFormLayout):
        role = QFormLayout.ItemRole
        return [(layout.itemAt(row, role.LabelRole), layout.itemAt(row, role.FieldRole))
                for row in range(layout.rowCount())]
    if isinstance(layout, QBoxLayout):
        return [(layout.itemAt(i), layout.itemAt(i + 1)) for i in range(layout.count() - 1)]
    if isinstance(layout, QGridLayout):
        return [(layout.itemAtPosition(row, column), layout.itemAtPosition(row + down, column + right))
                for row in range(layout.rowCount()) for column in range(layout.columnCount())
                for down, right in ((0, 1), (1, 0))]
    return []


def input_labels(root: QWidget) -> dict[QLabel, QWidget]:
    """Each label shown beside or above an input in `root`, and that input."""
    found = {}
    for layout in root.findChildren(QLayout):
        in_form = isinstance(layout, QFormLayout)
        for label_item, field_item in neighbours(layout):
            label = label_item.widget() if label_item is not None else None
            field = first_input(field_item)
            if isinstance(label, QLabel) and field is not None and is_field_label(label, root, in_form):
                found[label] = field
    return found


def is_field_label(label: QLabel, root: QWidget, in_form: bool) -> bool:
    """A form's row label, or a short one-line label before an input (not a paragraph above it)."""
    shown = label.isVisibleTo(root) and bool(label.text().strip())
    return shown and (in_form or not label.wordWrap())


def letters(texts: list[str]) -> list[str]:
    return [match.lower() for text in texts for match in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def problems(root: QWidget, also: list[str] = ()) -> list[str]:
    """What is missing or taken twice in `root`; `also`: other texts whose letters work at the same time."""
    said = []
    for label, field in input_labels(root).items():
        name = f"{label.text()!r} ({type(field).__name__} {field.objectName()!r})"
        if label.buddy() is None:
            said.append(f"no buddy: {name}")
        if not letters([label.text()]) and not isinstance(label.parentWidget(), REPEATED_ROWS):
            said.append(f"no Alt+letter: {name}")
    texts = [label.text() for label in root.findChildren(QLabel) if label.buddy() and label.isVisibleTo(root)]
    texts += [button.text() for button in root.findChildren(QAbstractButton) if button.isVisibleTo(root)]
    texts += also
    used = letters(texts)
    twice = sorted({letter for letter in used if used.count(letter) > 1})
    if twice:
        said.append(f"Alt+{', Alt+'.join(twice)} used twice in {sorted(t for t in texts if '&' in t)}")
    return said


@pytest.mark.parametrize("window_fixture", ["demo_window", "spanish_window"])
@pytest.mark.parametrize("opener", OPENERS, ids=lambda opener: opener.__name__)
def test_each_dialogs_fields_have_their_own_alt_letter(qtbot, request, monkeypatch, opener, window_fixture):
    window = request.getfixturevalue(window_fixture)
    dialog, _ = opener(qtbot, window, monkeypatch)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, window)
    found = problems(dialog)
    dialog.reject()
    wait_idle(qtbot, window)
    assert not found, "\n".join(found)



@pytest.mark.parametrize("window_fixture", ["demo_window", "spanish_window"])
def test_the_program_editors_fields_have_their_own_alt_letter(qtbot, request, window_fixture):
    """The template box, the move date, the stage's fields and its walking plan: each label has its field
    and a letter no menu, button or other label of the window takes while the program is shown."""
    window = request.getfixturevalue(window_fixture)
    qtbot.waitActive(window)
    open_patient(qtbot, window, "Robert Chen")
    window.patient_page.open_on(progress=False)
    editor = window.editor
    assert editor.stage_form.walking.enabled.isChecked()  # the walking plan's fields take their letters
    menus = [action.text() for action in window.menuBar().actions()]
    found = problems(window, also=menus)
    assert not found, "\n".join(found)

    labels = input_labels(editor)
    assert len(labels) == 14
    for label in labels:
        editor.items.setFocus()
        qtbot.keyClick(editor.items, letters([label.text()])[0], Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is label.buddy(), label.text()
