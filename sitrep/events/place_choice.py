"""Which place of a sentence is where the act happened, read from the parse: a place tied to the
trigger's clause, not a landmark, not a place that says who (a party, a source, an origin), not a
place of another clause. One event per coordinated place ("strikes on X, Y and Z"): see
``place_split``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.events.context import ArticleContext, places_in
from sitrep.events.place_capital import LABEL as CAPITAL_LABEL
from sitrep.events.kinds import PROTEST_TYPES
from sitrep.events.state_parties import names_state
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import PRECISION_RANK, token_distance
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import load_cues
from sitrep.nlp.places import ROUTE_DASHES, under_span_preposition, unit_endings
from sitrep.nlp.sentences import group_spans, group_tokens


def is_linked(place: Span, trigger: Span) -> bool:
    """True when the place hangs off the trigger's clause in the parse ("struck X in Y")."""
    anchors = {trigger.root.i, trigger.root.head.i}
    token = place.root
    for _ in range(8):
        if token.i in anchors:
            return True
        if token.head.i == token.i or token.dep_ in {"relcl", "advcl", "ccomp"} and token.head.i not in anchors:
            return False
        token = token.head
    return False


def unnamed_settlement(trigger: Span) -> Token | None:
    """The settlement the act's clause puts it in without naming it ("recaptured a village in the X
    region", "stormed the village", "retook the northern desert city"): a singular settlement
    noun (``cues.json``: ``unnamed_settlement_nouns``) tied to the trigger in the parse, with an
    article or a demonstrative, and no name of its own ("the town of X", "X town", "X, a town
    near the border")."""
    cues = load_cues()
    doc = trigger.doc
    placed = group_tokens(doc, "places")
    for tok in trigger.sent:
        if tok.lower_ not in cues.unnamed_settlement_nouns or tok.i in placed or tok.dep_ == "appos" \
                or tok.head.i in placed:
            continue
        if not any(c.dep_ == "det" and c.lower_ in cues.unnamed_settlement_determiners for c in tok.children):
            continue
        if any(c.pos_ == "PROPN" or c.i in placed for c in tok.children if c.dep_ in {"compound", "appos", "nmod"}):
            continue
        if tok.i + 1 < trigger.sent.end and doc[tok.i + 1].lower_ == "of":
            continue
        if is_linked(doc[tok.i:tok.i + 1], trigger):
            return tok
    return None


def is_modifier(place: Span) -> bool:
    """A place name used to qualify a noun ("a US marine", "the Atlantic port town", "Kano's
    old city"), not as a location."""
    root = place.root
    cues = load_cues()
    head = root.head
    placed = group_tokens(place.doc, "places")
    if root.dep_ == "poss":
        # "Somalia's capital", "his Amman home" hold the place; "Iraq's Anbar province" names it
        return not (head.lemma_.lower() in cues.admin_words | cues.facility_words | cues.territory_words
                    | cues.site_nouns and head.i not in placed
                    and not any(c.i in placed for c in head.children if c.dep_ in {"compound", "appos"}))
    if _unit_after(place, head) and head.lemma_.lower() in cues.admin_words | cues.facility_words | cues.site_nouns:
        return False  # "the Mudiyah district", "the Tal Afar market", "his Amman home": where it is
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= place.end \
        and root.head.pos_ in {"NOUN", "PROPN"} \
        and root.head.i not in placed


def _unit_after(place: Span, head) -> bool:
    """Whether ``head`` follows the name, alone or ending a unit's name of several words
    (``place_stopwords.json``: ``unit_endings``): "the X district", "the X local government
    area" name the unit X."""
    if head.i == place.end or _listed_before(place, head):
        return True
    return head.i > place.end and place.doc[place.end:head.i + 1].text.lower() in unit_endings()


def _listed_before(place: Span, head) -> bool:
    """Whether the name is the first of names listed before one plural unit noun ("in the X and
    Y provinces"): the words between it and the noun are its own conjuncts, so it names a unit as
    Y does, it qualifies no noun."""
    root = place.root
    if not root.conjuncts or head.tag_ not in {"NNS", "NNPS"} or head.i <= place.end:
        return False
    own = {t.i for t in root.subtree}
    return all(k in own for k in range(place.end, head.i))


def is_reference(place: Span) -> bool:
    """A landmark, not the event's place: "east of Aden", "Amara, south of Baghdad", "from the
    border with Niger", "near the frontier with Chad", a possessive ("Kano's old city") or a name used as a
    modifier ("the Atlantic port town of Kribi", "a US Marine")."""
    landmark_words = load_cues().direction_words | load_cues().distance_words
    doc = place.doc
    if is_modifier(place) or is_route_end(place):
        return True
    sent_start = place.sent.start
    first = place.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head  # "from X and Y": Y is told from the first of its conjuncts
    # The phrase's first word, also for a name that is no conjunct: "from the X", "towards
    # besieged X". (An identity test once meant to skip the latter never held, as spaCy makes a
    # new Token on each access; skipping it lost "from the X", so it is done on purpose now.)
    start = min(t.i for t in first.subtree if t.i >= sent_start)
    if start > sent_start and doc[start - 1].lower_ in {"from", "toward", "towards"}:
        return True
    before = [t.lower_ for t in doc[max(sent_start, place.start - 3):place.start]]
    if before and before[-1] in {"from", "toward", "towards", "border"}:
        return True
    if len(before) > 1 and before[-1] == "of" and before[-2] in landmark_words:
        return True
    if len(before) > 1 and before[-1] == "with" and before[-2] in load_cues().border_nouns:
        return True  # "a town near the border with X": X is the neighbour, not the place
    return _described_landmark(place, landmark_words)


def approached(place: Span, trigger: Span) -> bool:
    """A place that the act itself was a move on ("halted a rebel push towards X", "beat back a
    column advancing towards X"): the fighting was on the way there, so X is the nearest place of
    the act, not a landmark (``cues.json``: ``approach_heads``). An advance told beside another act
    ("advancing towards X from Y, where clashes erupted") is no such move."""
    if place.start == 0:
        return False
    prep = place.doc[place.start - 1]
    if prep.lower_ not in {"toward", "towards"} or prep.head.lemma_.lower() not in load_cues().approach_heads:
        return False
    move = prep.head  # the move, the side that moved ("a column advancing"), or the act on that side
    return any(trigger.start <= t.i < trigger.end for t in (move, move.head, move.head.head))


def is_route_end(place: Span) -> bool:
    """One end of a route named after its two ends ("on the X-Y highway", "the X–Y road"): it
    says which road, not where along it the act happened; "near Z" in the same sentence does."""
    doc = place.doc
    dashed = place.start > 0 and doc[place.start - 1].text in ROUTE_DASHES \
        or place.end < len(doc) and doc[place.end].text in ROUTE_DASHES
    if not dashed:
        return False
    end = place.end
    while end < len(doc) and end - place.end < 5 and (doc[end].text in ROUTE_DASHES or doc[end].pos_ == "PROPN"):
        end += 1
    return end < len(doc) and doc[end].lower_ in load_cues().route_nouns


def is_later_stretch_end(place: Span, roots: set[int]) -> bool:
    """The second end of a stretch ("the road between X and Y", ``cues.json``:
    ``span_prepositions``) whose first end is also a place of the sentence (``roots``: their
    root tokens): the stretch is placed at its first end, whichever trigger of the sentence is
    nearer the other, so that its tellings agree on one place."""
    first = place.root.head
    return place.root.dep_ == "conj" and first.i in roots and under_span_preposition(first)


def _described(place: Span):
    """The noun a name is in apposition to ("the capital, X" -> "capital"), else the name's root."""
    anchor = place.root
    while anchor.dep_ == "appos" and anchor.head.i < anchor.i and anchor.head.pos_ == "NOUN":
        anchor = anchor.head
    return anchor


def _described_landmark(place: Span, landmark_words: frozenset[str]) -> bool:
    """A landmark named after the noun that describes it: "100 km from the capital, X", "north of
    the provincial capital X" (the name is in apposition to the object of the landmark's
    preposition), or the name is itself that object with words of its own before it ("from the
    X", "north of rebel-held X"), which the plain word-before tests of :func:`is_reference` miss."""
    anchor = _described(place)
    if anchor.dep_ != "pobj":  # the name itself counts too: "from rebel-held X", "west of besieged X"
        return False
    prep = anchor.head
    return prep.lower_ in {"from", "toward", "towards"} or prep.lower_ == "of" and prep.head.lower_ in landmark_words


def is_distance_landmark(place: Span) -> bool:
    """A place named only to say how far away or in which direction something else lies: "60 km
    north of X", "an hour's drive from the capital, X", "west of X", "51 km to X", "40 km from
    the provincial capital of X". Narrower than :func:`is_reference`: "an officer from X" or
    "X's governor" still tell where the story is."""
    cues = load_cues()
    doc = place.doc
    anchor = _described(place)
    sent_start = place.sent.start
    # from the phrase's first word, for a bare name too ("west of rebel-held X", "from the
    # regional capital X"): starting at the name itself would miss those
    start = min(t.i for t in anchor.subtree if t.i >= sent_start)
    for _ in range(3):  # through "the city of X", "the capital, X" to the preposition before them
        if start - 2 < sent_start:
            return False
        prep, before = doc[start - 1].lower_, doc[start - 2].lower_
        if prep == "of" and before in cues.direction_words | cues.distance_words:
            return True
        if prep in {"of", ","} and before in cues.landmark_nouns:
            start = _noun_phrase_start(doc, start - 2, sent_start)
            continue
        if prep in {"from", "toward", "towards", "to"}:
            window = doc[max(sent_start, start - 4):start - 1]
            words = cues.distance_words if prep == "to" else cues.distance_words | cues.direction_words
            return any(t.lower_ in words for t in window)  # "to X" only after a distance: "51 km to X"
        return False
    return False


def _noun_phrase_start(doc, noun: int, sent_start: int) -> int:
    """Where the noun phrase ending in the noun at ``noun`` starts: its article, adjectives and
    names ("the old provincial capital", "Bauchi's capital")."""
    start = noun
    while start - 1 >= sent_start and noun - start < 6 and (
            doc[start - 1].lower_ in {"the", "a", "an"} or doc[start - 1].tag_ in {"JJ", "NNP", "NNPS", "POS"}):
        start -= 1
    return start


PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def names_a_party(place: Span, precision: str | None, trigger: Span) -> bool:
    """The place says who, not where: it describes a person or the source in the parse rather
    than the act. A country acting ("Israel captured the town"); a name inside an apposition
    about a person ("Ali, a driver from Kirkuk, was shot"); the origin of a person or group
    ("fighters from Chad", "Omar of Kenya", "Scotland's Andy Murray"); what a protest is against
    ("marched against the war in Gaza"); or a name in the attribution ("according to a
    Kabul radio station", "officials in Doha said", "speaking from Mosul")."""
    cues = load_cues()
    doc = place.doc
    root = place.root
    if precision == "country":
        subject = root
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head
        if subject.dep_ == "nsubj":
            return True
    if root.dep_ == "poss" and root.head.ent_type_ == "PERSON":
        return True  # "England's Dan Wheldon": where he is from
    placed = group_tokens(doc, "places")
    place_nouns = cues.admin_words | cues.facility_words | cues.territory_words
    speech = cues.speech_verbs
    anchor = trigger.root.head if trigger.root.head.lemma_.lower() not in speech else trigger.root
    for tok in [root, *root.ancestors]:
        if tok.i in {trigger.root.i, anchor.i} or tok.head.i == tok.i:
            return False
        head = tok.head
        if tok.dep_ == "appos" and tok.pos_ in {"NOUN", "PROPN"} and tok.i not in placed \
                and tok.lemma_.lower() not in place_nouns and tok.ent_type_ not in {"GPE", "LOC", "FAC"} \
                and describes_someone(tok, place):
            return True
        if tok.dep_ == "prep" and tok.lower_ in cues.origin_prepositions and head.ent_type_ in PARTY_ENTITIES \
                and head.i not in placed:
            return True
        if tok.dep_ == "prep" and tok.lower_ in cues.protest_target_prepositions and head.i == trigger.root.i \
                and is_protest(trigger):
            return True  # "protested against the war in Gaza": what is protested, not where
        if tok.dep_ in {"prep", "agent"} and any(doc[i:i + 2].text.lower() in cues.attribution_phrases
                                                 for i in (tok.i - 1, tok.i) if i >= 0):
            return True  # "according to ...", "quoted by ..."
        if head.pos_ == "VERB" and head.lemma_.lower() in speech and not told_as_reported(trigger, head) and (
                tok.dep_ in {"nsubj", "advcl"}
                or tok.dep_ == "prep" and tok.lower_ in cues.speaker_prepositions
                and not sets_the_scene(tok, trigger)):
            return True  # the speaker, or where it spoke from
    return False


def told_as_reported(trigger: Span, verb: Token) -> bool:
    """The act is the passive subject of the speech verb ("protests were reported in X", "clashes
    were reported in X and Y"): the verb's place is where the act was seen, not where someone spoke."""
    root = trigger.root
    return root.dep_ == "nsubjpass" and root.head.i == verb.i


def sets_the_scene(prep: Token, trigger: Span) -> bool:
    """A place phrase that opens the sentence before the speaker whose reported clause tells the
    act ("In X, the army said its troops repelled an attack", "Meanwhile in X, police said gunmen
    killed ..."): it tells where the news is from, as a story's paragraph moves from town to town,
    not where the speaker stood ("officials said in Doha")."""
    before = prep.doc[prep.sent.start:prep.i]
    if not all(t.is_punct or t.pos_ in {"ADV", "CCONJ"} for t in before):
        return False
    reported = [c for c in prep.head.children if c.dep_ == "ccomp"]
    return any(c.left_edge.i <= trigger.root.i <= c.right_edge.i for c in reported)


def describes_someone(appos: Token, place: Span) -> bool:
    """Whether an apposition that holds the place describes a party ("Ali, a driver from X"),
    not the act itself ("a third attack, a car bomb in X, killed two": the act's own place),
    not a place (a dateline "X — the gunmen who ..." read as one phrase), and holds the place
    inside it: a place after the comma that closes it ("members of the Front, an armed group,
    in an operation in X") belongs to the clause again. An apposition to the act that names
    people ("an attack on all journalists in X") still describes someone."""
    doc = appos.doc
    if appos.head.i in group_tokens(doc, "places"):
        return False
    if appos.head.i in {t.root.i for t in group_spans(doc, "triggers")} \
            and appos.lemma_.lower() not in _people_nouns() and appos.ent_type_ not in PARTY_ENTITIES:
        return False
    return not any(c.dep_ == "punct" and c.lower_ == "," and appos.i < c.i < place.start for c in appos.children)


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns of people, armed or not (``cues.json``), in their lemma form."""
    cues = load_cues()
    return frozenset(cues.person_nouns | cues.unarmed_victim_nouns | cues.armed_victim_nouns | cues.armed_doer_nouns
                     | cues.crowd_doer_nouns | cues.perpetrator_nouns)


@lru_cache(maxsize=1)
def protest_words() -> frozenset[str]:
    """The one-word triggers of a peaceful protest in the codebook ("protest", "march")."""
    entry = load_codebook().entry("peaceful_protest")
    return frozenset(p for p in entry.phrases if " " not in p and "|" not in p)


def is_protest(trigger: Span) -> bool:
    return trigger.label_ in PROTEST_TYPES or trigger.root.lemma_.lower() in protest_words()


CLAUSE_DEPS = frozenset({"relcl", "advcl"})


def in_other_clause(place: Span, trigger: Span) -> bool:
    """The place belongs to a relative or adverbial clause about someone or something else
    ("troops who have bases in Turkey patrolled the zone", "a law that regulates parties in
    Bahrain"), not to the act's clause. A clause on the trigger or a verb conjoined with it
    ("killed and wounded when they attacked the town of Z") or on an event noun ("clashes that
    broke out in Z") is the act's."""
    cues = load_cues()
    event_nouns = cues.place_statement_nouns | cues.reciprocal_triggers | cues.campaign_nouns
    root = trigger.root
    anchors = {root.i, root.head.i} | {t.i for t in root.conjuncts}
    above = {t.i for t in root.ancestors}  # a trigger noun inside a clause ("when he stepped on a mine")
    described = False  # passed a clause describing a noun ("suspects believed to be from X")
    for tok in [place.root, *place.root.ancestors]:
        if tok.i in anchors or tok.i in above and not described:
            return False  # reached the act's own clause: "... a mine while patrolling X" is where it was
        if tok.dep_ in CLAUSE_DEPS and tok.head.i not in anchors and tok.head.lemma_.lower() not in event_nouns \
                and not _at_the_time(tok):
            return True
        described = described or tok.dep_ == "acl"
    return False


def _at_the_time(verb) -> bool:
    """A clause telling what someone was doing when the act happened ("gunmen who were hiding
    in the bushes", "while planting a bomb"): where they were is where it happened. A lasting
    state ("migrants who have been living in Assam") is not."""
    if verb.tag_ != "VBG":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "mark"}}
    return bool(aux & {"was", "were", "is", "are", "while"}) and "been" not in aux


def _consistent(candidates: list[tuple[Span, Place, Evidence]]) -> list[tuple[Span, Place, Evidence]]:
    """Drop towns that contradict the province or district the sentence puts them in: "X
    village in Y region" cannot be a namesake X of another region, nor "X village in
    the Y local government area" a namesake in another state than Y's. A province named
    elsewhere in the sentence ("clashes in X and in Y province", "the X Liberation Front
    captured the town of Z") says nothing of where the town lies."""
    provinces = [(s, p) for s, p, _ in candidates if p.precision in {"admin1", "region"} and p.admin1]
    if not provinces:
        return candidates
    return [(s, p, e) for s, p, e in candidates if p.precision in {"admin1", "country"} or not any(
        q.country == p.country and q.admin1 != p.admin1 and _placed_in(s, q_span) for q_span, q in provinces)]


#: Words that may stand between a town and the province after it ("X village in Y region",
#: "X, Y State", "X in Z district, Y State").
_PLACING_WORDS = frozenset({",", "in", "the", "of"})
#: How many words may stand between them.
_PLACING_GAP = 6


def _placed_in(town: Span, province: Span) -> bool:
    """Whether the sentence says the town lies in the province: the province right after it,
    with only settlement or unit nouns, other place names and "in", "of" or commas between ("X
    village in Y region", "X, Y State", "X in Z district, Y State"; not a list, "in X, Y and Z"),
    or the province's possessive right before it ("Y region's X township")."""
    cues = load_cues()
    nouns = cues.settlement_nouns | cues.admin_words
    doc = town.doc
    placed = group_tokens(doc, "places")
    if province.start >= town.end:
        between = doc[town.end:province.start]
        after = doc[province.end:min(province.end + 3, province.sent.end)]
        if after and after[0].lower_ in {",", "and", "or"} and any(t.i in placed for t in after[1:]):
            return False  # "in X, Y and Z": a list of places, not an address
        return len(between) <= _PLACING_GAP and all(
            t.lower_ in _PLACING_WORDS or t.lower_ in nouns or t.i in placed for t in between)
    between = doc[province.end:town.start]
    return 0 < len(between) <= 2 and between[-1].tag_ == "POS" and all(
        t.tag_ == "POS" or t.lower_ in nouns for t in between)


def is_province(place: Place) -> bool:
    """A first-level unit, also when a unit noun after its name made it read as a region ("the
    X state district of Y": the name is the state's, the noun is Y's)."""
    words = (place.mention or "").lower().split()
    return place.precision == "admin1" or place.precision == "region" and place.name == place.admin1 \
        and bool(words) and words[-1] in load_cues().admin_words


def province_of_another(place: Place, others: Iterable[Place]) -> bool:
    """A province named only to say where another place of the same sentence lies ("a market in
    X, in Y state", "X, the capital of Y province", an address "X, Y Province")."""
    return is_province(place) and place.admin1 is not None and any(
        o is not place and o.precision in {"town", "region"} and o.country == place.country
        and o.admin1 == place.admin1 for o in others)


def _in_town_phrase(unit: Span, town: Span) -> bool:
    """The unit is told inside the town's own phrase, to say where the town lies: in apposition
    ("X, capital of Y zone") or as a phrase on it ("X in Y district"), a few heads up from the
    unit through prepositions and nouns only (not "in X, and in Y district")."""
    tok = unit.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if town.start <= tok.i < town.end:
            return True
        if tok.pos_ not in ("ADP", "NOUN"):
            return False
    return False


def _district_of_town(span: Span, place: Place, candidates: list[tuple[Span, Place, Evidence]]) -> bool:
    """A second-level unit (district, zone, territory) named inside the phrase of a town of the
    same province: like a province, it only says where that town lies."""
    return place.precision == "region" and place.admin2 is not None and place.name == place.admin2 \
        and any(p.precision == "town" and p.country == place.country and p.admin1 == place.admin1
                and _in_town_phrase(span, s) for s, p, _ in candidates if s is not span)


def _without_locators(candidates: list[tuple[Span, Place, Evidence]],
                      trigger: Span | None = None) -> list[tuple[Span, Place, Evidence]]:
    """Drop a province that only locates a town of the sentence: the town is the more precise
    place of the act, however near the trigger the province is named. A town the act is told
    near ("on the outskirts of X, the capital of Y state", "a village 20 km north of X in Y
    province") counts: it is nearer the act than Y's capital; a town told as an origin ("from X")
    does not; a town the act moved towards ("a column advancing towards X") does."""
    inner = [p for s, p, _ in candidates if not is_reference(s) or is_distance_landmark(s)
             or trigger is not None and approached(s, trigger)]
    towns = [(s, p, e) for s, p, e in candidates if p in inner]
    return [(s, p, e) for s, p, e in candidates
            if not province_of_another(p, inner) and not _district_of_town(s, p, towns)]


def _holders(candidates: list[tuple[Span, Place, Evidence]],
             trigger: Span | None = None) -> set[tuple[int, int]]:
    """The (start, end) of the places the sentence names only as what holds another of its
    places ("the Y town of X", "X village in Y district", "the Y district of X", "Y's X"; see
    :func:`sitrep.nlp.place_reading.container`), when that place is read inside the holder (its
    province, or within OWNER_KM of it) and at least as precisely: the held place is where
    the act was, the holder only says which namesake it is."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.resolver import OWNER_KM
    from sitrep.nlp.place_reading import container_owner, possessive_owner

    read = {(s.start, s.end): p for s, p, _ in candidates}
    found = set()
    for span, place, _ in candidates:
        if is_reference(span) and not is_distance_landmark(span) \
                and not (trigger is not None and approached(span, trigger)):
            continue  # "from X in Y province": an origin holds nothing the act is placed at
        owner = possessive_owner(span) or container_owner(span)
        holder = read.get((owner.start, owner.end)) if owner is not None else None
        if holder is None or holder.precision == "country" or holder.country != place.country \
                or PRECISION_RANK.get(place.precision, 3) > PRECISION_RANK.get(holder.precision, 3):
            continue
        near = None not in (place.lat, holder.lat) and haversine_km(place.lat, place.lon, holder.lat,
                                                                  holder.lon) <= OWNER_KM
        if near or holder.admin1 and place.admin1 == holder.admin1:
            found.add((owner.start, owner.end))
    return found


def _near_towns(candidates: list[tuple[Span, Place, Evidence]]) -> set[int]:
    """The starts of the towns the act is told near ("the outskirts of X", "10 km north of X")
    that a province of the sentence locates ("..., in Y state"): the place of the act as
    :func:`_without_locators` has it, no mere landmark beside a country named in the sentence."""
    provinces = [p for _, p, _ in candidates if p.precision == "admin1"]
    return {s.start for s, p, _ in candidates if is_distance_landmark(s)
            and any(province_of_another(q, [p]) for q in provinces)}


LEARNED_RANKER = False  # the learned ranker of place_ranker overriding the rules' pick


def choose_place(trigger: Span, ctx: ArticleContext) -> tuple[Place | None, Evidence | None]:
    """The event's place: a sub-country place linked to the trigger in the parse, else the
    nearest one; landmarks ("east of X") and whole countries only when nothing else is there."""
    best = None
    candidates = _consistent(places_in(trigger.sent, ctx))
    eligible = [(span, place, ev) for span, place, ev in candidates
                if not (place.precision == "country" and is_modifier(span))  # "US military": whose forces
                and not names_a_party(span, place.precision, trigger) and not in_other_clause(span, trigger)
                and not names_state(span, place, ctx)
                and not (span.label_ == CAPITAL_LABEL and not is_linked(span, trigger))]  # "the capital" is weak
    near = _near_towns(eligible)
    roots = {span.root.i for span, _, _ in eligible}
    holders = _holders(eligible, trigger)
    for span, place, ev in _without_locators(eligible, trigger):
        if is_later_stretch_end(span, roots) or (span.start, span.end) in holders:
            continue
        rank = PRECISION_RANK.get(place.precision, 3)
        key = (is_reference(span) and span.start not in near and not approached(span, trigger), rank == 3, not is_linked(span, trigger), token_distance(span, trigger), rank)
        if best is None or key < best[0]:
            best = (key, place, ev)
    if LEARNED_RANKER and candidates:  # off: docs/learning.md ("learned place ranker")
        from sitrep.events.place_ranker import choose
        return choose(candidates, trigger, best[2] if best else None) or (None, None)
    if best is None:
        return None, None
    return best[1], best[2]


def is_modifier_choice(trigger: Span, ctx: ArticleContext, evidence: Evidence | None) -> bool:
    """Whether the place chosen for the trigger only qualifies a noun that is no place ("the X
    police command", "X city television"): it says whose office or outlet speaks, not where the
    act was. A place noun it qualifies ("a X suburb", "the X market") or the act's own noun
    ("the X bombing") still locates the act."""
    cues = load_cues()
    place_nouns = cues.territory_words | cues.admin_words | cues.facility_words | cues.site_nouns \
        | cues.settlement_nouns
    return evidence is not None and any(
        ev == evidence and is_modifier(span) and span.root.head.lemma_.lower() not in place_nouns
        and not trigger.start <= span.root.head.i < trigger.end
        for span, _, ev in places_in(trigger.sent, ctx))


def is_landmark_choice(trigger: Span, ctx: ArticleContext, evidence: Evidence | None) -> bool:
    """Whether the place chosen for the trigger is only a landmark or a modifier ("Amhara
    residents", "east of X"): the best the sentence offers, but no better than a place told
    elsewhere (see ``merge.merge_into``)."""
    return evidence is not None and any(
        ev == evidence and is_reference(span) for span, _, ev in places_in(trigger.sent, ctx))
