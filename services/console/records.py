"""What the console shows of a client's record: briefs, the timeline, alerts, export, deletion.

Everything here is opened with the client's key through an
:class:`~shared.vault.sealed.OpenedClient`; callers audit every read and change
with the signed-in user as actor. The client's words are never changed: a
clinician's cue correction is stored beside the tagger's output.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from shared.db.models import (
    AlertStatus,
    AuditEvent,
    BriefPdf,
    BriefStatus,
    Client,
    Noticing,
    NoticingKind,
    Practice,
    TherapySession,
    utcnow,
)
from shared.delivery.brief_htmls import brief_as_html, stored_htmls
from shared.delivery.brief_pdfs import keep, sealed_pdf, stored_pdf, stored_pdfs
from shared.delivery.briefing import briefs_as_sent, prepare_brief
from shared.delivery.briefs.content import BriefInput
from shared.delivery.briefs.pdf import render_pdf
from shared.kernel.timeutil import to_local, zone
from shared.language.cues import Why
from shared.noticings.intake import open_body, open_corrected_cues, open_tags, seal_corrected_cues
from shared.roster.clients import open_practice
from shared.vault.keys import KeyStore
from shared.vault.sealed import OpenedClient

EXPORT_FORMAT_VERSION = 1
# Briefs without a kept PDF (sent before PDFs were kept, or whose printing
# failed) printed by one export, at 0.2-0.4 s each; the rest download from
# each brief's page, and each export prints the next few.
EXPORT_PDF_PRINTS = 2


class RecordError(ValueError):
    """A request the record cannot honour; the message says why."""


# --- briefs -------------------------------------------------------------------


def briefs_of(session: Session, client_id: str) -> list[TherapySession]:
    """Sessions whose brief went out (newest first), then the next unsent one first."""
    rows = session.execute(
        select(TherapySession)
        .where(TherapySession.client_id == client_id)
        .order_by(TherapySession.starts_at.desc())
    ).scalars()
    return [row for row in rows if row.brief_status != BriefStatus.CANCELLED]


def next_unsent(sessions: Sequence[TherapySession]) -> TherapySession | None:
    unsent = [s for s in sessions if s.brief_status != BriefStatus.SENT]
    return min(unsent, key=lambda s: s.starts_at) if unsent else None


def brief_for(
    session: Session, keys: KeyStore, therapy_session: TherapySession, now: datetime
) -> BriefInput:
    """The brief as it went out (a sent one, up to its period end) or as it stands now."""
    end = therapy_session.brief_period_end if therapy_session.brief_sent_at else None
    return prepare_brief(session, keys, therapy_session, end or now).brief


def brief_pdf(
    session: Session, keys: KeyStore, opened: OpenedClient, therapy_session: TherapySession
) -> bytes:
    """The brief's PDF: the one kept when it was sent, else printed now (and kept, once sent).

    A brief not yet sent is printed as it stands and never kept: it still changes.
    """
    kept = stored_pdf(session, opened, therapy_session.id)
    if kept is not None:
        return kept
    pdf = render_pdf(brief_for(session, keys, therapy_session, utcnow()))
    if therapy_session.brief_status == BriefStatus.SENT:
        keep(session, [sealed_pdf(opened, therapy_session.id, pdf)])
    return pdf


# --- timeline -------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    received_at: datetime  # client-local
    kind: str
    text: str | None  # verbatim; None while a voice note is being transcribed
    tagged_cues: tuple[str, ...]  # what the tagger found
    corrected_cues: tuple[str, ...] | None  # the clinician's correction, if any
    intensity: int | None
    barrier: bool
    crisis: bool
    status: str
    practice_version: int | None
    why: tuple[Why, ...] = ()  # why the tagger tagged each of its cues

    def why_for(self, label: str) -> Why | None:
        """Why the tagger tagged ``label``; None for a cue only the clinician chose."""
        if label not in self.tagged_cues:
            return None
        return next((why for why in self.why if why.cue == label), None)

    @property
    def cues(self) -> tuple[str, ...]:
        return self.tagged_cues if self.corrected_cues is None else self.corrected_cues

    @property
    def is_voice(self) -> bool:
        return self.kind == NoticingKind.VOICE


def _versions(session: Session, client_id: str) -> list[tuple[datetime, int]]:
    return list(
        session.execute(
            select(Practice.created_at, Practice.version)
            .where(Practice.client_id == client_id)
            .order_by(Practice.created_at)
        ).all()
    )


def _version_at(versions: Sequence[tuple[datetime, int]], moment: datetime) -> int | None:
    found = None
    for created_at, version in versions:
        if created_at <= moment:
            found = version
    return found


TIMELINE_PAGE = 50
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SCAN_BATCH = 200  # rows read at a time while a cue filter fills a page


@dataclass(frozen=True)
class TimelinePage:
    """One page of the timeline, newest first; ``earlier`` continues it (None: the start)."""

    entries: list[TimelineEntry]
    earlier: str | None


def timeline(
    session: Session,
    opened: OpenedClient,
    *,
    cue: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[TimelineEntry]:
    """Every noticing, newest first, optionally only one cue's or within local dates (one query)."""
    client = opened.client
    versions = _versions(session, client.id)
    query = _within(select(Noticing).where(Noticing.client_id == client.id), client, since, until)
    entries = []
    for row in session.execute(_older_than(query, None)).scalars():
        local = to_local(row.received_at, client.timezone)
        entry = _entry(opened, row, local, _version_at(versions, row.received_at))
        if cue is None or cue in entry.cues:
            entries.append(entry)
    return entries


def timeline_page(
    session: Session,
    opened: OpenedClient,
    *,
    cue: str | None = None,
    since: date | None = None,
    until: date | None = None,
    before: str | None = None,
    limit: int = TIMELINE_PAGE,
) -> TimelinePage:
    """A page of noticings older than the ``before`` cursor (keyset: received time, then id).

    Only the page is read and opened, whatever the history; a cue filter reads
    on in batches until the page is full.
    """
    client = opened.client
    versions = _versions(session, client.id)
    query = _within(select(Noticing).where(Noticing.client_id == client.id), client, since, until)
    cursor = parse_cursor(before)
    entries: list[TimelineEntry] = []
    batch = limit + 1 if cue is None else max(_SCAN_BATCH, limit + 1)
    while len(entries) <= limit:
        rows = list(session.execute(_older_than(query, cursor).limit(batch)).scalars())
        for row in rows:
            local = to_local(row.received_at, client.timezone)
            entry = _entry(opened, row, local, _version_at(versions, row.received_at))
            if cue is None or cue in entry.cues:
                entries.append(entry)
        if len(rows) < batch:
            break
        cursor = (rows[-1].received_at, rows[-1].id)
    shown = entries[:limit]
    earlier = _cursor_of(shown[-1]) if len(entries) > limit else None
    return TimelinePage(shown, earlier)


def _within(
    query: Select[tuple[Noticing]], client: Client, since: date | None, until: date | None
) -> Select[tuple[Noticing]]:
    """Only noticings received on these local dates (the client's zone), as a range in SQL."""
    if since is not None:
        query = query.where(Noticing.received_at >= _local_midnight(since, client.timezone))
    if until is not None:
        next_day = until + timedelta(days=1)
        query = query.where(Noticing.received_at < _local_midnight(next_day, client.timezone))
    return query


def _older_than(
    query: Select[tuple[Noticing]], cursor: tuple[datetime, str] | None
) -> Select[tuple[Noticing]]:
    if cursor is not None:
        at, noticing_id = cursor
        query = query.where(
            or_(
                Noticing.received_at < at,
                and_(Noticing.received_at == at, Noticing.id < noticing_id),
            )
        )
    return query.order_by(Noticing.received_at.desc(), Noticing.id.desc())


def _local_midnight(day: date, tz_name: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone(tz_name)).astimezone(UTC)


def _cursor_of(entry: TimelineEntry) -> str:
    # Ids and a time only: a cursor in a URL carries no client material.
    micros = (entry.received_at - _EPOCH) // timedelta(microseconds=1)
    return f"{micros}-{entry.id}"


def parse_cursor(raw: str | None) -> tuple[datetime, str] | None:
    """A "show earlier" cursor back into (received time, id); None for none or a bad one."""
    if not raw:
        return None
    micros, _, noticing_id = raw.partition("-")
    if not micros.isdigit() or not noticing_id.isalnum() or len(noticing_id) > 32:
        return None
    return _EPOCH + timedelta(microseconds=int(micros)), noticing_id


def _entry(
    opened: OpenedClient, row: Noticing, local: datetime, version: int | None
) -> TimelineEntry:
    tags = open_tags(opened, row)
    return TimelineEntry(
        id=row.id,
        received_at=local,
        kind=row.kind,
        text=open_body(opened, row) if row.body_enc else None,
        tagged_cues=tags.cues if tags else (),
        corrected_cues=open_corrected_cues(opened, row),
        intensity=tags.intensity if tags else None,
        barrier=tags.barrier if tags else False,
        crisis=row.crisis,
        status=row.status,
        practice_version=version,
        why=tags.why if tags else (),
    )


def noticing_of(session: Session, client_id: str, noticing_id: str) -> Noticing | None:
    noticing = session.get(Noticing, noticing_id)
    return noticing if noticing is not None and noticing.client_id == client_id else None


def correct_cues(
    session: Session, opened: OpenedClient, noticing: Noticing, labels: Sequence[str], by: str
) -> tuple[str, ...]:
    """Set the cues a clinician reads this noticing under; the tagger's output stays."""
    known = known_cues(session, opened)
    chosen = tuple(label for label in known if label in set(labels))
    unknown = set(labels) - set(known)
    if unknown:
        raise RecordError("choose cues from this client's practice")
    seal_corrected_cues(opened, noticing, chosen)
    noticing.corrected_by = by
    noticing.corrected_at = utcnow()
    return chosen


def known_cues(session: Session, opened: OpenedClient) -> tuple[str, ...]:
    """Every cue label of every practice version, in the order they were first agreed."""
    labels: list[str] = []
    rows = session.execute(
        select(Practice).where(Practice.client_id == opened.id).order_by(Practice.version)
    ).scalars()
    for practice in rows:
        for cue in open_practice(opened, practice).cues:
            if cue.label not in labels:
                labels.append(cue.label)
    return tuple(labels)


# --- crisis alerts ----------------------------------------------------------------


def open_alerts(session: Session, clinician_id: str) -> list[Noticing]:
    """Crisis-flagged noticings of this clinician's clients not yet acknowledged."""
    return list(
        session.execute(
            select(Noticing)
            .join(Client, Client.id == Noticing.client_id)
            .where(
                Client.clinician_id == clinician_id,
                Noticing.crisis.is_(True),
                Noticing.alert_acknowledged_at.is_(None),
            )
            .order_by(Noticing.received_at.desc())
        ).scalars()
    )


def recent_alerts(session: Session, clinician_id: str, limit: int = 50) -> list[Noticing]:
    return list(
        session.execute(
            select(Noticing)
            .join(Client, Client.id == Noticing.client_id)
            .where(Client.clinician_id == clinician_id, Noticing.crisis.is_(True))
            .order_by(Noticing.received_at.desc())
            .limit(limit)
        ).scalars()
    )


def acknowledge(noticing: Noticing, by: str) -> bool:
    """Acknowledge once; False when it already was (the first time and actor stay)."""
    if not noticing.crisis or noticing.alert_acknowledged_at is not None:
        return False
    noticing.alert_acknowledged_at = utcnow()
    noticing.alert_acknowledged_by = by
    return True


ALERT_WORDS = {
    AlertStatus.NONE: "not sent",
    AlertStatus.PENDING: "being sent",
    AlertStatus.SENDING: "being sent",
    AlertStatus.SENT: "sent",
    AlertStatus.FAILED: "not delivered",
}


# --- export -----------------------------------------------------------------------


def export_zip(
    session: Session,
    keys: KeyStore,
    opened: OpenedClient,
    now: datetime,
    *,
    pdf_prints: int = EXPORT_PDF_PRINTS,
) -> bytes:
    """The client's whole record as a zip built in memory: JSON, CSV, the briefs as HTML
    and PDF as kept when sent (at most ``pdf_prints`` PDFs of older briefs printed now, the
    rest listed in README.txt)."""
    client = opened.client
    entries = list(reversed(timeline(session, opened)))  # oldest first in files
    practices = [
        open_practice(opened, p)
        for p in session.execute(
            select(Practice).where(Practice.client_id == client.id).order_by(Practice.version)
        ).scalars()
    ]
    sessions = briefs_of(session, client.id)
    sent = [s for s in sessions if s.brief_status == BriefStatus.SENT]
    record = {
        "format": EXPORT_FORMAT_VERSION,
        "exported_at": now.isoformat(),
        "client": {
            "id": client.id,
            "name": opened.name,
            "phone": opened.phone,
            "timezone": client.timezone,
            "status": client.status,
            "enrolled_at": client.created_at.isoformat(),
        },
        "practices": [
            {
                "version": p.version,
                "cues": [{"label": c.label, "phrases": list(c.phrases)} for c in p.cues],
                "action": p.action,
                "carry_back": p.carry_back,
                "nothing_this_week": p.nothing_this_week,
            }
            for p in practices
        ],
        "noticings": [_noticing_json(e) for e in entries],
        "sessions": [
            {"starts_at": s.starts_at.isoformat(), "brief": s.brief_status}
            for s in sorted(sessions, key=lambda s: s.starts_at)
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("record.json", json.dumps(record, ensure_ascii=False, indent=2))
        archive.writestr("noticings.csv", _noticings_csv(entries))
        not_included = _write_briefs(archive, session, opened, sent, now, pdf_prints)
        archive.writestr("README.txt", _README + _not_included(not_included))
    return buffer.getvalue()


def _write_briefs(
    archive: zipfile.ZipFile,
    session: Session,
    opened: OpenedClient,
    sent: Sequence[TherapySession],
    now: datetime,
    pdf_prints: int,
) -> list[str]:
    """Each sent brief as HTML and PDF, as kept when it was sent; the names of PDFs left out.

    Kept copies are read in one query each. Only a brief sent before they were
    kept needs building: then every sent brief is built from one read of the
    noticings (a brief's period starts where the one before it ended).
    """
    htmls = stored_htmls(session, opened)
    pdfs = stored_pdfs(session, opened)
    built: dict[TherapySession, BriefInput] = {}
    if any(s.id not in htmls or (s.id not in pdfs and pdf_prints > 0) for s in sent):
        built = dict(zip(sent, briefs_as_sent(session, opened, sent, now), strict=True))
    printed: list[BriefPdf] = []
    not_included: list[str] = []
    for therapy_session in sent:
        name = f"briefs/{to_local(therapy_session.starts_at, opened.client.timezone):%Y-%m-%d-%H%M}"
        html = htmls.get(therapy_session.id)
        archive.writestr(
            f"{name}.html", html if html is not None else brief_as_html(built[therapy_session])
        )
        pdf = pdfs.get(therapy_session.id)
        if pdf is None and len(printed) < pdf_prints:
            pdf = render_pdf(built[therapy_session])
            printed.append(sealed_pdf(opened, therapy_session.id, pdf))
        if pdf is None:
            not_included.append(f"{name}.pdf")
        else:
            # Stored, not deflated: a PDF's streams are compressed already (deflate
            # saves about 9% for a millisecond or so of CPU per brief).
            archive.writestr(f"{name}.pdf", pdf, compress_type=zipfile.ZIP_STORED)
    keep(session, printed)  # one INSERT: the next export reads them
    return not_included


def _not_included(names: Sequence[str]) -> str:
    if not names:
        return ""
    listed = "".join(f"  {name}\n" for name in names)
    return (
        f"\n{len(names)} brief PDF(s) are not in this file yet: each downloads from its\n"
        "brief's page in the console, and the next export includes more of them.\n"
        "The same briefs are here as HTML.\n" + listed
    )


_README = (
    "A client's record from Carryback.\n"
    "record.json: everything, machine-readable; every noticing verbatim.\n"
    "noticings.csv: one row per noticing, oldest first.\n"
    "briefs/: each pre-session brief that was sent, as HTML.\n"
    "briefs/*.pdf: the same briefs as tagged PDFs, to file in a chart.\n"
)


def _noticing_json(entry: TimelineEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "received_at": entry.received_at.isoformat(),
        "kind": entry.kind,
        "text": entry.text,
        "cues": list(entry.tagged_cues),
        "cues_corrected_by_clinician": (
            None if entry.corrected_cues is None else list(entry.corrected_cues)
        ),
        "intensity": entry.intensity,
        "barrier": entry.barrier,
        "crisis": entry.crisis,
        "practice_version": entry.practice_version,
    }


def _noticings_csv(entries: Sequence[TimelineEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["received_at", "kind", "text", "cues", "intensity", "barrier", "crisis"])
    for e in entries:
        writer.writerow(
            [
                e.received_at.isoformat(),
                e.kind,
                _csv_safe(e.text or ""),
                "; ".join(e.cues),
                "" if e.intensity is None else e.intensity,
                "yes" if e.barrier else "",
                "yes" if e.crisis else "",
            ]
        )
    return out.getvalue()


# What makes a spreadsheet run a cell as a formula: these first, even after leading
# spaces, and their full-width forms (＝＋－＠), which some spreadsheets read as ASCII.
_FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")


def _csv_safe(text: str) -> str:
    """The cell as text a spreadsheet shows, never runs: a quote before a formula's start."""
    if text[:1] in ("\t", "\r") or text.lstrip(" \u3000")[:1] in _FORMULA_STARTS:
        return "'" + text
    return text


# --- deletion -----------------------------------------------------------------------


# --- audit view ------------------------------------------------------------------------


AUDIT_PAGE = 50


@dataclass(frozen=True)
class AuditPage:
    """One page of audit events, newest first; ``earlier`` is the id to continue before."""

    events: list[AuditEvent]
    earlier: int | None


def audit_for_clinician(
    session: Session, clinician_id: str, actor: str, before: int | None, limit: int = AUDIT_PAGE
) -> AuditPage:
    """Audit rows about this clinician's clients (them, their sessions, their crisis
    messages) or by ``actor``, newest first, a page before event ``before``.

    The clinician's own actions are included so a deleted client's deletion still
    shows. Events about a noticing are a crisis alert's (the services') or the
    clinician's own (cue corrections): only crisis-flagged noticings are looked up.
    """
    mine = Client.clinician_id == clinician_id
    clients = select(Client.id).where(mine)
    sessions = select(TherapySession.id).join(Client, Client.id == TherapySession.client_id)
    crisis = select(Noticing.id).join(Client, Client.id == Noticing.client_id)
    about = or_(
        AuditEvent.actor == actor,
        AuditEvent.subject_id.in_(clients.scalar_subquery()),
        and_(
            AuditEvent.subject_type == "session",
            AuditEvent.subject_id.in_(sessions.where(mine).scalar_subquery()),
        ),
        and_(
            AuditEvent.subject_type == "noticing",
            AuditEvent.subject_id.in_(
                crisis.where(mine, Noticing.crisis.is_(True)).scalar_subquery()
            ),
        ),
    )
    return _audit_page(session, about, before, limit)


def audit_all(session: Session, before: int | None, limit: int = AUDIT_PAGE) -> AuditPage:
    return _audit_page(session, None, before, limit)


def _audit_page(
    session: Session, about: ColumnElement[bool] | None, before: int | None, limit: int
) -> AuditPage:
    # Keyset on the id, newest first: one index range per page, whatever the trail's length.
    query = select(AuditEvent)
    if about is not None:
        query = query.where(about)
    if before is not None:
        query = query.where(AuditEvent.id < before)
    rows = list(session.execute(query.order_by(AuditEvent.id.desc()).limit(limit + 1)).scalars())
    shown = rows[:limit]
    return AuditPage(shown, shown[-1].id if len(rows) > limit else None)


# What each event means, in words a clinician or an auditor reads (never a raw id).
AUDIT_WORDS = {
    "account.invited": "invited a clinician",
    "alert.acknowledged": "acknowledged a crisis alert",
    "alert.failed": "crisis alert could not be delivered",
    "alert.link_sent": "sent the crisis alert notice",
    "alert.sent": "sent the crisis alert",
    "alert.sms_failed": "crisis text to the clinician failed",
    "alert.sms_sent": "texted the clinician about a crisis alert",
    "alerts.listed": "opened the alerts",
    "audit.read": "opened the audit",
    "brief.built": "built a brief",
    "brief.chart_read": "opened a brief's chart",
    "brief.failed": "brief could not be sent",
    "brief.link_sent": "sent a brief notice",
    "brief.previewed": "previewed a brief",
    "brief.read": "opened a brief",
    "brief.sent": "sent a brief",
    "brief_link.opened": "opened a link from an e-mail",
    "brief_link.refused": "refused a link from an e-mail",
    "briefs.listed": "opened the briefs",
    "client.access_refused": "was refused another clinician's client",
    "client.consent": "recorded the client's consent",
    "client.decrypted": "opened the client's record (a service)",
    "audit.checkpoint": "verified the audit trail up to here (a checkpoint)",
    "client.delete_viewed": "opened the deletion page",
    "client.deleted": "deleted the client",
    "client.enrol_refused": "was refused an enrolment",
    "client.enrolled": "enrolled the client",
    "client.exported": "exported the client's record",
    "client.landline": "found the number cannot take texts",
    "client.landline_notice_sent": "sent the landline notice",
    "client.language_change_attempted": "asked to change the language",
    "client.language_changed": "language changed",
    "client.rekeyed": "re-keyed the client",
    "client.status_change_attempted": "asked to pause or resume",
    "client.status_changed": "status changed",
    "client.viewed": "opened the client's page",
    "client.welcome_attempted": "asked to send the welcome",
    "client.welcome_queued": "queued the welcome",
    "clients.listed": "opened the client list",
    "clinician.added": "added a clinician",
    "clinician.certificate_changed": "changed a certificate",
    "keys.rotated": "rotated the keys",
    "noticing.cues_correct_attempted": "asked to correct cues",
    "noticing.cues_corrected": "cues corrected",
    "noticing.read": "opened a message to correct its cues",
    "noticings.read": "read the messages (command line)",
    "practice.edit_attempted": "asked to change the practice",
    "practice.read": "opened the practice",
    "practice.set": "practice saved",
    "reminders.set": "reminders set",
    "session.cancel_attempted": "asked to cancel a session",
    "session.cancelled": "session cancelled",
    "session.move_attempted": "asked to move a session",
    "session.moved": "session moved",
    "session.schedule_attempted": "asked to schedule sessions",
    "session.scheduled": "sessions scheduled",
    "timeline.read": "opened the timeline",
    # Named after the first list: the PDF, the teaching offer and the safety plan.
    "brief.pdf_read": "downloaded a brief as PDF",
    "practice.phrase_add_attempted": "asked to teach a cue a phrase",
    "practice.phrase_added": "taught a cue a phrase",
    "safety_plan.edit_attempted": "asked to change the safety plan",
    "safety_plan.read": "opened the safety plan",
    "safety_plan.sent": "sent the safety plan (PLAN)",
    "safety_plan.set": "safety plan saved",
    # Account recovery, the alert page, re-tagging and the cancel page.
    "account.authenticator_renewed": "set up a new authenticator",
    "account.invitation_reissued": "sent a new invitation",
    "account.password_changed": "changed their password",
    "account.recovery_codes_renewed": "made new recovery codes",
    "account.second_factor_reset": "reset a clinician's second factor",
    "alert.acknowledge_attempted": "asked to acknowledge a crisis alert",
    "alert.read": "opened a crisis alert",
    "noticing.teach_offered": "was offered to teach a cue a phrase",
    "noticings.retag_attempted": "asked to re-tag recent messages",
    "noticings.retag_offered": "was offered to re-tag recent messages",
    "noticings.retagged": "re-tagged recent messages",
    "session.cancel_viewed": "opened the page to cancel a session",
}


def audit_words(action: str) -> str:
    """The event in words; one not named above still reads as words, not a dotted id."""
    return AUDIT_WORDS.get(action) or action.replace(".", ": ").replace("_", " ")
