"""What changed between two saved versions of a program, in short lines a therapist reads at a glance
(shown when another workstation saved the program first)."""

from __future__ import annotations

from ptplanner.core.program import Program, Stage

MAX_LINES = 8
MAX_NAME = 60


def program_changes(before: Program, after: Program) -> list[str]:
    """One line per change from `before` to `after`, at most MAX_LINES (the last one says how many more)."""
    lines: list[str] = []
    if before.title != after.title:
        lines.append(f"Title: now “{_short(after.title)}”")
    old_stages = {stage.id: stage for stage in before.stages}
    new_ids = {stage.id for stage in after.stages}
    for stage in after.stages:
        old = old_stages.get(stage.id)
        if old is None:
            lines.append(f"Stage added: {_short(stage.name)}")
        else:
            lines += _stage_changes(old, stage)
    lines += [f"Stage removed: {_short(stage.name)}" for stage in before.stages if stage.id not in new_ids]
    if len(after.moves) > len(before.moves):
        move = after.moves[-1]
        lines.append(f"Moved to stage {move.stage_index + 1} on {move.on.isoformat()}")
    if not lines:
        lines.append("Saved again with no change to its stages or exercises")
    if len(lines) > MAX_LINES:
        lines = lines[: MAX_LINES - 1] + [f"…and {len(lines) - MAX_LINES + 1} more changes"]
    return lines


def _stage_changes(old: Stage, new: Stage) -> list[str]:
    where = _short(new.name)
    lines = [f"{where}: renamed from “{_short(old.name)}”"] if old.name != new.name else []
    old_items = {item.id: item for item in old.items}
    new_ids = [item.id for item in new.items]
    for item in new.items:
        before = old_items.get(item.id)
        name = _short(item.exercise.name)
        if before is None:
            lines.append(f"{where}: added {name}")
        elif before.dosage != item.dosage:
            lines.append(f"{where}: {name} now {item.dosage.shorthand()} (was {before.dosage.shorthand()})")
        elif before.note != item.note or before.exercise != item.exercise:
            lines.append(f"{where}: {name} edited")
    lines += [f"{where}: removed {_short(item.exercise.name)}" for item in old.items if item.id not in new_ids]
    kept = [item_id for item_id in new_ids if item_id in old_items]
    if kept != [item.id for item in old.items if item.id in new_ids]:
        lines.append(f"{where}: exercises in another order")
    others = [
        label
        for label, changed in (
            ("weeks", (old.start_week, old.end_week) != (new.start_week, new.end_week)),
            ("goals", old.goals != new.goals),
            ("precautions", old.precautions != new.precautions),
            ("criteria", old.criteria != new.criteria),
            ("walking plan", old.walking != new.walking),
        )
        if changed
    ]
    if others:
        lines.append(f"{where}: {', '.join(others)} changed")
    return lines


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 1] + "…"
