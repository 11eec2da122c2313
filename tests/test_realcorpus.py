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


def test_real_news_actor_pages_are_people_organisations_and_places_without_junk(detik):
    """bench/actors.py reports the full measures; this guards the failure classes of issue #13."""
    from generator import gazetteer
    from generator.editorial import load_editorial
    from generator.resolve import _vocabulary, fold, ordinary_words

    _, articles, _, resolved = detik
    vocabulary = _vocabulary(load_editorial())
    by_kind = {}
    for actor in resolved.actors.values():
        by_kind.setdefault(actor.kind, []).append(actor.name)
    assert len(by_kind["organisation"]) >= 100 and len(by_kind["place"]) >= 50 and len(by_kind["country"]) >= 20
    places = gazetteer.place_names()
    ordinary = ordinary_words(articles)

    foreign = gazetteer.foreign_region_names()

    def place_inside(words: list[str]) -> bool:
        """A country, province, regency or city of two words or more inside the name ("Jawa Barat"), or one
        such word first that the corpus never uses as a word ("Jateng Ahmad Luthfi"); districts are left out,
        thousands of them are given names ("Agung", "Bambang"), and so is another country's region inside a longer
        name, a surname there ("Nuno Espirito Santo")."""
        return (any(vocabulary.is_place(words[i:j], major=True)
                    and (fold(" ".join(words[i:j])) not in foreign or j - i == len(words))
                    for i in range(len(words)) for j in range(i + 2, len(words) + 1))
                or vocabulary.is_place(words[:1], major=True) and fold(words[0]) not in ordinary)

    junk = [name for name in by_kind["person"]
            if fold(name) in places or place_inside(name.split())
            or any(vocabulary.is_role_word(w) or vocabulary.is_head(w) for w in name.split())
            or any(ch.isdigit() for ch in name)]
    assert junk == []
    assert {"Jakarta", "Jawa Barat", "Jawa Timur"} <= set(by_kind["place"])
    assert {"Amerika Serikat", "China", "Indonesia"} <= set(by_kind["country"])
    assert {"Dewan Perwakilan Rakyat", "Komisi Pemberantasan Korupsi", "Badan Pusat Statistik"} <= set(
        by_kind["organisation"])
    assert not {"North Korea", "Russia", "United States"} & set(by_kind["country"])
    assert "Prabowo Subianto" in by_kind["person"]


def test_the_detik_csv_export_builds_as_it_is(tmp_path):
    """Issue #14: detik-dev.csv alone in seeds/, read as an export (its `tanggal` is month/day/year): every row a
    page with its address and detik's outlet from the domain, the column's date at +07:00, the promos gone."""
    import json
    import shutil

    from conftest import arsip, make_project, parse_html

    project = make_project(tmp_path / "project")
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    shutil.copy(realcorpus.DETIK_CSV, project / "seeds" / "detik-dev.csv")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("      seeds_dir: seeds\n",
                                                       "      seeds_dir: seeds\n      date_order: MDY\n"),
                                        encoding="utf-8")
    result = arsip("build", cwd=project)
    assert "303 article pages, 0 duplicates, 0 skipped" in result.stdout + result.stderr
    rows = {row.url: row for row in realcorpus.detik_rows()}
    data = json.loads((project / "site" / "data" / "articles.json").read_text(encoding="utf-8"))["articles"]
    assert len(data) == 303 and {a["source_url"] for a in data} == set(rows)
    for article in data:
        row = rows[article["source_url"]]
        assert article["outlet"] == "detikcom" and article["title"] == " ".join(row.headline.split())
        assert article["published"] == row.published.strftime("%Y-%m-%dT%H:%M:00+07:00")
        assert article["date_source"] == "record"
        assert not [p for p in article["paragraphs"] if PROMO.match(p) or "SCROLL TO CONTINUE" in p]
    page = project / "site" / data[0]["url"] / "index.html"
    links = [url for tag, url in parse_html(page).links if tag == "a"]
    assert data[0]["source_url"] in links  # the source address is a link on the article's page
    assert "Tidak diketahui" not in page.read_text(encoding="utf-8")
