"""A death arranged in the things around it, a denial said to be a lie, two things denied
at once, and someone else's crisis met at work or read about as a subject."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

ARRANGED = [
    "i won't be around to see my daughter graduate",
    "wrote my boys letters for their next twenty birthdays",
    "dropping books at the library a box a day so my kids don't have to go through my stuff after",
    "tell mum I'm sorry she's going to have to clear out my room",
    "told my brother it's just for a few weeks but it's not, he can keep the dog",
    "if i'm not around tomorrow know that i love you",
    "if i don't reply by tonight just send the cops round to check on me",
    "it's my birthday on sunday and i want it to be my last",
    "ran a hose from the exhaust into the back seat, it's taped up now",
    "he's sat in the van in the garage with the engine running and won't open up",
    "downed the whole packet of sleeping pills",
    "necked the lot with vodka",
    "got a cocktail of pills lined up on the desk",
    "after friday y'all won't see me again",
    "house to myself all weekend, nobody to walk in on me",
    "how many do you need to never wake up",
    "keep thinking about swerving into oncoming traffic on the motorway",
    "stopped cutting like you asked but i started burning my arm instead",
    "no voy a estar para verla crecer",
    "les escribí tarjetas para sus próximos diez cumpleaños",
    "regalé mi ropa para que nadie tenga que recoger mis cosas después",
    "le dije a mi hermana que es por un tiempo pero no es así, que se quede con el gato",
    "si mañana ya no estoy no estén tristes",
    "si no contesto mañana manden a alguien a revisar",
    "el viernes es mi cumpleaños y ojalá sea el último",
    "estoy en la camioneta en la cochera con el motor prendido",
    "la manguera ya está conectada al escape",
    "ya tengo la mezcla de pastillas lista",
    "ya no me corto, lo prometí, pero me golpeé las piernas hasta que sangraron",
    "bought charcoal and some tape to seal the windows",
    "gave my guitar and my bike away, won't need them",
    "i just wanted to say goodbye to someone before",
    "i've decided, it's tomorrow",
    "if i'm not at the next session you'll know why",
    "honestly if i didn't wake up tomorrow it would be a relief",
    "walked the dog for the last time tonight",
    "found a beam in the garage that's strong enough",
    "lo único que siento es que no funcionó",
    "estuve en el puente y casi me tiro",
    "no quiero que sea mi hija la que me encuentre",
    "le regalé mis libros a mi vecina, ella no sabe por qué",
]

EVERYDAY = [
    "i won't be here for the session next week, we're in Spain",
    "won't be around to see the fireworks, working nights",
    "bought christmas cards for the next two years in the sale",
    "sorting my clothes so the charity shop can take them on friday",
    "told my boss it's only for a week and it is, back on monday",
    "if i'm not here tomorrow it's because the train's on strike",
    "if i don't answer i'm on the night shift, text instead",
    "my birthday's on friday, hope it's the last one I spend single",
    "the mechanic says the hose to the exhaust is cracked",
    "warming the car up in the garage with the door open, so cold",
    "took the whole packet of biscuits to work lol",
    "you won't see me again until after christmas, enjoy the break",
    "nobody to walk the dog this weekend, can you help",
    "how many do you need to book the room",
    "the lorry in front swerved into the median, scary but everyone was fine",
    "not cutting carbs anymore, moved on to burning calories at the gym",
    "no voy a estar para la sesión, me voy de viaje con mi mamá",
    "compré tarjetas para los próximos cumpleaños de la familia",
    "le dije a mi hermana que es por un tiempo y sí, vuelvo en marzo",
    "si mañana no estoy es que me tocó turno doble",
    "si no contesto es que estoy manejando",
    "mi cumpleaños es el viernes y quiero que sea el mejor",
    "se rompió la manguera del escape del carro",
    "el mecánico dejó la camioneta en la cochera con el motor prendido para calentarla, ya está",
    "no me he cortado el pelo pero me quemé con la plancha del pelo, jaja",
    "quit cutting firewood by hand, I burn pellets now",
    "I've switched to burning incense at night, very calming",
    "the kids are away, nobody to stop me finishing the ice cream",
    "I won't be here to see her graduate because of the deployment, gutted",
    "told the landlord it's only temporary but it's not, my cousin is moving in for good",
    "if I'm not here by friday don't be mad, my flight keeps getting pushed",
    "if I don't answer the door send someone to check the gas meter, key's under the mat",
    "got my mix of meds ready for the week in the dosette box",
    "bought a crate of beer and necked the lot during the final",
    "you won't see me again, I'm moving to Perth in March!",
    "how many layers do you need to not wake up freezing in a tent?",
    "Hoy no voy a hacer nada de tarea, lo dejo para mañana.",
    "Mi cumpleaños es en la bolera otra vez, espero que sea el último ahí",
    "gave my old sofa away, won't need it after the move",
    "fed the neighbours' cat for the last time, they're back tomorrow",
    "found a branch strong enough for the swing",
    "if i didn't wake up until noon that would be nice",
    "writing letters to my pen pal in Chile",
]


@pytest.mark.parametrize("text", ARRANGED)
def test_a_death_arranged_in_the_things_around_it_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_things_in_an_everyday_sense_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I won't do anything tonight, promise. Sunday's the day.",
        "Hoy no voy a hacer nada, no se preocupe. Lo dejo para el sábado.",
        "Tampoco es que me quiera matar hoy. Primero pago lo que debo y el lunes, chao.",
    ],
)
def test_a_death_put_off_to_a_day_named_later_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I won't do anything today, too tired. Saturday's the day for the garden.",
        "Hoy no voy a hacer nada, estoy agotada. Mañana limpio la casa.",
    ],
)
def test_a_day_put_off_for_chores_is_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morirme... bueno mentira, sí quiero",
        "No tengo ideas suicidas. Eso no es verdad, las tengo cada noche.",
        "I don't want to die. That's a lie, I do.",
        "i'm not thinking about killing myself. i lied to you.",
    ],
)
def test_a_denial_said_to_be_a_lie_excuses_nothing(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal. My sister says I never help, that's a lie, I do every weekend.",
        "No pienso en matarme. ¿Sabes que me dieron el puesto? ¡Mentira! jaja ni yo me lo creo",
        "No quiero morir. Mi jefe me dijo una mentira hoy y estoy furiosa.",
        "no me quiero matar, es mentira lo que dice mi mamá",
        "I don't want to die, I just need to lie down for a bit.",
        "I would never kill myself. I lied to my boss about being sick today lol",
    ],
)
def test_a_lie_about_something_else_takes_no_denial_back(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no, ni ideas de suicidio ni de hacerme daño esta semana",
        "nada de ideas suicidas desde el martes",
        "honestly no thoughts of suicide or self harm, all good",
    ],
)
def test_two_things_denied_at_once_are_both_denied(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    ["sin ganas de comer ni de vivir", "no tengo hambre, ni ganas de vivir"],
)
def test_the_will_to_live_not_had_as_the_second_of_two_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "night shift: we responded to an overdose, the guy made it",
        "EMT here, had a suicide attempt call come in at 3am, still processing it",
        "en urgencias atendimos un intento de suicidio, quiero hablarlo el jueves",
        "en el turno nos llegó una sobredosis, salió bien",
        "our seminar today was on youth suicide and the stats are grim",
        "leí un artículo sobre el suicidio en los adolescentes",
    ],
)
def test_someone_elses_crisis_met_at_work_or_read_about_is_not_the_clients(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I had an overdose last night",
        "me di una sobredosis anoche",
        "tuve un intento de suicidio el martes",
        "we took an overdose together",
        "me and him, we had a suicide pact",
        "as a veteran suicide feels like the only way out now",
        "they admitted an overdose at the hospital last night, it was me",
    ],
)
def test_the_clients_own_is_still_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "nada de pensamientos de muerte esta semana, dormí bien",
        "la escala me salió baja, ni pensamientos de hacerme daño ni nada",
        "che no, ni en pedo me haría daño, estoy bajón por la ruptura",
        "no, ningún pensamiento de muerte, solo rabia con mi jefe",
        "no, ni ganas de hacerme daño, solo estoy triste",
        "si la Selección pierde otra vez me tiro por la ventana jajaja",
        "if the Jets lose again I'm jumping off the roof lol",
        "me quemé la mano sacando la bandeja del horno",
        "soy enfermera y hoy curé a una chica con cortes en los brazos",
        "soy paramédico y hoy nos tocó una sobredosis, el chavo se salvó",
    ],
)
def test_spanish_denials_jokes_on_a_game_and_others_wounds_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "estoy a nada de matarme",
        "ni modo, me quiero morir",
        "si pierdo mi trabajo me mato, lol jk pero en serio lo haría",
        "me quemé el brazo con la plancha, lo hice yo, no fue accidente",
        "me pegué con el cinturón hasta dejarme moretones",
        "if we lose the house i'm killing myself lol",
        "if the Jets lose again im jumping off the roof lol. not joking",
        "ni de broma me quiero morir. ok no, sí quiero",
        "ningún plan de matarme, pero ya compré las pastillas",
        "no paso ni un día sin pensar en matarme",
        "soy una chica con ganas de morirme",
        "atendimos una sobredosis y ahora quiero hacer lo mismo",
    ],
)
def test_what_only_looks_like_them_is_still_read(text: str) -> None:
    assert detect_crisis(text) is not None
