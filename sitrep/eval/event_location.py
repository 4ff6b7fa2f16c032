"""Which toponym is the event's place? Scored on Halterman's event-location gold.

The gold (``shared/data/event-location-halterman/gold_relabel.jsonl``, see its SOURCE.md) is
496 English sentences, each with one annotated event verb and zero or more LOCATION spans
naming where *that* event happened (160 sentences have none: the event's place is not in the
sentence). Each sentence is run through the sitrep pipeline as a one-sentence article
(no publication date) and sitrep's place choice for the gold verb is compared with the gold.

Two anchors (``anchor=``):

- ``"gold_verb"`` (default): the gold verb span is used as the trigger and sitrep's place
  choice for a trigger (``_choose_place``: the candidates of ``_places_in`` in the trigger's
  sentence, ranked) is read directly. This isolates *which toponym* sitrep picks from whether
  its trigger lexicon knows the verb, which is what the published figure (~0.83) measures.
- ``"pipeline"``: the events of ``events_from_doc`` on the same sentence; the event whose
  trigger overlaps the gold verb (else the first event) gives the place. Includes trigger
  misses and the fallbacks (inherited / article-country place).

**Correct** (``is_correct``), case- and accent-insensitively:

- gold has no LOCATION: correct iff no place from the sentence is chosen;
- gold has LOCATION span(s): a place is chosen and its mention (the evidence span, possibly
  widened to "southern X" / "X district") overlaps any gold span in characters, or its mention
  text or resolved name equals a gold span's text (same toponym mentioned elsewhere).

**Failure reasons** (root cause first; see ``failure_reason``):

- ``place chosen where gold has none``: gold has no LOCATION but sitrep chose one;
- ``gold not tagged as a place``: no span of ``doc.spans["places"]`` overlaps the gold span;
- ``resolution mismatch``: the gold is tagged but the gazetteer gave no (acceptable) place
  (unresolved, or rejected as a namesake outside the sentence's countries), so it was never
  a candidate;
- ``no place chosen``: the gold was a candidate (or is in another spaCy sentence / in dateline
  position) but nothing was chosen;
- ``other place in sentence chosen``: something else was chosen.

Run: ``python -m sitrep.eval.event_location PATH [--anchor pipeline] [--errors N] [--json OUT]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REASON_NONE_GOLD = "place chosen where gold has none"
REASON_NOT_TAGGED = "gold not tagged as a place"
REASON_RESOLUTION = "resolution mismatch"
REASON_NOTHING = "no place chosen"
REASON_OTHER = "other place in sentence chosen"
REASONS = (REASON_NOTHING, REASON_OTHER, REASON_NOT_TAGGED, REASON_RESOLUTION, REASON_NONE_GOLD)

#: How the gold place(s) fared in the pipeline, before the choice (``LocationRow.gold_status``).
GOLD_NONE = "no gold place"
GOLD_NOT_TAGGED = "not tagged"
GOLD_OTHER_SENT = "tagged in another sentence"
GOLD_DATELINE = "tagged as dateline"
GOLD_UNRESOLVED = "tagged, unresolved"
GOLD_CANDIDATE = "candidate"
_STATUS_ORDER = (GOLD_CANDIDATE, GOLD_DATELINE, GOLD_OTHER_SENT, GOLD_UNRESOLVED, GOLD_NOT_TAGGED)

ANCHORS = ("gold_verb", "pipeline")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A half-open character span of the sentence and its text."""

    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    verb: GoldSpan | None
    places: tuple[GoldSpan, ...]
    line: int = 0  # 1-based line in the gold file


@dataclass(frozen=True, slots=True)
class Choice:
    """The place sitrep chose: the mention's span in the sentence and the resolved place."""

    start_char: int | None
    end_char: int | None
    mention: str | None
    name: str | None = None
    country: str | None = None
    precision: str | None = None


@dataclass(frozen=True, slots=True)
class LocationRow:
    id: str
    text: str
    verb: str | None
    gold: tuple[str, ...]
    gold_spans: tuple[tuple[int, int], ...]
    chosen_mention: str | None
    chosen_span: tuple[int, int] | None
    chosen_name: str | None
    chosen_country: str | None
    chosen_precision: str | None
    correct: bool
    reason: str | None  # None when correct
    gold_status: str
    candidates: tuple[str, ...] = ()  # mentions sitrep could choose from (gold_verb anchor)
    line: int = 0


@dataclass(slots=True)
class EventLocationReport:
    rows: list[LocationRow]
    anchor: str = "gold_verb"
    path: str | None = None

    @property
    def n(self) -> int:
        return len(self.rows)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.rows)

    @property
    def share(self) -> float:
        return self.correct / self.n if self.rows else 0.0

    def share_where(self, *, gold_has_place: bool) -> tuple[int, int]:
        """(correct, total) over the sentences whose gold does / does not name a place."""
        sub = [r for r in self.rows if bool(r.gold) == gold_has_place]
        return sum(r.correct for r in sub), len(sub)

    def reason_counts(self) -> Counter[str]:
        return Counter(r.reason for r in self.rows if r.reason is not None)

    def status_by_reason(self) -> Counter[tuple[str, str]]:
        return Counter((r.reason, r.gold_status) for r in self.rows if r.reason is not None)

    def failures(self) -> list[LocationRow]:
        return [r for r in self.rows if not r.correct]

    def to_json(self) -> dict:
        located = self.share_where(gold_has_place=True)
        unlocated = self.share_where(gold_has_place=False)
        return {
            "path": self.path,
            "anchor": self.anchor,
            "n": self.n,
            "correct": self.correct,
            "share": self.share,
            "gold_has_place": {"correct": located[0], "n": located[1]},
            "gold_has_no_place": {"correct": unlocated[0], "n": unlocated[1]},
            "reasons": dict(self.reason_counts()),
            "rows": [asdict(r) for r in self.rows],
        }


# ---------------------------------------------------------------------------------------------
# Gold file


def _span_chars(span: dict, tokens: Sequence[dict], text: str) -> GoldSpan:
    """Character offsets of a Prodigy span. Many RELABEL spans hold token indices in
    ``start``/``end`` (SOURCE.md), so the inclusive ``token_start``/``token_end`` are used."""
    if tokens and "token_start" in span and "token_end" in span:
        start, end = tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]
    else:
        start, end = span["start"], span["end"]
    return GoldSpan(start, end, text[start:end])


def _verb_from_meta(record: dict) -> GoldSpan | None:
    """No VERB span (2 records): the first token starting with the ``meta.verb`` lemma."""
    verbs = record.get("meta", {}).get("verb") or []
    verbs = [verbs] if isinstance(verbs, str) else verbs
    text = record["text"]
    for verb in verbs:
        m = re.search(rf"\b{re.escape(verb.strip())}\w*", text, flags=re.IGNORECASE)
        if m:
            return GoldSpan(m.start(), m.end(), m.group())
    return None


def parse_record(record: dict, line: int = 0) -> GoldSentence:
    text = record["text"]
    tokens = record.get("tokens") or []
    spans = record.get("spans") or []
    verbs = [_span_chars(s, tokens, text) for s in spans if s.get("label") == "VERB"]
    places = tuple(_span_chars(s, tokens, text) for s in spans if s.get("label") == "LOCATION")
    verb = verbs[0] if verbs else _verb_from_meta(record)
    ident = str(record.get("_id") or record.get("doc_id") or line).strip()
    return GoldSentence(ident, text, verb, places, line)


def load_event_location_gold(path: str | Path) -> list[GoldSentence]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            if raw.strip():
                out.append(parse_record(json.loads(raw), i))
    return out


# ---------------------------------------------------------------------------------------------
# The correctness rule (pure: unit-tested on hand-built rows)


def normalize_name(text: str | None) -> str:
    """Case-, accent- and article-insensitive form of a toponym ("the Gaza Strip" = "gaza strip")."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[\u2018\u2019'`\u02bf\u02be]", "", folded)
    folded = re.sub(r"[^\w]+", " ", folded).strip()
    return re.sub(r"^the ", "", folded)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_correct(gold: Sequence[GoldSpan], chosen: Choice | None) -> bool:
    """The rule of the module docstring."""
    if not gold:
        return chosen is None
    if chosen is None:
        return False
    if chosen.start_char is not None and chosen.end_char is not None and any(
            _overlaps((chosen.start_char, chosen.end_char), (g.start_char, g.end_char)) for g in gold):
        return True
    names = {normalize_name(chosen.mention), normalize_name(chosen.name)} - {""}
    return any(normalize_name(g.text) in names for g in gold)


def failure_reason(gold: Sequence[GoldSpan], chosen: Choice | None, gold_status: str) -> str:
    """Coarse cause of a wrong choice (call only when ``is_correct`` is False)."""
    if not gold:
        return REASON_NONE_GOLD
    if gold_status == GOLD_NOT_TAGGED:
        return REASON_NOT_TAGGED
    if gold_status == GOLD_UNRESOLVED:
        return REASON_RESOLUTION
    if chosen is None:
        return REASON_NOTHING
    return REASON_OTHER


def make_row(sentence: GoldSentence, chosen: Choice | None, gold_status: str,
             candidates: Iterable[str] = ()) -> LocationRow:
    correct = is_correct(sentence.places, chosen)
    return LocationRow(
        id=sentence.id,
        text=sentence.text,
        verb=sentence.verb.text if sentence.verb else None,
        gold=tuple(g.text for g in sentence.places),
        gold_spans=tuple((g.start_char, g.end_char) for g in sentence.places),
        chosen_mention=chosen.mention if chosen else None,
        chosen_span=(chosen.start_char, chosen.end_char) if chosen and chosen.start_char is not None else None,
        chosen_name=chosen.name if chosen else None,
        chosen_country=chosen.country if chosen else None,
        chosen_precision=chosen.precision if chosen else None,
        correct=correct,
        reason=None if correct else failure_reason(sentence.places, chosen, gold_status),
        gold_status=gold_status,
        candidates=tuple(candidates),
        line=sentence.line,
    )


# ---------------------------------------------------------------------------------------------
# Running sitrep: the default Extractor and the event layer's place choice


def _context(doc, published: str | None = None):
    from sitrep.events.extractor import default_extractor

    return default_extractor().context(doc, published=published)


def _gold_status(doc, sentence: GoldSentence, trigger_sent, ctx) -> str:
    """How far the best-faring gold place got: candidate > dateline > other sentence >
    tagged but unresolved > not tagged."""
    from sitrep.events.context import resolve_span
    from sitrep.nlp.arguments import in_dateline

    if not sentence.places:
        return GOLD_NONE
    seen = set()
    for place in doc.spans["places"]:
        if not any(_overlaps((place.start_char, place.end_char), (g.start_char, g.end_char))
                   for g in sentence.places):
            continue
        if trigger_sent is not None and not (trigger_sent.start <= place.start and place.end <= trigger_sent.end):
            seen.add(GOLD_OTHER_SENT)
        elif in_dateline(place):
            seen.add(GOLD_DATELINE)
        elif resolve_span(place, ctx) is None:
            seen.add(GOLD_UNRESOLVED)
        else:
            seen.add(GOLD_CANDIDATE)
    return next((s for s in _STATUS_ORDER if s in seen), GOLD_NOT_TAGGED)


def _choice(place, evidence) -> Choice | None:
    if place is None:
        return None
    if evidence is None:  # a fallback place with no words in the sentence
        return Choice(None, None, place.mention, place.name, place.country, place.precision)
    return Choice(evidence.start_char, evidence.end_char, evidence.text, place.name, place.country,
                  place.precision)


def choose_for_gold_verb(doc, sentence: GoldSentence, ctx) -> tuple[Choice | None, str, tuple[str, ...]]:
    """sitrep's place for the gold verb used as trigger: (choice, gold status, candidates)."""
    from sitrep.events.context import places_in
    from sitrep.events.place_choice import choose_place

    trigger = None
    if sentence.verb is not None:
        trigger = doc.char_span(sentence.verb.start_char, sentence.verb.end_char, alignment_mode="expand")
    if trigger is None:
        return None, _gold_status(doc, sentence, None, ctx), ()
    candidates = tuple(ev.text for _, _, ev in places_in(trigger.sent, ctx))
    place, evidence = choose_place(trigger, ctx)
    return _choice(place, evidence), _gold_status(doc, sentence, trigger.sent, ctx), candidates


def choose_by_pipeline(doc, sentence: GoldSentence, ctx) -> tuple[Choice | None, str, tuple[str, ...]]:
    """The location of sitrep's own event for the gold verb (full ``events_from_doc``)."""
    from sitrep.events.extractor import default_extractor
    from sitrep.model import Article

    events = default_extractor().events_from_doc(doc, Article(id=sentence.id, text=doc.text))
    trigger_sent = None
    if sentence.verb is not None:
        span = doc.char_span(sentence.verb.start_char, sentence.verb.end_char, alignment_mode="expand")
        trigger_sent = span.sent if span is not None else None
    status = _gold_status(doc, sentence, trigger_sent, ctx)
    if not events:
        return None, status, ()

    def trigger_overlaps(event) -> bool:
        trig = dict(event.field_evidence).get("sub_event_type")
        return sentence.verb is not None and trig is not None and _overlaps(
            (trig.start_char, trig.end_char), (sentence.verb.start_char, sentence.verb.end_char))

    event = next((e for e in events if trigger_overlaps(e)), events[0])
    if event.location is None:
        return None, status, ()
    return _choice(event.location, dict(event.field_evidence).get("location")), status, ()


def evaluate_event_locations(path: str | Path, *, anchor: str = "gold_verb", nlp=None,
                             batch_size: int = 64) -> EventLocationReport:
    """Score sitrep's event-place choice on the gold file at ``path`` (see module docstring)."""
    if anchor not in ANCHORS:
        raise ValueError(f"anchor must be one of {ANCHORS}, not {anchor!r}")
    if nlp is None:
        from sitrep.nlp.pipeline import build_nlp

        nlp = build_nlp()
    gold = load_event_location_gold(path)
    choose = choose_for_gold_verb if anchor == "gold_verb" else choose_by_pipeline
    rows = []
    for doc, sentence in zip(nlp.pipe((s.text for s in gold), batch_size=batch_size), gold):
        ctx = _context(doc)
        chosen, status, candidates = choose(doc, sentence, ctx)
        rows.append(make_row(sentence, chosen, status, candidates))
    return EventLocationReport(rows, anchor=anchor, path=str(path))


# ---------------------------------------------------------------------------------------------
# CLI


def format_report(report: EventLocationReport, *, errors: int = 0) -> str:
    located = report.share_where(gold_has_place=True)
    unlocated = report.share_where(gold_has_place=False)
    lines = [
        f"event location ({report.anchor}) on {report.path}",
        f"share correct: {report.share:.3f}  ({report.correct}/{report.n})",
        f"  gold names a place:   {located[0]}/{located[1]}",
        f"  gold names no place:  {unlocated[0]}/{unlocated[1]}",
        "failure reasons:",
    ]
    counts = report.reason_counts()
    by_status = report.status_by_reason()
    for reason in REASONS:
        if counts[reason]:
            detail = ", ".join(f"{s}: {c}" for (r, s), c in sorted(by_status.items()) if r == reason
                               and s != GOLD_NONE)
            lines.append(f"  {counts[reason]:4d}  {reason}" + (f"  [gold {detail}]" if detail else ""))
    for row in report.failures()[:errors]:
        lines.append("")
        lines.append(f"- [{row.reason}] line {row.line} verb={row.verb!r}")
        lines.append(f"  {row.text}")
        lines.append(f"  gold={list(row.gold)} chosen={row.chosen_mention!r} -> {row.chosen_name!r}"
                     f" ({row.chosen_country}, {row.chosen_precision}) candidates={list(row.candidates)}"
                     f" gold status={row.gold_status}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.eval.event_location",
                                     description="Share of sentences where sitrep picks the gold event place.")
    parser.add_argument("path", type=Path, help="gold_relabel.jsonl (Halterman event-location gold)")
    parser.add_argument("--anchor", choices=ANCHORS, default="gold_verb",
                        help="gold_verb: place choice for the gold verb (default); pipeline: sitrep's own events")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also list N failing sentences")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the full report (all rows) as JSON")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"error: {args.path} not found", file=sys.stderr)
        return 2
    report = evaluate_event_locations(args.path, anchor=args.anchor)
    print(format_report(report, errors=args.errors))
    if args.json:
        args.json.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
