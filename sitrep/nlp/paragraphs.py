"""spaCy component ``sitrep_paragraphs_v2``: sentence bounds from the page's layout.

News text puts headlines, datelines, captions and paragraphs on their own lines with no final
full stop; the parser would glue a headline to the lead. Running before the parser, this marks
the first token after any newline as a sentence start (the parser keeps preset boundaries).
The parser also cuts the odd sentence in two, often right after a line's first word
("BANGUI" | ", March 24 ..."; "Residents" | "and rebels say ...") or before a trailing
", police said on Friday.", and the fragment's day, doer or toll is then lost to the event:
so a token that cannot open a sentence (a comma or closing mark, a quote glued to the word
before, a lower-case word) and follows no line break is marked as no sentence start, which the
parser keeps as well (it never breaks before a token preset so).
A dispatch's dateline ("KABUL, Oct 3 -", "GOMA (AFP) --", "Goma, Congo – ") ends its own
sentence too: glued to the lead, the parser reads the lead's first word as part of the date
("Oct 3 - Fighting") and the lead's act is lost.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.cues import load_cues
from sitrep.nlp.dates import _MON
from sitrep.nlp.sentences import doc_text

_BREAK = re.compile("\n")

_NAME = r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
#: A line's dateline: up to three names ("CULIACAN, Sinaloa, Mexico"), an optional day
#: ("Oct 12", "12 October 2024"), an optional outlet tag ("(AFP)"), then a dash (a hyphen
#: only between spaces) and the lead's first word, capitalised. An em dash is left out: the
#: parser already ends the dateline there, and a preset bound shifts the lead's parse.
_DATELINE = re.compile(
    rf"(?m)^[ \t]*{_NAME}(?:,[ \t]*{_NAME}){{0,2}}"
    rf"(?:,?[ \t]+(?:{_MON}[ \t]*\d{{1,2}}|\d{{1,2}}[ \t]+{_MON})(?:,?[ \t]*\d{{4}})?)?"
    r"(?:[ \t]*\([^()\n]{2,40}\))?"
    r"(?:[ \t]*(?:--|–)[ \t]*|[ \t]+-[ \t]+)(?=[\"“'‘]?[A-Z])"
)


def mark_paragraph_starts(doc: Doc) -> Doc:
    for i in _tokens_at_newlines(doc):
        token = doc[i]
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


def mark_dateline_ends(doc: Doc) -> Doc:
    """Mark the lead's first token after a line's dateline as a sentence start."""
    text = doc_text(doc)
    if not any(d in text for d in ("-", "–")):
        return doc
    for m in _DATELINE.finditer(text):
        token = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if token is not None and token.start > 0:
            doc[token.start].is_sent_start = True
    return doc


def _tokens_at_newlines(doc: Doc) -> list[int]:
    """The tokens but the last whose text or trailing space holds a line break, in order (found
    from the text's line breaks: reading every token's text costs a string per token)."""
    text = doc_text(doc)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    if not breaks or len(doc) < 2:
        return []
    starts = doc.to_array(IDX).astype(np.int64)
    found = np.unique(np.searchsorted(starts, np.array(breaks, dtype=np.int64), side="right") - 1)
    return [int(i) for i in found if 0 <= i < len(doc) - 1]


def forbid_fragment_starts(doc: Doc) -> Doc:
    """Mark every token that cannot open a sentence and is not yet marked (so follows no line
    break once ``mark_paragraph_starts`` ran) as no sentence start: set on whole arrays, since
    most tokens of a text are lower-case words."""
    if len(doc) < 2:
        return doc
    table = doc.to_array([ORTH, IS_LOWER, SPACY, SENT_START])
    starts = table[:, 3].astype(np.int64)
    cannot = table[:, 1].astype(bool) | np.isin(table[:, 0], _hashes(doc, load_cues().closing_marks))
    glued = np.zeros(len(doc), dtype=bool)
    glued[1:] = table[:-1, 2] == 0
    cannot |= glued & np.isin(table[:, 0], _hashes(doc, load_cues().glued_closing_quotes))
    cannot[0] = False
    starts[cannot & (starts == 0)] = -1
    doc.from_array([SENT_START], starts.astype(np.uint64).reshape(-1, 1))
    return doc


def _hashes(doc: Doc, words: frozenset[str]) -> np.ndarray:
    return np.array([doc.vocab.strings.add(w) for w in words], dtype=np.uint64)


NAME = "sitrep_paragraphs_v2"


@Language.component(NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return forbid_fragment_starts(mark_dateline_ends(mark_paragraph_starts(doc)))
