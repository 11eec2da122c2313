"""Hostile and broken input: the archive never breaks, never injects, never loses an article."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SEED_NAMES, arsip, make_project
from test_build import article_pages, generated_pages

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "[klik di sini](javascript:alert(1))",
    "[teks tautan](http://evil.example/)",
    "![gambar](x.png)",
    "# judul palsu",
    "| a | b |",
    "{{ config }}",
    "{% include 'base.html' %}",
    "{: .kelas-palsu }",
    "!!! note",
    "*penekanan* dan __tebal__",
    "&lt;b&gt; &amp; &#60;script&#62;",
]
HOSTILE_TITLE = 'Judul "Berbahaya": Nomor #1 <img src=x onerror=alert(1)> Menyerang'
# HTML tags in a seed are what a scraper left of the page: the tags go (a script with its code), their text stays
MARKUP = {"<script>alert(1)</script>": "", "<img src=x onerror=alert(1)>": "",
          "<iframe src=javascript:alert(1)></iframe>": ""}
TITLE_SHOWN = 'Judul "Berbahaya": Nomor #1 Menyerang'


def payload_line(number: int, payload: str) -> str:
    return f"{payload} kata penutup baris {number}."


def shown_line(number: int, payload: str) -> str:
    return " ".join(payload_line(number, MARKUP.get(payload, payload)).split())


def hostile_seed() -> str:
    lines = ["---", "title: palsu", "---", "", HOSTILE_TITLE, "", "Selasa, 12 September 2023 - 14:42 WIB", "",
             "Paragraf pembuka artikel berbahaya ini cukup panjang untuk menjadi lede yang sah."]
    for number, payload in enumerate(PAYLOADS):
        lines += ["", payload_line(number, payload)]
    return "\n".join(lines) + "\n"


class Elements(HTMLParser):
    """Tags, attributes and text inside the article's content area (between <article> and </article>)."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile") / "project")
    (project / "seeds" / "berbahaya.txt").write_text(hostile_seed(), encoding="utf-8")
    arsip("build", cwd=project)
    return project


def hostile_page(project: Path) -> Path:
    return project / "site" / article_pages(project)["berbahaya.txt"]


def test_article_text_is_text_on_the_built_page(hostile_site):
    html = hostile_page(hostile_site).read_text()
    content = Elements()
    content.feed(html)
    tags = [tag for tag, _ in content.tags]
    for forbidden in ("script", "img", "iframe", "table", "blockquote"):
        assert forbidden not in tags, forbidden
    text_section = Elements()
    text_section.feed("<article>" + html.split('id="teks-artikel"')[1].split("<h2")[0] + "</article>")
    tags_in_text = {tag for tag, attrs in text_section.tags if not (tag == "div" and "data-pagefind-body" in attrs)}
    assert tags_in_text <= {"article", "p", "a"}  # no emphasis, list, heading, code
    assert tags.count("h1") == 1  # the page's own title only, no heading from the text
    hrefs = [attrs.get("href", "") for tag, attrs in content.tags if tag == "a"]
    assert not any(h.startswith(("javascript:", "http://evil")) for h in hrefs)
    assert not any(attrs.get("class") == "kelas-palsu" for _, attrs in content.tags)
    assert not any("admonition" in (attrs.get("class") or "") and "note" in (attrs.get("class") or "")
                   for _, attrs in content.tags)
    text = " ".join("".join(content.text).split())
    for number, payload in enumerate(PAYLOADS):
        assert shown_line(number, payload) in text, payload
    assert TITLE_SHOWN in text and "onerror" not in text


def test_the_title_is_text_everywhere_a_theme_prints_it(hostile_site):
    html = hostile_page(hostile_site).read_text()
    head = html.split("</head>")[0]
    assert "<img" not in head and "<img" not in html.split('<div class="md-header__topic"')[-1].split("</div>")[0]
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert TITLE_SHOWN.replace('"', "&quot;") in title and "onerror" not in title
    matter = next(d for n, d in generated_pages(hostile_site).items() if n.endswith(".md") and b"berbahaya.txt" in d)
    front = matter.decode().split("---\n", 2)[1]
    import yaml

    assert yaml.safe_load(front)["title"] == TITLE_SHOWN.replace('"', "&quot;")
    assert "palsu" not in yaml.safe_load(front).values()  # the seed's own "---" block made no front matter


def test_no_script_from_an_article_runs_in_the_browser(hostile_site, browser):
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = partial(SimpleHTTPRequestHandler, directory=str(hostile_site / "site"))
    handler.log_message = lambda *a: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    dialogs = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        url = base + str(hostile_page(hostile_site).relative_to(hostile_site / "site").parent) + "/"
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.keyboard.press("/")
        page.keyboard.type("Berbahaya", delay=20)
        page.wait_for_timeout(1500)  # the search results render the title
        page.goto(base)
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
        server.shutdown()
    assert dialogs == []


def write(folder: Path, name: str, data: bytes | str) -> None:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def body(n: int) -> str:
    return f"Paragraf nomor {n} berisi kalimat lengkap tentang peristiwa yang dilaporkan pada hari itu."


BROKEN = {  # name → (bytes or text, what should become of it)
    "kosong.txt": (b"", "skipped"),
    "spasi.txt": (b" \n\t\n\xc2\xa0\n", "skipped"),
    "biner.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "skipped"),
    "rusak.txt": (b"Judul Yang Rusak Sekali\n\n\x81\x8d\x8f\x90\x9d", "skipped"),
    "catatan.pdf": (b"%PDF-1.4 not an article", "skipped"),
    "windows.txt": ("Berita Dari Windows Yang Lama Sekali\n\nCaf\u00e9 itu \u201cdibuka\u201d kembali, kata "
                    "pemiliknya kepada wartawan.\n".encode("cp1252"), "page"),
    "bom.txt": ("\ufeffBerita Dengan Penanda BOM Di Awal\n\n" + body(1) + "\n", "page"),
    "crlf.txt": ("Berita Dengan Akhir Baris Windows\r\n\r\n" + body(2) + "\r\n", "page"),
    "cr.txt": ("Berita Dengan Akhir Baris Mac Lama\r\r" + body(3) + "\r", "page"),
    "tak-terlihat.txt": ("Pemimpin Bertemu Dengan Menteri Pertahanan\n\nPemimpin Korea Utara Kim\u00a0Jo\u200bng Un "
                         "bertemu Menteri Pertahanan Rusia Sergei Sho\u00adigu di Pyongyang, kata media resmi.\n",
                         "page"),
    "000 salinan.txt": ((Path(__file__).parent.parent / "seeds" / SEED_NAMES[0]).read_bytes(), "duplicate"),
    "judul-sama-1.txt": ("Judul Yang Sama Untuk Dua Artikel\n\n" + body(4) + "\n", "page"),
    "judul-sama-2.txt": ("Judul Yang Sama Untuk Dua Artikel\n\n" + body(5) + "\n", "page"),
    "tanpa_judul.txt": ("ini kalimat pendek.\n", "page"),
    "tanpa-tanggal.txt": ("Berita Tanpa Tanggal Dari Media Tak Dikenal\n\n" + body(6) + "\n", "page"),
    "english.txt": ("North Korea's Leader Arrives In Russia For Talks\n\nSeptember 12, 2023 6:02 AM GMT+9\n\n"
                    "SEOUL (Reuters) - North Korean leader Kim Jong Un arrived in Russia on Tuesday, state media "
                    "said, ahead of a summit with President Vladimir Putin.\n", "page"),
    "berita ü 日本.txt": ("Berita Dengan Nama Berkas Unicode Dan Spasi\n\n" + body(7) + "\n", "page"),
    "a..b.txt": ("Berita Dengan Dua Titik Dalam Nama Berkas\n\n" + body(8) + "\n", "page"),
}


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("broken") / "project")
    for name, (data, _) in BROKEN.items():
        write(project / "seeds", name, data)
    outside = project / "rahasia.txt"
    outside.write_text("Rahasia Di Luar Folder Seeds\n\n" + body(9) + "\n")
    os.symlink(outside, project / "seeds" / "tautan.txt")
    result = arsip("build", cwd=project)
    return project, result.stderr


def test_every_broken_file_is_reported_by_name_with_its_reason(broken_project):
    _, output = broken_project
    for name, reason in [("kosong.txt", "empty file"), ("spasi.txt", "only whitespace"),
                         ("biner.txt", "binary data"), ("rusak.txt", "not valid UTF-8"),
                         ("catatan.pdf", "not an input Arsip reads"), ("tautan.txt", "outside the seeds folder")]:
        assert re.search(rf"skipped {re.escape(name)}: .*{re.escape(reason)}", output), name
    # the same bytes under two names: one page; the copy reported is the later name in file order
    assert re.search(r"duplicate 000_ef2016a7aa0c4b2f\.txt: duplicate of 000 salinan\.txt", output)
    assert re.search(r"warning windows\.txt: .*decoded as cp1252", output)


def test_nothing_is_lost_every_seed_is_a_page_a_duplicate_or_a_skip(broken_project):
    project, output = broken_project
    pages = article_pages(project)
    expected_pages = ({n for n, (_, fate) in BROKEN.items() if fate == "page"} | set(SEED_NAMES[1:])
                      | {"000 salinan.txt"})  # the first of the two identical files in name order
    assert set(pages) == expected_pages
    seen = len(BROKEN) + len(SEED_NAMES) + 1  # + the symlink
    skipped = sum(1 for _, fate in BROKEN.values() if fate == "skipped") + 1
    assert (f"arsip: {seen} inputs read: {len(expected_pages)} article pages, 1 duplicates, "
            f"{skipped} skipped.") in output
    assert seen == len(expected_pages) + 1 + skipped


def test_broken_but_usable_files_read_right(broken_project):
    project, _ = broken_project
    site = project / "site"
    pages = article_pages(project)
    assert "Café itu “dibuka” kembali" in (site / pages["windows.txt"]).read_text()
    for name in ("bom.txt", "crlf.txt", "cr.txt"):
        html = (site / pages[name]).read_text()
        assert "\ufeff" not in html and "\r" not in html
    invisible = (site / pages["tak-terlihat.txt"]).read_text()
    assert "../../../actors/kim-jong-un/" in invisible and "../../../actors/sergei-shoigu/" in invisible
    same = {pages["judul-sama-1.txt"], pages["judul-sama-2.txt"]}
    assert len(same) == 2  # distinct slugs
    assert "tanpa judul" in (site / pages["tanpa_judul.txt"]).read_text().lower()
    assert "/undated/" in pages["tanpa-tanggal.txt"]
    english = json.loads((site / "data" / "articles.json").read_text())["articles"]
    assert next(a for a in english if a["source_file"] == "english.txt")["language"] == "en"
    assert "Rahasia Di Luar" not in "".join(p.read_text() for p in site.rglob("*.html"))


def test_the_same_title_gets_stable_slugs_whatever_the_order(tmp_path):
    slugs = []
    for order in (("judul-sama-1.txt", "judul-sama-2.txt"), ("judul-sama-2.txt", "judul-sama-1.txt")):
        project = make_project(tmp_path / "-".join(order))
        for name in order:
            write(project / "seeds", name, BROKEN[name][0])
        arsip("generate", cwd=project)
        slugs.append({k: v for k, v in article_pages(project).items() if k.startswith("judul")})
    assert slugs[0] == slugs[1]


def test_a_huge_article_and_a_huge_line_are_bounded_and_still_built(tmp_path):
    project = make_project(tmp_path / "project")
    paragraph = body(0) + "\n\n"
    write(project / "seeds", "raksasa.txt", "Artikel Raksasa Untuk Menguji Batas\n\n" + paragraph * 110_000)  # 10 MB
    write(project / "seeds", "satu-baris.txt", "Satu Baris Yang Sangat Panjang Sekali\n\n" + ("kata " * 20_500) + "\n")
    result = arsip("build", cwd=project)
    assert re.search(r"warning raksasa\.txt: [\d,]+ characters, more than an article", result.stderr)
    pages = article_pages(project)
    assert "Teks dipotong" in (project / "site" / pages["raksasa.txt"]).read_text()
    assert len((project / "site" / pages["satu-baris.txt"]).read_text()) > 100_000


def snapshot(project: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in generated_pages(project).items()}


def test_a_run_killed_with_a_real_signal_leaves_the_previous_pages_and_the_next_run_completes(tmp_path):
    project = make_project(tmp_path / "project")
    seeds = project / "seeds"
    for n in range(300):  # enough pages that staging them takes a while
        write(seeds, f"extra-{n:03}.txt", f"Artikel Tambahan Nomor {n} Yang Panjang\n\n{body(n)}\n")
    arsip("generate", cwd=project)
    before = snapshot(project)
    for n in range(300):  # every page will change
        write(seeds, f"extra-{n:03}.txt", f"Artikel Tambahan Nomor {n} Yang Panjang\n\n{body(n)} Diperbarui.\n")
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "generate"], cwd=project,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    docs = project / "site_src"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        staging = list(docs.glob(".arsip-staging-*"))
        if staging and any(p.is_file() for p in staging[0].rglob("*")):
            break
        time.sleep(0.001)
    assert process.poll() is None, "generation finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (docs / ".arsip-journal.json").exists()  # killed while staging, before any page was moved
    assert snapshot(project) == before  # the previous pages, intact
    arsip("generate", cwd=project)
    after = snapshot(project)
    fresh = make_project(tmp_path / "fresh")
    for path in seeds.iterdir():
        if path.name.startswith("extra-"):
            (fresh / "seeds" / path.name).write_bytes(path.read_bytes())
    arsip("generate", cwd=fresh)
    assert after == snapshot(fresh)  # the same as a run that was never interrupted
    assert not list(docs.glob(".arsip-staging-*"))


def test_an_interrupted_move_is_finished_by_the_next_run(tmp_path, monkeypatch):
    from generator import write as write_stage

    write_stage.write_pages(tmp_path, {"a.md": "A\n", "b.md": "B\n"})
    moves = []
    real_replace = os.replace

    def dying_replace(source, target):
        if moves:
            raise KeyboardInterrupt("killed")  # after the first page was moved
        moves.append(target)
        real_replace(source, target)

    monkeypatch.setattr(write_stage.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        write_stage.write_pages(tmp_path, {"a.md": "A2\n", "b.md": "B2\n"})
    monkeypatch.setattr(write_stage.os, "replace", real_replace)
    assert (tmp_path / write_stage.JOURNAL_NAME).exists()
    report = write_stage.write_pages(tmp_path, {"a.md": "A2\n", "b.md": "B2\n"})
    assert (tmp_path / "a.md").read_text() == "A2\n" and (tmp_path / "b.md").read_text() == "B2\n"
    assert report.written == [] and not (tmp_path / write_stage.JOURNAL_NAME).exists()


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_full_builds_are_byte_identical(tmp_path):
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    trees = []
    for name in ("one", "two"):
        project = make_project(tmp_path / name)
        result = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True,
                                text=True, timeout=300, env=environment)
        assert result.returncode == 0, result.stderr
        trees.append(tree(project / "site"))
    # Pagefind writes its filter and metadata chunks (and so the entry file naming them) in an order that varies
    # from run to run (Pagefind/pagefind#638, open upstream for these files since 1.3.0): they are left out.
    # Every page, and Pagefind's fragments and word indexes, must be identical.
    unstable = re.compile(r"pagefind/(filter/|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$|pagefind-entry\.json$)")
    one, two = ({path: digest for path, digest in t.items() if not unstable.match(path)} for t in trees)
    assert one == two
    assert len(one) > 60 and any(path.startswith("pagefind/fragment/") for path in one)
