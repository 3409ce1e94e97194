"""Crisis said indirectly, in English: understatement, arrangements, means, places, the body.

Each crisis here names no death outright; each benign text shares its words in
their everyday sense and must stay unflagged.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, detect_crisis

SAID_INDIRECTLY = [
    # Understatement and finality.
    ("honestly i wont be in anyones way for much longer", SUICIDAL_IDEATION),
    ("dont reckon ill make it through the weekend", SUICIDAL_IDEATION),
    ("i cant see myself still here next year", SUICIDAL_IDEATION),
    ("ill be gone before the end of the month so it doesnt matter", SUICIDAL_IDEATION),
    ("if it wasnt for my mum id have been dead years ago", SUICIDAL_IDEATION),
    ("woke up gutted that im still breathing", SUICIDAL_IDEATION),
    ("not trying to be alive any more", SUICIDAL_IDEATION),
    ("giving up on staying alive, its too much", SUICIDAL_IDEATION),
    ("i think im gonna clock out early. like for good", SUICIDAL_IDEATION),
    ("decided to take myself out of the equation", SUICIDAL_IDEATION),
    ("told no one but ive chosen the date", SUICIDAL_IDEATION),
    ("i should have died in that fire", SUICIDAL_IDEATION),
    ("id love to fall asleep and just never wake", SUICIDAL_IDEATION),
    # Arrangements.
    (
        "finished my last will and testament tonight, the house goes to my brother",
        SUICIDAL_IDEATION,
    ),
    ("wrote two letters for my kids and sealed them", SUICIDAL_IDEATION),
    ("my passwords are in a note on the table for whoever finds me", SUICIDAL_IDEATION),
    ("please adopt my rabbits for good, they like carrots", SUICIDAL_IDEATION),
    ("i wont be needing a pension at all", SUICIDAL_IDEATION),
    ("cleared my overdraft so my family isnt left with it", SUICIDAL_IDEATION),
    ("hes been giving away all his records and his bike", SUICIDAL_IDEATION),
    # Means had, and researched.
    ("took my uncles rifle out of the shed last night", SUICIDAL_IDEATION),
    ("keep wanting to turn the knife on myself", SUICIDAL_IDEATION),
    ("gonna off meself tonight", SUICIDAL_IDEATION),
    ("ran a tube from the exhaust into the back seat", SUICIDAL_IDEATION),
    ("how many sertraline would it take", SUICIDAL_IDEATION),
    ("the tablets are lined up on my desk", OVERDOSE),
    ("downed a whole box of my sleeping pills", OVERDOSE),
    ("ate everything from the bathroom cabinet", OVERDOSE),
    # Places and times.
    ("ill walk down on the train tracks at midnight", SUICIDAL_IDEATION),
    ("heading up to the viaduct tonight, alone", SUICIDAL_IDEATION),
    ("sitting on the rooftop right now", SUICIDAL_IDEATION),
    ("gonna wade into the river and never come back", SUICIDAL_IDEATION),
    ("im going to drive into a tree on the way home", SUICIDAL_IDEATION),
    # The body.
    ("burned again last night with a lighter", SELF_HARM),
    ("blood all over my sheets again, had to hide them", SELF_HARM),
    ("ran out of plasters for my wrists", SELF_HARM),
    ("fresh cuts across my hips", SELF_HARM),
    ("etched a word into my forearm", SELF_HARM),
    ("the blade keeps ending up on my thighs", SELF_HARM),
    ("had an sh relapse after a year", SELF_HARM),
    # Goodbyes, passive wishes, someone close.
    ("forgive me for what i am going to do", SUICIDAL_IDEATION),
    ("today is my last day. thank you", SUICIDAL_IDEATION),
    ("if the bus hit me tomorrow id be glad", SUICIDAL_IDEATION),
    ("praying god takes her soon, she says, every day", SUICIDAL_IDEATION),
    ("the family would be better off without him, thats what he says", SUICIDAL_IDEATION),
    ("grandad keeps saying hes ready, talks about joining my nan", SUICIDAL_IDEATION),
]

EVERYDAY = [
    "i wont be around much longer, my shift finishes at 6 because im working late",
    "made a will with our solicitor after the baby was born",
    "wrote letters to my landlord and the council about the damp",
    "my last day at work is friday, new job on monday",
    "i'll be gone by friday for the conference",
    "took my dads rifle to the range for target practice",
    "the power cut again last night",
    "blood all over my sleeve from a nosebleed on the bus",
    "plasters on my arm after the fall off my bike",
    "the knife slipped while chopping onions and caught my thumb",
    "gave away my old clothes to the charity shop",
    "mum finally made a will at the solicitors, shes 80",
    "i thought i was gonna die on that rollercoaster",
    "we had a lecture on self-harm in my nursing course",
    "read about the opioid overdose crisis in the paper",
    "ugh i want to die, i hit reply all on the staff email",
    "asked if i was thinking of ending it and i said no, just tired",
    "i used to think about killing myself but i dont anymore",
    "got new scars on my knee from the bike crash",
    "deleted instagram so nobody has to see my bad photos lol",
    "burned again by the sun today",
    "ill be on the tracks at 9 for the train spotting club",
    "im on the roof right now fixing the gutter",
    "sorry for what im about to do to this pizza",
]


@pytest.mark.parametrize(("text", "category"), SAID_INDIRECTLY)
def test_crisis_said_indirectly_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_of_the_same_words_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_headstone_after_a_goodbye_is_a_goodbye_message() -> None:
    assert detect_crisis("bye all \U0001faa6") is not None
    assert detect_crisis("bye all, see you monday") is None


def test_a_drafted_message_and_no_blame_are_two_kinds_of_goodbye() -> None:
    text = "the email to dad is written. none of this is your fault. ill hit send when im ready"
    assert detect_crisis(text) is not None


def test_a_crisis_line_inside_a_mundane_report_is_found() -> None:
    text = (
        "hoovered the stairs, rang the bank about the card, picked up the kids, "
        "made spaghetti, and the pills are counted out on the dresser for later"
    )
    assert detect_crisis(text) is not None
