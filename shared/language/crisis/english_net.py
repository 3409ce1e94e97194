"""The English crisis net: the many ways people say they mean to die, besides the plain ones.

Plain wishes ("I want to die") are in :mod:`shared.language.crisis.english`.
These rules catch what a client in crisis writes as often: slang ("kms",
"sewerslide", "catch the bus"), a method with the intent around it ("thinking
how easy it would be to jump", "holding the bleach thinking about drinking
it"), means made ready ("40 pills saved up", "bought rope"), pills already
taken, passive wishes ("hoping a car hits me", "praying god takes me"), being a
burden, a goodbye, and someone close saying any of it. The net is broad on
purpose: a false alert costs a clinician a minute, a miss costs far more. Each
exemption is narrow and names the everyday sense it excuses ("jump on a call",
"drown myself in work", "shoot myself in the foot", "end it with him").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from shared.language.crisis.rules import (
    OVERDOSE,
    SELF_HARM,
    SUICIDAL_IDEATION,
    Rule,
    needing,
    rule,
)

# The words each net rule needs, gathered for the lexicon's trigger scan.
_NEEDED: list[str] = []


# Letters to one's children for a day ahead: "for our time capsule", "for when they go
# off to uni"; never beside a word of the writer not being there.
# Old age said right after a will or a funeral planned: "made my will at 68", "plan my
# own funeral at 86", "at my age".
OLD_AGE_SAID_AFTER = (
    r"^\s*(\w+\s+){0,3}(at|aged)\s+([6-9]\d|1[01]\d)\b|^\s*(\w+\s+){0,4}at my age\b"
)

LETTERS_FOR_LATER = (
    r"^(?!.*\b((wont|won t|will not|not)\s+be\s+(there|around|here)|gone|over|find(s)? me|"
    r"funeral|after i|when i)\b)\s*(\w+\s+){0,6}(time capsule|for when (they|she|he) (go|goes) "
    r"off to (uni|university|college)|(for|on) (their|her|his) (\d+(st|nd|rd|th)?|eighteenth|"
    r"twenty ?first)( birthdays?)?|for (their|her|his) graduations?|for (uni|college))\b"
)


# "took all my meds this morning like the doctor said": the day's dose, on time.
ROUTINE_DOSE_AFTER = (
    r"^\s*(\w+\s+){0,4}(like (the|my) (doctor|gp|nurse|pharmacist) (said|told me)|with "
    r"(breakfast|lunch|dinner|food|a meal|my (breakfast|lunch|dinner|meal))|on time|as usual|"
    r"proud of myself|for once|for (my|the) (fever|headache|cold|flu|cramps)|"
    # The time of day the doses moved to: "taking all my meds in the morning now".
    r"in the (morning|evening)( now| instead)?\s*$|at (night|bedtime) (now|instead)|"
    r"(it|there) (was|were) only (\d|one|two|three)\b)|"
    # Taken out of their boxes and sorted into the week's organiser: "took all my pills out of
    # the boxes and put them in the new weekly organiser" (never "took all the pills in my
    # organiser").
    r"^\s*out\s+of\s+(the|their|its|my)\s+(\w+\s+)?(boxes|box|bottles?|packets?|packs?|"
    r"tubs?|blisters?)\s+(and|to)\s+(put|sort|sorted|load|fill|organi[sz]e)\w*\s+(them\s+|it\s+)?"
    r"(in|into)\s+(a|the|my)\s+(new\s+)?((weekly|daily|monthly|7 day|seven day)\s+)?(pill\s+)?"
    r"(organi[sz]er|dosette|dosette box|pill ?box|pill case|dispenser)\b"
    r"(?!.*\b(at once|on purpose|swallow\w*|all of them|goodnight|sorry)\b)"
)
# What makes an everyday complement a plan or a reason: "kill myself at work tomorrow before
# anyone gets in", "burn myself with the iron when i feel numb". Read once, from the start of
# the words after a match, and it voids the everyday exemption that follows.
NO_INTENT_AFTER = (
    r"^(?!.*\b(on purpose|deliberately|pills|overdose|for good|the pain|pain stop|"
    r"before anyone|after everyone|when no ?one|look like an accident|a note|numb|to feel|"
    r"feel something|punish|deserve|to cope|again and again|every (night|day)|when i feel)\b)"
)
# Where or with whom, not whether: "i dont want to live in this city anymore", "no reason
# to live in california with these prices". "in this world", "like this" stay a life.
WHERE_TO_LIVE_AFTER = (
    r"^\s*(in (this|that|the|a|my|our) (city|town|country|state|house|flat|apartment|place|"
    r"neighbou?rhood|area|dorm|village|building|street|suburb)|in (california|london|new york|"
    r"texas|florida|the (city|suburbs|countryside|uk|us))|with (my|the|these|those|our) "
    r"(parents|roommates?|flatmates?|housemates?|family|mum|mom|dad|ex|in laws|folks)|"
    # A place left for what it costs or for a move: "live in kingston no more, too
    # expensive", "... anymore, we're moving".
    r"in (\w+\s+){1,2}(no more|nuh more|anymore|any more)?\s*,?\s*(too (expensive|dear|"
    r"pricey|loud|cold|hot|far|small)|the rent|(im|i m|were|we re|we are|i am) (moving|"
    r"going to move)|moving))\b"
)
# "end it all with a bang at the concert", "end it tonight with a big dinner": a night out.
A_NIGHT_OUT_AFTER = (
    NO_INTENT_AFTER + r"\s*(\w+\s+){0,2}(with (a|an|some) (bang|party|celebration|big \w+|"
    r"nice \w+|drink|dinner|meal|feast|glass|karaoke|movie|film|dance)|at the (concert|party|"
    r"club|bar|pub|gig|show|festival|wedding))\b"
)
# "the man who jumped off the building": someone else, named and then the act.
SOMEONE_WHO_BEFORE = (
    r"\b(?<!im )(?<!i am )(the|a|this|that|some) (\w+ )?(man|woman|guy|girl|boy|kid|person|lady|"
    r"student|teen|teenager|one|people|someone) (who|that)\s*$"
)
# A goodbye with a move, a trip or the next meeting after it: "goodbye everyone, im moving
# to texas", "goodbye cruel world lol see you tomorrow". Read a bounded way ahead.
AN_EVERYDAY_PARTING_AHEAD = (
    r"(?!.{0,60}\b(moving (to|house|out|away|abroad|back|in)|move to|trip|holiday|vacation|"
    r"flight|leaving for|off to|last day|"
    r"new job|see (you|u|ya|yall|you all) (tomorrow|soon|later|in the morning|next|at|in class|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|talk (tomorrow|later|soon)|"
    r"ttyl)\b)"
)
# "had an urge to cut after the argument but i did the ice cube thing": an urge met with a
# coping skill, or not acted on.
COPED_WITH_AFTER = (
    r"^\s*(\w+\s+){0,6}?but i (didnt|did not|resisted|held off|rode it out|used (my|the|a)|"
    r"did (my|the|a) (\w+ ){0,2}?(thing|skill|skills|exercise|technique|plan)|called|texted)\b"
)
# "i hang myself upside down on the rings": gymnastics, not a noose.
HUNG_FOR_SPORT_AFTER = (
    r"^\s*(upside down|by (my|the) (knees|legs|feet|ankles)|from the (pull ?up )?bar)\b"
)
# "hope i dont wake up before noon", "... this early again": a lie-in wished for.
WAKE_TOO_EARLY_AFTER = (
    r"^\s*(up\s+)?(until|till|til|before|this early|so early|early|at \d|on time|in time|"
    r"for (work|school|class))\b"
)
# "nobody would care if i was gone from the group chat": a place in a gathering, not a life.
FROM_A_GATHERING_AFTER = (
    r"^\s*(\w+\s+){0,1}(from|at|on|in) (the|this|that|our|my|tonights) "
    r"(group ?chat|chat|meeting|party|team|office|class|call|server|discord|rota|game|"
    r"match|dinner|event|trip)\b"
)


def word_starts(words: Iterable[str]) -> str:
    """One pattern for many literal word starts, shared prefixes factored out.

    A flat alternation of a few hundred words is tried word by word at every
    position of a message; factored ("a(live|sleep)"), each position costs a
    handful of letter tests, which keeps triage of a long message fast.
    """
    trie: dict = {}
    for word in words:
        node = trie
        # A run of one letter ("ll" in "kill") stays whole: the disguised reading
        # squeezes each run in a pattern to one letter, and must find "kil".
        for run, _letter in _LETTER_RUNS.findall(word):
            node = node.setdefault(run, {})
        node[""] = {}
    return _alternation(trie)


_LETTER_RUNS = re.compile(r"((.)\2*)")


def _alternation(node: dict) -> str:
    if "" in node:
        return ""  # a shorter start already matches every longer one
    branches = [re.escape(run) + _alternation(child) for run, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _needing(words: str, *args: str | None, **flags: bool) -> Rule:
    """A rule tried only in a sentence holding one of ``words``: one cheap scan spares
    running its pattern over most sentences. The gate looks for the words anywhere
    (no word boundary): without a leading boundary the scan is about twice as fast,
    and a word found inside another only runs the rule, which still reads words."""
    # A phrase is looked for by its longest word: a gate of single words is read on the
    # sentence's distinct words, not along the whole sentence.
    single = [max(word.split(), key=len) for word in words.split("|")]
    _NEEDED.extend(single)
    return replace(rule(*args, **flags), needs=word_starts(single))


# Medicines and drugs people overdose on, by generic, brand and street name; a
# trailing "s" is allowed ("oxys", "percs", "xans").
DRUGS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|paracetamol|acetaminophen|tylenol|"
    r"panadol|ibuprofen|advil|nurofen|aspirin|naproxen|codeine|co codamol|cocodamol|"
    r"insulin|sleeping pills|sleeping tablets|sleepers|antidepressants|sertraline|zoloft|"
    r"citalopram|escitalopram|lexapro|fluoxetine|prozac|venlafaxine|effexor|amitriptyline|"
    r"mirtazapine|propranolol|xanax|xan|valium|diazepam|lorazepam|ativan|clonazepam|"
    r"klonopin|benzos?|oxy|oxycodone|oxycontin|percocet|perc|vicodin|hydrocodone|"
    r"tramadol|morphine|methadone|opioids|painkillers|pain killers|lithium|quetiapine|"
    r"seroquel|olanzapine|lamotrigine|gabapentin|pregabalin|zopiclone|zolpidem|ambien|"
    r"benadryl|heroin|fentanyl|bars)s?"
)

# Household poisons people drink or swallow.
_POISONS = (
    r"(?:bleach|rat poison|poison|antifreeze|anti freeze|weedkiller|weed killer|"
    r"drain cleaner|pesticide|insecticide|cyanide|arsenic|paraquat|slug pellets)"
)

# Intent said before a method, with up to five words between: "working up the
# nerve to", "thinking how easy it would be to", "keep picturing".
_INTENT = (
    r"(?:nerve|courage|guts|easy|want|wanted|wanting|wanna|thinking|thought|think|"
    r"tempted|urge|urges|ready|going|gonna|finna|planning|plan|plans|decided|picturing|"
    r"picture|imagining|imagine|fantasi[sz]ing|dreaming)"
)

# A place people jump from to die.
_HIGH_PLACE = (
    r"(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|car park|multi storey|"
    r"parking garage|parking structure|parking deck|overpass|flyover|tower|tower block|"
    r"block of flats|ledge|window|top floor|viaduct|dam)"
)

# Vehicles and the roads and tracks they run on.
_VEHICLE = (
    r"(?:trains?|bus|buses|cars?|trucks?|lorry|lorries|tube|tram|traffic|tracks?|"
    r"railway|motorway|highway|freeway|oncoming \w+)"
)

# Everyday annoyances people swear they cannot take once more. Only these: "one more
# time", a person, a loss, a beating or a day of living is never a trifle.
TRIFLES = (
    r"(meeting|zoom|call|email|e mail|form|song|christmas song|ad|advert|commercial|webinar|"
    r"lecture|presentation|group project|spreadsheet|report|essay|assignment|homework|traffic|"
    r"queue|printer|tiktok|video|meme|post|joke|pun|episode|podcast|reel|notification|survey|"
    r"password|captcha|update|spam|robocall|standup|slide|slides|powerpoint|toast post|"
    r"selfie|ringtone|jingle|baby shark|happy birthday|salad|laundry|load of laundry|dishes|"
    r"diaper|nappy|spreadsheet|excel|speech|speeches|sermon|rant|story|stories|lecture|"
    r"anecdote|dad joke)"
)
# A trifle endured once more: "if i have to sit through one more meeting im gonna kill
# myself". The trifle is named, right after "one more" or a word or two later.
ONE_MORE_TRIFLE_BEFORE = (
    r"\bif\s+(i|we)\s+((have to|hafta|gotta|got to|need to|must)\s+)?(\w+\s+){0,3}?"
    r"((one more|another|1 more)\s+(\w+\s+){0,2}?" + TRIFLES + r"s?|(that|this|the|my|our)\s+"
    r"(\w+\s+){0,2}?" + TRIFLES + r"\s+(one more time|once more|again))\b(\s+\w+){0,8}?\s+$"
)

_MYSELF_VERBS = (
    r"(?:top|topping|topped|off|offing|offed|shoot|shooting|drown|drowning|stab|"
    r"stabbing|suffocate|suffocating|smother|smothering|gas|gassing|electrocute|"
    r"electrocuting|poison|poisoning|unalive|unaliving|end|ending|neck|necking|rope|"
    r"roping|hang|hanging)"
)

_RULES: tuple[Rule, ...] = (
    # "top myself", "shoot myself", "neck myself", "unalive myself".
    _needing(
        "myself",
        SUICIDAL_IDEATION,
        r"\b" + _MYSELF_VERBS + r"\s+myself\b",
        benign_after=r"^\s*(in the foot|in (work|coffee|tea|wine|beer|booze|books|paperwork|"
        r"emails?|chocolate|netflix|tv|music|my sorrows|sorrows|games|gaming|study\w*|"
        r"revision|cake|junk food|sugar)|with (dodgy|bad|that|this|the|some|my own|my) "
        r"(food|kebab|sushi|cooking|takeaway|chicken|curry|leftovers|prawns)|a|an|up|down|"
        r"out|off|over|from|on the (couch|sofa|bed))\b|" + HUNG_FOR_SPORT_AFTER,
    ),
    # Slang and euphemism: "sewerslide", "unalived", "catch the bus" said as a plan.
    _needing(
        "sewer|unalive|commit|toaster|game end",
        SUICIDAL_IDEATION,
        r"\b(sewerslide|sewer slide|sewerslid\w*|unalived|self unalive|unalive me|"
        r"commit die|commit toaster bath|toaster bath|game end myself)\b",
    ),
    _needing("kms", SUICIDAL_IDEATION, r"\b(kms\w*|kmslf)\b", hyperbole_prone=True),
    _needing(
        "catch",
        SUICIDAL_IDEATION,
        r"\b(ready|time|finna|gonna|going|about|want|wanna|planning|plan|thinking about)\s+"
        r"(to\s+|on\s+)?catch(ing)?\s+the\s+bus\b",
        benign_after=r"^\s*(to|into|home|at|from|back|in|with|after|instead|rather|this "
        r"morning|every|each|downtown|across|there|uptown|out)\b",
    ),
    # "suicide" said of oneself, anywhere, except prevention work, news and stories.
    _needing(
        "suicide",
        SUICIDAL_IDEATION,
        r"\bsuicide\b",
        benign_before=r"\b(news|film|movie|documentary|podcast|article|book|novel|episode|"
        r"series|show|song|study|research|history|report|training|course|lecture|class|"
        r"charity|campaign|died by|died from|death by|lost (\w+ ){1,2}to|committed|"
        r"attempted|his|her|their|about a|the|"
        # "my client talked about suicide today": a professional's caseload.
        r"(client|patient|caller|student|service user)s?)\b(\s+\w+){0,4}\s*$",
        benign_after=r"^\s*(prevention|awareness|squad|hotline|helpline|line|lines|rates?|"
        r"statistics|stats|training|bomb\w*|watch|risk assessment|by cop|doors|pact "
        r"in the|season|forest|bridge in|in the (news|film|book|show))\b",
        other_subject_guard=True,
    ),
    _needing(
        "only",
        SUICIDAL_IDEATION,
        r"\b(death|dying|suicide|killing myself|ending it|ending my life|to die|to end it)\s+"
        r"(is|feels like|seems like|looks like|feels|seems|would be)\s+(the\s+|my\s+)?"
        r"(only|best|easiest|last|one)\s+(way|option|answer|solution|choice|escape|way out)\b|"
        r"\bonly (way out|way to make it stop|escape left|option left)\b",
    ),
    # Jumping: intent before it, or a high place after it.
    _needing(
        "jump|leap",
        SUICIDAL_IDEATION,
        r"\b" + _INTENT + r"\b(\s+\w+){0,5}?\s+(to\s+)?(jump|jumping|leap|leaping)\b"
        # Each word whole ("to" is not "tonight", "a" is not "again"); commas are gone, so
        # "jump, the pain is too much" reads "jump the pain": only a thing jumped is excused.
        r"(?!\s+(on|onto|in(?!\s+(a|an|\d+|a few|five|ten|two) (minutes?|mins?|hours?|seconds?|"
        r"secs?|bit|moment|while))|into|at(?!\s+(midnight|noon|dawn|dusk|sunrise|sunset|\d+|"
        r"night|last))|up|ahead|around|through|ship|the queue|to|for|back|"
        r"rope|start|the gun|out|over|across|higher|straight|from one|between|right|aboard|"
        r"about|down|(my|the|a|an|his|her|their|that|this)\s+(\w+\s+)?(car|battery|cars|bones|"
        r"fence|wall|gate|line|queue|shark|hurdle|hurdles|puddle|puddles|rope|ride|train|plane|"
        r"flight|call|meeting|bandwagon|hoops?|gap|stream|ditch|river|creek|bed|track|level|"
        r"grade|class|year|turn|bus)|off (?!(it|that|there|here|now|tonight|the edge|the top|"
        r"the side|the ledge|a |the |my |of )))\b)",
        benign_after=r"^\s*off (the|a|my) (train|bus|tram|tube|call|meeting|bed|sofa|couch|"
        r"bike|horse|wall|diving board|boat|trampoline)\b",
    ),
    _needing(
        "jump|leap|throw|fling",
        SUICIDAL_IDEATION,
        r"\b(jump|jumping|jumped|jumps|throw myself|throwing myself|fling myself|leap|"
        r"leaping)\s+(off|from)\s+(of\s+)?(a|an|the|my|that|this|our|their|her|his|some)?"
        r"\s*(\w+\s+){0,2}?" + _HIGH_PLACE + r"\b",
        benign_before=r"\b(bungee|bungy|base|film|movie|show|series|book|novel|episode|story|"
        r"character|scene)\b(\s+\w+){0,4}\s*$|" + SOMEONE_WHO_BEFORE,
        benign_after=r"^\s*(into (the|a) (pool|swimming pool|foam pit|sand|hay|snow|lake|sea|"
        r"water|river|ocean|quarry|harbour|harbor|lagoon|loch)|for fun|"
        r"on holiday|as a kid|when (i|we) (was|were) (kids?|little|young))\b",
    ),
    # In front of a train or into a lorry: "stepping out in front of it".
    _needing(
        "front|under|track|railway|line|motorway|rail",
        SUICIDAL_IDEATION,
        r"\b(step|stepping|stepped|walk|walking|walked|run|running|ran|throw myself|"
        r"throwing myself|jump|jumping|lie|lying|lay|laying|fall|falling)\s+(out\s+|down\s+)?"
        r"(in front of|under)\s+(it|one|(a|an|the|that|this|some|the next|oncoming|an "
        r"oncoming|a passing|a moving)\s+(\w+\s+)?" + _VEHICLE + r")\b|"
        r"\b(lie|lying|lay|laying|stand|standing|step|stepping|walk|walking)\s+(down\s+)?"
        r"(on|onto|on to)\s+the\s+(tracks|railway|line|train line|motorway|rails)\b",
        benign_after=r"^\s*(without looking|by accident|accidentally|to (get|grab|catch|cross|"
        r"board|take a photo))\b",
    ),
    _needing(
        "swerv|veer|steer|driv|drove|crash|plough|plow",
        SUICIDAL_IDEATION,
        r"\b(want|wanted|wanting|wanna|urge|urges|tempted|thinking about|thought about|"
        r"thinking of|picturing|imagining|fantasi[sz]ing about|keep|kept|could just|should)"
        r"\s+(to\s+)?(just\s+)?(swerve|swerving|veer|veering|steer|steering|drive|driving|"
        r"crash|crashing|plough|ploughing|plow|plowing)\b(\s+\w+){0,3}?\s+(into|off)\s+"
        r"(a|an|the|that|some|oncoming|on coming)?\s*(\w+\s+)?(lorry|lorries|truck|trucks|"
        r"tree|wall|bridge|pole|barrier|traffic|oncoming|river|lake|sea|bus|car|cars|tanker|"
        r"pillar|lamppost|lamp post|road|cliff|edge)\b|"
        r"\b(swerve|swerved|veer|veered|drove|drive|driving|crash|crashed|steered)\b"
        r"(\s+\w+){0,3}?\s+into\s+(\w+\s+){1,3}?(\w+\s+){0,5}?on purpose\b",
    ),
    # Into the water to go under: "walked into the sea and wanted to keep going".
    _needing(
        "sea|ocean|river|lake|water|wave|canal|loch|reservoir",
        SUICIDAL_IDEATION,
        r"\b(walk|walked|walking|wade|waded|wading|swim|swam|swimming|go|went|going)\s+"
        r"(out\s+)?(into|in to|out to|in)\s+the\s+(sea|ocean|river|lake|water|waves|canal|"
        r"loch|reservoir)\b(\s+\w+){0,14}?\s+(until i went under|till i went under|until i "
        r"go under|till i go under|go under|went under|keep going|kept going|keep walking|"
        r"kept walking|never come back|not come back|drown|drowning|not coming back|(didnt|did "
        r"not|dont|do not) want to come (back )?(out|back)|wanted to (keep (going|swimming|"
        r"walking)|stay (under|there|out)))\b",
    ),
    # Hoping to be killed: "part of me hopes a car hits me", "praying god takes me".
    _needing(
        "hop|wish|pray",
        SUICIDAL_IDEATION,
        r"\b(hope|hopes|hoping|hoped|wish|wishes|wishing|wished|pray|prays|praying|prayed)"
        r"\b(\s+(?!not|dont|doesnt|wont|never|isnt|didnt)\w+){0,5}?\s+"
        r"(hits?|runs? over|kills?|takes?|crash(es)?|ends?)\s+me\b|\bruns? me over\b|"
        r"\b(hope|hopes|hoping|wish|wishing|pray|praying)\s+(that\s+)?i\s+(just\s+)?"
        r"(die|(dont|never|wont) wake( up)?|get hit|get run over|dont make it|dont survive|"
        r"crash|get killed|drop dead|stop breathing)\b",
        benign_after=r"^\s*(up|back|to|out|home|with|on (a|the|my)|through|somewhere|for|"
        r"in the (face|morning)|off guard|by surprise|seriously|anyway)\b|" + WAKE_TOO_EARLY_AFTER,
    ),
    # A weapon or a blade at oneself: "had a knife against my wrist".
    _needing(
        "knife|knive|blade|razor|scissor|glass|lighter|gun|pistol|rifle|needle|compass",
        SELF_HARM,
        r"\b(knife|knives|blade|blades|razor|razors|scissors|glass|lighter|gun|pistol|rifle|"
        r"needle|compass)\s+(against|to|on|across|into|at|in)\s+my\s+(wrists?|arms?|throat|"
        r"neck|skin|thighs?|legs?|head|temple|chest|stomach|mouth|veins?)\b",
        benign_after=r"^\s*(by accident|accidentally)\b",
    ),
    _needing(
        "cut|burn|hurt|harm",
        SELF_HARM,
        r"\b(want|wanna|wanted|wanting|urge|urges|need|needed|needing|craving|itching|"
        r"tempted|trying not|tryna not)\s+(to\s+)?(cut|burn|hurt myself|harm myself|self harm)"
        r"\b",
        benign_after=r"^\s*(back|down|out|off|up|it out|the|a|an|my (hair|fringe|nails|"
        r"losses|hours)|some|ties|corners|in|class|school|work|costs|carbs|sugar|calories|"
        r"through|across|loose|him|her|them|you|that|this|these|those|it|cake|bread|meat|"
        r"grass|wood|fabric|paper|onions|calories|candles?|incense|sage|cds?|dvds?|fat|"
        r"bridges|the cord|energy|money|spending)\b|"
        # "the urge to cut didn't come back": an urge said to be gone.
        r"^\s*(\w+\s+){0,2}?(didnt|did not|hasnt|has not|havent|have not|never|isnt|wasnt)\s+"
        r"(come|came|return\w*|show\w*|been|happen\w*|bother\w*)\b|"
        r"^\s*(\w+\s+){0,2}?(is|has|have|was)\s+(gone|passed|faded|eased|died down)\b|"
        + COPED_WITH_AFTER,
    ),
    _needing(
        "til|until|untill",
        SELF_HARM,
        r"\b(scratch|scratching|scratched|pick|picking|picked|cut|cutting|bit|bite|biting|"
        r"hit|hitting|punch|punching|bang|banging|burn|burning)\s+(my|at my)\s+(arms?|legs?|"
        r"skin|wrists?|thighs?|head|face|stomach|hands?)\b(\s+\w+){0,3}?\s+"
        r"(til|till|until|untill)\s+(they|it|i)\s+(bleed|bled|bleeds|bruise|bruised|bleeding)\b",
    ),
    # Poison: "thinking about drinking the bleach", "rat poison ... swallowing it".
    _needing(
        "bleach|poison|antifreeze|anti freeze|weed|drain|pesticid|insecticid|cyanid|arsenic|"
        "paraquat|slug",
        SUICIDAL_IDEATION,
        r"\b" + _POISONS + r"\b(\s+\w+){0,12}?\s+(drink|drinking|drank|swallow|swallowing|"
        r"swallowed|down|downing|downed|eat|eating|ate|inject|injecting|chug|chugging)\s+"
        r"(it|them|some|all|the lot|that|the bottle|a bottle)\b|"
        r"\b(drink|drinking|drank|swallow|swallowing|swallowed|downing|downed|eat|eating|ate|"
        r"inject|injecting|chug|chugging|take|taking|took)\s+(the\s+|some\s+|a bottle of\s+|"
        r"a cup of\s+|a glass of\s+|all the\s+|a load of\s+)?" + _POISONS + r"\b",
        benign_after=r"^\s*(by accident|accidentally|by mistake|to (the|a) |out|off|back|"
        r"from|up|down|\w+ (by accident|by mistake))\b",
        # "the dog drank some antifreeze": a pet or a small child, a trip to the vet or A&E.
        benign_before=r"\b(dog|cat|puppy|kitten|pet|toddler|baby|horse|the kid|the kids)\b"
        r"(\s+\w+){0,3}\s*$",
    ),
    # Rope and noose: means made ready.
    _needing(
        "noose",
        SUICIDAL_IDEATION,
        r"\bnooses?\b",
        benign_before=r"\b(film|movie|show|book|game)\b",
        benign_after=r"^\s*(\w+\s+){0,5}(knot|knots|scouts?|cubs|badge|halloween|decoration|"
        r"decorations|prop|props|costume|fishing|sailing|lasso)\b",
    ),
    _needing(
        "rope|ligature",
        SUICIDAL_IDEATION,
        r"\b(bought|buy|buying|got|get|getting|ordered|order|have|has|tied|tie|tying|made|"
        r"make|making|found|keep|kept|hid|hidden|set up|testing|tested)\s+(a\s+|some\s+|the\s+|"
        r"enough\s+|a length of\s+|strong\s+)?(rope|ropes|ligature)\b",
        benign_after=r"^\s*((today|yesterday|earlier|this (morning|afternoon|week)|at \w+|from "
        r"\w+)\s+)?(for|to (tie|hold|secure|hang (the|a|my|some) (washing|clothes|"
        r"hammock|swing|picture|lights|bird feeder))|swing|ladder|light|lights|toy|course|"
        r"bridge|burn|climbing|skipping|lead)\b|^\s*(\w+\s+){0,5}(for the (move|moving|boat|"
        r"camping|climb|garden|van|trailer|tent|washing|dog|swing|gym|trip|removal)|moving|"
        r"climbing|camping|towing|sailing|tug of war|removal)\b|"
        # "tied a rope to the loft hatch so its easier to pull down": a handle.
        r"^\s*(\w+\s+){0,5}(so (its|it s|it is|it) (easier|simpler|quicker)|to pull (it |them )?"
        r"(down|up|open|shut))\b|"
        # "tied the rope and hung the hammock": the rope holds up a thing named after it.
        r"^\s*(and\s+)?(\w+\s+){0,3}(hammock|swing|washing|tarp|tent|boat|kayak|canoe|"
        r"bunting|lights|tyre swing)\b",
    ),
    # Pills: taken, counted out, saved up.
    _needing(
        "took|taken|take|taking|swallow|downed|downing|neck|had",
        OVERDOSE,
        r"\b(took|taken|take|taking|swallowed|swallow|swallowing|downed|downing|necked|"
        r"necking|had)\s+(all|a handful|handful|a bunch|loads|lots|too many|the whole|a whole|"
        r"an entire|every|a bottle|a box|a pack|a packet|a load|a strip|two strips|a month)"
        r"\b(\s+\w+){0,4}?\s+" + DRUGS + r"\b|"
        r"\b(took|taken|swallowed|downed|necked|had)\s+(like\s+|about\s+|around\s+|over\s+|"
        r"maybe\s+)?([89]|[1-9]\d+|twenty|thirty|forty|fifty)\s+(?!mg|mcg|ml|milligrams|"
        r"units|g|grams|mins|minutes|hours|hrs|days|weeks|years|drops)(of\s+)?(\w+\s+){0,2}?"
        + DRUGS
        + r"\b",
        benign_after=r"^\s*(as prescribed|like (normal|usual|i should|prescribed|the doctor)|"
        r"on time|every day|with (breakfast|food|dinner|lunch)|the (doctor|gp|nurse|"
        r"pharmacist|consultant) (gave|prescribed|said)|i was (given|prescribed))\b|"
        + ROUTINE_DOSE_AFTER,
    ),
    _needing(
        "saved|stash|hid|put away|stockpil|hoard|collect|set aside|squirrel|ready|lined|counted|"
        "enough|counting",
        OVERDOSE,
        r"\b(\d+|loads|lots|dozens|hundreds|a stash|a pile|a bag|a box|boxes|a bottle|bottles|"
        r"enough|a load|a month of|months of|weeks of|all (my|her|his|"
        r"their))\s+(of\s+)?(\w+\s+){0,2}?" + DRUGS + r"\s+"
        r"(saved|stashed|hidden|hid|put away|stockpiled|hoarded|collected|set aside|"
        r"squirrelled|squirreled|ready|lined up|counted out)\b|"
        r"\benough\s+(of\s+)?(\w+\s+){0,2}?"
        + DRUGS
        + r"\s+(\w+\s+){0,3}?to\s+(kill|end|do it|die|od|"
        r"overdose|"
        r"not wake|never wake|finish)\b|"
        # "got a stash of pills in the drawer": a stockpile named, not how it was made.
        r"\b(got|have|ive got|keep|kept|found|keeping)\s+(a|my|this)\s+(stash|hoard|stockpile|"
        r"secret supply)\s+of\s+(\w+\s+)?" + DRUGS + r"\b|"
        r"\b(saved up|stashed|stashing|squirrelling|squirreling|hiding|counting|counted)\s+"
        r"(up\s+|out\s+)?(all\s+)?(\d+\s+of\s+)?(my|the|her|his|mums?|dads?|some|\d+)?\s*"
        + DRUGS
        + r"\b",
        benign_after=r"^\s*(for (my|the|a) (trip|holiday|travels?|organi[sz]er|week|"
        r"pharmacy|doctor|appointment)|into (the|my|a) (\w+ )?(organi[sz]er|dosette|pill ?box|"
        r"pill case|blister pack|tray))\b|"
        # "counting my pills so i dont run out", "to check the pharmacy didnt short me".
        r"^\s*(\w+\s+){0,8}(run out|running out|refill|pharmacy|chemist|prescription|repeat "
        r"(prescription|order)|short(ed)? me|organi[sz]er|dosette|pill ?box)\b",
        # "the podcast was about a man who counted his pills": a story told.
        benign_before=r"\b(podcast|documentary|film|movie|book|novel|article|show|episode|story|"
        r"character)\b(\s+\w+){0,6}\s*$",
    ),
    *needing(
        # Gates are substring pre-checks (no word boundary: a false pass only runs the rule).
        word_starts(("tak", "swallow", "down", "neck")),
        (
            rule(
                OVERDOSE,
                r"\b(take|taking|swallow|swallowing|down|downing|neck|necking)\s+(them all|"
                r"all of them|the lot|every one of them|every single one|all at once|them at "
                r"once|all (\w+\s+){0,2}at once)\b",
                benign_after=r"^\s*(with|at (?!once)|in the morning|every|each|after|before|"
                r"as|on time|daily|twice|once a|like normal)\b",
            ),
        ),
    ),
    # Goodbye and going for good: "where im going i wont need them".
    _needing(
        "where im going|gone|dead|out of|wont|will not|not gonna|not going|by the time|goodbye|bye",
        SUICIDAL_IDEATION,
        r"\bwhere im going\b(\s+\w+){0,3}?\s+(wont|will not|dont|wouldnt|will never)\s+need\b|"
        r"\b(ill|i will|i ll|im gonna|im going to|gonna)\s+(be\s+)?(gone|dead|out of "
        r"(here|the picture|(everyones|your|ur|their|yalls|the familys|all your) (way|hair|lives|"
        r"life)))\s+(for good|forever|permanently)\b|"
        r"\b(wont|will not|not gonna|not going to|wont even)\s+be\s+(here|around|alive)\s+"
        r"(much longer|for much longer|for long|by (the weekend|next week|christmas|then|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|"
        r"\bby the time (you|u|anyone|someone)\s+(read|reads|see|sees|get|gets|find|finds)\s+"
        r"(this|these|my)\b|"
        r"\b(this is|saying|say|said|my)\s+(my\s+)?(final|last)\s+goodbye\b|"
        r"\b(goodbye|bye) (forever|for good|everyone forever|cruel world"
        + AN_EVERYDAY_PARTING_AHEAD
        + r")\b(?! (\w+ )?(group chat|"
        r"gc|chat|twitter|facebook|insta|instagram|tiktok|social media|internet|office|work|"
        r"school|homework|exams|diet|sugar|carbs|smoking|booze))",
        # "i wont be around much longer, my shift ends at 6": the working day, not a life.
        benign_after=r"^\s*(\w+\s+){0,4}(shift|flight|train|bus|meeting|class|lecture|party|"
        r"battery|lunch|break|office|desk|job|leaving|heading|signing off|logging off|plane|"
        r"airport|holiday|vacation|my way)\b",
    ),
    # "I'm going to end it this weekend": ending "it" with nothing after but time.
    _needing(
        "end",
        SUICIDAL_IDEATION,
        r"\b(going to|gonna|finna|want to|wanna|ready to|planning to|plan to|decided to|"
        r"about to|ill|i will|i ll|should|might|thinking about|thinking of|think about|"
        r"thought about)\s+(just\s+)?(end|ending)\s+it\b",
        benign_after=r"^\s*(with|between|off|there|early|here now|for (him|her|them|us|the "
        r"day)|on a|on (a )?(high|good|positive|nice)|all (with|for) (him|her))\b|"
        + A_NIGHT_OUT_AFTER,
    ),
    # Passive wishes and life said to be unbearable.
    _needing(
        "wish|enough|had it|alive|safe|burden|weight|go on|die|dead|exist|be here",
        SUICIDAL_IDEATION,
        r"\bwish(ing|ed|es)?\s+(that\s+)?(i was|i were|i wasnt|i werent|id|i had)\s+(just\s+)?"
        r"(dead|not alive|never born|not here|never been born|gone)\b|"
        r"\b(had|have had|ive had|i have had|had more than)\s+(enough|it)\s+(of|with)\s+"
        r"(living|life|being alive|existing|this life)\b|"
        r"\b(how much longer|how long|dont know if|not sure if|not sure i|dont know how)\b"
        r"(\s+\w+){0,4}?\s+(stay|staying|keep myself|be|remain)\s+(alive|safe)\b|"
        r"\b(i|im|i am)\s+(just\s+|only\s+|such\s+|nothing but\s+)?(a|such a)\s+burden\b|"
        r"\b(feel|feeling|felt)\s+(like\s+)?(a|such a|nothing but a|just a)\s+burden\b|"
        # "i don't want to be a burden anymore", "tired of being the weight my family carries".
        r"\b(dont|do not|no longer)\s+(want to|wanna)\s+be\s+(a|such a|the|everyones)\s+burden"
        r"(\s+\w+){0,5}?\s+(any ?more|any longer)\b(?!\s*,?\s*(so|thats why|which is why|hence|"
        r"i (found|got|have) (a|my|the)|(found|got) a)\b)|"
        r"\b(tired|sick|done)\s+(of\s+)?being\s+((a|such a|the|everyones|my \w+s)\s+)?(burden|"
        r"(dead\s+)?weight)\b(?=\s*$|\s*[,.!]|\s+(for|on|to|of|my|everyone|anyone|around|here)\b)|"
        r"\b(cant|cannot|can not)\s+go on(\s+(any ?more|any longer|living|like this any ?more"
        r"|tbh|honestly))?\s*$|"
        r"\b(should|might as well|may as well|deserve to|need to|going to|gonna|finna|"
        r"ready to|about to)\s+(just\s+)?(die|be dead|not exist|not be here)\b",
        benign_after=r"^\s*(in|at|with|like|out of|here|there|on|paycheck|alone|for the "
        r"(week|weekend|holiday)|of (embarrassment|shame|laughing|boredom))\b|"
        # A show cancelled: "im literally going to die if they cancel this show".
        r"^\s*if\s+(they|he|she|it|the|this|that|you|u)\b(\s+\w+){0,3}?\s+(cancel\w*|end\w*|"
        r"kill\w* off|spoil\w*|drop\w*|postpone\w*)\s+(this|the|my|that|our)\s+(show|series|"
        r"season|game|match|concert|tour|gig|book|film|movie|episode|album|podcast)\b|"
        # Reassured at once: "i worry im a burden but my manager says im not".
        # Said by someone, and the end of it: not "but nobody says im not", nor "...says
        # im not, i still want to disappear".
        r"^\s*(\w+\s+){0,2}?,?\s*but\s+(?!(nobody|no one|noone|none)\b)(\w+\s+){0,3}(says|said|"
        r"tells me|told me|keeps telling me|reassured me|reassures me)\s+(that\s+)?(im|i m|i am)\s+"
        r"not\s*[.!]*\s*$",
        # "i thought i was gonna die" on a rollercoaster: a fright, not a plan; "my batterys
        # about to die": a thing that runs out.
        benign_before=r"\b(thought|swore|swear|felt like|was sure|was convinced) i (was|were)\s*$|"
        # "if that band doesnt announce a tour soon im literally going to die": someone
        # else's doing, waited on, and the "literally" of hyperbole.
        r"\bif\s+(?!(i|im|nothing|things|life|it|this)\b)(\w+\s+){1,10}?(im|i am|i m|ill|i will)"
        r"\s+literally\s+$|"
        # "if my neighbour's dog barks one more time im gonna die": a noise or a chore
        # someone else makes once more. Not what someone says or does to the client.
        r"\bif\s+(someone|somebody|anyone|my \w+|the \w+)\s+(plays|sings|barks|rings|beeps|"
        r"schedules|reschedules|steals|wakes up|cries|screams|snores)\s+(\w+\s+){0,8}?"
        r"one\s+more\s+(\w+\s+){0,2}?"
        r"(im|i am|i m|ill|i will)\s+(literally\s+|actually\s+|seriously\s+)?$|"
        r"\b(my|the|his|her|your|our)\s+(phone|phones|battery|batterys|batteries|laptop|laptops|"
        r"car|cars|plant|plants|tablet|charger|bulb|torch|engine|printer|computer|pc|fish|"
        r"goldfish|flowers|tamagotchi|headphones|earbuds|speaker)\s+(is\s+|s\s+|are\s+)?$",
    ),
    # Someone close who means to die, and says how.
    *needing(
        # "he" is in "she", "they", "her", "them"; "friend" in "boyfriend".
        word_starts(
            [
                "he",
                "him",
                "husband",
                "wife",
                "partner",
                "son",
                "daughter",
                "brother",
                "sister",
                "mum",
                "mom",
                "dad",
                "friend",
                "mate",
                "bf",
                "gf",
            ]
        ),
        (
            rule(
                SUICIDAL_IDEATION,
                r"\b(he|she|they|hes|shes|theyre)\s+(is\s+|are\s+|was\s+)?(going to|gonna|will|"
                r"ll|wants to|wanted to|planning to|planning on|about to|threatening to|"
                r"threatened to|trying to|tried to|is going to|was going to|ready to)\s+"
                r"(end it|end (his|her|their) (own )?life|take (his|her|their) (own )?life|"
                r"overdose|od|hang (himself|herself|themselves)|shoot (himself|herself|"
                r"themselves)|jump (off|from|in front of)|unalive)\b|"
                r"\bbetter off (if|when) (he|she|they) (was|were|is|died|dies|wasnt alive|"
                r"werent alive)( dead)?\b|"
                r"\b(hes|shes|theyve|he has|she has|they have|he|she|they)\s+(taken|took|"
                r"swallowed|downed|necked)\s+(all|a handful|loads|too many|the whole|a whole|"
                r"a bottle|a box|a pack|every|a load)\b(\s+\w+){0,4}?\s+" + DRUGS + r"\b",
                benign_before=r"\b(character|hero|heroine|villain|film|movie|show|series|book|"
                r"novel|episode|story|dog|cat)\b(\s+\w+){0,4}\s*$",
                benign_after=r"^\s*(with (him|her|them|me|his|her|their)|between|off|"
                r"on holiday|into the pool|in the (film|show|book|game))\b",
            ),
        ),
    ),
)

_BODY = r"(?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?|chest|face|throat|neck|veins?)"

# Plans, places, notes, thoughts of death and the wish to be with the dead.
_MORE_RULES: tuple[Rule, ...] = (
    _needing(
        "happier|better|easier|fine|ok|okay|lighter|sleep|asleep|drift|stop|keep|carry|tired|"
        "sick|done|exhaust|weary|want out|point|ctb",
        SUICIDAL_IDEATION,
        r"\b(happier|better|easier|fine|ok|okay|lighter|relieved|glad|freer|richer)\s+(off\s+)?"
        r"((for|on)\s+(everyone|everybody|them|you|my family|all of you|the kids|us all)\s+)?"
        r"(if i (just\s+)?(wasnt|werent|"
        r"was not|were not|was gone|were gone|died|was dead|were dead|disappeared|didnt exist|"
        r"wasnt alive|wasnt here|wasnt around|werent around|was not around)|without me "
        r"(around|here|alive))\b|"
        r"\b(?<!could )(go to sleep|sleep|fall asleep|drift off|rest)\s+(forever|for good|"
        r"permanently|"
        r"and "
        r"(not|never) wake)\b(?!(\s+up)?\s+(until|till|til|before|for (\d+|a|an|the|hours|ages)|"
        r"early|all night|through|after (this|that|my|the|a)|once|when|this weekend|tomorrow|on "
        r"(my|the) (day off|days off|weekend)))|\b(eternal|permanent|endless) sleep\b|"
        r"\b(want|wanna|wish|need|going|gonna|ready)\s+(to\s+)?(just\s+)?stop\s+(living|"
        r"breathing|existing|being alive)\b(?!\s+(on|off|as|like|in|at|for)\b)|"
        r"\b(cant|cannot|can not|dont want to)\s+(keep|go on|carry on)\s+(living|existing|"
        r"being alive)( like this)?\s*$|"
        r"\b(tired|sick|done|exhausted|weary)\s+(of|with)\s+(being alive|existing|living|"
        r"life|this life)\b(?!\s+(in|at|with|like (?!(for real|fr|genuinely|actually|really|"
        r"honestly|seriously|literally|deadass|i mean))|out of|admin|here|there|on|paycheck|"
        r"alone))|"
        r"\bwant out\s*$|\bwant out of (life|this life|this world|existence|living)\b|"
        # "no point in going on the hike": an outing, not a life.
        r"\b(see no|dont see the|dont see any|no) point (in|of) (living|life|going on(?! (the|a|"
        r"an|this|that|about|holiday|vacation|trips?|dates?|rides?)\b)|being alive|existing|"
        r"being here|anything any ?more)\b|"
        r"\bctb\b",
    ),
    _needing(
        "plan|when|how|where|do it|doing it|tonight",
        SUICIDAL_IDEATION,
        r"\b(i have|ive got|i got|i made|ive made|i have made|got|made|have)\s+(a|my)\s+plan"
        r"(\s+(now|ready|sorted|in place|worked out))?\s*$|"
        r"\b(i have|ive got|i got|got)\s+(a|my)\s+plan\s+(and|now|to do it|for how)\b|"
        r"\b(know|decided|worked out|planned)\s+(exactly\s+)?(when|how|where)\s+(i ll|ill|i will|"
        r"im going to|im gonna|i would|id|to)\s+(do it|end it|go|die)\b|"
        r"\b(going to|gonna|finna|will|ll|im)\s+(really\s+|finally\s+|actually\s+)?do(ing)?"
        r" it\s+(tonight|this time|for real|when (everyone|theyre|they are|hes|shes|no one)|"
        r"before (anyone|someone|they|morning))\b|"
        r"\btonight(s| is) the night\s*$",
    ),
    _needing(
        "edge|ledge|top|railing|side|bridge|cliff|track|railway|roof",
        SUICIDAL_IDEATION,
        r"\b(im|i am|sitting|standing|stood|sat|i m|on)\s+(on|at)\s+the\s+(edge|ledge|top|"
        r"railing|side)\s+of\s+(the|my|a|this|that)\s+(\w+\s+)?" + _HIGH_PLACE + r"\b|"
        r"\b(im|i am|i m)\s+(on|at)\s+the\s+(bridge|cliff|cliffs|tracks|railway|ledge|edge|"
        r"roof)\s*(right now|now|rn)?\s*$",
        benign_after=r"^\s*(fixing|mending|clearing|with|for|of the (team|project)|club|"
        r"game|party|taking|watching)\b",
    ),
    _needing(
        "hand|front of me|out|ready|lined|next to me|here with me|gun|pistol|rifle|firearm|"
        "shotgun|handgun",
        SUICIDAL_IDEATION,
        r"\b(have|got|holding|hold|held|ive got|sat with|sitting with|staring at|counted out|"
        r"lined up)\s+(the|my|a|all the|all my)\s+(pills|tablets|knife|blade|razor|rope|gun|"
        r"noose|bottle of \w+|" + DRUGS + r")\s+(in my hand|in my hands|in front of me|out|"
        r"ready|lined up|next to me|here with me)\b|"
        r"\b(bought|buying|got|ordered|getting|get|picked up|borrowed|borrowing|got hold of|stole|"
        r"took)\s+(a|my|me a|his|her|the|my dads|my uncles)\s+(gun|pistol|rifle|firearm|shotgun|"
        r"handgun)\b",
        benign_after=r"^\s*(from (the|a) (repair|gunsmith|shop|range|club)|to (the|a) (range|"
        r"gunsmith|shop|police|club|farm)|for (\w+ )?(season|"
        r"hunting|shooting|stalking|trip)|"
        r"for (hunting|the range|target|work|my job|the farm|pest)|"
        r"licen[cs]e|safe|cabinet|for my (son|daughter|kid)s? (game|toy))\b|"
        # "the pills in my hand, about to take them with breakfast": a dose as prescribed.
        r"^\s*(\w+\s+){0,4}(with (breakfast|dinner|lunch|food|water|my tea)|as prescribed|my "
        r"(morning|evening|daily|usual) dose)\b|"
        # "got my rifle and some rounds for the range": the range a few words on.
        r"^\s*(\w+\s+){0,5}(for|to|at) (the |a )?(range|gunsmith|gun club|hunting|shooting "
        r"(club|range)|deer season|clay shoot)\b",
    ),
    _needing(
        "note|letter|goodbye|suicide",
        SUICIDAL_IDEATION,
        r"\b(written|wrote|writing|write|left|leaving|finished)\s+(my|a goodbye|a suicide|"
        r"my goodbye|my last|my final|goodbye)\s+(note|notes|letters?)\b|"
        r"\b(written|wrote|writing|left|leaving)\s+(my\s+)?letters\s+to\s+(everyone|my "
        r"family|my kids|my children|my parents)\b|"
        r"\b(a|her|his|their|my|sent|send|sending|got)\s+(goodbye|suicide)\s+(text|message|"
        r"note|letter|video|voice ?note|voicemail|email|post)\b",
        benign_after=r"^\s*(to|for|on|about)\s+(my|the|our|a)\s+(landlord|boss|teacher|school|"
        r"work|neighbou?r|colleague|team|class|job|ex)\b|^\s*(\w+\s+){0,6}(to (my|our|his|her|"
        r"the) (old|younger|future|past|inner) (self|selves|house|flat|home|job|child)|as (an|a|"
        r"part of (an|a|my)) (exercise|homework|assignment|therapy)|(hamster|dog|cat|pet|goldfish|"
        r"fish|rabbit|guinea pig|old (house|flat|home|job|school)))\b|" + LETTERS_FOR_LATER,
        benign_before=r"\b(film|movie|show|book|novel|episode|story|hamster|dog|cat|pet|"
        r"goldfish|fish|rabbit|guinea pig|the kids|the children|my kids|our kids)\b(\s+\w+){0,4}"
        r"\s*$",
    ),
    _needing(
        "dying|death|dead|alive|existing|funeral|end|heaven|other side|up there",
        SUICIDAL_IDEATION,
        r"\b(think|thinking|thought|thoughts|obsess\w*|fantasi[sz]\w*|dream\w*)\s+(about|of)\s+"
        r"(dying|death|my death|my own death|being dead|not being alive|not existing|my "
        r"(own )?funeral)\b|"
        r"\b(imagin\w*|picturing|picture|planning|plan|planned)\s+my\s+(own\s+)?funeral\b|"
        r"\b(drink|drinking|starve|starving|smoke|smoking|bleed|bleeding|eat|eating|dose|"
        r"dosing)\s+myself\s+to\s+death\b|"
        r"\b(wont|will not|not gonna|not going to|wont even)\s+be\s+alive\b|"
        r"\bend(ing)?\s+(things|it|everything|it all)\s+(for good|forever|permanently)\b|"
        r"\b(want|wanna|wish|ready|going|gonna|need|long)\s+(to\s+)?(be|go)\s+(with\s+\w+"
        r"(\s+\w+)?\s+)?(in heaven|on the other side|up there with)\b|"
        r"\bjoin (him|her|them|my \w+) (in heaven|on the other side|in the ground)\b",
        benign_after=r"^\s*(of (my|the|his|her|their|a) |in (the|a) (film|book|show|game)|"
        r"(with|in) (him|her|them|my|his|their) (business|band|team))|" + OLD_AGE_SAID_AFTER,
        other_subject_guard=True,
    ),
    _needing(
        "burn|cut|carv|scratch|hit|punch|bang|stab|slit|slash|slic|goug",
        SELF_HARM,
        r"\b(burn|burning|burnt|burned|cut|cutting|carve|carving|carved|scratch|scratching|"
        r"scratched|hit|hitting|punch|punching|punched|bang|banging|stab|stabbing|slit|"
        r"slitting|slash|slashed|slashing|slice|sliced|slicing|gouge|gouged)\s+(up\s+)?(my|"
        r"into my)\s+" + _BODY + r"\b",
        # A mishap ("on the oven", "with the iron"), never when said to be meant: "i burn
        # my arm with the iron on purpose".
        benign_after=r"^(?!.{0,60}?(?<!\bnot )(?<!nt )(?<!nt do it )(?<!nt mean it )(?<!never )"
        r"\b(on purpose|purposely|deliberately|intentionally|to punish myself|to make it stop|"
        r"so it hurts|keep doing it|deserve it|i deserve|helps me|to calm down|feel numb|"
        r"to feel something|so i can feel)\b)"
        r"\s*(on|against|in|at|playing|by accident|accidentally|while|when|"
        r"getting|falling|shaving|doing|open on|with (the |a |my )?(oven|iron|stove|kettle|"
        r"pan|tray|curling|straighteners|hair|tea|coffee|soup|water|paper|knife while))\b",
    ),
    _needing(
        "til|until|untill",
        SELF_HARM,
        r"\b(punch|punching|punched|hit|hitting|bang|banging|banged|kick|kicking)\s+(walls?|"
        r"the wall|my head|doors?|the door|things)\b(\s+\w+){0,3}?\s+(til|till|until|untill)"
        r"\s+(my|i|it)\s+(\w+\s+)?(bleed|bled|bleeding|bleeds|bruise|bruised|broke|break|"
        r"cracked|swelled|split|splits|see stars|saw stars|go numb|went numb|black out|"
        r"blacked out|pass out|passed out|cant feel|couldnt feel)\b",
    ),
    *needing(
        word_starts(
            [
                "he",
                "him",
                "his",
                "son",
                "daughter",
                "friend",
                "mate",
                "brother",
                "sister",
                "husband",
                "wife",
                "partner",
                "bf",
                "gf",
                "kid",
                "teen",
            ]
        ),
        (
            rule(
                SUICIDAL_IDEATION,
                r"\b(end|ending|take|taking)\s+(his|her|their)\s+(own\s+)?life\b",
                benign_before=r"\b(character|hero|heroine|villain|film|movie|show|series|book|"
                r"novel|episode|story|dog|cat|vet|doctors?)\b(\s+\w+){0,5}\s*$",
            ),
        ),
    ),
)

NET_RULES: tuple[Rule, ...] = _RULES + _MORE_RULES

# Word starts every net rule needs one of (added to the lexicon's triggers).
_SOMEONE_CLOSE_WORDS = (
    "he|she|they|him|her|them|his|their|husband|wife|partner|son|daughter|brother|sister|"
    "mum|mom|dad|friend|mate|boyfriend|girlfriend|bf|gf|kid|teen"
)
NET_TRIGGERS: tuple[str, ...] = (*_NEEDED, *_SOMEONE_CLOSE_WORDS.split("|"))

# Kinds of goodbye, each a named group: two kinds in one message are a goodbye
# message ("this is goodbye. thank you for trying, none of this is your fault").
# The words any goodbye below starts with: one look at a position's first letters
# spares trying every kind there (a long message is read at every word).
_FAREWELL_STARTS = word_starts(
    [
        "this is",
        "be my",
        "this was",
        "saying",
        "goodbye",
        "my last",
        "my final",
        "a last",
        "a final",
        "last",
        "final",
        "bye",
        "peace",
        "when im",
        "after im",
        "once im",
        "its time",
        "it is",
        "it was",
        "thank",
        "cheers",
        "none of",
        "dont blame",
        "do not blame",
        "please",
        "never blame",
        "not ur",
        "not your",
        "not anyones",
        "i love",
        "i appreciate",
        "appreciate",
        "love",
        "tell",
        "always remember",
        "sorry",
        "im sorry",
        "forgive me",
        "look after",
        "take",
        "have",
        "keep",
        "adopt",
        "feed",
        "walk",
        "gave",
        "giv",
        "gives",
        "made",
        "making",
        "already",
        "wrote",
        "writ",
        "left",
        "hit send",
        "about to",
        "send it",
        "send them",
        "drafted",
        "scheduled",
        "prewritten",
    ]
)

FAREWELL = (
    # The word boundary first: most positions of a long message fail on it at once.
    r"\b(?="
    + _FAREWELL_STARTS
    + r")(?:(?P<goodbye>\b(this is goodbye|saying goodbye|goodbye (everyone|all|(cruel )?"
    r"world)"
    + AN_EVERYDAY_PARTING_AHEAD
    + r"|goodbye forever|(my|this is my|be my) (last|final) (session|appointment)"
    r"(?=\s*[.!?]|\s*$)|"
    r"(my|a) (last|final) (message|goodbye|text|words)(?! (to|for) (the|my|his|her) (landlord|boss|"
    r"teacher|manager|team|group|council|neighbou?r|client|colleague)| was (ignored|unanswered|"
    r"read|left on read))|(last|final) goodbye|bye forever|"
    r"when im gone|after im gone|once im gone|last time (you|u)ll hear from me|"
    r"(its|it is) time for me to go|bye (everyone|all|yall|y all)"
    + AN_EVERYDAY_PARTING_AHEAD
    + r"|peace out (everyone|all|yall|"
    r"forever)|"
    # "sorry for everything. goodbye x": a kiss after the last word changes nothing.
    r"(?<=[.!?] )(goodbye|bye)( x+)?(?=[.!?]*$))\b)|"
    # Thanks, love and a pet or a person to look after are one kind between them: "thanks
    # for everything today. love you" is said every day; with a goodbye, a note or things
    # given away it is a farewell.
    r"(?P<affection>"
    # "thanks for trying to fix my laptop": a chore attempted, not a life.
    r"(?:\b(thank (u|you)|thanks|thank u|cheers) (so much )?for (being there|"
    r"trying(?! to (fix|repair|sort|"
    r"get|find|book|make|call|cook|organi[sz]e|help with))|everything\b|"
    r"everything (you|u) "
    r"(did|tried|have done|ve done)|all (you|u) (did|tried)|putting up with me|never giving "
    r"up on me|trying with me|always (listening|being there)|being (my|a) (friend|rock))\b)|"
    r"(?:\b(i )?love (u|you|you all|yall|y all|you guys) (all )?(forever|always, "
    r"never forget)\b|\btell (\w+ ){1,2}i love (them|her|him|you)\b|\balways remember i "
    r"love\b|(?:^|(?<=[.!?] ))(i )?love (you|u|you all|yall)( so much| always)?(?=\s*[.!?]+|"
    r"\s*$)|"
    # "i appreciate you, genuinely" said as the message's last words.
    r"(?:^|(?<=[.!?] ))(i )?(appreciate|love) (you|u|you all|yall)(,? (genuinely|truly|honestly|"
    r"so much|always|x+))?(?=\s*[.!?]*\s*$))|"
    r"(?:\b(look after|take care of) (my |our )?(mum|mom|dad|mam|nan|gran|the kids|"
    r"my (little )?(sister|brother))\b|\b(look after|take care of|feed|walk|take|have|keep|"
    r"adopt) (my|the|her|his|their) (dog|cat|kids|children|"
    r"babies|plants|fish|cats|dogs|rabbit|hamster)( for me)?\b))|"
    r"(?P<blame>\b((none of )?(this|it) (is|isnt|is not|was not|wasnt) (ur|your|anyones|their|"
    r"his|her|"
    r"any of your) fault|(dont|do not|please dont|never) blame (yourself|urself|"
    r"yourselves|anyone)|not (ur|your|anyones) fault(?! (that )?(the|if the|if it|we|our) ))\b)|"
    r"(?P<sorry>\b(sorry for everything|im sorry for (what|all|everything)|forgive me|"
    r"please forgive me|sorry for (all of it|it all))\b|\btell (my |the )?\w+ (im|i am|"
    r"i m) sorry(?=\s*[.!?,]|\s*$)|"
    r"\b(im |i am )?sorry (it|things|this) (ended|ends|had to end|has to end|"
    r"turned out) like this\b|"
    r"(?:^|(?<=[.!?] ))(im )?sorry (mum|mom|mam|dad|everyone|guys|all|"
    r"yall)(?=\s*[.!?]+|\s*$))|"
    r"(?P<give>\b(gave|giving|give|given|gives) (away )?(all )?(my|his|her|their) (?!(\w+ )?"
    r"(plants?|furniture|sofa|desk|old|spare|unused|baby)\b)(\w+ ){0,2}(to|away)\b"
    # Lent to be looked after till one is back: "gave my ps5 to my brother to look after
    # till i'm back" (a deployment, a trip).
    r"(?!( \w+){0,5}? (to (look after|mind|hold|keep safe)|for safekeeping|(till|until|while) "
    r"(i|im|i m|i am)\b))|"
    r"\b(giving|gave|gives) away (my|all my|his|her|their|all his|all her)\b(?! (\w+ )?"
    r"(plants?|furniture|sofa|desk|old|spare|unused|baby)\b))|"
    r"(?P<peace>\b(made|making) (my )?peace with (it|everything|this|my decision)\b(?! to\b)|"
    r"\b(already )?(wrote|written|writing|left) (the|my|a) (letters|note|notes|"
    r"goodbye letters?|last letter|letter for|letter)\b(?! (on|under) (the|his|her|their) "
    r"(door|windscreen|windshield|car|desk)))|"
    r"(?P<ready>\b(hit send when|send (it|them) when its time|about to (send|post) (it|this|"
    r"them)(?=\s*[.!?]|\s*$)|(drafted|scheduled|prewritten) "
    r"(the|a|my) (text|message|email|note|post) to)\b)"
    r")|"
    # A headstone or a coffin (real characters: the disguised reading squeezes letter runs).
    "(?P<grave>[\U0001faa6\u26b0\u26b1])"
)
