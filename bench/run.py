"""Benchmark: generate and build synthetic archives of N articles and report medians in bench/RESULTS.md.

    .venv/bin/python bench/run.py                 # N = 1,000, 3 runs each
    .venv/bin/python bench/run.py 1000 10000 --runs 3

Each step runs as its own process, as a user runs it: `arsip generate` on a fresh folder (time, articles/s, peak
memory), a rerun with nothing changed, a rerun after one seed changed (time and pages rewritten each), then
`mkdocs build` with the Pagefind index (time, site size, bytes per article page, index size), the same site
with Material's lunr search instead, and in headless Chromium, for each search, the bytes fetched for a first
query and the time from the first keystroke to the first result. Never run by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

QUERY = "senjata"  # a word of most articles: the search's worst case


def project(folder: Path, count: int, seed: int) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    docs = ROOT / "site_src"
    generated = set(json.loads((docs / ".arsip-manifest.json").read_text())["files"]) \
        if (docs / ".arsip-manifest.json").exists() else set()
    for source in docs.rglob("*"):
        relative = source.relative_to(docs).as_posix()
        if source.is_file() and relative not in generated and not source.name.startswith(".arsip-"):
            (folder / "site_src" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, folder / "site_src" / relative)
    write_corpus(folder / "seeds", count, seed)
    return folder


EDIT = "Kalimat ini ditambahkan oleh penyunting."


def edit_seed(seed: Path, sentence: str = EDIT) -> None:
    """An editor's fix inside the text of one article: a sentence added to its longest paragraph."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda k: len(lines[k]))
    lines[longest] += " " + sentence
    seed.write_text("\n".join(lines), encoding="utf-8")


def timed(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """(seconds, peak resident memory in KiB, stderr) of one command, measured by GNU time when present."""
    gnu_time = shutil.which("time") or "/usr/bin/time"
    prefix = [gnu_time, "-f", "PEAK_KIB=%M"] if Path(gnu_time).exists() else []
    start = time.perf_counter()
    result = subprocess.run(prefix + command, cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    peak = re.search(r"PEAK_KIB=(\d+)", result.stderr)
    # each step as it ends, so a long run that is stopped still tells what it measured
    print(f"{' '.join(command[-2:])}: {seconds:.1f} s", file=sys.stderr, flush=True)
    return seconds, int(peak.group(1)) if peak else 0, result.stderr


def written(stderr: str) -> int:
    found = re.search(r"Pages: (\d+) written", stderr)
    return int(found.group(1)) if found else -1


def size(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def lunr_config(folder: Path) -> Path:
    """The same site with Material's own search (lunr) instead of Pagefind, built into site-lunr/, to compare."""
    text = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("site_dir: site\n", "site_dir: site-lunr\n")
    lunr = ("\nplugins:\n  - search:\n      lang: en\n      separator: '[\\s\\-''’]+'\n      pipeline: [trimmer]\n"
            "  - arsip:\n      pagefind: false\n")
    text = text.replace("\nplugins:\n  - arsip:\n", lunr, 1)
    target = folder / "mkdocs-lunr.yml"
    target.write_text(text, encoding="utf-8")
    return target


def serve(site: Path):
    """Serve a built site on 127.0.0.1; returns (base URL, server)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


TIMING_SCRIPT = """
window.__arsipTyped = null; window.__arsipFirst = null;
document.addEventListener("keydown", () => { window.__arsipTyped ??= performance.now(); }, {capture: true});
new MutationObserver(() => {
  if (window.__arsipTyped !== null && window.__arsipFirst === null && document.querySelector(".md-search-result__item"))
    window.__arsipFirst = performance.now();
}).observe(document.documentElement, {subtree: true, childList: true});
"""


def browser_search(site: Path, query: str, search_paths: tuple[str, ...]) -> dict:
    """In headless Chromium: open the home page, open the search, type the query; the time from the first
    keystroke to the first result, and the bytes fetched for search (index, worker, chunks) until then."""
    from playwright.sync_api import sync_playwright

    base, server = serve(site)
    fetched: list[int] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("ARSIP_CHROMIUM", "/usr/bin/chromium"),
                                                 args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page()

            def count(response):
                if any(part in response.url for part in search_paths):
                    try:
                        fetched.append(len(response.body()))
                    except Exception:  # a redirect or aborted response has no body
                        pass
            page.on("response", count)
            page.goto(base)
            page.wait_for_load_state("networkidle")
            page.keyboard.press("/")
            page.wait_for_timeout(300)
            page.evaluate(TIMING_SCRIPT)
            page.keyboard.type(query)
            page.wait_for_function("window.__arsipFirst !== null", timeout=600_000)
            elapsed = page.evaluate("window.__arsipFirst - window.__arsipTyped")
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    return {"first_result_ms": elapsed, "fetched_bytes": sum(fetched)}


def measure(count: int, runs: int, seed: int, browser: bool) -> dict:
    arsip = [sys.executable, "-m", "generator.cli"]
    samples: dict[str, list] = {k: [] for k in ("generate", "peak", "rerun", "rerun_written", "one_changed",
                                                "one_written", "build", "pagefind", "lunr_build",
                                                "pagefind_ms", "pagefind_fetched", "lunr_ms", "lunr_fetched")}
    site_numbers = {}
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="arsip-bench-") as temporary:
            folder = project(Path(temporary) / "project", count, seed)
            seconds, peak, _ = timed(arsip + ["generate"], folder)
            samples["generate"].append(seconds)
            samples["peak"].append(peak)
            seconds, _, stderr = timed(arsip + ["generate"], folder)
            samples["rerun"].append(seconds)
            samples["rerun_written"].append(written(stderr))
            edit_seed(sorted((folder / "seeds").glob("*.txt"))[count // 2])
            seconds, _, stderr = timed(arsip + ["generate"], folder)
            samples["one_changed"].append(seconds)
            samples["one_written"].append(written(stderr))
            seconds, _, stderr = timed([sys.executable, "-m", "mkdocs", "build", "--strict"], folder)
            samples["build"].append(seconds)
            indexing = re.search(r"search index \(Pagefind\): .*?([\d.]+) s", stderr)
            samples["pagefind"].append(float(indexing.group(1)) if indexing else float("nan"))
            lunr = lunr_config(folder)
            seconds, _, _ = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", lunr.name], folder)
            samples["lunr_build"].append(seconds)
            site = folder / "site"
            if browser:
                found = browser_search(site, QUERY, ("pagefind/",))
                samples["pagefind_ms"].append(found["first_result_ms"])
                samples["pagefind_fetched"].append(found["fetched_bytes"])
                found = browser_search(folder / "site-lunr", QUERY, ("search/search_index", "workers/search"))
                samples["lunr_ms"].append(found["first_result_ms"])
                samples["lunr_fetched"].append(found["fetched_bytes"])
                print(f"browser: {samples['pagefind_ms'][-1]:.0f} ms Pagefind, {samples['lunr_ms'][-1]:.0f} ms lunr",
                      file=sys.stderr, flush=True)
            article_pages = [p for p in (site / "articles").rglob("index.html") if p.parent.name not in
                             {"articles", "undated"} and not re.fullmatch(r"\d{2,4}", p.parent.name)]
            site_numbers = {
                "site_bytes": size(site),
                "bytes_per_article_page": round(sum(p.stat().st_size for p in article_pages) / len(article_pages)),
                "pagefind_bytes": size(site / "pagefind"),
                "pagefind_files": sum(1 for p in (site / "pagefind").rglob("*") if p.is_file()),
                "lunr_index_bytes": (folder / "site-lunr" / "search" / "search_index.json").stat().st_size,
                "pages": sum(1 for _ in site.rglob("index.html")),
                "largest_page_bytes": max(p.stat().st_size for p in site.rglob("*.html")),
            }
    median = {k: statistics.median(v) if v else float("nan") for k, v in samples.items()}
    return {"count": count, "runs": runs, **median, **site_numbers,
            "articles_per_second": count / median["generate"]}


def table(results: list[dict]) -> str:
    rows = [
        ("generation (s)", lambda r: f"{r['generate']:.1f}"),
        ("articles/s", lambda r: f"{r['articles_per_second']:.0f}"),
        ("peak memory (MiB)", lambda r: f"{r['peak'] / 1024:.0f}"),
        ("rerun, nothing changed (s)", lambda r: f"{r['rerun']:.1f}"),
        ("pages rewritten by that rerun", lambda r: f"{r['rerun_written']:.0f}"),
        ("rerun, one seed changed (s)", lambda r: f"{r['one_changed']:.1f}"),
        ("pages rewritten after one change", lambda r: f"{r['one_written']:.0f}"),
        ("`mkdocs build --strict`, Pagefind included (s)", lambda r: f"{r['build']:.1f}"),
        ("generator's share of `arsip build` (generation ÷ generation + build)",
         lambda r: f"{r['generate'] / (r['generate'] + r['build']):.0%}"),
        ("pages in the site", lambda r: f"{r['pages']:,}"),
        ("site size (MB)", lambda r: f"{r['site_bytes'] / 1e6:.1f}"),
        ("bytes per article page", lambda r: f"{r['bytes_per_article_page']:,}"),
        ("largest HTML page (bytes)", lambda r: f"{r['largest_page_bytes']:,}"),
        ("**Pagefind**: index build (s)", lambda r: f"{r['pagefind']:.1f}"),
        ("Pagefind: index on disk (MB, files)", lambda r: f"{r['pagefind_bytes'] / 1e6:.1f} ({r['pagefind_files']:,})"),
        (f"Pagefind: bytes fetched for a first query (\"{QUERY}\", kB)", lambda r: f"{r['pagefind_fetched'] / 1e3:.0f}"),
        ("Pagefind: first keystroke → first result (ms)", lambda r: f"{r['pagefind_ms']:.0f}"),
        ("**lunr** (Material's search, same site): `mkdocs build` (s)", lambda r: f"{r['lunr_build']:.1f}"),
        ("lunr: index on disk (MB)", lambda r: f"{r['lunr_index_bytes'] / 1e6:.1f}"),
        ("lunr: bytes fetched for a first query (kB)", lambda r: f"{r['lunr_fetched'] / 1e3:.0f}"),
        ("lunr: first keystroke → first result (ms), index already loaded", lambda r: f"{r['lunr_ms']:.0f}"),
    ]
    head = "| | " + " | ".join(f"N = {r['count']:,}" for r in results) + " |"
    lines = [head, "| --- | " + " | ".join("---:" for _ in results) + " |"]
    lines += ["| " + name + " | " + " | ".join(cell(r) for r in results) + " |" for name, cell in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("counts", nargs="*", type=int, default=[1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--no-browser", action="store_true", help="skip the search timings in Chromium")
    arguments = parser.parse_args()
    results = [measure(count, arguments.runs, arguments.seed, not arguments.no_browser) for count in arguments.counts]
    text = (f"# Benchmark results\n\nMedians of {arguments.runs} runs, synthetic corpus seed {arguments.seed} "
            f"(`bench/corpus.py`), measured {dt.date.today().isoformat()} on {os.cpu_count()} cores "
            f"({platform.machine()}, Python {platform.python_version()}). Each step is a separate process "
            f"(start-up included). Made by `bench/run.py`.\n\n{table(results)}\n")
    arguments.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
