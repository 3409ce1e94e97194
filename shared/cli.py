"""The ``carryback`` command line: enrolment, keys, tools, and the services."""

from __future__ import annotations

import importlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

import click
from sqlalchemy import select

from shared import audit, crypto, runtime
from shared.config import ConfigError, decode_master_key
from shared.cues import CueMatcher, CueSetError, parse_cue_option, parse_cue_set, tag
from shared.db.models import Noticing
from shared.keys import rotate_master_key
from shared.noticings import open_body, open_tags
from shared.roster import (
    RosterError,
    add_client,
    add_clinician,
    clinician_by_email,
    delete_client,
    get_client,
    set_practice,
)
from shared.timeutil import LocalTimeError, local_to_utc, to_local


@contextmanager
def _clear_errors() -> Iterator[None]:
    """Turn domain errors into one clear line and exit code 1, never a traceback."""
    try:
        yield
    except (ConfigError, RosterError, LocalTimeError, CueSetError) as error:
        raise click.ClickException(str(error)) from None


def _ctx() -> runtime.Context:
    with _clear_errors():
        return runtime.context()


class _LazyGroup(click.Group):
    """Commands that live beside their domain code, imported only when used.

    The speech engine and the Twilio stand-in are heavy imports; enrolment
    and reading commands should not pay for them.
    """

    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "transcribe": ("shared.transcription.command", "transcribe_command"),
        "simulate": ("shared.simulator.command", "simulate_group"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, attribute = self.lazy[cmd_name]
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log at INFO level.")
def main(verbose: bool) -> None:
    """Carryback: between-session noticings, routed back to the clinician."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


# --- keys -------------------------------------------------------------------


@main.group()
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
    with _clear_errors():
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


# --- database ---------------------------------------------------------------


@main.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations."""
    ctx = _ctx()
    ctx.db.upgrade()
    click.echo("database is up to date")


# --- enrolment --------------------------------------------------------------


@main.group()
def clinician() -> None:
    """Clinicians who receive briefs."""


@clinician.command("add")
@click.option("--name", required=True)
@click.option("--email", required=True)
@click.option("--cert", "cert_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--brief-lead-minutes",
    type=click.IntRange(min=1),
    help="Send briefs this long before a session (default CARRYBACK_BRIEF_LEAD_MINUTES).",
)
@click.option("--admin", is_flag=True, help="Also a practice admin in the console.")
def clinician_add(
    name: str, email: str, cert_path: Path | None, brief_lead_minutes: int | None, admin: bool
) -> None:
    """Add a clinician; --cert is their S/MIME certificate (RSA, PEM or DER).

    Prints the id on stdout and, on stderr, a one-time link to set a console password.
    """
    certificate_pem = None
    if cert_path is not None:
        from shared.smime import CertificateError, load_clinician_certificate

        try:
            load_clinician_certificate(cert_path.read_bytes())
        except CertificateError as error:
            raise click.ClickException(f"{cert_path}: {error}") from None
        certificate_pem = cert_path.read_bytes()
    else:
        click.echo("warning: no certificate: no brief can be sent until one is added", err=True)
    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        added = add_clinician(session, name=name, email=email, certificate_pem=certificate_pem)
        added.brief_lead_minutes = brief_lead_minutes
        link = _console_invitation(session, added, admin=admin)
    click.echo(f"console: set a password within 72 hours at {link}", err=True)
    click.echo(added.id)


def _console_invitation(session: object, added: object, *, admin: bool) -> str:
    """The clinician's console account and its one-time password link."""
    from datetime import timedelta

    from services.console.settings import console_base_url
    from shared import accounts

    user = accounts.account_for_clinician(session, added, is_admin=admin)  # type: ignore[arg-type]
    token = accounts.issue_token(
        session,  # type: ignore[arg-type]
        user,
        purpose=accounts.INVITATION,
        lifetime=timedelta(hours=72),
    )
    return f"{console_base_url()}/invitation/{token}"


@main.group()
def client() -> None:
    """Clients."""


@client.command("add")
@click.option("--clinician", "clinician_email", required=True, help="The clinician's email.")
@click.option("--phone", required=True, help="The client's mobile number (E.164 preferred).")
@click.option("--name", required=True)
@click.option("--tz", "timezone", default="UTC", show_default=True, help="Area/City")
def client_add(clinician_email: str, phone: str, name: str, timezone: str) -> None:
    """Enrol a client; prints the new client's id alone on the last line."""
    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        owner = clinician_by_email(session, clinician_email)
        added = add_client(
            session, ctx.keys, clinician=owner, phone=phone, name=name, timezone=timezone
        )
    click.echo(added.id)


@client.command("delete")
@click.argument("client_id")
@click.confirmation_option(prompt="Delete this client and everything they sent, for good?")
def client_delete(client_id: str) -> None:
    """Delete a client, their messages, and their data key (crypto-shredding)."""
    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        delete_client(session, client_id)
        audit.record(
            session,
            actor=audit.current_actor(),
            action="client.deleted",
            subject_type="client",
            subject_id=client_id,
        )
    click.echo("deleted; their data key is destroyed")


@client.command("status")
@click.argument("client_id")
@click.argument("status", type=click.Choice(["invited", "active", "paused", "opted_out"]))
def client_status(client_id: str, status: str) -> None:
    """Pause or resume a client (opted_out is normally set by the client's STOP)."""
    from shared.roster import set_status

    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        set_status(session, get_client(session, client_id), status)
    click.echo(status)


@main.group("session")
def therapy_session() -> None:
    """Sessions a brief is scheduled for."""


@therapy_session.command("cancel")
@click.argument("client_id")
def session_cancel(client_id: str) -> None:
    """Cancel the client's upcoming session: its brief will not be sent."""
    from shared.roster import cancel_sessions

    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        count = cancel_sessions(session, get_client(session, client_id))
    click.echo(f"cancelled {count} upcoming session(s)")


@therapy_session.command("list")
@click.argument("client_id")
def session_list(client_id: str) -> None:
    """Upcoming and past sessions with their brief status (and any error)."""
    from shared.db.models import Session as TherapySession

    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        rows = session.execute(
            select(TherapySession)
            .where(TherapySession.client_id == target.id)
            .order_by(TherapySession.starts_at)
        ).scalars()
        for row in rows:
            starts = to_local(row.starts_at, target.timezone).strftime("%Y-%m-%d %H:%M %Z")
            late = " (late)" if row.brief_late else ""
            error = f"  {row.last_error}" if row.last_error else ""
            click.echo(f"{starts}  brief {row.brief_status}{late}{error}")


@main.group()
def practice() -> None:
    """The practice co-built in session."""


@practice.command("set")
@click.argument("client_id")
@click.option("--cue", "cues", multiple=True, help='"LABEL" or "LABEL|PHRASE|PHRASE"')
@click.option("--action", help="The one small action.")
@click.option("--carry-back", help="What the client brings next time.")
@click.option("--next-session", help='"YYYY-MM-DD HH:MM" in the client\'s timezone.')
@click.option("--nothing-this-week", is_flag=True, help="No practice this week: a valid plan.")
def practice_set(
    client_id: str,
    cues: tuple[str, ...],
    action: str | None,
    carry_back: str | None,
    next_session: str | None,
    nothing_this_week: bool,
) -> None:
    """Record a new version of the client's practice and schedule the next brief."""
    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        starts_at = local_to_utc(next_session, target.timezone) if next_session else None
        lead = target.clinician.brief_lead_minutes or ctx.settings.brief_lead_minutes
        added = set_practice(
            session,
            ctx.keys,
            target,
            cues=[parse_cue_option(c) for c in cues],
            action=action,
            carry_back=carry_back,
            nothing_this_week=nothing_this_week,
            next_session_at=starts_at,
            lead_minutes=lead,
        )
    click.echo(f"practice version {added.version}")


# --- reading ----------------------------------------------------------------


@main.command("noticings")
@click.argument("client_id")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def noticings(client_id: str, as_json: bool) -> None:
    """Show a client's noticings, decrypted (the read is audited)."""
    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        data_key = ctx.keys.client_key(session, target.id)
        rows = session.execute(
            select(Noticing)
            .where(Noticing.client_id == target.id)
            .order_by(Noticing.received_at, Noticing.id)
        ).scalars()
        opened = [_noticing_record(data_key, row, target.timezone) for row in rows]
        audit.record(
            session,
            actor=audit.current_actor(),
            action="noticings.read",
            subject_type="client",
            subject_id=target.id,
            detail=f"{len(opened)} noticings",
        )
    for record in opened:
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            cues = ", ".join(record["cues"]) or "-"
            click.echo(f"{record['received_at']}  [{record['status']}] ({cues})  {record['text']}")


def _noticing_record(data_key: bytes, row: Noticing, tz_name: str) -> dict[str, object]:
    tags = open_tags(data_key, row)
    return {
        "id": row.id,
        "kind": row.kind,
        "received_at": to_local(row.received_at, tz_name).isoformat(timespec="minutes"),
        "status": row.status,
        "text": open_body(data_key, row),
        "cues": list(tags.cues) if tags else [],
        "intensity": tags.intensity if tags else None,
        "barrier": tags.barrier if tags else False,
        "crisis": row.crisis,
        "num_media": row.num_media,
    }


@main.command("tag")
@click.option("--cues", "cues_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.argument("text", required=False)
def tag_command(cues_path: str, text: str | None) -> None:
    """Try a cue set: tag TEXT, or one noticing per line of standard input."""
    try:
        cue_set = parse_cue_set(json.loads(Path(cues_path).read_text(encoding="utf-8")))
    except json.JSONDecodeError as error:
        raise click.ClickException(f"{cues_path} is not valid JSON: {error}") from None
    except CueSetError as error:
        raise click.ClickException(f"{cues_path}: {error}") from None
    matcher = CueMatcher(cue_set)
    lines = [text] if text is not None else (line.rstrip("\r\n") for line in sys.stdin)
    for line in lines:
        click.echo(json.dumps(tag(line, matcher).as_dict(), ensure_ascii=False))


@main.group("audit")
def audit_log() -> None:
    """The audit trail."""


@audit_log.command("verify")
def audit_verify() -> None:
    """Check the audit hash chain is intact."""
    ctx = _ctx()
    with ctx.db.session() as session:
        broken = audit.verify_chain(session)
    if broken is not None:
        raise click.ClickException(f"audit chain broken at event {broken}")
    click.echo("audit chain intact")


# --- services ---------------------------------------------------------------


@main.group()
def serve() -> None:
    """Run a service."""


@serve.command("intake")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
def serve_intake(host: str, port: int, workers: int) -> None:
    """The Twilio webhook intake, under gunicorn."""
    ctx = _ctx()
    with _clear_errors():
        ctx.settings.require_twilio()
    ctx.db  # noqa: B018 - migrate the embedded default before workers fork
    ctx.db.dispose()
    argv = gunicorn_argv(INTAKE_APP, host=host, port=port, workers=workers)
    os.execv(argv[0], argv)  # noqa: S606 - become gunicorn, fixed argv


INTAKE_APP = "services.intake.app:create_app()"


def gunicorn_argv(app: str, *, host: str, port: int, workers: int) -> list[str]:
    """How the intake runs in production (the intake benchmark runs its baseline the same way)."""
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        # Twilio's URLs carry no client material; the access log shows paths only.
        "--access-logformat",
        '%(h)s "%(m)s %(U)s" %(s)s %(M)sms',
        app,
    ]


@serve.command("console")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8100, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
def serve_console(host: str, port: int, workers: int) -> None:
    """The clinician console, under gunicorn (its own process and port)."""
    from services.console.settings import load_console_settings

    ctx = _ctx()
    with _clear_errors():
        load_console_settings()
    ctx.db  # noqa: B018 - migrate the embedded default before workers fork
    ctx.db.dispose()
    argv = gunicorn_argv("services.console.app:create_app()", host=host, port=port, workers=workers)
    os.execv(argv[0], argv)  # noqa: S606 - become gunicorn, fixed argv


@serve.command("summary")
@click.option("--interval", type=float, help="Seconds between ticks (CARRYBACK_SUMMARY_INTERVAL).")
def serve_summary(interval: float | None) -> None:
    """The summary loop: due briefs, crisis alerts, stuck noticings."""
    from services.summary.loop import run_forever

    ctx = _ctx()
    with _clear_errors():
        ctx.settings.require_mail()
    run_forever(ctx, interval_s=interval)


@main.group()
def brief() -> None:
    """Pre-session briefs."""


@brief.command("preview")
@click.argument("client_id")
def brief_preview(client_id: str) -> None:
    """Print the plain-text brief as it would go out now (the read is audited)."""
    from shared.briefing import prepare_brief, upcoming_session
    from shared.briefs.render import render_text
    from shared.db.models import utcnow

    ctx = _ctx()
    with _clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        upcoming = upcoming_session(session, target, ctx.settings.brief_lead_minutes, persist=False)
        prepared = prepare_brief(session, ctx.keys, upcoming, utcnow())
        audit.record(
            session,
            actor=audit.current_actor(),
            action="brief.previewed",
            subject_type="client",
            subject_id=target.id,
        )
    click.echo(render_text(prepared.brief))


@brief.command("send")
@click.argument("client_id")
def brief_send(client_id: str) -> None:
    """Build, encrypt and send the brief for the client's next session now."""
    from services.summary.jobs import send_brief
    from shared.briefing import queue_now, upcoming_session

    ctx = _ctx()
    with _clear_errors():
        ctx.settings.require_mail()
        with ctx.db.session() as session:
            target = get_client(session, client_id)
            upcoming = upcoming_session(session, target, ctx.settings.brief_lead_minutes)
            queue_now(session, upcoming.id)
    outcome = send_brief(upcoming.id)
    if outcome != "sent":
        with ctx.db.session() as session:
            from shared.db.models import Session as TherapySession

            error = session.get(TherapySession, upcoming.id).last_error
        raise click.ClickException(f"brief not sent: {error or outcome}")
    click.echo("brief sent")


@main.command("worker")
@click.option("--burst", is_flag=True, help="Drain the queues and exit.")
def worker(burst: bool) -> None:
    """The RQ worker (tagging, transcription, alerts, briefs)."""
    from services.worker.runner import failed_job_count, run_worker

    ctx = _ctx()
    failed_before = failed_job_count(ctx)
    run_worker(burst=burst)
    failed = failed_job_count(ctx) - failed_before
    if burst and failed > 0:
        # Exit non-zero so a script notices; the reasons are in RQ's failed registry.
        raise click.ClickException(f"{failed} job(s) failed; see `rq info` / the failed registry")
