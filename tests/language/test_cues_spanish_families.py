"""Spanish cue words met by their family: the key word said as another part of
speech, and the everyday mentions that stay untagged.

Each rule is shown on wordings of its own, beside a second cue so the key word
is the client's word for one cue only.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher
from shared.language.cues.spanish import another_part_of_speech

OTHER = "la tos de la mañana"


def spanish_explain(label: str, text: str) -> dict[str, tuple[tuple[str, str], ...]]:
    whys = CueMatcher([Cue(label), Cue(OTHER)], "es").explain(text)
    return {why.cue: tuple((e.text_word, e.how) for e in why.evidence) for why in whys}


@pytest.mark.parametrize(
    ("word", "cue_word", "expected"),
    [
        ("impulsiva", "impulso", True),
        ("hospitalizado", "hospital", True),
        ("culpable", "culpa", True),
        # Inflections are the word itself: plurals, tenses, diminutives.
        ("impulsos", "impulso", False),
        ("pastillitas", "pastilla", False),
        ("grite", "gritarle", False),
        ("pago", "pagar", False),
    ],
)
def test_another_part_of_speech_is_no_inflection(word: str, cue_word: str, expected: bool) -> None:
    assert another_part_of_speech(word, cue_word) is expected


@pytest.mark.parametrize(
    ("label", "text", "said"),
    [
        # The stemmer joins these to the cue word; they are its family's adjective
        # or participle, and name the cue alone in a short label.
        ("el impulso de fumar en el balcón", "ando bien impulsivo hoy, ya van cinco", "impulsivo"),
        ("las visitas al hospital", "otra vez hospitalizado el abuelo", "hospitalizado"),
    ],
)
def test_a_key_word_said_as_its_family_names_the_cue(label: str, text: str, said: str) -> None:
    assert spanish_explain(label, text).get(label) == ((said, "derived"),)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The word itself, alone, is any mention of it: not the cue.
        ("el impulso de fumar en el balcón", "el proyecto recibió un impulso del jefe"),
        # A verb's family is everyday: "pago" alone is no "pagar" cue.
        ("pagar la renta a fin de mes", "el pago del gimnasio ya salió"),
    ],
)
def test_the_word_alone_or_a_verbs_family_is_not_the_cue(label: str, text: str) -> None:
    assert label not in spanish_explain(label, text)


def test_a_verb_said_in_another_form_stays_a_form() -> None:
    found = spanish_explain("castigar a mi hijo de más", "otra vez lo castigué de más")
    assert ("castigue", "form") in found["castigar a mi hijo de más"]


@pytest.mark.parametrize(
    ("label", "text", "said"),
    [
        # The verb Spanish makes of a noun with "a-" or "en-" is the noun's family.
        ("el susto al abrir el correo", "me asustó el correo del banco", "asusto"),
        ("el nudo en la garganta", "la garganta anudada toda la tarde", "anudada"),
        ("los días en cama", "otra vez encamada con la espalda", "encamada"),
    ],
)
def test_a_verb_made_from_the_key_word_names_the_cue(label: str, text: str, said: str) -> None:
    assert (said, "derived") in spanish_explain(label, text)[label]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The word has a verb of its own ("costar", "pelear"): a verb that merely
        # starts with "a" + its root is another word.
        ("la costa del pacífico", "me acosté temprano viendo el pacífico"),
        ("la pelea con mi hermano", "mi hermano apeló la multa"),
        # A word that starts the same way and is no verb at all.
        ("la casa de mi suegra", "acaso mi suegra no sabe llamar"),
    ],
)
def test_a_word_that_only_starts_like_a_made_verb_is_not_the_cue(label: str, text: str) -> None:
    assert label not in spanish_explain(label, text)


def test_a_participles_noun_reads_its_verbs_everyday_senses() -> None:
    # "la llamada" is the noun of "llamar", whose everyday sense has "marcar"
    # ("me marcó": Mexico, Central America).
    label = "la llamada de mi suegra"
    found = spanish_explain(label, "mi suegra me marcó tres veces en la tarde")
    assert ("marco", "sense") in found[label]


@pytest.mark.parametrize(
    ("label", "text", "typed"),
    [
        # A conjugated form typed with one slip: the label's infinitive is far
        # from it, its stem is one edit away.
        ("revisar el celular de mi novio", "le reivsé el celular a mi novio", "reivse"),
        ("comprar ropa en línea", "comrpé ropa en línea a las 2am", "comrpe"),
        ("esperarla despierta", "la esprée despierta hasta las 3", "espree"),
    ],
)
def test_a_form_typed_with_one_slip_meets_the_cue(label: str, text: str, typed: str) -> None:
    assert (typed, "typo") in spanish_explain(label, text)[label]


def test_a_spanish_word_is_never_read_as_a_slip() -> None:
    # "espera" is a word (a wait): a form of the label's verb, never a typo.
    found = spanish_explain("esperarla despierta", "la sala de espera despierta")
    assert all(how != "typo" for _, how in found.get("esperarla despierta", ()))


@pytest.mark.parametrize(
    ("label", "text", "said"),
    [
        # "gu" and "qu" before "e" and the "z" of a "-cer" verb's forms are spelt
        # anew: the family is one root all the same.
        ("el hormigueo en las manos", "me hormigueaba la mano en la junta", "hormigueaba"),
        ("que se me venza la licencia", "el vencimiento de la licencia es el lunes", "vencimiento"),
    ],
)
def test_a_family_spelt_anew_is_one_family(label: str, text: str, said: str) -> None:
    assert said in {word for word, _ in spanish_explain(label, text)[label]}


def test_a_verbs_own_form_spelt_anew_is_a_form_not_its_family() -> None:
    # "venció" is "vencer", as "venza" is: alone it is any expiry, not the cue.
    assert "que se me venza el permiso" not in spanish_explain(
        "que se me venza el permiso", "se me venció la leche en la nevera"
    )


def test_a_listed_word_ending_in_z_keeps_its_own_family() -> None:
    from shared.language.cues.spanish import family

    assert family("pereza") != family("perecer")


def test_a_spanish_re_apart_is_very_not_a_prefix() -> None:
    # "le re grité" (Río de la Plata: "I really yelled"), not "regrité".
    label = "gritarle a mi hija"
    assert ("grite", "form") in spanish_explain(label, "le re grité a mi hija anoche")[label]


def test_an_irregular_cue_words_diminutive_meets_it() -> None:
    # "cuenta" is grouped under "contar"; "cuentita" is written with "cu".
    label = "la cuenta de la luz"
    assert label in spanish_explain(label, "la cuentita de la luz llegó altísima")
