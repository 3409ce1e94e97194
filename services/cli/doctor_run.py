"""`carryback doctor`: every check, printed as a checklist; non-zero when any is red."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

import click

from services.cli.doctor_certificates import check_clinician_certificates, check_signing_certificate
from services.cli.doctor_reach import check_public_url, check_settings, check_smtp, check_twilio
from services.cli.doctor_results import Result, Status, fail
from services.cli.doctor_state import (
    check_disk,
    check_migrations,
    check_redis,
    check_spool,
    check_summary,
    check_workers,
    data_directory,
    database_engine,
)
from shared.infra.jobs import connect

# --- all of it -----------------------------------------------------------------------


def run_checks(env: Mapping[str, str]) -> list[Result]:
    """Every check, in the order an operator would look; each one runs whatever the others say."""
    settings_result, settings = check_settings(env)
    results = [settings_result]
    if settings is None:
        return results  # nothing below can be read without the settings
    results.append(_guarded("public URL", lambda: check_public_url(settings)))
    results.append(_guarded("twilio", lambda: check_twilio(settings)))
    results.append(_guarded("smtp", lambda: check_smtp(settings)))
    results.append(_guarded("signing certificate", lambda: check_signing_certificate(settings)))
    engine = database_engine(settings)
    try:
        results.append(_guarded("database", lambda: check_migrations(settings, engine)))
        if engine is not None:
            results.append(
                _guarded("clinician certificates", lambda: check_clinician_certificates(engine))
            )
    finally:
        if engine is not None:
            engine.dispose()
    redis = connect(settings.redis_url)
    try:
        results.append(_guarded("redis", lambda: check_redis(redis)))
        results.extend(check_workers(redis, settings))
        results.append(_guarded("summary", lambda: check_summary(redis, settings)))
    finally:
        redis.close()
    results.append(_guarded("disk", lambda: check_disk(data_directory(settings))))
    results.append(_guarded("spool", lambda: check_spool(settings)))
    return results


def _guarded(name: str, check: Callable[[], Result]) -> Result:
    """A check that broke is a red line, not a traceback that hides the rest."""
    try:
        return check()
    except Exception as error:  # the checklist must always finish
        return fail(
            name,
            f"the check itself failed ({type(error).__name__})",
            "run it again with -v; report it if it persists",
        )


@click.command("doctor")
def doctor() -> None:
    """Check this deployment, one line per check; exit 1 when any is red."""
    results = run_checks(os.environ)
    for result in results:
        click.echo(result.line())
    failed = sum(result.status is Status.FAIL for result in results)
    warned = sum(result.status is Status.WARN for result in results)
    click.echo(f"{len(results) - failed - warned} ok, {warned} warning(s), {failed} failed")
    if failed:
        raise SystemExit(1)
