"""``carryback keys``: the master key."""

from __future__ import annotations

import os

import click

from services.cli.errors import clear_errors
from shared import audit, crypto, runtime
from shared.config import ConfigError, decode_master_key
from shared.keys import rotate_master_key


@click.group()
def keys() -> None:
    """Master key management."""


@keys.command("generate")
def keys_generate() -> None:
    """Print a fresh master key alone on one line."""
    click.echo(crypto.generate_master_key())


@keys.command("rotate")
@click.option(
    "--old-key-env",
    default="CARRYBACK_OLD_MASTER_KEY",
    show_default=True,
    help="Environment variable holding the current (old) master key.",
)
def keys_rotate(old_key_env: str) -> None:
    """Re-wrap every data key under CARRYBACK_MASTER_KEY (the new key).

    Client rows are not touched; only the wrapped keys change.
    """
    with clear_errors():
        raw_old = os.environ.get(old_key_env, "")
        if not raw_old:
            raise ConfigError(f"{old_key_env} is not set (the master key to rotate away from)")
        old = decode_master_key(raw_old, old_key_env)
        ctx = runtime.context()
        with ctx.db.session() as session:
            count = rotate_master_key(session, old, ctx.settings.master_key)
            audit.record(
                session,
                actor=audit.current_actor(),
                action="keys.rotated",
                subject_type="keyring",
                subject_id=crypto.key_id(ctx.settings.master_key),
                detail=f"{count} keys re-wrapped",
            )
    click.echo(f"re-wrapped {count} keys")
