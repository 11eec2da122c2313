"""Golden files: the cleaned body and metadata of each seed, reviewed by hand line by line.

A change to the rules that alters a seed's result fails here; if the new result is right, regenerate with
ARSIP_UPDATE_GOLDEN=1 and review the diff of tests/golden/ before committing it.
"""

import json
import os

import pytest
from conftest import SEED_NAMES, SEEDS

from generator.clean import clean, remove_recurring
from generator.extract import extract
from generator.read import read_corpus

GOLDEN = SEEDS.parent / "tests" / "golden"
UPDATE = os.environ.get("ARSIP_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def articles(editorial):
    documents = read_corpus(SEEDS).documents
    cleaned = remove_recurring([clean(d, editorial) for d in documents], editorial)
    return {c.source.path: (c, extract(c, editorial)) for c in cleaned}


def metadata(article) -> dict:
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "date_source": article.date_source,
        "outlet": article.outlet,
        "section": article.section,
        "agencies": list(article.agencies),
        "dateline": article.dateline,
        "language": article.language,
        "lede": article.lede,
        "words": article.words,
        "reading_minutes": article.reading_minutes,
        "page": article.page,
        "further_reading": list(article.further_reading),
    }


def check(path, text):
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{path.name} differs from its golden file"


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_cleaned_body_matches_golden(articles, seed):
    cleaned, _ = articles[seed]
    check(GOLDEN / f"{seed[:-4]}.body.txt", "\n".join(cleaned.paragraphs) + "\n")


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_metadata_matches_golden(articles, seed):
    _, article = articles[seed]
    check(GOLDEN / f"{seed[:-4]}.meta.json", json.dumps(metadata(article), ensure_ascii=False, indent=1) + "\n")


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_line_is_either_kept_or_removed_by_a_named_rule(articles, seed):
    cleaned, _ = articles[seed]
    lines = [n for n, line in enumerate(cleaned.source.text.split("\n"), start=1) if line.strip()]
    accounted = set(cleaned.paragraph_lines) | {r.line_no for r in cleaned.removed}
    assert set(lines) == accounted
    assert all(r.rule for r in cleaned.removed)


def test_no_chrome_left_and_no_prose_lost_across_the_seeds(articles):
    """The hand review in numbers: chrome lines known to be in the seeds are all gone, prose all there."""
    chrome = ["Halaman :", "tulis komentar anda", "Follow", "Video Rekomendasi", "Berita Terkait", "Terpopuler",
              "Tinggalkan Balasan", "Ticker", "7/recent/ticker-posts", "Header Ads Widget", "Post a Comment",
              "0 Comments", "Foto/AP", "Sindobatam", "Dapatkan berita terbaru", "Sumber : CNN Indonesia",
              "Rekomendasi", "Berita Terkini More"]
    for cleaned, _ in articles.values():
        for paragraph in cleaned.paragraphs:
            assert paragraph not in chrome
            assert "SINDOnews.com, Klik Disini" not in paragraph and "(AFP/ALEXEY NIKOLSKY)" not in paragraph
            assert not paragraph.startswith(("Baca juga", "READ  ", "(Kecuali judulnya"))
    prose_per_seed = {seed: len(c.paragraphs) for seed, (c, _) in articles.items()}
    assert prose_per_seed == {
        "000_ef2016a7aa0c4b2f.txt": 10, "001_f4f2b7e91b879bed.txt": 7, "002_ed4f2aa6d2ebbc49.txt": 11,
        "003_7523613562a37feb.txt": 9, "004_ea22896dfd0a949b.txt": 23,
    }
