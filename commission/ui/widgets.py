"""Small widgets every screen shares: cards, empty states, check lists, tables and headings (pills and date
pickers are in pills.py and dates.py, and may be imported from here too)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.ui import layouts
from commission.ui.dates import DateEdit as DateEdit
from commission.ui.dates import OptionalDate as OptionalDate
from commission.ui.dates import from_qdate as from_qdate
from commission.ui.dates import to_qdate as to_qdate
from commission.ui.header_fit import HeaderFit
from commission.ui.pills import ColourRole as ColourRole
from commission.ui.pills import Pill as Pill
from commission.ui.pills import PillDelegate, ProgressDelegate
from commission.ui.pills import ProgressRole as ProgressRole
from commission.ui.pills import paint_pill as paint_pill
from commission.ui.pills import pill_style as pill_style
from commission.ui.screens import ShownPageStack as ShownPageStack
from commission.ui.style import MUTED


class Card(QFrame):
    """A white panel with an optional title: the unit the dashboard and side panels are made of."""

    def __init__(self, title: str = "", parent: QWidget | None = None, margins: int = 16):
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margins, margins - 2, margins, margins)
        self.body.setSpacing(10)
        self.title = None
        if title:
            self.title = QLabel(title)
            self.title.setObjectName("sectionTitle")
            self.title.setWordWrap(True)  # a long title (Welsh, large text) wraps rather than widen the page
            self.body.addWidget(self.title)


class EmptyState(QWidget):
    """What an empty screen says: what this is for and what to do next (`action_text`: a button, which
    calls `on_action`)."""

    def __init__(self, title: str, text: str, action_text: str = "", parent: QWidget | None = None, *, on_action=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # a long title (Welsh, large text) wraps rather than widen the screen
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.button = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setProperty("primary", True)
            if on_action is not None:
                self.button.clicked.connect(on_action)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addSpacing(8)
            layout.addLayout(row)
        layout.addStretch(2)


def size_to_shown_tab(tabs: QTabWidget) -> None:
    """`tabs` as wide as the tab on show needs, not its widest (a page of Frameworks held Themes & Insights 250 px
    past the window at 150% in Welsh): the tabs not shown leave their width to it."""

    def shown(index: int) -> None:
        for page in range(tabs.count()):
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            widget = tabs.widget(page)
            if widget is not None:
                widget.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    tabs.currentChanged.connect(shown)
    shown(tabs.currentIndex())


def or_empty(content: QWidget, empty: EmptyState) -> QStackedWidget:
    """`content`, with `empty` in its place while there is nothing to show (`setCurrentWidget` switches)."""
    stack = QStackedWidget()
    stack.addWidget(content)
    stack.addWidget(empty)
    return stack


class CheckList(QWidget):
    """A filterable list of things to tick (e.g. the insights a quote supports), grouped under headings."""

    changed = Signal()

    def __init__(self, placeholder: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        placeholder = self.tr("Filter…") if placeholder is None else placeholder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # a long list (every update of a large commission) is laid out a hundred rows at a time while the
        # event loop is idle, so it shows at once instead of measuring every wrapped row first
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(100)
        find = QHBoxLayout()  # a label that stays when the placeholder goes
        find_label = QLabel(self.tr("Find"))
        find_label.setBuddy(self.filter)
        find.addWidget(find_label)
        find.addWidget(self.filter, 1)
        layout.addLayout(find)
        layout.addWidget(self.list)
        what = placeholder.removeprefix("Filter").strip(" …").capitalize() or self.tr("Choices")
        self.setAccessibleName(what)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.filter.setAccessibleName(self.tr("Find in %1").replace("%1", name.lower()))

    def set_items(self, items, checked=()) -> None:
        """items: (id, label) or (id, label, group); a new group starts a heading."""
        checked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        group = None
        # looked up once: thousands of rows on a large commission, each Qt enum lookup costs
        user_role, add = Qt.ItemDataRole.UserRole, self.list.addItem
        flags = QListWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable
        ticked, unticked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        font = QFont(self.list.font())
        font.setWeight(QFont.Weight.DemiBold)
        for entry in items:
            record_id, label = entry[0], entry[1]
            if len(entry) > 2 and entry[2] != group:
                group = entry[2]
                header = QListWidgetItem(group)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setFont(font)
                header.setForeground(QColor(MUTED))
                header.setData(user_role, None)
                add(header)
            item = QListWidgetItem(label)
            item.setData(user_role, record_id)
            item.setFlags(flags)
            item.setCheckState(ticked if record_id in checked else unticked)
            add(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self.scroll_to_checked()

    def scroll_to_checked(self) -> None:
        """What is linked is what one wants to see first."""
        first = next((item for item in self._items() if item.checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.list.scrollToItem(first, QListWidget.ScrollHint.PositionAtCenter)

    def _items(self):
        user_role, item_at = Qt.ItemDataRole.UserRole, self.list.item
        for i in range(self.list.count()):
            item = item_at(i)
            if item.data(user_role) is not None:
                yield item

    def checked_ids(self) -> list[int]:
        return [
            item.data(Qt.ItemDataRole.UserRole) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, record_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        header, header_visible = None, False
        user_role, item_at = Qt.ItemDataRole.UserRole, self.list.item
        for i in range(self.list.count()):
            item = item_at(i)
            if item.data(user_role) is None:
                if header is not None:
                    header.setHidden(not header_visible)
                header, header_visible = item, False
                continue
            hidden = not all(w in item.text().lower() for w in words)
            item.setHidden(hidden)
            header_visible = header_visible or not hidden
        if header is not None:
            header.setHidden(not header_visible)


def table_view(
    model,
    *,
    sortable: bool = True,
    stretch: int | None = None,
    widths: dict[int, int] | None = None,
    pills: tuple[int, ...] | None = None,
    progress: tuple[int, ...] | None = None,
    name: str = "",
):
    """A read-only, row-selecting table over `model` (through a sorting proxy when sortable), called `name` for
    screen readers. The column that stretches, the columns' widths and those drawn as pills or progress bars are
    the model's own (its STRETCH, WIDTHS, PILLS and PROGRESS), unless given here."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from commission.ui.models import SortRole

    view = QTableView()
    view.setAccessibleName(name)
    source = model
    declared = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    stretch = getattr(declared, "STRETCH", None) if stretch is None else stretch
    widths = getattr(declared, "WIDTHS", None) if widths is None else widths
    pills = getattr(declared, "PILLS", ()) if pills is None else pills
    progress = getattr(declared, "PROGRESS", ()) if progress is None else progress
    if sortable and not isinstance(model, QSortFilterProxyModel):
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        model = proxy
    view.setModel(model)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(32)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    HeaderFit(header, widths or {}, stretch, pills)
    for column in pills:
        view.setItemDelegateForColumn(column, PillDelegate(view))
    for column in progress:
        view.setItemDelegateForColumn(column, ProgressDelegate(view))
    view.source_model = source  # type: ignore[attr-defined]  # the model behind any proxy, for select_record
    return view


def select_record(view, record_id: int | None) -> bool:
    """Select the row showing record_id (through any proxy) and scroll to it."""
    from commission.ui.models import IdRole

    model = view.model()
    if record_id is None:
        return False
    matches = model.match(model.index(0, 0), IdRole, record_id, 1, Qt.MatchFlag.MatchExactly)
    if not matches:
        return False
    view.setCurrentIndex(matches[0])
    view.selectRow(matches[0].row())
    view.scrollTo(matches[0])
    return True


def current_id(view) -> int | None:
    from commission.ui.models import IdRole

    index = view.currentIndex()
    return index.data(IdRole) if index.isValid() else None


def side_panel(layout_type=QVBoxLayout, margins=(18, 16, 18, 16), spacing: int = 10):
    """The framed panel beside a list, where the chosen record is shown and edited: the panel and its layout."""
    panel = QFrame()
    panel.setObjectName("sidePanel")
    layout = layout_type(panel)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return panel, layout


PAGE_MARGINS = (24, 20, 24, 20)  # around every screen's content


def page_layout(page: QWidget, spacing: int) -> QVBoxLayout:
    """A screen's own layout, inside the margins every screen has."""
    return layouts.vbox(page, PAGE_MARGINS, spacing)


def page_titles(title: str) -> tuple[QVBoxLayout, QLabel]:
    """A screen's title with a muted line under it (say what is on screen): the two, and the muted line."""
    subtitle = muted("")
    return layouts.page_titles(heading(title, "pageTitle"), subtitle), subtitle


def page_splitter(page: QWidget) -> QSplitter:
    """A list-and-editor page: a splitter filling the page inside its usual margins."""
    layout = QHBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    splitter = QSplitter()
    splitter.setChildrenCollapsible(False)
    layout.addWidget(splitter)
    return splitter


def list_column(title: str, button: QPushButton, right_margin: int = 12) -> tuple[QWidget, QVBoxLayout]:
    """The left column of a list-and-editor page: the page title and its 'new' button above the list."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, right_margin, 0)
    layout.setSpacing(10)
    top = QHBoxLayout()
    top.addWidget(heading(title, "pageTitle"), 1)
    top.addWidget(button)
    layout.addLayout(top)
    return column, layout


class StackWhenNarrow(QBoxLayout):
    """Columns side by side while each has its smallest width, one above the other when they have not (Welsh
    words, a large text size, a small window): the page is never pushed wider than its widest column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)

    def _widths(self) -> list[int]:
        items = (self.itemAt(i) for i in range(self.count()))
        return [item.minimumSize().width() for item in items if item is not None and not item.isEmpty()]

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def side_by_side_width(self) -> int:
        """The narrowest the columns fit beside each other, a column that is itself a StackWhenNarrow with its
        own columns beside each other too: the outer stacks first (a pill and its History link go under the
        title together, and only then one under the other)."""
        widths = []
        for item in (self.itemAt(i) for i in range(self.count())):
            if item is None or item.isEmpty():
                continue
            inner = item.layout()
            widths.append(
                inner.side_by_side_width() if isinstance(inner, StackWhenNarrow) else item.minimumSize().width()
            )
        return sum(widths) + self.spacing() * max(len(widths) - 1, 0) + self._margins()

    def minimumSize(self) -> QSize:
        return QSize(max(self._widths(), default=0) + self._margins(), super().minimumSize().height())

    def setGeometry(self, rect: QRect) -> None:
        wide = rect.width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.direction() != direction:
            self.setDirection(direction)  # asks the panel for its new height too
        super().setGeometry(rect)


def side_by_side(outer, left, right, left_stretch: int, right_stretch: int) -> None:
    """Put two layouts next to each other in `outer`, in the given proportions, without their margins."""
    for layout, stretch in ((left, left_stretch), (right, right_stretch)):
        box = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        box.setLayout(layout)
        outer.addWidget(box, stretch)


def heading(text: str, object_name: str = "sectionTitle") -> QLabel:
    """A title; often a record's name, so always plain text (a session called "<b>Hi</b>" shows its brackets)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted(text: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(wrap)
    return label


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", True)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("flat", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ElidedLink(QPushButton):
    """A link button whose words are cut with "…" to the room it has (the whole text in its tooltip), so a
    long title never widens its panel nor is clipped at a large text size."""

    def __init__(self, text: str = ""):
        super().__init__()
        self.setProperty("flat", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - 2 * self.fontMetrics().averageCharWidth())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room) if room else self._full
        super().setText(shown)


def set_text_quietly(widget, text: str) -> None:
    """Refresh an editor's field without firing its change signals or disturbing someone typing in it."""
    if widget.hasFocus():
        return
    widget.blockSignals(True)
    if hasattr(widget, "setPlainText"):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif widget.text() != text:
        widget.setText(text)
    widget.blockSignals(False)


def set_combo_quietly(combo, data) -> None:
    combo.blockSignals(True)
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
