"""A synthetic corpus of N raw articles shaped like the seeds, for the benchmark. Deterministic per seed number.

Each article: chrome lines around it (site name, ticker, widgets, comment forms), a headline (sometimes
repeated), a date stamp in an outlet's style spread over several years (some articles undated), a dateline,
paragraphs from the seeds in shuffled order with actors swapped in from the registry and invented names, a
quote with a speech verb, and "Baca juga" promos.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
OUTLETS = [("SINDOnews", "SINDOnews.com"), ("Kompas.com", "KOMPAS.com"), ("Kontan", "KONTAN.CO.ID"),
           ("Republika", "REPUBLIKA.CO.ID"), ("Okezone", "Okezone.com"), ("Channel9.id", "Channel9.id"),
           ("Warta Nusantara", "WartaNusantara.com"), ("Kabar Timur", "KabarTimur.id"), ("Suara Pagi", "SuaraPagi.com"),
           ("Berita Selatan", "BeritaSelatan.co.id")]
REGISTRY_PEOPLE = ["Kim Jong Un", "Vladimir Putin", "Sergei Shoigu", "Sergei Lavrov", "John Kirby"]
GIVEN = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Intan", "Joko", "Kurnia", "Lestari",
         "Mikhail", "Natalia", "Oleg", "Park", "Lee", "Choi", "Yuri", "Ivan", "Elena", "Hiroshi", "Aiko", "Chen"]
FAMILY = ["Santoso", "Wibowo", "Saputra", "Hidayat", "Kusuma", "Pratama", "Ivanov", "Petrov", "Smirnov", "Sokolov",
          "Min-ho", "Ji-hoon", "Tanaka", "Suzuki", "Wang", "Li", "Morozov", "Volkov", "Nugroho", "Halim"]
ROLES = ["Menteri Luar Negeri Indonesia", "juru bicara Kementerian Pertahanan", "Direktur Pusat Studi Keamanan",
         "analis militer", "pakar hubungan internasional", "Wakil Menteri Pertahanan", "Duta Besar Rusia"]
CHROME_TOP = [["Ticker", "7/recent/ticker-posts", "Header Ads Widget"], ["Menu", "Beranda"], ["ADVERTISEMENT"], []]
CHROME_BOTTOM = [["Halaman :", "tulis komentar anda", "Follow", "Berita Terkait", "Rekomendasi", "Terpopuler"],
                 ["Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
                  "12  +    =  19"], ["Post a Comment", "0 Comments"], []]


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if len(line.split()) >= 15 and not line.startswith(("Baca", "READ", "(Kecuali")):
                paragraphs.append(line.strip())
    return paragraphs


def article(number: int, rng: random.Random, paragraphs: list[str], people: list[str], titles: list[str]) -> str:
    outlet, brand = rng.choice(OUTLETS)
    year = rng.choice([2021, 2022, 2023, 2024, 2025])
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    lead, other = rng.sample(people, 2)
    title = (f"{lead} dan {other} Bahas Kerja Sama {rng.choice(['Pertahanan', 'Energi', 'Ekonomi', 'Antariksa'])} "
             f"di {rng.choice(['Moskow', 'Pyongyang', 'Jakarta', 'Seoul', 'Vladivostok'])} {number}")
    titles.append(title)
    lines = list(rng.choice(CHROME_TOP))
    lines += [title, ""] * rng.choice([1, 2])
    if rng.random() < 0.9:
        lines += [f"{rng.choice(WEEKDAYS)}, {day} {MONTHS[month - 1]} {year} - {rng.randrange(24):02}:"
                  f"{rng.randrange(60):02} WIB", ""]
    body = rng.sample(paragraphs, rng.randrange(6, 14))
    body[0] = f"{brand} - JAKARTA. {body[0]}"
    swap = {"Kim": lead.split()[0], "Putin": other.split()[-1]}
    body = [re.sub(r"\b(Kim|Putin)\b", lambda m: swap[m.group(1)], p) for p in body]
    role = rng.choice(ROLES)
    body.insert(2, f"“Kerja sama ini penting bagi kawasan,” kata {lead}, {role}, kepada wartawan.")
    if titles[:-1] and rng.random() < 0.5:
        body.insert(4, f"Baca juga: {rng.choice(titles[:-1])}")
    for paragraph in body:
        lines += [paragraph, ""]
    lines += list(rng.choice(CHROME_BOTTOM))
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 1) -> None:
    """Write `count` articles into `folder` (created); the same count and seed give the same bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs()
    invented = sorted({f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(400)})
    people = REGISTRY_PEOPLE + invented
    titles: list[str] = []
    for number in range(count):
        (folder / f"bench-{number:05}.txt").write_text(article(number, rng, paragraphs, people, titles),
                                                       encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    write_corpus(arguments.folder, arguments.count, arguments.seed)
