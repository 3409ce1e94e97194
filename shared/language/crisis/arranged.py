"""A death arranged in the things around it, English and Spanish: what the client sets up,
leaves in order, says will not be seen, or puts off to a day.

"I won't be here to see him grow up", "no voy a estar para verla crecer", "wrote them
birthday cards for the next ten years", "so nobody has to sort through them after",
"told her it's only for a bit but it's not", "le dije que me voy de viaje pero no hay
ningún viaje", "if I'm not here tomorrow don't be sad", "if I don't answer tomorrow just
send the police round to check", "mañana cumplo años y quiero que sea el último", "the
hose taped to the exhaust", "en el carro en el garaje con el motor prendido", "swallowed
the lot", "nobody to walk in on it", "how many it takes to not wake up", "thought about
driving into the median", "not cutting anymore, moved on to burning", "no me he cortado,
pero me quemé el brazo con la plancha".

None of them names dying, and each is everyday speech with one word changed (a trip, a
lie-in, a move, a car warmed up): every rule reads its sentence whole, in the first
person, and names the thing that makes it final ("grow up", "after", "but it's not", "the
exhaust"). A death put off to a day spans two sentences ("I won't do anything today,
don't worry. Saturday's the day."): :func:`put_off_to_a_day` reads the whole message.
"""

from __future__ import annotations

import re

from shared.language.crisis.english_net import word_starts
from shared.language.crisis.rules import (
    ENGLISH,
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
    Rule,
    needing,
    rule,
)

# --- English ------------------------------------------------------------------------

_I_WONT = r"(i\s+(wont|won\s+t|will\s+not)|(im|i\s+m|i\s+am)\s+not\s+(going\s+to|gonna))"

# A life not lived to see the people in it grow: "I won't be here to see him grow up".
_NOT_HERE_TO_SEE = (
    r"(\b"
    + _I_WONT
    + r"\s+|^\W*(wont|won\s+t)\s+)(be\s+(here|around|alive)|live)\s+(to\s+(see|watch)|for)\s+"
    r"(him|her|them|you|my\s+\w+|"
    r"the\s+(kids|baby|boys|girls))\s+(grow\s+up|graduate|get\s+married|start\s+school|finish\s+"
    r"school|turn\s+\w+)\b"
)
# A reason it is not a death: "because of the cancer", "I have a work trip", "on deployment".
_A_REASON_AFTER = (
    r"^.*\b(because|cause|cos|coz|due\s+to|work|shift|trip|deploy\w*|cancer|oncolog\w*|chemo|illness|"
    r"sick|porque|viaje|trabajo|turno|enfermedad|quimio)\b"
)
# Things left for years ahead: "wrote each of them birthday cards for the next ten years".
_CARDS_FOR_YEARS = (
    # "wrote birthday cards for my son for the next 18 years".
    r"\b(wrote|written|writing|write|left|leaving|made)\s+(\w+\s+){0,4}?(birthday\s+|christmas\s+)?(cards?|"
    r"letters?)\s+(for|to)\s+(my\s+)?\w+\s+for\s+the\s+next\s+(\d+|\w+)\s+years\b|"
    r"\b(wrote|written|writing|write|left|leaving|made)\s+(\w+\s+){0,4}?(birthday\s+|christmas\s+)?(cards?|letters?|notes?|messages?|presents?|gifts?)\s+(for|to\s+open\s+on)\s+(each\s+of\s+)?"
    r"(the|their|his|her)\s+(next|future)\s+(\w+\s+){0,2}(years|birthdays|christmases)\b"
)
# Belongings cleared for after: "so nobody has to sort through them after".
_CLEARED_FOR_AFTER = (
    r"\bso\s+(that\s+)?(nobody|no\s+one|noone|they|my\s+(family|kids|mum|mom|wife|husband|sister|"
    r"brother|son|daughter)|you)\s+(has|have|doesnt\s+have|dont\s+have|wont\s+have|will\s+not\s+"
    r"have)\s+to\s+(sort|go|clear)\s+(through|out)\s+(them|all\s+that|my\s+(stuff|things|"
    r"clothes|room|flat|place))\s+(after|afterwards|when\s+im\s+gone|when\s+i\s+m\s+gone)\s*$"
)
# Sorry someone will have to clear the client's home: "tell her I'm sorry she has to be the
# one to clear out my flat".
_SORRY_TO_CLEAR = (
    r"\bsorry\b(\s+\w+){0,6}?\s+(has|have|will\s+have|is\s+going\s+to\s+have)\s+to\s+(be\s+the\s+"
    r"one\s+to\s+)?(clear|sort|empty)\s+(out\s+)?my\s+(flat|room|apartment|place|stuff|"
    r"things|house)\b"
)
# A going away said to be for a while and not: "told her its only for a bit but its not".
_SAID_FOR_A_WHILE = (
    r"\b(told|telling)\s+(her|him|them|my\s+\w+|everyone)\s+(that\s+)?(its|it\s+s|it\s+is|it\s+was|"
    r"im|i\s+m)\s+(only|just)\s+(for\s+a\s+(bit|while|few\s+(days|weeks))|temporary|for\s+now)\s+"
    r"(but|and)\s+(its|it\s+s|it\s+is|im|i\s+m)\s+not\b|"
    r"\b(told|telling)\s+(her|him|them|my\s+\w+|everyone)\s+(that\s+)?(im|i\s+m|i\s+am)\s+(going|off)\s+"
    r"(\w+\s+){0,3}?(for\s+a\s+(bit|while))\s+but\s+(im|i\s+m|i\s+am)\s+not\s+coming\s+back\b|"
    # "told her i'm moving but i'm not moving anywhere".
    r"\b(told|telling)\s+(her|him|them|my\s+\w+|everyone)\s+(that\s+)?(im|i\s+m|i\s+am|i\s+was)\s+"
    r"(moving|going\s+away|leaving|travelling|traveling)\s+but\s+(im|i\s+m|i\s+am|i\s+was)\s+not\b"
    r"(?!\s+(\w+\s+){0,2}(yet|till|until|this|next|anymore|now)\b)"
)
# Not the end of a life: a move, a job, a surprise.
_A_CHANGE_AFTER = (
    r"^.*\b(move|moving|moved|for\s+good|permanent\w*|part\s+time|new\s+job|job|surprise|sorpresa|fiesta|"
    r"definitiv\w*|mudamos|mudo|me\s+quedo|trabajo\s+nuevo|feliz|happy)\b"
)
# The means set up, named by its parts: "got the charcoal and the tape for the windows".
_CHARCOAL = (
    r"\bcharcoal\b(\s+\w+){0,6}?\s+(tape|seal|sealed|taped|sealing|taping)\b(\s+\w+){0,4}?\s+"
    r"(windows?|doors?|vents?)\b"
)
# Things given because they will not be needed: "gave my ps5 and shoes away. dont need em".
_GIVEN_AS_UNNEEDED = (
    r"\bgave\s+(\w+\s+){1,5}?away\s+(i\s+)?(dont|don\s+t|wont|won\s+t|will\s+not)\s+need\s+(em|them|it)\b|"
    r"\bgave\s+(\w+\s+){1,2}to\s+(my\s+)?\w+\s+for\s+good\b"
)
# "just needed to say bye to someone before".
_BYE_BEFORE = (
    r"\b(needed|wanted)\s+to\s+say\s+(bye|goodbye)\s+to\s+(someone|somebody|you)\s+before\s*$"
)
# A time decided: "i've decided, it's this week".
_DECIDED_WHEN = (
    r"\b(ive|i\s+ve|i\s+have)\s+decided\s+(its|it\s+s|it\s+is)\s+(this\s+week|this\s+weekend|tonight|"
    r"tomorrow|today|(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
# "if i'm not at thursday's session you'll know why".
_KNOW_WHY = (
    r"\bif\s+(im|i\s+m|i\s+am)\s+not\s+(at|in|there)\b(\s+\w+){0,4}?\s+(you(ll|\s+ll|\s+will)|u(ll|\s+ll)?)\s+"
    r"know\s+why\b"
)
# "if i didnt wake up tomorrow that would be a relief" (not "until ten").
_RELIEF_NOT_WAKING = (
    r"\bif\s+i\s+(didnt|did\s+not|dont|don\s+t|never)\s+wake\s+up\b(?!\s+(until|till|til|before|early|"
    r"late|at)\b)(\s+\w+){0,3}?\s+(that\s+|it\s+)?(would|wd|d|will|d)\s+be\s+(a\s+)?(relief|fine|ok|okay|"
    r"good|better|nice|for\s+the\s+best)\b"
)
# "if i disappear this week don't let them blame my mum".
_IF_I_DISAPPEAR = (
    r"\bif\s+i\s+(disappear|vanish|go\s+missing)\b(\s+\w+){0,4}?\s+(dont|do\s+not)\s+(let|blame)\b"
)
# "fed the cat for the last time" (not before the neighbours come back).
_LAST_TIME = r"\b(fed|walked|hugged|kissed|cuddled)\s+(\w+\s+){0,3}?for\s+the\s+last\s+time\b"
_BACK_AFTER = (
    r"^.*\b(back|home|return\w*|moving|sold|new\s+owners?|rehom\w*|before\s+(we|they|the|she|he)|"
    r"holiday|vacation|trip|away)\b"
)
# A burden, and a fix planned: "started planning how to fix that".
_BURDEN_FIXED = (
    r"\bburden\b(\s+\w+){0,10}?\s+(planning|planned|figured\s+out|working\s+out)\s+how\s+to\s+(fix|"
    r"solve|end|sort)\s+(that|it|this)\b"
)
# "waiting til after mums birthday then done".
_AFTER_THEN_DONE = (
    r"\bwait\w*\s+(til|till|until)\s+after\b(\s+\w+){1,4}?\s+then\s+(im\s+|i\s+m\s+)?(done|gone|out)"
    r"\s*$"
)
# A hold strong enough: "found a tree out back thats strong enough".
_STRONG_ENOUGH = (
    r"\b(tree|beam|branch|rafter|hook|banister)\b(\s+\w+){0,4}?\s+(thats|that\s+s|that\s+is|strong)\s+"
    r"(strong\s+)?enough\b(?!\s+(for|to\s+hold)\s+(the|a|my)\s+(swing|hammock|treehouse|kids|bird|tyre|"
    r"tire|lights|decorations))"
)
# "i did cut, i do cut": cutting owned.
_DO_CUT = (
    r"\bi\s+(do|did|still)\s+cut\b(?!\s+(my|the|it|back|down|out|off|hair|grass|his|her|them|costs|"
    r"carbs|class|corners|ties|onions|veg\w*))"
)
# "goodbye fi real".
_GOODBYE_FOR_REAL = r"\bgoodbye\s+(for\s+real|fi\s+real|fr)\s*$"

# "If I'm not here tomorrow don't be sad".
_IF_NOT_HERE = (
    r"\bif\s+(im|i\s+m|i\s+am)\s+(not|no\s+longer)\s+(here|around|alive)\s+(tomorrow|by\s+"
    r"(tomorrow|morning|monday|the\s+weekend)|in\s+the\s+morning|next\s+week)\b(\s+\w+){0,3}?\s+"
    r"(dont\s+(be\s+sad|cry|blame\s+yourself|be\s+mad)|i\s+love\s+(you|u)|im\s+sorry|know\s+that|"
    r"remember\s+(me|that))\b"
)
# Where the client will be instead: "my flight got delayed", "I went to the gym".
_ELSEWHERE_AFTER = (
    r"^.*\b(flight|gym|at\s+my|went|im\s+at|i\s+m\s+at|work|shift|grupo|chat|numero|telefono|cambie|"
    r"vuelo|trabajo|moving|mudanza)\b"
)
# "If I don't answer tomorrow don't bother ringing, just send the police round to check".
_SEND_TO_CHECK = (
    r"\bif\s+i\s+(dont|do\s+not|don\s+t)\s+(answer|reply|pick\s+up|respond|text\s+back)\b"
    r"(\s+\w+){0,8}?\s+(send|call)\s+(the\s+)?(police|cops|ambulance|someone)\s+(\w+\s+){0,2}?"
    r"(to\s+)?check(\s+(on\s+me|in\s+on\s+me|(the|my)\s+(flat|place|house|apartment|room)))?"
    r"(?=\s*($|[,.;!?]))"
)
# "Mañana cumplo años y quiero que sea el último", "my birthday's friday, I want it to be my
# last": never "the last one I spend alone".
_LAST_BIRTHDAY = (
    r"\b(birthday|christmas|new\s+year)\b(\s+\w+){0,8}?\s+(want|hope|wish)\s+(it\s+to\s+be|its|"
    r"it\s+s|this\s+is|this\s+one\s+is|it\s+is|this\s+one\s+to\s+be)\s+my\s+last(\s+one)?"
    r"(?=\s*($|[,.!?]|and\b))"
)
# The exhaust set up: "the hose taped to the exhaust", "sitting in the truck in the garage
# with the engine on".
_EXHAUST = (
    r"\b(hose|pipe|tube)\s+(\w+\s+){0,2}?(taped|attached|hooked\s+up|running|connected|fixed|"
    r"stuck)\s+(to|from|on|onto|into)\s+the\s+exhaust\b|"
    r"\b(in|inside)\s+(the|my|his|her)\s+(car|truck|van)\s+in\s+the\s+garage(\s+\w+){0,4}?\s+(with|w)\s+"
    r"the\s+"
    r"engine\s+(on|running|going)\b"
)
# The car warmed up: "to warm it up", "para calentarlo".
_WARMING_AFTER = (
    r"^.*\b(warm\w*|defrost\w*|calentar\w*|se\s+calentaba|calient\w*|descongel\w*|emissions|"
    r"gases|revision)\b"
)
# All the pills at once: "swallowed the lot", "tek a whole heap a tablet".
_SWALLOWED_ALL = (
    r"\b(swallowed|swallow|necked|downed|took|tek|tuk|taken)\s+(a\s+)?(whole|entire)\s+(heap|bunch|"
    r"load|lot|pack|packet|box|strip|handful)\s+(of|a|o)\s+(tablets?|pills?|meds|paracetamol|"
    r"painkillers|sleeping\s+pills)\b|"
    r"\bi\s+swallowed\s+(the\s+(whole\s+)?lot|all\s+of\s+them|them\s+all)(?=\s*($|[.!]))|"
    r"\bswallowed\s+(the\s+(whole\s+)?lot|all\s+of\s+them|them\s+all|every\s+(last\s+)?one)\s+"
    r"(with|and|washed\s+down\s+with)\s+(\w+\s+){0,4}?(wine|vodka|whisky|whiskey|rum|gin|booze|alcohol|"
    r"beer|cider|tequila)\b"
)
# The pills made up: "a cocktail of pills ready", "el cóctel de pastillas preparado".
_PILLS_MIXED = (
    r"\b(cocktail|mix|combo)\s+of\s+(pills|tablets|meds)\s+(all\s+)?(ready|prepared|lined\s+up)\b"
)
# A week's medicines set out, or someone else's: "for the week in the dosette box".
_ROUTINE_AFTER = (
    r"^.*\b(for\s+the\s+week|para\s+la\s+semana|pastillero|dosette|organi[sz]er|chemo|quimio|vet|"
    r"veterinari\w*|dog|perro|perra|gato|cat|trip|viaje|olvide)\b"
)
_ROUTINE_BEFORE = (
    r"\b(vet|nurse|enfermera|doctor|doctora|medico|pharmacist|farmaceutic\w*|papa|mama)\b.*$"
)
# "After Carnival Tuesday allyuh wouldn't see me again", "you won't see me again".
_NOT_SEEN_AGAIN = (
    r"\b(you|u|y\s+all|yall|allyuh|all\s+of\s+you|nobody|no\s+one)\s+(wont|won\s+t|wouldnt|"
    r"wouldn\s+t|will\s+not|will\s+never|would\s+never|aint\s+gonna)\s+see\s+me\s+(again|no\s+"
    r"more|anymore|ever\s+again)\b"
)
_UNTIL_AFTER = (
    r"^\W*(until|till|til|before|for|this|next|at|in|on|when|unless|if|i\s+m\s+moving|im\s+moving|"
    r"moving|got\s+a\s+new|new\s+job|i\s+m\s+doing|im\s+doing)\b|^.*\b(lol|haha|jaja|lmao)\b"
)
# Nobody to stop it: "empty house, nobody to walk in on it".
_NOBODY_TO_STOP = (
    r"\b(nobody|no\s+one|noone)\s+(here\s+)?(to|will|would|gonna|going\s+to)\s+(walk\s+in\s+on\s+(it|me)|"
    r"stop\s+me|interrupt)(?=\s*($|[,.;!?]|now|this\s+time|tonight|anymore))"
)
# "googled how many it takes to not wake up".
_HOW_MANY_TO_END = (
    r"\bhow\s+many\s+(\w+\s+){0,2}?(it\s+)?(takes?|would\s+take|do\s+you\s+need|you\s+need)\s+to\s+"
    r"(not\s+wake\s+up|never\s+wake\s+up|stop\s+(your|my)\s+heart)(\s+(again|ever))?(?=\s*($|[,.;!?]))|"
    r"\bdose\s+(that|to)\s+(makes\s+you\s+|make\s+you\s+)?(not|never)\s+wake\s+up\b"
)
# "thought about driving into the median on the way home".
_DRIVE_INTO = (
    r"\b(thought|thinking|think|fantasi[sz]\w*|daydream\w*|urge|tempted|wanted|want|wanna|"
    r"imagin\w*)\s+(about\s+|of\s+|to\s+)?(just\s+)?(driving|swerving|steering|crashing|veering|"
    r"drive|swerve|steer|crash|veer)\s+(my\s+car\s+|the\s+car\s+)?(into|off|in\s+front\s+of)\s+"
    r"(the\s+|a\s+|an\s+)?(median|tree|wall|oncoming|traffic|truck|lorry|barrier|guardrail|"
    r"bridge|cliff|river|lake|pole|overpass|road)\b"
)
# Self-harm put in another form: "not cutting anymore, moved on to burning".
_ANOTHER_HARM = (
    r"\b(not|no\s+longer|stopped|quit|havent\s+been)\s+(cutting|cut)(\s+(myself|my\s+(arms?|legs?|"
    r"wrists?|thighs?|skin)))?(?=\s*($|[,.;!?]|(anymore|any\s+more|like|since|but|and)\b))"
    r"(\s+\w+){0,10}?\s+("
    r"moved\s+on\s+to|switched\s+to|started|now\s+i|instead\s+i|but\s+i)\s+(\w+\s+){0,2}?(burn(ing|ed|t)?|"
    r"scratch(ing|ed)?|hitting\s+myself|punching\s+(myself|walls?)|banging\s+my\s+head)(\s+(myself|my\s+"
    r"(arms?|legs?|wrists?|thighs?|skin|hands?)))?(?=\s*($|[,.;!?]|(instead|now|its|it\s+s|again)\b))|"
    # Said on its own: "I've moved on to burning, it's easier to hide" (not "to burning CDs").
    r"\b(ive|i\s+ve|i\s+have)\s+(moved\s+on|switched|gone\s+over)\s+to\s+(burning|scratching|"
    r"hitting\s+myself)(\s+(myself|my\s+(arms?|legs?|wrists?|thighs?|skin|hands?)))?"
    r"(?=\s*($|[,.;!?]|(instead|now|its|it\s+s|again)\b))"
)

# "no desire to eat or to live": living the second of two not wanted.
_NO_WILL_TO_LIVE = (
    r"\bno\s+(desire|will|energy|wish|want)\s+to\s+\w+\s+(or|nor)\s+(to\s+)?(live|go\s+on|exist)\b"
)

_NEEDS_EN = word_starts(
    [
        "here", "around", "alive", "cards", "letters", "notes", "messages", "presents", "gifts",
        "after", "later", "gone", "sorry", "told", "telling", "tomorrow", "answer", "reply",
        "respond", "birthday", "christmas", "year", "exhaust", "garage", "swallow", "necked",
        "downed", "took", "tek", "tuk", "taken", "walk", "stop", "many", "driv", "swerv", "steer",
        "crash", "veer", "cutting", "cut", "moved", "switched", "cocktail", "mix", "combo",
        "see", "desire", "will", "energy", "wish", "want", "dose", "interrupt", "wont", "won",
        "live", "charcoal", "gave", "needed", "wanted", "decided", "session", "wake", "disappear",
        "vanish", "missing", "fed", "walked", "hugged", "kissed", "cuddled", "burden", "wait",
        "tree", "beam", "branch", "rafter", "hook", "banister", "goodbye", "regret",
    ]
)  # fmt: skip

ARRANGED_TRIGGERS: tuple[str, ...] = (
    "here", "around", "alive", "card", "letter", "note", "message", "present", "gift", "after",
    "later", "gone", "sorry", "told", "telling", "tomorrow", "answer", "reply", "respond",
    "birthday", "christmas", "year", "exhaust", "garage", "swallow", "necked", "downed", "took",
    "tek", "tuk", "taken", "walk", "stop", "many", "driv", "swerv", "steer", "crash", "veer",
    "cut", "moved", "switched", "cocktail", "mix", "combo", "see", "desire", "will", "energy",
    "wish", "want", "dose", "interrupt", "wont", "won", "live", "charcoal", "gave", "needed",
    "wanted", "decided", "session", "wake", "disappear", "vanish", "missing", "fed", "walked",
    "hugged", "kissed", "cuddled", "burden", "wait", "tree", "beam", "branch", "rafter", "hook",
    "banister", "goodbye", "regret",
)  # fmt: skip


ARRANGED_RULES: tuple[Rule, ...] = needing(
    _NEEDS_EN,
    (
        rule(SUICIDAL_IDEATION, _NOT_HERE_TO_SEE, benign_after=_A_REASON_AFTER, negatable=False),
        rule(SUICIDAL_IDEATION, _CARDS_FOR_YEARS),
        rule(SUICIDAL_IDEATION, _CLEARED_FOR_AFTER),
        rule(SUICIDAL_IDEATION, _SORRY_TO_CLEAR),
        rule(SUICIDAL_IDEATION, _SAID_FOR_A_WHILE, benign_after=_A_CHANGE_AFTER),
        rule(SUICIDAL_IDEATION, _IF_NOT_HERE, benign_after=_ELSEWHERE_AFTER, negatable=False),
        rule(SUICIDAL_IDEATION, _SEND_TO_CHECK, negatable=False),
        rule(SUICIDAL_IDEATION, _LAST_BIRTHDAY),
        # Someone else's too: a husband in the garage with the engine on is an emergency.
        rule(SUICIDAL_IDEATION, _EXHAUST, benign_after=_WARMING_AFTER),
        rule(OVERDOSE, _SWALLOWED_ALL),
        rule(OVERDOSE, _PILLS_MIXED, benign_after=_ROUTINE_AFTER, benign_before=_ROUTINE_BEFORE),
        rule(SUICIDAL_IDEATION, _NOT_SEEN_AGAIN, benign_after=_UNTIL_AFTER),
        rule(SUICIDAL_IDEATION, _NOBODY_TO_STOP, negatable=False),
        rule(SUICIDAL_IDEATION, _HOW_MANY_TO_END, negatable=False),
        rule(SUICIDAL_IDEATION, _DRIVE_INTO),
        rule(SELF_HARM, _ANOTHER_HARM, negatable=False),
        rule(SUICIDAL_IDEATION, _NO_WILL_TO_LIVE, negatable=False),
        rule(SUICIDAL_IDEATION, _CHARCOAL),
        rule(SUICIDAL_IDEATION, _GIVEN_AS_UNNEEDED, benign_after=_A_CHANGE_AFTER),
        rule(SUICIDAL_IDEATION, _BYE_BEFORE, negatable=False),
        rule(SUICIDAL_IDEATION, _DECIDED_WHEN, negatable=False),
        rule(SUICIDAL_IDEATION, _KNOW_WHY, negatable=False),
        rule(SUICIDAL_IDEATION, _RELIEF_NOT_WAKING, negatable=False),
        rule(SUICIDAL_IDEATION, _IF_I_DISAPPEAR, negatable=False),
        rule(SUICIDAL_IDEATION, _LAST_TIME, benign_after=_BACK_AFTER),
        rule(SUICIDAL_IDEATION, _BURDEN_FIXED, negatable=False),
        rule(SUICIDAL_IDEATION, _AFTER_THEN_DONE, negatable=False),
        rule(SUICIDAL_IDEATION, _STRONG_ENOUGH),
        rule(SELF_HARM, _DO_CUT, negatable=False),
        rule(SUICIDAL_IDEATION, _GOODBYE_FOR_REAL, negatable=False),
    ),
)

# --- Spanish ------------------------------------------------------------------------

_NOT_HERE_TO_SEE_ES = (
    r"\bno\s+voy\s+a\s+(estar|vivir)\s+(aqui\s+)?(para|pa)\s+(ver(lo|la|los|las|te)?|ver\s+a\s+mis?\s+"
    r"\w+)\s+(crecer|graduarse|graduarte|casarse|casarte)\b"
)
_CARDS_FOR_YEARS_ES = (
    r"\b(escrib\w*|deje|dejo|he\s+dejado|hice)\s+(\w+\s+){0,3}?(cartas?|tarjetas?|notas?|mensajes?|regalos?)\s+para\s+(cada\s+uno\s+de\s+)?(sus|los|todos\s+"
    r"sus|mis)\s+(proximos|siguientes|futuros)\s+(\w+\s+)?(cumpleanos|anos|navidades)\b"
)
_CLEARED_FOR_AFTER_ES = (
    r"\bpara\s+que\s+(nadie|no)\s+(tenga|tengan)\s+(que|q)\s+(ordenar|recoger|revisar|limpiar|sacar)\s+"
    r"mis\s+cosas\s+(despues|luego|cuando\s+ya\s+no\s+este)\s*$"
)
# "le dije que me voy de viaje pero no hay ningún viaje", "no me voy de viaje, ya sabe a qué
# me refiero".
_NO_TRIP_ES = (
    r"\b(le|les)\s+dije\s+(a\s+(mi|mis|su)\s+\w+\s+)?(que|q)\s+(me\s+(voy|iba)\s+de\s+viaje|es\s+por\s+un\s+tiempo|es\s+temporal|es\s+"
    r"solo\s+por\s+(unos\s+dias|un\s+tiempo))\s+pero\s+(no\s+hay\s+ningun\s+viaje|no\s+es\s+(asi|cierto|"
    r"verdad|eso))\b|"
    r"\bun\s+viaje\s+sin\s+(regreso|vuelta|retorno)\b|"
    r"\bno\s+me\s+voy\s+de\s+viaje\W+(ya\s+)?(sabe|sabes|saben)\s+(a\s+)?(que|lo\s+que)\s+me\s+"
    r"refiero\b"
)
_IF_NOT_HERE_ES = (
    r"\bsi\s+(manana|el\s+\w+)\s+ya\s+no\s+estoy\b(?!\s+en\b)(\s+\w+){0,3}?\s+(no\s+(esten|estes|este)\s+"
    r"trist\w+|no\s+llor\w+|los\s+quiero|las\s+quiero|te\s+quiero|perdon\w*|sepan|recuerd\w+)\b"
)
_SEND_TO_CHECK_ES = (
    r"\bsi\s+no\s+(contesto|respondo)\b(\s+\w+){0,8}?\s+(manden|mandes|mande|llamen|llames|llame)\s+"
    r"a\s+(la\s+policia|alguien|una\s+ambulancia)\s+(a|para|que)\s+(revisar|ver|checar|revise|vea)"
    r"(\s+(como\s+estoy|mi\s+casa|mi\s+depa|mi\s+cuarto|si\s+estoy\s+bien))?(?=\s*($|[,.;!?]))"
)
_LAST_BIRTHDAY_ES = (
    r"\b(mi\s+cumpleanos|mi\s+cumple|cumplo\s+anos|cumplo\s+\d+)\b(\s+\w+){0,6}?\s+"
    r"(quiero|espero|ojala)\s+(que\s+)?(sea|este\s+sea)\s+(el|mi)\s+ultimo"
    r"(?=\s*($|[,.!?]|y\b|que\s+cumpl))"
)
_EXHAUST_ES = (
    r"\b(manguera|tubo)\s+(\w+\s+){0,2}?(pegad[ao]|conectad[ao]|puest[ao]|metid[ao]|amarrad[ao])\s+"
    r"(al|del|en\s+el)\s+(tubo\s+de\s+)?escape\b|"
    r"\ben\s+(el|la|mi|su)\s+(carro|coche|troca|auto|camioneta)\s+en\s+(el|la)\s+(garaje|garage|"
    r"cochera)\s+con\s+el\s+motor\s+(prendido|encendido|andando|en\s+marcha)\b"
)
_PILLS_MIXED_ES = (
    r"\b(coctel|mezcla|combo)\s+de\s+(pastillas|pastis|pildoras|medicamentos|medicinas)\s+(ya\s+)?"
    r"(preparad[oa]|list[oa]|armad[oa])\b"
)
# A failed attempt regretted: "lo único que lamento es que no funcionó".
_DIDNT_WORK_ES = (
    r"\blo\s+(unico\s+)?que\s+(lamento|siento|me\s+duele)\s+es\s+que\s+no\s+(funciono|resulto|sirvio|"
    r"salio\s+bien)\b"
)
# Almost done at a height or a track: "me paré en el andén y casi lo hago".
_ALMOST_DONE_ES = (
    r"\b(anden|vias|puente|azotea|tren|metro|balcon|cornisa|barranco)\b(\s+\w+){0,4}?\s+(y\s+)?casi\s+"
    r"(lo\s+hago|me\s+tiro|me\s+aviento|salto|brinco)\b"
)
# Not to be found by someone: "no quiero que sea ella la que me encuentre".
_NOT_FOUND_BY_ES = (
    r"\bno\s+quiero\s+que\s+(sea\s+)?(ella|el|mi\s+\w+|mis\s+\w+)\s+(la|el|los|las|quien|quienes)\s+"
    r"(que\s+)?me\s+(encuentre|encuentren|halle|hallen)\b"
)
# A place chosen at the tracks: "pensando en el tren de las 7:40, ya sé dónde ponerme".
_KNOWS_WHERE_ES = (
    r"\b(tren|vias|anden|metro|puente)\b.{0,60}?\bya\s+se\s+(donde|de\s+donde)\s+(ponerme|pararme|"
    r"tirarme|saltar|aventarme)\b"
)
# Goodbyes said one by one: "me estoy despidiendo de a poquito de todos".
_SLOW_GOODBYES_ES = (
    r"\bme\s+estoy\s+despidiendo\s+(de\s+a\s+poquito|de\s+a\s+poco|poco\s+a\s+poco|de\s+uno\s+en\s+uno)\s+"
    r"de\s+todos\b"
)
# Given without saying why: "le pasé a mi mejor amiga mis plantas y el gato, ella no sabe
# por qué".
_GIVEN_UNTOLD_ES = (
    r"\b(le\s+|les\s+)?(di|pase|deje|regale)\b(\s+\w+){1,8}?\s+(ella|el|ellos|ellas|nadie)\s+(no\s+)?"
    r"sabe(n)?\s+(por\s+que|porque|para\s+que)\s*$"
)
# Nothing paid for that will not be used: "no tiene caso pagar algo que no voy a usar".
_NO_POINT_PAYING_ES = (
    r"\bno\s+tiene\s+(caso|sentido)\s+pagar\s+(algo|nada|cosas)\s+que\s+(ya\s+)?no\s+voy\s+a\s+"
    r"(usar|necesitar)\b"
)
# "ni quiero despertar mañana": not even waking wished for.
_NOT_EVEN_WAKING_ES = (
    r"\bni\s+(me\s+)?quiero\s+despertar(me)?\b"
    r"(?!\s+(temprano|tan\s+temprano|a\s+las|antes|para|con))"
)
_ANOTHER_HARM_ES = (
    r"\bno\s+me\s+(he\s+)?(cortado|corte|corto)\b(?!\s+(el|las|los|la|con)\b)(\s+\w+){0,10}?\s+pero\s+(\w+\s+){0,3}?me\s+(queme|"
    r"golpee|rasgune|arane|rasque)\s+(el|la|los|las)\s+(brazo|brazos|pierna|piernas|muneca|munecas|"
    r"mano|manos|piel|muslo|muslos|panza)\b"
)

ARRANGED_WORDS_ES = (
    r"\b(voy|cartas|carta|tarjeta|notas|nota|mensaje|regalo|cosas|dije|viaje|manana|estoy|"
    r"contesto|respondo|cumple|navidad|escape|garaje|garage|cochera|nadie|cortado|corte|corto|"
    r"coctel|mezcla|combo|despert|quiero|regreso|vuelta|retorno|lamento|siento|duele|casi|"
    r"encuentre|encuentren|halle|hallen|ponerme|pararme|tirarme|saltar|aventarme|despidiendo|"
    r"sabe|saben|pagar)"
)

ARRANGED_RULES_ES: tuple[Rule, ...] = needing(
    ARRANGED_WORDS_ES,
    (
        rule(SUICIDAL_IDEATION, _NOT_HERE_TO_SEE_ES, benign_after=_A_REASON_AFTER, negatable=False),
        rule(SUICIDAL_IDEATION, _CARDS_FOR_YEARS_ES),
        rule(SUICIDAL_IDEATION, _CLEARED_FOR_AFTER_ES),
        rule(SUICIDAL_IDEATION, _NO_TRIP_ES, benign_after=_A_CHANGE_AFTER, negatable=False),
        rule(SUICIDAL_IDEATION, _IF_NOT_HERE_ES, benign_after=_ELSEWHERE_AFTER, negatable=False),
        rule(SUICIDAL_IDEATION, _SEND_TO_CHECK_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _LAST_BIRTHDAY_ES),
        rule(SUICIDAL_IDEATION, _EXHAUST_ES, benign_after=_WARMING_AFTER),
        rule(OVERDOSE, _PILLS_MIXED_ES, benign_after=_ROUTINE_AFTER, benign_before=_ROUTINE_BEFORE),
        rule(SUICIDAL_IDEATION, _NOT_EVEN_WAKING_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _DIDNT_WORK_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _ALMOST_DONE_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _NOT_FOUND_BY_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _KNOWS_WHERE_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _SLOW_GOODBYES_ES, negatable=False),
        rule(SUICIDAL_IDEATION, _GIVEN_UNTOLD_ES),
        rule(SUICIDAL_IDEATION, _NO_POINT_PAYING_ES, benign_after=_A_CHANGE_AFTER),
        rule(SELF_HARM, _ANOTHER_HARM_ES, negatable=False),
    ),
)

# --- Put off to a day, across sentences -----------------------------------------------

# "I won't do anything today, don't worry." / "Hoy no voy a hacer nada, tranquila." /
# "Tampoco es que me quiera matar ya mismo, eh."
# Said to reassure: what is not done today is the thing feared.
_REASSURED = re.compile(
    r"\b(tranquil[ao]s?|no\s+(se|te)\s+preocupe?s?|dont\s+worry|don\s+t\s+worry|promise|prometo|relax|"
    r"no\s+pasa\s+nada)\b"
)
_NOT_TODAY = re.compile(
    r"\b(" + _I_WONT + r"\s+do\s+(anything|it)\s+(today|tonight|yet)|"
    r"(hoy|esta\s+noche)\s+no\s+voy\s+a\s+hacer\s+(nada|eso|lo)\b|no\s+voy\s+a\s+hacer\s+(nada|"
    r"eso)\s+(hoy|esta\s+noche|todavia|aun)|"
    r"(tampoco\s+es\s+que\s+)?(no\s+)?me\s+(quiera|quiero|voy\s+a)\s+matar\s+(ya\s+mismo|hoy|ahorita|"
    r"todavia))\b"
)
# Then the day named for it, or a goodbye after the things to do first: "Saturday's the
# day", "Lo dejo para el domingo", "la semana que viene, chau".
_THE_DAY = re.compile(
    r"\b((monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the\s+weekend)\s*(s|is)"
    r"\s+the\s+day(?!\s+(for|of|to|we|i\s+(move|go|start|fly|leave))\b)|lo\s+dejo\s+para\s+(el|la|manana|el\s+\w+)|"
    r"(la\s+semana\s+que\s+viene|el\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"manana|despues)\W+(chau|chao|adios|bye)\b)"
)


_SENTENCE_END = re.compile(r"[.!?]+")


def put_off_to_a_day(folded: str) -> CrisisSignal | None:
    """A death put off, then given its day in a later sentence: "I won't do anything today,
    don't worry. Saturday's the day, when the house is empty." Either alone is everyday
    ("not today", "Saturday's the day for the move"), and so is a lazy day not said to
    calm anyone ("Hoy no voy a hacer nada de tarea, lo dejo para mañana")."""
    put_off = _NOT_TODAY.search(folded)
    if put_off is None:
        return None
    end = _SENTENCE_END.search(folded, put_off.end())
    if end is None:
        return None
    said = folded[: end.start()]
    if "matar" not in put_off.group(0) and not _REASSURED.search(said):
        return None
    if _THE_DAY.search(folded, end.end()) is None:
        return None
    english = put_off.group(0).startswith(("i ", "im ", "i m"))
    return CrisisSignal(SUICIDAL_IDEATION, ENGLISH if english else SPANISH)
