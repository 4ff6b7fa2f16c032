"""Proper names of groups, movements, operations and laws that hold a trigger word or a date.

"The Ninth of June Movement", "Operation Iron Gate for the Liberation of Valdora", "the
Landmine Ban Convention": a name made of capitalised words around a head word of such names
(``cues.json`` ``name_heads``) tells no event and no day. A headline in title case, where
every word is capitalised, is no such name: its capitals say nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.nlp.cues import load_cues

#: a word this long written in lower case makes a sentence no title-case headline ("has",
#: "in", "to" may be lower case in one)
TITLE_CASE_LOWER_LENGTH = 4
#: parts of speech that title-case styles leave in lower case whatever their length ("near",
#: "from", "after", "with", "into", "over", "while")
TITLE_CASE_SMALL_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def title_case(sent: Span) -> bool:
    """Whether the sentence is written in title case (a headline: "Rebels Seize Border Town near
    Valdora"): no longer word of it is in lower case but prepositions, conjunctions and the like,
    which many headline styles leave in lower case."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and not any(
        t.text.islower() and len(t.text) >= TITLE_CASE_LOWER_LENGTH and t.pos_ not in TITLE_CASE_SMALL_POS
        for t in words)


def _name_word(token) -> bool:
    return _capitalised(token) or token.like_num


def _run(doc: Doc, start: int, end: int, connectors: bool) -> tuple[int, int]:
    """The run of capitalised words (and numbers; with ``connectors``, small words between
    them) around tokens ``start``..``end`` of one sentence."""
    sent = doc[start].sent
    small = load_cues().name_connectors
    a = start
    while a > sent.start and (_name_word(doc[a - 1]) or connectors and doc[a - 1].lower_ in small):
        a -= 1
    b = end
    while b < sent.end and (_name_word(doc[b]) or connectors and doc[b].lower_ in small):
        b += 1
    while connectors and a < start and doc[a].lower_ in small:
        a += 1  # a name does not begin or end with "of", "the"
    while connectors and b > end and doc[b - 1].lower_ in small:
        b -= 1
    return a, b


def in_proper_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end``, capitalised, lie inside a name with a head word of
    the names of groups, operations or laws besides them ("the Liberation" in "the Popular
    Front for the Liberation of X", "May 9" in "the May 9 Movement"). A word that opens its
    sentence is capitalised anyway: it joins a name only by capitalised words next to it;
    a title-case headline has no such names."""
    words = [t for t in doc[start:end] if t.is_alpha]
    small = load_cues().name_connectors
    if not words or not _capitalised(words[0]) or any(
            not _capitalised(t) and t.lower_ not in small for t in words):
        return False
    sent = doc[start].sent
    if title_case(sent):
        return False
    a, b = _run(doc, start, end, connectors=start > sent.start)
    heads = load_cues().name_heads
    return any(doc[i].lower_ in heads and _capitalised(doc[i]) for i in (*range(a, start), *range(end, b)))
