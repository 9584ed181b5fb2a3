"""The handout builder's warnings about the logo and the fonts, in the therapist's language.

The builder writes them in English while it speaks the patient's language (the handout's words), so a
Spanish screen would show English, and an English patient's handout on a Spanish screen too. The app
layer reads each known English warning back into its parts and says it again with `tr_clinic`; a
warning it does not know stays as written. A test builds each warning, so a change of the English
wording that these patterns miss fails there.
"""

from __future__ import annotations

import re

from ptplanner.core.language import Language, clinic_word, current_language, tr_clinic

LOGO_UNREADABLE = (
    "The clinic logo could not be read, so the handout has no logo. Choose the logo again in Settings > Clinic."
)
_MISSING = re.compile(
    r"No font on this computer can print some characters(?: in (?P<places>[^:]+))?: (?P<shown>.+?)"
    r"(?: and (?P<more>\d+) more)?\. They show as \"(?P<mark>.)\" on the handout\. Install a font that has"
    r" them \(for Chinese, Japanese or Korean, for example WenQuanYi Micro Hei or Microsoft YaHei\) and print"
    r" again\.",
    re.DOTALL,
)
_UNSHAPED = re.compile(
    r"ptplanner cannot join or combine the letters of (?P<scripts>.+?) text(?: in (?P<places>.+?))? correctly,"
    r" so some words may print wrongly\. Check the printed copy, or type that text in another script\.",
    re.DOTALL,
)
# Where on the handout the text is, as the builder names it
_PLACES = {
    "the patient's name": clinic_word("the patient's name"),
    "the therapist's name": clinic_word("the therapist's name"),
    "the stage name": clinic_word("the stage name"),
    "what the stage is for": clinic_word("what the stage is for"),
    "the clinic's name and phone": clinic_word("the clinic's name and phone"),
    "the log sheet": clinic_word("the log sheet"),
}
_EXERCISE = re.compile(r"exercise (\d+)")


def told_to_clinic(warning: str) -> str:
    """`warning` from the handout builder in the language the app speaks (as written when unknown)."""
    if current_language() is Language.ENGLISH:
        return warning
    if warning == LOGO_UNREADABLE:
        return tr_clinic(
            "The clinic logo could not be read, so the handout has no logo. Choose the logo again in"
            " Settings > Clinic."
        )
    if found := _MISSING.fullmatch(warning):
        more = found["more"]
        said = tr_clinic(
            "No font on this computer can print some characters{where}: {shown}{more}. They show as"
            ' "{mark}" on the handout. Install a font that has them (for Chinese, Japanese or Korean,'
            " for example WenQuanYi Micro Hei or Microsoft YaHei) and print again."
        )
        return said.format(
            where=_where(found["places"]), shown=found["shown"], mark=found["mark"],
            more=tr_clinic(" and {count} more").format(count=more) if more else "",
        )
    if found := _UNSHAPED.fullmatch(warning):
        said = tr_clinic(
            "ptplanner cannot join or combine the letters of {scripts} text{where} correctly, so some words"
            " may print wrongly. Check the printed copy, or type that text in another script."
        )
        return said.format(scripts=found["scripts"], where=_where(found["places"]))
    return warning


def _where(places: str | None) -> str:
    if not places:
        return ""
    return tr_clinic(" in {places}").format(places=", ".join(_place(place) for place in places.split(", ")))


def _place(place: str) -> str:
    if place in _PLACES:
        return tr_clinic(_PLACES[place])
    if found := _EXERCISE.fullmatch(place):
        return tr_clinic("exercise {number}").format(number=found[1])
    return place
