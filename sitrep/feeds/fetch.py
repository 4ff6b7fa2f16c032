"""One HTTP GET with every way it can go wrong bounded: a connect timeout, a read timeout
(the server goes quiet), a total deadline (the server drips bytes forever) and a size cap.
Redirects are followed (the final URL is reported). httpx errors are translated here into
``FetchError``, a one-line InputError naming the URL."""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass, field
from functools import cache

import httpx

from sitrep import __version__
from sitrep.errors import InputError

USER_AGENT = f"sitrep/{__version__} (news feed reader; +https://github.com/sitrep)"


class FetchError(InputError):
    """A URL that gave no usable answer (timeout, refused, HTTP error status, too large)."""

    code = "E120"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits of one fetch, in seconds and bytes; ``concurrency`` is how many run at once."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    concurrency: int = 8

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "deadline"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name}={getattr(self, name)!r} must be a positive number of seconds")
        if self.max_bytes < 1 or self.concurrency < 1 or self.max_redirects < 0:
            raise ValueError("max_bytes and concurrency must be >= 1, max_redirects >= 0")


@dataclass(frozen=True, slots=True)
class Fetched:
    """An answer: ``status`` 200 (with ``body``) or 304 (not modified, empty body)."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = field(default=())


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's CA bundle), built once: it takes ~70 ms."""
    return httpx.create_ssl_context()


def make_client(settings: FetchSettings) -> httpx.AsyncClient:
    """The client every fetch of one poll shares (its connection pool)."""
    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=settings.deadline)
    return httpx.AsyncClient(
        timeout=timeout, follow_redirects=True, max_redirects=settings.max_redirects,
        headers={"User-Agent": USER_AGENT}, verify=_tls(),
        limits=httpx.Limits(max_connections=settings.concurrency * 2),
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    settings: FetchSettings,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url`` (conditional when ``etag``/``last_modified`` are given); raise FetchError
    for anything but a 200 or 304 answer received whole within the limits."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(settings.deadline):
            return await _get(client, url, headers, settings)
    except FetchError:
        raise
    except TimeoutError as exc:
        raise FetchError(url, f"no complete answer within the {settings.deadline:g} s deadline") from exc
    except httpx.ConnectTimeout as exc:
        raise FetchError(url, f"could not connect within {settings.connect_timeout:g} s") from exc
    except httpx.ReadTimeout as exc:
        raise FetchError(url, f"server sent nothing for {settings.read_timeout:g} s (read timeout)") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"more than {settings.max_redirects} redirects") from exc
    except httpx.ConnectError as exc:
        raise FetchError(url, f"could not connect ({_one_line(exc)})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"HTTP request failed ({type(exc).__name__}: {_one_line(exc)})") from exc
    except Exception as exc:  # httpx.InvalidURL, h11 protocol errors, ...: never a crash
        raise FetchError(url, f"cannot be fetched ({type(exc).__name__}: {_one_line(exc)})") from exc


async def _get(client: httpx.AsyncClient, url: str, headers: dict[str, str],
               settings: FetchSettings) -> Fetched:
    async with client.stream("GET", url, headers=headers) as response:
        redirects = tuple(str(r.url) for r in response.history)
        if response.status_code == 304:
            return Fetched(url, str(response.url), 304, redirects=redirects,
                           etag=response.headers.get("etag") or None,
                           last_modified=response.headers.get("last-modified") or None)
        if response.status_code != 200:
            phrase = response.reason_phrase or ""
            raise FetchError(url, f"HTTP {response.status_code} {phrase}".rstrip())
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.max_bytes:
            raise FetchError(url, f"answer larger than {settings.max_bytes} bytes")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > settings.max_bytes:
                raise FetchError(url, f"answer larger than {settings.max_bytes} bytes")
        return Fetched(
            url, str(response.url), 200, bytes(body),
            content_type=response.headers.get("content-type", ""),
            etag=response.headers.get("etag") or None,
            last_modified=response.headers.get("last-modified") or None,
            redirects=redirects,
        )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
