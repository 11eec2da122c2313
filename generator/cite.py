"""Citations of the archive's articles: the ready citation on each article page, the metadata reference managers
read from the page's head (Highwire `citation_*` tags, OpenGraph, JSON-LD `NewsArticle`), and the archive-wide
BibTeX and CSL-JSON files. Part of the render stage; every value here is the article's, as extracted.

Article text is untrusted: values reach HTML attributes escaped, JSON through json.dumps (with "<" escaped so a
title cannot close the script element), and BibTeX with every character that means something there escaped.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse

from .dates import long_date
from .model import Article

WEB_ARCHIVE = "https://web.archive.org/web/*/"  # the Wayback Machine's list of captures of an address


def web_address(url: str | None) -> str | None:
    """An http(s) address, percent-encoded where a character could end a link or an attribute; else None."""
    if not url or not re.match(r"https?://[^\s/]", url.strip(), re.IGNORECASE):
        return None
    return urllib.parse.quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._")


def web_archive_link(url: str | None) -> str | None:
    address = web_address(url)
    return WEB_ARCHIVE + address if address else None


def citation_text(article: Article, archive_url: str | None = None) -> str:
    """A ready citation in the archive's language: author, title, outlet, date, address, and when the page was
    captured ("diarsipkan") or, without a source address, the archive page it is read on."""
    parts = []
    if article.author:
        parts.append(f"{article.author.rstrip('.')}.")
    parts.append(f"“{article.title}”.")
    source = article.outlet or "Media tidak diketahui"
    day = article.day
    parts.append(f"{source}, {long_date(day)}." if day else f"{source}, tanpa tanggal.")
    if article.source_url:
        parts.append(article.source_url.strip())
        if article.captured:
            parts.append(f"(diarsipkan {long_date(article.captured.date())}).")
    elif archive_url:
        parts.append(f"Dalam arsip: {archive_url}.")
    return " ".join(parts)


def _creators(author: str | None) -> list[str]:
    """"Rina Wulandari, Budi Santoso" / "Rina Wulandari dan Budi Santoso" → the names."""
    if not author:
        return []
    names = re.split(r"\s*(?:,|;|\bdan\b|\band\b|&)\s*", author)
    return [n.strip() for n in names if len(n.strip()) > 1]


def head_tags(meta: dict) -> str:
    """The <meta> tags and the JSON-LD of an article page's head, from its front matter (the page's meta)."""
    title = meta.get("title")
    if not isinstance(title, str):
        return ""
    title = html.unescape(title)  # the front matter carries it HTML-escaped for the theme
    published = meta.get("published") if isinstance(meta.get("published"), str) else None
    outlet = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
    url = web_address(meta.get("source_url") if isinstance(meta.get("source_url"), str) else None)
    authors = _creators(meta.get("author") if isinstance(meta.get("author"), str) else None)
    language = meta.get("language") if isinstance(meta.get("language"), str) else None
    tags = [("citation_title", title)]
    tags += [("citation_author", name) for name in authors]
    if published:
        tags += [("citation_publication_date", published[:10].replace("-", "/")), ("citation_date", published[:10])]
    if outlet:
        tags.append(("citation_publisher", outlet))
    if url:
        tags.append(("citation_public_url", url))
    if language:
        tags.append(("citation_language", language))
    lines = [f'<meta name="{name}" content="{html.escape(value, quote=True)}">' for name, value in tags]
    lines += [f'<meta property="{name}" content="{html.escape(value, quote=True)}">' for name, value in
              [("og:type", "article"), ("og:title", title), *([("og:site_name", outlet)] if outlet else []),
               *([("article:published_time", published)] if published else [])]]
    news = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
    if published:
        news["datePublished"] = published
    if authors:
        news["author"] = [{"@type": "Person", "name": name} for name in authors]
    if outlet:
        news["publisher"] = {"@type": "Organization", "name": outlet}
    if url:
        news["url"] = url
        news["isBasedOn"] = url
    if language:
        news["inLanguage"] = language
    data = json.dumps(news, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    lines.append(f'<script type="application/ld+json">{data}</script>')
    return "\n".join(lines)


def csl_item(article: Article, key: str, archive_url: str | None = None) -> dict:
    """The article as a CSL-JSON item ("article-newspaper"), as Zotero, Pandoc and citeproc read it."""
    item: dict = {"id": key, "type": "article-newspaper", "title": article.title}
    if article.outlet:
        item["container-title"] = article.outlet
    authors = _creators(article.author)
    if authors:
        item["author"] = [{"literal": name} for name in authors]
    day = article.day
    if day:
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if article.source_url:
        item["URL"] = article.source_url
    elif archive_url:
        item["URL"] = archive_url
    if article.captured:
        captured = article.captured.date()
        item["accessed"] = {"date-parts": [[captured.year, captured.month, captured.day]]}
    item["language"] = article.language
    return item


# Braces as commands, not "\{": BibTeX counts an escaped brace too, and one unbalanced brace would end the field.
_BIB_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "%": r"\%",
                "&": r"\&", "#": r"\#",
                "$": r"\$", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIB_SPECIAL_PATTERN = re.compile("|".join(re.escape(c) for c in _BIB_SPECIAL))


def _bib_text(value: str) -> str:
    """Text as a BibTeX field value: one line, every character that means something to BibTeX or LaTeX
    escaped, so no title can close the field or the entry."""
    return _BIB_SPECIAL_PATTERN.sub(lambda m: _BIB_SPECIAL[m.group()], " ".join(value.split()))


def _bib_url(value: str) -> str:
    """An address inside a field: braces and spaces percent-encoded (url fields are read verbatim)."""
    return urllib.parse.quote(" ".join(value.split()), safe=":/?#@!$&'*+,;=%~-._[]()")


def bibtex_entry(article: Article, key: str, archive_url: str | None = None) -> str:
    """The article as a BibTeX entry: @misc (every BibTeX style knows it), with the fields biblatex reads too."""
    fields = [("title", _bib_text(article.title))]
    authors = _creators(article.author)
    if authors:
        fields.append(("author", " and ".join("{" + _bib_text(name) + "}" for name in authors)))
    if article.outlet:
        fields.append(("howpublished", _bib_text(article.outlet)))
    day = article.day
    if day:
        fields += [("year", str(day.year)), ("month", str(day.month)), ("date", day.isoformat())]
    url = article.source_url or archive_url
    if url:
        fields.append(("url", _bib_url(url)))
    if article.captured:
        fields.append(("urldate", article.captured.date().isoformat()))
    fields.append(("langid", {"id": "indonesian", "en": "english"}.get(article.language, article.language)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}\n"
