"""The English crisis net for what is said indirectly: by the field of words, not the sentence.

A client in crisis often names no death at all. They understate ("I won't be
a problem much longer"), put things in order (letters, a will, the pets
found a home "for good", debts paid "so nobody gets stuck with it"), name a
place and a time ("ill be on the tracks"), name the means they now have
("loaded my dad's gun", "pockets full of rocks"), count or take pills, show
what they did to their body (blood, scars, bandages, burns), wish passively
("if a car hit me I'd be relieved"), or say goodbye ("sorry for what I'm
about to do"). Each group of rules below reads one such field, gated by its
own words so most sentences skip it with one scan; each exemption names the
everyday sense it excuses ("my last day at work", "made a will with our
solicitor", "plasters on my arm after the fall").
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.english_net import (
    DRUGS,
    LETTERS_FOR_LATER,
    OLD_AGE_SAID_AFTER,
    word_starts,
)
from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule

# The words each rule here needs, gathered for the lexicon's trigger scan.
_NEEDED: list[str] = []


def _needing(words: str, *args: str | None, **flags: bool) -> Rule:
    """A rule tried only in a sentence holding one of ``words`` (word starts)."""
    # A phrase is looked for by its longest word: a gate of single words is read on the
    # sentence's distinct words, not along the whole sentence.
    single = [max(word.split(), key=len) for word in words.split("|")]
    _NEEDED.extend(single)
    return replace(rule(*args, **flags), needs=word_starts(single))


_BODY = r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|chest|ribs|ankles?)"
_WEAPON = r"(?:guns?|pistols?|rifles?|shotguns?|revolvers?|handguns?|firearms?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WHEN = (
    r"(?:much longer|for much longer|for long|long|by (the weekend|next week|christmas|then|"
    r"summer|spring|new year|the end of (the|this) (week|month|year)|tomorrow|morning|"
    + _WEEKDAY
    + r"))"
)
# Places people go to die from, and the water they walk into.
_PLACE = (
    r"(?:overpass|bridge|viaduct|tracks|train tracks|railway|railway line|cliffs?|cliff edge|"
    r"ledge|roof|rooftop|top floor|car park roof|multi storey)"
)
_WATER = r"(?:sea|ocean|river|lake|water|canal|loch|reservoir|clyde|thames|mersey|tyne|forth)"

# Away on a trip, not gone for good: "ill be gone by friday for the conference".
_AWAY_AFTER = (
    r"^\s*(on|for|to|at) (the |a |my |our )?(holiday|vacation|trip|conference|course|business|"
    r"work|leave|wedding|festival|weekend|camp|tour|visit|move|flight|job|shift)|"
    r"^\s*(away|abroad|overseas)\b|^\s*(for|a) (\d+|a|two|three|few|couple)\b"
)

# Understatement and finality: "I won't be a problem much longer".
_FINALITY: tuple[Rule, ...] = (
    _needing(
        "wont|will not|aint|not gonna|not going|dont|do not|cant|can not|cannot|be around|be here|"
        "bother|nuisance|worry",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|aint gonna|aint gon|aint going to|not gonna|not going to)\s+(even\s+)?"
        r"be\s+"
        r"(a problem|a burden|a bother|a nuisance|a worry|a pain|a drain|a weight|in (your|"
        r"anyones|the) way|around|round|here|alive|bothering (you|anyone|anybody))\b"
        r"(\s+\w+){0,6}?\s+("
        + _WHEN
        + r"|after (this|the|next) (weekend|week|month)|after ("
        + _WEEKDAY
        + r"|christmas|xmas|new year|easter|my birthday|the holidays|tonight|today|this))\b|"
        r"\b(dont|do not|cant|can not|cannot)\s+(think|reckon|see)\s+(ill|i will|i ll|im gonna|"
        r"im going to|i can|i could)\s+(be (around|here|alive)|make it (to|through|past|until|"
        r"till) (" + _WEEKDAY + r"|the weekend|tomorrow|christmas|next week|morning|the morning|"
        r"tonight|summer|my birthday|(his|her|their|\w+s) birthday|new year|the new year|easter|"
        r"next (month|year)|spring|autumn|winter|the holidays|the end of (the|this) (week|month|"
        r"year)))\b(?! \w+ (meeting|session|party|class|game|gym|appointment|shift))|"
        r"\b(dont|do not|cant|can not|cannot)\s+see myself\s+(alive|here|around|living|still "
        r"here)\b",
        benign_after=r"^\s*(\w+\s+){0,2}(ill|i ll|i will) (pay|get|have|find|be (earning|working|"
        r"paid))\b|^\s*(\w+\s+){0,2}(once|when) i (get|start|find|move)\b|"
        r"^\s*(because|cause|cos|as|since|the (traffic|flight|train)|im (stuck|"
        r"working|away)|at (this|the) (job|company|school|place)|today|tonight|this (evening|"
        r"afternoon|morning))\b|^\s*(\w+\s+){0,3}(shift|flight|train|bus|meeting|class|lecture|"
        r"party|battery|phone|lunch|break|office|desk|job|leaving|heading|signing off|logging "
        r"off)\b",
    ),
    _needing(
        "gone|dead|be gone|by now|already",
        SUICIDAL_IDEATION,
        r"\b(ill|i will|i ll|im gonna|gonna|im going to)\s+(be\s+)?(gone|dead)\s+(by|before)\s+"
        r"(christmas|" + _WEEKDAY + r"|the weekend|next week|summer|spring|new year|the new year|"
        r"easter|my birthday|the holidays|the summer|the spring|the end of (the|this) (week|month|"
        r"year)|then|morning|the morning|tomorrow)\b|"
        r"\b(id|i would|i d|i wouldve|i would have)\s+(have\s+)?(be|been)\s+(gone|dead)\s+"
        r"(already|by now|long ago|years ago|ages ago)\b",
        benign_after=_AWAY_AFTER,
    ),
    _needing(
        "disappointed|annoyed|gutted|upset|angry|pissed|still here|still alive|woke",
        SUICIDAL_IDEATION,
        r"\b(disappointed|annoyed|gutted|upset|angry|pissed|sad)\s+(that\s+)?(im|i am|i m|i)\s+"
        r"(still\s+)?(here|alive|breathing|woke up|wake up|keep waking up)\b",
        benign_after=r"^\s*(at|in) (work|the office|the library|school)\b",
    ),
    _needing(
        "tryna|trying|want|wanna|be here|be alive",
        SUICIDAL_IDEATION,
        r"\b(not|dont|do not|no longer|want to|wanna|just want to)\s+(tryna|trying to|want to|"
        r"wanna|"
        r"not)\s+be\s+(here|alive|"
        r"around)\s+(any ?more|any longer|no more|no mo)\b",
        negatable=False,
    ),
    _needing(
        "done|permanent|forever|for good|giv|gave|on living|on life|whole life|whole "
        "living|like permanent",
        SUICIDAL_IDEATION,
        r"\b(permanently|forever)\s+done\b|"
        r"\b(im|i am|so|just)\s+(\w+\s+){0,2}?done\s+(for good|permanently|forever)\s*$|"
        r"\b(give|giving|gave)\s+up\s+on\s+(living|life|being alive|existing|staying alive)\b|"
        r"^\s*(like\s+)?(on living|on life|permanently|for good|forever)\s*$|"
        r"^\s*like\s+(permanently|for good|forever)\b|"
        r"\bthe whole (life|living|being alive|existing|breathing) thing\b",
    ),
    _needing(
        "check|dip|peace|tap|bow|log|clock|exit|myself out|hotel",
        SUICIDAL_IDEATION,
        r"\b(check|checking|dip|dipping|peace|peacing|bow|bowing|tap|tapping|log|logging|clock|"
        r"clocking)\s+(out|off)\s+(early|permanently|for good|forever|of life|of this life)\b"
        # "logging off for good from twitter", "checking out early from the hotel".
        r"(?!\s+(from|on|off|of|at|to|with)\s+(?!life|existence|this world)\w)|"
        r"\bnot the (hotel|vacation|holiday|work|shop|library) kind\b|"
        r"\b(making|make|made|plan\w*)\s+my\s+(final\s+|last\s+)?exit\b|"
        r"\btak\w*\s+myself\s+out\s+(of\s+)?(the|this)\s+(picture|equation|world)\b",
    ),
    _needing(
        "tonight|the night|end things|ending things|picked|chosen|chose|set the",
        SUICIDAL_IDEATION,
        r"\btonight(s| is) the night\b|"
        r"\b(i|ill|i will|im|gonna|going to|to|finally)\s+(end|ending)\s+things\b"
        r"(?!\s+(with|between|off|on))|"
        r"\b(already|finally|ive|i have|i)\s+(picked|chosen|chose|set)\s+(the|a|my)\s+"
        r"(day|date|night)\s*$",
    ),
    _needing(
        "point",
        SUICIDAL_IDEATION,
        r"\bno point ((to|in|of)\s+)?(any of (it|this)|anything|it all|carrying on|trying)\s+"
        r"(any ?more|any longer)\b",
    ),
    _needing(
        "should|died",
        SUICIDAL_IDEATION,
        r"\bshould\s+(have|of|ve)\s+died\b",
        benign_after=r"^\s*(laughing|of (embarrassment|shame|laughter))\b",
        negatable=False,
    ),
    _needing(
        "had enough",
        SUICIDAL_IDEATION,
        r"\b(ive|i have|i ve|i)\s+(just\s+|really\s+|truly\s+)?had enough(\s+now)?\s*$|"
        r"\bhad enough of (it all|everything|everyone|being here)\s*$",
    ),
    _needing(
        "sleep|asleep",
        SUICIDAL_IDEATION,
        r"\b(sleep|asleep)\s+and\s+(just\s+)?(never|not)\s+(wake|"
        r"waking)(\s+up)?\b(?!(\s+up)?\s+(until|"
        r"till|til|before|for (\d+|a|an|the|hours|ages)|early|all night|through|once|"
        r"in the night))",
        negatable=False,
    ),
)

# Arrangements: a will, letters, pets and things given away, accounts closed.
_ARRANGEMENTS: tuple[Rule, ...] = (
    _needing(
        "will|testament",
        SUICIDAL_IDEATION,
        r"\b(made|making|make|wrote|writing|written|write|updated|updating|sorted|drew up|drawn "
        r"up|finished|signed)\s+(out\s+)?(a|my|the)\s+(will|last will|testament|last will and "
        r"testament)\b",
        other_subject_guard=True,
        benign_before=r"\b(lawyer|solicitor|notary|attorney|executor|advisor|adviser|accountant|"
        r"bank)\s*$",
        benign_after=r"^\s*(\w+\s+){0,4}(since|after|because|now that|as) (the|we|our|my|i) "
        r"(baby|wedding|married|marriage|divorce|house|mortgage|kids?|son|daughter|new|got|had|"
        r"bought|moved)\b|" + OLD_AGE_SAID_AFTER + r"|"
        # Old age said beside it: "made my will at 68 and split everything between the
        # grandkids".
        # "made a will now the baby's here"
        r"^\s*(\w+\s+){0,2}now (that )?(the|our|my) (baby|babies|twins|newborn|daughter|son|"
        r"kids?)\s?(s|is|are)? (here|born|arrived)\b|^\s*(\w+\s+){0,2}now (that )?(i|we) have "
        r"(kids|children|a baby|a family)\b|"
        r"^\s*(\w+\s+){0,2}(beneficiaries|pension|mortgage|isa|insurance|lawyer|solicitor|notary|"
        r"attorney)\b|"
        # Coursework: "a will template for my law class".
        r"^\s*(\w+\s+){0,2}(template|assignment|for\s+(my\s+)?(law\s+)?(class|course|module|exam|homework))\b|"
        r"^\s*(((last|this|next) (year|month|week)|yesterday|today|recently|years ago|"
        r"in \w+|\w+ ago|finally|properly)\s+)?(with (the|a|our|my) (solicitor|lawyer|notary|"
        r"attorney)|after (the|our|"
        r"we|my (baby|wedding|divorce|son|daughter))|since (the|we|our)|for (work|the house|the "
        r"mortgage)|at (the|a) (bank|solicitor)|and (sorted |did |got |set up |updated )?(my |our |"
        r"the )?(life )?(pension|mortgage|insurance|isa|savings|tax|finances|paperwork))",
    ),
    _needing(
        "letter|note|obituar|eulog",
        SUICIDAL_IDEATION,
        r"\b(wrote|written|writing|left|leaving|finished)\s+(\w+\s+)?letters\s+(for|to)\s+"
        r"(my|the|each|everyone|all|mum|mom|mam|dad|both|nan|gran|grandma)\b"
        # Letters for children away at camp: "wrote letters to each of the kids at church camp".
        r"(?!(\s+\w+){0,4}\s+(at|for|in)\s+(church\s+|summer\s+|scout\s+|bible\s+|sleepaway\s+|"
        r"band\s+|football\s+|soccer\s+)?camp\b)"
        # An occasion they are for: "wrote letters to my grandkids for their birthdays".
        # Not "for their future birthdays": letters for the years ahead.
        r"(?!(\s+\w+){0,3}\s+(for|on)\s+(their|his|her|the|my|"
        r"our)\s+(?!future\b)(\w+\s+)?(birthdays?|"
        r"christmas|"
        r"graduations?|weddings?|anniversar\w+|first day|confirmation|"
        r"bar mitzvah|"
        r"bat mitzvah|quinceanera)\b)(?!\s+(landlord|boss|"
        r"council|school|teacher|colleagues|team|customers|clients|neighbou?rs|old|younger|"
        r"future|past|inner|pen\s*pals?|penpals?))|"
        r"\bnote\s+on\s+the\s+(counter|table|bed|pillow|desk|fridge|door)\b(?!\s+(for|saying|"
        r"about|to)\s+(the\s+)?(cleaner|plumber|postman|delivery|milk|groceries|shopping|dinner))"
        r"(?!(\s+\w+){0,4}\s+(about|re|saying|reminding|to (buy|get|pick|remind|say|feed|walk))\s+"
        r"(the\s+)?(dinner|tea|lunch|breakfast|shopping|groceries|bins|milk|school|dog|cat|"
        r"plumber|delivery|parcel|washing|recycling|appointment|kids))"
        r"|\b(wrote|written|writing|drafted|drafting)\s+my\s+(own\s+)?(obituary|eulogy)\b",
        benign_after=LETTERS_FOR_LATER,
    ),
    _needing(
        "after|for after|clean up|sort out|go through|see my|whoever|finds me|look|understand",
        SUICIDAL_IDEATION,
        r"^\s*for after\s*$|"
        r"\b(for|so)\s+(people|them|everyone|nobody|no one|noone|my family|whoever|anyone|they)\s+"
        r"(\w+\s+){0,3}?(clean up|sort out|go through|see my stuff|see my things|deal with)\b"
        r"(\s+\w+){0,3}?\s+after\s*$|"
        r"\b(for|when)\s+(whoever|whoevers|someone|somebody|they|you|u)\s+finds?\s+me\b|"
        r"\b(hell|shell|theyll|youll|he will|she will|they will|you will|u will|ull|everyone will)"
        r"\s+(know where to (look|find me)|understand (later|one day|soon|eventually|why)|get it "
        r"(later|one day|soon))\b",
    ),
    _needing(
        "when im|after im|once im|before im",
        SUICIDAL_IDEATION,
        r"\b(when|after|once)\s+im\s+(gone|dead|not here|not around|no longer here)\b",
        benign_after=_AWAY_AFTER,
    ),
    _needing(
        "take|look after|care of|have|keep|adopt|rehom",
        SUICIDAL_IDEATION,
        r"\b(take|taking|take care of|look after|looking after|have|keep|adopt|rehome|"
        r"rehoming)\s+(my|the)\s+"
        r"(pets?|dogs?|cats?|puppy|kitten|fish|rabbits?|birds?|hamsters?|parrots?|horses?|kids|"
        r"babies)\s+(for good|permanently|forever|from now on|for me after)\b",
        # "we have the kids for good now, the adoption went through": good news.
        benign_after=r"^\s*(now|after|since|because|cos|the (adoption|custody|court|judge|"
        r"hearing))\b",
    ),
    _needing(
        "need",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|dont|wouldnt|will never)\s+(be\s+)?need(ing)?\s+(them|it|this|that|"
        r"anything|any of (it|this|them)|my \w+|a (place|flat|home|house|room|car))\b"
        r"(\s+\w+){0,4}?\s+where im going\b|"
        r"\b(wont|will not|not gonna)\s+(be\s+)?need(ing)?\s+(anything|any of (it|this|them)|a "
        r"(place|flat|home|house|room|car|future|pension))\b(\s+(at all|anymore|any more|ever|"
        r"again|after))?\b(?!\s+(else|from|for (the|this|a) (trip|party|weekend)))",
    ),
    _needing(
        "deleted|deleting|delete|wiped|wiping|cleared|clearing|closed|closing|paid off|paying "
        "off|debt",
        SUICIDAL_IDEATION,
        r"\b(paid off|paying off|settled|settling|cleared|clearing)\b(\s+\w+){0,10}?\s+so\s+"
        r"(nobody|no one|noone|my family|they|mum|mom|dad|no1|my (kids|wife|husband|partner))\s+"
        r"(gets|has|have|will|would|is|are|isnt|arent|wont|doesnt|dont)\b|"
        r"\b(deleted|deleting|wiped|wiping|cleared|clearing)\b(\s+\w+){0,10}?\s+so\s+(nobody|"
        r"no one|noone|no1|they|people)\s+(has|have|will|would|needs?)\s+to\s+(see|read|find|go "
        r"through|deal with)\s+(my stuff|my things|anything|it all|any of it|my (messages|texts|"
        r"search history|history|browser|diary|journal|files))\b",
    ),
    _needing(
        "giv|gave",
        SUICIDAL_IDEATION,
        r"\b(giv(e|es|ing|en)|gave)\s+(away\s+)?(all\s+)?(his|her|their)\s+(\w+\s+)?(tools|games|"
        r"things|stuff|clothes|books|guitar|records|collection|console|bike|jewellery|jewelry|"
        r"money|savings)\s+(away|to)\b|"
        r"\b(giv(e|es|ing|en)|gave)\s+away\s+(all\s+)?(his|her|their|my)\s+(\w+\s+)?(tools|games|"
        r"things|"
        r"stuff|clothes|books|guitar|records|collection|console|jewellery|jewelry|savings)\b|"
        r"\bgave\s+(my|all my)\s+\w+\s+to\s+(my|the)\s+\w+\s+and\s+my\s+\w+\s+to\b",
        benign_after=r"^\s*((to|at) )?(charity|the charity|a charity|goodwill|oxfam|"
        r"the charity shop|"
        r"a jumble|the car boot|the school fair|the hospice shop|the food bank)\b|"
        r"^\s*(\w+\s+){0,3}(before|when|after|because|as|since) (he|she|they|we|i) (moved|move|"
        r"moves|moving|went|retired|downsized)\b|^\s*(\w+\s+){0,3}(to (a|the) care home)\b",
    ),
)

# Means named, had or researched: the gun, the rope, the hose, the pills counted.
_MEANS: tuple[Rule, ...] = (
    _needing(
        "gun|pistol|rifle|shotgun|revolver|handgun|firearm",
        SUICIDAL_IDEATION,
        r"\b(loaded|load|loading|holding|held|hold|cleaning|got out|took out|hid|hidden|hiding|"
        r"stole|took|taken|have|got|ive got|keep|kept)\s+(\w+\s+)??(my\s+|his\s+|her\s+|the\s+|"
        r"a\s+)?(\w+s\s+)?" + _WEAPON + r"\b|"
        r"\b" + _WEAPON + r"\s+(is|are)\s+(in|under)\s+my\s+(closet|room|bed|car|drawer|bag|"
        r"wardrobe|pocket|lap)\b",
        benign_after=r"^\s*(for (hunting|the range|target|work|my job|the farm|pest|deer|duck|"
        r"clay)|to (the|a) (range|gunsmith|shop|police|club)|at the (range|club)|licen[cs]e|"
        r"safe|cabinet|in the (gun )?safe)\b|^\s*(\w+\s+){0,8}(hunting|shooting (clays|"
        r"pigeons|rabbits|targets)|clay pigeons?|the range|target practice|deer season|duck "
        r"season|pheasants?|grouse)\b",
        benign_before=r"\b(game|film|movie|show|toy|nerf|water|paintball|airsoft|glue)\s*$",
    ),
    _needing(
        "on myself|on meself",
        SUICIDAL_IDEATION,
        r"\b(use|using|used|point|pointing|pointed|turn|turning|turned)\s+(it|the gun|a gun|the "
        r"knife|the blade|the razor|them)\s+on\s+(myself|meself)\b",
    ),
    _needing(
        "meself|mesel|maself|mysel",
        SUICIDAL_IDEATION,
        r"\b(top|topping|neck|necking|off|offing|kill|killing|end|ending|hang|hanging|shoot|"
        r"drown|unalive|do|doing)\s+(meself|mesel|maself|mysel)\b",
        benign_after=r"^\s*(in|with|a|an|up|out|over|at|for|to get)\b",
    ),
    _needing(
        "garage|exhaust|engine running|car running",
        SUICIDAL_IDEATION,
        r"\b(in|inside)\s+the\s+garage\s+with\s+the\s+(car|engine)\s+(running|on)\b|"
        r"\b(hose|pipe|tube)\b(\s+\w+){0,5}?\s+(the\s+)?exhaust\b|"
        r"\bexhaust\b(\s+\w+){0,3}?\s+(into|in|through)\s+the\s+(car|window)\b",
        benign_after=r"^\s*(fixed|repaired|replaced|for (the|my) (mot|garage|mechanic)|"
        r"(is|was|has|got)\s+(been\s+)?(cracked|broken|leaking|rusted|loose|split|damaged|fixed|replaced|repaired))\b",
    ),
    _needing(
        "bag|rocks|stones",
        SUICIDAL_IDEATION,
        r"\b(put|putting|tied|tie|pulled|pull)\s+(a|the|a plastic|plastic)\s+bag\s+(over|around|"
        r"on)\s+my\s+(head|face)\b|"
        r"\bpockets?\s+(full of|filled with|stuffed with)\s+(rocks|stones)\b",
    ),
    _needing(
        "how many|how much|how long|how high|which|highest|tallest|too many|bleed out|bled out",
        SUICIDAL_IDEATION,
        r"\bhow (many|much)\s+(\w+\s+){0,2}?" + DRUGS + r"\s+(\w+\s+){0,2}?(it takes|would it take|"
        r"does it take|to (die|kill|shut|overdose|od)|would kill|kills|is (too many|lethal|fatal|"
        r"deadly|too much)|are (too many|lethal|fatal|deadly))\b|"
        r"\bhow many (would|is|are|will) (be )?too many\b|"
        r"\b(which|what|highest|tallest)\b(\s+\w+){0,5}?\s+(bridge|building|cliff|overpass|car "
        r"park|tower)\b(\s+\w+){0,5}?\s+(is the (highest|tallest)|high enough|tall enough)\b|"
        r"\bhow high\b(\s+\w+){0,3}?\s+(to die|would kill|to be (fatal|sure)|is fatal|kills)\b|"
        r"\b(bleed|bleeding|bled)\s+out\b",
        benign_before=r"\b(character|film|movie|show|game|episode|deer|pig|animal|meat)\b"
        r"(\s+\w+){0,4}\s*$",
        benign_after=r"^\s*(in (the|a) (film|game|show|movie))\b",
    ),
    _needing(
        "lined|counted|counting|laid out|in piles|in a pile|saved|saving|stash",
        OVERDOSE,
        r"\b" + DRUGS + r"\s+(are\s+|were\s+|is\s+)?(all\s+)?(lined up|counted out|laid out|"
        r"in piles|in a pile|saved up|stashed)\b|"
        r"\b(saving up|saving|saved)\s+(up\s+)?(all\s+)?(my|her|his|their|the)\s+(\w+\s+)?"
        + DRUGS
        + r"\b",
        benign_after=r"^\s*for (the )?end of (the|this|next) (month|week|year)\b|"
        r"^\s*((in|into|for) (the|my|a) (organi[sz]er|dosette|pill box|week|weekly|"
        r"trip|holiday))\b",
    ),
    _needing(
        "took|taken|take|taking|swallow|downed|down|necked|ate|eat|stopped taking",
        OVERDOSE,
        r"\b(took|taken|swallowed|downed|necked|had)\s+(my|the|his|her|a)?\s*(whole|entire|"
        r"full)\s+(months?|weeks?|bottle|box|pack|packet|supply|prescription|script)\s+(of\s+|"
        r"worth of\s+)?(\w+\s+)?(" + DRUGS + r")?\b|"
        r"\b(took|take|taking|swallow|swallowing|swallowed|downed|down|downing|necked|ate|eat)\s+"
        r"(everything|all|the lot|whatever)\s+(in|from)\s+"
        r"(the|my|mums|moms|dads|the bathroom)\s+(medicine\s+|bathroom\s+|pill\s+)?(cabinet|"
        r"cupboard|drawer|box|cabinets)\b|"
        r"\bstopped taking\s+(my|the)\s+(\w+\s+)?" + DRUGS + r"\s+(on purpose|so it|so that|"
        r"deliberately)\b",
        # "took everything in the cupboard to the charity shop": things moved, not swallowed.
        benign_after=r"^\s*(as prescribed|like (normal|usual|prescribed|the doctor))\b|"
        r"^\s*(to|into|out|off|for|down|up|and (put|moved|gave|sold|threw))\b",
    ),
)

# Plans by place and time: "ill be on the tracks", "going to the overpass tonight".
_PLACES: tuple[Rule, ...] = (
    _needing(
        "track|rail|line|overpass|bridge|viaduct|cliff|ledge|roof|top floor|multi storey|"
        "platform|step off",
        SUICIDAL_IDEATION,
        r"\b(ill|i will|i ll|im gonna|gonna|im going to|going to)\s+(be|lie|lay|stand|wait|go|"
        r"walk)\s+(\w+\s+)?(on|onto|down on)\s+the\s+(tracks|rails|railway line|train tracks|"
        r"line)\b|"
        r"\b(im|i am|im gonna|gonna|going to|ill|i will|will|drive|driving|walk|walking|head|"
        r"heading|go)\s+(out\s+|up\s+|back\s+)?(to|up to|onto)\s+the\s+" + _PLACE + r"\b"
        r"(\s+\w+){0,8}?\s+(tonight|the night|saturday night|after (my|the) (shift|kids)|"
        r"and thats it|and thats that|for the last time|one last time|alone|when (everyone|"
        r"theyre|the kids))\b|"
        r"\b(tonight|after the kids are asleep|when everyone(s| is) asleep)\b(\s+\w+){0,3}?\s+"
        r"(im|i am|im gonna|ill)\s+(going|go|walking|driving|heading)\s+to\s+the\s+"
        + _PLACE
        + r"\b|"
        r"\b(waiting|wait|ready|about|going|gonna|want|wanted)\s+to\s+(step|jump|fall)\s+off\b"
        r"(\s+\w+){0,3}?\s+(when|as|before)\s+the\s+(train|tube|bus)\b|"
        r"\b(im|i am|i m|i|standing|sitting|sat|stood)\s+(on|at)\s+(top\s+of\s+)?the\s+"
        r"(\w*\d\w*\s+)?(roof|rooftop|ledge|edge|tracks|bridge|overpass)\s+(rn|right now|now|"
        r"looking down(?!\s+at\b))\b|"
        r"\bon\s+the\s+(ledge|roof|rooftop)\s+(rn|right now|now)\b",
        # "im on the bay bridge rn stuck in traffic", "... looking down, the view is amazing".
        benign_after=r"^.*\b(traffic|stuck|commute|commuting|view|views|sunset|sunrise|pics?|"
        r"photos?|selfie|gorgeous|beautiful|pretty|amazing|tour|tourists?|late|omw|on my way|"
        r"driving|drive|bus|train|uber|lyft|taxi|cab|putting up|lights|gutters?|shingles|antenna|"
        r"decorations|fixing|repairing|cleaning)\b|"
        r"^\s*(club|game|tournament|party|market|cafe|pub|bar|restaurant|festival|"
        r"garden|pool|cinema|terrace|gym|lounge)\b|"
        r"^\s*(to (meet|see|take|watch|fish|photograph|fix|repair|clean)|with "
        r"(my|the|a|some|friends|mates)|for (a|the) (walk|picnic|run|swim|photo|party|drink)|"
        r"fixing|mending|clearing|cleaning|repairing|painting|checking|sunbathing|having)\b|"
        # "on the tracks at 9 for the train spotting club": a hobby or a job there.
        r"^\s*(\w+\s+){0,3}(for|with) (the|my|a) (\w+\s+){0,2}(club|team|crew|shift|job|work|"
        r"maintenance|gang)\b",
    ),
    _needing(
        "last",
        SUICIDAL_IDEATION,
        # "this is probably the last time you'll hear from me".
        r"\b(the )?last (time|message|text) (you(ll| will| ll)?|u(ll)?) (ever )?(hear|"
        r"get) from me\b",
        # "... about the fence", "... until I'm back from Spain": a topic or a trip.
        benign_after=r"^\s*(about|on|regarding|re|until|till|til|before|as|at|from|via|moaning|"
        r"complaining|whining|for (a|the) (while|next|rest)|"
        r"this (week|month|year)|today|tonight|for now|in (a|this) while|while)\b",
    ),
    _needing(
        "overpass|bridge|viaduct|cliff|drop|fall|jump|rope|noose|tracks",
        SUICIDAL_IDEATION,
        r"\b(thinking|think|thought|picturing|imagining|wondering if|bet)\b(\s+\w+){0,2}?\s+"
        r"(the\s+)?(overpass|bridge|viaduct|cliff|drop|fall|jump|rope|noose|tracks)\s+"
        r"(would|will|d|could|might)\s+(be\s+)?(so\s+)?(quick|quicker|fast|easy|easier|"
        r"painless|high enough|enough|it)\b",
    ),
    _needing(
        "intae|into|in to",
        SUICIDAL_IDEATION,
        r"\b(walk|walking|wade|wading|swim|swimming|go|going)\s+(out\s+)?(intae|into|in to)"
        r"\s+the\s+"
        + _WATER
        + r"\b(\s+\w+){0,3}?\s+(tonight|the night|the nicht|and not come back|and keep going|"
        r"for good|and never come back)\b",
    ),
    _needing(
        "nobody|no one|noone|find me",
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone)\s+(walks|goes|comes)\s+(up\s+|down\s+|out\s+)?(there|here)\s+"
        r"(after dark|at night|after \d+|this late|at this time|late at night)\b|\b(nobody|no one|"
        r"noone)\s+(will|would|is gonna|wont|is going to)\s+"
        r"find me\b(?!\s+(here|in (the|my|this|our) (\w+ )?(room|closet|cupboard|wardrobe|fort|den|"
        r"spot|hiding spot|hiding place)|for hours|when (im|i) hide|hiding))",
    ),
    _needing(
        "wheel|on purpose|drive|crash|steer|swerve|plough",
        SUICIDAL_IDEATION,
        r"\b(yanked|pulled|jerked|turned)\s+the\s+wheel\b(\s+\w+){0,6}?\s+on purpose\b|"
        r"\b(gonna|going to|will|ill|im going to|finna|about to|planning to)\s+(just\s+)?(drive|"
        r"crash|steer|swerve|plough|ride)\b(\s+\w+){0,2}?\s+(into|off)\s+(a|an|the)\s+(\w+\s+)?"
        r"(wall|tree|bridge|lorry|truck|barrier|pillar|river|cliff|oncoming \w+|sea|lake|canal|"
        r"harbour|harbor|quarry|reservoir|water)\b",
    ),
    _needing(
        "plan|how to do it",
        SUICIDAL_IDEATION,
        r"\b(planning|planned|plan|worked out|working out|figured out|figuring out)\s+how\s+"
        r"(to|ill|i ll|im gonna|im going to|i will)\s+(do it|end it|go)\b",
    ),
)

# The body's harm in first person: blood, scars, bandages, burns, the blade.
_BODY_HARM: tuple[Rule, ...] = (
    _needing(
        "cut|burn|burnt",
        SELF_HARM,
        r"\b(cut|burned|burnt)\s+(again|deeper|deep|tonight|last night|myself again)\b",
        benign_before=r"\b(power|electricity|wifi|internet|signal|call|line|water|gas|film|scene|"
        r"director|editor|budget|hours|hair|grass|toast|dinner|cake|pizza|rice|sauce)\b"
        r"(\s+\w+){0,2}\s*$",
        benign_after=r"^\s*(my hair|the grass|the hedge|the cake|in the edit|by)\b",
    ),
    _needing(
        "blood|bleed|bloody",
        SELF_HARM,
        r"\bblood\s+(all\s+)?(on|over|all over|through|thru|everywhere on)\s+(my|the)\s+"
        r"(sleeves?|arms?|jeans|sheets|clothes|hands|thighs?|wrists?|shirt|hoodie|bed|"
        r"bathroom|floor|carpet|sink|bath|tub)\b|"
        r"\b(still|keeps|wont stop|cant stop)\s+(bleeding|bleed)\s+(thru|through)\s+my\b|"
        r"\b(lot of|so much|loads of)\s+blood\b(\s+\w+){0,6}?\s+(dont|cant|not)\s+(really\s+)?"
        r"feel\b",
        benign_after=r"^\s*(from (a|my|the) (nose|nosebleed|period|dentist|blood test|gums?))\b",
        benign_before=r"\b(nosebleed|nose bleed|period|dentist|blood test|donat\w*|game|film)\b"
        r"(\s+\w+){0,6}\s*$",
    ),
    _needing(
        "bandaid|band aid|plaster|bandage|gauze|steri|scar|cuts|burns|bruises|marks|wounds|sleeves",
        SELF_HARM,
        r"\b(bandaids?|band aids?|plasters?|bandages?|gauze|steri strips?)\b(\s+\w+){0,3}?\s+"
        r"(on|for|over|around)\s+my\s+(thighs?|wrists?|forearms?|hips?|stomach|arms?|legs?)\b|"
        r"\b(new|fresh|more)\s+(scars|cuts|burns)\b(\s+\w+){0,2}?\s+(on|up|down|across)\s+my\b|"
        r"\b(scars|cuts|burns|bruises|marks|wounds)\s+(on|up|down|across|all over)\s+my\s+"
        r"(stomach|thighs?|wrists?|hips?|inner \w+|forearms?)\b|"
        r"\b(bruises|cuts|burns|scars|marks|wounds)\b(\s+\w+){0,4}?\s+(are|were|is)\s+(from me|"
        r"self inflicted|my own doing)\b|"
        r"\blong sleeves\b(\s+\w+){0,3}?\s+(in (july|june|august|summer|the heat)|to hide|so no "
        r"one|so nobody)\b",
        benign_after=r"^\s*(\w+\s+){0,2}?(from|after) (the|a|my) (\w+\s+)?(fall|accident|surgery|"
        r"op|operation|blood test|jab|vaccine|cat|dog|garden|bike|rugby|football|match|crash|"
        r"sprain|strain|injury|fracture|break|stitches|netball|hockey|tennis|gym|training|"
        r"cannula|drip)\b|"
        r"^\s*(knees?|elbows?|chin|nose|shins?|feet|foot|hands?|fingers?|thumb|toes?)\b",
        benign_before=r"\b(surgery|operation|c section|caesarean|appendix|accident|chickenpox|"
        r"acne)\b(\s+\w+){0,4}\s*$",
    ),
    _needing(
        "doing it|do it|did it|opening|open|carv|etch|into my",
        SELF_HARM,
        r"\bi\s+(keep|kept|ve been|have been|been|do|did|keep on)\s+(doing\s+)?(it|this)\s+"
        r"(to myself\s+)?with\s+(the|a|my)\s+(iron|lighter|hammer|razor|blade|knife|scissors|"
        r"compass|lighter|belt|cigarettes?)\b|"
        r"\b(open|opening|opened|reopen|reopening|reopened)\s+(them|it|the cuts?|my (cuts?|wounds?|"
        r"scars?|wrists?))\s+(back\s+)?(up\s+)?(again\s+)?with\s+(the|a|my)\s+(razor|blade|knife|"
        r"scissors)\b|"
        r"\b(carv\w*|etch\w*)\s+(\w+\s+){0,3}?(into|in|on)\s+my\s+" + _BODY + r"\b|"
        r"\b(cut|cutting|scratch\w*)\s+(\w+\s+){1,3}?into\s+my\s+" + _BODY + r"\b",
        benign_before=r"\b(pumpkin|wood|tattoo\w*|artist)\b(\s+\w+){0,4}\s*$",
    ),
    _needing(
        "knife|blade|razor|scissors",
        SELF_HARM,
        r"\b(knife|blade|blades|razor|razors|scissors)\b(\s+\w+){0,12}?\s+(on|at|across|into|"
        r"over)\s+my\s+(wrists?|arms?|thighs?|forearms?|legs?|skin)\b",
        benign_after=r"^\s*(by accident|accidentally|while (cooking|chopping|shaving|peeling)|"
        r"cooking|chopping|shaving|peeling|when (it|the knife|i) slipped)\b",
        benign_before=r"\b(slipped|accident\w*|cooking|chopping|shaving|peeling|sharpen\w*)\b"
        r"(\s+\w+){0,8}\s*$",
    ),
    _needing(
        "relaps|sh relaps|sh again|blade|razor|lines|cuts",
        SELF_HARM,
        r"\bsh\s+(relapse\w*|again)\b|"
        r"\brelaps\w*\s+(on|with|into|to)?\s*(sh|self harm|cutting|the blade|the razor|burning)\b|"
        r"^\s*(relapsed|blade|the blade|razor|the razor)\s*$|"
        r"^\s*\d+\s+(lines|cuts)\s*$",
    ),
    _needing(
        "found",
        SELF_HARM,
        r"\bfound\s+(\w+\s+){0,2}?(cuts|scars|burns|razor blades?|bloody (tissues|towels|rags|"
        r"plasters|bandages))\b(\s+\w+){0,3}?\s+(on|under|in|all over)\s+(my|his|her|their)\b",
    ),
)

# Goodbyes, apologies for what is coming, passive wishes, someone close.
_GOODBYES: tuple[Rule, ...] = (
    _needing(
        "sorry|forgive",
        SUICIDAL_IDEATION,
        r"\b(sorry|forgive me)\s+(for|about)\s+what\s+(im|i am|i m)\s+(about|going|gonna)\s+"
        r"(to\s+)?do\b",
        benign_after=r"^\s*(to|with) (this|that|the|your|my|these|those) \w+",
    ),
    _needing(
        "last|thanks for everything|thank you for everything|thank u for everything",
        SUICIDAL_IDEATION,
        r"\b(its|this is|tonight is|today is|tonights|todays)\s+my\s+last\s+(night|day|morning)"
        r"\b(?!\s+(at|of|in|with|before|here at|off)\b|\s+on (?!earth|this planet)\w)|"
        r"(?<!\bon )(?<!\bat )(?<!\bfor )(?<!\bbefore )(?<!\bafter )(?<!\buntil )(?<!\btill )"
        r"\bmy\s+last\s+day\s*$|\blast\s+(night|day)\s+(on earth|alive|of my life|"
        r"on this planet)\b|"
        r"\btell\s+(\w+\s+){1,3}?(thanks|thank you|thank u)\s+for\s+everything\b",
    ),
    _needing(
        "goodbye|farewell|bye",
        SUICIDAL_IDEATION,
        r"\b(texted|messaged|text|sent|sending|posting|posted|wrote)\s+(me|us|everyone|a|some)?\s*"
        r"(goodbye|bye|farewell)\s*(stuff|posts?|messages?|texts?|videos?)?\b(\s+\w+){0,6}?\s+"
        r"(phone|not answering|giving|wont answer|cant reach|off|wont pick up|not picking up|"
        r"isnt picking up|wont reply|not replying|isnt answering|no answer)\b|"
        r"\b(posting|posted|post)\s+(goodbye|farewell)\s+(stuff|posts?|messages?|videos?)\b",
    ),
    _needing(
        "car|bus|truck|lorry|train|plane|mind if",
        SUICIDAL_IDEATION,
        r"\bif\s+(a|the)\s+(car|bus|truck|lorry|train)\s+(hit|hits|ran over|runs over|took)\s+me\b"
        r"(\s+\w+){0,6}?\s+(id|i would|i d)\s+(\w+\s+)?(be relieved|be glad|be happy|not mind|"
        r"be ok|be fine|welcome it|be grateful)\b|"
        r"\b(wouldnt|would not|wont|dont|do not)\s+mind\s+if\s+(the plane|the car|my plane|"
        r"the train|i|it)\s+(\w+\s+){0,2}?(went down|goes down|crashed|crashes|died|die|didnt "
        r"wake|never woke|didnt come back|dont come back)\b",
    ),
    _needing(
        "hop|wish|pray",
        SUICIDAL_IDEATION,
        r"\b(hop|hoping|hope|hopes|wish|wishing|pray|praying)\w*\s+(that\s+)?(the|my)\s+(cancer|"
        r"tumou?r|illness|disease)\s+(comes|come|came)\s+back\b|"
        r"\b(wish|wishes|wishing|pray|prays|praying|hope|hopes|hoping)\s+(that\s+)?(god|the lord|"
        r"jesus|the universe)\s+(would|will|could)?\s*(just\s+)?takes?\s+(me|her|him|them)\b|"
        r"\bwish\s+i\s+could\s+(just\s+)?(disappear|vanish|not exist|stop existing|cease to exist|"
        r"fade away)\b(\s+\w+){0,3}?\s+(for good|forever|permanently)\b",
        hyperbole_prone=True,
    ),
    _needing(
        "better off",
        SUICIDAL_IDEATION,
        r"\bbetter off\s+(w out|w o|wo|wout|wit out|witout|without)\s+me\b|"
        r"\b(kids|children|family|everyone|everybody|world|we|us|they|theyd|wed|the kids|all of us)"
        r"\s+(would|will|d)?\s*be\s+better off\s+without\s+(him|her|them)\b",
        # "we'd be better off without him, he's retiring": a job, not a life.
        benign_after=r"^\s*(\w+\s+){0,2}(hes|shes|theyre|he is|she is|they are) (moving|going|off|"
        r"leaving|retiring|quitting|resigning|starting)\b|^\s*(at|in|on) (work|the office|the "
        r"team|the project|this project)\b",
    ),
    _needing(
        "joining|join|being with",
        SUICIDAL_IDEATION,
        r"\b(talk\w*|keeps? saying|said|says)\s+(about\s+)?(joining|being with)\s+(my\s+|her\s+|"
        r"his\s+|their\s+|our\s+)?(late\s+)?(dad|mum|mom|husband|wife|son|daughter|grandad|"
        r"grandpa|grandma|gran|nan|nana|brother|sister|baby)\b(?!\s+(for|at|on|in the "
        r"(garden|kitchen)))",
    ),
)

# Said with a "no" that cancels nothing: the negation is the wish itself. Read after every
# other rule (english.py): one that names the means ("four pints on top of my sertraline
# and i couldnt care if i wake up") says more.
# Not waking said as the end of it: nothing after but "ever", "again", a laugh, a comma.
_WAKING_ENDS = (
    r"(\s+(ever|anymore|any more|again|ever again|forever|tomorrow|tonight|in the morning))?"
    r"(\s+(lol|haha|jk))?(?=\s*($|[,;:]))"
)
NOT_CANCELLED_RULES: tuple[Rule, ...] = (
    _needing(
        "have to|need to|got to|gotta",
        SUICIDAL_IDEATION,
        # "it's not that i want to die, it's that i have to": the wish denied, the act not.
        r"\bnot\s+(that|like)\s+i\s+(want|wanna)\s+(to\s+)?(die|kill myself|end it)\b,?\s+"
        r"((its|it s|it is)\s+)?(that\s+)?i\s+(have to|need to|got to|gotta)\b",
        negatable=False,
    ),
    _needing(
        "care|bothered|idc|idgaf",
        SUICIDAL_IDEATION,
        # "i don't care if i die", "not bothered if i die anymore"; not "if i die my hair",
        # "die trying", "die on this hill" or "die in the game".
        r"\b((dont|do not|didnt|wouldnt|couldnt) (really |even )?care|(not|aint) (even )?bothered|"
        r"idc|idgaf)\s+(if|whether)\s+i\s+(die|died|live or die)\b"
        r"(?=\s*$|\s*[,.!?]|\s+(anymore|any more|tonight|today|tomorrow|at this point|honestly|"
        r"or not|at all|now|anyway|really|and|but|so)\b)",
        negatable=False,
        hyperbole_prone=True,
    ),
    _needing(
        "reason|point|why",
        SUICIDAL_IDEATION,
        # "there's no reason to keep going", "don't see why i should keep living".
        r"\b(no|zero)\s+(reason|point)\s+(to|in)\s+(keep(ing)? going|go(ing)? on|"
        r"carry(ing)? on|keep(ing)? living|stay(ing)? alive|be(ing)? alive|still be(ing)? here)\b"
        # Life, not a trip or a class: only the end of the clause or these words may follow.
        r"(?=\s*$|\s*[,.]|\s+(anymore|any more|like this|with (life|this life|it all)|now|"
        r"at all|really|and|but)\b)|"
        r"\bwhy\s+(i should|should i|would i|bother to|i would|id)\s+(keep|go on|carry on|continue|"
        r"stay)\s+(living|existing|alive|breathing)\b(?=\s*$|\s*[,.?]|\s+(anymore|any more|"
        r"like this|now|at all|really)\b)",
        negatable=False,
    ),
    _needing(
        "earth|planet|world",
        SUICIDAL_IDEATION,
        # "i just don't want to be on this earth anymore"; not "on the planet fitness contract".
        r"\b(dont|do not|no longer|dont even)\s+(want|wanna|wish)\s+(to\s+)?be\s+on\s+(this|the)\s+"
        r"(earth|planet|world)\s+(anymore|any more|no more)\b",
        negatable=False,
    ),
    _needing(
        "praying|pray|hoping|hope|wishing|wish|ask|asking|asked|beg|begging",
        SUICIDAL_IDEATION,
        # "praying i don't make it through the night", "hoping i never wake up".
        r"\b(ask|asking|asked|beg|begging)\s+god\s+(to\s+)?(not|never)\s+(to\s+)?let\s+me\s+"
        r"wake\s+up\b|"
        r"\b(praying|pray|hoping|hope|wishing|wish)\s+((that\s+)?i\s+(dont|do not|wont|will not|"
        r"never|dont ever)|(to god\s+)?((every|each|last|at)\s+night\s+)?(to\s+)?(not|never)"
        r"(\s+to)?)\s+"
        r"(wake up|make it (through|till|until|to|past) (the night|"
        r"tonight|tomorrow|morning|the morning|the weekend)|survive|see (tomorrow|the morning|"
        r"another day))\b"
        # "hope i dont wake up before ten", "through the night shift", "this early again".
        r"(?!\s+(before|until|till|til|early|this(?!\s+time)|so|that|again|at|in time|on time|for|"
        r"when|without|with|shift|like|the|my|her|him|them|anyone|everyone|everybody|hungover|tired|"
        r"sore|groggy)\b)",
        negatable=False,
    ),
    _needing(
        "wake",
        SUICIDAL_IDEATION,
        # Pills taken or bought for it: "i take some pills last night to see if i dont wake
        # up", "i buy the pills so i dont wake up", said as the end of it. Not a lie-in,
        # nor someone else woken: "so i dont wake up the baby", "... sneezing", "... at 3am",
        # nor the client's own sleeping pills taken for the night ("took my sleeping pills so
        # i dont wake up"), unless all of them.
        r"(?<!\bmy )(?<!\bmy sleeping )(?<!\bmy sleep )(?<!\bmy usual )(?<!\bmy night )"
        r"\b(pills|tablets|meds|pastillas|the bottle|everything|prescription|prescriptions|"
        r"stash|supply)\b(\s+\w+){0,6}?\s+"
        r"(so|so that|to see if|and hope|hoping|in case)\s+i\s+(dont|do not|wont|will not|never)\s+"
        r"wake up" + _WAKING_ENDS + r"|"
        r"\b(all|every one of|the rest of)\s+my\s+(sleeping\s+|sleep\s+)?(pills|tablets|meds)\b"
        r"(\s+\w+){0,6}?\s+(so|so that|to see if|and hope|hoping|in case)\s+i\s+(dont|do not|wont|"
        r"will not|never)\s+wake up" + _WAKING_ENDS + r"|"
        r"\bto\s+see\s+if\s+i\s+(dont|do not|wont|will not)\s+wake\s+up" + _WAKING_ENDS,
        negatable=False,
    ),
)
# A death made to look like something else, a car not stopped, a height judged: "make it
# look like an accident so the insurance pays", "no one would know it was on purpose if
# i crash", "driving to the cliff and i'm not going to brake", "14 floors is enough". Each
# needs a death, a crash or a height in its sentence: a lamp broken, a party not invited
# to, brakes that failed, stairs climbed are everyday.
_A_DEATH_BESIDE = (
    r"(?=.*\b(crash\w*|car|cars|insurance|payout|pays? out|my death|die|dying|dead|overdose|"
    r"pills|fall|fell|slip|slipped|bridge|cliff|tracks|train|drown\w*|life|kids)\b)"
    r"(?!.*\b(lol|lmao|haha|game|hitman|novel|movie|film|book|show|prank|lamp|vase|party|"
    r"boss|email|sister|brother)\b)"
)
_CRASH_TARGET = r"(cliff|wall|tree|pole|bridge|overpass|barrier|edge|embankment|quarry)"
_HOW_MANY = (
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)
SIDEWAYS_RULES: tuple[Rule, ...] = (
    _needing(
        "accident|accidental",
        SUICIDAL_IDEATION,
        r"^" + _A_DEATH_BESIDE + r".*?\b(make|making|made|want it to|wanted it to|have it|so it|"
        r"so that it|so my death)\s+(it\s+|my death\s+|this\s+)?(look|looks|seem|seems|appear|"
        r"appears)\s+(like\s+(an?\s+)?accident|accidental)\b",
    ),
    _needing(
        "purpose|deliberate|intentional|accident",
        SUICIDAL_IDEATION,
        r"^" + _A_DEATH_BESIDE + r".*?\b(nobody|no one|noone)\s+(would|will|is going to|is gonna|"
        r"gonna|d|ll|could)?\s*(ever\s+)?(know|guess|suspect|think|tell|realise|realize)\b"
        r"(\s+\w+){0,4}?\s+(on purpose|deliberate|deliberately|no accident|not an accident|"
        r"intentional|intentionally)\b",
    ),
    _needing(
        "brake|braking|brakes",
        SUICIDAL_IDEATION,
        # The client's own foot: "the truck wouldn't brake" is a fright, not a plan.
        r"^(?=.*\b" + _CRASH_TARGET + r"\b)(?!.*\b(lol|lmao|haha|full send|sled\w*|mtb|trail|"
        r"bike|ski\w*|snowboard\w*|race|track day|downhill)\b).*?\b(im|i am|ill|i will|i)\s+"
        r"(\w+\s+){0,2}?(not|never|"
        r"wont|will not)\s+(going to\s+|gonna\s+|gon\s+)?(brake|braking|hit the brakes?)\b",
    ),
    _needing(
        "floors|storeys|high enough|tall enough",
        SUICIDAL_IDEATION,
        r"^(?!.*\b(stairs|steps|lift|elevator|gym|legs|walk\w*|climb\w*|cardio|workout|"
        r"office|flats?|apartments?)\b).*?\b" + _HOW_MANY + r"\s+(floors|storeys)(\s+up)?\s+"
        r"((is|are|would be|should be|ought to be|will be|has to be|gotta be|oughta be)\s+"
        r"(high\s+)?(enough|plenty)|(should|would|will|ought to)\s+do\s+it)\b|"
        r"\b(bridge|roof|building|balcony|ledge|cliff|tower|car park|window)\b(\s+\w+){0,6}?\s+"
        r"(is\s+)?(high|tall)\s+enough\s+(to|that)\s+(do it|end it|not survive|i (wont|wouldnt|"
        r"will not|would not) survive|make sure)\b",
    ),
)
# Said outright in a few words no other rule reads: the lot taken, a pesticide drunk
# ("I don drink the sniper", Nigerian Pidgin), cutting that will not stop, the safety plan
# torn up, a goodbye the other does not know is one, a morning not to be seen.
_FEW_WORDS: tuple[Rule, ...] = (
    _needing(
        "lot",
        OVERDOSE,
        r"\b(ive|i have|i ve|just|already) (taken|swallowed|necked|downed) the (whole )?lot\b",
        # "taken the lot to the tip", "the whole lot of pasta bake": carried, or eaten.
        benign_after=r"^\s*(to|of|into|in|over|round|down|up|back|for)\b",
    ),
    # Only drunk: "took the sniper" is a game's rifle.
    _needing("sniper", OVERDOSE, r"\b(drink|drank|don drink|don drank) (the )?sniper\b"),
    _needing(
        "cutting",
        SELF_HARM,
        r"\b(im |i m |been )?cutting( again)?,? and (i )?(cant|can t|cannot|can not) stop\b",
        # "cutting fabric and can't stop laughing", "coupon cutting": a thing cut.
        benign_after=r"^\s*(laughing|smiling|giggling|saving|buying|shopping)\b",
        benign_before=r"\b(coupon|paper|fabric|hair|grass|lawn|wood|veg|vegetables|onions|"
        r"cake|costs|class|classes|carbs|sugar)s?\s+$",
    ),
    _needing(
        "safety",
        SUICIDAL_IDEATION,
        # The client's own: not a site's or a fire drill's.
        r"\b(torn|tore|ripped|threw|thrown|binned|deleted|burned|burnt) (up |away |out )?my "
        r"safety plan\b",
    ),
    _needing(
        "know",
        SUICIDAL_IDEATION,
        r"\b(doesnt|dont|does not|do not|didnt|did not) know (its|it s|it is|it was|this is|"
        r"that was) (goodbye|the last time|a goodbye)(?=\s*[.!?]|\s*$)",
        # A move, a school, a house left: "Mia doesn't know it's goodbye to her nursery friends".
        benign_after=r"^.{0,80}\b(move|moving|nursery|school|house|flat|class|teacher|friends|"
        r"holiday|job)\b",
    ),
    _needing(
        "morning|sunrise|tomorrow",
        SUICIDAL_IDEATION,
        r"\b(im|i m|i am) not (gonna|going to) see (the )?(morning|sunrise|tomorrow)(?=\s*[.!?]|"
        r"\s*$)",
    ),
    _needing(
        "goodbye",
        SUICIDAL_IDEATION,
        r"\bsaying goodbye (to (\w+ ){1,3})?without (them|anyone|anybody) knowing\b|"
        r"\bwriting goodbye in (everyones|everyone s|their|his|her|the) cards\b",
        benign_after=r"^.{0,80}\b(last (day|week|shift)|retir\w*|moving|move|leaving do|"
        r"new job|graduat\w*)\b",
    ),
    _needing(
        "send",
        SUICIDAL_IDEATION,
        r"\b(the )?last (text|message) (ill|i will|i ll|im going to|im gonna) (ever )?send\b",
        benign_after=r"^\s*(from|on|via|with|before|until|till|as|at|tonight|today|about|re|"
        r"regarding)\b",
    ),
)
_DOCTORS_WORD = (
    r"\b(doctor|doc|dr|gp|physician|surgeon|pharmacist|nurse|cardiologist|hospital|clinic|"
    r"prescription|colonoscopy|surgery|lab|blood test|fasting|fast)\b"
)
# The medicine that keeps the client alive stopped to die, the dose asked that does not
# wake, the money put by for the client's own funeral: "I stop the pressure pills on
# purpose so my heart stop", "how many tylenol until u dont wake up", "i leave the key with
# the neighbor and the money for the funeral".
_ENDS_ARRANGED: tuple[Rule, ...] = (
    _needing(
        "pills|meds|medication|medicine|insulin|tablets",
        SUICIDAL_IDEATION,
        r"\b(stop|stopped|stopping|quit|quitting|skip|skipping|skipped)\s+(taking\s+)?(my\s+|the\s+)?"
        r"(pressure|blood pressure|heart|insulin|diabetes|sugar)\s*(pills|meds|medication|medicine|"
        r"tablets|shots)?\b(\s+\w+){0,4}?\s+(on purpose|so (my|that my) heart (stop|stops|"
        r"will stop|gives out)|so i (die|can die|dont wake up(?!\s+(to|for|in|at|during|with|"
        r"early|every)\b))|to (die|not wake up))\b",
        # Not on a doctor's word, said before or after: "the doctor told me to stop them".
        benign_after=r"^.*" + _DOCTORS_WORD,
        benign_before=_DOCTORS_WORD + r".*$",
    ),
    _needing(
        "tylenol|paracetamol|advil|ibuprofen|aspirin|pills|tablets|sleeping",
        SUICIDAL_IDEATION,
        r"\bhow (many|much)\s+(\w+\s+){0,2}?(tylenol|paracetamol|advil|ibuprofen|aspirin|pills|"
        r"tablets|sleeping pills)\s+(until|till|til|to|for|before)\s+(u|you|i|a person|someone)\s+"
        r"(dont|don t|do not|never|wont|will not)\s+wake\s+up\b(?!\s+(in|at|during|to|for|early|"
        r"before|every|with)\b)",
    ),
    _needing(
        "funeral|burial|cremation",
        SUICIDAL_IDEATION,
        # The client's own: "i" leaves it, and no one else is dying ("mom is in hospice").
        r"\bi\s+(leave|left|leaving|put aside|saved|put by)\b(\s+\w+){0,8}?\s+(the\s+|my\s+)?"
        r"(money|cash|savings)\s+for\s+(the|my)\s+(funeral|burial|cremation)\b"
        r"(?!\s+(of|for|fund|plan|home)\b)(?!.*\b(hospice|service|passed|mom|mum|dad|grandma\w*|"
        r"grandpa\w*|abuel\w*|nan|aunt|tia|tio|uncle|his|her|their|cousin|sister|brother)\b)",
    ),
)
INDIRECT_RULES: tuple[Rule, ...] = (
    *_ENDS_ARRANGED,
    *_FEW_WORDS,
    *_FINALITY,
    *_ARRANGEMENTS,
    *_MEANS,
    *_PLACES,
    *_BODY_HARM,
    *_GOODBYES,
)
INDIRECT_TRIGGERS: tuple[str, ...] = tuple(_NEEDED)
