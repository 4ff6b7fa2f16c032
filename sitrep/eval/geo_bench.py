"""Geoparsing benchmark: score the place layer on the standard gold corpora (docs/geo-benchmark.md).

Corpora (``shared/data/geoparsing-gold``, format in its SOURCE.md): LGL and TR-News
(``<toponym><phrase/><start/><end/><gaztag geonameid=".."><lat/><lon/>``), GeoWebNews
(``<toponym><extractedName/><type/><start/><end/><latitude/><longitude/>``) and GeoVirus
(``<locations><location><name/><start/><end/><lat/><lon/>``).

Two regimes:

* **given names** (:func:`score_given_names`): the gold toponyms of a document are resolved
  together by :func:`sitrep.geo.document.resolve_names`, each with the *other* names of the
  document as its context (their countries and admin1 units, and where they may lie).
  Metrics: accuracy within 161 km, exact GeoNames id (where the gold has one), mean and median
  error, AUC of the log error curve. An unresolved name counts as :data:`MAX_KM`.
* **end to end** (:func:`score_end_to_end`): raw text through the sitrep pipeline; every span of
  ``doc.spans["places"]`` is a prediction, and so (except on GeoVirus, which annotates literal
  toponyms only) is every span of ``doc.spans["place_embedded"]`` (places inside organisation
  names) and ``doc.spans["place_adjectives"]`` (demonyms, resolved to their country); the
  first two groups are read as the place layer reads them (:mod:`sitrep.nlp.place_mentions`:
  the article's place names resolved together). Recognition precision/recall/F1 (mid-points
  < 10 characters apart, matched one-to-one, closest pairs first), accuracy@161 on the matched
  gold toponyms that have coordinates, and F1 x accuracy@161.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.geo.distance import haversine_km

#: Half the earth's circumference (km): the largest possible error, and the error of an
#: unresolved toponym.
MAX_KM = 20039.0
#: 161 km = 100 miles, the customary "accurate" threshold of the geoparsing literature.
ACC_KM = 161.0
#: A prediction matches a gold toponym when their mid-points are less than this many
#: characters apart.
MIDPOINT_CHARS = 10

#: GeoWebNews types that are toponyms (literal or associative). The others (Non_Toponym,
#: Homonym, Demonym, Language, Literal_Expression, Non_Lit_Expression) are not toponyms: they
#: carry no coordinates and are not counted as gold for recognition.
GWN_TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier",
    "Non_Literal_Modifier", "Embedded_Non_Lit", "Metonymic",
})

GIVEN_KEYS = ("acc_161", "exact_id", "mean_km", "median_km", "auc")
E2E_KEYS = ("precision", "recall", "f1", "acc_161", "f1_x_acc_161")


# ------------------------------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def mid(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    #: Whether the corpus annotates associative toponyms: demonyms/adjectives ("Russian") and
    #: places inside organisation names ("Environment Canada"). LGL, TR-News and GeoWebNews do
    #: (GeoWebNews: Non_Literal_Modifier, Embedded_*); GeoVirus annotates literal toponyms only.
    associative: bool = True


def _float(x: str | None) -> float | None:
    if x is None or not x.strip():
        return None
    try:
        return float(x)
    except ValueError:
        return None


def _realign(text: str, start: int, end: int, name: str, window: int = 50) -> tuple[int, int]:
    """Some corpora's offsets are shifted (GeoVirus by -1 throughout, TR-News by a few
    characters in some articles): move the span to the nearest occurrence of its name."""
    if not name or text[start:end] == name:
        return start, end
    best = None
    lo = max(0, start - window)
    i = text.find(name, lo)
    while i != -1 and i <= start + window:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(name, i + 1)
    return (best, best + len(name)) if best is not None else (start, end)


def load_corpus(path: str | Path) -> list[GoldDoc]:
    """Read one gold corpus (LGL, TR-News, GeoWebNews or GeoVirus format, detected per toponym).

    Every toponym is kept for recognition; those with coordinates are also used for resolution.
    GeoWebNews annotations whose ``type`` is not a toponym type are dropped.
    """
    root = ET.parse(str(path)).getroot()
    docs: list[GoldDoc] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or art.findtext("source") or str(n)
        tops: list[GoldToponym] = []
        associative = True
        container = art.find("toponyms")
        if container is None:
            container = art.find("locations")
        for tp in list(container) if container is not None else []:
            start, end = int(tp.findtext("start") or 0), int(tp.findtext("end") or 0)
            gid = None
            if tp.find("extractedName") is not None:  # GeoWebNews
                if (tp.findtext("type") or "") not in GWN_TOPONYM_TYPES:
                    continue
                name = tp.findtext("extractedName") or ""
                lat, lon = _float(tp.findtext("latitude")), _float(tp.findtext("longitude"))
            elif tp.find("phrase") is not None:  # LGL, TR-News
                name = tp.findtext("phrase") or ""
                gaz = tp.find("gaztag")
                lat = lon = None
                if gaz is not None:
                    lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                    g = gaz.get("geonameid")
                    gid = int(g) if g and g.isdigit() else None
            else:  # GeoVirus: literal toponyms only (no demonyms, none inside organisation names)
                associative = False
                name = tp.findtext("name") or ""
                lat, lon = _float(tp.findtext("lat")), _float(tp.findtext("lon"))
            start, end = _realign(text, start, end, name)
            tops.append(GoldToponym(start, end, name, lat, lon, gid))
        if container is not None and container.tag == "locations":
            associative = False
        docs.append(GoldDoc(str(doc_id), text, tuple(sorted(tops, key=lambda t: t.start)), associative))
    return docs


# ------------------------------------------------------------------------------------ metrics


def auc(errors_km: Iterable[float]) -> float:
    """Area under the curve of sorted log errors, scaled to 0..1 (lower is better).

    Gritta et al.'s definition: the errors sorted ascending, each mapped to
    ``log(1 + e) / log(MAX_KM)``, integrated with the trapezoid rule over an x axis scaled to
    [0, 1]. All-zero errors give 0; all errors at ``MAX_KM`` give ~1. A single error gives its
    own scaled value; no errors give 0.
    """
    ys = [math.log1p(max(0.0, e)) / math.log(MAX_KM) for e in sorted(errors_km)]
    if not ys:
        return 0.0
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False))
    return area / (len(ys) - 1)


def error_summary(errors_km: Sequence[float]) -> dict[str, float]:
    """acc_161, mean_km, median_km, auc over a list of errors (unresolved = MAX_KM)."""
    if not errors_km:
        return {"acc_161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 0.0}
    return {
        "acc_161": sum(e < ACC_KM for e in errors_km) / len(errors_km),
        "mean_km": statistics.fmean(errors_km),
        "median_km": statistics.median(errors_km),
        "auc": auc(errors_km),
    }


def match_midpoints(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], max_chars: float = MIDPOINT_CHARS
) -> list[tuple[int, int]]:
    """One-to-one matching of character spans by mid-point distance (< ``max_chars``).

    Returns (gold index, prediction index) pairs; the closest pairs are taken first (ties: the
    earlier gold, then the earlier prediction), each span used at most once.
    """
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        gm = (gs + ge) / 2
        for pi, (ps, pe) in enumerate(pred):
            d = abs(gm - (ps + pe) / 2)
            if d < max_chars:
                pairs.append((d, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def place_point(place: Any, gazetteer: Any = None) -> tuple[float, float] | None:
    """The point a resolution is scored at. sitrep places a country at its capital and an
    admin1 unit at its capital (the event format's convention); these corpora use the GeoNames
    point of the unit itself. For country/admin1 resolutions the gazetteer's representative
    point (:meth:`sitrep.geo.gazetteer.Gazetteer.feature_point`) is used when it has one; every
    other place is scored at its own coordinates."""
    if place is None or place.lat is None or place.lon is None:
        return None
    if gazetteer is not None:
        fp = getattr(gazetteer, "feature_point", None)
        pt = fp(place.geonames_id) if fp is not None else None
        if pt is not None:
            return pt
    return place.lat, place.lon


def _error(t: GoldToponym, place: Any, gazetteer: Any = None) -> float:
    pt = place_point(place, gazetteer)
    if pt is None:
        return MAX_KM
    return haversine_km(t.lat, t.lon, pt[0], pt[1])


# -------------------------------------------------------------------------------- given names


@dataclass(slots=True)
class GivenResult:
    scores: dict[str, float]
    n: int = 0
    n_with_id: int = 0
    unresolved: int = 0
    seconds: float = 0.0
    details: list[dict] = field(default_factory=list, repr=False)
    #: share of toponyms that sitrep resolves within 161 km or that some gazetteer entry under
    #: the whole name would place within 161 km (:func:`reachable_points`): the acc@161 of a
    #: perfect choice among the candidates; the rest is coverage and point conventions.
    reachable: float | None = None


def reachable_points(name: str, gazetteer: Any) -> list[tuple[float, float]]:
    """Every point the gazetteer could give the whole name: its places and units of any kind,
    the country it names (or abbreviates, or is the demonym of), broad areas; each at the point
    the benchmark scores it at (:func:`place_point`)."""
    from sitrep.geo.resolver import resolve_demonym

    entries = [*gazetteer.lookup(name, kinds=("city", "admin1", "admin2", "feature", "country")),
               gazetteer.abbreviation(name)]
    out = [gazetteer.feature_point(e.id) or (e.lat, e.lon) for e in entries if e is not None and e.lat is not None]
    out += [(a.lat, a.lon) for a in gazetteer.areas(name) if a.lat is not None]
    named = resolve_demonym(name, gazetteer=gazetteer)  # a country by any name or demonym; an area adjective
    if named is not None and named.lat is not None:
        out.append(place_point(named, gazetteer))
    return out


#: Resolver options of the given-names regime: every gold span is a toponym, so country
#: abbreviations, demonyms ('Russian') and broad areas ('Africa', 'Atlantic') are names to place.
GIVEN_OPTIONS = {"country_abbreviations": True, "adjectives": True, "broad": True}


def score_given_names(docs: Sequence[GoldDoc], *, gazetteer: Any = None, resolve: Callable | None = None) -> GivenResult:
    """Resolve every gold toponym that has coordinates, the document's other gold names as its
    context (:func:`sitrep.geo.document.resolve_names`)."""
    from sitrep.geo.document import resolve_names

    if gazetteer is None:
        from sitrep.geo.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    started = time.perf_counter()
    errors: list[float] = []
    id_hits = id_total = unresolved = reachable = 0
    own = resolve is None  # "reachable" is about sitrep's gazetteer and readings
    details: list[dict] = []
    for doc in docs:
        tops = [t for t in doc.toponyms if t.has_coords]
        readings = resolve_names([t.name for t in tops], gazetteer=gazetteer, resolve=resolve, **GIVEN_OPTIONS)
        for t, reading in zip(tops, readings, strict=True):
            place = reading.place
            err = _error(t, place, gazetteer)
            errors.append(err)
            unresolved += place is None
            reachable += own and (err < ACC_KM or any(haversine_km(t.lat, t.lon, *pt) < ACC_KM
                                                      for pt in reachable_points(t.name, gazetteer)))
            if t.geonames_id is not None:
                id_total += 1
                id_hits += place is not None and place.geonames_id == t.geonames_id
            details.append({
                "doc": doc.id, "name": t.name, "start": t.start, "gold": [t.lat, t.lon],
                "gold_id": t.geonames_id, "context": list(reading.context[:3]),
                "context_admin1": list(reading.context_admin1[:3]),
                "resolved": None if place is None else {
                    "name": place.name, "country": place.country, "precision": place.precision,
                    "lat": place.lat, "lon": place.lon, "id": place.geonames_id},
                "error_km": round(err, 1),
            })
    scores = error_summary(errors)
    scores["exact_id"] = id_hits / id_total if id_total else None
    return GivenResult({k: scores[k] for k in GIVEN_KEYS}, len(errors), id_total, unresolved,
                       time.perf_counter() - started, details,
                       reachable / len(errors) if errors and own else None)


# ------------------------------------------------------------------------------- end to end


@dataclass(slots=True)
class E2EResult:
    scores: dict[str, float]
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched_with_coords: int = 0
    seconds: float = 0.0
    details: list[dict] = field(default_factory=list, repr=False)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def e2e_scores(tp: int, fp: int, fn: int, errors_km: Sequence[float]) -> dict[str, float]:
    p, r, f = _prf(tp, fp, fn)
    acc = sum(e < ACC_KM for e in errors_km) / len(errors_km) if errors_km else 0.0
    return {"precision": p, "recall": r, "f1": f, "acc_161": acc, "f1_x_acc_161": f * acc}


def predict_places(docs: Iterable[Any], *, adjectives: bool = True) -> Iterable[list[tuple[int, int, str, Any]]]:
    """For each processed spaCy Doc: its place mentions (start_char, end_char, text, Place|None)
    from the place layer (:func:`sitrep.nlp.place_mentions.place_mentions`): place spans
    read together as the place layer reads them (broad areas placed too), then (``adjectives``)
    places inside organisation names and demonyms, which do not feed the event extractor."""
    from sitrep.nlp.place_mentions import place_mentions

    groups = ("places", "place_embedded", "place_adjectives") if adjectives else ("places",)
    for doc in docs:
        yield [(m.start_char, m.end_char, m.text, m.place) for m in place_mentions(doc, groups=groups)]


def score_end_to_end(
    docs: Sequence[GoldDoc], *, nlp: Any = None, batch_size: int = 8,
    predictions: Iterable[list[tuple[int, int, str, Any]]] | None = None, gazetteer: Any = None,
) -> E2EResult:
    """Run the pipeline (``nlp.pipe``) over the texts and score recognition and resolution.

    ``predictions`` (one list of (start, end, text, Place|None) per document) replaces the
    pipeline, for tests. The pipeline's predictions are ``doc.spans["places"]`` plus, when the
    corpus annotates associative toponyms (:attr:`GoldDoc.associative`: not GeoVirus),
    ``doc.spans["place_embedded"]`` and ``doc.spans["place_adjectives"]``. Country/admin1 resolutions are scored at the gazetteer's
    representative point (:func:`place_point`; default gazetteer when the pipeline runs).
    """
    started = time.perf_counter()
    if predictions is None:
        if nlp is None:
            from sitrep.nlp.pipeline import build_nlp

            nlp = build_nlp()
        associative = all(d.associative for d in docs)  # one corpus: one convention
        predictions = predict_places(nlp.pipe((d.text for d in docs), batch_size=batch_size),
                                     adjectives=associative)
        if gazetteer is None:
            from sitrep.geo.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
    tp = fp = fn = 0
    errors: list[float] = []
    details: list[dict] = []
    for doc, preds in zip(docs, predictions, strict=False):
        gold = list(doc.toponyms)
        pairs = match_midpoints([(g.start, g.end) for g in gold], [(p[0], p[1]) for p in preds])
        tp += len(pairs)
        fp += len(preds) - len(pairs)
        fn += len(gold) - len(pairs)
        mg = {gi: pi for gi, pi in pairs}
        mp = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi in mg:
                p = preds[mg[gi]]
                err = _error(g, p[3], gazetteer) if g.has_coords else None
                if err is not None:
                    errors.append(err)
                details.append({"doc": doc.id, "kind": "tp", "gold": g.name, "pred": p[2],
                                "start": g.start, "error_km": None if err is None else round(err, 1),
                                "resolved": None if p[3] is None else f"{p[3].name} ({p[3].country})"})
            else:
                details.append({"doc": doc.id, "kind": "fn", "gold": g.name, "start": g.start,
                                "context": doc.text[max(0, g.start - 40):g.end + 40]})
        for pi, p in enumerate(preds):
            if pi not in mp:
                details.append({"doc": doc.id, "kind": "fp", "pred": p[2], "start": p[0],
                                "context": doc.text[max(0, p[0] - 40):p[1] + 40]})
    return E2EResult(e2e_scores(tp, fp, fn, errors), tp, fp, fn, len(errors),
                     time.perf_counter() - started, details)


# ----------------------------------------------------------------------------------- reports


def to_json_dict(given: GivenResult | None, e2e: E2EResult | None) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    if given is not None:
        out["given_names"] = {k: _round(given.scores[k]) for k in GIVEN_KEYS}
    if e2e is not None:
        out["end_to_end"] = {k: _round(e2e.scores[k]) for k in E2E_KEYS}
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def format_table(corpus: str, n_docs: int, given: GivenResult | None, e2e: E2EResult | None) -> str:
    from tabulate import tabulate

    lines = [f"{corpus}: {n_docs} documents"]
    if given is not None:
        s = given.scores
        rows = [[given.n, given.n_with_id, given.unresolved, f"{s['acc_161']:.3f}",
                 "-" if given.reachable is None else f"{given.reachable:.3f}",
                 "-" if s["exact_id"] is None else f"{s['exact_id']:.3f}",
                 f"{s['mean_km']:.0f}", f"{s['median_km']:.1f}", f"{s['auc']:.3f}", f"{given.seconds:.1f}"]]
        lines += ["", "given names (gold toponyms -> resolver)",
                  tabulate(rows, headers=["toponyms", "with id", "unresolved", "acc@161", "reachable", "exact id",
                                          "mean km", "median km", "AUC", "seconds"])]
    if e2e is not None:
        s = e2e.scores
        rows = [[e2e.tp, e2e.fp, e2e.fn, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                 e2e.matched_with_coords, f"{s['acc_161']:.3f}", f"{s['f1_x_acc_161']:.3f}", f"{e2e.seconds:.1f}"]]
        lines += ["", "end to end (text -> pipeline places -> resolver)",
                  tabulate(rows, headers=["tp", "fp", "fn", "precision", "recall", "F1", "scored",
                                          "acc@161", "F1 x acc@161", "seconds"])]
    return "\n".join(lines)


#: Best published figures per corpus (Gritta et al. 2019 and the corpus papers), shown beside
#: sitrep's in the summary table: given-names acc@161, end-to-end F1 and F1 x acc@161.
PUBLISHED = {
    "LGL": {"acc_161": 0.827, "f1": 0.713, "f1_x_acc_161": 0.469},
    "GeoWebNews": {"acc_161": 0.941, "f1": 0.739, "f1_x_acc_161": 0.599},
    "TR-News": {"acc_161": 0.873, "f1": 0.803, "f1_x_acc_161": 0.615},
    "GeoVirus": {"acc_161": 0.83, "f1": 0.917, "f1_x_acc_161": 0.667},
}


def format_markdown(results: Sequence[tuple[str, int, GivenResult | None, E2EResult | None]]) -> str:
    """One Markdown table over several corpora, both regimes, published best in brackets."""
    def cell(value: float | None, corpus: str, key: str) -> str:
        if value is None:
            return "–"
        best = PUBLISHED.get(corpus, {}).get(key)
        return f"**{value:.3f}** ({best:.3f})" if best is not None else f"{value:.3f}"

    head = ("| corpus | docs | given: acc@161 | reachable | exact id | mean km | median km | AUC | unresolved "
            "| e2e P | e2e R | e2e F1 | e2e acc@161 | F1 × acc@161 |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for corpus, n_docs, given, e2e in results:
        g = given.scores if given is not None else {}
        e = e2e.scores if e2e is not None else {}
        exact = g.get("exact_id")
        row = [corpus, str(n_docs), cell(g.get("acc_161"), corpus, "acc_161"),
               "–" if given is None or given.reachable is None else f"{given.reachable:.3f}",
               "–" if exact is None else f"{exact:.3f}",
               "–" if not g else f"{g['mean_km']:,.0f}", "–" if not g else f"{g['median_km']:.1f}",
               "–" if not g else f"{g['auc']:.3f}", "–" if given is None else str(given.unresolved),
               "–" if not e else f"{e['precision']:.3f}", "–" if not e else f"{e['recall']:.3f}",
               cell(e.get("f1"), corpus, "f1"), "–" if not e else f"{e['acc_161']:.3f}",
               cell(e.get("f1_x_acc_161"), corpus, "f1_x_acc_161")]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


__all__ = [
    "ACC_KM", "PUBLISHED", "format_markdown", "MAX_KM", "GoldDoc", "GoldToponym", "auc", "e2e_scores", "error_summary",
    "format_table", "haversine_km", "load_corpus", "match_midpoints", "place_point", "reachable_points",
    "score_end_to_end", "score_given_names", "to_json_dict",
]
