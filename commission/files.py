"""Writing output files safely: whole or not at all, never outside the chosen folder, nothing left behind.

    with atomic_file(out) as temp:          # write temp; it becomes `out` only if the block finishes
        write(temp)
    paths = write_set(folder, {"a.xlsx": write_a, "b.xlsx": write_b})   # the whole set, or nothing

Every temporary file or folder is named `.commission-<pid>-….part` inside the target folder, so a run that
was killed (no `finally` runs after SIGKILL) leaves only names a later run recognises: `sweep` removes those
whose process is gone, and every writer here sweeps the folder before it writes.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from commission.errors import UserError

PREFIX = ".commission-"
SUFFIX = ".part"
_STALE = re.compile(rf"^{re.escape(PREFIX)}(\d+)-.*{re.escape(SUFFIX)}(\.\w+)?$")
_STALE_AFTER = 24 * 3600  # a temp whose pid was reused by another process: gone after a day anyway
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def head_of(path: Path, size: int) -> bytes | None:
    """A file's first `size` bytes (to tell what it holds), or None when it is not a file that can be read."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def safe_name(text: str, fallback: str = "file") -> str:
    """A file name (no folder) any system accepts, kept readable: letters (Welsh ones too), digits, spaces and
    - , . ( ) & ' only; never empty, never hidden (a leading dot), never a reserved Windows device name.
    Use it on cleaned text only — names, titles — never on a raw ref alone."""
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub(r"[^\w .,()&'-]+", " ", text, flags=re.UNICODE)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:100].rstrip(" .")
    if not text:
        return safe_name(fallback, "file") if fallback and fallback != text else "file"
    if text.split(".")[0].strip().lower() in _RESERVED:
        text = f"{text} (file)"
    return text


def unique_names(stems: list[str], suffix: str) -> list[str]:
    """`stem + suffix` for each stem, made distinct (ignoring case and accent form, as some file systems do)
    by a number: 'Cardiff Council.xlsx', 'Cardiff Council (2).xlsx'."""
    used: set[str] = set()
    names = []
    for stem in stems:
        name, n = f"{stem}{suffix}", 1
        while unicodedata.normalize("NFC", name).casefold() in used:
            n += 1
            name = f"{stem} ({n}){suffix}"
        used.add(unicodedata.normalize("NFC", name).casefold())
        names.append(name)
    return names


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep(folder: Path) -> int:
    """Remove what killed runs left in `folder` (our temp names whose process is gone); how many were removed."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        found = _STALE.match(entry.name)
        if not found:
            continue
        try:
            old = time.time() - entry.stat(follow_symlinks=False).st_mtime > _STALE_AFTER
            if _alive(int(found.group(1))) and not old:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _temp_prefix(stem: str) -> str:
    return f"{PREFIX}{os.getpid()}-{safe_name(stem, 'file')[:40]}-"


def temp_name(stem: str, suffix: str = "") -> str:
    """A name for a temporary file or folder that `sweep` recognises; `suffix` kept last for writers that
    choose the format by it ('.xlsx')."""
    return f"{_temp_prefix(stem)}{os.urandom(4).hex()}{SUFFIX}{suffix}"


def folder_of(out: Path) -> Path:
    return out.parent if str(out.parent) else Path(".")


@contextmanager
def atomic_file(out: str | Path, *, mode: int = 0o644, what: str = "") -> Iterator[Path]:
    """A temporary path beside `out` (which must be in an existing folder); moved onto `out` when the block
    ends without an exception, removed in every other case. OSError becomes one plain UserError about
    `what` (default: the file's name)."""
    out = Path(out)
    folder = folder_of(out)
    what = what or out.name
    if not folder.is_dir():
        raise UserError(f"Cannot write {what}: the folder {folder} does not exist.")
    sweep(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=_temp_prefix(out.stem), suffix=f"{out.suffix}{SUFFIX}", dir=folder)
    except OSError as exc:
        raise UserError(f"Cannot write {what} in {folder}: {exc.strerror or exc}.") from exc
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, mode)  # mkstemp makes it private; an output is an ordinary file
        os.replace(temp, out)
    except OSError as exc:
        raise UserError(f"Cannot write {what} to {out}: {exc.strerror or exc}. Nothing was saved.") from exc
    finally:
        temp.unlink(missing_ok=True)


def prepare_folder(folder: str | Path) -> Path:
    """The output folder, made if it is missing (as the app's folder chooser would); one plain error if not."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"Cannot write into {folder}: it is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot make the folder {folder}: {exc.strerror or exc}.") from exc
    return folder


@contextmanager
def staging(folder: Path) -> Iterator[Path]:
    """A hidden folder inside `folder` to write a set into; removed, with anything left in it, at the end."""
    sweep(folder)
    try:
        stage = Path(tempfile.mkdtemp(prefix=_temp_prefix("set"), suffix=SUFFIX, dir=folder))
    except OSError as exc:
        raise UserError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def move_set(stage: Path, folder: Path, names: list[str]) -> list[Path]:
    """Move `names` from `stage` into `folder`, all or none: a file already there is set aside first and put
    back if any move fails. Each name must be a plain file name (no folder part)."""
    for name in names:
        if Path(name).name != name or name in ("", ".", ".."):
            raise UserError(f"Refusing to write '{name}': not a plain file name.")
    aside = stage / ".aside"
    aside.mkdir(exist_ok=True)
    moved: list[tuple[Path, Path | None]] = []
    try:
        for name in names:
            target = folder / name
            kept = None
            if target.exists() or target.is_symlink():
                if target.is_dir() and not target.is_symlink():
                    raise UserError(f"Cannot write {name}: a folder of that name is in the way.")
                kept = aside / name
                os.replace(target, kept)
            moved.append((target, kept))
            os.replace(stage / name, target)
    except BaseException as exc:
        for target, kept in reversed(moved):  # put everything back as it was
            try:
                if kept is not None:
                    os.replace(kept, target)
                else:
                    target.unlink(missing_ok=True)
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise UserError(f"Could not write into {folder}: {exc.strerror or exc}. Nothing was saved.") from exc
        raise
    return [folder / name for name in names]


def write_set(folder: str | Path, files: dict[str, Callable[[Path], object]]) -> list[Path]:
    """Write every file of a set (`name: write(path)`) into `folder` (made if missing), whole or not at all:
    each is written in a staging folder inside `folder`, then all are moved into place."""
    folder = prepare_folder(folder)
    with staging(folder) as stage:
        try:
            for name, write in files.items():
                write(stage / name)
        except OSError as exc:
            raise UserError(f"Could not write into {folder}: {exc.strerror or exc}. Nothing was saved.") from exc
        return move_set(stage, folder, list(files))
