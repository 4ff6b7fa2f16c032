"""A gathering as the scene of a shooting: "a gunman opened fire at a campaign rally", "he was
shot dead as he left a rally". ACLED codes the attack on the people there; the rally itself,
named only as where (or at what) the shots were fired, is no protest event of its own. When a
state force fires, the same words tell force against protesters, which other triggers read, so
the gathering stays a protest then."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import verb_doers

#: how far up a clause chain ("as he left a rally" under "was shot") the harm verb may be
_CLAUSE_STEPS = 2
#: how far up from the noun a preposition hangs on ("fire", "two supporters at a rally") to the
#: verb acting on it, through the relations of what a verb acts on
_NOUN_STEPS = 3
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "appos", "conj"})


def _harm_verb(verb: Token) -> bool:
    """A verb of shooting, killing or wounding ("shot", "killed", "fired", "opened fire")."""
    cues = load_cues()
    lemma = verb.lemma_.lower()
    if lemma in cues.killing_verbs or lemma in cues.scene_harm_verbs:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.scene_harm_verbs for c in verb.children)


def _state_doer(verb: Token) -> bool:
    """The verb's doer (subject or passive agent) is a state force ("police opened fire")."""
    forces = load_cues().state_force_nouns
    return any(d.lemma_.lower() in forces or d.lower_ in forces for d in verb_doers(verb))


def _state_shoots_in(noun: Token) -> bool:
    """A state force is the doer of a harm verb anywhere in the noun's sentence ("marchers were
    killed when police opened fire"): the gathering may be a protest met with force."""
    return any(t.pos_ in ("VERB", "AUX") and _harm_verb(t) and _state_doer(t) for t in noun.sent)


def _governing_verb(noun: Token) -> Token | None:
    """The verb the gathering hangs on as a place or target ("fired at a rally") or as what a
    clause's verb of going acts on ("as he left the rally"), else None."""
    cues = load_cues()
    if noun.dep_ == "pobj" and noun.head.lower_ in cues.scene_prepositions:
        verb = noun.head.head
        for _ in range(_NOUN_STEPS):  # "opened fire at", "wounds a candidate, two supporters at"
            if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in _OBJECT_DEPS:
                break
            verb = verb.head
        return verb
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.scene_leaving_verbs:
        return noun.head
    return None


def scene_of_shooting(noun: Token) -> bool:
    """The gathering noun names where, or at what, a shooting or killing by no state force was
    done: the verb it hangs on, or a verb up to two clauses above it, is a harm verb."""
    verb = _governing_verb(noun)
    steps = 0
    while verb is not None and steps <= _CLAUSE_STEPS:
        if _harm_verb(verb):
            return not _state_doer(verb) and not _state_shoots_in(noun)
        if verb.dep_ not in ("advcl", "conj", "relcl") or verb.head.i == verb.i:
            return False
        verb, steps = verb.head, steps + 1
    return False
