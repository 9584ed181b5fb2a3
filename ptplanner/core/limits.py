"""One list of limits for a stage: the patient's own dated precautions merged with the stage's generic ones.

The merge is by subject (lifting, bending, sitting...), never by comparing words:
- the patient's own precautions on a subject replace every stage line on that subject while they last: one
  that ends before the stage does is followed by the stage's line ("... until March 2. Then lift nothing
  heavier than your surgeon allows.");
- several of the patient's own on one subject become one line ("Do not lift anything until March 2.
  Then do not lift more than 10 lb until April 6.");
- stage lines about nothing in particular are all kept (an exact repeat once);
- every line says until when: its own date, "until your surgeon says you may", or the stage's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ptplanner.core.dates import DateWords
from ptplanner.core.handout_text import precaution_sentence
from ptplanner.core.language import data_text, tr
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Subject, Unit
from ptplanner.core.program import Stage, StagePrecaution

# Outright bans come before weight or time limits on the same subject.
_KIND_ORDER = {kind: order for order, kind in enumerate(PrecautionKind)}
_SUBJECT_ORDER = {subject: order for order, subject in enumerate(Subject)}


@dataclass(frozen=True)
class LimitLine:
    subject: Subject
    text: str  # whole sentences, saying until when
    own: bool  # from the patient's record (True) or the program stage (False)
    until: date | None  # the latest end date named; None: until lifted (or the stage ends)


def limits_in_force(
    patient: Patient, stage: Stage, stage_end: date | None, on: date, words: DateWords, weight: Unit = Unit.LB
) -> list[LimitLine]:
    """The limits that apply on `on` (for a coming stage, its first day), one line a subject; lifting
    limits in `weight` (the clinic's lb or kg)."""
    lines = []
    for subject, group in _by_subject([p for p in patient.precautions if p.applies_on(on)]).items():
        if subject is Subject.GENERAL:  # about nothing in particular: each is a line of its own
            lines += [_own_line(subject, [precaution], words, weight) for precaution in group]
        else:
            lines.append(_own_line(subject, group, words, weight))
    covered = {line.subject: index for index, line in enumerate(lines) if line.subject is not Subject.GENERAL}
    for subject, group in _stage_groups(stage.precautions).items():
        texts = list(dict.fromkeys(data_text(p.text.strip()) for p in group))  # an exact repeat once
        if subject in covered:
            own = lines[covered[subject]]
            if own.until is not None and (stage_end is None or own.until < stage_end):
                lines[covered[subject]] = _then_the_stage(own, " ".join(texts), stage_end)
            continue
        if subject is Subject.GENERAL:
            lines += [_stage_line(subject, text, stage_end, words) for text in texts]
        else:  # one line a subject, whatever the stage holds
            lines.append(_stage_line(subject, " ".join(texts), stage_end, words))
    return sorted(lines, key=lambda line: (_SUBJECT_ORDER[line.subject], not line.own))


def _by_subject(precautions: list[Precaution]) -> dict[Subject, list[Precaution]]:
    groups: dict[Subject, list[Precaution]] = {}
    for precaution in precautions:
        groups.setdefault(precaution.subject, []).append(precaution)
    return groups


def _stage_groups(precautions: tuple[StagePrecaution, ...]) -> dict[Subject, list[StagePrecaution]]:
    groups: dict[Subject, list[StagePrecaution]] = {}
    for precaution in precautions:
        groups.setdefault(precaution.about, []).append(precaution)
    return groups


def _own_line(subject: Subject, group: list[Precaution], words: DateWords, weight: Unit) -> LimitLine:
    ordered = sorted(group, key=lambda p: (_KIND_ORDER[p.kind], p.until or date.max))
    text = precaution_sentence(ordered[0], words, weight)
    for before, precaution in zip(ordered, ordered[1:], strict=False):
        sentence = precaution_sentence(precaution, words, weight)
        follows = before.until is not None and (precaution.until is None or before.until < precaution.until)
        text += f" {tr('Then')} {_lower_first(sentence)}" if follows else f" {sentence}"
    ends = [p.until for p in ordered]
    return LimitLine(subject, text, True, None if None in ends else max(ends))


def _then_the_stage(own: LimitLine, text: str, stage_end: date | None) -> LimitLine:
    """The patient's own limit ends before the stage does: the stage's line on the subject follows it
    (a coming stage printed "Do not lift more than 10 lb until January 29", its first day, and nothing
    on lifting for the three months after)."""
    return LimitLine(own.subject, f"{own.text} {tr('Then')} {_lower_first(text)}", True, stage_end)


def _stage_line(subject: Subject, text: str, stage_end: date | None, words: DateWords) -> LimitLine:
    """'Until March 3: roll like a log...': a stage's line lasts as long as the stage, unless it says. Until
    the next stage's first day, as a surgeon's "no bending for 6 weeks" is written on the patient's record
    (the stage box prints the stage's last day: "from January 20 to March 2")."""
    if not any(word in text.lower() for word in ("until", "hasta")):
        if stage_end is not None:
            when = tr("Until {day}").format(day=words.long(stage_end + timedelta(days=1)))
        else:
            when = tr("During this stage")
        text = f"{when}: {_lower_first(text)}"
    return LimitLine(subject, text, False, stage_end)


def _lower_first(sentence: str) -> str:
    """'Roll like a log' -> 'roll like a log'; 'SI belt' and 'I' stay as they are."""
    if sentence[1:2].islower():
        return sentence[:1].lower() + sentence[1:]
    return sentence
