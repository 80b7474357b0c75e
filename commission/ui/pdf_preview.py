"""A PDF shown in the app (QtPdf): page by page or scrolling, with page navigation and zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from commission.ui.layouts import vbox
from commission.ui.widgets import StackWhenNarrow

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(18, 18, 18, 18))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#d9dee4"))  # around the pages
        self.view.setPalette(palette)

        bar = StackWhenNarrow()  # never wider than its page buttons (long Welsh words, large text)
        bar.setSpacing(6)
        self.previous = QPushButton(self.tr("‹ Previous"))
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setAccessibleName(self.tr("Page"))
        self.pages = QLabel(self.tr("of %1").replace("%1", "0"))
        self.next = QPushButton(self.tr("Next ›"))
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_out = QPushButton("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(40)
        pages, zooms = QWidget(), QWidget()  # side by side; the zoom under the pages when both do not fit
        for group, widgets, stretch_first in (
            (pages, (self.previous, QLabel(self.tr("Page")), self.page, self.pages, self.next), False),
            (zooms, (self.zoom_out, self.zoom, self.zoom_in), True),
        ):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            if stretch_first:
                row.addStretch(1)
            for widget in widgets:
                row.addWidget(widget)
            if not stretch_first:
                row.addStretch(1)
        bar.addWidget(pages, 1)
        bar.addWidget(zooms, 0)
        layout = vbox(self, (0, 0, 0, 0), 8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        self.zoom.activated.connect(lambda _i: self._apply_zoom(self.zoom.currentData()))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            ("Ctrl+=", lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            ("PgDown", lambda: self.go_to(self.current_page() + 1)),
            ("PgUp", lambda: self.go_to(self.current_page() - 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # -- the document -------------------------------------------------------------------------------
    def load(self, path: str | Path) -> int:
        """Show the PDF at `path`; its number of pages (0 when it cannot be read)."""
        self.document.close()
        error = self.document.load(str(path))
        count = self.document.pageCount() if error == QPdfDocument.Error.None_ else 0
        self.page.setRange(1, max(count, 1))
        self.pages.setText(self.tr("of %1").replace("%1", str(count)))
        self.go_to(0)
        self._update_buttons()
        return count

    def clear(self) -> None:
        self.document.close()
        self.page.setRange(1, 1)
        self.pages.setText(self.tr("of %1").replace("%1", "0"))
        self._update_buttons()

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- navigation and zoom ------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count, page = self.document.pageCount(), self.current_page()
        self.previous.setEnabled(count > 0 and page > 0)
        self.next.setEnabled(count > 0 and page < count - 1)
        for widget in (self.page, self.zoom, self.zoom_in, self.zoom_out):
            widget.setEnabled(count > 0)

    def _apply_zoom(self, choice) -> None:
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))
        self.zoom.setCurrentIndex(max(self.zoom.findData(choice), 0))

    def step_zoom(self, direction: int) -> None:
        now = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        if direction > 0:
            target = next((z for z in ZOOMS if z > now + 1e-6), ZOOMS[-1])
        else:
            target = next((z for z in reversed(ZOOMS) if z < now - 1e-6), ZOOMS[0])
        self._apply_zoom(target)
