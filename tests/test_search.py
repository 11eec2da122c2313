"""The archive's search: Pagefind's index, built by the arsip plugin after MkDocs, answering Material's header
search box. What is indexed is decided by the page templates (data-pagefind-body, filters, metadata)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import archive_tab, articles_newest_first, make_project, search_titles
import material

from generator.mkdocs_plugin import THEME_DIR

SHOIGU_ARTICLE = "articles/2023/09/kim-jong-un-tiba-di-rusia-di-tengah-peringatan-as-untuk-tidak-jual-senjata/index.html"


class SearchMarks(HTMLParser):
    """The text inside data-pagefind-body elements (minus data-pagefind-ignore) and the filters and metadata."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, bool, bool, str | None]] = []  # tag, in body, ignored, filter/meta name
        self.indexed: list[str] = []
        self.filters: dict[str, list[str]] = {}
        self.meta: dict[str, str] = {}
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        in_body, ignored, _ = self.stack[-1][1:] if self.stack else (False, False, None)
        mark = None
        if "data-pagefind-filter" in attrs:
            mark = "filter:" + attrs["data-pagefind-filter"]
        elif "data-pagefind-meta" in attrs:
            mark = "meta:" + attrs["data-pagefind-meta"]
        if tag in ("meta", "link", "br", "img", "input", "hr"):
            return
        self.stack.append((tag, in_body or "data-pagefind-body" in attrs,
                           ignored or "data-pagefind-ignore" in attrs or "headerlink" in attrs.get("class", ""), mark))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.stack:
            return
        _, in_body, ignored, mark = self.stack[-1]
        if mark and mark.startswith("filter:"):
            self.filters.setdefault(mark[7:], []).append(data)
        elif mark and mark.startswith("meta:"):
            self.meta[mark[5:]] = data
        elif in_body and not ignored:
            self.indexed.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.indexed).split())


def marks(path: Path) -> SearchMarks:
    parser = SearchMarks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_the_header_is_materials_own_plus_the_pagefind_branch():
    """generator/theme/partials/header.html overrides Material's; it must not drift from it."""
    materials = (Path(material.__file__).parent / "templates" / "partials" / "header.html").read_text()
    ours = (THEME_DIR / "partials" / "header.html").read_text()
    strip_comment = lambda s: re.sub(r"^\{#-.*?-#\}\n", "", s, flags=re.S)  # noqa: E731
    branch = re.search(r'\n    \{% elif "arsip" in config\.plugins.*?(?=\n    \{% endif %\})', ours, re.S).group(0)
    assert strip_comment(ours).replace(branch, "") == strip_comment(materials)


def test_an_article_page_indexes_its_title_and_text_only(built_site):
    page = marks(built_site / "site" / SHOIGU_ARTICLE)
    assert page.text.startswith("Kim Jong-un Tiba di Rusia di Tengah Peringatan AS")
    assert "Menteri Pertahanan Rusia Sergei Shoigu" in page.text  # the article's own text
    for navigation in ("Artikel terkait", "Ditautkan dari", "Cerita yang sama", "Berkas sumber", "Terbit:",
                       "¶", "Beranda", "Linimasa"):
        assert navigation not in page.text, navigation
    assert page.filters["jenis"] == ["artikel"]
    assert page.filters["media"] == ["SINDOnews"]
    assert page.filters["tahun"] == ["2023"]
    assert {"Kim Jong Un", "Sergei Shoigu", "Rusia"} <= set(page.filters["aktor"])
    assert page.meta["title"].startswith("Kim Jong-un Tiba di Rusia")
    assert page.meta["rincian"] == "SINDOnews · 2023-09-12"
    assert page.lang == "id"


def test_an_actor_page_indexes_its_names_not_its_article_list(built_site):
    page = marks(built_site / "site" / "actors" / "korea-utara" / "index.html")
    assert page.text.startswith("Korea Utara")
    assert "Korut" in page.text and "DPRK" in page.text  # aliases, seen or from the registry
    assert "Kim Jong-un Tiba" not in page.text  # its list of articles is navigation
    assert page.filters == {"jenis": ["aktor"], "aktor": ["Korea Utara"]}


def test_index_pages_are_not_searched(built_site):
    for path in ("index.html", "actors/index.html", "timeline/index.html", "outlets/sindonews/index.html"):
        assert marks(built_site / "site" / path).text == "", path


def test_one_index_pagefind_with_every_article_and_actor(built_site):
    site = built_site / "site"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    articles = len([p for p in (site / "articles").rglob("index.html") if marks(p).filters.get("jenis") == ["artikel"]])
    actors = len([p for p in (site / "actors").rglob("index.html") if marks(p).filters.get("jenis") == ["aktor"]])
    assert (articles, actors) == (5, 42)
    assert entry["languages"]["id"]["page_count"] == articles + actors
    assert not (site / "search").exists()  # no lunr index beside it
    html = (site / "index.html").read_text()
    assert 'form class="md-search__form" name="arsip-search"' in html
    assert 'data-md-component="search"' not in html  # Material's own search script stays idle


def test_materials_search_plugin_beside_pagefind_is_refused(tmp_path):
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - search\n", 1))
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode != 0
    assert "remove the `search` plugin" in result.stderr + result.stdout


def test_an_english_article_is_indexed_as_english(served_mixed_site):
    project, _ = served_mixed_site
    site = project / "site"
    english = [p for p in (site / "articles").rglob("index.html") if marks(p).lang == "en"]
    assert len(english) == 1 and "inspects weapons factories" in marks(english[0]).text
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 1


# --------------------------------------------------------------------------- in the browser
@pytest.fixture
def mixed_page(browser, served_mixed_site):
    with archive_tab(browser, served_mixed_site[1]) as tab:
        yield tab


def test_kerja_sama_finds_bekerja_sama(mixed_page):
    assert "Pelabuhan Rajin Jadi Jalur Baru Pengiriman Barang dari Korea Utara" in search_titles(mixed_page, "kerja sama")


def test_sorted_by_date_articles_in_two_languages_are_one_list_in_date_order(mixed_page):
    """Pagefind lists the results of merged indexes (here the English one) after the page language's own; the
    search box merges them by date."""
    search_titles(mixed_page, "Kim")
    titles, abouts = articles_newest_first(mixed_page)
    assert "Kim Jong Un inspects weapons factories as Russia ties deepen" in titles
    days = [about.rsplit("· ", 1)[1] for about in abouts]
    assert len(days) >= 4 and days == sorted(days, reverse=True), days


def test_a_site_indexed_in_parts_answers_as_one_index(browser, tmp_path, served_mixed_site):
    """Issue #15: Pagefind holds every page it indexes in memory (2 GB at 10,000 articles), so a site larger than
    `pagefind_shard_size` is indexed in parts; the header search asks them all and answers as the whole index
    does: the same results, the same facet counts, one list in date order."""
    import shutil

    from conftest import SEARCH_FIXTURES, _serve

    project = make_project(tmp_path / "project")
    for article in SEARCH_FIXTURES.glob("*.txt"):
        shutil.copy(article, project / "seeds" / article.name)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      seeds_dir: seeds\n",
                                                 "      seeds_dir: seeds\n      pagefind_shard_size: 12\n", 1))
    serving = _serve(project)
    base = next(serving)
    try:
        shards = json.loads((project / "site" / "pagefind" / "arsip-shards.json").read_text())["shards"]
        assert len(shards) >= 2 and all((project / "site" / "pagefind" / s["path"] / "pagefind.js").is_file()
                                        for s in shards)
        meta = ".md-search-result__meta"
        with archive_tab(browser, base) as parted, archive_tab(browser, served_mixed_site[1]) as whole:
            for query in ("Shoigu", "weapon", "kerja sama", "Kim"):
                found, expected = search_titles(parted, query), search_titles(whole, query)
                assert parted.locator(meta).inner_text() == whole.locator(meta).inner_text(), query  # "N ditemukan"
                if len(expected) < 10:  # every result on the first screen: the same pages
                    assert sorted(found) == sorted(expected), query
            for tab in (parted, whole):
                search_titles(tab, "Kim")
                tab.wait_for_timeout(800)  # the facets' counts come after the first results
            options = "select[data-filter=jenis] option"
            assert parted.locator(options).all_inner_texts() == whole.locator(options).all_inner_texts()
            _, abouts = articles_newest_first(parted)
            days = [about.rsplit("· ", 1)[1] for about in abouts]
            assert len(days) >= 4 and days == sorted(days, reverse=True), days
    finally:
        next(serving, None)


@pytest.mark.parametrize("query", ["inspection", "weapon"])
def test_an_indonesian_page_finds_an_english_article_by_english_stem(mixed_page, query):
    assert "Kim Jong Un inspects weapons factories as Russia ties deepen" in search_titles(mixed_page, query)


def test_while_serving_the_index_is_rebuilt_beside_the_old_one_and_then_takes_its_place(tmp_path, monkeypatch):
    """mkdocs serve with an index in the site: on_post_build returns before Pagefind is done (the edited page is
    served at once), the old index stays whole meanwhile, and the new one replaces it when it is complete."""
    import threading
    from types import SimpleNamespace

    from generator import mkdocs_plugin, search_index

    site = tmp_path / "site"
    (site / "pagefind").mkdir(parents=True)
    (site / "pagefind" / "pagefind.js").write_text("old", encoding="utf-8")
    release = threading.Event()

    def slow_index(site_dir: Path, output: Path) -> None:
        release.wait(10)
        output.mkdir()
        (output / "pagefind.js").write_text("new", encoding="utf-8")

    monkeypatch.setattr(search_index, "run_pagefind", slow_index)
    plugin = mkdocs_plugin.ArsipPlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=True)
    plugin.on_post_build(config=SimpleNamespace(site_dir=str(site)))
    assert (site / "pagefind" / "pagefind.js").read_text(encoding="utf-8") == "old"  # returned before indexing
    release.set()
    plugin._wait_for_index()
    assert (site / "pagefind" / "pagefind.js").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in site.iterdir()) == ["pagefind"]
    # a build that ships the site (arsip build, mkdocs build) indexes before it returns
    plugin.on_startup(command="build", dirty=False)
    release.clear()
    threading.Timer(0.2, release.set).start()
    plugin.on_post_build(config=SimpleNamespace(site_dir=str(site)))
    assert (site / "pagefind" / "pagefind.js").read_text(encoding="utf-8") == "new" and release.is_set()


def test_after_an_edit_the_changed_page_is_indexed_beside_the_full_index_and_found_once(browser, tmp_path):
    """Issue #15: a build that rebuilt only some pages indexes only those (pagefind/delta/); the search finds the
    edited text, and the edited page once, not its old text from the full index too. A page gone makes the next
    build index the whole site again, so the index never points to a missing page."""
    import os

    from conftest import _serve

    project = make_project(tmp_path / "project")
    serving = _serve(project)
    base = next(serving)
    try:
        site = project / "site"
        environment = {**os.environ, "ARSIP_SITE_URL": base}
        build = lambda: subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project,  # noqa: E731
                                       capture_output=True, text=True, timeout=300, env=environment, check=True)
        seeds = sorted((project / "seeds").glob("*.txt"))
        edited = next(s for s in seeds if "Kim Jong-un Tiba di Rusia" in s.read_text(encoding="utf-8"))
        lines = edited.read_text(encoding="utf-8").split("\n")
        longest = max(range(len(lines)), key=lambda k: len(lines[k]))
        lines[longest] += " Kalimat ini menyebut zamrudbiru."
        edited.write_text("\n".join(lines), encoding="utf-8")
        assert "only the pages that changed" in build().stderr
        note = json.loads((site / "pagefind" / "arsip-delta.json").read_text(encoding="utf-8"))
        assert note["languages"] == ["id"] and len(note["replaced"]) == 1
        assert (site / "pagefind" / "delta" / "pagefind.js").is_file()
        with archive_tab(browser, base) as tab:
            assert [t for t in search_titles(tab, "zamrudbiru") if t.startswith("Kim Jong-un Tiba")]
            shoigu = search_titles(tab, "Shoigu")
            assert len([t for t in shoigu if t.startswith("Kim Jong-un Tiba")]) == 1, shoigu
            # sorted by date, the page indexed apart takes its place among the others
            search_titles(tab, "Putin")
            _, abouts = articles_newest_first(tab)
            days = [about.rsplit("· ", 1)[1] for about in abouts]
            assert len(days) >= 3 and days == sorted(days, reverse=True), days

        next(s for s in seeds if s != edited).unlink()
        build()
        note = json.loads((site / "pagefind" / "arsip-delta.json").read_text(encoding="utf-8"))
        assert note == {"languages": [], "replaced": [], "added": []} and not (site / "pagefind" / "delta").exists()
        with archive_tab(browser, base) as tab:
            assert [t for t in search_titles(tab, "zamrudbiru") if t.startswith("Kim Jong-un Tiba")]
    finally:
        next(serving, None)
