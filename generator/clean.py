"""Clean stage: separate an article's prose from the outlet's chrome around it.

Every line that is not kept as prose is recorded with the rule that removed it, including the lines that
carry metadata (headline, date stamp, section, dateline), so `arsip explain` can show an editor why.
General rules only: outlet-specific knowledge lives in the editorial YAML files.
"""

from __future__ import annotations

import bisect
import html
import itertools
import os
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from . import dates, gazetteer
from .editorial import Editorial, OutletProfile, fold, outlet_for_url
from .model import CleanDocument, RawDocument, RemovedLine
from .ner import dictionary, person_words, stem

_QUOTES = "“”\"„«»"
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
# a finished sentence, maybe signed after it ("… . — Reuters"), closed by its link's label ("… . Read More") or by
# the desk's end mark, an empty bracket ("… explosion. []")
_FINISHED = re.compile(r"[.!?\"”)](?:\s+[–—-]?\s*[A-Z][\w.]+|\s+(?:Read|Baca) (?i:more|selengkapnya)|\s*\[\s*\])?$")
_INTRODUCES_LIST = re.compile(r"\w\s?:$")  # a paragraph over a list: "Berikut tradisi yang digelar :"
# A publisher's name alone over the date line: "Maritime Activity Reports, Inc.", "PT Kabar Kota Media"
_PUBLISHER = re.compile(r"(?:[A-Z][\w&'’.-]*\s){1,5}[A-Z][\w&'’.-]*,?\s(?:Inc|Ltd|LLC|Corp|PLC|Pty Ltd)\.?"
                        r"|PT\s(?:[A-Z][\w&'’.-]*\s?){1,5}(?:Tbk\.?)?")
# a web address after a short label, no list bullet: "My Travel Blog : example.com", "Website: https://example.org"
_LABELLED_ADDRESS = re.compile(r"[^\W\d_][\w'’ ]{0,30}?\s?:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")
_LABEL_ALONE = re.compile(r"(?:\w+\s?){1,3}:")  # "Kategori :", "Tags:": a label whose list the scraper lost
# a label the date under it finishes: "The story appears on" / "December 13, 2019", "Diterbitkan pada" / "Senin, …"
_DATE_LEAD = re.compile(r"(?:\S+\s){0,4}(?:appears|appeared|published|posted|printed|updated|diterbitkan|dipublikasikan"
                        r"|terbit|dimuat|diperbarui)\s(?:on|in|pada|tanggal)\s?:?", re.IGNORECASE)
# a call to look at another story, over its "Read more" button: "Look at the unsuccessful penguin escape."
_LOOK_AT = re.compile(r"(?:Look at|Take a look at|Check out|See|Lihat(?: juga)?|Simak(?: juga)?|Baca(?: juga)?)\s"
                      r"[^.!?]{3,80}[.!]?")
# the writer's e-mail address alone on its line
_EMAIL_ALONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?")
_PROMPT = re.compile(r"(?:\S+\s){0,3}\S+\s?\?")  # "Apa Reaksi Anda ?": a widget's question to the reader
# A time told relative to the reader's day: "Today at 12:34 PM", "Kemarin, 09:15", "2 hours ago", "5 jam lalu"
_RELATIVE_TIME = re.compile(r"(?i)(?:today|yesterday|hari ini|kemarin)(?:\s+at)?,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
                            r"(?:\s+[A-Z]{3,4})?|\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|menit|jam|hari)\s+"
                            r"(?:ago|yang lalu|lalu)")
_STORY_DATED_PARAGRAPHS = 4  # the story's first paragraphs, which date what it tells
_MARKED = re.compile(r"[.!?,;\"“”()]")  # a sentence's or a clause's marks, which a list of headlines has not
_EXCERPT_LABEL = re.compile(r"^[^\s–—-]+(?:\s[^\s–—-]+)?\s*[–—-]+(?:\s*[–—-]+)?\s*")  # "Terbaiknews - - "
_EXCERPT_MIN_LETTERS = 40
_EXCERPT_SIMILARITY = 90  # rapidfuzz partial ratio of an excerpt's letters within the lede's: a sentence of it, reworded
_ASIDE_WORDS = 8
_DATED_POST_TITLE_WORDS = 12
_ASIDE_END = re.compile(r"(?:\?[?!]*!|![?!]*\?)[?!]*$")  # "?!", "!?", "?!?"
_TICKER_LABEL = re.compile(r"(?:Trending(?: Now| News| Topics)?|Breaking(?: News)?|Hot (?:News|Topics)|Latest(?: News)?"
                           r"|Top Stories|Headlines?|Terkini|Berita Terkini|Sedang Hangat|Populer|Terpopuler)\s*:?",
                           re.IGNORECASE)
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]")  # "29.7 C", "31°C": a weather widget's reading
_HASHTAGS = re.compile(r"(?:\s+#[^\W\d_]\w*)+")  # " #newsupdate #update": tags glued to a line
_HASHTAGS_AT_END = re.compile(_HASHTAGS.pattern + r"\s*$")
_BLOCK_LIMIT = 20  # a related-links block longer than this is not one
_BLOCK_CAPTION_WORDS = 4  # a caption of a picture in a list of links: a name, a short sentence
_READ_MORE_BUTTON = re.compile(r"(?i:baca selengkapnya|selengkapnya|read more|read the full story|continue reading|"
                               r"lanjutkan membaca)\W{0,4}")  # "selengkapnya...."
_CUT_END = re.compile(r"\s*(?:\.{3}|…)$")
_HEAD_LINES = 15  # the headline, stamp and section are looked for among the first kept lines
_TEASER_BOX_LINES = 4  # a box's excerpt, between its date line and its link to read on
_DESK_DATELINE_WORDS = 4  # "SBNpro – Siantar", "Tim Redaksi – Medan": a headline with a dash is longer

# Dateline forms: "Channel9.id – Jakarta.", "MAJALAHJURNALIS.Com (Jakarta) -", "JAKARTA, KOMPAS.com -",
# "MOSKOW -", "SEOUL (Reuters) -" at the start of the first paragraph, or "Moskow:" alone on its line.
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,6}){1,2}"
_PLACE = r"[A-Z][\w'’-]*[\w'’](?:\s[A-Z][\w'’-]*[\w'’]){0,3}"  # no dash at its end: "PALESTINA- Israel …"
_CAPS_PLACE = r"[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]+){0,2}"
_CITING_WORD = r"(?:From|Via|Dari|Menurut|According to)"  # the words that name a passage's source
_SOURCE_OVER_PASSAGE = re.compile(rf"{_CITING_WORD}\s+[A-Z][^:]{{1,60}}:")  # "From Macro Oceans:", over its passage
_DASH = r"[-–—]+"
# the state after a US dateline's place, maybe as its postal code: "Calif.", "N.M.", "Texas", "CT"
_STATE = r"(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]{3,12}|[A-Z]{2})"
_BRACKETED_PHOTO_CREDIT = re.compile(r"\s*\((?:Photo|Foto|Image|Picture|Gambar)\s*:", re.IGNORECASE)  # "(Photo: Jane Roe/Reuters)"
_PLACE_AND_STATE = re.compile(rf"{_CAPS_PLACE},\s*{_STATE}")  # "MALIBU, Calif." printed alone on its line
# a credit alone, naming no subject: "Jeff Wheeler | Star Tribune via AP", "Image Credit Forbes", "Credit: PA"
_PHOTOGRAPHERS_CREDIT = re.compile(r"\svia\s|\s\|\s|^\s*(?:Image|Photo|Picture|Foto)\s+(?:Credit|Source)\b|^\s*Credits?\s*:"
                                   r"|^\s*(?:Photographer|Fotografer|Pewarta foto)\s*:"  # "Photographer: Jane Roe/Bloomberg"
                                   r"|^\s*(?:Image|Photo|Picture)\s?/\s?[A-Z]"  # "Photo/Delray Beach Fire Rescue"
                                   # "Photo: Rainbirder/Flickr", "Image: Getty Images/U. IfansastiGetty Images"
                                   r"|^\s*(?:Image|Photo|Picture|Foto)\s*:\s*[^/\s]+(?:\s[^/\s]+)?\s?/\s?[A-Z][\w.]*(?:\s[A-Z]\w*){0,3}\s*$"
                                   # "Foto:Agus Susanto-Kompas.com": the photographer and the outlet's address after a dash
                                   r"|^\s*(?:Image|Photo|Picture|Foto)\s*:\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s?[-–]\s?"
                                   r"[A-Za-z0-9][\w-]*(?:\.[a-z]{2,6}){1,2}\s*$"
                                   r"|^\s*(?:Tangkapan layar|Cuplikan layar|Screenshot|Screen ?grab)\b"
                                   r"|^\s*CC\s?(?:BY|0)\b"
                                   # the outlet's address and its photographer in brackets: "Example.com (Jane Roe)"
                                   r"|^\s*[A-Z0-9][\w-]*(?:\.[a-z]{2,6}){1,2}\s\([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\)\s*$"
                                   r"|^\s*(?:--|[—–-])?\s*(?:Text|Words|Story|Teks|Tulisan)\s+(?:and|&|dan)\s+(?:photos?|pictures?|foto)\b"
                                   r"|^\s*(?:Photo|Image|Picture|Foto) (?:by|oleh)\s"
                                   r"|^\s*Sumber (?:gambar|foto),",  # a screen reader's label: "Sumber gambar, Jane Roe"
                                   re.IGNORECASE)
# … or the picture's label and its giver in capitals, an agency's name: "PHOTO: REUTERS", "FOTO: ANTARA"
_CREDIT_IN_CAPITALS = re.compile(r"(?i:photo|foto|image|picture)\s*:\s*[A-Z][A-Z&'’.-]+(?:\s[A-Z][A-Z&'’.-]+){0,3}")
# … or the picture's label and its giver closing a caption's last sentence: "… on April 8, 2025. PHOTO: AFP"
_CREDIT_LABEL_IN_BRACKETS = r"\((?i:photo|foto|image|gambar)\s*:"  # a picture's labelled credit opening: "(Foto:"
_CREDIT_BROKEN_OFF = re.compile(rf"[.!?]\s*{_CREDIT_LABEL_IN_BRACKETS}\s*[^()]{{1,40}}$")  # "… (photo : Kompas -"
# a caption closed by its picture's credit: "… Indonesia.PHOTO: AP", "Jane Roe. Pic via Justice For Jane."
_CLOSED_BY_PHOTO_CREDIT = re.compile(r"[.!?]\s*(?:(?:PHOTO|Photo|FOTO|Foto|IMAGE|Image)\s?:|(?:Pic|Picture|Photo|Image)\s+"
                                     r"(?:via|courtesy of))\s?[A-Z][\w .,/&-]{1,40}(?:\s*\|)?$")
# … or the site and its photographer: "… Benny Tjokro. Alinea.id/Jane Roe" (a paragraph closes with a quote or a
# source's note, not a photographer's name; the editors' initials are in capitals, "HUM/GIT")
_SITE_AND_PHOTOGRAPHER_CLOSING = re.compile(
    r"[.!?]\s+[A-Z][\w-]*(?:\.[a-z]{2,3}){0,2}\s?/\s?[A-Z][a-z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}$")
# a nickname in quotes inside a name, which quotes no one: Joko “Jokowi” Widodo
_NICKNAME_IN_QUOTES = re.compile(r"(?P<given>\b[A-Z][\w.'’-]*) [“\"](?P<nick>[A-Z][\w'’-]+)[”\"](?= [A-Z])")
# a picture's label alone over its caption: "file photo"; or its credit, a giver unnamed or the files: "ISTIMEWA"
_PICTURE_LABEL = re.compile(r"(?:file |stock |archive )?(?:photo|picture|image)|foto(?: ilustrasi| dok(?:umen)?\.?)?|ilustrasi"
                            r"|illustration|istimewa|dokumentasi|handout", re.IGNORECASE)
# "Roberto E. Rosales /The Albuquerque Journal/AP": a photographer, a paper, an agency (among the paragraphs, a
# paragraph may stand over such a credit whose picture has no caption)
_WIRE_AGENCIES = r"(?:AP|Associated Press|AFP|Reuters|EPA|Getty Images)"
_AGENCY_CREDIT = re.compile(rf"[^/]{{2,40}}/[^/]{{2,40}}/\s?{_WIRE_AGENCIES}")
# … or the photographer and the agency alone, maybe in brackets: "(Trisnadi / Associated Press)"
_PHOTOGRAPHER_AND_AGENCY = re.compile(rf"\(?[^/()]{{2,40}}\s?/\s?{_WIRE_AGENCIES}\)?")
# … or the photographer and the publication the picture ran in, its name one word with a capital inside
# ("Jane Roe/BenarNews", "(Jane Roe/JawaPos)"): after a writer's name, a place is the dateline ("Jane Roe/Jakarta")
_PHOTOGRAPHER_AND_BRAND = re.compile(r"\(?(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w'’-]*[a-z]\s?/\s?[A-Z][a-z]+[A-Z]\w*\)?")
_DESK_AND_PLACE = re.compile(rf"^.{{2,60}}?\s[-–—]\s(?P<place>{_PLACE})$")  # "Daijiworld Media Network – Riyadh"
_SPLIT_DATELINE = re.compile(rf"^(?P<by>[^,.!?]{{1,30}}),\s*(?P<place>{_PLACE})$")  # "D'On, Padang" over "– text"


def looks_like_prose(line: str) -> bool:
    """A quote, a long line, or a sentence: what no pattern rule may remove unless it names it exactly."""
    words = len(line.split())
    if words >= 12:
        return True
    if words >= 2 and any(q in line for q in _QUOTES):
        return True
    return words >= 2 and bool(_SENTENCE_END.search(line))


def _sentence_line(line: str) -> bool:
    """A line of prose that ends a sentence: a paragraph, not a heading, a label or a line a wrap cut."""
    return looks_like_prose(line) and _SENTENCE_END.search(line.strip()) is not None


def _brand_pattern(outlets: tuple[OutletProfile, ...]) -> str:
    brands = sorted({b for o in outlets for b in o.brands}, key=lambda b: (-len(b), b))
    return "|".join([re.escape(b) for b in brands] + [_DOMAIN])


class _PlaceAndOutletInCapitals:
    """A dateline of two names in capitals and a dash, the place and an outlet the outlets' list does not know, in
    either order ("MAKASSAR, RAKYATSULSEL -", "KABARCONTOH, CILACAP –"): the place is the name the gazetteer
    knows, the first if both are places; two names it does not know are no dateline. A place and its country is a
    dateline whatever the place ("JIAOZUO, CHINA –")."""

    _PATTERN = re.compile(rf"^(?P<first>{_CAPS_PLACE}),\s*(?P<second>[A-Z][A-Z\d.'’-]{{2,20}}(?:\s[A-Z][A-Z\d.'’-]{{1,20}}){{0,2}})"
                          rf"\s*{_DASH}\s+(?=\S)")

    def match(self, text: str) -> _PlaceFound | None:
        found = self._PATTERN.match(text)
        if found is None:
            return None
        if fold(found.group("second")) in gazetteer.country_names():
            return _PlaceFound(found, found.group("first"))
        known = gazetteer.place_names()
        place = next((found.group(part) for part in ("first", "second") if fold(found.group(part)) in known), None)
        return _PlaceFound(found, place) if place else None


class _PlaceFound:
    """A dateline pattern's match whose place is one of its names, chosen by the gazetteer."""

    def __init__(self, found: re.Match, place: str):
        self._found, self._place = found, place

    def group(self) -> str:
        return self._found.group()

    def end(self) -> int:
        return self._found.end()

    def groupdict(self) -> dict[str, str]:
        return {"place": self._place}


class _Datelines:
    """Dateline patterns, built once per editorial data set."""

    def __init__(self, editorial: Editorial):
        brand = f"(?P<brand>{_brand_pattern(editorial.outlets)})"
        # The first patterns name the outlet's brand (used to identify the outlet); the rest name a place only.
        self.branded = [
            # "KOMPAS.com (Jakarta) text", "Channel9.id – Jakarta. text": a place after the brand must be closed by
            # punctuation, else it is the sentence's first words ("KOMPAS.com — Setelah gempa …")
            re.compile(rf"^{brand}\s*(?:\((?P<place>{_PLACE})\)\s*[.,:]?\s*(?:{_DASH}|:)?"
                       rf"|[-–—,]\s*(?P<place2>{_PLACE})\s*(?:[.,:]\s*(?:{_DASH}|:)?|{_DASH}))\s+(?=\S)"),
            re.compile(rf"^(?P<place>{_PLACE}),\s*{brand}\s*(?:{_DASH}|:)\s*(?=\S)"),
            re.compile(rf"^{brand}\s*{_DASH}\s+(?=\S)"),
        ]
        # "Sukoharjo - Seorang …": a place's name in title case before a spaced dash, the only shape a headline's
        # two parts share ("Stuck - Not rolling and not coasting")
        self.word_before_dash = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[-–—]\s+(?=[A-Z\"“])")
        # the place in title case, then the outlet's or the province's short name in capitals before the dash:
        # "Karawang, METRO - Ketua …", "Banda Aceh, NAD - …" (both in capitals, either may come first: "LAYAR NEWS,
        # PANGKEP —", which other patterns read)
        self.place_and_outlet = re.compile(r"^(?P<place>[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){0,3}),"
                                           rf"\s*[A-Z]{{3,}}(?:\s[A-Z]{{2,}})?\s*{_DASH}\s+(?=\S)")
        # the datelines that name the outlet (or the province) after the place: a headline never does
        self.with_outlet = [*self.branded, self.place_and_outlet]
        self.prefixes = self.branded + [
            # "HOUSTON, Aug. 20 —", "BATON ROUGE, La. —", "SANTA FE, N.M. —", "AUSTIN, Texas —", "TORRINGTON, CT –":
            # a month and day, or the state after the place, maybe as its postal code
            re.compile(rf"^(?P<place>{_CAPS_PLACE})(?:,\s*[A-Z][a-z]{{2,4}}\.?\s+\d{{1,2}}"
                       rf"|,\s*{_STATE})?\s*(?:\((?P<agency>[^()]{{2,30}})\))?\s*(?:{_DASH}|:)\s+(?=\S)"),
            # "Banyumas, 13/7 (BeritaJateng.net) –": the day and month may stand between the place and the source,
            # named in capitals or in one word ("(wartabromo)"); words in lower case are a headline's label ("Asian
            # Games (news focus) - …")
            re.compile(rf"^(?P<place>{_PLACE})(?:,\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?\s*"
                       rf"\((?P<agency>[A-Z][\w .]{{1,29}}|[a-z][\w.-]{{1,29}})\)"
                       rf"\s*{_DASH}\s+(?=\S)"),
            self.word_before_dash,
            # the place in capitals glued to its dash and to the first word: "KOTA TANGERANG–Nasabah …"
            re.compile(rf"^(?P<place>{_CAPS_PLACE})[–—](?=[A-Z][a-z])"),
            _PlaceAndOutletInCapitals(),
            self.place_and_outlet,
        ]
        # "Moskow:", and with the outlet's name after a comma, "Kendari, Pena Medan -", or its web address with no
        # dash, "Tanah Karo, metrokampung.com"; a source named over the passage quoted from it is none ("From
        # Macro Oceans:")
        self.alone = re.compile(rf"^(?!{_CITING_WORD}\s)(?P<place>{_PLACE})"
                                rf"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}\s*{_DASH}|\s*(?::|{_DASH})"
                                rf"|,\s*(?=[\w-]*\.[a-z])(?i:{_DOMAIN})\s*(?:{_DASH})?)$")
        # a place in capitals and the outlet's name with no dash: "NEGARA, NusaBali" (the place a known one, since a
        # name in capitals and a role have that shape: "JANE ROE, Reporter")
        self.alone_without_dash = re.compile(rf"^(?P<place>{_CAPS_PLACE}),\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$")


_DATELINE_CACHE: dict[str, _Datelines] = {}

_PLACE_IN_CAPITALS = re.compile(rf"(?P<place>{_CAPS_PLACE})")
_PLACE_IN_CAPITALS_CUT = re.compile(rf"{_CAPS_PLACE},")  # "JAKARTA," alone: a dateline a hard wrap cut


def _place_in_capitals_alone(line: str) -> bool:
    """A place the gazetteer knows, in capitals alone on its line ("JAKARTA"): the dateline of the paragraph under
    it, the scraper having broken it off with no colon or dash (a subheading in capitals names no place alone)."""
    return _PLACE_IN_CAPITALS.fullmatch(line.strip()) is not None and fold(line) in gazetteer.place_names()


def _datelines(editorial: Editorial) -> _Datelines:
    if editorial.fingerprint not in _DATELINE_CACHE:
        _DATELINE_CACHE[editorial.fingerprint] = _Datelines(editorial)
    return _DATELINE_CACHE[editorial.fingerprint]


def _dateline_prefixes(line: str, editorial: Editorial) -> Iterator[str]:
    """The dateline prefixes the line opens with, one per pattern that matches it."""
    line = line.strip()
    return (found.group() for pattern in _datelines(editorial).prefixes if (found := pattern.match(line)))


def _opens_with_dateline(line: str, editorial: Editorial) -> bool:
    """The paragraph opens with a dateline ("JAKARTA - …", "Jakarta, Kompas.com - …")."""
    return any(_dateline_prefixes(line, editorial))  # a prefix is never empty


def _headline_parts_by_a_dash(line: str, editorial: Editorial) -> bool:
    """The only dateline the line seems to open with is a word or two in title case before a spaced dash, naming
    no place the gazetteer knows: a headline's two parts ("Stuck - Not rolling and not coasting"), not a dateline."""
    datelines = _datelines(editorial)
    found = datelines.word_before_dash.match(line.strip())
    return (found is not None and fold(found.group("place")) not in gazetteer.place_names()
            and not any(pattern.match(line.strip()) for pattern in datelines.prefixes
                        if pattern is not datelines.word_before_dash))


_HEADLINE_IN_CAPITALS_WORDS = 20


def _headline_in_capitals(line: str) -> bool:
    """All in capitals and no longer than a headline ("WEDA BAY — THE WORLD'S LARGEST NICKEL MINE — AND ITS
    IMPACT"): a headline's parts by a dash, where a paragraph after a dateline in capitals goes on in a sentence's
    case, and one printed all in capitals, cut by a hard wrap, runs longer."""
    text = line.strip()
    return text.isupper() and len(text.split()) <= _HEADLINE_IN_CAPITALS_WORDS


def _opens_with_dash_dateline(line: str, editorial: Editorial) -> bool:
    """The line opens with a dateline closed by a dash ("MALANGKOTA (SurabayaPost.id) – …"): a paragraph, even
    cut short by a hard wrap; a word in capitals and a colon may be a headline's label ("FERRIES: Search …")."""
    return any(_DASH_AT_END.search(prefix) for prefix in _dateline_prefixes(line, editorial))


def _place(text: str) -> str:
    text = text.strip(" .,:")
    return text.title() if text.isupper() else text


def _profile_for_brand(brand: str, editorial: Editorial) -> OutletProfile | None:
    folded = brand.casefold()
    for profile in editorial.outlets:
        if folded in {b.casefold() for b in profile.brands} | {d.casefold() for d in profile.domains}:
            return profile
    return None


_CITED = re.compile(r"(?:dari|dilansir|melansir|mengutip|dikutip|sumber|source|via|menurut|kepada|from|told)\W*$",
                    re.IGNORECASE)


@lru_cache(maxsize=8)
def _brand_mentions(editorial: Editorial) -> tuple[re.Pattern, dict[str, str]]:
    """Every outlet's brands as one pattern (longest first), and the outlet each brand names."""
    profile_of = {}
    for profile in editorial.outlets:
        for brand in profile.brands:
            profile_of.setdefault(brand, profile.name)
    alternatives = "|".join(re.escape(b) for b in sorted(profile_of, key=lambda b: (-len(b), b)))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)"), profile_of


def identify_outlet(lines: list[str], chrome: set[int], editorial: Editorial) -> tuple[str | None, OutletProfile | None]:
    """The outlet that published the page: a dateline brand ("KOMPAS.com -"), else the profile whose brand the
    page prints most. In prose a brand counts only where the text does not cite it as a source ("dikutip dari
    Kompas.com"); in chrome lines (indices in `chrome`: footer, newsletter call) it always counts."""
    for line in lines[:60]:
        for pattern in _datelines(editorial).branded:
            found = pattern.match(line.strip())
            if found:
                profile = _profile_for_brand(found.group("brand"), editorial)
                return (profile.name if profile else found.group("brand")), profile
    hits: Counter[str] = Counter()
    pattern, profile_of = _brand_mentions(editorial)
    for index, line in enumerate(lines):
        for found in pattern.finditer(line):
            if index in chrome or not _CITED.search(line[max(0, found.start() - 25):found.start()]):
                hits[profile_of[found.group()]] += 1
    if not hits:
        return None, None
    name = min(hits, key=lambda n: (-hits[n], n))
    return name, next(p for p in editorial.outlets if p.name == name)


_DASH_AT_END = re.compile(rf"{_DASH}\s*$")
_TABLE_CELL = re.compile(r"\|\s*([^|]*[^|\s])\s*\|")  # "| Headline |": one cell of a table row
_DATE_LABEL = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*(.*)$")  # "date 2023-06-07 You are here"
_DROP_CAP = re.compile(r"^[A-Z]$")
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")  # a tag the scraper left: its text stays, the tag goes
_HTML_CODE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE)  # a page's code is no text at all
# An HTML comment, whole or the end of one left on a line: "Batu Andesit di Desa Wadas -->" (the page's title
# printed with its template's comment closer); an arrow between words in a sentence has words after it
_HTML_COMMENT = re.compile(r"<!--.*?-->|^\s*<!--\s+|\s+-->\s*$")
# A forum's or a CMS export's markup in square brackets: "[br /]", "[b]", "[url HREF=\"\"]…[/url]", "[post ID=\"1\" /]"
_BRACKET_TAG = re.compile(r"\[/?(?:br|b|i|u|s|p|url|img|quote|size|color|font|center|post|embed|caption)"
                          r"(?:\s[^\[\]]*)?/?\]", re.IGNORECASE)
_TAG_CUT_OFF = re.compile(r"</?(?:p|div|span|br|a|b|i|em|strong|li|ul|ol|h[1-6]|figure|figcaption|img|section|article)"
                          r"(?:\s+[\w:-]+=(?:\"[^\"]*\"?|'[^']*'?|\S*))*\s*/?")  # its attributes, no words
# … or a tag opening the line with its "<" cut off, its attributes quoted: 'span class="inline inline-center">Police …'
_TAG_OPENER_CUT = re.compile(r"(?:p|div|span|a|img|figure|figcaption|section|article|h[1-6]|li|strong|em)"
                             r"(?:\s+[\w:-]+=\"[^\"<>]*\")+\s*/?>")
_ADDRESS_ALONE = re.compile(r"(?:data:|[a-z][\w+.-]*://)\S*|\S*[\w.-]+://\S+")  # one word, an address or a data URI
_PARAGRAPH_MIN_WORDS = 3  # a sentence shorter than this opens no article's body ("One app.")
_STOP_PARAGRAPH_WORDS = 8  # a question this long is a paragraph's, over which a stop line opens the comments
_OPENING_SENTENCE_WORDS = 8  # an article's sentence; an app's pitch over the page is shorter ("One app.")
_ARTICLE_START_WORDS = 20  # a paragraph this long opens the article body (a teaser or a notice is shorter)
_BODY_RUN = 3  # so do this many sentences in a row
_BYLINE_MAX_WORDS = 6  # under the headline, a line this short that is no sentence is a byline, place or label


_OPEN_CELL = re.compile(r"[^|]{10,200}\s\|")  # a row of one cell with only its closing bar: "Judul |"
_ZOOM_LABEL = re.compile(r"\s*zoom-in\s+([A-Z0-9\"“].{5,200})$")  # "zoom-in Depo Pertamina …"
_ICON_LABEL = re.compile(r"\s*[a-z]+(?:[- ][a-z]+)? icon\s+((?:\S+\s+){0,5}\S+)\s*$")  # "clock icon 4 minute read"


def without_markup(line: str) -> str:
    """A line as a reader sees it: HTML or bracketed tags a scraper left taken out, their text kept."""
    line = _BRACKET_TAG.sub(" ", _HTML_TAG.sub(" ", _HTML_CODE.sub(" ", _HTML_COMMENT.sub(" ", line))))
    line = " ".join(html.unescape(line).split())
    return re.sub(r" (?=[.,;:!?])", "", line)  # "<i>Aedes aegypti</i>." → "Aedes aegypti."


def _prepare(lines: list[str], removed: dict[int, str]
             ) -> tuple[list[str], list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """Undo five artefacts of how pages are stored before any rule reads them: HTML tags left in the text
    (the text between them stays, and so does the text after a tag whose "<" was cut off), a scraper's "date
    YYYY-MM-DD" label in front of a line (the stamp is kept, the rest of the line stays a line), the page's date in
    brackets after a standfirst ("… (Published Thursday, Feb. 20, 2014)": the same), an icon's alternative text
    before a widget's few words ("clock icon 4 minute read"), and a drop cap the page set on a line of its own ("I"
    + "ndonesian …").
    Returns the lines, the prefixes taken off and the stamps in brackets taken off, each as (index, text, stamp)."""
    lines = list(lines)
    prefixes, suffixes = [], []
    for i, line in enumerate(lines):
        if (("<" in line and _HTML_TAG.search(line)) or ("[" in line and _BRACKET_TAG.search(line))
                or ("--" in line and _HTML_COMMENT.search(line))):
            lines[i] = line = without_markup(line)
            if not line:
                removed[i] = "html-markup"
            elif _ADDRESS_ALONE.fullmatch(line):
                removed[i] = "html-markup"  # "<image>data:image/…</image>": the tag held an address, no text
        elif "<" in line and _TAG_CUT_OFF.fullmatch(line.strip()):
            removed[i] = "html-markup"  # a tag alone on its line, cut before its ">": "</p"
        elif (cut := _TAG_OPENER_CUT.match(line.strip())) is not None:
            lines[i] = line = line.strip()[cut.end():].strip()  # its text stays
            if not line:
                removed[i] = "html-markup"
        found = _DATE_LABEL.match(line)
        if found:
            prefixes.append((i, line[: found.start(2)].strip(), found.group(1)))
            lines[i] = found.group(2)
            if not lines[i].strip():
                removed[i] = "date-stamp"
        found = _PUBLISHED_IN_BRACKETS.search(lines[i]) if lines[i].rstrip().endswith(")") else None
        if found and found.start() > 0 and (stamp := dates.stamp_text(found.group("stamp"))):
            suffixes.append((i, found.group().strip(), stamp))
            lines[i] = line = lines[i][: found.start()].rstrip()
        found = _ICON_LABEL.match(line)
        if found:  # "calendar icon 4 December 2014": an icon's alternative text before its widget's few words
            lines[i] = found.group(1)
        found = _ZOOM_LABEL.match(line)
        if found:  # "zoom-in Depo …": a picture's zoom button's label before the picture's title, the headline again
            lines[i] = found.group(1)
    _join_wrapped(lines)
    for i, line in enumerate(lines):
        if _DROP_CAP.match(line.strip()):
            following = _next_line(lines, i)
            if following is not None and following <= i + 2 and lines[following].strip()[:1].islower():
                lines[following] = line.strip() + lines[following].strip()
                removed[i] = "drop-cap"
    return lines, prefixes, suffixes


# the page's date after a line, in brackets: "(Published Thursday, Feb. 20, 2014)", "(Diperbarui 3 Mei 2021 10:12 WIB)"
_PUBLISHED_IN_BRACKETS = re.compile(r"\s*\((?:Published|Updated|Posted|Diterbitkan|Diperbarui|Dipublikasikan)"
                                    r"\s*:?\s*(?P<stamp>[^()]{6,60})\)\s*$", re.IGNORECASE)
_WRAP_MIN_WORDS = 5  # a line cut by a hard wrap is a long one: a menu's or a label's few words are no such line
_WRAP_EVIDENCE = 2  # a page is hard-wrapped when at least this many lines run on into a lower-case line


def _runs_on(line: str, following: str) -> bool:
    """A sentence cut at the end of the line and going on in the next: no sentence end, and the next line starts
    in lower case or with a parenthesis ("… hanya Mustokoharjo, Gajahmati" / "(Kecamatan Pati), dan …")."""
    line, following = line.strip(), following.strip()
    return (len(line.split()) >= _WRAP_MIN_WORDS and not _SENTENCE_END.search(line) and not line.endswith(":")
            and (following[:1].islower() or (following[:1] == "(" and following[1:2].isupper()))
            and not re.match(r"\w+\s*:", following)  # "gambar :owabumpos.com": a label of its own, not the rest
            and not _COMMENT_WRITER.fullmatch(following)
            and not dates.stamp_text(line))  # a date line over a widget's label ("9 Mei 2020 8:03 WIB" / "comment")


# a comment's writer over it, closed by an ellipsis: "kden said…", "Amy wrote..."
_COMMENT_WRITER = re.compile(r"\S+(?:\s\S+){0,3}\s(?:said|wrote|says|writes|mengatakan|berkata|menulis)(?:\.{3}|…)")


_COMMENT_LINES = 4  # a comment's lines over the next writer's; a longer block is more likely the article's
_ARTICLE_SET_APART_MIN = 3  # lines: a headline and two paragraphs, each alone; a headline alone tells nothing


def _comment_over_its_writer(lines: list[str], index: int, removed: dict[int, str]) -> list[int]:
    """The lines right over a comment's writer ("kden said…") in the same block, none blank between: another
    comment, its writer's line lost, when the block stands apart from an article that sets its paragraphs apart
    with blank lines (a glued block on a page that runs its paragraphs together may be the article's)."""
    above = []
    k = index - 1
    while k >= 0 and lines[k].strip() and k not in removed:
        above.append(k)
        k -= 1
    article = [i for i in range(k) if lines[i].strip() and i not in removed]
    if (not above or len(above) > _COMMENT_LINES or len(article) < _ARTICLE_SET_APART_MIN
            or not _blank_lines_between_paragraphs(lines, article)):
        return []
    return above


_LIST_NUMBER = re.compile(r"\s*(\d{1,3})\.\s")


_ALT_TEXT_CAPTION_GAP = 3  # lines from a picture's alternative text to its caption under it
_DASHES = re.compile(r"\s*[-–—]\s*")


def _alt_text_over_caption(alt: str, caption: str) -> bool:
    """The caption is the alternative text with its last words after a dash dropped, its dashes maybe others."""
    alt, caption = _DASHES.sub(" - ", alt.strip()), _DASHES.sub(" - ", caption.strip())
    return len(caption.split()) >= 3 and alt.startswith(caption + " - ")


def _teaser_box_over_the_article(lines: list[str], kept: list[int]) -> list[int]:
    """Near the top, a link to read on alone under an excerpt, under a date line, under a headline: another story's
    box, when a headline over a date line, prose under them, follows further down (the article's own head)."""
    for position, i in enumerate(kept[:_HEAD_LINES]):
        if not _READ_MORE_BUTTON.fullmatch(lines[i].strip()):
            continue
        stamp = next((q for q in range(position - 1, max(position - 2 - _TEASER_BOX_LINES, 0), -1)
                      if dates.stamp_text(lines[kept[q]].strip())), None)
        if stamp is None or not _headline_like(lines[kept[stamp - 1]].strip()):
            continue
        later = kept[position + 1:]
        if any(_headline_like(lines[head].strip()) and dates.stamp_text(lines[stamped].strip())
               and looks_like_prose(lines[body]) for head, stamped, body in zip(later, later[1:], later[2:])):
            return kept[stamp - 1:position + 1]
    return []


_COUNTED_COMMENTS_MAX_LINES = 12  # the comments a blog prints between their count and its comment form


def _comments_under_their_count(lines: list[str], index: int, removed: dict[int, str]) -> list[int]:
    """The lines between the comments' count ("1 comment:") and the comment form that stops the page ("Post a
    Comment"): the comments, however they read ("Hi Lefidus." / "If you are going to use the text …"), when the count
    stands under the article's paragraphs, not over them as a count under the headline does."""
    between = []
    for k in range(index - 1, max(index - 1 - _COUNTED_COMMENTS_MAX_LINES, -1), -1):
        if not lines[k].strip():
            continue
        if removed.get(k) == "comment-count":
            under_paragraph = any(k2 not in removed and looks_like_prose(lines[k2])
                                  and _FINISHED.search(lines[k2].strip()) for k2 in range(k))
            return between if under_paragraph else []
        if k in removed:
            continue
        between.append(k)
    return []


def _earlier_items_of_the_list(lines: list[str], index: int, removed: dict[int, str]) -> list[int]:
    """A comment that ends the article, numbered in a list ("  3. Wow! … stubborn ;)"): the list's items over it
    back to its first ("  1. …", "  2. …"), with the lines that go on an item, indented under it. Anything else
    between them, and the list is not taken."""
    found = _LIST_NUMBER.match(lines[index])
    if not found or int(found.group(1)) < 2:
        return []
    wanted, taken = int(found.group(1)) - 1, []
    for k in range(index - 1, -1, -1):
        if not lines[k].strip():
            continue
        if k in removed:
            return []
        item = _LIST_NUMBER.match(lines[k])
        if item and int(item.group(1)) == wanted:
            taken.append(k)
            wanted -= 1
            if wanted == 0:
                return taken
        elif not item and lines[k][:1].isspace():
            taken.append(k)  # an item's second paragraph, indented under it
        else:
            return []
    return []


def _join_wrapped(lines: list[str]) -> None:
    """Paragraphs a page stored hard-wrapped, one sentence over several lines with no blank line between, are
    joined back into their first line (the others left empty), so that a cut sentence is not taken for a
    headline. Only on a page that runs on this way more than once: one such pair may be chrome over a caption."""
    pairs = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()
             and lines[i + 1].strip()[:1].islower() and _runs_on(lines[i], lines[i + 1])]
    if len(pairs) < _WRAP_EVIDENCE:
        return
    # A page that wraps its paragraphs after their first word ("Menurut" / "asal katanya, …") wraps them all so, the
    # line under the word opening with a name too ("Kalau" / "Amerika Serikat punya festival …, maka … festival" /
    # "Sekura. Sebuah …"): that line is a wrapped one, so with no sentence end it runs on, whatever the next's case.
    after_first_word = [i for i in range(len(lines) - 2)
                        if len(lines[i].split()) == 1 and _wrapped_after_first_words(lines[i], lines[i + 1], lines[i + 2])]
    head = last = None  # the line the current paragraph is joined into, and its last line as stored
    cut = False  # the last line joined is a wrapped line cut before a capital
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        opened_by_a_word = (head == i - 1 and len(lines[head].split()) == 1 and any(k != head for k in after_first_word)
                            and _opens_with_its_first_word_alone(lines[head], line))
        if head is not None and last == i - 1 and (cut or opened_by_a_word or _runs_on(lines[head], line)
                                                   or _wrapped_after_first_words(
                                                       lines[head], line, lines[i + 1] if i + 1 < len(lines) else "")
                                                   or _cut_before_a_capital(lines, head, i)):
            lines[head] = f"{lines[head].strip()} {line.strip()}"
            lines[i] = ""
            cut = opened_by_a_word
        else:
            head, cut = i, False
        last = i


def _cut_before_a_capital(lines: list[str], head: int, index: int) -> bool:
    """On a hard-wrapped page, the paragraph cut before a capital ("… melantik Purbaya Yudhi" / "Sadewa sebagai …
    Senin (8/9/2025)" / "sore. …"): the head, long, has no sentence end and stands under a finished sentence, or
    opens with a dateline ("WARTAALENGKA, Jakarta - Menteri"), and the long lines under it go on, with no sentence
    end, down to a line in lower case. A headline over the lede stands under no sentence and opens with no dateline;
    a thread's short replies are no wrapped lines ("Follow @name" / "Saya suka …")."""
    text = lines[head].strip()
    if _SENTENCE_END.search(text) or text.endswith(":") or not lines[index].strip()[:1].isupper():
        return False
    above = _previous_line(lines, head)
    if not (_WRAPPED_DATELINE.match(text) or (len(text.split()) >= _WRAP_MIN_WORDS and above is not None
                                               and _SENTENCE_END.search(lines[above].strip()))):
        return False
    k = index  # the lines under it run on, long, none blank and none a sentence's end, to one in lower case
    while (k + 1 < len(lines) and lines[k + 1].strip() and not _SENTENCE_END.search(lines[k].strip())
           and len(lines[k].split()) >= _WRAP_MIN_WORDS):
        if lines[k + 1].strip()[:1].islower():
            return True
        k += 1
    return False


_WRAPPED_DATELINE = re.compile(r"[A-Z][\w.]+,\s*[A-Z][\w ]{1,30}\s[-–—]\s")  # "WARTAALENGKA, Jakarta - …"


def _printed_twice_in_a_row(lines: list[str], index: int) -> bool:
    """The line is the same as the line next to it, above or below (blank lines between them aside)."""
    line = lines[index].strip()
    return any(k is not None and lines[k].strip() == line
               for k in (_previous_line(lines, index), _next_line(lines, index)))


_CARRIED_ON_LINES = 4  # a widget's sentence broken over lines: no more than this many under its first


# a face typed in marks: ":'(", ":)", ";-)", ":D", "XD", "<3"
_EMOTICON = re.compile(r"[:;=]['’-]?[()\[\]DPpOo3/|]{1,3}|<3|[Xx]D")


def _between_two_paragraphs(lines: list[str], index: int) -> bool:
    """The lines over and under it are sentences: a finished one over it, one opening with a capital under it."""
    above, below = _previous_line(lines, index), _next_line(lines, index)
    return (above is not None and below is not None and looks_like_prose(lines[above])
            and _FINISHED.search(lines[above].strip()) is not None
            and looks_like_prose(lines[below]) and lines[below].strip()[:1].isupper())


def _carried_on_lines(lines: list[str], index: int, removed: dict[int, str]) -> list[int]:
    """The lines right under the line, none blank, each going on in lower case: one sentence broken over lines."""
    run = []
    following = index + 1
    while (following < len(lines) and len(run) < _CARRIED_ON_LINES and following not in removed
           and lines[following].strip()[:1].islower()):
        run.append(following)
        following += 1
    return run


def _opens_with_its_first_word_alone(word: str, following: str) -> bool:
    """One word with a capital and no mark over a long line with no sentence end ("Kalau" / "Amerika Serikat punya
    festival Helloween, maka Lampung juga punya festival"): the line, wrapped, goes on from the word."""
    word, following = word.strip(), following.strip()
    return (word[:1].isupper() and word.isalpha() and len(following.split()) >= _WRAP_MIN_WORDS
            and not _SENTENCE_END.search(following) and not following.endswith(":"))


def _wrapped_after_first_words(line: str, following: str, after: str) -> bool:
    """On a hard-wrapped page, a paragraph wrapped after its first word or few ("Saat" / "ditangkap, mereka …"):
    no sentence end, and the line under it a cut sentence's long middle, going on in the line after it."""
    line = line.strip()
    return (0 < len(line.split()) < _WRAP_MIN_WORDS and line[:1].isupper() and not _SENTENCE_END.search(line)
            and not line.endswith(":") and following.strip()[:1].islower() and _runs_on(following, after))


_PHOTO_CREDIT_WORDS = {"istimewa", "ist", "dok", "dokumentasi", "repro", "courtesy", "handout", "file"}


_BYLINE_WITH_DATE = re.compile(r"(?:Oleh|By|Penulis|Reporter|Written by)\s*:?\s+\S", re.IGNORECASE)  # "Oleh : Jane Roe | …"
# "… (Jane Roe/Example News)", "… (KRO/RD/P.Simbolon)"
_CLOSING_CREDIT = re.compile(r"\(([^()/]{2,40})/\s*([^()/]{2,40})(?:/\s*[^()/]{2,40})?\)\s*$")


def _reporter_credit(line: str, editorial: Editorial) -> bool:
    """A paragraph closed by its reporter's credit, "… mosquito bites. (Anton Banal/SunStar Philippines)",
    "… (Robi/voa-islam.com)": a person's name before the slash, an outlet after it; or by its writers'
    initials, "(II/MC)", "(KRO/RD/P.Simbolon)", or the writer and the desk, "(ANS/Tim Liputan 6 SCTV)", or the desks'
    codes unbracketed after the last sentence, "… dan Lubuk Basung. HUM/GIT". A picture's credit names a label
    ("(Foto: Tagar/Nama)"), the agency or the outlet first ("(Antara/Dhemas Reviyanto)", "(CNN Indonesia/ …)") or says
    "courtesy"."""
    codes = _CLOSING_DESK_CODES.search(line.strip())
    if codes and fold(codes.group(1)) not in _agency_names(editorial) and len(line.split()) >= _STORY_CREDIT_WORDS:
        return True
    found = _CLOSING_CREDIT.search(line.strip())
    if not found or not _SENTENCE_END.search(line.strip()[: found.start()].strip()):
        return False
    if len(line[: found.start()].split()) < _STORY_CREDIT_WORDS:
        return False  # a few words over a credit caption a picture, not a story
    person, outlet = found.group(1).strip(), found.group(2).strip()
    if fold(person) in _agency_names(editorial) or fold(outlet) in _agency_names(editorial):
        return False  # "(Antara/Dhemas Reviyanto)", "(AFP/JD)", "(STR /AFP)": the agency's picture
    if any(_PICTURE_WORD.fullmatch(word) for word in person.split()[-1:]):
        return False  # "(Antara Photo/Jane Roe A.)": a picture's, whoever took it
    if _WRITERS_INITIALS.fullmatch(person) and _WRITERS_INITIALS.fullmatch(outlet):
        # the writer's and the editor's initials, "… menangkap kembali RH. (II/MC)", as "(rdp/imk)", maybe a
        # contributor's name after them, "… atau negara lain. (KRO/RD/P.Simbolon)"
        return True
    if _DESK.match(outlet) or _DESK_CODE.fullmatch(outlet):
        return True  # the writer and the desk: "… guna dimintai keterangannya.(ANS/Tim Liputan 6 SCTV)", "(JANE ROE/B-5)"
    words = person.split()
    return (1 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) and ":" not in person
            and fold(person) not in _brands(editorial)
            and fold(words[0]) not in _PHOTO_CREDIT_WORDS and not outlet.isupper()
            and not _PICTURE_WORD.search(outlet))  # "(Doug Beghtel/Oregonian file photo)": a photographer's


def _closing_credit(line: str) -> str | None:
    found = _CLOSING_CREDIT.search(line.strip())
    return fold(found.group()) if found else None


def _credits_closing_two_lines(lines: list[str]) -> frozenset[str]:
    """The credits in brackets ("(Jane Roe/Example Magazine)") that close two lines of the page or more: a
    photographer's under the pictures, since a reporter signs the story once."""
    counts = Counter(credit for line in lines if (credit := _closing_credit(line)) is not None)
    return frozenset(credit for credit, n in counts.items() if n >= 2)


_DESK = re.compile(r"(?:Tim|Team|Redaksi|Desk)\s", re.IGNORECASE)  # a newsroom's team, not a photographer
_DESK_CODE = re.compile(r"[A-Z]{1,2}-\d{1,2}")  # a desk's code after the reporter's name: "(MUHAMMAD HAMIM/B-5)"
_WRITERS_INITIALS = re.compile(r"[A-Z]{1,4}")
# two desks' codes in capitals after a sentence's end ("… Lubuk Basung. HUM/GIT"); an agency's name first is a
# picture's credit ("… di lokasi. AFP/JD")
_CLOSING_DESK_CODES = re.compile(r"(?<=[.!?])\s+([A-Z]{2,4})/([A-Z]{2,4})$")
_STORY_CREDIT_WORDS = 8  # "Liga 1 2023-2024. (Yusuf/Skor.id)": fewer words over a credit caption a picture
# a picture's source, not an outlet: "(Doug Beghtel/Oregonian file photo)", a reader's, "(Jane Roe/Submitted)"
_PICTURE_WORD = re.compile(r"\b(?:photos?|foto|pic|pictures?|images?|gambar|file|submitted|supplied|handout)\b",
                           re.IGNORECASE)


_HEADLINE_LABELS = {"PHOTOS", "PHOTO", "VIDEO", "VIDEOS", "LIVE", "UPDATE", "WATCH", "POLL", "MAP"}  # "… (PHOTOS)"


_SOURCE_LABEL = re.compile(r"(?:Sumber|Source)\s*:?", re.IGNORECASE)
_TAXONOMY_LABEL = re.compile(r"(?:Categor(?:y|ies)|Kategori|Tags?|Topi[ck]s?|Rubrik|Section)\s*:", re.IGNORECASE)
_SOURCE_NAME_WORDS = 4
# an agency and its photographer after a slash: "ANTARA FOTO/M Agung Rajasa", "Reuters/Jane Roe"
_AGENCY_AND_PHOTOGRAPHER = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")
_SECTION_LABEL = re.compile(r"[A-Z][^\W\d_A-Z]+")  # one word in title case alone on its line: "Bandara", "Nasional"
_GLUED_CREDIT = re.compile(r"(?<=[a-z])(?:[A-Z]{2,8}/){1,3}[A-Z][A-Z .'’-]{2,40}$")  # "…in smogPAP/EPA/NARONG SANGNAK"
# a wire picture's caption left uncredited: what it shows, then where and when, closed by the country and the day,
# maybe straight on ("… on Baruna Jaya ship, in the north sea of Karawang, Indonesia, November 1, 2018.", "… in
# Pemenang, North Lombok, Indonesia August 6, 2018")
_PLACE_AND_DAY_CLOSING = re.compile(rf",\s(?P<place>{_PLACE}),?\s(?i:{dates.WEEKDAY},\s)?(?i:{dates.MONTH})\s\d{{1,2}},\s"
                                    rf"{dates.YEAR}\.?$")


def _caption_closed_by_place_and_day(line: str) -> bool:
    """A sentence closed by a place the gazetteer knows and the day, with no "on" before it, as a wire's caption is
    ("…, in Jakarta, Indonesia, August 29, 2025"); a paragraph says "on August 29", and a quote is no caption."""
    line = line.strip()
    found = _PLACE_AND_DAY_CLOSING.search(line)
    return (found is not None and fold(found.group("place")) in gazetteer.place_names()
            and _CAPTION_MIN_WORDS <= len(line.split()) <= _CAPTION_MAX_WORDS
            and not any(q in line for q in _QUOTES) and not _SENTENCE_SPLIT.search(line[:found.start()]))


_CODE_CALL = re.compile(r"[\w$\]'\"]\(")  # "jQuery(", ".html(", "function(": a call glued to its name
_CODE_END = re.compile(r"[;{}]")
_CODE_MARKS_MIN = 4
_CODE_MARKS_SHARE = 0.08  # of the line's characters; a paragraph's brackets and dates are far fewer
_CODE_STATEMENTS = 3


def _page_code(line: str) -> bool:
    """A page's script printed as text: calls glued to their names and statements closed by semicolons or
    braces, their marks a large share of the line ('"); jQuery("#212 h3").html("'), or several calls and
    statements in a long one. A sentence with brackets ("Rabu (16/4/2025); …") has a space before them and few
    such marks."""
    text = line.strip()
    if not _CODE_END.search(text):  # most lines: every line of every page comes here
        return False
    calls = len(_CODE_CALL.findall(text))
    if not calls:
        return False
    marks = sum(ch in "{}();=" for ch in text)
    return (marks >= max(_CODE_MARKS_MIN, _CODE_MARKS_SHARE * len(text))
            or (calls >= _CODE_STATEMENTS and text.count(";") >= _CODE_STATEMENTS))  # a long script


def _credit_caption(line: str, editorial: Editorial) -> bool:
    """A picture's caption closed by its agency's initials or name: "Saudi Energy Minister Prince Abdulaziz bin
    Salman (SPA)", "Police clash with opposition activists (Reuters)", by initials and the medium ("… desa Compang
    Ndejing (FEC Vidio)"), or by the agencies and the photographer
    glued to its last word ("Bangkok shrouded in smogPAP/EPA/NARONG SANGNAK"). Not an organisation's name with its
    acronym ("Badan Pusat Statistik (BPS)"), not a quote, not a paragraph closed by a source note after its
    sentence."""
    if _GLUED_CREDIT.search(line.strip()) and len(line.split()) <= 30 and not any(q in line for q in _QUOTES):
        return True
    found = (re.search(r"[(\[]([A-Z]{2,6})[)\]]$", line.strip())
             or re.search(r"[(\[]([A-Z][\w .-]{2,30})[)\]]$", line.strip()))  # "… (Reuters)", "… [Reuters]"
    if not found or any(q in line for q in _QUOTES) or found.group(1) in _HEADLINE_LABELS:
        return False
    agency = fold(found.group(1)) in _agency_names(editorial)
    if not found.group(1).isupper() and not agency and not _MEDIUM_CREDIT.fullmatch(found.group(1)):
        return False
    before = line.strip()[: found.start()].strip()
    words = before.split()
    if not 2 <= len(words) <= 25 or _SENTENCE_END.search(before):
        return False
    if not agency and fold(before) in gazetteer.place_names():
        return False  # a place and its region's initials, a subheading over its figures: "Kulon Progo (DIY)"
    return not _spells_acronym(words, found.group(1))


_CREDIT_AFTER_STOP = re.compile(r"[.!?]\s*\(([A-Z]{2,6})\)$")  # "… over the Java Sea. (AP)"
_AGENCY_CAPTIONS_MIN = 2  # lines closed by one agency's initials that make a gallery's captions
_MEDIUM_CREDIT = re.compile(r"[A-Z]{2,8} (?i:foto|photo|video|vidio|tv)")  # "(FEC Vidio)": initials and the medium

_LABEL_WORD_ZIPF = 3.0  # the label's first word a common Indonesian word ("ANAK", "RUSAK")


def _labelled_caption(line: str, labels: Counter) -> bool:
    """Among the paragraphs, a caption under a label in capitals whose first word is a common Indonesian word no
    English word shares: not a dateline (a place: "JAKARTA: …"), not an English page's label ("UPDATE: …", "STORY:
    …"), not a transcript's speaker, whose label opens several paragraphs ("HOST: …")."""
    if not _KICKED_CAPTION.fullmatch(line) or any(q in line for q in _QUOTES):
        return False  # a caption quotes no one: "BACA JUGA: …“Kami …”" is a promo glued to a paragraph
    label = line.split(":")[0]
    if labels[label] > 1:
        return False
    label = fold(label)
    if _known_place(label):
        return False
    from wordfreq import zipf_frequency

    first = label.split()[0]
    return (zipf_frequency(first, "id", wordlist="small") >= _LABEL_WORD_ZIPF
            and zipf_frequency(first, "en", wordlist="small") == 0)


def _caption_credit_caption(line: str) -> bool:
    """A caption printed twice on one line with its credit between the copies: the same words at both ends, a
    credit alone between them."""
    words = line.split()
    # the copies are as long as the line less a credit: only those lengths are tried (every line comes here)
    shortest = max(_CAPTION_DRAWN_TWICE_WORDS, (len(words) - _CREDIT_WORDS + 1) // 2)
    for size in range((len(words) - 1) // 2, shortest - 1, -1):
        if words[:size] == words[-size:]:
            return _CREDIT_LINE.fullmatch(" ".join(words[size:-size])) is not None
        # … or glued to the first copy's last word ("… di TPST tersebutKompas.com/Jane Roe Petugas …")
        glued = words[size - 1]
        if (words[:size - 1] == words[-size:-1] and len(glued) > len(words[-1]) and glued.startswith(words[-1])
                and glued[len(words[-1])].isupper()
                and _CREDIT_LINE.fullmatch(" ".join([glued[len(words[-1]):], *words[size:-size]]))):
            return True
    # … or with the credit glued to the second copy ("… tersebut. Kompas.com/Josephus PrimusIlustrasi air …"):
    # the second copy starts inside a word, where the line's first word is printed again
    if len(words) < 2 * _CAPTION_DRAWN_TWICE_WORDS:
        return False
    for found in re.finditer(re.escape(words[0]), line):
        start = found.start()
        middle = line[len(line) - start:start]
        if (start > len(line) // 2 and line[start:] == line[:len(line) - start] and middle[:1].isspace()
                and not line[start - 1].isspace() and _CREDIT_LINE.fullmatch(middle.strip())):
            return True
    return False


def _line_runs(lines: list[str], belongs) -> list[list[int]]:
    """The runs of lines `belongs` takes (given the stripped text), apart only by blank lines or lines without a
    letter (list markers, rules drawn in dashes)."""
    runs, run = [], []
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or not _letters(text):
            continue
        if belongs(text):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    return runs + [run] if run else runs


def _dated_link_list(lines: list[str]) -> list[int]:
    """The lines of every run of _DATED_LINKS_MIN or more titles each followed by a date after a dash or a bar,
    apart only by blank lines or lines without a letter (list markers)."""
    def dated_link(text: str) -> bool:
        found = _DATED_LINK.fullmatch(text)
        return bool(found and dates.stamp_text(found.group("date")))

    return [i for run in _line_runs(lines, dated_link) if len(run) >= _DATED_LINKS_MIN for i in run]


def _aged_teasers(lines: list[str]) -> list[int]:
    """The lines of every run of _AGED_TEASERS_MIN or more other stories' teasers, each a label of the story's
    section and age ("US News1 week ago", "Politik 2 jam lalu") over its headline, apart only by blank lines or lines
    without a letter (list markers)."""
    lettered = [i for i, line in enumerate(lines) if _letters(line.strip())]
    found, run, position = [], [], 0
    while position < len(lettered):
        label = lettered[position]
        title = lettered[position + 1] if position + 1 < len(lettered) else None
        if (_AGED_LABEL.fullmatch(lines[label].strip()) and title is not None
                and not _AGED_LABEL.fullmatch(lines[title].strip())
                and len(lines[title].split()) <= _PROMO_MAX_WORDS):
            run += [label, title]
            position += 2
            continue
        found += run if len(run) >= 2 * _AGED_TEASERS_MIN else []
        run = []
        position += 1
    return found + (run if len(run) >= 2 * _AGED_TEASERS_MIN else [])


# a story's section and its age, the two maybe run together: "Legal1 day ago", "World 3 hours ago", "Politik 2 jam lalu"
_AGED_LABEL = re.compile(r"(?:(?-i:[A-Z])[\w&'’.]*(?:\s(?-i:[A-Z])[\w&'’.]*){0,2}\s?)?\d{1,2}\s+(?:seconds?|minutes?|mins?|"
                         r"hours?|hrs?|days?|weeks?|months?|years?|detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+"
                         r"(?:ago|(?:yang\s+)?lalu)", re.IGNORECASE)
_AGED_TEASERS_MIN = 2


def _menu_rows(lines: list[str]) -> list[int]:
    """A site's menus and boxes printed one link a row, each link's separator left after it ("Local News |" /
    "National/World |" / "Weather |", "TWEET@ABC30 |"): every run of short lines that are no sentence, apart only by
    blank lines or lines without a letter (rules drawn in dashes), in which _MENU_ROWS_MIN or more end in a bar.
    The short lines of the run without a bar are the same boxes' labels ("Text Message", "FREE ABC30 WIDGET")."""
    def short_row(text: str) -> bool:
        return (len(text.split()) <= _MENU_ROW_WORDS and not text.startswith("|")
                and not _SENTENCE_END.search(text.rstrip(" |")))

    return [i for run in _line_runs(lines, short_row)
            if sum(lines[k].rstrip().endswith(" |") for k in run) >= _MENU_ROWS_MIN for i in run]


_MENU_ROW_WORDS = 6  # "Sign up for Breaking News Alerts": a box's label among the rows
_MENU_ROWS_MIN = 3


def _menu_in_a_line(line: str) -> bool:
    """Many words, each capitalised, nothing but letters between them (a table cell's bar may close them): a
    menu's items run together. A headline in title case is shorter, and a paragraph has its small words in lower
    case and its commas and stops."""
    text = line.strip().removesuffix("|").rstrip()
    words = text.split()
    return (len(words) >= _MENU_LINE_WORDS and _MENU_ITEMS.fullmatch(text) is not None
            and all(word[:1].isupper() for word in words if word[:1].isalpha()))


_MENU_LINE_WORDS = 20  # a headline in title case runs to 16 (_CAPITALISED_HEADLINE_WORDS); the dev set's to 15
_MENU_ITEMS = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+(?:&\s+)?[^\W\d_][\w'’&-]*)*")


def _spells_acronym(words: list[str], acronym: str) -> bool:
    """Whether the last words before an acronym spell it: from a word with its first letter, the others in
    order ("Badan Pusat Statistik (BPS)", "Kopdes Merah Putih (KDMP)")."""
    window = words[-(len(acronym) + 1):]
    for start, word in enumerate(window):
        if word[:1].upper() != acronym[0]:
            continue
        letters = iter("".join(window[start:]).lower()[1:])
        if all(letter in letters for letter in acronym[1:].lower()):
            return True
    return False


def clean(document: RawDocument, editorial: Editorial) -> CleanDocument:
    removed: dict[int, str] = {}  # 0-based line index → rule
    lines, label_prefixes, bracketed_stamps = _prepare(document.text.split("\n"), removed)
    text_of: dict[int, str] = {}  # paragraphs whose text was changed (dateline prefix taken off)
    further_reading: list[str] = []
    source_notes: list[str] = []

    # 1. Line rules, top to bottom.
    prose_seen = False
    paragraph_seen = False  # a stop line opens the comments only under a paragraph, not a short line
    sentence_seen = False  # … and a paragraph that ends its sentence: not only a deck ("Rights groups say …")
    article_paragraph_seen = False  # … and one as long as the article's paragraphs
    stopped_by: str | None = None
    closed_by_end_mark = False  # a paragraph closed by its editors' initials ("… (bal/sss)") or an agency's end
    # mark ("… villages./.") ended the article
    # the labels in capitals that open the page's lines, each counted once per text (a caption printed twice is one)
    caption_labels = Counter(line.split(":")[0] for line in {line.strip() for line in lines}
                             if _KICKED_CAPTION.fullmatch(line))
    first_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    credits_closing_two_lines = _credits_closing_two_lines(lines)
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not line or index in removed:
            index += 1
            continue
        if stopped_by:
            removed[index] = f"after:{stopped_by}"
            index += 1
            continue
        if _page_code(line):
            removed[index] = "page-code"
            index += 1
            continue
        if _EMOTICON.fullmatch(line) and _between_two_paragraphs(lines, index):
            index += 1  # the writer's face between two of the article's paragraphs (":'(" in a chatty explainer)
            continue
        folded = fold(line)
        if index == first_line and any(rule.headline_on_top and rule.match(line, folded) for rule in editorial.rules):
            index += 1  # the page opens with a video story's headline ("VIDEO: X"), no link's or credit's line
            continue
        for rule in editorial.rules:
            found = rule.match(line, folded)
            if not found and rule.name == "photo-caption" and _NICKNAME_IN_QUOTES.search(line):
                # a nickname in quotes inside a name ('President Joko “Jokowi” Widodo (right) …') quotes no one: a
                # caption that names him is still the picture's
                bare = _NICKNAME_IN_QUOTES.sub(r"\g<given> \g<nick>", line)
                found = rule.match(bare, fold(bare))
            if not found:
                continue
            if rule.kind == "drop":
                if looks_like_prose(line) and not rule.prose and not rule.matches_line_exactly(line):
                    continue
                # the date line with the post's category in a cell ("Kategori : Adventure | Jul 02, 2022"): left for
                # the date lines below, which read its date
                if rule.name == "topic-tags" and dates.stamp_text(line):
                    break
                if (rule.name == "photo-caption" and _reporter_credit(line, editorial)
                        and _closing_credit(line) not in credits_closing_two_lines):
                    continue
            elif rule.kind == "promo" and isinstance(found, re.Match):
                title = found.group("title").strip().rstrip(" :").strip()
                if not _promo_title(title, quoted=bool(found.groupdict().get("q"))):
                    continue  # "Lihat: pemerintah sudah ... ." is a sentence, not a title announced
                further_reading.append(title)
            elif rule.kind == "source" and isinstance(found, re.Match):
                picture_title = _credit_under_a_pictures_title(lines, index, removed)
                if picture_title:
                    # among the paragraphs, a picture's title (maybe its alternative text over it) and where the
                    # picture came from, not the article's source ("Sagu sebagai makanan khas Papua" / "sumber:
                    # wikipedia" / "Papeda dibuat …")
                    removed.update((k, "photo-caption") for k in picture_title)
                    removed[index] = "photo-credit"
                    break
                stamp = dates.stamp_text(line)
                if stamp:  # "Source: The Jakarta Post - September 4, 2007": the source, and the date line it is
                    source_notes.append(re.split(r"\s+[-–—|·•,]\s*", found.group("source").strip())[0])
                    break  # left for the date lines below, which read its date
                source_notes.append(found.group("source").strip())
            elif (rule.kind == "stop" and paragraph_seen and (sentence_seen or not _under_a_date_line(lines, index))
                  # no paragraph of the article's length yet, and one under it: a notice over the story (a wire's
                  # copyright under the headline, an app's pitch over it), which closes nothing
                  and (article_paragraph_seen or not _over_an_article_paragraph(lines, index))):
                stopped_by = rule.name
                if _COMMENT_WRITER.fullmatch(line):
                    removed.update((i, rule.name) for i in _comment_over_its_writer(lines, index, removed))
                if rule.name == "comment-buttons":  # a blog prints the buttons under each comment: the first's above
                    comment = _previous_line(lines, index)
                    if comment is not None and comment not in removed:
                        removed[comment] = rule.name
                removed.update((i, rule.name) for i in _earlier_items_of_the_list(lines, index, removed))
                removed.update((i, rule.name) for i in _comments_under_their_count(lines, index, removed))
            elif rule.kind == "link" and not prose_seen:  # over the article, its own headline may come next
                title = _next_line(lines, index)
                if title is not None and _headline_like(lines[title].strip()) and title - index <= 2:
                    removed[title] = rule.name
            elif rule.kind == "contents":
                removed.update((i, rule.name) for i in _contents_entries(lines, index))
            elif rule.kind == "item":  # its one item under it: the picked video's title, kept as further reading
                item = _next_line(lines, index)
                if item is not None and item - index <= 2 and _short_headline_like(lines[item].strip()):
                    removed[item] = rule.name
                    further_reading.append(" ".join(lines[item].split()))
            elif rule.kind in ("block", "link"):
                following, listed = index + 1, []
                while following < len(lines) and following - index <= _BLOCK_LIMIT:
                    candidate = lines[following].strip()
                    if not prose_seen and candidate and dates.stamp_text(candidate):
                        # at the top of the page, the article's date line ends the list, and the headline over it
                        # is the article's: "Most Read" / "Most Commented" / … / headline / "Published: …"
                        if listed and _headline_like(lines[listed[-1]].strip()):
                            listed.pop()
                        break
                    copy = _next_line(lines, following)
                    if (not prose_seen and copy is not None and _headline_like(candidate)
                            and _same_line(candidate, lines[copy])):
                        break  # the headline printed twice (the page's and its title bar's) ends the list over it
                    if (listed and all(_title_case(lines[k]) for k in listed) and not _title_case(candidate)
                            and looks_like_prose(candidate) and len(candidate.split()) >= _CUT_COPY_MIN_WORDS
                            and "," in candidate and not candidate.endswith(("...", "…")) and not _BULLET.match(candidate)
                            and copy is not None and _sentence_line(lines[copy])):
                        # a paragraph in a sentence's case under links in title case, its stop lost, the article's
                        # sentences going on under it
                        break
                    if (candidate and looks_like_prose(candidate) and not _short_headline_like(_unbulleted(candidate))
                            and not candidate.endswith(("...", "…"))  # a link's excerpt, cut: still the list
                            # … or whole, its button under it ("… menimbulkan sejumlah dampak." / "Baca Selengkapnya")
                            and not (copy is not None and _READ_MORE_BUTTON.fullmatch(lines[copy].strip()))
                            and len(candidate.split()) > _BLOCK_CAPTION_WORDS  # a picture's "Musher Aliy Zirkle."
                            # a bulleted item under the label, as the items before it: a link, however it reads
                            and not (_BULLET.match(candidate) and all(_BULLET.match(lines[k].strip()) for k in listed))):
                        # the paragraph ends the list; a headline and its author's line with the date right over it
                        # are the article's head, not the list's last link ("BUDAYA" / "Hari Jadi Ulos …" / "Oleh :
                        # Jane Roe | 15-Des-2017, 11:33:35 WIB" / "KabarIndonesia - Ambarita, …")
                        if (len(listed) >= 2 and _BYLINE_WITH_DATE.match(lines[listed[-1]].strip())
                                and dates.stamp_text(lines[listed[-1]].strip())
                                and _headline_like(lines[listed[-2]].strip())):
                            del listed[-2:]
                        break
                    if candidate:
                        listed.append(following)
                    following += 1
                # at the top of the page, a label over fewer lines than a list is the section's ("Trending" over
                # the headline and its picture's caption)
                if prose_seen or len(listed) >= _LINK_LIST_MIN:
                    removed.update((i, rule.name) for i in listed)
                # nothing listed under a "Read more" among the paragraphs: it is the button of the link right over
                # it, another story's title with no stop ("Jakarta governor … trial: everything you need to know");
                # over the first paragraph, under no finished sentence, that title is the article's own headline
                title = _previous_line(lines, index)
                if (prose_seen and not listed and _READ_MORE_BUTTON.fullmatch(line) and title is not None
                        and any(_sentence_line(lines[k]) for k in range(title) if k not in removed)
                        and title not in removed and _promo_title(lines[title].strip(), quoted=False)
                        and not _SENTENCE_END.search(lines[title].strip())
                        and _headline_like(lines[title].strip())):
                    removed[title] = rule.name
            removed[index] = rule.name
            # the editors' initials alone on their line under the article's paragraphs ("(abw/haf)", maybe under a
            # video's promo) end it as they do closing its last paragraph
            # … and so does the editor's line alone under them ("Editor : Jane Roe"), a byline's rule took
            needed = (_PARAGRAPHS_OVER_INITIALS if _EDITORS_INITIALS_ALONE.fullmatch(line)
                      else _PARAGRAPHS_OVER_EDITOR_LINE if rule.name == "byline" and _EDITOR_LINE.fullmatch(line)
                      else None)
            if needed is not None and sum(
                    looks_like_prose(lines[k]) and len(lines[k].split()) >= _ARTICLE_START_WORDS
                    for k in range(index) if k not in removed) >= needed:
                closed_by_end_mark = True
            break
        else:
            if closed_by_end_mark:
                removed[index] = "after:editors-initials"  # the page's widgets under the article, however they read
                index += 1
                continue
            above = index - 1
            if line[:1].islower() and above in removed and lines[above].strip():
                # the line under a widget's words a rule took, going on in lower case: the rest of them ("Gift
                # Premium Articles" / "to Anyone")
                taken = next((r for r in editorial.rules if r.name == removed[above] and r.kind == "drop" and r.prose),
                             None)
                joined = f"{lines[above].strip()} {line}"
                if taken is not None and taken.match(joined, fold(joined)):
                    removed[index] = taken.name
                    index += 1
                    continue
            run = _carried_on_lines(lines, index, removed)
            if run and not dates.stamp_text(line):  # (a date line over a picture's file name is no sentence)
                # a widget's sentence broken over short lines, each going on in lower case ("Ikuti update" / "berita
                # pilihan dan" / "breaking news … lewat Grup Telegram …"): the rules read it joined, a rule that
                # takes a line under it alone being that line's (a subheading over a post's author: "Reaksi
                # Warganet" / "jo ✨ @joinontario")
                joined = " ".join(lines[k].strip() for k in (index, *run))
                rule = next((r for r in editorial.rules if r.kind == "drop" and r.prose and r.match(joined, fold(joined))
                             and not any(r.match(lines[k].strip(), fold(lines[k])) for k in run)), None)
                if rule is not None:
                    removed.update((k, rule.name) for k in (index, *run))
                    index = run[-1] + 1
                    continue
                if _credit_caption(joined, editorial) and not _credit_caption(lines[index], editorial):
                    # … or a caption broken over lines, its agency closing the last ("Distraught relatives … about" /
                    # "the plane at Jakarta Airport [Reuters]")
                    removed.update((k, "photo-caption") for k in (index, *run))
                    index = run[-1] + 1
                    continue
            if not prose_seen and len(line) >= _CUT_DESCRIPTION_CHARS and _cut_inside_a_word(line):
                # over the article, the page's description cut at its length inside a word ("Wakil Menteri … mengunjungi
                # Galeri Ulos Sianipar dan UKM Bersama sekalig"): no paragraph ends so, and a headline cut so is
                # shorter ("… due to monsoon floods, landslides, and upro")
                removed[index] = "cut-description"
                index += 1
                continue
            if (_credit_caption(line, editorial) or _caption_closed_by_place_and_day(line)
                    or (prose_seen and _labelled_caption(line, caption_labels))
                    or (_SITE_AND_PHOTOGRAPHER_CLOSING.search(line) and not any(q in line for q in _QUOTES))
                    # "… Papua province, Indonesia.PHOTO: AP", or broken off inside its credit's bracket: "… proyek
                    # Hambalang. (photo : Kompas -" (a paragraph reporting a quote may close so: "…,” the navy
                    # chief said. PHOTO: REUTERS")
                    or ((_CLOSED_BY_PHOTO_CREDIT.search(line) or _CREDIT_BROKEN_OFF.search(line))
                        and not _REPORTING_WORD.search(line))):
                removed[index] = "photo-caption"
            prose = looks_like_prose(line)
            initials = _EDITORS_INITIALS_CLOSING.search(line)
            closed_by_end_mark = ((initials is not None and looks_like_prose(line[:initials.start() + 1]))
                                  or (_WIRE_END_MARK.search(line) is not None and prose))
            prose_seen = prose_seen or prose
            # a headline asking a question is prose-like; a comments link under it stops nothing; nor does one under
            # a line printed twice in a row, a picture's caption drawn twice over the page ("… per orang/NET" twice,
            # then "KOMENTAR", the comments' button, over the article)
            asking = line.rstrip().endswith("?")  # (in title case, however long, a headline asking: "Bagaimana Nasib …?")
            paragraph_seen = paragraph_seen or (prose and (
                not asking or (len(line.split()) >= _STOP_PARAGRAPH_WORDS and not _title_case(line)))
                and not _printed_twice_in_a_row(lines, index))
            sentence_seen = sentence_seen or (paragraph_seen and prose and bool(_SENTENCE_END.search(line)))
            article_paragraph_seen = article_paragraph_seen or (prose and len(line.split()) >= _ARTICLE_START_WORDS)
        index += 1

    for i in _printed_three_times(lines):
        removed[i] = "photo-caption"
    for i in _screen_readers_caption(lines, removed) + _caption_broken_before_its_credit(lines, removed):
        removed[i] = "photo-caption"
    for i in _repeated_blocks(lines):
        removed.setdefault(i, "repeated-block")
    for i in _reprinted_article(lines):
        removed.setdefault(i, "repeated-article")
    # the picture's description a screen reader gives before its labelled caption ("Grand Mosque and Kabaa in
    # Mecca" over "Image caption Up to 25,000 British Muslims …"): the picture's too
    # Among the paragraphs, a picture's title over its caption, in the caption's words ("Pohon tumbang di Depok" over
    # "Ilustrasi - Pohon tumbang menutup akses Jalan …, Kota Depok, …. (Liputan6.com/ Nama)"), is the picture's too.
    first_paragraph = next((i for i, line in enumerate(lines) if len(line.split()) >= _PICTURE_DESCRIPTION_WORDS
                            and looks_like_prose(line) and i not in removed), len(lines))
    for i, line in enumerate(lines):
        if removed.get(i) != "photo-caption":
            continue
        above = _previous_line(lines, i)
        if above is not None and above not in removed and _caption_printed_cut(lines[above], line):
            removed[above] = "photo-caption"
            continue
        # … or further up, over the headline printed again and the drop cap ("Great accomplishment: … on Sunday" /
        # … / "G" / "reat accomplishment: … on Sunday. The service … (JP/Jane Roe)")
        earlier = next((k for k in range(max(0, i - _HEAD_LINES), i) if k not in removed and lines[k].strip()
                        and _caption_printed_cut(lines[k], line)), None)
        if earlier is not None:
            removed[earlier] = "photo-caption"
        if (above == i - 1 and above not in removed and not _SENTENCE_END.search(lines[above].strip())
                and len(os.path.commonprefix([lines[above].split(), line.split()])) >= _ALT_TEXT_SHARED_WORDS):
            # the picture's alternative text right over its caption, the same clause opening both and no stop
            # ("A woman cries for her daughter, … in Lake Toba" / "A woman cries for her daughter, … on June 19,
            # 2018. Photo by …"); a deck the caption words again shares a few words ("The hunt is now focused on
            # the crashed plane's …" / "The hunt is now focused on the crashed Sriwijaya Air plane's …")
            removed[above] = "photo-caption"
            continue
        if above is None or above in removed or len(lines[above].split()) > _PICTURE_DESCRIPTION_WORDS:
            continue
        title = lines[above].strip()
        if _SCREEN_READER_CAPTION.match(line.strip()) and not _SENTENCE_END.search(title):
            removed[above] = "photo-caption"
        elif (above > first_paragraph and (_title_case(title) or not _SENTENCE_END.search(title))
              and not _NUMBERED.match(title)  # a numbered subheading over its picture: "1. Pohon tumbang ketika …"
              and any(looks_like_prose(lines[k]) for k in range(i + 1, len(lines)) if k not in removed)
              and _in_words_of(title, line)):
            removed[above] = "photo-caption"  # (under the last paragraph, a headline over its picture: the page's)
        elif above == i - 1 and above < first_paragraph and _pictures_title_under_the_headline(lines, above):
            # at the top, the picture's title glued to its caption, in the words of the headline set apart over it
            # ("Nias world-famous stone-jumpers" / "" / "Nias's stone-jumpers" / "A young Nias man … Photo: Name")
            removed[above] = "photo-caption"
        elif above == i - 1 and any(removed.get(k) == "photo-caption" and fold(lines[k]) == fold(title)
                                    for k in range(above)):
            removed[above] = "photo-caption"  # … and glued over another caption further down, the same title again
        elif (above == i - 1 and _SCENE_PHRASE.fullmatch(title)
              and any(looks_like_prose(lines[k]) for k in range(i + 1, len(lines)) if k not in removed)
              and _blank_lines_between_paragraphs(lines, [k for k, text in enumerate(lines)
                                                          if text.strip() and k not in removed])):
            # on a page that sets its paragraphs apart, a phrase glued to the caption is the picture's description
            # ("Boys on a trampoline" over "'…,' says one surgeon. Photograph: Jane Roe/Getty Images")
            removed[above] = "photo-caption"
    for i in _picture_glued_under_a_paragraph(lines, removed):
        removed.setdefault(i, "photo-caption")
    # pictures' captions in a table's one cell among the paragraphs, two or more, as a blog's editor lays each
    # picture out ("People scrambling The Gunungan, everyone happy |"); one such line alone may be the text's, and
    # a cell at the top in title case may hold the headline ("Kabupaten Kaur Adalah … |"), where one in a sentence's
    # case is the first picture's ("Wamenparekraf Angela tanoesoedibjo bersama Pemilik Galeri Ulos … |")
    cells = [i for i, line in enumerate(lines)
             if (i > first_paragraph or not _title_case(line)) and i not in removed
             and _CAPTION_IN_A_CELL.fullmatch(line.strip()) and 2 <= len(line.split()) - 1 <= _CAPTION_IN_A_CELL_WORDS]
    if len(cells) >= 2:
        removed.update((i, "photo-caption") for i in cells)
    for i in _keyword_lines(lines, removed):
        removed.setdefault(i, "keywords")
    for i in _tag_list(lines, removed):
        removed.setdefault(i, "keywords")

    # The desk and the place over a paragraph that opens with the same place ("Daijiworld Media Network – Riyadh"
    # over "Riyadh, May 11: …"): a byline, not a headline. A name of a word or two and a place the gazetteer
    # knows ("SBNpro – Siantar") is the dateline alone on its line, whatever opens the paragraph.
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    desk_dateline = None  # the place of such a dateline, the article's dateline (step 5)
    for i, below in zip(nonblank[:_HEAD_LINES], nonblank[1:_HEAD_LINES + 1]):
        found = _DESK_AND_PLACE.match(lines[i].strip())
        if not found or i in removed or len(lines[i].split()) > 8:
            continue
        if re.match(re.escape(found.group("place")) + r"\b\s*[,:(–—-]", lines[below].strip(), re.IGNORECASE):
            removed[i] = "byline"
        elif len(lines[i].split()) <= _DESK_DATELINE_WORDS and fold(found.group("place")) in gazetteer.place_names():
            removed[i] = "dateline"
            desk_dateline = desk_dateline or _place(found.group("place"))

    # A caption printed twice, the second time with its credit: "Liga 1 2023-2024." over "Liga 1 2023-2024. (X/Y)",
    # the second taken for a caption by the rules above or by its credit after the first's words ("…, Senin 28
    # Desember 2020." over "…, Senin 28 Desember 2020. /Pikiran Rakyat/Aris M Fitrian"). At the top of the page, a
    # headline in title case over itself with the credit is the headline, printed again as the caption of the
    # picture under it ("Inflasi Oktober Dipicu …" over "… Foto: Nama"). The first copy may be cut short.
    prose_seen = False
    for i, line in enumerate(lines):
        if i in removed or not line.strip():
            continue
        following = _next_line(lines, i)
        # (either copy maybe with a space typed twice: "Rabu, 8  September 2021.")
        text, copy = " ".join(line.split()), " ".join(lines[following].split()) if following is not None else ""
        if (following is not None
                and (removed.get(following) == "photo-caption"
                     or (following not in removed and _credit_after_copy(text, copy)))
                # the first copy maybe cut short by the widget: "… At least 16 people were injured, three...", its
                # quotes maybe typographic where the second's are typed ("Stub’s" / "Stub's")
                and _plain_quotes(copy).startswith(_plain_quotes(_CUT_END.sub("", text)))
                and len(copy) > len(text)
                and (prose_seen or not (_headline_like(line.strip()) and _title_case(line)))):
            removed[i] = removed[following] = "photo-caption"
        prose_seen = prose_seen or looks_like_prose(line)
    # A subheading printed again under the picture it heads, as its caption with the source after a bar ("Reasons Why
    # Roblox Is Banned in Indonesia" / "Alasan Roblox Dilarang Di Indonesia 1" / "Reasons Why … Indonesia | Roblox"):
    # the copy is the caption, a short line between them the picture's title; the subheading stays.
    for i, line in enumerate(lines):
        found = _CAPTION_WITH_SOURCE.fullmatch(line.strip())
        if i in removed or found is None:
            continue
        between, above = [], _previous_line(lines, i)
        while above is not None and len(between) < 2 and lines[above].strip() != found.group("text"):
            between.append(above)
            above = _previous_line(lines, above)
        if (above is not None and lines[above].strip() == found.group("text")
                and all(_pictures_title(lines[k], _PICTURE_TITLE_WORDS) for k in between)):
            removed.update((k, "photo-caption") for k in [*between, i])

    # A picture's caption, its credit, the caption again, on three lines of one block: the figure as a scraper
    # flattens it ("Menteri … menyegel SPBU …" / "Dian Herdiansyah/TribunJabar.id" / "Menteri … menyegel SPBU …").
    for i, line in enumerate(lines):
        if (i + 2 < len(lines) and line.strip() and not {i, i + 1, i + 2} & removed.keys()
                and fold(line) == fold(lines[i + 2]) and len(line.split()) >= _CAPTION_DRAWN_TWICE_WORDS
                and _CREDIT_LINE.fullmatch(lines[i + 1].strip())):
            removed[i] = removed[i + 1] = removed[i + 2] = "photo-caption"

    # The same figure flattened into one line: the caption, its credit, the caption again ("Suasana tempat parkir …
    # (18/8/2022). KOMPAS.com/ Nugraha Perdana Suasana tempat parkir … (18/8/2022).")
    for i, line in enumerate(lines):
        if i not in removed and _caption_credit_caption(line.strip()):
            removed[i] = "photo-caption"

    # A photo agency's caption in its house style, the place and the day in capitals before a colon ("JAKARTA,
    # INDONESIA - JANUARY 12: Indonesian rescuers …"): no dateline of the article's. The picture's title over it,
    # a few words in title case under the picture's credit, goes with it ("(Photo : …/Getty Images)" / "Recovery
    # Operation Continues …"): it is no headline.
    for i, line in enumerate(lines):
        if i in removed or not _AGENCY_HOUSE_CAPTION.match(line.strip()):
            continue
        removed[i] = "photo-caption"
        title = _previous_line(lines, i)
        credit = _previous_line(lines, title) if title is not None else None
        if (credit is not None and title not in removed and removed.get(credit) in ("photo-credit", "photo-caption")
                and _title_case(lines[title]) and _pictures_title(lines[title], _PICTURE_TITLE_WORDS)):
            removed[title] = "photo-caption"

    # A caption under its kicker, one word and a colon, between a headline-like line and the paragraph its dateline
    # opens ("Thousands flee as …" / "Evacuated: Thousands displaced residents … were evacuated …" / "INDONESIA - …")
    for i, line in enumerate(lines):
        if i in removed or not _WORD_KICKER.fullmatch(line.strip()):
            continue
        above, below = _previous_line(lines, i), _next_line(lines, i)
        if (above is not None and below is not None
                and _short_headline_like(lines[above].strip()) and not _SENTENCE_END.search(lines[above].strip())
                and _kicked_caption_over_dateline(line, lines, below, editorial)):
            removed[i] = "photo-caption"
    # A home page's title bar, its page's title a word or two the page never prints alone ("Home - Official Website
    # of X"), and the site's name printed alone under it in the header ("Official Website of X"): mastheads, no
    # headline. A title bar holding the headline is the headline rule's, which reads the headline out of it.
    for i in [i for i, line in enumerate(lines) if line.strip()][:_HEAD_LINES]:
        found = _TITLE_BAR.fullmatch(lines[i].strip())
        if i in removed or found is None:
            continue
        site, page = fold(found.group("site")), fold(found.group("page"))
        if len(page.split()) > _TITLE_BAR_PAGE_WORDS:
            continue
        # (in the header, over the article's first sentence)
        header = itertools.takewhile(lambda k: not _sentence_line(lines[k]),
                                     range(i + 1, min(len(lines), i + _HEAD_LINES)))
        printed_again = [k for k in header if k not in removed and fold(lines[k]) == site]
        if printed_again and not any(k != i and fold(line) == page for k, line in enumerate(lines)):
            removed.update((k, "masthead") for k in [i, *printed_again])
    # A caption opened by its credit after the copyright sign ("© Reuters/Jane RoeBeautiful but deadly: …"): the
    # few words right over it are the picture's title, no headline ("Mt. Sinabung, Indonesia erupting")
    for i, line in enumerate(lines):
        if removed.get(i) != "photo-caption" or not _CREDIT_FIRST.match(line.strip()):
            continue
        title = _previous_line(lines, i)
        if title is not None and title not in removed and _pictures_title(lines[title], _PICTURE_TITLE_WORDS):
            removed[title] = "photo-caption"

    # Other posts listed with their dates, a sidebar's ("Tips for becoming a good boxer - November 6, 2020"), three
    # or more in a run with nothing but blank lines or list markers between: never the article's headline or date.
    for i in _dated_link_list(lines):
        removed[i] = "link-list"
    # … or each under its section and its age ("Legal1 day ago" / "Pilot arrested for DUI at Georgia airport")
    for i in _aged_teasers(lines):
        removed[i] = "link-list"
    for i in _menu_rows(lines):
        removed[i] = "menu-rows"
    # a menu's items run into one line, no mark between them: "Critters Home Alligators Armadillo Barn Owls …"
    for i, line in enumerate(lines):
        if i not in removed and _menu_in_a_line(line):
            removed[i] = "navigation"

    # A link card the scraper turned into a table: a title in its own cell ("Judul Berita Lain |") over the table's
    # markup ("![]() |", "---|"), which widget-label took.
    for cell, text in enumerate(lines):
        markup = _next_line(lines, cell)
        if (cell not in removed and markup is not None and _OPEN_CELL.fullmatch(text.strip())
                and removed.get(markup) == "widget-label" and "|" in lines[markup]):
            removed[cell] = "link-card"
        # the picture's own table: its image's markup, then its caption in the one cell of the row under it
        # ("![]() |" / "| Petugas saat mengecek kabel ….(ft ist) |")
        if (removed.get(cell) == "widget-label" and "![" in text and markup is not None and markup not in removed
                and _TABLE_CELL.fullmatch(lines[markup].strip())):
            removed[markup] = "photo-caption"

    # An embedded post's own lines above the line that closes it (its link, its author and date): short, with an
    # emoji, or a handle or hashtag and no sentence end (a paragraph that introduces the post ends like a sentence);
    # or short and set apart by more blank lines than the page puts between its paragraphs, as a post's line breaks
    # are printed ("NYC Health Dept is investigating …." / three blank lines / "The patient is in …." / …).
    wider_than_usual = max(_usual_gap(lines), 1)  # blank lines a gap must exceed to set a block apart
    for i, rule in list(removed.items()):
        if rule != "social-embed":
            continue
        k, above = _previous_line(lines, i), i
        for step in range(3):
            if k is None or k in removed:
                break
            line = lines[k].strip()
            wide_gap = above - k - 1 > wider_than_usual and len(line.split()) <= _POST_MAX_WORDS
            if not (_post_line(line) or (step == 0 and _post_text(line)) or wide_gap):
                break
            removed[k] = "social-embed"
            k, above = _previous_line(lines, k), k

    # A post's button to follow its writer ("Follow @writer"), then the readers' replies, one of them to the writer by
    # the handle ("Salam sukses @writer"): the lines from the button down to the last one naming a handle are replies.
    for i, rule in list(removed.items()):
        handle = _HANDLE.search(lines[i]) if rule == "share-prompt" else None
        if handle is None:
            continue
        below = [k for k in range(i + 1, len(lines)) if lines[k].strip()]
        if any(len(lines[k].split()) <= _POST_MAX_WORDS
               and handle.group(0).lower() in {h.lower() for h in _HANDLE.findall(lines[k])} for k in below):
            last = max(k for k in below if _HANDLE.search(lines[k]))
            removed.update((k, "reader-replies") for k in below if k <= last and k not in removed)

    # Readers' comments numbered from 1 over the comment section's closing line ("Comments are closed."), set apart
    # from the article by more blank lines than it puts between its paragraphs: the comments, not the article's list
    for i, rule in list(removed.items()):
        if not rule.startswith("comment-section"):
            continue
        run, k = [], _previous_line(lines, i)
        while k is not None and k not in removed and _NUMBERED.match(lines[k].strip()):
            run.append(k)
            k = _previous_line(lines, k)
        if (run and _FIRST_ITEM.match(lines[run[-1]].strip()) and k is not None
                and run[-1] - k - 1 > wider_than_usual):
            for item in run:
                removed[item] = rule

    # A byline's label alone on its line ("Oleh", "Editor:") and the name printed under it ("RUNIK SRI ASTUTI"),
    # both maybe bulleted ("- Penulis :" / "- Shila Glorya").
    _remove_values_under_labels(lines, removed, "byline", _BYLINE_LABEL, lambda line: _name_alone(_unbulleted(line)))

    # A source's label alone on its line ("Sumber :") and the source named under it, maybe bulleted ("• Antaranews").
    for i, line in enumerate(lines):
        following = _next_line(lines, i)
        if i in removed or following is None or not _SOURCE_LABEL.fullmatch(line.strip()):
            continue
        name = _unbulleted(lines[following])
        if following - i <= 2 and _NAME_LINE.match(name) and len(name.split()) <= _SOURCE_NAME_WORDS:
            removed[i] = removed[following] = "source-note"
            source_notes.append(name)
        elif following - i <= 2 and _AGENCY_AND_PHOTOGRAPHER.fullmatch(name):
            removed[i] = removed[following] = "photo-credit"  # "• ANTARA FOTO/M Agung Rajasa": the picture's, not the story's
            caption = i - 1  # right over the label, no blank between: the picture's caption ("Warga Australia …")
            if (caption >= 0 and lines[caption].strip() and caption not in removed
                    and _pictures_title(lines[caption], _CAPTION_MAX_WORDS)):
                removed[caption] = "photo-caption"

    # A taxonomy's label alone on its line ("Category:") and the category named under it ("General information"),
    # no sentence: the page's filing, not its text.
    _remove_values_under_labels(lines, removed, "widget-label", _TAXONOMY_LABEL,
                                lambda line: len(line.split()) <= _SOURCE_NAME_WORDS
                                and not _SENTENCE_END.search(line.strip()))

    # 2. The outlet (the address's, when the input gives one), and the extra chrome lines its profile names.
    provenance = document.provenance
    profile = outlet_for_url(provenance.url, editorial) if provenance else None
    outlet = profile.name if profile else None
    if profile is None:
        outlet, profile = identify_outlet(lines, set(removed), editorial)
    if profile and profile.chrome:
        for i, line in enumerate(lines):
            if i not in removed and line.strip() and fold(line) in profile.chrome:
                removed[i] = f"outlet:{profile.name}"
    kept = [i for i, line in enumerate(lines) if line.strip() and i not in removed]
    # A line printed twice in a row is a widget drawn twice (a teaser, a caption), never a paragraph; a
    # headline-like one is left to the headline rule below, which knows the headline's repeats.
    # A sentence leading into a list ("The following areas have no water:") is no widget's: its copy goes.
    # Between two paragraphs (or a paragraph and the numbered subheading under it, "2. Melengkapi Koleksi"), a
    # headline-like line in a sentence's case printed twice is a picture's caption drawn twice ("Sapi yang hilang
    # berhasil ditemukan"); a subheading ("Record Highs") keeps a copy, below.
    # Two copies apart by a source's or the writer's line are a standfirst and the lede it repeats, left to the
    # teaser rule below. A paragraph opening with a dateline is the lede, never a widget: it keeps its second copy.
    for position, (before, after) in enumerate(zip(kept, kept[1:])):
        # (a slideshow draws its caption once bulleted, once not; a breadcrumb's last item is the headline under it)
        if not _twins(lines[before], lines[after]) or any(
                removed.get(k, "").startswith(("source-note", "byline", "date-stamp")) for k in range(before + 1, after)):
            continue
        text = lines[before].strip()
        caption = (0 < position < len(kept) - 2 and looks_like_prose(lines[kept[position - 1]])
                   and (looks_like_prose(lines[kept[position + 2]])
                        or _NUMBERED_ENTRY.match(lines[kept[position + 2]].strip()) is not None)
                   and len(text.split()) >= _CAPTION_DRAWN_TWICE_WORDS and not _title_case(text))
        under_headline = position == 1 and _headline_like(lines[kept[0]].strip())
        over_dateline = position + 2 < len(kept) and _opens_with_dateline(lines[kept[position + 2]], editorial)
        if _opens_with_dateline(text, editorial):  # the lede, printed again over itself as its summary
            removed[before] = "repeated-line"
        elif under_headline and _SENTENCE_END.search(text) and not over_dateline:
            # under the headline, the standfirst and the lede it repeats
            removed[after] = "repeated-line"
        elif (under_headline and over_dateline and len(text.split()) >= _CAPTION_DRAWN_TWICE_WORDS
              and not _title_case(text)):
            removed[before] = removed[after] = "photo-caption"  # under the headline, over the dateline: a caption
        elif position == 0 and _lowercase_headline(lines, kept, before):
            continue  # the page's first line, a headline printed in lower case, twice: left to the headline rule
        elif not _short_headline_like(text) or caption:
            removed[after] = "repeated-line"
            if not lines[before].rstrip().endswith(":"):
                removed[before] = "repeated-line"
    for i in _interleaved_widget(lines, kept):
        removed[i] = "widget"
    kept = [i for i in kept if i not in removed]
    # Another article's headline among the paragraphs, its "Baca juga" label lost: a long line in title case next
    # to a paragraph, below another headline-like line, none of whose rarer words the page's other lines use.
    stems = Counter(stem for i in kept for stem in set(_stems(lines[i])))
    page_words = {word for i in kept for word in _words(lines[i])}
    for position, i in enumerate(kept):
        line = lines[i].strip()
        neighbours = [lines[kept[k]] for k in (position - 1, position + 1) if 0 <= k < len(kept)]
        if (len(line.split()) >= _TEASER_MIN_WORDS and _headline_like(line) and _title_case(line)
                and not dates.stamp_text(line)  # a date line with its reporter's name
                and any(_sentence_line(n) for n in neighbours)
                # under the headline, or between the paragraphs on a page printed without one
                and (any(_headline_like(lines[k].strip()) for k in kept[:position])
                     or (sum(_sentence_line(lines[k]) for k in kept[:position]) >= _PARAGRAPHS_ABOVE_AN_UNRELATED_HEADLINE
                         and len(neighbours) == 2 and all(_sentence_line(n) for n in neighbours)))
                and not _SPACED_MARK.search(line)  # "Panik Nggak ? … Yaiyalah !": a blogger's typing, no desk's headline
                and not _subheading_under_the_headline(lines, kept, position)
                and _rare_words_alone(line, stems, page_words)):
            removed[i] = "unrelated-headline"
        # or a related article's headline, as long as a sentence but in title case, between two finished
        # paragraphs after the body began ("Dokter Gadungan Susanto Ternyata Pernah Bekerja di Grobogan 3 Tahun
        # hingga Jadi Direktur RS"): a subheading is shorter; a list's item opens with its number and a stop or a
        # bracket, a score with figures; a headline may open with a count ("2 Pria Ditangkap Buntut Sebar Hoaks …")
        elif (len(line.split()) >= _RELATED_HEADLINE_WORDS and _title_case(line) and not _SENTENCE_END.search(line)
              and not re.match(r"\(|\d+\s*[.)]|\d+\s+(?![A-Z])", line) and not _mostly_figures(line.split())
              # … or under the last paragraph, behind its kicker in capitals ("LOOKING OUT FOR THE LITTLE GUY: …")
              and (len(neighbours) == 2 or (position == len(kept) - 1 > 0 and _KICKER_IN_CAPITALS.match(line)))
              and "|" not in line and not dates.stamp_text(line)  # a byline with its date
              and all(_sentence_line(n) for n in neighbours)
              and sum(_sentence_line(lines[k]) for k in kept[:position]) >= 2):
            removed[i] = "related-headline"
        # or another story's teaser under the article: its headline in title case, then its excerpt cut off with
        # dots ("It's So Cold In Florida That Iguanas Are Freezing And Falling From Trees. It's raining lizards?! …
        # \"Apparently it's so...")
        elif (_WORD_CUT_BY_DOTS.search(line) and _title_case_headline_first(line)
              and any(_sentence_line(lines[k]) for k in kept[:position])):
            removed[i] = "related-headline"
        # … or its excerpt alone between the paragraphs, cut inside a word with dots, none of its rarer words the
        # page's other lines use ("Dua pembalap … mendapat sambutan hangat yang memperlihatkan a..."); the last
        # paragraph of a page printed cut is the article's, and so are excerpts in a row (a digest's)
        elif (_WORD_CUT_BY_DOTS.search(line) and len(line.split()) >= _TEASER_MIN_WORDS
              and sum(_sentence_line(lines[k]) for k in kept[:position]) >= _PARAGRAPHS_ABOVE_AN_UNRELATED_HEADLINE
              and any(_sentence_line(lines[k]) for k in kept[position + 1:])
              and not any(_WORD_CUT_BY_DOTS.search(n.strip()) for n in neighbours)
              # (a near-twin of its own words, "jelang" and "Jepang", is no mistyped name of the page's)
              and _rare_words_alone(line, stems, {word for k in kept if k != i for word in _words(lines[k])})):
            removed[i] = "related-headline"
    kept = [i for i in kept if i not in removed]
    # A paragraph printed again further down, cut short (an excerpt in a sharing box or a related-links block):
    # the copy goes.
    for position, i in enumerate(kept):
        line = lines[i].strip()
        start = " ".join(line.split()[:-1])
        if (len(line.split()) >= _CUT_COPY_MIN_WORDS and not _SENTENCE_END.search(line)
                and any(lines[k].strip().startswith(start) and len(lines[k].strip()) >= len(line) + 20
                        and _sentence_line(lines[k]) for k in kept[:position])):
            removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]
    # An aggregator's excerpt of the lede over the lede itself, behind the site's label, cut, its commas lost
    # ("Terbaiknews - - Sebuah pesta … Kebon PalaMakasarJakarta..." over ", - Sebuah pesta … Kebon Pala, Makasar,
    # Jakarta Timur, …"), or of one of its sentences ("Belasan pekerja … ditangkap polisi saat …" over "Para pekerja
    # … mulai 1 Agustus. Belasan pekerja … ditangkap polisi saat …"): the excerpt goes.
    for i, below in zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES + 1]):
        line = lines[i].strip()
        if line.endswith(("...", "…")):
            excerpt = _letters(_EXCERPT_LABEL.sub("", line))
            full = _letters(lines[below])
            if (len(excerpt) >= _EXCERPT_MIN_LETTERS and len(full) > len(excerpt) + 20
                    and (full.startswith(excerpt) or fuzz.partial_ratio(excerpt, full) >= _EXCERPT_SIMILARITY)
                    and _sentence_line(lines[below])):
                removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]
    # A standfirst's last sentence printed again alone under it, near the top (the lede the standfirst ends
    # with, under the date line): the copy goes, the standfirst stays whole.
    for position, i in enumerate(kept[:_HEAD_LINES]):
        line = lines[i].strip()
        if (len(line.split()) >= _CUT_COPY_MIN_WORDS and _SENTENCE_END.search(line)
                and any(lines[k].strip().endswith(line) and len(lines[k].strip()) > len(line) + 20
                        for k in kept[:position])):
            removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]
    # A summary's bulleted point over the article, its words printed again inside a paragraph below ("- The court
    # handed down …" over "Last Wednesday, the court handed down …"): the point goes, the paragraph stays.
    for position, i in enumerate(kept[:_HEAD_LINES]):
        point = _unbulleted(lines[i])
        if (_BULLET.match(lines[i].strip()) and len(point.split()) >= _CUT_COPY_MIN_WORDS
                and any(_letters(point) in _letters(lines[k]) and len(lines[k].strip()) > len(point) + 20
                        and _sentence_line(lines[k]) for k in kept[position + 1:])):
            removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]
    # Links to other articles dropped among the paragraphs, bulleted between finished sentences, none finished
    # itself ("• Mass murderer … convinced he is about to be released"), each longer than a list's item or a bulleted
    # subheading ("- Bukan air laut"): alone, or two or three in a row when each is a headline in title case (an
    # article's own short list is not: "• KTP asli" / "• Kartu keluarga"); two or more on the page, so that a list
    # of one item is the article's own, unless a headline in title case that shares no word with the paragraph
    # under it (a subheading introduces that paragraph). Closing the page, two or three in a row in title case.
    dropped, unrelated = [], []
    for position, i in enumerate(kept):
        if position == 0 or _BULLET.match(lines[kept[position - 1]].strip()):
            continue
        run = list(itertools.takewhile(lambda k: _BULLET.match(lines[k].strip()), kept[position:]))
        after = position + len(run)
        # (one alone closing the page is a link when in title case: "• Wamena dan Jayapura Rusuh, Gubernur …
        # Hentikan Kejahatan"; an article's list of one is not)
        closing = bool(run) and after >= len(kept) and (len(run) >= 2 or _title_case(_unbulleted(lines[run[0]])))
        if (not run or len(run) > _DROPPED_LINKS_IN_A_ROW or (after >= len(kept) and not closing)
                or not _FINISHED.search(lines[kept[position - 1]].strip())
                or not (closing or _FINISHED.search(lines[kept[after]].strip())
                        or _NUMBERED_ENTRY.match(lines[kept[after]].strip())  # over the article's "1. …"
                        or (len(run) == 1 and _INTRODUCES_LIST.search(lines[kept[after]].strip())))):
            continue
        # (a headline may end with an exclamation or a question mark: "• … Ketakutan Sempat Dirasakannya!", "• PNS
        # Madura … di Kamar Hotel, Selingkuh?"; in title case, as the links are, not a list's sentence)
        if all((not _SENTENCE_END.search(lines[k].strip()) or lines[k].rstrip().endswith(("!", "?")))
               and not lines[k].rstrip().endswith(":")
               and len(lines[k].split()) > _LISTED_HEADLINE_WORDS
               and (len(run) == 1 or _title_case(_unbulleted(lines[k]))) for k in run):
            dropped.extend(run)
            if (len(run) == 1 and _title_case(_unbulleted(lines[run[0]]))
                    and (closing or not _content_stems(lines[run[0]]) & _content_stems(lines[kept[after]]))):
                unrelated.extend(run)
    links = dropped if len(dropped) >= 2 else unrelated
    for i in links:
        removed[i] = "related-links"
    if links:
        kept = [i for i in kept if i not in removed]
    body_start = _body_start(lines, kept, editorial)
    # a picture's caption where the body seemed to start (over its credit, under its label, cut from the lede) is
    # taken out, on a page with no headline too, and the body starts under it
    while body_start < len(lines) and _captioned_picture_above(lines, body_start, removed, editorial):
        removed[body_start] = "photo-caption"
        body_start = _body_start(lines, [i for i in kept if i > body_start], editorial)
    kept = [i for i in kept if i not in removed]
    # a menu or a list of links above the article; under its first sentence, a list of headlines in title case
    # only: a short article's body may start lower than body_start finds it, and a list in a sentence's case under
    # a sentence is the article's own ("- Pertalite naik menjadi Rp 10.000 per liter")
    first_sentence = next((i for i in kept if _sentence_line(lines[i]) and not _BULLET.match(lines[i].strip())),
                          len(lines))
    listed = _introduced_lists(lines, kept)
    for i in kept:
        line = lines[i].strip()
        if (i < body_start and _BULLET.match(line) and not _SENTENCE_END.search(line)
                and (i < first_sentence or _title_case(line))
                and not _key_point(line) and i not in listed
                and not dates.stamp_text(lines[i])):  # "• Aug 03 2020, 19:41 IST" is the date line, bulleted
            removed[i] = "navigation"
    for run in _bulleted_runs(lines, [i for i in kept if i < body_start]):
        _menu_run_whole(lines, run, removed)
    # a picture's credit under its caption: a name and, after a comma, who the photographer works for ("• River
    # otter" / "Dick Randall, Defenders of Wildlife"), the text under it
    for i, below in zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES + 1]):
        if (_NAME_AND_EMPLOYER.fullmatch(lines[i].strip()) and looks_like_prose(lines[below])
                and removed.get(_previous_line(lines, i)) in ("navigation", "photo-caption")):
            removed[i] = "photo-credit"
    kept = [i for i in kept if i not in removed]
    for i in kept[:_HEAD_LINES]:
        if _RELATIVE_TIME.fullmatch(lines[i].strip()):
            removed[i] = "date-stamp"  # "Today at 12:34 PM": when the page was shown, no date of the article's
    kept = [i for i in kept if i not in removed]

    # A picture's alternative text and its caption under it near the top, the same words but the caption's last ones
    # after a dash dropped ("Asia tour destination - Crusty Egg from Betawi - kerak telor" / "Asia tour destination –
    # Crusty Egg from Betawi"), under a headline-like line: the picture's, not a headline a title bar printed again
    for top, i, k in zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES], kept[2:_HEAD_LINES]):
        if (k - i <= _ALT_TEXT_CAPTION_GAP and _alt_text_over_caption(lines[i], lines[k])
                and _headline_like(lines[top].strip())):
            removed[i] = removed[k] = "photo-caption"
    # … or in the caption's own words, right over it, the caption closed by its credit ("Jane Roe arrives at the
    # court in Jakarta" / "Former minister Jane Roe arrives at the court in Jakarta, May 6, 2020. Jane Doe/ via
    # REUTERS")
    for position, (i, k) in enumerate(zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES])):
        if (k == i + 1 and _PHOTOGRAPHERS_CREDIT.search(lines[k]) and _alternative_text(lines[i], lines[k])
                and any(_headline_like(lines[top].strip()) for top in kept[:position])):
            removed[i] = removed[k] = "photo-caption"
    kept = [i for i in kept if i not in removed]
    # Another story's box at the top, over the article's own head: its headline, its date line, its excerpt and the
    # link to read on alone ("DaerahOperasional Pelabuhan … oleh : Jane Roe" / "07-Jul-2018, 14:45 WIB" /
    # "KabarIndonesia - Samosir, Sejak …" / "Namun," / "selengkapnya...."), a headline over a date line further down
    for i in _teaser_box_over_the_article(lines, kept):
        removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]

    # A newsletter's box under its label: the day and hour it is sent, its name and its one-line blurb ("A NEWSLETTER
    # FOR YOU" / "Friday, 8.30 am" / "Asean Business" / "Business insights centering on …")
    for i in [i for i, rule in removed.items() if rule == "newsletter-call"]:
        schedule = _next_line(lines, i)
        if (_SENTENCE_END.search(lines[i].strip()) or schedule is None or schedule in removed
                or not _NEWSLETTER_SCHEDULE.fullmatch(lines[schedule].strip())):
            continue
        removed[schedule] = "newsletter-call"
        following = _next_line(lines, schedule)
        for _ in range(_NEWSLETTER_BOX_LINES):
            if following is None or following in removed or len(lines[following].split()) > _NEWSLETTER_BLURB_WORDS:
                break
            removed[following] = "newsletter-call"
            following = _next_line(lines, following)

    # 3. Publication stamps and section label near the top; stamps anywhere are not prose, except a bare date
    # in the body, which is the article's own (a schedule: "8 Oktober 2020").
    date_stamps: list[str] = []
    above_stamp = None  # the kept line right above the first stamp near the top: the headline, whatever its length
    below_stamp = None
    headline_before = False  # a longer headline-like line stands above it (then the short one is a name: "Harian X")
    stamp_at: dict[int, str] = {}  # position in `kept` → stamp
    prose_over: dict[int, int] = {}  # position in `kept` → the body's prose lines over the stamp there
    prose_in_body = 0
    for position, i in enumerate(kept):
        stamp = dates.stamp_text(_without_section(lines[i], editorial))
        if stamp and stamp == lines[i].strip() and prose_in_body >= 2:
            continue  # a bare date among the paragraphs
        if stamp:
            stamp_at[position] = stamp
            prose_over[position] = prose_in_body
        elif i >= body_start and looks_like_prose(lines[i]):
            prose_in_body += 1
    # A date at the top with the temperature beside it (under it, or above it with the city between) is the site
    # header's weather widget: today.
    today = set()
    for position in [p for p in stamp_at if p <= 2]:
        nearby = [lines[kept[k]].strip() for k in range(max(0, position - 2), min(len(kept), position + 2))
                  if k != position]
        if any(_TEMPERATURE.fullmatch(line) for line in nearby):
            today.add(position)
        # the page's first line, the news ticker's label under it: the top bar's date and ticker ("Tuesday, 23
        # April 2024" / "Trending" / … / the headline)
        under = _next_line(lines, kept[position])
        if position == 0 and under is not None and _TICKER_LABEL.fullmatch(lines[under].strip()):
            today.add(position)
        # … or under the ticker's label, the page's first line ("Breaking News" / "Monday , August 21 2017"), the
        # site's furniture under it; a date with only the headline between it and the body is the page's, under a
        # section's label ("Top Stories" / "Feb 18, 2016" / "Residents of … set to resist eviction" / the body)
        above = _previous_line(lines, kept[position])
        headline_under = _next_line(lines, kept[position])
        if (position <= 1 and above is not None and _previous_line(lines, above) is None
                and _TICKER_LABEL.fullmatch(lines[above].strip())
                and not (headline_under is not None and _next_line(lines, headline_under) == body_start)):
            today.add(position)
        if body_start < len(lines) and dates.contradicted_by_dateline(stamp_at[position], lines[body_start]):
            today.add(position)  # the body's dateline gives another day: the header's today
        # … or the page's first line, a month or more after every day the story's first paragraphs date (the top
        # bar's "Minggu, 5 Oktober 2025" over a story of "Senin (28/4/2025)")
        # (or the days it names by weekday, day and month fall on other weekdays in the stamp's year: "Selasa
        # (27/06)" under "Jumat, 22 Agustus 2025", the story of 2023)
        story = [lines[k] for k in kept if k >= body_start][:_STORY_DATED_PARAGRAPHS]
        if position == 0 and (dates.long_after_the_story(stamp_at[position], story)
                              or dates.weekdays_of_another_year(stamp_at[position], story)):
            today.add(position)
    near = [position for position in stamp_at if position < _HEAD_LINES and position not in today]
    # A date above everything else (but the site's name) is the site header's "today" when another one follows
    # near the top; the header may print it twice ("Monday Nov 18, 2024" / "Monday Nov 18, 2024" / headline /
    # "2022 Mar 28, …"), and under the site's name ("Marine Link" / "Friday, April 19, 2024" / headline / …).
    primary = near[0] if near else None
    if len(near) > 1 and near[0] == 0:
        other = [position for position in near[1:] if stamp_at[position] != stamp_at[0]]
        primary = other[0] if other else near[1]
    elif len(near) > 1 and near[0] == 1 and not _headline_like(lines[kept[0]].strip()):
        # under the site's name, with the headline between them (not a "Last updated" line right under it)
        other = [position for position in near[1:] if position > 2 and stamp_at[position] != stamp_at[1]]
        primary = other[0] if other else primary
    # the line above a date line, unless it is a date line too, or the date line signs the post under the body, no
    # prose under it ("… keep well away from it." / "For more, follow the link" / "Posted: Thu, 28 Apr 2022 10:03 by
    # Jane Roe" / "Tags: …"), a short post's one paragraph maybe ("…" / "Kompas - November 27, 2010")
    signs_the_post = (primary is not None and prose_over[primary] >= 1
                      and not any(looks_like_prose(lines[i]) for i in kept[primary + 1:]))
    if primary and primary - 1 not in stamp_at and not signs_the_post:
        above_stamp = lines[kept[primary - 1]].strip()
        if _CLOSED_BY_PHOTO_CREDIT.search(above_stamp) or (_closed_by_a_credit(above_stamp)
                                                            and not any(q in above_stamp for q in _QUOTES)):
            # a picture's caption closed by its credit, quotes and all ("… titled "…" in Jakarta. PHOTO: AFP"), or by
            # its credit in brackets with no quote ("… since 2007. (Antara Photo/Jane Roe)"), over the date line: the
            # headline stands above it, if the page printed one
            removed[kept[primary - 1]] = "photo-caption"
            above_stamp = None
        below_stamp = lines[kept[primary + 1]].strip() if primary + 1 < len(kept) else None
        headline_before = any(_headline_like(lines[k].strip()) for k in kept[:primary - 1])
    for position in sorted(stamp_at, key=lambda p: p != primary):
        if position not in today:
            date_stamps.append(stamp_at[position])
        removed[kept[position]] = "date-stamp"
    # the page's date in brackets after its standfirst is its date line; a scraper's "date" label has the day
    # only: the page's own date lines, with their time, come first
    date_stamps += [stamp for _, _, stamp in bracketed_stamps]
    date_stamps += [stamp for _, _, stamp in label_prefixes if len(stamp) == 10]
    kept_before_stamps = kept
    kept = [i for i in kept if i not in removed]
    section = None
    for i in kept[:_HEAD_LINES]:
        if fold(lines[i]) in editorial.sections:
            section = section or lines[i].strip()
            removed[i] = "section"
    kept = [i for i in kept if i not in removed]

    # A caption opened by a kicker in capitals right over the paragraph the dateline opens ("RUSAK: BPBD Paser saat
    # mengevakuasi …." over "PROKAL.CO, TANA PASER - …"); a dateline in capitals ("RIYADH: …") has no other under it.
    for top, under in zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES + 1]):
        if (_KICKED_CAPTION.fullmatch(lines[top].strip()) and not any(q in lines[top] for q in _QUOTES)
                and _opens_with_dateline(lines[under], editorial)):
            removed[top] = "photo-caption"
    kept = [i for i in kept if i not in removed]

    # A blog post's labels under its title, the title one of them ("Funny business" / "Taxation, Politics, Funny
    # business"): the labels, not a headline
    for top, under in zip(kept[:_HEAD_LINES], kept[1:_HEAD_LINES + 1]):
        if _labels_naming(lines[under], lines[top]):
            removed[under] = "section"
    kept = [i for i in kept if i not in removed]

    # 4. The headline: the line over the date line (past bylines and a standfirst), else `_find_title`.
    author_above = above_stamp is not None and (_author_name(above_stamp) or _four_word_name(above_stamp)
                                                or _writers_named(above_stamp)  # "Jane Roe & John Doe" over the date
                                                or bool(_PUBLISHER.fullmatch(above_stamp))
                                                or bool(_DATE_LEAD.fullmatch(above_stamp))
                                                or _writer_and_publication(above_stamp, editorial)
                                                # the writer's name over their post, a headline over both
                                                or (primary >= 3 and _writers_post(
                                                    above_stamp, lines[kept_before_stamps[primary - 2]], editorial)))
    if author_above:
        removed[kept_before_stamps[primary - 1]] = "byline"  # "Riki Chandra" / "Minggu, 26 Desember 2021 | 08:15 WIB"
        kept = [i for i in kept if i not in removed]
    if above_stamp is not None and (
            author_above or fold(above_stamp) in editorial.sections or fold(above_stamp) in _brands(editorial)
            or not _short_headline_like(above_stamp) or _navigation(above_stamp, editorial)
            # "CNN Indonesia" / date / the headline: a short line above the date gives way to a headline below it
            or (not _headline_like(above_stamp) and (headline_before or (below_stamp and _headline_like(below_stamp))))):
        # the headline stands above the author's line, which is no headline however it reads
        start = primary - 1 if author_above else primary
        above_stamp = _headline_above(lines, kept_before_stamps, start, editorial) if start else None
    if above_stamp is not None and primary and _headline_like(above_stamp) and not _title_case(above_stamp):
        # the page's first line in a sentence's case, then another over the date line: the headline and its
        # standfirst ("North Summit Fire responds to landfill fire" / "Officials say smoke will …" / date)
        # (with the writer's line between, "Headline" / "Standfirst" / "Jane Roe" / date: the standfirst was
        # taken from over the writer's line)
        earlier = [i for i in kept_before_stamps[:primary - 1] if i not in removed and lines[i].strip() != above_stamp]
        first = lines[earlier[0]].strip() if len(earlier) == 1 else ""
        if (_headline_over_standfirst(first, above_stamp)
                and fold(above_stamp) not in fold(first)  # a breadcrumb ending with the headline ("Home >> … >> X")
                and fold(first) not in editorial.sections and not _navigation(first, editorial)):
            above_stamp = first
    printed_at = next((i for i in kept_before_stamps if lines[i].strip() == above_stamp), None)
    reworded = (_first_printing_over_a_deck(lines, kept_before_stamps, printed_at, removed)
                if printed_at is not None else None)
    if reworded is not None:
        above_stamp = lines[reworded].strip()  # the picture's title reworded over its caption: the first printing
    # a headline in a title bar is printed alone as well, over the article (under it, a picture's title may say the
    # headline's words: "Danger - Sea Lions on Dock" / the post / "Sea Lions on Dock" / "Sea Lions on Dock 2")
    first_paragraph = _body_start(lines, kept, editorial)
    printed = frozenset(fold(lines[i]) for i in kept if i < first_paragraph)
    if above_stamp is not None:  # a title bar over the date line ("Headline - Site"): the headline it prints
        above_stamp = _without_site_name(above_stamp, editorial, printed)
    # A press release prints its headline in capitals right over the dateline's paragraph, under its date and
    # contact lines ("Department of Homeland Security" / "Sept. 14, 2006" / "CONTACT: …" / "U.S. COAST GUARD
    # SEIZES …" / "HONOLULU - …"): longer than a short line over the date, it is the headline.
    capitals = _capitals_over_dateline(lines, kept, first_paragraph, editorial)
    if capitals is not None and (above_stamp is None or not _headline_like(above_stamp)
                                 or len(above_stamp.split()) < len(capitals.split()) / 2):
        above_stamp = capitals
    # A headline with a link's label, the page's first line right over a body that opens with a dateline ("Watch:
    # Runaway vehicle carrier loses brakes …" / "TORRINGTON, CT – …"): the page's own headline, not a link
    labelled = _labelled_headline_over_dateline(lines, kept, first_paragraph, removed, editorial)
    if above_stamp is None and labelled is not None:
        del removed[labelled]
        kept = [labelled, *kept]
        above_stamp = lines[labelled].strip()
        further_reading[:] = [t for t in further_reading if fold(t) not in fold(above_stamp)]
    if kept and _masthead(lines[kept[0]].strip()) and kept[0] < first_paragraph:
        removed[kept[0]] = "masthead"  # the newspaper's name over the article, no headline
        kept = kept[1:]
    # with no date line to find the headline over, a sentence closed by a credit in brackets over the body it
    # found is a picture's caption, however often the page prints it: "… one of the oldest submarines in active
    # service. (Flickr)" (twice, under the headline); a quote is never a caption
    if above_stamp is None and first_paragraph < len(lines):
        removed.update((i, "photo-caption") for i in kept if i < first_paragraph and _headline_like(lines[i].strip())
                       and _closed_by_a_credit(lines[i].strip()) and not any(q in lines[i] for q in _QUOTES))
    # over the body, a line that prints another line whole, then a sentence: the picture's title, the headline
    # again, glued to its caption ("Drownings Draw Attention … Malaysia Rescuers bring bodies …")
    head = [i for i in kept if i <= first_paragraph and i not in removed]  # (the glued line may be the body's start)
    removed.update((k, "photo-caption") for k in head if any(
        i != k and _headline_like(lines[i].strip()) and _glued_to_a_caption(lines[i].strip(), lines[k].strip())
        for i in head))
    kept = [i for i in kept if i not in removed]
    if first_paragraph in removed:
        first_paragraph = _body_start(lines, kept, editorial)
    title = above_stamp or _find_title(lines, kept, first_paragraph, editorial, removed, printed)
    if title is None and 0 in stamp_at and len(kept_before_stamps) >= 3:
        title = _post_title_under_date(lines[kept_before_stamps[1]].strip(), lines[kept_before_stamps[2]].strip())
    if title is None and len(kept) >= 2 and _title_repeated_after_dateline(lines[kept[0]].strip(), lines[kept[1]]):
        title = lines[kept[0]].strip()
    if title is None and kept:
        title = _title_heading_its_description(lines[kept[0]].strip(), [lines[i] for i in kept[1:_HEAD_LINES]])
    if title is None:
        title = _headline_under_article(lines, kept)
    if title is None and len(kept) >= 3 and _pull_quote_repeating(lines[kept[-1]], [lines[i] for i in kept[:-2]]):
        # … or under it a pull quote, the article's words again: the box closing the page
        title = _headline_under_article(lines, kept[:-1])
        if title is not None:
            removed[kept[-1]] = "pull-quote"
            kept = kept[:-1]
    if title is not None:
        kept_texts = [lines[i].strip() for i in kept]
        # the page cut before its headline, a question under it the body answers as its others; or opened by its
        # summary's points, a subheading under them
        if _one_of_its_questions(title, kept_texts) or _under_summary_points(title, kept_texts):
            title = None
    folded_title = fold(title) if title is not None else None
    headline_lines = [i for i in kept if folded_title is not None
                      and fold(_cell_text(lines[i])).startswith(folded_title) and (
        fold(_without_site_name(lines[i], editorial, printed)) == folded_title
        or _headline_with_credit(lines[i], title) or _headline_with_hashtags(lines[i], title)
        or (i < first_paragraph and _headline_extended(lines[i], title)))]
    if not headline_lines:
        title = None  # never a title the text no longer shows
    else:  # and printed again with a sign changed ("50oC" / "50ºC")
        headline_lines = sorted({*headline_lines, *(i for i in kept if i > headline_lines[0] and _same_line(lines[i], title))})
    if title is not None:
        if fold(lines[headline_lines[0]]) == folded_title:
            title = lines[headline_lines[0]].strip()  # printed twice in other cases: the page's first printing
        for n, i in enumerate(headline_lines):
            removed[i] = "repeated-headline" if n else "headline"
        first_title = headline_lines[0]
        # under the post, a gallery's pictures titled with the headline's end, numbered maybe ("Danger - Sea Lions on
        # Dock" / the post / "Sea Lions on Dock" / "Sea Lions on Dock 3"): two or more, or it may be a subheading
        gallery = _gallery_titled_by_the_headline(lines, [i for i in kept if i > first_title and i not in removed],
                                                  title)
        removed.update((i, "photo-caption") for i in gallery)
        # right under the headline's second printing (the picture's title), a person's office and name alone with a
        # stop ("Ketua Komisi Contoh Jane Roe."): the picture's caption, however far down the deck put the body's start
        for i in headline_lines[1:]:
            if i + 1 < len(lines) and i + 1 not in removed and _head_caption(lines[i + 1]):
                removed[i + 1] = "photo-caption"
        # among the paragraphs, the picture's title, the headline again, with its caption glued on ("… Dibuat
        # Anting-antingPenampakan paruh rangkong …"): the caption (right under the headline, the lede glued on)
        for i in kept:
            text = lines[i].strip()
            if (i > first_title and i not in removed and len(text) > len(title) and text.startswith(title)
                    and title[-1:].islower() and text[len(title)].isupper()
                    and any(looks_like_prose(lines[k]) for k in kept if first_title < k < i)):
                removed[i] = "photo-caption"
        # the headline printed again lower down (a list of the site's stories above the article, its own title
        # first): the short lines and the headlines in title case between the two copies are that list, not the
        # article ("Babies" / "We Let Our Baby Cry It Out, and 10 Years Later, This Is What Happened")
        between = [i for i in kept if first_title < i < headline_lines[-1] and i not in removed
                   and (not looks_like_prose(lines[i]) or (_title_case(lines[i]) and _headline_like(lines[i].strip())))]
        if len(between) >= 2:  # one line between them is a deck, under the headline and over its second printing
            for i in between:
                removed[i] = "before-headline"
        # … unless it is a sentence closed by the day the picture was taken, with no stop: the picture's caption
        # between the page's title and the article's headline ("Indonesian rescue team members wait for … on Oct 30
        # 2018"); a deck there tells the story, not a day
        lone = [i for i in kept if first_title < i < headline_lines[-1] and i not in removed]
        if len(lone) == 1 and _caption_between_the_headlines(lines[lone[0]]):
            removed[lone[0]] = "photo-caption"
        # … or a sentence under a picture agency's name alone there ("epa" / "Excavators tear down … 29 February
        # 2016." / the headline again / the body): the picture's credit and its caption, not a wire's byline and
        # the story (which the headline's second printing would not follow)
        if len(lone) == 2 and _picture_agency_alone(lines[lone[0]], editorial) and looks_like_prose(lines[lone[1]]):
            removed[lone[0]] = "photo-credit"
            removed[lone[1]] = "photo-caption"
        # A page that prints its headline (and date) under the article: no prose follows the headline, and a
        # run of paragraphs comes before it. They are the article, not what stands above a headline.
        prose_after = any(i > headline_lines[-1] and i not in removed and looks_like_prose(lines[i]) for i in kept)
        above = [i for i in kept if i < first_title and i not in removed]
        article_above = not prose_after and _article_above(lines, above)
        for i in above if not article_above else ():
            removed[i] = "before-headline"  # site name, tagline, navigation, teasers, notices
        # … and then the words alone right over it, under the last paragraph, are its labels ("…" / "Accountability"
        # / "News" / the headline / its date)
        for i in reversed(above) if article_above else ():
            if not _SECTION_LABEL.fullmatch(lines[i].strip()):
                break
            removed[i] = "section"
        # Between the headline and the article's first paragraph: authors, their desk, the place, labels ("Tim
        # Redaksi"), the caption under a picture's credit; a standfirst (a sentence) stays, and so does a
        # subheading after it that no date line or byline touches.
        # the headline worded again right under it, as long as a paragraph (a second title for search engines):
        # not the body's start
        variants = {i for i in [i for i in kept if i > first_title and i not in removed][:_VARIANT_LINES_UNDER_HEADLINE]
                    if len(lines[i].split()) >= _ARTICLE_START_WORDS and _headline_variant(lines[i].strip(), title)}
        removed.update((i, "repeated-headline") for i in variants)
        body_start = _body_start(lines, [i for i in kept if i >= first_title and i not in variants], editorial)
        while body_start < len(lines) and (_captioned_picture_above(lines, body_start, removed, editorial)
                                           or _tells_picture_positions(lines[body_start])
                                           or _under_a_credit_over_the_dateline(lines, body_start, removed, editorial)
                                           or _under_a_credit_under_the_headline(lines, body_start, removed)):
            body_start = _body_start(lines, [i for i in kept if i > body_start], editorial)  # a caption, not the body
        # under the standfirst, the byline, then the picture's credit and its caption over the body
        for i in [i for i in kept if i > first_title and i not in removed][:_HEAD_LINES]:
            if _under_a_photographers_credit_under_the_byline(lines, i, removed):
                removed.setdefault(_previous_line(lines, i), "photo-credit")
                removed[i] = "photo-caption"
        zone = [i for i in kept if first_title < i < body_start and i not in removed]
        if body_start == len(lines):
            zone = zone[:next((n for n, i in enumerate(zone) if looks_like_prose(lines[i])), len(zone))]
        # one word alone under the headline is its section's or its tag's label ("Bandara"), unless right under a
        # paragraph (a subheading: "History"); a short line it touches is a byline ("Kamal Joshi" over "Delhi")
        for i in zone:
            text = lines[i].strip()
            above = _previous_line(lines, i)
            if (i not in removed and _SECTION_LABEL.fullmatch(text) and not _datelines(editorial).alone.match(text)
                    and not (above is not None and _sentence_line(lines[above]))):
                removed[i] = "section"
        # a wire's name alone under the headline, maybe under the standfirst's points ("Bloomberg", "The Associated
        # Press"): the story is the wire's
        for i in [k for k in kept if k > first_title and k not in removed][:_HEAD_LINES]:
            wire = _wire_alone(lines[i], editorial)
            if wire and any(looks_like_prose(lines[k]) for k in kept if k > i):  # (under the last one, the foot's)
                source_notes.append(wire)
                removed[i] = "source-note"
        _remove_bylines(lines, zone, removed, editorial, title)
        under_title = next((i for i in zone if i not in removed), None)
        dated = {i for i, _, _ in bracketed_stamps}  # a standfirst the page's date closed: no picture's caption
        for i in zone:
            if i in removed or i in dated:
                continue
            credit = _previous_line(lines, i)  # a picture's credit alone on its line, its caption under it
            if _over_a_publications_credit(lines, i, editorial):
                removed[i], removed[i + 1] = "photo-caption", "photo-credit"
                continue
            # (not what a sentence ending with a colon over it announces: "Here's what we know so far:" / "TELL ME.")
            if ((_head_caption(lines[i]) and not _announced_by_a_sentence(lines, i))
                    # a caption cut short that the page prints whole below ("… investigation on Jl")
                    or _cut_short_of_a_later_line(lines[i].strip(), lines[i + 1:])
                    or _SAID_AT_END.search(lines[i].strip())  # a sentence unfinished: a caption
                    # (under a title too short to be taken alone, a line in a sentence's case is its deck: "Bali Nine
                    # Executed" / "Sukumaran and Chan put to death by 12-man firing squad")
                    or (i == under_title and _caption_under_title(lines[i], title)
                                            and len(title.split()) > _TITLE_NEEDING_A_DECK_WORDS
                                            and len(lines[i].split()) > _DECK_PHRASE_WORDS
                                            and not _heads_numbered_list(lines, i)
                                            and not _wrapped_paragraphs_start(lines, i)
                                            and not _deck_by_what_follows(lines, i, removed)
                                            and not _datelines(editorial).alone.match(lines[i].strip()))
                    or _captioned_picture_above(lines, i, removed, editorial)
                    # telling where in the picture someone stands ("… di PN Jaksel (kiri). (Kanan) Seorang penonton …")
                    or _tells_picture_positions(lines[i])
                    # or closed by the social account the picture was taken from ("… her "assault".(Twitter: @jroe)")
                    or _SOCIAL_ACCOUNT_CREDIT.search(lines[i].strip()) is not None
                    # under a credit in brackets too, the paragraph the dateline opens under it: "(AFP PHOTO/JANE
                    # ROE)" / "Anggota Basarnas …" / "TRIBUNJAMBI.COM - …"
                    or _under_a_credit_over_the_dateline(lines, i, removed, editorial)
                    # (not a second headline in the headline's words: "Ammonia leak at Ala. plant sickens at
                    # least 120" under "At least 120 sent to hospitals by ammonia leak at Ala. plant; …")
                    # (not the deck over the writer's labelled byline, the picture's own caption under that)
                    # (not the deck over the picture's caption, which words it otherwise)
                    or (i == zone[-1] and _caption_over_dateline(lines, i, body_start, editorial)
                        and not _deck_over_its_caption_reworded(lines, i, removed)
                        and not (_over_a_labelled_byline(lines, i, removed)
                                 and any(removed.get(k) in ("photo-caption", "photo-credit")
                                         for k in range(i + 1, body_start)))
                        and not (title is not None and _in_words_of(lines[i], title)
                                 and not _PICTURE_MARKUP.search(lines[i])  # (its alt text is the headline's)
                                 and not _PICTURE_SCENE.fullmatch(lines[i].strip())))  # (a scene: no headline)
                    # between the headline and the body, a picture described as a screenshot or a video's still
                    or _SCREENSHOT.match(lines[i].strip())
                    # or closed by its credit glued on ("… di Safari Beach Jateng-ist-", "… © mili.id")
                    or _CREDIT_AFTER.match(lines[i].strip()) is not None
                    # or by the part of a named place it shows ("One of the platforms at Kanab Zipline.")
                    or _PICTURED_PART.fullmatch(lines[i].strip()) is not None
                    # or by a named person doing something at an event, its date and credit lost ("President Jane Roe
                    # talks to the minister during a visit in Natuna")
                    or _PERSON_AT_AN_EVENT.fullmatch(lines[i].strip()) is not None
                    # or its alternative text, a few words in lower case ("illegal timber seized")
                    or (i == zone[-1] and _ALT_TEXT.fullmatch(lines[i].strip()) is not None)
                    # … or that text with its source after a comma ("lompat batu nias, by indonesian tourism")
                    or _ALT_TEXT_CREDITED.fullmatch(lines[i].strip()) is not None
                    # a line under a picture's credit that stands over it ("KOMPAS/NINO CITRA"); a credit in
                    # brackets closes a picture printed without a caption, and the body may follow it
                    or (looks_like_prose(lines[i]) and len(lines[i].split()) <= _CAPTION_MAX_WORDS
                        and removed.get(credit) in ("photo-caption", "photo-credit")
                        and not _BRACKETED.fullmatch(lines[credit].strip())
                        and ("/" in lines[credit] and len(lines[credit].split()) <= _BYLINE_MAX_WORDS
                             or removed.get(credit) == "photo-credit" and len(lines[credit].split()) <= 2))):
                removed[i] = "photo-caption"
            elif _headline_variant(lines[i].strip(), title):
                removed[i] = "repeated-headline"
            elif (_WORD_CUT_BY_DOTS.search(lines[i].strip()) and body_start < len(lines)
                  and _opens_with_dateline(lines[body_start], editorial)):
                # over a body its dateline opens, a line cut off by dots inside its sentence is another text's
                # excerpt (the writer's blurb: "Jane Roe tells both big-sweep and incremental stories about the
                # court and captives at..."), never the article's, which begins at the dateline
                removed[i] = "teaser"
            elif removed.get(_next_line(lines, i)) == "newsletter-call":
                removed[i] = "newsletter-call"  # the sign-up box's title, or its video's, over its notice
            elif ((copy := _next_line(lines, i)) in zone and _twins(lines[i], lines[copy])
                  and not _SENTENCE_END.search(lines[i].strip())
                  and not any(_sentence_line(lines[k]) for k in zone if k < i)):
                # printed twice in a row between the headline and the body, no paragraph over it, and no sentence:
                # a picture's caption drawn twice (its alternative text and its caption), both copies; under a
                # paragraph, a subheading printed twice (its table of contents' entry) keeps a copy
                removed[i] = removed[copy] = "photo-caption"
            elif _teaser(lines[i].strip(), [lines[k] for k in kept if k > i]):
                if looks_like_prose(lines[i]) or not _short_headline_like(lines[i].strip()):
                    removed[i] = "teaser"
                    continue
                # a subheading printed again further down (a table of contents' entry, then the heading): the copy goes
                copy = next((k for k in kept if k > i and fold(lines[k]) == fold(lines[i])), None)
                if copy is not None:
                    removed[copy] = "repeated-line"
        for i in _wrapped_into_a_caption(lines, zone, removed):
            removed[i] = "photo-caption"
        # a short line with no stop glued right over a caption there: the picture's alternative text ("Ratna
        # Sarumpaet sits next to Prabowo Subianto" / "Sarumpaet met with … (Twitter: @fadlizon)")
        for i in zone:
            above = i - 1
            if (removed.get(i) == "photo-caption" and above in zone and above not in removed
                    and not _PICTURE_MARKUP.search(lines[i])  # (a deck stands over a picture's markup)
                    and lines[i].strip()[:1].isupper()  # (a line going on in lower case wraps the one above)
                    and _pictures_title(lines[above], _PICTURE_DESCRIPTION_WORDS)):
                removed[above] = "photo-caption"
        # right under the headline, or under its standfirst (which may open the body): the headline worded again
        # over the picture's caption, the picture's title; further down, a subheading in the headline's words
        removed.update((i, "photo-caption") for i in [k for k in kept if k > first_title and k not in removed][:2]
                       if _headline_reworded_over_its_caption(lines, i, removed, title))
        kept = [i for i in kept if i not in removed]
    elif body_start < len(lines):
        # the body opened by its dateline: a long line over it that breaks off unfinished is a picture's caption or
        # a teaser cut short, not the article's first paragraph (a standfirst is a finished sentence)
        by_dateline = _opens_with_dateline(lines[body_start], editorial)
        listed = _introduced_lists(lines, kept)
        for i in kept:
            later = [lines[k] for k in kept if k > i]
            teaser = _teaser(lines[i].strip(), later) or _quoted_further_down(lines[i], later)  # (or a pull quote)
            cut = by_dateline and not _SENTENCE_END.search(lines[i].strip()) and not _short_headline_like(lines[i].strip())
            cut = cut or (by_dateline and (_BARE_CLAUSE.fullmatch(lines[i].strip()) is not None
                                           or _PICTURE_MOMENT.fullmatch(lines[i].strip()) is not None))
            caption = (_over_a_photographers_credit(lines, i, removed) or bool(_SOURCE_CLOSED.search(lines[i].strip()))
                       or _person_in_the_act(lines[i].strip()) or _caption_cell_under_a_picture(lines, i)
                       or _SENTENCE_IN_A_CELL.fullmatch(lines[i].strip()) is not None)
            if i >= body_start or (looks_like_prose(lines[i]) and not teaser and not cut
                                   and not _numbers_row(lines[i]) and not caption):
                break
            if _carried_on_in_lower_case(lines, i) and not caption:
                break  # a paragraph a hard wrap cut: its sentence goes on in lower case on the next line
            if _PLACE_IN_CAPITALS_CUT.fullmatch(lines[i].strip()) and _next_line(lines, i) == body_start:
                break  # "JAKARTA," / "Indonesia (AP) -- …": the body's dateline, a hard wrap cut at its comma
            if _next_line(lines, i) in listed:
                break  # "Dasar hukum:" over its list: the article's, on a page printed from its middle
            if _under_summary_points(None, [lines[k].strip() for k in kept if k >= i]):
                break  # the summary's points opening the page, the article's
            if _numbering_goes_on(lines, i, kept):
                break  # "3. Dampak …" opening a list's second page, "4. …" under it: the article's subheading
            # no headline: labels, links, a teaser, a picture's caption above the body
            removed[i] = "teaser" if teaser else "photo-caption" if caption else "before-body"
        kept = [i for i in kept if i not in removed]

    # A subheading printed twice in a row (a table of contents' entry over the heading itself): the second goes;
    # a person's name alone printed twice among the paragraphs, the name the paragraphs print too, is a picture's
    # caption and its alternative text.
    for position, (before, after) in enumerate(zip(kept, kept[1:])):
        if before not in removed and fold(lines[before]) == fold(lines[after]):
            removed[after] = "repeated-line"
            if (after == kept[-1] and not _SENTENCE_END.search(lines[before].strip()) and position
                    and looks_like_prose(lines[kept[position - 1]])):
                # under the last paragraph, a line printed twice with nothing after it: a widget's picture and
                # its link ("UK's top ten dog-friendly inns" twice), no heading of anything
                removed[before] = "repeated-line"
            name = lines[before].strip()
            if position and _spot_in_its_region(name):
                removed[before] = "photo-caption"  # "Uluwatu Bali" twice: where a picture was taken, drawn twice
            # right under the date line or the byline, no stop: a picture's caption and its alternative text
            # ("Wednesday 06 May 2020 16:10" / "Workers transporting rubbish …" twice), no subheading of anything
            elif (not _SENTENCE_END.search(name)
                  and removed.get(_previous_line(lines, before), "").startswith(("date-stamp", "byline"))):
                removed[before] = "photo-caption"
            if (position and position + 2 < len(kept) and _NAME_LINE.match(name) and len(name.split()) >= 2
                    and looks_like_prose(lines[kept[position - 1]]) and looks_like_prose(lines[kept[position + 2]])
                    and any(name in lines[k] for k in kept if k not in (before, after) and looks_like_prose(lines[k]))):
                removed[before] = "photo-caption"
    # A writer's name printed twice in a row (its picture's text and its link's): both copies are the byline when
    # a byline rule took one, or when no other line prints the name
    for i in kept:
        copy, name = _next_line(lines, i), lines[i].strip()
        if (copy is not None and fold(lines[copy]) == fold(name) and (_signed_name(name) or _four_word_name(name))
                and (removed.get(i) == "byline" or removed.get(copy) == "byline"
                     or not any(name in lines[k] for k in kept if k not in (i, copy)))):
            removed[i] = removed[copy] = "byline"
    # a picture's caption printed twice on consecutive lines with its last words changed (the alternative text, a
    # draft of the caption: "… Stephen Udvar-Hazy and xx." over "… Stephen Udvar-Hazy and John Plueger."): both go
    for before, after in zip(kept, kept[1:]):
        first, second = lines[before].strip(), lines[after].strip()
        shared = len(os.path.commonprefix([first, second]))
        if (after == before + 1 and before not in removed and after not in removed and first != second
                and not second.startswith(first)  # the whole first line, then more: a teaser over its paragraph
                and len(first.split()) <= _CAPTION_MAX_WORDS and len(second.split()) <= _CAPTION_MAX_WORDS
                and shared >= max(_CAPTION_COPY_MIN, _CAPTION_DRAFT_SHARE * min(len(first), len(second)))
                and all(_SENTENCE_END.search(line) and len(line.split()) >= _CAPTION_DRAFT_WORDS for line in (first, second))
                and not any(q in first for q in _QUOTES)):
            shorter, longer = sorted((before, after), key=lambda k: len(lines[k].strip()))
            if _drawn_from_paragraph(lines[shorter].strip(), lines[longer].strip()):
                removed[shorter] = "photo-caption"  # the caption took its paragraph's opening words: the paragraph stays
            else:
                removed[before] = removed[after] = "photo-caption"
    # a caption printed again under itself, without its credit and with the site's name after it ("… company. -
    # Sputnik International" under "© AP Photo / Name… company."), or whole with the day added, a sentence of a
    # caption's length ("Dansektor 21 … Kabupaten Bandung" / "Komandan Sektor 21 (Dansektor 21) … Kabupaten
    # Bandung, Selasa (17/4/2018).")
    for i in kept:
        above = _previous_line(lines, i)
        text = _SITE_AFTER_CAPTION.sub("", lines[i].strip())
        if (i not in removed and above is not None and removed.get(above) == "photo-caption"
                and len(text) >= _CAPTION_COPY_MIN
                and (fold(text) in fold(lines[above])
                     or (len(text.split()) <= _CAPTION_MAX_WORDS and not _SENTENCE_SPLIT.search(text)
                         and not _opens_with_dateline(text, editorial)  # the lede the caption was cut from
                         and _CAPTION_COPY_MIN <= len(lines[above].strip()) < len(text)
                         <= _CAPTION_REPRINT_GROWTH * len(lines[above].strip())
                         and fuzz.partial_ratio(fold(lines[above]), fold(text)) >= _CAPTION_REPRINT_SIMILARITY))):
            removed[i] = "photo-caption"
    # a caption printed again further down, among the paragraphs: the same picture shown twice. A line over the
    # body taken for a teaser of its copy is a caption too when the copy stands past the body's first paragraphs
    # (a teaser repeats the lede).
    captions = {fold(lines[k]) for k, rule in removed.items() if rule == "photo-caption"
                and len(lines[k].strip()) >= _CAPTION_COPY_MIN}
    teasers = {fold(lines[k]): k for k, rule in removed.items() if rule == "teaser"
               and len(lines[k].split()) <= _CAPTION_MAX_WORDS}
    for i in kept:
        if i in removed:
            continue
        if fold(lines[i]) in captions:
            removed[i] = "photo-caption"
        elif (fold(lines[i]) in teasers and not any(q in lines[i] for q in _QUOTES)  # a pull quote's copy
              and not _REPORTED_AT_END.search(lines[i].strip())  # an excerpt's: "…, an official said."
              # (a standfirst between the headline and the byline copies a paragraph of the body, which stays)
              and not _between_headline_and_byline(lines, teasers[fold(lines[i])], removed)
              and sum(1 for k in kept if teasers[fold(lines[i])] < k < i and k not in removed
                      and looks_like_prose(lines[k])) >= _CAPTION_DRAWN_AGAIN_AFTER):
            removed[i] = "photo-caption"
    # among the paragraphs, the opening words of a paragraph above printed again alone, as a headline ("Kolintang
    # Resmi Diakui sebagai Warisan …" under "KOLINTANG resmi diakui sebagai Warisan … pada 4 Desember 2024."): the
    # page's title over its picture. A subheading says what follows; it never repeats a paragraph's opening.
    openings = []  # the folded words of each paragraph so far
    for i in kept:
        if i in removed:
            continue
        line = lines[i].strip()
        words = _WORD.findall(line.casefold())
        if (len(words) >= _REPEATED_OPENING_WORDS and _headline_like(line)
                and any(len(opening) > len(words) and opening[:len(words)] == words for opening in openings)):
            removed[i] = "photo-caption"
        elif looks_like_prose(line):
            openings.append(words)
    # among the paragraphs, sentences closed by the same initials in brackets after their stop, two or more, quoting
    # no one: captions credited to one agency ("… over the Java Sea. (AP)" twice). A paragraph closes with its
    # writer's or its source's code once, at the article's end ("… kata dia. (AP)").
    credited = defaultdict(list)
    for i in kept:
        found = _CREDIT_AFTER_STOP.search(lines[i].strip())
        if i not in removed and found and not any(q in lines[i] for q in _QUOTES):
            credited[found.group(1)].append(i)
    for captions_of_one_agency in credited.values():
        if len(captions_of_one_agency) >= _AGENCY_CAPTIONS_MIN:
            removed.update((i, "photo-caption") for i in captions_of_one_agency)
    # among the paragraphs, a short line right over a photographer's credit ("… via Getty") is the picture's caption;
    # over a credit in brackets ("(Photo: Jane Roe/Reuters)"), one with no sentence end (a finished sentence over it is
    # the article's, the picture's caption lost)
    for i in kept:
        line = lines[i].strip()
        if (i not in removed and (_over_a_bracketed_credit(lines, i, removed)
                                  or _over_a_photographers_credit(lines, i, removed))
                and len(line.split()) <= _BODY_CAPTION_MAX_WORDS and not _SENTENCE_SPLIT.search(line)
                and not any(q in line for q in _QUOTES)):
            removed[i] = "photo-caption"
    # among the paragraphs standing apart by blank lines, a short sentence glued over the picture's credit by its
    # label (no blank line between them): the picture's caption ("Soldiers on-scene as rescue efforts continue." /
    # "Image: Indonesian National Armed Forces.")
    for i in kept:
        if i not in removed and _glued_over_a_labelled_credit(lines, i, removed):
            removed[i] = "photo-caption"
    # among the paragraphs, a picture's caption with its credit after a bar, between two paragraphs: "'Phone thief'
    # snatches phone. | Metropolitan Police"
    standing = [i for i in kept if i not in removed]
    for above, i, below in zip(standing, standing[1:], standing[2:]):
        found = _CAPTION_CREDIT_AFTER_BAR.fullmatch(lines[i].strip())
        if (found and 2 <= len(found.group("copy").split()) <= _BODY_CAPTION_MAX_WORDS
                and not any(q in lines[i] for q in _QUOTES)
                and looks_like_prose(lines[above]) and looks_like_prose(lines[below])):
            removed[i] = "photo-caption"
    # between two paragraphs, a person's name over their role alone in brackets: a portrait's caption ("Kapten CBA.
    # Acep Samsudin" / "(Dansubsektor 3)")
    for above, name, role, below in zip(standing, standing[1:], standing[2:], standing[3:]):
        text = lines[name].strip()
        if (name not in removed and _ROLE_IN_BRACKETS.fullmatch(lines[role].strip())
                and len(text.split()) <= _PORTRAIT_NAME_WORDS and _title_case(text) and not _SENTENCE_END.search(text)
                and looks_like_prose(lines[above]) and looks_like_prose(lines[below])):
            removed[name] = removed[role] = "photo-caption"
    # between two paragraphs, someone doing something, as a picture shows them: "The cop receiving the bribe" (a
    # subheading says what the part is about: "A growing problem", "The cost of the rescue")
    for above, i, below in zip(standing, standing[1:], standing[2:]):
        if (i not in removed and _PICTURED_ACTION.fullmatch(lines[i].strip())
                and looks_like_prose(lines[above]) and looks_like_prose(lines[below])):
            removed[i] = "photo-caption"
    # the outlet's own photographer credited alone among the paragraphs, "Example Times/Jane Roe", the outlet one the
    # page names as its own in a dateline ("Bandung, Example Times - …") or a site's address ("Example.com/Jane Roe")
    for i in standing:
        found = _OUTLET_AND_PHOTOGRAPHER.fullmatch(lines[i].strip())
        if not found or i in removed:
            continue
        credited = found["outlet"]
        dateline = re.compile(rf"[^-–—]{{0,40}}\b{re.escape(credited)}\s*(?:{_DASH})")  # "Bandung, Example Times -"
        if (_SITE_ADDRESS_END.search(credited) or fold(credited) in _brands(editorial)
                or any(dateline.match(lines[k]) for k in kept if k != i)):
            removed[i] = "photo-credit"
    # a caption closed by its credit after its last sentence ("… Pictured is ringleader X. Photo courtesy swns.com")
    for i in kept:
        if i not in removed and _COURTESY_CLOSED.search(lines[i].strip()) and not any(q in lines[i] for q in _QUOTES):
            removed[i] = "photo-caption"
    # the writer's or the wire's name alone under the article, then its description opening with the name, as an
    # author's box prints them: "City News Service" / "City News Service is a regional wire service covering …"
    for name, bio in zip(kept[-3:], kept[-2:]):
        line = lines[name].strip()
        if (name not in removed and bio not in removed and 2 <= len(line.split()) <= _BYLINE_MAX_WORDS
                and not _FINISHED.search(line) and _title_case(line)
                and re.match(re.escape(line) + r"\s+(?:is|was|are|adalah|merupakan)\s", lines[bio].strip())
                and _WRITERS_BIO.search(lines[bio])):
            removed[name], removed[bio] = "byline", "author-box"
    # a call to look at another story right over its "Read more" button ("Look at the unsuccessful penguin escape." /
    # "Read more"): the link's teaser
    for i in kept:
        below = _next_line(lines, i)
        if (i not in removed and below is not None and _READ_MORE_BUTTON.fullmatch(lines[below].strip())
                and _LOOK_AT.fullmatch(lines[i].strip())):
            removed[i] = "promo"
    # the writer's e-mail address alone on its line ("jane@example.com"); one a line announces ("… kirim ke:") stays
    for i in kept:
        above = _previous_line(lines, i)
        if (i not in removed and _EMAIL_ALONE.fullmatch(lines[i].strip())
                and (above is None or not lines[above].rstrip().endswith(":"))):
            removed[i] = "byline"
    # a picture's alternative text left over its caption: a few words in lower case, no sentence ("car picked up
    # by backhoe" over "A car is removed from the tracks …")
    for i in kept:
        below = _next_line(lines, i)
        line = lines[i].strip()
        if (i not in removed and below is not None and removed.get(below) == "photo-caption" and line[:1].islower()
                and len(line.split()) <= _ALT_TEXT_MAX_WORDS and not _FINISHED.search(line)):
            removed[i] = "photo-caption"
    def finished_paragraph(i: int) -> bool:
        return looks_like_prose(lines[i]) and _FINISHED.search(lines[i].strip()) is not None

    def title_case_heading(i: int) -> bool:
        return _title_case(lines[i]) and _headline_like(lines[i].strip())

    # a picture's alternative text alone between two finished paragraphs, in lower case only (no heading opens so,
    # "iPhone sales" may): "walking octopus", its caption left out. Several in a row are a blog's pictures, one
    # description each, and may carry a comma or a face drawn in signs: "pandan yang dipake perang nanti" / "tajem-
    # tajem serem > <" / "rame banget, padahal belum mulai"
    start = 0
    while start < len(kept):
        end = start
        while end < len(kept) and kept[end] not in removed and _lower_case_description(lines[kept[end]].strip()):
            end += 1
        run = kept[start:end]
        if (run and 0 < start and end < len(kept) and not {kept[start - 1], kept[end]} & removed.keys()
                and finished_paragraph(kept[start - 1]) and finished_paragraph(kept[end])
                and (len(run) >= 2 or _ALT_TEXT.fullmatch(lines[run[0]].strip()))):
            removed.update((i, "photo-caption") for i in run)
        start = max(end, start + 1)
    # a fragment alone between two finished paragraphs, no word of the site's languages nor a name ("Obb"):
    # a widget's leftover
    for above, stray, below in zip(kept, kept[1:], kept[2:]):
        text = lines[stray].strip()
        if (not {above, stray, below} & removed.keys() and _STRAY_FRAGMENT.fullmatch(text)
                and _word_frequency(text.lower()) == 0 and fold(text) not in person_words()
                and finished_paragraph(above) and finished_paragraph(below)):
            removed[stray] = "stray-fragment"
    # … or the tail of an address alone on its line, a dot and a few letters (".me" closing the page): a link's
    # leftover, no text
    for i in kept:
        if i not in removed and _ADDRESS_TAIL.fullmatch(lines[i].strip()):
            removed[i] = "stray-fragment"
    # … or in a sentence's case, on a page whose subheadings are in title case ("Cuci Mata di Indigo Artshop"): there
    # a phrase with every word after the first in lower case ("Warna-warninya bikin seger mata") heads nothing
    if any(title_case_heading(heading) and finished_paragraph(above)
           for above, heading in zip(kept, kept[1:]) if not {above, heading} & removed.keys()):
        for above, alt, below in zip(kept, kept[1:], kept[2:]):
            if (not {above, alt, below} & removed.keys() and _SENTENCE_CASE_PHRASE.fullmatch(lines[alt].strip())
                    and finished_paragraph(above) and (finished_paragraph(below) or title_case_heading(below))):
                removed[alt] = "photo-caption"
    # … or with its caption under it, a phrase that is no sentence ("loris torture" / "The excruciating process of
    # tooth-cutting")
    for above, alt, caption, after in zip(kept, kept[1:], kept[2:], kept[3:]):
        alt_text, caption_text = lines[alt].strip(), lines[caption].strip()
        if (not {above, alt, caption, after} & removed.keys() and _ALT_TEXT.fullmatch(alt_text)
                and finished_paragraph(above) and caption_text[:1].isupper() and not _FINISHED.search(caption_text)
                and len(caption_text.split()) <= _ALT_TEXT_MAX_WORDS and looks_like_prose(lines[after])):
            removed[alt] = removed[caption] = "photo-caption"
    kept = [i for i in kept if i not in removed]

    # Readers' comments closing the page in chat spelling, each opening in lower case ("wah… sekarang ank jambi sdh
    # pntar2 dlm brkarya seni….." / "tingkt kn terus ya!"), perhaps under the name of the site or of the one who
    # wrote first, right after the article's last finished sentence, itself opening in capitals: no edited
    # paragraph spells so. An acronym the page prints in capitals is no chat word in lower case ("dprd").
    acronyms = {word.lower() for i in kept for word in _ACRONYM.findall(lines[i])}
    tail, chat_words = [], 0
    for i in reversed(kept):
        words = _chat_words_of_a_comment(lines[i].strip(), acronyms)
        if not words:
            break
        tail.append(i)
        chat_words += words
    if chat_words >= _CHAT_WORDS_MIN:
        position = len(kept) - len(tail) - 1
        if position >= 1 and _name_alone(lines[kept[position]].strip()):
            tail.append(kept[position])
            position -= 1
        above = lines[kept[position]].strip() if position >= 0 else ""
        if _FINISHED.search(above) and above[:1].isupper():
            for i in tail:
                removed[i] = "reader-comment"
            kept = kept[:position + 1]

    # 4b. What closes the page after the article's last finished sentence: topic tags, a category label
    # ("Kategori :"), a link's or a picture's label ("Explore more on these topics", "Clickable Image"). Short
    # lines with no sentence mark, no quote and no list bullet, right after a sentence (not after "…berikut:",
    # whose list they would be), and two of them or a label's colon: one short line alone may be a subheading
    # or a sentence that a cut page ends on.
    def closing(accept) -> list[int]:
        tail = []
        for i in reversed(kept):
            text = lines[i].strip()
            if not accept(text) or (tail and text.endswith(":")):
                break  # a label's colon only on the page's last line: above others it announces them
            tail.append(i)
        return tail

    # Headlines of other articles close it too when a short label opens their list ("terkait" over them)
    tail = closing(lambda text: _closing_label(text) or (_short_headline_like(text) and not _MARKED.search(text)))
    opening = lines[tail[-1]].strip() if tail else ""
    if not (any(not _closing_label(lines[i].strip()) for i in tail) and _closing_label(opening)
            and len(opening.split()) <= 3):
        # … or the writer's links, an address after a short label ("My Instagram : instagram.com/…")
        tail = closing(lambda text: _closing_label(text) or _LABELLED_ADDRESS.fullmatch(text) is not None)
    lead = len(kept) - len(tail) - 1  # the line above them
    # a question to the reader over one-word buttons ("Apa Reaksi Anda ?" over like, sad, wow) is the same widget
    if (len(tail) >= 3 and lead >= 1 and all(len(lines[i].split()) == 1 for i in tail)
            and _PROMPT.fullmatch(lines[kept[lead]].strip())):
        tail.append(kept[lead])
        lead -= 1
    # one short line alone is a label too when the author's or contributors' line has closed the article above it
    # ("by Staff Writer" / "Economic News", "… contributed to this report." / "us")
    signed = tail and lead >= 0 and any(removed.get(k) in ("byline", "contributors")
                                        for k in range(kept[lead] + 1, tail[-1]))
    # … or when a gallery's captions, two or more and nothing else, stand between the article and it: the story's
    # tag under its photo story ("… (JG Photo/…)" / "… (JG Photo/…)" / "Jakarta flood")
    between = [k for k in range(kept[lead] + 1, tail[-1]) if lines[k].strip()] if tail and lead >= 0 else []
    gallery = (len(between) >= _GALLERY_CAPTIONS_MIN
               and all(removed.get(k) in ("photo-caption", "photo-credit") for k in between))
    # … or a name in capitals over the page's footer, two or more lines under it and every one gone as chrome (the
    # office's address, telephone and e-mail): "DINAS PEMADAM KEBAKARAN KOTA X" / "Jl. …" / "Call center: …"
    footer = [k for k in range(tail[0] + 1, len(lines)) if lines[k].strip()] if tail else []
    headed_footer = (len(footer) >= _FOOTER_LINES_MIN and all(k in removed for k in footer)
                     and lines[tail[0]].strip().isupper())
    # … or a rail's heading naming what it lists, its items lost: "US & World Videos", "More Stories"
    rail = len(tail) == 1 and bool(_RAIL_HEADING.fullmatch(lines[tail[0]].strip()))
    # … or the agency's name signing the page off, its acronym in brackets the one the first paragraph's dateline
    # names ("Tangerang, MINA – …" … "Mi’raj News Agency (MINA)")
    sign_off = len(tail) == 1 and _signed_off_by_the_datelines_agency(lines[tail[0]], lines[kept[0]])
    if (tail and lead >= 0 and _FINISHED.search(lines[kept[lead]].strip())
            and (len(tail) >= 2 or _LABEL_ALONE.fullmatch(lines[tail[0]].strip()) or signed or headed_footer
                 or rail or gallery or sign_off)):
        for i in tail:
            removed[i] = "closing-label"
        kept = [i for i in kept if i not in removed]
    # … and a sign-up box's title or pitch with no sentence's end over its call, a finished paragraph above, closing
    # the page or among the paragraphs, gone as a newsletter's call ("Join us (We Have Cookies)" / "… Better join our
    # newsletter so we can hang out."; "Get exclusive insights of Asia from our network of correspondents" / "Keep up
    # with … newsletter, delivered …")
    for above, i in zip(kept, kept[1:]):
        if (removed.get(_next_line(lines, i)) == "newsletter-call" and _FINISHED.search(lines[above].strip())
                and len(lines[i].split()) <= _NEWSLETTER_BLURB_WORDS and not _SENTENCE_END.search(lines[i].strip())):
            removed[i] = "newsletter-call"
    kept = [i for i in kept if i not in removed]
    # One short line alone is a label too when the page printed it over the article as well, where it went as
    # chrome ("View Comments" under the headline and under the last paragraph): the same widget, top and foot
    if len(kept) >= 2 and _closing_label(lines[kept[-1]].strip()) and _FINISHED.search(lines[kept[-2]].strip()):
        last = fold(lines[kept[-1]])
        if any(k < kept[0] and fold(lines[k]) == last and not rule.endswith("headline") for k, rule in removed.items()):
            removed[kept[-1]] = "closing-label"
            kept = kept[:-1]
    # Headlines of other stories close it with no label over them when there are many: four or more in title case,
    # as long as headlines, right after the article's last finished sentence (a list the article introduces
    # follows its colon; a subheading or two closing a cut page are fewer)
    tail = closing(lambda text: _listed_headline(text) and _title_case(text) and not _SENTENCE_END.search(text))
    if len(tail) >= _CLOSING_HEADLINES_MIN and _under_finished_sentence(lines, kept, tail):
        kept = _remove_related_headlines(tail, kept, removed)
    # … or in a sentence's case when there are many more (a local paper's sidebar: "Winter is a cool time to see
    # bald eagles in Siouxland" / …), not under a sentence that announces a list ("… sebagai berikut.")
    tail = closing(lambda text: _listed_headline(text) and not _SENTENCE_END.search(text)
                   and not any(q in text for q in _QUOTES))
    if (len(tail) >= _CLOSING_SENTENCE_HEADLINES_MIN and _under_finished_sentence(lines, kept, tail)
            and not _ANNOUNCES_LIST.search(lines[kept[-len(tail) - 1]])):
        kept = _remove_related_headlines(tail, kept, removed)
    # A box of questions answered on their own lines closing the page, three or more, about other stories ("Apa yang
    # dilakukan X di Jakarta? Tidak ada perubahan, …" / "Kapan Y meninggal? Y meninggal pada …"): a search box's,
    # not the article's own questions, which ask about its story
    tail = closing(lambda text: bool(_QUESTION_ANSWERED.fullmatch(text)))
    if len(tail) >= _QUESTIONS_BOX_MIN and _under_finished_sentence(lines, kept, tail):
        body = [lines[i] for i in kept[:-len(tail)]]
        if sum(1 for i in tail if not _on_topic(lines[i].split("?")[0], body)) * 3 >= 2 * len(tail):
            for i in tail:
                removed[i] = "related-questions"
            kept = kept[:-len(tail)]

    # A short line printed three times or more, twice or more among the paragraphs ("Upacara Yadnya Kasada Bromo"
    # over each picture): each picture's title, where a subheading is printed once (twice with a table of contents)
    first_finished = next((i for i in kept if finished_paragraph(i)), None)
    if first_finished is not None:
        printings = defaultdict(list)
        for i, line in enumerate(lines):
            if line.strip() and len(line.split()) <= _PICTURE_TITLE_MAX_WORDS:
                printings[fold(line)].append(i)
        for printed_at in printings.values():
            if (len(printed_at) >= _PICTURE_TITLE_PRINTINGS and sum(i > first_finished for i in printed_at) >= 2
                    and not _SENTENCE_END.search(lines[printed_at[0]].strip())
                    and not lines[printed_at[0]].rstrip().endswith(":")):  # an item's label: "Bahan:", "Cara membuat:"
                removed.update((i, "photo-caption") for i in printed_at if i in kept)
        kept = [i for i in kept if i not in removed]
        # … or printed once there, over a sentence closed by the picture's credit in brackets, between paragraphs
        # ("AirAsia Tragedy" / "Family members … react … on December 30, 2014. (AFP)"): a paragraph a wire's name
        # closes reports what someone said
        for picture, caption, following in zip(kept, kept[1:], kept[2:]):
            text = lines[caption].strip()
            if (picture > first_finished and _pictures_title(lines[picture], _PICTURE_TITLE_WORDS)
                    and lines[picture].strip()[:1].isupper() and _closed_by_a_credit(text)
                    and looks_like_prose(lines[following])
                    and not any(q in text for q in _QUOTES) and not _REPORTING_WORD.search(text)):
                removed[picture] = removed[caption] = "photo-caption"
        kept = [i for i in kept if i not in removed]
    # A picture's caption printed again further down without its credit ("… Rabu (05/07/2023). (Istimewa)" near the
    # top, "… Rabu (05/07/2023)." at the foot): the copy is the caption too. Among the paragraphs, with more
    # after it, the copy is the article's own paragraph, which the caption printed.
    captions = [fold(lines[k]) for k, rule in removed.items() if rule == "photo-caption"]
    for position, i in enumerate(kept if captions else ()):
        text = fold(lines[i])
        if (len(text.split()) >= _CAPTION_COPY_MIN_WORDS and any(c.startswith(text) for c in captions)
                and not any(_sentence_line(lines[k]) for k in kept[position + 1:])):
            removed[i] = "photo-caption"
    kept = [i for i in kept if i not in removed]
    # The captions of the article's pictures gathered under its text, each in sentences but without a closing full
    # stop ("… at risk of ‘chronic inundation’ from water within 27 years" / "An entire neighborhood … was
    # demolished due to the threat of cliff collapse"): two to six such lines after an article of finished ones.
    tail = []
    for position in range(len(kept) - 1, -1, -1):
        text = lines[kept[position]].strip()
        if (_FINISHED.search(text) or len(text.split()) < _CAPTION_TAIL_MIN_WORDS or not text[:1].isupper()
                or _short_headline_like(text) and _title_case(text)
                or text.endswith(":") or position and lines[kept[position - 1]].strip().endswith(":")):
            break  # a line announcing a list ("… such as:"), and the list's items under it, are the article's
        tail.append(kept[position])
    finished_above = sum(bool(_FINISHED.search(lines[i].strip())) for i in kept[:len(kept) - len(tail)])
    # (right under the article's last sentence: under a heading with no mark, "Sigaret Kretek Tangan (SKT)", the
    # lines are its list's items)
    if (2 <= len(tail) <= _CAPTION_TAIL_MAX_LINES and finished_above >= _CAPTION_TAIL_FINISHED_ABOVE
            and _SENTENCE_END.search(lines[kept[len(kept) - len(tail) - 1]].strip())):
        for i in tail:
            removed[i] = "photo-caption"
        kept = [i for i in kept if i not in removed]

    # Other stories' ledes cut off by an ellipsis, three or more closing the page, the first perhaps under its
    # list's label run into it ("More InformationPRAGUE, Czech Republic: Ahead of her visit … reiterated to ..." /
    # "OSLO, Norway: Ending a three-year run of profits … Russia's ..."): the site's list of links.
    tail = _closing_run(lines, kept, lambda text: bool(_CUT_LEDE.search(text)) and not any(q in text for q in _QUOTES))
    kept = _remove_closing_list(tail, kept, removed)

    # Headlines of other articles as a bulleted list closing the page, every one in title case ("- The Ocean Is
    # Climate Change's First Victim and Last Resort"): the site's list of links. An article's own list of points
    # is written in sentences.
    tail = _closing_run(lines, kept, _bulleted_title)
    kept = _remove_closing_list(tail, kept, removed)
    # Other outlets' coverage of the story, each headline closed by its outlet's name, three or more bulleted items
    # closing the page after its last finished sentence ("- 20 people injured by lightning strike at South Carolina
    # lake CBS News" / "- … beach park FOX Weather"): an aggregator's links
    tail = _closing_run(lines, kept, lambda text: bool(_OUTLET_CLOSED_ITEM.fullmatch(text)))
    if _under_finished_sentence(lines, kept, tail):
        kept = _remove_closing_list(tail, kept, removed)
    # Headlines of other articles, each under its kicker ("Insight: World's best airline for 2019 revealed" /
    # "BoE: Mark Carney gives …"), two or more closing the page after its last finished sentence
    tail = _closing_run(lines, kept, lambda text: bool(_KICKED_HEADLINE.fullmatch(text)))
    if _under_finished_sentence(lines, kept, tail):
        kept = _remove_closing_list(tail, kept, removed, _KICKED_HEADLINES_MIN)

    # Other stories' teasers closing the page, each closed by its date alone on a line ("China extends visa-free
    # entry …" / "China has extended …" / "31 July 2024" / … / "24 July 2024"), two or more under the article's
    # last finished sentence: a rail's items, their dates none of the article's
    tail = _dated_teasers(lines, kept)
    if tail and _under_finished_sentence(lines, kept, tail):
        kept = _remove_closing_list(tail, kept, removed, _DATED_TEASERS_MIN)
    # 4c. A post signed at its end: the author's name alone, then the date alone, after the last sentence
    # ("Saifur Rahman" / "May 8, 2013"), or the date alone; a bare date among the paragraphs is the article's own,
    # and so is one the last sentence leads to ("…digelar pada" / "8 Oktober 2024").
    if len(kept) >= 3:
        name, date = lines[kept[-2]].strip(), lines[kept[-1]].strip()
        stamp = dates.stamp_text(date)
        if (stamp == date and _name_alone(name) and not dates.stamp_text(name)
                and _FINISHED.search(lines[kept[-3]].strip())):
            removed[kept[-2]], removed[kept[-1]] = "byline", "date-stamp"
            date_stamps.append(stamp)
            kept = kept[:-2]
        # the date alone right under the last sentence, not under a removed line (a teaser's outlet name)
        elif (stamp == date and _FINISHED.search(name) and not dates.stamp_text(name)
              and not any(lines[k].strip() for k in range(kept[-2] + 1, kept[-1]))):
            removed[kept[-1]] = "date-stamp"
            date_stamps.append(stamp)
            kept = kept[:-1]
    # or the writer's name alone, then their title and organisation after a comma, signing a statement or an op-ed
    # under its last sentence ("Jane Roe" / "President, Smallholder Farmers Alliance")
    if (len(kept) >= 4 and _signed_name(lines[kept[-2]].strip()) and _FINISHED.search(lines[kept[-3]].strip())
            and _pull_quote_speaker(lines[kept[-1]].strip(), _roles(editorial))):
        removed[kept[-2]] = removed[kept[-1]] = "byline"
        kept = kept[:-2]
    # or the reporter's name alone, in capitals or as an author line prints it ("RULI SYAMSIL"), or signed after a
    # dash ("- Gareth Davis": a known given name is enough), closing the page under its last sentence
    if len(kept) >= 3:
        name = lines[kept[-1]].strip()
        sign_off = re.match(rf"{_DASH}\s+(.+)", name)
        if ((_name_in_capitals(name) or _author_name(name) or (sign_off and _signed_name(sign_off.group(1)))
             or _rare_name(name)) and _FINISHED.search(lines[kept[-2]].strip())):
            removed[kept[-1]] = "byline"
            kept = kept[:-1]
    # Under the post's closing byline, another post's head: its headline, then its date line within two lines ("Reported
    # by Jane Roe" / "ERA Flays Testing of ‘Super Cassava’" / "THISDAY - Apapa,Lagos,Nigeria" / "March 8, 2009"): a
    # blog's archive page printing the next post. It and all under it go.
    next_post = _next_post_under_the_byline(lines, kept, removed)
    if next_post is not None:
        removed.update((k, "next-post") for k in kept if k >= next_post)
        kept = [k for k in kept if k < next_post]
    # A web address alone under a finished sentence, which did not announce it ("… lewat tautan ini:"): the page's own
    # address under its last sentence, or a link a post left among its paragraphs; and the addresses under such a one,
    # a run of links planted among the paragraphs (an announced list of addresses stays, its first one and all)
    for before, i in zip([None] + kept, kept):
        if re.fullmatch(r"(?:https?://|www\.)\S+", lines[i].strip()) and (
                before is None  # … or opening the text, under the head: its picture's address ("…/photos/16253356/…")
                or _FINISHED.search(lines[before].strip()) or removed.get(before) == "link-alone"):
            removed[i] = "link-alone"
    kept = [i for i in kept if i not in removed]

    # 4d. A pull quote: a quote alone on its line, and under it the speaker's title and name alone ("Pelatih
    # Persib Bandung, Djadjang Nurdjaman"), between paragraphs: a box repeating the speaker's words, which the
    # article prints in its own paragraph.
    # Or the speaker's name first and what they are after it ("Keith Waller, eyewitness"), the quote without its
    # marks: then the box's words are the article's own, quoted again further down, and so is the speaker's name.
    roles = _roles(editorial)
    for quote, speaker in zip(kept, kept[1:]):
        if quote in removed:
            continue
        if ((_PULL_QUOTE.fullmatch(lines[quote].strip()) and _pull_quote_speaker(lines[speaker].strip(), roles))
                or _pull_quote_named_first(lines, quote, speaker, kept)):
            removed[quote] = removed[speaker] = "pull-quote"
    # … or the quote and its speaker on one line, the name in brackets or after a dash ('"…" [Phyllis Johnson]'):
    # the words a paragraph of the article prints, the name it says too.
    for i in kept:
        if i not in removed and _pull_quote_signed(lines, i, kept):
            removed[i] = "pull-quote"
    kept = [i for i in kept if i not in removed]

    # A pull quote without its marks among the paragraphs: a line printed whole again inside a longer paragraph
    # further down (a leftover mark may open it, ".Setibanya di lantai 23, saksi keluar …"): the box's copy goes. A
    # standfirst over the first paragraph, which the article may say again, stays.
    folded_lines = {k: fold(lines[k]) for k in kept}
    first_prose = next((position for position, k in enumerate(kept) if looks_like_prose(lines[k])), len(kept))
    for position, i in enumerate(kept):
        copy = _PULL_QUOTE_COPY.sub("", lines[i].strip())
        if len(copy.split()) < _PULL_COPY_MIN_WORDS or position <= first_prose:
            continue
        folded_copy = fold(copy)
        # (quoted there, the words need only their marks and a short cue round them: "“…,” Jane Roe said.")
        if any(folded_copy in folded_lines[k]
               and len(lines[k].strip()) > len(copy) + (_QUOTED_COPY_MARGIN if any(q in lines[k] for q in _QUOTES)
                                                         else _PULL_COPY_MARGIN)
               for k in kept[position + 1:]):
            removed[i] = "pull-quote"
    kept = [i for i in kept if i not in removed]

    # A portrait's caption between two paragraphs: the person's rank or office and name alone, in either order
    # ("Irjen Pol Fadil Imran, Kapolda Metro Jaya"), the name printed in the article's paragraphs too. A line
    # that announces the person's words ends with a colon and stays.
    for before, i, after in zip(kept, kept[1:], kept[2:]):
        found = _SPEAKER_LINE.fullmatch(lines[i].strip())
        if not (found and _FINISHED.search(lines[before].strip()) and looks_like_prose(lines[after])):
            continue
        parts = (found.group("title"), found.group("name"))
        if any(_pull_quote_speaker(f"{first}, {second}", roles) for first, second in (parts, parts[::-1])):
            names = [" ".join(part.split()[-2:]) for part in parts]
            if any(name in lines[k] for name in names for k in kept if k != i):
                removed[i] = "photo-caption"
    kept = [i for i in kept if i not in removed]

    # A picture's caption between two paragraphs that names what the picture shows and nothing else ("Bandara
    # Internasional Soekarno-Hatta"), a name the paragraphs above printed: a subheading says something. When two
    # such names stand between paragraphs, they are the sections of a list (places, people) and all stay.
    named = [i for before, i, after in zip(kept, kept[1:], kept[2:])
             if _NAME_ALONE.fullmatch(lines[i].strip()) and looks_like_prose(lines[before])
             and _FINISHED.search(lines[before].strip()) and looks_like_prose(lines[after])]
    if len(named) == 1 and any(lines[named[0]].strip() in lines[k] for k in kept
                               if k < named[0] and looks_like_prose(lines[k])):
        removed[named[0]] = "photo-caption"
    kept = [i for i in kept if i not in removed]

    # A picture's caption between its gallery's counts, the same lone number over and under it ("2" / "Record heat
    # across the US this week." / "2"): the count each picture of the gallery prints
    for i in kept:
        above, below = _previous_line(lines, i), _next_line(lines, i)
        if (above is not None and below is not None and removed.get(above) == removed.get(below) == "widget-label"
                and lines[above].strip() == lines[below].strip() and lines[above].strip().isdigit()
                and len(lines[i].split()) <= _BODY_CAPTION_MAX_WORDS):
            removed[i] = "photo-caption"
        # … and a picture's file name alone among the paragraphs, the picture's title glued under it ("joko2" /
        # "Djoko Sugiarto Tjandra"): both the picture's
        elif (_BARE_FILE_NAME.fullmatch(lines[i].strip()) and above is not None and below == i + 1
              and below not in removed and _pictures_title(lines[below], _PICTURE_DESCRIPTION_WORDS)):
            removed[i] = removed[below] = "photo-caption"
        # … and a short label inside a subscription's price plans, a plan's line over and under it ("Billed as …" /
        # "Best Value" / "Annual Plan"): the offer's box
        elif (above is not None and below is not None
              and removed.get(above) == removed.get(below) == "subscription-offer"
              and len(lines[i].split()) <= _OFFER_LABEL_WORDS and not _SENTENCE_END.search(lines[i].strip())):
            removed[i] = "subscription-offer"
    kept = [i for i in kept if i not in removed]

    # A picture's caption under the picture's label alone, between two paragraphs ("photo" / "Families of …
    # gather at …, Monday (Oct 29)." / "Meanwhile, …"): one sentence quoting no one, as long as a caption
    kept_set = set(kept)
    for i in kept:
        label = _previous_line(lines, i)
        paragraph, below = _previous_line(lines, label) if label is not None else None, _next_line(lines, i)
        if (label in removed and _PICTURE_LABEL.fullmatch(lines[label].strip()) and paragraph in kept_set
                and below in kept_set and looks_like_prose(lines[paragraph]) and _FINISHED.search(lines[paragraph].strip())
                and looks_like_prose(lines[below]) and looks_like_prose(lines[i])
                and len(lines[i].split()) <= _BODY_CAPTION_MAX_WORDS and not _SENTENCE_SPLIT.search(lines[i].strip())
                and not any(q in lines[i] for q in _QUOTES)):
            removed[i] = "photo-caption"
    kept = [i for i in kept if i not in removed]

    # Headlines of other stories listed between two paragraphs with no label over them: two or more headline-like
    # lines in a row on a page that sets its paragraphs apart with blank lines (a subheading stands alone; a
    # list's items are numbered, bulleted or short)
    # An interview's question over its answer is no such run: on a page that prints two or more questions each
    # right over its answer ("Why did the fire department get involved?" / "The mother duck …").
    if _blank_lines_between_paragraphs(lines, kept):
        kept_set = set(kept)
        questions = [i for i in kept if lines[i].strip().endswith("?") and i + 1 in kept_set
                     and looks_like_prose(lines[i + 1])]
        for run in _runs_of_adjacent_lines(kept):
            above, below = _previous_line(lines, run[0]), _next_line(lines, run[-1])
            if len(questions) >= 2 and lines[run[0]].strip().endswith("?"):
                continue
            if (len(run) >= 2 and all(_listed_headline(lines[i]) for i in run)
                    and above in kept and below in kept and looks_like_prose(lines[above])
                    and _FINISHED.search(lines[above].strip()) and looks_like_prose(lines[below])):
                for i in run:
                    removed[i] = "related-headlines"
    kept = [i for i in kept if i not in removed]

    # 4e. A paragraph printed again (a scraper's second copy of the page's opening, under its footer): a reader
    # needs it once.
    paragraphs_seen = set()
    for i in kept:
        text = fold(lines[i].strip())
        if len(text.split()) >= _REPEATED_PARAGRAPH_WORDS:
            if text in paragraphs_seen:
                removed[i] = "repeated-paragraph"
            paragraphs_seen.add(text)
    kept = [i for i in kept if i not in removed]
    # The article's summary, its opening sentences, right over the paragraph that begins with them: a teaser.
    for i, below in zip(kept, kept[1:]):
        text, following = " ".join(lines[i].split()), " ".join(lines[below].split())
        if (len(text.split()) >= _REPEATED_PARAGRAPH_WORDS and len(following) > len(text)
                and following.startswith(text) and _SENTENCE_END.search(text)):
            removed[i] = "teaser"
    kept = [i for i in kept if i not in removed]

    # A sources' label alone after the article's paragraphs, the sources named on the lines right under it
    # ("Sources:" / "St. George Utah"; "Sumber :" / "• Antaranews")
    for position, i in enumerate(kept):
        if not (_SOURCES_LABEL.fullmatch(lines[i].strip()) and any(looks_like_prose(lines[k]) for k in kept[:position])):
            continue
        removed[i] = "source-note"
        under = i + 1
        while (under < len(lines) and under in kept and len(lines[under].split()) <= _BYLINE_MAX_WORDS
               and not _SENTENCE_END.search(lines[under].strip())):
            source_notes.append(_BULLET.sub("", lines[under].strip()))
            removed[under] = "source-note"
            under += 1
    kept = [i for i in kept if i not in removed]

    # A newspaper's name alone closing the article ("Guangzhou Daily"): the paper the story was taken from. (Over the
    # article it is the masthead, or a picture's credit.)
    if len(kept) >= 2 and _NEWSPAPER.fullmatch(lines[kept[-1]].strip()) and looks_like_prose(lines[kept[-2]]):
        source_notes.append(lines[kept[-1]].strip())
        removed[kept[-1]] = "source-note"
        kept = kept[:-1]
    # … or the papers a reprint was taken from, listed after "From" ("From the Australian, The Straits Times and the
    # Jakarta Post"), one of them named as a paper is (a subheading "From Jakarta, Bali and Lombok" names none)
    for i in kept:
        found = _FROM_SOURCES.fullmatch(lines[i].strip())
        papers = _SOURCES_LISTED.split(found.group("names")) if found else []
        if any(_NEWSPAPER.fullmatch(re.sub(r"^the ", "The ", paper)) for paper in papers):
            source_notes.extend(papers)
            removed[i] = "source-note"
    kept = [i for i in kept if i not in removed]
    # … or right under the writers' line, the paper they write for ("By: Jane Roe and John Doe" / "The Jakarta Post")
    for i in kept:
        above = _previous_line(lines, i)
        if (above is not None and removed.get(above, "").startswith("byline")
                and _NEWSPAPER.fullmatch(lines[i].strip())):
            removed[i] = "byline"
    kept = [i for i in kept if i not in removed]
    # … or a wire's or a known outlet's name alone closing it under its last sentence ("The Associated Press",
    # "Republika."): the story is the wire's, or the outlet's it was taken from
    if len(kept) >= 2 and _FINISHED.search(lines[kept[-2]].strip()):
        wire = _wire_alone(lines[kept[-1]], editorial, outlets_too=True)
        if wire:
            source_notes.append(wire)
            removed[kept[-1]] = "source-note"
            kept = kept[:-1]

    # A picture in Markdown alone on its line, still standing: the site shows no picture from another site, and its
    # alternative text is no prose, even when it reads as a sentence ("![Siapa Pemiliknya?](https://…/1.jpg)").
    # Taken last: the rules above read such a line as the picture it stands for.
    for i in kept:
        if _PICTURES_ALONE.fullmatch(lines[i].strip()):
            removed[i] = "picture-markup"
    kept = [i for i in kept if i not in removed]

    # 5. Dateline: a place alone on a line just under the headline, or a prefix of the first paragraph.
    dateline = desk_dateline  # a desk's name and a place alone on the page's first lines, taken above
    patterns = _datelines(editorial)
    for position, i in enumerate(kept[:3] if dateline is None else []):
        below = kept[position + 1] if position + 1 < len(kept) else None
        found = patterns.alone.match(lines[i].strip())
        if found is None:
            found = patterns.alone_without_dash.match(lines[i].strip())
            found = found if found and fold(found.group("place")) in gazetteer.place_names() else None
        if found is None and below is not None and _place_in_capitals_alone(lines[i]) and looks_like_prose(lines[below]):
            found = _PLACE_IN_CAPITALS.fullmatch(lines[i].strip())  # "JAKARTA" over the paragraph it opens
        if found and not (_TIME_LABEL.match(found.group("place")) or _VALUE_LABEL.fullmatch(found.group("place"))
                          or _speaker_over_the_quote(lines[i], found.group("place"),
                                                     lines[below] if below is not None else "", editorial)):
            dateline = _place(found.group("place"))
            removed[i] = "dateline"
            break
        # the author and the place, their dash left at the start of the paragraph below ("D'On, Padang" / "– Suasana
        # …"): the scraper broke the dateline off its paragraph
        found = _SPLIT_DATELINE.match(lines[i].strip())
        if found and below is not None and re.match(rf"{_DASH}\s+\S", lines[below].strip()):
            dateline = _place(found.group("place"))
            removed[i] = "dateline"
            text_of[below] = re.sub(rf"^{_DASH}\s+", "", lines[below].strip())
            break
    kept = [i for i in kept if i not in removed]
    dateline_index = None
    if dateline is None:
        for i in kept[:3]:  # a byline or standfirst may stand before the paragraph that opens with it
            paragraph = lines[i].strip()
            for pattern in patterns.prefixes:
                found = pattern.match(paragraph)
                if found and len(paragraph) > found.end():
                    groups = found.groupdict()
                    dateline = _place(groups.get("place") or groups.get("place2") or "")
                    if groups.get("agency"):
                        source_notes.append(groups["agency"].strip())
                    rest = paragraph[found.end():]
                    if _slogan_after_dateline(rest, lines, kept, i):
                        removed[i] = "dateline"
                        kept = [k for k in kept if k != i]
                        break
                    glued = re.match(rf"^{_DOMAIN}\s+(?=[A-Z\"“])", rest)  # "PATI – jursidnusantara.com Anggota …"
                    text_of[i] = rest[glued.end():] if glued else rest
                    dateline_index = i
                    break
            if dateline_index is not None or i in removed:
                break

    # The opening paragraph printed once more above it without its dateline (a summary the page shows first), maybe
    # with the paragraph or two after it, the deck's sentences the article sets apart ("Sebanyak 16 warga … Senin
    # (23/9/2019). Sementara para pengungsi …" over "TRIBUNAMBON.COM - Sebanyak 16 warga … (23/9/2019)." and
    # "Sementara para pengungsi …")
    if dateline_index is not None:
        opening = [text_of[dateline_index]] + [lines[k] for k in kept if k > dateline_index][:_DECK_PARAGRAPHS - 1]
        copies = {fold(" ".join(opening[:n])) for n in range(1, len(opening) + 1)}
        for i in kept:
            if i < dateline_index and fold(lines[i].strip()) in copies:
                removed[i] = "teaser"
        kept = [i for i in kept if i not in removed]
    # … or right over it, its words closing the paragraph under it, a prefix the dateline rules do not read before them
    # and the stop maybe dropped ("The CEO of … said Thursday" / "Jakarta, (APP - … ) :The CEO of … said Thursday.")
    for summary, paragraph in list(zip(kept, kept[1:]))[:_HEAD_LINES]:
        copy, whole = " ".join(lines[summary].split()).rstrip(". "), " ".join(lines[paragraph].split()).rstrip(". ")
        if (len(copy) >= _SUMMARY_MIN_CHARS and whole.endswith(copy) and _next_line(lines, summary) == paragraph
                and 0 < len(whole) - len(copy) <= _DATELINE_SEARCH_CHARS):
            removed[summary] = "teaser"
    kept = [i for i in kept if i not in removed]

    page = _page_number([lines[i] for i, rule in removed.items() if rule == "pagination"])
    source_lines = document.text.split("\n")
    removed_lines = tuple(
        RemovedLine(line_no=i + 1, text=source_lines[i].strip(), rule=rule) for i, rule in sorted(removed.items())
    ) + tuple(RemovedLine(i + 1, taken, "date-stamp") for i, taken, _ in label_prefixes + bracketed_stamps
              if i not in removed)
    removed_lines = tuple(sorted(removed_lines, key=lambda r: r.line_no))
    if dateline_index is not None:
        full = lines[dateline_index].strip()
        prefix = full[: len(full) - len(text_of[dateline_index])].strip()
        removed_lines = tuple(sorted(removed_lines + (RemovedLine(dateline_index + 1, prefix, "dateline-prefix"),),
                                     key=lambda r: r.line_no))
    return CleanDocument(
        source=document,
        paragraphs=tuple(_unglued(" ".join(text_of.get(i, lines[i]).split())) for i in kept),
        paragraph_lines=tuple(i + 1 for i in kept),
        title=" ".join(title.split()) if title else None,
        date_stamps=tuple(date_stamps),
        section=section,
        outlet=outlet,
        outlet_timezone=profile.timezone if profile else None,
        dateline=dateline or None,
        further_reading=tuple(further_reading),
        source_notes=tuple(source_notes),
        page=page,
        removed=removed_lines,
    )


_PROMO_MAX_WORDS = 30
# a label of time over figures or events, not a dateline's place: "On Thursday:", "For the week:", "Pada Senin:"
_TIME_LABEL = re.compile(r"(?:On|In|For|At|By|During|Pada|Sejak|Selama|Hingga)\b.*")
# a label whose value is on the next line, not a dateline's place: "Published:", "Sources:"
_VALUE_LABEL = re.compile(r"Published|Updated|Posted|Sources?|Sumber|Diterbitkan|Diperbarui|Editor|Penulis|Reporter"
                          r"|Tags?|Topics?|Category|Categories|Kategori")
_DATELINE_PARAGRAPH_WORDS = 8  # a dateline and the start of its paragraph, not a dateline alone on its line
_OPENING_QUOTE = re.compile(r"[\"“„«‘']")
_SPEAKER_LABEL_WORDS = 3  # a title and a name at least: "Officer Jane Roe"


def _speaker_over_the_quote(line: str, place: str, below: str, editorial: Editorial) -> bool:
    """A title's word and a name, and a colon, over a paragraph that opens with a quotation mark: the speaker of
    the quote ("Conservation Officer Jane Roe:"), not a dateline alone on its line ("Moskow:", "New York:")."""
    words = place.split()
    return (line.strip().endswith(":") and _OPENING_QUOTE.match(below.strip()) is not None
            and len(words) >= _SPEAKER_LABEL_WORDS and any(w in editorial.cues.title_words for w in words))


_SLOGAN_WORDS = 6
_UNWRAPPED = 2  # a paragraph this many times longer than the line over it: that line was not cut by a hard wrap


def _slogan_after_dateline(rest: str, lines: list[str], kept: list[int], index: int) -> bool:
    """After the dateline, a few words all capitalised and no sentence, over a paragraph of its own: the site's
    slogan a template printed with its name ("JAKARTA, EXAMPLE.ID – Top Up Pulsa Murah" over "Video seekor …"), not
    the paragraph's start cut by a hard wrap (its next line is no longer than a wrapped line)."""
    words = rest.split()
    position = kept.index(index)
    below = kept[position + 1] if position + 1 < len(kept) else None
    return (len(words) <= _SLOGAN_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and not _SENTENCE_END.search(rest) and below is not None
            and lines[below].strip()[:1].isupper() and _SENTENCE_END.search(lines[below].strip()) is not None
            and len(lines[below].strip()) >= _UNWRAPPED * len(lines[index].strip()))


# a kicker of one or two capitalised words, then a headline with no sentence's or clause's mark
_KICKED_HEADLINE = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)?: [A-Z0-9][^.!?,;:\"“”()]{10,120}")
_SCREEN_READER_CAPTION = re.compile(r"(?:Image|Media|Video|Photo) caption\s", re.IGNORECASE)
_PICTURE_DESCRIPTION_WORDS = 12
_CUT_LEDE = re.compile(r"\w[\w'’]*[,;]?\s(?:\.\.\.|…)$")  # a word, a space, the ellipsis: "… reiterated to ..."
_LINK_LIST_MIN = 3  # headlines in a row: fewer may be the article's own points
_KICKED_HEADLINES_MIN = 2  # under their kickers, after the last finished sentence: two are already a list
_SITE_AFTER_CAPTION = re.compile(r"\s+[-–—|]\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}$")  # "… - Sputnik International"
_CAPTION_CREDIT_AFTER_BAR = re.compile(r"(?P<copy>[^|]*[^|\s])\s\|\s"  # "'Phone thief' snatches phone. | Metropolitan Police"
                                       r"(?P<credit>[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|via|of|/)){0,4})")
_CAPTION_COPY_MIN = 30  # characters: a caption's copy, not a word that happens to be in it
_SPEECH_VERBS = r"said|says|told|added|kata(?:nya)?|ujar(?:nya)?|ungkap(?:nya)?|jelas(?:nya)?"  # that report speech
# a line that reports what someone said, anywhere in it: no picture's caption
_REPORTING_WORD = re.compile(rf"\b(?:{_SPEECH_VERBS}|according|menurut)\b", re.IGNORECASE)
# a sentence that reports what someone said, as a caption never does: "…, a forest department official said."
_REPORTED_AT_END = re.compile(rf"\b(?:{_SPEECH_VERBS})[.!]?$")
_CAPTION_DRAWN_AGAIN_AFTER = 2  # paragraphs between a line over the body and its copy: a caption's, not a teaser's
_CAPTION_DRAFT_SHARE = 0.7  # of the shorter line's characters, printed the same from its start
_CAPTION_DRAFT_WORDS = 8  # a caption's sentence; a list's short items may open alike ("Skor: 3,35", "Skor: 3,32")
_CAPTION_PARAGRAPH_LENGTH = 2  # times the caption's length: a paragraph of more sentences, not a draft of it
_CAPTION_IN_A_CELL = re.compile(r"[^|]*[^|\s]\s\|")  # one cell: the text, then its bar
_CAPTION_IN_A_CELL_WORDS = 15  # a caption's; a paragraph laid out in a cell runs longer
_CAPTION_MIN_WORDS = 5
_PULL_QUOTE = re.compile(r"[“”\"„«‘][^“”\"„«»]{20,400}[”\"»’]")  # a quotation alone, whole, nothing outside it
_SOURCES_LABEL = re.compile(r"(?:Sources?|Sumber(?: berita| artikel)?|Referensi|References?)\s*:", re.IGNORECASE)
# a paper's name alone: "Guangzhou Daily", "The Straits Times"
_NEWSPAPER = re.compile(r"(?:The )?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s(?:Daily|Times|Post|Herald|Tribune|Journal"
                        r"|Gazette|Chronicle|Telegraph|Express|Pos)")


_SOURCE_NAME = r"(?:the\s|The\s)?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3}"
_SOURCES_LISTED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_FROM_SOURCES = re.compile(rf"From\s+(?P<names>{_SOURCE_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_SOURCE_NAME})+)\.?")


def _masthead(line: str) -> bool:
    """A newspaper's name alone, with its article ("The Indonesian Post"): the masthead over the article, no
    headline. (Without "The", a headline may end so: "Trump Slams Washington Post".)"""
    return line.startswith("The ") and _NEWSPAPER.fullmatch(line) is not None


# a name alone, two to six words in capitals but for the small words between: "Bandara Internasional Soekarno-Hatta"
_NAME_ALONE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|di|dan|of|the|and|de|van|bin|binti)){1,5}")
# the speaker's title and name: capitalised words, a comma, a name ("Pelatih Persib Bandung, Djadjang Nurdjaman")
_SPEAKER_LINE = re.compile(r"(?P<title>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|di|dan|of|the|and|for)){0,7}),"
                           r"\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})")


# the speaker's name, then a comma and a few words saying who they are ("Keith Waller, eyewitness")
_SPEAKER_NAMED_FIRST = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+[\w.'’&-]+(?:\s+[\w.'’&-]+){0,5}")
_PULL_QUOTE_MIN_WORDS = 6
_PULL_COPY_MIN_WORDS = 8  # a sentence's worth: a name or a short phrase said again is no copy
_PULL_COPY_MARGIN = 20  # characters a longer paragraph adds round a pull quote's words
_QUOTED_COPY_MARGIN = 10  # … when it quotes them: their marks and a cue
_PULL_QUOTE_COPY = re.compile(r"^[.,;:]+\s*|[.,;:]+$")  # the marks a box leaves around the words it copies
_ALT_TEXT_MAX_WORDS = 8
# a picture's description: a phrase of three words or more, only its first capitalised ("Boys on a trampoline")
_SCENE_PHRASE = re.compile(r"[A-Z][a-z'’-]+(?: [a-z][a-z'’-]*){2,7}")
_DECK_PHRASE_WORDS = 3  # under the headline, a phrase this short is a deck ("A freak accident"), no picture described
_TITLE_NEEDING_A_DECK_WORDS = 3  # "Bali Nine Executed": a deck in a sentence's case under it is no caption
_CAPTION_TAIL_MIN_WORDS = 8  # a caption in sentences; a label or a tag is shorter
_CAPTION_TAIL_MAX_LINES = 6
_CAPTION_TAIL_FINISHED_ABOVE = 3  # paragraphs that end their sentences: a page that never does is not one of these
# what only a writer's or a wire's description says: its trade, or how to reach it
_WRITERS_BIO = re.compile(r"\b(?:writes|reporter|editor|correspondent|journalist|columnist|wire service|news service|"
                          r"newsroom|contact|wartawan|jurnalis|penulis|redaksi)\b|@[\w-]+\.", re.IGNORECASE)


def _drawn_from_paragraph(caption: str, paragraph: str) -> bool:
    """A picture's caption made of a paragraph's opening words, the paragraph beside it ("Nama tarian ini diambil dari
    seorang ulama Aceh, Syekh Saman." by "Nama tarian ini diambil dari seorang ulama Aceh bernama Syekh Saman, yang
    … . Mula-mula … ."): the paragraph runs on in more sentences, a draft of the caption does not."""
    return (len(paragraph) >= _CAPTION_PARAGRAPH_LENGTH * len(caption)
            and len(_SENTENCE_SPLIT.findall(paragraph)) > len(_SENTENCE_SPLIT.findall(caption)))


@lru_cache(maxsize=8)
def _roles(editorial: Editorial) -> frozenset[str]:
    return frozenset(editorial.cues.roles)


def _pull_quote_speaker(line: str, roles: frozenset[str]) -> bool:
    """A speaker's line under a pull quote: a title the cues know opening it, then a comma and a name."""
    found = _SPEAKER_LINE.fullmatch(line)
    if not found:
        return False
    words = found.group("title").casefold().split()
    return any(" ".join(words[:n]) in roles for n in (1, 2))


def _pull_quote_named_first(lines: list[str], quote: int, speaker: int, kept: list[int]) -> bool:
    """A pull quote printed as a quote's words and the speaker's name and description under them: the words
    quoted again in a later paragraph, the name said again in the article."""
    found = _SPEAKER_NAMED_FIRST.fullmatch(lines[speaker].strip())
    if not found:
        return False  # the cheap test first: this runs for every two lines in a row of every article
    words = fold(lines[quote].strip().strip("\"“”'‘’"))
    if len(words.split()) < _PULL_QUOTE_MIN_WORDS:
        return False
    return _quoted_again_and_named(words, found.group("name"), [fold(lines[k]) for k in kept if k > speaker])


def _quoted_again_and_named(words: str, name: str, paragraphs: list[str]) -> bool:
    """A pull quote's words (folded) printed inside a longer paragraph, and its speaker's name said in one."""
    return (any(words in paragraph and len(paragraph) > len(words) for paragraph in paragraphs)
            and any(fold(name) in paragraph for paragraph in paragraphs))


# a quotation, and after it its speaker's name alone in brackets or after a dash: '"…" [Phyllis Johnson]'
_SIGNED_QUOTE = re.compile(r"[“\"„«‘](?P<words>[^“”\"„«»]{20,400})[”\"»’]\s*(?:\[(?P<bracketed>[^\]]+)\]"
                           r"|\((?P<in_brackets>[^)]+)\)|[—–-]\s*(?P<dashed>.+))")
_SIGNED_QUOTE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}")


def _pull_quote_signed(lines: list[str], index: int, kept: list[int]) -> bool:
    """A pull quote signed on its own line: the quote's words printed in a longer paragraph of the article, the
    name after them a name the article says elsewhere."""
    found = _SIGNED_QUOTE.fullmatch(lines[index].strip())
    if not found:
        return False
    name = (found.group("bracketed") or found.group("in_brackets") or found.group("dashed")).strip()
    words = fold(found.group("words").strip())
    if not _SIGNED_QUOTE_NAME.fullmatch(name) or len(words.split()) < _PULL_QUOTE_MIN_WORDS:
        return False
    return _quoted_again_and_named(words, name, [fold(lines[k]) for k in kept if k != index])


def _over_a_publications_credit(lines: list[str], index: int, editorial: Editorial) -> bool:
    """Under the headline, a picture's caption over the publication it is borrowed from, alone on the next line and
    a blank line under that: "The paddy fields … by an unlikely foe." / "The Straits Times". The credit names a body
    (an organisation word: "Times", "News", "Post") or an agency, not a writer."""
    credit = index + 1
    if credit >= len(lines) or not _SENTENCE_END.search(lines[index].strip()):
        return False
    text = lines[credit].strip()
    words = text.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _SENTENCE_END.search(text)
            and (credit + 1 == len(lines) or not lines[credit + 1].strip())
            and (any(fold(w) in editorial.cues.organisation_words for w in words)
                 or fold(text) in _agency_names(editorial)))


_WRITERS_POST_MAX_WORDS = 10  # "Dosen Fakultas Ekonomi dan Bisnis Universitas Contoh Raya": a post, not a paragraph


def _writers_post(line: str, name: str, editorial: Editorial) -> bool:
    """Under the writer's name, their post and its institution, as a reader's column prints them over the date line
    ("Jane Roe" / "Mahasiswa Ilmu Ekonomi Universitas Contoh"): no sentence, an organisation's word after the first
    word ("Universitas Contoh Raih Akreditasi" is a headline about the university)."""
    words = line.strip().split()
    return (_signed_name(name.strip()) and 2 <= len(words) <= _WRITERS_POST_MAX_WORDS and not _SENTENCE_END.search(line)
            and not any(q in line for q in _QUOTES) and fold(words[0]) not in editorial.cues.organisation_words
            and any(fold(word) in editorial.cues.organisation_words for word in words[1:]))


def _writer_and_publication(line: str, editorial: Editorial) -> bool:
    """An author line naming the writer and the publication or agency they write for: "Novina Putri Bestari, CNBC
    Indonesia" (the publication known, or named with an organisation word: "…, The Jakarta Post"). Beside the
    publication a name needs one word of a name's (known, or rare in the language), not all of them: "Putri" is an
    ordinary word too; "Harga Minyak Naik, CNBC Indonesia" would be a headline."""
    writer, comma, publication = line.strip().partition(", ")
    names = [fold(word) for word in writer.split()]
    if (not comma or not 2 <= len(names) <= 4 or not _NAME_LINE.match(writer)
            or not any(_name_word(word) for word in names)):
        return False
    words = publication.split()
    return (fold(publication) in _agency_names(editorial) or fold(publication) in _brands(editorial)
            or (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
                and any(fold(w) in editorial.cues.organisation_words for w in words)))


@lru_cache(maxsize=8)
def _agency_names(editorial: Editorial) -> frozenset[str]:
    return frozenset(fold(alias) for agency in editorial.agencies for alias in (agency.name, *agency.aliases))


@lru_cache(maxsize=8)
def _brands(editorial: Editorial) -> frozenset[str]:
    return frozenset(fold(b) for o in editorial.outlets for b in (o.name, *o.brands))


def _promo_title(title: str, quoted: bool) -> bool:
    """What a promo announces is a title: short, and (unless quoted) not a sentence, or a headline in title case
    closed by a full stop ("Herlan Adianto, Tinjau Langsung Jalan Tanjakan Gayau Yang Akan Segera Di Bangun.")."""
    words = len(title.split())
    if not 1 <= words <= _PROMO_MAX_WORDS:
        return False
    return quoted or words < 8 or not re.search(r"(?<!\.)\.[\"”’)]*$", title) or _title_case(title)


# Sentences and list items a scraper glued together when it dropped the markup between them: "…Hidayat.Dosen di…",
# "1. Menteri X Budi Santoso2. Kepala Y …". Three lower-case letters before the full stop, so that abbreviations and
# case numbers ("Pdt.Sus", "Jkt.Pst") stay as printed.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")
_GLUED_ITEM_NUMBER = re.compile(r"(?<=[a-z]{3}|[A-Z]{3})(\d{1,2}\.\s+)(?=[A-Z])")  # "Santoso2. ", "DPRD OKU3. "


def _unglued(paragraph: str) -> str:
    return _GLUED_ITEM_NUMBER.sub(r" \1", _GLUED_SENTENCE.sub(". ", paragraph))


_NUMBERED = re.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]\s")  # "1. Mengabulkan permohonan ...": an item of a list
_BULLET = re.compile(r"^[•·▪►*\-–]\s")  # "• Home", "- Soal Bantuan …": an item of a menu or a list of links


def _twins(line: str, other: str) -> bool:
    """The same line printed twice, or a caption in sentences drawn once bulleted and once not."""
    if fold(line) == fold(other):
        return True
    text = _unbulleted(line)
    return fold(text) == fold(_unbulleted(other)) and bool(_SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text))


_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’]?\s+[(\"“‘]?[A-Z]")  # a sentence closed before the line's end


def _contents_entries(lines: list[str], label: int) -> list[int]:
    """The entries of the table of contents under its label ("Daftar isi:"): the items of the list right under it,
    each a heading's words; a sentence, bulleted or not, is the article's and ends the list."""
    entries = []
    for following in range(label + 1, min(len(lines), label + 1 + _BLOCK_LIMIT)):
        line = lines[following].strip()
        if not line:
            continue
        if not (_BULLET.match(line) or _NUMBERED_ENTRY.match(line)):
            break
        entry = _NUMBERED_ENTRY.sub("", _unbulleted(line))
        if looks_like_prose(entry) and not _short_headline_like(entry):
            break
        entries.append(following)
    return entries


_INITIAL_OF_A_NAME = re.compile(r"[A-Z]\.\s[A-Z][a-z]")  # "G. Ruang", "H. Lutfi": a name's initial, no list's letter
_NUMBERED_ENTRY = re.compile(r"^(\d{1,2})[.)]\s+")  # "1. Jenis-jenis bekicot"


def _screen_readers_caption(lines: list[str], removed: dict[int, str]) -> list[int]:
    """The label a screen reader says first, alone on its line, and the caption on the next ("Media caption," /
    "Aerial footage and amateur video show …")."""
    found = []
    for i, line in enumerate(lines):
        caption = _next_line(lines, i) if _SCREEN_READER_LABEL.fullmatch(line.strip()) else None
        if caption is not None and caption not in removed and len(lines[caption].split()) <= _CAPTION_MAX_WORDS:
            found += [i, caption]
    return found


_SCREEN_READER_LABEL = re.compile(r"(?:Image|Media|Video|Photo) caption,?", re.IGNORECASE)


def _caption_broken_before_its_credit(lines: list[str], removed: dict[int, str]) -> list[int]:
    """A caption broken at the bracket that opens its credit, the credit on a line of its own ("Some of the
    destruction on north Pagai island.(" / "Rus Akbar: AFP"; no paragraph ends with a bracket open), and the
    picture's title right over it, short and with no stop ("A boat sits on grass in Indonesia disaster aftermath")."""
    found = []
    for i, line in enumerate(lines):
        if (i in removed or not line.rstrip().endswith("(")  # (a writer's face, ":'(", is no caption)
                or not _CAPTION_MIN_WORDS <= len(line.split()) <= _CAPTION_MAX_WORDS):
            continue
        found.append(i)
        title = _previous_line(lines, i)
        if title == i - 1 and title not in removed and _pictures_title(lines[title], _PICTURE_DESCRIPTION_WORDS):
            found.append(title)
    return found


_ALT_TEXT_SHARED_WORDS = 12  # opening words a picture's alternative text shares with its caption; a deck, fewer


def _printed_three_times(lines: list[str]) -> list[int]:
    """A sentence printed three times or more, bulleted or not (a gallery's caption, its slide's and its alternative
    text, around its credit): a caption's copies. The article prints a sentence once, a teaser twice; a headline
    printed three times (the page's, its title bar's, its card's) ends with no stop."""
    copies = defaultdict(list)
    for i, line in enumerate(lines):
        text = _unbulleted(line)
        if len(text.split()) >= _CAPTION_COPY_MIN_WORDS and _SENTENCE_END.search(text):  # (a headline has no stop)
            copies[fold(text)].append(i)
    return [i for found in copies.values() if len(found) >= _CAPTION_COPIES for i in found]


_CAPTION_COPIES = 3


def _unbulleted(line: str) -> str:
    """The line's text without its list bullet ("- Penulis :" → "Penulis :")."""
    return _BULLET.sub("", line.strip()).strip()


def _headline_under_article(lines: list[str], kept: list[int]) -> str | None:
    """A page with no headline over the article that prints it under it, with only chrome after it (a picture's
    caption, links to other articles): the last line left, headline-like, under the article's prose, and worded
    from it (a teaser of another article under the text tells of something else). At the page's very end (where
    a page cut short may end with a subheading) only under the article printed as one block, a paragraph of an
    article's length alone."""
    if len(kept) < 2:
        return None
    line = lines[kept[-1]].strip()
    one_block = len(kept) == 2 and len(lines[kept[0]].split()) >= _PROSE_ABOVE_WORDS
    if (not _headline_like(line) or _SENTENCE_END.search(line) or looks_like_prose(line)
            or any(q in line for q in _QUOTES) or not _article_above(lines, kept[:-1])
            or not (one_block or any(lines[i].strip() for i in range(kept[-1] + 1, len(lines))))):
        return None
    prose = [lines[i] for i in kept[:-1] if looks_like_prose(lines[i])]
    # compared by their roots: a headline says "ditangkap … pakai" where the text says "menangkap … memakai"
    words = {stem(word) for word in _words(line)}
    told = {stem(word) for paragraph in prose for word in _words(paragraph)}
    return line if words and len(words & told) >= _HEADLINE_WORDS_TOLD * len(words) else None


_PICTURE_NUMBER = re.compile(r"\s+\d{1,3}$")
_GALLERY_TITLE_WORDS = 3  # of the headline's end; fewer may be any phrase
_GALLERY_PICTURES = 2


def _gallery_titled_by_the_headline(lines: list[str], below: list[int], title: str) -> list[int]:
    """The lines under the post's prose that print the headline's last words (three or more), a picture's number
    maybe after them: the titles of its pictures, when two or more do."""
    title_words = fold(title).split()
    prose_seen, titled = False, []
    for i in below:
        words = fold(_PICTURE_NUMBER.sub("", lines[i].strip())).split()
        if prose_seen and _GALLERY_TITLE_WORDS <= len(words) < len(title_words) and words == title_words[-len(words):]:
            titled.append(i)
        prose_seen = prose_seen or looks_like_prose(lines[i])
    return titled if len(titled) >= _GALLERY_PICTURES else []


def _pull_quote_repeating(line: str, paragraphs: list[str]) -> bool:
    """A quotation alone on its line, most of whose words one paragraph above says too."""
    line = line.strip()
    words = set(_words(line))
    return (len(line.split()) >= _PULL_QUOTE_MIN_WORDS and line[:1] in _QUOTES and len(words) >= 3
            and any(len(words & set(_words(paragraph))) >= _PULL_QUOTE_WORDS_TOLD * len(words) for paragraph in paragraphs))


_PULL_QUOTE_WORDS_TOLD = 0.7


def _quoted_further_down(line: str, later: list[str]) -> bool:
    """A line in a sentence's case that a later paragraph quotes, its opening mark before the same words ("This is not
    a demonstration anymore. …" over the dateline / "\"This is not a demonstration anymore. …,\" he stated."): a pull
    quote, no headline (a title in title case the lede names in quotes is the headline: "A study released today,
    “Moringa: Export Market …”, is …")."""
    text = line.strip().rstrip(".,")
    return (len(text.split()) >= _PULL_QUOTE_MIN_WORDS and not _title_case(text)
            and any(mark + text in other for other in later for mark in _OPENING_QUOTES))


_OPENING_QUOTES = ('"', "“")
_PROSE_ABOVE_WORDS = 100  # an article's worth of text over a headline printed under it
_HEADLINE_WORDS_TOLD = 0.6  # of a headline's words (four letters or more), those its article uses


def _article_above(lines: list[str], indexes: list[int]) -> bool:
    """The lines hold an article: a run of paragraphs, or one long paragraph."""
    return (_prose_run(lines, indexes) >= _BODY_RUN
            or sum(len(lines[i].split()) for i in indexes if looks_like_prose(lines[i])) >= _PROSE_ABOVE_WORDS)


def _prose_run(lines: list[str], indexes: list[int]) -> int:
    """The longest run of consecutive lines (among `indexes`) that read as prose."""
    longest = current = 0
    for i in indexes:
        current = current + 1 if looks_like_prose(lines[i]) else 0
        longest = max(longest, current)
    return longest


_FOOTER_LINES_MIN = 2  # a footer's lines under its heading; one line under a label may be anything
_GALLERY_CAPTIONS_MIN = 2  # a photo story's captions under the article; one may be a lone picture's
# a rail's heading in title case, the kind of item it lists last: "US & World Videos", "More Stories", "Latest Headlines"
_RAIL_HEADING = re.compile(r"(?:[A-Z][\w'’.-]*\s(?:&\s)?){0,3}(?:Videos|Photos|Galleries|Podcasts|Stories|Headlines)")


_ACRONYM_IN_BRACKETS_AT_END = re.compile(r"(?<=\w)\s+\([A-Z]{2,8}\)\s*$")


# when a newsletter is sent: "Friday, 8.30 am", "Every weekday", "Daily, 7am", "Setiap Senin"
_NEWSLETTER_SCHEDULE = re.compile(
    rf"(?:(?:every|each|setiap)\s)?(?:{dates.WEEKDAY}|daily|weekdays?|weekly|monthly|harian|mingguan)s?"
    r"(?:,?\s*(?:at\s|pukul\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|wib)?)?", re.IGNORECASE)
_NEWSLETTER_BOX_LINES = 2  # its name and its blurb
_NEWSLETTER_BLURB_WORDS = 12


def _wire_alone(line: str, editorial: Editorial, outlets_too: bool = False) -> str | None:
    """A wire's name alone on its line, maybe with its article and a stop ("The Associated Press", "Bloomberg"), or,
    with `outlets_too`, a known outlet's ("Republika."): the name, else None."""
    name = re.sub(r"^The\s+", "", line.strip()).removesuffix(".")
    known = fold(name) in _agency_names(editorial) or (outlets_too and fold(name) in _brands(editorial))
    return name if known else None


def _picture_agency_alone(line: str, editorial: Editorial) -> bool:
    """A wire's or a picture agency's name alone on its line, in any case ("AFP", "epa", "Getty Images")."""
    return _wire_alone(line, editorial) is not None or re.fullmatch(_WIRE_AGENCIES, line.strip(), re.IGNORECASE) is not None


def _signed_off_by_the_datelines_agency(line: str, opening: str) -> bool:
    """A name with its acronym in brackets ("Mi’raj News Agency (MINA)"), the acronym one of the first words of the
    page's opening paragraph, its dateline's ("Tangerang, MINA – …"): the agency signing its story off."""
    found = _ACRONYM_IN_BRACKETS_AT_END.search(line)
    if found is None:
        return False
    acronym = found.group().strip(" ()")
    return acronym in re.findall(r"\w+", " ".join(opening.split()[:_DATELINE_WORDS_AT_MOST]))


_DATELINE_WORDS_AT_MOST = 6


def _closing_label(line: str) -> bool:
    """A line that may close a page as chrome: eight words at most, no sentence or clause mark but a label's
    colon at its end, no quote, no number, no list bullet; a name may have its acronym in brackets after it (the
    agency's "Mi’raj News Agency (MINA)")."""
    line = _ACRONYM_IN_BRACKETS_AT_END.sub("", line)
    return (len(line.split()) <= 8 and not re.search(r"[.!?,;\"“”()\d]", line) and ":" not in line.rstrip(" :")
            and not _BULLET.match(line) and not _NUMBERED.match(line))


_LINK_LABEL = re.compile(r"(?:Watch|Video|Tonton|Saksikan|Breaking(?: News)?)\s?:\s*(?P<title>\S.+)", re.IGNORECASE)


def _labelled_headline_over_dateline(lines: list[str], kept: list[int], body_start: int,
                                     removed: dict[int, str], editorial: Editorial) -> int | None:
    """The page's first line, a link's label and a headline ("Watch: Runaway vehicle carrier …", "Breaking News:
    …"), taken for a link, with nothing kept between it and a body that opens with a dateline: its index. Over a
    body without a dateline the line may be a link to the video of another page ("WATCH: Kitty Logan finds out …")."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first not in removed or not kept or kept[0] != body_start or body_start >= len(lines):
        return None
    found = _LINK_LABEL.fullmatch(lines[first].strip())
    if not found or not _headline_like(found.group("title")):
        return None
    return first if _opens_with_dateline(lines[body_start], editorial) else None


def _under_summary_points(title: str | None, kept: list[str]) -> bool:
    """Every line kept over the title a bulleted point, two or more: the page opens with its summary ("- Indonesia
    keeps its Temu ban to shield local businesses" / …), and the line under them is a subheading ("David vs Goliath
    in e-commerce"), the headline left off the page. (A menu's bullets and other stories' headlines over a headline
    went as navigation before.) With no title: the lines open with such points."""
    if title is None:
        above = list(itertools.takewhile(_BULLET.match, kept))
    else:
        above = kept[:kept.index(title)] if title in kept else []
    return len(above) >= _SUMMARY_POINTS_MIN and all(_BULLET.match(line) for line in above)


_SUMMARY_POINTS_MIN = 2


def _one_of_its_questions(title: str, kept: list[str]) -> bool:
    """The page's first line a short question ("What is Pop Mart?") when the page asks two more such questions
    alone on their lines ("Why Is Pop Mart So Popular in Indonesia?", "What's Inside the Bali Store?"): an
    explainer's subheadings, the page cut before its headline. A headline that asks a question ("What is Yadnya
    Kasada Bromo?") is the page's only such line."""
    if not kept or kept[0] != title or not _subheading_question(title):
        return False
    return sum(_subheading_question(line) for line in kept[1:]) >= _OTHER_QUESTIONS


_OTHER_QUESTIONS = 2


def _subheading_question(line: str) -> bool:
    # (a question quoted alone on its line, '“Where would they go?”', is someone's words, not a subheading)
    return line.endswith("?") and len(line.split()) <= _QUESTION_SUBHEADING_WORDS and _short_headline_like(line)


_QUESTION_SUBHEADING_WORDS = 12


def _headline_like(line: str) -> bool:
    return 4 <= len(line.split()) and _short_headline_like(line)


# a menu's links run together, their names glued ("GalleryMelakaHomestay"; a brand has one capital inside:
# "YouTube") or an arrow glued on as their icon ("Homestay→")
_MENU_GLUE = re.compile(r"[a-z]{2}[A-Z][a-z]+[A-Z][a-z]{2}|\w[→⇒➔►▶]")
_INITIALS_AFTER_STOP = re.compile(r"(?<=[.!?\"”])\s*[\[(][a-z]{2,5}[\])]$")
_ABBREVIATION_AT_END = re.compile(r"\s(?:[A-Z]\.){2,3}$")  # "L.I.", "U.S.", "D.C.": a place abbreviated


def _capitalised_throughout(words: list[str]) -> bool:
    """A short line with every word capitalised, the small ones too: a headline's case, never a paragraph's."""
    return len(words) <= _CAPITALISED_HEADLINE_WORDS and all(w[:1].isupper() for w in words if w[:1].isalpha())


_CAPITALISED_HEADLINE_WORDS = 16


def _short_headline_like(line: str) -> bool:
    """A headline of any length from two words: no sentence or clause ending (a short one may trail off in an
    ellipsis), no list number, bullet or dash (a standfirst's "–Army's rescue…"), no lower-case start, no domain,
    words rather than a row of numbers."""
    words = line.split()
    ending = _INITIALS_AFTER_STOP.sub("", line.rstrip())  # "… membeli 5 liter. [non]": a paragraph, its writer's tag
    unquoted = ending.rstrip("\"”’»")  # a quote's closing mark after its stop: '“… on the 12th.”', a sentence
    return (2 <= len(words) <= 35
            and (not unquoted.endswith((".", ",", ";", ":", "…")) or (ending.endswith(("...", "…")) and len(words) <= 15)
                 or _ABBREVIATION_AT_END.search(ending) is not None)  # "… hurt 5 on L.I.": no sentence's stop
            and not line.startswith(("(", "–", "—")) and not _BULLET.match(line) and not line[:1].islower()
            and not _DASH_AT_END.search(ending)  # "Kendari, Pena Medan -": a dateline alone, its paragraph below
            and not re.match(r"\d{6}", line)  # "26082019 badak 1-1 persib": a picture's file name, dated
            and not _mostly_figures(words)
            # a list's number or letter, not a name's initial ("G. Ruang Erupsi, …": Gunung; "H. Lutfi …": Haji)
            and not (_NUMBERED.match(line) and not _INITIAL_OF_A_NAME.match(line))
            and not re.fullmatch(_DOMAIN, line.strip())
            # sentences, the last a question; but every word capitalised, a short line is a headline's ("Don't Ever
            # Try To Feed The Seagulls. They Swarm!")
            and not (_TWO_SENTENCES.search(line) and _SENTENCE_END.search(ending) and not _capitalised_throughout(words))
            and not _HASHTAGS_AT_END.search(line)  # the headline of a post shared to a social network
            and not _MENU_GLUE.search(line)  # "Photo GalleryMelakaHomestay→ Switch to Event photos": a menu
            and ending.count(")") <= ending.count("(")  # a line cut from a longer one ("… dari Buku )")
            and not _places_alone(line))


def _spot_in_its_region(line: str) -> bool:
    """A spot named by a rare word and the region it lies in, two or three capitalised words: "Uluwatu Bali",
    "Bedugul, Bali", a picture's location as its caption. A heading's words before a region ("Explore Bali",
    "Rising Temperatures Across Pakistan") or a rare name and no region ("Uluwatu Sunset") are a subheading's."""
    words = line.replace(",", " ").split()
    if not 2 <= len(words) <= _SPOT_WORDS or not all(word[:1].isupper() for word in words):
        return False
    region = fold(words[-1])
    return (_known_place(region)
            # a name, no heading's word ("Explore Bali"): a word of the spot rare in both languages
            and any(_word_frequency(word) < _SPOT_NAME_ZIPF for word in words[:-1]))


_SPOT_WORDS = 3
_SPOT_NAME_ZIPF = 4.0  # "Uluwatu" 0, "Batur" 3.5; "Explore" 4.3, "Danau" 4.8


def _known_place(folded: str) -> bool:
    """A place or a country the gazetteer knows, by its folded name."""
    return folded in gazetteer.place_names() or folded in gazetteer.country_names()


def _places_alone(line: str) -> bool:
    """A place and the region it lies in, and nothing else: "KABUPATEN SUMBA BARAT, Nusa Tenggara Timur", a page's
    location label."""
    parts = line.split(",")
    return (2 <= len(parts) <= 3
            and all(_known_place(fold(part)) for part in parts))


def _body_start(lines: list[str], kept: list[int], editorial: Editorial) -> int:
    """The line index where the article's body starts: its first paragraph that opens with a dateline, or is
    long, or begins three sentences in a row (a teaser, a cookie or browser notice is shorter); past the end
    when there is none near the top."""
    run = []
    for position, i in enumerate(kept[:_HEAD_LINES * 2]):
        line = lines[i].strip()
        # (shorter, when the dateline names the outlet: "Karawang, METRO - Ketua" / "DPRD Karawang …")
        if (len(line.split()) < _ARTICLE_START_WORDS and not _SENTENCE_END.search(line)
                and position + 1 < len(kept) and kept[position + 1] == i + 1
                and lines[kept[position + 1]].strip()[:1].isalpha() and _opens_with_dash_dateline(line, editorial)
                and (_DATELINE_PARAGRAPH_WORDS <= len(line.split())
                     or any(pattern.match(line) for pattern in _datelines(editorial).with_outlet))):
            return i  # the dateline opens the body on a line a hard wrap cut short, its sentence on the next
        # a paragraph ends a sentence or is long; a headline, even with a quote in it, does neither. A sentence a
        # hard wrap cut at a comma, carried on in lower case on the next line, is a paragraph's ("… mencatat tiga
        # kasus," / "sedangkan Kepulauan Riau …": a page printed from its middle opens so)
        carried_on = (line.endswith(",") and position + 1 < len(kept) and kept[position + 1] == i + 1
                      and lines[i + 1].strip()[:1].islower())
        if (not (_SENTENCE_END.search(line) or len(line.split()) >= _ARTICLE_START_WORDS or carried_on)
                or _long_headline(line) or _numbers_row(line)  # a scoreboard's or ticker's figures: no paragraph
                or len(line.split()) < _PARAGRAPH_MIN_WORDS  # "One app.": a pitch's slogan, no paragraph
                # a headline asking or exclaiming, in title case: "Why Girls should Ride on GoKart with Extra Care?",
                # "… Jadi Sorotan Warganet: Serem Banget!"
                or (line.endswith(("?", "!")) and _mostly_capitalised(line) and _headline_like(line))):
            run = []
            continue
        if _head_caption(line):
            continue  # a caption between the headline and the body neither starts nor breaks the body
        if _SENTENCE_IN_A_CELL.fullmatch(line):
            run = []
            continue  # a sentence laid out in a table's cell, its bar closing it: a picture's caption
        if _person_in_the_act(line):
            run = []
            continue  # a long caption of what someone is doing, with no stop: no paragraph
        following = kept[position + 1] if position + 1 < len(kept) else None
        if ((not _SENTENCE_END.search(line) or _PICTURE_MOMENT.fullmatch(line) or _PICTURE_SCENE.fullmatch(line)
             or _wire_caption(line)) and following is not None
                and _opens_with_dateline(lines[following], editorial)):
            run = []
            continue  # a long line breaking off, or what a picture shows, over the dateline's paragraph: a caption
        if _teaser(line, [lines[k] for k in kept[position + 1:]]) or _standfirst(lines, kept, position):
            run = []
            continue
        if position == 0 and following is not None and (_headline_at_top(line, lines[following].strip())
                                                        or _kicked_headline_at_top(line)):
            continue
        run.append(i)
        if _opens_with_dateline(line, editorial):
            return i  # the dateline opens the body wherever it stands
        if len(run) == _BODY_RUN:
            return run[0]
        if len(line.split()) >= _ARTICLE_START_WORDS:
            return i
    return len(lines)


def _long_headline(line: str) -> bool:
    """A headline as long as a paragraph, in title case and with no sentence end: "Badai PHK Massal …, 6
    Perusahaan Besar Ini Tutup …, Berikut Data Lengkapnya" (a paragraph has its small words in lower case)."""
    return (len(line.split()) >= _ARTICLE_START_WORDS and not _SENTENCE_END.search(line)
            and _short_headline_like(line) and _title_case(line))


_SPACED_MARK = re.compile(r"\w\s+[?!]")  # a space before a question or exclamation mark, as casual typing leaves it
_DROPPED_LINKS_IN_A_ROW = 3  # links dropped among the paragraphs in a row; a longer bulleted run is a list
_LISTED_HEADLINE_WORDS = 6  # a headline of another story; a list's item is shorter


def _rare_words_alone(line: str, stems: Counter, page_words: set[str]) -> bool:
    """Two or more of the line's rarer words, none of which the page's other lines use (`stems`: the page's
    stems counted once a line), nor spell a letter otherwise: "Bailem" for the text's "Baliem" is the page's own
    name, mistyped (`page_words`: the page's words). Another story on the same beat shares one word with the
    page and brings four of its own ("Sidang Praperadilan Tom Lembong Memanas, Kejagung Sebut …" over a page on
    another hearing): one shared is allowed then."""
    rare = _rare_stems(line)
    shared = sum(stems[stem] != 1 for stem in rare)
    if len(rare) < 2 or shared > (1 if len(rare) - shared >= _OWN_RARE_WORDS_FOR_ONE_SHARED else 0):
        return False
    return not any(word != other and DamerauLevenshtein.distance(word, other, score_cutoff=1) <= 1
                   for word in _words(line) if len(word) >= _MISTYPED_NAME_LETTERS and word[:_STEM_LETTERS] in rare
                   for other in page_words)


def _rare_stems(line: str) -> set[str]:
    """The stems of the line's rarer words, a topic's (a name, a thing), not the language's."""
    return {word[:_STEM_LETTERS] for word in _words(line) if _word_frequency(word) < _RARE_WORD_ZIPF}


def _listed_headline(line: str) -> bool:
    line = line.strip()
    return (len(line.split()) >= _LISTED_HEADLINE_WORDS and _headline_like(line) and not _NUMBERED.match(line)
            and not _BULLET.match(line))


def _blank_lines_between_paragraphs(lines: list[str], kept: list[int]) -> bool:
    """Most of the page's lines stand alone, a blank line under them: its paragraphs are set apart."""
    alone = sum(1 for i in kept if i + 1 >= len(lines) or not lines[i + 1].strip())
    return alone * 2 > len(kept)


def _runs_of_adjacent_lines(kept: list[int]) -> list[list[int]]:
    """The kept lines in runs with no line between them, blank or removed."""
    runs: list[list[int]] = []
    for i in kept:
        if runs and runs[-1][-1] + 1 == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


_TEASER_MIN_WORDS = 8
_OWN_RARE_WORDS_FOR_ONE_SHARED = 4
_PARAGRAPHS_ABOVE_AN_UNRELATED_HEADLINE = 2  # the body begun: not the headline under a page's description
# a word cut off by dots: an excerpt's ("Apparently it's so..."), a post the embed cut short ("… your ring finger...")
_WORD_CUT_BY_DOTS = re.compile(r"\w(?:\.{3}|…)$")
_FIRST_SENTENCE = re.compile(r"(.{20,200}?[.!?])\s")
_TEASER_HEADLINE_WORDS = 6


def _title_case_headline_first(line: str) -> bool:
    """The line's first sentence is a headline in title case, six words or more."""
    found = _FIRST_SENTENCE.match(line)
    return bool(found) and len(found.group(1).split()) >= _TEASER_HEADLINE_WORDS and _title_case(found.group(1))


_KICKER_IN_CAPITALS = re.compile(r"[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){1,7}: [A-Z]")  # "ANIMAL RESCUES TO MAKE YOU SMILE: "
_RELATED_HEADLINE_WORDS = 11  # a subheading in title case is shorter (the dev set's longest between paragraphs: 9)
_MISTYPED_NAME_LETTERS = 6  # shorter words one letter apart are often two words ("Hunan", "human")
_RARE_WORD_ZIPF = 4.5  # wordfreq's frequency under which a word is a topic's (a name, a thing), not the language's
_STEM_LETTERS = 6  # words compared by their first letters: "Purworejo" and "Purwokerto" differ, "banjir"/"banjirnya" not


def _letters(text: str) -> str:
    """The letters of a text, folded: what an excerpt keeps of it when its spaces and commas are lost."""
    return re.sub(r"[\W\d_]+", "", text.casefold())


_SUBHEADING_SHARED_WORDS = 2  # words a first subheading shares with the headline over it


def _subheading_under_the_headline(lines: list[str], kept: list[int], position: int) -> bool:
    """The line right under the headline, right over the first paragraph, in the headline's words: the body's first
    subheading ("China Dominates Men’s and Women’s Badminton" / "China's Dual Victory in Men's and Women's
    Categories" / "The TotalEnergies BWF Thomas Cup Finals 2024 …"), not another story's headline."""
    if (position != 1 or position + 1 >= len(kept) or _next_line(lines, kept[position]) != kept[position + 1]
            or not _sentence_line(lines[kept[position + 1]])):
        return False  # a byline or a credit between them: the line is a picture's caption
    shared = _content_stems(lines[kept[position]]) & _content_stems(lines[kept[0]])
    return len(shared) >= _SUBHEADING_SHARED_WORDS


def _words(line: str) -> list[str]:
    """The line's words of four letters or more, lower-cased."""
    return [word.casefold() for word in re.findall(r"[^\W\d_]{4,}", line)]


def _stems(line: str) -> list[str]:
    """The line's words of four letters or more, lower-cased, cut to their first letters."""
    return [word[:_STEM_LETTERS] for word in _words(line)]


def _content_stems(line: str) -> set[str]:
    """The stems of the line's words but the small ones that carry a sentence on ("yang", "dalam", "tentang")."""
    return {word[:_STEM_LETTERS] for word in _words(line) if word not in _SMALL_WORDS}


_STRAY_FRAGMENT = re.compile(r"[A-Za-z]{2,5}")  # "Obb"
_ADDRESS_TAIL = re.compile(r"\.[a-z]{2,4}")  # ".me"
_CUT_DESCRIPTION_CHARS = 140  # a description is cut at 150 characters or so, a headline sooner


@lru_cache(maxsize=1)
def _known_words() -> tuple[str, ...]:
    """The words of the site's languages, sorted: PySastrawi's Indonesian root words and wordfreq's lists."""
    from wordfreq import iter_wordlist

    words = set(dictionary())
    for language in ("en", "id"):
        words.update(iter_wordlist(language, wordlist="small"))
    return tuple(sorted(words))


def _cut_inside_a_word(line: str) -> bool:
    """The line stops inside a word: its last, in lower case and no mark after it, is no word the site's languages
    know but the start of one ("… sekalig", of "sekaligus")."""
    last = line.split()[-1]
    if not (len(last) >= 3 and last.isalpha() and last.islower()) or _word_frequency(last) > 0:
        return False
    words = _known_words()
    position = bisect.bisect_left(words, last)
    return position < len(words) and words[position].startswith(last)


@lru_cache(maxsize=8192)
def _word_frequency(word: str) -> float:
    """wordfreq's Zipf frequency of a word in the site's languages, the higher of the two (0: no word it knows)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, language, wordlist="small") for language in ("en", "id"))


def _mostly_figures(words: list[str]) -> bool:
    """Two words in five or more hold a digit: a row of figures, not a headline's or a sentence's words."""
    return sum(any(c.isdigit() for c in w) for w in words) * 5 >= 2 * len(words)


def _headline_at_top(line: str, following: str) -> bool:
    """The page's first line, as long as a paragraph, cut mid-word by the site, over a longer paragraph that
    ends a sentence: a headline in a sentence's case cut to the title's length ("14 deaths, 20 of 25 districts
    hit, and … and upro"). Ending on a whole word, it is a standfirst without its full stop; over a shorter
    paragraph, a paragraph cut short; over the dateline's paragraph, a caption."""
    last = line.split()[-1]
    cut = last.isalpha() and last.islower() and not _word_frequency(last)
    return (cut and not _SENTENCE_END.search(line) and _short_headline_like(line) and not _title_case(line)
            and bool(_SENTENCE_END.search(following)) and len(following) > len(line))


def _opened_like_the_headline(line: str, headline: str | None) -> bool:
    """The line opens with the headline's first two words and goes on in a phrase of its own, a word in lower case
    among it, words the headline has not: a subheading on the headline's subject ("Harga Porang di Jawa Timur" under
    "Harga Porang Jatuh …"), where a byline is a name alone, even the one a columnist's headline opens with, and a
    picture's alternative text the headline cut short ("42 people die in Pujab")."""
    words, headline_words = re.findall(r"[^\W_]+", line), re.findall(r"[^\W_]+", headline or "")
    in_headline = {fold(w) for w in headline_words}
    return (len(headline_words) >= 2 and [fold(w) for w in words[:2]] == [fold(w) for w in headline_words[:2]]
            and any(w[:1].islower() for w in words[2:]) and any(fold(w) not in in_headline for w in words[2:]))


def _remove_values_under_labels(lines: list[str], removed: dict[int, str], rule: str, label: re.Pattern,
                                is_value: Callable[[str], bool]) -> None:
    """Under each line `rule` removed that is a label alone (`label`, maybe bulleted), the value printed on the next
    line, when `is_value` reads it as one, goes by the same rule: a byline's name, a category's name."""
    for i, found in list(removed.items()):
        if found == rule and label.fullmatch(_unbulleted(lines[i])):
            following = _next_line(lines, i)
            if following is not None and following not in removed and is_value(lines[following]):
                removed[following] = rule


def _headline_words_as_a_phrase(line: str, headline: str | None, lines: list[str]) -> bool:
    """Words of the headline only, each capitalised as a heading's, the first one a word the article prints in
    lower case elsewhere: a subheading on the headline's subject ("Vonis Harvey Moeis" under "Vonis & Pengakuan
    Harvey Moeis: …", the text telling of the "vonis"), where a byline is a name, never printed so ("Jane Roe"
    under "Jane Roe: Why …"), and a picture's alternative text is in a sentence's case ("Tenun ikat sumba")."""
    words = re.findall(r"[^\W\d_]+", line)
    in_headline = {fold(w) for w in re.findall(r"[^\W_]+", headline or "")}
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(fold(w) not in in_headline for w in words):
        return False
    lower = re.compile(rf"(?<!\w){re.escape(words[0][:1].lower() + words[0][1:])}(?!\w)")
    return any(lower.search(other) for other in lines if other is not line)


def _next_post_under_the_byline(lines: list[str], kept: list[int], removed: dict[int, str]) -> int | None:
    """The first line of another post's head under the article's closing byline, or under its last paragraph
    closed by the editor's initials ("… sudah aman. (asp)"): a headline with a date line in the two lines under it,
    maybe its picture's caption over it, the byline under the article's paragraphs."""
    closings = [k for k, rule in removed.items() if rule == "byline"]
    closings += [k for k in kept if _EDITORS_CODE_CLOSING.search(lines[k].strip())]
    for i in sorted(closings):
        after = [k for k in kept if k > i]
        if not any(looks_like_prose(lines[k]) for k in kept if k < i):
            continue
        if (len(after) >= 2 and _headline_like(lines[after[0]].strip())
                and any(dates.stamp_text(lines[k]) for k in after[1:3])):
            return after[0]
        if (len(after) >= 3 and _sentence_line(lines[after[0]]) and _headline_like(lines[after[1]].strip())
                and _title_case(lines[after[1]]) and any(dates.stamp_text(lines[k]) == lines[k].strip()
                                                          for k in after[2:4])):
            return after[0]  # "Tim Gegana … mengevakuasi …" / "Bom Rakitan 10 Kg … Ditemukan" / … / "10 Agustus 2016"
    return None


def _credit_under_a_pictures_title(lines: list[str], index: int, removed: dict[int, str]) -> list[int]:
    """The source's line right under a short line with no sentence's end, among the paragraphs (one above, one
    below): the picture's title and its credit, where a subheading would stand over its paragraph. Right over the
    title, set apart from the paragraph above by a blank line, a line with no sentence's end is the picture's
    alternative text ("Cassava glut wreaks havoc …" / "Cassava crisis: …" / "Source: UGC"). The title's lines."""
    above, below = _previous_line(lines, index), _next_line(lines, index)
    if above is None or below is None or above in removed or above != index - 1:
        return []
    title = lines[above].strip()
    if not (_pictures_title(title, _PICTURE_DESCRIPTION_WORDS) and not title.endswith(":") and looks_like_prose(lines[below])
            and any(looks_like_prose(lines[k]) for k in range(above) if k not in removed)):
        return []
    alternative = above - 1
    if (alternative > 0 and lines[alternative].strip() and alternative not in removed
            and not lines[alternative - 1].strip()
            and len(lines[alternative].split()) <= 2 * _PICTURE_DESCRIPTION_WORDS
            and not _SENTENCE_END.search(lines[alternative].strip()) and not lines[alternative].rstrip().endswith(":")):
        return [alternative, above]
    return [above]


def _wrapped_into_a_caption(lines: list[str], zone: list[int], removed: dict[int, str]) -> list[int]:
    """The lines a hard wrap broke off the picture's caption under them: each ends with a comma and the next carries
    its sentence on in lower case ("Jane Roe dan John Roe, bersama warga," / "saat makan papeda di kampung" / "Abar …
    - Jubi/Jane Roe")."""
    found: list[int] = []
    for i in reversed(zone):
        below = i + 1
        if (i not in removed and (removed.get(below) == "photo-caption" or below in found)
                and lines[i].rstrip().endswith(",") and lines[below].strip()[:1].islower()):
            found.append(i)
    return found


def _two_short_sentences(line: str) -> bool:
    """Two short sentences with no comma, the second opened by a conjunction: a magazine's headline in a sentence's
    case ("Warming waters hurt the reef. But fishers have a plan."), which no lede is: a lede tells more."""
    sentences = _SENTENCE_SPLIT.split(line.strip())
    return (len(sentences) == 2 and len(line.split()) <= _TWO_SENTENCES_HEADLINE_WORDS and "," not in line
            and all(len(sentence.split()) >= 3 for sentence in sentences)
            and fold(sentences[1].split()[0]) in _OPENING_CONJUNCTIONS)


_TWO_SENTENCES_HEADLINE_WORDS = 16
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "now", "tapi", "tetapi", "namun", "kini", "dan"})


_KICKER = re.compile(r"(?:\S+\s){0,2}\S+!\s+[A-Z]")  # "Lucky ducks! The …": a tabloid headline's exclamation


def _kicked_headline_at_top(line: str) -> bool:
    """The page's first line, as long as a paragraph but with no final mark, opened by a kicker of a few words
    and an exclamation ("Lucky ducks! The heartwarming moment ducklings … are rescued … as their mother looks
    on"): a tabloid's headline; a standfirst without its full stop opens with no such cry."""
    return bool(_KICKER.match(line)) and not _SENTENCE_END.search(line) and _short_headline_like(line)


def _teaser(line: str, after: list[str]) -> bool:
    """The lede printed above the headline as a teaser: the same text again further down, or its beginning cut
    (`_cut_teaser`)."""
    return (fold(line) in {fold(other) for other in after} or _cut_teaser(line, after)
            or _printed_without_its_attribution(line, after))


def _printed_without_its_attribution(line: str, after: list[str]) -> bool:
    """A later paragraph printed over the article without who said it ("… were damaged in the protests." / "… were
    damaged in the protests, he said."): the page's summary of it, no paragraph of its own."""
    stem = line.rstrip(". ")
    return len(stem.split()) >= _CUT_COPY_MIN_WORDS and any(
        other.strip().startswith(stem) and _ATTRIBUTION.fullmatch(other.strip()[len(stem):]) for other in after)


_ATTRIBUTION = re.compile(rf",\s+(?:[\w.'’-]+\s+){{0,3}}(?:{_SPEECH_VERBS})(?:\s+[\w.'’-]+){{0,2}}\.")  # ", he said."


def _cut_teaser(line: str, after: list[str]) -> bool:
    """The beginning of a later paragraph, cut with an ellipsis ("… after cutting…") or mid-word and maybe
    without the paragraph's dateline ("Indonesia Open 2025, turnamen …, J"). The paragraph goes on well past
    the cut: a headline printed again with a credit or a site name after it is no teaser."""
    words = len(line.split())
    longer = [other for other in after if len(other.strip()) >= len(line) + 20]
    if line.endswith(("…", "...")) and words >= 8:
        start = line.rstrip(".… ")
        return any(other.strip().startswith(start) for other in longer)
    if words >= 8 and not _SENTENCE_END.search(line):
        start = " ".join(line.split()[:-1])
        # not a headline the scraper glued to the lede under it: "…, says policeNepal: Landslides …", nor one in
        # title case the lede opens with as its first sentence, whole ("KlikBabel.com – Melaporkan … ke Polisi.
        # Pinjaman …"), nor one the lede names whole in quotes ("A study released today, “Moringa: Export Market
        # …”, is …"); a teaser in a sentence's case is the lede's first sentence without its stop
        title_case = _title_case(line)
        return any(0 <= other.find(start) <= _DATELINE_PREFIX_CHARS and not _glued_on(line, other.strip())
                   and not _label_before(line, other.strip())
                   # (nor one the picture's caption prints with its credit: "… Melahirkan Neneng Hasanah Yasin. ©2019
                   # Merdeka.com/Jane Roe")
                   and not _credit_after_copy(line, " ".join(other.split()))
                   and not (title_case and _first_sentence_whole(line, other)) and not _quoted_whole(line, other)
                   and not _opening_clause(line, other) for other in longer)
    return False


def _opening_clause(line: str, other: str) -> bool:
    """The other line, a paragraph, opens, after its dateline, with this one whole and then a comma: a post's title
    made of its lede's first clause ("Kapolri … pelaku bom di tiga gereja di Surabaya" over "DRADIOQU.COM - Kapolri … di
    Surabaya, Minggu (13/5), …"); a teaser cut at its length ends mid-word or mid-phrase."""
    at = other.find(line)
    return (0 <= at <= _DATELINE_PREFIX_CHARS and other[at + len(line):].startswith(",")
            and _sentence_line(other))  # (a longer headline printed under it adds its clause with no stop)


_SECTION_TAG_AFTER = re.compile(r"\s(?-i:[A-Z][a-z]{2,})")  # a section's one-word tag after the headline: " News"


def _label_before(line: str, other: str) -> bool:
    """The other line is this one with a short label before it, maybe glued on: a headline printed again after its
    section's name ("Fraud, Bribery & CorruptionFormer Indonesian Trade Minister Jailed …"), no teaser of it."""
    return len(other) > len(line) >= _GLUED_HEADLINE_MIN and other.endswith(line)


# These three test where a line stands in a text with string methods: a pattern built from each line would be
# compiled anew for every page.
def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at != -1:
        yield at
        at = text.find(part, at + 1)


def _quoted_whole(line: str, text: str) -> bool:
    """The text prints the line whole between quote marks."""
    for at in _occurrences(text, line):
        after = text[at + len(line):at + len(line) + 1]
        if at > 0 and text[at - 1] in "“\"‘" and after and after in "”\"’":
            return True
    return False


def _glued_on(line: str, text: str) -> bool:
    """The text opens with the line and a capital glued to it: the next sentence run on ("…, says policeNepal: …")."""
    after = text[len(line):len(line) + 1]
    return text.startswith(line) and bool(after) and after in string.ascii_uppercase


def _first_sentence_whole(line: str, text: str) -> bool:
    """The text prints the line as a sentence, its stop and a space or the end after it."""
    for at in _occurrences(text, line):
        end = at + len(line)
        if text[end:end + 1] and text[end] in ".!?" and (end + 1 == len(text) or text[end + 1].isspace()):
            return True
    return False


_BYLINE_LABEL = re.compile(r"(?:Oleh|By|Penulis|Editor|Reporter|Pewarta|Redaktur|Penyunting|Author|Writer)\s*:?",
                           re.IGNORECASE)


# A word as chat spells it: consonants only ("sdh", "dlm", "kn", "yg"), or doubled by a figure ("pntar2"); not a part
# of an address, a tag, a contraction or a reporter's initials ("https:", "<br", "they'll", "(rhm)")
_CHAT_WORD = re.compile(r"(?<![\w@#/.:<'’(&-])(?:yg|[b-df-hj-np-tv-xz]{2,5}|[a-z]{3,}2)(?![\w@/.:>'’)-])")
# … and those an edited text prints so too: units, abbreviations, titles
_VOWELLESS_WORDS = frozenset("km kg cm mm ml mg dl dll dsb dst dkk tsb sbb hlm vs st dr drh drg mr mrs ms pm th nd rd "
                             "ft lb lbs hp tv pc ppm kwh mph cc pp sd smp sk pt cv ng".split())
_CHAT_WORDS_MIN = 2  # over the comments together: one such word may be a slip
_CHAT_LINE_MAX_WORDS = 20
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def _chat_words_of_a_comment(line: str, acronyms: set[str]) -> int:
    """The words spelled as chat spells them on a short line opening in lower case, a reader's comment then, not the
    article's; 0 on any other line."""
    if not line[:1].islower() or len(line.split()) > _CHAT_LINE_MAX_WORDS or "://" in line:
        return 0
    return sum(1 for word in _CHAT_WORD.findall(line) if word not in _VOWELLESS_WORDS and word not in acronyms)


def _name_alone(line: str) -> bool:
    """One or two people's names and nothing else: "RUNIK SRI ASTUTI", "Nina A. Loasana", "A dan B"."""
    names = re.split(r",\s*|\s+(?:dan|and|&)\s+", line)
    return (len(line.split()) <= 2 * _BYLINE_MAX_WORDS and not _SENTENCE_END.search(line)
            and all(_NAME_LINE.match(name) and len(name.split()) <= 4 for name in names))


_NAME_AND_EMPLOYER = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]+){1,2}, [A-Z][\w&'’.-]*"
                                r"(?: (?:of|for|and|the|&|[A-Z][\w&'’.-]*)){0,5}")  # "Dick Randall, Defenders of Wildlife"
_NAME_LINE = re.compile(r"^[A-Z(][\w.'’()-]*(?:\s+[A-Z(][\w.'’()-]*){0,5}$")  # "Khairul Anam", "Nina A. Loasana (The Jakarta Post)"


def _standfirst(lines: list[str], kept: list[int], position: int) -> bool:
    """A sentence right under the headline and over the author or the date is the standfirst, not the body."""
    if position == 0 or position + 1 >= len(kept) or not _headline_like(lines[kept[position - 1]].strip()):
        return False
    following = lines[kept[position + 1]].strip()
    if len(_SENTENCE_SPLIT.findall(lines[kept[position]].strip())) >= 2:
        return False  # three sentences or more: a paragraph, over the date line that signs the post under it
    return bool(dates.stamp_text(following) or (_NAME_LINE.match(following) and not _SENTENCE_END.search(following)))


def _headline_above(lines: list[str], kept: list[int], stamp_position: int, editorial: Editorial) -> str | None:
    """The headline over a date line that has bylines and a standfirst between them: walking up over short
    lines, author lines, one sentence and a picture's caption cut short that a later line prints whole ("Police
    officers conduct a … investigation on Jl"), the first headline-like line."""
    standfirst = False
    labels_only = True  # every line passed so far a one-word label ("Translator", "Editor"), the writers' names left out
    for position in range(stamp_position - 1, max(-1, stamp_position - 6), -1):
        line = lines[kept[position]].strip()
        if _cut_short_of_a_later_line(line, lines[kept[position] + 1:]):
            continue
        if (labels_only and position < stamp_position - 1 and _short_title(line, editorial)
                and "(" not in line and not _writers_named(line)):  # ("Fadli (The Jakarta Post)": a writer)
            return line  # a short headline over its empty labels ("On Better Judgement" / "Translator" / "Editor")
        labels_only = labels_only and len(line.split()) == 1
        if _headline_like(line) and not _NAME_LINE.match(line) and not _writers_named(line):
            if fold(line) in _brands(editorial) or _navigation(line, editorial):
                return None
            return line
        if looks_like_prose(line) and not standfirst:
            standfirst = True
            continue
        if len(line.split()) <= 3 or _NAME_LINE.match(line) or _writers_named(line):
            continue
        return None
    return None


def _cut_short_of_a_later_line(line: str, later: list[str]) -> bool:
    """A sentence of eight words or more cut inside it, at a word whose mark a later line (maybe gone already as a
    caption) prints ("… investigation on Jl" / "… investigation on Jl. MH Thamrin …"): no headline, whose words a
    lede may go on from after a space ("… gun attacks" / "… gun attacks on Thursday, …")."""
    if len(line.split()) < _CUT_LINE_MIN_WORDS or _SENTENCE_END.search(line):
        return False
    return any(0 <= (at := other.find(line)) <= _DATELINE_PREFIX_CHARS and other[at + len(line):][:1] in tuple(".,;:")
               for other in later)


_CUT_LINE_MIN_WORDS = 8


_WRITERS_SEPARATOR = re.compile(r",\s+|\s+(?:&|and|dan)\s+")
_WRITERS_JOINED = re.compile(r"\s+(?:&|and|dan)\s+")
_PUBLICATION_IN_BRACKETS = re.compile(r"\s*\([A-Z][^()]{1,40}\)$")


def _writers_named(line: str, family_names_only: bool = False) -> bool:
    """Two or more writers' names listed, maybe their publication in brackets after them ("Jane Roe, John Doe &
    Erika Anindita (The Jakarta Post)"): an author line, each part two to four words of a name's shape, every word
    a name's (known, or rare in the language: "Bank Mandiri, Bank Jateng" holds an ordinary word), or with
    `family_names_only`, for a line that could be a headline at most, each name's last word ("Thomas Maresca": a
    given name may be a common word) and the names joined by "and" alone (a headline's comma joins two clauses:
    "Putusan MK Penuh Kejanggalan, Erdy Dabi Tolak PSU")."""
    publication = _PUBLICATION_IN_BRACKETS.search(line.strip())
    # (a paper's name in brackets tells a byline as well: "Benny Roe, Marchio Irfan Doe and Karina M. Poe (The Jakarta
    # Post)"; a label does not, "… Greets Marles (Video)")
    paper = publication is not None and _NEWSPAPER.fullmatch(publication.group().strip(" ()")) is not None
    separator = _WRITERS_JOINED if family_names_only and not paper else _WRITERS_SEPARATOR
    names = separator.split(line.strip()[:publication.start()] if publication else line.strip())
    surnames_only = family_names_only or paper
    return len(names) >= 2 and all(
        2 <= len(name.split()) <= 4 and _NAME_LINE.match(name)
        and (_name_words([fold(word) for word in name.split()[-1 if surnames_only else 0:]])
             # before a paper's name, any word of it a name's or an initial ("Hans Nicholas Jong and Sita W. Dewi
             # (The Jakarta Post)": family names that are words of the language)
             or (paper and any(_INITIAL.fullmatch(word) or _name_word(fold(word)) for word in name.split())))
        for name in names)


_BARE_FILE_NAME = re.compile(r"[a-z]+[-_]?\d{1,3}")  # a picture's file name with its extension lost: "joko2", "img_12"
_OFFER_LABEL_WORDS = 3  # "Best Value", "Most Popular" between a subscription's plans
_INITIAL = re.compile(r"[A-Z]\.")  # a name's initial: "W."


def _post_line(line: str) -> bool:
    """A line of a social post: 30 words at most, with an emoji, or with a handle or hashtag and no sentence end."""
    if len(line.split()) > _POST_MAX_WORDS:
        return False
    if any(unicodedata.category(ch) == "So" and ord(ch) >= 0x2600 for ch in line):
        return True
    return bool(re.search(r"(?<![\w@#])[@#]\w{2,}", line)) and not _POST_END.search(line)


def _post_text(line: str) -> bool:
    """The words of a post right over its author's or its buttons' line: no sentence end, more words than a
    subheading, in a sentence's case ("Someone's firework stack went off in Ontario shook our whole neighborhood")."""
    return (_POST_TEXT_MIN_WORDS <= len(line.split()) <= _POST_MAX_WORDS
            and (not _POST_END.search(line) or _WORD_CUT_BY_DOTS.search(line) is not None)
            and not _title_case(line))


_POST_MAX_WORDS = 30
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{2,30}(?<!\.)")  # a social network's account: "@writer"
_POST_END = re.compile(r"[.!?:…][\"”’)]*$")  # a sentence's or a lead-in's end: a paragraph's, not a post's line
_POST_TEXT_MIN_WORDS = 6
_KEYWORD_LINE_WORDS = 20  # a page's search keywords run on; a headline printed in lower case is far shorter
_CAPITALISED = re.compile(r"\b[A-Z][^\W_]*")
_KEYWORD_TEXT = re.compile(r"[^\W_][\w ,-]*?(?:-{2}|…|\.{3})?")  # phrases and commas, perhaps cut: no sentence, no list


_TAG_LINE_WORDS = (12, 60)  # a dozen tags of a word or two; a paragraph run on without a mark is longer
_TAG_PHRASE_REPEATS = 3
# words and single spaces, no mark, the first in lower case (a tag or two may be capitalised: "… gunung semeru
# Kabupaten Lumajang lumajang jawa timur")
_TAG_WORDS = re.compile(r"[^\W\d_A-Z][^\W\d_]*(?: [^\W\d_]+)*")


def _repeated_tags(text: str, words: list[str]) -> bool:
    """A page's tags run together as one line, in lower case with no mark at all, one phrase in tag after tag ("air
    bersih air bersih jakarta bantuan air bersih krisis air bersih …"): no sentence says a pair of words three times
    without a comma."""
    fewest, most = _TAG_LINE_WORDS
    if not fewest <= len(words) <= most or not _TAG_WORDS.fullmatch(text):
        return False
    return max(Counter(zip(words, words[1:])).values()) >= _TAG_PHRASE_REPEATS


def _keyword_lines(lines: list[str], removed: dict[int, str]) -> list[int]:
    """A page's search keywords printed as a line: long, all in lower case, only words and commas (no sentence, no
    list's items), and naming in lower case what the page prints capitalised ("… perubahan apbd sumatera selatan
    … rapat paripurna dprd sumsel …, berita politik dan an--"). A page printed all in lower case has nothing
    capitalised to compare with."""
    found = []
    capitalised: set[str] | None = None  # the page's capitalised words, gathered once a line needs them
    for i, line in enumerate(lines):
        text = line.strip()
        words = re.findall(r"[^\W\d_]+", text)
        if i not in removed and _repeated_tags(text, words):
            found.append(i)
            continue
        if (i in removed or len(words) < _KEYWORD_LINE_WORDS or any(ch.isupper() for ch in text)
                or not _KEYWORD_TEXT.fullmatch(text)):
            continue
        if capitalised is None:  # (the keyword line itself has none)
            capitalised = _capitalised_words(lines)
        if len({fold(w) for w in words if len(w) >= 3} & capitalised) >= 3:
            found.append(i)
    return found


def _capitalised_words(lines: list[str]) -> set[str]:
    """The page's capitalised words, folded: what a line of keywords or tags names again in lower case."""
    return {fold(word) for line in lines for word in _CAPITALISED.findall(line)}


_TAG_ITEM = re.compile(r"[-–•·]\s(?:[a-z]+\s){0,3}[a-z]+")  # "- pasuruan sidoarjo": a tag, in lower case, bulleted
_TAG_LIST_MIN = 3


def _tag_list(lines: list[str], removed: dict[int, str]) -> list[int]:
    """The page's tags as a bulleted list closing it, in lower case ("- jawa timur" / "- pohon tumbang" / …): three
    or more, nothing of the article under them, and two naming in lower case what the page prints capitalised
    (a list of the article's own points reads as sentences, its items capitalised)."""
    runs = _line_runs(lines, lambda text: _TAG_ITEM.fullmatch(text) is not None)
    if not runs or len(runs[-1]) < _TAG_LIST_MIN:
        return []
    run = runs[-1]
    if any(looks_like_prose(lines[k]) for k in range(run[-1] + 1, len(lines)) if k not in removed):
        return []
    capitalised = _capitalised_words(lines)  # (the tags themselves have none)
    named = sum(1 for i in run if set(lines[i].split()[1:]) & capitalised)
    return run if named >= 2 else []


def _usual_gap(lines: list[str]) -> int:
    """The number of blank lines the page most often puts between two lines of text."""
    gaps = Counter()
    blank = 0
    for line in lines:
        if line.strip():
            gaps[blank] += 1
            blank = 0
        else:
            blank += 1
    return gaps.most_common(1)[0][0] if gaps else 0


def _over_an_article_paragraph(lines: list[str], index: int) -> bool:
    """The line right under it is a paragraph as long as the article's own."""
    below = _next_line(lines, index)
    return (below is not None and looks_like_prose(lines[below])
            and len(lines[below].split()) >= _ARTICLE_START_WORDS)


def _under_a_date_line(lines: list[str], index: int) -> bool:
    """The line right over it prints the article's date: under the deck, the writer and the date line, a comments
    label is the head's link to them ("Wednesday 26 February 2025 15:00 GMT" / "Comments"), not the comments."""
    above = _previous_line(lines, index)
    return above is not None and dates.stamp_text(lines[above]) is not None


def _previous_line(lines: list[str], index: int) -> int | None:
    return next((j for j in range(index - 1, -1, -1) if lines[j].strip()), None)


def _over_a_photographers_credit(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The line is a picture's caption: the line under it is the photographer's credit alone ("Jeff Wheeler | Star
    Tribune via AP"). A credit that names the picture's subject ("Aedes aegypti/CDC") is a caption itself, and
    the paragraph over it is the article's."""
    below = _next_line(lines, index)
    return (below is not None and removed.get(below) == "photo-credit"
            and bool(_PHOTOGRAPHERS_CREDIT.search(lines[below]) or _CREDIT_IN_CAPITALS.fullmatch(lines[below].strip()))
            # (nor one that tells what the picture shows after its label in capitals: "PHOTO | COURTESY Former
            # minister Jane Roe")
            and not _CAPTION_AFTER_CREDIT.match(lines[below].strip()))


_CAPTION_AFTER_CREDIT = re.compile(r"(?-i:[A-Z]{2,})(?:\s?[|/:]\s?(?-i:[A-Z]{2,}))*\s(?-i:[A-Z][a-z'’-]+)(?:\s\S+){2,}")


def _glued_over_a_labelled_credit(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The line, short and quoting no one, opens its block after a blank line, and the picture's credit by its label
    ("Image: …", "Foto: …") is glued under it: a caption and its credit, one block, as a figure prints them."""
    line = lines[index].strip()
    return (0 < index < len(lines) - 1 and not lines[index - 1].strip()
            and removed.get(index + 1) == "photo-credit" and _LABELLED_CREDIT.match(lines[index + 1].strip()) is not None
            and len(line.split()) <= _GLUED_CAPTION_MAX_WORDS and not _SENTENCE_SPLIT.search(line)
            and not any(q in line for q in _QUOTES))


# where in a picture someone stands, which only a caption tells: "(kiri)", "(Kanan)", "(left)", "(from left)"
_PICTURE_POSITIONS = re.compile(r"\((?i:kiri|kanan|tengah|ki-ka|kiri ke kanan|left|right|centre|center|from left|l-r)\)")
_SOCIAL_ACCOUNT_CREDIT = re.compile(r"[.!?\"”]\s*\((?i:Twitter|X|Instagram|IG|Facebook|TikTok)\s*[:/]\s*@[\w.]{2,30}\)$")
_CREDIT_THEN_TEXT = re.compile(rf"{_CREDIT_LABEL_IN_BRACKETS}[^)]*\)\s+\w")  # "… (Photo: Ministry) Minister …"


def _tells_picture_positions(line: str) -> bool:
    """A caption telling where in the picture someone stands ("… di PN Jaksel (kiri). (Kanan) Seorang penonton …"),
    not one the lede is glued to after its credit ("… Sumadi (right) while … (Photo: …) Transportation Minister …":
    the article's opening, which stays)."""
    return _PICTURE_POSITIONS.search(line) is not None and _CREDIT_THEN_TEXT.search(line) is None


_LABELLED_CREDIT = re.compile(r"(?:Image|Photo|Picture|Foto|Gambar)\s*:\s*\S")
_GLUED_CAPTION_MAX_WORDS = 15  # a caption of a sentence; a paragraph over a picture that lost its caption runs longer


def _over_a_bracketed_credit(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """A line with no sentence end right over the picture's credit in brackets ("(Photo: Jane Roe/Reuters)")."""
    credit = _next_line(lines, index)
    return (credit is not None and removed.get(credit) == "photo-credit"
            and _BRACKETED_PHOTO_CREDIT.match(lines[credit]) is not None
            and not _SENTENCE_END.search(lines[index].strip()))


def _captioned_picture_above(lines: list[str], index: int, removed: dict[int, str], editorial: Editorial) -> bool:
    """Above the body, the line is a picture's caption, told by the line next to it: the photographer's credit
    under it, the photographer's, paper's and agency's credit under it, or the picture's label alone over it."""
    return (_over_a_photographers_credit(lines, index, removed) or _over_an_agency_credit(lines, index)
            or _under_a_picture_label(lines, index, removed, editorial)
            or _under_the_headlines_copy_over_the_dateline(lines, index, removed, editorial)
            or _lede_cut_over_the_dateline(lines, index, editorial))


def _lede_cut_over_the_dateline(lines: list[str], index: int, editorial: Editorial) -> bool:
    """A line opened in lower case, right over the paragraph the dateline opens, in that paragraph's words: the
    picture's caption, cut from the lede at its head ("petugas Resor KSDA Wilayah Tabanan, berkolaborasi …" over
    "bali.jpnn.com, TABANAN - BKSDA Bali lewat petugas Resor KSDA Wilayah Tabanan, …"). A standfirst in lower
    case says something else."""
    line = lines[index].strip()
    below = _next_line(lines, index)
    return (line[:1].islower() and len(line.split()) >= _CAPTION_MIN_WORDS and below is not None
            and not _opens_with_dateline(line, editorial) and _opens_with_dateline(lines[below], editorial)
            and _in_words_of(line, lines[below]))


def _under_the_headlines_copy_over_the_dateline(lines: list[str], index: int, removed: dict[int, str],
                                                editorial: Editorial) -> bool:
    """The headline printed again under the date line, as the picture's title, the line right under it, and the
    paragraph the dateline opens after them: the line is the picture's caption ("Para penumpang … turun dari
    wahana." over "Dream - Video …"), not a standfirst."""
    above = _previous_line(lines, index)
    line = lines[index].strip()
    return (above == index - 1 and removed.get(above) == "repeated-headline"
            and any(rule == "date-stamp" for k, rule in removed.items() if k < above)
            and _over_the_datelines_paragraph(lines, index, removed, editorial)
            and len(line.split()) <= _CAPTION_MAX_WORDS and not any(q in line for q in _QUOTES))


def _over_an_agency_credit(lines: list[str], index: int) -> bool:
    """Above the body, the line is a picture's caption: the line under it is the photographer's, the paper's and
    the agency's credit ("Roberto E. Rosales /The Albuquerque Journal/AP"), or the photographer's and the agency's
    (or the publication's) under a line naming the day the picture was taken ("… on May 13, 2018, in Surabaya, East
    Java." / "(Trisnadi / Associated Press)"): a standfirst over a picture printed without a caption names no such
    day."""
    below = _next_line(lines, index)
    if below is None:
        return False
    credit = lines[below].strip()
    return (_AGENCY_CREDIT.fullmatch(credit) is not None
            or ((_PHOTOGRAPHER_AND_AGENCY.fullmatch(credit) is not None or _PHOTOGRAPHER_AND_BRAND.fullmatch(credit))
                and bool(dates.references(lines[index]))))


def _under_a_picture_label(lines: list[str], index: int, removed: dict[int, str], editorial: Editorial) -> bool:
    """Above the body, the line is a picture's caption: the line over it is the picture's label alone ("file
    photo" / "Harry Trombitas of the FBI suggests …"); a paragraph the dateline opens is the body under a picture
    printed without a caption ("Ilustrasi" / "PROBOLINGGO, insidepontianak.com - …"), unless the dateline's
    paragraph is the next: then a label in capitals opens the caption ("ISTIMEWA" / "PELEPASLIARAN - Seekor …" /
    "TRIBUNKALTENG.COM, SAMPIT – …")."""
    above = _previous_line(lines, index)
    below = _next_line(lines, index)
    return (above is not None and _PICTURE_LABEL.fullmatch(lines[above].strip()) is not None
            and looks_like_prose(lines[index]) and len(lines[index].split()) <= _CAPTION_MAX_WORDS
            # a standfirst a hard wrap cut, going on in lower case under it ("… more to these creatures than" /
            # "meets the eye. …"): no caption, which ends where it ends
            and not (below is not None and not _SENTENCE_END.search(lines[index].strip())
                     and _LOWER_CASE_WORD_FIRST.match(lines[below].strip()) is not None)
            and (not (_opens_with_dateline(lines[index], editorial) or _opens_with_dash_dateline(lines[index], editorial))
                 or _over_the_datelines_paragraph(lines, index, removed, editorial)))


def _under_a_credit_under_the_headline(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The headline (or its second printing), the photographer's credit under it in capitals, the outlet's and
    the photographer's names ("TRIBUN KALTIM/BUDI SUSILO"), then a line: the picture's caption ("Septiani (berbaju
    merah) bersama keluarga …"). A credit in other words ("Credit: Airbus", "Ilustrasi/Tribunnews") may stand for a
    picture printed without a caption, the lede under it."""
    credit = _previous_line(lines, index)
    heading = _previous_line(lines, credit) if credit is not None else None
    return (removed.get(credit) == "photo-credit" and removed.get(heading) in ("headline", "repeated-headline")
            and "/" in lines[credit] and lines[credit].upper() == lines[credit]
            and looks_like_prose(lines[index]) and len(lines[index].split()) <= _CAPTION_MAX_WORDS)


_SITE_ADDRESS = re.compile(r"\w\.(?:com|co\.id|id)\b")  # "TRIBUNNEWS.com", "TribunContoh.co.id"
_PHOTOGRAPHER_IN_CAPITALS = re.compile(r"[\w.-]+(?:\s[\w.-]+)?\s?/\s?[A-Z][A-Z.'’ -]{2,40}")  # "KOMPAS.com/MUH. AMRAN AMIR"


def _under_a_photographers_credit_under_the_byline(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The byline or the date line, the picture's credit under it, the outlet and the photographer in capitals after
    a slash ("Penulis: … | Editor: …" / "KOMPAS.com/MUH. AMRAN AMIR"), then a sentence as short as a caption: the
    picture's caption, the body under it."""
    credit = _previous_line(lines, index)
    above = _previous_line(lines, credit) if credit is not None else None
    return (credit is not None and removed.get(above) in ("byline", "date-stamp")
            and (bool(_PHOTOGRAPHER_IN_CAPITALS.fullmatch(lines[credit].strip()))
                 # … or a credit the rules know naming the site's address and its photographers, not in brackets:
                 # "TRIBUNNEWS.com Jane Roe/John Roe" (a picture printed without a caption has its agency's or its
                 # credit in brackets alone, "Foto/AP", "(Jane Roe/Example)", the body under it)
                 or (removed.get(credit) == "photo-credit" and "/" in lines[credit] and "(" not in lines[credit]
                     and _SITE_ADDRESS.search(lines[credit]) is not None and len(re.split(r"[\s/]+", lines[credit].strip())) > 2)
                 # … or the outlet and the photographer in title case, "Tribunnews/Jane Roe", over a caption that
                 # opens with its label in capitals before a dash ("HIBAHKAN ASET - Terdakwa …"), naming no place:
                 # a paragraph there opens with its dateline ("JAKARTA - …")
                 or (removed.get(credit) == "photo-credit" and _OUTLET_AND_PHOTOGRAPHER.fullmatch(lines[credit].strip())
                     and _caption_label_before_dash(lines[index])))
            and looks_like_prose(lines[index]) and len(lines[index].split()) <= _CAPTION_MAX_WORDS)


_CAPTION_LABEL_BEFORE_DASH = re.compile(r"(?P<label>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,3})\s[-–]\s[A-Z]")


def _caption_label_before_dash(line: str) -> bool:
    """The line opens with a label in capitals before a spaced dash that names no place the gazetteer knows and
    no site ("HIBAHKAN ASET - …", not "JAKARTA - …" nor "TRIBUNNEWS.COM - …"): a picture's caption's label."""
    found = _CAPTION_LABEL_BEFORE_DASH.match(line.strip())
    return found is not None and not _known_place(fold(found.group("label")))


def _under_a_credit_over_the_dateline(lines: list[str], index: int, removed: dict[int, str],
                                      editorial: Editorial) -> bool:
    """A picture's caption printed under its credit ("KOMPAS/NINO CITRA" / "Petani menyalakan …"), with the
    paragraph the dateline opens under it: the body starts there, not at the caption."""
    above = _previous_line(lines, index)
    return (above is not None and removed.get(above) == "photo-credit" and "/" in lines[above]
            and _over_the_datelines_paragraph(lines, index, removed, editorial))


def _over_the_datelines_paragraph(lines: list[str], index: int, removed: dict[int, str], editorial: Editorial) -> bool:
    """The next line no rule took, past the byline and the widgets between ("|" / "Editor: …"), is the paragraph
    the dateline opens."""
    below = _next_line(lines, index)
    while below is not None and below in removed:
        below = _next_line(lines, below)
    return below is not None and _opens_with_dateline(lines[below], editorial)


def _credit_after_copy(first: str, second: str) -> bool:
    """The second line is the first with a picture's credit after it: "… 2020. /Pikiran Rakyat/Aris M Fitrian", or
    after the first's full stop the photographer's name alone ("… with Steve Halgryn. Warren Lynam")."""
    credit = second[len(first):].strip()
    return (len(first) >= _CAPTION_COPY_MIN and second.startswith(first)
            and ("/" in credit or (bool(_SENTENCE_END.search(first)) and bool(_PHOTOGRAPHERS_NAME.fullmatch(credit)))
                 or bool(_COPYRIGHT_IN_BRACKETS.fullmatch(credit)) or bool(_SOURCE_IN_BRACKETS.fullmatch(credit)))
            and len(credit) <= _CREDIT_MAX_CHARACTERS and not any(q in second for q in _QUOTES))


_SOURCE_IN_BRACKETS = re.compile(r"\([A-Za-z][\w.&'’ -]{1,30}\)")  # "… Inaugurates Jakarta MRT (setkab)"
_PHOTOGRAPHERS_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}")
# a line with its source after a bar: "Reasons Why Roblox Is Banned in Indonesia | Roblox"
_CAPTION_WITH_SOURCE = re.compile(r"(?P<text>\S.{9,200}?)\s\|\s(?P<source>[A-Z][\w.&'’ -]{1,30})")
_PICTURE_TITLE_WORDS = 8  # a picture's title between a subheading and its caption: a few words, no sentence
_TITLE_BAR_PAGE_WORDS = 2  # a home page's or a section's title in a title bar ("Home", "Berita Daerah")
_TITLE_BAR = re.compile(r"(?P<page>\S.{0,80}?)\s[-–—|]\s(?P<site>\S.{3,80})")  # "Home - Official Website of X"
_CREDIT_FIRST = re.compile(r"©\s?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s?/\s?[A-Z]")  # "© Reuters/YT Haryono…"
_AGENCY_HOUSE_CAPTION = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*(?:, [A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*){1,2}"
                                   r" [-–—] (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
                                   r"|NOVEMBER|DECEMBER) \d{1,2}: ")  # "JAKARTA, INDONESIA - JANUARY 12: …"
# … or its copyright in brackets: "(Copyright 2025 The Associated Press. All rights reserved.)", "(© Jane Roe)"
_COPYRIGHT_IN_BRACKETS = re.compile(r"\((?:©|Copyright\b|Hak cipta\b)[^()]{2,80}\)\.?", re.IGNORECASE)


# a bulleted headline in a sentence's case closed by its outlet's name, an acronym maybe with a word or a number after
# it: "- 12 sent to hospital after lightning strike at Lake Murray, fire chief says WIS News 10"
_OUTLET_CLOSED_ITEM = re.compile(r"[-•·*]\s+[A-Z0-9][^.!?]{10,200}?\s[A-Z]{2,5}(?:\s(?:[A-Z][a-z]+|\d{1,3})){0,2}")


def _closing_run(lines: list[str], kept: list[int], belongs) -> list[int]:
    """The kept lines closing the page, last first, as long as `belongs(text)` holds for each."""
    run = []
    for i in reversed(kept):
        if not belongs(lines[i].strip()):
            break
        run.append(i)
    return run


def _under_finished_sentence(lines: list[str], kept: list[int], run: list[int]) -> bool:
    """The run closing the page is not the whole page, and the kept line right above it finishes a sentence."""
    return len(run) < len(kept) and bool(_FINISHED.search(lines[kept[-len(run) - 1]].strip()))


def _remove_related_headlines(run: list[int], kept: list[int], removed: dict[int, str]) -> list[int]:
    """Headlines of other stories closing the page go; the kept lines left."""
    for i in run:
        removed[i] = "related-headlines"
    return [i for i in kept if i not in removed]


def _remove_closing_list(run: list[int], kept: list[int], removed: dict[int, str],
                         minimum: int = _LINK_LIST_MIN) -> list[int]:
    """A run of links closing the page goes when it is a list (`minimum` lines or more) and not the whole page."""
    if len(run) >= minimum and len(run) < len(kept):
        for i in run:
            removed[i] = "related-links"
        return [i for i in kept if i not in removed]
    return kept


def _introduced_lists(lines: list[str], kept: list[int]) -> set[int]:
    """The items of the bulleted lists a line of the article introduces with a colon ("Laporkan melalui:" /
    "• Email: …"; a label of one word, "Tags:", is the page's), and of a list right over such a line and its list:
    the article printed from the middle of a list, not a menu."""
    # the kept lines as a sequence of single lines and runs of bulleted ones
    blocks: list[int | list[int]] = []
    for i in kept:
        if not _BULLET.match(lines[i].strip()):
            blocks.append(i)
        elif blocks and isinstance(blocks[-1], list):
            blocks[-1].append(i)
        else:
            blocks.append([i])

    def intro(block: int | list[int] | None) -> bool:
        return isinstance(block, int) and _LIST_INTRO.fullmatch(lines[block].strip()) is not None

    items: set[int] = set()
    for n, block in enumerate(blocks):
        if not isinstance(block, list):
            continue
        after = blocks[n + 1: n + 3]
        if (n and intro(blocks[n - 1])) or (len(after) == 2 and intro(after[0]) and isinstance(after[1], list)):
            items.update(block)
    return items


_LIST_INTRO = re.compile(r"[A-Z]\S*(?:\s+\S+){1,12}:")  # a line of two words or more ending with a colon


def _bulleted_title(text: str) -> bool:
    found = _BULLET.match(text)
    return bool(found and _title_case(text[found.end():]))


def _carried_on_in_lower_case(lines: list[str], index: int) -> bool:
    """The line's sentence, in a sentence's case, goes on in lower case on the very next line: a paragraph a hard
    wrap cut, no heading (a headline in title case over a body in lower case stays one; a site's address in lower
    case opening the next line is its dateline: "jabar.jpnn.com, DEPOK - …")."""
    line = lines[index].strip()
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (not _SENTENCE_END.search(line) and not _title_case(line)
            and _LOWER_CASE_WORD_FIRST.match(following) is not None
            and not _capital_cut(following, lines[index + 2:]))


def _capital_cut(line: str, later: list[str]) -> bool:
    """A line in lower case that a later paragraph prints whole after one capital letter ("ejauh ini, total …" /
    "Sejauh ini, total …"): a deck copied from the body with its first letter lost, not a sentence going on."""
    return len(line.split()) >= _CUT_DECK_MIN_WORDS and any(
        text.strip()[:1].isupper() and text.strip()[1:].startswith(line) for text in later)


_CUT_DECK_MIN_WORDS = 5


def _wrapped_paragraphs_start(lines: list[str], index: int) -> bool:
    """The line opens a paragraph a hard wrap cut, long enough to be one (`_runs_on`), its sentence going on in lower
    case on the next line: no byline, caption or label under the headline, though it opens with a name."""
    return _carried_on_in_lower_case(lines, index) and _runs_on(lines[index], lines[index + 1])


_LOWER_CASE_WORD_FIRST = re.compile(r"[a-z][a-z'’-]*\s")


def _over_a_picture_over_prose(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """Under the line, a picture's caption (its lines already removed as one), then a paragraph."""
    below = _next_line(lines, index)
    if below is None or removed.get(below) != "photo-caption":
        return False
    while below is not None and removed.get(below) == "photo-caption":
        below = _next_line(lines, below)
    return below is not None and below not in removed and looks_like_prose(lines[below])


def _between_headline_and_byline(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The line stands right under the headline and right over a byline or a date line: a standfirst's place."""
    above, below = _previous_line(lines, index), _next_line(lines, index)
    return (above is not None and removed.get(above) == "headline"
            and below is not None and removed.get(below, "").startswith(("byline", "date-stamp")))


def _signed_below(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """One of the next lines under the line is a byline or a date line (a deck may stand between)."""
    below = [j for j in range(index + 1, len(lines)) if lines[j].strip()][:_SIGNED_BELOW_LINES]
    return any(removed.get(j, "").startswith(("byline", "date-stamp")) for j in below)


_SIGNED_BELOW_LINES = 2  # the headline's deck, then its writer's line


def _next_line(lines: list[str], index: int) -> int | None:
    return next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)


def _remove_bylines(lines: list[str], zone: list[int], removed: dict[int, str], editorial: Editorial,
                    headline: str | None = None) -> None:
    """Short lines under the headline that are no sentence: bylines when no sentence stands above them in the
    zone, or when they touch a line of chrome (a date line, a byline, a widget); a subheading under the
    standfirst, between two paragraphs, touches none, and neither does one telling of the headline's subject."""
    for run in _author_boxes(lines, zone):
        for i in run:
            removed[i] = "byline"
    removed.update((i, "byline") for i in zone if _writers_named(lines[i]))  # "Jane Roe, John Doe & … (The Post)"
    zone = [i for i in zone if i not in removed]
    short = [i for i in zone if not looks_like_prose(lines[i]) and len(lines[i].split()) <= _BYLINE_MAX_WORDS
             and not _datelines(editorial).alone.match(lines[i].strip())  # "Moskow:" is the dateline
             and not _place_in_capitals_alone(lines[i])  # "JAKARTA" too
             and not _SOURCE_OVER_PASSAGE.fullmatch(lines[i].strip())  # "From Macro Oceans:" over what it quotes
             and not _opened_like_the_headline(lines[i], headline)  # "Harga Porang di Jawa Timur"
             and not _UPDATE_LABEL.fullmatch(lines[i].strip())  # a story's update, its label over it
             and len(_LOWER_CASE_WORD.findall(lines[i])) < _CLAUSE_WORDS
             and not _deck_case(lines[i].strip())
             and not _ARTICLE_PHRASE.fullmatch(lines[i].strip())
             and not dates.stamp_text(lines[i].strip())  # the date line under the writer: the date rules' to read
             and not _wrapped_paragraphs_start(lines, i)]  # "Presiden Susilo … menyampaikan belasungkawa" / "kepada …"
    first_sentence = next((i for i in zone if looks_like_prose(lines[i])), None)
    # under the byline's lines and over the text, words of the headline as a phrase: a subheading opening the
    # text ("Vonis Harvey Moeis" under "Editor : Jane Roe"); right under the headline, the picture's alternative text
    def subheading(i: int) -> bool:
        above, below = _previous_line(lines, i), _next_line(lines, i)
        return (_headline_words_as_a_phrase(lines[i], headline, lines)
                and (above in short or removed.get(above, "").startswith(("byline", "date-stamp")))
                and below is not None and looks_like_prose(lines[below]))

    short = [i for i in short if not subheading(i)]
    accepted = {i for i in short if first_sentence is None or i < first_sentence}
    changed = True
    while changed:
        changed = False
        for i in short:
            if i in accepted:
                continue
            below = _next_line(lines, i)
            if (first_sentence is not None and i > first_sentence and _SUBHEADING.fullmatch(lines[i].strip())
                    and below is not None and looks_like_prose(lines[below])):
                continue  # "Berbekal botol dan kayu" over the body, under the standfirst's byline: a subheading
            if (first_sentence is not None and i > first_sentence and _CAPITALS_SUBHEADING.fullmatch(lines[i].strip())
                    and _over_a_picture_over_prose(lines, i, removed)):
                continue  # "SEJARAH RAMBU SOLO TORAJA" over a picture and its caption, then the paragraph: a subheading
            neighbours = {_previous_line(lines, i), below}
            if (any(n in accepted or n in removed for n in neighbours if n is not None)
                    or (below is not None and _place_in_capitals_alone(lines[below]))):  # over the dateline
                accepted.add(i)
                changed = True
    for i in accepted:
        removed[i] = "byline"


# a phrase opened by an article, every word after it in lower case: a deck ("A freak accident"), no one's name
_ARTICLE_PHRASE = re.compile(r"(?:A|An|The|Sebuah|Seorang)(?:\s+[a-z][\w'’-]*)+[.!?]?")


def _author_boxes(lines: list[str], zone: list[int]) -> list[list[int]]:
    """An author's box under the headline: short lines in a row that open with the same name, one of them the
    name alone ("Joris Evers Staff Writer, CNET News.com", "Joris Evers covers security.", "Joris Evers")."""
    def name(i: int) -> tuple[str, ...] | None:
        words = lines[i].split()
        opening = tuple(words[:2])
        return opening if (len(words) <= 8 and len(opening) == 2
                           and all(w[:1].isupper() and w.isalpha() for w in opening)) else None

    boxes, run = [], []
    for i in [*zone, None]:
        if run and (i is None or name(i) != name(run[-1]) or _previous_line(lines, i) != run[-1]):
            if len(run) >= 2 and any(len(lines[k].split()) <= 3 for k in run):
                boxes.append(run)
            run = []
        if i is not None and name(i) is not None:
            run.append(i)
    return boxes


def _head_caption(line: str) -> bool:
    """Between the headline and the body, a picture's caption: a sentence closed by an agency's initials
    ("… in Jeddah. (SPA)") or by the picture's source ("….(Picture: Sourced)"), or a person's name and office alone
    ("Energy Minister Prince Abdulaziz bin Salman.")."""
    line = line.strip()
    found = _CREDIT_AFTER_STOP.search(line) or _SOURCE_CLOSED.search(line)
    if found and not any(q in line for q in _QUOTES):
        return True
    words = line.rstrip(".").split()
    return (line.endswith(".") and 2 <= len(words) <= 10
            and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
            and not _PLACE_AND_STATE.fullmatch(line))  # a dateline the scraper split from its paragraph


def _headline_with_credit(line: str, title: str) -> bool:
    """The headline again with a picture's credit glued on, as a caption: "Headline-net-", "Headline--"."""
    line = line.strip()
    if not line.casefold().startswith(title.casefold()) or len(line) == len(title):
        return False
    rest = line[len(title):].strip()
    return len(rest) <= 40 and not _SENTENCE_END.search(rest.rstrip("-–— ")) and rest[:1] in "-–—(|/©"


def _headline_with_hashtags(line: str, title: str) -> bool:
    """The headline again with hashtags after it, as a post shared to a social network prints it."""
    line = line.strip()
    return line.casefold().startswith(title.casefold()) and bool(_HASHTAGS.fullmatch(line[len(title):]))


def _without_section(line: str, editorial: Editorial) -> str:
    """A date line without the section's name printed before it with no separator ("World 15:47 04.08.2019")."""
    first, _, rest = line.strip().partition(" ")
    return rest if rest and fold(first) in editorial.sections else line


_KEY_POINT_WORDS = 8  # a menu's or a link list's item is shorter, or in title case


def _bulleted_runs(lines: list[str], kept: list[int]) -> list[list[int]]:
    """The runs of bulleted lines in a row among the kept ones."""
    runs: list[list[int]] = []
    for position, i in enumerate(kept):
        if not _BULLET.match(lines[i].strip()):
            continue
        if runs and position and kept[position - 1] == runs[-1][-1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _menu_run_whole(lines: list[str], run: list[int], removed: dict[int, str]) -> None:
    """Above the body, a bulleted run most of whose items are a menu's is the menu, or a widget's list, whole: the
    item long enough for a summary point ("- Browse free from up to 5 devices at once" under "- Never miss a story
    with notifications") or a button's call ("– Access The Media Pack Now!") goes with the rest; a date line among
    the items is left to be read ("• 21 September 2015" / "• Jembrana")."""
    menu = [k for k in run if removed.get(k) == "navigation"]
    if len(menu) >= 2 and len(menu) * 2 > len(run):
        removed.update((k, "navigation") for k in run if k not in removed and not dates.stamp_text(lines[k]))


def _key_point(line: str) -> bool:
    """A bulleted summary point under the headline, in a sentence's case ("- Pada Agustus 2025 terpantau 489 titik
    panas di Sumsel, turun dari …"), not a menu's or a link list's item."""
    return len(_unbulleted(line).split()) >= _KEY_POINT_WORDS and not _title_case(line)


def _navigation(line: str, editorial: Editorial) -> bool:
    """A menu: its items run together (_items_glued); or capitalised words only, three or more of them section
    names ("Nasional Mondial Ekonomi Foto"), or two or more, each a section's name or a one-word label the
    boilerplate drops alone ("Iklan Beranda")."""
    words = line.split()
    if _items_glued(words):
        return True
    steps = _CRUMB_ARROW.split(line.strip())
    if len(steps) >= _ARROWED_STEPS and all(1 <= len(step.split()) <= _ARROWED_STEP_WORDS for step in steps):
        return True  # a breadcrumb of names in any case ("The Library of Congress > Law Library > News & Events > …")
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    crumbs = _CRUMB_SEPARATOR.split(line.strip())
    if len(crumbs) >= 2 and all(len(crumb.split()) <= _CRUMB_WORDS for crumb in crumbs):
        return True  # names of a word or two between slashes: a menu or a theme's tagline ("Half Mag / Half Zine")
    return (sum(fold(w) in editorial.sections for w in words) >= 3
            or (len(words) >= 2 and all(fold(w) in _menu_words(editorial) for w in words)))


_GLUE = re.compile(r"[a-z](?=[A-Z])|[A-Z](?=[A-Z][a-z])")  # where a word ends and a capitalised one starts, unspaced
_GLUED_ITEMS_MIN = 3  # joints in the line: a brand's own capitals ("iPhone", "YouTube") give one a word


def _items_glued(words: list[str]) -> bool:
    """A menu whose items a scraper ran together: "Contact theSOPAbout theSOPSupport theSOPWritersEditors" — three
    joints or more, two of them in one word."""
    joints = [len(_GLUE.findall(w)) for w in words]
    return sum(joints) >= _GLUED_ITEMS_MIN and max(joints, default=0) >= 2


@lru_cache(maxsize=8)
def _menu_words(editorial: Editorial) -> frozenset[str]:
    """Section names and the one-word lines the boilerplate drops ("Iklan", "Beranda", "Menu"), folded."""
    return editorial.sections | {line for rule in editorial.rules if rule.kind == "drop"
                                 for line in rule.lines if " " not in line}


_SITE_NAME_AFTER = re.compile(r"^(.{12,}?)\s+[-–—|]\s+(\S.{1,30})$")  # "Headline - GenPI.co"
_SITE_NAME_WORDS = 4  # a site's name before the headline in its title bar: "Example Guardian"
_SITE_NAME_BEFORE = re.compile(r"^(\S[^-–—|]{1,30}?)\s+[-–—|]\s+(\S.{11,})$")  # "Example Guardian - Headline"
# the title bar's two separators, the site's name or its tagline after them
_SITE_NAME_AND_TAGLINE = re.compile(r"^(.{12,}?)\s+[-–—]\s+\|\s+(\S.{1,60})$")
_SITE_NAME_GLUED = re.compile(r"^(.{12,})-((?-i:[A-Z])[\w.]{2,30})$")  # an image's alt text: "Headline-GadgetAny"
_BREADCRUMB_WORDS = 4  # the sections a breadcrumb prints before the headline, without separators
_CRUMB_SEPARATOR = re.compile(r"\s+[/›>»]\s+")
# a picture's caption in its table's cell, the bar after it ("… (Awas). |" too)
_SENTENCE_IN_A_CELL = re.compile(r"[^|]{3,400}[a-z)\]]\.\s*\|")  # (a wire's caption in two sentences runs long)
_PICTURE_ROW = re.compile(r"!\[[^\]]*\]\([^)\s]*\)\s*\|?")  # a picture's row in a blog's table: "![]() |"
_CRUMB_WORDS = 2  # a menu's item between its separators; a headline's parts run longer
_CRUMB_ARROW = re.compile(r"\s+[›>»]\s+")  # a breadcrumb's arrow (a slash may part a headline's words: "… / …")
_ARROWED_STEPS = 3  # "Home > News": two steps may be a comparison's arrow in a headline ("Rp 5 M > Rp 3 M")
_ARROWED_STEP_WORDS = 4  # "The Library of Congress"; a headline as the last step runs longer
# a picture's credit: "…Pelatih-net-", "… Terisolir © mili.id"
_CREDIT_AFTER = re.compile(r"^(.{12,}?)\s*(?:-{2,}|-[a-z]{2,12}-|\s©\s?\S.{0,30})$")


def _cell_text(line: str) -> str:
    """A line as a one-cell table row a converter left ("| Headline |"): the text in the cell."""
    found = _TABLE_CELL.fullmatch(line.strip())
    return found.group(1) if found else line


def _without_site_name(line: str, editorial: Editorial, printed: frozenset[str] = frozenset()) -> str:
    """A page's title as its <title> prints it, "Headline - GenPI.co", without the site's name: a known brand,
    a domain, or any short name after a headline the page also prints alone (printed: the page's folded lines);
    or a breadcrumb's section names before a headline the page prints alone."""
    line = _cell_text(line)
    words = line.split()
    for cut in range(1, _BREADCRUMB_WORDS + 1):  # "Beranda Umum Nasional Headline": its sections before it
        rest = " ".join(words[cut:])
        if not all(w[:1].isupper() and w.isalpha() for w in words[:cut]):
            break
        if len(rest) >= 12 and fold(rest) in printed and _headline_like(rest):  # not a banner's "Pemko Pekanbaru"
            return rest
    crumbs = _CRUMB_SEPARATOR.split(line.strip())  # "Home / Business / Headline": a breadcrumb ending in it
    if (len(crumbs) >= 2 and len(crumbs[-1]) >= 12 and fold(crumbs[-1]) in printed
            and all(len(crumb.split()) <= _BREADCRUMB_WORDS for crumb in crumbs[:-1])):
        return crumbs[-1]
    found = _SITE_NAME_AFTER.match(line.strip())
    if found and (fold(found.group(2)) in _brands(editorial) or re.fullmatch(_DOMAIN, found.group(2))
                  or (fold(found.group(1)) in printed and len(found.group(2).split()) <= 4)):
        return found.group(1)
    found = _SITE_NAME_BEFORE.match(line.strip())  # "Example Guardian - Headline": the name first, the headline printed
    if (found and fold(found.group(2)) in printed and len(found.group(1).split()) <= _SITE_NAME_WORDS
            and all(word[:1].isupper() for word in found.group(1).split())):
        return found.group(2)
    found = _SITE_NAME_AND_TAGLINE.match(line.strip())
    if found and fold(found.group(1)) in printed:  # "Headline - | News, Weather & Sports in Billings, Montana"
        return found.group(1)
    found = _SITE_NAME_GLUED.match(line.strip())
    if found and fold(found.group(1)) in printed:
        return found.group(1)
    found = _CREDIT_AFTER.match(line.strip())
    return found.group(1) if found else line.strip()


def _over_the_body_past_a_picture(lines: list[str], index: int, body_start: int, removed: dict[int, str]) -> bool:
    """The line stands right over the body, or over the picture's caption or credit over it ("Birds said to be
    difficult to capture" / "Headline Goes Here © LAKANA" / the body)."""
    between = [k for k in range(index + 1, body_start) if lines[k].strip()]
    return all(removed.get(k) in ("photo-caption", "photo-credit") for k in between)


def _headline_over_standfirst(first: str, second: str) -> bool:
    """The page's first two headline-like lines are the headline and its standfirst: the first in a sentence's
    case with no marks, the second longer ("Storm leaves its mark" / "Power outages plague Midwest, East after
    winds gust …") or in a sentence's case too ("Now woman is stuck in lift for 90 minutes" / "Residents fearful
    of using tower block elevators"; "North Summit Fire responds to landfill fire" / "Officials say smoke will …").
    A kicker over the headline is in title case."""
    return (_headline_like(first) and not _title_case(first) and not _MARKED.search(first)
            and (len(first.split()) < len(second.split()) or not _title_case(second)))


_CAPTION_TITLE_WORDS = 6  # a photo agency's title: the event or place named in a few words ("PASOLA.")
_DECK_PARAGRAPHS = 3  # a deck copying the lede prints its first paragraphs, at most this many, as one
_SUMMARY_MIN_CHARS = 60  # a summary printed over its paragraph: a sentence, no label
_DATELINE_SEARCH_CHARS = 120  # a dateline with its place, region and day: "WANUKAKA, NTT, 28/2 -"


def _title_repeated_after_dateline(line: str, paragraph: str) -> bool:
    """A photo agency's caption page: a short title in capitals closed by a full stop, which the caption under it
    repeats right after its dateline ("PASOLA." over "WANUKAKA, NTT, 28/2 - PASOLA. Seorang peserta …")."""
    return (1 <= len(line.split()) <= _CAPTION_TITLE_WORDS and line.endswith(".") and line.isupper()
            and any(f" {dash} {line} " in paragraph[:_DATELINE_SEARCH_CHARS] for dash in "-–—"))


def _title_heading_its_description(line: str, below: list[str]) -> str | None:
    """A video page's title, whatever its marks ("A herd of wild elephants enters a village , destroys all crops
    and returns to the jungle ."), printed again at the head of the description under it, before a bar: the
    headline."""
    title = line.rstrip(" .")
    if not 3 <= len(title.split()) <= 35 or not title[:1].isupper():
        return None
    head = fold(title)
    for text in below:
        if "|" in text and fold(text.split("|")[0].strip().rstrip(" .")) == head:
            return line
    return None


_LABEL_WORDS = 3  # a post's label ("Politics", "Funny business"); a list in a headline has longer items


def _labels_naming(line: str, title: str) -> bool:
    """A comma-separated list of short labels, the title one of them: "Taxation, Politics, Funny business" under
    "Funny business". A headline listing things ("Floods, Fires and Landslides") does not repeat the line above."""
    labels = [label.strip() for label in line.split(",")]
    return (len(labels) >= 2 and all(label[:1].isupper() and len(label.split()) <= _LABEL_WORDS for label in labels)
            and fold(title) in {fold(label) for label in labels})


def _post_title_under_date(line: str, following: str) -> str | None:
    """A blog's post title under the date that opens the page, ended with a full stop ("Wednesday, July 11, 2007" /
    "Fake cop arrested after trying to pull over real cop." / the post): one short sentence over a paragraph half
    as long again; a lede under the date is as long as a paragraph."""
    words = line.split()
    if (len(words) <= _DATED_POST_TITLE_WORDS and line.endswith(".") and not line.endswith("..")
            and line[:1].isupper() and _short_headline_like(line[:-1]) and not _SENTENCE_SPLIT.search(line[:-1])
            and looks_like_prose(following) and _SENTENCE_END.search(following)
            and len(following.split()) >= 1.5 * len(words)):
        return line
    return None


def _announced_by_a_sentence(lines: list[str], index: int) -> bool:
    """The line over it is a sentence ending with a colon that announces it ("From the Helena Independent Record
    (May 20, 2007):" / "Helena Man Killed by Lightning"): a headline quoted in the text, not the page's."""
    above = _previous_line(lines, index)
    return (above is not None and lines[above].rstrip().endswith(":")
            and len(lines[above].split()) >= _ANNOUNCING_WORDS)


def _caption_cell_under_a_picture(lines: list[str], index: int) -> bool:
    """A line closed by a table cell's bar right under a picture's row is the picture's caption, whatever its case
    ("![]() |" / "Tom Lembong Bebas Lewat Abolisi …, Kasus Gula Ditutup Demi Persatuan Nasional |")."""
    above = _previous_line(lines, index)
    return (lines[index].rstrip().endswith("|") and above is not None
            and _PICTURE_ROW.fullmatch(lines[above].strip()) is not None)


def _find_title(lines: list[str], kept: list[int], body_start: int, editorial: Editorial,
                removed: dict[int, str], printed: frozenset[str]) -> str | None:
    """Among the headline-like lines above the article's first paragraph (a standfirst is a sentence, an
    author line names an outlet in brackets): one the page repeats (the headline is printed again as the title
    bar's), else the one with a date, a byline, a standfirst or the body under it, the first of equals. Nothing
    above the first paragraph: the page has no headline, and no line is taken for one."""
    above = [i for i in kept[:_HEAD_LINES] if i < body_start]
    bare = {i: _without_site_name(lines[i], editorial, printed) for i in kept}  # printed: the page's folded lines
    # printed again above the article (in the title bar), not in the page's foot (a ticker printed twice)
    # … and not a picture's caption over its credit ("Rock Burning Party" / "Photo by Jane Roe" under "Home » … »
    # Rock Burning Party"): a breadcrumb's last step may name the picture's subject too
    counts = Counter(fold(text) for i, text in bare.items()
                     if i < body_start and not _over_a_photographers_credit(lines, i, removed))
    candidates = [i for i in above
                  if _headline_like(lines[i].strip()) and not _navigation(lines[i], editorial)
                  and not _section_kicker(lines[i], editorial)  # "Asia | Crime in Malaysia": the label over it
                  and not (_opens_with_dash_dateline(lines[i], editorial)  # "MALANGKOTA (Outlet.id) – …": a paragraph
                           and not _headline_parts_by_a_dash(lines[i], editorial)
                           and not _headline_in_capitals(lines[i]))
                  and not (_NAME_LINE.match(lines[i].strip()) and "(" in lines[i])  # "News Desk (The Jakarta Post)"
                  and not (removed.get(_next_line(lines, i)) == "date-stamp" and _author_name(lines[i]))  # over the date
                  # "Thomas Maresca and Jane Roe" (over their paper's name, "USA Today"): no headline names two
                  # people and says nothing of them
                  and not _writers_named(lines[i], family_names_only=True)
                  and not _cut_teaser(lines[i].strip(), [lines[k] for k in kept if k > i])
                  and not _quoted_further_down(lines[i], [lines[k] for k in kept if k > i])  # a pull quote
                  and not _SAID_AT_END.search(lines[i].strip())  # "The train pushed the car, police said": a caption
                  and not _named_picture(lines[i].strip())
                  and not _person_in_the_act(lines[i].strip())
                  and not _SOURCE_CLOSED.search(lines[i].strip())  # "… di masjid. (sumber:merdeka.com)": a caption
                  and not _ILLUSTRATION_CAPTION.match(lines[i].strip())
                  and not _SENTENCE_IN_A_CELL.fullmatch(lines[i].strip())  # "Cumi-cumi yang tertangkap …. |": a caption
                  # … or closed by its picture's credit in brackets: "… Jumat (15/7/2016). (Jane Roe/JIBI/Harian Jogja) |"
                  and not (lines[i].rstrip().endswith("|") and _CLOSING_CREDIT.search(lines[i].rstrip(" |")))
                  and not _caption_cell_under_a_picture(lines, i)
                  # "Pilot balon itu dinyatakan" / "tewas …": wrapped; not over its byline ("… allowed" / "by Jane Roe")
                  and not (_carried_on_in_lower_case(lines, i) and not removed.get(i + 1, "").startswith("byline"))
                  and not _announced_by_a_sentence(lines, i)]
    # under a headline, a writer's aside, short, asking and exclaiming at once ("Where is the love, people?!?"),
    # opens the body
    candidates = [i for n, i in enumerate(candidates)
                  if n == 0 or len(lines[i].split()) > _ASIDE_WORDS or not _ASIDE_END.search(lines[i].rstrip())]
    # a short title right over its byline, a picture's caption drawn twice under them ("The trial" / "By Jane Roe"
    # / "Detail from the …" / "Detail from the …"): the caption's two copies are no headline printed twice
    for i in above:
        byline = _next_line(lines, i)
        caption = _next_line(lines, byline) if byline is not None else None
        copy = _next_line(lines, caption) if caption is not None else None
        if (copy is not None and removed.get(byline, "").startswith("byline")
                and 2 <= len(lines[i].split()) <= _SHORT_OVER_BYLINE_WORDS and lines[i].strip()[:1].isupper()
                and not _SENTENCE_END.search(lines[i].strip()) and not _navigation(lines[i], editorial)
                and _twins(lines[caption], lines[copy])):
            return lines[i].strip()
    repeated = [bare[i] for i in candidates if counts[fold(bare[i])] > 1]
    if repeated:
        return repeated[0]
    # … or printed as the breadcrumb's last step, the breadcrumb gone as navigation ("• Home" / "• News" / "• The Zen
    # of Motorcycle Smuggling" / "The Zen of Motorcycle Smuggling" / a deck in title case)
    crumbs = {fold(_unbulleted(lines[k])) for k, rule in removed.items() if rule == "navigation" and k < body_start}
    crumbed = [i for i in candidates if fold(lines[i]) in crumbs]
    if crumbed:
        return lines[crumbed[0]].strip()
    # the headline printed a second time, and the first time with a tag glued to its end ("… Alas PurwoPolsek
    # Tegaldlimo" / "… Alas Purwo") or a title bar's next item after an ellipsis ("… brown pelicans ...Middle
    # East"; a headline's own ellipsis goes on in lower case): the one without it
    for i in candidates:
        glued = lines[i].strip()
        for k in candidates:
            clean_copy = lines[k].strip()
            if not (k > i and len(glued) > len(clean_copy) >= _GLUED_HEADLINE_MIN and glued.startswith(clean_copy)):
                continue  # no later copy that the first printing starts with
            if _ELLIPSIS_THEN_LOWER.match(glued, len(clean_copy)):
                return glued  # the headline's own ellipsis going on in lower case: the whole one, its copy cut
            if clean_copy[-1:].islower() and (glued[len(clean_copy)].isupper()
                                              or _ELLIPSIS_THEN_CAPITAL.match(glued, len(clean_copy))
                                              # … or set apart by a space: "… over graft charges News"
                                              or _SECTION_TAG_AFTER.fullmatch(glued[len(clean_copy):])):
                return clean_copy
    # … or the second time with its section's label before it, maybe glued on ("Former Indonesian Trade Minister
    # Jailed …" / "Fraud, Bribery & CorruptionFormer Indonesian Trade Minister Jailed …"): the one without it
    for i in candidates:
        if any(i < k < body_start and _label_before(lines[i].strip(), lines[k].strip()) for k in kept):
            return lines[i].strip()
    # a headline of three words, too short to be taken alone, printed twice at the top (the title bar's and the
    # page's): "Jellyfish Sting Hundreds"
    short = [i for i in above[:_SHORT_HEADLINE_LINES] if counts[fold(bare[i])] > 1 and _title_case(lines[i])
             and _short_headline_like(lines[i].strip()) and not _navigation(lines[i], editorial)]
    if not candidates and short:
        return bare[short[0]]
    # … or in a sentence's case, printed twice right over the body (a blog's labels maybe above), once with its
    # question mark ("Lika-liku menjebak nasabah?" / "Lika-liku menjebak nasabah"): the first printing
    pair = above[-2:]
    if (not candidates and len(pair) == 2 and _next_line(lines, pair[1]) == body_start
            and _next_line(lines, pair[0]) == pair[1] and _same_line(lines[pair[0]], lines[pair[1]])
            and 2 <= len(lines[pair[0]].split()) <= _SHORT_OVER_BYLINE_WORDS and lines[pair[0]].strip()[:1].isupper()
            and not any(_navigation(lines[i], editorial) or fold(lines[i]) in editorial.sections for i in pair)):
        return lines[pair[0]].strip()
    # a headline of two to five words, too short to be taken alone, right over the byline or the date line, the
    # body under them ("Cable theft finds" / "by msecadm4921" / "British Transport Police …")
    over_meta = [i for i in above if 2 <= len(lines[i].split()) <= _SHORT_OVER_BYLINE_WORDS
                 and (lines[i].strip()[:1].isupper() or lines[i].strip()[:1] in _CURRENCY_SIGNS)
                 and not _SENTENCE_END.search(lines[i].strip()) and not _navigation(lines[i], editorial)
                 and not _announced_by_a_sentence(lines, i)
                 and removed.get(_next_line(lines, i), "").startswith(("byline", "date-stamp", "comment-section"))]
    over_byline = [i for i in over_meta if removed.get(_next_line(lines, i)) in ("byline", "date-stamp")]
    if not candidates and over_byline and _next_line(lines, _next_line(lines, over_byline[-1])) == body_start:
        return lines[over_byline[-1]].strip()
    # … or the page's first line over the post's byline, date or comments link, a deck in a sentence's case under
    # them over the body ("£5,000 fine" / "Leave a Comment" / "146 items of food … discovered" / …); two words in
    # title case there are a section's label over the date and a headline in a sentence's case ("Top Stories")
    if (over_meta and over_meta[0] == above[0] and candidates == [_next_line(lines, _next_line(lines, above[0]))]
            and not _two_words_in_title_case(lines[above[0]])
            and not _title_case(lines[candidates[0]]) and _next_line(lines, candidates[0]) == body_start):
        return lines[above[0]].strip()
    # a blog post's title of two to five words between the post's date line, the page's first line, and the body
    # ("Monday 2 December 2013" / "Jamu Gendong" / "Today I want to …"): the date a post opens with stands over it.
    # Its writer may have typed it in lower case ("bali ngaben"), as such a blog's titles often are.
    first = lines[above[0]].strip() if above else ""
    dated = _previous_line(lines, above[0]) if above else None
    under = next((i for i in kept if i > above[0]), None) if above else None
    if (not candidates and dated is not None and removed.get(dated) == "date-stamp"
            and _previous_line(lines, dated) is None and under is not None and looks_like_prose(lines[under])
            and _short_title_alone(first[:1].upper() + first[1:], editorial)):
        return first
    # a headline of three to five words alone over the first paragraph, nothing above it ("UP IN SMOKE" / "A FIRE
    # swept through …"), or of two in a sentence's case ("Dump fire"; two words in title case are a topic's or a
    # template's label, "Ringkasan Utama", unless the paragraph tells of one of them without printing the two whole:
    # "Pesona Garengpung"): no marks (a site's name with its address has them) but a question's
    # ("Wrong way driver?", a thread's title, over the forum's furniture) or an exclamation's at its end ("Operation
    # Opossum Rescue!", a blog post's), not the site's name, a section's or a menu's, not an author's name
    # (or, in a sentence's case, over a short opening sentence alone, the paragraph under it the body's start:
    # "Indonesia terrorist attacks" / "Two families carried out …"; a site's name in title case stands over a
    # headline closed by a stop so)
    opening = (len(above) == 2 and _sentence_line(lines[above[1]]) and not _SENTENCE_SPLIT.search(lines[above[1]].strip())
               and not _title_case(lines[above[0]]))
    top = lines[above[0]].strip() if len(above) == 1 or opening else ""
    top_words = top.split()
    if (not candidates and top and next((i for i in kept if i > above[-1]), None) == body_start
            and _short_title_alone(top, editorial)
            and (len(top_words) > 2 or top_words[1][:1].islower() or top.endswith("!")
                 or _named_in_the_paragraph(top_words, lines[body_start])
                 or _proper_name_in_the_paragraph(top, lines[body_start]))
            and not _named_picture(top)):
        return top
    # a headline of one word alone over the first paragraph, nothing above it, the paragraph opening with that word
    # as its subject ("Armadillo" / "Armadillos' rooting and burrowing …"): a field guide's or a glossary's entry.
    # A section's label alone is not the first paragraph's first word, and the site's name over its dateline
    # ("Kuatbaca" / "KuatBaca - Kementerian Agama …") is not the paragraph's subject.
    if (not candidates and len(top_words) == 1 and next((i for i in kept if i > above[0]), None) == body_start
            and _entry_word(top, lines[body_start]) and not _opens_with_dateline(lines[body_start], editorial)
            and not _NAME_BEFORE_DASH.match(lines[body_start])
            and fold(top) not in editorial.sections and fold(top) not in _brands(editorial)
            and not _navigation(top, editorial)):
        return top
    if not candidates:
        # a headline some outlets end with a full stop: short, and a byline or a date line under it, or the body
        # under it when it is in title case (a caption naming a person, "Menteri X Y.", is shorter)
        candidates = [i for i in above if len(lines[i].split()) <= 20 and lines[i].strip().endswith(".")
                      and not lines[i].strip().endswith("..")  # "FISCAL SOLUTIONS...": a name cut, no full stop
                      and _short_headline_like(lines[i].strip().rstrip(".")) and not lines[i].strip()[:1].islower()
                      # a headline is over the article: not the last sentence, over its closing byline
                      and any(looks_like_prose(lines[k]) for k in kept if k > i and k not in removed)
                      and (_followed_like_a_headline(lines, i, kept, removed) == 2
                           or (_title_case(lines[i]) and not _head_caption(lines[i])
                               and _followed_like_a_headline(lines, i, kept, removed) == 1)
                           or (_two_short_sentences(lines[i]) and _next_line(lines, i) == body_start))]
    if not candidates and above and _lowercase_headline(lines, kept, above[0]):
        return lines[above[0]].strip()
    if not candidates:
        return None
    # a short title in title case, the page's first line, over a deck in a sentence's case right over the body, its
    # words the body's ("Bali Nine Executed" / "Sukumaran and Chan put to death by 12-man firing squad" / "At 12:30am
    # …"): the title is the headline, too short to be taken alone
    if (len(above) == 2 and candidates == [above[1]] and _next_line(lines, above[0]) == above[1]
            and _next_line(lines, above[1]) == body_start and _previous_line(lines, above[0]) is None
            and _short_title(lines[above[0]], editorial) and _title_case(lines[above[0]])
            and not _title_case(lines[above[1]]) and _on_topic(lines[above[0]], [lines[k] for k in kept if k >= body_start])):
        return lines[above[0]].strip()
    # … or a short title in any case under a kicker naming the section and the topic, a deck under it right over
    # the body ("Asia | Corruption in Indonesia" / "The adventures of SuperGayus" / "A rogue tax official enthrals
    # …" / the body): the kicker is the label there, and the short line the headline
    if (len(above) == 3 and above[2] in candidates and _section_kicker(lines[above[0]], editorial)
            and _next_line(lines, above[0]) == above[1] and _next_line(lines, above[1]) == above[2]
            and _next_line(lines, above[2]) == body_start
            and 2 <= len(lines[above[1]].split()) <= _SHORT_OVER_BYLINE_WORDS
            and _short_headline_like(lines[above[1]].strip()) and not _author_name(lines[above[1]].strip())
            and _on_topic(lines[above[1]], [lines[k] for k in kept if k >= body_start])):
        return lines[above[1]].strip()
    chosen = max(candidates, key=lambda i: (_followed_like_a_headline(lines, i, kept, removed), -i))
    extended = [i for i in candidates if i < chosen and _headline_extended(lines[chosen], lines[i])
                and sum(1 for k in range(i + 1, chosen) if k in removed and lines[k].strip()) >= _FURNITURE_LINES]
    if extended:
        # the headline printed again with words added below the site's furniture (its blurb, a table of contents:
        # "Power Outage Update: … Thousands" / … / "Power Outage Update: … Thousands Across the Region"): the page's
        # first printing. A title bar's copy cut short sits right over the headline, a section's label between.
        return lines[extended[0]].strip()
    told_again = [i for i in above if i < chosen and _headline_like(lines[i].strip())
                  and lines[chosen].strip().startswith(lines[i].strip() + ",")
                  and any(looks_like_prose(lines[k]) for k in kept if i < k < chosen)]
    if told_again:
        # the headline, its standfirst, then the picture's title saying the headline again with more after a comma
        # ("Kasuari … Menewaskan Manusia" / "Seorang lelaki …" / "Kasuari … Menewaskan Manusia, kali korbannya …"):
        # the first printing
        return lines[told_again[0]].strip()
    reworded = _first_printing_over_a_deck(lines, kept, chosen, removed)
    if reworded is not None:
        # … or the picture's title reworded over its caption: the first printing
        return lines[reworded].strip()
    below_chosen = _next_line(lines, chosen)
    if below_chosen in candidates and _breadcrumb_of(lines[chosen], lines[below_chosen]):
        # a breadcrumb's last step, the headline cut with an ellipsis, over the headline whole ("Home trending
        # 2-Year-Old Boy … Rescued By..." / "2-Year-Old Boy … Rescued By Firefighters"): the whole one
        return lines[below_chosen].strip()
    above_chosen = _previous_line(lines, chosen)
    if above_chosen in candidates and (_cut_copy_of(lines[chosen], lines[above_chosen])
                                       or _shortened_copy_of(lines[chosen], lines[above_chosen])
                                       # … or the headline again with the picture's source after it, its caption
                                       # ("… Inaugurates Jakarta MRT" / "… Inaugurates Jakarta MRT (setkab)")
                                       or _credit_after_copy(" ".join(lines[above_chosen].split()),
                                                             " ".join(lines[chosen].split()))):
        # the headline, then a picture's alternative text printing its first words ("42 people die in Pujab,
        # consuming illicit liquor, …" / "42 people die in Pujab"): the headline is the whole one
        return lines[above_chosen].strip()
    if (above_chosen is not None and removed.get(above_chosen) == "photo-caption"
            and _previous_line(lines, above_chosen) == above[0] and above[0] in candidates):
        # the page's first line, the picture's caption under it, then a second headline-like line over the body:
        # the picture sits under the headline, and the line under the picture is the kicker
        return lines[above[0]].strip()
    earlier = [i for i in kept if i < chosen]
    # (over it maybe the site's menus, no other line headline-like or a sentence: an icon font's labels run together,
    # "ArrowArtboardCreated with Sketch.Title Chevron…" / "Ex-Indonesian … sentenced …" / "High-profile …")
    head = [i for i in earlier if (i in candidates or _headline_like(lines[i].strip()) or looks_like_prose(lines[i]))
            and not _navigation(lines[i], editorial)]
    first = head[0] if len(head) == 1 and earlier[-1] == head[0] else None  # (menus above it, none under it)
    if (first is not None and first in candidates
            and _headline_over_standfirst(lines[first].strip(), lines[chosen].strip())
            # (with menus above, only the deck over its picture: a line over the headline and its byline under a
            # section's label is another story's, "Local News" / "Bobcat sightings …" / "Bobcat attacks …" / "Posted")
            and ((earlier == [first]
                  and (removed.get(_next_line(lines, chosen)) in ("byline", "date-stamp", "photo-credit")
                 # … or glued to the body's first line, the first line set apart over them by a blank line
                 or (chosen + 1 == body_start and first + 1 < chosen)
                 # … or right over the body's dateline, shorter than it: the picture's caption under the headline (a
                 # label over the headline is shorter than the headline, "News you can use")
                 or (_next_line(lines, chosen) == body_start and _opens_with_dateline(lines[body_start], editorial)
                     and len(lines[chosen].split()) < len(lines[first].split()))))
                 # … or right over the body, each set apart by a blank line, the picture's caption maybe between:
                 # the deck under a headline longer than a label's few words ("News you can use"), and not the
                 # headline again under its title bar's ("Chennai: How …" / "How …")
                 or (_over_the_body_past_a_picture(lines, chosen, body_start, removed)
                     and first + 1 < chosen < body_start - 1
                     and len(lines[first].split()) > _SHORT_OVER_BYLINE_WORDS
                     and fold(lines[chosen]) not in fold(lines[first])))):
        return lines[first].strip()  # the first line, then its standfirst over the byline, a credit or the body
    # (a picture's credits may stand between them: "Masih Ingat …? Duo Bali Nine …" / "- dok ist" / "- ANTARA" /
    # "Ketegangan Diplomatik dengan Australia")
    prior = next((i for i in reversed(earlier) if i in candidates), None)
    if (prior is not None and not any(looks_like_prose(lines[k]) for k in earlier if k > prior)
            and _has_subheadings(lines, kept, body_start)
            # … unless the lower one is in title case under one in a sentence's case: the headline under a picture's
            # caption ("A pipistrelle bat lying down" / "Rabid Bats Recently Found in US Homes")
            and not (_title_case(lines[chosen]) and not _title_case(lines[prior]))
            # … or signed, the upper a topic's label it does not word again: the writer's and the editor's lines
            # under it, past its deck, sign a headline (under a headline, a deck in its words may be signed too)
            and not (_signed_below(lines, chosen, removed) and not _in_words_of(lines[prior], lines[chosen]))):
        # two headline-like lines over the first paragraph of a text with subheadings: the lower one is the
        # first subheading ("Badminton has its new kings and queens" / "CHEN and TOH make history for Malaysia")
        return lines[prior].strip()
    opening = [i for i in earlier if _sentence_line(lines[i]) and len(lines[i].split()) >= _OPENING_SENTENCE_WORDS
               and not _teaser(lines[i].strip(), [lines[k] for k in kept if k > i])]
    if len(opening) >= 2:
        # two of the article's sentences over it (its opening, or a page printed from its middle, between lists):
        # the line is a subheading, and the page printed no headline
        return None
    if (below_chosen in kept and below_chosen not in candidates and _next_line(lines, below_chosen) == body_start
            and _short_title(lines[below_chosen], editorial)):
        body = [lines[k] for k in kept if k >= body_start]
        if not _on_topic(lines[chosen], body) and _on_topic(lines[below_chosen], body):
            # a short title right over the body, its topic's words in it, under a line whose topic the body never
            # names ("Gopher Tortoise in the Florida Scrub" / "Armadillos in Florida" / "Three young armadillos
            # …"): a blog's post under the title of the post before it
            return lines[below_chosen].strip()
    return lines[chosen].strip()


def _section_kicker(line: str, editorial: Editorial) -> bool:
    """A section's name and a topic after a bar: "Asia | Corruption in Indonesia"."""
    section, bar, topic = line.strip().partition(" | ")
    return bool(bar) and fold(section) in editorial.sections and 1 <= len(topic.split()) <= _SHORT_OVER_BYLINE_WORDS


def _short_title(line: str, editorial: Editorial) -> bool:
    """Two to five words, every long one capitalised, no sentence's end: a title too short to be taken alone, and
    not a section's name, a menu, the site's name or an author's."""
    text = line.strip()
    capitalised, long_words = _capitals_among_long_words(text)
    return (2 <= len(text.split()) <= _SHORT_OVER_BYLINE_WORDS and _short_headline_like(text)
            and capitalised == long_words
            and fold(text) not in editorial.sections and fold(text) not in _brands(editorial)
            and not _navigation(text, editorial) and not _author_name(text))


def _on_topic(line: str, body: list[str]) -> bool:
    """One of the line's rarer words (a topic's: a name, a thing) comes back in the body."""
    return bool(_rare_stems(line) & {stem for paragraph in body for stem in _stems(paragraph)})


_NAME_BEFORE_DASH = re.compile(r"\s*\S+\s+[-–—]\s")  # "KuatBaca - Kementerian …": a dateline's name, the site's


_NOTE_MARKS_AND_ARTICLE = re.compile(r"^\s*(?:\[\d{1,3}\])*\s*(?:An?\s+(?=[A-Z]))?")
_DEFINED_SUBJECT = r"(?:e?s)? (?:is|are|was|were|adalah|merupakan|ialah) "  # "Weaving is …"


def _entry_word(word: str, paragraph: str) -> bool:
    """The word, capitalised and four letters or more, is the paragraph's first, maybe in its plural or possessive
    ("Armadillo" / "Armadillos' rooting …"), maybe after an encyclopedia's note marks and an indefinite article
    ("Ngaben" / "[3][4] A Ngaben is performed …"), or the subject a later sentence of it says what it is of
    ("Weaving" / "… since their earliest history. Weaving is still a vital part of …")."""
    paragraph = _NOTE_MARKS_AND_ARTICLE.sub("", paragraph)
    first = re.sub(r"[’']s?$|[,:;]$", "", next(iter(paragraph.split()), ""))
    if not (len(word) >= 4 and word.isalpha() and word[:1].isupper()):
        return False
    return (fold(first) in {fold(word), fold(word) + "s", fold(word) + "es"}
            or re.search(r"[.!?] " + re.escape(word) + _DEFINED_SUBJECT, paragraph) is not None)


def _short_title_alone(line: str, editorial: Editorial) -> bool:
    """Two to five words that could be a short headline standing alone: opened by a capital, no sentence's or
    clause's marks but a final '?' or '!', not the site's name, a section's, a menu's or an author's name."""
    return (2 <= len(line.split()) <= _SHORT_OVER_BYLINE_WORDS and line[:1].isupper() and _short_headline_like(line)
            and not _MARKED.search(_without_final_mark(line)) and fold(line) not in editorial.sections
            and fold(line) not in _brands(editorial) and not _navigation(line, editorial) and not _author_name(line))


def _named_in_the_paragraph(words: list[str], paragraph: str) -> bool:
    """A word of the line, long and not the paragraph's opening, is in the paragraph: the thing the paragraph goes on
    to tell of ("Pesona Garengpung" / "… paduan suara tonggeret atau garengpung (Jawa) …"), not a template's label.
    The line is not that thing's name alone, which the paragraph prints whole: a topic's tag ("Bawang Putih" / "Harga
    bawang putih di …")."""
    paragraph_words = [fold(word) for word in re.findall(r"[^\W\d_]+", paragraph)]
    told = set(paragraph_words[1:])
    line_words = [fold(word) for word in words]
    named_whole = any(paragraph_words[i:i + len(line_words)] == line_words for i in range(len(paragraph_words)))
    return not named_whole and any(len(word) >= _NAMED_WORD_LETTERS and word.isalpha() and fold(word) in told
                                   for word in words)


_NAMED_WORD_LETTERS = 6


def _proper_name_in_the_paragraph(line: str, paragraph: str) -> bool:
    """The line is a name the paragraph prints whole with the same capitals, past its opening word, a mark of its
    own closing it maybe: an entry's title ("Rambu Solo'" / "… upacara pemakaman, yang dikenal sebagai Rambu Solo',
    …"), where a topic's tag is a common noun the paragraph prints in lower case ("Bawang Putih" / "Harga bawang
    putih …")."""
    return (all(word[:1].isupper() for word in line.split())
            and re.search(r"(?<=\S )" + re.escape(line) + r"(?![\w])", paragraph) is not None)


def _headline_extended(line: str, headline: str) -> bool:
    """The line is the headline with a few words in title case added at its end, no sentence's end: "… Impacts
    Thousands" / "… Impacts Thousands Across the Region"."""
    line, headline = " ".join(line.split()), " ".join(headline.split())
    if not (_cut_copy_of(headline, line) and line[len(headline)] == " "):
        return False
    added = line[len(headline):].split()
    return (len(added) <= _HEADLINE_EXTENSION_WORDS and not _SENTENCE_END.search(line)
            and all(word[:1].isupper() for word in added if len(word) >= 4) and added[-1][:1].isupper())


_HEADLINE_EXTENSION_WORDS = 5
_FURNITURE_LINES = 2  # chrome lines between two printings of a headline: more than a section's label


def _breadcrumb_of(cut: str, whole: str) -> bool:
    """The cut line is the whole one's first words (five or more) cut with an ellipsis, maybe after a
    breadcrumb's few steps ("Home trending …")."""
    text = cut.strip()
    if not text.endswith(("...", "…")):
        return False
    words = fold(text.rstrip(".… ")).split()
    whole = fold(whole)
    for steps in range(_BREADCRUMB_STEPS + 1):
        copy = " ".join(words[steps:])
        if len(words) - steps >= _BREADCRUMB_COPY_WORDS and _cut_copy_of(copy, whole):
            return True
    return False


_BREADCRUMB_STEPS = 3
_BREADCRUMB_COPY_WORDS = 5


def _cut_copy_of(short: str, whole: str) -> bool:
    """The short line is the whole one's first words, cut at a word's end."""
    short, whole = fold(short), fold(whole)
    return len(short) < len(whole) and whole.startswith(short) and not whole[len(short)].isalnum()


def _without_final_mark(line: str) -> str:
    """The line without the question or exclamation mark that ends it: "Wrong way driver?" → "Wrong way driver"."""
    return re.sub(r"(?<=\w)[?!]$", "", line)


def _shortened_copy_of(short: str, whole: str) -> bool:
    """The short line is the whole one with words left out, the rest in the same order and the first the same: a
    video's or a picture's title under the headline ("Bobcat attacks woman south of Kingman" under "Bobcat attacks
    Arizona woman in neighborhood south of Kingman")."""
    short_words, whole_words = fold(short).split(), fold(whole).split()
    remaining = iter(whole_words)
    return (_SHORTENED_COPY_MIN_WORDS <= len(short_words) < len(whole_words) and short_words[0] == whole_words[0]
            and all(word in remaining for word in short_words))


_SHORTENED_COPY_MIN_WORDS = 4  # fewer may be any headline's first words


_SENTENCE_CASE_PHRASE = re.compile(r"[A-Z][a-z'’-]+(?: [a-z][\w'’-]*){2,7}")  # "Warna-warninya bikin seger mata"
_ALT_TEXT = re.compile(r"[a-z][\w'’-]*(?: [\w'’-]+){1,7}")  # no capital, no stop, no comma: a picture's description


def _lower_case_description(line: str) -> bool:
    """A few words in lower case and no sentence, as a blog describes its picture: "rame banget, padahal belum mulai"."""
    return (line == line.lower() and line[:1].isalpha() and 2 <= len(line.split()) <= _ALT_TEXT_MAX_WORDS
            and not _FINISHED.search(line) and not line.endswith(":") and not any(q in line for q in _QUOTES))


_ALT_TEXT_CREDITED = re.compile(r"[a-z][\w'’-]*(?: [a-z][\w'’-]*){1,7}, by [a-z][\w'’.-]*(?: [a-z][\w'’.-]*){0,3}")


def _named_picture(line: str) -> bool:
    """A picture's description naming what it shows, in a sentence's case: four to six words and nothing but nouns
    and adjectives ("Rapid delivery courier moped"). A headline says what happened: it has a verb (in English often
    ending in -s, "Storm leaves its mark", or a participle closing it), a preposition or an article ("Fake chit fund
    in police net"), or a name."""
    words = line.split()
    if not _NAMED_PICTURE_WORDS[0] <= len(words) <= _NAMED_PICTURE_WORDS[1]:
        return False
    if not (words[0][:1].isupper() and words[0].isalpha()) or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    folded = [fold(word) for word in words]
    # (closed by a past participle, the verb a headline drops its auxiliary from: "Indonesian chief justice removed";
    # a picture's thing ends no longer than "moped")
    participle = folded[-1].endswith("ed") and not folded[-1].endswith("eed") and len(folded[-1]) >= 6
    verb = any(word.endswith(("s", "ing")) and not word.endswith("ss") for word in folded)
    return not participle and not verb and not any(word in _FUNCTION_WORDS for word in folded)


_NAMED_PICTURE_WORDS = (4, 6)
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for with as by from and or but over after before into onto amid about up down off out "
    "is are was were be been has have had will would can could may might not no its his her their our my your this "
    "that these those than so if while under near via against across during between behind through without within "
    "who what why how when where "
    "di ke dari yang dan untuk dengan pada oleh atau akan bagi saat dalam kepada tentang terhadap tanpa ini itu ada "
    "tak tidak".split())
_SCREENSHOT = re.compile(r"(?:Tangkapan layar|Screenshot|Screen ?grab|Cuplikan video|Potongan video|Still from)\b",
                         re.IGNORECASE)
# a sentence closed by the picture's credit after it: "… Pictured is ringleader X. Photo courtesy swns.com"
_COURTESY_CLOSED = re.compile(r"[.!?]\s+(?:photos?|pictures?|images?)\s+(?:courtesy(?:\s+of)?|credit:?)\s+"
                              r"[\w.&'’-]+(?:\s[\w.&'’-]+){0,3}(?<!\.)$", re.IGNORECASE)  # a name, not a sentence
_BRACKETED = re.compile(r"\([^()]+\)")  # a line wholly in brackets: "(REUTERS/Stefan Wermuth)"
# the desk's and the editor's initials after the article's last sentence: "… belum ada yang datang. (bal/sss)",
# "… pungkasnya. (mcr19/jpnn)"; not a unit closing a line ("hingga 50 (km/jam)")
_EDITORS_CODE = r"(?-i:[a-z]{2,5}\d{0,2})"
_EDITORS_INITIALS_CLOSING = re.compile(rf"[.!?\"”’]\s*\({_EDITORS_CODE}(?:/{_EDITORS_CODE})+\)$")
# … or the editor's alone: "… situasi Jakarta sudah aman. (asp)"
_PARAGRAPHS_OVER_INITIALS = 2  # one may be the end of another article the page printed first, its initials under it
_PARAGRAPHS_OVER_EDITOR_LINE = 3  # the editor named under the article (in the dev set, never a paragraph under it)
_EDITOR_LINE = re.compile(r"(?:Editor|Redaktur|Penyunting)\s*:\s*[A-Z][\w .'’-]{1,60}")
_EDITORS_INITIALS_ALONE = re.compile(rf"\({_EDITORS_CODE}(?:/{_EDITORS_CODE})+\)")
_EDITORS_CODE_CLOSING = re.compile(rf"[.!?\"”’]\s*\({_EDITORS_CODE}(?:/{_EDITORS_CODE})*\)$")
# a news agency's end mark glued to the last paragraph's stop: "… from seven nearby villages./." (the rest is the site's)
_WIRE_END_MARK = re.compile(r"[\w\"”’)]\./\.$")
# a sentence closed by the picture's source in brackets: a caption ("… di masjid. (sumber:merdeka.com)")
_SOURCE_CLOSED = re.compile(r"[.!?]\s*\((?:sumber|source|foto|photo|picture|pic|image|gambar|dok|via)\b"
                            r"\s*:?[^()]{2,40}\)$", re.IGNORECASE)
# … or by its credit alone after the stop, in brackets or after a dash: "… one of the oldest submarines in active
# service. (Flickr)", "… in Mandalay, Myanmar on March 31, 2025. - Kyodo News via AP"
_CREDIT_CLOSED = re.compile(r"[.!?]\s*(?:\((?P<credit>[A-Z][\w.&/'’ -]{1,30})\)|[-–—]\s*(?P<dashed>[A-Z][\w.&/'’ ]{1,40}))$")


_GLUED_CAPTION_WORDS = 4  # the caption after the title: a sentence, not a site's name or a label


def _glued_to_a_caption(title: str, line: str) -> bool:
    """The line is the title, then a sentence in a sentence's case: the picture's title glued to its caption."""
    if len(title.split()) < _GLUED_CAPTION_WORDS or not line.startswith(title + " "):
        return False
    rest = line[len(title) + 1:].split()
    return (len(rest) >= _GLUED_CAPTION_WORDS and rest[0][:1].isupper() and rest[1][:1].islower()
            and not any(q in line for q in _QUOTES))


def _closed_by_a_credit(line: str) -> bool:
    """A sentence closed by a credit in brackets or after a dash, a caption's ("… in active service. (Flickr)", "… on
    March 31, 2025. - Kyodo News via AP"), not a headline's label ("… (VIDEO)")."""
    found = _CREDIT_CLOSED.search(line)
    return found is not None and (found.group("credit") or found.group("dashed")) not in _HEADLINE_LABELS


# a caption opened by the picture's label and what it shows: "Ilustrasi tari Bali. Turis asing …/NET"
_ILLUSTRATION_CAPTION = re.compile(r"(?:Ilustrasi|Illustration)\s[^.:/]{2,60}\.\s")
# a sentence's attribution in the past tense closing the line: a headline reports in the present ("…, police say")
_SAID_AT_END = re.compile(r",\s+(?:[\w.'’-]+\s+){0,3}said$")
_NAME_WORD_ZIPF = 3.5  # under it, a word no dictionary of the site's languages holds often: a name's ("Riki")


def _author_name(line: str) -> bool:
    """A person's name alone, as an author line prints it ("Riki Chandra"), not a headline of two or three words:
    every word a name's, one of them a known given or family name, none an ordinary word ("Banjir Bandang")."""
    line = line.strip()
    return _signed_name(line) and _name_words([fold(word) for word in line.split()])


def _rare_name(line: str) -> bool:
    """Two or three words of a name's shape, each a word the languages hardly use ("Rania Umutoni"): a name no list
    knows, as a writer signs a story under its last sentence; a subheading holds some ordinary word."""
    words = line.split()
    return (2 <= len(words) <= 3 and bool(_NAME_LINE.match(line)) and not line.isupper()
            and all(len(word) >= 3 and word.isalpha() and _word_frequency(word.lower()) < _RARE_NAME_ZIPF
                    for word in words))


_RARE_NAME_ZIPF = 2.5  # under it a word is a name's or a topic's; given names the lists miss are rarer still


def _four_word_name(line: str) -> bool:
    """Four words of a name's shape, two of them known given or family names ("Abdul Aziz Mahrizal Ramadan"): a
    long name, as Indonesian names are, where a headline of four words has a verb or a noun among them."""
    words = line.split()
    return (len(words) == 4 and bool(_NAME_LINE.match(line.strip()))
            and sum(fold(word) in person_words() for word in words) >= 2)


def _signed_name(line: str) -> bool:
    """Two or three words of a name's shape, one a known given or family name: enough for a name a writer signs
    off with after a dash ("- Gareth Davis"); an author line alone must hold no ordinary word too (`_author_name`)."""
    words = line.split()
    return (2 <= len(words) <= 3 and bool(_NAME_LINE.match(line))
            and any(fold(word) in person_words() for word in words))


def _name_words(words: list[str]) -> bool:
    """Every (folded) word a name's (`_name_word`)."""
    return all(_name_word(word) for word in words)


def _name_word(word: str) -> bool:
    """A (folded) word a known given or family name, or a word rare in the language: a name's."""
    return word in person_words() or _word_frequency(word) < _NAME_WORD_ZIPF


def _name_in_capitals(line: str) -> bool:
    """A name alone in capitals ("RULI SYAMSIL"), not a subheading ("NO FOLLOW-ON"): two to four words, each a
    known given or family name or a word rare in the language."""
    words = line.split()
    return (line.isupper() and 2 <= len(words) <= 4 and bool(_NAME_LINE.match(line))
            and _name_words([fold(word) for word in words]))


def _has_subheadings(lines: list[str], kept: list[int], body_start: int) -> bool:
    """The article's text has subheadings: a headline-like line between two paragraphs of prose, maybe a short one
    ("Pernikahan Menjelang Eksekusi")."""
    body = [i for i in kept if i >= body_start]
    return any(_short_headline_like(lines[i].strip()) and not looks_like_prose(lines[i])
               and looks_like_prose(lines[before]) and looks_like_prose(lines[after])
               for before, i, after in zip(body, body[1:], body[2:]))


def _lowercase_headline(lines: list[str], kept: list[int], index: int) -> bool:
    """The page's first line, a headline a site printed in lower case ("earthquake in Japan, tsunami warning"):
    a headline's shape but for its first letter, over a longer finished paragraph, its words those of the text
    below. Not the rest of a paragraph cut off above, which starts with a small word ("dan", "which")."""
    line = lines[index].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line.casefold())
    if not (line[:1].islower() and 3 <= len(line.split()) <= 12 and words
            and _short_headline_like(line[:1].upper() + line[1:]) and not _SENTENCE_END.search(line)):
        return False
    if _word_frequency(words[0]) >= _SMALL_WORD_ZIPF:
        return False
    below = [lines[i].strip() for i in kept if i > index and fold(lines[i]) != fold(line)]  # (not its copy)
    if not below or not _SENTENCE_END.search(below[0]) or len(below[0]) <= len(line):
        return False
    text = fold(" ".join(below))
    long_words = [word for word in words if len(word) >= 4]
    missing = sum(word not in text for word in long_words)
    # a headline may name what the text calls otherwise ("the feast" for "Eid"): one word in four or more
    return missing == 0 or (missing == 1 and len(long_words) >= _LOWERCASE_HEADLINE_WORDS_FOR_ONE_MISSING)


def _reprinted_article(lines: list[str]) -> list[int]:
    """The article printed a second time closing the page, perhaps cut short ("Tiga Warga Pingsan" / "MEDAN- …" /
    "Aksi saling desak …" again under the last paragraph, its last line cut): the later copy, three lines or more
    in the same order, two of them finished paragraphs. Not a teaser: the first copy is the article's."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    texts = [fold(lines[i].strip()) for i in nonblank]
    earlier: dict[str, list[int]] = {}
    for b, text in enumerate(texts):
        for a in earlier.get(text, ()):
            run = 0
            while b + run < len(texts) and a + run < b and texts[a + run] == texts[b + run]:
                run += 1
            rest = texts[b + run:]
            cut = len(rest) == 1 and a + run < b and texts[a + run].startswith(rest[0])  # its last line cut short
            if (not rest or cut) and run + cut >= _REPRINTED_LINES:
                finished = sum(bool(_SENTENCE_END.search(lines[nonblank[k]].strip()) and looks_like_prose(lines[nonblank[k]]))
                               for k in range(b, b + run))
                if finished >= 2:
                    return [nonblank[k] for k in range(b, len(texts))]
        earlier.setdefault(text, []).append(b)
    return []


_REPRINTED_LINES = 3


_INTERLEAVED_COPIES_MIN = 2  # a headline is printed again among the paragraphs once at most (a teaser's box)


def _interleaved_widget(lines: list[str], kept: list[int]) -> list[int]:
    """A box's line, no sentence, that the page prints again and again between its paragraphs ("Baca berita
    dengan sedikit iklan, klik di sini" after every other paragraph): every copy, the first at the top too."""
    copies: dict[str, list[int]] = {}
    for position, i in enumerate(kept):
        if not looks_like_prose(lines[i]):
            copies.setdefault(fold(lines[i]), []).append(position)
    found = []
    for positions in copies.values():
        # a copy with a paragraph on each side, no copy of its own: the box stands among the paragraphs
        interleaved = [p for p in positions[1:] if 0 < p < len(kept) - 1
                       and all(looks_like_prose(lines[kept[q]]) for q in (p - 1, p + 1))
                       and p - 1 not in positions and p + 1 not in positions]
        if len(interleaved) >= _INTERLEAVED_COPIES_MIN:
            found += [kept[p] for p in positions]
    return found


_WORDS_OF_SHARE = 0.5  # of a short line's words (four letters or more), those the longer line uses


_GLUED_PICTURE_TITLE_WORDS = 6
_GLUED_PICTURE_CAPTION_WORDS = 25
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s|$)")


def _picture_glued_under_a_paragraph(lines: list[str], removed: dict[int, str]) -> list[int]:
    """On a page that sets its paragraphs apart, a picture's title glued under a finished paragraph (no blank line
    between, as no paragraph is), then a blank line and a caption of one short sentence that says the title's
    words ("Kanguru merah" / "Seekor kanguru merah bisa mencapai tinggi 2m …"): the figure the scraper left inside
    the paragraph. A subheading over a paragraph of several sentences, or a numbered one, stays."""
    kept = [i for i, line in enumerate(lines) if line.strip() and i not in removed]
    if not _blank_lines_between_paragraphs(lines, kept):
        return []
    found: list[int] = []
    for above, title, caption in zip(kept, kept[1:], kept[2:]):
        text, sentence = lines[title].strip(), lines[caption].strip()
        if (above + 1 == title and title + 2 == caption and len(text.split()) <= _GLUED_PICTURE_TITLE_WORDS
                and not _SENTENCE_END.search(text) and not _NUMBERED.match(text)
                and _sentence_line(lines[above])
                and len(sentence.split()) <= _GLUED_PICTURE_CAPTION_WORDS and len(_SENTENCE_STOP.findall(sentence)) == 1
                and _SENTENCE_END.search(sentence) and _in_words_of(text, sentence)
                and any(looks_like_prose(lines[k]) for k in kept if k > caption)):
            found += [title, caption]
    return found


def _pictures_title_under_the_headline(lines: list[str], index: int) -> bool:
    """A short line in the words of a longer headline-like line over it, a blank line between them: a picture's
    title saying the headline again in fewer words, not a second headline (a headline is not shorter than the
    line over it that it repeats)."""
    title = lines[index].strip()
    over = _previous_line(lines, index)
    if over is None or over == index - 1 or _SENTENCE_END.search(title):
        return False
    headline = lines[over].strip()
    return (len(title.split()) < len(headline.split()) and _short_headline_like(headline)
            and not _SENTENCE_END.search(headline) and _in_words_of(title, headline))


def _alternative_text(line: str, caption: str) -> bool:
    """Nearly all the line's words are the longer caption's: the picture's alternative text over its caption."""
    return (len(set(_stems(line))) >= _ALTERNATIVE_TEXT_WORDS and len(caption.split()) > len(line.split())
            and _in_words_of(line, caption, _ALTERNATIVE_TEXT_SHARE))


_ALTERNATIVE_TEXT_WORDS = 4  # words of four letters or more: a picture's name ("Jane Roe") is left to other rules
_ALTERNATIVE_TEXT_SHARE = 0.8


def _in_words_of(line: str, other: str, share: float = _WORDS_OF_SHARE) -> bool:
    """Half the line's words or more (two at least; or the share given) are the other line's: a picture's title
    naming what its caption tells, a second headline saying again what the headline says."""
    told = set(_stems(other))
    words = set(_stems(line))
    shared = len(words & told)
    return shared >= 2 and shared >= share * len(words)


def _repeated_blocks(lines: list[str]) -> list[int]:
    """Two lines or more printed in the same order at the top of the page and again at its foot, with a
    paragraph between: the site's ticker or menu, printed twice. Not the article's paragraphs a scraper took
    twice, which end their sentences; a headline printed again alone is one line."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    texts = [fold(lines[i]) for i in nonblank]
    paragraphs = [position for position, i in enumerate(nonblank) if _sentence_line(lines[i])]
    if not paragraphs:
        return []
    first, last = paragraphs[0], paragraphs[-1]  # the article lies between; labels printed twice in it stay
    where: dict[str, list[int]] = {}
    for position, text in enumerate(texts):
        where.setdefault(text, []).append(position)
    found: set[int] = set()
    for a, text in enumerate(texts[:first]):
        if len(where[text]) > _REPEATS_OF_A_TICKER:
            continue  # a separator or a button printed all over the page, not a block printed twice
        for b in where[text]:
            if b <= last:
                continue
            run = 0
            while (a + run < first and b + run < len(texts) and texts[a + run] == texts[b + run]
                   and not _SENTENCE_END.search(lines[nonblank[a + run]].strip())):
                run += 1
            if run >= 2:
                found.update(nonblank[k] for k in range(a, a + run))
                found.update(nonblank[k] for k in range(b, b + run))
    return sorted(found)


# a clause of time alone, with no main clause after it, describes a picture: "Saat warga hendak membawa paus ke
# tengah laut." A standfirst that opens with one goes on after a comma ("Saat banjir datang, warga mengungsi.").
_BARE_CLAUSE = re.compile(r"(?:Saat|Ketika|Sewaktu|Tatkala|When|While)\s[^,;:\"“”]{10,120}[.]")
# one sentence of what people are doing at the moment something happens, as a picture shows it: "Puluhan karyawan
# tengah bekerja saat polisi melakukan penggerebekan." A standfirst tells what happened or why.
_PICTURE_MOMENT = re.compile(r"[A-Z][^.!?\"“”]{0,80}\b(?:tengah|sedang)\s[^.!?\"“”]{3,80}\b(?:saat|ketika)\s[^.!?\"“”]{5,120}[.]")
# a picture's caption telling what a named person does at an event, in the present tense, no stop: "Indonesia's
# President Jane Roe talks to the minister during a visit in Natuna"
_PERSON_AT_AN_EVENT = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,10}(?:talks|speaks|gestures|attends|walks|arrives|waves|listens|looks on|poses|shakes "
    r"hands|sits|stands|leaves|reacts|smiles|greets|chats)\b[^.!?\"“”]{0,120}\b(?:during|at)\s(?:a|an|the)\s"
    r"(?:[\w-]+\s){0,3}(?:visit|meeting|news conference|press conference|ceremony|rally|hearing|session|summit|event|"
    r"interview|briefing|parade|inauguration)\b[^.!?\"“”]{0,60}")
# a picture's caption naming the part of a place it shows, no verb: "One of the platforms at Kanab Zipline."
_PICTURED_PART = re.compile(r"(?:One|Some|Part|Two|Three|Several|A few) of the [a-z]+ (?:at|in|on|of|near|along|inside|"
                            r"outside) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*\.")
# the scene a picture shows, named by a noun, a thing and what it did: "Evakuasi Mobil Avanza yang terjun ke
# sungai.", "Proses evakuasi bocah yang terjebak …". A standfirst tells what happened in a clause of its own.
_PICTURE_SCENE = re.compile(r"(?:Proses\s(?i:evakuasi)|Evakuasi|Suasana|Kondisi|Situasi|Penampakan|Lokasi)\s[^.!?,;:\"“”]{3,60}"
                            r"\syang\s[^.!?,;:\"“”]{3,80}[.]")


def _numbers_row(line: str) -> bool:
    """A row of figures, not a sentence: two words in five or more hold a digit ("India 7 for 622 dec (Pujara 193,
    Pant 159*, …) drew with Australia 300 …"), and it ends no sentence."""
    return not _SENTENCE_END.search(line.strip()) and _mostly_figures(line.split())


def _headline_variant(line: str, title: str) -> bool:
    """Under the headline, the same headline worded again (a site's second title for search engines): a
    headline's shape, no sentence end, and most of its letters the headline's ("Rumah Milik PNS di Bungkus
    Terbakar, …" under "Rumah PNS di Bungus Hangus Terbakar, …")."""
    line = re.sub(r"^\(\s*[^()]{1,30}?\s*\)\s*", "", line).rstrip(" :")  # "( 4UMF NEWS ) Headline:": the site's label
    cut = re.sub(r"\s*(?:\.\.\.|…)$", "", line)  # its first words cut with an ellipsis ("3 motor tertimpa pohon...")
    if cut != line and len(cut.split()) >= _CUT_HEADLINE_WORDS and fold(title).startswith(fold(cut)):
        return True
    return (_short_headline_like(line) and not _SENTENCE_END.search(line) and len(line.split()) <= 25
            and fuzz.ratio(fold(line), fold(title)) >= _HEADLINE_VARIANT_SIMILARITY)


_CUT_HEADLINE_WORDS = 3
_VARIANT_LINES_UNDER_HEADLINE = 3  # a date line and a standfirst may stand between the two


def _dated_teasers(lines: list[str], kept: list[int]) -> list[int]:
    """The kept lines closing the page that make blocks of one to three lines, each closed by a date alone on its
    line, the page's last line a date: other stories' teasers with their dates, two blocks or more. The topmost
    block takes as many lines over its date as the block under it (the article's paragraph stands over it)."""
    def alone(n: int) -> bool:
        text = lines[kept[n]].strip()
        return dates.stamp_text(text) == text

    if len(kept) < 2 or not alone(len(kept) - 1):
        return []
    chain = [len(kept) - 1]  # the dates' positions in `kept`, from the last
    for n in range(len(kept) - 2, -1, -1):
        if chain[-1] - n - 1 > _DATED_TEASER_LINES:
            break  # more lines since the last date than a teaser has: the article's paragraphs
        if alone(n):
            if chain[-1] - n - 1 < 1:
                break  # two dates in a row: a post's, not teasers'
            chain.append(n)
    if len(chain) < _DATED_TEASERS_MIN:
        return []
    top = chain[-1] - (chain[-2] - chain[-1] - 1)
    return kept[top:] if top >= 1 else []


_DATED_TEASER_LINES = 3  # a teaser's date and its headline and summary; a paragraph's run is longer
_DATED_TEASERS_MIN = 2


def _numbering_goes_on(lines: list[str], index: int, kept: list[int]) -> bool:
    """The line opens with a number ("3. Dampak …") and a later line opens with the next one ("4. …"), or the
    paragraph under it opens with its words ("2. KM Sinar Bangun" / "KM Sinar Bangun tenggelam …", the last entry on
    the page): the article's numbered subheadings, however the page was cut."""
    found = _NUMBERED_ENTRY.match(lines[index].strip())
    if found is None:
        return False
    following = f"{int(found.group(1)) + 1}"
    if any((later := _NUMBERED_ENTRY.match(lines[k].strip())) is not None and later.group(1) == following
           for k in kept if k > index):
        return True
    subject = fold(lines[index].strip()[found.end():])
    below = _next_line(lines, index)
    return (below is not None and len(subject.split()) >= _NUMBERED_SUBJECT_MIN_WORDS and looks_like_prose(lines[below])
            and fold(lines[below]).startswith(subject + " "))


_NUMBERED_SUBJECT_MIN_WORDS = 2


def _first_printing_over_a_deck(lines: list[str], kept: list[int], chosen: int, removed: dict[int, str]) -> int | None:
    """The line taken for the headline stands right over the picture's caption, and the headline in nearly its words
    stands higher, a deck between them ("… Video: Massive wave kills …" / "The band's lead singer …" / "… Viral
    Video: Massive wave kills …" / "… songs/ Video Grab"): the higher one, the page's first printing; the lower one is
    the picture's title."""
    if removed.get(_next_line(lines, chosen)) != "photo-caption":
        return None
    return next((i for i in kept if i < chosen and i not in removed and _headline_like(lines[i].strip())
                 and fuzz.ratio(fold(lines[i]), fold(lines[chosen])) >= _SECOND_TITLE_SIMILARITY
                 and any(looks_like_prose(lines[k]) for k in kept if i < k < chosen and k not in removed)), None)


def _headline_reworded_over_its_caption(lines: list[str], index: int, removed: dict[int, str], title: str) -> bool:
    """Right over a picture's caption, the headline worded again in title case, further from it than a second
    title is but in its words: the picture's title, its alternative text ("Sandiaga Uno Wacanakan Visa Khusus Agar
    Turis Bisa Bekerja …" over "Foto ilustrasi … oleh Jane Roe/via Unsplash", under "Pemerintah Godok Visa Khusus
    agar Digital Nomad Bisa Kerja …"). A caption of its own that shares the headline's words is further still; a
    subheading cut from the headline's words ("Reasons Why the Game Is Banned" over its picture) adds none of its own."""
    line = lines[index].strip()
    caption = _next_line(lines, index)
    return (caption is not None and removed.get(caption) == "photo-caption" and _headline_like(line)
            and _title_case(line) and not _SENTENCE_END.search(line)
            and fuzz.ratio(fold(line), fold(title)) >= _PICTURE_TITLE_SIMILARITY
            and len(set(_stems(line)) - set(_stems(title))) >= _REWORDING_WORDS)


_PICTURE_TITLE_SIMILARITY = 60  # rapidfuzz ratio; a second title is 70 or more, a caption below 60
_SECOND_TITLE_SIMILARITY = 70
_REWORDING_WORDS = 2  # words of its own a reworded headline brings ("Sandiaga", "Turis", …)


_TYPOGRAPHIC_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _plain_quotes(text: str) -> str:
    return text.translate(_TYPOGRAPHIC_QUOTES)


def _same_line(line: str, other: str) -> bool:
    """The same line but for a character or two: a headline printed twice, once with a typographic sign."""
    line, other = fold(" ".join(line.split())), fold(" ".join(other.split()))
    return line == other or (abs(len(line) - len(other)) <= 2 and len(line) >= 20
                             and len(line.split()) == len(other.split())  # not "5 Pendaratan …" / "Pendaratan …"
                             and fuzz.ratio(line, other) >= _SAME_LINE_SIMILARITY)


def _followed_like_a_headline(lines: list[str], index: int, kept: list[int], removed: dict[int, str]) -> int:
    """What a headline has under it: a date or a byline (2), a standfirst or the body (1); a banner or a menu
    line has more chrome under it (0)."""
    if _over_a_photographers_credit(lines, index, removed):
        return 0  # a picture's caption over its credit ("… EV Manufacturing" / "Image Credit Forbes")
    kept_set = set(kept)
    for following in range(index + 1, len(lines)):
        if not lines[following].strip():
            continue
        rule = removed.get(following)
        if rule in ("date-stamp", "byline", "source-note"):
            return 2
        if rule == "newsletter-call":
            return 0  # over a sign-up box's notice, the box's title or its video's ("X says 'the worst is to come'")
        if following in kept_set and _over_a_photographers_credit(lines, following, removed):
            continue  # the picture's caption between the headline and the body
        if following in kept_set and _cut_teaser(lines[following].strip(), [lines[k] for k in kept if k > following]):
            continue  # a standfirst cut from the lede stands between the headline and its byline
        if following in kept_set and _same_line(lines[following], lines[index]):
            continue  # the headline printed again, a character changed ("50oC" / "50ºC")
        if following in kept_set and _caption_under_title(lines[following], lines[index]):
            below = _next_line(lines, following)
            if (len(lines[index].split()) <= _SHORT_OVER_BYLINE_WORDS
                    and 2 * len(lines[index].split()) <= len(lines[following].split())
                    and lines[following].strip()[:1] not in _QUOTES and "(" not in lines[following]
                    and not (below is not None and removed.get(below, "").startswith(("byline", "date-stamp")))):
                # a few words in title case over a headline twice as long in a sentence's case: a section's or a
                # publication's label over the headline ("This Week in Asia" / "Indonesia's Widodo urges …"); a
                # line opening with a quote is the story it cites ("\"Man dies …\" Associated Press, …"), one with
                # a remark in brackets a paragraph, and one over the byline the deck of the headline over it
                return 0
            continue
        if following in kept_set and _author_name(lines[following]):
            return 2  # the writer's name alone under it ("Jane Roe"): a byline, not yet read as one
        if following in kept_set and _SECTION_LABEL.fullmatch(lines[following].strip()):
            # the section's or tag's label, one word, printed right under the headline ("Bandara"); past chrome, it
            # is the label of the headline under it ("EV Update Media – …" / ads / "India" / "Tata To Build …")
            return 0 if any(lines[k].strip() for k in range(index + 1, following)) else 2
        if following in kept_set:
            line = lines[following].strip()
            if _title_case(line) and _short_headline_like(line) and (_title_case(lines[index])
                                                                      or _label_case(lines[index])):
                if 2 * len(lines[index].split()) <= len(line.split()):
                    return 0  # a headline twice as long under it: this is the topic's label ("Peredaran Uang …")
                words, headline_words = len(line.split()), len(lines[index].split())
                nothing_between = not any(lines[k].strip() for k in range(index + 1, following))
                if (_title_case(lines[index]) and _DECK_MIN_WORDS <= words
                        and (words < headline_words or (words == headline_words and nothing_between))
                        and not any(k in removed for k in range(index + 1, following))):
                    # the headline's shorter deck right under it ("Atap Rumah Warga Toapaya Terbang" / "Disapu
                    # Angin Puting Beliung"), or one as long right under it ("Huge Bust Hauls in 33 …" / "New York
                    # Motorcycle Theft Ring – Gone in 30 Seconds"): what stands under the deck stands under the
                    # headline, which is first
                    return _followed_like_a_headline(lines, following, kept, removed)
            return 1 if _SENTENCE_END.search(line) or len(line.split()) >= 12 else 0
    return 0


_CLOSING_HEADLINES_MIN = 4
_QUESTIONS_BOX_MIN = 3
_QUESTION_ANSWERED = re.compile(r"(?:Apa|Apakah|Siapa|Kapan|Di ?mana|Ke ?mana|Dari ?mana|Mengapa|Kenapa|Bagaimana|Berapa"
                                r"|What|Who|When|Where|Why|How|Which)\b[^?]{3,150}\?\s+\S.{10,}")
_CLOSING_SENTENCE_HEADLINES_MIN = 8  # in a sentence's case: a list of the article's own points is shorter
_ANNOUNCES_LIST = re.compile(r"\b(?:berikut|antara lain|di antaranya|following|as follows|include|including)\W*$",
                             re.IGNORECASE)
_PICTURE_TITLE_PRINTINGS = 3  # a picture's title printed over each picture; a subheading twice at most
_PICTURE_TITLE_MAX_WORDS = 8
_CAPTION_COPY_MIN_WORDS = 8  # a caption printed again: a sentence, not a short label that may open a caption
_SHORT_OVER_BYLINE_WORDS = 5
_CURRENCY_SIGNS = "£$€¥"  # a headline may open with an amount: "£5,000 fine"
_ANNOUNCING_WORDS = 5  # a sentence ending with a colon over what it quotes ("From the X (May 20, 2007):")
_DATELINE_PREFIX_CHARS = 60  # a dateline's place, outlet and dash (or a tag's remnant) before a copy's first word
_GLUED_HEADLINE_MIN = 20  # characters of a headline printed again with a tag glued to it
_ELLIPSIS_THEN_CAPITAL = re.compile(r"\s*(?:\.{3}|…)\s*[A-Z]")
_ELLIPSIS_THEN_LOWER = re.compile(r"\s*(?:\.{3}|…)\s*[a-z]")
_SHORT_HEADLINE_LINES = 2  # a short headline printed twice is the page's first lines
_DECK_MIN_WORDS = 3  # a section's label under a headline is shorter ("Berita Internasional")
_BODY_CAPTION_MAX_WORDS = 25  # a caption between paragraphs is a sentence; a paragraph over a credit is longer
_TWO_SENTENCES = re.compile(r"(?<=[a-z]{3})\.\s+[A-Z]")  # "… korban jiwa. Jauh sebelumnya …"; not "Jl. A", "U.S. A"
_SENTENCE_SPLIT = re.compile(r"[.!?…](?=\s+[A-Z])")  # a sentence's end with another sentence after it
_WORD = re.compile(r"\w+")
_REPEATED_OPENING_WORDS = 5  # fewer may open a paragraph and head the next one alike
_CAPTION_MAX_WORDS = 60  # a caption under its credit may run to two sentences ("Petani menyalakan … Program ini …")
_REPEATS_OF_A_TICKER = 3  # a ticker or a menu is printed at the top, at the foot, and maybe once more
_LOWERCASE_HEADLINE_WORDS_FOR_ONE_MISSING = 4
_SMALL_WORD_ZIPF = 5.65  # wordfreq's frequency of "sehingga", "which", "namun": a word that carries on a sentence
_HEADLINE_VARIANT_SIMILARITY = 70  # rapidfuzz ratio: a caption that shares the headline's words is below 60
# a caption opened by a kicker in capitals: one to three words, a colon, a sentence in a sentence's case
_KICKED_CAPTION = re.compile(r"[A-Z]{3,}(?: [A-Z]{2,}){0,2}: [A-Z]\S*(?: \S+){4,60}[.!?]")
_CAPTION_DRAWN_TWICE_WORDS = 4
# a picture's credit alone on its line: a name, an outlet, or both ("Mabes Polri", "Dian Herdiansyah/TribunJabar.id")
_CREDIT_LINE = re.compile(r"[A-Z][\w.'’()/-]*(?:\s+[A-Z][\w.'’()/-]*){0,4}")
_CREDIT_WORDS = 5  # as many as _CREDIT_LINE allows
# a post's title and its date after a dash or a bar, as a list of other posts prints them
_DATED_LINK = re.compile(r"(?P<title>\S.{8,200}?)\s[-–—|]\s(?P<date>[^-–—|]{6,40})")
_DATED_LINKS_MIN = 3
_CREDIT_MAX_CHARACTERS = 80  # a credit after a caption: "/Pikiran Rakyat/Aris M Fitrian Pikiran Rakyat/Aris M Fitrian"
_UPDATE_LABEL = re.compile(r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\s+)?UPDATE\s*:", re.IGNORECASE)  # "11-18 UPDATE:"
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]{3,}(?![\w'’-])")
_CLAUSE_WORDS = 3  # words in lower case of four letters or more: "Parents, pupils held by police" is a standfirst's
# clause, not a byline ("by our staff correspondent", "Laporan wartawan X" have fewer)
_SUBHEADING = re.compile(r"[A-Z][a-z]+(?: [a-z]+){2,5}")  # a phrase in a sentence's case, no stop: "Berbekal botol dan kayu"
_CAPITALS_SUBHEADING = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){2,6}")  # "SEJARAH RAMBU SOLO TORAJA"
_CAPITALS_HEADLINE_WORDS = 5  # a kicker or a section's label in capitals is shorter ("BERITA TERKINI")
_REPEATED_PARAGRAPH_WORDS = 8  # a sentence; a short line ("Baca juga", a subheading) may well come twice
_SAME_LINE_SIMILARITY = 96  # rapidfuzz ratio: one character in 50 differs
_TITLE_CASE_SHARE = 0.8  # of a line's words of four letters or more, capitalised: a headline's case, not a sentence's


def _kicked_caption_over_dateline(line: str, lines: list[str], paragraph: int, editorial: Editorial) -> bool:
    """Right over the paragraph the dateline opens, a caption under its kicker, one word in title case and a colon
    ("Evacuated: Thousands displaced residents … were evacuated to …"); a standfirst's label says what kind of
    story it is ("Exclusive:", "Analysis:"), and a quote is never a caption."""
    found = _WORD_KICKER.fullmatch(line.strip())
    return (found is not None and found.group(1).casefold() not in _STORY_KIND_LABELS
            and not any(q in line for q in _QUOTES)
            and _opens_with_dateline(lines[paragraph], editorial))


_WORD_KICKER = re.compile(r"(?-i:([A-Z][a-z]{3,})): (?-i:[A-Z])\S*(?: \S+){7,80}[.!?]")
_STORY_KIND_LABELS = {"update", "updated", "exclusive", "breaking", "watch", "analysis", "opinion", "editorial",
                      "perspective", "comment", "commentary", "explainer", "review", "interview", "photos", "video",
                      "live", "summary", "background", "context", "note", "correction", "clarification", "advisory",
                      "warning", "listen", "sponsored", "developing", "factbox", "timeline", "highlights"}


def _caption_over_dateline(lines: list[str], index: int, body_start: int, editorial: Editorial) -> bool:
    """Right over the paragraph that opens with the dateline, a line in a sentence's case with no full stop: the
    picture's caption ("Residents use a boat to navigate through flood waters in Ascension Parish" over
    "BATON ROUGE, La. — …"); a standfirst ends its sentence. A caption in the wires' style ends it too: someone
    named with their home town doing something on a weekday ("Mike Cox of Sherman, Ill., positions a large fan …
    on Monday …")."""
    line = lines[index].strip()
    if not (body_start < len(lines) and _opens_with_dateline(lines[body_start], editorial)):
        return False
    if _wire_caption(line) or _PICTURE_SCENE.fullmatch(line):
        return True
    return (len(line.split()) >= _CAPTION_MIN_WORDS and not _SENTENCE_END.search(line)
            and not _title_case(line) and not _deck_case(line) and not any(q in line for q in _QUOTES)
            and not re.match(rf"{_DASH}|[-•*]", line)  # "–Army's rescue efforts continue …": a standfirst's point
            # a picture shows what is; a sentence alone that tells what has been is a standfirst ("Marine police have
            # been on the alert since …")
            and not (_PERFECT_OPENING.match(line) and not re.search(r"[.!?]\s+[A-Z]", line))
            and not _SAYS.search(line))  # a deck that tells what someone says: a picture shows no one speaking


# a person, their home town and its state as the wires shorten it, then what they do: "Mike Cox of Sherman, Ill.,
# positions …" ("says" is a standfirst's)
_HOMETOWN_CAPTION = re.compile(r"(?:[A-Z][\w'’.-]*\s){1,4}of (?:[A-Z][\w'’.-]*\s?){1,3}, (?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}),?"
                               r" (?!says\b)[a-z]+s\b")
_SITE_ADDRESS_END = re.compile(r"\w\.(?:com|id|co|net|org|news|tv)$")  # "Example.com", "Kabarexample.id"
_OUTLET_AND_PHOTOGRAPHER = re.compile(r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) ?/ ?"
                                     r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")  # "Example Times/Jane Roe"
_PICTURED_ACTION = re.compile(r"(?:The|A|An) [a-z]+(?: [a-z]+)? [a-z]{2,}ing(?: [\w'’-]+){0,5}")
_WEEKDAY_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _wire_caption(line: str) -> bool:
    """A caption in the wires' style: someone with their home town doing something on a weekday, quoting no one."""
    return bool(_HOMETOWN_CAPTION.match(line) and _WEEKDAY_NAMED.search(line)) and not any(q in line for q in _QUOTES)


def _caption_between_the_headlines(line: str) -> bool:
    """One sentence closed by a day, with no stop, quoting no one, as long as a caption."""
    line = line.strip()
    return (looks_like_prose(line) and _CAPTION_MIN_WORDS <= len(line.split()) <= _CAPTION_MAX_WORDS
            and _DAY_CLOSING.search(line) is not None and not _SENTENCE_SPLIT.search(line)
            and not any(q in line for q in _QUOTES))


_DAY_CLOSING = re.compile(rf"\b(?:(?i:{dates.MONTH})\s\d{{1,2}},?|\d{{1,2}}\s(?i:{dates.MONTH}))\s{dates.YEAR}$")  # "on Oct 30 2018"


def _person_in_the_act(line: str) -> bool:
    """A picture's caption telling what a named person is doing, long, with no stop: "Jane Roe is warning others
    not to charge their phones overnight after her smartphone caught fire". A headline drops the "is" ("Jane Roe
    warns …") or is short ("Jane Roe is buying a football club")."""
    return (bool(_PERSON_IN_THE_ACT.match(line)) and len(line.split()) >= _PERSON_IN_THE_ACT_WORDS
            and not _SENTENCE_END.search(line) and not any(q in line for q in _QUOTES))


# a first name and a surname (maybe a middle name, an age), then "is" or "are" and a verb in -ing
_PERSON_IN_THE_ACT = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}(?:, \d{1,3},)? (?:is|are) [a-z]{2,}ing\b")
_PERSON_IN_THE_ACT_WORDS = 12


_CUT_COPY_MIN_WORDS = 12  # a paragraph's copy cut short, long enough that no subheading or list item begins so
_PERFECT_OPENING = re.compile(r"(?:\S+\s+){1,6}?(?:have|has)\s+(?:been|\w+ed)\b")


def _capitals_over_dateline(lines: list[str], kept: list[int], body_start: int, editorial: Editorial) -> str | None:
    """The line right over the paragraph that opens with the dateline (blank lines between), when it is a headline
    in capitals of five words or more."""
    if body_start >= len(lines) or not _opens_with_dateline(lines[body_start], editorial):
        return None
    above = [i for i in kept if i < body_start]
    if not above or any(lines[k].strip() for k in range(above[-1] + 1, body_start)):
        return None
    line = lines[above[-1]].strip()
    letters = [c for c in line if c.isalpha()]
    if len(line.split()) >= _CAPITALS_HEADLINE_WORDS and all(c.isupper() for c in letters) and _short_headline_like(line):
        return line
    return None


_FIRST_ITEM = re.compile(r"1[.)]\s+\S")


def _heads_numbered_list(lines: list[str], index: int) -> bool:
    """The line under it is a numbered list's first item ("Langkah cepat (…)" / "1. Kumpulkan bukti: …"): the
    line is the list's heading."""
    below = _next_line(lines, index)
    return below is not None and _FIRST_ITEM.match(lines[below].strip()) is not None


def _caption_under_title(line: str, title: str) -> bool:
    """Under a headline in title case, a picture's caption: a headline's shape but a sentence's case, and no
    full stop ("Kebakaran Hanguskan 23 Kios di Pasar …" over "Kebakaran 23 kios di lantai dua pasar"); not a deck that
    tells what someone says ("Kepala Disparekraf DKI Jakarta menyebut, izin usaha Holywings dicabut …"): a picture
    shows no one speaking."""
    return (_title_case(title) and not _title_case(line) and not _deck_case(line.strip())
            and _short_headline_like(line.strip()) and not _SENTENCE_END.search(line.strip())
            and not _SAYS.search(line))


# a verb of saying and the clause it reports: "… menyebut, izin usaha …", "… says that …"
_SAYS = re.compile(rf"\b(?:{_SPEECH_VERBS}|menyebut(?:kan)?|mengatakan|menyatakan|menegaskan)(?:,|\s+(?:bahwa|that)\b)",
                   re.IGNORECASE)


def _pictures_title(line: str, max_words: int) -> bool:
    """A few words with no sentence's end: a picture's title over its caption or its credit, no sentence."""
    return len(line.split()) <= max_words and not _SENTENCE_END.search(line.strip())


def _caption_printed_cut(line: str, caption: str) -> bool:
    """The line is the caption under it printed first without its later sentences, maybe whole but for a first letter
    the other printing lost to a drop cap ("Master of puppets: Nine-year-old … on Saturday" / "aster of puppets:
    Nine-year-old … on Saturday. Sixteen … (JP/Jane Roe)"). A headline over its picture's alternative text, the
    headline again with the credit after it ("… Natuna" / "… Natuna./Ist"), is the headline. A widget's label may be
    glued on before it ("View all search resultsWitness: …" / "itness: …")."""
    line, caption = " ".join(line.split()), " ".join(caption.split())
    glued = [found.end() for found in _GLUE.finditer(line[:_GLUED_LABEL_CHARS])]  # "resultsWitness"
    for start in (line, line[1:], *(line[at + skip:] for at in glued for skip in (0, 1))):
        if len(start.split()) >= _CUT_CAPTION_WORDS and caption.startswith(start):
            return re.match(r"[.!?]\s+[A-Z]", caption[len(start):]) is not None
    return False


_CUT_CAPTION_WORDS = 8
_GLUED_LABEL_CHARS = 40  # a widget's label glued before a line
_ROLE_IN_BRACKETS = re.compile(r"\((?:[\w.'’/&-]+\s?){1,5}(?<![.!?])\)")  # a portrait's role: "(Dansubsektor 3)"
_PORTRAIT_NAME_WORDS = 6
_CAPTION_REPRINT_GROWTH = 1.5  # a reprint adds the day and a name; a paragraph opened by the caption's words runs on
_CAPTION_REPRINT_SIMILARITY = 95  # rapidfuzz partial ratio of a caption within its reprint, a word or two changed


def _over_a_labelled_byline(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """The next line is the writer's byline by its label ("Penulis: X | Editor: Y")."""
    following = _next_line(lines, index)
    return (following is not None and removed.get(following) == "byline"
            and _BYLINE_LABEL.match(lines[following].strip()) is not None)


def _deck_over_its_caption_reworded(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """Right over the picture's caption, a sentence of its own that words the caption otherwise ("The hunt is now
    focused on the crashed plane's …" / "The hunt is now focused on the crashed Sriwijaya Air plane's … (Photo: …)"):
    the deck. A caption's first lines, wrapped, go on into it (a comma at the end, or a lower-case start)."""
    following = _next_line(lines, index)
    line = lines[index].strip()
    return (following is not None and removed.get(following) == "photo-caption" and line[:1].isupper()
            and not line.endswith(",") and fold(line) not in fold(lines[following]))


def _deck_by_what_follows(lines: list[str], index: int, removed: dict[int, str]) -> bool:
    """Under the headline, a line the next line shows to be the deck: the picture's caption with its credit, or
    the picture's markup, when the line is not their words (the picture's alternative text, "Truk muat gelondongan
    kayu" over "Foto: Truk muat gelondongan kayu … (Dok. Polsek)"); or the writer's byline by its label ("Penulis:
    X | Editor: Y"), the picture not come yet (a dateline, "MIMIKA, BM", opens the body, a caption maybe over it)."""
    following = _next_line(lines, index)
    if following is None:
        return False
    if removed.get(following) == "byline":
        return _over_a_labelled_byline(lines, index, removed)
    caption = _next_line(lines, following)
    if (removed.get(following) == "photo-credit" and "/" in lines[following] and caption == following + 1
            and _SENTENCE_END.search(lines[caption].strip())):
        return True  # the picture's credit, then its caption right under it: "Tribun Bali/Jane Roe" / "Situasi …."
    return ((removed.get(following) == "photo-caption" or _PICTURE_MARKUP.fullmatch(lines[following].strip()) is not None)
            and fold(lines[index].strip()) not in fold(lines[following]))


# a picture in Markdown: "![alt](https://…/1.jpg)", its alternative text maybe holding brackets ("![Mobil … [Suara.com]](…)")
_PICTURE_MARKUP = re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^)\s]+\)")
_PICTURES_ALONE = re.compile(rf"(?:{_PICTURE_MARKUP.pattern}\s*\|?\s*)+")  # one or more, maybe in a table's cells


def _label_case(line: str) -> bool:
    """A short label in title case, its small words in lower case as Indonesian writes them ("Keracunan saat
    Hajatan di Boyolali"): every other word of four letters or more capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4 and w.casefold() not in _SMALL_WORDS]
    return len(line.split()) <= _LABEL_MAX_WORDS and len(words) >= 2 and all(w[:1].isupper() for w in words)


def _deck_case(line: str) -> bool:
    """A deck in a headline's case, with a small word no byline holds ("Dua Hektare Ludes dalam Semalam"; "By X and
    Y", "Tim Liputan dari Jakarta" are bylines)."""
    return _label_case(line) and any(word in _SMALL_WORDS and word not in _BYLINE_SMALL_WORDS
                                     for word in re.findall(r"\b[a-z]+\b", line))


_SMALL_WORDS = frozenset("saat dari untuk yang dengan pada oleh atau akan bagi demi jadi usai kala soal "
                         "dalam kepada tentang terhadap tanpa "
                         "with from that this into onto over after than".split())
_BYLINE_SMALL_WORDS = frozenset("dari oleh from".split())  # "Laporan dari Jakarta", "Foto oleh …"
_LABEL_MAX_WORDS = 6


def _capitals_among_long_words(line: str) -> tuple[int, int]:
    """(how many of the line's words of four letters or more are capitalised, how many there are)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return sum(w[:1].isupper() for w in words), len(words)


def _mostly_capitalised(line: str) -> bool:
    """Most of the line's words of four letters or more capitalised, as a headline in a blog's title case leaves
    some small words low ("Why Girls should Ride on GoKart with Extra Care?")."""
    capitalised, words = _capitals_among_long_words(line)
    return words >= 3 and capitalised * 2 > words


def _two_words_in_title_case(line: str) -> bool:
    """Two words, both capitalised: a section's or a template's label ("Top Stories", "Ringkasan Utama")."""
    words = line.split()
    return len(words) == 2 and all(word[:1].isupper() for word in words)


def _title_case(line: str) -> bool:
    """A line in title case, as most Indonesian outlets print headlines ("Kebakaran Hanguskan 23 Kios di Pasar
    …"): at least three words of four letters or more, nearly all of them capitalised."""
    capitalised, words = _capitals_among_long_words(line)
    return words >= 3 and capitalised >= _TITLE_CASE_SHARE * words

_PAGE = re.compile(r"(?:Halaman|Page)\s*:?\s*(\d+)\s*(?:dari|of|/)\s*\d+", re.IGNORECASE)


def _page_number(pagination_lines: list[str]) -> int | None:
    for line in pagination_lines:
        found = _PAGE.search(line)
        if found:
            return int(found.group(1))
    return None


def recurring_candidates(document: CleanDocument, editorial: Editorial) -> tuple[str, tuple[str, ...]]:
    """(outlet, the short kept lines that look like no prose, folded): what the corpus-level rule counts."""
    if not document.outlet:
        return "", ()
    return document.outlet, tuple(sorted({fold(p) for p in document.paragraphs
                                          if len(p.split()) <= editorial.recurring_max_words
                                          and not looks_like_prose(p)}))


def recurring_lines(candidates: list[tuple[str, tuple[str, ...]]], editorial: Editorial) -> set[tuple[str, str]]:
    """(outlet, folded line) of the lines kept in enough articles of one outlet to be its chrome; candidates: each
    article's recurring_candidates."""
    seen_in: Counter[tuple[str, str]] = Counter()
    for outlet, lines in candidates:
        seen_in.update((outlet, line) for line in lines)
    return {key for key, count in seen_in.items() if count >= editorial.recurring_min_articles}


def recurring_in(candidates: tuple[str, tuple[str, ...]], recurring: set[tuple[str, str]]) -> tuple[str, ...]:
    """Which of one article's candidate lines the rule removes."""
    outlet, lines = candidates
    return tuple(line for line in lines if (outlet, line) in recurring)


def drop_recurring(document: CleanDocument, recurring: set[tuple[str, str]]) -> CleanDocument:
    """The document without its lines that are its outlet's chrome (recurring_lines)."""
    keep, lines_kept, dropped = [], [], []
    for paragraph, line_no in zip(document.paragraphs, document.paragraph_lines):
        if (document.outlet, fold(paragraph)) in recurring:
            dropped.append(RemovedLine(line_no, paragraph, "recurring-in-outlet"))
        else:
            keep.append(paragraph)
            lines_kept.append(line_no)
    if not dropped:
        return document
    return replace(document, paragraphs=tuple(keep), paragraph_lines=tuple(lines_kept),
                   removed=tuple(sorted(document.removed + tuple(dropped), key=lambda r: r.line_no)))


def remove_recurring(documents: list[CleanDocument], editorial: Editorial) -> list[CleanDocument]:
    """Corpus-level rule: a short line kept in several articles of the same outlet is that outlet's chrome."""
    recurring = recurring_lines([recurring_candidates(d, editorial) for d in documents], editorial)
    return [drop_recurring(d, recurring) for d in documents] if recurring else documents


def explain(document: CleanDocument) -> list[tuple[int, str, str]]:
    """Each line of the seed as (line number, rule or "" when kept as prose, text)."""
    rules = defaultdict(list)
    for line in document.removed:
        rules[line.line_no].append(line.rule)
    result = []
    for number, text in enumerate(document.source.text.split("\n"), start=1):
        if text.strip():
            result.append((number, ",".join(rules.get(number, [])), text))
    return result
