"""English crisis said veiled: the end named by its consequences, its props or its slang.

A fifth reading beside the rules, the net, the indirect net and the signs. Each
rule is a kind of saying written in general form, tried only in a sentence that
holds one of its own rarer words:

- a death wished by accident ("if a bus clipped me i wouldnt mind", "i hope the
  car doesnt stop"), by illness ("wish i had cancer so itd be over"), or dated
  ("ill be six feet under by then", "id rather be in a box in the ground");
- the future refused ("decided i wont have one", "whats the point planning
  anything when im checking out", "not gonna make it to my birthday"), following
  someone who dies ("when my mum passes ill go right after her");
- slang ("ctrl alt delete myself", "uninstall myself", "log off for good");
- the means at hand or taken ("charcoals in the bag" with a shut room, "drank the
  antifreeze", drink on top of pills with nothing cared about, "not on the train,
  in front of it", "how high a bridge has to be for it to be quick");
- the place, standing there looking down, or thinking of stepping off;
- goodbyes written or passed on ("writing goodbye texts", "the final message
  youll get from me", "tell my mom it wasnt her fault", "tell my daughter i
  loved her", "whoever finds me"), a pet's care left with nobody asked to mind it
  for a while, everything given to someone "just in case";
- someone close who says or does any of it (a goodbye rung from a bridge, things
  given away, a stockpile found, "ready to meet grandma").

Each exemption names the everyday sense: a hotel checked out of, a group chat
deleted from, a work leaving card, charcoal for a barbecue or a face mask, a
dog who drank antifreeze, a nan seen one last time before a move.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.english_net import DRUGS, FROM_A_GATHERING_AFTER, word_starts
from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule

_NEEDED: list[str] = []
# Each rule's gate words, in the order the rules are written.
_WORDS: list[list[str]] = []


def _needing(words: str, *args: str | None, **flags: bool) -> Rule:
    """A rule tried only in a sentence holding one of ``words``, each the start of a word.

    The gate is read on the sentence's distinct words, with "\\b" in front: a long word
    is passed over at once, not tried at each of its letters.
    """
    single = [max(word.split(), key=len) for word in words.split("|")]
    _NEEDED.extend(single)
    _WORDS.append(single)
    return replace(rule(*args, **flags), needs=r"\b(?:" + word_starts(single) + ")")


_FAMILY = (
    r"(?:mum|mom|mam|mother|dad|father|parents|family|wife|husband|partner|girlfriend|"
    r"boyfriend|gf|bf|kids|children|son|daughter|sister|brother|nan|gran|grandma|grandad|"
    r"grandpa|nana|best friend|bestie|cousin|niece|nephew|baby|boys|girls|little \w+)"
)
# The client's own clinician, named as a client would: "tell dr patel it wasnt her fault".
_CARER = (
    r"(?:(dr|doctor|doc)\s+\w+|(my|the)\s+(therapist|counsellor|counselor|psychiatrist|"
    r"psychologist|doctor|social worker|key worker|care coordinator))"
)
_WEEKDAY_V = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_VEHICLE = r"(?:bus|car|lorry|truck|train|van|tram|taxi|drunk driver|driver|motorbike|coach)"
_PLACE = (
    r"(?:bridge|overpass|viaduct|flyover|cliffs?|clifftop|roof|rooftop|ledge|edge|balcony|"
    r"car park|multi storey|multistorey|parking garage|top floor|tower block|tracks|railway|"
    r"platform|quarry|dam|pier)"
)
_ILLNESS = (
    r"(?:cancer|a tumou?r|a brain tumou?r|something terminal|a terminal (illness|disease)|"
    r"a heart attack|an aneurysm|a stroke|a fatal \w+|leukaemia|leukemia)"
)

_VEILED: tuple[Rule, ...] = (
    # An accident wished and welcomed: "if a bus clipped me i honestly wouldnt mind".
    _needing(
        "bus|car|lorry|truck|train|van|tram|taxi|driver|motorbike|coach",
        SUICIDAL_IDEATION,
        r"\bif\s+(a|the|some|that)\s+" + _VEHICLE + r"\s+(just\s+)?(hit|hits|clipped|clips|ran|"
        r"runs|knocked|knocks|struck|took|takes|mowed|flattened|wiped)\s+(me|into me)\b"
        r"(\s+\w+){0,10}?\s+(i\s+|id\s+|i d\s+|i would\s+)?(honestly\s+|genuinely\s+|really\s+|"
        r"truly\s+)?(wouldnt|would not|wouldn t|wont|dont)\s+(even\s+)?(mind|care|be (sad|upset|"
        r"bothered|sorry))\b|"
        r"\bhope\s+(that\s+)?(the|a|this|that|some)\s+" + _VEHICLE + r"\s+(doesnt|does not|"
        r"wont|will not|dont|never|doesn t)\s+(stop|brake|see me|slow down)\b(?!\s+(at|for|in|on|"
        r"near|"
        r"outside|by|every|here|there|again)\b)",
    ),
    # A death by illness wished: "wish i had cancer so itd be over".
    _needing(
        "cancer|tumour|tumor|terminal|heart attack|aneurysm|stroke|fatal|leukaemia|leukemia",
        SUICIDAL_IDEATION,
        r"\b(wish|wishing|hope|hoping|pray|praying)\w*\s+(that\s+)?i\s+(had|got|get|would get|"
        r"d get|could get|caught|develop|developed)\s+" + _ILLNESS + r"\b(?!\s+(research|"
        r"awareness|insurance|cover|charity|scan|test))(\s+\w+){0,4}?(\s+so\s+(it|i|this|"
        r"everything)|\s+and\s+(die|just die|it would be over|that would be it)|\s*$)",
        hyperbole_prone=True,
    ),
    # Dead and buried by then: "ill be six feet under by then".
    _needing(
        "feet|daisies|box|coffin|casket|grave|ground|morgue|bag|worm",
        SUICIDAL_IDEATION,
        r"\b(ill|i will|i ll|im gonna|im going to|i should|hopefully ill|probably|prob|i may|"
        r"i might|i d|id)\s+(\w+\s+)?be\s+(six feet under|6 feet under|6ft under|six foot under|"
        r"pushing up daisies|in (a|my|the) (box|coffin|casket|grave|morgue|body bag)|in the "
        r"ground|dead and buried|worm food)\b(?!(\s+\w+){0,6}?\s+(before|by the time|at this "
        r"rate|waiting|if (they|the|this|i have to)|when (they|the|this)))|"
        r"\b(id|i would|i d|would)\s+(much\s+)?rather\s+be\s+(six feet under|6 feet under|"
        r"pushing up daisies|in (a|my|the) (box|coffin|casket|grave)|in the ground|dead and "
        r"buried)\b(?!\s+than\s+(?!(face|keep|go on|carry on|live|living|feel|spend|another|"
        r"deal|be here|wake up|exist|continue|do this|go through|get through|live through|"
        r"suffer|endure|struggle|be alive)\b))",
        hyperbole_prone=True,
        benign_before=r"\b(by the time|before|at this rate|waiting|until|till)\b(\s+\w+){0,8}\s*$",
    ),
    # The future refused: "decided i wont have one", "no point planning when im checking out".
    _needing(
        "decided|mind|future|point|check|checking|checked",
        SUICIDAL_IDEATION,
        r"\b(decided|made up my mind|know|knowing)\s+(that\s+)?i\s+(wont|will not|dont|do not|"
        r"aint gonna|am not going to|m not going to)\s+(have|get|need|see)\s+(one|a future|any "
        r"future|a tomorrow|a next (week|month|year))\b|"
        r"\b(whats|what s|what is|no|theres no|there is no|dont see the)\s+(even\s+)?(the\s+)?"
        r"point\s+(of\s+|in\s+)?(\w+\s+){0,5}?when\s+(im|i m|i am|ill be|i will be|i wont be)\s+"
        r"(checking out|gone|dead|not (going to be|gonna be) (here|around|alive)|leaving for "
        r"good|out of here for good|around|here|alive)\b(?!\s+(for|at|in|on|till|until|to)\b)|"
        r"\b(checking|check|checked)\s+out\s+(for good|permanently|early|of (life|this life|this "
        r"world|existence))\b",
    ),
    # Following someone who dies: "when my mum passes ill go right after her".
    _needing(
        "passes|dies|dead|gone|passed",
        SUICIDAL_IDEATION,
        r"\b(when|once|if|after)\s+(my\s+\w+|she|he|they|\w+)\s+(passes|passes away|dies|goes|is "
        r"gone|is dead|has gone|has passed)\b(\s+\w+){0,3}?\s+(ill|i will|i ll|im gonna|im "
        r"going to|i am going to)\s+(just\s+)?(go|follow|be going|join)\s+(right\s+|straight\s+|"
        r"soon\s+)?(after|with)?\s*(her|him|them)\b(?!\s+(to|into|on|for|in|at|with the)\b)",
    ),
    # Slang: "ctrl alt delete myself", "uninstall myself", "log off for good".
    _needing(
        "ctrl|alt|delete|deleting|uninstall|log|shut",
        SUICIDAL_IDEATION,
        r"\b(ctrl alt (delete|del)|alt f4|delete|deleting|uninstall|uninstalling|self delete|"
        r"self deleting|shut down|shutting down)\s+myself\b(?!\s+(from|off|on|out of)\b)|"
        r"\bself\s+delet(e|ing)\b(?!\s+(from|off|my|the|messages|texts|posts|photos))|"
        r"\b(log|logging|logged|sign|signing)\s+off\s+(from life\s+|of life\s+)?(for good|"
        r"permanently|forever|from life|of life|from existence|from this world)\b(?!\s+(from|on|"
        r"off|"
        r"of|at)\s+(?!life|existence|this world)\w)",
    ),
    # Fumes in a shut room, said by its props: "everything for the bathroom tonight,
    # charcoals in the bag".
    _needing(
        "charcoal|coals",
        SUICIDAL_IDEATION,
        r"\b(bathroom|bedroom|car|tent|closet|wardrobe|room)\b(\s+\w+){0,6}?\s+(charcoals?|"
        r"coals)\b|\b(charcoals?|coals)\b(\s+\w+){0,6}?\s+(bathroom|bedroom|tent|closet|"
        r"wardrobe|room)\b",
        benign_after=r"^\s*(\w+\s+){0,4}(bbq|barbecue|barbeque|grill|cook|sausages|burgers|"
        r"beach|park|camping|garden|firepit|fire pit|drawing|sketch|art|mask|scrub|soap|"
        r"toothpaste|filter|tablets|pills|capsules|fish tank|aquarium)\b",
        benign_before=r"\b(bbq|barbecue|barbeque|grill|cook|cooking|sausages|burgers|beach|"
        r"park|camping|garden|firepit|fire pit|drawing|sketch|sketching|art|mask|face|scrub|"
        r"soap|toothpaste|filter|activated|tablets|pills|capsules|fish tank|aquarium|pencils?)"
        r"\b(\s+\w+){0,8}\s*$",
    ),
    # A poison taken: "drank some of the antifreeze from the garage".
    _needing(
        "antifreeze|anti freeze|bleach|weedkiller|weed killer|rat poison|drain cleaner|"
        "paraquat|pesticide|screenwash|poison",
        OVERDOSE,
        r"\b(drank|drunk|swallowed|downed|necked|took|had)\s+(some|a bit|a lot|a bottle|a cup|a "
        r"glass|half|all|most|a mouthful)?\s*(of\s+)?(the\s+|my\s+|some\s+)?(antifreeze|anti "
        r"freeze|bleach|weedkiller|weed killer|rat poison|drain cleaner|paraquat|pesticide|"
        r"screenwash|poison)\b",
        other_subject_guard=True,
        benign_before=r"\b(dog|cat|puppy|kitten|pet|toddler|baby|accidentally|nearly|almost|"
        r"the kid|my son|my daughter)\b(\s+\w+){0,4}\s*$",
        benign_after=r"^\s*(\w+\s+){0,4}(by (accident|mistake)|accidentally|thinking it was)\b",
    ),
    # Drink on top of pills, and nothing cared about: "6 beers on top of my klonopin and
    # i dont care what happens now".
    _needing(
        "beer|drinks|pints|shots|wine|vodka|whisky|whiskey|gin|rum|cans|bottle",
        OVERDOSE,
        r"\b(beers?|drinks|pints|shots|wine|vodka|whisky|whiskey|gin|rum|cans|bottles?)\b"
        r"(\s+\w+){0,3}?\s+(on top of|with|mixed with)\s+(my|the|all my|all the|a load of|loads "
        r"of)\s+(\w+\s+)?" + DRUGS + r"\b(\s+\w+){0,4}?\s+(i\s+)?(dont|do not|couldnt|could not|"
        r"cant)\s+(even\s+)?care\s+(what happens|if i (wake|dont wake|die)|any ?more)\b",
    ),
    # Not on the train, in front of it.
    _needing(
        "front of|under",
        SUICIDAL_IDEATION,
        r"\bnot\s+(on|onto|in|inside|getting on|boarding)\s+(it|the \w+|one)\s+(but\s+)?"
        r"(in front of|under|underneath)\s+(it|the \w+|one)\b",
    ),
    # The research by its result: "how high does a bridge have to be for it to be quick".
    _needing(
        "quick|instant|painless|fatal|certain|lethal|deadly",
        SUICIDAL_IDEATION,
        r"\bhow\s+(high|tall|far|deep|fast|long|much|many|big)\b(\s+\w+){0,8}?\s+(for it to be|"
        r"so its|so it s|so it is|so it would be|to make it|to be sure it is|for it to)\s+"
        r"(quick|instant|instantaneous|painless|fatal|certain|lethal|deadly|over quickly|"
        r"final|work)\b",
    ),
    # Pills asked about by their harm, earnestly: "how many paracetamol would be too many?
    # asking for real".
    _needing(
        "too many|too much|fatal|lethal|deadly",
        OVERDOSE,
        r"\bhow\s+(many|much)\s+(of\s+(my|the|these)\s+)?(\w+\s+){0,2}?" + DRUGS + r"\s+"
        r"(would|will|could|is|are|does it take to)\s*(be\s+)?(too many|too much|fatal|lethal|"
        r"deadly|an overdose|kill)\b(?!(\s+\w+){0,6}?\s+(for (a|my|the|an) (child|kid|baby|dog|"
        r"cat|toddler)|in a day|a day|per day|at once for|with (food|water)))(\s+\w+){0,4}?\s*"
        r"(asking for real|for real|not joking|seriously|no joke|honestly asking|genuinely "
        r"asking|asking seriously|for me|to (die|not wake))\b",
    ),
    # Standing at the place looking down: "walked to the overpass, been standing here a
    # while looking down", "on the roof rn thinking about stepping off".
    _needing(
        "bridge|overpass|viaduct|flyover|cliff|roof|ledge|balcony|park|storey|multistorey|multi|"
        "parking|floor|"
        "tower|tracks|railway|platform|quarry|dam|pier",
        SUICIDAL_IDEATION,
        r"\b" + _PLACE + r"\b(\s+\w+){0,8}?\s+(been\s+|ive been\s+|im\s+|i m\s+|was\s+)?"
        r"(standing|stood|sitting|sat|leaning|waiting)\s+(here|there|on (it|the edge)|at the "
        r"(edge|rail|railing|top))?\s*(\w+\s+){0,4}?(looking|staring|peering|gazing)\s+down\b"
        r"(?!\s+(at (the|my) (view|sunset|city|lights|boats|fireworks|parade|crowd|game|match|"
        r"festival)|for (the|a|my) (photo|picture|shot)))|"
        r"\b" + _PLACE + r"\b(\s+\w+){0,8}?\s+(thinking|thought|think|tempted|want|wanting|"
        r"wanna|could|urge)\s+(about\s+|of\s+|to\s+)?(just\s+)?(stepping|step|going|leaning|"
        r"letting myself fall|falling)\s+(off|over|out|forward)\b(?!\s+(the (bus|train|plane|"
        r"stage|boat|kerb|curb|scale|ladder)|to (get|grab|fetch|buy|see)))",
        benign_after=r"^\s*(\w+\s+){0,3}(photos?|pictures?|sunset|view|fireworks|selfie|"
        r"drone)\b",
    ),
    # Goodbye texts written: "been writing goodbye texts in my drafts all week".
    _needing(
        "goodbye|farewell",
        SUICIDAL_IDEATION,
        r"\b(writing|wrote|written|drafted|drafting|typed|typing|recorded|recording|sending|"
        r"sent|scheduled|scheduling|saved)\s+(\w+\s+)?(goodbye|farewell)\s+(texts?|messages?|"
        r"letters?|notes?|videos?|emails?|posts?|voice ?notes?)\b(?!(\s+\w+){0,6}?\s+(to (the|"
        r"my) (team|colleagues|class|office|students|pupils|clients|customers|followers|"
        r"staff|coworkers)|for (work|the team|my (colleagues|class|leaving do|coworkers))|"
        r"leaving|retire|retiring|retirement|job|office|colleagues|coworkers|card|move|"
        r"moving|emigrat|new job|(old|younger|future|past|inner) (self|selves)|exercise|homework|"
        r"assignment|hamster|goldfish|pet))",
    ),
    # The last message said of itself: "this is the final message youll get from me".
    _needing(
        "final|last",
        SUICIDAL_IDEATION,
        r"\b(this is|this ll be|this will be|heres|here is|thats|that was)\s+(my|the)\s+(last|"
        r"final|very last)\s+(message|text|email|note|words?|thing)\s+(youll|you will|you ll|u ll|"
        r"ull|anyone will|anyone ll|you|u)\s+(ever\s+)?(get|receive|hear|read|have|see)\s+from\s+"
        r"me\b(?!\s+(before|about|on|regarding|re|this|today|till|until|for|as|in|at|while|"
        r"tonight|of the)\b)|"
        # Said alone, the whole sentence: "This is my last message. Thank you." (Not "sorry
        # for the spam, this is my last message", nor "I'm out of credit, my last text".)
        r"^\W*(to\s+(whoever|anyone|everyone)(\s+who)?\s+reads\s+this\W+)?(this is|this ll be|"
        r"this will be)\s+(my|the)\s+(last|final|very last)\s+message\s*$",
    ),
    # A word passed on for after: "tell my mom it wasnt her fault", "tell my daughter i
    # loved her more than anything".
    _needing(
        "tell|let",
        SUICIDAL_IDEATION,
        # The clinician told for after; not a missed booking ("tell my therapist it wasnt
        # her fault, the traffic").
        r"^(?!.*\b(booking|session|appointment|billing|traffic|front desk|reception|schedul\w*|"
        r"invoice|late|mix ?up|messed up|missed|forms?|yelled|shouted|rude|argued|snapped)\b).*?"
        r"\b(tell|let)\s+((my|our)\s+(\w+\s+)?"
        + _FAMILY
        + r"|"
        + _CARER
        + r")\s+(know\s+)?(that\s+)?"
        r"((it|this)\s+(wasnt|was not|isnt|is not|was never|s not|wasn t)|none of (it|this)\s+"
        r"(is|was|s))\s+(her|his|their|your|anyones)\s+fault\s*"
        r"(please|pls|plz|ok|okay|for me|ever|at all)?\s*$|"
        r"\btell\s+(my|our)\s+(\w+\s+)?" + _FAMILY + r"\s+(that\s+)?i\s+loved\s+(her|him|them)\b"
        r"(\s+(so much|more than anything|more than (she|he|they) (knows?|know)|always|forever|"
        r"very much|with all my heart|the most))*\s*$",
    ),
    # Being found: "whoever finds me", "when they find me", "my parents are gonna find me in
    # the morning and then theyll finally care".
    _needing(
        "find|finds",
        SUICIDAL_IDEATION,
        r"\bwhoever\s+(finds|find|found)\s+(me|my body|this note)\b|"
        r"\b(when|once|after)\s+(they|someone|somebody|you|anyone|people|the police|mum|mom|"
        r"dad|my \w+)\s+(find|finds)\s+me\b(?!\s+(at|in the (pub|bar|library|park|crowd|queue|"
        r"station)|on|a |the |some|out|here|there|online|attractive|annoying|funny))|"
        r"\b(gonna|going to|will|ll|r gonna|are gonna|is gonna|s gonna)\s+find\s+me\b"
        r"(\s+\w+){0,6}?\s+(and\s+)?(then\s+)?(theyll|they will|they ll|she ll|shell|hell|he ll|"
        r"everyone will|everyone ll)\s+(finally\s+)?(care|notice|be sorry|regret|realise|realize|"
        r"understand|miss me|listen)\b",
    ),
    # Future put off with nobody there for it: "dont book me in for next month. i wont be
    # here, not anywhere".
    _needing(
        "anywhere",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|not gonna|not going to|aint gonna|i wont)\s+be\s+(here|around|there)\s*"
        r"(not\s+)?(anywhere( at all)?|at all|period|full stop|in any sense|not anywhere)\s*$",
    ),
    # A pets care left to someone, with no while named: "pls make sure someone looks after
    # biscuit, my dog, he likes the blue ball".
    _needing(
        "likes|loves|eats|sleeps|needs|gets|hates",
        SUICIDAL_IDEATION,
        r"\b(make sure|please|pls|plz|can|could|promise|need)\s+(someone|somebody|you|u|yall|"
        r"you all|you guys|my \w+)?\s*(will\s+|ll\s+)?(look|looks|looking|take|takes|taking)\s+"
        r"(after|care of)\s+\w+\b(\s+(?!(while|when|till|until|this|next|weekend|week|holiday|"
        r"away|back|tomorrow|tonight)\b|for\s+(?!(me|us)\b))\w+){0,8}?\s+(s?he|they|it)\s+(likes|"
        r"loves|eats|sleeps|"
        r"needs|gets|hates|is scared|only eats)\b"
        r"(?![a-z ]{0,160}\b(while|when|till|until|this|next|weekend|week|holiday|vacation|trip|"
        r"away|back|"
        r"tomorrow|tonight|days|nights|hospital|vet|appointment|shift|work|conference|"
        r"wedding|funeral|for a (bit|while|few))\b)",
        benign_before=r"\b(while|when|till|until|holiday|vacation|trip|away|weekend|week|"
        r"hospital|shift|work|nights?|days?)\b(\s+\w+){0,12}\s*$",
    ),
    # Everything handed over just in case: "sent my brother all my passwords and my bank
    # pin just in case".
    _needing(
        "passwords|logins|pins|bank",
        SUICIDAL_IDEATION,
        r"\b(sent|gave|given|texted|emailed|handed|wrote down|written down|told)\s+(\w+\s+){0,2}?"
        r"(all\s+)?(of\s+)?my\s+(passwords|logins|pins?|bank pin|bank details|pin numbers?)\b"
        r"(\s+\w+){0,6}?\s+(just in case|in case (anything|something) happens|for after|for "
        r"when im gone|in case)\s*$",
    ),
    # The last time, and then the end: "going to hug my nan one last time tomorrow, then
    # thats it".
    _needing(
        "one last|the last",
        SUICIDAL_IDEATION,
        r"\b(one|the)\s+last\s+time\b(\s+\w+){0,4}?\s+(then|and then|after that)\s+(thats it|"
        r"that s it|its over|it s over|im done|i m done|im gone|thats that|its done|goodbye|"
        r"bye|lights out|its time|i go)\b(?!\s+(for|till|until|with|at|on|in)\b)",
    ),
    # No reason to go on, denied by nothing: "i dont see any reason to keep living".
    _needing(
        "reason|point|purpose",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|cant|can not|cannot|no longer|dont really)\s+(see|find|have|think of)\s+"
        r"(any|a|one|a single|one single|much|the)\s+(reason|point|purpose)\s+(to|for|in)\s+"
        r"(keep living|keep going|living|live|going on|go on|staying alive|stay alive|carrying "
        r"on|carry on|being here|be here|existing|exist|waking up|wake up|being alive|be alive|"
        r"continuing|continue|life)\b(?!\s+(with|at|in|here|there|on|like|for|this|that|the)\b)|"
        r"\b(see|is|theres|there s|there is)\s+no\s+point\s+(in\s+)?(carrying on|going on|"
        r"keeping going|continuing|staying alive|being alive|existing|living)\b(?!\s+(with|at|"
        r"in|here|there|on|like|for|this|that|the|doing|trying)\b)",
        negatable=False,
    ),
    # The end this weekend, wherever it is said: "so im ending it this weekend".
    _needing(
        "ending",
        SUICIDAL_IDEATION,
        r"\b(im|i m|i am|im gonna be|i will be|ill be)\s+ending\s+(it|things|it all|everything|"
        r"my life)\s+(tonight|tomorrow|today|this (weekend|week|evening|month)|on \w+day|"
        r"(mon|tues|wednes|thurs|fri|satur|sun)day|soon|for good)\b"
        r"(?!(\s+\w+){0,2}\s+(with|between))",
    ),
    # A date or an occasion not reached: "not gonna make it to my birthday".
    _needing(
        "birthday|anniversary|wedding|graduation",
        SUICIDAL_IDEATION,
        r"\b(not gonna|not going to|wont|will not|aint gonna|dont think ill|dont think i ll|"
        r"doubt ill|doubt i ll|wont even|never gonna|probably wont|prob wont)\s+make\s+it\s+(to|"
        r"till|until|past|through)\s+(my|our|the|\w+s)\s+(birthday|anniversary|wedding|"
        r"graduation|\d+(st|nd|rd|th) birthday)\b(?!\s+(party|drinks|dinner|meal|do|"
        r"celebration|on time|because|cos|as|im|this year|in time))",
    ),
    # Someone close: an occasion not lived to, "ready to meet grandma", a goodbye rung
    # from a bridge, a stockpile found, things given away and a goodbye posted.
    _needing(
        "anniversary|ready to meet|ready to see|rang|called|phoned|texted|messaged|"
        "stockpiled|hoarded|stashed|saved|squirrelled|squirreled|gave|given|raised|brought up",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|not gonna|not going to|aint gonna)\s+be\s+(around|here|alive)\s+"
        r"(for|at|on|to see)\s+(our|my|his|her|their|the)\s+(\w+\s+)?anniversary\b|"
        r"\bready\s+to\s+(go\s+)?(meet|see|join|be with)\s+(grandma|grandpa|gran|nan|grandad|"
        r"his wife|her husband|his late \w+|her late \w+|mum|mom|dad|his maker|her maker|god|"
        r"jesus|the lord)\b(\s+(again|now|at last|finally|soon|in heaven))?\s*$|"
        r"\b(rang|called|phoned|texted|messaged|facetimed)\s+(me|us|mum|mom|dad|\w+)\s+from\s+"
        r"(the|a|some|that)\s+(\w+\s+)?" + _PLACE + r"\b(\s+\w+){0,8}?\s+(saying|to say|said|"
        r"telling me|told me)\s+(that\s+)?(he|she|they)\s+(loves?|loved|is sorry|was sorry|"
        r"s sorry)\b|"
        r"\b" + DRUGS + r"\s+(\w+\s+)?(stockpiled|hoarded|"
        r"stashed|saved up|squirrelled away|squirreled away)\b|"
        r"\b(gave|given|giving|handed)\s+(away\s+)?(his|her|their)\s+(\w+\s+){1,3}?(and\s+(his|"
        r"her|their)\s+\w+\s+)?(to|away)\b(\s+\w+){0,6}?\s+(and\s+)?(posted|texted|sent|wrote|"
        r"put)\s+(\w+\s+)?(goodbye|bye|farewell)\b|"
        r"\b(kids|children|son|daughter|baby|family|they|we)\s+(would|d|will)\s+be\s+better\s+"
        r"(off\s+)?(raised|brought up|looked after|cared for|off)\s+(by|with)\s+(someone|"
        r"somebody|anyone)\s+else\b(?!\s+(driving|taking|picking|coaching|teaching|doing|cooking|"
        r"at|for|to|on|in|as|helping|marking|running)\b)",
    ),
)

_MORE: tuple[Rule, ...] = (
    # The hour and the act: "set my alarm for 3am, thats when im doing it".
    _needing(
        "thats",
        SUICIDAL_IDEATION,
        r"\b(thats|that s|that is)\s+when\s+(im|i m|i am|ill|i ll|i will|im gonna|im going to|"
        r"i go|i)\s+(doing|do|gonna do|going to do|finally do|finally doing)\s+it\s*$",
    ),
    # A note for whoever finds it: "the cats feeding schedule for whoever finds this".
    _needing(
        "whoever",
        SUICIDAL_IDEATION,
        r"\b(for|to|dear)\s+whoever\s+(finds|find|reads)\s+(this|me|it)\s*$",
    ),
    # The research by its ends: "searched painless ways to go".
    _needing(
        "search|googl|research|looked|looking|reading",
        SUICIDAL_IDEATION,
        r"\b(searched|searching|googled|googling|looked up|looking up|search history|history|"
        r"researching|researched|reading about|read up on|looking into)\b(\s+\w+){0,3}?\s+"
        r"(painless|quick|quickest|easiest|peaceful|best|surest|certain)\s+(ways?|methods?)\s+"
        r"to\s+(go|die|end it|not wake up|pass)\b(?!\s+(to|from|about|back|home|out|shopping|"
        r"through|abroad|vegan|green|viral|public|grey|gray|on (holiday|vacation|a (trip|budget|"
        r"date)|the (trip|road|cheap))))",
    ),
    # Better with the client gone, a weight round their necks.
    _needing(
        "gone|dead|picture|way|ground|weight|millstone|anchor|ball",
        SUICIDAL_IDEATION,
        r"\b(freer|free|safer|calmer|richer|happier|better off|better|easier|lighter|relieved)\s+"
        r"with\s+me\s+(gone|dead|out of the (way|picture)|not (here|around)|in the ground)\b|"
        r"\b(im|i m|i am|feel like|i feel like)\s+(just\s+)?(a|such a|nothing but a|the)\s+"
        r"(weight|millstone|anchor|dead weight|ball and chain)\s+(round|around|on|tied to|"
        r"dragging)\s+(my|their|his|her|the|everyones|everybodys)\s+(\w+\s+)?(necks?|lives|life|"
        r"family|kids)\b",
    ),
    # Things given away, and where the client is going: "wont need em where im going".
    _needing(
        "where",
        SUICIDAL_IDEATION,
        r"(\b(wont|will not|dont|wouldnt|will never|not gonna|aint gonna)\s+(be\s+)?need(ing)?\s+"
        r"(em|them|it|those|these|this|that|any of (it|them|this|that)|my \w+|\w+)|"
        # "no need em where im going"; not "no need cash where im going, its all card".
        r"\bno\s+need\s+(em|them|it|any of (it|them|this|that)|my (meds|medication|pills|stuff|"
        r"things|savings|money|clothes)))\s+where\s+"
        r"(im|i m|i am)\s+(going|headed|heading|off to)\b",
        benign_after=r"^\s*(\w+\s+){0,4}(spain|holiday|vacation|beach|hot|sunny|warm|abroad|"
        r"trip|flight|mexico|tropics|the sun|travelling|traveling|lol|haha|ha)\b",
    ),
    # Treatment refused, and the end taken: "not doing treatment, ill finish it myself".
    _needing(
        "treatment|chemo|scan|diagnosis|cancer|dialysis|tumour|tumor|biopsy|surgery",
        SUICIDAL_IDEATION,
        r"\b(treatment|chemo|chemotherapy|scan|diagnosis|cancer|dialysis|results|tumou?r|biopsy|"
        r"surgery)\b(\s+\w+){0,10}?\s+(ill|i will|i ll|im gonna|im going to|i d|id)\s+(just\s+)?"
        r"(finish|end)\s+(it|things|it all|me)\s+(myself|my own way|on my own terms)\b",
    ),
    # Easier if the client stopped existing.
    _needing(
        "existing|alive",
        SUICIDAL_IDEATION,
        r"\b(easier|better|simpler|best|fine|nicer|kinder|a relief)\s+(for (everyone|everybody|"
        r"them|all|you)\s+)?if\s+i\s+(just\s+)?(stopped|stop|could stop|ceased|quit)\s+"
        r"(existing|being alive)\b",
    ),
)

# Plain statements no other reading had words for.
_PLAINLY: tuple[Rule, ...] = (
    # "im done living", "so tired of being here".
    _needing(
        "living|existing|being here|being alive",
        SUICIDAL_IDEATION,
        r"\b(im|i m|i am|so|just|honestly)\s+(done|finished|through)\s+(with\s+)?(living|existing|"
        r"being alive)\b(?!\s+(in|at|with|like|on|off|out of|here|there|paycheck|alone)\b)|"
        r"\b(im|i m|i am|so|just|honestly)\s+(so\s+)?(tired|sick|exhausted|weary)\s+of\s+"
        r"(being here|being alive|existing)\b(?!(\s+\w+){0,3}\s+(in|at|with|on)\s+(this|that|"
        r"the|my)\s+(\w+\s+)?(job|house|flat|town|office|school|city|hospital|party|country|"
        r"queue|line|airport|station|room|place|club|team|company|ward)\b)",
    ),
    # "popped all my xanax".
    _needing(
        "popped|popping|pop|necked|downed|chugged|dropped",
        OVERDOSE,
        r"\b(popped|popping|pop|necked|downed|chugged|dropped)\s+(all|every one of|the whole "
        r"(bottle|box|pack|packet|strip) of|a (bottle|box|handful|load|bunch) of)\s+(of\s+)?(my|"
        r"the|his|her|mums?|moms?|dads?)\s+(\w+\s+)?" + DRUGS + r"\b",
        benign_after=r"^\s*(into|in to|in the|out of|out|onto|on the)\b",
    ),
    # Into the traffic, with intent: "im going to walk into traffic".
    _needing(
        "traffic",
        SUICIDAL_IDEATION,
        r"\b(going to|gonna|want to|wanna|wanted to|thinking (about|of)|tempted to|urge to|"
        r"might|could|ill|i will|i ll|about to|bout to|ready to|plan to|planning to)\s+(just\s+)?"
        r"(walk|walking|step|stepping|run|running|throw myself|throwing myself|jump|jumping|"
        r"wander|wandering|lie down|lying down)\s+(out\s+)?(into|in front of|in to|onto)\s+"
        r"(the\s+|oncoming\s+|heavy\s+|moving\s+|rush hour\s+)*traffic\b",
    ),
    # British slang: "im going to do myself in".
    _needing(
        "myself",
        SUICIDAL_IDEATION,
        r"\b(going to|gonna|want to|wanna|thinking (about|of)|tempted to|ill|i will|i ll|could|"
        r"might|about to|bout to|ready to|should)\s+(just\s+)?(do|doing)\s+myself\s+in\b",
        benign_after=r"^\s*(\w+\s+){0,3}(at the gym|with (this|that|all)|running|lifting|"
        r"training|workout|marathon|shifts?|overtime|if i (keep|carry))\b",
    ),
    # "i cant be here anymore".
    _needing(
        "here",
        SUICIDAL_IDEATION,
        r"\b(i|i just|just|honestly i)\s+(cant|can not|cannot)\s+be\s+here\s+(any ?more|any "
        r"longer|no more|no longer)\b(?!(\s+\w+){0,4}\s+(job|house|flat|city|town|country|"
        r"relationship|office|school|party|place|marriage|class|company|room|club|team|work|"
        r"hospital|ward|meeting))",
    ),
    # No way out but dying: "i dont see a way out except dying".
    _needing(
        "except|other|apart|besides|but",
        SUICIDAL_IDEATION,
        r"\b(way out|escape|option|solution|answer|exit)\s+(left\s+|for me\s+|for me left\s+|i "
        r"can see\s+)?(except|but|other than|apart "
        r"from|besides)\s+(dying|death|to die|suicide|ending it|killing myself|ending my life|the "
        r"permanent one|not being here)\b",
        negatable=False,
    ),
    # The engine running in a shut garage.
    _needing(
        "garage|shed",
        SUICIDAL_IDEATION,
        r"\b(engine|motor|car)s?\s+(is\s+|s\s+)?(running|on)\b(\s+\w+){0,6}?\s+((closed|shut|"
        r"locked|sealed)\s+(garage|shed)|(garage|shed)\s+(door\s+)?(is\s+|s\s+)?(closed|shut|"
        r"locked|"
        r"sealed))\b|"
        r"\b((closed|shut|locked|sealed)\s+(garage|shed)|(garage|shed)\s+(door\s+)?(is\s+|s\s+)?"
        r"(closed|shut|locked|sealed))\b(\s+\w+){0,6}?\s+(engine|motor|car)s?\s+(is\s+|s\s+)?"
        r"(running|on)\b",
    ),
    # "this is the end for me".
    _needing(
        "end",
        SUICIDAL_IDEATION,
        r"\b(this is|thats|that s|this ll be|its|it s|this will be)\s+the\s+end\s+(for me|of me|"
        r"of the road for me)\b(?!(\s+\w+){0,3}\s+(at|in|with|on)\s+(this|the|my)\s+(\w+\s+)?"
        r"(job|company|team|club|school|uni|show|series|role|band|league|diet|course|project))",
    ),
    # Cutting kept up: "ive been cutting since the holidays", "i keep cutting, i cant stop".
    _needing(
        "cutting|burning",
        SELF_HARM,
        r"\b(been|keep|kept|started|start|back to|cant stop|can not stop|cannot stop|still)\s+"
        r"(cutting|burning)(\s+myself)?\b(?!\s+(the|a|an|my|his|her|your|our|their|it|them|back|"
        r"down|out|off|up|in|through|corners|onions|wood|hair|grass|costs|class|classes|school|"
        r"lessons|carbs|sugar|coupons|paper|fabric|vegetables|veg|meat|bread|cake|cheese|tiles|"
        r"wires|ties|calories|fat|candles|incense|logs|cds|dvds|bridges|hedges|stuff|things|"
        r"shapes|patterns)\b)(?!(\s+\w+){0,5}\s+(hair|salon|barber|wood|grass|hedge|fabric|"
        r"paper|costs|work|shift|job|onions|veg|lawn|cake|candles|calories|fat)\b)",
    ),
    # Joining the dead: "after the funeral im going to join him".
    _needing(
        "join|be with|follow",
        SUICIDAL_IDEATION,
        r"\b(funeral|grave|died|passed|passing|death|buried|lost (him|her|them))\b(\s+\w+){0,8}?\s+"
        r"(im|i m|i am|ill|i will|i ll|im gonna|im going to|gonna|going to|want to|wanna)\s+"
        r"(go\s+)?(and\s+)?(to\s+)?(join|be with|follow)\s+(him|her|them)\b(?!\s+(at|in|for|on|"
        r"to|with|when|after|later|into|outside)\b)",
    ),
    # Standing on the ledge, said alone.
    _needing(
        "ledge",
        SUICIDAL_IDEATION,
        r"^\s*(im\s+|i m\s+|i am\s+)?(standing|stood|sitting|sat)\s+on\s+the\s+(ledge|edge of the "
        r"(roof|bridge|building|cliff))\s*(rn|right now|now)?\s*$",
    ),
    # Safety not promised: "i cant promise ill be safe because ive got the pills".
    _needing(
        "promise|guarantee|swear",
        SUICIDAL_IDEATION,
        r"\b(cant|can not|cannot|wont|dont|wouldnt|would not|couldnt|could not)\s+(promise|"
        r"guarantee|swear)\s+(you\s+)?(that\s+)?"
        r"(ill|i will|i ll|id|i would|i)\s+(still\s+)?(be\s+)?(alive|here|around|breathing|"
        r"safe)\b",
        benign_after=r"^\s*(\w+\s+){0,3}(driving|on the (road|roads|ice)|in this (weather|snow|"
        r"traffic|storm)|cycling|walking home|on time|for (dinner|the|a)|at (the|work|6|7|8))\b",
    ),
    # Things given away because they will not be needed.
    _needing(
        "giving|gave|given|give",
        SUICIDAL_IDEATION,
        r"\b(giving|gave|given|give)\s+(away\s+)?(all\s+)?(my|of my)\s+(stuff|things|belongings|"
        r"possessions|clothes|games|books)(\s+away)?\s+(because|cos|cause|since|as)\s+(i|ill|i ll|"
        r"i will)\s+(wont|will not|dont|won t|wont be)\s+(need|needing|using|use)\b"
        r"(\s+(it|them|any of it|anything))?(\s+(any ?more|again|where im going))?\s*$",
    ),
)


_WEAPONS = r"gun|guns|pistol|rifle|shotgun|revolver|handgun|glock|firearm"
_BLADES = r"knife|knives|blade|blades|razor|razors|razor blade|box cutter|stanley knife"
# Where a cut is self-harm: "cut her arms", never a finger in the kitchen.
_CLOSE_BODY = r"(?:wrists?|arms|forearms|thighs)"

# "i wont be a burden to my parents, ive found a flat": a reason that is a move or a job.
_MOVED_ON_AFTER = (
    r"^\s*(\w+\s+){0,3}(because|cos|as|since|once|when) (i|im|ive) (got|get|start|started|move|"
    r"moving|found|find|pay|paid)\b|^\s*(\w+\s+){0,4}(ive|i have|i ve|im|i m|i am|weve|we)\s+"
    r"(just\s+)?(found|got|moving|moved|bought|rented|renting|starting|started|getting)\b"
)

# Leaving said by its arrangements, its means and its calm (a round of kinds seen in
# writing by people who never saw these rules).
_LEAVING: tuple[Rule, ...] = (
    # The others spared the client from a day on: "from tomorrow i will not be a problem to
    # my family anymore", "i will not be troubling anyone after tonight".
    _needing(
        "problem|burden|bother|nuisance|troubl|bothering|burdening|weight",
        SUICIDAL_IDEATION,
        r"\b(i|ill|i ll|im|i m)\s+(wont|will not|will no longer|aint gonna|aint gon|am not gonna|"
        r"m not gonna|not gonna|am not going to|m not going to|not going to)\s+(be\s+)?"
        r"(a problem|a burden|a bother|a nuisance|troubling|bothering|burdening)\s+"
        r"(to\s+|for\s+|on\s+)?(\w+\s+){0,3}?(any ?more|any longer|after (tonight|today|this|"
        r"tomorrow)|from (tonight|tomorrow|now on)|much longer|for (much )?longer)\b|"
        r"\b(from|after)\s+(tonight|tomorrow|today|this weekend|now on)\s+(i|ill|i ll)\s+"
        r"(wont|will not|will no longer)\s+be\s+(a problem|a burden|a bother|troubling|"
        r"bothering)\b|"
        # "i dont intend to be a burden on my children much longer": said with a denial.
        r"\b(a burden|a problem|a weight)\s+(on|to|for)\s+(\w+\s+){1,3}?(much longer|for much "
        r"longer|for long|any longer)\b",
        negatable=False,
        benign_after=_MOVED_ON_AFTER,
    ),
    # The last word of a burden: "tired of being everyones problem. after tonight i wont be".
    _needing(
        "wont|will not|wont be",
        SUICIDAL_IDEATION,
        r"^\s*(and\s+)?(after|from|past)\s+(tonight|today|tomorrow|this weekend|"
        + _WEEKDAY_V
        + r")\s+(i|ill|i ll)\s+(wont|will not)\s+be\s*$",
    ),
    # Nobody left to deal with the client: "nobodys gonna have to deal with me much longer".
    _needing(
        "nobody|no one|noone",
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone|nobodys|no ones|no1)\s+(is\s+|s\s+|will\s+|ll\s+)?(gonna\s+|"
        r"going to\s+|need to\s+|have to\s+|has to\s+|gotta\s+)?(have to\s+|need to\s+)?(deal|"
        r"put up|cope|worry|bother|look after)\s+(with|about|for)?\s*me\s+(much longer|"
        r"for much longer|for long)\b|"
        r"\b(nobody|no one|noone|nobodys|no ones|no1)\s+(is\s+|s\s+|will\s+|ll\s+)?(gonna\s+|"
        r"going to\s+|need to\s+|have to\s+|has to\s+|gotta\s+)?(have to\s+|need to\s+)?(deal|"
        r"put up|cope|worry|bother|look after)\s+(with|about|for)?\s*me\s+"
        r"(any ?more|any longer|soon|again|ever again)"
        r"(\s+(promise|i promise|honestly|trust me))?\s*$",
    ),
    # Made sure of it: "ive made sure i wont have to", "youll all be better off. ive seen to it".
    _needing(
        "sure|seen to|better off",
        SUICIDAL_IDEATION,
        r"\b(ive|i have|i ve)\s+(already\s+)?made sure\s+(that\s+)?i\s+(wont|will not|never)\s+"
        r"(have to|need to|be here|be around|see (it|another \w+))\s*$|"
        r"^\s*(youll|you will|you ll|theyll|they will|they ll|everyone will|everyonell|you d|"
        r"youd|you would)\s+(all\s+)?be\s+(so\s+|much\s+)?better off(\s+(now|soon|this way))?\s*$",
    ),
    # The pain ended for good: "figured out how to make the pain stop for good".
    _needing(
        "pain|hurt|hurting|suffering|stop|end|go away",
        SUICIDAL_IDEATION,
        r"\b(make|making|made|get|let)\s+(the|my|all the|this|it all|it|everything|all of it)\s*"
        r"(pain|hurting|hurt|suffering)?"
        r"\s+(stop|end|go away)\s+(for good|forever|permanently|once and for all)\b",
    ),
    # The act set for a time: "tonight i will finish this", "i will finish it tonight".
    _needing(
        "finish|end",
        SUICIDAL_IDEATION,
        r"\b(tonight|today|tomorrow|this weekend|soon)\s+(i|ill|i ll|im)\s+(will\s+|am going to\s+|"
        r"m going to\s+|gonna\s+|going to\s+|am gonna\s+)?(finish|end)\s+(this|it|it all|"
        r"everything|things)\s*$|"
        r"\b(i|ill|i ll|im)\s+(will\s+|am going to\s+|m going to\s+|gonna\s+|going to\s+)?(finish|"
        r"end)\s+(this|it all|everything|things)\s+(tonight|today|tomorrow|this weekend)\s*$",
    ),
    # Following the dead: "she's been gone two years and im going to her tonight",
    # "going home to see the lads i lost".
    _needing(
        "gone|passed|died|lost|funeral|grave|late",
        SUICIDAL_IDEATION,
        r"\b(been gone|passed|passed away|died|funeral|grave|buried)\b(\s+\w+){0,8}?\s+(im|i m|"
        r"i am|ill|i will|i ll)\s+(going|gonna go|coming|going to go)\s+(to|home to)\s+(her|him|"
        r"them)(\s+(tonight|now|soon|today|this weekend))?\s*$|"
        r"\b(going|go|coming|heading|off)\s+(off\s+|home\s+|over\s+)?to\s+(see|be with|join|"
        r"meet)\s+(the|my|our)\s+"
        r"(\w+\s+){0,2}(i lost|weve lost|we lost|who (died|passed|are gone|i lost)|that (died|"
        r"passed))\b",
    ),
    # Disappearing for good: "wish i could just disappear and never come back".
    _needing(
        "disappear|vanish",
        SUICIDAL_IDEATION,
        r"\b(i|me|myself)\s+(\w+\s+){0,3}?(disappear|vanish)\s+(and\s+never\s+(come|coming|be "
        r"seen)\s+back|forever|for good|permanently|off the face of the earth)\b"
        r"(?!\s+(from|off|on)\s+(social|twitter|insta|instagram|facebook|the (group|chat|app)))",
        other_subject_guard=True,
    ),
    # No future with the client in it: "i cant picture a future where im still in it".
    _needing(
        "future|picture|imagine",
        SUICIDAL_IDEATION,
        r"\b(cant|can not|cannot|dont|do not|never)\s+(picture|see|imagine|envision)\s+"
        r"(a|my|any)\s+future\s+(where|with|that has|that includes)\s+(im|i m|i am|me)\s+"
        r"(still\s+)?(in it|alive|here|around|living|in the picture)\b|"
        r"\b(cant|can not|cannot|dont|do not)\s+(picture|see|imagine)\s+myself\s+(still\s+)?"
        r"(alive|here|around|existing)\s+(in|by|at|next)\b",
        negatable=False,
    ),
    # Nothing left to stay for: "i aint got nothing left to stay for".
    _needing(
        "left|stay|stick|stick around",
        SUICIDAL_IDEATION,
        r"\b(nothing|nothin|no one|nobody|no reason|no reasons)\s+(left\s+)?to\s+(stay|stick "
        r"around|stay alive|hang on|keep going|live)\s+for\b"
        r"(?!\s+(at|in|here|there|this|the|on)\b)",
        negatable=False,
    ),
    # The means on view: "the blades right here next to me", "been sitting here with it
    # loaded", "his pistol in his mouth", "a knife to his own wrist".
    _needing(
        "gun|pistol|rifle|shotgun|revolver|handgun|glock|firearm|knife|knives|blade|razor|cutter|"
        "loaded",
        SUICIDAL_IDEATION,
        r"\b(the|my|his|her|their|a)\s+(\w+\s+)?("
        + _WEAPONS
        + r"|"
        + _BLADES
        + r")s?\s+(is\s+|s\s+|are\s+)?(right\s+)?(here\s+)?(next to|beside|by|on the bed with|"
        r"in my lap|in bed with)\s+me\b(?!\s+(on the (counter|board|table|desk)|in the kitchen|"
        r"while))|"
        r"\b(sitting|sat|been sitting|lying|laying)\s+(here\s+|there\s+)?with\s+(it|(the|my|a)"
        r"(\s+\w+){1,2})\s+(loaded|cocked|in my (mouth|hand|lap))\b(?!\s+(\w+\s+){0,3}(range|club|"
        r"shoot|hunt|hunting|target|targets|clays?|season)\b)|"
        r"\b(his|her|their|my)\s+(\w+\s+)?(" + _WEAPONS + r")\s+(in|to|against)\s+(his|her|"
        r"their|my)\s+(own\s+)?(mouth|head|temple|chin)\b|"
        r"\b(" + _BLADES + r"|" + _WEAPONS + r")\s+(to|against|on|at)\s+(his|her|"
        r"their|my)\s+(own\s+(wrists?|throat|neck|head|arm|arms)|" + _CLOSE_BODY[3:-1] + r")\b",
        # "the blade is next to me, im shaving": a tool in use.
        benign_after=r"^\s*(\w+\s+){0,3}(to (cut|chop|slice|open|sharpen|shave|peel|trim)|for "
        r"(the|cooking|carving|work|shaving|crafts?)|while i|(im|i m|i am|was|were|been) "
        r"(shaving|cooking|chopping|cutting|carving|slicing|peeling|whittling|crafting|working|"
        r"cleaning|sharpening|prepping))\b",
    ),
    # Someone close cut or locked in with the means: "cut her arms last night",
    # "a pic of his wrists all cut up", "locked herself in the bathroom with a razor".
    _needing(
        "wrist|arms|thighs|forearm|locked|use it|use them",
        SELF_HARM,
        r"\b(cut|cuts|cutting|slashed|slashing|sliced|slicing|carved|carving)\s+(up\s+)?(his|her|"
        r"their)\s+(own\s+)?" + _CLOSE_BODY + r"\b(?!\s+(on|with|by|in)\s+(the|a|some|broken)\s+"
        r"(glass|fence|tin|can|paper|door|wire|nail|bramble))|"
        r"\b(his|her|their)\s+" + _CLOSE_BODY + r"\s+(all\s+)?(cut|slashed|sliced|carved)\s+"
        r"(up|open|to bits)\b|"
        r"\blocked\s+(himself|herself|themselves|themself|myself)\s+in\s+(the|his|her|their|my)\s+"
        r"\w+\s+with\s+(a|the|his|her|their|my|some)\s+(\w+\s+){0,2}("
        + _BLADES
        + r"|"
        + _WEAPONS
        + r"|pills|tablets|rope|belt|cord)\b|"
        r"\b(" + _WEAPONS + r"|" + _BLADES + r"|pills|rope)\b(\s+\w+){0,8}?\s+"
        r"(use|using)\s+(it|them|that|those)\s+on\s+(himself|herself|themselves|themself|myself)\b",
    ),
    # Writing down the plan to die: "she wrote how she plans to die".
    _needing(
        "plan|wants|intend|going",
        SUICIDAL_IDEATION,
        r"\b(wrote|writes|written|writing|said|says|told me|texted|posted)\s+(about\s+)?(how|when|"
        r"where|that)\s+(she|he|they|i)\s+(plans?|planned|wants?|intends?|is going|s going|"
        r"was going|are going|re going)\s+to\s+(die|end (it|her life|his life|their life|"
        r"things|my life)|kill (herself|himself|themselves|myself))\b",
    ),
    # A rope hung up: "tied the knot and hung it in the shed".
    _needing(
        "hung|hanging|hang",
        SUICIDAL_IDEATION,
        r"\btied\s+(the|a|my)\s+(knot|noose|rope|belt|cord)\b(\s+\w+){0,3}?\s+(hung|hanging|hang|"
        r"fixed|tied|strung)\s+(it|them)\s+(up\s+)?(in|from|to|on|over)\s+(the|a|my)\s+(shed|"
        r"garage|loft|attic|beam|banister|bannister|tree|door|rafters?|ceiling|stairs|barn|"
        r"garden)\b",
    ),
    # An overdose taken on purpose: "shot up a bunch of extra insulin on purpose".
    _needing(
        "purpose|letting|deliberately",
        OVERDOSE,
        r"\b(took|taken|taking|shot up|injected|injecting|swallowed|downed|necked|had)\s+(\w+\s+)"
        r"{0,4}?" + DRUGS + r"\s+(on purpose|deliberately|intentionally)\b|"
        r"\b(sugar|sugars|levels|bgl|blood sugar)\s+(is\s+|s\s+|are\s+)?(dropping|crashing|falling)"
        r"\s+(\w+\s+)?(and|but)\s+(im|i m|i am)\s+(just\s+)?letting\s+(it|them)\b",
    ),
    # The client the next thing deleted: "next thing to delete is me".
    _needing(
        "delete|erase|remove|go",
        SUICIDAL_IDEATION,
        r"\b(next|last|final)\s+(thing|one|item)\s+(to|ill|i ll|i will|im gonna)\s+(delete|"
        r"erase|remove|get rid of|go|be deleted|wipe)\s+(is|will be|s)\s+(me|myself)\b",
    ),
    # Blamed on no one at the end: "please dont be mad at me for what im about to do".
    _needing(
        "about to|going to|gonna|planning",
        SUICIDAL_IDEATION,
        r"\b(mad|angry|upset|cross|hate|hating|blame|blaming|forgive|sorry)\b(\s+\w+){0,4}?\s+"
        r"(for|about|over)\s+what\s+(im|i m|i am|ill|i will)\s+(about to|going to|gonna|planning "
        r"to|bout to)\s+do\s*$",
        negatable=False,
    ),
    # Driving into something: "a big tree on the highway ive been eyeing, gonna aim for it".
    _needing(
        "aim|steer|swerve|plough|plow|crash|drive",
        SUICIDAL_IDEATION,
        r"\b(tree|wall|pillar|barrier|bridge|lorry|truck|oncoming|pole|post)\b(\s+\w+){0,12}?\s+"
        r"(gonna|going to|ill|i will|i ll|im gonna|im going to|might|then)\s+(just\s+)?(aim|steer|"
        r"swerve|plough|plow|crash|drive|floor it)\s+(straight\s+)?(for|into|at|towards?)\s+(it|"
        r"that|them)\b",
    ),
    # Not walking back down: "heading up again tonight and i dont think ill be walking back down".
    _needing(
        "back down|back up|coming home|walking back|coming back",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|doubt|not sure)\s+(think\s+)?(ill|i will|i ll|i)\s+(be\s+)?(walking|"
        r"coming|climbing|going|driving)\s+back\s+(down|up|off|home)\s*$",
    ),
    # My last message to anyone.
    _needing(
        "message|text|words",
        SUICIDAL_IDEATION,
        r"\b(my|the)\s+(last|final)\s+(message|text|words)\s+(to|for)\s+(anyone|anybody|"
        r"everyone|everybody|the world|all of you|you all)\s*$",
    ),
    # Talking with the means and the place: "there's a spot on the cliffs i keep going back to".
    _needing(
        "think|thinking|thought",
        SUICIDAL_IDEATION,
        r"\b(thinking|think|thought|thoughts)\s+(about|of)\s+(stepping|jumping|falling|throwing "
        r"myself|walking)\s+(off|from|in front of|into|onto)\s+(the|a)\s+(platform|bridge|ledge|"
        r"roof|edge|cliff|cliffs|tracks|train|overpass|balcony|motorway)\b",
        negatable=False,
    ),
    # Soon no one's problem: "soon i wont be anyones problem".
    _needing(
        "problem|burden|worry|headache",
        SUICIDAL_IDEATION,
        r"\b(soon|after (tonight|today|this)|from (tonight|tomorrow))\s+(i|ill|i ll)\s+(wont|"
        r"will not|will no longer)\s+be\s+(anyones|everyones|your|ur|their|the familys|my \w+s)\s+"
        r"(problem|burden|worry|headache)\b",
        benign_after=_MOVED_ON_AFTER,
    ),
    # Blood wanted: "i hate myself so much i wanna bleed".
    _needing(
        "bleed|blood",
        SELF_HARM,
        r"\b(i|just|so|really)\s+(wanna|want to|need to|wish i could|just want to|wanted to)\s+"
        r"(see\s+(myself\s+)?|watch\s+(myself\s+)?)?(bleed|see blood)\b(?!\s+(the|my|our|a|"
        r"it|them|for|from)\b)",
    ),
    # A cut deeper than meant: "sliced way deeper than before".
    _needing(
        "deeper",
        SELF_HARM,
        r"\b(cut|cutting|sliced|slicing|slashed|slashing|went)\s+(way\s+|much\s+|a lot\s+|even\s+|"
        r"so much\s+|too\s+)?deeper\s+(than\s+(before|usual|last time|ever|i meant|i wanted|"
        r"normal)|this time)\b",
    ),
    # Goodbyes said in secret: "already said my goodbyes, they just didnt know it".
    _needing(
        "goodbye|goodbyes",
        SUICIDAL_IDEATION,
        r"\bsaid\s+(all\s+)?my\s+goodbyes\s+(\w+\s+){0,3}((didnt|did not|dont|do not|never)\s+"
        r"(know|knew|realise|realize|realised|realized)|(nobody|no one|noone)\s+(knew|realised|"
        r"realized|noticed))\b|"
        r"\bsaid\s+(my\s+)?(goodbyes?|bye)\s+(to\s+(\w+\s+){1,2})?without\s+(them|anyone|anybody|"
        r"her|him)\s+(knowing|realising|realizing)\b",
    ),
    # Over being alive, unable to stay alive: "kinda over being alive".
    _needing(
        "alive|living|existing|life",
        SUICIDAL_IDEATION,
        r"\b(im|i m|i am|kinda|so|just|pretty|honestly|totally)\s+over\s+((being alive|living|"
        r"existing)\b(?!\s+(in|at (?!this point)|with|on|here|there|like|by)\b)|life(\s+(tbh|"
        r"honestly|ngl|rn|now|lol|atm|at this point))?\s*$)|"
        r"\b(cant|can not|cannot)\s+(stay|keep|be|remain)\s+(alive|living)\s+(any ?more|any "
        r"longer)\b",
    ),
    # Lives easier without the client: "how much easier everyones lives would be without me".
    _needing(
        "without me",
        SUICIDAL_IDEATION,
        r"\b(lives|life|everyone|everybody|world|family|everyones lives|their lives)\s+(\w+\s+)"
        r"{0,2}?(would|will|d|could)\s+be\s+((so|much|a lot|way|far)\s+){0,2}(easier|better|"
        r"happier|lighter|simpler)\s+without\s+me\b(?!\s+(on|at|in)\s+(it|the|this|that|there)\b)|"
        r"\b(easier|better|happier|lighter|simpler)\s+(\w+\s+){0,2}?(lives|life|everyone|everybody|"
        r"things|the world)\s+(would|will|d|could)\s+be\s+without\s+me(\s+in\s+(them|it))?\s*$",
    ),
    # A jump set for a time, said with nothing after: "im jumping tonight".
    _needing(
        "jump|jumping",
        SUICIDAL_IDEATION,
        r"\b(im|i m|i am|ill|i ll|i will|im gonna|gonna|going to)\s+(be\s+)?(jump|jumping)\s+"
        r"(tonight|today|tomorrow|this (weekend|evening|morning)|at (\d+|midnight|dawn))\s*$",
    ),
    # The means left open: "my dads shotgun cabinet is unlocked".
    _needing(
        "cabinet|safe|locker|cupboard|key|keys|code|combination|where",
        SUICIDAL_IDEATION,
        r"\b(" + _WEAPONS + r")\b(\s+\w+){0,8}?\s+(i\s+)?(know|found)\s+where\s+(the|his|her|"
        r"my \w+s|the \w+)\s+(key|keys|code)\s+(is|are)\b|"
        r"\b(gun|guns|shotgun|rifle|firearms?|weapons?)\s+(cabinet|safe|locker|cupboard|box)\s+"
        r"(is|s|was|has been|been left|got left)\s+(left\s+)?(unlocked|open)\b|"
        r"\b(found|know|got|have)\s+(the\s+)?(key|keys|code|combination)\s+(to|for)\s+(the|my|his|"
        r"her|dads|my \w+s)\s+(gun|guns|shotgun|rifle)\s+(cabinet|safe|locker)\b",
        benign_after=r"^\s*(\w+\s+){0,8}(lock|locking|locked|shut|close|locksmith|fix|fixed|"
        r"repair|broken)\b",
    ),
    # The last anyone hears: "this is the last youll hear from me".
    _needing(
        "hear",
        SUICIDAL_IDEATION,
        r"\b(the\s+)?last\s+(you|u|anyone|anybody|youll|you ll|ull|theyll|they ll)\s+(will\s+)?"
        r"(ever\s+)?hear\s+(from|of)\s+me\b",
        benign_after=r"^\s*(\w+\s+){0,2}(until|till|til|for (a|the|this|\d+)|before|while|this "
        r"(week|weekend|month)|today|tonight|on (this|the))\b",
    ),
    # Ammunition with a gun held: "my grandads old revolver and a couple of bullets".
    _needing(
        "bullet|rounds|ammo|shells|cartridge",
        SUICIDAL_IDEATION,
        r"\b(" + _WEAPONS + r")\s+and\s+(a couple of|some|a few|one|a|two|\d+|a box of)\s+"
        r"(bullets?|rounds|ammo|shells|cartridges)\b",
        benign_after=r"^\s*(\w+\s+){0,6}(range|hunting|hunt|season|clays?|targets?|deer|club|"
        r"competition|licence|license)\b",
        benign_before=r"\b(range|hunting|hunt|season|clays?|targets?|deer|club|competition|"
        r"licence|license|film|movie|game)\b(\s+\w+){0,8}\s*$",
    ),
    # Staring at the means or the drop: "keep looking at the tracks".
    _needing(
        "looking|staring|stare|look",
        SUICIDAL_IDEATION,
        r"\b(keep|keeps|kept|been|cant stop|can not stop|cannot stop)\s+(looking|staring|"
        r"glancing)\s+(down\s+)?(at|over)\s+(the|my)\s+(tracks|drop|edge|ledge|rope|noose|"
        r"pills|tablets|blade|blades|razor|gun|oncoming traffic|traffic|water below)\b"
        r"(?!\s+of\s+(my|the|a)\s+(screen|seat|table|desk|page|bed|sofa|chair|plate|paper|pool))",
        benign_after=r"^\s*(\w+\s+){0,3}(ad|advert|advertisement|shop|window|catalogue|picture|"
        r"photo|label|packet|model|set|museum)\b",
    ),
    # Legs over the side of a high place.
    _needing(
        "legs|feet",
        SUICIDAL_IDEATION,
        r"\b(roof|rooftop|bridge|ledge|building|car park|balcony|cliff|overpass|viaduct|tower)\b"
        r"(\s+\w+){0,6}?\s+(legs|feet)\s+(dangling\s+|hanging\s+)?over\s+the\s+(side|edge|"
        r"railing|ledge|drop)\b",
    ),
    # Better off, the world a better place, without the client.
    _needing(
        "better",
        SUICIDAL_IDEATION,
        r"\b(theyll|they will|they ll|theyd|they d|they would|youll|you ll|youd|you d|you would|"
        r"everyone will|everyonell|hell|he ll|shell|she ll|she will|he will|(the|my) (kids|family|"
        r"\w+) (will|would|d|ll))\s+(all\s+)?be\s+((so|much|far|a lot)\s+){0,2}better off"
        r"(\s+(now|soon|this way|honestly|tbh))?\s*$|"
        r"\b(world|place|planet|family|house|school|office)\s+(would|will|d)\s+be\s+(a\s+)?"
        r"better\s+(place\s+)?without\s+me\b(?!\s+(on|at)\s+(it|the)\b)",
    ),
    # Not existing wished: "i just want to disappear and not exist anymore".
    _needing(
        "exist",
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish i could|would rather|id rather|prefer)\s+(to\s+)?(just\s+)?"
        r"((disappear|vanish|go away)\s+and\s+)?(not|stop|never)\s+(to\s+)?exist(ing)?\b"
        # "stop existing on junk food": a diet, not a life.
        r"(?!\s+(on|as|in|like|off|for|only)\b)",
    ),
    # Letting go, a permanent nap: "im letting go tonight", "time to take a permanent nap".
    _needing(
        "letting|nap|sleep|rest|dirt",
        SUICIDAL_IDEATION,
        r"^\s*(im|i am|i m)\s+(just\s+)?(finally\s+)?letting\s+go\s+(tonight|today|now|for good|"
        r"forever)\s*$|"
        r"\b(take|taking|have|go for|going for|time for)\s+(a|my|the)\s+(permanent|eternal|"
        r"forever|final|long dirt|dirt)\s+(nap|sleep|rest)\b",
    ),
    # No worry needed after a night: "dont worry about me after tonight".
    _needing(
        "worry|where",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|no need to|stop|wont need to|will not need to)\s+worry\s+about\s+me\s+"
        r"(after|past|from)\s+(tonight|today|this weekend|tomorrow|" + _WEEKDAY_V + r")\b|"
        r"\b(ill|i will|i ll)\s+be\s+(fine|ok|okay|better|happier|at peace|safe|free)\s+where\s+"
        r"(im|i am|i m)\s+(going|headed|heading)\s*$",
    ),
    # Love said in the past to everyone: "i want everyone to know i loved them".
    _needing(
        "loved",
        SUICIDAL_IDEATION,
        r"\b(want|wanted|need|make sure)\s+(everyone|everybody|you all|them|you|my \w+|all of "
        r"you)\s+(to\s+)?know\s+(that\s+)?i\s+(really\s+|truly\s+)?loved\s+(them|you|her|him|"
        r"you all|everyone)\b",
    ),
    # A gun taken and a note left by someone close.
    _needing(
        "note|letter",
        SUICIDAL_IDEATION,
        r"\bleft\s+(a|the)\s+(note|letter)\b(\s+\w+){0,8}?\s+(with|took|taking)\s+(his|her|"
        r"their|my)\s+(\w+\s+)?(" + _WEAPONS + r"|pills|tablets|rope)\b",
        benign_after=r"^\s*(\w+\s+){0,3}(to|from|for) (the |a )?(range|gunsmith|gun club|"
        r"hunting|shoot|club|farm|police|shop)\b",
    ),
    # A date not seen: "i dont see myself making it to the new year".
    _needing(
        "making it|surviving|lasting|getting",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|cant|cannot|can not)\s+see\s+myself\s+(making it|surviving|lasting|"
        r"getting)\s+(to|till|until|past|through|beyond)\s+(the new year|new year|christmas|xmas|"
        r"my birthday|next (week|month|year)|the (weekend|summer|spring|winter|autumn)|"
        + _WEEKDAY_V
        + r")\b",
    ),
    # Self-harm done on purpose: "burned myself with the iron on purpose".
    _needing(
        "purpose|deliberately|intentionally",
        SELF_HARM,
        r"\b(burned|burnt|burning|cut|cutting|hit|hitting|scalded|hurt|hurting|punched|scratched|"
        r"bruised|starved|starving)\s+myself\b(\s+\w+){0,5}?\s+(on purpose|deliberately|"
        r"intentionally)\b",
    ),
    # Unnoticed if gone: "nobody would even notice if i vanished".
    _needing(
        "notice|care|miss",
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone|no1)\s+(would|will|d)\s+(even\s+)?(notice|care|miss me)\s+if\s+"
        r"i\s+(just\s+)?(vanished|disappeared|died|was gone|were gone|wasnt here|werent here|went "
        r"missing|stopped existing|was dead|killed myself)\b",
        benign_after=FROM_A_GATHERING_AFTER,
    ),
    # Slang for a fall: "yeet myself off a bridge".
    _needing(
        "yeet",
        SUICIDAL_IDEATION,
        r"\byeet(ing|ed)?\s+myself\s+(off|from|into|in front of|out of)\s+(a|the|my|this)\s+"
        r"(bridge|roof|building|cliff|balcony|window|train|car park|ledge|overpass|tower)\b",
    ),
    # Over the edge of a high place: "on the 14th floor balcony and im climbing over".
    _needing(
        "climbing|climbed|stepping|stepped|getting|got",
        SUICIDAL_IDEATION,
        r"\b(balcony|bridge|roof|rooftop|ledge|car park|cliff|overpass|viaduct|tower)\b(\s+\w+)"
        r"{0,6}?\s+(im|i m|i am|ive|i have|just)?\s*(climbing|climbed|stepping|stepped|getting|got)"
        r"\s+over(\s+the\s+(railings?|barrier|edge|side|fence|wall))?\s*$",
    ),
    # Someone close who has taken a cabinet's contents.
    _needing(
        "everything|all",
        OVERDOSE,
        r"\b(taken|took|swallowed|downed|had)\s+(everything|all|all the pills|all the tablets)\s+"
        r"(in|from)\s+(the|my|his|her|their)\s+(medicine\s+|bathroom\s+)?(cabinet|cupboard|"
        r"drawer|box|pill box)\b",
        # "took everything in the cupboard to the charity shop": things moved, not swallowed.
        benign_after=r"^\s*(to|into|out|off|for|down|up|and (put|moved|gave|sold|threw))\b",
    ),
    # Goodbyes written: "written my goodbyes".
    _needing(
        "goodbyes",
        SUICIDAL_IDEATION,
        r"\b(written|wrote|writing|write|recorded|recording|typed|typing)\s+(all\s+)?(of\s+)?my\s+"
        r"goodbyes\b(?!\s+(in|on|for)\s+(the|a|his|her|their)\s+(\w+\s+)?(card|book|leaving|"
        r"yearbook))",
    ),
    # A ligature tried: "wrapped the cord round my neck last night".
    _needing(
        "neck",
        SUICIDAL_IDEATION,
        r"\b(wrapped|wrapping|tied|tying|put|putting|tightened|tightening|pulled)\s+(a|the|my)\s+"
        r"(cord|rope|belt|cable|ligature|wire|lead|charger cable|tie)\s+(round|"
        r"around)\s+my\s+neck\b",
    ),
    # Spared soon, said short: "everyones sick of me. soon they wont have to be".
    _needing(
        "have to",
        SUICIDAL_IDEATION,
        r"^\s*(and\s+)?soon\s+(they|you|u|he|she|everyone|everybody|nobody|no one)\s+(wont|will "
        r"not|wont ever|will never)\s+have\s+to(\s+be)?\s*$",
    ),
    # Calm after deciding, said whole: "feeling oddly at peace since i made the decision".
    _needing(
        "decided|decision|choice|mind|plan|date",
        SUICIDAL_IDEATION,
        r"\b(calm|calmer|at peace|peaceful|relieved|lighter|relief)\b(\s+\w+){0,3}?\s+(since|now "
        r"that|now|because|cos|after)\s+(i|ive|i have)\s+(finally\s+)?(decided|made (the|my|a|"
        r"that) (decision|choice)|made up my mind|have a plan|got a plan|set a date|picked a date)"
        r"\s*$",
    ),
    # Relief that it will soon be over.
    _needing(
        "relief|relieved|calm|peace|glad|comfort",
        SUICIDAL_IDEATION,
        r"\b(relief|relieved|calm|peace|glad|comfort)\b(\s+\w+){0,4}?\s+(itll|it will|it ll|"
        r"everything will|everythingll|this will|all this will|its all going to|it is all going "
        r"to)\s+(all\s+)?(soon\s+)?be\s+over(\s+soon)?\s*$",
    ),
    # Someone close gone with their things left and a note.
    _needing(
        "note|letter",
        SUICIDAL_IDEATION,
        r"\bleft\s+(his|her|their)\s+(wallet|phone|keys|purse|cards?|bag|glasses)\b(\s+\w+)"
        r"{0,6}?\s+(a|the)\s+(note|letter)\b"
        # "a note for the cleaner": a chore passed on.
        r"(?!\s+(for|to)\s+(the|a|my|his|her|their)\s+(cleaner|landlord|neighbou?r|postman|"
        r"babysitter|sitter|builder|plumber|boss|teacher|flatmate|lodger))",
    ),
    # A goodbye sent by voice or text, said calmly.
    _needing(
        "saying",
        SUICIDAL_IDEATION,
        r"\b(sent|left)\s+(me\s+|us\s+)?(a\s+)?(voice note|voice message|voicemail|message|text|"
        r"video)\s+saying\s+(goodbye|bye|sorry)\b",
        benign_after=r"^\s*(\w+\s+){0,5}(before|from|at|for) (the |her |his |their |a )?(airport|"
        r"flight|plane|holiday|trip|train|station|gate|party|move)\b",
    ),
    # The third rail touched.
    _needing(
        "rail",
        SUICIDAL_IDEATION,
        r"\b(touch|touching|grab|grabbing|step on|stepping on|lie on|lying on)\s+the\s+third\s+"
        r"rail\b(?!\s+of\b)",
    ),
    # Cut too deep: "ive cut too deep this time".
    _needing(
        "deep",
        SELF_HARM,
        r"\b(cut|cutting|sliced|slicing|slashed|went)\s+(way\s+|much\s+|far\s+)?too\s+deep\b",
    ),
    # Wanting to stop being here.
    _needing(
        "stop",
        SUICIDAL_IDEATION,
        r"\b(want|wanna|need)\s+(to\s+)?stop\s+(being\s+(here|alive|around)|breathing|living)\b"
        r"(?!\s+(in|with|at|like|off|on|here|there|near|beside|for)\b)",
    ),
    # Sorry to be leaving people like this.
    _needing(
        "leaving",
        SUICIDAL_IDEATION,
        r"\bsorry\s+(im|i am|i m|for|about)\s+leaving\s+(you|u|yall|you all|everyone|my \w+|"
        r"them)\s+like\s+this\b(?!\s+(with|in|at|for|on)\b)",
    ),
    # Kept out and the police called instead: "dont come to the house, call the police".
    _needing(
        "police|ambulance|999|911",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|please dont)\s+(come|go)\s+(in|into|to|over|round|home|upstairs|inside)\b"
        r"(\s+\w+){0,5}?\s+(just\s+)?call\s+(the police|999|911|an ambulance|the ambulance)\b",
        benign_after=r"^\s*(about|for|because|cos|re|regarding|if|on)\b",
    ),
    # Someone close said to be at a high place.
    _needing(
        "saying|says|said|texted|messaged",
        SUICIDAL_IDEATION,
        r"\b(saying|says|said|texted|messaged)\s+(that\s+)?(she|he|they|shes|hes|theyre)\s+"
        r"(is\s+|s\s+|are\s+|re\s+)?(on|at|standing on)\s+the\s+(bridge|roof|ledge|tracks|cliffs?|"
        r"edge|overpass)\s*$",
    ),
    # The client on the ledge.
    _needing(
        "ledge",
        SUICIDAL_IDEATION,
        r"\b(im|i am|i m)\s+(now\s+)?(on|out on|sitting on|standing on|stood on)\s+the\s+ledge\b",
    ),
    # At peace with the right thing: "at peace now, i know its the right thing to do".
    _needing(
        "right",
        SUICIDAL_IDEATION,
        r"\b(at peace|calm|ready|peaceful)\b(\s+\w+){0,4}?\s+(know|sure|certain|convinced)\s+"
        r"(that\s+)?(its|it is|this is|it s)\s+the\s+right\s+(thing|choice|decision)\b",
    ),
    # Everything found swallowed: "swallowed everything i could find".
    _needing(
        "could|find|get",
        OVERDOSE,
        r"\b(swallowed|took|taken|downed|necked)\s+(everything|all|"
        r"whatever)\s+(that\s+)?i\s+could\s+"
        r"(find|get|lay my hands on|get my hands on)\b",
        # "took whatever i could get from the bakery": food or bargains grabbed.
        benign_after=r"^\s*(\w+\s+){0,3}(shop|bakery|store|market|sale|buffet|canteen|food|cake|"
        r"bread|snacks|sweets|leftovers|bargains|tickets|seats)\b",
    ),
    # A hose through the window.
    _needing(
        "hose|pipe",
        SUICIDAL_IDEATION,
        r"\b(hose|hosepipe|pipe)\s+(is\s+|s\s+)?(in|through|into)\s+the\s+(car\s+)?window\b",
        benign_after=r"^\s*(\w+\s+){0,3}(fill|filling|water|watering|wash|washing|pool|garden|"
        r"plants|paddling|drain|draining)\b",
    ),
    # Letters hidden where someone will find them.
    _needing(
        "find",
        SUICIDAL_IDEATION,
        r"\b(letters?|notes?)\b(\s+\w+){0,3}?\s+(some)?where\s+(\w+\s+){1,2}(will|ll|can|"
        r"is going to|s going to)\s+find\s+(it|them)\b",
    ),
)


VEILED_TRIGGERS: tuple[str, ...] = tuple(dict.fromkeys(_NEEDED))


def _gated_together(rules: tuple[Rule, ...], size: int = 4) -> tuple[Rule, ...]:
    """Neighbouring rules share one gate, the union of their words.

    A gate is one scan of a sentence's words; a message of one very long word paid for
    every gate. Shared by a few rules, it is scanned once for them all, and a sentence
    that passes it runs each of their patterns, which on a sentence is cheap.
    """
    gated: list[Rule] = []
    for start in range(0, len(rules), size):
        words = [word for each in _WORDS[start : start + size] for word in each]
        gate = r"\b(?:" + word_starts(dict.fromkeys(words)) + ")"
        gated.extend(replace(each, needs=gate) for each in rules[start : start + size])
    return tuple(gated)


VEILED_RULES: tuple[Rule, ...] = _gated_together((*_VEILED, *_MORE, *_PLAINLY, *_LEAVING))
