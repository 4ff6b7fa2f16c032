"""Who an article says did it: a named armed group that any sentence of the article holds
responsible ("X claimed responsibility", "attributed to X", "suspected X fighters", "blamed on
X"). An event whose own sentences name no perpetrator, or only gunmen, takes that group: the
gold codes an attack by the group the text attributes it to (NOTES.md, actors).

The words are data (``nlp/data/actor_roles.json``: ``attribution``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sitrep.events.anaphora import qualifier_follows
from sitrep.events.mention import EventMention, Flag
from sitrep.nlp.arguments import context_only
from sitrep.nlp.dates import DatesMissingError, date_mentions
from sitrep.model import Actor, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.nlp.actors import ActorDictionary, ActorMention

#: How many words above a group's mention an attribution word may stand ("claimed" <- "responsibility").
REACH = 3
#: The fewest letters of a lemma that begins another for the two to name one act ("kill": "killing").
STEM = 4


@dataclass(frozen=True, slots=True)
class AttributionCues:
    lemmas: frozenset[str]
    denials: frozenset[str]
    types: frozenset[str]
    event_types: frozenset[str]
    pass_through: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_attribution_cues() -> AttributionCues:
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/actor_roles.json").read_text(encoding="utf-8"))
    spec = raw["attribution"]
    return AttributionCues(*(frozenset(spec[k]) for k in ("lemmas", "denials", "types", "event_types", "pass_through")))


def _near_words(head: Token) -> list[Token]:
    """The words above the mention (up to ``REACH``, not counting pass-through words such as
    "members of": "described the attackers as members of X") and their other dependents."""
    passing = load_attribution_cues().pass_through
    out: list[Token] = list(head.children)
    tok, steps = head, 0
    while steps < REACH and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
        out.extend(c for c in tok.children if c.i != head.i)
        if tok.lemma_.lower() not in passing and not (tok.lower_ == "of" and tok.head.lemma_.lower() in passing):
            steps += 1
    return out


def attributed(doc: Doc, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The named non-state group the article holds responsible most often (first on ties), or None.
    A name that only qualifies another group ("X-linked militants whom the government blames") is
    not the one blamed."""
    cues = load_attribution_cues()
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for m in mentions:
        if m.generic or m.actor.type not in cues.types:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or qualifier_follows(span) or context_only(m, doc):
            continue  # "X-linked militants", "the violence pinned on X": not this act's author
        near = _near_words(span.root) + [t for t in span if t.i != span.root.i]
        lemmas = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
        if lemmas & cues.lemmas and not lemmas & cues.denials:
            counts[m.actor.name] += 1
            first.setdefault(m.actor.name, m)
    if not counts:
        return None
    return first[max(counts, key=lambda n: counts[n])]  # max keeps the earliest of equal counts


def generic_actor(actor: Actor, actors: ActorDictionary) -> bool:
    """The actor is what a generic word of its kind names ("militants", "the rebels"), not a
    group the text names (nor one a generic word was read as by anaphora: its name differs)."""
    if not actor.mention:
        return False
    found = actors.find(actor.mention, country=actor.country)
    return bool(found) and all(m.generic for m in found) \
        and actors.normalise(actor.mention, country=actor.country).name == actor.name


def _described_only(actor: Actor | None, group: ActorMention, actors: ActorDictionary | None) -> bool:
    """The perpetrator the sentences give is no one, gunmen or attackers (type ``unknown``), or
    only a generic word of the attributed group's own kind ("jihadist fighters", "militants",
    "rebels" where the article says JNIM claimed the attack)."""
    if actor is None or actor.type == "unknown":
        return True
    return actors is not None and actor.type == group.actor.type and generic_actor(actor, actors)


def perpetrators_by_attribution(mentions: list[EventMention], group: ActorMention | None,
                                actors: ActorDictionary | None = None) -> None:
    """Violence whose perpetrator the sentences leave unnamed, call only gunmen or attackers
    (type ``unknown``) or, given ``actors``, describe only by a generic word of the group's kind
    was done by the group the article attributes it to, unless it is told as a separate incident
    ("separately", "in another attack")."""
    if group is None:
        return
    cues = load_attribution_cues()
    owners = _told_in(group, mentions)
    for mention in mentions:
        a1 = mention.actor1
        if mention.event_type not in cues.event_types or not _described_only(a1, group, actors):
            continue
        if Flag.TOLD_SEPARATELY in mention.flags:
            continue  # "in a separate attack, gunmen ...": not the act the article lays at the group's door
        if mention.actor2 is not None and mention.actor2.name == group.actor.name:
            continue
        if owners and all(owner is not mention and _apart(mention, owner) and not _names_place_of(told, mention)
                          for owner, told in owners):
            continue  # blamed for another act of a roundup ("Elsewhere, gunmen killed...")
        mention.actor1 = group.actor
        mention.actor1_evidence = Evidence(group.start_char, group.end_char, group.text)
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _told_in(group: ActorMention, mentions: Sequence[EventMention]) -> list[tuple[EventMention, Evidence]]:
    """The events whose own sentences hold the blaming words ("a bomb blamed on X killed 12 in
    A last month"), each with that sentence: the group is named as the author of those acts."""
    def holds(ev: Evidence) -> bool:
        return ev.start_char <= group.start_char and group.end_char <= ev.end_char
    out: list[tuple[EventMention, Evidence]] = []
    for m in mentions:
        if m.anaphoric:
            continue
        told = next((e for e in (m.sentence, *m.evidence) if holds(e)), None)
        if told is not None:
            out.append((m, told))
    return out


def names_place_in(told: Evidence, place: Evidence) -> bool:
    """A sentence names a place: the place's words lie inside it, or its name stands in it as
    whole words ("Bor" is named in "in Bor town", not in "Borno")."""
    if told.start_char <= place.start_char and place.end_char <= told.end_char:
        return True
    name = place.text.strip(" .,;:'\"").lower()
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", told.text.lower()) is not None


def _names_place_of(told: Evidence, mention: EventMention) -> bool:
    """The blaming sentence names the event's own place too ("blasts at A and at B blamed on X")."""
    ev = mention.location_evidence
    return ev is not None and names_place_in(told, ev)


def _apart(mention: EventMention, other: EventMention) -> bool:
    """Two events that their own words place apart: another place (days of one episode at one
    place share their author)."""
    a, b = mention.location, other.location
    return (a is not None and b is not None and mention.location_evidence is not None
            and other.location_evidence is not None and a.name != b.name)


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """The words of ``claims`` in ``actor_roles.json``: claiming words, act nouns and the event
    types they can be, and the words that cancel a claim (``denials``, shared with
    ``attribution``), hedge it (``hedges``) or need an act noun to claim (``need_act``)."""

    verbs: frozenset[str]
    speech_verbs: frozenset[str]
    own_subjects: frozenset[str]
    act_nouns: dict[str, frozenset[str]]
    event_types: frozenset[str]
    denials: frozenset[str]
    act_preps: frozenset[str]
    plain_acts: frozenset[str]
    definite: frozenset[str]
    hedges: frozenset[str] = frozenset()
    need_act: frozenset[str] = frozenset()
    elsewhere_labels: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_claim_cues() -> ClaimCues:
    """The ``claims`` cues of ``actor_roles.json``: the words by which a sentence lays one act at
    a named group's door, and those that cancel or hedge it (see its ``about``)."""
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/actor_roles.json").read_text(encoding="utf-8"))
    spec = raw["claims"]
    return ClaimCues(frozenset(spec["verbs"]), frozenset(spec["speech_verbs"]), frozenset(spec["own_subjects"]),
                     {k: frozenset(v) for k, v in spec["act_nouns"].items()}, frozenset(spec["event_types"]),
                     frozenset(spec.get("denials", raw["attribution"]["denials"])), frozenset(spec["act_preps"]), frozenset(spec["plain_acts"]),
                     frozenset(spec["definite"]), frozenset(spec.get("hedges", ())),
                     frozenset(spec.get("need_act", ())), frozenset(spec.get("elsewhere_labels", ())))


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence laying one act at a named group's door: the group, the sentence, the event
    types the act it names can be and the lemmas of its act phrase ("the ambush on the convoy")."""

    group: ActorMention
    start_char: int
    end_char: int
    text: str
    event_types: frozenset[str]
    act_words: frozenset[str] = frozenset()
    #: The places and times the claim's words name (outside the group's name): a bare claim names none.
    elsewhere: tuple[Evidence, ...] = ()
    #: The days the claim's sentence dates (ISO): an act told before none of them is another act.
    days: tuple[str, ...] = ()


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


#: The links a group's mention climbs to its claiming word ("X claimed", "blamed on X", "the work of X").
_CLAIM_PATH = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "appos", "attr", "acomp", "compound"})


def _claim_word(head: Token, cues: ClaimCues) -> Token | None:
    """The claiming word above the group's mention, up to ``REACH`` words ("X claimed",
    "blamed on X", "the work of X", "carried out by X"), or beside the verb above it ("X was
    responsible"); a group telling of its own act ("X said its fighters carried out the raid")
    claims through the verb its speech reports."""
    tok = head
    for _ in range(REACH):
        if tok.head.i == tok.i or tok.dep_ not in _CLAIM_PATH:
            return None  # "no group claimed it, but the area is a stronghold of X": X is not the claimant
        tok = tok.head
        if _lemma(tok) in cues.verbs:
            return tok
        beside = next((c for c in tok.children if c.dep_ in {"acomp", "attr"} and _lemma(c) in cues.verbs), None)
        if beside is not None and head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == tok.i:
            return beside
        if _lemma(tok) in cues.speech_verbs and head.head.i == tok.i and head.dep_ == "nsubj":
            return next((c for c in tok.children if c.dep_ == "ccomp" and _lemma(c) in cues.verbs
                         and _own_subject(c, cues)), None)
    return None


def _own_subject(verb: Token, cues: ClaimCues) -> bool:
    """The reported verb's subject is the speaking group itself ("it", "its fighters")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and (subj.lower_ in cues.own_subjects or _lemma(subj) in cues.own_subjects
                                 and any(c.lower_ in cues.own_subjects for c in subj.children))


def _act_words(word: Token, group: Span) -> list[Token]:
    """The words that may name the act claimed: the claiming word's objects and subjects, the
    objects of its prepositions ("responsibility for the attack", "blamed the raid on X"), and
    the subject of the verb it completes ("the blast was the work of X")."""
    near: list[Token] = []
    for c in word.children:
        near.append(c)
        for g in c.children:
            if c.dep_ in {"prep", "agent", "dobj"} or g.dep_ == "prep":
                near.append(g)
                near.extend(h for h in g.children if h.dep_ == "pobj")
    if word.dep_ in {"attr", "acomp"}:
        near.extend(c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return [t for t in near if not (group.start <= t.i < group.end)]


def _claim(group: ActorMention, doc: Doc, cues: ClaimCues, types: frozenset[str]) -> Claim | None:
    """The claim the group's mention stands in, or None: a claiming word above it, no denial
    ("denied carrying out", "no group claimed"), and an act it names, or none named where the
    words need none ("X claimed responsibility", "residents blamed X")."""
    if group.generic or group.actor.type not in types:
        return None
    span = doc.char_span(group.start_char, group.end_char, alignment_mode="expand")
    if span is None or qualifier_follows(span) or context_only(group, doc):
        return None
    word = _claim_word(span.root, cues)
    if word is None:
        return None
    around = [word, word.head, *word.children, *span.root.children,
              *(g for c in word.children if c.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    if any(_lemma(t) in cues.denials or t.lower_ in cues.denials for t in around):
        return None
    if _negated_path(span.root, word) or _hedged(word, cues):
        return None  # "X was not responsible for", "could not rule out that X was behind"
    acts = [t for t in _act_words(word, span) if _lemma(t) in cues.act_nouns]
    if acts and not _one_act(acts[0], cues):
        return None  # "X has carried out some of the deadliest attacks", "X claimed attacks": a record, not one act
    if acts:
        kinds = cues.act_nouns[_lemma(acts[0])] or cues.event_types
    elif any(c.dep_ == "dobj" and _lemma(c) not in cues.verbs and not (span.start <= c.i < span.end)
             for c in word.children) or _lemma(word) in cues.need_act:
        return None  # "the rebellion claimed thousands of lives", "carried out a census": no act claimed
    else:
        kinds = cues.event_types
    phrase = [*acts[0].subtree] if acts else []
    phrase += [t for c in word.children if c.dep_ == "prep" and c.lower_ in cues.act_preps for t in c.subtree]
    words = frozenset(_lemma(t) for t in phrase if t.pos_ in {"NOUN", "PROPN"} and not span.start <= t.i < span.end)
    sent = span.root.sent
    return Claim(group, sent.start_char, sent.end_char, sent.text, frozenset(kinds), words,
                 _elsewhere(sent, span, [*acts[0].subtree] if acts else [], cues), _claim_days(sent))


def _negated_path(root: Token, word: Token) -> bool:
    """A negation on any word from the group's mention up to the claiming word, or on the verb
    that word completes ("X was not responsible for the raid": the "not" hangs on "was")."""
    path = [root]
    tok = root
    for _ in range(REACH + 1):
        if tok.i == word.i or tok.i == word.head.i or tok.head.i == tok.i:
            break
        tok = tok.head
        path.append(tok)
    path += [word, word.head]
    return any(c.dep_ == "neg" for t in path for c in t.children)


def _hedged(word: Token, cues: ClaimCues) -> bool:
    """The claim is only a possibility: a hedging word on the claiming word or a word above it
    ("may be responsible", "could not rule out that X was behind", "whether X carried out")."""
    for tok in (word, *word.ancestors):
        if _lemma(tok) in cues.hedges:
            return True
        for c in tok.children:
            if c.dep_ in {"aux", "advmod", "mark", "prt"} and (c.lower_ in cues.hedges or _lemma(c) in cues.hedges):
                return True
            if c.dep_ == "prt" and f"{_lemma(tok)} {c.lower_}" in cues.hedges:
                return True
    return False


def _elsewhere(sent: Span, group: Span, act: list[Token], cues: ClaimCues) -> tuple[Evidence, ...]:
    """The places the claim's sentence names and the times its act noun's phrase names, outside
    the group's own name ("claimed the attack in A", "the raid of last year"; not "on Tuesday X
    claimed"): a claim naming them is about an act there or then, not the nearest act told
    before it."""
    inside = {t.i for t in act}
    out = []
    for ent in sent.ents:
        if ent.start < group.end and group.start < ent.end or ent.label_ not in cues.elsewhere_labels:
            continue
        if ent.label_ == "DATE" and not any(t.i in inside for t in ent):
            continue  # "on Tuesday X claimed": when the claim was made
        out.append(Evidence(ent.start_char, ent.end_char, ent.text))
    return tuple(out)


def _claim_days(sent: Span) -> tuple[str, ...]:
    """The days (ISO) the claim's sentence dates, other than its dateline: a claimed act dated
    before an event is another act ("claimed that ambush last year")."""
    try:
        return tuple(d.date for d in date_mentions(sent) if not d.dateline and not d.relative and d.date)
    except DatesMissingError:  # a Doc read without the dates component: no days
        return ()


def _one_act(act: Token, cues: ClaimCues) -> bool:
    """The act noun names one known act ("the raid", "that attack", "both attacks"), not a
    group's record ("attacks", "some of the attacks")."""
    return any(c.dep_ in {"det", "poss", "predet"} and c.lower_ in cues.definite for c in act.children) \
        and not (act.dep_ == "pobj" and act.head.lower_ == "of")


def _same_word(a: str, b: str) -> bool:
    """Two lemmas name one act when one begins the other ("killing" and "kill", "bombing" and
    "bomb"), neither shorter than ``STEM`` letters."""
    return a == b or min(len(a), len(b)) >= STEM and (a.startswith(b) or b.startswith(a))


def _names_act(claim: Claim, mention: EventMention, doc: Doc) -> bool:
    """The claim's act phrase shares a word with the event's own sentence ("claimed the
    assault on the checkpoint" for the event told as "attacked a checkpoint"; "claimed the
    killings" for "gunmen killed seven"), beyond the words that tell no act apart ("attack")."""
    words = claim.act_words - load_claim_cues().plain_acts
    sent = doc.char_span(mention.sentence.start_char, mention.sentence.end_char, alignment_mode="expand")
    if not words or sent is None:
        return False
    told = {_lemma(t) for t in sent if t.pos_ in {"NOUN", "PROPN", "VERB"}}
    return any(_same_word(w, t) for w in words for t in told)


def _names_place(claim: Claim, mention: EventMention) -> bool:
    """The claim names the event's own place ("claimed the attack on the camp at A")."""
    ev = mention.location_evidence
    if ev is None or len(ev.text) < 3 or not ev.text[:1].isupper():
        return False  # a name, not "the station"
    return names_place_in(Evidence(claim.start_char, claim.end_char, claim.text), ev)


def _last_told_before(mention: EventMention, claim: Claim) -> int | None:
    """Where the event was last told before the claim's sentence, or in it where that sentence
    is the event's own (None: told only after it). A later sentence in the event's evidence (the
    claim itself, lent to it as its actor's evidence) does not count."""
    starts = [e.start_char for e in mention.evidence if e.start_char < claim.start_char]
    if mention.sentence.start_char <= claim.start_char:
        starts.append(mention.sentence.start_char)
    return max(starts) if starts else None


def _shares(mention: EventMention, named: Evidence) -> bool:
    """The event has the place or time a claim names: its own place or date words are those words
    (or inside them), or its sentence names them too."""
    for ev in (mention.location_evidence, mention.date_evidence):
        if ev is not None and (names_place_in(named, ev) or names_place_in(ev, named)):
            return True
    return names_place_in(mention.sentence, named)


def claimed_events(claim: Claim, mentions: Sequence[EventMention], doc: Doc,
                   within: Callable[[EventMention], bool] | None = None) -> list[EventMention]:
    """The events a claim names: those of a matching type told in its own sentence ("an attack
    blamed on X killed ..."), else those whose place it names, else the nearest told before it
    among those whose sentence shares a word with its act phrase, else among all of a matching
    type (all of those told in that one sentence). The nearest earlier act is taken only for a
    bare claim: not where the claim names a place or time the act does not share, nor for an
    act told as a separate incident, nor outside the group's reach (``within``)."""
    fit = [m for m in mentions if m.event_type in claim.event_types]
    own = [m for m in fit if m.sentence.start_char == claim.start_char]
    if own:
        return own
    placed = [m for m in fit if _names_place(claim, m)]
    if placed:
        return placed
    fit = [m for m in fit if all(_shares(m, ev) for ev in claim.elsewhere)  # "claimed the raid in B"
           and not (m.date and any(day < m.date for day in claim.days))  # "claimed that raid last year"
           and Flag.TOLD_SEPARATELY not in m.flags  # "in a separate attack": not the one claimed
           and (within is None or within(m))]
    named = [m for m in fit if _names_act(claim, m, doc) and _last_told_before(m, claim) is not None]
    told = [(pos, m) for m in (named or fit) if (pos := _last_told_before(m, claim)) is not None]
    if not told:
        return []
    last = max(pos for pos, _ in told)
    return [m for pos, m in told if pos == last]


def _placeholder(actor: Actor | None, actors: ActorDictionary | None) -> bool:
    """No perpetrator, an unidentified one, or only a generic word for a non-state group
    ("militants", "rebels"; not "the army": a generic word for state forces names them)."""
    return actor is None or actor.type == "unknown" or actors is not None \
        and actor.type in load_attribution_cues().types and generic_actor(actor, actors)


def _within_reach(group: Actor, mention: EventMention, actors: ActorDictionary | None) -> bool:
    """The group may have done an act in the event's country: its home country, a country its
    dictionary entry is limited to, or one of the home country's ACLED region (JNIM of Mali in
    Burkina Faso; not Al Shabaab in Nigeria). Unknown countries fit."""
    event = mention.location.country if mention.location is not None else None
    home = group.country
    if event is None or home is None or event.upper() == home.upper():
        return True
    entry = next((e for e in actors.entries if e.name == group.name), None) if actors is not None else None
    if entry is not None and entry.only_in is not None:
        return event.upper() in entry.only_in
    return _region(home) is not None and _region(home) == _region(event)


def _region(code: str) -> str | None:
    """The ACLED region of a country (ISO-2)."""
    from sitrep.dataset.countries import country

    found = country(code)
    return found.acled_region if found is not None else None


def perpetrators_by_claims(doc: Doc, mentions: list[EventMention], named: Sequence[ActorMention],
                           actors: ActorDictionary | None = None) -> None:
    """Each claim or blame sentence gives its group to the one act it names (see
    :func:`claimed_events`), where that event's perpetrator is unnamed or only a generic word: a
    group claims one act, not every act of the article (``claims`` in ``actor_roles.json``)."""
    cues = load_claim_cues()
    types = load_attribution_cues().types
    for group in named:
        claim = _claim(group, doc, cues, types)
        if claim is None:
            continue
        for mention in claimed_events(claim, mentions, doc, lambda m, g=group.actor: _within_reach(g, m, actors)):
            if not _placeholder(mention.actor1, actors):
                continue
            if mention.actor2 is not None and mention.actor2.name == group.actor.name:
                continue
            mention.actor1 = group.actor
            mention.actor1_evidence = Evidence(group.start_char, group.end_char, group.text)
            mention.flags.discard(Flag.ACTOR1_UNNAMED)
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)
