"""How many SMS segments a text takes, as carriers (and Twilio's bill) count them.

A text in the GSM 03.38 alphabet travels 7 bits a character: 160 characters in
one SMS, or 153 a segment once it is split (each segment carries a 7-character
header). The alphabet's extension table (``^ { } [ ] ~ \\ | €`` and form feed)
costs two characters each, an escape and the character, never split between
segments. One character outside both tables ("á", "í", "ó", "ú", an emoji, the
"→" of a reminder) sends the whole text as UCS-2: 70 UTF-16 units in one SMS,
67 a segment, a surrogate pair never split.

In Spanish "¿ ¡ ñ é ü" are in the basic alphabet; "á í ó ú" are not, so one
of them can double or triple the cost of a long text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

# GSM 03.38's basic alphabet (the default table), then its extension table.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

SINGLE_GSM7 = 160
SEGMENT_GSM7 = 153
SINGLE_UCS2 = 70
SEGMENT_UCS2 = 67


class Encoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


@dataclass(frozen=True)
class Segments:
    """What one text costs: its encoding, its length in that encoding, its segments."""

    encoding: Encoding
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    count: int


def encoding_of(text: str) -> Encoding:
    allowed = GSM7_BASIC | GSM7_EXTENSION
    return Encoding.GSM7 if all(ch in allowed for ch in text) else Encoding.UCS2


def segments(text: str) -> Segments:
    """The segments ``text`` is sent in (an empty text is sent in none)."""
    encoding = encoding_of(text)
    # Each character's cost, in the units of its encoding; a unit pair is never split.
    if encoding is Encoding.GSM7:
        costs = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
        single, per_segment = SINGLE_GSM7, SEGMENT_GSM7
    else:
        costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
        single, per_segment = SINGLE_UCS2, SEGMENT_UCS2
    units = sum(costs)
    if units == 0:
        return Segments(encoding, 0, 0)
    if units <= single:
        return Segments(encoding, units, 1)
    return Segments(encoding, units, _packed(costs, per_segment))


def _packed(costs: list[int], per_segment: int) -> int:
    """Segments needed when a character of two units may not straddle two segments."""
    if all(cost == 1 for cost in costs):
        return math.ceil(len(costs) / per_segment)
    count, room = 1, per_segment
    for cost in costs:
        if cost > room:
            count, room = count + 1, per_segment
        room -= cost
    return count
