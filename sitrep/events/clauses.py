"""Reading a trigger's clause in the parse: its verb, its own words, and the words that tell
other actions than its own (whose dates and places are not the event's)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import group_spans, per_span


CLAUSE_BREAKS = frozenset({"relcl", "advcl", "acl", "ccomp", "parataxis"})


def clause_verb(trigger: Span):
    """The verb of the trigger's clause (the trigger itself when it is the verb)."""
    verb = trigger.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ not in CLAUSE_BREAKS:
        verb = verb.head
    return verb


def other_actions(trigger: Span) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of the trigger's clause that tell other actions than its own, as two sets:

    * elsewhere: a relative clause of place or time about something else ("on the outskirts,
      where rebels launched an offensive on Sunday"), a parenthetical clause, or an earlier or
      later action told as a gerund after "after"/"before" ("took 40% of the town after ousting
      the fighters from their fields last night"); a date there dates that other action, never
      the event;
    * aside: other subordinate clauses and coordinated verbs ("seized the north in 2012, but
      were driven out in 2013", "protesters who marched on Saturday"); a date there is used
      only when the trigger's own words have none.

    Worked out once per trigger (the event layer asks for each trigger's dates, toll and acts).
    """
    return per_span(trigger, "sitrep_other_actions", _other_actions)


def _other_actions(trigger: Span) -> tuple[frozenset[int], frozenset[int]]:
    verb = clause_verb(trigger)
    # a clause that qualifies a noun trigger ("the attack that took place on Sunday") is its own
    qualifies = range(trigger.start, trigger.end) if trigger.root.pos_ in {"NOUN", "PROPN"} else range(0)
    elsewhere: set[int] = set()
    aside: set[int] = set()
    sequence = load_cues().sequence_prepositions
    for tok in verb.subtree:
        if tok.i == verb.i or tok.head.i in qualifies or tok.left_edge.i <= trigger.start <= tok.right_edge.i:
            continue
        if tok.dep_ == "parataxis" or tok.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in tok.children) or (
                tok.dep_ == "pcomp" and tok.pos_ == "VERB" and tok.head.lower_ in sequence):
            elsewhere.update(t.i for t in tok.subtree)
        elif tok.dep_ in CLAUSE_BREAKS or tok.dep_ == "conj" and tok.head.i == verb.i and tok.pos_ in {"VERB", "AUX"}:
            aside.update(t.i for t in tok.subtree)
    return frozenset(elsewhere), frozenset(aside - elsewhere)


def clause_text(trigger: Span) -> str:
    """The words of the trigger's own clause: its verb's subtree without subordinate clauses
    ("fired rockets into Eritrea", not "..., deepening a war that has cost thousands of lives");
    worked out once per trigger."""
    return per_span(trigger, "sitrep_clause_texts", _clause_text)


def _clause_text(trigger: Span) -> str:
    verb = clause_verb(trigger)
    words = list(verb.subtree)  # ``Token.subtree`` walks the parse anew on each call
    skip: set[int] = set()
    for tok in words:
        if tok.i != verb.i and tok.dep_ in CLAUSE_BREAKS and not (tok.left_edge.i <= trigger.start <= tok.right_edge.i):
            skip.update(t.i for t in tok.subtree)
    return " ".join(t.text for t in words if t.i not in skip).lower()



def kin_types(a: str, b: str) -> bool:
    """Two sub-event types that may tell one act: the same, the generic clash/attack words, or one
    that the other absorbs or refines (codebook)."""
    if a == b or {a, b} <= {"armed_clash", "attack"}:
        return True
    book = load_codebook()
    ea, eb = book.entry(a), book.entry(b)
    return b in ea.absorbs or a in eb.absorbs or b in ea.refines or a in eb.refines


def held_for_words(trigger: Span) -> frozenset[int]:
    """Tokens of a clause that tells, of the people an act that kills no one held, what they are
    held for ("arrested a youth thought to have left a parcel that blew up on Friday", "detained
    the third accused over a clip that was posted on May 2"): a date there is that deed's, not
    the arrest's. Only clauses (relative or participial) inside the phrase of the held people or
    of the verb's "over"/"with" phrase count, never the verb's own modifiers."""
    own = trigger.label_
    if not own or load_codebook().entry(own).deadly:
        return frozenset()
    verb = trigger.root
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             or c.dep_ == "prep" and c.lower_ in ("over", "with", "in")]
    words: set[int] = set()
    for head in heads:
        for t in head.subtree:
            if t.dep_ in ("relcl", "acl") and t.i != verb.i:
                words.update(u.i for u in t.subtree)
    return frozenset(words)


def other_acts_words(trigger: Span) -> frozenset[int]:
    """Tokens of the phrase of a deadly act that the sentence of a trigger of an act that kills no
    one tells, and that does not hold the trigger ("arrested two suspects in the June 5 attack on
    a church in X", "held in connection with the killing of nine people on Monday"): a date there
    is the deadly act's, which the arrest or the deal answers."""
    own = trigger.label_
    book = load_codebook()
    if not own or book.entry(own).deadly:
        return frozenset()
    words: set[int] = set()
    for other in group_spans(trigger.doc, "triggers"):
        if other.sent.start != trigger.sent.start or other.start == trigger.start or not other.label_:
            continue
        root = other.root
        if root.left_edge.i <= trigger.root.i <= root.right_edge.i or kin_types(own, other.label_) \
                or not book.entry(other.label_).deadly:
            continue
        words.update(t.i for t in root.subtree)
    return frozenset(words)


#: Dependencies of a word that dates the noun it hangs on ("the overnight raid", "Friday's assault").
NOUN_DATE_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: Dependencies that open a clause of its own below a word.
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "conj", "parataxis"})


def other_dated_act_words(trigger: Span) -> frozenset[int]:
    """Words that date another trigger noun, told in a clause below the trigger's, as its
    modifiers ("the militia's push on the ridge failed, so it regrouped ahead of Friday's
    offensive", "mourners held pictures of men shot at rallies against the March 3 coup"): that
    later or other act's day, not the trigger's. A noun of the trigger's own
    clause ("attacked missions, including a 2012 assault on X": an instance of the act) still
    dates it, and so does one above it, which frames it ("Saturday's attack killed five")."""
    words: set[int] = set()
    for other in group_spans(trigger.doc, "triggers"):
        if other.sent.start != trigger.sent.start or other.start == trigger.start:
            continue
        root = other.root
        if root.pos_ in ("NOUN", "PROPN") and in_clause_below(root, trigger.root):
            words.update(u.i for c in root.children if c.dep_ in NOUN_DATE_DEPS for u in c.subtree)
    return frozenset(words)


def in_clause_below(tok: Token, head: Token) -> bool:
    """Whether ``tok`` hangs below ``head`` through a clause of its own (not phrases only)."""
    clause = False
    while tok.head.i != tok.i:
        clause = clause or tok.dep_ in CLAUSE_DEPS
        tok = tok.head
        if tok.i == head.i:
            return clause
    return False


def told_as_renewed(trigger: Span) -> bool:
    """An act told as taken up again or going on ("renewed fighting", "fighting resumed",
    "launched another offensive"): fighting of its own beside a capture, not the one the capture
    was fought in (cue list ``renewal_words``)."""
    words = load_cues().renewal_words
    root = trigger.root
    near = [root, *root.children, root.head]  # its own words and modifiers ("renewed fighting")
    verb, node = clause_verb(trigger), root
    while node.i != verb.i and node.head.i != node.i:  # the verbs above it, not their other clauses
        node = node.head
        near.append(node)
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near)


#: How an act hangs on a reply verb when it is the reply itself ("retaliated and looted shops",
#: "retaliated, burning homes", "vowed to avenge them by raiding"), not the act answered ("retaliated
#: for the looting", "avenged the raid": an object of the verb or of its preposition)
REPLY_LINKS = frozenset({"conj", "advcl", "xcomp"})


def told_as_reply(trigger: Span) -> bool:
    """An act told as one side's answer to another's ("hit back and looted the stores", "took
    revenge by torching a depot", cue list ``reply_verbs``): the verb it is joined to or done by
    ("by" and a gerund) says so. The act the reply answers is the verb's object and no reply."""
    words = load_cues().reply_verbs
    root = trigger.root
    near = [root]
    if root.dep_ in REPLY_LINKS:
        near.append(root.head)
    elif root.dep_ == "pcomp" and root.head.lower_ == "by":  # "retaliated by burning"
        near.append(root.head.head)
    return any(t.lemma_.lower() in words for t in near)


def sequence_scope(trigger: Span) -> frozenset[int]:
    """The words of the act that the trigger's act is told to come after or before, when the
    trigger stands in them ("came after [rebels killed 20 troops]", "began after [the arrest of
    the president]", "followed [bombings in X]"); empty when it stands in none."""
    found = sequence_clause(trigger.root, phrases=True)
    return found[1] if found is not None else frozenset()


def sequence_clause(tok: Token, *, phrases: bool = False) -> tuple[str, frozenset[int]] | None:
    """The sequence word of the act that ``tok`` stands in, told as coming after or before
    another, and the words of that act: the clause "after"/"before" introduces ("came after
    [rebels killed 20 troops]"), with ``phrases`` also a noun phrase ("began after [the arrest of
    the president]"), or the object and phrases of a sequence verb ("followed [clashes] [on
    Monday]", however the parse attaches the day); None when it stands in none (cue lists
    ``sequence_prepositions``, ``sequence_verbs``). The dating of events (a date in another
    act's clause) asks without ``phrases``, the split of triggers (:func:`sequence_scope`) with."""
    cues = load_cues()
    sequence = cues.sequence_prepositions
    for node in [tok, *tok.ancestors]:
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in sequence), None)
        if node.dep_ == "advcl" and mark is not None:
            return mark.lower_, frozenset(t.i for t in node.subtree)
        if node.head.lower_ in sequence and (node.dep_ == "pcomp" and node.pos_ == "VERB"
                                             or phrases and node.dep_ in {"pobj", "pcomp"}):
            return node.head.lower_, frozenset(t.i for t in node.subtree)
        verb = node.head
        if node.dep_ in ("dobj", "prep") and verb.pos_ == "VERB" and verb.lemma_.lower() in cues.sequence_verbs:
            return verb.lemma_.lower(), frozenset(t.i for c in verb.children if c.dep_ in ("dobj", "prep")
                                                  for t in c.subtree)
    return None


def told_in_sequence(a: Span, b: Span) -> bool:
    """Two triggers of one sentence that tell two acts, one coming after the other ("the
    airstrikes came after militiamen shot dead 12 police officers", "the ambush followed blasts in X"):
    one stands in the phrase of the earlier or later act and the other outside it."""
    scope_a, scope_b = sequence_scope(a), sequence_scope(b)
    return bool(scope_a) and b.root.i not in scope_a or bool(scope_b) and a.root.i not in scope_b
