"""Actions and commitments as tables, and the filter the Actions & Commitments screen uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from commission.ui.models.base import ColourRole, ProgressRole, RowsModel, SortRole, StateRole
from commission.ui.style import VERDICT_COLOURS
from commission.ui.words import percent, short_text, uk_short_date
from commission.vocab import STATE_COLOURS

D = Qt.ItemDataRole
OrganisationRole = Qt.ItemDataRole.UserRole + 10
ThemesRole = Qt.ItemDataRole.UserRole + 11
SearchTextRole = Qt.ItemDataRole.UserRole + 12
ActionRole = Qt.ItemDataRole.UserRole + 13



class CommitmentsModel(RowsModel):
    """One row per commitment; cells are read lazily from the snapshot, so only visible rows cost anything."""

    COL_REF, COL_ORGANISATION, COL_PLEDGE, COL_ACTION, COL_DUE, COL_STATE, COL_PROGRESS, COL_VERDICT = range(8)
    HEADERS = ("Ref", "Organisation", "Pledge", "Action", "Due", "State", "Progress", "What the panel thinks")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None

    def set_snapshot(self, snapshot) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = list(snapshot.data.commitments) if snapshot else []
        self.endResetModel()

    def cell(self, c, column: int, role: int):
        snap = self.snapshot
        result = snap.figures.commitments[c.id]
        if role == StateRole:
            return result.state
        if role == OrganisationRole:
            return c.organisation_id
        if role == ActionRole:
            return c.action_id
        if role == ThemesRole:
            return snap.figures.action_themes.get(c.action_id, [])
        if role == SearchTextRole:
            org = snap.organisations.get(c.organisation_id)
            action = snap.actions.get(c.action_id)
            return " ".join((c.ref, c.pledge, org.name if org else "", action.title if action else "")).lower()
        if role in (D.DisplayRole, D.ToolTipRole):
            full = role == D.ToolTipRole
            if column == self.COL_REF:
                return c.ref
            if column == self.COL_ORGANISATION:
                org = snap.organisations.get(c.organisation_id)
                return org.name if org else ""
            if column == self.COL_PLEDGE:
                return c.pledge if full else short_text(c.pledge, 110)
            if column == self.COL_ACTION:
                action = snap.actions.get(c.action_id)
                return (action.title if full else short_text(action.title, 60)) if action else ""
            if column == self.COL_DUE:
                return uk_short_date(c.due) or ("No due date" if full else "—")
            if column == self.COL_STATE:
                return result.state
            if column == self.COL_PROGRESS:
                return "dropped" if result.progress is None else percent(result.progress)
            if column == self.COL_VERDICT:
                return result.verdict
        if role == ColourRole:
            if column == self.COL_STATE:
                return STATE_COLOURS[result.state]
            if column == self.COL_VERDICT:
                return VERDICT_COLOURS.get(result.verdict)
            if column == self.COL_PROGRESS:
                return STATE_COLOURS[result.state]
        if role == ProgressRole and column == self.COL_PROGRESS:
            return result.progress
        if role == SortRole:
            if column == self.COL_DUE:
                return (c.due or date.max).isoformat()
            if column == self.COL_PROGRESS:
                return -1.0 if result.progress is None else result.progress
            if column == self.COL_STATE:
                return ("overdue", "at risk", "on track", "done", "dropped").index(result.state)
            return self.cell(c, column, D.DisplayRole)
        return None


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

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.organisation_id is not None and index.data(OrganisationRole) != self.organisation_id:
            return False
        if self.state is not None and index.data(StateRole) != self.state:
            return False
        if self.action_id is not None and index.data(ActionRole) != self.action_id:
            return False
        if self.theme_id is not None and self.theme_id not in (index.data(ThemesRole) or []):
            return False
        if self.words:
            text = index.data(SearchTextRole) or ""
            return all(word in text for word in self.words)
        return True


class ActionsModel(RowsModel):
    COL_REF, COL_TITLE, COL_HEARD, COL_COMMITMENTS, COL_PROGRESS, COL_AGREED = range(6)
    HEADERS = ("Ref", "Action", "What we heard", "Commitments", "Progress", "Agreed")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None

    def set_snapshot(self, snapshot) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = list(snapshot.data.actions) if snapshot else []
        self.endResetModel()

    def cell(self, a, column: int, role: int):
        snap = self.snapshot
        progress = snap.figures.actions.get(a.id, 0.0)
        commitments = snap.commitments_by_action.get(a.id, [])
        session = snap.sessions.get(a.agreed_session_id) if a.agreed_session_id else None
        if role in (D.DisplayRole, D.ToolTipRole):
            if column == self.COL_REF:
                return a.ref
            if column == self.COL_TITLE:
                return a.title if role == D.DisplayRole else (a.description or a.title)
            if column == self.COL_HEARD:
                return str(len(a.insight_ids))
            if column == self.COL_COMMITMENTS:
                return str(len(commitments))
            if column == self.COL_PROGRESS:
                return percent(progress)
            if column == self.COL_AGREED:
                return uk_short_date(session.date) if session else "—"
        if role == ProgressRole and column == self.COL_PROGRESS:
            return progress
        if role == SortRole:
            if column == self.COL_HEARD:
                return len(a.insight_ids)
            if column == self.COL_COMMITMENTS:
                return len(commitments)
            if column == self.COL_PROGRESS:
                return progress
            if column == self.COL_AGREED:
                return session.date.isoformat() if session else ""
            return self.cell(a, column, D.DisplayRole)
        if role == D.TextAlignmentRole and column in (self.COL_HEARD, self.COL_COMMITMENTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class OverdueModel(RowsModel):
    """The dashboard's overdue list: what was promised by a date that has passed."""

    COL_ORGANISATION, COL_PLEDGE, COL_DUE, COL_LATE, COL_PROGRESS = range(5)
    HEADERS = ("Organisation", "Pledge", "Due", "Late by", "Progress")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None

    def set_snapshot(self, snapshot) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = [snapshot.commitments[i] for i in snapshot.overdue] if snapshot else []
        self.endResetModel()

    def cell(self, c, column: int, role: int):
        snap = self.snapshot
        result = snap.figures.commitments[c.id]
        if role in (D.DisplayRole, D.ToolTipRole):
            if column == self.COL_ORGANISATION:
                org = snap.organisations.get(c.organisation_id)
                return org.name if org else ""
            if column == self.COL_PLEDGE:
                return c.pledge if role == D.ToolTipRole else short_text(c.pledge, 90)
            if column == self.COL_DUE:
                return uk_short_date(c.due)
            if column == self.COL_LATE:
                days = (snap.as_of - c.due).days if c.due else 0
                return f"{days} day{'s' if days != 1 else ''}"
            if column == self.COL_PROGRESS:
                return percent(result.progress)
        if role == ProgressRole and column == self.COL_PROGRESS:
            return result.progress
        if role == ColourRole and column == self.COL_PROGRESS:
            return STATE_COLOURS["overdue"]
        if role == SortRole:
            if column == self.COL_DUE:
                return c.due.isoformat() if c.due else ""
            if column == self.COL_LATE:
                return (snap.as_of - c.due).days if c.due else 0
            if column == self.COL_PROGRESS:
                return result.progress or 0.0
            return self.cell(c, column, D.DisplayRole)
        return None
