"""What the app remembers between runs (QSettings), with declared defaults.

Every key the app reads or writes is declared here (KEYS, LAYOUT_KEYS, and the keyed families
`commission_of/…` per database and `pledge_mappings/…` per pledges sheet); screens go through these properties,
never QSettings directly.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

# key → (type, default): what each value means is said by its property below
KEYS: dict[str, tuple[type, object]] = {
    "last_database": (str, ""),
    "recent_databases": (list, []),
    "last_folder": (str, "the home folder"),
    "review_mode/text_size": (int, 22),
    "user/name": (str, ""),
    "backups/interval_minutes": (int, 10),
    "appearance/text_size": (int, 100),
    "interface/language": (str, ""),
}
COMMISSION_OF = "commission_of/"  # + the database's label → the commission last open in it (int)
PLEDGE_MAPPINGS = "pledge_mappings/"  # + a digest of a pledges sheet's headings → the columns chosen (JSON)
# window and splitter layouts (QByteArray from saveState/saveGeometry), restored if present
LAYOUT_KEYS = frozenset(
    {
        "window/geometry",
        "window/state",
        "sessions/splitter",
        "members/splitter",
        "themes/splitter",
        "themes/right",
    }
)


class BoundedInt:
    """A whole-number setting kept between `low` and `high`; `default` when it is unset or unreadable."""

    def __init__(self, key: str, default: int, low: int, high: int) -> None:
        self.key, self.default, self.low, self.high = key, default, low, high

    def __get__(self, settings: Settings, owner: type | None = None) -> int:
        value = _as_int(settings.q.value(self.key, self.default))
        return self._bounded(self.default if value is None else value)

    def __set__(self, settings: Settings, value: int) -> None:
        settings.q.setValue(self.key, self._bounded(int(value)))

    def _bounded(self, value: int) -> int:
        return max(self.low, min(value, self.high))


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()

    # who is working: the audit trail's "who" for every change made in the app
    @property
    def user_name(self) -> str:
        return str(self.q.value("user/name", "") or "").strip()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.q.setValue("user/name", value.strip())

    @property
    def actor(self) -> str:
        """The name recorded with each change: the Preferences name, else the computer account's."""
        from commission.services import audit  # SQLAlchemy: not before the window's first paint

        return self.user_name or audit.default_actor()

    # back-ups while working, every so many minutes
    BACKUP_MINUTES_DEFAULT, BACKUP_MINUTES_MIN, BACKUP_MINUTES_MAX = 10, 1, 240
    backup_minutes = BoundedInt(
        "backups/interval_minutes", BACKUP_MINUTES_DEFAULT, BACKUP_MINUTES_MIN, BACKUP_MINUTES_MAX
    )

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
        if isinstance(value, str):  # an ini file holds a list of one as a plain string
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else []

    def add_recent(self, database: str) -> None:
        recent = [d for d in self.recent_databases() if d != database]
        self.q.setValue("recent_databases", [database, *recent][:MAX_RECENT])

    def forget_recent(self, database: str) -> None:
        self.q.setValue("recent_databases", [d for d in self.recent_databases() if d != database])

    def last_commission(self, database: str) -> int | None:
        return _as_int(self.q.value(f"{COMMISSION_OF}{_key(database)}", None))

    def set_last_commission(self, database: str, commission_id: int) -> None:
        self.q.setValue(f"{COMMISSION_OF}{_key(database)}", commission_id)

    # window
    def bytes(self, key: str) -> QByteArray | None:
        _layout_key(key)
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(_layout_key(key), value)

    def last_folder(self) -> str:
        return str(self.q.value("last_folder", str(Path.home())))

    def set_last_folder(self, path: str | Path) -> None:
        path = Path(path)
        self.q.setValue("last_folder", str(path if path.is_dir() else path.parent))

    # review mode: the panel member's text size (points), kept between sessions
    REVIEW_TEXT_DEFAULT, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX = 22, 14, 44
    review_text_size = BoundedInt("review_mode/text_size", REVIEW_TEXT_DEFAULT, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX)

    # a pledges spreadsheet of the council's own: the columns chosen for each field, per set of headers
    def pledge_mapping(self, headers_key: str) -> dict[str, str | None] | None:
        value = self.q.value(PLEDGE_MAPPINGS + _digest(headers_key), "")
        try:
            found = json.loads(value) if isinstance(value, str) and value else None
        except (TypeError, ValueError):
            return None
        if not isinstance(found, dict) or found.get("headers") != headers_key:
            return None
        mapping = found.get("mapping")
        return {str(k): (str(v) if v else None) for k, v in mapping.items()} if isinstance(mapping, dict) else None

    def set_pledge_mapping(self, headers_key: str, mapping: dict[str, str | None]) -> None:
        self.q.setValue(
            PLEDGE_MAPPINGS + _digest(headers_key), json.dumps({"headers": headers_key, "mapping": mapping})
        )

    # the text size of every screen: a percentage of the system's font (Preferences), 100 by default
    TEXT_SIZE_DEFAULT, TEXT_SIZE_MIN, TEXT_SIZE_MAX = 100, 100, 200
    text_size = BoundedInt("appearance/text_size", TEXT_SIZE_DEFAULT, TEXT_SIZE_MIN, TEXT_SIZE_MAX)

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


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _key(database: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in database)[-120:]


def _layout_key(key: str) -> str:
    if key not in LAYOUT_KEYS:
        raise KeyError(f"{key!r} is not a declared layout setting (settings.LAYOUT_KEYS)")
    return key


def _as_int(value: object) -> int | None:
    """A stored number: an int natively, text in an ini file; None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None
