"""Recognising and parsing the dates news pages print, in Indonesian and English.

Month and weekday names come from dateparser's own locale data; parsing is dateparser's. This module only
decides *where* a date is: a line that is nothing but a publication stamp, or a dated reference in prose.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import dateparser
import dateparser.date
from dateparser.languages.loader import default_loader

LANGUAGES = ("id", "en")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _locale_names(keys: tuple[str, ...]) -> dict[str, int]:
    """The names of the site's languages for the keys (dateparser's locale data), lower-cased, to the key's number."""
    names = {}
    for language in LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, key in enumerate(keys):
            names.update((n.lower(), number) for n in info.get(key, []) if len(n) >= 3 and n.isalpha())
    return names


def _alternation(keys: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, _locale_names(keys)), key=lambda n: (-len(n), n))) + r")\.?"


MONTH = _alternation(_MONTH_KEYS)
WEEKDAY = rf"(?:jum['’]at\.?|{_alternation(_WEEKDAY_KEYS)})"  # "Jum'at": Friday as many outlets spell it
YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:st|nd|rd|th)"  # "24th February, 2019"
_TIME_OF_DAY = r"\d{1,2}[:.]\d{2}\s*[AaPp]\.?[Mm]\b"  # "2:17 AM": a clock that no figure in a date resembles
_DATE = (rf"(?:\d{{1,2}}{_ORDINAL}?\s+{MONTH}(?:,\s*|\s+){YEAR}"  # "07 January,2015" too
         rf"|{MONTH}\s+\d{{1,2}}{_ORDINAL}?(?:,\s*|\s+){YEAR}"  # "Oct 23,2018" too
         rf"|{YEAR}\s+{MONTH}\s+\d{{1,2}}\b"  # "2022 Mar 28"
         rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{YEAR}"
         rf"|\d{{1,2}}[/-]{MONTH}[/-]{YEAR}"  # "19/Okt/2014", "19-Oct-2014": the month's name between slashes
         rf"|{YEAR}-\d{{2}}-\d{{2}}"
         rf"|{YEAR}[/.]\d{{1,2}}[/.]\d{{1,2}}"  # "2017/10/14", "2025.04.14": year first, then month and day
         rf"|\d{{1,2}}/\d{{1,2}}/\d{{2}}(?=\s+{_TIME_OF_DAY}))")  # "06/18/23 2:17 AM": a short year, a clock after it
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?!\d|[.,]\d)(?:\s*[AaPp]\.?[Mm]\.?)?"
_ZONE = (r"(?:(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|WIB|WITA|WIT|UTC|GMT|KST|JST|MSK|CET|CEST|BST|EDT|EST|CDT|CST|PDT|PST"
         r"|IST|PKT|SGT|HKT|PHT|ICT"
         r"|(?-i:[A-Z]{1,3}[SD]?T)|Z|[+-]\d{2}:?\d{2})")  # the last letters: any zone's abbreviation ("IST", "HST", "SGT")
_PREFIX = (r"(?:(?:first\s+)?published|(?:article\s+|story\s+)?contributed|last|updated|update|modified|posted|diterbitkan|diperbarui|dipublikasikan|publikasi|diposting|terbit|tayang|"
           r"di\s?buat|on|pada|pukul|jam|at|date|tanggal|this (?:story|article) (?:is|was) from"  # an archive's banner
           r"|release|released|rilis|dirilis)")  # a press release's: "Release Date: July 9, 2010"

# The whole line is a stamp: the author after "By:" and a bar, up to two outlet or section names with bars or
# dashes ("Kompas.com - ", "Global | okezone | "), the author ("oleh Maria Flora diperbarui …", a template's empty
# author, "By , on May 29, 2014", or a column's gap
# before the date: "By Bui Hong Nhung   August 30, 2016"), prefix words,
# weekday, the date, time and zone, separated by punctuation, and maybe the reporter after a bar
# ("… | 09:42 WIB | LAPORAN: …"). A template's author left unknown prints "N/A" ("N/A • 20 March 2023 21:48"); a
# comma may stand apart from the name before it ("Ayu Utami Anggraeni , Jurnalis-Rabu, 07 Februari 2024 |06:35 WIB").
_CREDIT = r"(?-i:[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3})"  # a writer's or an outlet's name in capitals
_BEFORE_A_DATE = r"(?:on|since|until|till|before|after|by|from|to|at|in|of|pada|sejak|hingga|sampai)"
_AUTHORS_MAX_CHARS = 60  # the author's names before the date, labelled "oleh"/"by"
_STAMP = re.compile(
    # a comma first: the post's author a template left out ("Posted by , Sunday, 14 March 2010")
    r"^(?:[|•·–—,-]|::)?\s*(?-i:[a-z]+(?:_[a-z]+)+\s+)?"  # an icon font's name printed as text: "calendar_month Sel, 2 Sep 2025"
    r"(?:(?-i:(?:[A-Z][\w'’&.-]*\s+){1,4}logo)\s+(?=\S*\d|(?:" + MONTH + r"|" + WEEKDAY + r")\b))?"  # a logo's alternative text: "Story Publication logo April 11, 2019"
    r"(?:(?:posted\s+|written\s+)?(?:by|oleh|source|sumber|penulis|editor|reporter)\s*:?\s+[\w.-]+(?:\s[\w.]+){0,3}\s*(?:\|\||[-–—|·•])\s*)?"  # "By: FPJ Web Desk | ", "Source: Xinhua| ", "Posted by: X | ", "Editor: X - "
    # "Global Rise TV (Pandeglang) – ", "Tim Litbang MPI, MNC Portal · ", "Zoom News : ", "Communities / ", or before a
    # bar a wire and its place, commas between: "The Associated Press, Mentawai Islands, West Sumatra | "
    r"(?:(?:(?:N/A|[\w.-]+)(?:\s?,?\s[\w.]+){0,4}(?:\s*\([^()]{2,40}\))?\s*(?:\|\||[-–—|·•]|\s[:/](?=\s))"
    r"|(?-i:[A-Z])[\w.-]*(?:\s[\w.-]+){0,3}(?:,\s[\w.-]+(?:\s[\w.-]+){0,2}){1,2}\s*\|)\s*){0,2}"
    r"(?:(?:(?-i:[A-Z])[\w.-]+(?:\s(?-i:[A-Z])[\w.]+){0,2}"  # the agency before a comma: "Xinhua, January 7, 2015",
    # or the author, by a user name: "By buseman, Aug 26, 2010"; the date after the comma: "Kompas.com, 13 Agustus 2025"
    r"|(?:by|oleh)\s+[\w.-]+(?:\s[\w.-]+){0,2}),\s*)?"
    # the author, then the date after two spaces or a label; or a name (words in capitals) straight on to the date
    # with its month: "Written by Jane Roe Aug 21, 2022"
    rf"(?:(?:written\s+|ditulis\s+|posted\s+|diposting\s+)?(?:oleh|by)\s+[^\d|:]{{1,{_AUTHORS_MAX_CHARS}}}?(?:\s+(?={_PREFIX}\b)|\s{{2,}}(?=(?:{WEEKDAY}|{MONTH}|\d)))"
    # the author a template left out: "Posted by on March 23rd, 2011"
    rf"|(?:written|ditulis|posted|diposting)\s+(?:oleh|by)\s+(?=(?:on|pada)\s)"
    rf"|(?:written\s+|ditulis\s+)?(?:oleh|by)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"\s+(?=(?:{MONTH})\.?\s+\d|\d{{1,2}}\s+(?:{MONTH})\b|{_TIME}\s*,?\s*(?:{MONTH})\.?\s+\d)"  # or the time first
    # or a user name ending in figures, glued to the weekday: "Oleh jroe02Thursday, 26th October 2023"
    rf"|(?:oleh|by)\s+[^\W\d_][\w.-]*?\d(?={WEEKDAY})"
    # or a few words with no comma, however cased, straight on to a full date: "By shared from example.com July 16,
    # 2013" (a sentence that runs on to a date is longer, has its commas, or a preposition before it: "… on July 16")
    rf"|(?:oleh|by)\s+(?:[^\s\d|:,]+\s+){{0,4}}(?!{_BEFORE_A_DATE}\s)[^\s\d|:,]+\s+"
    rf"(?=(?:{MONTH})\.?\s+\d{{1,2}},\s*{YEAR}\b)"
    # or credits a site joins with a spaced comma, straight on to the time or the date: "Jane Roe , USA TODAY , KHOU
    # 4:19 PM. CST February 21, 2017"
    rf"|{_CREDIT}(?:\s,\s{_CREDIT}){{1,3}}\s+(?=\d{{1,2}}[:.]\d{{2}}|(?:{MONTH})\.?\s+\d|(?:{WEEKDAY})\b)"
    # or the writer's name alone, straight on to a date with its month's name and a clock: "Jane Roe November 20,
    # 2024 at 09:25 PM" (a headline that ends with a date prints no clock after it)
    rf"|(?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{1,3}})\s+(?=(?:(?:{MONTH})\.?\s+\d{{1,2}},?\s*|\d{{1,2}}\s+(?:{MONTH})\s+)"
    rf"{YEAR}\s*(?:,|at|pukul|[-–—|•·])?\s*{_TIME}))?"
    # the section's word, or the writer's name and handle: "delhi Updated: …", "Jane Roe (@JaneRoe) Published …"
    r"(?:(?:[^\W\d_]+|(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){1,3}(?:\s*\(@\w{2,30}\))?)"
    r"\s+(?=(?:updated|published|posted|diperbarui|diterbitkan)\b))?"
    # … or the writer's name and handle, then the story's age, straight on to the date: "Jane Roe (@JaneRoe) 1 minute
    # ago Thu 05th December 2019 | 06:42 PM"
    r"(?:(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){1,3}\s*\(@\w{2,30}\)\s+\d{1,3}\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|detik|menit|jam|hari)\s+(?:ago|lalu|yang lalu)\s+)?"
    # an e-edition's banner: "Shared from the 4/22/2019 The Sydney Morning Herald eEdition", the paper after the date
    r"(?:(?P<shared>(?:shared|printed) from(?: the)?)\s+)?"
    # a newspaper's print edition the text came from: "Sumber: Media Indonesia edisi Minggu, 12 Januari 2013"
    r"(?:(?:(?:source|sumber)\s*:\s*)?(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,3}\s+(?:edisi|edition)\s+)?"
    rf"(?:{_PREFIX}\s*:?\s*)*(?:(?P<time_first>{_TIME})(?:\s*(?P<zone_first>{_ZONE}))?\s*,?\s*(?:(?:on|pada)\s+)?)?"  # "5:33 p.m. ET on …"
    # the section's or the place's name right before the weekday: "Oman Tuesday 27/November/2018 10:51 AM"
    rf"(?:(?-i:[A-Z])[\w.-]+\s+(?={WEEKDAY}\b))?"
    rf"(?:(?P<weekday>{WEEKDAY})\s*[,-]?\s*)?(?P<date>{_DATE})"
    r"(?:(?<=\d)(?-i:[A-Z][A-Za-z]{1,15}(?:\s[A-Z][a-z]{1,15}){0,2})(?=\s*$))?"  # the section glued on: "July 9, 2017US News"
    rf"(?:(?:\s*(?:[-–—,|/•·@]\s*)?(?:{_PREFIX})?\s*|T)(?:(?P<zone_before>{_ZONE})\s+)?(?P<time>{_TIME})"  # "2021-03-19 HKT 15:10"
    r"(?:\s?(?:hrs|hours)\b\.?)?"  # "January 29, 2018 18:46 hrs": the time as the 24-hour clock's hours
    rf"(?:\s*(?P<zone>{_ZONE}))?"
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){0,2})?)?"  # the dateline's place after the time
    r"(?:\s*[–—-]\s*(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+)?)?"  # or after the date and a dash: "27 Mei 2024 – Jakarta"
    r"(?:\s*\|\s*(?:laporan|reporter|penulis|editor|oleh|by|source|sumber)\b\s*:?.{0,60}"  # "… | Source: Reuters"
    r"|\s+(?:source|sumber)\s*:\s*\S.{0,60}"  # … or after a space, with its colon: "… 16:52 WIB Sumber: TribunNews.com"
    # … or a feed's line, the source the post was taken from and its link: "… at 11:33AM from CNN Indonesia https://…"
    rf"|\s+from\s+{_CREDIT}(?:\s+https?://\S+)?"
    # or the editor after a dash, with a label (a date and a headline after a dash have none), and the count of
    # readers: "Senin, 30 Desember 2024 | 17:47 WIB - Redaktur: Jane Roe - 197"
    r"|\s*[–—-]\s*(?:reporter|penulis|editor|redaktur|penyunting|pewarta)\s*:.{0,60})?"
    # the writer after the date (a middle dot between them maybe: "9 Jun 2022 ·By Jane Roe"), and their role: "July
    # 5, 2018 by E.j. Mundell, Healthday Reporter"
    r"(?:(?:\s*[·•]\s*|\s+)(?:by|oleh)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3})?)?"
    r"(?:(?:\s*\|)+\s*(?-i:[A-Z]{2,8}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"  # "… IST |   |  IANS": the agency or author
    r"(?:\s*(?:adjust font size|font size|ukuran (?:font|huruf))\s*:?)?"  # a font widget's label after the stamp
    # "…, updated 1 August 2019 at 10:50am", "Agustus 09, 2024 Last Updated 2024-08-09T03:51:34Z"
    r"(?:\s*[,;|]?\s*(?:last\s+)?(?:updated|diperbarui)\b.{0,40})?"
    # an aggregator's age of the story and its link to the outlet's page: "… 02:00pm - 3 years View Original"
    r"(?:\s*[-–—·•|]\s*\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|tahun|bulan|minggu|hari|jam|menit)"
    r"(?:\s+(?:ago|lalu|yang lalu))?)?(?:\s*[-–—·•|]?\s*(?:view|read|lihat|baca) (?:the )?(?:original|asli|sumber)(?: (?:article|story|berita))?)?"
    rf"(?:(?<=[AaPp][Mm])(?=(?:{MONTH})\.?\s+\d).{{5,30}})?"  # the update's stamp glued on: "… 4:34 PMDec 13, 2019 5:32 PM"
    r"(?:\s*[,;|·•-]?\s*(?:(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+(?:\s*(?:kali|times|x))?"  # "… WIB Dibaca : 2340 Kali"
    r"|[\d.,]+\s*(?:views|kali dibaca|x dibaca)))?"
    # the section's label in capitals, then the reading time: "12 Jan 2026 NEWS 8 min read"
    r"(?:\s+(?-i:[A-Z]{3,12}))?(?:\s*[·•|-]?\s*\d+\s*(?:min(?:ute)?s?|menit)\s*(?:read|baca))?"
    # after the time and its zone, the section's word in title case: "23 Jul 2025, 15:09:01 WIB Pemerintahan"
    r"(?(zone)(?:\s+(?-i:[A-Z][a-z]{2,20}))?)"
    # after a date with its weekday, the desk or the writer, capitalised: "Selasa, 12 Desember 2023 BBKSDA Sumatera
    # Utara" (a headline never opens with a weekday's date)
    r"(?(weekday)(?:\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3})?)"
    r"(?(shared)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,5})"
    r"\s*(?:[-–—,|•·]|::)?\s*$",  # a blog's date between colons: ":: Tuesday, May 09, 2006 ::"
    re.IGNORECASE,
)
# A row of the page's widgets after the date line's cells: "| 10165 views | 0 0 comments | 8 8 recommendations |
# email to a friend | print"
_WIDGET_CELLS = re.compile(r"(?:\s*\|\s*(?:(?:[\d.,]+(?:\s+[\d.,]+)?|no)\s+(?:views?|comments?|recommendations?|likes?|shares?|"
                           r"komentar|dibaca)|email to a friend|e-?mail|print|cetak|share|bagikan))+"
                           # the post's category in the last cell, after the widgets: "… | No Comments | News"
                           r"(?:\s*\|\s*(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s*\|?\s*$",
                           re.IGNORECASE)
_EMPTY_CELLS = re.compile(r"(?:\s*\|)+\s*$")  # the cells a stamp's row left empty: "Aug 26, 2010 | |"
_STOP_AFTER_YEAR = re.compile(r"(?<=\b(?:19|20)\d{2})\.$")  # a date line closed as a sentence: "The Paper, May 3, 2013."
_STAMP_MAX_CHARS = 90  # a date line's; a sentence with a date in it runs longer
# a print button's label glued after the time, with no bar: "… | 6:02 AM Print This Post"
_PRINT_BUTTON = re.compile(r"\s+(?:Print(?: This (?:Post|Article|Page))?|Cetak(?: Berita| Artikel)?)\s*$", re.IGNORECASE)
# the date first, the sources in bars, then the time: "04-Aug-2020 Intellasia | Malaysiakini | 6:02 AM"
_DATE_SOURCES_TIME = re.compile(
    rf"(?P<date>\d{{1,2}}[-/ ](?:{MONTH})[-/ ]{YEAR})\s+(?:(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){{0,2}}\s*\|\s*){{1,3}}"
    rf"(?P<time>{_TIME})", re.IGNORECASE)
# a page's fields, each a capitalised label, a colon and a short value, before its labelled date: "Category: Column
# By : Jane Roe Read : 1276 Date : …" (a sentence has no colon after every few words)
_FIELDS_BEFORE_THE_DATE = re.compile(
    r"(?:(?-i:[A-Z])[\w-]*\s*:\s*[^:]{1,40}?\s+){1,4}(?:Date|Tanggal|Published|Posted|Diterbitkan)\s*:\s*(?=\S)",
    re.IGNORECASE)
_AUTHORS_FIRST = re.compile(r"(?:oleh|by)\s", re.IGNORECASE)
_EMPTY_AUTHOR = re.compile(r"^(?:posted\s+|written\s+)?(?:by|oleh)\s*(?:\|\s*)+", re.IGNORECASE)  # "by | Posted on: …"
# the writer's address, which the site hid behind a placeholder, before the date: "( [email protected] ) Dec 30, …"
_HIDDEN_ADDRESS = re.compile(r"^\(?\s*\[email\s?protected\]\s*\)?\s*", re.IGNORECASE)
# Abbreviations dateparser reads otherwise than the news uses them: it takes IST for Israel's; on the pages that
# print it, it is India's (Indian outlets and wires datelined in India).
_ZONE_OFFSETS = {"IST": "+05:30"}
_ENDS_WITH_ZONE = re.compile(rf"\b{_ZONE}$|[+-]\d{{2}}:?\d{{2}}$")
# A dated reference inside prose: "(13/09/2023)", "Rabu (30/8/2023)", "pada 13 September 2023".
_REFERENCE = re.compile(rf"\((?:{WEEKDAY},?\s*)?(?P<numeric>\d{{1,2}}/\d{{1,2}}/{YEAR})\)"
                        rf"|\b(?P<named>\d{{1,2}}\s+{MONTH}\s+{YEAR}|{MONTH}\s+\d{{1,2}},\s+{YEAR})\b",
                        re.IGNORECASE)


_EDITED_BY = re.compile(r"\s*,\s*(?:edit(?:ed)?\s+by|diedit\s+oleh|editor\s*:)\s*[\w.'’ -]{2,40}$", re.IGNORECASE)
_PAPER_BEFORE_ITS_DATE = re.compile(rf"({_CREDIT})\s+(?=\d)")


# a source's name in title case glued to a date in figures, no space between them: "Perth Now28-04-2025" (a headline
# never runs a word into a figure)
_SOURCE_GLUED_TO_DATE = re.compile(r"(?-i:[A-Z][A-Za-z.'’&-]*(?:\s[A-Z][A-Za-z.'’&-]*){0,3})(?=\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$)")


def stamp_text(line: str) -> str | None:
    """If the line is only a publication stamp, return it ready to parse, else None.

    A headline that contains a date ("Gempa 12 September 2023 Guncang Lombok") is not a stamp: the line must
    hold nothing but the date, its weekday, time, zone and words like "Published".
    """
    line = _HIDDEN_ADDRESS.sub("", _EMPTY_AUTHOR.sub("", _EMPTY_CELLS.sub("", _WIDGET_CELLS.sub("", line.strip()))))
    line = _STOP_AFTER_YEAR.sub("", line)
    fields = _FIELDS_BEFORE_THE_DATE.match(line)
    if fields:  # "Category: Column By : Jane Roe Read : 1276 Date : Saturday, October 12, 2013 - 07:16:29"
        return stamp_text(line[fields.end():])
    line = _PRINT_BUTTON.sub("", line)
    sources_between = _DATE_SOURCES_TIME.fullmatch(line)
    if sources_between:  # "04-Aug-2020 Intellasia | Malaysiakini | 6:02 AM": the date, the sources, the time
        return stamp_text(f"{sources_between.group('date')} {sources_between.group('time')}")
    # (the writers' names before it may be long: "oleh Jane RoeJohn DoeErika Anindita … diperbarui 01 Jul 2022, 00:03")
    if len(line) > _STAMP_MAX_CHARS + (_AUTHORS_MAX_CHARS if _AUTHORS_FIRST.match(line) else 0):
        return None
    edited = _EDITED_BY.search(line)
    line = line[:edited.start()] if edited else line
    glued = _SOURCE_GLUED_TO_DATE.match(line)  # "Perth Now28-04-2025": the source, its date glued on
    line = line[glued.end():] if glued else line
    found = _STAMP.match(line)
    if not found and edited:
        # the paper's name straight on to its date, its editor closing the line ("Bali Post 27 oktober 2010,Edit by
        # Admin"): the source edition's line; with no editor after it, a headline may end so ("Gempa … 12 September
        # 2023")
        paper = _PAPER_BEFORE_ITS_DATE.match(line)
        found = _STAMP.match(f"{paper.group(1)}, {line[paper.end():]}") if paper else None
    if not found:
        return _stamp_printed_again(line)
    date = found.group("date")
    year_first = re.fullmatch(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})", date)
    if year_first:  # written as ISO, which no day order misreads
        year, _, month, day = year_first.groups()
        date = f"{year}-{month:0>2}-{day:0>2}"
    named_between = re.fullmatch(rf"(\d{{1,2}})[/-]([^\W\d_]+\.?)[/-]({YEAR})", date)
    if named_between:  # "19/Okt/2014" → "19 Okt 2014"
        date = " ".join(named_between.groups())
    named_year_first = re.fullmatch(rf"({YEAR})\s+(\S+)\s+(\d{{1,2}})", date)
    if named_year_first:  # "2022 Mar 28" → "28 Mar 2022", the order every parser reads
        year, month, day = named_year_first.groups()
        date = f"{day} {month} {year}"
    date = re.sub(rf"\b(\d{{1,2}}){_ORDINAL}\b", r"\1", date)  # "24th February, 2019" → "24 February, 2019"
    parts = [date]
    time = found.group("time") or found.group("time_first")
    zone = found.group("zone") or found.group("zone_first") or found.group("zone_before")
    if time:
        parts.append(time)
    if zone:
        zone = zone.upper() if zone.isalpha() else zone  # "19:41 ist": a zone, not a word dateparser guesses at
        parts.append(_ZONE_OFFSETS.get(zone, zone))
    return " ".join(parts)


# a date line printed again after its label on the same line: "Tue, January 24, 2017 Published on Jan. 24, 2017
# Published on 2017-01-24T19:07:56+07:00"
_DATE_LABEL = r"(?:Published|Updated|Posted|Diterbitkan|Diperbarui)"
_AGAIN_LABEL = re.compile(rf"\s+(?={_DATE_LABEL}(?:\s+on|\s+at|\s+pada)?\s*:?\s)")
_LABEL_FIRST = re.compile(rf"\s*{_DATE_LABEL}\b")


# a date line's time, its zone or its half of the day after it, and more after that
_TIME_THEN_MORE = re.compile(rf"\b{_TIME}(?:\s{_ZONE})?(?=\s+\S)")


def _stamp_printed_again(line: str) -> str | None:
    """The line is one day's date printed two or three ways, each with its label: the stamp that tells the most (its
    time and zone). Dates of different days (published, then updated) are no such line."""
    pieces = [piece for piece in _AGAIN_LABEL.split(line) if piece.strip()]
    if len(pieces) < 2:
        # … or with no label between, the second after the first's time ("Selasa, 24 Agustus 2021 08:00 WIB 24
        # Agustus 2021, 08:00 WIB")
        time = _TIME_THEN_MORE.search(line)
        pieces = [line[:time.end()], line[time.end():]] if time else []
    if len(pieces) < 2:
        return None
    stamps = [stamp_text(piece) for piece in pieces]
    if not all(stamps):
        return None
    days = {parsed.date() for stamp in stamps if (parsed := parse(stamp, "UTC")) is not None}
    if len(days) == 1:
        return max(stamps, key=len)
    # … or the print edition's day first, unlabelled, then the web page's labelled dates of the day before ("Mon,
    # December 7, 2020 Published on Dec. 6, 2020 Published on 2020-12-06T21:52:08+07:00"): the labelled ones
    edition, labelled = parse(stamps[0], "UTC"), [parse(stamp, "UTC") for stamp in stamps[1:]]
    if (len(labelled) >= 2 and edition is not None and None not in labelled and not _LABEL_FIRST.match(pieces[0])
            and len({day.date() for day in labelled}) == 1
            and (edition.date() - labelled[0].date()).days == 1):
        return max(stamps[1:], key=len)
    return None


_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b")


def day_order(stamp: str, language: str) -> str:
    """The order of a numeric date in a stamp: day first in Indonesian, and in a dotted date in any language
    ("04.08.2019": the way Europe and Asia write it; an American date is written with slashes); else month first."""
    return "DMY" if language == "id" or _DOTTED_DATE.search(stamp) else "MDY"


@lru_cache(maxsize=4096)
def parse(text: str, timezone: str, date_order: str = "DMY") -> dt.datetime | None:
    """Parse a date (and time) in Indonesian or English; a time without a zone is taken in `timezone`.

    A zone the text names ("WITA", "EDT", "+09:00") is kept as printed, not converted.
    """
    parser = _parser(None if _ENDS_WITH_ZONE.search(text) else timezone, date_order)
    return parser.get_date_data(text).date_obj


_DATELINE_PLACE = r"[A-Z][\w.'’ -]{1,30}"  # a dateline's place before its comma: "Delhi", "JAKARTA", "Semarang"
# a wire's dateline with the day and the month but no year: "Delhi, Aug 2 : …", "JAKARTA, 5 Mei (ANTARA) - …"
_DATELINE_DAY = re.compile(rf"^{_DATELINE_PLACE},\s+(?P<day>{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?=\s*[:(–—-])",
                           re.IGNORECASE)
_DATELINE_SLACK_DAYS = 2  # a wire dates its story where it happened; a page abroad may print the day after


def contradicted_by_dateline(stamp: str, paragraph: str) -> bool:
    """The paragraph opens with a dateline whose day and month ("Delhi, Aug 2 : …") lie days away from the stamp's
    date, in any year near it and either order of a numeric date: the stamp is not the story's date (the site
    header's day, "May 19, 2021")."""
    found = _DATELINE_DAY.match(paragraph.strip())
    day = parse(f"{found.group('day').rstrip('.')} 2000", "UTC") if found else None  # 2000: "Feb 29" is a day
    stamped = {printed.date() for order in ("DMY", "MDY") if (printed := parse(stamp, "UTC", order))}
    if day is None or not stamped:
        return False

    def days_apart(on: dt.date, year: int) -> int:
        try:
            return abs((dt.date(year, day.month, day.day) - on).days)
        except ValueError:  # 29 February in a year without it
            return abs((dt.date(year, 3, 1) - on).days)

    return all(days_apart(on, year) > _DATELINE_SLACK_DAYS
               for on in stamped for year in (on.year - 1, on.year, on.year + 1))


# the story's full date opening its first paragraph, after its place or alone, closed by a dash or by its place in
# capitals in brackets: "Semarang, 10 Desember 2025 – …", "20/02/2024 – The Council …" (a press release's dateline),
# "1-12-2025 (JAKARTA) Floods …"
_DATED_DATELINE = re.compile(rf"^(?:{_DATELINE_PLACE},\s+)?(?P<date>\d{{1,2}}([/-])\d{{1,2}}\2{YEAR}"
                             rf"|\d{{1,2}}\s+{MONTH}\s+{YEAR}|{MONTH}\s+\d{{1,2}},\s+{YEAR})"
                             rf"\s+(?:[–—-]\s|\((?-i:[A-Z][A-Z.'’ -]{{1,30}})\)\s)", re.IGNORECASE)


def dateline_date(paragraph: str, timezone: str) -> dt.date | None:
    """The date the paragraph's dateline prints. In figures it is written day first: a dateline that writes its date
    in figures is not American (an American dateline spells the month, "May 2, 2024")."""
    found = _DATED_DATELINE.match(paragraph.strip())
    parsed = parse(found.group("date"), timezone, "DMY") if found else None
    return parsed.date() if parsed else None


_STORY_DAYS_BEFORE_TODAY = 30  # a story dates what it tells in its first paragraphs; the header's day may be months on
# a day the story names with its weekday, as news names the day it tells of: "Senin (28/4/2025)", "sejak Senin, 12
# September 2016" (a report's "On 14 Jan 2018" names a day further back)
_DAY_OF_THE_STORY = re.compile(rf"\b{WEEKDAY}\s*,?\s*(?:\((?P<numeric>\d{{1,2}}/\d{{1,2}}/{YEAR})\)"
                               rf"|(?P<named>\d{{1,2}}\s+{MONTH}\s+{YEAR}|{MONTH}\s+\d{{1,2}},\s+{YEAR}))",
                               re.IGNORECASE)


def long_after_the_story(stamp: str, paragraphs: list[str]) -> bool:
    """Every day the paragraphs name with its weekday ("Senin (28/4/2025)") lies more than a month before the
    stamp's date: the stamp is the day the page was read (a site header's "today"), not the story's."""
    stamped = parse(stamp, "UTC")
    referred = [parsed.date() for paragraph in paragraphs for found in _DAY_OF_THE_STORY.finditer(paragraph)
                if (parsed := parse(found.group("numeric") or found.group("named"), "UTC")) is not None]
    return (stamped is not None and bool(referred)
            and all((stamped.date() - day).days > _STORY_DAYS_BEFORE_TODAY for day in referred))


# … or with its day and month alone, the year left to the reader: "Selasa (27/06)"
_DAY_WITHOUT_YEAR = re.compile(rf"\b(?P<weekday>{WEEKDAY})\s*,?\s*\((?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\)", re.IGNORECASE)


def weekdays_of_another_year(stamp: str, paragraphs: list[str]) -> bool:
    """Every day the paragraphs name by its weekday, day and month alone ("Selasa (27/06)") falls on another
    weekday in the year up to the stamp's date: the story is of another year, and the stamp the day the page was
    read (a site header's "today"). A story naming the stamp's own day and month ("Rabu (23/9)" under "Kamis 23 Sep
    2021") is of that day, its weekday the writer's slip."""
    stamped = parse(stamp, "UTC")
    if stamped is None:
        return False
    weekdays = _weekday_numbers()
    found = [(weekdays.get(m.group("weekday").lower().rstrip(".")), int(m.group("day")), int(m.group("month")))
             for paragraph in paragraphs for m in _DAY_WITHOUT_YEAR.finditer(paragraph)]
    checked = 0
    for weekday, day, month in found:
        if (month, day) == (stamped.month, stamped.day):
            return False
        year = stamped.year - 1 if (month, day) > (stamped.month, stamped.day) else stamped.year
        try:
            named = dt.date(year, month, day)
        except ValueError:
            return False  # "(31/06)": no day of the calendar, nothing told
        if weekday is None or named.weekday() == weekday:
            return False
        checked += 1
    return checked > 0


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    """Weekday names of the site's languages to their numbers, Monday 0 (and "Jum'at", as WEEKDAY reads it)."""
    return {"jum'at": 4, "jum’at": 4} | _locale_names(_WEEKDAY_KEYS)


def names_zone(text: str) -> bool:
    """The date text ends with a zone ("WITA", "+09:00"): its time is not the reader's assumption."""
    return bool(_ENDS_WITH_ZONE.search(text))


@lru_cache(maxsize=64)
def _parser(timezone: str | None, date_order: str) -> dateparser.date.DateDataParser:
    """One dateparser parser per zone and day order: building one costs more than parsing with it."""
    settings = {"TIMEZONE": timezone} if timezone else {}
    return dateparser.date.DateDataParser(
        languages=list(LANGUAGES),
        settings={
            **settings,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "DATE_ORDER": date_order,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
        },
    )


def references(text: str, timezone: str = "UTC") -> list[dt.date]:
    """Every full date (day, month and year) that the prose refers to."""
    found = []
    for match in _REFERENCE.finditer(text):
        parsed = parse(match.group("numeric") or match.group("named"), timezone)
        if parsed is not None:
            found.append(parsed.date())
    return found


def month_name(month: int, language: str = "id") -> str:
    """The full name of a month in the archive's language, from dateparser's locale data."""
    names = default_loader.get_locale(language).info[_MONTH_KEYS[month - 1]]
    current = [n for n in names if n.isalpha() and n.islower()] or names  # capitalised entries are old spellings
    return max(current, key=len).capitalize()


def long_date(day: dt.date) -> str:
    """"3 Februari 2025": a day as the archive prints it."""
    return f"{day.day} {month_name(day.month)} {day.year}"


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Weekday and month names (and their short forms) in the archive's languages, case-folded."""
    names = set()
    for language in LANGUAGES:
        info = default_loader.get_locale(language).info
        for key in _MONTH_KEYS + _WEEKDAY_KEYS:
            names.update(n.casefold() for n in info.get(key, []) if len(n) >= 3 and n.isalpha())
    return frozenset(names)
