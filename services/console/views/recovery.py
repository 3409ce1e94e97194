"""A way back: set up the authenticator again, new recovery codes, a new password (each after
the password is typed again), and an admin's reset of another clinician's second factor.

Every change is audited with the signed-in account as actor; no client material here.
"""

from __future__ import annotations

import segno
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from services import runtime
from services.console.forms import ChangePasswordForm, CodeForm, PasswordCheckForm
from services.console.material import record, transaction
from shared.db.models import ConsoleUser
from shared.roster import accounts, recovery

blueprint = Blueprint("recovery", __name__, url_prefix="/account")
NOT_RIGHT = "That password is not right."


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _me(db: object) -> ConsoleUser:
    return db.get(ConsoleUser, current_user.account.id)  # type: ignore[attr-defined]


def _security_page(
    status: int = 200,
    *,
    password_form: ChangePasswordForm | None = None,
    renew_form: PasswordCheckForm | None = None,
    codes_form: PasswordCheckForm | None = None,
) -> tuple[str, int]:
    with transaction() as db:
        left = accounts.remaining_recovery_codes(db, current_user.account.id)
    page = render_template(
        "auth/security.html",
        password_form=password_form or ChangePasswordForm(formdata=None),
        renew_form=renew_form or PasswordCheckForm(formdata=None, prefix="renew"),
        codes_form=codes_form or PasswordCheckForm(formdata=None, prefix="codes"),
        left=left,
    )
    return page, status


@blueprint.get("/security")
def security() -> tuple[str, int]:
    return _security_page()


@blueprint.post("/password")
def change_password() -> Response | tuple[str, int]:
    form = ChangePasswordForm()
    if not form.validate():
        return _security_page(400, password_form=form)
    with transaction() as db:
        try:
            recovery.change_password(
                db, _me(db), form.current.data, form.password.data, current_user.token
            )
        except accounts.AccountError as error:
            target = form.current if "current" in str(error) else form.password
            target.errors = [*target.errors, str(error)]
        else:
            record(db, "account.password_changed", "console_user", current_user.account.id)
            flash("Password changed. Other browsers signed in to your account are signed out.")
            return redirect(url_for("recovery.security"))
    return _security_page(400, password_form=form)


@blueprint.post("/recovery-codes")
def recovery_codes() -> Response | str | tuple[str, int]:
    form = PasswordCheckForm(prefix="codes")
    with transaction() as db:
        me = _me(db)
        if form.validate() and recovery.password_is_right(me, form.password.data):
            codes = accounts.new_recovery_codes(db, me)
            record(db, "account.recovery_codes_renewed", "console_user", me.id)
            # Shown once, in this answer only; the earlier codes stop working now.
            return render_template("auth/recovery_codes.html", codes=codes, renewed=True)
    if not form.errors:
        form.password.errors = [NOT_RIGHT]
    return _security_page(400, codes_form=form)


@blueprint.route("/authenticator", methods=["POST"])
def authenticator() -> Response | str | tuple[str, int]:
    """Step 1: the password again, then the new QR code; step 2: a code from the new app."""
    check = PasswordCheckForm(prefix="renew")
    code_form = CodeForm()
    master_key = runtime.context().settings.master_key
    with transaction() as db:
        me = _me(db)
        secret = recovery.pending_totp_secret(master_key, me, current_user.token)
        if code_form.code.data:
            codes = recovery.replace_totp(
                db, master_key, me, current_user.token, code_form.code.data
            )
            if codes is not None:
                record(db, "account.authenticator_renewed", "console_user", me.id)
                return render_template("auth/recovery_codes.html", codes=codes, renewed=True)
            code_form.code.errors = ["That code is not right. Type the one the new entry shows."]
            return _renew_page(me, secret, code_form), 400
        if check.validate() and recovery.password_is_right(me, check.password.data):
            return _renew_page(me, secret, CodeForm(formdata=None)), 200
    # Rendered after the unit of work: the page opens its own (SQLite has one writer).
    if not check.errors:
        check.password.errors = [NOT_RIGHT]
    return _security_page(400, renew_form=check)


def _renew_page(me: ConsoleUser, secret: str, form: CodeForm) -> str:
    uri = accounts.provisioning_uri(secret, me.clinician.email)
    qr = segno.make(uri, error="m").svg_data_uri(scale=5, border=2)
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render_template("auth/renew.html", form=form, qr=qr, secret=grouped)


# --- an admin's reset of another clinician's second factor ----------------------------


@blueprint.post("/<user_id>/reset-second-factor")
def reset_second_factor(user_id: str) -> Response:
    if not current_user.account.is_admin:
        abort(404)
    with transaction() as db:
        user = db.get(ConsoleUser, user_id)
        if user is None:
            abort(404)
        recovery.reset_second_factor(db, user)
        record(db, "account.second_factor_reset", "console_user", user.id, "by an admin")
        name = user.clinician.name
    flash(
        f"Two-step sign-in reset for {name}: they are signed out, and set up a new "
        "authenticator at their next sign-in (with their password)."
    )
    return redirect(url_for("admin.accounts_list"))
