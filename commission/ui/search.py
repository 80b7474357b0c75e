"""Search everywhere (Ctrl+K): every kind a coordinator names, each hit with what it is and where; Enter jumps there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from commission.errors import UserError
from commission.services.search import search
from commission.ui.models import IdRole
from commission.ui.style import INK, MUTED
from commission.ui.widgets import muted
from commission.ui.words import KIND_WORDS, short_text

KindRole = Qt.ItemDataRole.UserRole
HeadRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: what it is (bold), then the words around the match."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        rect = option.rect.adjusted(12, 6, -12, -6)
        line = QFontMetrics(option.font).height()
        painter.save()
        painter.setFont(bold)
        painter.setPen(QColor(INK))
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(index.data(HeadRole) or "", Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(option.font).elidedText(
                index.data(SnippetRole) or "", Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() * 2 + 16)


class SearchDialog(QDialog):
    chosen = Signal(str, int)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Search everywhere"))
        self.setModal(True)
        self.resize(680, 460)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr(
                "Search people, organisations, themes, sessions, quotes, what we heard, actions, pledges and updates…"
            )
        )
        self.query.setAccessibleName(self.tr("Search everywhere"))
        self.query.setClearButtonEnabled(True)
        self.query.setStyleSheet("font-size: 12pt; padding: 7px 9px;")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.hint = muted(self.tr("Type a few words. ↑ ↓ to choose, Enter to open, Esc to close."))
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            step = 1 if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.show_hits([], "")
            return
        commission_id = self.store.commission_id

        def work(job, db):
            return search(db, commission_id, text, limit=50)

        def done(hits):
            if generation == self._generation:  # a newer search supersedes this one
                self.show_hits(hits, text)

        self.store.submit(work, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.hint.setText(str(exc) if isinstance(exc, UserError) else "That search could not be run.")

    def show_hits(self, hits, text: str) -> None:
        self.results.clear()
        for hit in hits:
            title = hit.title if hit.kind not in ("commitment", "update") else ""
            head = KIND_WORDS.get(hit.kind, hit.kind) + (f" — {short_text(title, 70)}" if title else "")
            snippet = " ".join(hit.snippet.split())
            if snippet == " ".join(title.split()):
                snippet = ""  # a name found in its own title: the context says the rest
            second = " · ".join(x for x in (hit.context, snippet) if x)
            item = QListWidgetItem(f"{head}: {second}")
            item.setData(HeadRole, head)
            item.setData(SnippetRole, second)
            item.setToolTip("\n".join(x for x in (hit.context, hit.snippet) if x))
            item.setData(KindRole, hit.kind)
            item.setData(IdRole, hit.record_id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(f"{len(hits)} found. ↑ ↓ to choose, Enter to open.")
        elif text:
            self.hint.setText(f"Nothing found for “{text}”.")
        else:
            self.hint.setText(self.tr("Type a few words. ↑ ↓ to choose, Enter to open, Esc to close."))

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter straight after typing: search first
            self.timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is None:
            return
        kind, record_id = item.data(KindRole), item.data(IdRole)
        self.accept()
        self.chosen.emit(kind, record_id)
