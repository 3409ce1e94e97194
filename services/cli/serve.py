"""``carryback serve`` and ``carryback worker``: the long-running services."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from services import runtime
from services.cli.errors import (
    clear_errors,
    load_context,
    refuse_evicting_redis,
    refuse_wrong_master_key,
)
from shared.kernel.defaults import INTAKE_WORKER_TIMEOUT_SECONDS
from shared.vault import audit


@click.group()
def serve() -> None:
    """Run a service."""


@serve.command("intake")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
def serve_intake(host: str, port: int, workers: int) -> None:
    """The Twilio webhook intake, under gunicorn."""
    ctx = load_context()
    with clear_errors():
        ctx.settings.require_twilio()
    refuse_evicting_redis(ctx)
    ctx.db  # noqa: B018 - migrate the embedded default before workers fork
    refuse_wrong_master_key(ctx)
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
        # Above the intake's own bounds (database, Redis), below Twilio's 15 s:
        # a worker stuck past it is replaced and Twilio tries the fallback URL.
        "--timeout",
        str(INTAKE_WORKER_TIMEOUT_SECONDS),
        "--access-logfile",
        "-",
        # Twilio's URLs carry no client material; the access log shows paths only.
        "--access-logformat",
        '%(h)s "%(m)s %(U)s" %(s)s %(M)sms',
        # Invitation and brief-link tokens in a path are masked before a line is written.
        "--logger-class",
        "services.access_log.RedactingLogger",
        # gunicorn's control socket defaults to one path per user (~/.gunicorn), so
        # the intake and the console on one host would take each other's; unused here.
        "--no-control-socket",
        app,
    ]


@serve.command("console")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8100, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
def serve_console(host: str, port: int, workers: int) -> None:
    """The clinician console, under gunicorn (its own process and port)."""
    from services.console.settings import load_console_settings

    ctx = load_context()
    with clear_errors():
        load_console_settings()
    ctx.db  # noqa: B018 - migrate the embedded default before workers fork
    ctx.db.dispose()
    argv = gunicorn_argv(CONSOLE_APP, host=host, port=port, workers=workers)
    os.execv(argv[0], argv)  # noqa: S606 - become gunicorn, fixed argv


CONSOLE_APP = "services.console.app:create_app()"


@serve.command("summary")
@click.option("--interval", type=float, help="Seconds between ticks (CARRYBACK_SUMMARY_INTERVAL).")
def serve_summary(interval: float | None) -> None:
    """The summary loop: due briefs, crisis alerts, stuck noticings."""
    from services.summary.loop import run_forever

    os.environ[runtime.JOB_ACTOR_ENV] = audit.SUMMARY_ACTOR  # each decrypt is audited
    ctx = load_context()
    with clear_errors():
        ctx.settings.require_mail()
        ctx.settings.require_signing()
    refuse_evicting_redis(ctx)
    refuse_wrong_master_key(ctx)
    run_forever(ctx, interval_s=interval)


@click.command("worker")
@click.option("--burst", is_flag=True, help="Drain the queues and exit.")
@click.option(
    "--urgent",
    is_flag=True,
    help="Crisis alerts only: a worker that never waits behind a voice note.",
)
def worker(burst: bool, urgent: bool) -> None:
    """The RQ worker (tagging, transcription, alerts, briefs; --urgent: alerts only)."""
    from services.worker.runner import failed_job_count, run_worker

    os.environ[runtime.JOB_ACTOR_ENV] = "service:worker"  # each decrypt by a job is audited
    ctx = load_context()
    if ctx.settings.smtp_url:
        # This worker sends briefs and alerts: they go out signed, or not at all.
        with clear_errors():
            ctx.settings.require_signing()
    refuse_evicting_redis(ctx)
    refuse_wrong_master_key(ctx)
    if not burst:
        # A long-running worker needs nothing from Redis to start: it waits
        # for Redis (and reconnects) inside run_worker, which checks Redis's
        # eviction policy again each time it starts working.
        with clear_errors():
            run_worker(urgent_only=urgent)
        return
    failed_before = failed_job_count(ctx)
    run_worker(burst=True, urgent_only=urgent)
    failed = failed_job_count(ctx) - failed_before
    if failed > 0:
        # Exit non-zero so a script notices; the reasons are in RQ's failed registry.
        raise click.ClickException(f"{failed} job(s) failed; see `rq info` / the failed registry")
