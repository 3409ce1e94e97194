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
    r"when i was (younger|a teen|a teenager|a kid|in school|in high school|\d+)|"
    r"back in (uni|college|school|high school|the day)|as a (kid|teen|teenager))\b"
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
    r"my answer is|answer is|a|answer)[\W_]+){0,2}"
    r"(no|nope|nah|never|not anymore|not any more|no longer|not at all|not really|none|"
    r"not even close|zero|0)"
    r"([\W_]+(no|never|not at all|not anymore|not any more|not really|at all|thankfully|"
    r"thank god|i havent|i dont|i do not|never have))*[\W_]*$"
)

# --- Spanish ------------------------------------------------------------------------

ASKED_OR_PAST_BEFORE_ES = (
    r"\bpregunt\w*(\s+\w+){0,3}\s+(si|sobre|por|que\s+si)\b|"
    # The question quoted back: "¿Que si he tenido pensamientos suicidas?"
    r"\bque\s+si\s+(he|habia|tengo|tuve|estoy|estaba|pense|pensaba)\b|"
    # "en el ítem de pensamientos suicidas marqué...".
    r"\b(item|pregunta|reactivo)\s+(\d+\s+)?(de|sobre)\s+(\w+\s+)?$|"
    r"\b(cuestionario|encuesta|formulario|test|escala|pregunta|item|beck|phq)\b(\s+\w+){0,4}\s+"
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
    # "marqué 'no tengo ningún pensamiento de matarme'": the form's own words of none.
    r"^\W*(\w+\W+){0,2}?(marque|puse|tache|senale)\s+(que\s+)?no\s+(tengo|he\s+tenido)\s+"
    r"ningun\w*\b(?!.*\bpero\b)|"
    r"^\W*(\w+\W+){0,4}?(y\s+|pero\s+)?(que\s+)?(ahora\s+)?ya\s+no(\s+mas)?\s*$"
)
DENIAL_SENTENCE_ES = (
    r"^[\W_]*((la\s+verdad|sinceramente|honestamente|pues|y|pero|la\s+respuesta\s+es|"
    r"gracias\s+a\s+dios|r|respuesta)[\W_]+){0,2}"
    r"(no+|nunca|jamas|para\s+nada|ya\s+no|ya\s+no\s+mas|ninguna|nada|en\s+absoluto|cero|0|"
    r"ni\s+de\s+cerca|ni\s+loc[oa])"
    r"([\W_]+(no+|nunca|jamas|para\s+nada|ya\s+no|gracias\s+a\s+dios|en\s+absoluto|ni\s+loc[oa]|"
    r"ni\s+uno|ni\s+una|"
    r"la\s+verdad))*[\W_]*$"
)

# --- Both languages -----------------------------------------------------------------

# A next sentence that answers a past wish or a question softly: "I said no and meant it.",
# "That's long gone.", "Le dije que no y es verdad.", "Eso ya quedó atrás." It excuses the
# wish's own sentence only, and only a wish that ends its sentence ("...but at least I had
# hope. That's long gone." is hope gone): the model still reads the rest of the message.
SOFT_DENIAL_SENTENCE = (
    r"^[\W_]*((and|but|so)[\W_]+)?(i[\W_]+)?(said|say|told[\W_]+(him|her|them|the[\W_]+\w+)|"
    r"answered)[\W_]+(no|nope|none|never)([\W_]+(and[\W_]+)?(i[\W_]+)?(meant|mean)[\W_]+it|"
    r"[\W_]+(honestly|truthfully)|[\W_]+(and[\W_]+)?(for[\W_]+once[\W_]+)?(it|that)[\W_]*s?[\W_]+"
    r"(\d+[\W_]+)?(true|the truth))?[\W_]*$|"
    # Never a bare "it's over" or "it's gone", nor what was to live for: "Any hope, that's
    # gone now." is the crisis.
    r"^[\W_]*((?!(live|living|hope|will|wanting|want|reasons?|future|point|faith|everything|any|"
    r"all|my)\b)\w+[\W_]+){0,3}?(those|these|the|that|thats|that s|that is)\s+"
    r"((thoughts?|feelings?|urges?)\s+)?(are\s+|is\s+|s\s+|have\s+been\s+)?(just\s+|all\s+|"
    r"completely\s+)?(long\s+gone|gone|behind\s+me|in\s+the\s+past|over\s+with)"
    r"(\s+now|\s+thank god|\s+thankfully)?[\W_]*$|"
    r"^[\W_]*(y[\W_]+)?(le|les)[\W_]+(dije|conteste|respondi)[\W_]+(que[\W_]+)?(no|nada|nunca|"
    r"ninguna)([\W_]+y[\W_]+(es|era)[\W_]+(la[\W_]+)?verdad|[\W_]+y[\W_]+lo[\W_]+dije[\W_]+en[\W_]+"
    r"serio)?[\W_]*$|"
    # "Ya pasó", never a bare "Paso." ("I pass").
    r"^[\W_]*((y|pero|gracias\s+a\s+dios)[\W_]+)?(eso\s+|esos\s+pensamientos\s+|esas\s+ideas\s+)?"
    r"(ya\s+(quedo\s+atras|quedaron\s+atras|paso|pasaron|lo\s+supere|lo\s+deje\s+atras)|"
    r"quedo\s+atras|quedaron\s+atras|lo\s+supere|lo\s+deje\s+atras|es\s+cosa\s+del\s+pasado)"
    r"([\W_]+gracias\s+a\s+dios)?[\W_]*$"
)
# What may follow a wish a soft denial answers: it ends its sentence, or says how often.
WISH_ENDS_AFTER = (
    r"^\s*((every day|all the time|back then|a lot|for years|at times|sometimes|constantly|"
    r"daily|todos los dias|todo el tiempo|a veces|mucho|(after|since|during|before|at|"
    r"despues de|durante|antes de)\s+(the\s+|my\s+|that\s+|el\s+|la\s+|lo\s+)?\w+)\s*)?$"
)

# A form's item answered none: "none of the wanting to die stuff", "no marqué nada de lo de
# hacerme daño". Not "none of the suicidal thoughts have gone away".
FORM_NONE_BEFORE_EN = r"\b(none|not any|not one)\s+of\s+(the|those|these)\s+$"
# ... and only before a form's own word, said of nothing that goes on: "... stuff".
FORM_NONE_AFTER_EN = (
    r"^\s*(\w+\s+){0,4}?(stuff|questions?|items?|boxes|section|things?)\b"
    r"(?!\s+(has|have|is|are|was|were|went|changed|stopped|gone|still|got|eased|calmed)\b)"
    r"(?!.*\b(but|because|though|ever|still|keeps?|goes|going|stops?|joke|jokes|kidding|real|"
    r"true|lie|every|told|said|write|wrote|feeling|felt)\b)"
)
FORM_NONE_BEFORE_ES = (
    r"\bno\s+(le\s+)?(marque|tache|puse|conteste|respondi|senale|elegi|seleccione)\s+"
    r"(nada|ninguna|ninguno)\s+(de|en)\s+(lo|la|las|los|eso|esas|esos)\s+((de|sobre)\s+)?$"
)
FORM_NONE_UNLESS_AFTER_ES = (
    r"\b(pero|porque|aunque|si|todos\s+los\s+dias|y\s+eso\s+que|para\s+que|total|importa|"
    r"cada\s+(noche|dia)|lo\s+hago|todo\s+listo)\b"
)
# Done instead, or years clean of it: "instead of hurting myself I drew", "en vez de
# cortarme", "one year clean from self harm". Not "rather than killing myself slowly I'll".
INSTEAD_BEFORE = (
    r"\b(instead of|rather than|en vez de|en lugar de|free from|free of|libre de|"
    r"limpi[oa] de)\s+$|(?<!\bwas )(?<!\bwere )\bclean from\s+$"
)
# "i aint tryna kill myself", unless it goes on to how: "... slow, i'm doing it quick".
AINT_BEFORE = r"\b(aint|ain t)\s+(tryna|trying to|gonna|going to|about to|finna)\s+$"
DONE_ANYWAY_AFTER = (
    r"\b(ill|i ll|i will|im going to|i m going to|gonna|going to|do it|doing it|voy a|hacerlo|"
    r"lo hago|lo voy|tonight|esta noche|not sure|no se si|slowly|lentamente)\b"
)
# "ni pensé en hacerme daño", "ya no pienso en esas cosas de matarme", "ya no me dan esas
# ganas de matarme". Not "no pensaba en matarme hasta hoy", "nunca he pensado en matarme
# tanto como ahora", "... ahora me dan ganas de hacerlo de verdad".
NEVER_THOUGHT_BEFORE_ES = (
    r"\b(no|ni|nunca|jamas|en\s+ningun\s+momento)\s+(he\s+|me\s+)?(pense|pensado|pienso|"
    r"paso\s+por\s+la\s+cabeza)\s+(en\s+)?((esas|esa)\s+(cosas|ideas|ganas)\s+de\s+|eso\s+de\s+|"
    r"lo\s+de\s+)?$|"
    r"\bno\s+(me\s+)?(dan|da|vienen|viene|llegan|entran)\s+(esas|las|mas)\s+(ganas|ideas)\s+de\s+$"
)
NEVER_THOUGHT_UNLESS_AFTER_ES = (
    r"\b(hasta|tanto\s+como|como\s+ahora|pero|sino|ahora|hoy|hacerlo|de\s+verdad|"
    r"todos\s+los\s+dias)\b"
)
# Relapse, or the act going on, in the sentence or the next: "... free until last night",
# "Broke it tonight.", "Instead of cutting my arms I've started on my thighs."
RELAPSE_AFTER = (
    r"\b(until|till|but|then|hasta|pero|relaps\w*|reca\w*|broke|broken|again|otra vez|de nuevo|"
    r"started|empece|ahora|now i|back to|burn\w*|quemo)\b"
)
# Clean once, no longer: "I was clean from self harm for two years".
CLEAN_IN_PAST_BEFORE = r"\b(was|were|had been|d been|llevaba|estuve|estaba)\b"
# Someone lost to it, or theirs: "lost a young lad to suicide", "my uncle's suicide",
# "mother-in-law overdosed". Its sentence only, and not when the client follows on.
OTHERS_LOSS_BEFORE = (
    r"\b(lost|losing)\s+(\w+\s+){1,3}to\s+$|"
    r"\b(uncle|aunt|brother|sister|mum|mom|dad|father|mother|friend|cousin|son|daughter|husband|"
    r"wife|partner|nan|gran|grandad|grandpa|grandma|boyfriend|girlfriend|mate|colleague|"
    r"neighbour|neighbor|classmate|student|patient)s\s+$|"
    r"\b(mother|father|sister|brother|son|daughter)\s+in\s+law\s+$"
)
# The client following on: "... pact with me", "Mine won't be.", "I think I'm next".
OWN_AFTER = (
    r"\b(pact|with me|mine|me too|my own|for me|im next|i m next|join|follow\w*|be with (him|her|"
    r"them)|understand (him|her|them|why)|how easy)\b"
)
# "zero suicidal thoughts", "no hay autolesión"; not "no hay suicidio más fácil que...".
ZERO_OR_NONE_BEFORE = r"\bzero\s+$|\bno\s+hay\s+(ninguna?\s+)?$"
NONE_UNLESS_AFTER = r"^\s*(mas|mejor|peor|que|como)\b|^\s*\w+\s+(mas|mejor|peor)\b"
# Thoughts that have not come back, the sentence ending there: "thoughts of dying haven't
# come back since summer", "Las ideas de muerte ya no vienen".
NOT_BACK_AFTER = (
    r"^\s*((thoughts?|urges?|ideas?|feelings?)\s+)?(havent|have not|hasnt|has not|never) (come "
    r"back|returned|been back|come up again)(\s+(since|in|for)(\s+\w+){1,4})?\s*$|"
    r"^\s*(ya\s+)?no\s+(me\s+)?(vienen|volvieron|han\s+vuelto|regresan|regresaron|"
    r"han\s+regresado|aparecen|llegan)(\s+(desde|en)(\s+\w+){1,4})?\s*$"
)
# "never wanted to die more": no denial.
MORE_AFTER = (
    r"^\s*(more|so much|as much|this much|tanto|mas que nunca)\b|"
    # Put off, not denied: "no quiero morirme hoy, mañana sí", "no pienso matarme hoy, lo
    # dejo para el sábado", "I don't want to die today, tomorrow maybe".
    r"^\s*(\w+\s+){0,2}?(hoy|esta noche|ahorita|ahora|todavia|aun|today|tonight|yet|just yet|"
    r"right now)\b[\s,.;:]*(pero\s+|but\s+)?((manana|pasado manana|el (lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|finde)|otro dia|la (otra )?semana( que viene)?|pronto)\s+(si|"
    r"tal vez|"
    r"quizas|capaz|a lo mejor)(?=\s*($|[.!?,]))|(lo|la) (dejo|voy a dejar) para\b|"
    r"(maybe |probably |definitely )?"
    r"(tomorrow|this weekend|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|"
    r"soon|another day)\s*(though|tho|maybe|probably|yes|yeah|for sure|definitely)?\s*($|[.!?])|"
    r"i(ll| will) wait (till|until|for)\b)|"
    # Until now: "I didn't have those urges to hurt myself until tonight".
    # English only: Spanish "hasta ahora" is "so far".
    # Not a streak: "No thoughts of suicide from Monday until today".
    r"^(?!.{0,40}\bfrom\b)\s*(\w+\s+){0,4}?(until|till|til)\s+(tonight|today|last night|now|"
    r"this week|"
    r"yesterday)\b|"
    # A decision named after a denial: "no tengo ningún plan ni ganas de matarme... tengo la
    # fecha", "ya lo decidí".
    # Standing alone, not "ya tengo fecha para la cirugía", "ya lo decidí, me inscribo".
    r"^.{0,80}?\b(tengo la fecha|ya tengo fecha|la decision tomada|ya lo decidi|ya esta decidido)"
    r"(?=\s*($|[.!?]))"
)
# A "well now" that is no recovery: "I'm good at hiding it", "estoy tranquila porque ya
# tengo todo listo".
NOT_WELL = (
    # "but" that brings the recovery itself is none: "... but that's over".
    r"\b(but(?! (thats|that s|that is) (all )?(over|behind me)\b)|just|"
    r"except|ready|hiding|hide|pretend\w*|fake|faking|counting|stockpil\w*|"
    # Said by others, hoped, or for a while: "Mum says it's all in the past", "I thought
    # therapy helped", "era una fase; ahora sé que no es así".
    r"says|said|thinks|thought|everyone|for a while|until|till|still|back|"
    r"fase|pasajero|se quita|se me (iba|va) a pasar|pensaba que (se|iba|era)|todavia|sigo|"
    r"this time|next time|at|esta vez|porque|desde que|pero|fingi\w*|finjo|mentir|listo|lista|"
    r"ya (se|tengo|decidi|regale|elegi)|"
    # A means or a plan after it: "ahora estoy bien, solo que ya compré las pastillas".
    r"solo que|aunque|though|although|compre|bought|got the|have the|tengo las|tengo la|"
    r"pills|pastillas|rope|cuerda|soga|gun|pistola|plan|plans|planned|tonight|esta noche|"
    r"with dying|con morir)\b"
)
# A topic, and the client's own wish right after it.
TOPIC_OWN_AFTER = (
    r"\b(i think about it|i want|i need|i m going|im going|im gonna|i m gonna|i ll|do it|doing it|"
    r"only option|only way|only answer|all i think|on my mind|what i think|my only|"
    r"hacerlo|"
    r"yo tambien|me too|every day|every single day|todos los dias|cada dia|positiv\w*|"
    r"alto riesgo|high risk)\b"
)
# Years free of it: "Eight weeks self-harm free".
DURATION_BEFORE = (
    r"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|"
    r"months?|years?)\s+$"
)
FREE_AFTER = r"^\s*free\b"

# Studied or read about, as a subject: "mi tesis sobre autolesiones", "a documentary about
# suicide". Never how it is done: "un artículo sobre cómo matarme" is no topic.
# Not "nota" ("nota de suicidio" is a note left), "serie" ("una serie de intentos"), nor "to
# talk about suicide".
TOPIC_BEFORE = (
    r"\b(?<!to )(tesis|thesis|investigacion|research|estudio|study|charla|talk|taller|workshop|"
    r"articulo|article|libro|book|documental|documentary|podcast|curso|course|clase|"
    r"lecture|paper|ensayo|essay|club de lectura|series|pelicula|film|movie|tamizaje|"
    r"screening|cribado)\s+"
    r"(sobre|de|acerca de|about|on)\s+((?!(como|how|formas|ways|maneras|methods|metodos|"
    r"mi|my|me)\b)\w+\s+){0,2}$|"
    # How to help someone else, taught: "una charla de salud mental sobre cómo ayudar a un
    # amigo que piensa en suicidarse", "a training on how to support someone who".
    r"\b(charla|talk|taller|workshop|curso|course|clase|class|capacitacion|training|platica|"
    r"conferencia|seminar|seminario)\s+(\w+\s+){0,4}?(sobre|de|acerca de|about|on)\s+(como|"
    r"how to)\s+"
    r"(ayudar|apoyar|acompanar|detectar|help|support|spot)\s+((?!(me|mi|myself|yo)\b)\w+\s+){0,7}$|"
    # A title read: "Las vírgenes suicidas", "13 Reasons Why".
    r"\b(leyendo|lei|leer|reading|read|viendo|vi|watching|watched)\s+(la|las|el|los|the)\s+"
    r"virgenes\s+$"
)

# A population's, as a subject: "teen suicide", "el suicidio en los jóvenes", "suicidio
# juvenil". Never the client's own ("teen suicide, like me").
POPULATION_BEFORE = (
    # Not the client naming their own: "as a veteran suicide feels like my only option".
    r"(?<!\bi m a )(?<!\bim a )(?<!\bas a )(?<!\bam a )(?<!\bsoy )(?<!\bbeing a )"
    r"\b(teen|teenage|youth|veteran|veterans|male|mens|men s|student|police|farmer|celebrity|"
    r"adolescent|child|elderly)\s+$"
)
# (Not "adolescente" alone: "pienso en el suicidio, adolescente y sola" is the client.)
POPULATION_AFTER = (
    r"^\s*(en\s+(los|las)\s+(jovenes|adolescentes|hombres|mujeres|ninos|estudiantes|veteranos|"
    r"medicos|policias|adultos\s+mayores|ancianos)|juvenil|infantil|"
    r"(among|in)\s+(teens|teenagers|young people|men|women|veterans|students|kids|the elderly))\b"
)
# Someone else's, met at work: "we ran a suicide attempt call", "had an overdose come in
# during my shift", "hoy atendimos un intento de suicidio", "en mi turno llegó una
# sobredosis". Never "I had an overdose" or "me di una sobredosis".
AT_WORK_BEFORE = (
    r"\b(we|they|crew|team|unit)\s+(ran|responded to|attended|treated)\s+"
    r"(a|an|another|two|three|\d+)\s+$|"
    r"\bi\s+(ran|responded to|attended|treated)\s+(a|an|another|two|three|\d+)\s+$|"
    # "night shift in A&E was brutal, two overdoses": counted on a shift.
    r"\b(shift|a e|icu|ward|urgencias|guardia|turno|emergency|ambulance|ambulancia)\b"
    r"(\s+\w+){0,6}?\s+"
    r"(two|three|four|five|several|dos|tres|cuatro|varias|varios|\d+)\s+$|"
    r"\b(atendimos|atendieron|atendi|atendemos|nos\s+llego|nos\s+llegaron|llego|llegaron|nos\s+toco|"
    r"nos\s+tocaron|me\s+toco\s+atender|"
    r"trajeron|ingresamos|recibimos)\s+(un|una|otro|otra|dos|tres|"
    r"\d+)\s+$"
)
# The same said after the words, when an article names them as one event: "an overdose
# came in", "a suicide attempt call" (not "the edge of the platform when the train comes
# in").
# Letters may be squeezed to one (the disguised reading): "cal", "atempt".
AN_EVENT_BEFORE = (
    r"(?<!\btook )(?<!\btake )(?<!\bbe )(?<!\bser )(?<!\btome )(?<!\bi m )(?<!\bim )(?<!\bwe )"
    r"\b(a|an|another|one|un|una|otro|otra)\s+$"
)
# Someone else with the wounds: "curar a una chica con cortes en los brazos", "a patient
# with burns".
SOMEONE_WITH_BEFORE = (
    r"(?<!\bsoy )(?<!\bsoy un )(?<!\bsoy una )(?<!\bi m )(?<!\bim )(?<!\bi am )"
    r"\b(un|una|el|la|al|a\s+un|a\s+una|a\s+la|a\s+el|a|an|the)\s+(chica|chico|paciente|nino|nina|"
    r"senora|senor|muchacho|muchacha|mujer|hombre|bebe|adolescente|joven|girl|boy|patient|kid|"
    r"woman|man|teen|lady|guy)\s+(con|with)\s+$"
)
# A joke on a game or a song, laughed at: "si pierde el América me tiro por la ventana
# jajaja", "if spurs bottle it again i might as well top myself lol".
JOKING = (
    r"(ja){2,}|\bje(je)+\b|\bjsjs\w*|\blol\b|\blmao\b|\blmfao\b|\bhaha\w*|\bxd\b|"
    "\U0001f602|\U0001f923"
)
IF_A_GAME = (
    # Someone else's game: not "if i lose her", "si pierdo el trabajo", nor a home, a
    # case, custody or an illness lost or won (see SERIOUS_STAKES).
    r"\b(si|if)\s+(?!(i|yo|me)\b|(lo|la|le)\s+(pierdo|pierda|gano|dejo|veo)\b)(\w+\s+){0,4}?(pierde|pierden|perdemos|perdimos|gana|ganan|"
    r"lose|loses|bottle|"
    r"bottles|bottled|vuelven\s+a\s+poner|ponen|play|plays|eliminan|descienden|relegated)\b"
)
# What no one jokes about losing: "if we lose the house", "si la depresión gana".
SERIOUS_STAKES = (
    r"\b(house|home|flat|custody|appeal|case|job|visa|papers|hearing|kids|children|parents|"
    r"depression|anxiety|cancer|casa|custodia|juicio|trabajo|chamba|papeles|audiencia|hijos|"
    r"padres|depresion|ansiedad|deport\w*|migra)\b"
)
# The client's own after all: "it was me", "fui yo".
ME_AFTER = (
    r"\b(it was me|it s me|its me|that was me|fui yo|era yo|soy yo|hacer lo mismo|do the same|"
    r"me too|yo tambien)\b"
)
AT_WORK_AFTER = (
    r"^\s*(at{1,2}empts?\s+)?((cal{1,2}s?|cal{1,2}outs?)\s+)?(come|came|comes|coming|was brought|"
    r"were brought|brought|rol{1,2}ed|rol{1,2}ing)\s+in\b|"
    r"^\s*(at{1,2}empts?\s+)?(cal{1,2}s?|cal{1,2}outs?|cal{1,2} outs?)\s*($|[,.;!]|(today|tonight|"
    r"this|last|at|on|in|earlier|yesterday)\b)"
)
# Someone else's word called a lie: "Mum says I never call, that's a lie", "mi jefe dice
# que llegué tarde, mentira".
SOMEONE_SAYS = (
    # Never the client's own saying: "i said no, that was a lie", "le dije que no, mentira"
    # take the client's own denial back.
    r"(?<!\bi )(?<!\bi m )(?<!\bim )\b(says?|said|saying|claims?|claimed|thinks?|thought|told)\b|"
    r"\b(dice|dicen|dijo|dijeron|piensa|piensan|cree|creen)\b"
)
# A time gone by said right after the words: "I wanted to die at 16", "tried years ago".
PAST_AFTER = (
    r"^\s*(hit|came|struck|came on|passed)\b|"
    r"^\s*(\w+\s+){0,3}?(at (1[0-9]|[2-9])\b(?! ?(am|pm|oclock|o clock|tonight|today))|when i was|"
    r"in (high school|college|uni|my teens|my twenties)|(\w+ )?years ago|back then|"
    r"(was |were )?(a )?(long|very long|really long) time ago|ages ago|"
    r"hace (\w+ ){0,2}(anos|ano)|hace (mucho )?tiempo|hace mucho|"
    r"de (chica|chico|adolescente|joven)|en el (cole|colegio|liceo)|"
    r"cuando (era|estaba) (chica|chico|nina|nino|adolescente|joven|mas joven))\b"
)
# A time gone by before the words, beside the lexicon's own: an urge that came and went,
# an old diary, an overdose spoken of as an event ("after my overdose").
PAST_BEFORE = (
    r"\bme\s+(vinieron|dieron|dio|entraron|llegaron)\s+(las\s+|unas\s+)?ganas\s+de\s+$|"
    r"\b(when|once)\s+the\s+urges?\s+to\s+$|\b(after|since)\s+my\s+$|"
    r"\b(diario|journal|diary)\s+((de|from|of)\s+)?(19|20)\d\d\b|\b(19|20)\d\d\s+(journal|diary)\b"
)
# A later sentence that puts it in the past: "Eso fue hace como cinco años.", "Truth is it
# was 7 years ago."
PAST_LATER = (
    r"\b(eso|esto|that|it|this)\s+(fue|was)\s+(\w+\s+){0,2}?(hace\s+(\w+\s+){0,2}(anos|ano|tiempo)|"
    r"(\w+\s+)?years\s+ago|back\s+(then|in))\b"
)
# A denial said to be a lie, later in its sentence or after it: "no, no pienso hacerme
# daño... bueno mentira, sí lo pienso", "I'm not thinking of hurting myself... ok that's a
# lie, I am", "I lied to you". Not "una mentira de mi jefe", "tired of the lies", "I need
# to lie down", "I lied to my boss about being sick": the admission ends its clause, or
# goes on to what is true ("mentira, sí lo pienso", "that's a lie, I am").
_LIE_ENDS = (
    r"(?!\s+lo\s+que\b)(?=\s*($|[,;:!.?]|(lol|tbh|honestly|ok|okay|yes|yeah|si|i|im|i m|me|lo|"
    r"la|en realidad|actually|the truth is|la verdad)\b))"
)
LIE_ADMITTED = (
    # "¡Mentira!" and "mentira, jaja" are surprise.
    r"(?<!\buna )(?<!\bla )(?<!\besa )(?<!\bsus )(?<!\bpura )(?<!¡)\bmentira\b"
    r"(?!\W*(jaja\w*|yo\s+tampoco|no\s+me\s+lo|en\s+serio|que\s+bueno))" + _LIE_ENDS + "|"
    r"\b(te|le|les)\s+menti\b" + _LIE_ENDS + r"|\b(estoy|estaba)\s+mintiendo\b" + _LIE_ENDS + "|"
    r"\b(eso|lo que (te|le) dije)\s+no\s+es\s+(cierto|verdad)\b" + _LIE_ENDS + "|"
    r"\b(that s|thats|that was|its|it s|this is|that is)\s+(a\s+)?(total\s+|big\s+|complete\s+)?"
    r"lie\b" + _LIE_ENDS + "|"
    r"\bi\s+(lied|was lying|m lying|am lying)\b(\s+to you)?" + _LIE_ENDS + "|"
    r"\bim lying\b(\s+to you)?" + _LIE_ENDS + "|"
    r"\bnot true\b" + _LIE_ENDS + "|"
    # Taken back without the word: "ok no, sí quiero", "bueno sí, muchos", "ok fine, yes I am".
    r"\bla\s+verdad\s+(es\s+que\s+)?si\b|"
    # "le dije que no pero sí los tengo", "i said no but i do": the answer, then the truth.
    r"\bpero\s+(en\s+realidad\s+|honestamente\s+|sinceramente\s+)?si\s+(los\s+|las\s+|lo\s+|"
    r"la\s+)?(tengo|tenia|pienso|pensaba|he\s+pensado|quiero|queria|siento)\b|"
    r"\bbut\s+(honestly\s+|actually\s+|really\s+|truthfully\s+|tbh\s+|the truth is\s+)?"
    r"i\s+(do|did|have|still do|kind of do|kinda do)(\s+(have them|sometimes|a lot|still))?"
    r"\s*(honestly|tbh|lol)?\s*$|\baunque\s+(a\s+veces\s+)?si\s+(lo\s+)?(pienso|quiero)\b|"
    r"(^|\.\.\.|\W)\s*(o|bah)\W+si\b(?!\W*(claro|gracias|es|esta|fue|era|hay|pero))|"
    r"^\W*(ok|okay|bueno|pues|well|actually)\W+((no|fine)\W+)?(si|yes|yeah)\b"
    r"(?!\W*(claro|gracias|thanks|es|esta|fue|era|hay|pero|but|it s|its))"
)
# A later sentence that says the client is well now: "I'm 34 now and so glad I didn't.",
# "Hoy estoy en un lugar mucho mejor.", "Ahora paso y ni me acuerdo." Never "I'm not okay".
RECOVERED_NOW = (
    r"\b(im|i am|i m)\s+((?!(not|no|never|nowhere|so not)\b)\w+\s+){0,2}?(okay|ok|fine|good|better|"
    r"well|great|alright|all right|safe|happy|glad|grateful|proud|in a (good|better|much better) "
    r"place)\b(?! (to die|"
    r"with (dying|it|that)|to go|when|that (its|it s|it will)))|"
    r"\bso glad i (didnt|did not|am still here|m still here|survived)\b|"
    r"\b(dont|do not|cant|can not) recogni[sz]e (that|her|him|myself|the person)\b|"
    r"\b(feels like|felt like) (someone|somebody) elses life\b|"
    r"\b(genuinely|really|actually) want to be here\b|"
    r"\bnot part of my life( any ?more)?\b|\bya no es parte de mi vida\b|\b(ya\s+)?todo\s+bien\b|"
    r"\bse me (paso|quito)\b|\b(hoy|ahora)\s+ya\s+no\b|"
    # "... hoy me di cuenta de lo lejos que estoy de eso".
    r"\blo\s+lejos\s+que\s+(estoy|ando|quede)\s+de\s+(eso|aquello)\b(?!\s+que)|"
    r"(?<!\bno )\b(estoy|me siento|ando)\s+((?!(no|nada)\b)\w+\s+){0,2}?(bien|mejor|tranquil[oa]|"
    r"content[oa]|feliz|en un lugar (mejor|mucho mejor|distinto))\b"
    # "bien decidida", "bien segura de hacerlo": "bien" as "firmly", no recovery.
    r"(?!\s+(decidid[oa]s?|segur[oa]s?|convencid[oa]s?|dispuest[oa]s?|resuelt[oa]s?|"
    r"preparad[oa]s?|list[oa]s?)\b)|"
    r"\b(ya\s+)?no me reconozco\b|\bni me acuerdo\b|\bse lo debo a la terapia\b|"
    r"\bahora no\b,? ahora (estoy|tengo)\b"
    # "... but that's over, therapy really helped": over, and said why.
    r"|\b(thats|that s|that is) (all )?(over|behind me)( now)?,? (and )?(therapy|treatment|"
    r"counselling|counseling) (really )?helped\b"
)

# A past belief said wrong in the same sentence: "Antes pensaba que todos estarían mejor
# sin mí, ahora sé que no es así." Never from a later sentence: "Me decían que era una
# fase; ahora sé que no es así" takes back the hope, not the wish.
SEEN_WRONG_AFTER = (
    r"^[^.;!?]*\bahora (se|entiendo|veo) (que|q) no (es|era) (asi|verdad|cierto)(?=\s*($|[.!?]))"
)
# The answer alone, after a colon or a dash, and the sentence ending with it or with a
# courtesy ("...si he pensado en matarme: no, doctora, desde diciembre no."): read on
# the whole rest of the sentence, so "...: no, lo he decidido" is no denial. It excuses
# its own sentence only: the model still reads the rest ("...: no. Ya compré las pastillas").
# Each courtesy is taken whole, never given back (an atomic group): a long run of them that
# fails at its end is read once, not in every way it could be split.
BARE_ANSWER_AFTER = (
    r"^\s*(no|nope|never|not at all|not anymore|nunca|jamas|para\s+nada|ya\s+no|0|zero|cero|"
    r"none|nada|ningun[oa]?|not even close|ni de cerca|n a)"
    r"(?>\s+(doctora?|doc|dra|dr|licenciada?|lic|miss|gracias|thanks|thankfully|thank\s+god|"
    r"gracias\s+a\s+dios|para\s+nada|not\s+at\s+all|nunca|never|no|ya\s+no|not\s+anymore|"
    r"(desde|since)\s+(el\s+|la\s+|hace\s+|last\s+|this\s+)?\w+|"
    # "no, ni una vez en estas dos semanas", "no, not once in the last two weeks".
    r"ni\s+una\s+(sola\s+)?vez|not\s+(even\s+)?once|"
    r"(en|in)\s+(estas|las|these|the|this|esta)\s+(ultimas\s+|last\s+|past\s+)?(\w+\s+)?(semanas?|"
    r"weeks?|dias|days|meses|months)))*\s*$"
)
# A form's item, the crisis words its whole question: "Pensamientos de muerte: no.",
# "Suicidal? No.", "Q: any thoughts of self-harm in the past 2 weeks? A: no." Before the
# words, at most the item's lead; after them, a few words of the question.
FORM_ITEM_BEFORE = (
    r"^\W*((q|p|pregunta|question|item|but|pero|and|y|honestly|sinceramente|la verdad|"
    r"\d+)\W+){0,2}((any|ningun\w*|algun\w*|some)\s+)?((thoughts?|ideas?|pensamientos?|"
    r"urges?|ganas|feelings?)\s+((of|de|about|sobre|to|that)\s+)?)?"
    # PHQ-9's ninth: "thoughts that you would be better off dead".
    r"((that\s+)?(you|youd|you\s+would|you\s+d)\s+(be\s+)?)?$"
)
FORM_ITEM_AFTER = r"^\W*(\w+\W+){0,6}$"
# No reason left, on the next line: "Ideas de suicidio: 0. Motivos para seguir: 0."
NO_REASON_LEFT = (
    r"\b(reasons?\s+to\s+(live|go\s+on|stay)|hope|future|ganas\s+de\s+vivir|motivos?\s+para\s+"
    r"(seguir|vivir)|razones\s+para\s+(seguir|vivir)|esperanza|futuro|will\s+to\s+live|"
    r"ganas\s+de\s+seguir|sentido(\s+de\s+la\s+vida)?)\W+(\w+\W+){0,2}?(0|zero|cero|none|no|nada|"
    r"ningun[oa]?|tampoco|gone)\b|"
    r"\bhopeless(ness)?\W+(\w+\W+)?(yes|completely|totally|very|always)\b|"
    # Goodbyes done, on a form's line: "Despedidas: hechas.", "Letters: written."
    r"\b(despedidas?|goodbyes?|letters?|cartas?|notes?)\W+(\w+\W+)?(hechas?|done|written|"
    r"escritas?|said|dichas?)\b"
)
# The answer given and then taken back, anywhere later in the message: "Matarme? No. Ya
# lo decidí.", "Suicidal? No. Lie. Tonight."
FORM_ANSWER_TAKEN_BACK = (
    r"\b(mentira|mienti|lie|lied|lying|kidding|jk|broma|decidi|decidido|decided|yes|yeah|si|"
    r"actually|en realidad|plan\w*|tonight|esta noche|tomorrow|manana|goodbye|adios|bye|"
    r"sorry|perdon|perdoname|pills|pastillas|rope|soga|cuerda|gun|pistola|bridge|puente|"
    r"tampoco|do\s+it|doing\s+it|hacerlo|cartas|letters|following|join|next|definitiv[oa]|"
    r"definitive|for\s+good|para\s+siempre|every\s+(day|night)|todas\s+las\s+noches|"
    r"todos\s+los\s+dias|siempre)\b|"
    r"\b(wont|won\s+t|will\s+not)\s+be\s+(here|around)\b|\bno\s+voy\s+a\s+estar\b|" + NO_REASON_LEFT
)
# Another item of the form after it: "Sueño: mal.", "Ideas de muerte: 0." Never a plan.
FORM_ITEM_NEXT = (
    r"^\W*(?!(plan|planes|plans|metodo|method|intento|attempt)\b)(\w+\s+){0,6}?\w+\s*:\s*\S"
)

# A question whose "no" is the crisis: "is anything stopping you from", "te sientes a
# salvo", "algo que te impida".
INVERTED_QUESTION_BEFORE = (
    r"\b(stops?|stopping|keeps?|keeping|safe|resist|control|reason|reasons|promise|impid\w*|"
    r"deten\w*|detien\w*|salvo|segur[oa]|controlar|razon|razones|prometer|promet\w*|evit\w*|"
    r"frena\w*)\b"
)
