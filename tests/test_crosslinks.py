"""Cross-links on the real build: mentions, further reading, stories, backlinks, feed, data, pictures."""

import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from conftest import parse_html
from test_build import article_pages, generated_pages, resolve

from generator.link import build_archive, match_further_reading, normalise_title
from generator.model import Cast, Mention
from generator.render import linked_paragraphs
from test_render import article

ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_article_page_has_related_and_story_sections(built_site):
    site = built_site / "site"
    pages = article_pages(built_site)
    for seed, html_path in pages.items():
        html = (site / html_path).read_text()
        assert 'id="artikel-terkait"' in html
    summit = (site / pages["000_ef2016a7aa0c4b2f.txt"]).read_text()
    assert 'id="cerita-yang-sama-di-media-lain"' in summit
    story = summit.split('id="cerita-yang-sama-di-media-lain"')[1].split("<h2")[0]
    assert "Channel9.id" in story and "Sindobatam" in story and "SINDOnews" not in story
    assert 'id="cerita-yang-sama-di-media-lain"' not in (site / pages["003_7523613562a37feb.txt"]).read_text()


def test_every_link_in_the_generated_markdown_resolves(built_site):
    docs = built_site / "site_src"
    broken = []
    for name, data in generated_pages(built_site).items():
        if not name.endswith(".md"):
            continue
        for target in re.findall(r"\]\(([^)\s]+\.md)(?:#[^)]*)?\)", data.decode()):
            if not ((docs / name).parent / target).resolve().is_file():
                broken.append(f"{name}: {target}")
    assert broken == []


def test_backlinks_name_the_articles_and_actors_that_link_here(built_site):
    site = built_site / "site"
    pages = article_pages(built_site)
    page = site / pages["003_7523613562a37feb.txt"]
    backlinks = page.read_text().split('id="ditautkan-dari"')[1]
    assert "Antony Blinken" in backlinks and "(aktor)" in backlinks
    # and the article linking here really does link here
    for other_seed in ("000_ef2016a7aa0c4b2f.txt",):
        other = site / pages[other_seed]
        targets = {resolve(site, other, url) for tag, url in parse_html(other).links if tag == "a"}
        if other_seed[:-4] in backlinks:
            assert page.resolve() in targets


def mention_article(paragraph, mentions):
    entry = build_archive([article(paragraphs=(paragraph,))]).entries[0]
    from dataclasses import replace

    return replace(entry, cast=Cast(mentions=tuple(Mention(a, 0, s, e, paragraph[s:e], "name") for a, s, e in mentions)))


class _Archive:
    def __init__(self, ids):
        from generator.model import Actor, ActorSummary

        self.actors = {i: ActorSummary(Actor(i, i, "person"), f"actors/{i}.md", (), 1, (), (), (), ()) for i in ids}


def test_first_mentions_are_linked_never_inside_a_quote_or_a_word():
    paragraph = "“Putin datang,” kata Kim. Putin-Kim bertemu; Putin tersenyum dan Kim juga."
    spans = [("putin", 1, 6), ("kim", 21, 24), ("putin", 26, 31), ("kim", 32, 35), ("putin", 45, 50), ("kim", 63, 66)]
    entry = mention_article(paragraph, spans)
    text = linked_paragraphs(entry, _Archive({"putin", "kim"}))[0]
    assert text.count("](") == 2
    assert "[Kim](../../../actors/kim.md). Putin-Kim" in text  # "Kim" after the quote, not inside "Putin-Kim"
    assert "; [Putin](../../../actors/putin.md) tersenyum" in text  # first Putin outside the quote and the word
    assert text.startswith("“Putin datang,”")


@pytest.mark.parametrize("promo, expected", [
    ("Kim Jong-un Tiba di Rusia di Tengah Peringatan AS untuk Tidak Jual Senjata", True),
    ("KIM JONG UN TIBA DI RUSIA DI TENGAH PERINGATAN AS UNTUK TIDAK JUAL SENJATA", True),
    ("Kim Jong-un Tiba di Rusia di Tengah Peringatan AS untuk Tidak Jaul Senjata", True),  # a typo
    ("Kim Jong-un Tiba di Rusia di Tengah Peringatan…", True),  # visibly cut short
    ("Kim Jong Un Tiba di China di Tengah Peringatan AS untuk Tidak Jual Senjata", False),  # another event
    ("Kim Jong-un Tiba di Rusia", False),  # a shorter, different headline
    ("Presiden Rusia Vladimir Putin Terima Undangan Kim Jong Un", False),
])
def test_further_reading_titles_match_archive_articles(promo, expected):
    entry = build_archive([article(title="Kim Jong-un Tiba di Rusia di Tengah Peringatan AS untuk Tidak Jual Senjata")]).entries[0]
    by_title = {normalise_title(entry.article.title): entry}
    assert (match_further_reading(promo, by_title, sorted(by_title)) is entry) is expected


def test_the_feed_parses_newest_first_and_every_page_links_it(built_site):
    site = built_site / "site"
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 5
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0].startswith("7 Fakta Kedatangan Putin")  # June 2024 first
    assert titles[-1].startswith("Kim Jong Un dan Vladimir Putin berjabat")  # undated last
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
        assert entry.find(f"{ATOM}updated").text
        href = entry.find(f"{ATOM}link").get("href")
        assert (site / href / "index.html").is_file()
    for page in site.rglob("*.html"):
        head = page.read_text().split("</head>")[0]
        found = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', head)
        assert found, f"{page} does not link the feed"
        if page.name != "404.html":
            assert (page.parent / found.group(1)).resolve() == (site / "feed.xml").resolve()


@pytest.mark.parametrize("name", ["articles", "actors"])
def test_research_data_validates_against_its_schema(built_site, name):
    data_dir = built_site / "site" / "data"
    data = json.loads((data_dir / f"{name}.json").read_text())
    schema = json.loads((data_dir / f"{name}.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert len(data[name]) == (5 if name == "articles" else len(list((built_site / "site_src" / "actors").glob("*.md"))) - 1)


def test_pictures_have_text_alternatives_and_no_external_references(built_site):
    site = built_site / "site"
    for page in ("actors/index.html", "actors/vladimir-putin/index.html", "timeline/index.html"):
        html = (site / page).read_text()
        svg = re.search(r"<svg class=\"arsip-chart\".*?</svg>", html, re.S)
        assert svg, f"no picture on {page}"
        assert "<title id=" in svg.group() and "<desc id=" in svg.group() and 'role="img"' in svg.group()
        assert "http" not in svg.group().replace("http://www.w3.org/2000/svg", "")
        for href in re.findall(r'<a href="([^"]+)"', svg.group()):
            assert ((site / page).parent / href / "index.html").resolve().is_file(), href


def test_timeline_outlets_and_home(built_site):
    site = built_site / "site"
    timeline = (site / "timeline" / "index.html").read_text()
    assert timeline.index("Agustus 2023") < timeline.index("September 2023") < timeline.index("Juni 2024")
    assert "Cerita:" in timeline
    outlets = (site / "outlets" / "index.html").read_text()
    assert "SINDOnews" in outlets and ">2<" in outlets
    home = (site / "index.html").read_text()
    for text in ("5 artikel", "4 media", "Aktor yang paling sering disebut", "Linimasa"):
        assert text in home


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def test_the_feed_follows_rfc_4287(built_site):
    """No offline Atom validator exists on PyPI: feedparser must read it as Atom 1.0 without complaint, and
    the specification's MUST rules are checked one by one."""
    import feedparser

    path = built_site / "site" / "feed.xml"
    parsed = feedparser.parse(path.read_bytes())
    assert parsed.version == "atom10" and not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 5

    feed = ET.parse(path).getroot()
    for required in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{required}")) == 1, required
    assert RFC3339.match(feed.find(f"{ATOM}updated").text)
    assert [l.get("rel") for l in feed.findall(f"{ATOM}link")].count("self") == 1
    ids = set()
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{required}")) == 1, required
        assert RFC3339.match(entry.find(f"{ATOM}updated").text)
        if entry.find(f"{ATOM}published") is not None:
            assert RFC3339.match(entry.find(f"{ATOM}published").text)
        assert entry.find(f"{ATOM}author/{ATOM}name").text  # no feed-level author, so every entry has one
        assert any(l.get("rel", "alternate") == "alternate" for l in entry.findall(f"{ATOM}link"))
        ids.add(entry.find(f"{ATOM}id").text)
    assert len(ids) == 5


def page_text(path) -> str:
    import html as html_module

    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", body)).split()).replace(" :", ":")


def test_an_undated_article_in_a_story_gets_an_estimate_never_a_publication_date(built_site):
    """Seed 004 prints no date; its story's other articles appeared on 12 and 13 September 2023."""
    site = built_site / "site"
    pages = article_pages(built_site)
    page = site / pages["004_ea22896dfd0a949b.txt"]
    assert "/undated/" in page.as_posix()  # still filed among the undated articles
    text = page_text(page)
    assert "Terbit: tanpa tanggal · perkiraan: sekitar 12–13 September 2023, dari cerita yang sama" in text
    assert "Ini perkiraan, bukan tanggal terbit" in text
    data = json.loads((site / "data" / "articles.json").read_text())
    record = next(a for a in data["articles"] if a["source_file"] == "004_ea22896dfd0a949b.txt")
    assert record["published"] is None and record["date_source"] == "story"
    assert record["estimated"] == {"from": "2023-09-12", "to": "2023-09-13"}
    dated = [a for a in data["articles"] if a["estimated"] is not None]
    assert [a["source_file"] for a in dated] == ["004_ea22896dfd0a949b.txt"]
    # the timeline shows it in September 2023, in date order, and again among the undated
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    september = timeline.split('id="2023-09"', 1)[1].split('id="2024-06"')[0]
    assert september.index("2023-09-12") < september.index("sekitar 12–13 September 2023") < september.index("2023-09-13")
    undated = timeline.split('id="tanpa-tanggal"')[-1]
    assert "sekitar 12–13 September 2023" in undated
    # the feed never gives it a publication date
    feed = ET.parse(site / "feed.xml").getroot()
    for item in feed.iter(f"{ATOM}entry"):
        if item.find(f"{ATOM}title").text.startswith("Kim Jong Un dan Vladimir Putin berjabat"):
            assert item.find(f"{ATOM}published") is None
