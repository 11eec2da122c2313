"""Render stage: the archive as Markdown pages (path → text), through the Jinja templates in `templates/`.

Article text is untrusted: every value taken from an article goes through the `md` filter (inline Markdown
with every structural character escaped and HTML neutralised) or into front matter through `yaml.safe_dump`.
Nothing here writes files; the write stage does.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined

from . import charts
from .cite import bibtex_entry, citation_text, csl_item, web_address, web_archive_link
from .dates import long_date, month_name
from .cache import AnalysisCache
from .link import UNDATED_FOLDER
from .model import ActorSummary, Archive, Article, ArticleEntry
from .options import FEED_PATH, HTML_META, RenderOptions  # noqa: F401  (RenderOptions re-exported)
from .quotes import quote_spans

FEED_ENTRIES = 50  # the newest articles; the archive pages hold the rest
DATA_SCHEMA_VERSION = 1
OUTLETS_CHARTED = 9

KIND_ORDER = ("person", "organisation", "country", "place")
KIND_LABEL = {"person": "orang", "organisation": "organisasi", "country": "negara", "place": "tempat"}
KIND_PLURAL = {"person": "Orang", "organisation": "Organisasi", "country": "Negara", "place": "Tempat"}

# The characters Python-Markdown (with the extensions the site enables) reads as syntax anywhere in a line:
# emphasis, code, links and images, attribute lists, headings' closing hashes, table cells. ".", "-", "+", ">",
# "(" and ")" are syntax only at the start of a line ("1.", "- ", "> ") or after "](" (which needs an unescaped
# "]"): they are escaped there only (_leading). Every escape costs Python-Markdown an inline match, and news
# text is full of full stops and hyphens.
_MD_ESCAPABLE = re.compile(r"([\\`*_{}\[\]#!|])")
_LINE_START_SYNTAX = re.compile(r"(\d{1,9})([.)])|([-+>])")
# Characters that only mean something at the start of a line in some Markdown extensions (definition lists,
# fences, abbreviations); written as entities there so no extension can pick them up.
_LEADING_ENTITY = {":": "&#58;", "~": "&#126;", "=": "&#61;", "%": "&#37;", "^": "&#94;", "$": "&#36;"}


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MD_ESCAPABLE.sub(r"\\\1", text)


def _leading(text: str) -> str:
    """Text that starts a line, with what would open a block there made inert: a list's "- ", "+ ", "1. ", a
    quote's "> ", and the characters of extensions' blocks."""
    if text[:1] in _LEADING_ENTITY:
        return _LEADING_ENTITY[text[0]] + text[1:]
    start = _LINE_START_SYNTAX.match(text)
    if start is None:
        return text
    if start.group(3):
        return "\\" + text
    return f"{start.group(1)}\\{text[start.end(1):]}"


def md_inline(value) -> str:
    """Text as inert inline Markdown: one line, HTML-escaped, every character that would be syntax where it stands
    escaped."""
    return _leading(_escape(" ".join(str(value).split())))


def format_moment(when: dt.datetime) -> str:
    offset = when.strftime("%z")
    return f"{long_date(when)}, {when:%H:%M} (UTC{offset[:3]}:{offset[3:]})"


def page_url(path: str) -> str:
    """The URL MkDocs gives a Markdown page (use_directory_urls): "actors/x.md" → "actors/x/"."""
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def relative_url(target: str, here: str) -> str:
    """A link from page `here` to page `target` as a URL, for raw HTML that MkDocs does not rewrite."""
    relative = posixpath.relpath(page_url(target) or ".", page_url(here).rstrip("/") or ".")
    return "./" if relative == "." else relative + "/"


def _linkable(paragraph: str, start: int, end: int, quotes) -> bool:
    """A mention can carry a link without breaking a quote, a word or the Markdown around it."""
    if any(s <= start < e for s, e, _, _ in quotes):
        return False
    before = paragraph[start - 1] if start else " "
    after = paragraph[end] if end < len(paragraph) else " "
    inside = paragraph[start:end]
    return not (before.isalnum() or before in "-‐‑" or after.isalnum() or after in "-‐‑"
                or "(" in inside or ")" in inside)


def linked_paragraphs(entry: ArticleEntry, archive: Archive) -> list[str]:
    """The article's paragraphs as escaped Markdown, the first linkable mention of each actor linked."""
    linked: set[str] = set()
    by_paragraph = defaultdict(list)
    for mention in entry.cast.mentions:
        by_paragraph[mention.paragraph].append(mention)
    result = []
    for number, paragraph in enumerate(entry.article.paragraphs):
        quotes = quote_spans(paragraph)
        pieces, cursor = [], 0
        for mention in sorted(by_paragraph[number], key=lambda m: m.start):
            if mention.actor_id in linked or mention.actor_id not in archive.actors:
                continue
            if mention.start < cursor or not _linkable(paragraph, mention.start, mention.end, quotes):
                continue
            target = relative_link(archive.actors[mention.actor_id].page_path, entry.page_path)
            pieces.append(_escape_spaced(paragraph[cursor:mention.start]))
            pieces.append(f"[{_escape_spaced(paragraph[mention.start:mention.end])}]({target})")
            cursor = mention.end
            linked.add(mention.actor_id)
        pieces.append(_escape_spaced(paragraph[cursor:]))
        result.append(_leading("".join(pieces).strip()))
    return result


def _escape_spaced(text: str) -> str:
    """Escaped, with every run of white space one space (no indentation, no line break reaches Markdown)."""
    return _escape(re.sub(r"\s+", " ", text))


# libyaml's safe dumper writes the same text as PyYAML's own, several times faster (front matter of every page)
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(values: dict) -> str:
    cleaned = {k: v for k, v in values.items() if v not in (None, [], ())}
    for key in HTML_META:
        if isinstance(cleaned.get(key), str):
            cleaned[key] = html.escape(cleaned[key], quote=True)
    return yaml.dump(cleaned, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=10_000)


@dataclass(frozen=True)
class SearchMarks:
    """What the search index (Pagefind) records of a page besides its text: facets, result metadata, sort key."""
    filters: tuple[tuple[str, str], ...]
    meta: tuple[tuple[str, str], ...]
    sort: tuple[tuple[str, str], ...] = ()


def article_search_marks(article: Article, cast: list[ActorSummary]) -> SearchMarks:
    filters = [("jenis", "artikel"), ("media", article.outlet or "tidak diketahui")]
    if article.day:
        filters.append(("tahun", f"{article.day:%Y}"))
    filters += [("aktor", summary.actor.name) for summary in cast]
    meta = [("title", article.title), ("jenis", "artikel"),
            ("rincian", f"{article.outlet or 'media tidak diketahui'} · {format_day(article)}")]
    sort = [("tanggal", iso(article))] if article.published is not None else []
    meta += sort  # the search merges the results of two indexes by it (search_index)
    return SearchMarks(tuple(filters), tuple(meta), tuple(sort))


def actor_search_marks(summary: ActorSummary) -> SearchMarks:
    rincian = f"{KIND_LABEL[summary.actor.kind]} · {len(summary.entries)} artikel"
    return SearchMarks(filters=(("jenis", "aktor"), ("aktor", summary.actor.name)),
                       meta=(("title", summary.actor.name), ("jenis", "aktor"), ("rincian", rincian)))


def relative_link(target: str, here: str) -> str:
    """Link from the Markdown page `here` to the Markdown page `target` (both relative to the docs folder)."""
    # posixpath.relpath, without its two abspath calls (a page links hundreds of pages): both paths are
    # normalised and relative to the same folder
    folders = here.split("/")[:-1]
    parts = target.split("/")
    common = 0
    while common < len(folders) and common < len(parts) - 1 and folders[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folders) - common) + parts[common:])


def format_published(article: Article) -> str:
    when = article.published
    if when is None:
        return "tanpa tanggal"
    return format_moment(when) if isinstance(when, dt.datetime) else long_date(when)


def format_day(article: Article) -> str:
    day = article.day
    return f"{day:%Y-%m-%d}" if day else "tanpa tanggal"


def format_estimate(estimate: tuple[dt.date, dt.date]) -> str:
    """"12–13 September 2023", "30 Agustus – 2 September 2023", "12 September 2023"."""
    first, last = estimate
    if first == last:
        return long_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last)}"
    start = f"{first.day} {month_name(first.month)}" + (f" {first.year}" if first.year != last.year else "")
    return f"{start} – {long_date(last)}"


def article_fields(article: Article, estimate: tuple[dt.date, dt.date] | None = None) -> dict:
    """The extracted metadata every representation of an article carries (front matter, research data).
    `estimate`: the article's entry in Archive.estimated, which only undated articles have."""
    return {
        "published": iso(article),
        "date_source": "story" if estimate else article.date_source,
        "estimated": {"from": estimate[0].isoformat(), "to": estimate[1].isoformat()} if estimate else None,
        "outlet": article.outlet,
        "section": article.section,
        "agencies": list(article.agencies),
        "dateline": article.dateline,
        "language": article.language,
        "words": article.words,
    }


def iso(article: Article) -> str | None:
    return article.published.isoformat() if article.published is not None else None


@dataclass(frozen=True)
class YearGroup:
    year: int
    months: list[tuple[int, list[ArticleEntry]]]  # (month, entries) oldest first
    split: bool  # one page per month

    @property
    def count(self) -> int:
        return sum(len(entries) for _, entries in self.months)

    @property
    def page_path(self) -> str:
        return f"articles/{self.year:04d}/index.md"

    def month_page_path(self, month: int) -> str:
        return f"articles/{self.year:04d}/{month:02d}/index.md"


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        undefined=StrictUndefined,
        autoescape=False,  # the output is Markdown; untrusted values go through the `md` filter instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_inline, rel=relative_link, published=format_published, day=format_day,
                       estimate=format_estimate, link_target=web_address, moment=format_moment,
                       month_name=month_name, kind=KIND_LABEL.get,
                       yamlstr=lambda value: json.dumps(html.escape(str(value), quote=True), ensure_ascii=False))  # JSON is YAML
    return env


def _years(archive: Archive, options: RenderOptions) -> list[YearGroup]:
    by_year: dict[int, dict[int, list[ArticleEntry]]] = defaultdict(lambda: defaultdict(list))
    for entry in archive.dated:
        day = entry.article.day
        by_year[day.year][day.month].append(entry)
    groups = []
    for year in sorted(by_year):
        months = [(month, by_year[year][month]) for month in sorted(by_year[year])]
        count = sum(len(entries) for _, entries in months)
        groups.append(YearGroup(year=year, months=months, split=count > options.months_split_over))
    return groups


@dataclass(frozen=True)
class ListPage:
    """One page of a long list of articles (actor, outlet, month): the first is the list's own page."""

    number: int
    path: str
    entries: tuple[ArticleEntry, ...]


def paginate(entries, first_path: str, size: int) -> list[ListPage]:
    """Split a list across pages of `size`; the others go to `<page>/halaman_<n>.md` (slugs never contain
    "_", so the name cannot meet an article's), keeping every page's size bounded as the archive grows."""
    entries = tuple(entries)
    chunks = [entries[i:i + size] for i in range(0, len(entries), max(1, size))] or [()]
    stem = first_path[: -len(".md")]
    folder = stem[: -len("/index")] if stem.endswith("/index") else stem
    return [ListPage(n + 1, first_path if n == 0 else f"{folder}/halaman_{n + 1}.md", chunk)
            for n, chunk in enumerate(chunks)]


def _by_kind(summaries, key) -> list[tuple[str, list[ActorSummary]]]:
    groups = defaultdict(list)
    for summary in summaries:
        groups[summary.actor.kind].append(summary)
    return [(kind, sorted(groups[kind], key=key)) for kind in KIND_ORDER if groups[kind]]


def _others(entries) -> tuple:
    """Of articles an article page lists (related, the same story, further reading): what the page shows."""
    return tuple(e.shown if e is not None else None for e in entries)


def article_page_inputs(entry: ArticleEntry, archive: Archive, options: RenderOptions) -> tuple:
    """Everything an article's page is made from, as plain data: its own article and cast, and of the actors,
    outlet and other articles it names only what it shows of them (names, page paths, titles, outlets, dates).
    The page is rendered again only when these change."""
    path = entry.page_path
    cast = entry.cast
    named = {*cast.actor_ids, *(m.actor_id for m in cast.mentions), *(q.speaker_id for q in cast.quotes)}
    actors = tuple(sorted((a, archive.actors[a].actor.name, archive.actors[a].actor.kind, archive.actors[a].page_path)
                          if a in archive.actors else (a, None, None, None) for a in named if a))
    outlet = archive.outlets.get(entry.article.outlet or "") or _unknown_outlet(archive)
    story = archive.story_of.get(path)
    own = archive.article_keys.get(entry.article.source_path)  # a digest of the article and its cast, if known
    return ((own,) if own else (entry.article, cast), entry.slug, path, archive.estimated.get(path), actors,
            (outlet.name, outlet.page_path) if outlet else None,
            (story.id, _others(e for e in story.entries if e is not entry)) if story else None,
            _others(archive.related.get(path, ())),
            tuple((title, _others([target])[0]) for title, target in archive.further_reading.get(path, ())),
            archive.backlinks.get(path, ()), options)


def actor_page_inputs(summary: ActorSummary, archive: Archive, options: RenderOptions) -> tuple:
    """Everything an actor's pages are made from, as plain data (see article_page_inputs): the actor, and of its
    articles, roles, quotes and the actors shown beside it only what the pages show of them."""
    shown = [(other, count, archive.actors[other]) for other, count in summary.co_actors[:options.co_actors_shown]]
    return (summary.actor, summary.page_path, _others(summary.entries), summary.mentions, summary.aliases_seen,
            tuple((role, _others([entry])) for role, entry in summary.roles),
            tuple((quote, _others([entry])) for quote, entry in summary.quotes), len(summary.co_actors),
            tuple((other, count, s.actor.name, s.actor.kind, s.page_path, len(s.entries)) for other, count, s in shown),
            options)


@dataclass
class PageKeys:
    """The keys of article and actor pages' inputs, between two runs. kept: of the last run's pages that are still
    as it wrote them, the key of their inputs → their paths (an actor's pages share one key). keys: this run's,
    page path → key, filled by render_archive."""

    kept: dict[str, tuple[str, ...]] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)


def render_archive(archive: Archive, options: RenderOptions | None = None, memo: AnalysisCache | None = None,
                   page_keys: PageKeys | None = None) -> dict[str, str | bytes | None]:
    """Every generated page of the site, as {path relative to the docs folder: Markdown text} (see iter_pages)."""
    return dict(iter_pages(archive, options, memo, page_keys))


def _renderer(archive: Archive, options: RenderOptions):
    """text_of(template, path, **values): a page's text, with what every page of the archive is given."""
    env = _environment()
    common = {"options": options, "actors": archive.actors, "kind_label": KIND_LABEL, "kind_plural": KIND_PLURAL,
              "estimated": archive.estimated}

    def text_of(template: str, path: str, **values) -> str:
        return env.get_template(template).render(here=path, **common, **values)

    return text_of


def _article_page(archive: Archive, entry: ArticleEntry, options: RenderOptions, text_of) -> str:
    """An article's page; entry may be a new version of one of the archive's (the same page path)."""
    article = entry.article
    matter = front_matter({
        "title": article.title,
        "description": article.lede[:300] if article.lede else None,
        **article_fields(article, archive.estimated.get(entry.page_path)),
        "reading_minutes": article.reading_minutes,
        "page": article.page,
        "further_reading": list(article.further_reading),
        "actors": [archive.actors[a].actor.name for a in entry.cast.actor_ids if a in archive.actors],
        "story": archive.story_of[entry.page_path].id if entry.page_path in archive.story_of else None,
        "source_file": article.source_path,
        "source_url": article.source_url,
        "author": article.author,
        "slug": entry.slug,
    })
    cast = [archive.actors[a] for a in entry.cast.actor_ids if a in archive.actors]
    story = archive.story_of.get(entry.page_path)
    return text_of("article.md.j2", entry.page_path, entry=entry, article=article, front_matter=matter,
                   estimate=archive.estimated.get(entry.page_path),
                   marks=article_search_marks(article, cast),
                   cast_groups=_by_kind(cast, key=lambda s: s.actor.name.casefold()),
                   paragraphs=linked_paragraphs(entry, archive),
                   related=archive.related.get(entry.page_path, ()),
                   story=[e for e in story.entries if e.page_path != entry.page_path] if story else [],
                   story_shown=options.story_shown, backlinks_shown=options.backlinks_shown,
                   further=archive.further_reading.get(entry.page_path, ()),
                   backlinks=archive.backlinks.get(entry.page_path, ()),
                   outlet=archive.outlets.get(article.outlet or "") or _unknown_outlet(archive),
                   citation=citation_text(article, _archive_address(entry, options)),
                   web_archive=web_archive_link(article.source_url))


def article_page_text(archive: Archive, entry: ArticleEntry, options: RenderOptions | None = None) -> str:
    """One article's page as iter_pages renders it, with what the archive holds about the rest of the corpus
    (its actors' pages, related articles, stories): a server's preview of an edited article (pipeline.preview)."""
    options = options or RenderOptions()
    return _article_page(archive, entry, options, _renderer(archive, options))


_MEMO_BATCH = 500  # article or actor pages rendered or read from memo at a time: a large site is never held whole


def iter_pages(archive: Archive, options: RenderOptions | None = None, memo: AnalysisCache | None = None,
               page_keys: PageKeys | None = None) -> Iterator[tuple[str, str | bytes | None]]:
    """Every generated page of the site as (path relative to the docs folder, Markdown text), one after another
    (the corpus data files as UTF-8 bytes).
    memo: article and actor pages kept from an earlier run under their inputs (article_page_inputs,
    actor_page_inputs); only those whose inputs changed are rendered again. page_keys: an article or actor page
    whose inputs have the key of a page in `kept` is that page as the last run wrote it, and not rendered nor
    loaded at all: its text is None (the writer leaves it as it is)."""
    options = options or RenderOptions()
    page_keys = page_keys or PageKeys()
    pages: dict[str, str] = {}
    years = _years(archive, options)
    newest_first = sorted(archive.dated, key=lambda e: e.article.sort_key, reverse=True)
    outlets = sorted({e.article.outlet for e in archive.entries if e.article.outlet})
    text_of = _renderer(archive, options)

    def render(template: str, path: str, **values) -> None:
        pages[path] = text_of(template, path, **values)

    def more_pages(listing: list[ListPage], title: str) -> list[tuple[str, str]]:
        """The further pages of a paginated list: [(path, text)]."""
        return [(page.path, text_of("list_page.md.j2", page.path, listing=listing, page=page, title=title))
                for page in listing[1:]]

    def render_more(listing: list[ListPage], title: str) -> None:
        pages.update(more_pages(listing, title))

    memo = memo or AnalysisCache(None, "")

    def memo_pages(stage: str, items: list, inputs_of, pages_of) -> Iterator[tuple[str, str | None]]:
        """pages_of(item) → [(path, text)] for each item, from memo or page_keys.kept where its inputs were seen;
        keyed by the inputs' repr, not their pickle: a pickle of equal values differs with which of them are one
        object (a string shared by two entries is pickled once, then referred to)."""
        for start in range(0, len(items), _MEMO_BATCH):
            batch = items[start:start + _MEMO_BATCH]
            keys = [memo.key(stage, repr(inputs_of(item))) for item in batch]
            memo.touch([key for key in keys if key in page_keys.kept])
            todo = [(item, key) for item, key in zip(batch, keys) if key not in page_keys.kept]
            done = iter(memo.results([key for _, key in todo], [item for item, _ in todo],
                                     lambda rest: map(pages_of, rest)))
            for key in keys:
                made = [(path, None) for path in page_keys.kept[key]] if key in page_keys.kept else next(done)
                for path, text in made:
                    page_keys.keys[path] = key
                    yield path, text

    yield from memo_pages("article-page", archive.entries,
                          lambda entry: article_page_inputs(entry, archive, options),
                          lambda entry: [(entry.page_path, _article_page(archive, entry, options, text_of))])

    def actor_pages(summary: ActorSummary) -> list[tuple[str, str]]:
        """An actor's page and the further pages of its article list: [(path, text)]."""
        actor = summary.actor
        matter = front_matter({
            "title": actor.name,
            "kind": actor.kind,
            "reviewed": actor.reviewed,
            "aliases": sorted(set(actor.aliases) | set(summary.aliases_seen)),
            "description": actor.description,
            "wikidata": actor.wikidata,
            "articles": len(summary.entries),
        })
        listing = paginate(summary.entries, summary.page_path, options.list_page_size)
        seen = {name.casefold() for name in (actor.name, *summary.aliases_seen)}
        text = text_of("actor.md.j2", summary.page_path, actor=actor, summary=summary, front_matter=matter,
                       marks=actor_search_marks(summary),
                       other_names=sorted({a for a in actor.aliases if a.casefold() not in seen}, key=str.casefold),
                       co_actors_shown=options.co_actors_shown, listing=listing,
                       picture=_neighbourhood(summary, archive, options.co_actors_shown))
        return [(summary.page_path, text), *more_pages(listing, f"{actor.name}: artikel")]

    yield from memo_pages("actor-pages", list(archive.actors.values()),
                          lambda summary: actor_page_inputs(summary, archive, options), actor_pages)
    by_kind = _by_kind(archive.actors.values(), key=lambda s: (-len(s.entries), s.actor.name.casefold()))
    # a kind with more actors than the index shows gets its own list, paginated ("_" never occurs in a slug)
    kind_lists = {kind: f"actors/daftar_{KIND_LABEL[kind]}.md" for kind, _ in by_kind}
    for kind, summaries in by_kind:
        if len(summaries) > options.actors_index_shown:
            listing = paginate(summaries, kind_lists[kind], options.list_page_size)
            for page in listing:
                render("actor_list.md.j2", page.path, listing=listing, page=page, total=len(summaries),
                       title=f"Aktor: {KIND_PLURAL[kind].lower()}")
    render("actors_index.md.j2", "actors/index.md", by_kind=by_kind, kind_lists=kind_lists,
           unreviewed=sum(1 for s in archive.actors.values() if not s.actor.reviewed),
           picture=_network(archive, options.network_size))

    outlet_list = sorted(archive.outlets.values(), key=lambda o: (-len(o.entries), o.name.casefold()))
    render("outlets_index.md.j2", "outlets/index.md", outlets=outlet_list)
    for outlet in outlet_list:
        listing = paginate(outlet.entries, outlet.page_path, options.list_page_size)
        render("outlet.md.j2", outlet.page_path, outlet=outlet, listing=listing)
        render_more(listing, f"{outlet.name}: artikel")

    months, series = _monthly(archive)
    rows = [(label, [counts[k] for _, counts in series], sum(counts[k] for _, counts in series))
            for k, (label, _) in enumerate(months)]
    listings = {(y.year, month): (y.month_page_path(month) if y.split else y.page_path,
                                  "" if y.split else f"bulan-{month:02d}")
                for y in years for month, _ in y.months}
    render("timeline.md.j2", "timeline/index.md", months=_timeline(archive), undated=archive.undated,
           listings=listings, undated_path=f"articles/{UNDATED_FOLDER}/index.md",
           chart=charts.monthly_bars([label for label, _ in months], series, "arsip-months",
                                     "Artikel per bulan menurut media"),
           chart_outlets=[name for name, _ in series], chart_rows=rows)

    dated = archive.dated
    most_mentioned = sorted(archive.actors.values(), key=lambda s: (-len(s.entries), -s.mentions, s.actor.name))
    render("home.md.j2", "index.md", latest=newest_first[: options.latest_on_home], total=len(archive.entries),
           outlets=outlets, first=dated[0] if dated else None, last=newest_first[0] if newest_first else None,
           undated=archive.undated, years=years, top_actors=most_mentioned[: options.top_actors_on_home],
           actor_count=len(archive.actors), stories=len(archive.stories),
           recent_months=_timeline(archive)[-3:])
    render("articles_index.md.j2", "articles/index.md", years=years, undated=archive.undated,
           undated_path=f"articles/{UNDATED_FOLDER}/index.md")
    for year in years:
        render("year.md.j2", year.page_path, year=year)
        if year.split:
            for month, entries in year.months:
                listing = paginate(entries, year.month_page_path(month), options.list_page_size)
                render("month.md.j2", year.month_page_path(month), year=year, month=month, listing=listing)
                render_more(listing, f"Artikel {month_name(month)} {year.year}")
    if archive.undated:
        listing = paginate(archive.undated, f"articles/{UNDATED_FOLDER}/index.md", options.list_page_size)
        render("undated.md.j2", listing[0].path, listing=listing)
        render_more(listing, "Artikel tanpa tanggal")

    pages[FEED_PATH] = atom_feed(archive, options)
    yield from pages.items()
    pages.clear()
    # the corpus as data, one file after another: each holds the text of every article
    yield from research_data(archive)
    yield from citation_data(archive, options).items()


def _archive_address(entry: ArticleEntry, options: RenderOptions) -> str | None:
    """The article's page on the published archive, when the site's address is known (site_url)."""
    return options.site_url.rstrip("/") + "/" + page_url(entry.page_path) if options.site_url else None


def citation_data(archive: Archive, options: RenderOptions) -> dict[str, str]:
    """data/articles.bib and data/articles.csl.json: every article as a reference, keyed by its slug."""
    entries = [(e, _archive_address(e, options)) for e in sorted(archive.entries, key=lambda e: e.slug)]
    bib = "".join(bibtex_entry(e.article, e.slug, address) + "\n" for e, address in entries)
    csl = [csl_item(e.article, e.slug, address) for e, address in entries]
    return {"data/articles.bib": bib, "data/articles.csl.json": _json_lines(csl)}


def _json_lines(items: list) -> str:
    """A JSON array with one item per line: json's C encoder serves only unindented output (its indenting encoder
    is pure Python, several times slower), and a diff of two builds still shows which items changed."""
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items) + "\n]\n"


def _unknown_outlet(archive: Archive):
    from .link import UNKNOWN_OUTLET

    return archive.outlets.get(UNKNOWN_OUTLET)


def _network(archive: Archive, size: int) -> str:
    """The most connected actors (most distinct companions, then articles) and the edges among them."""
    ranked = sorted(archive.actors.values(),
                    key=lambda s: (-len(s.co_actors), -len(s.entries), s.actor.name.casefold()))[:size]
    chosen = {s.actor.id for s in ranked}
    nodes = [(s.actor.id, s.actor.name, len(s.entries), relative_url(s.page_path, "actors/index.md")) for s in ranked]
    edges = [(s.actor.id, other, count) for s in ranked for other, count in s.co_actors
             if other in chosen and s.actor.id < other]
    return charts.network(nodes, edges, "arsip-network", "Jaringan aktor: siapa muncul bersama siapa")


def _neighbourhood(summary: ActorSummary, archive: Archive, size: int) -> str:
    if not summary.co_actors:
        return ""
    here = summary.page_path
    around = [archive.actors[other] for other, _ in summary.co_actors[:size]]
    nodes = [(summary.actor.id, summary.actor.name, len(summary.entries), relative_url(here, here))]
    nodes += [(s.actor.id, s.actor.name, len(s.entries), relative_url(s.page_path, here)) for s in around]
    edges = [(summary.actor.id, other, count) for other, count in summary.co_actors[:size]]
    return charts.network(nodes, edges, "arsip-neighbourhood", f"Aktor yang muncul bersama {summary.actor.name}",
                          centre=summary.actor.id)


def _month_label(year: int, month: int) -> str:
    return f"{month_name(month)[:3]} {year}"


def _monthly(archive: Archive) -> tuple[list[tuple[str, tuple[int, int]]], list[tuple[str, list[int]]]]:
    """Every month from the first to the last article (empty months too), and the count per outlet."""
    days = [e.article.day for e in archive.dated]
    if not days:
        return [], []
    first, last = min(days), max(days)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((_month_label(year, month), (year, month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    position = {key: k for k, (_, key) in enumerate(months)}
    totals = Counter(e.article.outlet or "Tidak diketahui" for e in archive.dated)
    shown = [name for name, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))]
    if len(shown) > OUTLETS_CHARTED:
        shown = shown[: OUTLETS_CHARTED - 1] + ["Lainnya"]
    counts = {name: [0] * len(months) for name in shown}
    for entry in archive.dated:
        name = entry.article.outlet or "Tidak diketahui"
        name = name if name in counts else "Lainnya"
        counts[name][position[(entry.article.day.year, entry.article.day.month)]] += 1
    return months, [(name, counts[name]) for name in shown]


@dataclass(frozen=True)
class TimelineMonth:
    year: int
    month: int
    entries: list[ArticleEntry]
    stories: list  # stories whose first article falls in this month

    @property
    def anchor(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def _timeline(archive: Archive) -> list[TimelineMonth]:
    by_month: dict[tuple[int, int], list[ArticleEntry]] = defaultdict(list)
    for entry in archive.dated:
        by_month[(entry.article.day.year, entry.article.day.month)].append(entry)
    # an undated article with an estimate stands in the timeline at its estimate (still listed as undated)
    for entry in archive.undated:
        estimate = archive.estimated.get(entry.page_path)
        if estimate:
            month = by_month[(estimate[0].year, estimate[0].month)]
            after = sum(1 for e in month if (e.article.day or archive.estimated[e.page_path][0]) <= estimate[0])
            month.insert(after, entry)
    stories: dict[tuple[int, int], list] = defaultdict(list)
    for story in archive.stories:
        first = story.entries[0].article.day
        if first is not None:
            stories[(first.year, first.month)].append(story)
    widest = lambda story: (-len({e.article.outlet for e in story.entries}), -len(story.entries))  # noqa: E731
    return [TimelineMonth(year, month, by_month[(year, month)], sorted(stories[(year, month)], key=widest))
            for year, month in sorted(by_month)]


def _uuid(text: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, text)}"


def _atom_time(article: Article) -> str | None:
    when = article.published
    if when is None:
        return None
    if isinstance(when, dt.datetime):
        return when.isoformat()
    return f"{when.isoformat()}T00:00:00Z"


def atom_feed(archive: Archive, options: RenderOptions) -> str:
    """An Atom 1.0 feed of the newest articles (undated ones last). Links are absolute when the site's
    `site_url` is known, else relative to the feed; times come from the articles, never from the clock."""
    base = options.site_url.rstrip("/") + "/" if options.site_url else ""
    newest = sorted(archive.dated, key=lambda e: e.article.sort_key, reverse=True) + list(archive.undated)
    newest = newest[:FEED_ENTRIES]
    updated = _atom_time(newest[0].article) if archive.dated else "1970-01-01T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{xml_escape(options.site_title)}</title>",
             f"  <id>{_uuid('arsip:' + options.site_title + ':' + base)}</id>",
             f"  <updated>{updated}</updated>",
             f'  <link rel="alternate" type="text/html" href="{xml_escape(base or "./")}"/>',
             f'  <link rel="self" type="application/atom+xml" href="{xml_escape(base + FEED_PATH)}"/>',
             "  <generator>Arsip</generator>"]
    for entry in newest:
        article = entry.article
        published = _atom_time(article)
        lines += ["  <entry>",
                  f"    <title>{xml_escape(article.title)}</title>",
                  f"    <id>{_uuid('arsip-article:' + article.content_hash)}</id>",
                  f'    <link rel="alternate" type="text/html" href="{xml_escape(base + page_url(entry.page_path))}"/>',
                  f"    <updated>{published or updated}</updated>"]
        if published:
            lines.append(f"    <published>{published}</published>")
        lines.append(f"    <author><name>{xml_escape(article.outlet or 'Tidak diketahui')}</name></author>")
        if article.lede:
            lines.append(f"    <summary>{xml_escape(article.lede)}</summary>")
        lines.append("  </entry>")
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def research_data(archive: Archive) -> Iterator[tuple[str, bytes]]:
    """data/articles.json and data/actors.json: the extracted corpus for analysis (schemas beside them), one after
    the other, each encoded as its items are made (the articles' file holds the text of every article)."""
    actors = archive.actors

    def article_items() -> Iterator[dict]:
        for entry in archive.entries:
            article = entry.article
            yield {
                "id": entry.slug,
                "url": page_url(entry.page_path),
                "title": article.title,
                **article_fields(article, archive.estimated.get(entry.page_path)),
                "lede": article.lede,
                "source_file": article.source_path,
                "source_url": article.source_url,
                "author": article.author,
                "captured": article.captured.isoformat() if article.captured else None,
                "origin": article.origin,
                "content_sha256": article.content_hash,
                "actors": [a for a in entry.cast.actor_ids if a in actors],
                "roles": [{"actor": a, "role": r} for a, r in entry.cast.roles if a in actors],
                "quotes": [{"text": q.text, "speaker": q.speaker_id if q.speaker_id in actors else None,
                            "speaker_name": q.speaker_name, "from_document": q.from_document, "cue": q.cue}
                           for q in entry.cast.quotes],
                "related": [e.slug for e in archive.related.get(entry.page_path, ())],
                "story": archive.story_of[entry.page_path].id if entry.page_path in archive.story_of else None,
                "further_reading": [{"title": t, "article": e.slug if e else None}
                                    for t, e in archive.further_reading.get(entry.page_path, ())],
                "paragraphs": list(article.paragraphs),
            }

    def actor_items() -> Iterator[dict]:
        for summary in actors.values():
            actor = summary.actor
            yield {
                "id": actor.id,
                "url": page_url(summary.page_path),
                "name": actor.name,
                "kind": actor.kind,
                "reviewed": actor.reviewed,
                "aliases": sorted(set(actor.aliases) | set(summary.aliases_seen)),
                "description": actor.description,
                "wikidata": actor.wikidata,
                "articles": [e.slug for e in summary.entries],
                "mentions": summary.mentions,
                "roles": sorted({role for role, _ in summary.roles}),
                "appears_with": [{"actor": other, "articles": count} for other, count in summary.co_actors],
            }

    def dump(items: Iterator[dict], kind: str) -> bytes:
        """{"<kind>": [one item a line], "schema_version": …}, encoded item by item: the file is held once, as
        UTF-8, never also as a Python string."""
        parts = [f'{{"{kind}": ['.encode()]
        for number, item in enumerate(items):
            parts.append((",\n" if number else "\n").encode()
                         + json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        parts.append(("\n]" if len(parts) > 1 else "]").encode()
                     + f', "schema_version": {json.dumps(DATA_SCHEMA_VERSION)}}}\n'.encode())
        return b"".join(parts)

    yield "data/articles.json", dump(article_items(), "articles")
    yield "data/actors.json", dump(actor_items(), "actors")
