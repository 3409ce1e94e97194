"""English crisis said by its signs: what a client is doing, arranging or counting.

A fourth reading beside the rules, the net and the indirect net. Two parts:

- sentence rules, each a kind of saying written in general form: the others
  relieved of the client ("you won't have to put up with me much longer"), a
  date not lived to ("not gonna be here when my niece is born"), a last time
  ("said goodbye like it was the last time, because it is"), God asked to take
  them, the means in reach ("the rope is already tied", "pills are in my coat
  for tonight", "in the bath with a razor blade"), fumes in a shut room, the
  research ("how high a fall has to be"), a family provided for by a death
  ("so mum gets the insurance"), safety said plainly ("im not safe right
  now", "scared of what ill do tonight"), and someone close saying any of it;
- signs, each a named group: one is a common thing to say ("decided.", "don't
  come looking for me", "passwords sent to my cousin", "not answering"), two
  different ones in a message read as a crisis, the way two kinds of goodbye
  make a goodbye message. They are added to the lexicon's goodbye kinds. Weak
  signs, said every day for everyday reasons ("done.", "that's the plan",
  "deleted my socials"), share one name: two of them are still everyday speech.

Each exemption names the everyday sense it excuses ("pills ready for
collection", "a rope tied to the boat", "a bath with a razor to shave").
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.english_net import DRUGS, WAKE_TOO_EARLY_AFTER, word_starts
from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.scan import first_letter_first

_NEEDED: list[str] = []


def _needing(words: str, *args: str | None, **flags: bool) -> Rule:
    """A rule tried only in a sentence holding one of ``words`` (word starts).

    A phrase in ``words`` is looked for by its longest word: a gate of single words is
    read on the sentence's distinct words, not along the whole sentence, which keeps
    a long message repeating a few words cheap to triage.
    """
    single = [max(word.split(), key=len) for word in words.split("|")]
    _NEEDED.extend(single)
    return replace(rule(*args, **flags), needs=word_starts(single))


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# A date or an occasion someone expects not to live to.
_OCCASION = (
    r"(?:christmas|xmas|thanksgiving|easter|new year|new years|halloween|my birthday|"
    r"(his|her|their|mums?|moms?|dads?|my \w+s) birthday|the wedding|(my|his|her) wedding|"
    r"graduation|my graduation|results day|summer|spring|autumn|fall|winter|the holidays|"
    r"the new year|another (christmas|birthday|summer|year)|" + _MONTH + r")"
)
_FAMILY = (
    r"(?:mum|mom|mam|mother|dad|father|parents|family|wife|husband|partner|girlfriend|"
    r"boyfriend|gf|bf|kids|children|son|daughter|sister|brother|sisters|brothers|nan|gran|"
    r"grandma|grandad|grandpa|best friend|bestie|cousin|niece|nephew)"
)
_SOMEONE = r"(?:he|she|they|hes|shes|theyre|he is|she is|they are|he s|she s)"
_KNIFE = (
    r"(?:razor|razors|razor blades?|blades?|knife|knives|kitchen knife|stanley knife|"
    r"box cutter|scissors)"
)
_MEANS = r"(?:rope|noose|belt|cord|ligature|gun|pistol|rifle|shotgun|glock|" + _KNIFE + r")"

# A reason given after the words that is itself the crisis ("because ill be gone",
# "because theres no point", "as i have pills") excuses nothing.
_NO_EXCUSE = (
    r"(?!\s+(\w+\s+){0,4}(no point|gone|dead|wont be|will not be|not be (here|around|alive)|"
    r"cant|can t|cannot|nothing left|pointless|rope|pills|over|done|ready|the end|need (it|"
    r"them)))"
)

# "working on the rope now" is no shift at work.
_NOT_ON_THE_MEANS = r"(?! on (the|my|a) (rope|noose|note|letters?|plan|pills))"

_ENDING: tuple[Rule, ...] = (
    # The others relieved of the client: "you won't have to put up with me much longer".
    _needing(
        "hav|need|gotta|hafta|problem|burden|bother|worry|stop being|be rid",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|wont ever|will never|never|dont|not gonna|aint gonna)\s+(\w+\s+)?"
        r"(have to|hav to|need to|needa|gotta|hafta)\s+(deal|put up|cope|worry|bother|look after|"
        r"pay for|carry|take care|think|see|hear|listen)\s+(w|with|about|for|of|to)?\s*me\s+"
        r"(much longer|for much longer|for long|after|past|any ?more|any longer|soon|ever "
        r"again|again|for good|by|from)\b|"
        r"\b(ill|i will|i ll|im gonna|im going to|gonna|soon i ll|soon ill)\s+(soon\s+)?"
        r"(stop|quit|no longer) be(ing)?\s+(everyones|anyones|your|ur|their|the familys|a|"
        r"the|yalls|my \w+s)\s+(problem|burden|worry|responsibility|headache|job)\b|"
        r"\b(youll|you will|theyll|they will|everyone will|you ll|they ll|u ll|ull)\s+(all\s+)?"
        r"(soon\s+)?be\s+rid\s+of\s+me\b",
        benign_after=r"^\s*(\w+\s+){0,2}(im|i m|i am|were|we re) (moving|leaving|off|going|"
        r"starting|switching|changing|retiring|transferring)\b(?!\s+(for good|forever|"
        r"permanently|away for good|to (sleep|die|heaven)))|"
        r"^\s*(\w+\s+){0,2}(when|once|because|cos|as) (i|im) (move|moving|get|"
        r"start|leave|go back|finish|graduate)\b|^\s*(\w+\s+){0,3}(shift|flight|train|"
        r"contract|lease|job|course|placement)\b",
    ),
    # A date or an occasion not lived to: "not gonna be here when my niece is born".
    _needing(
        "be around|be here|be alive|make it|making it|see the|see my|expect|promise",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|not gonna|not going to|aint gonna|probably wont|wont even)\s+be\s+"
        r"(around|here|alive)\s+(for|at|on|by|in time for|to see)\s+(\w+\s+){0,2}?"
        + _OCCASION
        + r"\b|"
        r"\b(wont|will not|not gonna|not going to|aint gonna)\s+be\s+(around|here|alive)\s+"
        r"when\s+(\w+\s+){0,4}?(is born|gets born|arrives|graduates|gets married|turns \d+|"
        r"grows up|comes home|gets back|starts school|finishes school)\b|"
        r"\b(not|never|wont be|im not|i am not|aint)\s+mak(ing|e)\s+it\s+(past|through|"
        r"beyond|till|until|to)\s+(this|the end of this|next|the next)\s+(week|month|year|"
        r"weekend|winter|summer|christmas)\b|"
        r"\b(dont|do not|dont really|no longer)\s+(expect|plan|intend)\s+to\s+(see|make it "
        r"to|be here for|be around for|live to see)\s+(the\s+)?(\w+\s+)?" + _OCCASION + r"\b",
        benign_after=r"^\s*(\w+\s+){0,3}((because|cause|cos|as|since)" + _NO_EXCUSE + r"|"
        r"were|we are|ill be (away|in|at|on|abroad|working|travelling)|im (away|"
        r"working" + _NOT_ON_THE_MEANS + r"|travelling|moving|going|visiting|stuck|at|in|on)|"
        r"visiting|travelling|traveling|working" + _NOT_ON_THE_MEANS + r"|away|abroad|on "
        r"(holiday|vacation|a trip|tour|deployment|shift)|at (work|the|my|uni|camp)|in "
        r"(hospital for|\w+ for (work|a|the))|(moving|move) (to|away|out))\b|"
        r"^\s*(\w+\s+){0,3}(cruise|holiday|vacation|trip|away|abroad|visiting|travelling|"
        r"traveling|working" + _NOT_ON_THE_MEANS + r"|deployed|"
        r"deployment|honeymoon)\b|"
        r"^\s*(on (this|my) (salary|wage|budget|pay)|with(out)? (money|cash)|financially|"
        r"without|unless|at (work|this job|this rate))\b",
    ),
    # A last time said plainly: "like it was the last time, because it is".
    _needing(
        "last time",
        SUICIDAL_IDEATION,
        r"\b(like|as if|as though)\s+(it was|its|it were|it is|it s)\s+the\s+last\s+time\b"
        r"(\s+\w+){0,3}?\s+(because|cos|cause|cuz|and|since|which)\s+it\s+(is|will be|was|"
        r"really is)\b|"
        r"\blast time i (get to|ever get to|will get to|ll get to|ll ever|will ever)\s*$|"
        r"\b(this is|this will be|thats|that was|its)\s+the\s+last\s+time\s+(youll|you will|"
        r"you ll|u ll|ull|anyone will|anyone ll)\s+(ever\s+)?(hear from|see|have to deal "
        r"with|have to worry about)\s+me\b",
    ),
    # "you won't see me in class tomorrow or anywhere else", "never hear from me again".
    _needing(
        "see me|hear from me",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|will never|never gonna|not gonna|never going to|wont ever|will "
        r"ever|never)\s+(ever\s+)?(see|hear from)\s+me\s+(again|ever again)\s*$|"
        r"\b(wont|will not|will never|not gonna|never)\s+(ever\s+)?(see|hear from)\s+me\b"
        r"(\s+\w+){0,4}?\s+(or anywhere else|anywhere else|or ever again|ever again after)\b",
    ),
    # God asked to take the client, or someone close: "god please just take me already".
    _needing(
        "god|lord|jesus|allah",
        SUICIDAL_IDEATION,
        r"\b(god|lord|dear god|dear lord|jesus|allah)\s+(please\s+)?(just\s+)?(please\s+)?"
        r"(end it|end this|finish it|finish me|let me die|let me go)\s+(for me|now|please|"
        r"already)\b|"
        r"\b(god|lord|dear god|dear lord|jesus|allah)\s+(please\s+)?(just\s+)?(please\s+)?"
        r"take\s+me\b(?!\s+(back|home from|to (the|a|my|your) (?!other side)|out|with you "
        r"to))|"
        r"\b(ask|asks|asking|asked|beg|begs|begging|begged|pray|prays|praying|prayed|tell|"
        r"tells|telling|told)\s+(god|the lord|jesus|allah|the universe)\s+to\s+(just\s+)?"
        r"(take|end|finish)\s+(me|him|her|them|it)\b",
        hyperbole_prone=True,
    ),
    # A death wished by the body or the journey: "hope my heart gives out in my sleep".
    _needing(
        "heart|body|lungs|plane|flight|ferry|train|bus|car",
        SUICIDAL_IDEATION,
        r"\b(hope|hopes|hoping|wish|wishes|wishing|pray|praying|want)\w*\s+(that\s+)?(my\s+)?"
        r"(heart|body|lungs|liver)\s+(just\s+)?(gives? out|stops?|quits?|fails?|packs? "
        r"(in|up)|gives? up)\b|"
        r"\b(hope|hopes|hoping|wish|wishes|wishing|pray|praying)\w*\s+(that\s+)?(the|my|this)\s+"
        r"(plane|flight|ferry|boat|train|bus|car|coach)\s+(would\s+|will\s+|just\s+)?"
        r"(goes|go|went) down\b|"
        r"\b(hope|hopes|hoping|wish|wishes|wishing|pray|praying)\w*\s+(that\s+)?(the|my|this)\s+"
        r"(plane|flight|ferry|boat)\s+(would\s+|will\s+|just\s+)?(crash|crashes|sink|sinks)\b",
    ),
    # Sleep that does not end: "go to sleep and stay asleep", "never open my eyes again".
    _needing(
        "asleep|sleep|eyes|breathing|morning|alive|cba|wake|keep|see|arsed|bothered",
        SUICIDAL_IDEATION,
        r"\b(sleep|asleep)\s+and\s+(just\s+)?(stay asleep|stay that way|stay there|not come "
        r"back|never come back|not wake|never wake)\b(?!(\s+up)?\s+(all night|through|till|until|"
        r"for (more|\d+|a|the)|past|longer|the whole|before|early))|"
        r"\b(never|not|dont have to|not have to|dont want to|never have to)\s+open\s+(my\s+"
        r"eyes|them)\s+again\b|"
        r"\b(dont|do not|dnt|ion|idont|i dont|dont even|no longer)\s+(want|wanna|wan)\s+"
        r"(to\s+)?(keep breathing|keep living|keep going|see (the|another) (morning|day|"
        r"sunrise)|see tomorrow|be breathing|wake up (again|any ?more|tomorrow|ever))\b|"
        r"\b(cba|(cant|cannae|canny|can not|cannot)\s+be\s+(arsed|bothered|assed))\s+(with\s+|"
        r"wi\s+|w\s+)?(being alive|living|life|existing|breathing)\b",
        negatable=False,
    ),
    # "should've stayed in that car crash".
    _needing(
        "should",
        SUICIDAL_IDEATION,
        r"\bshould\s+(have|of|ve)\s+(stayed|died|burned|drowned)\s+in\s+(that|the|my)\s+(\w+\s+)?"
        r"(crash|wreck|fire|accident|coma|river|sea|water|overdose|attempt)\b",
    ),
    # "if i was out of the picture their problems would be solved".
    _needing(
        "if i",
        SUICIDAL_IDEATION,
        r"\bif\s+i\s+(was|were|wasnt|werent|was not|were not|just)\s+(gone|dead|out of the "
        r"picture|out of the way|not here|not around|not alive|never born|no longer here|"
        r"disappeared|here|around|alive)\b(?!\s+(for|on|at|to|this|next|tomorrow|tonight|today|"
        r"from|till|until))"
        r"(\s+\w+){0,6}?\s+(would|d|will|could)\s+(all\s+)?(be\s+)?(solved|fixed|easier|better|"
        r"happier|fine|ok|okay|lighter|free|relieved|sorted|over|richer|gone)\b",
    ),
    # A death that provides: "the kids would have a better life with the insurance money".
    _needing(
        "insurance|payout|suicide clause|than with me",
        SUICIDAL_IDEATION,
        r"\b(better|easier|happier)\s+(life|lives|off|future)?\s*(\w+\s+){0,3}?(with|from)\s+"
        r"(the\s+|my\s+)?(life\s+)?(insurance|payout|pension)\b(\s+\w+){0,3}?\s+than\s+with\s+"
        r"me\b|"
        r"\b(would|d|will)\s+(have\s+|be\s+)?(a\s+)?(better|easier|happier)\s+(\w+\s+){0,3}?"
        r"than\s+with\s+me\b|"
        r"\bsuicide\s+(clause|exclusion)\b|"
        r"\b(insurance|policy|payout)\b(\s+\w+){0,12}?\s+so\s+(my\s+)?" + _FAMILY + r"\s+"
        r"(gets?|will get|would get|can have|has)\s+(paid|the money|something|it|money)\b",
    ),
)

_MEANS_READY: tuple[Rule, ...] = (
    # The means placed and ready: "the rope is already tied in the closet".
    _needing(
        "rope|noose|belt|cord|ligature",
        SUICIDAL_IDEATION,
        r"\b(rope|noose|ligature)\s+(is|s|was|are|has been)\s+(already\s+|all\s+|now\s+)?"
        r"(tied|hung|hanging|up|set up|ready|knotted|in place)\b|"
        r"\b(belt|cord|scarf|cable)\s+(is|s|was|has been)\s+(already\s+|now\s+)?(tied|hung|"
        r"hanging|knotted)\s+(to|from|around|over|on)\s+(the|a|my)\s+(door|beam|rail|banister|"
        r"hook|ceiling|tree|pipe|bannister|loft hatch|curtain rail)\b",
        benign_after=r"^\s*(\w+\s+){0,3}(to (the|a|my) (boat|swing|tree ?house|hammock|"
        r"washing|line|post|fence|trailer|roof rack|car|bike|dog|tent|mast|anchor)|for (the|a|"
        r"my) (swing|washing|hammock|tent|boat|climb|climbing|class|game|dog|gym))\b|"
        r"^\s*(\w+\s+){0,8}(camping|hammock|climbing|sailing|the boat|tent|washing line|tow)\b",
        benign_before=r"\b(hammock|climbing|boat|swing|tow|skipping|washing|tent|camping|"
        r"tug of war)\s*$",
    ),
    # Pills set for a time: "pills are in my coat pocket for tonight".
    _needing(
        "tonight|later|the night|ready",
        OVERDOSE,
        r"\b" + DRUGS + r"\s+(are|is|s|re)?\s*(in|on|under|by)\s+(my|the)\s+(\w+\s+){0,2}?"
        r"\w+\s+(for|ready for)\s+(tonight|later tonight|when (everyone|they|the kids)|after "
        r"(everyone|they|the kids))\b",
        benign_after=r"^\s*(for (collection|pickup|pick up|the week|the trip|my (trip|"
        r"holiday))|at the (pharmacy|chemist)|to (collect|pick up)|with (dinner|breakfast))\b",
        benign_before=r"\b(pharmacy|chemist|prescription|refill|vitamins?|repeat)\b"
        r"(\s+\w+){0,4}\s*$",
    ),
    # A weapon out, or its lock opened: "dad's gun is out on the table, loaded".
    _needing(
        "gun|pistol|rifle|shotgun|revolver|handgun|firearm|glock|strap",
        SUICIDAL_IDEATION,
        r"\b(guns?|pistols?|rifles?|shotguns?|revolvers?|handguns?|firearms?|glocks?)\s+"
        r"(is|s|are|was)\s+(out|loaded|on (the|my) (table|bed|desk|lap|nightstand)|in my "
        r"(hand|lap)|next to me|beside me)\b|"
        r"\b(guns?|pistols?|rifles?|shotguns?|revolvers?|handguns?|glocks?)\b(\s+\w+){0,10}?\s+"
        r"(figured out|found out|worked out|cracked|guessed|found|got|know)\s+(\w+\s+)?"
        r"(code|combination|combo|key|pin)\b|"
        r"\b(looking|lookin|staring|starin|stared|looked)\s+at\s+(my\s+|his\s+|her\s+|the\s+|"
        r"\w+s\s+)+(gun|pistol|rifle|shotgun|glock|strap|piece)\b(\s+\w+){0,3}?\s+(all|for|"
        r"every|again|tonight|rn|right now)\b",
        benign_after=r"^\s*(\w+\s+){0,10}(clean(ing|s)? (it|them|the \w+|his \w+|her \w+)|oiling|"
        r"hunting|(deer|duck|pheasant|grouse|shooting) season|the range|clay pigeons?|"
        r"gunsmith|licen[cs]e)\b|"
        r"^\s*(for (hunting|the range|target|work|my job|the farm|pest|deer|duck|"
        r"clay|cleaning)|to (the|a) (range|gunsmith|shop|police|club)|at the (range|club))\b",
        benign_before=r"\b(game|film|movie|show|toy|nerf|water|paintball|airsoft|glue|staple|"
        r"nail|heat|hot glue)\s*$",
    ),
    # A blade with the bath, or held too long: "in the bathtub with a razor blade".
    _needing(
        "bath|tub|razor|blade|knife|holding|trust myself",
        SELF_HARM,
        r"\b(bath|bathtub|tub|shower)\b(\s+\w+){0,3}?\s+(with|and|w)\s+(the\s+|a\s+|my\s+|some\s+)?"
        r"(razor blades?|blades?|knife|stanley knife|box cutter|toaster|hair ?dryer)\b|"
        r"\b(bath|bathtub|tub)\b(\s+\w+){0,3}?\s+(with|and|w)\s+(the\s+|a\s+|my\s+)?razor\b"
        r"(?!\s+(to shave|for (my )?(legs|shaving)|shaving))|"
        r"\b(holding|held|hold|staring at|sat with|sitting with|been holding)\s+(the|a|my)\s+"
        r"(\w+\s+)?" + _KNIFE + r"\s+(for (an|a|\d+|hours|ages|the last|over)|right now|rn|"
        r"in my hand)\b(?!\s+(to|while|and (chop|cut|slice|cook)))|"
        r"\b(dont|do not|cant|can not|cannot)\s+trust\s+myself\s+(to put (it|them|the \w+) "
        r"down|with (it|them|the (pills|knife|knives|blade|razor|rope|gun))|around (the )?"
        r"(pills|knives|blades|razors|gun)|alone tonight|to stay safe|not to)\b",
        benign_after=r"^\s*(to shave|for (my )?(legs|shaving)|shaving|while (cooking|chopping|"
        r"shaving))\b",
    ),
    # Fumes in a shut room: "lit the charcoal inside the bathroom and taped the door".
    _needing(
        "charcoal|bbq|barbecue|grill|gas|oven|motor|engine|exhaust|fumes",
        SUICIDAL_IDEATION,
        r"\b(charcoal|bbq|barbecue|disposable bbq|grill|coals)\b(\s+\w+){0,3}?\s+(inside|in|into)"
        r"\s+(the|my)\s+(bathroom|bedroom|room|car|tent|closet|flat|wardrobe)\b|"
        r"\b(turned|turn|turning|left|leave|leaving)\s+(the\s+|all the\s+)?(gas|oven|hob)\s+"
        r"(on|running)\b(\s+\w+){0,5}?\s+(shut|locked|sealed|closed|taped)\s+(myself|the door|"
        r"the doors|the windows|me)\b|"
        r"\b(head|face)\s+in\s+the\s+oven\b|"
        r"\b(leaving|leave|left|keep|kept|running)\s+the\s+(motor|engine|car)\s+(on|running)\s+"
        r"(till|until|til)\s+(it was over|its over|it ended|i fell asleep|i pass out|i passed out|"
        r"i stop breathing|i stopped breathing|i was gone|im gone|i go|i dont wake|i didnt wake|"
        r"the end)\b|"
        r"\b(sealed|taped|taping|sealing)\s+(up\s+)?(the|all the)\s+(door|doors|windows|vents|"
        r"gaps)\b(\s+\w+){0,5}?\s+(charcoal|gas|bbq|fumes|engine|motor|exhaust)\b",
        benign_after=r"^\s*(to (cook|heat|warm)|for (dinner|tea|the roast))\b|"
        r"^\s*(\w+\s+){0,6}(for "
        r"(the |a )?(beach|park|camping|picnic|garden|party|weekend|trip|festival)|to (cook|"
        r"take))\b",
        # "charcoal for the bbq is in the car", "activated charcoal face mask in the bathroom".
        benign_before=r"\b(activated|mask|face|scrub|soap|toothpaste|filter|tablets|capsules|"
        r"pencils?|drawing|art|for (the|a|our|my))\s*$",
    ),
    # Poison bought with no use for it: "bought antifreeze and we dont even own a car".
    _needing(
        "antifreeze|anti freeze|rat poison|weedkiller|weed killer|paraquat|cyanide|sniper",
        SUICIDAL_IDEATION,
        r"\b(bought|buying|ordered|got|picked up)\s+(some\s+|a bottle of\s+|a tub of\s+)?"
        r"(antifreeze|anti freeze|rat poison|weedkiller|weed killer|paraquat|cyanide)\b"
        r"(\s+\w+){0,6}?\s+(dont|do not|didnt|never)\s+(even\s+)?(own|have|got|drive|need)\b|"
        r"\b(drink|drinking|drank|take|taking|swallow|swallowing|go drink|i go drink)\s+"
        r"sniper\b",
    ),
    # The research: "looked up how high a fall has to be", "searched how to hang yourself".
    _needing(
        "how high|how far|how tall|searched|googled|looked up|looking up|search|history|research|"
        "reading|read up|looking into|videos",
        SUICIDAL_IDEATION,
        r"\bhow\s+(high|far|tall)\s+(a|the)\s+(fall|drop|jump|building|bridge)\s+(has to|"
        r"needs to|would (have|need) to|must|should)\s+be\b(?!\s+(to|for)\s+(hurt|injure|break|"
        r"kill|crack|damage|harm)\s+(a|an|the|my|your|our|their)\s+(cat|dog|bird|egg|eggs|phone|"
        r"glass|pumpkin|melon|watermelon|tomato|kitten|puppy|parcel|package|drone))|"
        r"\b(searched|searching|googled|googling|looked up|looking up|search history|history|"
        r"researching|researched|reading about|read up on|looking into|watching videos (on|about))"
        r"\b(\s+\w+){0,3}?\s+(how to|ways to|best way to|painless ways? to|quickest way to|"
        r"easiest way to)\s+((hang|kill|drown|suffocate|poison|shoot|gas)\s+(yourself|myself|"
        r"oneself|urself|themselves|himself|herself)|die(?!\s+(my|your|her|his|hair|fabric|"
        r"clothes|shoes|wool|eggs))|od|overdose|end it|end (your|my|his|her|their) life|"
        r"slit (your|my|his|her|their) wrists|commit suicide|kms)\b",
    ),
    # A prior attempt with the vow to finish: "this time ill make sure".
    _needing(
        "this time",
        SUICIDAL_IDEATION,
        r"\bthis time\s+(ill|i will|i ll|im gonna|im going to|gonna)\s+(make sure|do it "
        r"(right|properly)|get it right|not (fail|mess it up|wake up)|finish (it|the job))\s*$",
    ),
    # Driving: "thinking about letting go of the wheel", "swerving into a semi".
    _needing(
        "wheel|swerv|veer|semi|18 wheeler",
        SUICIDAL_IDEATION,
        r"\b(think|thinking|thought|picture|picturing|imagine|imagining|want|wanting|urge|"
        r"tempted|could|should)\w*\s+(about\s+|of\s+)?(just\s+)?(let|letting)\s+go\s+of\s+the\s+"
        r"(steering\s+)?wheel\b(?!\s+(and|to)\s+(let|letting|hand|handing|give|giving|swap|"
        r"swapping)\s+(my|the|him|her|them|someone|somebody|\w+)\b)|"
        r"\b(think|thinking|thought|picture|picturing|imagine|imagining)\s+(about|of)?\s*"
        r"(is\s+)?(just\s+)?(swerv\w*|veer\w*|steer\w*|crash\w*|driv\w*)\s+(\w+\s+){0,2}?"
        r"(into|under|off)\s+(a|an|the|that|some|oncoming)\s+(\w+\s+)?(semi|semis|18 wheeler|"
        r"lorry|truck|tree|wall|bridge|barrier|pillar|bus|tanker|river|cliff|traffic)\b",
    ),
    # Standing at the edge: "stood at the rail for ages", "on the roof, 14 floors, looking down".
    _needing(
        "rail|edge|ledge|parapet|looking down|floors|storeys|stories|drop|fall|top of|roof of|"
        "for an hour|for hours|for ages",
        SUICIDAL_IDEATION,
        r"\b(bridge|overpass|viaduct|cliff|clifftop|roof|rooftop|car park|multi storey|tower|"
        r"balcony)\b(\s+\w+){0,8}?\s+(stood|sat|standing|sitting|leaned|leaning|hung|hanging)\s+"
        r"(at|on|over|by)\s+the\s+(rail|railing|railings|edge|ledge|parapet|barrier|side)\b"
        r"(\s+\w+){0,3}?\s+(for ages|for hours|for a (long )?(time|while)|a long time|forever|"
        r"looking down|staring down|thinking|working up)\b|"
        r"\b(stood|sat|standing|sitting|leaned|leaning)\s+(at|on|over|by)\s+the\s+(balcony|"
        r"bridge|roof|cliff|car park|overpass|viaduct)\s+(rail|railing|railings|edge|ledge|"
        r"parapet|barrier)\b(\s+\w+){0,4}?\s+(for ages|for hours|for an hour|for a (long )?"
        r"(time|while)|a long time|forever|looking down|staring down|thinking)\b|"
        r"\b(on|at)\s+the\s+(roof|top|edge|ledge|top floor)\s+of\s+(my|the|a|this|our)\s+"
        r"(\w+\s+)?(building|block|tower|flats|apartment|car park|parking garage|hotel|"
        r"hospital|multi storey|multistorey|tower block|bridge|cliff|cliffs)\b(\s+\w+){0,4}?\s+"
        r"(looking down|staring down|floors|storeys|stories|up high|alone|for (an|a|\d+) (hour|"
        r"while|long time)|for hours|for ages)\b|"
        r"\b(think|thinking|thought|picturing|picture|imagining|dreaming)\s+(about|of)\s+the\s+"
        r"(drop|fall|jump|height)\s+(from|off)\s+(the|that|my|our|this)\s+(\w+\s+)?(overpass|"
        r"bridge|viaduct|cliff|roof|rooftop|balcony|building|car park|multi storey|tower|"
        r"flyover|parking garage)\b",
        benign_after=r"^\s*(fixing|mending|clearing|cleaning|repairing|painting|for (the|a) "
        r"(photo|view|party|picnic))\b",
    ),
    # The spot chosen: "picked the spot", "the overpass on saturday, decided".
    _needing(
        "picked|chosen|chose|found",
        SUICIDAL_IDEATION,
        r"\b(already|finally|ive|i have|i)\s+(picked|chosen|chose|found)\s+(the|a|my)\s+"
        r"(spot|place|tree|bridge|location|way)\s*$|"
        r"^\s*(already\s+|finally\s+)?(picked|chosen|chose)\s+(the|a|my)\s+(spot|place|tree|"
        r"bridge|location)\s*$",
    ),
    _needing(
        "tonight|tomorrow|today|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
        "sunday|now|heading|walking|going|driving|on my way",
        SUICIDAL_IDEATION,
        r"\b(tonight|tomorrow|today|this weekend|" + _WEEKDAY + r")\s+(night\s+|morning\s+)?"
        r"(im|i am|im gonna|ill|i will|i m)\s+(going|go|walking|driving|heading)\s+(up\s+|out\s+"
        r")?to\s+the\s+(overpass|bridge|viaduct|tracks|railway|cliffs?|ledge|roof|rooftop|"
        r"quarry|dam|car park roof|top floor)\b(?!\s+(club|game|tournament|party|market|cafe|"
        r"pub|bar|restaurant|festival|garden|pool|cinema|terrace|gym|lounge|office|of (the|my) "
        r"(office|work|library|school)))|"
        r"\b(tonight|today|now)\s+i\s+end\s+(it|things|everything)\b|"
        r"\b(i|ill)\s+end\s+(it|things|everything)\s+(tonight|today|now|this weekend)\b|"
        r"\b(heading|walking|going|driving|on my way|off)\s+(out\s+|down\s+|up\s+)?(to|up to|"
        r"down to)\s+the\s+(tracks|railway|overpass|viaduct|cliffs?|ledge|quarry)\s+(now|rn|"
        r"right now)\b",
        benign_after=r"^\s*(to (meet|see|take|watch|fish|photograph|fix|repair|clean|work|"
        r"walk|spot|check)|with (my|the|a|some|friends|mates|the|him|her|them|\w+ (and|to))|"
        r"between|for (a|the|my|some) (?!last|final)\w+)\b",
    ),
    # Whoever is left: "something to remember me by".
    _needing(
        "remember me",
        SUICIDAL_IDEATION,
        r"\b(something|anything|things?)\s+to\s+remember\s+me\s+by\b",
        benign_after=r"^\s*(while|when|after|once|till|until) (im|i am|i|were|we) (away|"
        r"abroad|gone for|travelling|at|in|move|moving|leave|leaving|go|going|back)\b|"
        r"^\s*(\w+\s+){0,8}(baked|cookies|cake|biscuits|card|gift|present|photo|mug|coworkers?|"
        r"colleagues|last day|leaving do|retir\w*|moving|souvenir|keyring|tattoo)\b",
    ),
    # Understatement: "only exit left is a permanent one", "here, like alive".
    _needing(
        "permanent|like alive|as in alive|here like|burden|tire",
        SUICIDAL_IDEATION,
        r"\b(only|last|one)\s+(exit|way out|option|solution|answer|escape|fix|door)\s+(left\s+)?"
        r"(is|would be|now is)\s+(a\s+|the\s+)?permanent\b(?!\s+(one\s+)?(on|off|at|along|near)\s+"
        r"(the\s+)?(highway|motorway|road|freeway|m\d+|a\d+|interstate|bypass|ring road))|"
        r"\bpermanent\s+(solution|exit|way out|escape|fix|sleep|goodbye|vacation|holiday)\b"
        r"(?!\s+(for|to) (the|a|our|your|damp|leak))|"
        r"\bhere\s+(like|as in|i mean|meaning|meaning like)\s+(alive|living|existing|on earth|in "
        r"this world|breathing)\b|"
        r"\b(tired|sick|exhausted|done)\s+of\s+being\s+(a|such a)\s+burden\b|"
        r"\b(i\s+)?(don|done|dey)\s+tire\s+(for|of)\s+(this\s+)?(life|living|world)\b",
    ),
    # Slang and dialect: "mi jus waan dead", "aint tryna be here no more", "gonnae end it".
    _needing(
        "waan|wah|dead|ded|tryna|here|gonnae|gonny|gunna|gonan|bouta|boutta|bout|finna|fixing|"
        "fixin",
        SUICIDAL_IDEATION,
        r"\b(waan|wan|wah|wanna)\s+(fi\s+|to\s+)?(dead|ded|die|done wid life)\b|"
        r"\b(aint|am not|im not|i am not|ion|i dont|idont|i dnt|dont|dnt)\s+(even\s+)?"
        r"(tryna|trying to|wanna|want to|wan)\s+be\s+(here|alive|around)\s+(no more|no mo|"
        r"any ?more|any longer|nomore)\b|"
        r"\b(gonnae|gonny|gunna|gonan|bouta|boutta|bout to|finna|fixing to|fixin to)\s+(just\s+)?"
        r"end\s+it\b(?!\s+(with|between|off|there|early))",
    ),
)

# Someone close who says it or does it.
_SOMEONE_CLOSE: tuple[Rule, ...] = (
    _needing(
        "he|she|they|him|her|them",
        SUICIDAL_IDEATION,
        r"\b" + _SOMEONE + r"\s+(hopes?|wishes|wished|prays?|wants?)\s+(that\s+)?(he|she|they)\s+"
        r"(doesnt|dont|does not|do not|wont|will not|never|wouldnt|didnt)\s+(wake|wakes|waking)"
        r"\b|"
        r"\b" + _SOMEONE + r"\s+(hopes?|wishes|wished)\s+(that\s+)?(he|she|they)\s+(was|were|"
        r"is)\s+(dead|never born|not alive|gone)\b|"
        r"\b(says|said|saying|keeps saying|tells me|told me)\s+(that\s+)?" + _SOMEONE + r"\s+"
        r"(is\s+)?(done|finished|tired|sick)\s+(with\s+|of\s+)?(living|life|being alive|"
        r"existing)\b|"
        r"\b(hes|shes|theyre|he is|she is|they are)\s+done\s+(living|with life|with living|"
        r"being alive)\b|"
        r"\b(sorry|apologi\w+)\s+(for|about)\s+what\s+(shes|hes|theyre|she is|he is|they are|"
        r"she s|he s|she was|he was|they were)\s+(about|going|gonna)\s+(to\s+)?do\b|"
        r"\b(says|said|saying|thinks|thought|feels|tells me|told me|keeps saying)\s+(that\s+)?"
        r"(we|wed|we would|we d|everyone|everybody|the family|the kids|they|theyd|you|youd|i|"
        r"id)\s*(would|d|will|are|re)?\s*(all\s+)?(be\s+)?better\s+(off\s+)?without\s+(him|"
        r"her|them)\b(?!\s+(at|in|on|for|there|around|coming|here|tonight|today))|"
        r"\b(hell|shell|theyll|he will|she will|they will)\s+(soon\s+)?be\s+gone\s+(soon|for "
        r"good|forever|before long|by (then|tomorrow|christmas|the weekend|next week|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        benign_before=r"\b(character|hero|heroine|villain|film|movie|show|series|book|novel|"
        r"episode|story|dog|cat)\b(\s+\w+){0,5}\s*$",
        benign_after=r"^\s*(at home|in peace|peacefully|in (his|her|their) (sleep|own bed)|"
        r"on holiday|on a trip|for (the|a) (week|weekend|trip|holiday)|(hes|shes|theyre|he is|"
        r"she is|they are) (moving|going|off|leaving|starting|retiring|quitting|resigning)|"
        r"moving|to (uni|university|college|work|the army))\b",
    ),
    _needing(
        "stockpil|hoard|saving|counted",
        OVERDOSE,
        r"\b(stockpil\w*|hoarding|saving up|stashing|squirrelling|squirreling)\s+(all\s+)?"
        r"(his|her|their|mums?|moms?|dads?)\s+(\w+\s+)?" + DRUGS + r"\b",
    ),
)

# More kinds of the end said without its word.
_MORE: tuple[Rule, ...] = (
    # "wish i just wouldnt wake up tmrw".
    _needing(
        "wake|waking",
        SUICIDAL_IDEATION,
        r"\b(wish|hope|hoping|pray)\w*\s+(every (night|day|morning)\s+|at night\s+)?(that\s+)?i\s+"
        r"(just\s+)?(would\s+|could\s+)?(wouldnt|"
        r"didnt|dont|wont|never|would never|would not|did not|do not|will not|just dont|"
        r"wouldn t|didn t)\s+(wake|waking)\b",
        benign_after=WAKE_TOO_EARLY_AFTER,
        negatable=False,
    ),
    # "i want to vanish and have nobody come looking".
    _needing(
        "looking",
        SUICIDAL_IDEATION,
        r"\b(disappear|vanish|go missing|drift away|fade away)\b(\s+\w+){0,4}?\s+(nobody|"
        r"no one|noone)\s+(\w+\s+)?(come|comes|coming|to come)\s+looking\b",
    ),
    _needing(
        "disappear|vanish",
        SUICIDAL_IDEATION,
        # "disappear from instagram for good": an app left, not a life.
        r"\b(disappear|vanish)\b(?!\s+(from|off)\s+(social|socials|insta|instagram|facebook|fb|"
        r"twitter|tiktok|snapchat|snap|the (internet|app|apps|group|chat|gc)|online))(\s+\w+){1,6}?"
        r"\s+(forever|for good|permanently)\b",
        benign_after=r"^\s*(from (social media|insta|facebook|the internet|work|the group|"
        r"the chat))\b",
    ),
    # Into the water and on: "walk into the surf tonight and keep swimming out".
    _needing(
        "surf|sea|ocean|waves|water|river|lake|tide",
        SUICIDAL_IDEATION,
        r"\b(walk|walking|wade|wading|swim|swimming|go|going|head|heading)\s+(out\s+)?(into|in to|"
        r"out to|out into|in)\s+the\s+(surf|sea|ocean|waves|water|river|lake|tide)\b"
        r"(\s+\w+){0,6}?\s+(and\s+)?(keep (swimming|walking|going)( out)?|not (come|coming|"
        r"swim|swimming) back|never come back|swim out|swimming out|not turn back|never turn "
        r"back)\b",
    ),
    # Drink with the pills, or the cabinet emptied: "half a bottle of vodka and everything in
    # the medicine cabinet".
    _needing(
        "cabinet|cupboard|vodka|whisky|whiskey|wine|gin|rum|tequila|bottle",
        OVERDOSE,
        r"\b(and|plus|with|n|then)\s+(everything|all|whatever (was|is)|the lot)\s+(in|from)\s+"
        r"(the|my|mums?|moms?|dads?)\s+(medicine|bathroom|pill|meds)\s+(cabinet|cupboard|"
        r"drawer|box)\b|"
        r"\b(half a|a|whole|a whole|the whole|full|most of a) (bottle|litre|liter|fifth) of "
        r"(vodka|whisky|whiskey|wine|gin|rum|tequila|jack|bourbon)\b(\s+\w+){0,3}?\s+(and|"
        r"with|plus|on top of)\s+(\w+\s+){0,3}?(" + DRUGS + r"|everything in the)\b",
        benign_after=r"^\s*(as prescribed|for (the|my) (headache|hangover))\b",
    ),
    # A double sense owned: "tied the knot today, and not the wedding kind".
    _needing(
        "knot|kind|sort|type",
        SUICIDAL_IDEATION,
        r"\b(tie|tied|tying|ties)\s+(the|a)\s+knot\b(\s+\w+){0,5}?\s+not\s+the\s+\w+\s+"
        r"(kind|type|sort|way)\b|"
        r"\b(trip|journey|sleep|rest|exit|checkout|check out|holiday|vacation|leave|drop|swing|"
        r"leap|flight|ride)\b(\s+\w+){0,4}?\s+(and\s+|but\s+)?not\s+the\s+(fun|holiday|"
        r"vacation|nice|good|wedding|hotel|work|normal|usual|nap|bed)\s+(kind|type|sort)\b",
    ),
    # Relief said by nobody: "nobody will have to worry about me after this weekend".
    _needing(
        "nobody|no one|noone|none of you|no1",
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone|none of you|no1)\s+(will\s+|ll\s+|is going to\s+|is gonna\s+|"
        r"would\s+)?(have|need|has|needs)\s+to\s+(worry|deal|put up|cope|bother|look after|care|"
        r"think)\s+(about|with|for|of)?\s*me\b(\s+\w+){0,3}?\s+(after|much longer|for much "
        r"longer|any ?more|soon|ever again|for long)\b",
        benign_after=r"^\s*(\w+\s+){0,8}(exams?|finals|deadline|surgery|operation|recovery|"
        r"the move|results|interview|test|assessment|project|thesis|dissertation|driving test|"
        r"probation|treatment|rehab|course|training)\b",
    ),
    # A year not seen: "dont think ill see my next birthday", "wont be here come spring".
    _needing(
        "see|be here|be around|be alive|come|myself|make",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|cant|cannot|can not)\s+(think|reckon|see)\s+(ill|i will|i ll|im gonna)\s+"
        r"(see|make it to|live to see|be here for|be around for)\s+(my next|another|next|the "
        r"next|this)\s+(birthday|christmas|year|summer|spring|winter|autumn|new year|easter)\b|"
        r"\b(doubt|dont think|do not think)\s+(ill|i will|i ll)\s+(see|live to see)\s+(my next|"
        r"another|next)\s+(birthday|christmas|year|summer|spring|winter|autumn)\b|"
        r"\b(wont|will not|not gonna|not going to|probably wont|prob wont|prolly wont|doubt i ll|"
        r"doubt ill)\s+(see|make it to|live to see)\s+(next|another|the next)\s+(birthday|"
        r"christmas|xmas|year|summer|spring|winter|autumn|new year|easter)\b|"
        r"\b(dont|do not|cant|cannot|can not)\s+see\s+myself\s+(making it|living|getting|reaching|"
        r"turning|growing)\s+(to\s+|past\s+|till\s+|until\s+)?(\d+|old|older|another|next)\b|"
        r"\bif\s+i\s+(dont|do not|never)\s+make\s+it\s+(thru|through|past|to|till|until)\s+"
        r"(tonight|tomorrow|the night|the weekend|morning|the morning)\b|"
        r"\b(wont|will not|not gonna|not going to|aint gonna)\s+be\s+(around|here|alive)\s+come\s+"
        + _OCCASION
        + r"\b(?!\s+(party|parties|drinks|dinner|meal|do|celebration|bash|lunch|cake|trip)\b)",
        benign_after=r"^\s*(\w+\s+){0,6}(moving|move|leaving (the|my|this|in|for|at)|emigrat\w*|"
        r"relocat\w*|transfer\w*|posted|deployed|abroad|new job|new school|retir\w*|the office|"
        r"this (job|company|town|city|flat|house))\b",
    ),
    # Wanting not to be: "id rather not be alive", "cant wait to not exist", "let me not wake up".
    _needing(
        "rather|wait|let|hit|run|struck|killed|cancer|sick|ill|covid",
        SUICIDAL_IDEATION,
        r"\b(id|i would|i d|would|honestly)\s+(much\s+)?rather\s+(not be alive|not exist|not be "
        r"here|not be around|be dead|not wake up|die|be gone)\b(?!\s+(at \d|at (this|that) "
        r"hour|on (a )?(monday|mondays)|before (coffee|\d|noon)|for (a|two|three|\d+|the|one|a "
        r"few|a couple of) (weeks?|days?|hours?|months?|while|bit|minutes?)|until|till|on (a|the) "
        r"beach))(?!\s+(than|instead of|before)\s+"
        r"(?!(keep|go on|carry on|live|living|feel|feeling|go back|be alive|wake up|face|deal|"
        r"spend|another|continue|stay|be here|exist)\b))|"
        r"\b(cant wait|cannot wait|looking forward|counting down|excited)\s+to\s+(not exist|not be "
        r"alive|be dead|die|stop existing|not be here|be gone)\b(?!\s+(of|from|laughing|for (a|two|"
        r"three|\d+|the|one|a few|a couple of) (weeks?|days?|hours?|months?|while|bit|minutes?)|"
        r"on (a|the|my) (beach|holiday|vacation|trip|island|cruise)|until|till|at \d))|"
        r"\b(just\s+)?let me\s+(not wake up|die|not exist|stop existing|sleep forever|go for good)"
        r"\b(?!\s+(of|from|laughing|in peace on))|"
        r"\b(want|wanna|hope|hoping|wish|wishing|pray|praying)\w*\s+(to\s+|i\s+|that\s+i\s+)"
        r"(just\s+)?(get|be|got)\s+(hit|run over|killed|struck)\s+by\s+(a|the|some|an)\s+(bus|car|"
        r"train|truck|lorry|van|drunk driver|tram|tube)\b|"
        r"\b(hope|hoping|wish|pray|praying)\w*\s+(that\s+)?i\s+(get|catch|develop)\s+(\w+\s+){1,2}"
        r"and\s+(die|dont survive|never recover)\b",
        benign_before=r"\b(thought|swore|swear|felt like|was sure)\s*$",
    ),
    # The world without the client: "the world would keep spinning without me".
    _needing(
        "without me|if i was|if i were|if i wasnt",
        SUICIDAL_IDEATION,
        r"\b(world|everyone|everybody|everything|they|family|people|life|you all|yall|the kids|"
        r"my kids)\s+(would|d|will|could)\s+(just\s+)?(keep spinning|go on|carry on|keep going|be "
        r"fine|be better|be okay|be ok|be happier|be lighter|move on)\s+without\s+me\b(?!\s+(for|"
        r"on|while|this|at|when|if|today|tomorrow|tonight|there|in|during))|"
        r"\b(everyone|everybody|they|people|my family|the world|you all|yall|mum|mom|dad|my \w+)\s+"
        r"(would|d|will)\s+(all\s+)?(be\s+)?(relieved|happier|better off|fine|glad|free|lighter)\s+"
        r"if\s+i\s+(was|were|wasnt|werent)\s+(gone|dead|not here|not around|not alive)\b",
    ),
    # Life insurance that pays out: "pays out after two years".
    _needing(
        "insurance|policy",
        SUICIDAL_IDEATION,
        r"\b(life insurance|insurance|policy)\b(\s+\w+){0,3}?\s+(pays out|pay out|would pay out|"
        r"will "
        r"pay out|covers|would cover|still pays)\s+(after (two|2|one|1|\d+|a) (years?|yrs)|even if|"
        r"if "
        r"i (die|died|kill|do it|go)|on suicide|for suicide|suicide)\b",
        benign_after=r"^\s*(\w+\s+){0,6}(agent|broker|adviser|advisor|insurer|bank|mortgage|"
        r"explained|said|says|told|according|small print|the policy|for the (house|kids|family)|"
        r"standard)\b",
    ),
    # Who gets what: "sorted out who gets my guitar".
    _needing(
        "who gets|who will get|who should get|who can have|who inherits",
        SUICIDAL_IDEATION,
        r"\b(sorted|sorting|worked|working|figured|figuring|decided|deciding|written|wrote|writing|"
        r"made a list of|listed)\s+(out\s+)?who\s+(gets|will get|should get|can have|inherits)\s+"
        r"(my|all my)\b(?!\s+(grandmas|grans|nans|mums|moms|dads|fathers|mothers|aunts|uncles|"
        r"parents|grandads|grandpas|late|nanas|grandparents|husbands|wifes)\b)",
        benign_after=r"^\s*(\w+\s+){0,4}(when|while|after|once) (i|im) (move|moving|leave|leaving|"
        r"go|away|travel)\b|^\s*(\w+\s+){0,8}(after (her|his|their) (funeral|death|passing)|"
        r"(her|his|their) (will|estate))\b",
    ),
    # The funeral planned: "made a playlist for my funeral", "what to wear in the coffin".
    _needing(
        "funeral|coffin|casket",
        SUICIDAL_IDEATION,
        r"\b(playlist|songs?|music|outfit|clothes|readings?|flowers|hymns?|speech|eulogy)\s+for\s+"
        r"my\s+(own\s+)?funeral\b|"
        r"\b(wear|wearing|be buried|buried|put me)\s+(in|with)\s+(the|my)\s+(coffin|casket)\b",
    ),
    # Notes for several of the family: "ive written notes for my mum and my brother".
    _needing(
        "notes|letters|cards",
        SUICIDAL_IDEATION,
        r"\b(wrote|written|writing|left|leaving)\s+(\w+\s+)?(notes|letters|cards)\s+(for|to)\s+"
        r"(my\s+)?" + _FAMILY + r"\s+(and|&)\s+(my\s+)?" + _FAMILY + r"\b(?!\s+(about|on|with|re|"
        r"saying|to|for the|from))",
    ),
    # Last messages and goodbyes said for good.
    _needing(
        "last|final|goodbye",
        SUICIDAL_IDEATION,
        r"\b(writing|wrote|written|sending|sent|recording|recorded|typing)\s+my\s+(last|final)\s+"
        r"(messages?|texts?|words|letters?|notes?|posts?|videos?)\b(?!\s+(of the|before (my|the|"
        r"our) (holiday|trip|flight|leave|break)|to (work|the team|clients)|for (work|the (day|"
        r"week|year|term))))|"
        r"\b(saying|said|say)\s+(my\s+)?goodbyes?\b(\s+\w+){0,2}?\s+(without (them|anyone|anybody|"
        r"people|her|him) (knowing|noticing|realising|realizing)|properly|for good|for real|for "
        r"the last time|forever)\b(?!\s+(before|to (the|my|our) (house|flat|job|school|town|"
        r"city)))|"
        r"\bthis is me saying goodbye\b(?!\s+to\s+(twitter|facebook|social media|insta|this|"
        r"the|my \w+ (job|flat|house)))",
    ),
    # Possessions given away with no reason given: "ive started giving my stuff away".
    _needing(
        "giv|gave",
        SUICIDAL_IDEATION,
        r"\b(giving|gave|given|give)\s+(away\s+)?(all\s+)?(my|of my)\s+(stuff|things|belongings|"
        r"possessions)(\s+away)?\s*$",
    ),
    # The means at hand: "the blade is next to me", "hid the razors in my pencil case".
    _needing(
        "next to me|beside me|by me|hid|stash|hand|hands|palm|lap",
        SELF_HARM,
        r"\b(blade|blades|razor|razors|knife|pills|tablets|rope|noose|gun)\s+(is|s|are|re)\s+"
        r"(right\s+)?(next to|beside|by|with)\s+me\b|"
        r"\b(blade|blades|razor blades?|pills|tablets)\s+(is|s|are|re)\s+(in|on)\s+my\s+(hand|"
        r"hands|palm|lap|wrist|arm)\b(?!\s+((about|going|gonna) )?(to shave|shaving|to take|with "
        r"(water|breakfast|food|dinner|lunch)))|"
        r"\b(hid|hidden|hiding|stashed|stashing)\s+(the|my|some|a|more)\s+(razors?|blades?|razor "
        r"blades|pills|tablets|rope|knife|knives)\s+(in|under|behind|inside)\s+(my|the)\b",
        benign_after=r"^\s*(\w+\s+){0,4}(im shaving|i m shaving|shaving|to shave|for shaving|"
        r"(im|i m|i am) (chopping|cooking|cutting up|slicing|carving|peeling|prepping)|"
        r"so (my|the|our) (toddler|kids?|baby|son|daughter|dog|puppy|children|grandkids)|from "
        r"(my|the|our) (toddler|kids?|baby|children|dog|puppy|grandkids)|childproof|"
        r"out of reach)\b",
    ),
    # The body's harm by its look: "my thighs are covered in fresh cuts".
    _needing(
        "covered|full of",
        SELF_HARM,
        r"\b(thighs?|arms?|wrists?|legs?|stomach|hips?|forearms?|skin)\s+(are|is|were|was)\s+"
        r"(covered|full|all)\s+(in|of|with)\s+(fresh\s+|new\s+)?(cuts|scars|burns|scratches|"
        r"slashes)\b",
        benign_after=r"^\s*(\w+\s+){0,2}(from|after) (the|a|my|football|rugby|gardening|"
        r"brambles|the cat|the dog|climbing)\b",
    ),
    # The place and the edge: "the wrong side of the railing", "i know which bridge".
    _needing(
        "side of|over the|onto the|which|calling|platform|deciding|nerve|courage",
        SUICIDAL_IDEATION,
        r"\b(on|to|onto)\s+the\s+(wrong|other|outside|far)\s+side\s+of\s+the\s+(railing|railings|"
        r"barrier|fence|rail|parapet|ledge|balcony)\b(?!(\s+\w+){0,3}\s+(at the (zoo|park|match|"
        r"game|concert|museum|aquarium|gig|festival|stadium|track)|and got told off|to (get|take) "
        r"(a|the) (photo|picture|selfie)))|"
        r"\b(climbed|climbing|climb|stepped|stepping|got)\s+(over|onto|on to|past)\s+the\s+"
        r"(railing|railings|barrier|parapet|ledge|safety fence|safety rail)\b(?!\s+to\s+(get|"
        r"grab|fetch|reach|take|see|look))|"
        r"\bi\s+(know|picked|chose|found)\s+(which|what|the)\s+(bridge|building|cliff|overpass|"
        r"car park|viaduct|tower|rooftop)\s*$|"
        r"\b(river|sea|ocean|water|lake|drop|edge|ledge|bridge|tracks|void|height|rope|pills|"
        r"blade)\b(\s+\w+){0,8}?\s+(its|it s|is|s|keeps|keep)\s+(calling|pulling)\s+(me|my name|"
        r"at me)\b(?!\s+(so|for a|to (swim|sail|visit)))|"
        r"\bedge of the platform\b(\s+\w+){0,6}?\s+(when|as|while|till|until)\s+(the\s+)?"
        r"(fast|express|freight|non stop|trains?|\w+ ones|one)\b|"
        r"\b(cliffs?|bridge|overpass|viaduct|tracks|edge|ledge|roof|rooftop|car park)\b"
        r"(\s+\w+){0,10}?\s+(deciding|working up the (nerve|courage)|trying to decide|making up my "
        r"mind|building up the (nerve|courage))\b",
    ),
    # The day named: "tomorrow is the day i go".
    _needing(
        "the day|the night",
        SUICIDAL_IDEATION,
        r"\b(tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(is|s)\s+(the|my)\s+(day|night)\s+(i go|i do it|it happens|ill do it|i end it|it ends|"
        r"i leave for good|i finally go)\s*$",
    ),
    # Voices that say to: "the voices say i should jump".
    _needing(
        "voice",
        SUICIDAL_IDEATION,
        r"\bvoices?\b(\s+\w+){0,2}?\s+(say|says|tell me|tells me|telling me|keep telling me|"
        r"told me|"
        r"are saying|keep saying|keeps saying)\s+(that\s+)?(i\s+should|to|i\s+need\s+to|i\s+have\s+"
        r"to|i\s+must|i\s+deserve\s+to)\s+(jump|die|kill myself|end it|hurt myself|cut|do it|go|"
        r"drown|hang)\b",
    ),
    # Someone close who no longer wants to wake.
    _needing(
        "she|he|they",
        SUICIDAL_IDEATION,
        r"\b(she|he|they)\s+(doesnt|does not|dont|didnt|no longer)\s+wants?\s+to\s+(wake up|be "
        r"here|exist)\s+(tomorrow|again|any ?more|ever|any longer)\b",
    ),
    # A favour done by dying: "id be doing everyone a favour by disappearing for good".
    _needing(
        "favour|favor",
        SUICIDAL_IDEATION,
        r"\b(doing|do|did)\s+(everyone|everybody|them|you|you all|the world|my family|us all|"
        r"yall)\s+a\s+favou?r\b(\s+\w+){0,3}?\s+(by|if i)\s+(just\s+)?(disappearing|dying|"
        r"going|not being here|not existing|ending it|killing myself|leaving for good|"
        r"disappeared|died|went|wasnt here|was gone)\b(?!\s+(to|on|at)\b|\s+for\s+(a|an|the|\d+|"
        r"my|some|work)\b|\s+(from|off)\s+(the|this|my|our|their)\s+(\w+\s+)?(group|chat|gc|"
        r"conversation|thread|internet|socials?|facebook|insta|instagram|twitter|team|office|"
        r"project|committee|meeting|party|rota)\b)",
    ),
    # The means researched by dose: "which tablets would do it", "how many pills id need".
    _needing(
        "which|what|how many|how much",
        OVERDOSE,
        r"\b(which|what|how many|how much)\s+(of\s+(my|the|these)\s+)?(\w+\s+){0,2}?"
        + DRUGS
        + r"\s+(would|will|could|might)\s+(do it|do the job|be enough|kill (me|you|someone)|finish "
        r"(it|me))\b|"
        r"\bhow (many|much)\s+(of\s+(my|the|these)\s+)?(\w+\s+)?" + DRUGS + r"\s+(id|i would|i d|"
        r"youd|you would|it would|it d|someone would)\s+(need|take|have to take)\b",
        benign_after=r"^\s*(for (the|my|a|an|this) (\w+\s+)?(trip|holiday|week|month|journey|"
        r"flight|headache|pain|cold|migraine|period|cramps|back|backache|toothache|hangover|flu|"
        r"fever|allergy|allergies|hay fever|cough|sore throat|infection|rash|knee|neck|sleep)|"
        r"to (get|last|cover))\b",
    ),
    # Carbon monoxide made ready: "bought a hosepipe and some tape".
    _needing(
        "hose|pipe|tubing",
        SUICIDAL_IDEATION,
        r"\b(hose|hosepipe|hose pipe|tubing)\b(\s+\w+){0,3}?\s+(and|with|plus)\s+(some\s+|a roll of"
        r"\s+|the\s+)?(duct\s+|gaffer\s+|parcel\s+|electrical\s+)?tape\b",
        benign_after=r"^\s*(\w+\s+){0,3}(to (fix|repair|patch|mend|seal)|for the (garden|leak|"
        r"pond|car wash|greenhouse|allotment|plants)|leak)\b",
    ),
    # A rope put up: "put the rope over the beam in the garage".
    _needing(
        "rope|belt|cord|noose|sheet",
        SUICIDAL_IDEATION,
        r"\b(put|putting|threw|throw|thrown|tied|tying|tie|hung|hanging|slung|got|fixed)\s+(a|the|"
        r"my)\s+(rope|belt|cord|noose|sheet|ligature)\s+(over|around|round|to|from|on)\s+(a|the)\s+"
        r"(beam|rafter|rafters|banister|bannister|loft hatch|tree branch|branch|hook|pipe|door "
        r"frame|curtain rail|ceiling|light fitting|coat hook)\b",
        benign_after=r"^\s*(\w+\s+){0,4}(for (the|a) (swing|hammock|washing|tarp|tent|bird "
        r"feeder|lights|decorations|climbing)|to (hang|hold|make|pull|lift|dry|secure|climb)|swing)"
        r"\b",
    ),
    # Not coming down: "on the roof of the car park, not coming down".
    _needing(
        "coming|going|come|down",
        SUICIDAL_IDEATION,
        r"\b(roof|ledge|edge|bridge|top|cliff|cliffs|tracks|tower|building|car park|multi storey|"
        r"sea|water|river|woods|forest|lake)\b(\s+\w+){0,6}?\s+(not|never|wont be|im not|i m "
        r"not|am not|wont|will not|refuses to|isnt|is not|and not|not gonna)\s+(coming|going|come|"
        r"go)\s+(back\s+)?(down|back|home|out|off)\b(?!\s+(till|until|for|"
        r"before|tonight|today|yet|soon|early|late|this|next|in time|with))",
    ),
    # The harm covered: "my sleeves are hiding a lot right now", "cuts all up her arms".
    _needing(
        "hiding|covering|cuts|scars|burns|marks|scratches",
        SELF_HARM,
        r"\b(sleeves|hoodie|jumper|sweater|bracelets?|watch|watch strap|plasters?|bandages?)\s+"
        r"(are|is|s|re)\s+(hiding|covering)\s+(a lot|everything|it all|the (cuts|marks|scars|"
        r"burns|damage)|what i did|what ive done|a multitude)\b|"
        r"\b(has|got|have|had|with|found)\s+(fresh\s+|new\s+)?(cuts|scars|burns|scratches|"
        r"marks|slashes)\s+(all\s+)?(up|over|down|across|on)\s+(his|her|their|my)\s+(arms?|"
        r"wrists?|thighs?|legs?|stomach|forearms?|hips?)\b",
        benign_after=r"^\s*(\w+\s+){0,2}(from|after) (the|a|his|her|their|my|football|rugby|"
        r"gardening|brambles|climbing|fall|bike)\b",
    ),
    # Letters for each: "a letter to each of my kids".
    _needing(
        "each of",
        SUICIDAL_IDEATION,
        r"\b(wrote|written|writing|left|leaving|finished)\s+(a\s+)?(letter|note|card|message|"
        r"video)\s+(to|for)\s+each\s+of\s+(my|them|you|the)\b",
        benign_after=r"^\s*(\w+\s+){0,3}(for (christmas|their birthday|the holidays|easter)|"
        r"thanking|to (thank|say thanks))\b|^\s*(\w+\s+){0,6}(first day|school|graduation|"
        r"birthdays?|christmas|wedding|christening|time capsule|new school|exams|university|"
        r"uni|college|camp|valentines?)\b",
    ),
    # A pet given for good: "giving my dog to my sister for good".
    _needing(
        "for good|permanently|forever",
        SUICIDAL_IDEATION,
        r"\b(giving|gave|give|given|handing|handed|rehoming|rehomed|re homing)\s+(my|our|the)\s+"
        r"(dogs?|cats?|pets?|kitten|puppy|rabbits?|hamster|parrot|bird|fish|horse)\s+(away\s+)?"
        r"(to\s+(\w+\s+){1,2})?(for good|permanently|forever)\b",
        benign_after=r"^\s*(\w+\s+){0,3}(moving|move|emigrating|(because|cos|as|since)"
        + _NO_EXCUSE
        + r"|allerg\w*|"
        r"new job|landlord|the baby)\b",
    ),
    # Reading it after: "if you're reading this i'm already gone".
    _needing(
        "reading this",
        SUICIDAL_IDEATION,
        r"\bif\s+(youre|you are|ur|u r|anyone is|someone is|you re)\s+reading\s+this\b"
        r"(\s+\w+){0,3}?\s+(im|i am|i m|ill be|i will be|i have|ive)\s+(already\s+|probably\s+)?"
        r"(gone|dead|not here|not around|no longer here|done it)\b(?!\s+(on|for|to|away|abroad|"
        r"until|till|back|camping|travelling|traveling|fishing|home|out|shopping|skiing|"
        r"hiking|off)\b)",
    ),
    # A last word to pass on: "tell my mum i love her".
    _needing(
        "tell",
        SUICIDAL_IDEATION,
        r"^\s*(please\s+)?tell\s+(my|our)\s+(\w+\s+)?(mum|mom|dad|kids|family|sister|brother|"
        r"wife|husband|son|daughter|gran|nan|parents|boys|girls)\s+(that\s+)?i\s+(love|loved)\s+"
        r"(her|him|them|you)(\s+(so much|always|forever|very much))?\s*$",
    ),
    # Notes left for after, in a long message: "sorted the letters for everyone for after".
    _needing(
        "after",
        SUICIDAL_IDEATION,
        r"\b(letters|notes|note|letter|passwords|cards|instructions|everything|it all)\b"
        r"(\s+\w+){0,6}?\s+for\s+after\s*$",
    ),
    # The body in a state again: "my arms are a mess again".
    _needing(
        "mess|state|wreck|bits|ribbons|shredded|torn",
        SELF_HARM,
        r"\bmy\s+(arms?|wrists?|thighs?|legs?|stomach|hips?)\s+(are|is|were|was)\s+(a (mess|state|"
        r"wreck)|wrecked|in (a state|bits|ribbons)|shredded|torn up|cut up)\s+again\b",
        benign_after=r"^\s*(\w+\s+){0,2}(from|after|eczema|psoriasis|rash|hives|bites|sunburn)\b",
    ),
    # No point, asked: "whats even the point of living".
    _needing(
        "point",
        SUICIDAL_IDEATION,
        r"\b(whats|what s|what is)\s+(even\s+|really\s+)?the\s+point\s+(in|of)\s+(living|life|"
        r"going on|being alive|existing|carrying on|waking up|being here|any of it)\b",
        benign_after=r"^\s*(in|at|like|here|there|with|on|near|if)\b",
    ),
    # Ending it, said with a time: "ending it this weekend, just so you know".
    _needing(
        "ending",
        SUICIDAL_IDEATION,
        r"^\s*(im\s+|i m\s+|i am\s+)?ending\s+(it|things|it all)\s+(tonight|tomorrow|this "
        r"(weekend|week|evening)|on \w+day|(mon|tues|wednes|thurs|fri|satur|sun)day)\b"
        r"(?!(\s+\w+){0,2}\s+(with|between))",
    ),
    # "do it", decided and dated: "ive decided im going to do it on friday".
    _needing(
        "decided|made up|ready",
        SUICIDAL_IDEATION,
        r"\b(decided|made up my mind|im ready)\b(\s+\w+){0,3}?\s+(going to|gonna|ill|i ll|to)\s+"
        r"do\s+it\s+(on\s+\w+day|this (weekend|week)|tomorrow|tonight|next week|(mon|tues|wednes|"
        r"thurs|fri|satur|sun)day)\b",
        benign_after=r"^\s*(\w+\s+){0,2}(ask (her|him|them) out|propose|pop the question|tell "
        r"(her|him|them|my \w+)|quit|resign|hand in|ask for|book|sign up|buy|get (the|a|my) "
        r"(tattoo|piercing|haircut))\b",
    ),
    # On the platform edge: "stood on the platform edge for ages waiting for the express".
    _needing(
        "platform|yellow line",
        SUICIDAL_IDEATION,
        r"\b(platform edge|edge of the platform|yellow line)\b(\s+\w+){0,6}?\s+(for ages|for hours|"
        r"for a (long )?(time|while)|waiting for the (express|fast|freight|non stop))\b",
        benign_after=r"^\s*(\w+\s+){0,6}(late|delayed|cancelled|canceled|running late|on time|"
        r"to (work|london|school|uni|the city|town)|commute|rush hour|strike)\b",
    ),
    # Goodbye letters sent: "put my goodbye letters in the post".
    _needing(
        "goodbye|farewell",
        SUICIDAL_IDEATION,
        r"\b(my|the)\s+(goodbye|farewell)\s+(letters?|notes?|messages?|texts?|videos?|posts?)\b"
        r"(?!\s+(from|to (the|my) (team|office|colleagues|class|work|group)|for (work|the team)))",
        benign_after=r"^\s*(\w+\s+){0,8}(coworkers|co workers|colleagues|team|company|job|office|"
        r"class|classmates|students|pupils|leaving do|retir\w*|workmates|staff|clients|"
        r"customers|neighbours|neighbors|moving|the move)\b",
    ),
    # Over for good: "i just want it to be over for good".
    _needing(
        "over|end|stop",
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish|need)\w*\s+(it|this|everything)\s+to\s+(be over|end|stop)\s+(for "
        r"good|forever|permanently)\b",
        benign_after=r"^\s*(\w+\s+){0,5}(renovation|refurb|build|building work|building works|"
        r"extension|project|the move|divorce|case|court|exams?|war|strike|cold|flu|winter|"
        r"lockdown|pandemic|drama|argument|fight|feud|process|season|heatwave|commute|roadworks|"
        r"covid|treatment|chemo|audit|inspection)\b",
    ),
    # Relief left unsaid: "dont worry about me, soon you wont have to".
    _needing(
        "worry|worrying",
        SUICIDAL_IDEATION,
        r"\b(dont|do not|no need to|stop)\s+(worry|worrying)\s+about\s+me\b(\s+\w+){0,2}?\s+"
        r"(soon\s+)?(you|yall|u|they|no one|nobody)\s+(wont|will not|will never|soon wont)\s+"
        r"(have to|need to|hafta)\s*$",
    ),
    # Someone close who wants to go be with the dead: "she wants to go be with dad".
    _needing(
        "she|he|they",
        SUICIDAL_IDEATION,
        r"\b(he|she|they)\s+(wants?|wanted|is ready|longs?|keeps? asking)\s+to\s+go\s+(and\s+)?"
        r"(be with|join)\s+((my|her|his|their|our)\s+)?(late \w+|dad|mum|mom|husband|wife|son|"
        r"daughter|grandad|grandpa|grandma|gran|nan|brother|sister|baby)\b(?!\s+(for|at|on|in|"
        r"to|when|abroad|overseas))",
    ),
    # The cuts by their depth: "fresh cuts tonight, deeper than before".
    _needing(
        "cut|burn|fresh|new",
        SELF_HARM,
        r"\b(cuts?|cutting|burns?|burnt|burned)\b(\s+\w+){0,4}?\s+(deeper|worse)\s+than\s+"
        r"(before|last time|usual|ever|yesterday)\b|"
        r"^\s*(fresh|new)\s+(cuts|burns|scars)\s+(tonight|today|again|last night|this morning)\b",
    ),
    # Pills gathered so no one asks: "bought 4 boxes from different shops so they wouldnt ask".
    _needing(
        "shops|chemists|pharmacies|ask|notice|max",
        OVERDOSE,
        r"\b(bought|got|picked up|collected)\s+(\w+\s+)?(boxes|packs|packets|bottles|"
        r"strips)\s+of\s+"
        r"(\w+\s+)?" + DRUGS + r"\b(\s+\w+){0,3}?\s+(from (different|two|three|several|multiple|"
        r"separate) (shops|chemists|pharmacies|places|supermarkets)|so (they|nobody|no one) "
        r"(wouldnt|would not|wont|dont|didnt) (ask|notice|question))\b|"
        r"\b(went to|visited|tried|been to) (two|three|four|five|several|different|multiple|\d+) "
        r"(chemists|pharmacies)\b(\s+\w+){0,3}?\s+(for (the )?(max|maximum|biggest) (packs?|boxes|"
        r"amount)|so (they|nobody|no one) (wouldnt|would not|wont) (ask|notice))\b|"
        r"\b(shops|supermarkets)\b(\s+\w+){0,3}?\s+for\s+(the\s+)?(max|maximum|biggest)\s+(packs?|"
        r"boxes)\s+of\s+(\w+\s+)?" + DRUGS + r"\b",
        benign_after=r"^\s*(\w+\s+){0,3}(because|cos|as|since)\b|^\s*(\w+\s+){0,6}(out of stock|"
        r"sold out|for the (house|family|office|cupboard|first aid))\b",
    ),
    # Enough to not wake: "got hold of some fentanyl, enough to not wake up".
    _needing(
        "enough",
        OVERDOSE,
        r"\benough\s+(\w+\s+){0,2}?to\s+(not wake up|never wake up|do it|end it|finish it|kill me|"
        r"make sure|not come back)\b(?!\s+(tired|early|groggy|at|in the night|hungry|with))",
    ),
    # Saved for the end: "saving them for the end".
    _needing(
        "saving|saved|keeping|kept|stash",
        OVERDOSE,
        r"\b(saving|saved|keeping|kept|stashing)\s+(them|these|it|my (pills|tablets|meds))\s+for\s+"
        r"(the end|when i need them|when its time|the right time|one night|the day|the night)\b"
        r"(?!\s+(of|before|after)\b)",
    ),
    # The place visited night after night: "been to the bridge three nights in a row".
    _needing(
        "looking|staring|stared|looked|gazing",
        SUICIDAL_IDEATION,
        r"\b(bridge|overpass|viaduct|cliffs?|roof|rooftop|car park|tracks|ledge)\b(\s+\w+){0,4}?\s+"
        r"(every night|every day|nights in a row|days in a row|in a row|again|most nights|each "
        r"night)\b(\s+\w+){0,3}?\s+(looking|staring|stared|looked|gazing)\s+(down|at the (water|"
        r"drop|"
        r"tracks|river|sea|road|trains|edge))\b",
    ),
    # So close to going over: "drove past the cliffs, so close to just going over".
    _needing(
        "close",
        SUICIDAL_IDEATION,
        r"\bso\s+close\s+to\s+(just\s+)?(going over|jumping|doing it|stepping off|letting go|"
        r"swerving|driving off|going under|stepping out|ending it)\b(?!\s+(budget|the limit|my|the "
        r"speed|on (the|my) (diet|budget)))",
    ),
    # A date and then "thats when": "the weekend after my sons birthday, thats when".
    _needing(
        "when",
        SUICIDAL_IDEATION,
        r"\b(weekend|week|day|night|morning|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|birthday|wedding|christmas|exams|funeral|tonight|tomorrow)\b(\s+\w+){0,6}?\s+"
        r"(thats|that s|that is)\s+when\s*$",
    ),
    # "do it" once the house is empty: "once the kids are at their dads, ill do it".
    _needing(
        "do it",
        SUICIDAL_IDEATION,
        r"^\s*(once|when|after)\s+(the kids|everyone|everybody|they|he|she|my \w+)\s+(are|is|has|"
        r"have|re|s|go|goes|leave|leaves)\b(\s+\w+){0,6}?\s+(ill|i ll|i will|im gonna|"
        r"im going to)\s+"
        r"(finally\s+)?do\s+it\s*$",
    ),
    # A drain, a waste of space: "i'm just a drain on them".
    _needing(
        "drain|waste|happier|better off",
        SUICIDAL_IDEATION,
        r"\b(im|i am|i m|feel like)\s+(just\s+|such\s+|nothing but\s+)?(a\s+)?(drain on (them|"
        r"everyone|everybody|my family|you all|you|the family)|waste of (space|oxygen|air|a life|"
        r"skin))\b|"
        r"\b(happier|better off|better|easier|fine|lighter|relieved)\s+with\s+me\s+(gone|dead|out "
        r"of the (way|picture)|not (here|around))\b",
    ),
    # The other side: "see you on the other side", "off to see grandma in heaven soon".
    _needing(
        "heaven|other side|next life",
        SUICIDAL_IDEATION,
        r"\b(see|join|meet|be with)\s+(\w+\s+){0,2}?in\s+heaven\s+(soon|tonight|shortly|very soon|"
        r"before long)\b|"
        r"\b(see|catch)\s+(you|ya|u|yall|you all|me)\s+(on the other side|in the next life)\b"
        r"(?!\s+of\b)",
    ),
    # The morning not seen: "won't see the sun come up tomorrow".
    _needing(
        "see",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|not gonna|never going to|wont ever)\s+see\s+(the sun (come|rise|coming) "
        r"up|the sunrise|another sunrise|the morning|tomorrow|another day|daylight)\b",
        benign_after=r"^\s*(\w+\s+){0,6}(too (cloudy|foggy|grey|gray|overcast)|cloud\w*|forecast|"
        r"rain\w*|fog\w*|overcast|storm\w*|snow\w*|weather|blinds|curtains|working|nights|shift|"
        r"night shift|asleep|sleeping|lie in)\b",
    ),
    # Someone close who talks of not wanting to be here.
    _needing(
        "talking|talks|talked|going on|speaks|spoke",
        SUICIDAL_IDEATION,
        r"\b(talking|talks|talked|going on|speaks|spoke)\s+about\s+(not wanting to (be here|live|"
        r"be "
        r"alive|wake up|exist)|wanting to (die|end it|not exist|not be here|disappear)|ending (it|"
        r"(his|her|their) life)|not being (here|around|alive)|being better off dead)\b"
        r"(?!\s+(in|at|for|during|over|on|when|this|next|with|near|alone)\b)",
        benign_before=r"\b(character|film|movie|show|book|novel|episode|story|podcast)\b"
        r"(\s+\w+){0,5}\s*$",
    ),
    # A plan with its date: "they have a plan and a date".
    _needing(
        "plan",
        SUICIDAL_IDEATION,
        r"\b(have|has|got|ive got|made)\s+a\s+plan\s+and\s+a\s+(date|time|place|method|day)\b"
        r"(?!\s+(for|to|set for|booked))",
    ),
    # Safety said plainly: "im not safe right now", "scared of what ill do tonight".
    _needing(
        "safe|scared|afraid|frightened|worried|trust",
        SUICIDAL_IDEATION,
        r"\b(im|i am|i m|i feel|i dont feel|feel)\s+(not|no longer|un)\s*safe\b(?!(\s+(right now|"
        r"rn|atm|at the moment|tonight|today))?\s+(at|in|on|"
        r"walking|around|with|near|driving|going|to (walk|go|drive)|here|there|outside|alone "
        r"(at|in|on)))|"
        r"\b(cant|can not|cannot|dont know if i can|not sure i can|dont think i can)\s+keep\s+"
        r"myself\s+safe\b|"
        r"\b(scared|afraid|frightened|worried|terrified)\s+(of|about)\s+what\s+(ill|i will|i ll|i "
        r"might|im going to|i could|i may)\s+do\b(?!\s+(to (him|her|them)|if|when|at|in the (exam|"
        r"interview|meeting)))|"
        r"\b(dont|do not|cant|can not|cannot)\s+trust\s+myself\s+(tonight|right now|rn|any ?more|"
        r"at "
        r"the moment|on my own|by myself)\s*$",
        negatable=False,
    ),
    # Thinking of and staring at the means: "i keep staring at the bleach under the sink".
    _needing(
        "thinking|think|thought|staring|stared|looking|looked",
        SUICIDAL_IDEATION,
        r"\b(thinking|think|thought)\s+about\s+(the|my)\s+(pills|tablets|rope|gun|knives|blades?|"
        r"razors?|bleach|noose|drop|ledge)\b(\s+\w+){0,4}?\s+(again|all the time|constantly|every "
        r"night|all day|nonstop|non stop)\b|"
        r"\b(keep|kept|been|was|sat|sitting)\s+(staring|looking)\s+at\s+(the|my)\s+(pills|tablets|"
        r"knives|knife|blades?|razors?|bleach|rope|gun|noose|paracetamol)\b|"
        r"\b(staring|stared|looking|looked)\s+at\s+(the|my)\s+(pills|tablets|knives|knife|blades?|"
        r"razors?|bleach|rope|gun|noose)\b(\s+\w+){0,4}?\s+(for (a long time|ages|hours|an hour|"
        r"too "
        r"long)|all night|tonight|again)\b",
        benign_after=r"^\s*(\w+\s+){0,4}(shop|store|sale|ikea|market|ad|advert|advertisement|"
        r"catalogue|window|museum|for (cooking|the kitchen|"
        r"sale)|to (buy|choose|pick|sharpen|clean))\b",
    ),
    # A train by its time: "jumping in front of the 8:15".
    _needing(
        "front",
        SUICIDAL_IDEATION,
        r"\b(jump|jumping|step|stepping|throw myself|throwing myself|walk|walking|lie|lying)\s+"
        r"(out\s+)?in\s+front\s+of\s+the\s+\d+(\s+\d+)?\b",
        benign_after=r"^\s*(\w+\s+){0,8}(seat|seats|crowd\w*|queue|doors|get on|board|boarding|"
        r"carriage)\b",
    ),
    # The car crashed on purpose.
    _needing(
        "purpose",
        SUICIDAL_IDEATION,
        r"\b(crash|crashing|wreck|wrecking|roll|rolling|total|totalling)\s+(the|my)\s+(car|van|"
        r"bike|motorbike)\s+on\s+purpose\b",
    ),
    # Being found: "wondering who would find me", "my body would be found by my mum".
    _needing(
        "find me|found|body",
        SUICIDAL_IDEATION,
        r"\bwho\s+(would|will|d|is going to|is gonna)\s+find\s+(me|my body)\b(?!\s+(in|at|first|"
        r"here|a|the))|"
        r"\bmy\s+body\s+(would|will|d|is going to|is gonna)\s+be\s+found\b",
    ),
    # The spot chosen with its place: "already picked out the spot in the woods".
    _needing(
        "picked|chosen|chose|found|scoped",
        SUICIDAL_IDEATION,
        r"\b(already|finally|ive|i have|i ve)\s+(picked out|picked|chosen|chose|found|"
        r"scoped out)\s+"
        r"(the|a|my)\s+(spot|place|tree)\b(?!(\s+\w+){0,4}\s+(for (the|a|our|my) (picnic|party|"
        r"tent|camp|photo|wedding|bbq|holiday|shoot|date|meeting)|to (meet|park|camp|sit|eat)))",
    ),
    # Bleeding that will not stop: "theres blood everywhere and i cant stop it".
    _needing(
        "blood",
        SELF_HARM,
        r"\b(blood everywhere|so much blood|lots of blood|loads of blood)\b(\s+\w+){0,4}?\s+(cant|"
        r"can not|cannot|wont)\s+stop\s+(it|the bleeding)\b",
        benign_before=r"\b(nosebleed|nose bleed|nose|period|dentist|tooth|finger|chopping|"
        r"cooking|shaving)\b(\s+\w+){0,8}\s*$",
        benign_after=r"^\s*(\w+\s+){0,4}(nosebleed|nose bleed|nose|period|dentist|tooth|finger|"
        r"chopping|cooking|shaving|paper cut|the dog|the cat|my dog|my cat|his|her|from (the|my|"
        r"a) (dry|nose|tooth|finger|hand|knee|lip|gum|gums))\b",
    ),
    # Too much taken: "i need to go to a&e, i took too much".
    _needing(
        "too much|too many",
        OVERDOSE,
        r"\b(i|ive|i have|just)\s+(took|taken|swallowed)\s+too\s+(much|many)\b(?!\s+(time|photos|"
        r"pictures|days|breaks|risks|steps|notes|classes|modules|shifts|on|of (the|my|a) "
        r"(break|day|time|photos)|annual|holiday|leave|sugar|coffee|caffeine|shots|drinks))",
        benign_after=r"^\s*(\w+\s+){0,2}(for (my|the|a) (back|pain|headache|migraine|tooth|"
        r"toothache|period|cold|flu|knee|neck|cramps|hangover)|by (accident|mistake)|"
        r"accidentally)\b",
    ),
    # The means had: "im in a really dark place and ive got the means".
    _needing(
        "means",
        SUICIDAL_IDEATION,
        r"\b(ive got|i have|i ve got|got|have)\s+the\s+means\b(?!\s+(to|for|of)\b)",
    ),
    # Things left for after: "she can have my car after".
    _needing(
        "have my",
        SUICIDAL_IDEATION,
        r"\b(can|could|should|will|gets? to)\s+have\s+my\s+(\w+\s+){0,2}?(after|when im gone|once "
        r"im gone|when i go)\s*$",
    ),
    # A birthday not reached: "i won't make it to my 25th birthday".
    _needing(
        "birthday",
        SUICIDAL_IDEATION,
        r"\b(wont|will not|not gonna|not going to|never going to|dont think ill|doubt ill)\s+(make "
        r"it to|see|reach|live to see)\s+my\s+(\d+(st|nd|rd|th)?|next|\w+(ieth|th))\s+birthday\b"
        r"(?!\s+(party|drinks|dinner|meal|celebration|do|trip))",
    ),
    # Pills kept and counted: "a bottle of pills in my drawer and i keep counting them".
    _needing(
        "counting",
        OVERDOSE,
        r"\b" + DRUGS + r"\b(\s+\w+){0,8}?\s+(keep|kept|been|always)\s+counting\s+(them|it)\b",
    ),
    # Back at the place, sitting there: "drove to the viaduct again and sat there for an hour".
    _needing(
        "again",
        SUICIDAL_IDEATION,
        r"\b(drove|walked|went|go|going|been|back)\s+(to|up to)\s+the\s+(bridge|overpass|viaduct|"
        r"cliffs?|tracks|car park roof|quarry|ledge|roof)\s+again\b(\s+\w+){0,4}?\s+(sat|stood|"
        r"sitting|standing)\s+(there|on the edge|at the edge)\s+(for (an|a|\d+) (hour|while|long "
        r"time)|for hours|for ages)\b",
        benign_after=r"^\s*(\w+\s+){0,2}(with (my|the|a) (camera|friends|mates|dog|kids|book|"
        r"flask|coffee|sandwich|binoculars)|watching|birdwatching|bird watching|trainspotting|"
        r"train spotting|stargazing|plane spotting|reading|taking photos|photographing|painting|"
        r"sketching|fishing|having (lunch|a picnic)|eating)\b",
    ),
    # Giving up for good: "i want to give up for good".
    _needing(
        "give up",
        SUICIDAL_IDEATION,
        r"\b(want to|wanna|going to|gonna|ready to|about to|just want to)\s+give\s+up\s+(for "
        r"good|permanently|forever|on everything|completely|on it all)\s*$",
    ),
    # Joining the dead: "2 yrs without him and im ready to go join him".
    _needing(
        "join|be with",
        SUICIDAL_IDEATION,
        r"\bready\s+to\s+(go\s+)?(and\s+)?(join|be with)\s+(\w+)(\s+(again|now|at last|"
        r"finally|soon))?\s*$",
    ),
)

SIGN_RULES: tuple[Rule, ...] = (*_ENDING, *_MEANS_READY, *_MORE, *_SOMEONE_CLOSE)
SIGN_TRIGGERS: tuple[str, ...] = tuple(_NEEDED)


# Signs: each one a common thing to say, two different ones in a message a crisis.
# A weak sign ("done.", "that's the plan", "not answering", "deleted my socials") is
# said every day for everyday reasons, so two weak signs are still not enough: they
# share one name, and only a strong sign beside them (or a kind of goodbye) makes two.
_WEAK = (
    # "done." "im done." said as a whole sentence.
    r"(?:(?<![a-z] )|(?<=[,.!?] )|(?<=\bim )|(?<=\bi am )|(?<=\bjust )|(?<=\bso )|"
    r"(?<=\btotally )|(?<=\ball ))(done|finished)(?=\s*[.!?]+|\s*$)",
    r"\b(thats|that s) (the plan|it)(?=\s*[.!?]+|\s*$)",
    r"\bit all (planned|worked out|sorted) (for|on) \w+\b",
    r"\b(please )?(dont|do not) (tell|say anything to) (anyone|anybody|mum|mom|dad|my \w+|the "
    r"others|them)\b",
    r"(?:(?<=\bnot )|(?<=\bisnt )|(?<=\bwont )|(?<=\bbeen )|(?<=\bstopped ))(answering|"
    r"picking up|replying|responding)\b",
    r"(?:(?<=\bwont )|(?<=\bdoesnt )|(?<=\bdidnt )|(?<=\bhasnt ))(pick up|answer|reply|respond|"
    r"text back)\b",
    r"\bphones? (is |s )?(switched )?(off|dead|going straight to voicemail)\b",
    # Secrecy: "never telling my family", "told no one".
    r"\b(never|not|wont be|im not|i am not) telling (anyone|anybody|my \w+|mum|mom|dad|them|"
    r"the others)\b|\b(told|telling) (no one|nobody|noone|no1)\b|\b(havent|have not|not) told "
    r"(anyone|anybody)\b",
    # A question said to be earnest: "how many would be too many? asking for real".
    r"\b(asking for real|genuinely asking|honestly asking|asking seriously|serious question)\b",
    r"\b(if|when) i (dont|do not|stop|dont ever) (answer|reply|respond|pick up|text back|"
    r"show up)\w*\b",
    r"\b(dont|do not) know where (she|he|they) (went|is|are|has gone|have gone)\b|"
    r"\b(no one|nobody|noone) knows where (she|he|they) (went|is|are|has gone|have gone)\b",
    r"\b(left|leaving|wrote|writing) (instructions|notes|a list) for (the|my) (dog|cat|dogs|cats|"
    r"pets?|rabbit|plants)\b",
    r"\bsaid (bye|goodbye)(?=\s*[.!?]|\s*$)",
    r"(?:(?<=\bim )|(?<=\bi am )|(?<=\bi m )|(?<=\bjust )|(?<=\bso ))ready for it(?=\s*[.!?]|\s*$)",
    r"(?:(?<![a-z] )|(?<=\bim )|(?<=\bjust )|(?<=\bso )|(?<=\bam )|"
    r"(?<=\band ))ready to go( tonight| now| "
    r"today| for good)?(?=\s*[.!?]|\s*$)",
    r"\bstopped eating\b(?! (sugar|meat|carbs|dairy|gluten|junk|sweets|chocolate|bread|late|after|"
    r"out|so much|as much|crisps|takeaways?))",
    r"\b(not|no longer) (scared|afraid) (any ?more|of (it|dying|death))\b",
    r"\b(its|it s|it has) been (real|a ride|a good run|nice knowing (you|ya|yall|you all))\b",
    r"\b(this is it|thats it|that s it) for me\b",
    r"\b(said|says) (she|he|they|i) (wont|will not|doesnt|dont) need (it|them|any of it)"
    r"(?=\s*[,.!?]|\s*$)",
    # "everything goes to my wife": said of a will made with care as often as of a goodbye.
    r"\beverything (goes|will go|is going|should go) to (my )?" + _FAMILY + r"\b",
    r"\b(says|said|saying) (hes|shes|theyre|he is|she is|they are|im) done(?=\s*[,.!?]|\s*$)",
    r"(?:(?<=\bat the )|(?<=\bon the )|(?<=\bby the )|(?<=\bfrom the ))(lake|river|bridge|cliffs?|"
    r"sea|beach|overpass|viaduct|roof|reservoir|platform|"
    r"ledge|canal|quarry|dam|pier|railway|water)\b(?!\s+(with|for|to|party|bar|cafe|pub|"
    r"restaurant|club))",
    r"\b(deleted|deleting|wiped|wiping|closed|closing|deactivated|deactivating) (all )?(of )?"
    r"(my|his|her|their) (socials|social media|accounts|insta|instagram|facebook|fb|snap|"
    r"snapchat|tiktok|twitter|profiles?|phone|laptop|search history)\b",
    r"(?:(?<=\bwont )|(?<=\bdont )|(?<=\bbe )|(?<=\bgonna )|(?<=\bdoesnt )|(?<=\bwouldnt )|"
    r"(?<=\bnever ))need(ing)? (them|it|any of (it|them|this)|my \w+|his \w+|her \w+) (any ?more|"
    r"any longer|again|after|where (im|hes|shes|theyre) going)\b|(?<=\bbe )needing (them|it|any of "
    r"(it|them|this))(?=\s*[.!?]|\s*$)",
    r"\b(wrote|written|writing|left|leaving|finished) (a|my|the) (note|letter) (for|to) (my |"
    r"the )?" + _FAMILY + r"\b(?! (saying|about|to (say|remind|tell|buy|get|pick)|asking|"
    r"reminding))",
    r"\b(left|leaving|wrote) a (letter|note)\b(?! (for|to) (the|my) (landlord|boss|neighbou?rs?|"
    r"teacher|council|cleaner|postman))",
    r"(?:(?<=\bsorted my )|(?<=\bmade my )|(?<=\bwrote my )|(?<=\bsigned my )|(?<=\bupdated my )"
    r"|(?<=\bfinished my )|(?<=\bdid my )|(?<=\bmade a )|(?<=\bwrote a )|(?<=\bdoing my )|"
    r"(?<=\bmaking my )|(?<=\bmaking a ))will\b",
    r"(?<=be )(?:(?<=should be )|(?<=will be )|(?<=must be )|(?<=ought to be )|(?<=has to be )|"
    r"(?<=oughta be ))(plenty|enough)\b(?! (for|till|until|to (feed|cover|last|get|pay|do the)|"
    r"room|time|"
    r"food|money|chairs))",
    r"\b(pick|find|choose) (a|the) (quiet|secluded) (spot|place)\b",
    r"\bwhen everyone(s| is) (at work|asleep|out|gone|at school|in bed)\b",
    r"\b(said|saying|say) (bye|goodbye|my goodbyes) to (my \w+|all my \w+|everyone|everybody|"
    r"the \w+|her|him|them)\b",
    # "posted goodbye world": left for the goodbye kind that reads it whole.
    r"\b(posted|texted|sent|wrote) (me )?(\w+ )?(goodbye|bye)\b(?! (cruel )?world\b)",
    r"\btiming (it|them|the trains?|the express|when)\b",
    r"\bi (took|swallowed|downed) (the|them|all the|my) (pills|tablets|lot)(?=\s*[.!?]|\s*$)",
    r"\b(bruises|cuts|burns|scratches|marks) (all )?(up|over|down|across) my\b",
    r"\b(top floor|top level|top deck|roof|rooftop|edge|ledge) of the (car park|multi storey|"
    r"parking garage|parking structure|building|tower|tower block|hospital|bridge|cliff)\b",
    r"(?<=the )last time (ill|i ll|i will|im gonna|youll|you ll|you will) (text|message|"
    r"talk to|write to|speak to|bother|see|hear from)\b",
    r"\b(its|it is|it s|thats) (permanent|for good|forever)(?=\s*[.!?]|\s*$)",
    r"\b(asked|asking|ask) (me|\w+) (if (she|he|they)d|to) (take|have|keep|adopt|look after) "
    r"(my|her|his|their|the) (dog|cat|dogs|cats|pets?|rabbit|fish|hamster|bird|parrot)\b"
    r"(?! (for good|permanently|forever))",
    # Affairs put in order, each said every day for an everyday reason.
    r"\bleft (the|my) (spare )?keys (with|for|and)\b",
    # "everythings in order now": said of a will made with care as often as of a goodbye.
    r"\beverything(s| is| s)? (in order|sorted|settled|taken care of)( now)?(?=\s*[,.!?]|\s*$)",
    r"\b(done the (washing|laundry|dishes)|paid (all )?(the|my) bills|(cleared|emptied|drained) "
    r"(out )?my (savings|account|bank account)|(transferred|sent|gave|moved) (all )?(of )?my "
    r"savings (to|over))\b",
    r"\bsigned (the|my) (car|house|flat|van|bike|truck|savings|share) over to\b",
    r"(?:(?<=\bfilled the )|(?<=\bfilled a )|(?<=\bran the )|(?<=\bran a )|(?<=\brun the )|"
    r"(?<=\brun a )|(?<=\brunning a )|(?<=\brunning the )|(?<=\bran me a )|(?<=\bran myself a ))"
    r"bath\b",
    r"\bjust (wanted|want) (someone|somebody|you|one person) to know\b",
    r"\b(vets?|vet s) (number|details|phone number)\b",
    r"\b(good|new|loving|forever) home (for|before)\b(?![^.!?]{0,30}\b(while|when|during|"
    r"abroad|away|holiday)\b)|\b(got|has|have|found|find|finding) "
    r"(\w+ ){0,2}a (good|new|loving) home\b",
    r"\b(knew|know|could tell|sensed|senses) something (was|is) (up|wrong|off)\b",
    r"\bunder the circumstances\b",
    r"\bnext trains? (is |s )?(in|due|at) \d+|\b(next|last) train (is |s )?(due|coming)\b",
    r"(?:(?<=^a )|(?<=[.!?] a ))(long|very long|long long),? while(?=\s*[.!?]*\s*$)",
    r"\b(no ones|no one is|no one s|nobody is|nobodys|noone|nobody s) (around|about|here)"
    r"(?=\s*[.!?]|\s*$)",
    r"\b(walked|waded|went|swam|walking|wading) (\w+ )?into the (sea|ocean|river|lake|water|"
    r"waves|surf)\b",
    r"\bturned back(?=\s*[.!?]|\s*$)",
    r"\b(cancelled|canceled|cancelling|canceling|closed|ended|terminated) (all )?my (phone|"
    r"mobile|phone contract|contract|bank account|accounts|subscriptions)\b"
    r"(?![^.!?]{0,30}\b(switch\w*|moving|upgrad\w*|new|cheaper|better|deal)\b)",
    r"(?:^|(?<=[.!?] )|(?<=^i )|(?<=[.!?] i ))(wont|will not) be (around|here)(?=\s*[.!?]*\s*$)",
    r"(?:^|(?<=[.!?] ))(night|nite|goodnight|night all|night everyone)(?=\s*[.!?x]*\s*$)",
    r"(?:(?<=\bits )|(?<=\bit s )|(?<=\bit is )|(?<=\bthings are )|(?<=\bnothing is )|"
    r"(?<=\bnothing s ))(never|not ever) (going to|gonna) get (any )?better\b"
    # "never going to get better, this printer": a thing named, not a life.
    r"(?!,? (this|that|the|my) (?!life\b)\w+)",
    r"(?:(?<=\bit )|(?<=\bthis ))(wont|will not) (be happening|happen) again(?=\s*[.!?]|\s*$)",
    r"\b(lined|lining|laid|laying) (them|em|the \w+|all the \w+|my \w+) (up|out)\b",
    r"(?:^|(?<=[.!?] )|(?<=^the )|(?<=[.!?] the ))bottles? (is |s |are )?(empty|finished)( now)?"
    r"(?=\s*[.!?]|\s*$)",
    r"\b(tired of|done) (fighting|trying|struggling)\b",
    r"\b(who gets|whos getting|who is getting) (the|my) \w+\b",
    r"\b(wont|will not|never) be (playing|using|wearing|riding|driving) (it|them|this|that) (again|"
    r"any ?more)(?=\s*[.!?]|\s*$)",
    r"\b(nothing|nothing else|not much) left to (organise|organize|sort|arrange)\b",
    r"\b(emptied|cleared out) the (fridge|freezer)|\b(cancelled|canceled|stopped) (the|my) "
    r"(newspaper|papers|milk|deliveries|post)\b",
    r"\b(never|rarely) felt so (calm|peaceful|light)\b|\b(weirdly|strangely|oddly) (calm|"
    r"peaceful)\b",
    r"\benough this time\b",
    r"(?:(?<=\bis )|(?<=\bs )|(?<=\bwill be )|(?<=\bshould be ))(quiet|empty|deserted) (then|"
    r"that (day|night|time|early))\b",
)
_STRONG = (
    # Calm once the day is set: "I feel calm now that I know when." Before "calm", which
    # would read its first words.
    (
        "decided",
        r"(?:(?<![a-z] )|(?<=[,.!?] )|(?<=\bits )|(?<=\bive )|(?<=\bi have )|(?<=\bi ve ))"
        r"(decided|made up my mind|my minds made up|minds made up|my mind is made up)"
        # "... and I feel calm": how deciding feels, said next.
        r"(?=\s*[.!?]+|\s*$|,? and (i|im|i m) (feel|am|m) (so )?(calm|relieved|at peace|"
        r"peaceful|"
        r"lighter|light)\b(?![^.!?]*[:!]))|\b(just )?(working|"
        r"building) up to it(?=\s*[.!?]|\s*$)|"
        r"\bsaid (goodbye|bye|my goodbyes) (to \w+ )?in my own way\b|"
        r"\b(the|my) ((note|letter) (is |s |re )?|letters ((are|re) )?)(on|under|in|by) (my|"
        r"the) (pillow|bed|"
        r"desk|keyboard|mattress|drawer|nightstand|bedside table)(?=\s*[.!?]|\s*$)|"
        r"\b(the|my) notes (are|re) (on|under|in) (my|the) (pillow|bed|mattress|desk|keyboard)"
        r"(?=\s*[.!?]|\s*$)|"
        # "I done write the letter and put it by the bed."
        r"\b(wrote|write|written|writ) (the|my|a) (letter|note)( \w+){0,2}? (and )?(put|left|"
        r"placed) it "
        r"(by|on|under|in) (the|my) (bed|pillow|desk|drawer|nightstand|table)(?=\s*[.!?]|\s*$)|"
        r"\b(finally )?made (my|the) (final )?(decision|choice)(?=\s*[.!?]+|\s*$)|"
        r"\bi (finally |now )?know what (im|i am|i m) (going to|gonna) do( now)?(?=\s*[.!?]+|\s*$)|"
        r"\bmade up my mind (about|on) (ending (it|things|my life)|doing it|it)\b|"
        r"\b(thats|that s) when(?=\s*[.!?]+|\s*$)|\b(thought it through|got it all figured "
        r"out)\b|\bfigured out how(?=\s*[.!?]|\s*$)|"
        r"\bwork up the (nerve|courage|guts)(?=\s*[.!?]|\s*$)",
    ),
    (
        "search",
        r"\b(dont|do not|please dont|no need to|nobody should) (come |go )?(look|looking|search|"
        r"searching) for me\b(?! (at|in|on) (the|my|a|this|that) )|\b(nobody|no one) (will )?"
        r"(come|comes) looking\b",
    ),
    (
        "after",
        r"\b(dont|do not) want (anyone|anybody|people|them|my \w+) (going|to go|looking|to look|"
        r"reading|to read) (through )?(my|all my) (stuff|things|phone|messages|texts|diary|"
        r"journal|laptop) after\b",
    ),
    (
        "passwords",
        r"\b(passwords|logins|pin numbers|pins|pin|bank details|bank cards?)\b( \w+){0,6}? "
        r"(to|for) (my|the|his|"
        r"her) (" + _FAMILY + r"|friend|mate|cousin|flatmate|partner|executor)\b|"
        r"\b(sent|gave|handed|texted|emailed) me (all )?(his|her|their) (\w+ )?"
        r"(passwords|logins|pins)\b",
    ),
    (
        "letters",
        r"\b(written|wrote|writing) to (everyone|everybody|all of them|each of them)(?=\s*[,.!?]|"
        r"\s*$)|\b(wrote|written|writing|left|leaving|finished) (\w+ )?letters (for|to) (mum|mom|"
        r"dad|"
        r"mam|both|each|everyone|my)\b(?! (old|younger|future|past|inner) (self|selves)\b)|"
        r"\b(drawer|desk|pillow|keyboard|bed) for after\b|"
        r"(?<=for )after(?=\s*[.!?]|\s*$)|\bunder (the|my) (keyboard|pillow|mattress)\b|"
        r"\b(its|it s|it is|everything s|everythings|theyre|they re) all in the (letter|note|"
        r"letters|notes)\b",
    ),
    (
        "affairs",
        r"(?<=my )affairs in order\b(?! (for|before) (the|my|our) (move|trip|holiday|wedding|baby|"
        r"surgery|operation|deployment|emigration|retirement|big move))|\beverything (tidy|sorted|"
        r"in order|settled) before i go\b"
        r"(?! \w)",
    ),
    (
        "counted",
        r"\bcounted (them|em|it|the \w+) (all )?(out|up)\b(?! (into|in|for|onto|to) (the|my|a|"
        r"each) )|\bi counted \d+\b(?! (sheep|steps|people|cars|birds|times|panic))",
    ),
    (
        "means",
        r"(?:(?<=\bthe )|(?<=\bmy ))(rope|ropes|noose|gun|pills|tablets|razor|blades?|belts?) "
        r"(is |s |are |re )?(already )?(in|under|on|behind) (the|my) (shed|garage|loft|attic|"
        r"closet|wardrobe|car|boot|trunk|bag|backpack|pocket|coat|drawer|nightstand|desk|room)"
        r"\b|\b(hose|pipe)\b( \w+){0,3}? (and )?(duct|gaffer) tape\b|\b(duct|gaffer) tape\b"
        r"( \w+){0,3}? (and )?(a )?(hose|pipe)\b|\benough to (do it|not wake up|finish it|make "
        r"sure)\b|(?:(?<=\balready )|(?<=\bive )|(?<=\bi have )|(?<=\bi ve ))(got|bought|have|"
        r"collected) (the|enough|all the) (pills|tablets|rope|gun|stuff|means)(?=\s*[.!?]|\s*$)",
    ),
    (
        "lastword",
        r"\b(last|final) (text|message) (said|was) (bye|goodbye|sorry|i love you)\b|"
        r"\b(youre|you are|ur|u r) the (only|last) (one|person) (left|i havent told|to know)"
        r"(?=\s*[.!?]|\s*$)",
    ),
    (
        "attempt",
        r"\b(tried|attempted) (in " + _MONTH + r"|last (spring|summer|winter|autumn|fall))\b"
        r"(?! (to|for|with|at|on|but|the|a|an)\b)|\blast time i (took|tried|did)\b( \w+){0,4}? "
        r"(they|someone|somebody|mum|mom|dad|he|she) found me\b",
    ),
    (
        "pull",
        r"\b(pull|urges?) (is|are|s|re) back\b|\bfeel(ing)? myself (heading|going|slipping|"
        r"sliding) back\b",
    ),
    (
        "train",
        r"\b(fast|express|freight|non stop|nonstop) (\w+ )?(trains? |services? )?(to )?(go|goes|"
        r"pass|"
        r"passes|doesnt stop|does not stop|dont stop|come|comes|fly|flies|zoom|zooms)( through|"
        r" by| past)?\b",
    ),
    (
        "easy",
        r"\bhow easy it (would|d|will) be(?=\s*[.!?]|\s*$)|\bhow easy it (would|d) be to (just )?"
        r"(step|jump|fall|let go|go)\b",
    ),
    (
        "lovesorry",
        r"\blove (you all|yall|you|u)( all)?\W*(sorry|goodbye|bye|forgive me)\b(?! (im|i m|i am|i "
        r"was|for (being|the|missing|not)|i (missed|forgot|couldnt|cant)|to miss|about (the|my|"
        r"last)))",
    ),
    ("wink", r"\b(if (you|u|ya) know what i mean|iykyk|you know what i mean)\b"),
    (
        "tracks",
        r"(?<=(?:at|on|by) the )((train|railway) )?tracks\b(?! (club|museum|shop))"
        # "by the tracks waiting for the steam train": a train watched, not waited for.
        r"(?![^.!?]{0,40}\b(steam|spotting|photograph\w*|photos?|heritage|model|delayed|late|"
        r"cancelled)\b)",
    ),
    (
        "goodbyes",
        r"\bsaid (all )?my goodbyes( already| now| today| last night| to everyone)?(?=\s*[.!?]|"
        r"\s*$)|\b(said|saying) (bye|goodbye) to each of "
        r"(us|you|them)\b",
    ),
    (
        "lockedin",
        r"\blocked (himself|herself|themselves|myself) in (the|his|her|my) (garage|shed|car)\b",
    ),
    (
        "given",
        r"\b(gave|given|giving|handed) me (all )?(her|his|their) (\w+ )?(jewellery|jewelry|rings?|"
        r"watch|necklace|guitar|games|console|records|books|savings|things|stuff|bank card)\b",
    ),
    (
        "ifgone",
        r"\bif (im|i am|i m) (not|no longer) (around|here)\b|\bif anything (happens|should happen|"
        # "if anything happens to me on the hike": a risk named by its outing.
        r"were to happen|ever happens) to me\b(?! (on|during|while|at|in) )",
    ),
    # "i cant anymore": the sentence says no more than that.
    (
        "cant",
        r"(?:(?<![a-z] )|(?<=[,.!?] )|(?<=\bi )|(?<=\bjust ))(cant|cnt|can not|cannot|cannae|"
        r"canna) "
        r"((do|dae) (this|it) )?(any ?more|anymor|any longer|any ?mair)(?=\s*[.!?]|\s*$)",
    ),
    # Dying no longer feared: "im not scared of dying anymore".
    ("unafraid", r"\b(not|no longer) (scared|afraid|frightened) of (dying|death)\b"),
    # A goodbye posted to a group: "messaged the group chat been a good run lads".
    (
        "posted",
        r"\b(messaged|posted|texted|wrote|put|sent|said)( on| in| to)? (the |his |her |their |my )?"
        r"(group chat|group|gc|chat|story|insta|instagram|facebook|fb|snap|snapchat|twitter|"
        r"status|whatsapp)( \w+)?( its| it s| it has)? been (a good run|real|a ride|fun|nice "
        r"knowing)\b",
    ),
    # A dose asked about by its harm: "how many paracetamol would be too many".
    (
        "dose",
        r"\bhow (many|much) (of (my|the|these) )?(\w+ ){0,2}?" + DRUGS + r" (would|will|could|is|"
        r"are) (be )?(too many|too much|fatal|lethal|deadly)\b",
    ),
    # "im sorry." said as the message's last sentence, after another.
    ("sorrylast", r"(?<=[.!?] )(im |i m |i am )?(so )?sorry(?=\s*[.!?]*\s*$)"),
    ("earnest", r"(?<=\bnot )(exaggerating|being dramatic)\b"),
    (
        "cover",
        r"\btold (\w+ ){0,2}(im|i was|i am|that im) (moving|going away|going travelling|leaving|"
        r"emigrating)\b|(?:(?<=\bim not )|(?<=\bi am not ))((actually|really) )?(moving|going "
        r"away|leaving|emigrating)(?=\s*[.!?]|\s*$)|\btold (work|them|everyone|my \w+) i walked "
        r"into (a|the) (door|wall|cupboard)\b",
    ),
    (
        "placetime",
        r"\b(top floor|roof|rooftop|edge|ledge) of the (car park|multi storey|parking garage|"
        r"parking structure|building|tower|tower block|bridge)\b[^.!?]{0,40}\b("
        + _WEEKDAY
        + r"|tonight|tomorrow|after work|after school|at \d+)\b",
    ),
    (
        "pet",
        r"\b(have|take|keep|adopt|look after|mind|rehome|re home) (\w+ ){1,2}for good\b|"
        r"\b(dogs?|cats?|pets?|rabbits?)( is| s| are)? going to (my|the|our) \w+ for good\b",
    ),
    (
        "petaway",
        r"\b(gave|given|giving|handed|rehomed|re homed) (my|the|our) (cat|dog|cats|dogs|pets?|"
        r"rabbits?|kitten|puppy|hamster|parrot|bird|fish) (away|to|with)\b(?! (\w+ ){0,3}(for the|"
        r"for a|while|till|until|this|next|over))|\b(gave|given|giving|handed) (my|our|the) "
        r"(\w+ )?\w+ (my|our) (cat|dog|cats|dogs|pets?|rabbits?|kitten|puppy|hamster|parrot|"
        r"bird|fish)\b(?! "
        r"(\w+ ){0,3}(for the|for a|while|till|until|this|next|over))",
    ),
    # Thanks for an effort that is over: "you really tried".
    (
        "tried",
        r"(?:(?<=\byou did )|(?<=\bu did ))what (you|u) could(?=\s*[,.!?]|\s*$)|"
        r"(?:(?<=\byou )|(?<=\bu )|(?<=\bya )|(?<=\byou really )|(?<=\byou honestly )|"
        r"(?<=\byou genuinely )|(?<=\byou truly )|(?<=\bu really ))tried(?=\s*[,.!?]|\s*$)|"
        r"(?:(?<=\byou did your )|(?<=\byou did ur )|(?<=\bu did ur )|(?<=\bu did your ))best"
        r"(?=\s*[,.!?]|\s*$)|(?:(?<=\byou did all you )|(?<=\bu did all u ))could"
        r"(?=\s*[,.!?]|\s*$)",
    ),
    # Calm after deciding: "feels calm now that i know", "at peace wit it".
    (
        "calm",
        r"\b(feels?|feeling|felt|im|i m) (so )?(calm|at peace|peaceful|relieved|lighter) "
        r"(now )?(that|since|because|cos) (i|ive|i have) (know|decided|made|figured|have a plan|"
        r"got a plan)\b|\bat peace (with|wit|w) (it|that|this|my decision)\b",
    ),
    (
        "nothingmatters",
        r"\b(after|once|past) (that|this|then|tonight|today|the weekend|" + _WEEKDAY + r") "
        r"nothing (else )?matters\b(?! (but|except|apart|other than))",
    ),
    (
        "onething",
        r"\b(one|last|final) (thing|job) left (to do|to sort|now)\b",
    ),
    (
        "needmore",
        r"\bneed (it|them|this|that|the money) more than (i|me)( will| do| ever will)?( soon)?"
        r"(?=\s*[.!?]|\s*$)",
    ),
    (
        "mess",
        r"\b(mess|things|anything|stuff) to (sort|sort out|clear|clear up|clean up|deal with) "
        r"(after|afterwards)(?=\s*[.!?]|\s*$)",
    ),
    ("whoever", r"(?<=\bfor )(whoever|anyone who|whoevers) (needs?|finds?) (it|them|this|these)\b"),
    (
        "getrazor",
        r"(?:^|(?<=[.!?] ))(ive )?(got|have|grabbed|fetched|bought) (the|my|a) (razor|blade|blades|"
        r"rope|pills|tablets|gun|pistol)(?=\s*[.!?]|\s*$)",
    ),
    (
        "tookall",
        r"\bi (took|swallowed|downed|necked) (every|each) (one|single one|last one|pill|tablet)\b"
        # "took every one of the sweets": a treat, not a dose.
        r"(?! of (the|my|your|his|her|their|those|these) (?!(\w+ )?(pills|tablets|meds|capsules)))",
    ),
    (
        "longsleep",
        r"(?:\bsleep for (a|an) ((really|very|super),? ){1,3}long time\b|\bsleep for (a )?long,? "
        r"long time\b|\b(long|big|final|eternal) sleep\b)"
        # "sleep for a really long time after this shift": a rest earned.
        r"(?![^.!?]{0,40}\b(after|once|when|holidays?|weekend|shift|exams?|plan|vacation|break|"
        r"winter|tortoise|hibernat\w*)\b)",
    ),
    (
        "quit",
        r"(?:^|(?<=[.!?,] )|(?<=\bim )|(?<=\bi am ))(tapping out|bowing out|checking out|throwing "
        r"in the towel)(?=\s*[.!?]|\s*$)|\bthis is me done\b|\b(lay|laying|laid|lie) down my "
        r"arms\b",
    ),
    ("forgood", r"(?:^|(?<=[.!?] ))(for good|permanently|forever)( this time)?(?=\s*[.!?]|\s*$)"),
    (
        "properbye",
        r"\b(said|say|saying) (bye|goodbye|my goodbyes) (to (my |the |\w+ ){1,2})?properly\b"
        r"(?! (before|for) (the|my|our|a|his|her) (holiday|trip|move|flight|vacation|deployment|"
        r"semester|term|tour))",
    ),
    (
        "funeral",
        r"\b(paid for|booked|arranged|sorted|planned|planning|chose|picked|choosing|picking) "
        r"(\w+ )?(my own|my) funeral\b",
    ),
    # A high place said to be peaceful or high: "on the bridge. its really peaceful up here".
    # Zero width: the place itself stays free to be read as a sign of its own ("on the bridge").
    (
        "highplace",
        r"(?=(bridge|cliffs?|cliff edge|tracks|roof|rooftop|ledge|top level|top floor|overpass|"
        r"viaduct|car park|reservoir|river|quarry)\b[^!?]{0,60}?\b(peaceful|inviting|tempting|high "
        r"up here|a long way down|deep here|so deep)\b"
        # "its a long way down but the view is amazing": scenery admired.
        r"(?![^.!?]{0,40}\b(view|views|sunset|sunrise|amazing|beautiful|gorgeous|stunning|lovely|"
        r"photos?|pics?|swim\w*|diving|fishing|boat\w*|kayak\w*)\b))",
    ),
    (
        "noturnback",
        r"\b(wont|will not|not gonna|im not going to|im not gonna|aint gonna) (be )?(turn|turning|"
        r"come|coming) back( this time)?(?=\s*[.!?]|\s*$)|\b(tomorrow|this time|next time) "
        r"(im|i am|i m) not (stopping|turning back)(?=\s*[.!?]|\s*$)",
    ),
    (
        "needing",
        r"(?:^|(?<=[.!?] ))(i )?(wont|will not) be needing (it|them|any of (it|them))"
        r"(?=\s*[.!?]*\s*$)",
    ),
    (
        "nomore",
        r"(?:(?<=\bor )|(?<=\band )|(?<=\bnor ))any (\w+ )?(session|sessions|appointment|"
        r"appointments)s? (after that|"
        r"after this|again|ever again)\b|\b(no need to|dont bother|do not bother) (book|booking)"
        r"( me)?( in)?( for)? (next|another|the next|any more|more)\b|"
        r"\b(wont|will not|dont|do not) need any more (appointments|sessions)(?=\s*[.!?]|\s*$)",
    ),
    (
        "slot",
        r"\bgive (the|my) (slot|place|spot|appointment|session) to (someone|somebody|anyone)\b",
    ),
    (
        "goodtome",
        r"(?:(?<=\bthey )|(?<=\byou )|(?<=\bu )|(?<=\bshe )|(?<=\bhe )|(?<=\byall )|(?<=\byouve )|"
        r"(?<=\btheyve )|"
        r"(?<=\byou all )|(?<=\byou guys ))(were|was|have been|ve been|been) (always )?"
        r"(so |really |very )?(good|kind|nice)( to me\b|(?=\s*[.!?]|\s*$))",
    ),
    (
        "burden",
        r"\bsorry (for|about) (being|bein) (such )?(a burden|a pain|a problem|so much trouble|a "
        r"nuisance)\b(?! (about|with|over|at|in|on|last|this|yesterday|earlier|today|when|the)\b)",
    ),
    (
        "ending",
        r"(?:(?<=^im )|(?<=[.!?] im )|(?<=^i am )|(?<=[.!?] i am )|(?<=^im just )|"
        r"(?<=[.!?] im just ))ending it( all)?(?=\s*[.!?]*\s*$)",
    ),
    (
        "stopme",
        r"\b(dont|do not|please dont|no one can|nobody can|you cant) (try to |try and )?stop "
        r"me(?=\s*[.!?]|\s*$)",
    ),
    (
        "waitasleep",
        r"\b(waiting|wait) (for|till|until) (everyone|everybody|them|the (house|family)|my \w+)"
        r"( in the house)? (to )?(fall asleep|go to (bed|sleep)|is asleep|are asleep|be asleep)\b",
    ),
    (
        "knowwhy",
        r"\b(youll|you will|you ll|theyll|they will|everyone will) (all )?(know|understand) "
        r"why(?=\s*[.!?]|\s*$)",
    ),
    # A day named for it: "its decided. sunday is the day".
    (
        "theday",
        r"\b(" + _WEEKDAY + r"|tonight|tomorrow|today)(s| is| s) the (day|night)(?=\s*[.!?]|\s*$)",
    ),
    # Saying it all already: "ive said everything i needed to say".
    (
        "saidall",
        r"\bsaid (everything|all) i (needed|wanted|had|have) to say(?=\s*[.!?]|\s*$)",
    ),
    # Things passed on with a reason that is the end: "so my brother can have it".
    (
        "canhave",
        r"\bso (my (\w+ )?\w+|mum|mom|dad) can (have|keep) (it|them|my \w+|all my \w+)"
        r"(?=\s*[.!?]|\s*$)",
    ),
    ("counting", r"\bcounting (them|em|the \w+|my \w+)( out| up)?( now)?(?=\s*[.!?]|\s*$)"),
    # The next session given up: "you won't need to fit me in next week", "I shall not
    # require further appointments".
    (
        "unneeded",
        r"\b(you|u) (wont|will not|shant|shall not) (need|have) to (fit|squeeze|book|see) me"
        r"( in)?( next week| again| anymore| any more)?(?=\s*[.!?]|\s*$)|"
        r"\bshall not (require|need) (any )?further (appointments|sessions)(?=\s*[.!?]|\s*$)",
    ),
    # One appointment given up: said every week for everyday reasons, so a goodbye only
    # beside a weightier kind ("my affairs are in order"), never beside "thanks for everything".
    (
        "cancelled",
        r"\b(shall|will) not (require|need) (the|my|our|next) (appointment|session)"
        r"( on (the )?\d+(st|nd|rd|th)?| on \w+day| next week)?(?=\s*[.!?]|\s*$)",
    ),
    # "it'll all be over soon"; "don't worry about me anymore".
    (
        "oversoon",
        r"\b(itll|it will|it ll|thisll|this will|everythingll|everything will) (all )?be over "
        r"soon\b",
    ),
    (
        "dontworry",
        r"\b(dont|do not) worry about me (any ?more|anymore)\b|"
        r"\b(you|u) (wont|will not) (need|have) to worry about me (any ?more|anymore|again)\b",
    ),
    # A note to be read afterwards: "Mum, if you ever read this, I'm sorry."
    (
        "readthis",
        r"\b(by the time (you|u)|if (you|u) ever) (read|get|see|find|open) (this|my (note|letter|"
        r"message|text))\b",
    ),
    # Love said of oneself in the past, to be passed on: "Tell wee Callum his da loved him."
    (
        "lovedthem",
        r"\btell (\w+ ){0,2}?(that )?(his|her|their) (da|dad|daddy|mum|mom|mam|mammy|mother|father|"
        r"papa|nan|gran|granny) (always |really )?loved (him|her|them)\b|"
        # Not "tell the team I loved them".
        r"\btell (?!(the team|everyone|everybody|all|the (class|group|girls|lads|"
        r"guys|nurses))\b)(\w+ ){0,2}?"
        # Him or her: "them" is as often the flowers.
        r"(that )?i (always |really )?loved (him|her)(?=\s*[.!?,]|\s*$)",
    ),
    # Affairs in order: "My affairs are in order and the will is with my solicitor."
    (
        "inorder",
        r"\b(my )?affairs (are|is) (all )?(in order|sorted|taken care of)\b(?! (for|before) (the|"
        r"my) (move|"
        r"trip|surgery|operation|visa|job|divorce|mortgage|deployment|wedding|baby))|"
        r"\bthe will is (with|at) (my|the) (solicitor|lawyer|attorney)\b",
    ),
    # Means put by: "I've been pocketing the insulin from work", and the amount known.
    (
        "hoarding",
        r"\b(pocketing|pocketed|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|"
        r"squirrell?ing|squirrell?ed) (the |my |some |extra |all the |all my )?(insulin|morphine|"
        r"fentanyl|oxy\w*|opioids|benzos|diazepam|sleeping (pills|tablets)|pills|tablets|meds|"
        r"medication|paracetamol|tramadol)\b",
    ),
    (
        "howmuch",
        r"(?:^|(?<=[.!?] ))i know (exactly )?how much( i need| it takes)?(?=\s*[.!?]|"
        r"\s*$)",
    ),
    # Not here to answer: "I won't answer, because I won't be here."
    (
        "wonthere",
        r"\b(because|cause|cos|coz) i (wont|will not) be (here|around)(?=\s*[.!?]|\s*$)"
        # Not away: "... because I won't be here. Moving to Perth on the 3rd!"
        r"(?![\s\S]{0,120}\b(moving|move|moved|holiday|vacation|trip|flight|abroad|overseas|"
        r"relocat\w*|"
        r"new job|away|anniversary|in laws|visiting|flying|we re|were in|we are)\b)",
    ),
    # No worry after tonight: "Allyuh doh need to study me again after tonight."
    (
        "aftertonight",
        r"\b(need to|have to|gotta) (worry about|study|mind|fret about|check on) me (again |"
        r"any ?more )?"
        r"after (tonight|today)\b",
    ),
    # Said of the time, alone, beside another sign: "Gave the dog to Jen. It's time."
    # Not exclaimed: "It's time!" is a baby's or a party's.
    ("itstime", r"(?:^|(?<=[.!?] ))(its|it is) time(?=\s*[.?]|\s*$)"),
    # Sessions not booked again: "You need not schedule me for next month."
    (
        "noschedule",
        r"\b(you )?(need not|neednt|dont need to|do not need to|no need to) (schedule|book|"
        r"rebook) me"
        r"( in)?( for (next|the next|another) (week|month|session|appointment))?(?=\s*[.!?]|\s*$)",
    ),
    # A date set, and nothing it is for: "set a date. the 3rd."
    # Said flat: "We set a date!!!" is a wedding's.
    ("setdate", r"\b(set|picked|chose|chosen) (a|the) (date|day)(?=\s*\.|\s*$)"),
    (
        "wasting",
        r"\bsorry for wasting (your|ur) time( all these (weeks|months|years))?(?=\s*[.!?,]|\s*$)",
    ),
)
# The first word of every sign above: one look at a position's first letters spares
# trying every sign there. Signs that open with a common word ("the", "is", "not")
# start at their rarer word and look behind for the common one.
_STARTS = (
    "done|finished|decided|made up|my minds|minds|thats|that s|it all|thought it|got it all|"
    "figured|work up|please|dont tell|dont say|dont know|dont come|dont look|dont search|"
    "dont want anyone|dont want anybody|dont want people|dont want them|dont want my|"
    "dont ever|do not tell|do not say|do not know|do not come|do not look|do not search|"
    "do not want|no need|nobody|no one|answering|picking up|"
    "replying|responding|pick up|answer|reply|respond|text back|phone|if i|when i|lake|"
    "river|bridge|tracks|cliff|sea|beach|overpass|viaduct|roof|ledge|canal|quarry|dam|pier|"
    "railway|water|deleted|deleting|wiped|wiping|closed|closing|deactivat|need|wrote|"
    "written|writing|left|leaving|finished|will|plenty|enough|pick|find|choose|"
    "when everyone|said|saying|say|posted|texted|sent|timing|i took|i swallowed|i downed|"
    "bruises|cuts|burns|scratches|marks|top floor|rooftop|edge|last|asked|asking|ask|"
    "passwords|logins|pin|bank details|gave|handed|emailed|drawer|desk|pillow|keyboard|"
    "bed|after|under|affairs|everything|counted|i counted|rope|noose|gun|pills|tablets|"
    "razor|blade|belt|hose|pipe|duct|gaffer|final|youre|you are|ur|u r|tried|attempted|"
    "pull|urge|feel|fast|express|freight|non stop|nonstop|how easy|love|exaggerating|"
    "being dramatic|told|moving|going away|actually|really|emigrating|have|take|keep|"
    "adopt|look after|mind|rehome|re home|given|rehomed|re homed|its|it is|it s|theyre|they re|"
    "everythings|everything s|if you know|if u know|iykyk|ready|stopped|train|"
    "railway|peace|if im|if i am|if i m|not scared|not afraid|no longer|this is it|locked|gave me|"
    "given me|handed me|giving me|it has been|phones|never telling|not telling|wont be telling|"
    "im not telling|i am not telling|telling|havent told|have not told|not told|asking for|"
    "genuinely asking|honestly asking|asking seriously|serious question|cant|can not|cannot|"
    "not scared|not afraid|not frightened|no longer|messaged|posted|texted|wrote|put|sent|"
    "said|how many|how much|sorry|im sorry|i m sorry|i am sorry|so sorry|got|bought|collected|"
    # The rarer word of each sign added with the signs of leaving: a sign that opens with a
    # short common word ("a", "i", "the", "it") looks behind for it instead.
    "done the|paid|cleared|emptied|drained|transferred|moved|signed|bath|just want|vet|good home|"
    "new home|loving home|forever home|has|found|knew|know|could tell|sensed|senses|under the|"
    "next train|last train|long|very long|no ones|no one|nobody|nobodys|noone|walked|waded|went|"
    "swam|walking|wading|turned back|cancel|closed|ended|terminated|wont|will not|night|nite|"
    "goodnight|never|not ever|lined|lining|laid|laying|bottle|tired of|quiet|empty|deserted|"
    "tried|best|could|what you|what u|my mind is|working up|building up|the note|my note|"
    "the letter|my letter|the notes|the letters|my letters|dogs|cats|pets|rabbit|written to|"
    "wrote to|writing to|reservoir|platform|quarry|"
    "feel|feeling|felt|im|i m|at peace|after|once|past|one thing|one job|"
    "last thing|last job|final thing|final job|need|mess|things to|anything to|stuff to|whoever|"
    "anyone who|"
    "ive|grabbed|fetched|sleep|big sleep|eternal|final sleep|tapping|bowing|checking out|"
    "throwing in|this is me|lay down|laying down|laid down|lie down|for good|permanently|say|"
    "paid for|booked|arranged|sorted|planned|planning|chose|picked|choosing|picking|bridge|"
    "cliff|tracks|roof|rooftop|ledge|top level|top deck|overpass|viaduct|car park|not gonna|"
    "im not|aint gonna|tomorrow|this time|next time|any|no need|dont bother|do not bother|"
    "give|were|was|have been|ve been|been|ending|dont try|do not try|please dont|no one can|"
    "nobody can|you cant|waiting|wait|youll|you ll|theyll|they will|everyone will|counting|"
    "dont go|do not go|made|i necked|ready|if anything|forever|i know what|i finally|i now|"
    "monday|tuesday|"
    "wednesday|thursday|friday|saturday|sunday|tonight|today|said everything|said all|"
    "playing|using|needing|wearing|riding|driving|done fighting|done trying|done struggling|"
    "who gets|whos getting|who is getting|nothing left|nothing else|not much|emptied|"
    "cancelled|canceled|stopped|rarely|weirdly|strangely|oddly|enough this|so my|so mum|so mom|"
    "so dad|you|u|shall|itll|it will|it ll|thisll|this will|everythingll|everything will|"
    "dont worry|do not worry|set|chosen|sorry for wasting|"
    # This round's signs: a note read afterwards, love passed on, affairs in order.
    "by the time|if you|if u|tell|affairs|papers|finances|paperwork|the will|pocketing|"
    "pocketed|stockpil|hoard|stash|squirrel|i know|because|cause|cos|coz|need to|have to|gotta|"
    "it is|its|cannae|canna|cnt|need not|neednt|dont need|do not need|no need|write|writ"
)
_SIGN_STARTS = word_starts(_STARTS.split("|"))
# Signs that are a goodbye only beside a weightier kind (see Lexicon.lesser_kinds), and
# the courtesies and weak signs said every day.
LESSER_KINDS = frozenset(
    {
        *("oversoon", "dontworry", "setdate", "wasting", "cancelled", "itstime", "noschedule"),
        *("aftertonight", "howmuch", "inorder", "wonthere", "readthis"),
    }
)
COURTESY_KINDS = frozenset({"affection", "weak", "sorry"})


SIGNS = (
    r"\b(?="
    + _SIGN_STARTS
    # Strong signs first: where a weak one shares a position with a strong one, the
    # strong one is read.
    + r")(?:"
    + "|".join(f"(?P<{name}>{first_letter_first(pattern)})" for name, pattern in _STRONG)
    + r"|(?P<weak>"
    + "|".join(first_letter_first(pattern) for pattern in _WEAK)
    + r"))"
)
