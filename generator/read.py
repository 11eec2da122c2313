"""Read stage: find the seed files, decode them and normalise their text.

Article files are untrusted. Anything that cannot be read as text is reported with its name and the reason,
never silently dropped, and never stops the other files from being read.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .formats import InputOptions, is_record_file, read_records
from .model import Problem, RawDocument

ARTICLE_SUFFIX = ".txt"
MAX_BYTES = 20 * 1024 * 1024  # a scraped article is kilobytes; past this it is not an article
# Text beyond this is cut (at a paragraph) so one huge file cannot take minutes and a gigabyte: ~30,000 words,
# far past any news article. The page says it was cut; the seed itself is untouched.
MAX_ARTICLE_CHARS = 200_000

# Characters that are invisible in a name yet split it for matching ("Kim\u200bJong"), removed outright.
# (Regular expressions, not str.translate: translate looks up every character of the text in a dict, a
# second per thousand articles.)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Spaces that are not U+0020 become one, so "Kim\u00a0Jong Un" is "Kim Jong Un".
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Non-ASCII characters expected in Western text that was saved as cp1252 instead of UTF-8.
_CP1252_PLAUSIBLE = re.compile(r"[A-Za-z\u00c0-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0-\u00bf]")


@dataclass
class ReadResult:
    documents: list[RawDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # fatal ones were skipped
    files_seen: int = 0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.fatal]


def normalise_text(text: str) -> str:
    """Unicode NFC, "\\n" line ends, no invisible characters, plain spaces, no trailing blanks. Blank lines at
    the start stay, so that line numbers (`arsip explain`, the golden files) are the file's own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n") + "\n"


def decode(data: bytes) -> tuple[str | None, str | None, bool]:
    """Return (text, message, usable). message explains a fallback (warning) or why it failed (skip)."""
    if b"\x00" in data:
        return None, "binary data (contains NUL bytes), not a text article", False
    try:
        return data.decode("utf-8-sig"), None, True
    except UnicodeDecodeError as error:
        position = error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, f"not valid UTF-8 (bad byte at offset {position}) and not cp1252 text", False
    non_ascii = [c for c in text if ord(c) > 127]
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    if printable / len(text) > 0.98 and all(_CP1252_PLAUSIBLE.match(c) for c in non_ascii):
        return text, f"not valid UTF-8 (bad byte at offset {position}); decoded as cp1252", True
    return None, f"not valid UTF-8 (bad byte at offset {position}) and does not look like cp1252 text", False


def _candidate_names(seeds_dir: Path) -> list[tuple[str, str]]:
    """(name relative to seeds_dir with forward slashes, full path) of every file, in a stable order. Strings, not
    Path objects: a fingerprint of 10,000 seeds otherwise spends most of its time building paths."""
    found = []
    root = str(seeds_dir)
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs.sort()
        relative = os.path.relpath(directory, root)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in sorted(files):
            found.append((prefix + name, os.path.join(directory, name)))
    return found


def count_files(seeds_dir: Path, enough: int) -> int:
    """How many files are below seeds_dir, counted up to `enough` (where counting stops)."""
    count = 0
    for _, _, files in os.walk(str(seeds_dir), followlinks=False):
        count += len(files)
        if count >= enough:
            break
    return count


def read_seed(path: Path, seeds_dir: Path) -> tuple[RawDocument | None, Problem | None]:
    """Read one file. Returns the document (or None) and a problem to report (or None)."""
    name = path.relative_to(seeds_dir).as_posix()
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(seeds_dir.resolve()):
            return None, Problem(name, "symbolic link pointing outside the seeds folder; not followed")
    if path.suffix.lower() != ARTICLE_SUFFIX:
        return None, Problem(name, f"not an input Arsip reads (text {ARTICLE_SUFFIX}, web pages .html/.htm, "
                                   f"WARC .warc/.warc.gz, exports .csv/.json/.jsonl)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, Problem(name, f"too large for an article ({size:,} bytes, limit {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        return None, Problem(name, f"cannot be read: {error.strerror or error}")
    if not data:
        return None, Problem(name, "empty file")
    text, message, usable = decode(data)
    if not usable:
        return None, Problem(name, message or "cannot be decoded")
    text = normalise_text(text)
    if not text.strip():
        return None, Problem(name, "contains only whitespace")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()  # of the whole text: a copy is still a copy
    text, truncated_from = bounded_text(text)
    if truncated_from:
        note = f"{truncated_from:,} characters, more than an article: only the first {len(text):,} are used"
        message = f"{message}; {note}" if message else note
    warning = Problem(name, message, fatal=False) if message else None
    return RawDocument(path=name, text=text, content_hash=digest, truncated_from=truncated_from), warning


def bounded_text(text: str, limit: int = MAX_ARTICLE_CHARS) -> tuple[str, int | None]:
    """The text cut (at a paragraph) to `limit` characters, and its length before, or None when it fits."""
    if len(text) <= limit:
        return text, None
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "\n", len(text)


SeedTable = dict[str, list]  # file name → [size, modification time in ns, SHA-256 of its raw bytes]


def seeds_fingerprint(seeds_dir: Path, known: SeedTable | None = None) -> tuple[str, SeedTable]:
    """A digest of the seeds folder as it is on disk: every file's name and raw bytes (a symbolic link's target
    too), and the table it was computed from. Nothing is decoded or normalised, and a file whose size and
    modification time are those in `known` (the last run's table) is not even read, as git does for its index."""
    known = known or {}
    table: SeedTable = {}
    digest = hashlib.sha256(str(seeds_dir.resolve()).encode() + b"\0")
    if not seeds_dir.is_dir():
        return digest.hexdigest(), table
    for name, path in _candidate_names(seeds_dir):
        digest.update(name.encode() + b"\0")
        try:
            if os.path.islink(path):
                digest.update(b"link:" + str(Path(path).resolve()).encode() + b"\0")
            stat = os.stat(path)
            previous = known.get(name)
            if stat.st_size > MAX_BYTES:  # skipped by its size alone: never read
                content = f"size:{stat.st_size}"
            elif previous and previous[:2] == [stat.st_size, stat.st_mtime_ns]:
                content = previous[2]
            else:
                with open(path, "rb") as file:
                    content = hashlib.sha256(file.read()).hexdigest()
            table[name] = [stat.st_size, stat.st_mtime_ns, content]
            digest.update(content.encode())
        except OSError as error:
            digest.update(f"error:{error}".encode())
        digest.update(b"\n")
    return digest.hexdigest(), table


def read_corpus(seeds_dir: Path, inputs: InputOptions | None = None, table: SeedTable | None = None,
                memory: dict[tuple, object] | None = None) -> ReadResult:
    """Read every file below seeds_dir in a stable order. A text seed or a saved page is one input; an export or a
    WARC file is as many inputs as it holds articles (and records that cannot be read), each counted once.
    memory (with table, seeds_fingerprint's table of the files): what each file gave when an earlier run in this
    process read it, under its name, size, modification time and the digest of its bytes, so that only changed
    files are read again; replaced by what this run read (a long-lived process's, `pipeline.keep_warm`)."""
    result = ReadResult()
    if not seeds_dir.is_dir():
        result.problems.append(Problem(str(seeds_dir), "seeds folder does not exist"))
        return result
    inputs = inputs or InputOptions()
    kept: dict[tuple, object] = {}
    for name, found in _candidate_names(seeds_dir):
        path = Path(found)
        key = None
        if memory is not None and table is not None and name in table and not os.path.islink(found):
            key = (str(seeds_dir), name, *table[name], repr(inputs))
        if key is not None and key in memory:
            kept[key] = memory[key]
        else:
            kept[key] = _read_file(path, name, seeds_dir, inputs)
        outcome = kept[key]
        if isinstance(outcome, list):
            for item in outcome:
                if isinstance(item, RawDocument):
                    result.files_seen += 1
                    result.documents.append(item)
                else:
                    result.files_seen += item.fatal
                    result.problems.append(item)
            continue
        result.files_seen += 1
        document, problem = outcome
        if document is not None:
            result.documents.append(document)
        if problem is not None:
            result.problems.append(problem)
    if memory is not None:  # the files as they are now
        kept.pop(None, None)
        memory.clear()
        memory.update(kept)
    return result


def _read_file(path: Path, name: str, seeds_dir: Path, inputs: InputOptions):
    """What one file gives: a list of documents and problems (an export, a WARC file), or (document, problem)."""
    outside = path.is_symlink() and not path.resolve().is_relative_to(seeds_dir.resolve())
    if is_record_file(name) and not outside:
        return list(read_records(path, name, inputs, MAX_ARTICLE_CHARS))
    return read_seed(path, seeds_dir)
