"""Adding to a review round and resolving its items: a new round, the items and reviewers added to it, and each
resolution are Editor commands (ui.review_commands), one undo step each. The Reviews screen (ui.reviews) is made
on this base; it holds the widgets and the round on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from commission.ui.jobs import report_failure, show_status
from commission.ui.review_commands import AddItems, AddReviewers, CreateRound, ResolveItem

if TYPE_CHECKING:
    from commission.services.review_views import RoundView
    from commission.ui.commands import Editor
    from commission.ui.review_dialogs import NewRoundDialog
    from commission.ui.store import Snapshot


class RoundEdits(QWidget):
    """The Reviews screen's changes to a round; what they need of the screen is declared here."""

    store: Any  # the Store (ui.store) the screen was made with
    editor: Editor
    snapshot: Snapshot | None
    view: RoundView | None  # the round on screen
    _want_round: int | None
    new_round_dialog: NewRoundDialog | None
    add_dialog: QDialog | None  # adding items or reviewers

    def reload(self, round_id: int | None = None) -> None:
        raise NotImplementedError  # the screen re-reads its rounds

    def _read(self, query, on_done) -> None:
        """`query(db)` off the GUI thread (the Store's runner), its answer to `on_done`; a failure said in words."""
        self.store.read(query, on_done, lambda exc: report_failure(self, exc))

    def _with_available_items(self, then) -> None:
        """What could be put to the panel as of the date on screen, worked out off the GUI thread, to
        `then(choices)`: from the snapshot on screen when it is of that date (the commission is not read again,
        which took seconds on a large one), else from the database."""
        from commission.services.review_views import item_choices_read
        from commission.services.reviews import available_items

        cid, as_of, snap = self.store.commission_id, self.store.as_of, self.snapshot
        if snap is not None and snap.commission.id == cid and snap.as_of == as_of:
            self._read(lambda db: item_choices_read(db, snap.data, snap.figures), then)  # with the updates' words
        else:
            self._read(lambda db: available_items(db, cid, as_of=as_of), then)

    def new_round(self) -> None:
        if not self.store.is_open or self.snapshot is None:
            return
        members = self.snapshot.data.members
        self._with_available_items(lambda choices: self._open_new_round(choices, members))

    def _open_new_round(self, choices, members) -> None:
        from commission.ui.review_dialogs import NewRoundDialog

        dialog = NewRoundDialog(choices, members, self.window())
        dialog.accepted.connect(lambda: self.create_round(*dialog.values()))
        self.new_round_dialog = dialog
        dialog.open()

    def create_round(self, title: str, items, reviewer_ids) -> None:
        """A new round: one step on the undo stack (undone while no one has answered)."""
        command = CreateRound(self.editor, self.store.commission_id, title, items, reviewer_ids)
        self._want_round = None
        self._run(command, lambda: setattr(self, "_want_round", command.result))

    def add_items(self) -> None:
        if self.view is None:
            return
        in_round = [(i.kind, i.record_id) for i in self.view.items]
        self._with_available_items(lambda choices: self._open_add_items(choices, in_round))

    def _open_add_items(self, choices, in_round) -> None:
        from commission.ui.review_dialogs import AddItemsDialog

        assert self.view is not None  # items are added to the round on screen
        round_id = self.view.id
        dialog = AddItemsDialog(choices, in_round, self.window())
        dialog.accepted.connect(lambda: self._run(AddItems(self.editor, round_id, dialog.values())))
        self.add_dialog = dialog
        dialog.open()

    def add_reviewers(self) -> None:
        from commission.ui.review_dialogs import AddReviewersDialog

        if self.view is None or self.snapshot is None:
            return
        round_id, asked = self.view.id, [r.member_id for r in self.view.reviewers]
        dialog = AddReviewersDialog(self.snapshot.data.members, asked, self.window())
        dialog.accepted.connect(lambda: self._run(AddReviewers(self.editor, round_id, dialog.values(), asked)))
        self.add_dialog = dialog
        dialog.open()

    def _run(self, command, done=None) -> bool:
        """An undoable change through the Editor (one transaction); the Store re-reads, and this screen with it."""
        ran = self.editor.run(command)
        if ran and done is not None:
            done()
            self.reload()
        return ran

    def resolve_with_text(self, item_id: int, text: str, text_version: int) -> None:
        """New words for the item (and its record): one step on the undo stack, Ctrl+Z takes it back."""
        if self.editor.run(ResolveItem(self.editor, item_id, new_text=text, expected_text_version=text_version)):
            show_status(self, "New wording saved: it is the record's text now.")

    def resolve_keeping(self, item_id: int, reason: str) -> None:
        """The words kept, with the reason: one step on the undo stack."""
        if self.editor.run(ResolveItem(self.editor, item_id, keep_reason=reason)):
            show_status(self, "Kept as it is; the reason is in the sign-off trail.")
