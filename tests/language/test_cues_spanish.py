"""Spanish cues as Spanish speakers write them: diminutives, "re-" forms, dropped
"d"s, clippings, a thin label's vague words, a label's leading verb alone; and the
word list those readings are checked against."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.language.cues import Cue, CueMatcher
from shared.language.cues import spanish as spanish_lexicon
from shared.language.cues.spanish_words import spanish_words
from tests.support.tagging import evaluate_by_kind, load_cue_sets, read_jsonl

DATA = Path(__file__).resolve().parents[1] / "data" / "tagging"


def spanish_match(labels: list[str], text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label) for label in labels], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("llorar en el baño", "lloré en el bañito de la oficina"),  # -ito
        ("el perro del vecino", "el perrote del vecino ladró toda la noche"),  # -ote
        ("contestarle feo a mi mamá", "le recontesté feo a mi mamá"),  # re-
        ("quedarme callado en las juntas", "me quedé callao en la junta"),  # -ao for -ado
        ("mirar el celular en la cama", "viendo el celu en la cama hasta las 2"),  # clipping
    ],
)
def test_a_spanish_cue_meets_the_word_a_form_makes(label: str, text: str) -> None:
    assert spanish_match([label], text) == (label,)


def test_a_listed_word_is_never_read_as_a_diminutive() -> None:
    # "visita" is a word of its own, not a little "visa".
    assert spanish_match(["la visa de trabajo"], "la visita de mi tía en el trabajo") == ()


def test_a_clipped_word_is_read_whole_not_as_another_cue() -> None:
    # "el cel" is the phone: it does not name "los celos".
    assert spanish_match(["los celos cuando llega tarde"], "dejé el cel en la casa") == ()


def test_a_thin_spanish_label_keeps_its_vague_words() -> None:
    label = "sentir que todos me juzgan"
    assert spanish_match([label], "siento que todos me juzgan en la reunión") == (label,)
    assert spanish_match([label], "mi suegra me juzga") == ()


def test_a_long_leading_verb_of_the_client_names_its_cue_in_any_form() -> None:
    label = "interrumpir a mi jefa en las juntas"
    cues = [label, "el perro del vecino"]
    assert spanish_match(cues, "la interrumpí otra vez, no me aguanté") == (label,)


def test_a_short_or_shared_leading_verb_does_not_name_a_cue_alone() -> None:
    # "me pesa" is something weighing on the client, not weighing themself.
    assert spanish_match(["pesarme en la mañana"], "me pesa lo que le dije") == ()
    # A verb in two of the client's cues identifies neither.
    both = ["interrumpir a mi jefa", "interrumpir a mi hermano"]
    assert spanish_match(both, "interrumpí otra vez") == ()


def test_english_clients_are_read_as_before() -> None:
    # A diminutive means nothing to an English reading.
    assert CueMatcher([Cue("gritarles a mis hijos")]).match("grité a mis hijitos") == ()


@pytest.fixture
def other_word_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    altered = tmp_path / "spanish"
    altered.write_text("hijo\nperro\n", encoding="utf-8")
    monkeypatch.setenv("CARRYBACK_SPANISH_WORDS", str(altered))
    spanish_lexicon.stem.cache_clear()
    spanish_lexicon.known.cache_clear()
    yield
    monkeypatch.delenv("CARRYBACK_SPANISH_WORDS")
    spanish_lexicon.stem.cache_clear()
    spanish_lexicon.known.cache_clear()


def test_a_word_list_that_is_not_the_pinned_one_is_not_used(
    other_word_list: None, caplog: pytest.LogCaptureFixture
) -> None:
    assert spanish_words() is None
    assert "Spanish word list off" in caplog.text
    # Without the check no word is read as another: "bañito" stays itself.
    assert spanish_match(["llorar en el baño"], "lloré en el bañito") == ()


def test_the_pinned_word_list_is_read() -> None:
    words = spanish_words()
    assert words is not None and words.listed("perro") and words.listed("cancion")


def test_the_spanish_development_set_tags_nothing_wrongly() -> None:
    """dev_es was tuned on: it guards precision and what was gained, by kind."""
    rows = read_jsonl(DATA / "dev_es.jsonl")
    scores, kinds = evaluate_by_kind(rows, load_cue_sets(DATA / "cue_sets_es2.json"), language="es")
    detail = "\n".join(scores.errors)
    assert scores.precision >= 0.97, detail
    assert kinds["near_miss"].false_pos == 0 and kinds["none"].false_pos == 0, detail
    assert scores.recall >= 0.70, detail
    for kind in ("tense", "typo", "plain", "clitic", "prefix_plural"):
        assert kinds[kind].recall >= 0.9, (kind, detail)
