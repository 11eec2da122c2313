"""`mkdocs serve --livereload` on the synthetic corpus: from saving an edited seed to the served article page
showing the edit, polled over HTTP as a reader's browser would load it (issue #15's serve case).

    .venv/bin/python bench/serve.py [N] [--dirty | --dirty-only]     # prints; writes bench/SERVE.md

The project is built once with `arsip build` (so that the analysis cache and the site exist, as for a user who
built before serving); the server is started, the first build it makes is waited for, then one sentence is added
to the longest paragraph of the middle seed and the time until the page carries it is taken. With --dirty the
server is started with MkDocs' `--dirty` (only changed files rebuilt) as well; with --dirty-only, only so.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import edit_seed, project, timed  # noqa: E402

OUT = Path(__file__).resolve().parent / "SERVE.md"
EARLIER = [  # measurements of earlier code, kept for comparison
    "At f98f0da (before generation paused the cyclic garbage collector), N = 10,000, `mkdocs serve --livereload "
    "--dirty`, `--edits 5`: first build served 252.3 s, edit shown 4.6, 3.2, 3.0, 3.5 and 3.1 s (median 3.2 s), all "
    "pages up to date 31.9, 31.5, 34.3, 32.5 and 36.6 s (median 32.5 s).",
    "At 02d37eb (no preview: each save waited for the whole run, then the build), N = 10,000, `mkdocs serve "
    "--livereload --dirty`, `--edits 5`: first build served 221.4 s, edit shown 25.1, 26.2, 23.8, 23.2 and 26.9 s "
    "(median 25.1 s), every page up to date with it.",
    'At 6fef0d5 (the server keeping its reads and results in memory, but its first run after an `arsip build` '
    'answering from the run cache, so that the first edit loaded everything), N = 10,000, `mkdocs serve --livereload '
    '--dirty`, `--edits 3`: first build served 248.4 s, edit shown 46.1, 32.1 and 28.3 s (median 32.1 s).',
    "At cd76bf8 (each rebuild reading every seed and unpickling every kept result again), N = 10,000, "
    "`mkdocs serve --livereload --dirty`, three edits saved one after another on one project (the same polling, by a "
    "one-off script): edit shown 46.5, 34.6 and 33.3 s (median 34.6 s); first build served 209.4 s.",
    "At 4e24037, N = 10,000, `mkdocs serve --livereload --dirty`, one edit: first build served 209.4 s, edit shown "
    "40.3 s.",
    "At 7572e5d (N = 10,000) and 06956ac (N = 2,000; the pages built again indexed apart by Pagefind), one run "
    "each, `mkdocs serve --livereload --dirty`: first build served 391.6 s and 83.2 s, edit shown 70.4 s and 18.7 s "
    "(before the run cache kept unchanged pages unread and unrendered, fb4bfc8).",
    "At 0761586 (MkDocs polling every generated page twice a second beside the build; related articles scored in "
    "Python), N = 10,000, `mkdocs serve --livereload --dirty`: first build served 573.9 s, edit shown 190.8 s.",
    "At 0938c46 (the search index rebuilt in the background after the page is served), N = 2,000: `mkdocs serve "
    "--livereload` first build served 113.2 s, edit shown 136.9 s; with `--dirty` 116.2 s and 22.5 s.",
    "At 25e8fe4 (the search index rebuilt before the server served the rebuilt page), N = 2,000: "
    "`mkdocs serve --livereload` first build served 114.2 s, edit shown 153.4 s; with `--dirty` 113.2 s and 47.1 s.",
]
MARK = "Kalimat penanda ini ditambahkan oleh penyunting"
SETTLED = "the whole archive is up to date"  # what the arsip plugin logs when the run after a preview ends


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 5) -> str | None:
    """The page's text, or None while the server does not answer (tests/test_serve.py polls with it too)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, seconds: float, step: float = 0.5):
    """predicate()'s first true value within `seconds`, tried every `step` seconds; None if there is none."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def _article_url(folder: Path, seed: Path, base: str) -> str:
    """The served address of the seed's article page, from its front matter's source_file."""
    name = f"\nsource_file: {seed.relative_to(folder / 'seeds').as_posix()}\n"
    for page in (folder / "site_src" / "articles").rglob("*.md"):
        if name in page.read_text(encoding="utf-8")[:10000]:
            relative = page.relative_to(folder / "site_src").with_suffix("")
            return f"{base}/{relative.as_posix()}/"
    raise SystemExit(f"no article page for {seed}")


def measure(count: int, dirty: bool, edits: int = 1) -> dict:
    with tempfile.TemporaryDirectory(prefix="arsip-serve-") as temporary:
        folder = project(Path(temporary) / "project", count, 1)
        timed([sys.executable, "-m", "generator.cli", "build"], folder)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"]
        if dirty:
            command.append("--dirty")
        started = time.perf_counter()
        log_path = Path(temporary) / "serve.log"
        log = open(log_path, "w", encoding="utf-8")
        server = subprocess.Popen(command, cwd=folder, stdout=log, stderr=log,
                                  env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})

        def settled_after(runs: int) -> bool:
            """The whole run that follows a preview has ended more than `runs` times, and a build followed."""
            parts = log_path.read_text(encoding="utf-8", errors="replace").split(SETTLED)
            return len(parts) - 1 > runs and "Reloading browsers" in parts[-1]

        try:
            seed = sorted((folder / "seeds").glob("*.txt"))[count // 2]
            url = _article_url(folder, seed, base)
            if not wait_for(lambda: fetch(url, timeout=10), 3600, 1.0):
                raise SystemExit("mkdocs serve did not serve the page")
            first = time.perf_counter() - started
            shown, settled = [], []
            for number in range(edits):  # each edit adds another marked sentence to the same paragraph
                time.sleep(3 if not number else 10)  # let the watcher (and the last rebuild's follow-up) settle
                mark = f"{MARK} {number + 1}"
                runs = log_path.read_text(encoding="utf-8", errors="replace").count(SETTLED)
                saved = time.perf_counter()
                edit_seed(seed, f"{mark}.")
                if not wait_for(lambda: f"{mark}." in (fetch(url, timeout=10) or ""), 3600, 0.25):
                    raise SystemExit("the edit never showed")
                shown.append(time.perf_counter() - saved)
                if dirty:  # the edit was shown from a preview: the whole archive follows
                    if not wait_for(lambda: settled_after(runs), 3600, 0.25):
                        raise SystemExit("the whole run after the preview never ended")
                    settled.append(time.perf_counter() - saved)
        finally:
            server.terminate()
            server.wait(timeout=60)
            log.close()
    return {"count": count, "dirty": dirty, "first": first, "shown": statistics.median(shown), "each": shown,
            "settled": statistics.median(settled) if settled else None, "each_settled": settled}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=2000)
    parser.add_argument("--dirty", action="store_true", help="measure `mkdocs serve --dirty` as well")
    parser.add_argument("--dirty-only", action="store_true", help="measure `mkdocs serve --dirty` alone")
    parser.add_argument("--edits", type=int, default=1, help="edits saved one after another; their median is shown")
    args = parser.parse_args()
    results = (([] if args.dirty_only else [measure(args.count, False, args.edits)])
               + ([measure(args.count, True, args.edits)] if args.dirty or args.dirty_only else []))
    lines = ["# `mkdocs serve --livereload`: an edited seed shown", "",
             f"`bench/serve.py {args.count}{' --dirty-only' if args.dirty_only else ' --dirty' if args.dirty else ''}"
             f"{f' --edits {args.edits}' if args.edits != 1 else ''}` on the synthetic corpus (bench/corpus.py, "
             "seed 1), one server each, after an `arsip build`: the server's first build until the article page is "
             "served, then from saving an edited seed until the served page shows the edit (polled over HTTP); with "
             "several edits saved one after another, their median. With `--dirty` the edited article's page is "
             "shown from its new text with the rest of the archive as the last run left it (a preview); the whole "
             "run follows in the background, and its pages are built when it ends (all pages up to date: until "
             "the server logged its end and reloaded the browsers). Each edit is saved once the last one is up to "
             "date.", "",
             "| | first build served (s) | edit shown (s) | each edit (s) | all pages up to date (s) | each (s) |",
             "| --- | ---: | ---: | --- | ---: | --- |"]
    for r in results:
        settled = f"{r['settled']:.1f}" if r["settled"] is not None else "as shown"
        lines.append(f"| N = {r['count']:,}, `mkdocs serve --livereload{' --dirty' if r['dirty'] else ''}` "
                     f"| {r['first']:.1f} | {r['shown']:.1f} | {', '.join(f'{s:.1f}' for s in r['each'])} "
                     f"| {settled} | {', '.join(f'{s:.1f}' for s in r['each_settled']) or '–'} |")
    lines += ["", "Earlier:", "", *(f"- {line}" for line in EARLIER)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
