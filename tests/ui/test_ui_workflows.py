"""A coordinator's workflows, driven through the real widgets (each test: a fresh demo database)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from commission.services import edits
from commission.ui.models import AttendanceModel, IdRole
from commission.ui.widgets import current_id
from commission.ui.words import percent


def snap(window):
    """The window's current snapshot: re-read after every edit (synchronously in these tests)."""
    return window.store.snapshot


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def by_ref(window, kind, ref):
    return next(r for r in getattr(snap(window).data, kind) if r.ref == ref)


def click_cell(qtbot, view, row, column):
    """Click the check box at the left of a table cell, as a person would."""
    index = view.model().index(row, column)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y()))


def test_record_a_session_with_attendance_and_a_quote_linked_to_an_insight(qtbot, window):
    screen = window.show_screen("sessions")
    sessions_before = len(snap(window).data.sessions)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert len(snap(window).data.sessions) == sessions_before + 1
    session_id = screen.current_session()

    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, "Listening session: food and fuel")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)
    assert edits.get(window.store.db, "session", session_id)["title"] == "Listening session: food and fuel"

    notes = "We met at the community fridge. Someone said: I choose between the meter and the shopping every week."
    screen.notes.setFocus()
    qtbot.keyClicks(screen.notes, notes)
    screen.title_edit.setFocus()  # leaving the notes saves them
    assert edits.get(window.store.db, "session", session_id)["notes"] == notes

    # attendance: tick "present" for two members in the grid
    screen.tabs.setCurrentIndex(1)
    grid, model = screen.attendance, screen.attendance_model
    click_cell(qtbot, grid, 0, AttendanceModel.COL_PRESENT)
    click_cell(qtbot, grid, 1, AttendanceModel.COL_PRESENT)
    first, second = model.rows[0].id, model.rows[1].id
    assert snap(window).attendance[session_id] == {first: "present", second: "present"}
    assert "2 present" in screen.attendance_note.text()

    # quote capture: select words in the notes → Quote… → speaker → insight
    screen.tabs.setCurrentIndex(0)
    words = "I choose between the meter and the shopping every week."
    cursor = screen.notes.textCursor()
    start = screen.notes.toPlainText().index(words)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    screen.notes.setTextCursor(cursor)
    assert screen.quote_button.isEnabled()
    qtbot.mouseClick(screen.quote_button, Qt.MouseButton.LeftButton)
    dialog = screen.quote_dialog
    assert dialog.isVisible() and dialog.text.toPlainText() == words
    dialog.speaker.setCurrentIndex(dialog.speaker.findData(first))
    assert "present" in dialog.speaker.currentText()  # those present come first, and say so
    insight = by_ref(window, "insights", "I06")
    dialog.insights.filter.setText(insight.statement.split()[0])
    dialog.insights.set_checked(insight.id)
    ok(dialog)

    quotes = [q for q in snap(window).data.quotes if q.session_id == session_id]
    assert len(quotes) == 1
    quote = quotes[0]
    assert (quote.text, quote.member_id, quote.insight_ids) == (words, first, [insight.id])
    assert screen.tabs.currentIndex() == 2 and current_id(screen.quotes) == quote.id
    assert quote.id in snap(window).quotes_by_insight[insight.id]


def test_agree_an_action_then_add_a_commitment(qtbot, window):
    screen = window.show_screen("actions")
    actions_before = len(snap(window).data.actions)
    qtbot.mouseClick(screen.agree_button, Qt.MouseButton.LeftButton)
    dialog = screen.actions.action_dialog
    assert not dialog.ok_button.isEnabled()  # an action needs a title
    qtbot.keyClicks(dialog.title, "A warm welcome at every council desk")
    dialog.description.setPlainText("Chairs, water and a named person on every reception desk.")
    dialog.session.setCurrentIndex(1)
    heard = [by_ref(window, "insights", "I01").id, by_ref(window, "insights", "I02").id]
    for insight_id in heard:
        dialog.insights.set_checked(insight_id)
    ok(dialog)

    assert len(snap(window).data.actions) == actions_before + 1
    action = next(a for a in snap(window).data.actions if a.title == "A warm welcome at every council desk")
    assert sorted(action.insight_ids) == sorted(heard)
    assert screen.tabs.currentWidget() is screen.actions and screen.actions.current_action() == action.id
    assert action.id in snap(window).actions_by_insight[heard[0]]  # the trace now reaches it

    # add a commitment towards it
    qtbot.mouseClick(screen.actions.add_commitment, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.commitment_dialog
    assert dialog.action.currentData() == action.id
    council = by_ref(window, "organisations", "ORG-COUNCIL")
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(council.id))
    assert not dialog.ok_button.isEnabled()  # no pledge yet
    qtbot.keyClicks(dialog.pledge, "Put chairs and water in all six council receptions by March.")
    dialog.due.enabled.setChecked(True)
    dialog.made_on.set_value(snap(window).as_of)  # made by the figures' date, so it counts (SPEC)
    ok(dialog)

    commitments = [c for c in snap(window).data.commitments if c.action_id == action.id]
    assert len(commitments) == 1
    commitment = commitments[0]
    assert commitment.organisation_id == council.id and commitment.due is not None
    assert screen.tabs.currentWidget() is screen.commitments
    assert screen.commitments.current_commitment() == commitment.id
    assert snap(window).figures.commitments[commitment.id].state == "on track"


def test_log_an_update_with_a_verdict_changes_the_dashboard_and_undo_brings_it_back(qtbot, window):
    dashboard = window.dashboard  # not on screen while the update is logged: brought up to date when read
    before = dict(snap(window).figures.states)
    agreement_before = window.screen("dashboard").agreement.text()
    assert dashboard.state_counts["done"].text() == str(before["done"])

    screen = window.show_screen("actions")
    c07 = by_ref(window, "commitments", "C07")
    screen.show_record("commitment", c07.id)
    assert screen.commitments.current_commitment() == c07.id
    cards_before = len(screen.commitments.timeline.cards)
    qtbot.mouseClick(screen.commitments.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.update_dialog
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.keyClicks(dialog.note, "All twelve GP practices now have a link worker.")
    qtbot.keyClicks(dialog.reported_by, "Primary care lead")
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("agree"))
    qtbot.keyClicks(dialog.comment, "We have seen them.")
    ok(dialog)

    after = snap(window).figures
    assert after.states["done"] == before["done"] + 1
    assert after.states["on track"] == before["on track"] - 1
    assert window.screen("dashboard").state_counts["done"].text() == str(before["done"] + 1)
    assert window.screen("dashboard").agreement.text() == percent(after.panel_agreement) != agreement_before
    assert len(screen.commitments.timeline.cards) == cards_before + 1
    assert screen.commitments.state_pill.accessibleName() == "done"

    window.undo_action.trigger()  # Ctrl+Z
    assert snap(window).figures.states == before
    assert window.screen("dashboard").state_counts["done"].text() == str(before["done"])
    assert window.screen("dashboard").agreement.text() == agreement_before
    assert len(screen.commitments.timeline.cards) == cards_before

    window.redo_action.trigger()  # Ctrl+Shift+Z
    assert snap(window).figures.states["done"] == before["done"] + 1
    assert window.screen("dashboard").agreement.text() == percent(snap(window).figures.panel_agreement)


def test_undo_and_redo_keyboard_shortcuts(qtbot, window):
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert window.new_item_action.shortcut().toString() == "Ctrl+N"


def test_editing_a_field_saves_at_once_and_undo_restores_it(qtbot, window):
    screen = window.show_screen("actions")
    screen.tabs.setCurrentWidget(screen.actions)
    action_id = screen.actions.current_action()
    old = edits.get(window.store.db, "action", action_id)["title"]
    field = screen.actions.title_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "A clearer title")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert edits.get(window.store.db, "action", action_id)["title"] == "A clearer title"
    assert snap(window).actions[action_id].title == "A clearer title"
    window.undo_action.trigger()
    assert edits.get(window.store.db, "action", action_id)["title"] == old
    assert [e["operation"] for e in edits.history(window.store.db, "action", action_id)][-2:] == ["edit", "edit"]


def test_search_finds_a_quote_and_opens_it(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.query, "forty quid")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=3000)
    first = dialog.results.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "quote"
    quote_id = first.data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    sessions = window.screens["sessions"]
    assert window.current_screen() is sessions
    quote = snap(window).quotes[quote_id]
    assert "forty quid" in quote.text
    assert sessions.current_session() == quote.session_id
    assert sessions.tabs.currentIndex() == 2 and current_id(sessions.quotes) == quote_id
    assert "forty quid" in sessions.quote_text.text()


def test_search_jumps_to_a_commitment_from_an_update(qtbot, window):
    window.open_search()
    dialog = window._search_dialog
    dialog.query.setText("Help Hub")
    dialog.run_search()
    kinds = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]
    assert "update" in kinds
    dialog.results.setCurrentRow(kinds.index("update"))
    dialog.open_current()
    screen = window.screens["actions"]
    assert window.current_screen() is screen and screen.tabs.currentWidget() is screen.commitments
    assert screen.commitments.current_commitment() is not None


def test_a_bad_workbook_shows_its_problems_and_changes_nothing(qtbot, window, tmp_path):
    import openpyxl

    from commission.services.exporter import export_workbook

    good = export_workbook(window.store.db, tmp_path / "good.xlsx")
    book = openpyxl.load_workbook(good)
    updates = book["Updates"]
    header = [c.value for c in updates[1]]
    updates.cell(row=3, column=header.index("progress") + 1, value="140")
    updates.cell(row=4, column=header.index("date") + 1, value="31/02/2026")
    updates.cell(row=5, column=header.index("commitment_ref") + 1, value="C99")
    bad = tmp_path / "bad.xlsx"
    book.save(bad)

    before = snap(window).data
    counts = (len(before.updates), len(before.commitments), len(before.quotes))
    window.transfers.run_import(bad)

    dialog = window.transfers.problems
    assert dialog is not None and dialog.isVisible()
    rows = [
        (dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
        for r in range(dialog.model.rowCount())
    ]
    assert ("Updates", "3", "progress") in rows
    assert ("Updates", "4", "date") in rows
    assert ("Updates", "5", "commitment_ref") in rows
    assert all(dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount()))  # every row says why
    after = snap(window).data
    assert (len(after.updates), len(after.commitments), len(after.quotes)) == counts
    assert window.transfers.progress is None  # the progress dialog has gone


def test_a_file_that_is_not_a_workbook_gets_one_clear_message(qtbot, window, tmp_path):
    junk = tmp_path / "notes.xlsx"
    junk.write_text("this is not a spreadsheet")
    window.transfers.run_import(junk)
    assert window.transfers.problems is None
    assert "notes.xlsx" in window._last_error and "Traceback" not in window._last_error


def test_import_a_good_workbook_and_export(qtbot, window, tmp_path):
    window.transfers.run_export(tmp_path / "copy.xlsx")
    assert (tmp_path / "copy.xlsx").exists()
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it
    window.transfers.run_import(tmp_path / "copy.xlsx")
    assert window.transfers.problems is None
    preview = window.transfers.preview_dialog  # the workbook is the database's own: nothing would change
    assert preview.isVisible() and not preview.import_button.isEnabled()
    preview.accept()
    assert "Imported" in window.transfers.last_message
    assert len(snap(window).data.commitments) == 25


def test_dashboard_as_of_date_changes_every_figure(qtbot, window):
    from datetime import date

    dashboard = window.dashboard
    now = dict(snap(window).figures.states)
    dashboard.as_of.setDate(dashboard.as_of.date().addYears(-1))
    qtbot.waitUntil(lambda: snap(window).as_of == date(2025, 11, 22), timeout=3000)
    earlier = snap(window).figures
    assert earlier.states != now
    assert dashboard.state_counts["done"].text() == str(earlier.states["done"])
    assert dashboard.overall.text() == percent(earlier.overall)
    assert "22 November 2025" in dashboard.subtitle.text()
    commitments = window.screen("actions").commitments
    assert commitments.model.snapshot.as_of == date(2025, 11, 22)  # every screen follows the date
    qtbot.mouseClick(dashboard.today, Qt.MouseButton.LeftButton)
    assert snap(window).as_of == date.today()


def test_overdue_list_opens_the_commitment(qtbot, window):
    dashboard = window.dashboard
    assert dashboard.overdue_model.rowCount() == snap(window).figures.states["overdue"]
    index = dashboard.overdue.model().index(0, 1)
    commitment_id = index.data(IdRole)
    dashboard.overdue.doubleClicked.emit(index)
    screen = window.screens["actions"]
    assert window.current_screen() is screen and screen.commitments.current_commitment() == commitment_id


def test_member_consent_and_personal_details_hidden_until_asked(qtbot, window):
    screen = window.show_screen("members")
    member = by_ref(window, "members", "M03")  # has an email address
    screen.show_record("member", member.id)
    assert not screen.personal.isVisible()
    assert not screen.email.isVisible()
    qtbot.mouseClick(screen.show_personal, Qt.MouseButton.LeftButton)
    assert screen.personal.isVisible() and screen.email.text() == "lisa.jenkins@example.org"

    # withdraw consent to be quoted: recorded, never deleted, and the list says so at a glance
    row = screen.consent_rows["quote"]
    assert row.given.isChecked()
    row.given.setChecked(False)
    qtbot.mouseClick(row.record, Qt.MouseButton.LeftButton)
    history = edits.consent_history(window.store.db, member.id)
    assert history[-1]["kind"] == "quote" and history[-1]["withdrawn"]
    model_row = screen.model.row_of(member.id)
    assert screen.model.index(model_row, screen.model.COL_CONSENT).data() == "withdrawn"
    assert screen.history.item(0).text().endswith("withdrew consent to be quoted")

    # choosing another member hides the personal details again
    other = by_ref(window, "members", "M02")
    screen.show_record("member", other.id)
    assert not screen.personal.isVisible()


def test_theme_tree_reparent_and_insight_trace(qtbot, window):
    screen = window.show_screen("themes")
    t02, t01 = by_ref(window, "themes", "T02"), by_ref(window, "themes", "T01")
    assert screen.reparent_theme(t02.id, t01.id)
    assert snap(window).themes[t02.id].parent_id == t01.id
    assert not screen.reparent_theme(t01.id, t02.id)  # not under its own sub-theme
    window.undo_action.trigger()
    assert snap(window).themes[t02.id].parent_id is None

    insight = by_ref(window, "insights", "I04")
    screen.show_record("insight", insight.id)
    html = screen.trace.toPlainText()
    assert insight.statement in html and "You said" in html and "We did" in html
    action = snap(window).actions[snap(window).actions_by_insight[insight.id][0]]
    assert action.title in html
    assert "What the panel thinks" in html


def test_ctrl_n_makes_a_new_item_of_the_kind_on_screen(qtbot, window):
    window.show_screen("members")
    members = len(snap(window).data.members)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(snap(window).data.members) == members + 1
    window.show_screen("themes")
    insights = len(snap(window).data.insights)
    window.new_item_action.trigger()
    assert len(snap(window).data.insights) == insights + 1


def test_delete_a_session_and_undo_brings_it_back_with_its_quotes(qtbot, window):
    screen = window.show_screen("sessions")
    session = by_ref(window, "sessions", "S09")  # the closing event: quotes, attendance, an agreed action
    screen.show_record("session", session.id)
    before = snap(window)
    quotes = sorted(before.quotes_by_session[session.id])
    quote_links = {q: before.quotes[q].insight_ids for q in quotes}
    agreed_here = sorted(a.id for a in before.data.actions if a.agreed_session_id == session.id)
    attendance = dict(before.attendance[session.id])
    assert quotes and agreed_here and attendance
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert session.id not in snap(window).sessions
    assert not any(q in snap(window).quotes for q in quotes)

    window.undo_action.trigger()
    after = snap(window)
    assert after.sessions[session.id].title == session.title
    assert sorted(after.quotes_by_session[session.id]) == quotes
    assert {q: after.quotes[q].insight_ids for q in quotes} == quote_links
    assert sorted(a.id for a in after.data.actions if a.agreed_session_id == session.id) == agreed_here
    assert after.attendance[session.id] == attendance


def test_delete_an_action_and_undo_brings_back_its_commitments_and_updates(qtbot, window):
    screen = window.show_screen("actions")
    action = by_ref(window, "actions", "A01")
    screen.show_record("action", action.id)
    before = snap(window)
    commitments = sorted(before.commitments_by_action[action.id])
    updates = sum(len(before.data.updates_by_commitment.get(c, [])) for c in commitments)
    qtbot.mouseClick(screen.actions.delete_button, Qt.MouseButton.LeftButton)
    assert action.id not in snap(window).actions
    window.undo_action.trigger()
    after = snap(window)
    assert sorted(after.commitments_by_action[action.id]) == commitments
    assert sum(len(after.data.updates_by_commitment.get(c, [])) for c in commitments) == updates
    assert after.figures.states == before.figures.states


def test_someone_elses_change_is_not_overwritten(qtbot, window):
    screen = window.show_screen("actions")
    screen.tabs.setCurrentWidget(screen.actions)
    action_id = screen.actions.current_action()
    # another coordinator, sharing the database, renames the action after it was opened here
    edits.edit(window.store.db, "action", action_id, {"title": "Their title"}, actor="someone else")
    field = screen.actions.title_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "My title")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    dialog = window.editor.conflict_dialog  # both versions, side by side (tests/ui/test_ui_history.py)
    assert dialog is not None and "Someone else changed this action" in dialog.windowTitle() + " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    assert edits.get(window.store.db, "action", action_id)["title"] == "Their title"
    assert window.undo_stack.count() == 0  # a refused edit never reaches the undo stack
    dialog.keep_theirs()
    assert edits.get(window.store.db, "action", action_id)["title"] == "Their title"
