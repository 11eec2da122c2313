"""What a reader sees: headless Chromium (Debian's) driven by Playwright, against the site served on
127.0.0.1 under a sub-path. Every request the browser makes must stay on that server."""

from __future__ import annotations

import re

import pytest
from conftest import ARTIFACTS
from playwright.sync_api import expect


@pytest.fixture
def page(browser, served_site):
    _, base = served_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.base = base
    yield tab
    context.close()
    foreign = [u for u in requests if not u.startswith(base) and not u.startswith(("data:", "blob:"))]
    assert foreign == [], f"requests outside the archive: {foreign}"


def search(page, query: str) -> list[str]:
    """Open the header search with its keyboard shortcut and type the query, as a reader does; return the
    titles of the results."""
    page.goto(page.base)
    page.wait_for_load_state("networkidle")  # the search index is loaded
    page.keyboard.press("/")
    page.keyboard.type(query, delay=20)
    expect(page.locator(".md-search-result__meta")).to_contain_text("ditemukan", timeout=20_000)
    page.wait_for_timeout(300)  # the result list is filled in a few steps
    return [t.strip() for t in page.locator(".md-search-result__item h1").all_inner_texts()]


def test_search_for_shoigu_shows_his_page_and_his_articles(page):
    titles = search(page, "Shoigu")
    assert titles[0] == "Sergei Shoigu"  # the actor page first
    assert any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)
    assert any(t.startswith("Benarkah Putin-Kim Jong Un") for t in titles)


def test_search_for_an_indonesian_word_finds_the_article(page):
    titles = search(page, "amunisi")
    assert any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)


@pytest.mark.parametrize("query, wanted", [("Jong-un", "Kim Jong Un"), ("Jong Un", "Kim Jong Un"),
                                           ("Korut", "North Korea")])
def test_search_for_a_spelling_or_alias_finds_the_actor(page, query, wanted):
    titles = search(page, query)
    # lunr ORs the terms and completes the last one, so "un*" also ranks United Kingdom/Nations/States
    # (title matches); the actor is still on the first screen of results. Pagefind is to replace this.
    assert wanted in titles[:5]


def test_from_an_article_to_an_actor_and_on_to_another_article(page):
    page.goto(page.base + "articles/2023/09/kim-jong-un-tiba-di-rusia-di-tengah-peringatan-as-untuk-tidak-jual-senjata/")
    text = page.locator("article.md-content__inner p", has_text="Menteri Pertahanan Rusia")
    text.locator("a", has_text="Sergei Shoigu").click()  # the link in the article's own text
    page.wait_for_url(re.compile(r".*/actors/sergei-shoigu/$"))
    expect(page.locator("article h1")).to_have_text(re.compile(r"^Sergei Shoigu"))
    page.locator("article.md-content__inner li a", has_text="berjabat tangan saat KTT").first.click()
    page.wait_for_url(re.compile(r".*/articles/undated/kim-jong-un-dan-vladimir-putin-berjabat-tangan.*/$"))
    expect(page.locator("article h1")).to_have_text(re.compile(r"^Kim Jong Un dan Vladimir Putin berjabat tangan"))


def test_dark_and_light_toggle(page):
    page.goto(page.base)
    scheme = lambda: page.locator("body").get_attribute("data-md-color-scheme")  # noqa: E731
    assert scheme() == "default"
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    assert scheme() == "slate"
    page.locator("label[for='__palette_0']").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")


def test_screenshots_of_the_home_and_an_actor_page(page):
    ARTIFACTS.mkdir(exist_ok=True)
    for path, name in (("", "home"), ("actors/vladimir-putin/", "actor-vladimir-putin")):
        page.goto(page.base + path)
        page.wait_for_load_state("networkidle")
        target = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 20_000


def test_search_has_no_indonesian_stemming_as_the_readme_says(page):
    """lunr has no Indonesian stemmer: "persenjataan" does not find an article that only says "senjata"."""
    titles = search(page, "persenjataan")
    assert any(t.startswith("7 Fakta Kedatangan Putin") for t in titles)  # says "persenjataan" itself
    assert not any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)  # says only "senjata"
