"""``carryback texts``: every fixed text a client gets, in each language, with its SMS cost.

``--table`` prints the Markdown table kept in docs/languages.md, ``--write``
puts it there (between its markers); a test holds the committed table equal
to this one, so the page stays true when a text or a translation changes.
"""

from __future__ import annotations

from pathlib import Path

import click

from shared.language.catalogue import LANGUAGES, language_name
from shared.language.sms import segments
from shared.noticings.fixed_texts import FIXED_TEXTS, FixedText

START_MARKER = "<!-- texts-table:start (carryback texts --table --write docs/languages.md) -->"
END_MARKER = "<!-- texts-table:end -->"


def _cell(text: str) -> str:
    """A text in a Markdown table cell: pipes escaped, line breaks kept visible."""
    return text.replace("|", "\\|").replace("\n", "<br>")


def _cost(text: str, fixed: FixedText) -> str:
    if fixed.spoken:
        return "spoken"
    counted = segments(text)
    return f"{counted.count} ({counted.encoding})"


def texts_table() -> str:
    """The table: each text as sent, in every language, and the segments it takes."""
    header = ["Text"]
    for language in LANGUAGES:
        name = language_name(language, in_language="en")
        header += [name, "SMS segments"]
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + " --- |" * len(header),
    ]
    for fixed in FIXED_TEXTS:
        row = [fixed.name]
        for language in LANGUAGES:
            text = fixed.render(language)
            row += [_cell(text), _cost(text, fixed)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def write_table(path: Path) -> None:
    """Replace the table between the page's markers (which must both be there)."""
    page = path.read_text(encoding="utf-8")
    if START_MARKER not in page or END_MARKER not in page:
        raise click.ClickException(f"{path} has no texts-table markers")
    before, rest = page.split(START_MARKER, 1)
    _, after = rest.split(END_MARKER, 1)
    path.write_text(f"{before}{START_MARKER}\n{texts_table()}{END_MARKER}{after}", encoding="utf-8")


def committed_table(path: Path) -> str:
    """The table as the page holds it now."""
    page = path.read_text(encoding="utf-8")
    return page.split(START_MARKER, 1)[1].split(END_MARKER, 1)[0].lstrip("\n")


@click.command("texts")
@click.option("--table", is_flag=True, help="The Markdown table of docs/languages.md.")
@click.option(
    "--write",
    "write_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Put the table into this page, between its markers.",
)
def texts_command(table: bool, write_path: Path | None) -> None:
    """Every fixed text a client gets, in each language, with its SMS segments."""
    if write_path is not None:
        write_table(write_path)
        click.echo(f"wrote the table into {write_path}")
        return
    if table:
        click.echo(texts_table(), nl=False)
        return
    for fixed in FIXED_TEXTS:
        click.echo(f"== {fixed.name}")
        for language in LANGUAGES:
            text = fixed.render(language)
            click.echo(f"[{language}, {_cost(text, fixed)}]\n{text}\n")
