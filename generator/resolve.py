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

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from slugify import slugify

from . import dates
from .editorial import Editorial
from .model import Actor, Article, Cast, Mention, Quote
from .quotes import SENTENCE_END, Attribution, cue_right_before, phrases, sentence_start, speech_verb_after

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:[-‐‑][^\W_]+(?:['’][^\W_]+)*)*")
_HYPHEN = re.compile(r"[-‐‑]")
_JOINABLE_GAP = re.compile(r"[ \t()]+")  # words of one name: spaces, or a name part in parentheses
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_ROLE_STOP = re.compile(r"\b(?:yang|dan|bahwa|kepada|dengan|serta|atau|tetapi|ketika|saat|and|who|that|with|but)\b",
                        re.IGNORECASE)
_ASIAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jong-chun", "Ho-jin": a romanised Korean given name
_AUXILIARY = re.compile(r"\b(?:telah|sudah|akan|sedang|masih|pernah|tidak|belum|has|have|had|was|were|is|are|will)\b",
                        re.IGNORECASE)
_MIN_SHORT_NAME = 3  # "Un" alone is not Kim Jong Un
_OVERWHELMING = 0.8  # share of the corpus's articles a short name must mean one person in


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

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> tuple[list[Word], list[Part]]:
    words: list[Word] = []
    parts: list[Part] = []
    for found in _WORD.finditer(text):
        word = found.group()
        if not _HYPHEN.search(word):  # most words: one piece, built directly
            cap = word[:1].isupper()
            parts.append(Part(word, fold(word), found.start(), found.end(), len(words), True, True, cap))
            words.append(Word(word, found.start(), found.end(), (len(parts) - 1,)))
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
        words.append(Word(found.group(), found.start(), found.end(), tuple(indices)))
    return words, parts


def _joinable(text: str, parts: list[Part], i: int, j: int) -> bool:
    """Parts i..j-1 are consecutive pieces of one name (no punctuation other than hyphens and parentheses)."""
    for k in range(i, j - 1):
        if parts[k].word != parts[k + 1].word and not _JOINABLE_GAP.fullmatch(text[parts[k].end:parts[k + 1].start]):
            return False
    return True


class AliasIndex:
    """Aliases → actor ids, matched longest first over the parts of a text."""

    def __init__(self):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...] | None]]] = defaultdict(list)
        self._keys: dict[tuple[str, ...], str] = {}

    @staticmethod
    def key(alias: str) -> tuple[str, ...]:
        return tuple(fold(p) for w in alias.split() for p in _HYPHEN.split(w) if p)

    def add(self, alias: str, actor_id: str) -> None:
        key = self.key(alias)
        if not key or key in self._keys:
            return  # the first actor listed keeps an alias two actors share
        letters = "".join(ch for ch in alias if ch.isalpha())
        exact = tuple(p for w in alias.split() for p in _HYPHEN.split(w) if p) if letters.isupper() else None
        self._keys[key] = actor_id
        self._by_first[key[0]].append((key, actor_id, exact))
        self._by_first[key[0]].sort(key=lambda entry: -len(entry[0]))

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._keys

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
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        factory = StemmerFactory()
        self._dictionary = frozenset(factory.get_words_from_file())
        self._stemmer = factory.create_stemmer()
        cues = editorial.cues
        self.cues = cues
        self.single_roles = frozenset(r for r in cues.roles if " " not in r)
        self.calendar = dates.calendar_words()
        self.brand_words = frozenset(fold(w) for o in editorial.outlets for b in o.brands for w in b.split())
        self.role_pattern = phrases(cues.roles)
        self.says_before = phrases(cues.speech_verbs + cues.says_before_name + cues.according_to)
        self.says_after = phrases(cues.says_after_name)

    @lru_cache(maxsize=65536)
    def common(self, word: str) -> bool:
        """An ordinary word or a title word, not a name: "Direktur", "Pertahanan", "Foreign"."""
        if word in self.cues.title_words:
            return True
        lowered = word.lower()
        if _HYPHEN.search(lowered):
            return False
        return lowered in self._dictionary or self._stemmer.stem(lowered) in self._dictionary

    @lru_cache(maxsize=65536)
    def is_verb(self, word: str) -> bool:
        """An Indonesian verb: a lower-case word whose affix (me-, ber-, di-) the stemmer takes off."""
        if not word.islower() or not word.startswith(("me", "be", "di")):
            return False
        stem = self._stemmer.stem(word)
        return stem != word and stem in self._dictionary and not word.startswith(("menteri", "bersama"))

    def is_role_word(self, word: str) -> bool:
        return word.lower() in self.single_roles or word in self.cues.title_words

    def never_a_name(self, word: str) -> bool:
        folded = fold(word)
        return (folded in self.cues.not_names or folded in self.cues.organisation_words or folded in self.calendar
                or folded in self.brand_words or (len(word) > 1 and word.isupper()))


_VOCABULARY: dict[str, _Vocabulary] = {}


def _vocabulary(editorial: Editorial) -> _Vocabulary:
    """Built once per content of the editorial files (keyed by their fingerprint, so an edit is picked up)."""
    if editorial.fingerprint not in _VOCABULARY:
        _VOCABULARY[editorial.fingerprint] = _Vocabulary(editorial)
    return _VOCABULARY[editorial.fingerprint]


def role_before(paragraph: str, name_start: int, vocabulary: _Vocabulary) -> str | None:
    """The title or role printed just before a name: "Menteri Pertahanan Rusia" Sergei Shoigu."""
    window = paragraph[sentence_start(paragraph, name_start):name_start]
    stripped = window.rstrip()
    if stripped.endswith(","):  # "Juru bicara ... Gedung Putih, John Kirby": the role stands before the comma
        stripped = stripped[:-1]
    window = stripped.rsplit(",", 1)[-1]
    stops = list(_ROLE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end():]
    says = list(vocabulary.says_before.finditer(window))
    if says:
        window = window[says[-1].end():]
    words = window.split()
    if len(words) > 10:
        window = " ".join(words[-10:])
    for found in vocabulary.role_pattern.finditer(window):  # the first role word that starts a title run
        role = _PARENTHETICAL.sub("", window[found.start():]).strip(" ,:;-–—(")
        if _AUXILIARY.search(role) or any(vocabulary.is_verb(w) for w in role.split()):
            continue  # "presiden Russia telah menerima undangan Kim": a clause, not Kim's title
        return role or None
    return None


_APPOSITION = re.compile(r"^\s*,\s*(?:(?:seorang|sebagai|salah\s+satu|a|an|the)\s+)?(?P<role>[^,.;:“”\"()]{2,120})")


def role_after(paragraph: str, name_end: int, vocabulary: _Vocabulary) -> str | None:
    """A role in apposition: Vladimir Tikhonov, "seorang profesor studi Korea di Universitas Oslo"."""
    found = _APPOSITION.match(paragraph[name_end:])
    if not found:
        return None
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
    return role


def _says_after(paragraph: str, name_end: int, vocabulary: _Vocabulary) -> re.Match | None:
    return speech_verb_after(paragraph, name_end, vocabulary.says_after)


def _says_before(paragraph: str, name_start: int, vocabulary: _Vocabulary) -> bool:
    return cue_right_before(paragraph, name_start, vocabulary.says_before)


@dataclass
class _Candidate:
    surfaces: Counter = field(default_factory=Counter)
    evidence: int = 0
    articles: set = field(default_factory=set)
    examples: list = field(default_factory=list)  # (article source path, sentence)


@dataclass
class ResolvedCorpus:
    actors: dict[str, Actor]
    casts: dict[str, Cast]  # by article source path
    discovered_examples: dict[str, list[tuple[str, str]]]  # unreviewed actor id → (source path, sentence)


class Resolver:
    def __init__(self, editorial: Editorial):
        self.editorial = editorial
        self.vocabulary = _vocabulary(editorial)
        self.actors: dict[str, Actor] = {}
        self.index = AliasIndex()
        for entry in editorial.actors:
            actor = Actor(id=self._new_id(entry.name), name=entry.name, kind=entry.kind, aliases=entry.aliases,
                          description=entry.description, wikidata=entry.wikidata, reviewed=True)
            self.actors[actor.id] = actor
            for alias in (entry.name, *entry.aliases):
                self.index.add(alias, actor.id)

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
            if usable and run and not re.fullmatch(r"[ \t]+", paragraph[words[run[-1]].end:word.start]):
                yield run
                run = []
            if usable:
                run.append(w)
            elif run:
                yield run
                run = []
        if run:
            yield run

    def _name_in_run(self, run: list[int], words: list[Word]) -> list[int] | None:
        vocabulary = self.vocabulary
        surname_first = False
        while run and fold(words[run[0]].text) in vocabulary.cues.not_names:
            if len(run) == 2 and _ASIAN_GIVEN_NAME.fullmatch(words[run[1]].text):
                surname_first = True  # "Pak Jong-chun": a surname, not the honorific "Pak"
                break
            run = run[1:]
        first_name = next((k for k, w in enumerate(run) if not vocabulary.common(words[w].text)), None)
        if first_name is None:
            return None
        start = first_name
        if len(run) - first_name < 2:
            if first_name == 0 or vocabulary.is_role_word(words[run[first_name - 1]].text):
                return None  # one word after a title ("Presiden Jokowi"): a mononym, not discovered
            start = first_name - 1  # "Sri Mulyani": a given name that is also a dictionary word
        name = run[start:]
        checked = name[1:] if surname_first else name
        if not 2 <= len(name) <= 4 or any(vocabulary.never_a_name(words[w].text) for w in checked):
            return None
        return name

    def discover(self, articles: list[Article]) -> dict[str, list[tuple[str, str]]]:
        candidates: dict[tuple[str, ...], _Candidate] = defaultdict(_Candidate)
        for article in articles:
            for paragraph in article.paragraphs:
                words, parts = tokenize(paragraph)
                matches = self.index.match(paragraph, parts)
                covered = {parts[k].word for i, j, _ in matches for k in range(i, j)}
                for run in self._name_runs(paragraph, words, parts, covered):
                    name = self._name_in_run(run, words)
                    if name is None:
                        continue
                    start, end = words[name[0]].start, words[name[-1]].end
                    surface = paragraph[start:end]
                    key = AliasIndex.key(surface)
                    candidate = candidates[key]
                    candidate.surfaces[surface] += 1
                    candidate.articles.add(article.source_path)
                    if (role_before(paragraph, start, self.vocabulary) or role_after(paragraph, end, self.vocabulary)
                            or _says_before(paragraph, start, self.vocabulary)
                            or _says_after(paragraph, end, self.vocabulary)):
                        candidate.evidence += 1
                    if len(candidate.examples) < 3:
                        following = SENTENCE_END.search(paragraph, end)
                        example = (article.source_path,
                                   paragraph[sentence_start(paragraph, start):following.start() + 1 if following else None])
                        if example not in candidate.examples:
                            candidate.examples.append(example)
        examples = {}
        for key in sorted(candidates):
            candidate = candidates[key]
            if not candidate.evidence or key in self.index:
                continue
            name = min(candidate.surfaces, key=lambda s: (-candidate.surfaces[s], s))
            actor = Actor(id=self._new_id(name), name=name, kind="person", reviewed=False)
            self.actors[actor.id] = actor
            for surface in sorted(candidate.surfaces):
                self.index.add(surface, actor.id)
            examples[actor.id] = candidate.examples
        return examples

    # ---------------------------------------------------------------- the article pass
    def _full_mentions(self, article: Article):
        for number, paragraph in enumerate(article.paragraphs):
            words, parts = tokenize(paragraph)
            matches = self.index.match(paragraph, parts)
            yield number, paragraph, words, parts, matches

    def cast(self, article: Article, short_names: dict[str, Counter]) -> Cast:
        vocabulary = self.vocabulary
        mentions: list[Mention] = []
        tokenized = list(self._full_mentions(article))
        for number, paragraph, words, parts, matches in tokenized:
            for i, j, actor_id in matches:
                start, end = parts[i].start, parts[j - 1].end
                printed = " ".join(re.sub(r"[()]", " ", paragraph[start:end]).split())
                mentions.append(Mention(actor_id, number, start, end, printed, "name"))

        # Short names: the person named in full in this article, else the one the corpus means.
        in_article: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            if self.actors[mention.actor_id].kind == "person":
                for key in _short_keys(self.actors[mention.actor_id].name):
                    in_article[key].add(mention.actor_id)
        unresolved: list[str] = []
        for number, paragraph, words, parts, matches in tokenized:
            covered = {parts[k].word for i, j, _ in matches for k in range(i, j)}
            for run in self._name_runs(paragraph, words, parts, covered):
                if len(run) != 1:
                    continue
                word = words[run[0]]
                key = fold(word.text)
                if len(word.text) < _MIN_SHORT_NAME or vocabulary.never_a_name(word.text):
                    continue
                people = in_article.get(key) or set()
                if len(people) == 1:
                    actor_id = next(iter(people))
                elif not people and key in short_names:
                    actor_id = _overwhelming(short_names[key])
                else:
                    actor_id = None
                if actor_id is None:
                    if people or key in short_names:
                        unresolved.append(word.text)
                    continue
                mentions.append(Mention(actor_id, number, word.start, word.end, word.text, "short"))
        mentions.sort(key=lambda m: (m.paragraph, m.start))

        roles: list[tuple[str, str]] = []
        for mention in mentions:
            if mention.how != "name" or self.actors[mention.actor_id].kind != "person":
                continue
            paragraph = article.paragraphs[mention.paragraph]
            for role in (role_before(paragraph, mention.start, vocabulary),
                         role_after(paragraph, mention.end, vocabulary)):
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
                           is_title, vocabulary.never_a_name).quotes()


def _short_keys(name: str) -> set[str]:
    """A person's surname or given name alone: the first and last word of the full name."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {fold(w) for w in (words[0], words[-1]) if len(w) >= _MIN_SHORT_NAME}


def _overwhelming(counts: Counter) -> str | None:
    if not counts:
        return None
    if len(counts) == 1:
        return next(iter(counts))
    top, top_count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    total = sum(counts.values())
    return top if total and top_count / total >= _OVERWHELMING else None


def resolve(articles: list[Article], editorial: Editorial) -> ResolvedCorpus:
    resolver = Resolver(editorial)
    examples = resolver.discover(articles)

    # Which person a short name means across the corpus: articles naming each person in full.
    short_names: dict[str, Counter] = defaultdict(Counter)
    for actor in resolver.actors.values():
        if actor.kind == "person":
            for key in _short_keys(actor.name):
                short_names[key][actor.id] += 0
    full_mentions: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for _, _, _, _, matches in resolver._full_mentions(article):
            for _, _, actor_id in matches:
                full_mentions[actor_id].add(article.source_path)
    for actor_id, paths in full_mentions.items():
        actor = resolver.actors[actor_id]
        if actor.kind == "person":
            for key in _short_keys(actor.name):
                short_names[key][actor_id] += len(paths)
    short_names = {key: Counter({k: v for k, v in counts.items()}) for key, counts in short_names.items()}

    casts = {article.source_path: resolver.cast(article, short_names) for article in articles}
    used = {m.actor_id for cast in casts.values() for m in cast.mentions}
    actors = {actor_id: actor for actor_id, actor in resolver.actors.items() if actor_id in used}
    return ResolvedCorpus(actors=actors, casts=casts,
                          discovered_examples={k: v for k, v in examples.items() if k in actors})
