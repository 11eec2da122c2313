"""Link stage: duplicates, stable unique slugs, date folders."""

import datetime as dt

from test_render import article

from generator.link import build_archive


def test_same_article_under_two_names_is_one_page_and_a_reported_duplicate():
    one = article(source_path="a.txt", content_hash="a" * 64)
    copy = article(source_path="copy of a.txt", content_hash="b" * 64)
    archive = build_archive([copy, one])
    assert [e.article.source_path for e in archive.entries] == ["a.txt"]
    assert [(p.path, p.reason) for p in archive.duplicates] == [("copy of a.txt", "duplicate of a.txt; one page made")]


def test_same_title_different_articles_get_distinct_stable_slugs():
    older = article(source_path="z.txt", content_hash="1" * 64, paragraphs=("Satu.",),
                    published=dt.date(2023, 9, 1))
    newer = article(source_path="a.txt", content_hash="2" * 64, paragraphs=("Dua.",),
                    published=dt.date(2023, 9, 2))
    slugs = {e.article.source_path: e.slug for e in build_archive([newer, older]).entries}
    assert slugs == {"z.txt": "judul-artikel-yang-cukup-panjang", "a.txt": "judul-artikel-yang-cukup-panjang-22222222"}
    assert {e.article.source_path: e.slug for e in build_archive([older, newer]).entries} == slugs


def test_entries_are_ordered_by_date_with_undated_last():
    a = article(source_path="a.txt", content_hash="a" * 64, title="Artikel A yang panjang", paragraphs=("A.",),
                published=None, date_source=None)
    b = article(source_path="b.txt", content_hash="b" * 64, title="Artikel B yang panjang", paragraphs=("B.",),
                published=dt.date(2024, 1, 1))
    c = article(source_path="c.txt", content_hash="c" * 64, title="Artikel C yang panjang", paragraphs=("C.",),
                published=dt.date(2023, 1, 1))
    entries = build_archive([a, b, c]).entries
    assert [e.article.source_path for e in entries] == ["c.txt", "b.txt", "a.txt"]
    assert [e.page_path.rsplit("/", 1)[0] for e in entries] == ["articles/2023/01", "articles/2024/01", "articles/undated"]


def test_a_title_without_letters_still_gets_a_slug():
    entry = build_archive([article(title="!!! ???")]).entries[0]
    assert entry.slug == "artikel"
