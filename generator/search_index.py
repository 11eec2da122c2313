"""The site's search index (Pagefind), in full or as a small index of the pages changed since the full one.

Pagefind has no incremental mode: at 10,000 articles indexing the whole site takes half a minute, most of an
edit's build. After a build that rebuilt only some pages (MkDocs' dirty build), the pages it rebuilt are indexed
on their own into `pagefind/delta/`, together with those of earlier such builds; the header search merges that
index in and drops the full index's entries for the same pages, listed in `pagefind/arsip-delta.json` by their
Pagefind ids (with the delta's own, so that a list sorted by date can be merged by date: Pagefind lists the
results of merged indexes one index after the other). The whole site is indexed again when there is no full
index, when a page it holds is gone (it must never point to a missing page), or when the changed pages are more
than a twentieth of it.

`pagefind/arsip-index.json` keeps, for the next build, each indexed page's id in the full index and the pages in
the delta.

Pagefind holds every page it indexes in memory until it writes the index: about 190 KB a page, 2 GB for a site of
10,000 articles. A site with more indexable pages than `shard_size` is indexed in parts of at most that many pages,
one Pagefind run each (`pagefind/` holds the first, `pagefind/shard-1/`, `shard-2/` … the others), listed with
their languages in `pagefind/arsip-shards.json`; the header search asks every part and merges the answers.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.arsip")

BUNDLE = "pagefind"
DELTA = "delta"  # inside the bundle: the index of the pages changed since the full one
DELTA_NOTE = "arsip-delta.json"  # read by the header search: the full index's ids the delta replaces
STATE = "arsip-index.json"  # read by the next build
DELTA_SHARE = 0.05  # more changed pages than this share of the indexed ones: the whole site is indexed again
DELTA_MIN = 20  # ... but a small site may always have this many in its delta
SHARDS_NOTE = "arsip-shards.json"  # read by the header search: the parts of the full index besides pagefind/
SHARD_SIZE = 3000  # indexable pages per Pagefind run: about 550 MiB of its memory
_MARK = b"data-pagefind-body"
_SIGNATURE = b"pagefind_dcd"  # a Pagefind fragment, once unzipped, starts with it, then its JSON
_URL = re.compile(rb'"url"\s*:\s*"((?:[^"\\]|\\.)*)"')


class SearchIndexError(Exception):
    """Pagefind could not index the site."""


def page_url(dest_uri: str) -> str:
    """The address Pagefind records for a built file: "articles/x/index.html" → "/articles/x/"."""
    url = "/" + dest_uri.lstrip("/")
    return url[: -len("index.html")] if url.endswith("/index.html") or url == "/index.html" else url


def update(site: Path, rebuilt: set[str] | None, shard_size: int = SHARD_SIZE) -> str:
    """Bring the site's search index up to date; returns what was done ("full", "delta" or "unchanged").
    rebuilt: the addresses (page_url) of the indexable pages this build wrote, when it wrote only some; None
    when it built every page. shard_size: the most pages one Pagefind run indexes."""
    bundle = site / BUNDLE
    state = _read_state(bundle) if rebuilt is not None else None
    if state is None:
        return _full(site, shard_size)
    pages, delta = state["pages"], set(state["delta"])
    if any(not _built_file(site, url).is_file() for url in [*pages, *delta]):
        return _full(site, shard_size)  # a page is gone: the full index would point to it
    if not rebuilt:
        return "unchanged"  # no page the search finds was built again: the delta, if any, is still right
    changed = delta | rebuilt
    if len(changed) > max(DELTA_MIN, DELTA_SHARE * len(pages)):
        return _full(site, shard_size)
    _delta(site, sorted(changed), pages)
    return "delta"


def _read_state(bundle: Path) -> dict | None:
    try:
        state = json.loads((bundle / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (isinstance(state, dict) and isinstance(state.get("pages"), dict) and isinstance(state.get("delta"), list)
            and (bundle / "pagefind.js").is_file()):
        return None
    return state


def _built_file(site: Path, url: str) -> Path:
    relative = url.lstrip("/")
    return site / (relative + "index.html" if not relative or relative.endswith("/") else relative)


def _full(site: Path, shard_size: int = SHARD_SIZE) -> str:
    """Index the whole site beside the last index, then put the new one in its place: the last answers meanwhile
    (while serving), and stays whole if Pagefind fails. More indexable pages than shard_size: in parts."""
    groups = _shards(site, max(1, shard_size))
    shards = []  # the parts after the first: {"path": "shard-1/", "languages": [...]}
    if len(groups) == 1:
        fresh = _index_beside(site, site / BUNDLE)
    else:
        with _pages_apart(site, groups[0]) as first:
            fresh = _index_beside(first, site / BUNDLE)
        try:
            for number, group in enumerate(groups[1:], start=1):
                with _pages_apart(site, group) as pages_only:
                    name = f"shard-{number}"
                    run_pagefind(pages_only, fresh / name)
                entry = json.loads((fresh / name / "pagefind-entry.json").read_text(encoding="utf-8"))
                shards.append({"path": name + "/", "languages": sorted(entry.get("languages", {}))})
        except SearchIndexError:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        except (OSError, ValueError) as error:  # a part's pagefind-entry.json missing or unreadable
            shutil.rmtree(fresh, ignore_errors=True)
            raise SearchIndexError(f"arsip: Pagefind's index of {site} is unreadable: {error}") from error
    ids = _fragment_ids(fresh)
    for shard in shards:
        ids.update(_fragment_ids(fresh / shard["path"]))
    _write_json(fresh / STATE, {"pages": dict(sorted(ids.items())), "delta": []})
    _write_json(fresh / DELTA_NOTE, {"languages": [], "replaced": [], "added": []})
    _write_json(fresh / SHARDS_NOTE, {"shards": shards})
    _put_in_place(fresh, site / BUNDLE)
    return "full"


def _shards(site: Path, shard_size: int) -> list[list[str]]:
    """The site's indexable pages (page_url) in groups of at most shard_size, in address order (so by date for
    articles); one group, not listed, when the site has no more HTML files than that."""
    files = sorted(p for p in site.rglob("*.html") if BUNDLE not in p.relative_to(site).parts[:1])
    if len(files) <= shard_size:
        return [[]]
    marked = [p for p in files if _MARK in p.read_bytes()]
    # Pagefind indexes only the marked pages when there are any, every page otherwise
    urls = sorted(page_url(p.relative_to(site).as_posix()) for p in (marked or files))
    count = -(-len(urls) // shard_size)
    bounds = [k * len(urls) // count for k in range(count + 1)]  # parts of even size
    return [urls[bounds[k]:bounds[k + 1]] for k in range(count)] or [[]]


@contextlib.contextmanager
def _pages_apart(site: Path, urls: list[str]):
    """A folder with only these pages of the site, at the same paths (so Pagefind records the same addresses),
    linked rather than copied where the file system allows."""
    try:  # beside the site, so that its pages can be linked
        temporary_folder = tempfile.TemporaryDirectory(prefix=".arsip-index-", dir=site.parent)
    except OSError:
        temporary_folder = tempfile.TemporaryDirectory(prefix="arsip-index-")
    with temporary_folder as temporary:
        pages_only = Path(temporary)
        for url in urls:
            source, copy = _built_file(site, url), _built_file(pages_only, url)
            copy.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, copy)
            except OSError:
                shutil.copyfile(source, copy)
        yield pages_only


def _delta(site: Path, urls: list[str], pages: dict[str, str]) -> None:
    """Index the changed pages on their own, beside the full index, and put that index in place of the last."""
    bundle = site / BUNDLE
    with _pages_apart(site, urls) as pages_only:
        fresh = _index_beside(pages_only, bundle / DELTA)
    entry = json.loads((fresh / "pagefind-entry.json").read_text(encoding="utf-8"))
    fresh_ids = _fragment_ids(fresh)
    _put_in_place(fresh, bundle / DELTA)
    # a page built again with the same text has the same id in both indexes: the search shows it once
    _write_json(bundle / DELTA_NOTE, {"languages": sorted(entry.get("languages", {})),
                                      "replaced": sorted(pages[url] for url in urls
                                                         if url in pages and pages[url] != fresh_ids.get(url)),
                                      "added": sorted(set(fresh_ids.values()))})
    _write_json(bundle / STATE, {"pages": pages, "delta": urls})


def _index_beside(pages: Path, target: Path) -> Path:
    """Index the pages into a folder beside target ("….next"), left by an earlier run or not; a failed run leaves
    nothing of it."""
    fresh = target.with_name(target.name + ".next")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        run_pagefind(pages, fresh)
    except SearchIndexError:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return fresh


def _put_in_place(fresh: Path, target: Path) -> None:
    """The new index in place of the old one, by renames: at no moment half of each."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _fragment_ids(bundle: Path) -> dict[str, str]:
    """Each indexed page's address → its id in the index (the name of its fragment file), read from the
    fragments' first bytes."""
    ids = {}
    for fragment in sorted((bundle / "fragment").glob("*.pf_fragment")):
        head = zlib.decompressobj(wbits=31).decompress(fragment.read_bytes(), 4096)
        found = _URL.search(head[len(_SIGNATURE):]) if head.startswith(_SIGNATURE) else None
        if found:
            ids[json.loads(b'"' + found.group(1) + b'"')] = fragment.stem
    return ids


def _write_json(path: Path, value) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def run_pagefind(site: Path, output: Path) -> None:
    """Run Pagefind over the built site, writing its index to `output`."""
    started = time.perf_counter()
    # The "¶" permalinks of headings are not words of the page.
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(output),
               "--exclude-selectors", ".headerlink"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"arsip: Pagefind could not index {site}: {error}") from error
    if result.returncode != 0:
        raise SearchIndexError(f"arsip: Pagefind failed to index {site}:\n{result.stdout}{result.stderr}")
    pages = re.search(r"Indexed (\d+) pages?", result.stdout)
    languages = re.search(r"Indexed (\d+) languages?", result.stdout)
    log.info("arsip: search index (Pagefind): %s pages in %s languages, %.1f s",
             pages.group(1) if pages else "?", languages.group(1) if languages else "?",
             time.perf_counter() - started)
