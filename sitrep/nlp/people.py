"""Words that name people: the test behind "seizing people is no seizing of ground"."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitrep.nlp.cues import load_cues

#: Words that stand for an unnamed quantity of people ("some of the guards", "two of them").
QUANTITY_HEADS = frozenset({"some", "many", "dozens", "scores", "hundreds", "one", "all", "several", "total"})
#: Personal pronouns: what they stand for is people.
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    cues = load_cues()
    return cues.unarmed_victim_nouns | cues.armed_victim_nouns | cues.member_nouns | cues.person_nouns


def _quantity_head(noun: Token) -> Token:
    """ "two of the guards": the noun counted, not the count."""
    if noun.lemma_.lower() in QUANTITY_HEADS or noun.like_num:
        return next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children), noun)
    return noun


def _people_word(noun: Token) -> bool:
    """A person noun, or a compound ending in one ("schoolteacher", "businessman")."""
    lemma = noun.lemma_.lower()
    return lemma in people_nouns() or any(len(w) >= 3 and lemma.endswith(w) for w in people_nouns() if " " not in w)


def names_a_person(noun: Token) -> bool:
    """A name the NER calls a person that the text also describes as one: an age or a person
    noun set beside it ("Musa Ali, 34,", "Musa Ali, a teacher,"). A bare name is not enough
    (the NER takes many villages for people); a village is not given an age or a trade."""
    if noun.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "appos" and (c.like_num or c.tag_ == "CD" or _people_word(c)) for c in noun.children)


def is_people(noun: Token) -> bool:
    """A noun phrase head that names people: a person noun, a nationality in the plural, a
    number of them ("eleven", "two of the guards"), or a name described as a person's."""
    head = _quantity_head(noun)
    if names_a_person(head):
        return True
    if head.ent_type_ == "NORP" and head.tag_ in {"NNS", "NNPS"}:
        return True
    if head.lower_ in PERSONAL_PRONOUNS:
        return True
    return head.lemma_.lower() in people_nouns() or head.like_num and head.i == noun.i and head.dep_ == "nsubjpass"
