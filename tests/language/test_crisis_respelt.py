"""Crisis words mistyped in a hurry ("kill my self", "kil myself", "suicdal") are read
as the words they are; words that only look like them ("subside", "overdone", "mátame
camión", "se suicidó" of someone else years ago) are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules
from shared.language.crisis.respell import respelt
from shared.language.wordlists import english_words


@pytest.mark.parametrize(
    "text",
    [
        "im going to kill my self tonight",
        "im going to kil myself",
        "im gona kil myself",
        "cant stop thinkin about killin myself",
        "feeling suicdal again. worse than before",
        "sucidal. cant stop thinking about it",
        "i want to commit sucide",
        "thinking about suiside every night",
        "me quiero suisidar",
        "quiero matrme ya",
        "took an ovedose last night, sorry",
        "im going to overdos tonight",
        "quiero morirmr",
        "ya quiero matarmw",
        "imma kiill my self",
        "im gonna kil my slef",
        "i want to killmyself",
        "im going to end my lfie, i have the pills",
        "i cant stop cuting myself and i dont want to stop",
        "a want tae die, am no safe the nicht",
        "i took a hole packet of paracetamol an hour ago",
    ],
)
def test_a_mistyped_crisis_word_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the swelling should subside by the weekend",
        "we read romeo and juliet and i thought the ending was overdone",
        "mátame camión, mañana hay junta a las 7 am y es sábado",
        "mi tío se suicidó hace años",
        "i dont know how to love my self yet, working on it",
        "im killin it at work this week",
        "the kil in the pottery class was broken",
        "quiero ahorrarme el viaje al centro, podemos hacer la sesion por videollamada?",
        "prefiero ahorrarme el drama con mi suegra",
        "matadme ya, otra vez lunes",
        "voy a mamarme para la boda de mi hermana",
        "honestly i'd go with kipling myself",
        "i did the kilning myself this time, so proud of the mugs",
        "im kilting myself out for my cousin's wedding in scotland",
        "i fired the kiln myself",
        "i'll tell jill myself",
        "misión suicida",
        # Words that were everyday before the respelling, spelt right or not.
        "i hurt my self at soccer practice, ankle is swollen",
        "i want to starve my self of social media for a week",
        "thinkin about endin it with my girlfriend, we fight every day",
        "im takin all my meds in the morning now",
        "there's a hole in the packet of crisps",
        "i'm going tae the shops the nicht",
        "i was baking myself a cake",
    ],
)
def test_a_word_that_only_looks_like_one_stays_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_only_the_crisis_words_are_put_right() -> None:
    assert respelt("feeling suicdal, kil my self") == "feeling suicidal, kill myself"
    assert respelt("the swelling should subside") == "the swelling should subside"
    assert respelt("mi tio se suicido hace anos") == "mi tio se suicido hace anos"


def test_without_a_checked_word_list_no_word_of_its_language_is_respelt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A list that is missing (or not the pinned bytes) is off: "kilting" could not be
    # told from a mistyped "killing", so no English word is read as one.
    monkeypatch.setenv("CARRYBACK_ENGLISH_WORDS", str(tmp_path / "missing"))
    assert respelt("feeling suicdal again") == "feeling suicdal again"
    assert respelt("im kilting myself out") == "im kilting myself out"
    # The listed clipped forms need no list.
    assert respelt("cant stop thinkin about killin myself") == (
        "cant stop thinking about killing myself"
    )


def test_a_word_list_with_other_bytes_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    changed = tmp_path / "words"
    changed.write_text("suicdal\nkilting\n")
    monkeypatch.setenv("CARRYBACK_ENGLISH_WORDS", str(changed))
    assert english_words() is None


@pytest.mark.parametrize(
    "text",
    [
        "wnat to di so bad, cant stop crying",
        "i want to klil myself",
        "gonna di tonight i think",
        "i want to dei",
        "me quiero matr ayudaaa",
        "quiero mtarme hoy",
    ],
)
def test_a_short_crisis_word_with_two_letters_swapped_or_clipped_is_read(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i wnat pizza so bad",
        "le di el regalo a mi mamá",
        "the edn of the movie was so sad",
        "mi edad no importa",
        "going to di and tom's wedding on saturday",
        "im gonna di... dinner first then call u",
    ],
)
def test_a_swapped_short_word_in_an_everyday_text_stays_quiet(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # English as a learner writes it: "me" for "myself" after "i" and the verb
        "i going to kill me tonight, Dios me perdone",
        "I am going to hang me in the basement",
        "no no, i am not ok. i cut me again",
        "all day i think to kill me",
        "im gonna cut me again",
        # "no" for "don't", "finish with my life"
        "i hope i no wake up tomorrow",
        "today I finish with my life",
    ],
)
def test_a_crisis_in_a_learners_english_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my mom is going to kill me if i fail this test",
        "i hurt me back lifting boxes at work",
        "i burn me hand cooking the rice",
        "i gonna kill me a deer this weekend with my compadre",
        "i no want to go to work today, too tired",
        "i hope i no wake up the baby when i get home",
        "i hang me clothes outside to dry",
        "i cut me chin shaving",
        "i finish my life insurance papers today",
        "i cut me with the knife cooking",
        "i finish with my life in mexico, now new start in texas",
    ],
)
def test_a_learners_everyday_english_is_not(text: str) -> None:
    assert detect_crisis(text) is None
