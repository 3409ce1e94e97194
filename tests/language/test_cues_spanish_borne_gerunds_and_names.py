"""Three Spanish readings a label's words depend on: a pain or a noise "no" aguantado
is there ("ya no aguanto el dolor"); a label's gerund is its verb ("pasar la noche
dándole vueltas"); and the name a cue's own phrase gives a person stands for the
label's word for them ("el Brayan" for "mi nieto").

Each is shown beside the near-miss it must leave alone.
"""

from __future__ import annotations

from shared.language.cues import Cue, CueMatcher


def tagged(cues: list[Cue], text: str) -> tuple[str, ...]:
    return CueMatcher(cues, "es").match(text)


BODY = [Cue("el dolor de rodillas"), Cue("los ladridos del perro del vecino")]


def test_what_the_client_cannot_bear_is_there() -> None:
    assert tagged(BODY, "ya no aguanto el dolor de las rodillas") == ("el dolor de rodillas",)
    assert tagged(BODY, "las rodillas, no soporto más el dolor") == ("el dolor de rodillas",)
    assert "los ladridos del perro del vecino" in tagged(
        BODY, "no tolero los ladridos del perro del vecino"
    )


def test_what_the_client_did_not_have_is_not() -> None:
    assert tagged(BODY, "hoy no tuve dolor de rodillas") == ()
    assert tagged(BODY, "no hubo ladridos del perro del vecino, qué paz") == ()


RUMINATION = [Cue("pasar la noche dándole vueltas"), Cue("revisar el celular")]


def test_a_labels_gerund_is_its_verb() -> None:
    assert tagged(RUMINATION, "toda la noche dándole vueltas a lo del seguro") == (
        "pasar la noche dándole vueltas",
    )


def test_the_night_alone_is_not_the_cue() -> None:
    assert tagged(RUMINATION, "pasé la noche en casa de mi hermana, bien tranquila") == ()


GRANDSON = [
    Cue("cuando mi nieto no me hace caso", ("cuando el Brayan me contesta feo",)),
    Cue("gritar a los chicos"),
]


def test_the_name_in_the_clients_phrase_is_the_person_of_the_label() -> None:
    assert tagged(GRANDSON, "el Brayan no me hizo caso otra vez") == (
        "cuando mi nieto no me hace caso",
    )


def test_another_of_that_name_or_the_name_alone_is_not() -> None:
    assert tagged(GRANDSON, "el Brayan del segundo piso no me hizo caso") == ()
    assert tagged(GRANDSON, "el Brayan me ayudó con la tarea, qué lindo") == ()


def test_phrases_naming_two_people_lend_no_name() -> None:
    cues = [
        Cue(
            "cuando mi nieto no me hace caso",
            ("cuando el Brayan me contesta feo", "cuando la Milagros me ignora"),
        ),
        Cue("gritar a los chicos"),
    ]
    assert tagged(cues, "el Brayan no me hizo caso otra vez") == ()
