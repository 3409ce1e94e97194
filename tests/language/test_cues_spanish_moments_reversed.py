"""Spanish near-misses of a moment: someone's "no" that did happen after all, a thing
done to another instead of the client, a time before or after the one the label says,
a verb of a noun's family.

Each rule is shown beside the mention it keeps.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher


def spanish_match(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label)], "es").match(text)


@pytest.mark.parametrize(
    ("label", "opposite", "mention"),
    [
        (
            "cuando mi esposo no contesta",
            "mi esposo me contestó rapidito y platicamos bonito",
            "mi esposo no me contestó en toda la tarde",
        ),
        (
            "cuando mis hijos no llaman",
            "hoy me llamaron mis hijos y vino mi nieta",
            "mis hijos otra vez no llamaron el domingo",
        ),
        (
            "cuando el patrón no me paga",
            "el patrón pagó todo completo, con propina y todo",
            "el patrón nunca me pagó lo de la semana",
        ),
    ],
)
def test_someones_no_that_happened_after_all_is_not_the_moment(
    label: str, opposite: str, mention: str
) -> None:
    assert spanish_match(label, opposite) == ()
    assert spanish_match(label, mention) == (label,)


def test_a_noun_of_the_verb_is_not_the_verb_done() -> None:
    # "el pago" is the payment still missing, not the boss paying.
    label = "cuando el patrón no me paga"
    assert spanish_match(label, "el pago del patrón sigue sin llegar y ya es quince") == (label,)


@pytest.mark.parametrize(
    ("label", "to_another", "to_me"),
    [
        (
            "cuando el capataz me grita",
            "el capataz le gritó a otro muchacho, no a mí",
            "el capataz me gritó delante de todos",
        ),
        (
            "cuando mi mamá me regaña",
            "mi mamá regañó a mi hermanito, no a mí, pero me dio pesar",
            "mi mamá me regañó por las notas",
        ),
        (
            "cuando me dejan en visto",
            "mi amiga dice que a ella la dejan en visto todo el tiempo",
            "me dejaron en visto otra vez",
        ),
        (
            "cuando me dejan en visto",
            "le dejé en visto a un man que me cae mal",
            "hoy me dejaron en visto en el grupo",
        ),
    ],
)
def test_done_to_another_is_not_done_to_the_client(label: str, to_another: str, to_me: str) -> None:
    assert spanish_match(label, to_another) == ()
    assert spanish_match(label, to_me) == (label,)


def test_done_to_the_client_and_another_is_the_clients() -> None:
    label = "cuando mi mamá me regaña"
    assert spanish_match(label, "mi mamá regañó a mi hermano y a mí") == (label,)


def test_an_article_before_a_noun_is_no_object_pronoun() -> None:
    # "los gritos del capataz", "las preguntas en clase": nouns, not someone else's object.
    assert spanish_match(
        "cuando el capataz me grita", "los gritos del capataz me siguen dando vueltas"
    ) == ("cuando el capataz me grita",)


@pytest.mark.parametrize(
    ("label", "contrary", "mention"),
    [
        ("fumar antes del turno", "fumé después del turno, ya en casa", "fumé antes del turno"),
        (
            "tomar cerveza después del trabajo",
            "me tomé una cerveza antes del trabajo con mi suegro",
            "me tomé una cerveza después del trabajo",
        ),
        (
            "revisar el correo de noche",
            "revisé el correo en la tarde al llegar",
            "revisé el correo a las 2 de la mañana",
        ),
    ],
)
def test_the_contrary_time_said_is_not_the_moment(label: str, contrary: str, mention: str) -> None:
    assert spanish_match(label, contrary) == ()
    assert spanish_match(label, mention) == (label,)


def test_a_verb_of_a_nouns_family_is_not_its_key_word() -> None:
    label = "revisar el correo de noche"
    assert spanish_match(label, "me compré unas zapatillas para correr los domingos") == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("tomarme una copa de vino", "fueron tres copitas de vino anoche"),
        ("quedarme callado en las reuniones", "otra vez callado en la reunión de las diez"),
    ],
)
def test_a_light_verbs_object_or_state_alone_is_the_cue(label: str, text: str) -> None:
    assert spanish_match(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("tomarme una copa de vino", "mi esposo y su copa de vino otra vez"),
        ("quedarme callado en las reuniones", "mi jefe se quedó callado en la reunión"),
        # A verb that is not light still needs its verb: the place alone is not the act.
        ("esconderme en el baño", "el baño de la oficina estaba sucio"),
    ],
)
def test_someone_elses_or_a_full_verbs_object_alone_is_not(label: str, text: str) -> None:
    assert spanish_match(label, text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Someone's "no" said another way keeps the moment.
        ("cuando mi esposa no contesta", "contestó mi esposa? no"),
        ("cuando mi esposa no contesta", "mi esposa le contestó a todos menos a mí"),
        ("cuando mi esposa no contesta", "mi esposa tardó horas en contestar"),
        ("cuando mi esposa no contesta", "mi esposa dejó de contestarme"),
        ("cuando el patrón no me paga", "el patrón me pagó la mitad nomás"),
        # "a mí" beside someone else, "y después" as "then", a past "como antes".
        ("cuando el capataz me grita", "el capataz le gritó a mi hermano y a mí igual"),
        ("cuando mi mamá me regaña", "y la regañada que me dio mi mamá"),
        ("fumar antes del turno", "fumé antes del turno y después me sentí mal"),
        (
            "tomar cerveza después del trabajo",
            "me tomé dos cervezas después del trabajo, como antes",
        ),
    ],
)
def test_the_moment_said_another_way_is_still_the_moment(label: str, text: str) -> None:
    assert spanish_match(label, text) == (label,)


@pytest.mark.parametrize(
    "text",
    [
        "pedí agua en vez de una copa de vino",
        "se me cayó la copa de vino",
        "me ofrecieron una copa de vino y dije que no",
        "ya van 3 semanas sin una copa de vino",
        "la copa de vino de mi papá",
    ],
)
def test_a_light_verbs_object_refused_dropped_or_someone_elses_is_not_the_cue(text: str) -> None:
    assert spanish_match("tomarme una copa de vino", text) == ()
