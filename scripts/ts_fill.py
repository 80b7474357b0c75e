"""Fill unfinished entries of a .ts from other .ts files' finished entries (same context and source, else same source).

For code moved between classes (a new tr() context): keep the old .ts, run scripts/translations, then
    .venv/bin/python scripts/ts_fill.py resources/translations/commission_cy.ts OLD.ts
"""

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

target, *donors = sys.argv[1:]
by_ctx, by_src = {}, {}
for d in donors:
    for ctx in ET.parse(d).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
                or not ("".join(tr.itertext()).strip())
            ):
                continue
            key = (msg.findtext("source"), msg.findtext("comment"), msg.get("numerus"))
            by_ctx[(name, *key)] = tr
            by_src.setdefault(key, tr)
text = Path(target).read_text(encoding="utf-8")
tree = ET.parse(target)
filled = left = 0
for ctx in tree.getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        key = (msg.findtext("source"), msg.findtext("comment"), msg.get("numerus"))
        donor = by_ctx.get((name, *key)) or by_src.get(key)
        if donor is None:
            left += 1
            continue
        msg.remove(tr)
        msg.append(copy.deepcopy(donor))
        filled += 1
header = text.split("<TS", 1)[0]
body = ET.tostring(tree.getroot(), encoding="unicode")
Path(target).write_text(header + body + "\n", encoding="utf-8")
print(f"filled {filled}, left {left}")
