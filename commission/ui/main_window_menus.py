"""The main window's menus: File, Edit (undo and redo), View, Help, and the shortcuts. A part of MainWindow."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from commission.ui.main_window_files import MainWindowPart


class MainWindowMenus(MainWindowPart):
    """Building the menu bar; mixed into MainWindow, whose slots the actions call."""

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        self._action(
            file_menu,
            self.tr("&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.new_commission_action = self._action(file_menu, self.tr("New &commission…"), self.new_commission)
        self.commission_details_action = self._action(
            file_menu, self.tr("Commission det&ails…"), self.commission_details
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Import workbook…"),
            self._on_part("transfers", "choose_import"),
            "Ctrl+I",
        )
        self._action(
            file_menu,
            self.tr("&Export workbook…"),
            self._on_part("transfers", "choose_export"),
            "Ctrl+E",
        )
        self._action(file_menu, self.tr("&Back up now"), self._on_part("backups", "back_up_now"), "Ctrl+B")
        self._action(file_menu, self.tr("Save a back-up cop&y as…"), self._on_part("transfers", "choose_backup"))
        self._action(file_menu, self.tr("Res&tore from back-up…"), self._on_part("backups", "choose_restore"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Sen&d update returns…"), self._on_part("returns", "choose_send"))
        self._action(file_menu, self.tr("Import update ret&urn…"), self._on_part("returns", "choose_import"))
        self._action(file_menu, self.tr("Import p&ledges…"), self._on_part("pledges", "choose"))
        self._action(file_menu, self.tr("Export for Decidi&m…"), self._on_part("decidim_export", "choose"))
        file_menu.addSeparator()
        self.preferences_action = self._action(
            file_menu,
            self.tr("&Preferences…"),
            self.open_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        from commission.ui.text_undo import redo_or_text, undo_or_text

        for action, handler in ((undo, undo_or_text), (redo, redo_or_text)):
            action.triggered.disconnect()  # the typing in a text box first, then the stack
            action.triggered.connect(lambda _checked=False, h=handler: h(self, self.undo_stack))
        edit_menu.addSeparator()
        self.new_item_action = self._action(edit_menu, self.tr("&New item"), self.new_item, "Ctrl+N")
        self.search_action = self._action(edit_menu, self.tr("&Search everywhere…"), self.open_search, "Ctrl+K")

        view_menu = bar.addMenu(self.tr("&View"))
        for number in range(self.sidebar.count()):
            title = self.sidebar.item(number).text().replace("&", "&&")
            self._action(
                view_menu,
                title,
                lambda _=False, n=number: self.sidebar.setCurrentRow(n),
                f"Ctrl+{number + 1}",
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Getting started"), self.getting_started)
        self._action(help_menu, self.tr("&About Commission"), self.about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action
