"""File names for what ptplanner saves for a patient: "Okafor Margaret - handout stage 2 - 2026-12-04.pdf".

Safe on Windows, macOS and Linux: characters one of them forbids (and control characters) are left
out, no leading or trailing dot or space, and the name stays well under every file system's 255-byte limit.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MAX_NAME_CHARS = 60  # of the patient's name; the whole file name stays under MAX_FILE_BYTES
MAX_FILE_BYTES = 200  # UTF-8 bytes: ext4, APFS and NTFS all allow 255
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def family_name_first(name: str) -> str:
    """"Margaret Okafor" -> "Okafor Margaret", so saved files sort by family name; "Okafor, Margaret"
    (already family name first) loses its comma."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return f"{family.strip()} {given.strip()}".strip()
    *given, family = name.split(" ") if name else [""]
    return " ".join([family, *given]).strip()


def patient_file_name(patient_name: str, what: str, day: date, extension: str = ".pdf") -> str:
    """`what` names the document ("handout stage 2", "progress report"). The name is never one of
    Windows' device names (NUL, CON…): it always goes on with " - what - date"."""
    person = _safe(family_name_first(patient_name))[:MAX_NAME_CHARS].strip(" .") or "patient"
    stem = f"{person} - {_safe(what)} - {day.isoformat()}"
    while len((stem + extension).encode("utf-8")) > MAX_FILE_BYTES:  # long names in non-Latin scripts
        person = person[:-1].rstrip(" .")
        stem = f"{person} - {_safe(what)} - {day.isoformat()}"
    return stem + extension


def _safe(text: str) -> str:
    text = unicodedata.normalize("NFC", text)  # macOS stores decomposed names; one form compares equal
    # Only what prints: no control or direction marks, unassigned or private code points.
    text = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in text)
    return " ".join(_FORBIDDEN.sub(" ", text).split()).strip(" .")
