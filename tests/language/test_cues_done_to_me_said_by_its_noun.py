"""A Spanish label that is a verb others do to the client ("cuando me regatean") met by
that verb's noun ("puro regateo hoy", "la desobediencia de esos muchachos"), a blow's
"-azo" ("los pitazos"), a bout ("la fumadera"), or one person's past written with its
accent ("me criticó").

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
        ("cuando me regatean", "puro regateo hoy en la feria, ni para el pasaje"),
        ("cuando me regatean", "otro día de puro regateo en el paradero"),
        ("cuando me interrumpen", "Interrupciones todo el almuerzo, me fui callada"),
        ("cuando me desobedecen", "la desobediencia de esos muchachos me tiene enferma"),
        ("cuando me pitan", "puro pitazo hoy en la carretera, ya no aguanto"),
        ("cuando me pitan", "los pitazos de la mañana me pusieron de malas"),
        ("pitarle a todos", "Hoy fue de pitazos todo el día, ya me dolía la mano"),
        # A listed bout of a verb of a short root ("fum") is of its family too.
        ("fumar mientras espero", "la fumadera de hoy esperando en la piquera fue tremenda"),
        # The accent says one person did it: "me critico" would be the client's own.
        ("cuando me critican", "una doña me criticó el pan delante de todo el mundo"),
        ("cuando me critican", "hoy me criticó mi suegra por la comida"),
        ("cuando me regatean", "hoy me regateó una señora hasta el último peso"),
    ],
)
def test_the_verbs_noun_or_one_persons_past_is_the_moment(label: str, text: str) -> None:
    assert spanish_match(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The client's own doing, by the noun or the present.
        ("cuando me regatean", "le hice un regateo al de las telas y me bajó cien"),
        ("cuando me regatean", "hoy regateo yo en el mercado, a ver qué tal"),
        ("cuando me regatean", "sin regateo hoy, qué alivio"),
        ("cuando me interrumpen", "mis interrupciones en clase molestan a la maestra"),
        ("cuando me critican", "hoy me critico por todo, como siempre"),
        ("cuando me critican", "me critiqué toda la tarde"),
        # A giving with no one named, and a noun naming another thing.
        ("cuando me atacan", "me dio un ataque de risa en la misa"),
        ("cuando me atacan", "tuve un ataque de pánico en el metro"),
        # The verb done to someone else, and "la" as its object.
        ("cuando me corrigen el corte", "le corregí el flequillo a una niña y quedó feliz"),
        ("cuando me dejan en visto", "mi amiga me contó que a ella la dejan en visto siempre"),
        # A listed word in "-azo" is a thing of its own, as is a noun's blow.
        ("cuando me pitan", "me vendieron un pedazo de pastel"),
        ("cuando me aplazan", "se venció el plazo del recibo"),
        ("fumar mientras espero", "vino la fumigación del edificio mientras esperaba"),
    ],
)
def test_the_clients_own_doing_or_another_thing_is_not(label: str, text: str) -> None:
    assert spanish_match(label, text) == ()
