"""Spanish crises said by their signs (a fifth round), and the everyday senses of the same words.

A dose asked about, pills kept and counted, means kept for a day, a letter left for
when one is found, a blade beside the wrists, others better off without someone like
the client, a pardon asked of everyone; more kinds of goodbye (no one to blame, love
sent through someone, letters for each one, a first try and the same feeling now,
things put in order, peace made with everyone, "por si acaso"). Every example here is
written for this test, none taken from a data set.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis

CRISES = [
    ("¿cuántos rivotril son demasiados para un adulto? pregunto por mí", OVERDOSE),
    ("cuanto tramadol seria mortal", OVERDOSE),
    ("cuantos pisos son suficientes para no sobrevivir", SUICIDAL_IDEATION),
    ("y si me trago todos los del azucar de mi abuelo, me muero?", OVERDOSE),
    ("me acabe los que habia en el cajon de mi tia, ya estoy mareado", OVERDOSE),
    ("llevo una semana guardando los calmantes de mi papa y todas las noches los cuento", OVERDOSE),
    ("tengo la soga escondida para cuando ya no aguante", SUICIDAL_IDEATION),
    ("escondi una carta pa cuando me hallen", SUICIDAL_IDEATION),
    ("con la gillette en la mano, mirando mis venas", SELF_HARM),
    ("pensando en mis venas con el cutter al lado", SELF_HARM),
    ("mi familia seria mas feliz sin un hijo como yo", SUICIDAL_IDEATION),
    ("mejor me voy de este mundo, lo pense bien", SUICIDAL_IDEATION),
    ("solo quiero apagarme", SUICIDAL_IDEATION),
    ("no se pa que sigo viva", SUICIDAL_IDEATION),
    ("si me mato en la carretera ni modo", SUICIDAL_IDEATION),
    ("quiero despedirme de ti antes de hacerlo", SUICIDAL_IDEATION),
    ("perdonenme a todos", SUICIDAL_IDEATION),
    ("mi hermano consiguio un revolver y dijo que es para el", SUICIDAL_IDEATION),
    ("ya no puedo mas. los amo", SUICIDAL_IDEATION),
    ("gracias por todo, maestra. ya no nos volveremos a ver", SUICIDAL_IDEATION),
    ("dile a mi papa que lo quiero. nadie tiene la culpa", SUICIDAL_IDEATION),
    ("deje mis claves a mi hermana por si acaso", SUICIDAL_IDEATION),
    ("no voy a llegar a marzo", SUICIDAL_IDEATION),
    ("no creo aguantar hasta el viernes", SUICIDAL_IDEATION),
    ("mañana es el ultimo dia que me ven", SUICIDAL_IDEATION),
    ("quiero cerrar los ojos para siempre", SUICIDAL_IDEATION),
    ("estoy en el muelle y no pienso regresar", SUICIDAL_IDEATION),
    ("mi tio publico una foto desde la azotea, nos vemos del otro lado dijo", SUICIDAL_IDEATION),
    ("mi suegra dejo notas para cada hijo y ya no va a estar para navidad dice", SUICIDAL_IDEATION),
    ("mi abuela se estaba despidiendo de todos por telefono llorando", SUICIDAL_IDEATION),
    ("ya arregle mis asuntos. cuiden a mi gato", SUICIDAL_IDEATION),
    ("me voy esta noche para no volver. perdon por todo", SUICIDAL_IDEATION),
    ("ya me decidi. gracias por todo", SUICIDAL_IDEATION),
    ("hice las paces con todo el mundo, les dejo mis cosas", SUICIDAL_IDEATION),
    (
        "mi primer intento fue hace un ano y hoy siento lo mismo que aquella noche",
        SUICIDAL_IDEATION,
    ),
    ("hoy es la noche. ya compre las pastillas", SUICIDAL_IDEATION),
    ("dejo el gas prendido y las ventanas selladas", SUICIDAL_IDEATION),
    ("me tome tres cervezas encima de la quetiapina", OVERDOSE),
    ("mi mama se encerro en su cuarto con la caja de pastillas y no abre", SUICIDAL_IDEATION),
    ("tengo el revolver en el buro y ya lo cargue", SUICIDAL_IDEATION),
    ("no es broma, ya no quiero estar aca", SUICIDAL_IDEATION),
    ("me quiero ir ya de una vez para siempre", SUICIDAL_IDEATION),
    ("busque cuantos metros tiene que tener el puente para no sobrevivir", SUICIDAL_IDEATION),
]

# The same words in everyday use, and one kind of goodbye alone.
EVERYDAY = [
    "¿cuánto paracetamol es demasiado para un niño de 4 años?",
    "cuantas cervezas son demasiadas para manejar",
    "si me tomo todas las vitaminas juntas que pasa, es que se me olvido ayer",
    "me tome los que habia en el refri, estaban ricos los yogures",
    "cuento las pastillas cada noche para el pastillero de mi abuela",
    "tengo unas pastillas para cuando me duele la cabeza",
    "guardo una cuerda para cuando llegue el dia de la mudanza",
    "escribi una nota para cuando lleguen los invitados",
    "pensando en mis muñecas de porcelana con las tijeras de costura",
    "mejor me voy sin mi chamarra",
    "el equipo estaria mejor sin un portero como yo jaja",
    "quiero apagarme un rato del celular",
    "no se por que sigo aqui en esta oficina",
    "si me muero de risa mejor",
    "quiero despedirme de ti antes de irme de viaje",
    "llegue tarde, perdonenme todos",
    "mi papa compro una pistola para defender la casa, dice que es para el",
    "no puedo mas de la risa",
    "no puedo mas con este calor",
    "gracias por todo, ya no nos vamos a ver porque me mudo a monterrey",
    "dile a mi mama que la quiero mucho, nos vemos el domingo",
    "no fue tu culpa, el trafico estaba horrible",
    "le pase la clave del wifi a mi hermano por si acaso",
    "no voy a llegar a la junta a las 9",
    "no creo que llegue el paquete para navidad",
    "hoy es el ultimo dia que me ven en la oficina, me cambio de sucursal",
    "estoy en el muelle pescando, no pienso regresar hasta que pique algo",
    "me tire del muelle a nadar con mis primos",
    "publique una foto del puente, que bonita vista",
    "ya arregle mis cosas para la mudanza",
    "me voy de vacaciones para no volver a trabajar en un mes lol",
    "ya me decidi por el vestido azul",
    "hice las paces con mi hermana por fin",
    "mi intento de pastel fue un desastre",
    "hoy es la noche de la boda de mi prima",
    "tengo el gas prendido y la puerta cerrada porque esta haciendo frio, esta bien?",
    "me tome una cerveza con la cena",
    "me encerre en el cuarto con la caja de galletas",
    "tengo la pistola de agua cargada para la fiesta",
    "ya no quiero estar aca en esta ciudad",
    "quede muerta despues de la clase de spinning",
    "prefiero morirme antes que volver a ese restaurante",
    "la doctora me pregunto si queria hacerme dano y le dije que no",
    "no he vuelto a cortarme el pelo desde marzo",
    "mi prima no esta en su cuarto, salio con sus amigas",
    "ya saben porque no les contesto, estoy sin saldo",
    "tengo mis pastillas guardadas en el botiquin",
    "mi hermana me mando un audio despidiendose porque se va a canada",
    "no puedo mas del cansancio, adios me voy a dormir",
    "te dejo mis llaves por si acaso.",
    "les dejo mi numero por si acaso",
    "le deje las llaves a la vecina por si acaso",
    "no puedo mas con el trabajo. los quiero, nos vemos mañana",
    "gracias por todo, doctora. nos vemos el martes",
    "ya no nos vamos a ver tan seguido, me cambiaron de turno",
    "ya no me van a ver en el gimnasio, lo deje",
    "no fue mi culpa, se lo juro. perdon por todo el desorden",
    "dile a mi hermana que la quiero y que le mande fotos del bebe",
    "nadie tiene la culpa de que llueva, asi es la vida. gracias por todo",
    "mi primer intento fue hace un mes y por fin me salio el pan",
    "siento lo mismo que aquella vez que reprobe, pero ya se me pasara",
    "hice las paces con todo el mundo en la oficina, que alivio",
    "ya arregle mis papeles de la visa. gracias por todo",
    "por si acaso, mañana llevo paraguas",
    "hoy es la noche de pizza en la casa",
    "ya me decidi: me inscribo al gimnasio",
    "mi abuelo no va a estar para navidad porque se va a cuba",
    "no voy a llegar a diciembre sin vacaciones, necesito descansar",
    "no creo que aguante hasta el viernes sin cafe",
    "el cuchillo de la cocina esta mas afilado, pensando en mis munecas de trapo jaja",
    "cuantas pastillas de melatonina son demasiadas para dormir? pregunta seria",
    "tengo un cutter en la mochila para la clase de maquetas",
    "ya me tome las que tenia pendientes de la receta",
    "cuento las pastillas de mi mama cada noche para saber si se las tomo",
    "si me muero de hambre mejor pido pizza",
    "si me muero de la pena, mejor ni voy",
    "mi intento fue el sabado en el examen de manejo y no pase",
    "mi hijo no esta en su cuarto, ya se fue a la escuela",
    "estoy en el malecon viendo el atardecer con mi novia",
    "me aviento del muelle al agua, esta bien rica",
]


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_said_by_its_signs_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_sense_of_the_same_words_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


# A wish to live no more with a reason after the comma; "el" before a place is the article;
# a time after "acabar con todo"; means for oneself with a reason denied; the river, slang,
# no longer a worry, going with the dead; things handed out before going.
CRISES_BESIDE_A_REASON = [
    ("no soporto mas, me voy a morir", SUICIDAL_IDEATION),
    ("ya no quiero vivir, acabo de discutir con mi novio", SUICIDAL_IDEATION),
    ("no quiero seguir viviendo, sola ya no puedo con esto", SUICIDAL_IDEATION),
    ("ya no quiero vivir, en la cena nadie me hablo", SUICIDAL_IDEATION),
    ("estoy en el balcon del cuarto piso y me voy a aventar", SUICIDAL_IDEATION),
    ("desde el puente me voy a lanzar hoy", SUICIDAL_IDEATION),
    ("voy a terminar con todo este viernes", SUICIDAL_IDEATION),
    ("me voy a aventar a la presa", SUICIDAL_IDEATION),
    ("me voy a meter un plomazo", SUICIDAL_IDEATION),
    ("me quiero dar piso ya", SUICIDAL_IDEATION),
    ("le voy a regalar mis discos a mi primo porque ya no voy a estar", SUICIDAL_IDEATION),
    ("ando repartiendo mis cosas, ya no las voy a ocupar", SUICIDAL_IDEATION),
    ("muy pronto ya no van a tener que cuidarme", SUICIDAL_IDEATION),
    ("despues del velorio me voy con ella", SUICIDAL_IDEATION),
    ("traigo la navaja y es para mi, no para el trabajo", SUICIDAL_IDEATION),
    ("ya tengo el rifle cargado y es para mi, ni para cazar ni para nada", SUICIDAL_IDEATION),
    (
        "sigo parada en la baranda del puente y no me quiero bajar, mi mama no sabe",
        SUICIDAL_IDEATION,
    ),
]

# Hunting, a purpose named, a pet, a reason for a goodbye (a move, a wedding, a last day at
# work, a meeting set), a shift, a month: the everyday senses the readings above share words with.
EVERYDAY_WITH_ITS_REASON = [
    "no aguanto mas este trafico, me voy a morir",
    "no puedo mas, me voy a morir de sueno",
    "el domingo vamos de caceria, ya tengo la escopeta cargada",
    "mi tio tiene una pistola y ya se donde guarda las llaves de la camioneta",
    "mi hermana compro una cuerda para escalar y la escondio debajo de la cama",
    "guarde la cuerda debajo de la cama para que no la muerda el cachorro",
    "me voy al rio y no vuelvo a ir con esos amigos",
    "estoy en la azotea y no me quiero bajar, esta bonito el atardecer",
    "deje una nota en el refri: la cena esta en el horno",
    "tengo el testamento de mi abuelo en el cajon, lo trajo el notario",
    "hoy voy a hacer lo que tenia pensado desde hace semanas: arreglar el jardin",
    "ya se a que hora no hay nadie en la alberca",
    "busque donde comprar el veneno para las termitas",
    "termine todas las pastillas del antibiotico y ya puedo tomarme un vino",
    "con 20 pastillas me alcanza hasta marzo",
    "me da igual si me mata mi jefa, hoy salgo temprano",
    "me imagino cayendo de la bici otra vez",
    "ojala no me hubieran operado de la espalda",
    "quisiera estar en el cementerio de mi pueblo para dejarle flores a mi abuela",
    "pienso en soltar el volante cuando mi hija saque su licencia",
    "mi jefa dice que se mata estudiando para el examen",
    "mi primo dice que se va a tirar al rio a nadar",
    "quiero desaparecer un finde a la playa",
    "ya no voy a estar aqui el proximo lunes, tengo cita",
    "me despido de ustedes, me cambio de clinica, gracias por todo",
    "guarde la soga de escalar en el carro",
    "mi hija dijo que se va a colgar el diploma en la sala",
    "quiero dormir para siempre despues de este turno",
    "ya tengo las pastillas contadas para todo el mes",
    "gracias por todo este tiempo, los quiero, nos vemos en febrero",
    "regale mis muebles porque me mudo a lima, los voy a extranar",
    "hoy fue mi ultimo dia en la oficina, me despedi de todos y les regale mis plantas",
    "ya lo decidi, el sabado lo hago: le voy a pedir matrimonio",
]


@pytest.mark.parametrize(("text", "category"), CRISES_BESIDE_A_REASON)
def test_a_crisis_beside_a_reason_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY_WITH_ITS_REASON)
def test_the_everyday_reason_keeps_it_everyday(text: str) -> None:
    assert detect_crisis(text) is None


# More ways of saying it: a plan known in full, one's own funeral arranged, a bottle in the hand,
# a dose that kills, a list of who keeps one's things, no strength left to go on, no reasons found.
CRISES_SAID_OTHERWISE = [
    ("mi hermano dice que ya no aguanta y que esta noche se va a matar", SUICIDAL_IDEATION),
    ("mi amiga subio una historia diciendo que ya se despide de todos", SUICIDAL_IDEATION),
    (
        "mi mama escondio las pastillas de mi papa en su cuarto y dice que ya no quiere seguir",
        SUICIDAL_IDEATION,
    ),
    ("mi hijo me pregunto cuantas pastillas se necesitan para no despertar", SUICIDAL_IDEATION),
    ("parce ya no doy mas, me voy a botar del puente", SUICIDAL_IDEATION),
    ("boludo ya fue, me mato esta noche", SUICIDAL_IDEATION),
    ("pana ya no quiero existir", SUICIDAL_IDEATION),
    ("ya no quiero amanecer mañana", SUICIDAL_IDEATION),
    ("estoy cansada de ser una carga, mejor me muero", SUICIDAL_IDEATION),
    ("me cortare hoy otra vez, lo necesito", SELF_HARM),
    ("ya tome la decision, esta semana me voy de este mundo", SUICIDAL_IDEATION),
    ("tengo la cuerda lista en el closet", SUICIDAL_IDEATION),
    ("ando con ganas de tirarme de la azotea", SUICIDAL_IDEATION),
    ("nadie me va a extrañar cuando me mate", SUICIDAL_IDEATION),
    ("ya escribi las cartas para mis hijos, estan en el cajon", SUICIDAL_IDEATION),
    ("ya no hay nada que me detenga, esta noche es", SUICIDAL_IDEATION),
    ("me siento como un estorbo en esta casa, mejor me voy para siempre", SUICIDAL_IDEATION),
    ("voy a dejar de ser un problema muy pronto", SUICIDAL_IDEATION),
    ("si me voy nadie me va a extrañar", SUICIDAL_IDEATION),
    ("le deje una carta a mi mama debajo de su puerta, perdoname ma", SUICIDAL_IDEATION),
    ("tengo una bolsa de pastillas que junte durante meses", OVERDOSE),
    ("mañana ya no me van a encontrar", SUICIDAL_IDEATION),
    ("ya no sirvo para nada, lo mejor es que desaparezca", SUICIDAL_IDEATION),
    ("no quiero estar viva mañana", SUICIDAL_IDEATION),
    ("hoy voy a tomar todo lo que tengo en el botiquin", OVERDOSE),
    ("me subi al techo y estoy viendo para abajo", SUICIDAL_IDEATION),
    ("ya me harte de vivir asi, hoy lo termino", SUICIDAL_IDEATION),
    ("me quiero morir pero no se como", SUICIDAL_IDEATION),
    ("quiero que esto se acabe de una vez", SUICIDAL_IDEATION),
    ("no le veo salida a esto, solo morir", SUICIDAL_IDEATION),
    ("mis hijos van a estar mejor sin mi", SUICIDAL_IDEATION),
    ("voy a conducir hacia el muro sin frenar", SUICIDAL_IDEATION),
    ("creo que hoy es el dia en que me voy", SUICIDAL_IDEATION),
    ("ojala nunca hubiera nacido", SUICIDAL_IDEATION),
    ("ya no le encuentro chiste a nada, quisiera dormirme y ya", SUICIDAL_IDEATION),
    ("ojala me diera algo y ya no despertara", SUICIDAL_IDEATION),
    ("ando buscando como conseguir una pistola sin permiso", SUICIDAL_IDEATION),
    ("ya tengo pensado como y cuando", SUICIDAL_IDEATION),
    ("ya escribi lo que quiero que lean en mi funeral", SUICIDAL_IDEATION),
    (
        "le pedi a mi hermana que cuide a mis hijos si me pasa algo, ya no puedo mas",
        SUICIDAL_IDEATION,
    ),
    ("prefiero que me entierren a seguir asi", SUICIDAL_IDEATION),
    ("mi vida ya no tiene remedio, lo mejor es terminarla", SUICIDAL_IDEATION),
    ("hoy me despedi de mi mama como si fuera la ultima vez", SUICIDAL_IDEATION),
    ("nadie va a notar cuando ya no este", SUICIDAL_IDEATION),
    ("estoy juntando las pastillas de a poquito", OVERDOSE),
    ("tengo todo el frasco de pastillas en la mano", OVERDOSE),
    ("ya me corte otra vez y esta vez fue mas profundo", SELF_HARM),
    ("llevo tres dias sin comer a proposito, quiero desaparecer", SUICIDAL_IDEATION),
    ("me estoy despidiendo de ustedes, gracias por todo", SUICIDAL_IDEATION),
    ("la neta ya me quiero morir", SUICIDAL_IDEATION),
    ("estoy pensando en tirarme al metro", SUICIDAL_IDEATION),
    ("me voy a echar a las vias del tren", SUICIDAL_IDEATION),
    ("mañana ya no voy a despertar, ya me tome todo", SUICIDAL_IDEATION),
    ("voy a manejar hasta el acantilado y no voy a frenar", SUICIDAL_IDEATION),
    ("no encuentro razones para seguir", SUICIDAL_IDEATION),
    ("siento que soy una carga para todos y que lo mejor es irme", SUICIDAL_IDEATION),
    ("ya compre el boleto sin regreso, no me busquen", SUICIDAL_IDEATION),
    ("a veces pienso que seria mas facil no despertar", SUICIDAL_IDEATION),
    ("mi hija de 14 dice que se quiere morir y se corta", SUICIDAL_IDEATION),
    ("mi novio me mando una foto de unas pastillas y dijo adios", SUICIDAL_IDEATION),
    ("ya no quiero seguir en este mundo", SUICIDAL_IDEATION),
    ("me cortaria las venas si tuviera valor", SELF_HARM),
    ("estoy en la tina con la navaja", SUICIDAL_IDEATION),
    ("escribi mi carta de despedida", SUICIDAL_IDEATION),
    ("solo quiero que todo termine ya", SUICIDAL_IDEATION),
    ("ya no tengo fuerzas para seguir viviendo", SUICIDAL_IDEATION),
    ("me quiero aventar del puente", SUICIDAL_IDEATION),
    ("tengo ganas de estrellar el carro contra un poste", SUICIDAL_IDEATION),
    ("si manana no amanezco no me lloren", SUICIDAL_IDEATION),
    ("quiero quedarme dormida para siempre", SUICIDAL_IDEATION),
    ("ya no soporto mi vida, hoy le pongo fin", SUICIDAL_IDEATION),
    ("deje todo pagado y las cuentas en orden, ya no falta nada", SUICIDAL_IDEATION),
    ("busque en internet que dosis de insulina mata", OVERDOSE),
    ("hice una lista de quien se queda con mis cosas", SUICIDAL_IDEATION),
]

# The same words for a surprise, a haircut, a trip, a view, a child's dose, a game.
EVERYDAY_SAID_OTHERWISE = [
    "mi hijo dice que ya no quiere seguir en el futbol",
    "mi prima dice que ya se despide de todos porque se va a vivir a canada",
    "me voy a botar del trampolin de la alberca",
    "mi jefe dice que ya no quiere seguir con el proyecto",
    "ya no hay nada que me detenga, me inscribo al maraton",
    "hoy es el dia en que me voy a vivir sola",
    "voy a dejar de ser un problema para mi jefe muy pronto, ya casi acabo el reporte",
    "las pastillas que junte en la farmacia son de mi mama, las llevo manana",
    "lo mejor es que desaparezca de las redes un rato",
    "hoy me voy a tomar todo lo que hay en el refri",
    "no le veo salida a este laberinto, solo mas paredes",
    "me subi al techo y estoy viendo para abajo el desfile",
    "me harte de vivir en esta ciudad",
    "perdoname por llegar tarde",
    "perdoname, no vi tu mensaje",
    "hoy lo termino, el reporte ya casi esta",
    "esta noche es la fiesta, los quiero",
    "voy a conducir hacia el muro de la frontera, son seis horas",
    "ya se como y cuando le voy a dar la sorpresa a mi novia",
    "ya tengo pensado como y cuando, la fiesta va a ser en el jardin",
    "quiero que toquen mariachi en mi funeral cuando sea viejito jaja",
    "prefiero que me cremen cuando me muera, ya se lo dije a mi esposa",
    "mi vida social ya no tiene remedio",
    "tengo todo el frasco de vitaminas en la mano, cuantas son?",
    "hice una lista de quien se queda con mis plantas mientras estoy de viaje",
    "que dosis de paracetamol le doy a mi hijo de 20 kilos",
    "no le encuentro el chiste a este juego",
    "ya no tengo fuerzas para seguir con este proyecto",
    "ando buscando como conseguir una soga para el columpio",
    "me estoy despidiendo de ustedes porque me mudo, gracias por todo",
    "ya compre el boleto sin regreso a madrid, nos vemos en navidad",
    "me cortaria el pelo si tuviera valor",
    "voy a manejar hasta el acantilado para ver el atardecer",
    "deje todo pagado antes de irme de vacaciones, las cuentas en orden",
    "mi amiga me mando una foto de unas pastillas que le recetaron, que son?",
]


@pytest.mark.parametrize(("text", "category"), CRISES_SAID_OTHERWISE)
def test_a_crisis_said_otherwise_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY_SAID_OTHERWISE)
def test_the_same_words_said_of_everyday_things_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
