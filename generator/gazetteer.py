"""Place names from kept data packages: every country (pycountry, with its Indonesian names from pycountry's
translations), Indonesia's provinces, regencies, cities and districts (areaid), and other countries' regions of two
words or more (pycountry's ISO 3166-2). Nothing here is typed by hand;
abbreviations the packages do not hold ("Jabar", "Jateng") are registry entries in the editable actors.yml.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_ADMINISTRATIVE = re.compile(r"^(?:(?:Kabupaten|Kota|Provinsi|Adm\.|Administrasi|Daerah Khusus Ibukota|"
                             r"Daerah Istimewa)\s+)+")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # as an Indonesian text calls it
    aliases: tuple[str, ...]  # the other names: English, official, Indonesian official


def _translator(domain: str):
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:  # a pycountry without translations: the English names only
        return lambda text: text


def _without_comma(name: str) -> str | None:
    """"Iran, Republik Islam" is a catalogue form, not a name a text prints."""
    return None if "," in name or name.startswith("the ") else name


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    import pycountry

    translate = _translator("iso3166-1")
    found = []
    for country in pycountry.countries:
        english = [n for n in (getattr(country, a, None) for a in ("name", "common_name", "official_name")) if n]
        indonesian = [translate(n) for n in english if translate(n) != n]
        # the Indonesian translation of the short name ("Korea Utara", "Israel"), unless it is a catalogue form
        # ("Iran, Republik Islam"): then the common name, then the translated official name
        common = getattr(country, "common_name", None)
        candidates = [n for n in (translate(country.name), common and translate(common), common,
                                  *indonesian, *english) if n and _without_comma(n)]
        shown = candidates[0] if candidates else english[0]
        aliases = []
        for name in (*indonesian, *english):
            if _without_comma(name) and name != shown and name not in aliases:
                aliases.append(name)
        found.append(Country(code=country.alpha_2, name=shown, aliases=tuple(aliases)))
    return tuple(found)


@dataclass(frozen=True)
class Region:
    name: str  # as texts print it: "Jawa Barat", "Karanganyar", "Kota Bogor"
    level: str  # provinsi | kabupaten | kota
    aliases: tuple[str, ...]  # "Kabupaten Karanganyar", "Solo"


@lru_cache(maxsize=1)
def _areaid_records() -> tuple[tuple[str, tuple[dict, ...]], ...]:
    import areaid

    return tuple((province, tuple(areaid.buka_data(province.lower()))) for province in areaid.buka_nama()["himpunan"])


def _forms(name: str) -> list[str]:
    """"Kota Surakarta (Solo)" → ["Kota Surakarta", "Surakarta", "Solo"]."""
    forms = [_PARENTHESIS.sub("", name).strip()]
    short = _ADMINISTRATIVE.sub("", forms[0]).strip()
    if short and short != forms[0]:
        forms.append(short)
    forms.extend(alias.strip() for alias in _PARENTHESIS.findall(name))
    return forms


def _same_place(name: str, other: str) -> bool:
    """"Sumatera Utara" and "Sumatra Utara", "Jakarta Raya" and "Daerah Khusus Ibukota Jakarta"."""
    from rapidfuzz import fuzz

    return any(fuzz.token_set_ratio(name.casefold(), form.casefold()) >= 80 for form in _forms(other))


@lru_cache(maxsize=1)
def indonesian_regions() -> tuple[Region, ...]:
    """Indonesia's provinces (pycountry's ISO 3166-2:ID and areaid) and regencies and cities (areaid). A short
    name two regions share ("Bogor": the regency and the city) names neither; the full forms do."""
    translate = _translator("iso3166-2")
    import pycountry

    raw: list[tuple[str, list[str]]] = []
    provinces: dict[str, list[str]] = {}  # ISO 3166-2 code → forms: pycountry's name first, then areaid's
    for subdivision in pycountry.subdivisions.get(country_code="ID") or ():
        if subdivision.type != "Geographical unit":  # provinces, the capital district, the special region
            provinces[subdivision.code] = _forms(translate(subdivision.name))
    for province, records in _areaid_records():
        for record in records:
            code = record.get("p_bsni")
            if code not in provinces or not _same_place(provinces[code][0], province):
                # areaid's code is wrong now and then (Jakarta's says Jawa Barat's): match by name
                code = next((c for c, forms in provinces.items() if _same_place(forms[0], province)), province)
            forms = provinces.setdefault(code, [])
            forms.extend(f for f in _forms(province) if f not in forms)
            for regency in record["kabupaten"]:
                level = "kota" if regency["kab_kota"].startswith("Kota") else "kabupaten"
                raw.append((level, _forms(regency["kab_kota"])))
    raw = [("provinsi", provinces[code]) for code in sorted(provinces)] + raw
    owners: dict[str, set[int]] = {}
    for number, (_, forms) in enumerate(raw):
        for form in forms:
            owners.setdefault(form.casefold(), set()).add(number)
    regions, seen = [], set()
    for number, (level, forms) in enumerate(raw):
        unique = [f for f in forms if len(owners[f.casefold()]) == 1 or f == forms[0] and level == "provinsi"]
        unique = [f for f in unique if f.casefold() not in seen]
        if not unique:
            continue
        seen.update(f.casefold() for f in unique)
        # the short form a text prints ("Jakarta Pusat"), unless it is shared ("Kota Bogor")
        name = forms[1] if level != "provinsi" and len(forms) > 1 and forms[1] in unique else unique[0]
        regions.append(Region(name=name, level=level, aliases=tuple(f for f in unique if f != name)))
    return tuple(regions)


def _unaccented(name: str) -> str:
    """"Himāchal Pradesh" as texts in English or Indonesian print it: "Himachal Pradesh"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def foreign_region_names() -> frozenset[str]:
    """Other countries' provinces, states and regions of two words or more (pycountry's ISO 3166-2), case-folded,
    with and without accents: "Khyber Pakhtunkhwa", "Eastern Samar", "Phnom Penh". Names of one word are left out:
    many are also given names ("Victoria", "Charlotte")."""
    import pycountry

    names = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code == "ID":
            continue  # areaid's, with the forms texts print
        name = _PARENTHESIS.sub("", subdivision.name).strip()
        if len(name.split()) >= 2 and "," not in name and "[" not in name:
            names.update((name.casefold(), _unaccented(name).casefold()))
    return frozenset(names)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's names, case-folded: its Indonesian name and its aliases ("china", "tiongkok")."""
    return frozenset(n.casefold() for country in countries() for n in (country.name, *country.aliases))


@lru_cache(maxsize=1)
def major_place_names() -> frozenset[str]:
    """Country, province, regency and city names (and regency seats), case-folded: the places printed before or
    after a name ("Jateng Ahmad Luthfi"). Districts are left out: thousands of them are also given names."""
    names = set(country_names())
    for _, records in _areaid_records():
        for record in records:
            names.update(f.casefold() for f in _forms(record["provinsi"]))
            for regency in record["kabupaten"]:
                names.update(f.casefold() for f in _forms(regency["kab_kota"]))
                # a seat's name is whole: "Kota Agung" is a town, "Agung" alone is not
                names.add(_PARENTHESIS.sub("", regency["ibukota"]).strip().casefold())
    for region in indonesian_regions():
        names.update(n.casefold() for n in (region.name, *region.aliases))
    names |= foreign_region_names()
    return frozenset(n for n in names if len(n) > 1)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name, case-folded: the major places and Indonesia's districts (kecamatan)."""
    names = set(major_place_names())
    for _, records in _areaid_records():
        for record in records:
            for regency in record["kabupaten"]:
                for district in regency["kecamatan"]:
                    names.update(f.casefold() for f in _forms(district["kec"]))
    return frozenset(n for n in names if len(n) > 1)  # not the one-letter "I" of "I Made"


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Case-folded words of country, province, regency and city names: a place cue for the recogniser.
    (Districts are left out: thousands of them are ordinary words or given names.)"""
    words = set()
    for country in countries():
        for name in (country.name, *country.aliases):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", name))
    for region in indonesian_regions():
        for name in (region.name, *region.aliases):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", name))
    return frozenset(w for w in words if len(w) > 2)
