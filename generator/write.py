"""Write stage: put the rendered pages into the docs folder, owning only what it wrote.

- A manifest (`.arsip-manifest.json`, hidden from MkDocs) lists every file the generator wrote. A file that
  exists but is not in it is somebody else's (a hand-written page): it is never modified, and the clash is
  reported as a conflict.
- A page whose bytes would not change is not touched, so its mtime stays and `mkdocs serve` reloads only
  what changed. A page given without text (None) is one the pipeline knows to be as the last run wrote it:
  it is not even read.
- Every changed page is first written in full to a staging folder; only then is a journal of the moves
  written and are they moved into place (one rename each), and the manifest replaced. A run killed while
  rendering or staging leaves the previous pages untouched (the next run discards the staging folder and starts
  over); one killed while moving leaves the journal, and the next run first finishes those moves.
- Pages in the old manifest that are no longer generated are removed, with folders left empty by that.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST_NAME = ".arsip-manifest.json"
STAGING_PREFIX = ".arsip-staging-"
JOURNAL_NAME = ".arsip-journal.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # pages not written: a file not ours is in the way


def read_manifest(docs_dir: Path) -> set[str]:
    path = docs_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(p) for p in data.get("files", [])}
    except (OSError, ValueError, AttributeError):
        return set()


def _safe_relative(path: str) -> str:
    """A generated path must stay inside the docs folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"refusing to write outside the docs folder: {path!r}")
    return pure.as_posix()


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".arsip-tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def replace_page(docs_dir: Path, name: str, text: str) -> bool:
    """One page of the last run's, written again in place when its text changed (atomically: a reader sees the
    old text or the new); the manifest is left as it is. A server's preview of an edit (pipeline.preview): the
    next write_pages sees the page changed and checks it like any other. False, writing nothing, when the page
    is not the generator's or already says this."""
    relative = _safe_relative(name)
    if relative not in read_manifest(docs_dir) or (docs_dir / JOURNAL_NAME).exists():
        return False
    target = docs_dir / relative
    data = text.encode("utf-8")
    if _holds(target, data):
        return False
    _write_atomically(target, data)
    return True


def _holds(target: Path, data: bytes) -> bool:
    """The file is there and its bytes are these (a page left as it is need not be written again)."""
    try:
        return target.read_bytes() == data
    except OSError:
        return False


def write_pages(docs_dir: Path,
                pages: Mapping[str, str | bytes | None] | Iterable[tuple[str, str | bytes | None]]) -> WriteReport:
    """pages: path → text (or its UTF-8 bytes), or (path, text) pairs as they are rendered, so that a large site is
    never held whole; None for a page known to be as the last run wrote it (left as it is, not even read)."""
    report = WriteReport()
    docs_dir.mkdir(parents=True, exist_ok=True)
    _finish_interrupted_run(docs_dir)
    owned = read_manifest(docs_dir)

    # A changed page goes to the staging folder at once, not into memory: a first run writes every page.
    changed: list[str] = []
    names: set[str] = set()
    staging: Path | None = None
    for name, text in pages.items() if isinstance(pages, Mapping) else pages:
        if name in names:
            raise ValueError(f"page {name!r} rendered twice")
        names.add(name)
        relative = _safe_relative(name)
        target = docs_dir / relative
        if text is None and relative in owned:
            report.unchanged.append(relative)
            continue
        if text is None:
            raise ValueError(f"no text for {relative!r}, which the last run did not write")
        data = text.encode("utf-8") if isinstance(text, str) else text
        if target.exists() and relative not in owned:
            report.conflicts.append(relative)
            continue
        if _holds(target, data):
            report.unchanged.append(relative)
            continue
        if staging is None:
            staging = Path(tempfile.mkdtemp(dir=docs_dir, prefix=STAGING_PREFIX))
        staged = staging / relative
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(data)
        changed.append(relative)

    changed.sort()
    report.unchanged.sort()
    report.conflicts.sort()
    stale = sorted(owned - names)

    files = sorted(names - set(report.conflicts))
    manifest = json.dumps({"generator": "arsip", "files": files}, indent=1, ensure_ascii=False) + "\n"
    manifest_path = docs_dir / MANIFEST_NAME
    manifest_changed = not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != manifest
    if not (changed or stale or manifest_changed):
        return report

    staging = staging or Path(tempfile.mkdtemp(dir=docs_dir, prefix=STAGING_PREFIX))
    journal = {"staging": staging.name, "moves": changed, "remove": stale, "manifest": manifest}
    _write_atomically(docs_dir / JOURNAL_NAME, json.dumps(journal, ensure_ascii=False).encode("utf-8"))
    written, removed = _apply(docs_dir, journal)
    report.written.extend(written)
    report.removed.extend(removed)
    return report


def _apply(docs_dir: Path, journal: dict) -> tuple[list[str], list[str]]:
    """Carry out a journal: move staged pages into place, remove stale ones, replace the manifest. Safe to
    run again after an interruption: a move already done is skipped."""
    staging = docs_dir / journal["staging"]
    written, removed = [], []
    for relative in journal["moves"]:
        source, target = staging / _safe_relative(relative), docs_dir / _safe_relative(relative)
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            written.append(relative)
    for relative in journal["remove"]:
        target = docs_dir / _safe_relative(relative)
        if target.is_file():
            target.unlink()
            removed.append(relative)
        _remove_empty_parents(target.parent, docs_dir)
    manifest_path = docs_dir / MANIFEST_NAME
    if not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != journal["manifest"]:
        _write_atomically(manifest_path, journal["manifest"].encode("utf-8"))
    (docs_dir / JOURNAL_NAME).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    return written, removed


def _finish_interrupted_run(docs_dir: Path) -> None:
    """A journal means a run was killed while moving pages into place: finish it. Staging folders without
    one were abandoned while rendering: the pages in place are still the previous run's, intact."""
    journal_path = docs_dir / JOURNAL_NAME
    if journal_path.is_file():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except ValueError:
            journal = None  # cut short before it was complete: written atomically, so never the case
        if journal:
            _apply(docs_dir, journal)
        journal_path.unlink(missing_ok=True)
    for leftover in docs_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _remove_empty_parents(folder: Path, docs_dir: Path) -> None:
    docs_dir = docs_dir.resolve()
    folder = folder.resolve()
    while folder != docs_dir and folder.is_relative_to(docs_dir):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
