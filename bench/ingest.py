"""Ingest rate of each input path at 1,000 articles: text seeds, saved web pages (.html), one WARC file, one CSV.

    .venv/bin/python bench/ingest.py [--count 1000] [--runs 3]     # writes bench/INGEST.md

The same 1,000 synthetic articles (bench/corpus.py) are written four ways: as raw text seeds; as web pages (each
article's paragraphs in <p> inside a page with a menu, share buttons, related links, a comment form, a footer and
JSON-LD metadata); as those pages in one gzipped WARC file (warcio); as rows of one CSV export. For each, the
read stage alone and read + clean + extract (the per-article work; actor resolution and rendering are the same
for every path and are not timed) are run `--runs` times; the median is reported as articles per second.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from generator.editorial import load_editorial  # noqa: E402
from generator.read import read_corpus  # noqa: E402

OUT = Path(__file__).resolve().parent / "INGEST.md"
PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title} - {outlet}</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{outlet}">
<script type="application/ld+json">{json_ld}</script></head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/dunia">Dunia</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>{title}</h1><div class="share"><a href="#">Bagikan</a> <a href="#">Tweet</a></div>
{paragraphs}
</article><aside><h3>Berita Terkait</h3><ul>{related}</ul></aside>
<section id="comments"><form><textarea>Tulis komentar</textarea><button>Kirim</button></form></section>
<footer>Copyright {outlet}. Semua hak dilindungi.</footer></body></html>"""


def _split(text: str) -> tuple[str, list[str]]:
    """A synthetic raw article's headline (its first line that is a sentence-less title) and prose lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    prose = [line for line in lines if len(line.split()) >= 12]
    title = next((line for line in lines if 4 <= len(line.split()) <= 16 and not line.endswith(".")), lines[0])
    return title, prose


def write_inputs(root: Path, count: int) -> dict[str, Path]:
    text_dir = root / "text"
    corpus.write_corpus(text_dir, count)
    html_dir, warc_dir, csv_dir = root / "html", root / "warc", root / "csv"
    for folder in (html_dir, warc_dir, csv_dir):
        folder.mkdir(parents=True)
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rows = []
    with (warc_dir / "crawl.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, path in enumerate(sorted(text_dir.glob("*.txt"))):
            title, prose = _split(path.read_text(encoding="utf-8"))
            url = f"https://warta.example.id/berita/{number}"
            json_ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                                  "datePublished": f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}T08:00:00+07:00"})
            page = PAGE.format(title=html.escape(title), outlet="Warta Contoh", url=url, json_ld=json_ld,
                               paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in prose),
                               related="".join(f'<li><a href="/r{k}">Berita lain nomor {k}</a></li>' for k in range(5)))
            (html_dir / f"{number:05d}.html").write_text(page, encoding="utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                                          http_headers=headers))
            rows.append((title, url, f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d} 08:00", "\n".join(prose)))
    with (csv_dir / "export.csv").open("w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["title", "url", "date", "text"])
        table.writerows(rows)
    return {"text (.txt)": text_dir, "web pages (.html)": html_dir, "WARC (.warc.gz)": warc_dir, "export (.csv)": csv_dir}


def measure(folder: Path, runs: int) -> tuple[float, float, int]:
    from generator.clean import clean
    from generator.extract import extract

    editorial = load_editorial()
    read_times, total_times, articles = [], [], 0
    for _ in range(runs):
        started = time.perf_counter()
        documents = read_corpus(folder).documents
        read_times.append(time.perf_counter() - started)
        for document in documents:
            extract(clean(document, editorial), editorial)
        total_times.append(time.perf_counter() - started)
        articles = len(documents)
    return statistics.median(read_times), statistics.median(total_times), articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_inputs(Path(tmp), args.count)
        results = {name: measure(folder, args.runs) for name, folder in paths.items()}
    text_rate = results["text (.txt)"][2] / results["text (.txt)"][1]
    lines = ["# Ingest rate by input path", "",
             f"`bench/ingest.py --count {args.count} --runs {args.runs}`: the same {args.count} synthetic articles "
             "as text seeds, web pages, one WARC file and one CSV export; median of the runs, one process (the "
             "pipeline spreads clean and extract over the cores above 200 articles; this measures one core).", "",
             "| input | articles | read (s) | read + clean + extract (s) | articles/s | vs text |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, (read_s, total_s, articles) in results.items():
        rate = articles / total_s
        lines.append(f"| {name} | {articles} | {read_s:.2f} | {total_s:.2f} | {rate:.0f} | {rate / text_rate:.2f}× |")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
