"""What the window shows while its database holds no commission yet: create one, or load the demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from commission.ui.widgets import EmptyState, link_button


class NoCommission(EmptyState):
    """The first step as the button (create a commission), the demo as a link beneath it."""

    def __init__(self, on_create: Callable[[], object], on_demo: Callable[[], object], parent: QWidget | None = None):
        super().__init__(
            self.tr("No commission in this database yet"),
            self.tr(
                "Create your commission to begin: its name, area and dates. Or import a commission's workbook "
                "(File ▸ Import workbook…), or load the demo commission to see how it works."
            ),
            self.tr("Create a commission…"),
            parent,
        )
        assert self.button is not None  # made with its action text
        self.button.clicked.connect(on_create)
        self.demo = link_button(self.tr("Load the demo commission"))
        self.demo.clicked.connect(on_demo)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # EmptyState lays itself out in one
        layout.insertWidget(layout.count() - 1, self.demo, 0, Qt.AlignmentFlag.AlignHCenter)
