"""End to end: `arsip build` on the real seeds, asserting on the built HTML."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import yaml

from conftest import ROOT, SEED_NAMES, arsip, make_project, parse_html

from generator.read import read_corpus


def generated_pages(project: Path) -> dict[str, bytes]:
    manifest = json.loads((project / "site_src" / ".arsip-manifest.json").read_text())
    return {name: (project / "site_src" / name).read_bytes() for name in manifest["files"]}


def article_pages(project: Path) -> dict[str, str]:
    """{source seed: built HTML path} from the generated front matter."""
    found = {}
    for name, data in generated_pages(project).items():
        text = data.decode()
        if "\nsource_file: " in text:
            seed = text.split("\nsource_file: ", 1)[1].split("\n", 1)[0].strip("'\"")
            found[seed] = name[: -len(".md")] + "/index.html"
    return found


def resolve(site: Path, page: Path, url: str) -> Path | None:
    """The file an internal link points to, or None for an external one."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:")):
        return None
    path, _ = urldefrag(unquote(parts.path))
    if path.startswith("/"):  # root-absolute (MkDocs' 404 page without site_url): the site is served at /
        target = (site / path.lstrip("/")).resolve()
    else:
        target = (page.parent / path).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target


def test_every_seed_has_a_page_with_its_title(built_site):
    site = built_site / "site"
    pages = article_pages(built_site)
    assert sorted(pages) == SEED_NAMES
    titles = {}
    for seed, html in pages.items():
        parsed = parse_html(site / html)
        titles[seed] = parsed.h1
    assert titles["000_ef2016a7aa0c4b2f.txt"][0].startswith(
        "Kim Jong-un Tiba di Rusia di Tengah Peringatan AS untuk Tidak Jual Senjata")
    assert titles["002_ed4f2aa6d2ebbc49.txt"][0].startswith(
        "Benarkah Putin-Kim Jong Un Diam-diam Saling Surat Nego Beli Senjata?")
    assert titles["004_ea22896dfd0a949b.txt"][0].startswith(
        "Kim Jong Un dan Vladimir Putin berjabat tangan saat KTT senjata dimulai di Rusia")
    # the article text is on the page, the outlet's chrome is not
    html = (site / pages["001_f4f2b7e91b879bed.txt"]).read_text()
    assert "Negara-negara barat menaruh perhatian" in html
    assert "Tinggalkan Balasan" not in html and "68  +" not in html


def test_every_article_is_reachable_from_the_home_page(built_site):
    site = built_site / "site"
    seen, queue = set(), deque([(site / "index.html").resolve()])
    while queue:
        page = queue.popleft()
        if page in seen or page.suffix != ".html" or not page.is_file():
            continue
        seen.add(page)
        for tag, url in parse_html(page).links:
            if tag == "a" and (target := resolve(site, page, url)) is not None:
                queue.append(target)
    for html in article_pages(built_site).values():
        assert (site / html).resolve() in seen, f"{html} is not reachable from the home page"


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site / "site"
    broken = []
    for page in site.rglob("*.html"):
        for tag, url in parse_html(page).links:
            target = resolve(site, page, url)
            if target is None:
                continue
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {url}")
                continue
            fragment = urldefrag(url)[1]
            if fragment and target.suffix == ".html" and fragment not in parse_html(target).ids:
                broken.append(f"{page.relative_to(site)}: {url} (no element #{fragment})")
    assert broken == []


def test_sidebar_does_not_list_articles(built_site):
    """With every article in the navigation, the site would grow as N²."""
    home = (built_site / "site" / "index.html").read_text()
    for html in article_pages(built_site).values():
        slug = html.split("/")[-2]
        assert home.count(slug) <= 1  # once in "latest articles", never in the sidebar


def test_generation_is_deterministic_and_rewrites_nothing_the_second_time(project):
    arsip("generate", cwd=project)
    first = generated_pages(project)
    mtimes = {name: (project / "site_src" / name).stat().st_mtime_ns for name in first}
    manifest_mtime = (project / "site_src" / ".arsip-manifest.json").stat().st_mtime_ns
    result = arsip("generate", cwd=project)
    assert generated_pages(project) == first
    assert {name: (project / "site_src" / name).stat().st_mtime_ns for name in first} == mtimes
    assert (project / "site_src" / ".arsip-manifest.json").stat().st_mtime_ns == manifest_mtime
    assert f"0 written, {len(first)} unchanged, 0 removed" in result.stderr


def test_two_projects_give_byte_identical_pages(tmp_path):
    from conftest import make_project

    digests = []
    for name in ("a", "b"):
        project = make_project(tmp_path / name)
        arsip("generate", cwd=project)
        digests.append({k: hashlib.sha256(v).hexdigest() for k, v in generated_pages(project).items()})
    assert digests[0] == digests[1]


def test_hand_written_pages_survive_and_are_never_overwritten(project):
    about = project / "site_src" / "about.md"
    before = about.read_bytes()
    arsip("build", cwd=project)
    arsip("build", cwd=project)
    assert about.read_bytes() == before
    assert (project / "site" / "about" / "index.html").is_file()


def test_a_hand_written_file_where_a_page_would_go_is_left_alone_and_reported(project):
    (project / "site_src" / "articles").mkdir()
    mine = project / "site_src" / "articles" / "index.md"
    mine.write_text("# Milik saya\n")
    result = arsip("generate", cwd=project, check=False)
    assert result.returncode != 0
    assert "conflict" in result.stderr and "articles/index.md" in result.stderr
    assert mine.read_text() == "# Milik saya\n"


def test_removing_a_seed_removes_exactly_its_page(project):
    arsip("generate", cwd=project)
    before = set(generated_pages(project))
    gone = article_pages(project)["002_ed4f2aa6d2ebbc49.txt"]
    (project / "seeds" / "002_ed4f2aa6d2ebbc49.txt").unlink()
    result = arsip("generate", cwd=project)
    after = set(generated_pages(project))
    removed = before - after
    article_page = gone.replace("/index.html", ".md")
    assert {p for p in removed if p.startswith("articles/")} == {article_page}
    assert not (project / "site_src" / article_page).exists()
    # besides its page, only the pages of actors no other article mentions go with it
    remaining = "".join(d.decode() for n, d in generated_pages(project).items() if n.startswith("articles/"))
    for page in removed - {article_page}:
        assert page.startswith(("actors/", "outlets/")) and f"/{page}" not in remaining
    # Wagner Group and the outlet Majalah Jurnalis appear only in the removed article
    assert {"actors/grup-wagner.md", "outlets/majalah-jurnalis.md"} <= removed
    assert f"{len(removed)} removed" in result.stderr
    # August 2023 had only that article: its year page no longer lists the month
    assert "Agustus" not in (project / "site_src" / "articles" / "2023" / "index.md").read_text()


def test_bad_files_are_reported_and_the_rest_still_builds(project):
    seeds = project / "seeds"
    (seeds / "kosong.txt").write_bytes(b"")
    (seeds / "spasi.txt").write_bytes(b"   \n\n  \t\n")
    (seeds / "biner.txt").write_bytes(b"\x00\x01\x02\xff\xfe")
    (seeds / "rusak.txt").write_bytes(b"Judul \x81\x8d\x8f\x90 rusak\n")
    result = arsip("build", cwd=project)
    for name, reason in [("kosong.txt", "empty file"), ("spasi.txt", "only whitespace"),
                         ("biner.txt", "binary data"), ("rusak.txt", "not valid UTF-8")]:
        assert f"skipped {name}: " in result.stderr and reason in result.stderr
    assert "9 inputs read: 5 article pages, 0 duplicates, 4 skipped" in result.stderr
    assert sorted(article_pages(project)) == SEED_NAMES

    strict = arsip("build", "--strict", cwd=project, check=False)
    assert strict.returncode == 1
    assert "--strict" in strict.stderr


def test_plain_mkdocs_build_generates_the_pages_through_the_plugin(project):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert sorted(article_pages(project)) == SEED_NAMES
    assert (project / "site" / "articles" / "index.html").is_file()


def test_seeds_are_input_only(built_site):
    """The build read the project's seeds; the committed seeds are the shared corpus, unchanged."""
    for name in SEED_NAMES:
        assert (built_site / "seeds" / name).read_bytes() == (ROOT / "seeds" / name).read_bytes()
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():  # beside the repository in CI and on developers' machines
        for name in SEED_NAMES:
            assert (ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes()
    assert len(read_corpus(ROOT / "seeds").documents) == len(SEED_NAMES) == 5


def test_actor_pages_list_their_articles_quotes_and_companions(built_site):
    site = built_site / "site"
    pages = article_pages(built_site)
    shoigu = site / "actors" / "sergei-shoigu" / "index.html"
    html = shoigu.read_text()
    assert "Menteri Pertahanan Rusia" in html
    linked = {resolve(site, shoigu, url) for tag, url in parse_html(shoigu).links if tag == "a"}
    for seed in ("000_ef2016a7aa0c4b2f.txt", "002_ed4f2aa6d2ebbc49.txt", "004_ea22896dfd0a949b.txt"):
        assert (site / pages[seed]).resolve() in linked
    assert (site / pages["003_7523613562a37feb.txt"]).resolve() not in linked
    assert (site / "actors" / "kim-jong-un" / "index.html").resolve() in linked  # appears with

    madden = (site / "actors" / "michael-madden" / "index.html").read_text()
    assert "Belum ditinjau" in madden and "Kehadiran Jo Chun Ryong menunjukkan" in madden


def test_article_pages_link_their_actors_and_quotes(built_site):
    site = built_site / "site"
    page = site / article_pages(built_site)["003_7523613562a37feb.txt"]
    linked = {resolve(site, page, url) for tag, url in parse_html(page).links if tag == "a"}
    for actor in ("antony-blinken", "kim-jong-un", "vladimir-putin", "jens-stoltenberg", "korea-utara", "nato"):
        assert (site / "actors" / actor / "index.html").resolve() in linked
    page_source = next(d for n, d in generated_pages(built_site).items() if "7-fakta" in n).decode()
    matter = yaml.safe_load(page_source.split("---\n", 2)[1])
    assert matter["actors"][:3] == ["China", "Rusia", "Kim Jong Un"]  # in order of first mention


def test_actors_index_groups_by_kind_with_counts(built_site):
    html = (built_site / "site" / "actors" / "index.html").read_text()
    for heading in ("Orang", "Organisasi", "Negara", "Tempat"):
        assert f">{heading}<" in html
    assert html.index("Kim Jong Un") < html.index("Michael Madden")  # 5 articles before 1


def test_long_lists_continue_on_further_pages_that_are_all_reachable(tmp_path):
    from conftest import make_project

    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      seeds_dir: seeds\n", "      seeds_dir: seeds\n      list_page_size: 2\n"))
    arsip("build", cwd=project)
    site = project / "site"
    kim = site / "actors" / "kim-jong-un"
    assert (kim / "halaman_2" / "index.html").is_file() and (kim / "halaman_3" / "index.html").is_file()
    assert not (kim / "halaman_4").exists()
    first = (kim / "index.html").read_text()
    assert first.count('href="../../articles/') >= 2 and 'href="halaman_2/"' in first
    listed = set()
    for page in (kim / "index.html", kim / "halaman_2" / "index.html", kim / "halaman_3" / "index.html"):
        listed |= {resolve(site, page, url) for tag, url in parse_html(page).links
                   if tag == "a" and "/articles/20" in url or "/articles/undated/" in url}
    assert {(site / p).resolve() for p in article_pages(project).values()} <= listed  # all 5, across 3 pages
    assert (site / "outlets" / "sindonews" / "index.html").is_file()  # 2 articles: one page, no pager
    assert not (site / "outlets" / "sindonews" / "halaman_2").exists()


def test_a_build_with_nothing_changed_builds_nothing_and_any_change_builds_again(project):
    """Issue #15: `arsip build` with nothing changed writes no page and runs no page build; a changed seed, a
    changed hand-written page, a changed configuration or a touched site builds again."""
    arsip("build", cwd=project)
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    # the first build after it finds nothing changed, and loads none of the stages that make pages: the renderer,
    # the resolver, MkDocs' page builder
    imported = subprocess.run([sys.executable, "-X", "importtime", "-m", "generator.cli", "build"], cwd=project,
                              capture_output=True, text=True, timeout=300)
    assert "nothing changed since the last build" in imported.stderr
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before
    assert "nothing changed since the last build" in arsip("build", cwd=project).stderr
    modules = {line.rsplit("|", 1)[-1].strip() for line in imported.stderr.splitlines() if line.startswith("import time")}
    assert "generator.pipeline" in modules
    assert not modules & {"generator.render", "generator.resolve", "generator.clean", "mkdocs.commands.build"}
    # nor MkDocs at all: the configuration is the one the last build loaded, byte for byte
    assert not any(module == "mkdocs" or module.startswith("mkdocs.") for module in modules)

    about = project / "site_src" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nDiperbarui.\n", encoding="utf-8")
    rebuilt = arsip("build", cwd=project)
    assert "nothing changed" not in rebuilt.stderr and "Diperbarui" in (site / "about" / "index.html").read_text()

    (site / "feed.xml").unlink()  # the site is not as the last build left it
    assert "nothing changed" not in arsip("build", cwd=project).stderr and (site / "feed.xml").is_file()

    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Arsip", "site_name: Arsip Banjir"),
                      encoding="utf-8")
    assert "nothing changed" not in arsip("build", cwd=project).stderr
    assert "Arsip Banjir" in (site / "index.html").read_text(encoding="utf-8")
    # a variable the configuration reads with !ENV is part of it: the archive's address
    addressed = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True,
                               text=True, timeout=300, env={**os.environ, "ARSIP_SITE_URL": "https://arsip.example.org/"})
    assert addressed.returncode == 0 and "nothing changed" not in addressed.stderr
    assert "https://arsip.example.org/" in (site / "feed.xml").read_text(encoding="utf-8")

    seed = next((project / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nParagraf tambahan yang ditulis untuk uji ini.\n",
                    encoding="utf-8")
    assert "nothing changed" not in arsip("build", cwd=project).stderr
    assert "nothing changed" in arsip("build", cwd=project).stderr


def _site_files(site) -> dict[str, bytes]:
    """Every built file, except the parts of Pagefind's index it names differently on every run (its filter
    and meta files and the entry that lists them: two clean builds of the same pages differ there too)."""
    varying = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.id_")
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.relative_to(site).as_posix().startswith(varying)}


def test_a_build_after_articles_change_rebuilds_only_them_and_equals_a_clean_build(project, tmp_path):
    """Issue #15: when only seeds changed, `arsip build` builds only the pages the generator rewrote and takes
    the pages that are gone out of the site; the site is then byte for byte the one a clean build makes."""
    environment = {"SOURCE_DATE_EPOCH": "1700000000"}
    run = lambda *args, cwd: subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd,  # noqa: E731
                                            capture_output=True, text=True, timeout=600, check=True,
                                            env={**os.environ, **environment})
    run("build", cwd=project)
    seeds = sorted((project / "seeds").glob("*.txt"))
    removed_page = project / "site" / article_pages(project)[seeds[2].name]
    assert removed_page.is_file()
    untouched = {p: p.stat().st_mtime_ns for p in (project / "site" / "articles").rglob("index.html")}

    edited = seeds[0].read_text(encoding="utf-8").split("\n")
    longest = max(range(len(edited)), key=lambda k: len(edited[k]))
    edited[longest] += " Kalimat ini ditambahkan oleh penyunting untuk uji ini."
    seeds[0].write_text("\n".join(edited), encoding="utf-8")
    (project / "seeds" / "baru.txt").write_text(
        seeds[1].read_text(encoding="utf-8").replace("Korea Utara", "Korea Utara dan Laos"), encoding="utf-8")
    seeds[2].unlink()
    dirty = run("build", cwd=project)
    assert "only the pages that changed" in dirty.stderr
    assert not removed_page.exists() and not removed_page.parent.exists()
    rebuilt = [p for p, mtime in untouched.items() if p.exists() and p.stat().st_mtime_ns != mtime]
    assert 0 < len(rebuilt) < len(untouched)  # some article pages were built again, not all

    clean = make_project(tmp_path / "clean")
    shutil.rmtree(clean / "seeds")
    shutil.copytree(project / "seeds", clean / "seeds")
    run("build", "--site-dir", str(project / "site-clean"), cwd=clean)
    assert _site_files(project / "site") == _site_files(project / "site-clean")

    config = project / "mkdocs.yml"  # anything but the generated pages changed: every page is built again
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Arsip", "site_name: Arsip Uji"),
                      encoding="utf-8")
    assert "only the pages that changed" not in run("build", cwd=project).stderr
