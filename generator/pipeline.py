"""The pipeline: read → clean → extract → resolve → link → render → write, and the run's accounting.

Every seed file ends up as exactly one of: an article page, a reported duplicate, a reported skip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean, remove_recurring
from .editorial import load_editorial
from .extract import extract
from .link import build_archive, split_duplicates
from .model import Archive, Problem
from .read import read_corpus
from .render import RenderOptions, render_archive
from .resolve import resolve
from .write import WriteReport, write_pages


@dataclass(frozen=True)
class Options:
    seeds_dir: Path
    docs_dir: Path
    data_dir: Path | None = None  # editorial YAML; None: the files shipped in generator/data
    render: RenderOptions = field(default_factory=RenderOptions)


@dataclass
class Report:
    files_seen: int = 0
    article_pages: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    write: WriteReport = field(default_factory=WriteReport)
    archive: Archive | None = None

    @property
    def accounted(self) -> bool:
        """Nothing lost: every file seen became a page, a duplicate or a skip."""
        return self.files_seen == self.article_pages + len(self.duplicates) + len(self.skipped)

    @property
    def has_warnings(self) -> bool:
        """What `--strict` turns into a failure."""
        return bool(self.skipped or self.warnings or self.duplicates or self.write.conflicts)


Progress = Callable[[int, int], None]  # (articles done, articles in all)


def generate(options: Options, progress: Progress | None = None) -> Report:
    editorial = load_editorial(options.data_dir)
    read = read_corpus(options.seeds_dir)
    report = Report(files_seen=read.files_seen, skipped=read.skipped, warnings=read.warnings)

    total = len(read.documents)
    cleaned = []
    for done, document in enumerate(read.documents, start=1):
        cleaned.append(clean(document, editorial))
        if progress:
            progress(done, total)
    cleaned = remove_recurring(cleaned, editorial)
    articles = [extract(document, editorial) for document in cleaned]

    unique, duplicates = split_duplicates(articles)  # a copy must not count twice as evidence for an actor
    archive = build_archive(unique, resolve(unique, editorial))
    archive.duplicates = sorted(duplicates, key=lambda p: p.path)
    report.archive = archive
    report.duplicates = archive.duplicates
    report.article_pages = len(archive.entries)
    pages = render_archive(archive, options.render)
    report.write = write_pages(options.docs_dir, pages)
    return report


# `arsip build` generates, then runs MkDocs in the same process; the MkDocs plugin then need not generate again.
_generated_in_process: set[Path] = set()


def mark_generated(docs_dir: Path) -> None:
    _generated_in_process.add(docs_dir.resolve())


def take_generated_mark(docs_dir: Path) -> bool:
    """True once after mark_generated(docs_dir)."""
    key = docs_dir.resolve()
    if key in _generated_in_process:
        _generated_in_process.discard(key)
        return True
    return False
