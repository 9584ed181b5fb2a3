"""A video of an exercise, for clinics that have one: its web address, checked, and where a handout finds it.

ptplanner never opens the address: the handout prints it as a QR code for the patient's phone. Only
https is taken, so the phone does not open a page anyone on the way could change, and the address must be
short enough for a small code a phone can read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

EXAMPLE = "https://videos.example.org/bridge"
MAX_VIDEO_URL = 300  # characters: a longer address makes a QR code too dense to scan at 2 cm
_HOST = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")


def checked_video_url(text: str | None) -> str | None:
    """The address without surrounding spaces (None for none); ValueError saying what is wrong."""
    if text is None or not text.strip():
        return None
    address = text.strip()
    if len(address) > MAX_VIDEO_URL:
        raise ValueError(f"a video address can be at most {MAX_VIDEO_URL} characters long")
    if any(ch.isspace() or not ch.isprintable() for ch in address):
        raise ValueError("a video address cannot hold spaces")
    if not address.lower().startswith("https://"):
        raise ValueError("a video address must start with https:// (a secure web address)")
    try:
        parts = urlsplit(address)
        port = parts.port  # reading it checks it is a number in range
    except ValueError:
        raise ValueError(f"a video address must be a web address such as {EXAMPLE}") from None
    if parts.username is not None or parts.password is not None:
        raise ValueError("a video address cannot hold a user name or password")
    if not parts.hostname or not _HOST.fullmatch(parts.hostname) or port == 0:
        raise ValueError(f"a video address must name a site, such as {EXAMPLE}")
    return address


def video_for(exercise_id: str, own_address: str | None, clinic_videos: Mapping[str, str]) -> str | None:
    """The exercise's own address (a clinic exercise's), else the one the clinic set for its id."""
    return own_address or clinic_videos.get(exercise_id)
