"""A broad lead narrowed by the sentence after it.

News leads often place the act only by its province or country ("a drone strike in the X
region killed 12") and the very next sentence, which tells no act of its own, says where
exactly ("The vehicle was hit just outside Y", "The base, on the outskirts of Y, houses 300
troops", "He was taken in Z province"). That sentence goes on telling the same act, so its one
place inside the lead's area is the act's place (docs/architecture.md)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.events.context import ArticleContext, places_in
from sitrep.events.merge import coarse, inside, place_key
from sitrep.events.mention import LOCATION_FLAGS, EventMention
from sitrep.events.place_choice import is_modifier
from sitrep.events.retold_target import MOVEMENT_PREPOSITIONS
from sitrep.model import Evidence
from sitrep.nlp.arguments import PRECISION_RANK
from sitrep.nlp.cues import load_cues

#: How many words before a name a distance may stand ("some 60 km north of X").
_DISTANCE_WINDOW = 6


def places_told_next(doc: Doc, mentions: list[EventMention], told: list[EventMention],
                     ctx: ArticleContext) -> None:
    """Give an event placed at a province or country the one finer place inside it that the
    next sentence names, when that sentence tells no act itself (``told``: the mentions before
    merging) and goes on about someone or something already told (``_goes_on``), the sentence before it belongs to that event alone, and every other place below
    country level named beside it lies inside the area too ("X, a town in Y zone": X, the finest;
    a sentence naming two provinces side by side names no one place)."""
    spoken = [m.sentence for m in told]
    sents = list(doc.sents)
    for prev, sent in zip(sents, sents[1:]):
        if _overlaps(sent, spoken) or not _overlaps(prev, spoken) or not _goes_on(sent):
            continue
        owners = [e for e in mentions if _overlaps(prev, [e.sentence, *e.evidence])]
        if len(owners) != 1 or owners[0].location_evidence is None or not coarse(owners[0].location):
            continue  # an area the text never names (the country of a "somewhere else" act) stays
        event = owners[0]
        named = [(span, place, ev) for span, place, ev in places_in(sent, ctx)
                 if place.precision != "country" and place_key(place) != place_key(event.location)]
        inner = [(span, place, ev) for span, place, ev in named if PRECISION_RANK[place.precision]
                 < PRECISION_RANK[event.location.precision] and inside(place, event.location)]
        found = [(span, place, ev) for span, place, ev in inner if _says_where(span)]
        if not found or len(inner) < len(named):
            continue  # a place beside it outside the area: the sentence may tell of somewhere else
        finest = min(PRECISION_RANK[place.precision] for _, place, _ in found)
        found = [f for f in found if PRECISION_RANK[f[1].precision] == finest]
        found = [f for f in found if not _unit(f[1])] or found  # "near X, a town in Y zone": X
        if len({place_key(place) for _, place, _ in found}) == 1:
            _, place, ev = found[0]
            event.location, event.location_evidence = place, ev
            event.flags -= LOCATION_FLAGS


def _goes_on(sent: Span) -> bool:
    """Whether the sentence's subject is someone or something already told: a definite noun
    ("The vehicle", "Their convoy") or a pronoun, in the clause a speaker's words report. "A depot
    in X was not affected" is another thing."""
    known = load_cues().anaphoric_determiners
    clause = next((c for c in sent.root.children if c.dep_ == "ccomp"), sent.root)  # "X, he said": X
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.pos_ == "PRON" or any(d.dep_ in {"det", "poss"} and d.lower_ in known for d in s.children)
               for s in subjects)


def _says_where(span: Span) -> bool:
    """A name that places something, not one named as a modifier ("an X official"), in a list,
    as an origin or destination, or to measure a distance from ("40 km north of X"): "on the outskirts of X", "just outside
    X" still say where."""
    return not _measured_from(span) and not is_modifier(span) and not _in_list(span) and not _moved(span)


def _moved(place: Span) -> bool:
    """Whether the name says where someone or something came from or went ("the bus from X")."""
    head = place.root.head
    return place.root.dep_ == "pobj" and head.lower_ in MOVEMENT_PREPOSITIONS


def _measured_from(place: Span) -> bool:
    """Whether a distance ("km", "miles", "an hour's drive") stands just before the name."""
    words = load_cues().distance_words
    doc = place.doc
    return any(doc[i].lower_ in words for i in range(max(place.sent.start, place.start - _DISTANCE_WINDOW), place.start))


def _overlaps(sent: Span, spans: list[Evidence]) -> bool:
    """Whether any of the evidence spans overlaps the sentence."""
    return any(s.start_char < sent.end_char and sent.start_char < s.end_char for s in spans)


def _unit(place) -> bool:
    """Whether the place is a second-level unit (a district, a zone), which holds towns."""
    return place.admin2 is not None and place.admin2 == place.name


def _in_list(place: Span) -> bool:
    """Whether the name is one of a list ("fighters crossed from X and Y states"), which the NER may
    have read in part only: a list names no one place."""
    root = place.root
    while root.dep_ in {"compound", "amod", "nmod"} and root.head.i != root.i:  # "X states" -> "states"
        root = root.head
    return root.dep_ == "conj" or any(c.dep_ == "conj" and c.i >= place.end for c in root.children)
