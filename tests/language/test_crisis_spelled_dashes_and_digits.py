"""A crisis spelled out with dashes or with its words' letters in Spanish forms the word
lists hold only as forms of others, and leet with lone digits for words."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "m e v o y a t o m a r t o d a s l a s p a s t i l l a s",
        "m-e- -v-o-y- -a- -t-o-m-a-r- -t-o-d-a-s- -l-a-s- -p-a-s-t-i-l-l-a-s",
        "m e j o r m e m u e r o",
        "v-o-y- -a- -c-o-l-g-a-r-m-e",
        "m e v o y a t i r a r d e l p u e n t e",
        "y a e s c r i b i m i c a r t a d e d e s p e d i d a",
        "h-o-y- -m-e- -m-a-t-o",
        "i- -w-a-n-t- -t-o- -d-i-e",
        "i d o n ' t w a n t t o l i v e a n y m o r e",
        "b-e-t-t-e-r- -o-f-f- -d-e-a-d",
        # Lone digits for words, in a message whose other words are written with digits.
        "1 w4nt t0 3nd 1t 4ll",
        "1 b0ught 4 r0p3",
        "m3 v0y 4 t1r4r d3l pu3nt3",
        "m3 v0y 4 p3g4r un t1r0",
    ],
)
def test_a_crisis_spelled_out_or_in_digits_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "s o o o b o r e d",
        "t-o-d-a-s- -l-a-s- -t-a-r-d-e-s- -i-g-u-a-l",
        "m e v o y a l a p l a y a",
        "call 1-800-555-0199 for the pharmacy",
        "tomé 4 pastillas para el dolor como dijo el doctor",
        "t0m3 4 pastillas para el dolor",
        "b0ught 4 ropes for the b0at",
        "my son spelled c-a-t-s-a-n-d-d-o-g-s in school",
    ],
)
def test_everyday_spelling_and_numbers_are_not(text: str) -> None:
    assert detect_crisis(text) is None
