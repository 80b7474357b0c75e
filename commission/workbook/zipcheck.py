"""Refuse a zip bomb before a parser sees it: judged from the zip's own directory, in microseconds.

An .xlsx or .ods file is a zip. calamine inflates a member (a sheet, the shared strings) whole, so a
1.5 MB file whose shared-strings member unpacks to 1.5 GB would take the process down with it. The
directory lists each member's packed and unpacked size: more than MAX_TOTAL in all, or one large
member packed more tightly than any real sheet is, and the file is refused with one line.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from commission.errors import UserError

MAX_TOTAL = 1 << 30  # 1 GiB unpacked: ten times a 100,000-update workbook
MAX_RATIO = 200  # real sheets pack 5-30 times; repeated text at most ~100
RATIO_FROM = 16 << 20  # small members may pack as tightly as they like


def check_zip(source: str | BinaryIO, name: str) -> None:
    """Raise UserError when the zip at `source` would unpack to more than a workbook ever holds.

    A file that is not a readable zip is left for the parser to refuse in its own words.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    finally:
        if hasattr(source, "seek"):
            source.seek(0)
    total = 0
    for info in members:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FROM and info.file_size / packed > MAX_RATIO:
            raise UserError(
                f"{name} is not imported: it would unpack to {_size(info.file_size)} from "
                f"{_size(packed)} (a 'zip bomb'), more than any real workbook."
            )
    if total > MAX_TOTAL:
        raise UserError(
            f"{name} is not imported: it would unpack to {_size(total)}, more than a workbook "
            f"can hold here ({_size(MAX_TOTAL)})."
        )


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
