"""How Carryback reads client text for matching: one normaliser for the cue
tagger, the intensity and barrier readers and crisis triage.

Matching never sees the text as typed. Compatibility forms are folded (NFKC:
full-width and mathematical letters become plain ones), invisible format
characters are dropped (soft hyphen, zero-width space and joiner, bidi
marks), letters from other alphabets that look Latin are read as Latin, case
and accents are ignored and apostrophes vanish so "don't" and "dont" are one
word. Everything here is linear in the length of the text: no pattern can
backtrack over client input.

The stored noticing keeps the client's words exactly; these forms are for
matching only.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

# Cyrillic and Greek lower-case letters that pass for Latin ones (after
# casefolding, so capitals are covered too). Only look-alikes: a Cyrillic
# word stays unreadable rather than becoming a plausible English one.
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "с": "c",
        "ԁ": "d",
        "е": "e",
        "ё": "e",
        "һ": "h",
        "н": "h",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "п": "n",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "г": "r",
        "ѕ": "s",
        "т": "t",
        "и": "u",
        "ц": "u",
        "ѵ": "v",
        "ԝ": "w",
        "х": "x",
        "у": "y",
        "ү": "y",
        "ь": "b",
        # Greek
        "α": "a",
        "β": "b",
        "ϲ": "c",
        "δ": "d",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "ϳ": "j",
        "κ": "k",
        "μ": "u",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "σ": "o",
        "ς": "c",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "γ": "y",
        "ω": "w",
        # Latin letters from phonetic and other blocks that NFKC keeps
        "ı": "i",
        "ɑ": "a",
        "ɡ": "g",
        "ʟ": "l",
        "ᴋ": "k",
    }
)
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")


def _drop_format_and_marks(text: str) -> str:
    """Invisible format characters (Cf) and combining marks (accents) removed."""
    return "".join(
        ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )


# The tagger, the intensity and barrier readers and triage each read the same
# noticing: it is folded once.
@functools.lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Casefolded, Latin-only letters, accents, invisibles and apostrophes gone.

    Punctuation and spacing are kept, so sentence and clause boundaries can
    still be read; use :func:`normalise` for plain words.
    """
    if text.isascii():
        return _APOSTROPHES.sub("", text.casefold())
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_CONFUSABLES)
    plain = _drop_format_and_marks(unicodedata.normalize("NFKD", folded))
    return _APOSTROPHES.sub("", plain)


@functools.lru_cache(maxsize=16)
def normalise(text: str) -> str:
    """Words only: :func:`fold`, then everything but letters and digits to single spaces.

    Apostrophes are dropped rather than spaced ("don't" -> "dont", "mum's" ->
    "mums") so that contractions stay one word whichever way the client types them.
    """
    return _NON_WORD.sub(" ", fold(text)).strip()


def squash_spaces(text: str) -> str:
    """Runs of whitespace to one space, ends trimmed."""
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------------------
# Spelled-out evasions: "k i l l", "s.u.i.c.i.d.a.l", "kiiill", "k1ll"

# Three or more single letters in a row, each apart from the next by spaces,
# dots, dashes or stars. Possessive runs: nothing here can backtrack.
_SPELLED = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_*·]++[a-z](?![a-z0-9])){2,}+")
_SPELLING_GAPS = re.compile(r"[ .\-_*·]++")
_LETTER_RUN = re.compile(r"([a-z])\1+")
_STRETCHED = re.compile(r"([a-z])\1\1")
_STRETCHED_RUN = re.compile(r"([a-z])\1\1+")
# The longest word joined from its letters spelled out ("desaparecerme").
_LONGEST_SPELLED_WORD = 15
_LETTERS = re.compile(r"[a-z]+")
# Longer than any word stretched for effect ("noooooooooooooo"): its runs are cut to one.
_LONGEST_WORD_TRIED = 40
# A word stretched in more places than this is cut to one letter in the rest.
_MOST_RUNS_TRIED = 3
# A digit or a sign standing in for a letter inside a word ("k1ll", "su1c1de", "mys3lf",
# "w@nt", "$u!c!de", "mys€lf"), at its start ("$uicide") or its end with a digit among
# them ("d!3"). "!" only inside a word or beside a digit: after a word it ends a sentence.
_LEET_DIGIT = re.compile(
    r"(?<=[a-z])(?:[013457@$€]|!(?=[a-z0-9@$€!]))++(?=[a-z])"
    r"|(?<![a-z0-9@$€!])[013457@$€](?=[a-z][a-z0-9@$€!])"
    r"|(?<=[a-z])(?=[!]*[013457@$€])[013457@$€!]++(?![a-z0-9])"
)
_LEET = str.maketrans("013457@$!€", "oieastasie")


def looks_disguised(folded: str) -> bool:
    """True when :func:`fold`-ed text spells a word out letter by letter,
    stretches a letter ("kiiill") or puts digits for letters ("k1ll")."""
    return bool(_SPELLED.search(folded) or _STRETCHED.search(folded) or _LEET_DIGIT.search(folded))


def undisguise(folded: str) -> str:
    """:func:`fold`-ed text with spelled-out letters joined, digits inside words
    read as letters, and every run of a repeated letter cut to one letter
    ("kiiilll" -> "kil"; compare it with :func:`single_letters` of the word)."""
    joined = _SPELLED.sub(lambda m: _SPELLING_GAPS.sub("", m.group(0)), folded)
    unleeted = _LEET_DIGIT.sub(lambda m: m.group(0).translate(_LEET), joined)
    return single_letters(unleeted)


def unmask(folded: str, is_word: Callable[[str], bool]) -> str:
    """:func:`fold`-ed text with a word spelled out letter by letter joined ("no me b u s
    q u e n"), digits inside words read as letters, and a letter written three times or
    more in a row cut to two letters or one, whichever makes a word ``is_word`` knows (one
    when neither does): "wanttttt" is "want", "goooood" "good", "nottttt" "not"; every
    other letter is kept ("kill" stays "kill")."""
    joined = _SPELLED.sub(lambda m: _one_word_joined(m, is_word), folded)
    unleeted = _LEET_DIGIT.sub(lambda m: m.group(0).translate(_LEET), joined)
    if not _STRETCHED.search(unleeted):
        return unleeted
    return _LETTERS.sub(lambda m: _unstretched(m.group(0), is_word), unleeted)


def _unstretched(word: str, is_word: Callable[[str], bool]) -> str:
    if len(word) > _LONGEST_WORD_TRIED or not _STRETCHED.search(word):
        # No word is this long: a body built to be slow is cut to one letter a run.
        return _STRETCHED_RUN.sub(r"\1", word)
    runs = _STRETCHED_RUN.findall(word)[:_MOST_RUNS_TRIED]
    pieces = _STRETCHED_RUN.split(word)
    # Two letters tried before one in each run: "killlll" is "kill", not "kil".
    for lengths in itertools.product((2, 1), repeat=len(runs)):
        candidate = _with_runs(pieces, lengths)
        if is_word(candidate):
            return candidate
    return _STRETCHED_RUN.sub(r"\1", word)


def _with_runs(pieces: list[str], lengths: tuple[int, ...]) -> str:
    # re.split with one group gives text, letter, text, letter, ..., text; runs past
    # those tried are cut to one letter.
    letters = iter(lengths)
    return "".join(
        piece * next(letters, 1) if index % 2 else piece for index, piece in enumerate(pieces)
    )


def _one_word_joined(spelled: re.Match[str], is_word: Callable[[str], bool]) -> str:
    # A word spelled out is joined; a sentence spelled out whole is left as written, for
    # the readings that find its words again.
    joined = _SPELLING_GAPS.sub("", spelled.group(0))
    if is_word(joined) or len(joined) <= _LONGEST_SPELLED_WORD:
        return joined
    return spelled.group(0)


def single_letters(text: str) -> str:
    """Every run of one repeated letter cut to one letter ("kill" -> "kil")."""
    return _LETTER_RUN.sub(r"\1", text)
