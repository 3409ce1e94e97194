"""Spanish cue words said the way clients text them: an act's noun sized up or down
("otro regañote"), "re-" for harder ("me retemblaban las manos"), a feeling's verb with
the body part as its subject ("me temblaban las manos" for "temblarme las manos"), a
bout counted ("mucha lloradera"), and text-speak's "k" for "qu" ("la kijada").

Each has its near miss beside it: someone else's hands, someone else's scolding, an
act's noun seen on television.
"""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

CUES = [
    Cue("cuando el chef me regaña"),
    Cue("temblarme las manos"),
    Cue("llorar en el baño"),
    Cue("apretar la quijada"),
    Cue("revisar el celular de mi esposo"),
]


def tagged(text: str) -> tuple[str, ...]:
    return CueMatcher(CUES, "es").match(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Otro regañote hoy, y enfrente de los meseros.", "cuando el chef me regaña"),
        ("me metieron un regañazo por llegar tarde", "cuando el chef me regaña"),
        ("Me temblaban las manos haciendo las mechas", "temblarme las manos"),
        ("Me retemblaban las manos en la junta", "temblarme las manos"),
        ("Mucha lloradera hoy después de la junta.", "llorar en el baño"),
        ("otra lloradera hoy", "llorar en el baño"),
        ("otra ves apretando la kijada todo el dia en el trafico", "apretar la quijada"),
    ],
)
def test_the_cue_said_as_clients_text_it(text: str, label: str) -> None:
    assert label in tagged(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Someone else's act, hands or tears.
        ("su regañote a los meseros fue tremendo", "cuando el chef me regaña"),
        ("a la clienta le temblaban las manos", "temblarme las manos"),
        ("mucha lloradera en la tele con esa novela", "llorar en el baño"),
        # "kasa" is text-speak for another listed word, not the cue's.
        ("fui a la kasa de mi suegra", "apretar la quijada"),
    ],
)
def test_the_near_miss_is_not_tagged(text: str, label: str) -> None:
    assert label not in tagged(text)
