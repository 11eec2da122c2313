"""Relations: related articles and same-story clusters, on the seeds and on made-up controls."""

import datetime as dt

import pytest
from conftest import SEEDS

from generator.clean import clean, remove_recurring
from generator.editorial import load_editorial
from generator.extract import extract
from generator.read import read_corpus
from generator.relate import MAX_RELATED, Relations
from generator.resolve import resolve
from test_render import article as make_article

EDITORIAL = load_editorial()


@pytest.fixture(scope="module")
def seeds():
    cleaned = remove_recurring([clean(d, EDITORIAL) for d in read_corpus(SEEDS).documents], EDITORIAL)
    articles = [extract(c, EDITORIAL) for c in cleaned]
    resolved = resolve(articles, EDITORIAL)
    kinds = {k: a.kind for k, a in resolved.actors.items()}
    return articles, Relations(articles, [resolved.casts[a.source_path] for a in articles], kinds)


def test_the_september_2023_summit_is_one_story(seeds):
    articles, relations = seeds
    stories = [[articles[i].source_path[:3] for i in story] for story in relations.stories()]
    assert stories == [["000", "001", "004"]]  # 002 (13 days earlier) and 003 (June 2024) are other events


def test_every_article_has_related_articles_ranked_deterministically(seeds):
    articles, relations = seeds
    for index in range(len(articles)):
        related = relations.related(index)
        assert 1 <= len(related) <= MAX_RELATED
        assert index not in [other for other, _ in related]
        assert related == relations.related(index)
    first = [articles[o].source_path[:3] for o, _ in relations.related(0)]
    assert first[0] in ("001", "004")  # the same story ranks above the others


def made_up(path, day, text, actors=()):
    from generator.model import Cast, Mention

    article = make_article(source_path=path, content_hash=path * 8, title=f"Judul {path} yang panjang",
                           paragraphs=(text,), published=day)
    cast = Cast(mentions=tuple(Mention(a, 0, 0, 1, a, "name") for a in actors))
    return article, cast


def test_same_actors_and_wording_but_a_month_apart_are_not_one_story():
    text = "Presiden bertemu menteri pertahanan membahas latihan militer gabungan di perbatasan utara."
    one = made_up("a", dt.date(2024, 1, 1), text, ("x", "y", "z"))
    two = made_up("b", dt.date(2024, 2, 5), text, ("x", "y", "z"))
    relations = Relations([one[0], two[0]], [one[1], two[1]])
    assert relations.stories() == []
    assert [o for o, _ in relations.related(0)] == [1]


def test_same_days_but_other_wording_is_not_one_story():
    one = made_up("a", dt.date(2024, 1, 1), "Harga beras naik tajam di pasar tradisional menjelang panen raya.",
                  ("x", "y"))
    two = made_up("b", dt.date(2024, 1, 2), "Tim nasional sepak bola menang besar dalam laga persahabatan.",
                  ("x", "y"))
    assert Relations([one[0], two[0]], [one[1], two[1]]).stories() == []


def test_same_event_in_two_outlets_is_one_story():
    one = made_up("a", dt.date(2024, 1, 1), "Presiden bertemu menteri pertahanan membahas latihan militer "
                  "gabungan di perbatasan utara pada Senin.", ("x", "y", "z"))
    two = made_up("b", dt.date(2024, 1, 2), "Menteri pertahanan dan presiden membahas latihan militer gabungan "
                  "di perbatasan utara, kata pejabat.", ("x", "y"))
    assert Relations([one[0], two[0]], [one[1], two[1]]).stories() == [[0, 1]]


def test_an_undated_article_joins_only_one_story():
    text = "Presiden bertemu menteri pertahanan membahas latihan militer gabungan di perbatasan utara."
    a = made_up("a", dt.date(2024, 1, 1), text, ("x", "y", "z"))
    b = made_up("b", dt.date(2024, 3, 1), text, ("x", "y", "z"))
    c = made_up("c", None, text, ("x", "y", "z"))
    stories = Relations([a[0], b[0], c[0]], [a[1], b[1], c[1]]).stories()
    assert len(stories) == 1 and 2 in stories[0] and len(stories[0]) == 2


def test_alike_articles_day_after_day_do_not_chain_into_one_story():
    """Single linkage would join a day-0 article to day 2, day 2 to day 4, and so on into one endless story;
    a story spans at most three days."""
    text = "Presiden bertemu menteri pertahanan membahas latihan militer gabungan di perbatasan utara."
    made = [made_up(name, dt.date(2024, 1, 1) + dt.timedelta(days=2 * k), text, ("x", "y", "z"))
            for k, name in enumerate("abcdef")]
    stories = Relations([a for a, _ in made], [c for _, c in made]).stories()
    assert stories and all(len(story) <= 2 for story in stories)
    for story in stories:
        days = [made[i][0].day for i in story]
        assert (max(days) - min(days)).days <= 3


def _made_up_corpus(count: int):
    """Articles drawn from a small vocabulary and cast, so that postings are capped and candidates cut."""
    import random

    generator = random.Random(7)
    words = [f"kata{chr(97 + i)}{chr(97 + j)}" for i in range(20) for j in range(12)]
    people = [f"orang-{k}" for k in range(60)]
    made = []
    for number in range(count):
        day = None if number % 9 == 0 else dt.date(2024, 1, 1) + dt.timedelta(days=generator.randrange(200))
        text = " ".join(generator.choice(words[: 40 + number % 200]) for _ in range(80))
        made.append(made_up(f"{number:04d}", day, text, tuple(generator.sample(people, 2 + number % 7))))
    return [a for a, _ in made], [c for _, c in made]


def test_related_articles_are_those_a_plain_loop_over_every_pair_finds():
    """The index (postings summed in C, actors overlapped in bulk) ranks exactly as scoring each candidate with
    pair() does, and finds the candidates a loop over every posting finds, to the last bit."""
    import math

    from generator import relate

    articles, casts = _made_up_corpus(700)
    relations = Relations(articles, casts)
    assert relate.POSTINGS_MIN < len(articles) and relate.CANDIDATES < len(articles) // 4
    capped_terms = {t for vector in relations._vectors for t in vector} - set(relations._by_term)
    assert capped_terms  # the corpus is large enough for postings to be capped
    postings = {}
    for index, vector in enumerate(relations._vectors):
        for term, weight in vector.items():
            if term in relations._by_term:
                postings.setdefault(term, []).append((index, weight))
    actor_postings = {}
    for index, actors in enumerate(relations._actors):
        for actor in actors:
            if actor in relations._by_actor:
                actor_postings.setdefault(actor, []).append(index)
    for index in range(0, len(articles), 7):
        text, partial = {}, {}
        for term, weight in relations._vectors[index].items():
            for other, other_weight in postings.get(term, ()):
                if other != index:
                    text[other] = text.get(other, 0.0) + weight * other_weight
                    partial[other] = partial.get(other, 0.0) + relate.WEIGHTS["text"] * weight * other_weight
        norm = relations._actor_norm[index]
        for actor, weight in relations._actors[index].items():
            for other in actor_postings.get(actor, ()):
                if other != index:
                    partial[other] = partial.get(other, 0.0) + (relate.WEIGHTS["actors"] * weight * weight
                                                                 / (norm * relations._actor_norm[other]))
        best = sorted(partial, key=lambda other: (-partial[other], other))[:relate.CANDIDATES]
        candidates = relations._candidates(index)
        assert list(candidates.items()) == [(other, text.get(other, 0.0)) for other in best]
        scored = [(other, relations.pair(index, other, value)) for other, value in candidates.items()]
        scored = [(o, p) for o, p in scored if p.score >= relate.MIN_RELATED_SCORE]
        scored.sort(key=lambda item: (-round(item[1].score, 3),
                                      math.inf if item[1].days_apart is None else item[1].days_apart,
                                      articles[item[0]].source_path))
        assert relations.related(index) == scored[:relate.MAX_RELATED]


def test_same_story_tests_in_bulk_agree_with_the_pairwise_test():
    from generator import relate

    articles, casts = _made_up_corpus(300)
    relations = Relations(articles, casts)
    verdicts = []
    for index in range(0, len(articles), 11):
        others = [other for other in range(len(articles)) if other != index]
        for bars in ((relate.STORY_MIN_WORDING, relate.STORY_MIN_ACTORS),
                     (relate.UNDATED_MIN_WORDING, relate.UNDATED_MIN_ACTORS)):
            bulk = relations._all_strongly_alike(index, others, *bars)
            assert bulk == [relations._strongly_alike(index, other, *bars) for other in others]
            verdicts += bulk
    assert any(verdicts) and not all(verdicts)
