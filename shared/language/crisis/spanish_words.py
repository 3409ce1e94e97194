"""The Spanish words crisis triage reads: people, drugs, times, and what guards a rule.

Folded text has no accents or "ñ", so every pattern is written without them.
"""

from __future__ import annotations

import re

from shared.language.crisis.scan import first_letter_first, top_level_branches

# ---------------------------------------------------------------------------
# Spanish. Folded text has no accents or "ñ" ("daño" is "dano", "mí" is "mi"),
# so every pattern is written without them. Spanish marks the person on the
# verb: "quiero morir" is the client, "se quiere matar" is someone else and is
# not matched at all (as "he wants to die" is guarded in English; a client
# worried about a friend tells the clinician in the brief, not by an alert).
# Forms that can be either person ("quería", "quisiera", "me mató") carry the
# other-subject guard, so "mi abuela quería morir en casa" stays benign while
# "quería morir" alone is flagged.

# "quiero" as clients type it in a hurry ("kiero", "qiero", "kero").
QUIERO = r"(quiero|kiero|qiero|kero|quero)"

# Instruments with strings: "una cuerda pa la guitarra" is no rope.
# The rest of the sentence says what strings are for (one broke, a rehearsal, playing)
# and nothing hung or tied: "la cuerda de mi violín amarrada a la viga", "la cuerda para
# el cuatro, ese día me voy" (a date), "de bajo de la cama" (beneath) are no strings.
INSTRUMENT = (
    r"(guitarra|guitarrita|violin|viola|ukulele|requinto|charango|arpa|jarana|tiple|cuatro|bajo|"
    r"mandolina|violonchelo|chelo|contrabajo|bandurria|laud|vihuela|guitarron)\b"
    r"(?=.*\b(revent\w*|rompi\w*|rompe|afin\w*|ensayo|ensayar|toco|tocar|toca|tocamos|clase|"
    r"concierto|misa|banda|tocada|serenata|cambiar|cambiarle|ponerle)\b)"
    r"(?!.*\b(amarr\w*|at[eo]|viga|cuello|colg\w*|cuelg\w*|ahorc\w*|ventilador|techo|usar|uso|"
    r"voy\s+a\s+hacer|despedi\w*|ya\s+no|me\s+voy)\b)"
)

# Words that may stand between a denial and what it denies: clitics, "voy a",
# "pienso (en)". A short list, not any two words: in "no sé quiero morir" or
# "no puedo más quiero morir" the "no" denies something else. Not "más":
# "no más quiero morirme" is Mexican for "I just want to die".
NEGATION_FILLER_ES = (
    r"(me|te|lo|la|le|les|nos|realmente|de verdad|en serio|para nada|jamas|nunca|ya|"
    r"voy a|vo a|pienso|pienso en|planeo|" + QUIERO + r"|tengo|he|estoy|estaba|he estado|"
    r"en eso de|eso de|ganas de|"
    r"pensado en|pensando en|pense en|tengo ganas de|tengo intencion de|tengo pensado|"
    r"tengo planeado|pensaria en|pensar en|haria|podria|quisiera|intentaria|intentare|volvere a|"
    r"volveria a|vuelto a|volvi a|vuelvo a|pretendo|seria capaz de|me atreveria a|me atrevo a|"
    r"tomaria|tomare|ningun|ninguna|"
    r"esas|esos|esa|ese|dan ganas de|dan ganas|da ganas de|dan|da)"
)
# "no quiero morir", "nunca me haría daño", "ya no pienso en suicidarme", "ni loca me mato".
NEGATION_BEFORE_ES = (
    # "ni en pedo me haría daño"; not "ni un día sin pensar en matarme" (never a day without).
    r"\b(no|nunca|jamas|tampoco|(?<!\bdia )(?<!\bnoche )(?<!\bmomento )sin|cero en|cero|ni loc[oa]|"
    r"ni de broma|ni de chiste|ni en suenos|ni en pedo|ni a palos|ni de cona|ni cagando|ni ahi|"
    r"ni muert[oa]|"
    r"para nada|ni se me (pasa|ha pasado|ocurre|ocurriria|pasaria)( por la (cabeza|mente))?|"
    r"deje de|he dejado de|ya deje de)\s+"
    # "ya" straight after the "no" is no filler: "no ya me quiero morir" is "no"
    # answering something, then the wish ("ya no quiero" puts "ya" first).
    r"((?!ya\s)" + NEGATION_FILLER_ES + r"\s+(" + NEGATION_FILLER_ES + r"\s+){0,2})?$"
    # "no, ni pensamientos de suicidio ni de hacerme daño": "ni" opening its clause, straight
    # before the words ("ni modo, me quiero morir" is "oh well").
    r"|(^|[,;]\s*|\bno\W+)ni\s+$|"
    # ... "ni de hacerme daño": the second of two denied, the first denied in its clause.
    r"\b(no|ni|sin|nada\s+de)\s+(\w+\s+){1,5}ni\s+(de|en|con)\s+$"
)
# Softer openers, read as a denial of their sentence only and never with a "pero" after:
# "ni ganas de hacerme daño", "ningún pensamiento de muerte", "nada de ideas suicidas"
# (not "ningún plan de matarme, pero ya compré las pastillas", nor "a nada de matarme").
SOFT_NEGATION_BEFORE_ES = (
    r"(\b(ningun|ninguna)|(?<!\ba )\bnada\s+de|\bni)\s+((?!ya\s)"
    + NEGATION_FILLER_ES
    + r"\s+("
    + NEGATION_FILLER_ES
    + r"\s+){0,2})?$"
)
# "no he tenido pensamientos de hacerme daño", "sin ideas de suicidio".
NONE_OF_BEFORE_ES = (
    # "nada de ideas suicidas esta semana".
    r"\b(no|(?<!\bdia )(?<!\bnoche )sin|nunca|ningun|ninguna|ningunos|ningunas|cero|tampoco|"
    r"(?<!\ba )nada\s+de|ni)\s+"
    r"((he|ha|hemos|tengo|tenia|tuve|tenido|habido|hay|siento|sentido|mas|ya|ningun|ninguna|en|"
    r"esas|esos|estas|estos|las|los|mis|ni\s+una\s+(sola\s+)?vez|ni\s+un\s+(solo\s+)?(dia|momento|"
    r"rato)|"
    r"ni\s+siquiera)\s+){0,4}"
    r"(pensamientos?|ideas?|ganas|intencion|intenciones|plan|planes|impulsos?|deseos?|intentos?)\s+"
    # "ningún pensamiento feo de lastimarme": the thought named by what it is like.
    r"((feos?|feas?|malos?|malas?|oscuros?|oscuras?|raros?|raras?|negativos?|negativas?)\s+)?"
    # "no tengo ningún plan ni ganas de morirme": two of them, the second named with "ni"
    # (read by the rule's own words, or here).
    r"(((ni|o)\s+(tampoco\s+)?(pensamientos?|ideas?|ganas|intencion|intenciones|plan|planes|"
    r"impulsos?|"
    r"deseos?|intentos?)\s+)?"
    # "ya no tengo esas ideas de antes de matarme": the ideas of the past.
    r"((de\s+antes|de\s+entonces|del\s+pasado|que\s+tenia|que\s+tuve)\s+)?"
    r"((de|sobre|en|con|para)\s+)?|(ni|o)\s+)$"
)
# Not "niño", "chica" or "bebé": "de niña quería morir" is the client as a child.
PEOPLE_ES = (
    r"(mama|mami|madre|papa|papi|padre|abuela|abuelita|abuelo|abuelito|abue|hermano|hermana|"
    r"hermanito|hermanita|hijo|hija|hijos|hijas|esposo|esposa|marido|mujer|novio|novia|"
    r"amigo|amiga|amigos|amigas|pareja|tio|tia|primo|prima|jefe|jefa|vecino|vecina|"
    r"paciente|personaje|protagonista|perro|perra|perrito|perrita|gato|gata|gatito|suegra|"
    r"suegro|companero|companera|nieto|nieta|sobrino|sobrina|cunado|cunada|ex|compa|cuate|"
    r"senor|senora|doctor|doctora)"
)
# Someone else is the subject of an either-person verb: "mi abuela quería morir
# en casa", "él ya quería morir". The one word allowed after the person is never
# "que": in "le dije a mi mamá que quería morir" the client may be speaking of
# themselves, and that is flagged.
OTHER_SUBJECT_BEFORE_ES = (
    # "el" after a verb of having or making is the article of what follows: "ya tengo el
    # plan para no despertar" is the client's plan, not his.
    r"\b(((?<!en )(?<!desde )(?<!sobre )(?<!hasta )(?<!hacia )(?<!bajo )(?<!tras )(?<!del )"
    r"(?<!\btengo )(?<!\btenia )(?<!\btiene )(?<!\bhice )(?<!\bhago )(?<!\bhacer )"
    r"(?<!\barme )(?<!\bprepare )(?<!\btodo )el|ella|"
    r"ellos|ellas|usted|ustedes|alguien)(\s+(se|le|lo|la|les|tambien|ya|siempre|"
    r"solo|dice que|dijo que|decia que))?|((mi|mis|tu|tus|su|sus|la|el|los|las|un|una|esa|ese|"
    r"este|esta)\s+)?" + PEOPLE_ES + r"(\s+(?!que\b|q\b)\w+)?)\s*$"
)
# "le dije que no": a question answered, so only where the answer ends the sentence,
# is said to be over ("le dije que no, que estoy bien") or goes on with another
# thought ("le dije: no, solo estoy triste"). A verb after the "no"
# is a refusal or a plan of the client's own: "les dije que no voy a ir al
# hospital", "le dije que no voy a volver".
TOLD_THEM_NO_ES = (
    r"^\s*(\w+\s+){0,3}?(y\s+)?(le|les)\s+(dije|conteste|respondi|aclaro|quiero\s+aclarar|"
    r"quiero\s+decir)\s+((la\s+verdad|honestamente|sinceramente)\s+)?((que|q|k)\s+)?no"
    r"(\s*$|\s+((que\s+)?(no\s+)?(para\s+nada|nunca|jamas|en\s+absoluto|ni\s+de\s+(broma|chiste)|"
    r"ninguna?)\b|(que\s+)?(ya\s+)?(estoy|me\s+siento|ando)\s+(muy\s+|mucho\s+)?(bien|mejor|"
    r"tranquil[oa])\b|(solo|nada\s+mas|nomas|simplemente|pero|y)\b))"
)
# "antes quería morir, pero ya no": said about the past, and said to be over.
# Only at the end of the sentence: "quiero morir ya no aguanto" goes on.
OVER_NOW_AFTER_ES = (
    r"^\s*(\w+\s+){0,3}?(pero\s+)?(ahora\s+)?(ya\s+no|ya\s+paso|eso\s+ya\s+paso|"
    r"ya\s+lo\s+supere|ya\s+no\s+lo\s+siento|ya\s+no\s+lo\s+pienso|ya\s+no\s+me\s+pasa)\s*$|"
    # The question answered no ("me preguntó si pensaba en suicidarme y le dije
    # que no"), or the act ruled out ("matarme no es opción para mí").
    + TOLD_THEM_NO_ES
    + r"|"
    r"^\s*(no\s+es|nunca\s+sera|no\s+seria|jamas\s+sera)\s+(una\s+)?(opcion|alternativa|salida)\b|"
    # The question answered at once: "¿ideas suicidas? y no, ninguna".
    r"^\s*(y\s+)?(no|nop|nel)\s+(ninguna?|nada|nunca|jamas|para\s+nada)\b|"
    # "... y la verdad no": the answer, at the sentence's end. Not "pues": "pues
    # nada" is a filler ("anyway"), "me quiero morir pues nada" goes on.
    r"^\s*(\w+\s+){0,2}?(y\s+)?(la\s+verdad|la\s+neta|honestamente|sinceramente)\s+"
    r"(no|ninguna?|nada)(\s*$|\s+(estoy|me\s+siento)\s+(bien|tranquil[oa])|\s+(nada\s+de\s+eso|"
    r"para\s+nada|nunca|jamas|ni\s+de\s+chiste|ni\s+de\s+broma|en\s+absoluto)\b)|"
    # "... ahora ya no, estoy mucho mejor": over, and said to be better now.
    r"^\s*(\w+\s+){0,3}?(pero\s+)?(ahora\s+)?ya\s+no\s+(y\s+)?(estoy|me\s+siento|ando)\s+"
    r"(mucho\s+|muy\s+|bastante\s+)?(mejor|bien|tranquil[oa])\b"
)

# What is no trivial mishap to lose or to have fall apart.
_WHAT_MATTERS_ES = (
    r"mundo|vida|todo|alma|corazon|esperanza|esperanzas|ganas|fe|animo|fuerzas?|razon|cabeza|"
    r"familia|hijo|hija|hijos|bebe|mama|papa|matrimonio"
)
# Things missed or broken in an ordinary day: a bus, a stop, a phone, a cup.
_TRIVIAL_THINGS_ES = (
    r"camion|autobus|bus|micro|tren|metro|vuelo|avion|uber|taxi|parada|estacion|salida|hora|"
    r"cita|clase|senal|luz|wifi|internet|red|llamada|oportunidad|fecha|turno|pantalla|"
    r"celular|cel|telefono|compu|laptop|tele|vaso|taza|plato|lentes|gafas|una|unas|"
    r"tacon|zapato|zapatos|pantalon|cierre|tenis|llave|llaves|foco|silla|impresora|"
    r"cafetera|licuadora|lavadora|carro|coche|bici|moto|mochila|bolsa|paraguas|sarten|olla"
)
# Seen with cuts, crying or hurt: being found out, not embarrassed.
_FOUND_OUT_ES = (
    r"cortadas|cortaditas|cortes|heridas|cicatrices|quemaduras|marcas|brazos|munecas|piernas|"
    r"llorando|llorar|cortandome|lastimandome|pastillas|soga"
)
# A trivial mishap or an embarrassment a wish to die is said about ("me quiero
# morir, se me cayó el café", "qué oso, me quería morir"), as "I could die" is
# in English. It excuses only the wishes people say of such things
# (hyperbole_prone rules), and only when no earnest word is in the message.
# Losses that matter are not on the list: "perdí las llaves" is, "perdí mi
# trabajo" is not; "se me cayó el mundo" is not.
TRIVIAL_CAUSE_ES = (
    r"\b(que\s+(oso|roche|verguenza|cringe|ridiculo|palo|corte|bochorno|plancha)|"
    r"tierra\s+tragame|tragame\s+tierra|hice\s+el\s+ridiculo|quede\s+(como|en\s+ridiculo)|"
    # A haircut gone wrong, a dull training: "me vi en el espejo con el corte de pelo".
    r"corte\s+de\s+pelo|peinado|de\s+lo\s+aburrid[oa]|capacitacion|"
    # Not "de la pena" alone: in much of Spain and South America "pena" is grief; laughed
    # at in the same sentence it is the embarrassment of Mexico and Central America.
    r"(de|por)\s+(la\s+)?verguenza|"
    # A thing done by mistake; not the client's birth or life ("nací por error").
    r"(?<!naci )(?<!existo )(?<!vivo )por\s+(error|equivocacion|accidente)|me\s+equivoque\s+de|"
    # Seen or caught doing something silly; not seen crying or with cuts.
    r"me\s+(vieron|cache|cacharon|pillaron)\b(?!\s+(\w+\s+){0,2}?(" + _FOUND_OUT_ES + r"))|"
    r"(enfrente|delante)\s+(de|del)\s+(todos|todo\s+el\s+mundo|"
    r"chavo|chava|crush|mi\s+(jefe|jefa|suegra|crush|clase|maestra|maestro|profe))|"
    # Something dropped or forgotten, whatever it is, unless it is a life, a heart or hope.
    r"se\s+me\s+(cayo|cayeron|olvido|olvidaron|quemo|quemaron|derramo|acabo\s+la\s+pila|"
    r"descargo)\s+"
    r"(?!((el|la|los|las|mi|mis)\s+)?(" + _WHAT_MATTERS_ES + r")\b)|"
    # Something missed or broken only when it is a thing: "se me fue el camión", "se me
    # rompió la pantalla"; "se me fue la vida", "se me rompió el corazón" are losses.
    r"se\s+me\s+(fue|fueron|paso|pasaron|rompio|rompieron)\s+(el|la|los|las|mi|mis)\s+"
    r"(" + _TRIVIAL_THINGS_ES + r")\b|"
    r"se\s+(cayo|fue)\s+(el|la)\s+(wifi|internet|luz|sistema|red|pagina|app)|"
    # A body's passing discomfort: "tengo una cruda que me quiero morir".
    r"(tengo|traigo|ando\s+con|con)\s+(una|un|esta|este|tanta|tanto)\s+(cruda|resaca|guayabo|"
    r"chuchaqui|hambre|sueno|calor|frio|flojera|gripa|gripe|colicos|jaqueca|sed|"
    r"dolor\s+de\s+(cabeza|muela|muelas|panza|pies))\b|"
    # A game lost: "era por el partido".
    r"por\s+(el|la|los)\s+(partido|partidos|juego|final|clasico|futbol)\b|"
    # An accident survived: "me caí de la bici y casi me mato".
    r"(me\s+(cai|caigo|tropece|resbale|derrape|pegue)|choque|derrape)\b(\s+\w+){0,8}?\s+"
    r"casi\s+me\s+(mato|muero|mataba|moria)\b|"
    r"(perdi|olvide|deje)\s+(las|el|la|mis|mi)\s+(llaves|cartera|celular|telefono|camion|"
    r"cargador|bateria|billetera|monedero|pasaporte|credencial|identificacion|lonche|almuerzo|"
    r"tupper|abrigo|chamarra|sueter|sombrilla|cable|"
    r"autobus|bus|tren|vuelo|metro|paraguas|audifonos|lentes|tarea|boleto|boletos)|"
    r"me\s+(cortaron|corte|pintaron|pinte|tineron)\s+(el|mal\s+el)\s+(pelo|fleco|cabello|"
    r"flequillo)|"
    r"me\s+(tropece|resbale)\s+(en|enfrente|delante)\b|"
    # Laughter is not on the list: nervous laughter beside a real wish is common
    # ("me quiero morir jaja"), so a laugh never excuses one, as in English.
    r"papelon|quemon|me\s+cobraron\s+de\s+mas|me\s+trabe|"
    r"le\s+dije\s+(mama|papa)\s+a\s+(la|el|mi)\s+(maestra|maestro|profe|jefa|jefe)|"
    r"(mande|envie)\s+(\w+\s+){0,2}(al|a\s+la|a\s+el)\s+(grupo|chat|persona|contacto)\s+"
    r"equivocad[oa]|"
    r"perdio\s+(el|mi)\s+(america|equipo|partido|chivas|barca|madrid|boca|river)\b|"
    r"(el|la|mi)\s+(wifi|internet|luz|red|compu|laptop|word|excel|celular|cel|impresora)\s+"
    r"no\s+(sirve|funciona|jala|prende|carga)|"
    r"se\s+(cerro|trabo|colgo|apago|borro)\s+(el|la|mi)\s+(archivo|programa|app|pagina|"
    r"documento|juego|compu|laptop)|"
    # Clothes stained, work lost unsaved, a phone dead, a double charge, a
    # reply to all, a camera left on, a stranger greeted, an exam not studied for.
    r"(manche|me\s+manche|se\s+me\s+mancho)\s+(la|el|mi|los|las)\s+(camisa|blusa|vestido|"
    r"pantalon|ropa|saco|traje|falda|playera|corbata|chamarra)|"
    r"(borre|elimine)\s+(\w+\s+){0,2}?sin\s+querer|se\s+me\s+(borro|borraron|perdio|perdieron)\s+"
    r"(el|la|los|las|mi|mis)\s+(trabajo|tarea|archivo|archivos|fotos|documento|ensayo|tesis|"
    r"partida|avance)|"
    r"se\s+me\s+murio\s+(el|la|mi)\s+(cel|celular|telefono|compu|laptop|bateria|carro|coche)|"
    r"me\s+cobraron\s+(doble|dos\s+veces)|(le\s+)?di\s+responder\s+a\s+todos|"
    r"(mande|envie)\s+(\w+\s+){0,3}?(al|a\s+la|a\s+el)\s+(grupo|chat)\s+(\w+\s+){0,4}?"
    r"(en\s+vez|en\s+lugar)\b|"
    r"(la\s+)?(camara|micro|microfono|mic)\s+(prendid[oa]|encendid[oa]|abiert[oa])|"
    r"salude\s+(a\s+)?(un|una|alguien|el|la)\s+(\w+\s+){0,2}?(q|que)\s+no\s+(era|conocia)|"
    r"(examen|parcial|final|exposicion)\s+(\w+\s+){0,4}?(y\s+)?no\s+(he\s+)?(estudiado|estudie|"
    r"prepare|me\s+prepare)|"
    # A birthday or an anniversary forgotten: "no llamé a mi vieja para su cumple",
    # "me colgué y no la felicité" (in the River Plate, "colgarse" is to forget).
    r"(no\s+(le\s+|la\s+|lo\s+)?(llame|felicite|escribi|salude)|se\s+me\s+(olvido|paso)|"
    r"(me\s+)?olvide(\s+de)?)\s+(\w+\s+){0,6}?(su|el|mi|tu|nuestro)\s+(cumple|cumpleanos|"
    r"aniversario|santo)\b|me\s+colgue\s+y\s+no\s+(la\s+|le\s+|lo\s+|les\s+)?(felicite|llame|"
    r"escribi|salude|mande|avise)\b)"
)
EARNEST_ES = (
    r"\b(no\s+es\s+broma|no\s+estoy\s+bromeando|no\s+bromeo|en\s+serio|de\s+verdad|"
    r"ya\s+no\s+aguanto|se\s+(murio|suicido|mato)|hospital|yo\s+tambien|"
    r"no\s+aguanto\s+mas|no\s+puedo\s+mas|no\s+quiero\s+vivir|ya\s+no\s+quiero|"
    r"triste|tristeza|deprimid|depresion|sol[oa]\s+en\s+el\s+mundo|vacio|vacia|"
    r"sufr|no\s+sirvo|inutil|me\s+odio|sin\s+salida|nadie\s+me|todo\s+me\s+sale\s+mal|"
    r"pastillas|soga|cortarme|cortes|nada\s+importa|ya\s+nada|nadie\s+(me\s+)?quiere|"
    r"fracas|me\s+odian|alcohol|bebe|custodia|los\s+ninos|mis\s+hijos|ya\s+no\s+puedo|"
    # Meant: "choqué a propósito y casi me mato".
    r"a\s+proposito|adrede|intencionalmente|"
    # Cuts found, a death, a broken heart, a life felt as a mistake.
    r"cortadas|cortaditas|cicatrices|(murio|fallecio|se\s+murio|perdi\s+a)\s+(mi|mis)\b|"
    r"corazon\s+(roto|destrozado|partido)|(rompio|rompieron|partio|partieron)\s+el\s+corazon|"
    r"naci\s+(por\s+error|de\s+mas)|soy\s+un\s+error|no\s+(debi|debia|deberia\s+haber)\s+nacer|"
    r"nunca\s+debi\s+(haber\s+)?nacer)"
)

DRUGS_ES = (
    r"(pastillas?|pastis|pildoras?|tabletas?|capsulas?|medicinas?|medicamentos?|remedios|"
    r"paracetamol|acetaminofen|ibuprofeno|aspirinas?|tylenol|clonazepam|rivotril|alprazolam|"
    r"xanax|diazepam|valium|lorazepam|sertralina|fluoxetina|citalopram|escitalopram|"
    r"antidepresivos|somniferos|insulina|litio|quetiapina|tramadol|codeina|fentanilo|heroina|"
    r"opioides|analgesicos|calmantes|tranquilizantes|benzodiacepinas|benzos|zolpidem|"
    r"ansioliticos|antipsicoticos|pills|chochos)"
)


# The words any goodbye below opens with: one look at a word's first letters
# spares trying every kind there (a long message is read at every word).
def _factored(*alternations: str) -> str:
    """One pattern for many starts, each a run of letters and what may follow it.

    Starts that share letters are factored into one tree ("es(?:ta|toy)..."), so
    a position of a long message costs a few letter tests, not one try a start.
    A run of one letter stays whole, as the disguised reading squeezes each run.
    """
    tree: dict = {}
    branches = (each for alternation in alternations for each in top_level_branches(alternation))
    for branch in branches:
        prefix = re.match(r"[a-z]*", branch).group()  # type: ignore[union-attr]
        if branch[len(prefix) : len(prefix) + 1] in ("?", "*", "+", "{"):
            prefix = prefix[:-1]  # the last letter is quantified: it belongs to the rest
        node = tree
        for run, _letter in re.findall(r"((.)\2*)", prefix):
            node = node.setdefault(run, {})
        node.setdefault("", set()).add(branch[len(prefix) :])
    return _tree_pattern(tree)


def _tree_pattern(node: dict) -> str:
    rests = node.get("", set())
    if "" in rests:
        return ""  # a shorter start already opens every longer one
    branches = [re.escape(run) + _tree_pattern(child) for run, child in sorted(node.items()) if run]
    branches += sorted(rests)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# The words any goodbye below opens with, and what must follow a common one:
# one look at a word's first letters spares trying every kind there (a long
# message is read at every word). Each branch is letters, then the rest.
# Plain reasons for a goodbye: a move, a trip, a wedding, a last day at work, a
# meeting set (see FAREWELL_ES).
FAREWELL_REASONS_ES = (
    r"me\s+mudo|nos\s+mudamos|mudanza|me\s+cambio\s+de\s+(casa|ciudad|pais|trabajo|terapeuta|"
    r"psicolog[oa]|clinica|escuela|turno|doctor|doctora)|me\s+voy\s+a\s+vivir\s+(a|al|con)|"
    r"me\s+voy\s+de\s+(viaje|vacaciones|intercambio)|nos\s+vemos\s+(en|el|la)\s+(enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|proxima|proximo|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|ano\s+nuevo|navidad|verano)|"
    r"me\s+caso|nos\s+casamos|pedir\s+matrimonio|pedirle\s+matrimonio|renuncie|me\s+jubilo|"
    r"jubilacion|ultimo\s+dia\s+(en|de)\s+(el\s+|la\s+)?(trabajo|oficina|escuela|chamba|empresa)|"
    r"fin\s+de\s+(curso|semestre|temporada)|graduacion|me\s+gradue|"
    r"entre\s+a\s+la\s+(prepa|preparatoria|universidad|uni|facultad|secundaria|carrera)|"
    r"me\s+aceptaron\s+en\s+la\s+(prepa|preparatoria|universidad|uni|facultad|secundaria)"
)
_FAREWELL_STARTS_ES = (
    "(?="
    + _factored(
        # Words that open a kind and are rare elsewhere.
        r"perdon|disculp|gracias|dale|dile|diles|digale|digales|dej|escribi|wrote|already|"
        r"testamento|contrasenas|claves|borre|"
        r"se\s+va\s+a\s+enterar|se\s+van\s+a\s+enterar|toy|stoy|"
        r"por\s+fin|x\s+fin|"
        r"elimine|cerre|regal|vend|repart|pague|adios|chao|chau|bye|cuid|nadie|junt|"
        r"volvieron|compre|consegui|guarde|acabar|queda|quedo|escogi|elegi|decidi|fije|donde|"
        r"adonde|"
        r"contesta|nomas|carta|nota|recado|cuentas|dinero|papeles|escrituras|arregle|ordene|"
        r"organice|"
        r"agradec|cancelar|de\s+aqui\s+a|pa\s+manana|para\s+manana|"
        r"decirle|decirte|darle|darte|traigo|las\s+pastill|mis\s+pastill|las\s+pastis|"
        r"las\s+pildoras|"
        r"las\s+medicinas|pin|anote|les\s+deje|cartit|notit|poliza|saque|robe|"
        r"espero|estoy\s+esperando|estoy\s+sol|me\s+quede\s+sol|guarde|he\s+llevado|lleve|"
        r"y\s+despues|y\s+luego|despues\s+ya|"
        r"luego\s+ya|quiero\s+(?:que|q)\s|quisiera\s+(?:que|q)\s|"
        r"no\s+(?:quiero|quisiera)\s+(?:arruin|echar|amarg)|hasta\s+la\s+otra|se\s+exactamente|"
        r"se\s+bien\s+cuant|"
        r"se\s+cuant|es\s+(?:la\s+)?hora|es\s+el\s+momento|pasado\s+manana|"
        r"acomode|hice|hizo|public|subio|posteo|puso|culp|mando|mande|envio|envie|boleto|devolvi",
        # Common words, each with the words that must follow it in a kind.
        r"lo\s+(?:siento|tengo|di\s|regale\s)|la\s+(?:di\s|regale\s|lana|plata|forma|manera|"
        r"ultima\s+vez)|las\s+(?:qui|am|ganas|ideas|escrituras|di\s|regale\s|voy\s)|"
        r"los\s+(?:qui|am|pens|papeles|di\s|regale\s|voy\s|veo\s)|les\s+(?:qui|am|dejo|pase|di|"
        r"deje|mande|escribo|"
        r"voy\s+a\s+(?:dar|regalar|dejar)|doy\s|regalo\s)|"
        r"le\s+(?:dejo|pase|di|deje|mande|escribo|anote|voy\s+a\s+(?:dar|regalar|dejar)|doy\s|"
        r"regalo\s)|te\s+(?:dejo|pase|di|deje|mande|escribo|anote|voy\s)|"
        r"el\s+(?:seguro|dinero|\w+\s+lo\s+hago|\w+\s+es\s+el)|di\s|mis\s+ahorros|a\s+nombre|"
        r"que\s+(?:me\s+(?:cremen|entierren)|no\s+(?:tengan|tenga|tengas)|cuide|perdon|lo\s+perdon|"
        r"la\s+perdon|nos\s|los\s|las\s)|"
        r"q\s+(?:me\s+(?:cremen|entierren)|no\s+(?:tengan|tenga|tengas)|cuide|perdon|lo\s+perdon|"
        r"la\s+perdon|nos\s|los\s|las\s)|"
        r"pa\s+(?:cuando|donde|que\s+no|q\s+no|que\s+mis?\s)|para\s+(?:cuando|donde|que\s+no|"
        r"q\s+no|que\s+mis?\s)|"
        r"si\s+(?:yo\s|me\s+pasa|algo|ya\s+no|(?:manana\s+|ya\s+)?no\s+(?:regreso|vuelvo|te|les|"
        r"le|contesto|"
        r"respondo|aparezco|me\s+reporto))|"
        r"me\s+(?:siento\s+en\s+paz|rindo|despido|despedi|estoy\s+despid|falta|voy\s|mudo|"
        r"cambio\s|caso|jubilo|"
        r"gradue|salvaron|lavaron|encontraron|paso|"
        r"dio|dejo|mando|volvi\s+a|dijo\s+adios)|"
        r"estoy\s+(?:en\s+paz|en\s+(?:el|la|las)|parad|arriba|sobre)|hoy\s+(?:se\s|lo\s+hago|"
        r"es\s+(?:el|la\s+noche)|si\s+lo)|ahora\s+si\s+lo|"
        r"manana\s+(?:se\s|lo\s+hago|es\s+el|ya\s|yo\s|no\s)|manana|hoy|esta\s+noche|"
        r"esta\s+(?:ya\s+no|vida\s+ya|noche\s+(?:se\s|lo|si\s+lo|ya\s|yo\s|no\s)|es\s+(?:mi|"
        r"la\s+noche)|vez\s+(?:si|no)|en\s+(?:el|la|las)|parad|arriba|sobre|"
        r"todo)|"
        r"ya\s+(?:es\s|tengo\s|traigo\s|esta\s+decidido|"
        r"lo\s+tengo\s+decidido|no\s+(?:necesito|quiero\s+seguir|siento|falta|aguanto|aguanta|"
        r"puedo|puede|voy|vo|estare|tiene|l[oa]|iba|contesta|"
        r"me\s+contesta|nos\s+contesta|me\s+importa|va\s|van\s|nos\s|me\s)|me\s+(?:puedo|toca|"
        r"canse|despedi|decidi)|cumpli|lo\s+(?:decidi|"
        r"intente)|decidi|estoy\s+en|tengo\s+todo|tengo\s+paz|se\s+como|ni\s|escogi|elegi|fije|"
        r"sab|tome)|"
        r"solo\s+(?:falta|me\s+falta|quiero\s+irme|quisiera\s+irme)|nada\s+mas\s+(?:me|quiero)|"
        r"nomas\s+quiero|"
        r"es\s+(?:pronto|pa\s|para\s+despues|la\s+ultima|mi\s+ultimo)|son\s+(?:pa\s|"
        r"para\s+despues)|"
        r"sera\s+(?:la\s+ultima|mi\s+ultimo)|hasta\s+(?:siempre|nunca)|"
        r"nos\s+(?:vemos\s+(?:en|del|el|la)|mudamos|casamos|dio|dijo\s+adios|paso|dejo|mando)|"
        r"no\s+(?:aguanto|puedo\s+mas|hay|me\s+(?:van|vas|va|busquen|esperen|busques|esperes|"
        r"contesta|llame)|voy\s+a\s+(?:llegar|ir|regresar|volver)|tengo\s+nada|"
        r"(?:quiero|quisiera)\s+(?:que|q)\s|sera\s+necesari|va\s+a\s+ser\s+necesari|se\s+donde|"
        r"nos\s+(?:vamos|volveremos|veremos|volvemos)|"
        r"creo\s+(?:que|q)\s|me\s+(?:aparte|agende|guarde)|siento\s+nada|(?:te|se)\s+(?:asust|"
        r"espant)|se\s+(?:xq|pq|porque|por\s|pa\s|para\s)|"
        r"fue\s|es\s+(?:su|tu|culpa)|tiene\s|tienen\s|tuvo\s|se\s+culp|te\s+culp|esta\s+en\s+su|"
        r"estaba\s+en\s+su|va\s+a\s+estar|voy\s+a\s+estar|vo\s+a\s+estar|sabemos|contesta|"
        r"nos\s+contesta|lo\s|la\s)|"
        r"i.?m\s+done|fue\s+(?:lindo|bonito|la\s+ultima|un\s+gusto|un\s+placer)|"
        r"yo\s+ya\s+me\s+voy|nada\s+de\s+esto|"
        r"usted\s+es\s+la|tu\s+eres\s+(?:la|el)|ni\s+cuenta|sin\s+(?:que|q)\s|"
        r"no\s+le\s+tengo\s+miedo|ya\s+no\s+le\s+tengo|ya\s+ni\s+miedo|(?:siempre|nunca)\s+(?:la|"
        r"lo|los|las|te)\s|"
        r"si\s+(?:\w+\s+){0,4}?(?:la|lo|los|las|le|te|les)\s+(?:llama|busca|escribe|marca)\s|"
        r"(?:mis|los)\s+(?:perros|perritos|gatos|gatitos|mascotas)\s|quien\s+se\s|fue\s+(?:la|"
        r"mi)\s+despedida|"
        r"se\s+(?:lo|la|los|las)\s+(?:den|dejen|regalen|pasen)\s|si\s+a\s+mi\s+me\s|"
        r"va\s+(?:a\s+estar\s+)?(?:bien|mejor|tranquil)|van\s+(?:a\s+estar\s+)?(?:bien|mejor|"
        r"tranquil)|"
        r"vas\s+(?:a\s+estar\s+)?(?:bien|mejor|tranquil)|estara\s+(?:bien|mejor|tranquil)|"
        r"estaran\s+(?:bien|mejor|tranquil)|"
        r"como\s+(?:si\s+fuera|hacerlo|morir|matarme|irme)|"
        r"cuando\s+(?:yo\s|ya\s+no|no\s+este|falte|me\s+haya|me\s+encuentren|me\s+hallen)|"
        r"dio\s+las|"
        r"mi\s+(?:intento|ultim|primer\s+intento)|siento\s+(?:exactamente|justo|lo\s+mismo)|"
        r"por\s+si\s+(?:acaso|algo|las\s+moscas)|he\s+hecho\s+las|ha\s+hecho\s+las|"
        r"dice\s+(?:perdon|solo)|decia\s+(?:perdon|solo)|ya\s+no\s+hay\s+nada|"
        r"hoy\s+(?:es|sera|lo\s+(?:termino|acabo))|manana\s+(?:es|sera|lo\s+(?:termino|acabo))|"
        r"esta\s+noche\s+(?:es|sera|lo\s+(?:termino|acabo))|"
        r"tengo\s+(?:clar|decidido|la\s|el\s|una\s|escogid|elegid|ubicad|nada)|"
        r"tengo\s+(?:ya\s+|las\s+|mis\s+|unas\s+|una\s+|la\s+|mi\s+|the\s+|my\s+)?(?:cartas?|"
        r"notas?|"
        r"notes|letters|todo)|tengo\s+(?:las|mis|unas)\s|"
        # The reasons that make a goodbye everyday open a match too.
        r"mudanza|renuncie|jubilacion|graduacion|pedir|entre\s+a\s+la|me\s+aceptaron|ultimo\s+dia|"
        r"fin\s+de\s+(?:curso|semestre|"
        r"temporada)",
    )
    + ")"
)
# Two kinds of goodbye in one message: "los quiero, perdón por todo, ya no aguanto".
# A plain reason in the message makes its goodbyes everyday ones: a move, a trip, a
# wedding, a last day at work, a meeting set ("nos vemos en enero"). A message holding
# a reason is read, from its start, as one match of no kind, so no goodbye in it is
# counted; the reason is looked for once, not once a goodbye (a long body repeating "ya
# lo decidí" looked for it to the end after every one, and grew with the square of its
# length). A reason met later (the first look found none) still reads the rest as one
# match of no kind.
_FAREWELL_REASON_ES = _factored(FAREWELL_REASONS_ES)
FAREWELL_ES = (
    r"^(?=[\s\S]*?\b(?:" + _FAREWELL_REASON_ES + r")\b)[\s\S]*|"
    r"\b"
    + _FAREWELL_STARTS_ES
    + r"(?:(?:"
    + _FAREWELL_REASON_ES
    + r")\b[\s\S]*|"
    + r"(?:(?P<pardon>perdon(en|enme|ame)?\s+por\s+todo(?!\s+(el|lo|la|este|esto|eso)\b)|"
    r"perdon\s+a\s+todos|"
    r"lo\s+siento\s+(mucho\s+)?por\s+todo|"
    r"perdonenme|perdon(ame|eme)\b(?![\s,]+(por\s+(?!todo)\w+|que|q|la|el|si|pero|es\s+que)\b)|"
    r"disculpen\s+por\s+todo|"
    # "perdón por todo lo que la hice batallar".
    r"perdon\s+por\s+todo\s+lo\s+(que|q)\s+(l[oa]s?|te|les?)\s+(hice|he\s+hecho)\s+(batallar|"
    r"sufrir|pasar)|(que|q)\s+perdon\b(?!\s+por\s+(?!todo)\w+)|"
    r"(que|q)\s+(lo|la)\s+(perdonemos|perdonen)\b(?!\s+por\s+(?!todo)\w+)|"
    r"(perdon|perdone|perdona|perdonen|disculpe|disculpa|disculpen)\s+(por\s+)?(las\s+|tantas\s+|"
    r"todas\s+las\s+)?molestias\s+(de|en|durante|por)\s+todo\s+este\s+tiempo|"
    r"(dice|decia)\s+(solo\s+)?perdon\b)|"
    r"(?P<thanks>gracias\s+(por|x)\s+(todo|(todo\s+)?lo\s+que\s+hicieron|aguantarme|bancarme|"
    r"soportarme|quererme|todo\s+este\s+tiempo|escucharme(\s+siempre)?)(?!\s+(hoy|ayer|"
    r"esta\s+semana|en\s+(la|el)|con\s+"
    r"(la|el|mi|lo))\b)"
    # "gracias por todo, equipo": a team thanked at a season's end.
    # Not the clinician: "gracias por todo, doctora... adiós" is a goodbye.
    r"(?![\s,]+(equipo|chicos|chicas|companeros|compas|team|coach|entrenador[a]?)\b)"
    # "... nos vemos en navidad": a meeting ahead.
    r"(?![\s,]+(\w+[\s,]+){0,3}?nos\s+vemos\s+(en|el|la|manana|pronto|luego|ahorita)\b))|"
    r"(?P<love>(los|las|les)\s+(quiero|amo|quise|ame)(\s+mucho)?(\s+a\s+tod[oa]s)?"
    r"(?![\s,]+nos\s+vemos\s+(en|el|la|manana|pronto|luego|ahorita)\b)|"
    r"dale\s+un\s+beso\s+a\s+(mi|mis)\s+\w+\s+de\s+mi\s+parte|"
    r"(los|las|te)\s+voy\s+a\s+extranar(\s+mucho)?(?![\s,]+(\w+[\s,]+){0,3}?(en|cuando|mientras|"
    r"este|estos)\b)|(que|q)\s+(nos|los|las)\s+(quiere|ama)\b|"
    # "siempre la voy a recordar", "nunca los voy a olvidar".
    r"siempre\s+(la|lo|los|las|te)\s+voy\s+a\s+(recordar|llevar\s+en\s+el\s+corazon)|"
    r"nunca\s+(la|lo|los|las|te)\s+voy\s+a\s+olvidar|"
    r"(dile|diles|digale|digales)\s+a\s+(mi|mis)\s+\w+\s+(que|q)\s+(l[oa]s?|le|les)\s+(quiero|amo|"
    r"quise|ame)\b)|"
    # No one to blame: "no fue su culpa", "nadie tiene la culpa".
    r"(?P<blame>no\s+(fue|es|tiene|tienen|tuvo)\s+(la\s+|su\s+|tu\s+|mi\s+)?culpa\b|"
    r"nadie\s+tiene\s+(la\s+)?culpa|no\s+es\s+culpa\s+de\s+nadie|no\s+(se|te)\s+culp\w+|"
    r"no\s+(lo|la|los|las)\s+culp\w+|nada\s+de\s+esto\s+(fue|es)\s+(su|tu|culpa)\b)"
    # "nadie tiene la culpa de que llueva": an event, not the client.
    r"(?!\s+(de|del)\s+(?!(nada|esto|eso|lo\s+que|mi|mis)\b)\w+)|"
    # All of one's things given away: a kind of its own beside letters or a will
    # ("escribí las cartas y regalé mis cosas"); a move's sale is a reason.
    r"(?P<given>(regale|reparti|vendi|regalo|repartio|vendio)\s+(todas\s+|todos\s+)?(mis|sus)\s+"
    r"(cosas|pertenencias)\b)|"
    # Affairs put in order: letters left, a will, accounts, debts paid, money
    # and things given away or put in someone else's name, traces deleted.
    r"(?P<affairs>(deje|dejado|escribi|escrito|escribio|tengo|wrote|"
    r"already\s+wrote)\s+(ya\s+)?(las|mis|"
    r"unas|una|la|mi|the|my)\s+(cartas?|notas?|notes?|letters?)\s+(\w+\s+){0,6}?(?=(escritas?|"
    r"listas?|pa|para|pal|for)\b)|(deje|dejo)\s+(una|unas|su|sus)\s+(cartas?|notas?)\b|"
    r"testamento|el\s+seguro|(que|q)\s+me\s+(cremen|entierren)|"
    # Not what the baby grew out of: "regalé la ropa de bebé a una vecina embarazada".
    r"(regale|vendi|regalo|vendio|repartio|reparti)\s+(a\s+)?(todas\s+|todos\s+)?(mi|mis|la|el|"
    r"los|las|su|"
    r"sus)\s+(?!ropita|(ropa|cuna|carriola|carreola|cochecito|juguetes)\s+de\s+(bebe|los\s+ninos|"
    r"mis\s+hijos|la\s+nena|el\s+nene))\w+|"
    r"(le|les)\s+di\s+(mis|mi|todas\s+mis)\s+\w+\s+a\b|"
    r"(le|les)\s+(voy\s+a\s+(dar|regalar|dejar)|doy|regalo)\s+(mi|mis|todas\s+mis)\s+\w+\s+a\b|"
    r"(regalando|vendiendo|repartiendo)\s+(todas\s+|todos\s+)?(mis|sus)\s+\w+|"
    r"pague\s+((\w+\s+){0,3}?(todo\s+)?lo\s+(que|q)\s+(le\s+|les\s+)?debia|(todas\s+)?mis\s+"
    r"deudas)(?![\s,!]*(por\s+fin|al\s+fin|que\s+alivio|yay)\b)|"
    r"se\s+(lo|la|los|las)\s+(den|dejen|regalen|pasen)\s+a\s+(otra\s+persona|otro\s+paciente|"
    r"alguien\s+mas|"
    r"quien\s+(lo|la|los|las)\s+(necesite|aproveche))|"
    r"devolvi\s+(a\s+cada\s+(quien|uno)\s+)?lo\s+(que|q)\s+(le|les)\s+debia|"
    r"(deje|dejo)\s+(\w+\s+){0,5}?y\s+(una|unas|mi|mis)\s+(cartas?|notas?)\b"
    # "... y una nota para el plomero": an errand's.
    r"(?!\s+(para|pa)\s+(el|la)\s+(plomero|portero|conserje|cartero|jardinero|electricista|tecnico|"
    r"repartidor|mecanico)\b)(?!\s+(con|de)\s+(mi|la)\s+nueva\s+direccion)|"
    r"le\s+dejo\s+(la\s+plata|el\s+dinero|la\s+lana|mis\s+ahorros|todo|mis\s+cosas)\s+a|"
    r"a\s+nombre\s+de\s+(mi|mis)\s+\w+|"
    # Things put in order: "ya arreglé mis cosas"; not for a move or a trip. Here and
    # below the reason is looked for in the next 240 characters, not to the message's
    # end: a body repeating the goodbye would look to its end after every one.
    r"(arregle|ordene|organice|acomode)\s+(todas\s+)?(mis|sus)\s+(cosas|asuntos|papeles|"
    r"pendientes)\b"
    r"(?!.{0,240}?\b(mudanza|viaje|me\s+mudo|se\s+muda|vacaciones|maleta|semestre|oficina|cuarto|"
    r"closet|visa|"
    r"pasaporte|tramite\w*|impuestos|licencia|escuela|inscripcion|examen|banco|credito)\b)|"
    r"(las\s+)?cuentas\s+(pagadas|en\s+orden|al\s+corriente)|(deje|dejo|queda|"
    r"quedo)\s+todo\s+pagado|(l[oa]s?\s+)?(deje|di|regale)\s+(\w+\s+){0,3}?(para|pa)\s+siempre|"
    r"(le|les|te)\s+dejo\s+(mi|mis|todo|todas|todos)\b(?!\s+(llaves|numero|telefono|cel|direccion|"
    r"contacto|correo|paraguas|carro|coche|auto|bici|lugar|asiento|recado|mensaje|saludos)\b)|"
    r"(el\s+dinero|la\s+lana|la\s+plata|mis\s+ahorros|los\s+papeles|las\s+escrituras)\s+(esta|"
    r"estan|"
    r"lo\s+deje|los\s+deje|la\s+deje)\b)|"
    # A letter for each one: "una carta para cada uno de mis hijos".
    r"(?P<letters>(se\s+va|se\s+van)\s+a\s+enterar\s+(por|x)\s+(la|una|mi|las|mis)\s+(cartas?|"
    r"notas?)\b"
    r"(?!\s+(de|del)\b)|"
    r"(les\s+)?deje\s+a\s+cada\s+uno\s+una\s+(carta|cartita)\b|"
    r"(cartas?|cartitas?|notas?|notitas?|recados?)\s+(a|para|pa)\s+cada\s+(uno|una|quien|hijo|"
    r"hija|nieto|"
    r"nieta|hermano|hermana))|"
    # Sparing them the trouble: "que no tengan que batallar con nada".
    r"(?P<spare>(para|pa)\s+(que|q)\s+(mis|mi)\s+\w+\s+no\s+(batallen|batalle|sufran|sufra|"
    r"se\s+preocupen|"
    r"se\s+endeuden|tengan\s+que\s+pagar)\b|"
    r"(que|q|para\s+que|pa\s+que|pa\s+q)\s+no\s+(tengan|tenga|tengas)\s+(que|q)\s+"
    r"(batallar|preocupar\w*|hacer\s+nada|limpiar\s+nada|pagar\s+nada|lidiar|arreglar\s+nada))|"
    # If I am gone: "si me pasa algo, ...".
    r"(?P<ifgone>si\s+(\w+\s+){0,4}?(la|lo|los|las|le|te|les)\s+(llama|busca|escribe|"
    r"marca)\s+(\w+\s+){1,2}?"
    r"no\s+se\s+(asuste|asusten|preocupe|preocupen|espante)\b|"
    r"si\s+((a\s+mi\s+)?me\s+pasa\s+algo|algo\s+me\s+pasa|ya\s+no\s+regreso|no\s+regreso|"
    r"no\s+vuelvo)(?!\s+(en|con|de|durante|mientras|por|a|al|hasta)\b)|"
    r"por\s+si\s+(acaso|las\s+moscas|algo(\s+me\s+pasa)?)(?=\s*($|[.!?])))|"
    # Accounts handed over; traces wiped.
    # Passwords handed to someone, not to a new phone.
    r"(?P<accounts>(le|les|te|me|nos)\s+(pase|di|deje|mande|anote|paso|dio|dejo|"
    r"mando)\s+(\w+\s+){0,6}?"
    r"(mis|las|sus)\s+(contrasenas|claves)|(deje|anote|escribi)\s+(mis|las)\s+(contrasenas|"
    r"claves)\b"
    r"(\s+\w+){0,14}?\s+"
    r"(pa|para|a)\s+(mi|mis)\s+\w+)|"
    r"(?P<wiped>(borre|elimine|cerre)\s+(el|la|los|las|mi|mis|todas?|"
    r"todos?)\s+(\w+\s+){0,2}?(face|facebook|"
    r"insta|instagram|cuentas?|fotos|redes|tiktok|twitter|chats|mensajes|conversaciones|diario)"
    # Room made on a phone, or a new one.
    r"(?!.{0,240}?\b(nuev[oa]|espacio|memoria|respaldo|backup|cambi\w+)\b))|"
    # Ready: "ya no falta nada", "ya lo decidí", "ya queda todo en orden".
    r"(?P<ready>ya\s+no\s+hay\s+nada\s+(que|q)\s+me\s+(detenga|retenga|ate|amarre)\b|"
    r"ya\s+me\s+decidi\b(?!\s+(a|al|por|de|sobre|con)\b)|"
    r"(hice|hizo|he\s+hecho|ha\s+hecho)\s+las\s+paces\s+con\s+(todo|todos|todo\s+el\s+mundo|"
    r"la\s+vida|"
    r"dios|el\s+mundo)\b|no\s+(quiero|quisiera)\s+(que|q)\s+nadie\s+me\s+(detenga|salve|pare|"
    r"rescate|lo\s+impida)\b|ya\s+no\s+falta\s+nada|ya\s+me\s+puedo\s+ir|ya\s+me\s+toca\s+irme|"
    r"solo\s+falta\s+el\s+\w+|ya\s+cumpli|ya\s+(lo\s+)?decidi|ya\s+estoy\s+en\s+paz(?!\s+con)|"
    r"lo\s+tengo\s+(todo\s+)?(claro|clarisimo|pensado|decidido|planeado|planeadisimo)|"
    r"ya\s+tome\s+(una|la|mi)\s+decision(?![\s,]+(de\s+(?!(irme|partir|acabar|terminar|"
    r"descansar)\b)|me\s+(cambio|mudo|caso|separo|divorcio|voy\s+a\s+"
    r"(cambiar|mudar|ir\s+a))|renuncio|dejo\s+(el|la|mi)))|(me\s+siento|"
    r"estoy)\s+en\s+paz\b(?!\s+con)|"
    r"(ya\s+tengo\s+todo\s+listo|(ya\s+)?(queda|quedo|deje|dejo|tengo|esta)\s+todo\s+(en\s+orden|"
    r"arreglado|organizado|listo|resuelto|preparado)|"
    r"ya\s+(escogi|elegi|decidi|fije)\s+(el\s+dia|la\s+fecha|cuando|el\s+lugar)|"
    # "Ya tengo escogido el árbol."
    r"(ya\s+)?tengo\s+(escogid[oa]|elegid[oa])\s+(el|la)\s+(arbol|viga|rama))"
    # Ready for an occasion: "todo listo para el viaje", "el día de la boda".
    # "... para mi familia" is whom it is left for, not an occasion.
    r"(?!\s+(\w+\s+)?(de|del|con|en|para|pa|pal)\s+(?!(esta|la|hoy|manana)\s+noche\b|"
    r"(mi|mis)\s+(familia|hijos|hijas|papas|padres|esposa|esposo|seres\s+queridos)\b|"
    r"(el|este)\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|weekend)\b)"
    r"(el|la|los|las|mi|mis|tu|su|un|una|este|esta)\b)|esta\s+vez\s+si\b|"
    r"esta\s+vez\s+(si\s+)?no\s+(voy\s+a|vo\s+a)\s+fallar\s*($|[.,!])|i.?m\s+done\b)|"
    # Courage the only thing missing: "solo me falta juntar valor".
    r"(?P<courage>(solo|nomas|nada\s+mas)\s+me\s+falta\s+una\s+cosa(?=\s*($|[.!?]))|"
    r"(solo|nomas|nada\s+mas)\s+(me\s+)?falta\s+(juntar\s+|tener\s+|el\s+)?(valor|"
    r"valentia|agallas)|(junto|juntar|juntando|me\s+falta)\s+(el\s+)?valor\s+(pa|para)\s+"
    r"(hacerlo|irme|matarme|saltar))|"
    # A try that failed: "ya lo intenté en marzo", "me lavaron el estómago".
    r"(?P<attempt>ya\s+lo\s+intente\s+(en|el|hace|una|antes|dos|tres|varias)|"
    r"mi\s+(ultimo\s+|primer\s+|segundo\s+)?intento\s+(fue\s+(hace|en|el)|de\s+hace)\s+\w+|"
    r"me\s+(salvaron|lavaron\s+el\s+estomago|encontraron\s+a\s+tiempo)|"
    r"me\s+volvi\s+a\s+(intentar|tomar\s+las)\b)|"
    # The wish back: "las ganas regresaron".
    r"(?P<back>(las\s+ganas|los\s+pensamientos|las\s+ideas)\s+(regresaron|volvieron)|"
    # The same as that night: "hoy siento exactamente lo mismo que esa noche".
    r"siento\s+(exactamente\s+|justo\s+)?lo\s+mismo\s+(que|q)\s+((esa|aquella|la)\s+(noche|vez|"
    r"tarde)|"
    r"(ese|aquel|el)\s+dia|cuando\s+lo\s+intente)|"
    r"volvieron\s+las\s+(ganas|ideas)\s+de)|"
    # A last time: "la última vez que abracé a mis hijos", "como si fuera la última".
    r"(?P<last>fue\s+(lindo|bonito)\s+mientras\s+duro|"
    # Another life: "nos vemos en otra vida, licenciada".
    r"nos\s+vemos\s+en\s+(la\s+)?otra\s+vida|hasta\s+la\s+otra\s+vida|"
    # "esta es mi última noticia", "mi último mensaje".
    r"mi\s+ultim[oa]\s+(noticia|mensaje|nota|entrada|registro)\b(?!\s+(de|del|sobre|para|pa)\b)|"
    r"fue\s+un\s+(gusto|placer)\s+conocer(los|las|te|lo|la)\b|"
    r"(mande|envie|escribi)\s+(los|mis)\s+ultimos\s+mensajes|"
    r"(usted|tu)\s+(es|eres)\s+(la|el)\s+ultim[oa]\s+de\s+(la|mi)\s+lista|"
    r"la\s+ultima\s+vez\s+(que|q)\s+(\w+\s+)?(abrace|abrazo|bese|beso|veo|vi|vimos|"
    r"voy\s+a\s+ver|hable|escuche|los\s+veo|los\s+vi|la\s+vi|lo\s+vi)|"
    r"como\s+si\s+fuera\s+(la|el)\s+ultim[oa]|"
    r"(es|sera)\s+mi\s+ultimo\s+dia\b(?![\s,]*(de|del|en|aqui|aca|trabajando|laboral|con|como)\b))|"
    # When: "el domingo lo hago", "es pronto", "pa cuando lleguen".
    r"(?P<when>(hoy|esta\s+noche|manana)\s+(es|sera)(?=\s*($|[.!?]))|"
    r"(hoy|manana|esta\s+noche)\s+es\s+(el\s+dia|la\s+noche)\s+(en\s+)?(que|q)\s+me\s+(voy|muero|"
    r"mato|"
    r"despido)\b|(hoy|esta\s+noche|manana)\s+lo\s+(termino|acabo)(?=\s*($|[.!?]))|"
    r"(hoy|esta)\s+es\s+la\s+noche\b(?!\s+(de|del|que|q|en|para|pa)\b)|es\s+pronto|(son|es)\s+(pa|"
    r"para)\s+despues|ya\s+no\s+falta\s+mucho|"
    r"(hoy|esta\s+noche|ahora)\s+si\s+lo\s+(hago|voy\s+a\s+hacer)\b|"
    r"(hoy|manana|el\s+\w+)\s+es\s+el\s+dia\b(?!\s+(de|del|que|q|en|para|pa)\b)|"
    r"acabar\s+con\s+esto\s+(hoy|esta\s+noche|manana|de\s+una\s+vez)|"
    r"(hoy|esta\s+noche|manana)\s+se\s+(acaba|termina)\b(?!\s+(el|la|los|las|mi|tu|su|de|del)\b)|"
    r"pa\s+cuando\s+(me\s+vaya|lleguen|ya\s+no\s+este)|(hoy|esta\s+noche|manana|el\s+\w+)\s+"
    # "el sábado lo hago, el examen": the thing named after it.
    r"lo\s+hago(?![\s,]+(el|la|los|las|un|una|mi)\s+(?!(noche|dia|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo)\b)\w+))|"
    r"(?P<bye>me\s+estoy\s+despidiendo\s+de\s+(ustedes|todos|ti|usted|todo\s+el\s+mundo)\b|"
    r"me\s+voy\s+(\w+\s+){0,2}?(para|pa)\s+no\s+(volver|regresar)\b(?!\s+(a|al)\s+(ese|esa|"
    r"este|esta|la|el|los|las|su|tu|mi|trabajar|estudiar)\b)|"
    r"(nos|los|las|te)\s+(vemos|veo)\s+(del|en\s+el)\s+otro\s+lado|nos\s+vemos\s+en\s+el\s+(cielo|"
    r"mas\s+alla)|adios|hasta\s+siempre|hasta\s+nunca|me\s+despido(?!\s+(por\s+hoy|hasta|"
    r"de\s+(ustedes\s+)?"
    r"por\s+hoy))|nos\s+vemos\s+en\s+otra\s+vida|"
    r"esta\s+es\s+mi\s+despedida|fue\s+(la|mi)\s+despedida|ya\s+me\s+despedi\s+de\s+todos|"
    r"me\s+despedi\s+de\s+(mis|todos)|"
    r"(chao|chau|bye)\s+a\s+todos|"
    # "yo ya me voy", "chao" closing the message: a second kind makes them a goodbye.
    r"yo\s+ya\s+me\s+voy(?=\s*($|[.!?]))|(chao|chau)(?=\s*($|[.!?]))|"
    r"(solo|nada\s+mas|nomas)\s+(quiero|quisiera)\s+irme\s*($|[.!])|"
    r"me\s+voy\s+y\s+(ya\s+)?no\s+(regreso|vuelvo)|"
    r"nos\s+dio\s+las\s+gracias(?!\s+por\s+(?!todo)\w+)|"
    r"me\s+despedi\s+de\s+(mi|mis|todos)\b|"
    r"dio\s+las\s+gracias\s+por\s+todo|(me|nos)\s+dijo\s+adios|"
    r"(es|sera)\s+la\s+ultima\s+vez\s+(que|q)\s+(te|les|le)\s+(escribo|hablo))|"
    # "cuiden a mi gata", not "mientras estoy de viaje".
    # The goodbye kept from them: "fue la despedida y ni cuenta se dieron".
    r"(?P<unseen>nadie\s+(sospecho|se\s+dio\s+cuenta|noto)\s+nada|ni\s+cuenta\s+se\s+(dio|dieron)|"
    r"sin\s+(que|q)\s+(nadie\s+)?(se\s+)?(diera|dieran)\s+cuenta)|"
    # Fear of dying gone: "no le tengo miedo a morir", "ya ni miedo tengo".
    r"(?P<unafraid>(ya\s+)?no\s+le\s+tengo\s+miedo\s+a\s+(morir|la\s+muerte)|"
    r"ya\s+ni\s+miedo\s+(tengo|me\s+da)\b)|"
    r"(?P<care>(cuide\s+(a|de)\s+los\s+demas|"
    # The pet taken to someone to keep: "he llevado al perro a casa de mi hermana".
    r"(he\s+llevado|lleve|le\s+deje|le\s+di|regale)\s+(al|a\s+mi|mi)\s+(perro|perrita|perrito|"
    r"gato|gata|gatito|"
    r"mascota)\s+(a\s+casa\s+de|con)\s+(mi|su)\s+\w+(?!.{0,80}\b(porque|xq|pq|mientras|vacaciones|"
    r"viaje|hospital|cuiden|cuide)\b)|(mis|los)\s+(perros|perritos|gatos|gatitos|"
    r"mascotas)\s+"
    # Not what someone else left said: "mi abuelo dejó dicho quién se queda con el rancho".
    r"ya\s+tienen\s+(hogar|casa|familia|duen[oa])|(?<!dejo dicho )quien\s+se\s+(queda|"
    r"va\s+a\s+quedar|"
    r"hace\s+cargo)\s+"
    r"con\s+(la|el|mi|mis|los|las)\s+\w+|cuiden\s+(a|de|bien\s+a)\s+\w+|cuidense|cuida\s+(a|"
    r"de)\s+(mi|mis)\s+\w+|"
    r"(que|q)\s+(cuide|cuiden)\s+(a|de)\s+(mi|mis)\s+\w+)"
    r"(?!\s+(\w+\s+){0,2}?(mientras|en\s+lo\s+(que|q)|hasta\s+(que|q)\s+(vuelva|regrese)|"
    r"este\s+(finde|fin)|el\s+(finde|fin)|estos\s+dias|unos\s+dias|esta\s+semana|"
    r"por\s+favor\s+que\s+salgo)))|"
    r"(?P<end>ya\s+no\s+me\s+importa\s+nada\b(?!\s+(de|del|lo\s+que)\b)|"
    # "me rindo." said of everything, at a sentence's start or after "ya", not of a game,
    # a riddle or a subject ("con las mates me rindo.", "me rindo, ¿cuál es?").
    r"(?:^|(?<=[.!?:] )|(?<=\bya )|(?<=\byo ))me\s+rindo(?=\s*($|[.!:]))|"
    r"ya\s+no\s+puedo\s+con\s+(esta|este|tanta|tanto)\s+(tristeza|dolor|depresion|angustia|"
    r"soledad|vacio)|"
    r"(ya\s+no\s+(aguanto|puedo|aguanta|puede)(\s+mas)?|no\s+(aguanto|puedo)\s+(mas|"
    r"(ni\s+)?un\s+dia\s+"
    r"mas))(?!\s+(mas\s+)?(de|del)\s+(la\s+)?(risa|emocion|felicidad|hambre|sueno|cansancio|"
    r"flojera|gusto)\b)"
    # "ya no aguanto a mi suegra": someone put up with, not a life.
    r"(?!\s+(mas\s+)?a\s+(mi|mis|la|el|los|las|este|esta|ese|esa|tu|su|sus)\b)"
    r"(?!(\s+mas)?\s+(este|esta|el|la|con\s+(el|la|este|esta))\s+(calor|frio|trafico|ruido|tarea|"
    r"trabajo|examen|"
    r"tos|gripa|gripe|dolor\s+de\s+(cabeza|muela|espalda))\b)|ya\s+me\s+canse\s+de\s+todo|"
    r"no\s+hay\s+(vuelta|marcha)\s+atras|"
    r"(ya\s+no\s+voy\s+a\s+estar|ya\s+no\s+estare)(?!\s+(en|aqui|aca|por|el|este|esta|unos|hasta|"
    r"de|"
    r"la\s+proxima|el\s+proximo|disponible|conectad[oa])\b)|no\s+me\s+(van|vas|"
    r"va)\s+a\s+volver\s+a\s+ver|"
    # "ya no nos vamos a ver", "ya no me van a ver": not for a move, a trip or a class.
    r"(ya\s+no\s+nos\s+(vamos\s+a|volveremos\s+a)\s+ver|"
    r"no\s+nos\s+(vamos\s+a\s+)?volver(emos)?\s+a\s+ver|"
    r"no\s+nos\s+veremos\s+(mas|nunca)|ya\s+no\s+me\s+(van|vas|va)\s+a\s+ver)"
    r"(?![\s,]+(\w+[\s,]+){0,3}?(porque|pq|xq|me\s+mudo|me\s+cambio|me\s+voy\s+(a|de|al)|viaje|"
    r"vacaciones|en\s+(la|el|las|los|clase|casa)|por\s+(aca|aqui|la|el|un|unos|unas)|hasta|"
    r"el\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo)|mas\s+por|tan\s+seguido)\b)|"
    r"ya\s+ni\s+(pa|para)\s+(que|q)\s+seguir|"
    # "ya no tiene caso, perdimos el partido": a game or a task, not a life.
    r"ya\s+no\s+tiene\s+(caso|sentido)(?![\s,]+(\w+[\s,]+){0,2}?(perdimos|perdio|perdieron|"
    r"ganaron|partido|final|examen|tarea|junta|discutir|discutiendo|pelear|intentar\w*|esperar\w*|"
    r"arreglar\w*|la\s+(tele|compu|lavadora|impresora))\b)|"
    r"nadie\s+(\w+\s+)?(tenga|tuviera|va\s+a\s+tener)\s+(que|q)\s+aguantarme)|"
    # Gone: "cuando yo falte", "cuando ya no esté".
    r"(?P<gone>cuando\s+(yo\s+)?(falte|ya\s+no\s+este|no\s+este|me\s+haya\s+ido)|"
    # Not here by tomorrow, said as the end of it: "de aquí a mañana ya yo no toy, no me
    # llamen" ("mañana no estoy, ¿movemos la cita?" is an errand).
    r"(de\s+aqui\s+a\s+manana|pa\s+manana|para\s+manana|manana|esta\s+noche)\s+ya\s+(yo\s+)?"
    r"no\s+(estoy|toy|voy\s+a\s+estar|estare)(\s+yo)?(?=\s*($|[.!?])|,\s*no\s+me\s+(llamen|busquen|"
    r"esperen)\b)|"
    r"cuando\s+me\s+(encuentren|hallen|encuentres)\b|"
    r"(ya\s+)?no\s+(va|voy|vo)\s+a\s+estar\s+(pa|para|pal|en)\s+(navidad|ano\s+nuevo|(su|"
    r"mi)\s+cumple\w*|"
    r"fin\s+de\s+ano|la\s+boda|la\s+graduacion|el\s+(nacimiento|bautizo))"
    r"(?![\s,]+(\w+[\s,]+){0,2}?(porque|pq|xq|trabaj\w*|viaj\w*|se\s+va|me\s+voy|guardia|turno)\b)|"
    r"si\s+yo\s+(ya\s+)?no\s+(estoy|estuviera|existiera)(?!\s+(en|a|para|el|la|con|aqui|ahi)\b))|"
    # There: at the river, on the bridge, writing from the roof.
    r"(?P<there>(ya\s+)?(estoy|esta|toy|stoy)\s+(en|parad[oa]\s+en|arriba\s+de|sobre)\s+(el|la|"
    r"las)\s+"
    r"(rio|puente|vias|azotea|represa|presa|acantilado|barranco|baranda|cornisa|techo|"
    r"terraza\s+del\s+edificio)\b"
    # "toy en el río con los niños", "en la presa pescando": company, or an errand.
    r"(?!\s+(\w+\s+){0,3}?(con\s+(los|las|mi|mis|unos|unas|el|la)\b|pescando|nadando|paseando|"
    r"trabajando|"
    r"arreglando|jugando|acampando|comiendo|en\s+un\s+tap\w*|en\s+el\s+trafico))|"
    r"(te|les|le)\s+escribo\s+desde\s+(el|la)\s+(techo|azotea|puente|cornisa|orilla|borde)|"
    # In the car in a shut garage with the engine on.
    r"(estoy|toy|stoy)\s+(\w+\s+){0,6}?(garaje|cochera)\s+(\w+\s+){0,4}?motor\s+(prendido|"
    r"encendido|"
    r"andando|corriendo|en\s+marcha)|"
    # Someone close posting from the edge: "publicó una foto del puente".
    r"(publico|subio|posteo|puso)\s+(\w+\s+){0,4}?(foto|video|historia|selfie|story)\s+(del|"
    r"de\s+la|"
    r"de\s+las|desde\s+(el|la|las)|en\s+(el|la|las))\s+(puente|azotea|vias|rio|acantilado|barranco|"
    r"techo|cornisa|represa|presa)\b)|"
    # Means got: "ya compré las pills".
    r"(?P<means>(ya\s+)?(compre|consegui|junte|guarde)\s+(las|unas|mis|la|una)\s+("
    + DRUGS_ES[1:-1]
    + r"|"
    r"soga|cuerda|pistola|navaja|veneno)|"
    # A photo of the means sent: "me mandó una foto de unas pastillas".
    r"(mando|envio|subio|publico|posteo)\s+(\w+\s+)?foto\s+de\s+(unas|las|sus|mis|muchas|"
    r"un\s+monton\s+de)\s+"
    r"(" + DRUGS_ES[1:-1] + r"|navajas?|soga|pistola|cortes)|"
    # Pills kept back: "tengo las pastillas guardadas".
    r"tengo\s+(las|mis|unas)\s+" + DRUGS_ES + r"\s+(guardad[oa]s|escondid[oa]s|juntad[oa]s|"
    r"ahorrad[oa]s|separad[oa]s)\b)|"
    # Someone left fine without the client: "ella va a estar bien sin mí".
    r"(?P<without>(va|van|vas|estara|estaran)\s+(a\s+estar\s+)?(bien|mejor|tranquil[oa]s?)\s+"
    r"sin\s+mi(?!\s+(este|esta|estos|estas|unos|unas|el|la|en|mientras|por|durante|hoy|manana|"
    r"un\s+rato)\b))|"
    # Where the client is going, nothing can come: "donde voy no lo puedo llevar".
    r"(?P<going>boleto\s+(sin\s+regreso|solo\s+de\s+ida|de\s+ida\s+nomas)|"
    # "no voy a llegar al examen, ni a nada".
    r"no\s+voy\s+a\s+(llegar|ir)\s+(a|al)\s+(\w+[\s,]+){0,3}?ni\s+a\s+nada\b|"
    # Going to the dead: "ya me voy tranquila con mi difunto" (not "... al panteón").
    r"me\s+voy\s+(tranquil[oa]\s+|en\s+paz\s+)?(con|pa\s+donde\s+(esta|estan)|a\s+reunirme\s+con|"
    r"a\s+juntarme\s+con)\s+(mi|mis)\s+(difunt[oa]s?|finad[oa]s?|muert[oa]s?)(?=\s*($|[.!?,]))|"
    r"ya\s+no\s+(l[oa]s?\s+)?(voy\s+a|vo\s+a|iba\s+a|va\s+a|van\s+a)\s+(ocupar|necesitar|usar)\b"
    # "... con el carro nuevo": replaced, not left behind.
    r"(?![\s,]+(con|en|porque|pq|xq|ahora|desde|para|pa|ya\s+(termine|acabe|me\s+gradue)|termine|"
    r"acabe|me\s+gradue|me\s+compre)\b)|"
    # Where one goes, a trip's reason is said close by: looked for in the next 120
    # characters (a long body of these goodbyes read each one's next 240 at length).
    r"(a\s+|pa\s+|para\s+)?(donde|adonde)\s+(voy|me\s+voy|ire)\s+(ya\s+)?no\s+"
    r"(\w+\s+){0,2}?(puedo\s+llevar|podre\s+llevar|voy\s+a\s+poder\s+llevar|necesit\w+|"
    r"me\s+sirve|sirve|(me\s+)?hacen?\s+falta)(?!.{0,120}?\b(hotel|viaje|vacaciones|depa|"
    r"departamento|renta|rento|mudanza|"
    r"hospital|residencia|internado|campamento|crucero|vuelo|avion)))|"
    # Lesser kinds (LESSER_KINDS_ES), each a goodbye only beside a kind that is more
    # than a courtesy: peace at last, a plan for tonight, feeling nothing, a warning not
    # to be scared before a plan, "ya sé cómo", one thing left, the means in hand.
    r"(?P<calm>(por|x)\s+fin\s+(tengo|siento)\s+(paz|calma)|ya\s+tengo\s+paz)|"
    r"(?P<resolved>tengo\s+(clar[oa]|clarito|clarisimo|decidido)\s+lo\s+(que|"
    r"q)\s+voy\s+a\s+hacer\s+"
    r"(esta\s+noche|hoy\s+en\s+la\s+noche)(?=\s*($|[.!?])))|"
    r"(?P<numb>ya\s+no\s+siento\s+nada(?=\s*($|[.!?,]))|no\s+siento\s+nada,?\s+ni\s+(tristeza|"
    r"miedo|"
    r"dolor))|"
    r"(?P<scare>no\s+(te|se)\s+(asustes|asuste|espantes|espante),?\s+pero(?=\s+(ya\s+)?(tengo|"
    r"traigo|"
    r"compre|consegui|lo\s+decidi)\b))|"
    r"(?P<knowhow>ya\s+se\s+como(\s+(hacerlo|lo\s+voy\s+a\s+hacer))?(?=\s*($|[.!?])))|"
    r"(?P<onething>solo\s+(me\s+)?falta\s+una\s+cosa(\s+y\s+(ya|listo))?(?=\s*($|[.!?])))|"
    r"(?P<inhand>tengo\s+(las|mis|unas|la|el|una)\s+(" + DRUGS_ES[1:-1] + r"|navaja|soga|cuerda|"
    r"pistola|gillette|cuchilla|hojilla|hojita)\s+en\s+la\s+mano(?=\s*($|[.!?])))|"
    # The next session given up: "no creo que vaya a la próxima cita" (a trip or a move
    # said in the message is a reason, and no goodbye in it counts).
    # Said at a sentence's end: "... la próxima cita, se me descompuso el carro" is a reason.
    r"(?P<appointment>(no\s+creo\s+(que|q)\s+(vaya|llegue|vuelva|este)\s+(a|en)\s+la\s+(proxima|"
    r"siguiente)\s+"
    r"(cita|sesion|consulta)|no\s+me\s+(aparte|agende|guarde|aparten|agenden|apartes|agendes|"
    r"guardes)\s+"
    r"(la\s+|otra\s+)?(proxima\s+)?(cita|sesion|consulta|hora))(?=\s*($|[.!?])))|"
    # Writing without knowing why: "no sé pa qué te escribo".
    r"(?P<writing>no\s+se\s+(xq|pq|porque|por\s+(que|q)|pa\s+(que|q)|para\s+(que|q))\s+(le|te|"
    r"les)\s+"
    r"(escribo|mando\s+esto))|"
    # Traces wiped, a way that does not hurt.
    r"(?P<traces>no\s+(quiero|quisiera)\s+(que|q)\s+quede\s+(nada|rastro|ni\s+rastro)\s+(mio|"
    r"de\s+mi))|"
    r"(?P<method>(como|la\s+forma\s+de|la\s+manera\s+de)\s+(hacerlo|morir|matarme|irme)\s+"
    r"sin\s+(que\s+)?(me\s+)?(duela|dolor|sufrir))|"
    # Silence announced: "si mañana no contesto ya saben por qué", "no me busquen".
    r"(?P<silence>si\s+(manana\s+|ya\s+)?no\s+(te\s+|les\s+|le\s+)?(contesto|respondo|aparezco|"
    r"me\s+reporto)|(ya\s+)?no\s+(me\s+|nos\s+)?contesta|no\s+(se|sabemos)\s+donde\s+(esta|anda)|"
    r"no\s+(lo|la)\s+(encuentro|encontramos|encuentran|localizo|localizamos)\b|"
    r"no\s+(esta|estaba)\s+en\s+su\s+(cuarto|cama|recamara|casa|habitacion)\b|"
    r"no\s+me\s+(busquen|esperen|busques|esperes)(?![\s,]+(\w+[\s,]+){0,2}?((estoy|ando)\s+(de\s+"
    r"\w+|ocupad\w*|despiert[oa]s?|levantad[oa]s?|en\s+(casa|clase|(el|la|una|un)\s+(trabajo|"
    r"chamba|oficina|escuela|junta|"
    r"reunion|viaje|hospital|consulta|fiesta|boda|evento|retiro|campamento|congreso|curso|taller|"
    r"guardia|turno|examen|torneo)))|despiert[oa]s?|levantad[oa]s?|temprano|voy|salgo|tengo|"
    r"porque|que|q|"
    r"en\s+(la|el)\s+(cena|comida|fiesta|junta|reunion|oficina|escuela|trabajo|casa)|"
    r"a\s+(comer|cenar))\b))|"
    # After an occasion, not spoiling it: "voy a esperar a que pase la boda de mi hermano
    # y después ya. No quiero arruinarle su día."
    r"(?P<spoil>no\s+(quiero|quisiera)\s+(arruinarle|echarle\s+a\s+perder|amargarle)\s+(su|el|"
    r"la)\s+(dia|"
    r"fiesta|boda|cumple\w*|graduacion|navidad)\b|(quiero|quisiera)\s+(que|q)\s+(tenga|"
    r"tengan)\s+(su|la|el)\s+"
    r"(fiesta|boda|cumple\w*|navidad|graduacion)\s+(\w+\s+){0,2}?primero\b)|"
    # Life insurance read for it: "revisé la póliza y sí cubre si es uno mismo".
    r"(?P<insurance>(poliza|seguro(\s+de\s+vida)?)\s+(\w+\s+){0,6}?(cubre|paga|"
    r"cubrir)\s+(\w+\s+){0,4}?"
    # Not "si es uno mismo el que choca": a car's.
    r"(si\s+es\s+uno\s+mismo|aunque\s+sea\s+asi|(el\s+)?suicidio|si\s+me\s+mato)\b"
    r"(?!\s+(el|la)\s+que\b|\s+quien\b))|"
    # A drug taken from work, and the amount known: "saqué ampolletas de potasio del
    # servicio. Sé exactamente cuánto hace falta."
    r"(?P<hoarding>(saque|robe)\s+(\w+\s+){0,2}?(ampolletas|ampollas|potasio|insulina|morfina|"
    r"fentanilo)\s+"
    r"(\w+\s+){0,2}?(del|de\s+la)\s+(servicio|trabajo|turno|piso)\b"
    # Not stock put back: "... del servicio para reponer el carro rojo".
    r"(?!\s+(\w+\s+){0,2}?(para|pa)\s+(reponer|surtir|el\s+carro|la\s+farmacia)\b))|"
    r"(?P<howmuch>(ya\s+)?se\s+(exactamente\s+|bien\s+)?cuant[oa]s?\s+(hace\s+falta|necesito|"
    r"me\s+voy\s+a\s+"
    r"(poner|tomar)|me\s+tengo\s+que\s+(poner|tomar))(?=\s*($|[.!?])))|"
    # A time and a place, said alone: "Mañana temprano, antes de que amanezca, en la vía."
    r"(?P<placetime>(manana|hoy|esta\s+noche)\b[^.!?]{0,40}\ben\s+(la|las)\s+(via|vias|azotea|"
    r"presa|"
    r"barranca)(?=\s*($|[.!?])))|"
    # Lesser kinds, each a goodbye only beside a weightier one or two others: thanks for
    # patience, things arranged, sessions given up, nothing needed, not back, calls
    # refused, decided, the time come, once they are out, alone, afterwards, waiting for
    # them to go, a time said alone, tired of going on like this.
    r"(?P<thanked>agradecerle\s+(todas\s+)?(sus|tus)\s+atenciones\b|(decirle|decirte|darle|"
    r"darte)\s+"
    r"(las\s+)?gracias\b(?!\s+(por|x)\b)|gracias\s+(por|x)\s+ser\s+(tan\s+)?(buena|buen|linda|"
    r"lindo|paciente|amable)"
    r"(\s+onda)?\b|gracias\s+(por|x)\s+(su|tu)\s+paciencia(\s+conmigo)?)|"
    r"(?P<arranged>(el\s+)?pin\s+anotado|(anote|deje)\s+(el\s+pin|las\s+claves|las\s+contrasenas|"
    r"el\s+password)\b|(los\s+)?papeles\s+(estan|quedaron|quedan)\s+en\s+orden\b|"
    r"(arregle|ordene|organice)\s+los\s+papeles\b)|"
    r"(?P<nosession>no\s+(sera|va\s+a\s+ser)\s+necesari[oa]\s+(la|mi)\s+(proxima\s+)?(cita|sesion|"
    r"consulta)(\s+del?\s+\w+)?|cancelar\s+definitivamente\s+(mis|las|la|mi)\s+(sesiones|citas|"
    r"terapia|"
    r"consultas)|ya\s+no\s+voy\s+a\s+(ir|venir)\s+a\s+(la|mi)\s+(terapia|cita|sesion|"
    r"consulta)(\s+del?\s+\w+)?)|"
    r"(?P<needless>ya\s+no\s+(necesito|me\s+hace\s+falta|me\s+hara\s+falta|voy\s+a\s+necesitar|"
    r"me\s+va\s+a\s+"
    r"hacer\s+falta)\s+nada(?=\s*($|[.!?]))|(ya\s+)?no\s+tengo\s+nada\s+(que|q)\s+(hacer|"
    r"acer)\s+(aqui|aqi|aca)\b)|"
    r"(?P<notback>(ya\s+)?no\s+voy\s+a\s+(regresar|volver)(\s+a\s+(la\s+)?casa)?(\s+hoy)?(?=\s*($|"
    r"[.!?]))|"
    r"me\s+voy\s+(a\s+ir\s+)?(de\s+aqui\s+)?para\s+siempre(?=\s*($|[.!?]))|"
    r"ya\s+no\s+voy\s+a\s+estar"
    r"(?=\s*($|[.!?])))|"
    r"(?P<nocalls>no\s+me\s+(llame|llamen|llames)\s+mas\b|no\s+me\s+llamen(?=\s*($|[.!?])))|"
    r"(?P<decided>ya\s+esta\s+decidido(?=\s*($|[.!?])))|"
    r"(?P<timecome>(?:^|(?<=[.!?] ))(ya\s+)?es\s+(la\s+)?hora(?=\s*($|[.!?]))|(?:^|"
    r"(?<=[.!?] ))es\s+el\s+"
    r"momento(?=\s*($|[.!?])))|"
    # Pills or a poison at hand, said flat: "tengo las pastillas aquí y estoy sola", "ya
    # traigo el líquido para las plagas conmigo" (lesser: "las pastillas de mi mamá ya están
    # en la mesa" is a carer's).
    r"(?P<athand>(ya\s+)?tengo\s+(las|mis|unas)\s+(pastillas|pastis|pildoras)\s+(aqui|aca|"
    r"en\s+la\s+mesa|"
    r"en\s+mi\s+mano|conmigo|listas|juntas)(?=\s*(y\b|[.!?,]|$))|(las|mis)\s+(pastillas|pastis|"
    r"pildoras)\s+(ya\s+)?estan\s+(aqui\s+)?(en\s+la\s+mesa|en\s+mi\s+mano|aqui|listas)(?=\s*($|"
    r"[.!?,]))|"
    r"(ya\s+)?(tengo|traigo)\s+(el|la)\s+(paraquat|veneno|raticida|matarratas|"
    r"liquido\s+para\s+las\s+plagas|"
    r"hoja\s+de\s+rasurar|anticongelante)\s+(\w+\s+){0,2}?(aqui|conmigo|listo|lista)\b"
    r"(?!\s+(\w+\s+){0,2}?(para|pa)\s+(el|la|los|las|mi|tu|su|un|una)\b))|"
    r"(?P<keptrope>guarde\s+(el|la)\s+(cordel|mecate|soga|cuerda|cable)\b)|"
    r"(?P<alone>(estoy|me\s+quede)\s+sol[oa](\s+en\s+(la|mi)\s+casa)?(?=\s*($|[.!?]))|"
    r"no\s+hay\s+nadie"
    r"(\s+en\s+(la\s+)?casa)?(?=\s*($|[.!?])))|"
    r"(?P<afterwards>(y\s+)?(despues|luego)\s+ya(?=\s*($|[.!?])))|"
    r"(?P<waiting>(espero|estoy\s+esperando)\s+(a\s+)?(que|q)\s+(se\s+vayan|se\s+duerman|se\s+vaya|"
    r"se\s+duerma|salgan|salga|me\s+quede\s+sol[oa])\b)|"
    r"(?P<whenalone>(?:^|(?<=[.!?] ))(manana|hoy|esta\s+noche|pasado\s+manana)(\s+(temprano|"
    r"en\s+la\s+"
    r"noche|en\s+la\s+madrugada|al\s+amanecer))?(?=\s*($|[.!?])))|"
    r"(?P<tired>ya\s+no\s+quiero\s+(seguir\s+asi|esperar)(?=\s*($|[.!?]))|(esta|"
    r"la)\s+(vida\s+)?ya\s+no\s+"
    r"la\s+aguanto(?=\s*($|[.!?])))|"
    # Why, known without saying: "ya sabe por qué" (not a dead phone or a trip).
    r"(?P<why>ya\s+(sabe|saben|sabras|sabran|sabra|sabes)\s+(por\s+que|porque|lo\s+que\s+paso)"
    r"(?![\s,:]+(\w+[\s,:]+){0,3}?(estoy|ando|voy|se\s+me|no\s+tengo|sin|saldo|senal|bateria|pila|"
    r"trabajo|examen|boda|viaje|guardia|turno)\b)))\b)"
)
# Kinds a goodbye message needs another, weightier kind beside (see Lexicon.lesser_kinds).
LESSER_KINDS_ES = frozenset(
    {
        *("writing", "calm", "numb", "scare", "knowhow", "onething", "alone", "afterwards"),
        *("waiting", "whenalone", "tired", "arranged", "nosession", "needless"),
        *("notback", "nocalls", "decided", "timecome", "keptrope", "athand", "spoil"),
        *("howmuch", "placetime"),
    }
)
# Courtesies said every day: thanks, love, a goodbye word, a pardon.
# Thanks for patience and kindness too ("gracias por su paciencia", read as "thanks").
COURTESY_KINDS_ES = frozenset({"thanks", "love", "bye", "pardon"})
# The goodbyes behind a first look at each position's character (most start none);
# the reason, read once from the message's start, stays as it is.
_REASON_FIRST = r"^(?=[\s\S]*?\b(?:" + _FAREWELL_REASON_ES + r")\b)[\s\S]*|"
FAREWELL_ES = _REASON_FIRST + first_letter_first(FAREWELL_ES.removeprefix(_REASON_FIRST))
CLAUSE_BREAK_ES = (
    r" (?:pero|y|e|porque|pues|aunque|entonces|asi que|o sea|osea|sino|luego|despues|total|"
    r"xq|pq|porq) "
)

# A day or a time after a verb is when, not who: "me mato el viernes" is the client.
WHEN = (
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|dias|noche|fin|finde|weekend|"
    r"semana|mes|ano|proximo|proxima|manana|tarde|hora|momento|rato|vida|vez|quincena"
)
# After a verb, the thing that does it: "me mató el examen", "me quitó la vida
# el trabajo".
SUBJECT_AFTER_ES = (
    r"(el|la|los|las|un|una|ese|esa|este|esta|estos|estas|mi|mis|tu|tus|su|sus)\s+"
    r"(?!(" + WHEN + r")\b)\w+"
)
# The thing named just before "me mató": "el tráfico de hoy me mató", "ese
# examen me mató". Not "mi ..." (people are the other-subject guard's) and not
# "la verdad" or "la neta" (honestly).
# A means named before "me mato" is never what did the killing ("esa soga me mató"):
# read as the client's act.
_MEANS_NAMED_ES = (
    r"cuchillo|cuchilla|navaja|soga|cuerda|pastillas|pastilla|veneno|cinturon|pistola|arma|"
    r"escopeta|revolver|rifle|fierro|cutter|gillette|rastrillo|mecate|lazo|raticida"
)
SUBJECT_BEFORE_ES = (
    # Not after a preposition: "con el cuchillo me mato", "en el baño me mato" name a means
    # or a place, not what did the killing.
    r"(?<!\bcon )(?<!\ben )(?<!\bpor )(?<!\bpara )(?<!\bsin )(?<!\bdesde )(?<!\bbajo )"
    r"\b(el|la|los|las|ese|esa|este|esta|estos|estas|aquel|aquella|tu|su)\s+"
    # "esa fila en el consulado me mató": where the thing was may follow it.
    r"(?!(" + WHEN + r"|verdad|neta|otro|otra|" + _MEANS_NAMED_ES + r")\b)\w+"
    r"(\s+(de|del|en\s+el|en\s+la|en)\s+\w+)?"
    # "esa guagua llena me mató": a word describing the thing ("llena", "apretado"); never
    # a time or an adverb ("la chamba ya me mato", "esa vieja ahora me mato").
    r"(\s+(?!(" + WHEN + r"|hoy|ya|ahora|ahorita|esta|este|esto|otra|otro|sola|solo|toda|todo|"
    r"encima|arriba|abajo|afuera|adentro|fuera|dentro|aca|alla|nomas|pues|"
    r"nada|nunca|para|pa|una|uno|casi|misma|mismo)\b)\w+(o|a|os|as|ao|aos)\b)?"
    # "ese perreo anoche me mató": a time gone by, said between the thing and what it
    # did ("... hoy me mato" may be the client's own act, unaccented).
    r"(\s+(anoche|ayer|antier|anteayer))?\s+$"
)
# The same after "me lastimó", except where people harm themselves: "me
# lastimó el comentario" is benign, "me lastimé los brazos" is not.
HURTER_AFTER_ES = (
    r"(el|la|los|las|un|una|ese|esa|este|esta|estos|estas|mi|mis|tu|tus|su|sus)\s+"
    r"(?!(" + WHEN + r"|brazos?|munecas?|muslos?|piernas?|venas?|piel|cara|cuerpo|estomago|"
    r"panza|abdomen|pecho)\b)\w+"
)
# "me quiero morir de la vergüenza" is the English "I could die of
# embarrassment": hyperbole, as in the English rules. Grief, pain and
# loneliness are not on this list: "me quiero morir de tristeza" is flagged.
HYPERBOLE_OF_ES = (
    r"(de|del)\s+(la\s+|el\s+|tanta\s+|tanto\s+|pura\s+|puro\s+)?(verguenza|pena ajena|risa|"
    r"reir|cringe|oso|hambre|sed|sueno|calor|frio|aburrimiento|ganas|amor|envidia|nervios|"
    r"cansancio|emocion|felicidad|alegria|ternura|flojera|pereza|celos|curiosidad|gusto|asco|"
    # Anger said as dying of it: "me quiero morir de la rabia, estudié un año entero".
    r"(rabia|coraje|bronca|berrinche|muina|enojo)\b(?!\s+(que\s+me\s+(tengo|doy)|conmigo|"
    r"(que\s+me\s+da\s+)?(seguir|vivir|existir|estar\s+viv)|de\s+(seguir|vivir|existir))))\b"
)
# "quiero morir de viejo", "mejor morir de pie que vivir de rodillas", "me
# muero por verte".
DIE_BENIGN_AFTER_ES = (
    r"^\s*(" + HYPERBOLE_OF_ES + r"|(de\s+)?(viej[oa]s?|viejit[oa]s?|ancian[oa]s?)\b|"
    r"de\s+pie\b|antes\s+(que|de)\s+(?!(que|q|seguir|vivir|estar|sentir|sentirme|pasar|aguantar|"
    r"soportar|despertar|sufrir|cumplir|llegar|envejecer|tener\s+que|volver\s+a\s+(sentir|pasar|"
    r"vivir|"
    r"estar|intentar))\b)\w*(ar|er|ir)\b|"
    r"(por|x)\s+(verte|verlo|verla|verlos|conocerte|conocerlo|conocerla|ir|saber|"
    r"probar|comer|tenerte|abrazarte|besarte)\b)"
)
# "desaparecer un rato", "desaparecer de las redes": a break, not an end.
VANISH_BENIGN_AFTER_ES = (
    r"^\s*((de|del)\s+(las\s+|el\s+|la\s+)?(redes|instagram|facebook|twitter|tiktok|whatsapp|"
    r"grupo|chat|trabajo|oficina|mapa)\b|(un|unos|unas)\s+(rato|dias|semanas|horas|momento|"
    r"tiempo|fin\s+de\s+semana|finde|mes|meses|par\s+de\s+\w+)\b|un\s+ratito\b|"
    # For a while only: "quiero desaparecer aunque sea una tarde".
    r"aunque\s+sea\s+(un|una|unos|unas|por\s+(un|una))\s+(rato|ratito|tarde|noche|dia|dias|"
    r"semana|horas|momento|fin\s+de\s+semana|finde)\b"
    r"(?!.{0,60}\b(para\s+siempre|no\s+volver|nunca\s+mas|no\s+regresar)\b))"
)
# Letting oneself die: "de hambre" is then how, not hyperbole ("me voy a dejar
# morir de hambre"), whatever "me muero de hambre" means.
LET_DIE_BENIGN_AFTER_ES = (
    r"^(?!\s*(de|del)\s+(la\s+|pura\s+)?(hambre|sed|inanicion)\b)(?:"
    + DIE_BENIGN_AFTER_ES
    + r"|"
    + VANISH_BENIGN_AFTER_ES
    + r")"
)
# "dormir para siempre jaja este finde": forever, for a weekend.
FOR_A_WHILE_AFTER_ES = (
    # Not a day: "para siempre este sábado" may be a date set.
    r"(\w+\s+){0,2}?(este|esta|el|todo\s+el)\s+(finde|fin\s+de\s+semana|puente|feriado|"
    r"vacaciones)\b"
)
# Suicide or an overdose as a topic or an event: "en las noticias hablaron de un
# suicidio", "leí un artículo sobre sobredosis", "hubo una sobredosis en la fiesta".
TOPIC_BEFORE_ES = (
    r"\b(noticias?|periodico|articulo|reportaje|documental|podcast|charla|platica|conferencia|"
    r"taller|clase|tesis|ensayo|investigacion|estadisticas?|libro|hablaron|platicaron|"
    r"publicaron|informaron|reportaron)\b(\s+\w+){0,4}?\s+(de|del|sobre|acerca\s+de)\s+"
    r"((el|la|un|una|los|las)\s+)?$|\bhubo\s+(un|una|otra|otro|dos|varias|varios)\s+$"
)
# The urge named, then said not to have come: "las ganas de autolesionarme no aparecieron".
URGE_STAYED_AWAY_AFTER_ES = (
    r"^\s*(ya\s+)?no\s+(aparecieron|aparecio|han\s+aparecido|volvieron|volvio|han\s+vuelto|"
    r"regresaron|regreso|vinieron|llegaron|se\s+presentaron)\b"
)
# A form's label answered at once: "ideas suicidas: ninguna".
# "cero" and "no" only as the whole answer: "suicida cero ganas de vivir" goes on.
LABEL_ANSWERED_NO_AFTER_ES = r"^\s*(ningun[oa]s?|negad[oa]s?|niega|ausentes?)\b|^\s*(no|cero|0)\s*$"
# "se me quemó el arroz", "se me cortó la llamada": something else burned or cut.
IT_HAPPENED_TO_ME_BEFORE_ES = r"\bse\s+$"
# Words that say a harm was meant: "a propósito", "para sentir algo", "para
# castigarme". When they follow an act, no everyday complement excuses it ("me
# corté con una lata a propósito", "me quemé con la plancha para castigarme").
_MEANT_ES = (
    r"a\s+proposito|aproposito|a\s+propocito|adrede|apropo|a\s+posta|aposta|intencionalmente|"
    r"con\s+intencion|porque\s+(quise|queria|me\s+lo\s+merezco)|lo\s+hice\s+yo|yo\s+mism[oa]|"
    r"me\s+lo\s+hice|lo\s+volvi\s+a\s+hacer|me\s+gusto|"
    r"no\s+fue\s+(un\s+|ningun\s+)?accidente|"
    # "queriendo" alone is "on purpose"; "queriendo abrir la lata" is trying to.
    r"queriendo(?!\s+\w+(ar|er|ir)\b)|"
    r"para\s+(sentir|sentirme|castigarme|desahogarme|calmarme|aliviar\w*|olvidar|no\s+sentir|"
    r"dejar\s+de\s+(sentir|pensar|sufrir)|que\s+(me\s+)?(duela|doliera|sangr\w+|arda|ardiera)|"
    r"ver\s+(la\s+)?sangre)|hasta\s+(sangrar|que\s+(me\s+)?sangr\w+)"
)
# Put before a benign-after pattern: it then never excuses an act said to be meant.
UNLESS_MEANT_ES = r"^(?!.{0,80}?\b(" + _MEANT_ES + r")\b)"
# How a killing would be done, after a gerund: "manejando contra un tráiler",
# "tomando pastillas". "Me mato manejando" is effort; the target or the means is a plan.
_MEANS_AFTER_GERUND_ES = (
    r"contra|hacia|desde|en\s+sentido\s+contrario|sin\s+frenos|a\s+toda\s+velocidad|"
    r"al\s+(rio|mar|vacio|barranco|precipicio)|veneno|cloro|soga|cuerda|" + DRUGS_ES
)
# "me mato trabajando", "me voy a matar de la risa", "me voy a matar en el gym".
# A gerund is work or effort; "cuando" only looks like one. Not a gerund that is a
# way to die ("chocando", "saltando"), nor one followed by its target or means.
KILL_BENIGN_AFTER_ES = (
    UNLESS_MEANT_ES
    + r"\s*((de|del)\s+(la\s+)?(risa|reir|carcajadas?|cansancio|aburrimiento|susto|un susto|"
    r"verguenza|cringe)\b|de\s+lo\s+(cansad[oa]|aburrid[oa])\s+que\b|"
    r"(?!(cuando|ando|mando|cuanto|chocando|estrellando|saltando|brincando|colgando|ahorcando|"
    r"disparando|envenenando|ahogando|tomando|tragando|bebiendo)\b)\w+(ando|iendo|yendo)\b"
    r"(?!(\s+\w+){0,2}?\s+(" + _MEANS_AFTER_GERUND_ES + r")\b)|"
    r"a\s+(trabajar|currar|chambear|laburar|camellar|jalar|estudiar|entrenar|correr|comer|bailar|"
    r"reir|limpiar|hacer ejercicio|hacer\s+tarea)\b|"
    r"(en|con)\s+(el\s+|la\s+|las\s+|los\s+)?(gym|gimnasio|trabajo|ejercicio|tareas?|"
    r"examen|examenes|entrenamiento|crossfit|spinning|abdominales|pesas|dieta)\b|"
    # "me maté toda la semana en la chamba": worked hard, for a span of time, somewhere. Not
    # the place alone ("me voy a matar en la obra" may be where).
    r"(toda\s+la\s+(semana|noche|manana|tarde|jornada)|todo\s+el\s+(dia|mes|ano|finde|turno))\s+"
    r"(en|con)\s+(el\s+|la\s+|las\s+|los\s+)?(chamba|obra|pega|pincha|jale|camello|oficina|"
    r"fabrica|turno|trabajo)\b)"
)
# Someone's joke or face that "killed" the client with laughter: "me mató con ese chiste".
# Read only after "me mato" (folded "me mató"), never after a wish ("me quiero matar con
# esta cara", "me voy a matar con los memes que hicieron de mí"), and not when the joke
# or the video is about the client.
KILL_BY_LAUGH_AFTER_ES = (
    r"^\s*con\s+(ese|esa|esos|esas|este|esta|su|sus|tu|tus|el|la|los|las|tanta|tanto|semejante)\s+"
    r"(\w+\s+)?(chistes?|bromas?|ocurrencias?|caras?|comentarios?|cuentos?|memes?|videos?|"
    r"carcajadas?|imitacion|imitaciones|apodos?|chismes?|puntadas?|chascarrillos?|payasadas?)\b"
    r"(?!.{0,40}\b(de\s+mi|sobre\s+mi|que\s+me\s+(hacen|hicieron|pusieron|dicen)|me\s+odio|"
    r"no\s+aguanto|no\s+puedo)\b)"
)
# Someone else does the killing: "el calor va a matarme", "mi ex intentó
# matarme". Not "iba" or "podría", which may be the client's own.
OTHERS_KILL_BEFORE_ES = (
    r"\b(va|van|vas|vaya|vayan|iban|ibas|quiere|quieren|quieres|puede|pueden|puedes|"
    r"podrian|intento|intentaron|trato|trataron|amenaza|amenazan|amenazo|amenazaron|"
    r"vino|vinieron|venir|mandar|mandaron)\s+((a|de)\s+)?$"
)
# Where or with whom, not whether: "no quiero vivir en esta ciudad", "no
# quiero vivir con mis papás". "En este mundo" and "con este dolor" are about
# living at all.
WHERE_TO_LIVE_ES = (
    r"^\s*((aqui|aca|alli|alla|ahi|lejos|cerca|sol[oa]s?|junt[oa]s)\b(?!\s+(ya|no|nadie|me|todo|"
    r"les|te|le|se|de\s+mi)\b)|de\s+(alquiler|renta|prestado|apariencias|prisa)\b|"
    # How, not whether: "vivir al día" is paycheck to paycheck; a fear of a thing named.
    r"al\s+dia\b|a\s+(las\s+)?carreras\b|con\s+prisas?\b|"
    r"con\s+(miedo|panico|terror|nervios)\s+(a|al|de|del)\s+(?!(morir|la\s+muerte|vivir|todo|"
    r"mi)\b)\w+|"
    # With whom: a person. "Con mi enfermedad", "con este dolor" is living at all.
    r"con\s+(ella|ellos|ellas|ustedes|usted)\b|"
    r"con\s+(mis?|tus?|sus?|el|la|los|las|un|una|unos|unas|otr[oa]s?)\s+("
    + PEOPLE_ES
    + r"|familia|"
    r"gente|roomies?|papas|padres|suegros|companeros|companeras|hermanos|tios|abuelos|"
    r"ninos|hijos)(e?s)?\b|"
    # A place: "en esta ciudad", "en Monterrey"; not "en mi cumpleaños", "en la fiesta".
    r"en\s+((este|esta|ese|esa|el|la|mi|un|una|otro|otra)\s+)?(ciudad|pais|"
    r"casa|depa|departamento|barrio|colonia|pueblo|rancho|estado|zona|lugar|cuarto|edificio|"
    r"condominio|fraccionamiento|calle|extranjero|centro|norte|sur|campo|playa|isla|provincia|"
    r"capital|region)\b|"
    r"en\s+(?!(el|la|los|las|mi|mis|tu|tus|su|sus|un|una|este|esta|ese|esa|serio|verdad|realidad|"
    r"fin|que|lo|paz|mundo|vida|planeta|tierra)\b)\w+)"
)
CUT_BENIGN_AFTER_ES = (
    UNLESS_MEANT_ES
    + r"\s*(((el|la|los|las|un|una|mi|mis)\s+)?(pelo|cabello|unas|flequillo|fleco|barba|bigote|"
    r"puntas|melena|cerquillo|chasquilla|copete|patillas)\b|"
    r"(el|un|los|la)\s+(dedos?|mano|labio|menton)\b(?!(\s+\w+){0,2}\s+(a\s+proposito|adrede|"
    r"otra\s+vez|de\s+nuevo))|"
    r"(un|una)\s+(pedazo|pedacito|rebanada|trozo|tajada|rodaja|porcion|cacho)\b|"
    r"(la|el)\s+(luz|agua|gas|internet|wifi|linea|llamada|telefono|cable|rollo|inspiracion|"
    r"paso|camino|servicio)\b|"
    r"(\w+\s+){0,3}?(cocinando|pelando|picando|rebanando|cortando|preparando|"
    r"haciendo\s+(la\s+|el\s+)?(cena|comida|desayuno|almuerzo|ensalada)|afeitando|afeitandome|"
    r"rasurando|"
    r"rasurandome|depilando|depilandome|sin\s+querer|por\s+accidente|accidentalmente|"
    # Trying to do a chore: "queriendo abrir una lata", "al pelar la naranja".
    r"(queriendo|intentando|tratando\s+de|al)\s+(abrir|pelar|cortar|partir|destapar|arreglar|"
    r"sacar|quitar|lavar|rebanar|picar)|"
    r"con\s+(un|el|una)\s+(papel|hoja\s+de\s+papel|abrelatas|lata))\b)"
)
# Sport and accidents; not the wrists or the legs on their own.
HURT_BENIGN_AFTER_ES = (
    # A repair gone wrong: "me pegué con un martillo arreglando la silla".
    r"^.*\b(arreglando|reparando|clavando|martillando|colgando\s+(un|una|el|la)\s+(cuadro|repisa)|"
    r"sin\s+querer|por\s+accidente)\b|"
    # The question answered no: "... si pienso en hacerme daño y no, para nada".
    r"^\s*(y\s+)?(no|nop|nel)\s+(para\s+nada|nunca|jamas|ninguna?)\b|"
    + TOLD_THEM_NO_ES
    + r"|"
    + UNLESS_MEANT_ES
    + r"\s*((\w+\s+){0,3}?(jugando|corriendo|entrenando|haciendo\s+ejercicio|levantando|"
    r"cargando|bailando|nadando|esquiando|patinando|sin\s+querer|por\s+accidente|"
    r"accidentalmente|en\s+el\s+(gym|gimnasio|trabajo|partido|entrenamiento|futbol|ejercicio)|"
    r"al\s+(caer|caerme|levantar|correr|entrenar|bajar|subir)|"
    r"con\s+(la|el)\s+(puerta|mesa|mueble|cama|silla|escalera|esquina))\b|"
    r"((en\s+)?(el|la|los|las|un|una|mi|mis)\s+)(rodillas?|tobillos?|espalda|hombros?|cuello|"
    r"pies?|cadera|codos?|dedos?|tendon|musculos?|menisco|ligamentos?|cintura)\b|"
    r"((mucho|bastante)\s+)?(lo\s+que|que)\b|" + HURTER_AFTER_ES + r")"
)
BURN_BENIGN_AFTER_ES = (
    UNLESS_MEANT_ES
    + r"\s*((\w+\s+){0,3}?(con\s+(el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?(horno|plancha|sarten|"
    r"olla|estufa|aceite|cafe|te|agua|sol|vapor|comal|tetera|cautin|rizador|secadora|parrilla|"
    r"asador|fogon|cacerola|microondas|caldo|sopa|chocolate|pizza)|cocinando|planchando|"
    r"sacando\s+(\w+\s+){0,3}?(del|de\s+la)\s+(horno|olla|sarten|estufa|parrilla|microondas)|"
    r"horneando|friendo|hirviendo|"
    r"tomando\s+el\s+sol|al\s+sol|en\s+el\s+sol|en\s+la\s+(playa|cocina|alberca|piscina)|"
    r"sin\s+querer|por\s+accidente|accidentalmente|en\s+el\s+trabajo|"
    # While cooking or making a thing: "me quemé el dedo haciendo la maqueta", "... la cena".
    r"haciendo\s+(el|la|los|las|un|una|unos|unas|mi|mis)\s+(cena|comida|desayuno|almuerzo|"
    r"maqueta|manualidad|manualidades|pan|pastel|galletas|tortillas|cafe|palomitas|carne|"
    r"hotcakes|panqueques|arepas|pupusas))\b|"
    r"(la|las|el)\s+(lengua|boca|paladar|pestanas|neuronas)\b|"
    # "fui a la playa y me quemé toda": burned all over is the sun; people who burn
    # themselves burn a place ("me quemé todo el brazo").
    r"(tod[oa]s?|todit[oa]s?|enter[oa]s?)\b(?!\s+(el|la|los|las|mi|mis|con)\b))"
)

# "mi último mensaje desde este número, me cambio de compañía": the number or the
# account changes, not a life; said so in the same sentence.
# Everyday annoyances people swear they cannot take once more. Only these: a person, a
# blow, a loss or another day of living is never a trifle.
TRIFLES_ES = (
    r"(cancion|canciones|cancioncita|regueton|reggaeton|reguetoneo|chiste|chistes|junta|reunion|"
    r"zoom|correo|mail|formulario|anuncio|comercial|video|meme|fila|cola|tarea|trafico|trancon|"
    r"tiktok|audio|sticker|capitulo|presentacion|exposicion|excel|reporte|informe|tramite|"
    r"encuesta|spam|villancico|tonada|jingle|contrasena|clave|captcha|powerpoint)"
)
# A trifle put up with once more: "si me vuelven a poner reguetón me tiro por la ventana",
# "si tengo que oír esa canción otra vez me mato". The trifle is named and "again" said.
ONE_MORE_TRIFLE_BEFORE_ES = (
    r"\bsi\s+(?=(\w+\s+){0,10}?(vuelv\w*\s+a|volves\s+a|otra\s+vez|de\s+nuevo|"
    r"una\s+vez\s+mas|otr[oa])\b)(\w+\s+){1,8}?" + TRIFLES_ES + r"\b(\s+\w+){0,6}?\s+$"
)
FROM_THIS_NUMBER_ES = (
    r"desde\s+(este|ese|el|mi)\s+(numero|cel|celular|telefono|correo|cuenta|whats\w*|chip|"
    r"perfil)(?=.*\b(me\s+cambio|cambi[eo]\s+de|cambio\s+de|nuevo|nueva|lo\s+vend\w*|se\s+me\s+"
    r"(rompio|perdio)|le\s+paso|les\s+paso|te\s+paso)\b)"
)
