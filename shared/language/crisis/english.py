"""The English lexicon of crisis triage: its rules and the guards that read them."""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.answers import (
    ANSWERED_NO_AFTER,
    ASKED_OR_PAST_BEFORE,
    DENIAL_SENTENCE,
)
from shared.language.crisis.arranged import ARRANGED_RULES, ARRANGED_TRIGGERS
from shared.language.crisis.english_indirect import (
    INDIRECT_RULES,
    INDIRECT_TRIGGERS,
    NOT_CANCELLED_RULES,
    SIDEWAYS_RULES,
)
from shared.language.crisis.english_net import (
    A_NIGHT_OUT_AFTER,
    COPED_WITH_AFTER,
    DRUGS,
    FAREWELL,
    FROM_A_GATHERING_AFTER,
    HUNG_FOR_SPORT_AFTER,
    NET_RULES,
    NET_TRIGGERS,
    NO_INTENT_AFTER,
    ONE_MORE_TRIFLE_BEFORE,
    ROUTINE_DOSE_AFTER,
    WAKE_TOO_EARLY_AFTER,
    WHERE_TO_LIVE_AFTER,
    word_starts,
)
from shared.language.crisis.english_outright import OUTRIGHT_RULES, OUTRIGHT_TRIGGERS
from shared.language.crisis.english_signs import (
    COURTESY_KINDS,
    LESSER_KINDS,
    SIGN_RULES,
    SIGN_TRIGGERS,
    SIGNS,
)
from shared.language.crisis.english_veiled import VEILED_RULES, VEILED_TRIGGERS
from shared.language.crisis.rules import (
    ENGLISH,
    OVERDOSE,
    SELF_HARM,
    SUICIDAL_IDEATION,
    Lexicon,
    Rule,
    needing,
    rule,
)
from shared.language.crisis.scan import first_letter_first
from shared.language.crisis.wished import WISHED_RULES_EN, WISHED_TRIGGERS_EN

# The client as a new subject: "i", "im", "ive", "id", "ill" open a verb chain of their own.
_NOT_A_NEW_SUBJECT = r"(?!(i|im|i m|ive|i ve|id|i d|ill|i ll)\b)"

# Words just before a match that turn it into a denial ("i'm not suicidal",
# "i would never kill myself", "i don't want to die").
_NEGATION_BEFORE = (
    # "not gonna lie", "no cap", "not joking": emphasis, not a denial.
    # "not me planning my exit": "me doing it", said ironically, not a denial.
    # "im not scared, im jumping tonight": fear denied, not the act.
    r"\b(?!not (gonna|going to|to) lie|no lie|no cap|not (even )?(joking|kidding)|no joke|"
    r"not (even )?(scared|afraid|frightened)\b|"
    r"not me\s*$)"
    r"(not|never|no|dont|do not|didnt|did not|wont|wouldnt|would never|no longer|"
    r"not going to|not gonna|without|stopped|havent|have not)"
    # A negation reaches only its own verb chain: the client's "i" starting a new one ends
    # it ("i dont care i want to die", "without you i want to die", "no i really want to
    # die": there the "no" answers, it denies nothing).
    r"(\s+" + _NOT_A_NEW_SUBJECT + r"\w+){0,2}\s*$|"
    # "i dont think i want to die", "i never said i wanted to": the negated verb is about
    # the wish itself, so the "i" after it stays inside the denial.
    r"\b(dont|do not|didnt|did not|never)\s+(really\s+)?(think|thought|say|said|mean|meant|"
    r"believe|feel like)\s+(that\s+)?i\s+(\w+\s+)?$|"
    # "never once thought about it": "once" only stresses the "never".
    r"\bnever once(\s+" + _NOT_A_NEW_SUBJECT + r"\w+){0,2}\s*$|"
    # Nigerian Pidgin's denial: "i no dey think of".
    r"\bno dey\s+(think|thinking|wan|want)\s+(of\s+|about\s+|to\s+)?$"
)
# A form's label answered no: "suicidal thoughts: none. self harm: none", "q9 better off
# dead: not at all". The answer ends the sentence or runs into the next label.
_LABEL_ANSWERED_NO_AFTER = (
    r"^\s*((thoughts?|ideation|feelings?|urges?|behaviou?rs?|risk|question)\s+)?(none|nil|0|zero|"
    r"not at all|denied|denies|no|nope|never|n a)(\s+(self harm|suicidal|mood|sleep|appetite|"
    r"risk|plan|intent|anxiety)\b|\s*$)"
)
# Someone else is the subject: "mum wanted to die at home", "he wants to die".
_OTHER_SUBJECT_BEFORE = (
    r"\b(he|she|they|hes|shes|mum|mom|mother|dad|father|nan|gran|grandma|grandad|"
    r"grandpa|brother|sister|wife|husband|son|daughter|friend|patient|character|"
    r"dog|cat|uncle|aunt|partner|boyfriend|girlfriend|woman|lady|someone|"
    # "man i want to die", "ugh guys i wanna die": said to no one, not about someone.
    r"(the|a|this|that|some|her|his|my|your|old) (guy|man|bloke)|"
    r"somebody|person|people|celebrity|singer|actor|rapper|student)"
    # Only when that person is the verb's subject: "i lost my daughter i want to die",
    # "im a terrible mother i want to die" are the client's own wish.
    r"(\s+" + _NOT_A_NEW_SUBJECT + r"\w+){0,1}\s*$"
)


# Stories and animals: "the character wants to kill himself in the last episode".
_FICTION_BEFORE = (
    r"\b(character|hero|heroine|villain|film|movie|show|series|book|novel|episode|story|"
    r"dog|cat|battery|laptop|plant|"
    # The phone itself ("my phone wants to die"), not the line it was said on ("told me
    # on the phone she wants to die").
    r"(?<!\bon the )(?<!\bover the )(?<!\bon )(?<!\bby )(?<!\bon my )(?<!\bfrom her )"
    r"(?<!\bfrom his )(?<!\bfrom my )(?<!\bfrom their )(?<!\bto my )phone)\b(\s+\w+){0,4}\s*$"
)


# A day a plan is set for: "on friday", "on the weekend", "on my birthday".
_WHEN_ON = (
    r"((monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|"
    r"fri|sat|sun|the weekend|weekend|payday|(my|his|her|our|their) (birthday|anniversary)|"
    r"(mothers|fathers|valentines|new years|christmas|xmas)( eve| day)?|thanksgiving|"
    r"the \d+(st|nd|rd|th)?)\b"
    # Not the day's treats: "friday night pizza", "christmas movies", "every year".
    r"(?!\s+(\w+\s+)?(pizza|cartoons|movies|films|tv|telly|roasts?|sales|brunch|cake|food|"
    r"snacks|chocolate|dinner|lunch|season|episodes?|shows?|sweets|candy|treats|leftovers|"
    r"specials?|deals?|every)\b))|purpose\b|all of (them|those|these)\b"
)


# The words the rules about someone else need, one of them at least.
_SOMEONE_ELSE = (
    "himself|herself|themselves|themself|he|she|they|son|daughter|kid|child|teen|brother|"
    "sister|friend|partner|husband|wife|boyfriend|girlfriend"
)


# "The old me wanted to die, not anymore": said about the past, and said to be over.
_OVER_NOW_AFTER = (
    r"^\s*(\w+\s+){0,4}((not anymore|not any more|but not these days|"
    r"(but )?i (havent|have not|hadnt) (in|for|since)|(but )?i (dont|do not) (any ?more|"
    r"these days)|no longer (do|does|am|is|feel (that|this) way|feel like (that|this)|think "
    r"(that|this) way)|(and |but )?(honestly|truthfully|i said|i told (her|him|them)) (no|nope|"
    r"not really)(?! ?(one|body|where|thing)))\b|"
    # A bare "no longer" or "not now" is over only when nothing but a recovery follows: "i
    # want to die i no longer see the point", "not now but soon", "i dont now what to do"
    # (know, misspelt) go on with the wish.
    r"(no longer|not now|i (dont|do not) now)"
    r"(\s*(\b(thank (god|goodness|fuck)|thankfully|at all|though|tho|lol|haha)\s*)?$|"
    r"\s+(\w+\s+){0,4}(proud|grateful|glad|thankful|healing|recovering|recovered|clean|"
    r"sober)\b|"
    r"\s+(and |but |so )?(now |these days |today )?(im|i am|i m|things are|life is)\s+"
    r"(\w+\s+)?(ok|okay|fine|good|better|well|great|happy|safe|doing|healing|recovering|"
    r"in a (good|better) place)\b)|"
    # "i was suicidal in high school but im doing much better now": a time gone by, then
    # the client's own recovery.
    r"(in (high |middle )?school|in (college|uni|university|my teens|my twenties)|in (19|20)\d\d|"
    r"(\w+ )?years ago|last year|as a (kid|teen|teenager)|back then|when i was (younger|a kid|"
    r"a teen|\d+))(\s+\w+){0,3}?\s+(and|but|so)\s+(now\s+|today\s+)?(im|i am|i m)\s+"
    r"((?!(not|never|no|nowhere)\b)\w+\s+){0,2}?(better|ok|okay|fine|good|well|doing|grateful|"
    r"glad|proud|clean|sober|recovered|safe|happy)\b(?!\s+(with (dying|death|ending)|to die))|"
    # "i'd have said yes to wanting to die, now i really want to live".
    r"(and |but )?now i (really |actually |truly |do )?(want to|wanna) (live|be here|be alive)\b)"
)


_DRUGS = (
    r"(pills?|tablets?|meds|medications?|medicine|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|codeine|co codamol|cocodamol|insulin|sleeping pills|sleepers|"
    r"antidepressants|sertraline|citalopram|fluoxetine|xanax|valium|diazepam|oxy|"
    r"oxycodone|opioids|painkillers|lithium|quetiapine|zopiclone|benadryl|heroin|fentanyl)"
)

# Drugs overdosed on: the net's list, but not "bars" ("overdosed on protein bars").
_OVERDOSE_DRUGS = DRUGS.replace("|bars)s?", ")s?")
_OVERDOSE_ASKED_OR_BY_ACCIDENT = (
    r"\b((can|could|cant|cannot|do|does) (you|u|people|someone|a person|kids|children|dogs?)|"
    r"you (can|cant|cannot|could)|possible to|(hard|easy|impossible|simple)( it is)? to|"
    r"accidentally|almost|nearly|by (mistake|accident))\b(\s+\w+){0,3}\s*$"
)

# What people say they overdosed on in fun: "an overdose of coffee", "a sugar overdose".
_TREATS = (
    r"(coffee|caffeine|espresso|sugar|chocolate|candy|sweets|cake|carbs|cheese|pizza|"
    r"cuteness|sunshine|netflix|tv|nostalgia)"
)

# A subject studied or reported: "a module on self-harm", "read about the opioid overdose".
_TOPIC_BEFORE = (
    r"\b(module|course|training|lecture|class|seminar|talk|article|book|documentary|podcast|"
    r"research|study|essay|awareness|policy|leaflet|workshop|news|read about|opioid|drug|"
    r"reading about|learning about|studying|read up on|"
    r"paper|thesis|dissertation|presentation|webinar|conference|chapter|assignment|report|"
    r"nursing|narcan|naloxone|symptoms|signs of|statistics)\b"
    r"(\s+\w+){0,2}\s*$"
)


def _gated(words: str, each: Rule) -> Rule:
    """The rule, tried only in a sentence holding one of ``words`` (anywhere in a word: the
    gate is a cheap pre-check, and a false pass only runs the rule)."""
    return replace(each, needs=word_starts(words.split("|")))


_RULES: tuple[Rule, ...] = (
    # Suicidal ideation: thoughts, wishes and plans about ending one's own life.
    _gated(
        "think|thought|fantasi|plan",
        rule(
            SUICIDAL_IDEATION,
            r"\b(thinking|thought|thoughts|think|thinks|fantasi[sz]ing|planning|plan|"
            r"plans)\s+(about|of|on)\s+(suicide|killing myself|ending it( all)?|"
            r"ending my (own )?life|taking my (own )?life|not being here|being dead)\b",
            negatable=True,
            # A relationship ended: "thinking about ending it with my girlfriend".
            benign_after=r"^\s*(with|w)\s+(my|the|him|her|them|this|\w+)\b",
        ),
    ),
    _gated(
        "suicidal",
        rule(SUICIDAL_IDEATION, r"\bsuicidal\b", benign_after=_LABEL_ANSWERED_NO_AFTER),
    ),
    _gated(
        "suicide",
        rule(
            SUICIDAL_IDEATION,
            r"\b(commit|committing|attempt|attempting|consider|considering|contemplating)\s+"
            r"suicide\b",
            other_subject_guard=True,
        ),
    ),
    _gated(
        "suicide",
        rule(SUICIDAL_IDEATION, r"\bsuicide (note|plan|attempt)\b", other_subject_guard=True),
    ),
    _gated(
        "suicide|death",
        rule(SUICIDAL_IDEATION, r"\b(plan|plans|planning|planned)\s+(my\s+)?(suicide|own death)\b"),
    ),
    _gated(
        "myself",
        rule(
            SUICIDAL_IDEATION,
            r"\b(kill|killing|killed)\s+myself\b",
            # Only the hyperbole's own contexts: "with pills", "at the bridge", "for real",
            # "over what happened" are plans and reasons, and stay flagged.
            benign_after=NO_INTENT_AFTER + r"\s*(laughing|working|trying to (?!make it look)|"
            # A purpose is everyday only when it is a task: "to make the deadline", not "to
            # make the pain stop" or "to get away from all this".
            r"to (get|finish|make|meet|keep)\s+(\w+\s+){0,2}(deadline|essay|project|work|job|"
            r"shift|report|assignment|homework|thesis|done|finished|time|ends meet|grade|grades|"
            r"target|quota|fit|rent|money|class|train|bus|flight|up|in shape|it work|it there|"
            r"everyone happy)|"
            r"doing (this|that|it|the|all|overtime|homework|chores)|"
            r"at (the gym|work|my job|the office)|"
            # "nearly killed myself tripping over the dog", "killed myself on that run".
            r"(tripping|falling|slipping|fell|tripped|slipped)|on (the|my|a|that|this) (ladder|"
            r"stairs|steps|ice|bike|skateboard|scooter|treadmill|run|hike|climb|ride|workout|"
            r"trampoline|skates)|"
            r"over (nothing|this (essay|project|job|assignment))|"
            r"with (work|laughter|this (workout|essay|project|job)))\b",
        ),
    ),
    _gated("unaliv|sewer", rule(SUICIDAL_IDEATION, r"\b(unalive|unaliving|sewer slide)\b")),
    # "kms lol the homework is 40 problems": said of a chore as often as "i want to die".
    _gated("kms", rule(SUICIDAL_IDEATION, r"\bkms\b", hyperbole_prone=True)),
    _gated(
        "die",
        rule(
            SUICIDAL_IDEATION,
            r"\b(want|wants|wanna|wanting|wish|wishing|ready|deserve)\s+((to|t0)\s+)?die\b",
            # "die my hair": dye, misspelt.
            benign_after=r"^\s*(of|from)\s+(embarrassment|shame|cringe|laughing)|^\s*laughing|"
            r"^\s*((my|his|her|their|your)\s+)?(hair|fabric|clothes|shoes|wool|eggs)\b|"
            # "i want to die on this hill": holding an opinion, not a wish.
            r"^\s*on (this|that) hill\b",
            other_subject_guard=True,
            # "ugh i want to die, i hit reply all": a mishap, and nothing earnest.
            hyperbole_prone=True,
        ),
    ),
    # "I wanted to die when I called my teacher mum": said of an embarrassment, in
    # the past, it is hyperbole; with anything earnest in the message it is not.
    _gated(
        "die",
        rule(
            SUICIDAL_IDEATION,
            r"\bwanted\s+(to\s+)?die\b",
            # "die my hair": dye, misspelt.
            benign_after=r"^\s*(of|from)\s+(embarrassment|shame|cringe|laughing)|^\s*laughing|"
            r"^\s*((my|his|her|their|your)\s+)?(hair|fabric|clothes|shoes|wool|eggs)\b|"
            # "i want to die on this hill": holding an opinion, not a wish.
            r"^\s*on (this|that) hill\b",
            other_subject_guard=True,
            hyperbole_prone=True,
        ),
    ),
    _gated(
        "dead",
        rule(
            SUICIDAL_IDEATION,
            r"\b(want|wanna|wish|rather|would rather|prefer)\s+(to\s+)?(be\s+)?dead\b",
            # "hed rather be dead than be seen with me": a comparison, not a wish.
            # ("than keep feeling like this", "than go back" are no comparison with a trifle).
            benign_after=r"^\s*than\s+(?!(keep|go on|carry on|live|living|feel|feeling|go back|be "
            r"alive|wake up|face|deal|spend|another|continue|stay|be here|exist)\b)",
            other_subject_guard=True,
        ),
    ),
    _gated(
        "wish",
        rule(
            SUICIDAL_IDEATION,
            r"\bwish (i was|i were|i wasnt|i werent|id|i had) (dead|not alive|never born|"
            r"not here|never been born|gone)\b",
        ),
    ),
    _gated(
        "wake",
        rule(
            SUICIDAL_IDEATION,
            r"\b(sleep|go to sleep|fall asleep) and (never|not) wake up\b(?!\s+(until|till|til|"
            r"before|for (\d+|a|an|the|hours|ages)|once|in the night|during|through|early))|"
            r"\b(wish|hope|want|wanna|pray)\w*( i| to)?( could| would| will)? "
            r"(never|not) wake up\b",
            benign_after=WAKE_TOO_EARLY_AFTER,
            negatable=False,
        ),
    ),
    _gated(
        "end|tak",
        rule(
            SUICIDAL_IDEATION,
            r"\bend(ing)?\s+(it all|my life|my own life|everything|it tonight)\b|"
            r"\btak(e|ing) my (own )?life\b",
            # "end it all with a bang at the concert": a night out ending, not a life.
            benign_after=A_NIGHT_OUT_AFTER,
        ),
    ),
    _gated(
        "better",
        rule(
            SUICIDAL_IDEATION,
            r"\bbetter off (dead|without me|if i (was|were|wasnt|werent) (dead|gone|here))\b|"
            r"\bbetter (off )?without me\b|"
            # "better dead than this", "better I am dead so my family get the insurance".
            r"\bbetter (off )?dead than (alive|living|going on|another day|this(?=\s*$|\s+(life|"
            r"pain|hell|feeling|way|anymore|any more|honestly|tbh)\b))\b|"
            r"\b(its |it s |it is |is )?better (if )?(i am|i m|im|i was|i were|i be) dead\b"
            r"(?!\s+(early|first|in (the|this) (game|round|match)|so i can respawn)\b)|"
            r"\b(im|i m|i am|id be|i d be|i would be)\s+better\s+dead\b"
            r"(?!\s+(early|first|in (the|this) (game|round|match)|so i can respawn)\b)",
            # "the team would be better without me on it": a place in a side, not a life.
            benign_after=_LABEL_ANSWERED_NO_AFTER
            + r"|^\s*(on (it|the (team|project|committee|board|rota|trip|squad|side|"
            r"pitch|panel))|at (the|this|that) (party|meeting|wedding|dinner|event|match|game))\b",
        ),
    ),
    _gated(
        "liv|going on|worth",
        rule(
            SUICIDAL_IDEATION,
            r"\b(no|nothing|no point|no reason|nothin)\s+(left\s+)?(to live for|to live|in living|"
            r"living|going on|to stay alive|to keep going|to be alive|to carry on|to wake up)\b|"
            r"\bnot worth living\b|\blife (isnt|is not) worth (living|it)\b|"
            r"\b(life|lifes|life s|living|this life|existing|being alive)\s+(is\s+)?(not|no longer|"
            r"aint)\s+worth\s+(living|it|the (effort|pain|struggle|fight|bother))\b",
            benign_after=WHERE_TO_LIVE_AFTER + r"|^\s*without (my |a |some )?" + _TREATS + r"\b",
            negatable=False,
        ),
    ),
    _gated(
        "want|wanna",
        rule(
            SUICIDAL_IDEATION,
            r"\b(dont|do not|dont really|no longer|dont even)\s+(want|wanna)\s+(to\s+)?"
            r"(live|be alive|exist|be here (any ?more|any longer|no more)|"
            r"wake up( tomorrow| again| ever)?\s*$)",
            benign_after=WHERE_TO_LIVE_AFTER,
            negatable=False,
        ),
    ),
    # The will to live lost: "no desire to live anymore", "no intention of staying alive".
    # The none-of guard never reads it: a will to live denied is the crisis itself.
    _gated(
        "live|living|alive|here|breathing",
        rule(
            SUICIDAL_IDEATION,
            r"\b(no|zero|lost (my|the|all)|losing (my|the)|dont have (the|any)|without (the|"
            r"any))\s+(more\s+)?(will|desire|urge|wish|want|motivation|intention|intentions|"
            r"plans?)\s+"
            r"(to|of)\s+(live|living|be alive|being alive|keep (living|going)|stay(ing)? alive|"
            r"be(ing)? here (next|much|in|by|after)|go(ing)? on living|exist(ing)?)\b|"
            r"\bwhy am i (even |still )?(alive|living|breathing)\b|"
            r"\bhow (much )?longer i can (keep (living|going on)|stay alive|go on living)\b",
            # "no desire to live in london", "no plans to be here next year, moving abroad":
            # a place or a move. "in this world", "in pain" stay a life.
            benign_after=WHERE_TO_LIVE_AFTER
            + r"|^\s*in (?!(this|a|the|my) (world|body|state|way|head|life)|pain|fear|misery|agony|"
            r"hell|darkness|shame|constant|such|silence|general)\w+|"
            r"^\s*(\w+\s+){0,4}(moving|move|relocat\w*|abroad|visa|lease|contract|graduat\w*)\b",
            negatable=False,
        ),
    ),
    _gated(
        "pain",
        rule(
            SUICIDAL_IDEATION,
            r"\b(want|wanna|need|wish)\w*\s+(the|this|all the|all this)\s+pain\s+to\s+(stop|end)"
            r"\s+(forever|for good|permanently)\b",
        ),
    ),
    _gated(
        "disappear|vanish|existing",
        rule(
            SUICIDAL_IDEATION,
            r"\b(disappear|vanish)\s+(forever|for good|permanently)\b|\bstop existing\b",
            # "stop existing on junk food": a habit, not a life.
            # "disappear forever, like not exist at all" goes on to the same wish.
            benign_after=r"^\W*(on|off|as (a|an)|like(?!\s+(not|never|gone|dead|for good)\b)|"
            r"in (this|that|the)|at (work|school))\b",
        ),
    ),
    _gated(
        "front|under|off",
        rule(
            SUICIDAL_IDEATION,
            r"\b(jump|jumping|throw myself|throwing myself|step|stepping)\s+"
            r"(in front of|under)\s+(a|an|the)\s+(train|bus|car|truck|lorry|tube)\b|"
            r"\b(jump|jumping|throw myself|throwing myself)\s+off\s+(a|the|my)\s+"
            r"(bridge|building|roof|cliff|balcony|car park|multi storey|parking (garage|structure|"
            r"deck)|parkade|overpass|water tower)\b",
            # "bungee jumping off the bridge", "the film ended with her jumping off it".
            benign_before=r"\b(bungee|bungy|base|film|movie|show|series|book|novel|episode|"
            r"story|character|scene)\b(\s+\w+){0,4}\s*$",
            benign_after=r"^\s*(\w+\s+){0,2}(into (the|a) (lake|sea|water|river|ocean|pool|"
            r"quarry|harbour|harbor)|on a bungee|with a (bungee|parachute))\b",
        ),
    ),
    _gated(
        "hang",
        rule(
            SUICIDAL_IDEATION,
            r"\bhang(ing)? myself\b",
            # "i'll hang myself out to dry": exposed to blame, an idiom.
            benign_after=HUNG_FOR_SPORT_AFTER + r"|^\s*out\s+to\s+dry\b",
        ),
    ),
    # Passive ideation, said plainly: clinicians want these as much as plans.
    _gated(
        "end|stop|over",
        rule(
            SUICIDAL_IDEATION,
            r"\b(want|wanna|wish|need)\w*\s+(it all|everything|all of it|my life)\s+to\s+"
            r"(end|stop|be over)\b",
            other_subject_guard=True,
        ),
    ),
    _gated(
        "wish|want|wanna",
        rule(
            SUICIDAL_IDEATION,
            r"\bwish i (wasnt|werent|was not|were not) (alive|here any ?more|around any ?more)\b|"
            r"\b(want|wanna|wish)\w* (to )?not (exist|be alive)\b",
        ),
    ),
    _gated(
        "miss|care|notice",
        rule(
            SUICIDAL_IDEATION,
            # "nobody's gonna miss me": the contraction folded to "nobodys".
            r"\b(nobody|no one|noone|no1)\s+(would|will|wud|wouldnt|wont)\s+(even\s+)?"
            r"(miss me|miss this old (lady|man|woman)(?!\s+(when|while|for|during|on|at|in)\b))\b|"
            r"\b(nobodys|no ones|nobody s|no one s|nobody is|no one is|nobody|no one|"
            r"noone|no1)\s+(gonna|"
            r"going to|gunna|gon)\s+(even\s+)?(miss me|miss this old (lady|man|woman|fool)"
            r"(?!\s+(when|while|for|during|on|at|in)\b))\b"
            r"(?!\s+(at(?!\s+all\b)|in|from|if i (skip|"
            r"miss|leave|quit|dont go|don t go|cancel)|when i (leave|quit|go|move)|during|over the|"
            r"this year)\b)|"
            r"\b(nobody|no one|noone|no1)\s+(would|will|wud|wouldnt|wont)\s+(even\s+)?"
            r"(miss me|care if i (died|die|was gone|were gone|was dead|disappeared|wasnt here)|"
            r"notice if i (died|die|was gone|were gone|was dead|disappeared|wasnt here))\b"
            # "nobody would care if i die my hair green": dye, misspelt.
            r"(?!\s+((my|the|his|her)\s+)?(hair|roots|beard|clothes|shirt)\b)",
            # "nobody would miss me at that meeting", "... if i was gone from the group chat".
            benign_after=FROM_A_GATHERING_AFTER,
        ),
    ),
    _gated(
        "life|living|alive|existing",
        rule(
            SUICIDAL_IDEATION,
            r"\b(im|i am|i m|so)\s+(done|finished|tired|sick)\s+(with|of)\s+"
            r"(life|living|being alive|existing)\b",
            # "tired of living like a student" is the life, not living; "like for real" is
            # emphasis.
            benign_after=r"^\s*(admin|insurance|coach\w*|drawing|hacks?|skills|lessons|goals|"
            r"updates|advice|science|support|planning)\b|"
            r"^\s*(in|at|with|like (?!(for real|fr|genuinely|actually|really|"
            r"honestly|seriously|literally|deadass|i mean|forever|for good))|out of|here|there|"
            r"on|paycheck|alone)\b",
        ),
    ),
    _gated(
        "go on",
        rule(
            SUICIDAL_IDEATION,
            r"\b(cant|can not|cannot)\s+go on\s+(any ?more|any longer|living)\b|"
            r"\b(dont|do not)\s+want to go on (living|any ?more|any longer)\b",
            # "cant go on any more rides": outings, not a life.
            benign_after=r"^\s*(of\s+)?(these\s+|those\s+|the\s+)?(rides?|trips?|dates?|holidays?|"
            r"vacations?|walks?|runs?|hikes?|diets?|shifts?|tours?|roller ?coasters?|adventures?|"
            r"nights? out|courses?|calls?|meetings?)\b",
        ),
    ),
    # Someone close who wants to die ("my son told me he wants to kill himself"):
    # not the client's own crisis, but one a clinician must hear tonight. A wish
    # in the past that no one reports ("mum wanted to die at home") stays benign.
    *needing(
        word_starts(_SOMEONE_ELSE.split("|")),
        (
            rule(
                SUICIDAL_IDEATION,
                r"\b(wants?|wanted|going|gonna|plans?|planning|threaten(s|ed|ing)?|talking about|"
                r"thinking about|talks about|is trying|keeps trying)\s+(to\s+)?(kill|killing)\s+"
                r"(himself|herself|themselves|themself)\b|"
                r"\b(he|she|they)\s*(ll|will|d|would|is going to|is gonna)\s+kill\s+"
                r"(himself|herself|themselves|themself)\b|"
                r"\b(says|said|told me|tells me|keeps saying|texted me|wrote|messaged me)\s+"
                r"(that\s+)?"
                r"(he|she|they)\s+(wants?|wanted|wishes|wished|is going|was going|has decided|had "
                # "told me she has decided to die".
                r"decided|decided|is planning|was planning)\s+to\s+"
                r"(die|be dead|end it( all)?|end (his|her|their) life)\b|"
                r"\b(he|she|they|hes|shes|theyre)\s+(doesnt|does not|dont|didnt|did not|"
                r"no longer)\s+"
                r"wants?\s+to\s+(live|be alive|be here any ?more)\b|"
                r"\b(he|she|they|son|daughter|kid|child|teen|teenager|brother|sister|friend|"
                r"partner|"
                r"husband|wife|boyfriend|girlfriend)\s+(wants|wishes)\s+to\s+die\b",
                benign_before=_FICTION_BEFORE,
                benign_after=r"^\s*(his|her|their|the|a|an|my|it|them|some|these|those)\b|"
                r"^\s*(at home|in peace|peacefully|in (his|her|their) (sleep|own bed)|"
                r"with dignity|of (embarrassment|shame|laughing)|with (him|her|them|his|their)|"
                r"laughing)\b",
            ),
            rule(
                SELF_HARM,
                r"\b(is|are|hes|shes|theyre|been|keeps|started)\s+"
                r"(cutting|hurting|harming|burning)\s+"
                r"(himself|herself|themselves|themself)\b|"
                r"\b(cuts|harms|hurts)\s+(himself|herself|themselves|themself)\s+"
                r"(on purpose|again)\b",
                benign_before=_FICTION_BEFORE,
                benign_after=r"^\s*(a|an|some|shaving|on|cooking|chopping|at the gym|playing|"
                r"by accident)\b",
            ),
            # Someone close who means to hurt themselves: "she said she's going to hurt
            # herself tonight", "he's planning on hurting himself", "i'm scared he's going
            # to hurt himself". An accident feared is not ("i'm afraid she'll hurt herself on
            # the stairs", "my dad refuses his cane").
            rule(
                SELF_HARM,
                r"^(?!.*\b(nobody|no one|noone|toddler|baby|puppy|dog|cat|cane|stairs|ladder|roof|"
                r"climb\w*|skat\w*|bike|"
                r"trampoline|walker|falls?|falling|slip\w*|gym|lifting|football|soccer|rugby|"
                r"practice|match|game)\b).*?(\b(wants?|wanted|plans?|planning|threaten(s|ed|ing)?|"
                r"talking about|talks about|thinking about|keeps talking about)\s+(to\s+|on\s+)?"
                r"(hurt|harm|hurting|harming|cut|cutting)\s+(himself|herself|themselves|"
                r"themself)\b|"
                r"\b(he|she|they)\s*(is going to|is gonna|s going to|s gonna|re going to|re gonna|"
                r"said (he|she|they)d|says (he|she|they)ll)\s+(hurt|harm|cut|do something to)\s+"
                r"(himself|herself|themselves|themself)\b|"
                r"\b(he|she|they)\s*(is going to|is gonna|s going to|s gonna|re going to|"
                r"re gonna)\s+do\s+something\s+(stupid\s+|drastic\s+)?tonight\b)",
                benign_before=_FICTION_BEFORE,
            ),
        ),
    ),
    # Self-harm.
    _gated(
        "slit|cut",
        rule(SELF_HARM, r"\b(slit|slitting|cut|cutting)\s+my\s+(wrists?|arms?|thighs?|legs?)\b"),
    ),
    _gated(
        "self",
        rule(
            SELF_HARM,
            r"\bself\s?(harm\w*|injur\w*)\b",
            benign_after=COPED_WITH_AFTER + "|" + _LABEL_ANSWERED_NO_AFTER,
            benign_before=_TOPIC_BEFORE,
        ),
    ),
    _gated(
        "myself",
        rule(
            SELF_HARM,
            r"\b(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|"
            r"hit|hitting|punch|punched|punching|scratch|scratched|scratching|starve|starving)"
            r"\s+myself\b",
            # "a lot", "a few times", "on purpose", "on my wrist" are the act, not a mishap.
            benign_after=NO_INTENT_AFTER + r"\s*((a|an|some|another)(?!\s+(lot|few|couple|bunch|"
            r"number|ton|load|dozen|fair bit)\b)|on(?!\s+(purpose|((the )?(inside|outside|back|"
            r"top|underside) of )?(my|his|her|their) (wrists?|thighs?|forearms?|arms?|legs?|"
            r"stomach|belly|hips?|body|skin|ribs|chest|ankles?|shoulders?|neck))\b)|shaving|"
            r"cooking|"
            r"chopping|slicing|opening|"
            r"peeling|ironing|making|baking|gardening|at the gym|at work|lifting|playing|"
            r"at (practice|training|\w+ (practice|training|class|game|match))|during (practice|"
            r"training|the game|the match|class)|of (social media|sugar|carbs|screen time|the "
            r"news|news|the internet|caffeine|coffee|tv|netflix|my phone)|"
            r"running|by accident|accidentally|with the (kettle|iron|oven|knife while|glue gun|"
            r"hot glue|stove|pan|grill|toaster|straighteners|curling iron|soldering iron)|"
            r"if i keep (lifting|running|training|climbing|skating|playing|dancing|"
            r"going like this))\b|"
            # "asked if id had thoughts of harming myself and i could honestly say no",
            # "the urge to hurt myself didnt show up this week".
            r"^\s*(and\s+|but\s+)?i\s+(could\s+|can\s+|was able to\s+)?(honestly\s+|truthfully\s+|"
            r"finally\s+)?(say|said|answer|answered|tell|told (him|her|them|the \w+))\s+(no|nope)"
            r"(\s+(to (that|it|both|all of (it|them))|thankfully|thank god|for once|"
            r"this time))?\s*$|"
            r"^\s*(didnt|did not|hasnt|has not|havent|have not|never|wasnt|was not)\s+(once\s+|"
            r"even\s+)?(show up|come up|come back|return|happen|appear|surface|turn up|"
            r"kick in)\s+(at all|once|"
            r"this (week|time|month)|today|all (week|day|month)|lately|recently|since)\b",
        ),
    ),
    _gated(
        "cut|burn",
        rule(
            SELF_HARM,
            r"\b(started|start|been|back to|keep|kept|urge to|urges to|want to|wanna)\s+"
            r"(cutting|cut|burning|burn)(\s+again)?\s*$|\b(cutting|burning) again\b|"
            # "im cutting rn cant stop": the act now, and not stopping ("cutting rn so no
            # pizza" is a diet).
            # "im cutting right now", said and nothing more (not a diet: "bulk", "calories").
            r"^(?!.*\b(bulk\w*|calories|cals|diet\w*|gym|macros|protein|weight|lbs|kg|carbs|"
            r"shred\w*|season)\b).*\b(im|i am|i m)\s+(cutting|burning)(\s+myself)?\s+(rn|right "
            r"now|now|atm)\s*$|"
            r"\b(cutting|burning)\s+(rn|right now|atm|as we speak|now)\b(?=(\s+\w+){0,3}?\s+"
            r"((cant|can t|cannot|can not|couldnt)\s+stop\b(?!\s+(eating|snacking|being hungry|"
            r"thinking about (food|pizza|burgers|carbs|sugar)|dreaming about|craving))|so much "
            r"blood|bleeding|please help|help me))",
        ),
    ),
    # Overdose.
    _gated(
        "overdos",
        rule(
            OVERDOSE,
            r"\boverdos(e|ed|es|ing)\b",
            # "overdose on sugar" is hyperbole; "overdose on friday" is a date.
            # A drug a few words on is no treat: "overdose on my mom's heart meds".
            benign_after=r"^\s*on\s+(?!(my |the |all |some |a )?(\w+\s+){0,4}?"
            + _OVERDOSE_DRUGS
            + r"\b|"
            + _WHEN_ON
            + r")|"
            r"^\s*(crisis|epidemic|deaths|rates?|statistics|awareness|training|prevention|response|"
            r"symptoms|signs|kits?|reversal|protocol)\b|"
            r"^\s*of\s+" + _TREATS + r"\b|"
            # Kept from happening: "might overdose on his heart meds, so we bought a dosette".
            # Only where that is what was done about it: "the pills mum keeps locked away,
            # i found the key" is no safeguard.
            r"^.*\bso (we|i|they|mum|mom|dad)\b(\s+\w+){0,4}\s+(dosette|pill (box|organi[sz]er)|"
            r"blister packs?|locked (up|away)|lock (them|it) (up|away))\b",
            # A question, a worry, an accident: "can you overdose on vitamin d tablets?",
            # "worried i'll accidentally overdose on the new pills", "almost overdosed".
            # Never a bare "might": "i might overdose on my nan's tablets tonight".
            benign_before=_TOPIC_BEFORE
            + r"|\b"
            + _TREATS
            + r"\s+$|"
            + _OVERDOSE_ASKED_OR_BY_ACCIDENT,
            other_subject_guard=True,
        ),
    ),
    _gated(
        "od",
        rule(
            OVERDOSE,
            r"\b(an|to|gonna|going to|take an|took an|taking an)\s+od\b",
            read_disguised=False,
        ),
    ),
    _gated(
        "took|tak|swallow|downed|necked",
        rule(
            OVERDOSE,
            r"\b(took|take|taking|swallowed|swallow|swallowing|downed|necked)\s+(all|a handful|"
            r"handful|a bunch|loads|lots|too many|the whole|a whole|an entire|every|a bottle|"
            r"a box|a pack|a packet|a load)\b(\s+\w+){0,4}\s+" + _DRUGS + r"\b",
            benign_after=r"^\s*(the (doctor|gp|nurse|pharmacist|consultant) (gave|prescribed|"
            r"said)|i was (given|prescribed)|as prescribed)\b|" + ROUTINE_DOSE_AFTER,
            negatable=False,
        ),
    ),
    _gated("swallowed", rule(OVERDOSE, r"\bswallowed\s+a\s+(whole\s+)?bottle\s+of\b")),
    # A rope made ready for oneself: "rope's hung in the top barn ready for me saturday".
    # Not one ready for a climb or a job: "ready for me to climb", "to tie the load".
    _gated(
        "rope|noose",
        rule(
            SUICIDAL_IDEATION,
            r"\b(rope|noose|ropes)\s+(is\s+|s\s+|was\s+)?(hung|hanging|set up|ready)\b"
            r"(\s+\w+){0,6}?\s+(ready\s+)?for\s+me\b(?!\s+to\b)",
            benign_after=r"^.*\b(gym|climb\w*|wall|crag|boat|dock|marina|swing|class|pe|"
            r"practice|training|session|lesson|load|trailer|tarp|tent|washing|laundry|tow|"
            r"truck|car|roping|ranch|rodeo|horses?|cattle|calf|calves|hay|bales?|store|shop|"
            r"desk|course|pulley|abseil\w*|belay|physio|exercises?|fitness|circus|aerial|"
            r"stage|show|rehearsal)\b",
            benign_before=r"\b(tow|jump|skipping|battle|climbing|belay|abseil\w*|lasso|"
            r"washing|clothes|gym|boat|mooring)\s+$",
        ),
    ),
    # Tonight, every one of them: a prescription named after it is no course finished
    # ("tonight im swallowing every tablet the doctor gave me").
    _gated(
        "swallow|tak|downing|necking",
        rule(
            OVERDOSE,
            r"\b(tonight|tonite|2nite|tnite|this evening)\s+(im|i am|i m|ill|i will|i ll)\s+"
            r"(gonna\s+|going to\s+)?(finally\s+|just\s+)?(swallow|swallowing|take|taking|downing|"
            r"down|necking|neck)\s+(all|every|the whole|a whole|an entire)\b(\s+\w+){0,4}\s+"
            + _OVERDOSE_DRUGS
            + r"\b",
            # The evening's doses, or a course finished: "tonight i'm taking all my
            # evening tablets on time", "... for the chest infection, last day of the course".
            benign_after=ROUTINE_DOSE_AFTER + r"|^\s*(\w+\s+){0,8}(before bed|at bedtime|"
            r"for (the|my|a) (\w+\s+)?(infection|cold|flu|cough|fever|pain|headache|uti|"
            r"migraine)|last day of the course|as (usual|prescribed|normal))\b",
        ),
    ),
    _gated(
        "stockpil|saving|saved|hoarding|hoarded|collecting",
        rule(
            OVERDOSE,
            # "saved up 3 months of my meds", "hoarding my seroquel".
            r"\b(stockpil\w*|saving up|saved up|hoarding|hoarded|collecting)\s+((\d+|a few|some|"
            r"a couple of|two|three|four|six) (months?|weeks?) (worth )?of\s+)?((all\s+)?my\s+)?"
            + DRUGS
            + r"\b|\b(have|got|ive got|i have)\s+(\w+\s+)?"
            + DRUGS
            + r"\s+(saved|stashed|hidden|put away|stockpiled|hoarded)\b",
            # "collecting my meds from the pharmacy at 3": a pickup, not a hoard.
            benign_after=r"^\s*(\w+\s+){0,2}(from|at) (the )?(pharmacy|chemist|chemists|drugstore|"
            r"clinic|hospital|surgery|doctors?|gp)\b",
        ),
    ),
    *NET_RULES,
    *INDIRECT_RULES,
    *SIGN_RULES,
    *VEILED_RULES,
    *NOT_CANCELLED_RULES,
    *SIDEWAYS_RULES,
    *OUTRIGHT_RULES,
    *WISHED_RULES_EN,
    *ARRANGED_RULES,
)


# Every rule needs one of these word starts; most noticings have none, and one
# scan for them is far cheaper than running every rule.
_WORD_STARTS = (
    "suicid",
    "rope",
    "noose",
    "kill",
    "kms",
    "unaliv",
    "sewer",
    "die",
    "dead",
    "himself",
    "herself",
    "themsel",
    "wake",
    "end",
    "tak",
    "better",
    "live",
    "living",
    "worth",
    "exist",
    "wish",
    "here",
    "stop",
    "over",
    "alive",
    "miss",
    "care",
    "notice",
    "life",
    "go on",
    "disappear",
    "vanish",
    "jump",
    "throw",
    "step",
    "hang",
    "slit",
    "cut",
    "self",
    "harm",
    "injur",
    "burn",
    "hurt",
    "hit",
    "punch",
    "scratch",
    "starv",
    "overdos",
    "od",
    "took",
    "swallow",
    "downed",
    "necked",
    "stockpil",
    "saving",
    "hoarding",
    "collecting",
)
# Not "\b": "i_dont_want_to_be_alive" joins its words with underscores, which are
# word characters; the rules read it with the underscores as spaces.
_TRIGGERS = r"(?<![a-z0-9])" + word_starts(
    (
        *_WORD_STARTS,
        *NET_TRIGGERS,
        *INDIRECT_TRIGGERS,
        *SIGN_TRIGGERS,
        *VEILED_TRIGGERS,
        *OUTRIGHT_TRIGGERS,
        *WISHED_TRIGGERS_EN,
        *ARRANGED_TRIGGERS,
    )
)
# "haven't had any thoughts of hurting myself": the denial names what is absent.
_NONE_OF_BEFORE = (
    r"\b(no|not|havent|hadnt|never|without|not had|havent had|not having|didnt have|did not "
    r"have|dont have|do not have)\s+(any\s+|a single\s+|one\s+)?"
    r"(more\s+)?(thoughts?|urges?|plans?|intentions?|desire)\s+(of|to|about)\s+"
    # "no thoughts of suicide or self harm": the second named with "or".
    r"(((suicide|self ?harm\w*|hurting myself|harming myself|killing myself|dying|death|"
    r"ending (it|my life)|cutting)\s+(or|nor)\s+(of\s+|about\s+)?)?$)|"
    # "haven't had any of those thoughts about": "those" only after a have-verb's "any
    # of" ("Not the thoughts about killing myself that scare me" is no denial).
    r"\b(havent|hadnt|not had|havent had|didnt have|did not have|dont have|do not have|"
    r"never had)\s+"
    r"any\s+of\s+(those|these|them|my|the)\s+(old\s+)?(thoughts?|urges?|plans?)\s+(of|to|about)\s*$"
)
# A clause ends at a comma or a joining word; negation and "who said it" stay inside.
_CLAUSE_BREAK = r" (?:but|and|so|because|cos|cause|though|although|then|anyway) "


# Embarrassment and laughter: what a past "I wanted to die" is hyperbole about.
# A mishap names a trifle (a drink, a typo, a mic); "humiliated", "awkward" and "spilled
# my guts" name feelings that a serious cause brings as often as a trifle does.
_TRIVIAL_CAUSE = (
    r"\b(embarrass\w*|cringe\w*|mortifi\w*|in front of (the whole|"
    r"everyone|every one|the (whole )?(class|team|office|room)|my (crush|boss|class|"
    r"teacher|mates|friends))|called (my|the|our) (teacher|boss|manager) (mum|mom|dad|"
    r"mummy|mommy)|(spilled|spilt) (\w+ )?(coffee|tea|drink|wine|beer|water|milk|juice|soup|"
    r"sauce|food|soda|smoothie|paint|ketchup)|fell over|mic was on|unmuted|"
    r"reply all|overslept|autocorrect|typo|"
    # A chore piled up, or a message sent to the wrong person.
    r"(\w+ )?homework|problem sets?|(sent|texted|emailed|forwarded) (\w+ ){0,8}?"
    r"(to the wrong \w+|meant for))\b"
)
# Anything that makes such a wish earnest again.
_EARNEST = (
    r"\b(serious\w*|not (joking|kidding)|mean it|for real|no joke|pills|hopeless|"
    r"worthless|burden|cant (go on|cope|take|do this)|anymore|any more|every day|"
    r"all the time|alone|hate myself|tired of|sick of|done with|suicid\w*|kill myself|"
    r"end it|goodbye|still|again|tonight|cut|hurt myself|nobody cares|no one cares|"
    r"ashamed|my life|bridge|pregnant|cant keep going|can not keep going|(everything|it|its|"
    r"it s|life|it all) (is )?(all )?too much|"
    # Shame done to the client, and loss: no trifle whatever the words around them.
    r"humiliat\w*|laugh(ed|ing) at me|bull(y|ied|ies|ying)|picked on|nudes?|leaked|posted (my|"
    r"a|the|pics|photos|videos?)|outed|came out|since i (lost|came out)|lost my|(died|passed "
    r"away|funeral|grave|grief|grieving)|dumped me|left me|cheated|abused?|assault\w*|"
    r"raped?)\b"
)


ENGLISH_LEXICON = Lexicon(
    ENGLISH,
    _RULES,
    _TRIGGERS,
    _NEGATION_BEFORE,
    _NONE_OF_BEFORE,
    _OTHER_SUBJECT_BEFORE,
    _OVER_NOW_AFTER,
    _CLAUSE_BREAK,
    trivial_cause=_TRIVIAL_CAUSE,
    earnest=_EARNEST,
    # Two kinds of goodbye, or two signs (english_signs), in one message.
    # A first look at each position's character: most positions start no goodbye.
    farewell=first_letter_first(FAREWELL + "|" + SIGNS),
    lesser_kinds=LESSER_KINDS,
    courtesy_kinds=COURTESY_KINDS,
    asked_or_past_before=ASKED_OR_PAST_BEFORE,
    answered_no_after=ANSWERED_NO_AFTER,
    denial_sentence=DENIAL_SENTENCE,
    trifle_before=ONE_MORE_TRIFLE_BEFORE,
)
