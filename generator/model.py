"""Plain data passed between the pipeline stages (read → clean → extract → link → render → write).

Each stage takes these values and returns new ones; no stage reads another stage's files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Problem:
    """A file the run could not use as an article, or used with a caveat."""

    path: str  # the seed's name relative to the seeds folder
    reason: str
    fatal: bool = True  # True: the file was skipped; False: used, with a warning


def failure_reason(stage: str, error: Exception) -> str:
    """What a reader of the run's report is told when the code fails on one article."""
    return f"{stage} failed on this article ({type(error).__name__}: {error}); please report it"


@dataclass(frozen=True)
class Provenance:
    """Where an article read from a web page, a WARC capture or a scraper's export came from, as the input says."""

    origin: str  # the input file and the record in it: "berita.csv, baris 12", "crawl.warc.gz, record 7"
    url: str | None = None  # the source address (a page's canonical URL, WARC-Target-URI, the row's link)
    title: str | None = None  # the headline the record or the page's metadata gives
    published: str | None = None  # ISO 8601; without an offset when the input gives none
    printed_date: str | None = None  # the date as the input wrote it
    author: str | None = None
    site_name: str | None = None  # the outlet as the record or the page's metadata names it
    captured: str | None = None  # WARC-Date: when the page was archived


@dataclass(frozen=True)
class RawDocument:
    """One seed (or one record of an input file), decoded and normalised (NFC, "\\n" line ends), not yet
    interpreted."""

    path: str  # relative to the seeds folder, POSIX separators; "file.csv#000012" for a record of a file
    text: str
    content_hash: str  # sha256 of the normalised text
    truncated_from: int | None = None  # characters in the file when the text was cut to the reader's bound
    provenance: Provenance | None = None  # None: a text seed, which says only what its text says


@dataclass(frozen=True)
class RemovedLine:
    """A line that is not prose, and the rule that said so (shown by `arsip explain`)."""

    line_no: int  # 1-based line number in the normalised text
    text: str
    rule: str


@dataclass(frozen=True)
class CleanDocument:
    """The article's prose and the structural lines found around it."""

    source: RawDocument
    paragraphs: tuple[str, ...]
    paragraph_lines: tuple[int, ...]  # the 1-based line number each paragraph came from
    title: str | None
    date_stamps: tuple[str, ...]  # lines that print the publication date and time
    section: str | None
    outlet: str | None
    outlet_timezone: str | None
    dateline: str | None
    further_reading: tuple[str, ...]
    source_notes: tuple[str, ...]
    page: int | None
    removed: tuple[RemovedLine, ...]


@dataclass(frozen=True)
class Article:
    """Everything the archive knows about one article."""

    source_path: str
    content_hash: str
    title: str
    title_found: bool  # False when the title is a stand-in made from the file name
    published: dt.datetime | dt.date | None
    # "header", "dateline", "inferred" or None (the link stage may estimate a date: see Archive)
    date_source: str | None
    outlet: str | None
    section: str | None
    agencies: tuple[str, ...]
    dateline: str | None
    lede: str
    language: str
    words: int
    reading_minutes: int
    page: int | None
    paragraphs: tuple[str, ...]
    further_reading: tuple[str, ...]
    removed_lines: int
    truncated_from: int | None = None  # see RawDocument
    source_url: str | None = None
    author: str | None = None
    captured: dt.datetime | None = None  # when a web archive captured the page
    origin: str | None = None  # the input file and record, for an article that is not a text seed

    @property
    def sort_key(self) -> tuple:
        """Newest first is the reverse of this; undated articles sort last, ties by source name."""
        when = self.published
        if isinstance(when, dt.datetime):
            stamp = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
        elif isinstance(when, dt.date):
            stamp = dt.datetime(when.year, when.month, when.day)
        else:
            stamp = dt.datetime.min
        return (stamp, self.source_path)

    @property
    def day(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country or place, from the registry or discovered in the text."""

    id: str  # stable slug, also the actor page's name
    name: str
    kind: str  # person | organisation | country | place
    aliases: tuple[str, ...] = ()  # from the registry
    description: str | None = None
    wikidata: str | None = None
    reviewed: bool = True  # False: discovered in the text, not (yet) in the registry


@dataclass(frozen=True)
class Mention:
    actor_id: str
    paragraph: int  # index into Article.paragraphs
    start: int  # character offsets in that paragraph
    end: int
    text: str  # as printed
    how: str  # "name" (a registry alias or a discovered full name) or "short" (surname or given name alone)


@dataclass(frozen=True)
class Quote:
    text: str
    paragraph: int
    speaker_id: str | None  # None: no actor page for the speaker (never guessed)
    cue: str | None  # what attributed it: "kata", "katanya", "mengatakan", ...
    speaker_name: str | None = None  # the speaker as printed when they have no actor page ("kata Bernadia")
    from_document: bool = False  # "…," bunyi keterangan itu: a document, not a person

    @property
    def attributed(self) -> bool:
        return bool(self.speaker_id or self.speaker_name or self.from_document)


@dataclass(frozen=True)
class Cast:
    """Who appears in one article, in what role, and who said what."""

    mentions: tuple[Mention, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # (actor id, role as printed)
    quotes: tuple[Quote, ...] = ()
    unresolved: tuple[str, ...] = ()  # short names that could mean several people
    failure: str | None = None  # why the article's actors could not be read (a fault of the code): none found

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Actors in order of first mention."""
        seen: dict[str, None] = {}
        for mention in sorted(self.mentions, key=lambda m: (m.paragraph, m.start)):
            seen.setdefault(mention.actor_id, None)
        return tuple(seen)


@dataclass(frozen=True)
class ArticleEntry:
    """An article with its place in the site."""

    article: Article
    slug: str
    page_path: str  # Markdown path relative to the docs folder, e.g. "articles/2023/09/slug.md"
    cast: Cast = Cast()

    @cached_property
    def shown(self) -> tuple[str, str, str | None, str | None]:
        """What another page that lists the article shows of it: page, title, outlet, publication time (computed
        once: the inputs of every page that lists it hold it)."""
        published = self.article.published
        return (self.page_path, self.article.title, self.article.outlet,
                published.isoformat() if published is not None else None)


@dataclass(frozen=True)
class ActorSummary:
    """One actor across the archive: everything its page shows, computed once."""

    actor: Actor
    page_path: str  # e.g. "actors/vladimir-putin.md"
    entries: tuple[ArticleEntry, ...]  # articles it appears in, oldest first, undated last
    mentions: int
    aliases_seen: tuple[str, ...]  # spellings printed in the articles
    roles: tuple[tuple[str, ArticleEntry], ...]  # (role as printed, first article it was seen in)
    quotes: tuple[tuple[Quote, ArticleEntry], ...]
    co_actors: tuple[tuple[str, int], ...]  # (actor id, articles together), most first

    @property
    def dated(self) -> tuple[ArticleEntry, ...]:
        return tuple(e for e in self.entries if e.article.published is not None)


@dataclass(frozen=True)
class Story:
    """Articles from several outlets reporting the same event."""

    id: str  # "story-<first article's slug>"
    entries: tuple[ArticleEntry, ...]  # oldest first, undated last


@dataclass(frozen=True)
class OutletSummary:
    name: str
    page_path: str  # e.g. "outlets/sindonews.md"
    entries: tuple[ArticleEntry, ...]  # oldest first, undated last


@dataclass(frozen=True)
class Backlink:
    label: str
    page_path: str
    kind: str  # "article" or "actor"


@dataclass
class Archive:
    """All articles of the corpus with corpus-level structure, ready to render."""

    entries: list[ArticleEntry]  # oldest first, undated last
    duplicates: list[Problem] = field(default_factory=list)
    actors: dict[str, ActorSummary] = field(default_factory=dict)  # by actor id
    # Cross-links, by the article's page path:
    related: dict[str, tuple[ArticleEntry, ...]] = field(default_factory=dict)
    story_of: dict[str, Story] = field(default_factory=dict)
    further_reading: dict[str, tuple[tuple[str, ArticleEntry | None], ...]] = field(default_factory=dict)
    backlinks: dict[str, tuple[Backlink, ...]] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    outlets: dict[str, OutletSummary] = field(default_factory=dict)  # by outlet name
    # An undated article in a story of dated ones: the days its story's other articles appeared (first, last).
    # An estimate, never a publication date: the article stays undated.
    estimated: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    # By the article's source path, when known: a digest that changes whenever the article or its cast does.
    article_keys: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def dated(self) -> list[ArticleEntry]:
        return [e for e in self.entries if e.article.published is not None]

    @property
    def undated(self) -> list[ArticleEntry]:
        return [e for e in self.entries if e.article.published is None]
