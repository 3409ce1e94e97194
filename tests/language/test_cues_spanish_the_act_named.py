"""A Spanish label's verb said as the name of the act, with nothing else of the label:
"otra pelea" for "pelear con mi suegra", "la corrección" for "corregir exámenes".

The client names the cue by its act as a thing ("otra", "mis", "puro" before it), so
it is tagged; the same noun said of someone else, of a thing the noun also names, or of
an act the label says is not done, is not.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

# A client's cue set: each label's verb is in no other cue, so it says which cue is meant.
CUES = [
    Cue("pelear con mi suegra por la casa"),
    Cue("corregir exámenes hasta tarde"),
    Cue("regatear con los clientes"),
    Cue("cuando el capataz me regaña"),
    Cue("cuando mi hijo no me llama"),
    Cue("salirme antes de la misa"),
    Cue("revisar el celular"),
]


def tagged(text: str) -> tuple[str, ...]:
    return CueMatcher(CUES, "es").match(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("otra pelea por lo del patio, ya no sé qué hacer", "pelear con mi suegra por la casa"),
        ("mis peleas de siempre, hoy fue a la hora de la cena", "pelear con mi suegra por la casa"),
        ("la corrección me tuvo hasta la una otra vez", "corregir exámenes hasta tarde"),
        # The family catalogue names the act's noun the stem does not reach.
        ("puro regateo toda la mañana en el puesto", "regatear con los clientes"),
        ("otro regaño delante de toda la cuadrilla", "cuando el capataz me regaña"),
        ("los regaños de hoy me dejaron temblando", "cuando el capataz me regaña"),
    ],
)
def test_the_act_said_as_a_noun_names_the_cue(text: str, label: str) -> None:
    assert label in tagged(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Someone else's act: "su", "tu", or "de" and who.
        ("sus peleas con el vecino no me dejan dormir", "pelear con mi suegra por la casa"),
        ("las peleas de mis primos en el grupo de la familia", "pelear con mi suegra por la casa"),
        # An act done to the client is not the client's own ("mis regaños" to the crew).
        ("mis regaños a los nuevos de la obra", "cuando el capataz me regaña"),
        # The label says the act is not done: a call is the opposite.
        ("otra llamada de mi hijo, qué alegría", "cuando mi hijo no me llama"),
        # A noun that mostly names a thing: the exit, not leaving.
        ("me senté cerca de la salida como siempre", "salirme antes de la misa"),
        # A conjugated verb after a filler is no noun.
        ("este pelea por todo, mi perro digo", "pelear con mi suegra por la casa"),
    ],
)
def test_the_noun_of_another_or_of_a_thing_is_not_the_cue(text: str, label: str) -> None:
    assert label not in tagged(text)


def test_a_word_that_only_shares_the_verbs_stem_is_not_its_act() -> None:
    # "pelo" (hair) shares the stemmer's "pel" with "pelear"; the act is "pelea".
    assert tagged("otro corte de pelo, quedó bonito") == ()
    assert tagged("me corté el pelo, otra pelea en la casa") == (
        "pelear con mi suegra por la casa",
    )


def test_a_light_verb_says_whose_act_it_is() -> None:
    # Done to the client: someone "me pegó" the act; the client's own "pegué" is not.
    assert tagged("el capataz me pegó otro regaño delante de todos") == (
        "cuando el capataz me regaña",
    )
    assert tagged("le pegué un regaño al nuevo por llegar tarde") == ()


@pytest.mark.parametrize(
    "text",
    [
        "vimos una pelea en la tele con mi viejo",
        "hubo una pelea entre dos vecinos en la cuadra",
        "otra pelea en la calle, ni salí a ver",
        "una corrección inesperada del banco en mi cuenta",
        "una llama en el zoológico, qué bonita",
    ],
)
def test_an_act_seen_or_heard_or_a_thing_is_not_the_clients(text: str) -> None:
    assert tagged(text) == ()


def test_a_place_in_a_phrase_lends_no_name() -> None:
    cues = [
        Cue("cuando mi jefe me presiona", ("cuando me toca turno en Walmart",)),
        Cue("revisar el celular"),
    ]
    assert CueMatcher(cues, "es").match("en Walmart un cliente me presionó") == ()
