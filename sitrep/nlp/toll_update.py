"""Days that date a toll update, not an act: "the death toll rose to 18 on Wednesday", "the
number of people killed climbed to 22 on Friday", "four more bodies were recovered on Saturday,
taking the toll to 16". Such a sentence names no new act: it updates the toll of an act told
by day or description, whose own day is earlier. The update's day only bounds that act (on or
before it), as a statement's day does, so the date reader marks it as a statement date.

Cue words are data (``data/date_cues.json``: ``toll_update``)."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies by which a date phrase hangs on the verb it dates ("rose to 18 on Wednesday").
_DATE_DEPS = frozenset({"pobj", "prep", "npadvmod", "advmod", "tmod", "obl", "compound", "nmod", "amod"})
#: How many words a date phrase climbs to its verb.
_REACH = 3


def _cues() -> dict:
    from sitrep.nlp.dates import date_cues

    return date_cues()["toll_update"]


def dates_toll_update(date_root: Token) -> bool:
    """Whether the date phrase whose root is ``date_root`` hangs on a verb that updates a toll
    (``updates_toll``)."""
    tok = date_root
    for _ in range(_REACH):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in _DATE_DEPS:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return updates_toll(head)
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ == "prep":
            return False  # "an attack on Monday": the date of the noun it modifies
        tok = head
    return False


def updates_toll(verb: Token) -> bool:
    """A verb that tells a toll rising ("the toll rose", "the number killed climbed"), or bodies
    found that add to a toll ("four more bodies were recovered", "rescuers pulled bodies from the
    rubble, bringing the toll to 44")."""
    cues = _cues()
    lemma = verb.lemma_.lower()
    if lemma in cues["rise_verbs"]:
        return any(c.dep_ in ("nsubj", "nsubjpass") and names_toll(c) for c in verb.children)
    if lemma not in cues["recovery_verbs"]:
        return False
    bodies = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in cues["body_words"]]
    further = any(k.lower_ in cues["further_words"] for b in bodies for k in b.subtree)
    return further or any(raises_toll(c) for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj"))


def raises_toll(verb: Token) -> bool:
    """A verb that sets a toll to a figure ("taking the number killed to 16", "raising the toll to 37")."""
    cues = _cues()
    return verb.lemma_.lower() in cues["raising_verbs"] and any(
        c.dep_ in ("dobj", "obj") and names_toll(c) for c in verb.children)


def names_toll(noun: Token) -> bool:
    """A toll noun ("the death toll", "the tally"), or a count of the dead ("the number of people
    killed", "the figure of the dead"): a bare "number" counts anything."""
    cues = _cues()
    lemma = noun.lemma_.lower()
    if lemma in cues["plain_toll_words"]:
        return True
    if lemma not in cues["toll_words"]:
        return False
    deaths = cues["death_words"]
    return any(t.i != noun.i and (t.lemma_.lower() in deaths or t.lower_ in deaths) for t in noun.subtree)


def toll_update_verb(sent) -> Token | None:
    """The verb by which the sentence tells a toll updated ("the toll rose to 31", "bringing the
    number killed to 16", "four more bodies were found"), or None."""
    return next((t for t in sent if t.pos_ in ("VERB", "AUX") and (updates_toll(t) or raises_toll(t))), None)


def tells_toll_update(sent) -> bool:
    """Whether the sentence tells the toll of one act updated: its figure is the act's running
    total (not a tally over a stretch of time: ``counts_a_period``)."""
    verb = toll_update_verb(sent)
    return verb is not None and not counts_a_period(verb)


#: Dependencies from a death word up to the count noun of its phrase ("the number of people killed").
_COUNT_DEPS = frozenset({"acl", "relcl", "amod", "pobj", "prep", "compound", "nmod"})


def counted_toll_figures(word: Token) -> list[Token]:
    """The figure a counted toll is set to when ``word`` is the death word of its phrase ("the
    number of people killed rose to 12", "taking the number killed to 16": 12, 16); empty when
    the word stands in no such phrase. Plain toll nouns ("the death toll rose to 20") are read
    by the casualty reader's own toll rule."""
    cues = _cues()
    tok = word
    for _ in range(4):
        if tok.dep_ not in _COUNT_DEPS or tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.lemma_.lower() in cues["toll_words"] and tok.lemma_.lower() not in cues["plain_toll_words"]:
            break
    else:
        return []
    if not names_toll(tok):
        return []
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in cues["rise_verbs"]:
        to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        figures = [p for c in to for p in c.children if p.dep_ == "pobj"]
        return figures or [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.like_num]
    if tok.dep_ in ("dobj", "obj") and raises_toll(verb):
        # the parser may hang "to 16" on the death word ("taking the number killed in X to 16")
        return [p for h in (verb, word) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj" and p.like_num]
    return []


def counts_a_period(verb: Token) -> bool:
    """Whether the toll that ``verb`` updates is told over a stretch of time ("bringing the toll this
    month to 107", "the number killed since January rose to 300", "since the war began, the toll
    has reached 9,000") or over a whole war ("the overall toll of the war", "the war's death toll"):
    a tally of many acts."""
    cues = _cues()
    period, war = cues["period_words"], cues["war_words"]
    tolls = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and names_toll(c)]
    if any(t.lower_ in period or t.lemma_.lower() in war for c in tolls for t in c.subtree):
        return True
    return any(c.lower_ in period for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "mark")) or any(
        m.dep_ == "mark" and m.lower_ in period for c in verb.children if c.dep_ == "advcl" for m in c.children)
