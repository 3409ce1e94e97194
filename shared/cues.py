"""Tagging a noticing: which of the client's cues it mentions, how intense it
was, whether something got in the way, and whether it needs crisis triage.

Pure functions over text; a :class:`CueMatcher` compiles a cue set once so a
worker can tag thousands of noticings a second.

Matching rule. A cue's label is reduced to its content words (stopwords and
vague words such as "feeling", "got", "before" removed; words lemmatised and
stemmed). A noticing matches the label when it contains all of those words
for labels of one or two words, and at least two thirds of them for longer
labels: clients rarely repeat the whole label ("chest got tight before
standup" for "tight chest before the meeting"). A phrase is the client's own
alternative wording and must match completely. Words match exactly after
stemming, by stem prefix ("tightening"/"tight"), as joined compounds ("doom
scrolling"/"doomscrolling") or, for words of six letters or more, with one
typo ("forman"/"foreman"). An explicit ``#hashtag`` matching a cue's words
tags that cue.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import snowballstemmer
from rapidfuzz.distance import OSA

from shared.crisis import detect_crisis


@dataclass(frozen=True)
class Cue:
    """The moment the pattern fires, in the client's own words."""

    label: str
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tags:
    """Everything the tagger found in one noticing."""

    cues: tuple[str, ...]
    intensity: int | None
    barrier: bool
    crisis: bool

    def as_dict(self) -> dict:
        return {
            "cues": list(self.cues),
            "intensity": self.intensity,
            "barrier": self.barrier,
            "crisis": self.crisis,
        }


class CueSetError(ValueError):
    """A cue set (CUES.json or a --cue option) is malformed."""


# ---------------------------------------------------------------------------
# Cue sets


def _parse_cue(index: int, item: object) -> Cue:
    where = f"cue {index}"
    if not isinstance(item, dict):
        raise CueSetError(f"{where}: must be an object with a 'label'")
    unknown = set(item) - {"label", "phrases"}
    if unknown:
        raise CueSetError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        raise CueSetError(f"{where}: 'label' must be a non-empty string")
    phrases = item.get("phrases", [])
    if not isinstance(phrases, list):
        raise CueSetError(f"{where}: 'phrases' must be a list of strings")
    for position, phrase in enumerate(phrases, start=1):
        if not isinstance(phrase, str) or not phrase.strip():
            raise CueSetError(f"{where}: phrase {position} must be a non-empty string")
    return Cue(label.strip(), tuple(p.strip() for p in phrases))


def parse_cue_set(data: object) -> list[Cue]:
    """Validate a decoded CUES.json: an array of {"label": str, "phrases": [str, ...]}.

    Cues are numbered from 1 in error messages, the way a clinician counts them.
    """
    if not isinstance(data, list):
        raise CueSetError("cue set must be a JSON array of cues")
    cues = [_parse_cue(index, item) for index, item in enumerate(data, start=1)]
    seen: set[str] = set()
    for index, cue in enumerate(cues, start=1):
        key = cue.label.casefold()
        if key in seen:
            raise CueSetError(f"cue {index}: duplicate label")
        seen.add(key)
    return cues


def parse_cue_option(value: str) -> Cue:
    """Parse the CLI form "LABEL" or "LABEL|PHRASE|PHRASE"."""
    parts = [part.strip() for part in value.split("|")]
    if not parts[0]:
        raise CueSetError("cue: label must be a non-empty string (form: LABEL|PHRASE|PHRASE)")
    if any(not part for part in parts[1:]):
        raise CueSetError("cue: empty phrase (form: LABEL|PHRASE|PHRASE)")
    return Cue(parts[0], tuple(parts[1:]))


# ---------------------------------------------------------------------------
# Normalising and words

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Common texting shorthand, expanded before matching.
_SHORTHAND = {
    "mtg": "meeting",
    "mtgs": "meetings",
    "b4": "before",
    "w": "with",
    "tmrw": "tomorrow",
    "tn": "tonight",
    "bc": "because",
    "cuz": "because",
    "yday": "yesterday",
    "convo": "conversation",
}


def normalise(text: str) -> str:
    """For matching only: casefold, strip accents, emoji/punctuation/control chars to spaces.

    Apostrophes are dropped rather than spaced ("don't" -> "dont", "mum's" ->
    "mums") so that contractions stay one word whichever way the client types them.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain)
    return _NON_WORD.sub(" ", plain).strip()


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Never content: articles, pronouns, auxiliaries, common prepositions.
_FUNCTION_WORDS = _word_set(
    """
    a an the and or but if so as than then that this these those there here it its
    i im me my mine myself you your yours we our us he him his she her hers they them their
    is am are was were be been being do does did have has had having will would shall should
    can could may might must to of in on at by for from with into onto about w
    what which who whom whose when where why how
    """
)
# Vague in a label ("feeling", "got", "before"); kept only when a phrase would
# otherwise be too thin to mean anything ("got off early").
_WEAK_WORDS = _word_set(
    """
    get got gets getting go goes going went gone want wants wanting wanted feel feels
    feeling felt like just really very again still even almost always never ever
    before after during while until till up down off out over past around all some
    any every more most much say says said saying tell told thing things stuff
    cant couldnt dont didnt wont wouldnt isnt wasnt arent werent
    keep keeps kept start started try trying tried make makes made
    """
)
_IRREGULAR = {
    "ate": "eat",
    "eaten": "eat",
    "woke": "wake",
    "woken": "wake",
    "lay": "lie",
    "lain": "lie",
    "left": "leave",
    "lost": "lose",
    "felt": "feel",
    "got": "get",
    "gotten": "get",
    "went": "go",
    "gone": "go",
    "said": "say",
    "thought": "think",
    "ran": "run",
    "froze": "freeze",
    "frozen": "freeze",
    "sat": "sit",
    "spoke": "speak",
    "spoken": "speak",
    "shook": "shake",
    "slept": "sleep",
    "kept": "keep",
    "fell": "fall",
    "drove": "drive",
    "driven": "drive",
    "took": "take",
    "taken": "take",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "told": "tell",
    "made": "make",
    "began": "begin",
    "broke": "break",
    "broken": "break",
    "fought": "fight",
    "bit": "bite",
    "hid": "hide",
    "wept": "weep",
    "threw": "throw",
    "thrown": "throw",
    "stood": "stand",
    "held": "hold",
    "bought": "buy",
    "brought": "bring",
    "caught": "catch",
    "heard": "hear",
    "met": "meet",
    "mice": "mouse",
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "wrote": "write",
    "written": "write",
    "rode": "ride",
    "ridden": "ride",
    "sang": "sing",
    "swam": "swim",
    "hung": "hang",
    "snuck": "sneak",
    "grew": "grow",
    "knew": "know",
    "blew": "blow",
    "flew": "fly",
}
_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()
_FUZZY_MIN_LENGTH = 6  # shorter words have too many one-letter neighbours
_PREFIX_MIN_LENGTH = 5  # "hand" must not reach "handle"


@functools.lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    # The pure-Python stemmer costs ~50 µs a word; clients reuse their words.
    # It keeps state while stemming, so threads take turns.
    with _STEMMER_LOCK:
        return _STEMMER.stemWord(_IRREGULAR.get(word, word))


def _words(text: str) -> list[str]:
    return [_SHORTHAND.get(word, word) for word in normalise(text).split()]


@dataclass(frozen=True)
class _Term:
    """One word a cue needs: its normalised surface form and its stem."""

    surface: str
    stem: str


def _terms(words: Iterable[str]) -> tuple[_Term, ...]:
    unique: dict[str, _Term] = {}
    for word in words:
        term = _Term(word, _stem(word))
        unique.setdefault(term.stem, term)
    return tuple(unique.values())


def _label_terms(label: str) -> tuple[_Term, ...]:
    words = _words(label)
    content = [w for w in words if w not in _FUNCTION_WORDS and w not in _WEAK_WORDS]
    if not content:
        content = [w for w in words if w not in _FUNCTION_WORDS] or words
    return _terms(content)


def _phrase_terms(phrase: str) -> tuple[_Term, ...]:
    words = _words(phrase)
    content = [w for w in words if w not in _FUNCTION_WORDS and w not in _WEAK_WORDS]
    if len(content) < 2:
        # "got off early": the vague words are what make it specific.
        content = [w for w in words if w not in _FUNCTION_WORDS]
    return _terms(content or words)


def _label_needs(count: int) -> int:
    """How many of a label's content words must appear."""
    return count if count <= 2 else math.ceil(count * 2 / 3)


@dataclass
class _CompiledCue:
    label: str
    label_terms: tuple[_Term, ...]
    phrases: tuple[tuple[_Term, ...], ...]
    hashtag_slugs: frozenset[str]
    vocabulary: _Noticing


class _Noticing:
    """The words of one noticing, indexed for the term tests."""

    __slots__ = ("fuzzy_words", "stems", "surfaces")

    def __init__(self, words: list[str]) -> None:
        self.surfaces = set(words)
        # Function words only ever match by surface, so they are not stemmed.
        self.stems = {_stem(word) for word in self.surfaces if word not in _FUNCTION_WORDS}
        # Adjacent words joined, so "doom scrolling" meets "doomscrolling".
        self.surfaces.update(a + b for a, b in itertools.pairwise(words))
        self.fuzzy_words = [w for w in self.surfaces if len(w) >= _FUZZY_MIN_LENGTH]

    def has(self, term: _Term) -> bool:
        if term.surface in self.surfaces or term.stem in self.stems:
            return True
        # "tighten" for "tight"; the stemmer leaves derived forms apart.
        if len(term.stem) >= _PREFIX_MIN_LENGTH and any(
            stem.startswith(term.stem) and len(stem) - len(term.stem) <= 3 for stem in self.stems
        ):
            return True
        if len(term.surface) < _FUZZY_MIN_LENGTH or term.surface.isdigit():
            return False
        budget = 2 if len(term.surface) >= 9 else 1
        return any(
            word[0] == term.surface[0]
            and abs(len(word) - len(term.surface)) <= budget
            and OSA.distance(word, term.surface, score_cutoff=budget) <= budget
            for word in self.fuzzy_words
        )


_HASHTAG = re.compile(r"#([^\s#.,!?;:]+)")


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "")


class CueMatcher:
    """A cue set compiled once for fast, repeated matching."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self._cues = [self._compile(cue) for cue in cues]

    @staticmethod
    def _compile(cue: Cue) -> _CompiledCue:
        words = _words(cue.label)
        slugs = {_slug(cue.label)}
        # "#tight-chest" for "tight chest before the meeting": any leading run of words.
        slugs.update("".join(words[:n]) for n in range(1, len(words)))
        slugs.update(_slug(phrase) for phrase in cue.phrases)
        label_terms = _label_terms(cue.label)
        phrases = tuple(_phrase_terms(p) for p in cue.phrases)
        return _CompiledCue(
            label=cue.label,
            label_terms=label_terms,
            phrases=phrases,
            hashtag_slugs=frozenset(s for s in slugs if s),
            vocabulary=_Noticing(
                [t.surface for t in (*label_terms, *(t for p in phrases for t in p))]
            ),
        )

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(cue.label for cue in self._cues)

    def match(self, text: str) -> tuple[str, ...]:
        """Labels of the cues ``text`` mentions, in the cue set's order."""
        noticing = _Noticing(_words(text))
        hashtags = [_words(tag) for tag in _HASHTAG.findall(text)]
        return tuple(
            cue.label
            for cue in self._cues
            if self._matches(cue, noticing) or self._tagged(cue, hashtags)
        )

    @staticmethod
    def _matches(cue: _CompiledCue, noticing: _Noticing) -> bool:
        found = sum(1 for term in cue.label_terms if noticing.has(term))
        if cue.label_terms and found >= _label_needs(len(cue.label_terms)):
            return True
        return any(terms and all(noticing.has(term) for term in terms) for terms in cue.phrases)

    @staticmethod
    def _tagged(cue: _CompiledCue, hashtags: list[list[str]]) -> bool:
        """An explicit #hashtag: a slug of the label or a phrase, or words of the cue."""
        for words in hashtags:
            if not words:
                continue
            if "".join(words) in cue.hashtag_slugs:
                return True
            content = [t for t in _terms(words) if t.surface not in _FUNCTION_WORDS]
            if content and all(cue.vocabulary.has(term) for term in content):
                return True
        return False


# ---------------------------------------------------------------------------
# Intensity

_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUM = r"(\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_OUT_OF_TEN = re.compile(
    r"(?<![\d/.:,])" + _NUM + r"\s*(?:/|out of|outta|of|on a scale of)\s*(?:10|ten)\b(?![/\d.]\d)"
)
_NAMED = re.compile(
    r"\b(?:intensity|level|lvl|rating|rated it|rate it|anxiety|anger|urge|stress|panic|"
    r"distress|sud|suds)\s*(?:was|is|at|of|about|around|=|:|-|~)?\s*(?:a|an|like)?\s*"
    r"(?:(?:about|around|maybe)\s+)?" + _NUM + r"(?![\d:/])"
)
_HEDGED = re.compile(
    r"\b(?:a|an)\s+(?:(?:solid|strong|good|high|low|easy)\s+)?"
    + _NUM
    + r"(?:\s*-?\s*ish)?(?![\d:/])"
)
# "7 on the scale", "maybe 7ish": a rating without the "/10".
_ON_SCALE = re.compile(r"(?<![\d/.:])" + _NUM + r"\s*(?:-?ish)?\s+on\s+(?:the|my|a|that)\s+scale\b")
_ISH = re.compile(r"(?<![\d/.:])(?<!at )(?<!by )(?<!til )(?<!till )\b(\d{1,2})\s*-?ish\b")
_TRAILING = re.compile(r"(?:^|[,;:.!)\-–—]|#\S+)\s*(\d{1,2})\s*(?:-?ish)?\s*[.!]*\s*$")
# After "a 6": fine when the sentence goes on like this; "a 2 hour nap" is not a rating.
_FOLLOWS_RATING = _word_set(
    """
    today tonight this now then and but or for at maybe probably prob tbh honestly i
    lol lmao haha again when until till before after all most max at least or so
    """
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|am\b|pm\b|x\b|times?\b|min|hour|hr|day|week|month|year|yr|yo\b|o ?clock|"
    r"kids?\b|people|meetings?\b|stops?\b|doors?\b|k\b|mile|km|kg|lb|st\b|pound|dollar|quid)"
)


def _number(token: str) -> float:
    return float(_NUMBER_WORDS.get(token, token) if token in _NUMBER_WORDS else token)


def _in_range(value: float) -> int | None:
    if 0 <= value <= 10:
        return math.floor(value + 0.5)
    return None


def _rating_follows(rest: str) -> bool:
    """True when the text after "a N" reads like a rating, not a quantity."""
    if _UNIT_AFTER.match(rest):
        return False
    words = normalise(rest).split()
    if not words:
        return True
    stripped = rest.lstrip()
    if stripped[:1] and not stripped[0].isalnum():
        return True  # punctuation or emoji: "like a 5, then..."
    return words[0] in _FOLLOWS_RATING


def _intensity_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_APOSTROPHES.sub("", plain).split())


def extract_intensity(text: str) -> int | None:
    """The 0-10 rating the client gave, or None when there is none or it is unclear.

    Explicit scales ("7/10", "seven out of ten") win over softer forms ("like a
    6", "intensity 5"); when several ratings are given the highest is kept,
    since that is the moment the cue fired.
    """
    lowered = _intensity_text(text)
    explicit = [
        _in_range(_number(m.group(1)))
        for m in _OUT_OF_TEN.finditer(lowered)
        if not lowered[: m.start()].endswith(("on ", "by ", "from "))
    ]
    explicit = [v for v in explicit if v is not None]
    if explicit:
        return max(explicit)
    soft: list[int] = []
    for pattern in (_NAMED, _HEDGED, _ON_SCALE, _ISH):
        for m in pattern.finditer(lowered):
            rest = lowered[m.end() :]
            if pattern is _HEDGED and (m.group(1) == "one" or not _rating_follows(rest)):
                continue
            if _UNIT_AFTER.match(rest):
                continue
            value = _in_range(_number(m.group(1)))
            if value is not None:
                soft.append(value)
    if not soft:
        trailing = _TRAILING.search(lowered)
        if trailing:
            value = _in_range(_number(trailing.group(1)))
            if value is not None:
                soft.append(value)
    return max(soft) if soft else None


# ---------------------------------------------------------------------------
# Barriers

_NEGATED_ACTION = re.compile(
    r"\b(?:didnt|did not|couldnt|could not|cant|can not|cannot|havent|have not|hadnt|"
    r"wasnt able to|was not able to|werent able to|not able to|unable to|never got to|"
    r"never got round to|never got around to|never managed to|didnt manage to|"
    r"didnt get to|didnt get a chance to|didnt have time to|no chance to)"
    r"(?:\s+(?:even|really|actually|quite|just|always))?\s+(\w+)(?:\s+(\w+))?"
)
# Verbs after "didn't"/"couldn't" that describe a symptom, a feeling, or the
# pattern itself not firing ("I didn't yell!"), not the practice being missed.
_NOT_A_PRACTICE = _word_set(
    """
    breathe breath catch sleep stop believe wait help focus concentrate think stand bear
    tell see eat swallow move speak talk calm relax switch expect realise realize know
    mean mind need yell shout snap scream cry panic react freak notice care hear
    remember understand face fall
    """
)
_NOT_A_PRACTICE_STEMS = frozenset(_stem(word) for word in _NOT_A_PRACTICE)
_BARRIER_PHRASES = re.compile(
    r"\b(?:forgot|forget|forgetting|slipped my mind|got in the way|gets in the way|"
    r"get in the way|getting in the way|no time\b(?! at all)|ran out of time|out of time|"
    r"too (?:tired|busy|exhausted|wiped|knackered|drained|late)|"
    r"too (?:scared|anxious|nervous|embarrassed|overwhelmed|ashamed|stressed|upset|"
    r"angry|wound up|worked up|lazy|low|sad|down|flat) to\b|"
    r"never got to|gave up|give up|didnt bother|didnt try|had no chance|"
    r"put it off|putting it off|blew it off|avoided|avoiding)"
)
_SKIPPED = re.compile(r"\b(?:skip|skipped|skipping)\s+(?:the\s+|my\s+)?(\w+)")
_MEALS = _word_set("lunch breakfast dinner tea meal meals supper brunch a")


def _barrier_text(text: str) -> str:
    return " ".join(normalise(text).split())


def has_barrier(text: str) -> bool:
    """True when the noticing says the practice did not happen, or what got in the way."""
    plain = _barrier_text(text)
    if "in no time" in plain:
        plain = plain.replace("in no time", "")
    if _BARRIER_PHRASES.search(plain):
        return True
    for m in _NEGATED_ACTION.finditer(plain):
        verb, following = m.group(1), m.group(2) or ""
        if verb == "feel" and following == "like":
            return True  # "didn't feel like it"
        if verb == "have" and following == "to":
            continue  # "didn't have to": nothing was missed
        if verb not in _NOT_A_PRACTICE and _stem(verb) not in _NOT_A_PRACTICE_STEMS:
            return True
    return any(m.group(1) not in _MEALS for m in _SKIPPED.finditer(plain))


# ---------------------------------------------------------------------------
# Everything at once


def tag(text: str, cues: Sequence[Cue] | CueMatcher) -> Tags:
    """Tag one noticing against a cue set (compile it once with CueMatcher for speed)."""
    matcher = cues if isinstance(cues, CueMatcher) else CueMatcher(cues)
    return Tags(
        cues=matcher.match(text),
        intensity=extract_intensity(text),
        barrier=has_barrier(text),
        crisis=detect_crisis(text) is not None,
    )
