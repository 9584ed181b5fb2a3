"""The patient list a page at a time, for a clinic too big to hold in memory.

A page is the ids of its patients, in the list's order, from one query that the index on search_key
answers for the name order (and for search, as find_patients); then the rows of those patients alone
(summaries.rows_of). Nothing reads every patient, their programs or their logs.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ptplanner.core.language import Language
from ptplanner.core.patient_list import ListOrder, PatientPage, PatientQuery
from ptplanner.storage.database import Database
from ptplanner.storage.models import PatientRow
from ptplanner.storage.patients import search_condition
from ptplanner.storage.summaries import on_tab, rows_of


def patient_page(db: Database, today: date, query: PatientQuery, offset: int, limit: int) -> PatientPage:
    """Rows `offset` to `offset + limit` of the list `query` describes."""
    with db.session() as session:
        ids = select(PatientRow.id).where(*_conditions(session, query, indexed=query.order is ListOrder.NAME))
        ids = ids.order_by(*_order(query))
        ids = ids.offset(offset).limit(limit + 1)  # one more says whether more follow
        found = list(session.scalars(ids))
        return PatientPage(tuple(rows_of(session, found[:limit], today)), len(found) > limit)


def patient_count(db: Database, query: PatientQuery) -> int:
    """How many patients the list `query` describes holds."""
    with db.session() as session:
        return session.scalar(select(func.count(PatientRow.id)).where(*_conditions(session, query))) or 0


def _conditions(session: Session, query: PatientQuery, indexed: bool = True) -> list:
    """Not `indexed`: the tab as a condition no index answers, for an order that sorts every row anyway
    (one pass over the table, instead of a look into it for each row the tab's index gives)."""
    matching = search_condition(session, query.text)
    tab = on_tab(query.discharged)
    if not indexed:
        tab = case((PatientRow.discharged_on.is_(None), 0), else_=1) == int(query.discharged)
    return [tab] + ([] if matching is None else [matching])


def _order(query: PatientQuery) -> list:
    """As gui/models/patients.py sorts a whole list: ties by name, then id (both in the index)."""
    # (expression, ascending) pairs, for the list's ascending order
    if query.order is ListOrder.WEEK:  # no surgery date first (week -1), then the latest surgery (week 0)
        first = [(PatientRow.surgery_date.is_not(None), True), (PatientRow.surgery_date, False)]
    elif query.order is ListOrder.LANGUAGE:  # by the language's name, as the column shows it
        labels = {language.value: language.label for language in Language}
        first = [(case(labels, value=PatientRow.language, else_=""), True)]
    else:
        first = []
    terms = first + [(PatientRow.search_key, True), (PatientRow.id, True)]
    return [term.asc() if ascending != query.descending else term.desc() for term, ascending in terms]
