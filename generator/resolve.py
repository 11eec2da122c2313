"""Resolve stage: who appears in each article, in what role, and who said what.

1. Registry aliases are matched ignoring case, hyphens and spacing ("Kim Jong-un" = "Kim Jong Un"); an alias
   written in capitals ("AS", "PBB") matches only in capitals, a one-word alias only capitalised, and nothing
   matches inside a word.
2. People the registry does not know are discovered from capitalised name sequences that have evidence of
   being a person at least once in the corpus: a title or role before them ("Menteri Pertahanan Rusia ..."),
   a role in apposition (", seorang profesor"), or a speech verb ("kata X", "X mengatakan"). Leading words of
   a title are told from the name by the Indonesian dictionary that ships with PySastrawi and the English
   title words in cues.yml.
3. A surname or given name alone resolves to the person named in full in the same article, else to the person
   the corpus overwhelmingly means; otherwise it stays unresolved.
4. Quotes are attributed only through explicit cues ("kata X", "X mengatakan", "menurut X", "katanya" = the
   last named speaker); anything else stays unattributed.

The corpus pass (discovery) runs once for all articles; the article pass is independent per article.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from slugify import slugify

from . import dates, gazetteer, ner
from .cache import AnalysisCache
from .editorial import Editorial
from .model import Actor, Article, Cast, Mention, Quote, failure_reason
from .quotes import (PLACE_PREFIX, SENTENCE_END, Attribution, cue_right_before, phrases, sentence_start,
                     speech_verb_after)

_ORGANISATION_FORM = re.compile(r"kemen[a-z]{2,}|pers[aeiou][a-z]{1,6}")  # "kemenkominfo", "persib", "persebaya"
# a word, with its apostrophes ("Ma'mun", "O'Brien") but not an English possessive's ("Widodo's" is "Widodo")
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*(?:[-‐‑][^\W_]+(?:['’](?![sS]\b)[^\W_]+)*)*")
_HYPHEN = re.compile(r"[-‐‑]")
_SPACES = re.compile(r"[ \t]+")
_JOINABLE_GAP = re.compile(r"[ \t()]+")  # words of one name: spaces, or a name part in parentheses
_INITIAL_GAP = re.compile(r"\.[ \t]+")  # a middle initial's full stop: "George W. Bush"
_DOTTED_INITIAL = re.compile(r"[^\W\d_]\.")  # "W." in an alias: the letter alone, as the text's words are cut
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_ROLE_STOP = re.compile(r"\b(?:yang|dan|bahwa|kepada|dengan|serta|atau|tetapi|ketika|saat|and|who|that|with|but)\b",
                        re.IGNORECASE)
_ASIAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jong-chun", "Ho-jin": a romanised Korean given name
_AUXILIARY = re.compile(r"\b(?:telah|sudah|akan|sedang|masih|pernah|tidak|belum|has|have|had|was|were|is|are|will)\b",
                        re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_CAPITALISED_LETTERS = re.compile(r"[A-Z][A-Za-z]*")  # every capitalised word of letters only, and some pieces
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})")  # I … XVIII: "Pansus V", "Kodam IV"
_CURRENCY_SIGN = re.compile(r"\$| \$\s?\d")  # after a country's code: the dollar of that country
# a word, an age in brackets, then what the person is in lower case: "Yaman (56), warga …", "Jordan (25), a
# student"; a score or a medal count goes on with the next name ("Indonesia (3), Malaysia (2)")
_BRACKETED_AGE = r"\(\d{1,3}(?:\s*(?:tahun|thn|th|years?))?\)"  # "(40)", "(40 tahun)"
_NAME_WITH_AGE = re.compile(r"\b([A-Z][\w'’-]+)\s*" + _BRACKETED_AGE + r"\s*,\s*[a-z]")
_NATIONAL = frozenset(("negara", "nasional", "republik", "ri", "indonesia", "dunia", "internasional"))
_MIN_SHORT_NAME = 3  # "Un" alone is not Kim Jong Un


@lru_cache(maxsize=65536)  # a corpus has far fewer distinct words than words: fold each once
def fold(text: str) -> str:
    """Case-folded, one apostrophe. (The reader already normalised the text to NFC.)"""
    return text.casefold().replace("’", "'")


class Part(NamedTuple):  # a named tuple: built once per word of the corpus, it must be cheap
    """A word, or one piece of a hyphenated word ("Jong-un" → "Jong", "un")."""

    text: str
    fold: str
    start: int
    end: int
    word: int
    can_start: bool  # a name may begin here: a word's start, or a capitalised piece after a hyphen ("Putin-Kim")
    can_end: bool
    cap: bool


class Word(NamedTuple):
    text: str
    start: int
    end: int
    parts: tuple[int, ...]  # indices into the parts list
    cap: bool  # capitalised


_new = tuple.__new__


def tokenize(text: str) -> tuple[list[Word], list[Part]]:
    words: list[Word] = []
    parts: list[Part] = []
    for found in _WORD.finditer(text):
        word = found.group()
        word_start, word_end = found.span()
        cap = word[:1].isupper()
        if not _HYPHEN.search(word):  # most words: one piece, built directly (tuple.__new__: no keyword handling)
            parts.append(_new(Part, (word, fold(word), word_start, word_end, len(words), True, True, cap)))
            words.append(_new(Word, (word, word_start, word_end, (len(parts) - 1,), cap)))
            continue
        pieces, offset = [], found.start()
        for piece in _HYPHEN.split(found.group()):
            pieces.append((piece, offset, offset + len(piece)))
            offset += len(piece) + 1
        indices = []
        for k, (piece, start, end) in enumerate(pieces):
            following_cap = k + 1 < len(pieces) and pieces[k + 1][0][:1].isupper()
            indices.append(len(parts))
            parts.append(Part(
                text=piece, fold=fold(piece), start=start, end=end, word=len(words),
                can_start=k == 0 or piece[:1].isupper(), can_end=k == len(pieces) - 1 or following_cap,
                cap=piece[:1].isupper(),
            ))
        words.append(Word(word, word_start, word_end, tuple(indices), cap))
    return words, parts


def _initials_after(text: str, words: list[Word], k: int) -> bool:
    """words[k] (and the capitalised words after it) are a person's name with its initials in brackets, as
    prosecutors name suspects: "Anzarullah (AZR)", "Siman Bahar (SB)". The initials' letters are the name's, in
    order, the first its first."""
    end = k
    while end + 1 < len(words) and words[end + 1].cap and _spaced(text, words, end, end + 1):
        end += 1
    found = re.match(r"\s*\(([A-Z]{2,4})\)", text[words[end].end:])
    if not found:
        return False
    return _initials_of("".join(words[j].text for j in range(k, end + 1)), found.group(1))


def _initials_of(name: str, initials: str) -> bool:
    """The capitals `initials` are letters of `name` in order, its first letter first: "Anzarullah" / "AZR"."""
    if not (2 <= len(initials) <= 4 and initials.isupper()):
        return False
    name = name.upper()
    letters = iter(name[1:])
    return name[:1] == initials[0] and all(letter in letters for letter in initials[1:])


_ENGLISH_ARTICLE = re.compile(r"The|An?")
_NAME_AFTER_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")  # "… of the Indonesian", not "… for treatment"
_OF_INSIDE = re.compile(r"\s(?:of|for)\s")  # "Ministry of …", "Center for …"
# the rest of a list of capitalised items after "of": ", Tobacco, Firearms and Explosives"
_LISTED_AFTER_OF = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\b")


def _portfolio_word(text: str, words: list[Word], run: list[int], k: int, is_role: Callable[[str], bool],
                    is_english_word: Callable[[str], bool]) -> bool:
    """A title's word naming a portfolio inside an English body's name after "of" ("Ministry of Economic Affairs",
    "Department of Veterans Affairs", "Information Center of the Indonesian National Armed Forces"), with no name
    after it: part of the body's name, not a title before a person's."""
    # "Ministry of Foreign Affairs", "… National Armed Forces": a portfolio or a body of two words or more
    following = (k + 1 < len(words) and words[k + 1].cap and _spaced(text, words, k, k + 1)
                 and not is_role(words[k + 1].text) and not is_english_word(words[k + 1].text))
    return bool(_OF_INSIDE.search(text, words[run[0]].end, words[k].start)) and not following


def _spaced(text: str, words: list[Word], left: int, right: int) -> bool:
    """Only spaces stand between words[left] and words[right]: one run of a name, not across punctuation."""
    return bool(_SPACES.fullmatch(text, words[left].end, words[right].start))


def _joinable(text: str, parts: list[Part], i: int, j: int) -> bool:
    """Parts i..j-1 are consecutive pieces of one name (no punctuation other than hyphens and parentheses)."""
    for k in range(i, j - 1):
        gap = text[parts[k].end:parts[k + 1].start]
        if (parts[k].word != parts[k + 1].word and not _JOINABLE_GAP.fullmatch(gap)
                and not (_initial(parts[k].text) and _INITIAL_GAP.fullmatch(gap))):
            return False
    return True


def _initial(word: str) -> bool:
    """One capital letter: a name's initial ("W" of "George W. Bush")."""
    return len(word) == 1 and word.isupper()


class AliasIndex:
    """Aliases → actor ids, matched longest first over the parts of a text."""

    def __init__(self, name_word=None):
        """name_word(word) → True for a word that may be part of a person's name (not a title or ordinary word):
        a one-word alias of a person does not match after one ("Prabowo" in "Listyo Sigit Prabowo")."""
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...] | None]]] = defaultdict(list)
        self._keys: dict[tuple[str, ...], str] = {}
        self._name_word = name_word
        self._one_word_names: set[tuple[str, ...]] = set()

    @staticmethod
    def key(alias: str) -> tuple[str, ...]:
        # an initial's full stop is no part of it: "George W. Bush" is matched where the text prints "W." as "W"
        return tuple(fold(p[0] if _DOTTED_INITIAL.fullmatch(p) else p)
                     for w in alias.split() for p in _HYPHEN.split(w) if p)

    def add(self, alias: str, actor_id: str, person: bool = False) -> None:
        key = self.key(alias)
        if not key or key in self._keys:
            return  # the first actor listed keeps an alias two actors share
        if person and len(key) == 1 and not alias.isupper():
            self._one_word_names.add(key)
        letters = "".join(ch for ch in alias if ch.isalpha())
        exact = tuple(p for w in alias.split() for p in _HYPHEN.split(w) if p) if letters.isupper() else None
        self._keys[key] = actor_id
        self._by_first[key[0]].append((key, actor_id, exact))
        self._by_first[key[0]].sort(key=lambda entry: -len(entry[0]))

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._keys

    def actor_for(self, key: tuple[str, ...]) -> str | None:
        return self._keys.get(key)

    def match(self, text: str, parts: list[Part]) -> list[tuple[int, int, str]]:
        """Non-overlapping (first part, end part, actor id), leftmost-longest."""
        found, i = [], 0
        while i < len(parts):
            best = None
            if parts[i].can_start:
                for key, actor_id, exact in self._by_first.get(parts[i].fold, ()):
                    j = i + len(key)
                    if j > len(parts) or tuple(p.fold for p in parts[i:j]) != key or not parts[j - 1].can_end:
                        continue
                    if not _joinable(text, parts, i, j):
                        continue
                    if exact is not None:
                        if tuple(p.text for p in parts[i:j]) != exact:
                            continue
                    elif not any(p.cap for p in parts[i:j]):
                        continue
                    if (key in self._one_word_names and self._name_word and i and parts[i - 1].cap
                            and parts[i - 1].word != parts[i].word
                            and text[parts[i - 1].end:parts[i].start] == " " and self._name_word(parts[i - 1].text)):
                        continue  # the surname of someone else's longer name
                    if _CURRENCY_SIGN.match(text, parts[j - 1].end):
                        continue  # "US$ 400", "S$5", "HK$ 2": a currency's sign, not the country
                    if i and parts[i - 1].text == "New" and text[parts[i - 1].end:parts[i].start] == " ":
                        # "New Guinea", "New Mexico", "New Jersey": another place, named after this one (not so
                        # "X Baru": "Indonesia Baru", "Jakarta Baru" are slogans about the place itself)
                        continue
                    best = (i, j, actor_id)
                    break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found


class _Vocabulary:
    """What a name is made of, and what it is not: built once per editorial data set."""

    def __init__(self, editorial: Editorial):
        self._dictionary = ner.dictionary()  # the one the other stages share, as is ner.stem
        cues = editorial.cues
        self.cues = cues
        self.single_roles = frozenset(r for r in cues.roles if " " not in r)
        self.two_word_roles = frozenset(r for r in cues.roles if len(r.split()) == 2)
        self.calendar = dates.calendar_words()
        self.brand_words = frozenset(fold(w) for o in editorial.outlets for b in o.brands for w in b.split())
        # names no person goes by: the wires, the outlets, the registry's organisations and places
        self.not_nicknames = frozenset(
            {fold(n) for a in editorial.agencies for n in (a.name, *a.aliases)}
            | {fold(n) for o in editorial.outlets for n in (o.name, *o.brands)}
            | {fold(n) for a in editorial.actors if a.kind != "person" for n in (a.name, *a.aliases)})
        self.role_pattern = phrases(cues.roles, prefixes=cues.former_prefixes)
        self.says_before = phrases(cues.speech_verbs + cues.says_before_name + cues.according_to)
        self.says_after = phrases(cues.says_after_name)
        self.services = phrases(cues.services)
        self.government_forms = dict(cues.region_government_forms)  # "pemerintah provinsi" → "provinsi"
        self.government_names = dict(cues.region_government_names)  # "provinsi" → "Pemprov"
        registry_places = {fold(n) for a in editorial.actors if a.kind in ("place", "country")
                           for n in (a.name, *a.aliases)}
        self.places = gazetteer.place_names() | registry_places
        self.major_places = gazetteer.major_place_names() | registry_places  # without districts
        self.person_words = ner.person_words()

    @lru_cache(maxsize=65536)
    def common(self, word: str) -> bool:
        """An ordinary word or a title word, not a name: "Direktur", "Pertahanan", "Foreign"."""
        if word in self.cues.title_words:
            return True
        lowered = word.lower()
        if _HYPHEN.search(lowered):
            return False
        return lowered in self._dictionary or ner.stem(lowered) in self._dictionary

    @lru_cache(maxsize=65536)
    def english_phrase_word(self, word: str) -> bool:
        """A common English word ("Good", "Reports", "Review") that is not usually part of a person's name
        ("Donald", "Bill"): a name made only of these is a phrase or a title, not a person."""
        from wordfreq import zipf_frequency

        folded = fold(word)
        return folded not in self.person_words and zipf_frequency(folded, "en", wordlist="small") >= 4.0

    @lru_cache(maxsize=65536)
    def is_root(self, word: str) -> bool:
        """A word without affixes: "Sri", "Budi" may be given names; "Kehadiran", "Adapun" may not."""
        lowered = word.lower()
        return ner.stem(lowered) == lowered

    @lru_cache(maxsize=65536)
    def is_verb(self, word: str) -> bool:
        """An Indonesian verb: a lower-case word whose affix (me-, ber-, di-) the stemmer takes off."""
        if not word.islower() or not word.startswith(("me", "be", "di")):
            return False
        stem = ner.stem(word)
        return stem != word and stem in self._dictionary and not word.startswith(("menteri", "bersama"))

    def organisation_word(self, folded: str) -> bool:
        """An organisation word (cues.yml), or one by its form: a ministry's short name ("Kemenkominfo",
        "Kemenpora") or a football club's ("Persib", "Persebaya"), which the dictionary does not hold
        ("kemenangan", "persis" and "persen" are words)."""
        return folded in self.cues.organisation_words or self.organisation_by_form(folded)

    @lru_cache(maxsize=65536)
    def organisation_by_form(self, folded: str) -> bool:
        """A body's own short name by its form, not a word for a kind of body: "Persib", "Kemenkominfo"."""
        return bool(_ORGANISATION_FORM.fullmatch(folded)) and folded not in self.cues.organisation_words \
            and not self.common(folded)

    def is_head(self, word: str) -> bool:
        """An organisation word or a name head ("Badan", "PT", "Jalan", "Kelompok"): what follows names a thing."""
        folded = fold(word)
        return self.organisation_word(folded) or folded in self.cues.name_heads

    def english_head(self, word: str) -> bool:
        """An organisation word of English, printed after the name it ends: "Estate", "Group", "Institute"."""
        return self.organisation_word(fold(word)) and self.english_phrase_word(word)

    @lru_cache(maxsize=65536)
    def is_role_word(self, word: str) -> bool:
        lowered = word.lower()
        if lowered in self.single_roles or word in self.cues.title_words:
            return True
        # the head of a unit, written "Ka" and the unit's short name: "Kanit" (unit), "Kadaker" (Daker), "Kasubdit"
        return (word[:1].isupper() and len(lowered) > 4 and lowered.startswith("ka")
                and lowered[2:] in self.cues.branch_heads)

    def is_place(self, words: list[str], major: bool = False) -> bool:
        """The words name a place; major: a country, province, regency or city (not a district, whose names are
        often given names: "Agung", "Adi")."""
        return fold(" ".join(words)) in (self.major_places if major else self.places)

    def leading_place(self, words: list[str]) -> int:
        """How many of the first words name a place ("Jawa Tengah Ahmad Luthfi" → 2), longest first."""
        for n in range(min(len(words) - 1, 4), 0, -1):
            if self.is_place(words[:n], major=True):
                return n
        return 0

    def surname_like(self, word: str) -> bool:
        """Capitalised, and no word of a dictionary, no place, title or body's word: a surname ("Kingsley"), not
        "Airways", "Gate", "Amman"."""
        return (word[:1].isupper() and not word.isupper() and fold(word) not in self.cues.not_person_tails
                and not (self.common(word) or self.english_phrase_word(word) or self.is_place([word])
                         or self.is_role_word(word) or self.organisation_word(fold(word)) or self.is_head(word)))

    def never_a_name(self, word: str) -> bool:
        folded = fold(word)
        return (folded in self.cues.not_names or self.organisation_word(folded) or folded in self.calendar
                or folded in self.brand_words or (len(word) > 1 and word.isupper()))


_VOCABULARY: dict[str, _Vocabulary] = {}


def _vocabulary(editorial: Editorial) -> _Vocabulary:
    """Built once per content of the editorial files (keyed by their fingerprint, so an edit is picked up)."""
    if editorial.fingerprint not in _VOCABULARY:
        _VOCABULARY[editorial.fingerprint] = _Vocabulary(editorial)
    return _VOCABULARY[editorial.fingerprint]


# a preposition right before an office, which makes it the object of a clause, not a title over a name after a comma
# that goes on into a clause of its own: a word in lower case after the name, not one joining it to another name
_CLAUSE_GOES_ON = re.compile(r"\s+(?!(?:dan|and|serta|atau|or)\b)[a-z]")
_OBJECT_OF = re.compile(r"\b(?:kepada|untuk|bagi|terhadap|dari|oleh|dengan|pada|to|for|from|by|with|against)\s*$",
                        re.IGNORECASE)


def role_before(paragraph: str, name_start: int, vocabulary: _Vocabulary, not_before: int = 0,
                name_end: int | None = None) -> str | None:
    """The title or role printed just before a name: "Menteri Pertahanan Rusia" Sergei Shoigu. `not_before`: where
    the person named before it in the paragraph ends; a title never runs across another's name ("Kompol Budi
    Santoso dan Iptu" is not Andi Wijaya's title). `name_end`: where the name ends; an office after a preposition
    and a comma before it is the object of the clause before when the name goes on into a clause of its own
    ("kritik yang diarahkan kepada Menkeu, Gus Maksum justru menilai …"), its title when the name closes it
    ("… terhadap mantan Gubernur Jawa Barat, Ridwan Kamil (RK).")."""
    window = paragraph[max(sentence_start(paragraph, name_start), not_before):name_start]
    stripped = window.rstrip()
    after_comma = stripped.endswith(",")
    clause_after_comma = after_comma and name_end is not None and _CLAUSE_GOES_ON.match(paragraph, name_end) is not None
    if after_comma:  # "Juru bicara ... Gedung Putih, John Kirby": the role stands before the comma
        stripped = stripped[:-1]
    pieces = stripped.split(",")
    window, limit = pieces[-1], 10
    # a title with commas of its own ("Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi"): the
    # pieces before are joined while no role word has been seen and each ends in a capitalised word
    for piece in reversed(pieces[-4:-1]):
        if vocabulary.role_pattern.search(window) or not re.search(r"[A-Z][\w()-]*\s*$", piece):
            break
        window, limit = f"{piece},{window}", 16
    def joins_a_title(stop: re.Match) -> bool:
        """"dan" between capitalised words joins a title's words ("Menteri Haji dan Umrah"), not two clauses."""
        left, right = window[:stop.start()].split(), window[stop.end():].split()
        return (stop.group().lower() in ("dan", "and") and bool(left) and bool(right)
                and left[-1][:1].isupper() and right[0][:1].isupper())

    stops = [stop for stop in _ROLE_STOP.finditer(window) if not joins_a_title(stop)]
    if stops:
        if clause_after_comma and _OBJECT_OF.search(window[:stops[-1].end()]):
            return None  # "kritik yang diarahkan kepada Menkeu, Gus Maksum …": the office is the clause's object
        window = window[stops[-1].end():]
    says = list(vocabulary.says_before.finditer(window))
    if says:
        window = window[says[-1].end():]
    words = window.split()
    if len(words) > limit:
        window = " ".join(words[-limit:])
    for found in vocabulary.role_pattern.finditer(window):  # the first role word that starts a title run
        if clause_after_comma and _OBJECT_OF.search(window[:found.start()]):
            continue  # "kritik yang diarahkan kepada Menkeu, Gus Maksum …": the office is the clause's object
        role = _PARENTHETICAL.sub("", window[found.start():]).strip(" ,:;-–—(")
        if _AUXILIARY.search(role) or any(vocabulary.is_verb(w) for w in role.split()):
            continue  # "presiden Russia telah menerima undangan Kim": a clause, not Kim's title
        role = _CLOSED_BRACKET_BEFORE.sub(r"\1 ", _NAMELY_AFTER.sub("", role)).strip()
        if role and role.split()[-1].lower() in vocabulary.cues.possessed_nouns:
            return None  # "Menkeu baru pilihan Prabowo": the minister Prabowo chose, no title of Prabowo's
        if _PREPOSITION_AFTER.search(role):
            return None  # "jabatan Menkeu dari Sri Mulyani kepada …": the name is the preposition's, no title
        # an office named again after a preposition is the name's: "Keputusan Presiden (Keppres) dari Presiden
        # Prabowo" gives "Presiden", not "Presiden dari Presiden"
        again = [later for later in vocabulary.role_pattern.finditer(role)
                 if later.start() > 0 and _PREPOSITION_BEFORE.search(role[:later.start()])]
        if again:
            role = role[again[-1].start():]
        words = role.split()
        while len(words) > 1 and vocabulary.cues.is_honorific(words[-1]):
            words.pop()  # "Wakil Ketua MPR RI Dr" Hidayat Nur Wahid: the honorific is the name's, not the title's
        return " ".join(words).rstrip(" ,") or None
    return None


_PREPOSITION_BEFORE = re.compile(r"\b(?:dari|oleh|untuk|bagi|of|from|by|for)\s+$", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"\b(?:dari|oleh|untuk|bagi|kepada|terhadap|of|from|by|for|to)$", re.IGNORECASE)
_NAMELY_AFTER = re.compile(r"[\s,]+(?:yakni|yaitu|namely)$", re.IGNORECASE)  # "… Tim Pemeriksa yakni" Jane Roe
_CLOSED_BRACKET_BEFORE = re.compile(r"^([^()]*)\)\s*")  # "(Plt) Deputi …" cut after its "(": "Plt) Deputi …"


# ", seorang profesor …", " (Gubernur DKI Jakarta dan …)", and under an opinion piece, the author's line
# "Hidayatul Fajri. Dosen di …" (the name alone opens the paragraph: `role_after` checks)
_APPOSITION = re.compile(r"^(?:\s+(?:misalnya|contohnya|sendiri|for example|for instance))?\s*(?P<open>[,(]|\.\s)\s*(?:(?:seorang|sebagai|selaku|salah\s+satu|a|an|the)\s+)?"
                         r"(?P<role>[^,.;:“”\"()]{2,120})")
_NAME_OPENS = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*$")


def role_after(paragraph: str, name_end: int, vocabulary: _Vocabulary, not_after: int | None = None) -> str | None:
    """A role in apposition: Vladimir Tikhonov, "seorang profesor studi Korea di Universitas Oslo". `not_after`: where
    the person named after it in the paragraph begins; a role that runs into that name is none of this one's (in a
    list of guests, "… Jane Roe, Gubernur Bali John Doe, …", the title is the next one's)."""
    found = _APPOSITION.match(paragraph[name_end:])
    if not found or (found.group("open").startswith(".") and not _NAME_OPENS.match(paragraph[:name_end])):
        return None  # a full stop after a name in the middle of a paragraph ends a sentence, not a name
    role = found.group("role")
    stop = _ROLE_STOP.search(role)
    if stop:
        role = role[:stop.start()]
    verb = vocabulary.says_after.search(role)
    if verb:
        role = role[:verb.start()]
    role = role.strip()
    first = vocabulary.role_pattern.match(role)
    if not first or len(role.split()) > 12:
        return None
    if not_after is not None and name_end + found.start("role") + len(role) > not_after:
        return None
    return role


def _person_by_context(paragraph: str, name_start: int, name_end: int, vocabulary: _Vocabulary) -> bool:
    """Words only a person's name takes: "who" after it ("Rob Roe, who also saw it, …"), an age before it ("the
    10-year-old Caleb Roe"), in commas after it ("Jane Roe, 43, …") or in brackets ("Alex Roe (40), mengatakan …"),
    or kin after its possessive ("Jason Roe's son"). An organisation is "which", has no age and no son."""
    after = _CONTEXT_AFTER.match(paragraph, name_end)
    if after and (after.group("kin") is None or after.group("kin").lower() in vocabulary.cues.kin_words):
        return True
    if _AGED_BEFORE.search(paragraph[max(0, name_start - _AGE_SPAN):name_start]) is None:
        return False
    described = _WORD_AFTER.match(paragraph, name_end)  # "a 43-year-old Bay Terrace woman": a place described
    return not (described and described.group(1) in vocabulary.cues.speaker_nouns)


_AGE_SPAN = 20  # characters before a name an age is printed in ("the 10-year-old ")
# the English article right before a run of capitalised words: the name of a company, a body, a place or a people,
# never a person's ("the Weda Bay Nickel concession", "the O Hongana Manyawa"; "the late Ali Alatas" has a word
# between)
_DEFINITE_ARTICLE_AT_END = re.compile(r"(?<![\w-])the\s+$")
_AGE_IN_BRACKETS = re.compile(r"\s*" + _BRACKETED_AGE + r"\s*[,.]")  # "Alex Haryanto (40), mengatakan"
_CONTEXT_AFTER = re.compile(r",\s*who\b|,\s*\d{1,3},|['’]s\s+(?P<kin>[a-z]+)\b|" + _AGE_IN_BRACKETS.pattern)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_AGE_WORD = re.compile(r"(?:[^\W_]+-)+years?-old", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+)-year-old\s+$")  # "43-year-old", "Ten-year-old"


def _sentence_before(paragraph: str, position: int) -> str:
    """The words of the position's sentence before it, its opening quote, bracket or dash aside: empty when the
    position opens the sentence."""
    return paragraph[sentence_start(paragraph, position):position].strip(" \t\"“”'‘’(-–—")


def _says_after(paragraph: str, name_end: int, vocabulary: _Vocabulary) -> re.Match | None:
    return speech_verb_after(paragraph, name_end, vocabulary.says_after)


def _says_before(paragraph: str, name_start: int, vocabulary: _Vocabulary) -> bool:
    return cue_right_before(paragraph, name_start, vocabulary.says_before)


@dataclass
class _Candidate:
    surfaces: Counter = field(default_factory=Counter)
    evidence: int = 0  # a title, a role in apposition or a speech verb next to the name
    ner_person: int = 0  # occurrences the recogniser tagged as a person
    ner_other: int = 0  # occurrences it tagged as a place or an organisation
    unrecognised_language: int = 0  # occurrences in articles the recogniser was not trained for
    named_thing: int = 0  # occurrences as the name of a company, a street, a group ("PT Taru Martani")
    in_title: int = 0  # occurrences inside a quoted title or motto ("Tata Tengtrem Kerta Raharja")
    articles: set = field(default_factory=set)
    examples: list = field(default_factory=list)  # (article source path, sentence)

    def merge(self, other: _Candidate) -> None:
        """Add what a later article found about the same name (as if read after the articles merged so far)."""
        self.surfaces.update(other.surfaces)
        self.evidence += other.evidence
        self.ner_person += other.ner_person
        self.ner_other += other.ner_other
        self.unrecognised_language += other.unrecognised_language
        self.named_thing += other.named_thing
        self.in_title += other.in_title
        self.articles |= other.articles
        for example in other.examples:
            if len(self.examples) < 3 and example not in self.examples:
                self.examples.append(example)


@dataclass
class _Discovered:
    """One article's part of discovery (`Resolver._discover_in`)."""

    candidates: dict = field(default_factory=lambda: defaultdict(_Candidate))
    organisations: dict = field(default_factory=lambda: defaultdict(Counter))  # key → surfaces
    acronyms: dict = field(default_factory=lambda: defaultdict(Counter))  # expansion key → its acronyms
    nicknames: list = field(default_factory=list)  # (full name as printed, nickname)


@dataclass
class ResolvedCorpus:
    actors: dict[str, Actor]
    casts: dict[str, Cast]  # by article source path
    discovered_examples: dict[str, list[tuple[str, str]]]  # unreviewed actor id → (source path, sentence)
    # by article source path, when resolved with a cache: a digest that changes whenever the article or its cast
    # does (the key its cast is kept under), so that a page's inputs can name both without spelling them out
    cast_keys: dict[str, str] = field(default_factory=dict, compare=False)
    # an article's cast as this corpus' actors and short names make it: for an edited article shown before the
    # corpus is resolved again (pipeline.preview)
    cast_of: Callable[[Article], Cast] | None = field(default=None, compare=False, repr=False)


# "Subianto-Gibran", "Putin-Kim"; not "Ho-jin", nor the Arabic article of "Al-Rabiah", "El-Sisi"
_JOINED_NAME = re.compile(r"(?<![^\W\d_])(?!(?:[AaEe][lnrstdz]|Ash|Ul)[-‐‑])[^\W\d_]{2,}[-‐‑][A-Z]")
_REGION_LEVEL = {"provinsi": "Provinsi di Indonesia", "kabupaten": "Kabupaten di Indonesia",
                 "kota": "Kota di Indonesia"}
# A village's, district's or town's own name printed after its kind ("Desa Pulo Pineung Meunasah Dua"): the words a
# title of its head may print before the head's name ("Kepala Desa Pulo Pineung Mukhtaruddin")
_LOCAL_PLACE_KINDS = ("Desa", "Kelurahan", "Dusun", "Kampung", "Gampong", "Pekon", "Nagari", "Kecamatan", "Kabupaten",
                      "Kota")
_LOCAL_PLACE = re.compile(rf"\b(?:{'|'.join(_LOCAL_PLACE_KINDS)})((?:\s+[A-Z][\w'’-]*){{1,5}})")
_LOCAL_PLACE_KIND = frozenset(fold(kind) for kind in _LOCAL_PLACE_KINDS)


def local_place_names(article: Article) -> frozenset[tuple[str, ...]]:
    """The capitalised words printed after a kind of place anywhere in the article, folded."""
    return frozenset(tuple(fold(word) for word in found.group(1).split())
                     for paragraph in (article.title, *article.paragraphs) for found in _LOCAL_PLACE.finditer(paragraph))


_CONNECTOR = re.compile(r"(?:dan|untuk|of|for|the|and)", re.IGNORECASE)  # inside a name; "di" starts a place after it
_LONGEST_OWN_NAME = 5  # words after a kind's acronym that may finish a body's name: "Maulana Malik Ibrahim"
_ON_BEHALF = re.compile(r"c\.?q|q\.?q", re.IGNORECASE)  # "Kementerian Sekretariat Negara cq. PPKGBK": its unit follows
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,8}")  # KPK, OJK, DPRD, BPJS, PDIP, KemenPAN
# "Badan Pusat Statistik (BPS)": a capitalised name, then its acronym in parentheses
_EXPANSION = re.compile(r"(?P<name>[A-Z][^\W\d_]*(?:[ -](?:[A-Z0-9][^\W_]*|dan|untuk|of|for|and|&)){1,9})\s*"
                        rf"(?:\((?P<acronym>{_ACRONYM.pattern})\)|/(?P<slashed>{_ACRONYM.pattern})\b)")
# After an organisation's acronym, capitalised words with a short name of their own in brackets are the rest of
# the organisation's name, and a name after them is its member's: "Universitas Islam Negeri (UIN) Maulana Malik
# Ibrahim (Maliki) Imam Muslimin". _OWN_NAME: the words and their short name; _SHORT_NAME_THEN_NAME: what follows
# the words.
_OWN_NAME = re.compile(r"(?P<words>(?:[A-Z][\w'-]*\s+){1,5})\((?P<short>[A-Z][\w-]{1,20})\)")
_SHORT_NAME_THEN_NAME = re.compile(r"\s*\([A-Z][\w-]{1,20}\)\s+[A-Z]")
# a short phrase in quotes, every word capitalised: a motto, a programme's or a work's title ("Tata Tengtrem Kerta
# Raharja"), unless it is a nickname ('akrab disapa "Gus Ipul"')
# capitalised words in quotes, double or single ("the 'Red Miners' sit sixth"): a title, a motto or a team's nickname
_QUOTED_TITLE = re.compile(r"[\"“](?P<words>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){1,5})[\"”]"
                           r"|(?<![\w'’])['‘](?P<single>[A-Z][\w-]*(?:\s[A-Z][\w-]*){1,5})['’](?![\w'’])")
_NICKNAME_CUE = re.compile(r"(?:disapa|dipanggil|dikenal|nama|alias|atau|julukan|sapaan|called|known as|dubbed|nicknamed)"
                           r"\s*$", re.IGNORECASE)
# "Saifullah Yusuf atau Gus Ipul", "Joko Widodo (Jokowi)", "yang akrab disapa Gus Ipul"
# "Encep Nurjaman, also known as Hambali"
_NICKNAME_AFTER = re.compile(r"^\s*(?:\(|,?\s+(?:(?:atau|yang)\s+(?:akrab|biasa|karib)\s+(?:disapa|dipanggil)|atau|alias|"
                             r"yang\s+dikenal\s+(?:dengan\s+)?(?:nama\s+)?|(?:also|better|popularly)\s+known\s+as|a\.k\.a\.?)"
                             r"\s+)[\"“]?"  # the alias may be quoted
                             r"(?P<alias>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)(?=[\"”)]|[\s,.;]|$)")


class Resolver:
    def __init__(self, editorial: Editorial):
        self.editorial = editorial
        self.failures: dict[str, str] = {}  # source path → why the code failed on that article (this run)
        self.vocabulary = _vocabulary(editorial)
        self.actors: dict[str, Actor] = {}
        vocabulary = self.vocabulary
        self.index = AliasIndex(name_word=lambda word: not (vocabulary.common(word) or vocabulary.never_a_name(word)
                                                            or vocabulary.is_role_word(word)))
        self.ordinary_words: frozenset[str] = frozenset()  # set by discover()
        known: list[dict] = []
        claimed: dict[str, dict] = {}  # folded name or alias → the known actor it names

        def know(entry: dict) -> None:
            known.append(entry)
            for name in (entry["name"], *entry["aliases"]):
                claimed.setdefault(fold(name), entry)

        for entry in editorial.actors:
            know(dict(name=entry.name, kind=entry.kind, aliases=list(entry.aliases), description=entry.description,
                      wikidata=entry.wikidata))
        # Every country and Indonesian region from the data packages; a registry entry that shares a name with
        # one takes its other names ("Rusia" in actors.yml gains "Federasi Rusia", "Russian Federation").
        packaged = [("country", c.name, c.aliases, None) for c in gazetteer.countries()]
        packaged += [("place", r.name, r.aliases, r.level) for r in gazetteer.indonesian_regions()]
        levels: dict[str, set[str]] = defaultdict(set)  # a region's names → its level ("provinsi")
        for kind, name, aliases, level in packaged:
            names = [n for n in (name, *aliases) if self._usable_place_name(n)]
            owner = next((claimed[fold(n)] for n in names if fold(n) in claimed), None)
            if owner is not None:
                if owner["kind"] in ("country", "place"):
                    owner["aliases"].extend(n for n in names if fold(n) not in claimed)
                    for n in names:
                        claimed.setdefault(fold(n), owner)
                    if owner["kind"] == "place" and level:  # "Jawa Barat" in actors.yml is a province too
                        owner["description"] = owner["description"] or _REGION_LEVEL.get(level)
                        for n in (owner["name"], *names):
                            levels[fold(n)].add(level)
                continue
            if names:
                know(dict(name=names[0], kind=kind, aliases=names[1:], description=_REGION_LEVEL.get(level or ""),
                          wikidata=None))
                if level:
                    for n in names:
                        levels[fold(n)].add(level)
        # a name two regions share ("Bogor", a regency and a city) tells no level
        self.region_levels = {name: next(iter(found)) for name, found in levels.items() if len(found) == 1}
        for entry in known:
            actor = Actor(id=self._new_id(entry["name"]), name=entry["name"], kind=entry["kind"],
                          aliases=tuple(entry["aliases"]), description=entry["description"],
                          wikidata=entry["wikidata"], reviewed=True)
            self.actors[actor.id] = actor
            for alias in (actor.name, *actor.aliases):
                self.index.add(alias, actor.id, person=actor.kind == "person")

    def _usable_place_name(self, name: str) -> bool:
        """A one-word place name that is also a dictionary word ("Malang", "Batu") would match every sentence
        starting with that word: only its longer forms ("Kota Malang") are used."""
        return " " in name or not self.vocabulary.common(name)

    def _new_id(self, name: str) -> str:
        base = slugify(name) or "aktor"
        candidate, n = base, 2
        while candidate in self.actors:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # ---------------------------------------------------------------- discovery (corpus pass)
    def _name_runs(self, paragraph: str, words: list[Word], parts: list[Part], covered: set[int]):
        """Capitalised words not matched by an alias, in runs (same clause, spaces only between them)."""
        run: list[int] = []
        for w, word in enumerate(words):
            usable = word.cap and w not in covered
            if (usable and run and not _spaced(paragraph, words, run[-1], w)
                    and not self._middle_initial(paragraph, words, run, w)):
                yield run
                run = []
            if usable:
                run.append(w)
            elif run:
                yield run
                run = []
        if run:
            yield run

    def _middle_initial(self, paragraph: str, words: list[Word], run: list[int], w: int) -> bool:
        """The run's last word is a middle initial with its full stop, after a given name, and words[w] the
        surname: "George W. Bush" is one name ("Plan B. Officials …" is none: "Plan" is no given name)."""
        return (len(run) >= 2 and _initial(words[run[-1]].text)
                and fold(words[run[-2]].text) in self.vocabulary.person_words
                and _INITIAL_GAP.fullmatch(paragraph, words[run[-1]].end, words[w].start) is not None)

    @staticmethod
    def _leading_local_place(run: list[int], words: list[Word], local_places: frozenset[tuple[str, ...]]) -> int:
        """How many of the run's first words, after a kind of place ("Desa"), are that place's own name, as the
        article prints it elsewhere with other words after it (local_places: local_place_names of the article;
        "Desa Pulo Pineung Meunasah Dua" for "Kepala Desa Pulo Pineung Mukhtaruddin" → 2)."""
        if not run or run[0] == 0 or fold(words[run[0] - 1].text) not in _LOCAL_PLACE_KIND:
            return 0
        folded = tuple(fold(words[w].text) for w in run)
        for n in range(min(len(run) - 1, 4), 0, -1):
            if any(name[:n] == folded[:n] and name[:len(folded)] != folded for name in local_places):
                return n
        return 0

    def _clean_name(self, run: list[int], words: list[Word], recognised: bool, sentence_initial: bool = False,
                    before: tuple[str, ...] = (), after_comma_title: bool = False, whole: bool = False,
                    local_places: frozenset[tuple[str, ...]] = frozenset(), english: bool = False) -> list[int] | None:
        """The name in a run of capitalised words, without the titles, offices, institutions and places printed
        before it ("Wakapolres Kompol Ari Bayuaji", "Jateng Ahmad Luthfi", "Kemenkeu Luky Alfirman").
        recognised: the recogniser tagged exactly these words as a person, so a dictionary word that starts
        them is a given name ("Sri Mulyani"), not a sentence word ("Adapun Dasco");
        sentence_initial: the run starts a sentence, where every word is capitalised;
        before: the capitalised words printed right before the run (when the recogniser's person starts inside
        a longer run);
        after_comma_title: the run follows a title and a comma, where the holder's name starts, so a dictionary
        word that opens it is a given name ("…, Hana Nabilah Azmi");
        whole: the run is a holder's name, whole, unless it opens with a title or a place ("Direktur … (CELIOS)
        Media Wahyu Askar");
        local_places: the article's local_place_names, whose words may stand between a title and a name;
        english: the article is in English, where a place of one word before a surname that ends the name is a
        given name ("Chad Kingsley"), as English puts no place between a title and a name."""
        vocabulary = self.vocabulary
        cues = vocabulary.cues
        surname_first = False
        first_word = run[0] if run else None
        if len(run) > 1 and run[0] > 0 and vocabulary.is_role_word(words[run[0] - 1].text + words[run[0]].text):
            run = run[1:]  # the recogniser's "Saintek Brian Yuliarto" after "Mendikti": the title's second half
        titled = [k for k in range(1, len(run) - 2) if vocabulary.is_role_word(words[run[k]].text)]
        if titled and not (vocabulary.english_phrase_word(words[run[-1]].text)
                           and fold(words[run[titled[-1] + 1]].text) not in vocabulary.person_words):
            # "Ontario Fire Chief Ray Gayk", "U.S. District Judge James Spencer": the name after the last title;
            # not "Alabama State Diagnostic Laboratory", words of a body's name after a title's word
            run = run[titled[-1] + 1:]
        closing = [k for k in range(1, len(run) - 2) if vocabulary.english_head(words[run[k]].text)
                   and fold(words[run[k + 1]].text) in vocabulary.person_words]
        if closing:
            run = run[closing[-1] + 1:]  # "Balboa Estate Yohanes Setiawan": the English word ends the company's name
        if run and _AGE_WORD.fullmatch(words[run[0]].text):
            run = run[1:]  # "Thirty-nine-year-old Encep Nurjaman": the age the sentence opens with, capitalised
        after_rank = bool(run) and run[0] > 0 and fold(words[run[0] - 1].text) in cues.ranks
        while run:
            text = words[run[0]].text
            folded = fold(text)
            if after_rank and folded in cues.rank_forces:
                run = run[1:]  # "Inspektur Jenderal Polisi Muhammad Iqbal": the force's name ends the rank
                after_rank = False
                continue
            after_rank = folded in cues.ranks
            if folded in cues.not_names:
                if len(run) == 2 and _ASIAN_GIVEN_NAME.fullmatch(words[run[1]].text):
                    surname_first = True  # "Pak Jong-chun": a surname, not the honorific "Pak"
                    break
            elif vocabulary.is_role_word(text) and len(run) > 1 \
                    and vocabulary.is_role_word(text + words[run[1]].text):
                run = run[1:]  # "Mendikti Saintek Brian Yuliarto": one title (Mendiktisaintek) printed in two
            elif len(run) > 2 and f"{folded} {fold(words[run[1]].text)}" in vocabulary.two_word_roles:
                run = run[1:]  # "District Magistrate Anshul Agarwal": a title of two words, the first no title alone
            elif not (vocabulary.is_role_word(text) or vocabulary.is_head(text)
                      or _ACRONYM.fullmatch(text) or (len(text) > 1 and text.isupper())):
                places = (vocabulary.leading_place([words[w].text for w in run])
                          or self._leading_local_place(run, words, local_places))
                if not places or (english and places == 1 and len(run) == 2
                                  and vocabulary.surname_like(words[run[1]].text)):
                    break
                run = run[places - 1:]
            run = run[1:]
        if not run:
            return None
        heads = [k for k in range(len(run) - 2) if vocabulary.organisation_by_form(fold(words[run[k]].text))]
        if heads:
            run = run[heads[-1] + 1:]  # "Instruktur Persib Bojan Hodak": the holder's name after the body's
        if (sentence_initial and len(run) >= 2 and run[0] == first_word and fold(words[run[0]].text) in
                self.ordinary_words and vocabulary.english_phrase_word(words[run[0]].text)):
            # "Carrier AirAsia said …", "Resident Rajasimhan told …": a common English word the sentence capitalised,
            # which the corpus prints in lower case too ("Neil", "Larry", as common, it never does)
            run = run[1:]
        # a word the annotators read as a name more often than not is a given name, a dictionary's too, before a
        # name the dictionary does not hold ("Hasan Nasbi"; not "Asta Cita", a programme's two dictionary words)
        uncommon = [not vocabulary.common(words[w].text) for w in run]
        first_name = next((k for k, w in enumerate(run) if uncommon[k]
                           or (fold(words[w].text) in vocabulary.person_words and any(uncommon[k + 1:]))), None)
        after_title = run[0] > 0 and vocabulary.is_role_word(words[run[0] - 1].text)
        if (first_name and run[0] > 0 and fold(words[run[0] - 1].text) in cues.ranks and len(run) >= 2
                and not any(vocabulary.never_a_name(words[w].text) for w in run)):
            first_name = 0  # "AKBP Ananda Fauzi Harahap": after a rank the whole run is the name
        if (first_name and whole and run[0] == first_word and len(run) >= 2
                and not any(vocabulary.never_a_name(words[w].text) or vocabulary.is_head(words[w].text)
                            or vocabulary.is_place([words[w].text], major=True) for w in run)):
            first_name = 0
        if (recognised and len(run) >= 2 and not (sentence_initial and run[0] == first_word and first_name)
                and not (after_title and first_name and fold(words[run[0]].text) not in vocabulary.person_words)
                and not any(fold(words[w].text) in self.ordinary_words for w in run)):
            # mid-sentence, the recogniser's person is the name even when its words are also dictionary words
            # ("Puan Maharani", "Johanis Tanak", "Agung Nugroho"), unless the corpus uses one of them as a word
            first_name = 0
        if (first_name and after_comma_title and run[0] == first_word and len(run) >= 3
                and not any(fold(words[w].text) in self.ordinary_words or vocabulary.never_a_name(words[w].text)
                            for w in run[:first_name])):
            first_name = 0
        if first_name is None:
            if not (recognised and len(run) >= 2 and all(vocabulary.is_root(words[w].text) and fold(words[w].text)
                                                         not in self.ordinary_words for w in run)):
                return None
            first_name = 0  # "Bayu Adikara": dictionary words the recogniser reads as a name, never used as words
        start = first_name
        if len(run) - first_name < 2:
            if (first_name == 0 or not recognised or vocabulary.is_role_word(words[run[first_name - 1]].text)
                    or not vocabulary.is_root(words[run[first_name - 1]].text)
                    or fold(words[run[first_name - 1]].text) in self.ordinary_words):
                return None  # one word after a title ("Presiden Jokowi"): a mononym, not discovered
            start = first_name - 1  # "Sri Mulyani": a given name that is also a dictionary word
        elif first_name and recognised and all(vocabulary.is_root(words[w].text)
                                               and fold(words[w].text) not in self.ordinary_words
                                               for w in run[:first_name]):
            start = 0  # the recogniser read the root words before as part of the name: "Sri Mulyani Indrawati"
        name = run[start:]
        for k in range(len(name) - 2, -1, -1):
            if (_ROMAN.fullmatch(words[name[k]].text) and (k or before or name[0] != first_word)
                    and fold(words[name[k + 1]].text) not in cues.balinese_names):
                # "Teradu I Muhammad Afifuddin": a numbered label before the name; not "AKBP I Made Parwita"
                name = name[k + 1:]
                break
        for k, w in enumerate(name):
            if _JOINED_NAME.search(words[w].text):
                name = name[:k]  # "Prabowo Subianto-Gibran Rakabuming": two people joined, not one name
                break
        while len(name) > 2 and vocabulary.is_place([words[name[-1]].text], major=True):
            name = name[:-1]  # "Inten Suwono Bogor": the place after the name
        # what follows a name without being part of it: a degree ("PhD"), an initial cut off ("Tawfiq F."), a
        # numeral ("Pansus V")
        while name and (fold(words[name[-1]].text) in cues.degrees or _ROMAN.fullmatch(words[name[-1]].text)
                        or len(words[name[-1]].text) == 1):
            name = name[:-1]
        if not name:
            return None
        if any(not words[w].text[0].isupper() for w in name):
            return None  # "Rivola kepadaTNT": words glued by a scraper
        checked = name[1:] if surname_first else name
        if (len(checked) >= 2 and fold(words[checked[0]].text) in vocabulary.person_words
                and vocabulary.english_phrase_word(words[checked[-1]].text)):
            checked = checked[:-1]  # "Michelle King", "John Major": a given name, then a surname that is an office
        if not 2 <= len(name) <= 4 or any(vocabulary.never_a_name(words[w].text) or vocabulary.is_role_word(
                words[w].text) or any(ch.isdigit() for ch in words[w].text) for w in checked):
            return None
        if vocabulary.is_place([words[w].text for w in name]):
            return None
        last = fold(words[name[-1]].text)
        if last in cues.not_person_tails:
            return None  # "Mekong River", "Marikina City": a place; "Fisheries Act", "World Cup": a law, an event
        if self._names_what_follows(name, words):
            return None
        if len(name) >= 3 and all(fold(words[w].text) in self.ordinary_words for w in name[-2:]):
            return None  # "Taruna Siaga Bencana": a phrase whose last words the corpus prints as words, no surname
        return name

    def _names_what_follows(self, name: list[int], words: list[Word]) -> bool:
        """The word right after the name makes it the name of a feature or a body: "Funan Techo canal", "Alabama
        Cattlemen's Association"."""
        vocabulary = self.vocabulary
        following, possessive = name[-1] + 1, False
        if (following < len(words) and words[following].text in ("s", "S")
                and words[following].start == words[following - 1].end + 1):
            following, possessive = following + 1, True  # the possessive's "s", after its apostrophe
        if following >= len(words) or words[following].start != words[following - 1].end + 1:
            return False  # the name ends its sentence or its clause
        folded = fold(words[following].text)
        # a capitalised body after a possessive ("Cattlemen's Association"), not a person's office ("Kishida's office")
        return folded in vocabulary.cues.place_tails or (possessive and words[following].cap
                                                         and vocabulary.organisation_word(folded))

    def _apposed_office(self, paragraph: str, title_start: int, end: int, prefix: list[str]) -> bool:
        """"Anselmus Menge, mantan Ketua Kelompok Tani Fa Masa, menceritakan": an office in apposition to the name
        before it, ending at the comma, names the holder before it; the words after its organisation word are the
        organisation's name, not a second person."""
        if not any(self.vocabulary.is_role_word(w) for w in prefix) or not any(self.vocabulary.is_head(w)
                                                                                for w in prefix):
            return False
        opening = re.search(r"[A-Za-z\u00c0-\u024f'’.]\s*,\s*(?:(?:mantan|eks|selaku|sebagai|juga|yang juga|"
                            r"sekaligus)\s+)*\Z", paragraph[:title_start])
        # closed by a comma and the sentence going on ("…, menceritakan"), not by the next item of a list
        # ("…, Kepala Kejaksaan Tinggi Bali Ketut Sumedana, dan para kepala daerah")
        closing = re.match(r"\s*(?:\)|,\s*(?!(?:dan|serta|atau|and|or)\b)[a-z])", paragraph[end:])
        return bool(opening) and bool(closing)

    def _named_thing(self, prefix: list[str]) -> bool:
        """The words printed before a name make it the name of a thing: an organisation word or a name head
        ("PT", "Bank", "Jalan", "Kelompok") followed by dictionary words only ("Serikat Pekerja Taru Martani",
        "Bank Mega Syariah", "Jalan Ahmad Yani"). A place, an acronym or a proper name after the head closes the
        thing's name ("Universitas Indonesia Budi Santoso", "PT Pertamina Simon Mantiri"); after a title, the
        name is its holder's ("Direktur Departemen Industri Amunisi Jo Chun Ryong")."""
        vocabulary = self.vocabulary
        headed = False
        for k, text in enumerate(prefix):
            if vocabulary.is_role_word(text):
                return False
            elif vocabulary.organisation_by_form(fold(text)):
                headed = False  # a body's own short name ("Persib", "Kemenkominfo") closes the thing's name
            elif vocabulary.is_head(text):
                # an English organisation word after a proper name ends the name ("Balboa Estate", "Lippo Group")
                headed = not (k and vocabulary.english_head(text) and not vocabulary.is_head(prefix[k - 1]))
            elif headed and (_ACRONYM.fullmatch(text) or text.isupper() or vocabulary.is_place([text])
                             or not vocabulary.common(text)):
                headed = False
        return headed

    def discover(self, articles: list[Article], recognised: dict[str, tuple | None] | None = None,
                 cache: AnalysisCache | None = None, digests: list[str] | None = None
                 ) -> dict[str, list[tuple[str, str]]]:
        """recognised: recognise(article) by source path, when computed already (the pipeline does it on every
        core); else computed here. cache, digests: each article's part from an earlier run (`_discover_in`),
        under the same registry and ordinary words; digests: the articles' digests."""
        candidates: dict[tuple[str, ...], _Candidate] = defaultdict(_Candidate)
        organisations: dict[tuple[str, ...], Counter] = defaultdict(Counter)  # key → surfaces
        acronyms: dict[tuple[str, ...], Counter] = defaultdict(Counter)  # expansion key → its acronyms
        nicknames: list[tuple[str, str]] = []  # (full name as printed, nickname)
        vocabulary = self.vocabulary
        self.ordinary_words = ordinary_words(articles)
        keys = _article_keys(cache, "discover", self.state_digest() if cache else "", digests or [])
        per_article = _cached(cache, keys, articles, _guarded(
            lambda article: self._discover_in(article, recognised[article.source_path] if recognised is not None
                                              else recognise(article)),
            _Discovered, self.failures, "Discovering the actors"))
        for found in per_article:  # merged in the articles' order: the same as reading them one after another
            for key, local in found.candidates.items():
                candidates[key].merge(local)
            for key, surfaces in found.organisations.items():
                organisations[key].update(surfaces)
            for key, found_acronyms in found.acronyms.items():
                acronyms[key].update(found_acronyms)
            nicknames.extend(found.nicknames)

        examples = {}
        people_keys = []
        for key in sorted(candidates):
            candidate = candidates[key]
            if key in self.index:
                continue
            # the recogniser's reading, outvoted only by titles and speech verbs around the name
            if not (candidate.ner_person or candidate.unrecognised_language or candidate.evidence > candidate.ner_other):
                continue
            if candidate.ner_other > candidate.ner_person + candidate.evidence:
                continue
            if not candidate.evidence and candidate.ner_person + candidate.unrecognised_language < 2:
                continue
            if candidate.named_thing and candidate.named_thing >= candidate.evidence:
                continue  # also printed as the name of a company, a street, a group ("PT Taru Martani")
            if candidate.in_title > candidate.evidence:
                continue  # printed as a title in quotes more often than a title or a speech verb names a person
            english = sum(vocabulary.english_phrase_word(word) for word in key)
            if english == len(key) or english >= 2:
                continue  # "Consumer Reports", "Political Review"; "Acme Traffic Index": a product or a ranking
            if vocabulary.english_phrase_word(key[-1]) and all(vocabulary.common(word) and word not in
                                                               vocabulary.person_words for word in key[:-1]):
                continue  # "Syariah Card", "Halal Card": an Indonesian word and an English noun, a product
            people_keys.append(key)
        # a phrase or a species the corpus also prints with its last word in lower case ("brown pelicans",
        # "Arctictis binturong", "critically endangered"): a person's surname is never printed so
        lowered = _printed_with_a_lower_case_tail(articles, {key[-2:] for key in people_keys if len(key) >= 2})
        people_keys = [key for key in people_keys if key[-2:] not in lowered]
        merged_into = _merge_partial_names(people_keys, [AliasIndex.key(a.name) for a in self.actors.values()
                                                          if a.kind == "person"])
        for variant, spelling in _spelling_variants(people_keys, {k: sum(candidates[k].surfaces.values())
                                                                  for k in people_keys},
                                                          vocabulary.cues.name_forms).items():
            merged_into.setdefault(variant, merged_into.get(spelling, spelling))
        accepted = set(people_keys)
        for full, nickname in sorted(set(nicknames)):  # "Gus Ipul" is Saifullah Yusuf, not a person of its own
            full_key, nickname_key = AliasIndex.key(full), AliasIndex.key(nickname)
            if nickname_key in accepted and nickname_key != full_key and (full_key in accepted or full_key in self.index):
                merged_into.setdefault(nickname_key, merged_into.get(full_key, full_key))
        for key in people_keys:
            if key in merged_into:
                continue
            candidate = candidates[key]
            name = min(candidate.surfaces, key=lambda s: (-candidate.surfaces[s], s))
            actor = Actor(id=self._new_id(name), name=name, kind="person", reviewed=False)
            self.actors[actor.id] = actor
            for surface in sorted(candidate.surfaces):
                self.index.add(surface, actor.id)
            examples[actor.id] = candidate.examples
        # partial names and nicknames point at their person
        for key, target_key in sorted(merged_into.items()):
            target = self.index.actor_for(target_key)
            if target:
                for surface in sorted(candidates[key].surfaces):
                    self.index.add(surface, target)
        for full, nickname in sorted(set(nicknames)):
            target = self.index.actor_for(AliasIndex.key(full))
            if target and self.actors[target].kind == "person":
                self.index.add(nickname, target, person=True)

        given_names = {person[0] for person in accepted if len(person) >= 2}
        branch_kinds = self._branch_kinds(organisations)
        # "Kementerian ESDM" is "Kementerian Energi dan Sumber Daya Mineral (ESDM)": its organisation word and the
        # acronym of a name that opens with the same word
        spelled = {(key[0], fold(acronym)): key for key in sorted(organisations) for acronym in acronyms.get(key, ())
                   if len(key) > 2}
        short_forms = {key: spelled[key] for key in organisations if len(key) == 2 and key in spelled}
        # one body printed with and without its country's form ("Pemerintah RI", "Pemerintah Republik Indonesia"):
        # one page, named as printed most often
        printed = {key: sum(organisations[key].values()) for key in organisations}
        by_form = defaultdict(list)
        for key in organisations:
            by_form[_state_form(key)].append(key)
        known = {_state_form(AliasIndex.key(actor.name)): AliasIndex.key(actor.name)
                 for actor in self.actors.values() if actor.kind == "organisation"}
        for form, keys in by_form.items():
            if len(form) < 2 or (form not in known and len(keys) < 2):
                continue
            # the registry's page ("Kepolisian Negara Republik Indonesia"), else the form printed most often
            main = known.get(form) or min(keys, key=lambda k: (-printed[k], -len(k), k))
            short_forms.update({key: main for key in keys if key != main and key not in short_forms})
        # a body named with and without its country after it ("Bank Negara Malaysia", "Bank Negara"): one page, by the
        # whole name, when one name only is the shorter one with a country
        countries = {AliasIndex.key(n) for a in self.actors.values() if a.kind == "country" for n in (a.name, *a.aliases)}
        longest_country = max(map(len, countries), default=0)
        with_country = defaultdict(list)
        for key in organisations:  # each tail of the name looked up, not each country's name tried on it
            for size in range(1, min(longest_country, len(key) - 2) + 1):
                if key[-size:] in countries and key[:-size] in organisations:
                    with_country[key[:-size]].append(key)
        for short, keys in sorted(with_country.items()):
            if len(keys) == 1 and short not in short_forms and keys[0] not in short_forms:
                short_forms[short] = keys[0]

        def page_name(key: tuple[str, ...]) -> str | None:
            """The name of the page an organisation printed so gets, or None when it gets none."""
            if key in self.index or key in accepted:
                return None
            if any(key[-len(person):] == person for person in accepted if len(person) < len(key)):
                return None  # "Departemen Industri Amunisi Jo Chun Ryong": an office and its holder, not one name
            if key[-1] in given_names and not vocabulary.common(key[-1]):
                return None  # "Kabinet Teddy", "Ditjen Pendis Arskal": an office and the given name of its holder
            surfaces = organisations[key]
            name = min(surfaces, key=lambda s: (-surfaces[s], s))
            if self._kind_of_body(name):
                return None  # "Kantor Pelayanan Pajak", "Sekolah Dasar Negeri": one in every town, which is not said
            if key in branch_kinds:
                return None  # "Pengadilan Tipikor", printed elsewhere as "Pengadilan Tipikor Jakarta", "… Jayapura"
            return name

        # "Kejati Jakarta" is "Kejaksaan Tinggi Jakarta", when that gets a page
        for key, full in _syllabic_short_forms(sorted(organisations), ner.dictionary()).items():
            if key not in short_forms and full not in short_forms and page_name(full):
                short_forms[key] = full
        for key in sorted(organisations):
            if key in short_forms:
                continue
            name = page_name(key)
            if name is None:
                continue
            surfaces = organisations[key]
            actor = Actor(id=self._new_id(name), name=name, kind="organisation", reviewed=False)
            self.actors[actor.id] = actor
            for surface in sorted(surfaces):
                self.index.add(surface, actor.id)
            for acronym in sorted(acronyms.get(key, ())):
                if AliasIndex.key(acronym) not in self.index:
                    self.index.add(acronym, actor.id)
        for key, full in sorted(short_forms.items()):
            target = self.index.actor_for(full)
            if target and key not in self.index:
                for surface in sorted(organisations[key]):
                    self.index.add(surface, target)
        return examples

    def _discover_in(self, article: Article, entities) -> _Discovered:
        """What one article tells discovery: its name candidates with their evidence, its organisation names and
        acronyms, its nicknames. Depends on the article, the registry and the corpus' ordinary words only."""
        found = _Discovered()
        candidates, organisations, acronyms, nicknames = (found.candidates, found.organisations, found.acronyms,
                                                          found.nicknames)
        vocabulary = self.vocabulary
        local_places = local_place_names(article)
        paragraph_words = []  # each paragraph's words, read again once the article's names are known
        for number, paragraph in enumerate(article.paragraphs):
            words, parts = tokenize(paragraph)
            paragraph_words.append(words)
            matches = self._matches(paragraph, parts, article.language)
            covered = {parts[k].word: actor_id for i, j, actor_id in matches for k in range(i, j)}  # word → actor
            recognised_here = entities[number] if entities is not None else None
            people = [e for e in recognised_here or () if e.kind == "person"]
            # a place or institution that runs over a known name ("Korea Selatan Chang Ho-jin") says nothing
            # about the words after it
            known_spans = [(parts[i].start, parts[j - 1].end) for i, j, _ in matches]
            others = [e for e in recognised_here or () if e.kind != "person"
                      and not any(s < e.end and e.start < t for s, t in known_spans)]
            runs = list(self._name_runs(paragraph, words, parts, covered))
            rule_runs = len(runs)
            expansions = list(self._expansions(paragraph))
            quoted_titles = [found.span("words" if found.group("words") else "single")
                             for found in _QUOTED_TITLE.finditer(paragraph)
                             if not _NICKNAME_CUE.search(paragraph, 0, found.start())]
            # the recogniser's people, each a run of its own: it tells where a name starts and ends
            named_people = []  # the recogniser's people of two words or more
            for entity in people:
                inside = [w for w, word in enumerate(words) if entity.start <= word.start and word.end <= entity.end
                          and word.cap and w not in covered]
                if len(inside) >= 2:
                    named_people.append(entity)
                # one run per stretch of words with only spaces and known names between ("Biro Kemenkeu
                # Rahmad Widyantoro": one; "Rivola kepadaTNT Sportsdi": two)
                stretches = []
                for w in inside:
                    if (stretches and all(k in covered for k in range(stretches[-1][-1] + 1, w))
                            and _spaced(paragraph, words, w - 1, w)):
                        stretches[-1].append(w)
                    else:
                        stretches.append([w])
                runs.extend(stretch for stretch in stretches if stretch not in runs)
            for run_number, run in enumerate(runs):
                whole = (words[run[0]].start, words[run[-1]].end)
                exact = any((e.start, e.end) == whole for e in people)
                gap = max((k for k in range(1, len(run)) if run[k] != run[k - 1] + 1), default=0)
                if gap:  # a known name inside the recogniser's run ("Biro Kemenkeu Rahmad Widyantoro"): the
                    # person's name is after it
                    run = run[gap:]
                    exact = exact or any(e.start <= words[run[0]].start and e.end == whole[1] for e in people)
                if run_number < rule_runs and not exact and any(e.start < whole[1] and whole[0] < e.end
                                                           for e in named_people):
                    continue  # the recogniser's own run of these words says where the name is
                if (not exact and len(run) >= 4 and any(vocabulary.is_head(words[r].text) for r in run[:-2])
                        and self._given_name_before_surname(words[run[-2]], words[run[-1]], people)):
                    run = run[-2:]  # "Sekretaris Ditjen Pendis Arskal Salim": the office's body, then the holder
                first = words[run[0]].start
                before = []  # the capitalised words printed right before the run, in one run with it
                k = run[0] - 1
                while k >= 0 and words[k].cap and k not in covered and _spaced(paragraph, words, k, k + 1):
                    before.insert(0, words[k].text)
                    k -= 1
                printed_from = words[k + 1].start  # where the capitalised words (titles included) begin
                # "Ketua SPPG Cigunung, Hana Nabilah Azmi": a title, a comma, then the holder's whole name
                opened_at = paragraph[sentence_start(paragraph, printed_from):printed_from]
                after_comma_title = (opened_at.rstrip().endswith(",")
                                     and not any(vocabulary.is_role_word(w) or vocabulary.is_head(w) for w in before)
                                     and role_before(paragraph, printed_from, vocabulary) is not None)
                # "Direktur … Studies (CELIOS) Media Wahyu Askar": after a title, its organisation and the
                # organisation's acronym, the capitalised words are the holder's name, whole
                after_acronym = self._after_acronym(paragraph, printed_from, words[run[-1]].end, expansions)
                holder_from_before = after_comma_title or (after_acronym == "holder"
                                                           and all(map(vocabulary.common, before)))
                if holder_from_before and before:  # the recogniser's name starts inside the holder's name
                    run, before, exact = [*range(k + 1, run[0]), *run], [], False
                # an age in brackets after the words says they are a person's name as surely as the recogniser
                # does ("Endang Sulastri (41), pemilik …": "Endang", a dictionary's word, is her given name)
                aged = _AGE_IN_BRACKETS.match(paragraph, words[run[-1]].end) is not None
                name = self._clean_name(run, words, exact or aged,
                                        sentence_initial=not _sentence_before(paragraph, first),
                                        before=tuple(before), after_comma_title=after_comma_title,
                                        whole=after_acronym == "holder", local_places=local_places,
                                        english=article.language == "en")
                if name is None:
                    continue
                k = name[0] - 1
                if (k >= 0 and words[k].text in ("I", "Ni") and k not in covered
                        and fold(words[name[0]].text) in vocabulary.cues.balinese_names):
                    name = [k, *name]  # "AKBP I Nyoman Sudarsana": the recogniser left out the "I"
                start, end = words[name[0]].start, words[name[-1]].end
                if any(s <= start and end <= e for s, e in quoted_titles):
                    candidate = candidates[AliasIndex.key(paragraph[start:end])]
                    candidate.in_title += 1  # words of a motto or a title in quotes: "Tata Tengtrem Kerta Raharja"
                    continue
                if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _, _ in expansions):
                    continue  # "Indonesia Political Review (IPR)": words of a longer name with its acronym
                surface = paragraph[start:end]
                key = AliasIndex.key(surface)
                candidate = candidates[key]
                if after_acronym == "organisation" and (
                        (printed_from < start and vocabulary.common(paragraph[printed_from:start].split()[0]))
                        or _SHORT_NAME_THEN_NAME.match(paragraph[end:])):
                    candidate.named_thing += 1  # "Badan Pengelola Investasi (BPI) Daya Anagata Nusantara"
                    continue
                printed_before = before + [words[w].text for w in run if w < name[0]]  # titles, bodies, places
                if (printed_before[:1] == ["The"]
                        or _DEFINITE_ARTICLE_AT_END.search(paragraph, max(0, printed_from - 8), printed_from)):
                    candidate.named_thing += 1  # "the Weda Bay Nickel concession": English names no one so
                    continue
                if self._named_thing(printed_before):
                    candidate.named_thing += 1
                    continue
                if self._apposed_office(paragraph, printed_from, end, printed_before):
                    candidate.named_thing += 1
                    continue
                comma = re.match(r"\s*,\s*", paragraph[end:])
                title = comma and any(e.start == end + comma.end() for e in people) and role_before(
                    paragraph, start, vocabulary)
                if title and all(w[:1].isupper() for w in title.split()[1:]):
                    candidate.named_thing += 1  # "pelatih West Ham, Nuno Espirito Santo": the title's club,
                    continue  # and the person after the comma holds the title
                candidate.surfaces[surface] += 1
                candidate.articles.add(article.source_path)
                if recognised_here is None:
                    candidate.unrecognised_language += 1
                elif any(e.start < end and start < e.end for e in people):
                    candidate.ner_person += 1
                elif any(e.start < end and start < e.end for e in others):
                    candidate.ner_other += 1
                titled = name[0] > 0 and vocabulary.is_role_word(words[name[0] - 1].text)  # "AKBP Hendra Wiguna"
                # or a title, then the body it is held in: "Manager Operasional Balboa Estate Yohanes Setiawan"
                titled = titled or bool(printed_before and vocabulary.is_role_word(printed_before[0])
                                        and fold(words[name[0]].text) in vocabulary.person_words)
                # a title and a speech verb are two pieces of evidence: each outvotes one reading as a place
                candidate.evidence += bool(titled or role_before(paragraph, start, vocabulary)
                                           or role_after(paragraph, end, vocabulary)
                                           or _person_by_context(paragraph, start, end, vocabulary))
                candidate.evidence += bool(_says_before(paragraph, start, vocabulary)
                                           or _says_after(paragraph, end, vocabulary))
                nickname = _NICKNAME_AFTER.match(paragraph[end:])
                alias = nickname.group("alias") if nickname else ""
                # two initials or a numeral ("Danny Praditya (DP)", "Iswan Ibrahim (II)") name other things across a
                # corpus: not an alias; three ("AHY", "HNW") are the person's own
                # the wire after its reporter's name is the story's source: "by Jane Roe (Reuters)"
                # nor is a common English word or two: "Assam Rifles (South)" is a unit's sector, and "South" in
                # "South Florida" no name of it
                if (alias and not vocabulary.common(alias.split()[-1]) and fold(alias) not in vocabulary.not_nicknames
                        and not (alias.isupper() and (len(alias) <= 2 or _ROMAN.fullmatch(alias)))
                        and not all(vocabulary.english_phrase_word(word) for word in alias.split())):
                    nicknames.append((surface, alias))
                if len(candidate.examples) < 3:
                    following = SENTENCE_END.search(paragraph, end)
                    example = (article.source_path,
                               paragraph[sentence_start(paragraph, start):following.start() + 1 if following else None])
                    if example not in candidate.examples:
                        candidate.examples.append(example)
            self._organisations_in(paragraph, words, covered, people, expansions, organisations, acronyms)
        self._evidence_by_surname(article, candidates, paragraph_words)
        return found

    def _evidence_by_surname(self, article: Article, candidates: dict, paragraph_words: list[list[Word]]) -> None:
        """A name printed whole once with nothing about it, then by its last word alone with a speech verb ("Elon
        Musk meluncurkan …" / "…," kata Musk): the surname's speech verb is the whole name's evidence."""
        vocabulary = self.vocabulary
        unproven = {key[-1]: candidate for key, candidate in candidates.items()
                    if len(key) >= 2 and not candidate.evidence and candidate.ner_person
                    and not vocabulary.common(key[-1])}
        if not unproven:
            return
        for paragraph, words in zip(article.paragraphs, paragraph_words):
            for k, word in enumerate(words):
                candidate = unproven.get(fold(word.text)) if word.cap else None
                if (candidate is None or candidate.evidence
                        or (k > 0 and words[k - 1].cap and _spaced(paragraph, words, k - 1, k))
                        or (k + 1 < len(words) and words[k + 1].cap and _spaced(paragraph, words, k, k + 1))):
                    continue  # the surname alone, not inside a longer name ("Munir Said Thalib": no "said Thalib";
                    # "kata Simatupang Institute")
                # "kata Musk", or "Musk mengatakan" opening its sentence or clause ("PLN cabang Pulungkencana
                # menjelaskan": a branch's place, its body speaking)
                opening = _sentence_before(paragraph, word.start)
                if (_says_before(paragraph, word.start, vocabulary)
                        or ((not opening or opening.endswith(",")) and _says_after(paragraph, word.end, vocabulary))):
                    candidate.evidence += 1

    def _given_name_before_surname(self, word: Word, surname: Word, people: list[ner.Entity]) -> bool:
        """The recogniser tagged `surname` alone as a person, and the capitalised word before it is a proper name,
        not a dictionary word, an acronym or an organisation word: the person's given name, which the recogniser
        read as the end of the body named before ("Ditjen Pendis Arskal Salim")."""
        vocabulary = self.vocabulary
        return (not vocabulary.common(word.text) and not word.text.isupper()
                and not vocabulary.organisation_word(fold(word.text))
                and not vocabulary.is_role_word(word.text)
                and any(e.start == surname.start and e.end == surname.end for e in people))

    def _after_acronym(self, paragraph: str, at: int, end: int, expansions: list) -> str | None:
        """What the capitalised words from `at` to `end` are when they follow an organisation's name and acronym
        directly: after a title ("Penasihat Gereja Bethel Injili Nusantara (GBIN) Pendeta John Lokollo"), its
        "holder"; else, or when the holder follows after a comma ("CEO Badan … (BPI) Daya Anagata Nusantara
        (Danantara), Rosan Roeslani"), more of the "organisation"'s name, when they open with a dictionary word
        ("… mencakup Badan Pengelola Investasi (BPI) Daya Anagata Nusantara"); None when no acronym is there."""
        for start, name_end, name, acronym in expansions:
            if not (self.vocabulary.is_head(name.split()[0])
                    and re.fullmatch(rf"\s*\({re.escape(acronym)}\)\s*", paragraph[name_end:at])):
                continue
            if (_SHORT_NAME_THEN_NAME.match(paragraph[end:])
                    or role_before(paragraph, start, self.vocabulary) is None
                    or re.match(r"\s*(?:\([^()]{1,40}\))?\s*,\s*[A-Z]", paragraph[end:])):
                return "organisation"
            return "holder"
        return None

    def _branch_kinds(self, organisations: dict) -> set[tuple[str, ...]]:
        """The names of a body with a branch in many places ("Pengadilan Tipikor"): a branch head's name, with no
        place of its own, that the corpus also prints with a place after it ("Pengadilan Tipikor Palembang").
        Printed bare, which branch is meant is not said."""
        vocabulary = self.vocabulary
        with_place = set()
        for key in organisations:
            for n in range(2, len(key)):
                if vocabulary.is_place(list(key[n:]), major=True):
                    with_place.add(key[:n])
        return {key for key in with_place if key in organisations and key[0] in vocabulary.cues.branch_heads
                and not any(vocabulary.is_place(list(key[i:j])) for i in range(1, len(key))
                            for j in range(i + 1, len(key) + 1))}

    def _kind_of_body(self, name: str) -> bool:
        """A kind of body there is one of in every town ("Kantor Pelayanan Pajak", "Dinas Pekerjaan Umum dan
        Penataan Ruang"): a branch head and ordinary words only, no place, proper name, number or marker of the one
        national body ("Kantor Staf Presiden"). A place of one word that is also a dictionary word ("Negara" in
        "Kekayaan Negara") counts only with the words around it ("Kota Malang")."""
        vocabulary = self.vocabulary
        cues = vocabulary.cues
        words = name.split()
        if len(words) < 2 or fold(words[0]) not in cues.branch_heads:
            return False
        rest = words[1:]
        if any(fold(word) in cues.unique_markers or not vocabulary.common(word) for word in rest
               if fold(word) not in ("dan", "&")):
            return False
        return not any(vocabulary.is_place(rest[i:j], major=True)
                       for i in range(len(rest)) for j in range(i + 2, min(i + 3, len(rest)) + 1))

    def _expansions(self, paragraph: str):
        """(start, end, name, acronym) of each name printed with its acronym: "Badan Pusat Statistik (BPS)",
        "Foreign Direct Investment/FDI". The name starts at the word whose initial is the acronym's ("Kepala
        Badan Pusat Statistik (BPS)"), or at the organisation word before it ("Kementerian Energi dan Sumber Daya
        Mineral (ESDM)")."""
        vocabulary = self.vocabulary
        for found in _EXPANSION.finditer(paragraph):
            acronym = found.group("acronym") or found.group("slashed")
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", found.group("name"))]
            name_words = [found.group("name")[a:b] for a, b in spans]
            if found.group("slashed"):
                # "Foreign Direct Investment/FDI" only when the initials spell it: a slash also separates two
                # names ("PT IG/PT IAE")
                # (each part of a hyphenated word has its initial: "Socio-Economic Research/SER")
                initials = [(k, part[0]) for k, w in enumerate(name_words) for part in w.split("-") if part[:1].isupper()]
                n = len(acronym)
                if len(initials) < n or "".join(letter for _, letter in initials[-n:]) != acronym:
                    continue
                start = initials[-n][0]
            else:
                start = next((k for k, w in enumerate(name_words)
                              if w[0] == acronym[0] and not vocabulary.is_role_word(w)), None)
            if start is None:
                continue
            if start and vocabulary.organisation_word(fold(name_words[start - 1])):
                start -= 1
            # an organisation word further on begins the organisation; the words before it are a unit or a
            # title ("Perumahan Perdesaan Kementerian Perumahan dan Kawasan Permukiman (PKP)")
            later = [k for k in range(start + 1, len(name_words) - 1)
                     if vocabulary.organisation_word(fold(name_words[k]))
                     and not vocabulary.organisation_word(fold(name_words[k - 1])) and vocabulary.common(name_words[k])
                     and not PLACE_PREFIX.fullmatch(name_words[k])]
            if later and not vocabulary.organisation_word(fold(name_words[start])):
                start = later[0]
            offset = found.start("name")
            yield (offset + spans[start][0], offset + spans[-1][1], " ".join(name_words[start:]), acronym)

    def _second_organisation(self, words: list[Word], k: int, covered: dict[int, str]) -> bool:
        """The capitalised words from k on, after a "dan", name an organisation of their own: an acronym, a known
        name, or an organisation word among them ("Polres Kampar dan Intel Kodim")."""
        vocabulary = self.vocabulary
        if k < len(words) and (words[k].text.isupper() or k in covered):
            return True
        while k < len(words) and words[k].cap:
            if vocabulary.organisation_word(fold(words[k].text)):
                return True
            k += 1
        return False

    def _organisations_in(self, paragraph: str, words: list[Word], covered: dict[int, str], people: list[ner.Entity],
                          expansions: list, organisations: dict, acronyms: dict) -> None:
        """Organisations named in full: "Badan Pusat Statistik (BPS)", and runs of capitalised words that
        start with an organisation word ("Kementerian Keuangan", "Partai Gerindra", "Polres Karanganyar").
        covered: word index → the actor of the known name printed over it; expansions: _expansions(paragraph)."""
        vocabulary = self.vocabulary

        def generic(name_words: list[str]) -> bool:
            """A kind of regional body, every region has one: "Badan Penanggulangan Bencana Daerah"."""
            return fold(name_words[-1]) == "daerah" and all(vocabulary.common(w) for w in name_words)

        def venue(start: int, name: str) -> bool:
            """An office named as where something happened: "di Kantor DJP", "di Kantor Pos Indonesia Cikini"."""
            return name.startswith(("Kantor", "Gedung")) and paragraph[:start].split()[-1:] in (["di"], ["ke"])

        def event(start: int, end: int) -> bool:
            """The name of a programme or an event: after "program", "sidang", "Festival"…, or before a year
            ("Program Akademi Kepemimpinan Mahasiswa", "Forum MPU 2025")."""
            previous = fold((paragraph[:start].split() or [""])[-1])
            return bool(previous in vocabulary.cues.name_heads or previous in vocabulary.cues.event_words
                        or re.match(r"\s+(?:19|20)\d\d\b", paragraph[end:]))

        def continues_known(name: str, end: int) -> bool:
            """The words after the acronym's brackets finish the name of a body the article has named in full:
            the kind ("Universitas Islam Negeri") is that body's, not one of its own."""
            at = _after_brackets(paragraph, end)
            if at is None:
                return False
            following = re.findall(r"[^\W\d_][\w'’.-]*", paragraph[at:at + 120])[:_LONGEST_OWN_NAME]
            return any(AliasIndex.key(f"{name} {' '.join(following[:n])}") in organisations
                       for n in range(1, len(following) + 1))

        def numbered_part(run: list[int]) -> bool:
            """A parliament's numbered part, its body not named: "Komisi III" (of the DPR? of a regency's DPRD?)."""
            return (len(run) >= 2 and fold(words[run[0]].text) in vocabulary.cues.numbered_parts
                    and all(_ROMAN.fullmatch(words[r].text) or words[r].text.isdigit() for r in run[1:]))

        def named_after(end: int) -> bool:
            """The expansion, all ordinary words, names a kind of body, and the one meant is named after its
            acronym by a place or a titled namesake: "Pengadilan Agama (PA) Kendari", "Rumah Sakit Umum Pusat
            (RSUP) Prof Sutomo"; not a person ("(UT) Prof Ojat Darojat") nor a second organisation ("(DJP)
            Kementerian Keuangan")."""
            at = _after_brackets(paragraph, end)
            if at is None:
                return False
            if _OWN_NAME.match(paragraph, at):
                return True  # "Universitas Islam Negeri (UIN) Maulana Malik Ibrahim (Maliki)"
            k = next((i for i, word in enumerate(words) if word.start == at), None)
            if k is None or not words[k].cap or any(e.start <= at < e.end for e in people):
                return False
            if k in covered:
                return self.actors[covered[k]].kind == "place"
            if words[k].text in vocabulary.cues.title_words:
                return not any(words[j].start <= e.start < words[j].end for e in people
                               for j in range(k + 1, min(k + 3, len(words))))
            return vocabulary.is_place([words[k].text], major=True)

        for start, end, name, acronym in expansions:
            name_words = name.split()
            if all(vocabulary.common(w) for w in name_words) and named_after(end):
                own = _OWN_NAME.match(paragraph, _after_brackets(paragraph, end))  # named_after found the brackets
                if own and _initials_of(own.group("words").split()[-1], own.group("short")):
                    continue  # "(BPBD) Kabupaten Kolaka Timur Anzarullah (AZR)": the head's name and initials
                if own:  # the one body: "Universitas Islam Negeri Maulana Malik Ibrahim", its short name "Maliki"
                    full = f"{name} {' '.join(own.group('words').split())}"
                    organisations[AliasIndex.key(full)][full] += 1
                    acronyms[AliasIndex.key(full)][own.group("short")] += 1
                continue
            if all(vocabulary.common(w) for w in name_words) and continues_known(name, end):
                continue  # "Universitas Islam Negeri (UIN) Maulana Malik Ibrahim", named in full before in the article
            if paragraph[start - 1:start] == "/" and paragraph[start - 2:start - 1].isalpha():
                continue  # "koperasi Desa/Kelurahan Merah Putih (KDMP/KKMP)": a name cut at its slash
            # an organisation, not a programme, a law or a notion ("Makan Bergizi Gratis (MBG)"); an Indonesian
            # name begins with its organisation word ("Rencana Kerja Pemerintah (RKP)" is a plan), an English
            # one may end with it ("Asian Development Bank")
            if len(name_words) < 2 or not any(vocabulary.organisation_word(fold(w)) for w in name_words):
                continue
            if (not vocabulary.organisation_word(fold(name_words[0])) and vocabulary.common(name_words[0])
                    and not vocabulary.english_phrase_word(name_words[0])):
                continue
            if event(start, end) or venue(start, name):
                continue
            if len(name_words) == 2 and all(vocabulary.common(w) for w in name_words) or generic(name_words):
                continue  # "Pengadilan Negeri (PN)": a kind of office, not one organisation
            if vocabulary.is_place(name_words):
                continue
            name = " ".join(name_words)
            key = AliasIndex.key(name)
            organisations[key][name] += 1
            acronyms[key][acronym] += 1
        w = 0
        while w < len(words):
            word = words[w]
            if not (word.cap and w not in covered and vocabulary.organisation_word(fold(word.text))
                    and not PLACE_PREFIX.fullmatch(word.text)):
                w += 1
                continue
            if w and f"{fold(words[w - 1].text)} {fold(word.text)}" in vocabulary.cues.roles:
                w += 1  # "Sekretaris Perusahaan X": the end of a title, not the start of an organisation's name
                continue
            # an English organisation word ends its name ("Indonesia Corruption Watch"): it starts one only
            # before "of" / "for" ("University of Arizona"), not "Police Reform", "University Debating Championship"
            if (not word.text.isupper() and vocabulary.english_phrase_word(word.text) and not vocabulary.common(word.text)
                    and not (w + 1 < len(words) and words[w + 1].text in ("of", "for"))):
                w += 1
                continue
            run = [w]
            if (not word.text.isupper() and vocabulary.english_phrase_word(word.text)
                    and _NAME_AFTER_OF.match(paragraph, word.end)):
                # … whose first words may stand before it, English words and places: "Information Center of the …",
                # "Virginia Department of …" (not a sentence's first word, nor "The")
                while (run[0] > 0 and words[run[0] - 1].cap and run[0] - 1 not in covered
                       and _spaced(paragraph, words, run[0] - 1, run[0])
                       and vocabulary.english_phrase_word(words[run[0] - 1].text)
                       and not vocabulary.is_role_word(words[run[0] - 1].text)
                       and not _ENGLISH_ARTICLE.fullmatch(words[run[0] - 1].text)
                       and _sentence_before(paragraph, words[run[0] - 1].start)):
                    run.insert(0, run[0] - 1)
            k = w + 1
            while k < len(words) and _spaced(paragraph, words, k - 1, k):
                if k in covered:
                    if self.actors[covered[k]].kind not in ("place", "country"):
                        if numbered_part(run):
                            # "Komisi III DPR RI": a numbered part is named with the body it is part of
                            body = covered[k]
                            while k < len(words) and covered.get(k) == body:
                                run.append(k)
                                k += 1
                        break
                    run.append(k)  # "Pemerintah Kabupaten Bogor", "Kedutaan Besar Rusia"
                elif any(e.start <= words[k].start < e.end for e in people):
                    break  # "Badan Pusat Statistik Amalia Adininggar": the organisation ends where a person begins
                elif ((vocabulary.is_role_word(words[k].text)
                       and not _portfolio_word(paragraph, words, run, k, vocabulary.is_role_word,
                                               vocabulary.english_phrase_word))
                      or any(ch.isdigit() for ch in words[k].text)):
                    break  # "Polda Sumut Kombes Ferry Walintukan": a title starts the person after it
                elif _ON_BEHALF.fullmatch(words[k].text):
                    break
                elif words[k].cap:
                    if vocabulary.cues.services and vocabulary.services.match(paragraph, words[k].start):
                        break  # "Pertamina Call Center 135": the company's telephone line
                    if (words[run[-1]].text.isupper() and len(words[run[-1]].text) > 1 and not words[k].text.isupper()
                            and not vocabulary.common(words[k].text)
                            and not vocabulary.organisation_word(fold(words[k].text))):
                        break  # "Kementerian ESDM Ma'mun", "BEM UI Dialo Hujanbiru": a person after the acronym
                    if (len(run) >= 2 and k + 1 < len(words) and _spaced(paragraph, words, k, k + 1)
                            and self._given_name_before_surname(words[k], words[k + 1], people)):
                        break  # "Ditjen Pendis Arskal Salim": the person starts one word before the recogniser's
                    if _initials_after(paragraph, words, k):
                        break  # "BPBD Kabupaten Kolaka Timur Anzarullah (AZR)": a suspect's name and initials
                    if (fold(words[w].text) in vocabulary.cues.branch_heads and len(run) == 1 and w
                            and vocabulary.is_role_word(words[w - 1].text) and not vocabulary.common(words[k].text)
                            and not vocabulary.is_place([words[k].text])
                            and not (k + 1 < len(words) and words[k + 1].cap and _spaced(paragraph, words, k, k + 1))):
                        break  # "Kabid Damkar Suyadi": a title, its kind of body, then the holder's one name
                    run.append(k)
                elif not _CONNECTOR.fullmatch(words[k].text) or self._second_organisation(words, k + 1, covered):
                    break  # "Bank Himbara dan Kantor Pos", "Bank DKI dan BJB": two organisations
                k += 1
            of_inside = bool(_OF_INSIDE.search(paragraph, words[run[0]].end, words[run[-1]].start))
            if ((len(run) > 1 and re.match(r"\s+the\s", paragraph[words[run[0]].end:words[run[1]].start + 1]))
                    or fold(words[run[-1]].text) in vocabulary.cues.figure_words
                    or (of_inside and _LISTED_AFTER_OF.match(paragraph, words[run[-1]].end))):
                # "Radio the Voice of Vietnam": a kind of thing before a name; "Bank Index": a figure, not a body;
                # "Bureau of Alcohol, Tobacco, Firearms and Explosives": a name with a list in it, which the index
                # cannot match across its commas, is better without a page than cut at its first comma
                w = k
                continue
            # a generic office ("Kantor Pusat", "Sekolah Dasar Negeri", "Dinas Ketahanan Pangan") is not an
            # organisation of its own; a proper name, a known place or a national body's word makes it one
            specific = not numbered_part(run) and (any(
                not vocabulary.common(words[r].text) or r in covered or fold(words[r].text) in _NATIONAL
                for r in run[1:]) or (len(run) >= 2 and of_inside))  # an English body's name: "Ministry of Health"
            if 2 <= len(run) <= 7 and specific:
                start, end = words[run[0]].start, words[run[-1]].end
                surface = paragraph[start:end]
                if not (event(start, end) or venue(start, surface) or generic(surface.split())):
                    # named with the place's own name, the printed form an alias: "Polda Jatim" and "Polda Jawa
                    # Timur" are one page, "Polda Jawa Timur"; not a country ("Kejaksaan RI"), an acronym, which may
                    # be part of a proper name ("Bank DKI") unless a region's government is named ("Pemprov DKI"),
                    # nor a part of the place's name ("Polresta Yogyakarta")
                    canonical, last = surface, None
                    for r in reversed(run):
                        kind = self.actors[covered[r]].kind if r in covered and covered[r] != last else None
                        if kind in ("place", "organisation"):
                            same = [q for q in run if covered.get(q) == covered[r]]
                            head, tail = words[same[0]].start - start, words[same[-1]].end - start
                            printed = canonical[head:tail]
                            # the body a numbered part belongs to, by its page's name: "Komisi III DPR RI" and
                            # "Komisi III DPR" are one page, "Komisi III Dewan Perwakilan Rakyat"
                            if kind == "organisation" or (
                                    (not printed.isupper() or fold(words[run[0]].text) in vocabulary.cues.region_governments)
                                    and fold(printed) not in fold(self.actors[covered[r]].name)):
                                canonical = canonical[:head] + self.actors[covered[r]].name + canonical[tail:]
                        last = covered.get(r)
                    canonical = self._government_name(canonical)
                    counts = organisations[AliasIndex.key(canonical)]
                    counts[canonical] += 1
                    counts[surface] += 0  # an alias, never the page's name unless printed so itself
            w = k

    def _government_name(self, name: str) -> str:
        """A region's government by one name whatever form it is printed in: "Pemerintah Provinsi Jawa Timur",
        "Pemda Jawa Timur" → "Pemprov Jawa Timur"; "Pemerintah Kabupaten Bogor" → "Pemkab Bogor". Any other
        name as it is ("Pemerintah Arab Saudi", "Pemerintah Pusat")."""
        forms, page_names = self.vocabulary.government_forms, self.vocabulary.government_names
        words = name.split()
        for size in (2, 1):
            form = fold(" ".join(words[:size]))
            if len(words) <= size or form not in forms:
                continue
            level, place = forms[form], words[size:]
            if len(place) > 1 and fold(place[0]) in page_names:  # "Pemda Kabupaten Bogor"
                if level not in (None, fold(place[0])):
                    return name
                level, place = fold(place[0]), place[1:]
            place_name = " ".join(place)
            named_level = self.region_levels.get(fold(place_name))
            if level is None:
                level = named_level
            elif named_level != level and self.region_levels.get(fold(f"{level} {place_name}")) != level:
                return name  # "Pemkab Bogor": the regency "Kabupaten Bogor"; not a region of another level
            return f"{page_names[level]} {place_name}" if level in page_names else name
        return name

    # ---------------------------------------------------------------- the article pass
    def state_digest(self) -> str:
        """What the article pass reads besides the article, once discovery is done: the actors, the names they are
        matched by, and the words the corpus uses in lower case. An article's results are reused from an earlier
        run only under the same digest."""
        digest = hashlib.sha256()
        for part in (sorted(self.actors.items()), sorted(self.index._keys.items()),
                     sorted(self.index._one_word_names), sorted(self.ordinary_words)):
            digest.update(pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
        return digest.hexdigest()

    def short_name_evidence(self, article: Article) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """(the people the article names in full, (short key, person) for each word standing alone that is the
        given name or surname of exactly one of them): the article's part of `corpus_short_names`."""
        paragraphs = list(self._full_mentions(article))
        in_article = self._named_in_full(paragraphs)
        named = tuple(sorted({actor_id for people in in_article.values() for actor_id in people}))
        called = []
        for _, word in self._single_words(paragraphs):
            people = in_article.get(fold(word.text)) or ()
            if len(people) == 1:
                called.append((fold(word.text), next(iter(people))))
        return named, tuple(called)

    def corpus_short_names(self, articles: list[Article],
                           evidence: list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] | None = None
                           ) -> dict[str, str]:
        """Short key → the person it means in an article that names no one by it: only with overwhelming
        evidence. The person is named in full in two articles or more and called by that short name next to the
        full name in one of them; no other person's name holds the word; the corpus never uses it as an ordinary
        word ("Yang") and it is not a place ("Bima"). evidence: each article's `short_name_evidence`, when known."""
        full_in: dict[str, set[str]] = defaultdict(set)  # person → articles naming them in full
        called: dict[str, set[str]] = defaultdict(set)  # short key → people called by it beside their full name
        # one article's tokens at a time: a corpus' worth would not fit in memory
        for article, (named, calls) in zip(articles, evidence or map(self.short_name_evidence, articles)):
            for actor_id in named:
                full_in[actor_id].add(article.source_path)
            for key, actor_id in calls:
                called[key].add(actor_id)
        holders: dict[str, set[str]] = defaultdict(set)  # a word of anyone's name → the people whose name has it
        for actor in self.actors.values():
            if actor.kind == "person":
                for name in (actor.name, *actor.aliases):
                    for word in name.split():
                        holders[fold(word)].add(actor.id)
        found = {}
        for key in sorted(called):
            people = called[key]
            if (len(people) == 1 and holders.get(key, people) == people and key not in self.ordinary_words
                    and not self.vocabulary.is_place([key]) and len(full_in[next(iter(people))]) >= 2):
                found[key] = next(iter(people))
        return found

    def _full_mentions(self, article: Article):
        # a word the article gives an age to is someone's name there, not the place or country it also names
        # ("Yaman (56), warga …" and later "istri Yaman": the man, not Yemen)
        aged = {fold(found.group(1)) for paragraph in article.paragraphs
                for found in _NAME_WITH_AGE.finditer(paragraph)}
        for number, paragraph in enumerate(article.paragraphs):
            words, parts = tokenize(paragraph)  # again: keeping discover's tokens costs a corpus' worth of memory
            matches = [(i, j, actor_id) for i, j, actor_id in self._matches(paragraph, parts, article.language)
                       if not (j - i == 1 and parts[i].fold in aged and self.actors[actor_id].kind != "person")]
            yield number, paragraph, words, parts, matches

    def _matches(self, paragraph: str, parts: list[Part], language: str | None) -> list[tuple[int, int, str]]:
        """The known names printed in the paragraph; in English, not a country or a place of one word that is a
        given name before its surname ("Director Chad Kingsley", "captain Jordan Henderson"): English names a
        country's official with an adjective ("Russian Foreign Minister …"), where Indonesian puts the country
        between the title and the name ("Menlu Rusia Sergei Lavrov")."""
        matches = self.index.match(paragraph, parts)
        if language != "en":
            return matches
        return [(i, j, actor_id) for i, j, actor_id in matches
                if not (j - i == 1 and self.actors[actor_id].kind in ("country", "place")
                        and self._surname_after(paragraph, parts, j))]

    def _surname_after(self, paragraph: str, parts: list[Part], j: int) -> bool:
        """Right after parts[j - 1], a single space between, a surname that ends the name: a capitalised word that
        is no word of a dictionary, no place, title or body's word ("Chad Kingsley said"), not "Airways", "Gate",
        "Amman", nor a longer name's word ("US Geological Survey", "Ambassador to Jordan Ade Padmo Sarwono")."""
        if j >= len(parts) or not parts[j].cap or paragraph[parts[j - 1].end:parts[j].start] != " ":
            return False
        if j + 1 < len(parts) and parts[j + 1].cap and parts[j + 1].word != parts[j].word:
            return False
        return self.vocabulary.surname_like(parts[j].text)

    def _named_in_full(self, tokenized: list) -> dict[str, set[str]]:
        """Short key ("purbaya") → the people of the article named in full with that given name or surname, or
        else with that middle name ("Guntur" is Guntur Harahap beside Asep Guntur Rahayu)."""
        ends: dict[str, set[str]] = defaultdict(set)
        middles: dict[str, set[str]] = defaultdict(set)
        for _, _, _, _, matches in tokenized:
            for _, _, actor_id in matches:
                if self.actors[actor_id].kind == "person":
                    first_or_last, middle = _short_keys(self.actors[actor_id].name)
                    for key in first_or_last:
                        ends[key].add(actor_id)
                    for key in middle:
                        middles[key].add(actor_id)
        return defaultdict(set, {**middles, **ends})

    def _single_words(self, tokenized: list):
        """(paragraph number, word): capitalised words standing alone outside any known name, the places where
        a short name may be."""
        for number, paragraph, words, parts, matches in tokenized:
            covered = {parts[k].word for i, j, _ in matches for k in range(i, j)}
            for run in self._name_runs(paragraph, words, parts, covered):
                word = words[run[0]]
                if (len(run) == 1 and len(word.text) >= _MIN_SHORT_NAME
                        and not self.vocabulary.never_a_name(word.text)):
                    yield number, word

    def cast(self, article: Article, corpus_short_names: dict[str, str], tokenized: list) -> Cast:
        """tokenized: the article's _full_mentions;
        corpus_short_names: short key → the person it means wherever the article does not name anyone by it."""
        vocabulary = self.vocabulary
        mentions: list[Mention] = []
        for number, paragraph, words, parts, matches in tokenized:
            for i, j, actor_id in matches:
                start, end = parts[i].start, parts[j - 1].end
                printed = " ".join(re.sub(r"[()]", " ", paragraph[start:end]).split())
                mentions.append(Mention(actor_id, number, start, end, printed, "name"))

        # Short names: the person named in full in this article, else the one the corpus means.
        in_article = self._named_in_full(tokenized)
        unresolved: list[str] = []
        for number, word in self._single_words(tokenized):
            key = fold(word.text)
            people = in_article.get(key) or set()
            if len(people) == 1:
                actor_id = next(iter(people))
            elif not people:
                actor_id = corpus_short_names.get(key)
            else:
                actor_id = None
            if actor_id is None:
                if people:
                    unresolved.append(word.text)
                continue
            mentions.append(Mention(actor_id, number, word.start, word.end, word.text, "short"))
        mentions.sort(key=lambda m: (m.paragraph, m.start))

        roles: list[tuple[str, str]] = []
        # where each person's name ends, which the title of a name after it never runs across (an office printed for
        # its holder, "Gubernur DKI", is a title, and may be part of that one's)
        person_names = [m for m in mentions if self.actors[m.actor_id].kind == "person"
                        and not vocabulary.role_pattern.match(m.text)]
        for mention in mentions:
            if mention.how != "name" or self.actors[mention.actor_id].kind != "person":
                continue
            paragraph = article.paragraphs[mention.paragraph]
            # (the same person's name printed before, too: "Menteri Sosial Saifullah Yusuf alias Gus Ipul" is no
            # title of "Gus Ipul"'s holder beyond "Saifullah Yusuf")
            named_before = max((m.end for m in person_names if m.paragraph == mention.paragraph
                                and m.end <= mention.start), default=0)
            named_after = min((m.start for m in person_names if m.paragraph == mention.paragraph
                               and m.start >= mention.end and m.actor_id != mention.actor_id), default=len(paragraph))
            for role in (role_before(paragraph, mention.start, vocabulary, not_before=named_before, name_end=mention.end),
                         role_after(paragraph, mention.end, vocabulary, not_after=named_after)):
                if role and (mention.actor_id, role) not in roles:
                    roles.append((mention.actor_id, role))
        quotes = self._quotes(article, mentions, in_article)
        return Cast(mentions=tuple(mentions), roles=tuple(roles), quotes=tuple(quotes),
                    unresolved=tuple(sorted(set(unresolved))))

    def _quotes(self, article: Article, mentions: list[Mention], in_article: dict[str, set[str]]) -> list[Quote]:
        vocabulary = self.vocabulary

        def person_named(printed: str) -> str | None:
            """"Bernadia": the one person of this article with that given name or surname, if any."""
            keys = {fold(w) for w in printed.split()}
            people = {actor_id for key in keys for actor_id in in_article.get(key, ())}
            return next(iter(people)) if len(people) == 1 else None

        def is_name_word(word: str) -> bool:
            return word[:1].isupper() and not vocabulary.common(word.rstrip(".,")) \
                and not vocabulary.never_a_name(word.rstrip(".,"))

        kinds = {actor_id: actor.kind for actor_id, actor in self.actors.items()}

        def is_title(word: str) -> bool:
            return vocabulary.is_role_word(word) or fold(word) in vocabulary.cues.not_names

        return Attribution(article.paragraphs, mentions, kinds, self.editorial.cues, person_named, is_name_word,
                           is_title, vocabulary.never_a_name, vocabulary.leading_place).quotes()


def _after_brackets(paragraph: str, end: int) -> int | None:
    """Where the words after a bracketed acronym printed from `end` on begin ("… (PA) Kendari"), if it is there."""
    after = re.match(r"\s*\([^)]*\)\s+", paragraph[end:])
    return end + after.end() if after else None


def ordinary_words(articles: list[Article]) -> frozenset[str]:
    """Words the corpus prints in lower case: ordinary words ("yang", "pajak"), never taken for a name alone.
    Only those it also prints capitalised, the only ones ever asked about: an edit that brings a new lower-case
    word leaves the set, and so the cached results of the article pass, as they were."""
    lower, capitalised = set(), set()
    for article in articles:
        for paragraph in article.paragraphs:
            lower.update(_LOWER_WORD.findall(paragraph))
            capitalised.update(_CAPITALISED_LETTERS.findall(paragraph))
    return frozenset(lower & {word.lower() for word in capitalised})


def _printed_with_a_lower_case_tail(articles: list[Article], pairs: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Of the word pairs asked about (a name's last two words, folded), those the corpus prints with the second
    in lower case right after the first, as a phrase is printed: "brown pelicans", "Arctictis binturong"."""
    found: set[tuple[str, ...]] = set()
    if not pairs:
        return found
    for article in articles:
        for paragraph in article.paragraphs:  # not the title: a page without one is titled by its file's name
            words = _WORD.findall(paragraph)  # whole: "Ing-wen" has no word in lower case of its own
            for first, second in zip(words, words[1:]):
                pair = (fold(first), fold(second)) if second.islower() else None
                if pair in pairs:
                    found.add(pair)
    return found


def _merge_partial_names(keys: list[tuple[str, ...]], known: list[tuple[str, ...]]) -> dict[tuple, tuple]:
    """A name that starts or ends one longer name, or is its first and last names, and only one, is that person:
    "Mulyani Indrawati" and "Sri Mulyani" are "Sri Mulyani Indrawati", "Harimurti Yudhoyono" is "Agus Harimurti
    Yudhoyono", "Maxi Rondonuwu" is "Maxi Rein Rondonuwu"."""
    names = sorted(set(keys) | set(known), key=len)
    merged = {}
    for key in keys:
        longer = {other for other in names if len(other) > len(key)
                  and (other[:len(key)] == key or other[-len(key):] == key
                       # the given name and the surname, a middle name left out: "Maxi Rondonuwu"
                       or (len(key) == 2 and other[0] == key[0] and other[-1] == key[-1]))}
        longest = {other for other in longer if not any(len(o) > len(other) and (o[:len(other)] == other or
                                                                                  o[-len(other):] == other)
                                                        for o in longer)}
        if len(longest) == 1:
            merged[key] = next(iter(longest))
    return merged


def _spelling_variants(keys: list[tuple[str, ...]], counts: dict[tuple, int],
                       name_forms: tuple[frozenset[str], ...] = ()) -> dict[tuple, tuple]:
    """Names that are one person's name spelt two ways ("Bernad Darmawan Sutrisno", "Bernard Dermawan Sutrisno",
    "Raditya Djati", "Raditya Jati"): as many words, the same surname in the 1972 spelling, every other word nearly
    the same (rapidfuzz ratio ≥ 85, or the same in that spelling) or two spellings of one given name (name_forms:
    "Mochammad", "Muhammad"); and a name printed with and without the patronymic's "bin" ("Mohamad Pajeri Bin
    Ali", "Mohamad Pajeri Ali"). Each variant points at the spelling printed most often."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    def alike(a: str, b: str) -> bool:
        return (fuzz.ratio(a, b) >= 85 or _spelling(a) == _spelling(b)
                or any(a in forms and b in forms for forms in name_forms))

    variants = {}
    # with and without the patronymic's "bin" ("Mohamad Pajeri Bin Ali", "Mohamad Pajeri Ali"): the one printed
    # most often, else the longer
    without_patronymic: dict[tuple, list[tuple]] = defaultdict(list)
    for key in keys:
        without_patronymic[tuple(w for w in key if w not in _PATRONYMIC)].append(key)
    for group in without_patronymic.values():
        if len(group) > 1:
            group.sort(key=lambda k: (-counts.get(k, 0), -len(k), k))
            variants.update((other, group[0]) for other in group[1:])
    by_surname: dict[tuple, list[tuple]] = defaultdict(list)
    for key in keys:
        if len(key) >= 2 and key not in variants:
            by_surname[(len(key), _spelling(key[-1]))].append(key)
    for group in by_surname.values():
        # the spelling printed most often, then the current spelling ("Jati", not "Djati")
        group.sort(key=lambda k: (-counts.get(k, 0), sum(_spelling(w) != w for w in k), k))
        for k, key in enumerate(group):
            if key in variants:
                continue
            for other in group[k + 1:]:
                # a middle name may differ by one letter too ("Sripeni Intan Cahyani", "Sripeni Inten Cahyani")
                if other not in variants and all(
                        alike(a, b) or (0 < n and len(a) >= 4 and Levenshtein.distance(a, b) == 1)
                        for n, (a, b) in enumerate(zip(key[:-1], other[:-1]))):
                    variants[other] = key
    return variants


_PATRONYMIC = frozenset(("bin", "binti"))
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))


def _spelling(word: str) -> str:
    """A name as the 1972 spelling writes it, its final "y" an "i" and its doubled letters single: "Djati" and
    "Jati", "Soekarno" and "Sukarno", "Erdy" and "Erdi" are one name spelt two ways."""
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    if word.endswith("y") and len(word) > 2:
        word = word[:-1] + "i"
    return re.sub(r"(.)\1", r"\1", word)


_SYLLABLE_MIN_LETTERS = 2  # letters each word of the name gives its syllabic acronym: "Keja|ti", "Pem|prov", "Pol|da"
_SYLLABIC_ACRONYM_MIN_LETTERS = 4  # letters of such an acronym; shorter ones are initials ("BPS"), matched in brackets


def _syllables_of(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether acronym is made of the first letters (two or more) of each word in turn, or of its root: "kejati"
    of "kejaksaan tinggi", "polda" of "kepolisian daerah" (root "polisi"), "kementan" of "kementerian pertanian"."""
    if not words:
        return not acronym
    word, root = words[0], ner.stem(words[0])
    return any((word.startswith(acronym[:k]) or root.startswith(acronym[:k])) and _syllables_of(acronym[k:], words[1:])
               for k in range(_SYLLABLE_MIN_LETTERS, len(acronym) + 1))


def _syllabic_short_forms(keys: list[tuple[str, ...]], dictionary: frozenset[str]) -> dict[tuple, tuple]:
    """Organisations printed with one word the syllabic acronym of two or more words of another name, the words
    around it the same: "Kejati Jakarta" is "Kejaksaan Tinggi Jakarta", "Pemprov Jawa Tengah" is "Pemerintah
    Provinsi Jawa Tengah". The acronym is no dictionary word; each short form points at one longer name only."""
    by_first, by_last, by_initial = defaultdict(list), defaultdict(list), defaultdict(list)
    for key in keys:
        by_first[key[0]].append(key)
        by_last[key[-1]].append(key)
        for initial in {key[0][:1], ner.stem(key[0])[:1]}:
            by_initial[initial].append(key)
    found = {}
    for key in keys:
        for i, word in enumerate(key):
            if len(word) < _SYLLABIC_ACRONYM_MIN_LETTERS or not word.isalpha() or word in dictionary:
                continue
            before, after = key[:i], key[i + 1:]
            near = by_last[after[-1]] if after else by_first[before[0]] if before else by_initial[word[0]]
            longer = {full for full in near
                      if len(full) > len(key) and full[:i] == before and full[len(full) - len(after):] == after
                      and _syllables_of(word, full[i:len(full) - len(after)])}
            if len(longer) == 1:
                found[key] = next(iter(longer))
                break
    return found


def _state_form(key: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's name without the state's form: "RI" and "Republik Indonesia" are "Indonesia", so
    "Pemerintah RI", "Pemerintah Republik Indonesia" and "Pemerintah Indonesia" are one name."""
    words = [part for word in key for part in (("indonesia",) if word == "ri" else (word,))]
    return tuple(word for word in words if word != "republik")


def _short_keys(name: str) -> tuple[set[str], set[str]]:
    """A person called by one word of the full name: (the given name and the surname, the middle names). News
    often uses a middle name ("Tito" for Muhammad Tito Karnavian, "Doli" for Ahmad Doli Kurnia)."""
    words = name.split()
    if len(words) < 2:
        return set(), set()
    ends = {fold(w) for w in (words[0], words[-1]) if len(w) >= _MIN_SHORT_NAME}
    return ends, {fold(w) for w in words[1:-1] if len(w) >= _MIN_SHORT_NAME} - ends


def _article_keys(cache: AnalysisCache | None, stage: str, state: str, digests: list[str]) -> list[str]:
    """Each article's key for a stage's result under the corpus' state (none without a cache)."""
    return [cache.key(stage, (state, digest)) for digest in digests] if cache else []


def _cached(cache: AnalysisCache | None, keys: list[str], articles: list[Article], compute) -> list:
    """compute(article) for each article, from the cache where an earlier run kept it under its key."""
    if cache is None:
        return [compute(article) for article in articles]
    return cache.results(keys, articles, lambda todo: map(compute, todo))


def _guarded(compute, fallback, failures: dict[str, str], stage: str):
    """compute(article), or fallback when the code fails on that article (the reason kept in failures by its
    path): one article the code cannot handle never stops the corpus."""
    def run(article: Article):
        try:
            return compute(article)
        except Exception as error:  # noqa: BLE001 - any fault of the code, on one article's text
            failures[article.source_path] = failure_reason(stage, error)
            return fallback() if callable(fallback) else fallback
    return run


def recognise(article: Article) -> tuple[tuple[ner.Entity, ...], ...] | None:
    """The recogniser's entities in each paragraph, for Indonesian text (what it was trained on); None for other
    languages."""
    if article.language != "id":  # extract.detect_language's code for Indonesian
        return None
    recogniser = ner.recogniser()
    return tuple(tuple(recogniser.entities(paragraph)) for paragraph in article.paragraphs)


def resolve(articles: list[Article], editorial: Editorial,
            recognised: dict[str, tuple | None] | None = None, cache: AnalysisCache | None = None,
            digests: list[str] | None = None) -> ResolvedCorpus:
    """recognised: recognise(article) by source path, if the caller has computed it (on every core).
    digests: a digest of each article that changes whenever the article does (the pipeline has its extraction's
    cache key); else the article's own, computed here.
    cache: each article's results of earlier runs. Discovery's part of an article depends on the article, the
    registry and the corpus' ordinary words; what the article then yields (its short-name evidence, its cast) on
    the article and what discovery found. After an edit that leaves those as they were, only the edited articles
    are read again; discovery's merge and the corpus-wide decisions run every time."""
    resolver = Resolver(editorial)
    failures = resolver.failures
    article_digests = (digests if digests is not None else
                       [hashlib.sha256(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
                        for article in articles]) if cache else []
    examples = resolver.discover(articles, recognised, cache, article_digests)
    state = resolver.state_digest() if cache else ""

    evidence = _cached(cache, _article_keys(cache, "short-name-evidence", state, article_digests), articles,
                       _guarded(resolver.short_name_evidence, ((), ()), failures, "Reading short names"))
    corpus_short_names = resolver.corpus_short_names(articles, evidence)
    names_state = hashlib.sha256(f"{state}\0{sorted(corpus_short_names.items())}".encode()).hexdigest()
    cast_keys = _article_keys(cache, "cast", names_state, article_digests)

    def cast_of(article: Article) -> Cast:
        if article.source_path in failures:  # discovery failed on it: its actors are not all known
            return Cast(failure=failures[article.source_path])
        try:
            return resolver.cast(article, corpus_short_names, list(resolver._full_mentions(article)))
        except Exception as error:  # noqa: BLE001 - the article is built without its actors, and said so
            return Cast(failure=failure_reason("Finding the actors", error))

    cast_list = _cached(cache, cast_keys, articles, cast_of)
    casts = {article.source_path: cast for article, cast in zip(articles, cast_list)}
    used = {m.actor_id for cast in casts.values() for m in cast.mentions}
    actors = {actor_id: actor for actor_id, actor in resolver.actors.items() if actor_id in used}
    return ResolvedCorpus(actors=actors, casts=casts,
                          cast_keys={article.source_path: key for article, key in zip(articles, cast_keys)},
                          cast_of=cast_of,
                          discovered_examples={k: v for k, v in examples.items() if k in actors})
