"""Who said what: quotations in an article and their speakers, from explicit cues only.

Part of the resolve stage (it needs the article's actor mentions). The cues are data (cues.yml):

- after the quote: `"…," kata X` (a speech verb, then the speaker, maybe behind a title: "kata Ketua KPU X");
  `"…," katanya` (the verb with -nya) and `"…," kata dia` (with a pronoun) mean the person just named;
  `"…," tulis KPU dalam keputusannya` an organisation; `"…," bunyi keterangan itu` a document;
- before the quote: `X mengatakan, "…"`, `Menurut X, "…"`, `Dia menambahkan, "…"`.

"The person just named" is decided by the nearest sentence before the quote that names anyone, never across a
heading: the person who spoke last, else the one person that sentence names; a sentence naming two people
without either having spoken leaves the quote unattributed. A personal pronoun never goes to an organisation.
A speaker named by one word with no actor page ("kata Bernadia") keeps the quote under that name; an unnamed one
described in lower case ("…," kata seorang warga; "…," police said; "…," the fire department said, no department
named) keeps it under the description as printed; a sentence naming one person and ending in a colon before the
quote gives it to that person. A quote whose opening mark is closed only in a later paragraph is one quote.
Anything else stays unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz.distance import OSA

from .editorial import Cues, longest_first
from .model import Mention, Quote

SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_ATTRIBUTION_AFTER = re.compile(r"\s+[a-z]")  # a word in lower case after a closing mark: "…," kata X
_CURLY = re.compile(r"“([^“”]*)(”|$)")
# a full stop after an initial or an abbreviated title ("kata M. Iftitah", "ujar Prof. Dewi") ends no clause
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])(?<!\bDr)(?<!\bIr)(?<!\bHj)(?<!\bProf)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bJr)"
                         # military and police ranks and offices, abbreviated ("said Lt. Cmdr. Lisa Motoi")
                         r"(?<!\bLt)(?<!\bCmdr)(?<!\bCdr)(?<!\bCapt)(?<!\bCol)(?<!\bGen)(?<!\bMaj)(?<!\bSgt)"
                         r"(?<!\bCpl)(?<!\bAdm)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bSupt)(?<!\bInsp)(?<!\bDet)\.|"
                         r"[;!?]|,\s|\s\(|$")
# the body a speaker is named with, between the name and the verb: "Chris Capra of SMUD told", "Jane Doe from the
# Red Cross said"
_AFFILIATION = re.compile(r"\s+(?:of|from|with|dari)\s+(?:the\s+)?[A-Z][\w.&'’-]*"
                          r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,5}")
# "and" between capitalised runs: maybe one body's longer name ("Texas and Southwestern …"), maybe two people
_BODY_NAME_WORDS = 4  # after "and", a run this long is a body's name going on, not a second person's
_NAME_JOINED = re.compile(r"\s+(?:and|&)\s+[A-Z]")
_APPOSITION_COMMA = re.compile(r"\s*,(?=\s*[a-z])")  # the comma closing a name's apposition, the sentence going on
_GLUED_NUMBER = re.compile(r"[^\W\d_]\d{1,2}$")  # a list's number glued to the word before: "Mubaroq6"
# the place-kind word before a place's name: "otoritas Provinsi Kandal", "Kepala Dinas Sosial Kota Mataram"
PLACE_PREFIX = re.compile(r"Kabupaten|Kota|Provinsi|Desa|Kelurahan|Kecamatan|Dusun|Kampung", re.IGNORECASE)
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|de|al|el))*")
# a body's name, the speaker's role in lower case, then the speaker's full name: "Example Power spokesman John Roe"
_BODY_ROLE_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}"
                             r"\s+(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})"
                             r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
# the name (maybe behind a title) right before a speech verb: "Dewi mengatakan", "Peneliti BRIN X pun menjelaskan"
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,5})"
                          r"(?:\s*\([^)]*\))?(?:\s+(?:pun|juga|kembali|lalu|kemudian|yang|justru|bahkan|lantas|sempat|"
                          r"turut|telah|sudah|masih|kini|akhirnya|sendiri|also|then|later))*\s*,?\s*\Z")
# a name set off by an apposition in lower case right before the speech verb: "Surya Wira Andi, head of the
# Tabanan Health Agency, said", "Yoni Fariza, koordinator SAR setempat, mengatakan"
_APPOSED_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}),\s+[a-z][^,“”\"()]{2,100},\s*\Z")
_GOING_ON_MIN_WORDS = 4  # words of four letters or more in a paragraph that goes on with a speaker's words
_SLOGAN_CAPITALS = 0.8  # of those words, capitalised: a slogan or a title in quotes, not a speaker's sentence
_ANAPHORA = re.compile(r"\b(?:tersebut|itu|ini|the latter)\b", re.IGNORECASE)
_SPEAKER_KINDS = ("person", "organisation")
_PHRASE_MAX_WORDS = 6
# a name after one of these, in a speaker's description, is where they are from or where they are (not whom they
# speak for: "a spokesman for Example Power" speaks for the body)
_DESCRIBING_PREPOSITIONS = frozenset({"from", "of", "at", "in", "near", "dari", "di", "asal"})
_INDEFINITE_ARTICLES = frozenset({"a", "an", "seorang", "sebuah"})
_MEDIUM = re.compile(r"\s(?:in|on|via|through|dalam|melalui|lewat)\s")  # "… in a statement", "… dalam keterangannya"
# words that join a speaker to someone else, not to their role: "kata Jane kepada petugas Polsek Contoh"
_LINKING_WORDS = _DESCRIBING_PREPOSITIONS | {"to", "for", "with", "and", "kepada", "pada", "untuk", "dengan", "dan",
                                               "ke"}
_DESCRIBED_SPEAKER_WORDS = 14  # "…," deputy minister for disaster management Dunesh Gankanda told reporters
# a body described, not named: "the central bank", "the state-run agency"; "perusahaan itu", "pihak kementerian tersebut"
_DESCRIBED_BODY = re.compile(r"\s*,?\s*(?:the|its)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*")
_DESCRIBED_BODY_ID = re.compile(r"\s*(?:pihak\s+)?(?P<noun>(?:[a-z]+\s+)?[a-z]+)\s+(?:itu|tersebut)\b")
# where the clause after a quote ends: a sentence's end, another quote, a conjunction that starts a new clause
_DESCRIPTION_END = re.compile(r"[.;!?\"“”]|\s(?:and|but|while|as|after|before|dan|tetapi|sementara)\s")
# where a speaker's description ends: the place, time or channel of the speaking ("… kepada wartawan", "… said in
# a statement"), or a clause about the speaker ("seorang warga yang rumahnya …")
_DESCRIPTION_STOPS = frozenset("to in on at from after by during via when while with who whose which that as "
                               "kepada di saat ketika dalam pada sambil seusai usai melalui lewat dengan yang dari "
                               "sebelum sesudah setelah seraya".split())
_DESCRIPTION_MAX_WORDS = 5
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_AGED = re.compile(r"\d{1,3}-year-old")  # "a 43-year-old": someone described by their age
_TYPO_MIN_LENGTH = 7  # "terangnnya": a cue word this long, one edit from a known "-nya" cue, is read as that cue


def _is_initial(word: str) -> bool:
    """"M." or "M": one capital letter, an initial of a name."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


@dataclass(frozen=True)
class Cue:
    kind: str  # "named" (a speaker or a pronoun follows), "last" (-nya), "document"
    text: str
    end: int  # offset after the cue in the text it was matched in


class SpeechCues:
    """The cue phrases of cues.yml, with the derived "-nya" and pronoun forms, compiled once."""

    def __init__(self, cues: Cues):
        verbs = tuple(dict.fromkeys(cues.speech_verbs + cues.speech_verbs_after_quote))
        self.before_name = phrases(verbs + cues.says_before_name)
        self.last_forms = tuple(dict.fromkeys(tuple(f"{v}nya" for v in verbs) + cues.says_last_speaker))
        self.last = phrases(self.last_forms)
        self.after_name = phrases(cues.says_after_name)
        self.according_to = phrases(cues.according_to)
        self.pronoun = phrases(cues.pronouns)
        self.group_pronoun = phrases(cues.group_pronouns)
        self.document = phrases(cues.document_cues)
        self.document_words = phrases(cues.document_words)
        self.single_last = tuple(f for f in self.last_forms if " " not in f and len(f) >= _TYPO_MIN_LENGTH - 1)
        self.office_words = frozenset(r for r in cues.roles if " " not in r)  # "presiden", "hakim", "kapolres"
        self.glued_verb = re.compile(r"(?P<verb>" + longest_first(verbs) + r")(?=[A-Z][a-z])")
        # mid-sentence, between commas, a speech verb and a pronoun or an office pointing back: "…, kata mantan
        # Kapolsek X tersebut, …"
        self.reported_by_anaphora = re.compile(
            rf"(?<=,)\s*(?i:{longest_first(cues.speech_verbs)})\s+(?:(?i:{longest_first(cues.pronouns)})"
            r"|(?:[a-z]+\s+)?(?:[A-Z][\w.-]*\s+){1,6}(?i:tersebut|itu))\s*,")

    def after_quote(self, tail: str) -> Cue | None:
        """The cue right after a closing quote mark (`tail` starts after the mark)."""
        lead = re.match(r"\s*,?\s*", tail).end()
        for kind, pattern in (("document", self.document), ("last", self.last), ("named", self.before_name)):
            found = pattern.match(tail, lead)
            if found:
                return Cue(kind, found.group().lower(), found.end())
        glued = self.glued_verb.match(tail, lead)
        if glued:  # "…," kataFaruk: the scraper lost the space between the verb and the name
            return Cue("named", glued.group("verb").lower(), glued.end("verb"))
        word = re.match(r"\w+", tail[lead:])
        if word and len(word.group()) >= _TYPO_MIN_LENGTH and word.group().islower():
            # "terangnnya", "tutupnha": one edit from a "-nya" cue
            if any(OSA.distance(word.group(), form) <= 1 for form in self.single_last):
                return Cue("last", word.group(), lead + word.end())
        return None


def _past_joined_names(clause: str) -> str:
    """The clause from its last capitalised run joined to the ones before by "and": "Texas and Southwestern Cattle
    Raisers Association Special Ranger Bart Perrier" → "Southwestern … Bart Perrier", a body's name and then the
    speaker's, not "Texas"."""
    start = len(clause) - len(clause.lstrip())
    while (run := _NAME.match(clause, start)) and (going_on := _body_name_going_on(clause, run)) is not None:
        start = going_on
    return clause[start:]


def _body_name_going_on(clause: str, run: re.Match) -> int | None:
    """Where a body's longer name goes on after "and", one capitalised word joined to a long run of them ("Texas
    and Southwestern Cattle Raisers Association …"); None for two people's names, each of a name's length ("Jane
    Doe and John Roe")."""
    joined = _NAME_JOINED.match(clause, run.end())
    following = _NAME.match(clause, joined.end() - 1) if joined else None
    if following and len(run.group().split()) == 1 and len(following.group().split()) >= _BODY_NAME_WORDS:
        return following.start()
    return None


_PHRASE_GAP = r"(?:\s+[^\s,.;:“”\"]+){1,5}\s+"  # "…" in a phrase: up to five words ("was quoted by the agency as saying")


def phrases(items: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> re.Pattern:
    """Any of the phrases as whole words, never a part of a hyphenated word, but after one of `prefixes` and its
    hyphen ("ex-minister"). A "…" between a phrase's words stands for one to five words ("was quoted … as
    saying")."""
    alternatives = sorted({re.escape(i).replace(r"\ ", r"\s+").replace(r"\s+…\s+", _PHRASE_GAP)
                           for i in items if i}, key=len, reverse=True)
    prefix = "(?:(?:" + "|".join(map(re.escape, prefixes)) + ")-)?" if prefixes else ""
    return re.compile(r"(?<![\w-])" + prefix + "(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def speech_cues(cues: Cues) -> SpeechCues:
    return SpeechCues(cues)


def speech_verb_after(paragraph: str, name_end: int, after_name: re.Pattern) -> re.Match | None:
    """"X mengatakan", "X, seorang profesor ..., mengatakan", "X yang mengatakan", "X pekan lalu berjanji"."""
    rest = paragraph[name_end:name_end + 300]
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)
    apposition = re.match(r"^\s*,[^,.“”\"]{0,200},", rest)
    if apposition:
        rest = rest[apposition.end():]
    filler = re.match(r"^\s*(?:(?:yang|juga|pun|pekan|minggu|bulan|tahun|lalu|sebelumnya|kemudian|telah|sudah|"
                      r"kembali|hari|ini|itu|pada|also|later|earlier|has|had|on|\w+day)\s+){0,4}", rest, re.IGNORECASE)
    rest = rest[filler.end():] if filler else rest
    return after_name.match(rest.lstrip())


def cue_right_before(paragraph: str, name_start: int, cue: re.Pattern) -> bool:
    """A cue ending right before the name, commas aside: "kata X", "Menurut X"."""
    window = paragraph[max(0, name_start - 40):name_start].rstrip(" ,")
    return any(m.end() >= len(window) for m in cue.finditer(window))


def is_heading(paragraph: str) -> bool:
    """A subheading between paragraphs: short, no sentence end, not a quote. "-nya" never reaches across it."""
    words = paragraph.split()
    return 0 < len(words) <= 10 and not re.search(r"[.!?:;,\"”’)]$", paragraph.strip()) and not any(
        q in paragraph for q in "“”\"")


def sentence_start(paragraph: str, position: int) -> int:
    """Where the sentence holding the position starts: after the last sentence end before it. The search runs
    past the position, so that an end right before it, whose look-ahead needs the sentence's first letter, counts."""
    start = 0
    for found in SENTENCE_END.finditer(paragraph, 0, position + 2):
        if found.end() > position:
            break
        if paragraph[found.start()] == "." and (not _CLAUSE_END.match(paragraph, found.start())
                                                or _GLUED_NUMBER.search(paragraph, 0, found.start())):
            # an initial's or an abbreviated title's full stop ("Bupati Sukabumi H. Marwan Hamami"), or a list's
            # number glued to the item before ("… Mubaroq6. Gugi Harry Wahyudi, …"): no sentence ends there
            continue
        start = found.end()
    return start


@dataclass(frozen=True)
class QuoteSpan:
    paragraph: int
    start: int  # content start in that paragraph
    end: int  # content end
    close: int  # position after the closing mark (== end when unclosed)
    closed: bool


def _announced_by_a_colon(paragraph: str, span: QuoteSpan, start: int = 0) -> bool:
    """The words before the quote's opening mark, from `start` on, end with a colon: "… said: “…”"."""
    return paragraph[start:max(start, span.start - 1)].rstrip().endswith(":")


def quote_spans(paragraph: str) -> list[tuple[int, int, int, bool]]:
    """(content start, content end, position after the closing mark, closed?) for “…” and "…" quotes.

    An opening mark with no closing one quotes to the end of the paragraph (a quote that goes on in the next).
    """
    spans = []
    marks = [m.start() for m in re.finditer('"', paragraph)]
    for m in _CURLY.finditer(paragraph):
        straight = next((k for k in marks if k > m.start()), None) if not m.group(2) else None
        if straight is not None and len(marks) % 2:
            marks.remove(straight)  # a curly mark closed by a straight one, as scrapers mix them: “…,” kata X
            spans.append((m.start(1), straight, straight + 1, True))
        else:
            spans.append((m.start(1), m.end(1), m.end(), bool(m.group(2))))
    if (len(marks) == 1 and not spans and paragraph[marks[0] - 1:marks[0]] in (",", ".", "!", "?")
            and _ATTRIBUTION_AFTER.match(paragraph, marks[0] + 1)):
        # the only mark closes a quote whose opening mark the page lost, the attribution after it ("… jabatan
        # publik," tulis X dalam keputusan itu.): the quote is the paragraph before it, not the attribution
        lead = len(paragraph) - len(paragraph.lstrip().lstrip("”"))  # a closing curly mark printed to open it
        return [(lead, marks[0], marks[0] + 1, True)]
    for k in range(0, len(marks), 2):
        start = marks[k] + 1
        if k + 1 < len(marks):
            spans.append((start, marks[k + 1], marks[k + 1] + 1, True))
            continue
        close = paragraph.find("”", start)
        if close != -1 and "“" not in paragraph[start:close]:
            spans.append((start, close, close + 1, True))  # a straight mark closed by a curly one, as scrapers mix them
        else:
            spans.append((start, len(paragraph), len(paragraph), False))
    spans.sort()
    kept: list[tuple[int, int, int, bool]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][2]:
            kept.append(span)
    return kept


def article_quotes(paragraphs: tuple[str, ...]) -> list[list[QuoteSpan]]:
    """Quotations of an article, each as its parts: one part, or several when an opening mark is closed only
    in a later paragraph (each continued paragraph may open with a mark again, as news style has it)."""
    quotes: list[list[QuoteSpan]] = []
    open_quote: list[QuoteSpan] | None = None
    for number, paragraph in enumerate(paragraphs):
        offset = 0
        if open_quote is not None:
            stripped = paragraph.lstrip()
            lead = len(paragraph) - len(stripped)
            if stripped[:1] in "“\"":
                offset = lead + 1  # the quote goes on: this mark reopens it
                closing = _first_close(paragraph, offset)
            else:
                closing = _first_close(paragraph, 0)
                offset = 0
            if closing is None and not stripped[:1] in "“\"":
                quotes.append(open_quote)  # the next paragraph does not go on with it: it ends where it was
                open_quote = None
            elif closing is None:
                open_quote.append(QuoteSpan(number, offset, len(paragraph), len(paragraph), False))
                continue
            else:
                open_quote.append(QuoteSpan(number, offset, closing, closing + 1, True))
                quotes.append(open_quote)
                open_quote = None
                offset = closing + 1
        rest = paragraph[offset:]
        for start, end, close, closed in quote_spans(rest):
            span = QuoteSpan(number, start + offset, end + offset, close + offset, closed)
            if closed:
                quotes.append([span])
            else:
                open_quote = [span]
    if open_quote is not None:
        quotes.append(open_quote)
    return quotes


def _first_close(paragraph: str, start: int) -> int | None:
    """Position of the mark that closes a quote opened in an earlier paragraph."""
    for index in range(start, len(paragraph)):
        if paragraph[index] == "”":
            return index
        if paragraph[index] == "“":
            return None
        if paragraph[index] == '"':
            # a straight mark closes the open quote when it is followed by the attribution, not by more quote
            following = paragraph[index + 1:index + 3]
            if not following[:1].isalnum():
                return index
            return None
    return None


@dataclass
class _Said:
    """An actor named outside quotes, in reading order: a potential referent of "-nya" or "dia"."""

    paragraph: int
    position: int
    sentence: tuple[int, int]  # (paragraph, sentence start)
    actor_id: str | None
    kind: str
    spoke: bool  # the actor speaks here (a cue, or a quote attributed to it)
    name: str | None = None  # a speaker with no actor page, as printed

    @property
    def who(self) -> tuple[str | None, str | None]:
        return self.actor_id, self.name


class Attribution:
    """Attributes the quotations of one article."""

    def __init__(self, paragraphs: tuple[str, ...], mentions: list[Mention], kinds: dict[str, str], cues: Cues,
                 person_named: Callable[[str], str | None], is_name_word: Callable[[str], bool],
                 is_title: Callable[[str], bool],
                 is_not_name: Callable[[str], bool], leading_place: Callable[[list[str]], int] = lambda words: 0):
        self.paragraphs = paragraphs
        self.leading_place = leading_place
        self.kinds = kinds
        self.cues = speech_cues(cues)
        self.body_words = dict(cues.body_descriptions)
        self.speaker_nouns = cues.speaker_nouns
        self.not_person_tails = cues.not_person_tails  # "Mudon Township said": a place, never a speaker
        self.is_honorific = cues.is_honorific  # "Prof", "Dr.": printed before a name
        self.person_named = person_named
        self.is_name_word = is_name_word
        self.is_title = is_title
        self.is_not_name = is_not_name
        self.mentions_in: dict[int, list[Mention]] = {}
        self.named_spans: dict[int, list[tuple[int, int]]] = {}  # every actor mention, places too: never a new name
        self.mentions = mentions
        for mention in mentions:
            self.named_spans.setdefault(mention.paragraph, []).append((mention.start, mention.end))
            if kinds.get(mention.actor_id) in _SPEAKER_KINDS:
                self.mentions_in.setdefault(mention.paragraph, []).append(mention)
        self.spans = article_quotes(paragraphs)
        self.inside = {}
        for parts in self.spans:
            for part in parts:
                self.inside.setdefault(part.paragraph, []).append((part.start - 1, part.close))
        self.trail: list[_Said] = []  # who was named, in order, outside quotes
        self.quoted: dict[int, list[tuple[int, tuple[str | None, str | None]]]] = {}  # paragraph → (close, who)
        self.heading_before: dict[int, int] = {}  # paragraph → index of the last heading at or before it

    def _in_quote(self, paragraph: int, position: int) -> bool:
        return any(s <= position < e for s, e in self.inside.get(paragraph, ()))

    def quotes(self) -> list[Quote]:
        heading = -1
        for number, paragraph in enumerate(self.paragraphs):
            if is_heading(paragraph):
                heading = number
            self.heading_before[number] = heading
        events: list[tuple[int, int, int, object]] = []  # (paragraph, position, order, item)
        for number, mentions in self.mentions_in.items():
            for mention in mentions:
                if not self._in_quote(number, mention.start):
                    events.append((number, mention.start, 0, mention))
        for parts in self.spans:
            events.append((parts[0].paragraph, parts[0].start, 1, parts))
        spoken: list[tuple[int, int]] = []  # every "mengatakan" outside quotes: (paragraph, position)
        for number, paragraph in enumerate(self.paragraphs):  # "Dewi mengatakan …": a speaker with no page
            covered = self.named_spans.get(number, [])
            starts = []
            for verb in self.cues.after_name.finditer(paragraph):
                if not self._in_quote(number, verb.start()):
                    spoken.append((number, verb.start()))
                found = _NAME_BEFORE.search(paragraph, 0, verb.start())
                if not found:
                    continue
                before = paragraph[:found.start("name")].rstrip()
                if "," in found.group()[len(found.group("name")):] and before and before[-1].isalpha() \
                        and before.split()[-1].islower():
                    # "X, profesor di Universitas Oslo, mengatakan": a place inside the apposition, the speaker
                    # the name before it ("Surya Wira Andi, head of the Tabanan Health Agency, said")
                    apposed = _APPOSED_NAME.search(paragraph, sentence_start(paragraph, verb.start()), verb.start())
                    if apposed:
                        starts.append((apposed.start("name"), apposed.group("name"), None))
                    continue
                starts.append((found.start("name"), found.group("name"), False))
            for cue in self.cues.according_to.finditer(paragraph):  # "Menurut Dewi, …"
                found = _NAME.match(paragraph, cue.end() + 1) if paragraph[cue.end():cue.end() + 1] == " " else None
                if found:
                    starts.append((found.start(), found.group(), True))
            for start, text, according in starts:
                end = start + len(text)
                if self._in_quote(number, start) or any(s < end and start < e for s, e in covered):
                    continue
                printed = self._printed_name(text)
                words = [w.rstrip(".,") for w in text.split()]
                if not printed and according and len(words) == 2 and not self.is_not_name(words[-1]) \
                        and not self.is_title(words[-1]) and not self.is_not_name(words[0]):
                    printed = text.rstrip(".,")  # "Menurut Ratu Dewa": after "menurut" two words are a source's name
                if (according is None and len(words) >= 2
                        and not any(self.is_not_name(w) or self.is_title(w) for w in words)):
                    printed = text  # a name set off by its apposition, whole: "Surya Wira Andi, head of …, said"
                if printed:
                    events.append((number, start, 0, ("name", printed)))
        for number, paragraph in enumerate(self.paragraphs):  # "Ia menilai …": the subject goes on
            for start in [0] + [m.end() for m in SENTENCE_END.finditer(paragraph)]:
                pronoun = self.cues.pronoun.match(paragraph, start)
                if pronoun and paragraph[start:start + 1].isupper() and not self._in_quote(number, start):
                    events.append((number, start, 0, ("pronoun", start)))
            # "Dalam penangkapan itu, kata mantan Kapolsek X tersebut, Dimas melawan petugas": the one named before
            # reports, in the middle of the sentence, what the person named after did
            for cue in self.cues.reported_by_anaphora.finditer(paragraph):
                if not self._in_quote(number, cue.start()):
                    events.append((number, cue.start(), 0, ("pronoun", cue.start())))
        subjects: dict[int, list[int]] = {}
        for number, position, _, item in events:
            if not isinstance(item, list):
                subjects.setdefault(number, []).append(position)
        for number, position in spoken:
            # "otoritas Provinsi Kandal mengungkapkan": a place's authority speaks, unnamed, so a "-nya" after it
            # must not reach past it to the person named before. (Any unnamed subject, "pemerintah menegaskan",
            # was tried too: it took as many right speakers away as wrong ones, and is not done.)
            paragraph = self.paragraphs[number]
            start = sentence_start(paragraph, position)
            if not any(start <= at < position for at in subjects.get(number, ())) \
                    and self._place_subject(paragraph[start:position]):
                events.append((number, position, 0, ("unknown", position)))
        events.sort(key=lambda e: (e[0], e[1], e[2]))
        result = []
        for number, position, _, item in events:
            if isinstance(item, Mention):
                paragraph = self.paragraphs[number]
                if self._office_anaphora(paragraph, item):  # "Anggota Komisi XII DPR itu mengatakan": a person
                    referent = self._referent(QuoteSpan(number, position, position, position, True), person_only=True)
                    if referent != (None, None):
                        self.trail.append(_Said(number, position, (number, sentence_start(paragraph, position)),
                                                referent[0], "person", True, referent[1]))
                    continue
                spoke = bool(self._says_after(paragraph, item.end)) or self._cue_before(paragraph, item.start)
                self.trail.append(_Said(number, position, (number, sentence_start(paragraph, position)), item.actor_id,
                                        self.kinds[item.actor_id], spoke))
                continue
            if isinstance(item, tuple):
                paragraph = self.paragraphs[number]
                sentence = (number, sentence_start(paragraph, position + 1))
                if item[0] == "unknown":
                    self.trail.append(_Said(number, position, sentence, None, "person", True))
                    continue
                if item[0] == "name":
                    actor_id = self.person_named(item[1])
                    self.trail.append(_Said(number, position, sentence, actor_id, "person", True,
                                            None if actor_id else item[1]))
                    continue
                referent = self._referent(QuoteSpan(number, position, position, position, True), person_only=True)
                if referent != (None, None):
                    self.trail.append(_Said(number, position, sentence, referent[0], "person", True, referent[1]))
                continue
            quote = self._attribute(item)
            if quote is not None:
                result.append(quote)
        return result

    # ---------------------------------------------------------------- one quotation
    def _attribute(self, parts: list[QuoteSpan]) -> Quote | None:
        text = " ".join(" ".join(self.paragraphs[p.paragraph][p.start:p.end].split()) for p in parts).strip(" ,")
        first, last = parts[0], parts[-1]
        if len(text.split()) < 2:
            return None  # a scare-quoted word, not a quotation
        if len(parts) == 1 and first.closed and len(text.split()) <= _PHRASE_MAX_WORDS:
            paragraph = self.paragraphs[first.paragraph]
            before = paragraph[:first.start - 1].rstrip()
            if before[-1:].isalnum() and paragraph[first.start:first.end].rstrip()[-1:] not in ",.!?" \
                    and self.cues.after_quote(paragraph[first.close:]) is None:
                return None  # a phrase quoted inside a sentence (sebagai "terbodoh sedunia"), a title, a slogan
        speaker = name = cue = None
        document = False
        # announced by a colon ("X was quoted by the agency as saying: “…”"): the speaker is named before it, and a
        # name after its close opens the next sentence ("… falling.” Minister Y told …"); else the cue after it first
        announced = _announced_by_a_colon(self.paragraphs[first.paragraph], first)
        if announced:
            (speaker, name), cue = self._before(first)
        if speaker is None and name is None and last.closed:
            speaker, name, cue, document = self._after(last)
        if speaker is None and name is None and not document and not announced:
            (speaker, name), cue = self._before(first)
        if speaker is None and name is None and not document:
            speaker, name = self._speaker_going_on(first, last)
        if speaker is not None or name is not None:
            paragraph = self.paragraphs[last.paragraph]
            self.trail.append(_Said(last.paragraph, last.close, (last.paragraph, sentence_start(paragraph, last.close)),
                                    speaker, self.kinds.get(speaker, "person"), True, name))
            self.quoted.setdefault(last.paragraph, []).append((last.close, (speaker, name)))
        return Quote(text=text, paragraph=first.paragraph, speaker_id=speaker,
                     cue=cue if (speaker or name or document) else None, speaker_name=name, from_document=document)

    def _speaker_going_on(self, first: QuoteSpan, last: QuoteSpan) -> tuple[str | None, str | None]:
        """A quotation with no cue of its own goes on with the speaker of the quotation just before it: in the same
        paragraph ("“…,” Judge X said. “It breaks my heart …”"), or, when it is the whole of its paragraph, at the
        end of the paragraph before ("“…,” he said." / "“Two years ago I lost …”")."""
        earlier = [who for close, who in self.quoted.get(first.paragraph, ()) if close <= first.start]
        if earlier:
            return earlier[-1]
        before = self.paragraphs[first.paragraph][:max(0, first.start - 1)]
        after = self.paragraphs[last.paragraph][last.close:]
        if not last.closed or before.strip() or after.strip(" .,;:!?\"”’'") or first.paragraph == 0:
            return None, None  # an unclosed mark may have lost its close before the cue ("…,” kata Warsi)
        words = re.findall(r"[^\W\d_]{4,}", " ".join(self.paragraphs[p.paragraph][p.start:p.end]
                                                     for p in ((first,) if first is last else (first, last))))
        if len(words) < _GOING_ON_MIN_WORDS or sum(w[:1].isupper() for w in words) >= _SLOGAN_CAPITALS * len(words):
            return None, None  # a slogan or a title in quotes ("Detik Pagi, Jangan Tidur Lagi!"), not more words
        previous = self.quoted.get(first.paragraph - 1)
        return previous[-1][1] if previous else (None, None)

    def _after(self, span: QuoteSpan):
        """(actor id, printed name, cue, from a document) from the words after the closing mark."""
        paragraph = self.paragraphs[span.paragraph]
        tail = paragraph[span.close:]
        cue = self.cues.after_quote(tail)
        if cue is None:
            # "…," Putin mengatakan: a name right after the quote, then a speech verb
            lead = re.match(r"\s*,?\s*", tail).end()
            for mention in self.mentions_in.get(span.paragraph, ()):
                if mention.start == span.close + lead and self._says_after_affiliation(paragraph, mention.end):
                    return mention.actor_id, None, "mengatakan", False
            start = span.close + lead
            pronoun = self.cues.pronoun.match(paragraph, start)
            if pronoun and self._says_after(paragraph, pronoun.end()):  # "…," ia menambahkan
                return (*self._referent(span, person_only=True), pronoun.group().lower(), False)
            name = _NAME.match(paragraph, start)
            printed = self._printed_name(name.group()) if name else None
            # "…," Potter menjelaskan: no actor page
            if printed and self._says_after_affiliation(paragraph, name.end()):
                actor_id = self.person_named(printed)
                return actor_id, None if actor_id else printed, "mengatakan", False
            return self._described_speaker(span.paragraph, start)
        after = span.close + cue.end
        clause = paragraph[after:after + (_CLAUSE_END.search(paragraph, after).start() - after)]
        if cue.kind == "last":
            return (*self._referent(span, person_only=False), cue.text, False)
        pronoun = self.cues.pronoun.match(clause.lstrip())
        if pronoun:
            return (*self._referent(span, person_only=True), f"{cue.text} {pronoun.group().lower()}", False)
        group = self.cues.group_pronoun.match(clause.lstrip())
        if group:
            return (*self._referent(span, person_only=False, organisation_only=True),
                    f"{cue.text} {group.group().lower()}", False)
        body_role = _BODY_ROLE_NAME.match(clause)
        role = body_role.group("role").split() if body_role else []
        if role and role[-1] in self.speaker_nouns and not any(w in _LINKING_WORDS for w in role):
            # "said Example Power spokesman John Roe": the body and the role describe the speaker named after them
            words = body_role.group("name").rstrip(".,").split()
            while len(words) > 1 and self.is_title(words[0]):
                words = words[1:]  # "police chief Supt Jane Roe": a rank before the name
            printed = " ".join(words)  # the pattern's name has two words or more: never empty
            actor_id = self.person_named(printed)
            return actor_id, None if actor_id else printed, cue.text, False
        named = [m for m in self.mentions_in.get(span.paragraph, ()) if after <= m.start < after + len(clause)]
        named.sort(key=lambda m: (self.kinds.get(m.actor_id) != "person", m.start))  # "kata Ketua KPU X": X
        lead = _NAME.match(clause, len(clause) - len(clause.lstrip()))
        if lead and _body_name_going_on(clause, lead) is not None:
            lead = None  # "says Texas and Southwestern Cattle Raisers Association Ranger X": a body's name goes on
        if named and lead and all(m.start >= after + lead.end() for m in named):
            printed = self._printed_name(lead.group(), alone=True)
            if printed:  # "kata Afifuddin di kantor KPU": the name right after the cue, not the place it speaks in
                actor_id = self.person_named(printed)
                return actor_id, None if actor_id else printed, cue.text, False
            office = self._office_holder(span, clause)
            if office:  # "kata Menag dalam refleksi … Kemenag": the minister the article named, not the ministry
                return office, None, cue.text, False
        if named and lead and all(self.kinds.get(m.actor_id) != "person" and m.end <= after + lead.end()
                                  for m in named):
            # "ungkap Kasi Humas Polres Barru Iptu Sulpakar": a title, the body it is held in, then the holder's
            # name, which no page has; the body named inside the title is not the speaker
            printed = self._printed_name(lead.group())
            run = lead.group().rstrip(".,")
            name_start = after + lead.start() + len(run) - len(printed) if printed and run.endswith(printed) else None
            before_name = run[:len(run) - len(printed)].split() if name_start is not None else []
            if (before_name and (self.is_title(before_name[-1])  # a rank or an honorific right before the name,
                                 or self.is_honorific(before_name[-1]))  # not a body's
                    and all(m.end <= name_start for m in named)
                    and not any(s < name_start + len(printed) and name_start < e
                                for s, e in self.named_spans.get(span.paragraph, ()))):
                actor_id = self.person_named(printed)
                return actor_id, None if actor_id else printed, cue.text, False
        if named:
            mention = named[0]
            if cue.kind == "document" and self.kinds.get(mention.actor_id) != "organisation":
                return None, None, cue.text, True
            return mention.actor_id, None, cue.text, False
        rest = paragraph[after + len(clause):]
        apposed = re.match(r"\s*(?:\([^)]*\)\s*)?,\s*(?P<name>" + _NAME.pattern + ")", rest)
        apposed_name = self._printed_name(apposed.group("name")) if apposed else None
        first_word = clause.strip().split()[0] if clause.strip() else ""
        if apposed_name and (first_word[:1].islower() or self.is_title(first_word) or not self.is_name_word(first_word)):
            # "kata pengacara Lisa, Jhony Boy Nababan", "jelas Kepala KPP Pratama Klaten, Veronica Heryanti":
            # a description or an office, then the speaker's name after the comma
            printed = apposed_name
        else:
            printed = self._printed_name(_past_joined_names(clause), alone=True)
        if not printed and clause.strip()[:1].islower():
            # without a name after the comma, a description is an unnamed speaker ("ujar tenaga ahli Baleg DPR RI"),
            # unless a full name stands in it ("kata jubir KPK Tessa Mahardhika dalam keterangan tertulis")
            inner = self._name_after_role(clause)
            full = (inner or "").split()
            printed = (inner if len(full) >= 2 and not any(w.isupper() for w in full[-2:])
                       and not self._not_the_speakers_name(clause, inner) else None)
        elif not printed and self._role_only(clause):
            printed = self._name_after_role(paragraph[after:])
        if not printed:
            office = self._office_holder(span, clause)
            if office:  # "…," kata presiden, "jelas Menag": the person the article named with that office before
                return office, None, cue.text, False
        # "said a resident of Example Town in a statement": the one described speaks, the statement is how
        medium = None if printed else _MEDIUM.search(clause)  # (a printed name speaks, whatever the medium)
        described_first = (self._someone_described(clause[:medium.start()])
                           if medium and medium.start() and self.cues.document_words.search(clause, medium.start())
                           else None)
        if not printed and (cue.kind == "document"
                            or (self.cues.document_words.search(clause) and not described_first)):
            return None, None, cue.text, True  # "bunyi keterangan itu", "tulis dalam dokumen itu"
        if printed:
            actor_id = self.person_named(printed)
            return actor_id, None if actor_id else printed, cue.text, False
        described = _DESCRIBED_BODY.fullmatch(clause) or _DESCRIBED_BODY_ID.match(clause)
        body = self._body_speaker(span.paragraph, span.start, described, " ".join(clause.split()))
        if body:  # "said the agency", "kata perusahaan itu": the body the article named, or as described
            return (*body, cue.text, False)
        if _ANAPHORA.search(clause):  # "tegas anggota dewan tersebut": the one just named
            return (*self._referent(span, person_only=True), cue.text, False)
        described = described_first or self._description(clause)
        if described:  # "…," kata seorang warga; "…," said a witness: an unnamed speaker, as described
            return None, described, cue.text, False
        return None, None, None, False

    @cached_property
    def offices(self) -> list[tuple[int, int, str, frozenset[str]]]:
        """Each person's mention with the office words among the five words before it: (paragraph, start,
        person, offices). Read only when a quote names an office as its speaker."""
        found = []
        for mention in self.mentions:
            if self.kinds.get(mention.actor_id) == "person":
                paragraph = self.paragraphs[mention.paragraph]
                before = re.findall(r"\w+", paragraph[max(0, mention.start - 60):mention.start].lower())
                found.append((mention.paragraph, mention.start, mention.actor_id,
                              frozenset(before[-5:]) & self.cues.office_words))
        return found

    def _office_holder(self, span: QuoteSpan, clause: str) -> str | None:
        """"kata presiden", "ujar hakim" with no name: the one person the article named with that office (the
        word among the five before the name) before the quote and after the last heading; else nobody."""
        words = clause.split()
        office = words[0].lower().strip(".,") if words else ""  # an empty clause: the cue stood alone
        if office not in self.cues.office_words:
            return None
        barrier = self.heading_before.get(span.paragraph, -1)
        holders = {person for paragraph, start, person, words in self.offices
                   if office in words and barrier < paragraph and (paragraph, start) < (span.paragraph, span.start)}
        # someone else named with the office but with no actor page ("Presiden Prancis Emmanuel Macron") counts too
        for number in range(barrier + 1, span.paragraph + 1):
            text = self.paragraphs[number][:span.start] if number == span.paragraph else self.paragraphs[number]
            for found in re.finditer(rf"\b(?i:{re.escape(office)})\s+(?=[A-Z])", text):
                run = _NAME.match(text, found.end())
                if not run:
                    continue
                covered = any(s < run.end() and run.start() < e for s, e in self.named_spans.get(number, ()))
                if not covered and len(run.group().split()) >= 2:
                    holders.add(run.group())
        return holders.pop() if len(holders) == 1 and self.kinds.get(next(iter(holders))) == "person" else None

    def _name_after_role(self, rest: str) -> str | None:
        """"Direktur Jenderal Anggaran (DJA) Kementerian Keuangan Luky Alfirman, dalam …" → "Luky Alfirman";
        "Kepala Dinas Sosial (Dinsos) Kota Mataram, Lalu Samsul Adnan saat …" → the name after the comma."""
        plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), rest[:300])
        segment = re.match(r"[^.;!?,]*", plain).group()
        for run in reversed(list(_NAME.finditer(segment))):
            printed = self._printed_name(run.group())
            if printed:
                return printed
        if plain[len(segment):len(segment) + 1] == ",":
            apposed = _NAME.match(plain[len(segment) + 1:].lstrip())
            if apposed:
                return self._printed_name(apposed.group())
        return None

    def _not_the_speakers_name(self, clause: str, name: str) -> bool:
        """In a description, a name that stands before the speaker's noun ("a 43-year-old Bay Terrace woman"), or
        after a preposition ("a man from Bay Terrace", "the owner of Example Mall"), is a place's or a body's that
        describes the speaker, not the speaker's own name."""
        found = re.search(r"(?P<before>\w+)?\s*" + re.escape(name) + r"(?:\s+(?P<noun>[a-z]+)\b)?", clause)
        if not found:
            return False
        noun, before = found.group("noun") or "", (found.group("before") or "").casefold()
        nouns = self.speaker_nouns
        return (noun in nouns or (noun.endswith("s") and noun[:-1] in nouns)) or before in _DESCRIBING_PREPOSITIONS

    def _role_only(self, clause: str) -> bool:
        """A clause that is a title or office without a name: "Kepala Dinas Sosial (Dinsos) Kota Mataram"."""
        words = re.sub(r"\([^)]*\)", " ", clause).split()
        return 0 < len(words) <= 12 and not any(self.is_name_word(w) for w in words)

    def _described_body(self, number: int, position: int, noun_phrase: str) -> str | None:
        """The organisation a description stands for ("the central bank", "perusahaan itu"): the nearest one the
        article named before the position whose printed name holds a word the description's noun stands for."""
        name_words = self._body_name_words(noun_phrase)
        if not name_words:
            return None
        best = None
        for mention in self.mentions:
            at = (mention.paragraph, mention.start)
            if (self.kinds.get(mention.actor_id) != "organisation" or at >= (number, position)
                    or self._in_quote(*at)):
                continue
            printed = self.paragraphs[mention.paragraph][mention.start:mention.end]
            if ({w.casefold() for w in re.findall(r"\w+", printed)} & name_words
                    and (best is None or at > (best.paragraph, best.start))):
                best = mention
        return best.actor_id if best else None

    def _body_name_words(self, noun_phrase: str) -> frozenset[str] | None:
        """The words a body's name holds when the description's noun stands for that kind of body ("the central
        bank" → bank; "the agency" → agency, authority, badan …), as body_descriptions lists; None for other nouns."""
        words = noun_phrase.casefold().split()
        return (self.body_words.get(" ".join(words[-2:])) or self.body_words.get(words[-1])) if words else None

    def _body_speaker(self, number: int, position: int, described: re.Match | None,
                      printed: str) -> tuple[str | None, str | None] | None:
        """A body described as the speaker ("the central bank said", "kata perusahaan itu"): (the body the article
        named before, None), else, the noun being a kind of body, (None, the description as printed: "the fire
        department"); None when the words describe no body."""
        if not described:
            return None
        body = self._described_body(number, position, described.group("noun"))
        if body:
            return body, None
        return (None, printed) if self._body_name_words(described.group("noun")) else None

    def _described_speaker(self, number: int, start: int):
        """The speaker named after a description, the speech verb after the name, in the clause that follows the
        quote: "…," local police inspector Manoj Kumar Shahi said; "…," the officer, Prakash Gharti Magar, said;
        "…," Indian Railways spokesman Rajesh Kumar told AFP. (actor id, printed name, cue, False), or nobody."""
        paragraph = self.paragraphs[number]
        nobody = (None, None, None, False)
        stop = _DESCRIPTION_END.search(paragraph, start)
        end = stop.start() if stop else len(paragraph)
        verb = self.cues.after_name.search(paragraph, start, end)
        # the description and the name before the verb, not what the clause says after it ("… said by phone from
        # Batote, a mountain town halfway along the highway")
        if len(paragraph[start:verb.end() if verb else end].split()) > _DESCRIBED_SPEAKER_WORDS:
            return nobody

        for mention in self.mentions_in.get(number, ()):
            if start < mention.start < end and self._says_after_apposition(paragraph, mention.end):
                return mention.actor_id, None, "said", False
        for name in _NAME.finditer(paragraph, start, end):
            if name.start() == start or any(s <= name.start() < e for s, e in self.named_spans.get(number, ())):
                continue  # right after the quote it was read above; a place or an actor is no new name
            if re.search(r"\b(?:the|a|an|its|their)\s+\Z", paragraph[start:name.start()], re.IGNORECASE):
                continue  # "the Red Cross said": a body's name, never a person's, comes after an article
            printed = self._printed_name(name.group())
            words = [w.rstrip(".,") for w in name.group().split() if not self.is_title(w.rstrip(".,"))]
            if (not printed or " " not in printed) and len(words) >= 2 and not any(map(self.is_not_name, words)):
                printed = " ".join(words)  # "Denis McClean": a given name the dictionaries do not know
            if printed and " " in printed and self._says_after_apposition(paragraph, name.end()):
                actor_id = self.person_named(printed)
                return actor_id, None if actor_id else printed, "said", False
        # "…," the circular says; "…," Saturday's alert said: a document right before the verb speaks
        if verb:
            described = _DESCRIBED_BODY.fullmatch(paragraph, start, verb.start())
            body = self._body_speaker(number, start, described,
                                      " ".join(paragraph[start:verb.start()].strip(" ,").split()))
            if body:  # "…," the central bank said: the bank the article named, or as described
                return (*body, verb.group().lower(), False)
            subject = re.findall(r"[\w-]+", paragraph[start:verb.start()])[-2:]
            if subject and self.cues.document_words.search(subject[-1]):
                return None, None, verb.group().lower(), True
            described = self._description(paragraph[start:verb.start()])
            if described:  # "…," police said; "…," another trader complained: an unnamed speaker, as described
                return None, described, verb.group().lower(), False
        return nobody

    def _printed_name(self, clause: str, alone: bool = False) -> str | None:
        """"Bernadia", "Ketua KPU Affifuddin" → the name after any title words. With `alone`, one capitalised
        word right after a speech verb is a name even when it is also a word ("kata Dewi", "ujar MK")."""
        found = _NAME.match(clause.lstrip())
        if not found:
            return None
        # "M. Iftitah" keeps its initial's full stop; a name's own trailing stop or comma goes
        words = [w.rstrip(",") if _is_initial(w.rstrip(",")) else w.rstrip(".,") for w in found.group().split()]
        for index, word in enumerate(words):  # "Magetan Ia": a pronoun ends the name
            if self.cues.pronoun.fullmatch(word) or self.cues.group_pronoun.fullmatch(word):
                words = words[:index]
                break
        while len(words) > 2 and len(words[0]) > 1 and words[0].isupper():
            words = words[1:]  # "KPK Tessa Mahardhika": the institution's acronym before the name
        if alone and len(words) == 1 and not self.is_title(words[0]):
            return words[0]
        run = words
        if (len(run) >= 2 and self.is_title(run[-2])
                and (self.is_name_word(run[-2]) or self.is_honorific(run[-2]))
                and not (self.is_title(run[-1]) or self.is_not_name(run[-1]))):
            return run[-1]  # "Irjen Agus", "Kombes Leo", "Prof Maria": after a rank or an honorific the one word
            # is the name, even a word
        while words and (not self.is_name_word(words[0]) or self.is_title(words[0])):
            words = words[1:]  # "Ketua KPU", "Kasubdit 2": titles and words before the name
        titled = [i for i, w in enumerate(words) if self.is_title(w)]
        if titled and titled[-1] < len(words) - 1:
            words = words[titled[-1] + 1:]  # "SU I AKP Heri": the name after the last rank
        if len(run) > 1 and _is_initial(run[0]) and not any(self.is_title(w) or self.is_not_name(w) for w in run[1:]):
            words = run  # "M. Iftitah Sulaiman": after an initial every word is the name, dictionary word or not
        start = len(run) - len(words)
        while words and start > 0 and _is_initial(run[start - 1]):
            start -= 1  # "M. Iftitah": an initial before the name is part of it
        words = run[start:] if words else words
        if words and len(words) < len(run) and PLACE_PREFIX.fullmatch(run[len(run) - len(words) - 1]):
            # "Provinsi Kandal" is a place; "Wali Kota Bandung Farhan" is Farhan, after the place
            words = words[self.leading_place(words) or 1:]
        if not words and 1 <= len(run) <= 2 and not any(self.is_title(w) or self.is_not_name(w) for w in run):
            words = run  # "Dewi Lestari": a name made of words, with no title or institution word in it
        words = words[:4]
        if len(words) >= 2 and words[-1].casefold() in self.not_person_tails:
            return None  # "Mudon Township", "Mekong Delta"; not a body called by the word alone ("Delta said")
        return " ".join(words) if words else None

    def _before(self, span: QuoteSpan):
        """"X mengatakan, "…"", "Menurut X, "…"", "Dia menambahkan, "…"": a cue in the sentence before the quote."""
        paragraph = self.paragraphs[span.paragraph]
        start = sentence_start(paragraph, span.start)
        if start and not paragraph[start:span.start].strip(" \"“'‘("):
            # the quote opens its sentence: the cue is in the one before ("Menurut X, … . "…"")
            start = sentence_start(paragraph, start - 1)
        best = None
        for mention in self.mentions_in.get(span.paragraph, ()):
            if start <= mention.start < span.start and not self._in_quote(span.paragraph, mention.start):
                # a person set off by commas before the verb: "The acting governor of Bali, Sang Made Mahendra Jaya,
                # said …" (not a body ending a title in apposition: "…, President of the Commission for X, said")
                person = self.kinds.get(mention.actor_id) == "person"
                says = self._says_after_apposition if person else self._says_after
                if (says(paragraph, mention.end) or self._cue_before(paragraph, mention.start)
                        # or after the body they speak for: "Deputy X of the County Sheriff's Office said, "…""
                        or (person and self._says_after_affiliation(paragraph, mention.end))):
                    best = (mention.actor_id, "mengatakan")
        if best:
            return (best[0], None), best[1]
        said = [t for t in self.trail if t.spoke and t.paragraph == span.paragraph and start <= t.position < span.start]
        if said:  # "Dewi menambahkan, "…"", "Ia mengatakan, "…"" (the trail holds the pronoun's referent)
            return said[-1].who, "mengatakan"
        if _announced_by_a_colon(paragraph, span, start):
            # "West Bengal Chief Minister Mamata Banerjee sharply criticised the Centre: "…"": the one person the
            # sentence names, announcing the quote with a colon, whatever the verb
            people = {m.actor_id for m in self.mentions_in.get(span.paragraph, ())
                      if start <= m.start < span.start and not self._in_quote(span.paragraph, m.start)
                      and self.kinds.get(m.actor_id) == "person"}
            if len(people) == 1:
                return (next(iter(people)), None), "mengatakan"
        verb = self.cues.after_name.search(paragraph, start, span.start)
        if verb and not self._in_quote(span.paragraph, verb.start()):
            described = self._description(paragraph[start:verb.start()], opens_sentence=True)
            if described:  # "A farmer from the village said: "…"", "Seorang warga mengatakan, "…""
                return (None, described), verb.group().lower()
        return (None, None), None

    def _description(self, phrase: str, opens_sentence: bool = False) -> str | None:
        """An unnamed speaker described in lower case, up to the word that ends the description ("police",
        "another trader", "a farmer from the village" → "a farmer", "seorang warga kepada wartawan" → "seorang
        warga"): one of its words a speaker's noun of cues.yml. None for anything else."""
        words = phrase.strip(" ,\"“”").split()
        if opens_sentence and words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
            words[0] = words[0].lower()  # "A farmer …": the capital of the sentence's first word
        kept = []
        for word in words:
            if word.rstrip(",").casefold() in _DESCRIPTION_STOPS:
                break
            kept.append(word)
            if word.endswith(","):
                break
        kept = [w.rstrip(",") for w in kept]
        if not 1 <= len(kept) <= _DESCRIPTION_MAX_WORDS or not all(_LOWER_WORD.fullmatch(w) for w in kept):
            return None
        nouns = self.speaker_nouns
        if not any(w in nouns or (w.endswith("s") and w[:-1] in nouns) or (w.endswith("es") and w[:-2] in nouns)
                   for w in kept):
            return None
        return " ".join(kept)

    def _someone_described(self, phrase: str) -> str | None:
        """An unnamed person as described ("a farmer"), or up to the preposition that goes on to where they are
        from: "a resident of Example Town" → "a resident", "a 43-year-old from Example Town" → "a 43-year-old"
        (a person by their age); "a news story on …" is no one."""
        words = phrase.split()
        cut = next((n for n, w in enumerate(words) if w.casefold() in _DESCRIBING_PREPOSITIONS), len(words))
        described = self._description(" ".join(words[:cut]))
        if described:
            return described
        kept = words[:cut]
        if (kept and kept[0].casefold() in _INDEFINITE_ARTICLES and 2 <= len(kept) <= _DESCRIPTION_MAX_WORDS
                and _AGED.fullmatch(kept[-1])):
            return " ".join(kept)
        return None

    def _place_subject(self, before: str) -> bool:
        """"… otoritas Provinsi Kandal" before the verb: a place's name, which is no speaker's."""
        found = _NAME_BEFORE.search(before)
        if not found:
            return False
        words = found.group("name").split()
        return any(PLACE_PREFIX.fullmatch(w) for w in words[:-1]) and self._printed_name(found.group("name")) is None

    def _office_anaphora(self, paragraph: str, mention: Mention) -> bool:
        """An organisation named inside an office that points back ("Anggota Komisi XII DPR itu", "Eks Kepala LPS
        tersebut", "Pengasuh Ponpes Langitan ini"): the person who holds it was named before, and the organisation is
        not the subject."""
        if self.kinds.get(mention.actor_id) != "organisation":
            return False
        if not re.match(r"(?:\s*\([^)]*\))?\s+(?:itu|tersebut|ini)\b", paragraph[mention.end:]):
            return False
        office = paragraph[sentence_start(paragraph, mention.start):mention.start].rsplit(",", 1)[-1].split()
        return bool(office) and all(w[:1].isupper() or self.is_title(w) for w in office) \
            and any(self.is_title(w) for w in office)

    def _says_after(self, paragraph: str, name_end: int) -> bool:
        return speech_verb_after(paragraph, name_end, self.cues.after_name) is not None

    def _says_after_apposition(self, paragraph: str, name_end: int) -> bool:
        """A speech verb after the name, or after the comma that closes its apposition: "Prakash Gharti Magar, said"."""
        comma = _APPOSITION_COMMA.match(paragraph, name_end)
        return self._says_after(paragraph, comma.end() if comma else name_end)

    def _says_after_affiliation(self, paragraph: str, name_end: int) -> bool:
        """A speech verb after the name, or after the body it speaks for: "Chris Capra of SMUD told FOX40"."""
        affiliation = _AFFILIATION.match(paragraph, name_end)
        return self._says_after(paragraph, name_end) or bool(
            affiliation and self._says_after(paragraph, affiliation.end()))

    def _cue_before(self, paragraph: str, name_start: int) -> bool:
        return cue_right_before(paragraph, name_start, self.cues.according_to)

    def _referent(self, span: QuoteSpan, person_only: bool,
                  organisation_only: bool = False) -> tuple[str | None, str | None]:
        """(actor id, printed name) a "-nya" or pronoun cue means: decided by the nearest sentence before the quote that names
        anyone (organisations count only where they speak), never across a heading."""
        barrier = self.heading_before.get(span.paragraph, -1)
        sentences: dict[tuple[int, int], list[_Said]] = {}
        for said in self.trail:
            if said.paragraph <= barrier or (said.paragraph, said.position) >= (span.paragraph, span.close):
                continue
            if said.kind == "organisation" and not said.spoke:
                continue
            sentences.setdefault(said.sentence, []).append(said)
        if not sentences:
            return None, None
        nearest = sentences[max(sentences)]
        speakers = list(dict.fromkeys(s.who for s in nearest if s.spoke))
        named = list(dict.fromkeys(s.who for s in nearest))
        if len(speakers) == 1:
            chosen = speakers[0]
        elif len(named) == 1:
            chosen = named[0]
        else:
            return None, None  # two people and no speaker among them: the reader cannot tell either
        kind = self.kinds.get(chosen[0], "person")
        if (person_only and kind != "person") or (organisation_only and kind != "organisation"):
            return None, None
        return chosen
