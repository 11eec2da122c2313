"""Train the recogniser's weights (generator/data/ner.crfsuite) on the IndoNLU NER training splits.

    .venv/bin/python tools/train_ner.py [--corpora ../shared/corpora/indonlu-ner]

NERGrit's PERSON / PLACE / ORGANISATION and NERP's PPL / PLC / IND are trained as one label set; NERP's events
and food are outside it. The result is deterministic for the same data (crfsuite's L-BFGS has no randomness).
It also writes generator/data/person-words.txt, the words the annotators read as parts of people's names more often
than not. Measure it with bench/actors.py.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ner import MODEL, PERSON_WORDS, default_lexicon, features  # noqa: E402

LABELS = {"PERSON": "PERSON", "PLACE": "PLACE", "ORGANISATION": "ORGANISATION",
          "PPL": "PERSON", "PLC": "PLACE", "IND": "ORGANISATION"}
SPLITS = ("nergrit-{split}_preprocess.txt", "nerp-{split}_preprocess.txt")


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, unified BIO tags)."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, tag = line.split("\t")
        kind = LABELS.get(tag[2:]) if tag != "O" else None
        words.append(word)
        tags.append(f"{tag[:2]}{kind}" if kind else "O")
    return sentences


def main() -> None:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "indonlu-ner")
    parser.add_argument("--output", type=Path, default=ROOT / "generator" / "data" / MODEL)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args()

    lexicon = default_lexicon()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    in_names, elsewhere = Counter(), Counter()
    for pattern in SPLITS:
        for words, tags in read_conll(args.corpora / pattern.format(split="train")):
            trainer.append(features(words, lexicon), tags)
            count += 1
            for word, tag in zip(words, tags):
                (in_names if tag.endswith("PERSON") else elsewhere)[word.casefold()] += 1
    # the words the annotators read as parts of people's names more often than not ("donald", "trump", "bill")
    person_words = sorted(w for w in in_names if in_names[w] > elsewhere[w] and w.isalpha())
    (args.output.parent / PERSON_WORDS).write_text("\n".join(person_words) + "\n", encoding="utf-8")
    print(f"{len(person_words)} person words → {args.output.parent / PERSON_WORDS}")
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(args.output))
    print(f"trained on {count} sentences → {args.output} ({args.output.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
