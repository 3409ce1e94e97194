"""English crisis said outright in words the other rules did not read: a death decided,
left as the only thing, wished on waking, and a death that would spare others; and
self-harm hidden or gone back to.

"I've decided to die", "only thing left is to die", "woke up disappointed I was
still alive", "honestly I'd be relieved if I didn't wake up", "it'd be a relief for
them if I died", "if I die they save all that", "my wife would finally be free if I
was dead", "this ends with me dead", "nothing holding me to life anymore", "not one
reason to stay alive". Each names dying, so the crisis model never reads it (it
leaves what is said outright to the rules, :meth:`Model.readable`): a rule that
misses one of these is the only reader.

Each is read in the first person, with the everyday senses its words share exempted:
an opinion held ("decided to die on this hill"), a lie-in ("relieved if I didn't wake
up till noon"), a journey's end ("the trip ends with me dead tired").

Self-harm hidden or gone back to: "mum nearly saw my arms today, told her it was the
cat", "back on the cutting thing and idk how to stop". Cutting grass or hair is not.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.english_net import word_starts
from shared.language.crisis.rules import SELF_HARM, SUICIDAL_IDEATION, Rule, rule

# "decided to die on this hill": holding an opinion; "dead tired", "dead on my feet".
_DIE_BENIGN_AFTER = (
    r"^\s*(at\s+home|in\s+(peace|my\s+sleep|my\s+own\s+bed|hospice)|peacefully|naturally|"
    r"with\s+dignity|young\s+and|on\s+(this|that)\s+hill|of\s+(embarrassment|shame|laughter|"
    r"laughing|boredom|"
    r"cringe)|laughing|tired|on\s+my\s+feet)\b"
)

# A death decided: "I've decided to die", "made up my mind to die", "decided I'm not
# making it to my birthday".
_DECIDED = (
    r"\b(decided|made\s+up\s+my\s+mind|made\s+my\s+mind\s+up|made\s+(the|my)\s+decision|chosen|"
    r"chose)\s+"
    r"(that\s+)?(i\s*(want|am\s+going|m\s+going|will|ll|am\s+gonna|m\s+gonna)\s+)?to\s+"
    r"(die(?!\s+(my|his|her|their|our|the|a|an|some|these|those|it|them)\b)"
    r"|end\s+my\s+life|not\s+be\s+alive|stop\s+living(?!\s+(with|in|at|for|out|off|on|like|beyond|"
    r"according|my|your|a|the|that|this|"
    r"paycheck|under|through|by|near|as|from)\b)|kill\s+myself|end\s+(it|things|everything|it\s+"
    # "decided to end things with him": a relationship ended.
    r"all)(?!\s+(with|between|for\s+good\s+with|at\s+work|early)\b))\b|"
    r"\b(my|the|a)\s+decision\s+to\s+(die|end\s+my\s+life|kill\s+myself)\b|"
    r"\bdecided\s+(that\s+)?(its|it\s+is)\s+time\s+(for\s+me\s+)?to\s+die\b|"
    r"\bdecided\s+(that\s+)?(i\s*m|i\s+am)\s+not\s+(making\s+it|going\s+to\s+make\s+it|"
    r"gonna\s+make\s+it)\s+(to|past|till|until|through)\s+(my\s+(next\s+)?birthday|christmas|"
    r"new\s+year|the\s+end\s+of\s+the\s+(week|month|year)|next\s+(week|month|year))\b"
)

# Death as the one thing left: "only thing left is to die".
_ONLY_LEFT = (
    r"\b(only|last)\s+(thing|option|choice|way\s+out)\s+(left\s+)?(for\s+me\s+)?(is|to\s+do\s+is)"
    r"\s+(to\s+)?(die(?!\s+(my|his|her|their|our|the|a|an|some|it|them)\b)|end\s+it(?!\s+with\b)|"
    r"kill\s+myself|end\s+my\s+life)\b"
)

# Others spared, or the client relieved, by the client's death: "a relief for them if I
# died", "better if I just die", "relieved if I didn't wake up", "if I die they save all
# that", "my wife would finally be free if I was dead".
_GONE = (
    r"(die|died|was\s+dead|were\s+dead|was\s+gone|were\s+gone|didnt\s+wake\s+up(?!\s+(the|my|your|"
    r"his|her|him|them|us|everyone|anyone|a|an|with|in|during|from)\b)|did\s+not\s+"
    r"wake\s+up|never\s+woke\s+up|wasnt\s+here|wasnt\s+around)"
)
_BETTER_IF_GONE = (
    # "the kids were happier when I was gone on the trip": a past told, not a wish.
    r"(?<!\bwere )(?<!\bwas )(?<!\bso )(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?<!\bis )(?<!\bare )"
    r"\b(better|best|easier|a\s+relief|relief|relieved|simpler|"
    r"kinder|happier|glad|grateful)\s+"
    r"(off\s+)?(for\s+(\w+\s+){1,2}?)?(if|when|once|that)\s+i\s+(just\s+|simply\s+|finally\s+)?"
    + _GONE
    + r"\b"
)
_IF_GONE_SPARED = (
    r"\b(if|once|when)\s+(i|i\s*m)\s+(die|died|was\s+dead|were\s+dead|am\s+dead|dead|was\s+gone|"
    r"were\s+gone|gone\s+for\s+good|gone\s+forever)\s*,?\s+(they|she|he|theyd|theyll|shed|shell|"
    r"hed|my\s+\w+|everyone|"
    r"everybody|the\s+family)\s+(\w+\s+){0,2}?(save|saves|would\s+save|could\s+save|d\s+save|"
    r"ll\s+save|can\s+save|would\s+be\s+free|d\s+be\s+free|be\s+free|wont\s+have\s+to|would\s+"
    r"not\s+have\s+to|wouldnt\s+have\s+to|(finally\s+)?(have|get|find)\s+(some\s+)?peace|"
    r"(can|could|would|will)\s+(finally\s+)?move\s+on)\b|"
    r"\b(would|d|will|ll|could)\s+(finally\s+|at\s+last\s+)?be\s+(free|better\s+off|happier|"
    r"relieved)\s+(\w+\s+){0,2}?(if|once|when)\s+i\s+(was|were|am|m)\s+(dead|gone)\b"
)
_PLANNED_BEFORE = (
    r"\b(insurance|policy|will|estate|trust|pension|beneficiar\w*|so\s+that|so)\s+(\w+\s+){0,4}?$"
)
# A will or insurance arranged, or a game: "if I die they can move on to the boss".
_PLANNED_AFTER = (
    r"^.*\b(insurance|the\s+will|in\s+the\s+will|estate|policy|mortgage|the\s+house|boss|level|"
    r"raid|round|game|match)\b"
)
# "relieved if I didn't wake up till noon": a lie-in.
_LIE_IN_AFTER = (
    r"^\s*((until|till|til|early)\b|before\s+(noon|lunch|\d+|my\s+alarm|the\s+alarm|work)\b|"
    r"for\s+(a\s+(while|bit|few\s+\w+|couple\s+\w+|week|day|month)|an?\s+hour|\d+\s+\w+|the\s+"
    r"(weekend|day|week|trip|holidays|summer))\b|at\s+(\d+|noon|work|the\s+(office|party))\b|"
    r"on\s+(time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends|mondays|fridays|"
    r"the\s+(work\s+)?(trip|weekend))\b|in\s+time\b|during\s+(the\s+|my\s+)?\w+|over\s+the\s+"
    r"(weekend|holidays|summer)\b|to\s+(my|the)\s+(alarm|phone)\b)"
)

# Still alive, and grieved at it: "woke up disappointed I was still alive".
_STILL_ALIVE = (
    r"\bwish\s+i\s+(hadnt|had\s+not|didnt|did\s+not|never)\s+(woken|woke|wake)\s+up\b"
    # "wish I hadn't woken up so early": a morning.
    r"(?!\s+(so|this|that|at\s+(\d|noon|dawn|night|the|\w+\s*am)|early|before|in\s+time|for|to|"
    r"when|during|until|till|the|my|your|his|her|him|them|us|everyone|a|an|with)\b)|"
    r"\b(hate|dread)\s+waking\s+up\s+alive\b|"
    r"\b(disappointed|gutted|sad|angry|upset)\s+to\s+(wake\s+up|have\s+woken\s+up|be)\s+"
    r"(still\s+)?alive\b|"
    r"\b(disappointed|gutted|angry|annoyed|upset|sad|pissed|furious|sorry|devastated)\s+(that\s+)?"
    r"(i\s+)?(was|am|m|to\s+be|to\s+still\s+be|im)\s+(still\s+)?alive\b(?!\s+(in|on)\s+(the|my|"
    r"our)\s+\w+)|"
    r"(^\s*|\b(i\s*m|i\s+am|am\s+i|i\s+was|me|woke\s+up)\s+)still\s+(alive|here|breathing)\s*,?\s+("
    r"unfortunately|sadly|worst\s+luck|"
    r"dammit|damn\s+it)\b(?!\s+(the|my|his|her|she|he|it|they|our|a|an)\b)(?!.*\b(flight|delay\w*|"
    r"airport|gate|train|bus|traffic|meeting|queue|line|waiting|workout|gym|class|shift|office|"
    r"dmv|battery|phone)\b)"
)

# The end said as the client dead: "this ends with me dead".
_ENDS_WITH_ME = (
    r"\b(this|it|its|all\s+this|everything)(\s+all)?\s+(ends|will\s+end|is\s+going\s+to\s+end|"
    r"s\s+going\s+to\s+end|going\s+to\s+end|is\s+gonna\s+end|gonna\s+end|ll\s+end)\s+"
    r"(\w+\s+){0,2}?with\s+me\s+(dead|gone|in\s+a\s+(box|coffin|grave)|in\s+the\s+ground|six\s+"
    r"feet\s+under)\b(?!\s+(tired|on|last|in\s+the\s+(game|dungeon|level|story|book|"
    r"movie))\b)(?!(\s+\w+){0,6}?\s+(every\s+(single\s+)?time|game|dungeon|level|boss|raid|run|"
    r"round|match|chapter)\b)"
)

# Nothing holding the client to life: "nothing holding me to life anymore", "not one
# reason to stay alive".
_NOTHING_HOLDS = (
    r"\b(nothing|nothings|no\s*one|nobody|nothing\s+left)\s+(is\s+)?(holding|keeping|tying|"
    r"anchoring|"
    r"holds|keeps|ties)\s+"
    r"me\s+(to\s+life|to\s+this\s+(world|life)|alive)\b(?!\s+in\s+(this|the)\s+(game|level|run|"
    r"match|raid))(?!\s+(like|as\s+much\s+as|quite\s+like|better\s+than)\b)|"
    r"\b(not\s+(one|a\s+single)|zero|no|not\s+any)\s+(good\s+)?reasons?\s+(left\s+)?(to|for)\s+"
    r"(stay(ing)?\s+alive|be(ing)?\s+alive|keep\s+living|go\s+on\s+living|live|living)\b"
    r"(?!\s+(in|with|at|near|on|downtown|here|there|abroad|alone|together|by|off|like|paycheck|"
    r"under|beyond|according|out\s+of|from|that\s+way|this\s+way)\b)"
)

# Marks seen and explained away: "mum nearly saw my arms, told her it was the cat".
# Marks got in sport or outdoors, told as they came: "tore up my legs on the trail run".
_GOT_OUTDOORS = (
    r"(?!(\s+\w+){0,6}?\s+(trail|run|running|hike|hiking|bike|biking|climbing|skiing|soccer|"
    r"football|rugby|practice|game|match|fell|tripped)\b)"
)
_MARKS_EXPLAINED = (
    r"\b(arms?|wrists?|cuts|marks|scars|thighs|legs)\b"
    + _GOT_OUTDOORS
    + r"(\s+\w+){0,8}?\s+(told|tell|said\s+to)\s+"
    r"(her|him|them|my\s+\w+|everyone|people)\s+(it\s+was|they\s+were|that\s+it\s+was|that\s+"
    r"they\s+were|its|theyre)\s+(from\s+)?(the|a|my)\s+(cat|cats|kitten|dog|puppy|accident|fall|"
    r"rose|bush|thorns|oven|pan|fence)\b|"
    r"\b(arms?|wrists?|cuts|marks|scars|thighs|legs)\b(\s+\w+){0,8}?\s+i\s+said\s+(that\s+)?(it\s+"
    r"was|they\s+were|its|theyre)\s+(from\s+)?(the|a|my)\s+(cat|cats|kitten|dog|puppy|accident|"
    r"fall|rose|bush|thorns|fence)\b|"
    r"\b(arms?|wrists?|cuts|marks|scars|thighs|legs)\b(\s+\w+){0,8}?\s+i\s+said\s+(that\s+)?(the|"
    r"my)\s+(cat|kitten|dog|puppy)\s+(did\s+it|did\s+that|scratched\s+me)\b|"
    # "told my gf the cuts were from the cat".
    r"\b(told|tell)\s+(\w+\s+){1,2}?(the|my|those)\s+(cuts|scars|marks)\s+(were|are)\s+from\s+"
    r"(the|my|a)\s+(cat|cats|kitten|dog|puppy|rose|bush|fence)\b"
)
# "told them it was a fall, which is true": no excuse; scratches from a rose bush or sport.
_TRUE_AFTER = (
    r"^.*\b((and|which)\s+(it|they|that)?\s*(literally\s+|really\s+|actually\s+)?(was|were|is|"
    r"did)|which\s+is\s+true)\b"
)
_CAUSE_BEFORE = (
    r"\b(trail|running|biking|skiing|climbing|tripped|scratch\w*|from\s+(the\s+)?(soccer|football|"
    r"rugby|hockey|rose|bush|garden|hike|hiking|"
    r"work|surgery|sport\w*))\b"
)
# Cuts hidden: "hiding my cuts with bracelets", "covering the cuts on my legs".
_CUTS_HIDDEN = (
    r"\b(hid|hide|hides|hiding|cover|covers|covering|covered|conceal\w*)\s+(up\s+)?(my\s+(new\s+|"
    r"fresh\s+)?(cuts|scars)\b|the\s+(new\s+|fresh\s+)?(cuts|scars)\s+on\s+my\b)"
    # A surgery's, acne's or a section's scars.
    r"(?!\s+(\w+\s+){0,3}?(from|of)\s+(the|my|a|an)?\s*(\w+\s+)?(surgery|operation|c\s*section|"
    r"acne|"
    r"accident|crash|wreck|fall|injury|stitches|appendectomy|op|spots|chickenpox|burn)\b)"
)
# Cutting gone back to: "back on the cutting thing", "back to cutting again".
_BACK_TO_CUTTING = (
    r"\bback\s+(on|to|at)\s+(the\s+)?(cutting|self\s*harm\w*|hurting\s+myself)\s*(thing|"
    r"stuff|again|$)|\bback\s+(on|to|at)\s+(the\s+)?(cutting|self\s*harm\w*)\s+(and|but|so|"
    r"idk|i\s+dont|i\s+cant)\b|"
    r"\b(relapsed|slipped)\s+(back\s+)?(in)?to\s+cutting\b|\bback\s+at\s+it\s+with\s+the\s+"
    r"cutting\b(?!\s+(board|boards|mat|machine|edge|room))|\bback\s+to\s+cutting\s+myself\b"
)

# "back on the cutting thing, lost 3 lbs": a diet's cut, not self-harm.
_DIET_AFTER = (
    r"^.{0,80}?\b(abs|shred\w*|cardio|deficit|physique|lbs?|pounds|kg|kilos|macros|calories|cals|"
    r"carbs|diet|bulk\w*|lean|protein|"
    r"gym|lifting|barbershop|salon|clients)\b"
)
# A death in the family, and the client to do the same: "my brother killed himself last
# year and I'm going to do the same".
_THE_SAME_AS_THEM = (
    r"\b(killed\s+(himself|herself|themselves)|hanged\s+(himself|herself|themselves)|took\s+"
    r"(his|her|their)\s+(own\s+)?life)\b(\s+\w+){0,12}?\s+(i\s*m\s+(going\s+to|gonna)|i\s+"
    r"(want|will|plan)\s+to|i\s*ll|i\s+am\s+going\s+to)\s+(do\s+the\s+same|follow\s+(him|her|"
    r"them))\b"
)

# Every rule here names dying, life or the client gone; most of these words already
# start the lexicon's first scan (english.py), "gone" and "around" join it.
OUTRIGHT_TRIGGERS: tuple[str, ...] = (
    "decided",
    "gone",
    "around",
    "arm",
    "wrist",
    "cuts",
    "marks",
    "scar",
    "thigh",
    "legs",
    "cutting",
    "self",
    "world",
    "breath",
    "relaps",
    "hid",
    "cover",
    "conceal",
    "decision",
    "feet",
    "hanged",
)
_MARKS_NEEDS = word_starts(
    ["arm", "wrist", "cuts", "marks", "scar", "thigh", "legs", "cutting", "self", "relaps"]
)
_NEEDS = word_starts(
    [
        "decided",
        "killed",
        "hanged",
        "took",
        "decision",
        "world",
        "breath",
        "feet",
        "die",
        "dead",
        "alive",
        "wake",
        "woke",
        "life",
        "live",
        "living",
        "gone",
        "here",
        "around",
    ]
)


def _needing(needs: str, *rules: Rule) -> tuple[Rule, ...]:
    """The rules, each tried only in a sentence holding one of ``needs``' word starts."""
    return tuple(replace(each, needs=needs) for each in rules)


OUTRIGHT_RULES: tuple[Rule, ...] = (
    *_needing(
        _NEEDS,
        rule(
            SUICIDAL_IDEATION,
            _DECIDED,
            benign_after=_DIE_BENIGN_AFTER,
            other_subject_guard=True,
            benign_before=r"\b(living\s+will|advance\s+directive|dnr|hospice|palliative|book|"
            r"novel|movie|film|show|series|song|lyrics?|line|quote|character|hero|heroine|"
            r"protagonist|episode|chapter)\b(\s+\w+){0,8}\s*$",
        ),
        rule(SUICIDAL_IDEATION, _ONLY_LEFT, other_subject_guard=True),
        rule(
            SUICIDAL_IDEATION,
            _BETTER_IF_GONE,
            benign_after=_LIE_IN_AFTER
            + r"|^.*\b(game|round|level|match|boss|raid|escape\s+room|tournament|quiz|trivia)\b",
            negatable=False,
        ),
        rule(
            SUICIDAL_IDEATION,
            _IF_GONE_SPARED,
            benign_after=_PLANNED_AFTER,
            benign_before=_PLANNED_BEFORE,
            negatable=False,
        ),
        rule(SUICIDAL_IDEATION, _STILL_ALIVE),
        rule(SUICIDAL_IDEATION, _ENDS_WITH_ME),
        rule(SUICIDAL_IDEATION, _NOTHING_HOLDS),
        rule(
            SUICIDAL_IDEATION,
            _THE_SAME_AS_THEM,
            # A story: "in the show he killed himself".
            benign_before=r"\b(show|series|movie|film|book|novel|game|character|episode)\b.*$",
            other_subject_guard=False,
        ),
    ),
    *_needing(
        _MARKS_NEEDS,
        rule(SELF_HARM, _MARKS_EXPLAINED, benign_after=_TRUE_AFTER, benign_before=_CAUSE_BEFORE),
        rule(SELF_HARM, _BACK_TO_CUTTING, benign_after=_DIET_AFTER),
        rule(SELF_HARM, _CUTS_HIDDEN),
    ),
)
