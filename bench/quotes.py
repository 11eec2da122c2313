"""Who said what on real news: detik-dev.csv built as raw text seeds, quotes found and attributed.

    .venv/bin/python bench/quotes.py            # writes bench/QUOTES.md

Prints and writes the share of quotes attributed (to an actor, to a speaker named by one name, or to a
document) and a sample of 100 attributed and 50 unattributed quotes with the words around them. The sample is
drawn once at random (fixed seed) and kept in bench/quotes-sample.yml with the speaker each attributed quote had
then, so that a change elsewhere in the corpus does not draw another one; delete the file to draw anew. The
verdicts on the sample are written by hand in bench/quotes-verdicts.yml (key: seed file, paragraph, first 40
characters of the quote): "right", "wrong: <why>" for attributed quotes, the reason for unattributed ones. A
verdict holds for the speaker the sample file names: a quote now given to someone else, or no longer attributed,
is shown as such and counted unreviewed until judged again.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realcorpus  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "QUOTES.md"
VERDICTS = HERE / "quotes-verdicts.yml"
SAMPLE = HERE / "quotes-sample.yml"
SAMPLE_SEED = 17


def key(path: str, paragraph: int, text: str) -> str:
    return f"{path}#{paragraph}#{text[:40]}"


def _sample(attributed: list[tuple], unattributed: list[tuple]) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    """The sample kept in SAMPLE (drawn and written on the first run): the quotes as they are now, and the
    speaker each attributed one had when it was drawn. A sampled quote the text no longer has is left out."""
    if not SAMPLE.exists():
        rng = random.Random(SAMPLE_SEED)
        drawn_a = rng.sample(attributed, min(100, len(attributed)))
        drawn_u = rng.sample(unattributed, min(50, len(unattributed)))
        SAMPLE.write_text(yaml.safe_dump(
            {"attributed": [{"key": key(*i[:3]), "speaker": i[3]} for i in drawn_a],
             "unattributed": [key(*i[:3]) for i in drawn_u]}, allow_unicode=True, sort_keys=False, width=200),
            encoding="utf-8")
    kept = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    now = {key(*i[:3]): i for i in attributed + unattributed}
    sample_a = [now[entry["key"]] for entry in kept["attributed"] if entry["key"] in now]
    sample_u = [now[k] for k in kept["unattributed"] if k in now]
    return sample_a, sample_u, {entry["key"]: entry["speaker"] for entry in kept["attributed"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        realcorpus.write_detik_seeds(seeds)
        _, articles, _, resolved = realcorpus.analyse_folder(seeds)
    verdicts = yaml.safe_load(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.exists() else {}
    verdicts = verdicts or {}
    attributed, unattributed = [], []
    kinds = Counter()
    for article in articles:
        for quote in resolved.casts[article.source_path].quotes:
            paragraph = article.paragraphs[quote.paragraph]
            tail_at = paragraph.find(quote.text[-25:])
            context = paragraph[max(0, tail_at - 40): tail_at + len(quote.text[-25:]) + 90] if tail_at >= 0 else paragraph[:200]
            if quote.speaker_id:
                who, how = resolved.actors[quote.speaker_id].name, "actor"
            elif quote.speaker_name:
                who, how = quote.speaker_name, "name"
            elif quote.from_document:
                who, how = "(dokumen)", "document"
            else:
                who, how = None, "none"
            kinds[how] += 1
            item = (article.source_path, quote.paragraph, quote.text, who, quote.cue, " ".join(context.split()))
            (attributed if who else unattributed).append(item)
    total = len(attributed) + len(unattributed)
    sample_a, sample_u, judged_speaker = _sample(attributed, unattributed)

    def verdict(item):
        judged = judged_speaker.get(key(item[0], item[1], item[2]))
        if item in sample_a and item[3] != judged:
            return f"unreviewed: now {'given to ' + item[3] if item[3] else 'unattributed'} (judged as {judged})"
        found = verdicts.get(key(item[0], item[1], item[2]), "unreviewed")
        if item in sample_u and item[3]:  # judged again as an attribution: "now right: X; …" / "now wrong: …"
            return found if str(found).startswith(f"now right: {item[3]};") or str(found).startswith("now wrong:") \
                else f"unreviewed: now attributed to {item[3]}"
        return found

    reviewed = [verdict(i) for i in sample_a if not str(verdict(i)).startswith("unreviewed")]
    right = sum(1 for v in reviewed if str(v).startswith("right"))
    cell = lambda text: str(text or "—").replace("|", "\\|")  # noqa: E731
    lines = [
        "# Who said what on real news (detik-dev.csv)",
        "",
        f"`bench/quotes.py` over `../shared/corpora/detik-dev.csv` written as raw text seeds: **{total} quotes**, "
        f"**{len(attributed)} attributed ({100 * len(attributed) / total:.1f} %)**: {kinds['actor']} to an actor page, "
        f"{kinds['name']} to a speaker named with no actor page, {kinds['document']} to a document; "
        f"{len(unattributed)} unattributed. Target: 85 % attributed.",
        "",
        f"Hand-checked sample of {len(sample_a)} attributed quotes (random, seed {SAMPLE_SEED}, kept in "
        f"`bench/quotes-sample.yml`): "
        f"**{right} of {len(reviewed)} reviewed right ({100 * right / max(1, len(reviewed)):.0f} %)**, "
        f"{len(sample_a) - len(reviewed)} unreviewed. Target: 97 % right speaker. Verdicts: `bench/quotes-verdicts.yml`.",
        "",
        "## Attributed sample",
        "",
        "| seed | ¶ | speaker | cue | context | verdict |",
        "| --- | ---: | --- | --- | --- | --- |",
    ]
    lines += [f"| {i[0]} | {i[1]} | {cell(i[3])} | {cell(i[4])} | {cell(i[5])} | {cell(verdict(i))} |" for i in sample_a]
    reasons = Counter(str(verdict(i)).split(":")[0] for i in sample_u)
    now = [str(verdict(i)) for i in sample_u if i[3]]
    lines += ["", f"## Unattributed sample ({len(sample_u)}), with the reason each stays so", "",
              "Reasons: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common())
              + (f". Attributed since the sample was drawn: {len(now)} ({sum(v.startswith('now right') for v in now)} "
                 f"right, {sum(v.startswith('now wrong') for v in now)} wrong)" if now else ""), "",
              "| seed | ¶ | context | reason |", "| --- | ---: | --- | --- |"]
    lines += [f"| {i[0]} | {i[1]} | {cell(i[5])} | {cell(verdict(i))} |" for i in sample_u]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:7]))
    if "--keys" in sys.argv:  # the sample's keys, to write verdicts against
        for item in sample_a + sample_u:
            print(f"{key(item[0], item[1], item[2])!r}: # {item[3]} | {item[5][:150]}")


if __name__ == "__main__":
    main()
