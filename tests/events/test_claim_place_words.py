"""A claim names an event's place only by the whole name: a short town's name inside a longer
one ("Bor" in "Borno") is not the town (written for these tests)."""

from __future__ import annotations

from sitrep.events.attribution import names_place_in
from sitrep.model import Evidence


def _within(text: str, place: str) -> bool:
    return names_place_in(Evidence(0, len(text), text), Evidence(500, 500 + len(place), place))


def test_a_short_name_inside_a_longer_word_is_not_named():
    assert not _within("The group claimed the attack in Borno state.", "Bor")
    assert not _within("Officials blamed the raid near Gaoual on the group.", "Gao")
    assert not _within("They claimed the assault on Kidalville.", "Kidal")


def test_the_whole_name_is_named():
    assert _within("The group claimed the attack in Bor town.", "Bor")
    assert _within("Officials blamed the raid near Gao on the group.", "Gao")
    assert _within("They claimed the assault on Kidal's camp.", "Kidal")


def test_a_place_inside_the_sentence_span_is_named():
    assert names_place_in(Evidence(0, 40, "x" * 40), Evidence(10, 14, "Gao."))


def _ambush(text: str, place: str, day: str):
    from sitrep.events.mention import EventMention
    from sitrep.model import Place

    at = text.index(place)
    sent = Evidence(0, text.index(".") + 1, text[: text.index(".") + 1])
    word = Evidence(at, at + len(place), place)
    return EventMention("armed_clash", "battles", sentence=sent, trigger=sent, type_evidence=sent,
                        location=Place(name=place, country="BF"), location_evidence=word, date=day)


def _doc(text: str):
    import spacy

    return spacy.blank("en")(text)


def _claim(text: str, said: str, *, elsewhere=(), days=()):
    from sitrep.events.attribution import Claim

    at = text.index(said)
    return Claim(None, at, at + len(said), said, frozenset({"battles"}), frozenset(),  # type: ignore[arg-type]
                 tuple(elsewhere), tuple(days))


def test_a_claim_naming_another_place_reaches_no_earlier_act():
    from sitrep.events.attribution import claimed_events

    said = "The group claimed the ambush in Koudougou."
    text = "Gunmen ambushed a patrol near Kaya. " + said
    at = text.index("Koudougou")
    claim = _claim(text, said, elsewhere=[Evidence(at, at + 9, "Koudougou")])
    assert claimed_events(claim, [_ambush(text, "Kaya", "2025-06-14")], doc=_doc(text)) == []


def test_a_claim_dated_before_the_act_reaches_it_not():
    from sitrep.events.attribution import claimed_events

    said = "The group claimed that ambush last year."
    text = "Gunmen ambushed a patrol near Kaya. " + said
    claim = _claim(text, said, days=["2024-07-01"])
    assert claimed_events(claim, [_ambush(text, "Kaya", "2025-06-14")], doc=_doc(text)) == []
    later = _claim(text, said, days=["2025-06-16"])
    assert len(claimed_events(later, [_ambush(text, "Kaya", "2025-06-14")], doc=_doc(text))) == 1
