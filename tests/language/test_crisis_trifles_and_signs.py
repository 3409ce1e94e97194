"""Crisis triage: a trifle put up with once more, something reckless called a suicide, a
thing that "killed" the writer, a past wish not acted on and glad of it, gear for a camp,
a new number; and signs standing for letters ("w@nt", "$uicide", "su!c!de").

Each benign reading sits beside the earnest neighbour it must never excuse.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules

TRIFLES_AND_RECKLESSNESS = [
    # A trifle put up with once more, in either language.
    "if i have to sit through one more webinar im gonna jump off a bridge",
    "if I have to sit through one more budget meeting I will literally end it all",
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
    # Another day of living is never a trifle.
    "if i have to live one more day like this ill jump off a bridge",
    "si tengo que pasar otra noche así me tiro por la ventana",
    "si tengo que aguantar un día más así me suicido",
    # Someone in the client's life is not a song.
    "si vuelvo a ver a mi ex me suicido",
    # Living on, or a way out, called a suicide.
    "es un suicidio seguir así",
    "lo único que me queda es un suicidio",
    # A time or an adverb before "me mato" may be the client's own act.
    "la chamba ya me mato",
    "esta vida ya no vale, esta noche me mato",
]


@pytest.mark.parametrize("text", TRIFLES_AND_RECKLESSNESS)
def test_a_trifle_or_a_reckless_errand_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", EARNEST_NEIGHBOURS)
def test_the_earnest_neighbours_are_flagged(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


PAST_AND_GLAD = [
    "Cuando era joven pensé en matarme. Gracias a Dios que no lo hice.",
    "When I was a teen I tried to take my life. Now I'm so grateful that I didn't.",
    "no soy suicida, solo estoy cansada del trabajo",
]

PAST_AND_NOW = [
    "Cuando era joven pensé en matarme. Y hoy lo vuelvo a pensar.",
    "cuando era joven pensé en matarme. gracias a dios que no lo hice, pero hoy sí",
    "When I was a teen I tried to take my life. I'm going to try again.",
    "soy suicida",
]


@pytest.mark.parametrize("text", PAST_AND_GLAD)
def test_a_wish_denied_or_past_and_not_acted_on_is_benign(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", PAST_AND_NOW)
def test_a_past_wish_come_back_or_a_plain_statement_is_flagged(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("compré una soga y las bolsas de dormir, nos vamos a acampar al lago", False),
        ("ya tengo la soga y la carpa pal camping del sábado", False),
        ("compré una soga, no es pal camping", True),
        ("ya compré la soga y me voy al monte", True),
        ("adiós a todos, cambié de número, guarden este", False),
        ("adiós a todos, ya no aguanto más", True),
        ("battery's about to die, call you later", False),
        ("I'm about to die, goodbye everyone", True),
    ],
)
def test_gear_for_a_camp_a_new_number_and_a_dying_battery(text: str, crisis: bool) -> None:
    assert (detect_crisis_by_rules(text) is not None) is crisis


@pytest.mark.parametrize(
    "text",
    [
        "i w@nt to die, h@ve the rope",
        "$uicide is all i think about",
        "su!c!dal again tonight",
        "k!ll myself tonight",
        "mi a go kill miself, mi serious",
        "gonna kill meself tonight",
    ],
)
def test_signs_for_letters_and_a_regional_myself_are_read(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text", ["wow! great news", "email me at ana@gmail.com", "it cost $5 lol", "i made it meself"]
)
def test_signs_where_they_are_signs_are_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None
