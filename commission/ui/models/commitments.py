"""Actions and commitments as tables, and the filter the Actions & Commitments screen uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSortFilterProxyModel, Qt

from commission.ui.models.base import Index, RowsModel, SnapshotModel, SortRole, StateRole, columns, same_records
from commission.ui.style import VERDICT_COLOURS
from commission.ui.words import NOT_MADE, NOT_MADE_COLOUR, counted, percent, short_text, uk_short_date, word
from commission.ui.words import header_word as _h
from commission.vocab import STATE_COLOURS

if TYPE_CHECKING:
    from commission.domain import Commitment

OrganisationRole = Qt.ItemDataRole.UserRole + 10
ThemesRole = Qt.ItemDataRole.UserRole + 11
SearchTextRole = Qt.ItemDataRole.UserRole + 12
ActionRole = Qt.ItemDataRole.UserRole + 13


STATE_ORDER = ("overdue", "at risk", "on track", "done", "dropped", NOT_MADE)


@dataclass(slots=True)
class CommitmentRow:
    """One commitment as the table needs it, prepared on the worker thread with the snapshot."""

    id: int
    commitment: Commitment
    organisation: str
    action: str
    state: str
    progress: float | None
    verdict: str
    themes: tuple[int, ...]
    search: str
    keys: tuple  # one sort key per column


def prepare_commitment_rows(snap) -> list[CommitmentRow]:
    """Plain Python, called by store.build_snapshot off the GUI thread: sorting and filtering then need
    no per-row calls back into the model."""
    rows = []
    for c in snap.data.commitments:
        result = snap.figures.commitments.get(c.id)  # None: made after the as-of date
        state = result.state if result else NOT_MADE
        verdict = result.verdict if result else "not assessed"
        org = snap.organisations.get(c.organisation_id)
        action = snap.actions.get(c.action_id)
        org_name, action_title = (org.name if org else ""), (action.title if action else "")
        progress = -1.0 if result is None or result.progress is None else result.progress
        rows.append(
            CommitmentRow(
                id=c.id,
                commitment=c,
                organisation=org_name,
                action=action_title,
                state=state,
                progress=result.progress if result else None,
                verdict=verdict,
                themes=tuple(snap.figures.action_themes.get(c.action_id, ())),
                search=f"{c.ref} {c.pledge} {org_name} {action_title}".lower(),
                keys=(
                    natural(c.ref),
                    org_name.lower(),
                    c.pledge.lower(),
                    action_title.lower(),
                    (c.due or date.max).isoformat(),
                    STATE_ORDER.index(state),
                    progress,
                    VERDICT_ORDER.get(verdict, 9),
                ),
            )
        )
    return rows


VERDICT_ORDER = {"disagree": 0, "partly": 1, "not assessed": 2, "agree": 3}


def natural(ref: str) -> tuple:
    """C2 before C10 (and Organisation 2 before Organisation 10), whatever the case."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.lower()) for part in re.split(r"(\d+)", ref) if part)


class CommitmentsModel(RowsModel):
    """One row per commitment, prepared off the GUI thread; cells are formatted only when shown."""

    COL_REF, COL_ORGANISATION, COL_PLEDGE, COL_ACTION, COL_DUE, COL_STATE, COL_PROGRESS, COL_VERDICT = range(8)
    HEADERS, WIDTHS = columns(
        (_h("Ref"), 72),
        (_h("Organisation"), 170),
        _h("Pledge"),
        _h("Action"),
        (_h("Due"), 94),
        (_h("State"), 112),
        (_h("Progress"), 126),
        (_h("What the panel thinks"), 188),
    )
    STRETCH = COL_PLEDGE
    PILLS = (COL_STATE, COL_VERDICT)
    PROGRESS = (COL_PROGRESS,)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_snapshot(self, snapshot) -> None:
        if self._changed_in_place(snapshot):
            return
        self.beginResetModel()
        self.snapshot = snapshot
        if snapshot is None:
            self.rows = []
        else:
            rows = getattr(snapshot, "commitment_rows", None)
            self.rows = list(rows if rows is not None else prepare_commitment_rows(snapshot))
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    CHANGED_IN_PLACE = 50  # more changed rows than this: a reset costs less than a signal for each

    def _changed_in_place(self, snapshot) -> bool:
        """After an edit the store keeps every row it did not touch (ui.snapshot_patch): when the rows are
        the same commitments, in the same places, give only the changed rows to the views (a reset of 2,000
        rows would lay them all out again and lose the selection). False: nothing done, reset instead."""
        rows = getattr(snapshot, "commitment_rows", None) if snapshot is not None else None
        if rows is None or self.snapshot is None or len(rows) != len(self.rows):
            return False
        if self._sort is None:
            if not same_records(self.rows, rows, self.row_id):
                return False
            changed = [
                (number, row) for number, (old, row) in enumerate(zip(self.rows, rows, strict=True)) if old is not row
            ]
        else:  # rows sorted here: each new row must still sort where the old one is
            where = {row.id: number for number, row in enumerate(self.rows)}
            if any(row.id not in where for row in rows):
                return False
            changed = [(where[row.id], row) for row in rows if self.rows[where[row.id]] is not row]
            column = self._sort[0]
            if any(self.rows[number].keys[column] != row.keys[column] for number, row in changed):
                return False
        if len(changed) > self.CHANGED_IN_PLACE:
            return False
        self.snapshot = snapshot
        last = self.columnCount() - 1
        for number, row in changed:
            self.rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        return True

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=lambda r: r.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by precomputed keys (C speed), keeping selections and proxies pointing at the same rows."""
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {id(row): number for number, row in enumerate(self.rows)}
        before = list(self.rows)
        self._sort_rows(column, order)
        new_row = {old[id(row)]: number for number, row in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) if i.row() < len(before) else i for i in persistent]
        )
        self.layoutChanged.emit()

    # -- a cell, by role ----------------------------------------------------------------------------
    def _role_data(self, row: CommitmentRow, column: int, role: int):
        if role == StateRole:
            return row.state
        if role == OrganisationRole:
            return row.commitment.organisation_id
        if role == ActionRole:
            return row.commitment.action_id
        if role == ThemesRole:
            return list(row.themes)
        if role == SearchTextRole:
            return row.search
        return None

    def _display_data(self, row: CommitmentRow, column: int):
        return self._text(row, column, full=False)

    def _tooltip_data(self, row: CommitmentRow, column: int):
        return self._text(row, column, full=True)

    def _text(self, row: CommitmentRow, column: int, full: bool):
        c = row.commitment
        if column == self.COL_PLEDGE:
            return c.pledge if full else short_text(c.pledge, 110)
        if column == self.COL_ACTION:
            return row.action if full else short_text(row.action, 60)
        if column == self.COL_DUE:
            return uk_short_date(c.due) or (self.tr("No due date") if full else "—")
        if column == self.COL_PROGRESS:
            if row.state == NOT_MADE:
                return "—"
            return word("dropped") if row.progress is None else percent(row.progress)
        if column == self.COL_REF:
            return c.ref
        if column == self.COL_ORGANISATION:
            return row.organisation
        if column == self.COL_STATE:
            return row.state
        return row.verdict if column == self.COL_VERDICT else None

    def _colour_data(self, row: CommitmentRow, column: int):
        if column in (self.COL_STATE, self.COL_PROGRESS):
            return STATE_COLOURS.get(row.state, NOT_MADE_COLOUR)
        if column == self.COL_VERDICT:
            return VERDICT_COLOURS.get(row.verdict)
        return None

    def _progress_data(self, row: CommitmentRow, column: int):
        return row.progress if column == self.COL_PROGRESS else None

    def _sort_data(self, row: CommitmentRow, column: int):
        return row.keys[column]


class CommitmentFilterModel(QSortFilterProxyModel):
    """Filter by organisation, state, theme and words; sort by the source's SortRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.organisation_id: int | None = None
        self.state: str | None = None
        self.theme_id: int | None = None
        self.action_id: int | None = None
        self.words: list[str] = []
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _change(self, **values) -> None:
        """Change the filter's settings and re-filter once (Qt 6.9+ wants begin/endFilterChange)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.__dict__.update(values)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            self.__dict__.update(values)
            self.invalidateFilter()

    def set_organisation(self, organisation_id: int | None) -> None:
        self._change(organisation_id=organisation_id)

    def set_state(self, state: str | None) -> None:
        self._change(state=state)

    def set_theme(self, theme_id: int | None) -> None:
        self._change(theme_id=theme_id)

    def set_action(self, action_id: int | None) -> None:
        self._change(action_id=action_id)

    def set_text(self, text: str) -> None:
        self._change(words=text.lower().split())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Read the prepared row directly: thousands of data() calls through Qt would stall the screen.
        row = cast(CommitmentsModel, self.sourceModel()).rows[source_row]
        c = row.commitment
        if self.organisation_id is not None and c.organisation_id != self.organisation_id:
            return False
        if self.state is not None and row.state != self.state:
            return False
        if self.action_id is not None and c.action_id != self.action_id:
            return False
        if self.theme_id is not None and self.theme_id not in row.themes:
            return False
        return all(word in row.search for word in self.words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself by its prepared keys; this proxy keeps the source's order and filters."""
        source = self.sourceModel()
        if column >= 0 and hasattr(source, "sort"):
            source.sort(column, order)
        super().sort(-1, Qt.SortOrder.AscendingOrder)  # -1: keep the source order, as given


class ActionsModel(SnapshotModel):
    COL_REF, COL_TITLE, COL_HEARD, COL_COMMITMENTS, COL_PROGRESS, COL_AGREED = range(6)
    HEADERS, WIDTHS = columns(
        (_h("Ref"), 56),
        _h("Action"),
        (_h("What we heard"), 132),
        (_h("Commitments"), 126),
        (_h("Progress"), 150),
        (_h("Agreed"), 100),
    )
    STRETCH = COL_TITLE
    PROGRESS = (COL_PROGRESS,)
    CENTRED = (COL_HEARD, COL_COMMITMENTS)

    def rows_of(self, snapshot) -> list:
        return list(snapshot.data.actions)

    def _session(self, a):
        return self.snapshot.sessions.get(a.agreed_session_id) if a.agreed_session_id else None

    def _display_data(self, a, column: int):
        if column == self.COL_REF:
            return a.ref
        if column == self.COL_TITLE:
            return a.title
        if column == self.COL_HEARD:
            return str(len(a.insight_ids))
        if column == self.COL_COMMITMENTS:
            return str(len(self.snapshot.commitments_by_action.get(a.id, [])))
        if column == self.COL_PROGRESS:
            return percent(self.snapshot.figures.actions.get(a.id, 0.0))
        if column == self.COL_AGREED:
            session = self._session(a)
            return uk_short_date(session.date) if session else "—"
        return None

    def _tooltip_data(self, a, column: int):
        return (a.description or a.title) if column == self.COL_TITLE else self._display_data(a, column)

    def _progress_data(self, a, column: int):
        return self.snapshot.figures.actions.get(a.id, 0.0) if column == self.COL_PROGRESS else None

    def _sort_data(self, a, column: int):
        if column == self.COL_HEARD:
            return len(a.insight_ids)
        if column == self.COL_COMMITMENTS:
            return len(self.snapshot.commitments_by_action.get(a.id, []))
        if column == self.COL_PROGRESS:
            return self.snapshot.figures.actions.get(a.id, 0.0)
        if column == self.COL_AGREED:
            session = self._session(a)
            return session.date.isoformat() if session else ""
        return self._display_data(a, column)


class OverdueModel(SnapshotModel):
    """The dashboard's overdue list: what was promised by a date that has passed."""

    COL_ORGANISATION, COL_PLEDGE, COL_DUE, COL_LATE, COL_PROGRESS = range(5)
    HEADERS, WIDTHS = columns(
        (_h("Organisation"), 250), _h("Pledge"), (_h("Due"), 100), (_h("Late by"), 90), (_h("Progress"), 140)
    )
    STRETCH = COL_PLEDGE
    PROGRESS = (COL_PROGRESS,)

    def rows_of(self, snapshot) -> list:
        return [snapshot.commitments[i] for i in snapshot.overdue]

    def _late(self, c) -> int:
        return (self.snapshot.as_of - c.due).days if c.due else 0

    def _display_data(self, c, column: int):
        if column == self.COL_ORGANISATION:
            org = self.snapshot.organisations.get(c.organisation_id)
            return org.name if org else ""
        if column == self.COL_PLEDGE:
            return short_text(c.pledge, 90)
        if column == self.COL_DUE:
            return uk_short_date(c.due)
        if column == self.COL_LATE:
            days = self._late(c)
            return counted(self.tr("%n day(s)", "", days), days)
        if column == self.COL_PROGRESS:
            return percent(self.snapshot.figures.commitments[c.id].progress)
        return None

    def _tooltip_data(self, c, column: int):
        return c.pledge if column == self.COL_PLEDGE else self._display_data(c, column)

    def _progress_data(self, c, column: int):
        return self.snapshot.figures.commitments[c.id].progress if column == self.COL_PROGRESS else None

    def _colour_data(self, c, column: int):
        return STATE_COLOURS["overdue"] if column == self.COL_PROGRESS else None

    def _sort_data(self, c, column: int):
        if column == self.COL_DUE:
            return c.due.isoformat() if c.due else ""
        if column == self.COL_LATE:
            return self._late(c)
        if column == self.COL_PROGRESS:
            return self.snapshot.figures.commitments[c.id].progress or 0.0
        return self._display_data(c, column)
