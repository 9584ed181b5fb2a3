"""Every code and code-system URI the FHIR export uses, each with where it comes from.

SNOMED CT and LOINC codes are looked up in their owners' browsers (browser.ihtsdotools.org,
loinc.org); FHIR's own systems are named in the R4 specification (hl7.org/fhir/R4/terminologies-systems.html).
ptplanner's own codes are for what no standard code names (the PSFS, adherence, the progress report).
"""

from __future__ import annotations

from typing import Any

# Code systems (FHIR R4 "Using Codes", terminologies-systems.html).
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
# R4 valueset-observation-category and valueset-flag-category.
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
# ptplanner's own systems: URNs, as ptplanner has no web address of its own to name them by.
PTPLANNER_CODES = "urn:ptplanner:fhir:codes"
PTPLANNER_IDS = "urn:ptplanner:id"  # ptplanner's own ids of programs, exercises in a program, scores
DEFAULT_PATIENT_SYSTEM = "urn:ptplanner:patient-id"  # when the clinic has not named its own system


def coding(system: str, code: str, display: str) -> dict[str, str]:
    return {"system": system, "code": code, "display": display}


def concept(system: str, code: str, display: str, text: str | None = None) -> dict[str, Any]:
    return {"coding": [coding(system, code, display)], "text": text or display}


# SNOMED CT 229065009 |Exercise therapy (regime/therapy)|: the issue that asked for the export names it.
EXERCISE_THERAPY = (SNOMED, "229065009", "Exercise therapy")
# SNOMED CT 55705006 |Spinal fusion (procedure)|: used when the record says the surgery was a fusion.
SPINAL_FUSION = (SNOMED, "55705006", "Spinal fusion")
# SNOMED CT body structures for where the pain is:
# 37822005 |Lower back structure|, 61685007 |Lower limb structure|.
LOWER_BACK = (SNOMED, "37822005", "Lower back structure")
LOWER_LIMB = (SNOMED, "61685007", "Lower limb structure")

# LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
PAIN_NRS = (LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
# LOINC 97909-6 "Oswestry disability index score ODI".
ODI = (LOINC, "97909-6", "Oswestry disability index score ODI")
# The Patient-Specific Functional Scale has no LOINC code: ptplanner's own.
PSFS = (PTPLANNER_CODES, "psfs", "Patient-Specific Functional Scale, mean of the activities (0-10)")
PSFS_ACTIVITY = (PTPLANNER_CODES, "psfs-activity", "Patient-Specific Functional Scale activity rating (0-10)")
ODI_ITEM = (PTPLANNER_CODES, "odi-item", "Oswestry Disability Index item score (0-5)")
ADHERENCE = (
    PTPLANNER_CODES, "weekly-adherence", "Home exercise sessions done, percent of prescribed, per week"
)
PROGRESS_REPORT = (PTPLANNER_CODES, "progress-report", "Physical therapy progress report")
PRECAUTION = (PTPLANNER_CODES, "precaution", "Activity restriction after surgery")

# FHIR's observation categories (R4): scores the patient reports are surveys; the exercise log is therapy.
SURVEY = (OBSERVATION_CATEGORY, "survey", "Survey")
THERAPY = (OBSERVATION_CATEGORY, "therapy", "Therapy")
# FHIR's flag categories (R4): "safety", flags related to safety precautions.
SAFETY = (FLAG_CATEGORY, "safety", "Safety")

# UCUM units (unitsofmeasure.org): a score has the annotation unit {score}; a percent is %.
SCORE_UNIT = {"unit": "score", "system": UCUM, "code": "{score}"}
PERCENT_UNIT = {"unit": "%", "system": UCUM, "code": "%"}
SESSIONS_UNIT = {"unit": "sessions", "system": UCUM, "code": "{sessions}"}
