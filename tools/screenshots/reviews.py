"""Screenshot steps for Reviews, review mode, Reports and returns (run by screenshots.take_screenshots).

The screenshot database is a throwaway demo, so a review round is set up through the services first:
the demo's draft insights and the update waiting for the panel, eight community commissioners, and a
spread of answers, so the round shows tallies, comments and something to resolve.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QThread
from PySide6.QtWidgets import QApplication

from commission.services import reviews
from tools.screenshots.base import save, save_over, settle

ANSWERS = ("agree", "agree", "change", "agree", "disagree", "agree", "agree", "change")
COMMENTS = {
    "change": "Say 'people', not 'customers'. We are not shopping.",
    "disagree": "It was the bus, not the phone, that shut me out.",
}


def _set_up_round(window) -> tuple[int, int]:
    """A round with answers; (round id, the reviewer whose own words are behind its first item)."""
    db, snap = window.store.db, window.store.snapshot
    choices = reviews.available_items(db, snap.commission.id, as_of=snap.as_of)

    def quoted(c):
        return len(snap.quotes_by_insight.get(c.record_id, []))

    insights = sorted((c for c in choices if c.kind == "insight" and c.suggested), key=quoted, reverse=True)[:4]
    actions = [c for c in choices if c.kind == "action"][:2]
    updates = [c for c in choices if c.kind == "update" and c.suggested][:1]
    speakers = [snap.quotes[q].member_id for q in snap.quotes_by_insight.get(insights[0].record_id, [])]
    community = [m for m in snap.data.members if m.role == "community" and not m.erased]
    own = next((m.id for m in community if m.id in speakers), community[0].id)
    reviewers = [own, *[m.id for m in community if m.id != own][:7]]
    items = [(c.kind, c.record_id) for c in (*insights, *actions, *updates)]
    round_id = reviews.create_round(
        db, snap.commission.id, "Drafts for the December meeting", items, reviewers, asked_on=snap.as_of
    )
    view = reviews.round_view(db, round_id)
    for number, reviewer in enumerate(reviewers[1:6]):  # five have answered; the first answers in review mode
        for position, item in enumerate(view.items):
            answer = ANSWERS[(number + position) % len(ANSWERS)]
            reviews.record_answer(
                db, item.item_id, reviewer, answer, COMMENTS.get(answer, "") if position < 2 else "", on=snap.as_of
            )
    return round_id, own


def pause(msecs: int) -> None:
    """Let the event loop run for a while (for work Qt does on its own threads)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < msecs:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(20)


def review_steps(window, out: Path):
    state = {}

    def reviews_screen():
        round_id, own = _set_up_round(window)
        state["round"], state["own"] = round_id, own
        screen = window.show_screen("reviews")
        screen.reload(round_id)
        settle(window)
        first = next((i for i in screen.view.items if i.unresolved), screen.view.items[0])
        screen.select_item(first.item_id)
        settle(window)
        save(window, out / "reviews.png")

    yield reviews_screen

    def new_round():
        screen = window.screens["reviews"]
        screen.new_round()
        settle(window)
        dialog = screen.new_round_dialog
        dialog.title.setText("Drafts for the January meeting")
        dialog.reviewers.tick_community()
        settle(window)
        save_over(window, dialog, out / "review-new-round.png")
        dialog.reject()

    yield new_round

    def review_mode():
        screen = window.screens["reviews"]
        mode = screen.start_review_mode(state["own"])
        settle(window)
        mode.showNormal()  # the picture at 1280×800 like the others; in use it fills the screen
        mode.resize(*window.size().toTuple())
        mode.answer("agree")
        settle(window)
        save(mode, out / "review-mode.png")
        mode.next()
        mode.answer("change")
        mode.comment.setPlainText("Please say 'people' here, not 'customers'.")
        mode.comment.setFocus()
        settle(window)
        state["mode"] = mode

    yield review_mode

    def review_mode_large():
        mode = state.pop("mode")
        mode.change_size(+6)
        settle(window)
        bar = mode.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())  # the question, the answers and the comment
        settle(window)
        save(mode, out / "review-mode-large-print.png")
        mode.change_size(-6)
        mode._leave()
        settle(window)

    yield review_mode_large

    def reports():
        screen = window.show_screen("reports")
        screen.make_report()
        for _ in range(200):  # the report is made on a worker thread
            settle(window, 1)
            if screen.made is not None:
                break
        screen.preview.go_to(1)  # 'at a glance'
        pause(1500)  # QtPdf renders pages on its own thread
        save(window, out / "reports.png")

    yield reports

    def send_returns():
        window.show_screen("actions")
        window.returns.choose_send()
        dialog = window.returns.send_dialog
        dialog.folder.setText("/home/coordinator/Documents/Update returns 2026-11-22")  # not the build machine's
        dialog.folder.setCursorPosition(0)
        settle(window)
        save_over(window, dialog, out / "send-returns.png")
        dialog.reject()

    yield send_returns
