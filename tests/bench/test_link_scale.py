"""The linking benchmark at a small scale: it links, scores against the truth, adds
incrementally to the same result as from scratch, and the store path agrees with memory."""

from __future__ import annotations

from sitrep.bench.link_scale import END, START, main, report, run, write_docs


def test_a_small_run_links_scores_and_agrees_with_itself_and_the_store():
    lines: list[str] = []
    result = run(3000, 300, seed=5, store_events=600, store_add=60, say=lines.append)
    assert result.verified is True  # adding 300 to the linked 3,000 == linking 3,300 at once
    assert result.store is not None and result.store["same_as_memory"] is True
    assert result.link.links > 0 and result.add.events == 300
    s = result.scores
    assert 0 < s.bcubed_precision <= 1 and 0 < s.bcubed_recall <= 1 and s.gold_pairs > 0
    assert result.incidents <= 3000 and result.happenings < 3000  # duplicate groups exist
    assert len(lines) == 5 and "linked 3,000 events" in lines[0]


def test_the_docs_section_is_replaced_between_its_markers(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text("# Benchmarks\n\nAn API section someone else wrote.\n", "utf-8")
    result = run(500, 50, seed=6, verify=False, say=lambda _: None)
    write_docs(page, report(result))
    write_docs(page, report(result))
    text = page.read_text("utf-8")
    assert text.count(START) == 1 and text.count(END) == 1 and "An API section" in text
    assert "| link 500 events in memory" in text


def test_the_command_prints_the_section(capsys):
    main(["--events", "400", "--add", "40", "--no-verify", "--store-events", "0", "--docs", "-"])
    out = capsys.readouterr().out
    assert START in out and "add 40 events to the linked 400" in out
