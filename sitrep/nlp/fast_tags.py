"""Cheaper, exact stand-ins for the model's own ``attribute_ruler`` and ``lemmatizer``.

Both of en_core_web_md's rule components cost sitrep more CPU than any component of its own:
the attribute ruler runs a spaCy ``Matcher`` of ~180 token patterns over every token (most of
them one tag or one word), and the lemmatizer makes a Python ``Token`` and asks its tables for
every token of every Doc. The stand-ins give the same annotation, token for token:

* :class:`IndexedAttributeRuler` finds the same matches through an index of each pattern's
  most selective condition (a word, a dependency label, a tag), checks the candidates' other
  conditions as the Matcher does, and applies them with the ruler's own ``set_annotations``
  (same order: later rules win). A pattern it cannot read (an operator, an extension, another
  attribute) leaves the ruler as it was.
* :class:`CachedLemmatizer` remembers each lemma by (word, part of speech, morphology), which
  is all that spaCy's rule lemmatizer reads of a token, and asks it only for new ones. Its
  word index (``lemma_index``: a list of up to 57,000 nouns per part of speech, which the rules
  ask ``form in index`` of every candidate form) answers membership from a set
  (:class:`WordList`): the same words in the same order.

:func:`speed_up` swaps the classes of the loaded components in place (their names, tables,
patterns and serialization stay the model's). The annotation is never changed: only how it
is computed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: The token attributes the index reads (the columns of ``Doc.to_array``), by pattern key.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
#: Which condition of a pattern's first token to index it by, most selective first.
_INDEX_ORDER = ("LOWER", "DEP", "TAG", "IS_SPACE")
#: Cached lemmas kept before the cache starts again (a long-running server meets new words; the
#: dev set's 313 articles make 12,000, at ~150 bytes each).
_LEMMA_CACHE_SIZE = 100_000
#: Token attribute rows whose matches are kept likewise (the dev set makes 20,000).
_ROW_CACHE_SIZE = 100_000

Check = Callable[[tuple, Callable[[int], str]], bool]


class UnsupportedPattern(ValueError):
    """A pattern the index cannot read exactly as the Matcher does."""


def _value_id(key: str, value: object) -> int:
    """The id the Matcher compares an attribute against (a string's hash, a flag's 0/1)."""
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise UnsupportedPattern(f"IS_SPACE {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise UnsupportedPattern(f"{key} {value!r}")
    return get_string_id(value)


def _condition(key: str, value: object) -> tuple[Check, frozenset | None]:
    """A check of one token condition, and the ids it admits when it is an equality or IN
    (what the index can file the pattern under; None for NOT_IN and REGEX)."""
    if key not in _COLUMNS:
        raise UnsupportedPattern(key)
    col = _COLUMNS[key]
    if not isinstance(value, dict):
        wanted = _value_id(key, value)
        return (lambda row, text: row[col] == wanted), frozenset({wanted})
    if len(value) != 1:
        raise UnsupportedPattern(f"{key} {value!r}")
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list | tuple) and key != "IS_SPACE":
        ids = frozenset(_value_id(key, v) for v in arg)
        if op == "IN":
            return (lambda row, text: row[col] in ids), ids
        return (lambda row, text: row[col] not in ids), None
    if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
        regex = re.compile(arg)
        return (lambda row, text: regex.search(text(row[col])) is not None), None
    raise UnsupportedPattern(f"{key} {value!r}")


class _TokenSpec:
    """One token of a pattern: all its conditions, and the one to index it by."""

    __slots__ = ("checks", "index_key", "index_ids")

    def __init__(self, spec: dict) -> None:
        if not isinstance(spec, dict) or not spec:
            raise UnsupportedPattern(repr(spec))
        self.checks: list[Check] = []
        admitted: dict[str, frozenset] = {}
        for key, value in spec.items():
            if not isinstance(key, str):
                raise UnsupportedPattern(repr(key))
            check, ids = _condition(key, value)
            self.checks.append(check)
            if ids is not None:
                admitted[key] = ids
        self.index_key = next((k for k in _INDEX_ORDER if k in admitted), None)
        self.index_ids = admitted.get(self.index_key, frozenset()) if self.index_key else frozenset()

    def holds(self, row: tuple, text: Callable[[int], str]) -> bool:
        return all(check(row, text) for check in self.checks)


class _Pattern:
    __slots__ = ("attr_id", "match_id", "tokens")

    def __init__(self, attr_id: int, match_id: int, tokens: list[_TokenSpec]) -> None:
        self.attr_id, self.match_id, self.tokens = attr_id, match_id, tokens


class PatternIndex:
    """The ruler's patterns filed by an indexable condition of their first token; the
    patterns with none (only NOT_IN or REGEX) are tried at every token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.matcher, self.size = ruler.matcher, len(ruler.attrs)  # what it was built from
        self.by_column: list[dict[int, list[_Pattern]]] = [{} for _ in _COLUMNS]
        self.unindexed: list[_Pattern] = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for tokens in entry["patterns"]:
                if not isinstance(tokens, list) or not tokens:
                    raise UnsupportedPattern(repr(tokens))
                pattern = _Pattern(attr_id, match_id, [_TokenSpec(t) for t in tokens])
                first = pattern.tokens[0]
                if first.index_key is None:
                    self.unindexed.append(pattern)
                    continue
                bucket = self.by_column[_COLUMNS[first.index_key]]
                for value in first.index_ids:
                    bucket.setdefault(value, []).append(pattern)
        self._seen: dict[tuple, tuple[tuple, tuple]] = {}

    def _starting(self, row: tuple, text: Callable[[int], str]) -> tuple[tuple, tuple]:
        """The one-token patterns that match a token of these attributes, as (rule number,
        match id), and the longer patterns whose first token it matches."""
        by_tag, by_lower, by_dep, by_space = self.by_column
        whole, first = set(), []
        for bucket in (by_lower.get(row[1]), by_dep.get(row[2]), by_tag.get(row[0]), by_space.get(row[3]),
                       self.unindexed):
            for pattern in bucket or ():
                if pattern.tokens[0].holds(row, text):
                    if len(pattern.tokens) == 1:
                        whole.add((pattern.attr_id, pattern.match_id))
                    elif pattern not in first:
                        first.append(pattern)
        return tuple(whole), tuple(first)

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule number, match id, start, end), sorted.
        A token's one-token matches depend on its four attributes only, so they are kept by
        those (``_seen``, started again when large)."""
        if not len(doc):
            return []
        rows = list(map(tuple, doc.to_array(_ARRAY_ATTRS).tolist()))
        text = doc.vocab.strings.__getitem__
        seen = self._seen
        if len(seen) > _ROW_CACHE_SIZE:
            seen.clear()
        n = len(rows)
        found = []
        for i, row in enumerate(rows):
            starting = seen.get(row)
            if starting is None:
                starting = seen[row] = self._starting(row, text)
            whole, first = starting
            for attr_id, match_id in whole:
                found.append((attr_id, match_id, i, i + 1))
            for pattern in first:
                end = i + len(pattern.tokens)
                if end <= n and all(spec.holds(rows[i + k], text) for k, spec in enumerate(pattern.tokens)
                                    if k):
                    found.append((pattern.attr_id, pattern.match_id, i, end))
        return sorted(set(found))


class IndexedAttributeRuler(AttributeRuler):
    """The model's attribute ruler matching through a :class:`PatternIndex` (see module doc)."""

    _sitrep_index: PatternIndex

    def match(self, doc: Doc):
        index = self._sitrep_index
        if index.matcher is not self.matcher or index.size != len(self.attrs):
            return super().match(doc)  # patterns added or cleared since: the Matcher's own way
        return index.matches(doc)

    def set_annotations(self, doc: Doc, matches) -> None:
        """As the ruler's own, without a Span per match (a rule's token out of its match is
        left to the ruler's own, which reports it)."""
        at = [start + self.indices[attr_id] if self.indices[attr_id] >= 0 else end + self.indices[attr_id]
              for attr_id, _, start, end in matches]
        if any(not start <= k < end for k, (_, _, start, end) in zip(at, matches)):
            super().set_annotations(doc, matches)
            return
        attrs = self.attrs
        for k, (attr_id, _, _, _) in zip(at, matches):
            set_token_attrs(doc[k], attrs[attr_id])


class WordList(list):
    """A list of words (read-only) that answers ``in`` from a set of the same words."""

    __slots__ = ("_words",)

    def __init__(self, words) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _indexed_word_lists(lemmatizer: EnglishLemmatizer) -> None:
    """The lemmatizer's ``lemma_index`` lists of words made :class:`WordList` (when every
    entry is a list of strings; else left as they are)."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    if all(type(words) is list and all(isinstance(w, str) for w in words) for words in table.values()):
        for key, words in list(table.items()):
            table[key] = WordList(words)


class CachedLemmatizer(EnglishLemmatizer):
    """The model's rule lemmatizer with a cache by (word, part of speech, morphology)."""

    _sitrep_lemmas: dict

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        cache = self._sitrep_lemmas
        if len(cache) > _LEMMA_CACHE_SIZE:
            cache.clear()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = doc.vocab.strings.add(self.lemmatize(doc[i])[0])
            array[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], array[:, 3:4].copy())
        return doc


def speed_up(nlp: Language) -> None:
    """Swap the model's ``attribute_ruler`` and rule ``lemmatizer`` for the exact stand-ins
    above, when the loaded components are the kinds they stand in for."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler:
            try:
                index = PatternIndex(ruler)
            except UnsupportedPattern:
                index = None
            if index is not None:
                ruler.__class__ = IndexedAttributeRuler
                ruler._sitrep_index = index
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
            lemmatizer.__class__ = CachedLemmatizer
            lemmatizer._sitrep_lemmas = {}
            _indexed_word_lists(lemmatizer)
