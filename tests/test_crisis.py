"""Crisis triage: every clear statement flagged, everyday hyperbole left alone."""

import pytest

from shared.crisis import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, CrisisSignal, detect_crisis

SUICIDAL = [
    "i just want it all to end",
    "I wish I wasn't alive",
    "nobody would miss me if I was gone",
    "I'm done with life",
    "i can't go on anymore",
    "i want to not exist",
    "I want to die",
    "i want to die without her",
    "wanna die tbh",
    "been thinking about killing myself",
    "honestly thinking of ending it all",
    "I'm going to kill myself",
    "i just want to end it all",
    "i want to end my life",
    "everyone would be better off if i was dead",
    "kids would be better off without me",
    "better off dead",
    "there's no reason to live",
    "nothing to live for anymore",
    "I don't want to be here anymore",
    "dont want to be here any more",
    "dont want to live like this anymore",
    "I dont wanna live",
    "feeling suicidal again",
    "SUICIDAL.",
    "i want to disappear forever",
    "cant sleep. kms",
    "i wish i could go to sleep and never wake up",
    "i wish i was dead",
    "thinking about jumping in front of the train",
    "want to throw myself off a bridge",
    "life isn't worth living",
    "I’ve been planning my suicide",  # curly apostrophe
    "considering suicide",
    "wish i'd never been born",
    "no point in living",
]

SELF_HARMING = [
    "i cut myself again last night",
    "cutting again",
    "started cutting again",
    "I hurt myself again tonight",
    "i keep hurting myself when the kids are asleep",
    "burned myself with a lighter on purpose",
    "self harmed last night",
    "the urge to self-harm is bad",
    "slit my wrists",
]

OVERDOSING = [
    "took all my pills tonight",
    "took a whole bottle of paracetamol",
    "swallowed a bottle of something from the cabinet",
    "i OD'd last night",
    "I ODed",
    "thinking about taking an overdose",
    "I overdosed",
    "been stockpiling my meds",
    "took too many sleeping pills on purpose",
]

BENIGN = [
    "I want this meeting to end",
    "I wish the week was over",
    "tired of living in this city",
    "nobody would notice if I left early",
    "can't go on like this with the foreman",
    "my mum wants it all to end",
    "this traffic is killing me lol",
    "the traffic is killing me lol",
    "this deadline is killing me lol, 8/10",
    "I could kill for a coffee",
    "i could kill for a beer after that shift",
    "my feet are killing me",
    "dying to see the new film",
    "I nearly died laughing",
    "killed it at the presentation",
    "the deadline is going to kill me",
    "my phone died",
    "I cut myself a slice of cake",
    "cut myself shaving, rushed",
    "burnt myself on the oven making tea",
    "I hurt myself at the gym so no run today",
    "thought i was going to die on the train, heart pounding",
    "felt like i was dying on the train",
    "im not suicidal, just exhausted",
    "i am not suicidal",
    "never had suicidal thoughts",
    "mum wanted to die at home and she did, at peace",
    "i could have died of embarrassment",
    "overdosed on chocolate last night lol",
    "odd day, felt off",
    "that was odd",
    "took my pills this morning like normal",
    "forgot to take my meds",
    "took the whole day off",
    "cut the call short",
    "ending things with him was right",
    "the end of my rope with this job",
    "i could murder a pint",
    "i'm so dead tired",
    "dead tired after work",
    "I really don't want to die, I was just panicking",
    "wanted to jump off the train a stop early",
    "cutting back on sugar",
    "the old me wanted to die, not anymore",
    "",
]


@pytest.mark.parametrize("text", SUICIDAL)
def test_it_flags_suicidal_ideation(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(SUICIDAL_IDEATION)


@pytest.mark.parametrize("text", SELF_HARMING)
def test_it_flags_self_harm(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category in {SELF_HARM, SUICIDAL_IDEATION}


@pytest.mark.parametrize("text", OVERDOSING)
def test_it_flags_overdose(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(OVERDOSE)


@pytest.mark.parametrize("text", BENIGN)
def test_it_leaves_hyperbole_and_everyday_speech_alone(text: str) -> None:
    assert detect_crisis(text) is None


def test_signal_holds_only_a_category_that_is_safe_to_log() -> None:
    signal = detect_crisis("I want to die, call me on 07700 900123")
    assert signal is not None
    assert "07700" not in repr(signal)
    assert repr(signal) == "CrisisSignal(category='suicidal_ideation')"


def test_a_crisis_buried_in_a_long_message_is_found() -> None:
    text = "chest tight before the meeting, 7/10. " * 20 + "honestly i want to die"
    assert detect_crisis(text) is not None
