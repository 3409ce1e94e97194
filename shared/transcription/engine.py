"""Speech recognition behind the Transcriber interface; pocketsphinx is the offline default.

Three passes over the same audio: a free decode with the general English language model (the
text a clinician reads), then keyword spotting for the client's own cue phrases, which is far
more reliable on phone audio than hoping the free decode spells them right, then spotting of
each content word of the longer phrases, for cues the client words differently.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .audio import Audio

log = logging.getLogger(__name__)

# Spotting thresholds, as log10 of the acoustic likelihood ratio (phrase against a phone loop)
# allowed per phone, so longer phrases get a lower total threshold. A phrase with two or more
# content words ("chest got tight") is hard for other speech to imitate and can be lenient; a
# single content word ("foreman", "the foreman", "traffic") fires on similar speech unless strict.
# Chosen on tests/fixtures/audio/tune (figures in bench/transcription.py for the figures).
LOG10_THRESHOLD_PER_PHONE_SINGLE_WORD = -0.5
LOG10_THRESHOLD_PER_PHONE_MULTI_WORD = -2.5
# Clients reword their cues ("my shoulders were tense" for "shoulders tense"), so each content
# word of a multi-word phrase is also spotted alone; the phrase counts as heard when all of them
# are, within WORDS_WINDOW_FRAMES of each other. Needing every word lets each be less strict.
LOG10_THRESHOLD_PER_PHONE_EACH_WORD = -1.5
WORDS_WINDOW_FRAMES = 300  # 3 s at 100 frames a second
# Words that add phones but no evidence that the cue itself was said.
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "my", "me", "i", "to", "in", "on", "at", "of", "for", "from", "with"}
    | {"was", "were", "is", "am", "are", "be", "been", "got", "get", "and", "or", "it", "its"}
    | {"his", "her", "their", "our", "your"}
)
MIN_PHRASE_PHONES = 4  # shorter phrases ("up", "mom") fire on almost anything
# The en-us model's front end (its feat.params) with one change: its spectral-subtraction
# noise removal is off. On 8 kHz calls the band above 4 kHz holds no speech, and the noise
# estimate there bends the features further from the 16 kHz training data (WER 0.66 -> 0.52).
# Samples go in as they are: the ±1 LSB dither once added to fill that band cost 0.03 WER.
PHONE_FEATURES = {
    "lowerf": "130",
    "upperf": "6800",
    "nfilt": "25",
    "transform": "dct",
    "lifter": "22",
    "feat": "1s_c_d_dd",
    "svspec": "0-12/13-25/26-38",
    "agc": "none",
    "cmn": "batch",
    "varnorm": "no",
    "model": "ptm",
    "remove_noise": "no",
}
# fwdflat off: a quarter faster with no measurable loss on phone audio. kws_plp: a phone loop
# ten times likelier than the default (1e-1) is a stronger rival for each phrase; with the
# thresholds above retuned to it, the same cues are found with fewer false alarms.
DECODER_OPTIONS: dict[str, object] = {"fwdflat": False, "kws_plp": 1e-2}


@dataclass(frozen=True)
class Transcript:
    text: str
    spotted: tuple[str, ...]


class Transcriber(Protocol):
    def transcribe(self, audio: Audio, keyphrases: Sequence[str] = ()) -> Transcript: ...


def phrase_words(phrase: str) -> list[str]:
    """Lowercase words of a phrase as the recogniser's dictionary spells them."""
    return re.findall(r"[a-z0-9']+", phrase.lower().replace("’", "'"))


class PocketsphinxTranscriber:
    """Loads the English model once; one instance serves many jobs (calls are serialised)."""

    def __init__(
        self,
        *,
        single_word_threshold: float = LOG10_THRESHOLD_PER_PHONE_SINGLE_WORD,
        multi_word_threshold: float = LOG10_THRESHOLD_PER_PHONE_MULTI_WORD,
        word_threshold: float = LOG10_THRESHOLD_PER_PHONE_EACH_WORD,
        features: dict[str, str] | None = None,
        **decoder_options: object,
    ):
        self._single_word_threshold = single_word_threshold
        self._multi_word_threshold = multi_word_threshold
        self._word_threshold = word_threshold
        options = {**DECODER_OPTIONS, **decoder_options}
        self._decoder = _load_decoder({**PHONE_FEATURES, **(features or {})}, options)
        self._lock = threading.Lock()

    def transcribe(self, audio: Audio, keyphrases: Sequence[str] = ()) -> Transcript:
        raw = audio.samples.tobytes()
        with self._lock:
            text = self._decode(raw, search=None)
            spotted = self._spot(raw, keyphrases, text) if keyphrases else ()
        return Transcript(text=text, spotted=spotted)

    def _decode(self, raw: bytes, *, search: str | None) -> str:
        self._decoder.activate_search(search)
        self._decoder.start_utt()
        self._decoder.process_raw(raw, full_utt=True)
        self._decoder.end_utt()
        hypothesis = self._decoder.hyp()
        return hypothesis.hypstr.strip() if hypothesis is not None else ""

    def _spot(self, raw: bytes, keyphrases: Sequence[str], text: str) -> tuple[str, ...]:
        spellable = self._spellable(keyphrases)
        heard = f" {text} "
        found = {original for original, spelled in spellable.items() if f" {spelled} " in heard}
        whole = {s: self._threshold_per_phone(s) for s in spellable.values() if self._searchable(s)}
        hits = self._keyword_search(raw, whole)
        found.update(original for original, spelled in spellable.items() if spelled in hits)
        found.update(self._spot_word_by_word(raw, spellable))
        return tuple(k for k in dict.fromkeys(keyphrases) if k in found)

    def _spot_word_by_word(self, raw: bytes, spellable: dict[str, str]) -> set[str]:
        """Phrases whose content words were all heard close together, in any order and with
        other words between: "my shoulders were tense" for "shoulders tense"."""
        needs = {
            original: [self._inflections(word) for word in content]
            for original, spelled in spellable.items()
            if len(content := _content_words(spelled)) >= 2
        }
        words = {form for forms in needs.values() for group in forms for form in group}
        if not words:
            return set()
        hits = self._keyword_search(raw, dict.fromkeys(words, self._word_threshold))
        return {
            original
            for original, groups in needs.items()
            if _close_together(
                [[t for form in group for t in hits.get(form, ())] for group in groups]
            )
        }

    def _inflections(self, word: str) -> list[str]:
        """The word and its plural or singular, when the dictionary has them and they are long
        enough to spot ("knots" for "knot", "shoulder" for "shoulders")."""
        forms = [word, word[:-1] if word.endswith("s") else word + "s"]
        return [form for form in dict.fromkeys(forms) if self._searchable(form)]

    def _searchable(self, spelled: str) -> bool:
        return self._phones(spelled) >= MIN_PHRASE_PHONES

    def _keyword_search(self, raw: bytes, thresholds: dict[str, float]) -> dict[str, list[Span]]:
        """Spot each phrase at its per-phone threshold; the frames where each was heard."""
        if not thresholds:
            return {}
        lines = [
            f"{phrase} /{10 ** (per_phone * self._phones(phrase)):.3g}/\n"
            for phrase, per_phone in sorted(thresholds.items())
        ]
        fd, path = tempfile.mkstemp(suffix=".kws")
        try:
            with os.fdopen(fd, "w") as handle:
                handle.writelines(lines)
            self._decoder.add_kws("cues", path)
        finally:
            os.unlink(path)
        try:
            self._decode(raw, search="cues")
            spans: dict[str, list[Span]] = {}
            for segment in self._decoder.seg() or ():
                span = (segment.start_frame, segment.end_frame)
                spans.setdefault(segment.word.strip(), []).append(span)
            return spans
        finally:
            self._decoder.activate_search(None)
            self._decoder.remove_search("cues")

    def _threshold_per_phone(self, spelled: str) -> float:
        if len(_content_words(spelled)) >= 2:
            return self._multi_word_threshold
        return self._single_word_threshold

    def _spellable(self, keyphrases: Sequence[str]) -> dict[str, str]:
        """Map each keyphrase to its dictionary spelling; words the model cannot say are dropped."""
        spelled: dict[str, str] = {}
        missing = 0
        for phrase in keyphrases:
            words = []
            for word in phrase_words(phrase):
                parts = self._dictionary_parts(word)
                if parts is None:
                    missing += 1
                else:
                    words.extend(parts)
            if words:
                spelled[phrase] = " ".join(words)
        if missing:
            # Count only: the words are the client's and must not reach the logs.
            log.warning("%d cue word(s) not in the pronunciation dictionary; skipped", missing)
        return spelled

    def _dictionary_parts(self, word: str) -> list[str] | None:
        """The word itself, or a compound split into two known words ("standup" -> stand up)."""
        if self._decoder.lookup_word(word):
            return [word]
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if self._decoder.lookup_word(head) and self._decoder.lookup_word(tail):
                return [head, tail]
        return None

    def _phones(self, spelled: str) -> int:
        return sum(len((self._decoder.lookup_word(w) or "").split()) for w in spelled.split())


Span = tuple[int, int]  # first and last frame of a spotted phrase


def _content_words(spelled: str) -> list[str]:
    return [word for word in spelled.split() if word not in FUNCTION_WORDS]


def _close_together(spans_per_word: list[list[Span]]) -> bool:
    """Whether every word has a hearing inside one window of WORDS_WINDOW_FRAMES."""
    if not all(spans_per_word):
        return False
    # The best window starts where one of the hearings starts, so trying each start is enough.
    for start in {span[0] for spans in spans_per_word for span in spans}:
        end = start + WORDS_WINDOW_FRAMES
        if all(any(start <= s[0] and s[1] <= end for s in spans) for spans in spans_per_word):
            return True
    return False


def _load_decoder(features: dict[str, str], options: dict[str, object]):
    """A decoder with our front end. The model's own feat.params overrides any front-end
    option given in the Config, so the settings go in through a feat.params file of ours."""
    from pocketsphinx import Config, Decoder

    fd, path = tempfile.mkstemp(suffix=".params")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.writelines(f"-{name} {value}\n" for name, value in features.items())
        return Decoder(Config(featparams=path, loglevel="FATAL", **options))
    finally:
        os.unlink(path)


# A channel transform (MLLR) trained on phone-line audio, when one has been trained: it moves the
# acoustic model toward 8 kHz calls without retraining it.
MLLR_MATRIX = Path(__file__).resolve().parent / "adaptation" / "mllr_matrix"


def default_decoder_options() -> dict[str, object]:
    """Decoder options for the default recogniser: the phone-line MLLR transform if present."""
    if not MLLR_MATRIX.is_file():
        return {}
    if not mllr_fits_model(MLLR_MATRIX):
        # The decoder does not check a transform's shape and crashes the process on a bad one.
        log.warning("MLLR transform does not fit the acoustic model's features; not used")
        return {}
    return {"mllr": str(MLLR_MATRIX)}


def mllr_fits_model(path: Path) -> bool:
    """Whether an MLLR file has one block per feature stream of our front end (svspec), each
    of the stream's width, and exactly the numbers that shape needs (A, b and variance h)."""
    widths = [len(range(*_bounds(part))) for part in PHONE_FEATURES["svspec"].split("/")]
    try:
        numbers = path.read_text().split()
        classes, streams = int(numbers[0]), int(numbers[1])
        position, found = 2, []
        for _ in range(streams):
            width = int(numbers[position])
            found.append(width)
            end = position + 1 + classes * (width * width + 2 * width)
            block = [float(n) for n in numbers[position + 1 : end]]
            position += 1 + len(block)
    except (OSError, UnicodeDecodeError, ValueError, IndexError):
        return False
    return classes >= 1 and found == widths and position == len(numbers)


def _bounds(svspec_part: str) -> tuple[int, int]:
    first, last = svspec_part.split("-")
    return int(first), int(last) + 1


# Audio that arrived at or below this rate came over a phone line (Twilio records at 8 kHz).
PHONE_BAND_MAX_RATE = 11_025


class ChannelAwareTranscriber:
    """Phone-line audio goes to a recogniser with the phone-channel transform; wideband
    audio (a file recorded at 16 kHz or more) to one without, since the transform costs
    wideband speech accuracy. Each is built on first use, so a worker that only ever
    sees calls loads one model."""

    def __init__(self, phone_options: dict[str, object]) -> None:
        self._phone_options = phone_options
        self._phone: PocketsphinxTranscriber | None = None
        self._wideband: PocketsphinxTranscriber | None = None
        self._lock = threading.Lock()

    def transcribe(self, audio: Audio, keyphrases: Sequence[str] = ()) -> Transcript:
        return self._for(audio).transcribe(audio, keyphrases)

    def _for(self, audio: Audio) -> PocketsphinxTranscriber:
        phone_line = audio.source_rate <= PHONE_BAND_MAX_RATE
        with self._lock:
            if phone_line or not self._phone_options:
                if self._phone is None:
                    self._phone = PocketsphinxTranscriber(**self._phone_options)
                return self._phone
            if self._wideband is None:
                self._wideband = PocketsphinxTranscriber()
            return self._wideband


_default: Transcriber | None = None
_default_lock = threading.Lock()


def default_transcriber() -> Transcriber:
    """The process-wide recogniser, built on first use so a worker loads the model once."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ChannelAwareTranscriber(default_decoder_options())
        return _default
