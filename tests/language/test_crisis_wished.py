"""A wish to die said around its verb ("all I want is to die", "lo único que quiero es
morir", "Señor quítame la vida", "I feel like to die"), scars opened again, and means
kept by someone else for the purpose, beside the same words said of laughter, a workout,
a film, a quarrel's old wounds and a joke about cooking, which stay unflagged
(shared/language/crisis/wished.py, respell.py, spelled.py)."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # the wish made the thing wanted, felt, weighed, prayed for
        "all i want is to die",
        "dying is the only thing I want",
        "i feel like dying",
        "better I die",
        "is better for everybody if I am dead",
        "i pray to die in my sleep",
        "death sounds so peaceful right now",
        "tonight i will die, i decided",
        "nobody will care if I die",
        # a learner's English
        "I feel like to die",
        "I have desire to kill me",
        "I burn my arm with the iron in purpose",
        "i pray for die in my sleep tonight",
        # scars opened again, means kept by someone else
        "reopened my scars tonight",
        "my friend from church tell me she has pills saved for kill herself",
        # Spanish
        "lo unico que quiero es morir",
        "Señor quitame la vida",
        "si Dios no me lleva me voy yo solita",
        "mi mente me dice matate matate y no para",
        "estoy hasta la madre de vivir",
        "las cicatrices ya se me estaban cerrando y las volví a abrir",
        "hoy agarre el cuchillo de la cocina y me lo puse en la muñeca",
        "pensé en estrellar el carro de regreso",
        "ya me despedi de mi mama por telefono, ella no sabe que era la ultima vez que hablamos",
    ],
)
def test_a_wish_said_around_its_verb_is_read_by_the_rules(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # run together, with texting's closing word or an intensifier after
        "iwanttodiesobad",
        "yanoquieroviviralv",
    ],
)
def test_a_wish_run_together_with_texting_words_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i feel like dying after leg day lol",
        "better I die than eat your cooking",
        "the movie where death sounds peaceful",
        "talking to her reopened old wounds",
        "i prayed for the death of my enemies lol",
        "el huracán se llevó todo, lo único que quiero es dormir",
        "hoy no tuve ningun pensamiento feo de lastimarme, primera semana asi 🙏",
        "i n e e d t o d i e t a f t e r x m a s",
    ],
)
def test_the_same_words_said_of_something_else_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
