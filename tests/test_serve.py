"""`mkdocs serve --livereload` regenerates the archive when a seed is added (the arsip plugin + `watch: [seeds]`).

Without --livereload MkDocs 1.6 watches nothing at all (with click newer than 8.2.1 it is off by default).
"""

import json
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from conftest import arsip, make_project  # noqa: E402
from serve import fetch, free_port, wait_for  # noqa: E402  (the serve benchmark polls the same way)

NEW_PAGE = "articles/2023/10/artikel-baru-tentang-pertemuan-puncak-di-vladivostok/"


@contextmanager
def served(project: Path, *flags: str, log: Path | None = None):
    """A running `mkdocs serve --livereload [flags]` over the project; yields its address once it answers.
    log: where the server's messages go."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    with open(log or "/dev/null", "w", encoding="utf-8") as messages:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload", *flags],
            cwd=project, stdout=messages, stderr=messages, text=True,
        )
        try:
            assert wait_for(lambda: fetch(base), 60), "mkdocs serve did not start"
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)


def add_seed_and_wait_for_its_page(project: Path, base: str) -> None:
    (project / "seeds" / "baru.txt").write_text(
        "Artikel Baru Tentang Pertemuan Puncak di Vladivostok\n\nSenin, 2 Oktober 2023 - 09:00 WIB\n\n"
        "Para pemimpin bertemu lagi di Vladivostok untuk membahas kerja sama ekonomi dan militer.\n",
        encoding="utf-8",
    )
    html = wait_for(lambda: fetch(base + NEW_PAGE), 60)
    assert html and "Para pemimpin bertemu lagi di Vladivostok" in html


def test_serve_picks_up_a_new_seed(project):
    with served(project) as base:
        add_seed_and_wait_for_its_page(project, base)
        assert "Artikel Baru Tentang Pertemuan Puncak" in (fetch(base) or "")


def test_serve_dirty_shows_an_edit_first_and_its_search_index_follows(project):
    """With --dirty the page is served before Pagefind has indexed it; the pages built again are then indexed
    apart (pagefind/delta/), beside the full index (which answered meanwhile), and no half-written index is left."""
    with served(project, "--dirty") as base:
        def indexed_pages(bundle: str) -> int | None:
            entry = fetch(base + bundle + "pagefind-entry.json")
            return sum(language["page_count"] for language in json.loads(entry)["languages"].values()) if entry else None

        before = wait_for(lambda: indexed_pages("pagefind/"), 60)
        assert before and indexed_pages("pagefind/delta/") is None
        add_seed_and_wait_for_its_page(project, base)
        assert wait_for(lambda: indexed_pages("pagefind/delta/"), 60), "the search index never took the new page in"
        delta = json.loads(fetch(base + "pagefind/arsip-delta.json"))
        assert delta["languages"] == ["id"]
        for leftover in ("pagefind.next/", "pagefind.old/", "pagefind/delta.next/", "pagefind/delta.old/"):
            assert fetch(base + leftover + "pagefind.js") is None


def test_serving_after_a_build_writes_no_page_again(project):
    """`mkdocs serve` puts its own address in site_url; the pages are generated with the configured one, so a
    preview after a build rewrites nothing (and no page source carries the development server's address)."""
    subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, check=True, capture_output=True)
    sources = {p: p.read_bytes() for p in (project / "site_src").rglob("*.md")}
    with served(project, "--dirty"):
        pass
    assert {p: p.read_bytes() for p in (project / "site_src").rglob("*.md")} == sources
    assert not any(b"127.0.0.1" in text for text in sources.values())


def test_only_the_hand_written_part_of_the_docs_folder_is_watched(tmp_path):
    """MkDocs polls what it watches twice a second: generated pages are left out, hand-written ones kept."""
    from generator.mkdocs_plugin import hand_written_parts

    docs = tmp_path / "site_src"
    for name in ("index.md", "about.md", "articles/2024/01/a.md", "articles/2024/01/b.md", "data/articles.json",
                 "data/articles.schema.json", "stylesheets/arsip.css", "stylesheets/fonts/a.woff2",
                 "actors/index.md", "actors/notes/draft.md", ".arsip-manifest.json"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x", encoding="utf-8")
    generated = {"index.md", "articles/2024/01/a.md", "articles/2024/01/b.md", "data/articles.json", "actors/index.md"}
    assert hand_written_parts(docs, generated) == [
        (docs / "actors" / "notes", True), (docs / "data" / "articles.schema.json", False),
        (docs / "stylesheets", True)]


def test_serve_still_rebuilds_when_a_hand_written_page_changes(project):
    with served(project) as base:
        assert wait_for(lambda: "Tentang" in (fetch(base + "about/") or "") or None, 60)
        about = project / "site_src" / "about.md"
        about.write_text(about.read_text(encoding="utf-8") + "\nKalimat baru di halaman tentang arsip ini.\n",
                         encoding="utf-8")
        assert wait_for(lambda: "Kalimat baru di halaman tentang" in (fetch(base + "about/") or "") or None, 60)


def test_serve_dirty_shows_an_edit_from_the_last_run_then_every_page_as_a_whole_run_makes_it(project, tmp_path):
    """With --dirty an edited article's page is written at once from its new text, the rest of the archive as the
    last run left it; the whole run follows in the background, and its pages are then built too: in the end
    the generated pages are those of a fresh run over the edited seeds."""
    log = tmp_path / "serve.log"
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    with served(project, "--dirty", log=log) as base:
        source = next(p for p in (project / "site_src" / "articles").rglob("*.md")
                      if f"source_file: {seed.name}" in p.read_text(encoding="utf-8"))
        address = base + source.relative_to(project / "site_src").with_suffix("").as_posix() + "/"
        assert "Kalimat suntingan penanda" not in (fetch(address) or "")
        lines = seed.read_text(encoding="utf-8").split("\n")
        longest = max(range(len(lines)), key=lambda k: len(lines[k]))
        lines[longest] += " Kalimat suntingan penanda di sini."
        seed.write_text("\n".join(lines), encoding="utf-8")
        assert wait_for(lambda: "Kalimat suntingan penanda" in (fetch(address) or "") or None, 60)
        assert wait_for(lambda: "the whole archive is up to date" in log.read_text(encoding="utf-8") or None, 120)
        assert wait_for(lambda: "Reloading browsers" in log.read_text(encoding="utf-8").split(
            "the whole archive is up to date")[-1] or None, 60), "no build after the whole run"
        served_pages = {p.relative_to(project): p.read_bytes() for p in (project / "site_src").rglob("*.md")}
        messages = log.read_text(encoding="utf-8")
    assert f"{source.relative_to(project / 'site_src').as_posix()} shown from the edit" in messages
    fresh = make_project(tmp_path / "fresh")
    shutil.copy(seed, fresh / "seeds" / seed.name)
    arsip("generate", cwd=fresh)
    assert {p.relative_to(fresh): p.read_bytes() for p in (fresh / "site_src").rglob("*.md")} == served_pages
