"""Fixtures of the browser tests: a store filled by ``sitrep ingest`` once per session, a real
``sitrep serve`` over a copy of it, and Debian's Chromium driven by Playwright. Every page
request must stay on the local server: a request to any other host fails the test."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlparse

import pytest

from .harness import (
    chromium_missing,
    ingest_articles,
    launch_chromium,
    serve,
    write_token_file,
)



@pytest.fixture(scope="session")
def filled_store(tmp_path_factory):
    """An SQLite store holding tests/browser/articles.jsonl, really extracted and linked."""
    db = tmp_path_factory.mktemp("browser-store") / "template.db"
    ingest_articles(db)
    return db


@pytest.fixture(scope="module")
def browser():
    """Chromium for one module's tests: Playwright's sync API keeps an event loop running in the
    main thread while it is open, which later modules' asyncio.run() must not meet."""
    problem = chromium_missing()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(problem + " (CI must run the browser tests: .ci/run installs it)")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


def _server(filled_store, folder, *, token: bool):
    db = folder / "store.db"
    shutil.copy(filled_store, db)
    return serve(db, token_file=write_token_file(folder) if token else None,
                 log=folder / "serve.log")


@pytest.fixture(scope="module")
def site(filled_store, tmp_path_factory):
    """A read-only server shared by a module's tests (they only read)."""
    with _server(filled_store, tmp_path_factory.mktemp("site"), token=False) as base:
        yield base


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def writable_site(request, filled_store, tmp_path):
    """A server with a token file over a fresh store that reviews write to: a copy of the
    SQLite store, or a scratch PostgreSQL database filled by the same ``sitrep ingest``."""
    if request.param == "sqlite":
        with _server(filled_store, tmp_path, token=True) as base:
            yield base
        return
    url = request.getfixturevalue("postgres_url")
    ingest_articles(url)
    with serve(url, token_file=write_token_file(tmp_path), log=tmp_path / "serve.log") as base:
        yield base


@pytest.fixture
def page(browser):
    """A fresh browser tab; fails the test on a page error or on a request to another host."""
    context = browser.new_context(viewport={"width": 1400, "height": 860})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda err: problems.append(f"page error: {err}"))

    def local_only(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            problems.append(f"request to another host: {route.request.url}")
            route.abort()

    tab.route("**/*", local_only)
    yield tab
    # a route handler still running for a late request (a test's last click) must not fail on
    # the closing context and surface as an error in the next test's setup
    tab.unroute_all(behavior="ignoreErrors")
    context.close()
    assert not problems, problems
