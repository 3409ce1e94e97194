"""How clients write the people, things and sensations their cues name, tersely: a
name that is also a word, written as a name ("Facundo me dio feedback", "vino el
Pato"); a sensation's part of the body, or a cue's key word, said as a sentence of its
own ("Mandíbula. Toda la tarde.", "Portazos. Hoy dos."). And what is someone or
something else: a name given to another ("mi sobrino también se llama Chuy"), a full
name the label does not give ("Rafa Nadal"), another thing of the kind ("un taller de
cerámica" for "el taller de mi padre"), a word of the family for a boss."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

OTHER_ES = "cuando no sale pesca"


def _tagged(label: str, text: str, phrases: tuple[str, ...] = ()) -> list[str]:
    cues = [Cue(label=label, phrases=phrases), Cue(label=OTHER_ES)]
    return [why.cue for why in CueMatcher(cues, "es").explain(text)]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("mi jefe Facundo", "Facundo me dio feedback en el one on one y me dejó re insegura"),
        ("mi cuñado Rafa", "Rafa me volvió a reclamar lo de la herencia"),
        ("mi hermano el Pato", "El Pato vino a encararme al muelle delante de todos"),
        ("mi suegra Rosa", "Hoy vino Rosa a revisarme la cocina"),
    ],
)
def test_a_name_that_is_also_a_word_written_as_a_name_is_the_person(label: str, text: str) -> None:
    assert _tagged(label, text) == [label]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("mi hermano el Pato", "hicimos pato al horno para la cena"),
        ("mi hermano el Pato", "Pato al horno hoy, quedó rico"),
        ("mi suegra Rosa", "le regalé una rosa a mi hija"),
        ("mi cuñado Rafa", "Ganó Rafa Nadal y lo vi con mi hijo, nos pusimos contentos"),
        ("mi compadre Chuy", "Mi sobrino también se llama Chuy y hoy cumplió años"),
        ("mi hermano el Pato", "A mi compadre también le dicen Pato y me invitó al partido"),
        ("mi jefa doña Clemencia", "Fui con mi mamá a Monserrate el domingo, fue bonito"),
        ("mi tía Luz", "Luz no hay desde ayer en toda la colonia"),
        ("mi amiga Soledad", "Soledad me da miedo, por eso no termino con él"),
        ("mi papá Domingo", "Domingo me toca ir a casa de mis suegros"),
        ("mi amiga Rosa", "Salimos por la Zona Rosa y me dio ansiedad tanta gente"),
    ],
)
def test_a_word_a_namesake_or_another_relation_is_not_the_person(label: str, text: str) -> None:
    assert _tagged(label, text) == []


def test_a_boss_is_still_met_by_another_word_for_a_boss() -> None:
    label = "mi jefa doña Clemencia"
    assert _tagged(label, "La patrona me llamó a su oficina y me tuvo ahí hasta las 7") == [label]


def test_a_mother_is_still_met_by_the_mexican_word_for_her() -> None:
    label = "mi mamá doña Lupe"
    assert _tagged(label, "Fui a comer con mi jefa, me hizo mole y platicamos bonito") == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Karen NEVER answers my emails",
        "I told Karen I needed Friday off and she rolled her eyes",
        "Met with Karen Tuesday, it went ok actually",
        "Karen 🙄 Again with the last-minute meeting",
    ],
)
def test_a_day_a_word_in_capitals_or_an_emoji_after_a_name_is_no_surname(text: str) -> None:
    label = "my boss Karen"
    assert [w.cue for w in CueMatcher([Cue(label=label)], "en").explain(text)] == [label]


@pytest.mark.parametrize(
    ("label", "phrases", "text"),
    [
        ("el taller de mi padre", ("el taller",), "Mi mujer se apuntó a un taller de cerámica"),
        (
            "el grupo de WhatsApp de la familia",
            (),
            "Me sumaron a un grupo de WhatsApp de corredores",
        ),
    ],
)
def test_another_of_its_kind_is_not_the_one_the_cue_names(
    label: str, phrases: tuple[str, ...], text: str
) -> None:
    assert _tagged(label, text, phrases) == []


@pytest.mark.parametrize(
    ("label", "phrases", "text"),
    [
        ("el taller de mi padre", ("el taller",), "Hoy en el taller me peleé con mi papá"),
        (
            "el grupo de WhatsApp de la familia",
            (),
            "Me agregaron a un grupo de WhatsApp de la familia",
        ),
        ("la resaca de los domingos", (), "otra resca de domngo, no paso de la cama"),
        ("el dolor de cabeza", (), "me dio un dolor de cabeza tremendo"),
        ("el estrés del trabajo", (), "Un estrés de locos en el trabajo"),
        ("las discusiones con mi mamá", (), "Una discusión de dos horas con mi mamá"),
    ],
)
def test_the_same_thing_again_or_of_the_cues_own_kind_is_still_met(
    label: str, phrases: tuple[str, ...], text: str
) -> None:
    assert _tagged(label, text, phrases) == [label]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("la tensión en la mandíbula", "Mandíbula. Toda la tarde."),
        ("la guata apretada", "Guata otra vez, desde temprano"),
        ("el dolor de cabeza", "Cabeza. Desde que me levanté."),
        ("ganas de dar un portazo", "Portazos. Hoy dos, uno en casa y otro en el coche"),
        ("tomarme un copete", "copete. Lo pensé todo el día, como un 7 las ganas"),
    ],
)
def test_a_key_word_said_as_a_sentence_of_its_own_meets_the_cue(label: str, text: str) -> None:
    why = CueMatcher([Cue(label=label), Cue(label=OTHER_ES)], "es").explain(text)
    assert [w.cue for w in why] == [label]
    assert why[0].by in ("body", "alone")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("la tensión en la mandíbula", "Pecho otra vez en el gym, me encanta"),
        ("la guata apretada", "Guata de chancho para el asado del domingo"),
        ("ganas de dar un portazo", "Ganas. Eso me falta para ir al gimnasio"),
        ("tomarme un copete", "Tomé once con mi mamá, todo bien"),
        ("la presión en el pecho", "Pecho de nuevo hoy en el gym"),
        ("la presión en el pecho", "Pecho otra vez a las 3am, la bebé no suelta"),
        ("el nudo en la garganta", "La garganta otra vez, ya me tomé el antibiótico"),
        ("discutir con mi pareja", "¿Pareja? Ninguna, sigo sola"),
        ("el estrés del trabajo", "Trabajo. Hoy me ascendieron, estoy feliz."),
        ("ganas de dar un portazo", "Portazo. No, esta vez no."),
        ("sentir que no soy lo suficientemente bueno", "Bueno. Hoy fue un día raro."),
    ],
)
def test_a_word_inside_a_sentence_or_a_shared_word_alone_does_not(label: str, text: str) -> None:
    assert _tagged(label, text) == []
