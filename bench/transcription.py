"""Transcription figures: WER on phone-degraded librivox, cue spotting on the clip sets,
real-time factor and peak memory with the model loaded once. Prints figures, asserts nothing.

Run: .venv/bin/python bench/transcription.py   (needs Debian's pocketsphinx-testdata for WER)
"""

from __future__ import annotations

import io
import json
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shared.cues import Cue
from shared.transcription import decode_audio, transcribe_and_tag
from shared.transcription.audio import resample
from shared.transcription.engine import PocketsphinxTranscriber

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
CLIPS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "audio"


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        diagonal, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, start=1):
            best = min(row[j] + 1, row[j - 1] + 1, diagonal + (ref_word != hyp_word))
            diagonal, row[j] = row[j], best
    return row[-1]


def phone_line(samples: np.ndarray, rate: int) -> bytes:
    """8 kHz, 300-3400 Hz, low white noise, µ-law: what Twilio hands over."""
    narrow = resample(samples, rate, 8000)
    spectrum = np.fft.rfft(narrow)
    freqs = np.fft.rfftfreq(len(narrow), 1 / 8000)
    spectrum[(freqs < 300) | (freqs > 3400)] = 0
    narrow = np.fft.irfft(spectrum, len(narrow))
    narrow = 0.7 * narrow / np.abs(narrow).max()
    narrow += np.random.default_rng(1).normal(0, 0.003, len(narrow))
    buffer = io.BytesIO()
    soundfile.write(buffer, narrow, 8000, format="WAV", subtype="ULAW")
    return buffer.getvalue()


def librivox_wer(engine: PocketsphinxTranscriber) -> tuple[float, float, float]:
    errors = words = 0
    busy = heard = 0.0
    for line in (LIBRIVOX / "transcription").read_text().splitlines():
        match = re.match(r"<s> (.*) </s> \((.*)\)", line.strip())
        if not match:
            continue
        reference, name = match.group(1).split(), match.group(2)
        samples, rate = soundfile.read(LIBRIVOX / f"{name}.wav", dtype="float64")
        audio = decode_audio(phone_line(samples, rate))
        started = time.perf_counter()
        text = engine.transcribe(audio).text
        busy += time.perf_counter() - started
        heard += audio.duration_s
        errors += word_errors(reference, text.split())
        words += len(reference)
    return errors / words, busy, heard


def clip_set(engine: PocketsphinxTranscriber, name: str) -> tuple[int, int, int, float, float]:
    manifest = json.loads((CLIPS / name / "manifest.json").read_text())
    cues = [Cue(c["label"], tuple(c["phrases"])) for c in manifest["cues"]]
    found = spoken = false_alarms = 0
    busy = heard = 0.0
    for clip in manifest["clips"]:
        result = transcribe_and_tag((CLIPS / name / clip["file"]).read_bytes(), cues, engine)
        busy += result.seconds
        heard += result.duration_s
        expected, got = set(clip["cues"]), set(result.cues)
        spoken += len(expected)
        found += len(expected & got)
        false_alarms += len(got - expected)
    return found, spoken, false_alarms, busy, heard


def main() -> None:
    engine = PocketsphinxTranscriber()
    print(f"{'measure':<44} {'figure':>16}")
    if (LIBRIVOX / "transcription").exists():
        wer, busy, heard = librivox_wer(engine)
        print(f"{'WER, phone-degraded librivox (free text)':<44} {wer:>16.3f}")
        print(f"{'RTF, free decode only':<44} {busy / heard:>16.3f}")
    else:
        print("librivox testdata missing: apt-get install pocketsphinx-testdata")
    for name in ("tune", "heldout"):
        found, spoken, false_alarms, busy, heard = clip_set(engine, name)
        print(f"{'cue recall, ' + name:<44} {f'{found}/{spoken}':>16}")
        print(f"{'cue false alarms, ' + name:<44} {false_alarms:>16}")
        print(f"{'RTF, decode+transcribe+spot, ' + name:<44} {busy / heard:>16.3f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS with model loaded (MB)':<44} {peak_mb:>16.0f}")


if __name__ == "__main__":
    main()
