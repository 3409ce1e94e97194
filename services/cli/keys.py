"""``carryback keys``: the master key, rotation and re-keying."""

from __future__ import annotations

import os

import click
from sqlalchemy import select

from services import runtime
from services.cli.errors import clear_errors
from shared.db.models import ClientKey
from shared.kernel import crypto
from shared.kernel.config import ConfigError, decode_master_key
from shared.vault import audit
from shared.vault.keys import ClientGone, KeyStore, rekey_client, rewrap_all


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
    help="Environment variable holding the previous master key(s), comma-separated.",
)
def keys_rotate(old_key_env: str) -> None:
    """Re-wrap every key under CARRYBACK_MASTER_KEY (the new key). No downtime.

    First restart the services with the new key in CARRYBACK_MASTER_KEY and the
    old one in CARRYBACK_OLD_MASTER_KEY (they open keys under either), then run
    this. Client rows are not touched; only the wrapped keys change.
    """
    with clear_errors():
        ctx = runtime.context()
        store = KeyStore(ctx.settings.master_key, _old_keys(old_key_env))
        with ctx.db.session() as session:
            count = rewrap_all(session, store)
            audit.record(
                session,
                actor=audit.current_actor(),
                action="keys.rotated",
                subject_type="keyring",
                subject_id=store.master_key_id,
                detail=f"{audit.counted(count, 'key')} re-wrapped",
            )
    click.echo(f"re-wrapped {audit.counted(count, 'key')}")


@keys.command("rekey")
@click.option(
    "--old-key-env",
    default="CARRYBACK_OLD_MASTER_KEY",
    show_default=True,
    help="Environment variable holding the previous master key(s), comma-separated.",
)
@click.confirmation_option(
    prompt="Stop the worker and summary services first. Re-key every client?"
)
def keys_rekey(old_key_env: str) -> None:
    """Give every client a new data key and re-encrypt their rows (the old master key leaked).

    One client per transaction; safe to run again after an interruption.
    """
    with clear_errors():
        ctx = runtime.context()
        store = KeyStore(ctx.settings.master_key, _old_keys(old_key_env))
        with ctx.db.session() as session:
            client_ids = list(session.execute(select(ClientKey.client_id)).scalars())
        cells = 0
        for client_id in client_ids:
            try:
                with ctx.db.session() as session:
                    cells += rekey_client(session, store, client_id)
                    audit.record(
                        session,
                        actor=audit.current_actor(),
                        action="client.rekeyed",
                        subject_type="client",
                        subject_id=client_id,
                    )
            except ClientGone:
                continue  # deleted meanwhile: nothing left to protect
        with ctx.db.session() as session:
            rewrap_all(session, store)  # the service keys too
    click.echo(f"re-keyed {len(client_ids)} clients ({cells} sealed values)")


def _old_keys(env_name: str) -> tuple[bytes, ...]:
    raw = os.environ.get(env_name, "")
    keys_given = tuple(decode_master_key(part, env_name) for part in raw.split(",") if part.strip())
    if not keys_given and env_name != "CARRYBACK_OLD_MASTER_KEY":
        raise ConfigError(f"{env_name} is not set (the master key to rotate away from)")
    return keys_given
