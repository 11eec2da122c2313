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
