"""The crisis model: a second reading, asked only where the rules met none of their words.

What it learned is measured in docs/languages.md; these tests hold how it is wired
into triage, what it never overrules, how its weights are checked, and that the
committed weights are what the training script makes of the committed data.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

import shared.language.crisis as crisis
from shared.language.crisis import SPANISH, SUICIDAL_IDEATION, detect_crisis, model
from shared.language.crisis.model import Model
from shared.language.text import fold

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "tagging"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines() if line]


@pytest.fixture
def model_says(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Model]:
    """Put a model of the test's own in triage's place."""

    def use(weights: dict[str, float], intercept: float = -4.0) -> Model:
        made = Model(intercept=intercept, threshold=0.5, weights=weights)
        monkeypatch.setattr(crisis, "_MODEL", made)
        return made

    return use


# --- the committed weights --------------------------------------------------------------


def test_the_committed_weights_are_the_ones_pinned_and_triage_reads_with_them() -> None:
    loaded = model.load()
    assert loaded is not None
    assert crisis._MODEL is not None
    assert loaded.weights == crisis._MODEL.weights


def test_weights_with_other_bytes_are_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    body = json.loads(model.MODEL_PATH.read_text(encoding="utf-8"))
    body["threshold"] = 0.01  # a file that would flag nearly everything
    changed = tmp_path / "crisis_model.json"
    changed.write_text(json.dumps(body), encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger=model.__name__):
        assert model.load(changed) is None
    assert "refused" in caplog.text
    assert model.load(tmp_path / "missing.json") is None


def test_without_its_weights_triage_reads_with_its_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crisis, "_MODEL", None)
    assert detect_crisis("I want to die") is not None
    assert detect_crisis("ya no quiero vivir") is not None
    assert detect_crisis("tight chest before the meeting") is None


def test_everyday_noticings_it_never_learned_from_raise_no_crisis() -> None:
    """A fresh writer's 300 everyday noticings, kept out of training: no alarm."""
    for name in ("everyday_heldout_en", "everyday_heldout_es"):
        flagged = [row["text"] for row in _rows(name) if detect_crisis(row["text"])]
        assert flagged == [], name


def test_the_committed_weights_are_what_the_script_makes_of_the_data() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn comes with the test extra")
    spec = importlib.util.spec_from_file_location(
        "train_crisis_model", ROOT / "scripts" / "train_crisis_model.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    texts = [row for name in script.set_names() for row in script.labelled(name)]
    intercept, weights = script.train(texts, script.REGULARISATION)
    retrained = Model(intercept, script.THRESHOLD, weights)
    committed = crisis._MODEL
    assert committed is not None
    assert committed.threshold == script.THRESHOLD
    # The same data and script give the same model; a solver's last digits may differ
    # between library versions, so probabilities are compared, not bytes.
    for text, _ in texts[::7]:
        folded = fold(text)
        assert abs(retrained.probability(folded) - committed.probability(folded)) < 0.01, text


def test_the_kept_out_sets_are_never_trained_on() -> None:
    spec = importlib.util.spec_from_file_location(
        "train_crisis_model", ROOT / "scripts" / "train_crisis_model.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    names = set(script.set_names())
    for kept in (
        "heldout_es9",
        "heldout_es10",
        "heldout_es11",
        "heldout_es12",
        "heldout_es13",
        "heldout_es14",
        "heldout_es15",
        "heldout_es16",
        "heldout_es17",
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
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "crisis_heldout_outright_es",
        "crisis_heldout_outright_en",
        "heldout_es18",
        "heldout_es19",
        "heldout_es20",
        "everyday_heldout_en",
        "everyday_arrangements_en",
        "everyday_arrangements_es",
    ):
        assert (DATA / f"{kept}.jsonl").exists()
        assert kept not in names


# --- how triage asks it -----------------------------------------------------------------


def test_a_crisis_only_the_model_reads_is_flagged_in_the_language_it_is_written_in(
    model_says: Callable[..., Model],
) -> None:
    model_says({"w:contrasenas": 200.0})
    signal = detect_crisis("ya le dejé a mi hermana todas las contraseñas del banco")
    assert signal is not None
    assert (signal.category, signal.language) == (SUICIDAL_IDEATION, SPANISH)
    assert detect_crisis("gave my sister all my passwords") is None


def test_the_model_never_overrules_a_rules_benign_reading(model_says: Callable[..., Model]) -> None:
    # A model that flags everything: where the rules met their words and read them as
    # benign (a reason, a purpose, someone else), it does not read that sentence, and a
    # plain reason for a goodbye keeps it from the whole message.
    model_says({}, intercept=10.0)
    for benign in (
        "Tied a noose knot for my scout badge, the kids loved it.",
        "Updating my will and beneficiaries since the baby was born.",
        "adiós a todos, me voy de vacaciones",
        "amarré la cuerda al árbol para colgar la hamaca",
    ):
        assert detect_crisis(benign) is None, benign
    assert detect_crisis("tight chest before the meeting") is not None  # it is asked


def test_a_sentence_the_rules_read_as_benign_is_cut_and_the_rest_is_read(
    model_says: Callable[..., Model],
) -> None:
    # A rope for a hammock is the rules' to judge, and its sentence is not read again; the
    # model reads the others, so it no longer hides a crisis said without its words.
    model_says({"w:contrasenas": 200.0, "w:hamaca": 200.0})
    assert detect_crisis("amarré la cuerda al árbol para colgar la hamaca. fuimos al cine") is None
    signal = detect_crisis(
        "amarré la cuerda al árbol para colgar la hamaca. ya le dejé las contraseñas a mi hermana"
    )
    assert signal is not None
    assert signal.language == SPANISH


def test_the_model_learns_from_what_triage_asks_it_about() -> None:
    """The sentence the rules excused is cut in training as in triage: the model learns
    "everything goes to my wife" after a will made for a baby as benign, because that
    is all it is asked about; a message the rules decide is learnt whole."""
    spec = importlib.util.spec_from_file_location(
        "train_crisis_model", ROOT / "scripts" / "train_crisis_model.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    will = "Made my will after the baby, feels grown up. Everything goes to my wife."
    asked = ["everything", "goes", "to", "my", "wife"]
    assert model.words_of(crisis.triage_reading(will) or "") == asked
    assert model.words_of(script.reading_to_learn(will)) == asked
    flagged = "I'm going to kill myself tonight"
    assert crisis.triage_reading(flagged) is None
    assert script.reading_to_learn(flagged) == crisis.model_reading(flagged)
    # What the model never reads (dying said outright) is not learnt either.
    said = "mi abuela murió el martes. ya le dejé las contraseñas a mi hermana"
    assert "murio" not in script.reading_to_learn(said)


def test_a_denial_or_someone_else_keeps_the_model_from_the_whole_message(
    model_says: Callable[..., Model],
) -> None:
    # A check-in that says "no" goes on with plain news that can sound final, and grief
    # does too: there the rules have spoken for the whole message.
    model_says({"w:contrasenas": 200.0})
    for benign in (
        "ya no me quiero matar. ya le dejé las contraseñas a mi hermana",
        "mi abuela quería morir en casa. ya le dejé las contraseñas a mi hermana",
    ):
        assert detect_crisis(benign) is None, benign


def test_dying_killing_and_living_said_outright_are_left_to_the_rules(
    model_says: Callable[..., Model],
) -> None:
    model_says({}, intercept=10.0)
    for benign in (
        "ya no me quiero matar",  # a denial
        "me muero de risa con mi sobrino",  # an idiom
        "mi abuela quería morir en casa",  # someone else
        "quiero vivir",  # reads, word for word, like "no quiero vivir"
        "dying to see the new season",
    ):
        assert detect_crisis(benign) is None, benign


def test_one_crisis_sentence_among_many_is_not_diluted(model_says: Callable[..., Model]) -> None:
    model_says({"w:contrasenas": 200.0})
    # Many different words (a long voice note, say): read whole, they would drown it.
    ordinary = " ".join(f"nota{n}" for n in range(150)) + ". "
    assert detect_crisis(ordinary) is None
    assert detect_crisis(ordinary + "ya le dejé las contraseñas a mi hermana. " + ordinary)


def test_a_few_words_said_over_and_over_are_not_read(model_says: Callable[..., Model]) -> None:
    model_says({"w:contrasenas": 200.0})
    assert detect_crisis("las contraseñas " * 500) is None


def test_the_reply_language_is_the_one_most_of_the_message_is_in() -> None:
    assert model.language_of(fold("ya no sé qué hacer con todo esto")) == SPANISH
    assert model.language_of(fold("i don't know what to do with all this")) == "en"


def test_the_features_read_inside_words_so_a_misspelling_shares_most() -> None:
    right = set(model.word_features("contrasenas"))
    wrong = set(model.word_features("contrasenas".replace("n", "m", 1)))
    assert len(right & wrong) / len(right) > 0.5


def test_a_run_of_letters_longer_than_any_word_gives_only_itself() -> None:
    assert list(model.word_features("k" * 41)) == ["w:" + "k" * 41]
    assert len(list(model.word_features("contrasenas"))) > 30
