"""The measured parts of the progress report: key figures, outcome scores with their meaning (the ODI's
disability band, the PSFS's activities), walking logged against the plan and the program in clinical
shorthand."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from reportlab.lib.colors import black
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ptplanner.core.adherence import Measure
from ptplanner.core.progress.outcomes import (
    OutcomePoint,
    OutcomeTrend,
    Verdict,
    odi_band_text,
    psfs_activities,
)
from ptplanner.core.progress.walking import WalkingWeekFigures, walking_against_plan
from ptplanner.core.walking_program import program_on
from ptplanner.handouts.report_tables import grid, shortened

if TYPE_CHECKING:
    from ptplanner.handouts.report_sections import ReportSections

MAX_EXERCISE_NAME = 80  # clinical names run longer than the patient's
MAX_ACTIVITIES = 5
DASH = "\u2014"
MEASURE_NAMES = {
    Measure.PAIN_NRS: "Pain at visits (NRS 0 to 10, lower is better)",  # not the daily log's pain
    Measure.PSFS: "PSFS (0 to 10, higher is better)",
    Measure.ODI: "ODI (0 to 100, lower is better)",
}


class ReportMeasures:
    def __init__(self, sections: ReportSections) -> None:
        self.s = sections

    def key_figures(self) -> list[Flowable]:
        s, figures = self.s, self.s.figures
        if not figures.logged:
            return [
                Spacer(1, 6),
                s.paragraph("No log entries yet for this program, so there is nothing to chart."),
            ]
        weeks = s.rules.flag_weeks
        until = "now" if s.discharged_on is None else s.dates.short(figures.today)  # the figures' last day
        cells = [
            (
                percent(figures.overall.percent),
                f"of prescribed sessions done since {s.dates.short(figures.weeks[0].start)}",
            ),
            (
                percent(figures.recent(weeks).percent),
                f"in the last {'week' if weeks == 1 else f'{weeks} weeks'}",
            ),
            (days(figures.streak_days), f"in a row with exercise, up to {until}"),
            (days(figures.missed_days), f"missed in a row, up to {until}"),
        ]
        row = [
            [Paragraph(value, s.styles.figure), Paragraph(label, s.styles.small)] for value, label in cells
        ]
        table = Table([row], colWidths=[s.width / len(cells)] * len(cells), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), s.styles.body.fontName),  # else Helvetica, not embedded
                    ("BOX", (0, 0), (-1, -1), 0.75, black),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.5, black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [Spacer(1, 6), table]

    def outcomes(self) -> list[Flowable]:
        s = self.s
        parts: list[Flowable] = [*s.section("Outcome measures against baseline")]
        if not s.figures.outcomes:
            return [*parts, Paragraph("None recorded yet.", s.styles.body)]
        header = ["Measure", "Baseline", "Latest", "Change", "Meaning"]
        rows = [header] + [self._outcome_row(trend) for trend in s.figures.outcomes]
        parts.append(grid(rows, [0.25, 0.18, 0.18, 0.08, 0.31], s.width, s.styles, s.text))
        activities = psfs_activities(s.outcomes, s.figures.today)[:MAX_ACTIVITIES]
        if not activities:
            return parts
        if all(a.latest is None for a in activities):  # the baseline only
            rated, label = (
                [f"{a.label} {score(a.baseline)}" for a in activities],
                "PSFS activities (0 to 10):",
            )
        else:
            rated = [f"{a.label} {score(a.baseline)} \u2192 {score(a.latest)}" for a in activities]
            label = "PSFS activities, baseline \u2192 latest (0 to 10):"
        return [*parts, Spacer(1, 3), s.paragraph(f"{'; '.join(rated)}.", label=label)]

    def _outcome_row(self, trend: OutcomeTrend) -> list[str]:
        baseline, latest = trend.baseline, trend.latest
        later = len(trend.points) > 1
        return [
            MEASURE_NAMES[trend.measure],
            self._scored(trend.measure, baseline),
            self._scored(trend.measure, latest) if later else DASH,
            signed(latest.change) if later else DASH,
            self._meaning(trend) if later else "baseline only",
        ]

    def _meaning(self, trend: OutcomeTrend) -> str:
        """'meaningfully better (>= 2 points)'; pain better at visits while the daily log's pain is up by the
        flag's rule says both, each with its days, so neither reads alone."""
        said = f"{trend.latest.verdict.value} (\u2265 {trend.meaningful_change:g} points)"
        rises = self.s.figures.pain_rises(self.s.rules)
        if trend.measure is not Measure.PAIN_NRS or trend.latest.verdict is not Verdict.BETTER or not rises:
            return said
        dates = self.s.dates
        up = " and ".join(f"{change.site.value} pain is up {change.rise:.1f} points" for change in rises)
        days = dates.short_span(*rises[0].last_days)
        return f"{said} at visits; but in the daily log {up}, {days}: see Flags"

    def _scored(self, measure: Measure, point: OutcomePoint) -> str:
        """'33, moderate disability (21-40), Dec 1' for the ODI; '6.5, Dec 1' otherwise."""
        band = f", {odi_band_text(point.score)}" if measure is Measure.ODI else ""
        return f"{point.score:g}{band}, {self.s.dates.short(point.day)}"

    def walking(self) -> list[Flowable]:
        """The plan's weeks of the last `caps.walking_weeks` weeks (none when no plan ran then)."""
        s, today = self.s, self.s.figures.today
        weeks = walking_against_plan(s.program, s.entries, s.patient.surgery_date, today)
        since = today - timedelta(weeks=s.caps.walking_weeks)
        shown = [week for week in weeks if week.last_day > since][-s.caps.walking_weeks :]
        if not shown:
            return []
        parts: list[Flowable] = [*s.section("Walking: minutes a day logged against the plan")]
        if all(week.logged_minutes_per_day is None for week in shown):
            first, last = shown[0], shown[-1]
            said = (
                f"No walking minutes logged since {s.dates.short(first.first_day)}; the plan gives "
                f"{last.planned_minutes_per_day} min/day from {s.dates.short(last.first_day)}."
            )
            return [*parts, s.paragraph(said)]
        rows = [["Week of plan", "Dates", "Plan", "Logged (average)", "Days logged"]]
        rows += [self._walking_row(week) for week in shown]
        parts.append(grid(rows, [0.18, 0.22, 0.14, 0.32, 0.14], s.width, s.styles, s.text))
        return parts

    def _walking_row(self, week: WalkingWeekFigures) -> list[str]:
        """A week of the plan; the week in progress says so, its days so far, so it is not read as short."""
        dates, today = self.s.dates, self.s.figures.today
        logged = week.logged_minutes_per_day
        shown = f"{dates.short(week.first_day)} to {dates.short(min(week.last_day, today))}"
        walked = DASH if logged is None else f"{logged:.0f} min/day ({week.percent:.0f}% of plan)"
        days_logged = str(week.days_logged)
        if week.last_day > today:
            shown = f"{shown}, so far"
            walked = f"{walked} so far" if logged is not None else walked
            days_logged = f"{days_logged} so far"
        return [
            f"Stage {week.stage_index + 1}, week {week.week}",
            shown,
            f"{week.planned_minutes_per_day} min/day",
            walked,
            days_logged,
        ]

    def current_stage(self) -> list[Flowable]:
        s = self.s
        index = s.figures.stage_index
        if index is None:
            return []
        prescribed = program_on(s.program, s.patient.surgery_date, s.figures.today)
        stage = prescribed.stages[index]
        parts: list[Flowable] = [*s.section(f"Current program: stage {index + 1}, {s.stage_name(index)}")]
        done = {item.item_id: item.sessions.percent for item in s.figures.items}
        most = s.caps.items
        rows = [["#", "Exercise", "Dose", "Done"]] + [
            [
                str(number),
                shortened(item.exercise.clinical_label(), MAX_EXERCISE_NAME),
                item.dosage.shorthand(),
                percent(done.get(item.id)),
            ]
            for number, item in enumerate(stage.items[:most], start=1)
        ]
        if stage.items:
            parts.append(grid(rows, [0.05, 0.4, 0.46, 0.09], s.width, s.styles, s.text))
        if len(stage.items) > most:
            parts.append(Paragraph(f"And {len(stage.items) - most} more exercises.", s.styles.small))
        if stage.walking is not None:
            parts.append(s.paragraph(stage.walking.describe(), label="Walking plan:"))
        return parts


def percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}%"


def score(value: float | None) -> str:
    return DASH if value is None else f"{value:g}"


def signed(change: float) -> str:
    return f"{change:+g}".replace("-", "\u2212")


def days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
