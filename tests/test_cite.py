"""Citations (generator/cite.py through the render stage and the plugin): the "Kutip" block, the metadata in an
article page's head that reference managers read, and data/articles.bib and data/articles.csl.json, read back by
libraries that read those formats (bibtexparser, citeproc-py)."""

import datetime as dt
import json
import re
from html.parser import HTMLParser

import bibtexparser
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from conftest import arsip, make_project
from generator.cite import bibtex_entry, citation_text, csl_item, head_tags
from generator.model import Article

HOSTILE = 'Harga {Cabai} Naik 50% & "Pedas"} @misc{x, title={y}} \\end <script>alert(1)</script>'


def article(**changes) -> Article:
    values = dict(
        source_path="berita.csv#000002", content_hash="0" * 64, title="Banjir Rendam Tiga Kecamatan di Bekasi",
        title_found=True, published=dt.datetime(2025, 2, 3, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        date_source="record", outlet="Warta Contoh", section=None, agencies=(), dateline="BEKASI",
        lede="Hujan deras membuat tiga kecamatan terendam.", language="id", words=57, reading_minutes=1, page=None,
        paragraphs=("Hujan deras membuat tiga kecamatan terendam.",), further_reading=(), removed_lines=0,
        source_url="https://warta.example.id/berita/banjir-bekasi", author="Rina Wulandari dan Budi Santoso",
        captured=dt.datetime(2025, 2, 4, 1, 2, 3, tzinfo=dt.timezone.utc), origin="berita.csv, baris 2")
    values.update(changes)
    return Article(**values)


def test_the_ready_citation_names_author_title_outlet_date_address_and_capture():
    assert citation_text(article()) == (
        "Rina Wulandari dan Budi Santoso. “Banjir Rendam Tiga Kecamatan di Bekasi”. Warta Contoh, 3 Februari 2025. "
        "https://warta.example.id/berita/banjir-bekasi (diarsipkan 4 Februari 2025).")
    # a text seed with no address is cited with its page in the archive, when the site's address is known
    plain = article(author=None, source_url=None, captured=None, published=None)
    assert citation_text(plain, "https://arsip.example.org/articles/x/") == (
        "“Banjir Rendam Tiga Kecamatan di Bekasi”. Warta Contoh, tanpa tanggal. "
        "Dalam arsip: https://arsip.example.org/articles/x/.")


def test_bibtex_survives_a_hostile_title_and_reads_back():
    entries = bibtex_entry(article(), "banjir") + "\n" + bibtex_entry(article(title=HOSTILE, author="A {B}"), "x")
    database = bibtexparser.loads(entries)
    assert [e["ID"] for e in database.entries] == ["banjir", "x"]  # the hostile title opened no entry of its own
    first, second = database.entries
    assert first["ENTRYTYPE"] == "misc" and first["howpublished"] == "Warta Contoh" and first["author"] == "{Rina Wulandari} and {Budi Santoso}"
    assert (first["date"], first["urldate"]) == ("2025-02-03", "2025-02-04")
    assert first["url"] == "https://warta.example.id/berita/banjir-bekasi"
    assert second["title"] == ("Harga \\textbraceleft{}Cabai\\textbraceright{} Naik 50\\% \\& \"Pedas\"\\textbraceright{} "
                               "@misc\\textbraceleft{}x, title=\\textbraceleft{}y\\textbraceright{}\\textbraceright{} "
                               "\\textbackslash{}end <script>alert(1)</script>")


def _bibliography(items: list[dict]) -> list[str]:
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def test_csl_json_is_read_by_a_citation_processor():
    items = [csl_item(article(), "banjir"), csl_item(article(title=HOSTILE, author=None, captured=None), "x")]
    assert items[0]["type"] == "article-newspaper" and items[0]["issued"] == {"date-parts": [[2025, 2, 3]]}
    rendered = _bibliography(json.loads(json.dumps(items)))
    assert any("Banjir Rendam Tiga Kecamatan di Bekasi" in r and "Warta Contoh" in r for r in rendered)
    assert any("Pedas" in r for r in rendered)


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("name") or attributes.get("property", "")).startswith(
                ("citation_", "og:", "article:")):
            self.meta.append((attributes.get("name") or attributes["property"], attributes.get("content")))
        self._in_json_ld = tag == "script" and attributes.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(data)

    def handle_endtag(self, tag):
        self._in_json_ld = False


@pytest.fixture(scope="module")
def cited_site(tmp_path_factory):
    import csv

    project = make_project(tmp_path_factory.mktemp("cite") / "project")
    with (project / "seeds" / "ekspor.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "url", "date", "author", "text"])
        writer.writerow([HOSTILE, "https://warta.example.id/cabai?utm_source=x", "2025-02-03T08:15:00+07:00",
                         "Rina Wulandari",
                         "JAKARTA - Harga cabai rawit di pasar induk naik setengahnya dalam sepekan karena hujan "
                         "membuat panen di sentra produksi terlambat dua minggu.\n"
                         "Pedagang memperkirakan harga baru turun setelah panen raya bulan depan."])
    arsip("build", cwd=project)
    return project


def test_an_article_page_carries_the_metadata_reference_managers_read(cited_site):
    site = cited_site / "site"
    page = next(p for p in (site / "articles").rglob("index.html") if "harga-cabai" in str(p))
    text = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text  # the hostile title is text everywhere, head included
    head = _Head()
    head.feed(text[:text.index("</head>")])
    meta = dict(head.meta)
    assert meta["citation_title"] == HOSTILE and meta["og:title"] == HOSTILE
    assert meta["citation_author"] == "Rina Wulandari"
    assert meta["citation_publication_date"] == "2025/02/03" and meta["article:published_time"].startswith("2025-02-03T08:15")
    assert meta["citation_public_url"] == "https://warta.example.id/cabai?utm_source=x"
    assert meta["og:type"] == "article"
    (json_ld,) = head.json_ld
    news = json.loads(json_ld)
    assert news["@type"] == "NewsArticle" and news["headline"] == HOSTILE
    assert news["author"] == [{"@type": "Person", "name": "Rina Wulandari"}]
    assert news["datePublished"] == meta["article:published_time"]
    # the page shows the same: its <h1>, and the "Kutip" block with a web-archive link
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", h1).replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace(
        "&gt;", ">").replace("&#39;", "'").strip().startswith("Harga {Cabai}")
    kutip = text[text.index('id="kutip"'):]
    assert "https://web.archive.org/web/*/https://warta.example.id/cabai?utm_source=x" in kutip
    assert "Rina Wulandari." in kutip and "3 Februari 2025" in kutip
    # a text seed's page has the tags too, without an author or an address
    seed_page = next(p for p in (site / "articles").rglob("index.html")
                     if "harga-cabai" not in str(p) and not p.parent.name.isdigit() and "kim-jong-un" in str(p))
    seed_head = _Head()
    seed_text = seed_page.read_text(encoding="utf-8")
    seed_head.feed(seed_text[:seed_text.index("</head>")])
    names = [name for name, _ in seed_head.meta]
    assert "citation_title" in names and "citation_author" not in names and "citation_public_url" not in names


def test_the_archive_wide_bibtex_and_csl_json_hold_every_article(cited_site):
    data = cited_site / "site" / "data"
    articles = json.loads((data / "articles.json").read_text(encoding="utf-8"))["articles"]
    database = bibtexparser.loads((data / "articles.bib").read_text(encoding="utf-8"))
    assert sorted(e["ID"] for e in database.entries) == sorted(a["id"] for a in articles)
    items = json.loads((data / "articles.csl.json").read_text(encoding="utf-8"))
    assert sorted(i["id"] for i in items) == sorted(a["id"] for a in articles)
    rendered = _bibliography(items)
    assert len(rendered) == len(articles)


def test_head_tags_of_a_page_without_a_title_are_none():
    assert head_tags({"kind": "person"}) == ""
