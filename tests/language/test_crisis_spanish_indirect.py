"""Spanish crises said indirectly (a fourth round), and the everyday senses of the same words.

Every example here is written for this test, none taken from a data set.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis

CRISES = [
    # A weekend named before the act is a time, not the thing doing it.
    ("este finde me mato, ya lo tengo claro", SUICIDAL_IDEATION),
    ("esta vez me quito de en medio", SUICIDAL_IDEATION),
    # Every form of throwing oneself ("aviento") is read with its height.
    ("desde el balcon del sexto piso me aviento cualquier dia de estos", SUICIDAL_IDEATION),
    # Two kinds of goodbye: affairs put in order, ready, when, without me,
    # where I am going, traces wiped, a way that does not hurt, silence.
    ("ya le pague a mi compadre lo que le debia. ya esta todo arreglado", SUICIDAL_IDEATION),
    ("puse el carro a nombre de mi hija. ustedes van a estar mejor sin mi", SUICIDAL_IDEATION),
    ("vendi la moto. a donde me voy ya no la necesito", SUICIDAL_IDEATION),
    ("borre todos mis chats, no quiero que quede ni rastro de mi", SUICIDAL_IDEATION),
    ("ya elegi la fecha. busque la manera de irme sin sufrir", SUICIDAL_IDEATION),
    ("bye a todos, cuiden a mi perrito", SUICIDAL_IDEATION),
    ("no me esperes el lunes. te quiero, cuida a mis plantas", SUICIDAL_IDEATION),
    ("wrote the letters para mis papas, ya tengo todo listo", SUICIDAL_IDEATION),
    ("ya fije cuando. el viernes lo hago", SUICIDAL_IDEATION),
    ("ya no tiene caso. perdon por todo", SUICIDAL_IDEATION),
    ("fue lindo mientras duro, que nadie tenga que aguantarme", SUICIDAL_IDEATION),
    ("regale mis libros, no me van a volver a ver", SUICIDAL_IDEATION),
    ("ya elimine mis cuentas... te deje mis claves en el cajon", SUICIDAL_IDEATION),
    ("nomas me falta el valor. ya lo tengo todo decidido", SUICIDAL_IDEATION),
    ("ya lo intente el ano pasado. esta vez no voy a fallar", SUICIDAL_IDEATION),
    ("ayer fue la ultima vez que bese a mi hija, cuiden a mi nina", SUICIDAL_IDEATION),
    ("cuando yo falte no se peleen por la casa, ya esta el testamento", SUICIDAL_IDEATION),
    ("ya estoy en el puente. perdonenme", SUICIDAL_IDEATION),
    ("consegui unas pastillas. gracias por aguantarme tanto", SUICIDAL_IDEATION),
    ("si mañana no les contesto ya saben. los amo", SUICIDAL_IDEATION),
    # Someone close: a note left and no answer, things handed out and thanks.
    ("mi cunado dejo una nota en la cocina y no contesta", SUICIDAL_IDEATION),
    ("mi prima repartio sus joyas y nos dio las gracias por todo", SUICIDAL_IDEATION),
    ("me lavaron el estomago en abril. volvieron las ideas de antes", SUICIDAL_IDEATION),
    # At the edge, or going there to stay.
    ("sigo en el techo de la torre mirando pa abajo", SUICIDAL_IDEATION),
    ("estoy sentado en el barandal del puente", SUICIDAL_IDEATION),
    ("el sabado me voy pal rio y ya no regreso", SUICIDAL_IDEATION),
    ("ya voy llegando a la via del tren", SUICIDAL_IDEATION),
    # Means kept, loaded, in the hand; poison with no pests; the grain pill.
    ("la soga esta guardada debajo de mi colchon", SUICIDAL_IDEATION),
    ("el rifle de mi abuelo esta cargado en el ropero", SUICIDAL_IDEATION),
    ("mi papa guarda el revolver arriba, ya se donde esta la llave", SUICIDAL_IDEATION),
    ("traigo la navaja en la mano y tengo ganas de usarla", SUICIDAL_IDEATION),
    ("compre matarratas pero en casa no tenemos ratones", SUICIDAL_IDEATION),
    ("consegui pastillas para el gorgojo", SUICIDAL_IDEATION),
    # Pills with drink, or counted enough.
    ("una tira entera de clonazepam y medio litro de tequila", OVERDOSE),
    ("las pastillas de mi mama ya me alcanzan, las conte ayer", OVERDOSE),
    ("me baje la caja completa de tramadol", OVERDOSE),
    # A wish to have died; dying in slang; no one around; researched.
    ("ojala no me hubieran encontrado esa noche", SUICIDAL_IDEATION),
    ("quisiera estirar la pata de una vez", SUICIDAL_IDEATION),
    ("apenas se duerman todos lo hago", SUICIDAL_IDEATION),
    ("estuve leyendo cuantos metros hacen falta para no sobrevivir", SUICIDAL_IDEATION),
    # Someone close.
    ("mi vecino dice que manana se avienta del puente", SUICIDAL_IDEATION),
    ("mi sobrina me aviso que se va a tomar todas sus pastillas hoy", OVERDOSE),
    ("mi suegra nos mando un video despidiendose", SUICIDAL_IDEATION),
    # Not living, said with breathing or in Spanglish; pills gathered.
    ("ya no quiero seguir respirando", SUICIDAL_IDEATION),
    ("la neta no quiero estar alive", SUICIDAL_IDEATION),
    ("tengo las pastillas juntadas en un frasco", OVERDOSE),
    ("mejor me borro del mapa pa siempre", SUICIDAL_IDEATION),
    ("solo soy un estorbo pa mi familia", SUICIDAL_IDEATION),
    ("se perfectamente como lo voy a hacer", SUICIDAL_IDEATION),
    # An end understated, by a date, a promise not made, a burden ending.
    ("presiento que no llego al viernes, la neta", SUICIDAL_IDEATION),
    ("de esta semana no paso", SUICIDAL_IDEATION),
    ("no voy a estar para cuando se gradue mi hermanito", SUICIDAL_IDEATION),
    ("no te puedo prometer que sigo vivo el lunes", SUICIDAL_IDEATION),
    ("despues del jueves ya no me van a ver en ninguna parte", SUICIDAL_IDEATION),
    ("ya mero les dejo de dar problemas", SUICIDAL_IDEATION),
    ("ya no voy a ser un estorbo para ti por mucho tiempo", SUICIDAL_IDEATION),
    ("sin mi se acaban todos los problemas de mi casa", SUICIDAL_IDEATION),
    ("ya arregle la poliza de vida para que mis hijos la cobren", SUICIDAL_IDEATION),
    ("el domingo va a ser el ultimo y ya", SUICIDAL_IDEATION),
    ("este sabado se termina todo", SUICIDAL_IDEATION),
    # God asked directly; taken by chance.
    ("virgencita recogeme", SUICIDAL_IDEATION),
    ("ganas de que me pegue un tiro un asaltante", SUICIDAL_IDEATION),
    # Gas in a room shut; the river with stones.
    ("puse el anafre en el cuarto y tape la ventana", SUICIDAL_IDEATION),
    ("abri las llaves del gas y me acoste", SUICIDAL_IDEATION),
    ("el lunes me meto a la presa con piedras en los bolsillos", SUICIDAL_IDEATION),
    # Harm known by swelling, lines, hiding, a shower of blood.
    ("me pegue en la cabeza contra el espejo hasta que se me hincho la frente", SELF_HARM),
    ("me hice rayas en el muslo otra vez", SELF_HARM),
    ("me los cubro con pulseras pa que nadie pregunte", SELF_HARM),
    ("las sabanas otra vez llenas de sangre", SELF_HARM),
    # Sleeping and not coming back.
    ("quiero dormirme y no volver", SUICIDAL_IDEATION),
    # Crashing on purpose, said by the vehicle or the wheel.
    ("me dan ganas de aventarme enfrente de un camion", SUICIDAL_IDEATION),
    ("ando tentada a soltar el volante en la autopista", SUICIDAL_IDEATION),
    # Imagined or tried on; the place chosen; letters at home; a keepsake.
    ("a veces me veo colgando de la viga del garaje", SUICIDAL_IDEATION),
    ("me amarre la extension en el cuello y me dio miedo", SUICIDAL_IDEATION),
    ("ya encontre el sitio, una rama fuerte en el monte", SUICIDAL_IDEATION),
    ("puse unas notas para mis hijos en el ropero", SUICIDAL_IDEATION),
    ("te regale mi reloj para que me recuerdes siempre", SUICIDAL_IDEATION),
    ("me despedi de mi papa como si fuera la ultima vez porque lo es", SUICIDAL_IDEATION),
    # Someone close: not wanting to live, reported; "se van a librar de mí".
    ("mi tio me dijo que ya no quiere seguir viviendo", SUICIDAL_IDEATION),
    ("mi abuela pregunta para que sigue viva", SUICIDAL_IDEATION),
    ("pronto se van a librar de mi", SUICIDAL_IDEATION),
    # A future without the client, "in this world", is not a place.
    ("tranquila, para el lunes ya no voy a estar en este mundo", SUICIDAL_IDEATION),
    # Two-letter words of a letter and a digit, and dots around one-letter words.
    ("3st4 n0ch3 m3 m4t0", SUICIDAL_IDEATION),
    ("hoy.me.voy.a.aventar.de.la.azotea", SUICIDAL_IDEATION),
    # A mishap in another sentence excuses nothing.
    ("me quiero morir. y encima se me murio el celular", SUICIDAL_IDEATION),
    # The clinician thanked in a goodbye is a goodbye.
    ("gracias por todo, doc. adios", SUICIDAL_IDEATION),
    # Letters to each one, bills paid to spare them, a pet left for good, things
    # left to them, money shown "si me pasa algo", a decision with no way back.
    ("les escribi notas para cada uno, las deje en el tocador de mi cuarto", SUICIDAL_IDEATION),
    ("ya estan las cuentas pagadas, pa que no tengan que preocuparse", SUICIDAL_IDEATION),
    ("me despedi de mi gato, la deje con mi tia para siempre", SUICIDAL_IDEATION),
    ("te dejo mis discos, ya no los voy a ocupar", SUICIDAL_IDEATION),
    ("si algo me pasa, los papeles estan en el ropero", SUICIDAL_IDEATION),
    ("ya tome la decision, no hay marcha atras", SUICIDAL_IDEATION),
    ("estoy en paz, hoy se termina", SUICIDAL_IDEATION),
    ("el sabado ya no me van a hallar", SUICIDAL_IDEATION),
    ("ya no me van a tener que cargar", SUICIDAL_IDEATION),
    ("la proxima semana ya no voy a estar", SUICIDAL_IDEATION),
    ("me gustaria quedarme dormido para siempre", SUICIDAL_IDEATION),
    ("no aguanto ni un dia mas, ya lo decidi", SUICIDAL_IDEATION),
    ("cuando encuentres este mensaje ya habre muerto", SUICIDAL_IDEATION),
    # Heights said by the floor, or climbed and jumped; a car not braked.
    ("pienso en tirarme del octavo piso", SUICIDAL_IDEATION),
    ("en la noche me subo a la azotea del hospital y brinco", SUICIDAL_IDEATION),
    ("voy a acelerar contra el muro y no frenar", SUICIDAL_IDEATION),
    # Means moved into one's own bag; a dose looked up.
    ("el revolver de mi abuelo ya lo tengo en mi cajon", SUICIDAL_IDEATION),
    ("busque en google cuantos miligramos son letales", SUICIDAL_IDEATION),
    # Someone close who cannot go on, or will not come down.
    ("mi primo me dijo que ya no puede mas, perdon por todo", SUICIDAL_IDEATION),
    ("mi esposo sigue en el puente y no se quiere bajar", SUICIDAL_IDEATION),
    # Care asked for "si yo no estoy"; a day named with a plan ready.
    ("le pedi a mi mama que cuide a mis gatos si yo ya no estoy", SUICIDAL_IDEATION),
    ("el viernes es el dia. lo tengo todo planeado", SUICIDAL_IDEATION),
    # Standing at a window high up; the ground far below; means ready.
    ("ando sentado en la cornisa del octavo piso", SUICIDAL_IDEATION),
    ("sigo en la azotea y la calle se ve bien lejos", SUICIDAL_IDEATION),
    ("ya esta la soga lista en el garaje", SUICIDAL_IDEATION),
    ("me encerre en el cuarto con todas mis pastillas", SUICIDAL_IDEATION),
    ("mi cunada se encerro en el bano con un cuchillo", SUICIDAL_IDEATION),
    # Under the earth; eyes not opened again; a farewell letter to someone.
    ("quisiera estar en el panteon y no aqui", SUICIDAL_IDEATION),
    ("ojala no volver a abrir los ojos nunca mas", SUICIDAL_IDEATION),
    ("anoche escribi a mis papas una carta de despedida", SUICIDAL_IDEATION),
    # Things shared out; indifferent to dying; the dose; the plan kept for months.
    ("ya regale todas mis joyas entre mis sobrinas", SUICIDAL_IDEATION),
    ("me daria igual que me mataran en un asalto", SUICIDAL_IDEATION),
    ("ya tengo mi dosis exacta", OVERDOSE),
    ("esta noche hago lo que tengo planeado hace semanas", SUICIDAL_IDEATION),
    ("me pegue con la plancha en la pierna a proposito", SELF_HARM),
    # Passwords handed to someone with a word in between.
    ("le di a mi primo todas mis claves. ya me puedo ir", SUICIDAL_IDEATION),
    ("mi hermano me dio sus contrasenas y me dijo que ya no las iba a usar", SUICIDAL_IDEATION),
    # Spain's perfect tense; a way without pain; tears refused; missing them.
    ("he dejado notas para mis hermanos en el cajon del escritorio", SUICIDAL_IDEATION),
    ("busque la forma de hacerlo para que no me duela", SUICIDAL_IDEATION),
    ("no me lloren, por favor", SUICIDAL_IDEATION),
    ("te voy a extranar mucho, cuida a mi perra", SUICIDAL_IDEATION),
    # In a room with the means; into the sea until there is no coming back.
    ("sigo en la cochera con la soga", SUICIDAL_IDEATION),
    ("me voy a tirar al rio hasta que ya no pueda respirar", SUICIDAL_IDEATION),
    # A pardon and love reported; someone close gone after saying so.
    ("les escribi que los amo y que perdon", SUICIDAL_IDEATION),
    ("mi esposa dejo un audio que dice que la perdonemos, que nos ama", SUICIDAL_IDEATION),
    ("mi vecino dijo que se iba a aventar del puente y no lo encontramos", SUICIDAL_IDEATION),
    # Better never born; with God when they read it; shut in a running car.
    ("seria preferible no haber existido", SUICIDAL_IDEATION),
    ("cuando lean este mensaje ya estare en el cielo", SUICIDAL_IDEATION),
    ("me encierro en la cochera con el coche encendido", SUICIDAL_IDEATION),
    # Things handed out because they will not be needed; tonight for sure.
    ("les di mis juegos a mis primos, ya no los voy a ocupar", SUICIDAL_IDEATION),
    ("esta noche si lo hago, ya no me importa nada", SUICIDAL_IDEATION),
    # A will left where it lies; never seen again; sadness and leaving.
    ("anoche deje el testamento firmado en el cajon de la comoda", SUICIDAL_IDEATION),
    ("no me vas a volver a ver jamas", SUICIDAL_IDEATION),
    ("ya no puedo con tanto dolor. nomas quiero irme", SUICIDAL_IDEATION),
    # Vanishing unnoticed; dying as nothing; someone close leaving for good.
    ("me voy a morir y nadie va a notar", SUICIDAL_IDEATION),
    ("si me muriera hoy no pasaria nada", SUICIDAL_IDEATION),
    ("mi prima puso en su estado que ya se va para siempre", SUICIDAL_IDEATION),
    # Everything named ready; the means looked for; a blade carried.
    ("ya tengo todo, la soga y la carta", SUICIDAL_IDEATION),
    ("investigue donde conseguir el cianuro", SUICIDAL_IDEATION),
    ("traigo la navaja en mi bolsillo todo el dia", SUICIDAL_IDEATION),
    ("vendi todos mis discos, ya no los voy a necesitar a donde voy", SUICIDAL_IDEATION),
]

EVERYDAY = [
    "este finde me mato estudiando para el final",
    "me aviento un clavado desde el trampolin de la alberca",
    # The same kinds for an occasion, a trip, a while.
    "ya escogi la fecha de la boda, gracias por todo",
    "chau a todos, cuiden a mi perro en lo que vuelvo",
    "pague mis deudas y ya quedo todo en orden con el banco",
    "borre mi insta, ya tengo todo listo para el semestre",
    "no me busquen el lunes, ando de viaje. los quiero",
    "mi hijo va a estar bien sin mi unos dias, ya esta todo listo para el campamento",
    "a donde voy no puedo llevar a la gata, el hotel no acepta mascotas. cuiden a mi gata porfa",
    # Denials: "sin", "ningún plan", "esas ideas", an answer that is no.
    "llevo seis meses sin lastimarme",
    "no tengo ningun plan de matarme, solo ando cansado",
    "ya no tengo esas ideas de morirme",
    "el doctor me pregunto si pienso en suicidarme y honestamente no",
    # The same places, means and counts in their everyday use.
    "estoy en la azotea tendiendo la ropa, viendo pa abajo a los vecinos",
    "el sabado me voy al rio a pescar y no regreso hasta el domingo",
    "mi papa tiene la escopeta cargada para cazar en el rancho",
    "tengo el cuchillo en la mano y voy a picar la cebolla",
    "compre raticida porque hay ratas en la bodega",
    "tome ibuprofeno con una cerveza para la cruda",
    "cuento mis pastillas para ver si me alcanzan hasta la cita",
    "me quiero ir de esta ciudad para siempre",
    "no creo que llegue al lunes la mercancia",
    "no llego a fin de mes con este sueldo",
    "no voy a estar para cuando llegues, salgo a las 5",
    "las sabanas llenas de sangre, me bajo la regla",
    "prendi el carbon para la carne asada",
    "me tape los moretones del partido con maquillaje para que mi mama no vea",
    "me imagino saltando de alegria cuando me den la beca",
    "deje una nota para mi mama en el refri, fui al super",
    "le di mi collar a mi prima para que tenga algo mio, me voy de intercambio",
    "mi tio dijo que ya no quiere vivir en la ciudad",
    # A story is not someone close.
    "en la telenovela el villano se tomo un veneno al final",
    "el personaje del libro se ahorca en el capitulo diez",
    # Mishaps a wish is said about, in the wish's own sentence.
    "me quiero morir, me manche el vestido con cafe antes de la boda",
    "borre sin querer mi tesis, me quiero morir",
    "se me murio el celular a media entrevista, quiero morirme",
    "me quiero morir, tenia el micro abierto en la junta",
    "manana es el parcial y no he estudiado, me quiero morir",
    "ya no me da ganas de desaparecer como antes",
    "me preguntaron si me hago dano y no, nunca",
    # Toys, cooking, retiring, a task named after "lo hago", a game lost,
    # a team thanked, a new job, a schedule, charcoal for a barbecue.
    "mi hijo dejo la pistola de agua debajo de la cama",
    "tengo el cuchillo en la mano y voy a partir el pastel",
    "ya mero cuelgo los tenis, me retiro del equipo",
    "ya decidi, el lunes lo hago, el tramite del pasaporte",
    "ya no tiene caso, perdimos la final. gracias por todo, equipo",
    "ya no voy a ser una carga para mis papas por mucho tiempo, consegui trabajo",
    "sin mi se acaban los problemas de horario en el turno",
    "prendi el carbon en el patio para el asado y cerre la puerta",
    "soy una carga pa mi hermana con la mudanza",
    "tengo las pastillas separadas en el pastillero",
    "me tome todas las pastillas del tratamiento como me dijo la doctora",
    # Shopping, a supply that lasts, a trip home, a parade, a train met,
    # a keepsake for one who leaves, a party's place, poison kept from the children.
    "compre una caja de aspirinas y una botella de tequila para la fiesta",
    "las pastillas ya me alcanzan para todo el tratamiento",
    "diosito llevame con bien a casa",
    "estoy en la azotea viendo pa abajo los cohetes",
    "el sabado voy pa las vias a recoger a mi prima que llega en tren",
    "le regale mi pulsera a mi mejor amiga para que me recuerde, se muda a Chile",
    "ya escogi el lugar para el picnic, el arbol grande junto al rio",
    "mi suegra escondio el raticida debajo de la cama para que no lo agarren los nietos",
    "sin mi se acaban los problemas del equipo, renuncie",
    "no quiero seguir respirando el humo de la fabrica",
    "me voy a dormir y ya no volver a pensar en eso",
    "vendi la moto, ya no la voy a necesitar con el carro nuevo",
    "gracias por aguantarme hoy, perdon por todo el drama",
    "me tape las ojeras con maquillaje para que nadie note que no dormi",
    "la regadera llena de sangre, me corte rasurandome",
    "mi primo dice que este finde se tira del trampolin mas alto",
    "el seguro de vida lo cobra mi esposa si me pasa algo en la obra, asi es el contrato",
    "ya tome la decision de cambiarme de carrera",
    "hoy se termina el curso de ingles",
    "el sabado ya no me van a encontrar en la oficina",
    "ya no me van a tener que mantener, consegui trabajo",
    "me aviento al piso de la risa",
    "busque cuantas pastillas se necesitan para la presion, segun el doctor",
    "el sabado voy a manejar hacia la playa y no parar hasta llegar",
    "que cuide a mis hijos si yo no estoy en casa, le dije a la nana",
    "el viernes es el dia de la boda, lo tengo todo planeado",
    "estoy sentada en la orilla de la alberca",
    "tengo el cuchillo listo para partir el pastel",
    "me encerre en el cuarto con mis libros a estudiar",
    "ya tengo la dosis exacta para el perro, me la dio el veterinario",
    "me da igual si me mojo con la lluvia",
    "hoy hago lo que tenia planeado para la fiesta de mi hija",
    "no quiero abrir los ojos en la pelicula de miedo",
    # A roof fixed or played on, heat, a rope for camping, a hunting trip,
    # a lost social life, tiredness in photos, a lazy Sunday, a normal dose,
    # a passing train, passwords moved to a new computer, debts paid at last.
    "sigo en la azotea pintando el tinaco, la calle se ve lejos",
    "mi sobrino esta en el techo jugando y no se quiere bajar",
    "me da igual si me muero de frio, hoy salgo",
    "ya tengo la cuerda lista para acampar",
    "ya no aguanto mas este trafico, adios",
    "mi tio cargo el rifle para ir de caceria",
    "me quite la vida social por el trabajo",
    "me veo muerto de sueno en el video",
    "quisiera dormir para siempre los sabados",
    "me tome dos tabletas para la gripa y un vino",
    "el sabado voy pa las vias a ver pasar el tren",
    "borre mis fotos y pase las contrasenas a mi celular nuevo",
    "ya pague mis deudas, por fin! ya esta todo en orden",
    "ya estoy en paz con mi hermana, gracias por todo",
    "ya tome la decision de cambiarme de trabajo, no hay vuelta atras",
    "no me esperen despiertos, los quiero",
    "gracias por todo, los quiero, nos vemos el domingo",
    "te voy a extranar en las vacaciones, cuida a mi perra",
    "no me lloren, solo me voy de viaje jaja",
    "busque la forma de hacerlo para que no me duela la depilacion",
    "perdon por llegar tarde, que perdon por la hora",
    "estoy en el carro con las pastillas de mi abuela, voy a la farmacia",
    "hoy si lo hago, el pastel de tres leches",
    "mi papa dice que lo perdonemos por no venir y que nos quiere",
    "estoy en el bano con la navaja de rasurar, ya salgo",
    "me da igual si me pasa algo, voy a ir al partido",
    "no me lloren, no me voy para siempre, solo a Lima",
    "pienso en como hacerlo para que no duela, lo de decirle a mi mama",
    "les di mis apuntes a mis companeros porque ya no los voy a usar, termine la prepa",
    "sigo en la azotea y la calle se ve lejos, que vista",
    "si me muero de sueno no pasa nada, manana descanso",
    "ya tengo todo para el viaje, las pastillas para el mareo y el pasaporte",
    "busque donde comprar el veneno para las cucarachas",
    "mi tia dijo que ya se va para siempre a Espana",
    "no me vas a volver a ver jamas en ese gimnasio",
]


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_said_indirectly_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_sense_of_the_same_words_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
