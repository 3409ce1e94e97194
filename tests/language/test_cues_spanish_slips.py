"""Spanish forms a client types or conjugates that the stem alone did not reach: a
slip of the keys in a verb's stem ("qede", "critcó"), a verb whose stressed vowel turns
in the present ("me encierro" for "encerrarme"), and an adjective's feminine in a
family ("ansiosa" for "la ansiedad"); beside the everyday words one slip or one turned
vowel from a cue word ("iba" for "ira", "de acuerdo" for "acordarme")."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher
from shared.language.cues.sounds import spanish_sound_key
from shared.language.cues.spanish import form_ending, turned_stems

OTHER = "la tos de la mañana"


def spanish_tags(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label), Cue(OTHER)], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("quedarme callada cuando me critica", "me qede callada cuando me critcó otra vez"),
        ("revisar el celular de mi novio", "le reivsé el celular a mi novio"),
    ],
)
def test_a_slip_in_a_verbs_stem_still_meets_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # "veces" is the plural of "vez", a word of its own: no slip of "vacío".
        ("el vacío en el pecho", "di la vuelta dos veces por el pecho del parque"),
        # A short stem with a letter changed is another word.
        ("cuando me dejan en visto", "me dijo que lo había visto en la tele"),
        # English inside Spanish is no slip ("bed" is no "beber").
        ("beber solo en casa", "me quedé en bed todo el día en casa"),
        # Three-letter texting words and irregular forms are one slip from many stems.
        ("la ira al manejar", "iba manejando al trabajo y me llamó mi mamá"),
        ("volar sola", "me voy sola al doctor"),
        ("fumar con mis amigos", "fuimos con mis amigos a la playa"),
        ("pedir ayuda", "nadie me puede ayudar con esto"),
        ("pelear con mi amiga", "pls amiga contéstame"),
        # Nothing after the stem: "prepa" is school, not "prepararme".
        ("prepararme para la junta", "en la prepa tenía junta de padres"),
    ],
)
def test_another_word_is_not_taken_for_a_slip(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("encerrarme en el baño", "cuando gritan me encierro en el baño"),
        ("acostarme tarde", "me acuesto tarde siempre que hay partido"),
        ("mentir sobre lo que gano", "le miento a mi mamá sobre lo que gano"),
        ("despertarme a las tres", "me despierto a las tres sin falta"),
    ],
)
def test_a_verbs_turned_present_meets_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # "soñar" read without its tilde has a stem too short to turn: "suena" rings.
        ("soñar con mi ex", "me suena el celular y es mi ex otra vez"),
        # A noun after a preposition, not the client's verb.
        ("acordarme de mi papá", "estoy de acuerdo con mi papá"),
        ("vestirme para salir", "me dejó en visto para salir hoy"),
        # Someone else's verb.
        ("encerrarme en mi cuarto", "mis hermanos se encierran en su cuarto a jugar"),
    ],
)
def test_a_turned_form_that_is_another_word_does_not_meet_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()


def test_turned_stems_are_worked_out_from_the_verb() -> None:
    assert turned_stems("encerrarme", "encerr") == ("encierr",)
    assert turned_stems("mentir", "ment") == ("mient", "mint")
    assert turned_stems("acostarme", "acost") == ("acuest",)
    assert turned_stems("cenar", "cen") == ()  # too short a stem


@pytest.mark.parametrize("rest", ["", "o", "iendo", "arme", "aron", "andola", "es"])
def test_a_spanish_ending_is_an_ending(rest: str) -> None:
    assert form_ending(rest)


@pytest.mark.parametrize("rest", ["mendo", "xyz", "ingly"])
def test_other_letters_are_no_ending(rest: str) -> None:
    assert not form_ending(rest)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("la ansiedad de la tarde", "a las cinco de la tarde ya andaba ansiosísima"),
        ("la ansiedad de la tarde", "por la tarde me pongo bien ansiosa"),
    ],
)
def test_an_adjectives_feminine_is_of_its_family(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("el zumbido en los oídos", "otra vez el sumbido toda la noche"),
        ("cuando me tratan de viejo", "cuando me tratan de biejo en el banco me enojo"),
        ("cuando el inspector municipal me multa", "el inspector munisipal otra vez encima"),
        ("hablar con mi hermana", "ayer ablamos con mi hermana una hora"),
        ("la ansiedad del lunes", "la ansieda del lunes me tiene mal"),
        ("la pastilla para dormir", "me tomé la pastiya para dormir otra vez"),
        ("vomitar después de comer", "estuve bomitando después de comer"),
        ("las rodillas", "me duelen las rodiyas desde ayer"),
    ],
)
def test_a_cue_word_spelt_as_it_sounds_meets_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # A real word that sounds like the cue word is that word: a saw is no closing.
        ("se me cierra la garganta", "mi papá cortó la leña con la sierra"),
        # Short words have too many neighbours by ear ("bes", "ves").
        ("cuando me ves así", "le di un beso a mi hija"),
        # A word that only starts like the cue word's sound is another.
        ("el zumbido en los oídos", "me compré un sumbrero nuevo"),
        # Text-speak that respells to a listed word is that word ("kasa" is "casa").
        ("la caza con mi papá", "mi papá ya está en kasa"),
        ("la comida en la oficina", "komo estás doc, todo bien en la oficina"),
        ("nadar sola", "nadaaa, sola en mi cuarto toda la tarde"),
    ],
)
def test_words_that_only_sound_near_a_cue_word_do_not_meet_it(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()


def test_spanish_sound_keys() -> None:
    assert spanish_sound_key("zumbido") == spanish_sound_key("sumbido")
    assert spanish_sound_key("viejo") == spanish_sound_key("biejo")
    assert spanish_sound_key("hablan") == spanish_sound_key("ablan")
    assert spanish_sound_key("llamo") == spanish_sound_key("yamo")
    assert spanish_sound_key("queria") != spanish_sound_key("gueria")
    # Seseo: "casa" and "caza" sound alike; "cosa" does not.
    assert spanish_sound_key("casa") == spanish_sound_key("caza")
    assert spanish_sound_key("casa") != spanish_sound_key("cosa")
    # "rr" is a sound of its own: "pero" is no "perro".
    assert spanish_sound_key("pero") != spanish_sound_key("perro")
