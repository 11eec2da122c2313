"""Place names from pycountry and areaid (generator/gazetteer.py)."""

from generator import gazetteer


def test_countries_have_their_indonesian_names_and_english_aliases():
    by_code = {c.code: c for c in gazetteer.countries()}
    assert by_code["KP"].name == "Korea Utara" and "North Korea" in by_code["KP"].aliases
    assert by_code["US"].name == "Amerika Serikat"
    assert by_code["IR"].name == "Iran"  # not the catalogue form "Iran, Republik Islam"
    assert by_code["BO"].name == "Bolivia" and by_code["TW"].name == "Taiwan"


def test_indonesian_provinces_regencies_and_cities():
    regions = {r.name: r for r in gazetteer.indonesian_regions()}
    assert regions["Jawa Barat"].level == "provinsi"
    assert regions["Karanganyar"].level == "kabupaten" and "Kabupaten Karanganyar" in regions["Karanganyar"].aliases
    assert {"Kabupaten Bogor", "Kota Bogor"} <= set(regions) and "Bogor" not in regions  # a shared short name
    assert "Solo" in regions["Surakarta"].aliases
    assert len([r for r in regions.values() if r.level == "provinsi"]) >= 34


def test_place_names_hold_districts_too():
    assert "genuk" in gazetteer.place_names() and "jawa tengah" in gazetteer.place_names()
