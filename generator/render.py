"""Render stage: the archive as Markdown pages (path → text), through the Jinja templates in `templates/`.

Article text is untrusted: every value taken from an article goes through the `md` filter (inline Markdown
with every structural character escaped and HTML neutralised) or into front matter through `yaml.safe_dump`.
Nothing here writes files; the write stage does.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined

from .dates import month_name
from .link import UNDATED_FOLDER
from .model import ActorSummary, Archive, Article, ArticleEntry

KIND_ORDER = ("person", "organisation", "country", "place")
KIND_LABEL = {"person": "orang", "organisation": "organisasi", "country": "negara", "place": "tempat"}
KIND_PLURAL = {"person": "Orang", "organisation": "Organisasi", "country": "Negara", "place": "Tempat"}

# Every character Python-Markdown (with the extensions the site enables) reads as syntax when escaped.
_MD_ESCAPABLE = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
# Characters that only mean something at the start of a line in some Markdown extensions (definition lists,
# fences, abbreviations); written as entities there so no extension can pick them up.
_LEADING_ENTITY = {":": "&#58;", "~": "&#126;", "=": "&#61;", "%": "&#37;", "^": "&#94;", "$": "&#36;"}


def md_inline(value) -> str:
    """Text as inert inline Markdown: one line, HTML-escaped, every Markdown syntax character escaped."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_ESCAPABLE.sub(r"\\\1", text)
    if text[:1] in _LEADING_ENTITY:
        text = _LEADING_ENTITY[text[0]] + text[1:]
    return text


def front_matter(values: dict) -> str:
    cleaned = {k: v for k, v in values.items() if v not in (None, [], ())}
    return yaml.safe_dump(cleaned, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)


def relative_link(target: str, here: str) -> str:
    """Link from the Markdown page `here` to the Markdown page `target` (both relative to the docs folder)."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def format_published(article: Article) -> str:
    when = article.published
    if when is None:
        return "tanpa tanggal"
    day = f"{when.day} {month_name(when.month)} {when.year}"
    if isinstance(when, dt.datetime):
        offset = when.strftime("%z")
        return f"{day}, {when:%H:%M} (UTC{offset[:3]}:{offset[3:]})"
    return day


def format_day(article: Article) -> str:
    day = article.day
    return f"{day:%Y-%m-%d}" if day else "tanpa tanggal"


def iso(article: Article) -> str | None:
    return article.published.isoformat() if article.published is not None else None


@dataclass(frozen=True)
class RenderOptions:
    site_title: str = "Arsip"
    latest_on_home: int = 10
    co_actors_shown: int = 15  # rows of "appears with" on an actor page
    months_split_over: int = 100  # a year with more articles than this gets one page per month


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
                       month_name=month_name)
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


def _by_kind(summaries, key) -> list[tuple[str, list[ActorSummary]]]:
    groups = defaultdict(list)
    for summary in summaries:
        groups[summary.actor.kind].append(summary)
    return [(kind, sorted(groups[kind], key=key)) for kind in KIND_ORDER if groups[kind]]


def render_archive(archive: Archive, options: RenderOptions | None = None) -> dict[str, str]:
    """Every generated page of the site, as {path relative to the docs folder: Markdown text}."""
    options = options or RenderOptions()
    env = _environment()
    pages: dict[str, str] = {}
    years = _years(archive, options)
    newest_first = sorted(archive.dated, key=lambda e: e.article.sort_key, reverse=True)
    outlets = sorted({e.article.outlet for e in archive.entries if e.article.outlet})
    common = {"options": options, "actors": archive.actors, "kind_label": KIND_LABEL, "kind_plural": KIND_PLURAL}

    def render(template: str, path: str, **values) -> None:
        pages[path] = env.get_template(template).render(here=path, **common, **values)

    for entry in archive.entries:
        article = entry.article
        matter = front_matter({
            "title": article.title,
            "description": article.lede[:300] if article.lede else None,
            "published": iso(article),
            "date_source": article.date_source,
            "outlet": article.outlet,
            "section": article.section,
            "agencies": list(article.agencies),
            "dateline": article.dateline,
            "language": article.language,
            "words": article.words,
            "reading_minutes": article.reading_minutes,
            "page": article.page,
            "further_reading": list(article.further_reading),
            "actors": [archive.actors[a].actor.name for a in entry.cast.actor_ids],
            "source_file": article.source_path,
            "slug": entry.slug,
        })
        cast = [archive.actors[a] for a in entry.cast.actor_ids]
        render("article.md.j2", entry.page_path, entry=entry, article=article, front_matter=matter,
               cast_groups=_by_kind(cast, key=lambda s: s.actor.name.casefold()))

    for summary in archive.actors.values():
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
        render("actor.md.j2", summary.page_path, actor=actor, summary=summary, front_matter=matter,
               co_actors_shown=options.co_actors_shown)
    render("actors_index.md.j2", "actors/index.md",
           by_kind=_by_kind(archive.actors.values(), key=lambda s: (-len(s.entries), s.actor.name.casefold())),
           unreviewed=sum(1 for s in archive.actors.values() if not s.actor.reviewed))

    dated = archive.dated
    render("home.md.j2", "index.md", latest=newest_first[: options.latest_on_home], total=len(archive.entries),
           outlets=outlets, first=dated[0] if dated else None, last=newest_first[0] if newest_first else None,
           undated=archive.undated, years=years)
    render("articles_index.md.j2", "articles/index.md", years=years, undated=archive.undated,
           undated_path=f"articles/{UNDATED_FOLDER}/index.md")
    for year in years:
        render("year.md.j2", year.page_path, year=year)
        if year.split:
            for month, entries in year.months:
                render("month.md.j2", year.month_page_path(month), year=year, month=month, entries=entries)
    if archive.undated:
        render("undated.md.j2", f"articles/{UNDATED_FOLDER}/index.md", entries=archive.undated)
    return pages
