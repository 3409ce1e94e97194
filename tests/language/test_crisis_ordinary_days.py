"""An ordinary day told in a line or two is no crisis, in either language: "Hoy fui al
trabajo, todo normal." once read like one to the crisis model, which had learned the
sentences a test puts a crisis among as part of the crisis.

shared/language/crisis/model.py; tests/data/tagging/README.md (``crisis_tests.jsonl``).
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

ORDINARY_DAYS = [
    "Hoy fui al trabajo, todo normal.",
    "Hoy fui al trabajo, todo normal. Mañana tengo cita con la doctora.",
    "hoy fui a ver a mi mamá, todo normal",
    "Hoy fui a la escuela, todo normal, mañana tengo examen.",
    "Hoy fui al súper, todo normal, nada nuevo.",
    "Hoy fui al médico, todo normal. Mañana vuelvo al trabajo.",
    "hoy fui a misa con mi esposo, todo tranquilo",
    "Hoy fui a la oficina, todo igual que siempre. El jueves tengo junta.",
    "Went to work today, all normal. Doctor appointment tomorrow.",
    "went to the gym today, all normal",
    "Went to school, everything normal, test tomorrow.",
    "Picked up the kids, all normal today. Dentist on friday.",
]


@pytest.mark.parametrize("text", ORDINARY_DAYS)
def test_an_ordinary_day_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None
