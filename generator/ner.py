"""Named-entity recognition: a linear-chain CRF (python-crfsuite) that tags people, places and organisations
in Indonesian sentences.

The weights (`data/ner.crfsuite`) are trained by `tools/train_ner.py` on the IndoNLU NERGrit and NERP training
splits; see `data/NER-NOTICE.md` for their terms. The features are the word, its affixes and shape, its
neighbours, and membership in word lists that ship with the packages: the Indonesian dictionary of PySastrawi,
the place names of pycountry and areaid, and the title and organisation words of cues.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
KINDS = {"PERSON": "person", "PLACE": "place", "ORGANISATION": "organisation"}
MODEL = "ner.crfsuite"
CONTEXT = 3  # words tagged either side of a capitalised word
PERSON_WORDS = "person-words.txt"  # written by tools/train_ner.py from the same training data
_CUES = frozenset(("dict", "place", "title", "org"))
_SENTENCE_WORD_MIN = 4  # a word closed by a full stop that ends a sentence, not an initial or "Jl."


@dataclass(frozen=True)
class Entity:
    kind: str  # person | place | organisation
    start: int  # character offsets in the text tagged
    end: int
    text: str


@dataclass(frozen=True)
class Lexicon:
    dictionary: frozenset[str]
    places: frozenset[str]
    titles: frozenset[str]
    organisations: frozenset[str]


@lru_cache(maxsize=1)
def stemmer():
    """PySastrawi's Indonesian stemmer, built once per process: building it loads the dictionary."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """PySastrawi's dictionary of Indonesian root words, read once per process."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """An Indonesian word's root without its affixes ("ditangkap", "menangkap" → "tangkap")."""
    return stemmer().stem(word)


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """The words the training data's annotators read as parts of people's names more often than not ("donald",
    "chandra"), written beside the weights by tools/train_ner.py."""
    return frozenset((resources.files("generator") / "data" / PERSON_WORDS).read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    from . import gazetteer
    from .editorial import load_editorial

    cues = load_editorial().cues
    titles = {w.casefold() for w in cues.title_words} | {r for r in cues.roles if " " not in r}
    return Lexicon(
        dictionary=dictionary(),
        places=gazetteer.place_words(),
        titles=frozenset(titles),
        organisations=frozenset(w.casefold() for w in cues.organisation_words),
    )


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title" if word[1:].islower() or len(word) == 1 else "Mixed"
    if word.isdigit():
        return "digit"
    if word.islower():
        return "lower"
    return "other"


def _word_features(word: str, lexicon: Lexicon) -> list[str]:
    lowered = word.casefold()
    shape = _shape(word)
    found = [f"w={lowered}", f"s2={lowered[-2:]}", f"s3={lowered[-3:]}", f"s4={lowered[-4:]}", f"p2={lowered[:2]}",
             f"p3={lowered[:3]}", f"p4={lowered[:4]}", f"shape={shape}", f"len={min(len(word), 8)}"]
    if lowered in lexicon.dictionary:
        found.append("dict")
    elif word.isalpha():
        found.append(f"unknown:{shape}")  # a word no dictionary holds; capitalised, most often a name
    if lowered in lexicon.places:
        found.append("place")
    if lowered in lexicon.titles:
        found.append("title")
    if lowered in lexicon.organisations:
        found.append("org")
    return found


def features(words: list[str], lexicon: Lexicon, memo: dict | None = None) -> list[list[str]]:
    """One feature list per word: its own, and its neighbours' two words either side.
    memo: a word's own features by word, kept between calls (words repeat; their features do not change)."""
    if memo is None:
        memo = {}
    own = []
    for word in words:
        found = memo.get(word)
        if found is None:
            found = memo[word] = _word_features(word, lexicon)
        own.append(found)
    lowered = [w.casefold() for w in words]
    shapes = [_shape(w) for w in words]
    shown = [[f for f in found if f in _CUES or f.startswith("unknown")] for found in own]  # what neighbours see
    sentence = []
    for i in range(len(words)):
        found = ["bias", *own[i]]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                found.append(f"{offset}:w={lowered[j]}")
                found.append(f"{offset}:shape={shapes[j]}")
                if offset in (-1, 1):
                    found.extend(f"{offset}:{f}" for f in shown[j])
            else:
                found.append(f"{offset}:edge")
        if i > 0:
            found.append(f"bigram={lowered[i - 1]}|{lowered[i]}")
            found.append(f"shapes={shapes[i - 1]}|{shapes[i]}")
        else:
            found.append("first")
        if i + 1 < len(words):
            found.append(f"next-bigram={lowered[i]}|{lowered[i + 1]}")
        sentence.append(found)
    return sentence


def spans(tags: Iterable[str]) -> list[tuple[str, int, int]]:
    """BIO tags → (type, first token, end token); an I- without its B- starts an entity (conlleval's rule)."""
    found, current = [], None
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag != "O" else None
        if current and (tag == "O" or tag.startswith("B-") or kind != current[0]):
            found.append((current[0], current[1], i))
            current = None
        if kind and current is None:
            current = (kind, i)
    return found


class Recogniser:
    def __init__(self, model_path: str | None = None, lexicon: Lexicon | None = None):
        import pycrfsuite

        self.lexicon = lexicon or default_lexicon()
        self._memo: dict[str, list[str]] = {}
        self._tagger = pycrfsuite.Tagger()
        if model_path is None:
            with resources.as_file(resources.files("generator") / "data" / MODEL) as path:
                self._tagger.open(str(path))
        else:
            self._tagger.open(model_path)

    def tag_words(self, words: list[str]) -> list[str]:
        if not words:
            return []
        if len(self._memo) > 200_000:
            self._memo.clear()
        return self._tagger.tag(features(words, self.lexicon, self._memo))

    def entities(self, text: str) -> list[Entity]:
        """Names in text. Only the stretches around capitalised words are tagged (with CONTEXT words either side,
        more than the features look at): a name is capitalised, and most of a paragraph is not names."""
        tokens = tokenize(text)
        words = [t[0] for t in tokens]
        tags = ["O"] * len(words)
        stretches: list[list[int]] = []
        for i, word in enumerate(words):
            if word[:1].isupper():
                start, end = max(0, i - CONTEXT), min(len(words), i + CONTEXT + 1)
                if stretches and start <= stretches[-1][1]:
                    stretches[-1][1] = end
                else:
                    stretches.append([start, end])
        for start, end in stretches:
            tags[start:end] = self.tag_words(words[start:end])
        found = []
        for kind, i, j in spans(tags):
            if kind not in KINDS:
                continue
            for first, last in self._within_sentences(words, i, j):
                start, end = tokens[first][1], tokens[last - 1][2]
                found.append(Entity(KINDS[kind], start, end, text[start:end]))
        return found

    def _within_sentences(self, words: list[str], i: int, j: int) -> list[tuple[int, int]]:
        """The entity's words cut where a sentence ends inside it ("Hasyim Asy'ari. Hasyim mengatakan …": two
        names), not at an initial's or a title's full stop ("M. Iftitah", "Prof. Ahmad")."""
        pieces, first = [], i
        for k in range(i + 1, j - 1):
            before = words[k - 1]
            if (words[k] in ".!?" and len(before) >= _SENTENCE_WORD_MIN and before.casefold() not in self.lexicon.titles
                    and words[k + 1][:1].isupper()):
                pieces.append((first, k))
                first = k + 1
        pieces.append((first, j))
        return [(a, b) for a, b in pieces if any(w[:1].isalnum() for w in words[a:b])]


@lru_cache(maxsize=1)
def recogniser() -> Recogniser:
    return Recogniser()
