"""English crisis triage: the guards read only what they are about.

A negation or another person's name stops at the client's own "i"; "no longer" is over
only when nothing but a recovery follows; a mishap names a trifle; a plan after "kill
myself" voids its everyday exemptions. Each class: wordings that must flag, and
near-misses that must not.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

# A negative word belongs to its own verb; the client's "i" starts another.
NEGATION_OF_ANOTHER_VERB = (
    "i cant sleep i want to die",
    "i dont eat anymore i want to die",
    "nah i really wanna die",
    "i wont lie to you i want to end it all",
    "never mind me i want to kill myself",
    "noo i just want to die",
)
NEGATION_OF_THE_WISH = (
    "i dont think i want to die",
    "i never said i wanted to die",
    "i would never kill myself",
    "no i dont want to die",
)

# The client names a person, then speaks of their own wish.
CLIENT_AFTER_A_PERSON = (
    "since my husband left i want to die",
    "i failed my son i want to die",
    "im an awful sister i wanna die",
    "man i wish i was dead",
    "buried my dad today i want it all to end",
)
A_PERSON_AS_SUBJECT = (
    "my grandad wanted to die at home in his own bed",
    "the old man wanted to die in peace",
)

# "no longer" or "not now" that carries the wish on.
STILL_GOING_ON = (
    "i want to die i no longer feel anything",
    "i want to end it all not now but after the holidays",
    "i wanna die, not now but one day soon",
    "i want to kill myself i no longer have a reason to stay",
)
SAID_TO_BE_OVER = (
    "i used to want to die, no longer thank god",
    "back in school i wanted to die but not anymore, now im doing much better",
    "i wanted to die last spring, no longer, im proud of how far ive come",
)

# Shame done to the client, or loss, next to words a mishap would use.
SHAME_OR_LOSS = (
    "they shared my nudes in the group chat i want to die",
    "everyone laughed at me in front of the class today i want to die",
    "i got outed at work and its so awkward i want to die",
    "my dog died in front of me i want to die",
)
A_REAL_MISHAP = (
    "i spilled wine on my date i want to die",
    "my mic was on during the whole call i want to die",
    "autocorrect changed my message to my boss i want to die lol",
)

# Purposes and moments that make "kill/cut/burn myself" a plan.
A_PLAN_AFTER_THE_ACT = (
    "i want to kill myself to make all this stop for good",
    "im going to kill myself at work tonight when no one is around",
    "i burn myself with the lighter every night",
    "i cut myself on my leg again",
    "i scratched myself on the back of my arm to feel something",
)
AN_EVERYDAY_TASK = (
    "im killing myself to meet this deadline",
    "killing myself trying to get in shape for the wedding",
    "burned myself on the oven tray making dinner",
    "cut myself on a piece of glass in the kitchen",
)


@pytest.mark.parametrize(
    "text",
    (
        *NEGATION_OF_ANOTHER_VERB,
        *CLIENT_AFTER_A_PERSON,
        *STILL_GOING_ON,
        *SHAME_OR_LOSS,
        *A_PLAN_AFTER_THE_ACT,
    ),
)
def test_the_clients_own_wish_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    (
        *NEGATION_OF_THE_WISH,
        *A_PERSON_AS_SUBJECT,
        *SAID_TO_BE_OVER,
        *A_REAL_MISHAP,
        *AN_EVERYDAY_TASK,
    ),
)
def test_a_denial_another_person_or_a_trifle_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# Affectionate sign-offs: one kind between them; a goodbye, a note or things given away
# alongside still make a farewell.
EVERYDAY_SIGN_OFFS = (
    "thanks for everything tonight. love you",
    "can you walk my dog tomorrow? thanks for everything",
    "its not your fault the train was late, thanks for trying",
)
FAREWELLS = (
    "thank you for everything. ive written the letters",
    "please look after my cat. this is goodbye",
    "love you forever. i gave away all my stuff to my friends",
)

# An everyday complement after the phrase, shared by every copy of it.
EVERYDAY_COMPLEMENTS = (
    "i dont want to live in this town anymore, the rent is insane",
    "i dont want to live with my flatmates anymore",
    "i cant go on any more roller coasters today",
    "nobody would miss me at the meeting tomorrow",
    "hope i dont wake up before ten tomorrow, so tired",
    "i took all my meds with dinner like the doctor said",
    "collecting my pills from the chemist after work",
    "i hang myself upside down from the pull up bar",
    "ending it all with a party at the club",
    "nearly killed myself slipping on the ice this morning",
    "she'll kill herself laughing at this video",
    "no point in going on a trip if it pours all week",
)
THE_PHRASE_STILL_MEANT = (
    "i dont want to live in this world anymore",
    "i dont want to live like this",
    "i took all my meds at once and i feel sick",
    "nobody would miss me if i was gone",
    "i hope i never wake up",
    "im going to end it all tonight with pills",
    "i see no point in going on like this",
)

# A time gone by and a recovery; a recovery denied stays a wish.
PAST_AND_RECOVERED = (
    "i was suicidal back in college but im in a good place now",
    "i wanted to die as a teenager and now im grateful to be alive",
)
PAST_BUT_NOT_RECOVERED = (
    "i was suicidal in college and im not better",
    "i wanted to kill myself years ago and im still struggling with it",
)

# Hyperbole over a chore or a misdirected message; absent urges.
A_CHORE_OR_A_SLIP = (
    "kms this chem homework is endless",
    "i want to die i texted a meme meant for my sister to my manager",
    "didnt have one urge to self harm all month",
)
NOT_A_CHORE = (
    "kms i cant do this anymore",
    "kms tonight for real",
)


@pytest.mark.parametrize(
    "text",
    (*FAREWELLS, *THE_PHRASE_STILL_MEANT, *PAST_BUT_NOT_RECOVERED, *NOT_A_CHORE),
)
def test_a_farewell_or_a_phrase_still_meant_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    (*EVERYDAY_SIGN_OFFS, *EVERYDAY_COMPLEMENTS, *PAST_AND_RECOVERED, *A_CHORE_OR_A_SLIP),
)
def test_an_everyday_sense_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# The will to live lost, said with a negation that is the crisis itself.
WILL_TO_LIVE_LOST = (
    "ive lost all motivation to keep living",
    "zero desire to stay alive",
    "i have no intention of being here much longer",
    "why am i still breathing",
    "i need this pain to end for good",
    "been stockpiling my ambien for weeks",
)
A_WILL_ELSEWHERE = (
    "i have no desire to live in the suburbs",
    "no plans to be here next year, my lease ends in may",
    "zero motivation to go to the gym",
    "saved up for a holiday, finally",
)


@pytest.mark.parametrize("text", WILL_TO_LIVE_LOST)
def test_a_will_to_live_lost_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", A_WILL_ELSEWHERE)
def test_a_will_about_a_place_or_a_task_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# Study, professional work and other people's acts.
STUDY_WORK_OR_OTHERS = (
    "learning about overdose signs in my first aid course",
    "naloxone kits and overdose reversal training this afternoon",
    "a patient of mine brought up suicide in group today",
    "the girl who jumped off the bridge in the film was so sad",
    "wrapping up the night and ending it all with karaoke at the bar",
)
STILL_THE_CLIENT = (
    "im the one who wants to jump off the bridge",
    "i overdosed on my meds last night",
    "im going to end it all tonight, i have a note ready",
)


@pytest.mark.parametrize("text", STILL_THE_CLIENT)
def test_the_client_acting_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", STUDY_WORK_OR_OTHERS)
def test_study_work_or_another_persons_act_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# A goodbye with a move, a trip or the next meeting after it.
EVERYDAY_PARTINGS = (
    "goodbye everyone, off to lisbon for a month! love you all",
    "bye all, see you at school. love you",
    "logging off, goodbye cruel world, talk tomorrow",
)
PARTINGS_WITHOUT_A_RETURN = (
    "goodbye everyone, im moving on from this world. love you all",
    "goodbye cruel world",
    "bye everyone. thank you for everything",
)


@pytest.mark.parametrize("text", PARTINGS_WITHOUT_A_RETURN)
def test_a_parting_without_a_return_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", EVERYDAY_PARTINGS)
def test_a_parting_with_a_return_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# "im literally going to die" waiting on someone else's doing: hyperbole.
LITERALLY_WAITING_ON_A_TRIFLE = (
    "if my sister eats my leftovers again im literally gonna die",
    "if the bus is late one more time im literally about to die",
)
GOING_TO_DIE_MEANT = (
    "if nothing changes im literally going to die",
    "if i have to live like this im literally going to die",
    "im literally going to die tonight",
)


@pytest.mark.parametrize("text", GOING_TO_DIE_MEANT)
def test_going_to_die_meant_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", LITERALLY_WAITING_ON_A_TRIFLE)
def test_literally_going_to_die_over_a_trifle_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# An urge met with a coping skill or not acted on, and one acted on.
AN_URGE_MET_WITH_A_SKILL = (
    "i had the urge to burn last night but i used my distraction box",
    "wanted to cut after school but i texted my sister instead",
    "felt the urge to self harm earlier but i did the breathing exercise",
)
AN_URGE_ACTED_ON = (
    "i want to cut so badly but i did it anyway",
    "had an urge to cut and i did",
)


@pytest.mark.parametrize("text", AN_URGE_ACTED_ON)
def test_an_urge_acted_on_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", AN_URGE_MET_WITH_A_SKILL)
def test_an_urge_met_with_a_skill_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# A form's label answered no, and one answered yes or carried on.
LABELS_ANSWERED_NO = (
    "suicidal ideation: denies. sleep: poor",
    "self harm urges: nil",
    "item 9, better off dead: not at all",
)
LABELS_ANSWERED_OR_CARRIED_ON = (
    "self harm: yes, last night",
    "suicidal thoughts never stop",
    "i feel suicidal no one cares",
)


@pytest.mark.parametrize("text", LABELS_ANSWERED_OR_CARRIED_ON)
def test_a_label_answered_yes_or_carried_on_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", LABELS_ANSWERED_NO)
def test_a_label_answered_no_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
