"""Actors on real news: detik-dev.csv built as raw text seeds, the recogniser on the IndoNLU NER validation
splits, and the five seeds.

    .venv/bin/python bench/actors.py            # writes bench/ACTORS.md

1. detik-dev.csv: person, organisation, place and country pages; a random sample (fixed seed) of 100 person and
   50 organisation pages with the verdicts written by hand in bench/actors-verdicts.yml ("right", or
   "wrong: <why>"; a page with no verdict is shown as "unreviewed"); the share of person links the article's
   stakeholder annotation supports; the share of annotated titled people found as actors of their article;
   short names resolved in articles without the full name; people with more than one printed name.
2. NERGrit and NERP validation: precision, recall and F1 per type, entity level, exact span.
3. The five seeds: the people found.
4. Time: the analysis of the 303 articles (read → clean → extract → resolve), median of 3 runs.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
import realcorpus  # noqa: E402

OUT = HERE / "ACTORS.md"
VERDICTS = HERE / "actors-verdicts.yml"
SAMPLE_SEED = 13
NER_SPLITS = {"NERGrit": "nergrit-valid_preprocess.txt", "NERP": "nerp-valid_preprocess.txt"}


def ner_scores() -> dict[str, dict[str, tuple[float, float, float, int]]]:
    from train_ner import read_conll

    from generator.ner import Recogniser, spans

    recogniser = Recogniser()
    scores = {}
    for corpus, name in NER_SPLITS.items():
        counts = defaultdict(Counter)
        for words, tags in read_conll(realcorpus.CORPORA / "indonlu-ner" / name):
            gold, found = set(spans(tags)), set(spans(recogniser.tag_words(words)))
            for kind in ("PERSON", "PLACE", "ORGANISATION"):
                g = {s for s in gold if s[0] == kind}
                f = {s for s in found if s[0] == kind}
                counts[kind]["tp"] += len(g & f)
                counts[kind]["fp"] += len(f - g)
                counts[kind]["fn"] += len(g - f)
        scores[corpus] = {}
        for kind, c in counts.items():
            precision = c["tp"] / max(1, c["tp"] + c["fp"])
            recall = c["tp"] / max(1, c["tp"] + c["fn"])
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores[corpus][kind] = (precision, recall, f1, c["tp"] + c["fn"])
    return scores


def annotated_names(row) -> list[str]:
    """The stakeholder strings that end in a capitalised name: "Menteri Dalam Negeri Tito Karnavian"."""
    found = []
    for names in row.entities.values():
        for entity in names if isinstance(names, list) else []:
            if isinstance(entity, str):
                found.append(entity.strip())
    return found


def titled_name(entity: str, is_title, is_place) -> str | None:
    """The name of a titled person ("Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa" → "Purbaya Yudhi Sadewa"):
    the capitalised words after the last title or acronym, when the string starts with a title."""
    words = re.sub(r"\s*\([^)]*\)\s*$", "", entity).replace("(", " ").replace(")", " ").split()
    if not words or not is_title(words[0]):
        return None  # an organisation or a group, not a titled person
    last = max((k for k, w in enumerate(words) if is_title(w) or (len(w) > 1 and w.isupper())), default=0)
    name = words[last + 1:]
    if len(name) < 2 or not all(w[:1].isupper() for w in name) or is_place(name):
        return None  # "Gubernur Jawa Timur": an office, no name
    return " ".join(name)


def main() -> None:
    from generator.resolve import fold

    from generator.editorial import load_editorial

    from generator import gazetteer
    from generator.resolve import _vocabulary

    editorial = load_editorial()
    cues = editorial.cues
    vocabulary = _vocabulary(editorial)
    roles = {r for r in cues.roles if " " not in r}

    def is_title(word: str) -> bool:
        return word.lower() in roles or word in cues.title_words or word == "Wali"  # "Wali Kota"

    def office(name: str) -> bool:
        """"Penuntut Umum", "Polda Metro Jaya", "Republik Indonesia": an office or a body, not a name."""
        words = name.split()
        return any(fold(w) in cues.organisation_words for w in words) or all(
            vocabulary.common(w) and fold(w) not in vocabulary.person_words for w in words)

    rows = {row.seed_name: row for row in realcorpus.detik_rows()}
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        realcorpus.write_detik_seeds(seeds, list(rows.values()))
        for _ in range(3):
            started = time.perf_counter()
            _, articles, _, resolved = realcorpus.analyse_folder(seeds)
            timings.append(time.perf_counter() - started)
    actors = resolved.actors
    articles_of: dict[str, set[str]] = defaultdict(set)
    printed: dict[str, Counter] = defaultdict(Counter)
    for path, cast in resolved.casts.items():
        for mention in cast.mentions:
            articles_of[mention.actor_id].add(path)
            printed[mention.actor_id][mention.text] += 1
    by_kind = defaultdict(list)
    for actor in actors.values():
        by_kind[actor.kind].append(actor)

    verdicts = yaml.safe_load(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.exists() else {}
    verdicts = verdicts or {}
    sampler = random.Random(SAMPLE_SEED)
    people = sorted(by_kind["person"], key=lambda a: a.id)
    organisations = sorted(by_kind["organisation"], key=lambda a: a.id)
    person_sample = sampler.sample(people, min(100, len(people)))
    organisation_sample = sampler.sample(organisations, min(50, len(organisations)))

    # links supported by the annotation: the person's surname (last word) is in one of the article's stakeholders
    links = supported = 0
    found_titled = titled_total = printed_total = found_printed = 0
    missed_titled = []
    text_of = {a.source_path: fold(" ".join((a.title or "", *a.paragraphs))) for a in articles}
    for path, cast in resolved.casts.items():
        row = rows.get(Path(path).name)
        if row is None:
            continue
        annotation = " ".join(annotated_names(row)).casefold()
        article_people = {m.actor_id for m in cast.mentions if actors[m.actor_id].kind == "person"}
        for actor_id in article_people:
            links += 1
            names = {actors[actor_id].name, *printed[actor_id]}
            if any(fold(name.split()[-1]) in annotation for name in names):
                supported += 1
        known = set()
        for actor_id in article_people:
            known.update(fold(n) for n in (actors[actor_id].name, *actors[actor_id].aliases))
            known.update(fold(m.text) for m in cast.mentions if m.actor_id == actor_id)
        for entity in annotated_names(row):
            name = titled_name(entity, is_title, vocabulary.is_place)
            if not name or office(name):
                continue
            titled_total += 1
            words = fold(name).split()
            in_text = fold(name) in text_of.get(path, "")  # else the article names them by one name only
            printed_total += in_text
            # found: an actor of the article whose name ends like the annotated name (its last two words)
            if any(" ".join(words[-2:]) in k or (len(words) == 1 and words[0] in k.split()) for k in known):
                found_titled += 1
                found_printed += in_text
            else:
                missed_titled.append((Path(path).name, entity, in_text))

    ambiguous_short = []  # a short name resolved in an article without the full name, to a name others share
    for path, cast in resolved.casts.items():
        full = {m.actor_id for m in cast.mentions if m.how == "name"}
        for mention in cast.mentions:
            if mention.how == "short" and mention.actor_id not in full:
                sharing = [a for a in people if fold(mention.text) in {fold(w) for w in a.name.split()}]
                if len(sharing) > 1:
                    ambiguous_short.append((Path(path).name, mention.text, actors[mention.actor_id].name))

    merged = [(a.name, sorted(set(printed[a.id]) - {a.name})) for a in people
              if len({fold(t) for t in printed[a.id]} - {fold(w) for w in a.name.split()} - {fold(a.name)}) > 0]

    # a person page's name with a word that makes it something else: a title or office, an organisation word, a
    # place name (of two words or more: "Jakarta Pusat"; single words are also given names)
    foreign = gazetteer.foreign_region_names()

    def holds_junk(name: str) -> bool:
        words = name.split()
        if any(vocabulary.is_role_word(w) or vocabulary.is_head(w) for w in words):
            return True
        # another country's region inside a longer name is a surname there ("Nuno Espirito Santo")
        return any(vocabulary.is_place(words[i:j], major=True)
                   and (fold(" ".join(words[i:j])) not in foreign or j - i == len(words))
                   for i in range(len(words)) for j in range(i + 2, len(words) + 1))

    junk_names = sorted(a.name for a in people if holds_junk(a.name))
    scores = ner_scores()
    _, _, _, seeds_resolved = realcorpus.analyse_folder(ROOT / "seeds")
    seed_people = sorted(a.name for a in seeds_resolved.actors.values() if a.kind == "person")

    def verdict_rows(sample):
        lines, right, reviewed = [], 0, 0
        for actor in sample:
            verdict = verdicts.get(actor.name, "unreviewed")
            if verdict != "unreviewed":
                reviewed += 1
                right += verdict.startswith("right")
            lines.append(f"| {actor.name} | {len(articles_of[actor.id])} | {verdict} |")
        return lines, right, reviewed

    person_rows, person_right, person_reviewed = verdict_rows(person_sample)
    organisation_rows, organisation_right, organisation_reviewed = verdict_rows(organisation_sample)

    def all_reviewed(pages):
        """Every current page with a verdict: earlier samples' too, a larger count than one sample."""
        judged = [verdicts[a.name] for a in pages if a.name in verdicts]
        return sum(v.startswith("right") for v in judged), len(judged)
    out = ["# Actors on real news", "",
           "Written by `bench/actors.py`; verdicts by hand in `bench/actors-verdicts.yml`.", "",
           "## detik-dev.csv (303 articles as raw text seeds)", "",
           "| pages | count |", "|---|---|"]
    out += [f"| {kind} | {len(by_kind[kind])} |" for kind in ("person", "organisation", "place", "country")]
    out += ["", f"- person links supported by the article's stakeholder annotation: **{supported}/{links} = "
            f"{supported / max(1, links):.1%}**",
            f"- annotated titled people found as actors of their article: **{found_titled}/{titled_total} = "
            f"{found_titled / max(1, titled_total):.1%}**; of those whose full name the article prints: "
            f"**{found_printed}/{printed_total} = {found_printed / max(1, printed_total):.1%}** (the others are "
            f"named by one name only, or not at all)",
            f"- person pages whose name holds a place, institution or title word: **{len(junk_names)}**"
            + (f" ({', '.join(junk_names)})" if junk_names else ""),
            f"- short names resolved without the full name in the article, to a name two people share: "
            f"**{len(ambiguous_short)}**",
            f"- people printed under more than one name (merged partial names and nicknames): **{len(merged)}**",
            "- every current page with a hand verdict (this sample and earlier ones): people **{}/{}**, "
            "organisations **{}/{}**".format(*all_reviewed(people), *all_reviewed(organisations)),
            f"- analysis of the 303 articles: median **{statistics.median(timings):.2f} s** of 3 "
            f"({statistics.median(timings) / len(articles) * 1000:.1f} ms per article)", "",
            f"### Person pages: sample of {len(person_sample)} (reviewed {person_reviewed}, right {person_right})",
            "", "| page | articles | verdict |", "|---|---|---|", *person_rows, "",
            f"### Organisation pages: sample of {len(organisation_sample)} (reviewed {organisation_reviewed}, "
            f"right {organisation_right})", "", "| page | articles | verdict |", "|---|---|---|",
            *organisation_rows, "", "### Merged names", ""]
    out += [f"- {name}: {', '.join(others)}" for name, others in merged[:60]]
    out += ["", "### Annotated titled people not found (first 60)", ""]
    out += [f"- {path}: {entity}" + ("" if in_text else " (full name not in the text)")
            for path, entity, in_text in missed_titled[:60]]
    out += ["", "### Short names resolved without the full name, shared by two people", ""]
    out += [f"- {path}: {text} → {name}" for path, text, name in ambiguous_short[:40]] or ["- none"]
    out += ["", "## NER validation splits (entity level, exact span)", "",
            "| corpus | type | precision | recall | F1 | gold entities |", "|---|---|---|---|---|---|"]
    for corpus, kinds in scores.items():
        for kind, (precision, recall, f1, total) in kinds.items():
            out.append(f"| {corpus} | {kind.lower()} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {total} |")
    out += ["", "## The five seeds", "", f"{len(seed_people)} people: {', '.join(seed_people)}", ""]
    OUT.write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out[:20]))
    print(f"... written to {OUT}")


if __name__ == "__main__":
    main()
