"""Spanish labels that are a verb done to the client and nothing else ("cuando me
ignoran"), and nouns made of a verb for a bout of it ("la fumadera", "un apurón").

Each rule is shown beside the near-miss it must leave alone.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher


def spanish_match(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label), Cue("revisar el celular")], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("cuando me ignoran", "hoy me ignoraron en la reunión de padres"),
        ("cuando me ignoran", "me volvieron a ignorar en el chat de la familia"),
        ("cuando me ignoran", "me sentí ignorada todo el almuerzo"),
        ("cuando me ignoran", "nos ignoraron toda la cena, a mi hija y a mí"),
        ("cuando me critican", "mi jefe me criticó feo delante de todos"),
        ("cuando me critican", "mi suegra me critica todo el tiempo"),
        ("cuando me critican", "estuvieron criticándome en la obra"),
        ("cuando me ignoran", "ignoraron mis mensajes todo el fin de semana"),
        ("cuando me ignoran", "otra vez ignorada en el grupo de la familia"),
        ("cuando me empujan", "me dieron un empujón en el metro"),
        ("cuando me regatean", "la señora quiso regatearme el pescado"),
        ("cuando me gritan", "mi suegro empezó a gritarme en la cena"),
        ("cuando me humillan", "mi cuñada trató de humillarme delante de todos"),
        # "compar-an", not the "-aran" of a past subjunctive: every form of the verb.
        ("cuando me comparan", "me compararon con mi hermano otra vez"),
        ("cuando me comparan", "mi suegra me comparó con la otra nuera"),
        ("cuando me preparan", "me prepararon una sorpresa en el trabajo"),
    ],
)
def test_a_verb_done_to_the_client_is_the_moment(label: str, text: str) -> None:
    assert spanish_match(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("cuando me ignoran", "ignoré las notificaciones y me sentí bien"),
        ("cuando me ignoran", "me fui temprano y ignoré a todos"),
        ("cuando me critican", "le critiqué el peinado a mi hermana"),
        ("cuando me critican", "mi suegra critica a todo el mundo"),
        ("cuando me critican", "me dijo que critiqué mal su comida"),
        # A "me" of another verb, or the client's own doing to themselves.
        ("cuando me critican", "me puse a criticar al jefe en el almuerzo"),
        ("cuando me regañan", "me tocó regañar a mi hijo"),
        ("cuando me culpan", "me culpo por lo del divorcio"),
        ("cuando me apuran", "me apuré para alcanzar el bus"),
        ("cuando me ignoran", "me ignoré a mí misma todo el año"),
        ("cuando me ignoran", "me propuse ignorar a mi ex toda la semana"),
        ("cuando me atacan", "me dio un ataque de risa en la misa"),
        ("cuando me tocan", "me toca lavar los platos hoy"),
        # The client's own: stopping it, or going to do it.
        ("cuando me critican", "tengo que dejar de criticarme tanto"),
        ("cuando me regatean", "voy a regatearme un descuento en la feria"),
        # No one did it.
        ("cuando me critican", "hoy nadie me criticó, qué alivio"),
        ("cuando me critican", "nadie me critica en el trabajo nuevo"),
        ("cuando me comparan", "comparé precios en el súper"),
    ],
)
def test_the_clients_own_doing_or_anothers_is_not(label: str, text: str) -> None:
    assert spanish_match(label, text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("regañar a los niños", "la regañadera con los niños no para"),
        ("comprar por internet", "la compradera por internet ya se me salió de las manos"),
        ("cuando el supervisor me apura", "el apurón del supervisor a las tres me dejó temblando"),
        ("gritarle a mis hijos", "otra vez la gritadera con mis hijos en la mañana"),
        # A verb of a short root ("fum") reaches its listed bout, however long the ending.
        ("fumar mientras espero", "la fumadera de hoy esperando en la piquera fue tremenda"),
    ],
)
def test_a_bout_of_the_verb_is_the_verb(label: str, text: str) -> None:
    assert spanish_match(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # A heap is no riding, wood no "mad-", a thief no barking.
        ("montar en bicicleta", "hay un montón de ropa sin doblar"),
        ("cuando el perro ladra", "entró un ladrón a la tienda de la esquina"),
        ("regar las plantas", "se rompió la regadera del baño"),
        ("apagar el celular temprano", "hubo un apagón en toda la colonia"),
        ("cantar en público", "vivo en el cantón de al lado"),
        ("fumar mientras espero", "vino la fumigación del edificio mientras esperaba"),
    ],
)
def test_a_noun_that_only_looks_like_a_bout_is_not(label: str, text: str) -> None:
    assert spanish_match(label, text) == ()
