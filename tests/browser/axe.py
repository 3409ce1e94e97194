"""axe-core in the test browser: every page state a browser test reaches is checked.

The script is axe-core's own ``axe.min.js`` as shipped inside the PyPI package
``axe-playwright-python`` (a ``test`` extra, so ``make setup`` installs it on a
fresh machine); only that file is used, and only after its SHA-256 matches the
pin below, so an upgrade is a deliberate change here.

It reaches the page through the DevTools protocol (``page.evaluate``), which the
console's ``Content-Security-Policy: script-src 'self'`` does not govern: the
production policy stays as it is, and a test never loosens it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib.resources import files

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

AXE_VERSION = "4.12.1"
AXE_SHA256 = "84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc"
# WCAG 2.0, 2.1 and 2.2, levels A and AA: what the audit held the console to.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Runs are chained in the page: a check started while another is running (Playwright
# delivers a load event while the test waits on the browser) waits its turn.
RUN = """async (tags) => {
  const run = () => axe.run(document, {runOnly: {type: "tag", values: tags},
                                       resultTypes: ["violations"]});
  window.__carrybackAxe = (window.__carrybackAxe || Promise.resolve()).catch(() => null).then(run);
  const result = await window.__carrybackAxe;
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({target: n.target.join(" "),
                                            summary: n.failureSummary})),
  }));
}"""


class AxeUnavailable(RuntimeError):
    """The axe-core script is missing or is not the pinned one."""


def axe_source() -> str:
    """axe.min.js from the installed package, refused unless it is the pinned file."""
    try:
        data = files("axe_playwright_python").joinpath("axe.min.js").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as missing:
        raise AxeUnavailable(
            "axe-core is not installed: `make setup` (the test extra axe-playwright-python)"
        ) from missing
    digest = hashlib.sha256(data).hexdigest()
    if digest != AXE_SHA256:
        raise AxeUnavailable(f"axe.min.js has SHA-256 {digest}, not the pinned {AXE_SHA256}")
    return data.decode("utf-8")


@dataclass
class AxeChecker:
    """Runs axe on a page; remembers every state checked and every violation found."""

    source: str
    checked: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def check(self, page: Page, state: str) -> list[dict]:
        """axe on the page as it is now; the violations (also kept for the test's end)."""
        if page.is_closed() or page.url in ("", "about:blank"):
            return []
        # Once per document (a navigation brings a fresh window without axe).
        page.evaluate(f"if (typeof window.axe === 'undefined') {{\n{self.source}\n}}")
        found = page.evaluate(RUN, WCAG_TAGS)
        self.checked.append(f"{state} {page.url}")
        for violation in found:
            self.violations.append(f"{state} ({page.url}): {json.dumps(violation, indent=1)}")
        return found

    def watch(self, page: Page) -> Page:
        """Check every page load of ``page`` (the fixture does this for the test's own
        context; a test opening a second browser context calls it for that one's pages)."""
        page.on("load", self.check_loaded)
        return page

    def check_loaded(self, page: Page) -> None:
        """After a page load: a later navigation may replace the page mid-check; that
        next page is checked when it loads, so a vanished context is not a failure."""
        try:
            self.check(page, "load")
        except PlaywrightError as error:
            if "context was destroyed" not in str(error) and "navigation" not in str(error):
                raise

    def report(self) -> str:
        return "\n".join(self.violations)
