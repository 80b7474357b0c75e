"""What the app remembers between runs (QSettings), with declared defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()

    # databases
    @property
    def last_database(self) -> str | None:
        value = self.q.value("last_database", "")
        return str(value) if value else None

    @last_database.setter
    def last_database(self, value: str) -> None:
        self.q.setValue("last_database", value)

    def recent_databases(self) -> list[str]:
        value = self.q.value("recent_databases", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_recent(self, database: str) -> None:
        recent = [d for d in self.recent_databases() if d != database]
        self.q.setValue("recent_databases", [database, *recent][:MAX_RECENT])

    def forget_recent(self, database: str) -> None:
        self.q.setValue("recent_databases", [d for d in self.recent_databases() if d != database])

    def last_commission(self, database: str) -> int | None:
        value = self.q.value(f"commission_of/{_key(database)}", None)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_commission(self, database: str, commission_id: int) -> None:
        self.q.setValue(f"commission_of/{_key(database)}", commission_id)

    # window
    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def last_folder(self) -> str:
        return str(self.q.value("last_folder", str(Path.home())))

    def set_last_folder(self, path: str | Path) -> None:
        path = Path(path)
        self.q.setValue("last_folder", str(path if path.is_dir() else path.parent))

    # review mode: the panel member's text size (points), kept between sessions
    REVIEW_TEXT_DEFAULT, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX = 22, 14, 44

    @property
    def review_text_size(self) -> int:
        try:
            value = int(self.q.value("review_mode/text_size", self.REVIEW_TEXT_DEFAULT))
        except (TypeError, ValueError):
            value = self.REVIEW_TEXT_DEFAULT
        return max(self.REVIEW_TEXT_MIN, min(value, self.REVIEW_TEXT_MAX))

    @review_text_size.setter
    def review_text_size(self, value: int) -> None:
        self.q.setValue("review_mode/text_size", max(self.REVIEW_TEXT_MIN, min(int(value), self.REVIEW_TEXT_MAX)))

    # the interface's language: "" follows the system locale (LANGUAGE/LANG), else "en" or "cy"
    @property
    def language(self) -> str:
        value = str(self.q.value("interface/language", "") or "")
        return value if value in ("en", "cy") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("interface/language", value if value in ("en", "cy") else "")

    def sync(self) -> None:
        self.q.sync()


def _key(database: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in database)[-120:]
