"""The History of one record: every change from the audit trail, in plain words, newest first.

Each editor's header has a "History" link (`history_button`); it opens one small window per main
window that follows the record asked for and re-reads after every change. The audit trail is read off
the GUI thread; personal details (contacts, accessibility notes) are said to have changed, never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from commission.errors import UserError
from commission.kinds import KINDS, field_labels, id_fields, personal_fields, text_fields
from commission.services import audit, edits
from commission.ui.models.base import RowsModel, SortRole
from commission.ui.widgets import EmptyState, heading, link_button, muted, table_view
from commission.ui.words import (
    LANGUAGE_WORDS,
    ORGANISATION_KIND_WORDS,
    ROLE_WORDS,
    VERDICT_WORDS,
    short_text,
    uk_date,
)
from commission.ui.words import header_word as _h

REDACTED = "[erased]"  # what services.rights leaves in the trail in place of erased details
# The kinds' nouns and their fields' plain words, types and targets, as commission.kinds declares them.
NOUN = {kind.name: kind.noun for kind in KINDS.values()}
# never shown here, only that they changed
PERSONAL = personal_fields()
TEXT_FIELDS = text_fields()
ID_FIELDS = id_fields()
LINK_FIELDS = {"sessions": "sessions", "insights": "insights"}
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\b")


def field_words(field: str) -> str:
    if field.startswith("attendance:"):
        return "Attendance"
    return field_labels().get(field, field.replace("_", " ").capitalize())  # read from commission.kinds each time


def uk_dates(text: str) -> str:
    """ISO dates inside a value (as the audit trail stores them) read the UK way."""
    return ISO_DATE.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text)


def _label(record) -> str:
    for attr in ("title", "name", "display_name", "statement", "pledge", "text"):
        value = getattr(record, attr, None)
        if value:
            return short_text(str(value), 60)
    return getattr(record, "ref", "")


def name_of(snapshot, table: str, record_id) -> str:
    """A linked record by its name in the open commission, or 'no longer there'."""
    try:
        record = getattr(snapshot, table, {}).get(int(record_id)) if snapshot is not None else None
    except (TypeError, ValueError):
        record = None
    if record is None:
        return f"(no longer there, id {record_id})"
    ref = getattr(record, "ref", "")
    label = _label(record)
    return f"{ref} {label}".strip() if table in ("insights", "actions", "commitments") else label


def ref_of(snapshot, table: str, record_id) -> str:
    try:
        record = getattr(snapshot, table, {}).get(int(record_id)) if snapshot is not None else None
    except (TypeError, ValueError):
        record = None
    return record.ref if record is not None else f"(gone, id {record_id})"


def value_words(field: str, value: str | None, snapshot=None) -> str:
    """One stored value (audit text) as the coordinator would say it."""
    if value is None or value == "":
        return "nothing"
    if value == REDACTED:
        return "(erased)"
    if field in ID_FIELDS:
        return name_of(snapshot, ID_FIELDS[field], value)
    if field in LINK_FIELDS:
        ids = [v for v in value.split(";") if v]
        return ", ".join(ref_of(snapshot, LINK_FIELDS[field], v) for v in ids) or "none"
    if field.startswith("attendance:"):
        return value
    words = {"role": ROLE_WORDS, "verdict": VERDICT_WORDS, "language": LANGUAGE_WORDS}.get(field)
    if words:
        return words.get(value, value)
    if field == "kind" and value in ORGANISATION_KIND_WORDS:
        return ORGANISATION_KIND_WORDS[value]
    if field == "progress":
        return f"{value}%"
    if field in TEXT_FIELDS:
        return f"“{short_text(value, 140)}”"
    return uk_dates(value)


def describe(entry: dict, snapshot=None) -> str:
    """What one audit entry says happened, in plain words."""
    operation, field = entry.get("operation", ""), entry.get("field") or ""
    kind = entry.get("record_kind", "")
    old, new = entry.get("old_value"), entry.get("new_value")
    noun = NOUN.get(kind, kind.replace("_", " "))
    if operation == "create":
        if kind == "update":
            return f"Logged an update: {uk_dates(new or '')}".rstrip(": ")
        return f"Added this {noun}" + (f": {value_words('title', new)}" if new and new != REDACTED else "")
    if operation == "delete":
        return f"Deleted this {noun}" + (f" ({value_words('title', old)})" if old and old != REDACTED else "")
    if operation == "restore":
        return f"Brought this {noun} back (a delete was undone)"
    if operation == "erase":
        detail = "" if not new or new == REDACTED else f"; {new}"
        return f"Erased at their request: personal details removed{detail}"
    if operation == "import":
        return f"Imported from {entry.get('record_ref') or 'a workbook'}"
    if operation == "agree":
        return "Agreed by the panel in a review round"
    if operation == "answer":
        return f"A reviewer answered: {value_words('text', new)}"
    if operation == "close":
        return "Review round closed"
    if field in PERSONAL:
        return f"{field_words(field)} changed (personal details are not shown here)"
    label = field_words(field)
    if field.startswith("attendance:"):
        who = name_of(snapshot, "members", field.split(":", 1)[1])
        label = f"Attendance of {who}"
        old, new = old or "not recorded", new or "not recorded"
    if not field:
        return operation.capitalize()
    if old is None or old == "":
        return f"{label} set to {value_words(field, new, snapshot)}"
    if new is None or new == "":
        return f"{label} cleared (was {value_words(field, old, snapshot)})"
    return f"{label}: {value_words(field, old, snapshot)} → {value_words(field, new, snapshot)}"


@dataclass
class HistoryRow:
    id: int
    at: datetime | None
    who: str
    what: str


def history_rows(db, kind: str, record_id: int, snapshot=None) -> list[HistoryRow]:
    """A record's changes, newest first; a commitment's include its updates'."""
    entries = list(edits.history(db, kind, record_id))
    if kind == "commitment" and snapshot is not None:
        for update in snapshot.data.updates_by_commitment.get(record_id, []):
            # not that it went and came back with the commitment: the commitment's own entries say so
            entries.extend(e for e in edits.history(db, "update", update.id) if not audit.came_with_another(e))
    entries.sort(key=lambda e: (e.get("at") or datetime.min, e.get("id") or 0), reverse=True)
    return [
        HistoryRow(e.get("id") or 0, e.get("at"), e.get("actor") or "someone", describe(e, snapshot)) for e in entries
    ]


def when_text(at: datetime | None) -> str:
    return f"{at:%d/%m/%Y %H:%M}" if at else ""


class HistoryModel(RowsModel):
    COL_WHEN, COL_WHO, COL_WHAT = range(3)
    HEADERS = (_h("When"), _h("Who"), _h("What changed"))

    def cell(self, row: HistoryRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (when_text(row.at), row.who, row.what)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_WHEN and row.at:
                return f"{uk_date(row.at.date())} at {row.at:%H:%M:%S}"
            return row.what if column == self.COL_WHAT else row.who
        if role == SortRole:
            return ((row.at.isoformat() if row.at else "", row.id), row.who.lower(), row.what)[column]
        return None


class HistoryPanel(QWidget):
    """The changes to one record: reusable in a dialog or a side panel."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.kind: str | None = None
        self.record_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = heading("")
        self.title.setWordWrap(True)
        self.note = muted(
            "Every change is kept: when, who (the name set in Preferences), and what it was before and after."
        )
        self.model = HistoryModel(self)
        when_width = self.fontMetrics().horizontalAdvance("00/00/0000 00:00") + 32  # never wrapped or cut
        self.table = table_view(
            self.model,
            stretch=HistoryModel.COL_WHAT,
            widths={HistoryModel.COL_WHEN: when_width, HistoryModel.COL_WHO: 150},
        )
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = EmptyState(
            "No changes recorded yet",
            "Changes made in the app appear here as they are saved. Anything that came in "
            "with a workbook import starts its history at its first change.",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def show_record(self, kind: str, record_id: int, title: str = "") -> None:
        self.kind, self.record_id = kind, record_id
        self.title.setText(title or f"History of this {NOUN.get(kind, kind)}")
        self.reload()

    def reload(self) -> None:
        kind, record_id = self.kind, self.record_id
        if not self.store.is_open or kind is None or record_id is None:
            self._show([])
            return
        snapshot = self.store.snapshot
        self.store.submit(
            lambda job, db: history_rows(db, kind, record_id, snapshot),
            on_done=lambda rows: self._show(rows, (kind, record_id)),
            on_error=self._failed,
        )

    def _show(self, rows: list[HistoryRow], wanted: tuple | None = None) -> None:
        if wanted is not None and wanted != (self.kind, self.record_id):
            return  # the panel has moved on to another record meanwhile
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.table.resizeRowsToContents()

    def _failed(self, exc: BaseException) -> None:
        self._show([])
        self.note.setText(str(exc) if isinstance(exc, UserError) else f"The history could not be read: {exc}")


class HistoryDialog(QDialog):
    """A small window beside the main one: the history of the record last asked for, kept up to date."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.setModal(False)
        self.resize(780, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.panel = HistoryPanel(store, self)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        store.loaded.connect(lambda _snap: self.panel.reload() if self.isVisible() else None)


def open_history(window: QWidget, store, kind: str, record_id: int, title: str = "") -> HistoryDialog:
    """Show (or move) the window's one History dialog to this record."""
    dialog = getattr(window, "history_dialog", None)
    if not isinstance(dialog, HistoryDialog):
        dialog = HistoryDialog(store, window)
        window.history_dialog = dialog  # type: ignore[attr-defined]  # kept on whichever window opened it
    dialog.panel.show_record(kind, record_id, title)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def record_title(kind: str, values: dict) -> str:
    label = next(
        (
            short_text(str(values[k]), 70)
            for k in ("title", "name", "display_name", "statement", "pledge", "text")
            if values.get(k)
        ),
        "",
    )
    ref = values.get("ref") or ""
    noun = NOUN.get(kind, kind)
    return f"History of {noun} {ref}" + (f" — {label}" if label else "")


def history_button(form, text: str = "") -> QPushButton:
    """A "History" link for an editor bound through a RecordForm: shows that record's changes."""
    button = link_button(text or QCoreApplication.translate("History", "History"))
    button.setToolTip(
        QCoreApplication.translate(
            "History", "Every change to this: when, who made it, and what it was before and after"
        )
    )

    def clicked() -> None:
        if form.record_id is not None:
            open_history(
                button.window(), form.editor.store, form.kind, form.record_id, record_title(form.kind, form.values)
            )

    button.clicked.connect(clicked)
    return button
