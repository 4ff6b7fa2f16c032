"""Feeds: follow RSS/Atom news feeds into the store (``sitrep watch``).

``read_feed_list`` reads a FEEDS.txt file; ``poll_feeds`` fetches every feed once (conditional
GET, connect/read timeouts and a total deadline per fetch, feeds fetched concurrently), fetches
the pages of items not met before, extracts their text and returns the new Articles with one
failure per feed or item that could not be read; ``watch`` runs polls into a store and records
what each article was met under, so it is stored once however many feeds, URLs or polls
bring it back.

Errors of one feed or item never stop a poll: each becomes an ``IngestFailure`` with a one-line
reason, recorded in the store (``sitrep failures``).
"""

from __future__ import annotations

from sitrep.feeds.feedlist import FeedSpec, read_feed_list
from sitrep.feeds.fetch import FetchSettings
from sitrep.feeds.poll import FeedPoll, PollResult, poll_feeds
from sitrep.feeds.watch import PollStats, parse_interval, poll_into_store

__all__ = [
    "FeedPoll",
    "FeedSpec",
    "FetchSettings",
    "PollResult",
    "PollStats",
    "parse_interval",
    "poll_feeds",
    "poll_into_store",
    "read_feed_list",
]
