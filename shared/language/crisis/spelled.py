"""A whole sentence spelled out letter by letter: "i w a n t t o d i e",
"q u i e r o m o r i r m e".

Letters spelled apart are joined before the rules read them (``undisguise``), which
is right for one word ("m o r i r") but runs a whole sentence into one word
("iwanttodie") that no rule reads. A run of spelled letters long enough to hold
several words is split again into the fewest words of either language (the
checked word lists of :mod:`shared.language.wordlists`, with the forms people text
and the few irregular Spanish verbs a crisis is said with), and the message is read
once more with the words apart. Without a list, nothing is split.
"""

from __future__ import annotations

import functools
import itertools
import re

from shared.language.crisis.respell import known_word
from shared.language.wordlists import english_words, spanish_words

# Six letters or more, one space or one dot apart ("i.w.a.n.t.t.o.d.i.e"): shorter runs
# are one word, already joined.
# ... or a dash, the gap between words up to three of them ("m-e- -m-a-t-o", "d o n  t"
# once its apostrophe is gone).
_SPELLED_RUN = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-]{1,3}[a-z](?![a-z0-9])){5,}")
_GAPS = re.compile(r"[ .\-]")
# A run longer than this is split in pieces of this size: a spelled sentence is short,
# and the split's cost grows with the run.
_RUN_PIECE = 160
_LONGEST_WORD = 20
# The commonest short words of both languages: a split into them is likelier than one
# into a rare word of the large list ("to be", not "tobe"; "ya no", not "y ano").
_COMMON = frozenset(
    {
        "i",
        "a",
        "to",
        "be",
        "the",
        "and",
        "my",
        "me",
        "it",
        "is",
        "so",
        "no",
        "not",
        "do",
        "go",
        "in",
        "on",
        "of",
        "at",
        "you",
        "u",
        "im",
        "dont",
        "cant",
        "want",
        "need",
        "just",
        "end",
        "all",
        "now",
        "ya",
        "y",
        "o",
        "e",
        "que",
        "q",
        "de",
        "la",
        "el",
        "en",
        "mi",
        "te",
        "se",
        "lo",
        "un",
        "voy",
        "ir",
        "quiero",
        "mas",
        "yo",
        "tu",
        "esta",
        "este",
        "noche",
        "anoche",
        "hoy",
        "todo",
        "vida",
        "muy",
        "por",
        "para",
        "con",
        "sin",
        # The verbs a Spanish crisis is said with, rare words beside them in the list
        # ("amatar"): "me voy a matar".
        "matar",
        "morir",
        "vivir",
        # ... and the words they are said with that the list holds only as forms of
        # others ("todas" of "todo", "muero" of "morir"): "tomar to das las pastil las"
        # was likelier than "tomar todas las pastillas".
        *("todas", "todos", "las", "los", "pastillas", "muero", "matarme", "morirme"),
        *("colgarme", "cortarme", "ahorcarme", "tirarme", "venas", "despedida", "escribi"),
        *("del", "al", "tirar", "puente"),
        # English crisis words, rare words beside them in the list ("todies", "obad"):
        # "iwanttodiesobad" is "i want to die so bad".
        *("die", "dead", "kill", "myself", "bad", "life", "after"),
        "wanna",
        "gonna",
    }
)
_COMMON_SHARE = 0.6
# What a word known only as a form of a listed word costs beyond a listed one.
_DERIVED_EXTRA = 0.5
# Splits kept per position while splitting, and read per run.
_READINGS = 6
_READ = 3
# Letters of spelled runs read again per message, at most; characters of context read
# either side of a run.
_MOST_LETTERS = 600
_CONTEXT = 40
# One-letter words of either language ("i", "a", "y", "o", "e") and texting's "u", "q".
_ONE_LETTER = frozenset("iayoeuq")
# Words the lists lack: contractions without their apostrophe and texting forms, and
# Spanish verbs the list holds only as infinitives with a stem of their own.
_TEXTED = frozenset(
    {
        "im",
        "ive",
        "ill",
        "id",
        "dont",
        "cant",
        "wont",
        "didnt",
        "wanna",
        "gonna",
        "gotta",
        "ur",
        "tonite",
        "kms",
        "quiero",
        "kiero",
        "qiero",
        "kero",
        "quieres",
        "quiere",
        "voy",
        "vas",
        "va",
        "estoy",
        "soy",
        "puedo",
        "tengo",
        "siento",
        "aguanto",
        "hoy",
        "ya",
        "mas",
        "xq",
        "pq",
        "tmb",
        # Texting's closing words: "yanoquieroviviralv", "iwanttodielol".
        *("alv", "lol", "lmao", "bro", "wey", "jaja", "jajaja", "xd", "rn", "fr", "pls"),
    }
)


def spelled_apart(folded: str) -> tuple[str, ...]:
    """Each long run of spelled letters in ``folded`` split into words and read with a
    few words either side ("no se lo digas a nadie: q u i e r o m o r i r"): the
    likeliest split of each run, and a less likely one where it is plain; none when
    there is no such run (or no list to split it with). Only the runs are read again,
    and only the first _MOST_LETTERS letters of them: a spelled crisis is short, and a
    body spelled out whole would otherwise be read several times over."""
    if english_words() is None and spanish_words() is None:
        return ()
    texts: list[str] = []
    letters = 0
    for run in _SPELLED_RUN.finditer(folded):
        joined = _GAPS.sub("", run.group(0))
        letters += len(joined)
        if letters > _MOST_LETTERS:
            break
        before = folded[max(0, run.start() - _CONTEXT) : run.start()]
        after = folded[run.end() : run.end() + _CONTEXT]
        splits = [_CLITIC_APART.sub(r"\1\3", split) for split in _splits(joined)]
        if not splits:
            continue
        # A less likely split is read too ("me voy a matar" beside "me voy amatar")
        # when its words are plain ones and it keeps every "no" of the likeliest.
        kept = _negations(splits[0])
        read = splits[:1] + [t for t in splits[1:_READ] if _negations(t) >= kept and _plain(t)]
        texts.extend(before + split + after for split in read)
    return tuple(dict.fromkeys(texts))


def run_together(folded: str) -> tuple[str, ...]:
    """``folded`` with each long word that is no word of either language split into
    words ("mequieromatarya" is "me quiero matar ya", "iwanttokillmyself" is "i want to
    kill myself"): the likeliest split of every such word, then the next likeliest ("me
    voy acolgar", then "me voy a colgar"); none when no word was split. A word is split
    only into words of one language, and only the first _MOST_LETTERS letters of such
    words are read: a crisis run together is short."""
    if english_words() is None and spanish_words() is None:
        return ()
    letters = 0
    found: list[tuple[re.Match[str], list[str]]] = []
    for token in _RUN_TOGETHER.finditer(folded):
        word = token.group(0)
        if letters + len(word) > _MOST_LETTERS or known_word(word) or _INFLECTED_ES.search(word):
            continue
        letters += len(word)
        splits = [
            _CLITIC_APART.sub(r"\1\3", split)
            for split in _splits(word)[:_READ]
            if _run_together_words(split)
        ]
        if splits:
            # A less likely split keeps every "no" of the likeliest ("nome quiero morir"
            # is no reading of "nomequieromorir").
            kept = _negations(splits[0])
            found.append((token, [split for split in splits if _negations(split) >= kept]))
    readings = []
    for rank in range(max((len(splits) for _, splits in found), default=0)):
        text, last = [], 0
        for token, splits in found:
            text += [folded[last : token.start()], splits[min(rank, len(splits) - 1)]]
            last = token.end()
        readings.append("".join(text) + folded[last:])
    return tuple(readings)


# A word this long may be several run together; shorter ones are words or typos.
_RUN_TOGETHER = re.compile(r"(?<![a-z0-9])[a-z]{9,}(?![a-z0-9])")
# A Spanish verb's ending the lists may lack on a word of slang ("janguearon",
# "olvidaron"): such a word is one word, not "olvidar on".
_INFLECTED_ES = re.compile(r"(aron|ieron|aban|abamos|amos)$")
# A sentence run together has a word this long ("want", "kill", "matar").
_CONTENT_WORD = 4
# Two words run together are taken only when both are this long ("cut myself", "quiero
# matarme"; not "olvidar on").
_TWO_WORDS_LONGEST = 3


def _run_together_words(split: str) -> bool:
    """True when ``split`` reads as the client's words run together: whole words of one
    language, one of them the client's "i", "me", "quiero"..., and two words only when
    both are long ("me quiero matar ya"; not "cham be and o", "au to correct")."""
    words = split.split()
    if len(words) < 2 or not all(_a_whole_word(w) for w in words):
        return False
    if len(words[-1]) == 1 and words[-1] != "y":
        return False  # "lar guis im o" is "larguisimo": a word ends no split on one letter
    if words[0] not in ("i", "im") and _FIRST_PERSON.isdisjoint(words):
        return False  # "au to correct": a compound the lists lack, not the client's words
    if max(len(w) for w in words) < _CONTENT_WORD:
        return False  # a word the lists lack cut into short ones, not a sentence
    if any(len(a) == 1 and len(b) == 1 for a, b in itertools.pairwise(words)):
        return False  # "a u to correct", "y a no"
    if len(words) == 2 and min(len(w) for w in words) < _TWO_WORDS_LONGEST:
        return False
    return bool(functools.reduce(set.intersection, (_languages_of(w) for w in words)))


# Words run together in a crisis are the client's own: one of these is among them, or
# "i" or "im" leads them ("i want to die"); a lone "i", "im" or "mi" inside is a split's
# slip ("organ i ser", "vita mi nas", "lar guis im o").
_FIRST_PERSON = frozenset(
    {
        *("ive", "ill", "id", "me", "my", "myself", "mine", "wanna", "gonna"),
        *("yo", "conmigo", "voy", "quiero", "tengo", "estoy", "puedo", "aguanto"),
        *("siento", "soy", "matarme", "morirme", "quitarme", "tirarme", "colgarme"),
        *("kiero", "qiero", "kero", "ganas"),
        # ... or the crisis itself: "wanttodie", "betteroffdead", "cutmyself".
        *("want", "die", "dead", "kill", "cut", "hurt", "end", "suicide", "pills"),
        *("morir", "matar", "muerto", "muerta", "suicidarme", "cortarme", "pastillas"),
    }
)


def _a_whole_word(word: str) -> bool:
    """A word a split may hold: a common or texted one, a one-letter word, or a listed one
    ("die", "colgar"), never a form known only from a listed word ("tafter" of "Taft")."""
    return word in _COMMON or word in _TEXTED or len(word) == 1 or _listed(word)


def _languages_of(word: str) -> set[str]:
    """The languages whose list holds ``word``; both for a texted form neither lists."""
    english, spanish = english_words(), spanish_words()
    found = {
        name
        for name, words in (("en", english), ("es", spanish))
        if words is not None and words.listed(word)
    }
    return found or {"en", "es"}


def likeliest_reading(folded: str) -> str:
    """``folded`` with every long run of spelled letters replaced by its likeliest
    split: what the crisis model reads ("s o o o o b o r e d" is "so o o o bored")."""
    if english_words() is None and spanish_words() is None:
        return folded

    def likeliest(run: re.Match[str]) -> str:
        splits = _splits(_GAPS.sub("", run.group(0)))
        return _CLITIC_APART.sub(r"\1\3", splits[0]) if splits else run.group(0)

    return _SPELLED_RUN.sub(likeliest, folded)


def _plain(text: str) -> bool:
    """True when every short word of a less likely split is a common one and every
    longer one is listed as it is: "me voy a matar", not "im not go ing to" nor "die
    tafter"."""
    return all(
        w in _COMMON or w in _TEXTED or (len(w) > _SHORT_WORD and _listed(w)) for w in text.split()
    )


_SHORT_WORD = 3


def _negations(text: str) -> frozenset[str]:
    return frozenset(w for w in text.split() if w in _NEGATIONS)


_NEGATIONS = frozenset(
    {"no", "not", "dont", "cant", "wont", "never", "nunca", "ni", "nadie", "im not", "nada"}
)


def _splits(letters: str) -> tuple[str, ...]:
    pieces = [letters[i : i + _RUN_PIECE] for i in range(0, len(letters), _RUN_PIECE)]
    splits = [""]
    for piece in pieces:
        words = _words_of(piece)
        if not words:
            return ()
        splits = [(s + " " + w).strip() for s in splits for w in words][:_READINGS]
    return tuple(splits)


@functools.lru_cache(maxsize=4096)
def _words_of(letters: str) -> tuple[str, ...]:
    """The likeliest ways to split ``letters`` into words: the fewest words first (a
    common one counting less), and among as many the longer words; at most _READINGS."""
    # best[i]: the likeliest splits of letters[:i], as (words less a share of the common
    # ones, -sum of squared lengths, the words); empty where no split ends there.
    best: list[list[tuple[float, int, tuple[str, ...]]]] = [[] for _ in range(len(letters) + 1)]
    best[0] = [(0, 0, ())]
    for end in range(1, len(letters) + 1):
        found = []
        for start in range(max(0, end - _LONGEST_WORD), end):
            if not best[start]:
                continue
            word = letters[start:end]
            if not _is_word(word):
                continue
            size = len(word)
            cost = _cost(word)
            found.extend(
                (n + cost, sq - size * size, (*words, word)) for n, sq, words in best[start]
            )
        best[end] = sorted(found)[:_READINGS]
    return tuple(" ".join(words) for _n, _sq, words in best[-1])


def _cost(word: str) -> float:
    """What a word adds to a split: less for a common one, more for one known only as
    a form of a listed word ("tafter" of "Taft": "diet after", not "die tafter")."""
    if word in _COMMON:
        return 1 - _COMMON_SHARE
    if len(word) == 1 or word in _TEXTED or _listed(word):
        return 1.0
    return 1 + _DERIVED_EXTRA


def _listed(word: str) -> bool:
    return any(w is not None and w.listed(word) for w in (english_words(), spanish_words()))


def is_a_word(word: str) -> bool:
    """True when ``word`` is a word of either language's lists, common, texted or listed
    (a stretched letter is cut to make one: "goooood" is "good")."""
    return len(word) > 1 and (word in _COMMON or word in _TEXTED or _listed(word))


def _is_word(word: str) -> bool:
    if len(word) == 1:
        return word in _ONE_LETTER
    if word in _TEXTED or word in _COMMON:
        return True
    if _spanish_verb(word):
        return True  # "suicidar", "viviendo": the list holds "suicidarse", "vivir"
    # A pronoun joins a verb, never a noun: "anocheme" is no word.
    if _CLITIC_END.search(word) and not _VERB_BEFORE_CLITIC.search(word):
        return _listed(word)
    return known_word(word)


def _spanish_verb(word: str) -> bool:
    """An infinitive the list holds as a pronominal verb ("suicidar": "suicidarse"), or a
    gerund of a listed verb ("viviendo": "vivir")."""
    words = spanish_words()
    if words is None:
        return False
    if word.endswith(("ar", "er", "ir")):
        return words.listed(word + "se")
    for ending, infinitives in _GERUNDS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            return any(words.listed(stem + i) or words.listed(stem + i + "se") for i in infinitives)
    return False


_GERUNDS = (("ando", ("ar",)), ("iendo", ("er", "ir")), ("yendo", ("er", "ir")))
# "quiero matar me": a pronoun split off the infinitive it belongs to.
_CLITIC_APART = re.compile(r"\b(\w+(ar|er|ir)) (me|te|se|nos)\b")
_CLITIC_END = re.compile(r"(me|te|se|lo|la|los|las|le|les|nos)$")
_VERB_BEFORE_CLITIC = re.compile(r"(r|ndo)(me|te|se|lo|la|los|las|le|les|nos)$")
