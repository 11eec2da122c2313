"""Property-based tests (Hypothesis): no input crashes any stage, and generated pages always build strictly."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import markdown
from conftest import SEEDS, make_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import clean, remove_recurring
from generator.editorial import load_editorial
from generator.extract import extract
from generator.link import build_archive, split_duplicates
from generator.model import RawDocument
from generator.read import decode, normalise_text
from generator.render import render_archive
from generator.resolve import resolve

EDITORIAL = load_editorial()
SEED_LINES = sorted({line for path in SEEDS.glob("*.txt") for line in path.read_text(encoding="utf-8").split("\n")})

words = st.sampled_from(["Kim", "Jong-un", "Putin", "AS", "Korut", "kata", "mengatakan", "“", "”", '"', "(", ")",
                         "Rabu", "(13/09/2023)", "12", "September", "2023", "-", "14:42", "WIB", "Baca", "juga:",
                         "Foto/AP", "#", "*", "[x](y)", "<b>", "{{", "}}", "|", "!!!", "Menteri", "Presiden",
                         "Sergei", "Shoigu", ",", ".", "READ", "Sumber", ":", "Halaman", "—"])
structured_line = st.lists(words, min_size=0, max_size=25).map(" ".join)
any_line = st.one_of(structured_line, st.sampled_from(SEED_LINES), st.text(max_size=200))
article_text = st.lists(any_line, min_size=0, max_size=40).map("\n".join)


def run_pipeline(texts: list[str]) -> dict[str, str]:
    documents = []
    for n, text in enumerate(texts):
        normal = normalise_text(text)
        if normal.strip():
            documents.append(RawDocument(f"{n}.txt", normal, hashlib.sha256(normal.encode()).hexdigest()))
    cleaned = remove_recurring([clean(d, EDITORIAL) for d in documents], EDITORIAL)
    unique, _ = split_duplicates([extract(c, EDITORIAL) for c in cleaned])
    archive = build_archive(unique, resolve(unique, EDITORIAL))
    pages = render_archive(archive)
    for name, page in pages.items():
        if name.endswith(".md"):
            assert page.startswith("---\n")
            markdown.markdown(page.split("---\n", 2)[2], extensions=["toc", "tables", "admonition", "attr_list"])
    return pages


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_text, min_size=1, max_size=4))
def test_no_article_text_crashes_any_stage(texts):
    run_pipeline(texts)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_no_bytes_crash_the_reader(data):
    text, message, usable = decode(data)
    assert usable == (text is not None)
    if usable:
        normalise_text(text)
    else:
        assert message


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(article_text, min_size=1, max_size=3))
def test_generated_pages_build_under_mkdocs_strict(tmp_path_factory, texts):
    project = make_project(tmp_path_factory.mktemp("property") / "project")
    for n, text in enumerate(texts):
        (project / "seeds" / f"acak-{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
