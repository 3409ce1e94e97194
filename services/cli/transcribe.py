"""`carryback transcribe [--cues CUES.json] AUDIO...`: one JSON line per file, in order."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from shared.kernel.config import ConfigError
from shared.language.cues import CueSetError, parse_cue_set
from shared.language.transcription import AudioError, ModelError, transcribe_and_tag
from shared.language.transcription.engine import default_transcriber


@click.command("transcribe")
@click.option(
    "--cues",
    "cues_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CUES.json: the client's cues to spot.",
)
@click.argument(
    "audio", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def transcribe_command(cues_path: Path | None, audio: tuple[Path, ...]) -> None:
    """Transcribe voice notes offline and tag them by cue."""
    cues = []
    if cues_path is not None:
        try:
            cues = parse_cue_set(json.loads(cues_path.read_text(encoding="utf-8")))
        except (CueSetError, json.JSONDecodeError) as error:
            raise click.UsageError(f"invalid cue set: {error}") from None
    try:
        transcriber = default_transcriber()  # loaded once for every file
    except (ModelError, ConfigError) as error:
        raise click.ClickException(str(error)) from None
    failed = False
    for path in audio:
        try:
            # A silent call is a note with no words here, as line noise is.
            result = transcribe_and_tag(path.read_bytes(), cues, transcriber, allow_silence=True)
        except AudioError as error:
            failed = True
            click.echo(json.dumps({"file": str(path), "error": error.reason}))
            continue
        click.echo(
            json.dumps(
                {
                    "file": str(path),
                    "text": result.text,
                    "cues": list(result.cues),
                    "intensity": result.intensity,
                    "barrier": result.barrier,
                    "crisis": result.crisis,
                    "duration_s": result.duration_s,
                    "seconds": result.seconds,
                }
            )
        )
    if failed:
        sys.exit(1)
