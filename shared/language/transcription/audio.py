"""Decode a voice note (WAV or MP3, any common phone or desktop rate) to 16 kHz mono int16.

Every rejection is permanent: the same bytes will fail the same way, so a job records the
reason and never retries. Error messages carry the reason only, never audio metadata that
could identify a recording.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from math import gcd

import numpy as np
import soundfile

TARGET_RATE = 16_000
PHONE_RATE = 8_000  # a phone line: nothing above 4 kHz survives it
MIN_RATE = 8_000
MAX_RATE = 48_000
# Below -60 dBFS RMS there is nothing to transcribe; phone line hiss alone sits around -50.
SILENCE_RMS = 10 ** (-60 / 20)

REASONS = ("empty", "corrupt", "unsupported_format", "silent", "too_long")

# Magic numbers of the containers we are prepared to decode; anything else is garbage.
_KNOWN_MAGIC = (b"RIFF", b"RF64", b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xfa")


class AudioError(Exception):
    """The audio cannot be transcribed; `reason` is one of REASONS and is safe to store."""

    def __init__(self, reason: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown audio error reason {reason!r}")
        super().__init__(f"audio rejected: {reason}")
        self.reason = reason


@dataclass(frozen=True, eq=False)
class Audio:
    """Speech ready for the recogniser: int16 samples, mono, 16 kHz.

    ``source_rate`` is the rate the audio arrived at: 8 kHz means a phone line,
    whose band the recogniser treats differently.
    """

    samples: np.ndarray
    duration_s: float
    source_rate: int = TARGET_RATE


def decode_audio(data: bytes, *, max_seconds: float = 300.0, allow_silence: bool = False) -> Audio:
    """Decode WAV (PCM, float, µ-law, A-law) or MP3 bytes, downmix and resample to 16 kHz.

    Raises AudioError("empty" | "corrupt" | "unsupported_format" | "silent" | "too_long");
    with allow_silence, a silent recording is returned (and transcribes to no words) instead.
    """
    if not data:
        raise AudioError("empty")
    signal, rate = _read(data, max_seconds)
    if signal.size == 0:
        raise AudioError("empty")
    if signal.shape[0] / rate > max_seconds:
        raise AudioError("too_long")
    mono = signal.mean(axis=1, dtype=np.float64)
    mono -= mono.mean()  # a DC offset is not speech and would hide silence
    if not np.isfinite(mono).all():
        raise AudioError("corrupt")
    if not allow_silence and float(np.sqrt(np.mean(mono**2))) < SILENCE_RMS:
        raise AudioError("silent")
    resampled = resample(mono, rate, TARGET_RATE)
    samples = np.clip(np.rint(resampled * 32768.0), -32768, 32767).astype(np.int16)
    return Audio(samples=samples, duration_s=len(samples) / TARGET_RATE, source_rate=rate)


def _read(data: bytes, max_seconds: float) -> tuple[np.ndarray, int]:
    """Read all frames as float64 in [-1, 1], checking the declared length before decoding."""
    try:
        with soundfile.SoundFile(io.BytesIO(data)) as sound:
            rate = sound.samplerate
            if not MIN_RATE <= rate <= MAX_RATE:
                raise AudioError("unsupported_format")
            # MP3 frame counts are estimates; the decoded length is checked again afterwards.
            if sound.frames > 0 and sound.frames / rate > max_seconds * 1.05:
                raise AudioError("too_long")
            signal = sound.read(dtype="float64", always_2d=True)
    except soundfile.LibsndfileError as error:
        raise AudioError(_classify(data, error)) from None
    except (RuntimeError, ValueError, TypeError):
        # Some malformed streams fail inside the reader rather than at open.
        raise AudioError("corrupt") from None
    return signal, rate


def _classify(data: bytes, error: soundfile.LibsndfileError) -> str:
    message = str(error).lower()
    if data.startswith(_KNOWN_MAGIC) and ("unsupported" in message or "not supported" in message):
        return "unsupported_format"
    if not data.startswith(_KNOWN_MAGIC) and "not recognised" in message:
        # A real container we do not take (FLAC, Ogg, AIFF...) versus random bytes.
        return "unsupported_format" if _is_other_audio_container(data) else "corrupt"
    return "corrupt"


def _is_other_audio_container(data: bytes) -> bool:
    return data.startswith((b"fLaC", b"OggS", b"FORM", b".snd"))


def resample(signal: np.ndarray, source_rate: int, target_rate: int) -> np.ndarray:
    """Polyphase resampling with a Kaiser-windowed sinc low-pass (anti-aliasing and imaging).

    Equivalent to upsampling by L, filtering and keeping every M-th sample, but only the
    filter taps that meet non-zero input samples are computed.
    """
    divisor = gcd(source_rate, target_rate)
    up, down = target_rate // divisor, source_rate // divisor
    if up == down:
        return signal.astype(np.float64, copy=True)
    taps = _lowpass(up, down)
    delay = (len(taps) - 1) // 2  # the filter is symmetric: centre it on each output
    phases = -(-len(taps) // up)  # taps that touch real samples for each output
    taps = np.concatenate([taps, np.zeros(phases * up - len(taps))])
    n_out = -(-len(signal) * up // down)
    padded = np.concatenate([np.zeros(phases), signal, np.zeros(phases + 1)])
    out = np.empty(n_out)
    block = 1 << 16  # bounds memory on long notes
    for start in range(0, n_out, block):
        n = np.arange(start, min(start + block, n_out), dtype=np.int64)
        position = n * down + delay
        base, phase = np.divmod(position, up)
        acc = np.zeros(len(n))
        for k in range(phases):
            acc += taps[phase + k * up] * padded[np.clip(base - k + phases, 0, len(padded) - 1)]
        out[start : start + len(n)] = acc
    return out


def _lowpass(up: int, down: int, zero_crossings: int = 10, beta: float = 5.0) -> np.ndarray:
    """Low-pass at the lower of the two Nyquist rates, at the upsampled rate, gain `up`."""
    widest = max(up, down)
    half = zero_crossings * widest
    t = np.arange(-half, half + 1)
    cutoff = 1.0 / widest  # as a fraction of the upsampled Nyquist frequency
    return up * cutoff * np.sinc(cutoff * t) * np.kaiser(len(t), beta)


def replicate_phone_band(samples: np.ndarray, gain: float) -> np.ndarray:
    """Float samples at 16 kHz of audio that came at 8 kHz, with a quiet copy of the 0-4 kHz
    band put into the 4-8 kHz band the phone line left empty.

    The multilingual recogniser was trained on full-band speech; with nothing above 4 kHz its
    features for s, f and ch are far from anything it learned, and it misheard them ("abloma"
    for "habló mal"). A copy of the low band, `gain` times as loud, gives those sounds energy
    where it expects some (the idea of spectral band replication); it adds nothing a speaker
    did not say, and the low band itself is untouched.
    """
    spectrum = np.fft.rfft(samples)
    half = len(spectrum) // 2  # the 4 kHz bin
    spectrum[half : 2 * half] += gain * spectrum[:half]
    return np.fft.irfft(spectrum, len(samples)).astype(np.float32)
