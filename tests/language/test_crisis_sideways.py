"""A death said sideways (made to look like an accident, a car not stopped, a height
judged, the tracks, being a weight, one's own death as peace) and someone close who
means to hurt themselves; beside the everyday texts that share their words."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "i want to make it look like an accident so the insurance pays",
        "i'll crash the car and make it look like an accident",
        "i want it to look like an accident so my kids get the insurance",
        "no one would know it was on purpose if i crash the car",
        "im not gonna brake when i get to the cliff",
        "10 floors should do it",
        "the bridge is high enough that i won't survive",
        "im driving to the cliff and im not going to brake",
        "14 floors is enough i reckon",
        "the bridge is high enough to do it",
        "i don't want to be a burden anymore",
        "im tired of being the weight my family has to carry",
        "please tell dr patel it wasnt her fault",
        "she said she's going to hurt herself tonight",
        "i'm scared he's going to hurt himself",
        "she's planning on hurting herself",
        "my roommate is talking about cutting herself again",
        "i dont want to be a burden on my wife and kids anymore",
        "i'm sick of being dead weight to everyone",
        "he switched his phone off. im scared hes gonna do something stupid tonight",
        "please let my therapist know it wasnt her fault",
        "tell my therapist that none of this is her fault",
        "voy a chocar el carro para que parezca un accidente",
        "si choco contra un poste nadie va a saber q fue a proposito",
        "voy manejando hacia el acantilado y no pienso frenar",
        "14 pisos bastan",
        "me voy a parar en las vias del tren",
        "ya no quiero ser una carga para nadie",
        "no quiero ser más un peso para mis viejos",
        "sueño con mi propia muerte y me da paz",
        "escribí mis cartas de despedida",
        "quiero que parezca que fue un accidente, por el seguro de mis hijos",
        "no voy a frenar en la curva del acantilado",
        "ocho pisos bastan",
        "me voy a acostar en los rieles",
        "quiero dejar de ser una carga para mi familia",
        "ya no quiero ser una molestia para nadie",
        "morir me daría paz",
        "mi amiga dice que se va a hacer daño",
        "tengo miedo de que mi hermano se haga algo",
        "tengo miedo de que se mate",
        "me da miedo que mi novio se quite la vida",
        "tengo miedo de que mi hija se corte otra vez",
        "mi hijo se quiere hacer daño",
    ],
)
def test_a_death_said_sideways_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my sister broke the vase and made it look like an accident",
        "he wants to make it look like an accident, the cheeky sod",
        "i'm driving home and won't brake for anything lol",
        "14 floors is enough of a climb for today",
        "i don't want to be a burden to my kids, so i hired a carer",
        "tired of being the problem child at work",
        "he'll hurt himself on that ladder",
        "my son might hurt himself climbing the fence",
        "im scared he's going to do something stupid like quit his job",
        "mi hermano rompió el florero y dijo que fue accidente",
        "voy manejando y no pienso frenar hasta llegar a casa",
        "escribí cartas de despedida para mis compañeros de trabajo",
        "ya no quiero ser una carga para mis hijos, por eso me mudo a una residencia",
        "se va a hacer daño con esa bici",
        "tengo miedo de que mi hijo se haga daño jugando futbol",
        "me preocupa que haga una locura con la tarjeta de crédito",
        "i broke the lamp, i'll just make it look like an accident",
        "in hitman you can make it look like an accident, so fun",
        "i didnt invite her to the party, no one would know it was on purpose",
        "the truck in front wouldn't brake and almost hit me on the bridge, i'm shaking",
        "30 floors is enough lol my legs are dead",
        "read them 3 stories, 3 stories is enough",
        "is the pull up bar high enough to do it without bending my knees?",
        "i don't want to be a burden to my daughter anymore, so i hired a carer",
        "i'm tired of being the weight loss example my mom brags about",
        "the front desk messed up the booking, please tell dr lee it wasnt her fault",
        "i missed the session bc of traffic, tell my therapist it wasnt her fault ok",
        "my dad refuses to use his cane, im scared hell hurt himself",
        "my toddler keeps climbing the stairs, i'm afraid she'll hurt herself",
        "management has been quiet all week, im worried theyre going to do something drastic",
        "rompí el jarrón de mi suegra, voy a hacer que parezca un accidente jaja",
        "en la novela el asesino quiere que parezca un accidente",
        "le borré las fotos a mi ex y nadie va a saber que fue adrede",
        "bajé la carretera de la montaña en bici sin frenar, qué adrenalina",
        "mi novio maneja por la autopista sin frenar nunca, me da miedo",
        "subí por las escaleras, 10 pisos bastan por hoy",
        "ya tenemos tres pisos alquilados, 3 pisos son suficientes para la jubilación",
        "me paré en las vías para sacar una foto del tren viejo",
        "ya no quiero ser una carga para mis papás, quiero independizarme",
        "ya no quiero ser un peso muerto en el trabajo, quiero aprender",
        "harto de ser un estorbo en la cocina",
        "escribí cartas de despedida para mis alumnos, me jubilo el viernes",
        "mi mamá dijo que iba a hacer algo rico de cenar",
        "el peluquero me dijo que iba a cortar solo las puntas",
        "me preocupa que mi abuela se haga daño subiendo las escaleras",
        "me da miedo que el perro se mate cruzando la calle",
        # Treatment turned down in words a safe client uses too (no rule reads these).
        "I won't call the helpline, the energy company's website is easier",
        "Don't send anyone to my flat on Thursday, I'll be at work all day",
        "I can't make Tuesday, give my slot to someone on the waitlist this week",
        "my reasons to live list is nothing like it was, it's got 20 things on it now!",
        "I'm planning for a future I'm not going to be in debt in",
        "no voy a llamar a la línea de ayuda del banco, mejor voy a la sucursal",
    ],
)
def test_the_same_words_in_everyday_life_stay_benign(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
