"""Render stage: templates produce valid pages, and article text can never become markup."""

import datetime as dt
import html as html_module
import re

import markdown
import pytest
import yaml

from generator.link import build_archive
from generator.model import Article
from generator.render import RenderOptions, md_inline, relative_link, render_archive

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//evil></iframe>",
    "[klik](javascript:alert(1))",
    "[text](http://evil.example)",
    "![img](x)",
    "# heading",
    "| a | b |",
    "---",
    "{{ config }}",
    "{% include 'x' %}",
    "{: .class }",
    "!!! note",
    "*emphasis* and __strong__",
    "&amp; &lt;b&gt; &#60;script&#62;",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "+ not a list",
    "2024. not a list either",
    "12) not a list",
    "a] (http://evil.example) and b](http://evil.example) c",
    "Wow![img](x) and text(http://evil.example)",
    "- - -",
    "    not code",
    "`not code`",
    "<http://autolink.example>",
    "Term\n: not a definition",
    "~~~",
    "Line  ",
]


def render_md(text: str) -> str:
    """Markdown to HTML with the extensions the site enables (mkdocs.yml)."""
    return markdown.markdown(text, extensions=["toc", "tables", "admonition", "attr_list", "md_in_html"])


def visible_text(html: str) -> str:
    inner = re.fullmatch(r"<p>(.*)</p>", html.strip(), re.S)
    assert inner, f"not a single plain paragraph: {html!r}"
    assert "<" not in inner.group(1).replace("&lt;", ""), f"markup in {html!r}"
    return html_module.unescape(inner.group(1))


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself_in_one_paragraph(text):
    html = render_md(md_inline(text))
    assert visible_text(html) == " ".join(text.split())


def test_escaping_keeps_ordinary_prose_readable():
    assert md_inline("Kim Jong Un tiba di Moskow") == "Kim Jong Un tiba di Moskow"


def article(title="Judul artikel yang cukup panjang", paragraphs=("Paragraf pertama artikel.",), **changes):
    values = dict(
        source_path="a.txt", content_hash="0" * 64, title=title, title_found=True,
        published=dt.datetime(2023, 9, 12, 14, 42, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        date_source="header", outlet="Contoh.com", section=None, agencies=(), dateline=None,
        lede=paragraphs[0], language="id", words=3, reading_minutes=1, page=None,
        paragraphs=tuple(paragraphs), further_reading=(), removed_lines=0,
    )
    values.update(changes)
    return Article(**values)


def front_matter(page: str) -> dict:
    assert page.startswith("---\n")
    return yaml.safe_load(page.split("---\n", 2)[1])


def test_front_matter_survives_hostile_titles():
    title = 'Dia berkata: "ya" # bukan komentar --- {{ x }}'
    pages = render_archive(build_archive([article(title=title, paragraphs=tuple(HOSTILE))]))
    page = next(v for k, v in pages.items() if k.startswith("articles/2023/09/"))
    matter = front_matter(page)
    assert matter["title"] == html_module.escape(title)  # themes print it as HTML: it is written as HTML text
    assert matter["published"] == "2023-09-12T14:42:00+07:00"
    body = page.split("---\n", 2)[2]
    html = render_md(body)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    hrefs = re.findall(r'<a [^>]*href="([^"]*)"', html)
    # the page's own outlet link and the archive's reference files, nothing from the text
    assert hrefs == ["../../../outlets/contoh-com.md", "../../../data/articles.bib", "../../../data/articles.csl.json"]
    assert "<table" not in html and "<blockquote" not in html and "<code>`" not in html
    assert html.count("<h1") == 1 and html.count("<hr") == 1  # the page's own heading and footer rule only
    paragraphs = {html_module.unescape(p) for p in re.findall(r"<p>(.*?)</p>", html)}
    for text in HOSTILE:
        assert " ".join(text.split()) in paragraphs


def test_pages_of_the_date_archive():
    articles = [
        article(source_path="a.txt", content_hash="a" * 64, title="Artikel pertama yang terbit"),
        article(source_path="b.txt", content_hash="b" * 64, title="Artikel kedua tanpa tanggal",
                paragraphs=("Isi lain.",), published=None, date_source=None),
    ]
    pages = render_archive(build_archive(articles))
    assert sorted(pages) == [
        "actors/index.md",  # always there: the navigation links to it
        "articles/2023/09/artikel-pertama-yang-terbit.md",
        "articles/2023/index.md",
        "articles/index.md",
        "articles/undated/artikel-kedua-tanpa-tanggal.md",
        "articles/undated/index.md",
        "data/actors.json",
        "data/articles.bib",
        "data/articles.csl.json",
        "data/articles.json",
        "feed.xml",
        "index.md",
        "outlets/contoh-com.md",
        "outlets/index.md",
        "timeline/index.md",
    ]
    assert "(09/artikel-pertama-yang-terbit.md)" in pages["articles/2023/index.md"]
    assert "[Tanpa tanggal](undated/index.md)" in pages["articles/index.md"]


def test_a_large_year_gets_one_page_per_month():
    articles = [
        article(source_path=f"{n}.txt", content_hash=f"{n:064d}", title=f"Artikel nomor {n} tentang sesuatu",
                paragraphs=(f"Isi {n}.",), published=dt.date(2024, 1 + n % 3, 1 + n))
        for n in range(5)
    ]
    pages = render_archive(build_archive(articles), RenderOptions(months_split_over=3))
    assert {"articles/2024/01/index.md", "articles/2024/02/index.md", "articles/2024/03/index.md"} <= set(pages)
    assert "(01/index.md)" in pages["articles/2024/index.md"]


def test_relative_links_between_pages():
    assert relative_link("articles/2023/09/a.md", "index.md") == "articles/2023/09/a.md"
    assert relative_link("index.md", "articles/2023/09/a.md") == "../../../index.md"
    assert relative_link("articles/2023/index.md", "articles/2023/09/index.md") == "../index.md"


def test_long_lists_are_split_into_pages_whose_names_no_slug_can_take():
    from generator.render import paginate

    pages = paginate(range(5), "actors/kim-jong-un.md", 2)
    assert [(p.number, p.path, p.entries) for p in pages] == [
        (1, "actors/kim-jong-un.md", (0, 1)),
        (2, "actors/kim-jong-un/halaman_2.md", (2, 3)),
        (3, "actors/kim-jong-un/halaman_3.md", (4,)),
    ]
    assert paginate([], "articles/2023/09/index.md", 100)[0].entries == ()
    assert paginate(range(3), "articles/2023/09/index.md", 2)[1].path == "articles/2023/09/halaman_2.md"


def test_no_page_grows_with_the_archive():
    """Lists are bounded or paginated, so ten times the articles make no page longer (research data and the
    feed aside): the built site grows linearly."""
    def longest_page(count: int) -> tuple[int, str]:
        articles = [article(title=f"Rapat dagang nomor {i:04d} di pelabuhan yang sama", source_path=f"{i:04d}.txt",
                            content_hash=f"{i:064x}",
                            paragraphs=(f"Para pejabat bertemu lagi untuk rapat dagang nomor {i:04d} di pelabuhan.",
                                        "Pertemuan membahas tarif, kapal dan jadwal bongkar muat yang sama."),
                            published=dt.datetime(2023, 9, 1 + i % 3, 8, i % 60, tzinfo=dt.timezone.utc))
                    for i in range(count)]
        pages = render_archive(build_archive(articles), RenderOptions(list_page_size=20, months_split_over=20))
        return max((len(text), path) for path, text in pages.items()
                   if not path.startswith("data/") and path != "feed.xml")

    small, large = longest_page(40), longest_page(400)
    assert large[0] <= small[0] * 1.1, (small, large)


def test_relative_link_is_posix_relpath():
    import itertools
    import posixpath

    paths = ["index.md", "a.md", "actors/x.md", "actors/index.md", "articles/2023/09/a.md", "articles/2023/09/b.md",
             "articles/2023/index.md", "articles/undated/c.md", "articles/2023/10/a.md", "outlets/k/halaman_2.md",
             "outlets/k.md", "feed.xml", "articles/2023.md", "articles/2023/09.md"]
    for target, here in itertools.product(paths, paths):
        assert relative_link(target, here) == posixpath.relpath(target, posixpath.dirname(here) or "."), (target, here)
