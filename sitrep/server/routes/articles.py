"""``/api/articles``: one article with its text and events; posting an article extracts and
stores it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from sitrep.errors import SitrepError
from sitrep.model import Article
from sitrep.server import queries
from sitrep.server.auth import Token
from sitrep.server.deps import require_token, state_of
from sitrep.server.errors import ApiError, error_responses
from sitrep.server.filters import parse_date
from sitrep.server.state import ServerState

router = APIRouter(prefix="/api/articles", tags=["articles"])
MAX_TEXT = 500_000


@router.get("/{article_id}", summary="One article: its text and the events found in it",
            responses=error_responses(404))
def get_article(article_id: str, state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    article = queries.get_article(store, article_id)
    if article is None:
        raise ApiError(404, f"article {article_id!r}: no such article")
    return article


class ArticleIn(BaseModel):
    """One article to extract and store."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: str | None = Field(default=None, max_length=10, description="YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    id: str | None = Field(default=None, min_length=1, max_length=200)


@router.post("", status_code=201, summary="Extract and store one article (token)",
             responses=error_responses(400, 401, 403, 413, 422))
def post_article(body: ArticleIn, token: Annotated[Token, Depends(require_token)],
                 state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    from sitrep.incidents import update_incidents

    store = state.store()  # in this thread (see sitrep.server.deps)
    if not body.text.strip():
        raise ApiError(422, "body.text: the article text is blank", parameter="text")
    published = parse_date("published", body.published) if body.published else None
    article = Article(id=body.id or Article.make_id(text=body.text, url=body.url), text=body.text,
                      published=published, title=body.title, url=body.url,
                      source=body.source or "api")
    known = store.article_state(article.id)
    if known is not None and known.needs_extraction(article) is None:
        stored = False
    else:
        try:
            events = state.extractor().extract(article)
        except SitrepError as exc:
            raise ApiError(422, f"body: {exc}", parameter="text") from None
        stored = store.write_extraction(article, events).changed
        update_incidents(store, [article.id])
    found = queries.get_article(store, article.id) or {}
    head = {k: found.get(k) for k in queries.ARTICLE_HEAD}
    return {"article": head, "stored": stored, "events": found.get("events", [])}
