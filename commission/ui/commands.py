"""Every edit is a QUndoCommand that saves at once through commission.services.edits.

The first run happens before the command is pushed, so a refused edit (a conflict, a bad value)
is reported and never reaches the undo stack. Undo and redo are further service calls, each in its
own transaction; afterwards the store re-reads off the GUI thread what the command says it touched
(`touched`: the records, by kind and id), or the whole commission when it cannot say.

A conflict opens the two-versions dialog (ui.conflict), whose choice is saved as a new command; a
lost connection offers to run the very same call again. An undo or redo that lost its connection
changed nothing, so the stack is put back where the data is before "Try again" is offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from commission.errors import UserError
from commission.kinds import KINDS
from commission.ui.settings import Settings

if TYPE_CHECKING:
    from commission.services import edits
else:

    class _Edits:
        """commission.services.edits, imported on its first use: the window is built and painted before
        SQLAlchemy is loaded (tests/ui/test_start_imports.py)."""

        def __getattr__(self, name: str):
            from commission.services import edits

            return getattr(edits, name)

    edits = _Edits()

NOUNS = {kind.name: kind.undo_word for kind in KINDS.values()}  # in undo texts ("Edit insight")
OWNED = frozenset({"update", "milestone"})  # a commitment's own rows: changing one touches its commitment
ALONE = OWNED | {"commitment"}  # deleting one takes nothing with it but its own rows
Touched = frozenset[tuple[str, int]] | None  # (kind, id) of each record changed; None: it may be more


def touched(kind: str, record_id: int | None, *records: dict | None) -> Touched:
    """What a change of one record touched, for Store.refresh (which reads again by id what it can, and
    everything otherwise): the record, or for an update or a milestone its commitment in each of `records`."""
    if kind in OWNED:
        owners = {r["commitment_id"] for r in records if r and r.get("commitment_id") is not None}
        return frozenset(("commitment", owner) for owner in owners) or None
    return None if record_id is None else frozenset({(kind, record_id)})


class ServiceCommand(QUndoCommand):
    """Base: `do` and `undo_` call services; errors are shown and the command is dropped."""

    def __init__(self, editor: Editor, text: str):
        super().__init__(text)
        self.editor = editor
        self._first = True
        self._skip = False  # the next undo/redo only moves the stack back (see _guard)

    @property
    def db(self):
        return self.editor.store.db

    @property
    def actor(self) -> str:
        return self.editor.actor

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def touched(self, undoing: bool = False) -> Touched:
        """The records the last `do` (or `undo_`) changed, for Store.refresh; None: it may have changed more."""
        return None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._skip:
            self._skip = False
            return
        self._guard(self.do, undoing=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._guard(self.undo_, undoing=True)

    def _guard(self, fn, *, undoing: bool) -> None:
        try:
            fn()
        except UserError as exc:
            if isinstance(exc, edits.ConnectionLost):
                # Nothing was written: step the stack back to match the data, then offer the same step again.
                stack = self.editor.stack
                self._skip = True
                QTimer.singleShot(0, stack.redo if undoing else stack.undo)
                self.editor.refused(self, exc, retry=stack.undo if undoing else stack.redo)
            else:
                self.setObsolete(True)  # the stack drops a command that can no longer be applied
                self.editor.refused(self, exc, undoing=undoing)
            self.editor.store.refresh()  # refused: someone else's change may be why, so read it all
        else:
            self.editor.store.refresh(self.touched(undoing))


@dataclass(frozen=True)
class Change:
    """One record's fields from `before` to `after`; the save is refused if the record is no longer at `version`
    (someone else saved it since), and None `version` skips that check."""

    kind: str
    record_id: int
    before: dict
    after: dict
    version: int | None

    def narrowed(self) -> Change | None:
        """The same change with only the fields whose values really change; None when none does."""
        changed = {k: v for k, v in self.after.items() if self.before.get(k) != v}
        if not changed:
            return None
        return replace(self, before={k: self.before.get(k) for k in changed}, after=changed)


class EditRecord(ServiceCommand):
    MERGE_ID = 1001

    def __init__(self, editor, change: Change, text: str = "", mergeable: bool = False):
        super().__init__(editor, text or f"Edit {NOUNS[change.kind]}")
        self.kind, self.record_id, self.before, self.after = change.kind, change.record_id, change.before, change.after
        self.version = change.version
        self.mergeable = mergeable
        self.result: dict = {}

    def id(self) -> int:
        return self.MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into one text field is one undo step, however many times it was saved on the way."""
        if not (
            isinstance(other, EditRecord)
            and other.mergeable
            and other.kind == self.kind
            and other.record_id == self.record_id
            and set(other.after) == set(self.after)
        ):
            return False
        self.after, self.version, self.result = other.after, other.version, other.result
        return True

    def do(self) -> None:
        self.result = edits.edit(
            self.db, self.kind, self.record_id, self.after, expected_version=self.version, actor=self.actor
        )
        self.version = self.result["version"]

    def undo_(self) -> None:
        self.result = edits.edit(
            self.db, self.kind, self.record_id, self.before, expected_version=self.version, actor=self.actor
        )
        self.version = self.result["version"]

    def touched(self, undoing: bool = False) -> Touched:
        return touched(self.kind, self.record_id, self.before, self.after, self.result)


class CreateRecord(ServiceCommand):
    """Create a record (and its links); undo deletes it, redo restores it under the same id."""

    def __init__(self, editor, kind: str, values: dict, links: dict[str, list[int]] | None = None, text: str = ""):
        super().__init__(editor, text or f"Add {NOUNS[kind]}")
        self.kind, self.values, self.links = kind, values, links or {}
        self.result: dict = {}
        self.snapshot: dict | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.result = edits.restore(self.db, self.kind, self.snapshot, actor=self.actor)
            return
        if not self.result:  # a retry after a lost connection does not create it twice
            self.result = edits.create(self.db, self.kind, self.values, actor=self.actor)
        for link, ids in self.links.items():
            edits.set_links(self.db, self.kind, self.result["id"], link, ids, actor=self.actor)

    def undo_(self) -> None:
        self.snapshot = edits.delete(self.db, self.kind, self.result["id"], actor=self.actor)

    def touched(self, undoing: bool = False) -> Touched:
        if undoing and self.kind not in ALONE:
            return None  # what was linked to it since went with it
        return touched(self.kind, self.result.get("id"), self.result)


class DeleteRecord(ServiceCommand):
    """Delete a record; undo restores it under the same id, with everything that went with it
    (the services snapshot what the database cascades or unlinks, and restore it in one transaction)."""

    def __init__(
        self,
        editor,
        kind: str,
        record_id: int,
        text: str = "",
        expect: dict | None = None,
        placed: Callable[[bool], None] | None = None,
    ):
        super().__init__(editor, text or f"Delete {NOUNS[kind]}")
        self.kind, self.record_id = kind, record_id
        self.expect = expect  # the record as shown: refused if its id names another by now
        self.snapshot: dict | None = None
        # the screen's word, before the record goes (False) and once it is back (True), before the re-read:
        # what to select when the list has been read again
        self.placed = placed

    def do(self) -> None:
        if self.placed is not None:
            self.placed(False)
        self.snapshot = edits.delete(self.db, self.kind, self.record_id, actor=self.actor, expect=self.expect)
        self.expect = None  # a redo deletes what the undo brought back

    def undo_(self) -> None:
        assert self.snapshot is not None  # undone only after do() made it
        edits.restore(self.db, self.kind, self.snapshot, actor=self.actor)
        if self.placed is not None:
            self.placed(True)

    def touched(self, undoing: bool = False) -> Touched:
        if self.kind not in ALONE or self.snapshot is None:
            return None  # a deletion cascades, and its undo brings back all that went with it
        return touched(self.kind, self.record_id, self.snapshot["record"])


class SetLinks(ServiceCommand):
    def __init__(
        self, editor, kind: str, record_id: int, link: str, before: list[int], after: list[int], text: str = ""
    ):
        super().__init__(editor, text or f"Change links of {NOUNS[kind]}")
        self.kind, self.record_id, self.link, self.before, self.after = kind, record_id, link, before, after

    def do(self) -> None:
        edits.set_links(self.db, self.kind, self.record_id, self.link, self.after, actor=self.actor)

    def undo_(self) -> None:
        edits.set_links(self.db, self.kind, self.record_id, self.link, self.before, actor=self.actor)

    def touched(self, undoing: bool = False) -> Touched:
        return touched(self.kind, self.record_id)  # a record's links are read with it


class SetAttendance(ServiceCommand):
    def __init__(self, editor, session_id: int, member_id: int, before: str | None, after: str | None):
        super().__init__(editor, "Change attendance")
        self.session_id, self.member_id, self.before, self.after = session_id, member_id, before, after

    def do(self) -> None:
        edits.set_attendance(self.db, self.session_id, self.member_id, self.after, actor=self.actor)

    def undo_(self) -> None:
        edits.set_attendance(self.db, self.session_id, self.member_id, self.before, actor=self.actor)


class SetConsent(ServiceCommand):
    """Consent history is never rewritten: undo records the earlier decision again, with a note."""

    def __init__(
        self,
        editor,
        member_id: int,
        kind: str,
        before: tuple[bool, date | None],
        after: tuple[bool, date | None],
        note: str = "",
    ):
        super().__init__(editor, "Record consent")
        self.member_id, self.kind, self.before, self.after, self.note = member_id, kind, before, after, note

    def do(self) -> None:
        given, expires = self.after
        edits.set_consent(self.db, self.member_id, self.kind, given, expires, note=self.note, actor=self.actor)

    def undo_(self) -> None:
        given, expires = self.before
        edits.set_consent(
            self.db, self.member_id, self.kind, given, expires, note="recorded in error: undone", actor=self.actor
        )


class LogUpdate(ServiceCommand):
    def __init__(self, editor, commitment_id: int, values: dict):
        super().__init__(editor, "Log update")
        self.commitment_id, self.values = commitment_id, values
        self.result: dict = {}
        self.snapshot: dict | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.result = edits.restore(self.db, "update", self.snapshot, actor=self.actor)
        else:
            self.result = edits.log_update(self.db, self.commitment_id, **self.values, actor=self.actor)

    def undo_(self) -> None:
        self.snapshot = edits.delete(self.db, "update", self.result["id"], actor=self.actor)

    def touched(self, undoing: bool = False) -> Touched:
        return frozenset({("commitment", self.commitment_id)})


class Editor:
    """The one door for changes: runs a command once, keeps it for undo, and refreshes the store."""

    def __init__(self, store, stack: QUndoStack, settings: Settings):
        self.store, self.stack, self.settings = store, stack, settings
        self.conflict_dialog = None  # open while a conflict waits for a choice
        self.connection_dialog = None  # open while a lost connection waits for "Try again"
        self.last_message = ""

    @property
    def actor(self) -> str:
        """Who the audit trail records for each change: the Preferences name, read afresh every time."""
        return self.settings.actor

    def run(self, command: ServiceCommand) -> bool:
        try:
            command.do()
        except UserError as exc:
            self.refused(command, exc, retry=lambda: self.run(command))
            self.store.refresh()  # refused: someone else's change may be why, so read it all
            return False
        self.stack.push(command)  # redo() skips its first call: the work is already done
        self.store.refresh(command.touched())
        return True

    def refused(self, command: ServiceCommand, exc: UserError, *, undoing: bool = False, retry=None) -> None:
        """Say why a change was not saved: both versions for a conflict, "Try again" for a lost connection."""
        from commission.ui import conflict

        if isinstance(exc, edits.ConnectionLost) and retry is not None:
            conflict.offer_retry(self, str(exc), retry)
        elif isinstance(exc, edits.ConflictError) and isinstance(command, EditRecord):
            conflict.show_conflict(self, command, exc, undoing=undoing)
        else:
            self.store.error.emit(str(exc))

    def write(self, work):
        """A change with no undo step (a new commission): `work(db, actor)`, its own transaction, at once."""
        return work(self.store.db, self.actor)

    # Short-hands the screens use.
    def edit(self, change: Change, text: str = "", mergeable: bool = False):
        """Save `change` as one undo step (only the fields it really changes); None when it changes nothing."""
        narrowed = change.narrowed()
        if narrowed is None:
            return None
        command = EditRecord(self, narrowed, text, mergeable)
        return command.result if self.run(command) else None

    def create(self, kind: str, values: dict, links: dict[str, list[int]] | None = None, text: str = ""):
        command = CreateRecord(self, kind, values, links, text)
        return command.result if self.run(command) else None

    def delete(
        self,
        kind: str,
        record_id: int,
        text: str = "",
        expect: dict | None = None,
        placed: Callable[[bool], None] | None = None,
    ) -> bool:
        """`expect`: fields the record must still have (as shown), else nothing is deleted. `placed`: see
        DeleteRecord (what a screen chooses after the delete and after its undo)."""
        return self.run(DeleteRecord(self, kind, record_id, text, expect, placed))

    def set_links(self, kind: str, record_id: int, link: str, before: list[int], after: list[int], text: str = ""):
        if sorted(before) == sorted(after):
            return False
        return self.run(SetLinks(self, kind, record_id, link, before, after, text))

    def set_attendance(self, session_id: int, member_id: int, before: str | None, after: str | None) -> bool:
        return self.run(SetAttendance(self, session_id, member_id, before, after))

    def set_consent(self, member_id: int, kind: str, before, after, note: str = "") -> bool:
        return self.run(SetConsent(self, member_id, kind, before, after, note))

    def log_update(self, commitment_id: int, values: dict):
        command = LogUpdate(self, commitment_id, values)
        return command.result if self.run(command) else None
