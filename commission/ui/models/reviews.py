"""Review rounds as tables: the rounds, one round's items with their tallies, who said what, the reviewers."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt

from commission.ui.models.base import ColourRole, RowsModel, SortRole, columns
from commission.ui.words import counted, short_text, uk_short_date, word
from commission.ui.words import header_word as _h

ANSWER_TEXT = {"agree": "#2e7d32", "change": "#9a4f00", "disagree": "#c62828"}  # dark enough on white
ANSWER_WORDS = {"agree": "Agree", "change": "Change", "disagree": "Disagree"}
ROUND_COLOURS = {"open": "#1565c0", "closed": "#757575"}
KIND_SHORT = {
    "insight": "What we heard",
    "action": "Action",
    "session_notes": "Session notes",
    "report_text": "You said, we did",
    "update": "Update",
}


def item_state(item) -> tuple[str, str]:
    """One or two words (and a colour) for where an item stands: what the coordinator must do first."""
    if item.out_of_date:
        return "changed since sent", "#c62828"
    if item.unresolved:
        return "to resolve", "#ef8f00"
    if item.resolution == "edited":
        return "text changed", "#1565c0"
    if item.resolution == "kept":
        return "kept", "#1565c0"
    if item.resolution == "agreed":
        return "agreed", "#2e7d32"
    return ("waiting", "#757575") if item.unanswered else ("all answered", "#2e7d32")


class RoundsModel(RowsModel):
    COL_TITLE, COL_STATUS, COL_ITEMS, COL_REVIEWERS, COL_STARTED = range(5)
    HEADERS, WIDTHS = columns(_h("Round"), (_h("Status"), 86), _h("Items"), _h("Reviewers"), _h("Started"))
    STRETCH = COL_TITLE
    PILLS = (COL_STATUS,)

    def cell(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == self.COL_TITLE:
            # two lines: the list stays narrow and still says how big each round is
            items = counted(self.tr("%n item(s)", "", row.items), row.items)
            reviewers = counted(self.tr("%n reviewer(s)", "", row.reviewers), row.reviewers)
            return f"{row.title}\n{items} · {reviewers}"
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            value = {
                self.COL_TITLE: row.title,
                self.COL_STATUS: row.status,
                self.COL_ITEMS: row.items,
                self.COL_REVIEWERS: row.reviewers,
                self.COL_STARTED: uk_short_date(row.created_on)
                if role == Qt.ItemDataRole.DisplayRole
                else row.created_on.isoformat(),
            }[column]
            return value if role == SortRole or isinstance(value, str) else str(value)
        if role == ColourRole and column == self.COL_STATUS:
            return ROUND_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            started = self.tr("Started %1").replace("%1", uk_short_date(row.created_on))
            closed = self.tr(", closed %1").replace("%1", uk_short_date(row.closed_on)) if row.closed_on else ""
            return f"{row.title}\n{started}{closed}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ITEMS, self.COL_REVIEWERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReviewItemsModel(RowsModel):
    """One round's items: what each is, the answers to its current text, and what needs doing."""

    COL_NUMBER, COL_ITEM, COL_AGREE, COL_CHANGE, COL_DISAGREE, COL_WAITING, COL_STATE = range(7)
    HEADERS, WIDTHS = columns(
        ("#", 34),
        _h("Item"),
        (_h("Agree"), 64),
        (_h("Change"), 72),
        (_h("Disagree"), 84),
        (_h("Not yet"), 72),
        (_h("Where it is"), 150),
    )
    COUNTS: ClassVar[dict[int, str]] = {COL_AGREE: "agree", COL_CHANGE: "change", COL_DISAGREE: "disagree"}
    STRETCH = COL_ITEM
    PILLS = (COL_STATE,)

    def row_id(self, row) -> int:
        return row.item_id

    def cell(self, row, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.COL_NUMBER:
                return row.number if role == SortRole else str(row.number)
            if column == self.COL_ITEM:
                return f"{word(KIND_SHORT.get(row.kind, row.kind_label))}: {short_text(row.label, 120)}"
            if column in self.COUNTS:
                count = row.tally.get(self.COUNTS[column], 0)
                return count if role == SortRole else str(count)
            if column == self.COL_WAITING:
                return row.unanswered if role == SortRole else str(row.unanswered)
            if column == self.COL_STATE:
                return item_state(row)[0]
        if role == ColourRole and column == self.COL_STATE:
            return item_state(row)[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ITEM:
            return f"{row.kind_label}\n\n{row.text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_NUMBER, self.COL_WAITING, *self.COUNTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in self.COUNTS and row.tally.get(self.COUNTS[column]):
            from PySide6.QtGui import QColor

            return QColor(ANSWER_TEXT[self.COUNTS[column]])
        return None


class ReviewersModel(RowsModel):
    COL_NAME, COL_ASKED, COL_ANSWERED = range(3)
    HEADERS, WIDTHS = columns(_h("Reviewer"), (_h("Asked on"), 110), (_h("Answered"), 130))
    STRETCH = COL_NAME
    PILLS = (COL_ANSWERED,)
    items = 0  # how many items the round puts to each reviewer

    def row_id(self, row) -> int:
        return row.member_id

    def set_round(self, view) -> None:
        self.items = len(view.items) if view else 0
        self.set_rows(view.reviewers if view else [])

    def cell(self, row, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.COL_NAME:
                return row.name or row.ref
            if column == self.COL_ASKED:
                return uk_short_date(row.asked_on) if role == Qt.ItemDataRole.DisplayRole else row.asked_on.isoformat()
            if column == self.COL_ANSWERED:
                if role == SortRole:
                    return row.answered
                return self.tr("%1 of %2").replace("%1", str(row.answered)).replace("%2", str(self.items))
        if role == ColourRole and column == self.COL_ANSWERED:
            return "#2e7d32" if self.items and row.answered >= self.items else None
        return None
