"""The clinician's clients: the list, enrolment, the practice co-built in session, sessions."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from services import runtime
from services.console import queries as console_queries
from services.console.caseload import SORTS, ago, caseload_of
from services.console.forms import (
    MIN_CUE_SLOTS,
    TIMEZONES,
    ActionForm,
    ClientForm,
    LanguageForm,
    MoveForm,
    PracticeForm,
    SessionForm,
)
from services.console.material import actor, open_client, record, record_read, transaction
from services.console.practice_texts import (
    live_wording,
    prefill_reminders,
    reminder_preview,
    save_reminders,
    welcome_preview,
)
from services.console.standing import latest_welcome, standing_of
from services.console.trends import CASELOAD_WEEKS, client_trends, shown_number
from services.console.views.safety_plan import card as safety_plan_card
from shared.db.models import (
    Client,
    ClientMessaging,
    ClientStatus,
    Clinician,
    TherapySession,
    utcnow,
)
from shared.kernel.timeutil import LocalTimeError, local_to_utc
from shared.language.catalogue import language_name
from shared.language.cues import Cue
from shared.outreach import carried, practice_text, reminder_setup
from shared.outreach.messaging import (
    MessagingError,
    enrol,
    queue_welcome,
)
from shared.roster.clients import PhoneInUse, RosterError, current_practice, set_language
from shared.roster.clients import set_practice as save_practice
from shared.vault.audit import counted
from shared.vault.keys import KeyStore

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
    """The caseload at a glance: the signed-in home page (services/console/caseload.py)."""
    sort = request.args.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    now = utcnow()
    with transaction() as db:
        found = caseload_of(db, _keys(), current_user.account.clinician_id, now, sort)
        record_read(
            db,
            "clients.listed",
            "clinician",
            current_user.account.clinician_id,
            counted(len(found.rows), "client"),
        )
    return render_template(
        "clients/index.html",
        rows=found.rows,
        statuses=STATUS_WORDS,
        sort=sort,
        now=now,
        weeks=CASELOAD_WEEKS,
        ago=ago,
    )


ENROL_REFUSED = (
    "This number cannot be enrolled. Check it with the client; if it is right, "
    "ask your practice's admin."
)


@blueprint.route("/clients/new", methods=["GET", "POST"])
def new() -> Response | str | tuple[str, int]:
    form = ClientForm()
    if not form.is_submitted():
        form.timezone.data = current_user.account.timezone
    if form.validate_on_submit():
        try:
            with transaction() as db:
                clinician = db.get(Clinician, current_user.account.clinician_id)
                # Invited until the client replies YES to the welcome (double opt-in). The
                # welcome states the reminders: it goes from the practice page once they are
                # saved, when the clinician sends it, never here unseen.
                client, _ = enrol(
                    db,
                    _keys(),
                    clinician=clinician,
                    phone=form.phone.data,
                    name=form.name.data,
                    timezone=form.timezone.data,
                    now=utcnow(),
                    actor=actor(),
                    language=form.language.data,
                    welcome=False,
                )
                record(db, "client.consent", "client", client.id, "consent recorded in session")
                client_id = client.id
        except PhoneInUse:
            # Worded the same whoever's client the number is, so the form tells no
            # clinician that a number is another clinician's client; the refusal is audited.
            form.phone.errors.append(ENROL_REFUSED)
            with transaction() as db:
                record(
                    db,
                    "client.enrol_refused",
                    "clinician",
                    current_user.account.clinician_id,
                    "the number is already enrolled",
                )
        except RosterError as error:
            form.phone.errors.append(f"{error}; type it with its area code")
        else:
            flash(
                "Client enrolled. Nothing has gone to their phone yet: co-build the practice, "
                "then read the welcome with them and send it. Nothing else goes to their "
                "phone until they reply YES.",
                "notice",
            )
            return redirect(url_for("clients.practice", client_id=client_id))
    status = 400 if form.errors else 200
    return render_template("clients/new.html", form=form, timezones=TIMEZONES), status


@blueprint.get("/clients/<client_id>")
def detail(client_id: str) -> str:
    with transaction() as db:
        client = open_client(db, client_id, "client.viewed")
        return _render_detail(db, client, SessionForm(formdata=None), None)


@blueprint.post("/clients/<client_id>/language")
def language(client_id: str) -> Response | str:
    """The language the client's texts and calls are in (the client may change it too,
    by texting ESPAÑOL or ENGLISH); audited as the clinician."""
    form = LanguageForm()
    with transaction() as db:
        client = open_client(db, client_id, "client.language_change_attempted")
        if not form.validate():
            return _render_detail(db, client, SessionForm(formdata=None), None, 400, form)
        if set_language(db, client, form.language.data, actor=actor()):
            flash(
                f"From now on Carryback writes to this client in "
                f"{language_name(client.language, in_language='en')}.",
                "notice",
            )
    return redirect(url_for("clients.detail", client_id=client_id))


def _render_detail(
    db: Session,
    client: Client,
    schedule_form: SessionForm,
    move_form: tuple[str, MoveForm] | None,
    status: int = 200,
    language_form: LanguageForm | None = None,
) -> str:
    sessions = console_queries.sessions_of(db, client.id)
    if language_form is None:
        language_form = LanguageForm(formdata=None, language=client.language)
    opened = _keys().open_client(db, client)
    plan = db.get(ClientMessaging, client.id)
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
        landline=plan is not None and plan.landline_at is not None,
        standing=standing_of(db, client, utcnow()),
        language_form=language_form,
        language=language_name(client.language, in_language="en"),
        carried=safety_plan_card(db, client.id),
        trends=client_trends(db, opened, utcnow()),
        median=shown_number,
    )
    return page if status == 200 else (page, status)  # type: ignore[return-value]


@blueprint.post("/clients/<client_id>/welcome")
def welcome(client_id: str) -> Response:
    """Send the welcome (and consent request): first from the practice page once the practice
    and reminders are saved; again at most once a day, never after STOP."""
    if not ActionForm().validate_on_submit():
        abort(400)
    with transaction() as db:
        client = open_client(db, client_id, "client.welcome_attempted")
        first = latest_welcome(db, client.id) is None
        try:
            welcome_id = queue_welcome(db, client, utcnow())
        except MessagingError as error:
            flash(f"The welcome was not sent: {error}.", "notice")
            return redirect(url_for("clients.detail", client_id=client_id))
        record(db, "client.welcome_queued", "client", client.id)
    # After the commit; if Redis is down the summary loop's sweep sends it.
    runtime.context().queues.enqueue_message(welcome_id)
    flash(
        # Queued, not yet sent: the client page says when it went ("Queued ...", "Sent ...").
        "The welcome is on its way to their phone. Nothing else goes to it until they reply YES."
        if first
        else "The welcome is on its way again.",
        "notice",
    )
    return redirect(url_for("clients.detail", client_id=client_id))


# --- the practice ---------------------------------------------------------------


@blueprint.route("/clients/<client_id>/practice", methods=["GET", "POST"])
def practice(client_id: str) -> Response | str | tuple[str, int]:
    form = PracticeForm()
    with transaction() as db:
        if not form.is_submitted():
            client = open_client(db, client_id, "practice.read")
            _prefill(form, current_practice(db, _keys().open_client(db, client)))
            prefill_reminders(form, db.get(ClientMessaging, client.id))
            shown = reminder_preview(db, client, form)
            form.reminders_shown.data = shown.fingerprint if shown else ""
            return _render_practice(db, client, form, shown)
        client = open_client(db, client_id, "practice.edit_attempted")
        cues = _cues_from(form) if form.validate() else None
        problems = _practice_problems(form, cues) if cues is not None else 1
        shown = reminder_preview(db, client, form)
        if problems or shown is None:
            return _render_practice(db, client, form, shown, status=400)
        if shown.lines and form.reminders_shown.data != shown.fingerprint:
            # Changed since it was last shown: show the texts first, save nothing yet.
            form.reminders_shown.data = shown.fingerprint
            return _render_practice(db, client, form, shown, check_first=True)
        saved = save_practice(
            db,
            _keys(),
            client,
            cues=cues or [],
            action=(form.action.data or "").strip() or None,
            carry_back=(form.carry_back.data or "").strip() or None,
            nothing_this_week=form.nothing_this_week.data,
            next_session_at=None,
            lead_minutes=_lead_minutes(db),
            actor=actor(),
        )
        next_words = save_reminders(db, client, form)
        # The new version's one text to a consented client (quiet hours and caps hold it).
        practice_text_id = carried.queue_after_save(db, client, saved.id, utcnow())
        flash(f"Practice saved as version {saved.version}.{next_words}", "notice")
        # Now the welcome can say what Carryback will send: read it together, then send.
        welcome_next = (
            client.status == ClientStatus.INVITED and latest_welcome(db, client.id) is None
        )
    if practice_text_id is not None:
        # After the commit; one due later is found by the summary loop's sweep then.
        runtime.context().queues.enqueue_message(practice_text_id)
    if welcome_next:
        return redirect(url_for("clients.practice", client_id=client_id, _anchor="welcome"))
    return redirect(url_for("clients.detail", client_id=client_id))


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
    db: Session,
    client: Client,
    form: PracticeForm,
    shown: reminder_setup.ReminderPreview | None,
    status: int = 200,
    *,
    check_first: bool = False,
) -> str | tuple[str, int]:
    while len(form.cues.entries) < MIN_CUE_SLOTS:
        form.cues.append_entry()
    cues = [
        Cue(e.form.label.data.strip(), ())
        for e in form.cues.entries
        if (e.form.label.data or "").strip()
    ]
    # What the client will read, in their language; the page around it stays English.
    summary = practice_text.practice_summary(
        cues,
        (form.action.data or "").strip() or None,
        (form.carry_back.data or "").strip() or None,
        bool(form.nothing_this_week.data),
        client.language,
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
        cue_list=practice_text.cue_list(cues, client.language),
        wording=practice_text.wording(client.language),
        reminder_lines=shown.lines if shown else (),
        check_first=check_first,
        welcome=welcome_preview(db, client, saved=current is not None),
        live=live_wording(db, client),
        action_form=ActionForm(),
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
                    tz_name=current_user.account.timezone,
                )
            except RosterError as error:
                form.date.errors = [str(error)]
            else:
                record(db, "session.scheduled", "client", client.id, counted(len(added), "session"))
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


@blueprint.route("/clients/<client_id>/sessions/<session_id>/cancel", methods=["GET", "POST"])
def cancel(client_id: str, session_id: str) -> Response | str:
    """Cancelling is its own page: a second, explicit step, never one click from the list."""
    with transaction() as db:
        if request.method == "GET":
            client = open_client(db, client_id, "session.cancel_viewed")
            booked = _session_of(db, client, session_id)
            return render_template(
                "clients/cancel.html",
                client=client,
                name=_keys().open_client(db, client).name,
                booked=booked,
                action_form=ActionForm(),
                clinician_tz=current_user.account.timezone,
            )
        if not ActionForm().validate_on_submit():
            abort(400)
        client = open_client(db, client_id, "session.cancel_attempted")
        _session_of(db, client, session_id)
        if console_queries.cancel_one(db, client, session_id):
            record(db, "session.cancelled", "session", session_id)
            flash("Session cancelled; no brief will be sent for it.", "notice")
        else:
            flash("This session's brief has already gone out; it cannot be cancelled.", "notice")
    return redirect(url_for("clients.detail", client_id=client_id))


def _session_of(db: Session, client: Client, session_id: str) -> TherapySession:
    found = next(
        (s for s in console_queries.sessions_of(db, client.id) if s.id == session_id), None
    )
    if found is None:
        abort(404)
    return found
