"""The desktop bundle's recipe (packaging/): what it carries and leaves out, and that the app finds its
data inside it. The bundle itself is built by packaging/build.sh, not here (it takes minutes)."""

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from ptplanner import resources
from ptplanner.storage import migrate

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load_bundle_contents():
    spec = importlib.util.spec_from_file_location("bundle_contents", PACKAGING / "bundle_contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load_bundle_contents()


def test_every_data_file_the_app_reads_is_in_the_bundle():
    placed = {Path(folder, Path(source).name).as_posix() for source, folder in contents.data_files(ROOT)}
    for toml in (ROOT / "exercises").rglob("*.toml"):
        assert "ptplanner/_bundled/" + toml.relative_to(ROOT).as_posix() in placed
    assert {"ptplanner/_bundled/exercises/templates/fusion-hip-si.toml", "LICENSE"} <= placed
    for font in (ROOT / "assets" / "fonts").iterdir():  # the fonts and their licences
        assert f"ptplanner/_bundled/assets/fonts/{font.name}" in placed
    assert {"ptplanner/_bundled/assets/icons/ptplanner-256.png", "ptplanner/_bundled/assets/icons/ptplanner.svg"} <= placed
    migrations = {p.relative_to(ROOT).as_posix() for p in migrate.MIGRATIONS.rglob("*.py")}
    migrations = {m for m in migrations if "__pycache__" not in m}
    assert migrations and migrations <= placed and "ptplanner/storage/migrations/env.py" in placed
    assert not [p for p in placed if "__pycache__" in p or p.endswith(".pyc") or "screenshots" in p]


def test_the_spec_uses_the_checked_lists_and_filters():
    spec = (PACKAGING / "ptplanner.spec").read_text(encoding="utf-8")
    assert "datas=data_files(ROOT)" in spec and "excludes=list(EXCLUDED_MODULES)" in spec
    assert "hiddenimports=[*HIDDEN_IMPORTS, *(name for package in HIDDEN_PACKAGES" in spec
    assert {"_rl_accel", "alembic.op"} <= set(contents.HIDDEN_IMPORTS)  # loaded by exec() and from files
    assert "reportlab.graphics.barcode" in contents.HIDDEN_PACKAGES  # the QR codes' modules, by exec()
    assert "*compiled_runtimes()]" in spec
    assert "a.binaries = [entry for entry in a.binaries if wanted(entry[0])]" in spec
    assert "a.datas = [entry for entry in a.datas if wanted(entry[0])]" in spec
    assert "console=not (WINDOWS or MACOS)" in spec  # windowed on Windows and macOS
    assert "ptplanner.ico" in spec and "ptplanner.icns" in spec
    for icon in ("ptplanner.ico", "ptplanner.icns", "ptplanner-256.png"):
        assert (ROOT / "assets" / "icons" / icon).stat().st_size > 500


def test_a_compiled_toml_parser_goes_in_with_the_module_its_parts_import_from_c():
    import tomli

    assert "tomli" in contents.HIDDEN_PACKAGES
    if not tomli.__file__.endswith((".so", ".pyd")):
        pytest.skip("tomli is installed uncompiled here: it has no runtime module")
    [runtime] = contents.compiled_runtimes()
    assert runtime.endswith("__mypyc") and importlib.util.find_spec(runtime) is not None


def test_no_qt_module_the_app_imports_is_excluded_and_the_heavy_ones_are():
    used = set()
    for source in (ROOT / "ptplanner").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", source.read_text(encoding="utf-8")))
    assert {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtWidgets"} <= used
    assert not used & set(contents.EXCLUDED_MODULES)
    for heavy in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia"):
        assert heavy in contents.EXCLUDED_MODULES


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qtbase_fr.qm",  # where the Windows wheel keeps them
        "PySide6/Qt/plugins/imageformats/libqgif.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/plugins/imageformats/qwebp.dll",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    ],
)
def test_unused_qt_parts_are_left_out(path):
    assert not contents.wanted(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",  # JPEG photos and logos
        "PySide6\\plugins\\imageformats\\qjpeg.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "ptplanner/_bundled/exercises/bridge.toml",
    ],
)
def test_what_the_app_uses_is_kept(path):
    assert contents.wanted(path)


def test_frozen_the_app_finds_its_data_under_meipass(tmp_path, monkeypatch):
    """Lay the data out as the spec does, then look it up as the bundle's program would."""
    for source, folder in contents.data_files(ROOT):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, tmp_path / folder)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = tmp_path / "ptplanner" / "_bundled"
    assert resources.exercises_dir() == bundled / "exercises"
    assert (resources.templates_dir() / "fusion-hip-si.toml").is_file()
    assert (resources.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert (resources.icons_dir() / "ptplanner-32.png").is_file()

    from ptplanner.core.library import load_library

    library = load_library(resources.exercises_dir())
    assert len(library) == len(list((ROOT / "exercises").glob("*.toml")))


def test_from_source_the_data_is_found_beside_the_package(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resources.exercises_dir() in (ROOT / "exercises", ROOT / "ptplanner" / "_bundled" / "exercises")
    assert (resources.icons_dir() / "ptplanner.svg").is_file()


def test_the_windows_installer_installs_the_bundle_and_keeps_the_data():
    script = (PACKAGING / "windows" / "ptplanner.iss").read_text(encoding="utf-8")
    from ptplanner import __version__

    assert f'#define AppVersion "{__version__}"' in script
    assert 'Source: "..\\..\\dist\\ptplanner\\*"' in script and "recursesubdirs" in script
    assert 'Filename: "{app}\\ptplanner.exe"' in script  # the windowed program the spec names ptplanner
    assert "AppId={{" in script  # a fixed id: a new version updates the installed one
    sections = re.findall(r"^\[(\w+)\]", script, re.MULTILINE)
    assert "UninstallDelete" not in sections
    assert "localappdata" not in script.lower().replace("%localappdata%\\ptplanner", "")


def test_the_bundle_keeps_babels_data_for_every_handout_locale_and_no_other(tmp_path, monkeypatch):
    from datetime import date

    import babel.localedata
    from babel.dates import format_date

    from ptplanner.core.local_formats import HANDOUT_LOCALES

    source = Path(babel.localedata._dirname)
    for data in source.glob("*.dat"):
        if contents.wanted(f"babel/locale-data/{data.name}"):
            shutil.copy(data, tmp_path / data.name)
    assert len(list(tmp_path.iterdir())) == len(contents.BABEL_LOCALES)
    monkeypatch.setattr(babel.localedata, "_dirname", str(tmp_path))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    for name in HANDOUT_LOCALES:  # each loads with its parents from the kept files alone
        assert format_date(date(2026, 12, 4), "long", locale=babel.Locale(*name.split("_"))).endswith("2026")
    with pytest.raises(babel.UnknownLocaleError):
        babel.Locale("fr")
