"""Transcription figures: the model, its load time, WER on phone-band human speech, cue recall and
precision on each clip set, no words on calls without speech, real-time factor with the model
loaded once, and the peak memory of `carryback transcribe`. Prints figures, asserts nothing.

Run: .venv/bin/python bench/transcription.py [--no-bias] [--beam N] [--threads N]
        [--languages en es] [--band-copy GAIN] [--spanish-voices VOICE ...]
     (CARRYBACK_ASR_MODEL=/path/to/model for another English model; needs pocketsphinx-testdata
     for the English WER)

WER is over the five librivox sentences with transcripts in Debian's pocketsphinx-testdata (71
words, human speech), each degraded to a phone line (8 kHz, 300-3400 Hz, hiss, µ-law); the five
"cards" utterances (20 words) are shown apart. Words are compared lowercased, without punctuation,
numbers as words are written in the references. Settings were chosen on tests/fixtures/audio/tune
only; heldout and fresh were never tuned on; quiet holds 12 s calls with nobody speaking.

Figures (2 cores shared with other work, load average about 6.5 during every run below):
- before: pocketsphinx 5 + keyword spotting: phone-band librivox WER 0.521, cards 0.857, RTF 5.4
  at this load (0.59 idle, earlier notes); with the MLLR transform librivox WER 0.37 and cue
  recall tune 21/26, heldout 19/22, fresh 14/18, no false alarm (earlier notes).
- faster-whisper tiny.en int8, beam 5, 2 threads, Silero VAD threshold 0.5 / pad 400 ms
  (faster-whisper's defaults) and the cue phrases as bare hotwords: kal's voice scores 0.3-0.4
  on the VAD, so several of its notes were cut to a few words or to nothing (tune 20/26).
- VAD threshold 0.2 (line noise scores at most 0.07, speech 0.2-0.9), pad 400 ms: librivox WER
  0.099, tune 23/26, heldout 20/22, fresh 13/18, no false alarm; misses were notes whose first
  words were also the hotword list's last words ("sunday evening", "payday"): dropped.
- hotwords as a list closed by a full stop ("a, b, c."): tune 26/26, heldout 21/22, fresh 16/18,
  unseen 16/18 (its first measurement), no false alarm; unseen/03-kal lost "weekly review" to
  the VAD starting 1.2 s late.
- pad 2000 ms (kept): librivox WER 0.085, cards 0.238, tune 26/26, heldout 22/22, fresh 16/18,
  unseen 17/18, quiet: no words; no false alarm anywhere; 0.32 CPU s per audio second; peak RSS
  of `carryback transcribe` over 20 files 346 MB; load with hash check 2.3 s.
- 500 ms of silence before every note (engine.LEAD_IN_MS; idle machine, load average 0.5):
  Whisper no longer drops a note's first words when it starts the moment the beep ends.
  librivox WER 0.070, cards 0.190, tune 26/26, heldout 22/22, fresh 16/18, unseen 18/18, quiet:
  no words, no false alarm; lead-ins of 300, 700 and 1000 ms each lost one more cue. RTF 0.10
  (librivox) to 0.14 (clip sets) with 2 threads, 0.20 CPU s per audio second; load 0.38 s;
  peak RSS of `carryback transcribe` over 20 files 409 MB. The two fresh misses are mishearings
  no sound key should bridge: "payday is friday" heard "today is friday", "tense shoulders"
  heard "ten shoulders".
- the same without cue bias (--no-bias): same WER, tune 22/26, heldout 17/22, fresh 10/18,
  unseen 13/18, no false alarm: the bias earns its place and invents nothing here.

Spanish notes (--languages es) go to the multilingual Whisper base, told the language. There is
no transcribed human Spanish speech in Debian, so WER is over synthesised speech through the
same phone line (8 kHz, 300-3400 Hz, hiss, µ-law): the tune and heldout sets of
make_clips.spanish_speech (15 notes each, every note spoken by Festival's Castilian diphone
voice, festvox-ellpc11k from Debian non-free, and by espeak-ng es or es-419; made into
var/speech-cache on first use), the ten committed espeak-ng notes of
tests/fixtures/audio/spanish, and any voice named with --spanish-voices ("espeak-ng:mb-es1",
"espeak-ng:es+klatt3"...), over the ten committed lines. Every note goes through
transcribe_and_tag with its set's cues as the bias, as in service (--no-bias: without). WER is
given with accents as written ("reunion" for "reunión" is an error) and ignoring them (the cue
tagger ignores them); numbers count as words, digits read as Spanish words. Settings were chosen
on the tune set only; heldout was written before any measurement and never tuned on. The peak
RSS and cold start of one process holding both models are measured in a child process with an
empty model cache (the join included).
Figures in docs/speech.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import soundfile

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.language.cues import Cue  # noqa: E402
from shared.language.transcription import (  # noqa: E402
    WhisperTranscriber,
    decode_audio,
    default_transcriber,
    transcribe_and_tag,
)
from shared.language.transcription import engine as engine_settings  # noqa: E402
from shared.language.transcription.model import CACHE_ENV, choose_model, prepare_model  # noqa: E402
from tests.fixtures.audio.make_clips import (  # noqa: E402
    FESTIVAL_SPANISH,
    NOISE_LEVELS,
    SPANISH_LINES,
    SPANISH_SPEECH_SETS,
    spanish_speech,
    speak,
    voice_slug,
)
from tests.support.audio import fft_phone_line, to_phone_line  # noqa: E402
from tests.support.wer import spanish_wer, spanish_words, word_errors  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _summary import record  # noqa: E402

TESTDATA = Path("/usr/share/pocketsphinx/test/data")
HUMAN_SPEECH = (TESTDATA / "librivox", TESTDATA / "cards")
CLIPS = ROOT / "tests" / "fixtures" / "audio"
NUMBERS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}
ENGLISH_CLIP = CLIPS / "tune" / "06-kal.wav"
SPANISH_CLIP = CLIPS / "spanish" / "00-es-ulaw.wav"


def words(text: str) -> list[str]:
    found = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return [NUMBERS.get(word, word) for word in found]


def transcribed_recordings(folder: Path) -> list[tuple[str, list[str], Path]]:
    """(name, reference words, wav) for each line of a testdata transcription file."""
    listing = next(folder.glob("*transcription"), None)
    recordings = []
    for line in listing.read_text().splitlines() if listing else ():
        match = re.match(r"<s> (.*) </s> \((.*)\)", line.strip())
        if match:
            name = match.group(2)
            recordings.append((name, words(match.group(1)), folder / f"{name}.wav"))
    return recordings


@dataclass
class Tally:
    errors: int = 0
    words: int = 0
    busy: float = 0.0
    cpu: float = 0.0
    heard: float = 0.0
    accent_blind_errors: int = 0  # Spanish: errors when accents are ignored
    cues: int = 0  # Spanish sets: cues spoken, found, and tagged though not spoken
    cues_found: int = 0
    false: int = 0

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.words)

    @property
    def accent_blind_wer(self) -> float:
        return self.accent_blind_errors / max(1, self.words)

    @property
    def rtf(self) -> float:
        return self.busy / self.heard if self.heard else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.cpu / self.heard if self.heard else 0.0

    def add(self, other: Tally) -> None:
        for name in ("errors", "words", "busy", "cpu", "heard", "accent_blind_errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def human_speech(engine: WhisperTranscriber) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for folder in HUMAN_SPEECH:
        tally = tallies.setdefault(folder.name, Tally())
        for _name, reference, wav in transcribed_recordings(folder):
            samples, rate = soundfile.read(wav, dtype="float64")
            audio = decode_audio(fft_phone_line(samples, rate))
            started, cpu_started = time.perf_counter(), time.process_time()
            text = engine.transcribe(audio).text
            tally.busy += time.perf_counter() - started
            tally.cpu += time.process_time() - cpu_started
            tally.heard += audio.duration_s
            tally.errors += word_errors(reference, words(text))
            tally.words += len(reference)
    return tallies


def spanish_recordings(voices: list[str], folder: Path) -> list[tuple[str, str, Path]]:
    """(voice, text, wav) for the Spanish fixtures, then each line spoken by each extra voice
    now, through the same phone line as the fixtures (µ-law, the same two hiss levels)."""
    manifest = json.loads((CLIPS / "spanish" / "manifest.json").read_text(encoding="utf-8"))
    found = [(c["voice"], c["text"], CLIPS / "spanish" / c["file"]) for c in manifest["clips"]]
    for voice in voices:
        for n, (text, _cues, _voices) in enumerate(SPANISH_LINES):
            raw, wav = folder / "raw.wav", folder / f"{n:02d}-{len(found)}.wav"
            speak(text, voice, raw)
            to_phone_line(raw, wav, noise=NOISE_LEVELS[n % 2], mulaw=True)
            found.append((voice, text, wav))
    return found


def extra_voices_speech(
    engine: WhisperTranscriber, recordings: list[tuple[str, str, Path]], heard_as: list[str]
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for voice, text, wav in recordings:
        tally = tallies.setdefault(voice, Tally())
        audio = decode_audio(wav.read_bytes())
        started, cpu_started = time.perf_counter(), time.process_time()
        heard = engine.transcribe(audio).text
        tally.busy += time.perf_counter() - started
        tally.cpu += time.process_time() - cpu_started
        tally.heard += audio.duration_s
        reference = spanish_words(text)
        tally.errors += word_errors(reference, spanish_words(heard))
        tally.accent_blind_errors += word_errors(
            spanish_words(text, accents=False), spanish_words(heard, accents=False)
        )
        tally.words += len(reference)
        if spanish_words(text, accents=False) != spanish_words(heard, accents=False):
            heard_as.append(f"{voice}: {text!r} heard {heard!r}")
    return tallies


@dataclass
class CueScore:
    found: int = 0
    spoken: int = 0
    false_alarms: int = 0
    worded_quiet: int = 0  # clips with no speech that came back with words
    errors: int = 0  # word errors against the clips' texts, for Spanish sets
    words: int = 0
    busy: float = 0.0
    cpu: float = 0.0
    heard: float = 0.0

    @property
    def precision(self) -> float:
        tagged = self.found + self.false_alarms
        return self.found / tagged if tagged else 1.0


def clip_set(engine: WhisperTranscriber, name: str, misses: list[str]) -> CueScore:
    manifest = json.loads((CLIPS / name / "manifest.json").read_text(encoding="utf-8"))
    cues = [Cue(c["label"], tuple(c["phrases"])) for c in manifest["cues"]]
    score = CueScore()
    for clip in manifest["clips"]:
        data = (CLIPS / name / clip["file"]).read_bytes()
        cpu_started = time.process_time()
        result = transcribe_and_tag(
            data, cues, engine, allow_silence=True, language=manifest.get("language", "en")
        )
        score.cpu += time.process_time() - cpu_started
        score.busy += result.seconds
        score.heard += result.duration_s
        expected, got = set(clip["cues"]), set(result.cues)
        score.spoken += len(expected)
        score.found += len(expected & got)
        score.false_alarms += len(got - expected)
        score.worded_quiet += not clip["text"] and bool(result.text)
        if manifest.get("language") == "es":
            score.errors += word_errors(spanish_words(clip["text"]), spanish_words(result.text))
            score.words += len(spanish_words(clip["text"]))
        if expected != got or (not clip["text"] and result.text):
            misses.append(f"{name}/{clip['file']}: heard {result.text!r}, cues {sorted(got)}")
    return score


def command_peak_rss_mb(files: list[Path], cues: Path) -> tuple[float, float]:
    """Peak RSS and wall time of `carryback transcribe --cues` over files, as its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "carryback"), "transcribe", "--cues", str(cues)]
        + [str(path) for path in files],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(peak, before) / 1024, wall


def both_models_in_one_process() -> dict[str, float]:
    """Peak RSS and load times of a fresh process that loads both models from an empty model
    cache (so the base model is joined and hashed) and transcribes one note with each."""
    with tempfile.TemporaryDirectory() as cache:
        done = subprocess.run(
            [sys.executable, __file__, "--hold-both-models"],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, CACHE_ENV: cache},
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def hold_both_models() -> None:
    """The child of both_models_in_one_process: one JSON line of figures."""
    started = time.perf_counter()
    english = default_transcriber("en")
    english_load = time.perf_counter() - started
    english_text = transcribe_and_tag(ENGLISH_CLIP.read_bytes(), [], language="en").text
    started = time.perf_counter()
    spanish = default_transcriber("es")
    spanish_load = time.perf_counter() - started
    spanish_text = transcribe_and_tag(SPANISH_CLIP.read_bytes(), [], language="es").text
    assert english is not spanish and english_text and spanish_text
    figures = {
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_en_s": english_load,
        "load_es_cold_s": spanish_load,
    }
    print(json.dumps(figures))


def row(label: str, figure: object) -> None:
    print(f"{label:<48} {figure!s:>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-bias", action="store_true", help="no cue hotwords")
    parser.add_argument("--beam", type=int, default=engine_settings.BEAM_SIZE)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--sets", nargs="*", default=None, help="clip sets (default: all)")
    parser.add_argument("--languages", nargs="+", choices=("en", "es"), default=["en", "es"])
    parser.add_argument(
        "--spanish-voices",
        nargs="*",
        default=None,
        help="more voices to speak the ten committed Spanish lines with now "
        "(e.g. espeak-ng:mb-es1, espeak-ng:es+klatt3)",
    )
    parser.add_argument(
        "--band-copy",
        type=float,
        default=engine_settings.PHONE_BAND_REPLICA_GAIN["es"],
        help="gain of the phone band's copy above 4 kHz for Spanish notes (0: none)",
    )
    parser.add_argument("--hold-both-models", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    engine_settings.BEAM_SIZE = args.beam
    engine_settings.PHONE_BAND_REPLICA_GAIN["es"] = args.band_copy
    if args.threads:
        os.environ["CARRYBACK_ASR_THREADS"] = str(args.threads)
    if args.hold_both_models:
        hold_both_models()
        return

    row("load average (1, 5, 15 min) at start", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    # Child processes first, while this one holds no model: Linux counts the memory of the
    # process that started a child in the child's peak RSS (getrusage), so a child started by
    # a bench holding both models would report at least their size whatever it used itself.
    command = command_peak_rss_mb_heldout() if "en" in args.languages else None
    both = both_models_in_one_process() if set(args.languages) == {"en", "es"} else None
    english_model = english(args) if "en" in args.languages else ""
    if "es" in args.languages:
        spanish(args)
    row(
        "peak RSS of this process (MB)",
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}",
    )
    if command is not None:
        peak, wall = command
        heldout = len(list((CLIPS / "heldout").glob("*.wav")))
        row(f"`carryback transcribe`, {heldout} files: peak RSS (MB)", f"{peak:.0f}")
        # The model loaded once per worker process that takes voice jobs: its memory per worker.
        record(
            "transcription",
            f"memory per voice worker, {english_model} (peak RSS MB)",
            f"{peak:.0f}",
        )
        row("`carryback transcribe`: wall time, load included (s)", f"{wall:.1f}")
    if both is not None:
        row("one process holding both models: peak RSS (MB)", f"{both['peak_rss_mb']:.0f}")
        row("  load tiny.en, hash check included (s)", f"{both['load_en_s']:.2f}")
        row("  load base into an empty cache, join incl. (s)", f"{both['load_es_cold_s']:.2f}")
        both_peak = f"{both['peak_rss_mb']:.0f}"
        record("transcription", "memory per voice worker, tiny.en + base (peak RSS MB)", both_peak)
    row("load average (1, 5, 15 min) at end", " ".join(f"{x:.1f}" for x in os.getloadavg()))


def clip_sets(args: argparse.Namespace, language: str, engine: WhisperTranscriber) -> list[str]:
    """Cue recall, precision and RTF on each clip set in `language`; the misses."""
    names = args.sets or sorted(p.name for p in CLIPS.iterdir() if (p / "manifest.json").exists())
    names = [
        name
        for name in names
        if json.loads((CLIPS / name / "manifest.json").read_text(encoding="utf-8")).get(
            "language", "en"
        )
        == language
    ]
    misses: list[str] = []
    busy = cpu = heard = 0.0
    for name in names:
        score = clip_set(engine, name, misses)
        busy, cpu, heard = busy + score.busy, cpu + score.cpu, heard + score.heard
        row(f"cue recall, {name}", f"{score.found}/{score.spoken}")
        row(
            f"cue precision (false alarms), {name}", f"{score.precision:.3f} ({score.false_alarms})"
        )
        if name == "quiet":
            row("calls with no speech that gave words", score.worded_quiet)
        row(f"RTF, decode + transcribe + tag, {name}", f"{score.busy / score.heard:.3f}")
        if score.words:
            row(f"WER with the cue bias, {name}", f"{score.errors / score.words:.3f}")
    if language == "en":
        row("RTF, all clip sets", f"{busy / heard:.3f}" if heard else "-")
        row("CPU seconds per audio second, all clip sets", f"{cpu / heard:.3f}" if heard else "-")
        if cpu:
            # A 60 s voice note (the longest taken) costs 60 x that in CPU seconds on one core.
            record("transcription", "CPU seconds per audio second", f"{cpu / heard:.3f}")
            record("transcription", "60 s voice notes per core per minute", f"{heard / cpu:.1f}")
    return misses


def english(args: argparse.Namespace) -> str:
    """The English figures; the model's name."""
    choice = choose_model()
    engine = WhisperTranscriber(choice, bias=not args.no_bias)
    row("model", choice.name)
    row("model files pinned (SHA-256 checked)", len(choice.pinned))
    row("threads / beam / cue bias", f"{choice.threads} / {args.beam} / {not args.no_bias}")
    row("load time, hash check included (s)", f"{engine.load_seconds:.2f}")

    if not TESTDATA.is_dir():
        print("human speech testdata missing: apt-get install pocketsphinx-testdata")
    for folder, tally in human_speech(engine).items():
        row(f"WER, phone-band {folder}", f"{tally.wer:.3f} ({tally.errors}/{tally.words})")
        row(f"RTF, phone-band {folder}", f"{tally.rtf:.3f}")
        row(f"CPU seconds per audio second, {folder}", f"{tally.cpu / tally.heard:.3f}")
    for miss in clip_sets(args, "en", engine):
        print("  miss:", miss)
    return choice.name


def command_peak_rss_mb_heldout() -> tuple[float, float]:
    """Peak RSS and wall time of `carryback transcribe --cues` over the heldout set."""
    heldout = sorted((CLIPS / "heldout").glob("*.wav"))
    with_cues = CLIPS / "heldout" / "cues.json"
    with_cues.write_text(
        json.dumps(json.loads((CLIPS / "heldout" / "manifest.json").read_text())["cues"])
    )
    try:
        return command_peak_rss_mb(heldout, with_cues)
    finally:
        with_cues.unlink()


def spanish(args: argparse.Namespace) -> None:
    choice = choose_model(language="es")
    started = time.perf_counter()
    prepare_model(choice)  # joined into the cache on the first run only; hashed every run
    prepared = time.perf_counter() - started
    engine = WhisperTranscriber(choice, bias=not args.no_bias)
    row("Spanish model", f"{choice.name} (language={choice.language})")
    row("model files pinned (SHA-256 checked)", len(choice.pinned))
    row("model cache", str(choice.directory))
    row("join into cache if needed, hash check (s)", f"{prepared:.2f}")
    row("load time, hash check included (s)", f"{engine.load_seconds:.2f}")
    row("threads / beam / cue bias", f"{choice.threads} / {args.beam} / {not args.no_bias}")
    row("phone band copied above 4 kHz, gain", args.band_copy)

    heard_as: list[str] = []
    for name in SPANISH_SPEECH_SETS:
        tallies = spanish_set(engine, name, heard_as)
        for voice, tally in tallies.items():
            label = f"{name}, {voice_slug(voice)}"
            row(f"WER, {label}", f"{tally.wer:.3f} ({tally.errors}/{tally.words})")
            row("  ignoring accents", f"{tally.accent_blind_wer:.3f}")
            row("  cue recall (false alarms)", f"{tally.cues_found}/{tally.cues} ({tally.false})")
            row("  RTF / CPU seconds per audio second", f"{tally.rtf:.3f} / {tally.cpu_rate:.3f}")
        if name == "heldout":
            festival = tallies[FESTIVAL_SPANISH]
            total = Tally()
            for tally in tallies.values():
                total.add(tally)
            row(
                "RTF / CPU s per audio s, heldout, all voices",
                f"{total.rtf:.3f} / {total.cpu_rate:.3f}",
            )
            figure = "Spanish WER, held-out notes, Festival voice, phone band (base)"
            record("transcription", figure, f"{festival.wer:.3f}", "0.20")
            record(
                "transcription",
                "Spanish RTF, held-out notes (base, 2 threads)",
                f"{total.rtf:.3f}",
                "0.5",
            )
    if args.spanish_voices:
        with tempfile.TemporaryDirectory() as folder:
            recordings = spanish_recordings(args.spanish_voices, Path(folder))
            for voice, tally in extra_voices_speech(engine, recordings, heard_as).items():
                row(
                    f"WER, the ten clip lines, {voice}",
                    f"{tally.wer:.3f} ({tally.errors}/{tally.words})",
                )
    misses = clip_sets(args, "es", engine)
    for line in heard_as:
        print("  heard:", line)
    for miss in misses:
        print("  miss:", miss)


def spanish_set(engine: WhisperTranscriber, name: str, heard_as: list[str]) -> dict[str, Tally]:
    """Each voice's figures on the Spanish speech set `name`, every note through the service's
    own transcribe_and_tag with the set's cues (the cue bias as in service, unless --no-bias)."""
    manifest = spanish_speech(name)
    cues = [Cue(c["label"], tuple(c["phrases"])) for c in manifest["cues"]]
    tallies: dict[str, Tally] = {}
    for clip in manifest["clips"]:
        tally = tallies.setdefault(clip["voice"], Tally())
        cpu_started = time.process_time()
        result = transcribe_and_tag(Path(clip["file"]).read_bytes(), cues, engine, language="es")
        tally.cpu += time.process_time() - cpu_started
        tally.busy += result.seconds
        tally.heard += result.duration_s
        pair = [(clip["text"], result.text)]
        tally.errors += spanish_wer(pair)[0]
        tally.accent_blind_errors += spanish_wer(pair, accents=False)[0]
        tally.words += spanish_wer(pair)[1]
        expected, got = set(clip["cues"]), set(result.cues)
        tally.cues += len(expected)
        tally.cues_found += len(expected & got)
        tally.false += len(got - expected)
        if spanish_words(clip["text"], accents=False) != spanish_words(result.text, accents=False):
            heard_as.append(
                f"{name}/{voice_slug(clip['voice'])}: {clip['text']!r} heard {result.text!r}"
            )
    return tallies


if __name__ == "__main__":
    main()
