"""The Spanish net: crisis vocabulary flagged however it is phrased, each
everyday use it exempts left alone, and a specific rule's benign reading
never overridden by it. Every text here is new: none is from a triage set."""

from __future__ import annotations

import pytest

from shared.language.crisis import (
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    detect_crisis,
)
from tests.language.test_crisis_spanish import DISGUISES

# Each of the net's words, in forms no specific rule lists.
NET_CATCHES = [
    # Dying in the first person, with no wish verb the specific rules know.
    ("me vale morirme esta semana o la otra", SUICIDAL_IDEATION),
    ("si me muriera dormida sería un descanso", SUICIDAL_IDEATION),
    ("a veces imagino quedar muerto en la cama y ya", SUICIDAL_IDEATION),
    # Killing oneself, getting out of the way.
    ("estoy juntando valor para quitarme de en medio", SUICIDAL_IDEATION),
    ("la idea de acabar conmigo me da vueltas", SUICIDAL_IDEATION),
    ("ando muy suicida estos días", SUICIDAL_IDEATION),
    # Hanging.
    ("el domingo me cuelgo del barandal de la escalera", SUICIDAL_IDEATION),
    ("me voy a colgar en cuanto se vayan", SUICIDAL_IDEATION),
    ("compré una cuerda nueva para colgarme del barandal", SUICIDAL_IDEATION),
    ("amarré la soga a la viga del patio", SUICIDAL_IDEATION),
    # A height and a jump in one sentence, however far apart.
    ("vivo en un piso 12 y cada noche me asomo con ganas de tirarme", SUICIDAL_IDEATION),
    ("fui a la azotea del trabajo a ver si me animaba a saltar", SUICIDAL_IDEATION),
    # Blades, fire, blood.
    ("traigo la navaja y me la quiero enterrar", SELF_HARM),
    ("me apagué el cigarrillo en el brazo a propósito", SELF_HARM),
    ("me pellizco la piel hasta q sangra", SELF_HARM),
    # Poison, gas, an engine in a closed garage.
    ("tengo un frasco de cianuro guardado, es para mí", OVERDOSE),
    ("prendí el gas del calentador y tapé las rendijas de la puerta", SUICIDAL_IDEATION),
    ("dejé el coche encendido dentro de la cochera con la puerta cerrada", SUICIDAL_IDEATION),
    # Not waking up.
    ("le rezo a la virgen pa no despertar mañana", SUICIDAL_IDEATION),
    ("me voy a dormir y ojalá no vuelva a despertar", SUICIDAL_IDEATION),
    # Pills however counted.
    ("me acabo de tomar unas 40 pastillas de paracetamol", OVERDOSE),
    ("tengo 60 sertralina guardadas para esta noche", OVERDOSE),
    ("estuve viendo cuántas pastillas se necesitan para no despertar", SUICIDAL_IDEATION),
    # A life one cannot take, in Spanglish too.
    ("neta ya no aguanto más esta vida", SUICIDAL_IDEATION),
    ("ya no puedo con esta life, bro", SUICIDAL_IDEATION),
    # A wish to be run over.
    ("ojalá que un camión me pase por encima camino al trabajo", SUICIDAL_IDEATION),
]


@pytest.mark.parametrize(("text", "category"), NET_CATCHES)
def test_crisis_vocabulary_is_flagged_however_it_is_phrased(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.language == SPANISH
    assert signal.category == category


@pytest.mark.parametrize(("text", "_category"), NET_CATCHES)
@pytest.mark.parametrize("disguise", sorted(DISGUISES))
def test_the_net_reads_through_every_disguise(text: str, _category: str, disguise: str) -> None:
    assert detect_crisis(DISGUISES[disguise](text)) is not None


# Someone close saying goodbye or giving their things away.
SOMEONE_CLOSE_GOING = [
    "mi prima subió una carta de despedida a insta y no contesta",
    "mi esposo me dijo que estaríamos mejor sin él y se fue",
    "mi abuelo anda regalando todas sus pertenencias de repente",
    "mi amigo me escribió adiós y que se iba a tragar todas las pastillas",
    "le di mi consola a mi hermano, ya no la voy a necesitar a donde voy",
]


@pytest.mark.parametrize("text", SOMEONE_CLOSE_GOING)
def test_someone_close_going_away_for_good_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


# A goodbye in two kinds: a pardon and an announced silence.
def test_a_pardon_and_an_announced_silence_are_a_goodbye() -> None:
    assert detect_crisis("si ya no respondo, ya saben lo que pasó. perdón a todos") is not None


# Digits for letters at a word's edge, where the general reading leaves them.
@pytest.mark.parametrize("text", ["m3 qu13r0 m0r1r", "v0y 4 m4t4rm3 h0y"])
def test_digits_at_a_words_edge_are_read_as_letters(text: str) -> None:
    assert detect_crisis(text) is not None


# The everyday senses the net exempts, each by its own words.
EXEMPT = [
    # Hyperbole of dying: laughter, hunger, embarrassment, love; "me muero" as an exclamation.
    "me moriría de la vergüenza si me ve bailar",
    "me muero, se me olvidó el cumple de mi suegra",
    "tengo una sed que me muero",
    "casi me muero del susto con la película",
    # A thing that kills; killing time; a mission in a game.
    "ese ensayo de historia me mató",
    "estoy matando el tiempo en la sala de espera",
    "en el videojuego hice una misión suicida y gané",
    # Hanging things; falling behind.
    "voy a colgarme la mochila y salgo",
    "me colgué con la tarea de química",
    "compré una cuerda para tender la ropa",
    "ya tengo la cuerda larga para la hamaca del patio",
    # Jumping for fun; throwing oneself on the bed.
    "quiero saltar en paracaídas desde un avión",
    "me tiro a la cama en cuanto llegue del trabajo",
    # Cuts and burns of the kitchen and the sun.
    "me corté la mano picando cebolla",
    # Poison for pests.
    "compré veneno para las cucarachas de la cocina",
    # Not waking someone; not waking early.
    "intento no despertar al bebé cuando llego tarde",
    "no puedo despertarme temprano ni con tres alarmas",
    # Pills as prescribed.
    "me tomo la pastilla de la presión cada mañana",
    # A life in a place.
    "ya no puedo con mi vida sin mi café de la mañana",
    # Everyday goodbyes.
    "el viernes es la despedida de soltera de mi prima",
    "bueno, me despido, nos vemos el jueves en la sesión",
    # A wish to die said of a trivial mishap, with a laugh and no earnest word.
    "me quiero morir, mandé el audio al grupo equivocado jajaja",
    "me quiero morir, el internet no funciona y tengo junta",
    "me quería morir 🙈 le dije mamá a la maestra",
]


@pytest.mark.parametrize("text", EXEMPT)
def test_everyday_senses_are_exempt(text: str) -> None:
    assert detect_crisis(text) is None


# A laugh does not excuse a wish that something earnest makes real.
@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir jaja no, en serio, ya no aguanto",
        "jajaja me quiero morir, me odio, nadie me quiere",
    ],
)
def test_a_laugh_with_an_earnest_word_is_still_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


# Denials the net would otherwise read as its words.
DENIALS = [
    "ni se me ocurre matarme, amo a mi familia",
    "para nada pienso en suicidarme, solo estoy cansada",
    "ya dejé de pensar en matarme gracias a la terapia",
    "me preguntó si tenía pensamientos suicidas y no, nunca",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denials_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# A specific rule's benign reading stands: the net does not flag what it read.
@pytest.mark.parametrize(
    "text",
    ["no quiero morirme, quiero estar mejor", "me voy a matar de la risa con este show"],
)
def test_the_net_never_overrides_a_specific_rules_benign_reading(text: str) -> None:
    assert detect_crisis(text) is None


# English stays English: "suicidal" is read by the English rules and their denials.
def test_an_english_denial_is_not_read_as_spanish() -> None:
    assert detect_crisis("not suicidal at all, just tired") is None


@pytest.mark.parametrize(
    "text",
    [
        # "el suicidio": the article, never "él" (he) before it
        "ya decidí el suicidio, no le veo otra salida",
        "lo único que pienso es el suicidio",
        "pienso que el suicidio es la salida para mí",
        # something reckless is "un suicidio", but not one's way out or one's life
        "mi única salida es un suicidio",
        "mi vida es un suicidio lento y ya quiero acabarla",
        "lo único que me queda es un suicidio",
        "para mí la salida más fácil sería un suicidio",
        "la neta pienso q suicidio es lo único q me queda",
        "ya escribí la carta de mi suicidio",
        "nadie va a poder prevenir mi suicidio",
        "el tema del suicidio no se me quita de la cabeza, lo pienso todo el día",
        # a time said before "me mato" that may be the client's own act
        "ya no soporto esta depresión hoy me mato",
        # a last message from a number, with no number changed
        "es la última vez que les escribo desde mi cel, ya tengo las pastillas",
    ],
)
def test_suicide_named_as_a_noun_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # "es un suicidio", "qué suicidio": reckless, foolish
        "cruzar el periférico a pie a esta hora es un suicidio",
        "salir en bici con este aguacero fue un suicidio jaja",
        "qué suicidio pedir tres postres, ahora me duele la panza",
        "vaya suicidio apostarle todo a ese equipo",
        # someone else's, a topic
        "el suicidio de mi compañero de la prepa fue hace ya diez años",
        "en la charla vimos cómo prevenir el suicidio en la tercera edad",
        # something that "killed" me, then the time it did
        "ese concierto anoche me mató, quedé sin voz",
        "la caminata ayer me mató, me duelen las piernas",
        "ir en bici por insurgentes es un suicidio",
        "mi jefe dice que renunciar ahora es un suicidio profesional",
        "qué suicidio de dieta, solo lechuga toda la semana",
        "hablamos del suicidio en terapia de grupo como tema general",
        # a number changed, said with a last message
        "este es mi último mensaje desde este número, me cambio de compañía",
    ],
)
def test_the_hyperbole_of_suicide_and_a_thing_that_killed_me_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None
