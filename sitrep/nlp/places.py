"""spaCy component ``sitrep_places_v1``: tags place mentions, gazetteer-backed.

The statistical NER misses many small towns ("Muryale", "Kyaung Lal"); this component adds
proper-noun sequences that the gazetteer knows, and keeps GPE/LOC/FAC entities. It writes
``doc.spans["places"]``. Person and organisation names are never re-tagged as places.

It also writes ``doc.spans["place_adjectives"]``: demonyms and adjectival toponyms used as
modifiers ("Syrian troops", "the Russian foreign ministry", "European leaders"), each naming a
country (``Gazetteer.country(span.text)``) or a continent/region (``kb_id_``). They are kept
apart from ``places`` on purpose: the event extractor takes its places from ``places``, and an
actor's nationality is not where an event happened. Likewise ``doc.spans["place_embedded"]``:
places inside organisation names ("Environment Canada", "Kentucky State Police", "US Special
Forces") and unions of states named as organisations ("the EU"), label ``EMB``: toponyms, but
not where the organisation acts. All-caps country abbreviations ("the UAE", "the DPRK") are
places like the country names (never states' postal codes: "OR", "IN" fill all-caps
headlines). The geoparsing benchmark counts all three groups.

Word lists (titles, holidays, non-place names, disease words) live in
``data/place_stopwords.json``; adjectives of continents and world regions ("European",
"Sahelian") in ``sitrep/geo/data/areas.tsv``.
"""

from __future__ import annotations

import calendar

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import area_adjectives, load_areas
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import doc_ents

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT",
                             "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
MAX_NAME_TOKENS = 4
#: Month and weekday names (and their abbreviations): dates, never a unit's name.
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name, *calendar.month_abbr,
                                                   *calendar.day_name, *calendar.day_abbr) if w)
#: The dashes that join the two ends of a route's name ("the X-Y road", "the X–Y highway").
ROUTE_DASHES = frozenset({"-", "–", "—"})
#: Words that may stand between two halves of one known name ("Republic of the Congo", "Jammu and Kashmir").
JOINING_WORDS = frozenset({"of", "the", "and", "&"})
#: Entity labels the NER gives to places it misreads ("Manbij", "Corsica" PRODUCT, "Grozny" ORG,
#: "Ain Issa" PERSON); a known place name in a place slot is relabelled. Never DATE: "in May"
#: would become May, Gujarat.
RELABEL_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: ... of which these only when the entity is a proper name (title-case proper nouns).
NAME_ONLY_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
SETTLEMENT_WORDS = frozenset({"town", "city", "village", "district", "province", "region", "township",
                              "county", "governorate", "area", "suburb", "neighbourhood", "neighborhood"})
ADMIN2_WORDS = frozenset({"county", "parish", "borough", "district"})
LOCATIVE_WORDS = frozenset({"in", "near", "at", "outside", "into", "around", "toward", "towards", "across",
                            "of", "from", "inside"})

#: Prepositions before which a name in an entity can only be a place (see _place_only_slot).
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "into", "from", "towards", "toward"})

#: An embedded place inside an organisation name ("Paris High School") must be a country, an
#: admin1 unit, or a town of at least this population.
EMBEDDED_MIN_POPULATION = 50_000
#: A metonymic organisation ("Ottawa planned ...", "Edmonton needs ...") is a place when its
#: whole name is a country, an admin1 unit, or a town of at least this population.
METONYM_MIN_POPULATION = 100_000
#: A name that is also a common English word ("Mobile", "Reading", "Orange"; WordNet also
#: lists "Canada" and "Paris") needs to be a country, an admin1 unit or a town this big.
COMMON_WORD_MIN_POPULATION = 1_000_000
#: ... unless the word is only ever a noun in WordNet ("Glasgow", "Winnipeg", "Bath"), when a
#: town of this population will do.
NOUN_WORD_MIN_POPULATION = 200_000



def _struck_on(root) -> bool:
    """The name is what a strike or an assault fell on ("dropped bombs on X", "an attack on
    X", "drones rained on X"): there, a name the gazetteer knows is the place hit."""
    head, words = root.head, load_cues().strike_on_words
    return root.dep_ == "pobj" and head.lower_ == "on" and head.head.i != head.i and (
        head.head.lemma_.lower() in words or head.head.lower_ in words)

class KnowsPlaces(Protocol):
    def is_known(self, name: str) -> bool: ...


STOPWORD_LISTS = ("titles", "not_places", "disease_words", "generic_words", "not_adjectives", "person_titles", "seat_words",
                  "org_prefixes", "unit_endings", "unit_nouns", "edge_nouns", "act_words")


def _words_of(classes: dict | list) -> frozenset[str]:
    """The words of one list of ``place_stopwords.json``: the union of its word classes (keys
    starting with "_" are comments)."""
    if isinstance(classes, list):
        return frozenset(classes)
    return frozenset(w for name, words in classes.items() if not name.startswith("_") for w in words)


@lru_cache(maxsize=1)
def load_stopwords() -> dict:
    """``data/place_stopwords.json``: titles, non-place names, disease words, generic words,
    person titles and roles, each the union of its word classes."""
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/place_stopwords.json").read_text("utf-8"))
    return {key: _words_of(raw[key]) for key in STOPWORD_LISTS}


@lru_cache(maxsize=1)
def unit_endings() -> frozenset[str]:
    """The words that end an administrative unit's name, lower case ("district", "local
    government area", "lga"): ``place_stopwords.json``, read once."""
    return frozenset(load_stopwords()["unit_endings"])


def named_as_unit(words: list[str]) -> bool:
    """Whether lower-case ``words`` are a name followed by a unit's ending ("faskari local
    government area", "x district"): the whole is that unit's own name."""
    return any(len(words) > n and " ".join(words[-n:]) in unit_endings() for n in (3, 2, 1))


def _lexicon(nlp: Language, parts_of_speech: tuple[str, ...]) -> frozenset[str]:
    """Words of the lemmatizer's own word index (WordNet-derived) for some parts of speech."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in parts_of_speech for w in index.get(pos, ()))


def english_words(nlp: Language) -> frozenset[str]:
    """Common English words, so that "Center", "Minister" or "Homeland" are not taken for the
    towns that share their name."""
    return _lexicon(nlp, ("noun", "verb", "adj", "adv"))


def non_noun_words(nlp: Language) -> frozenset[str]:
    """The verbs, adjectives and adverbs of :func:`english_words` ("mobile", "reading", "nice"):
    WordNet lists many cities as nouns ("glasgow"), but never as other parts of speech."""
    return _lexicon(nlp, ("verb", "adj", "adv"))


class PlaceTagger:
    def __init__(self, gazetteer: KnowsPlaces | None = None, common_words: frozenset[str] = frozenset(),
                 stopwords: dict | None = None, non_noun_words: frozenset[str] | None = None) -> None:
        self.gazetteer = gazetteer
        self.common_words = common_words
        self.non_noun_words = common_words if non_noun_words is None else non_noun_words
        self.stop = stopwords if stopwords is not None else load_stopwords()
        self._demonyms: dict[str, str] | None = None
        self._attested: set[str] = set()  # the current document's place names (see _major_place)
        self._entity_texts: tuple[Doc, frozenset[str]] | None = None  # see _place_entity_texts

    # -- word lists and gazetteer questions

    def _demonym_table(self) -> dict[str, str]:
        if self._demonyms is None:
            get = getattr(self.gazetteer, "demonyms", None)
            self._demonyms = get() if get is not None else {}
        return self._demonyms

    def adjective_target(self, text: str) -> str | None:
        """The country (ISO-2) or continent/region a demonym or adjectival toponym names
        ("Syrian" -> "SY", "European" -> "Europe"), else None."""
        from sitrep.geo.normalize import norm_key

        if text.lower() in self.stop["not_adjectives"]:
            return None
        iso = self._demonym_table().get(norm_key(text))
        return iso or area_adjectives().get(text.lower())

    def _major_place(self, text: str, min_population: int, span: Span | None = None) -> bool:
        """A country, continent, admin1 unit or town of ``min_population`` or more by that
        exact name (or a country/state abbreviation such as "U.S."). When ``span`` is a common
        English phrase, towns need :data:`COMMON_WORD_MIN_POPULATION`, or
        :data:`NOUN_WORD_MIN_POPULATION` for a word WordNet lists only as a noun ("Glasgow") that
        the NER also tags as a place elsewhere in the article (not so "Lincoln" the president,
        "Toyota" the carmaker)."""
        if text.lower() in self.stop["generic_words"]:
            return False
        if span is not None and self._is_common_phrase(span):
            verbal = any(t.lower_ in self.non_noun_words for t in span if not t.is_punct)
            attested = text in self._attested or text in self._place_entity_texts(span.doc)
            floor = NOUN_WORD_MIN_POPULATION if attested and not verbal else COMMON_WORD_MIN_POPULATION
            min_population = max(min_population, floor)
        lookup = getattr(self.gazetteer, "lookup", None)
        if lookup is None:
            return False
        for e in lookup(text, kinds=("country", "admin1", "city", "continent")):
            if e.kind != "city" or e.population >= min_population:
                return True
        abbreviation = getattr(self.gazetteer, "abbreviation", None)
        return bool(abbreviation is not None and "." in text and abbreviation(text) is not None) \
            or self._country_abbreviation(text)

    def _place_entity_texts(self, doc: Doc) -> frozenset[str]:
        """The texts of the Doc's place entities (``doc.ents`` makes every entity Span anew on
        each call; kept for the Doc being tagged)."""
        if self._entity_texts is None or self._entity_texts[0] is not doc:
            self._entity_texts = (doc, frozenset(e.text for e in doc_ents(doc) if e.label_ in PLACE_LABELS))
        return self._entity_texts[1]

    def _country_abbreviation(self, text: str) -> bool:
        """An all-caps abbreviation of a country ("US", "UAE", "DPRK", "T&T"; not the postal
        codes of states, "OR", "IN", which all-caps headlines are full of)."""
        abbreviation = getattr(self.gazetteer, "abbreviation", None)
        if abbreviation is None or not text.isupper() or " " in text:
            return False
        hit = abbreviation(text)
        return hit is not None and hit.kind == "country"

    def _named_county(self, span: Span) -> bool:
        """A second-level unit named with its kind ("Laurel County", "Avoyelles Parish")."""
        lookup = getattr(self.gazetteer, "lookup", None)
        return lookup is not None and len(span) > 1 and span[-1].lower_ in ADMIN2_WORDS \
            and bool(lookup(span.text, kinds=("admin2",)))

    def _not_a_place(self, span: Span, people: set[str]) -> bool:
        """Titles, holidays, institutions, diseases and people that the gazetteer knows as
        towns: "Sen.", "Easter", "City Hall", "West Nile virus", "Saakashvili" (named in full
        elsewhere in the article), "Gen. Jackson"."""
        doc = span.doc
        low = span.text.lower().removeprefix("the ")
        # "City Hall on Easter": the capitalised head of the span, up to its first lower-case word
        head = next((i for i, t in enumerate(span) if i and t.is_lower), len(span))
        if low in self.stop["not_places"] or low in self.stop["titles"] or span[0].lower_ in self.stop["titles"] \
                or span[:head].text.lower() in self.stop["not_places"]:
            return True
        if span.end < len(doc) and doc[span.end].lower_ in self.stop["disease_words"]:
            return True
        if span.start > 0 and doc[span.start - 1].lower_ in self.stop["titles"]:
            return True
        if span.start > 0 and doc[span.start - 1].text == "(" and re.fullmatch(r"[KW][A-Z]{2,3}", span.text):
            return True  # a US broadcaster's call sign: "COLUMBIA, Ky. (WBKO) -"
        return span.label_ in {"GAZ", "GPE", "EMB"} and span.text in people and not self._country_or_admin1(span.text)

    def _organisation_seat(self, span: Span) -> bool:
        """The place is where an organisation sits, not where anything happened: a seat word
        follows it, after a hyphen or a space ("an Ohio-based charity", "a London based group")."""
        doc, k = span.doc, span.end
        if k < len(doc) and doc[k].text == "-":
            k += 1
        return k < len(doc) and doc[k].lower_ in self.stop["seat_words"]

    @staticmethod
    def _named_as_place(span: Span, places: list[Span]) -> bool:
        """The text itself calls the name a place: "the city of X", "X town", or "X" as the
        unit after a place and a comma ("Y, X"). Such a name stays a place although a person of
        that name appears ("Gen. Tom X"), and a place the NER took for a person's surname
        ("Wadi X") does not make the town a person."""
        doc = span.doc
        start, end = span.start, span.end
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SETTLEMENT_WORDS:
            return True
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in SETTLEMENT_WORDS:
            return True
        return start >= 2 and doc[start - 1].text == "," and any(p.end == start - 1 for p in places)

    def _country_or_admin1(self, text: str) -> bool:
        return self._major_place(text, 10**12)

    def _people(self, doc: Doc) -> set[str]:
        """Names of people in the article: the surname of each person named in full ("Saakashvili"
        after "Mikheil Saakashvili"), and each name after a capitalised title ("President
        Saakashvili", "Gen. Jackson"). A one-word PERSON entity alone is not evidence: the NER often
        takes small towns for people ("in Gayeri")."""
        names = {ent[-1].text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
        titles = self.stop["person_titles"] | self.stop["titles"]
        for i, tok in enumerate(doc[:-1]):
            if not (tok.is_title and tok.lower_ in titles):
                continue  # the next word is looked at only after a title
            nxt = doc[i + 1]
            if nxt.is_title and nxt.pos_ == "PROPN" and not tok.is_sent_start:
                end = i + 2
                while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
                names.add(doc[end - 1].text)
                names.add(doc[i + 1:end].text)
        return names


    def _unit_before_noun(self, span: Span) -> bool:
        """ "the Donetsk region", "Kandahar province", "Kachin State": a name WordNet lists as a
        noun, right before a unit noun (``unit_nouns``), naming an admin unit of that kind
        or a big town; the text itself says it is a place. Never a verb or adjective
        ("Mobile"), nor a generic word ("the Lake district", "the Capital region")."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in self.stop["unit_nouns"]:
            return False
        if any(t.lower_ in self.non_noun_words or t.lower_ in self.stop["generic_words"] for t in span):
            return False
        lookup = getattr(self.gazetteer, "lookup", None)
        if lookup is None:
            return False
        return any(e.kind != "city" or e.population >= NOUN_WORD_MIN_POPULATION
                   for e in lookup(span.text, kinds=("admin1", "admin2", "city")))

    def _unit_misread_as_date(self, doc: Doc, i: int) -> bool:
        """A one-word name the NER took for a date although a unit noun follows it ("in X
        district" with X tagged DATE): no month or weekday is followed by "district", so the
        name is the unit's."""
        t = doc[i]
        if t.ent_type_ not in ("DATE", "TIME") or t.ent_iob_ != "B" or any(c.isdigit() for c in t.text):
            return False
        if i + 1 >= len(doc) or doc[i + 1].ent_iob_ == "I" or doc[i + 1].lower_ not in self.stop["unit_nouns"]:
            return False
        return t.lower_ not in _CALENDAR_WORDS

    def _big_city(self, text: str) -> bool:
        """A city of :data:`COMMON_WORD_MIN_POPULATION` or more by that exact name: a title-case
        proper noun the NER left untagged is that city though the English lexicon lists the word
        too ("In Mandalay, soldiers ..."; not a province or region named like a word)."""
        lookup = getattr(self.gazetteer, "lookup", None)
        if lookup is None or text.lower() in self.stop["generic_words"]:
            return False
        return any(e.population >= COMMON_WORD_MIN_POPULATION for e in lookup(text, kinds=("city",)))

    def _is_common_phrase(self, span: Span) -> bool:
        return all(t.lower_ in self.common_words or t.is_punct for t in span)

    def _gazetteer_spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        if self.gazetteer is None:
            return []
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if i not in taken and token.pos_ == "PROPN" and not token.ent_type_ \
                    and token.lower_ not in self.common_words and self._country_abbreviation(token.text):
                # "the UAE", left untagged by the NER; never an English word ("CAR BOMB" in a headline)
                spans.append(Span(doc, i, i + 1, label="GPE"))
                i += 1
                continue
            if i in taken or token.pos_ != "PROPN" or not token.is_title or (
                    token.ent_type_ in BLOCKING_LABELS and not self._unit_misread_as_date(doc, i)):
                i += 1
                continue
            end = i
            while end < len(doc) and end - i < MAX_NAME_TOKENS \
                    and (doc[end].pos_ == "PROPN" or _name_hyphen(doc, end)) \
                    and end not in taken and (doc[end].ent_type_ not in BLOCKING_LABELS
                                              or self._unit_misread_as_date(doc, end)):
                end += 1
            while end > i + 1 and doc[end - 1].text == "-":
                end -= 1
            hit = None
            for stop in range(end, i, -1):  # longest known name first
                if doc[stop - 1].text == "-":
                    continue  # "the Mandalay-Lashio road": a name never ends on the hyphen
                if self.gazetteer.is_known(doc[i:stop].text) and (not self._is_common_phrase(doc[i:stop])
                                                                 or self._unit_before_noun(doc[i:stop])
                                                                 or self._big_city(doc[i:stop].text)):
                    hit = Span(doc, i, stop, label="GAZ")  # known to the gazetteer only
                    break
            if hit is None and i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in SETTLEMENT_WORDS:
                hit = Span(doc, i, end, label="GPE")  # "the village of Noaka": a place, known or not
            if hit is None and end < len(doc) and doc[end].lower_ in SETTLEMENT_WORDS and i > 0 \
                    and doc[i - 1].lower_ in LOCATIVE_WORDS:
                hit = Span(doc, i, end, label="GPE")  # "at Dambam village": a place, known or not
            if hit is not None:
                spans.append(hit)
                i = hit.end
            else:
                i += 1
        return spans

    @staticmethod
    def _appositive_settlements(doc: Doc, taken: set[int]) -> list[Span]:
        """ "X, a town 40 km from Y", "X, a small village near Y": the text calls the name a
        settlement, known to the gazetteer or not, though the NER missed it or took it for an
        organisation or a person; otherwise the landmark Y would be the only place of the sentence."""
        found: list[Span] = []
        for tok in doc:
            if tok.lower_ not in SETTLEMENT_WORDS:
                continue
            noun = tok
            if tok.dep_ == "compound" and tok.head.lower_ in load_cues().direction_words:
                noun = tok.head  # "X, a village north of Y": the parser heads it by "north"
            head = noun.head
            if noun.dep_ != "appos" or head.pos_ != "PROPN" or not head.i < noun.i \
                    or doc[head.i + 1].text != ",":
                continue
            start = head.i
            while start > 0 and head.i - start < MAX_NAME_TOKENS - 1 and doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = Span(doc, start, head.i + 1, label="GPE")
            if any(i in taken for i in range(span.start, span.end)) or not span.text[:1].isupper() \
                    or any(t.ent_type_ in {"NORP", "DATE"} for t in span):
                continue
            found.append(span)
        return found

    @staticmethod
    def _extend(doc: Doc, ent: Span) -> Span:
        """The NER often stops early in foreign names ("Khan" of "Khan Sheikhoun"): take the
        capitalised proper nouns that follow it and belong to no other entity."""
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].ent_type_ and not doc[end - 1].whitespace_ == "":
            end += 1
        return Span(doc, ent.start, end, label=ent.label_)

    def _route_ends(self, ent: Span) -> tuple[Span, Span] | None:
        """ "the Abuja-Kaduna highway", taken by the NER for one place: a route named after its two
        ends (``cues.json``: ``route_nouns``), each a name the gazetteer knows; the two places,
        not one unknown name."""
        doc = ent.doc
        if self.gazetteer is None or ent.end >= len(doc) or doc[ent.end].lower_ not in load_cues().route_nouns:
            return None
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        dashes = [t.i for t in doc[start:ent.end] if t.text in ROUTE_DASHES]
        if len(dashes) != 1 or self.gazetteer.is_known(doc[start:ent.end].text):
            return None
        left, right = Span(doc, start, dashes[0], label=ent.label_), Span(doc, dashes[0] + 1, ent.end, label=ent.label_)
        if len(left) and len(right) and all(self.gazetteer.is_known(part.text) for part in (left, right)):
            return left, right
        return None

    def _join_split_names(self, ents: list[Span]) -> list[Span]:
        """Join neighbouring place entities that together make one known name ("Burkina" +
        "Faso"; "the Democratic Republic" + "of the" + "Congo"; "Jammu" + "and" + "Kashmir", a
        single state whose halves the tagger reads as two places)."""
        joined: list[Span] = []
        for ent in ents:
            gap = ent.doc[joined[-1].end:ent.start] if joined else None
            if gap is not None and all(t.lower_ in JOINING_WORDS for t in gap) and len(gap) <= 2 \
                    and self.gazetteer is not None:
                both = ent.doc[joined[-1].start:ent.end]
                name = both[1:] if both[0].lower_ == "the" and len(both) > 1 else both
                if self.gazetteer.is_known(name.text):
                    joined[-1] = Span(ent.doc, both.start, both.end, label=joined[-1].label_)
                    continue
            joined.append(ent)
        return joined

    def _relabelled(self, doc: Doc) -> list[Span]:
        """Organisation or person entities that are really places: the whole name is in the
        gazetteer, is no common English word, and sits where places sit ("shelled Kafr Nabl
        and Khan Sheikhoun", "in Idlib")."""
        if self.gazetteer is None:
            return []
        found = []
        for ent in doc_ents(doc):
            if ent.label_ not in RELABEL_LABELS:
                continue
            if ent.label_ in NAME_ONLY_LABELS and not (all(t.is_title for t in ent) and ent.root.pos_ == "PROPN"):
                continue  # "Manbij" tagged PRODUCT, a proper name; never a product described in words
            if ent.label_ == "NORP" and (self.adjective_target(ent.text) or ent[-1].tag_ in {"NNS", "NNPS"}):
                continue  # a demonym ("Syrian", "Syrians"): see _adjectives
            if ent.label_ == "ORG" and (all(t.is_title or t.is_punct for t in ent) or self._country_abbreviation(
                    ent.text.removeprefix("the "))) and self._major_place(ent.text, METONYM_MIN_POPULATION, ent):
                found.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Ottawa planned ..."
                continue
            if ent.label_ == "ORG" and (unit := self._unit_in_locative_slot(ent)) is not None:
                found.append(unit)  # "in Ado Local Government Area", though "ado" is a word
                continue
            named_as_place = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
                and doc[ent.start - 2].lower_ in SETTLEMENT_WORDS  # "the town of Tarhouna"
            if self._is_common_phrase(ent) and not self._major_place(ent.text, COMMON_WORD_MIN_POPULATION) \
                    and not ((named_as_place or self._place_only_slot(ent))
                             and not any(t.lower_ in self.non_noun_words for t in ent)):
                continue  # WordNet lists "Aleppo", "Paris" and "Reims" too: big places, and nouns after "in"
                # or "the city of", pass
            root = ent.root
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            slot = before in LOCATIVE_WORDS or root.dep_ in {"conj", "dobj", "pobj"} and (
                root.head.pos_ in {"VERB", "PROPN"} or root.head.lower_ in LOCATIVE_WORDS) or _struck_on(root) \
                or _stretch_end(root)
            named_as_place = named_as_place or ent.end < len(doc) and doc[ent.end].lower_ in SETTLEMENT_WORDS \
                and root.dep_ in {"compound", "amod"} and self.gazetteer.is_known(ent.text)  # "on Khanasir town"
            if named_as_place or slot and self.gazetteer.is_known(ent.text) or self._unit_in_place_slot(ent):
                found.append(Span(doc, ent.start, ent.end, label="GPE"))
            elif ent.label_ == "ORG" and (unit := self._named_unit(ent)) is not None:
                found.append(unit)
        return found

    @staticmethod
    def _unit_in_place_slot(ent: Span) -> bool:
        """ "in the X district", "near the X county": a name the NER took for a person, heading
        the noun of an administrative unit where only a place can stand. A place, known or not
        by this spelling (the resolver, with the article's countries, may still find it)."""
        doc = ent.doc
        if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].lower_ not in ADMIN2_WORDS \
                or ent.root.dep_ != "compound" or ent.root.head.i != ent.end:
            return False
        unit = doc[ent.end]
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
        return start > 0 and doc[start - 1].lower_ in PLACE_ONLY_PREPOSITIONS and unit.dep_ == "pobj"

    @staticmethod
    def _place_only_slot(ent: Span) -> bool:
        """The name sits where only a place can: after "in", "near", "outside", "into", "from" or
        "towards", or as the landmark of a direction or a distance ("north of X", "5 km from X",
        "an hour's drive from X"), but not as an owner ("from X's ranks"). A name that is also an
        English noun passes there."""
        doc = ent.doc
        if ent.start == 0 or ent.end < len(doc) and doc[ent.end].tag_ == "POS":
            return False  # "fighters from X's army": an owner, a group as well as a place
        before = doc[ent.start - 1].lower_
        if before in PLACE_ONLY_PREPOSITIONS:
            return True
        if before in {"of", "from"} and ent.start >= 2:
            cues = load_cues()
            return doc[ent.start - 2].lower_ in cues.direction_words | cues.distance_words
        return False

    def _unit_in_locative_slot(self, ent: Span) -> Span | None:
        """A named unit (:meth:`_named_unit`) after "in", "at", "near" ...: the unit words say it
        is a place, so a name that is also an English word ("Ado", "Song") or the adjective
        "Local" of "Local Government Area" does not make it a common phrase."""
        unit = self._named_unit(ent)
        if unit is None:
            return None
        start = unit.start - 1 if unit.start > 0 and ent.doc[unit.start - 1].lower_ == "the" else unit.start
        return unit if start > 0 and ent.doc[start - 1].lower_ in LOCATIVE_WORDS - {"of"} else None

    def _named_unit(self, ent: Span) -> Span | None:
        """An administrative unit the NER took for an organisation: "the Igabi Local Government
        Area of", "the Djugu Territory": a name the gazetteer knows followed by a unit word.
        Returns the unit's span without "the" and "of"."""
        start, end = ent.start, ent.end
        doc = ent.doc
        if doc[start].lower_ == "the":
            start += 1
        of = next((t.i for t in doc[start + 1:end] if t.lower_ == "of"), None)
        if of is not None:  # "the X Local Government Area of Y State": the NER ran on past the unit
            end = of
        words = [t.lower_ for t in doc[start:end]]
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[-size:]) in self.stop["unit_endings"]:
                name = doc[start:end - size]
                if all(t.is_title or t.is_punct for t in name) and self.gazetteer.is_known(name.text) \
                        and not (end < ent.end - 1 and self._country_or_admin1(name.text)):
                    return Span(doc, start, end, label="GPE")  # never "the U.S. Department of State"
                return None
        return None

    def _embedded(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Places inside organisation names: "Environment Canada", "Kentucky State Police",
        "Dublin City Council", "U.S. House of Representatives". Only countries, admin1 units
        and sizeable towns, the longest name first."""
        if self.gazetteer is None:
            return []
        found: list[Span] = []
        for ent in doc_ents(doc):
            if ent.label_ == "ORG" and any(t.text in _union_names() for t in ent) and not any(
                    j in taken for j in range(ent.start, ent.end)):
                # a union of states named in or as the organisation: "the EU", "EU Aviation Strategy"
                found += [Span(doc, t.i, t.i + 1, label="EMB") for t in ent if t.text in _union_names()]
                continue
            if ent.label_ != "ORG" or len(ent) < 2:
                continue
            i = ent.start
            while i < ent.end:
                hit = None
                for stop in range(min(ent.end, i + 3), i, -1):
                    sub = doc[i:stop]
                    if sub.start == ent.start and sub.end == ent.end or any(j in taken for j in range(i, stop)):
                        continue
                    if not all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in sub) \
                            or self.adjective_target(sub.text):
                        continue
                    if i > ent.start and doc[i - 1].lower_ in self.stop["org_prefixes"]:
                        continue  # "United Russia": a party, not Russia
                    if self._major_place(sub.text, EMBEDDED_MIN_POPULATION, sub) or self._named_county(sub):
                        hit = Span(doc, i, stop, label="EMB")
                        break
                if hit is not None:
                    found.append(hit)
                    i = hit.end
                else:
                    i += 1
        return found

    def _ethnic_compound(self, doc: Doc, start: int, end: int) -> bool:
        """The adjective is hyphen-joined to another demonym ("African-American")."""
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" \
                and self.adjective_target(doc[start - 2].text):
            return True
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].whitespace_ == "" \
            and doc[end + 1].is_title and self.adjective_target(doc[end + 1].text) is not None

    @staticmethod
    def _same_name_elsewhere(doc: Doc, places: list[Span]) -> list[Span]:
        """Person entities that repeat, word for word, a name the article reads as a place
        elsewhere: the NER often tags a town a person in one sentence and a place in
        the next; one name keeps one sense within an article (names of people named in full
        or with a title are dropped afterwards, see ``_not_a_place``)."""
        names = {p.text for p in places if p.label_ in {"GPE", "LOC", "GAZ"}}
        taken = {i for e in places for i in range(e.start, e.end)}
        return [Span(doc, ent.start, ent.end, label="GPE") for ent in doc_ents(doc)
                if ent.label_ == "PERSON" and ent.text in names
                and not any(i in taken for i in range(ent.start, ent.end))]

    def _datelines(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Upper-case dateline cities the NER misses ("INNISFAIL - Nine-year-old ...", "BEIRUT —",
        "COLUMBIA, Ky. (WBKO) -"): at the start of a line, one to three upper-case words the
        gazetteer knows, then a comma or a dash. (The extractor never takes a dateline city for
        an event's place: see ``sitrep.nlp.arguments.in_dateline``.)"""
        if self.gazetteer is None:
            return []
        found: list[Span] = []
        prev = None
        for i, tok in enumerate(doc):
            line_start = prev is None or "\n" in prev.text or "\n" in prev.whitespace_ or prev.is_space
            prev = tok
            if not line_start:
                continue
            end = i
            while end < len(doc) and end - i < 3 and doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 1:
                end += 1
            if end == i or end >= len(doc) or doc[end].text not in {",", "-", "—", "–", "--"}:
                continue
            if any(j in taken for j in range(i, end)) or len(doc[i:end].text) < 3:
                continue
            if self.gazetteer.is_known(doc[i:end].text.title()):
                found.append(Span(doc, i, end, label="GPE"))
        return found

    def _slot_rescues(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Towns passed over because their name is an English word ("in Hit", "the outskirts of
        Tyre", "the town of Tame") or because the NER took it for a date ("north of Bara"): a
        name in a place-only slot (:meth:`_rescue_slot`) of a sentence telling an act
        (:func:`tells_an_act`), which the gazetteer knows as a town or district of a country the
        article names (:meth:`_named_countries`). Nothing else vouches for the name, so both the
        slot and the country must."""
        if self.gazetteer is None or not hasattr(self.gazetteer, "lookup"):
            return []
        found: list[Span] = []
        countries: frozenset[str] | None = None
        for i in range(1, len(doc)):
            if i in taken or not doc[i].is_title or not self._rescue_slot(doc, i):
                continue
            end = i
            while end < len(doc) and end - i < MAX_NAME_TOKENS - 1 and doc[end].is_title and end not in taken:
                end += 1
            for stop in range(end, i, -1):
                name = doc[i:stop]
                if not self._rescuable(name):
                    continue
                if countries is None:
                    countries = self._named_countries(doc)
                if any(e.country in countries for e in self.gazetteer.lookup(name.text, kinds=("city", "admin2"))):
                    found.append(Span(doc, i, stop, label="GPE"))
                    break
        return found

    def _rescue_slot(self, doc: Doc, i: int) -> bool:
        """Token ``i`` starts a name where only a place stands: after "in", "near", "outside" ...
        or after "of" following a settlement word, the edge of one ("the outskirts of") or a
        direction ("north of"); in a sentence that tells an act."""
        before = doc[i - 1].lower_
        if before == "of" and i >= 2:
            cues = load_cues()
            slot = doc[i - 2].lower_ in SETTLEMENT_WORDS | self.stop["edge_nouns"] | cues.direction_words
        else:
            slot = before in PLACE_ONLY_PREPOSITIONS
        return slot and tells_an_act(doc[i].sent, i)

    def _rescuable(self, name: Span) -> bool:
        """A title-case name that is no other entity's part (a whole date, person or organisation
        entity, or none), no owner ("in X's army"), no month or weekday, no number."""
        doc = name.doc
        if any(not t.is_alpha or t.lower_ in _CALENDAR_WORDS for t in name):
            return False
        if name.end < len(doc) and (doc[name.end].tag_ == "POS" or doc[name.end].ent_iob_ == "I"):
            return False
        labels = {t.ent_type_ for t in name}
        if len(labels) > 1 or not labels <= {"", "DATE", "ORG", "PERSON"}:
            return False
        return not name[0].ent_type_ or name[0].ent_iob_ == "B"

    def _named_countries(self, doc: Doc) -> frozenset[str]:
        """The countries the article names: by name or demonym, or by a first-level unit of theirs."""
        found: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ == "NORP":
                target = self.adjective_target(ent.text)
                if target and len(target) == 2:
                    found.add(target)
            elif ent.label_ in PLACE_LABELS:
                text = ent.text.removeprefix("the ")
                hit = self.gazetteer.country(text) if hasattr(self.gazetteer, "country") else None
                if hit is not None and hit.country:
                    found.add(hit.country)
                found.update(e.country for e in self.gazetteer.lookup(text, kinds=("admin1",)) if e.country)
        return frozenset(found)

    def _adjectives(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Demonyms and adjectival toponyms used as modifiers or adjectives ("Syrian troops",
        "a Russian-made jet", "European leaders"); not plural nouns ("Syrians" are people)."""
        found: list[Span] = []
        titled = [t.is_title and i not in taken for i, t in enumerate(doc)]  # checked once per token
        i = 0
        while i < len(doc):
            hit = None
            if not titled[i]:
                i += 1
                continue
            for stop in range(min(len(doc), i + 3), i, -1):
                if not all(titled[i:stop]):
                    continue
                last = doc[stop - 1]
                if last.tag_ in {"NNS", "NNPS"} or last.ent_type_ in {"PERSON", "WORK_OF_ART", "LAW"}:
                    continue
                if self._ethnic_compound(doc, i, stop):
                    continue  # "African-American", "Mexican-American": a people
                target = self.adjective_target(doc[i:stop].text)
                if target:
                    hit = Span(doc, i, stop, label="ADJ", kb_id=target)
                    break
            if hit is not None:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in doc_ents(doc) if e.label_ in PLACE_LABELS] + self._relabelled(doc)
        ents = self._join_split_names(sorted(ents, key=lambda e: e.start))
        ents = [self._extend(doc, e) for e in ents]
        ents = [part for e in ents for part in self._route_ends(e) or (e,)]
        taken = {i for e in ents for i in range(e.start, e.end)}
        places = ents + self._gazetteer_spans(doc, taken)
        places += self._appositive_settlements(doc, {i for e in places for i in range(e.start, e.end)})
        places += self._datelines(doc, {i for e in places for i in range(e.start, e.end)})
        places += self._slot_rescues(doc, {i for e in places for i in range(e.start, e.end)})
        places += self._same_name_elsewhere(doc, places)
        taken = {i for e in places for i in range(e.start, e.end)}
        self._attested = {p.text for p in places}
        embedded = self._embedded(doc, taken)
        self._attested = set()
        self._entity_texts = None
        people = self._people(doc) - {p.text for p in places if self._named_as_place(p, places)}
        places = [p for p in places if not self._not_a_place(p, people)
                  and not (p.label_ == "GAZ" and self.adjective_target(p.text))]
        embedded = [p for p in embedded if not self._not_a_place(p, people)]
        seats = [p for p in places if self._organisation_seat(p)]
        places = [p for p in places if not self._organisation_seat(p)]
        embedded += [Span(doc, p.start, p.end, label="EMB") for p in seats]
        taken = {i for e in places + embedded for i in range(e.start, e.end)}
        doc.spans["places"] = sorted(places, key=lambda s: s.start)
        doc.spans["place_embedded"] = embedded
        doc.spans["place_adjectives"] = self._adjectives(doc, taken)
        return doc


def _name_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen written tight between two capitalised words of one name ("Centre-Nord",
    "Hauts-Bassins"): the tokenizer splits it off, but the name goes on across it."""
    return doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
        and doc[k - 1].is_title and doc[k + 1].is_title


@lru_cache(maxsize=1)
def _act_words() -> frozenset[str]:
    """Lemmas of acts: the codebook's one-word triggers ("attack", "clashes", "detain"), the
    killing and strike words of ``cues.json`` ("kill", "wound", "shell", "hit") and
    ``place_stopwords.json``'s ``act_words`` ("arrest")."""
    from sitrep.nlp.codebook import load_codebook

    cues = load_cues()
    alone = frozenset(w for entry in load_codebook().entries for phrase in entry.phrases if " " not in phrase
                      for w in phrase.split("|") if w.isalpha())
    return alone | cues.killing_verbs | cues.strike_on_words | cues.state_strike_verbs | load_stopwords()["act_words"]


def tells_an_act(sent: Span, besides: int) -> bool:
    """The sentence holds an act's word (:func:`_act_words`) other than the name at token
    ``besides`` ("in Hit": the town, not the verb)."""
    words = _act_words()
    return any(t.i != besides and (t.lemma_.lower() in words or t.lower_ in words) for t in sent)


@lru_cache(maxsize=1)
def _union_names() -> frozenset[str]:
    """One-word names of the unions of states in ``areas.tsv`` as written ("EU", "E.U.")."""
    return frozenset(n for a in load_areas() if a.kind == "union" for n in (a.name, *a.aliases) if " " not in n)


NAME = "sitrep_places_v1"


@Language.factory(NAME, requires=["doc.ents", "token.pos"], assigns=["doc.spans"])
def make_place_tagger(nlp: Language, name: str) -> PlaceTagger:
    from sitrep.geo.gazetteer import Gazetteer

    return PlaceTagger(Gazetteer(), english_words(nlp), non_noun_words=non_noun_words(nlp))


def under_span_preposition(token: Token) -> bool:
    """``token`` is the object of a preposition that spans two places ("between", ``cues.json``:
    ``span_prepositions``): the first end of a stretch when a second name is coordinated to it."""
    return token.dep_ == "pobj" and token.head.lower_ in load_cues().span_prepositions


def _stretch_end(root: Token) -> bool:
    """The first of two names coordinated under "between" ("on the road between X and Y"): the
    ends of a stretch are places, like the second name, which the parse already hangs on the
    first. A name alone under "between" is no such end."""
    return under_span_preposition(root) and any(child.dep_ == "conj" for child in root.children)
