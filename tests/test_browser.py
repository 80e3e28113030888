"""The page in a real browser: Debian's Chromium, headless, driven by Playwright, against the
real waitress server on a free loopback port.

The seed article is pasted and verified; the highlights, labels and cards must show, the filter
must work, the page must be keyboard-usable and fit a phone.  Hostile text must not execute.
The page also works with JavaScript switched off.

The claims come from the real pipeline on the bundled reference when it finds any in the seed
article; otherwise from a stand-in verifier (so the page is still tested while the pipeline is
unfinished).  The screenshots are saved under each test's tmp_path.
"""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from interface_helpers import SEED, fake_verify_many, make_reference
from reference_db.store import Reference, ReferenceUnavailable
from verifier.interfaces.web import create_app
from verifier.service import Verifier

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SEED_DATE = date(2018, 5, 31)


class StandInVerifier(Verifier):
    """The real Verifier's reference, a stand-in pipeline (one claim per sentence)."""

    verify_many = fake_verify_many


def _verifier(tmp_path: Path) -> Verifier:
    try:
        from verifier.interfaces.reference import open_verifier

        real = open_verifier(None)
        if real.verify(SEED.read_text(encoding="utf-8"), as_of=SEED_DATE)["claims"]:
            return real
    except ReferenceUnavailable:
        pass
    return StandInVerifier(Reference(make_reference(tmp_path / "reference.db")))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    from waitress.server import create_server

    app = create_app(verifier=_verifier(tmp_path_factory.mktemp("ref")))
    srv = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _submit(page, server: str, text: str, as_of: str | None = None) -> None:
    page.goto(server + "/")
    page.fill("#text", text)
    if as_of:
        page.fill("#as_of", as_of)
    page.click("button[type=submit]")
    page.wait_for_selector("#result")


def test_seed_article_is_highlighted_and_carded(browser, server, tmp_path):
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _submit(page, server, SEED.read_text(encoding="utf-8"), "2018-05-31")
    marks, cards = page.locator("mark.hl"), page.locator(".card")
    n = cards.count()
    assert n > 0 and marks.count() >= 1
    assert page.locator(".tag").count() == n  # one text label per claim, beside its colour
    for i in range(n):
        card = cards.nth(i)
        verdict = card.get_attribute("data-verdict")
        assert verdict in {"SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"}
        assert card.locator(".badge").inner_text().strip()
        assert card.locator(".explanation").inner_text().strip()
        if verdict != "NOT_ENOUGH_INFO":
            assert card.locator("table tbody tr").count() >= 1
    assert page.evaluate("document.fonts.check('16px \"Noto Sans Devanagari\"', 'नूरपुर')")
    assert page.locator(".doc").get_attribute("lang") == "hi"
    # the filter (JavaScript enhancement) hides the unchecked verdict's cards
    shown = [cards.nth(i).get_attribute("data-verdict") for i in range(n)]
    verdict = shown[0]
    page.locator(f"#filters input[value={verdict}]").uncheck()
    assert all(cards.nth(i).is_hidden() == (shown[i] == verdict) for i in range(n))
    page.locator(f"#filters input[value={verdict}]").check()
    assert cards.nth(0).is_visible()
    page.screenshot(path=str(tmp_path / "seed.png"), full_page=True)
    assert not errors, errors  # e.g. CSP violations from inline code


def test_keyboard_only_submission(browser, server):
    page = browser.new_page()
    page.goto(server + "/")
    page.focus("#text")
    page.keyboard.type("SP won Noorpur in 2018. BJP lost.")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_selector("#result")
    assert page.locator("#result h2").inner_text()


def test_fits_a_phone_screen(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    _submit(page, server, SEED.read_text(encoding="utf-8"), "2018-05-31")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


def test_works_with_javascript_off(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    _submit(page, server, SEED.read_text(encoding="utf-8"), "2018-05-31")
    assert page.locator(".card").count() >= 1
    assert page.locator("#filters").is_hidden()  # the enhancement stays out of the way
    context.close()


def test_hostile_text_does_not_execute(browser, server, tmp_path):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = ('SP won Noorpur <script>window.pwned = 1; alert("xss")</script>. '
               '"><img src=x onerror="window.pwned=2;alert(2)"> BJP lost. '
               "'><svg onload=alert(3)> </textarea><script>alert(4)</script>. "
               "<a href=\"javascript:alert(5)\">link</a>.")
    _submit(page, server, hostile)
    page.wait_for_timeout(300)
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    assert page.locator(".doc img, .doc svg, .doc script, .card img, .card script").count() == 0
    assert 'alert("xss")</script>' in page.locator(".doc").inner_text()
    assert page.locator("#text").input_value() == hostile  # re-shown in the box as text
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
