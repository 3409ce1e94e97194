"""``carryback db`` and ``carryback audit``: the schema and the audit trail."""

from __future__ import annotations

import click

from services.cli.errors import load_context
from shared import audit


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
def audit_verify() -> None:
    """Check the audit hash chain is intact."""
    ctx = load_context()
    with ctx.db.session() as session:
        broken = audit.verify_chain(session)
    if broken is not None:
        raise click.ClickException(f"audit chain broken at event {broken}")
    click.echo("audit chain intact")
