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
import re
import sys
from dataclasses import dataclass
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
# What the measurements count as a promo left in the text, independently of Arsip's rules: an announcing verb at
# the start of a line, then the content named as such ("Simak juga Video '…'", "Baca juga: …", "Saksikan …").
PROMO_LINE = re.compile(r"^['\"“‘]?(?:Saksikan\b|(?:Simak|Tonton|Lihat|Baca)\b(?:\s+(?:juga|pula))?\s*"
                        r"(?:video|live|berita|artikel|:|['\"“‘]))", re.IGNORECASE)
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
    """Arsip's own read → clean → extract → resolve over a folder of seeds:
    (documents read, unique articles, duplicates set aside, resolved actors)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator.editorial import load_editorial
    from generator.pipeline import analyse
    from generator.read import read_corpus

    documents = read_corpus(folder).documents
    return (documents, *analyse(documents, load_editorial()))
