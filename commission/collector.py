"""Python's cyclic garbage collector paused while one big output is built.

Building a workbook or a report makes hundreds of thousands of small objects (cells, rows, entries) that all
live until it is written. Each few hundred of them start a collection, and every so often one that walks the
whole heap, the loaded commission with it: about a quarter of the work, for nothing, since reference counting
frees these objects anyway. So the collector is off for the build and on again after it, whatever happens.
An import is the same in reverse: a large workbook's million cells are read, checked and written, and all live
until its commit.
Pauses may overlap (a report in the background while an export runs): the collector comes back on when the
last one ends, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
