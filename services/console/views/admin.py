"""Practice admin: invite clinicians, see the practice's accounts. No client material here."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from services import runtime
from services.console.forms import TIMEZONES, InviteForm
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
        return render_template("admin/accounts.html", rows=rows)


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
            hours = int(settings.invitation_lifetime.total_seconds() // 3600)
            return render_template(
                "admin/invited.html", link=invitation_link(token), email=invited, hours=hours
            )
    status = 400 if form.errors else 200
    return render_template("admin/invite.html", form=form, timezones=TIMEZONES), status
