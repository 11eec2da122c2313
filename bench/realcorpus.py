"""The real corpora in ../shared/corpora/ as a new user meets them: detik.com rows written as raw text seeds.

Shared by the measurement scripts (bench/extraction.py, bench/quotes.py, bench/actors.py) and the end-to-end
tests on real news. Reading the CSV here is plumbing for measurement, not an input format of Arsip.

A seed is what a scraper stores for a detik page: the headline line, detik's date line
("Selasa, 21 Okt 2025 20:43 WIB") and the body as scraped (with its promos and widgets).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
DETIK_CSV = CORPORA / "detik-dev.csv"
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


@dataclass(frozen=True)
class DetikRow:
    id: str
    headline: str
    url: str
    published: dt.datetime  # naive, Jakarta time
    body: str
    entities: dict[str, list[str]]  # stakeholder group → names as the article prints them

    @property
    def seed_name(self) -> str:
        return f"detik-{int(self.id):04d}.txt"

    @property
    def date_line(self) -> str:
        when = self.published
        return f"{WEEKDAYS[when.weekday()]}, {when.day:02d} {MONTHS[when.month - 1]} {when.year} {when:%H:%M} WIB"

    def seed_text(self) -> str:
        return f"{self.headline}\n{self.date_line}\n\n{self.body}\n"


def detik_rows(path: Path = DETIK_CSV) -> list[DetikRow]:
    csv.field_size_limit(sys.maxsize)
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                entities = json.loads(row["entity"] or "{}")
            except ValueError:
                entities = {}
            rows.append(DetikRow(
                id=row["id"], headline=row["judul"].strip(), url=row["tautan"].strip(),
                published=dt.datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M"),
                body=row["isi_berita"], entities=entities if isinstance(entities, dict) else {},
            ))
    return rows


def write_detik_seeds(folder: Path, rows: list[DetikRow] | None = None) -> list[DetikRow]:
    folder.mkdir(parents=True, exist_ok=True)
    rows = detik_rows() if rows is None else rows
    for row in rows:
        (folder / row.seed_name).write_text(row.seed_text(), encoding="utf-8")
    return rows


def analyse_folder(folder: Path):
    """read → clean → extract → resolve over a folder of seeds: (articles, duplicates, resolved, cleaned by path)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator.clean import clean, remove_recurring
    from generator.editorial import load_editorial
    from generator.extract import extract
    from generator.link import split_duplicates
    from generator.read import read_corpus
    from generator.resolve import resolve

    editorial = load_editorial()
    documents = read_corpus(folder).documents
    cleaned = remove_recurring([clean(d, editorial) for d in documents], editorial)
    articles = [extract(c, editorial) for c in cleaned]
    unique, duplicates = split_duplicates(articles)
    return unique, duplicates, resolve(unique, editorial), {c.source.path: c for c in cleaned}
