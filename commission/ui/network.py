"""Network: every commission in the database side by side, as of the same date, by each one's own rules.

For a network coordinator, or a council that has run several commissions. The rows come from
services.network (each commission read and evaluated on the runner, never on the GUI thread); double-click
a row, or press Open, to work on that commission.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commission.ui.layouts import vbox
from commission.ui.models import IdRole, SortRole
from commission.ui.models.base import RowsModel
from commission.ui.widgets import Card, heading, muted, table_view
from commission.ui.words import counted, percent, uk_date
from commission.vocab import uk_short_date

D = Qt.ItemDataRole
STATE_ORDER = ("done", "on track", "at risk", "overdue", "dropped")


def _t(text: str) -> str:
    return QCoreApplication.translate("NetworkScreen", text)


class NetworkModel(RowsModel):
    """One row per commission: its Summary's figures (reports.network.NetworkRow)."""

    COL_NAME, COL_COMMITMENTS = 0, 1
    COL_STATES: ClassVar[dict[str, int]] = {state: 2 + i for i, state in enumerate(STATE_ORDER)}
    COL_PROGRESS, COL_AGREEMENT = 7, 8
    STRETCH = COL_NAME
    WIDTHS: ClassVar[dict[int, int]] = {
        COL_COMMITMENTS: 122,
        **{c: 84 for c in COL_STATES.values()},
        COL_PROGRESS: 120,
        COL_AGREEMENT: 150,
    }
    PROGRESS = (COL_PROGRESS,)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.HEADERS = (
            _t("Commission"),
            _t("Commitments"),
            *(_t(s) for s in STATE_ORDER),
            _t("Progress"),
            _t("Panel agreement"),
        )

    def row_id(self, row) -> int:
        return row.commission_id

    def _state(self, column: int) -> str | None:
        return next((s for s, c in self.COL_STATES.items() if c == column), None)

    def _display_data(self, r, column: int):
        state = self._state(column)
        if column == self.COL_NAME:
            return r.name
        if column == self.COL_COMMITMENTS:
            return str(r.commitments)
        if state:
            return str(r.states.get(state, 0))
        if column == self.COL_PROGRESS:
            return percent(r.overall) if r.commitments else "—"
        if column == self.COL_AGREEMENT:
            return percent(r.panel_agreement)
        return None

    def _tooltip_data(self, r, column: int):
        if column == self.COL_NAME:
            return f"{r.name} ({_t('works in Welsh first') if r.language == 'cy' else _t('works in English')})"
        return self._display_data(r, column)

    def _progress_data(self, r, column: int):
        return r.overall if column == self.COL_PROGRESS else None

    def _role_data(self, r, column: int, role: int):
        state = self._state(column)
        if role == D.AccessibleTextRole and state:
            return f"{r.states.get(state, 0)} {state}"
        if state != "overdue" or not r.states.get(state, 0):
            return None
        if role == D.ForegroundRole:
            return QColor("#a4161a")  # the count says it; the colour only repeats it
        if role == D.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _sort_data(self, r, column: int):
        state = self._state(column)
        if column == self.COL_NAME:
            return r.name.lower()
        if column == self.COL_COMMITMENTS:
            return r.commitments
        if state:
            return r.states.get(state, 0)
        if column == self.COL_PROGRESS:
            return r.overall
        if column == self.COL_AGREEMENT:
            return -1 if r.panel_agreement is None else r.panel_agreement
        return None


class OverdueInCommission(RowsModel):
    COL_ORGANISATION, COL_PLEDGE, COL_DUE = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.HEADERS = (_t("Organisation"), _t("Pledge"), _t("Due"))

    def row_id(self, row):
        return None

    def cell(self, o, column: int, role: int):
        if role in (D.DisplayRole, D.ToolTipRole):
            return (o.organisation, o.pledge, uk_short_date(o.due))[column]
        if role == SortRole:
            return (o.organisation.lower(), o.pledge, o.due.isoformat() if o.due else "")[column]
        return None


class NetworkScreen(QWidget):
    open_commission = Signal(int)

    title = "Network"

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model_rows = None  # the NetworkModel of the last load (services.network)
        self._token = 0
        self._loaded_for = None
        layout = vbox(self, (28, 22, 28, 24), 14)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading(self.tr("Network"), "pageTitle"))
        self.subtitle = muted("")
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.open_button = QPushButton(self.tr("Open this commission"))
        self.open_button.setAccessibleName(self.tr("Open the chosen commission"))
        self.open_button.setEnabled(False)
        header.addWidget(self.open_button)
        layout.addLayout(header)

        self.totals = QLabel("")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.model = NetworkModel(self)
        self.table = table_view(self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # names share their start ("Comisiwn …")
        self.table.setAccessibleName(self.tr("Every commission in this database"))
        self.table.setToolTip(self.tr("Double-click a commission to open it"))
        layout.addWidget(self.table, 3)

        overdue_card = Card(self.tr("What is overdue"))
        self.overdue_title = muted(self.tr("Choose a commission to see what it promised by a date that has passed."))
        self.overdue_model = OverdueInCommission(self)
        self.overdue = table_view(
            self.overdue_model,
            stretch=OverdueInCommission.COL_PLEDGE,
            widths={OverdueInCommission.COL_ORGANISATION: 260, OverdueInCommission.COL_DUE: 110},
        )
        self.overdue.setAccessibleName(self.tr("Overdue commitments of the chosen commission"))
        overdue_card.body.addWidget(self.overdue_title)
        overdue_card.body.addWidget(self.overdue)
        layout.addWidget(overdue_card, 2)

        self.table.doubleClicked.connect(lambda index: self._open(index.data(IdRole)))
        self.open_button.clicked.connect(lambda: self._open(self._chosen_id()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._chosen(current))

    def new_item(self) -> None:
        pass

    def set_snapshot(self, snap) -> None:
        """A new snapshot means an edit or another date: read the network again (on the runner)."""
        if not self.store.is_open:
            return
        key = (self.store.opened, snap)
        if key == self._loaded_for:
            return
        self._loaded_for = key
        self.reload()

    def reload(self) -> None:
        from commission.services.network import load_network

        self._token += 1
        token, as_of = self._token, self.store.as_of
        self.subtitle.setText(self.tr("Reading every commission as of {0}…").format(uk_date(as_of)))
        self.store.submit(
            lambda job, db: load_network(db, as_of),
            on_done=lambda found: self._arrived(token, found),
            on_error=lambda exc: self._failed(token, exc),
        )

    def _failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self.subtitle.setText(self.tr("The network could not be read: {0}").format(exc))

    def _arrived(self, token: int, found) -> None:
        if token != self._token:
            return
        self.model_rows = found
        chosen = self._chosen_id() or self.store.commission_id
        self.model.set_rows(found.rows)
        self.subtitle.setText(
            self.tr("Every commission in this database, each by its own rules, as of {0}.").format(uk_date(found.as_of))
        )
        states = {s: sum(r.states.get(s, 0) for r in found.rows) for s in STATE_ORDER}
        commissions, commitments = len(found.rows), found.commitments
        self.totals.setText(
            self.tr("{0}, {1}: {2}.").format(
                counted(self.tr("%n commission(s)", "", commissions), commissions),
                counted(self.tr("%n commitment(s)", "", commitments), commitments),
                ", ".join(f"{states[s]} {self.tr(s)}" for s in STATE_ORDER),
            )
        )
        from commission.ui.widgets import select_record

        if not select_record(self.table, chosen):
            self._chosen(None)

    def _chosen_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _chosen(self, index) -> None:
        row = None
        if index is not None and index.isValid() and self.model_rows is not None:
            cid = index.data(IdRole)
            row = next((r for r in self.model_rows.rows if r.commission_id == cid), None)
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.overdue_model.set_rows([])
            return
        self.overdue_model.set_rows(row.overdue)
        self.overdue_title.setText(
            self.tr("{0}: nothing is overdue.").format(row.name)
            if not row.overdue
            else self.tr("{0}: {1} overdue, earliest due first.").format(row.name, len(row.overdue))
        )

    def _open(self, commission_id: int | None) -> None:
        if commission_id is not None:
            self.open_commission.emit(commission_id)
