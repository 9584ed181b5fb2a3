"""The detail pane: everything about one exercise, with its easier and harder variations as links."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.language import Language, current_language, known
from ptplanner.core.library import Library
from ptplanner.core.safe_text import one_line
from ptplanner.core.translation import in_language
from ptplanner.gui.library.vocabulary import shown, stage_name

# Labelled pictures, each of the size the callback gives for how many there are.
PictureSource = Callable[[Exercise, Callable[[int], QSize]], list[tuple[str, QImage]]]

LINK_SCHEME = "exercise"
MIN_PICTURE_WIDTH, MAX_PICTURE_WIDTH = 120, 260  # two side by side; three share the narrowest row of two
PICTURE_MARGINS = 48  # the document's margins and the gaps around the pictures
READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "ExerciseDetail",
    "This exercise comes with ptplanner and cannot be changed. "
    "To adapt it, choose Duplicate and edit the copy.",
)
NOTHING_SELECTED = QT_TRANSLATE_NOOP("ExerciseDetail", "Choose an exercise to see how it is done.")
NO_TRANSLATION = QT_TRANSLATE_NOOP(
    "ExerciseDetail", "This exercise has no text in your language yet: its patient text is shown in English."
)
_STYLE = """
h2 { margin-bottom: 2px; }
h3 { margin-top: 12px; margin-bottom: 2px; }
.meta { color: #555; }
.stop { background: #fdecea; }
.note { color: #555; font-style: italic; }
.caption { color: #555; }
.clinical { color: #333; margin-top: 0; }
"""


def _words() -> dict[str, str]:
    """The pane's own words in the user's language (looked up when the pane is drawn)."""
    return {
        "Also known as:": QCoreApplication.translate("ExerciseDetail", "Also known as:"),
        "Clinic exercise": QCoreApplication.translate("ExerciseDetail", "Clinic exercise"),
        "Clinical name:": QCoreApplication.translate("ExerciseDetail", "Clinical name:"),
        "Comes with ptplanner": QCoreApplication.translate("ExerciseDetail", "Comes with ptplanner"),
        "No picture yet.": QCoreApplication.translate("ExerciseDetail", "No picture yet."),
        "Stop if:": QCoreApplication.translate("ExerciseDetail", "Stop if:"),
        "Usual dose": QCoreApplication.translate("ExerciseDetail", "Usual dose"),
        "Variations": QCoreApplication.translate("ExerciseDetail", "Variations"),
        "Video:": QCoreApplication.translate("ExerciseDetail", "Video:"),
        READ_ONLY_NOTE: QCoreApplication.translate("ExerciseDetail", READ_ONLY_NOTE),
    }


def exercise_link(exercise_id: str) -> str:
    return f"{LINK_SCHEME}:{exercise_id}"


class ExerciseDetail(QTextBrowser):
    """Shows one exercise, its pictures as wide as the pane allows (two or three side by side).

    Clicking a variation emits `exercise_link_clicked` with its id.
    """

    exercise_link_clicked = Signal(str)

    def __init__(self, pictures: PictureSource, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(_STYLE)
        self.anchorClicked.connect(self._follow)
        self._pictures = pictures
        self._shown: tuple[Exercise, Library] | None = None
        self._picture_size = QSize()
        self._picture_count = 2
        self.show_nothing()

    def show_nothing(self) -> None:
        self._shown = None
        text = escape(self.tr(NOTHING_SELECTED))
        self.setHtml(f"<p style='color:#666'>{text}</p>")

    def show_exercise(self, exercise: Exercise, library: Library) -> None:
        self._shown = (exercise, library)
        self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown is not None and self._fitting_picture_size(self._picture_count) != self._picture_size:
            self._render()

    def _render(self) -> None:
        assert self._shown is not None
        exercise, library = self._shown
        self._sized_for(2)  # until the pictures say how many they are
        names = []
        for number, (label, image) in enumerate(self._pictures(exercise, self._sized_for)):
            name = f"picture-{number}"
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            names.append((label, name))
        self.setHtml(exercise_html(exercise, library, names))

    def _sized_for(self, count: int) -> QSize:
        self._picture_count = count
        self._picture_size = self._fitting_picture_size(count)
        return self._picture_size

    def _fitting_picture_size(self, count: int) -> QSize:
        # Steps of 20 px, so a scroll bar coming and going does not redraw the pictures back and forth.
        count = max(count, 2)
        room = (self.viewport().width() - PICTURE_MARGINS) // count // 20 * 20
        width = max(MIN_PICTURE_WIDTH * 2 // count, min(MAX_PICTURE_WIDTH, room))
        return QSize(width, width * 3 // 4)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.exercise_link_clicked.emit(url.path())


def shown_text(exercise: Exercise) -> tuple[Exercise, bool]:
    """The exercise as the pane shows it: its patient text in the app's language where it has one (the
    exercise editor keeps the English to edit), and whether a language other than English lacks it."""
    language = current_language()
    if language is Language.ENGLISH:
        return exercise, False
    text = exercise.translations.get(language.value)
    return (exercise, True) if text is None else (in_language(exercise, text, language), False)


def exercise_html(exercise: Exercise, library: Library, pictures: list[tuple[str, str]]) -> str:
    """The pane's text; `pictures` are (label, resource name) pairs. Every user string is escaped."""
    words = _words()
    exercise, untranslated = shown_text(exercise)
    stage = exercise.earliest_stage
    origin = words["Clinic exercise"] if exercise.origin is Origin.CLINIC else words["Comes with ptplanner"]
    archived = (
        " · <b>" + QCoreApplication.translate("ExerciseDetail", "archived") + "</b>"
        if exercise.archived
        else ""
    )
    from_stage = QCoreApplication.translate("ExerciseDetail", "from stage {stage} ({name})").format(
        stage=stage, name=stage_name(stage)
    )
    category = escape(shown(exercise.category))
    position = escape(shown(exercise.position))
    parts = [
        f"<h2>{_plain(exercise.name)}</h2>",
        _clinical(exercise),
        _untranslated_note() if untranslated else "",
        f"<p class='meta'>{category} · {position} · {from_stage} · {origin}{archived}</p>",
        _pictures_table(pictures),
        f"<p>{_plain(exercise.summary)}</p>",
        f"<h3>{words['Usual dose']}</h3><p>{_plain(exercise.dosage.describe())}</p>",
        _list(QCoreApplication.translate("ExerciseDetail", "Steps"), exercise.steps, ordered=True),
        _list(QCoreApplication.translate("ExerciseDetail", "Tips"), exercise.cues),
        f"<p class='stop'><b>{words['Stop if:']}</b> {_plain(exercise.stop_if)}</p>",
        _list(QCoreApplication.translate("ExerciseDetail", "Precautions"), exercise.precautions),
        _list(QCoreApplication.translate("ExerciseDetail", "Do not use when") + _in_english(),
              exercise.contraindications),
        _variations(exercise, library),
        _facts(exercise),
    ]
    if exercise.origin is Origin.BUNDLED:
        parts.append(f"<p class='note'>{words[READ_ONLY_NOTE]}</p>")
    return "".join(part for part in parts if part)


def _plain(text: str) -> str:
    """The clinic's or a library file's text, as one line of the pane (core/safe_text.py), escaped."""
    return escape(one_line(text))


def _clinical(exercise: Exercise) -> str:
    """The names therapists use, for the therapist only (the handout keeps the patient's name)."""
    words = _words()
    lines = []
    if exercise.clinical_name:
        lines.append(f"{words['Clinical name:']} <b>{_plain(exercise.clinical_name)}</b>{_in_english()}")
    if exercise.abbreviations:
        lines.append(f"{words['Also known as:']} {_plain(', '.join(exercise.abbreviations))}{_in_english()}")
    return f"<p class='clinical'>{'<br>'.join(lines)}</p>" if lines else ""


def _untranslated_note() -> str:
    return f"<p class='note'>{escape(QCoreApplication.translate('ExerciseDetail', NO_TRANSLATION))}</p>"


def _in_english() -> str:
    """After a text the library has in English only (clinical names, contraindications), on a screen in
    another language: says so, rather than mixing languages unmarked."""
    if current_language() is Language.ENGLISH:
        return ""
    return " <span class='note'>" + QCoreApplication.translate("ExerciseDetail", "(in English)") + "</span>"


def _pictures_table(pictures: list[tuple[str, str]]) -> str:
    words = _words()
    if not pictures:
        return f"<p class='note'>{words['No picture yet.']}</p>"
    cells = "".join(
        f"<td align='center'><img src='{name}'><br><span class='caption'>{escape(caption)}</span></td>"
        for caption, name in ((_caption(label), name) for label, name in pictures)
    )
    return f"<table cellspacing='6'><tr>{cells}</tr></table>"


def _caption(label: str) -> str:
    """A drawn picture's label ("Start", "End") in the language being spoken (the handout's words); a
    photo's label comes already translated by Qt."""
    return known(label, current_language()) or label


def _list(title: str, lines: tuple[str, ...], ordered: bool = False) -> str:
    if not lines:
        return ""
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{_plain(line)}</li>" for line in lines)
    return f"<h3>{title}</h3><{tag}>{items}</{tag}>"


def _variations(exercise: Exercise, library: Library) -> str:
    words = _words()
    rows = []
    for label, ids in (
        (QCoreApplication.translate("ExerciseDetail", "Easier"), exercise.easier),
        (QCoreApplication.translate("ExerciseDetail", "Harder"), exercise.harder),
    ):
        links = [_variation_link(library, exercise_id) for exercise_id in ids]
        if links:
            rows.append(f"<p><b>{label}:</b> {', '.join(links)}</p>")
    return f"<h3>{words['Variations']}</h3>" + "".join(rows) if rows else ""


def _variation_link(library: Library, exercise_id: str) -> str:
    target = library.get(exercise_id)
    if target is None:
        return escape(exercise_id)
    name = _plain(target.shown_name())
    if target.archived:
        return QCoreApplication.translate("ExerciseDetail", "{name} (archived)").format(name=name)
    return f"<a href='{escape(exercise_link(exercise_id))}'>{name}</a>"


def _facts(exercise: Exercise) -> str:
    words = _words()
    facts = (
        (QCoreApplication.translate("ExerciseDetail", "Equipment"), exercise.equipment),
        (QCoreApplication.translate("ExerciseDetail", "Body regions"), exercise.regions),
        (QCoreApplication.translate("ExerciseDetail", "Muscles"), exercise.muscles),
        (QCoreApplication.translate("ExerciseDetail", "Spine movements"), exercise.movements),
    )
    lines = [
        f"<b>{label}:</b> {escape(', '.join(shown(value) for value in values))}"
        for label, values in facts
        if values
    ]
    # The id names the exercise in Clinic settings > Exercise videos; the address is text, never a link.
    lines.append(f"<b>Id:</b> {escape(exercise.id)}")
    if exercise.video_url:
        video = QCoreApplication.translate("ExerciseDetail", "{address} (printed as a QR code)").format(
            address=escape(exercise.video_url)
        )
        lines.append(f"<b>{words['Video:']}</b> {video}")
    return f"<p class='meta'>{'<br>'.join(lines)}</p>" if lines else ""
