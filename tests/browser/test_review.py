"""Reviewing in the browser with a token: the review is stored by the server (not the page),
shows after a reload, and a wrong token is refused with the server's message."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .harness import TOKEN, TOKEN_NAME
from .test_page import _richest_event, api

pytestmark = pytest.mark.browser


def set_token(page, token: str) -> None:
    page.click("#token-button")
    page.fill("#token-input", token)
    page.click("#token-save")


def test_accept_and_correct_persist_across_a_reload(writable_site, page):
    event = _richest_event(writable_site)
    machine = event["fatalities"]["best"]
    page.goto(writable_site + f"?open=event:{event['id']}")
    review = page.locator("#detail .review")
    expect(review.locator(".review-status")).to_contain_text("unreviewed")
    expect(review.locator("button.accept")).to_have_count(0)
    set_token(page, TOKEN)
    expect(page.locator("#token-button")).to_have_text(re.compile("Reviewing"))
    review.locator("button.accept").click()
    expect(review.locator(".review-status")).to_contain_text("accepted")
    corrected = (machine or 0) + 2
    review.locator("select[name=field]").select_option("fatalities")
    review.locator("input[name=best]").fill(str(corrected))
    review.locator("form.correct button[type=submit]").first.click()
    expect(review.locator(".review-status")).to_contain_text("corrected")

    page.reload()
    killed = page.locator("#detail tr.field[data-field=fatalities]")
    expect(killed.locator(".corrected")).to_have_text(str(corrected))
    expect(killed.locator(".machine")).to_have_text("—" if machine is None else re.compile(rf"^{machine}\b"))
    records = page.locator("#detail .reviews li")
    expect(records).to_have_count(2)
    expect(records.nth(0)).to_contain_text(f"{TOKEN_NAME}: accept")
    expect(records.nth(1)).to_contain_text(f"fatalities: {'—' if machine is None else machine} → {corrected}")
    expect(page.locator("#detail .review button.accept")).to_be_visible()  # the token stays for the tab

    stored = api(writable_site, f"events/{event['id']}")
    assert stored["review"]["status"] == "corrected"
    assert stored["review"]["corrected"]["fatalities"]["best"] == corrected
    assert stored["fatalities"]["best"] == machine  # the machine's value is kept
    assert [r["reviewer"] for r in stored["review"]["records"]] == [TOKEN_NAME, TOKEN_NAME]


def test_a_wrong_token_is_refused_and_nothing_is_stored(writable_site, page):
    event = _richest_event(writable_site)
    page.goto(writable_site + f"?open=event:{event['id']}")
    set_token(page, "not-the-token-of-this-server")
    page.locator("#detail .review button.reject").click()
    expect(page.locator("#detail .review-message")).to_contain_text("not saved:")
    expect(page.locator("#detail .review-message")).to_have_class(re.compile("error"))
    assert api(writable_site, f"events/{event['id']}")["review"]["status"] == "unreviewed"
