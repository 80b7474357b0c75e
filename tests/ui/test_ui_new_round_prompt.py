"""Found in last session's trial: on the large demo "New round…" took 7.5 s, most of it reading the whole
commission again and evaluating it to list what could be put to the panel, and measuring every wrapped row
of a 2,500-row list before showing it. The choices now come from the snapshot on screen, and the list is laid
out a batch at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from commission.services import review_views
from commission.services.reviews import available_items
from commission.ui.widgets import CheckList


def _keys(choices):
    return [(c.kind, c.record_id, c.label, c.text, c.suggested) for c in choices]


def test_new_round_lists_the_choices_without_reading_the_commission_again(qtbot, window, monkeypatch):
    snap = window.store.snapshot
    expected = available_items(window.store.db, snap.commission.id, as_of=snap.as_of)
    seen = []
    real = review_views.item_choices

    def item_choices(data, figures, words=None):
        seen.append((data, figures, real(data, figures, words)))
        return seen[-1][2]

    def no_reading(*_args, **_kwargs):
        raise AssertionError("the commission was read again for New round")

    monkeypatch.setattr(review_views, "item_choices", item_choices)
    monkeypatch.setattr(review_views, "load_commission_data", no_reading)
    screen = window.show_screen("reviews")
    screen.new_round()
    dialog = screen.new_round_dialog
    qtbot.waitUntil(dialog.isVisible)
    # the snapshot on screen, not a new read: only the words of the updates it offers are read (it holds none)
    [(data, figures, choices)] = seen
    assert data is snap.data and figures is snap.figures and not snap.data.update_texts
    assert _keys(choices) == _keys(expected)  # the words put to the panel are the update's, note and all
    assert any(c.kind == "update" and "they told us" in c.text for c in choices)
    listed = {
        dialog.items.list.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.items.list.list.count())
    } - {None}
    assert listed == {f"{kind}:{record_id}" for kind, record_id, *_ in _keys(expected)}
    assert sorted(dialog.items.chosen()) == sorted((c.kind, c.record_id) for c in expected if c.suggested)
    dialog.reject()


def test_new_round_on_another_date_reads_for_that_date(qtbot, window, monkeypatch):
    """The store's date moved on and the snapshot for it is not in yet: the database is asked, for that date."""
    from datetime import timedelta

    screen = window.show_screen("reviews")
    asked = []
    monkeypatch.setattr(
        "commission.services.reviews.available_items",
        lambda db, cid, *, as_of: asked.append(as_of) or [],
    )
    later = window.store.snapshot.as_of + timedelta(days=30)
    monkeypatch.setattr(window.store, "as_of", later)  # set, not yet read (set_as_of would re-read)
    screen.new_round()
    qtbot.waitUntil(screen.new_round_dialog.isVisible)
    assert asked == [later]
    screen.new_round_dialog.reject()


def test_a_long_check_list_is_laid_out_a_batch_at_a_time(qtbot):
    checks = CheckList()
    qtbot.addWidget(checks)
    checks.set_items([(i, f"Update {i}: " + "words " * 20, "Updates") for i in range(3000)], checked=[5, 2999])
    assert checks.list.layoutMode() == QListView.LayoutMode.Batched
    assert checks.checked_ids() == [5, 2999]
    checks.filter.setText("2999")
    visible = [checks.list.item(i).text() for i in range(checks.list.count()) if not checks.list.item(i).isHidden()]
    assert visible[0] == "Updates" and len(visible) == 2 and visible[1].startswith("Update 2999:")
