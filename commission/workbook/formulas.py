"""Which cells of an .xlsx file the spreadsheet stores as formulas (SPEC: those are refused).

calamine reads a formula cell's last computed value, which may be stale or empty, so the formulas
are found in the sheet XML itself: a cell element whose first child is an `<f>` element. Text that
merely begins with `=` is a text cell and is not a formula.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import IO
from xml.etree import ElementTree

from commission.workbook.cells import column_index

_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})([0-9]+)\"[^>]*(?<!/)>\s*<(?:\w+:)?f[\s>/]")
_ANY_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def formula_cells(source: str | IO[bytes], sheet_names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """For each named sheet with formulas: (row number as shown, 0-based column) of each formula cell.

    Anything unexpected in the package (not a zip, odd parts) gives no formulas: reading the values
    is calamine's job, and it refuses a damaged file in its own words.
    """
    try:
        with zipfile.ZipFile(source) as package:
            paths = _sheet_paths(package)
            found = {}
            for name in sheet_names:
                path = paths.get(name)
                if path is None:
                    continue
                cells = _scan(package, path)
                if cells:
                    found[name] = cells
            return found
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError):
        return {}
    finally:
        if hasattr(source, "seek"):
            source.seek(0)


def _sheet_paths(package: zipfile.ZipFile) -> dict[str, str]:
    book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PACKAGE_REL}Relationship")}
    paths = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            paths[sheet.get("name", "")] = path
    return paths


def _scan(package: zipfile.ZipFile, path: str) -> list[tuple[int, int]]:
    # Read in pieces: a 100,000-row sheet is tens of megabytes of XML and usually has no formula at all.
    cells: set[tuple[int, int]] = set()
    tail, marker = b"", None
    with package.open(path) as handle:
        while chunk := handle.read(1 << 22):
            block = tail + chunk  # the tail overlaps: a cell cut in two by the chunk is found whole
            if marker is None:  # '<f' — or '<x:f' where the sheet writes its elements with a prefix
                root = _ROOT.search(block)
                marker = b"<" + ((root.group(1) or b"") if root else b"") + b"f"
            if marker in block and _ANY_FORMULA.search(block):  # the fast test first
                cells.update((int(row), column_index(col.decode())) for col, row in _FORMULA_CELL.findall(block))
            tail = block[-4096:]
    return sorted(cells)
