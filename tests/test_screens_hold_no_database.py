"""Screens hold no database (issue 11): only the Store (reads) and the Editor's commands (writes) touch it.

Every module of commission/ui is parsed; any other module that reads an attribute named `db` (`store.db`,
`self.db`) or imports commission.storage fails. A screen asks the Store (`store.read`, `store.submit`: the
database goes into the job on the runner) or the Editor (`editor.run(...)`: an undoable command).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "commission" / "ui"

# The Store holds the open database; the Editor's commands (one module per family of commands) write to it.
HOLDERS = {"store.py", "commands.py", "framework_commands.py", "review_commands.py"}
# The screenshot tooling drives a finished window from outside, as a test does (it is leaving commission/ui).
OUTSIDE = ("screenshots",)


def offences(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            found.append(f"line {node.lineno}: .db")
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}" for a in node.names if a.name.startswith("commission.storage")
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("commission.storage"):
            found.append(f"line {node.lineno}: from {node.module} import …")
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module == "commission"
            and any(a.name == "storage" for a in node.names)
        ):
            found.append(f"line {node.lineno}: from commission import storage")
    return found


def test_the_check_sees_both_kinds_of_reach():
    assert offences("x = self.store.db\n") == ["line 1: .db"]
    assert offences("from commission.storage.backup import backup_now\n")
    assert offences("import commission.storage.db\n")
    assert offences("def f():\n    from commission import storage\n")
    assert offences("db = 1\nstore.read(lambda db: db)\n") == []  # a job's own argument is not a screen's


def test_no_screen_or_dialog_holds_the_database():
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 40
    bad = {
        str(path.relative_to(UI)): found
        for path in modules
        if (path.name not in HOLDERS or path.parent != UI) and not path.name.startswith(OUTSIDE)
        if (found := offences(path.read_text(encoding="utf-8")))
    }
    assert bad == {}
