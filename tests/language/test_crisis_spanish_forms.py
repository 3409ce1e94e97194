"""Crisis triage in Spanish beyond "quiero morir": plans, means made ready,
goodbyes, passive wishes, tenses and clitics, each under every disguise; a
wish said of a trivial mishap left alone unless something in the message makes
it earnest; words spaced or dotted apart read as words."""

from __future__ import annotations

import pytest

from shared.language.crisis import (
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
    detect_crisis,
)
from tests.language.test_crisis_spanish import DISGUISES

# Future, conditional and subjunctive forms; clitics before and after the verb.
TENSES_AND_CLITICS = [
    "me mataré cuando todos se duerman",
    "si tuviera valor me suicidaría",
    "me quitaré la vida antes del lunes",
    "ojalá me muera esta semana",
    "quisiera morirme y ya",
    "esta noche me muero, ya lo decidí",
    "me voy a morir mañana y a nadie le va a importar",
    "a veces deseo estar muerto",
    "tengo deseos de morirme",
]
PASSIVE_WISHES = [
    "ojalá me quede dormida y no amanezca",
    "quiero dormirme y ya no despertar nunca",
    "ojalá no amanecer mañana",
    "quisiera desaparecer",
    "solo quiero desaparecer del mapa para siempre",
    "me quiero ir para siempre",
    "quiero descansar para siempre",
    "no debería estar viva",
    "sería un alivio para mi familia si me muero",
    "soy una carga para mi familia",
    "no le encuentro razón a seguir viva",
    "quiero que se acabe todo ya",
    "morir es la única solución que veo",
    "la única salida que me queda es la muerte",
]
PLANS_AND_MEANS = [
    "ya decidí cuándo lo voy a hacer",
    "ya sé dónde lo voy a hacer",
    "tengo el cuchillo en el cajón y lo voy a usar",
    "me voy a aventar al tren",
    "me voy a atravesar en la autopista",
    "estoy arriba del puente y voy a brincar",
    "me imagino tirándome del balcón",
    "me voy a colgar de la viga",
    "voy a colgarme en el sótano",
    "ya tengo la cuerda preparada",
    "me voy a disparar",
    "me voy a meter al río y no voy a salir",
    "me voy a ahogar en la alberca",
    "voy a chocar el coche contra un poste a propósito",
]
GOODBYES = [
    "este es mi último mensaje",
    "esta es mi despedida",
    "hoy es mi última noche",
    "adiós para siempre",
    "me despido de todos",
    "perdónenme por lo que voy a hacer",
    "cuando lean esto ya no estaré",
    "mañana ya no voy a estar",
    "cuiden a mis plantas cuando ya no esté",
    # Two kinds of goodbye in one message, in one sentence or two.
    "gracias por todo. los quiero mucho",
    "perdón por todo, cuiden a mi gato",
    "ya no aguanto más. adiós",
]
SELF_HARM_FORMS = [
    "me rajo los brazos cuando nadie me ve",
    "me pellizco hasta sangrar",
    "me golpeé contra la pared a propósito",
]
OVERDOSE_FORMS = [
    "me empastillé anoche",
    "me he tomado todo el frasco",
    "tengo escondidas las pastillas de mi mamá",
    "ya tengo los calmantes contados",
    "guardé las pastillas y esta noche me las tomo",
    "me inyecté toda la insulina",
    "compré raticida y me lo voy a tomar",
    "el veneno que compré es para mí",
]


@pytest.mark.parametrize("text", TENSES_AND_CLITICS + PASSIVE_WISHES + PLANS_AND_MEANS + GOODBYES)
def test_it_flags_ideation_plans_means_and_goodbyes_in_spanish(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(SUICIDAL_IDEATION, SPANISH)


@pytest.mark.parametrize("text", SELF_HARM_FORMS)
def test_it_flags_more_forms_of_self_harm_in_spanish(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(SELF_HARM, SPANISH)


@pytest.mark.parametrize("text", OVERDOSE_FORMS)
def test_it_flags_pills_hoarded_or_taken_in_spanish(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(OVERDOSE, SPANISH)


# One of each kind above, under each disguise of the Spanish triage tests.
DISGUISED_FORMS = [
    "la única salida es la muerte",
    "cuando lean esto ya no estaré",
    "me voy a aventar al tren",
    "ya tengo la cuerda preparada",
    "me empastillé anoche",
    "quiero dormirme y ya no despertar nunca",
]


@pytest.mark.parametrize("disguise", DISGUISES)
@pytest.mark.parametrize("text", DISGUISED_FORMS)
def test_every_new_form_is_found_under_every_disguise(text: str, disguise: str) -> None:
    signal = detect_crisis(DISGUISES[disguise](text))
    assert signal is not None, DISGUISES[disguise](text)
    assert signal.language == SPANISH


@pytest.mark.parametrize(
    "text",
    [
        "y a  n o  q u i e r o  v i v i r",  # letters one space apart, words two
        "ya.no.quiero.vivir",
        "i.want.to.die",
    ],
)
def test_words_spaced_or_dotted_apart_are_read_as_words(text: str) -> None:
    assert detect_crisis(text) is not None


def test_a_no_a_dot_away_still_does_not_deny() -> None:
    assert detect_crisis("no.me voy a matar hoy") is not None


# "Me quiero morir" said of a spilled drink or a slip in public is "I could
# die" in English. Each names the mishap in other words than the sets do.
MISHAPS = [
    "me quiero morir, se me rompió la pantalla del celular jaja",
    "qué plancha, me quería morir",
    "me resbalé en la entrada del cine, me quería morir",
    "le contesté al profe por equivocación con un audio, me quiero morir",
    "me quiero matar, se me olvidaron los boletos del concierto",
    "olvidé el paraguas y me empapé, me quiero morir",
    "me quiero morir de la pena, me vieron bailando en la cocina",
    "hoy me muero, me equivoqué de salón en el examen",
]


@pytest.mark.parametrize("text", MISHAPS)
def test_a_wish_said_of_a_trivial_mishap_stays_benign(text: str) -> None:
    assert detect_crisis(text) is None


# The same hyperbole with something earnest in the message, a loss that
# matters, or an act beyond a wish: flagged, since a miss costs more.
EARNEST = [
    "se me cayó el café y me quiero morir, no es broma",
    "me resbalé en la calle y me quiero morir, ya no aguanto",
    "perdí mi trabajo, me quiero morir",
    "se me cayó el mundo encima, me quiero morir",
    "me equivoqué de salón, me quiero morir, estoy tan deprimida",
    "qué oso lo de hoy. me voy a suicidar",
    "se me olvidaron las llaves, ya no quiero vivir",
]


@pytest.mark.parametrize("text", EARNEST)
def test_a_mishap_does_not_excuse_an_earnest_wish(text: str) -> None:
    assert detect_crisis(text) is not None


# Everyday Spanish the new rules must leave alone.
EVERYDAY = [
    "hoy es mi último día de vacaciones",
    "este es mi último mensaje por hoy",
    "mañana ya no voy a estar en la ciudad",
    "cuando ya no esté tan cansada te llamo",
    "me voy a ahogar en pendientes esta semana",
    "me voy a disparar unos tacos",
    "quiero desaparecer de esta junta",
    "me voy para siempre a Monterrey",
    "ya sé cómo lo voy a decorar",
    "se me quemó la lengua con el café",
    "tengo las pastillas listas para el viaje",
    "gracias por todo, nos vemos el jueves",
    "los quiero mucho, nos vemos en navidad",
    "adiós a todos, me voy de vacaciones",
    "la única solución es dormir temprano",
    "voy a estrellar los huevos para el pastel",
    "me preguntaron si pensaba en suicidarme y les dije que no",
    "quitarme la vida no es opción, tengo a mis hijos",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_spanish_near_the_new_forms_stays_benign(text: str) -> None:
    assert detect_crisis(text) is None
