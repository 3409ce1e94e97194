"""Crisis triage: every clear statement flagged, everyday hyperbole left alone."""

import pytest

from shared.language.crisis import (
    OVERDOSE,
    SELF_HARM,
    SUICIDAL_IDEATION,
    CrisisSignal,
    detect_crisis,
)
from tests.support.paths import TESTS
from tests.support.tagging import evaluate_crisis, read_jsonl

DATA = TESTS / "data" / "tagging"

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
    # A treat named beside the pills is no joke.
    "took 40 caffeine pills, caffeine overdose i guess",
    "planning an overdose of sleeping pills",
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
    "an overdose of espresso before the exam, my heart is racing",
    "sugar overdose at the birthday party, the kids are bouncing off the walls",
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


def test_signal_holds_only_a_category_and_a_language_that_are_safe_to_log() -> None:
    signal = detect_crisis("I want to die, call me on 07700 900123")
    assert signal is not None
    assert "07700" not in repr(signal)
    assert repr(signal) == "CrisisSignal(category='suicidal_ideation', language='en')"


def test_a_crisis_buried_in_a_long_message_is_found() -> None:
    text = "chest tight before the meeting, 7/10. " * 20 + "honestly i want to die"
    assert detect_crisis(text) is not None


# --- regression classes: each was missed, or falsely flagged, before ---------

HOMOGLYPHS = [
    "i want to k\u0456ll myself",  # Cyrillic i
    "thinking about \u0455uicide",  # Cyrillic s
    "going to \u0435nd it all tonight",  # Cyrillic e
    "took an \u03bfverdose",  # Greek omicron
    "\uff4b\uff49\uff4c\uff4c \uff4d\uff59\uff53\uff45\uff4c\uff46",  # full-width
    "I WANT TO DI\u0415",  # Cyrillic capital E
]
INVISIBLE = [
    "i want to ki\u200bll myself",  # zero-width space
    "sui\u00adcidal",  # soft hyphen
    "going to end\u200d it all",  # zero-width joiner
    "i want to \u200ekill myself",  # left-to-right mark
    "\ufeffwant to die",  # byte-order mark
]
SPELLED_OUT = [
    "i want to k i l l myself",
    "feeling s.u.i.c.i.d.a.l",
    "k-i-l-l myself",
    "kiiilll myself",
    "i want to dieeee",
    "want to k1ll mys3lf",
]
MULTI_SENTENCE = [
    "All good at work. I just don't want to wake up tomorrow.",
    "Nope. Going to end it tonight",
    "No. I want to die",
    "Didn't go to the gym. Want to kill myself honestly",
    "never mind the meeting, i want to die",
    "I can't sleep and I want to die",
]
NEGATED_IN_ITS_OWN_CLAUSE = [
    "haven't had any thoughts of hurting myself since Monday",
    "no thoughts of ending it this week",
    "I would never kill myself, I love my kids too much",
    "don't worry, I'm not going to hurt myself",
]
IDIOMS = [
    "my feet are killing me",
    "I nearly died laughing",
    "this commute is murder",
    "the exam killed me",
    "my boss is gonna kill me if I'm late",
    "laughed so hard I almost died",
    "this heat is killing me \u200b lol",
    "that was too odd, sooo tired",
]


@pytest.mark.parametrize("text", HOMOGLYPHS + INVISIBLE + SPELLED_OUT + MULTI_SENTENCE)
def test_disguised_and_multi_sentence_crises_are_found(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", NEGATED_IN_ITS_OWN_CLAUSE + IDIOMS)
def test_negation_in_its_clause_and_idioms_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_the_held_out_crisis_set_finds_every_crisis_and_no_idiom() -> None:
    scores = evaluate_crisis(read_jsonl(DATA / "crisis_heldout.jsonl"))
    assert scores.missed == 0, scores.errors
    assert sum(scores.false_alarms.values()) == 0, scores.errors
    assert set(scores.expected) >= {"homoglyph", "invisible", "multi_sentence", "spacing"}
    assert scores.benign["idiom"] >= 10


# --- linear time: each of these took seconds (the '#' body 30 s) before -----


@pytest.mark.parametrize(
    "unit",
    ["#", "#a", "a 5 ", "dont want to die ", "overdosed on cake ", "killing me at "],
)
def test_a_20000_character_pathological_body_is_triaged(unit: str) -> None:
    body = (unit * 20_000)[:20_000]
    assert detect_crisis(body) is None
    assert detect_crisis(body + " i want to kill myself") is not None


# --- the English sets hold their figures: no more misses, no new false alarms ---

# Set: (most crises missed, most false alarms in each benign class).
ENGLISH_SET_TARGETS = {
    "crisis_heldout_en2": (0, {}),
    "crisis_heldout_en3": (0, {}),
    "crisis_dev_en": (0, {}),
    # Three hyperboles with a laugh ("kms this group project", "i want to die lol") stay
    # flagged: a laugh never excuses a wish. "i used to want to die every day. not
    # anymore." is said to be over only in the next sentence.
    "crisis_heldout_en4": (0, {"idiom": 3, "negation": 1}),
    # A word spelled with dots between its letters and single spaces between its words.
    "crisis_dev_en2": (1, {}),
    "crisis_dev_en3": (0, {}),
}


@pytest.mark.parametrize("name", sorted(ENGLISH_SET_TARGETS))
def test_each_english_crisis_set_holds_its_figures(name: str) -> None:
    most_missed, most_false = ENGLISH_SET_TARGETS[name]
    scores = evaluate_crisis(read_jsonl(DATA / f"{name}.jsonl"))
    assert scores.missed <= most_missed, scores.errors
    for klass, count in scores.false_alarms.items():
        assert count <= most_false.get(klass, 0), (klass, scores.errors)


def test_everyday_uses_of_crisis_words_raise_no_alarm() -> None:
    scores = evaluate_crisis(read_jsonl(DATA / "crisis_everyday.jsonl"))
    assert sum(scores.false_alarms.values()) == 0, scores.errors
    assert sum(scores.benign.values()) >= 300
