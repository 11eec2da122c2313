"""The per-article analysis cache (generator/cache.py): a result is reused only for the same input, code and
data, a run keeps only what it used, and a damaged file costs time, never a page."""

import pickle

from generator.cache import NAME, AnalysisCache


def test_a_result_is_found_again_only_under_the_same_input_and_salt(tmp_path):
    cache = AnalysisCache(tmp_path / NAME, "code-1")
    key = cache.key("clean", ("seeds/a.txt", "teks"))
    assert cache.get_many([key]) == {}
    cache.put(key, {"paragraphs": ("Satu.",)})
    cache.save()
    cache.close()

    again = AnalysisCache(tmp_path / NAME, "code-1")
    assert again.get_many([key]) == {key: {"paragraphs": ("Satu.",)}}
    assert again.key("clean", ("seeds/a.txt", "teks berubah")) != key
    assert again.key("extract", ("seeds/a.txt", "teks")) != key
    assert AnalysisCache(tmp_path / NAME, "code-2").key("clean", ("seeds/a.txt", "teks")) != key


def test_a_run_keeps_only_the_entries_it_used(tmp_path):
    cache = AnalysisCache(tmp_path / NAME, "s")
    old, kept = cache.key("clean", "lama"), cache.key("clean", "tetap")
    cache.put(old, 1)
    cache.put(kept, 2)
    cache.save()
    cache.close()
    second = AnalysisCache(tmp_path / NAME, "s")
    assert second.get_many([kept]) == {kept: 2}
    second.save()
    second.close()
    third = AnalysisCache(tmp_path / NAME, "s")
    assert third.get_many([old, kept]) == {kept: 2}


def test_results_computes_only_the_items_without_a_kept_result_and_keeps_theirs(tmp_path):
    items = ["satu", "dua", "tiga"]
    keys = [f"k-{item}" for item in items]
    earlier = AnalysisCache(tmp_path / NAME, "s")
    earlier.put("k-dua", "DUA (kept)")
    earlier.save()
    earlier.close()
    cache = AnalysisCache(tmp_path / NAME, "s")
    asked = []

    def compute_missing(todo):
        asked.append(list(todo))
        return (item.upper() for item in todo)

    assert cache.results(keys, items, compute_missing) == ["SATU", "DUA (kept)", "TIGA"]
    assert asked == [["satu", "tiga"]]
    cache.save()
    cache.close()
    assert AnalysisCache(tmp_path / NAME, "s").get_many(keys) == {"k-satu": "SATU", "k-dua": "DUA (kept)",
                                                                   "k-tiga": "TIGA"}


def test_a_damaged_or_unreadable_cache_is_started_again(tmp_path, caplog):
    path = tmp_path / NAME
    path.write_bytes(b"bukan basis data SQLite" * 100)
    cache = AnalysisCache(path, "s")
    key = cache.key("clean", "x")
    assert cache.get_many([key]) == {}
    cache.put(key, "hasil")
    cache.save()
    cache.close()
    assert "unusable" in caplog.text
    assert AnalysisCache(path, "s").get_many([key]) == {key: "hasil"}

    broken = AnalysisCache(path, "s")  # an entry that no longer unpickles (a class renamed in a new version)
    broken._db.execute("UPDATE results SET value = ?", (pickle.dumps(object())[:5],))
    broken._db.commit()
    assert broken.get_many([key]) == {}


def test_without_a_folder_nothing_is_kept():
    cache = AnalysisCache(None, "s")
    key = cache.key("clean", "x")
    cache.put(key, 1)
    cache.save()
    assert cache.get_many([key]) == {}


def test_the_article_pass_of_resolve_is_read_from_the_cache_under_the_same_discovery(tmp_path, monkeypatch):
    import dataclasses

    from generator.editorial import load_editorial
    from generator.resolve import Resolver, resolve
    from test_render import article as make_article

    def article(path, *paragraphs):
        return dataclasses.replace(make_article(source_path=path, content_hash=path * 8, paragraphs=paragraphs),
                                   language="id")

    editorial = load_editorial()
    articles = [article("a.txt", "“Harga naik,” kata Menteri Perdagangan Budi Santoso di Jakarta."),
                article("b.txt", "Budi Santoso mengatakan pasokan cukup.", "“Stok aman,” ujar Budi."),
                article("c.txt", "Kepala Dinas Pangan Rina Wulandari mengatakan gudang penuh.")]
    calls = {"discover": 0, "cast": 0}
    discover_in, cast = Resolver._discover_in, Resolver.cast

    def counted(name, method):
        def wrapper(self, *args, **kwargs):
            calls[name] += 1
            return method(self, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(Resolver, "_discover_in", counted("discover", discover_in))
    monkeypatch.setattr(Resolver, "cast", counted("cast", cast))
    first = AnalysisCache(tmp_path / NAME, "salt")
    fresh = resolve(articles, editorial, cache=first)
    first.save()
    first.close()
    assert calls == {"discover": 3, "cast": 3}

    # one article edited with no new name and no new word in it: only that one is read again
    articles[2] = article("c.txt", "Kepala Dinas Pangan Rina Wulandari mengatakan gudang penuh, pasokan cukup.")
    calls.update(discover=0, cast=0)
    again = AnalysisCache(tmp_path / NAME, "salt")
    cached = resolve(articles, editorial, cache=again)
    assert calls == {"discover": 1, "cast": 1}
    assert cached == resolve(articles, editorial)  # the same as without any cache
    assert cached.actors == fresh.actors

    # a new person discovered changes what every article's cast may hold: every cast is made again
    articles[2] = article("c.txt", "Kepala Dinas Pangan Rina Wulandari mengatakan gudang penuh, pasokan cukup.",
                          "“Pasokan cukup,” kata Anton Saputra, kepala gudang di Jakarta.")
    calls.update(discover=0, cast=0)
    cached = resolve(articles, editorial, cache=again)
    assert "Anton Saputra" in {actor.name for actor in cached.actors.values()}
    assert cached == resolve(articles, editorial)
    assert calls["cast"] == 3 + 3  # the cached run made all three again, as the run without a cache did


def test_an_unchanged_article_loses_a_line_that_another_article_makes_recurring_in_its_outlet(tmp_path):
    """The cached extraction of an unchanged article is keyed by the lines the corpus-level rule drops from it:
    a third article of the outlet that repeats a short line drops it from the two kept ones too, as a run without
    any cache does."""
    import hashlib

    from generator.cache import AnalysisCache
    from generator.editorial import load_editorial
    from generator.model import RawDocument
    from generator.pipeline import analyse

    editorial = load_editorial(None)

    def page(n: int) -> RawDocument:
        text = (f"Judul Artikel Nomor {n} Yang Cukup Panjang\nNusantaraPos.com - Paragraf {n} berisi kalimat "
                f"lengkap tentang banjir di kota.\nJangan lewatkan\nKalimat kedua artikel {n} tentang banjir.\n")
        return RawDocument(path=f"{n}.txt", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())

    def paragraphs(documents, cache):
        articles, _, _ = analyse(documents, editorial, workers=1, cache=cache)
        cache.save()
        return {a.source_path: a.paragraphs for a in articles}

    cache_path = tmp_path / "analysis.sqlite"
    two = paragraphs([page(0), page(1)], AnalysisCache(cache_path, "salt"))
    assert all("Jangan lewatkan" in kept for kept in two.values())
    three = paragraphs([page(0), page(1), page(2)], AnalysisCache(cache_path, "salt"))
    assert three == paragraphs([page(0), page(1), page(2)], AnalysisCache(None, "salt"))
    assert not any("Jangan lewatkan" in kept for kept in three.values())
    assert paragraphs([page(0), page(1)], AnalysisCache(cache_path, "salt")) == two
