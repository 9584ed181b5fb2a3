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
