"""Crisis triage: a listed trifle put up with once more, something reckless called a
suicide, a thing that "killed" the writer; signs standing for letters ("w@nt",
"$u!c!de", "d!3").

Each benign reading sits beside the earnest neighbours it must never excuse: a person, a
blow, a loss, a day of living, a means or a place named before "me mato".
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules

TRIFLES_AND_RECKLESSNESS = [
    # A listed trifle put up with once more, in either language.
    "if i have to sit through one more webinar im gonna jump off a bridge",
    "if I have to sit through one more budget meeting I will literally end it all",
    "if i hear that christmas song one more time im gonna die",
    "si me vuelves a poner esa canción me tiro por la ventana",
    "si me vuelven a contar ese chiste me suicido jaja",
    # Something reckless called a suicide, the thing to do said after it.
    "sería un suicidio manejar hoy con la nieve",
    "es un suicidio salir a correr con este calor",
    # A thing that wore the writer out, with a word describing it.
    "ese camión lleno me mató, llegué molida",
    "ese examen larguísimo me mató",
]

EARNEST_NEIGHBOURS = [
    # No trifle is named: a person, a blow, a loss, going through it again.
    "if i have to be hurt by him one more time i will kill myself",
    "If I have to go through this one more time I will kill myself",
    "if i have to lose one more person im going to end my life",
    "if i have to live one more day like this ill jump off a bridge",
    "si tengo que pasar otra noche así me tiro por la ventana",
    "si tengo que ver al que me hizo daño otra vez me mato",
    "si me vuelves a poner una mano encima me mato",
    "si tengo que comer un bocado más me mato",
    # Living on, or a way out, called a suicide.
    "es un suicidio seguir así",
    "lo único que me queda es un suicidio",
    # A time or an adverb before "me mato" may be the client's own act; so is a means
    # or a place named before it.
    "la chamba ya me mato",
    "esta vida ya no vale, esta noche me mato",
    "con el cuchillo afilado me mato esta noche",
    "con la soga nueva me mato",
    "en el baño cerrado me mato",
    "esa soga me mato",
    # An accent on "mató" may be a slip: a time ahead says it is the client's own act.
    "ya no aguanto, hoy me mató",
    "esta noche me mató",
]


@pytest.mark.parametrize("text", TRIFLES_AND_RECKLESSNESS)
def test_a_trifle_or_a_reckless_errand_is_not_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is None


@pytest.mark.parametrize("text", EARNEST_NEIGHBOURS)
def test_the_earnest_neighbours_are_flagged(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


def test_a_trifle_excuses_nothing_else_in_the_message() -> None:
    # The trifle is benign; the rest of the message is still read, by the rules and by
    # the crisis model.
    text = "si me vuelven a poner esa canción me tiro por la ventana. ya no quiero vivir"
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i w@nt to die, h@ve the rope",
        "$uicide is all i think about",
        "$u!c!de tonight",
        "su!c!dal again tonight",
        "k!ll myself tonight",
        "i want to d!3",
        "kill mys€lf",
        "mi a go kill miself, mi serious",
        "gonna kill meself tonight",
    ],
)
def test_signs_for_letters_and_a_regional_myself_are_read(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    ["wow! great news", "email me at ana@gmail.com", "it cost $5 lol", "5 stars!!", "hi5 team"],
)
def test_signs_where_they_are_signs_are_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None
