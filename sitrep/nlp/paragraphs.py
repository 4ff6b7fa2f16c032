"""spaCy component ``sitrep_paragraphs_v1``: a line break always ends a sentence.

News text puts headlines, datelines, captions and paragraphs on their own lines with no final
full stop; the parser would glue a headline to the lead. Running before the parser, this marks
the first token after any newline as a sentence start (the parser keeps preset boundaries).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.sentences import doc_text

_BREAK = re.compile("\n")


def mark_paragraph_starts(doc: Doc) -> Doc:
    for i in _tokens_at_newlines(doc):
        token = doc[i]
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
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


NAME = "sitrep_paragraphs_v1"


@Language.component(NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraph_starts(doc)
