"""The search index after a build: in full, or the pages a dirty build wrote indexed beside the full index. Pagefind
itself is replaced here by a stand-in that writes one fragment per page, as Pagefind names and fills them; the
real Pagefind runs in tests/test_search.py."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from generator import search_index


@pytest.fixture
def indexed(monkeypatch) -> list[list[str]]:
    """Stand-in for Pagefind; returns the list of the addresses each run indexed."""
    runs: list[list[str]] = []

    def fake_pagefind(site: Path, output: Path) -> None:
        output.mkdir(parents=True)
        (output / "pagefind.js").write_text("", encoding="utf-8")
        (output / "pagefind-entry.json").write_text('{"languages": {"id": {}}}', encoding="utf-8")
        (output / "fragment").mkdir()
        urls = []
        for page in sorted(site.rglob("index.html")):
            if search_index.BUNDLE in page.relative_to(site).parts:
                continue
            url = search_index.page_url(page.relative_to(site).as_posix())
            text = page.read_bytes()
            name = "id_" + hashlib.sha1(url.encode() + text).hexdigest()[:7]
            body = b"pagefind_dcd" + json.dumps({"url": url, "content": text.decode()}).encode()
            (output / "fragment" / f"{name}.pf_fragment").write_bytes(gzip.compress(body))
            urls.append(url)
        runs.append(urls)

    monkeypatch.setattr(search_index, "run_pagefind", fake_pagefind)
    return runs


def make_site(root: Path, count: int) -> Path:
    site = root / "site"
    for n in range(count):
        page = site / "articles" / f"a{n}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<p>artikel {n}</p>", encoding="utf-8")
    return site


def note(site: Path) -> dict:
    return json.loads((site / "pagefind" / search_index.DELTA_NOTE).read_text(encoding="utf-8"))


def test_page_urls_are_pagefinds():
    assert search_index.page_url("articles/a/index.html") == "/articles/a/"
    assert search_index.page_url("index.html") == "/"
    assert search_index.page_url("articles/a.html") == "/articles/a.html"


def test_a_full_build_indexes_everything_and_an_edit_only_the_pages_it_wrote(tmp_path, indexed):
    site = make_site(tmp_path, 100)
    assert search_index.update(site, None) == "full"
    assert len(indexed[-1]) == 100 and note(site) == {"languages": [], "replaced": [], "added": []}
    full_ids = json.loads((site / "pagefind" / search_index.STATE).read_text())["pages"]
    assert len(full_ids) == 100

    (site / "articles" / "a3" / "index.html").write_text("<p>artikel 3, diperbaiki</p>", encoding="utf-8")
    assert search_index.update(site, {"/articles/a3/"}) == "delta"
    assert indexed[-1] == ["/articles/a3/"]
    delta_ids = json.loads((site / "pagefind" / search_index.DELTA_NOTE).read_text())["added"]
    assert note(site) == {"languages": ["id"], "replaced": [full_ids["/articles/a3/"]], "added": delta_ids}
    assert len(delta_ids) == 1 and delta_ids[0] != full_ids["/articles/a3/"]

    # a page built again with the same text has the same id in both indexes: nothing to leave out
    assert search_index.update(site, {"/articles/a4/"}) == "delta"
    assert note(site)["replaced"] == [full_ids["/articles/a3/"]] and full_ids["/articles/a4/"] in note(site)["added"]

    # a page added, then another edit: the delta keeps the earlier pages, the full index is not run again
    added = site / "articles" / "baru" / "index.html"
    added.parent.mkdir()
    added.write_text("<p>artikel baru</p>", encoding="utf-8")
    assert search_index.update(site, {"/articles/baru/"}) == "delta"
    assert indexed[-1] == ["/articles/a3/", "/articles/a4/", "/articles/baru/"]
    assert note(site)["replaced"] == [full_ids["/articles/a3/"]]  # the new page has no entry to hide
    assert search_index.update(site, set()) == "unchanged" and len(indexed) == 4
    assert sorted(p.name for p in (site / "pagefind").iterdir() if p.name.startswith("delta")) == ["delta"]


def test_a_page_gone_or_too_many_changed_pages_index_the_whole_site_again(tmp_path, indexed):
    site = make_site(tmp_path, 100)
    search_index.update(site, None)
    (site / "articles" / "a5" / "index.html").unlink()
    assert search_index.update(site, {"/articles/a6/"}) == "full"  # the full index would point to a5
    assert len(indexed[-1]) == 99 and not (site / "pagefind" / "delta").exists()

    changed = {f"/articles/a{n}/" for n in range(10, 10 + search_index.DELTA_MIN + 1)}
    assert search_index.update(site, changed) == "full"  # past the delta's limit
    assert note(site) == {"languages": [], "replaced": [], "added": []}


def test_without_a_readable_state_the_whole_site_is_indexed(tmp_path, indexed):
    site = make_site(tmp_path, 3)
    search_index.update(site, None)
    (site / "pagefind" / search_index.STATE).write_text("{not json", encoding="utf-8")
    assert search_index.update(site, {"/articles/a1/"}) == "full"
    assert sorted(p.name for p in site.iterdir()) == ["articles", "pagefind"]  # no .next or .old folder left


def test_a_failed_pagefind_leaves_the_last_index_whole(tmp_path, indexed, monkeypatch):
    site = make_site(tmp_path, 3)
    search_index.update(site, None)
    before = sorted(p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*"))

    def failing(site_dir: Path, output: Path) -> None:
        output.mkdir(parents=True)
        raise search_index.SearchIndexError("Pagefind failed")

    monkeypatch.setattr(search_index, "run_pagefind", failing)
    for rebuilt in (None, {"/articles/a1/"}):
        with pytest.raises(search_index.SearchIndexError):
            search_index.update(site, rebuilt)
        assert sorted(p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*")) == before
        assert sorted(p.name for p in site.iterdir()) == ["articles", "pagefind"]


def test_a_site_larger_than_a_shard_is_indexed_in_parts_that_together_hold_every_page(tmp_path, indexed):
    """Pagefind holds every page it indexes in memory: a large site is indexed a part at a time, each part a bundle
    the header search asks too (arsip-shards.json), and an edit still goes to the one delta."""
    site = make_site(tmp_path, 10)
    (site / "index.html").write_text("<p>beranda, tanpa penanda</p>", encoding="utf-8")
    for n in range(10):  # the article pages are the indexable ones; the home page is not
        page = site / "articles" / f"a{n}" / "index.html"
        page.write_text(f'<div data-pagefind-body><p>artikel {n}</p></div>', encoding="utf-8")
    assert search_index.update(site, None, shard_size=4) == "full"
    assert [len(run) for run in indexed] == [3, 3, 4]  # parts of even size, in address order
    assert sorted(url for run in indexed for url in run) == sorted(f"/articles/a{n}/" for n in range(10))
    bundle = site / "pagefind"
    shards = json.loads((bundle / search_index.SHARDS_NOTE).read_text(encoding="utf-8"))
    assert shards == {"shards": [{"path": "shard-1/", "languages": ["id"]}, {"path": "shard-2/", "languages": ["id"]}]}
    assert (bundle / "shard-2" / "pagefind.js").is_file()
    full_ids = json.loads((bundle / search_index.STATE).read_text())["pages"]
    assert sorted(full_ids) == sorted(f"/articles/a{n}/" for n in range(10))

    last = indexed[-1][-1]
    (site / last.strip("/") / "index.html").write_text('<div data-pagefind-body><p>diperbaiki</p></div>')
    assert search_index.update(site, {last}, shard_size=4) == "delta"
    assert indexed[-1] == [last] and note(site)["replaced"] == [full_ids[last]]
    assert (bundle / "shard-2" / "pagefind.js").is_file()  # the parts stay as they are

    # a site within one part: one run over the whole site, no parts listed
    assert search_index.update(site, None, shard_size=100) == "full"
    assert len(indexed[-1]) == 11 and not (bundle / "shard-1").exists()
    assert json.loads((bundle / search_index.SHARDS_NOTE).read_text(encoding="utf-8")) == {"shards": []}


def test_a_failed_part_leaves_the_last_index_whole(tmp_path, indexed, monkeypatch):
    site = make_site(tmp_path, 6)
    search_index.update(site, None)
    before = sorted(p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*"))
    working = search_index.run_pagefind

    def failing_second_part(pages: Path, output: Path) -> None:
        if output.name.startswith("shard-"):
            raise search_index.SearchIndexError("Pagefind failed")
        working(pages, output)

    monkeypatch.setattr(search_index, "run_pagefind", failing_second_part)
    with pytest.raises(search_index.SearchIndexError):
        search_index.update(site, None, shard_size=2)
    assert sorted(p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*")) == before
    assert sorted(p.name for p in site.iterdir()) == ["articles", "pagefind"]
