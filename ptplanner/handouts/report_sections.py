"""The sections of the progress report, each built from the progress figures, in the report's order.

Caps keep the report to two pages whatever was typed or logged; each says in print what it left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ptplanner.core.adherence import Measure
from ptplanner.core.dates import DateWords
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import ProgressFigures
from ptplanner.core.progress.flags import excerpt
from ptplanner.core.progress.log import stage_entered_on
from ptplanner.core.progress.outcomes import OutcomeTrend
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import Suggestion
from ptplanner.handouts.charts import adherence_chart, pain_chart
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.markup import TextMarkup

MAX_NAME = 100
MAX_STAGE_NAME = 60
MAX_FLAGS = 4
MAX_ITEMS = 10
MAX_NOTES = 4
MAX_THERAPIST_NOTES = 600
ELLIPSIS = "\u2026"
HEADER_GREY = Color(0.88, 0.88, 0.88)
MEASURE_NAMES = {
    Measure.PAIN_NRS: "Pain (NRS 0 to 10, lower is better)",
    Measure.PSFS: "PSFS (0 to 10, higher is better)",
    Measure.ODI: "ODI (0 to 100, lower is better)",
}


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    name: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    figure: ParagraphStyle

    @classmethod
    def make(cls) -> ReportStyles:
        regular, bold = register_fonts()
        body = ParagraphStyle(
            "body", fontName=regular, fontSize=9.5, leading=12, spaceAfter=2, textColor=black
        )
        return cls(
            title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=16, leading=19),
            name=ParagraphStyle("name", parent=body, fontName=bold, fontSize=13, leading=16, spaceAfter=3),
            section=ParagraphStyle(
                "section",
                parent=body,
                fontName=bold,
                fontSize=11.5,
                leading=14,
                spaceBefore=8,
                spaceAfter=3,
                keepWithNext=1,
            ),
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
            figure=ParagraphStyle(
                "figure", parent=body, fontName=bold, fontSize=14, leading=17, spaceAfter=0
            ),
        )


@dataclass(frozen=True)
class ReportSections:
    """The report's sections in order, each a list of flowables; user text is always printed as typed."""

    patient: Patient
    program: Program
    figures: ProgressFigures
    rules: ProgressRules
    text: TextMarkup
    styles: ReportStyles
    width: float
    dates: DateWords

    def story(self, suggestions: Sequence[Suggestion]) -> list[Flowable]:
        return [
            *self._header(),
            *self._key_figures(),
            *self._flags(),
            *self._suggestions(suggestions),
            *self._charts(),
            *self._outcomes(),
            *self._current_stage(),
            *self._notes(),
        ]

    def _paragraph(self, text: str, style: ParagraphStyle | None = None, label: str = "") -> Paragraph:
        """`text` printed exactly as typed; `label` (ptplanner's own words) goes before it in bold."""
        lead = f"<b>{self.text(label)}</b> " if label else ""
        return Paragraph(lead + self.text(text), style or self.styles.body)

    def _header(self) -> list[Flowable]:
        patient, program, today = self.patient, self.program, self.figures.today
        details = [f"Born {self.dates.full(patient.date_of_birth)}"]
        if patient.surgery_date is not None:
            levels = f", {', '.join(patient.fused_levels)}" if patient.fused_levels else ""
            procedure = f": {patient.procedure}{levels}" if patient.procedure or levels else ""
            details.append(
                f"surgery {self.dates.full(patient.surgery_date)}{procedure} "
                f"(week {patient.week_after_surgery(today)} after surgery)"
            )
        if patient.therapist.strip():
            details.append(f"therapist {patient.therapist}")
        details.append(f"printed {self.dates.full(today)}")
        index = self.figures.stage_index
        stage = "no stages yet"
        if index is not None:
            since = self.dates.long(stage_entered_on(program, today))
            stage = f"Stage {index + 1} of {len(program.stages)}: {self._stage_name(index)}, since {since}"
        return [
            Paragraph("Progress report", self.styles.title),
            self._paragraph(shortened(patient.name, MAX_NAME), self.styles.name),
            self._paragraph(" \u00b7 ".join(details)),
            self._paragraph(
                f"\u201c{program.title}\u201d, version {program.version}. {stage}.", label="Program:"
            ),
        ]

    def _key_figures(self) -> list[Flowable]:
        figures = self.figures
        if not figures.logged:
            return [
                Spacer(1, 6),
                self._paragraph("No log entries yet for this program, so there is nothing to chart."),
            ]
        weeks = self.rules.flag_weeks
        cells = [
            (
                _percent(figures.overall.percent),
                f"of prescribed sessions done since {self.dates.short(figures.weeks[0].start)}",
            ),
            (_percent(figures.recent(weeks).percent), f"in the last {_weeks_text(weeks)}"),
            (_days(figures.streak_days), "in a row with exercise, up to now"),
            (_days(figures.missed_days), "missed in a row, up to now"),
        ]
        row = [
            [Paragraph(value, self.styles.figure), Paragraph(label, self.styles.small)]
            for value, label in cells
        ]
        table = Table([row], colWidths=[self.width / len(cells)] * len(cells), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.styles.body.fontName),  # else Helvetica, not embedded
                    ("BOX", (0, 0), (-1, -1), 0.75, black),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.5, black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [Spacer(1, 6), table]

    def _flags(self) -> list[Flowable]:
        flags = self.figures.flags
        parts: list[Flowable] = [Paragraph("Flags", self.styles.section)]
        if not flags:
            parts.append(Paragraph("None.", self.styles.body))
        for flag in flags[:MAX_FLAGS]:
            parts.append(self._paragraph(flag.message, label=f"\u25a0 {flag.kind.value.capitalize()}:"))
        if len(flags) > MAX_FLAGS:
            parts.append(
                Paragraph(
                    f"And {len(flags) - MAX_FLAGS} more flags: see the patient's page in ptplanner.",
                    self.styles.body,
                )
            )
        return parts

    def _suggestions(self, suggestions: Sequence[Suggestion]) -> list[Flowable]:
        parts: list[Flowable] = [
            Paragraph("Suggested next step (for the therapist to decide)", self.styles.section)
        ]
        if not suggestions:
            parts.append(
                Paragraph("None: the log gives no reason to change the program now.", self.styles.body)
            )
        for suggestion in suggestions:
            parts.append(self._paragraph(suggestion.reason, label=f"{suggestion.title}."))
        return parts

    def _charts(self) -> list[Flowable]:
        if not self.figures.logged:
            return []
        end = self.dates.long(self.figures.weeks[-1].end)
        return [
            KeepTogether(
                [
                    Paragraph("Adherence per week", self.styles.section),
                    adherence_chart(self.figures, self.rules, self.width, 1.55 * inch),
                ]
            ),
            KeepTogether(
                [
                    Paragraph("Pain per week", self.styles.section),
                    pain_chart(self.figures, self.width, 1.75 * inch),
                ]
            ),
            Paragraph(
                f"Weeks are 7 days counted back from {end}, each labelled with its first day; pain is the "
                "mean of the days logged, 0 to 10. Dashed vertical lines mark the days the patient moved to "
                "another stage.",
                self.styles.small,
            ),
        ]

    def _outcomes(self) -> list[Flowable]:
        parts: list[Flowable] = [Paragraph("Outcome measures against baseline", self.styles.section)]
        if not self.figures.outcomes:
            return [*parts, Paragraph("None recorded yet.", self.styles.body)]
        header = ["Measure", "Baseline", "Latest", "Change", "Meaning"]
        rows = [header] + [self._outcome_row(trend) for trend in self.figures.outcomes]
        return [*parts, self._table(rows, [0.3, 0.13, 0.13, 0.09, 0.35])]

    def _outcome_row(self, trend: OutcomeTrend) -> list[str]:
        baseline, latest = trend.baseline, trend.latest
        later = len(trend.points) > 1
        return [
            MEASURE_NAMES[trend.measure],
            f"{baseline.score:g} ({self.dates.short(baseline.day)})",
            f"{latest.score:g} ({self.dates.short(latest.day)})" if later else "\u2014",
            _signed(latest.change) if later else "\u2014",
            f"{latest.verdict.value} (\u2265 {trend.meaningful_change:g} points)"
            if later
            else "baseline only",
        ]

    def _current_stage(self) -> list[Flowable]:
        index = self.figures.stage_index
        if index is None:
            return []
        stage = self.program.stages[index]
        parts: list[Flowable] = [
            Paragraph(f"Current stage: {self.text(self._stage_name(index))}", self.styles.section)
        ]
        done = {item.item_id: item.sessions.percent for item in self.figures.items}
        rows = [["#", "Exercise", "Dose", "Done"]] + [
            [str(number), item.exercise.name, item.dosage.describe(), _percent(done.get(item.id))]
            for number, item in enumerate(stage.items[:MAX_ITEMS], start=1)
        ]
        if stage.items:
            parts.append(self._table(rows, [0.05, 0.42, 0.43, 0.1]))
        if len(stage.items) > MAX_ITEMS:
            parts.append(Paragraph(f"And {len(stage.items) - MAX_ITEMS} more exercises.", self.styles.small))
        if stage.walking is not None:
            parts.append(self._paragraph(stage.walking.describe(), label="Walking plan:"))
        return parts

    def _notes(self) -> list[Flowable]:
        parts: list[Flowable] = []
        notes = self.patient.notes.strip()
        if notes:
            shown = shortened(notes, MAX_THERAPIST_NOTES)
            if shown.endswith(ELLIPSIS):
                shown += " (shortened; the full notes are in ptplanner)"
            parts += [Paragraph("Therapist's notes", self.styles.section), self._paragraph(shown)]
        flagged = {flag.day for flag in self.figures.flags}
        logged = [note for note in self.figures.recent_notes if note.day not in flagged]
        if logged:
            other = " other" if flagged else ""  # notes quoted in a flag are not repeated
            heading = f"The patient's{other} notes, last {_weeks_text(self.rules.flag_weeks)}"
            parts.append(Paragraph(heading, self.styles.section))
            parts += [
                self._paragraph(excerpt(note.text), label=f"{self.dates.short(note.day)}:")
                for note in logged[:MAX_NOTES]
            ]
        if len(logged) > MAX_NOTES:
            parts.append(Paragraph(f"And {len(logged) - MAX_NOTES} earlier notes.", self.styles.small))
        return parts

    def _stage_name(self, index: int) -> str:
        stage = self.program.stages[index]
        return f"{shortened(stage.name, MAX_STAGE_NAME)}, {stage.week_range()}"

    def _table(self, rows: list[list[str]], shares: list[float]) -> Table:
        cell = self.styles.cell
        body = [[Paragraph(f"<b>{self.text(text)}</b>", cell) for text in rows[0]]]
        body += [[Paragraph(self.text(text), cell) for text in row] for row in rows[1:]]
        table = Table(body, colWidths=[self.width * share for share in shares], hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
                    ("GRID", (0, 0), (-1, -1), 0.5, black),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


def _percent(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.0f}%"


def _signed(change: float) -> str:
    return f"{change:+g}".replace("-", "\u2212")


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _weeks_text(count: int) -> str:
    return "week" if count == 1 else f"{count} weeks"


def shortened(text: str, limit: int) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= limit else shown[: limit - 1].rstrip() + ELLIPSIS
