"""The English crisis net: methods, means, pills taken, slang, passive wishes,
goodbyes and someone close, each flagged; the everyday senses of the same
words left alone."""

from __future__ import annotations

import re

import pytest

from shared.language.crisis import _squeeze_pattern, detect_crisis
from shared.language.crisis.english_net import word_starts
from shared.language.text import single_letters

CRISES = [
    # slang
    "gonna kms after this shift",
    "thinking about sewer slide a lot this week",
    "might just unalive myself ngl",
    "thinking of ctb tonight",
    "honestly ready to catch the bus tbh",
    # methods with the intent around them
    "reckon i'll neck myself this weekend",
    "want to shoot myself",
    "sat on the roof edge wondering how easy it would be to jump",
    "keep thinking about jumping from the car park roof",
    "i keep imagining lying down on the tracks",
    "i want to swerve into oncoming traffic on the way home",
    "crashed into the barrier on purpose yesterday",
    "hoping the bus runs me over tomorrow",
    "i pray i don't wake up",
    "had the razor against my arm for an hour",
    "need to cut so badly tonight",
    "been burning my thighs with a lighter",
    "scratched my arms till they bled again",
    "banged my head against the wall until it bruised",
    "keep looking at the weedkiller and thinking about drinking it",
    "want to drink the bleach",
    "waded into the river last night and wanted to go under",
    # means made ready, pills taken
    "ordered a rope online, it comes friday",
    "i tied a noose in the garage",
    "bought a gun yesterday",
    "have the tablets lined up in front of me",
    "took 30 of my nans painkillers",
    "swallowed a whole strip of propranolol",
    "i've got a month of quetiapine stashed",
    "enough codeine to not wake up",
    # plans, goodbyes, passive wishes
    "i have a plan now",
    "i know exactly how i'll do it",
    "going to end it after the kids are asleep",
    "by the time you read this it'll be over",
    "where im going i won't need any of this",
    "made my peace with it. please look after my cat",
    "i've written my note",
    "everyone would be happier if i wasnt around",
    "i just want to sleep forever",
    "i'm tired of being alive",
    "i'm such a burden to everyone",
    "i won't be alive much longer",
    "keep thinking about my own funeral",
    "i want to be with my mum in heaven",
    # someone close
    "my flatmate said she's going to end her life",
    "my brother has taken a whole box of tablets",
    "my wife wants to jump off the bridge",
    "my dad keeps saying we'd be better off if he died",
]

EVERYDAY = [
    "shot myself in the foot with that email",
    "drowning myself in revision this week",
    "jump on a call at 3?",
    "jumped off the wall into the sand as a kid",
    "caught the bus home late",
    "need to cut back on takeaways",
    "want to cut my hair short",
    "burnt my arm on the oven tray",
    "hit my head on the cupboard door",
    "bought some rope for the tent",
    "took 2 ibuprofen for my back",
    "took my meds with breakfast like normal",
    "i have a plan for the weekend",
    "we'll end it there for today",
    "she wants to end it with her boyfriend",
    "suicide prevention training at work today",
    "the documentary about suicide was hard to watch",
    "i wanted to die when i tripped in front of the whole office lol",
    "wrote a note to my landlord about the damp",
    "not gonna lie the quiz was hard",
    "the urge to cut hasn't come back, proud of myself",
    "i used to think about killing myself but i haven't in years",
]


@pytest.mark.parametrize("text", CRISES)
def test_the_net_flags_crisis_said_many_ways(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_senses_of_crisis_words_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_not_gonna_lie_is_emphasis_not_a_denial() -> None:
    assert detect_crisis("not gonna lie i want to die") is not None


def test_a_past_wish_about_an_embarrassment_is_flagged_when_anything_is_earnest() -> None:
    assert (
        detect_crisis("i wanted to die when i tripped in front of everyone, still do") is not None
    )


def test_two_kinds_of_goodbye_make_a_goodbye_message() -> None:
    assert detect_crisis("this is goodbye. none of this is your fault") is not None
    assert detect_crisis("this is goodbye to my old flat") is None


def test_word_starts_keeps_every_word_findable_in_both_readings() -> None:
    words = ["kill", "kms", "took", "tonight", "off", "of", "feel", "needle", "go on"]
    pattern = word_starts(words)
    plain = re.compile(r"\b" + pattern)
    squeezed = re.compile(r"\b" + _squeeze_pattern(pattern))
    for word in words:
        assert plain.match(word)
        assert squeezed.match(single_letters(word))
    assert not plain.match("kit")
