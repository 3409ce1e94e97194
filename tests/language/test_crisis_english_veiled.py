"""English crisis said veiled: each kind of saying tried on wordings of its own.

None of these texts is in a tagging set: each crisis is a kind of saying written
again in other words (other verbs, tenses, slang, contractions with and without
apostrophes, British and American forms), and each benign text shares the kind's
words in their everyday sense.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, detect_crisis

VEILED_CRISES = [
    # An accident wished and welcomed.
    ("if a lorry took me out tomorrow i genuinely wouldnt care", SUICIDAL_IDEATION),
    ("If the train hit me on the way home I really wouldn't be sad", SUICIDAL_IDEATION),
    ("when i cross at the lights i hope the van doesn't brake", SUICIDAL_IDEATION),
    # An illness wished, and dead and buried by then.
    ("honestly hoping i get a brain tumour so it ends", SUICIDAL_IDEATION),
    ("dont bother saving me a seat at xmas, ill be 6 feet under", SUICIDAL_IDEATION),
    ("id much rather be in my grave than go through another winter like this", SUICIDAL_IDEATION),
    # The future refused.
    ("whats the point of revising when i'm checking out before the exams", SUICIDAL_IDEATION),
    ("ive made up my mind that i won't need a future", SUICIDAL_IDEATION),
    ("not going to make it to our anniversary and i'm at peace with that", SUICIDAL_IDEATION),
    ("once my dad dies im going to follow him", SUICIDAL_IDEATION),
    # Slang.
    ("thinking i might just uninstall myself tonight", SUICIDAL_IDEATION),
    ("ready to log off permanently", SUICIDAL_IDEATION),
    ("gonna alt f4 myself", SUICIDAL_IDEATION),
    # The means at hand or taken.
    ("charcoal is under my bed and the bedroom door has tape round it", SUICIDAL_IDEATION),
    ("i swallowed a cup of weed killer an hour ago", SUICIDAL_IDEATION),
    ("four pints on top of all my sertraline and i couldnt care if i wake up", OVERDOSE),
    ("im at the station. not getting on the train, under it", SUICIDAL_IDEATION),
    ("how far does a car need to be going for it to be instant", SUICIDAL_IDEATION),
    ("searched the quickest way to go on my phone last night", SUICIDAL_IDEATION),
    # The place, looking down or stepping off.
    ("up on the multistorey again, been sitting at the edge staring down", SUICIDAL_IDEATION),
    ("on the balcony thinking about leaning over too far", SUICIDAL_IDEATION),
    # Goodbyes written or passed on.
    ("scheduled farewell emails to go out at midnight", SUICIDAL_IDEATION),
    ("that was the last text you will ever get from me", SUICIDAL_IDEATION),
    ("tell my little brother it wasn't his fault", SUICIDAL_IDEATION),
    ("please tell my gran i loved her so much", SUICIDAL_IDEATION),
    ("the spare key is under the mat for whoever finds me", SUICIDAL_IDEATION),
    ("once they find me they'll finally understand", SUICIDAL_IDEATION),
    ("you can cancel my sessions. i won't be around, not anywhere at all", SUICIDAL_IDEATION),
    ("could someone take care of pepper, she only eats the wet food", SUICIDAL_IDEATION),
    ("emailed my sister all of my logins just in case", SUICIDAL_IDEATION),
    ("seeing my niece the last time on sunday, after that im done", SUICIDAL_IDEATION),
    ("set for 4am, thats when i'm finally doing it", SUICIDAL_IDEATION),
    ("my family would be safer with me out of the way", SUICIDAL_IDEATION),
    ("i feel like a millstone round my parents necks", SUICIDAL_IDEATION),
    ("wont be needing these where im headed", SUICIDAL_IDEATION),
    # Plain statements.
    ("so done with existing", SUICIDAL_IDEATION),
    ("necked every one of my tramadol", OVERDOSE),
    ("i keep thinking i could just step out into the traffic", SUICIDAL_IDEATION),
    ("honestly im going to do myself in", SUICIDAL_IDEATION),
    ("i just cannot be here any longer", SUICIDAL_IDEATION),
    ("theres no escape for me other than death", SUICIDAL_IDEATION),
    ("the motor's running and the garage door is shut", SUICIDAL_IDEATION),
    ("thats the end of the road for me", SUICIDAL_IDEATION),
    ("been burning myself again since christmas", SELF_HARM),
    ("since he died i want to go and be with him", SUICIDAL_IDEATION),
    ("i don't have a single reason to keep going", SUICIDAL_IDEATION),
    ("im ending everything this friday", SUICIDAL_IDEATION),
    ("wouldn't swear i'll still be alive by monday", SUICIDAL_IDEATION),
    ("gave away all my games because i wont need them", SUICIDAL_IDEATION),
    ("i hurt myself on purpose last night", SELF_HARM),
    ("cut myself a few times before bed", SELF_HARM),
    ("im gonna jump tonight from the car park", SUICIDAL_IDEATION),
    # Someone close.
    ("my husband rang me from the cliffs saying he loved me", SUICIDAL_IDEATION),
    ("found dads oxycodone stashed behind the boiler", OVERDOSE),
    ("my sister gave her records and her guitar away and posted goodbye", SUICIDAL_IDEATION),
    ("nan says she is ready to meet grandad", SUICIDAL_IDEATION),
    ("my boyfriend says the baby would be better off raised by someone else", SUICIDAL_IDEATION),
    ("she told me she won't be here for our anniversary", SUICIDAL_IDEATION),
]

VEILED_SIGNS = [
    # Two signs in a message.
    ("Im sorry. i cant anymore. bye everyone", SUICIDAL_IDEATION),
    ("not afraid of death anymore. ready to go now", SUICIDAL_IDEATION),
    ("my cousin put on his story been nice knowing you all. phones off", SUICIDAL_IDEATION),
    ("how much paracetamol would be fatal? genuinely asking", SUICIDAL_IDEATION),
    ("please don't tell anyone. ive already got the tablets", SUICIDAL_IDEATION),
    ("done. so sorry.", SUICIDAL_IDEATION),
]

EVERYDAY = [
    # Accidents, illness, the ground, in their everyday sense.
    ("if a bus hit me i wouldnt get to work on time anyway lol", None),
    ("i hope the bus doesnt stop at every single stop today", None),
    ("wish i had cancer research funding for my phd", None),
    ("by the time they fix this road ill be six feet under", None),
    ("checking out of the hotel next week", None),
    ("logging off for good from twitter", None),
    ("delete myself from the group chat please", None),
    ("charcoal for the bbq is in the car", None),
    ("activated charcoal face mask in the bathroom tonight", None),
    ("the dog drank some antifreeze, vet says hes fine", None),
    ("had a glass of wine with my antibiotics, oops", None),
    ("on the bridge looking down at the boats, gorgeous sunset", None),
    ("writing goodbye messages to the team for my leaving do", None),
    ("this is the final email you will get from me before the holidays", None),
    ("tell my mum it wasn't her fault the cake burned", None),
    ("please look after biscuit while im away this weekend, she eats at 6", None),
    ("sent my wife the netflix password", None),
    ("saw the old house one last time before the sale, then lunch", None),
    ("i dont see any reason to keep going with this course", None),
    ("ending it with him this weekend, wish me luck", None),
    ("not gonna make it to my birthday party, working late", None),
    ("kids would be better off with someone else driving them to football", None),
    ("im done living in this flat, moving next month", None),
    ("tired of being here in this office all day", None),
    ("popped all my pills into the weekly box", None),
    ("i cant be here anymore at this job", None),
    ("cutting my hair short again, been cutting it myself since lockdown", None),
    ("i cut myself on a can opening the beans", None),
    ("jumping in the pool again tomorrow", None),
    ("i jump at the chance to help", None),
    ("after the funeral im going to join them at the pub", None),
    ("cant promise ill be on time, traffic is awful", None),
    ("the urge to hurt myself didnt come up at all this week", None),
    ("my doctor asked if i had thoughts of harming myself and i said no", None),
    ("counted my tablets into the pill box for the week", None),
    ("giving away my old furniture to my sister when i move", None),
    ("the lawyer updated the will today", None),
]


@pytest.mark.parametrize(("text", "category"), VEILED_CRISES + VEILED_SIGNS)
def test_veiled_crisis_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category, text


@pytest.mark.parametrize(("text", "category"), EVERYDAY)
def test_everyday_sense_is_not_flagged(text: str, category: None) -> None:
    assert detect_crisis(text) is None, text


# A review's probes: crises an exemption or a missing kind let through, and everyday
# texts the readings flagged. Left alone: "i'm going to go join my brother tonight" and
# "this is goodbye" (nothing in them says more than a plan or a farewell), "made a will
# today. done." and a funeral playlist said with a laugh (a laugh excuses no plan).
REVIEWED_CRISES = [
    "i cut myself on purpose",
    "i hurt myself on purpose again tonight",
    "i've hurt myself on purpose",
    "i burned myself on purpose with a lighter",
    "i've been starving myself on purpose",
    "i cut myself on my wrist",
    "i keep cutting myself on my legs so no one sees",
    "i hurt myself on my thighs again",
    "i cut myself a lot last night",
    "i cut myself a few times tonight",
    "i've been cutting myself a lot lately",
    "i hit myself a lot when i'm angry",
    "i'm going to jump tonight",
    "im gonna jump tonight",
    "i'm going to jump tomorrow",
    "i'm going to jump tonight from the 9th floor",
    "thinking about how easy it would be to jump today",
    "i want to jump again",
    "i want to jump asap",
    "i'm going to jump anyway",
    "im gonna jump at midnight",
    "i'm going to jump in a minute",
    "i'm ready to jump, my mind is made up",
    "i want to jump, the pain is too much",
    "i'm on the roof of my building and i'm going to jump, the view is nice at least",
    "i'm done living",
    "popped all my xanax",
    "i'm going to walk into traffic",
    "i'm going to do myself in",
    "i can't be here anymore",
    "i'm tired of being here",
    "i dont see a way out except dying",
    "sitting in the car with the engine running in the closed garage",
    "goodbye everyone, i love you, this is the end for me",
    "i've been cutting since the holidays and it's getting deeper",
    "i keep cutting, i can't stop",
    "i keep cutting and it's getting worse",
    "after the funeral i'm going to join him",
    "standing on the ledge",
    "i can't promise i'll be safe because i've got the pills in my room",
    "i can't promise i'll be safe as i have pills",
    "won't see the sun come up tomorrow because i'll be gone",
    "don't expect to see my birthday because there's no point anymore",
    "won't be around for christmas, working on the rope now",
    "you won't have to worry about me much longer, i'm going for good",
    "giving my dog to my sister for good because i won't be here",
    "ive started giving my stuff away because i won't need it",
    "i spilled coffee and honestly i want to die, everything is too much, i can't keep going",
    "i keep cutting, it's like a joke at this point",
]

REVIEWED_EVERYDAY = [
    "Sorted out who gets my grandma's china with my cousins after her funeral.",
    "Everything goes to my wife, the lawyer finished the will today, felt responsible.",
    "Updating my will and beneficiaries since the baby was born.",
    "Life insurance pays out after two years, the agent explained it.",
    "Dad's rifle is out on the table, he's cleaning it before deer season.",
    "Writing a letter to each of my kids for their first day of school.",
    "If you're reading this, I'm already gone on holiday, back on Monday.",
    "Won't see the sun come up tomorrow, it's going to rain all day.",
    "Won't be here come spring, we're moving to Arizona!",
    "Don't think I'll see my next birthday party in the office, I'm leaving in March.",
    "Nobody will have to worry about me after this weekend, I'm finally done with the exams.",
    "I've decided I'm going to do it on Friday: ask her out.",
    "I want it to be over for good, this renovation has taken a year.",
    "I'd rather not be alive at 6am on a Monday lol.",
    "Can't wait to not exist for two weeks on a beach with no phone.",
    "Went to a&e, I took too much ibuprofen for my back, they said I'm fine.",
    "There's blood everywhere and I can't stop it, nosebleed from the dry air.",
    "Jumping in front of the 8:15 was the only way to get a seat, so crowded.",
    "I'm not safe right now driving in this snow, pulling over.",
    "Put my goodbye letters in the post for my coworkers since I'm leaving the company.",
    "Stood on the platform edge for ages waiting for the express, it was late again.",
    "The blade is next to me, I'm shaving.",
    "Hid the razors in the cabinet so my toddler can't reach them.",
    "Which tablets would do it for a migraine? Asking my pharmacist tomorrow.",
    "Looked up how high a fall has to be to hurt a cat, because ours fell off the balcony, "
    "she's fine.",
    "Thinking about letting go of the wheel and letting my husband drive the long stretch.",
    "Only exit left is the permanent one on the highway, they closed the others for repairs.",
    "I'd be doing everyone a favour by disappearing from the group chat for good.",
    "The hammock rope is already tied in the closet, ready for the camping trip.",
    "We stood on the wrong side of the railing at the zoo and got told off.",
    "Drove to the viaduct again and sat there for an hour birdwatching.",
    "Counting my pills so I don't run out before my next appointment.",
    "I keep counting the pills in my drawer to check the pharmacy didn't short me.",
    "Loaded the shotgun and went duck hunting with dad this morning.",
    "Bought a rope and some tape for the move tomorrow.",
    "Tied a noose knot for my scout badge, the kids loved it.",
    "Jumped off the cliff into the lake at the quarry, cold but fun.",
    "Bungee jumping off the bridge in Queenstown next week!!",
    "The film ended with her jumping off the bridge, I cried for an hour.",
    "Gonna sleep forever after this night shift.",
    "Our hamster died and we buried him in the garden, the kids wrote him a goodbye letter.",
    "Wrote goodbye letters to my old self as an exercise, felt good.",
    "Left a note on the fridge for my husband about dinner.",
    "Saving the pills for the end of the month? No, my insurance only covers 30.",
    "Something to remember me by: I baked my coworker cookies on my last day.",
    "Bye forever, group chat! Jk, just muting it.",
    "Last day at work, said goodbye to everyone, gave away my plants.",
    "Getting my affairs in order for the move abroad, selling the car and giving my plants to mum.",
]


@pytest.mark.parametrize("text", REVIEWED_CRISES)
def test_reviewed_crisis_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize("text", REVIEWED_EVERYDAY)
def test_reviewed_everyday_text_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None, text
