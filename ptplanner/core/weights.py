"""Lifting limits in pounds or kilograms: kept in pounds, shown in the unit the clinic chose.

A limit is stored in one unit (pounds, the default of most clinics using ptplanner and of the surgeons'
protocols they copy) so that changing the clinic's unit changes how every limit reads, never what it
is. It is shown rounded to the half pound or the tenth of a kilogram: 10 lb reads 4.5 kg, 5 kg reads
11 lb, and a limit typed in the clinic's unit reads back exactly as typed. The rounding moves a limit
by at most a quarter pound (0.11 kg), well inside what a surgeon means by "10 pounds".
"""

from __future__ import annotations

from ptplanner.core.language import number, tr
from ptplanner.core.patient import KG_PER_LB, LIMIT_RANGES, Unit

WEIGHT_UNITS = (Unit.LB, Unit.KG)
STEPS = {Unit.LB: 0.5, Unit.KG: 0.1}  # what a shown limit is rounded to


def shown_weight(pounds: float, unit: Unit) -> float:
    """`pounds` in `unit`, rounded to the unit's step (half pounds, tenths of a kilogram)."""
    value = pounds if unit is Unit.LB else pounds * KG_PER_LB
    step = STEPS[unit]
    return round(round(value / step) * step, 1)


def weight_text(pounds: float, unit: Unit) -> str:
    """'10 lb', '4.5 kg'; '4,5 kilos' in Spanish."""
    return f"{number(shown_weight(pounds, unit))} {tr(unit.value)}"


def clinic_weight_text(pounds: float, unit: Unit) -> str:
    """For the therapist's screens: '10 lb', '4.5 kg'; '4,5 kg' in Spanish (the unit's symbol in any
    language; `weight_text`'s "kilos" and "libras" are the patient's words)."""
    return f"{number(shown_weight(pounds, unit))} {unit.value}"


def weight_range(unit: Unit) -> tuple[float, float]:
    """The lightest and heaviest lifting limit the patient form takes in `unit`."""
    return LIMIT_RANGES[unit]

