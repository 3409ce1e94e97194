"""English crisis said by its signs: kinds of saying, each tried on new wordings.

None of these texts is in a tagging set: each crisis is a kind of saying written
again in other words (other verbs, tenses, slang, British and American forms), and
each benign text shares the kind's words in their everyday sense.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, detect_crisis

SIGNS_OF_CRISIS = [
    # The others relieved of the client.
    ("dont worry, you wont need to worry about me after this month", SUICIDAL_IDEATION),
    ("mum won't have to look after me much longer", SUICIDAL_IDEATION),
    ("soon i'll stop being your problem for good", SUICIDAL_IDEATION),
    ("everyone will soon be rid of me", SUICIDAL_IDEATION),
    ("they wont have to put up w me for much longer", SUICIDAL_IDEATION),
    ("i wont be a nuisance to anyone after next week", SUICIDAL_IDEATION),
    # A date or an occasion not lived to.
    ("i won't be here for my birthday in may", SUICIDAL_IDEATION),
    ("not going to be around when the baby arrives", SUICIDAL_IDEATION),
    ("i don't expect to see another christmas", SUICIDAL_IDEATION),
    ("can't guarantee i'll still be here tomorrow", SUICIDAL_IDEATION),
    ("im not making it through this winter", SUICIDAL_IDEATION),
    # A last time.
    ("kissed the dog goodbye like it was the last time, because it will be", SUICIDAL_IDEATION),
    ("this is the last time you'll ever hear from me", SUICIDAL_IDEATION),
    ("you will never see me again", SUICIDAL_IDEATION),
    # God asked, the body or the journey wished to end it.
    ("lord just take me, i'm so tired", SUICIDAL_IDEATION),
    ("she keeps begging god to take her", SUICIDAL_IDEATION),
    ("i pray my heart just stops tonight", SUICIDAL_IDEATION),
    ("kinda hoping the ferry goes down", SUICIDAL_IDEATION),
    # Sleep that does not end, breathing not wanted.
    ("want to close my eyes and never open them again", SUICIDAL_IDEATION),
    ("dont want to see another sunrise", SUICIDAL_IDEATION),
    ("i just want to sleep and stay that way", SUICIDAL_IDEATION),
    ("cant be arsed with living anymore", SUICIDAL_IDEATION),
    ("i hope i just dont wake up tomorrow", SUICIDAL_IDEATION),
    ("should have stayed in the river that night", SUICIDAL_IDEATION),
    ("if i wasnt around they would all be happier", SUICIDAL_IDEATION),
    ("life insurance would cover the mortgage so my kids get something", SUICIDAL_IDEATION),
    # The means placed and ready.
    ("the noose is already up in the garage", SUICIDAL_IDEATION),
    ("my belt is tied to the banister", SUICIDAL_IDEATION),
    ("the tablets are in my bedside drawer for later tonight", OVERDOSE),
    ("his rifle is loaded and on my bed", SUICIDAL_IDEATION),
    ("keep staring at my dads pistol every night", SUICIDAL_IDEATION),
    ("running a bath with a stanley knife on the side", SELF_HARM),
    ("been holding a blade for hours", SELF_HARM),
    ("i dont trust myself around the pills tonight", SELF_HARM),
    ("put a disposable bbq in my bedroom and shut the window", SUICIDAL_IDEATION),
    ("left the engine running till i passed out", SUICIDAL_IDEATION),
    ("got some rat poison and we dont have rats", SUICIDAL_IDEATION),
    ("a full bottle of gin with a box of co codamol", OVERDOSE),
    # The research and the place.
    ("googled the quickest way to die", SUICIDAL_IDEATION),
    ("searched painless ways to kill yourself", SUICIDAL_IDEATION),
    ("how far a drop needs to be, i looked it up", SUICIDAL_IDEATION),
    ("stood on the balcony rail for an hour looking down", SUICIDAL_IDEATION),
    ("keep thinking about the fall from the multi storey", SUICIDAL_IDEATION),
    ("tomorrow morning im driving to the cliffs", SUICIDAL_IDEATION),
    ("on my way to the viaduct now", SUICIDAL_IDEATION),
    ("i already chose the place", SUICIDAL_IDEATION),
    ("ill walk into the waves and keep swimming out", SUICIDAL_IDEATION),
    ("picture letting go of the steering wheel on the motorway", SUICIDAL_IDEATION),
    # Understatement and slang.
    ("left her my watch, something to remember me by", SUICIDAL_IDEATION),
    ("might take a permanent holiday from everything", SUICIDAL_IDEATION),
    ("dont want to be here anymore, and i mean here as in alive", SUICIDAL_IDEATION),
    ("sick of being such a burden", SUICIDAL_IDEATION),
    ("ion wanna be here no more", SUICIDAL_IDEATION),
    ("boutta end it fr", SUICIDAL_IDEATION),
    ("mi waan die", SUICIDAL_IDEATION),
    ("went for a ride tonight, not the fun kind", SUICIDAL_IDEATION),
    ("miss her every day, im ready to go and join her", SUICIDAL_IDEATION),
    ("so done with living, like genuinely", SUICIDAL_IDEATION),
    # Someone close.
    ("my sister says she's done with life", SUICIDAL_IDEATION),
    ("my boy told me he hopes he never wakes up", SUICIDAL_IDEATION),
    ("my dad keeps saying wed all be better off without him", SUICIDAL_IDEATION),
    ("my gran says she'll be gone soon and gave away her rings", SUICIDAL_IDEATION),
    ("found my flatmates search history, how to hang yourself", SUICIDAL_IDEATION),
    ("my aunt is hoarding her sleeping tablets", OVERDOSE),
]

# Two signs in one message: each alone is everyday speech.
TWO_SIGNS = [
    "deactivated my facebook. sent my pin numbers to my sister",
    "made my will last week. everything's sorted before i go.",
    "please rehome rex for good. told everyone im going travelling, im not",
    "the belt's in my wardrobe. decided.",
    "if i don't reply by monday, dont come looking for me",
    "put all my affairs in order. thank you for everything you did",
    "counted them out again. enough to not wake up",
    "the freight trains fly through at night. how easy it would be.",
    "tried last summer. the urges are back",
    "im not being dramatic. i took the tablets.",
    "my brother's phone is off and i dont know where he went, his last message was goodbye",
]

EVERYDAY = [
    # A date away, a job ending, a plan with friends.
    "i won't be around for christmas, we're visiting my in laws in leeds",
    "not making it through this week without coffee",
    "i won't be here for the weekend, off to my sisters",
    "wont be around for the meeting on friday, dentist",
    # Last times, God and the body in their everyday sense.
    "hugged grandad like it was the last time because it might be, he's very ill",
    "god take me back to the summer holidays",
    "hope my knee doesnt give out on this hike",
    "want to fall asleep and stay asleep all night for once",
    # Means and places in everyday use.
    "the rope is tied to the boat, all set for sailing",
    "the cord is fixed now, the lamp works",
    "the pharmacy texted, my pills are ready",
    "my meds are in the cabinet for the night nurse",
    "the nail gun is loaded, starting the deck",
    "bath and a razor to shave my legs before the wedding",
    "holding the knife right now while cooking so typing one handed",
    "left the engine running till the windscreen defrosted",
    "bought antifreeze yesterday, winters coming",
    "googled how to kill weeds in the patio",
    "googled how to hang shelves without a drill",
    "looked up how to die my hair purple",
    "sat on the edge of the bed for ages this morning",
    "saturday im going to the bridge club with mum",
    "tomorrow im walking to the bridge to meet sam",
    "heading to the tracks now for the train spotting meet",
    "got my niece a bracelet, something to remember me by while im in australia",
    "got a permanent fix for the damp in the bathroom",
    "if i was gone for a week the office would be fine",
    "if i wasnt here to cook theyd live on toast",
    "honestly she is better off without him",
    "hell be gone soon, hes moving to york",
    "we want to close the deal and never open that account again",
    # Two weak signs: still everyday.
    "thats the plan! dont tell mum, its a surprise party",
    "im at the beach and my phone is dead",
    "wiped my phone to sell it, wont be needing it anymore",
    "bought three pizzas, should be enough. thats it",
    "said bye to my friends at the station. done.",
    "parked on the top floor of the car park, thats the plan",
]


@pytest.mark.parametrize(("text", "category"), SIGNS_OF_CRISIS)
def test_a_kind_of_saying_said_in_new_words_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category, text


@pytest.mark.parametrize("text", TWO_SIGNS)
def test_two_signs_in_one_message_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_their_everyday_sense_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None, text
