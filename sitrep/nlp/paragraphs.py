"""spaCy component ``sitrep_paragraphs_v1``: a line break always ends a sentence.

News text puts headlines, datelines, captions and paragraphs on their own lines with no final
full stop; the parser would glue a headline to the lead. Running before the parser, this marks
the first token after any newline as a sentence start (the parser keeps preset boundaries).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


NAME = "sitrep_paragraphs_v1"


@Language.component(NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraph_starts(doc)
