"""The sentences, text and span groups of a Doc, listed once per Doc: ``doc.sents``, ``doc.text``
and a span group's iteration build their Spans or string anew on each call, and the event layer
asks for them per event."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

_KEY = "sitrep_sentences"


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences in order (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        sents = list(doc.sents)
        cached = (sents, {s.start: i for i, s in enumerate(sents)})
        doc.user_data[_KEY] = cached
    return cached[0]


def sentence_index(sent: Span) -> int:
    """The position of ``sent`` (a sentence of its Doc) among the Doc's sentences."""
    sentences(sent.doc)
    return sent.doc.user_data[_KEY][1][sent.start]


def doc_text(doc: Doc) -> str:
    """The Doc's text (``doc.text`` joins every token anew on each call)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def paragraph_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The paragraph (text between line breaks) holding characters ``start`` to ``end`` (default
    ``start``): the one place that says where a paragraph begins and ends."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start if end is None else end)
    return begin, len(text) if stop < 0 else stop


def sentence_paragraph(sent: Span) -> tuple[int, int]:
    """The characters of the paragraph a sentence is in. A sentence may end with the line break
    and the indent of the next line, which are no part of its paragraph: the search for the
    paragraph's end starts at its last character that is not white space."""
    last = sent.start_char + max(len(span_text(sent).rstrip()), 1) - 1
    return paragraph_bounds(doc_text(sent.doc), sent.start_char, last)


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`doc_text` (``Span.text`` joins its tokens anew on each call)."""
    if not len(span):
        return span.text
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities (``doc.ents`` makes every entity Span anew on each call), listed once
    per Doc: read only after the NER, and no component sets entities after it."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def ents_within(span: Span) -> list[Span]:
    """``span.ents`` (the entities from its start that end inside it, up to the first that runs
    past its end) from :func:`doc_ents`: ``Span.ents`` lists every entity of the Doc anew."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out


_ENTS_KEY = "sitrep_ents"


def made_from(doc: Doc, text: str) -> Doc:
    """Note that ``doc`` was made from ``text`` (the tokenizer loses no character, so that
    ``doc.text == text``): :func:`doc_text` need not join its tokens."""
    doc.user_data.setdefault(_TEXT_KEY, text)
    return doc


_TEXT_KEY = "sitrep_text"


def group_spans(doc: Doc, name: str) -> list[Span]:
    """The Spans of ``doc.spans[name]`` in order (empty without that group), listed once per
    group: a component that sets the group anew, or appends to it, gets a new list (components
    set or extend groups; none replaces a span in place)."""
    group = doc.spans.get(name)
    if group is None:
        return []
    cache = doc.user_data.setdefault(_GROUPS_KEY, {})
    cached = cache.get(name)
    if cached is None or cached[0] is not group or len(cached[1]) != len(group):
        cached = cache[name] = (group, list(group), None)
    return cached[1]


def group_tokens(doc: Doc, name: str) -> frozenset[int]:
    """The indices of the tokens inside a span of ``doc.spans[name]``."""
    spans = group_spans(doc, name)
    if not spans:
        return frozenset()
    cache = doc.user_data[_GROUPS_KEY]
    group, listed, tokens = cache[name]
    if tokens is None:
        tokens = frozenset(i for span in listed for i in range(span.start, span.end))
        cache[name] = (group, listed, tokens)
    return tokens


_GROUPS_KEY = "sitrep_span_groups"


def sentence_words(sent: Span) -> tuple[list[Token], list[int]]:
    """The sentence's tokens and their character offsets (the tokens of a stretch of its text
    are found by bisection), listed once per Doc and sentence."""
    return per_span(sent, "sitrep_sentence_words", _words_and_starts)


def _words_and_starts(sent: Span) -> tuple[list[Token], list[int]]:
    words = list(sent)
    return words, [t.idx for t in words]


def per_span(span: Span, key: str, compute: Callable[[Span], T]) -> T:
    """``compute(span)``, worked out once per Doc and span: kept in ``doc.user_data[key]`` by the
    span's token offsets (what it reads of the Doc must not change after the Doc is made)."""
    found = span.doc.user_data.setdefault(key, {})
    at = (span.start, span.end)
    if at not in found:
        found[at] = compute(span)
    return found[at]


def verb_doers(verb: Token) -> list[Token]:
    """Who does a verb's act: its subjects and, passive, the objects of its "by" agent
    ("police fired", "he was shot by a gunman")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]

