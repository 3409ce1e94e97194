"""Tagging accuracy, crisis triage and speed, printed.

    .venv/bin/python bench/tagging.py            # sets, crisis classes, speed, pathological
    .venv/bin/python bench/tagging.py --errors   # also list each disagreement
    .venv/bin/python bench/tagging.py --accuracy # the sets only, no timings

Sets (tests/data/tagging): ``dev`` was used while tuning; ``heldout``,
``heldout2`` and ``heldout3`` (plain writing, five more clients, figures per
kind: contractions, tenses, key words alone, typos, synonyms, voice notes,
near-misses) were never tuned on; ``crisis_heldout`` is crisis triage by class,
never tuned on; ``crisis_heldout_en2`` (English, both kinds) was run once and then
tuned on, and so was ``crisis_heldout_en3``; ``crisis_dev_en`` (indirect crisis
language, by class) is tuned on and ``crisis_heldout_en4`` is never tuned on. Spanish triage:
``crisis_heldout_es`` (crisis texts, plain and disguised) and ``crisis_idioms_es``
(hyperbole, denials, other people, everyday speech) were run once and then tuned on,
and so was ``crisis_heldout_es2`` (both kinds); ``crisis_dev_es`` (both kinds, by
class) is the set Spanish triage is tuned on, and so are ``crisis_heldout_es3`` (run
once, then tuned on) and ``crisis_dev_es2`` (both kinds, by class);
``crisis_heldout_es4`` (both kinds, by class) is never tuned on
(tests/data/tagging/SPANISH.md). ``crisis_everyday`` (everyday uses of crisis words,
English and Spanish, all benign) counts false alarms only, and so do ``crisis_idioms_es2``
and ``crisis_idioms_en2`` (idioms, denials, other subjects). The newest crisis sets are
``crisis_dev_es7``/``_es8``/``_es9`` and ``crisis_dev_en5``/``_en6``/``_en7`` (new
writers: indirect crises, voice notes, teenagers, older people, understatement; trained
on), ``crisis_negation_es``/``_en`` (a "no" that cancels nothing, beside denials; tuned
and trained on) and ``crisis_heldout_es10``/``crisis_heldout_en9`` (never trained on;
their disguises and false alarms read after the first run); ``crisis_heldout_es9``/``_en8``
are trained on from this round. The newest Spanish cue set never tuned on is
``heldout_es10`` (cue_sets_es14.json); ``heldout_es9``, ``heldout_es8`` and ``heldout_es7``
are tuned on,
``dev_es5`` (cue_sets_es11.json, mostly near-misses) is the set Spanish precision is
tuned on, and ``dev_es6`` (cue_sets_es13.json: synonyms, Spanglish, near-misses) the
one Spanish recall is (tests/data/tagging/README.md).
Spanish cues: ``heldout_es`` (cue_sets_es.json) tagged as a Spanish-speaking
client's (``language="es"``), and as an English-speaking one's for comparison;
``dev_es`` (cue_sets_es2.json, tuned on), ``dev_es2`` (near-misses, synonyms and
Spanglish on both Spanish cue files, tuned on) and ``heldout_es3`` (cue_sets_es3.json,
never tuned on), by kind, with ``language="es"``.
Every crisis set's figures are triage as it runs (the rules, then the crisis model where
they met none of their words), with the rules' alone beside them; ``everyday_en``/``_es``
and ``everyday_en2``/``_es2`` (trained on by the model), ``everyday_heldout_en``/``_es``
and ``everyday_voice_en``/``_es`` (voice-note transcripts and long messages; never) are
everyday noticings, false alarms by kind.
The pathological section times tagging plus triage of
2,000- and 20,000-character bodies built to make a backtracking pattern blow
up; it compares each against the 50 ms bound and against ten times its own
2,000-character time (linear growth), and exits 1 when either is exceeded.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from _summary import record  # noqa: E402

from shared.language.crisis import detect_crisis_by_rules  # noqa: E402
from shared.language.cues import Cue, CueMatcher, tag  # noqa: E402
from shared.language.cues import spanish as spanish_lexicon  # noqa: E402
from shared.language.cues.lexicon import stem  # noqa: E402
from shared.language.text import fold, normalise  # noqa: E402
from tests.support.tagging import (  # noqa: E402
    CrisisScores,
    Scores,
    evaluate,
    evaluate_by_kind,
    evaluate_crisis,
    load_cue_sets,
    read_jsonl,
)

DATA = ROOT / "tests" / "data" / "tagging"
SETS = ("dev", "heldout", "heldout2")
# Spanish triage: crises only, benign only, both, the sets tuned on, the set never tuned on.
SPANISH_CRISIS_SETS = (
    "crisis_heldout_es",
    "crisis_idioms_es",
    "crisis_heldout_es2",
    "crisis_dev_es",
    "crisis_heldout_es3",
    "crisis_dev_es2",
    "crisis_heldout_es4",
    "crisis_dev_es3",
    "crisis_heldout_es5",
    "crisis_dev_es4",
    "crisis_heldout_es6",
    "crisis_dev_es5",
    "crisis_dev_es6",
    "crisis_heldout_es7",
    "crisis_dev_es7",
    "crisis_dev_es8",
    "crisis_dev_es9",
    "crisis_negation_es",
    "crisis_heldout_es8",
    "crisis_heldout_es9",
    "crisis_heldout_es10",
    "crisis_heldout_es11",
    "crisis_heldout_es12",
    "crisis_heldout_es13",
    "crisis_heldout_es14",
    "crisis_heldout_es15",
    "crisis_heldout_es16",
    "crisis_heldout_es17",
    "crisis_heldout_es18",
    "crisis_heldout_es19",
    "crisis_heldout_es20",
    "crisis_heldout_es21",
    "crisis_heldout_es22",
    "crisis_heldout_es23",
    "crisis_heldout_es24",
    "crisis_heldout_es25",
    "crisis_heldout_outright_es",
    "crisis_dev_es18",
    "crisis_dev_es19",
    "crisis_dev_es20",
    "crisis_dev_es21",
    "crisis_dev_es22",
    "crisis_dev_es23",
    "crisis_dev_es26",
    "crisis_dev_es27",
    "crisis_dev_es28",
    "crisis_dev_es29",
    "crisis_dev_es30",
    "crisis_dev_es31",
    "crisis_dev_es32",
    "crisis_dev_es33",
    "crisis_dev_es34",
    "crisis_dev_es35",
    "crisis_dev_es36",
    "crisis_dev_es37",
    "crisis_dev_es38",
)
# Everyday uses of crisis words in both languages ("an overdose of coffee", "una cuerda
# para tender la ropa"), and idioms, denials and other subjects in each language ("me
# quedé muerto", "kill me now, the meeting got extended"), every one benign: false alarms only.
EVERYDAY_CRISIS_SETS = (
    "crisis_everyday",
    "crisis_idioms_es2",
    "crisis_idioms_en2",
    "everyday_arrangements_en",
    "everyday_arrangements_es",
)
EVERYDAY_NOTICING_SETS = (
    "everyday_en",
    "everyday_es",
    "everyday_en2",
    "everyday_es2",
    "everyday_heldout_en",
    "everyday_heldout_es",
    "everyday_voice_en",
    "everyday_voice_es",
)
# English triage: the first held-out set; en2 and en3 (each run once, then tuned on); the
# development set (indirect crisis language, tuned on); en4 (never tuned on).
ENGLISH_CRISIS_SETS = (
    "crisis_heldout",
    "crisis_heldout_en2",
    "crisis_heldout_en3",
    "crisis_dev_en",
    "crisis_heldout_en4",
    "crisis_dev_en2",
    "crisis_heldout_en5",
    "crisis_dev_en3",
    "crisis_dev_en4",
    "crisis_heldout_en6",
    "crisis_dev_en5",
    "crisis_dev_en6",
    "crisis_dev_en7",
    "crisis_negation_en",
    "crisis_heldout_en7",
    "crisis_heldout_en8",
    "crisis_heldout_en9",
    "crisis_heldout_en10",
    "crisis_heldout_en11",
    "crisis_heldout_en12",
    "crisis_heldout_en13",
    "crisis_heldout_en14",
    "crisis_heldout_en15",
    "crisis_heldout_en16",
    "crisis_heldout_en17",
    "crisis_heldout_en18",
    "crisis_heldout_en19",
    "crisis_heldout_en20",
    "crisis_heldout_en21",
    "crisis_heldout_en22",
    "crisis_heldout_en23",
    "crisis_heldout_en24",
    "crisis_heldout_outright_en",
    "crisis_dev_en17",
    "crisis_dev_en18",
    "crisis_dev_en19",
    "crisis_dev_en20",
    "crisis_dev_en21",
    "crisis_dev_en22",
    "crisis_dev_en25",
    "crisis_dev_en26",
    "crisis_dev_en27",
    "crisis_dev_en28",
    "crisis_dev_en29",
    "crisis_dev_en30",
    "crisis_dev_en31",
    "crisis_dev_en32",
    "crisis_dev_en33",
    "crisis_dev_en34",
    "crisis_dev_en35",
    "crisis_dev_en36",
    "crisis_dev_en37",
)
BOUND_MS = 50.0
# Linear growth makes the 20,000-character time ten times the 2,000 one;
# allow for timer noise on short runs, far below the hundredfold of a quadratic.
GROWTH_BOUND = 25.0


def report(name: str, scores: Scores, show_errors: bool) -> None:
    print(f"[{name}] {scores.total} noticings")
    print(
        f"  cues       F1 {scores.f1:.3f}  precision {scores.precision:.3f}  "
        f"recall {scores.recall:.3f}"
    )
    print(f"  intensity  {scores.intensity_accuracy:.1%} right")
    print(
        f"  barrier    {scores.barrier_accuracy:.1%} right, "
        f"{scores.barrier_recall:.1%} of barriers found"
    )
    print(
        f"  crisis     {scores.crisis_found}/{scores.crisis_expected} flagged, "
        f"{scores.crisis_false_alarms} false alarms"
    )
    if show_errors:
        for line in scores.errors:
            print("  - " + line)


def report_kinds(
    name: str, cue_file: str | tuple[str, ...], show_errors: bool, language: str = "en"
) -> None:
    """A set whose rows carry a ``kind``: the set's figures, then each kind's."""
    if not (DATA / f"{name}.jsonl").exists():
        print(f"[{name}] not present")
        return
    rows = read_jsonl(DATA / f"{name}.jsonl")
    files = (cue_file,) if isinstance(cue_file, str) else cue_file
    cue_sets = {name: cues for f in files for name, cues in load_cue_sets(DATA / f).items()}
    scores, kinds = evaluate_by_kind(rows, cue_sets, language=language)
    report(name if language == "en" else f"{name}, language={language}", scores, show_errors)
    record("tagging", f"cue F1, {name}", f"{scores.f1:.3f}")
    for kind, got in sorted(kinds.items()):
        if got.true_pos + got.false_neg:
            print(
                f"  {kind:<14} F1 {got.f1:.3f}  precision {got.precision:.3f}  "
                f"recall {got.recall:.3f}  ({got.true_pos + got.false_neg} cue mentions)"
            )
        else:
            print(
                f"  {kind:<14} {got.false_pos} wrong tags on {got.total} texts that must not match"
            )


def report_crisis(
    name: str, scores: CrisisScores, show_errors: bool, rows: list[dict] | None = None
) -> None:
    """Print a crisis set's figures by class; with ``rows``, the rules' alone beside them."""
    found, expected = sum(scores.found.values()), sum(scores.expected.values())
    alarms, benign = sum(scores.false_alarms.values()), sum(scores.benign.values())
    figures = []
    if expected:
        figures.append(f"{found}/{expected} found (recall {found / expected:.1%})")
    if benign:
        figures.append(f"{alarms}/{benign} false alarms ({alarms / benign:.1%})")
    if rows is not None:
        by_rules = [detect_crisis_by_rules(row["text"]) is not None for row in rows]
        rules_found = sum(f for f, row in zip(by_rules, rows, strict=True) if row["crisis"])
        rules_alarms = sum(f for f, row in zip(by_rules, rows, strict=True) if not row["crisis"])
        alone = [f"{rules_found} found"] if expected else []
        alone += [f"{rules_alarms} false alarms"] if benign else []
        figures.append("rules alone " + ", ".join(alone))
    print(f"[{name}] crisis " + ", ".join(figures))
    for klass in sorted(set(scores.expected) | set(scores.benign)):
        if scores.expected[klass]:
            print(f"  {klass:<15} {scores.found[klass]}/{scores.expected[klass]} found")
        if scores.benign[klass]:
            print(f"  {klass:<15} {scores.false_alarms[klass]}/{scores.benign[klass]} false alarms")
    if show_errors:
        for line in scores.errors:
            print("  - " + line)


def speed(rounds: int = 20) -> None:
    # A fifth cue on every set: the brief's "5-cue set" case.
    extra = Cue("jaw clenching", ("grinding my teeth",))
    cue_sets = {
        name: [*cues, extra] for name, cues in load_cue_sets(DATA / "cue_sets.json").items()
    }
    rows = [row for name in SETS for row in read_jsonl(DATA / f"{name}.jsonl")]
    stem.cache_clear()
    fold.cache_clear()
    normalise.cache_clear()
    matchers = {name: CueMatcher(cues) for name, cues in cue_sets.items()}
    started = time.perf_counter()
    for row in rows:
        tag(row["text"], matchers[row["cue_set"]])
    elapsed = time.perf_counter() - started
    print(
        f"speed: {len(rows) / elapsed:,.0f} noticings/s on first sight of their words "
        f"({elapsed / len(rows) * 1e6:.0f} µs each, 5-cue sets)"
    )
    for spoken in (False, True):
        started = time.perf_counter()
        for _ in range(rounds):
            for row in rows:
                tag(row["text"], matchers[row["cue_set"]], spoken=spoken)
        elapsed = time.perf_counter() - started
        count = rounds * len(rows)
        mode = "spoken=True " if spoken else ""
        print(
            f"speed: {count / elapsed:,.0f} noticings/s with a compiled CueMatcher, warm "
            f"{mode}({elapsed / count * 1e6:.0f} µs each, 5-cue sets)"
        )
    started = time.perf_counter()
    for row in rows:
        tag(row["text"], cue_sets[row["cue_set"]])
    elapsed = time.perf_counter() - started
    print(f"speed: {len(rows) / elapsed:,.0f} noticings/s compiling the cue set every time")
    # CPU time: what one worker process does on a core of its own, whatever else runs
    # on a shared machine (the batch path compiles once per client, a single job per text).
    for label, cues_of in (
        ("a compiled CueMatcher (the batch path)", matchers),
        ("compiling per text (a single job)", cue_sets),
    ):
        started = time.process_time()
        for _ in range(3):
            for row in rows:
                tag(row["text"], cues_of[row["cue_set"]])
        cpu = (time.process_time() - started) / (3 * len(rows))
        print(f"speed: {1 / cpu:,.0f} noticings/s of CPU per worker process, {label}")
        record("tagging", f"noticings/s of CPU per worker, {label}", f"{1 / cpu:,.0f}")
    spanish_speed()


def spanish_speed() -> None:
    """The same CPU figure for Spanish-speaking clients (language="es": two lexicons,
    the word list's check), on a first sight of the words and warm."""
    cue_sets = load_cue_sets(DATA / "cue_sets_es2.json")
    rows = read_jsonl(DATA / "dev_es.jsonl")
    spanish_lexicon.stem.cache_clear()
    spanish_lexicon.known.cache_clear()
    fold.cache_clear()
    normalise.cache_clear()
    matchers = {name: CueMatcher(cues, "es") for name, cues in cue_sets.items()}
    for label, rounds in (("first sight", 1), ("warm", 5)):
        started = time.process_time()
        for _ in range(rounds):
            for row in rows:
                tag(row["text"], matchers[row["cue_set"]])
        cpu = (time.process_time() - started) / (rounds * len(rows))
        print(
            f"speed: {1 / cpu:,.0f} noticings/s of CPU per worker process, Spanish, "
            f"a compiled CueMatcher, {label}"
        )
    record("tagging", "noticings/s of CPU per worker, Spanish", f"{1 / cpu:,.0f}")


def short_word_rule() -> None:
    """The short-word rule, measured: every four-letter word of every label (both cue
    files) misspelt the ways the rule covers (a vowel left out, a letter doubled; only
    non-words), tagged with the rule and without it; and every text of every set tagged
    against every cue set with and without it (tags the rule adds where none is meant)."""
    from shared.language.cues import matcher as matcher_module
    from shared.language.cues.lexicon import FUNCTION_WORDS, WEAK_WORDS
    from shared.language.cues.wordnet import base_forms

    cue_sets = {**load_cue_sets(DATA / "cue_sets.json"), **load_cue_sets(DATA / "cue_sets3.json")}
    cases = []
    for name, cues in cue_sets.items():
        for cue in cues:
            words = normalise(cue.label).split()
            for i, word in enumerate(words):
                if len(word) != 4 or word in FUNCTION_WORDS | WEAK_WORDS or not word.isalpha():
                    continue
                dropped = {word[:j] + word[j + 1 :] for j in range(1, 4) if word[j] in "aeiou"}
                doubled = {word[:j] + word[j] + word[j:] for j in range(1, 4)}
                for typo in sorted(dropped | doubled):
                    if not base_forms(typo):
                        cases.append(
                            (name, cue.label, " ".join([*words[:i], typo, *words[i + 1 :]]))
                        )
    texts = [
        row["text"]
        for name in (*SETS, "spoken", "heldout3")
        for row in read_jsonl(DATA / f"{name}.jsonl")
    ]

    def measure() -> tuple[int, int, int]:
        matchers = {name: CueMatcher(cues) for name, cues in cue_sets.items()}
        found = sum(label in matchers[name].match(text) for name, label, text in cases)
        others = sum(len(set(matchers[name].match(text)) - {label}) for name, label, text in cases)
        every = sum(len(m.match(text)) for text in texts for m in matchers.values())
        return found, others, every

    with_rule = measure()
    rule = matcher_module._short_typo
    matcher_module._short_typo = lambda word, form: False
    try:
        without = measure()
    finally:
        matcher_module._short_typo = rule
    print(
        f"short-word rule: {len(cases)} labels with a four-letter word misspelt: "
        f"{with_rule[0]} tagged with the rule, {without[0]} without; other cues tagged "
        f"{with_rule[1]} / {without[1]}"
    )
    print(
        f"  {len(texts)} texts x {len(cue_sets)} cue sets: {with_rule[2]} tags with the rule, "
        f"{without[2]} without"
    )


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


# Bodies that make backtracking patterns, per-match rescans or guard windows
# grow faster than the text.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "'#' * n": _repeat("#"),
    "'#a' * n": _repeat("#a"),
    "'a' * n": _repeat("a"),
    "'a ' * n": _repeat("a "),
    "spaces": _repeat(" "),
    "digits": _repeat("7"),
    "'a 5 ' * n": _repeat("a 5 "),
    "'7/10 ' * n": _repeat("7/10 "),
    "'7ish, ' * n": _repeat("7ish, "),
    "'intensity ' * n": _repeat("intensity "),
    "'didnt ' * n": _repeat("didnt "),
    "'skipped ' * n": _repeat("skipped "),
    "'too ' * n": _repeat("too "),
    "'dont want to die ' * n": _repeat("dont want to die "),
    "'killing me at ' * n": _repeat("killing me at "),
    "'k i l l ' * n": _repeat("k i l l "),
    "'kiii' * n": _repeat("kiii"),
    "'k1' * n": _repeat("k1"),
    "zero-width spaces": _repeat("\u200b"),
    "Cyrillic і": _repeat("\u0456"),
    "emoji": _repeat("\U0001f62d"),
    "'., ' * n": _repeat("., "),
    "'overdose on ' * n": _repeat("overdose on "),
    "'me mato el ' * n": _repeat("me mato el "),
    "'no quiero vivir en ' * n": _repeat("no quiero vivir en "),
    "'m a t a r ' * n": _repeat("m a t a r "),
    # One-letter words beside a spelling are also read kept apart (three more readings).
    "'a z o t e a y ' * n": _repeat("a z o t e a y "),
    "'me tome todas las ' * n": _repeat("me tome todas las "),
    "'no quiero morir desde el puente ' * n": _repeat("no quiero morir desde el puente "),
    "'me tome como 30 ' * n": _repeat("me tome como 30 "),
    "'no me despierte ' * n": _repeat("no me despierte "),
    "'ya lo decidi y ' * n": _repeat("ya lo decidi y "),
    "'donde voy ya no necesito nada, ' * n": _repeat("donde voy ya no necesito nada, "),
    # A question answered "no", then courtesies that could be split many ways.
    "'pensado en matarme: no desde x no no ' * n": _repeat(
        "me pregunto si he pensado en matarme: no desde x no no "
    ),
    # Runs of letters longer than any word, each different (the crisis model reads a
    # word's letters a few at a time).
    "runs of 4,000 letters": lambda size: " ".join(
        chr(ord("a") + n % 26) * 3_999 for n in range(size // 4_000 + 1)
    )[:size],
    # Many short sentences, each read on its own: repeated, then each one different.
    "'0v3r. ' * n": _repeat("0v3r. "),
    "'ok N. over N. '": lambda size: _repeat(
        " ".join(f"ok {n}. over {n}." for n in range(size // 10)) + " "
    )(size),
    "words of the sets": lambda size: _repeat(
        " ".join(r["text"] for r in read_jsonl(DATA / "dev.jsonl")) + " "
    )(size),
}


def _best_ms(text: str, matcher: CueMatcher, spoken: bool, tries: int = 3) -> float:
    """CPU time of the best of ``tries``: on a shared machine wall time mostly
    measures the other processes."""
    best = float("inf")
    for _ in range(tries):
        fold.cache_clear()  # every try reads the text from scratch
        started = time.process_time()
        tag(text, matcher, spoken=spoken)
        best = min(best, time.process_time() - started)
    return best * 1000


def pathological() -> bool:
    """Print each body's timings; False when one breaks the bound or grows faster than linear."""
    matcher = CueMatcher(load_cue_sets(DATA / "cue_sets.json")["evening"])
    print(f"pathological bodies: tag + crisis triage, CPU ms, best of 3 (bound {BOUND_MS:.0f} ms)")
    print(f"  {'body':<26} {'2,000 ch':>9} {'20,000 ch':>10} {'spoken':>8} {'growth':>7}")
    ok = True
    stem.cache_clear()
    for name, build in PATHOLOGICAL.items():
        small = _best_ms(build(2_000), matcher, spoken=False)
        large = _best_ms(build(20_000), matcher, spoken=False)
        spoken = _best_ms(build(20_000), matcher, spoken=True)
        growth = large / max(small, 0.05)
        verdict = "ok"
        if max(large, spoken) > BOUND_MS or growth > GROWTH_BOUND:
            verdict, ok = "OVER", False
        print(
            f"  {name:<26} {small:>7.2f}ms {large:>8.2f}ms {spoken:>6.2f}ms "
            f"{growth:>6.1f}x {verdict}"
        )
    return ok


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    cue_sets = load_cue_sets(DATA / "cue_sets.json")
    for name in SETS:
        scores = evaluate(read_jsonl(DATA / f"{name}.jsonl"), cue_sets)
        report(name, scores, show_errors)
        record("tagging", f"cue F1, {name}", f"{scores.f1:.3f}")
    # Plain writing (issue 25): five more clients, by kind, never tuned on.
    report_kinds("heldout3", "cue_sets3.json", show_errors)
    report_kinds("heldout4", "cue_sets4.json", show_errors)
    report_kinds("heldout5", "cue_sets5.json", show_errors)
    report_kinds("heldout6", "cue_sets6.json", show_errors)
    report_kinds("heldout7", "cue_sets7.json", show_errors)
    # The same round's English writers whose sets are read and tuned on.
    for number in (2, 3, 4, 5, 6, 7, 8):
        report_kinds(f"dev_en{number}", f"cue_sets_dev_en{number}.json", show_errors)
    spoken = evaluate(read_jsonl(DATA / "spoken.jsonl"), cue_sets, spoken=True)
    report("spoken, spoken=True", spoken, show_errors)
    for name in SETS[1:]:
        scores = evaluate(read_jsonl(DATA / f"{name}.jsonl"), cue_sets, spoken=True)
        print(
            f"[{name}, spoken=True] cues F1 {scores.f1:.3f}  precision {scores.precision:.3f}  "
            f"recall {scores.recall:.3f}"
        )
    spanish_cues = load_cue_sets(DATA / "cue_sets_es.json")
    spanish_rows = read_jsonl(DATA / "heldout_es.jsonl")
    for language in ("es", "en"):
        scores = evaluate(spanish_rows, spanish_cues, language=language)
        name = f"heldout_es, language={language}"
        print(
            f"[{name}] {scores.total} noticings  cues F1 {scores.f1:.3f}  "
            f"precision {scores.precision:.3f}  recall {scores.recall:.3f}"
        )
        if show_errors:
            for line in scores.errors:
                print("  - " + line)
        record(
            "tagging",
            f"Spanish cues, {name}",
            f"precision {scores.precision:.3f}, recall {scores.recall:.3f}",
        )
    # Spanish plain writing, by kind: dev_es was tuned on; heldout_es3 never was.
    report_kinds("dev_es", "cue_sets_es2.json", show_errors, language="es")
    report_kinds("dev_es2", ("cue_sets_es.json", "cue_sets_es2.json"), show_errors, language="es")
    report_kinds("heldout_es3", "cue_sets_es3.json", show_errors, language="es")
    report_kinds("dev_es3", "cue_sets_es5.json", show_errors, language="es")
    report_kinds("heldout_es4", "cue_sets_es4.json", show_errors, language="es")
    report_kinds("dev_es4", "cue_sets_es7.json", show_errors, language="es")
    report_kinds("heldout_es5", "cue_sets_es6.json", show_errors, language="es")
    report_kinds("heldout_es6", "cue_sets_es8.json", show_errors, language="es")
    report_kinds("heldout_es7", "cue_sets_es9.json", show_errors, language="es")
    report_kinds("heldout_es8", "cue_sets_es10.json", show_errors, language="es")
    report_kinds("dev_es5", "cue_sets_es11.json", show_errors, language="es")
    report_kinds("dev_es6", "cue_sets_es13.json", show_errors, language="es")
    report_kinds("heldout_es9", "cue_sets_es12.json", show_errors, language="es")
    report_kinds("heldout_es10", "cue_sets_es14.json", show_errors, language="es")
    report_kinds("heldout_es11", "cue_sets_es15.json", show_errors, language="es")
    report_kinds("heldout_es12", "cue_sets_es16.json", show_errors, language="es")
    report_kinds("heldout_es13", "cue_sets_es17.json", show_errors, language="es")
    report_kinds("heldout_es14", "cue_sets_es18.json", show_errors, language="es")
    report_kinds("heldout_es15", "cue_sets_es19.json", show_errors, language="es")
    report_kinds("heldout_es16", "cue_sets_es20.json", show_errors, language="es")
    report_kinds("heldout_es17", "cue_sets_es21.json", show_errors, language="es")
    report_kinds("heldout_es18", "cue_sets_es22.json", show_errors, language="es")
    report_kinds("heldout_es19", "cue_sets_es23.json", show_errors, language="es")
    report_kinds("heldout_es20", "cue_sets_es24.json", show_errors, language="es")
    for name in ENGLISH_CRISIS_SETS:
        if not (DATA / f"{name}.jsonl").exists():
            print(f"[{name}] not present")
            continue
        rows = read_jsonl(DATA / f"{name}.jsonl")
        english = evaluate_crisis(rows)
        report_crisis(name, english, show_errors, rows)
        found, expected = sum(english.found.values()), sum(english.expected.values())
        alarms, benign = sum(english.false_alarms.values()), sum(english.benign.values())
        record(
            "tagging",
            f"English crisis, {name}",
            f"{found}/{expected} found, {alarms}/{benign} false alarms",
        )
    for name in EVERYDAY_CRISIS_SETS:
        rows = read_jsonl(DATA / f"{name}.jsonl")
        everyday = evaluate_crisis(rows)
        report_crisis(name, everyday, show_errors, rows)
        alarms, benign = sum(everyday.false_alarms.values()), sum(everyday.benign.values())
        record("tagging", f"Everyday crisis words, {name}", f"{alarms}/{benign} false alarms")
    for name in SPANISH_CRISIS_SETS:
        if not (DATA / f"{name}.jsonl").exists():
            print(f"[{name}] not present")
            continue
        rows = read_jsonl(DATA / f"{name}.jsonl")
        spanish = evaluate_crisis(rows)
        report_crisis(name, spanish, show_errors, rows)
        found, expected = sum(spanish.found.values()), sum(spanish.expected.values())
        alarms, benign = sum(spanish.false_alarms.values()), sum(spanish.benign.values())
        figures = [f"{found}/{expected} found"] if expected else []
        figures += [f"{alarms}/{benign} false alarms"] if benign else []
        record("tagging", f"Spanish crisis, {name}", ", ".join(figures))
    # Everyday noticings, by kind (low mood, grief, dramatic words ...): the crisis model
    # learned from everyday_en/_es; the held-out and voice pairs were never trained on.
    for name in EVERYDAY_NOTICING_SETS:
        rows = [{**row, "class": row["kind"]} for row in read_jsonl(DATA / f"{name}.jsonl")]
        noticings = evaluate_crisis(rows)
        report_crisis(name, noticings, show_errors, rows)
        alarms, benign = sum(noticings.false_alarms.values()), sum(noticings.benign.values())
        record("tagging", f"Everyday noticings, {name}", f"{alarms}/{benign} false alarms")
    if "--accuracy" in argv:
        return 0
    short_word_rule()
    speed()
    return 0 if pathological() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
