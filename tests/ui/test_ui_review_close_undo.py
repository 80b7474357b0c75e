"""Closing a review round is one step on the undo stack: close, Ctrl+Z, and the round is open again as it was;
an undo that something newer depends on is refused in one line, and the round stays closed."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from commission.services import reviews


def closable_round(window) -> tuple[int, int]:
    """A round of one draft insight that a community member agreed to; the round's and the insight's ids."""
    data = window.store.snapshot.data
    draft = next(i for i in data.insights if i.status == "draft")
    member = next(m for m in data.members if m.role == "community" and not m.erased)
    db, cid = window.store.db, window.store.commission_id
    round_id = reviews.create_round(db, cid, "Close, then undo", [("insight", draft.id)], [member.id])
    reviews.record_answer(db, reviews.round_view(db, round_id).items[0].item_id, member.id, "agree")
    window.store.refresh()
    return round_id, draft.id


def status_of(window, insight_id: int) -> str:
    return next(i.status for i in window.store.snapshot.data.insights if i.id == insight_id)


def close_on_screen(screen) -> None:
    screen.close_button.click()
    screen.close_confirm.click()
    summary = screen.summary_box
    assert "1 agreed, 0 not agreed" in summary.text()
    summary.close()


def test_close_then_ctrl_z_opens_the_round_again(qtbot, window):
    round_id, insight_id = closable_round(window)
    screen = window.show_screen("reviews")
    screen.reload(round_id)
    assert screen.view.id == round_id and screen.view.is_open
    close_on_screen(screen)
    assert not screen.view.is_open and not screen.close_button.isVisible()
    assert status_of(window, insight_id) == "agreed"
    assert window.undo_stack.undoText() == "Close the review round"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)  # Ctrl+Z
    window.undo_action.trigger()
    screen.reload(round_id)
    assert screen.view.id == round_id and screen.view.is_open and screen.close_button.isVisible()
    assert status_of(window, insight_id) == "in review"
    assert [i.resolution for i in screen.view.items] == ["open"]
    window.redo_action.trigger()  # and Ctrl+Shift+Z closes it again
    screen.reload(round_id)
    assert not screen.view.is_open and status_of(window, insight_id) == "agreed"


def test_undo_is_refused_once_a_newer_round_is_open(qtbot, window):
    round_id, insight_id = closable_round(window)
    screen = window.show_screen("reviews")
    screen.reload(round_id)
    close_on_screen(screen)
    data = window.store.snapshot.data
    member = next(m for m in data.members if m.role == "community" and not m.erased)
    reviews.create_round(
        window.store.db, window.store.commission_id, "Newer", [("action", data.actions[0].id)], [member.id]
    )
    said: list[str] = []
    window.store.error.connect(said.append)
    window.undo_action.trigger()
    assert said == ["A newer review round has been opened since 'Close, then undo' closed, so it stays closed."]
    screen.reload(round_id)
    assert not screen.view.is_open and status_of(window, insight_id) == "agreed"
    assert window.undo_stack.undoText() != "Close the review round"  # the refused step is dropped
