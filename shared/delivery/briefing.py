"""Scheduling and sending briefs; the database decides (crisis alerts: shared.delivery.alerts).

Exactly once per session: the scheduler claims a due session by moving it
``scheduled -> queued`` in one conditional UPDATE, and the job claims it again
``queued -> sending`` before building anything. Redis may lose the job (a
flush, a restart): a session left ``queued`` whose job is gone is queued
again, and one left ``sending`` by a worker that died is released
(:func:`shared.delivery.leases.release_orphaned`) or, when nothing can tell, taken again once its
lease (:data:`SEND_LEASE`, longer than the job may run) is over. The
conditional claims keep two jobs from both sending.

What "exactly once" rests on: every attempt at a session's brief carries the
same Message-ID, and once the SMTP server accepted it, a database error
retries the recording of the send, never the send (:mod:`shared.delivery.send_records`).
Only when the recording fails for longer than that, or the worker dies
between acceptance and recording, is the brief sent again, with the same
Message-ID.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from shared.db.models import (
    UNSENT_BRIEFS,
    BriefStatus,
    Client,
    Clinician,
    ConsoleUser,
    Delivery,
    Noticing,
    NoticingStatus,
    TherapySession,
    in_literals,
    utcnow,
)
from shared.delivery import leases
from shared.delivery.briefs.content import BriefCue, BriefInput, BriefNoticing, BriefPractice
from shared.delivery.leases import Lease
from shared.kernel.defaults import BRIEF_CLAIM_TIMEOUT, BRIEF_SEND_LEASE
from shared.kernel.timeutil import to_local
from shared.noticings.intake import open_body, open_corrected_cues, open_tags
from shared.outreach.carried import asked_for
from shared.outreach.messaging import pause_began, unattested_calls
from shared.roster.clients import current_practice
from shared.vault import audit
from shared.vault.keys import ClientGone, KeyStore
from shared.vault.sealed import OpenedClient

log = logging.getLogger(__name__)

STALE_CLAIM = BRIEF_CLAIM_TIMEOUT
SEND_LEASE = BRIEF_SEND_LEASE
SHOWN_STATUSES = (NoticingStatus.RECEIVED, NoticingStatus.TRANSCRIBED, NoticingStatus.TAGGED)
IN_FLIGHT = (BriefStatus.QUEUED, BriefStatus.SENDING)
ACTOR = audit.SUMMARY_ACTOR
# A brief is sent from its session's columns; it goes back to queued for a retry.
LEASE = Lease(
    row_id=TherapySession.id,
    status=TherapySession.brief_status,
    claimed_at=TherapySession.brief_claimed_at,
    error=TherapySession.last_error,
    attempts=TherapySession.brief_attempts,
    ready=BriefStatus.QUEUED,
    sending=BriefStatus.SENDING,
    failed=BriefStatus.FAILED,
    length=SEND_LEASE,
    subject_type="session",
    noun="brief",
)


def due_sessions(session: Session, now: datetime) -> list[str]:
    """Claim sessions whose brief is due, and stale claims Redis may have lost.

    Only a ``queued`` claim (its job never started) is taken back here; a
    brief being sent is taken back only through its send lease (the job's
    own claim, :func:`shared.delivery.leases.claim`), so a slow send, or a
    clock that disagrees, never hands a brief being sent to a second sender.
    """
    due = session.execute(
        select(TherapySession.id).where(
            in_literals(TherapySession.brief_status, UNSENT_BRIEFS),  # its partial index
            or_(
                (TherapySession.brief_status == BriefStatus.SCHEDULED)
                & (TherapySession.brief_due_at <= now),
                (TherapySession.brief_status == BriefStatus.QUEUED)
                & (TherapySession.brief_claimed_at <= now - STALE_CLAIM),
            ),
        )
    ).scalars()
    claimed = []
    for session_id in due:
        result = session.execute(
            update(TherapySession)
            .where(
                TherapySession.id == session_id,
                or_(
                    TherapySession.brief_status == BriefStatus.SCHEDULED,
                    (TherapySession.brief_status == BriefStatus.QUEUED)
                    & (TherapySession.brief_claimed_at <= now - STALE_CLAIM),
                ),
            )
            .values(brief_status=BriefStatus.QUEUED, brief_claimed_at=now)
        )
        if result.rowcount == 1:
            claimed.append(session_id)
    return claimed


def claim_for_sending(session: Session, session_id: str, now: datetime) -> bool:
    """queued (or sending past its lease) -> sending; False when another job has it or done."""
    return leases.claim(session, LEASE, session_id, now) is not None


def release_for_retry(session: Session, session_id: str, error: str) -> None:
    leases.release_for_retry(session, LEASE, session_id, error)


def expired_leases(session: Session, now: datetime) -> list[str]:
    """Briefs still ``sending`` past their lease (their sender died or hung): claimable again."""
    return leases.expired(session, LEASE, now)


def queued_sessions(session: Session, *, before: datetime) -> list[str]:
    """Briefs claimed for sending before the cutoff whose job may have been lost."""
    return list(
        session.execute(
            select(TherapySession.id).where(
                TherapySession.brief_status == BriefStatus.QUEUED,
                TherapySession.brief_claimed_at <= before,
            )
        ).scalars()
    )


def mark_failed(session: Session, session_id: str, error: str) -> None:
    leases.mark_failed(session, LEASE, session_id, error, actor=ACTOR)


@dataclass(frozen=True)
class PreparedBrief:
    brief: BriefInput
    clinician_email: str
    certificate_pem: bytes | None
    period_end: datetime
    delivery: Delivery = Delivery.SMIME
    # The clinician's own zone (their console account's), for the e-mail's subject.
    clinician_zone: str | None = None


def previous_period_end(session: Session, client_id: str, before: datetime) -> datetime | None:
    return session.execute(
        select(TherapySession.brief_period_end)
        .where(
            TherapySession.client_id == client_id,
            TherapySession.brief_status == BriefStatus.SENT,
            TherapySession.brief_period_end < before,
        )
        .order_by(TherapySession.brief_period_end.desc())
        .limit(1)
    ).scalar_one_or_none()


def prepare_brief(
    session: Session, keys: KeyStore, therapy_session: TherapySession, now: datetime
) -> PreparedBrief:
    """Open everything the brief shows, since the previous brief."""
    client = session.get(Client, therapy_session.client_id)
    if client is None:
        raise ClientGone("client deleted")
    clinician = session.get(Clinician, client.clinician_id)
    assert clinician is not None
    opened = keys.open_client(session, client)  # the one unwrap for this brief
    start = previous_period_end(session, client.id, now)
    brief = _brief_input(
        clinician,
        opened,
        therapy_session,
        (start, now),
        practice=_brief_practice(session, opened),
        noticings=tuple(open_noticings(session, opened, start, now)),
        voice_pending=pending_voice_notes(session, opened, start, now),
        pause_from=_pause_from(session, client, start),
        asked_for=tuple(
            (to_local(at, client.timezone), kind)
            for at, kind in asked_for(session, client.id, start, now)
        ),
    )
    reader_zone = session.execute(
        select(ConsoleUser.timezone).where(ConsoleUser.clinician_id == clinician.id)
    ).scalar_one_or_none()
    return PreparedBrief(
        brief,
        clinician.email,
        clinician.certificate_pem,
        now,
        clinician.delivery_mode,
        clinician_zone=reader_zone,
    )


def _brief_input(
    clinician: Clinician,
    opened: OpenedClient,
    therapy_session: TherapySession,
    period: tuple[datetime | None, datetime],
    *,
    practice: BriefPractice | None,
    noticings: tuple[BriefNoticing, ...],
    voice_pending: tuple[datetime, ...],
    pause_from: datetime | None,
    asked_for: tuple[tuple[datetime, str], ...] = (),
) -> BriefInput:
    client = opened.client
    start, end = period
    return BriefInput(
        clinician_name=clinician.name,
        client_name=opened.name,
        session_at=to_local(therapy_session.starts_at, client.timezone),
        period_start=to_local(start, client.timezone) if start else None,
        period_end=to_local(end, client.timezone),
        practice=practice,
        noticings=noticings,
        voice_pending=voice_pending,
        late=end >= therapy_session.starts_at,
        pause_from=pause_from,
        client_language=client.language,
        asked_for=asked_for,
    )


def briefs_as_sent(
    session: Session, opened: OpenedClient, sent: Sequence[TherapySession], now: datetime
) -> list[BriefInput]:
    """Each of these sent briefs of one client as it went out (as :func:`prepare_brief` up to
    its period end), from one read of each table however many there are: an export's."""
    client = opened.client
    clinician = session.get(Clinician, client.clinician_id)
    assert clinician is not None
    practice = _brief_practice(session, opened)
    rows = list(
        session.execute(
            select(Noticing)
            .where(
                Noticing.client_id == client.id,
                Noticing.status.in_((*SHOWN_STATUSES, NoticingStatus.PENDING)),
            )
            .order_by(Noticing.received_at, Noticing.id)
        ).scalars()
    )
    times = [row.received_at for row in rows]
    unattested = unattested_calls(session, [r.call_sid for r in rows if r.call_sid])
    ends = sorted(s.brief_period_end for s in sent if s.brief_period_end is not None)
    paused_at = pause_began(session, client.id, None)  # read once; each brief's rule below
    requests = asked_for(session, client.id, None, now)  # read once; each brief takes its period's
    built = []
    for therapy_session in sent:
        recorded = therapy_session.brief_period_end if therapy_session.brief_sent_at else None
        end = recorded or now
        earlier = ends[: bisect_left(ends, end)]
        start = earlier[-1] if earlier else None
        first = bisect_right(times, start) if start is not None else 0
        period = rows[first : bisect_right(times, end)]
        shown = [r for r in period if r.status in SHOWN_STATUSES]
        built.append(
            _brief_input(
                clinician,
                opened,
                therapy_session,
                (start, end),
                practice=practice,
                noticings=tuple(_shown(opened, row, unattested) for row in shown),
                voice_pending=tuple(
                    to_local(r.received_at, client.timezone)
                    for r in period
                    if r.status == NoticingStatus.PENDING
                ),
                pause_from=(
                    to_local(paused_at, client.timezone)
                    if paused_at is not None and (start is None or paused_at > start)
                    else None
                ),
                asked_for=tuple(
                    (to_local(at, client.timezone), kind)
                    for at, kind in requests
                    if (start is None or at >= start) and at < end
                ),
            )
        )
    return built


def _pause_from(session: Session, client: Client, start: datetime | None) -> datetime | None:
    began = pause_began(session, client.id, start)
    return to_local(began, client.timezone) if began else None


def _brief_practice(session: Session, opened: OpenedClient) -> BriefPractice | None:
    practice = current_practice(session, opened)
    if practice is None:
        return None
    return BriefPractice(
        cues=tuple(BriefCue(c.label, c.phrases) for c in practice.cues),
        action=practice.action,
        carry_back=practice.carry_back,
        nothing_this_week=practice.nothing_this_week,
    )


def open_noticings(
    session: Session,
    opened: OpenedClient,
    start: datetime | None,
    end: datetime,
) -> list[BriefNoticing]:
    client = opened.client
    query = select(Noticing).where(
        Noticing.client_id == client.id,
        Noticing.status.in_(SHOWN_STATUSES),
        Noticing.received_at <= end,
    )
    if start is not None:
        query = query.where(Noticing.received_at > start)
    rows = list(session.execute(query.order_by(Noticing.received_at, Noticing.id)).scalars())
    unattested = unattested_calls(session, [r.call_sid for r in rows if r.call_sid])
    return [_shown(opened, row, unattested) for row in rows]


def _shown(opened: OpenedClient, row: Noticing, unattested: set[str]) -> BriefNoticing:
    tags = open_tags(opened, row)
    corrected = open_corrected_cues(opened, row)  # the clinician's reading wins
    return BriefNoticing(
        received_at=to_local(row.received_at, opened.client.timezone),
        text=open_body(opened, row),
        kind=row.kind,
        cues=corrected if corrected is not None else (tags.cues if tags else ()),
        intensity=tags.intensity if tags else None,
        barrier=tags.barrier if tags else False,
        crisis=row.crisis,
        crisis_reply_sent=row.crisis_reply_sent,
        unattested=row.call_sid in unattested,
    )


def pending_voice_notes(
    session: Session, opened: OpenedClient, start: datetime | None, end: datetime
) -> tuple[datetime, ...]:
    """When each voice note of the period that is still being transcribed came in."""
    client = opened.client
    query = select(Noticing.received_at).where(
        Noticing.client_id == client.id,
        Noticing.status == NoticingStatus.PENDING,
        Noticing.received_at <= end,
    )
    if start is not None:
        query = query.where(Noticing.received_at > start)
    rows = session.execute(query.order_by(Noticing.received_at)).scalars()
    return tuple(to_local(at, client.timezone) for at in rows)


def record_sent(session: Session, session_id: str, prepared: PreparedBrief, now: datetime) -> None:
    record_accepted(session, session_id, sent_facts(prepared), now)


def sent_facts(prepared: PreparedBrief) -> dict[str, object]:
    """What recording a sent brief needs, without client material (kept beside an accepted send)."""
    return {
        "period_end": prepared.period_end.isoformat(),
        "late": prepared.brief.late,
        "noticings": len(prepared.brief.noticings),
    }


def record_accepted(
    session: Session, session_id: str, facts: dict[str, object], sent_at: datetime
) -> bool:
    """Record a brief the mail server accepted (from :func:`sent_facts`); False if already done.

    Only a brief not yet ``sent`` (nor cancelled or failed since) is recorded,
    so recording the same acceptance twice writes one ``brief.sent``.
    """
    period_end = datetime.fromisoformat(str(facts["period_end"]))
    late = bool(facts["late"])
    recorded = session.execute(
        update(TherapySession)
        .where(
            TherapySession.id == session_id,
            TherapySession.brief_status.in_((BriefStatus.QUEUED, BriefStatus.SENDING)),
        )
        .values(
            brief_status=BriefStatus.SENT,
            brief_sent_at=sent_at,
            brief_period_end=period_end,
            brief_late=late,
            last_error=None,
        )
    ).rowcount
    if not recorded:
        return False
    audit.record(
        session,
        actor=ACTOR,
        action="brief.sent",
        subject_type="session",
        subject_id=session_id,
        detail=audit.counted(int(str(facts["noticings"])), "noticing") + (", late" if late else ""),
    )
    return True


def upcoming_session(
    session: Session, client: Client, lead_minutes: int, *, persist: bool = True
) -> TherapySession:
    """The client's next unsent session, or one starting now for an ad-hoc brief."""
    found = session.execute(
        select(TherapySession)
        .where(
            TherapySession.client_id == client.id,
            TherapySession.brief_status.in_(
                (BriefStatus.SCHEDULED, BriefStatus.QUEUED, BriefStatus.FAILED)
            ),
        )
        .order_by(TherapySession.starts_at)
        .limit(1)
    ).scalar_one_or_none()
    if found is not None:
        return found
    now = utcnow()
    adhoc = TherapySession(
        client_id=client.id, starts_at=now + timedelta(minutes=lead_minutes), brief_due_at=now
    )
    if persist:
        session.add(adhoc)
        session.flush()
    return adhoc


def cancel(session: Session, session_id: str) -> None:
    """The client was deleted before the brief went out."""
    session.execute(
        update(TherapySession)
        .where(TherapySession.id == session_id)
        .values(brief_status=BriefStatus.CANCELLED)
    )


def queue_now(session: Session, session_id: str) -> None:
    """Claim a session for an immediate send (by hand, from the CLI)."""
    session.execute(
        update(TherapySession)
        .where(TherapySession.id == session_id)
        .values(brief_status=BriefStatus.QUEUED, brief_claimed_at=utcnow())
    )
