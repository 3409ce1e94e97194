"""The Spanish net for crises said indirectly: finality, arrangements, means at hand.

Many crisis messages never say "morir" or "matarme": "no creo que llegue al
lunes", "ya tengo la pistola de mi papá, está cargada", "traigo los brazos
vendados", "le pido a Dios que me recoja". These rules read those semantic
fields in the first person (an end understated, a last time, going to God,
means owned or bought, harm known by its blood, scars, burns and bandages,
pills counted after the fact), each tried only in a sentence holding its words.
The everyday senses they share words with ("la última vez que te escribo por
esto", "una cuerda para tender") are exempted by their own words; anything
else stays flagged, because a missed crisis costs far more than a false alarm.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.spanish_words import DRUGS_ES, FROM_THIS_NUMBER_ES, INSTRUMENT, QUIERO

_BODY = (
    r"(piel|pierna|piernas|brazo|brazos|muneca|munecas|muslo|muslos|panza|abdomen|pecho|"
    r"antebrazos?|tobillos?|cadera|caderas)"
)
_DAY = (
    r"(lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|fin\s+de\s+semana|"
    r"esta\s+semana|navidad|ano\s+nuevo|mi\s+cumple\w*|la\s+quincena|esta\s+noche|este\s+mes|"
    r"fin\s+de\s+ano|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)"
)

# An end understated: "no creo q llegue al lunes", "no voy a ser un problema pa
# nadie mucho tiempo más", "no me van a tener que aguantar mucho más".
_UNDERSTATED_END = (
    r"\bno\s+(creo|pienso|se\s+si)\s+(que\s+|q\s+|k\s+)?(llegue|pase|aguante|dure|viva|la\s+arme|"
    r"la\s+libre|sobreviva|llegar|pasar|aguantar|durar|vivir|sobrevivir)\s+"
    r"(a|al|de|hasta|para|pa|pal)\s+(la\s+|el\s+)?" + _DAY + r"\b|"
    # "no voy a llegar a diciembre": not late for a meeting or short of money.
    r"\bno\s+(voy\s+a|vo\s+a)\s+(llegar|durar|aguantar)\s+(a|al|hasta)\s+(la\s+|el\s+)?"
    + _DAY
    + r"\b(?!\s+(a|con|sin|en|por|para|pa)\b)|"
    r"\bno\s+(voy\s+a|vo\s+a)\s+ser\s+(un|una)\s+(problema|carga|estorbo|molestia)\s+"
    r"(\w+\s+){0,3}?((por\s+)?mucho\s+)?(tiempo\s+)?mas\b|"
    r"\bno\s+me\s+(van|vas|va)\s+a\s+tener\s+(que|q|k)\s+(aguantar|soportar|cuidar|mantener)\s+"
    r"(\w+\s+)?(mas|mucho\s+tiempo|por\s+mucho\s+tiempo)\b|"
    r"\bno\s+me\s+(esperen|esperes|busquen|busques)\b(\s+\w+){0,6}?\s+(ni\s+)?nunca\b"
)
# The same, said of a date far off, a promise, a burden, the troubles ending:
# read without the exemption above ("... el paquete"), since a person may follow.
_UNDERSTATED_MORE = (
    r"\b(siento|presiento|se|creo|pienso)\s+(que|q|k)\s+no\s+(llego|llegare|voy\s+a\s+llegar|paso|"
    r"aguanto|duro)\s+(a|al|de|hasta)\s+(la\s+|el\s+)?" + _DAY + r"\b|"
    r"\bde\s+(este|esta)\s+(mes|semana|ano|finde|noche|invierno|verano)\s+no\s+(paso|salgo)\s*$|"
    r"\bno\s+(llego|voy\s+a\s+llegar)\s+a\s+(fin\s+de\s+mes|la\s+quincena)\s+(y\s+)?no\s+"
    r"(hablo|lo\s+digo|me\s+refiero|es)\s+(del|de|por|al|el)\s+(sueldo|dinero|lana|plata|pago|"
    r"varo|cheque)\b|"
    r"\bno\s+(voy\s+a|vo\s+a)\s+estar\s+(pa|para)\s+cuando\s+(nazca|se\s+gradue|se\s+case|cumpla|"
    r"crezca|sea\s+grande|salga\s+de\s+la\s+escuela)\b|"
    r"\bno\s+(le|te|les)\s+(puedo|podria)\s+prometer\s+(que|q|k)\s+(voy\s+a\s+estar|sigo|seguire|"
    r"siga|este|estare)\s+(viv[oa]|con\s+vida)\b|"
    r"\bya\s+no\s+me\s+(ven|van\s+a\s+ver|veran|vas\s+a\s+ver|veras)\b(\s+\w+){0,4}?\s+(ni\s+)?"
    r"(en\s+)?(ningun\s+(otro\s+)?lado|ninguna\s+(otra\s+)?parte|nunca\s+mas|jamas)\b|"
    r"\b(pronto|ya\s+mero|dentro\s+de\s+poco|muy\s+pronto)\s+(les|te|le)\s+(dejo|"
    r"voy\s+a\s+dejar)\s+"
    r"de\s+(dar\s+lata|molestar|estorbar|dar\s+problemas|ser\s+una\s+carga|dar\s+guerra)\b"
    r"(?!\s+(con|en|por)\b)|"
    r"\bya\s+no\s+(voy\s+a|vo\s+a)\s+ser\s+(un|una)\s+(problema|carga|estorbo|molestia)\s+"
    r"(\w+\s+){0,3}?(por\s+)?mucho\s+tiempo\b|"
    r"\b(va\s+a\s+ser|voy\s+a\s+ser|sere|seria)\s+una\s+carga\s+menos\b|"
    r"\bno\s+me\s+(van|vas|va)\s+a\s+volver\s+a\s+ver\s+(nunca|jamas)\b(?!\s+(\w+\s+)?(en|por|aqui|"
    r"aca|alla|ahi)\b)|"
    r"\bya\s+no\s+me\s+(van|vas|va)\s+a\s+(encontrar|hallar)\b(?!\s+(en|aqui|aca|alla|por|porque|"
    r"hasta|despues|temprano|tarde)\b)|"
    r"\bya\s+no\s+me\s+(van|vas|va)\s+a\s+tener\s+(que|q|k)\s+(aguantar|soportar|cuidar|mantener|"
    r"cargar)\s*$|"
    # Without me, their troubles end: "sin mí se les acaban los problemas".
    r"\bsin\s+mi\s+(se\s+(les|te|le|nos)\s+)?(acaban|acabarian|terminan|terminarian|"
    r"se\s+acaban|se\s+terminan)\s+(los|sus|tus|todos\s+los)\s+problemas\b"
    r"(?!\s+(de|del|con|en)\s+(?!(mi|la|esta|este|nuestra|nuestro|todos|todas)\b)\w+)|"
    r"\b(pa|para|pal)\s+(el\s+)?" + _DAY + r"\s+ya\s+no\s+(voy\s+a|vo\s+a)\s+estar\s*$|"
    r"\bya\s+no\s+(voy\s+a|vo\s+a)\s+estar\s+(pa|para|pal)\s+(el\s+)?" + _DAY + r"\b|"
    r"\bya\s+no\s+(voy\s+a\s+estar|estare)\s+en\s+este\s+mundo\b|"
    r"\b(seguro|poliza)\s+de\s+vida\b(\s+\w+){0,6}?\s+(pa|para)\s+(que|q|k)\s+(\w+\s+){0,2}?"
    r"(lo\s+|la\s+)?(cobre|cobren|cobres|reciba|reciban)\b"
)

# An everyday reason said with the end: money, a parcel, a thesis, a new job.
_EVERYDAY_END_BENIGN = (
    r"^.*\b(presupuesto|sueldo|quincena|dinero|lana|plata|paquete|pedido|envio|tesis|proyecto|"
    r"consegui|encontre\s+trabajo|me\s+mudo|mudanza|depa|beca|renuncie|me\s+caso|horario|turno|"
    r"viaje|vacaciones|dentista|termino)\b|"
    r"^.*\bsin\s+(cafe|dormir|descanso|descansar|comer|fumar|azucar|chocolate|internet|celular|"
    r"tele|"
    r"netflix|salir|vacaciones|dinero|lana|plata)\b"
)

# A last time: "va a ser el último", "esta es la última vez que te escribo",
# "ya escribí mi última carta", "esta noche se acaba todo".
_LAST_TIME = (
    r"\b(va\s+a\s+ser|sera)\s+(el|mi)\s+ultimo(\s*$|\s+(ya|y|asi|pero|porque|lo|te|les|"
    r"se\s+los)\b)|"
    r"\b(es|sera|va\s+a\s+ser)\s+(la|el|mi)\s+ultim[oa]\s+(vez|dia|noche|mensaje|cumple\w*|"
    r"navidad)\s+(que|q|k)\s+((te|les|le|los|las)\s+(escribo|hablo|veo|molesto|mando)|"
    r"me\s+(ven|van\s+a\s+ver|veran|ves|vas\s+a\s+ver|ve|va\s+a\s+ver|escuchan|oyen|leen))\b"
    r"(?!\s+(aqui|aca|por\s+(aqui|aca)|trabajando|estudiando|con|sin)\b)|"
    r"\bmi\s+ultim[oa]\s+(carta|mensaje|adios|nota|cumple\w*|navidad)\b|"
    r"\b(hoy|esta\s+noche|manana|ya|(este|el)\s+(finde|weekend|fin\s+de\s+semana|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo))\s+se\s+(acaba|termina)\s+todo\b|"
    r"\bse\s+(acaba|termina)\s+todo\s+(hoy|esta\s+noche|manana)\b|"
    r"\bme\s+despido\s+de\s+(este|esta)\s+(mundo|vida)\b|"
    r"\bcomo\s+si\s+fuera\s+(la|el)\s+ultim[oa]\s+(vez\s+)?(porque|pq|xq|y)\s+(si\s+)?lo\s+(es|"
    r"sera)\b"
)
_LAST_TIME_BENIGN_AFTER = (
    r"^\s*(de|del|en|como|por\s+(hoy|esta|este)|hasta|antes|del\s+ano|el\s+pastel|lo\s+de|"
    # "la última vez que le escribo x lo del estacionamiento": one matter settled.
    r"(por|x|sobre)\s+lo\s+(de|del)|" + FROM_THIS_NUMBER_ES + r")\b"
)

# Going to God: "le pido a Dios que me recoja", "hoy me voy contigo, diosito",
# "me quiero ir con mi mamá al cielo".
_TO_GOD = (
    r"\b(dios|diosito|senor|virgencita)\s+(\w+\s+){0,2}?(que|q|k)\s+me\s+(recoja|lleve|llame)\b|"
    r"\b(dios|diosito|senor|virgencita|diosito\s+lindo)\s+(\w+\s+)?(llevame|recogeme|llamame)\b|"
    r"\b(llevame|recogeme)\s+(contigo|pronto|ya|de\s+una\s+vez)\s+(dios|diosito|senor|"
    r"virgencita)\b|"
    r"\b(que|q|k)\s+(dios|diosito)\s+me\s+(recoja|lleve)\b|"
    r"\b(dios|diosito|senor)\b(\s+\w+){0,6}?\s+me\s+voy\s+contigo\b|"
    r"\b(irme|ir|me\s+voy|reunirme)\s+con\s+(mi|mis)\s+\w+\s+(al|en\s+el)\s+cielo\b"
)

# A wish to be taken by an accident or an illness, with or without "que":
# "ojalá un carro me atropelle", "le pido a Dios q me dé un infarto", "quisiera
# que el avión se cayera conmigo adentro".
_TAKEN_BY_CHANCE = (
    r"\b(ojala|quisiera|espero|me\s+gustaria|ruego|pido|rezo|ganas\s+de|" + QUIERO + r")\s+"
    r"((\w+\s+){0,3}?(que|q|k)\s+)?"
    r"(\w+\s+){0,3}?me\s+(atropell\w+|arroll\w+|(de|diera|pegue|pegara)\s+(un|una)\s+"
    r"(infarto|ataque|derrame|bala|tiro|cancer))\b|"
    r"\b(cayera|caiga|estrellara|estrelle|chocara|choque|hundiera|hunda|explotara|explote)\s+"
    r"conmigo\b"
)

# Means owned or bought, said in the first person: "ya tengo la pistola de mi
# papá", "bought a soga hoy", "conseguí un fierro", "ya tengo el carbón y la
# cinta pa sellar el cuarto", "llené la tina y tengo la navaja aquí".
_MEANS = r"(soga|cuerda|pistola|arma|revolver|fierro|escopeta|veneno|raticida|matarratas|carbon)"
_MEANS_AT_HAND = (
    # Hunting named anywhere in the sentence, and not denied: "vamos de cacería, ya tengo
    # la escopeta".
    r"^(?!.*\b(?<!no para )(?<!ni para )(?<!no pa )(cazar|caza|caceria|venado|venados|patos|"
    r"temporada|latas|tiro\s+al\s+blanco|campo\s+de\s+tiro|club\s+de\s+tiro)\b).*?"
    r"\b(ya\s+tengo|tengo\s+ya|consegui|compre|bought|traigo|guarde|escondi)\s+(ya\s+)?"
    r"(la|una|el|un|mi|a)\s+" + _MEANS + r"\b|"
    r"\b(sellar|tapar)\s+(el|la|las|los)\s+(cuarto|puerta|puertas|ventanas|rendijas|bano)\b|"
    r"\btina\b(\s+\w+){0,6}?\s+(navaja|cuchillo|gillette|rastrillo|cutter)\b|"
    r"\b(prendi|encendi|puse|prendo|prender)\s+(el\s+|un\s+)?(carbon|anafre|"
    r"brasero)\s+(\w+\s+){0,2}?"
    r"en\s+(el|la|mi)\s+(bano|cuarto|recamara|habitacion|carro|coche|auto|closet|"
    r"cocina)\b(\s+\w+){0,5}?"
    r"\s+(cerre|tape|selle|cierro|tapo|sello)\b|"
    r"\b(abri|deje\s+abiertas|abro)\s+(las\s+)?llaves\s+(de\s+la\s+estufa|del\s+gas|del\s+boiler)\b"
    r"(\s+\w+){0,4}?\s+(me\s+encerre|cerre|me\s+encierro|me\s+acoste|me\s+dormi)\b|"
    r"\bno\s+es\s+(pa|para)\s+(las\s+|los\s+)?(ratas|ratones|cucarachas|plagas)\b"
)
_MEANS_BENIGN_AFTER = (
    # A word or two between, or another thing bought with it ("y el asiento para el columpio").
    r"^\s*((\w+\s+){0,2}?|y\s+(el|la|los|las|un|una|unos|unas)\s+\w+\s+)(pa|para)\s+"
    r"(tender|la\s+ropa|el\s+tendedero|escalar|acampar|el\s+campamento|la\s+hamaca|el\s+columpio|"
    r"saltar|brincar|la\s+carne|el\s+asador|la\s+parrillada|"
    r"el\s+gimnasio|el\s+gym|la\s+mudanza|el\s+curso|la\s+clase|el\s+disfraz|la\s+obra|"
    r"las\s+ratas|los\s+ratones|las\s+cucarachas|el\s+jardin)\b|"
    # Put away from a pet or a child: "para que no la muerda el cachorro".
    r"^.*\b(para|pa)\s+(que|q)\s+no\s+(la|lo)\s+(agarre|muerda|rompa|encuentre|tire)\s+(el|la|"
    r"mi)\s+"
    r"(perro|perrita|gato|gata|cachorro|nino|nina|bebe)\b|"
    r"^\s*de\s+(juguete|agua|saltar|brincar|la\s+guitarra|paintball|gotcha|escalar|tender|rapel|"
    r"alpinismo|campamento|la\s+ropa)\b|"
    # A string for an instrument: "una cuerda nueva pa la guitarra".
    r"^\s*(\w+\s+){0,2}?(para|pa|de|del)\s+((la|el|mi)\s+)?" + INSTRUMENT + r"\b"
)

# Harm known by its effects on the body: blood, scars, burns, bandages.
_HARM_BY_EFFECT = (
    r"\b" + _BODY + r"\s+(\w+\s+){0,2}?(llen[oa]s?\s+de|con)\s+(cortes|cicatrices|quemaduras|"
    r"heridas)\b|"
    r"\b(cortes|cicatrices|quemaduras)\s+(\w+\s+){0,3}?((que|q|k)\s+me\s+(hice|hago|he\s+hecho)|"
    r"mas\s+hond\w+|otra\s+vez|de\s+cigarro|me\s+dan\s+(tranquilidad|paz|alivio|calma))\b|"
    r"\bme\s+(\w+\s+){0,2}?(raj|ray|rasgu|marq|quem|cort)\w*\s+(el|la|los|las|mis)\s+"
    + _BODY
    + r"\b(\s+\w+){0,4}?\s+(con\s+(una|un|la|el)\s+(navaja|cuchillo|gillette|rastrillo|cutter|"
    r"encendedor|cigarro|vidrio)|otra\s+vez|hasta|para\s+sentir|a\s+proposito|adrede)\b|"
    r"\bme\s+(\w+\s+){0,2}?(raj|ray)\w*\s+(el|la|los|las|mis)\s+" + _BODY + r"\b|"
    r"\b(estoy\s+sangrando|no\s+(para|deja)\s+(de\s+sangrar|la\s+sangre)|manchad\w+\s+de\s+"
    r"sangre\s+de\s+(los|mis)\s+cortes|sangre\s+de\s+(los|mis)\s+cortes)\b|"
    r"\bventa\s+ya\s+no\s+para\b|\bvenda\s+ya\s+no\s+para\s+la\s+sangre\b|"
    r"\b" + _BODY + r"\s+vendad[oa]s?\b|"
    r"\bme\s+\w+\s+(\w+\s+){0,12}?hasta\s+((que|q|k)\s+(me\s+)?sangr\w*|sacarme\s+sangre|"
    r"abrirme\s+la\s+piel|hacerme\s+sangre|sangrar|(que|q|k)\s+se\s+me\s+(hinch\w+|inflam\w+|"
    r"revent\w+|puso\s+morad\w+)|dejarme\s+(moretones|marcas|morad\w+))\b|"
    r"\bme\s+(hice|hago|he\s+hecho|volvi\s+a\s+hacer)\s+(rayitas|rayas|rayones|lineas|marcas)\s+"
    r"(en\s+(el|la|los|las|mis|mi)\s+" + _BODY + r"|con\s+(la|el|una|un)\s+(gillette|navaja|"
    r"cuchilla|rastrillo|cutter|sacapuntas|vidrio|tijeras))\b|"
    r"\b((me\s+)?l[oa]s\s+(tape|tapo|cubri|cubro|escondi|escondo)|me\s+(tape|tapo|cubri|cubro|"
    r"escondi|escondo)\s+(los|las|mis)\s+(cortes|cicatrices|heridas|marcas|rayitas|rayas|"
    r"quemaduras|brazos|munecas|piernas|muslos))\s+(\w+\s+){0,3}?con\s+(curitas|"
    r"venditas|vendas|banditas|mangas?|maquillaje|pulseras)\s+(pa|para)\s+(que|q|"
    r"k)\s+(\w+\s+){0,2}?"
    r"(no|nadie)\s+(vea|vean|se\s+de|se\s+den|note|noten|pregunte|pregunten)\b|"
    r"\b(ducha|regadera|tina|bano|lavabo|sabanas|cama|toallas?|"
    r"piso)\s+(\w+\s+){0,2}?llen[oa]s?\s+de\s+"
    r"sangre\b|"
    r"\b(vendas|curitas|gasas|venditas)\s+(\w+\s+){0,2}?no\s+me\s+(alcanzan|dan\s+abasto)\b"
)
_HARM_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,4}?(jugando|corriendo|entrenando|sin\s+querer|por\s+accidente|"
    r"accidentalmente|cocinando|por\s+la\s+(operacion|cirugia|fractura)|del\s+tatuaje|regla|"
    r"periodo|menstruacion|nariz|parto|cesarea|tatuaje|chupetones?|moretones\s+del\s+partido|"
    r"afeitando\w*|rasurando\w*|depilando\w*|me\s+corte\s+(afeitando|rasurando|depilando)\w*)\b"
)

# Pills counted or taken after the fact: "me tomé 20 de las de dormir", "me he
# tomado todas las pastillas de mi abuela", "me pinché insulina de más a propósito".
_PILLS_TAKEN = (
    r"\b(me\s+)?(tome|trague|meti|he\s+tomado|he\s+tragado|he\s+metido)\s+(como\s+|unas?\s+|"
    r"mas\s+de\s+)?((\d{2,}|veinte|treinta|cuarenta|cincuenta|cien|quince|doce|varias|varios)\s+"
    r"(de\s+(las|los|mis)|blister\w*|cajas|frascos|tiras|" + DRUGS_ES + r")|"
    # Two or three is a dose; two or three boxes is not.
    r"(dos|tres)\s+(blister\w*|cajas|frascos|tiras))\b|"
    r"\b(me\s+)?(he|ha|habia)\s+(tomado|tragado|metido)\s+(todas?|todos?|un\s+monton|"
    r"demasiad[oa]s)\s+(\w+\s+)?" + DRUGS_ES + r"\b|"
    r"\b" + DRUGS_ES + r"\s+(que|q|k)\s+me\s+(tome|trague)\b(\s+\w+){0,5}?\s+(demasiad\w+|"
    r"muchas|todas)\b|"
    r"\b(me\s+)?(trague|tome|me\s+meti)\s+(el\s+resto|todo\s+lo\s+(que|q|k)\s+(quedaba|habia))\b|"
    r"\bme\s+tomo\s+todo\s+lo\s+(que|q|k)\s+(tengo|hay|me\s+queda)\b|"
    r"\bme\s+(pinche|inyecte|puse|meti)\s+(\w+\s+){0,1}?"
    + DRUGS_ES
    + r"\s+(de\s+mas|a\s+proposito|"
    r"de\s+golpe)\b"
)

# A time and a place said as a plan: "mañana a las 6 en las vías del tren", "a
# las 3 me subo a la azotea del edificio", "me voy al puente de la autopista y ya".
_PLACE = r"(vias|via\s+del\s+tren|puente|azotea|acantilado|barranco|monte\s+con\s+la\s+soga)"
_TIME_AND_PLACE = (
    r"\b(manana|hoy|esta\s+noche|el\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"a\s+las\s+\d+|cuando\s+todos\s+se\s+duerman)\b(\s+\w+){0,8}?\s+(en|a|al|pal|pa|para|"
    r"hacia)\s+(las\s+|la\s+|el\s+)?" + _PLACE + r"\b|"
    r"\b(me\s+meto|meterme|me\s+voy\s+a\s+meter|me\s+tiro|me\s+aviento)\s+(al|a\s+la|en\s+el|"
    r"en\s+la)\s+(rio|mar|lago|presa|represa|laguna|canal|pozo)\b(\s+\w+){0,3}?\s+con\s+"
    r"(piedras|rocas|pesas|ladrillos)\b|"
    r"\bme\s+voy\s+al\s+puente\b(\s+\w+){0,4}?\s+y\s+ya\s*$|"
    r"\bme\s+tiro\s+a\s+la\s+linea\s+\d\b"
)
_TIME_AND_PLACE_BENIGN_AFTER = (
    r"^.*\b(nos\s+vemos|quedamos|paso\s+por|de\s+paseo|excursion|caminata|campamento|esperar|"
    r"recoger|llega|pescar|nadar|correr|trotar|caminar|pasear|ver\s+pasar|"
    r"turismo|fotos|trabajo|chamba)\b"
)

# "me canso de vivir", "ya me cansé de luchar, me rindo": weariness of life itself.
_WEARY = (
    r"\bme\s+(canse|harte|aburri)\s+de\s+(vivir|la\s+vida|existir|estar\s+viv[oa])\b"
    r"(?!\s+(en(?!\s+(serio|verdad|realidad)\b)|con|aqui|aca|alla|de|sol[oa]|lejos|cerca)\b)|"
    r"\bme\s+canse\s+de\s+luchar\b(\s+\w+){0,3}?\s+me\s+rindo\b|"
    r"\bno\s+le\s+veo\s+(\w+\s+)?sentido\s+a\s+(seguir\s+)?respir\w*\b|"
    r"\b(dormir(me)?|me\s+duerma|me\s+durmiera)\s+y\s+(ya\s+)?(no|nunca)\s+(volver\s+a\s+)?"
    r"abrir\s+(los|mis)\s+ojos\b|"
    r"\b(ya\s+no\s+(quiero|quisiera)|no\s+(quiero|quisiera)|ojala\s+no)\s+(volver\s+a\s+)?abrir\s+"
    r"(los|mis)\s+ojos(\s+(manana|nunca\s+mas|otra\s+vez|jamas)|\s*$)|"
    r"\b(ir\s+a\s+dormir|irme\s+a\s+dormir|dormirme|dormir)\s+y\s+(ya\s+)?(no|nunca)\s+(mas\s+)?"
    r"volver\b(?!\s+a\s+(?!despertar)\w+)|"
    r"\b(dormir(me)?|irme|descansar)\s+pa\s+siempre\b|"
    r"\bsi\s+(manana\s+)?no\s+(amanezco|despierto)\b|"
    # "cerrar los ojos y que sea la última vez".
    r"\bcerrar\s+(los|mis)\s+ojos\s+(y\s+(que|q)\s+(sea|fuera)\s+(la\s+ultima\s+vez|"
    r"para\s+siempre)|"
    r"(para|pa)\s+siempre)\b"
)

# What falls or crashes in a wish for an accident: a plane, a roof, a bus; not "el
# sistema" or "el internet" ("ojalá se caiga el sistema, así no tengo que hacerlo yo").
_FALLS = (
    r"(el|la)\s+(avion|avioneta|techo|edificio|puente|elevador|camion|bus|autobus|guagua|tren|"
    r"carro|coche|barco|lancha)"
)
_CRASH = r"(caiga|estrelle|choque|hunda|voltee|desplome)"
# A way out said in one sentence: walking into the sea until the ground is gone, a
# train waited for "but not to get on", a wish that an accident spares doing it oneself.
_WAY_OUT = (
    r"\b(caminar|caminando|camine|nadar|nadando|meterme|entrar|entrando|"
    r"adentrarme)\s+(\w+\s+){0,2}?"
    r"(mar|rio|lago|laguna)\s+adentro\s+hasta\s+(que|q)\s+(ya\s+)?no\s+(toque|sienta|alcance|"
    r"pueda)\b|"
    r"\b(tren|metro|esperarlo|esperarla)\b(\s+\w+){0,20}?,?\s+(pero\s+)?no\s+(pa|para)\s+subirme\b|"
    # The wish is an accident's: "ojalá el avión se caiga, así no tengo que hacerlo yo".
    r"\b(ojala|quisiera\s+que|si\s+tan\s+solo)\b(\s+\w+){0,6}?\s+("
    + _FALLS
    + r"\s+se\s+"
    + _CRASH
    + r"|se\s+"
    + _CRASH
    + r"\s+"
    + _FALLS
    + r"|me\s+(atropelle|mate|lleve|pegue)|un\s+(accidente|infarto|"
    r"rayo|camion|carro|derrame))\b(\s+\w+){0,8}?,?\s+asi\s+(ya\s+)?no\s+(tengo|tendria|tendre)\s+"
    r"(que|q)\s+hacerlo\s+yo\b(?!\s+(el|la|los|las|mi|mis)\b)"
)
# A train waited for to fetch someone: "no pa subirme, pa recoger a mi tía".
_WAY_OUT_BENIGN_AFTER = (
    r"^,?\s*(pa|para|sino|solo|nomas)\s+(recoger|esperar|ver|despedir|acompanar|dejar|encontrar|"
    r"tomar\s+fotos)\b|"
    # A fear, a video, a joke or a thrill said after it.
    r"^,?\s*(porque|pq|xq|me\s+da\s+miedo|voy\s+a\s+(grabar|tomar|sacar))\b|^.*\b(jaja\w*|"
    r"es\s+lo\s+maximo|"
    r"que\s+rico|me\s+encanta)\b"
)
# "me encanta nadar mar adentro...": a thrill.
_WAY_OUT_BENIGN_BEFORE = (
    r"\b((me|nos|le|les)\s+(encanta|gusta|fascina)|siempre|de\s+chiquit[oa])\s*$"
)

_NEEDS = {
    "wayout": r"\b(adentro|subirme|hacerlo)\b",
    "understated": r"\b(llegue|pase|aguante|dure|viva|arme|libre|sobreviva|llegar|pasar|aguantar|"
    r"durar|vivir|sobrevivir|problema|carga|estorbo|molestia|aguantar|"
    r"soportar|estar|estare|esperen|esperes|busquen|busques|llego|llegare|paso|duro|salgo|"
    r"prometer|ven|ver|veran|veras|lata|molestar|estorbar|guerra|problemas|seguro|poliza|"
    r"encontrar|hallar|mantener|cargar)\b",
    "last": r"\b(ultim|acaba|termina|despido)",
    "god": r"\b(dios|diosito|senor|virgencita|cielo)\b",
    "chance": r"\b(atropell|arroll|infarto|ataque|derrame|bala|tiro|cancer|conmigo)",
    "means": r"\b(soga|cuerda|pistola|arma|revolver|fierro|escopeta|veneno|raticida|matarratas|"
    r"carbon|sellar|tapar|tina|ratas|ratones|cucarachas|plagas|anafre|brasero|llaves)\b",
    "harm": r"\b(cortes|cicatrices|quemaduras|heridas|raj|ray|rasgu|marq|quem|cort|sangr|venda|"
    r"vendad|hasta|rayitas|rayas|rayones|lineas|marcas|tape|tapo|cubri|cubro|escond|curitas|"
    r"gasas)",
    "pills": r"\b(tome|trague|meti|tomado|tragado|metido|tomo|pinche|inyecte|puse)\b",
    "place": r"\b(vias|via|puente|azotea|acantilado|barranco|monte|linea|rio|mar|lago|presa|"
    r"represa|laguna|canal|pozo)\b",
    "weary": r"\b(canse|harte|aburri|respir|ojos|siempre|amanezco|despierto|volver)",
}
# Every word these rules read, for the lexicon's first look at a sentence.
FINALITY_WORDS_ES = r"\b(" + "|".join(s[3 : s.rindex(")")] for s in _NEEDS.values()) + r")"


def _net(category: str, pattern: str, needs: str, **guards: object) -> Rule:
    """A rule of the net, tried only in a sentence holding its words."""
    made = rule(category, pattern, **guards)  # type: ignore[arg-type]
    return replace(made, net=True, needs=_NEEDS[needs])


FINALITY_RULES_ES: tuple[Rule, ...] = (
    # "no creo que llegue al lunes el paquete": a thing arriving, not the client.
    _net(
        SUICIDAL_IDEATION,
        _UNDERSTATED_END,
        "understated",
        benign_after=r"^\s*(el|la|los|las|tu|su|mi)\s+(?!(vida|neta|verdad|vdd|mera)\b)\w+|"
        + _EVERYDAY_END_BENIGN,
        negatable=False,
    ),
    _net(
        SUICIDAL_IDEATION,
        _UNDERSTATED_MORE,
        "understated",
        benign_after=_EVERYDAY_END_BENIGN,
        negatable=False,
    ),
    _net(SUICIDAL_IDEATION, _LAST_TIME, "last", benign_after=_LAST_TIME_BENIGN_AFTER),
    _net(
        SUICIDAL_IDEATION,
        _TO_GOD,
        "god",
        # "llévame contigo a Cancún", "que Dios me lleve con bien a casa".
        benign_after=r"^\s*(contigo\s+)?(a|al|pa|para)\s+(?!el\s+cielo)\w+|^.*\b(con\s+bien|"
        r"con\s+salud|sano|sana|de\s+regreso|a\s+casa|de\s+vuelta|con\s+cuidado|al\s+trabajo)\b",
    ),
    _net(SUICIDAL_IDEATION, _TAKEN_BY_CHANCE, "chance", negatable=False),
    _net(SUICIDAL_IDEATION, _MEANS_AT_HAND, "means", benign_after=_MEANS_BENIGN_AFTER),
    _net(SELF_HARM, _HARM_BY_EFFECT, "harm", benign_after=_HARM_BENIGN_AFTER),
    _net(OVERDOSE, _PILLS_TAKEN, "pills"),
    _net(
        SUICIDAL_IDEATION,
        _TIME_AND_PLACE,
        "place",
        benign_after=_TIME_AND_PLACE_BENIGN_AFTER,
        negatable=False,
    ),
    _net(SUICIDAL_IDEATION, _WEARY, "weary"),
    _net(
        SUICIDAL_IDEATION,
        _WAY_OUT,
        "wayout",
        benign_after=_WAY_OUT_BENIGN_AFTER,
        benign_before=_WAY_OUT_BENIGN_BEFORE,
    ),
)
