"""Make a zip bomb shaped like an .xlsx in about a second, without writing gigabytes anywhere.

One megabyte of text is deflated once into a byte-aligned, dictionary-free segment (Z_FULL_FLUSH);
repeated N times and closed with a final empty block it is a valid deflate stream of N megabytes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import xlsxwriter

CHUNK = 1 << 20


def _segment(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)


def deflate_repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate stream, unpacked size, CRC-32) of head + chunk * times + tail."""
    closing = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = _segment(head) + _segment(chunk) * times + _segment(tail) + closing.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return stream, len(head) + len(chunk) * times + len(tail), zlib.crc32(tail, crc)


def bomb_xlsx(path: Path, megabytes: int) -> Path:
    """A real one-cell workbook whose shared string is `megabytes` MB of 'a'."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet("Members").write_string(0, 0, "ref")
    book.close()
    members = []
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as small:
        for info in small.infolist():
            data = small.read(info.filename)
            if info.filename == "xl/sharedStrings.xml":
                head = (
                    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
                    b'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
                )
                members.append((info.filename, *deflate_repeated(head, b"a" * CHUNK, megabytes, b"</t></si></sst>")))
            else:
                members.append(
                    (
                        info.filename,
                        _segment(data) + zlib.compressobj(9, zlib.DEFLATED, -15).flush(),
                        len(data),
                        zlib.crc32(data),
                    )
                )
    out, directory = io.BytesIO(), io.BytesIO()
    for name, stream, size, crc in members:
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(stream), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + stream)
        directory.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    out.write(directory.getvalue())
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory.getvalue()), start, 0)
    )
    path.write_bytes(out.getvalue())
    return path
