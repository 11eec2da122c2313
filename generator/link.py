"""Link stage: turn the extracted articles into an archive: duplicates set aside, stable unique slugs, each
article's place in the date archive. Corpus-level work happens here once, never inside templates."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from slugify import slugify

from .cache import AnalysisCache
from .model import ActorSummary, Archive, Article, ArticleEntry, Backlink, Cast, OutletSummary, Problem, Story
from .relate import Relations, terms
from .resolve import ResolvedCorpus

UNKNOWN_OUTLET = "Tidak diketahui"
# A "Baca juga" title links to an archive article when the titles are the same up to case, punctuation and
# hyphens; or nearly the same (ratio ≥ 92) with every differing word a near-spelling of a word in the other
# title (one edit in four letters, transpositions included: "Jaul"/"Jual" 0.75), so a typo links but
# "Kim Tiba di China" never links to "Kim Tiba di Rusia" (ratio 96, "China"/"Rusia" 0.2);
# or the promo is visibly cut short ("…") and is the start of a title of five words or more.
TITLE_MATCH_RATIO = 92
TITLE_WORD_SIMILARITY = 0.75
TITLE_PREFIX_WORDS = 5

SLUG_MAX_LENGTH = 80
UNDATED_FOLDER = "undated"


def _body_key(article: Article) -> tuple:
    return tuple(" ".join(p.split()).casefold() for p in article.paragraphs)


def base_slug(article: Article) -> str:
    return slugify(article.title, max_length=SLUG_MAX_LENGTH, word_boundary=True, save_order=True) or "artikel"


def article_folder(article: Article) -> str:
    day = article.day
    if day is None:
        return f"articles/{UNDATED_FOLDER}"
    return f"articles/{day.year:04d}/{day.month:02d}"


def url_key(url: str | None) -> str | None:
    """An address as a duplicate key: courlan's normal form without tracking parameters and fragment, the
    scheme and a leading "www." (http://www.x.id/a?utm_source=y is https://x.id/a)."""
    if not url:
        return None
    from courlan import normalize_url

    try:
        normal = normalize_url(url.strip(), strict=True)
    except ValueError:
        return None
    return re.sub(r"^https?://(?:www\.)?", "", normal, flags=re.IGNORECASE).rstrip("/") or None


def split_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """The same article saved twice (same text, or same cleaned body under another file name) is one article;
    the copy with the later file name is reported as a duplicate. Returns (unique articles, duplicates)."""
    first_by_body: dict[tuple, Article] = {}
    first_by_url: dict[str, Article] = {}
    duplicates: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.source_path):
        key = _body_key(article) if article.paragraphs else ("hash", article.content_hash)
        address = url_key(article.source_url)
        original = first_by_body.get(key) or (first_by_url.get(address) if address else None)
        if original is not None:
            same_address = first_by_body.get(key) is None
            duplicates.append(Problem(article.source_path, f"duplicate of {original.origin or original.source_path}"
                                      f"{' (the same address)' if same_address else ''}; one page made"))
            continue
        first_by_body[key] = article
        if address:
            first_by_url[address] = article
    keep = {id(a) for a in first_by_body.values()}
    return [a for a in articles if id(a) in keep], duplicates


def build_archive(articles: list[Article], resolved: ResolvedCorpus | None = None,
                  memo: AnalysisCache | None = None) -> Archive:
    """Order the articles, set duplicates aside and give each a stable URL.

    Articles that share a title share a base slug: the oldest keeps it, the others add the start of their
    content hash, so a slug never depends on which other files happen to be present beyond those with the
    same title. memo: each article's terms, kept from an earlier run.
    """
    unique, duplicates = split_duplicates(articles)
    unique.sort(key=lambda a: (a.published is None, a.sort_key))

    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in unique:
        by_slug[base_slug(article)].append(article)
    slugs: dict[int, str] = {}
    for slug, group in by_slug.items():
        group.sort(key=lambda a: (a.published is None, a.sort_key, a.content_hash))
        for position, article in enumerate(group):
            slugs[id(article)] = slug if position == 0 else f"{slug}-{article.content_hash[:8]}"

    casts = resolved.casts if resolved else {}
    entries = [
        ArticleEntry(article=a, slug=slugs[id(a)], page_path=f"{article_folder(a)}/{slugs[id(a)]}.md",
                     cast=casts.get(a.source_path, Cast()))
        for a in unique
    ]
    actors = summarise_actors(entries, resolved) if resolved else {}
    archive = Archive(entries=entries, duplicates=sorted(duplicates, key=lambda p: p.path), actors=actors,
                      article_keys=resolved.cast_keys if resolved else {})
    link_articles(archive, resolved, memo)
    return archive


def normalise_title(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.replace("-", " ")).casefold().split())


def _same_title(promo: str, title: str) -> bool:
    if fuzz.ratio(promo, title) < TITLE_MATCH_RATIO:
        return False
    promo_words, title_words = set(promo.split()), set(title.split())
    return all(any(OSA.normalized_similarity(word, other) >= TITLE_WORD_SIMILARITY for other in theirs)
               for mine, theirs in ((promo_words - title_words, title_words), (title_words - promo_words, promo_words))
               for word in mine)


def match_further_reading(title: str, by_title: dict[str, ArticleEntry], titles: list[str]) -> ArticleEntry | None:
    promo = normalise_title(title)
    if promo in by_title:
        return by_title[promo]
    if title.rstrip().endswith(("…", "...")) and len(promo.split()) >= TITLE_PREFIX_WORDS:
        for candidate in titles:
            if candidate.startswith(promo):
                return by_title[candidate]
    found = process.extractOne(promo, titles, scorer=fuzz.ratio, score_cutoff=TITLE_MATCH_RATIO)
    if found and _same_title(promo, found[0]):
        return by_title[found[0]]
    return None


def link_articles(archive: Archive, resolved: ResolvedCorpus | None, memo: AnalysisCache | None = None) -> None:
    """Related articles, stories, outlets, further reading and backlinks, all decided here once."""
    entries = archive.entries
    kinds = {actor_id: actor.kind for actor_id, actor in resolved.actors.items()} if resolved else {}
    articles = [e.article for e in entries]
    # each article's terms from memo when an earlier run counted its words
    counts = list((memo or AnalysisCache(None, "")).map("terms", lambda a: (a.language, a.title, a.paragraphs),
                                                         articles, terms))
    relations = Relations(articles, [e.cast for e in entries], kinds, counts)
    for index, entry in enumerate(entries):
        archive.related[entry.page_path] = tuple(entries[other] for other, _ in relations.related(index))
    for cluster in relations.stories():
        story = Story(id=f"story-{entries[cluster[0]].slug}", entries=tuple(entries[i] for i in cluster))
        archive.stories.append(story)
        for i in cluster:
            archive.story_of[entries[i].page_path] = story
        days = sorted(e.article.day for e in story.entries if e.article.day is not None)
        if days:
            for entry in story.entries:
                if entry.article.published is None:
                    archive.estimated[entry.page_path] = (days[0], days[-1])

    by_outlet: dict[str, list[ArticleEntry]] = defaultdict(list)
    for entry in entries:
        by_outlet[entry.article.outlet or UNKNOWN_OUTLET].append(entry)
    slugs: set[str] = set()
    for name in sorted(by_outlet, key=str.casefold):
        slug = slugify(name) or "media"
        while slug in slugs:
            slug += "-1"
        slugs.add(slug)
        archive.outlets[name] = OutletSummary(name=name, page_path=f"outlets/{slug}.md", entries=tuple(by_outlet[name]))

    by_title = {}
    for entry in entries:
        by_title.setdefault(normalise_title(entry.article.title), entry)
    titles = sorted(by_title)
    for entry in entries:
        matched = []
        for title in entry.article.further_reading:
            target = match_further_reading(title, by_title, titles)
            matched.append((title, target if target is not entry else None))
        archive.further_reading[entry.page_path] = tuple(matched)

    backlinks: dict[str, dict[str, Backlink]] = defaultdict(dict)
    for entry in entries:
        source = Backlink(entry.article.title, entry.page_path, "article")
        story = archive.story_of.get(entry.page_path)
        targets = list(archive.related[entry.page_path]) + list(story.entries if story else ())
        targets += [t for _, t in archive.further_reading[entry.page_path] if t is not None]
        for target in targets:
            if target.page_path != entry.page_path:
                backlinks[target.page_path][entry.page_path] = source
    for summary in archive.actors.values():
        for entry in summary.entries:
            backlinks[entry.page_path][summary.page_path] = Backlink(summary.actor.name, summary.page_path, "actor")
    archive.backlinks = {
        path: tuple(sorted(links.values(), key=lambda b: (b.kind != "article", b.label.casefold(), b.page_path)))
        for path, links in backlinks.items()
    }


def summarise_actors(entries: list[ArticleEntry], resolved: ResolvedCorpus) -> dict[str, ActorSummary]:
    """Per actor: its articles in order, spellings, roles, quotes and the actors it appears with."""
    appearances: dict[str, list[ArticleEntry]] = defaultdict(list)
    mentions: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, dict[str, tuple[str, ArticleEntry]]] = defaultdict(dict)
    quotes: dict[str, list] = defaultdict(list)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:  # already in date order
        present = entry.cast.actor_ids
        for actor_id in present:
            appearances[actor_id].append(entry)
            together[actor_id].update(other for other in present if other != actor_id)
        for mention in entry.cast.mentions:
            mentions[mention.actor_id] += 1
            spellings[mention.actor_id][mention.text] += 1
        for actor_id, role in entry.cast.roles:
            roles[actor_id].setdefault(" ".join(role.split()).casefold(), (role, entry))
        for quote in entry.cast.quotes:
            if quote.speaker_id:
                quotes[quote.speaker_id].append((quote, entry))
    summaries = {}
    for actor_id in sorted(appearances):
        actor = resolved.actors[actor_id]
        seen = sorted(spellings[actor_id], key=lambda s: (-spellings[actor_id][s], s))
        summaries[actor_id] = ActorSummary(
            actor=actor,
            page_path=f"actors/{actor_id}.md",
            entries=tuple(appearances[actor_id]),
            mentions=mentions[actor_id],
            aliases_seen=tuple(s for s in seen if s != actor.name),
            roles=tuple(roles[actor_id].values()),
            quotes=tuple(quotes[actor_id]),
            co_actors=tuple(sorted(together[actor_id].items(), key=lambda item: (-item[1], item[0]))),
        )
    return summaries
