"""The clinician's clients: the list, enrolment, the practice co-built in session, sessions."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from services.console.forms import (
    MIN_CUE_SLOTS,
    TIMEZONES,
    ActionForm,
    ClientForm,
    MoveForm,
    PracticeForm,
    SessionForm,
)
from services.console.material import actor, open_client, record, transaction
from shared import console_queries, practice_text, runtime
from shared.cues import Cue
from shared.db.models import Client, ClientStatus, Clinician, utcnow
from shared.keys import KeyStore
from shared.roster import RosterError, add_client, current_practice
from shared.roster import set_practice as save_practice
from shared.timeutil import LocalTimeError, local_to_utc

blueprint = Blueprint("clients", __name__)
STATUS_WORDS = {
    ClientStatus.INVITED: "invited",
    ClientStatus.ACTIVE: "active",
    ClientStatus.PAUSED: "paused",
    ClientStatus.OPTED_OUT: "opted out",
}


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _keys() -> KeyStore:
    return runtime.context().keys


def _lead_minutes(db: Session) -> int:
    clinician = db.get(Clinician, current_user.account.clinician_id)
    return (clinician.brief_lead_minutes if clinician else None) or (
        runtime.context().settings.brief_lead_minutes
    )


@blueprint.get("/")
def index() -> str:
    with transaction() as db:
        rows = console_queries.clients_of(db, _keys(), current_user.account.clinician_id)
        record(
            db,
            "clients.listed",
            "clinician",
            current_user.account.clinician_id,
            f"{len(rows)} clients",
        )
    return render_template("clients/index.html", rows=rows, statuses=STATUS_WORDS)


@blueprint.route("/clients/new", methods=["GET", "POST"])
def new() -> Response | str | tuple[str, int]:
    form = ClientForm()
    if not form.is_submitted():
        form.timezone.data = current_user.account.timezone
    if form.validate_on_submit():
        try:
            with transaction() as db:
                clinician = db.get(Clinician, current_user.account.clinician_id)
                client = add_client(
                    db,
                    _keys(),
                    clinician=clinician,
                    phone=form.phone.data,
                    name=form.name.data,
                    timezone=form.timezone.data,
                    actor=actor(),
                )
                record(db, "client.consent", "client", client.id, "consent recorded in session")
                client_id = client.id
        except RosterError as error:
            hint = "" if "already exists" in str(error) else "; type it with its area code"
            form.phone.errors.append(f"{error}{hint}")
        else:
            flash("Client enrolled. Now co-build the practice together.", "notice")
            return redirect(url_for("clients.practice", client_id=client_id))
    status = 400 if form.errors else 200
    return render_template("clients/new.html", form=form, timezones=TIMEZONES), status


@blueprint.get("/clients/<client_id>")
def detail(client_id: str) -> str:
    with transaction() as db:
        client = open_client(db, client_id, "client.viewed")
        return _render_detail(db, client, SessionForm(formdata=None), None)


def _render_detail(
    db: Session,
    client: Client,
    schedule_form: SessionForm,
    move_form: tuple[str, MoveForm] | None,
    status: int = 200,
) -> str:
    sessions = console_queries.sessions_of(db, client.id)
    opened = _keys().open_client(db, client)
    page = render_template(
        "clients/detail.html",
        client=client,
        name=opened.name,
        phone=opened.phone,
        practice=current_practice(db, opened),
        sessions=sessions,
        upcoming=[s for s in sessions if s.brief_status in console_queries.UNSENT],
        past=[s for s in sessions if s.brief_status not in console_queries.UNSENT],
        schedule_form=schedule_form,
        move_form=move_form,
        action_form=ActionForm(),
        lead_minutes=_lead_minutes(db),
        statuses=STATUS_WORDS,
        clinician_tz=current_user.account.timezone,
    )
    return page if status == 200 else (page, status)  # type: ignore[return-value]


# --- the practice ---------------------------------------------------------------


@blueprint.route("/clients/<client_id>/practice", methods=["GET", "POST"])
def practice(client_id: str) -> Response | str | tuple[str, int]:
    form = PracticeForm()
    with transaction() as db:
        if not form.is_submitted():
            client = open_client(db, client_id, "practice.read")
            _prefill(form, current_practice(db, _keys().open_client(db, client)))
            return _render_practice(db, client, form)
        client = open_client(db, client_id, "practice.edit_attempted")
        cues = _cues_from(form) if form.validate() else None
        if cues is not None and _practice_problems(form, cues) == 0:
            saved = save_practice(
                db,
                _keys(),
                client,
                cues=cues,
                action=(form.action.data or "").strip() or None,
                carry_back=(form.carry_back.data or "").strip() or None,
                nothing_this_week=form.nothing_this_week.data,
                next_session_at=None,
                lead_minutes=_lead_minutes(db),
                actor=actor(),
            )
            flash(f"Practice saved as version {saved.version}.", "notice")
            return redirect(url_for("clients.detail", client_id=client.id))
        return _render_practice(db, client, form, status=400)


def _prefill(form: PracticeForm, current: object) -> None:
    if current is None:
        return
    cues = list(current.cues)  # type: ignore[attr-defined]
    while len(form.cues.entries) < len(cues) + 1:
        form.cues.append_entry()
    for entry, cue in zip(form.cues.entries, cues, strict=False):
        entry.form.label.data = cue.label
        entry.form.phrases.data = "\n".join(cue.phrases)
    form.action.data = current.action  # type: ignore[attr-defined]
    form.carry_back.data = current.carry_back  # type: ignore[attr-defined]
    form.nothing_this_week.data = current.nothing_this_week  # type: ignore[attr-defined]


def _cues_from(form: PracticeForm) -> list[Cue] | None:
    cues: list[Cue] = []
    seen: set[str] = set()
    ok = True
    for entry in form.cues.entries:
        label = (entry.form.label.data or "").strip()
        phrases = tuple(
            line.strip() for line in (entry.form.phrases.data or "").splitlines() if line.strip()
        )
        if not label:
            if phrases:
                entry.form.label.errors = ["a cue needs the client's words for the moment"]
                ok = False
            continue
        if label.casefold() in seen:
            entry.form.label.errors = ["this cue is already in the list"]
            ok = False
            continue
        seen.add(label.casefold())
        cues.append(Cue(label, phrases))
    return cues if ok else None


def _practice_problems(form: PracticeForm, cues: list[Cue]) -> int:
    action = (form.action.data or "").strip()
    if form.nothing_this_week.data:
        if cues or action:
            form.nothing_this_week.errors = [
                "nothing this week has no cues or action: clear them, or untick this"
            ]
            return 1
        return 0
    problems = 0
    if not cues:
        form.cues.entries[0].form.label.errors = [
            "write at least one cue in the client's words (or tick nothing this week)"
        ]
        problems += 1
    if not action:
        form.action.errors = ["write one small action (or tick nothing this week)"]
        problems += 1
    return problems


def _render_practice(
    db: Session, client: Client, form: PracticeForm, status: int = 200
) -> str | tuple[str, int]:
    while len(form.cues.entries) < MIN_CUE_SLOTS:
        form.cues.append_entry()
    cues = [
        Cue(e.form.label.data.strip(), ())
        for e in form.cues.entries
        if (e.form.label.data or "").strip()
    ]
    summary = practice_text.practice_summary(
        cues,
        (form.action.data or "").strip() or None,
        (form.carry_back.data or "").strip() or None,
        bool(form.nothing_this_week.data),
    )
    opened = _keys().open_client(db, client)
    current = current_practice(db, opened)
    page = render_template(
        "clients/practice.html",
        client=client,
        name=opened.name,
        form=form,
        version=current.version if current else None,
        summary=summary,
        cue_list=practice_text.cue_list(cues),
        wording=practice_text,
    )
    return page if status == 200 else (page, status)


# --- sessions -------------------------------------------------------------------


def _starts_at(form: SessionForm | MoveForm) -> datetime | None:
    typed = f"{form.date.data:%Y-%m-%d} {form.time.data:%H:%M}"
    try:
        return local_to_utc(typed, current_user.account.timezone)
    except LocalTimeError as error:
        form.time.errors = [str(error)]
        return None


@blueprint.post("/clients/<client_id>/sessions")
def schedule(client_id: str) -> Response | str:
    form = SessionForm()
    with transaction() as db:
        client = open_client(db, client_id, "session.schedule_attempted")
        starts_at = _starts_at(form) if form.validate() else None
        if starts_at is not None:
            try:
                added = console_queries.add_sessions(
                    db,
                    client,
                    starts_at,
                    weeks=form.weeks.data,
                    lead_minutes=_lead_minutes(db),
                    now=utcnow(),
                )
            except RosterError as error:
                form.date.errors = [str(error)]
            else:
                record(db, "session.scheduled", "client", client.id, f"{len(added)} session(s)")
                flash(_scheduled_words(len(added)), "notice")
                return redirect(url_for("clients.detail", client_id=client.id))
        return _render_detail(db, client, form, None, status=400)


def _scheduled_words(count: int) -> str:
    return "Session scheduled." if count == 1 else f"{count} weekly sessions scheduled."


@blueprint.post("/clients/<client_id>/sessions/<session_id>/move")
def move(client_id: str, session_id: str) -> Response | str:
    form = MoveForm()
    with transaction() as db:
        client = open_client(db, client_id, "session.move_attempted")
        _session_of(db, client, session_id)
        starts_at = _starts_at(form) if form.validate() else None
        if starts_at is not None:
            try:
                console_queries.move_one(
                    db,
                    client,
                    session_id,
                    starts_at,
                    lead_minutes=_lead_minutes(db),
                    now=utcnow(),
                )
            except RosterError as error:
                form.date.errors = [str(error)]
            else:
                record(db, "session.moved", "session", session_id)
                flash("Session moved. Its brief will go out before the new time.", "notice")
                return redirect(url_for("clients.detail", client_id=client.id))
        return _render_detail(db, client, SessionForm(formdata=None), (session_id, form), 400)


@blueprint.post("/clients/<client_id>/sessions/<session_id>/cancel")
def cancel(client_id: str, session_id: str) -> Response:
    with transaction() as db:
        client = open_client(db, client_id, "session.cancel_attempted")
        _session_of(db, client, session_id)
        if console_queries.cancel_one(db, client, session_id):
            record(db, "session.cancelled", "session", session_id)
            flash("Session cancelled; no brief will be sent for it.", "notice")
        else:
            flash("This session's brief has already gone out; it cannot be cancelled.", "notice")
    return redirect(url_for("clients.detail", client_id=client_id))


def _session_of(db: Session, client: Client, session_id: str) -> None:
    if not any(s.id == session_id for s in console_queries.sessions_of(db, client.id)):
        abort(404)
