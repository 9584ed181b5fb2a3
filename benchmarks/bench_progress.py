"""Progress figures and the progress report for two years of daily log on a 10-item program.

    python benchmarks/bench_progress.py

Times the figures the patient page needs (progress_figures and suggest together; target 50 ms),
with the program saved once a month (24 versions, each logged day counted against its own), beside a floor, a bare loop summing the same entries' sessions; and the progress report PDF
(target 500 ms) beside a floor, a bare reportlab document of the same page count in the same font.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.library import load_library
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import suggest
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.report import Report, ReportInputs, build_report
from ptplanner.resources import exercises_dir

FIGURES_TARGET_MS = 50.0
REPORT_TARGET_MS = 500.0
DAYS = 730
ITEMS = 10
STAGES = 4
TODAY = date(2026, 6, 1)


def main() -> int:
    patient, program, entries, outcomes = two_years()
    rules = ProgressRules()
    history = [Prescribed(TODAY - timedelta(days=DAYS - 30 * month), program) for month in range(DAYS // 30)]

    def figures_and_suggestions() -> None:
        figures = progress_figures(program, entries, outcomes, rules, TODAY, history)
        suggest(patient, program, figures, rules)

    def report() -> Report:
        return build_report(
            ReportInputs(patient, program, entries, outcomes, rules, ClinicSettings(), TODAY, history)
        )

    built = report()
    figures_ms = median_ms(figures_and_suggestions, rounds=30)
    figures_floor = median_ms(lambda: sum(c.sessions_done for e in entries for c in e.completions), rounds=30)
    report_ms = median_ms(report, rounds=7)
    report_floor = median_ms(lambda: bare_document(built.pages), rounds=7)

    print(f"Two years of daily log ({len(entries)} entries) on a {ITEMS}-item program, {STAGES} stages:")
    print(
        f"  figures + suggestions : {figures_ms:7.2f} ms   target {FIGURES_TARGET_MS:5.0f} ms   "
        f"floor (bare loop over the entries) {figures_floor:6.2f} ms"
    )
    print(
        f"  report PDF, {built.pages} pages  : {report_ms:7.2f} ms   target {REPORT_TARGET_MS:5.0f} ms   "
        f"floor (bare reportlab, {built.pages} pages) {report_floor:6.2f} ms"
    )
    return 0 if figures_ms <= FIGURES_TARGET_MS and report_ms <= REPORT_TARGET_MS else 1


def two_years() -> tuple[Patient, Program, list[AdherenceEntry], list[OutcomeScore]]:
    """A patient two years into a 4-stage program of 10 bundled exercises per stage, logged every day."""
    rng = random.Random(6)
    exercises = load_library(exercises_dir()).active()
    start = TODAY - timedelta(days=DAYS)
    stages = tuple(
        Stage(
            name=f"Stage {s + 1}",
            start_week=12 * s,
            items=tuple(ProgramItem.of(e) for e in rng.sample(exercises, ITEMS)),
        )
        for s in range(STAGES)
    )
    moves = tuple(StageMove(stage_index=s, on=start + timedelta(weeks=12 * s)) for s in range(1, STAGES))
    program = Program(patient_id="p", title="After fusion", created_on=start, stages=stages, moves=moves)
    patient = Patient(
        id="p",
        name="Benchmark Patient",
        date_of_birth=date(1955, 4, 4),
        surgery_date=start,
        notes="Hip pain on the right since surgery.",
    )
    entries = []
    for offset in range(DAYS):
        day = start + timedelta(days=offset)
        stage = stages[min(offset // 84, STAGES - 1)]
        done = tuple(
            ItemCompletion(item_id=item.id, sessions_done=rng.randint(0, item.dosage.times_per_day))
            for item in stage.items
        )
        entries.append(
            AdherenceEntry(
                program_id=program.id,
                day=day,
                completions=done,
                pain_back=rng.randint(1, 5),
                pain_leg=rng.randint(0, 3),
                note="Sore after gardening." if offset % 17 == 0 else "",
            )
        )
    outcomes = [
        OutcomeScore(measure=measure, day=start + timedelta(weeks=week), score=5)
        for measure in Measure
        for week in range(0, 104, 6)
    ]
    return patient, program, entries, outcomes


def bare_document(pages: int) -> bytes:
    regular, _bold = register_fonts()
    style = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}. " + "Some words of a report. " * 200, style), PageBreak()]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER, invariant=1, initialFontName=regular).build(story[:-1])
    return buffer.getvalue()


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
