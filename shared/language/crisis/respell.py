"""Crisis words as people mistype them in a hurry: "kill my self", "kil myself",
"thinkin about killin myself", "feeling suicdal", "sucide", "quiero matarmw".

The rules are written for words spelt right, with the shorthand people use on
purpose ("kms", "kiero"). A person in crisis types fast, on a phone, often at
night: a letter dropped, doubled or swapped in the one word that matters, or
"myself" split in two. A message no rule flagged is read once more with such
words put right, and only those:

- a word one slip (a letter dropped, added or changed, or two swapped) from one of
  a few long crisis words, starting with the same two letters, that is no word of
  its own in either language: the checked word lists of
  :mod:`shared.language.wordlists` say so, inflected forms included ("kilting" is
  "kilt", "ahorrarme" is "ahorrar", "matadme" is "matar" said to several people).
  Without a list, no word of its language is respelt this way;
- the verb before "myself" typed with a slip ("kil", "kilk", "kiill myself");
- a few clipped or dialect forms listed here ("killin", "thinkin", Scots "tae"), and
  a word heard for another ("a hole packet of paracetamol").
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA

from shared.language.wordlists import WordList, english_words, spanish_words

_ENGLISH_TARGETS = (
    "cutting",
    "suicide",
    "suicidal",
    "overdose",
    "overdosed",
    "overdosing",
    "killing",
    "myself",
)
_SPANISH_TARGETS = (
    "suicidio",
    "suicida",
    "suicidarme",
    "suicidar",
    "sobredosis",
    "matarme",
    "morirme",
    "ahorcarme",
)
_SHORTEST = 6
# Clipped forms no slip distance tells from other words, listed: "-ing" clipped
# ("killin", "thinkin"), or "gonna" mistyped.
_CLIPPED = {
    "killin": "killing",
    "kilin": "killing",
    "kiling": "killing",
    "thinkin": "thinking",
    "cuttin": "cutting",
    "endin": "ending",
    "dyin": "dying",
    "tryin": "trying",
    "goin": "going",
    "gunna": "gonna",
    "overdosin": "overdosing",
    "takin": "taking",
    "lfie": "life",
    # Scots: "a want tae die, am no safe the nicht".
    "tae": "to",
    "nicht": "night",
    # Caribbean, Irish and Northern English "myself": "mi a go kill miself", "kill meself".
    "miself": "myself",
    "meself": "myself",
    "mehself": "myself",
    "maself": "myself",
    "masel": "myself",
    "masell": "myself",
    "mahsel": "myself",
    # "vivir" with its "v" written "b", as it sounds: "ya no kiero bibir".
    "bibir": "vivir",
    "bivir": "vivir",
    "vibir": "vivir",
}
# A word heard for another: "took a hole packet of paracetamol".
_WHOLE = re.compile(r"\b(a|the)\s+hole\s+(packet|pack|bottle|box|strip|blister|sheet|tub|jar)\b")
# "kill my self", "hurt my slef": the reflexive split in two, or mistyped.
_SPLIT_SELF = re.compile(r"\b(my|mi|your|him|her|them)\s*(self|slef|sefl|selfs)\b")
# The verb before "myself" with a slip: "kil myself", "kiill myself", "kilk myself"
# (never a word of its own: "tell jill myself", "fired the kiln myself").
# "myself" itself with a slip, after such a verb only ("kil mysef", "kill myslef").
_KILL_MYSELF = re.compile(
    r"\b(kill|kil|kll|kilk|kiil|kiill|kikl|klil)\s*(myself|mysef|myslef|mysel|myslf|mself|"
    r"mysefl|myseld|mysekf|myswlf|mydelf|myaelf|mysrlf|nyself|myseof|myselfe|miself|meself|"
    r"maself|masel)\b"
)
_WORD = re.compile(r"[a-z]+")
# Short words of a crisis sentence typed with two letters swapped ("wnat", "klil",
# "lfie", "deid", "jmup"): respelt only where the word is no word of either language, so both
# lists must be there to say so.
_SWAP_TARGETS = ("want", "kill", "life", "dead", "pills", "die", "end", "jump")
# "me quiero matr": a short Spanish crisis verb with a letter left out.
_SHORT_VERBS_ES = ("matar",)
# "want to di", "gonna di": "die" with its last letter left off, after the words that
# lead to a wish ("di" is a Spanish word, never after these), where a sentence or a
# clause ends or a word of urgency follows. Not a name ("going to di and tom's"), nor a
# word cut off ("gonna di... dinner first").
_TO_DI = re.compile(
    r"\b(want to|wanna|wnat to|ready to|gonna|gunna)\s+di\b(?=\s*$|\s*[,!]|\s+(so|tonight|"
    r"today|now|rn|already|alone|soon|pls|please|tbh|fr)\b)"
)
# English inflections a listed word takes ("kilting" of "kilt", "kiplings").
_ENGLISH_ENDINGS = ("ing", "ed", "es", "s", "er")
# Pronouns joined to a Spanish infinitive or order ("ahorrarme", "matadme").
_CLITICS = ("me", "te", "se", "le", "les", "lo", "la", "los", "las", "nos")
# Spanish verb endings after a stem ("suicido", "matamos"): a listed infinitive with
# that stem makes the word a form of it.
_INFINITIVE_ENDINGS = ("ar", "er", "ir", "arse", "erse", "irse")
_SPANISH_ENDINGS = ("o", "a", "as", "an", "amos", "e", "es", "en", "ado", "ada", "ando", "aba")


def _english_word(word: str, words: WordList) -> bool:
    if words.listed(word):
        return True
    for ending in _ENGLISH_ENDINGS:
        base = word[: -len(ending)]
        if not word.endswith(ending):
            continue
        # "cut" makes "cutting", never "cuting": a short word ending consonant, vowel,
        # consonant doubles its last letter before "-ing", "-ed" and "-er".
        doubles = ending != "s" and ending != "es" and bool(_DOUBLING.search(base))
        if (
            (words.listed(base) and not doubles)
            or (words.listed(base + "e") and not doubles)
            or (len(base) > 2 and base[-1] == base[-2] and words.listed(base[:-1]))
        ):
            return True
    return False


_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _spanish_word(word: str, words: WordList) -> bool:
    if words.listed(word) or _spanish_verb_form(word, words):
        return True
    for clitic in _CLITICS:
        host = word[: -len(clitic)]
        if not word.endswith(clitic) or len(host) < 3:
            continue
        if host[-1] in "rd" and words.listed(host[:-1] + "r"):
            return True  # "ahorrarme", "matadme"
        if words.listed(host) or _spanish_verb_form(host, words):
            return True  # "mátame", "cómeme"
    return False


def _spanish_verb_form(word: str, words: WordList) -> bool:
    """True when ``word`` is a listed verb's stem and one of its endings ("suicido")."""
    for ending in _SPANISH_ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 3
            and any(words.listed(stem + end) for end in _INFINITIVE_ENDINGS)
        ):
            return True
    return False


def _respelt_word(word: str, english: WordList | None, spanish: WordList | None) -> str:
    clipped = _CLIPPED.get(word)
    if clipped is not None:
        return clipped
    if len(word) < _SHORTEST:
        return _unswapped_with(word, english, spanish) if len(word) >= 3 else word
    if word in _ENGLISH_TARGETS or word in _SPANISH_TARGETS:
        return word
    # Remembered per word and per pair of lists: a long message repeats its words, and a
    # list switched off (or on) is another pair.
    return _respelt_with(word, english, spanish)


@functools.lru_cache(maxsize=50_000)
def _respelt_with(word: str, english: WordList | None, spanish: WordList | None) -> str:
    for targets, words in ((_ENGLISH_TARGETS, english), (_SPANISH_TARGETS, spanish)):
        if words is None or word in targets:
            continue
        for target in targets:
            if word == target[:-1] and not _listed(word):
                return target  # the last letter left off: "overdos", "matarm"
            # The second letter may be the one left out: "mtarme".
            left_out = len(word) == len(target) - 1 and word[0] == target[0]
            if (
                (target[:2] == word[:2] or left_out)
                and abs(len(target) - len(word)) <= 1
                and OSA.distance(word, target, score_cutoff=1) <= 1
                and not _english_or_spanish(word)
            ):
                return target
    return word


@functools.lru_cache(maxsize=50_000)
def _unswapped_with(word: str, english: WordList | None, spanish: WordList | None) -> str:
    """A short crisis word for ``word`` when two of its letters are swapped ("wnat" ->
    "want") or, for a Spanish verb, one left out ("matr" -> "matar"), and it is no word
    of either language; ``word`` otherwise. Remembered per word and pair of lists, as
    the long words are: a long message repeats its short words most."""
    if english is None or spanish is None:
        return word
    for target in _SHORT_VERBS_ES:
        dropped = len(word) == len(target) - 1 and any(
            target[:i] + target[i + 1 :] == word for i in range(len(target))
        )
        if dropped and not _english_or_spanish(word):
            return target
    for target in _SWAP_TARGETS:
        if len(target) != len(word) or word == target or sorted(word) != sorted(target):
            continue
        differ = [i for i in range(len(word)) if word[i] != target[i]]
        swapped = (
            len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == target[differ[1]]
        )
        if swapped and not _english_or_spanish(word):
            return target
    return word


def _listed(word: str) -> bool:
    """True when either list holds ``word`` as written ("suicida")."""
    return any(
        words is not None and words.listed(word) for words in (english_words(), spanish_words())
    )


def known_word(word: str) -> bool:
    """True when ``word`` is a word of either language, inflected forms included."""
    return _english_or_spanish(word)


def _english_or_spanish(word: str) -> bool:
    """True when ``word`` is a word of either language (a list that is off says no)."""
    english, spanish = english_words(), spanish_words()
    return bool(
        (english is not None and _english_word(word, english))
        or (spanish is not None and _spanish_word(word, spanish))
    )


# The verbs a crisis is said with, whose last "r" is read back: a closed list, since
# "para nada", "de agua" and "de este" end as "nadar", "aguar" and "ester" do.
# Not the verbs of everyday Caribbean plans: "me voy a cortá" is a haircut, "tirá"
# and "colgá" a rest in bed or in the hammock, "lanzá" a jump into the river.
_SAID_WITHOUT_R = frozenset(
    {
        *("vivir", "morir", "matar", "sufrir", "seguir", "aguantar", "despertar", "dormir"),
        *("desaparecer", "acabar", "terminar", "ahorcar", "suicidar", "luchar", "soportar"),
        *("continuar", "estar", "volver", "despedir", "rendir"),
    }
)
# Caribbean and Andalusian Spanish written as said: an infinitive's last "r" dropped
# after the words that lead to one ("cansado de viví", "me quiero matá", "ya no quiero
# sufrí"), and a participle's "d" ("cansao", "acabao"). Accents are gone by now, so an
# infinitive is read only where such a word leads to it.
_LEADS_TO_INFINITIVE = re.compile(
    r"\b(de|quiero|kiero|qiero|kero|quisiera|quiera|puedo|podria|voy a|vo a|va a|vamo a|"
    r"pa|para|sin|ganas de|tengo que|hay que|deja de|dejar de|pienso|necesito|no|y)\s+"
    r"(me\s+|te\s+)?(" + "|".join(v[:-1] for v in sorted(_SAID_WITHOUT_R)) + r")\b"
)
_PARTICIPLE_WITHOUT_D = re.compile(r"\b([a-z]{3,}a)(o|os)\b")


def _caribbean(folded: str, spanish: WordList | None) -> str:
    """``folded`` with infinitives and participles said the Caribbean way spelt out:
    "cansao de vivi" -> "cansado de vivir"; only where the word so made is a listed
    verb and the word as written is not a word of its own ("cacao", "bacalao")."""
    if spanish is None:
        return folded

    def infinitive(match: re.Match[str]) -> str:
        return match.group(0) + "r"

    def participle(match: re.Match[str]) -> str:
        written = match.group(0)
        full = match.group(1) + "d" + match.group(2)
        if spanish.listed(written) or not _spanish_word(full, spanish):
            return written
        return full

    return _PARTICIPLE_WITHOUT_D.sub(participle, _LEADS_TO_INFINITIVE.sub(infinitive, folded))


# Jamaican and West African English written as said: "mi nuh waan wake up", "mi done
# wid life", "mi a go drink it". Only these words, each no word of English or Spanish
# ("mi" alone stays: "mi casa").
_PATOIS = (
    (re.compile(r"\b(nuh|noh|nah) (waan|wan|wah)\b"), "dont want"),
    (re.compile(r"\bwaan\b"), "want"),
    (re.compile(r"\bwid\b"), "with"),
    (re.compile(r"\bmi a go\b"), "im going to"),
    (re.compile(r"\bmi (done|tired|finish)\b"), r"im \1"),
    (re.compile(r"\b(want|tired|ready) fi\b"), r"\1 to"),
    (re.compile(r"\b(a go|gwaan|gwine) dead\b"), "going to die"),
    # Where a place or a time is said: "mi nuh waan live inna kingston".
    (re.compile(r"\binna\b"), "in"),
    (re.compile(r"\bpon\b"), "on"),
)


# English as a learner writes it: "i going to kill me", "im gonna cut me again" ("me" for
# "myself", only after "i" and the verb, never "my mom is going to kill me", and only with
# nothing after it but a time, a place or the end: "i cut me chin", "i hang me clothes"
# are "my"); "i hope i no wake up" ("no" for "don't"; not "i no wake up the baby"); "today
# i finish with my life" (not "my life insurance papers").
_SAID_NEXT = (
    r"(?=\s*($|[.!?,;]|(again|tonight|today|now|tomorrow|already|because|so|if|and|but|please|"
    r"dios|lord|god|more|too|finally|soon|forever|this|for)\b))"
)
# Where it will be done may follow a death: "i going to hang me in the basement".
_SAID_NEXT_OR_WHERE = r"(?=\s*(in|at|on|with)\b|" + _SAID_NEXT.removeprefix("(?=")
_LEARNER = (
    (
        # A cut, a burn or a hurt told with what did it is an accident ("i cut me with the
        # knife cooking"): only with a time or the end after it.
        re.compile(
            r"\b((i\s+(am\s+|m\s+)?|im\s+)(going\s+to\s+|gonna\s+|go\s+to\s+|want\s+to\s+|"
            r"wanna\s+|want\s+|will\s+|think\s+to\s+|try\s+to\s+|need\s+to\s+|almost\s+|"
            r"again\s+)?(cut|hurt|burn))\s+me\b" + _SAID_NEXT
        ),
        r"\1 myself",
    ),
    (
        re.compile(
            r"\b((i\s+(am\s+|m\s+)?|im\s+)(going\s+to\s+|gonna\s+|go\s+to\s+|want\s+to\s+|"
            r"wanna\s+|want\s+|will\s+|think\s+to\s+|try\s+to\s+|need\s+to\s+|almost\s+|"
            r"again\s+)?(kill|hang|shoot))\s+me\b" + _SAID_NEXT_OR_WHERE
        ),
        r"\1 myself",
    ),
    (re.compile(r"\bi\s+no\s+(want|wanna|need|can)\b"), r"i dont \1"),
    # "she want to die", "he tell me he want to kill himself": the verb's "s" left off.
    (
        re.compile(r"\b(he|she)\s+(want|wanna)\s+(to\s+)?(die|kill|end|hurt|be\s+dead)\b"),
        r"\1 wants to \4",
    ),
    (re.compile(r"\b(tell|text|write)\s+me\s+(that\s+)?(he|she)\b"), r"\1s me \2\3"),
    (re.compile(r"\bi\s+no\s+wake\s+up\b" + _SAID_NEXT), "i dont wake up"),
    # "i finish with my life in mexico, now new start in texas" is a move.
    (re.compile(r"\bfinish\s+(with\s+)?my\s+life\b" + _SAID_NEXT), "end my life"),
    # "i feel like to die", "i pray for die", "pills saved for kill herself": a learner's
    # "to" and "-ing" put as Spanish has them ("ganas de morir", "para matarse").
    (re.compile(r"\bfeel\s+like\s+to\s+die\b"), "feel like dying"),
    (re.compile(r"\bpray(ing)?\s+for\s+die\b"), r"pray\1 to die"),
    (re.compile(r"\b(for|of)\s+kill\s+(myself|herself|himself|themselves)\b"), r"to kill \2"),
    # "i burn my arm with the iron in purpose".
    (re.compile(r"\bin\s+purpose\b"), "on purpose"),
    # "i have desire to kill me": the wish is the client's own, whatever follows.
    (
        re.compile(
            r"\bi\s+(have|got|feel)\s+(the\s+|a\s+|much\s+|big\s+|so\s+much\s+)?"
            r"(desire|wish|urge|need)\s+(to|for|of)\s+kill\s+me\b"
            # "urge to kill me some tacos": a hunger.
            r"(?!\s+(some|a|an|the|one|two|this|that)\b)"
        ),
        r"i \1 the \3 to kill myself",
    ),
)


def _as_english(folded: str) -> str:
    for pattern, english in _PATOIS:
        folded = pattern.sub(english, folded)
    # Each of a learner's forms holds one of these words: a long message without them is
    # not read five more times.
    if any(word in folded for word in _LEARNER_WORDS):
        for pattern, english in _LEARNER:
            folded = pattern.sub(english, folded)
    return folded


_LEARNER_WORDS = ("me", "no", "want", "wanna", "finish", "die", "kill", "purpose")


# Spanish written as it sounds, by someone who writes little: the silent "h" left out
# and "v" written "b" ("esta noche me boi a matar", "ya me ubiera matao", "no voy a aser
# nada tonto oy... pero"). Only these words, each no Spanish word as written; "boy",
# "ago" and "oy" are English words or sounds, read so only where Spanish leads to them.
_AS_HEARD_ES = (
    (re.compile(r"\b(me|te|se|nos|lo|la|ya|yo|no|que|q)\s+(boi|boy|bo)\s+a\b"), r"\1 voy a"),
    (re.compile(r"\bboi\b"), "voy"),
    (re.compile(r"\bub(iera|iese|ieras|ieran|iesen)\b"), r"hub\1"),
    (re.compile(r"\baser(me|te|se|lo|la|le)?\b"), r"hacer\1"),
    (re.compile(r"\b(lo|la|me|le)\s+ago\b"), r"\1 hago"),
    (re.compile(r"\b(que|q|pero|y|ya)\s+oy\b"), r"\1 hoy"),
    (re.compile(r"\boy\s+(me|lo|mismo|en\s+la\s+noche|si)\b"), r"hoy \1"),
    # Caribbean "to" for "todo": "quiero acabar con to", "cansao de to".
    (
        re.compile(r"\b(acabar|terminar|cansad[oa]|cansa[oa]|hart[oa])\s+(con|de)\s+to\b"),
        r"\1 \2 todo",
    ),
)
# "suicide's been on my mind": the contraction folded to "suicides".
_SUICIDE_HAS = re.compile(r"\bsuicides\s+(been|always\s+been|on\s+my\s+mind)\b")


def _suicide_has(match: re.Match[str]) -> str:
    said = match.group(1)
    return "suicide is on my mind" if said.startswith("on") else f"suicide has {said}"


def _as_spelt_es(folded: str) -> str:
    for pattern, spelt in _AS_HEARD_ES:
        folded = pattern.sub(spelt, folded)
    return folded


def respelt(folded: str) -> str:
    """``folded`` with mistyped crisis words put right; the same string when none is."""
    joined = _as_english(_caribbean(_as_spelt_es(folded), spanish_words()))
    joined = _SPLIT_SELF.sub(lambda m: m.group(1) + "self", joined)
    joined = _KILL_MYSELF.sub("kill myself", joined)
    joined = _WHOLE.sub(r"\1 whole \2", joined)
    joined = _SUICIDE_HAS.sub(_suicide_has, joined)
    joined = _TO_DI.sub(r"\1 die", joined)
    # The lists are asked for once a message, not once a word.
    english, spanish = english_words(), spanish_words()
    return _WORD.sub(lambda m: _respelt_word(m.group(0), english, spanish), joined)
