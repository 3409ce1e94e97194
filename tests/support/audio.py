"""Synthesised speech and the phone line it goes through before Twilio hands it over.

Two phone lines: ``to_phone_line`` (sox: 300-3400 Hz sinc filter, line hiss, optional
µ-law; it made the fixture clips) and ``fft_phone_line`` (numpy: the same band cut in
the spectrum, white noise, µ-law; the bench and the adaptation script use it too).
Needs flite, festival (text2wave) and sox for synthesis and the sox line.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import soundfile

from shared.language.transcription.audio import resample

PHONE_RATE = 8000


def synthesise(text: str, voice: str, out: Path) -> None:
    """Speak ``text`` into the WAV file ``out`` with a flite voice, or "festival"."""
    if voice == "festival":
        subprocess.run(["text2wave", "-o", str(out)], input=text.encode(), check=True)
    else:
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(out)], check=True)


def to_phone_line(src: Path, out: Path, *, noise: float, mulaw: bool) -> None:
    """Band-limit to the phone band at 8 kHz and mix in low line noise (repeatable: sox -R)."""
    with tempfile.TemporaryDirectory() as tmp:
        band = Path(tmp) / "band.wav"
        hiss = Path(tmp) / "hiss.wav"
        subprocess.run(
            [
                "sox",
                "-R",
                str(src),
                "-r",
                "8000",
                "-c",
                "1",
                "-b",
                "16",
                str(band),
                "sinc",
                "300-3400",
                "pad",
                "0.3",
                "0.3",
                "norm",
                "-3",
            ],
            check=True,
        )
        seconds = subprocess.run(
            ["soxi", "-D", str(band)], check=True, capture_output=True, text=True
        ).stdout.strip()
        subprocess.run(
            [
                "sox",
                "-R",
                "-n",
                "-r",
                "8000",
                "-c",
                "1",
                "-b",
                "16",
                str(hiss),
                "synth",
                seconds,
                "whitenoise",
                "vol",
                str(noise),
            ],
            check=True,
        )
        encoding = ["-e", "u-law", "-b", "8"] if mulaw else ["-b", "16"]
        subprocess.run(["sox", "-R", "-m", str(band), str(hiss), *encoding, str(out)], check=True)


def fft_phone_line(samples: np.ndarray, rate: int, *, noise: float = 0.003, seed: int = 1) -> bytes:
    """8 kHz, 300-3400 Hz, white noise, µ-law WAV bytes: what Twilio hands over."""
    narrow = resample(samples, rate, PHONE_RATE)
    spectrum = np.fft.rfft(narrow)
    freqs = np.fft.rfftfreq(len(narrow), 1 / PHONE_RATE)
    spectrum[(freqs < 300) | (freqs > 3400)] = 0
    narrow = np.fft.irfft(spectrum, len(narrow))
    narrow = 0.7 * narrow / np.abs(narrow).max()
    narrow += np.random.default_rng(seed).normal(0, noise, len(narrow))
    buffer = io.BytesIO()
    soundfile.write(buffer, narrow, PHONE_RATE, format="WAV", subtype="ULAW")
    return buffer.getvalue()
