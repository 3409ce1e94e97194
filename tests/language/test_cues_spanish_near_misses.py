"""Spanish near-misses: texts that hold a cue's words without being about the cue.

Each rule is shown on texts of its own: the near-miss it stops, and the mention
it keeps.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher


def spanish_match(labels: list[str], text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label) for label in labels], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Negation reaches across pronouns and auxiliaries to the verb...
        ("cuando mi suegra me critica", "mi suegra no me criticó la comida, por fin"),
        # ...and across "hubo" to the thing that did not happen...
        ("la pelea con mi hermano", "con mi hermano no hubo pelea este finde"),
        # ...and from the negated verb to its object.
        ("el nudo en la garganta antes del examen", "ni me acordé del examen, ni nudo ni nada"),
    ],
)
def test_a_negated_word_does_not_meet_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("cuando mi suegra me critica", "mi suegra me criticó la comida otra vez"),
        # "no entré, lo evité": the "no" belongs to another verb.
        ("evitar el gimnasio", "fui hasta el gimnasio y no entré, lo evité"),
        # A label that says "no" itself is met by "no" + its verb, modal in between.
        ("no poder concentrarme", "no pude concentrarme en toda la mañana"),
    ],
)
def test_the_mention_without_that_negation_still_meets_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == (label,)


def test_a_labels_own_no_is_not_met_by_there_was_no() -> None:
    label = "quedarme callada para no discutir"
    assert spanish_match([label], "me quedé callada para no discutirle nada") == (label,)
    # "no hubo discusión": nothing happened; "no" and "discusión" are not "no discutir".
    assert spanish_match([label], "hoy no hubo discusión, cenamos tranquilos") == ()


def test_someone_elses_action_is_not_the_clients() -> None:
    label = "regañar a mi hija por las calificaciones"
    assert spanish_match([label], "regañé a mi hija otra vez por las calificaciones") == (label,)
    # Third person plural: the teachers scolded; the client's cue is about herself.
    assert (
        spanish_match([label], "a mi hija la regañaron en la escuela por las calificaciones") == ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "comparé precios en tres tiendas antes de comprar",  # its own direct object
        "comparé lo del seguro en la reunión",  # "lo del": a matter, as object
    ],
)
def test_a_leading_verb_with_an_object_of_its_own_is_no_mention(text: str) -> None:
    assert spanish_match(["compararme con mi hermana"], text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "me estuve comparando toda la tarde",  # no object
        "me comparé con todas en la fiesta",  # a preposition after it
        "me sentí comparada todo el día",  # a describing word
    ],
)
def test_a_leading_verb_alone_still_names_the_cue(text: str) -> None:
    label = "compararme con mi hermana"
    assert spanish_match([label], text) == (label,)


def test_a_verb_with_someone_as_its_object_keeps_the_cue() -> None:
    label = "contestar mensajes de trabajo"
    # "contestarle": the boss is its object already; "lo del cliente" is what about.
    assert spanish_match([label], "a las 11 tuve que contestarle lo del cliente") == (label,)
    assert spanish_match([label], "contesté el examen de manejo y pasé") == ()


def test_english_is_read_as_before() -> None:
    # No negation rule in English: "didn't" + the cue word still tags, as measured.
    matcher = CueMatcher([Cue("skipping lunch")])
    assert matcher.match("I didn't skip lunch today") == ("skipping lunch",)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The label's verb done to someone the text names, and it is another person.
        ("escribirle a mi ex de noche", "le escribí a mi hermana de noche"),
        ("gritarle a mi hijo por la tarea", "le grité a mi esposo por la tarea"),
    ],
)
def test_the_labels_verb_done_to_another_person_is_not_the_cue(label: str, text: str) -> None:
    assert spanish_match([label, "la tos de la mañana"], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("escribirle a mi ex de noche", "le escribí a mi ex de noche otra vez"),
        ("gritarle a mi hijo por la tarea", "le grité a mis hijos por la tarea"),
        # Nobody named: the client's own words are enough.
        ("escribirle a mi ex de noche", "le escribí de noche, ya sabes a quién"),
    ],
)
def test_the_labels_verb_done_to_its_own_person_is_the_cue(label: str, text: str) -> None:
    assert spanish_match([label, "la tos de la mañana"], text) == (label,)


def test_a_verb_before_how_many_of_the_object_is_the_clients_doing() -> None:
    # "otras dos" between the client's verb and the label's object.
    label = "tomarme una cerveza antes de cenar"
    text = "me bajé otras dos cervezas antes de cenar"
    assert spanish_match([label, "la tos de la mañana"], text) == (label,)


@pytest.mark.parametrize(
    "text",
    ["había otras dos cervezas antes de cenar en la mesa", "quedaban 3 cervezas antes de cenar"],
)
def test_how_many_of_the_object_with_no_verb_of_the_client_is_not_the_cue(text: str) -> None:
    label = "tomarme una cerveza antes de cenar"
    assert spanish_match([label, "la tos de la mañana"], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The label's moment put somewhere else than the label puts it.
        ("el nudo en la panza al pagar", "me hice un nudo en el pelo con la liga"),
        ("el vacío en el pecho", "el vacío en la alacena, no compré nada"),
    ],
)
def test_the_moment_put_somewhere_else_is_not_the_cue(label: str, text: str) -> None:
    assert spanish_match([label, "la tos de la mañana"], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Put in the label's place said another way, or nowhere: the moment.
        ("el nudo en la panza al pagar", "un nudo en la barriga toda la tarde"),
        ("el nudo en la panza al pagar", "otra vez el nudo, ya ni pago nada"),
        ("el vacío en el pecho", "me siento vacía desde el lunes"),
    ],
)
def test_the_moment_in_its_place_or_nowhere_is_the_cue(label: str, text: str) -> None:
    assert spanish_match([label, "la tos de la mañana"], text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # A label's "sola" or "solo" with company said instead...
        ("comer sola en el comedor", "fuimos a comer al comedor con las de mi grupo, me reí mucho"),
        ("ver el juego solo", "vi el juego con mis hijos y mi compadre"),
        # ...its "de noche" with the day said instead.
        ("salir del turno de noche", "hoy me tocó turno de día, salí temprano y fui al súper"),
        # A three-letter family root does not open a longer word of another family.
        ("la casa vacía", "peleamos por las vacaciones de invierno"),
        # A feeling's gerund someone named is having is theirs.
        ("sentir celos", "mi novio estaba sintiendo celos de mi compañero"),
    ],
)
def test_a_contrary_or_someone_elses_feeling_does_not_meet_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("comer sola en el comedor", "comí solita en el comedor otra vez"),
        ("ver el juego solo", "vi el juego en la casa, nomás yo y una cerveza"),
        ("salir del turno de noche", "salí del turno y llegué echando chispas"),
        ("la casa vacía", "sentí el vacío de la casa toda la tarde"),
        ("sentir celos", "yo estaba sintiendo celos otra vez"),
    ],
)
def test_the_cue_said_without_its_contrary_still_meets_it(label: str, text: str) -> None:
    assert spanish_match([label], text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Someone the noticing names did the label's action...
        ("gritarles a mis hijos", "mi hermana les gritó a sus hijos en plena fiesta"),
        ("llorar en el carro", "mi compañera lloró en el carro cuando le conté"),
        # ...the label's "no" with its verb done after all...
        ("no contestarle a mi mamá", "hoy sí le contesté a mi mamá, platicamos media hora"),
        ("no entregar las tareas", "hoy entregué las dos tareas de cálculo a tiempo"),
        # ...or what the label says is done to the client, done to someone else.
        ("cuando el gerente me regaña", "el gerente regañó al garrotero nuevo"),
    ],
)
def test_someone_elses_doing_or_the_opposite_does_not_meet_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("gritarles a mis hijos", "a mi hermana le grité y luego a mis hijos también"),
        ("llorar en el carro", "lloro en el carro cada mañana antes de entrar"),
        ("no contestarle a mi mamá", "otra vez no le contesté a mi mamá"),
        ("cuando el gerente me regaña", "el gerente me regañó enfrente de todos"),
        ("compararme con mis compañeros", "me sentí la peor comparada con mis compañeros"),
        # regional words for the label's own
        ("llamar a mi mamá", "hablé con mi cucha por teléfono y me quedé mal"),
    ],
)
def test_the_clients_own_doing_still_meets_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # alone said in another word, company beside it
        ("comer sola en el comedor", "comí solita en el comedor con mis audífonos puestos"),
        ("ver el juego solo", "vi el juego solito, ni con mis compas quise"),
        # a night shift ends in the morning; the small hours are night
        ("salir del turno de noche", "salí del turno a las 7 de la mañana bien cansada"),
        ("despertarme en la madrugada", "me desperté a las 3:30 de la mañana y ya no me dormí"),
        # the client's own verb after "la neta", an object put first, a preposition
        ("gritarles a mis hijos", "la neta les grito mucho a mis hijos"),
        ("revisar el celular en la noche", "el celular lo reviso como 20 veces en la noche"),
        ("llorar en el carro", "por ella lloro en el carro casi diario"),
        # a label led by "no", not done said otherwise
        ("no entregar las tareas", "nunca entrego las tareas a tiempo"),
        ("no salir de la casa", "me dio miedo salir de la casa"),
        # done to the client among others
        ("cuando el gerente me regaña", "el gerente nos regañó a todos los meseros"),
        # a feeling the client has beside someone named
        ("sentir celos", "con mi novio ahí estaba sintiendo celos de todas"),
    ],
)
def test_the_clients_own_moment_said_around_those_rules_still_meets_it(
    label: str, text: str
) -> None:
    assert spanish_match([label], text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # catalogue members whose everyday sense is another were left out
        ("desvelarme", "me quedé hasta tarde en la chamba haciendo inventario"),
        ("desvelarme", "hoy amanecí de buenas"),
        ("explotar con mi novio", "perdí los papeles del seguro de mi novio"),
        ("renunciar a la chamba", "dejé la chamba lista para mañana"),
        ("stalkear a mi ex", "chusmeé con mis amigas sobre mi ex"),
    ],
)
def test_a_regional_word_in_its_everyday_sense_does_not_meet_the_cue(label: str, text: str) -> None:
    assert spanish_match([label], text) == ()
