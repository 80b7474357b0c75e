"""Run Deque's axe-core on a page in headless Chromium (Playwright driving the system's browser).

The tools are installed by ./scripts/setup: Debian's `chromium`, the Playwright package, and axe-core with npm
into tools/node. When one is missing the check fails with a message saying what to run, never skips.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "tools" / "node" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


class ToolMissing(AssertionError):
    pass


def browser_path() -> str:
    explicit = os.environ.get("COMMISSION_CHROMIUM")
    for name in ((explicit,) if explicit else ()) + BROWSERS:
        path = shutil.which(name) if name else None
        if path:
            return path
    raise ToolMissing("Chromium is not installed (Debian package 'chromium'): run ./scripts/setup")


def axe_source() -> str:
    if not AXE.is_file():
        raise ToolMissing(f"axe-core is not installed ({AXE} missing): run ./scripts/setup (npm ci in tools/node)")
    return AXE.read_text(encoding="utf-8")


@dataclass
class AxeResult:
    violations: list[dict]
    passes: int
    console_errors: list[str] = field(default_factory=list)
    version: str = ""

    def describe(self) -> str:
        lines = []
        for v in self.violations:
            targets = "; ".join(" ".join(map(str, n.get("target", []))) for n in v["nodes"][:5])
            lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s): {targets}")
            for n in v["nodes"][:2]:
                lines.append("    " + (n.get("failureSummary") or "").replace("\n", " ")[:300])
        return "\n".join(lines + self.console_errors)


def run_axe(page_path: Path, *, width: int = 1280, height: int = 900, screenshot: Path | None = None) -> AxeResult:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise ToolMissing("Playwright for Python is not installed: run ./scripts/setup") from exc
    source, executable = axe_source(), browser_path()
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on(
                "console", lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
            )
            page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
            requests: list[str] = []
            page.on("request", lambda req: requests.append(req.url))
            page.goto(page_path.resolve().as_uri())
            page.wait_for_load_state("load")
            outside = [u for u in requests if not u.startswith("file:")]
            if outside:
                errors.append(f"the page fetched from outside: {outside[:3]}")
            if screenshot is not None:
                page.screenshot(path=str(screenshot), full_page=False)
            page.add_script_tag(content=source)
            result = page.evaluate(
                "async (tags) => JSON.stringify(await axe.run(document, "
                "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}))",
                TAGS,
            )
        finally:
            browser.close()
    data = json.loads(result)
    return AxeResult(
        data["violations"], len(data.get("passes", [])), errors, data.get("testEngine", {}).get("version", "")
    )
