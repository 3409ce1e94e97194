"""An English label led by the client's doing ("staring at the liquor store"): its place
or object alone is not the cue, its act named as a thing is ("another fight with dad"),
and the doing is met however it is written (a prefix, vowels left out, two letters
swapped in a short word).

shared/language/cues/matcher.py (``_CompiledCue.gerund``, ``_doing_named``, ``_doings``,
``_short_typo``, ``_vowels_left_out``) and wordnet.py (``verb_senses``, ``unprefixed``).
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

CUES = [
    Cue("staring at the liquor store"),
    Cue("fighting with my father"),
    Cue("comparing myself to seniors"),
    Cue("raiding the fridge"),
    Cue("ignoring my manager's messages"),
    Cue("leaving the call early"),
    Cue("holding onto the furniture"),
    Cue("the lazy story"),
    Cue("eating in the dark"),
    Cue("spending money online"),
]


def tagged(text: str) -> tuple[str, ...]:
    return CueMatcher(CUES).match(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The doing said, as before.
        ("stared at the liquor store for ten minutes", "staring at the liquor store"),
        ("fought with my father again about the wedding", "fighting with my father"),
        # Its act said again as a thing: the verb's word after "another", "one more".
        ("another fight on the phone, same topic", "fighting with my father"),
        ("one more raid tonight, finished the gulab jamuns", "raiding the fridge"),
        # Its object with another doing of the client's: the object is not said to do
        # anything itself.
        ("sat in the car outside the liquor store for 20 minutes", "staring at the liquor store"),
        # Written as typed: vowels left out, two letters swapped in a short word.
        ("hldng onto the furniture all the way to the loo", "holding onto the furniture"),
        ("the lzay story again today", "the lazy story"),
        ("eating in the drak, phone torch only", "eating in the dark"),
        # A prefix that makes the verb more: "overspending" is spending.
        ("overspending money online again, three parcels", "spending money online"),
        ("overspent online on shoes, money gone", "spending money online"),
    ],
)
def test_the_doing_is_met(text: str, label: str) -> None:
    assert label in tagged(text)


def test_what_a_when_says_happens_is_the_moment() -> None:
    # "shutting down when mum calls": her call is the moment, whatever the client did.
    cues = [Cue("shutting down when mum calls"), Cue("staring at the liquor store")]
    assert CueMatcher(cues).match("my mum called and we had a lovely chat") == (
        "shutting down when mum calls",
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The place or object doing something itself, without the client's doing.
        ("the liquor store back home got robbed, on the news", "staring at the liquor store"),
        ("my manager's messages were about the release", "ignoring my manager's messages"),
        # A verb of many senses said as a thing names no one doing: "a call" is any call.
        ("got another call from the bank about my card", "leaving the call early"),
        # The act's word as a thing, or someone else's act.
        ("the big fight on sky last night was brutal", "fighting with my father"),
        ("my sister had another fight with her boyfriend", "fighting with my father"),
        # A prefixed word that is a word of its own, or a name: "overtime", "overwatch".
        ("overtime again, money online came through", "spending money online"),
    ],
)
def test_what_is_not_the_doing_is_not_tagged(text: str, label: str) -> None:
    assert label not in tagged(text)


ALONE_CUES = [
    Cue("napping after work"),
    Cue("scrolling in bed"),
    Cue("yelling at the refs"),
    Cue("comparing myself to coursemates"),
    Cue("replaying conversations with my boss"),
    Cue("hiding the basement"),
    Cue("cussing out other drivers"),
    Cue("missing the kids' games"),
]


def tagged_alone(text: str) -> tuple[str, ...]:
    return CueMatcher(ALONE_CUES).match(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The doing alone, by the client, on nothing else: its verb or its noun.
        ("had a nap at 7 and now it's midnight and i'm buzzing", "napping after work"),
        ("scrolled till my eyes hurt with the lights off", "scrolling in bed"),
        ("did a mad scroll when i should've been sleeping, 2am again", "scrolling in bed"),
        ("yelled myself hoarse at the guy in stripes", "yelling at the refs"),
        ("the comparison thing again, tolu got 78 on the mock", "comparing myself to coursemates"),
        ("i compared myself to like every influencer on my fyp", "comparing myself to coursemates"),
    ],
)
def test_the_doing_alone_is_the_cue(text: str, label: str) -> None:
    assert label in tagged_alone(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Done to something else, by someone else, or a verb of many senses.
        ("replayed that song from the car like ten times", "replaying conversations with my boss"),
        ("hid the birthday present for my niece under the bed", "hiding the basement"),
        ("scrolled through old camera roll pics with my mom", "scrolling in bed"),
        ("the preacher cussed out the devil sunday, good sermon", "cussing out other drivers"),
        ("my baby niece naps after lunch like clockwork", "napping after work"),
        ("felt awful all day after i missed her call", "missing the kids' games"),
        # Done to the client, by someone before it, or on someone (an attacker's review)
        ("got yelled at again, third time this week", "yelling at the refs"),
        ("the baby had a nap at 2 so i finally showered", "napping after work"),
        ("compared prices at aldi and lidl", "comparing myself to coursemates"),
        ("i yelled at him for leaving the gate open", "yelling at the refs"),
        ("the coach finally yelled and the lads woke up", "yelling at the refs"),
    ],
)
def test_the_doing_on_something_else_is_not(text: str, label: str) -> None:
    assert label not in tagged_alone(text)


# --- a doing done to a thing: the thing with another doing is not the cue ---------------

DONE_TO_A_THING = [
    Cue("checking the door locks"),
    Cue("replaying conversations from work"),
    Cue("rereading our old texts"),
    Cue("counting the calories in dinner"),
    Cue("staring at the liquor store"),
    Cue("bingeing biscuits at night"),
]


def tagged_done_to_a_thing(text: str) -> tuple[str, ...]:
    return CueMatcher(DONE_TO_A_THING).match(text)


@pytest.mark.parametrize(
    "text",
    [
        "bought new door locks at the hardware shop",
        "lovely conversation with a client at work today",
        "printed our old texts for the wedding book",
        "the calories in dinner were printed on the menu, 640",
    ],
)
def test_the_thing_with_another_doing_is_not_the_cue(text: str) -> None:
    assert tagged_done_to_a_thing(text) == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("checked the door locks three times before bed", "checking the door locks"),
        ("replayed the conversations from work all evening", "replaying conversations from work"),
        ("door locks checked twice, then once more", "checking the door locks"),
        # The doing's noun behind a prefix.
        ("another recheck of the door locks at 2am", "checking the door locks"),
        # The label's thing said as the doing.
        ("calorie counting dinner again, 640", "counting the calories in dinner"),
        # A broader verb of the doing (WordNet's), and the doing after someone is
        # pushed away with a comma (an attacker's review).
        ("ate a whole pack of biscuits at night again", "bingeing biscuits at night"),
        ("blocked her, reread our old texts anyway", "rereading our old texts"),
        # Done at a place: being there is the moment.
        ("parked outside the liquor store for ten minutes", "staring at the liquor store"),
    ],
)
def test_the_doing_said_in_any_form_is_still_the_cue(text: str, label: str) -> None:
    assert label in tagged_done_to_a_thing(text)
