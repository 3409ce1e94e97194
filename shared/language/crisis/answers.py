"""Crisis words inside a question answered no, or a wish put in the past and said to be over.

A clinician's or a form's question quotes crisis words back ("the nurse asked if I want to
harm myself", "el cuestionario pregunta si he pensado que estaría mejor muerto"), and a
client tells of a wish that is over ("I used to want to die every day"). Each is benign
only when it is answered no, in the same sentence ("and I said no", "marqué nunca", "y que
ya no") or by a next sentence that is a denial and nothing else ("Honestly, no, never.",
"Not anymore."). A question answered any other way, or not at all, is read as before.

Read by ``Lexicon.asked_or_past_before`` (the clause before a match),
``answered_no_after`` (the rest of its sentence) and ``denial_sentence`` (the whole next
sentence); see ``_Ruleset.answered_no`` in ``__init__``.
"""

from __future__ import annotations

# --- English ------------------------------------------------------------------------

ASKED_OR_PAST_BEFORE = (
    r"\b(asked|asks|ask|asking)\b(\s+\w+){0,3}\s+(if|whether|about)\b|"
    r"\b(question|questionnaire|form|survey|screening|checklist|item)\b(\s+\w+){0,4}\s+"
    r"(about|if|whether|asks|asking)\b|"
    r"\bused\s+to\b|"
    r"\b(ago|back then|in the past|last (year|winter|summer|spring|fall|autumn)|"
    r"when i was (younger|a teen|a teenager|a kid|in school|in high school))\b"
)
# Read on the rest of the match's clause, up to a comma or the sentence's end:
# "and i said no", "i put 'not at all'", "i ticked never", "and that i dont anymore".
ANSWERED_NO_AFTER = (
    r"^\W*(\w+\W+){0,8}?(and\s+|but\s+)?i\s+(said|say|answered|told (him|her|them)|put|"
    r"ticked|checked|circled|marked|wrote|selected|clicked)\s+(no|not at all|never|none|"
    r"nope|zero|0)\s*$|"
    r"^\W*(\w+\W+){0,8}?and\s+(that\s+)?(now\s+)?i\s+(dont|do not|no longer)"
    r"(\s+anymore|\s+any more)?\s*$|"
    # "i used to wish i wouldnt wake up but i dont feel that way now"
    r"^\W*(\w+\W+){0,8}?(and|but)\s+(now\s+)?i\s+(dont|do not|no longer)\s+feel\s+(that|this|"
    r"like that)\s+way(\s+(now|anymore|any more|these days))?(\s+(thanks to|because of)\s+\w+"
    r"(\s+\w+)?|\s+thank (god|goodness))?\s*$"
)
# A whole sentence of denial: "honestly, no, never", "not anymore", "no".
DENIAL_SENTENCE = (
    r"^[\W_]*((honestly|honest|truthfully|truly|really|and|but|so|the answer is|"
    r"my answer is|answer is)[\W_]+){0,2}"
    r"(no|nope|nah|never|not anymore|not any more|no longer|not at all|not really|none)"
    r"([\W_]+(no|never|not at all|not anymore|not any more|not really|at all|thankfully|"
    r"thank god|i havent|i dont|i do not|never have))*[\W_]*$"
)

# --- Spanish ------------------------------------------------------------------------

ASKED_OR_PAST_BEFORE_ES = (
    r"\bpregunt\w*(\s+\w+){0,3}\s+(si|sobre|por|que\s+si)\b|"
    r"\b(cuestionario|encuesta|formulario|test|escala|pregunta)\b(\s+\w+){0,4}\s+"
    r"(si|sobre|donde|de\s+si)\b|"
    r"\b(antes|solia|hace\s+(\w+\s+){0,2}(anos|ano|meses|tiempo)|el\s+ano\s+pasado|"
    r"de\s+(chica|chico|nina|nino|adolescente|joven|mas\s+joven)|"
    r"cuando\s+(era|estaba)\s+(chica|chico|nina|nino|adolescente|joven|mas\s+joven|"
    r"en\s+la\s+(prepa|secundaria|universidad|escuela)))\b"
)
# "y le dije que no", "marqué 'nunca'", "y que ya no", each up to a comma or the end.
ANSWERED_NO_AFTER_ES = (
    r"^\W*(\w+\W+){0,8}?(y\s+)?(le\s+|les\s+)?(dije|conteste|respondi|marque|puse|escribi|"
    r"tache|senale)\s+(que\s+)?(no|nunca|nada|para\s+nada|ninguna|cero|jamas)\s*$|"
    r"^\W*(\w+\W+){0,4}?(y\s+|pero\s+)?(que\s+)?(ahora\s+)?ya\s+no(\s+mas)?\s*$"
)
DENIAL_SENTENCE_ES = (
    r"^[\W_]*((la\s+verdad|sinceramente|honestamente|pues|y|pero|la\s+respuesta\s+es|"
    r"gracias\s+a\s+dios)[\W_]+){0,2}"
    r"(no|nunca|jamas|para\s+nada|ya\s+no|ya\s+no\s+mas|ninguna|nada|en\s+absoluto)"
    r"([\W_]+(no|nunca|jamas|para\s+nada|ya\s+no|gracias\s+a\s+dios|en\s+absoluto|"
    r"la\s+verdad))*[\W_]*$"
)

# --- Both languages -----------------------------------------------------------------

# The answer alone, after a colon or a dash, and the sentence ending with it or with a
# courtesy ("...si he pensado en matarme: no, doctora, desde diciembre no."): read on
# the whole rest of the sentence, so "...: no, lo he decidido" is no denial. It excuses
# its own sentence only: the model still reads the rest ("...: no. Ya compré las pastillas").
# Each courtesy is taken whole, never given back (an atomic group): a long run of them that
# fails at its end is read once, not in every way it could be split.
BARE_ANSWER_AFTER = (
    r"^\s*(no|nope|never|not at all|not anymore|nunca|jamas|para\s+nada|ya\s+no)"
    r"(?>\s+(doctora?|doc|dra|dr|licenciada?|lic|miss|gracias|thanks|thankfully|thank\s+god|"
    r"gracias\s+a\s+dios|para\s+nada|not\s+at\s+all|nunca|never|no|ya\s+no|not\s+anymore|"
    r"(desde|since)\s+(el\s+|la\s+|hace\s+|last\s+|this\s+)?\w+))*\s*$"
)
# A question whose "no" is the crisis: "is anything stopping you from", "te sientes a
# salvo", "algo que te impida".
INVERTED_QUESTION_BEFORE = (
    r"\b(stops?|stopping|keeps?|keeping|safe|resist|control|reason|reasons|promise|impid\w*|"
    r"deten\w*|detien\w*|salvo|segur[oa]|controlar|razon|razones|prometer|promet\w*|evit\w*|"
    r"frena\w*)\b"
)
