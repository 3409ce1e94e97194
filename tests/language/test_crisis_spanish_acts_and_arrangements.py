"""Spanish crises said by what was done or arranged, and the everyday senses of the same words.

Pills already taken (by the amount, "me pasé", "una tontería"), means made ready by
one's own hand (poison mixed, a rope tied, a door locked with a blade inside, an
engine running in a shut garage, a gun looked at), places reached, someone close in
crisis now, the end said as a fact of the calendar or the body, arrangements for
afterwards, sessions with no future, calm after deciding, a burden ending, and more
kinds of goodbye. Each kind has at least three wordings of its own and two everyday
near-misses that share its words. Every example here is written for this test, none
taken from a data set.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis

# (kind, crisis wordings, everyday near-misses)
KINDS: list[tuple[str, list[str], list[str]]] = [
    (
        "pills taken, by the amount",
        [
            "ya me tomé casi todo el frasco de clonazepam",
            "me tragué como treinta pastillas hace una hora",
            "me he tomado unas 25 de mis pastillas de la presión",
            "ayer me tomé más de 20 tabletas de ibuprofeno",
        ],
        [
            "ya me tomé las pastillas de la mañana",
            "me tomé como 30 minutos para pensarlo",
            "me tomé toda la caja de jugo",
        ],
    ),
    (
        "pills taken, said as going too far",
        [
            "creo que me excedí un poco con los calmantes",
            "hice una estupidez con las pastillas de mi abuela",
            "me pasé con mis tabletas para dormir",
            "creo que la regué con las pastillas, me tomé muchas",
            "tomé de más a propósito, unas 30 pastillas",
        ],
        [
            "me pasé con el café hoy",
            "hice una tontería con el coche de mi papá",
            "tomé de más en la fiesta y hoy tengo cruda",
        ],
    ),
    (
        "someone close who took something and does not respond",
        [
            "mi hermana se tomó algo y no reacciona",
            "encontré frascos vacíos en el cuarto de mi papá y no despierta",
            "no responde mi novio, se tomó todas las que tenía",
        ],
        [
            "se tomó algo para el dolor y ya está mejor",
            "mi hijo no despierta, tiene el sueño muy pesado",
        ],
    ),
    (
        "pills kept, counted or asked about by the box",
        [
            "cuánto tarda en hacer efecto si alguien se toma todo el frasco",
            "llevo semanas juntando mis calmantes sin tomármelos",
            "junté unas treinta de las de los nervios",
        ],
        [
            "cuánto tarda en hacer efecto el ibuprofeno",
            "llevo semanas sin tomarme las pastillas porque se me olvidan",
        ],
    ),
    (
        "all the pills taken along where no one looks",
        [
            "renté un cuarto de motel y traje todas mis pastillas",
            "compré un boleto solo de ida y llevo todas las pastillas",
            "estoy en un hotel, empaqué todas mis medicinas",
        ],
        [
            "en el hotel me traje mis pastillas de la presión",
            "llevo todas mis pastillas al viaje en un pastillero",
        ],
    ),
    (
        "a secret asked for after the act",
        [
            "no les digas a nadie pero me tomé todas",
            "no se lo cuentes a nadie pero ya me tragué las de mi mamá",
            "no le diga a nadie pero me tomé mis pastillas de golpe",
        ],
        [
            "no le digas a nadie pero me compré un vestido",
            "no les cuentes a nadie pero ya me tomé el último pastel",
        ],
    ),
    (
        "poison mixed into a drink",
        [
            "ya eché el raticida en un vaso de refresco",
            "preparé el veneno con jugo en una botella",
            "disolví el matarratas en mi café",
        ],
        [
            "eché el veneno en la bodega para las ratas",
            "preparé el café con leche en una taza",
        ],
    ),
    (
        "a rope or belt tied where one hangs",
        [
            "el cinturón ya está amarrado a la regadera",
            "amarré la soga en la viga del cuarto",
            "la cuerda quedó atada al barandal de la escalera",
        ],
        [
            "la cuerda ya está amarrada al árbol para el columpio",
            "amarré la hamaca en el jardín",
        ],
    ),
    (
        "locked in with the means",
        [
            "encerrada en mi cuarto con el cúter",
            "estoy encerrado con las pastillas de mi abuelo",
            "me quedé encerrado en el baño con una soga",
        ],
        [
            "encerrada en el baño con el celular",
            "estoy encerrado en mi cuarto con la guitarra",
        ],
    ),
    (
        "an engine running in a shut garage",
        [
            "estoy en la cochera con el motor prendido y la puerta cerrada",
            "prendí el carro dentro del garaje y cerré todo, está cerrado",
            "mi papá está en el garaje encerrado con la camioneta encendida",
            "voy a prender el carro en la cochera con la puerta cerrada",
            "estoy en el carro con la manguera conectada al escape",
        ],
        [
            "prendí el carro en la cochera con el portón abierto para calentarlo",
            "dejé el carro en el garaje cerrado con el motor ya apagado",
        ],
    ),
    (
        "a gun looked at, a blade waiting",
        [
            "tengo el revólver en las piernas y lo sigo mirando",
            "saqué la pistola del ropero para usarla",
            "me quedan unas hojas de gillette y tengo ganas de usarlas hoy",
        ],
        [
            "tengo la escopeta de mi abuelo y la saqué para limpiarla",
            "compré navajas nuevas y tengo ganas de usarlas en el campamento",
        ],
    ),
    (
        "poison kept for oneself",
        [
            "compré raticida para mí",
            "tengo el veneno de ratones para mi",
            "consegui el matarratas pa mi",
        ],
        [
            "compré veneno de ratas para mi bodega",
            "tengo el insecticida para mi jardín",
        ],
    ),
    (
        "a means and a letter carried together",
        [
            "traigo la pistola y una nota",
            "tengo las pastillas y la carta",
            "dejé la soga y mi carta en el carro",
        ],
        [
            "traigo la pistola de agua y una nota para la maestra",
            "traigo las pastillas de mi mamá y una nota de la farmacia",
        ],
    ),
    (
        "on the way to the place, to jump",
        [
            "voy hacia el puente a aventarme",
            "voy pa la presa a tirarme",
            "ya casi llego al acantilado para lanzarme",
        ],
        [
            "vamos al río a bañarnos",
            "voy a la alberca a tirarme clavados",
        ],
    ),
    (
        "crossing without looking on purpose",
        [
            "me atravesé la carretera sin voltear adrede",
            "crucé el periférico sin mirar a propósito",
            "ojalá esta vez sí pase un tráiler",
        ],
        [
            "crucé la calle sin mirar y casi me atropellan, qué susto",
            "ojalá pase un camión pronto que ya me cansé de esperar",
        ],
    ),
    (
        "at the edge of the platform, a window open high up",
        [
            "estoy parado en la orilla del andén y ya viene el tren",
            "estoy en el piso 9 y abrí la ventana",
            "en la azotea ya abrí la ventana de la escalera",
        ],
        [
            "parada en el borde del andén esperando el metro",
            "estoy en el piso 12 y abrí la ventana porque hace mucho calor",
        ],
    ),
    (
        "up there, or on the tracks, with the despair said",
        [
            "me subí a la azotea, ya no aguanto",
            "me trepé al puente y ya no puedo más",
            "ya estoy en las vías, el tren pasa a las 11",
            "estoy acostada sobre las vías del tren",
        ],
        [
            "me subí a la azotea a tender la ropa",
            "el tren se quedó parado en las vías por una falla",
        ],
    ),
    (
        "a blade or a gun in the hand",
        [
            "tengo un cuchillo en la mano y no sé qué hacer",
            "traigo la pistola en las manos",
            "estoy con la navaja en mi mano",
        ],
        [
            "tengo un cuchillo en la mano, estoy picando cebolla",
            "tengo la pistola de agua en la mano para jugar con mis sobrinos",
        ],
    ),
    (
        "gone and not heard of again",
        [
            "voy a desaparecer y nadie lo va a notar",
            "nadie va a volver a saber de mí",
            "hoy desaparezco de una vez",
            "después de esta noche ya no existo",
            "me voy a esfumar para siempre",
        ],
        [
            "voy a desaparecer un rato de redes sociales",
            "ya no van a saber nada de mí hasta que regrese de vacaciones",
            "me voy a esfumar de esta reunión tan aburrida",
        ],
    ),
    (
        "a burden stepping aside",
        [
            "solo soy un estorbo, mejor me quito del camino",
            "soy una carga para todos, mejor me quito de en medio",
            "mejor me hago a un lado para siempre",
        ],
        [
            "soy un estorbo en la cocina, mejor me quito del camino",
            "estoy estorbando, mejor me hago a un lado para que pasen",
        ],
    ),
    (
        "calm, knowing what to do, the thing unnamed",
        [
            "por fin estoy tranquila, ya sé lo que voy a hacer",
            "me siento liberada desde que lo decidí, ya no tengo dudas",
            "en paz por fin, ya sé qué tengo que hacer",
        ],
        [
            "por fin estoy tranquila, ya sé lo que voy a hacer con mi vida: estudiar enfermería",
            "me siento liberada desde que decidí dejar ese trabajo",
        ],
    ),
    (
        "a height looked up",
        [
            "qué altura sería suficiente",
            "cuanta altura es suficiente",
            "me pregunto qué altura es necesaria",
        ],
        [
            "qué altura es suficiente para el librero",
            "cuánta altura necesita la repisa",
        ],
    ),
    (
        "someone close saying they will jump",
        [
            "mi amigo está en el techo gritando que se va a aventar",
            "mi tía me dijo que se va a lanzar",
            "mi primo anda en el puente y dice que se va a tirar",
        ],
        [
            "mi primo dice que se va a tirar a la alberca",
            "mi hermano dijo que se iba a aventar en paracaídas",
        ],
    ),
    (
        "someone close with a gun and a threat",
        [
            "mi papá agarró la pistola dijo que se iba a acabar todo",
            "mi hermano tiene el revolver y dice que va a acabar con todo",
            "mi novio se fue con el arma gritando que ya se va a terminar todo",
        ],
        [
            "mi jefe dijo que se iba a acabar todo el presupuesto",
            "mi hermano dice que se va a acabar todo el pastel",
        ],
    ),
    (
        "someone close who cut their arms",
        [
            "mi hija se cortó las muñecas",
            "vi sus brazos cortados cuando se quitó la sudadera",
            "mi amigo se cortó las piernas anoche",
        ],
        [
            "mi hija se cortó el dedo picando cebolla",
            "se cortó el pelo muy corto",
        ],
    ),
    (
        "someone close keeping means to die",
        [
            "mi hermano compró una soga para ahorcarse",
            "mi mamá tiene pastillas pa matarse",
            "mi amiga guarda veneno para envenenarse",
        ],
        [
            "en la serie el protagonista compra veneno para matarse",
            "mi hermano se compró una cuerda para colgarse la hamaca",
        ],
    ),
    (
        "someone close saying they will take them all, use it, do it",
        [
            "mi abuela junta sus calmantes y dice que se los va a tomar todos",
            "mi compa tiene una pistola y dijo que la va a usar",
            "mi vecina consiguió una soga y que lo va a hacer mañana",
        ],
        [
            "mi hijo tiene dulces y dice que se los va a comer todos",
            "mi compa tiene una pistola y dice que la va a usar en la cacería",
        ],
    ),
    (
        "someone close gone with the means, or gone leaving a letter",
        [
            "mi papá agarró la soga y se fue al monte",
            "mi hermano se fue con la pistola de mi papá y no contesta",
            "mi prima dejó una carta y se fue de la casa sin decir a dónde",
        ],
        [
            "agarró la cuerda y se fue a escalar",
            "mi hermano se fue con la escopeta a cazar venados",
            "dejó una nota y se fue al súper",
            "dejó una nota y se fue sin decir a dónde iba a comprar, ya volvió",
        ],
    ),
    (
        "someone close who said they will not be seen again",
        [
            "mi hijo me dijo que ya no lo vamos a ver más",
            "mi hermana dice que ya no la van a volver a ver",
            "me escribió que ya no lo vamos a ver nunca",
        ],
        [
            "me dijo que ya no lo vamos a ver más porque se muda a otra ciudad",
            "dice que ya no la vamos a ver en las fiestas porque tiene trabajo",
        ],
    ),
    (
        "someone close found unconscious beside empty blisters",
        [
            "encontré a mi hermano inconsciente con blísters vacíos",
            "mi mamá está desmayada y hay frascos vacíos en el buró",
            "mi amiga está inconsciente junto a unas cajas vacías de pastillas",
        ],
        [
            "mi hermana está inconsciente, se desmayó por el calor",
            "tiré las cajas vacías y los frascos vacíos al reciclaje",
        ],
    ),
    (
        "someone close who said goodbye and does not answer",
        [
            "mi papá mandó un mensaje de despedida y ya no contesta",
            "mi amiga me dijo te quiero y apagó su celular",
            "mi hijo escribió perdón por todo y no responde",
        ],
        [
            "mi tía se despidió y ya no contesta porque se fue de viaje",
            "mi novio me dijo te quiero y apagó el celular para dormir en la boda",
        ],
    ),
    (
        "someone close who posted a goodbye letter",
        [
            "mi prima publicó una carta de despedida hace rato",
            "mi amigo subió a face una carta de despedida",
            "dice que es su última noche y que ya escribió las cartas",
        ],
        [
            "mi jefa publicó una carta de despedida porque se jubila",
            "mi compañero dejó una carta de despedida al equipo de trabajo",
        ],
    ),
    (
        "the end said as a fact of the calendar",
        [
            "hoy no amanezco",
            "de esta noche ya no paso",
            "no paso de mañana",
            "no pienso llegar a cumplir los 40",
            "no creo llegar a los 25",
        ],
        [
            "mañana no amanezco temprano, tengo el día libre",
            "esta semana ya no paso por tu casa",
            "no pienso llegar a cumplir con esa tarea",
        ],
    ),
    (
        "the other side, for good, enough this time",
        [
            "nos vemos en el otro lado, amigos",
            "me voy un rato. bueno, para siempre",
            "ojalá sean suficientes esta vez",
        ],
        [
            "nos vemos del otro lado de la calle",
            "espero que sea suficiente esta vez para pasar el examen",
        ],
    ),
    (
        "one's own life not cared for",
        [
            "no me importa nada, ni mi propia vida",
            "ya no me importa ni mi vida",
            "no me importa mi vida",
        ],
        [
            "no me importa mi vida social ahorita",
            "no me importa nada de eso",
        ],
    ),
    (
        "bleeding out",
        [
            "me estoy desangrando",
            "quiero desangrarme",
            "me desangré en el baño y no paro",
        ],
        [
            "me estoy desangrando de la nariz con este calor",
            "me estoy desangrando con esta regla",
        ],
    ),
    (
        "not eating so that it ends",
        [
            "dejé de comer y llevo días sin beber para que todo se acabe",
            "sin comer a propósito para morirme",
            "llevo una semana sin tomar agua para no despertar",
        ],
        [
            "llevo todo el día sin comer para que se termine el ayuno",
            "sin comer para que me quede el vestido",
        ],
    ),
    (
        "life's bills not worth paying",
        [
            "ya no tiene caso seguir pagando nada",
            "di de baja todo, no tiene sentido seguir pagando cosas",
            "no tiene caso seguir pagando nada más",
        ],
        [
            "no tiene caso seguir pagando el gym si no voy",
            "no tiene caso seguir pagando cosas que no uso",
        ],
    ),
    (
        "a lethal dose looked up by weight",
        [
            "cuántas pastillas se necesitan según mi peso",
            "cuantos miligramos son por el peso",
            "cuántos gramos de paracetamol hacen falta según el peso",
        ],
        [
            "cuántos miligramos son según el peso de mi hijo",
            "cuántas pastillas se necesitan según el peso del perro",
        ],
    ),
    (
        "switched off, time served",
        [
            "me voy a apagar esta noche",
            "me apago para siempre",
            "ya cumplí mi misión en este mundo",
        ],
        [
            "me voy a apagar el celular esta noche",
            "ya cumplí mi tiempo aquí en la empresa",
        ],
    ),
    (
        "going to meet the dead",
        [
            "hoy me reúno con mi mamá que en paz descanse",
            "pronto voy a estar con mi abuelo que Dios tenga en su gloria",
            "me voy con mi esposo difunto",
        ],
        [
            "voy a ver a mi abuelo que en paz descanse al panteón con flores",
            "hoy voy a ver a mi abuela que vive en Puebla",
        ],
    ),
    (
        "arranged not to be found or stopped",
        [
            "me voy lejos para que no me encuentren vivo",
            "después de hoy ya no me van a ver más",
            "lo haré sin que nadie me detenga",
            "dejé la puerta abierta, así no tienen que romperla cuando lleguen",
        ],
        [
            "me escondí en el ropero para que no me encuentren jugando a las escondidas",
            "después de hoy ya no me van a ver por aquí porque me cambio de escuela",
            "dejé la llave con la vecina para que no tengan que esperar",
        ],
    ),
    (
        "money for the burial, clothes to be dressed in",
        [
            "guardé mis ahorros para mi funeral en el cajón",
            "ya tengo la ropa que quiero que me pongan",
            "dejé el dinero pal velorio con mi hermana",
        ],
        [
            "dejé el dinero pal entierro de mi tío con mi prima",
            "ya tengo el vestido que quiero que me pongan en la boda",
        ],
    ),
    (
        "for what little is left",
        [
            "regalé la tele, para lo que me queda",
            "ya ni compro comida, pa lo que me queda",
            "da igual dormir en el piso pa lo que me queda",
        ],
        [
            "pa lo que me queda de quincena mejor no salgo",
            "para lo que me queda por hacer en la oficina, mejor me quedo",
        ],
    ),
    (
        "sessions with no future",
        [
            "la siguiente consulta ya no va a hacer falta",
            "ya no voy a estar en la cita del lunes",
            "no voy a ir a la sesión de mañana ni a ninguna otra",
        ],
        [
            "la próxima sesión no hace falta porque ya estoy mucho mejor",
            "ya no voy a estar en la sesión del jueves porque me cambiaron de turno",
        ],
    ),
    (
        "calm after deciding, the thing decided unnamed",
        [
            "ya lo decidí y me siento tranquila",
            "tomé la decisión y por fin estoy en paz",
            "ya lo tengo resuelto, me siento muy aliviado",
            "me siento tranquila desde que decidí hacerlo",
            "ahora que ya lo decidí estoy en paz",
        ],
        [
            "tomé la decisión de cambiar de trabajo y me siento en paz",
            "ya lo decidí con mi esposo y estamos tranquilos con la mudanza",
            "estoy tranquila desde que decidí cambiarme de casa",
        ],
    ),
    (
        "a burden ending",
        [
            "ya no voy a ser una carga para nadie",
            "muy pronto ya no me van a tener que soportar",
            "ya no les voy a dar problemas a nadie",
            "pronto van a descansar de mí",
            "mi mamá dice que pronto ya no va a ser una carga",
        ],
        [
            "ya no voy a ser una carga para mis papás cuando consiga trabajo",
            "ya no los voy a molestar con eso",
            "el finde van a descansar de mí porque me voy de viaje",
            "pronto ya no voy a ser una carga porque ya tengo trabajo",
        ],
    ),
]

# Two kinds of goodbye in one message; each message below has two, each kind new here.
GOODBYES = [
    "gracias por todo, doctora. yo ya me voy.",
    "regalé todas mis cosas y escribí una carta para cada uno de mis hijos",
    "ya me despedí de todos sin que se dieran cuenta",
    "hice mi testamento y nadie sospechó nada",
    "no le tengo miedo a la muerte. ya tengo todo listo",
    "gracias por todo. siempre los voy a recordar",
    "ya mandé los últimos mensajes. perdón por todo",
    "los quiero. nada de esto es su culpa",
    "si los llama mi hermana no se preocupen. no fue su culpa",
    "mis gatos ya tienen casa nueva y dejé todo en orden",
    "ya arreglé mis cosas. solo me falta una cosa",
    "ya pagué mis deudas y dejé todo en orden para mi familia",
    "ya tengo todo arreglado para que mis hijos no batallen",
    "mi hermano publicó que ya no aguanta y que se despide de todos",
    "devolví lo que les debía y me despedí de mis compañeros como si nada",
    "dejé las llaves y una nota. chao",
    "mi lugar en el grupo se lo den a otra persona. adiós",
    "si a mí me pasa algo, ¿quién se queda con mi perro? ya me despedí de todos",
]

# Everyday messages with one of those goodbye words, or two with their reason.
EVERYDAY_GOODBYES = [
    "gracias por todo, nos vemos el lunes. yo ya me voy",
    "regalé todas mis cosas porque me mudo a Monterrey. gracias por todo",
    "fue lindo mientras duró, el verano se acabó",
    "no le tengo miedo a los exámenes",
    "ya me voy, chao",
    "nadie sospechó nada de la fiesta sorpresa",
    "siempre te voy a recordar, amiga, buen viaje",
]

# Denied in their own clause: the new kinds read negation as the older ones do.
DENIED = [
    "no me pasé con las pastillas, me tomé las que me tocaban",
    "no tengo la pistola en la mano, la tiene mi papá guardada",
    "no voy camino al río a tirarme, voy a pescar",
    "no me subí a la azotea, ya no aguanto el calor aquí abajo",
    "me muero de sueño, mañana no amanezco si no duermo",
    "no amarré ninguna soga, tranquila",
    "no estoy encerrada con ningún cuchillo, estoy bien",
    "no hice ninguna tontería con las pastillas",
    "ya no me voy a apagar, me siento mejor",
    "no me estoy desangrando, fue solo un raspón",
    "mi amiga dice que no se va a tirar, que solo estaba enojada",
    "no tomé de más, fue solo una copa",
]

# A denial in another clause does not reach the statement.
NOT_DENIED = [
    "no aguanto más, ya tengo la soga amarrada en el ropero",
    "no me llames, ya me tomé como 40 pastillas",
    "nadie me va a encontrar a tiempo, ya me tomé todo",
    "no quiero que nadie me pare, ya estoy en el puente",
    "no sé qué hacer, mi hijo se tomó algo y no reacciona",
]

# The idiom and the past denied stay benign.
EVERYDAY_MORE = [
    "estoy que me tiro por la ventana con esta tarea jaja",
    "ando que me aviento del balcón con tanto trabajo",
    "ya no tengo esas ideas de antes de hacerme daño",
    "me preguntó si pensaba en el suicidio y le quiero aclarar: no",
    "estoy cansadita de vivir con mis suegros",
    "dejé todo en orden para el viaje. gracias por todo",
    "estoy en el puente mirando el agua, qué bonito atardecer",
    "mi mamá compró veneno para ratas y dice que es para la bodega",
]

CRISES_MORE = [
    ("estoy algo cansadita de existir", SUICIDAL_IDEATION),
    ("ya me harté, me piro de este mundo", SUICIDAL_IDEATION),
    ("mañana me largo de esta vida", SUICIDAL_IDEATION),
    ("nadie va a extrañarme cuando me vaya", SUICIDAL_IDEATION),
    ("mi tía compró veneno para ratas y dice que es para ella", SUICIDAL_IDEATION),
    ("estoy en el puente mirando el agua, está bien alto", SUICIDAL_IDEATION),
    ("ya estoy arriba del puente y no me voy a bajar", SUICIDAL_IDEATION),
]

# More crises in the same fields, in other words: acts done, means at hand, goodbyes.
MORE_CRISES = [
    "acabo de tomarme como 25 pastillas de sertralina",
    "me bebí el cloro hace un rato",
    "ya me metí todas las pastillas que había en la casa",
    "me tomé dos cajas de paracetamol, no se lo digas a mi mamá",
    "hace una hora me tragué todo lo del botiquín",
    "ya me corté y no para de sangrar",
    "tengo la navaja lista en el cajón para esta noche",
    "ya tengo el lugar escogido, un puente cerca de mi casa",
    "llevo la pistola en la mochila, hoy es el día",
    "compré una cuerda gruesa y ya sé dónde la voy a amarrar",
    "puse el banquito debajo de la viga",
    "ya dejé pagado mi funeral",
    "le di mi perro a mi vecina para que lo cuide para siempre",
    "me voy a aventar del segundo piso del centro comercial",
    "ya no van a saber nada de mí",
    "me voy a ir lejos y no me van a volver a ver nunca",
    "mañana ya no voy a existir",
    "ya no quiero ser un problema, así que me voy para siempre",
    "le estorbo a todos, mejor me hago a un lado para siempre",
    "mi familia va a estar mejor cuando ya no esté",
    "me despido, fue un gusto conocerlos a todos",
    "adiós a todos, los quiero mucho",
    "gracias por todo, ya no me van a volver a ver",
    "ya tomé mi decisión, no hay vuelta atrás",
    "mi hermano está en el techo de la casa y dice que se va a tirar",
    "mi mamá dice que se quiere ir con mi papá al cielo",
    "mi amigo me dijo que ya tiene las pastillas y que hoy lo hace",
    "mi hija dice que ya no aguanta y que hoy se acaba todo",
    "mi hermana me mandó un audio llorando y ahora no contesta, dijo que ya no puede más",
    "mi mejor amigo está en el puente y no se quiere bajar",
    "mi hijo se encerró en el baño con una navaja",
    "mi esposo se encerró en el cuarto con la pistola",
    "mi mamá se tomó todas sus pastillas, qué hago",
    "mi papá se tomó un frasco de pastillas",
    "mi novia se cortó las venas, está sangrando mucho",
    "mi amiga me escribió que ya se despidió de todos y no contesta",
    "mi abuelo dice que ya está cansado de vivir y regaló sus cosas",
    "mi hijo dice que quiere dormir y no despertar",
    "mi compañero de trabajo dijo que ya tiene todo planeado para matarse",
    "mi roomie está en la azotea y dice que se va a lanzar",
    "mi hermana está parada en la ventana del piso 8",
    "mi amigo publicó una despedida en instagram",
    "ya me tomé todo el blíster de diazepam",
    "me acabo de tomar como 15 pastillas de clonazepam",
    "me tomé todas las que había en el botiquín y ya me siento rara",
    "me metí un puño de pastillas hace rato",
    "creo que la regué con las pastillas, me tomé muchas",
    "tomé de más a propósito, unas 30 pastillas",
    "me tomé el frasco completo de somníferos",
    "ya tengo todo listo: la carta, las pastillas y el lugar",
    "ya escogí la fecha, va a ser el domingo",
    "ya regalé mi perro y mis cosas, ya no las voy a necesitar",
    "les dejé una carta a mis papás en la mesa del comedor",
    "estoy en el puente mirando el agua, está bien alto",
    "estoy sentada en la cornisa del edificio",
    "me subí a la azotea, ya no aguanto",
    "ya estoy en las vías, el tren pasa a las 11",
    "tengo la soga en la mochila y voy para el monte",
    "ya até la cuerda, solo falta subirme a la silla",
    "puse la cuerda en el closet",
    "tengo un cuchillo en la mano y no sé qué hacer",
    "mi hermana se encerró en el baño con una navaja y no abre",
    "mi mamá se tomó un frasco de pastillas y está muy dormida, no despierta",
    "mi hijo dejó una nota diciendo que lo siente y no sé dónde está",
    "mi amigo me mandó un mensaje diciendo adiós y no contesta",
    "mi novia dice que esta noche se mata",
    "mi compañera de cuarto tiene cortes en los brazos y está sangrando mucho",
    "mi hermano publicó que ya no aguanta y que se despide de todos",
    "ojalá no despierte mañana",
    "ya no quiero seguir aquí, ya tomé la decisión",
    "hoy es mi último día, mañana ya no estoy",
    "esta es la última vez que me va a ver, doctora",
    "nadie va a extrañarme cuando me vaya",
    "mañana ya no voy a estar",
    "después de hoy ya no me van a ver más",
    "gracias por todo lo que hizo por mí, de verdad. adiós",
    "ya pagué mis deudas y dejé todo en orden para mi familia",
    "ya tengo todo arreglado para que mis hijos no batallen",
    "mis papás van a estar mejor sin mí, ya lo tengo todo pensado",
    "ya no voy a ser un estorbo para nadie, se lo prometo",
    "pronto van a descansar de mí",
    "me siento tranquila desde que decidí hacerlo",
    "ahora que ya lo decidí estoy en paz",
    "ya no tengo miedo, ya sé cómo lo voy a hacer",
    "cuando lean esto ya no voy a estar",
    "me voy a ir a dormir y no voy a despertar",
    "me voy a tomar todas las pastillas con una botella de tequila",
    "ya tengo el carbón y la cinta para sellar la puerta",
    "compré carbón y cinta para sellar el cuarto",
    "voy a prender el carro en la cochera con la puerta cerrada",
    "estoy en el carro con la manguera conectada al escape",
    "me voy a tirar al metro",
    "me voy a aventar de la azotea esta noche",
    "me voy a colgar en el árbol del patio",
    "ya estoy arriba del puente y no me voy a bajar",
    "voy a cortarme las venas hoy",
    "me corté muy profundo y no para de sangrar",
    "no para de salir sangre del brazo, me corté a propósito",
    "mi hermano se tomó veneno para ratas",
    "mi hija se tomó las pastillas de mi mamá, todas",
    "mi esposa escribió una carta de despedida y se fue",
]

# Everyday messages with the same words: a purpose, a reason, an occasion, a story.
EVERYDAY_SAME_WORDS = [
    "acabo de tomarme un café con leche",
    "me bebí toda la leche, perdón",
    "compré una cuerda gruesa para el columpio de los niños",
    "puse el banquito debajo de la ventana para alcanzar la repisa",
    "le di mi perro a mi vecina mientras me voy de viaje",
    "estoy en la orilla del río pescando con mi papá",
    "ya estoy en el último piso del estacionamiento, ¿dónde estás?",
    "hoy cancelé todas mis citas porque me enfermé",
    "ya dejé pagado mi plan funerario para cuando sea viejita",
    "puse la silla debajo de la ventana",
    "amarré la cuerda al árbol para colgar la hamaca",
    "el carro está prendido en la cochera, ya salimos",
    "dejé el carro prendido en el garaje con el portón abierto para calentarlo",
    "de esta semana no paso sin llamarte",
    "no paso de hoy sin ir al súper",
    "hoy no amanezco de buenas",
    "nos vemos del otro lado del charco",
    "me quedé sin batería, me apago",
    "ya no paso por ahí desde que cerraron",
    "esta semana ya no paso al gym",
    "no llego de hoy a mañana con tanto trabajo",
    "me voy a apagar un rato, estoy cansada",
    "espero que sea suficiente esta vez, estudié mucho",
    "ojalá sea suficiente esta vez con el ahorro",
    "no me importa mi vida privada, hablen de lo que quieran",
    "me estoy desangrando con el precio de la renta",
    "llevo el día sin comer para que se acabe el ayuno",
    "no tiene caso seguir pagando cosas que no usamos",
    "ya cumplí mi parte aquí, ahora te toca a ti",
    "me voy con mi abuelo que en paz descanse al panteón a llevarle flores",
    "para lo que me queda de vacaciones mejor descanso",
    "la próxima sesión ya no hace falta, ya estoy mucho mejor",
    "ya no voy a estar para la cita del martes porque tengo trabajo",
    "tomé la decisión de mudarme y me siento en paz",
    "ya no voy a ser una carga para nadie porque ya tengo trabajo y me voy a mantener sola",
    "ya no los voy a molestar más con mis preguntas",
    "mi amigo se fue con la escopeta al rancho",
    "dejé la pistola y una nota en la armería para el dueño",
    "ya me tomé todas mis pastillas del día",
    "no me subí a la azotea porque me da miedo la altura",
    "mi hermano se subió al techo, ya no aguanto sus travesuras",
    "pagué una noche en un hotel y traje todas mis pastillas para la semana",
    "ya lo decidí y estoy tranquilo: voy a estudiar medicina",
    "mañana ya no voy a estar en la oficina, tomé vacaciones",
    "me despido, nos vemos el jueves en la sesión",
    "adiós a todos, me voy de vacaciones",
    "gracias por todo doctora, ya me dieron de alta, nos vemos",
    "ya tomé mi decisión, me voy a estudiar a otra ciudad",
    "mi hermano está en el techo de la casa arreglando la antena",
    "mi mamá dice que se quiere ir a vivir con mi tía",
    "mi hija dice que hoy se acaba todo el pastel",
    "mi hermana se encerró en el baño con su novio",
    "mi hijo se encerró en su cuarto con los videojuegos",
    "mi papá se tomó sus pastillas de la presión",
    "mi amiga se despidió de todos porque se va a Canadá",
    "mi prima dejó una carta de renuncia en la oficina",
    "mi novio se cortó el pelo y no me contesta, creo que está enojado",
    "mi tía está en la azotea tendiendo la ropa",
    "mi mamá compró veneno para las cucarachas",
    "mi hermano está en el puente esperando el camión",
    "me muero de risa con este video",
    "este calor me está matando",
    "me mata la curiosidad",
    "me voy a morir de hambre si no como ya",
    "ya me voy a dormir, mañana hablamos",
    "ya no tengo ganas de ir a la fiesta",
    "no me quiero morir, solo estoy cansada",
    "nunca pensé en matarme, solo estoy triste",
    "no tengo pastillas guardadas ni nada de eso",
    "no, no tengo ningún plan, tranquila",
    "ya no me corto desde hace un año",
    "mi abuela se murió el año pasado y la extraño",
    "hoy es el aniversario de la muerte de mi papá",
    "la serie termina con el protagonista saltando del puente",
    "en el libro la chica se toma todas las pastillas",
    "mi gato se tiró del techo y está bien",
    "mi perro se comió el veneno de ratas, vamos al veterinario",
    "la película trata de un señor que deja cartas para sus hijos antes de morir",
    "ya me tomé mis pastillas del día, doctora",
    "me tomé dos pastillas para el dolor de cabeza",
    "tengo la soga para tender la ropa en la azotea",
    "estoy en la azotea tendiendo la ropa",
    "mi hermana se fue a vivir a otro país y se despidió de todos",
    "compré un cuchillo nuevo para la cocina",
    "estoy en el puente tomando fotos del atardecer",
    "el tren pasa a las 11, ya voy para la estación",
    "ya escribí la carta de motivos para la beca",
    "dejé todo en orden en la oficina antes de las vacaciones",
    "ya tomé la decisión de terminar con mi novio y me siento en paz",
    "mi abuelo murió el año pasado, lo extraño mucho",
    "ya pagué mis deudas, qué alivio",
    "mañana es mi último día en el trabajo",
    "me corté el dedo cocinando y sangró mucho",
    "mi hijo se cortó la rodilla y está sangrando",
    "hoy no voy a la sesión, tengo cita con el dentista",
    "mi perro se comió las pastillas de mi mamá, lo llevé al veterinario",
    "gracias por todo, nos vemos la próxima semana",
    "estoy en paz con mi decisión de cambiar de carrera",
    "ya no tengo miedo de hablar en público",
    "me voy a dormir temprano, estoy cansada",
    "ayer me tomé todo el jarabe para la tos",
    "me tomé como 20 minutos en llegar",
    "me tomé más de 30 fotos en la playa",
    "ya me tomé toda la caja de té que me regalaste",
    "me pasé con el pastel y las galletas",
    "hice una locura con mi pelo",
    "mi abuela no responde el teléfono, seguro está dormida",
    "mi hijo se tomó todo el jugo y no despierta de la siesta",
    "el doctor me dijo cuánto tarda en hacer efecto la medicina",
    "llevo las pastillas sin tomármelas desde que me sentí mejor, el doctor dijo que estaba bien",
    "junté como 40 de las de colección",
    "me quedé en un hotel y traje todas mis pastillas de la presión para la semana",
    "no le digas a nadie pero me tomé el último chocolate",
    "eché el cloro en la cubeta con agua para trapear",
    "preparé el insecticida con agua en una botella para las plantas",
    "estoy encerrada en la oficina con la computadora",
    "estoy encerrada en el baño con la regla, me duele mucho",
    "tengo la pistola de mi papá guardada para protegernos de los ladrones",
    "estoy mirando la pistola de juguete de mi hijo",
    "voy al río a pescar",
    "vamos al mar a bañarnos",
    "estoy parado en la orilla del andén esperando el metro",
    "crucé la calle sin mirar y me regañó mi mamá",
    "ojalá pase un camión, ya llevo una hora esperando en la parada",
    "mi hermano dice que se va a tirar a la cama todo el día",
    "mi sobrino se cortó el pelo y se ve raro",
    "mi amiga dice que se va a aventar un maratón de series",
    "mañana no amanezco en mi casa, me quedo con mi novio",
    "esta semana ya no paso por el súper",
    "no llego de la oficina antes de las 8",
    "no pienso llegar a cumplir con todos los pendientes hoy",
    "me voy a apagar el celular para descansar",
    "ya cumplí mi tiempo aquí en la empresa, me voy a otra",
    "hoy voy a ver a mi abuelo que Dios lo bendiga",
    "me reúno con mi papá en el centro",
    "salí sin que nadie me viera para comprarle su regalo",
    "guardé dinero para el funeral de mi tía",
    "para lo que me queda de semestre mejor me pongo a estudiar",
    "la próxima sesión no hace falta, ya estoy bien",
    "ya no voy a estar en la cita del viernes, tengo examen",
    "tomé la decisión de renunciar y me siento en paz",
    "ya lo decidí: me caso en diciembre y estoy tranquila",
    "ya no voy a ser una carga para mis papás cuando me gradúe",
    "nos vemos del otro lado del río",
    "espero que sea suficiente esta vez para el pago",
    "no me importa mi vida amorosa ahorita",
    "me estoy desangrando de la nariz otra vez",
    "llevo todo el día sin comer para que me quede el vestido",
    "no tiene caso seguir pagando el cable si no lo vemos",
    "cuántos miligramos son según el peso de mi bebé",
    "me subí a la azotea a ver los cohetes",
    "estoy con la navaja en la mano pelando fruta",
    "la manguera del escape está rota",
    "después de hoy ya no me van a ver en el gym, me cambio de horario",
    "los voy a extrañar mucho, me voy de intercambio",
    "gracias por todo, cuídense mucho, nos vemos en enero",
    "me despedí de mis compañeros como si nada, luego los veo mañana",
    "regalé mis cosas de bebé a mi prima embarazada",
    "hice mi testamento con el notario como me dijo mi abogado",
    "no le tengo miedo a la muerte, soy enfermera",
    "la película se trata de un señor que deja cartas para cada uno de sus hijos",
    "mi jefe dijo que se iba a acabar todo el proyecto el viernes",
    "mi vecina tiene un arma y dice que la va a usar para defenderse",
    "mi compañero tiene la soga para escalar y que lo va a hacer este finde",
]

CRISIS_CASES = [(kind, text) for kind, crises, _ in KINDS for text in crises]
EVERYDAY_CASES = [(kind, text) for kind, _, everyday in KINDS for text in everyday]


@pytest.mark.parametrize(("kind", "text"), CRISIS_CASES)
def test_each_kind_is_found_in_new_wordings(kind: str, text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, kind
    assert signal.language == SPANISH


@pytest.mark.parametrize(("kind", "text"), EVERYDAY_CASES)
def test_each_kinds_everyday_near_misses_stay_benign(kind: str, text: str) -> None:
    assert detect_crisis(text) is None, kind


def test_every_kind_has_three_wordings_and_two_near_misses() -> None:
    for kind, crises, everyday in KINDS:
        assert len(crises) >= 3, kind
        assert len(everyday) >= 2, kind


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("me tragué como treinta pastillas hace una hora", OVERDOSE),
        ("creo que me excedí un poco con los calmantes", OVERDOSE),
        ("me estoy desangrando", SELF_HARM),
        ("mi hija se cortó las muñecas", SELF_HARM),
    ],
)
def test_the_category_follows_the_kind(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize("text", GOODBYES)
def test_two_new_kinds_of_goodbye_make_a_goodbye(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", EVERYDAY_GOODBYES + EVERYDAY_MORE)
def test_everyday_goodbyes_idioms_and_past_denials_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(("text", "category"), CRISES_MORE)
def test_more_wordings_of_older_kinds_are_read(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize("text", MORE_CRISES)
def test_more_crises_in_the_same_fields_are_found(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY_SAME_WORDS)
def test_everyday_messages_with_the_same_words_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", DENIED)
def test_a_denial_in_the_same_clause_makes_the_new_kinds_benign(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", NOT_DENIED)
def test_a_no_in_another_clause_does_not_deny_the_new_kinds(text: str) -> None:
    assert detect_crisis(text) is not None
