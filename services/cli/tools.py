"""``carryback tag``: try a cue set (``carryback transcribe`` lives in ``transcribe.py``,
imported only when used because the speech engine is heavy)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.language.catalogue import LANGUAGES
from shared.language.cues import CueMatcher, CueSetError, parse_cue_set, tag


@click.command("tag")
@click.option("--cues", "cues_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    default=CLIENT_LANGUAGE,
    show_default=True,
    help="The client's language: the cues and noticings are read in it (and English).",
)
@click.argument("text", required=False)
def tag_command(cues_path: str, language: str, text: str | None) -> None:
    """Try a cue set: tag TEXT, or one noticing per line of standard input."""
    try:
        cue_set = parse_cue_set(json.loads(Path(cues_path).read_text(encoding="utf-8")))
    except json.JSONDecodeError as error:
        raise click.ClickException(f"{cues_path} is not valid JSON: {error}") from None
    except CueSetError as error:
        raise click.ClickException(f"{cues_path}: {error}") from None
    matcher = CueMatcher(cue_set, language)
    lines = [text] if text is not None else (line.rstrip("\r\n") for line in sys.stdin)
    for line in lines:
        click.echo(json.dumps(tag(line, matcher).as_dict(), ensure_ascii=False))
