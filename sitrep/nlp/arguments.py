"""Argument linking: which place, date, actors and sources belong to a trigger.

Each function looks at one sentence and the trigger inside it, uses the dependency parse where
it helps (subject vs object, "by" agents, speech verbs) and falls back to distance in tokens.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.model import Actor, Evidence
from sitrep.nlp.actors import ActorMention
from sitrep.nlp.cues import load_cues
from sitrep.nlp.triggers import sentence_annotation, sentences_with_triggers
from sitrep.nlp.sentences import doc_text, group_tokens, per_span, sentence_words, span_text

PRECISION_RANK = {"town": 0, "region": 1, "admin1": 2, "country": 3}
PATIENT_PREPS = frozenset({"on", "against", "targeting", "at", "into", "over"})
#: Prepositions that place the act by a thing ("a bomb went off outside a police academy"): what
#: they introduce is where the act was aimed, never who did it.
LOCATIVE_PREPS = frozenset({"outside", "near", "inside", "beside", "opposite"})


EDGE_JUNK = " \t\r\n,;:-–—"


def evidence_of(span: Span) -> Evidence:
    """The span's words without the whitespace and dangling punctuation at its edges."""
    text = span_text(span)
    left = len(text) - len(text.lstrip(EDGE_JUNK))
    right = len(text.rstrip())
    if left >= right:
        return Evidence(span.start_char, span.end_char, text)
    return Evidence(span.start_char + left, span.start_char + right, text[left:right])


def token_distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def place_phrase(place: Span) -> Span:
    """Widen a place name to the words that qualify it: "southern Idlib Province", "the
    outskirts of Aleppo", "Mudiyah district" (read once per Doc and place)."""
    return per_span(place, "sitrep_place_phrases", _place_phrase)


def _place_phrase(place: Span) -> Span:
    cues = load_cues()
    doc = place.doc
    start, end = place.start, place.end
    sent = place.sent
    sent_start, sent_end = sent.start, sent.end
    if end < sent_end and doc[end].lower_ in cues.admin_words:
        end += 1
    while start > sent_start:
        prev = doc[start - 1]
        if prev.lower_ in cues.direction_words or prev.lower_ in {"of", "the"} and start - 2 >= sent_start \
                and doc[start - 2].lower_ in cues.direction_words | cues.admin_words:
            start -= 1
            continue
        if prev.lower_ in cues.admin_words and start - 2 >= sent_start and doc[start - 2].lower_ in {"of", "the"}:
            start -= 1
            continue
        if _unit_of_name(doc, start, sent_start):
            start -= 1  # "the Mexican state of X", "Y's district of X": the unit, not what describes it
        break
    if start > sent_start and doc[start - 1].lower_ in {"near", "outside"}:
        start -= 1
    return doc[start:end]


def _unit_of_name(doc, start: int, sent_start: int) -> bool:
    """Whether the phrase starting at ``start`` ("of X") follows a unit word after an adjective
    or a possessive ("the north-central state of X", "the Mexican state of X", "Y's district of
    X"): the unit word says which kind of place X is (a state, not its namesake town or
    country). A noun or name before the unit word ("the Local Government Area of X", "the
    police prefecture of X") makes X the unit's owner, not the unit."""
    return start - 2 >= sent_start and doc[start].lower_ == "of" \
        and doc[start - 1].lower_ in load_cues().admin_words and doc[start - 2].tag_ in {"JJ", "POS"}


DATELINE_MARKS = frozenset({"(", "--", "—", "–", "-", ":"})
DATELINE_DASHES = frozenset({"--", "—", "–"})


def in_dateline(span: Span) -> bool:
    """True for the city of a dateline ("SANAA, June 16 (Xinhua) --", "Bangkok, May 12 (AP)",
    "Lusaka — Police said ...", "Kitwe, Zambia —", the "ST" of "DENVER, CO, May 3"): the
    reporter's location, not the event's (read once per Doc and span)."""
    return per_span(span, "sitrep_in_dateline", _in_dateline)


def _in_dateline(span: Span) -> bool:
    if span.text.isupper() and len(span.text) > 2:
        return True
    sent = span.sent
    doc = span.doc
    if span.end >= sent.end:
        return False
    head = doc[sent.start:span.start]
    if len(head) and (head[-1].pos_ == "ADP" or head[-1].lower_ in load_cues().vicinity_prepositions):
        return False  # "Meanwhile in Gao, gunmen killed ... on Thursday": the act's place
    line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
    names_only = line_start and len(head) <= 4 and all(t.text == "," or t.tag_ in {"NNP", "NNPS"} for t in head)
    after = doc[span.end]
    if names_only and (after.text in DATELINE_DASHES or after.text == "-" and doc[span.end - 1].whitespace_):
        return True  # "Lusaka — Police said", "Kitwe, Zambia -- ..." opening a line
    capitals_only = line_start and len(head) <= 6 and all(t.is_upper or t.text == "," for t in head)
    if span.start - sent.start > 2 and not capitals_only or after.text not in {",", "("}:
        return False
    window = doc[span.end:min(span.end + 8, len(doc) if capitals_only else sent.end)]
    for tok in window:  # an upper-case dateline's date may be cut off as a sentence of its own
        if tok.text in DATELINE_MARKS or tok.ent_type_ == "DATE":
            return True
        if "\n" in tok.text_with_ws:
            return False
    return False


@dataclass(frozen=True, slots=True)
class LinkedActors:
    actor1: Actor | None
    actor2: Actor | None
    actor1_evidence: Evidence | None
    actor2_evidence: Evidence | None
    actor2_targeted: bool = False  # actor2 is what the act was aimed at, not only its casualties


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "case"})
#: Dependencies by which a nominal trigger hangs under the verb of its clause ("launched an
#: attack", "killed in an attack", "an attack wounded").
CHAIN_DEPS = frozenset({"dobj", "pobj", "prep", "agent", "nsubj", "nsubjpass", "attr", "compound", "appos", "conj"})
#: Verbs whose object is what an attack was aimed at ("a bomb targeting a security post").
TARGET_VERBS = frozenset({"target", "hit", "strike", "attack", "ambush", "storm", "raid", "bomb", "shell"})
#: Prepositions that introduce the side that acted when attached to the event ("attacks from X").
AGENT_PREPS = frozenset({"by", "from"})


def _phrase_head(token: Token) -> Token:
    """Climb from a modifier ("police" in "a police vehicle") to the head of its noun phrase."""
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _event_chain(trigger: Span) -> frozenset[int]:
    """Token ids of the trigger and of the words it hangs under up to its clause's verb, plus
    the verb that verb shares its subject with ("attacked and killed", "went on to shell").

    Roles are read relative to this chain: the subject of another clause of the sentence is not
    the perpetrator of this event."""
    ids = set(range(trigger.start, trigger.end))
    tok = trigger.root
    while tok.pos_ not in {"VERB", "AUX"} and tok.dep_ in CHAIN_DEPS and tok.head.i != tok.i:
        tok = tok.head
        ids.add(tok.i)
    while tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        tok = tok.head
        ids.add(tok.i)
    return frozenset(ids)


#: Dependencies along which a verb shares the subject of the verb above it ("succeeded in
#: repelling", "were killed while repelling", "managed to repel").
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "pcomp", "advcl", "conj", "prep"})


def defender(trigger: Span) -> Token | None:
    """The side that held the battle off, where the trigger or the verb of its clause is a verb
    of defence ("troops repelled the attack", "the assault was repulsed by the army",
    "guards succeeded in foiling the raid"): the subject of the defence verb (or of the verb
    whose subject it shares), or the agent of its passive. None when the battle is not told
    as held off, or the defender is not said."""
    doc = trigger.doc
    chain = _event_chain(trigger)
    verb = next((doc[i] for i in sorted(chain) if is_defence_verb(doc[i]) or _stops(doc[i], chain)), None)
    if verb is None:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return shared_subject(verb)


def is_defence_verb(tok: Token) -> bool:
    """A verb of holding an attack off: one of ``defence_verbs`` ("repelled"), or one of
    ``defence_particle_verbs`` with its particle ("pushed back", "fought off") whose object is an
    assault (``held_off_nouns``) or a side told advancing."""
    cues = load_cues()
    lemma = tok.lemma_.lower()
    if lemma in cues.defence_verbs:
        return True
    particle = next((c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"}
                     and c.lower_ in cues.defence_particles), None)
    if lemma not in cues.defence_particle_verbs or particle is None:
        return False
    # "pushed back an assault", "beat back a column advancing on the town"; but "rebels pushed back
    # the troops" tells the rebels' attack ("fought off an offensive" may parse "off" as a preposition)
    obj = next((c for c in (*tok.children, *particle.children) if c.dep_ in {"dobj", "pobj"}), None)
    return obj is not None and (obj.lemma_.lower() in cues.held_off_nouns or any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in cues.advance_verbs | cues.assault_verbs
        for c in obj.children))


def _stops(tok: Token, chain: frozenset[int]) -> bool:
    """A verb of stopping whose object is the battle itself ("troops halted a rebel advance",
    "blocked the assault"): its subject held the battle off (``stopping_verbs``)."""
    return tok.lemma_.lower() in load_cues().stopping_verbs and any(
        c.dep_ == "dobj" and c.i in chain for c in tok.children)


def shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb whose subject it shares ("rushed to confront",
    "succeeded in foiling"), up to four verbs up."""
    tok = verb
    for _ in range(4):
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if tok.dep_ not in SHARED_SUBJECT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _attached(tok: Token, chain: frozenset[int]) -> bool:
    """The word is on the chain, or is a participle/relative clause modifying it ("airstrikes
    carried out by", "the blast, which targeted")."""
    if tok.i in chain:
        return True
    return tok.dep_ in {"acl", "relcl", "advcl"} and tok.head.i in chain


#: How a mention and a weapon word both modify one noun of attack ("a Hezbollah rocket attack",
#: "regime barrel bomb attacks"): the mention is whose the weapon and the attack are.
TRIGGER_SIBLING_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _role(mention_tokens: Sequence[Token], trigger: Span) -> str:
    """'agent', 'target' (what the act was aimed at), 'patient', 'other' or 'unrelated' for an
    actor mention, from its syntactic head relative to the trigger's clause.

    'unrelated' is a force word that only modifies some other thing not linked to the event
    ("the old army airfield had served as the town's airport until a shelling ...")."""
    head = max(mention_tokens, key=lambda t: len(list(t.subtree)))
    trigger_ids = range(trigger.start, trigger.end)
    if head.dep_ in {"compound", "amod", "poss", "npadvmod", "nmod"} and head.head.i in trigger_ids:
        return "agent"  # "coalition airstrike", "Russian jets", "the army's assault"
    if head.dep_ in TRIGGER_SIBLING_DEPS and trigger.root.dep_ == "compound" and head.i < trigger.start \
            and head.head.i == trigger.root.head.i and trigger.root.pos_ in {"NOUN", "PROPN"}:
        return "agent"  # "a Hezbollah rocket attack", "regime barrel bomb attacks": the weapon's owner
    phrase = _phrase_head(head)
    # the mention's words only describe another noun ("a police vehicle", "the army base")
    modifier_of = phrase if phrase.i not in {t.i for t in mention_tokens} else None
    own_phrase = phrase
    while phrase.dep_ in {"conj", "appos"} and phrase.head.i != phrase.i:  # "X and Y attacked"
        phrase = _phrase_head(phrase.head)
    cues = load_cues()
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and \
            phrase.head.head.lemma_.lower() in cues.member_nouns | cues.formation_nouns:
        phrase = _phrase_head(phrase.head.head)  # "five members of ISIS", "a convoy of troops": their role
    chain = _event_chain(trigger)
    of_what = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else None
    if of_what is not None and trigger.start <= of_what.i < trigger.end \
            and of_what.lemma_.lower() in cues.owner_of_nouns:
        return "agent"  # "aircraft of the X air force (struck)": the trigger is the force's own craft
    if of_what is not None and of_what.i in chain and of_what.pos_ == "NOUN":
        return "patient"  # "the killing of X (in airstrikes)"
    gov = phrase.head
    if phrase.dep_ == "nsubjpass" and gov.lemma_.lower() in cues.accusation_verbs and (
            _attached(gov, chain) or _accused_of(gov, trigger)):
        return "agent"  # "the gang was accused of kidnapping ...": the accused, as in the active
    if any(tok.dep_ == "nsubjpass" for tok in mention_tokens) or phrase.dep_ == "nsubjpass":
        return "patient"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in chain for n in _listed_with(phrase, own_phrase)
           for c in n.children):
        return "patient"  # "patrol vehicles attacked by landmines", "villagers killed in raids"
    if phrase.dep_ in {"nsubj", "dep"} and _telegraphic_passive(gov):
        return "patient"  # a headline's "3 troopers wounded in grenade attack"
    if phrase.dep_ == "nsubj":
        if _attached(gov, chain):
            return "agent"
        if _overtaken(gov, chain):
            return "patient"  # "the rangers were travelling when the bomb exploded"
        return "unrelated" if modifier_of is not None else "other"
    if backing_phrase(phrase):
        return "unrelated"  # "M23 rebels, backed by Rwandan troops": a backer of the doer, no side against it
    if phrase.dep_ == "pobj":
        prep = gov.lower_
        if _ally_phrase(gov, cues) and _acts_or_does(gov.head, chain):
            return "agent"  # "the army, together with militias, retook the town": one more doer
        if prep in cues.loser_prepositions and trigger.label_ in cues.loser_preposition_types \
                and _taken_from(gov.head, chain):
            return "patient"  # "retook the town from the rebels": the side that lost the ground
        if prep == "to" and gov.head.lemma_.lower() in cues.fallen_to_verbs and _attached(gov.head, chain):
            return "agent"  # "the town fell to the rebels", "was lost to the militants": who took it
        if prep in AGENT_PREPS and (_attached(gov.head, chain) or prep == "by" and not (
                gov.head.pos_ == "VERB" and gov.head.dep_ in {"acl", "relcl"})):
            return "agent"  # not the agent of a participle describing something else ("a bar frequented by")
        if prep in PATIENT_PREPS or prep in LOCATIVE_PREPS:
            return "target" if _attached(gov.head, chain) else "patient"
    if phrase.dep_ in {"dobj", "attr"}:
        if phrase.dep_ == "dobj" and gov.lemma_.lower() in cues.accusation_verbs:
            return "agent"  # "accused Haftar's forces of shelling the airport"
        if gov.lemma_.lower() in TARGET_VERBS and _attached(gov, chain):
            return "target"
        return "patient"
    via_prep = phrase.dep_ == "pobj" and _attached(phrase.head.head, chain)  # "killed in junta raids"
    if modifier_of is not None and phrase.dep_ != "ROOT" and phrase.i not in chain \
            and not _attached(phrase.head, chain) and not via_prep:
        return "unrelated"  # (a headline parsed as one noun phrase is not: its parts are the event's)
    return "other"


#: Dependencies by which the act hangs under an accusation verb ("accused of abducting",
#: "blamed for the attack", "suspected of staging the raid").
ACCUSED_OF_DEPS = frozenset({"pcomp", "pobj", "prep", "dobj", "compound", "xcomp", "advcl"})


def _accused_of(verb: Token, trigger: Span) -> bool:
    """The trigger is what ``verb`` (an accusation verb) lays at its subject's door: it hangs
    under the verb through its "of"/"for" phrase, so the accused of the passive is the doer."""
    tok = trigger.root
    for _ in range(5):
        if tok.dep_ not in ACCUSED_OF_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def _listed_with(phrase: Token, own: Token) -> list[Token]:
    """The heads of a list a mention belongs to: the first item and the items set beside it by
    "and" or a comma. A headline's list of victims ("two guards, cook hurt in blast") is often
    parsed with the participle under its last item only, or the first item as a loose
    dependant: every item of the list suffered the act."""
    return [phrase, own, *(c for c in phrase.children if c.dep_ in {"conj", "appos"})]


def backing_phrase(phrase: Token) -> bool:
    """The phrase names who backs a party rather than a side of the act: the agent of a backing
    participle set on a noun ("rebels, backed by foreign troops"), or what a backing noun is of
    ("with the support of foreign troops"); cues.json ``backer_participles``, ``backer_nouns``."""
    if phrase.dep_ != "pobj":
        return False
    cues = load_cues()
    prep, word = phrase.head, phrase.head.head
    if prep.lower_ == "by":
        return word.lemma_.lower() in cues.backer_participles and word.dep_ in {"acl", "relcl", "advcl"}
    return prep.lower_ == "of" and word.lemma_.lower() in cues.backer_nouns and word.dep_ == "pobj" \
        and word.head.lower_ in {"with", "under"}


def backer_spans(sent: Span) -> list[tuple[int, int]]:
    """The character spans of the sentence's phrases that name a backer (:func:`backing_phrase`)."""
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in sent if backing_phrase(t)]


def _ally_phrase(prep: Token, cues) -> bool:
    """A preposition naming a side that acted with another: "alongside", "together with"."""
    return prep.lower_ in cues.ally_prepositions or prep.lower_ == "with" and any(
        c.dep_ == "advmod" and c.lower_ in cues.ally_with_adverbs for c in prep.children)


def _acts_or_does(word: Token, chain: frozenset[int]) -> bool:
    """The word is the act itself or the doer (the subject of the act's verb)."""
    return _attached(word, chain) or word.dep_ == "nsubj" and word.head.i in chain


def _taken_from(word: Token, chain: frozenset[int]) -> bool:
    """The word a loser's preposition hangs on is the act, the ground it took, or the fight
    that won it ("retook the town from the rebels", "the liberation of the hamlets from militia
    occupation", "took the airport after a battle with the rebels")."""
    if _attached(word, chain):
        return True
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and _attached(word.head.head, chain):
        return True
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        word = word.head.head
        if word.i in chain:
            return True
    return word.dep_ in {"dobj", "nsubjpass", "nsubj"} and word.head.i in chain


#: Prepositions after a toll verb that give the act that caused the toll ("killed in an attack").
CAUSE_PREPS = frozenset({"in", "by"})


def _telegraphic_passive(verb: Token) -> bool:
    """ "Soldiers killed in attack", "3 wounded by blast": a headline drops the auxiliary of a
    passive toll verb, and the parser reads its victims as the subject. Such a verb has no
    object, and is tagged a participle or gives the act by "in" or "by". A list of passives shares one auxiliary
    ("two were killed and five abducted") in the same way."""
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "aux", "auxpass"} for c in children):
        return False
    if verb.tag_ in {"VBN", "VBD"} and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
        return True  # "guards were killed, seven officers kidnapped": the auxiliary is shared
    if verb.lemma_.lower() not in load_cues().toll_verbs:
        return False
    if verb.tag_ == "VBN":  # "nine soldiers killed as militants storm ...", "says two guards killed"
        return True
    return verb.tag_ == "VBD" and any(c.dep_ in {"prep", "agent"} and c.lower_ in CAUSE_PREPS for c in children)


#: Subordinators of a clause that tells what happened to the main clause's subject while it was
#: doing something ("were travelling when the bomb exploded").
WHILE_MARKS = frozenset({"when", "as", "while"})


def _overtaken(verb: Token, chain: frozenset[int]) -> bool:
    """The event's clause is a "when"/"as"/"while" clause under ``verb``: its subject was
    overtaken by the act, it did not carry it out."""
    return any(c.dep_ == "advcl" and c.i in chain and any(m.dep_ in {"mark", "advmod"} and m.lower_ in WHILE_MARKS
                                                           for m in c.children) for c in verb.children)


CLAIM_OBJECTS = frozenset({"responsibility", "credit"})
ARMED_TYPES = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "unknown",
                         "external_other"})


#: Verbs that lay an act at someone's door through a preposition ("attributed to X", "blamed on X").
ATTRIBUTING = {"to": frozenset({"attribute", "ascribe"}), "on": frozenset({"blame", "pin"})}


def _claims(head: Token) -> bool:
    """ "X claimed responsibility", "the attack claimed by X", "attributed to X", "blamed on X":
    the claimant is the perpetrator, not a mere source."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "by":
        return verb.head.lemma_.lower() == "claim"
    if head.dep_ == "pobj" and verb.lower_ in ATTRIBUTING:
        return verb.head.lemma_.lower() in ATTRIBUTING[verb.lower_]
    return head.dep_ == "nsubj" and verb.lemma_.lower() == "claim" and any(
        c.lower_ in CLAIM_OBJECTS for c in verb.children)


@lru_cache(maxsize=1)
def role_data() -> dict:
    """``data/actor_roles.json``, read once."""
    return json.loads(resources.files("sitrep.nlp").joinpath("data/actor_roles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def observer_verbs() -> frozenset[str]:
    """Verbs whose subject looks at an act from outside ("police are investigating", "the army
    believes"), from ``data/actor_roles.json``."""
    raw = role_data()
    return frozenset(raw.get("observer_verbs", ()))


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Nouns of what a party says or shows ("a statement by the army"), from ``data/actor_roles.json``."""
    return frozenset(role_data().get("source_nouns", {}).get("lemmas", ()))


@lru_cache(maxsize=1)
def _finders_of_dead() -> tuple[frozenset[str], frozenset[str]]:
    raw = role_data().get("finders_of_dead", {})
    return frozenset(raw.get("verbs", ())), frozenset(raw.get("objects", ()))


def finds_dead(verb: Token) -> bool:
    """The verb tells the dead found ("found the bodies", "discovered six corpses"): its subject
    came upon an act done by others (``data/actor_roles.json``, ``finders_of_dead``)."""
    verbs, objects = _finders_of_dead()
    return verb.lemma_.lower() in verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _is_speaker(tokens: Sequence[Token], trigger: Span | None = None) -> bool:
    """The mention names who reports ("a police spokesman said", "according to the army"), unless
    the speech verb is the event itself ("the SDF declared victory over IS")."""
    speech = load_cues().speech_verbs | observer_verbs()
    head = _phrase_head(max(tokens, key=lambda t: len(list(t.subtree))))
    while head.dep_ == "conj" and head.head.i != head.i:  # "a monitoring group and activists said"
        head = _phrase_head(head.head)
    in_trigger = trigger is not None and trigger.start <= head.head.i < trigger.end
    if head.dep_ == "nsubj" and finds_dead(head.head):
        return True  # "police found the bodies of five men": who came upon the dead, not who killed them
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in speech and not _claims(head) and not in_trigger:
        return True
    if head.dep_ == "nsubj" and not in_trigger and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in observer_verbs() for c in head.head.children):
        return True  # "police were trying to determine the motive": who looks into the act
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ in {"NOUN", "PROPN"} \
            and head.head.head.lemma_.lower() in source_nouns():
        return True  # "a statement by the army", "according to a report by the UN"
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_.lower() in load_cues().accusation_verbs:
        return True  # "accused by police of kidnapping": the accuser is a source
    if head.lemma_.lower() == "official" and head.dep_ == "nsubj" and in_trigger:
        return False  # "municipal officials razed the stalls": officials doing the act are its party
    return head.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson", "source", "official"}


def reports_or_observes(mention: ActorMention, doc) -> bool:
    """The mention names who reports or looks into an act in its own sentence ("police said",
    "police are searching", "according to the army"), not a party to it."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and _is_speaker(list(span))


@lru_cache(maxsize=1)
def standing_conflict_nouns() -> frozenset[str]:
    """Nouns for a long-running conflict ("insurgency", "violence"), from ``data/actor_roles.json``
    (``standing_conflicts``; not the cue list ``campaign_nouns`` of military operations)."""
    return frozenset(role_data()["standing_conflicts"]["nouns"])


@lru_cache(maxsize=1)
def presence_words() -> frozenset[str]:
    """Predicates that only place a group somewhere ("are active", "operates"), from
    ``data/actor_roles.json`` (``presence_predicates``)."""
    return frozenset(role_data()["presence_predicates"]["words"])


def only_present(head: Token) -> bool:
    """The phrase headed by ``head`` is the subject of a predicate that only places it
    somewhere ("where X militants are active", "in which X operates")."""
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_.lower() in presence_words():
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in presence_words()
                                               for c in verb.children)


@lru_cache(maxsize=1)
def habit_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Likeness modifiers, habit adverbs and past nouns of ``data/actor_roles.json``
    (``habitual_doers``)."""
    spec = role_data()["habitual_doers"]
    return frozenset(spec["likeness"]), frozenset(spec["habit_adverbs"]), frozenset(spec["past_nouns"])


def habitual_verb(verb: Token, depth: int = 0) -> bool:
    """The verb tells a habit, not one act: acts "like" the one told as its object ("carried out
    similar attacks", "blamed for such raids"), an adverb of habit ("often blamed"), "in the past";
    or it only reports such a habit ("is known to stage such raids")."""
    likeness, adverbs, past = habit_words()
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return True
        objects = [child] if child.dep_ in ("dobj", "attr") else [
            g for g in child.children if g.dep_ == "pobj"] if child.dep_ in ("prep", "agent") else []
        for obj in objects:
            if obj.lemma_.lower() in past or any(m.lower_ in likeness and m.dep_ in ("amod", "det", "predet", "prep")
                                                 for m in obj.children):
                return True
        if child.dep_ in ("xcomp", "ccomp") and depth == 0 and habitual_verb(child, 1):
            return True
    return False


def habitual_doer(head: Token) -> bool:
    """The phrase headed by ``head`` is the subject of a habit ("X has carried out similar
    attacks", "X is often blamed for such killings"): a suspect by its record, not the doer of
    the act the article tells."""
    return head.dep_ in ("nsubj", "nsubjpass") and habitual_verb(head.head)


def context_only(mention: ActorMention, doc) -> bool:
    """The mention names a group only as the setting of what the article tells, not as the doer
    of an act: behind a conflict ("an insurgency, led by X, persists", "months of violence
    pinned on X": the first noun above its phrase is one of :func:`standing_conflict_nouns`)
    or only present somewhere (:func:`only_present`), or only the usual doer of such acts
    (:func:`habitual_doer`). Such a group is not the perpetrator to
    read or lend to an event no sentence attributes to it."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root  # "the X terrorist group", "X-linked militants": from the head of the group's own phrase
    while tok.dep_ in MODIFIER_DEPS | {"npadvmod"} and tok.head.i != tok.i:
        tok = tok.head
    if only_present(tok) or habitual_doer(tok):
        return True
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in {"NOUN", "PROPN"}:
            return tok.lemma_.lower() in standing_conflict_nouns()
    return False


@lru_cache(maxsize=1)
def victim_subject_verbs() -> frozenset[str]:
    """Verbs whose subject suffers an act ("sustained injuries", "survived an ambush"), from
    ``data/actor_roles.json``."""
    raw = role_data()
    return frozenset(raw.get("victim_subject_verbs", ()))


def suffers_in_own_sentence(mention: ActorMention, doc) -> bool:
    """The mention names who suffered an act in its own sentence: killed or wounded ("a
    policeman was wounded", "killing two soldiers"), or the subject of a verb of suffering
    ("a soldier sustained injuries"). Such a mention is a victim there, never a perpetrator
    to lend to the acts of neighbouring sentences."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    head = _first_conjunct(_phrase_head(span.root))
    cues = load_cues()
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "NUM", "PRON"}:
        head = _phrase_head(head.head.head)  # "two of the soldiers", "a squad of soldiers"
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ == "nsubjpass" or head.dep_ == "dobj" and lemma in cues.toll_verbs:
        return lemma in cues.toll_verbs or lemma in TARGET_VERBS
    return head.dep_ == "nsubj" and (lemma in victim_subject_verbs() or _telegraphic_passive(verb))


def missed_aim(patients: Sequence["_Scored"], doc: Doc) -> "_Scored | None":
    """The unarmed people an act aimed at an armed group hit, where the sentence tells them
    killed or wounded ("a shell aimed at the rebels killed a shepherd"): ACLED codes
    who was hit, so they, not the group aimed at, are actor2 (``actor_roles.json``:
    ``missed_aim``). None unless the first victim (``patients``, ranked) is such a target and
    no armed victim is told hit beside the people; people told only by a vague word ("four
    people") may be the group aimed at and do not replace it."""
    spec = role_data()["missed_aim"]
    if not patients or patients[0].role != "target" or patients[0].type not in spec["aimed_at_types"]:
        return None
    vague = frozenset(spec["vague_victim_nouns"])
    hit = [s for s in patients[1:] if not s.mention.target_only and _told_hit(s.mention, doc, vague)]
    if any(s.type != "civilians" for s in hit):
        return None  # "killed five militants and two herders": the aim was hit too
    return hit[0] if hit else None


def _told_hit(mention: ActorMention, doc: Doc, vague: frozenset[str]) -> bool:
    """The mention's sentence tells it killed or wounded (:func:`suffers_in_own_sentence`, or the
    subject of "died"), by a word that is not one of the ``vague`` ones."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() in vague:
        return False
    head = _first_conjunct(_phrase_head(span.root))
    return suffers_in_own_sentence(mention, doc) or (
        head.dep_ == "nsubj" and head.head.lemma_.lower() in load_cues().toll_verbs)


def unnamed_perpetrator(head: Token, mention: ActorMention, event_type: str) -> bool:
    """A plain word for people ("four men", "masked individuals") named as who carried out an
    act of violence (``actor_roles.json``: ``unnamed_perpetrators``)."""
    spec = role_data().get("unnamed_perpetrators", {})
    return mention.actor.type == "civilians" and event_type in spec.get("event_types", ()) \
        and head.lemma_.lower() in spec.get("nouns", ())


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated phrases ("31 soldiers and three auxiliaries" -> "soldiers"):
    later conjuncts rank at the distance of the first."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = _phrase_head(tok.head)
    return tok


def _announces(tokens: Sequence[Token], trigger: Span) -> bool:
    """The mention is the subject of a speech verb that governs the trigger ("forces announced
    the killing of ...", "the army said it killed ...")."""
    head = _phrase_head(max(tokens, key=lambda t: len(list(t.subtree))))
    verb = head.head
    return head.dep_ == "nsubj" and any(a.i == verb.i for a in trigger.root.ancestors)


#: Personal pronouns by which a speaker refers to itself in the clause of the act it reports.
SELF_PRONOUNS = frozenset({"it", "they", "we"})


def _pronoun_subject(trigger: Span) -> bool:
    """The act's clause has a pronoun subject ("... said it had captured", "we seized ...")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in SELF_PRONOUNS
               for i in _event_chain(trigger) for c in trigger.doc[i].children)


def _restates(tokens: Sequence[Token], previous: Sequence[Token]) -> bool:
    """ "(GNA)" right after "the Government of National Accord": the bracketed short form
    names the same actor as the mention before it."""
    first = tokens[0]
    return bool(previous) and first.i >= 2 and first.nbor(-1).text == "(" and first.i - 1 == previous[-1].i + 1


#: Entity labels of a group that can act (an organisation, or a nationality/religious/political group).
GROUP_ENTS = frozenset({"ORG", "NORP"})


def _unlisted_agent(trigger: Span, covered: set[int]) -> Span | None:
    """A proper-noun group the dictionary does not know, in the agent slot of the event ("the
    Blue Scorpions Brigade shelled ...", "killed by the Revolutionary Front for Kivu"): its
    words, to be kept as a raw actor."""
    chain = _event_chain(trigger)
    doc = trigger.doc
    places = group_tokens(doc, "places")
    for tok in trigger.sent:
        if tok.pos_ != "PROPN" or tok.dep_ not in {"nsubj", "pobj"} or tok.ent_type_ not in GROUP_ENTS:
            continue  # only what the NER takes for an organisation (not "Ten Myanmar Regime Soldiers")
        if tok.dep_ == "nsubj" and (tok.head.i not in chain or tok.head.lemma_.lower() in load_cues().speech_verbs):
            continue  # the subject of this event's own verb, never a speaker
        if tok.dep_ == "pobj" and not (tok.head.lower_ == "by" and _attached(tok.head.head, chain)):
            continue
        start, end = tok.left_edge.i, tok.right_edge.i + 1
        words = doc[start:end]
        if end - start > 8 or any(t.is_punct or t.pos_ in {"VERB", "AUX"} or t.i in places for t in words):
            end = tok.i + 1  # "the Revolutionary Front for Kivu": the name without its place
        while start < end and doc[start].dep_ == "det":
            start += 1
        if start < end and not any(i in covered or i in places for i in range(start, end)):
            return doc[start:end]
    return None


GENERIC_NON_STATE = frozenset({"rebel_group", "political_militia", "identity_militia", "unknown"})


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions that name one side: the same actor; a state's forces under two names
    ("Iraqi forces", "the Iraqi army"); a generic description and a group of its type ("the
    militants" beside a named jihadist group), which is how articles refer back to a group."""
    x, y = a.actor, b.actor
    if x.name == y.name:
        return True
    if x.type != y.type:
        return False
    if x.type == "state_forces":
        return x.country is not None and x.country == y.country
    return x.type in GENERIC_NON_STATE and (a.generic or b.generic)


#: Words that may stand between two items of one list of victims besides commas and numbers
#: ("four guards and a cook", "two policemen, three civilians", "six soldiers and their driver").
LIST_JOINERS = frozenset({"and", "a", "an", "the", "their", "his", "her", "its", "other", "more", "another"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "several", "some"})


def _listed_together(text: str) -> bool:
    """The words between two mentions only join items of one list."""
    words = text.replace(",", " ").split()
    return all(w.lower() in LIST_JOINERS or w.isdigit() or w.lower() in NUMBER_WORDS for w in words)



def _victim_rank(patients: Sequence["_Scored"], text: str = "") -> Callable[["_Scored"], tuple]:
    """Sort key of the victims: what the act was aimed at first, then those the parse puts in
    the act's patient slot before civilians admitted from any other slot ("killing five
    constables and their cook": the constables), then the nearest list, and inside one list
    the item it names first ("two border guards and a tailor were hurt", or a headline's "two
    guards, tailor hurt": the guards), whichever item happens to sit nearer the trigger. Items
    are one list when the parse coordinates them or (given the document ``text``) only commas,
    "and", articles and numbers stand between them."""
    group = {id(s): s.group for s in patients}
    if text:
        ordered = sorted(patients, key=lambda s: s.mention.start_char)
        for a, b in zip(ordered, ordered[1:]):
            if a.mention.end_char <= b.mention.start_char and \
                    _listed_together(text[a.mention.end_char:b.mention.start_char]):
                old, new = group[id(b)], group[id(a)]
                for k, g in group.items():
                    if g == old:
                        group[k] = new
    nearest: dict[int, int] = {}
    for s in patients:
        nearest[group[id(s)]] = min(nearest.get(group[id(s)], s.distance), s.distance)
    return lambda s: (s.role != "target", s.role != "patient", nearest[group[id(s)]], s.mention.start_char)


def _plural(mention: ActorMention, doc: Doc) -> bool:
    """The mention names more than one person ("five soldiers", "police officers", not "a
    policeman")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and span.root.tag_ in {"NNS", "NNPS"}


def force_among_the_hit(scored: Sequence["_Scored"], text: str, doc: Doc) -> "_Scored | None":
    """A state force named, in the plural, as the larger share of a count of people the act hit
    ("killed 30 people, most of them police officers", "killing 12 people, including seven
    soldiers"): the count is people, but the act hit the force (ACLED codes the target side).
    The share follows the count with only a cue between, numbers and list words aside: a
    majority cue (``cues.majority_share_cues``), or an inclusion word (``quantities.json``
    ``inclusion_preps``, "among them") whose figure is at least half the count's. A few soldiers
    among many dead ("30 people, including two soldiers") leave the people, and so does a count
    that is itself of civilians ("40 worshippers, most of them policemen"): only a vague count
    noun (``actor_roles.json`` ``missed_aim.vague_victim_nouns``: "people") may stand for a force."""
    vague = frozenset(role_data()["missed_aim"]["vague_victim_nouns"])
    counts = [s for s in scored if s.type == "civilians" and s.role == "patient" and not s.mention.target_only
              and _head_lemma(s.mention, doc) in vague]
    for force in scored:
        if force.type != "state_forces" or force.role in {"agent", "unrelated"} or force.mention.target_only \
                or not _plural(force.mention, doc):
            continue
        for count in counts:
            between = text[count.mention.end_char:force.mention.start_char]
            if 0 < len(between) <= 40 and _majority_share(between, count.mention, force.mention, doc):
                return force
    return None


def _majority_share(between: str, count: ActorMention, force: ActorMention, doc: Doc) -> bool:
    """The words ``between`` a count and a force name the force as at least half of the count:
    a majority cue ("most of them", "mainly"), or an inclusion word ("including", "among them")
    with the force's figure at least half the count's ("12 people, including seven soldiers")."""
    from sitrep.nlp.casualties import inclusion_preps  # casualties imports this module

    rest = " ".join(between.replace(",", " ").lower().split())
    majority = next((c for c in sorted(load_cues().majority_share_cues, key=len, reverse=True)
                     if rest.startswith(c + " ") or rest == c), None)
    if majority is not None:
        return _listed_together(rest[len(majority):])
    words = rest.split()
    if not words or words[0] not in inclusion_preps():
        return False
    words = words[1:]
    if words and words[0] in SHARE_PRONOUNS:
        words = words[1:]
    if not _listed_together(" ".join(words)):
        return False
    whole, share = _figure(count, doc), _figure(force, doc)
    return whole is not None and share is not None and 2 * share >= whole


#: Pronouns after an inclusion word that stand for the count ("among them", "among whom").
SHARE_PRONOUNS = frozenset({"them", "whom", "those"})


def _head_lemma(mention: ActorMention, doc: Doc) -> str:
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else ""


def _figure(mention: ActorMention, doc: Doc) -> int | None:
    """The number the mention counts ("at least 12 people" -> 12), read from the number words
    hung on its head; None when it has none or only a vague one."""
    from sitrep.nlp.casualties import parse_quantity  # casualties imports this module

    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return None
    num = next((c for c in span.root.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    quantity = parse_quantity(doc_text(doc)[num.left_edge.idx:num.idx + len(num.text)])
    return quantity.best if quantity is not None else None


def _coordinated_with(actor1: ActorMention | None, candidates: list[_Scored],
                      scored: list[_Scored]) -> list[ActorMention]:
    """The doers coordinated with actor1 ("X and Y exchanged fire with Z"): the dead one of them
    may own ("killing nine soldiers") are their own, no other side; a coordinated name is still
    a side of its own to itself (the rival states of "X and Y clashed")."""
    if actor1 is None or not candidates or candidates[0].mention is not actor1:
        return []
    group = candidates[0].group
    return [s.mention for s in scored if s.group == group and s.mention is not actor1 and not s.between]


def _rival_states(a: ActorMention, b: ActorMention) -> bool:
    """Two states' own forces: coordinated as the doers of a fight or of a two-sided strike they
    are its opponents ("Chad and Sudan clashed", "Thailand and Cambodia traded fire"). Told
    through :func:`_same_side`, so the two tests never disagree about one state."""
    x, y = a.actor, b.actor
    return x.type == y.type == "state_forces" and bool(x.country) and bool(y.country) and not _same_side(a, b)


def _camp(actor_type: str) -> str:
    """The side of a conflict an actor type belongs to: the state or not."""
    return "state" if actor_type == "state_forces" else "non_state"


@dataclass(frozen=True, slots=True)
class _Scored:
    """An actor mention of the sentence with its role towards the trigger."""

    mention: ActorMention
    role: str
    distance: int  # tokens from the trigger (of the first conjunct, for coordinated mentions)
    claimant: bool
    group: int  # token id of the first conjunct: coordinated mentions are one side
    between: bool = False  # a conjunct of "fighting between X and Y": the conjuncts are opponents

    @property
    def name(self) -> str:
        return self.mention.actor.name

    @property
    def type(self) -> str:
        return self.mention.actor.type


def link_actors(mentions: Sequence[ActorMention], trigger: Span, *, event_type: str = "", sub_event_type: str = "",
                normalise: Callable[[str], Actor] | None = None,
                article_mentions: Sequence[ActorMention] = ()) -> LinkedActors:
    """Choose actor1 (who acted) and actor2 (on whom) from dictionary mentions in the sentence
    (:func:`_link_from_parse`), then apply the roles the sub-event type implies where the parse
    left them open (:func:`apply_role_conventions`, ``data/actor_roles.json``; with
    ``article_mentions``, the dictionary mentions of the whole article, a state that regained
    territory took it from the article's main armed opponent)."""
    linked = _link_from_parse(mentions, trigger, event_type=event_type, sub_event_type=sub_event_type,
                              normalise=normalise)
    kept = {m.actor.name for m in without_backers(mentions, backer_spans(trigger.sent))}
    backers = frozenset(m.actor.name for m in mentions if m.actor.name not in kept)
    return apply_role_conventions(linked, trigger, sub_event_type=sub_event_type, normalise=normalise,
                                  article_mentions=article_mentions, backers=backers)


def _link_from_parse(mentions: Sequence[ActorMention], trigger: Span, *, event_type: str = "",
                     sub_event_type: str = "", normalise: Callable[[str], Actor] | None = None) -> LinkedActors:
    """Choose actor1 (who acted) and actor2 (on whom) from dictionary mentions in the sentence.

    Conventions follow ACLED: in protests and riots actor1 is the crowd and actor2 the force
    that intervened; in agreements actor1 is the government side and actor2 its opponent. A
    named group beats a generic description of the same perpetrator ("a suicide bomber" in an
    attack claimed by IS); what the act was aimed at beats the casualties as actor2 (a car bomb
    targeting a security post); a battle with no stated attacker takes its other side from the
    patients ("militants were killed in fighting against government forces"). With
    ``normalise``, an unknown proper-noun group in the agent slot is kept as a raw actor.
    """
    doc = trigger.doc
    scored: list[_Scored] = []
    previous: list[Token] = []
    previous_speaker = False
    announcer = None  # an armed speaker whose statement is the event ("the army said it killed ...")
    words, starts = sentence_words(trigger.sent)  # a mention's tokens are those starting inside it
    for m in mentions:
        toks = words[bisect_left(starts, m.start_char):bisect_left(starts, m.end_char)]
        if not toks:
            continue
        speaker = _is_speaker(toks, trigger) or (previous_speaker and _restates(toks, previous))
        previous, previous_speaker = toks, speaker
        if speaker:
            if announcer is None and _announces(toks, trigger) and m.actor.type in ARMED_TYPES - {"unknown"}:
                announcer = m
            continue
        head = _phrase_head(max(toks, key=lambda t: len(list(t.subtree))))
        claimant = _claims(head)
        role = "agent" if claimant else _role(toks, trigger)
        if role == "other" and m.actor.type in NON_STATE_ARMED and context_only(m, doc):
            continue  # "bombs hit schools in a district where X militants are active": the setting
        if not claimant and m.actor.type in NON_STATE_ARMED and habitual_doer(head):
            continue  # "no one claimed the attack, though X has carried out similar ones": a suspect by habit
        if role in {"agent", "other"} and not claimant and suffers_in_own_sentence(m, doc):
            role = "patient"  # "a squad of soldiers narrowly missed a bomb", "a policeman sustained injuries"
        # a force's vehicle or post that suffered the act stands for its crew ("police vehicles
        # attacked by a bomb"); a building that suffered it does not make the act one on civilians
        if m.target_only and not (role == "target" or role == "patient" and m.actor.type == "state_forces"):
            if not (trigger.root.dep_ == "compound" and trigger.root.head.i in {t.i for t in toks}):
                continue  # "taken to hospital", "the army base had been an airport": not an actor
            role = "target"  # a headline's "attack police stations"
        if m.victim is not None and role in {"patient", "target"}:
            m = replace(m, actor=m.victim)  # "raiders attacked the Murle": the people attacked are civilians
        ids = {t.i for t in toks}
        own = head if head.i in ids else max(toks, key=lambda t: len(list(t.subtree)))
        first_conjunct = _first_conjunct(own)  # coordinated mentions rank and group with the first
        distance = abs((first_conjunct.i if first_conjunct.i != own.i else toks[0].i) - trigger.start)
        # "fighting between X and Y": coordinated under "between", the conjuncts are opponents
        between = first_conjunct.dep_ == "pobj" and first_conjunct.head.lower_ == "between"
        group = own.i if between else first_conjunct.i
        if role == "agent" and normalise is not None and unnamed_perpetrator(head, m, event_type):
            m = replace(m, actor=replace(normalise(role_data()["unnamed_perpetrators"]["actor"]), mention=m.text),
                        generic=True)  # "four men threw a grenade": an unidentified armed group
        scored.append(_Scored(m, role, distance, claimant, group, between))
    scored.sort(key=lambda s: s.distance)

    def ev(m) -> Evidence | None:
        return Evidence(m.start_char, m.end_char, m.text) if m is not None else None

    def first(kinds: set[str], exclude=None):
        return next((s.mention for s in scored if s.type in kinds and s.role != "unrelated"
                     and (exclude is None or not _same_side(exclude, s.mention))), None)

    if event_type in {"protests", "riots"}:
        crowd = next((s.mention for s in scored if s.type in {"protesters", "rioters", "civilians"}
                      and s.role != "unrelated" and not s.mention.target_only), None)
        force = intervening_force(scored, crowd, event_type, doc)
        return LinkedActors(crowd.actor if crowd else None, force.actor if force else None, ev(crowd), ev(force))
    if sub_event_type == "agreement":
        government = first({"state_forces"})
        opponent = first(ARMED_TYPES - {"state_forces"}, exclude=government) or first(ARMED_TYPES, exclude=government)
        return LinkedActors(government.actor if government else None, opponent.actor if opponent else None,
                            ev(government), ev(opponent))

    victim_roles = {"patient", "target"}
    agents = [s for s in scored if s.role == "agent" and s.type != "civilians"]
    agents.sort(key=lambda s: (not s.claimant, s.type == "unknown"))  # claimant, then named group
    others = [s for s in scored if s.role == "other" and s.type != "civilians"]
    patients = [s for s in scored if s.role in victim_roles or (s.type == "civilians" and s.role != "unrelated")]
    if event_type == "battles" and trigger.root.lemma_.lower() in load_cues().reciprocal_triggers:
        # "fighting killed 18 people": in a clash the dead are counted, the sides are the armed groups
        patients = [s for s in patients if s.type != "civilians"]
    patients.sort(key=_victim_rank(patients, doc_text(doc)))
    hit = missed_aim(patients, doc)
    if hit is not None:  # "a shell aimed at the rebels killed a shepherd": who was hit
        patients.remove(hit)
        patients.insert(0, hit)
    share = force_among_the_hit(scored, doc_text(doc), doc)
    if share is not None:  # "killing 12 people, including seven soldiers": the force was hit
        patients = [s for s in patients if s is not share]
        patients.insert(0, replace(share, role="patient"))
        others = [s for s in others if s is not share]
    patient_names = {s.name for s in patients if s.role in victim_roles}
    candidates = agents or [s for s in others if s.name not in patient_names]
    actor1 = candidates[0].mention if candidates else None
    if actor1 is not None and actor1.generic and actor1.actor.type in GENERIC_NON_STATE:
        # "militants of the Islamic State": the generic word and the name are one perpetrator
        actor1 = next((s.mention for s in scored if s.role in {"agent", "other"} and not s.mention.generic
                       and s.type == actor1.actor.type and not s.mention.target_only), actor1)
    if announcer is not None and _pronoun_subject(trigger) and not any(
            s.mention is actor1 and s.role == "agent" for s in scored):
        actor1 = announcer  # "the army said it had retaken the town": the speaker is the "it" that acted
    actor1_between = actor1 is not None and any(s.mention is actor1 and s.between for s in scored)

    allies = _coordinated_with(actor1, candidates, scored)

    def other_side(s: _Scored) -> bool:
        if actor1_between and s.between:  # "between the CSP and the jihadists": opponents by syntax
            return s.name != actor1.actor.name
        return not _same_side(actor1, s.mention) and not any(_same_side(a, s.mention) for a in allies
                                                              if a is not s.mention)

    rest = [s for s in patients if actor1 is None or other_side(s)]
    if not rest and actor1 is not None:
        # "attacks from the ABSDF and Indaw PDF": coordinated groups of one camp are allies;
        # "TNLA and government forces clashed": a state and a non-state conjunct are opponents
        # a one-sided act (a strike, an attack) is done to its patients: another doer the
        # sentence names ("... as the air force pounded the south") is no side of it
        camp = _camp(actor1.actor.type)
        two_sided = _two_sided(trigger)
        sides = others + agents if event_type == "battles" or two_sided else others
        mutual = _fought_each_other(trigger, event_type)
        rest = [s for s in sides if other_side(s)
                and (s.group != candidates[0].group or _camp(s.type) != camp
                     or mutual and s.type == actor1.actor.type == "political_militia" or mutual == "each other")]
        if not rest and (mutual or two_sided):
            # "Chad and Sudan clashed": coordinated states are rivals only when the sentence
            # names no other side ("X and Y exchanged fire with jihadists": allies)
            rest = [s for s in sides if other_side(s) and _rival_states(actor1, s.mention)]
    actor2 = rest[0].mention if rest else None
    if actor2 is not None:
        actor2 = _named_for_generic(actor2, actor1, scored)
    if actor1 is None and announcer is not None and actor2 is not None and actor2.actor.type in ARMED_TYPES \
            and actor2.actor.type != "unknown" and actor2.actor.name != announcer.actor.name:
        actor1 = announcer  # forces announcing the killing of their enemies: their own operation
    if actor1 is None and event_type == "battles" and rest:
        # two sides, no attacker named: the side that took the losses is actor2
        rest.sort(key=lambda s: s.role == "target")
        actor2 = rest[0].mention
        actor1 = next((s.mention for s in rest[1:] if s.type in ARMED_TYPES and not _same_side(actor2, s.mention)),
                      None)
    targeted = actor2 is not None and any(s.mention is actor2 and s.role == "target" for s in scored)
    if actor1 is None and normalise is not None:
        covered = {t.i for m in mentions for t in trigger.sent if m.start_char <= t.idx < m.end_char}
        raw = _unlisted_agent(trigger, covered)
        if raw is not None:  # the issue's rule: no entry matches, the raw span is kept
            return LinkedActors(normalise(raw.text), actor2.actor if actor2 else None, evidence_of(raw), ev(actor2),
                                targeted)
    return LinkedActors(actor1.actor if actor1 else None, actor2.actor if actor2 else None, ev(actor1), ev(actor2),
                        targeted)


def _fought_each_other(trigger: Span, event_type: str) -> str:
    """A clash told by a two-way word ("fought each other": 'each other') or a battle word
    ("battled", "clashed": 'battle'); '' otherwise. Coordinated gangs that battled are rivals
    (ACLED: gang against gang); coordinated rebels that clashed may be allies, unless the
    sentence says they fought each other."""
    if event_type != "battles":
        return ""
    if _two_sided(trigger):
        return "each other"
    return "battle" if trigger.root.lemma_.lower() in load_cues().reciprocal_triggers else ""


def _named_for_generic(actor2: ActorMention, actor1: ActorMention | None, scored: Sequence[_Scored]) -> ActorMention:
    """A generic word for the other side ("killing 12 of the attackers") stands for the group the
    sentence names on that side ("repelled an attack by X fighters"): the named group is actor2.
    Only a non-state name, never actor1's side, never a place-like target."""
    if not actor2.generic or actor2.actor.type not in GENERIC_NON_STATE:
        return actor2
    return next((s.mention for s in scored if s.role != "unrelated" and not s.mention.generic
                 and not s.mention.target_only and s.type in NON_STATE_ARMED
                 and (actor1 is None or not _same_side(actor1, s.mention))), actor2)


def _attacked(mention: ActorMention, doc: Doc) -> bool:
    """The mention is the object of a verb of attack ("attacking a retired policeman")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    head = _phrase_head(span.root)
    return head.dep_ == "dobj" and head.head.lemma_.lower() in TARGET_VERBS


#: Who can intervene in a protest or riot: the state's forces, or a foreign or UN force policing it.
INTERVENING_TYPES = frozenset({"state_forces", "external_other"})


def intervening_force(scored: Sequence[_Scored], crowd: ActorMention | None, event_type: str,
                      doc: Doc) -> ActorMention | None:
    """The force (the state's, or a UN mission's) that intervened in a protest or riot. In a
    protest, a state actor the crowd acts on ("protesting the government's plan", "a rally at the
    military air base", "marched up to the police line") is what it protested against or where it
    gathered, not a force that intervened: only a force in another role counts. A force the crowd attacks
    ("protesters attacking a policeman") is the other side of what becomes a riot, and stays."""
    for s in scored:
        if s.type not in INTERVENING_TYPES or s.role == "unrelated" or (
                crowd is not None and _same_side(crowd, s.mention)):
            continue
        if event_type == "protests" and s.role in {"patient", "target"} and not _attacked(s.mention, doc):
            continue
        return s.mention
    return None


NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})


@dataclass(frozen=True, slots=True)
class RoleConvention:
    """What an ACLED sub-event type implies about its actors (``data/actor_roles.json``)."""

    crowd: str | None = None
    no_actor2: bool = False
    no_actor2_after_merge: bool = False
    force_words: frozenset[str] = frozenset()
    force_from_context: bool = False
    unnamed_actor1: str | None = None
    unnamed_actor2: str | None = None
    unnamed_actor2_objects: frozenset[str] = frozenset()
    actor2_against_non_state: str | None = None
    unless_parties_referred_to: bool = False
    opponent_from_article: bool = False
    opponent_after_merge: bool = False
    opponent_replaces_civilians: bool = False
    state_acts: bool = False
    non_state_acts: bool = False
    state_from_article: bool = False
    striker_from_peers: frozenset[str] = frozenset()
    victims_are_civilians: bool = False
    state_parties: bool = False
    attacker_takes_ground: bool = False
    rival_crowds: bool = False


@lru_cache(maxsize=1)
def load_role_conventions() -> dict[str, RoleConvention]:
    raw = role_data()
    return {sub: RoleConvention(**{k: frozenset(v) if isinstance(v, list) else v for k, v in conv.items()})
            for sub, conv in raw["sub_event_types"].items()}


def implies_actor2(conv: RoleConvention, trigger: Span) -> bool:
    """The type's unnamed actor2 is implied by the act itself, or (``unnamed_actor2_objects``)
    only where the trigger's phrase names what was acted on as people's property ("burned
    homes", "the looting of shops"; not "blew up bridges", nor "blew up a bridge near homes")."""
    objects = conv.unnamed_actor2_objects
    return not objects or any(t.lemma_.lower() in objects or t.lower_ in objects
                              for t in trigger.root.subtree if not _under_place_preposition(t, trigger.root))


def _under_place_preposition(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs, below ``root``, under a preposition of place ("near homes")."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in load_cues().vicinity_prepositions:
            return True
        token = token.head
    return False


def apply_role_conventions(linked: LinkedActors, trigger: Span, *, sub_event_type: str,
                           normalise: Callable[[str], Actor] | None,
                           article_mentions: Sequence[ActorMention] = (),
                           backers: frozenset[str] = frozenset()) -> LinkedActors:
    """Fill or correct the actors the sub-event type fixes by definition: the crowd of a riot is
    rioters, violence against civilians is aimed at civilians, arrests are made by the state,
    a base set up has no opponent; the other side of a battle the sentence leaves unnamed is the
    article's main party of the other camp (from ``article_mentions``), else, for territory a
    non-state group took, the state's forces. Implied actors are named through ``normalise``
    (the actor dictionary with the event's country) and take the trigger as their evidence;
    without ``normalise`` only removals and article parties apply. A force of ``backers`` (named
    by the sentence as a party's backer) is never the implied other side."""
    conv = load_role_conventions().get(sub_event_type)
    if conv is None:
        return linked
    a1, a2, e1, e2, targeted = linked.actor1, linked.actor2, linked.actor1_evidence, linked.actor2_evidence, \
        linked.actor2_targeted
    implied = evidence_of(trigger)
    if conv.no_actor2:
        a2, e2, targeted = None, None, False
    if normalise is not None:
        if conv.crowd and a1 is not None and a1.type in {"protesters", "civilians"}:
            a1 = replace(normalise(conv.crowd), mention=a1.mention)
        if conv.crowd and a2 is not None and a2.type == "civilians" and not conv.unnamed_actor2:
            a2, e2, targeted = None, None, False  # bystanders of a riot are not its opponent
        referred = conv.unless_parties_referred_to and any(
            p in trigger.sent.text.lower() for p in load_cues().party_references)
        if a1 is None and conv.unnamed_actor1 and not referred:
            a1, e1 = replace(normalise(conv.unnamed_actor1), mention=None), implied
        if a2 is None and conv.unnamed_actor2 and not (a1 is not None and a1.type == conv.unnamed_actor2) \
                and implies_actor2(conv, trigger):
            a2, e2 = replace(normalise(conv.unnamed_actor2), mention=None), implied
    unbacked = [m for m in article_mentions if m.actor.name not in backers]
    opponent = article_opponent(a1, unbacked) if a2 is None and conv.opponent_from_article else None
    if opponent is not None:
        a2, e2 = opponent.actor, Evidence(opponent.start_char, opponent.end_char, opponent.text)
    if a2 is None and normalise is not None and conv.actor2_against_non_state and a1 is not None \
            and a1.type in NON_STATE_ARMED:
        a2, e2 = replace(normalise(conv.actor2_against_non_state), mention=None), implied
        if a2.name in backers:
            a2, e2 = None, None  # the force the sentence names as the doer's backer lost no ground
    if (a1, a2, e1, e2, targeted) == (linked.actor1, linked.actor2, linked.actor1_evidence,
                                      linked.actor2_evidence, linked.actor2_targeted):
        return linked
    return LinkedActors(a1, a2, e1, e2, targeted)


def without_backers(mentions: Sequence[ActorMention], spans: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """The mentions but those of an actor that a backing phrase names (``spans``, from
    :func:`backer_spans`): a doer's backer is never the side it fought."""
    backers = {m.actor.name for m in mentions for s, e in spans if s <= m.start_char and m.end_char <= e}
    return [m for m in mentions if m.actor.name not in backers]


def article_opponent(actor1: Actor | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The other side of a battle whose sentence names only ``actor1`` (a named armed actor):
    the article's main party of the other camp (:func:`main_parties`), if it is not ``actor1``."""
    if actor1 is None or actor1.type not in ARMED_TYPES - {"unknown"}:
        return None
    government, insurgent = main_parties(mentions)
    if actor1.type == "state_forces":
        opponent = insurgent or foreign_state(actor1, mentions)
    else:
        opponent = government
    return opponent if opponent is not None and opponent.actor.name != actor1.name else None


def foreign_state(actor1: Actor, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The state-forces actor of another country that the article mentions most often (earliest
    on ties): the other side of a state's act in an article about a war between states."""
    if actor1.country is None:
        return None
    foreign = [m for m in mentions if m.actor.type == "state_forces" and m.actor.country not in (None, actor1.country)]
    counts: Counter[str] = Counter(m.actor.name for m in foreign)
    return next((m for m in foreign if counts[m.actor.name] == max(counts.values())), None)


def main_parties(mentions: Sequence[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """The article's main government side and its main armed opponent: the state-forces actor
    and the non-state armed actor mentioned most often (earliest first on ties). What "both
    sides" of an agreement refers to when the sentence names neither."""
    counts: Counter[str] = Counter(m.actor.name for m in mentions)
    first: dict[str, ActorMention] = {}
    for m in mentions:
        first.setdefault(m.actor.name, m)

    def top(types: frozenset[str]):
        names = [n for n in first if first[n].actor.type in types]
        return first[max(names, key=lambda n: counts[n])] if names else None  # max keeps the earliest

    return top(frozenset({"state_forces"})), top(NON_STATE_ARMED)


def find_sources(sent: Span) -> list[tuple[str, Evidence]]:
    """Who reports the event: subjects of speech verbs and "according to X"."""
    cues = load_cues()
    found: list[tuple[str, Evidence]] = []
    for tok in sent:
        if tok.lemma_.lower() not in cues.speech_verbs or tok.pos_ != "VERB":
            continue
        for child in tok.children:
            if child.dep_ == "nsubj" and child.pos_ in {"NOUN", "PROPN"}:
                sub = sent.doc[child.left_edge.i:child.i + 1]
                if len(sub) <= 8:
                    found.append((sub.text, evidence_of(sub)))
    lowered = sent.text.lower()
    for phrase in cues.attribution_phrases:
        at = lowered.find(phrase)
        if at < 0:
            continue
        start_char = sent.start_char + at + len(phrase) + 1
        span = sent.doc.char_span(start_char, sent.end_char, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span[0]
        stop = head.i
        while stop < sent.end and sent.doc[stop].dep_ not in {"punct", "cc"} and stop - head.i < 8:
            stop += 1
        sub = sent.doc[head.i:stop]
        if len(sub):
            found.append((sub.text, evidence_of(sub)))
    seen: set[str] = set()
    unique = []
    for name, ev in found:
        key = name.lower().removeprefix("the ")
        if key not in seen and key not in {"he", "she", "they", "it", "we", "i", "who"}:
            seen.add(key)
            unique.append((name, ev))
    return unique


def _hedged_past(verb) -> bool:
    """A perfect infinitive under a verb that hedges a report ("were said to have attacked",
    "seemed to have been set off"): a past act told with caution, not a plan."""
    return verb.head.lemma_.lower() in load_cues().hedging_verbs and \
        any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _purpose_of_force(verb) -> bool:
    """A verb of breaking up a crowd that is the purpose of the act it depends on ("fired tear
    gas to disperse the protesters", "opened fire to scatter the crowd"), not the object of an
    intent or a command ("threatened to disperse them", "ordered the police to disperse them")."""
    cues = load_cues()
    return verb.lemma_.lower() in cues.dispersal_verbs and verb.dep_ in {"advcl", "xcomp"} \
        and verb.head.lemma_.lower() in cues.force_verbs


def _curly_negation(child) -> bool:
    """A "n’t" with a curly apostrophe, which the parser reads as an adverb of the verb or of its
    auxiliary ("didn’t shell") instead of a negation."""
    if child.dep_ == "advmod" and child.lemma_.lower() == "not":
        return True
    return child.dep_ in {"aux", "auxpass"} and any(
        g.dep_ == "advmod" and g.lemma_.lower() == "not" and g.i == child.i + 1 for g in child.children)


NEGATORS = frozenset({"not", "n't", "n’t"})
NEGATED_AUX = frozenset({"do", "will", "would", "can", "could", "shall", "should", "must", "may", "might", "have", "be"})


def _two_sided(trigger: Span) -> bool:
    """A strike both sides carried out ("traded artillery fire", "shelled each other's
    positions"): its clause, the trigger's verb and what hangs on it, holds a two-sided word."""
    verb = trigger.root
    for _ in range(3):  # "traded [artillery] fire": from the weapon word up to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    clause = " ".join(t.lower_ for t in verb.subtree)
    lemmas = {verb.lemma_.lower(), trigger.root.lemma_.lower()}
    return any(w in lemmas or f" {w} " in f" {clause} " for w in load_cues().two_sided_words)


def _negated_in_words(verb) -> bool:
    """An auxiliary and "not" right before the trigger ("we don’t attack"), whatever the parse
    made of them: a curly apostrophe can leave "n’t" as an object and the verb as a noun."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].lower_ in NEGATORS and doc[verb.i - 2].lemma_.lower() in NEGATED_AUX


def _conditional(verb) -> bool:
    """A clause opened by "if" or "unless" that states a condition ("sanctions follow if nerve
    gas is used again"), not one that asks whether ("asking if shells had struck the camp")."""
    cues = load_cues()
    head = verb.head
    asking = {head.lemma_.lower(), *(c.lemma_.lower() for c in head.children if c.dep_ in {"acomp", "attr"})}
    return verb.dep_ in {"advcl", "ccomp"} and not asking & cues.question_verbs \
        and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in verb.children)


def _own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to a finite past verb joined by "and" ("tried to enter and started a fight",
    "did not name him but said that ten were held"): that verb is a clause of its own, the "to",
    modal or negation of the verb it joins does not reach it."""
    for k, tok in enumerate(chain):
        if tok.dep_ == "conj" and tok.tag_ == "VBD":
            return chain[:k + 1]
    return chain


def _attempted_assault(verb) -> bool:
    """An assault a side tried to make ("protesters tried to storm the airport", "attempted to
    raid the base"): the try is the act, repelled or not; a modal, negation or future above
    the trying still makes it unreal. Not a taking of ground ("tried to seize the town"): a
    failed taking is a fight, which the sentence tells by other words if at all. Not in a clause
    that describes a side ("militants who tried to storm the post were shot dead"): the main
    clause tells the act, the try only who started it."""
    cues = load_cues()
    head = verb.head
    return verb.dep_ == "xcomp" and verb.lemma_.lower() in cues.attempted_assault_verbs \
        and head.lemma_.lower() in cues.attempt_verbs and head.dep_ not in ("relcl", "acl")


def _forgone(trigger: Span) -> bool:
    """The act is the one passed over for another ("instead of storming the capital", "rather than
    attack it"): the words right before the trigger are one of the cue list 'forgone_phrases'."""
    doc = trigger.doc
    before = doc[max(0, trigger.start - 2):trigger.start].text.lower()
    return before in load_cues().forgone_phrases


def denied_by_quantifier(word) -> bool:
    """A negative quantifier (cue list nobody_words) on the act's own words: on the trigger noun
    ("no arrests had been made by Tuesday") or on the subject of the trigger verb ("no one was
    detained", "none of the villagers was abducted", "no member of the gang has been arrested").
    Only the word's own determiner and subject: "no civilians were hurt when jets bombed X"
    denies the hurt, not the bombing; "no fewer than 20" is a count, not a determiner."""
    nobody = load_cues().nobody_words

    def nobody_det(tok) -> bool:
        return any(d.dep_ == "det" and d.lower_ in nobody for d in tok.children)

    if word.pos_ in ("NOUN", "PROPN") and nobody_det(word):
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in nobody or nobody_det(c)) for c in word.children)


def is_irrealis(trigger: Span) -> bool:
    """A threat, plan, forecast or negated action rather than something that happened."""
    cues = load_cues()
    root = trigger.root
    if _negated_in_words(root) or _forgone(trigger) or denied_by_quantifier(root):
        return True
    chain = _own_clause([root] + list(root.ancestors)[:2])
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "neg" or _curly_negation(child):
                if tok.i != root.i and tok.lemma_.lower() in cues.telling_verbs:
                    continue  # "did not mention another attack": the telling is negated, not the attack
                return True
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in cues.irrealis_markers:
                if child.lower_ == "to" and tok.head.lemma_.lower() in cues.realised_to_verbs \
                        and not any(c.dep_ == "dobj" for c in tok.head.children):
                    continue  # "managed to seize" happened ("began an operation to retake X": its aim)
                if child.lower_ == "to" and _hedged_past(tok):
                    continue  # "seemed to have been set off by a bomber" happened
                if child.lower_ == "to" and _purpose_of_force(tok):
                    continue  # "fired tear gas to disperse the crowd": the crowd was acted on
                if child.lower_ == "to" and _attempted_assault(tok):
                    continue  # "tried to storm the airport": the assault was made, if repelled
                return True
        if tok.lemma_.lower() in cues.irrealis_markers and tok.pos_ == "VERB" \
                and not (tok.i == root.head.i and _attempted_assault(root)):
            return True
        if _conditional(tok):
            return True
    return False


# --- the spaCy component ----------------------------------------------------------------------

NAME = "sitrep_sources_v1"

if not Span.has_extension("sources"):
    Span.set_extension("sources", default=None)


def sentence_sources(sent: Span) -> tuple[tuple[str, Evidence], ...]:
    """Who reports the event a sentence tells (``find_sources``), as ``sitrep_sources_v1`` read it."""
    return sentence_annotation(sent, "sources", NAME)


@Language.component(NAME, requires=["doc.spans", "token.dep", "token.lemma"], assigns=["span._.sources"])
def source_component(doc: Doc) -> Doc:
    """The sources of every sentence that holds a trigger (``sent._.sources``)."""
    for sent in sentences_with_triggers(doc):
        sent._.sources = tuple(find_sources(sent))
    return doc
