"""The Reviews screen's changes as Editor commands: resolving an item is one undoable step (Ctrl+Z).

Each runs, like every edit, through commission.services in one transaction; undo is a further service
call (services.reviews.undo_resolution), refused in words once the round is closed or the new words
have been answered.
"""

from __future__ import annotations

from commission.services import reviews
from commission.ui.commands import ServiceCommand


class ResolveItem(ServiceCommand):
    """Resolve a review item: new words (the record changes with them), or the words kept with a reason."""

    def __init__(
        self,
        editor,
        item_id: int,
        *,
        new_text: str | None = None,
        keep_reason: str | None = None,
        expected_text_version: int | None = None,
    ):
        super().__init__(
            editor, "Change a review item's words" if new_text is not None else "Keep a review item's words"
        )
        self.item_id, self.new_text, self.keep_reason = item_id, new_text, keep_reason
        self.expected_text_version = expected_text_version
        self.before: dict = {}  # the item (and its record) as they were: filled by the service as it resolves
        self.result: int | None = None

    def do(self) -> None:
        expected = self.before["text_version"] if self.before else self.expected_text_version
        self.result = reviews.resolve_item(
            self.db,
            self.item_id,
            new_text=self.new_text,
            keep_reason=self.keep_reason,
            expected_text_version=expected,
            actor=self.actor,
            before=self.before,
        )

    def undo_(self) -> None:
        reviews.undo_resolution(self.db, self.item_id, self.before, actor=self.actor)
