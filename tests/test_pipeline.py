"""The pipeline's run cache: a rerun with nothing changed does no work, and nothing stale is ever served."""

import shutil
from pathlib import Path

import pytest

from conftest import arsip
from test_build import article_pages, generated_pages

from generator.pipeline import CACHE_NAME


def summary(result) -> str:
    return result.stderr.strip().splitlines()[-1]


def test_a_rerun_with_nothing_changed_writes_nothing_and_reports_the_same(project):
    first = summary(arsip("generate", cwd=project))
    assert (project / "site_src" / CACHE_NAME).is_file()
    second = summary(arsip("generate", cwd=project))
    pages = len(generated_pages(project))
    assert second == (f"arsip: 5 inputs read: 5 article pages, 0 duplicates, 0 skipped. "
                      f"Pages: 0 written, {pages} unchanged, 0 removed.")
    assert first.split(" Pages:")[0] == second.split(" Pages:")[0]


def test_a_deleted_or_edited_generated_page_is_made_again(project):
    arsip("generate", cwd=project)
    page = project / "site_src" / next(n for n in generated_pages(project) if n.startswith("actors/"))
    original = page.read_bytes()
    page.unlink()
    assert "Pages: 1 written" in summary(arsip("generate", cwd=project))
    assert page.read_bytes() == original
    page.write_bytes(original + b"\nsunting tangan\n")
    assert "Pages: 1 written" in summary(arsip("generate", cwd=project))
    assert page.read_bytes() == original


def test_a_run_after_the_manifest_was_deleted_writes_no_page_it_does_not_own(project):
    """Pages kept as the last run wrote them are the writer's only while its manifest lists them: without the
    manifest every page is somebody else's, reported and left alone, never a crash."""
    arsip("generate", cwd=project)
    (project / "site_src" / ".arsip-manifest.json").unlink()
    seed = project / "seeds" / "003_7523613562a37feb.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nKalimat tambahan dari penyunting.\n", encoding="utf-8")
    result = arsip("generate", cwd=project, check=False)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "a file the generator did not write is in the way" in result.stderr
    assert "Pages: 0 written, 0 unchanged" in result.stderr and result.returncode == 1


def test_a_changed_seed_is_never_served_from_the_cache(project):
    arsip("generate", cwd=project)
    seed = project / "seeds" / "003_7523613562a37feb.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Bersama dengan China", "Bersama dengan Tiongkok"),
                    encoding="utf-8")
    result = arsip("generate", cwd=project)
    assert "0 written" not in summary(result)
    page = project / "site_src" / article_pages(project)["003_7523613562a37feb.txt"].replace("/index.html", ".md")
    assert "Bersama dengan Tiongkok" in page.read_text()


def test_a_same_size_edit_and_a_new_or_removed_seed_are_never_served_from_the_cache(project):
    """The run cache skips reading a seed whose size and modification time it knows; an edit changes the
    time, so a one-letter change that keeps the size is still seen, and so is a file added or removed."""
    arsip("generate", cwd=project)
    seed = project / "seeds" / "003_7523613562a37feb.txt"
    text = seed.read_text(encoding="utf-8")
    assert "Bersama dengan China" in text
    seed.write_text(text.replace("Bersama dengan China", "Bersama dengan Chino"), encoding="utf-8")
    assert "Pages: 0 written" not in summary(arsip("generate", cwd=project))
    page = project / "site_src" / article_pages(project)["003_7523613562a37feb.txt"].replace("/index.html", ".md")
    assert "Bersama dengan Chino" in page.read_text()
    (project / "seeds" / "kosong.txt").write_bytes(b"")
    assert "1 skipped" in summary(arsip("generate", cwd=project))
    assert "1 skipped" in summary(arsip("generate", cwd=project))  # from the cache, still reported
    (project / "seeds" / "kosong.txt").unlink()
    assert "0 skipped" in summary(arsip("generate", cwd=project))


def test_a_changed_editorial_file_is_never_served_from_the_cache(project):
    from generator.editorial import default_data_dir

    data = project / "data"
    shutil.copytree(default_data_dir(), data)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      seeds_dir: seeds\n", "      seeds_dir: seeds\n      data_dir: data\n"))
    arsip("generate", cwd=project)
    rules = data / "boilerplate.yml"
    rules.write_text(rules.read_text().replace("rules:\n", "rules:\n  - name: editor-test\n    kind: drop\n"
                                               "    lines: [\"Kirby menambahkan bahwa fokus utama pembicaraan tersebut "
                                               "adalah amunisi artileri untuk pasukan Rusia di Ukraina.\"]\n", 1))
    result = arsip("generate", cwd=project)
    assert "0 written" not in summary(result)
    page = project / "site_src" / article_pages(project)["002_ed4f2aa6d2ebbc49.txt"].replace("/index.html", ".md")
    assert "Kirby menambahkan bahwa fokus utama" not in page.read_text()


def test_parallel_extraction_gives_the_serial_runs_pages(editorial, tmp_path):
    """A large corpus is cleaned and extracted in worker processes; the pages must be the same bytes."""
    from conftest import SEARCH_FIXTURES, SEEDS

    from generator.link import build_archive
    from generator.pipeline import analyse
    from generator.read import read_corpus
    from generator.render import render_archive

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for article in SEARCH_FIXTURES.glob("*.txt"):
        shutil.copy(article, seeds / article.name)
    documents = read_corpus(seeds).documents

    def pages(workers: int) -> dict[str, str]:
        unique, _, resolved = analyse(documents, editorial, workers=workers)
        return render_archive(build_archive(unique, resolved))

    serial, parallel = pages(1), pages(2)
    assert len(serial) > 50 and parallel == serial


def test_a_run_pauses_the_cycle_collector_and_gives_it_back_as_it_found_it(project):
    """The run's millions of long-lived objects are not scanned again and again by the cyclic collector; a
    server that calls the pipeline run after run gets its collector back as it was, and the pages are the same."""
    import gc

    from generator import pipeline

    options = pipeline.Options(seeds_dir=project / "seeds", docs_dir=project / "site_src")
    seen = []
    original_analyse = pipeline._analyse

    def spying(*args, **kwargs):
        seen.append(gc.isenabled())
        return original_analyse(*args, **kwargs)

    pipeline._analyse = spying
    try:
        assert gc.isenabled()
        first = pipeline.generate(options)
        assert seen == [False] and gc.isenabled()
        shutil.rmtree(project / "site_src" / "articles")
        gc.disable()
        try:
            second = pipeline.generate(options)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        pipeline._analyse = original_analyse
    assert first.article_pages == second.article_pages == 5 and second.write.written


def test_no_page_grows_with_the_archive(editorial, tmp_path):
    """The benchmark's synthetic corpus at 400 and at 800 articles, with every list limit small enough to be
    reached by both: no page of the larger archive is longer but for a little (research data and the feed
    aside), so the site grows linearly. The timeline grows with the months covered, never with the articles."""
    import sys

    from conftest import ROOT

    from generator.link import build_archive
    from generator.pipeline import analyse
    from generator.read import read_corpus
    from generator.render import RenderOptions, render_archive

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    options = RenderOptions(list_page_size=10, months_split_over=10, story_shown=3, backlinks_shown=3,
                            timeline_articles_shown=2, timeline_stories_shown=1, timeline_story_articles=2,
                            roles_shown=3, quotes_shown=3, actors_index_shown=10, co_actors_shown=5,
                            network_size=10, latest_on_home=5)

    def measure(count: int) -> tuple[tuple[int, str], float]:
        write_corpus(tmp_path / str(count), count, seed=3)
        unique, _, resolved = analyse(read_corpus(tmp_path / str(count)).documents, editorial)
        pages = render_archive(build_archive(unique, resolved), options)
        longest = max((len(text.encode()), path) for path, text in pages.items()
                      if not path.startswith("data/") and path not in ("feed.xml", "timeline/index.md"))
        timeline = pages["timeline/index.md"]
        return longest, len(timeline.encode()) / timeline.count("\n## ")

    (small, small_month), (large, large_month) = measure(400), measure(800)
    assert large[0] <= small[0] * 1.1, (small, large)
    assert max(small_month, large_month) < 2_500, (small_month, large_month)  # bytes per month of the timeline


def _generated_bytes(project) -> dict[str, bytes]:
    docs = project / "site_src"
    return {name: (docs / name).read_bytes() for name in generated_pages(project)}


def keep_warm(monkeypatch, enabled: bool) -> None:
    """pipeline.keep_warm(enabled), through monkeypatch so that the test undoes it, with what the runs kept."""
    from generator import pipeline

    monkeypatch.setattr(pipeline, "_keep_warm", enabled)
    monkeypatch.setattr(pipeline, "_warm", {})


@pytest.mark.parametrize("warm", [False, True], ids=["one-run-per-process", "kept-in-memory"])
def test_a_chain_of_edits_additions_and_deletions_gives_the_pages_of_a_fresh_full_run(tmp_path, monkeypatch, warm):
    """Issue #15: the per-article cache cleans and extracts only the articles whose input changed, renders again
    only the article and actor pages whose inputs changed, and the pages are byte for byte those of a full run
    without any cache, after every step. Kept in memory (as `mkdocs serve` keeps them), the last run's reads and
    results give the same pages, and an unchanged seed is neither read nor unpickled again."""
    from conftest import make_project

    import generator.cache
    import generator.clean
    import generator.read
    from generator import pipeline

    keep_warm(monkeypatch, warm)
    seeds_read, unpickled = [], []
    real_read_seed = generator.read.read_seed
    monkeypatch.setattr(generator.read, "read_seed", lambda path, folder: seeds_read.append(path.name)
                        or real_read_seed(path, folder))
    real_loads = generator.cache.pickle.loads
    monkeypatch.setattr(generator.cache.pickle, "loads", lambda data: unpickled.append(1) or real_loads(data))

    import generator.render

    cleaned, rendered, actors_rendered = [], [], []
    real_clean = generator.clean.clean
    monkeypatch.setattr(generator.clean, "clean", lambda document, editorial: cleaned.append(document.path)
                        or real_clean(document, editorial))
    real_linked = generator.render.linked_paragraphs  # called once for each article page rendered
    monkeypatch.setattr(generator.render, "linked_paragraphs", lambda entry, archive: rendered.append(
        entry.article.source_path) or real_linked(entry, archive))
    real_marks = generator.render.actor_search_marks  # called once for each actor page rendered
    monkeypatch.setattr(generator.render, "actor_search_marks", lambda summary: actors_rendered.append(
        summary.actor.id) or real_marks(summary))

    import pathlib

    pages_read = []  # the generated article pages the writer reads to compare
    real_read_bytes = pathlib.Path.read_bytes
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda path: (
        pages_read.append(path.name) if "articles" in path.parts and path.suffix == ".md" else None)
        or real_read_bytes(path))

    def options(folder):
        return pipeline.Options(seeds_dir=folder / "seeds", docs_dir=folder / "site_src")

    project = make_project(tmp_path / "incremental")
    seeds = sorted((project / "seeds").glob("*.txt"))
    pipeline.generate(options(project))
    assert len(cleaned) == len(seeds)

    def edit(path):
        lines = path.read_text(encoding="utf-8").split("\n")
        longest = max(range(len(lines)), key=lambda k: len(lines[k]))
        lines[longest] += " Kalimat ini ditambahkan oleh penyunting untuk uji ini."
        path.write_text("\n".join(lines), encoding="utf-8")

    def add(path):
        text = seeds[1].read_text(encoding="utf-8").replace("Korea Utara", "Korea Utara dan Laos")
        path.write_text(text, encoding="utf-8")

    steps = [("edited", lambda: edit(seeds[0])), ("added", lambda: add(project / "seeds" / "baru.txt")),
             ("deleted", lambda: seeds[2].unlink()), ("edited again", lambda: edit(seeds[3]))]
    for number, (name, change) in enumerate(steps):
        change()
        seeds_read.clear()
        unpickled.clear()
        cleaned.clear()
        rendered.clear()
        actors_rendered.clear()
        pages_read.clear()
        pipeline.generate(options(project))
        assert len(cleaned) == (0 if name == "deleted" else 1), (name, cleaned)
        if warm:  # only the changed seed read, and nothing unpickled: every other result was in memory
            assert len(seeds_read) == (0 if name == "deleted" else 1) and not unpickled, (name, seeds_read)
        else:
            assert len(seeds_read) == len(list((project / "seeds").glob("*.txt"))) and unpickled, name
        if name.startswith("edited"):  # an edit that changes no other page's inputs renders its page alone
            assert rendered == [(seeds[0] if name == "edited" else seeds[3]).name], (name, rendered)
            assert actors_rendered == [], (name, actors_rendered)
            # the pages whose inputs did not change are known to be as the last run wrote them: not even read
            assert len([p for p in pages_read if p != "index.md"]) <= 1, (name, pages_read)
        else:  # an actor's list of articles changed
            assert actors_rendered, name
        fresh = tmp_path / f"fresh-{number}"
        (fresh / "site_src").mkdir(parents=True)
        shutil.copytree(project / "seeds", fresh / "seeds")
        for page in (project / "site_src").rglob("*"):  # the hand-written pages, as the project has them
            relative = page.relative_to(project / "site_src").as_posix()
            if page.is_file() and relative not in generated_pages(project) and ".arsip-" not in page.name:
                (fresh / "site_src" / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(page, fresh / "site_src" / relative)
        pipeline.generate(options(fresh))
        assert _generated_bytes(project) == _generated_bytes(fresh), name


def test_a_server_reads_everything_once_after_a_build_then_answers_from_the_run_cache(project, monkeypatch):
    """Issue #15: `mkdocs serve` after `arsip build` finds nothing changed, yet its first run reads the seeds and
    loads the results into memory (writing nothing), so that the first edit is as quick as the later ones."""
    from generator import pipeline

    summary(arsip("generate", cwd=project))
    keep_warm(monkeypatch, True)
    options = pipeline.Options(seeds_dir=project / "seeds", docs_dir=project / "site_src")
    first = pipeline.generate(options)
    warm = pipeline._warm[options.docs_dir.resolve()]
    assert first.write.written == [] and len(warm.reads) == 5 and warm.results
    second = pipeline.generate(options)
    assert second.write.written == [] and second.article_pages == first.article_pages == 5


def test_a_servers_preview_writes_only_the_edited_article_and_declines_an_edit_that_moves_pages(project, monkeypatch,
                                                                                             tmp_path):
    """Issue #15: while serving, an edited article's page is written at once from its new text with the rest of
    the archive as the last whole run left it; the whole run that follows makes every page as a fresh run would.
    An added seed, or an edit of the title (the page's address), is left to the whole run."""
    from conftest import make_project

    from generator import pipeline

    options = pipeline.Options(seeds_dir=project / "seeds", docs_dir=project / "site_src")
    keep_warm(monkeypatch, False)
    pipeline.generate(options)
    assert pipeline.preview(options) == []  # nothing kept: no server
    keep_warm(monkeypatch, True)
    pipeline.generate(options)
    assert pipeline.preview(options) == []  # nothing edited
    before = _generated_bytes(project)
    seed = sorted((project / "seeds").glob("*.txt"))[1]
    lines = seed.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda k: len(lines[k]))
    lines[longest] += " Kalimat suntingan penanda di sini."
    seed.write_text("\n".join(lines), encoding="utf-8")
    shown = pipeline.preview(options)
    assert len(shown) == 1 and "Kalimat suntingan penanda" in (project / "site_src" / shown[0]).read_text("utf-8")
    after = _generated_bytes(project)
    assert {name for name in after if after[name] != before[name]} == {shown[0]}
    pipeline.generate(options)
    fresh = make_project(tmp_path / "fresh")
    shutil.copy(seed, fresh / "seeds" / seed.name)
    arsip("generate", cwd=fresh)
    assert _generated_bytes(project) == _generated_bytes(fresh)

    lines = ["Judul Baru yang Memindahkan Halaman Artikel Ini" if line == lines[0] else line for line in lines]
    seed.write_text("\n".join(lines), encoding="utf-8")
    assert pipeline.preview(options) == []
    pipeline.generate(options)
    assert any("judul-baru-yang-memindahkan-halaman" in name for name in generated_pages(project))
    (project / "seeds" / "baru.txt").write_text("Judul Artikel Baru\n\nSenin, 2 Oktober 2023 - 09:00 WIB\n\n"
                                                 "Para pemimpin bertemu lagi untuk membahas kerja sama.\n",
                                                 encoding="utf-8")
    assert pipeline.preview(options) == []


def test_an_article_the_code_fails_on_is_skipped_or_built_without_actors_and_the_rest_builds(tmp_path,
                                                                                              monkeypatch):
    """A fault of the code on one article's text (an exception in cleaning, extraction or finding the actors)
    never stops the run: that article is reported by name with the reason, the others are built as ever."""
    from generator import clean as clean_stage, extract as extract_stage
    from generator.pipeline import Options, generate
    from generator.resolve import Resolver

    seeds = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", seeds)
    names = sorted(p.name for p in seeds.iterdir())
    cleans, extracts, casts = clean_stage.clean, extract_stage.extract, Resolver.cast

    def failing(original, name):
        def run(first, *rest, **keywords):
            path = getattr(first, "path", None) or getattr(first, "source_path", None) or first.source.path
            if path == name:
                raise IndexError("list index out of range")
            return original(first, *rest, **keywords)
        return run

    monkeypatch.setattr(clean_stage, "clean", failing(cleans, names[0]))
    monkeypatch.setattr(extract_stage, "extract", failing(extracts, names[1]))
    monkeypatch.setattr(Resolver, "cast", lambda self, article, *rest: (
        failing(lambda a, *r: casts(self, a, *r), names[2])(article, *rest)))
    report = generate(Options(seeds_dir=seeds, docs_dir=tmp_path / "site_src"), workers=1)

    skipped = {problem.path: problem.reason for problem in report.skipped}
    assert skipped == {
        names[0]: "Cleaning failed on this article (IndexError: list index out of range); please report it",
        names[1]: "Extracting the metadata failed on this article (IndexError: list index out of range); "
                  "please report it"}
    assert [(w.path, w.reason) for w in report.warnings] == [
        (names[2], "Finding the actors failed on this article (IndexError: list index out of range); please report it")]
    assert report.article_pages == 3 and report.accounted
    pages = [p for p in (tmp_path / "site_src" / "articles").rglob("*.md") if p.name != "index.md"]
    assert len(pages) == 3


def test_every_raw_page_of_the_outlet_dev_set_is_analysed_without_a_fault(tmp_path):
    """The raw pages of 500+ outlets (tests/fixtures/outlets) through clean → extract → resolve: none makes the
    code fail, which would leave it out (or without its actors) with a warning."""
    from generator.editorial import load_editorial
    from generator.pipeline import _analyse
    from generator.read import read_corpus

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in (Path(__file__).resolve().parent / "fixtures" / "outlets").glob("*.txt"):
        shutil.copy(page, seeds / page.name)
    unique, duplicates, resolved, _, failed = _analyse(read_corpus(seeds).documents, load_editorial(), workers=1)
    assert failed == []
    assert [path for path, cast in resolved.casts.items() if cast.failure] == []
    assert len(unique) + len(duplicates) == len(list(seeds.iterdir()))
