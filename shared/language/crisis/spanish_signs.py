"""Spanish crisis said by its signs: a dose asked about, pills kept and counted, a plan
read in what it leaves behind.

None of these says "morir": "¿cuántas pastillas de clonazepam son demasiadas?",
"ya me tomé las que tenía la abuela en el botiquín", "cada noche las cuento",
"tengo una navaja guardada para cuando llegue el día", "dejé la carta para
cuando me encuentren", "afilando el cuchillo y pensando en mis muñecas",
"estarían mejor sin una madre como yo", "no sé pa qué sigo aquí", "solo quería
despedirme de usted antes de hacerlo". Each kind is read in general form, in the
first person and of someone close, each tried only in a sentence holding its
own words. The everyday senses they share words with are exempted by their own
words in the same sentence: a child's dose, a pillbox filled for the week, a
cake knife, porcelain dolls, a gun kept against burglars.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.spanish_words import DRUGS_ES, QUIERO, VANISH_BENIGN_AFTER_ES

# A dose asked about: "¿cuántas pastillas de clonazepam son demasiadas?", "buscó
# cuánto paracetamol es mortal", "¿cuántos pisos son suficientes para morir?".
_MEASURED = r"(" + DRUGS_ES[1:-1] + r"|pisos|metros|mg|miligramos|gramos)"
_DOSE_ASKED = (
    r"\bcuant[oa]s?\s+(\w+\s+){0,2}?" + _MEASURED + r"\s+(\w+\s+){0,2}?(es|son|seria|serian|sera|"
    r"seran)\s+(mortal(es)?|letal(es)?|una\s+sobredosis|suficientes?\s+(para|pa)\s+(morir|"
    r"no\s+despertar|matar\w*|no\s+sobrevivir))\b|"
    r"\bcuant[oa]s?\s+(\w+\s+){0,2}?" + DRUGS_ES + r"\s+(\w+\s+){0,2}?(son|serian|es|seria)\s+"
    r"demasiad[oa]s?\b|"
    # "qué dosis de insulina mata".
    r"\b(que|cual|cuanta|cuanto)\s+(dosis|cantidad)\s+(de\s+(\w+\s+){1,2}?)?(mata|matan|"
    r"es\s+(mortal|"
    r"letal)|seria\s+(mortal|letal))\b"
)
# A child's or an animal's dose is a parent's question.
_DOSE_BENIGN_AFTER = (
    r"^.*\b(para|pa)\s+(un|una|mi|el|la|los|las|su)\s+(nino|nina|ninos|ninas|bebe|bebes|perro|"
    r"perra|"
    r"gato|gata|mascota|hijo|hija|hijos|paciente|pacientes|caballo|vaca)\b|"
    # A daily dose asked about: "¿... para dormir?", "¿... al día?".
    r"^.*\b(para\s+(dormir|el\s+dolor|la\s+gripa|la\s+tos|la\s+cabeza)|al\s+dia|por\s+dia|diarias|"
    r"a\s+la\s+semana)\b"
)

# "si me tomo todas las de la presión de mi papá, ¿qué pasa?"
_WHAT_IF_ALL = (
    r"\bsi\s+me\s+(tomo|trago|tomara|tragara|tomaba)\s+(todas|todos)\s+(las|los)\b"
    # Vitamins or sweets are a question about a snack.
    r"(?!\s+(\w+\s+){0,2}?(vitamina\w*|suplement\w*|gomitas|probiotic\w*|hierro|omega\w*|dulces|"
    r"chicles|cervezas|galletas)\b)(\s+\w+){0,6}?\s+"
    r"(que\s+(me\s+)?(pasa|pasaria)|me\s+(muero|moriria))\b"
)

# Whatever someone had, taken: "ya me tomé las que tenía la abuela en el botiquín".
_TAKEN_WHAT_THERE_WAS = (
    r"\b(ya\s+)?me\s+(tome|trague|acabe|meti)\s+(todas\s+|todos\s+)?(las|los)\s+(que|q)\s+(tenia|"
    r"habia|quedaban|guardaba|tenian|encontre)\b(?!\s+(que|q)\b)(\s+\w+){0,8}?\s+(botiquin|"
    r"pastillero|mareo|mareada|mareado|" + DRUGS_ES[1:-1] + r")\b"
)

# Pills counted night after night: "traigo las pastillas de mi mamá en la
# mochila y cada noche las cuento".
_EVERY_NIGHT = (
    r"(cada\s+(noche|dia|manana|rato)|todas\s+las\s+noches|todos\s+los\s+dias|a\s+diario|"
    r"una\s+y\s+otra\s+vez|otra\s+vez)"
)
_PILLS_COUNTED = (
    r"\b" + DRUGS_ES + r"\b(\s+\w+){0,12}?\s+" + _EVERY_NIGHT + r"\s+(las|los)\s+(cuento|reviso|"
    r"vuelvo\s+a\s+contar)\b|"
    r"\b"
    + DRUGS_ES
    + r"\b(\s+\w+){0,12}?\s+(las|los)\s+(cuento|sigo\s+contando|vuelvo\s+a\s+contar)\s+"
    + _EVERY_NIGHT
    + r"\b"
)
# A pillbox filled, a nurse's or a pharmacy's count.
_COUNTED_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,4}?((para|pa)\s+(no\s+olvidar|saber|ver\s+si|llevar|el\s+pastillero|"
    r"la\s+semana|"
    r"organizar|acomodar|que\s+no\s+(falte|falten|se\s+me\s+olvide))|pastillero)\b"
)
_COUNTED_BENIGN_BEFORE = (
    r"\b(pastillero|farmacia|organiz\w*|acomod\w*|receta|enfermera|enfermero|trabajo|turno)\b.*$"
)

# Means kept for a day: "tengo una navaja guardada para cuando llegue el día";
# a letter left for when they are found: "dejé la carta para cuando me encuentren".
_KEPT_FOR_THE_DAY = (
    r"\b(tengo|guardo|guarde|escondi|traigo|compre|consegui)\s+(una|la|un|el|mi|unas|las|mis)\s+"
    r"(pistola|arma|revolver|navaja|cuchillo|soga|cuerda|veneno|gillette|cutter|"
    + DRUGS_ES[1:-1]
    + r")\s+(\w+\s+){0,2}?(pa|para)\s+cuando\s+(llegue\s+(el\s+dia|el\s+momento|la\s+hora)|"
    r"sea\s+(el\s+momento|la\s+hora)|me\s+decida|ya\s+no\s+(pueda|aguante))\b(?!\s+(de|del)\b)|"
    r"\b(carta|cartas|nota|notas|recado|mensaje)\b(\s+\w+){0,3}?\s+(pa|para)\s+cuando\s+"
    r"(me\s+(encuentren|hallen|encuentres)|ya\s+no\s+este|me\s+haya\s+ido|yo\s+falte)\b"
)

# A blade and the wrists in one thought: "afilando el cuchillo y pensando en mis muñecas".
_BLADE = r"(cuchillo|navaja|gillette|cutter|vidrio|tijeras|rastrillo|cuchilla|hoja\s+de\s+afeitar)"
_WRISTS = (
    r"(pensando|pienso|pense|viendo|mirando|imaginando|imagino)\s+(en\s+)?(mis|las|mi)\s+"
    r"(munecas|muneca|venas)(?!\s+de\s+(porcelana|trapo|coleccion|juguete|barbie))"
)
_BLADE_AND_WRISTS = (
    r"\b" + _BLADE + r"\b(\s+\w+){0,8}?\s+" + _WRISTS + r"\b|"
    r"\b" + _WRISTS + r"\b(\s+\w+){0,8}?\s+" + _BLADE + r"\b"
)
# Dolls, a watch, a bracelet, a kitchen.
_WRISTS_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,3}?(de\s+(porcelana|trapo|coleccion|juguete|barbie)|reloj|pulsera|cocina|"
    r"cocinando|pollo|carne|verdura|manualidad\w*|tatuaje)\b"
)

# Others better off without someone like the client: "mis hijos estarían mejor
# con su papá y sin una madre como yo".
_WITHOUT_SOMEONE_LIKE_ME = (
    r"\b(mejor|mas\s+feli(z|ces)|mas\s+tranquil[oa]s?)\s+(\w+\s+){0,6}?sin\s+(un[oa]?\s+(madre|"
    r"padre|mama|"
    r"papa|hija|hijo|hermana|hermano|esposa|esposo|pareja|novia|novio|amiga|amigo|persona|carga|"
    r"estorbo)\s+como\s+yo|alguien\s+como\s+yo)\b|"
    r"\b(estarian|estaran|estan|van\s+a\s+estar|seria|serian)\s+(mejor|mas\s+feli(z|ces)|"
    r"mas\s+tranquil[oa]s?)\s+(\w+\s+){1,5}?y\s+sin\s+mi\s*$"
)

# Leaving this world, however spelled: "lo mejor es que me valla de aquí... de este planeta".
_OFF_THIS_WORLD = (
    # "me piro de este mundo", "me largo de esta vida": leaving said in slang.
    r"\bme\s+(vaya|valla|baya|fuera|vaya\s+yo|voy|ire|iria|piro|largo|pelo|"
    r"abro)\b(\s+\w+){0,10}?\s+de\s+(este|esta)\s+"
    r"(mundo|planeta|vida)\b"
)

# Switching oneself off: "quiero puro apagarme".
_SWITCHED_OFF = (
    r"\b(" + QUIERO + r"|quisiera|ganas\s+de|me\s+gustaria|necesito)\s+((solo|puro|nomas|ya|"
    r"nada\s+mas|simplemente)\s+)?apagarme\b(?!\s+(un|una|el|la|los|las|unos|unas|por|hasta|de|"
    r"en|del)\b)"
)

# Not knowing why one goes on: "no sé pq sigo aquí".
_WHY_STILL_HERE = (
    r"\bno\s+se\s+(pq|porque|por\s+que|para\s+que|pa\s+que|xq|q)\s+(sigo|seguir|sigue)\s+(aqui|aca|"
    r"viv[oa]|con\s+vida|en\s+este\s+mundo|existiendo|respirando)\b"
)

# Death welcomed by chance: "si me muero en el accidente de mañana mejor".
_IF_I_DIE_BETTER = (
    r"\bsi\s+me\s+(muero|mato|matara|muriera)\b(?!\s+(de|del|por)\b)(\s+(?!intento\b)\w+){0,6}?\s+"
    r"(mejor|que\s+bueno|ojala|ni\s+modo|me\s+da\s+igual|que\s+importa)\b"
)

# A goodbye before the act: "solo quería despedirme de usted antes de hacerlo".
_BEFORE_DOING_IT = (
    r"\b(despedirme|me\s+despido|me\s+despedi)\b(\s+\w+){0,4}?\s+antes\s+de\s+(hacerlo|matarme|"
    r"irme\s+para\s+siempre|que\s+sea\s+tarde)\b"
)

# A pardon asked of everyone, said on its own: "ya. perdónenme todos".
_PARDON_OF_ALL = (
    r"^\s*((ya|bueno|y|de\s+verdad|en\s+serio|solo)\s+)*(perdonenme|perdoname|perdoneme|"
    r"perdonen)\s+"
    r"(a\s+)?(todos|todas|todo\s+el\s+mundo)\s*$"
)
# Anything else in the sentence is a reason ("llegué tarde, perdónenme todos").
_PARDON_BENIGN_BEFORE = r"\b(?!(ya|y|de|verdad|en|serio|lo|siento|solo|nomas|bueno)\b)\w+"

# Means that are "for me", or, said of someone close, "for him": "compró una
# pistola y dice que es para él".
_FOR_ONESELF = (
    r"\b(compro|consiguio|tiene|guarda|compre|consegui|tengo|guardo|traigo)\s+((una|un|la|el|su|"
    r"mi)\s+)?"
    r"(pistola|arma|revolver|escopeta|rifle|navaja|soga|cuerda|veneno)\b"
    # Said of oneself, with a reason denied after it: "es para mí, no para cazar".
    r"\s+((?!(defender\w*|defensa|proteger\w*|cazar|caza|seguridad|ladrones|rateros|rancho|tiro|"
    r"practicar|club|colecci\w+)\b)\w+\s+){0,8}?(y\s+)?(es|son)\s+(pa|para)\s+(mi|si\s+mism[oa])\b"
    r"(?=\s*$|\s+(no|ni|y|ya)\b)|"
    r"\b(compro|consiguio|tiene|guarda|compre|consegui|tengo|guardo)\s+((una|un|la|el|su|mi)\s+)?"
    r"(pistola|arma|revolver|escopeta|rifle|navaja|soga|cuerda|veneno)\b"
    r"(?!(\s+\w+){0,8}?\s+(defender\w*|defensa|proteger\w*|cazar|caza|seguridad|ladrones|rateros|"
    r"rancho|tiro|practicar|club|colecci\w+))(\s+\w+){0,6}?\s+((dice|dijo)\s+(que|q)\s+)?(es|"
    r"son)\s+(pa|para)\s+(el|ella|mi|si\s+mism[oa]|usarla\s+en\s+"
    r"(el|ella|mi))\s*$"
)
_FOR_ONESELF_BENIGN_BEFORE = (
    r"\b(defender\w*|defensa|proteger\w*|cazar|caza|seguridad|ladrones|rateros|rancho|tiro|"
    r"practicar|club|colecci\w+|regalo|cumple\w*|disfraz|obra|acampar|escalar|tender)\b.*$"
)

# Into the river or the dam: "me voy a tirar al río esta noche"; not for a swim.
_INTO_THE_WATER = (
    r"\b(tirarme|aventarme|lanzarme|arrojarme|echarme|me\s+(tiro|aviento|lanzo|arrojo|echo)|"
    r"me\s+("
    + QUIERO
    + r"|voy\s+a|vo\s+a|pienso)\s+(tirar|aventar|lanzar|arrojar|echar))\s+(al|a\s+la)\s+"
    r"(rio|presa|represa|canal)\b"
)
_WATER_BENIGN = (
    r"\b(nadar|banar\w*|calor|clavado\w*|flotador|llanta|kayak|pescar|amigos|primos|refresc\w*|"
    r"traje\s+de\s+bano|paseo|vacaciones|jaja\w*)\b"
)

# Dying in slang: "me quiero dar cuello", "me voy a dar piso".
_SLANG = (
    r"\bme\s+("
    + QUIERO
    + r"|voy\s+a|vo\s+a|pienso)\s+dar\s+(cuello|piso)\b|\bdarme\s+(cuello|piso)\b"
)

# No longer a worry to anyone: "pronto ya no van a tener que preocuparse por mí".
_NO_LONGER_A_WORRY = (
    r"\bya\s+no\s+(van|vas|va|tendran|tendras)\s+(a\s+tener\s+)?(que|q)\s+(preocupar(se|"
    r"te)\s+por\s+mi|"
    r"cuidarme|aguantarme|soportarme|cargar\s+conmigo|mantenerme)\b"
)
_WORRY_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,4}?(porque|pq|xq|ya\s+(tengo|consegui|me)|me\s+mudo|encontre|consegui|trabajo|"
    r"chamba|depa|novi[oa]|estoy\s+(mejor|bien)|mejor|curad[oa]|alta|sane|me\s+recupere)\b"
)

# Going with the dead: "después del funeral me voy con él".
_WITH_THE_DEAD = (
    r"\b(despues|luego)\s+(del|de\s+su)\s+(funeral|entierro|velorio|sepelio)\b(\s+\w+){0,3}?\s+"
    r"me\s+(voy|ire|quiero\s+ir)\s+con\s+(el|ella|ellos|mi\s+\w+)\b(?!\s+(a|al|de|en|para|pa)\b)|"
    r"\bme\s+(quiero\s+ir|voy|ire)\s+con\s+(el|ella|mi\s+\w+)\s+(al\s+cielo|a\s+donde\s+(esta|"
    r"este))\b"
)

# Bearing no more, then dying, with nothing it is said of: "no aguanto más, me voy a morir".
_BEARING_NO_MORE = (
    r"\b(ya\s+)?no\s+(aguanto|puedo|soporto)\s+mas\s+(y\s+)?(ya\s+)?me\s+(voy\s+a|quiero|"
    + QUIERO
    + r")\s+"
    r"morir(me)?\s*$"
)

# A plan known in full: "ya tengo pensado cómo y cuándo".
_HOW_AND_WHEN = (
    r"\bya\s+(se|decidi|tengo\s+(decidido|pensado|planeado))\s+(el\s+)?(como|cuando|donde)\s+y\s+"
    r"(el\s+)?(como|cuando|donde)\s*$"
)

# One's own funeral arranged, or burial preferred to living: "ya escribí lo que quiero que
# lean en mi funeral", "prefiero que me entierren a seguir así".
_OWN_FUNERAL = (
    r"\b(ya\s+)?(escribi|elegi|escogi|deje|organice|planee|tengo)\s+(\w+\s+){0,4}?(que|q)\s+(lean|"
    r"digan|"
    r"pongan|toquen|canten|hagan)\s+en\s+mi\s+(funeral|velorio|entierro|misa)\b|"
    r"\b(prefiero|preferiria|mejor)\s+(que\s+)?me\s+(entierren|cremen|velen)\s+(a|que)\s+(seguir|"
    r"vivir|"
    r"estar|volver)\b"
)
_FUNERAL_BENIGN_AFTER = (
    r"^.*\b(cuando\s+(sea|este)\s+viej\w*|algun\s+dia|plan\s+funerario|previsi\w+)\b"
)

# Life to be ended, said by its pronoun: "mi vida ya no tiene remedio, lo mejor es terminarla".
_END_IT = (
    r"\b(mi|esta)\s+vida\b(\s+\w+){0,8}?\s+(terminarla|acabarla|acabar\s+con\s+ella|ponerle\s+fin|"
    r"quitarmela)\b"
)

# A whole bottle in the hand: "tengo todo el frasco de pastillas en la mano".
_BOTTLE_IN_HAND = (
    r"\b(tengo|traigo|agarre|sostengo)\s+(todo\s+el|toda\s+la)\s+(frasco|bote|caja|blister|tira)\s+"
    r"(de\s+(las\s+|mis\s+)?" + DRUGS_ES + r"\s+)?en\s+(la|las|mi|mis)\s+manos?\b"
)

# Who keeps one's things, listed: "hice una lista de quién se queda con mis cosas".
_WHO_KEEPS = (
    r"\b(hice|tengo|escribi|deje)\s+(una|la|mi)\s+lista\s+de\s+(a\s+)?quien\s+(se\s+queda|"
    r"le\s+toca|le\s+dejo|"
    r"se\s+lleva)\s+(con\s+)?((mis|mi)\s+\w+|(que|q|cada\s+cosa)\b)"
)
_WHO_KEEPS_BENIGN = (
    r"\b(mudanza|me\s+mudo|nos\s+mudamos|viaje|me\s+voy\s+a\s+vivir|divorcio|intercambio|venta|"
    r"vendo)\b"
)

# A burden ending soon: "voy a dejar de ser un problema muy pronto".
_BURDEN_ENDING = (
    r"\b(voy\s+a|vo\s+a)\s+dejar\s+de\s+(ser\s+(un|una)\s+(problema|carga|estorbo|molestia)|"
    r"molestar(les|te|los)?|estorbar(les|te)?)\s+((muy\s+)?pronto|ya\s+mero|dentro\s+de\s+poco|"
    r"para\s+siempre)\b"
)

# Pills gathered over time: "una bolsa de pastillas que junté durante meses".
_GATHERED = (
    r"\b" + DRUGS_ES + r"\s+(que|q)\s+(he\s+)?(escondi|escondido)\b|"
    r"\b" + DRUGS_ES + r"\s+(que|q)\s+(he\s+)?(junte|juntado|acumule|acumulado|ahorre|ahorrado)\b"
    r"(\s+\w+){0,4}?\s+(durante|desde|meses|semanas|poco\s+a\s+poco|de\s+a\s+poco|a\s+escondidas)\b"
)

# Being gone as the best way: "lo mejor es que desaparezca".
_BEST_GONE = (
    r"\blo\s+mejor\s+(es|seria|sera)\s+(que\s+)?(yo\s+)?(desaparezca|desapareciera|me\s+muera|"
    r"me\s+muriera|ya\s+no\s+este|no\s+estar|morir(me)?|desaparecer|me\s+mate|matarme|"
    r"dejar\s+de\s+existir|no\s+existir)\b"
)

# Everything in the cabinet to be taken: "hoy voy a tomar todo lo que tengo en el botiquín".
_CABINET = (
    r"\b(me\s+voy\s+a\s+tomar|voy\s+a\s+tomar(me)?|me\s+tomo|tomarme|"
    r"me\s+tome)\s+todo\s+lo\s+(que|q)\s+"
    r"(tengo|hay|me\s+queda|encuentre|encontre)\s+(en\s+el\s+(botiquin|pastillero)|de\s+"
    + DRUGS_ES
    + r")\b"
)

# No way out but death: "no le veo salida a esto, solo morir".
_ONLY_WAY = (
    r"\bno\s+(le\s+)?(veo|encuentro|hay)\s+(otra\s+)?salida\b(\s+\w+){0,4}?\s+(solo|mas\s+que|"
    r"excepto|"
    r"salvo|nomas)\s+(morir(me)?|la\s+muerte|matarme|irme\s+para\s+siempre|desaparecer)\b"
)

# Climbed up and looking down: "me subí al techo y estoy viendo para abajo".
_CLIMBED_UP = (
    r"\bme\s+(subi|trepe|encarame)\s+(al|a\s+la|a\s+las|hasta\s+(el|la))\s+(techo|azotea|puente|"
    r"barandal|baranda|cornisa|edificio|ventana|balcon|piso\s+\d+)\b(\s+\w+){0,6}?\s+(viendo|"
    r"mirando|"
    r"asomad[oa])\s+(pa|para|hacia|al)\s+(abajo|el\s+vacio|vacio|el\s+agua)\b"
)
_CLIMBED_BENIGN = (
    r"\b(antena|tinaco|goteras?|arreglar|reparar|limpiar|pintar|fotos?|vista|atardecer|fuegos|"
    r"desfile|gato|pelota|papalote|cometa|tender|ropa)\b"
)

# The day named as the one: "hoy es el día en que me voy" (not "... me voy a Madrid").
_THE_DAY = (
    r"\b(hoy|manana|esta\s+noche)\s+es\s+(el\s+dia|la\s+noche)\s+(en\s+)?(que|q)\s+me\s+(voy|muero|"
    r"mato|despido)\b(?!\s+(a|al|de|del|con|para|pa|en|por)\b)"
)

_NEEDS = {
    "the_day": r"\b(dia|noche)\b",
    "burden": r"\b(pronto|mero|poco|siempre)\b",
    "gathered": r"\b(junte|juntado|acumule|acumulado|ahorre|ahorrado|escondi|escondido)\b",
    "best_gone": r"\b(mejor)\b",
    "cabinet": r"\b(botiquin|pastillero|todo)\b",
    "only_way": r"\b(salida)\b",
    "climbed": r"\b(subi|trepe|encarame)\b",
    "how_when": r"\b(se|pensado|decidido|planeado|decidi)\b",
    "funeral": r"\b(funeral|velorio|entierro|misa|entierren|cremen|velen)\b",
    "end_it": r"\b(terminarla|acabarla|ella|fin|quitarmela)\b",
    "bottle": r"\b(mano|manos)\b",
    "keeps": r"\b(lista)\b",
    "bearing": r"\b(aguanto|puedo|soporto)\b",
    "water": r"\b(rio|presa|represa|canal)\b",
    "slang": r"\b(cuello|piso)\b",
    "worry": r"\b(preocuparse|preocuparte|cuidarme|aguantarme|soportarme|conmigo|mantenerme)\b",
    "dead": r"\b(funeral|entierro|velorio|sepelio|cielo|donde)\b",
    "dose": r"\b(mortal|mortales|letal|letales|sobredosis|suficiente|suficientes|demasiada|"
    r"demasiadas|demasiado|demasiados|mata|matan)\b",
    "what_if": r"\b(si)\b",
    "there_was": r"\b(tenia|habia|quedaban|guardaba|tenian|encontre)\b",
    "counted": r"\b(cuento|contar|contando)\b",
    "cuando": r"\b(cuando)\b",
    "wrists": r"\b(munecas|muneca|venas)\b",
    "like_me": r"\b(sin)\b",
    "world": r"\b(mundo|planeta|vida)\b",
    "off": r"\b(apagarme)\b",
    "still": r"\b(sigo|seguir|sigue)\b",
    "better": r"\b(mejor|bueno|ojala|modo|igual|importa)\b",
    "before": r"\b(antes)\b",
    "pardon": r"\b(perdonenme|perdoname|perdoneme|perdonen)\b",
    "for_self": r"\b(pistola|arma|revolver|escopeta|rifle|navaja|soga|cuerda|veneno)\b",
}
# Every word these rules read, for the lexicon's first look at a sentence.
SIGNS_WORDS_ES = r"\b(" + "|".join(s[3 : s.rindex(")")] for s in _NEEDS.values()) + r")"
# One look for all of them but "bearing" (its words are common in the long bodies a
# message can be): a sentence is read for their words once, not once a rule, which
# keeps a message of one very long word cheap.
_ANY_SIGN = (
    r"\b("
    + "|".join(s[3 : s.rindex(")")] for name, s in _NEEDS.items() if name != "bearing")
    + r")\b"
)


def _sign(category: str, pattern: str, needs: str, **guards: object) -> Rule:
    """A rule of the net, tried only in a sentence holding one of these rules' words."""
    made = rule(category, pattern, **guards)  # type: ignore[arg-type]
    return replace(made, net=True, needs=_NEEDS[needs] if needs == "bearing" else _ANY_SIGN)


SIGNS_RULES_ES: tuple[Rule, ...] = (
    _sign(SUICIDAL_IDEATION, _THE_DAY, "the_day"),
    _sign(SUICIDAL_IDEATION, _BURDEN_ENDING, "burden", negatable=False),
    _sign(OVERDOSE, _GATHERED, "gathered"),
    _sign(
        SUICIDAL_IDEATION,
        _BEST_GONE,
        "best_gone",
        benign_after=VANISH_BENIGN_AFTER_ES,
        negatable=False,
    ),
    _sign(OVERDOSE, _CABINET, "cabinet"),
    _sign(SUICIDAL_IDEATION, _ONLY_WAY, "only_way", negatable=False),
    _sign(
        SUICIDAL_IDEATION,
        _CLIMBED_UP,
        "climbed",
        benign_after=r"^.*" + _CLIMBED_BENIGN,
        benign_before=_CLIMBED_BENIGN + r".*$",
    ),
    _sign(SUICIDAL_IDEATION, _HOW_AND_WHEN, "how_when"),
    _sign(SUICIDAL_IDEATION, _OWN_FUNERAL, "funeral", benign_after=_FUNERAL_BENIGN_AFTER),
    _sign(SUICIDAL_IDEATION, _END_IT, "end_it", negatable=False),
    _sign(OVERDOSE, _BOTTLE_IN_HAND, "bottle"),
    _sign(
        SUICIDAL_IDEATION,
        _WHO_KEEPS,
        "keeps",
        benign_after=r"^.*" + _WHO_KEEPS_BENIGN,
        benign_before=_WHO_KEEPS_BENIGN + r".*$",
    ),
    _sign(SUICIDAL_IDEATION, _BEARING_NO_MORE, "bearing", negatable=False, hyperbole_prone=True),
    _sign(
        SUICIDAL_IDEATION,
        _INTO_THE_WATER,
        "water",
        benign_after=r"^.*" + _WATER_BENIGN,
        benign_before=_WATER_BENIGN + r".*$",
    ),
    _sign(
        SUICIDAL_IDEATION,
        _SLANG,
        "slang",
        benign_after=r"^\s*(de|del|para|pa|nuevo|laminado|en|a|al|la|el)\b",
    ),
    _sign(SUICIDAL_IDEATION, _NO_LONGER_A_WORRY, "worry", benign_after=_WORRY_BENIGN_AFTER),
    _sign(SUICIDAL_IDEATION, _WITH_THE_DEAD, "dead"),
    _sign(OVERDOSE, _DOSE_ASKED, "dose", benign_after=_DOSE_BENIGN_AFTER, negatable=False),
    _sign(OVERDOSE, _WHAT_IF_ALL, "what_if", negatable=False),
    _sign(OVERDOSE, _TAKEN_WHAT_THERE_WAS, "there_was", negatable=False),
    _sign(
        OVERDOSE,
        _PILLS_COUNTED,
        "counted",
        benign_after=_COUNTED_BENIGN_AFTER,
        benign_before=_COUNTED_BENIGN_BEFORE,
        negatable=False,
    ),
    _sign(SUICIDAL_IDEATION, _KEPT_FOR_THE_DAY, "cuando", negatable=False),
    _sign(SELF_HARM, _BLADE_AND_WRISTS, "wrists", benign_after=_WRISTS_BENIGN_AFTER),
    _sign(SUICIDAL_IDEATION, _WITHOUT_SOMEONE_LIKE_ME, "like_me", negatable=False),
    _sign(SUICIDAL_IDEATION, _OFF_THIS_WORLD, "world"),
    _sign(SUICIDAL_IDEATION, _SWITCHED_OFF, "off"),
    _sign(
        SUICIDAL_IDEATION,
        _WHY_STILL_HERE,
        "still",
        benign_after=r"^\s*(en|con|trabajando|estudiando|esperando|despiert\w*|sentad\w*|"
        r"aguantando\s+(a|al|este|esta))\b",
        negatable=False,
    ),
    _sign(SUICIDAL_IDEATION, _IF_I_DIE_BETTER, "better", negatable=False),
    _sign(SUICIDAL_IDEATION, _BEFORE_DOING_IT, "before", negatable=False),
    _sign(SUICIDAL_IDEATION, _PARDON_OF_ALL, "pardon", benign_before=_PARDON_BENIGN_BEFORE),
    _sign(
        SUICIDAL_IDEATION,
        _FOR_ONESELF,
        "for_self",
        benign_before=_FOR_ONESELF_BENIGN_BEFORE,
        negatable=False,
    ),
)
