"""Jobs a dead worker held run again as soon as its heartbeat runs out, not after RQ's cleanup."""

from __future__ import annotations

from datetime import timedelta

from rq.executions import Execution
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer
from sqlalchemy import select

from services.summary.loop import tick
from services.worker.runner import build_worker, run_worker
from shared.db.models import Noticing, NoticingStatus, utcnow
from shared.infra.jobs import DEFAULT
from tests.services.summary import test_summary
from tests.services.summary.test_summary import enrol, local_in, text_in

smtp_port = test_summary.smtp_port
inbox = test_summary.inbox
clinician_keys = test_summary.clinician_keys
mail_ctx = test_summary.mail_ctx


def take_tag_job(ctx, worker_name: str) -> str:
    """A worker dequeued the noticing's tag job and started it."""
    with ctx.db.session() as session:
        noticing_id = session.execute(select(Noticing.id)).scalar_one()
    job = Job.fetch(f"tag-{noticing_id}", ctx.queues.redis, serializer=JSONSerializer)
    ctx.queues.queues[DEFAULT].remove(job)
    job.worker_name = worker_name
    job.save()
    job.set_status(JobStatus.STARTED)
    with ctx.queues.redis.pipeline() as pipeline:
        Execution.create(job, 600, pipeline=pipeline, worker_name=worker_name)
        pipeline.execute()
    return noticing_id


def pop_tag_job(ctx, worker_name: str | None) -> str:
    """A worker took the noticing's tag job off its queue and died before marking it started.

    With ``worker_name`` it had recorded its execution in the started registry
    (RQ's second step); without, it died right after popping the id.
    """
    with ctx.db.session() as session:
        noticing_id = session.execute(select(Noticing.id)).scalar_one()
    job = Job.fetch(f"tag-{noticing_id}", ctx.queues.redis, serializer=JSONSerializer)
    ctx.queues.queues[DEFAULT].remove(job)
    if worker_name is not None:
        with ctx.queues.redis.pipeline() as pipeline:
            Execution.create(job, 600, pipeline=pipeline, worker_name=worker_name)
            pipeline.execute()
    assert job.get_status() == JobStatus.QUEUED
    return noticing_id


def status_of(ctx, noticing_id: str) -> str:
    with ctx.db.session() as session:
        return session.get(Noticing, noticing_id).status


def test_tagging_held_by_a_dead_worker_runs_again_at_the_next_tick(
    mail_ctx, signer, clinician_keys
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "chest tight before standup, 6/10")
    noticing_id = take_tag_job(mail_ctx, "a-worker-killed-with-sigkill")

    # Minutes before the sweep would find the row by its age (CARRYBACK_SWEEP_AFTER).
    assert tick(mail_ctx).swept == 1
    run_worker(burst=True, sweep=False)
    assert status_of(mail_ctx, noticing_id) == NoticingStatus.TAGGED
    assert mail_ctx.queues.queues[DEFAULT].started_job_registry.count == 0


def test_tagging_held_by_a_live_worker_is_left_alone(mail_ctx, signer, clinician_keys) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "chest tight before standup, 6/10")
    busy = build_worker(mail_ctx, urgent_only=False)
    busy.register_birth()
    noticing_id = take_tag_job(mail_ctx, busy.name)

    assert tick(mail_ctx).swept == 0
    run_worker(burst=True, sweep=False)
    assert status_of(mail_ctx, noticing_id) == NoticingStatus.RECEIVED


def test_tagging_taken_by_a_worker_killed_before_it_started_the_job_runs_again_at_the_next_tick(
    mail_ctx, signer, clinician_keys
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "chest tight before standup, 6/10")
    noticing_id = pop_tag_job(mail_ctx, "a-worker-killed-between-two-steps")

    assert tick(mail_ctx).swept == 1
    run_worker(burst=True, sweep=False)
    assert status_of(mail_ctx, noticing_id) == NoticingStatus.TAGGED
    assert mail_ctx.queues.queues[DEFAULT].started_job_registry.count == 0


def test_tagging_popped_by_a_worker_killed_at_once_is_swept_once_it_is_old_enough(
    mail_ctx, signer, clinician_keys
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "chest tight before standup, 6/10")
    noticing_id = pop_tag_job(mail_ctx, None)

    later = utcnow() + timedelta(seconds=mail_ctx.settings.sweep_after_seconds + 1)
    assert tick(mail_ctx, now=later).swept == 1
    run_worker(burst=True, sweep=False)
    assert status_of(mail_ctx, noticing_id) == NoticingStatus.TAGGED


def test_tagging_a_live_worker_is_about_to_start_is_left_alone(
    mail_ctx, signer, clinician_keys
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "chest tight before standup, 6/10")
    busy = build_worker(mail_ctx, urgent_only=False)
    busy.register_birth()
    noticing_id = pop_tag_job(mail_ctx, busy.name)

    later = utcnow() + timedelta(seconds=mail_ctx.settings.sweep_after_seconds + 1)
    assert tick(mail_ctx, now=later).swept == 0
    run_worker(burst=True, sweep=False)
    assert status_of(mail_ctx, noticing_id) == NoticingStatus.RECEIVED


_BALLAST = "carryback:test:ballast"


def test_the_sweep_leaves_texts_in_the_database_while_redis_is_nearly_full(
    mail_ctx, signer, clinician_keys
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    for n in range(3):
        text_in(mail_ctx, signer, f"chest tight before standup, {n}/10")
    redis = mail_ctx.queues.redis
    redis.flushdb()  # their jobs lost: only the sweep can queue them again
    later = utcnow() + timedelta(seconds=mail_ctx.settings.sweep_after_seconds + 1)

    # A ballast makes most of what Redis holds: its few hundred kilobytes of buffers and
    # expiring keys come and go between the reading below and the sweep's own, and
    # without it could take Redis under the nearly-full mark in between.
    redis.set(_BALLAST, b"x" * 4_000_000)
    used = int(redis.info("memory")["used_memory"])
    redis.config_set("maxmemory", int(used / 0.9))
    try:
        assert tick(mail_ctx, now=later).swept == 0
        assert mail_ctx.queues.queues[DEFAULT].count == 0
    finally:
        redis.config_set("maxmemory", 0)
        redis.delete(_BALLAST)
    assert tick(mail_ctx, now=later).swept == 3
