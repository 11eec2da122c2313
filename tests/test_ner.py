"""The recogniser (generator/ner.py) on sentences written for the tests."""

from generator.ner import recogniser, spans


def kinds(text):
    return [(e.kind, e.text) for e in recogniser().entities(text)]


def test_people_places_and_organisations_are_tagged():
    found = kinds("Kepala Dinas Kesehatan Kota Bandung Wartono Hidayat mengatakan warga Cimahi sudah divaksin.")
    assert ("person", "Wartono Hidayat") in found
    assert any(kind == "place" and "Cimahi" in text for kind, text in found)


def test_entities_are_character_spans_of_the_text():
    text = "Presiden Joko Widodo tiba di Surabaya."
    for entity in recogniser().entities(text):
        assert text[entity.start:entity.end] == entity.text


def test_bio_spans_follow_conlleval():
    assert spans(["B-PERSON", "I-PERSON", "O", "I-PLACE", "B-PLACE"]) == [("PERSON", 0, 2), ("PLACE", 3, 4),
                                                                        ("PLACE", 4, 5)]


def test_an_entity_never_runs_over_the_end_of_a_sentence():
    found = kinds("Hal itu langsung direspons eks Ketua KPU Rahmat Asy'ari. Rahmat mengatakan sewa pesawat itu sah.")
    assert ("person", "Rahmat Asy'ari") in found and ("person", "Rahmat") in found
    assert not any(". " in text for _, text in found)
    # trap: an initial's full stop is inside the name
    found = kinds("Penghargaan itu diserahkan kepada Ahmad R. Santoso di Bandung.")
    assert not any(text in ("Ahmad R", "Santoso") for _, text in found)
