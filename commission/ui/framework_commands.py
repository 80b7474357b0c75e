"""Undoable framework changes: adding a coordinator's own framework (undo deletes it with its areas)."""

from __future__ import annotations

from commission.services import edits
from commission.services.frameworks import add_framework
from commission.ui.commands import ServiceCommand


class AddFramework(ServiceCommand):
    def __init__(self, editor, commission_id: int, name: str, areas: list[str]):
        super().__init__(editor, "Add framework")
        self.commission_id, self.name, self.areas = commission_id, name, areas
        self.result: dict = {}
        self.snapshot: dict | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.result = edits.restore(self.db, "framework", self.snapshot, actor=self.actor)
        elif not self.result:
            self.result = add_framework(self.db, self.commission_id, self.name, self.areas, actor=self.actor)

    def undo_(self) -> None:
        self.snapshot = edits.delete(self.db, "framework", self.result["id"], actor=self.actor)


def add(editor, commission_id: int, name: str, areas: list[str]) -> dict | None:
    command = AddFramework(editor, commission_id, name, areas)
    return command.result if editor.run(command) else None
