"""Regenerate shared/transcription/adaptation/mllr_matrix: an MLLR transform of the en-us
acoustic model's means towards speech heard through a phone line.

The recogniser's model was trained on 16 kHz wideband speech; voice notes arrive at 8 kHz with
nothing outside 300-3400 Hz. This script synthesises a few hundred English sentences (flite and
festival voices), degrades each to a phone line, decodes it to 16 kHz the way intake does, takes
the features from the recogniser's own front end (so they match what it sees when transcribing),
and runs sphinxtrain's bw and mllr_solve against the model that ships in the pocketsphinx wheel.

Run: .venv/bin/python scripts/adapt_phone_channel.py [--workdir DIR] [--out FILE]
Needs: flite, festival (text2wave), sox, sphinxtrain (bw, mllr_solve) and pocketsphinx
(pocketsphinx_mdef_convert) from Debian.
"""

from __future__ import annotations

import argparse
import random
import shutil
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared.transcription import decode_audio  # noqa: E402
from shared.transcription.engine import PHONE_FEATURES, phrase_words  # noqa: E402
from tests.support.audio import fft_phone_line as fft_line  # noqa: E402
from tests.support.audio import synthesise, to_phone_line  # noqa: E402

SPHINXTRAIN = Path("/usr/lib/sphinxtrain")
DEFAULT_OUT = ROOT / "shared" / "transcription" / "adaptation" / "mllr_matrix"
VOICES = ("kal", "kal16", "awb", "rms", "slt", "festival")
SEED = 7
# Words that name the cues of the audio fixture sets (tests/fixtures/audio): sentences holding
# them are left out so those sets still measure spotting on words the transform never saw.
FIXTURE_CUE_WORDS = frozenset(
    {"tight", "standup", "foreman", "throw", "screaming", "yelling", "sunday", "jaw", "clenched"}
    | {"clenching", "racing", "emailed", "traffic", "bedtime", "bed", "lunch", "skipped", "knot"}
    | {"knots", "stomach", "landlord", "texted", "shift", "shoulders", "tense", "bank", "account"}
    | {"payday"}
)

# What clients say between sessions: a moment, a body signal or feeling, what set it off.
MOMENTS = [
    "this morning",
    "last night",
    "after work",
    "on the bus",
    "at the dinner table",
    "before the meeting",
    "during the phone call",
    "in the car",
    "at the office",
    "when I woke up",
    "around midnight",
    "on monday",
    "on friday afternoon",
    "at school pickup",
    "in the supermarket",
    "at my parents house",
    "after the appointment",
    "before I left home",
]
SIGNALS = [
    "my heart was pounding",
    "my hands were shaking",
    "I felt sick",
    "I could not breathe properly",
    "I felt a wave of panic",
    "my face went hot",
    "I wanted to run away",
    "I got really angry",
    "I started crying",
    "my head was spinning",
    "I felt numb",
    "I went quiet",
    "I felt the old dread come back",
    "my neck was stiff",
    "I could not focus",
    "I felt like a failure",
    "I wanted to hide",
    "my mind went blank",
]
TRIGGERS = [
    "my boss asked for the report",
    "my partner raised his voice",
    "my daughter would not listen",
    "the bill came in the post",
    "my brother called",
    "the doctor was late",
    "my friend cancelled on me",
    "the train was delayed",
    "my manager criticised me",
    "the baby would not settle",
    "I saw the news",
    "my mother started asking questions",
    "the car would not start",
    "I had to speak in front of people",
    "nobody replied to me",
    "my son slammed the door",
    "the neighbours were loud",
    "I checked my messages",
]
ASIDES = [
    "maybe a six out of ten",
    "about a four",
    "like an eight",
    "intensity five",
    "not as bad as last week",
    "it passed after a while",
    "I tried the breathing and it helped",
    "I did not do the exercise because I was too tired",
    "nothing else happened this week",
    "I noticed it and let it go",
    "I wrote it down afterwards",
    "I forgot to practise",
]
# General prose, to cover phones and words beyond the clients' small vocabulary.
PROSE = """\
the old house stood at the end of a long road lined with elm trees
she opened the letter slowly and read it twice before she said a word
the river was high that spring and the fields were under water for weeks
he had never cared much for company but he was fond of his sister
the doctor advised rest and a change of air for the whole family
they walked along the cliffs until the light began to fade
it is a truth known to every traveller that the last mile is the longest
the children were sent to bed early because of the storm
her father had left the estate to his eldest son
there was no sound in the room except the ticking of the clock
the carriage arrived an hour late and the horses were tired
we have always lived quietly and we intend to go on doing so
the garden was full of roses and the air smelled of rain
his manners were pleasant but his opinions were rather fixed
nobody in the village could remember a colder winter
the ship left the harbour at dawn with a light wind behind it
she thought about the conversation for the rest of the evening
the library had more books than anyone could read in a lifetime
a small dog ran across the square chasing a paper bag
the price of bread rose again and the shopkeepers complained
they agreed to meet at the station on thursday at noon
the mountains were hidden by a thick grey cloud
he spoke of his plans with great confidence and little detail
the kettle boiled and she made a pot of strong tea
after dinner the family gathered in the drawing room
the path through the woods was narrow and muddy
her cousin arrived with three large trunks and a parrot
the teacher asked the class to write a short story about the sea
every sunrise over the valley looked different
the committee will announce its decision next month
the farmer counted his sheep and found two were missing
it was the kind of afternoon that made everyone sleepy
the candle flickered and went out leaving them in darkness
his letters grew shorter and less frequent as the year went on
the market was crowded with people buying fruit and vegetables
the young man bowed politely and left without another word
they could hear the waves breaking on the rocks below
the report explained the problem in simple language
a heavy frost covered the lawn and the windows
she had a talent for music and practised every day
the bridge was closed for repairs so they took the ferry
he laughed at the idea but later admitted it was a good one
the snow fell all night and by morning the roads were closed
our neighbours have a large garden with apple trees
the museum opens at ten and closes at five
she packed a small bag and caught the early train
the engine made a strange noise and then stopped
the old woman told stories about the war
the meeting was long and nothing was decided
we should plant the seeds before the end of april
the hotel was comfortable but the food was poor
he wrote down the address on the back of an envelope
the sky turned orange as the sun went down behind the hills
several people were waiting outside the bakery
the painter worked in a small room at the top of the house
her voice was calm although her hands were trembling
the new road will make the journey much shorter
the dog barked at every stranger who came to the gate
a cold wind blew from the north for three days
the girls played in the garden until it was time for supper
the judge listened carefully to both sides of the argument
my grandfather used to fix watches in his spare time
the city looked beautiful from the top of the tower
i could not find my keys anywhere this morning
we talked for hours about books and films and music
the soup was too hot so we waited for it to cool
please call me back when you have a moment
the weather forecast promised sunshine but it rained all day
he promised to visit them again in the summer
the lamp on the desk gave a warm yellow light
she answered every question honestly and without hesitation
there were seven chairs around the kitchen table
the baker starts work at four in the morning
a letter from the bank arrived on wednesday
the fire in the grate had burned down to embers
they sold the farm and moved to a small town by the coast
the clock in the hall struck nine
i am going to try to get more sleep this week
work has been busy and i have not had much time for myself
my family is coming to visit at the weekend
i went for a long walk and felt a bit better afterwards
i had a good day today and nothing really bothered me
we had an argument about money again
i have been sleeping badly and waking up at four
the meeting with my supervisor went better than expected
i stayed in bed most of the day
""".splitlines()


def sentences() -> list[str]:
    """Client-style sentences from the templates plus the prose, cue words of the fixtures out."""
    rng = random.Random(SEED)
    made = set()
    shapes = (
        "{moment} {signal} when {trigger}",
        "{signal} {moment} because {trigger}, {aside}",
        "I noticed it {moment}, {signal}, {aside}",
        "{trigger} and {signal}",
        "{moment} {trigger} and {signal}, {aside}",
    )
    while len(made) < 260:
        shape = rng.choice(shapes)
        made.add(
            shape.format(
                moment=rng.choice(MOMENTS),
                signal=rng.choice(SIGNALS),
                trigger=rng.choice(TRIGGERS),
                aside=rng.choice(ASIDES),
            )
        )
    chosen = sorted(made) + [line for line in PROSE if line]
    return [s for s in chosen if not FIXTURE_CUE_WORDS.intersection(phrase_words(s))]


def dictionary_words(dictionary: Path) -> set[str]:
    return {line.split(maxsplit=1)[0] for line in dictionary.read_text().splitlines() if line}


def sox_phone_line(src: Path, noise: float, mulaw: bool) -> bytes:
    """The fixtures' phone line (the same function that made them), as bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.wav"
        to_phone_line(src, out, noise=noise, mulaw=mulaw)
        return out.read_bytes()


def fft_phone_line(src: Path, noise: float, seed: int) -> bytes:
    """The bench's phone line: 8 kHz, spectrum cut to 300-3400 Hz, white noise, µ-law."""
    samples, rate = soundfile.read(src, dtype="float64")
    return fft_line(samples, rate, noise=noise, seed=seed)


def make_recording(job: tuple[int, str, str, Path]) -> Path:
    """Synthesise one sentence and put it through one of the phone lines; returns the 8 kHz wav."""
    n, text, voice, folder = job
    out = folder / f"utt{n:04d}.wav"
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp, "clean.wav")
        synthesise(text, voice, clean)
        noise = (0.002, 0.004, 0.006, 0.009, 0.012, 0.02)[n % 6]
        if n % 3 == 2:
            out.write_bytes(fft_phone_line(clean, noise / 2, seed=n))
        else:
            out.write_bytes(sox_phone_line(clean, noise, mulaw=n % 2 == 1))
    return out


def engine_features(recordings: list[Path], feature_dir: Path) -> None:
    """Cepstra as the recogniser computes them: each note goes through intake's audio path
    (decode, resample to 16 kHz int16), then sphinx_fe with the recogniser's front-end settings.
    (On the same samples, sphinx_fe's output equals what the decoder logs with mfclogdir.)"""
    front_end = ("lowerf", "upperf", "nfilt", "transform", "lifter", "remove_noise")
    settings = [arg for name in front_end for arg in (f"-{name}", PHONE_FEATURES[name])]
    for recording in recordings:
        samples = decode_audio(recording.read_bytes()).samples
        raw = feature_dir / f"{recording.stem}.raw"
        raw.write_bytes(samples.astype("<i2").tobytes())
        subprocess.run(
            [
                "sphinx_fe",
                "-i",
                str(raw),
                "-o",
                str(raw.with_suffix(".mfc")),
                "-raw",
                "yes",
                "-input_endian",
                "little",
                "-samprate",
                "16000",
                "-remove_silence",
                "no",
                "-dither",
                "no",
                *settings,
            ],
            check=True,
            capture_output=True,
        )
        raw.unlink()


def write_mixture_weights(sendump: Path, out: Path) -> None:
    """Expand the model's quantised mixture weights (sendump) into the s3 mixture_weights file
    bw reads. Each byte is a negated log (base 1.0001) weight shifted right by 10 bits."""
    data = sendump.read_bytes()
    offset = 0

    def next_string() -> bytes | None:
        nonlocal offset
        (length,) = struct.unpack_from("<I", data, offset)
        offset += 4 + length
        return data[offset - length : offset] if length else None

    while next_string() is not None:
        pass
    codewords, senones = struct.unpack_from("<II", data, offset)
    offset += 8
    n_feat = (len(data) - offset) // (codewords * senones)
    quantised = np.frombuffer(data, np.uint8, n_feat * codewords * senones, offset)
    weights = 1.0001 ** -(quantised.astype(np.float64).reshape(n_feat, codewords, senones) * 1024)
    weights = weights.transpose(2, 0, 1)  # senone, feature, codeword
    weights /= weights.sum(axis=2, keepdims=True)
    header = b"s3\nversion 1.0\n"
    header += b" " * (-(len(header) + len(b"endhdr\n")) % 4) + b"endhdr\n"
    body = struct.pack("<5I", 0x11223344, senones, n_feat, codewords, weights.size)
    out.write_bytes(header + body + weights.astype("<f4").tobytes())


def training_lists(items: list[tuple[str, str]], work: Path) -> tuple[Path, Path]:
    """The fileids and transcription files bw reads: one line per recording."""
    fileids, transcription = work / "adapt.fileids", work / "adapt.transcription"
    fileids.write_text("".join(f"{name}\n" for name, _ in items))
    transcription.write_text("".join(f"<s> {text} </s> ({name})\n" for name, text in items))
    return fileids, transcription


def run_logged(command: list[str], log: Path) -> None:
    """Run a sphinxtrain tool, its chatter kept in a log file beside the intermediate files."""
    with log.open("w") as handle:
        subprocess.run(command, check=True, stdout=handle, stderr=subprocess.STDOUT)


def adapt(
    work: Path, model: Path, dictionary: Path, fileids: Path, transcription: Path, out: Path
) -> None:
    """Accumulate statistics with bw under the unchanged model, then solve a global MLLR."""
    mdef = work / "mdef.txt"
    subprocess.run(
        ["pocketsphinx_mdef_convert", "-text", str(model / "mdef"), str(mdef)],
        check=True,
        capture_output=True,
    )
    mixw = work / "mixture_weights"
    write_mixture_weights(model / "sendump", mixw)
    accum = work / "accum"
    accum.mkdir(exist_ok=True)
    # The same feature settings as the recogniser (engine.PHONE_FEATURES); the cepstra already
    # come from its front end, so only the dynamic features and normalisation are set here.
    run_logged(
        [
            str(SPHINXTRAIN / "bw"),
            "-hmmdir",
            str(model),
            "-moddeffn",
            str(mdef),
            "-mixwfn",
            str(mixw),
            "-ts2cbfn",
            ".ptm.",
            "-feat",
            "1s_c_d_dd",
            "-svspec",
            "0-12/13-25/26-38",
            "-cmn",
            "batch",
            "-agc",
            "none",
            "-varnorm",
            "no",
            "-dictfn",
            str(dictionary),
            "-fdictfn",
            str(model / "noisedict"),
            "-ctlfn",
            str(fileids),
            "-lsnfn",
            str(transcription),
            "-cepdir",
            str(work / "features"),
            "-accumdir",
            str(accum),
            "-timing",
            "no",
        ],
        log=work / "bw.log",
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    run_logged(
        [
            str(SPHINXTRAIN / "mllr_solve"),
            "-meanfn",
            str(model / "means"),
            "-varfn",
            str(model / "variances"),
            "-outmllrfn",
            str(out),
            "-accumdir",
            str(accum),
        ],
        log=work / "mllr_solve.log",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="keep intermediate files here")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    import pocketsphinx

    model_root = Path(pocketsphinx.get_model_path()) / "en-us"
    model, dictionary = model_root / "en-us", model_root / "cmudict-en-us.dict"
    known = dictionary_words(dictionary)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="adapt-phone-"))
    audio_dir, feature_dir = work / "audio", work / "features"
    audio_dir.mkdir(parents=True, exist_ok=True)
    feature_dir.mkdir(parents=True, exist_ok=True)

    texts = [" ".join(phrase_words(s)) for s in sentences()]
    texts = [t for t in texts if set(t.split()) <= known]
    # Each sentence in two voices, rotating so every voice speaks every kind of sentence.
    jobs = [
        (2 * i + k, text, VOICES[(i + 3 * k) % len(VOICES)], audio_dir)
        for i, text in enumerate(texts)
        for k in range(2)
    ]
    with ProcessPoolExecutor(args.jobs) as pool:
        recordings = list(pool.map(make_recording, jobs))
    engine_features(recordings, feature_dir)
    items = [(rec.stem, text) for rec, (_, text, _, _) in zip(recordings, jobs, strict=True)]
    fileids, transcription = training_lists(items, work)
    adapt(work, model, dictionary, fileids, transcription, args.out)
    seconds = sum(soundfile.info(rec).duration for rec in recordings)
    print(f"{len(recordings)} recordings, {seconds / 60:.1f} min of speech -> {args.out}")
    if args.workdir is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
