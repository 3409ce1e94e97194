"""Practice admin: invite clinicians, see the practice's accounts. No client material here."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from services import runtime
from services.console.forms import TIMEZONES, ActionForm, InviteForm
from services.console.invitations import mail_invitation
from shared.db.models import ConsoleUser, utcnow
from shared.roster import accounts
from shared.roster.clients import RosterError
from shared.vault import audit

blueprint = Blueprint("admin", __name__, url_prefix="/admin")


@blueprint.before_request
@login_required
def _admins_only() -> None:
    if not current_user.account.is_admin:
        abort(404)


@blueprint.get("/accounts")
def accounts_list() -> str:
    with runtime.context().db.session() as db:
        rows = [(user, accounts.account_view(user)) for user in accounts.list_accounts(db)]
        return render_template("admin/accounts.html", rows=rows, action_form=ActionForm())


def _issue(db: object, user: ConsoleUser) -> str:
    """A new invitation link for the account (earlier ones stop working); e-mailed, and
    returned to show once."""
    settings = current_app.config["CONSOLE"]
    return accounts.issue_token(
        db,  # type: ignore[arg-type]
        user,
        purpose=accounts.INVITATION,
        lifetime=settings.invitation_lifetime,
    )


def _invited_page(link: str, email: str, name: str, *, again: bool) -> str:
    settings = current_app.config["CONSOLE"]
    hours = int(settings.invitation_lifetime.total_seconds() // 3600)
    mailed = mail_invitation(email, name, link, hours)
    return render_template(
        "admin/invited.html", link=link, email=email, hours=hours, mailed=mailed, again=again
    )


@blueprint.post("/accounts/<user_id>/invitation")
def reissue(user_id: str) -> str:
    """A new invitation for an account that has no password yet (lost, expired)."""
    if not ActionForm().validate_on_submit():
        abort(400)
    with runtime.context().db.session() as db:
        user = db.get(ConsoleUser, user_id)
        if user is None or user.password_hash is not None or user.disabled_at is not None:
            abort(404)
        token = _issue(db, user)
        _audit(db, "account.invitation_reissued", user.id)
        email, name = user.clinician.email, user.clinician.name
    return _invited_page(invitation_link(token), email, name, again=True)


@blueprint.post("/accounts/<user_id>/disable")
def disable(user_id: str) -> Response:
    return _set_disabled(user_id, disabled=True)


@blueprint.post("/accounts/<user_id>/enable")
def enable(user_id: str) -> Response:
    return _set_disabled(user_id, disabled=False)


def _set_disabled(user_id: str, *, disabled: bool) -> Response:
    if not ActionForm().validate_on_submit():
        abort(400)
    if user_id == current_user.account.id:
        abort(400)  # an admin cannot lock themself out from here
    with runtime.context().db.session() as db:
        user = db.get(ConsoleUser, user_id)
        if user is None:
            abort(404)
        if disabled:
            user.disabled_at = utcnow()
            accounts.end_all_sessions(db, user.id)
            accounts.void_tokens(db, user.id, purpose=accounts.INVITATION)
        else:
            user.disabled_at = None
        _audit(db, "account.disabled" if disabled else "account.enabled", user.id)
        name = user.clinician.name
    flash(
        f"{name} can no longer sign in; their invitation links stop working."
        if disabled
        else f"{name} can sign in again."
    )
    return redirect(url_for("admin.accounts_list"))


def _audit(db: object, action: str, user_id: str) -> None:
    audit.record(
        db,  # type: ignore[arg-type]
        actor=f"console:{current_user.account.id}",
        action=action,
        subject_type="console_user",
        subject_id=user_id,
    )


def invitation_link(token: str) -> str:
    return f"{current_app.config['CONSOLE'].base_url}/invitation/{token}"


@blueprint.route("/invite", methods=["GET", "POST"])
def invite() -> Response | str | tuple[str, int]:
    form = InviteForm()
    if not form.is_submitted():
        form.timezone.data = current_user.account.timezone
    if form.validate_on_submit():
        settings = current_app.config["CONSOLE"]
        try:
            with runtime.context().db.session() as db:
                user = accounts.create_clinician_account(
                    db,
                    name=form.name.data,
                    email=form.email.data,
                    is_admin=form.is_admin.data,
                    timezone=form.timezone.data,
                )
                token = accounts.issue_token(
                    db, user, purpose=accounts.INVITATION, lifetime=settings.invitation_lifetime
                )
                audit.record(
                    db,
                    actor=f"console:{current_user.account.id}",
                    action="account.invited",
                    subject_type="console_user",
                    subject_id=user.id,
                    detail="admin" if form.is_admin.data else "clinician",
                )
                invited = user.clinician.email
        except (RosterError, accounts.AccountError) as error:
            form.email.errors.append(str(error))
        else:
            return _invited_page(invitation_link(token), invited, form.name.data, again=False)
    status = 400 if form.errors else 200
    return render_template("admin/invite.html", form=form, timezones=TIMEZONES), status
