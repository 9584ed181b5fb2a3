"""The app's own words in the user's language, with Qt's translator.

The sources are `gui/translations/ptplanner_<language>.ts` (made and updated with `pyside6-lupdate`); the
first start that needs one compiles it with PySide6's own `lrelease` into the user's cache folder, named
by the source's digest, so an updated source is compiled again.

The language is, first found: PTPLANNER_UI_LANGUAGE ("es", "en"), the user's `ui/language` setting (View >
Language, gui/language_menu.py; kept in the settings of gui/layout.py), then the computer's own language
(QLocale.system()). A
language ptplanner has no translation for leaves the app in English.

Installing a translation also makes the GUI thread speak it (core.language.set_language), so the sentences
the core writes for the therapist (suggestions, flags, warnings, error messages) are in the same language.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from contextvars import Token
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ptplanner.gui.layout import app_settings

SOURCES = Path(__file__).parent / "translations"
LANGUAGE_VARIABLE = "PTPLANNER_UI_LANGUAGE"
LANGUAGE_SETTING = "ui/language"
_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease;"
    " sys.argv = ['lrelease', *sys.argv[1:]]; sys.exit(lrelease())"
)
log = logging.getLogger(__name__)
_KEPT: list[QTranslator] = []  # Qt does not own an installed translator: Python must keep it alive
_SPOKEN: dict[int, Token] = {}  # the core's language set with ptplanner's translator, by its id
_in_use: str | None = None  # what the last install_translators settled on (None: not called, or removed)


def ui_language() -> str:
    """'es', 'en'...: the variable's, else the user's setting, else the computer's language."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    chosen = chosen or str(app_settings().value(LANGUAGE_SETTING, "") or "").strip()
    return (chosen or system_language()).lower()


def language_in_use() -> str:
    """The language this run's windows speak: what install_translators installed ('en' when it installed
    none), so the dates on screen keep to the menus' language until a restart, as a choice made in View >
    Language does. Before any install (tests, tools): ui_language(). Read once, not at every date."""
    return _in_use or ui_language()


def system_language() -> str:
    """The computer's language ('es' for es_MX or es_ES; 'en' when it names none, as the C locale does)."""
    language = QLocale.system().name().split("_")[0]
    return language if language not in ("", "C") else "en"


def compiled_translation(language: str, cache: Path) -> Path | None:
    """The .qm file for `language` (compiled now if needed); None when ptplanner has no such translation."""
    source = SOURCES / f"ptplanner_{language}.ts"
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / f"ptplanner_{language}-{digest}.qm"
    if not target.is_file():
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        command = [sys.executable, "-c", _LRELEASE, str(source), "-silent", "-qm", str(partial)]
        subprocess.run(command, check=True, capture_output=True, timeout=60)
        partial.replace(target)  # never a half-written file under the final name
    return target


def install_translators(language: str | None = None, cache: Path | None = None) -> list[QTranslator]:
    """Install ptplanner's and Qt's own translations for `language` (default: ui_language()). English,
    or a language ptplanner does not have, installs nothing; a failure is logged and leaves English."""
    language = language or ui_language()
    app = QCoreApplication.instance()
    if app is None:
        return []
    installed, ours_in = _install(app, language, cache)
    global _in_use
    _in_use = language if ours_in else "en"
    return installed


def _install(app: QCoreApplication, language: str, cache: Path | None) -> tuple[list[QTranslator], bool]:
    """The translators installed, and whether ptplanner's own is one of them."""
    if language == "en":
        return [], False
    try:
        ours = compiled_translation(language, cache or Path(user_cache_dir("ptplanner")))
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("The %s translation could not be compiled (%s); the app stays in English.", language, error)
        return [], False
    if ours is None:
        return [], False
    installed = []
    translators = _translators(ours, language)
    for translator, loaded in translators:
        if loaded and app.installTranslator(translator):
            installed.append(translator)
    _KEPT.extend(installed)
    mine = translators[0][0]
    from ptplanner.core.language import Language, set_language  # here: the window's frame paints first

    if mine in installed and language in {known.value for known in Language}:
        _SPOKEN[id(mine)] = set_language(Language(language))
    return installed, mine in installed


def remove_translators(translators: list[QTranslator]) -> None:
    global _in_use
    _in_use = None
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
        if translator in _KEPT:
            _KEPT.remove(translator)
        token = _SPOKEN.pop(id(translator), None)
        if token is not None:
            from ptplanner.core.language import reset_language

            reset_language(token)


def _translators(ours: Path, language: str) -> list[tuple[QTranslator, bool]]:
    mine, qt = QTranslator(), QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own words: the Save and Cancel buttons, the file dialogs.
    return [(mine, mine.load(str(ours))), (qt, qt.load(f"qtbase_{language}", qt_folder))]
