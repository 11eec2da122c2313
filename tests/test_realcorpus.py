"""Real news: the 303 detik.com articles of ../shared/corpora/detik-dev.csv, written as raw text seeds.

The corpus is data for development and measurement, not part of the repository (CI has shared/ beside the
checkout). bench/extraction.py, bench/quotes.py and bench/actors.py report the same measures in full.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import realcorpus  # noqa: E402

pytestmark = pytest.mark.skipif(not realcorpus.DETIK_CSV.is_file(), reason="../shared/corpora/detik-dev.csv missing")

PROMO = realcorpus.PROMO_LINE


@pytest.fixture(scope="module")
def detik(tmp_path_factory):
    folder = tmp_path_factory.mktemp("detik") / "seeds"
    rows = realcorpus.write_detik_seeds(folder)
    _, articles, duplicates, resolved = realcorpus.analyse_folder(folder)
    return {r.seed_name: r for r in rows}, articles, duplicates, resolved


def test_every_headline_and_date_of_the_real_corpus(detik):
    rows, articles, duplicates, _ = detik
    assert duplicates == []  # the CSV is deduplicated by URL: every row is an article
    assert len(articles) == len(rows) == 303
    wrong_titles = [(a.source_path, a.title) for a in articles
                    if not a.title_found or a.title != " ".join(rows[a.source_path].headline.split())]
    assert wrong_titles == []
    jakarta = ZoneInfo("Asia/Jakarta")
    wrong_dates = [(a.source_path, a.published) for a in articles
                   if not isinstance(a.published, dt.datetime)
                   or a.published != rows[a.source_path].published.replace(tzinfo=jakarta)
                   or a.published.utcoffset() != dt.timedelta(hours=7)]
    assert wrong_dates == []


def test_no_promo_line_is_left_in_the_real_corpus_and_the_video_promos_are_further_reading(detik):
    rows, articles, _, _ = detik
    left = [(a.source_path, p) for a in articles for p in a.paragraphs if PROMO.match(p)]
    assert left == []
    promos = sum(1 for row in rows.values() for line in row.body.split("\n") if re.match(r"Simak (?:juga )?Video", line))
    kept_as_reading = sum(1 for a in articles for title in a.further_reading)
    assert promos > 20 and kept_as_reading >= promos
