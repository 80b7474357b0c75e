"""Members (with their consent at a glance) and organisations as tables."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commission.ui.models.base import RowsModel, SnapshotModel, SortRole, columns
from commission.ui.style import CONSENT_COLOURS
from commission.ui.words import (
    CONSENT_EXPLAINED,
    LANGUAGE_WORDS,
    ORGANISATION_KIND_WORDS,
    ROLE_SHORT,
    ROLE_WORDS,
    consent_state,
)
from commission.ui.words import header_word as _h

D = Qt.ItemDataRole
ConsentRole = Qt.ItemDataRole.UserRole + 30
ROLE_ORDER = {"community": 0, "civic": 1, "facilitator": 2, "guest": 3}


class MembersModel(SnapshotModel):
    COL_NAME, COL_ROLE, COL_ORGANISATION, COL_CONSENT, COL_LANGUAGE = range(5)
    HEADERS, WIDTHS = columns(
        _h("Name"), (_h("Role"), 170), (_h("Organisation"), 150), (_h("Consent"), 168), (_h("Language"), 80)
    )
    STRETCH = COL_NAME
    PILLS = (COL_CONSENT,)
    # The view shows the organisation within the role column; COL_ORGANISATION stays for sorting.

    def rows_of(self, snapshot) -> list:
        return sorted(snapshot.data.members, key=lambda m: (ROLE_ORDER.get(m.role, 9), m.display_name.lower()))

    def consent(self, member) -> str:
        return consent_state(member, self.snapshot.as_of)

    def _organisation(self, m):
        return self.snapshot.organisations.get(m.organisation_id)

    def _role_data(self, m, column: int, role: int):
        return self.consent(m) if role == ConsentRole else None

    def _display_data(self, m, column: int):
        if column == self.COL_NAME:
            name = m.display_name or "(details erased)"
            return f"{name}  ·  {m.pseudonym}" if m.pseudonym else name
        if column == self.COL_ROLE:
            org = self._organisation(m)
            return ROLE_SHORT.get(m.role, m.role) + (f" · {org.name}" if org else "")
        if column == self.COL_ORGANISATION:
            org = self._organisation(m)
            return org.name if org else ""
        if column == self.COL_CONSENT:
            return self.consent(m)
        if column == self.COL_LANGUAGE:
            return LANGUAGE_WORDS.get(m.language, m.language).split(" ")[0]
        return None

    def _tooltip_data(self, m, column: int):
        if column == self.COL_CONSENT:
            return CONSENT_EXPLAINED[self.consent(m)]
        if column == self.COL_ROLE:
            org = self._organisation(m)
            return ROLE_WORDS.get(m.role, m.role) + (f", {org.name}" if org else "")
        return self._display_data(m, column)

    def _colour_data(self, m, column: int):
        return CONSENT_COLOURS[self.consent(m)] if column == self.COL_CONSENT else None

    def _sort_data(self, m, column: int):
        if column == self.COL_ROLE:
            return ROLE_ORDER.get(m.role, 9)
        return (self._display_data(m, column) or "").lower()


class OrganisationsModel(RowsModel):
    COL_NAME, COL_KIND, COL_MEMBERS, COL_COMMITMENTS, COL_DONE = range(5)
    HEADERS, WIDTHS = columns(
        _h("Organisation"), (_h("Kind"), 140), (_h("Members"), 96), (_h("Commitments"), 124), (_h("Done"), 70)
    )
    STRETCH = COL_NAME

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None
        self._members: dict[int, int] = {}

    def set_snapshot(self, snapshot) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = sorted(snapshot.data.organisations, key=lambda o: o.name.lower()) if snapshot else []
        self._members = {}
        for m in snapshot.data.members if snapshot else []:
            if m.organisation_id:
                self._members[m.organisation_id] = self._members.get(m.organisation_id, 0) + 1
        self.endResetModel()

    def cell(self, o, column: int, role: int):
        states = self.snapshot.states_by_organisation.get(o.id, {})
        total = sum(states.values())
        values = {
            self.COL_NAME: o.name,
            self.COL_KIND: ORGANISATION_KIND_WORDS.get(o.kind, o.kind),
            self.COL_MEMBERS: self._members.get(o.id, 0),
            self.COL_COMMITMENTS: total,
            self.COL_DONE: states.get("done", 0),
        }
        if role == D.DisplayRole:
            return str(values[column])
        if role == SortRole:
            value = values[column]
            return value.lower() if isinstance(value, str) else value
        if role == D.TextAlignmentRole and column >= self.COL_MEMBERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
