"""Sessions, attendance, quotes, insights, and a bad workbook's problems, as tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from commission.ui.models.base import Index, RowsModel, SnapshotModel, SortRole, columns
from commission.ui.models.people import ROLE_ORDER
from commission.ui.style import INSIGHT_STATUS_COLOURS
from commission.ui.words import ROLE_SHORT, ROLE_WORDS, short_text, uk_short_date, word
from commission.ui.words import header_word as _h

D = Qt.ItemDataRole


class SessionsModel(SnapshotModel):
    COL_DATE, COL_TITLE, COL_KIND, COL_PRESENT, COL_QUOTES = range(5)
    HEADERS, WIDTHS = columns(
        (_h("Date"), 100), _h("Session"), (_h("Kind"), 110), (_h("Present"), 76), (_h("Quotes"), 70)
    )
    STRETCH = COL_TITLE
    CENTRED = (COL_PRESENT, COL_QUOTES)

    def rows_of(self, snapshot) -> list:
        return sorted(snapshot.data.sessions, key=lambda s: (s.date, s.ref), reverse=True)

    def _counts(self, s) -> tuple[int, int]:
        """Who was present, and how many quotes the session gave."""
        present = sum(1 for status in self.snapshot.attendance.get(s.id, {}).values() if status == "present")
        return present, len(self.snapshot.quotes_by_session.get(s.id, []))

    def _display_data(self, s, column: int):
        present, quotes = self._counts(s)
        return {
            self.COL_DATE: uk_short_date(s.date),
            self.COL_TITLE: s.title,
            self.COL_KIND: word(s.kind),
            self.COL_PRESENT: str(present),
            self.COL_QUOTES: str(quotes),
        }[column]

    def _tooltip_data(self, s, column: int):
        if column == self.COL_TITLE:
            return f"{s.title} ({word(s.kind)}{', ' + s.location if s.location else ''})"
        return self._display_data(s, column)

    def _sort_data(self, s, column: int):
        present, quotes = self._counts(s)
        return {
            self.COL_DATE: s.date.isoformat(),
            self.COL_TITLE: s.title.lower(),
            self.COL_KIND: s.kind,
            self.COL_PRESENT: present,
            self.COL_QUOTES: quotes,
        }[column]


class AttendanceModel(RowsModel):
    """Every member against one session: tick present, apologies or absent (tick again to clear)."""

    COL_NAME, COL_ROLE, COL_PRESENT, COL_APOLOGIES, COL_ABSENT = range(5)
    HEADERS, WIDTHS = columns(
        _h("Member"), (_h("Role"), 104), (_h("Present"), 76), (_h("Apologies"), 92), (_h("Absent"), 70)
    )
    STRETCH = COL_NAME
    STATUS_OF_COLUMN: ClassVar[dict[int, str]] = {
        COL_PRESENT: "present",
        COL_APOLOGIES: "apologies",
        COL_ABSENT: "absent",
    }

    def __init__(self, on_change: Callable[[int, str | None, str | None], None] | None = None, parent=None):
        super().__init__(parent)
        self.on_change = on_change
        self.session_id: int | None = None
        self.status: dict[int, str] = {}

    def set_session(self, snapshot, session_id: int | None) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self.status = dict(snapshot.attendance.get(session_id, {})) if snapshot and session_id else {}
        members = [m for m in snapshot.data.members if not m.erased] if snapshot and session_id else []
        self.rows = sorted(members, key=lambda m: (ROLE_ORDER.get(m.role, 9), m.display_name.lower()))
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        out = {"present": 0, "apologies": 0, "absent": 0}
        for status in self.status.values():
            out[status] = out.get(status, 0) + 1
        return out

    def cell(self, m, column: int, role: int):
        if column in self.STATUS_OF_COLUMN:
            if role == D.CheckStateRole:
                checked = self.status.get(m.id) == self.STATUS_OF_COLUMN[column]
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == D.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == D.DisplayRole:
            return m.display_name if column == self.COL_NAME else ROLE_SHORT.get(m.role, m.role)
        if role == D.ToolTipRole:
            return f"{m.display_name}, {ROLE_WORDS.get(m.role, m.role).lower()}"
        return None

    def flags(self, index: Index):
        flags = super().flags(index)
        if index.column() in self.STATUS_OF_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = D.EditRole) -> bool:
        if role != D.CheckStateRole or index.column() not in self.STATUS_OF_COLUMN:
            return False
        member = self.rows[index.row()]
        wanted = self.STATUS_OF_COLUMN[index.column()]
        before = self.status.get(member.id)
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        after = wanted if checked else (None if before == wanted else before)
        if after == before:
            return False
        if after is None:
            self.status.pop(member.id, None)
        else:
            self.status[member.id] = after
        first, last = self.index(index.row(), self.COL_PRESENT), self.index(index.row(), self.COL_ABSENT)
        self.dataChanged.emit(first, last, [D.CheckStateRole])
        if self.on_change:
            self.on_change(member.id, before, after)
        return True


class QuotesModel(RowsModel):
    """The quotes recorded from one session (or backing one insight)."""

    COL_TEXT, COL_SPEAKER, COL_INSIGHTS = range(3)
    HEADERS = (_h("Words"), _h("Speaker"), _h("What we heard"))
    snapshot: Any = None  # the snapshot the quotes were read from

    def set_quotes(self, snapshot, quote_ids: list[int]) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = [snapshot.quotes[q] for q in quote_ids if q in snapshot.quotes] if snapshot else []
        self.endResetModel()

    def cell(self, q, column: int, role: int):
        if role == D.DisplayRole:
            if column == self.COL_TEXT:
                return f"“{short_text(q.text, 140)}”"
            if column == self.COL_SPEAKER:
                member = self.snapshot.members.get(q.member_id)
                return member.display_name if member else "No speaker recorded"
            if column == self.COL_INSIGHTS:  # the words we heard, not their refs
                statements = [self.snapshot.insights[i].statement for i in q.insight_ids if i in self.snapshot.insights]
                if not statements:
                    return "—"
                more = f" (and {len(statements) - 1} more)" if len(statements) > 1 else ""
                return short_text(statements[0], 90) + more
        if role == D.ToolTipRole:
            if column == self.COL_INSIGHTS:
                return "\n".join(
                    self.snapshot.insights[i].statement for i in q.insight_ids if i in self.snapshot.insights
                )
            return q.text
        if role == SortRole:
            return (self.cell(q, column, D.DisplayRole) or "").lower()
        return None


class InsightsModel(RowsModel):
    """What we heard under a theme (and its sub-themes), with how much evidence and action it has."""

    COL_STATEMENT, COL_STATUS, COL_QUOTES, COL_ACTIONS = range(4)
    HEADERS, WIDTHS = columns(_h("What we heard"), (_h("Status"), 112), (_h("Quotes"), 74), (_h("Actions"), 74))
    STRETCH = COL_STATEMENT
    PILLS = (COL_STATUS,)
    CENTRED = (COL_QUOTES, COL_ACTIONS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None

    def set_theme(self, snapshot, theme_ids: list[int] | None) -> None:
        """theme_ids: the theme and its descendants; None for every insight."""
        self.beginResetModel()
        self.snapshot = snapshot
        if not snapshot:
            self.rows = []
        elif theme_ids is None:
            self.rows = list(snapshot.data.insights)
        else:
            self.rows = [snapshot.insights[i] for t in theme_ids for i in snapshot.insights_by_theme.get(t, [])]
        self.endResetModel()

    def _counts(self, i) -> tuple[int, int]:
        """The quotes behind what we heard, and the actions that answer it."""
        return len(self.snapshot.quotes_by_insight.get(i.id, [])), len(self.snapshot.actions_by_insight.get(i.id, []))

    def _display_data(self, i, column: int):
        quotes, actions = self._counts(i)
        return {
            self.COL_STATEMENT: i.statement,
            self.COL_STATUS: i.status,
            self.COL_QUOTES: str(quotes),
            self.COL_ACTIONS: str(actions),
        }[column]

    def _tooltip_data(self, i, column: int):
        if column != self.COL_STATEMENT:
            return self._display_data(i, column)
        quotes, actions = self._counts(i)
        return (
            f"{i.statement}\n{quotes} quote{'s' if quotes != 1 else ''}, {actions} action{'s' if actions != 1 else ''}"
        )

    def _colour_data(self, i, column: int):
        return INSIGHT_STATUS_COLOURS.get(i.status) if column == self.COL_STATUS else None

    def _sort_data(self, i, column: int):
        quotes, actions = self._counts(i)
        return {
            self.COL_STATEMENT: i.statement.lower(),
            self.COL_STATUS: i.status,
            self.COL_QUOTES: quotes,
            self.COL_ACTIONS: actions,
        }[column]


class ProblemsModel(RowsModel):
    """A bad workbook's problems: where (sheet, row, column) and why, in plain words."""

    COL_SHEET, COL_ROW, COL_COLUMN, COL_REASON = range(4)
    HEADERS = (_h("Sheet"), _h("Row"), _h("Column"), _h("What is wrong"))

    def row_id(self, row) -> None:
        return None

    def cell(self, p, column: int, role: int):
        if role in (D.DisplayRole, D.ToolTipRole):
            value = (p.sheet, p.row, p.column, p.reason)[column]
            return "" if value is None else str(value)
        if role == SortRole:
            value = (p.sheet, p.row, p.column, p.reason)[column]
            return -1 if value is None and column == self.COL_ROW else (value if value is not None else "")
        return None
