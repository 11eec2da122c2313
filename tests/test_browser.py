"""What a reader sees: headless Chromium (Debian's) driven by Playwright, against the site served on
127.0.0.1 under a sub-path. Every request the browser makes must stay on that server."""

from __future__ import annotations

import re

import pytest
from conftest import ARTIFACTS, archive_tab, articles_newest_first, search_titles
from playwright.sync_api import expect


@pytest.fixture
def page(browser, served_site):
    with archive_tab(browser, served_site[1]) as tab:
        yield tab


def test_search_for_shoigu_shows_his_page_and_his_articles(page):
    titles = search_titles(page, "Shoigu")
    assert titles[0] == "Sergei Shoigu"  # the actor page first
    assert any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)
    assert any(t.startswith("Benarkah Putin-Kim Jong Un") for t in titles)


def test_search_for_an_indonesian_word_finds_the_article(page):
    titles = search_titles(page, "amunisi")
    assert any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)


@pytest.mark.parametrize("query, wanted", [("Jong-un", "Kim Jong Un"), ("Kim Jong Un", "Kim Jong Un"),
                                           ("Korut", "Korea Utara"), ("DPRK", "Korea Utara"),
                                           ("North Korea", "Korea Utara")])
def test_a_name_or_alias_finds_the_actor_page_first(page, query, wanted):
    assert search_titles(page, query)[0] == wanted


def test_search_stems_indonesian(page):
    """Pagefind's Snowball stemmer for Indonesian: "persenjataan" finds an article that says only "senjata"."""
    titles = search_titles(page, "persenjataan")
    assert any(t.startswith("7 Fakta Kedatangan Putin") for t in titles)  # says "persenjataan" itself
    assert any(t.startswith("Kim Jong-un Tiba di Rusia") for t in titles)  # says only "senjata"


def test_search_filters_by_outlet_with_counts(page):
    search_titles(page, "senjata")
    outlet = page.locator("select[data-filter=media]")
    expect(outlet.locator("option", has_text="SINDOnews (2)")).to_have_count(1)  # facets follow the results
    outlet.select_option("SINDOnews")
    expect(page.locator(".md-search-result__meta")).to_contain_text("2 dokumen ditemukan")
    expect(page.locator(".md-search-result__item .arsip-search__about")).to_have_count(2)
    abouts = page.locator(".md-search-result__item .arsip-search__about").all_inner_texts()
    assert len(abouts) == 2 and all("SINDOnews" in about for about in abouts), abouts


def test_search_filters_by_kind_and_sorts_by_date(page):
    search_titles(page, "Putin")
    expect(page.locator("select[data-filter=jenis] option", has_text="artikel")).to_have_count(1)
    _, abouts = articles_newest_first(page)
    assert abouts and all(about.startswith("artikel") for about in abouts), abouts
    days = [about.rsplit("· ", 1)[1] for about in abouts]
    assert days == sorted(days, reverse=True), days  # undated articles have no date to sort by: left out


def test_a_result_opens_its_page_with_the_words_highlighted(page):
    search_titles(page, "Shoigu")
    page.keyboard.press("Enter")  # the first result
    page.wait_for_url(re.compile(r".*/actors/sergei-shoigu/\?cari=shoigu$", re.I))
    expect(page.locator("article mark").first).to_have_text("Shoigu", timeout=10_000)


def test_without_javascript_the_site_navigates_and_shows_no_search(browser, served_site):
    _, base = served_site
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(base)
        expect(tab.locator("label.md-header__button[for=__search]")).to_be_hidden()
        tab.locator("nav.md-nav--primary a.md-nav__link", has_text=re.compile(r"^\s*Aktor\s*$")).first.click()
        tab.wait_for_url(re.compile(r".*/actors/$"))
        tab.locator("article a", has_text="Sergei Shoigu").first.click()
        expect(tab.locator("article h1")).to_have_text(re.compile(r"^Sergei Shoigu"))
    finally:
        context.close()


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
