"""The page in a real browser against a real ``sitrep serve``: what it shows is compared with
what the API answers for the same filters, so the tests hold whatever the extractor finds."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def api(base: str, path: str, **params) -> dict:
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{base}api/{path}{'?' + query if query else ''}", timeout=10) as r:
        return json.load(r)


def url_params(page) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(page.url).query))


def rows(page):
    return page.locator("#list li[data-key]")


def test_first_view_shows_every_event_on_map_list_and_timeline(site, page):
    events = api(site, "events", limit=5000)["data"]
    stats = api(site, "stats")
    assert events, "the test store holds events"
    page.goto(site)
    expect(page.locator("#status")).to_contain_text(f"{len(events)} events")
    expect(rows(page)).to_have_count(len(events))
    bars = page.locator("#timeline .bars rect title")
    expect(bars.first).to_be_attached()
    counted = sum(int(t.rsplit(":", 1)[1]) for t in bars.all_text_contents())
    assert counted == sum(w["count"] for w in stats["by_week"])  # every dated event in a bar
    located = [e for e in events if e["location"] and e["location"]["lat"] is not None]
    drawn = page.locator("#map .pt, #map .cluster")
    expect(drawn.first).to_be_visible()
    clustered = sum(int(t) for t in page.locator("#map .cluster span").all_inner_texts())
    assert page.locator("#map .pt").count() + clustered == len(located)
    for kind in stats["by_event_type"]:
        expect(page.locator(f'.legend-item[data-type="{kind["value"]}"] .count')).to_have_text(str(kind["count"]))
    countries = page.locator("#f-country option").evaluate_all("os => os.map(o => o.value)")
    assert set(countries) == {""} | {c["value"] for c in stats["by_country"]}


def test_the_basemap_is_detailed_only_when_zoomed_in(site, page):
    page.goto(site + "?at=2/20.000/20.000")
    expect(page.locator("#map")).to_have_attribute("data-basemap", "coarse")  # Natural Earth 1:110m
    page.goto(site + "?at=6/15.500/44.000")
    expect(page.locator("#map")).to_have_attribute("data-basemap", "fine")  # 1:50m
    for zoom in (5, 4, 3):
        page.locator("#map .leaflet-control-zoom-out").click()
        expect(page).to_have_url(re.compile(rf"at={zoom}/"))
    expect(page.locator("#map")).to_have_attribute("data-basemap", "coarse")


def test_type_filter_goes_to_the_url_and_survives_a_reload(site, page):
    expected = api(site, "events", type="battles", limit=5000)["data"]
    assert expected and len(expected) < len(api(site, "events", limit=5000)["data"])
    page.goto(site)
    expect(rows(page).first).to_be_visible()
    page.select_option("#f-type", "battles")
    expect(page).to_have_url(re.compile(r"type=battles"))
    expect(rows(page)).to_have_count(len(expected))
    for dot in rows(page).locator(".dot").all():
        expect(dot).to_have_class(re.compile(r"\bt-battles\b"))
    page.goto(page.url)  # a shared link opens the same view
    expect(page.locator("#f-type")).to_have_value("battles")
    expect(rows(page)).to_have_count(len(expected))
    assert {r.get_attribute("data-key") for r in rows(page).all()} == {f"event:{e['id']}" for e in expected}


def test_text_search_and_country_filters_combine(site, page):
    expected = api(site, "events", q="tear gas", limit=5000)["data"]
    assert expected
    page.goto(site)
    page.fill("#f-q", "tear gas")
    page.press("#f-q", "Enter")
    expect(page).to_have_url(re.compile(r"q=tear"))
    expect(rows(page)).to_have_count(len(expected))
    country = expected[0]["location"]["country"]
    other = next(c["value"] for c in api(site, "stats")["by_country"] if c["value"] != country)
    page.select_option("#f-country", other)
    expect(page).to_have_url(re.compile(rf"country={other}"))
    expect(page.locator("#list .more")).to_be_visible()  # nothing matches both
    expect(rows(page)).to_have_count(0)


# Each page filter (URL key) and the API parameter it must become.
URL_TO_API = {"type": "type", "country": "country", "actor": "actor", "from": "date_from",
              "to": "date_to", "q": "q", "conf": "min_confidence"}


@pytest.mark.parametrize("view", ["events", "incidents"])
@pytest.mark.parametrize("query", [
    {"conf": "0.7"}, {"news": "1"}, {"actor": "Al Shabaab"}, {"from": "2022-01-01", "to": "2023-12-31"},
    {"type": "explosions_remote_violence", "q": "market"},
])
def test_a_shared_link_lists_what_the_api_selects(site, page, view, query):
    params = {URL_TO_API[k]: v for k, v in query.items() if k in URL_TO_API}
    if query.get("news"):
        params["background"] = "exclude"
    expected = api(site, view, limit=5000, **params)["data"]
    with page.expect_request(re.compile(rf"/api/{view}\?")) as asked:
        page.goto(site + "?" + urllib.parse.urlencode({**query, "view": view}))
    sent = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(asked.value.url).query))
    assert params.items() <= sent.items()
    expect(page.locator("#status")).to_contain_text(f"{len(expected)} {view} ")
    assert sorted(r.get_attribute("data-key") for r in rows(page).all()) == sorted(
        f"{view[:-1]}:{item['id']}" for item in expected)


def test_brushing_the_timeline_sets_the_dates(site, page):
    page.goto(site)
    expect(page.locator("#timeline .bars rect").first).to_be_visible()
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.90, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"from=\d{4}-\d\d-\d\d.*to=\d{4}-\d\d-\d\d"))
    params = url_params(page)
    expected = api(site, "events", date_from=params["from"], date_to=params["to"], limit=5000)["data"]
    everything = api(site, "events", limit=5000)["data"]
    assert 0 < len(expected) < len(everything)
    expect(rows(page)).to_have_count(len(expected))
    expect(page.locator("#f-from")).to_have_value(params["from"])
    page.click("#brush-clear")
    expect(rows(page)).to_have_count(len(everything))
    assert "from" not in url_params(page)


def _richest_event(base: str) -> dict:
    """The stored event with the most field spans (its detail marks the most words)."""
    listed = api(base, "events", limit=5000)["data"]
    return max(listed, key=lambda e: (len(e["field_evidence"]), e["id"]))


def test_opening_an_event_marks_the_words_behind_each_field(site, page):
    event = _richest_event(site)
    article = api(site, f"articles/{event['article_id']}")
    page.goto(site)
    page.click(f'#list li[data-key="event:{event["id"]}"]')
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(page).to_have_url(re.compile(rf"open=event:{event['id']}"))
    expect(detail.locator(".article-text")).to_have_text(article["text"])
    for field, span in event["field_evidence"].items():
        pieces = detail.locator(f'.article-text mark[data-fields~="{field}"]').all_inner_texts()
        assert "".join(pieces) == span["text"] == article["text"][span["start_char"]:span["end_char"]], field
        expect(detail.locator(f"tr.field[data-field={field}] .quote")).to_have_text(f"“{span['text']}”")
    evidence = detail.locator(".article-text .evidence").all_inner_texts()
    assert "".join(evidence) == "".join(s["text"] for s in event["evidence_spans"])
    expect(detail.locator(".review .accept")).to_have_count(0)  # no token: no review buttons
    page.keyboard.press("Escape")
    expect(detail).to_be_hidden()
    assert "open" not in url_params(page)


def test_clicking_a_point_on_the_map_opens_its_event(site, page):
    events = api(site, "events", limit=5000)["data"]
    page.goto(site)
    expect(page.locator("#map .pt").first).to_be_visible()
    point = page.locator("#map .pt").first
    name = point.get_attribute("title")
    point.click()
    expect(page.locator("#detail")).to_be_visible()
    opened = url_params(page)["open"].removeprefix("event:")
    event = next(e for e in events if e["id"] == opened)
    assert event["location"]["name"] in name
    expect(page.locator("#detail h2")).to_contain_text(page.locator(f'#list li[data-key="event:{opened}"] .what').inner_text())
    expect(page.locator(f'#list li[data-key="event:{opened}"]')).to_have_attribute("aria-selected", "true")


def test_incident_view_lists_every_source_with_its_toll(site, page):
    incidents = api(site, "incidents", limit=5000)["data"]
    shared = max(incidents, key=lambda i: (i["reports"], i["id"]))
    assert shared["reports"] >= 2, "two test articles report the same air strike"
    page.goto(site + "?view=incidents")
    expect(page.locator("#status")).to_contain_text(f"{len(incidents)} incidents")
    expect(rows(page)).to_have_count(len(incidents))
    page.click(f'#list li[data-key="incident:{shared["id"]}"]')
    table = page.locator("#detail table.sources tbody tr.source-row")
    expect(table).to_have_count(len(shared["sources"]))
    for row, source in zip(table.all(), shared["sources"], strict=True):
        expect(row.locator("td").nth(0)).to_have_text(source["outlet"])
        expect(row.locator("td.num")).to_have_text("—" if source["fatalities"] is None else str(source["fatalities"]))
    table.nth(0).locator("a").click()  # a source opens its report with its evidence
    expect(page).to_have_url(re.compile(rf"open=event:{shared['sources'][0]['event_id']}"))
    expect(page.locator("#detail .article-text mark").first).to_be_visible()


def test_keyboard_moves_through_the_list_and_opens_an_item(site, page):
    page.goto(site)
    expect(rows(page).nth(1)).to_be_visible()
    page.locator("#list").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = rows(page).nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(rows(page).nth(0)).not_to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(f"open={second.get_attribute('data-key')}")))
    page.keyboard.press("Escape")
    expect(page.locator("#detail")).to_be_hidden()
    page.keyboard.press("/")
    expect(page.locator("#f-q")).to_be_focused()


STRICT_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
              "connect-src 'self'; object-src 'none'; base-uri 'none'")


def test_the_page_needs_no_inline_script_or_style(site, page):
    """Under a CSP stricter than the server's (no 'unsafe-inline', no data: images), loading,
    filtering and opening an event raise no policy violation."""
    def strict(route):
        response = route.fetch()
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-security-policy"}
        route.fulfill(response=response, headers={**headers, "content-security-policy": STRICT_CSP})

    page.route(re.compile(r"^http://127\.0\.0\.1:\d+/"), strict)
    page.add_init_script("window.__violations = [];"
                         "document.addEventListener('securitypolicyviolation',"
                         " (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")
    event = _richest_event(site)
    page.goto(site + f"?open=event:{event['id']}")
    expect(page.locator("#detail .article-text mark").first).to_be_visible()
    expect(page.locator("#map .pt, #map .cluster").first).to_be_visible()
    page.select_option("#f-type", event["event_type"])
    expect(rows(page).first).to_be_visible()
    page.locator("#map .leaflet-control-zoom-in").click()
    assert page.evaluate("window.__violations") == []


def test_a_bad_filter_in_a_shared_link_shows_the_servers_one_line_error(site, page):
    page.goto(site + "?conf=7&open=event:e-no-such-event")
    status = page.locator("#status")
    expect(status).to_have_class(re.compile(r"\berror\b"))
    expect(status).to_contain_text("min_confidence")
    expect(page.locator("#detail .error")).to_contain_text("event:e-no-such-event")
    page.fill("#f-conf", "")
    page.click("#filters button[type=submit]")
    expect(status).not_to_have_class(re.compile(r"\berror\b"))
    expect(rows(page).first).to_be_visible()
