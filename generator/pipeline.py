"""The pipeline: read → clean → extract → resolve → link → render → write, and the run's accounting.

Every seed file ends up as exactly one of: an article page, a reported duplicate, a reported skip.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import NAME as ANALYSIS_CACHE_NAME
from .cache import AnalysisCache
from .editorial import Editorial, load_editorial
from .formats import InputOptions
from .model import Archive, Article, Cast, CleanDocument, Problem, RawDocument, failure_reason
from .options import RenderOptions
from .read import read_corpus, seeds_fingerprint
from .write import JOURNAL_NAME, WriteReport, read_manifest, write_pages

if TYPE_CHECKING:
    from .resolve import ResolvedCorpus

# The stages that do the work (and their libraries: dateparser, PySastrawi, Jinja) are imported when there is
# work to do: a rerun that finds nothing changed answers from the run cache in a fraction of the import time.


@dataclass(frozen=True)
class Options:
    seeds_dir: Path
    docs_dir: Path
    data_dir: Path | None = None  # editorial YAML; None: the files shipped in generator/data
    render: RenderOptions = field(default_factory=RenderOptions)
    inputs: InputOptions = field(default_factory=InputOptions)  # how exports' fields and dates are read


@dataclass
class Report:
    files_seen: int = 0
    article_pages: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    write: WriteReport = field(default_factory=WriteReport)

    @property
    def accounted(self) -> bool:
        """Nothing lost: every file seen became a page, a duplicate or a skip."""
        return self.files_seen == self.article_pages + len(self.duplicates) + len(self.skipped)

    @property
    def has_warnings(self) -> bool:
        """What `--strict` turns into a failure."""
        return bool(self.skipped or self.warnings or self.duplicates or self.write.conflicts)


Progress = Callable[[int, int], None]  # (articles done, articles in all)


CACHE_NAME = ".arsip-cache.json"  # in the docs folder, hidden from MkDocs like the manifest


def code_fingerprint() -> str:
    """The generator's own code and templates: a change to either must never be served from the cache."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *(package / "templates").glob("*.j2")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _results_salt(editorial: Editorial) -> str:
    """What every kept result depends on besides its input: the generator's code and the editorial data."""
    return code_fingerprint() + editorial.fingerprint


def _run_key(options: Options, editorial_fingerprint: str, seeds: str) -> str:
    """What the pages are made from: the seeds as they are on disk, editorial data, code and templates, options."""
    digest = hashlib.sha256()
    for part in (code_fingerprint(), editorial_fingerprint, repr(options.render), repr(options.inputs),
                 str(options.seeds_dir), seeds):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def _load_cache(options: Options) -> dict:
    try:
        cache = json.loads((options.docs_dir / CACHE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def _pages_as_left(docs_dir: Path, files: dict[str, list[int]]) -> bool:
    """Every generated page is still there as the last run left it (size and modification time)."""
    root = str(docs_dir)
    for name, (size, mtime) in files.items():
        try:
            stat = os.stat(os.path.join(root, name))
        except OSError:
            return False
        if stat.st_size != size or stat.st_mtime_ns != mtime:
            return False
    return True


def _cached_report(options: Options, key: str, cache: dict) -> Report | None:
    if cache.get("key") != key or not _pages_as_left(options.docs_dir, cache.get("files", {})):
        return None
    return Report(
        files_seen=cache["files_seen"],
        article_pages=cache["article_pages"],
        skipped=[Problem(path, reason) for path, reason in cache["skipped"]],
        warnings=[Problem(path, reason, fatal=False) for path, reason in cache["warnings"]],
        duplicates=[Problem(path, reason) for path, reason in cache["duplicates"]],
        write=WriteReport(unchanged=sorted(cache["files"])),
    )


def _kept_pages(options: Options, cache: dict) -> dict[str, tuple[str, ...]]:
    """Of the article and actor pages the last run wrote, those still as it left them (size and modification
    time), by the key of their inputs: render_archive need not render them, nor the writer read them. A key one of
    whose pages was touched since is left out."""
    files, keys = cache.get("files"), cache.get("page_keys")
    if not isinstance(files, dict) or not isinstance(keys, dict) or (options.docs_dir / JOURNAL_NAME).exists():
        return {}  # (an interrupted run's moves, which the writer finishes first, would change pages under us)
    root = str(options.docs_dir)
    owned = read_manifest(options.docs_dir)  # a page the manifest no longer lists is the writer's to check again
    paths: dict[str, list[str]] = {}
    touched: set[str] = set()
    for name, page_key in keys.items():
        if name not in owned:
            touched.add(page_key)
            continue
        try:
            stat = os.stat(os.path.join(root, name))
        except OSError:
            touched.add(page_key)
            continue
        if files.get(name) != [stat.st_size, stat.st_mtime_ns]:
            touched.add(page_key)
        paths.setdefault(page_key, []).append(name)
    return {page_key: tuple(names) for page_key, names in paths.items() if page_key not in touched}


def _save_cache(options: Options, key: str, seeds: dict, report: Report, page_keys: dict[str, str]) -> None:
    files = {}
    for name in sorted(read_manifest(options.docs_dir)):
        stat = (options.docs_dir / name).stat()
        files[name] = [stat.st_size, stat.st_mtime_ns]
    problems = lambda items: [[p.path, p.reason] for p in items]  # noqa: E731
    cache = {"key": key, "files_seen": report.files_seen, "skipped": problems(report.skipped),
             "warnings": problems(report.warnings), "article_pages": report.article_pages,
             "duplicates": problems(report.duplicates), "files": files, "seeds": seeds,
             "page_keys": {name: page_keys[name] for name in files if name in page_keys}}
    text = json.dumps(cache, ensure_ascii=False, sort_keys=True)
    path = options.docs_dir / CACHE_NAME
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


PARALLEL_OVER = 200  # fewer articles than this are cleaned faster than worker processes start


def worker_count(articles: int) -> int:
    """Processes for cleaning and extraction: one per core the run may use, when the corpus is large."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 8) if articles >= PARALLEL_OVER else 1


_worker_editorial: Editorial | None = None  # set once in each worker process


def _start_worker(editorial: Editorial) -> None:
    global _worker_editorial
    _worker_editorial = editorial
    gc.enable()  # forked from a run that paused the collector: a worker's heap is small, its garbage many pages'


@dataclass(frozen=True)
class _Failed:
    """An article the code failed on: it is skipped with the reason, and the rest of the corpus goes on."""
    path: str
    reason: str


def _clean_safely(document: RawDocument, editorial: Editorial):
    from .clean import clean

    try:
        return clean(document, editorial)
    except Exception as error:  # noqa: BLE001 - any fault of the code, on one article's text
        return _Failed(document.path, failure_reason("Cleaning", error))


def _clean_in_worker(document: RawDocument):
    return _clean_safely(document, _worker_editorial)


def _extract_and_recognise(document, editorial: Editorial):
    """The article and the recogniser's entities in it: both one article at a time, so one trip to a worker."""
    from .extract import extract
    from .resolve import recognise

    if isinstance(document, _Failed):
        return document, None
    try:
        article = extract(document, editorial)
        return article, recognise(article)
    except Exception as error:  # noqa: BLE001 - any fault of the code, on one article's text
        return _Failed(document.source.path, failure_reason("Extracting the metadata", error)), None


def _extract_in_worker(document):
    return _extract_and_recognise(document, _worker_editorial)


def _reported(results: Iterable, done: int, total: int, progress: Progress | None) -> Iterator:
    """The results as they come, each counted into progress(done, total)."""
    for result in results:
        done += 1
        if progress:
            progress(done, total)
        yield result


def analyse(documents: list[RawDocument], editorial: Editorial, progress: Progress | None = None,
            workers: int | None = None, cache: AnalysisCache | None = None
            ) -> tuple[list[Article], list[Problem], ResolvedCorpus]:
    """clean → extract → recognise → resolve: (unique articles, duplicates set aside, their actors). An article
    the code fails on is left out (`_analyse` says which and why)."""
    unique, duplicates, resolved, _, _ = _analyse(documents, editorial, progress, workers, cache)
    return unique, duplicates, resolved


def _analyse(documents: list[RawDocument], editorial: Editorial, progress: Progress | None = None,
             workers: int | None = None, cache: AnalysisCache | None = None
             ) -> tuple[list[Article], list[Problem], ResolvedCorpus, set[tuple[str, str]], list[Problem]]:
    """analyse(), the lines found to be outlets' chrome across the corpus (clean.recurring_lines), and the
    articles the code failed on, skipped.

    Cleaning, extraction and the recogniser work on one article at a time, so a large corpus is spread over the
    cores, and their results are kept in `cache` for the next run: only the articles whose input changed go
    through them again. Results come back in the seeds' order, so the pages are the same bytes as a serial,
    uncached run's."""
    from .clean import drop_recurring, recurring_candidates, recurring_in, recurring_lines
    from .link import split_duplicates
    from .resolve import resolve

    cache = cache or AnalysisCache(None, "")
    total = len(documents)
    with contextlib.ExitStack() as stack:
        pools: list[ProcessPoolExecutor] = []

        def each(items: list, in_worker, here):
            """Apply a stage to the items, over the cores when there are enough of them to pay for the workers."""
            count = worker_count(len(items)) if workers is None else workers
            if count <= 1:
                return (here(item) for item in items)
            if not pools:
                pools.append(stack.enter_context(ProcessPoolExecutor(count, initializer=_start_worker,
                                                                     initargs=(editorial,))))
            return pools[0].map(in_worker, items, chunksize=max(1, min(64, len(items) // (count * 8))))

        def clean_missing(todo: list[RawDocument]) -> Iterator:
            """The stage over the documents without a kept result, the count of documents done reported as each
            comes back."""
            done = total - len(todo)
            if progress and done:
                progress(done, total)
            return _reported(each(todo, _clean_in_worker, lambda d: _clean_safely(d, editorial)), done, total,
                             progress)

        # An article's extraction depends on its cleaned text and on which of its lines the corpus-level rule
        # finds recurring in its outlet; both are kept, with the lines the rule counts, so an unchanged article's
        # cleaned text (every removed line with it) is not even loaded when the rule drops the same lines again.
        clean_keys = [cache.key("clean", document) for document in documents]
        cache.touch(clean_keys)  # kept for a later run, even where this one does not read them
        cleaned: dict[int, CleanDocument] = {}

        def clean_all(indexes: list[int]) -> None:
            todo = [i for i in indexes if i not in cleaned]
            kept = cache.results([clean_keys[i] for i in todo], [documents[i] for i in todo], clean_missing)
            cleaned.update(zip(todo, kept))

        candidate_keys = [cache.key("recurring-candidates", key) for key in clean_keys]
        candidates = cache.get_many(candidate_keys)
        missing = [i for i, key in enumerate(candidate_keys) if key not in candidates]
        clean_all(missing)
        for i in missing:
            candidates[candidate_keys[i]] = (("", ()) if isinstance(cleaned[i], _Failed)
                                             else recurring_candidates(cleaned[i], editorial))
            cache.put(candidate_keys[i], candidates[candidate_keys[i]])
        of_each = [candidates[key] for key in candidate_keys]
        recurring = recurring_lines(of_each, editorial)

        def extract_missing(todo: list[int]) -> Iterable:
            clean_all(todo)
            ready = [cleaned[i] if isinstance(cleaned[i], _Failed) else drop_recurring(cleaned[i], recurring)
                     for i in todo]
            return each(ready, _extract_in_worker, lambda d: _extract_and_recognise(d, editorial))

        extract_keys = [cache.key("extract", (clean_keys[i], recurring_in(of_each[i], recurring)))
                        for i in range(total)]
        extracted = cache.results(extract_keys, list(range(total)), extract_missing)
        failed = [Problem(article.path, article.reason) for article, _ in extracted if isinstance(article, _Failed)]
        done = [(pair, key) for pair, key in zip(extracted, extract_keys) if not isinstance(pair[0], _Failed)]
        articles = [article for (article, _), _ in done]
        recognised = {article.source_path: entities for (article, entities), _ in done}
        digests = {article.source_path: key for (article, _), key in done}
        del done
    cleaned.clear()  # the cleaned documents (with every removed line) are not needed beyond extraction
    del extracted
    unique, duplicates = split_duplicates(articles)  # a copy must not count twice as evidence for an actor
    resolved = resolve(unique, editorial, recognised, cache if cache.enabled else None,
                       [digests[article.source_path] for article in unique])
    return unique, duplicates, resolved, recurring, failed


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """CPython's cyclic garbage collector off for the duration. A run holds millions of long-lived objects (every
    article, cast and page key, most of them loaded from the analysis cache at once), and the collector scans
    them all again each time enough new ones were made: a third of an edit's run at 10,000 articles. Its data
    holds few reference cycles, and what is left is collected once the run is over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def generate(options: Options, progress: Progress | None = None, workers: int | None = None) -> Report:
    """Run the pipeline. When nothing that goes into the pages changed since the last run (seeds, editorial
    data, the generator's code and templates, options) and its pages are untouched, nothing is recomputed.
    workers: processes for cleaning and extraction (None: by the corpus' size and the cores)."""
    with _cycle_collector_paused():
        return _generate(options, progress, workers)


def _generate(options: Options, progress: Progress | None, workers: int | None) -> Report:
    editorial = load_editorial(options.data_dir)
    cache = _load_cache(options)
    seeds, seed_table = seeds_fingerprint(options.seeds_dir, cache.get("seeds"))
    key = _run_key(options, editorial.fingerprint, seeds)  # before reading: an unchanged corpus is not even read
    cached = _cached_report(options, key, cache)
    salt = _results_salt(editorial)
    warm = _warm.get(options.docs_dir.resolve()) if _keep_warm else None
    if warm is not None and warm.salt != salt:
        warm = None  # kept under other code or data: never asked for again
    # kept in memory (a server), the first run reads and loads everything once, even with nothing changed, so
    # that the first edit finds it all in memory
    if cached is not None and (not _keep_warm or warm is not None):
        return cached
    from .link import build_archive
    from .render import PageKeys, iter_pages

    if _keep_warm and warm is None:
        warm = _Warm(salt)
    read = read_corpus(options.seeds_dir, options.inputs, seed_table, warm.reads if warm else None)
    report = Report(files_seen=read.files_seen, skipped=read.skipped, warnings=read.warnings)

    options.docs_dir.mkdir(parents=True, exist_ok=True)
    analysis = AnalysisCache(options.docs_dir / ANALYSIS_CACHE_NAME, salt, warm.results if warm else None)
    try:
        unique, duplicates, resolved, recurring, failed = _analyse(read.documents, editorial, progress, workers,
                                                                   analysis)
        report.skipped += failed
        report.warnings += [Problem(article.source_path, resolved.casts[article.source_path].failure, fatal=False)
                            for article in unique if resolved.casts[article.source_path].failure]
        archive = build_archive(unique, resolved, memo=analysis)
        archive.duplicates = sorted(duplicates, key=lambda p: p.path)
        report.duplicates = archive.duplicates
        report.article_pages = len(archive.entries)
        page_keys = PageKeys(kept=_kept_pages(options, cache))
        # each page written as it is rendered: the site's pages are never all in memory at once
        report.write = write_pages(options.docs_dir, iter_pages(archive, options.render, analysis, page_keys))
        analysis.save()
    finally:
        analysis.close()
    if not report.write.conflicts:
        _save_cache(options, key, seed_table, report, page_keys.keys)
    if warm is not None:
        warm.last = _LastRun(options, seed_table, archive, recurring, resolved.cast_of)
        _warm[options.docs_dir.resolve()] = warm  # a whole run filled it
    return report


PREVIEW_MAX_SEEDS = 10  # more edited seeds at once than this are shown by a whole run


def preview(options: Options) -> list[str]:
    """For a server (keep_warm), right after seeds were edited: each edited article's page written again at
    once from its new text, with the rest of the corpus as the last whole run left it (its related articles,
    its story, the actors the corpus knows, every other page), so that the edit is shown in seconds; a
    generate() must follow to bring every page up to date. Returns the pages written ([] when nothing can be
    shown this way: no whole run kept, seeds added or removed, an export edited, more than PREVIEW_MAX_SEEDS
    edited, an edit that moves its page to another address (its title or date), other code or data)."""
    from .clean import clean, drop_recurring
    from .extract import extract
    from .formats import is_record_file
    from .link import article_folder, base_slug
    from .model import ArticleEntry
    from .read import read_seed
    from .render import article_page_text
    from .write import replace_page

    warm = _warm.get(options.docs_dir.resolve()) if _keep_warm else None
    last = warm.last if warm is not None else None
    if last is None or last.options != options or last.cast_of is None:
        return []
    editorial = load_editorial(options.data_dir)
    if warm.salt != _results_salt(editorial):
        return []
    _, table = seeds_fingerprint(options.seeds_dir, last.seed_table)
    edited = sorted(name for name in table if table[name] != last.seed_table.get(name))
    if (table.keys() != last.seed_table.keys() or len(edited) > PREVIEW_MAX_SEEDS
            or any(is_record_file(name) for name in edited)):
        return []
    entries = {entry.article.source_path: entry for entry in last.archive.entries}
    pages = []
    for name in edited:
        document, _ = read_seed(options.seeds_dir / name, options.seeds_dir)
        entry = entries.get(document.path) if document is not None else None
        if entry is None:
            return []  # a duplicate or a skipped seed before: only a whole run can place it
        article = extract(drop_recurring(clean(document, editorial), last.recurring), editorial)
        if (article_folder(article), base_slug(article)) != (article_folder(entry.article), base_slug(entry.article)):
            return []
        shown = ArticleEntry(article=article, slug=entry.slug, page_path=entry.page_path, cast=last.cast_of(article))
        pages.append((entry.page_path, article_page_text(last.archive, shown, options.render)))
    return [path for path, text in pages if replace_page(options.docs_dir, path, text)]


@dataclass(frozen=True)
class _LastRun:
    """What a whole run made, kept by a server for preview()."""
    options: Options
    seed_table: dict  # seeds_fingerprint's table of the seeds it read
    archive: Archive
    recurring: set[tuple[str, str]]  # outlets' chrome lines (clean.recurring_lines)
    cast_of: Callable[[Article], Cast] | None  # ResolvedCorpus.cast_of


@dataclass
class _Warm:
    """What a long-lived process keeps of the last run on one docs folder (keep_warm)."""
    salt: str  # the code's and the editorial data's: kept results are for these only
    reads: dict[tuple, object] = field(default_factory=dict)  # read_corpus's memory
    results: dict[str, object] = field(default_factory=dict)  # AnalysisCache's memory
    last: _LastRun | None = None  # the last whole run's archive, for preview()


_keep_warm = False
_warm: dict[Path, _Warm] = {}  # by docs folder


def keep_warm(enabled: bool = True) -> None:
    """For a long-lived process that generates again and again (`mkdocs serve`): keep what each run read and
    computed in memory for the next, which then reads, unpickles and computes only what changed."""
    global _keep_warm
    _keep_warm = enabled
    _warm.clear()


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
