"""Fatality and injury figures of one event, read from one or a few sentences.

Numbers are linked to death / injury words through the dependency parse (the object of
"kill"/"wound", the subject of "were killed"/"died", "the death toll rose to 20", "left 13
people dead", "20 deaths"), never taken from anywhere in the sentence, so years, ages,
"28 strikes" or "3 million displaced" are not read as casualties.

Conventions (``shared/eval/NOTES.md``, "Fatalities and injured"):

* exact figure -> ``best`` only; "at least N" / "more than N" -> best N, low N;
  "between 8 and 15" / "8 to 15" -> best 8 (the figure the text leads with), low 8, high 15;
  "around thirty" -> 30; "up to N" -> best N, high N;
* tolls of several groups in one clause are summed ("31 soldiers and 3 VDP"); subsets
  introduced by "including"/"among" are not added; a singular victim ("killed the ambassador",
  "killed Ahmed Godane") counts 1;
* vague quantities ("dozens", "several", "many") leave ``best`` null; ``acled_killed`` then
  takes the ACLED conventional value from ``data/quantities.json`` (dozens=12, hundreds=100...);
  "casualties" is not read as deaths;
* "no casualties were reported" / "no one was hurt" -> 0;
* aggregate tolls over long periods ("the war has killed thousands", "killed 2,000 civilians
  since 2015") are rejected.

Vocabulary lives in ``data/quantities.json``; number words are read with ``numerizer``, applied
to the short number phrase only (it mangles longer text), so evidence offsets stay those of the
original tokens.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from numerizer import numerize
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.model import Evidence, Fatalities
from sitrep.nlp.arguments import in_dateline
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.dates import is_month_name
from sitrep.nlp.cues import load_cues
from sitrep.nlp.people import is_people
from sitrep.nlp.sentences import doc_text, group_spans, per_span, sentence_words, sentences, span_text
from sitrep.nlp.toll_update import counted_toll_figures
from sitrep.nlp.triggers import acted_on, sentence_annotation, sentences_with_triggers

_DATA = Path(__file__).parent / "data" / "quantities.json"


@dataclass(frozen=True)
class Casualties:
    killed: Fatalities
    injured: int | None
    killed_evidence: Evidence | None
    injured_evidence: Evidence | None
    acled_killed: int | None  # ACLED convention: vague words -> table value; ranges -> lowest


@dataclass(frozen=True)
class Quantity:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    vague: int | None = None  # conventional value of a vague word ("dozens" -> 12)


@lru_cache(maxsize=1)
def _q() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def inclusion_preps() -> frozenset[str]:
    """The words that open a share of a count ("including", "among"; ``quantities.json``
    ``inclusion_preps``), for the modules that read such shares too."""
    return frozenset(_q()["inclusion_preps"])


def counted_vaguely(text: str) -> bool:
    """Whether the words count people by a vague word ("dozens of villagers", "several residents",
    "some patients"; ``quantities.json``: ``vague``)."""
    return _vague_word().search(text.lower()) is not None


@lru_cache(maxsize=1)
def _vague_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_q()['vague'])})\b")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _to_int(s: str) -> int | None:
    try:
        return int(float(s.replace(",", "")))
    except ValueError:
        return None


def parse_quantity(text: str) -> Quantity | None:
    """Read a short number phrase: "at least eight", "between 8 and 15", "dozens", "43"."""
    q = _q()
    t = " ".join(text.lower().replace("\u2013", "-").split())
    t = re.sub(r"^(?:the|a total of|another|an additional|some other)\s+", "", t) if not re.fullmatch(r"some", t) else t
    qual = None
    for kind in ("lower_bound", "upper_bound", "approximate"):
        m = re.match(rf"(?:{_alt(q[kind])})\b\s*", t)
        if m and len(t) > m.end():
            qual, t = kind, t[m.end():]
            break
    # vague words first: numerizer mangles "tens of thousands" and "a number"
    if not re.search(r"\d", t):
        for word, value in sorted(q["vague"].items(), key=lambda kv: -len(kv[0])):
            if word.startswith("_"):
                continue
            if re.match(rf"{re.escape(word)}\b", t) and not re.match(r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen", t):
                return Quantity(vague=value)
    try:
        num = numerize(t)
    except Exception:  # numerizer raises on a few inputs
        num = t
    m = re.search(r"(\d+)\s+dozen\b", num)
    if m:
        return _with_qual(int(m.group(1)) * 12, qual)
    nums = [_to_int(x) for x in _NUM_RE.findall(num)]
    nums = [n for n in nums if n is not None]
    if not nums:
        return None
    if len(nums) >= 2 and re.search(r"\d\s*(?:-|to|and|or)\s*\d", num) and nums[0] < nums[1]:
        return Quantity(best=nums[0], low=nums[0], high=nums[1])
    return _with_qual(nums[0], qual)


def _with_qual(n: int, qual: str | None) -> Quantity:
    if qual == "lower_bound":
        return Quantity(best=n, low=n)
    if qual == "upper_bound":
        return Quantity(best=n, high=n)
    return Quantity(best=n)


# --- linking numbers to death / injury words -------------------------------------------------

def _lemma(tok: Token) -> str:
    """The token's lemma, lower-cased, with the lemmatizer's known slips mended ("lives" -> "life")."""
    return _q()["lemma_fixes"].get(tok.lower_) or tok.lemma_.lower()


def _is_num(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM"


def _number_phrase(tok: Token) -> list[Token]:
    """The tokens of a number phrase headed by ``tok`` (its subtree, minus conjuncts' nouns)."""
    toks = [t for t in tok.subtree if t.dep_ not in ("prep",) or t.i < tok.i]
    toks = [t for t in toks if not any(a.dep_ == "prep" and a.i > tok.i for a in t.ancestors if a in toks)]
    # keep the contiguous block around tok
    idx = sorted(t.i for t in toks)
    lo = hi = tok.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx and not tok.doc[hi + 1].pos_ in ("NOUN", "PROPN"):
        hi += 1
    return list(tok.doc[lo:hi + 1])


def _quantity_of(victim: Token) -> tuple[Quantity | None, list[Token]]:
    """Quantity of a victim token (a noun or a number) and the tokens stating it."""
    q = _q()
    if victim.lower_ in ("none", "nobody", "noone") or any(
        c.lower_ in ("no", "none") for c in victim.children
    ) or (victim.i > 0 and victim.doc[victim.i - 1].lower_ == "no"):
        return None, []
    if _is_num(victim):
        toks = _number_phrase(victim)
        # a number governing the range: "between 8 and 15"
        return parse_quantity(" ".join(t.text for t in toks)), toks
    counted = _counted_of(victim)
    if counted is not None:
        return _quantity_of(counted)
    low = victim.lower_
    nums = [c for c in victim.children if c.dep_ in ("nummod", "quantmod") and _is_num(c)]
    if nums:
        first = min(nums, key=lambda c: c.left_edge.i)
        start = _bound_start(victim.doc, first.left_edge.i, victim.sent.start)
        toks = list(victim.doc[start:max(n.right_edge.i for n in nums) + 1])
        return parse_quantity(" ".join(t.text for t in toks)), toks + [victim]
    # "between 8 and 15 people": the range is often parsed as a prepositional phrase
    left = victim.doc[max(victim.sent.start, victim.i - 6):victim.i]
    m = re.search(r"(?:between\s+)?\S+\s+(?:and|to|or|-)\s+\S+\s*$", left.text, re.IGNORECASE)
    if m and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)", m.group(0), re.IGNORECASE):
        rq = parse_quantity(m.group(0))
        if rq is not None and rq.high is not None:
            start = left.start_char + m.start()
            return rq, [t for t in left if t.idx >= start] + [victim]
    # "dozens of people", "a number of members", "several civilians", "hundreds"
    mods = [c for c in victim.children if c.dep_ in ("amod", "det", "quantmod", "nummod") and c.i < victim.i]
    if mods:  # "a dozen people", "at least a dozen people": an exact figure, unlike "dozens"
        phrase = victim.doc[min(m.left_edge.i for m in mods):victim.i]
        exact = parse_quantity(phrase.text) if re.search(r"\b(?:a|one)\s+dozen\b", phrase.text, re.IGNORECASE) else None
        if exact is not None and exact.best is not None:
            return exact, list(phrase) + [victim]
    head_phrase = " ".join(t.text for t in mods + [victim]).lower()
    for word, value in q["vague"].items():
        if word.startswith("_"):
            continue
        if re.search(rf"\b{re.escape(word)}\b", head_phrase):
            return Quantity(vague=value), mods + [victim]
    if victim.tag_ in ("NN", "NNP") or low in q["person_pronouns"] or _singular(victim):
        if _lemma(victim) in ("number", "toll", "casualty", "life") or _names_no_person(victim):
            return None, []
        return Quantity(best=1), [victim]
    return None, []


def _bound_start(doc: Doc, start: int, floor: int) -> int:
    """Where a lower bound ("no fewer than 58") begins when the parser hangs its first words
    away from the figure's phrase, which then starts inside it ("fewer than 58" alone is an
    upper bound); ``start`` itself when no ``lower_bound`` phrase of quantities.json runs across it."""
    for phrase in _q()["lower_bound"]:
        words = phrase.split()
        for k in range(1, len(words)):
            lo = start - k
            if lo >= floor and [t.lower_ for t in doc[lo:lo + len(words)]] == words:
                return lo
    return start


def _counted_of(noun: Token) -> Token | None:
    """The counted people of a collective head ("a total of 21 villagers", "a group of five
    soldiers"): the parser makes the head the victim, whose figure is that of its "of" phrase."""
    if _lemma(noun) not in _q()["collective_heads"]:
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and (_is_num(p) or any(k.dep_ in ("nummod", "quantmod") for k in p.children))), None)


def _names_no_person(noun: Token) -> bool:
    """A proper name the parser gave a death word as one more subject that names a place, not
    a victim: the dateline's city ("Kathmandu [Nepal], May 3 (ANI): two persons were killed")."""
    return noun.pos_ == "PROPN" and (noun.ent_type_ in _q()["place_entities"] or in_dateline(noun.doc[noun.i:noun.i + 1]))


def _describes_first_argument(noun: Token, verb: Token) -> bool:
    """A noun the parser gave the verb as a second subject or object that only describes the
    first: a subset ("twelve dead, among them two children", "among them a girl") or a name ("the victim, named as
    X,"). Not a further victim of a list ("killing himself, his cousin and four others")."""
    if not any(c.dep_ == noun.dep_ and c.i < noun.i for c in verb.children):
        return False
    inclusion = set(_q()["inclusion_preps"])
    if any(c.lower_ in inclusion for c in noun.children):
        return True
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is not None and before.pos_ == "PRON" and before.head.lower_ in inclusion:
        return True  # "killing four, among them a girl": the subset after "among them"
    return before is not None and before.lower_ in inclusion | set(_q()["naming_preps"])


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    if _conjoined_breakdown(tok):
        return out
    for c in tok.children:
        if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN", "PRON") or _is_num(c) or _singular(c)) \
                or _listed_apposition(c) and not _breakdown_of(c, tok):
            out.extend(_with_conjuncts(c))
        elif c.dep_ == "appos":
            # "X, 68, and his wife Y, 62" (the list goes on after an age); "his cousin -- a
            # guard -- and four others" (after a description closed by a dash or a bracket)
            out.extend(v for k in c.children if k.dep_ == "conj" and (_is_age(c) or _closed_before(c, k))
                       and (k.pos_ in ("NOUN", "PROPN", "PRON") or _is_num(k)) for v in _with_conjuncts(k))
    return out


def _conjoined_breakdown(tok: Token) -> bool:
    """People in general with a count, followed after a comma by a list the parser joins to them
    whose figures add up to that count ("killed nine people, four gunmen and five traders"): the
    list tells who the nine were. A list of named groups ("two soldiers, three police and four
    civilians") starts with no general noun and still adds up."""
    if not _counts_people_in_general(tok):
        return False
    todo = [c for c in tok.children if c.dep_ == "conj"]
    if not todo or todo[0].left_edge.i == 0 or tok.doc[todo[0].left_edge.i - 1].text != ",":
        return False
    members = []
    while todo:
        m = todo.pop()
        members.append(m)
        todo.extend(c for c in m.children if c.dep_ == "conj")
    return _adds_up_to(tok, members)


def _adds_up_to(head: Token, members: list[Token]) -> bool:
    """Whether the figures of ``members`` (every one counted) add up to that of ``head``."""
    total, _ = _quantity_of(head)
    if total is None or total.best is None:
        return False
    parts = [_quantity_of(m)[0] for m in members]
    return all(p is not None and p.best is not None for p in parts) and sum(p.best for p in parts) == total.best


def _breakdown_of(appos: Token, head: Token) -> bool:
    """An apposition that tells who the counted ``head``'s people were, not more of them: opened
    by an inclusion word ("nine dead, among them four attackers and five passers-by"), or a list
    whose figures add up to those of people in general ("nine people were killed, four gunmen and
    five traders").
    NOTES counts such a toll once: the list repeats the total, it adds no dead."""
    inclusion = inclusion_preps()
    if any(t.lower_ in inclusion for t in appos.doc[appos.left_edge.i:appos.i]):
        return True
    return _counts_people_in_general(head) and _adds_up_to(
        head, [appos, *(c for c in appos.children if c.dep_ == "conj")])


def _counts_people_in_general(tok: Token) -> bool:
    """A figure alone ("nine", "nine dead") or one of people in general ("nine people"): a list
    after it may tell who they were. After a named group ("three soldiers, a policeman and two
    civilians") a list names more victims, even when its figures happen to add up to the first."""
    return _is_num(tok) or _lemma(tok) in _q()["added_toll_generic_nouns"]


def _is_age(tok: Token) -> bool:
    """A bare number set off after a person's name or noun ("Musa Bello, 45")."""
    return _is_num(tok) and tok.head.pos_ in ("NOUN", "PROPN") \
        and all(c.dep_ in ("conj", "cc", "punct") for c in tok.children)


def _singular(tok: Token) -> bool:
    """A noun the tagger mistook for another part of speech, known by its article ("a constable")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _closed_before(desc: Token, item: Token) -> bool:
    """A dash or a closing bracket between a description and a later list item."""
    return any(t.text in _q()["closing_marks"] for t in desc.doc[desc.i + 1:item.i])


def _listed_apposition(tok: Token) -> bool:
    """A list of victims ("a mayor, his deputy and a guard") that the parser reads as an
    apposition holding the rest of the list: a noun after a comma with conjuncts of its own.
    A dash or a bracket before it makes it a description ("his uncle -- a guard -- and two
    others"), which is not another victim."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.left_edge.i == 0:
        return False
    return tok.doc[tok.left_edge.i - 1].text == "," and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _victims(trig: Token, kind: str) -> list[Token]:
    """Head tokens (nouns or numbers) of the people killed/injured by ``trig``."""
    q = _q()
    lemma = _lemma(trig)
    kids = list(trig.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    counted = counted_toll_figures(trig)
    if counted:
        return counted  # "the number of people killed rose to 12": the count, not the people
    found: list[Token] = []
    if trig.pos_ in ("VERB", "AUX") or trig.tag_ in ("VBN", "VBD", "VBG"):
        if lemma in ("die", "perish"):
            deps = ("nsubj",)
        elif passive:
            deps = ("nsubjpass",)
        else:
            deps = ("dobj", "obj")
        for c in kids:
            if c.dep_ in deps and not _describes_first_argument(c, trig):
                found.extend(_with_conjuncts(c))
        if found:
            # "killed 45 in A, along with another 12 in B": a further group added by "with"
            found.extend(_added_groups(trig))
            found.extend(_further_groups(trig))  # "killed two on Friday and five more on Saturday"
        if found and not passive and found[0].i > trig.i:
            # "killing eight guards and their driver": the last of the list hung on the verb (an
            # object list only: a noun after "40 people died" starts another clause)
            found.extend(v for c in kids if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > found[0].i
                         for v in _with_conjuncts(c))
        if found and passive and trig.dep_ == "conj" and trig.head.pos_ in ("NOUN", "PROPN") and trig.head.i < found[0].i:
            found.insert(0, trig.head)  # "31 soldiers and 3 VDP were killed" misparsed as noun + conj verb
        if not found and trig.dep_ in ("acl", "amod", "relcl") and trig.head.pos_ in ("NOUN", "PROPN", "NUM"):
            found.extend(_with_conjuncts(trig.head))  # "13 people killed", "11 injured"
        if not found:
            found.extend(_shared_passive_subject(trig))
        if not found:
            found.extend(_misparsed_victims(trig))
    if not found and lemma == "dead" and trig.dep_ == "amod" and trig.head.pos_ in ("NOUN", "PROPN"):
        found.extend(_with_conjuncts(trig.head))  # "left 13 people dead" parsed as amod
    if not found and lemma in q["death_adjs"]:
        # "leaving one ranger dead": the victim read as a compound of the adjective
        found.extend(v for c in trig.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and any(k.dep_ == "nummod" for k in c.children) for v in _with_conjuncts(c))
    if not found and lemma == "dead" or (not found and trig.lower_ in ("wounded", "injured") and trig.dep_ in ("oprd", "acomp", "ccomp", "xcomp")):
        head = trig.head  # "left 13 people dead", "were shot dead", "are dead"
        if trig.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl", "conj", "advmod") and head != trig:
            hk = list(head.children)
            hpass = any(c.dep_ in ("auxpass", "nsubjpass") for c in hk)
            hdeps = ("nsubjpass",) if hpass else (("nsubj",) if head.lemma_ == "be" else ("dobj",))
            for c in hk:
                if c.dep_ in hdeps:
                    found.extend(_with_conjuncts(c))
            for c in trig.children:
                if c.dep_ in ("nsubj",):
                    found.extend(_with_conjuncts(c))
            if not found and not hpass and head.pos_ in ("VERB", "AUX"):
                found.extend(_shared_passive_subject(head))  # "were ambushed and shot dead"
            if not found and not hpass:
                found.extend(_victims_hung_on_verb(head, trig))  # "shot dead six miners" misparsed
    if not found and _particle_killing(trig):
        # "gunned down a guard" with "down" read as a preposition: its object is the victim
        particles = _q()["particle_death_verbs"][trig.lemma_.lower()]
        found.extend(v for c in trig.children if c.dep_ == "prep" and c.i > trig.i and c.lower_ in particles
                     for p in c.children if p.dep_ == "pobj" for v in _with_conjuncts(p))
    if not found and _alive_killing(trig):
        # "burned 13 suspects alive", "were burnt alive": the people the verb acted on died
        return _victims(_alive_verb(trig), kind)
    if (not found and lemma == "death" and trig.dep_ == "pobj" and trig.head.lower_ == "to"
            and trig.head.head.pos_ == "VERB" and trig.head.head.lemma_.lower() not in q["to_death_not_killing"]
            and not any(c.dep_ in ("det", "poss") for c in trig.children)):
        # "was beaten to death", "stoned two men to death", "bled to death" (not "led to the death of")
        verb = trig.head.head
        return _victims(verb, kind) or [c2 for c in verb.children if c.dep_ == "nsubj" for c2 in _with_conjuncts(c)]
    if not found and trig.pos_ in ("NOUN", "PROPN", "ADJ"):
        # "20 deaths", "13 dead", "the death toll rose to 20", "claimed the lives of 20 people"
        nums = [c for c in trig.children if c.dep_ == "nummod" and _is_num(c)]
        if nums:
            found.append(trig)
            found.extend(_further_groups(trig))  # "two deaths on Friday and five more on Saturday"
        elif lemma in q["toll_nouns"] or (trig.dep_ == "compound" and trig.head.lemma_ in q["toll_nouns"]):
            toll = trig if lemma in q["toll_nouns"] else trig.head
            cands = [c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"]
            if toll.dep_ in ("nsubj", "nsubjpass"):
                verb = toll.head
                cands += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")]
                cands += [c for c in verb.children if c.dep_ in ("attr", "dobj") and (_is_num(c) or c.pos_ == "NOUN")]
            elif _raised_toll(toll):  # "bringing the toll to 12"
                cands += [c for c in toll.head.children if c.dep_ == "prep" and c.lower_ == "to"]
            for c in cands:
                if c.dep_ == "prep":
                    found.extend(p for p in c.children if p.dep_ == "pobj")
                else:
                    found.append(c)
        elif lemma == "life" and trig.dep_ in ("dobj", "obj") and trig.head.lemma_.lower() in q["life_loss_verbs"] \
                or _sacrifice(trig):
            # "30 villagers lost their lives", "two soldiers paid the supreme price": the subject died
            for c in trig.head.children:
                if c.dep_ == "nsubj":
                    found.extend(_with_conjuncts(c))
        elif lemma in q["victims_of_nouns"] or lemma in q["counted_victims_of_nouns"]:
            # "claimed the lives of 20 people", "the bodies of 14 men", "the deaths of 68 people"
            counted = lemma in q["counted_victims_of_nouns"]
            for c in trig.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and (not counted or _is_num(p) or any(
                                k.dep_ in ("nummod", "quantmod") for k in p.children)):
                            found.extend(_with_conjuncts(p))
    if not found:
        # a number right before the trigger in the same clause: "and 11 injured", "8 wounded"
        for j in range(trig.i - 1, max(trig.sent.start, trig.i - 4) - 1, -1):
            t = trig.doc[j]
            if t.is_punct or t.lower_ in ("and", "were", "was", "have", "had", "been"):
                if t.is_punct:
                    break
                continue
            if _is_num(t) or t.lower_ in ("others", "more"):
                found.append(t)
            break
    return _without_other_kind(_without_speakers(_without_things(found)), trig, kind)


def _without_things(found: list[Token]) -> list[Token]:
    """The victims without places and acts the parser joined to their list ("killed 30 herders in
    A and four nearby hamlets", "killing six workers, an attack the government called a massacre";
    quantities.json ``not_victim_nouns``): such a noun counts nobody, whatever figure it carries."""
    things = _q()["not_victim_nouns"]
    return [v for v in found if v.pos_ not in ("NOUN", "PROPN") or _lemma(v) not in things]


def _victims_hung_on_verb(verb: Token, dead: Token) -> list[Token]:
    """The victims of "shot dead" that the parser hung on the verb as an adverbial noun or a
    predicate instead of its object ("shot dead six miners from the site", read with "miners"
    as "npadvmod"): nouns after "dead", not times ("shot dead Monday")."""
    return [v for c in verb.children if c.dep_ in ("npadvmod", "oprd") and c.i > dead.i
            and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME") for v in _with_conjuncts(c)]


def _particle_killing(word: Token) -> bool:
    """A verb that tells a killing with its particle ("gunned down", "mowed down";
    ``particle_death_verbs``), the particle read as one or as a preposition right after the verb
    or its object."""
    particles = _q()["particle_death_verbs"].get(word.lemma_.lower()) if word.pos_ in ("VERB", "AUX") else None
    found = [c for c in word.children
             if c.dep_ in ("prt", "prep") and c.lower_ in particles and word.i < c.i <= word.i + 3] if particles else []
    return bool(found) and _particle_acts_on_people(word, found)


def _particle_acts_on_people(word: Token, particles: list[Token]) -> bool:
    """What a particle death verb acts on may be people: its object or passive subject, or the
    object of the particle read as a preposition ("gunned down a guard"), is people or at least
    no way travelled and no place ("gunned down the highway" is a vehicle speeding, no one
    killed; ``particle_death_ways``)."""
    if _acts_on_people(word):
        return True
    objects = [c for c in word.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [p for c in particles if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    ways = frozenset(_q().get("particle_death_ways", ()))
    return not any(o.lemma_.lower() in ways or o.ent_type_ in _q()["place_entities"] for o in objects)


def _counted(tok: Token) -> bool:
    """A list item that carries its own count: a number, "a"/"an", "others", or a noun with one."""
    return _is_num(tok) or tok.lower_ in ("others", "more") or any(
        c.dep_ in ("nummod", "quantmod") or c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _without_speakers(found: list[Token]) -> list[Token]:
    """The victims without the speakers the parser added to their list when a speech verb
    closes the sentence ("killing 20 civilians, witnesses and a local official said"): from the
    first item after a comma that carries no count of its own, when the list's last word is
    followed by the speech verb, the rest are who said it, not who died."""
    if len(found) < 2:
        return found
    last = max(found, key=lambda t: t.i)
    end = last.right_edge.i + 1
    doc = last.doc
    if end >= len(doc) or doc[end].lemma_.lower() not in load_cues().speech_verbs or doc[end].pos_ not in ("VERB", "AUX"):
        return found
    for k, tok in enumerate(found[1:], start=1):
        if tok.i > found[0].i and doc[tok.left_edge.i - 1].lower_ == "," and not _counted(tok):
            return found[:k]
    return found


def _raised_toll(toll: Token) -> bool:
    """A toll noun that a verb of raising takes as its object ("bringing the toll to 12")."""
    return toll.dep_ in ("dobj", "obj") and _lemma(toll.head) in _q()["toll_raising_verbs"]


def _running_total(trig: Token) -> bool:
    """A toll set to a figure by "to" ("the toll rose to 31", "bringing the toll to 12", "the
    number killed climbed to 16"): the running total of the dead, which holds those the sentence
    tells of ("a second soldier died, bringing the toll to seven": seven, not eight)."""
    q = _q()
    toll = trig if _lemma(trig) in q["toll_nouns"] else trig.head if (
        trig.dep_ == "compound" and trig.head.lemma_.lower() in q["toll_nouns"]) else None
    if toll is None:
        return bool(counted_toll_figures(trig))  # "taking the number killed to 16"
    verb = toll.head if toll.dep_ in ("nsubj", "nsubjpass") or _raised_toll(toll) else None
    return verb is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _added_groups(trig: Token) -> list[Token]:
    """Numbers added to a verb's victims by a "with" phrase and marked as further ones ("along
    with another 12", "with nine more"): more victims, not the means or a companion."""
    out = []
    for prep in trig.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "along"):
            continue
        withs = [prep] if prep.lower_ == "with" else [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        for w in withs:
            out.extend(p for p in w.children if p.dep_ == "pobj" and _is_num(p) and any(
                c.lower_ in _q()["further_group_words"] for c in p.children))
    return out


def _further_groups(trig: Token) -> list[Token]:
    """Numbers joined to a casualty word by "and" and marked as further ones ("killed two on
    Friday and five more on Saturday", "two deaths in A and another three in B"): more
    victims of the same word, told apart by a day or a place of their own. A number with a verb
    of its own that tells no casualty ("killed and more than 40 captured") counts another fate."""
    return [c for c in trig.children if c.dep_ == "conj" and _is_num(c)
            and any(k.lower_ in _q()["further_group_words"] for k in c.children)
            and not _own_other_verb(c)]


def _own_other_verb(num: Token) -> bool:
    """A number that a verb describes which is no death or injury word ("40 captured")."""
    words = _any_trigger_word()
    return any(k.dep_ in ("acl", "relcl") and k.pos_ == "VERB" and k.lower_ not in words
               and _lemma(k) not in words for k in num.children)


def _without_other_kind(found: list[Token], trig: Token, kind: str) -> list[Token]:
    """The victims without a member that a casualty word of the other kind describes ("leaving
    one guard dead and four others injured": the four were hurt, the guard was not); a victim
    the word itself governs or describes stays ("killed two wounded soldiers")."""
    other = "injured" if kind == "killed" else "killed"
    theirs = {t.i for t in _triggers(trig.sent, other)} - {trig.i}
    return [v for v in found if not _followed_by(v, theirs) and (v.head == trig or v == trig.head or not any(
        c.i in theirs and c.dep_ in ("acl", "amod") for c in v.children))]


def _followed_by(victim: Token, words: set[int]) -> bool:
    """A victim whose very next word is a casualty word of the other kind ("left 17 people dead
    and 64 wounded": 64 were wounded, the 17 people were not) belongs to that word, however the
    parser hangs it (as a conjunct of the dead, or as the subject of the wounded)."""
    return victim.i + 1 < len(victim.doc) and victim.i + 1 in words


def _shared_passive_subject(verb: Token) -> list[Token]:
    """The subject of a passive participle that the parser left without one: a participle
    coordinated with a passive verb ("a man was shot and killed": the subject is the first
    verb's), or one parsed as a clause of its own auxiliary because a time phrase stands
    between them ("a guard was on Monday killed": the subject is the auxiliary's)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in verb.children):
        return []
    # "a guard was on Monday killed" parsed with the subject on the auxiliary
    on_aux = [v for a in verb.children if a.dep_ == "auxpass" and a.i < verb.i
              for c in a.children if c.dep_ == "nsubj" for v in _with_conjuncts(c)]
    if on_aux:
        return on_aux
    head = verb.head
    if head.i == verb.i or head.i > verb.i:
        return []
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return [v for c in head.children if c.dep_ == "nsubjpass" for v in _with_conjuncts(c)]
    if verb.dep_ in ("advcl", "acomp", "xcomp", "ccomp") and head.lemma_.lower() == "be" \
            and all(t.pos_ in ("ADP", "PROPN", "NOUN", "ADV", "NUM", "DET") for t in verb.doc[head.i + 1:verb.i]):
        return [v for c in head.children if c.dep_ == "nsubj" for v in _with_conjuncts(c)]
    return []


def _misparsed_victims(verb: Token) -> list[Token]:
    """The victims of an active killing verb that the parser hung elsewhere: the numbered
    subject of a clause it opened right after the verb ("have killed four nurses of the clinic
    travelling to X", read as "four nurses ... travelling")."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return []
    speaker = _subject_of_speech_after(verb)
    if speaker is not None:
        return _with_conjuncts(speaker)
    for c in kids:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "dep") and c.i > verb.i:
            subj = next((k for k in c.children if k.dep_ == "nsubj" and k.i > verb.i), None)
            if subj is not None and subj.left_edge.i <= verb.i + 3 and any(
                    k.dep_ == "nummod" for k in subj.children):
                return _with_conjuncts(subj)
    return []


def _subject_of_speech_after(verb: Token) -> Token | None:
    """The numbered noun right after an active killing verb that the parser made the subject of
    the speech verb closing the sentence ("killing at least 30 people, residents and an
    official said": "people ... said"): the verb's victims, with the speakers as its conjuncts."""
    if verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    noun = next((a for a in [nxt, *nxt.ancestors] if a.dep_ == "nsubj"), None)
    if noun is None or noun.left_edge.i != verb.i + 1 or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    head = noun.head
    if head.lemma_.lower() not in load_cues().speech_verbs or head.i < noun.i:
        return None
    return noun


def _triggers(sent: Span, kind: str) -> list[Token]:
    """The death (``kind`` "killed") or injury words of ``sent``, both read in one pass over it
    and kept on the Doc: the casualty rules ask for a sentence's words several times (its own
    figures of each kind, its victims, as a neighbour of the next sentence)."""
    doc = sent.doc
    return [doc[i] for i in per_span(sent, "sitrep_casualty_triggers", _trigger_indices)[kind]]


@lru_cache(maxsize=1)
def _trigger_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    q = _q()
    return {"killed": (frozenset(q["death_verbs"]), frozenset(q["death_nouns"])),
            "injured": (frozenset(q["injury_verbs"]), frozenset(q["injury_nouns"]))}


@lru_cache(maxsize=1)
def _any_trigger_word() -> frozenset[str]:
    """Every word or lemma that can make a token a death or injury word (``_trigger_indices``)."""
    return frozenset().union(*(w for pair in _trigger_words().values() for w in pair), _INJURY_FORMS)


_INJURY_FORMS = ("wounded", "injured", "hurt")


@lru_cache(maxsize=1)
def _loss_words() -> frozenset[str]:
    """Words of losing that tell deaths when what was lost is counted people (``_loses_people``)."""
    return frozenset(_q()["loss_words"])


@lru_cache(maxsize=1)
def _people_death_verbs() -> frozenset[str]:
    """Verbs that tell a killing when what they act on is people (``_acts_on_people``)."""
    return frozenset(_q()["people_death_verbs"])


@lru_cache(maxsize=1)
def _other_senses() -> dict[str, frozenset[str]]:
    """Death verbs that mean something else when they act on certain nouns, from the codebook's
    'object_senses': "executing an arrest warrant" carries an order out and kills no one."""
    senses: dict[str, set[str]] = {}
    for entry in load_codebook().entries:
        for verb, nouns in entry.object_senses:
            senses.setdefault(verb, set()).update(nouns)
    return {verb: frozenset(nouns) for verb, nouns in senses.items()}


def _carries_out(verb: Token, lemma: str) -> bool:
    """The death verb acts on a thing it carries out ("executed the plan"), not on people."""
    nouns = _other_senses().get(lemma)
    return bool(nouns) and any(o.lemma_.lower() in nouns for o in acted_on(verb))


def _trigger_indices(sent: Span) -> dict[str, list[int]]:
    words = _trigger_words()
    fixes = _q()["lemma_fixes"]
    losing = _loss_words()
    candidates = _any_trigger_word()
    people_deaths = _people_death_verbs()
    out: dict[str, list[int]] = {"killed": [], "injured": []}
    for t in sentence_words(sent)[0]:
        lower = t.lower_
        lemma = fixes.get(lower) or t.lemma_.lower()  # as _lemma
        if lemma in losing and _loses_people(t):
            out["killed"].append(t.i)
            continue
        if _alive_killing(t) or lemma in people_deaths and _acts_on_people(t) or _sacrifice(t) or _particle_killing(t):
            out["killed"].append(t.i)
            continue
        if lower not in candidates and lemma not in candidates:
            continue  # no death or injury word: none of the tests below can pass
        pos = t.pos_
        for kind, (verbs, nouns) in words.items():
            if pos in ("VERB", "AUX") and lemma in verbs:
                if not _carries_out(t, lemma):
                    out[kind].append(t.i)
            elif lower in nouns or (pos in ("NOUN", "ADJ", "PROPN") and lemma in nouns):
                if lemma == "killing" and pos == "VERB":
                    continue
                out[kind].append(t.i)
            elif kind == "injured" and lower in _INJURY_FORMS and pos in ("ADJ", "VERB"):
                out[kind].append(t.i)
    return out


def _sacrifice(word: Token) -> bool:
    """"paid the supreme price", "made the ultimate sacrifice": the communiqué words for one's
    own dead (``sacrifice_phrases``): the noun, with its adjective, as the verb's object."""
    phrases = _q()["sacrifice_phrases"]
    if word.dep_ not in ("dobj", "obj") or word.lemma_.lower() not in phrases["nouns"]:
        return False
    return word.head.lemma_.lower() in phrases["verbs"] and any(
        c.dep_ in ("amod", "compound") and c.lower_ in phrases["adjectives"] for c in word.children)


def _alive_killing(word: Token) -> bool:
    """"alive" on a verb that kills by doing it to a living person ("burned them alive", "were
    burnt alive"): a death word, as "to death" is on "beaten to death"."""
    verb = _alive_verb(word)
    return verb is not None and verb.lemma_.lower() in _q()["alive_killing_verbs"]


def _alive_verb(word: Token) -> Token | None:
    """The verb an "alive" tells the manner of: its head, or the verb of the noun it was parsed
    on ("burned 13 thieves alive" read with "alive" on "thieves")."""
    if word.lower_ != "alive" or word.head.i == word.i:
        return None
    head = word.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if word.dep_ == "amod" and head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _acts_on_people(verb: Token) -> bool:
    """A verb such as "neutralised" whose object, passive subject, or the noun its participle
    describes names people ("neutralised 14 insurgents", "18 rebels neutralised"), so that it
    tells deaths; "neutralised two explosive devices" tells none."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ in ("acl", "amod", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        acted_on.append(verb.head)
    return any(is_people(x) for x in acted_on)


def _loses_people(word: Token) -> bool:
    """A word of losing whose loss is counted people, as a side tells its own dead ("the brigade
    lost 12 men", "the raid cost us the loss of nine comrades"); not "lost ground", "lost their
    homes", "the loss of two tanks"."""
    if word.pos_ in ("VERB", "AUX"):
        lost = [c for c in word.children if c.dep_ in ("dobj", "obj")]
    elif word.pos_ == "NOUN":
        lost = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    else:
        return False
    return any(is_people(x) and (_is_num(x) or any(k.dep_ in ("nummod", "quantmod") for k in x.children)) for x in lost)


def _is_aggregate(trig: Token) -> bool:
    q = _q()
    blocking = {"relcl", "acl", "ccomp", "advcl", "appos", "conj", "parataxis", "xcomp"}
    # cue phrases inside the trigger's own clause
    clause = [t for t in trig.subtree if t.i > trig.i or t.dep_ in ("prep", "npadvmod", "advmod")]
    for cue in q["aggregate_cues"]:
        first = cue.split()[0]
        n = len(cue.split())
        for t in clause:
            if t.lower_ != first:
                continue
            if trig.doc[t.i:t.i + n].text.lower() != cue:
                continue
            path, a, ok = [], t, True
            while a != trig and a.head != a:
                if a.dep_ in blocking and a != t:
                    ok = False
                    break
                a = a.head
            if ok and a == trig:
                return True
    if _period_cue(trig, blocking - {"acl"}):
        return True
    subjects = [c for c in trig.children if c.dep_ in ("nsubj",)]
    if trig.dep_ == "relcl":
        subjects.append(trig.head)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trig.children)
    for s in subjects:
        lem = s.lemma_.lower()
        if lem in q["aggregate_subjects"] or s.lower_ in q["aggregate_subjects"]:
            return True
        if perfect and (lem in q["aggregate_subjects_perfect"] or s.lower_ in q["aggregate_subjects_perfect"]):
            return True
    return False


@lru_cache(maxsize=1)
def _period_res() -> list[re.Pattern]:
    return [re.compile(rf"\b{p}\b", re.IGNORECASE) for p in _q().get("aggregate_cue_patterns", [])]


def _period_cue(trig: Token, blocking: set[str]) -> bool:
    """A multi-day period ("over 11 days") in the clause of the trigger or of the verb governing
    a death noun ("confirmed the deaths of 60 ... over nine days"); a participle modifying a
    noun of that clause ("airstrikes carried out over 11 days") belongs to it."""
    sent = trig.sent
    anchors = {trig}
    if trig.pos_ in ("NOUN", "PROPN") and trig.head != trig and trig.head.pos_ in ("VERB", "AUX") \
            and trig.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "attr"):
        anchors.add(trig.head)
    text = span_text(sent)
    words, starts = sentence_words(sent)
    for pat in _period_res():
        for m in pat.finditer(text):
            at = bisect_left(starts, sent.start_char + m.start())  # the first token from the match on
            if at == len(words):
                continue
            tok = words[at]
            a, ok = tok, True
            for _ in range(12):
                if a in anchors:
                    break
                if a.dep_ in blocking and a != tok:
                    ok = False
                    break
                if a.head == a:
                    ok = False
                    break
                a = a.head
            if ok and a in anchors:
                return True
    return False


@lru_cache(maxsize=1)
def _several_acts_res() -> list[re.Pattern]:
    return [re.compile(rf"\b{p}\b", re.IGNORECASE) for p in _q().get("several_acts_patterns", [])]


def tells_several_acts(text: str) -> bool:
    """Whether a sentence tells its toll as the total of several acts or places ("killed in
    separate attacks", "after six explosions", "at three locations"): a toll that is one of the
    events' only when the article tells no other act that day."""
    return any(pat.search(text) for pat in _several_acts_res())


def _is_reference(trig: Token) -> bool:
    """A death noun after "following"/"after"/"amid" ... names an earlier event, not this toll."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("pobj", "dobj"):
        return False  # "following" is often parsed as a verb with the noun as its object
    return trig.head.lower_ in set(_q().get("reference_preps", []))


def _excluded(tok: Token, trig: Token) -> bool:
    """Inside an "including ..." / "among them" subset (between the victim and its trigger)."""
    incl = set(_q()["inclusion_preps"])
    for a in [tok, *tok.ancestors][:6]:
        if a == trig:
            return False
        if a.lower_ in incl and a.dep_ in ("prep", "advcl", "acl"):
            return True
    return False


def _part_of_those_told(victim: Token) -> bool:
    """A count of a share of people the sentence already counted, named by a pronoun ("two of
    them", "three of whom"): a subset of the earlier figure, not more dead."""
    pronouns = set(_q()["partitive_pronouns"])
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in pronouns for p in c.children)
               for c in victim.children)


@dataclass
class _Found:
    q: Quantity
    toks: list[Token]
    trig: Token


def _combine(items: list[_Found]) -> tuple[Quantity | None, list[Token]]:
    known = [f for f in items if f.q.best is not None]
    vague = [f for f in items if f.q.vague is not None]
    toks = [t for f in items for t in f.toks + [f.trig]]
    if not known:
        if vague:
            return Quantity(vague=sum(f.q.vague for f in vague)), toks
        return None, []
    best = sum(f.q.best for f in known)
    low = high = None
    if any(f.q.low is not None for f in known) or vague:
        low = sum(f.q.low if f.q.low is not None else f.q.best for f in known)
    if any(f.q.high is not None for f in known):
        high = sum(f.q.high if f.q.high is not None else f.q.best for f in known)
    return Quantity(best=best, low=low, high=high), toks


def _sentence_figure(sent: Span, kind: str, foreign: frozenset[int] = frozenset()
                     ) -> tuple[Quantity | None, list[Token], bool]:
    """-> (quantity, evidence tokens, 'also' cue). Deaths whose agent is a token of ``foreign``
    (the triggers of other acts) are left out."""
    items, also = _sentence_items(sent, kind, foreign)
    q, toks = _combine(items)
    return q, toks, also


def _sentence_items(sent: Span, kind: str, foreign: frozenset[int] = frozenset()) -> tuple[list[_Found], bool]:
    """The figures of ``sent`` that add up to its toll, and whether one carries "also" (read
    once per Doc, sentence and kind when no act is left out: the casualty component, the event
    layer and the article's no-deaths check all ask for them; callers never change them)."""
    if foreign:
        return _read_sentence_items(sent, kind, foreign)
    return per_span(sent, f"sitrep_casualty_items_{kind}", lambda s: _read_sentence_items(s, kind))


def _read_sentence_items(sent: Span, kind: str, foreign: frozenset[int] = frozenset()) -> tuple[list[_Found], bool]:
    items: list[_Found] = []
    seen: set[int] = set()
    also = False
    for trig in _triggers(sent, kind):
        if _is_aggregate(trig) or _is_reference(trig) or foreign and any(a.i in foreign for a in _agents(trig)):
            continue
        for v in _victims(trig, kind):
            if v.i in seen or _excluded(v, trig):
                continue
            q, toks = _quantity_of(v)
            if q is None:
                continue
            if q.best is not None and any(f.q.best == q.best and f.trig.i != trig.i for f in items):
                continue  # the same figure restated by a second trigger
            if items and _part_of_those_told(v):
                continue  # "four were lynched, two of them burned alive": a share of the four
            seen.add(v.i)
            items.append(_Found(q, toks, trig))
            also = also or any(c.lower_ == "also" for c in trig.children)
    totals = [f for f in items if f.q.best is not None and _running_total(f.trig)]
    if totals and len(totals) < len(items):
        items = totals  # the running total holds the dead the sentence tells of
    return items, also


_LOCATOR_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE"})


def figure_at(sent: Span, kind: str, anchors: list[tuple[int, int]]) -> tuple[Quantity | None, list[Token]] | None:
    """The one figure of a sentence that gives a toll per place or per day ("four dead on
    Friday and two more on Saturday"; "nine killed in A, along with five in B") whose stretch
    of text holds one of ``anchors`` (the char spans of an event's place or day): that
    place's or day's share. A figure's stretch runs from it to the next number of the
    sentence; every stretch must name a place or a day. None when the sentence gives one
    figure, or the anchors fall in no stretch or in several."""
    items, _ = _sentence_items(sent, kind)
    if len(items) < 2:
        return None
    doc = sent.doc
    firsts = sorted((min(t.i for t in f.toks), k) for k, f in enumerate(items) if f.toks)
    told = {f.trig.idx for f in items}
    anchors = [(s, e) for s, e in anchors if s not in told]  # a death word is no act's own place
    stretches = []
    starts = [first for first, _ in firsts]
    for first, k in firsts:
        own = {t.i for t in items[k].toks}
        # up to the next number, or the next figure's first word ("a polio worker")
        end = next((t.i for t in doc[first:sent.end] if t.i not in own and (
            _is_num(t) and t.ent_type_ != "DATE" or t.i in starts)), sent.end)
        stretch = doc[first:end]
        if not any(t.ent_type_ in _LOCATOR_ENTS for t in stretch):
            return None
        stretches.append((stretch, k))
    hits = {k for stretch, k in stretches for s, e in anchors if stretch.start_char <= s and e <= stretch.end_char}
    if len(hits) != 1:
        return None
    f = items[hits.pop()]
    return f.q, f.toks + [f.trig]


def included_share(sent: Span, anchor: tuple[int, int]) -> tuple[Quantity, list[Token]] | None:
    """The share of a toll spread over an area that an "including" phrase gives to one place
    ("killed 27 people across the territory, including nine in a school in Gaza City"), when
    ``anchor`` (the char span of an event's place) lies in that phrase: the event at that place
    is one act among those the total counts, so its toll is the share, not the total."""
    incl = set(_q()["inclusion_preps"])
    spread = set(_q()["spread_preps"])
    if not any(t.lower_ in spread and t.dep_ == "prep" for t in sent):
        return None
    for word in sent:
        if word.lower_ not in incl or word.dep_ != "prep":
            continue
        sub = list(word.subtree)
        if not any(t.lower_ in spread and t.i < word.i for t in sent):
            continue
        if not (sub[0].idx <= anchor[0] and anchor[1] <= sub[-1].idx + len(sub[-1])):
            continue
        counted = next((c for c in word.children if c.dep_ == "pobj"), None)
        if counted is None:
            return None
        q, toks = _quantity_of(counted)
        return (q, toks) if q is not None and q.best is not None else None
    return None


@lru_cache(maxsize=1)
def _no_casualty_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pat, re.IGNORECASE) for pat in _q()["no_casualty_patterns"])


def _no_casualties(text: str) -> set[str]:
    q = _q()
    scopes: set[str] = set()
    for pat in _no_casualty_patterns():
        for m in pat.finditer(text):
            for word, sc in q["no_casualty_scope"].items():
                if word in m.group(0).lower():
                    scopes.update(sc)
    return scopes


def _evidence(toks: list[Token]) -> Evidence | None:
    if not toks:
        return None
    doc = toks[0].doc
    s = min(t.idx for t in toks)
    e = max(t.idx + len(t.text) for t in toks)
    return Evidence(s, e, doc_text(doc)[s:e])


def _figure(span: Span | Doc, kind: str, foreign: frozenset[int] = frozenset()) -> tuple[Quantity | None, list[Token]]:
    total: Quantity | None = None
    toks: list[Token] = []
    doc = span.doc if isinstance(span, Span) else span
    lo, hi = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    for full in span.sents:
        sent = doc[max(full.start, lo):min(full.end, hi)]
        if len(sent) == 0:
            continue
        q, t, also = _sentence_figure(sent, kind, foreign)
        if q is None:
            continue
        if total is None:
            total, toks = q, t
        elif also and q.best is not None and total.best is not None:
            total, toks = _combine([_Found(total, toks, t[0]), _Found(q, t, t[0])])
        elif (q.best or 0) > (total.best or 0):
            total, toks = q, t
    return total, toks


def find_casualties(span: Span | Doc, foreign: frozenset[int] = frozenset()) -> Casualties:
    """Killed and injured in the event stated by ``span`` (one or a few sentences), leaving out
    the deaths and injuries caused by the acts whose trigger tokens are ``foreign``."""
    kq, ktoks = _figure(span, "killed", foreign)
    iq, itoks = _figure(span, "injured", foreign)
    none_scopes = _no_casualties(span_text(span) if isinstance(span, Span) else doc_text(span))
    killed = Fatalities()
    acled = None
    kev = _evidence(ktoks)
    if kq is not None and kq.best is not None:
        killed = Fatalities(kq.best, kq.low, kq.high)
        acled = min(x for x in (kq.best, kq.low) if x is not None)
    elif kq is not None and kq.vague is not None:
        acled = kq.vague
    elif "killed" in none_scopes:
        killed, acled = Fatalities(0), 0
    injured = iq.best if iq is not None else None
    iev = _evidence(itoks) if injured is not None else None
    if injured is None and "injured" in none_scopes:
        injured = 0
    return Casualties(killed, injured, kev, iev, acled)


# --- completing a sentence's casualties from its neighbours ----------------------------------

def _has_own_event(sent: Span, told: set[int] = frozenset()) -> bool:
    """True when the pipeline found an event trigger in ``sent`` (unknown -> True, the safe side),
    leaving out triggers on the tokens ``told`` (a reference to an act already told)."""
    doc = sent.doc
    if "triggers" not in doc.spans:
        return True
    return any(sent.start <= t.start < sent.end and not told.intersection(range(t.start, t.end))
               for t in group_spans(doc, "triggers"))


def _back_reference_of(trig: Token) -> set[int] | None:
    """The tokens of a definite "in the fighting" / "during the exchange of fire" phrase on a
    death verb: the deaths are of the act just told, not of a new one."""
    doc = trig.doc
    if "triggers" not in doc.spans:
        return None
    acts = {i for t in group_spans(doc, "triggers") for i in range(t.start, t.end)}
    verbs = [trig, *(c for c in trig.children if c.dep_ == "conj")]  # "died and two were hurt in the fighting"
    if trig.dep_ == "conj":
        verbs.append(trig.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _q()["back_reference_preps"]:
                continue
            for obj in prep.children:
                # the object names an act (a trigger word), not a time or place ("in the province")
                if obj.dep_ == "pobj" and obj.i in acts and any(
                        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children):
                    return {t.i for t in obj.subtree}
    return None


def _back_references(sent: Span) -> list[set[int]]:
    """The back references ("died in the fighting") of the death words of ``sent``, with the
    death words themselves (the trigger layer may read "soldiers died" as an act)."""
    return [r | {trig.i} for trig in _triggers(sent, "killed") if (r := _back_reference_of(trig)) is not None]


def _unnumbered_victims(sent: Span) -> list[Token]:
    """Definite victims of a death trigger given without a figure: "the militants were killed"."""
    out = []
    for trig in _triggers(sent, "killed"):
        if _is_aggregate(trig):
            continue
        for v in _victims(trig, "killed"):
            if v.pos_ not in ("NOUN",) or v.tag_ not in ("NNS",):
                continue
            if any(c.dep_ in ("nummod", "quantmod") for c in v.children):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in v.children):
                continue
            out.append(v)
    return out


def _vaguely_counted_victims(sent: Span) -> list[Token]:
    """The people a death trigger counts with a vague word ("dozens of people", "several
    traders"): the noun, or the one after "of"."""
    out = []
    for trig in _triggers(sent, "killed"):
        if _is_aggregate(trig):
            continue
        for v in _victims(trig, "killed"):
            q, _ = _quantity_of(v)
            if q is None or q.vague is None:
                continue
            counted = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            out.extend(counted or ([v] if v.pos_ == "NOUN" and _lemma(v) not in _q()["vague"] else []))
    return out


def _numbered_toll(sent: Span, lemmas: set[str]) -> tuple[Quantity | None, list[Token]]:
    """The killed figure of ``sent`` if its victims carry one of ``lemmas`` ("13 militants")."""
    items: list[_Found] = []
    for trig in _triggers(sent, "killed"):
        if _is_aggregate(trig):
            continue
        for v in _victims(trig, "killed"):
            if v.lemma_.lower() not in lemmas or _excluded(v, trig):
                continue
            q, toks = _quantity_of(v)
            if q is not None and q.best is not None:
                items.append(_Found(q, toks, trig))
    return _combine(items) if items else (None, [])


def _neighbours(sent: Span, window: int) -> tuple[list[Span], list[Span]]:
    sents = sentences(sent.doc)
    idx = next((i for i, s in enumerate(sents) if s.start <= sent.start < s.end), None)
    if idx is None:
        return [], []
    before = sents[max(0, idx - window):idx][::-1]
    after = sents[idx + 1:idx + 1 + window]
    return before, after


def _victim_nouns(found: _Found) -> list[Token]:
    """The nouns naming the people a figure counts ("17 militants"; "two of the attackers")."""
    nouns = [t for t in found.toks if t.pos_ in ("NOUN", "PROPN")]
    if nouns:
        return nouns
    return [p for t in found.toks for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]


def _adds_to(first: list[_Found], added: list[_Found]) -> bool:
    """Whether the dead of ``added`` (told with "also" in the next sentence) are further dead
    beside those of ``first``, not some of them again: other people than the first named ("17
    militants. Six soldiers were also killed"), or the attackers themselves after a toll of
    people ("killing six people. The bomber was also killed"). Not a named person, who is often
    one of the dead singled out ("40 died ... a party leader also died"), nor people in general."""
    q = _q()
    generic = set(q["added_toll_generic_nouns"])
    perpetrators = set(q["added_toll_perpetrator_nouns"])
    told = {_lemma(n) for f in first for n in _victim_nouns(f)}
    nouns = [n for f in added for n in _victim_nouns(f)]
    if not told or not nouns or any(n.pos_ == "PROPN" or n.lower_ in generic or _lemma(n) in generic
                                    or _lemma(n) in told for n in nouns):
        return False
    return not told & generic or all(_lemma(n) in perpetrators for n in nouns)


@lru_cache(maxsize=512)
def _is_figure(word: str) -> bool:
    """Whether a word reads as a count, as ``parse_quantity`` reads tolls ("16", "forty", "dozens")."""
    q = parse_quantity(word)
    return q is not None and (q.best is not None or q.vague is not None)


def _names_attackers(word: str, attackers: set[str]) -> bool:
    """Whether a word (any number) is one of the attackers' nouns ("gunmen", "rebels", "militias")."""
    return word in attackers or word.endswith("s") and word[:-1] in attackers \
        or word.endswith("ies") and word[:-3] + "y" in attackers or word.endswith("men") and word[:-3] + "man" in attackers


def toll_sides(toll_text: str) -> frozenset[str]:
    """The sides a toll counts, by the words of the phrase each figure counts (up to the next
    figure): "attackers" ("nine raiders died"), "others" ("four border guards", "3 dead"), or
    both ("six guards and two bandits"). Attackers are the toll's perpetrators and the irregular
    armed doers of cues.json. The evidence may hold the whole sentence, whose attackers are then
    only the doers; a figure of wounded counts no side, nor does a day of a month ("on 12 March")."""
    q = _q()
    attackers = set(q["added_toll_perpetrator_nouns"]) | set(load_cues().irregular_armed_nouns)
    hurt = set(q["injury_verbs"])
    words = re.findall(r"\d[\d,]*\d|\d|[A-Za-z]+|[,;:()]", toll_text)  # a comma parts a day from a figure
    low = [w.lower() for w in words]
    figures = [i for i, w in enumerate(low) if _is_figure(w)]
    sides = set()
    for n, at in enumerate(figures):
        after = low[at + 1:min(at + 4, figures[n + 1] if n + 1 < len(figures) else len(low))]
        dated = any(0 <= j < len(words) and words[j][0].isupper() and is_month_name(low[j]) for j in (at - 1, at + 1))
        if not after or dated or any(w.startswith(h[:5]) for w in after for h in hurt):
            continue
        sides.add("attackers" if any(_names_attackers(w, attackers) for w in after) else "others")
    return frozenset(sides)


def _with_added_toll(sent: Span, own: Casualties) -> Casualties:
    """``own`` with the dead that the next sentence adds with "also" ("Six soldiers were also
    killed"; "The bomber was also killed") when that sentence tells no act of its own: NOTES
    sums the dead of all sides of one event and counts perpetrators the text includes."""
    _, after = _neighbours(sent, 1)
    if not after:
        return own
    back = _back_references(after[0])
    if _has_own_event(after[0], set().union(*back) if back else set()):
        return own
    added, also = _sentence_items(after[0], "killed")
    also = also or bool(back) and all(_back_reference_of(f.trig) is not None for f in added)
    first, _ = _sentence_items(sent, "killed")
    if not also or not first or not all(f.q.best is not None for f in added) or not _adds_to(first, added):
        return own
    q, toks = _combine([_Found(Quantity(own.killed.best, own.killed.low, own.killed.high), [], first[0].trig), *added])
    toks = [*(own.killed_evidence and [t for t in sent if own.killed_evidence.start_char <= t.idx < own.killed_evidence.end_char] or []), *toks]
    acled = min(x for x in (q.best, q.low) if x is not None)
    return Casualties(Fatalities(q.best, q.low, q.high), own.injured, _evidence(toks), own.injured_evidence, acled)


def _only_casualty_acts(sent: Span) -> set[int] | None:
    """The tokens of the event triggers of ``sent`` when each one is a death or injury word
    ("eight soldiers were killed": the trigger layer may read the dead as an act), else None."""
    doc = sent.doc
    if "triggers" not in doc.spans:
        return None
    words = {t.i for kind in ("killed", "injured") for t in _triggers(sent, kind)}
    spans = [t for t in group_spans(doc, "triggers") if sent.start <= t.start < sent.end]
    if not all(words.intersection(range(t.start, t.end)) for t in spans):
        return None
    return {i for t in spans for i in range(t.start, t.end)}


def _names_own_setting(toll: Span, act: Span) -> bool:
    """Whether ``toll`` names a place, or a date the sentence ``act`` does not, or opens as
    another incident ("Separately, ..."): its dead may then be of another act."""
    cues = load_cues()
    opening = span_text(toll).lstrip().lower()
    if any(opening.startswith(c) for c in (*cues.separate_event_cues, *cues.other_event_recall_cues)):
        return True
    if any(toll.start <= p.start < toll.end for key in ("places", "place_embedded") if key in toll.doc.spans
           for p in group_spans(toll.doc, key)):
        return True
    told = span_text(act).lower()
    return any(e.label_ in _q()["own_setting_entities"] and (e.label_ != "DATE" or e.text.lower() not in told)
               for e in toll.ents)


def _killed_by_someone(sent: Span) -> bool:
    """Whether a death word of ``sent`` has a doer ("the army said it killed 20"; "four were
    shot dead by the guards", the "dead" of "shot" too): the sentence tells a killing of its own."""
    losing = _loss_words() | set(_q()["life_loss_verbs"])
    for t in _triggers(sent, "killed"):
        verbs = [t] if t.pos_ in ("VERB", "AUX") else [t.head] if t.head.pos_ == "VERB" and t.dep_ in ("acomp", "oprd", "xcomp", "advmod") else []
        if any(_agents(v) for v in verbs if _lemma(v) not in losing):
            return True
    return False


def tells_bare_toll(sent: Span) -> bool:
    """Whether the sentence's only acts are its dead or wounded, with no one doing the killing
    and no day of their own ("three villagers were killed", "eight guards died in A"): a
    toll of an act told before, not a new act ("two days later, three were killed in A" is one)."""
    return _only_casualty_acts(sent) is not None and not _killed_by_someone(sent) \
        and not any(e.label_ == "DATE" for e in sent.ents)


def _toll_told_next(sent: Span, after: Span, own: Casualties) -> Casualties | None:
    """The dead (and wounded) that the sentence right after ``sent`` tells with no act of its
    own ("Rebels overran the post. Eight soldiers were killed."; "... The hospital received nine
    bodies."), for an act told with none: a careful coder puts them on the act just told. Not
    when that sentence names a place, another day or another incident, when someone in it does
    the killing (a further act: "the army said it killed 20 in response"), nor a total over a
    period (``_figure`` leaves those out) or a war ("20,000 have been killed in the conflict")."""
    if any(_lemma(t) in _q()["unnumbered_toll_nouns"] for t in sent):
        return None  # the act told with its dead, uncounted ("left them with heavy casualties"): a figure after may be one side's
    acts = _only_casualty_acts(after)
    if acts is None or _has_own_event(after, acts) or _names_own_setting(after, sent):
        return None
    if _killed_by_someone(after) or any(_lemma(t) in _q()["campaign_toll_nouns"] for t in after):
        return None
    words = " " + " ".join(t.lower_ for t in after) + " "
    if any(f" {cue} " in words for cue in _q()["aggregate_cues"]):  # "since the start of the offensive"
        return None
    kq, ktoks = _figure(after, "killed")
    if kq is None or kq.best is None:
        return None
    iq, itoks = _figure(after, "injured")
    injured, iev = own.injured, own.injured_evidence
    if injured is None and iq is not None and iq.best is not None:
        injured, iev = iq.best, _evidence(itoks)
    acled = min(x for x in (kq.best, kq.low) if x is not None)
    return Casualties(Fatalities(kq.best, kq.low, kq.high), injured, _evidence(ktoks), iev, acled)


def lent_toll_back(sent: Span) -> bool:
    """Whether ``sent`` is a bare toll whose dead went to the act of the sentence before it
    (:func:`_toll_told_next`): its own event mentions then only retell that act."""
    before, _ = _neighbours(sent, 1)
    if not before or _only_casualty_acts(sent) is None:
        return False
    lent = before[0]._.casualties  # None when that sentence tells no act (no trigger)
    ev = lent.killed_evidence if lent is not None else None
    return ev is not None and sent.start_char <= ev.start_char < sent.end_char


def find_casualties_near(sent: Span, window: int = 1, *, borrow_figures: bool = True,
                         borrow_from_eventless: bool = False) -> Casualties:
    """Casualties of the event stated in ``sent``, completed from the ``window`` sentences
    around it when ``sent`` itself gives no killed figure:

    * the victims are named without a figure by a definite noun ("the militants were killed in
      an operation on Friday") and a neighbouring sentence gives the figure for the same noun
      ("troops killed at least 13 militants") -> that figure;
    * a following sentence that states no event of its own says that no casualties were
      reported ("It said no casualties were reported") -> killed 0; sentences of detail between
      the two that tell no act and no toll of their own ("Debris set a shed alight. Nobody was
      hurt") do not cut the statement off (quantities.json ``no_casualty_reach``).

    * the next sentence tells only a toll, with no act, place, day or incident of its own
      ("Eight soldiers were killed, an officer said") -> its killed and injured figures.

    Injured figures are otherwise never borrowed. Evidence points into the neighbouring sentence. With
    ``borrow_figures=False`` only the second rule applies (a figure in a neighbouring sentence
    may belong to another event of the article; "no casualties were reported" cannot), unless
    ``borrow_from_eventless``: then the first rule still applies to neighbours that tell no
    event of their own ("Troops killed 20 fighters and a leader." with
    no trigger, before "the fighters died in a raid on Tuesday"), whose figure
    can belong to no other event.
    """
    own = find_casualties(sent)
    if own.killed.best is not None:
        return _with_added_toll(sent, own)
    before, after = _neighbours(sent, window)
    victims = _unnumbered_victims(sent) if borrow_figures or borrow_from_eventless else []
    if not victims and own.acled_killed is not None and after and (borrow_figures or borrow_from_eventless):
        # "killing dozens of villagers. An official said 40 villagers died": the
        # figure of the vaguely counted victims, from the next sentence only
        victims, before = _vaguely_counted_victims(sent), []
        after = after[:1]
    if victims:
        lemmas = {v.lemma_.lower() for v in victims}
        for other in [s for pair in zip(before, after) for s in pair] + before[len(after):] + after[len(before):]:
            if not borrow_figures and _has_own_event(other):
                continue
            q, toks = _numbered_toll(other, lemmas)
            if q is not None and q.best is not None:
                acled = min(x for x in (q.best, q.low) if x is not None)
                return Casualties(Fatalities(q.best, q.low, q.high), own.injured, _evidence(toks),
                                  own.injured_evidence, acled)
    if own.acled_killed is None and "killed" not in _no_casualties(span_text(sent)) and after \
            and (borrow_figures or borrow_from_eventless):
        lent = _toll_told_next(sent, after[0], own)
        if lent is not None:
            return lent
    if own.acled_killed is None:
        for other in _neighbours(sent, _q()["no_casualty_reach"])[1]:
            if _has_own_event(other):
                break
            if _figure(other, "killed")[0] is not None:
                break
            if "killed" in _no_casualties(span_text(other)):
                ev = Evidence(other.start_char, other.end_char, span_text(other))
                return Casualties(Fatalities(0), own.injured, ev, own.injured_evidence, 0)
    return own


# --- whose toll: another act's ----------------------------------------------------------------

def _agents(trig: Token) -> list[Token]:
    """What did the killing or wounding: the subject of an active verb (of the verb it is
    coordinated with: "a bomb exploded and killed one"), the "by" phrase of a passive one."""
    if trig.pos_ not in ("VERB", "AUX") or _lemma(trig) in ("die", "perish"):
        return []  # "three people died": the subject is the victim
    kids = list(trig.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects and trig.dep_ == "conj":
        subjects = [c for c in trig.head.children if c.dep_ == "nsubj"]
    return subjects


def casualties_of_act(sent: Span, others: list[Span]) -> Casualties | None:
    """The casualties of ``sent`` without those that another act of the sentence caused (its
    trigger, one of ``others``, is the subject of the killing: "a second bombing killed four
    more", "fighting at the compound killed 115, while helicopters ..."); None when no other
    act caused any."""
    # a trigger phrase that holds the killing verb itself ("gunmen killed") is that killing, not
    # another act that caused it: "gunmen killed six people in an attack" is the attack's toll
    owner = {t.i: span for span in others for t in span}
    foreign = frozenset(owner)
    if not foreign or not any(a.i in foreign and not (owner[a.i].start <= trig.i < owner[a.i].end)
                              for kind in ("killed", "injured")
                              for trig in _triggers(sent, kind) for a in _agents(trig)):
        return None
    return find_casualties(sent, foreign)


# --- whose toll: a clause that refers to an earlier act --------------------------------------

def _reference_clause(tok: Token) -> list[Token] | None:
    """The tokens of the clause introduced by a reference word ("after", "since" ... in
    ``reference_preps``) that holds ``tok`` ("fired tear gas days after two men were shot
    dead"), from that word on (a parse may hang the main clause under it), else None."""
    refs = set(_q().get("reference_preps", []))
    for a in [tok, *tok.ancestors]:
        word = next((c for c in a.children if c.dep_ in ("mark", "prep") and c.lower_ in refs and c.i < a.i),
                    None) if a.pos_ in ("VERB", "AUX") else None
        if word is None and a.dep_ == "pcomp" and a.head.lower_ in refs:
            word = a.head
        if word is not None:
            return [t for t in a.subtree if t.i >= word.i] if word.head == a else [word, *a.subtree]
    return None


def told_of_earlier_act(sent: Span, evidence: Evidence | None, trigger_start: int, kind: str = "killed") -> bool:
    """Whether the casualties ``evidence`` of ``sent`` are told in a clause that refers to an
    earlier act ("protesters threw stones, days after two men were shot dead"; "the strikes came
    after rebels killed 20 troops") that does not hold the event's trigger (at ``trigger_start``):
    the toll is that act's, not the event's."""
    if evidence is None:
        return False
    trigs = [t for t in _triggers(sent, kind) if evidence.start_char <= t.idx < evidence.end_char]
    for trig in trigs:
        clause = _reference_clause(trig)
        if clause is None or any(t.idx == trigger_start for t in clause):
            return False
    return bool(trigs)


# --- the spaCy component ----------------------------------------------------------------------

NAME = "sitrep_casualties_v1"

if not Span.has_extension("casualties"):
    Span.set_extension("casualties", default=None)


def sentence_casualties(sent: Span) -> Casualties:
    """The casualties of the event a sentence tells, as ``sitrep_casualties_v1`` read them."""
    return sentence_annotation(sent, "casualties", NAME)


@Language.component(NAME, requires=["doc.spans", "token.dep", "token.lemma"], assigns=["span._.casualties"])
def casualty_component(doc: Doc) -> Doc:
    """The casualties of every sentence that holds a trigger (``sent._.casualties``): its own
    figures, else the figure of a neighbour that tells no event of its own for the victims it
    names without one, else 0 when the next sentence only says no casualties were reported. A
    figure in a neighbour that tells an event may be that event's, so it is never borrowed."""
    for sent in sentences_with_triggers(doc):
        sent._.casualties = find_casualties_near(sent, borrow_figures=False, borrow_from_eventless=True)
    return doc


# --- a toll of none stated apart from the act ---------------------------------------------------

def no_deaths_statements(doc: Doc) -> list[Span]:
    """The sentences of an article that say no one was killed ("so far no fatalities are known"),
    when the article gives no death figure anywhere, not even a vague one: such a statement,
    wherever it stands, can only be about the article's acts (NOTES: an explicit statement that
    no casualties were reported gives 0). Empty when any sentence tells deaths."""
    if any(_sentence_figure(s, "killed")[0] is not None for s in sentences(doc)):
        return []  # as ``_figure(doc, "killed")`` is not None, stopping at the first figure
    return [s for s in sentences(doc) if "killed" in _no_casualties(span_text(s)) and not _of_one_act(span_text(s))]


def _of_one_act(text: str) -> bool:
    """Whether every no-casualty phrase of ``text`` is what one act caused ("the device resulted
    in no casualties"): such a phrase is about that act only, which may be none of the events."""
    lead = re.compile(_q()["no_casualty_of_one_act"], re.IGNORECASE)
    found = [m for pat in _no_casualty_patterns() for m in pat.finditer(text)]
    def before(m: re.Match) -> str:  # the words before the phrase's "no" ("caused no casualties")
        neg = re.search(r"\b(?:no|without)\b", m.group(0), re.IGNORECASE)
        return text[:m.start() + (neg.start() if neg else 0)]
    return bool(found) and all(lead.search(before(m)) for m in found)
