"""Extract stage: metadata values from a cleaned article (dates, language, agencies, lede, length)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import PurePosixPath
from typing import NamedTuple

from . import dates
from .editorial import Editorial, longest_first, url_host
from .model import Article, CleanDocument

WORDS_PER_MINUTE = 200
_LEDE_MIN_WORDS = 12  # a standfirst or a subheading is not the lede
_DATELINE_PARAGRAPHS = 2  # the dateline opens the first paragraph, or the one under a deck

# The commonest function words: a plain count tells Indonesian from English reliably on a news article.
_STOPWORDS = {
    "id": set("yang dan di dengan untuk dari ini itu tidak akan pada juga dalam ke karena adalah oleh atau "
              "telah sudah bahwa mereka kata ada lebih saat bisa para secara tersebut".split()),
    "en": set("the and of to in is that for on with was as by at from it be are have has this said an "
              "which were their not will but been would".split()),
}
_WORD = re.compile(r"\w+", re.UNICODE)


def detect_language(paragraphs: tuple[str, ...], default: str = "id") -> str:
    counts = dict.fromkeys(_STOPWORDS, 0)
    for paragraph in paragraphs:
        for word in _WORD.findall(paragraph.lower()):
            for language, words in _STOPWORDS.items():
                if word in words:
                    counts[language] += 1
    best = max(sorted(counts), key=lambda language: counts[language])
    return best if counts[best] > 0 else default


@lru_cache(maxsize=8)
def _agency_patterns(editorial: Editorial) -> list[tuple[str, re.Pattern, re.Pattern]]:
    before = longest_first(editorial.cues_before)
    after = longest_first(editorial.cues_after)
    patterns = []
    for agency in editorial.agencies:
        names = longest_first((agency.name, *agency.aliases))
        cited = re.compile(rf"(?i:\b(?:{before}))\s+(?:(?i:dalam|dari|the)\s+)?(?:{names})(?!\w)"
                           rf"|(?<![\w.])(?:{names})\s+(?i:(?:{after}))\b"
                           rf"|^[A-Z][\w ]*\((?:{names})\)\s*[-–—]")
        exact = re.compile(rf"^(?:{names})$", re.IGNORECASE)
        patterns.append((agency.name, cited, exact))
    return patterns


class _AgencyNames(NamedTuple):
    pattern: re.Pattern  # any agency's name or alias, in any case
    names: dict[str, str]  # casefolded name or alias → the agency's name


@lru_cache(maxsize=8)
def _agency_names(editorial: Editorial) -> _AgencyNames:
    names = {alias.casefold(): agency.name for agency in editorial.agencies for alias in (agency.name, *agency.aliases)}
    alternatives = longest_first(names)
    return _AgencyNames(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), names)


def find_agencies(paragraphs: tuple[str, ...], source_notes: tuple[str, ...], editorial: Editorial) -> tuple[str, ...]:
    """Wire services and original sources: named in a source note, or cited in the text with a cue."""
    found = set()
    patterns = _agency_patterns(editorial)
    for note in source_notes:
        names = [name for name, _, exact in patterns if exact.match(note.strip())]
        found.update(names or [note.strip()])
    mentioned = _agency_names(editorial)
    for paragraph in paragraphs:
        # only the agencies whose names occur at all are tried with their (slower) citation patterns
        candidates = {mentioned.names[m.group().casefold()] for m in mentioned.pattern.finditer(paragraph)}
        for name, cited, _ in patterns:
            if name in candidates and name not in found and cited.search(paragraph):
                found.add(name)
    return tuple(sorted(found, key=str.casefold))


def _title_from_file(path: str) -> str:
    stem = PurePosixPath(path).stem
    return " ".join(re.sub(r"[_\-]+", " ", stem).split()) or stem


def extract(document: CleanDocument, editorial: Editorial) -> Article:
    paragraphs = document.paragraphs
    language = detect_language(paragraphs)
    timezone = document.outlet_timezone or editorial.default_timezone.get(language, "UTC")

    provenance = document.source.provenance
    published: dt.datetime | dt.date | None = None
    date_source = None
    if provenance and provenance.published:
        published = _record_date(provenance.published, timezone)
        date_source = "record" if published else None
    for stamp in () if published else document.date_stamps:
        published = dates.parse(stamp, timezone, dates.day_order(stamp, language))
        if published is not None:
            date_source = "header"
            break
    if published is None:  # the date the story's dateline prints, in its first paragraphs (over it: a deck)
        published = next(filter(None, (dates.dateline_date(p, timezone) for p in paragraphs[:_DATELINE_PARAGRAPHS])),
                         None)
        date_source = "dateline" if published else None
    if published is None:
        referenced = [d for paragraph in paragraphs for d in dates.references(paragraph, timezone)]
        if referenced:
            published, date_source = max(referenced), "inferred"

    words = sum(len(p.split()) for p in paragraphs)
    lede = next((p for p in paragraphs if len(p.split()) >= _LEDE_MIN_WORDS), paragraphs[0] if paragraphs else "")
    title = (provenance.title if provenance else None) or document.title
    outlet = document.outlet
    if provenance and not outlet:
        outlet = provenance.site_name or url_host(provenance.url)  # an outlet outlets.yml does not know yet
    return Article(
        source_path=document.source.path,
        content_hash=document.source.content_hash,
        title=" ".join(title.split()) if title else _title_from_file(document.source.path),
        title_found=title is not None,
        published=published,
        date_source=date_source,
        outlet=outlet,
        section=document.section,
        agencies=find_agencies(paragraphs, document.source_notes, editorial),
        dateline=document.dateline,
        lede=lede,
        language=language,
        words=words,
        reading_minutes=max(1, round(words / WORDS_PER_MINUTE)) if words else 0,
        page=document.page,
        paragraphs=paragraphs,
        further_reading=document.further_reading,
        removed_lines=len(document.removed),
        truncated_from=document.source.truncated_from,
        source_url=provenance.url if provenance else None,
        author=provenance.author if provenance else None,
        captured=_record_date(provenance.captured, "UTC") if provenance and provenance.captured else None,
        origin=provenance.origin if provenance else None,
    )


def _record_date(iso: str, timezone: str) -> dt.datetime | dt.date | None:
    """An input's ISO 8601 date or time; a time without an offset is in the outlet's zone."""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(iso) <= 10:
        return when.date()
    if when.tzinfo is None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            when = when.replace(tzinfo=ZoneInfo(timezone))
        except (ZoneInfoNotFoundError, ValueError):
            when = when.replace(tzinfo=dt.timezone.utc)
    return when
