"""The checkers the sector uses, run on the reports for real: Deque's axe-core in headless Chromium on the HTML
report (WCAG 2.0, 2.1 and 2.2 A and AA rules and best practices), the pdfua checker and qpdf on the PDF/UA.

None of these is skipped: a missing tool fails the test with what to run (./scripts/setup installs them all)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from commission.reports import write_report

from .axe_check import TAGS, run_axe
from .report_fixtures import AS_OF

LANGUAGES = ("en", "cy", "both")


@pytest.fixture(scope="module")
def demo_reports(demo_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("accessible")
    made = {}
    for language in LANGUAGES:
        made["html", language] = write_report(
            demo_data, folder / f"demo-{language}.html", format="html", as_of=AS_OF, language=language
        )
        made["pdfua", language] = write_report(
            demo_data, folder / f"demo-{language}.pdf", format="pdfua", as_of=AS_OF, language=language
        )
    return made


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violations_in_the_demo_report(demo_reports, language):
    result = run_axe(demo_reports["html", language])
    assert result.version, "axe-core did not run"
    assert not result.violations, f"axe-core {result.version}, tags {TAGS}:\n{result.describe()}"
    assert not result.console_errors, result.console_errors


@pytest.mark.parametrize("large_print", [False, True])
def test_axe_on_every_consent_case_and_narrow_screens(data, tmp_path, large_print):
    """The hand-built commission (every consent case, a hostile organisation name), large print, and a phone's
    width, where the layout reflows."""
    path = write_report(data, tmp_path / "r.html", format="html", as_of=AS_OF, language="both", large_print=large_print)
    for width in (1280, 360):
        result = run_axe(path, width=width, height=800)
        assert not result.violations, f"at {width}px:\n{result.describe()}"
        assert not result.console_errors, result.console_errors


def test_axe_does_fail_a_page_with_faults(tmp_path):
    """The check is live: a page with a missing alt text, a skipped heading and faint text fails."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><h1>A</h1>'
        '<h4>B</h4><img src="data:,"><p style="color:#bbb">faint</p></main></body></html>'
    )
    found = {v["id"] for v in run_axe(page).violations}
    assert {"image-alt", "heading-order", "color-contrast"} <= found


def _pdfua_report(path):
    try:
        from pdfua import validate
    except ImportError as exc:  # a failure, not a skip: CI must run this
        pytest.fail(f"the pdfua checker is not installed ({exc}): run ./scripts/setup")
    return validate(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdfua_checker_finds_no_errors(demo_reports, language):
    from pdfua import Severity

    report = _pdfua_report(demo_reports["pdfua", language])
    problems = [f"{f.rule_id} {f.severity.name}: {f.message}" for f in report.findings]
    errors = [f for f in report.findings if f.severity == Severity.ERROR]
    assert not errors, "\n".join(problems)
    assert not problems, "\n".join(problems)  # warnings too: header scope, title, DisplayDocTitle


@pytest.mark.parametrize("language", LANGUAGES)
def test_qpdf_finds_the_pdfua_sound(demo_reports, language):
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.fail("qpdf is not installed (Debian package 'qpdf'): run ./scripts/setup")
    run = subprocess.run(
        [qpdf, "--check", str(demo_reports["pdfua", language])],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors found" in run.stdout


def test_pdfua_headings_are_never_empty(demo_reports):
    """pdfua's own empty-heading rule (UA-14-001) cannot read WeasyPrint's structure tree, so it is checked here:
    every H1–H6 structure element marks some page content."""
    import pikepdf

    def marks(node, depth=0) -> bool:
        if depth > 50:
            return False
        if isinstance(node, int) or (
            isinstance(node, pikepdf.Object) and node._type_code == pikepdf.ObjectType.integer
        ):
            return True
        if isinstance(node, pikepdf.Array):
            return any(marks(k, depth + 1) for k in node)
        if isinstance(node, pikepdf.Dictionary):
            if "/MCID" in node:
                return True
            return "/K" in node and marks(node.K, depth + 1)
        return False

    with pikepdf.open(demo_reports["pdfua", "en"]) as pdf:
        headings = 0
        todo = [pdf.Root.StructTreeRoot]
        while todo:
            node = todo.pop()
            if not isinstance(node, pikepdf.Dictionary):
                continue
            role = str(node.get("/S", ""))
            if len(role) == 3 and role.startswith("/H") and role[2].isdigit():
                headings += 1
                assert marks(node.get("/K")), f"empty {role}"
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                todo.extend(kids)
            elif isinstance(kids, pikepdf.Dictionary):
                todo.append(kids)
    assert headings > 40
