"""A label that names a person ("mi yerno Fabián", "la supervisora Yuliana", "my brother
Tom") is met by the name alone, as written, in another form or misspelt; not by
another person of that name ("el Fabián del club", "la Jessica, la hija del vecino"),
and a capitalised word after anything but who the person is names no one."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher, tag

OTHER_ES = "la tos de la mañana"
OTHER_EN = "the cough in the morning"


def tags(label: str, text: str, language: str, phrases: tuple[str, ...] = ()) -> tuple[str, ...]:
    other = OTHER_ES if language == "es" else OTHER_EN
    return CueMatcher([Cue(label, phrases), Cue(other)], language).match(text)


@pytest.mark.parametrize(
    ("label", "text", "language"),
    [
        ("la supervisora Yuliana", "la Yuliana pasó por mi puesto y me quedé tiesa", "es"),
        ("mi yerno Fabián", "vino Fabián a pedir plata otra vez", "es"),
        ("mi ex, la Jessica", "la jesika me yamó a las 2 de la mañana", "es"),
        ("mi hijo Kevin", "mi Kevincito cumple 15 y yo aquí lejos", "es"),
        ("my brother Tom", "Tom rang again asking for money", "en"),
        ("my boss Karen", "karen moved the deadline up again", "en"),
        # A title, and the label's own placing of her.
        ("doña Marlene la de la tienda", "vino Marlene a cobrarme otra vez", "es"),
        ("doña Marlene la de la tienda", "marlene la de la tienda me regañó", "es"),
        # A name that is also a word, with who she is before it.
        ("mi suegra Doña Rosa", "doña rosa me criticó la comida otra vez", "es"),
        ("mi suegra Lupita", "la Lupita, la de siempre, criticando mi comida", "es"),
        ("mi ex Yesenia", "Yesenia la que era mi novia me escribió", "es"),
        ("Mrs Patel", "patel asked for the rent early again", "en"),
    ],
)
def test_the_name_alone_meets_the_label(label: str, text: str, language: str) -> None:
    assert tags(label, text, language) == (label,)


@pytest.mark.parametrize(
    ("label", "text", "language"),
    [
        ("mi yerno Fabián", "el Fabián del club me ganó al truco", "es"),
        ("mi ex, la Jessica", "la Jessica, la hija del vecino, entró a la universidad", "es"),
        # Placed by what she does or where: someone else of that name.
        ("mi ex Yesenia", "yesenia la de la farmacia me atendió bien amable", "es"),
        ("doña Marlene la de la tienda", "Marlene la del gimnasio me saludó", "es"),
        ("doña Marlene la de los jueves", "Marlene la de los lunes me cobró de más", "es"),
        # Another relation before the name, a name that is also a word, a long label.
        ("doña Marlene la de los jueves", "mi prima Marlene se casa en junio", "es"),
        ("mi suegra Doña Rosa", "le regalé una rosa a mi hija", "es"),
        ("doña Guadalupe", "le recé a la Virgen de Guadalupe", "es"),
        ("don Tomás", "si tomas no manejes", "es"),
        ("don Beto", "Beto el que maneja el taxi me trajo", "es"),
        ("doña Soledad", "la soledad me pesa en las noches", "es"),
        ("cuando me grita mi jefe Fabián", "Fabián me invitó a comer y estuvo bonito", "es"),
        ("mi cuñado Beto", "Beto el del taller me arregló el carro", "es"),
        ("la supervisora Yuliana", "otra Yuliana entró al equipo, muy amable", "es"),
        ("my brother Tom", "Tom from work brought doughnuts", "en"),
        # A capitalised word after no word for a person is no name.
        ("revisar Instagram", "mi prima subió fotos a Instagram", "es"),
        ("la cuenta de Netflix", "vimos una serie de Netflix con los niños", "es"),
    ],
)
def test_another_person_or_no_person_does_not(label: str, text: str, language: str) -> None:
    assert tags(label, text, language) == ()


def test_a_nickname_phrase_is_a_name_too() -> None:
    label = "mi yerno Fabián"
    assert tags(label, "el fabi otra vez pidiendo plata", "es", ("el Fabi",)) == (label,)
    assert tags(label, "el Fabi del club me ganó al truco", "es", ("el Fabi",)) == ()


def test_the_timeline_says_the_name_met_the_cue() -> None:
    matcher = CueMatcher([Cue("mi yerno Fabián"), Cue(OTHER_ES)], "es")
    why = tag("vino Fabián a pedir plata", matcher).why[0]
    assert why.by == "person"
    assert [(e.cue_word, e.text_word) for e in why.evidence] == [("fabian", "fabian")]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Who the person is to the client, said alone or by a word of what they are.
        ("mi cuñado Chepe", "mi cuñado me volvió a pedir pisto prestado"),
        ("mi cuñado Chepe", "El marido de mi hermana me volvió a pedir pisto prestado"),
        ("mi nuera Yusimí", "La mujer de mi hijo me dijo cascarrabias delante de los nietos"),
        ("mi supervisora Yolanda", "La jefa de piso me volvió a cambiar las pacientes"),
        ("mi compadre el Lucho", "el padrino de mi hijo me llamó a las tres de la mañana"),
    ],
)
def test_who_the_person_is_to_the_client_meets_the_label(label: str, text: str) -> None:
    why = CueMatcher([Cue(label=label), Cue(label=OTHER_ES)], "es").explain(text)
    assert [w.cue for w in why] == [label]
    assert why[0].by == "relation"


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Someone else's, another one, one placed elsewhere, or a word misspelt into it.
        ("mi cuñado Chepe", "su cuñado vino a la fiesta"),
        ("mi cuñado Chepe", "el cuñado de mi amiga vino a la fiesta"),
        ("mi cuñado Chepe", "otro cuñado vino a la fiesta"),
        ("mi sobrino Yoandy", "mi sobrino el de Tampa me mandó fotos del bebé"),
        ("mi cuñado Chepe", "me temblaban las manos cuando el chef me gritó"),
        # Another of that name or kind, a former one, the other gender, a relation said
        # of anyone.
        ("mi cuñado Chepe", "mi cuñado Toño me llamó para el cumple"),
        ("mi cuñado Chepe", "el cuñado de Marta vino a la fiesta"),
        ("mi cuñado Chepe", "mi ex cuñado me escribió"),
        ("mi cuñado Chepe", "mi cuñada me criticó delante de todos"),
        ("mi cuñado Chepe", "típico comentario de cuñado en el asado"),
        ("mi cuñado Chepe", "mi cuñado de parte de mi esposa me llamó"),
        ("la supervisora Yolanda", "la supervisora nueva me cambió el turno"),
        ("mi ex, la Jessica", "mi ex trabajo me pagó el finiquito"),
        # A title alone names no one: "doña" is any lady.
        ("doña Marlene", "la doña de la tienda me saludó"),
    ],
)
def test_someone_elses_or_another_does_not(label: str, text: str) -> None:
    assert CueMatcher([Cue(label=label), Cue(label=OTHER_ES)], "es").match(text) == ()


@pytest.mark.parametrize(
    ("label", "text", "met"),
    [
        # A label that is only who someone is to the client: theirs, not another's.
        ("mi vieja", "mi vieja me llamó tres veces", True),
        ("mi vieja", "mi vieja computadora se echó a perder", False),
        ("mi mamá", "hablé con mi mami y me calmé", True),
        ("mi mamá", "como mamá me siento culpable", False),
        ("my boss", "our boss moved the deadline again", True),
        ("my boss", "I'm the boss of this project now", False),
        ("mi vieja", "La vieja del kiosco me regaló caramelos para los chicos", False),
        ("mi exmarido", "una paciente me contó que su exmarido la visita todos los días", False),
        ("my boss", "my boss moved the deadline again", True),
        ("my boss", "my sister's boss moved her deadline", False),
        ("my boss", "her boss moved the deadline again", False),
    ],
)
def test_a_label_of_who_someone_is_meets_the_clients_own(label: str, text: str, met: bool) -> None:
    language = "en" if label.startswith("my ") else "es"
    assert bool(CueMatcher([Cue(label=label)], language).match(text)) is met


def test_two_people_of_one_relation_are_not_met_by_the_relation_alone() -> None:
    matcher = CueMatcher([Cue(label="mi cuñado Chepe"), Cue(label="mi cuñado Toño")], "es")
    assert matcher.match("mi cuñado me llamó") == ()
    assert matcher.match("Toño me llamó") == ("mi cuñado Toño",)
