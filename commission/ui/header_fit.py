"""A table's columns sized to their words: never narrower than the heading, a column of pills never narrower
than its widest pill, and the column that stretches (a name, a pledge) never squeezed to nothing; and a table
beside a panel given the room those columns need when the panel can spare it (ColumnsRoom)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView

from commission.ui.pills import pill_column_width

READABLE = 12  # average characters the stretching column keeps when the others leave it less: the table scrolls


class HeaderFit(QObject):
    """A table's column is never narrower than its heading: in Welsh ("Yn bresennol", "Dyfyniadau") and at a
    large text size the model's declared widths are too small, so each column is widened to its heading's
    whole words whenever the headings, the language, the font or the style change. A column drawn as pills
    (`pills`) is widened to its widest pill, and the stretching column keeps READABLE characters: when the
    others leave it less it stops stretching and the table scrolls sideways instead."""

    REFIT = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)

    def __init__(self, header, widths: dict[int, int], stretch: int | None, pills: tuple[int, ...] = ()):
        super().__init__(header)
        self.header, self.widths, self.stretch, self.pills = header, dict(widths), stretch, pills
        header.installEventFilter(self)
        model = header.model()
        if model is not None:
            model.headerDataChanged.connect(lambda *_a: self.fit())
            model.modelReset.connect(self.fit)
            for changed in (model.dataChanged, model.rowsInserted) if pills else ():  # a wider word may come
                changed.connect(lambda *_a: self.fit())
        header.sortIndicatorChanged.connect(lambda *_a: self.fit())
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self.REFIT:
            self.fit()
        elif event.type() == QEvent.Type.Resize:
            self.keep_readable()
        return False

    def fit(self) -> None:
        header = self.header
        arrows = header.isSortIndicatorShown()
        for column in range(header.count()):
            if column == self.stretch or header.isSectionHidden(column):
                continue
            sorted_by = arrows and column == header.sortIndicatorSection()
            if arrows and not sorted_by:  # room for the sort arrow only in the column sorted by
                header.setSortIndicatorShown(False)
            whole = header.sectionSizeFromContents(column).width()
            header.setSortIndicatorShown(arrows)
            wanted = max(self.widths.get(column, header.defaultSectionSize()), whole)
            if column in self.pills:  # and to its widest pill (whole words: "wedi'i gyfyngu")
                wanted = max(wanted, pill_column_width(header.model(), column, header.parentWidget().font()))
            if header.sectionSize(column) != wanted:  # back to the declared width too, when the text gets smaller
                header.resizeSection(column, wanted)
        self.keep_readable()

    def keep_readable(self) -> None:
        """The stretching column stretches while that leaves it READABLE characters (and its heading whole),
        else keeps that width."""
        header, stretch = self.header, self.stretch
        if stretch is None or stretch >= header.count() or header.isSectionHidden(stretch):
            return
        readable = max(
            header.fontMetrics().averageCharWidth() * READABLE, header.sectionSizeFromContents(stretch).width()
        )
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != stretch and not header.isSectionHidden(c)
        )
        room = header.width() - others >= readable
        mode = QHeaderView.ResizeMode.Stretch if room else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(stretch) != mode:
            header.setSectionResizeMode(stretch, mode)
        if not room and header.sectionSize(stretch) != readable:
            header.resizeSection(stretch, readable)


class ColumnsRoom(QObject):
    """A table in a splitter, beside a panel, given the width its columns need (whole pills, the stretching
    column READABLE) out of the panel's spare width, so it does not scroll sideways to reach a pill ("dyfyniadau
    wedi'u dal yn ôl" at 200% in Welsh) while the panel has room to give; the panel keeps its smallest width,
    and where even that is not enough the table scrolls. Looked at again when the page is resized, a column is
    widened (a wider word, the text size) or the panel asks for more room; never while the handle is dragged."""

    def __init__(self, splitter, table):
        super().__init__(splitter)
        self.splitter, self.table = splitter, table
        self._timer = QTimer(self)  # after the layout settles, once for many events; gone with the splitter
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.make_room)
        self.dragged = False  # the handle was moved by hand: kept until the page is resized
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        for index in range(splitter.count()):
            splitter.widget(index).installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._timer.start)

    def _moved(self, *_args) -> None:
        self.dragged = True

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.splitter and kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.dragged = False
            self._timer.start()
        elif kind == QEvent.Type.LayoutRequest:  # the panel may need more room, or the table
            self._timer.start()
        return False

    def _side(self) -> int:
        for index in range(self.splitter.count()):
            widget = self.splitter.widget(index)
            if widget is self.table or widget.isAncestorOf(self.table):
                return index
        return -1

    def make_room(self) -> None:
        splitter, table = self.splitter, self.table
        side = self._side()
        if self.dragged or side < 0 or splitter.count() != 2 or not table.isVisible():
            return
        short = table.horizontalHeader().length() - table.viewport().width()
        if short <= 0:
            return
        other = 1 - side
        sizes = splitter.sizes()
        panel = splitter.widget(other)
        smallest = panel.minimumSizeHint().expandedTo(panel.minimumSize()).width()
        give = min(short, sizes[other] - smallest)
        if give > 0:
            sizes[side] += give
            sizes[other] -= give
            splitter.setSizes(sizes)
