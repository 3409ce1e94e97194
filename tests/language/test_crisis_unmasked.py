"""A disguise read away, every reading of the rules again: a farewell that is a whole
message, a learner's English, a wish said around its verb or pills put by are found
when a word of them is stretched, spelled out or written with digits, as the plainest
crisis words always were; what is no crisis written plainly is none disguised.

shared/language/crisis/__init__.py (``_read_by_rules``, ``_unmasked``) and
shared/language/text.py (``unmask``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules
from shared.language.crisis.spelled import is_a_word
from shared.language.text import fold, unmask


def _in_longest_word(change: Callable[[str], str]) -> Callable[[str], str]:
    def disguise(text: str) -> str:
        longest = max(text.split(), key=len)
        return text.replace(longest, change(longest), 1)

    return disguise


def _digits(word: str) -> str:
    return word[0] + word[1:-1].translate(str.maketrans("aeio", "4310")) + word[-1]


DISGUISES: dict[str, Callable[[str], str]] = {
    "stretched": _in_longest_word(lambda word: word + word[-1] * 4),
    "spelled out": _in_longest_word(lambda word: " ".join(word)),
    "digits for letters": _in_longest_word(_digits),
}

# Each is found as written by a reading other than the plain words' patterns.
CRISES = [
    "no me busquen",
    "perdón por todo",
    "dont look for me",
    "sorry for everything",
    "I want to hurt me",
    "been saving my meds since march",
    "me tragué las pastillas de mi mamá",
    "all I want is to die",
    "lo único que quiero es morir",
    "i feel like dying",
    "estoy cansado de vivir",
]

BENIGN = [
    "me muero de risa",
    "this traffic is killing me",
    "dying to see you",
    "me mata el calor",
    "all I want is to dye my hair",
    "perdón por todo el ruido de anoche",
    "sorry for everything I said at dinner, I was tired",
    "i am not going to hurt myself",
]


@pytest.mark.parametrize("text", CRISES)
def test_each_form_is_a_crisis_as_written(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize("disguise", DISGUISES)
@pytest.mark.parametrize("text", CRISES)
def test_each_form_is_found_disguised(text: str, disguise: str) -> None:
    disguised = DISGUISES[disguise](text)
    assert disguised != text
    assert detect_crisis_by_rules(disguised) is not None, disguised


@pytest.mark.parametrize("disguise", DISGUISES)
@pytest.mark.parametrize("text", BENIGN)
def test_what_is_benign_as_written_is_benign_disguised(text: str, disguise: str) -> None:
    assert detect_crisis_by_rules(text) is None
    assert detect_crisis_by_rules(DISGUISES[disguise](text)) is None


@pytest.mark.parametrize(
    "text",
    [
        # A sentence spelled out whole is read by the readings that find its words
        # again, and they know a denial and a diet.
        "i m n o t g o i n g t o k i l l m y s e l f",
        "i n e e d t o d i e t a f t e r x m a s",
    ],
)
def test_a_sentence_spelled_out_whole_keeps_its_own_reading(text: str) -> None:
    assert detect_crisis_by_rules(text) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("i wanttttt to hurt me", "i want to hurt me"),
        ("so gooooood", "so good"),
        ("im nottttt going", "im not going"),
        ("sooorryyyy", "sorry"),
        ("no me b u s q u e n", "no me busquen"),
        ("been s4v1n my meds", "been savin my meds"),
        # Two of a letter is how words are written: left as it is.
        ("kill all the weeds", "kill all the weeds"),
    ],
)
def test_unmask_reads_the_words_hidden(written: str, read: str) -> None:
    assert unmask(fold(written), is_a_word) == read


def test_a_denial_with_a_stretched_not_is_a_denial() -> None:
    # An attacker's review: the stretched "not" hid the denial from the reading as written.
    assert detect_crisis("I'm nottttt going to hurt myself, promise, just venting") is None
    assert detect_crisis("I'm nottttt going to make it to the party, so sorry") is None
