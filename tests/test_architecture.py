"""The core/GUI split is enforced, not hoped for: import-linter contracts in pyproject.toml."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_core_modules_do_not_mention_qt_or_sql():
    # A second, plain check that also catches imports hidden inside functions.
    for path in (ROOT / "ptplanner" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("PySide6", "sqlalchemy", "reportlab"):
            assert forbidden not in text, f"{path.name} mentions {forbidden}"


def test_today_is_read_from_the_clock_alone():
    # Tests hold core/clock.py on one day; a date read anywhere else would break runs across midnight,
    # in the app or in a test that compares its own day with the app's.
    here = Path(__file__).resolve()
    held = (ROOT / "ptplanner" / "core" / "clock.py", here, here.parent / "conftest.py")
    for path in [*(ROOT / "ptplanner").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        if path.resolve() in held:
            continue
        text = path.read_text(encoding="utf-8")
        for reading in ("date.today()", "QDate.currentDate()", "QDateTime.currentDateTime().date()"):
            assert reading not in text, f"{path.relative_to(ROOT)} reads {reading}; use clock.today()"
