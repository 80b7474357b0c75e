"""The words of the updates on screen, read when a commitment is opened.

The Snapshot holds every update without its words (queries.load_commission_data(update_texts=False): on
a large commission 100,000 notes nobody is reading); the screens that show them (a commitment's
timeline, an insight's trace) ask here. The words of a commitment's updates are read in one query on the
updates' commitment index, on the Store's runner, never on the GUI thread, and kept for the last few
commitments asked for while the Snapshot's updates of each are the very same records. An edit of a
commitment reads its updates again, and their words with them in the same query (Snapshot.words): the
commitment on screen shows its new update's note without reading again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection

from commission import domain

Texts = dict[int, list[domain.Update]]  # commitment id → its updates with their words, in the Snapshot's order


class UpdateTexts:
    """Reads and keeps the words of the updates of the commitments asked for, for one Store."""

    KEPT = 200  # commitments' words kept (an insight's trace may show a few dozen)

    def __init__(self, store):
        self.store = store
        self._kept: OrderedDict[int, tuple[list[domain.Update], list[domain.Update]]] = OrderedDict()

    def known(self, snap, commitment_ids: Collection[int]) -> Texts | None:
        """The updates of these commitments with their words when they are at hand (read before, or the
        Snapshot holds them), else None: `read` them."""
        grouped = snap.data.updates_by_commitment
        if snap.data.update_texts:
            return {c: grouped.get(c, []) for c in commitment_ids}
        found: Texts = {}
        for c in commitment_ids:
            light = grouped.get(c, [])
            kept = self._kept.get(c)
            if (kept is None or not _same(kept[0], light)) and c in snap.words:  # read with an edit of it
                kept = self._keep(c, light, snap.words[c])
            if kept is None or not _same(kept[0], light):
                return None
            self._kept.move_to_end(c)
            found[c] = kept[1]
        return found

    def read(self, snap, commitment_ids: Collection[int], on_done: Callable[[Texts], None], on_error=None) -> None:
        """`on_done(texts)` with the updates of these commitments as `snap` has them, each with its words: at
        once when known, else once read off the GUI thread (the caller checks it still shows `snap`)."""
        ids = list(dict.fromkeys(commitment_ids))
        known = self.known(snap, ids)
        if known is not None:
            on_done(known)
            return
        from commission.services.queries import load_updates  # SQLAlchemy: loaded with the database

        cid = snap.commission.id
        self.store.read(lambda db: load_updates(db, cid, ids), lambda full: on_done(self._merged(snap, full)), on_error)

    def _merged(self, snap, full: Texts) -> Texts:
        """The Snapshot's updates of each commitment, each with its words from `full` (an update the database
        no longer has keeps none: the next Snapshot will not hold it either)."""
        grouped = snap.data.updates_by_commitment
        return {c: self._keep(c, grouped.get(c, []), read)[1] for c, read in full.items()}

    def _keep(self, c: int, light: list, read: list) -> tuple[list, list]:
        """Kept: the Snapshot's updates of commitment `c` (`light`), each with its words from `read`."""
        by_id = {u.id: u for u in read}
        kept = self._kept[c] = (light, [by_id.get(u.id, u) for u in light])
        self._kept.move_to_end(c)
        while len(self._kept) > self.KEPT:
            self._kept.popitem(last=False)
        return kept

    def clear(self) -> None:
        self._kept.clear()


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
