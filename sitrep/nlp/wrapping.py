"""Hard-wrapped text: line breaks that only fold a long line, not end a sentence or paragraph.

Wire archives, e-mail and text copied from PDFs break every line at about 70 characters. The
pipeline reads every line break as the end of a sentence and of a paragraph (headlines,
datelines and captions stand on their own lines), which cuts such a sentence in two: the doer
of "gunmen ... kidnapped\\nhim" lands in one sentence and the act in the next. A break is a fold
when the line before it is long, ends without a sentence's closing mark, and the next line goes
on in lower case or the line ends on a word no sentence ends on ("of", "the", "on"). Folds
become spaces, so that every character keeps its offset.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Event, Evidence

#: Shortest line taken as a folded line: headlines, datelines and by-lines are shorter.
MIN_FOLDED_LINE = 40

#: Words a sentence or a headline never ends on: articles, prepositions, conjunctions.
OPEN_ENDINGS = frozenset("""a an the of in on at by for from to into onto with near and or but nor
that than as after before during since while when where which who whose""".split())

_BREAK = re.compile(r"(?<=[^\n]{%d}[^\s.!?:;\"'”’)\]])\r?\n(?=[ \t]*\w)" % (MIN_FOLDED_LINE - 1))
_LAST_WORD = re.compile(r"(\w+)\W*$")


def unwrapped(text: str) -> str:
    """``text`` with each folding line break ("\\n", or "\\r\\n" as Windows and e-mail write it)
    replaced by spaces (same length, same offsets)."""
    if "\n" not in text:
        return text
    return _BREAK.sub(lambda m: " " * len(m[0]) if _is_fold(text, m.start(), m.end()) else m[0], text)


def _is_fold(text: str, start: int, end: int) -> bool:
    """The break at ``start:end`` folds a line: the next line goes on in lower case, or the
    line ends on a word no sentence ends on."""
    following = text[end:end + 80].lstrip(" \t")
    if following[:1].islower():
        return True
    last = _LAST_WORD.search(text, max(0, start - 30), start)
    return bool(last) and last.group(1).lower() in OPEN_ENDINGS


def with_original_evidence(event: Event, text: str) -> Event:
    """``event`` with every evidence text cut again from the article's own ``text`` (its folds
    were read as spaces): an evidence's text is always the article's characters at its offsets."""
    def cut(ev: Evidence) -> Evidence:
        return Evidence(ev.start_char, ev.end_char, text[ev.start_char:ev.end_char])

    return replace(event, evidence=tuple(cut(ev) for ev in event.evidence),
                   field_evidence=tuple((name, cut(ev)) for name, ev in event.field_evidence))
