"""The main window: a sidebar of screens, the File menu, undo/redo, Ctrl+K search."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar, cast

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from commission.ui.colleagues import ColleagueWatch
from commission.ui.commands import Editor
from commission.ui.main_window_files import MainWindowFiles
from commission.ui.main_window_menus import MainWindowMenus
from commission.ui.screens import Screens, ScreenStack, _Screen
from commission.ui.settings import Settings
from commission.ui.store import Store
from commission.ui.style import SCALES_ITSELF, rescale_widget, text_factor
from commission.ui.workers import Runner

FRAME = QMargins(0, 34, 0, 0)  # room for a window manager's title bar (not known until the window is shown)


def available_room(screen: QScreen | None) -> QRect:
    """The part of the screen a window may take (the whole screen less its task bars and docks)."""
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800 + FRAME.top())


def _inside(room: QRect) -> QRect:
    return room.marginsRemoved(FRAME)


def fits(window: QWidget, room: QRect) -> bool:
    """Whether the window, as restored, is wholly in `room` with its title bar (a maximised one always is)."""
    if window.isMaximized() or window.isFullScreen():
        return True
    shown = window.geometry()
    return room.contains(shown) and shown.height() + FRAME.top() <= room.height()


class MainWindow(MainWindowFiles, MainWindowMenus):
    screen_changed = Signal(str)

    def __init__(self, settings: Settings | None = None, runner=None, parent=None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.runner = runner or Runner(self)
        self.store = Store(self.runner, self)
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(self.store, self.undo_stack, self.settings)
        self.database_label = ""
        self.screens = Screens(self._build_screen)
        self._screen_makers: dict[str, Callable[[], QWidget]] = {}
        self._shown_snapshot: dict[int, object] = {}  # which snapshot each screen last showed
        self.setWindowTitle("Commission")
        self.setMinimumSize(QSize(1024, 680))

        self._build_sidebar()
        self.stack = ScreenStack()
        self.opening = QWidget()  # blank until a database is open: the first paint builds no screen
        self.stack.addWidget(self.opening)
        self._no_commission: QWidget | None = None
        self.reading = QLabel(self.tr("Reading…"))  # a screen asked for before the commission has been read
        self.reading.setObjectName("reading")
        self.reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.reading)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar_pane)
        row.addWidget(self.stack.scroll_area(), 1)  # at large text a screen scrolls rather than clip
        self.setCentralWidget(central)

        self._parts: dict[str, QObject] = {}  # the window's helpers made so far (_part): none before first paint
        self._build_screens()
        self._build_menus()
        self.busy_label = QLabel("")
        self.statusBar().addPermanentWidget(self.busy_label)
        self.store.loaded.connect(self._loaded)
        self.store.first_loaded.connect(self._first_loaded)
        self.store.commissions_changed.connect(self._commissions_changed)
        self.store.error.connect(self.show_error)
        self.store.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Reading…") if busy else ""))
        self._restore_window()
        self.backup_timer = QTimer(self)  # each minute: a back-up when one is due and something changed
        self.backup_timer.setInterval(60 * 1000)
        self.backup_timer.timeout.connect(self._on_part("backups", "automatic"))
        self.backup_timer.start()
        editor = self.editor  # a colleague's change is looked for every 20 s; not while a conflict waits
        self.colleagues = ColleagueWatch(
            self.store, self, lambda: bool(editor.conflict_dialog or editor.connection_dialog)
        )
        self.colleagues.start()

    # -- layout -------------------------------------------------------------------------------------
    def _build_sidebar(self) -> None:
        self.sidebar_pane = QWidget()
        self.sidebar_pane.setObjectName("sidebarPane")
        self.sidebar_pane.setFixedWidth(224)
        self.sidebar_pane.setProperty(SCALES_ITSELF, True)  # _fit_sidebar: as wide as its words need
        layout = QVBoxLayout(self.sidebar_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        name = QLabel("Commission")
        name.setObjectName("appName")
        note = QLabel(self.tr("What was said, promised and done"))
        note.setObjectName("sidebarNote")
        note.setWordWrap(True)
        # Says "Opening…" until the commission's name comes, the chooser hidden until there is a choice: so the
        # screens' list does not move down under the pointer as the database opens (it jumped 39 px after 1.7 s).
        self.commission_name = QLabel(self.tr("Opening…"))
        self.commission_name.setObjectName("commissionName")
        self.commission_name.setWordWrap(True)
        self.commission_chooser = QComboBox()
        self.commission_chooser.setAccessibleName(self.tr("Commission"))
        self.commission_chooser.setObjectName("commissionChooser")
        self.commission_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commission_chooser.setMinimumContentsLength(12)
        self.commission_chooser.currentIndexChanged.connect(self._commission_chosen)
        self.commission_chooser.setVisible(False)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.currentRowChanged.connect(self._screen_chosen)
        layout.addWidget(name)
        layout.addWidget(note)
        layout.addWidget(self.commission_name)
        layout.addWidget(self.commission_chooser)
        layout.addWidget(self.sidebar, 1)

    def add_screen(self, key: str, title: str, screen: QWidget | Callable[[], QWidget]) -> None:
        """Add a screen to the sidebar: later screens (Reviews, Reports) plug in the same way. `screen` may be
        a function that makes it: then it is made when first shown or asked for (`self.screens[key]`)."""
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 42))
        self.sidebar.addItem(item)
        if callable(screen) and not isinstance(screen, QWidget):
            self._screen_makers[key] = screen
        else:
            self._place(key, screen)

    def _build_screen(self, key: str) -> QWidget:
        """Make a screen not made yet (self.screens calls this for a key it does not hold)."""
        screen = self._screen_makers[key]()  # a KeyError for a screen there is not
        del self._screen_makers[key]
        return self._place(key, screen)

    def _place(self, key: str, screen: QWidget) -> QWidget:
        self.screens[key] = screen
        self.stack.addWidget(screen)
        factor = text_factor()
        if factor != 1.0:  # fixed sizes are drawn for 100% text: a screen built after the window was shown
            for widget in (screen, *screen.findChildren(QWidget)):  # is at the size chosen like the rest
                rescale_widget(widget, factor)
        if hasattr(screen, "restore_state"):
            screen.restore_state(self.settings)
        return screen

    def _build_screens(self) -> None:
        """The sidebar's screens, each made when it is first shown: at start only the one in view is built."""
        self.add_screen("dashboard", self.tr("Dashboard"), self._new_dashboard)
        self.add_screen("sessions", self.tr("Sessions"), self._new_sessions)
        self.add_screen("members", self.tr("Members"), self._new_members)
        self.add_screen("themes", self.tr("Themes & Insights"), self._new_themes)
        self.add_screen("actions", self.tr("Actions & Commitments"), self._new_actions)
        self.add_screen("value", self.tr("Social value"), self._new_value)
        self.add_screen("reviews", self.tr("Reviews"), self._new_reviews)
        self.add_screen("reports", self.tr("Reports"), self._new_reports)
        self.add_screen("network", self.tr("Network"), self._new_network)
        from commission.ui import i18n

        i18n.language().changed.connect(self._fit_sidebar)  # a method: disconnected when the window goes
        self.sidebar.setCurrentRow(0)
        self._fit_sidebar()

    def _new_dashboard(self) -> QWidget:
        from commission.ui.dashboard import Dashboard

        dashboard = Dashboard(self.store)
        dashboard.open_commitment.connect(lambda cid: self.go_to("commitment", cid))
        dashboard.go_to_screen.connect(self.show_screen)
        self.returns.add_to_dashboard(dashboard)
        return dashboard

    def _new_sessions(self) -> QWidget:
        from commission.ui.sessions import SessionsScreen

        return SessionsScreen(self.store, self.editor)

    def _new_members(self) -> QWidget:
        from commission.ui.members import MembersScreen

        return MembersScreen(self.store, self.editor)

    def _new_themes(self) -> QWidget:
        from commission.ui.themes import ThemesScreen

        themes = ThemesScreen(self.store, self.editor)
        themes.open_record.connect(self.go_to)
        return themes

    def _new_actions(self) -> QWidget:
        from commission.ui.actions import ActionsScreen

        actions = ActionsScreen(self.store, self.editor)
        self.returns.add_buttons(actions)
        self.pledges.add_button(actions)
        return actions

    def _new_value(self) -> QWidget:
        from commission.ui.social_value import SocialValueScreen

        return SocialValueScreen(self.store, self.editor)

    def _new_reviews(self) -> QWidget:
        from commission.ui.reviews import ReviewsScreen

        return ReviewsScreen(self.store, self.settings, editor=self.editor)

    def _new_reports(self) -> QWidget:
        from commission.ui.reports_screen import ReportsScreen

        return ReportsScreen(self.store, self.settings)

    def _new_network(self) -> QWidget:
        from commission.ui.network import NetworkScreen

        network = NetworkScreen(self.store)
        network.open_commission.connect(self.open_commission)
        return network

    # The window's helpers, each made when first used (a menu item, a screen's button, opening a database):
    # their modules (dialogs, tables of problems, jobs) are not loaded before the window's first paint.
    PARTS: ClassVar[dict[str, tuple[str, str]]] = {
        "transfers": ("commission.ui.transfer", "Transfers"),
        "backups": ("commission.ui.backups", "Backups"),
        "returns": ("commission.ui.returns", "Returns"),
        "pledges": ("commission.ui.pledges_import", "PledgesImport"),
        "decidim_export": ("commission.ui.pledges_import", "DecidimExport"),
    }

    def _part(self, name: str) -> Any:
        part = self._parts.get(name)
        if part is None:
            module, cls = self.PARTS[name]
            part = self._parts[name] = getattr(importlib.import_module(module), cls)(self)
            if name == "backups":
                part.set_interval(self.settings.backup_minutes)
        return part

    def _on_part(self, name: str, method: str) -> Callable[..., None]:
        """A slot calling a helper's method (the helper made then, if it was not yet)."""
        return lambda *_args: getattr(self._part(name), method)()

    transfers = property(lambda self: self._part("transfers"))
    backups = property(lambda self: self._part("backups"))
    returns = property(lambda self: self._part("returns"))
    pledges = property(lambda self: self._part("pledges"))
    decidim_export = property(lambda self: self._part("decidim_export"))

    @property
    def no_commission(self) -> QWidget:
        """What an open database with no commission yet shows (made when first needed)."""
        if self._no_commission is None:
            from commission.ui.no_commission import NoCommission

            self._no_commission = NoCommission(self.new_commission, self.load_demo)
            self.stack.addWidget(self._no_commission)
        return self._no_commission

    # The screens by name, each built on first use (tests and tools reach into them this way).
    dashboard = property(lambda self: self.screens["dashboard"])
    sessions = property(lambda self: self.screens["sessions"])
    members = property(lambda self: self.screens["members"])
    themes = property(lambda self: self.screens["themes"])
    actions_screen = property(lambda self: self.screens["actions"])
    social_value = property(lambda self: self.screens["value"])
    reviews = property(lambda self: self.screens["reviews"])
    reports = property(lambda self: self.screens["reports"])
    network = property(lambda self: self.screens["network"])

    def _fit_sidebar(self) -> None:
        """The sidebar as wide as its longest screen name needs at the text size chosen, never narrower than
        at 100%; each row as tall as its words."""
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(self.sidebar.font())
        titles = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        longest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        self.sidebar_pane.setFixedWidth(max(224, longest + 36 + 3 + 24))  # item padding, marker, scroll bar
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setSizeHint(QSize(0, max(42, metrics.height() + 24)))

    def open_commission(self, commission_id: int) -> None:
        """Work on another commission of this database (from the Network screen): its Dashboard."""
        index = self.commission_chooser.findData(commission_id)
        if index >= 0:
            self.commission_chooser.setCurrentIndex(index)  # the chooser's own path: undo cleared, remembered
        self.show_screen("dashboard")

    # -- commissions and screens --------------------------------------------------------------------
    def _commissions_changed(self, commissions) -> None:
        self.commission_chooser.blockSignals(True)
        self.commission_chooser.clear()
        for info in commissions:
            self.commission_chooser.addItem(info.name, info.id)
            self.commission_chooser.setItemData(
                self.commission_chooser.count() - 1,
                info.name,
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.commission_chooser.findData(self.store.commission_id)
        self.commission_chooser.setCurrentIndex(index)
        self.commission_chooser.setVisible(len(commissions) > 1)  # a choice only when there is one to make
        self.commission_chooser.blockSignals(False)
        self.commission_name.setText(commissions[0].name if len(commissions) == 1 else "")
        self.commission_name.setVisible(len(commissions) == 1)
        self._show_current_screen()

    def _commission_chosen(self, index: int) -> None:
        commission_id = self.commission_chooser.itemData(index)
        if commission_id is not None:
            self.undo_stack.clear()
            self.settings.set_last_commission(self.database_label, commission_id)
            self.store.set_commission(commission_id)

    def _screen_chosen(self, row: int) -> None:
        self._show_current_screen()
        item = self.sidebar.item(row)
        if item is not None:
            self.screen_changed.emit(item.data(Qt.ItemDataRole.UserRole))

    def _show_current_screen(self) -> None:
        if not self.store.is_open and self.store.first is None:  # the figures read at start come before it
            self.stack.setCurrentWidget(self.opening)
            return
        if self.store.commission_id is None:
            self.stack.setCurrentWidget(self.no_commission)
            return
        item = self.sidebar.currentItem()
        if self.store.snapshot is None and item is not None and item.data(Qt.ItemDataRole.UserRole) != "dashboard":
            self.stack.setCurrentWidget(self.reading)  # it shows when the commission has been read (_loaded)
            return
        screen = self.current_screen()
        if screen is not None:
            self._bring_up_to_date(screen)
            first = self.store.first  # the Dashboard's figures, read first: shown until the Snapshot comes
            if self.store.snapshot is None and first is not None and getattr(screen, "first", None) is not first:
                screen.show_first(first)  # type: ignore[attr-defined]  # the Dashboard (the others wait above)
            self.stack.setCurrentWidget(screen)

    def _bring_up_to_date(self, screen: QWidget) -> None:
        if self._shown_snapshot.get(id(screen)) is not self.store.snapshot:
            self._shown_snapshot[id(screen)] = self.store.snapshot
            cast(_Screen, screen).set_snapshot(self.store.snapshot)

    def current_screen(self) -> QWidget | None:
        """The screen chosen in the sidebar (built now if it was not yet)."""
        item = self.sidebar.currentItem()
        return self.screens[item.data(Qt.ItemDataRole.UserRole)] if item else None

    def screen(self, key: str) -> QWidget:  # type: ignore[override]  # by name; QWidget.screen() unused here
        """A screen, brought up to date (e.g. to read its figures) without switching to it."""
        self._bring_up_to_date(self.screens[key])
        return self.screens[key]

    def show_screen(self, key: str) -> QWidget:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
        return self.screens[key]

    def _loaded(self, snapshot) -> None:
        if snapshot is not None and self.store.commission_id is not None:
            self.settings.set_last_commission(self.database_label, self.store.commission_id)
        # Only the screen in view is refreshed now; the others catch up when they are shown.
        self._show_current_screen()

    def _first_loaded(self, _first) -> None:
        """The Dashboard's figures, read first at start: shown if the Dashboard is in view (the other screens
        wait for the whole commission, saying it is being read)."""
        self._show_current_screen()

    def new_item(self) -> None:
        screen = self.current_screen()
        if screen is not None and self.store.snapshot is not None:
            cast(_Screen, screen).new_item()

    def go_to(self, kind: str, record_id: int) -> None:
        """Jump to a record from search, the trace view or the dashboard."""
        target = {
            "session": "sessions",
            "quote": "sessions",
            "member": "members",
            "organisation": "members",
            "theme": "themes",
            "insight": "themes",
            "action": "actions",
            "commitment": "actions",
            "update": "actions",
        }.get(kind)
        if target is None:
            return
        if kind == "update":  # an update is shown with its commitment, read off the GUI thread
            from commission.services import edits  # SQLAlchemy: not before the window's first paint

            self.store.read(
                lambda db: edits.get(db, "update", record_id)["commitment_id"],
                on_done=lambda commitment_id: cast(_Screen, self.show_screen(target)).show_record(
                    "commitment", commitment_id
                ),
                on_error=lambda exc: self.show_error(str(exc)),
            )
            return
        cast(_Screen, self.show_screen(target)).show_record(kind, record_id)

    def open_search(self) -> None:
        from commission.ui.search import SearchDialog

        if self.store.snapshot is None:
            return
        dialog = SearchDialog(self.store, self)
        dialog.chosen.connect(self.go_to)
        self._search_dialog = dialog
        dialog.open()

    # -- messages -----------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Commission",
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setModal(True)
        self._last_error = message
        box.open()

    def getting_started(self) -> None:
        from commission.ui.first_run import GettingStartedDialog

        self.getting_started_dialog = GettingStartedDialog(self)
        self.getting_started_dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Commission"),
            self.tr(
                "<p><b>Commission</b> keeps a truth commission's accountability chain in one place: what the "
                "panel said, what was agreed, who committed to what, what has happened since, and whether the "
                "panel agrees it happened.</p><p>Every change is saved as you make it. Ctrl+Z undoes, Ctrl+K "
                "searches.</p>"
            ),
        )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:  # the text size, chosen in Preferences
            QTimer.singleShot(0, self._fit_sidebar)
            self._shown_snapshot.clear()  # each screen lays itself out again at the new size when shown
            QTimer.singleShot(0, self._show_current_screen)
        return super().event(event)

    # -- window state -------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        """The size it was left at, if that fits the screen's free space (without the task bars); else
        1280×800, made smaller to fit (a 1366×768 screen lost the window's bottom 32 px)."""
        room = available_room(QWidget.screen(self))
        self.setMinimumSize(self.minimumSize().boundedTo(_inside(room).size()))
        geometry = self.settings.bytes("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        room = available_room(QWidget.screen(self))  # the screen it was restored to
        if not restored or not fits(self, room):
            size = QSize(1280, 800).boundedTo(_inside(room).size())
            self.resize(size)
            frame = QRect(QPoint(0, 0), size.grownBy(FRAME))
            frame.moveCenter(room.center())
            self.move(frame.topLeft())
        state = self.settings.bytes("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window(self) -> None:
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        for screen in self.screens.values():
            if hasattr(screen, "save_state"):
                screen.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for screen in self.screens.values():
            if hasattr(screen, "commit_pending"):
                screen.commit_pending()
        self.save_window()
        self.store.close()
        super().closeEvent(event)
