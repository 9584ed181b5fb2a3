"""The sections of the progress report, in the report's order: who it is for and from, the patient and
their stage, key figures, the limits in force, the therapist's assessment and plan, outcome measures,
flags and the suggested next step, then the charts, walking, the program and the notes.

Caps keep the report to two pages whatever was typed or logged; each says in print what it left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.dates import DateWords
from ptplanner.core.handout_text import precaution_sentence, stage_dates
from ptplanner.core.limits import limits_in_force
from ptplanner.core.patient import Patient, Precaution, Subject
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import ProgressFigures
from ptplanner.core.progress.flags import excerpt
from ptplanner.core.progress.log import stage_entered_on
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import Suggestion
from ptplanner.handouts.charts import adherence_chart, pain_chart
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.report_measures import ReportMeasures
from ptplanner.handouts.report_styles import FULL, Caps, ReportStyles
from ptplanner.handouts.report_tables import ELLIPSIS, shortened

MAX_NAME = 100
MAX_STAGE_NAME = 60
MAX_LIMIT_LINE = 240  # characters of one merged limit (a stage's line can be long)
KEEP_WITH_HEADING = 1 * inch  # a heading and at least three lines of its section stay together


@dataclass(frozen=True)
class ReportSections:
    """The report's sections in order, each a list of flowables; user text is always printed as typed."""

    patient: Patient
    program: Program
    clinic: ClinicSettings
    figures: ProgressFigures
    entries: tuple[AdherenceEntry, ...]
    outcomes: tuple[OutcomeScore, ...]
    rules: ProgressRules
    text: TextMarkup
    styles: ReportStyles
    width: float
    dates: DateWords
    caps: Caps = FULL
    printed_on: date | None = None  # the report's date; None: the figures' last day
    discharged_on: date | None = None  # the patient has left care

    @property
    def report_day(self) -> date:
        return self.printed_on or self.figures.today

    def story(self, suggestions: Sequence[Suggestion]) -> list[Flowable]:
        measures = ReportMeasures(self)
        return [
            *self._header(),
            *measures.key_figures(),
            *self._limits(),
            *self._assessment(),
            *measures.outcomes(),
            *self._flags(),
            *self._suggestions(suggestions),
            *self._charts(),
            *measures.walking(),
            *measures.current_stage(),
            *self._notes(),
        ]

    def paragraph(self, text: str, style: ParagraphStyle | None = None, label: str = "") -> Paragraph:
        """`text` printed exactly as typed; `label` (ptplanner's own words) goes before it in bold."""
        lead = f"<b>{self.text(label)}</b> " if label else ""
        return Paragraph(lead + self.text(text), style or self.styles.body)

    def section(self, title: str) -> list[Flowable]:
        """A section's heading, moved to the next page with what follows when under `KEEP_WITH_HEADING`
        of the page is left. Sections themselves may split, so no page is left half empty."""
        return [CondPageBreak(KEEP_WITH_HEADING), Paragraph(self.text(title), self.styles.section)]

    def stage_name(self, index: int) -> str:
        stage = self.program.stages[index]
        return f"{shortened(stage.name, MAX_STAGE_NAME)}, {stage.week_range()}"

    def _header(self) -> list[Flowable]:
        program, today = self.program, self.figures.today
        name = Paragraph(f"<b>{self.text(shortened(self.patient.name, MAX_NAME))}</b>", self.styles.body)
        rows: list[tuple[str, list[Flowable]]] = [
            ("To:", [self.paragraph(self._recipient())]),
            ("From:", [self.paragraph(self._sender())]),
            ("Date:", [self.paragraph(self.dates.full(self.report_day))]),
            (
                "Patient:",
                [name, self.paragraph(self._patient_details())],
            ),  # a name apart, whatever its script
        ]
        if self.discharged_on is not None:
            said = (f"{self.dates.full(self.discharged_on)}. The figures below end on "
                    f"{self.dates.full(today)}; no next step is suggested.")
            rows.append(("Discharged:", [self.paragraph(said)]))
        index = self.figures.stage_index
        stage = "no stages yet"
        if index is not None:
            since = self.dates.long(stage_entered_on(program, today))
            stage = f"stage {index + 1} of {len(program.stages)}: {self.stage_name(index)}, since {since}"
        rows.append(
            (
                "Program:",
                [self.paragraph(f"\u201c{program.title}\u201d, version {program.version}; {stage}.")],
            )
        )
        label_width = 1.05 * inch  # "Discharged:" on one line
        table = Table(
            [[Paragraph(f"<b>{label}</b>", self.styles.body), cell] for label, cell in rows],
            colWidths=[label_width, self.width - label_width],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.styles.body.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [Paragraph("Progress report", self.styles.title), Spacer(1, 4), table]

    def _recipient(self) -> str:
        surgeon, phone = self.patient.surgeon, self.patient.surgeon_phone
        if not surgeon:
            return "the surgeon's office (no surgeon is named on the patient's record)"
        return f"{shortened(surgeon, 100)} (office {phone})" if phone else shortened(surgeon, 100)

    def _sender(self) -> str:
        therapist = shortened(self.patient.therapist, 100)
        clinic = ", ".join(part for part in (self.clinic.name, self.clinic.phone) if part)
        if therapist and clinic:
            return f"{therapist}, {clinic}"
        return therapist or clinic or "the treating therapist"

    def _patient_details(self) -> str:
        patient, today = self.patient, self.figures.today
        details = [f"Born {self.dates.full(patient.date_of_birth)}"]
        if patient.surgery_date is not None:
            levels = f", {', '.join(patient.fused_levels)}" if patient.fused_levels else ""
            procedure = f": {patient.procedure}{levels}" if patient.procedure or levels else ""
            details.append(
                f"surgery {self.dates.full(patient.surgery_date)}{procedure} "
                f"(week {patient.week_after_surgery(today)} after surgery)"
            )
        return " \u00b7 ".join(details)

    def _limits(self) -> list[Flowable]:
        """The patient's own precautions merged with the current stage's by subject (core.limits)."""
        lines, most = self._limit_lines(), self.caps.precautions
        parts: list[Flowable] = [*self.section("Precautions in force")]
        if not lines:
            return [
                *parts,
                Paragraph("None on the patient's record or in the current stage.", self.styles.body),
            ]
        parts += [
            self.paragraph(shortened(text, MAX_LIMIT_LINE), label=f"\u2022 {label}".rstrip())
            for label, text in lines[:most]
        ]
        if len(lines) > most:
            parts.append(
                Paragraph(f"And {len(lines) - most} more: see the patient's record.", self.styles.body)
            )
        return parts

    def _limit_lines(self) -> list[tuple[str, str]]:
        """(label, line): a surgeon's office scans for the subject, and tells the record's own limits from
        the program's generic lines ("Bending (program):")."""
        today, index = self.figures.today, self.figures.stage_index
        short = tuple(self._short_note(p) for p in self.patient.precautions)
        patient = self.patient.model_copy(update={"precautions": short})
        weight = self.clinic.weight_unit
        if index is None:
            return [
                (_limit_label(p.subject, True), precaution_sentence(p, self.dates, weight))
                for p in patient.active_precautions(today)
            ]
        stage = self.program.stages[index]
        dates = stage_dates(stage, patient.surgery_date)
        end = dates[1] if dates else None
        return [
            (_limit_label(line.subject, line.own), line.text)
            for line in limits_in_force(patient, stage, end, today, self.dates, weight)
        ]

    def _short_note(self, precaution: Precaution) -> Precaution:
        """The precaution with its note cut to a line or so, so its date still prints."""
        note = shortened(precaution.note, self.caps.precaution_note)
        return precaution if note == precaution.note else precaution.model_copy(update={"note": note})

    def _assessment(self) -> list[Flowable]:
        written = self.patient.assessment.strip()
        if not written:
            return [
                *self.section("Assessment and plan"),
                Paragraph(
                    "Not written yet (the therapist writes it on the patient's progress page).",
                    self.styles.body,
                ),
            ]
        shown = _capped(written, self.caps.assessment, "the full text is in ptplanner")
        paragraphs = [" ".join(block.split()) for block in shown.split("\n\n") if block.strip()]
        return [*self.section("Assessment and plan"), *(self.paragraph(block) for block in paragraphs)]

    def _flags(self) -> list[Flowable]:
        flags = self.figures.flags
        parts: list[Flowable] = [*self.section("Flags")]
        if not flags:
            parts.append(Paragraph("None.", self.styles.body))
        most = self.caps.flags
        for flag in flags[:most]:
            parts.append(self.paragraph(flag.message, label=f"\u25a0 {flag.kind.value.capitalize()}:"))
        if len(flags) > most:
            parts.append(
                Paragraph(
                    f"And {len(flags) - most} more flags: see the patient's page in ptplanner.",
                    self.styles.body,
                )
            )
        return parts

    def _suggestions(self, suggestions: Sequence[Suggestion]) -> list[Flowable]:
        parts: list[Flowable] = [*self.section("Suggested next step (for the therapist to decide)")]
        if not suggestions:
            why = "the patient is discharged" if self.discharged_on else (
                "the log gives no reason to change the program now")
            parts.append(Paragraph(f"None: {why}.", self.styles.body))
        for suggestion in suggestions:
            parts.append(self.paragraph(suggestion.reason, label=f"{suggestion.title}."))
        return parts

    def _charts(self) -> list[Flowable]:
        if not self.figures.logged:
            return []
        end = self.dates.long(self.figures.weeks[-1].end)
        return [
            KeepTogether(
                [
                    Paragraph("Adherence per week", self.styles.section),
                    adherence_chart(self.figures, self.rules, self.width, 1.4 * inch, self.dates),
                ]
            ),
            KeepTogether(
                [
                    Paragraph("Pain per week", self.styles.section),
                    pain_chart(self.figures, self.width, 1.65 * inch, self.dates),
                    Paragraph(
                        f"Weeks are 7 days counted back from {end}, each labelled with its first day; pain is "
                        "the mean of the days logged, 0 to 10. Dashed vertical lines mark the days the patient "
                        "moved to another stage.",
                        self.styles.small,
                    ),
                ]
            ),
        ]

    def _notes(self) -> list[Flowable]:
        """The patient's own log notes not already quoted in a flag. (The therapist's private notes stay in
        ptplanner: what they write for the surgeon is the assessment and plan.)"""
        parts: list[Flowable] = []
        flagged = {flag.day for flag in self.figures.flags}
        logged = [note for note in self.figures.recent_notes if note.day not in flagged]
        if logged:
            other = " other" if flagged else ""  # notes quoted in a flag are not repeated
            heading = f"The patient's{other} notes, last {weeks_text(self.rules.flag_weeks)}"
            parts += self.section(heading)
            parts += [
                self.paragraph(excerpt(note.text), label=f"{self.dates.short(note.day)}:")
                for note in logged[: self.caps.notes]
            ]
        if len(logged) > self.caps.notes:
            parts.append(Paragraph(f"And {len(logged) - self.caps.notes} earlier notes.", self.styles.small))
        return parts


def _capped(text: str, limit: int, where: str) -> str:
    """`text` up to `limit` characters; when cut, it says so and where the rest is."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + f"{ELLIPSIS} (shortened; {where})"


def weeks_text(count: int) -> str:
    return "week" if count == 1 else f"{count} weeks"


def _limit_label(subject: Subject, own: bool) -> str:
    """'Lifting:' for a limit on the patient's record, 'Bending (program):' for a program stage's line;
    a line about nothing in particular has its source alone."""
    if subject is Subject.GENERAL:
        return "" if own else "Program:"
    name = subject.value[:1].upper() + subject.value[1:]
    return f"{name}:" if own else f"{name} (program):"
