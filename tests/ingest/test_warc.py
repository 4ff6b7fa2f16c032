"""Reading web archives: the article of every HTML page of a WARC file, the other records
skipped and counted, a corrupt file read up to the damage, resuming after the last stored
record."""

from __future__ import annotations

import dataclasses
import gzip

import pytest

from sitrep.ingest import IngestFailure, read_inputs
from sitrep.model import Article

from .warcs import SITE, ArchiveWriter, pages, write_crawl


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, IngestFailure) and not i.warning],
            [i for i in items if isinstance(i, IngestFailure) and i.warning])


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_every_html_page_of_a_crawl_is_read_and_the_rest_counted(tmp_path, name):
    written = pages(6)
    path = write_crawl(tmp_path / name, written)
    articles, failures, notes = split(read_inputs([path]))
    assert [a.url for a in articles] == [p.url for p in written] + [f"{SITE}/news/latin"]
    for article, page in zip(articles, written):
        assert article.title == page.title and page.text.split("\n\n")[1].strip() in article.text
        # the page's own date, else the day it was archived
        assert article.published == (page.published or "2024-03-13")
        assert article.source.startswith(f"{path}@") and article.source[len(f"{path}@"):].isdigit()
    assert "A bomb exploded outside a café" in articles[-1].text
    assert "café’s owner" in articles[-1].text  # windows-1252, as its Content-Type says
    (nav,) = failures
    assert nav.reason == "HTML page has no article text (only navigation or boilerplate)"
    (note,) = notes
    assert note.source == str(path)
    # 6 + nav + latin HTML pages; 10 requests, the metadata and the warcinfo are "other records"
    assert note.reason == ("WARC: 8 HTML pages; skipped 1 not HTML, 1 not status 200, "
                           "1 revisits, 12 other records")


def test_resuming_reads_on_after_the_last_settled_record(tmp_path):
    written = pages(5)
    path = write_crawl(tmp_path / "crawl.warc.gz", written)
    articles, _, notes = split(read_inputs([path]))
    settled = {articles[2].source, articles[0].source}
    asked = []

    def resume(prefix: str):
        asked.append(prefix)
        return settled | {"other.warc.gz@999999"}

    again, failures, again_notes = split(read_inputs([path], resume=resume))
    assert asked == [f"{path}@"]
    assert again == articles[3:]  # everything up to the last settled record is skipped
    assert failures == []  # the navigation page came before it
    assert again_notes == notes  # the note describes the file, resumed or not


def test_a_truncated_or_corrupt_archive_keeps_what_came_before(tmp_path):
    for name in ("crawl.warc.gz", "crawl.warc"):
        path = write_crawl(tmp_path / name, pages(6))
        data = path.read_bytes()
        whole, _, _ = split(read_inputs([path]))
        for fraction in (0.3, 0.5, 0.7, 0.9):
            cut = tmp_path / f"cut-{fraction}-{name}"
            cut.write_bytes(data[: int(len(data) * fraction)])
            articles, failures, _ = split(read_inputs([cut]))
            assert articles == [dataclasses.replace(a, source=a.source.replace(str(path), str(cut)))
                                for a in whole[:len(articles)]], (name, fraction)
            assert len(articles) < len(whole)
            last = failures[-1]  # the damage is reported, where it is
            assert "truncated file?" in last.reason, (name, fraction, failures)
            assert last.source.startswith(f"{cut}@")

    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not a web archive\n" * 20)
    articles, failures, _ = split(read_inputs([garbage]))
    assert articles == [] and len(failures) == 1 and "not a WARC file" in failures[0].reason
    gzipped = tmp_path / "garbage.warc.gz"
    gzipped.write_bytes(gzip.compress(b"this is not a web archive either\n" * 20))
    articles, failures, _ = split(read_inputs([gzipped]))
    assert articles == [] and len(failures) == 1, failures


def test_a_folder_picks_up_warc_files(tmp_path):
    write_crawl(tmp_path / "a.warc.gz", pages(2))
    archive = ArchiveWriter(tmp_path / "b.warc")
    archive.page(pages(3, seed=3)[2])
    archive.close()
    (tmp_path / "notes.gz").write_bytes(b"not read")
    articles, _, notes = split(read_inputs([tmp_path]))
    assert len(articles) == 4 and len(notes) == 2
    assert {a.source.split("@")[0] for a in articles} == {str(tmp_path / "a.warc.gz"),
                                                          str(tmp_path / "b.warc")}
