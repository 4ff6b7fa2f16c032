"""The rest of a list of places that the parse broke off: "riots in A (north), B (west) and C"
often comes out of the parser as a list of some of them, the others hung elsewhere, so
``place_split`` finds only part of the list. The text itself still shows it: names before and
after the listed places, joined to them by commas or a conjunction (an aside such as "(north)",
"in the west" or "in Y province" skipped), are further places of it when the gazetteer places
them in the same country and they are of the same kind (towns beside towns).
"""

from __future__ import annotations


from spacy.tokens import Span

from sitrep.events.context import ArticleContext, resolve_span, stray_variant
from sitrep.events.place_fallback import proper_run
from sitrep.geo.resolver import resolve_place
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import evidence_of
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import group_spans

Site = tuple[Span, Place, Evidence]

#: Words that join the items of a list written out in the text.
JOINERS = frozenset({",", "and", "or"})
#: Conjunctions: a list joined by commas alone may be an address ("X, Y Province").
CONJUNCTIONS = frozenset({"and", "or"})
#: Longest aside skipped after a listed place, in words.
MAX_ASIDE = 6
#: Entity labels of a capitalised word that names no place ("on Sunday in X").
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL"})


def _after_aside(sent: Span, j: int) -> int:
    """The word after an aside that follows a listed name at word ``j``: brackets ("(South)") or
    a locator ("in Y province", "in the west"); ``j`` when there is none."""
    doc = sent.doc
    if j < sent.end and doc[j].text == "(":
        for k in range(j + 1, min(sent.end, j + MAX_ASIDE + 2)):
            if doc[k].text == ")":
                return k + 1
        return j
    if j < sent.end and doc[j].lower_ == "in":
        k = j + 1 + (j + 1 < sent.end and doc[j + 1].lower_ == "the")
        end = k
        while end < sent.end and end - k < MAX_ASIDE and _locator_word(doc[end]):
            end += 1
        if end > k and (end == sent.end or doc[end].lower_ in JOINERS or doc[end].is_punct):
            return end
    return j


def _before_aside(sent: Span, j: int) -> int:
    """The word before an aside ending at word ``j`` that follows a listed name ("X (South), Y",
    "X in Y province, Z"); ``j`` when there is none."""
    doc = sent.doc
    if j >= sent.start and doc[j].text == ")":
        for k in range(j - 1, max(sent.start - 1, j - MAX_ASIDE - 2), -1):
            if doc[k].text == "(":
                return k - 1
        return j
    k = j
    while k >= sent.start and j - k < MAX_ASIDE and _locator_word(doc[k]):
        k -= 1
    if k < j and k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    if k < j and k - 1 >= sent.start and doc[k].lower_ == "in" and doc[k - 1].tag_ in {"NNP", "NNPS"} \
            and doc[k - 1].ent_type_ not in NOT_NAME_ENTS:
        return k - 1  # "Y in Z province, X": only after a name (not the list's own "riots in X, Y")
    return j


def _locator_word(tok) -> bool:
    """A word of a locator aside: a proper name, a compass word, or an area noun ("province")."""
    return tok.tag_ in {"NNP", "NNPS"} or tok.lower_ in load_cues().direction_words or _area_word(tok)


def _area_word(tok) -> bool:
    """An area or settlement noun ("province", "district", "village")."""
    nouns = load_cues().list_settlement_nouns | load_cues().list_area_nouns
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def _name_at(sent: Span, k: int, tagged: dict[int, Span], step: int) -> Span | None:
    """The name starting (``step`` 1) or ending (``step`` -1) at word ``k``: the tagged place
    there, or a run of proper nouns."""
    if k in tagged:
        span = tagged[k]
        return span if (span.start if step == 1 else span.end - 1) == k else None
    start, end = proper_run(sent, k, step)
    edge = start if step == 1 else end - 1
    return sent.doc[start:end] if end > start and edge == k else None


def list_tail(sites: list[Site], sent: Span, ctx: ArticleContext, precisions: frozenset[str]) -> list[Site]:
    """The places that go on, in the text, around each of ``sites`` ("X, Y (west) and Z"): each
    a name joined to its neighbour by a comma or a conjunction, placed in the listed places'
    country at a precision of theirs among ``precisions``. A list read around a single place
    must hold a conjunction ("X, Y and Z", not the address "X, Y")."""
    if not sites:
        return []
    tagged = {i: p for p in group_spans(sent.doc, "places") if sent.start <= p.start and p.end <= sent.end
              for i in range(p.start, p.end)}
    country = sites[0][1].country
    joined_by: set[str] = set()
    taken = {i for span, _, _ in sites for i in range(span.start, span.end)}
    found: list[Site] = []
    kinds = frozenset(place.precision for _, place, _ in sites) & precisions
    for span, _, _ in sites:  # around each: a list may have broken off between two sites too
        for site in _read(sent, span.end, 1, country, tagged, ctx, kinds, joined_by) \
                + _read(sent, span.start - 1, -1, country, tagged, ctx, kinds, joined_by):
            if not taken & set(range(site[0].start, site[0].end)):
                taken.update(range(site[0].start, site[0].end))
                found.append(site)
    if len(sites) < 2 and not joined_by & CONJUNCTIONS:
        return []
    return found


def _read(sent: Span, j: int, step: int, country: str | None, tagged: dict[int, Span], ctx: ArticleContext,
          precisions: frozenset[str], joined_by: set[str]) -> list[Site]:
    """The names of the list read from word ``j`` on, forward (``step`` 1) or back (-1)."""
    doc = sent.doc
    found: list[Site] = []
    while country is not None:
        if step == 1:  # "X (north), Y": the aside follows its name
            j = _after_aside(sent, j)
        k = j
        while sent.start <= k < sent.end and doc[k].lower_ in JOINERS:
            joined_by.add(doc[k].lower_)
            k += step
        if k == j:
            break
        if step == -1:
            k = _before_aside(sent, k)
        if not sent.start <= k < sent.end:
            break
        name = _name_at(sent, k, tagged, step)
        if name is None or name.end < sent.end and _area_word(doc[name.end]):
            break  # "X, Y district": Y names the area X lies in, not another place of the list
        read = resolve_span(name, ctx) if name.start in tagged else None
        if read is None:
            hit = resolve_place(name.text, within=(country,), gazetteer=ctx.gazetteer)
            hit = None if hit is not None and stray_variant(name, hit, ctx) else hit
            read = (hit, evidence_of(name)) if hit is not None else None
        if read is None or read[0].precision not in precisions or read[0].country != country:
            break
        found.append((name, read[0], read[1]))
        j = name.end if step == 1 else name.start - 1
    return found
