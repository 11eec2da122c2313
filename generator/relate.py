"""Relations between articles, computed once for the corpus: related articles and same-story clusters.

Similarity has three parts: shared actors weighted by rarity (an actor in every article says little), the
cosine of TF-IDF vectors of the cleaned text (Indonesian words stemmed with PySastrawi, English lower-cased),
and closeness in time. Candidates come from inverted indexes over each article's strongest terms and its
actors, with postings capped, so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .model import Article, Cast
from .ner import stem

TERMS_PER_ARTICLE = 60  # the strongest terms of an article that are indexed and compared
# A term or actor in more articles than this is too common to find candidates with (it adds little to a score
# anyway): at least POSTINGS_MIN, else a share of the corpus, so small archives keep every posting.
POSTINGS_MIN = 200
POSTINGS_SHARE = 0.05
CANDIDATES = 60  # the best candidates by the index's partial score; only these are scored in full
MAX_RELATED = 5
MIN_RELATED_SCORE = 0.05
WEIGHTS = {"actors": 0.4, "text": 0.45, "time": 0.15}
TIME_SCALE_DAYS = 30.0  # closeness halves roughly every three weeks
UNDATED_CLOSENESS = 0.3

# Same story (one event reported by several outlets): all its articles published within STORY_MAX_DAYS, with
# strongly overlapping wording (cosine of plain term counts) and people/organisations (overlap coefficient,
# at least STORY_MIN_SHARED in common). An undated article joins the story of the dated article it matches
# best, and only past stricter bars, so it can never chain two stories together. Rarity-weighted (IDF)
# measures rank related articles; they cannot decide "same story" on their own in a small corpus, where
# every article shares the topic's words.
STORY_MAX_DAYS = 3
STORY_MIN_WORDING = 0.35
STORY_MIN_ACTORS = 0.3
STORY_MIN_SHARED = 2
UNDATED_MIN_WORDING = 0.5
UNDATED_MIN_ACTORS = 0.4
STORY_ACTOR_KINDS = ("person", "organisation")

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = {
    "id": set("yang dan di dengan untuk dari ini itu tidak akan pada juga dalam ke karena adalah oleh atau telah "
              "sudah bahwa mereka kata ada lebih saat bisa para secara tersebut sebagai hingga namun serta agar "
              "kepada setelah sejak antara bagi tahun hari lalu masih dapat harus jika ketika tetapi".split()),
    "en": set("the and of to in is that for on with was as by at from it be are have has this said an which were "
              "their not will but been would its they had who also after more than about into over".split()),
}


@lru_cache(maxsize=4096)
def _log(count: int) -> float:
    return math.log(count)


@lru_cache(maxsize=4096)
def _closeness(days: int) -> float:
    return math.exp(-days / TIME_SCALE_DAYS)


def terms(article: Article) -> Counter[str]:
    stop = _STOP.get(article.language, set())
    counts: Counter[str] = Counter()
    for paragraph in (article.title, *article.paragraphs):
        for word in _WORD.findall(paragraph.lower()):
            if word in stop:
                continue
            counts[stem(word) if article.language == "id" else word] += 1
    return counts


@dataclass(frozen=True)
class Pair:
    text: float
    actors: float
    time: float
    days_apart: int | None

    @property
    def score(self) -> float:
        return _score(self.text, self.actors, self.time)


def _score(text: float, actors: float, time: float) -> float:
    return WEIGHTS["text"] * text + WEIGHTS["actors"] * actors + WEIGHTS["time"] * time


class _Rows:
    """One row of numbers (with a value each, or none) per article, all in one array: row i is
    numbers[start[i]:start[i + 1]]. dot() sums many rows against one dense vector in C."""

    def __init__(self, rows: list[list[int]], values: list[list[int]] | None, width: int):
        self.width = width
        self.start = np.cumsum([0] + [len(row) for row in rows])
        self.numbers = np.array([n for row in rows for n in row], dtype=np.intp)
        self.values = np.array([v for row in values for v in row], dtype=np.float64) if values is not None else None

    def row(self, i: int) -> np.ndarray:
        return self.numbers[self.start[i]:self.start[i + 1]]

    def values_of(self, i: int) -> np.ndarray:
        return self.values[self.start[i]:self.start[i + 1]]

    def lengths(self, rows: np.ndarray) -> np.ndarray:
        return self.start[rows + 1] - self.start[rows]

    def dense(self, i: int, values) -> np.ndarray:
        """Row i as a vector over every number: its values (or one value) at its numbers, zero elsewhere."""
        vector = np.zeros(self.width)
        vector[self.row(i)] = values
        return vector

    def dot(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """For each of the rows: the sum of vector[number] (× the number's value) over its numbers, added in the
        row's order."""
        lengths = self.lengths(rows)
        which = np.repeat(np.arange(len(rows)), lengths)
        positions = np.arange(lengths.sum()) + np.repeat(self.start[rows] - np.cumsum(lengths) + lengths, lengths)
        found = vector[self.numbers[positions]]
        if self.values is not None:
            found = found * self.values[positions]
        return np.bincount(which, weights=found, minlength=len(rows))


class Relations:
    """Related articles and story clusters for a list of articles (identified by their position)."""

    def __init__(self, articles: list[Article], casts: list[Cast], kinds: dict[str, str] | None = None,
                 counts: list[Counter[str]] | None = None):
        """kinds: actor id → kind, to tell the people and organisations of a story from its places.
        counts: terms(article) of each article, when the caller has them (kept from an earlier run)."""
        self.articles = articles
        self._day_numbers = [a.day.toordinal() if a.day is not None else None for a in articles]
        n = len(articles)
        counts = counts if counts is not None else [terms(a) for a in articles]
        self._counts = counts
        self._count_norm = [math.sqrt(sum(v * v for v in c.values())) or 1.0 for c in counts]
        kinds = kinds or {}
        self._story_actors = [{a for a in c.actor_ids if kinds.get(a, "person") in STORY_ACTOR_KINDS} for c in casts]
        # the same as rows of numbers (see _Rows), for testing many pairs at once
        term_number: dict[str, int] = {}
        self._count_rows = _Rows([[term_number.setdefault(t, len(term_number)) for t in c] for c in counts],
                                 [list(c.values()) for c in counts], len(term_number))
        story_number: dict[str, int] = {}
        self._story_rows = _Rows([sorted(story_number.setdefault(a, len(story_number)) for a in actors)
                                  for actors in self._story_actors], None, len(story_number))
        self._vectors = self._tfidf(counts)
        # in one order in every process (a set of strings is not): sums over them are the same floats each run
        actor_sets = [sorted(set(c.actor_ids)) for c in casts]
        actor_df = Counter(actor for actors in actor_sets for actor in actors)
        self._actor_weight = {a: math.log((1 + n) / (1 + df)) + 0.1 for a, df in actor_df.items()}
        self._actor_square = {a: w ** 2 for a, w in self._actor_weight.items()}
        self._actors = [{a: self._actor_weight[a] for a in actors} for actors in actor_sets]
        self._actor_norm = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in self._actors]
        # each article's actors as numbers in name order, so that an article's actor overlap with its candidates
        # is summed in C
        number = {actor: k for k, actor in enumerate(sorted(actor_df))}
        self._actor_rows = _Rows([[number[a] for a in actors] for actors in actor_sets], None, len(number))
        self._actor_squares = np.array([self._actor_square[a] for a in sorted(actor_df)])

        by_term: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, vector in enumerate(self._vectors):
            for term, weight in vector.items():
                by_term[term].append((index, weight))
        by_actor: dict[str, list[int]] = defaultdict(list)
        for index, actors in enumerate(self._actors):
            for actor in actors:
                by_actor[actor].append(index)
        cap = max(POSTINGS_MIN, int(POSTINGS_SHARE * n))
        # postings as arrays (article positions, weights), so that an article's candidates are summed in C
        self._by_term = {t: (np.array([i for i, _ in p], dtype=np.intp), np.array([w for _, w in p]))
                         for t, p in by_term.items() if len(p) <= cap}
        self._by_actor = {a: np.array(p, dtype=np.intp) for a, p in by_actor.items() if len(p) <= cap}
        self._actor_norm_array = np.array(self._actor_norm)

    @staticmethod
    def _tfidf(counts: list[Counter[str]]) -> list[dict[str, float]]:
        n = len(counts)
        df = Counter(term for c in counts for term in c)
        idf = {term: math.log((1 + n) / (1 + count)) for term, count in df.items()}
        vectors = []
        for c in counts:
            weights = {t: (1 + _log(k)) * idf[t] for t, k in c.items()}
            strongest = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:TERMS_PER_ARTICLE]
            norm = math.sqrt(sum(w * w for _, w in strongest)) or 1.0
            vectors.append({t: w / norm for t, w in strongest if w > 0})
        return vectors

    def _candidates(self, index: int) -> dict[int, float]:
        """The other articles sharing the most (rare) terms and actors, at most CANDIDATES of them, with their
        text cosine accumulated on the way (over the indexed terms).

        Each posting adds its product to the other article's sums in the order of the article's terms, then of
        its actors (np.bincount adds in order), so the sums are the same floats as a loop over the postings."""
        n = len(self.articles)
        others, text_parts, partial_parts = [], [], []
        for term, weight in self._vectors[index].items():
            posting = self._by_term.get(term)
            if posting is not None:
                others.append(posting[0])
                text_parts.append(weight * posting[1])
                partial_parts.append(WEIGHTS["text"] * weight * posting[1])
        text_count = sum(len(part) for part in others)
        norm = self._actor_norm[index]
        for actor, weight in self._actors[index].items():
            posting = self._by_actor.get(actor)
            if posting is not None:
                others.append(posting)
                partial_parts.append(WEIGHTS["actors"] * weight * weight / (norm * self._actor_norm_array[posting]))
        if not others:
            return {}
        everyone = np.concatenate(others)
        partial_all = np.concatenate(partial_parts)
        mine = everyone != index
        touched = np.flatnonzero(np.bincount(everyone[mine], minlength=n))
        partial = np.bincount(everyone[mine], weights=partial_all[mine], minlength=n)
        best = touched[np.lexsort((touched, -partial[touched]))[:CANDIDATES]]
        if not text_count:
            return {int(other): 0.0 for other in best}
        term_others = everyone[:text_count]
        by_term = term_others != index
        text = np.bincount(term_others[by_term], weights=np.concatenate(text_parts)[by_term], minlength=n)
        return {int(other): float(text[other]) for other in best}

    def pair(self, a: int, b: int, text: float | None = None) -> Pair:
        if text is None:
            text = sum(w * self._vectors[b].get(t, 0.0) for t, w in self._vectors[a].items())
        shared = self._actors[a].keys() & self._actors[b].keys()
        # summed in name order, as _actor_overlaps does
        actors = sum(self._actor_square[x] for x in sorted(shared)) / (self._actor_norm[a] * self._actor_norm[b])
        days, time = self._apart(a, b)
        return Pair(text=text, actors=actors, time=time, days_apart=days)

    def _apart(self, a: int, b: int) -> tuple[int | None, float]:
        """(days between the two articles, their closeness in time); None and a fixed closeness when undated."""
        day_a, day_b = self._day_numbers[a], self._day_numbers[b]
        if day_a is None or day_b is None:
            return None, UNDATED_CLOSENESS
        days = abs(day_a - day_b)
        return days, _closeness(days)

    def _actor_overlaps(self, index: int, others: np.ndarray) -> np.ndarray:
        """pair(index, other).actors for each of the others: the squared weights of the shared actors, summed in
        name order, over the two norms."""
        rows = self._actor_rows
        shared = rows.dot(rows.dense(index, self._actor_squares[rows.row(index)]), others)
        return shared / (self._actor_norm[index] * self._actor_norm_array[others])

    def related(self, index: int, limit: int = MAX_RELATED) -> list[tuple[int, Pair]]:
        candidates = self._candidates(index)
        if not candidates:
            return []
        others = np.fromiter(candidates, dtype=np.intp, count=len(candidates))
        scored = []
        for (other, text), actors in zip(candidates.items(), self._actor_overlaps(index, others).tolist()):
            days, time = self._apart(index, other)
            score = _score(text, actors, time)
            if score >= MIN_RELATED_SCORE:
                # scores within 0.001 are a tie, won by the article nearer in time: a change elsewhere that shifts
                # every term weight a little (one more article) must not reorder the related lists of unrelated
                # articles
                key = (-round(score, 3), math.inf if days is None else days, self.articles[other].source_path)
                scored.append((key, other, text, actors, time, days))
        scored.sort(key=lambda item: item[0])
        return [(other, Pair(text=text, actors=actors, time=time, days_apart=days))
                for _, other, text, actors, time, days in scored[:limit]]

    def wording(self, a: int, b: int) -> float:
        """Cosine of plain term counts: how much of the same wording two articles use."""
        small, large = sorted((self._counts[a], self._counts[b]), key=len)
        return sum(v * large.get(t, 0) for t, v in small.items()) / (self._count_norm[a] * self._count_norm[b])

    def shared_actors(self, a: int, b: int) -> tuple[int, float]:
        """(people and organisations in common, overlap coefficient)."""
        first, second = self._story_actors[a], self._story_actors[b]
        common = len(first & second)
        return common, common / max(1, min(len(first), len(second)))

    def _strongly_alike(self, a: int, b: int, wording: float, actors: float) -> bool:
        shared, overlap = self.shared_actors(a, b)
        return shared >= STORY_MIN_SHARED and overlap >= actors and self.wording(a, b) >= wording

    def _all_strongly_alike(self, index: int, others: list[int], wording: float, actors: float) -> list[bool]:
        """_strongly_alike(index, other, …) for each of the others, at once: the same counts and the same floats
        (term counts and actors in common are whole numbers, summed exactly in any order)."""
        if not others:
            return []
        candidates = np.array(others, dtype=np.intp)
        rows = self._story_rows
        common = rows.dot(rows.dense(index, 1.0), candidates)
        overlap = common / np.maximum(1, np.minimum(len(rows.row(index)), rows.lengths(candidates)))
        alike = (common >= STORY_MIN_SHARED) & (overlap >= actors)
        if alike.any():
            close = candidates[alike]
            norms = np.array([self._count_norm[o] for o in close.tolist()])
            counts = self._count_rows
            alike[alike] = counts.dot(counts.dense(index, counts.values_of(index)), close) \
                / (self._count_norm[index] * norms) >= wording
        return alike.tolist()

    def _story_candidates(self, index: int) -> set[int]:
        """Dated articles within the story window, found through the day index (never the whole corpus)."""
        day = self.articles[index].day
        return {other for offset in range(-STORY_MAX_DAYS, STORY_MAX_DAYS + 1)
                for other in self._by_day.get(day + dt.timedelta(days=offset), ()) if other != index}

    def stories(self) -> list[list[int]]:
        """Clusters of two or more articles reporting the same event, oldest first."""
        self._by_day: dict[dt.date, list[int]] = defaultdict(list)
        for index, article in enumerate(self.articles):
            if article.day is not None:
                self._by_day[article.day].append(index)
        parent = list(range(len(self.articles)))
        # each story's first and last day: a story never spans more than STORY_MAX_DAYS, so similar articles
        # cannot chain day after day into one giant "story" (single linkage would)
        first = [article.day for article in self.articles]
        last = list(first)

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def join(a: int, b: int) -> None:
            a, b = find(a), find(b)
            if a == b:
                return
            if first[a] is not None and first[b] is not None:
                start, end = min(first[a], first[b]), max(last[a], last[b])
                if (end - start).days > STORY_MAX_DAYS:
                    return
                first[b], last[b] = start, end
            parent[a] = b

        for index, article in enumerate(self.articles):
            if article.day is None:
                continue
            later = sorted(other for other in self._story_candidates(index) if other > index)
            for other, alike in zip(later, self._all_strongly_alike(index, later, STORY_MIN_WORDING,
                                                                     STORY_MIN_ACTORS)):
                if alike:
                    join(index, other)
        for index, article in enumerate(self.articles):
            if article.day is not None:
                continue
            dated = [other for other in self._candidates(index) if self.articles[other].day is not None]
            mates = [other for other, alike in zip(dated, self._all_strongly_alike(
                index, dated, UNDATED_MIN_WORDING, UNDATED_MIN_ACTORS)) if alike]
            if mates:
                best = max(mates, key=lambda o: (round(self.pair(index, o).score, 9), -o))
                join(index, best)  # an undated article has no day: it never widens the story
        groups: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self.articles)):
            groups[find(index)].append(index)
        clusters = [sorted(g, key=lambda i: (self.articles[i].published is None, self.articles[i].sort_key))
                    for g in groups.values() if len(g) > 1]
        return sorted(clusters, key=lambda g: (self.articles[g[0]].published is None, self.articles[g[0]].sort_key))
