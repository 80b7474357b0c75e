"""Frameworks and social value in the app: tagging an action (undoable), the coverage view, and the Social
value screen's live figures and refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from commission import sroi


def snap(window):
    return window.store.snapshot


def _item(checks, record_id):
    return next(i for i in checks._items() if i.data(Qt.ItemDataRole.UserRole) == record_id)


def test_tagging_an_action_is_one_undoable_step_and_the_coverage_follows(window):
    stable = next(
        a for f in snap(window).data.frameworks if f.key == "newlocal-jrf" for a in f.areas if a.key == "stable-funding"
    )
    coverage = window.show_screen("themes").coverage  # a screen is brought up to date when shown
    coverage.chooser.setCurrentIndex(coverage.chooser.findData(snap(window).data.frameworks[0].id))
    assert "Stable, long-term funding" in coverage.summary.text()
    screen = window.show_screen("actions")
    action = snap(window).data.actions[9]
    screen.show_record("action", action.id)

    _item(screen.actions.frameworks.checks, stable.id).setCheckState(Qt.CheckState.Checked)
    tagged = next(a for a in snap(window).data.actions if a.id == action.id)
    assert stable.id in tagged.area_ids
    window.show_screen("themes")
    assert coverage.summary.text() == "Every area has at least one action."
    area_row = next(
        coverage.tree.topLevelItem(i)
        for i in range(coverage.tree.topLevelItemCount())
        if coverage.tree.topLevelItem(i).text(0).startswith("Stable")
    )
    assert area_row.childCount() == 1 and area_row.child(0).text(0).startswith(action.ref)

    window.undo_stack.undo()
    assert stable.id not in next(a for a in snap(window).data.actions if a.id == action.id).area_ids
    window.show_screen("themes")
    assert "Stable, long-term funding" in coverage.summary.text()
    window.undo_stack.redo()
    assert stable.id in next(a for a in snap(window).data.actions if a.id == action.id).area_ids


def test_adding_ones_own_framework_shows_it_beside_actions_and_undo_removes_it(window):
    coverage = window.screens["themes"].coverage
    from commission.ui import framework_commands

    result = framework_commands.add(
        window.editor, window.store.commission_id, "RCT well-being plan", ["Warm homes", "Good work", ""]
    )
    assert result and result["key"] == "rct-well-being-plan"
    own = next(f for f in snap(window).data.frameworks if f.id == result["id"])
    assert [a.label for a in own.areas] == ["Warm homes", "Good work"] and not own.preset
    screen = window.show_screen("actions")
    screen.show_record("action", snap(window).data.actions[0].id)
    labels = [
        screen.actions.frameworks.checks.list.item(i).text()
        for i in range(screen.actions.frameworks.checks.list.count())
    ]
    assert "RCT well-being plan" in labels and "Warm homes" in labels
    window.show_screen("themes")
    coverage.chooser.setCurrentIndex(coverage.chooser.findData(result["id"]))
    assert coverage.summary.text() == "No action is tagged with this framework yet."
    assert coverage.delete_button.isVisibleTo(coverage)
    window.undo_stack.undo()
    assert all(f.id != result["id"] for f in snap(window).data.frameworks)


def test_a_framework_without_areas_is_refused_with_a_message(window):
    from commission.ui import framework_commands

    messages = []
    window.store.error.connect(messages.append)
    before = len(snap(window).data.frameworks)
    assert framework_commands.add(window.editor, window.store.commission_id, "Empty", ["  "]) is None
    assert messages and "at least one area" in messages[-1]
    assert len(snap(window).data.frameworks) == before


def test_social_value_updates_as_one_types_and_saves_on_leaving(window, qtbot):
    screen = window.show_screen("value")
    assert screen.ratio.text() == "£4.43 for every £1"
    first = snap(window).data.outcomes[0]
    screen.show_record("outcome", first.id)
    quantity = screen.fields["quantity"]
    quantity.setFocus()
    quantity.setText("240")  # typed, not yet saved
    assert screen.ratio.text() != "£4.43 for every £1"
    expected = sroi.present_value(
        sroi.Outcome(
            "x",
            240,
            first.proxy,
            first.duration,
            first.deadweight,
            first.attribution,
            first.displacement,
            first.drop_off,
        )
    )
    assert screen.present_value.text() == f"£{expected:,.0f}"
    assert snap(window).data.outcomes[0].quantity == first.quantity
    quantity.editingFinished.emit()
    assert snap(window).data.outcomes[0].quantity == 240
    assert screen.sensitivity.item(0, 2).text() == screen.ratio.text().split(" ")[0]
    window.undo_stack.undo()
    assert snap(window).data.outcomes[0].quantity == first.quantity


@pytest.mark.parametrize(
    "field, typed, message",
    [
        ("deadweight", "150", "share"),
        ("duration", "0", "whole number"),
        ("quantity", "lots", "not a number"),
    ],
)
def test_impossible_values_are_refused_with_a_message_and_nothing_changes(window, field, typed, message):
    screen = window.show_screen("value")
    first = snap(window).data.outcomes[0]
    screen.show_record("outcome", first.id)
    widget = screen.fields[field]
    widget.setText(typed)
    widget.editingFinished.emit()
    assert message in screen.message.text()
    assert snap(window).data.outcomes[0] == first


def test_zero_investment_is_refused_and_the_ratio_explains_why(window):
    screen = window.show_screen("value")
    screen.investment.setText("0")
    assert screen.ratio.text() == "—" and "£0" in screen.total.text()
    screen.investment.editingFinished.emit()
    assert "£0" in screen.message.text()
    assert snap(window).commission.investment == 81250
    screen.investment.setText("100000")
    screen.investment.editingFinished.emit()
    assert snap(window).commission.investment == 100000
    total = sum(
        sroi.present_value(
            sroi.Outcome(
                o.outcome,
                o.quantity,
                o.proxy,
                o.duration,
                o.deadweight,
                o.attribution,
                o.displacement,
                o.drop_off,
            ),
            0.035,
        )
        for o in snap(window).data.outcomes
    )
    assert screen.ratio.text() == f"£{total / 100000:,.2f} for every £1"


def test_outcomes_link_to_actions_and_what_we_heard(window):
    screen = window.show_screen("value")
    first = snap(window).data.outcomes[0]
    screen.show_record("outcome", first.id)
    other = next(a for a in snap(window).data.actions if a.id not in first.action_ids)
    _item(screen.actions, other.id).setCheckState(Qt.CheckState.Checked)
    assert other.id in snap(window).data.outcomes[0].action_ids
    screen.new_item()
    assert len(snap(window).data.outcomes) == 7 and screen.current_outcome() == snap(window).data.outcomes[-1].id
