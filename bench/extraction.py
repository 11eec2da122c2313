"""Extraction on real news: detik-dev.csv built as raw text seeds, measured against the CSV's own columns.

    .venv/bin/python bench/extraction.py            # writes bench/EXTRACTION.md

For every article: is the title the CSV's headline, is the date the CSV's (Jakarta time, +07:00), is any
promo line left in the text, and is every paragraph of the body that is not chrome on the page. "Chrome" is
judged here independently of Arsip's rules: the widget lines detik prints ("SCROLL TO CONTINUE WITH
CONTENT", "ADVERTISEMENT") and lines that announce other content. Every other body line that Arsip removed
is listed with its rule, so a lost paragraph can be read and judged.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realcorpus  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.clean import clean  # noqa: E402
from generator.editorial import load_editorial  # noqa: E402
from generator.read import normalise_text  # noqa: E402

OUT = Path(__file__).resolve().parent / "EXTRACTION.md"
WIDGETS = {"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"}
PROMO = realcorpus.PROMO_LINE


def main() -> None:
    rows = realcorpus.detik_rows()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        realcorpus.write_detik_seeds(seeds, rows)
        started = time.perf_counter()
        documents, articles, duplicates, _ = realcorpus.analyse_folder(seeds)
        seconds = time.perf_counter() - started
    by_seed = {row.seed_name: row for row in rows}
    document_of = {d.path: d for d in documents}
    editorial = load_editorial()
    jakarta = ZoneInfo("Asia/Jakarta")
    every = {a.source_path: a for a in articles}
    title_fail, date_fail, promo_left, lost, removed_prose = [], [], [], [], []
    for name in sorted(by_seed):
        row = by_seed[name]
        article = every.get(name)
        if article is None:
            title_fail.append((name, row.headline, "(set aside as a duplicate)"))
            continue
        title = article.title if article.title_found else None
        if title != " ".join(row.headline.split()):
            title_fail.append((name, row.headline, title))
        published = article.published
        expected = row.published.replace(tzinfo=jakarta)
        if not isinstance(published, dt.datetime) or published != expected or published.utcoffset() != expected.utcoffset():
            date_fail.append((name, expected.isoformat(), published.isoformat() if published else None))
        for paragraph in article.paragraphs:
            if PROMO.match(paragraph):
                promo_left.append((name, paragraph))
        kept = {" ".join(p.split()) for p in article.paragraphs}
        kept_unspaced = {"".join(p.split()) for p in article.paragraphs}  # glued sentences are split by a space
        rules = None  # which rule removed a line: cleaned again only for an article that lost one
        for line in normalise_text(row.body).split("\n"):
            line = " ".join(line.split())
            if not line or line in WIDGETS or PROMO.match(line) or line in kept or "".join(line.split()) in kept_unspaced:
                continue
            if any(line.endswith(p) for p in kept if len(p) > 20):  # a dateline prefix taken off
                continue
            if rules is None:
                rules = {r.text: r.rule for r in clean(document_of[name], editorial).removed}
            entry = (name, rules.get(line, "recurring-in-outlet"), line)
            (lost if len(line.split()) >= 8 else removed_prose).append(entry)

    total = len(rows)
    lines = [
        "# Extraction on real news (detik-dev.csv)",
        "",
        f"`bench/extraction.py` over `../shared/corpora/detik-dev.csv`: {total} rows written as raw text seeds "
        "(headline line, detik's date line, body as scraped), cleaned and extracted by Arsip "
        f"({seconds:.1f} s for clean + extract + resolve, {len(duplicates)} duplicates).",
        "",
        "| measure | result | target |",
        "| --- | ---: | ---: |",
        f"| titles exact | {total - len(title_fail)}/{total} ({100 * (total - len(title_fail)) / total:.1f} %) | 100 % |",
        f"| dates exact (with +07:00) | {total - len(date_fail)}/{total} ({100 * (total - len(date_fail)) / total:.1f} %) | 100 % |",
        f"| pages with a promo line left in the text | {len({n for n, _ in promo_left})} | 0 |",
        f"| prose paragraphs lost (8 words or more, not chrome) | {len(lost)} | 0 |",
        f"| short body lines removed (under 8 words, listed for review) | {len(removed_prose)} | |",
        "",
    ]

    def section(title, items, header, fmt):
        lines.extend([f"## {title} ({len(items)})", ""])
        if items:
            lines.extend([header, "|" + " --- |" * (header.count("|") - 1)])
            lines.extend(fmt(item) for item in items)
        else:
            lines.append("None.")
        lines.append("")

    cell = lambda text: (text or "—").replace("|", "\\|")  # noqa: E731
    section("Titles not exact", title_fail, "| seed | CSV headline | Arsip's title |",
            lambda i: f"| {i[0]} | {cell(i[1])} | {cell(i[2])} |")
    section("Dates not exact", date_fail, "| seed | CSV date | Arsip's date |",
            lambda i: f"| {i[0]} | {i[1]} | {cell(i[2])} |")
    section("Promo lines left in the text", promo_left, "| seed | line |", lambda i: f"| {i[0]} | {cell(i[1])} |")
    section("Prose lost", lost, "| seed | rule | line |", lambda i: f"| {i[0]} | {i[1]} | {cell(i[2][:160])} |")
    section("Short body lines removed", removed_prose, "| seed | rule | line |",
            lambda i: f"| {i[0]} | {i[1]} | {cell(i[2][:160])} |")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[:14]))
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
