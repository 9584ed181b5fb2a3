"""Daily logs for the big benchmark clinic, generated as text and written in bulk.

Each patient logs from a few days after surgery for a while (on about four days in five), then is
discharged and stops: with surgeries spread over ten years, most patients are long discharged and those
operated on lately (a few thousand in 100,000) still log. An entry is the document AdherenceEntry dumps
(sessions done for each exercise of the stage the patient is in, pain before and after, minutes walked),
made straight as compact JSON text: 10 million pydantic objects, or even dicts passed through json.dumps,
would take longer than storing them. Each program's month of days is stored as the app stores it, one row
packed (ptplanner/storage/log_months.py), here joined from the days' texts.
"""

from __future__ import annotations

import json
import random
import uuid
import zlib
from datetime import date, timedelta

from sqlalchemy import Connection

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.storage.log_months import month_documents

LOGGED_SHARE = 0.8  # days logged in a patient's logging span
Row = tuple[str, str, str, str]  # id, program id, ISO day, the entry's JSON
Stages = list[tuple[int, list[str]]]  # each stage's first week and its items' ids


def new_id(rng: random.Random) -> str:
    """A version-4 UUID as the app makes them, from `rng` so a build can be repeated."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def daily_log(
    rng: random.Random, program_id: str, created_on: date, stages: Stages, today: date, mean_entries: float
) -> list[Row]:
    """About `mean_entries` days of log on average over many patients (fewer for one operated on lately)."""
    start = created_on + timedelta(days=3)
    span = min(int(mean_entries / LOGGED_SHARE * rng.uniform(0.5, 1.5)), (today - start).days + 1)
    # Every piece of text that is the same in each of this program's entries, made once.
    openings = [[f'{{"item_id":{json.dumps(item)},"sessions_done":' for item in items] for _, items in stages]
    head = f',"program_id":{json.dumps(program_id)},"day":"'
    rows = []
    random_ = rng.random
    for offset in range(max(span, 0)):
        if random_() > LOGGED_SHARE:
            continue
        week = offset // 7
        stage = next((index for index in range(len(stages) - 1, -1, -1) if stages[index][0] <= week), 0)
        shown = openings[stage] if stages else ()
        completions = ",".join(f"{opening}{int(random_() * 3)}}}" for opening in shown)
        pain = int(random_() * 7)
        entry_id = new_id(rng)
        day = (start + timedelta(days=offset)).isoformat()
        text = (
            f'{{"id":"{entry_id}"{head}{day}","completions":[{completions}],"pain_back":{pain},'
            f'"pain_leg":{max(0, pain - 2)},"pain_back_after":{max(0, pain - 1)},'
            f'"pain_leg_after":{max(0, pain - 2)},'
            f'"walking_minutes":{5 + int(random_() * 41)},"note":""}}'
        )
        rows.append((entry_id, program_id, day, text))
    if rows:  # the form the app reads back: checked on one entry of each patient
        AdherenceEntry.model_validate_json(rows[0][3])
    return rows


def month_rows(rows: list[Row]) -> list[tuple[str, str, str, bytes]]:
    """(program id, its month's first day, its last day logged, the days packed), from days in day order
    for each program, as the app packs them."""
    months: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        months.setdefault((row[1], row[2][:8] + "01"), []).append(row)
    packed = []
    for (program_id, month), days in months.items():
        text = "[" + ",".join(day[3] for day in days) + "]"
        packed.append((program_id, month, days[-1][2], zlib.compress(text.encode("utf-8"), 6)))
    if packed:  # the form the app reads back: checked on one month of each chunk
        month_documents(packed[0][3])
    return packed


def write_logs(connection: Connection, rows: list[Row]) -> int:
    """Store the days a month to a row: COPY on PostgreSQL, the driver's executemany on SQLite; the number
    of days stored."""
    months = month_rows(rows)
    if not months:
        return 0
    if connection.dialect.name == "postgresql":
        raw = connection.connection.driver_connection  # psycopg 3
        with raw.cursor() as cursor, cursor.copy(
            "COPY adherence_months (program_id, month, last_day, packed) FROM STDIN"
        ) as copy:
            # COPY's text format: bytea as hex, its backslash escaped (ids and days hold no tab or newline).
            copy.write("".join(f"{p}\t{m}\t{last}\t\\\\x{data.hex()}\n" for p, m, last, data in months))
    else:
        connection.exec_driver_sql(
            "INSERT INTO adherence_months (program_id, month, last_day, packed) VALUES (?, ?, ?, ?)", months
        )
    return len(rows)
