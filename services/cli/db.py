"""``carryback db`` and ``carryback audit``: the schema and the audit trail."""

from __future__ import annotations

import click

from services.cli.errors import load_context
from shared.vault import audit


@click.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations."""
    ctx = load_context()
    ctx.db.upgrade()
    click.echo("database is up to date")


@click.group("audit")
def audit_log() -> None:
    """The audit trail."""


@audit_log.command("verify")
@click.option(
    "--anchor",
    metavar="ID:MAC",
    help="A head recorded earlier (log line, X-Carryback-Audit-Head): prove nothing after "
    "it was removed.",
)
def audit_verify(anchor: str | None) -> None:
    """Check the keyed audit chain; say where it breaks."""
    ctx = load_context()
    try:
        with ctx.db.session() as session:
            # Every link, from the first event; the console's checkpoint moves to the head.
            verdict = audit.verify(session, ctx.keys, anchor, checkpoint=True)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    if verdict.broken is not None:
        raise click.ClickException(
            f"audit chain broken at event {verdict.broken.event_id}: {verdict.broken.reason} "
            f"({verdict.events} events before it are intact)"
        )
    click.echo(
        f"audit chain intact: {verdict.events} events, head {verdict.head_id}:{verdict.head_hash}"
    )


@audit_log.command("head")
def audit_head() -> None:
    """Print the newest event as ID:MAC, to keep somewhere else (an anchor)."""
    ctx = load_context()
    with ctx.db.session() as session:
        click.echo(audit.head(session))
