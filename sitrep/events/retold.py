"""An earlier act named as what a later act is about: "two men held in connection with a
market bombing", "charged with murdering a trader", "accused the army of shelling the town",
"protests over the killing of a student". The arrest, charge, accusation or protest is the
news; the act it is about happened before, so its words tell no event of the report's day.
When the phrase dates the act ("suspected of planting the bomb that went off on Sunday"), it
still tells that act, on its own day (the background rules then judge it).

The governor and preposition pairs are data (``nlp/data/cues.json``: ``cause_links``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.nlp.cues import load_cues
from sitrep.nlp.dates import phrase_dates
from sitrep.nlp.people import is_people
from sitrep.nlp.triggers import DATE_ENTS

#: How many words above the trigger the linking preposition may stand ("the disappearance of
#: five students who were abducted by police": abducted <- students <- of <- disappearance <- with).
REACH = 8


def cause_link(trigger: Span) -> Token | None:
    """The preposition that names the trigger's act as what another act is about ("with" of "in
    connection with", "for" of "arrested for"), or None. The walk starts from every word of the
    trigger: a phrase with a gap may span the governor too ("men were charged with the murder")."""
    for start in trigger:
        found = _link_above(start)
        if found is not None:
            return found
    return None


def _link_above(start: Token) -> Token | None:
    """The linking preposition above ``start``, through noun phrases and gerunds ("of carrying
    out the attack") but no other verb: a clause of its own ("the road linking X to Y, which
    makes it prone to raids") tells its acts apart from the words above it."""
    links = load_cues().cause_links
    tok = start
    for _ in range(REACH):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "prep" and any(f"{g.lemma_.lower()} {tok.lower_}" in links and not _passive_accusation(g)
                                      for g in _governors(head)):
            return tok
        if tok.i != start.i and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "pcomp":
            return None
        tok = head
    return None


def _passive_accusation(verb: Token) -> bool:
    """A finite passive of blame whose subject is the accused ("the gang was accused by police of
    abducting nine nurses"): the way a report names who did the act it tells (``attribution``),
    not a later act about an earlier one, as the active "X accused Y of ..." of a party is."""
    return verb.lemma_.lower() in load_cues().accusation_verbs and any(c.dep_ == "nsubjpass" for c in verb.children)


def _governors(head: Token) -> list[Token]:
    """The word a preposition hangs on and, for the object of a verb, that verb too: the parse
    often hangs "of" on the accused ("accused the rebels of shelling X")."""
    if head.dep_ == "dobj" and head.head.i != head.i:
        return [head, head.head]
    return [head]


def is_retold_cause(trigger: Span) -> bool:
    """The trigger's act is what an arrest, charge, accusation or protest is about, or tells who
    the people an arrest took are, and the phrase that names it gives it no date of its own: an
    earlier act retold, not news."""
    if recalled_of_the_held(trigger):
        return True
    prep = cause_link(trigger)
    return prep is not None and not _dated(prep) and not any(_dated(p) for p in _dates_after_accusation(prep))


def recalled_of_the_held(trigger: Span) -> bool:
    """The trigger's act is told only to say who the people an arrest or charge took are: it lies
    in a relative clause or participle on them or on a noun of their phrase ("arrested three men
    who belong to the gang that ambushed a convoy"), or in a "behind" phrase or the "of" phrase of
    a suspect noun ("members of the network behind the bombing", "perpetrators of the killings"),
    with no date of its own ("a bomb that went off on Sunday" still dates its act). The walk goes
    up through noun phrases and those describing clauses, never through another clause's verb."""
    cues = load_cues()
    tok = trigger.root
    describing: Token | None = None  # the innermost phrase that tells the act as a description
    for _ in range(REACH):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl", "pcomp"):
            return False
        if tok.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") or tok.dep_ == "prep" and (
                tok.lower_ in cues.suspect_modifiers or tok.lower_ == "of" and head.lemma_.lower() in cues.suspect_nouns):
            describing = describing or tok
        if describing is not None and tok.dep_ == "relcl" and _held_before(tok):
            return not _dated(describing)
        tok = head
        if describing is not None and tok.pos_ in ("NOUN", "PROPN") and _held(tok):
            return not _dated(describing)
    return False


def _held_before(clause: Token) -> bool:
    """A "who" clause the parse hung on a place or other non-person ("the arrest of four men in
    X district, west of Y, who belong to ..."): "who" speaks of people, so the clause tells of
    the people held before it in the sentence, when there are such."""
    if is_people(clause.head) or not any(c.lower_ in ("who", "whom") for c in clause.children):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and _held(t) for t in clause.sent if t.i < clause.head.i)


def _held(noun: Token) -> bool:
    """People an arrest or charge takes: the object of a holding verb ("arrested three men"), the
    "of" phrase of a holding noun ("the arrest of five militants"), a noun a holding participle
    hangs on, or the subject of a holding verb without an object, as headlines put the passive
    ("two members detained"); cue list ``holding_words``."""
    holding = load_cues().holding_words
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    head = noun.head
    return (noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in holding
            or noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in holding
            or noun.dep_ == "nsubj" and head.lemma_.lower() in holding and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ == "dobj" for c in head.children)
            or any(c.dep_ == "acl" and c.lemma_.lower() in holding for c in noun.children))


def _dates_after_accusation(prep: Token) -> list[Token]:
    """Date phrases that follow an active accusation's "of" phrase but hang on the accusing verb
    ("residents accused soldiers of killing ten men in X on Sunday"): a date after the act
    is the act's; the accusation's own date comes before it ("on Sunday accused ... of")."""
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    if verb.lemma_.lower() not in load_cues().accusation_verbs or not any(c.dep_ == "nsubj" for c in verb.children):
        return []  # a participle ("a man suspected of ...") takes the date of the clause it hangs in
    return [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > prep.right_edge.i]


def _dated(prep: Token) -> bool:
    """Whether the phrase of ``prep`` holds a date (a date mention that is no statement's, or a
    date entity the date layer did not read: "early this month")."""
    return bool(phrase_dates(prep)) or any(t.ent_type_ in DATE_ENTS for t in prep.subtree)
