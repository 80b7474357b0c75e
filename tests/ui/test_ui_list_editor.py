"""The list-and-editor base (ui/list_editor.py) and the models' parts by role, on a list built in the test:
the refresh keeps the chosen row, a new record waits for the snapshot that has it, typing is saved, and the
splitters are kept under the screen's own keys."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import ClassVar

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QHeaderView, QLineEdit, QSplitter, QVBoxLayout

from commission.ui.list_editor import ListEditor
from commission.ui.models.base import ColourRole, SnapshotModel, SortRole
from commission.ui.new_record import NewRecord
from commission.ui.pills import PillDelegate
from commission.ui.widgets import current_id, table_view

D = Qt.ItemDataRole
PlainRole = Qt.ItemDataRole.UserRole + 99


@dataclass
class Row:
    id: int
    name: str


class NamesModel(SnapshotModel):
    COL_NAME, COL_LENGTH = range(2)
    HEADERS = ("Name", "Length")
    STRETCH = COL_NAME
    WIDTHS: ClassVar[dict[int, int]] = {COL_LENGTH: 77}
    PILLS = (COL_LENGTH,)

    def rows_of(self, snapshot) -> list:
        return list(snapshot.rows)

    def _display_data(self, row, column):
        return row.name if column == self.COL_NAME else str(len(row.name))

    def _sort_data(self, row, column):
        return row.name.lower() if column == self.COL_NAME else len(row.name)

    def _colour_data(self, row, column):
        return "#2e7d32" if column == self.COL_LENGTH else None

    def _role_data(self, row, column, role):
        return f"plain {row.name}" if role == PlainRole else None


class Form:
    def __init__(self):
        self.committed = 0

    def commit_pending(self):
        self.committed += 1


class Settings:
    def __init__(self):
        self.kept: dict[str, QByteArray] = {}

    def set_bytes(self, key, value):
        self.kept[key] = value

    def bytes(self, key):
        return self.kept.get(key)


class NamesScreen(ListEditor):
    state_key = "names"

    def __init__(self):
        super().__init__(store=None, editor=None)
        layout = QVBoxLayout(self)
        self.splitter = QSplitter()
        self.model = NamesModel(self)
        self.table = table_view(self.model)
        self.field = QLineEdit()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.field)
        layout.addWidget(self.splitter)
        self.forms = (Form(), Form())
        self.new_record = NewRecord(self, lambda snap, record_id: any(r.id == record_id for r in snap.rows))
        self.shown: list[int | None] = []
        self.when_picked(self.table, self.picked)

    def show_current(self):
        self.shown.append(current_id(self.table))

    def select(self, record_id):
        from commission.ui.widgets import select_record

        select_record(self.table, record_id)


def snap(*names):
    return SimpleNamespace(rows=[Row(i + 1, name) for i, name in enumerate(names)])


def test_a_model_answers_each_role_from_its_own_part(qapp):
    model = NamesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_snapshot(snap("Ann", "Bethan"))
    assert model.index(1, NamesModel.COL_NAME).data(D.DisplayRole) == "Bethan"
    assert model.index(1, NamesModel.COL_LENGTH).data(SortRole) == 6
    assert model.index(0, NamesModel.COL_LENGTH).data(ColourRole) == "#2e7d32"
    assert model.index(0, NamesModel.COL_NAME).data(PlainRole) == "plain Ann"
    assert model.index(0, NamesModel.COL_NAME).data(D.ToolTipRole) is None  # no part for it: nothing
    model.set_snapshot(None)
    assert model.rowCount() == 0


def test_a_table_takes_its_shape_from_its_model(qapp):
    view = table_view(NamesModel())
    header = view.horizontalHeader()
    assert header.sectionResizeMode(NamesModel.COL_NAME) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(NamesModel.COL_LENGTH) == 77
    assert isinstance(view.itemDelegateForColumn(NamesModel.COL_LENGTH), PillDelegate)
    assert view.itemDelegateForColumn(NamesModel.COL_NAME) is None
    given = table_view(NamesModel(), widths={NamesModel.COL_LENGTH: 55}, pills=())
    given_size = given.horizontalHeader().sectionSize(NamesModel.COL_LENGTH)
    assert 55 <= given_size < 77  # what the screen says wins over the model, widened only to its heading (HeaderFit)
    assert given.itemDelegateForColumn(NamesModel.COL_LENGTH) is None


def test_a_refresh_keeps_the_chosen_row_or_chooses_the_first(qtbot):
    screen = NamesScreen()
    qtbot.addWidget(screen)
    screen.set_snapshot(snap("Ann", "Bethan", "Carys"))
    assert current_id(screen.table) == 1 and screen.shown == [1]
    screen.select(3)
    assert screen.shown[-1] == 3  # a choice of the coordinator's is shown
    screen.set_snapshot(snap("Ann", "Bethan", "Carys", "Dai"))
    assert current_id(screen.table) == 3 and screen.shown[-1] == 3
    screen.set_snapshot(snap("Ann"))  # the chosen one has gone: the first instead
    assert current_id(screen.table) == 1


def test_a_new_record_is_chosen_when_the_snapshot_that_has_it_arrives(qtbot):
    screen = NamesScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.set_snapshot(snap("Ann", "Bethan"))
    screen.expect_new({"id": 3}, screen.select, screen.field)
    assert current_id(screen.table) is None  # nothing chosen meanwhile: typing cannot reach Ann
    screen.set_snapshot(snap("Ann", "Bethan"))  # a refresh without it: still waiting, nothing chosen
    assert current_id(screen.table) is None
    screen.set_snapshot(snap("Ann", "Bethan", "Carys"))
    assert current_id(screen.table) == 3 and not screen.new_record.waiting()


def test_commit_pending_and_the_splitters_state(qtbot):
    screen = NamesScreen()
    qtbot.addWidget(screen)
    screen.commit_pending()
    assert [form.committed for form in screen.forms] == [1, 1]
    settings = Settings()
    screen.save_state(settings)
    assert list(settings.kept) == ["names/splitter"]
    screen.restore_state(settings)  # and back, without complaint
    assert screen.delete_record("name", None, "Delete", "Deleted") is False  # nothing chosen: nothing deleted
