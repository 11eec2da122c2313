"""Link stage: turn the extracted articles into an archive: duplicates set aside, stable unique slugs, each
article's place in the date archive. Corpus-level work happens here once, never inside templates."""

from __future__ import annotations

from collections import Counter, defaultdict

from slugify import slugify

from .model import ActorSummary, Archive, Article, ArticleEntry, Cast, Problem
from .resolve import ResolvedCorpus

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


def split_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """The same article saved twice (same text, or same cleaned body under another file name) is one article;
    the copy with the later file name is reported as a duplicate. Returns (unique articles, duplicates)."""
    first_by_body: dict[tuple, Article] = {}
    duplicates: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.source_path):
        key = _body_key(article) if article.paragraphs else ("hash", article.content_hash)
        original = first_by_body.get(key)
        if original is not None:
            duplicates.append(Problem(article.source_path, f"duplicate of {original.source_path}; one page made"))
            continue
        first_by_body[key] = article
    keep = {id(a) for a in first_by_body.values()}
    return [a for a in articles if id(a) in keep], duplicates


def build_archive(articles: list[Article], resolved: ResolvedCorpus | None = None) -> Archive:
    """Order the articles, set duplicates aside and give each a stable URL.

    Articles that share a title share a base slug: the oldest keeps it, the others add the start of their
    content hash, so a slug never depends on which other files happen to be present beyond those with the
    same title.
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
    return Archive(entries=entries, duplicates=sorted(duplicates, key=lambda p: p.path), actors=actors)


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
