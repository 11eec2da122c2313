"""`arsip build` as a user runs it, three times over one synthetic corpus: a full build, again with nothing
changed, and again after one seed is edited (issue #15's cases).

    .venv/bin/python bench/rebuild.py [N ...] [--runs 3]     # writes bench/REBUILD.md

Each step is the whole command in its own process (start-up, generation, MkDocs, Pagefind); the edit adds a
sentence to the longest paragraph of the middle seed, as bench/run.py does. Medians of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import edit_seed, project, timed  # noqa: E402

OUT = Path(__file__).resolve().parent / "REBUILD.md"
EARLIER = [  # measurements of earlier code, kept for comparison
    "At 0414e5d (one Pagefind run over the whole site; MkDocs holding every page's Markdown beside its HTML; one "
    "run each): N = 2,000: full build 46.1 s, nothing changed 0.3 s (1 %), one seed edited 3.9 s (9 %); N = 10,000: "
    "full build 245.8 s, nothing changed 0.6 s (0 %), one seed edited 17.6 s (7 %); peaks 406 and 2,036 MiB for the "
    "full builds (Pagefind's), 279 and 818 MiB for the edit. On 2026-12-03, on one 10,000-article project before "
    "6a673d7: one seed edited 26.6 s; a full build's peaks 1,987 MiB (Pagefind) and 1,147 MiB (arsip build itself).",
    "At ddaca2d (the same code with CPython's cyclic collector running through generation), measured the same day "
    "as the table above, one run each: N = 2,000: full build 61.8 s, nothing changed 0.3 s (1 %), one seed edited "
    "5.2 s (8 %); N = 10,000: full build 276.5 s, nothing changed 0.7 s (0 %), one seed edited 26.5 s (10 %); peaks "
    "407 and 2,032 MiB for the full builds, 274 and 815 MiB for the edit.",
    "At e00ba20 (one run each, on a slower day): N = 2,000: full build 83.7 s, nothing changed 0.4 s (1 %), one "
    "seed edited 8.0 s (10 %); N = 10,000: full build 375.8 s, nothing changed 0.9 s (0 %), one seed edited 30.1 s "
    "(8 %); peaks 407 and 2,023 MiB for the full builds (Pagefind's), 273 and 815 MiB for the edit.",
    "At 213fc37 (every article and actor page's text loaded from the analysis cache, and every page compared with its "
    "file, after any edit; the site's pages held in memory until written; one run each): N = 2,000: full build "
    "175.0 s, nothing changed 1.0 s (1 %), one seed edited 18.3 s (10 %); N = 10,000: full build 879.6 s, nothing "
    "changed 1.3 s (0 %), one seed edited 75.6 s (9 %). Measured again on 2026-12-02 on one 10,000-article project "
    "(a faster day): at 7177ac9 one seed edited 34.5 s with a peak of 1,204 MiB, and a full build's peak 2,026 MiB; "
    "at fb4bfc8 a first generation alone reached 1,367 MiB.",
    "At 3b6d812 (an unchanged build loaded MkDocs' configuration; one run each, on a day the machine was slower than "
    "at 0b4af1b): N = 2,000: full build 174.0 s, nothing changed 1.4 s (1 %), one seed edited 17.3 s (10 %); "
    "N = 10,000: full build 832.5 s, nothing changed 2.4 s (0 %), one seed edited 78.6 s (9 %).",
    "At 0b4af1b / b0f292f (the whole site indexed by Pagefind after every build; one run each, on a day the "
    "machine ran the same analysis about a fifth faster than at 3b6d812): N = 2,000: full build 125.2 s, nothing "
    "changed 0.7 s (1 %), one seed edited 21.3 s (17 %); N = 10,000: full build 642.6 s, nothing changed 1.3 s "
    "(0 %), one seed edited 99.3 s (15 %).",
    "At 2c5e844 (related articles and stories scored in Python, pair by pair; actor pages rendered again after any "
    "edit; one run each): N = 2,000: full build 144.4 s, nothing changed 0.9 s (1 %), one seed edited 29.7 s (21 %); "
    "N = 10,000: full build 722.5 s, nothing changed 1.4 s (0 %), one seed edited 134.1 s (19 %).",
    "At 175b980 (discovery, short names and casts cached per article; every article page rendered again after any "
    "edit; one run each): N = 2,000: full build 159.8 s, nothing changed 1.4 s (1 %), one seed edited 29.9 s (19 %); "
    "N = 10,000: full build 691.6 s, nothing changed 2.4 s (0 %), one seed edited 144.4 s (21 %).",
    "At 0eb98a3 (per-article analysis cache for clean and extraction; the corpus passes of resolve, link and "
    "render run again in full after any edit; one run each): N = 2,000: full build 153.6 s, nothing changed 1.4 s "
    "(1 %), one seed edited 52.4 s (34 %); N = 10,000: full build 776.0 s, nothing changed 4.3 s (1 %), one seed "
    "edited 298.0 s (38 %).",
    "At 4bdd8aa (every seed analysed again and every page built again after any edit), N = 2,000, median of 2: "
    "full build 155.7 s, again with nothing changed 2.4 s (2 %), again with one seed edited 157.7 s (101 %).",
]


def measure(count: int, runs: int) -> dict:
    arsip = [sys.executable, "-m", "generator.cli", "build"]
    samples: dict[str, list[float]] = {"full": [], "unchanged": [], "one_edited": [], "full_peak": [],
                                       "one_edited_peak": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="arsip-rebuild-") as temporary:
            folder = project(Path(temporary) / "project", count, 1)
            seconds, peak, _ = timed(arsip, folder)
            samples["full"].append(seconds)
            samples["full_peak"].append(peak)
            seconds, _, stderr = timed(arsip, folder)
            assert "nothing changed" in stderr, stderr[-2000:]
            samples["unchanged"].append(seconds)
            edit_seed(sorted((folder / "seeds").glob("*.txt"))[count // 2])
            seconds, peak, _ = timed(arsip, folder)
            samples["one_edited"].append(seconds)
            samples["one_edited_peak"].append(peak)
    return {"count": count, "runs": runs, **{k: statistics.median(v) for k, v in samples.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = [measure(count, args.runs) for count in args.counts]
    lines = ["# `arsip build`: full, nothing changed, one seed edited", "",
             f"`bench/rebuild.py {' '.join(map(str, args.counts))} --runs {args.runs}` on the synthetic corpus "
             "(bench/corpus.py, seed 1); each step the whole command in its own process; medians.", "",
             "| | " + " | ".join(f"N = {r['count']:,}" for r in results) + " |",
             "| --- | " + " | ".join("---:" for _ in results) + " |"]
    for name, key in (("full build (s)", "full"), ("again, nothing changed (s)", "unchanged"),
                      ("again, one seed edited (s)", "one_edited")):
        cells = [f"{r[key]:.1f} ({r[key] / r['full']:.0%})" if key != "full" else f"{r[key]:.1f}" for r in results]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for name, key in (("full build: peak memory (MiB)", "full_peak"), ("one seed edited: peak memory (MiB)",
                                                                        "one_edited_peak")):
        lines.append(f"| {name} | " + " | ".join(f"{r[key] / 1024:.0f}" for r in results) + " |")
    lines += ["", "Earlier:", "", *(f"- {line}" for line in EARLIER)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
