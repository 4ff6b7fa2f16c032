"""The Extractor: one object per process that turns articles into events.

It owns what reading articles needs — the spaCy pipeline, the gazetteer, the actor dictionary
and the confidence weights — and loads each on first use, so that building one does no I/O
and a worker (thread, process, Dask task) can build and own its own.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sitrep.events.assembly import assemble_mentions
from sitrep.events.attribution import attributed, perpetrators_by_attribution, perpetrators_by_claims
from sitrep.events.background import without_recalled_onsets, without_year_only_history
from sitrep.events.confidence import ConfidenceWeights
from sitrep.events.context import ArticleContext, main_place
from sitrep.events.conventions import apply_type_conventions, resisted_attacks, tolls_of_none_stated_apart
from sitrep.events.dating import parse_published
from sitrep.events.freeze import freeze_events
from sitrep.events.intercepted import interceptions, without_intercepted_attacks
from sitrep.events.merge import merge_mentions, without_earlier_copies
from sitrep.events.protest_parts import protests_into_force
from sitrep.events.place_fallback import apply_place_statements
from sitrep.events.place_next import places_told_next
from sitrep.events.retold_target import places_by_retold_target
from sitrep.events.spoils import without_spoils_of_fights
from sitrep.events.unclaimed import hold_stated_unknown, keep_stated_unknown
from sitrep.errors import PublishedDateError
from sitrep.model import Article, Event
from sitrep.nlp.casualties import no_deaths_statements
from sitrep.nlp.dates import date_component  # also registers doc._.published
from sitrep.nlp.resistance import resistance_statements
from sitrep.nlp.sentences import doc_text, made_from
from sitrep.nlp.wrapping import unwrapped, with_original_evidence

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.events.background_model import BackgroundModel
    from sitrep.events.calibration import ConfidenceModel
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.actors import ActorDictionary

WARM_UP_TEXT = "Warplanes struck the town of Idlib in Syria on Monday."


class Extractor:
    """Articles in, events out (``extract``, ``extract_many``, ``events_from_doc``).

    ``model``: the spaCy model name ("md", "sm"; default ``$SITREP_SPACY_MODEL``), or ``nlp``: a
    pipeline built already (``sitrep.nlp.pipeline.load_pipeline``). ``actors`` replaces the
    packaged actor dictionary; ``gazetteer`` the one the event layer asks (country places,
    capitals, the countries an article's towns are in) — the place layer
    (``nlp.place_reading.gazetteer()``, read by the pipeline's place component and
    ``ArticlePlaces``) still uses the process's own. Nothing is loaded before it is needed.
    """

    def __init__(self, *, model: str | None = None, nlp: Language | None = None,
                 gazetteer: Gazetteer | None = None, actors: ActorDictionary | None = None,
                 calibrated: bool = True, learned_background: bool = True) -> None:
        self.model = model
        self.calibrated = calibrated
        self.learned_background = learned_background
        self._confidence_model: ConfidenceModel | None = None
        self._background_model: BackgroundModel | None = None
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._actors = actors
        self._weights: ConfidenceWeights | None = None
        self._lock = threading.Lock()
        self._given = {"nlp": nlp, "gazetteer": gazetteer, "actors": actors}

    def __getstate__(self) -> dict:
        """Pickled as its configuration (what it was given, not what it loaded since), so a
        batch can send it to workers that each load their own."""
        return {"model": self.model, "calibrated": self.calibrated,
                "learned_background": self.learned_background, **self._given}

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state)  # type: ignore[misc]

    # ------------------------------------------------------------------ owned services
    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded on first use)."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    from sitrep.nlp.pipeline import load_pipeline

                    self._nlp = load_pipeline(self.model)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from sitrep.nlp.place_reading import gazetteer

            self._gazetteer = gazetteer()
        return self._gazetteer

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            from sitrep.nlp.actors import ActorDictionary

            self._actors = ActorDictionary.load()
        return self._actors

    @property
    def weights(self) -> ConfidenceWeights:
        if self._weights is None:
            self._weights = ConfidenceWeights.load()
        return self._weights

    @property
    def confidence_model(self) -> ConfidenceModel:
        """The learned, calibrated event confidence (``sitrep/events/data``; ``make train``)."""
        if self._confidence_model is None:
            from sitrep.events.calibration import ConfidenceModel

            self._confidence_model = ConfidenceModel.load()
        return self._confidence_model

    @property
    def background_model(self) -> BackgroundModel:
        """The learned background classifier (``sitrep/events/data``; ``make train``)."""
        if self._background_model is None:
            from sitrep.events.background_model import BackgroundModel

            self._background_model = BackgroundModel.load()
        return self._background_model

    def warm_up(self) -> None:
        """Load the pipeline, gazetteer and actor dictionary now rather than on the first article."""
        self.extract(Article(id="warm-up", text=WARM_UP_TEXT, published="2020-01-01"))

    # ------------------------------------------------------------------ extraction
    def new_doc(self, article: Article) -> Doc:
        """The article's text tokenized, not yet processed, with its publication day set for the
        pipeline's date component (``doc._.published``; None for a missing or malformed date,
        which ``events_from_doc`` then reports). Folds of hard-wrapped lines are read as spaces
        (``wrapping.unwrapped``)."""
        text = unwrapped(article.text)
        doc = made_from(self.nlp.make_doc(text), text)
        try:
            doc._.published = parse_published(article.published)
        except PublishedDateError:
            doc._.published = None
        return doc

    def extract(self, article: Article) -> list[Event]:
        """The events of one article (a ``published`` that is no date raises
        :class:`~sitrep.errors.PublishedDateError` before any parsing)."""
        parse_published(article.published)
        doc = self.nlp(self.new_doc(article))
        try:
            return self.events_from_doc(doc, article)
        finally:
            release(doc)

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 16
                     ) -> Iterator[tuple[Article, list[Event] | Exception]]:
        """Extract many articles, streamed through ``nlp.pipe``; a failing article yields its
        exception in place of its events and the batch goes on."""
        docs = ((self.new_doc(a), a) for a in articles)
        for doc, article in self.nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
            try:
                result: list[Event] | Exception = self.events_from_doc(doc, article)
            except Exception as exc:  # one bad article never stops a batch; the caller records why
                result = exc
            finally:
                release(doc)
            yield article, result

    def events_from_doc(self, doc: Doc, article: Article) -> list[Event]:
        """The events of ``article`` read from ``doc``, its text processed by :attr:`nlp`."""
        ctx = self.context(doc, published=article.published, url=article.url)
        told = without_spoils_of_fights(without_earlier_copies(assemble_mentions(doc, ctx)), doc)
        stopped = interceptions(told)
        mentions = protests_into_force(without_intercepted_attacks(merge_mentions(told), stopped, doc))
        apply_place_statements(doc, mentions, ctx)
        places_told_next(doc, mentions, told, ctx)
        places_by_retold_target(doc, mentions, ctx)
        named = ctx.article_actor_mentions(doc, ctx.countries[0] if ctx.countries else None)
        held = hold_stated_unknown(doc, mentions, self.actors, ctx.countries[0] if ctx.countries else None)
        group = attributed(doc, named)
        perpetrators_by_attribution(mentions, group, self.actors)  # before any main-party default
        resisted_attacks(mentions, lambda: resistance_statements(doc), self.actors)
        apply_type_conventions(mentions, self.actors, lambda country: ctx.article_actor_mentions(doc, country), group,
                               doc=doc)
        perpetrators_by_claims(doc, mentions, named, self.actors)
        keep_stated_unknown(held, self.actors)
        tolls_of_none_stated_apart(mentions, no_deaths_statements(doc))
        events = freeze_events(mentions, article_id=article.id, weights=self.weights)
        if self.learned_background and events:  # off when its own training reads the rules' flag
            events = self.background_model.reclassify(events, doc, ctx.published or ctx.reference)
        events = without_year_only_history(without_recalled_onsets(events, doc))
        return self.finish(events, doc, article)

    def finish(self, events: list[Event], doc: Doc, article: Article) -> list[Event]:
        """The last step over an article's final events, with its Doc: their confidence becomes
        the learned, calibrated probability of being right (unless built ``calibrated=False``,
        as the training of that model does: it learns from the rules' own scores). Evidence read
        from a text whose folds became spaces is cut again from the article's own text."""
        if events and doc_text(doc) != article.text and len(doc_text(doc)) == len(article.text):
            events = [with_original_evidence(e, article.text) for e in events]
        return self.confidence_model.rescore(events, doc) if self.calibrated and events else events

    def context(self, doc: Doc, *, published: str | None = None, url: str | None = None) -> ArticleContext:
        """What the event rules know of the article beyond one sentence (``ArticleContext``). A
        Doc whose dates were read against another day than ``published`` (one made by
        ``nlp(text)``) has them read again first."""
        from sitrep.nlp.place_reading import article_countries, site_country

        day = parse_published(published)
        if doc._.published != day or doc._.date_anchor is None:
            self.redate(doc, day)
        ctx = ArticleContext(day, article_countries(doc) or site_country(url), doc._.dateline,
                             gazetteer=self.gazetteer, actors=self.actors, reference=doc._.reference_date)
        ctx.main_place = main_place(doc, ctx)
        return ctx

    @staticmethod
    def redate(doc: Doc, day: dt.date | None) -> None:
        """Read the Doc's dates (the ``sitrep_dates_v1`` component) against ``day`` instead."""
        doc._.published = day
        date_component(doc)


_DEFAULTS: dict[str | None, Extractor] = {}
_DEFAULTS_LOCK = threading.Lock()


def release(doc: Doc) -> None:
    """Drop what the pipeline and the event rules kept on a Doc of our own once its events are
    out. Those caches (``doc.user_data``: Tokens, Spans, per-sentence readings) point back at
    the Doc, so without this each Doc is a reference cycle that only the cycle collector frees,
    in its full passes over every object of the process (models, gazetteer, caches): on the
    dev texts the collector took 2.6 ms of CPU per article (0.6 ms with this), and the dead Docs
    it had yet to free about 17 MB of peak memory."""
    doc.user_data.clear()


def default_extractor(model: str | None = None) -> Extractor:
    """The process's shared Extractor for ``model`` (made on first call; it loads lazily), used by
    the module-level functions (``sitrep.extract``, ``extract_events``, ...)."""
    with _DEFAULTS_LOCK:
        if model not in _DEFAULTS:
            _DEFAULTS[model] = Extractor(model=model)
        return _DEFAULTS[model]
