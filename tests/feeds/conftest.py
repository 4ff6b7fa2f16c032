"""Fixtures for the feed tests: a local misbehaving news site, and short fetch limits."""

from __future__ import annotations

import pytest

from sitrep.feeds import FetchSettings

from .feedserver import FeedServer, Site, make_stories

# Short limits so a hanging server costs the tests little; the site hangs for a minute.
FAST = FetchSettings(connect_timeout=2.0, read_timeout=0.4, deadline=1.5, concurrency=8)


@pytest.fixture
def site():
    return Site(make_stories(12), first=4)


@pytest.fixture
def server(site):
    served = FeedServer(site)
    yield served
    served.close()
