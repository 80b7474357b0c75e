"""The Reviews screen's changes as Editor commands: each is one undoable step (Ctrl+Z).

Each runs, like every edit, through commission.services in one transaction; undo is a further service
call (services.reviews.undo_resolution, delete_round, remove_items, remove_reviewers, reopen_round), refused
in words once something later depends on what it did (an answer, a newer round).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


class CreateRound(ServiceCommand):
    """Open a review round with its items and reviewers; undo deletes it while no one has answered."""

    def __init__(self, editor, commission_id: int, title: str, items, reviewer_ids):
        super().__init__(editor, "New review round")
        self.commission_id, self.title, self.items, self.reviewer_ids = commission_id, title, list(items), reviewer_ids
        self.result: int | None = None

    def do(self) -> None:
        self.result = reviews.create_round(
            self.db, self.commission_id, self.title, self.items, self.reviewer_ids, actor=self.actor
        )

    def undo_(self) -> None:
        if self.result is not None:
            reviews.delete_round(self.db, self.result, actor=self.actor)


class AddItems(ServiceCommand):
    """Add items to an open round; undo takes them out again while they are unanswered."""

    def __init__(self, editor, round_id: int, items):
        super().__init__(editor, "Add to the review round")
        self.round_id, self.items = round_id, list(items)
        self.result: list[int] = []

    def do(self) -> None:
        self.result = reviews.add_items(self.db, self.round_id, self.items, actor=self.actor)

    def undo_(self) -> None:
        reviews.remove_items(self.db, self.result, actor=self.actor)


class AddReviewers(ServiceCommand):
    """Ask more members to review; undo stops asking them while they have not answered."""

    def __init__(self, editor, round_id: int, member_ids, already):
        super().__init__(editor, "Ask more reviewers")
        self.round_id = round_id
        self.member_ids = [i for i in dict.fromkeys(member_ids) if i not in set(already)]  # only those newly asked

    def do(self) -> None:
        reviews.add_reviewers(self.db, self.round_id, self.member_ids, actor=self.actor)

    def undo_(self) -> None:
        reviews.remove_reviewers(self.db, self.round_id, self.member_ids, actor=self.actor)


class CloseRound(ServiceCommand):
    """Close a round (agreed items signed off, updates given the panel's verdict); undo opens it again as it was,
    while no newer round has been opened and nothing the closing set has changed."""

    def __init__(self, editor, round_id: int):
        super().__init__(editor, QCoreApplication.translate("CloseRound", "Close the review round"))
        self.round_id = round_id
        self.before: dict = {}  # what the closing changed: filled by the service as it closes
        self.result: reviews.CloseSummary | None = None

    def do(self) -> None:
        self.result = reviews.close_round(self.db, self.round_id, actor=self.actor, before=self.before)

    def lines(self) -> list[str]:
        """What the closing did, in words for the coordinator (none before it ran)."""
        return self.result.lines() if self.result is not None else []

    def undo_(self) -> None:
        reviews.reopen_round(self.db, self.round_id, self.before, actor=self.actor)
