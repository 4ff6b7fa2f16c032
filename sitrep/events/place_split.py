"""One event per place: an act told at several coordinated places ("shelled X, Y and Z", "strikes
on a market in X and a school in Y", "protests in several towns, including X and Y", "took
control of X as well as Y") is one event at each of them (NOTES: one type of action at one place
on one day).

The places are read from the parse. A place is a *site* of the trigger's act when it hangs off
the trigger's clause (an object or a place phrase: in/on/at/near/across/into ..., or the object
of a territory verb), is not a landmark ("east of X", "from X"), not a party or a source, and not
in another clause (``place_choice``). Two sites are *coordinated* when their phrases meet in one
chain of conjuncts ("and", "or", commas, "as well as") before the clause's verb. Not split:

- a place and the area it lies in ("X, in Y province", "X in the Y district"): the area hangs
  off the place, not beside it;
- a route or a front line ("from X to Y", "the road between X and Y");
- a place naming where a party comes from (``names_a_party``);
- two acts told by two verbs ("shelled X and seized Y": each verb is its own trigger).

Names listed after a settlement noun ("shelled the villages of X, Y and Z") or before a plural
one ("burned houses in X, Y and Z villages") are sites too, each standing in the event's place
when the gazetteer lacks it (``listed_settlements``).

The toll of a sentence cannot be shared out among its places: split events carry none (flag
``toll_not_split``; NOTES: deaths spread over several places with no per-place figure stay null).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from sitrep.events.clauses import kin_types, sequence_scope
from sitrep.events.context import ArticleContext, places_in, resolve_span, stray_variant
from sitrep.events.list_tail import list_tail
from sitrep.events.merge import place_key
from sitrep.events.mention import LOCATION_FLAGS, EventMention, Flag
from sitrep.events.place_fallback import proper_run
from sitrep.events.place_choice import (in_other_clause, is_linked, is_modifier, is_reference, names_a_party,
                                        province_of_another)
from sitrep.events.state_parties import names_state
from sitrep.geo.resolver import resolve_place
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import evidence_of
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import group_spans

#: Place precisions that can be one site of a split act (a whole country is a party as often as a place).
SITE_PRECISIONS = frozenset({"town", "region", "admin1"})
#: Acts whose coordinated places are its parties or one venue: "an agreement between X and Y".
UNSPLIT_TYPES = frozenset({"agreement"})
#: Prepositions whose places are a span, not sites: "the road between X and Y".
ROUTE_PREPOSITIONS = frozenset({"between", "from"})
#: How many words up from a place name its phrase may climb to meet another place's phrase.
MAX_CLIMB = 6

#: Flags of a place that was not the sentence's own: a split event is at a place the sentence names.
PLACE_GUESS_FLAGS = LOCATION_FLAGS | {Flag.LOCATION_LANDMARK, Flag.LOCATION_FROM_ARTICLE}

Site = tuple[Span, Place, Evidence]


def _climb(place: Span, trigger: Span, placed: dict[int, Span], *, province: bool = False) -> list[Token] | None:
    """The words of ``place``'s phrase from its name up to (not including) the trigger or the
    trigger's verb: "Y" <- "in" <- "school" in "strikes on a school in Y". None when the phrase
    hangs on another verb ("detonated car bombs and took over X": X is not a site of the
    bombing), is a route ("between X and Y"), names parties ("signed by X and Y") or only the
    area of another place ("X in Y province", "X, the capital of Y"; a ``province`` also under
    a name the tagger missed, "the village of X in Y province")."""
    path: list[Token] = []
    tok = place.root
    anchors = {trigger.root.i, trigger.root.head.i} | set(range(trigger.start, trigger.end))
    steps = 0
    while steps < MAX_CLIMB and len(path) < 4 * MAX_CLIMB:
        path.append(tok)
        head = tok.head
        if head.i == tok.i:
            return None
        if head.i in anchors:
            break
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep":
            return None  # the phrase of another verb ("including", "such as" are prepositions here)
        if tok.dep_ == "agent" or tok.dep_ == "prep" and tok.lower_ in ROUTE_PREPOSITIONS:
            return None
        other = placed.get(head.i)
        listed = tok.dep_ == "appos" and _listed_appos(tok, placed)
        if listed:
            pass  # "a depot in X, a bridge in Y and ...": the parser hung the second item on X
        elif tok.dep_ in {"prep", "appos"} and (other is not None and other is not placed.get(tok.i) or province
                                              and head.pos_ == "PROPN" and head.i not in placed):
            return None
        steps += tok.dep_ != "conj" and not listed  # a long list is not a long climb
        tok = head
    else:
        return None
    if tok.dep_ == "agent" or tok.dep_ == "prep" and tok.lower_ in ROUTE_PREPOSITIONS:
        return None
    return path


def _listed_appos(tok: Token, placed: dict[int, Span]) -> bool:
    """An item of a list of sites that the parser read as an aside of the place before it ("hit
    a depot in X, a bridge in Y and a school in Z"): a common noun that is no area or settlement
    ("X, a town in Y" is an aside), with a place phrase of its own, in a list joined by a
    conjunction within its phrase."""
    cues = load_cues()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in cues.list_settlement_nouns | cues.list_area_nouns \
            or tok.head.i not in placed:
        return False
    words = list(tok.subtree)
    has_place = any(t.dep_ == "prep" and t.head.i == tok.i and any(w.i in placed for w in t.subtree)
                    for t in words)
    return has_place and any(t.dep_ == "cc" for t in words)


def _linked(span: Span, trigger: Span, placed: dict[int, Span]) -> bool:
    """The place hangs off the trigger's clause (``is_linked``), or reaches it through the items
    of a list the parser read as asides of one another (``_listed_appos``), a climb too long
    for ``is_linked``."""
    if is_linked(span, trigger):
        return True
    path = _climb(span, trigger, placed)
    return path is not None and any(t.dep_ == "appos" and _listed_appos(t, placed) for t in path)


def _chains(path: list[Token]) -> dict[frozenset, int]:
    """The chains of conjuncts a phrase climbs through, each with the member it enters by."""
    entries: dict[frozenset, int] = {}
    for tok in path:
        conjuncts = tok.conjuncts
        if conjuncts:
            entries.setdefault(frozenset({tok.i, *(c.i for c in conjuncts)}), tok.i)
    return entries


def _coordinated(a: list[Token], b: list[Token]) -> bool:
    """Two phrases are members of one chain of conjuncts ("X, Y and Z"; "in X and in Y"): they
    enter it by different members (two places hanging on one member, "the army and groups in
    X in Y", are not a list), or one place phrase and a second one coordinated onto its verb
    ("in X, but also in Y", where the parser hangs the second "in" on the verb)."""
    chains_b = _chains(b)
    for chain, entry in _chains(a).items():
        if chain in chains_b and chains_b[chain] != entry and _enumeration(a[0].doc[entry]):
            return True
    return _onto_verb(a, b) or _onto_verb(b, a) or _gapped(a, b) or _gapped(b, a) \
        or _through_appos(a, b) or _through_appos(b, a)


def _through_appos(a: list[Token], b: list[Token]) -> bool:
    """``b`` climbs to ``a``'s place through a listed item the parser read as its aside
    (``_climb``): "a depot in X, a bridge in Y"."""
    return any(t.dep_ == "appos" and t.head.i == a[0].i for t in b)


def _gapped(a: list[Token], b: list[Token]) -> bool:
    """``b`` is the object of a clause that leaves out the verb of ``a``'s ("seized X in May,
    and Y in June"): the parser joins Y to the verb, whose object X is."""
    return (len(a) == 1 and len(b) == 1 and a[0].dep_ == "dobj" and b[0].dep_ == "conj"
            and b[0].head.i == a[0].head.i and b[0].head.pos_ == "VERB" and _enumeration(b[0]))


def _enumeration(tok: Token) -> bool:
    """The chain of conjuncts holding ``tok`` is joined by a conjunction ("X, Y and Z", "X as
    well as Y"), not only by commas: "X, Y Province, Z" is an address, one place."""
    return any(c.dep_ in {"cc", "preconj"} for t in (tok, *tok.conjuncts) for c in t.children)


def _onto_verb(a: list[Token], b: list[Token]) -> bool:
    """``b``'s preposition is a conjunct of a word above ``a``'s preposition (the verb, or the
    word the phrase qualifies): "in X, but also in Y"; "clashed with rioters in X and in Y"."""
    top_a = next((t for t in reversed(a) if t.dep_ == "prep"), None)
    top_b = next((t for t in b if t.dep_ == "conj" and t.pos_ == "ADP"), None)
    if top_a is None or top_b is None or top_b.head.i == top_a.i:
        return False
    return top_b.head.i in {top_a.head.i, top_a.head.head.i} and _enumeration(top_b)


def coordinated_sites(trigger: Span, ctx: ArticleContext) -> list[Site]:
    """The coordinated places at which the trigger's act happened, in text order (one per
    place), or an empty list when the act is told at fewer than two such places."""
    doc = trigger.doc
    placed = {i: p for p in group_spans(doc, "places") for i in range(p.start, p.end)}
    sites: list[tuple[Site, list[Token]]] = []
    found_places = places_in(trigger.sent, ctx)
    resolved = {i for span, _, _ in found_places for i in range(span.start, span.end)}
    for span, place, ev in found_places:
        if place.precision not in SITE_PRECISIONS or not _linked(span, trigger, placed) or is_reference(span) \
                or is_modifier(span) or names_a_party(span, place.precision, trigger) \
                or in_other_clause(span, trigger) or names_state(span, place, ctx):
            continue
        if span.start <= trigger.root.i < span.end:
            continue
        path = _climb(span, trigger, placed, province=place.precision == "admin1")
        if path is not None:
            sites.append(((span, place, ev), path))
            for mate in _list_mates(span, place, placed, resolved, ctx):
                mate_path = _climb(mate[0], trigger, placed)
                if mate_path is not None:
                    sites.append((mate, mate_path))
    # connected groups of coordinated sites; the largest one is the act's list of places
    groups: list[list[int]] = []
    for i in range(len(sites)):
        joined = [g for g in groups if any(_coordinated(sites[i][1], sites[j][1]) for j in g)]
        merged = [i] + [j for g in joined for j in g]
        groups = [g for g in groups if g not in joined] + [sorted(merged)]
    best: list[Site] = []
    for group in groups:
        unique: dict[tuple, Site] = {}
        named: set[int] = set()  # a name listed after two towns is a mate of the first only
        for j in group:
            if sites[j][0][0].start not in named:
                named.add(sites[j][0][0].start)
                unique.setdefault(place_key(sites[j][0][1]), sites[j][0])
        places = [p for _, p, _ in unique.values()]
        found = [site for site in unique.values() if not province_of_another(site[1], places)]
        if len(found) > len(best):
            best = found
    best = _with_tail(best, trigger, ctx)
    return best if len(best) >= 2 else []


def _with_tail(sites: list[Site], trigger: Span, ctx: ArticleContext) -> list[Site]:
    """The sites and the places that go on their list past where the parse broke it off
    (``list_tail``), one per place, without a province that only locates another of them."""
    unique = {place_key(p): (s, p, e) for s, p, e in sites}
    for site in list_tail(sites, trigger.sent, ctx, SITE_PRECISIONS):
        unique.setdefault(place_key(site[1]), site)
    places = [p for _, p, _ in unique.values()]
    return sorted((site for site in unique.values() if not province_of_another(site[1], places)),
                  key=lambda site: site[0].start)


#: Entity labels of a name that is someone or something, not a place, even in a list of places.
NOT_PLACE_ENTS = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def _list_mates(span: Span, place: Place, placed: dict[int, Span], resolved: set[int],
                ctx: ArticleContext) -> list[Site]:
    """Names listed with a town ("took X, Y and Z", "shelled the villages of X, Y and Z") that the
    place tagger missed, or tagged but the gazetteer could not place (no ``resolved`` word):
    places of the same kind. Each is read in the town's country; a name the gazetteer lacks is
    placed at the listed town, approximately (precision ``region``, no GeoNames id), keeping its
    own words as evidence."""
    if place.precision != "town":
        return []
    doc = span.doc
    mates = []
    for tok in span.root.conjuncts:
        area = _area_mate(tok, resolved, ctx, place)
        if area is not None:
            mates.append(area)
            continue
        if tok.pos_ != "PROPN" or tok.i in resolved or tok.ent_type_ in NOT_PLACE_ENTS or not tok.text[:1].isupper():
            continue
        if tok.i in placed:
            name = placed[tok.i]
        else:
            start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i])
            name = doc[start:tok.i + 1]
        found = resolve_place(name.text, within=(place.country,), gazetteer=ctx.gazetteer) if place.country else None
        if found is None or found.precision != "town" or stray_variant(name, found, ctx):
            found = replace(place, name=name.text, mention=name.text, precision="region", geonames_id=None)
        else:
            found = replace(found, mention=name.text)
        mates.append((name, found, evidence_of(name)))
    return mates


def _area_mate(tok: Token, resolved: set[int], ctx: ArticleContext, place: Place) -> Site | None:
    """The last name of a list closed by a plural area noun ("in X and Y provinces"): the parser
    makes the noun the conjunct and the name its modifier, which the place tagger misses. A site
    only when the gazetteer places the name in the listed town's country below country level."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in load_cues().list_area_nouns or not place.country:
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not words or any(w.pos_ != "PROPN" or w.i in resolved or w.ent_type_ in NOT_PLACE_ENTS
                        or not w.text[:1].isupper() for w in words):
        return None
    name = tok.doc[words[0].i:tok.i]
    if len(name) != len(words):
        return None
    found = resolve_place(name.text, within=(place.country,), gazetteer=ctx.gazetteer)
    if found is None or found.precision not in SITE_PRECISIONS or stray_variant(name, found, ctx):
        return None
    return name, replace(found, mention=name.text), evidence_of(name)


def listed_settlements(trigger: Span, around: Place | None, ctx: ArticleContext) -> list[Site]:
    """The names listed after a settlement noun and "of" in the trigger's clause ("shelled the
    villages of X, Y and Z", "looted homes in the communities of X and Y"), one site each when
    there are two or more. The tagger misses many such names and the gazetteer lacks most: a
    name it places in ``around``'s country is that place, any other stands in ``around`` (the
    place the event was given), approximately, with its own words (as ``_list_mates``)."""
    if around is not None and ctx.main_place is not None and around.country != ctx.main_place[0].country:
        around = ctx.main_place[0]  # a namesake abroad holds no village of the story
    if around is None:
        return []
    doc, sent = trigger.doc, trigger.sent
    nouns = load_cues().list_settlement_nouns
    tagged = [p for p in group_spans(doc, "places") if sent.start <= p.start and p.end <= sent.end]
    placed = {i: p for p in tagged for i in range(p.start, p.end)}
    for noun in sent:
        before = _plural_settlement(noun, nouns)
        if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns) and not before:
            continue
        names = _names_before(sent, noun.i) if before else []
        path = _climb(doc[noun.i:noun.i + 1], trigger, placed)
        if path is None and names:  # the noun read as an aside of the first name ("X, Y and Z villages")
            path = _climb(names[0], trigger, placed)
        if path is None or any(t.dep_ == "nsubj" and t.head.i != trigger.root.i for t in path):
            continue  # a list of another verb or of the speaker ("a spokesman of the villages of X and Y said")
        if before:  # "in X, Y and Z villages": the names stand before the noun
            names = _whole_names(names, tagged)
            if len(names) >= 2:
                return [_listed_site(name, around, tagged, ctx) for name in names]
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if first is None:
            continue
        names = []
        for tok in sorted((first, *first.conjuncts), key=lambda t: t.i):
            start, end = proper_run(sent, tok.i, -1)
            if end != tok.i + 1 or not tok.text[:1].isupper() \
                    or any(doc[k].ent_type_ in NOT_PLACE_ENTS for k in range(start, end)):
                break
            names.append(doc[start:end])
        names = _whole_names(names, tagged)
        if len(names) >= 2:
            return [_listed_site(name, around, tagged, ctx) for name in names]
    return []


def _whole_names(names: list[Span], tagged: list[Span]) -> list[Span]:
    """The listed names with the halves of one tagged name taken as that name: "the district of
    Jammu and Kashmir" names one state, not two places."""
    whole: list[Span] = []
    for name in names:
        span = next((p for p in tagged if p.start <= name.start and name.end <= p.end), name)
        if not any(w.start == span.start and w.end == span.end for w in whole):
            whole.append(span)
    return whole


def _plural_settlement(noun: Token, nouns: frozenset[str]) -> bool:
    """A plural settlement noun after the names it counts ("X and Y villages"; the tagger may
    read such a noun as a verb), not one that "of" follows ("the villages of X")."""
    word = noun.lower_
    if not word.endswith("s") or word[:-1] not in nouns and word[:-3] + "y" not in nouns:
        return False
    doc = noun.doc
    return not (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of") \
        and noun.i > 0 and doc[noun.i - 1].tag_ in {"NNP", "NNPS"}


def _names_before(sent: Span, end: int) -> list[Span]:
    """The names listed right before word ``end`` ("X, Y-Z, and W villages"), in text order: runs
    of proper nouns (a hyphen may join two) separated by commas and a last "and"/"or"; none
    unless a conjunction joins them (a list, not "X, Y villages" after an address)."""
    doc = sent.doc
    names: list[Span] = []
    k, joined = end - 1, False
    while k >= sent.start:
        start, stop = proper_run(sent, k, -1)
        while stop > start and start - 2 >= sent.start and doc[start - 1].text == "-" \
                and doc[start - 2].tag_ in {"NNP", "NNPS"}:
            start = proper_run(sent, start - 2, -1)[0]
        if stop != k + 1 or any(doc[i].ent_type_ in NOT_PLACE_ENTS for i in range(start, stop)) \
                or not doc[start].text[:1].isupper():
            break
        names.append(doc[start:stop])
        k = start - 1
        seen = set()
        while k >= sent.start and doc[k].lower_ in {",", "and", "or"}:
            seen.add(doc[k].lower_)
            k -= 1
        if not seen:
            break
        joined |= bool(seen & {"and", "or"})
    return list(reversed(names)) if joined else []


def _listed_site(name: Span, around: Place, tagged: list[Span], ctx: ArticleContext) -> Site:
    """A listed name as a site: the tagged place it is, the gazetteer's town of that name in
    ``around``'s country, or ``around`` under the name's own words."""
    for span in tagged:
        if span.start < name.end and name.start < span.end:
            found = resolve_span(span, ctx)
            if found is not None and found[0].precision in SITE_PRECISIONS:
                return span, found[0], found[1]
    found = resolve_place(name.text, within=(around.country,), gazetteer=ctx.gazetteer) if around.country else None
    if found is None or found.precision != "town" or stray_variant(name, found, ctx):
        found = replace(around, name=name.text, mention=name.text, precision="region", geonames_id=None)
    else:
        found = replace(found, mention=name.text)
    return name, found, evidence_of(name)


def _holds_all(area: Place, places: list[Place]) -> bool:
    """An area coarser than a town (a province, a country) that holds every listed place: it
    only says where they lie ("in X and Y villages in Z province"), it is no place of its own."""
    return area.precision != "town" and all(
        p.country == area.country and (area.precision == "country" or p.admin1 is not None and p.admin1 == area.admin1
                                       or p.geonames_id is None and (p.lat, p.lon) == (area.lat, area.lon))
        for p in places)


def kin_sites(mention: EventMention, trigger: Span, others: list[Span], ctx: ArticleContext) -> list[Site]:
    """The coordinated places of another trigger of the sentence that tells the same act in other
    words ("demonstrators blocked roads in X, Y and Z; looting was reported": the riot the
    looting makes of the protest is at X, Y and Z; "reported arson, with offices in X and Y set
    ablaze"): a trigger of a kindred type (``kin_types``: the same, or one the event's type
    absorbs or refines) whose list holds the event's own place, or whose event has no place of
    the sentence. Not borrowed when the event is at a place of its own beside that list
    ("marched in X and Y; police used tear gas in Z"), or its trigger's clause names a place
    that is not on the list ("rallied in X and Y, while in Z rioters torched a post"), nor from an act
    told as coming before or after its own (``apart_from``)."""
    own = mention.location
    sent = trigger.sent
    linked = [place for span, place, _ in places_in(sent, ctx) if is_linked(span, trigger)]
    from_sentence = own is not None and mention.location_evidence is not None \
        and sent.start_char <= mention.location_evidence.start_char < sent.end_char \
        and not PLACE_GUESS_FLAGS & mention.flags
    for other in others:
        if other.start == trigger.start or other.sent.start != sent.start or not other.label_ \
                or not kin_types(mention.sub_event_type, other.label_) or other.start_char in mention.apart_from:
            continue  # "the ambush followed blasts in X and Y": not at X and Y
        sites = coordinated_sites(other, ctx)
        listed = {place_key(p) for _, p, _ in sites}
        if sites and (not from_sentence or place_key(own) in listed) \
                and all(place_key(p) in listed for p in linked):
            return sites
    return []


def _airspace_tally(mention: EventMention, spans: list[Span]) -> bool:
    """Whether the act is an interception tally spread over the airspace of its places ("downed
    30 drones over the X, Y and Z regions"): its places hang off an airspace preposition, and the
    act is one tally, not one interception at each place."""
    cues = load_cues()
    if mention.sub_event_type not in cues.airspace_tally_types or not spans:
        return False
    return all(_preposition_of(span) in cues.airspace_prepositions for span in spans)


def _preposition_of(span: Span) -> str | None:
    """The preposition the place's phrase hangs on ("over" in "over the X, Y and Z regions"),
    climbing through conjuncts and the words of its own phrase; None when it hangs on none."""
    tok = span.root
    for _ in range(MAX_CLIMB * 4):
        if tok.dep_ == "prep":
            return tok.lower_
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def split_by_place(mention: EventMention, trigger: Span, ctx: ArticleContext,
                   others: list[Span] = ()) -> list[EventMention]:
    """One event per coordinated place of the act (of its trigger, or of a kindred trigger of the
    sentence, ``kin_sites``), or per settlement of a list that names them
    (``listed_settlements``): same type, date, actors and evidence; no toll (flag
    ``toll_not_split``). None is weak: each names its own place."""
    if mention.sub_event_type in UNSPLIT_TYPES:
        return [mention]
    # places of an act told as coming before or after this one are that act's ("today's attack
    # followed bombings in X and Y")
    apart = {i for t in others if t.start_char in mention.apart_from for i in sequence_scope(t)}
    spans = [(span, place, ev) for span, place, ev in coordinated_sites(trigger, ctx)
             or kin_sites(mention, trigger, list(others), ctx) if span.root.i not in apart]
    sites = [(place, ev) for _, place, ev in spans]
    own_dates = [_gapped_date(span) for span, _, _ in spans]
    if sites and _airspace_tally(mention, [span for span, _, _ in coordinated_sites(trigger, ctx)]):
        return [mention]
    if not sites:
        sites = [(place, ev) for _, place, ev in listed_settlements(trigger, mention.location, ctx)]
        if sites and mention.location_evidence is not None and not PLACE_GUESS_FLAGS & mention.flags \
                and all(place_key(p) != place_key(mention.location) for p, _ in sites) \
                and not _holds_all(mention.location, [p for p, _ in sites]):
            # "shelled the villages of X and Y, as well as areas near Z": Z, the sentence's own place, too
            sites.append((mention.location, mention.location_evidence))
    if not sites:
        return [mention]
    own_dates += [None] * (len(sites) - len(own_dates))
    split = [replace(mention, location=place, location_evidence=ev,
                     flags=(set(mention.flags) - PLACE_GUESS_FLAGS) | {Flag.TOLL_NOT_SPLIT}
                     | ({Flag.LOCATION_APPROXIMATE} if place.geonames_id is None else set()),
                     evidence=list(mention.evidence), sources=list(mention.sources), weak=False)
             for place, ev in sites]
    return [replace(m, date=d.date, date_precision=d.precision,
                    date_evidence=Evidence(d.start_char, d.end_char, d.text)) if d is not None else m
            for m, d in zip(split, own_dates)]


def _gapped_date(span: Span):
    """The date told in the clause of a place that leaves out the verb ("seized X in May, and Y
    in June": June is Y's), or None: its own absolute date, not the sentence's first."""
    from sitrep.events.dating import sentence_dates

    root = span.root
    if root.dep_ != "conj" or root.head.pos_ != "VERB":
        return None
    # its own words, or the verb's that follow it (the parser hangs "in June" of "and Y, in
    # Z, in June" on the verb)
    words = {t.i for t in root.subtree} - set(range(span.start, span.end))
    words |= {t.i for t in root.head.subtree if t.i > root.i}
    for m in sentence_dates(span.sent):
        date_span = span.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if date_span is not None and date_span.root.i in words and not m.relative and not m.is_statement:
            return m
    return None
