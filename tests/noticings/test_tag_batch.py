"""Tagging in batches: one job takes every text waiting, once each, and nothing is left behind."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from services import runtime
from services.sweep import enqueue_stale_work, find_stale_work
from services.worker import jobs
from services.worker.runner import run_worker
from shared.db.models import Client, ClientKey, Noticing, NoticingStatus
from shared.infra.jobs import DEFAULT, TAG_PENDING_KEY
from shared.kernel import defaults
from shared.kernel.outcomes import JobOutcome
from shared.language.cues import Cue
from shared.noticings.intake import tag_waiting
from shared.roster.clients import set_language, set_practice
from shared.vault.keys import ClientGone, KeyStore, rekey_client
from tests.services.intake.test_intake_sms import (
    client_id,
    http,
    noticings,
    opened,
    queued,
    sms_params,
)
from tests.support.webhooks import signed_post

__all__ = ["client_id", "http"]  # fixtures used here


def text(http, signer, body: str) -> None:
    assert signed_post(http, signer, "/twilio/sms", sms_params(body)).status_code == 200


def statuses(ctx: runtime.Context) -> list[str]:
    return [row.status for row in noticings(ctx)]


def test_texts_stored_while_a_tag_job_waits_are_tagged_by_it(ctx, http, signer, redis) -> None:
    for n in range(5):
        text(http, signer, f"tight chest before standup, {n + 2}/10")
    # One job stands for all five: the intake handed the rest over with one SET each.
    assert queued(redis) == 1
    assert run_worker(burst=True, sweep=False)
    rows = noticings(ctx)
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 5
    assert sorted(opened(ctx, row)[1].intensity for row in rows) == [2, 3, 4, 5, 6]


def test_a_text_stored_after_its_job_started_gets_a_job_of_its_own(ctx, http, signer, redis):
    text(http, signer, "tight chest before standup")
    assert run_worker(burst=True, sweep=False)
    assert not redis.exists(TAG_PENDING_KEY)  # the job dropped the mark when it started
    text(http, signer, "the foreman is online again")
    assert queued(redis) == 1
    assert run_worker(burst=True, sweep=False)
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 2


def test_a_text_whose_job_runs_twice_is_tagged_once(ctx, http, signer, redis) -> None:
    text(http, signer, "chest tight before standup, 7/10")
    [row] = noticings(ctx)
    ctx.queues.enqueue_tag(row.id)  # the sweep or a redelivery enqueued it again
    assert run_worker(burst=True, sweep=False)
    [first] = noticings(ctx)
    assert jobs.tag_noticing(row.id) == JobOutcome.NOT_WAITING
    [again] = noticings(ctx)
    assert first.status == again.status == NoticingStatus.TAGGED
    assert (again.tagged_at, again.tags_enc) == (first.tagged_at, first.tags_enc)


def test_texts_whose_tag_job_was_lost_are_tagged_after_the_sweep(ctx, http, signer, redis):
    text(http, signer, "tight chest before standup")
    # The job is lost (a worker killed holding it, Redis restarted): only the
    # mark is left, so the next text enqueues nothing either.
    ctx.queues.queues[DEFAULT].empty()
    text(http, signer, "the foreman is online")
    assert queued(redis) == 0
    assert statuses(ctx) == [NoticingStatus.RECEIVED] * 2
    with ctx.db.session() as session:
        stale = find_stale_work(session, older_than_s=0)
    assert enqueue_stale_work(ctx.queues, stale) == 2
    assert run_worker(burst=True, sweep=False)
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 2


def test_a_text_that_cannot_be_tagged_does_not_hold_back_the_others(ctx, http, signer, redis):
    text(http, signer, "tight chest before standup")
    text(http, signer, "the foreman is online")
    first, second = noticings(ctx)
    unreadable = update(Noticing).where(Noticing.id == first.id).values(body_enc=b"\x01" * 40)
    with ctx.db.session() as session:  # its ciphertext no longer opens
        session.execute(unreadable)
    assert jobs.tag_noticing(second.id) == NoticingStatus.TAGGED
    assert statuses(ctx) == [NoticingStatus.RECEIVED, NoticingStatus.TAGGED]
    # Its own job fails, so RQ retries it and it shows among failed jobs in the end.
    with pytest.raises(Exception, match="does not open"):
        jobs.tag_noticing(first.id)
    assert statuses(ctx) == [NoticingStatus.RECEIVED, NoticingStatus.TAGGED]


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_two_workers_tagging_at_once_take_different_texts(ctx, http, signer, redis) -> None:
    for n in range(4):
        text(http, signer, f"tight chest before standup {n}")
    with ctx.db.session() as first:
        # The first worker holds two rows, not yet committed, when the second looks.
        taken = tag_waiting(first, ctx.keys, None, 2).tagged
        with ctx.db.session() as second:
            also = tag_waiting(second, ctx.keys, None, 10).tagged
    assert len(taken) == 2 and len(also) == 2 and not set(taken) & set(also)
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 4
    assert all(opened(ctx, row)[1] is not None for row in noticings(ctx))


def test_a_cached_data_key_needs_its_key_row_to_still_be_there(ctx, client_id) -> None:
    keys = KeyStore(ctx.keys.master_key)
    with ctx.db.session() as session:
        before = keys.client_key(session, client_id)
        rekey_client(session, keys, client_id)
    with ctx.db.session() as session:
        # A new wrapped key is a new entry: the old data key is not what comes back.
        after = keys.client_key(session, client_id)
        assert after != before
        session.delete(session.get(ClientKey, client_id))
    with ctx.db.session() as session, pytest.raises(ClientGone):
        keys.client_key(session, client_id)  # shredded: the cached key is never reached


def test_a_backlog_longer_than_a_batch_keeps_a_job_queued_for_an_idle_worker(
    ctx, http, signer, redis, monkeypatch
) -> None:
    monkeypatch.setattr(defaults, "TAG_BATCH_SIZE", 2)
    for n in range(5):
        text(http, signer, f"tight chest before standup {n}")
    first = noticings(ctx)[0]
    ctx.queues.queues[DEFAULT].empty()  # this test runs the job itself
    assert jobs.tag_noticing(first.id) == NoticingStatus.TAGGED
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 5
    # Left while batches came back full; a second worker would have shared them.
    assert queued(redis) == 1
    assert run_worker(burst=True, sweep=False)
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 5


def test_a_batch_out_of_time_leaves_the_rest_waiting_for_the_next(ctx, http, signer) -> None:
    for n in range(3):
        text(http, signer, f"tight chest before standup {n}")
    first = noticings(ctx)[0]
    with ctx.db.session() as session:
        # No time at all: the job's own row still goes, the others wait.
        batch = tag_waiting(session, ctx.keys, first.id, 50, budget_s=0)
    assert batch.tagged == [first.id] and batch.full
    assert statuses(ctx) == [NoticingStatus.TAGGED] + [NoticingStatus.RECEIVED] * 2
    with ctx.db.session() as session:
        assert len(tag_waiting(session, ctx.keys, None, 50).tagged) == 2
    assert statuses(ctx) == [NoticingStatus.TAGGED] * 3


def tag_all(ctx: runtime.Context) -> None:
    with ctx.db.session() as session:
        tag_waiting(session, ctx.keys, None, 50)


def cues_of_last(ctx: runtime.Context) -> tuple[str, ...]:
    return opened(ctx, noticings(ctx)[-1])[1].cues


def new_practice(ctx: runtime.Context, client_id: str, cues: list[Cue]) -> None:
    with ctx.db.session() as session:
        set_practice(
            session,
            ctx.keys,
            session.get(Client, client_id),
            cues=cues,
            action="three slow breaths",
            carry_back="what got in the way",
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=120,
        )


def test_a_practice_built_again_tags_the_next_text_in_the_same_worker(
    ctx, http, signer, client_id
) -> None:
    text(http, signer, "the foreman is online again")
    tag_all(ctx)  # this process has now compiled the first practice's cues
    assert cues_of_last(ctx) == ("the foreman is online",)
    new_practice(ctx, client_id, [Cue("shutting down at dinner", ("zoned out",))])
    text(http, signer, "the foreman is online and I zoned out at dinner")
    tag_all(ctx)
    assert cues_of_last(ctx) == ("shutting down at dinner",)


def test_a_client_whose_language_changed_is_tagged_in_the_new_one(
    ctx, http, signer, client_id
) -> None:
    new_practice(ctx, client_id, [Cue("gritarles a los niños", ())])
    text(http, signer, "hoy les grite a mis hijos")
    tag_all(ctx)
    assert cues_of_last(ctx) == ()  # an English reader knows no Spanish word for children
    with ctx.db.session() as session:
        set_language(session, session.get(Client, client_id), "es")
    text(http, signer, "hoy les grite a mis hijos")
    tag_all(ctx)
    assert cues_of_last(ctx) == ("gritarles a los niños",)
