"""A review round through the widgets: start it, a panel member answers in review mode with the keyboard
only, the coordinator sees the tallies, resolves a change by editing the words, and closes the round."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from commission.errors import UserError
from commission.services import reviews
from commission.services.review_views import round_view
from commission.ui.models.reviews import ReviewItemsModel


def snap(window):
    return window.store.snapshot


def press(qtbot, mode, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard sends it: to whatever has the focus in review mode."""
    target = QApplication.focusWidget()
    assert target is not None and (target is mode or mode.isAncestorOf(target)), "review mode lost the focus"
    qtbot.keyClick(target, key, modifier)


def start_round(qtbot, window, n_insights=3):
    """Through the New round dialog: three draft insights, the suggested update, two community reviewers."""
    screen = window.show_screen("reviews")
    assert screen.detail_stack.currentWidget() is screen.no_rounds  # the empty state says what to do
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.new_round_dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    suggested = [tuple(key) for key in dialog.items.chosen()]
    insights = [k for k in suggested if k[0] == "insight"]
    updates = [k for k in suggested if k[0] == "update"]
    assert len(insights) >= n_insights and updates  # what most needs the panel comes ticked
    for kind, record_id in insights[n_insights:]:
        dialog.items.set_checked(kind, record_id, False)
    # members who prefer English: review mode speaks a Welsh member's language (tests/ui/test_ui_welsh_more.py)
    community = [m for m in snap(window).data.members if m.role == "community" and not m.erased and m.language == "en"][
        :2
    ]
    first_group = dialog.reviewers.list.list.item(0).text()
    assert first_group == "Community commissioners"  # community commissioners first
    for member in community:
        dialog.reviewers.list.set_checked(member.id)
    qtbot.keyClicks(dialog.title, "Drafts for the December meeting")
    assert dialog.ok_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = screen.view
    assert view is not None and view.title == "Drafts for the December meeting"
    assert [i.kind for i in view.items] == ["insight"] * n_insights + ["update"]
    assert screen.items_model.rowCount() == n_insights + 1
    # a draft put to the panel is 'in review' now
    statuses = {i.id: i.status for i in snap(window).data.insights}
    assert all(statuses[i.record_id] == "in review" for i in view.items if i.kind == "insight")
    return screen, community


def tally(screen, number):
    model = screen.items_model
    row = number - 1
    return tuple(
        int(model.index(row, c).data())
        for c in (
            ReviewItemsModel.COL_AGREE,
            ReviewItemsModel.COL_CHANGE,
            ReviewItemsModel.COL_DISAGREE,
            ReviewItemsModel.COL_WAITING,
        )
    )


def test_a_whole_review_by_keyboard_then_resolve_and_close(qtbot, window):
    screen, (first, second) = start_round(qtbot, window)
    screen.reviewer.setCurrentIndex(screen.reviewer.findData(first.id))
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    mode = screen.review_mode
    qtbot.waitExposed(mode)
    assert mode.isFullScreen() and mode.isWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and mode.isAncestorOf(QApplication.focusWidget()))
    # nothing from the rest of the commission: no sidebar, no tables
    assert not mode.findChildren(type(window.sidebar)) and mode.position.text() == "1 of 4"

    press(qtbot, mode, Qt.Key.Key_1)  # agree
    assert mode.answer_buttons["agree"].isChecked() and "Saved" in mode.status.text()
    press(qtbot, mode, Qt.Key.Key_Right)
    assert mode.position.text() == "2 of 4"

    press(qtbot, mode, Qt.Key.Key_2)  # change, with a comment typed after Tab-ing to the box
    for _ in range(6):
        if QApplication.focusWidget() is mode.comment:
            break
        press(qtbot, mode, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mode.comment
    qtbot.keyClicks(mode.comment, "Say people, not cases")  # letters type; they do not answer
    assert mode.answer_buttons["change"].isChecked()
    press(qtbot, mode, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: next
    assert mode.position.text() == "3 of 4"

    press(qtbot, mode, Qt.Key.Key_D)  # disagree
    press(qtbot, mode, Qt.Key.Key_PageUp)  # back: the change and its comment are still there
    assert mode.position.text() == "2 of 4" and mode.answer_buttons["change"].isChecked()
    assert mode.comment.toPlainText() == "Say people, not cases"
    press(qtbot, mode, Qt.Key.Key_PageDown)
    assert mode.answer_buttons["disagree"].isChecked()
    press(qtbot, mode, Qt.Key.Key_Right)
    assert mode.position.text() == "4 of 4" and mode.current().kind == "update"
    press(qtbot, mode, Qt.Key.Key_A)  # agree it is done
    press(qtbot, mode, Qt.Key.Key_Right)  # past the last: finished (everything answered, so no question)
    assert mode.pages.currentWidget() is mode.thanks and "You answered 4 of 4" in mode.thanks.label.text()
    press(qtbot, mode, Qt.Key.Key_Space)  # Close has the focus
    assert not mode.isVisible() and screen.review_mode is None

    # the second panel member answered on paper: typed in through the service
    view = round_view(window.store.db, screen.view.id)
    for item in view.items:
        reviews.record_answer(window.store.db, item.item_id, second.id, "agree")
    screen.reload()

    # tallies: agree / change / disagree / not yet
    assert tally(screen, 1) == (2, 0, 0, 0)
    assert tally(screen, 2) == (1, 1, 0, 0)
    assert tally(screen, 3) == (1, 0, 1, 0)
    assert tally(screen, 4) == (2, 0, 0, 0)
    assert screen.items_model.index(1, ReviewItemsModel.COL_STATE).data() == "to resolve"
    assert "2 to resolve" in screen.round_summary.text()
    screen.select_item(screen.item(2).item_id)
    panel = screen.item_panel
    said = panel.answers.toPlainText()  # who said what
    assert f"{first.display_name} · ● Change" in said and "Say people, not cases" in said
    assert f"{second.display_name} · ● Agree" in said

    # resolve the change by editing the words in place
    insight_id = screen.item(2).record_id
    panel.text.setFocus()
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "People are treated as cases, not as people")
    assert panel.save_text.isEnabled()
    qtbot.mouseClick(panel.save_text, Qt.MouseButton.LeftButton)
    assert (
        next(i for i in snap(window).data.insights if i.id == insight_id).statement
        == "People are treated as cases, not as people"
    )
    assert screen.item(2).resolution == "edited" and screen.item(2).text_version == 2
    themes = window.screen("themes")  # the Store was refreshed: the other screens show the new words
    assert themes.snapshot is snap(window)

    # keep the disagreed one, with a reason
    screen.select_item(screen.item(3).item_id)
    qtbot.keyClicks(panel.reason, "It is the panel's own wording from the May session")
    qtbot.mouseClick(panel.keep, Qt.MouseButton.LeftButton)
    assert screen.item(3).resolution == "kept" and not screen.view.unresolved

    # close the round: the insights are agreed, the update gets the panel's verdict
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    box = screen.confirm_box
    assert box.isVisible()
    screen.close_confirm.click()
    summary = screen.summary_box
    assert "3 agreed, 0 not agreed, 1 panel verdict recorded" in summary.text()
    summary.close()
    assert screen.view.status == "closed" and not screen.close_button.isVisible()
    statuses = {i.id: i.status for i in snap(window).data.insights}
    assert all(statuses[i.record_id] == "agreed" for i in screen.view.items if i.kind == "insight")
    update_id = screen.item(4).record_id
    assert next(u for u in snap(window).data.updates if u.id == update_id).verdict == "agree"
    assert screen.rounds_model.index(0, 1).data() == "closed"


def test_an_answer_that_cannot_be_saved_stays_on_screen(qtbot, window, monkeypatch):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)

    def refuse(*args, **kwargs):
        raise UserError("The database is busy; try again in a moment.")

    monkeypatch.setattr(reviews, "record_answer", refuse)
    mode.answer("disagree")
    assert mode.answer_buttons["disagree"].isChecked()
    assert "not saved yet" in mode.status.text() and "database is busy" in mode.status.text()
    monkeypatch.undo()
    mode.answer("disagree")  # pressing it again tries again
    assert "Saved" in mode.status.text() and not mode.failed
    mode._leave()


def test_text_size_and_leaving(qtbot, window, settings):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and mode.isAncestorOf(QApplication.focusWidget()))
    before = mode.text.font().pointSizeF()
    press(qtbot, mode, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert mode.text.font().pointSizeF() == before + 2 and settings.review_text_size == before + 2
    qtbot.mouseClick(mode.smaller, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.smaller, Qt.MouseButton.LeftButton)
    assert mode.text.font().pointSizeF() == before - 2

    press(qtbot, mode, Qt.Key.Key_Escape)  # Esc asks first
    box = mode.leave_box
    assert box.isVisible() and "Leave review mode?" in box.text()
    box.no_button.click()
    assert mode.isVisible()
    press(qtbot, mode, Qt.Key.Key_Escape)
    mode.leave_box.yes_button.click()
    assert not mode.isVisible()


def test_packs_and_a_review_return_through_the_screen(qtbot, window, tmp_path):
    screen, (_first, second) = start_round(qtbot, window, n_insights=2)
    screen.paper.print_packs(tmp_path / "packs")
    packs = sorted((tmp_path / "packs").glob("*.pdf"))
    assert len(packs) == 2 and all(p.read_bytes().startswith(b"%PDF") for p in packs)
    written = screen.paper.written_dialog
    assert written.files.count() == 2
    written.close()

    path = tmp_path / "answers.xlsx"
    screen.paper.write_return(path)
    assert path.exists()
    screen.paper.summary_box.close()
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("reviewer_ref")].value == second.ref and str(row[header.index("part")].value) == "1":
            row[header.index("answer")].value = "change"
            row[header.index("comment")].value = "Put it in our words"
    book.save(path)
    screen.paper.import_return(path)
    assert "1 answer recorded" in screen.paper.summary_box.text()
    screen.paper.summary_box.close()
    assert tally(screen, 1) == (0, 1, 0, 1)


def test_add_items_and_reviewers_and_an_item_changed_outside_the_round(qtbot, window):
    from commission.services import edits

    screen, _reviewers = start_round(qtbot, window, n_insights=1)
    screen.add_items()
    dialog = screen.add_dialog
    in_round = {(i.kind, i.record_id) for i in screen.view.items}
    offered = set(dialog.picker.list.checked_ids()) | {
        dialog.picker.list.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.picker.list.list.count())
    }
    assert not {f"{k}:{r}" for k, r in in_round} & offered  # what is in the round already is not offered again
    action = snap(window).data.actions[0]
    dialog.picker.set_checked("action", action.id)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert screen.view.items[-1].kind == "action" and screen.view.items[-1].record_id == action.id

    screen.tabs.setCurrentIndex(1)
    assert screen.add_reviewers_button.isVisible() and not screen.add_items_button.isVisible()
    screen.add_reviewers()
    dialog = screen.add_dialog
    civic = next(m for m in snap(window).data.members if m.role == "civic")
    dialog.picker.list.set_checked(civic.id)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert civic.id in {r.member_id for r in screen.view.reviewers}
    assert screen.reviewers_model.rowCount() == 3

    # the insight is edited on the Themes screen after it was sent: the round says so, and offers its new words
    insight = screen.item(1)
    edits.edit(window.store.db, "insight", insight.record_id, {"statement": "New words from the themes screen"})
    window.store.refresh()
    screen.reload()
    screen.tabs.setCurrentIndex(0)
    screen.select_item(insight.item_id)
    assert screen.item(1).out_of_date
    assert screen.items_model.index(0, ReviewItemsModel.COL_STATE).data() == "changed since sent"
    panel = screen.item_panel
    assert panel.use_current.isVisible()
    qtbot.mouseClick(panel.use_current, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == "New words from the themes screen"
    qtbot.mouseClick(panel.save_text, Qt.MouseButton.LeftButton)
    assert not screen.item(1).out_of_date and screen.item(1).text_version == 2


def test_review_mode_on_real_threads_saves_answers_in_the_order_given(qtbot, window):
    from commission.ui.review_mode import ReviewMode
    from commission.ui.workers import Runner

    screen, (first, _second) = start_round(qtbot, window, n_insights=2)
    runner = Runner()
    mode = ReviewMode(
        window.store,
        runner,
        screen.view.id,
        screen.view.title,
        first.id,
        first.display_name,
        window.settings,
        window,
    )
    mode.start()
    qtbot.waitUntil(lambda: bool(mode.items), timeout=10_000)
    for answer in ("agree", "disagree", "change", "disagree", "change"):  # quick changes of mind
        mode.answer(answer)
    mode.next()
    mode.answer("agree")
    qtbot.waitUntil(lambda: not mode._saving and not mode._queue, timeout=10_000)
    view = round_view(window.store.db, screen.view.id)
    mine = {i.number: a.answer for i in view.items for a in i.answers if a.member_id == first.id}
    assert mine == {1: "change", 2: "agree"}
    mode._leave()
    runner.wait()
