"""Link stage: turn the extracted articles into an archive: duplicates set aside, stable unique slugs, each
article's place in the date archive. Corpus-level work happens here once, never inside templates."""

from __future__ import annotations

from collections import defaultdict

from slugify import slugify

from .model import Archive, Article, ArticleEntry, Problem

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


def build_archive(articles: list[Article]) -> Archive:
    """Order the articles, set duplicates aside and give each a stable URL.

    The same article saved twice (same text, or same cleaned body under another file name) becomes one page;
    the other copy is reported. Articles that share a title share a base slug: the oldest keeps it, the others
    add the start of their content hash, so a slug never depends on which other files happen to be present
    beyond those with the same title.
    """
    ordered = sorted(articles, key=lambda a: (a.published is None, a.sort_key))
    first_by_body: dict[tuple, Article] = {}
    duplicates: list[Problem] = []
    for article in sorted(ordered, key=lambda a: a.source_path):
        key = _body_key(article) if article.paragraphs else ("hash", article.content_hash)
        original = first_by_body.get(key)
        if original is not None:
            duplicates.append(Problem(article.source_path, f"duplicate of {original.source_path}; one page made"))
            continue
        first_by_body[key] = article
    keep = {id(a) for a in first_by_body.values()}
    unique = [a for a in ordered if id(a) in keep]

    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in unique:
        by_slug[base_slug(article)].append(article)
    slugs: dict[int, str] = {}
    for slug, group in by_slug.items():
        group.sort(key=lambda a: (a.published is None, a.sort_key, a.content_hash))
        for position, article in enumerate(group):
            slugs[id(article)] = slug if position == 0 else f"{slug}-{article.content_hash[:8]}"

    entries = [
        ArticleEntry(article=a, slug=slugs[id(a)], page_path=f"{article_folder(a)}/{slugs[id(a)]}.md") for a in unique
    ]
    return Archive(entries=entries, duplicates=sorted(duplicates, key=lambda p: p.path))
