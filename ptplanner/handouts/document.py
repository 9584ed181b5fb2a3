"""A patient's handout as a PDF: the same input always gives the same bytes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.dates import DateWords
from ptplanner.core.handout_text import StageTiming
from ptplanner.core.language import Language, clinic_word, speaking, tr, tr_clinic
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.sheet_map import SheetMap
from ptplanner.core.translation import Translations, program_in
from ptplanner.core.video import video_for
from ptplanner.core.walking_program import is_walking_item
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.exercise_block import exercise_block
from ptplanner.handouts.flowables import FittingBlock, HereOrOverleaf, Where
from ptplanner.handouts.log_sheet import NAME_LINES, log_sheets, names_wrap, stage_end_note
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.overview import goals, in_short, overview
from ptplanner.handouts.page import Footer, numbered_canvas
from ptplanner.handouts.printed import PrintedDocument
from ptplanner.handouts.sheet_marks import LogSheetMarks
from ptplanner.handouts.styles import MARGIN, TOP_MARGIN, Layout, Look, look
from ptplanner.handouts.tail_trial import Blank, tail_pages
from ptplanner.handouts.walking import walking_plan

PAGE_SIZES = {Paper.LETTER: LETTER, Paper.A4: A4}


@dataclass(frozen=True)
class LogWay:
    """How the handout's last part is printed: the lines the log sheet's row names may take, whether the
    log says that the stage ends before it does (log_sheet.stage_end_note), and whether the key points
    come again before it ("In short") and the goals say what the stage is for (both, in large print, only
    where that costs no page)."""

    name_lines: int = NAME_LINES
    stage_end: bool = True
    summary: bool = True
    about: bool = True  # what the stage is for, leading its goals (overview.goals)


LOG_AS_USUAL = LogWay()
# A build: the PDF, its page count, its log sheet's marks, where its closing part began (HereOrOverleaf)
Built = tuple[bytes, int, LogSheetMarks | None, Where | None]
DESCENT_SHARE = 0.1  # of the body size: room under the frame's last line for its letters' tails


@dataclass(frozen=True)
class Handout(PrintedDocument):
    stage_index: int  # the stage printed (the current one, unless the options chose another)
    language: Language = Language.ENGLISH
    sheet_map: SheetMap | None = None  # where the log sheet's boxes are, when built with a handout id


def build_handout(
    patient: Patient,
    program: Program,
    clinic: ClinicSettings,
    options: HandoutOptions,
    today: date,
    font_folders: Sequence[Path] | None = None,
    translations: Translations | None = None,
    handout_id: str | None = None,
) -> Handout:
    """The handout for one stage of the program (by default the current one), printed on `today`, in
    the options' language, else the patient's, else the clinic's.

    `font_folders` are searched for a font with characters the bundled fonts lack (default: the
    computer's usual font folders). `translations`: the templates' phrases and the library's
    exercises, for texts the program's copies lack. With `handout_id` (the id the printed copy will be
    recorded under), the log sheet's pages carry a code and corner marks so a scan of them can be read.
    Raises HandoutError when there is nothing to print.
    """
    translations = translations or Translations()
    language = options.language or patient.handout_language(clinic.language)
    with speaking(language, translations.phrases.get(language)) as missed:
        handout = _build(
            patient, program, clinic, options, today, font_folders, translations, language, handout_id
        )
    # For the person printing, in the app's language (outside the patient's language of the block above)
    notices = _notices(HandoutContent.of(patient, program, clinic, options.stage_index, today))
    notices += handout.warnings
    notices += untranslated_notices(program, handout, missed, translations, language)
    return replace(handout, warnings=tuple(notices), language=language)


_LANGUAGE_NAMES = {Language.ENGLISH: clinic_word("English"), Language.SPANISH: clinic_word("Spanish")}


def untranslated_notices(
    program: Program, handout: Handout, missed: list[str], translations: Translations, language: Language
) -> list[str]:
    """What printed in English in a handout in another language: exercises (marked on the page) and the
    therapist's own words (notes, stage names and goals typed in the program), quoted briefly."""
    if language is Language.ENGLISH:
        return []
    stage = program.stages[handout.stage_index]
    _, english = program_in(program, language, translations.library)
    lacking = tr_clinic(
        "Exercise {number} ({name}) has no {language} text: it prints in English, marked for the patient."
    )
    notices = [
        lacking.format(number=number, name=item.exercise.name, language=tr_clinic(_LANGUAGE_NAMES[language]))
        for number, item in enumerate(stage.items, start=1)
        if item.id in english
    ]
    as_written = tr_clinic("Not translated, printed as written: \u201c{text}\u201d")
    notices += [as_written.format(text=_quoted(text)) for text in missed]
    return notices


def _quoted(text: str, most: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "\u2026"


def _build(
    patient: Patient,
    program: Program,
    clinic: ClinicSettings,
    options: HandoutOptions,
    today: date,
    font_folders: Sequence[Path] | None,
    translations: Translations,
    language: Language,
    handout_id: str | None,
) -> Handout:
    content = localized_content(patient, program, clinic, options, today, translations, language)
    layout, footer = page_layout(patient, program, options, today, font_folders)
    page_size = PAGE_SIZES[options.paper]
    warnings: list[str] = []  # the logo's, if it cannot be read; build_handout adds the notices
    # Tried where they may save a page, kept only where they do: over the target, the goals at the top
    # of page 2, before the exercises, where they fill room left there; and with either, the log sheet's
    # row names cut to one line (else whole on two, where they need it), then the log without its line on
    # the stage ending before it does, then both; in large print, last, each of those without the line
    # on what the stage is for, then without the key points again ("In short") too (normal print always
    # has both). The last part's ways are tried on that part alone first (tail_trial.py), and built whole
    # only where that saves a page.
    note = options.log_sheet and bool(stage_end_note(content, layout, options.log_weeks))
    wraps = options.log_sheet and names_wrap(content, layout, options.log_weeks)
    goals = bool(content.stage.goals) and not options.large_print
    log_ways = [LOG_AS_USUAL]
    log_ways += [replace(LOG_AS_USUAL, name_lines=1)] if wraps else []
    # The line on the stage's end is kept where cutting the names saves the page instead.
    log_ways += [replace(LOG_AS_USUAL, stage_end=False)] if note else []
    log_ways += [replace(LOG_AS_USUAL, name_lines=1, stage_end=False)] if note and wraps else []
    tries = log_ways[1:]
    if options.large_print:
        tries += [replace(way, about=False) for way in log_ways] if content.stage.about.strip() else []
        tries += [replace(way, about=False, summary=False) for way in log_ways] if content.stage.items else []
    built: Built | None = None
    for goals_first in (False, True):
        if goals_first and not (goals and built[1] > page_target(len(content.stage.items))):
            continue
        way = LOG_AS_USUAL
        best = _printed(content, layout, options, [] if built else warnings, handout_id, page_size, footer,
                        goals_first, way)
        tails = TailPages(content, layout, options, goals_first, best[3])
        for tried_way in tries:
            if not tails.may_be_fewer(tried_way, way):
                continue
            tried = _printed(
                content, layout, options, [], handout_id, page_size, footer, goals_first, tried_way
            )
            if tried[1] < best[1]:
                best, way = tried, tried_way
        if built is None or best[1] < built[1]:
            built = best
    pdf, pages, marks, _where = built
    sheet_map = marks.sheet_map() if marks else None
    return Handout(
        pdf,
        pages,
        tuple(warnings + layout.text.warnings),
        content.stage_index,
        language,
        sheet_map,
    )


class TailPages:
    """The pages the handout's last part (its closing sections, then the log sheet) takes, each way of
    the log sheet measured once (tail_trial.py), from `where` it began in a build with the same content
    before it."""

    def __init__(
        self, content: HandoutContent, layout: Layout, options: HandoutOptions, goals_first: bool,
        where: Where | None,
    ) -> None:
        self._content, self._layout, self._options, self._where = content, layout, options, where
        self._goals_first = goals_first
        self._pages: dict[LogWay, int | None] = {}
        # Each log sheet and each closing part measured once, whatever the other is tried with
        self._logs: dict[tuple[int, bool], list[Flowable] | None] = {}
        self._ends: dict[tuple[bool, bool], list[Flowable]] = {}
        self._canvas = Canvas(BytesIO())

    def may_be_fewer(self, tried: LogWay, built: LogWay) -> bool:
        """Whether the last part printed the `tried` way may take fewer pages than the `built` way (True
        where only a whole build can tell)."""
        pages = [self._of(way) for way in (tried, built)]
        return None in pages or pages[0] < pages[1]

    def _of(self, way: LogWay) -> int | None:
        """None: only a whole build can tell (as for a handout without a log sheet, whose closing part
        follows the last exercise with no mark of where it began)."""
        if way not in self._pages:
            log_key, end_key = (way.name_lines, way.stage_end), (way.summary, way.about)
            if log_key not in self._logs:
                log = _log(self._content, self._layout, self._options, None, way)
                self._logs[log_key] = None if log is None else self._measured(log)
            if end_key not in self._ends:
                self._ends[end_key] = self._measured(
                    _end(self._content, self._layout, self._options, self._goals_first, way)
                )
            log, end = self._logs[log_key], self._ends[end_key]
            self._pages[way] = None if log is None else tail_pages(end, log, self._layout, self._where)
        return self._pages[way]

    def _measured(self, parts: list[Flowable]) -> list[Flowable]:
        return [Blank(part, self._layout.width, self._canvas) for part in parts]


def localized_content(
    patient: Patient, program: Program, clinic: ClinicSettings, options: HandoutOptions, today: date,
    translations: Translations, language: Language,
) -> HandoutContent:
    """What the handout prints, its exercises' words in `language` where the program or the library has
    them (the others marked as printed in English)."""
    content = HandoutContent.of(patient, program, clinic, options.stage_index, today)
    localized, english = program_in(content.program, language, translations.library)
    return HandoutContent(patient, localized, clinic, content.stage_index, english)


def page_layout(
    patient: Patient, program: Program, options: HandoutOptions, today: date, font_folders: Sequence[Path] | None
) -> tuple[Layout, Footer]:
    """The text frame every part is measured against, and the footer under it (its height, the name's and
    the program's lines, takes from the frame)."""
    page_size = PAGE_SIZES[options.paper]
    style = look(options.large_print)
    width = page_size[0] - 2 * style.side_margin
    text = TextMarkup(font_folders)
    dates = DateWords(options.paper.date_style)
    program_line = tr("Program of {day}, version {version}").format(
        day=dates.full(program.created_on), version=program.version
    )
    footer = Footer(
        patient.name, program_line, style.footer, text, tr("Page {number} of {total}"), style.side_margin, width
    )
    frame_height = page_size[1] - TOP_MARGIN - MARGIN - footer.height
    height = frame_height - _descent(style)
    return Layout(style, text, width, height, today, options.paper.date_style), footer


def page_target(exercises: int) -> int:
    """The most pages a handout in normal print with its log sheet should take: 5 for up to 6 exercises,
    one more for every two more (8 for 12)."""
    return 5 + max(0, exercises - 5) // 2


def _printed(
    content: HandoutContent, layout: Layout, options: HandoutOptions, warnings: list[str],
    handout_id: str | None, page_size: tuple[float, float], footer: Footer, goals_first: bool,
    way: LogWay = LOG_AS_USUAL,
) -> Built:
    """The PDF, its page count, its log sheet's marks (with a handout id) and where the closing sections
    and the log sheet began (None: the log sheet alone, on a page of its own). `way`: how the log sheet is
    printed."""
    style = layout.look
    marks = LogSheetMarks(handout_id) if handout_id else None
    story = _story(content, layout, options, warnings, marks, goals_first, way)
    descent = _descent(style)
    frame_height = layout.height + descent
    buffer = BytesIO()
    # No padding but the descent: the layout measures every block against exactly this width and height.
    frame = Frame(
        style.side_margin, MARGIN + footer.height, layout.width, frame_height, 0, descent, 0, 0, id="text"
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        title=tr("Home exercise program"),
        author="ptplanner",
        creator="ptplanner",
        invariant=1,
        initialFontName=style.body.fontName,
    )
    pages: list[int] = []
    tail = next((flowable for flowable in story if isinstance(flowable, HereOrOverleaf)), None)
    document.build(story, canvasmaker=numbered_canvas(footer.draw, pages))  # (it empties `story`)
    return buffer.getvalue(), pages[-1], marks, None if tail is None else tail.asked


def _descent(style: Look) -> float:
    """A line's letters hang below its box in tight lists (leading 1.18): kept out of the gap above the
    footer, as the frame's bottom padding."""
    return style.body.fontSize * DESCENT_SHARE


def _notices(content: HandoutContent) -> list[str]:
    """What the person printing should know about this handout before handing it over."""
    notices = []
    number = content.stage_index + 1
    if content.timing is StageTiming.PAST:
        said = tr_clinic(
            "Stage {number} is a past stage: page 1 says so. The patient's current stage is stage {current}."
        )
        notices.append(said.format(number=number, current=(content.program.current_stage_index() or 0) + 1))
    elif content.timing is StageTiming.COMING:
        said = tr_clinic(
            "Stage {number} is a coming stage: page 1 says so, and its log sheet starts on the stage's first"
            " day when that is still ahead."
        )
        notices.append(said.format(number=number))
    if not content.patient.surgeon_phone:
        notices.append(tr_clinic(
            "The patient record has no surgeon's office phone, so the warning signs say to call the surgeon's"
            " office without a number. Add it under Edit patient (Ctrl+E)."
        ))
    return notices


def _story(
    content: HandoutContent, layout: Layout, options: HandoutOptions, warnings: list[str],
    marks: LogSheetMarks | None, goals_first: bool = False, way: LogWay = LOG_AS_USUAL,
) -> list[Flowable]:
    story = overview(content, layout, warnings)
    if goals_first:  # at the top of page 2, spaced as page 1's sections above them
        story += goals(content, layout, close=True)
    items = content.stage.items
    heading = exercises_heading(layout)
    walking = [number for number, item in enumerate(items, start=1) if is_walking_item(item)][:1]
    for number, item in enumerate(items, start=1):
        block = item_block(content, layout, number, heading if number == 1 else ())
        if isinstance(story[-1], FittingBlock):  # the block before packs closer where that lets this one follow
            story[-1].follower = block
        story.append(block)
        if number in walking:  # the plan's table right under the (first) walking exercise it doses
            story += walking_plan(content, layout, under_its_exercise=True)
    end = _end(content, layout, options, goals_first, way)
    log = _log(content, layout, options, marks, way)
    if log is not None:
        return [*story, HereOrOverleaf(end, log, layout.height)] if end else [*story, PageBreak(), *log]
    return story + end


def _end(
    content: HandoutContent, layout: Layout, options: HandoutOptions, goals_first: bool,
    way: LogWay = LOG_AS_USUAL,
) -> list[Flowable]:
    """What closes the handout, before its log sheet: the goals (unless printed first), the walking plan
    (unless under its exercise) and the key points again (as `way` says: in large print, where they would
    often take a page of their own beside a log sheet that fills its pages, only where they cost none)."""
    items = content.stage.items
    stage_goals = [] if goals_first else goals(content, layout, about=way.about)
    walking = [] if any(map(is_walking_item, items)) else walking_plan(content, layout)
    summary = in_short(layout, _has_log(content, options)) if items and way.summary else []
    return stage_goals + walking + summary


def _has_log(content: HandoutContent, options: HandoutOptions) -> bool:
    return options.log_sheet and bool(content.stage.items or content.stage.walking is not None)


def _log(
    content: HandoutContent, layout: Layout, options: HandoutOptions, marks: LogSheetMarks | None, way: LogWay
) -> list[Flowable] | None:
    """The log sheet without its page break (the story places it), or None when the handout has none."""
    if not _has_log(content, options):
        return None
    log = log_sheets(content, layout, options.log_weeks, way.name_lines, way.stage_end)[1:]
    if marks:
        marks.mark(log, content, layout)
    return log


def exercises_heading(layout: Layout) -> list[Flowable]:
    """The heading over the first exercise, which stays on its page."""
    return [Paragraph(tr("Your exercises"), layout.look.section)]


def item_block(content: HandoutContent, layout: Layout, number: int, lead: Sequence[Flowable]) -> FittingBlock:
    """The block of the stage's `number`th exercise, as the handout prints it."""
    item = content.stage.items[number - 1]
    video = video_for(item.exercise.id, item.exercise.video_url, content.clinic.exercise_videos)
    return exercise_block(number, item, layout, lead, video=video, in_english=item.id in content.in_english)
