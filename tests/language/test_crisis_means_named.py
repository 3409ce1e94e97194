"""A means of harm named beside a message the crisis model reads as likely a crisis.

The model alone flags at its threshold (0.97); a message that also names a means (a gun,
a rope, pills hoarded, a bridge gone to, a car running in a shut garage) is flagged from
``WITH_MEANS_THRESHOLD``. Neither piece of evidence is enough alone: everyday noticings
name pills, ropes and bridges, and sad everyday noticings score high on the model.
"""

from __future__ import annotations

import math

import pytest

from shared.language import crisis
from shared.language.crisis import detect_crisis, detect_crisis_by_rules, model_reading
from shared.language.crisis.means import names_means
from shared.language.crisis.model import WITH_MEANS_THRESHOLD, Model


def _model_scoring(probability: float) -> Model:
    """A model with no weights: every message of five words or more scores ``probability``."""
    return Model(intercept=math.log(probability / (1 - probability)), threshold=0.97, weights={})


def test_the_lower_threshold_needs_a_means_named() -> None:
    model = _model_scoring(0.9)
    folded = "left the dog with my sister and the rope is in the shed"
    assert model.flags(folded, names_means=True)
    assert not model.flags(folded)


def test_below_the_lower_threshold_a_means_is_not_enough() -> None:
    model = _model_scoring(WITH_MEANS_THRESHOLD - 0.05)
    assert not model.flags("the rope is in the shed and i am done", names_means=True)


def test_a_means_does_not_let_the_model_read_what_the_rules_keep() -> None:
    # Dying said outright is the rules' to read, whatever else the message names.
    model = _model_scoring(0.99)
    assert not model.flags("i do not want to die, the rope is for the tent", names_means=True)


@pytest.mark.parametrize(
    "folded",
    [
        "the shotgun's in the truck. sunday.",
        "took the rope from the shed",
        "i've got forty of my sleeping tablets in a sock",
        "i'm at the bridge now",
        "cant do this. the car's running in the garage with the door down",
        "hosepipe cut to fit the exhaust",
        "swallowing the whole box once he leaves",
        "tengo la pistola de mi papa en la mochila",
        "llevo semanas juntando pastillas de dormir",
        "tengo la carrilera del tren a dos cuadras",
        "una manguera corta a medida pal tubo de escape",
        "me voy al rio temprano",
        # Something else given away beside a means is no means put away: it is a goodbye.
        "gave my guitar away to my nephew, the rope is up in the shed",
        "le di de comer al perro y ya tengo lista la soga en el galpon",
        "compre un bote de pastillas para dormir",
    ],
)
def test_means_named(folded: str) -> None:
    assert names_means(folded)


@pytest.mark.parametrize(
    "folded",
    [
        # Pills for a prescription, a morning's pills.
        "picked up my 30 tablets from the pharmacy, that's the month sorted",
        "tengo que tomarme las pastillas de la manana",
        "compre treinta pastillas en la farmacia, la receta del mes",
        # Means put away, as agreed with the clinician.
        "got rid of the razor blades like we planned",
        "le di la escopeta a mi cunado como quedamos",
        "la escopeta se la di a mi cunado como quedamos",
        "threw the rope in the bin like we said",
        # A car warming up, a car running fine.
        "warming the car up in the garage, it's freezing",
        "left the car running in the garage to warm up",
        "car's running fine after the garage fixed it",
        # Places crossed, or met at with company.
        "walked the dog over the bridge",
        "fuimos al puente con los chicos a ver los patos",
        "gonna go to the bridge after work and meet the gang",
        # A laugh is no river; the garden's weedkiller is no poison drunk.
        "se rio tanto con el video",
        "spraying weedkiller on the allotment",
    ],
)
def test_means_not_named(folded: str) -> None:
    assert not names_means(folded)


@pytest.mark.parametrize(
    "text",
    [
        # ("... Sunday." after it is now read by the rules: a key left, a day said alone and
        # the bills paid are three kinds of goodbye.) Texts the model reads between the
        # two thresholds: with the bills paid or the dog left too, it flags them alone.
        "Left the spare key with my neighbour. The shotgun's in the truck.",
        "Le dejé las llaves a mi hermana. La pistola está en el carro.",
    ],
)
def test_a_crisis_the_model_alone_would_not_flag_is_flagged_with_its_means(text: str) -> None:
    model = crisis._MODEL
    assert model is not None
    probability = model.probability(model_reading(text))
    # What the test is about: no rule reads it, and the model alone stays under its threshold.
    assert detect_crisis_by_rules(text) is None
    assert WITH_MEANS_THRESHOLD <= probability < model.threshold
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Got rid of the razor blades like we planned, my sister has them now.",
        "Walked the dog over the bridge and along the river, it was lovely and quiet.",
        "Picked up my 30 tablets from the pharmacy, that's the month sorted.",
        "Warming the car up in the garage, it's freezing and I'm running late again.",
    ],
)
def test_everyday_noticings_near_a_means_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None
