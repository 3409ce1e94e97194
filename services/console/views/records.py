"""A client's record in the console: briefs, the timeline, pause, export, delete; alerts; audit."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from services import runtime
from services.console import records as console_records
from services.console.forms import ActionForm, DeleteForm
from services.console.material import actor, open_client, record, record_read, transaction
from services.console.views.teaching import added_cues
from shared.db.models import (
    BriefStatus,
    Client,
    ClientStatus,
    Clinician,
    ConsoleUser,
    Noticing,
    TherapySession,
    utcnow,
)
from shared.delivery.briefs.pdf import brief_filename
from shared.delivery.briefs.render import brief_chart_png, render_page_html
from shared.delivery.shred import ShredIncomplete, ShredReport, shred_client
from shared.kernel.config import ConfigError
from shared.kernel.timeutil import to_local
from shared.noticings.intake import open_body
from shared.outreach.messaging import crisis_reply_outcome
from shared.roster.clients import set_status
from shared.vault import audit
from shared.vault.audit import counted
from shared.vault.keys import KeyStore
from shared.vault.sealed import OpenedClient

blueprint = Blueprint("records", __name__)


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _keys() -> KeyStore:
    return runtime.context().keys


def _opened(db: Session, client: Client) -> OpenedClient:
    return _keys().open_client(db, client)


def _session_of(db: Session, client: Client, session_id: str) -> TherapySession:
    found = db.get(TherapySession, session_id)
    if found is None or found.client_id != client.id:
        abort(404)
    return found


# --- briefs ---------------------------------------------------------------------


@blueprint.get("/clients/<client_id>/briefs")
def briefs(client_id: str) -> str:
    with transaction() as db:
        client = open_client(db, client_id, "briefs.listed")
        sessions = console_records.briefs_of(db, client.id)
        return render_template(
            "records/briefs.html",
            client=client,
            name=_opened(db, client).name,
            upcoming=console_records.next_unsent(sessions),
            sent=[s for s in sessions if s.brief_status == BriefStatus.SENT],
            clinician_tz=current_user.account.timezone,
        )


@blueprint.get("/clients/<client_id>/briefs/<session_id>")
def brief(client_id: str, session_id: str) -> str:
    with transaction() as db:
        client = open_client(db, client_id, "brief.read", detail=session_id[:32])
        therapy_session = _session_of(db, client, session_id)
        content = console_records.brief_for(db, _keys(), therapy_session, utcnow())
        chart = url_for("records.brief_chart", client_id=client.id, session_id=session_id)
        return render_template(
            "records/brief.html",
            client=client,
            name=content.client_name,
            therapy_session=therapy_session,
            sent=therapy_session.brief_status == BriefStatus.SENT,
            body=render_page_html(content, chart if brief_chart_png(content) else None),
            clinician_tz=current_user.account.timezone,
        )


@blueprint.get("/clients/<client_id>/briefs/<session_id>/chart.png")
def brief_chart(client_id: str, session_id: str) -> Response:
    with transaction() as db:
        # Part of the brief's page: the same read as the page, one event per view.
        client = open_client(db, client_id, "brief.read", detail=session_id[:32])
        therapy_session = _session_of(db, client, session_id)
        png = brief_chart_png(console_records.brief_for(db, _keys(), therapy_session, utcnow()))
    if png is None:
        abort(404)
    return Response(png, mimetype="image/png")


@blueprint.get("/clients/<client_id>/briefs/<session_id>/brief.pdf")
def brief_pdf(client_id: str, session_id: str) -> Response:
    """The brief as a tagged PDF to file in the client's chart; audited like every read."""
    with transaction() as db:
        client = open_client(db, client_id, "brief.pdf_read", detail=session_id[:32])
        therapy_session = _session_of(db, client, session_id)
        pdf = console_records.brief_pdf(db, _keys(), _opened(db, client), therapy_session)
        session_at = to_local(therapy_session.starts_at, client.timezone)
    return send_file(
        io.BytesIO(pdf),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=brief_filename(session_at),
        max_age=0,
    )


# --- timeline -------------------------------------------------------------------


def _day(name: str) -> date | None:
    raw = request.args.get(name, "").strip()
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        flash(f"The {name} date was not a date; it was left out of the filter.", "notice")
        return None


def _cue_filter(known: tuple[str, ...]) -> tuple[int | None, str | None]:
    """The cue asked for, by its number among the client's cues.

    The filter names a cue by number, never by label: a label is the client's own
    words, and a URL ends up in proxy logs and browser history.
    """
    raw = request.args.get("cue", "").strip()
    if not raw:
        return None, None
    if raw.isascii() and raw.isdigit() and len(raw) < 6 and 1 <= int(raw) <= len(known):
        return int(raw), known[int(raw) - 1]
    flash("That cue is not one of this client's cues; it was left out of the filter.", "notice")
    return None, None


@blueprint.get("/clients/<client_id>/timeline")
def timeline(client_id: str) -> str:
    since, until = _day("from"), _day("to")
    before = request.args.get("before", "").strip() or None
    correcting = request.args.get("correct", "").strip() or None
    with transaction() as db:
        client = open_client(db, client_id, "timeline.read")
        opened = _opened(db, client)
        known = console_records.known_cues(db, opened)
        cue_number, cue = _cue_filter(known)
        page = console_records.timeline_page(
            db,
            opened,
            cue=cue,
            since=since,
            until=until,
            before=before,
            limit=console_records.TIMELINE_PAGE,
        )
        filters = {"cue": cue_number, "from": since, "to": until}
        return render_template(
            "records/timeline.html",
            client=client,
            name=opened.name,
            entries=page.entries,
            earlier=page.earlier,
            before=before,
            filters={k: v for k, v in filters.items() if v},
            correcting=correcting,
            known=known,
            cue=cue,
            since=since,
            until=until,
            action_form=ActionForm(),
        )


@blueprint.post("/clients/<client_id>/noticings/<noticing_id>/cues")
def correct(client_id: str, noticing_id: str) -> Response:
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    with transaction() as db:
        client = open_client(db, client_id, "noticing.cues_correct_attempted")
        noticing = console_records.noticing_of(db, client.id, noticing_id)
        if noticing is None:
            abort(404)
        try:
            chosen = console_records.correct_cues(
                db, _opened(db, client), noticing, request.form.getlist("cue"), by=actor()
            )
        except console_records.RecordError as error:
            flash(str(error).capitalize() + ". Nothing was changed.", "notice")
        else:
            # Labels are client material: the audit row says how many, not which.
            record(
                db, "noticing.cues_corrected", "noticing", noticing.id, counted(len(chosen), "cue")
            )
            flash("Cues corrected. The client's words and the tagger's reading are kept.", "notice")
            # A cue the tagger missed: offer to teach it the words.
            if added_cues(_opened(db, client), noticing):
                return redirect(
                    url_for("teaching.offer", client_id=client_id, noticing_id=noticing_id)
                )
    # Back to the page the entry was on (the cursor is a time and an id, no words).
    before = request.form.get("before", "")
    if console_records.parse_cursor(before) is None:
        before = ""
    target = url_for("records.timeline", client_id=client_id, before=before or None)
    return redirect(target + f"#n-{noticing_id}")


# --- pause, resume ---------------------------------------------------------------


@blueprint.post("/clients/<client_id>/pause")
def pause(client_id: str) -> Response:
    return _change_status(client_id, ClientStatus.PAUSED)


@blueprint.post("/clients/<client_id>/resume")
def resume(client_id: str) -> Response:
    return _change_status(client_id, ClientStatus.ACTIVE)


def _change_status(client_id: str, wanted: ClientStatus) -> Response:
    if not ActionForm().validate_on_submit():
        abort(400)
    with transaction() as db:
        client = open_client(db, client_id, "client.status_change_attempted", detail=wanted)
        if client.status == ClientStatus.OPTED_OUT:
            # Only the client's own START re-subscribes them (Twilio honours STOP).
            flash("This client texted STOP. Only they can restart, by texting START.", "notice")
        elif client.status != wanted:
            set_status(db, client, wanted, actor=actor())
            record(db, "client.status_changed", "client", client.id, wanted)
            flash("Paused: no reminders go out." if wanted == ClientStatus.PAUSED else "Resumed.")
    return redirect(url_for("clients.detail", client_id=client_id))


# --- export ----------------------------------------------------------------------


@blueprint.post("/clients/<client_id>/export")
def export(client_id: str) -> Response:
    if not ActionForm().validate_on_submit():
        abort(400)
    now = utcnow()
    with transaction() as db:
        client = open_client(db, client_id, "client.exported")
        archive = console_records.export_zip(db, _keys(), _opened(db, client), now)
    # Built in memory and sent once; never written to disk. The file name
    # carries no client material.
    return send_file(
        io.BytesIO(archive),
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"carryback-record-{now:%Y%m%d-%H%M%S}.zip",
        max_age=0,
    )


# --- delete ----------------------------------------------------------------------


@blueprint.route("/clients/<client_id>/delete", methods=["GET", "POST"])
def delete(client_id: str) -> Response | str | tuple[str, int]:
    form = DeleteForm()
    with transaction() as db:
        client = open_client(db, client_id, "client.delete_viewed")
        name = _opened(db, client).name
        confirmed = form.validate_on_submit() and _confirmed(form, name)
        if not confirmed:
            page = render_template("records/delete.html", client=client, name=name, form=form)
            return (page, 400) if form.errors else page
    # The CLI's crypto-shred, outside the page's own transaction (which holds
    # SQLite's write lock for its audit row): Twilio first, then the rows and
    # the data key, then queued jobs and the write-ahead log.
    try:
        report = shred_for_console(client_id)
    except ShredIncomplete as error:
        flash(f"Not deleted: {error}. Nothing of theirs was removed; try again.", "error")
        return redirect(url_for("records.delete", client_id=client_id))
    flash(
        "Deleted. Their data key is destroyed; nothing of theirs can be read "
        f"({counted(report.briefs_cancelled, 'brief')} cancelled, "
        f"{report.twilio_deleted} deleted at Twilio)."
    )
    for warning in report.warnings:
        flash(warning, "error")
    return redirect(url_for("clients.index"))


def _confirmed(form: DeleteForm, name: str) -> bool:
    if form.confirm.data.strip() == name:
        return True
    form.confirm.errors = ["type the client's name exactly as shown to delete"]
    return False


def shred_for_console(client_id: str) -> ShredReport:
    """The one deletion, as the signed-in clinician; a web request never waits minutes
    for Twilio, so a message Twilio has not finished with refuses the deletion at once."""
    ctx = runtime.context()
    try:
        twilio = ctx.twilio
    except ConfigError:
        twilio = None
    return shred_client(
        ctx.db, client_id, actor=actor(), twilio=twilio, queues=ctx.queues, waits_s=()
    )


# --- crisis alerts -----------------------------------------------------------------


@dataclass(frozen=True)
class AlertRow:
    """One crisis alert as a crisis procedure needs it: the words, who, how to reach them."""

    noticing: Noticing
    client: Client
    name: str
    phone: str
    text: str | None  # verbatim; None while a voice note is being transcribed
    reply: str  # what became of the fixed crisis reply (CrisisReply's value)


@blueprint.get("/alerts")
def alerts() -> str:
    with transaction() as db:
        clinician_id = current_user.account.clinician_id
        rows = []
        for noticing in console_records.recent_alerts(db, clinician_id):
            client = db.get(Client, noticing.client_id)
            opened = _opened(db, client)
            text = open_body(opened, noticing) if noticing.body_enc else None
            reply = crisis_reply_outcome(db, noticing).value
            rows.append(AlertRow(noticing, client, opened.name, opened.phone, text, reply))
            # The message and the number are client material: each read is audited
            # (once a minute per person, as every page read).
            record_read(db, "alert.read", "noticing", noticing.id)
        record_read(db, "alerts.listed", "clinician", clinician_id, counted(len(rows), "alert"))
        return render_template(
            "records/alerts.html",
            rows=rows,
            words=console_records.ALERT_WORDS,
            action_form=ActionForm(),
            clinician_tz=current_user.account.timezone,
        )


@blueprint.post("/alerts/<noticing_id>/acknowledge")
def acknowledge(noticing_id: str) -> Response:
    if not ActionForm().validate_on_submit():
        abort(400)
    with transaction() as db:
        found = _noticing_of_mine(db, noticing_id)
        open_client(db, found.client_id, "alert.acknowledge_attempted")
        if console_records.acknowledge(found, by=actor()):
            record(db, "alert.acknowledged", "noticing", found.id)
            flash("Acknowledged. The banner is gone for this message.")
    return redirect(_back() or url_for("records.alerts"))


def _back() -> str | None:
    """The page the button was on (a path on this console only)."""
    target = request.form.get("back", "")
    if target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return None


def _actor_names(db: Session) -> dict[str, str]:
    """Console actors by the clinician's name (services and the CLI keep their own labels)."""
    rows = db.execute(select(ConsoleUser.id, Clinician.name).join(ConsoleUser.clinician)).all()
    return {f"console:{user_id}": name for user_id, name in rows}


def _noticing_of_mine(db: Session, noticing_id: str) -> Noticing:
    noticing = db.get(Noticing, noticing_id)
    if noticing is None:
        abort(404)
    return noticing


# --- audit ------------------------------------------------------------------------


def _event_id(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    # ASCII digits only: "²".isdigit() is true, and int("²") raises.
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None


@blueprint.get("/audit")
def audit_view() -> str:
    account = current_user.account
    with transaction() as db:
        page = console_records.AUDIT_PAGE
        mine = console_records.audit_for_clinician(
            db, account.clinician_id, actor(), _event_id("before"), page
        )
        chain = everything = None
        if account.is_admin:
            # Only what was added since the last verified checkpoint is checked here;
            # `carryback audit verify` checks every link (docs/security.md).
            chain = audit.verify_recent(db)
            everything = console_records.audit_all(db, _event_id("all_before"), page)
        record_read(db, "audit.read", "clinician", account.clinician_id)
        return render_template(
            "records/audit.html",
            who=_actor_names(db),
            mine=mine,
            everything=everything,
            is_admin=account.is_admin,
            chain=chain,
            words=console_records.audit_words,
            clinician_tz=account.timezone,
        )
