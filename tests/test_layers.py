"""The arrows go one way: ui → services → storage. Qt lives only in commission/ui; the UI never
talks SQL; the domain rules and reports take plain data."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "commission"


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module if node.module.startswith("commission") else node.module.split(".")[0])
    return names


def modules(*parts):
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py")) if parts else sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    "path",
    [p for p in modules() if "ui" not in p.relative_to(PACKAGE).parts],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_qt_outside_ui(path):
    assert "PySide6" not in imports(path)


@pytest.mark.parametrize("path", modules("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_ui_does_not_talk_sql(path):
    found = imports(path)
    assert "sqlalchemy" not in found
    assert not any(name.startswith("commission.storage.models") for name in found)


@pytest.mark.parametrize("name", ["progress.py", "privacy.py", "domain.py", "vocab.py", "outward.py"])
def test_rules_are_pure(name):
    found = imports(PACKAGE / name)
    assert not found & {"sqlalchemy", "PySide6", "pandas"}
    assert not any(n.startswith(("commission.storage", "commission.services")) for n in found)


@pytest.mark.parametrize("path", modules("reports"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_reports_take_plain_data(path):
    found = imports(path)
    assert "sqlalchemy" not in found
    assert not any(n.startswith(("commission.storage", "commission.services")) for n in found)
