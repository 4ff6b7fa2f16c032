"""Screenshots of the page for docs/web.md, taken from a real ``sitrep serve`` over the
project's examples and the browser tests' articles (``make screenshots``)::

    python -m tests.browser.screenshots docs/img
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from .harness import ARTICLES, TOKEN, launch_chromium, serve, sitrep_command, write_token_file

REPO = Path(__file__).resolve().parents[2]


def fill_store(db: Path) -> None:
    run = [*sitrep_command(), "ingest", "--db", str(db), "--quiet"]
    subprocess.run([*run, str(REPO / "examples"), "--published", "2025-10-09"], check=True, timeout=600)
    subprocess.run([*run, str(ARTICLES)], check=True, timeout=600)


def take(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    shots = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        page.goto(base + "?at=3/15.000/25.000")
        page.locator("#list li[data-key]").first.wait_for()
        page.locator('#map[data-basemap="coarse"]').wait_for()
        page.locator("#list li[data-key]").nth(1).click()
        page.keyboard.press("Escape")
        page.locator("#list").blur()
        page.wait_for_timeout(300)
        shots.append(out / "map.png")
        page.screenshot(path=shots[-1])

        page.click("#token-button")
        page.fill("#token-input", TOKEN)
        page.click("#token-save")
        page.locator("#list li[data-key]").filter(has_text="Armed clash").first.click()
        page.locator("#detail .article-text mark").first.wait_for()
        shots.append(out / "event.png")
        page.screenshot(path=shots[-1])

        page.goto(base + "?view=incidents&type=air_drone_strike&at=5/15.500/44.000")
        page.locator("#list li[data-key]").filter(has_text="reports").first.click()
        page.locator("#detail table.sources tbody tr").first.wait_for()
        page.locator('#map[data-basemap="fine"]').wait_for()
        shots.append(out / "incident.png")
        page.screenshot(path=shots[-1])
        browser.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (e.g. docs/img)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screens.db"
        fill_store(db)
        with serve(db, token_file=write_token_file(Path(tmp))) as base:
            for path in take(base, args.out):
                print(f"wrote {path}")


if __name__ == "__main__":
    main()
