"""Crisis triage: a deterministic, conservative check run on every noticing.

Regexes over text read through :mod:`shared.language.text` (look-alike letters from
other alphabets, full-width forms and invisible characters cannot hide a
word), with guards for the everyday hyperbole clients use ("this traffic is
killing me", "dying to see it"), explicit negation ("I'm not suicidal") and
other people as the subject ("mum wanted to die at home"). A guard only
reaches within its own clause: "Nope. Going to end it tonight" is not negated
by the "Nope". Words spelled out ("k i l l", "s.u.i.c.i.d.a.l"), stretched
("kiiill") or with digits for letters ("k1ll") are read a second time with
those disguises removed. When a statement about the client's own life or
safety is clear, it is flagged: a false alert costs the clinician a minute, a
miss costs far more.

Every pattern and guard looks at a bounded window around a match, so triage
is linear in the length of the message.

The result carries a category only, never client text, so it is safe to log.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from shared.language.text import fold, looks_disguised, undisguise

SUICIDAL_IDEATION = "suicidal_ideation"
SELF_HARM = "self_harm"
OVERDOSE = "overdose"


@dataclass(frozen=True)
class CrisisSignal:
    """Which kind of risk was recognised; holds no client text."""

    category: str


# Words just before a match that turn it into a denial ("i'm not suicidal",
# "i would never kill myself", "i don't want to die").
_NEGATION_BEFORE = (
    r"\b(not|never|no|dont|do not|didnt|did not|wont|wouldnt|would never|no longer|"
    r"not going to|not gonna|without|stopped|havent|have not)(\s+\w+){0,2}\s*$"
)
# Someone else is the subject: "mum wanted to die at home", "he wants to die".
_OTHER_SUBJECT_BEFORE = (
    r"\b(he|she|they|hes|shes|mum|mom|mother|dad|father|nan|gran|grandma|grandad|"
    r"grandpa|brother|sister|wife|husband|son|daughter|friend|patient|character|"
    r"dog|cat|uncle|aunt|partner|boyfriend|girlfriend)(\s+\w+){0,1}\s*$"
)


# "The old me wanted to die, not anymore": said about the past, and said to be over.
_OVER_NOW_AFTER = (
    r"^\s*(\w+\s+){0,4}(not anymore|not any more|no longer|not now|but not these days)\b"
)


@dataclass(frozen=True)
class _Rule:
    category: str
    pattern: str
    # A match followed by one of these is everyday speech, not risk.
    benign_after: str | None = None
    negatable: bool = True
    other_subject_guard: bool = False
    # False when letters squeezed to one ("to od" from "too odd") make it misfire.
    read_disguised: bool = True


def _rule(category: str, pattern: str, benign_after: str | None = None, **flags: bool) -> _Rule:
    return _Rule(category, pattern, benign_after, **flags)


_DRUGS = (
    r"(pills?|tablets?|meds|medications?|medicine|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|codeine|co codamol|cocodamol|insulin|sleeping pills|sleepers|"
    r"antidepressants|sertraline|citalopram|fluoxetine|xanax|valium|diazepam|oxy|"
    r"oxycodone|opioids|painkillers|lithium|quetiapine|zopiclone|benadryl|heroin|fentanyl)"
)

_RULES: tuple[_Rule, ...] = (
    # Suicidal ideation: thoughts, wishes and plans about ending one's own life.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(thinking|thought|thoughts|think|thinks|fantasi[sz]ing|planning|plan|"
        r"plans)\s+(about|of|on)\s+(suicide|killing myself|ending it( all)?|"
        r"ending my (own )?life|taking my (own )?life|not being here|being dead)\b",
        negatable=True,
    ),
    _rule(SUICIDAL_IDEATION, r"\bsuicidal\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(commit|committing|attempt|attempting|consider|considering|contemplating)\s+"
        r"suicide\b",
        other_subject_guard=True,
    ),
    _rule(SUICIDAL_IDEATION, r"\bsuicide (note|plan|attempt)\b", other_subject_guard=True),
    _rule(SUICIDAL_IDEATION, r"\b(plan|plans|planning|planned)\s+(my\s+)?(suicide|own death)\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(kill|killing|killed)\s+myself\b",
        benign_after=r"^\s*(at|with|over|to get|to finish|to make|working|laughing|for|"
        r"trying to|doing|at the gym)\b",
    ),
    _rule(SUICIDAL_IDEATION, r"\b(kms|unalive|unaliving|sewer slide)\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wants|wanna|wanted|wanting|wish|wishing|ready|deserve)\s+(to\s+)?die\b",
        benign_after=r"^\s*(of|from)\s+(embarrassment|shame|cringe|laughing)|^\s*laughing",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish|rather|would rather|prefer)\s+(to\s+)?(be\s+)?dead\b",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bwish (i was|i were|i wasnt|i werent|id|i had) (dead|not alive|never born|"
        r"not here|never been born|gone)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(sleep|go to sleep|fall asleep) and (never|not) wake up\b|"
        r"\b(wish|hope|want|wanna|pray)\w*( i| to)?( could| would| will)? (never|not) wake up\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bend(ing)?\s+(it all|my life|my own life|everything|it tonight)\b|"
        r"\btak(e|ing) my (own )?life\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bbetter off (dead|without me|if i (was|were|wasnt|werent) (dead|gone|here))\b|"
        r"\bbetter (off )?without me\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(no|nothing|no point|no reason|nothin)\s+(left\s+)?(to live for|to live|in living|"
        r"living|going on)\b|\bnot worth living\b|\blife (isnt|is not) worth (living|it)\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(dont|do not|dont really|no longer|dont even)\s+(want|wanna)\s+(to\s+)?"
        r"(live|be alive|exist|be here (any ?more|any longer|no more)|"
        r"wake up( tomorrow| again| ever)?\s*$)",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(disappear|vanish)\s+(forever|for good|permanently)\b|\bstop existing\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(jump|jumping|throw myself|throwing myself|step|stepping)\s+"
        r"(in front of|under)\s+(a|an|the)\s+(train|bus|car|truck|lorry|tube)\b|"
        r"\b(jump|jumping|throw myself|throwing myself)\s+off\s+(a|the|my)\s+"
        r"(bridge|building|roof|cliff|balcony|car park|multi storey)\b",
    ),
    _rule(SUICIDAL_IDEATION, r"\bhang(ing)? myself\b"),
    # Passive ideation, said plainly: clinicians want these as much as plans.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish|need)\w*\s+(it all|everything|all of it|my life)\s+to\s+"
        r"(end|stop|be over)\b",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bwish i (wasnt|werent|was not|were not) (alive|here any ?more|around any ?more)\b|"
        r"\b(want|wanna|wish)\w* (to )?not (exist|be alive)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone|no1)\s+(would|will|wud|wouldnt|wont)\s+(even\s+)?"
        r"(miss me|care if i (died|was gone|were gone|was dead|disappeared|wasnt here)|"
        r"notice if i (died|was gone|were gone|was dead|disappeared|wasnt here))\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(im|i am|i m|so)\s+(done|finished|tired|sick)\s+(with|of)\s+"
        r"(life|living|being alive|existing)\b",
        benign_after=r"^\s*(in|at|with|like|out of|here|there|on|paycheck|alone)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(cant|can not|cannot)\s+go on\s+(any ?more|any longer|living)\b|"
        r"\b(dont|do not)\s+want to go on (living|any ?more|any longer)\b",
    ),
    # Self-harm.
    _rule(SELF_HARM, r"\b(slit|slitting|cut|cutting)\s+my\s+(wrists?|arms?|thighs?|legs?)\b"),
    _rule(SELF_HARM, r"\bself\s?(harm\w*|injur\w*)\b"),
    _rule(
        SELF_HARM,
        r"\b(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|"
        r"hit|hitting|punch|punched|punching|scratch|scratched|scratching|starve|starving)"
        r"\s+myself\b",
        benign_after=r"^\s*(a|an|some|another|shaving|on|cooking|chopping|slicing|opening|"
        r"peeling|ironing|making|baking|gardening|at the gym|at work|lifting|playing|"
        r"running|by accident|accidentally|with the (kettle|iron|oven|knife while))\b",
    ),
    _rule(
        SELF_HARM,
        r"\b(started|start|been|back to|keep|kept|urge to|urges to|want to|wanna)\s+"
        r"(cutting|cut|burning|burn)(\s+again)?\s*$|\b(cutting|burning) again\b",
    ),
    # Overdose.
    _rule(
        OVERDOSE,
        r"\boverdos(e|ed|es|ing)\b",
        benign_after=r"^\s*on\s+(?!(my |the |all |some |a )?" + _DRUGS + r")",
    ),
    _rule(
        OVERDOSE,
        r"\b(an|to|gonna|going to|take an|took an|taking an)\s+od\b",
        read_disguised=False,
    ),
    _rule(
        OVERDOSE,
        r"\b(took|take|taking|swallowed|swallow|swallowing|downed|necked)\s+(all|a handful|"
        r"handful|a bunch|loads|lots|too many|the whole|a whole|an entire|every|a bottle|"
        r"a box|a pack|a packet|a load)\b(\s+\w+){0,4}\s+" + _DRUGS + r"\b",
        negatable=False,
    ),
    _rule(OVERDOSE, r"\bswallowed\s+a\s+(whole\s+)?bottle\s+of\b"),
    _rule(
        OVERDOSE,
        r"\b(stockpil\w*|saving up|hoarding|collecting)\s+(my\s+)?" + _DRUGS + r"\b",
    ),
)

# "OD'd", "ODed", "ODing" are recognised on the raw text: once apostrophes and
# case are gone they collide with the word "odd".
_RAW_OD = re.compile(r"\b(?:OD(?:['’]?d|ed|ing|s)?|od['’]d|od['’]ing)\b")


# Every rule needs one of these word starts; most noticings have none, and one
# scan for them is far cheaper than running every rule.
_TRIGGERS = (
    r"\b(suicid|kill|kms|unaliv|sewer|die|dead|wake|end|tak|better|live|living|worth|exist|"
    r"wish|here|stop|over|alive|miss|care|notice|life|go on|"
    r"disappear|vanish|jump|throw|step|hang|slit|cut|self|harm|injur|burn|hurt|hit|punch|"
    r"scratch|starv|overdos|od|took|swallow|downed|necked|stockpil|saving|hoarding|collecting)"
)
# "haven't had any thoughts of hurting myself": the denial names what is absent.
_NONE_OF_BEFORE = (
    r"\b(no|not|havent|hadnt|never|without|not had|havent had|not having)\s+(any\s+)?"
    r"(more\s+)?(thoughts?|urges?|plans?|intentions?|desire)\s+(of|to|about)\s*$"
)
# How far a guard looks either side of a match, in characters of normalised text.
_WINDOW = 80

# A sentence ends here; a guard never reaches past it.
_SENTENCE_END = re.compile(r"[.!?;\n\r]+|\s[-–—]+\s|[-–—]{2,}")
# A clause ends at a comma or a joining word; negation and "who said it" stay inside.
_CLAUSE_BREAK = re.compile(r" (?:but|and|so|because|cos|cause|though|although|then|anyway) ")
_NON_WORD = re.compile(r"[^0-9a-z,]+")


@dataclass(frozen=True)
class _Compiled:
    category: str
    pattern: re.Pattern[str]
    benign_after: re.Pattern[str] | None
    negatable: bool
    other_subject_guard: bool


class _Ruleset:
    """The rules and guards compiled for one reading of the text.

    The disguised reading squeezes every repeated letter to one ("kill" ->
    "kil") in the text, so its patterns are squeezed the same way.
    """

    def __init__(self, squeeze: bool) -> None:
        def compiled(source: str) -> re.Pattern[str]:
            # Letters only: a letter after a backslash is an escape, kept whole.
            return re.compile(_squeeze_pattern(source) if squeeze else source)

        self.triggers = compiled(_TRIGGERS)
        self.negation_before = compiled(_NEGATION_BEFORE)
        self.none_of_before = compiled(_NONE_OF_BEFORE)
        self.other_subject_before = compiled(_OTHER_SUBJECT_BEFORE)
        self.over_now_after = compiled(_OVER_NOW_AFTER)
        self.rules = tuple(
            _Compiled(
                rule.category,
                compiled(rule.pattern),
                compiled(rule.benign_after) if rule.benign_after else None,
                rule.negatable,
                rule.other_subject_guard,
            )
            for rule in _RULES
            if rule.read_disguised or not squeeze
        )

    def guarded(self, rule: _Compiled, before: str, after: str) -> bool:
        """True when the clause before a match, or the words after it, make it benign."""
        if rule.category == SUICIDAL_IDEATION and self.over_now_after.search(after):
            return True
        if rule.negatable and (
            self.negation_before.search(before) or self.none_of_before.search(before)
        ):
            return True
        if rule.other_subject_guard and self.other_subject_before.search(before):
            return True
        return bool(rule.benign_after and rule.benign_after.search(after))

    def first_signal(self, folded: str) -> CrisisSignal | None:
        # A message repeating itself repeats its contexts: each is judged once.
        judged: dict[tuple[int, str, str], bool] = {}
        for part in _SENTENCE_END.split(folded):
            if not self.triggers.search(part):
                continue
            sentence = _Sentence(part)
            for index, rule in enumerate(self.rules):
                for match in rule.pattern.finditer(sentence.text):
                    before, after = sentence.around(match)
                    key = (index, before, after)
                    if key not in judged:
                        judged[key] = self.guarded(rule, before, after)
                    if not judged[key]:
                        return CrisisSignal(rule.category)
        return None


_LETTER_ESCAPE_OR_RUN = re.compile(r"\\[a-zA-Z]|([a-z])\1+")


def _squeeze_pattern(source: str) -> str:
    return _LETTER_ESCAPE_OR_RUN.sub(lambda m: m.group(1) or m.group(0), source)


class _Sentence:
    """One sentence as words (commas dropped), and where each of its clauses starts."""

    __slots__ = ("breaks", "text")

    def __init__(self, folded: str) -> None:
        pieces = [" ".join(piece.split()) for piece in _NON_WORD.sub(" ", folded).split(",")]
        self.breaks = [0]
        text = " "
        for piece in pieces:
            if not piece:
                continue
            if len(text) > 1:
                self.breaks.append(len(text))
            text += piece + " "
        self.text = text
        self.breaks.extend(m.start() + 1 for m in _CLAUSE_BREAK.finditer(text))
        self.breaks.sort()

    def around(self, match: re.Match[str]) -> tuple[str, str]:
        """A bounded window of the match's clause before it, and of the sentence after it."""
        start, end = match.start(), match.end()
        before = self.text[max(self.clause_start(start), start - _WINDOW) : start]
        return before, self.text[end : end + _WINDOW]

    def clause_start(self, position: int) -> int:
        """Where the clause holding ``position`` starts (a joining word opens its clause)."""
        return self.breaks[bisect.bisect_right(self.breaks, position) - 1]


_PLAIN = _Ruleset(squeeze=False)
_DISGUISED = _Ruleset(squeeze=True)

# "OD'd", "ODed", "ODing" are recognised on the raw text: once apostrophes and
# case are gone they collide with the word "odd".
_RAW_OD = re.compile(r"\b(?:OD(?:['’]?d|ed|ing|s)?|od['’]d|od['’]ing)\b")


def detect_crisis(text: str) -> CrisisSignal | None:
    """Return the first kind of risk recognised in ``text``, or None."""
    if not text:
        return None
    folded = fold(text)
    signal = _PLAIN.first_signal(folded)
    if signal is None and looks_disguised(folded):
        signal = _DISGUISED.first_signal(undisguise(folded))
    if signal is None and _RAW_OD.search(text):
        signal = CrisisSignal(OVERDOSE)
    return signal
