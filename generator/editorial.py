"""Editorial data: the YAML files users edit (boilerplate rules, outlet profiles, agencies), loaded into typed,
validated values. A mistake in a file is reported with the file's name and what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import yaml

RULE_KINDS = ("drop", "promo", "source", "stop", "block", "link", "contents", "item")
ACTOR_KINDS = ("person", "organisation", "country", "place")


class EditorialDataError(ValueError):
    """An editorial YAML file is malformed; the message names the file and the entry."""


def fold(line: str) -> str:
    """The form in which whole lines are compared: case-folded, spacing collapsed, trailing ':' dropped."""
    return " ".join(line.split()).rstrip(" :").casefold()


def longest_first(words) -> str:
    """The words (or names, phrases) as a regex alternation, escaped, the longest first: a longer one is never
    matched as the shorter one it starts with."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _without_trailing_ellipsis(folded: str) -> str:
    """A label a site closes with an ellipsis is the label: "You May Also Like…", "Baca Juga..."."""
    return re.sub(r"\s*(?:…|\.{3})$", "", folded).rstrip(" :")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    lines: frozenset[str]  # folded
    patterns: tuple[re.Pattern, ...]
    prose: bool  # may remove prose-like lines (drop rules only; other kinds are anchored on explicit markers)
    headline_on_top: bool = False  # on the page's first line, the line is the story's headline ("VIDEO: X")

    def match(self, line: str, folded: str | None = None) -> re.Match | bool | None:
        """`folded`: the line already folded, when the caller tries many rules on it."""
        if self._listed(fold(line) if folded is None else folded):
            return True
        stripped = line.strip()
        for pattern in self.patterns:
            found = pattern.fullmatch(stripped)
            if found:
                return found
        return None

    def matches_line_exactly(self, line: str) -> bool:
        return self._listed(fold(line))

    def _listed(self, folded: str) -> bool:
        return folded in self.lines or (folded.endswith(("…", "...")) and _without_trailing_ellipsis(folded) in self.lines)


@dataclass(frozen=True)
class OutletProfile:
    name: str
    brands: tuple[str, ...]
    domains: tuple[str, ...]
    chrome: frozenset[str]  # folded whole lines
    timezone: str | None


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class RegistryActor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    description: str | None
    wikidata: str | None


@dataclass(frozen=True)
class Cues:
    """Word lists that tell people, roles and speakers apart (cues.yml); all lower-cased except title_words."""

    roles: tuple[str, ...]
    title_words: frozenset[str]
    organisation_words: frozenset[str]
    not_names: frozenset[str]
    says_before_name: tuple[str, ...]
    says_after_name: tuple[str, ...]
    says_last_speaker: tuple[str, ...]
    pronouns: tuple[str, ...]
    according_to: tuple[str, ...]
    speech_verbs: tuple[str, ...] = ()  # root forms; "-nya" and pronoun forms are derived
    speech_verbs_after_quote: tuple[str, ...] = ()
    group_pronouns: tuple[str, ...] = ()
    document_cues: tuple[str, ...] = ()
    document_words: tuple[str, ...] = ()
    name_heads: frozenset[str] = frozenset()  # "Jalan", "Kelompok": the capitalised words after them name a thing
    place_tails: frozenset[str] = frozenset()  # "River", "Road": the capitalised words before them name a place
    thing_tails: frozenset[str] = frozenset()  # "Act", "Cup": the words before them name a law or an event
    company_tails: frozenset[str] = frozenset()  # "Minerals", "Ltd": the words before them name a company
    degrees: frozenset[str] = frozenset()  # "PhD", "MSi": printed after a name, not part of it
    honorifics: frozenset[str] = frozenset()  # "Dr", "H", "Prof": printed before a name, no part of the title before it
    event_words: frozenset[str] = frozenset()  # "Sidang", "Program": the name after them is an event's
    figure_words: frozenset[str] = frozenset()  # "Index": a name ending with one is a figure's, not a body's
    branch_heads: frozenset[str] = frozenset()  # "Kantor", "Dinas": a kind of body with one in every town
    unique_markers: frozenset[str] = frozenset()  # "Presiden", "Pusat": a branch-headed name that is one body
    numbered_parts: frozenset[str] = frozenset()  # "Komisi": "Komisi III" is one only with its body ("… DPR RI")
    balinese_names: frozenset[str] = frozenset()  # "Made", "Wayan": after them a leading "I" is part of the name
    ranks: frozenset[str] = frozenset()  # "AKBP", "Kombes": what follows is a name, even words of the dictionary
    rank_forces: frozenset[str] = frozenset()  # "Polisi" in "Inspektur Jenderal Polisi X": part of the rank
    region_governments: frozenset[str] = frozenset()  # "Pemprov": the region after it is the place, even "DKI"
    # "pemerintah provinsi" → "provinsi", "pemda" → None: a region's government by the level of its region, the
    # level's page name first (region_government_names)
    region_government_forms: tuple[tuple[str, str | None], ...] = ()
    region_government_names: tuple[tuple[str, str], ...] = ()  # ("provinsi", "Pemprov")
    # a body described, not named ("the central bank said", "kata perusahaan itu"): the description's noun and the
    # words one of the article's bodies is named with ("bank" → bank; "agency" → agency, authority, badan …)
    body_descriptions: tuple[tuple[str, frozenset[str]], ...] = ()
    name_forms: tuple[frozenset[str], ...] = ()  # "Muhammad", "Mochammad", "Moch": one given name, many spellings
    services: tuple[str, ...] = ()  # "call center": a body's service, printed after its name, is no part of it
    speaker_nouns: frozenset[str] = frozenset()  # "police", "warga": an unnamed speaker described in lower case
    kin_words: frozenset[str] = frozenset()  # "son", "wife": after a name's possessive, the name is a person's
    possessed_nouns: frozenset[str] = frozenset()  # "pilihan": "Menkeu baru pilihan Prabowo" is no title of his
    former_prefixes: tuple[str, ...] = ()  # "ex", "eks": glued by a hyphen to a title, a former office ("ex-minister")

    def is_honorific(self, word: str) -> bool:
        """"Prof", "Dr.", "Hj": an honorific printed before a name (its full stop or comma aside)."""
        return word.rstrip(".,").lower() in self.honorifics

    @cached_property
    def not_person_tails(self) -> frozenset[str]:
        """The last words of a place's, a law's, an event's or a company's name ("Township", "Act", "Cup",
        "Minerals"): a name ending with one is never a person's, nor a speaker's."""
        return self.place_tails | self.thing_tails | self.company_tails


@dataclass(frozen=True, eq=False)  # hashed by identity: stages cache compiled patterns per loaded data set
class Editorial:
    rules: tuple[Rule, ...]
    sections: frozenset[str]  # folded
    recurring_max_words: int
    recurring_min_articles: int
    default_timezone: dict[str, str]
    outlets: tuple[OutletProfile, ...]
    agencies: tuple[Agency, ...]
    cues_before: tuple[str, ...]
    cues_after: tuple[str, ...]
    actors: tuple[RegistryActor, ...]
    cues: Cues
    fingerprint: str  # changes whenever any editorial file changes (cache key)


def url_host(url: str | None) -> str | None:
    """The host of a web address, lower-cased, without "www.": "news.detik.com"."""
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def outlet_for_url(url: str | None, editorial: Editorial) -> OutletProfile | None:
    """The outlet whose `domains` (outlets.yml) hold the address's host or a domain above it
    ("news.detik.com" → detik.com)."""
    host = url_host(url)
    if not host:
        return None
    labels = host.split(".")
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        for profile in editorial.outlets:
            if domain in profile.domains:
                return profile
    return None


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same data, faster


def _load_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise EditorialDataError(f"{path}: cannot be read as YAML: {error}") from error
    if not isinstance(data, dict):
        raise EditorialDataError(f"{path}: expected a mapping at the top level")
    return data


def _strings(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise EditorialDataError(f"{where}: expected a list of strings")
    return tuple(str(v) for v in value)


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise EditorialDataError(f"{where}: bad regular expression {pattern!r}: {error}") from error


def _parse_rules(data: dict, path: Path) -> tuple[Rule, ...]:
    rules = []
    for number, entry in enumerate(data.get("rules") or [], start=1):
        where = f"{path}: rule {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise EditorialDataError(f"{where}: each rule needs a `name`")
        where = f"{path}: rule {entry['name']!r}"
        kind = entry.get("kind", "drop")
        if kind not in RULE_KINDS:
            raise EditorialDataError(f"{where}: kind must be one of {', '.join(RULE_KINDS)}, not {kind!r}")
        unknown = set(entry) - {"name", "kind", "lines", "patterns", "prose", "headline_on_top"}
        if unknown:
            raise EditorialDataError(f"{where}: unknown keys {sorted(unknown)}")
        patterns = tuple(_compile(p, where) for p in _strings(entry.get("patterns"), where))
        group = {"promo": "title", "source": "source"}.get(kind)
        if group and any(group not in p.groupindex for p in patterns):
            raise EditorialDataError(f"{where}: every {kind} pattern needs a group (?P<{group}>...)")
        rules.append(Rule(
            name=entry["name"],
            kind=kind,
            lines=frozenset(fold(line) for line in _strings(entry.get("lines"), where)),
            patterns=patterns,
            prose=bool(entry.get("prose", False)),
            headline_on_top=bool(entry.get("headline_on_top", False)),
        ))
    return tuple(rules)


def _parse_outlets(data: dict, path: Path) -> tuple[OutletProfile, ...]:
    outlets = []
    for number, entry in enumerate(data.get("outlets") or [], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise EditorialDataError(f"{path}: outlet {number} needs a `name`")
        where = f"{path}: outlet {entry['name']!r}"
        outlets.append(OutletProfile(
            name=entry["name"],
            brands=_strings(entry.get("brands"), where),
            domains=_strings(entry.get("domains"), where),
            chrome=frozenset(fold(line) for line in _strings(entry.get("chrome"), where)),
            timezone=entry.get("timezone"),
        ))
    return tuple(outlets)


def _parse_agencies(data: dict, path: Path) -> tuple[Agency, ...]:
    agencies = []
    for number, entry in enumerate(data.get("agencies") or [], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise EditorialDataError(f"{path}: agency {number} needs a `name`")
        agencies.append(Agency(entry["name"], _strings(entry.get("aliases"), f"{path}: agency {entry['name']!r}")))
    return tuple(agencies)


def _parse_actors(data: dict, path: Path) -> tuple[RegistryActor, ...]:
    actors, seen = [], set()
    for number, entry in enumerate(data.get("actors") or [], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise EditorialDataError(f"{path}: actor {number} needs a `name`")
        where = f"{path}: actor {entry['name']!r}"
        kind = entry.get("kind")
        if kind not in ACTOR_KINDS:
            raise EditorialDataError(f"{where}: kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
        if entry["name"] in seen:
            raise EditorialDataError(f"{where}: listed twice")
        seen.add(entry["name"])
        unknown = set(entry) - {"name", "kind", "aliases", "description", "wikidata"}
        if unknown:
            raise EditorialDataError(f"{where}: unknown keys {sorted(unknown)}")
        wikidata = entry.get("wikidata")
        if wikidata is not None and not re.fullmatch(r"Q\d+", str(wikidata)):
            raise EditorialDataError(f"{where}: wikidata must look like Q123, not {wikidata!r}")
        actors.append(RegistryActor(entry["name"], kind, _strings(entry.get("aliases"), where),
                                    entry.get("description"), wikidata))
    return tuple(actors)


def _parse_cues(data: dict, path: Path) -> Cues:
    def lower(key: str) -> tuple[str, ...]:
        return tuple(s.lower() for s in _strings(data.get(key), f"{path}: {key}"))

    return Cues(
        roles=lower("roles"),
        title_words=frozenset(_strings(data.get("title_words"), f"{path}: title_words")),
        organisation_words=frozenset(w.lower() for w in _strings(data.get("organisation_words"), path.name)),
        not_names=frozenset(w.lower() for w in _strings(data.get("not_names"), path.name)),
        says_before_name=lower("says_before_name"),
        says_after_name=lower("says_after_name"),
        says_last_speaker=lower("says_last_speaker"),
        pronouns=lower("pronouns"),
        according_to=lower("according_to"),
        speech_verbs=lower("speech_verbs"),
        speech_verbs_after_quote=lower("speech_verbs_after_quote"),
        group_pronouns=lower("group_pronouns"),
        document_cues=lower("document_cues"),
        document_words=lower("document_words"),
        name_heads=frozenset(lower("name_heads")),
        place_tails=frozenset(lower("place_tails")),
        thing_tails=frozenset(lower("thing_tails")),
        company_tails=frozenset(lower("company_tails")),
        degrees=frozenset(lower("degrees")),
        honorifics=frozenset(lower("honorifics")),
        balinese_names=frozenset(lower("balinese_names")),
        ranks=frozenset(lower("ranks")),
        rank_forces=frozenset(lower("rank_forces")),
        event_words=frozenset(lower("event_words")),
        figure_words=frozenset(lower("figure_words")),
        branch_heads=frozenset(lower("branch_heads")),
        unique_markers=frozenset(lower("unique_markers")),
        numbered_parts=frozenset(lower("numbered_parts")),
        services=lower("services"),
        speaker_nouns=frozenset(lower("speaker_nouns")),
        kin_words=frozenset(lower("kin_words")),
        possessed_nouns=frozenset(lower("possessed_nouns")),
        former_prefixes=lower("former_prefixes"),
        name_forms=_name_forms(data, path),
        region_governments=frozenset(lower("region_governments")),
        **_region_government_forms(data, path),
        body_descriptions=_body_descriptions(data, path),
    )


def _name_forms(data: dict, path: Path) -> tuple[frozenset[str], ...]:
    groups = data.get("name_forms") or []
    if not isinstance(groups, list) or not all(isinstance(group, list) and len(group) >= 2 for group in groups):
        raise EditorialDataError(f"{path}: name_forms must be a list of lists of two or more spellings")
    return tuple(frozenset(w.lower() for w in _strings(group, f"{path}: name_forms")) for group in groups)


def _region_government_forms(data: dict, path: Path) -> dict:
    levels = data.get("region_government_levels") or {}
    if not isinstance(levels, dict) or not all(isinstance(forms, list) and forms for forms in levels.values()):
        raise EditorialDataError(f"{path}: region_government_levels must map each level to a list of names")
    forms: dict[str, str | None] = {}
    for level, names in levels.items():
        for name in _strings(names, f"{path}: region_government_levels.{level}"):
            forms[name.lower()] = str(level).lower()
    for name in _strings(data.get("region_government_any_level"), f"{path}: region_government_any_level"):
        forms.setdefault(name.lower(), None)
    return dict(region_government_forms=tuple(forms.items()),
                region_government_names=tuple((str(level).lower(), str(names[0])) for level, names in levels.items()))


def _body_descriptions(data: dict, path: Path) -> tuple[tuple[str, frozenset[str]], ...]:
    found = data.get("body_descriptions") or {}
    if not isinstance(found, dict) or not all(isinstance(words, list) and words for words in found.values()):
        raise EditorialDataError(f"{path}: body_descriptions must map each noun to a list of name words")
    return tuple((str(noun).lower(), frozenset(w.lower() for w in _strings(words, f"{path}: body_descriptions.{noun}")))
                 for noun, words in sorted(found.items()))


def default_data_dir() -> Path:
    return Path(str(resources.files("generator") / "data"))


_LOADED: dict[tuple[str, str], Editorial] = {}  # by folder and the files' digest: one parse a process


def load_editorial(data_dir: Path | None = None) -> Editorial:
    """Load the editorial YAML files from data_dir (default: the package's own generator/data). Files read before
    with the same bytes give the data set already parsed (its rules compiled once a process: the pipeline and the
    recogniser's lexicon both load the package's own)."""
    import hashlib

    data_dir = data_dir or default_data_dir()
    paths = {name: data_dir / f"{name}.yml" for name in ("boilerplate", "outlets", "agencies", "actors", "cues")}
    digest = hashlib.sha256()
    try:
        for path in paths.values():
            digest.update(path.read_bytes())
    except OSError:
        return _parse_editorial(paths, "")  # which names the file it cannot read
    key = (str(data_dir.resolve()), digest.hexdigest())
    if key not in _LOADED:
        _LOADED[key] = _parse_editorial(paths, digest.hexdigest())
    return _LOADED[key]


def _parse_editorial(paths: dict[str, Path], fingerprint: str) -> Editorial:
    loaded = {name: _load_yaml(path) for name, path in paths.items()}
    boilerplate = loaded["boilerplate"]
    recurring = boilerplate.get("recurring") or {}
    return Editorial(
        rules=_parse_rules(boilerplate, paths["boilerplate"]),
        sections=frozenset(fold(s) for s in _strings(boilerplate.get("sections"), f"{paths['boilerplate']}: sections")),
        recurring_max_words=int(recurring.get("max_words", 8)),
        recurring_min_articles=int(recurring.get("min_articles", 3)),
        default_timezone=dict(boilerplate.get("default_timezone") or {}),
        outlets=_parse_outlets(loaded["outlets"], paths["outlets"]),
        agencies=_parse_agencies(loaded["agencies"], paths["agencies"]),
        cues_before=_strings(loaded["agencies"].get("cues_before"), f"{paths['agencies']}: cues_before"),
        cues_after=_strings(loaded["agencies"].get("cues_after"), f"{paths['agencies']}: cues_after"),
        actors=_parse_actors(loaded["actors"], paths["actors"]),
        cues=_parse_cues(loaded["cues"], paths["cues"]),
        fingerprint=fingerprint,
    )
