"""Daily logs for the big benchmark clinic, written in bulk.

Each patient logs from a few days after surgery for a while (on about four days in five), then is
discharged and stops: with surgeries spread over ten years, most patients are long discharged and those
operated on lately (a few thousand in 100,000) still log. An entry is the document AdherenceEntry dumps
(sessions done for each exercise of the stage the patient is in, pain before and after, minutes walked),
built as a plain dict: 10 million pydantic objects would take longer than writing them.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.program import Program

LOGGED_SHARE = 0.8  # days logged in a patient's logging span
Row = tuple[str, str, date, dict[str, Any]]


def daily_log(rng: random.Random, program: Program, today: date, mean_entries: float) -> list[Row]:
    """About `mean_entries` days of log on average over many patients (fewer for one operated on lately)."""
    start = program.created_on + timedelta(days=3)
    span = int(mean_entries / LOGGED_SHARE * rng.uniform(0.5, 1.5))
    stages = [(stage.start_week, [item.id for item in stage.items]) for stage in program.stages]
    rows = []
    for offset in range(span):
        day = start + timedelta(days=offset)
        if day > today:
            break
        if rng.random() > LOGGED_SHARE:
            continue
        week = offset // 7
        items = next((ids for first, ids in reversed(stages) if first <= week), stages[0][1] if stages else [])
        pain = rng.randint(0, 6)
        document = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "program_id": program.id,
            "day": day.isoformat(),
            "completions": [{"item_id": item, "sessions_done": rng.randint(0, 2)} for item in items],
            "pain_back": pain,
            "pain_leg": max(0, pain - 2),
            "pain_back_after": max(0, pain - 1),
            "pain_leg_after": max(0, pain - 2),
            "walking_minutes": rng.randint(5, 45),
            "note": "",
        }
        rows.append((document["id"], program.id, day, document))
    if rows:  # the form the app reads back: checked on one entry of each patient
        AdherenceEntry.model_validate(rows[0][3])
    return rows


def write_logs(session: Session, logs: list[list[Row]]) -> int:
    """Insert every entry with the driver's executemany (the JSON as SQLAlchemy writes it); the count."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    statement = f"INSERT INTO adherence_entries (id, program_id, day, document) VALUES ({mark}, {mark}, {mark}, {mark})"
    rows = [
        (entry_id, program_id, day.isoformat() if sqlite else day, json.dumps(document))
        for log in logs
        for entry_id, program_id, day, document in log
    ]
    if rows:
        connection.exec_driver_sql(statement, rows)
    return len(rows)
