"""Readers for what collectors have besides text files: saved web pages, WARC captures and scraper exports.

Part of the read stage. Each yields, record by record (a file may hold thousands of articles, and is streamed),
either a RawDocument with its provenance (source URL, title, date, author, site name, capture time, the file
and record it came from) or a Problem that names the file, the record and the reason. What comes out goes
through the same clean → extract → resolve stages as a text seed.

- `.html` / `.htm`: the main text and metadata by trafilatura; the publication time from the page's JSON-LD
  `NewsArticle` or its `article:published_time` meta tag when they carry one (trafilatura keeps the day only).
- `.warc` / `.warc.gz`: every HTML response with status 200 through the HTML path (warcio); `WARC-Target-URI`
  is the source URL, `WARC-Date` the capture time; other records are counted and skipped.
- `.csv`, `.json` (an array of objects), `.jsonl` (one object per line): one article per row, its fields found
  by the mapping in InputOptions (defaults read news-watch, trafilatura's JSON and Indonesian column names).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .model import Problem, Provenance, RawDocument

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
TABLE_SUFFIXES = (".csv", ".json", ".jsonl")
DATE_ORDERS = ("DMY", "MDY", "YMD")

# The record fields Arsip reads, and the names scrapers give them, tried in this order (case-insensitive).
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "judul", "headline", "name"),
    "body": ("text", "content", "body", "isi_berita", "isi", "article", "maintext", "raw_text", "konten"),
    "url": ("url", "link", "tautan", "source_url", "canonical_url", "uri", "source"),
    "date": ("date", "publish_date", "published", "published_at", "date_publish", "datePublished", "tanggal",
             "waktu", "datetime", "pubdate"),
    "author": ("author", "authors", "penulis", "byline", "reporter"),
    "outlet": ("outlet", "media", "publisher", "sitename", "site_name", "source-hostname", "hostname", "source"),
}


@dataclass(frozen=True)
class InputOptions:
    """How records are read: the plugin's `fields` and `date_order` options in mkdocs.yml."""

    fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    date_order: str = "DMY"  # of numeric dates such as 10/11/2025; the same for every row, never guessed

    @classmethod
    def from_config(cls, fields: dict | None, date_order: str | None) -> InputOptions:
        mapping = dict(DEFAULT_FIELDS)
        for name, columns in (fields or {}).items():
            if name not in DEFAULT_FIELDS:
                raise ValueError(f"unknown field {name!r} in `fields` (known: {', '.join(DEFAULT_FIELDS)})")
            columns = (columns,) if isinstance(columns, str) else tuple(columns)
            # the user's columns first; the defaults still read the other exports in the folder
            mapping[name] = columns + tuple(c for c in DEFAULT_FIELDS[name] if c not in columns)
        order = (date_order or "DMY").upper()
        if order not in DATE_ORDERS:
            raise ValueError(f"`date_order` must be one of {', '.join(DATE_ORDERS)}, not {date_order!r}")
        return cls(fields=mapping, date_order=order)

    def __hash__(self) -> int:  # part of the run's cache key through repr(); hashable for caching
        return hash((tuple(sorted(self.fields.items())), self.date_order))


def is_record_file(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(HTML_SUFFIXES + WARC_SUFFIXES + TABLE_SUFFIXES)


def read_records(path: Path, name: str, options: InputOptions, max_chars: int) -> Iterator[RawDocument | Problem]:
    """The articles (or the problems) in one input file, in the file's order."""
    lowered = name.lower()
    try:
        if lowered.endswith(HTML_SUFFIXES):
            yield _html_file(path, name, max_chars)
        elif lowered.endswith(WARC_SUFFIXES):
            yield from _warc(path, name, max_chars)
        elif lowered.endswith(".csv"):
            yield from _table(_csv_rows(path), name, "baris", options, max_chars)
        elif lowered.endswith(".jsonl"):
            yield from _table(_jsonl_rows(path), name, "baris", options, max_chars)
        else:
            yield from _table(_json_rows(path), name, "objek", options, max_chars)
    except OSError as error:
        yield Problem(name, f"cannot be read: {error.strerror or error}")


# ---------------------------------------------------------------- scraper exports

class _BadRecord(Exception):
    """One record that cannot be read; the others still are."""


def _csv_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    """(row number as a spreadsheet shows it, the row) — the header is row 1."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield 1, _BadRecord(f"the header cannot be read as CSV: {error}")
            return
        number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                number = reader.line_num
                yield number, _BadRecord(f"not valid CSV: {error}")
                continue
            number += 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield number, _BadRecord(f"{len(row)} cells where the header has {len(header)}")
                continue
            yield number, dict(zip(header, row))


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as error:
                yield number, _BadRecord(f"not valid JSON: {error}")
                continue
            yield number, value if isinstance(value, dict) else _BadRecord(
                f"a JSON {type(value).__name__}, not an object")


def _json_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    """The objects of a JSON array, decoded one at a time as the file is read (an export of thousands of articles
    is never held whole); a file that is one object ({"articles": [...]}, or one article) is read whole."""
    with path.open(encoding="utf-8-sig") as handle:
        first = handle.read(1 << 16)
        if first.lstrip()[:1] != "[":
            text = first + handle.read()
            try:
                value = json.loads(text)
            except ValueError as error:
                yield 0, _BadRecord(f"not valid JSON: {error}")
                return
            if isinstance(value, dict):
                lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
                value = lists[0] if len(lists) == 1 else [value]
            if not isinstance(value, list):
                yield 0, _BadRecord("expected an array of article objects")
                return
            for number, item in enumerate(value, start=1):
                yield number, item if isinstance(item, dict) else _BadRecord(
                    f"a JSON {type(item).__name__}, not an object")
            return
        yield from _json_array(first, handle)


def _json_array(buffer: str, handle) -> Iterator[tuple[int, dict | Exception]]:
    decoder = json.JSONDecoder()
    position = buffer.index("[") + 1
    number = 0
    while True:
        while True:  # past white space and the comma between items, reading more as needed
            while position < len(buffer) and buffer[position] in " \t\r\n,":
                position += 1
            if position < len(buffer) or not (more := handle.read(1 << 16)):
                break
            buffer, position = buffer[position:] + more, 0
        if position >= len(buffer):
            yield number + 1, _BadRecord("the array is not closed: the file ends early")
            return
        if buffer[position] == "]":
            return
        while True:
            try:
                value, end = decoder.raw_decode(buffer, position)
                break
            except ValueError as error:
                more = handle.read(1 << 16)
                if not more:
                    yield number + 1, _BadRecord(f"not valid JSON ({error}); the items after it cannot be read")
                    return
                buffer, position = buffer[position:] + more, 0
        number += 1
        yield number, value if isinstance(value, dict) else _BadRecord(f"a JSON {type(value).__name__}, not an object")
        buffer, position = buffer[end:], 0


def _field(row: dict, names: tuple[str, ...]) -> str | None:
    folded = {str(k).strip().casefold(): v for k, v in row.items()}
    for name in names:
        value = folded.get(name.casefold())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _table(rows: Iterator[tuple[int, dict | Exception]], name: str, unit: str, options: InputOptions,
           max_chars: int) -> Iterator[RawDocument | Problem]:
    for number, row in rows:
        where = f"{name}, {unit} {number}" if number else name
        record = f"{name}#{number:06d}" if number else name
        if isinstance(row, Exception):
            yield Problem(record, f"{where}: {row}")
            continue
        fields = options.fields
        body = _field(row, fields["body"])
        if not body:
            yield Problem(record, f"{where}: no article text (none of the columns {', '.join(fields['body'])})")
            continue
        url = _field(row, fields["url"])
        if url and not re.match(r"https?://", url, re.IGNORECASE):
            url = None  # news-watch's "source" is the outlet's name, trafilatura's the address
        outlet = next((v for v in (_field(row, (n,)) for n in fields["outlet"]) if v and not v.startswith("http")),
                      None)
        printed_date = _field(row, fields["date"])
        published, date_problem = (parse_record_date(printed_date, options.date_order) if printed_date
                                   else (None, None))
        provenance = Provenance(origin=where, url=url, title=_field(row, fields["title"]), published=published,
                                printed_date=printed_date, author=_field(row, fields["author"]), site_name=outlet)
        document = _document(record, provenance, body, max_chars)
        if date_problem:
            yield Problem(record, f"{where}: {date_problem}; the date is looked for in the text", fatal=False)
        yield document


_NUMERIC_DATE = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")


def parse_record_date(text: str, date_order: str) -> tuple[str | None, str | None]:
    """(ISO 8601 date or time, with its offset when the text has one; a problem). ISO dates and dates with month
    names are read as printed; a numeric date like 10/21/2025 in the configured order for every row, and a date
    that does not fit that order is a problem, never read in another order."""
    text = text.strip()
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return when.isoformat() if (when.time() != dt.time() or when.tzinfo) else when.date().isoformat(), None
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric and len(numeric.group(1)) < 4:
        first, second, third = (int(numeric.group(i)) for i in (1, 2, 3))
        day, month, year = {"DMY": (first, second, third), "MDY": (second, first, third),
                            "YMD": (third, second, first)}[date_order]
        try:
            date = dt.date(year, month, day)
            if numeric.group(4):
                clock = dt.time(int(numeric.group(4)), int(numeric.group(5)), int(numeric.group(6) or 0))
                return dt.datetime.combine(date, clock).isoformat(), None
            return date.isoformat(), None
        except ValueError:
            return None, f"the date {text!r} is not a date in the order {date_order} (option `date_order`)"
    from . import dates

    parsed = dates.parse(text, "UTC", date_order)
    if parsed is None:
        return None, f"the date {text!r} cannot be read"
    return (parsed.isoformat() if dates.names_zone(text) else parsed.replace(tzinfo=None).isoformat()), None


def _document(record: str, provenance: Provenance, body: str, max_chars: int) -> RawDocument:
    from .read import bounded_text, normalise_text

    text = normalise_text(f"{provenance.title}\n\n{body}" if provenance.title else body)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text, truncated_from = bounded_text(text, max_chars)
    return RawDocument(path=record, text=text, content_hash=digest, truncated_from=truncated_from,
                       provenance=provenance)


# ---------------------------------------------------------------- web pages

_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_PUBLISHED_META = re.compile(r"<meta\s[^>]*(?:property|name|itemprop)=[\"'](?:article:published_time|"
                             r"datePublished|pubdate|publishdate)[\"'][^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"content=[\"']([^\"']+)[\"']", re.IGNORECASE)
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
               "webpage"}


def _json_ld_article(html: str) -> dict:
    """The page's JSON-LD article object ("NewsArticle" and kin), if any."""
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.casefold() in _NEWS_TYPES for k in kinds) \
                        and (item.get("headline") or item.get("datePublished")):
                    return item
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return {}


def _names(value) -> str | None:
    """A JSON-LD author or publisher: a name, an object with a name, or a list of them."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def html_document(html: str, record: str, origin: str, max_chars: int, url: str | None = None,
                  captured: str | None = None) -> RawDocument | Problem:
    """One saved page: its main text and metadata (trafilatura), the time from JSON-LD or a meta tag."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    text = (extracted.text or "").strip() if extracted is not None else ""
    if len(text.split()) < 20:
        return Problem(record, f"{origin}: no article text found in the page")
    article = _json_ld_article(html)
    published = None
    for candidate in [article.get("datePublished"),
                      *(_CONTENT.search(m.group()).group(1) for m in _PUBLISHED_META.finditer(html)
                        if _CONTENT.search(m.group())),
                      extracted.date]:
        if isinstance(candidate, str) and candidate.strip():
            published, _ = parse_record_date(candidate, "YMD")
            if published:
                break
    canonical = extracted.url if extracted.url and re.match(r"https?://", extracted.url) else None
    provenance = Provenance(
        origin=origin, url=canonical or url,
        title=(_names(article.get("headline")) or extracted.title or "").strip() or None,
        published=published, printed_date=published,
        author=_names(article.get("author")) or extracted.author,
        site_name=_names(article.get("publisher")) or extracted.sitename, captured=captured)
    return _document(record, provenance, text, max_chars)


def _html_file(path: Path, name: str, max_chars: int) -> RawDocument | Problem:
    from .read import MAX_BYTES, decode

    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return Problem(name, f"too large for a web page ({len(data):,} bytes, limit {MAX_BYTES:,})")
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    try:
        html = data.decode(declared.group(1).decode("ascii")) if declared else None
    except (LookupError, UnicodeDecodeError):
        html = None
    if html is None:
        html, message, usable = decode(data)
        if not usable:
            return Problem(name, message or "cannot be decoded")
    return html_document(html, name, name, max_chars)


# ---------------------------------------------------------------- WARC

def _warc(path: Path, name: str, max_chars: int) -> Iterator[RawDocument | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    other = 0
    number = 0
    with path.open("rb") as handle:
        records = iter(ArchiveIterator(handle))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as error:
                yield Problem(f"{name}#{number + 1:06d}",
                              f"{name}, record {number + 1}: the archive ends or breaks here ({error}); "
                              f"the {number} records before it were read")
                break
            number += 1
            where = f"{name}, record {number}"
            if record.rec_type != "response" or record.http_headers is None:
                other += 1
                continue
            status = record.http_headers.get_statuscode()
            kind = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or "html" not in kind:
                other += 1
                continue
            try:
                payload = record.content_stream().read()
            except Exception as error:  # noqa: BLE001 - a broken record is reported, the others still read
                yield Problem(f"{name}#{number:06d}", f"{where}: the page cannot be read ({error})")
                continue
            if getattr(record.raw_stream, "limit", 0):  # fewer bytes than its Content-Length: the file ends here
                yield Problem(f"{name}#{number:06d}", f"{where}: the archive ends inside this record; the "
                                                      f"{number - 1} records before it were read")
                break
            charset = re.search(r"charset=([\w-]+)", kind)
            try:
                html = payload.decode(charset.group(1) if charset else "utf-8")
            except (LookupError, UnicodeDecodeError):
                html = payload.decode("utf-8", errors="replace")
            url = record.rec_headers.get_header("WARC-Target-URI")
            captured = record.rec_headers.get_header("WARC-Date")
            yield html_document(html, f"{name}#{number:06d}", where, max_chars, url=url, captured=captured)
    if name.lower().endswith(".gz") and not _gzip_intact(path):
        # warcio stops quietly at a gzip member cut short: the record after the last one read is the broken one
        yield Problem(f"{name}#{number + 1:06d}", f"{name}, record {number + 1}: the archive ends inside this "
                                                  f"record (the file is cut short); the {number} records before "
                                                  f"it were read")
    if other:
        yield Problem(name, f"{name}: {other} records that are not HTML pages with status 200 (requests, "
                            f"metadata, images, redirects) were skipped", fatal=False)


def _gzip_intact(path: Path) -> bool:
    """Every gzip member of the file is complete (a WARC is a run of members, one per record)."""
    decompressor, started = zlib.decompressobj(31), False
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            data = chunk
            while data:
                try:
                    decompressor.decompress(data)
                except zlib.error:
                    return False
                started = True
                if decompressor.eof:
                    data = decompressor.unused_data
                    decompressor, started = zlib.decompressobj(31), False
                else:
                    data = b""
    return not started
