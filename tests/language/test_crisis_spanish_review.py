"""Spanish triage after the attacker's review: guards that excused real wishes now
reach only as far as they should, and everyday senses it found flagged are read as
such. Every text here is new: none is from a triage set or the review's probes."""

from __future__ import annotations

import time

import pytest

from shared.language.crisis import SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis

# A "no" answering something, then "ya" and the wish: the "no" denies nothing.
NO_THEN_YA_CRISIS = [
    "no ya me quiero matar",
    "nel ya quiero morirme",
    "no, ya me voy a suicidar hoy",
    "nooo yaaa me quiero matar",
]
NO_THEN_YA_DENIED = [
    "ya no me quiero matar",
    "no me quiero morir, ya estoy mejor",
    "nunca me haría daño, ya lo sabes",
]

# "pues nada" is a filler; "le dije que no" answers only where the answer ends.
OVER_NOW_CRISIS = [
    "quiero morirme, y pues nada, así está la cosa",
    "me quiero matar pues nada mas",
    "quiero matarme y le dije que no voy a tomar nada de lo que me dio",
    "me quiero morir y les dije que no pienso ir a terapia",
    "mi mama me pregunto si pensaba en matarme y le dije que no voy a cambiar de opinion",
]
OVER_NOW_ANSWERED = [
    "mi hermana me pregunto si pensaba en matarme y le dije que no",
    "el doctor me pregunto si queria morir y le dije que no, que estoy bien",
    "mi novio me pregunto si me estaba haciendo dano y le dije que no para nada",
]

# Grief, heartbreak, being found out and a life felt as a mistake are no trivial mishap.
NOT_A_MISHAP_CRISIS = [
    "se me fue la fe en todo, me quiero morir",
    "se me partio el alma y me quiero morir",
    "me rompieron el corazon otra vez, me quiero morir",
    "mi mama me vio las cicatrices y me quiero morir",
    "me cacharon llorando en el baño y me quiero morir",
    "desde que fallecio mi esposa me quiero morir de la pena",
    "soy un error, me quiero morir",
]
STILL_A_MISHAP = [
    "se me fue el metro otra vez, me quiero morir",
    "se me rompio la taza favorita, me quiero morir",
    "se me cayo el helado al piso, me quiero morir",
    "me vieron cantando en el carro, me quiero morir",
    "que oso, me quiero morir de la pena",
]

# A harm said to be meant, a way or target after a gerund, starving oneself, living
# with an illness: no everyday complement excuses them.
MEANT_CRISIS = [
    ("me corte el dedo adrede", SELF_HARM),
    ("me corté con un papel para sentir algo", SELF_HARM),
    ("me quemé con la secadora para castigarme", SELF_HARM),
    ("me lastime los pies a proposito", SELF_HARM),
    ("me queme la mano queriendo, no fue accidente", SELF_HARM),
    ("me voy a matar chocando el carro", SUICIDAL_IDEATION),
    ("me voy a matar tomando pastillas", SUICIDAL_IDEATION),
    ("me mato manejando hacia el barranco", SUICIDAL_IDEATION),
    ("me pienso dejar morir de hambre", SUICIDAL_IDEATION),
    ("ya no quiero vivir con este diagnostico", SUICIDAL_IDEATION),
    ("estoy harta de vivir con mi depresion", SUICIDAL_IDEATION),
]
MEANT_EVERYDAY = [
    "me corte el dedo pelando papas",
    "me corte queriendo abrir una lata de atun",
    "me mato cortando el pasto cada sabado",
    "me queme con el comal haciendo tortillas",
    "me lastime la rodilla jugando futbol",
    "me mato estudiando toda la semana",
    "me voy a matar manejando diez horas hasta la costa",
    "me muero de hambre, ya vamos a comer",
    "no quiero vivir con mis suegros",
    "ya no quiero vivir con mi ex",
]

# Everyday senses the review and the idioms set found flagged.
EVERYDAY_SENSES = [
    # A passing discomfort, a game, a near accident as the cause.
    "tengo un dolor de cabeza que me quiero morir",
    "traigo una resaca que me quiero morir",
    "lo de me quiero morir era por el clasico, ya paso",
    "me resbale en la regadera y casi me mato",
    # Effort, shock, how bad a thing is.
    "voy a terminar la tesis aunque me muera en el intento",
    "me quede muerta cuando supe cuanto costaba la renta",
    "es para matarse lo que tarda el camion en esta ciudad",
    "me mato a chambear de lunes a sabado",
    # An urge that did not come, a form's line answered.
    "las ganas de autolesionarme no volvieron desde el martes",
    "no he tenido ni un dia las ganas de lastimarme",
    "pensamientos suicidas: negados",
    # A topic, an event, the day's dose, a way of life.
    "en la clase de psicologia hablaron del suicidio en adolescentes",
    "hubo otra sobredosis en el antro del centro",
    "ya me tome todas mis pastillas de la noche",
    "estoy cansado de vivir a las carreras",
    "cansada de la vida de estudiante",
    # A goodbye for a while, a pet minded, a utility hung on to, a sunburn.
    "cuiden a mis gatos el finde, gracias por todo",
    "adios a todos, gracias por todo, me cambio de ciudad",
    "me voy a colgar de la red del vecino jaja",
    "me quede dormida en la alberca y me queme toda",
    "quiero dormir para siempre este puente jaja",
]
# ... and their earnest neighbours, still flagged.
EARNEST_NEIGHBOURS = [
    "tengo una tristeza que me quiero morir",
    "casi me mato anoche con las pastillas",
    "me quede muerta por dentro y ya no quiero vivir",
    "las ganas de autolesionarme volvieron esta semana",
    "pensamientos suicidas todo el dia",
    "me siento suicida cero ganas de nada",
    "choque el carro a proposito y casi me mato",
    "me quiero morir, ya lo decidi",
    "me queme todo el brazo con el encendedor",
]


@pytest.mark.parametrize("text", NO_THEN_YA_CRISIS + OVER_NOW_CRISIS + NOT_A_MISHAP_CRISIS)
def test_a_guard_reaching_too_far_excuses_no_wish(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", NO_THEN_YA_DENIED + OVER_NOW_ANSWERED + STILL_A_MISHAP)
def test_a_denial_an_answer_or_a_mishap_is_still_benign(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(("text", "category"), MEANT_CRISIS)
def test_a_harm_meant_or_a_way_named_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize("text", MEANT_EVERYDAY + EVERYDAY_SENSES)
def test_everyday_senses_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", EARNEST_NEIGHBOURS)
def test_earnest_neighbours_of_everyday_senses_are_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


def test_laughter_alone_never_excuses_a_wish() -> None:
    assert detect_crisis("me quiero morir jaja") is not None
    assert detect_crisis("jajaja ya me quiero matar") is not None


def _cpu_ms(text: str) -> float:
    started = time.process_time()
    detect_crisis(text)
    return (time.process_time() - started) * 1000


@pytest.mark.parametrize("unit", ["ya lo decidi y ", "donde voy ya no necesito nada, "])
def test_a_repeated_goodbye_grows_linearly(unit: str) -> None:
    def body(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    small = min(_cpu_ms(body(2_000)) for _ in range(3))
    large = min(_cpu_ms(body(20_000)) for _ in range(3))
    # Ten times the text may cost ten times the time, and some noise; not a hundred.
    assert large < max(small, 1.0) * 25
