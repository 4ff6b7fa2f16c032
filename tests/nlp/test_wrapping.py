"""Hard-wrapped text: a line folded at about 70 characters is one sentence, not two."""

from __future__ import annotations

import pytest

from sitrep.nlp.wrapping import unwrapped

FOLDED = [
    # the doer at the end of one line, the act on the next: read apart, the act loses its doer
    ("GAO, March 3 (Wire) - Local officials said on Monday that fighters of the Islamic State\n"
     "kidnapped fourteen farmers who were working in their fields near Gao on\n"
     "Sunday.",
     "abduction_forced_disappearance", "rebel_group"),
    ("Local officials in the north said on Monday that a mob of angry residents\n"
     "beat two suspected thieves to death in the market of Maiduguri on Sunday.",
     "mob_violence", "rioters"),
    ("Residents of Kidal said that fighters of a separatist rebel movement\n"
     "attacked an army post on the edge of Kidal on Tuesday, killing six\n"
     "soldiers.",
     "armed_clash", "rebel_group"),
]


@pytest.mark.parametrize("text", [t for t, _, _ in FOLDED])
def test_folds_become_spaces_and_keep_every_offset(text):
    flat = unwrapped(text)
    assert len(flat) == len(text) and "\n" not in flat
    assert [i for i, c in enumerate(text) if c != flat[i]] == [i for i, c in enumerate(text) if c == "\n"]


@pytest.mark.parametrize("text", [
    "Curfew in Pelmora\nthe army said on Monday.",  # a short line: a headline, a dateline
    "Two soldiers were killed in the ambush near the border post.\nthe army said.",  # closing full stop
    "Villagers said they had fled to the hills when the shooting began:\nmany are still there.",
    "Residents of the town said the market had been closed for three days\n\nand the roads were empty.",
    "Government forces said they had retaken the hill above the river town\nAfter the fighting, aid came.",
])
def test_breaks_that_end_a_line_of_their_own_stay(text):
    assert unwrapped(text) == text


@pytest.mark.model
@pytest.mark.parametrize("text, sub_event_type, doer_type", FOLDED)
def test_an_event_told_over_folded_lines_is_read_whole(text, sub_event_type, doer_type):
    import sitrep

    events = sitrep.extract(text, published="2024-03-05")
    assert [e.sub_event_type for e in events] == [sub_event_type]
    assert events[0].actor1 is not None and events[0].actor1.type == doer_type
    for ev in events[0].evidence + tuple(ev for _, ev in events[0].field_evidence):
        assert text[ev.start_char:ev.end_char] == ev.text
    assert "\n" in events[0].evidence[0].text  # the article's own characters, folds included


@pytest.mark.parametrize("text", [t for t, _, _ in FOLDED])
def test_folds_of_windows_line_ends_become_spaces_too(text):
    crlf = text.replace("\n", "\r\n")
    flat = unwrapped(crlf)
    assert len(flat) == len(crlf) and "\n" not in flat and "\r" not in flat
    assert unwrapped("Residents said the market had been closed all week.\r\nThe roads were empty.").count("\r\n") == 1
