"""A wish to die said around its verb ("all I want is to die", "lo único que quiero es
morir", "Señor quítame la vida", "I feel like to die"), scars opened again, and means
kept by someone else for the purpose, beside the same words said of laughter, a workout,
a film, a quarrel's old wounds and a joke about cooking, which stay unflagged
(shared/language/crisis/wished.py, respell.py, spelled.py)."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # the wish made the thing wanted, felt, weighed, prayed for
        "all i want is to die",
        "dying is the only thing I want",
        "i feel like dying",
        "better I die",
        "is better for everybody if I am dead",
        "i pray to die in my sleep",
        "death sounds so peaceful right now",
        "tonight i will die, i decided",
        "nobody will care if I die",
        # a learner's English
        "I feel like to die",
        "I have desire to kill me",
        "I burn my arm with the iron in purpose",
        "i pray for die in my sleep tonight",
        # scars opened again, means kept by someone else
        "reopened my scars tonight",
        "my friend from church tell me she has pills saved for kill herself",
        # Spanish
        "lo unico que quiero es morir",
        "Señor quitame la vida",
        "si Dios no me lleva me voy yo solita",
        "mi mente me dice matate matate y no para",
        "estoy hasta la madre de vivir",
        "las cicatrices ya se me estaban cerrando y las volví a abrir",
        "hoy agarre el cuchillo de la cocina y me lo puse en la muñeca",
        "pensé en estrellar el carro de regreso",
        "ya me despedi de mi mama por telefono, ella no sabe que era la ultima vez que hablamos",
        # other forms of the same (an attacker's review of the first version)
        "all i want to do is die",
        "i opened my scars again last night",
        "lo unico q kiero es morir",
        "mi cabeza no para de decirme matate",
        "estoy hasta la madre de esta vida",
        "pense en estrellarme con el carro de regreso",
    ],
)
def test_a_wish_said_around_its_verb_is_read_by_the_rules(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # run together, with texting's closing word or an intensifier after
        "iwanttodiesobad",
        "yanoquieroviviralv",
    ],
)
def test_a_wish_run_together_with_texting_words_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i feel like dying after leg day lol",
        "better I die than eat your cooking",
        "the movie where death sounds peaceful",
        "talking to her reopened old wounds",
        "i prayed for the death of my enemies lol",
        "el huracán se llevó todo, lo único que quiero es dormir",
        "hoy no tuve ningun pensamiento feo de lastimarme, primera semana asi 🙏",
        "i n e e d t o d i e t a f t e r x m a s",
        # dye, someone else's death or wound, a motto, a prayer of conversion, a haircut,
        # moving out, a shave, a grief (an attacker's review of the first version)
        "all i want right now is to die my hair pink before the party",
        "i feel like dying my hair red this weekend what do u think",
        "nobody would care if i die my hair green lol its my hair",
        "the only thing i can think about is death of my grandma, the funeral is friday",
        "all i want is to end it with him, hes so toxic, im blocking him",
        "better i die trying than never try, thats my motto for the new job",
        "my grandpa is suffering so much, honestly death would be a relief for him",
        "tonight i will die on the dance floor at my cousins quince",
        "the surgeon had to reopen the cuts on my leg because of the infection",
        "in the book the mom saved pills to kill herself and it made me cry so hard",
        "i have urge to kill me some tacos rn",
        "lo que mas pido es no despertar a la bebe cuando llego tarde",
        "Senor quitame la vida de pecado que llevaba y dame una nueva, amen",
        "si dios no me lleva al cielo, me voy yo solo a la playa jajaja",
        "mi mente me dice que me corte el pelo bien cortito",
        "estoy hasta la madre de vivir con mi suegra, ya nos vamos a mudar",
        "me volvi a abrir las cortadas de la cirugia al cargar a mi hijo",
        "tengo ganas de estrellar el coche de mi papa por lo que me dijo",
        "me despedi de mi abuelita en el hospital y no sabia que era la ultima vez que la veria",
        "agarre la navaja y me la pase por el cuello para rasurarme",
    ],
)
def test_the_same_words_said_of_something_else_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
