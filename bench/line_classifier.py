"""Would a line classifier beat the rules on unseen outlets? An experiment on the labelled dev set.

    .venv/bin/python bench/line_classifier.py

A linear-chain CRF (python-crfsuite, already a dependency) labels each line of a page chrome or prose from the
rules' own verdict on it and its neighbours, its shape (length, sentence end, quote, headline-like, bullet,
capitalised share, digits, a domain, a credit in brackets) and its place on the page (before the first long
paragraph, after the last one). It is trained on the rounds the rules were tuned on and tested on the held-out
round: a line counts as removed when the rules remove it or the CRF gives chrome a probability of at least the
threshold. The figures go to bench/OUTLETS.md's history by hand; nothing here is used by Arsip.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
import outlets  # noqa: E402

from generator.clean import _BULLET, _DOMAIN, _SENTENCE_END, _short_headline_like, clean  # noqa: E402
from generator.editorial import load_editorial  # noqa: E402
from generator.read import read_seed  # noqa: E402

NEIGHBOUR_KEYS = ("kept", "sentence", "headline_like", "after_body", "before_body", "quote")


def page_lines(page: outlets.GoldenPage, editorial) -> tuple[list[outlets.GoldenLine], list[dict], set[int]]:
    document, _ = read_seed(outlets.FIXTURES / f"{page.name}.txt", outlets.FIXTURES)
    cleaned = clean(document, editorial)
    kept = set(cleaned.paragraph_lines)
    rules = {removed.line_no: removed.rule.split(":")[0] for removed in cleaned.removed}
    lines = page.lines
    long = [k for k, line in enumerate(lines)
            if len(line.text.split()) >= 20 and _SENTENCE_END.search(line.text.strip())]
    first_long, last_long = (long[0], long[-1]) if long else (len(lines), -1)
    shapes = []
    for k, line in enumerate(lines):
        text, words = line.text.strip(), line.text.split()
        shapes.append({
            "kept": line.number in kept, f"rule={rules.get(line.number, 'none')}": True,
            "words": min(len(words), 30) // 5, "sentence": bool(_SENTENCE_END.search(text)),
            "quote": any(q in text for q in "“”\""), "headline_like": _short_headline_like(text),
            "bullet": bool(_BULLET.match(text)), "digit": any(c.isdigit() for c in text),
            "capitalised": round(sum(w[:1].isupper() for w in words) / max(1, len(words)), 1),
            "domain": bool(re.search(_DOMAIN, text)), "credit": bool(re.search(r"\([^)]*/[^)]*\)\s*$", text)),
            "before_body": k < first_long, "after_body": k > last_long, "position": min(4, 5 * k // max(1, len(lines))),
        })
    features = []
    for k, shape in enumerate(shapes):
        x = {key: float(value) for key, value in shape.items() if value is not False}
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if not 0 <= j < len(shapes):
                x[f"{offset}:edge"] = 1.0
                continue
            x.update({f"{offset}:{key}": 1.0 for key in NEIGHBOUR_KEYS if shapes[j][key]})
            x[f"{offset}:words"] = float(shapes[j]["words"])
        features.append(x)
    return lines, features, kept


def measure(train_rounds: set[int], test_round: int, thresholds: tuple[float, ...]) -> None:
    editorial = load_editorial()
    pages = outlets.load_pages()
    trainer = pycrfsuite.Trainer(verbose=False)
    for page in pages:
        if page.round in train_rounds:
            lines, features, _ = page_lines(page, editorial)
            trainer.append(features, ["prose" if line.label == "prose" else "chrome" for line in lines])
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 200})
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "lines.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        tested = [(page, *page_lines(page, editorial)) for page in pages if page.round == test_round]
        for threshold in thresholds:
            chrome = chrome_rules = chrome_both = prose = prose_rules = prose_both = 0
            for page, lines, features, kept in tested:
                tagger.set(features)
                for k, line in enumerate(lines):
                    by_rules = line.number not in kept
                    by_both = by_rules or tagger.marginal("chrome", k) >= threshold
                    if line.label == "prose":
                        prose, prose_rules, prose_both = prose + 1, prose_rules + (not by_rules), prose_both + (not by_both)
                    else:
                        chrome, chrome_rules, chrome_both = chrome + 1, chrome_rules + by_rules, chrome_both + by_both
            print(f"train {sorted(train_rounds)} → test round {test_round}, threshold {threshold}: chrome removed "
                  f"rules {chrome_rules}/{chrome}, rules+CRF {chrome_both}/{chrome}; prose kept rules "
                  f"{prose_rules}/{prose}, rules+CRF {prose_both}/{prose}")


if __name__ == "__main__":
    measure(set(range(1, outlets.HELD_OUT_ROUND)), outlets.HELD_OUT_ROUND, (0.7, 0.8, 0.9))
