"""Spanish crisis said by what is at hand: the place, the means, the count, the time.

A client close to acting often names none of the words of dying: "estoy en la
azotea, piso 12, viendo pa abajo", "tengo la escopeta cargada en mi cuarto",
"medio bote de lorazepam con vino", "ya tengo la pastilla del gorgojo", "el
viernes cuando todos se vayan lo hago". These rules read those situations in
general form, by semantic field, each tried only in a sentence holding its
words. Someone close in the same situation ("mi hijo compró una cuerda y la
escondió debajo de la cama", "mi tía dijo que esta semana se quita la vida") is
flagged too: a clinician must hear it tonight.

What was already done or arranged is read the same way: pills taken by the amount
or "una tontería con las pastillas", poison mixed into a drink, a rope tied to a
beam, a door locked with a blade inside, an engine running in a shut garage, the
way to the river, the end said as a fact of the calendar ("de esta noche no
paso"), arrangements for afterwards ("para que no me encuentren a tiempo", the
money for the burial), sessions with no future, calm after deciding, a burden
ending, and someone close gone with the means or found beside empty blisters.

The everyday senses they share words with are exempted by their own words in
the same sentence: a gun for hunting, pills counted to last until the next
appointment, a hangover, a bridge for photos, a tree for a picnic, weed killer
for the plants, a knife for the cake, a session missed for an exam.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.spanish_others import FICTION_BEFORE_ES
from shared.language.crisis.spanish_words import DRUGS_ES, QUIERO

# Heights and water where people end their lives.
_EDGE = (
    r"(puente|azotea|techo|cornisa|barranda|baranda|barandal|barandilla|orilla|borde|"
    r"acantilado|barranco|precipicio|vias|via\s+del\s+tren|represa|presa|rio|mar|lago|"
    r"balcon|ventana|edificio|piso\s+\d+|malecon|muelle|risco|penasco|viaducto|mirador)"
)
# Being there, or standing on the edge of it: "estoy en la azotea del edificio
# viendo pa abajo", "parado en la baranda del puente y no me quiero bajar".
_EDGE_BENIGN = (
    r"\b(fotos?|selfie|paseo|pasear|caminata|correr|trotar|turismo|vista\s+(bonita|hermosa)|"
    r"atardecer|amanecer|picnic|pescar|nadar|kayak|surf|trabajo|chamba|obra|reparar|arreglar|"
    r"antena|tinaco|goteras?|impermeabiliz\w*|tender|tendiendo|ropa|vecinos|desfile|paisaje|"
    r"ciudad|calle|gente|fuegos|cohetes|esperar|esperando|recoger|llega|perro|gato|trampolin|"
    r"clavados?|nos\s+vemos|quedamos|cruzar|esperar\s+el\s+tren|arreglando|reparando|limpiando|"
    r"pintando|vista|jugando|ver\s+pasar|a\s+ver\s+(el|la|los|las|un|una|como|que|q)|precios[oa]|"
    r"bonit[oa]|hermos[oa]|carne\s+asada|asado|fiesta|musica|cerveza|chela)\b"
)
# The words between an edge and what is said there, none of them an everyday reason.
_QUIET_GAP = r"\b(\s+(?!" + _EDGE_BENIGN[2:] + r")\w+){0,8}?"
_AT_THE_EDGE = {
    r"\b(parad|sentad|subid|trepad|arriba)": (
        r"\b(parad[oa]|sentad[oa]|subid[oa]|trepad[oa]|arriba)\s+(en|sobre|de)\s+(la|el)\s+"
        r"(baranda|barandal|barandilla|barda|orilla|borde|cornisa|muro|pretil|ventana)\s+"
        r"(del?|de\s+la)\s+(\w+\s+)?(puente|edificio|azotea|techo|balcon|acantilado|barranco|presa|"
        r"represa|piso)\b"
    ),
    r"\b(lejos)\b": (
        r"\b(estoy|ando|sigo)\s+(en|arriba\s+de|sobre)\s+(el|la|las)\s+"
        + _EDGE
        + _QUIET_GAP
        + r"\s+(el\s+piso|la\s+calle|el\s+suelo|abajo|el\s+agua)\s+se\s+ve\s+"
        r"(muy\s+|bien\s+|re\s+)?lejos\b"
    ),
    r"\b(viendo|mirando|asomad)": (
        r"\b(estoy|ando|sigo)\s+(en|arriba\s+de|sobre)\s+(el|la|las)\s+"
        + _EDGE
        + _QUIET_GAP
        + r"\s+(viendo|mirando|asomad[oa])\s+((pa|para|hacia|al)\s+)?(abajo|el\s+vacio|vacio|"
        r"el\s+agua)\b"
    ),
    r"\b(bajar|bajo|regresar|regreso|vez)\b": (
        r"\b"
        + _EDGE
        + _QUIET_GAP
        + r"\s+(no\s+(me\s+("
        + QUIERO
        + r"|pienso|voy\s+a)|quiere|piensa|se\s+quiere|pienso|voy\s+a)\s+"
        r"(bajar|bajarme|bajarse|regresar)"
        r"(?!\s+(hasta|en\s+(un|una|el|la)|a\s+(comer|cenar|desayunar))\b)|"
        r"esta\s+vez\s+si|ya\s+no\s+me\s+(bajo|regreso))\b"
    ),
    # Going there to stay: "mañana me voy a la represa y no vuelvo", "voy pa las vías".
    r"\b(vuelvo|regreso|volvere|regresare|salgo)\b": (
        r"\b(me\s+voy|voy|me\s+ire|ire)\s+(\w+\s+){0,2}?(a|al|pa|pal|para|hacia)\s+(la|el|las)?\s*"
        r"(represa|presa|rio|mar|lago|puente|vias|via\s+del\s+tren|azotea|acantilado|barranco)\b"
        r"(\s+(?!a\s+\w+ar\b)\w+){0,4}?\s+y\s+(ya\s+)?no\s+(vuelvo|regreso|volvere|regresare|"
        r"salgo)\b"
        # "... y no vuelvo a tomar esa ruta": a road given up, not a life.
        r"(?!\s+(hasta|sino|antes|temprano|tarde|pronto|en\s+(la|el|todo|toda)|a\s+\w*(ar|er|"
        r"ir)\b))"
    ),
    r"\b(vias|via)\b": (
        r"\b(voy|ya\s+voy|me\s+voy|estoy\s+yendo|ya\s+voy\s+llegando)\s+(pa|para|hacia|a)\s+(las|"
        r"la)\s+"
        r"(vias|via\s+del\s+tren)\b"
    ),
}

# Means kept where no one looks, loaded, or in the hand: "tengo la escopeta de
# mi tío cargada en mi cuarto", "el cuchillo ya está debajo de la almohada",
# "mi apá tiene una pistola y ya sé dónde esconde la llave", "estoy en el baño
# con la navaja y la tina llena".
# Not a toy: "la pistola de agua", "la pistola de juguete".
_NOT_A_TOY = r"(?!\s+de\s+(agua|juguete|paintball|gotcha|balines|diabolos|utileria|plastico)\b)"
_MEANS = (
    r"(pistola|arma|revolver|escopeta|rifle|fusca|cuete|fierro|cuchillo|navaja|gillette|cutter|"
    r"soga|cuerda|lazo|mecate|veneno|raticida|matarratas|" + DRUGS_ES[1:-1] + r")" + _NOT_A_TOY
)
_GUN = r"(pistola|arma|revolver|escopeta|rifle|fusca|cuete|fierro)" + _NOT_A_TOY
_MEANS_KEPT = {
    r"\b(debajo|abajo|bajo)\b": (
        r"\b"
        + _MEANS
        # "una cuerda para escalar": a purpose named.
        + r"\b(?!\s+(para|pa)\s+(escalar|tender|acampar|jugar|brincar|saltar)\b)"
        r"(\s+\w+){0,8}?\s+(debajo\s+de|abajo\s+de|bajo)\s+(la|mi|su)\s+"
        r"(cama|almohada|colchon)\b(?!.*\b(ninos|nino|nina|ninas|bebe|nietos|chamacos|chicos|perro|"
        r"perrita|gato|gata|cachorro|mascota)\b)"
    ),
    r"\b(mochila|bolsa|cajuela|guantera|cajon|buro|bolsillo|chamarra)\b": (
        r"\b" + _GUN + r"\b(\s+\w+){0,4}?\s+(ya\s+)?(esta|la\s+tengo|lo\s+tengo|la\s+guarde|"
        r"lo\s+guarde|la\s+meti|lo\s+meti)\s+en\s+mi\s+(mochila|bolsa|cajuela|guantera|cajon|"
        r"buro)\b|"
        # "llevo el cuchillo en la mochila desde ayer".
        r"\b(llevo|traigo|cargo|ando\s+con)\s+(el|la|un|una|mi)\s+(cuchillo|navaja|pistola|arma|"
        r"cutter|"
        r"gillette|soga|cuerda)\s+en\s+(la|mi)\s+(mochila|bolsa|bolsillo|chamarra)\b"
    ),
    r"\b(cargad|cargue)": (
        # Hunting or cleaning named anywhere in the sentence, and not denied.
        r"^(?!.*\b(?<!no para )(?<!ni para )(?<!no pa )(cazar|caza|caceria|venado|venados|patos|"
        r"temporada|latas|tiro\s+al\s+blanco|campo\s+de\s+tiro|club\s+de\s+tiro|limpi\w+)\b).*?\b"
        + _GUN
        + r"\b(\s+\w+){0,4}?\s+cargad[oa]\b|\bcargue\s+(la|el|mi)\s+"
        + _GUN
        + r"\b|"
        # "tengo la pistola de mi viejo en mi cuarto y ya la cargué".
        r"\b" + _GUN + r"\b(\s+\w+){0,8}?\s+(y\s+)?(ya\s+)?(la|lo)\s+(cargue|tengo\s+cargad[oa])\b"
    ),
    r"\b(donde)\b": (
        r"\b" + _GUN + r"\b(\s+\w+){0,8}?\s+(ya\s+)?(se|encontre|averigue|descubri)\s+donde\s+"
        r"(esconde|guarda|tiene|deja|estan?)\s+(la|las|el)\s+(llave|llaves|balas|cartuchos|"
        r"municion)\b"
        r"(?!\s+(del|de\s+la|de\s+el)\s+(carro|coche|auto|camioneta|casa|moto|oficina|bodega|"
        r"buzon))"
    ),
    # Means ready where the client is: "tengo la navaja lista en el baño".
    r"\b(lista|listo|listas|listos|preparad\w*)\b": (
        r"\b(tengo|traigo|deje|puse|ya\s+esta|ya\s+estan)\s+(la|el|las|los|mi|mis|una|un)\s+"
        r"(navaja|cuchillo|gillette|cutter|soga|cuerda|pistola|arma|veneno|raticida)\s+"
        r"(list[oa]s?|preparad[oa]s?)\b(?!\s+(para|pa|pal)\s+(?!(esta\s+noche|hoy|manana|hacerlo|"
        r"usarl[oa]|matarme|cortarme|colgarme|mi|cuando)\b)\w+)"
    ),
    # In a room with the means: "estoy en el baño con todas las pastillas".
    r"\b(bano|cuarto|recamara|closet|azotea|cochera|garaje)\b": (
        r"\b(estoy|sigo|ando)\s+(encerrad[oa]\s+)?en\s+(el|la|mi)\s+(bano|cuarto|recamara|closet|"
        r"azotea|cochera|garaje)\s+con\s+(todas\s+|todos\s+)?(las|los|mis|la|el|una|un)\s+("
        + DRUGS_ES[1:-1]
        + r"|navaja|cuchillo|gillette|cutter|soga|cuerda|pistola|arma|veneno|raticida)\b"
        # Sorting a grandmother's pills for the pharmacy is not this.
        r"(?!.*\b(farmacia|organiz\w*|acomod\w*|receta|doctor|doctora|enfermera|afeitar|rasurar|"
        r"depilar|cocina)\b)"
    ),
    # Shut in with the means: "se encerró en el baño con las pastillas".
    r"\b(encerr\w*|encierr\w*)\b": (
        r"\b(me|se)\s+(encerre|encerro|encierro|encierra|encerraron)\s+(\w+\s+){0,4}?con\s+"
        r"(todas\s+|todos\s+)?(las|los|unas|unos|la|el|una|un|mis|sus)\s+"
        # "con el frasco de las pastillas del corazón".
        r"((frasco|bote|caja|blister|botella)\s+(de\s+)?((las|los|sus|mis)\s+)?)?("
        + DRUGS_ES[1:-1]
        + r"|navaja|cuchillo|"
        r"gillette|cutter|soga|cuerda|pistola|arma|veneno|raticida)\b"
    ),
    r"\b(mano|manos|conmigo)\b": (
        r"\b(tengo|traigo|agarre)\s+(el|la|un|una|mi)\s+(cuchillo|navaja|gillette|cutter|pistola|"
        r"arma)\s+(en\s+la\s+mano|en\s+las\s+manos|aqui\s+conmigo|conmigo)\b(\s+\w+){0,6}?\s+"
        r"(no\s+se\s+si|ganas\s+de\s+(usarl|hacerlo|cortarme|clavarmel)|no\s+(puedo|"
        r"voy\s+a\s+poder)\s+"
        r"parar|no\s+me\s+puedo\s+(detener|controlar|parar))"
    ),
    r"\b(tina)\b": (
        r"\b(navaja|cuchillo|gillette|rastrillo|cutter)\b(\s+\w+){0,6}?\s+(la\s+)?tina\s+llena\b"
    ),
    # Rat poison where there are no rats; the grain fumigant pill.
    r"\b(ratas|ratones|plagas|cucarachas)\b": (
        r"\b(veneno|raticida|matarratas)\b(\s+\w+){0,6}?\s+(y|pero)\s+(aqui\s+|en\s+casa\s+)?no\s+"
        r"(hay|tengo|tenemos)\s+(ratas|ratones|plagas|cucarachas)\b"
    ),
    r"\b(gorgojo|fosfuro|fosfina|phostoxin|gastoxin)\b": (
        r"\bpastillas?\s+(del|de|para\s+el|pal|contra\s+el)\s+gorgojo\b|\b(fosfuro|fosfina|"
        r"phostoxin|gastoxin)\b"
    ),
}
# A reason denied is no reason: "es para mí, no para cazar", "ya no quiero proteger a nadie".
_MEANS_BENIGN = (
    r"\b(?<!no para )(?<!ni para )(?<!no pa )(?<!no para los )(?<!no para las )(?<!no quiero )"
    r"(?<!no es para )(cazar|caceria|venado|venados|patos|temporada|latas|campo\s+de\s+tiro|"
    r"club\s+de\s+tiro|rancho|ladrones|rateros|proteger|proteger\w+|defender\w*|defensa|"
    r"cocina|cocinando|picar|pelar|cebolla|carne|verdura|pescado|pollo|jardin|asado|parrillada|"
    r"porque\s+hay|se\s+meten|salen\s+(ratas|ratones)|vi\s+una?\s+(rata|raton)|granos?|bodega|"
    r"silo|cosecha|costal|tendedero|tender|columpio|hamaca|campamento|escalar|mudanza|balas\s+de\s+"
    r"salva|tiro\s+al\s+blanco)\b"
)

# Pills with drink, counted enough or by the half box: "medio bote de lorazepam
# con vino", "3 cervezas encima de la quetiapina a propósito", "contando las
# pastillas que tengo guardadas y ya me alcanzan".
_DRINK = (
    r"(cervezas?|chelas?|caguamas?|vino|alcohol|tequila|ron|vodka|whisky|mezcal|pisco|"
    r"aguardiente|fernet|guaro|licor|tragos|pomo)"
)
_AMOUNT = (
    r"(a\s+proposito|adrede|a\s+ver\s+si|medi[oa]\s+(bote|frasco|blister|caja|tira)|todo\s+el|"
    r"toda\s+la|todas\s+las|todos\s+los|entero|entera|completo|completa|una\s+caja|un\s+frasco|"
    r"un\s+bote|un\s+blister|\d{2,}|encima\s+(de|del)|(una|la|media|toda\s+la)\s+botella|"
    r"un\s+litro)"
)
_PILLS_AND_DRINK = (
    r"^(?=.*\b" + DRUGS_ES + r"\b)(?=.*\b" + _DRINK + r"\b)(?=.*\b" + _AMOUNT + r"\b)"
    r"(?!.*\b(resaca|cruda|guayabo|chuchaqui|raton|dolor\s+de\s+(cabeza|muela)|cena|comida|fiesta|"
    r"reunion|despensa|super|mandado|botiquin|compre|compramos|no\s+(me\s+)?"
    r"(tome|mezcle|mezcles|tomes|tomar)|no\s+(se\s+)?debe|prohib\w+|tratamiento|doctor|doctora|"
    r"medic[oa]|receta|ya\s+puedo|termine|acabe|antibiotic\w*)\b)"
)
_PILLS_ENOUGH = (
    # "ya tengo la dosis calculada".
    r"\b(la|una|mi)\s+dosis\s+(\w+\s+)?(calculada|exacta|letal|mortal|que\s+no\s+falla)\b"
    r"(?!\s+(para|pa|del?)\s+(el|la|mi|tu|su)\s+(bebe|perro|perra|gato|gata|nino|nina|paciente|"
    r"abuel\w+|medicamento|tratamiento|insulina))|"
    r"\b" + DRUGS_ES + r"\b(\s+\w+){0,8}?\s+(ya\s+(me\s+)?alcanza\w*|con\s+eso\s+(me\s+)?(alcanza|"
    r"basta|es\s+suficiente)|ya\s+son\s+(suficientes|bastantes))\b|"
    r"\b(contando|conte|cuento|junte|juntando|guarde|guardando)\s+(las|mis)\s+"
    + DRUGS_ES
    + r"\b(\s+\w+){0,6}?\s+(ya\s+(me\s+)?alcanza\w*|ya\s+son\s+(suficientes|bastantes))\b|"
    # Pills, then counted as enough, for nothing named: "💊💊💊 ya las conté, son
    # suficientes" ("... para la gira" is a trip's).
    r"\b"
    + DRUGS_ES
    + r"\b(?!\s+(del|de\s+(la|mi|los|las))\s+(perr\w*|gat\w*|mascota\w*|loro|caballo))"
    r"(\s+(?!(para|pa|pal|hasta)\b)\w+){0,3}?\s+(ya\s+)?(las|los)\s+"
    r"(conte|he\s+contado|tengo\s+contad[oa]s)(\s+(?!(para|pa|pal|hasta)\b)\w+){0,3}?\s+(ya\s+)?"
    r"(son|hay|me\s+alcanzan|alcanzan)\s+(suficientes|bastantes|de\s+sobra)\b"
    r"(?!\s+(\w+\s+){0,2}?(para|pa|pal|hasta)\b(?!\s+(mi|morir\w*|acabar|terminar|siempre|"
    r"no\s+despertar)\b))|"
    r"\b(\d{2,}|veinte|treinta|cuarenta|cincuenta|cien)\s+" + DRUGS_ES + r"\s+(contadas|juntadas|"
    r"guardadas|ahorradas|separadas|escondidas)\b|"
    r"\bme\s+tome\s+(todas|todos)\s+(las|los)\s+(del|de\s+la|de\s+mi)\s+(frasco|caja|bote|blister|"
    r"tira|paquete)\b|"
    r"\b(me\s+)?(baje|bajo|empine|zampe|meti|comi)\s+(el|la|un|una|todo\s+el|toda\s+la)\s+"
    r"(blister|caja|frasco|bote|tira|paquete)\s+(entero|entera|completo|completa|de\s+"
    + DRUGS_ES
    + r")\b"
)
_PILLS_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,4}?((hasta|para|pa)\s+(todo\s+)?(la|el|mi|lo\s+que\s+queda\s+del?)\s+(cita|"
    r"consulta|proxima|quincena|fin|mes|semana|tratamiento|viaje|ano|vacaciones)|del\s+(mes|"
    r"tratamiento)|de\s+la\s+(receta|semana)|la\s+receta|farmacia|surtir|hasta\s+(enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|fin\s+de\s+(mes|"
    r"ano)|"
    r"la\s+proxima|el\s+proximo|que\s+me\s+(den|surtan|vea|cite)))\b"
)

# A wish to have died before: "mejor me hubiera quedado en ese choque", "ojalá
# no me hubieran salvado".
_HAD_DIED = (
    # Under the earth rather than this: "prefiero estar bajo tierra que seguir así".
    r"\b(prefiero|preferiria|quisiera|quiero|mejor|ojala)\s+(ya\s+)?(estar|estuviera)\s+"
    r"(tres\s+metros\s+)?(bajo\s+tierra|en\s+el\s+(panteon|cementerio)(?!\s+(de|del|con|para|"
    r"pa)\b)|"
    r"en\s+un\s+(ataud|cajon))\b|"
    r"\b(mejor|ojala|preferiria|hubiera\s+preferido)\s+(\w+\s+)?(me\s+hubiera|me\s+hubiese|"
    r"hubiera|hubiese)\s+(quedado|muerto|morido)\s+(en|con)\s+(ese|el|aquel|esa|la|aquella)\s+"
    r"(choque|accidente|operacion|parto|incendio|asalto|volcadura|sobredosis|intento|cirugia)\b|"
    r"\b(ojala|mejor|hubiera\s+preferido\s+que)\s+(no|nunca)\s+me\s+(hubieran|hubiesen|hubiera)\s+"
    r"(salvado|encontrado|revivido|rescatado|operado(?!\s+(de|del)\b)|lavado\s+el\s+estomago)\b"
)

# Dying in slang: "me quiero petatear", "quisiera palmarla", "cuelgo los tenis
# por mi propia mano".
_SLANG_DYING = (
    r"\b(" + QUIERO + r"|quisiera|ojala|ganas\s+de|me\s+gustaria|voy\s+a|vo\s+a|ya\s+mero|pienso|"
    r"deseo|mejor)\s+(me\s+)?(petatear(me)?|petateo|palmarla|la\s+palmo|pelarla|la\s+pelo|"
    r"espicharla|estirar\s+la\s+pata|estire\s+la\s+pata|estirara\s+la\s+pata|la\s+palme|"
    r"chupar\s+faros|irme\s+al\s+otro\s+barrio)\b|"
    # "Colgar los tenis" is also retiring from a sport: only by one's own hand.
    r"\b(colgar|cuelgo|colgare)\s+los\s+(tenis|tacos|guantes)\b(\s+\w+){0,6}?\s+(por|con)\s+"
    r"(mi\s+)?(propia\s+mano|mano\s+propia)\b"
)

# A time set with no one around: "el viernes cuando todos se vayan a trabajar
# lo hago", "para cuando se duerman todos".
_NO_ONE_AROUND = (
    r"\b(cuando|en\s+cuanto|apenas|ni\s+bien)\s+(todos\s+)?(se\s+(vayan|duerman|salgan)|"
    r"no\s+haya\s+nadie|me\s+quede\s+sol[oa])\b(\s+\w+){0,4}?\s+lo\s+(hago|hare|voy\s+a\s+hacer)"
    r"\s*$|"
    r"\bya\s+(vi|se|revise|checo|cheque)\s+(a\s+)?(que|q)\s+hora\s+no\s+(pasa|hay)\s+nadie\b|"
    # "hoy voy a hacer lo que tenía pensado desde hace meses".
    r"\b(hoy|esta\s+noche|manana|ya)\s+(voy\s+a\s+hacer|hago|hare)\s+lo\s+(que|q)\s+(tenia|tengo|"
    r"llevo|traia)\s+(\w+\s+)?(pensado|planeado|decidido)\b"
)

# A way thought out that does not hurt: "pensando en cómo hacerlo para que no duela";
# tears refused: "que nadie me llore".
_PAINLESS = (
    r"\b(pensando|pienso|pense|investigando|investigue|buscando|busque|viendo)\s+(en\s+)?"
    r"(como|la\s+forma\s+de|la\s+manera\s+de)\s+(hacerlo|matarme|morir|irme)\s+((para|pa)\s+(que|"
    r"q)\s+"
    r"no\s+(me\s+)?(duela|sufra)|sin\s+(que\s+)?(me\s+)?(duela|dolor|sufrir))\b|"
    r"\b((que\s+)?nadie\s+me\s+llore|no\s+me\s+lloren|que\s+no\s+me\s+lloren|"
    r"no\s+lloren\s+por\s+mi)\b"
)

# Indifferent to dying: "me da igual si me atropella un camión".
_INDIFFERENT = (
    r"\b(me\s+da\s+igual|me\s+daria\s+igual|me\s+vale|no\s+me\s+importa|no\s+me\s+importaria)\s+"
    r"(si|que)\s+(me\s+)?(atropell\w+|muero|muera|muriera|mat\w+|choca|choque|caigo|"
    r"cayera|morir|morirme)\b"
)

# Imagined, or tried on: "cuando paso por el puente me imagino saltando", "me
# veo en mi funeral", "anoche me puse el cinturón en el cuello".
_IMAGINED = (
    r"\b(me\s+imagino|me\s+imagine|me\s+veo|me\s+vi|imaginarme|imaginandome|fantaseo\s+con)\s+"
    r"(\w+\s+){0,2}?(saltando|tirandome|aventandome|lanzandome|cayendo\s+(de|del|desde)"
    r"(?!\s+(la\s+|el\s+|mi\s+)?(caballo|bici\w*|patineta|moto|escalera|cama|silla|columpio|"
    r"tobogan|"
    r"patines|escenario)\b)|"
    r"colgad[oa]|colgando\s+de|muert[oa](?!\s+de\s+\w+)|ahorcad[oa]|desangrando\w*|en\s+(un|"
    r"mi)\s+(ataud|"
    r"funeral|velorio|entierro))\b|"
    r"\b(me\s+)?(puse|pongo|amarre|ate|enrede|apriete|apreto)\s+(el|la|un|una|mi)\s+(cinturon|"
    r"cuerda|soga|cable|cordon|lazo|mecate|extension|agujeta|correa|cinto)\s+(alrededor\s+)?"
    r"(en|al|del|de)\s+(el\s+|mi\s+)?cuello\b"
)
_IMAGINED_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,3}?(de\s+(alegria|gusto|emocion|felicidad|risa)|en\s+(la|el)\s+(alberca|"
    r"piscina|trampolin|cama|concierto|fiesta)|paracaidas|bungee|para\s+(la|el)\s+(foto|video|"
    r"disfraz|obra)|en\s+el\s+(paracaidas|bungee))\b"
)

# The place chosen; letters left at home; a keepsake given: "ya escogí el
# lugar, el árbol detrás de la casa", "dejé cartas pa mi mamá en el buró", "le
# di mi anillo a mi hermana pa que tenga un recuerdo mío".
_LEFT_BEHIND = (
    r"\bya\s+(escogi|elegi|encontre|tengo|decidi)\s+(el\s+lugar|el\s+sitio|el\s+arbol|la\s+rama|"
    r"la\s+viga)\b(\s+(?!(para|pa|pal)\b)\w+){0,6}?\s+(arbol|rama|viga|puente|azotea|vias|"
    r"edificio|barranco|acantilado|rio|presa|represa|monte|bosque)\b|"
    r"\b(deje|escribi|puse|escondi|tengo|he\s+escrito|he\s+dejado|he\s+puesto)\s+(\w+\s+)?"
    r"(cartas?|notas?|recados?|testamento)\s+(\w+\s+){0,10}?"
    r"(buro|escritorio|cajon|almohada|comedor|cama|teclado|refri|refrigerador|tocador|"
    r"mesita|ropero|closet)\b|"
    r"\b(le|les|te)\s+(di|deje|regale)\s+(mi|mis)\s+\w+\s+(\w+\s+){0,4}?(pa|para)\s+(que|q|k)\s+"
    r"(tenga|tengan|tengas|me\s+recuerde|me\s+recuerden|me\s+recuerdes)\s+(un\s+recuerdo\s+mio|"
    r"algo\s+mio|algo\s+de\s+mi|siempre)\b"
)
_LEFT_BEHIND_BENIGN = (
    r"\b(fiesta|boda|cumple\w*|aniversario|san\s+valentin|regalo|sorpresa|picnic|fotos?|"
    r"sesion|reunion|carne\s+asada|posada|amor|escuela|tarea|super|mandado|compras|lista|"
    r"intercambio|me\s+mudo|me\s+voy\s+a\s+vivir|viaje|extranjero|beca|mision|se\s+va|se\s+muda|"
    r"estudiar|fuera|lejos|graduacion|parque|quince|xv|comida|cena|desayuno|horno|recoger|"
    r"llamar|pagar|recibo|dia\s+del\s+(nino|padre)|dia\s+de\s+las?\s+madres?|navidad|reyes|"
    r"raton\s+perez|hada|notario|abogado|licenciado|copia|tramite\w*)\b"
)

# Someone close reported not wanting to live: read apart, "vivir" being common.
_OTHERS_NOT_LIVING = {
    r"\b(vivir|viviendo|existir|vivo|viva|seguir)\b": (
        r"\b(dijo|dice|decia|me\s+dijo|me\s+escribio|anda\s+diciendo)\s+(que|q|k)\s+((ya|"
        r"tampoco)\s+)?"
        r"no\s+(quiere|queria|quisiera)\s+(vivir|seguir\s+viviendo|existir|seguir\s+viv[oa]|"
        r"estar\s+viv[oa])\b(?!\s+(en|con|aqui|aca|alla|sol[oa])\b)|"
        # "dice que ya no quiere seguir", with nothing it would stop.
        r"\b(dijo|dice|decia|me\s+dijo|me\s+escribio|anda\s+diciendo)\s+(que|q|"
        r"k)\s+ya\s+no\s+(quiere|"
        r"queria|puede)\s+seguir\s*$|"
        r"\b(pa|para)\s+(que|q|k)\s+(sigue|seguir|sigo|sigues)\s+viv[oa]\b"
    ),
}

# Crashing said by the vehicle or the wheel: "meterme debajo de un tráiler",
# "pienso en soltar el volante en la curva".
_CRASHING = {
    r"\b(trailer|camion|tren|torton|pipa|autobus|bus|carro|coche|auto|muro|pared|poste|gandola|"
    r"troca|rastra|guagua)\b": (
        # "me voy a tirar enfrente de un trailer", "meterme contra una gandola"; not under
        # it to fix it ("tuve que meterme debajo de la troca para cambiar el aceite").
        r"\b(meterme|aventarme|echarme|atravesarme|tirarme|me\s+(meto|aviento|echo|atravieso|"
        r"tiro)|me\s+(voy|vo)\s+a\s+(meter|aventar|echar|atravesar|tirar))\s+"
        r"(contra|debajo\s+de|abajo\s+de|bajo|enfrente\s+de|delante\s+de)\s+(un|una|el|la)\s+"
        r"(trailer|camion|tren|torton|pipa|autobus|bus|carro|coche|auto|muro|pared|poste|gandola|"
        r"troca|rastra|guagua)\b"
        r"(?!(\s+\w+){0,4}?\s+(para|pa|a)\s+(cambiar|revisar|arreglar|checar|ver|componer|"
        r"reparar|sacar|limpiar|buscar|soldar|apretar|engrasar|lavar)\b)"
        r"(?!.*\b(taller|mecanico|aceite|frenos|llantas?|motor)\b)"
    ),
    r"\b(frenar|freno)\b": (
        r"\b(manejar|manejo|acelerar|acelero|conducir|conduzco|me\s+voy|"
        r"irme)\s+(\w+\s+){0,3}?(hacia|"
        r"contra|al|a\s+la|"
        r"hasta)\s+"
        r"(el\s+|la\s+)?(barranco|precipicio|acantilado|muro|pared|trailer|camion|rio|mar|puente)\b"
        r"(\s+\w+){0,3}?\s+(y\s+)?(no\s+frenar|sin\s+frenar|no\s+voy\s+a\s+frenar|no\s+freno)\b"
    ),
    r"\b(volante|volantear\w*|ojos|carretera|curva|autopista|carril|acelerar)\b": (
        r"\b(pienso|pensando|pense|ganas\s+de|" + QUIERO + r"|tentad[oa]\s+a|tentacion\s+de)\s+"
        r"(en\s+)?(soltar\s+el\s+volante(?!\s+(cuando|para\s+que|pa\s+que|y\s+(dejar|que))\b)|"
        r"cerrar\s+los\s+ojos\s+(manejando|en\s+la\s+curva)|"
        r"volantear\w*|salirme\s+de\s+la\s+(carretera|curva|autopista)|"
        r"acelerar\s+contra|cruzarme\s+al\s+otro\s+carril)\b"
    ),
}

# Everything ready, named: "ya tengo todo: la carta, las pastillas y el lugar";
# the means looked for: "ya busqué dónde comprar el veneno".
_ALL_READY = (
    r"\bya\s+tengo\s+todo\s+(\s*(?!(para|pa|pal)\b)\w+\s+){0,6}?(las\s+pastillas|la\s+soga|"
    r"la\s+cuerda|la\s+pistola|la\s+navaja|el\s+veneno|la\s+carta)\b|"
    r"\b(busque|investigue|vi|averigue|pregunte|busco|buscando|investigando|averiguando|"
    r"preguntando)\s+"
    r"(donde|como)\s+(comprar|conseguir)\s+(el|un|una|la)\s+"
    r"(veneno|raticida|cianuro|pistola|arma|soga)\b(?!\s+(para|pa)\s+(las|los|el|la)?\s*(ratas|"
    r"ratones|cucarachas|plagas|jardin|tender|columpio|hormigas|moscos|mosquitos|chinches|pulgas|"
    r"termitas|pasto|maleza|barco|lancha|tendedero|escalar|mudanza))"
)

# Researched: "busqué cuántos pisos hacen falta pa no quedar vivo".
_RESEARCHED = (
    r"\b(pa|para)\s+no\s+(quedar|seguir|salir)\s+viv[oa]\b|"
    r"\bcuant[oa]s\s+(pisos|metros|miligramos|mg|pastillas|gramos)\s+(\w+\s+){0,6}?(pa|para)\s+"
    r"(morir|no\s+despertar|matarse|matarme|que\s+no\s+falle|no\s+sobrevivir)\b|"
    r"\b(pa|para)\s+(asegurarme\s+de\s+)?no\s+sobrevivir\b|"
    r"\b(vi|busque|investigue|lei|googlee|averigue)\s+(\w+\s+){0,3}?cuant[oa]s\s+(pastillas|pisos|"
    r"miligramos|mg)\s+(se\s+necesitan|hacen\s+falta|son\s+(mortales|letales|suficientes))\s*$"
)

# Someone close: "mi tía dijo que esta semana se quita la vida", "dijo q este
# finde se tira del puente", "me escribió que se va a tomar unas pastillas
# esta noche", "su audio despidiéndose", "quiere que Dios se lo lleve".
_OTHERS_AT_HAND = {
    r"\b(mata|matar|quita|quitar|suicida|suicidar|ahorca|ahorcar|cuelga|colgar|avienta|aventar|"
    r"tira|tirar)\b": (
        # "puso en el feisbu que esta noche se mata", "se fue gritando que se va a tirar".
        r"\b(dijo|dice|dicen|decia|me\s+dijo|me\s+escribio|me\s+mando|escribio|anda\s+diciendo|"
        r"gritando|gritaba|grito|diciendo|puso|posteo|publico|subio|"
        r"amenaza\s+con\s+que|amenazo\s+con\s+que)(\s+(en|por)\s+(el|la|su|sus)\s+\w+)?\s+"
        r"(que|q|k)\s+(\w+\s+){0,4}?se\s+((va|"
        r"iba)\s+a\s+)?"
        r"(mata|matar|quita\s+la\s+vida|quitar\s+la\s+vida|suicida|suicidar|ahorca|ahorcar|cuelga|"
        r"colgar|(avienta|aventar|tira|tirar)\s+(de|del|al|a\s+las|a\s+la|desde))\b"
        # "se mata trabajando": effort; "se va a tirar al río a nadar": a swim.
        r"(?!\s+(\w+ando|\w+iendo|de\s+(risa|hambre|cansancio)|a\s+(trabajar|estudiar|chambear))\b)"
        # "... si el américa no gana": a team's joke.
        r"(?!\s+(\w+\s+){0,3}?si\s+(el|la|los|las|pierde|pierden|no\s+gana|gana)\b)"
        r"(?!\s+(\w+\s+){0,3}?(trampolin|alberca|piscina|pileta|tobogan|resbaladilla|paracaidas|"
        r"bungee|lago|rio|muelle|bici|bicicleta|avion|salto|paracaidismo|patineta|mar|"
        r"clavados?|tirolesa|nadar|banarse|banar|medalla|mochila|cuadro|foto|cama|sillon|sofa|"
        r"hamaca|"
        r"pasto|arena)\b)"
    ),
    r"\b(tomar|tragar)\b": (
        r"\b(me\s+)?(escribio|dijo|mando|aviso)\s+(que|q|k)\s+se\s+(va\s+a|iba\s+a)\s+(tomar|"
        r"tragar)\s+"
        r"(unas|todas|las|sus|todas\s+sus|todas\s+las|un\s+monton\s+de)\s+" + DRUGS_ES + r"\s+"
        r"(\w+\s+)?(hoy|esta\s+noche|ya|ahorita)\b"
    ),
    r"\b(despidiendose|despidio|despidiendo|despide)\b": (
        # "subió una historia diciendo que ya se despide de todos".
        r"\b(diciendo|dice|dijo|escribio|puso|publico|subio)\s+(que|"
        r"q)\s+((\w+\s+){1,6}?(y\s+)?(que|q)\s+)?"
        r"(ya\s+)?se\s+(despide|despidio|"
        r"esta\s+despidiendo)\s+de\s+(todos|todo\s+el\s+mundo|nosotros|la\s+familia)\b"
        r"(?!.*\b(fiesta|boda|viaje|se\s+muda|mudanza|aeropuerto|renuncia|trabajo|vacaciones|"
        r"porque)\b)|"
        r"\b(audio|mensaje|video|carta|nota)\s+(\w+\s+)?despidiendose\b(?!.*\b(porque|"
        r"se\s+va\s+(a|de|al)|"
        r"viaje|se\s+muda|mudanza|fiesta|boda|aeropuerto|vacaciones)\b)|"
        # "me mandó un audio llorando, se estaba despidiendo de todos".
        r"\b(audio|mensaje|video|llamada|llorando)\b(\s+\w+){0,4}?\s+se\s+(estaba|esta|andaba|"
        r"anda)\s+"
        r"despidiendo\s+de\s+(todos|todo\s+el\s+mundo|nosotros|la\s+familia)\b"
        r"(?!.*\b(fiesta|boda|viaje|se\s+muda|mudanza|aeropuerto|renuncia|trabajo|vacaciones)\b)|"
        r"\bse\s+(estaba|esta|andaba|anda)\s+despidiendo\s+de\s+(todos|todo\s+el\s+mundo|nosotros|"
        r"la\s+familia)\b(\s+\w+){0,4}?\s+(llorando|por\s+(telefono|mensaje|audio|whatsapp|face|"
        r"insta))\b"
        r"(?!.*\b(fiesta|boda|viaje|se\s+muda|mudanza|aeropuerto|renuncia|trabajo|vacaciones)\b)|"
        r"\bse\s+despidio\s+de\s+(todos|nosotros|mi|toda\s+la\s+familia)\b(\s+\w+){0,6}?\s+(no\s+"
        r"contesta|no\s+responde|apago)\b"
    ),
    r"\b(dios|diosito)\b": r"\b(que|q)\s+(dios|diosito)\s+se\s+(lo|la)\s+(lleve|recoja)\b",
    # "publicó en sus historias que ya se va para siempre".
    r"\b(siempre)\b": (
        r"\b(publico|subio|posteo|puso|escribio|dijo|dice|mando)\s+(\w+\s+){0,4}?(que|q)\s+(ya\s+)?"
        r"se\s+va\s+(para|pa)\s+siempre\b(?!\s+(a|al|de|del|con)\s)"
    ),
    r"\b(escondio|guardo|compro|consiguio|cargo)\b": (
        r"\b(escondio|guardo|compro|consiguio)\s+(una|la|un|el|su)\s+"
        + _MEANS
        # "una cuerda para escalar": a purpose named.
        + r"\b(?!\s+(para|pa)\s+(escalar|tender|acampar|jugar|brincar|saltar|la\s+\w+|las\s+\w+|"
        r"los\s+\w+|el\s+(?!(y|que|q)\b)\w+))(\s+\w+){0,6}?"
        r"\s+(debajo\s+de|abajo\s+de|bajo)\s+(la|su|mi)\s+(cama|almohada|colchon)\b"
        # Hidden from the children, or kept against burglars, is kept safe, not kept ready.
        r"(?!.*\b(ninos|nino|nina|ninas|bebe|nietos|chamacos|chicos|ladrones|rateros|seguridad|"
        r"proteger\w*|defender\w*|perro|gato)\b)|"
        r"\b(escondio|compro|consiguio|cargo)\s+(una|la|un|el|su)\s+"
        + _GUN
        + r"\b(?!(\s+\w+){0,4}?\s+(para|pa)\s+(ir\s+de\s+|la\s+|el\s+)?(caza|cazar|caceria|"
        r"practicar|tiro|rancho|campo))(\s+\w+){0,4}?\s*$"
    ),
    r"\b(librar)\b": (
        r"\b(dice|dijo|anda\s+diciendo|me\s+dijo)\s+(que|q|k)\s+(\w+\s+){0,8}?(nos|se|los|las)\s+"
        r"(vamos|van|iban|ibamos)\s+a\s+librar\s+de\s+(el|ella)\b|"
        r"\b(se|te|los|las)\s+(van|vas|va)\s+a\s+librar\s+de\s+mi\b"
    ),
}

# Pills already taken, by the amount or by what the client calls it: "ya me tomé
# casi toda la caja de tramadol", "me tomé como 20 paracetamoles", "me pasé con
# las pastillas", "hice una tontería con las pastillas de mi mamá". The pills of
# the day taken as prescribed name no amount.
_QUANTITY = (
    r"(casi\s+|como\s+|unas\s+|unos\s+|mas\s+de\s+|media\s+|medio\s+)?(toda\s+la\s+(caja|tira)|"
    r"todo\s+el\s+(frasco|bote|blister|paquete)|\d{2,}|veinte|treinta|cuarenta|cincuenta|"
    r"un\s+monton\s+de|muchisim[oa]s)"
)
_WHOLE_BOX = r"(toda\s+la\s+(caja|tira)|todo\s+el\s+(frasco|bote|blister|paquete))"
_TAKEN_TOO_MANY = {
    r"\b(tome|trague|tomado|tragado)\b": (
        r"\b(tome|trague|tomado|tragado)\s+" + _QUANTITY + r"\s+"
        r"(\w+\s+){0,2}?(de\s+)?((las|los|mis)\s+)?" + DRUGS_ES + r"|"
        r"\b(tome|trague|toma|tomo)\s+(casi\s+)?" + _WHOLE_BOX + r"\s+de\s+"
        r"(?!(jugo|leche|galletas|cereal|chocolates?|dulces|vino|cerveza|agua|refresco|te|cafe|"
        r"chicles|vitaminas)\b)\w+(\s+\w+){0,6}?\s+(ya\s+)?me\s+(la|lo)\s+(tome|trague)\b|"
        r"\b(tome|trague)\s+(casi\s+)?" + _WHOLE_BOX + r"\s+de\s+"
        r"(?!(jugo|leche|galletas|cereal|chocolates?|dulces|vino|cerveza|agua|refresco|te|cafe|"
        r"chicles|vitaminas)\b)\w+(ina|pam|lam|ol|eno|ona|ato|ex|ax)\b"
    ),
    r"\b(pase|excedi|sobrepase|regue|cague|fregue|tonteria|estupidez|locura|pendejada|babosada|"
    r"muchas|"
    r"muchos|demasiadas|demasiados|monton|mas)\b": (
        r"\b(me\s+(pase|excedi|sobrepase)|la\s+(regue|cague|fregue)|hice\s+(una\s+)?(tonteria|"
        r"estupidez|"
        r"locura|pendejada|babosada))\s+(\w+\s+){0,2}?con\s+(las|los|mis|unas|unos|sus)\s+"
        + DRUGS_ES
        + r"\b|"
        r"\b"
        + DRUGS_ES
        + r"\b(\s+\w+){0,4}?\s+me\s+(tome|trague)\s+(muchas|muchos|demasiadas|demasiados|"
        r"un\s+monton)\b|"
        r"\b(tome|trague)\s+de\s+mas\b(\s+\w+){0,6}?\s+" + DRUGS_ES + r"\b"
    ),
    # Asked how long a whole box takes, or kept from being taken: "¿cuánto tarda en
    # hacer efecto toda la caja?", "guardando las que me recetaron, sin tomármelas",
    # "junté como 40 de las de dormir".
    r"\b(efecto|tomarmelas|tomarmelos|dormir|nervios|ansiedad|presion)\b": (
        r"\b(tarda|tardan|demora|demoran)\s+en\s+hacer\s+efecto\b(\s+\w+){0,4}?\s+(se\s+)?(toma|"
        r"tomo|"
        r"traga|trago)\s+(casi\s+)?" + _WHOLE_BOX + r"|"
        r"\b(guardando|juntando|ahorrando|acumulando|escondiendo|guarde|"
        r"junte)\s+(\w+\s+){0,4}?(las|los|mis)\s+"
        + DRUGS_ES
        + r"\b(\s+\w+){0,4}?\s+sin\s+(tomarmelas|tomarmelos)\b|"
        r"\b(junte|guarde|ahorre|acumule|tengo|llevo)\s+(como\s+|unas\s+|unos\s+|"
        r"mas\s+de\s+)?(\d{2,}|veinte|"
        r"treinta|cuarenta|cincuenta|cien)\s+de\s+(las|los)\s+(de|para|pa)\s+(dormir|los\s+nervios|"
        r"la\s+ansiedad|la\s+presion|el\s+dolor|la\s+depre)\b"
    ),
    # All the pills taken along to where no one will look: "pagué una noche en un
    # hotel y me traje todas las pastillas", "pasaje solo de ida y en la maleta van
    # todas las pastillas".
    r"\b(hotel|motel|ida)\b": (
        r"^(?=.*\b(hotel|motel|solo\s+de\s+ida|sin\s+regreso)\b).*?\b(traje|lleve|llevo|traigo|van|"
        r"meti|empaque)\s+(\w+\s+)?todas\s+(las|mis)\s+" + DRUGS_ES + r"\b"
        # "... para la semana", "... para el viaje": packed for the stay.
        r"(?!(\s+\w+){0,4}?\s+(para|pa)\s+(la|el|toda\s+la|todo\s+el|mis)\s+(semana|viaje|mes|"
        r"estancia|"
        r"vacaciones|dias|congreso|curso)\b)"
    ),
    # Everything in the cabinet already taken: "me tragué todo lo del botiquín".
    r"\b(botiquin|pastillero)\b": (
        r"\b(me\s+(tome|trague|meti|acabe)|tomarme|tragarme)\s+todo\s+lo\s+(del|de\s+mi|de\s+la|"
        r"que\s+habia\s+en\s+el)\s+"
        r"(botiquin|pastillero)\b"
    ),
    # A secret asked for after the act: "no le digas a nadie, pero ya me tomé las pastillas".
    r"\b(digas|diga|digan|cuentes|cuente|cuenten)\b": (
        r"\bno\s+(le|les|se\s+lo)\s+(digas|diga|digan|cuentes|cuente|cuenten)\s+a\s+nadie\s+pero\s+"
        r"(ya\s+)?me\s+(tome|trague)\s+(las|mis|todas|todos|los)\b"
    ),
    # "se tomó algo y no reacciona", "blísteres vacíos en su cuarto y no despierta".
    r"\b(reacciona|despierta|responde|inconsciente|desmayad[oa])\b": (
        # "encontré a mi hermano inconsciente con blísters vacíos".
        r"\b(inconsciente|desmayad[oa]|tirad[oa]\s+en\s+el\s+piso)\b(\s+\w+){0,6}?\s+(blisters?|"
        r"blisteres|"
        r"frascos?|cajas?|botes?)\s+(de\s+\w+\s+)?vaci[oa]s\b|"
        r"\b(se\s+tomo\s+(algo|todas|un\s+monton|todo\s+el\s+(frasco|bote|blister))|(blisters?|"
        r"blisteres|"
        r"frascos?|cajas?|botes?)\s+(de\s+\w+\s+)?vaci[oa]s)\b(\s+\w+){0,12}?\s+no\s+(reacciona|"
        r"despierta|"
        r"responde)\b(?!\s+(de\s+la\s+siesta|todavia|temprano|los\s+mensajes|el\s+telefono)\b)|"
        r"\bno\s+(reacciona|despierta|responde)\b(\s+\w+){0,6}?\s+(se\s+tomo\s+(algo|todas|"
        r"un\s+monton)|(blisters?|blisteres|frascos?|cajas?|botes?)\s+vaci[oa]s)\b"
    ),
}

# The means made ready by the client's own hand: the poison mixed into a drink,
# the rope tied to a beam, a door locked with the blade or the belt inside, the
# engine running in a shut garage, the gun taken out and looked at.
_DOCTORS_WORD_ES = (
    r"\b(doctor|doctora|dr|dra|doc|medico|medica|receta|cardiologo|enfermera|clinica|hospital|"
    r"farmacia|farmaceutico)\b"
)
# The medicine that keeps the client alive stopped to die: "voy a dejar las pastillas de la
# presión a ver si me da el derrame y me voy", "ni me he tomado la pastilla de la presión, a
# propósito, quiero que el corazón se me pare". Never on a doctor's word, said before or
# after ("el doctor me dijo que deje las pastillas"), nor "a propósito" as "by the way".
_MEDS_STOPPED_WHAT = (
    r"\b(dejar|deje|dejo|dejando|deje\s+de\s+tomar|(no|ni)\s+me\s+(he\s+tomado|tomo|tome|"
    r"estoy\s+tomando)|ya\s+no\s+me\s+(tomo|estoy\s+tomando)|sin\s+tomarme)\s+(las?\s+|mis?\s+)?"
    r"(pastillas?|medicinas?|medicamentos?|insulina)(\s+(de|para|pa)\s+(la\s+|el\s+)?"
    r"(presion|corazon|azucar|diabetes))?\b"
)
_MEDS_STOPPED = {
    r"\b(presion|corazon|insulina|azucar|diabetes)\b": (
        r"^(?!.*" + _DOCTORS_WORD_ES + r").*?" + _MEDS_STOPPED_WHAT + r"("
        # "a propósito" right after the pills ("ni me he tomado la pastilla de la presión, a
        # propósito"); with words between it is "by the way" ("... con las prisas, a
        # propósito, ¿la cita sigue el jueves?").
        r"\s*,?\s+a\s+proposito(?=\s*($|[.!]|,?\s*(quiero|asi|y\s+ya|a\s+ver)\b))|"
        r"(\s*,?\s*\w+){0,8}?\s*,?\s+"
        r"(a\s+ver\s+si\s+(me\s+da\s+(el|un|una|algo)\b|me\s+muero|se\s+me\s+para|me\s+voy\s*$)|"
        r"(para|pa)\s+(que|q)\s+(me\s+de\s+(algo|el|un)|se\s+me\s+pare|me\s+muera)|"
        r"quiero\s+que\s+(el\s+corazon|se\s+me)))"
    ),
}


_ROPE = r"(soga|cuerda|lazo|mecate|cinturon|cable|sabana)"
_MEANS_MADE_READY = {
    r"\b(mezcle|servi|eche|disolvi|prepare)\b": (
        r"\b(ya\s+)?(mezcle|servi|eche|disolvi|prepare)\s+(el|la|un|una)\s+(veneno|raticida|"
        r"matarratas|"
        r"cloro|insecticida|pesticida|anticongelante)\b(\s+\w+){0,4}?\s+(en|con)\s+(un|una|el|la|"
        r"mi)\s+"
        r"(vaso|taza|jugo|refresco|cafe|te|bebida|agua|botella|copa)\b"
        # For the plants, the floor or the pests.
        r"(?!.{0,120}\b(plantas|jardin|pasto|ratas|ratones|cucarachas|plagas?|hormigas|trapear|"
        r"limpiar|fumigar|"
        r"rociar|piso|bano)\b)"
    ),
    r"\b(amarrad|atad|colgad|amarre|colgue)": (
        r"\b" + _ROPE + r"\s+(ya\s+)?(esta|quedo|la\s+deje)\s+(amarrad|atad|colgad)[oa]\s+"
        r"(en\s+(la|el)|a\s+la|al|de\s+la|del)\s+(viga|rama|arbol|techo|barandal|ropero|closet|"
        r"regadera|"
        r"perchero|tubo|puerta)\b|"
        r"\b(amarre|colgue|ate)\s+(la|el|una|un|mi)\s+"
        + _ROPE
        + r"\s+(en|a|al|de|del)\s+(la|el)\s+"
        r"(viga|rama|techo|barandal|closet|regadera|tubo)\b"
    ),
    r"\b(encerrad)": (
        r"\bencerrad[oa]\s+(\w+\s+){0,4}?con\s+(el|la|las|los|un|una|mis|unas)\s+(\w+\s+)?"
        r"(navajas?|cuchillos?|gillettes?|cutter|cuter|hojas\s+de\s+afeitar|cinturon|soga|cuerda|"
        + DRUGS_ES[1:-1]
        + r"|pistola|arma|veneno|cable)\b"
    ),
    r"\b(garaje|garage|cochera)\b": (
        # Going to sit in the car with the engine running in the garage: "me voy a meter en
        # el carro con el motor prendío en el garaje" (not to warm it or fix it).
        r"\b(me\s+(voy|vo)\s+a\s+(meter|sentar|encerrar)|meterme|sentarme|encerrarme)\s+(en|al|dentro\s+"
        r"del)\s+(el\s+)?(carro|coche|auto|troca|camioneta)\s+con\s+el\s+motor\s+(prendid[oa]|prendio|"
        r"encendid[oa]|andando|prendido)\b(\s+\w+){0,3}?\s+(en\s+)?(el\s+|la\s+)?(garaje|garage|"
        r"cochera)\b(?!.*\b(calent\w*|mecanico|taller|arregl\w*|repar\w*|bateria|abiert[oa]|"
        r"apagad[oa])\b)|"
        r"^(?=.*\b(garaje|garage|cochera)\b)(?=.*\b(prendid[oa]|encendid[oa]|prendi|encendi|"
        r"arranque|"
        r"prender|encender|prendo|enciendo|"
        r"motor\s+(prendido|"
        r"encendido|andando)|el\s+motor)\b)(?=.*\b(cerrad[oa]|cerre|encerr\w+|sin\s+ventilacion)\b)"
        r"(?!.*\b(calentar|abiert[oa]|apagad[oa]|mecanico|taller|arreglar|reparar|bateria|"
        r"pasar\s+corriente)\b)"
    ),
    r"\b(mirando|mirandola|mirandolo|viendola|viendolo|saque|usarla|usarlo|usarlas|usar)\b": (
        r"\b" + _GUN + r"\b(\s+\w+){0,14}?\s+((la|lo)\s+(estoy|llevo|sigo)\s+(mirando|viendo)|"
        r"(mirandola|mirandolo|viendola|viendolo)|(la|lo)\s+saque\s+(\w+\s+){0,3}?(para|pa)\s+"
        r"usarl[oa]|(para|pa)\s+usarl[oa]\s*$)|"
        r"\b(navajas?|cuchillas?|gillettes?|hojitas?|hojas|cutter)\b(\s+\w+){0,10}?\s+(ganas\s+de|"
        r"voy\s+a|quiero)\s+usarl[oa]s?\s+(todas\s+|todos\s+)?(hoy|esta\s+noche|ya|ahorita|"
        r"en\s+mi)\b"
    ),
    # A blade or a gun in the hand: "tengo un cuchillo en la mano y no sé qué hacer".
    r"\b(mano|manos)\b": (
        r"\b(tengo|traigo|agarre|sostengo|estoy\s+con)\s+(un|una|el|la|mi)\s+(cuchillo|navaja|"
        r"pistola|arma|"
        r"revolver|gillette|cutter|cuter|soga|cuerda)\s+en\s+(la|las|mi|mis)\s+manos?\b"
        # A knife in the hand for the cake, the bread, the fruit.
        r"(?!.{0,120}\b(partir|cortar|picar|pelar|rebanar|pastel|torta|pan|carne|fruta|verdura|"
        r"cocin\w*|"
        r"jugar|juguete|agua)\b)"
    ),
    # A hose from the exhaust: "la manguera conectada al escape".
    r"\b(escape)\b": (
        r"\bmanguera\s+(\w+\s+)?(conectada|pegada|metida|puesta|amarrada)\s+(al|en\s+el|"
        r"del)\s+escape\b"
    ),
    # Poison kept for oneself: "llevo días guardando el veneno de ratas pa mí".
    r"\b(mi)\b": (
        r"\b(guardando|guardo|guarde|tengo|compre|junte|consegui)\s+((el|la|un|una)\s+)?(veneno|"
        r"raticida|"
        r"matarratas|insecticida|pesticida)(\s+(de|pa|para)\s+(ratas|ratones|cucarachas|"
        r"plagas))?\s+"
        r"(pa|para)\s+mi\s*$"
    ),
    # Something to stand on set under the beam: "puse el banquito debajo de la viga".
    r"\b(banquito|banco|silla|taburete|cubeta|banca)\b": (
        r"\b(puse|acomode|coloque|subi|deje)\s+(el|la|un|una|mi)\s+(banquito|banco|silla|taburete|"
        r"cubeta|banca)\s+"
        r"(debajo\s+de|abajo\s+de|bajo)\s+(la|el)\s+(viga|rama|soga|cuerda|lazo|mecate)\b"
    ),
    # A means and a letter carried together: "llevo la soga y una carta".
    r"\b(carta|nota)\b": (
        r"\b(llevo|traigo|tengo|lleve|deje)\s+(la|el|las|mis|una|un)\s+(soga|cuerda|pistola|arma|"
        r"navaja|veneno|" + DRUGS_ES[1:-1] + r")\s+y\s+(una|la|mi)\s+(carta|nota)\b"
        # Left at a shop or for the police: "dejé la pistola y una nota en la armería".
        r"(?!.{0,120}\b(armeria|dueno|tienda|policia|entregar|vender|venta|farmacia|receta)\b)"
    ),
}

# On the way to the place, or at its edge: "ya voy camino al río a tirarme",
# "parada en el borde del andén, el tren llega en 2 min", "estoy en el piso 12 y
# ya abrí la ventana", "qué altura es suficiente".
_AT_THE_PLACE = {
    r"\b(tirarme|aventarme|lanzarme|arrojarme|ahogarme|saltar)\b": (
        # Led by the going, so that "no voy camino al río" is denied in its clause.
        r"\b(voy|vamos|me\s+voy|llego|llegando|camino|rumbo|manejando|subiendo|yendo|"
        r"estoy)\s+(\w+\s+){0,3}?"
        r"(al|a\s+la|a\s+las|pal|pa\s+la|hacia\s+(el|la|las))\s+(rio|mar|puente|presa|represa|"
        r"vias|azotea|acantilado|barranco|lago|metro|edificio)\s+(a|pa|para)\s+(tirarme|aventarme|"
        r"lanzarme|arrojarme|ahogarme|saltar)\b"
    ),
    # Crossing without looking, on purpose: "hoy crucé la avenida sin mirar, a propósito".
    r"\b(proposito|adrede|camion|carro|coche|trailer)\b": (
        r"\b(cruce|cruzo|me\s+atravese|me\s+atravieso|me\s+meti)\s+(a\s+)?(la|el)\s+(avenida|calle|"
        r"carretera|autopista|periferico|vias|boulevard|bulevar)\s+sin\s+(mirar|voltear|ver|"
        r"fijarme)\s+"
        r"(a\s+proposito|adrede)\b|"
        r"\bojala\s+(que\s+)?(manana\s+|hoy\s+|esta\s+vez\s+)?si\s+(pase|venga|me\s+toque)\s+un\s+"
        r"(camion|carro|coche|trailer|tren)\b"
    ),
    # Up there with the despair said: "me subí a la azotea, ya no aguanto".
    r"\b(subi|trepe)\b": (
        r"\bme\s+(subi|trepe)\s+(a\s+la|al|hasta\s+(la|el))\s+(azotea|techo|puente|cornisa|"
        r"barandal|"
        r"ultimo\s+piso)\b(\s+\w+){0,6}?\s+(ya\s+no\s+(aguanto|puedo)|no\s+aguanto\s+mas|"
        r"ya\s+me\s+canse|"
        r"adios|perdon)\b"
    ),
    # Lying or standing on the tracks: "ya estoy en las vías, el tren pasa a las 11".
    r"\b(vias)\b": (
        # The client there ("estoy parada en las vías"), not a train stopped on them.
        r"\b(estoy|ando|sigo|me\s+acoste)\s+((parad|acostad|sentad)[oa]\s+)?(ya\s+)?(en|sobre)\s+"
        r"(las\s+vias|la\s+via\s+del\s+tren)\b(?!.{0,120}\b(trabaj\w*|cuadrilla|foto\w*|"
        r"tren\s+turistico)\b)"
    ),
    r"\b(anden|vias)\b": (
        r"\b(parad[oa]|estoy|sentad[oa])\s+(en\s+)?((el|la)\s+)?(borde|orilla)\s+(del|"
        r"de\s+las)\s+(anden|vias)\b"
        r"(?!.{0,120}\b(esperando|espero|por\s+el\s+celular|foto)\b)"
    ),
    r"\b(ventana)\b": (
        r"\b(piso\s+\d+|\d+\s*(o|vo|to|mo|no)?\s+piso|azotea|"
        r"ultimo\s+piso)\b(\s+\w+){0,4}?\s+(ya\s+)?"
        r"abri\s+(la|el)\s+(ventana|ventanal)\b(?!.{0,120}\b(calor|aire|ventilar|olor|humo|fumar|"
        r"bochorno)\b)"
    ),
    r"\b(altura)\b": (
        r"\b(que|cuanta)\s+altura\s+(es|seria|sera)\s+(suficiente|necesaria)\b"
        r"(?!\s+(para|pa)\s+(el|la|los|las|un|una|mi)\b)"
    ),
}

# Someone close in crisis now: "mi hermano está en la azotea diciendo que se va a
# tirar", "mi novio se cortó los brazos", "me mandó foto de sus brazos cortados",
# "tiene guardadas pastillas pa quitarse la vida", "dice que se las va a tomar
# todas", "tiene un arma y dice que la va a usar", "subió una carta de
# despedida y no contesta", "me escribió 'perdón, los quiero' y apagó el celular".
_OTHERS_IN_CRISIS = {
    r"\b(tirar|aventar|lanzar|arrojar)\b": (
        r"\b(diciendo|dice|dijo|decia|grita|gritando|amenaza\w*)\s+(que|q|k|"
        r"con\s+que)\s+(ya\s+)?se\s+"
        r"(va|iba)\s+a\s+(tirar|aventar|lanzar|arrojar)\b"
        # "se va a aventar un maratón": Mexican for daring a task.
        r"(?!\s+(un|una|unos|unas|el|la|los|las)\s+(?!(puente|edificio|azotea|techo|rio|mar|"
        r"barranco|acantilado|vias|metro|tren|balcon|ventana|presa|precipicio)\b)\w+)"
        # "se va a tirar al río a nadar", "... a la cama": a swim, a jump for fun, a rest.
        r"(?!(\s+\w+){0,4}?\s+(nadar|banarse|banar|pescar|clavados?|un\s+clavado|paracaidas|bungee|"
        r"tirolesa|alberca|piscina|pileta|trampolin|tobogan|resbaladilla|cama|sillon|sofa|pasto|"
        r"arena|"
        r"hamaca|dormir|descansar|llorar|medalla|mochila)\b)"
    ),
    # A gun taken with a threat: "salió con la escopeta diciendo que se iba a acabar todo".
    r"\b(acabar|terminar)\b": (
        r"\b" + _GUN + r"\b(\s+\w+){0,4}?\s+(diciendo|dijo|dice|gritando)\s+(que|q)\s+(ya\s+)?"
        r"(se\s+(va|iba)\s+a\s+(acabar|terminar)\s+todo|(va|iba)\s+a\s+(acabar|"
        r"terminar)\s+con\s+todo)\b"
    ),
    r"\b(matarse|quitarse|suicidarse|ahorcarse|colgarse|envenenarse)\b": (
        # "es para matarse lo que cuesta": how bad a thing is, said of no one.
        r"(?<!\bes )(?<!\bera )(?<!\besta )(?<!\bestaba )(?<!\bseria )(?<!\bfue )"
        r"\b(pa|para)\s+(matarse|quitarse\s+la\s+vida|suicidarse|ahorcarse|colgarse|envenenarse)\b"
        # "para colgarse la mochila", "para matarse de risa": a thing, an idiom.
        r"(?!\s+(el|la|los|las|su|sus|un|una|de\s+(risa|hambre|cansancio)|trabajando|estudiando)\b)"
    ),
    r"\b(tomar|tragar|usar|hacer|hace)\b": (
        r"\b" + DRUGS_ES + r"\b(\s+\w+){0,8}?\s+se\s+(las|los)\s+(va|iba)\s+a\s+(tomar|tragar)\s+"
        r"(todas|todos)\b|"
        r"\b"
        + _GUN
        + r"\b(\s+\w+){0,4}?\s+(y\s+)?(dice|dijo|diciendo)\s+(que|q)\s+(la|lo)\s+(va|iba)\s+a\s+"
        r"usar\b(?!.{0,120}" + _MEANS_BENIGN + r")|"
        r"\b(compro|consiguio|tiene|escondio|junto)\s+(la|una|su|las|unas|sus)\s+(soga|cuerda|"
        r"pistola|arma|"
        + DRUGS_ES[1:-1]
        + r")\b(?!\s+(para|pa)\s+(?!(matarse|colgarse|ahorcarse|eso|hacerlo)\b)\w+)"
        r"(\s+\w+){0,3}?\s+(y\s+)?(que\s+)?((hoy|esta\s+noche|manana|ya)\s+)?lo\s+((va|"
        r"iba)\s+a\s+hacer|"
        r"hace)\b(?!.{0,120}" + _MEANS_BENIGN + r")"
    ),
    # Gone with the means, or gone leaving a letter: "agarró la soga y se fue al monte",
    # "se fue con la pistola de mi papá", "dejó una carta y se fue sin decir a dónde".
    r"\b(fue)\b": (
        r"\b((agarro|se\s+llevo|tomo|saco)\s+(la|una|el|un|su)\s+(soga|cuerda|pistola|arma|"
        r"escopeta|"
        r"revolver|rifle|navaja)\s+y\s+se\s+fue|se\s+fue\s+con\s+(la|una|el|un|su)\s+(soga|cuerda|"
        r"pistola|"
        r"arma|escopeta|revolver|rifle))\b(?!.{0,120}" + _MEANS_BENIGN + r")|"
        r"\b(dejo|escribio)\s+(una|su|unas)\s+(cartas?|notas?)\s+y\s+se\s+fue\b(\s+\w+){0,6}?\s+"
        r"(sin\s+decir|no\s+contesta|no\s+sabemos\s+(donde|a\s+donde))\b"
        # Back already: "... ya volvió".
        r"(?!.{0,120}\bya\s+(volvio|regreso|llego|aparecio)\b)"
    ),
    # Reported: "me dijo que ya no lo vamos a ver más".
    r"\b(ver)\b": (
        r"\b(dijo|dice|me\s+dijo|me\s+escribio|escribio|decia)\s+(que|q)\s+ya\s+no\s+(lo|la|los|"
        r"las)\s+"
        r"(vamos|van|vas)\s+a\s+(volver\s+a\s+)?ver\b(?!.{0,120}\b(porque|se\s+(muda|va\s+(a|de|"
        r"al))|viaje|"
        r"trabajo|otro\s+pais|otra\s+ciudad|enojad[oa])\b)"
    ),
    r"\b(contesta|responde|apago|contestan)\b": (
        r"\b(despidiendose|despedida|se\s+despidio|perdon|l[oa]s\s+quiero|te\s+quiero|"
        r"ultima\s+noche)\b"
        r"(\s+\w+){0,12}?\s+(y\s+)?(ya\s+)?(no\s+(me\s+|le\s+|nos\s+)?(contesta|responde)|"
        r"apago\s+(el|su)\s+(cel|celular|telefono))\b"
        r"(?!.{0,120}\b(fiesta|boda|viaje|se\s+muda|mudanza|aeropuerto|renuncia|jubila\w*|"
        r"vacaciones)\b)"
    ),
    r"\b(cartas|despedida)\b": (
        r"\b(subio|publico|posteo|mando|escribio|dejo)\s+(a\s+\w+\s+)?(una|la|las|"
        r"unas)\s+cartas?\s+de\s+"
        r"despedida\b(?!.{0,120}\b(trabajo|equipo|empresa|oficina|jubila\w*|renuncia|se\s+muda|"
        r"viaje|"
        r"graduacion)\b)|"
        r"\b(su|mi)\s+ultima\s+noche\b(\s+\w+){0,8}?\s+(escribio|dejo)\s+(las|unas)\s+cartas\b"
    ),
}

# The end said as a fact of the calendar or of the body: "mañana no amanezco",
# "esta semana ya no paso", "no pienso llegar a cumplirlos", "me voy a apagar
# hoy en la noche", "ya cumplí mi tiempo aquí".
_END_AS_A_FACT = {
    r"\b(amanezco|paso|llego)\b": (
        r"\b(manana|hoy|esta\s+noche|ya)\s+(ya\s+)?no\s+amanezco\b"
        r"(?!\s+(temprano|tarde|bien|a\s+tiempo|antes|en|con|aqui|alla|si|de\s+(buenas|malas|buen|"
        r"mal)))|"
        r"\b(esta\s+semana|este\s+mes|este\s+ano|de\s+hoy|de\s+esta\s+noche|de\s+manana|"
        r"del\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde))\s+ya\s+no\s+(paso|"
        r"llego)\b"
        r"(?!\s+(por|a|al|con|en|para|pa)\b)|"
        r"\bno\s+(paso|llego)\s+de\s+(hoy|esta\s+noche|manana|esta\s+semana|este\s+mes)\b"
        # "no paso de hoy sin ir al súper", "no llego de hoy a mañana": a task, a span.
        r"(?!\s+(sin|a|al|con)\b)"
    ),
    # Gone and not heard of again: "voy a desaparecer y nadie lo va a notar", "nadie va
    # a volver a saber de mí", "hoy desaparezco de una vez", "después de esta noche ya
    # no existo", "me voy a esfumar para siempre".
    r"\b(desaparecer|desaparezco|saber|esfumar|evaporar|existo|existire|existir)\b": (
        r"\b(voy\s+a\s+desaparecer|desaparezco|me\s+voy\s+a\s+ir)\b(\s+\w+){0,3}?\s+y\s+nadie\s+"
        r"(lo\s+)?(va\s+a\s+notar|se\s+va\s+a\s+dar\s+cuenta|notaria|va\s+a\s+extranarme)\b|"
        r"\b(nadie|ya\s+no)\s+(va|van|vas)\s+a\s+(volver\s+a\s+)?saber\s+(nada\s+)?de\s+mi\b"
        r"(?!.{0,120}\b(hasta|regrese|regreso|vuelva|vacaciones|viaje|rato|unos\s+dias|semana|"
        r"redes|examen\w*)\b)|"
        r"\bme\s+voy\s+a\s+(esfumar|evaporar)\s+(para|pa)\s+siempre\b|"
        r"\b(hoy|esta\s+noche|manana|ya)\s+desaparezco\s+(de\s+una\s+vez|para\s+siempre|"
        r"pa\s+siempre)\b|"
        r"\b(despues\s+de\s+(hoy|esta\s+noche)|a\s+partir\s+de\s+(hoy|manana)|manana|"
        r"pronto)\s+ya\s+no\s+"
        r"(existo|existire|voy\s+a\s+existir)\b"
    ),
    # A burden stepping aside: "solo soy un estorbo, mejor me quito del camino".
    r"\b(quito|aparto|lado)\b": (
        # "soy un estorbo en la cocina": in the way of a place, not of a life.
        r"\b(estorbo|carga|molestia|problema)\b(?!\s+(en|aqui|aca|"
        r"ahi)\b)(\s+\w+){0,5}?\s+mejor\s+me\s+"
        r"(quito|aparto)\s+(del\s+camino|"
        r"de\s+en\s+medio)\b|"
        r"\bmejor\s+me\s+(quito|aparto|hago\s+a\s+un\s+lado)\s+(del\s+camino\s+)?(para|"
        r"pa)\s+siempre\b"
    ),
    # A goodbye until the other side; a correction to "for good"; a hope it is enough
    # this time.
    r"\b(lado|siempre|vez)\b": (
        r"\b(nos|los|las|te)\s+(vemos|veo)\s+(del|en\s+el)\s+otro\s+lado\b(?!\s+(del?|de\s+la)\b)|"
        r"^\s*(bueno|mejor\s+dicho|o\s+sea|digo|en\s+realidad)\s+(para|pa)\s+siempre\s*$|"
        r"\b(espero|ojala)\s+((que|q)\s+)?(ahora\s+)?(sea|sean|alcance|alcancen|baste|basten)\s+"
        r"(suficientes?\s+)?esta\s+vez\s*$"
    ),
    # One's own life among the things no longer cared for: "no me importa nada, ni mi vida".
    r"\b(importa|importan)\b": (
        r"\bno\s+me\s+importa\s+(\w+\s+){0,2}?(ni\s+)?mi\s+(propia\s+)?vida\b"
        r"(?!\s+(social|amorosa|sentimental|laboral|privada|personal|academica|de\s+pareja)\b)"
    ),
    # Not eating or drinking so that it ends: "sin comer ni tomar agua a propósito
    # para que se acabe más rápido".
    r"\b(comer|beber|agua)\b": (
        r"\bsin\s+(comer|beber|tomar\s+agua)\b(\s+\w+){0,8}?\s+(para|pa)\s+(que\s+(se\s+acabe|"
        r"termine|todo\s+se\s+acabe|se\s+termine)(?!\s+(el|la|los|las|mi|tu|su)\b)|morir(me)?|"
        r"no\s+despertar)"
    ),
    # Life's bills no longer worth paying: "no tiene caso seguir pagando cosas".
    r"\b(pagando)\b": (
        r"\bno\s+tiene\s+(caso|sentido)\s+seguir\s+pagando\s+(cosas|nada|nada\s+mas)\s*$"
    ),
    # A lethal dose looked up by body weight: "cuántas pastillas se necesitan según el peso".
    r"\b(peso|kilo|kilos)\b": (
        r"\bcuant[oa]s\s+(pastillas|miligramos|mg|gramos|"
        + DRUGS_ES[1:-1]
        + r")(\s+de\s+\w+)?\s+(se\s+necesitan|"
        r"hacen\s+falta|son)\s+(segun|por|para)\s+(el|mi)\s+(peso|kilo)\b"
        r"(?!.{0,120}\b(nino|nina|ninos|bebe|perro|perra|gato|gata|mascota|hijo|hija|paciente)\b)"
    ),
    # Not to be seen after a day: "después de hoy ya no me van a ver más".
    r"\b(ver)\b": (
        r"\b(despues\s+de\s+(hoy|esta\s+noche|manana)|a\s+partir\s+de\s+(hoy|"
        r"manana))\s+ya\s+no\s+me\s+"
        r"(van|vas|va)\s+a\s+(volver\s+a\s+)?ver\b(?!.{0,120}\b(por\s+(aqui|aca|ahi)|porque|"
        r"en\s+(la|el)|"
        r"me\s+(mudo|cambio|voy\s+(a|de|al)))\b)"
    ),
    r"\b(cumplir|cumplirlos|cumplirlo|llegar)\b": (
        r"\bno\s+(pienso|planeo|voy\s+a|creo|quiero)\s+llegar\s+a\s+(cumplir(los|lo)?|los\s+\d+)\b"
        r"(?!\s+(con|el|la|mi|tu|su|los\s+requisitos)\b)"
    ),
    r"\b(apagar|apago)\b": (
        r"\bme\s+(voy\s+a\s+apagar|apago)\s+(yo\s+)?(hoy|esta\s+noche|hoy\s+en\s+la\s+noche|"
        r"para\s+siempre|pa\s+siempre|de\s+una\s+vez)\b"
    ),
    r"\b(cumpli)\b": (
        r"\bya\s+cumpli\s+(mi|con\s+mi)\s+(tiempo|ciclo|mision)\s+(aqui|en\s+(este\s+mundo|"
        r"esta\s+vida|la\s+tierra))\b(?!\s+(en|con)\b)"
    ),
    # Going to meet the dead: "esta noche me reúno con mi papá, que en paz descanse".
    r"\b(descanse|difunt\w*|murio|fallecio|dios|diosito)\b": (
        r"\b(me\s+reuno|me\s+voy\s+a\s+reunir|me\s+voy|voy\s+a\s+ver|voy\s+a\s+estar|"
        r"ir\s+a\s+ver(lo|la|los)?|ir\s+con)\s+(con\s+)?(mi|mis|a\s+mi|"
        r"a\s+mis)\s+\w+\s+(que\s+en\s+paz\s+descanse|"
        r"que\s+(dios|diosito)\s+(tenga|guarde)|difunt\w*|que\s+ya\s+(murio|fallecio))\b"
        r"(?!.{0,120}\b(panteon|cementerio|tumba|misa|aniversario|flores|veladora)\b)"
    ),
}

# Arrangements for afterwards: "para que no me encuentren a tiempo", "sin que
# nadie me pare", "así no tienen que tumbar la puerta", "la plata pal entierro",
# "el vestido que quiero que me pongan", "pa lo que me queda".
_CALM = r"(en\s+paz|tranquil[oa]|calmad[oa]|aliviad[oa]|liberad[oa]|liger[oa]|en\s+calma)"
_AFTERWARDS = {
    r"\b(encuentren|encuentre|hallen|halle|encontrar|hallar|pare|detenga|impida|salve|tumbar|"
    r"tumbarla|forzar|romper|romperla)\b": (
        r"\b((para|pa)\s+(que|q)\s+no\s+me\s+(encuentren|hallen)|nadie\s+me\s+va\s+a\s+(encontrar|"
        r"hallar)|"
        r"no\s+me\s+van\s+a\s+(encontrar|hallar))\s+(a\s+tiempo|viv[oa]|"
        r"hasta\s+(que|q)\s+sea\s+tarde)\b|"
        r"\bsin\s+(que|q)\s+nadie\s+me\s+(pare|detenga|impida|salve)\b|"
        r"\bno\s+(tengan|tienen|tenga)\s+(que|q)\s+(tumbar|forzar|romper)(la|\s+la\s+puerta|"
        r"\s+la\s+chapa)\b(\s+\w+){0,3}?\s+cuando\s+(vengan|lleguen|entren|me\s+(encuentren|"
        r"hallen))\b|"
        # Being found: "... la puerta sin seguro para cuando me encuentren", "ojalá no sea
        # mi hija la que me encuentre". Not "cuando me encuentren un donante", a thing found
        # for the client.
        r"^(?!.*\b(escondid\w*|jugando|juego|jugamos)\b).*?"
        r"\b(cuando|para\s+cuando|antes\s+de\s+que)\s+me\s+(encuentren|hallen)\b"
        r"(?!\s+(un|una|unos|unas|el|la|los|las|algo|alguien|trabajo|donante|lugar|cita|casa|"
        r"departamento|depa|cuarto|novio|novia|pareja|en\s+(el|la)\s+(mapa|lista|foto|app)|"
        r"jugando|escondid\w*)\b)|"
        r"\b(que|q)\s+no\s+(sea|sean)\s+(mi|mis)\s+\w+\s+(quien|quienes|el\s+que|la\s+que|"
        r"los\s+que|las\s+que)\s+me\s+(encuentre|encuentren|halle|hallen)\b"
    ),
    r"\b(entierro|funeral|velorio|cremacion|pongan)\b": (
        # "le dejé la llave a la vecina y la cartera con el dinero pa el entierro".
        r"\b(deje|dejo|guarde|tengo|junte)\s+(\w+\s+){0,9}?(la\s+plata|el\s+dinero|la\s+lana|"
        r"mis\s+ahorros)\s+"
        r"(pal|para\s+el|pa\s+el|para\s+mi|pa\s+mi)\s+(entierro|funeral|velorio|cremacion)\b"
        # Nor where someone else's death is said: "el de mi compadre es el sábado", "mi tía
        # Chela descanse en paz" ("con mi hermana" is who keeps it).
        r"(?!\s+(de|del)\b)(?!.*\b(de\s+mi|luto|descanse|murio|fallecio|misa|en\s+paz)\b)|"
        r"\b(vestido|ropa|traje|camisa)\s+(\w+\s+)?(que|q)\s+(quiero\s+(que|q)\s+)?me\s+pongan\b"
        r"(?!\s+(\w+\s+){0,2}?(boda|graduacion|fiesta|xv|quince|sesion|fotos?|evento|baile|"
        r"concierto)\b)"
    ),
    # One's own funeral paid, a pet given away for good: "ya dejé pagado mi funeral", "le
    # di mi perro a mi vecina para que lo cuide para siempre".
    r"\b(pagado|pagada|siempre)\b": (
        r"\b(deje|dejo|tengo|esta|quedo)\s+(ya\s+)?pagad[oa]\s+(mi|el)\s+(funeral|entierro|"
        r"velorio|cremacion)\b"
        r"(?!.{0,120}\b(plan|viej\w*|algun\s+dia|previsi\w+|seguro|mensualidad\w*)\b)|"
        r"\b(le|les)\s+(di|deje|regale)\s+(a\s+)?(mi|mis)\s+(perr[oa]s?|gat[oa]s?|mascotas?|"
        r"perrit[oa]s?|gatit[oa]s?)\b"
        r"(\s+\w+){0,4}?\s+(para|pa)\s+(que|q)\s+(lo|la|los|las)\s+(cuide|cuiden)\s+(para|"
        r"pa)\s+siempre\b"
    ),
    r"\b(queda)\b": (r"\b(pa|para)\s+lo\s+(que|q)\s+me\s+queda\b(?!\s+(de|del|por|en)\b)"),
    # Sessions with no future: "la próxima sesión no va a hacer falta", "ya no voy a
    # estar pa la sesión del jueves", "no voy a llegar a la cita ni a ninguna".
    r"\b(sesion|cita|consulta|terapia|ninguna)\b": (
        r"\b(proxima|siguiente)\s+(sesion|cita|consulta)\s+(ya\s+)?no\s+(va\s+a\s+hacer|hace|"
        r"hara)\s+falta\b"
        r"(?!\s+(\w+\s+){0,4}?(porque|mejor|bien|alta|avance|mejore))|"
        r"\bya\s+no\s+voy\s+a\s+estar\s+(pa|para|en)\s+(la|el|su|tu)\s+(sesion|cita|consulta)\b"
        r"(?!.{0,120}\b(porque|viaje|trabajo|turno|reprogram\w*|cambi\w+|mover|otro\s+dia|"
        r"otra\s+hora|examen|"
        r"clase|tengo|dentista|doctor|doctora|medico|enferm\w*)\b)|"
        r"\b(sesion|cita|consulta)\b(\s+\w+){0,4}?\s+ni\s+(a|pa|para|en)\s+ninguna(\s+otra|"
        r"\s+mas)?\s*$"
    ),
    # Calm after deciding, the thing decided unnamed: "ya tomé una decisión y por
    # primera vez en meses me siento en paz", "por fin estoy tranquila, ya sé lo que
    # voy a hacer".
    r"\b(paz|tranquil[oa]|calmad[oa]|aliviad[oa]|liberad[oa]|liger[oa]|calma|miedo)\b": (
        r"\b(tome\s+(una|la|mi)\s+decision|ya\s+lo\s+decidi|lo\s+tengo\s+(resuelto|decidido))\b"
        r"(?!\s+(de|sobre|con|que|q)\b)"
        # "ya lo decidí: me caso en diciembre y estoy tranquila": the thing decided, named.
        r"(?!(\s+\w+){0,3}?\s+(me\s+(caso|mudo|cambio|separo|divorcio|inscribo|voy\s+a\s+\w+ar)|"
        r"renuncio|nos\s+casamos|nos\s+mudamos)\b)"
        r"(\s+\w+){0,8}?\s+(me\s+siento|estoy|siento)\s+(\w+\s+)?" + _CALM + r"\b"
        r"(?!\s+(voy\s+a|me\s+voy\s+a|me\s+(caso|mudo|cambio)|con\s+(mi|la|el|esa|ese|eso))\b)|"
        # The calm first: "me siento tranquila desde que decidí hacerlo".
        r"\b" + _CALM + r"\s+(desde\s+(que|q)|ahora\s+(que|q)|porque)\s+"
        r"(ya\s+)?(lo\s+)?decidi(\s+hacerlo)?(?=\s*$|\s+(ya|y)\b)|"
        r"\b(ahora|desde)\s+(que|q)\s+(ya\s+)?lo\s+decidi\s+(me\s+siento|estoy|siento)\s+(\w+\s+)?"
        + _CALM
        + r"\b|"
        r"\b"
        + _CALM
        + r"\b(\s+\w+){0,3}?\s+ya\s+se\s+(lo\s+)?(que|q)\s+(voy\s+a|tengo\s+que)\s+hacer\s*$"
    ),
    # Burden ending: "pronto ya no voy a ser problema pa nadie", "la semana que viene
    # ya no me va a tener que aguantar", "ya no le voy a dar trabajo a nadie".
    r"\b(nadie|aguantar|soportar|molestar|descansar|pronto|mero)\b": (
        r"\bya\s+no\s+(voy\s+a\s+ser|sere)\s+(un\s+|una\s+)?(problema|carga|estorbo|molestia)\s+"
        r"(pa|para)\s+nadie\b(?!.{0,120}\b(porque|cuando|trabajo|chamba|mantener\w*|me\s+mudo|"
        r"gradu\w*)\b)|"
        r"\b(pronto|muy\s+pronto|ya\s+mero)\s+ya\s+no\s+(voy|va)\s+a\s+ser\s+(un\s+|"
        r"una\s+)?(problema|carga|"
        r"estorbo|molestia)\b(?!.{0,120}\b(porque|cuando|trabajo|chamba|me\s+mudo|se\s+muda|"
        r"gradu\w*)\b)|"
        r"\bya\s+no\s+(le|les|te|los|las)?\s*(voy\s+a\s+dar)\s+(trabajo|problemas|lata|"
        r"molestias)\s+a\s+"
        r"nadie\b|"
        r"\b(pronto|la\s+semana\s+que\s+viene|el\s+proximo\s+mes|despues\s+de\s+hoy|"
        r"muy\s+pronto)\s+"
        r"ya\s+no\s+(me\s+)?(va|van|vas)\s+a\s+tener\s+(que|q)\s+(aguantar|soportar)(me)?\b|"
        r"\bya\s+no\s+(nos|los|les|te)\s+(va|voy)\s+a\s+molestar\s+(mas|nunca\s+mas)\b(?!\s+con\b)"
        # "pronto van a descansar de mí".
        r"|\b(van|vas|va)\s+a\s+(poder\s+)?descansar\s+de\s+mi\b(?!.{0,120}\b(porque|viaje|"
        r"vacaciones|"
        r"me\s+voy\s+(a|de|al))\b)"
    ),
}

# Harm done, bleeding: the client's own ("me estoy desangrando") or someone close's
# ("mi novio se cortó los brazos", "me mandó foto de sus brazos cortados").
_HARM_DONE = {
    # Bleeding out, said of oneself: "me estoy desangrando un poquito".
    r"\b(desangrando|desangrarme|desangre)\b": (
        r"\b(me\s+estoy\s+desangrando|desangrarme|me\s+desangre)\b"
        r"(?!\s+(\w+\s+){0,2}?(de\s+la\s+nariz|por\s+la\s+nariz|del\s+dedo|con\s+(el|la|los|las|"
        r"este|esta|estos|estas)\s+\w+|"
        r"de\s+la\s+encia|de\s+risa)\b)"
    ),
    # Someone close who cut their arms or wrists.
    r"\b(corto|cortados|cortadas|cortaditos)\b": (
        r"\bse\s+corto\s+(los|las|sus)\s+(brazos|munecas|venas|piernas|muslos)\b|"
        r"\b(sus|los)\s+(brazos|munecas|piernas|muslos)\s+(cortados|cortadas)\b"
    ),
}

_NEEDS = {
    "drink": r"\b" + _DRINK,
    "enough": r"\b(alcanza|basta|suficiente|bastantes|contadas|juntadas|guardadas|ahorradas|"
    r"separadas|escondidas|frasco|caja|bote|blister|tira|paquete|dosis)",
    "indifferent": r"\b(igual|vale|importa|importaria)\b",
    "painless": r"\b(duela|sufra|dolor|sufrir|llore|lloren)\b",
    "all_ready": r"\b(pastillas|soga|cuerda|pistola|navaja|veneno|carta|raticida|cianuro|arma)\b",
    "had_died": r"\b(hubiera|hubiese|hubieran|hubiesen|tierra|panteon|cementerio|ataud|cajon)\b",
    "slang": r"\b(petate|palmar|palmo|palme|pelarla|pelo|espichar|pata|faros|barrio|tenis|tacos|"
    r"guantes)",
    "no_one": r"\b(hago|hare|hacer|hora)\b",
    "researched": r"\b(viv|cuant|sobreviv)",
    "imagined": r"\b(imagin\w*|veo|vi|fantaseo|cuello)\b",
    "left": r"\b(lugar|sitio|arbol|rama|viga|cartas?|notas?|recados?|recuerdo|recuerde\w*|algo|"
    r"testamento)\b",
}
# Every word these rules read, for the lexicon's first look at a sentence.
_ALL_NEEDS = [
    *_NEEDS.values(),
    *_AT_THE_EDGE,
    *_MEANS_KEPT,
    *_OTHERS_AT_HAND,
    *_OTHERS_NOT_LIVING,
    *_CRASHING,
    *_TAKEN_TOO_MANY,
    *_MEANS_MADE_READY,
    *_MEDS_STOPPED,
    *_AT_THE_PLACE,
    *_OTHERS_IN_CRISIS,
    *_HARM_DONE,
    *_END_AS_A_FACT,
    *_AFTERWARDS,
]
AT_HAND_WORDS_ES = r"\b(" + "|".join(s[3 : s.rindex(")")] for s in _ALL_NEEDS) + r")"


# Pills put by, then taken all at once in a later sentence: "tengo guardás las
# pastillas de mi abuela desde hace semanas. Esta noche me las tomo toas y se acabó",
# "compré como cuatro cajas de pastillas. El sábado que estoy solo en la casa me las
# tomo". Read on the whole message (the pills are named in one sentence, taken in the
# next), each part in a bounded window; never where a prescription is followed.
SAVED_THEN_TAKEN_ES = re.compile(
    r"\b(guardad[oa]s|guardas|guarde|guardando|junte|juntad[oa]s|juntando|ahorrad[oa]s|"
    r"escondid[oa]s|"
    r"compre\s+(como\s+)?(\d+|dos|tres|cuatro|cinco|seis|varias|muchas)\s+(cajas|frascos|blisters|"
    r"tiras))\s+(\w+\s+){0,3}?" + DRUGS_ES + r"\b[^.!?\n]{0,120}[.!?\n]\s*"
    # The next sentence takes them ("me las tomo"), all at once or alone.
    r"(?=[^.!?\n]{0,100}?(?<!\bno )\bme\s+las\s+(tomo|trago|voy\s+a\s+(tomar|tragar)|tomare|"
    r"tragare)\b)"
    r"(?=[^.!?\n]{0,160}?\b(todas|toas|todititas|juntas|de\s+golpe|de\s+una|se\s+acabo|"
    # Alone, not "solo si me da fiebre".
    r"sol[oa](?!\s+(si|cuando|una|un|la|el|las|los|media|dos|por|para|pa|de)\b)|nadie)\b)"
)
# A prescription followed: "me las tomo con la comida, como dijo la doctora".
_AS_PRESCRIBED_ES = re.compile(
    r"\b(doctor|doctora|medico|medica|receta|recetad[oa]s|pastillero|dosis|indicaciones|"
    r"en\s+ayunas|con\s+(la\s+)?comida|cada\s+\d+|como\s+(me\s+)?(dijo|dice|indico|indicaron)|"
    r"como\s+siempre|de\s+la\s+semana|del\s+dia|viaje|vacaciones|mananas|noches)\b"
)


def saved_then_taken(folded: str) -> bool:
    """True when the message puts pills by and then says they are taken all at once
    (:data:`SAVED_THEN_TAKEN_ES`), with no prescription in it."""
    return bool(SAVED_THEN_TAKEN_ES.search(folded)) and not _AS_PRESCRIBED_ES.search(folded)


def _read(category: str, pattern: str, needs: str, **guards: object) -> Rule:
    """A rule tried only in a sentence holding its words; never over a rule's exemption."""
    made = rule(category, pattern, **guards)  # type: ignore[arg-type]
    return replace(made, net=True, needs=_NEEDS.get(needs, needs))


def _words(needs: str) -> str:
    """The words of a needs pattern ``\\b(a|b)...``: "a|b"."""
    return needs[3 : needs.rindex(")")]


def _each(category: str, patterns: dict[str, str], **guards: object) -> tuple[Rule, ...]:
    """One rule for a field's kinds of saying, tried only where one of their own words is.

    One rule, not one a kind: every rule costs a look at each sentence, and a
    long message of one word pays for each look.
    """
    needs = r"\b(" + "|".join(_words(each) for each in patterns) + r")"
    pattern = "|".join(f"(?:{each})" for each in patterns.values())
    return (_read(category, pattern, needs, **guards),)


def _apart(category: str, patterns: dict[str, str], **guards: object) -> tuple[Rule, ...]:
    """One rule a kind, each tried only where its own words are.

    For fields whose kinds share no words: a long message full of one kind's words
    ("me tomé todas las ..." many times) then pays for that kind's pattern alone.
    """
    return tuple(
        rule for kind in patterns.items() for rule in _each(category, dict([kind]), **guards)
    )


AT_HAND_RULES_ES: tuple[Rule, ...] = (
    *_each(
        SUICIDAL_IDEATION,
        _AT_THE_EDGE,
        benign_after=r"^.*" + _EDGE_BENIGN,
        benign_before=_EDGE_BENIGN + r".*$",
        negatable=False,
    ),
    # Apart: "donde" and "bolsa" are everyday words, and a long message of them
    # should pay for its own kind's pattern, not for every word list of means.
    *_apart(
        SUICIDAL_IDEATION,
        _MEANS_KEPT,
        benign_after=r"^.*" + _MEANS_BENIGN,
        benign_before=_MEANS_BENIGN + r".*$",
        negatable=False,
    ),
    _read(OVERDOSE, _PILLS_AND_DRINK, "drink", negatable=False),
    _read(OVERDOSE, _PILLS_ENOUGH, "enough", benign_after=_PILLS_BENIGN_AFTER),
    _read(SUICIDAL_IDEATION, _HAD_DIED, "had_died", negatable=False),
    _read(
        SUICIDAL_IDEATION,
        _SLANG_DYING,
        "slang",
        benign_after=r"^\s*(de|del)\s+(la\s+)?(risa|verguenza|hambre|sueno|aburrimiento|"
        r"cansancio|calor|frio)\b",
        hyperbole_prone=True,
    ),
    _read(
        SUICIDAL_IDEATION,
        _NO_ONE_AROUND,
        "no_one",
        benign_after=r"^\s*(\w+\s+){0,3}?(de|del|con|para|pa|en)\s+(la|el|mi)\s+(casa|trabajo|"
        r"viaje|"
        r"fiesta|cuarto|jardin|negocio|dieta|curso|cocina|proyecto|tarea|examen|gimnasio|gym|"
        r"alberca|"
        r"super|tienda|banco|oficina|biblioteca|parque|cine|playa|cafeteria|lavanderia|"
        r"consultorio)\b|"
        # What was planned, named: "... desde hace meses: pintar mi cuarto".
        r"^\s*(desde\s+hace\s+\w+\s+)?(?!(acabar|terminar|morir|irme|hacerlo|colgar\w*|tirar\w*|"
        r"lanzar\w*|aventar\w*|matar\w*|cortar\w*)\b)\w+(ar|er|ir)\s+(mi|la|el|las|los|un|una|a|"
        r"al)\b",
    ),
    _read(SUICIDAL_IDEATION, _ALL_READY, "all_ready"),
    _read(
        SUICIDAL_IDEATION,
        _PAINLESS,
        "painless",
        benign_after=r"^\s*(\w+\s+){0,3}?(me\s+voy\s+de\s+viaje|solo\s+me\s+voy|me\s+mudo|jaja\w*|"
        r"al\s+perro|al\s+gato|la\s+inyeccion|la\s+depilacion|el\s+tatuaje|no\s+me\s+voy\s+para\s+"
        r"siempre|solo\s+(a|al)\s+\w+|lo\s+de\b|terminar\s+con|cortar\s+con|decirle|decirselo|"
        r"hablar\s+con)",
    ),
    _read(
        SUICIDAL_IDEATION,
        _INDIFFERENT,
        "indifferent",
        benign_after=r"^\s*(de|del)\s+(la\s+)?(hambre|risa|verguenza|cansancio|aburrimiento|calor|"
        r"frio|sed|sueno|ganas)\b|"
        r"^\s*a\s+(reganos|gritos|trabajo)\b|"
        # "me da igual si me mata mi mamá": someone scolding; "el seguro paga": a car.
        r"^\s*(mi|tu|su|el|la)\s+(mama|papa|jefe|jefa|esposa|esposo|novia|novio|maestra|maestro|"
        r"suegra|suegro|abuela|abuelo|profe|mujer|marido)\b|^.*\b(seguro|aseguradora)\b",
    ),
    _read(SUICIDAL_IDEATION, _RESEARCHED, "researched"),
    _read(SUICIDAL_IDEATION, _IMAGINED, "imagined", benign_after=_IMAGINED_BENIGN_AFTER),
    _read(
        SUICIDAL_IDEATION,
        _LEFT_BEHIND,
        "left",
        benign_after=r"^.*" + _LEFT_BEHIND_BENIGN,
        benign_before=_LEFT_BEHIND_BENIGN + r".*$",
    ),
    *_each(SUICIDAL_IDEATION, _OTHERS_AT_HAND),
    *_each(SUICIDAL_IDEATION, _OTHERS_NOT_LIVING),
    *_each(SUICIDAL_IDEATION, _CRASHING, other_subject_guard=True),
    # Denied in their own clause ("no me pasé con las pastillas"), each is benign.
    *_apart(OVERDOSE, _TAKEN_TOO_MANY),
    *_apart(
        SUICIDAL_IDEATION,
        _MEDS_STOPPED,
        benign_after=r"^.*" + _DOCTORS_WORD_ES,
        benign_before=_DOCTORS_WORD_ES + r".*$",
    ),
    *_apart(
        SUICIDAL_IDEATION,
        _MEANS_MADE_READY,
        benign_after=r"^.*" + _MEANS_BENIGN,
        benign_before=_MEANS_BENIGN + r".*$",
    ),
    *_apart(SUICIDAL_IDEATION, _AT_THE_PLACE),
    *_apart(SUICIDAL_IDEATION, _OTHERS_IN_CRISIS, benign_before=FICTION_BEFORE_ES),
    *_apart(SUICIDAL_IDEATION, _END_AS_A_FACT),
    *_each(SELF_HARM, _HARM_DONE, benign_before=FICTION_BEFORE_ES),
    *_apart(SUICIDAL_IDEATION, _AFTERWARDS),
)
