"""Train the crisis model (shared/language/crisis/model.py) from the repository's labelled texts.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_crisis_model.py   # writes the weights, prints their SHA-256
    .venv/bin/python scripts/train_crisis_model.py --evaluate   # sets left out; writes nothing

Every ``tests/data/tagging/*.jsonl`` row is a text and whether it is a crisis
(rows without ``crisis`` are everyday noticings). The sets kept for measuring
(:data:`KEPT_OUT`) are never trained on. ``--evaluate`` trains again with
each group of :data:`LEFT_OUT_GROUPS` left out and prints, for each threshold,
what the rules, the model and both find in the texts the model never saw, and
the model's false alarms on the everyday noticings kept out.

Logistic regression (scikit-learn, L2, classes weighted to balance) is
deterministic: the same data give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.language import crisis  # noqa: E402
from shared.language.crisis import (  # noqa: E402
    detect_crisis_by_rules,
    model_reading,
    triage_reading,
)
from shared.language.crisis.model import MODEL_PATH, Model, features, words_of  # noqa: E402

DATA = ROOT / "tests" / "data" / "tagging"
# Never trained on: the crisis sets and everyday noticings kept to measure with.
KEPT_OUT = frozenset(
    {
        "crisis_heldout_es19",
        "crisis_heldout_en18",
        "crisis_heldout_es20",
        "crisis_heldout_en19",
        "crisis_heldout_es21",
        "crisis_heldout_en20",
        "crisis_heldout_es22",
        "crisis_heldout_en21",
        "crisis_heldout_es23",
        "crisis_heldout_en22",
        "crisis_heldout_es24",
        "crisis_heldout_en23",
        "crisis_heldout_es25",
        "crisis_heldout_en24",
        "crisis_heldout_outright_es",
        "crisis_heldout_outright_en",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout_es7",
        "heldout_es8",
        "heldout_es9",
        "heldout_es10",
        "heldout_es11",
        "heldout_es12",
        "heldout_es13",
        "heldout_es14",
        "heldout_es15",
        "heldout_es16",
        "heldout_es17",
        "heldout_es18",
        "heldout_es19",
        "heldout_es20",
        "everyday_heldout_en",
        "everyday_heldout_es",
        "everyday_voice_en",
        "everyday_voice_es",
        # Read, never trained on: arrangements around an absence with their reason said
        # ("key's under the mat for the plumber") weigh the model away from the same words
        # in a goodbye; the rules read the reason instead.
        "everyday_arrangements_en",
        "everyday_arrangements_es",
    }
)
# Each left out in turn by --evaluate: the newest writers' sets, then everyday noticings.
LEFT_OUT_GROUPS = (
    ("crisis_heldout_es18", "crisis_heldout_en17"),
    ("crisis_heldout_es17", "crisis_heldout_en16"),
    ("crisis_dev_es23", "crisis_dev_en22"),
    ("crisis_dev_es22", "crisis_dev_en21"),
    ("crisis_heldout_es16", "crisis_heldout_en15"),
    ("crisis_dev_es21", "crisis_dev_en20"),
    ("crisis_heldout_es15", "crisis_heldout_en14"),
    ("crisis_dev_es20", "crisis_dev_en19"),
    ("crisis_heldout_es14", "crisis_heldout_en13"),
    ("crisis_dev_es19", "crisis_dev_en18"),
    ("crisis_dev_denials_es", "crisis_dev_denials_en"),
    ("crisis_heldout_es13", "crisis_heldout_en12"),
    ("crisis_dev_es18", "crisis_dev_en17"),
    ("crisis_heldout_es12", "crisis_heldout_en11"),
    ("crisis_heldout_es11", "crisis_heldout_en10"),
    ("crisis_dev_es17", "crisis_dev_en16"),
    ("crisis_dev_es16", "crisis_dev_en15"),
    ("crisis_heldout_es10", "crisis_heldout_en9"),
    ("crisis_dev_en14", "crisis_dev_es15"),
    ("crisis_dev_en13", "crisis_dev_es14"),
    ("crisis_dev_en12", "crisis_dev_es13"),
    ("everyday_grief",),
    ("crisis_heldout_es9", "crisis_heldout_en8"),
    ("crisis_dev_es12", "crisis_dev_en11"),
    ("everyday_people",),
    ("everyday_goodbyes",),
    ("crisis_dev_en10", "crisis_dev_es11"),
    ("crisis_dev_es10",),
    ("crisis_dev_en9",),
    ("crisis_heldout_es8", "crisis_heldout_en7"),
    ("crisis_dev_es7",),
    ("crisis_dev_en5",),
    ("crisis_dev_es9", "crisis_dev_en7"),
    ("crisis_dev_es8", "crisis_dev_en6"),
    ("crisis_heldout_es7", "crisis_heldout_en6"),
    ("crisis_dev_es6", "crisis_idioms_es2"),
    ("crisis_dev_en4", "crisis_idioms_en2"),
    ("crisis_heldout_es6", "crisis_heldout_en5"),
    ("dev", "dev_es", "dev_es2", "dev_es3", "dev_es4", "spoken", "everyday_en", "everyday_es"),
)
# scikit-learn's C and the probability flagged: chosen as docs/languages.md says.
REGULARISATION = 100.0
THRESHOLD = 0.95
TOLERANCE = 1e-8
# Weights this small change no probability by more than a rounding: left out of the file.
SMALLEST_WEIGHT = 1e-3
# The pathological bodies the speed tests read are no writing to learn from.
LONGEST_TEXT = 1_000


def labelled(name: str) -> list[tuple[str, bool]]:
    rows = (json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines() if line)
    return [
        (row["text"], bool(row.get("crisis")))
        for row in rows
        if isinstance(row.get("text"), str) and len(row["text"]) <= LONGEST_TEXT
    ]


def set_names() -> list[str]:
    return sorted(path.stem for path in DATA.glob("*.jsonl") if path.stem not in KEPT_OUT)


def train(texts: list[tuple[str, bool]], regularisation: float) -> tuple[float, dict[str, float]]:
    """The intercept and the weights (those that matter) of a model of ``texts``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(
        [features(words_of(reading_to_learn(text))) for text, _ in texts]
    )
    model = LogisticRegression(
        C=regularisation,
        max_iter=10_000,
        class_weight="balanced",
        solver="lbfgs",
        # Trained to the optimum, not near it: the optimum is one (L2 makes the problem
        # strictly convex), so another release of scikit-learn or SciPy gives the same
        # weights. At the default tolerance lbfgs stopped early, where releases differ
        # (probabilities up to 0.15 apart).
        tol=TOLERANCE,
    )
    model.fit(matrix, [is_crisis for _, is_crisis in texts])
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(vectoriser.feature_names_, model.coef_[0], strict=True)
        if abs(weight) >= SMALLEST_WEIGHT
    }
    return round(float(model.intercept_[0]), 4), weights


def reading_to_learn(text: str) -> str:
    """What the model reads of ``text`` in triage: the sentences the rules left to it,
    without those that say dying or killing outright (:meth:`Model.readable`); the
    whole message, read so, where the rules decide alone. Learnt from the whole
    message, a benign "Made my will after the baby. Everything goes to my wife." was
    still asked about "everything goes to my wife" alone, which it never met."""
    whole = model_reading(text)
    return Model.readable(triage_reading(text) or whole) or whole


def write(intercept: float, weights: dict[str, float], threshold: float) -> str:
    body = json.dumps(
        {"intercept": intercept, "threshold": threshold, "weights": weights},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    MODEL_PATH.write_text(body + "\n", encoding="utf-8")
    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()


def evaluate(regularisation: float) -> None:
    """Train with each group left out; print, per threshold, what the rules find in it,
    what the model alone finds, and triage as it runs (the model asked where the rules
    neither matched nor excused); and the same on the everyday noticings never trained on."""
    names = set_names()
    everyday = [
        row for name in sorted(KEPT_OUT) if not name.startswith("crisis") for row in labelled(name)
    ]
    thresholds = (0.9, 0.95, 0.97, 0.98)
    for group in LEFT_OUT_GROUPS:
        left_out = {text for name in group for text, _ in labelled(name)}
        # A test may quote a set's text: it is left out with its set.
        texts = [
            row
            for name in names
            if name not in group
            for row in labelled(name)
            if row[0] not in left_out
        ]
        intercept, weights = train(texts, regularisation)
        for threshold in thresholds:
            model = Model(intercept, threshold, weights)
            for name in group:
                _print_figures(name, labelled(name), model)
            _print_figures("everyday, never trained", everyday, model)


def _print_figures(name: str, rows: list[tuple[str, bool]], model: Model) -> None:
    rules = [detect_crisis_by_rules(text) is not None for text, _ in rows]
    alone = [model.flags(model_reading(text)) for text, _ in rows]
    # Triage as it runs: the model asked only where the rules neither matched nor excused.
    kept, crisis._MODEL = crisis._MODEL, model
    try:
        triage = [crisis.detect_crisis(text) is not None for text, _ in rows]
    finally:
        crisis._MODEL = kept
    crises = sum(is_crisis for _, is_crisis in rows)
    figures = []
    for seen in (rules, alone, triage):
        found = sum(v for v, (_, c) in zip(seen, rows, strict=True) if c)
        false = sum(v for v, (_, c) in zip(seen, rows, strict=True) if not c)
        figures.append(f"{found}/{crises} {false}/{len(rows) - crises}")
    print(
        f"  {name:<24} t={model.threshold:.2f}  rules {figures[0]:<13} "
        f"model {figures[1]:<13} triage {figures[2]}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("-C", type=float, default=REGULARISATION)
    args = parser.parse_args(argv)
    if args.evaluate:
        evaluate(args.C)
        return 0
    texts = [row for name in set_names() for row in labelled(name)]
    intercept, weights = train(texts, args.C)
    digest = write(intercept, weights, THRESHOLD)
    print(f"{len(texts)} texts, {len(weights)} weights -> {MODEL_PATH.relative_to(ROOT)}")
    print(f"SHA-256 {digest} (pin it as MODEL_SHA256 in shared/language/crisis/model.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
