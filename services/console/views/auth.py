"""Signing in (password, then TOTP), first-time TOTP enrolment, invitations, signing out."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import segno
from flask import (
    Blueprint,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from services import runtime
from services.console import device, throttle
from services.console.extensions import limiter
from services.console.forms import ActionForm, CodeForm, PasswordSetForm, SignInForm
from services.console.signed_in import SignedIn
from shared.db.models import ConsoleUser
from shared.roster import accounts

blueprint = Blueprint("auth", __name__)
blueprint.register_error_handler(throttle.SignInPaused, throttle.paused_page)

# Between the password and the code: long enough to find the phone, no longer.
PENDING_SECONDS = 300
WRONG_SIGN_IN = "The e-mail or the password is not right."
WRONG_CODE = "That code is not right, or it has already been used. Try the next one."


def _failed(response: Response) -> bool:
    """Only refused attempts count towards a lockout."""
    return response.status_code == 401


def _account_key(email: str | None = None) -> str:
    """The password step's key for an account: the same for an e-mail nobody has."""
    typed = request.form.get("email") if email is None else email
    return "account:" + accounts.digest((typed or "").strip().lower())


def _code_key(user: ConsoleUser) -> str:
    return f"user:{user.id}"


def _signed_in(response: Response, email: str) -> Response:
    """A full sign-in: this browser gets (a fresh) device cookie for the account."""
    device.remember(response, _account_key(email))
    return response


def _address_limit() -> str:
    return current_app.config["CONSOLE"].signin_address_limit


def _master_key() -> bytes:
    return runtime.context().settings.master_key


def _pending_user(db: object) -> ConsoleUser | None:
    pending = session.get("pending")
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        return None
    user = db.get(ConsoleUser, pending["user"])  # type: ignore[attr-defined]
    if user is None or user.disabled_at is not None:
        return None
    return user


def _safe_next() -> str:
    target = request.args.get("next", "")
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and not parts.netloc:
        return target
    return url_for("clients.index")


def _finish(db: object, user: ConsoleUser) -> None:
    token = accounts.start_session(db, user)  # type: ignore[arg-type]
    session.clear()
    session.permanent = True
    login_user(SignedIn(accounts.account_view(user), token))


@blueprint.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_address_limit, methods=["POST"], deduct_when=_failed)
def sign_in() -> Response | tuple[str, int] | str:
    if current_user.is_authenticated:
        return redirect(url_for("clients.index"))
    form = SignInForm()
    if form.validate_on_submit():
        account = _account_key()
        # Counted before checking: by this browser's device cookie for the account
        # if it has one, else by address and account-wide.
        attempt = throttle.admit("password", account, device.nonce_for(account))
        with runtime.context().db.session() as db:
            user = accounts.check_password(db, form.email.data, form.password.data)
            if user is not None:
                enrolled = user.totp_confirmed_at is not None
                session.clear()
                session["pending"] = {"user": user.id, "at": time.time()}
        if user is None:
            attempt.failed()
            form.password.errors.append(WRONG_SIGN_IN)
            return render_template("auth/sign_in.html", form=form), 401
        attempt.succeeded()
        step = "auth.code" if enrolled else "auth.enrol"
        return redirect(url_for(step, next=request.args.get("next")))
    return render_template("auth/sign_in.html", form=form)


@blueprint.route("/sign-in/code", methods=["GET", "POST"])
def code() -> Response | tuple[str, int] | str:
    form = CodeForm()
    with runtime.context().db.session() as db:
        user = _pending_user(db)
        if user is None or user.totp_confirmed_at is None:
            return _restart()
        if not form.validate_on_submit():
            return render_template("auth/code.html", form=form)
        # One hard cap per account, counted before checking, device cookie or not:
        # a cookie is no second factor, and only the password's holder gets here.
        attempt = throttle.admit_capped("code", _code_key(user))
        typed = form.code.data.strip()
        if any(ch.isalpha() for ch in typed):
            accepted = accounts.use_recovery_code(db, user, typed)
            left = accounts.remaining_recovery_codes(db, user.id) if accepted else None
        else:
            accepted = accounts.verify_totp(db, _master_key(), user, typed)
            left = None
        email = user.clinician.email
        if accepted:
            _finish(db, user)
    if not accepted:
        attempt.failed()
        form.code.errors.append(WRONG_CODE)
        return render_template("auth/code.html", form=form), 401
    attempt.succeeded()
    if left is not None:
        flash(
            f"Recovery code used; {left} left. Set up your authenticator app again here.",
            "notice",
        )
        return _signed_in(redirect(url_for("recovery.security", _anchor="authenticator")), email)
    return _signed_in(redirect(_safe_next()), email)


@blueprint.route("/sign-in/enrol", methods=["GET", "POST"])
def enrol() -> Response | tuple[str, int] | str:
    form = CodeForm()
    with runtime.context().db.session() as db:
        user = _pending_user(db)
        if user is None or user.totp_confirmed_at is not None:
            return _restart()
        secret = accounts.start_totp_enrolment(db, _master_key(), user)
        email = user.clinician.email
        uri = accounts.provisioning_uri(secret, email)
        codes = None
        if form.validate_on_submit():
            attempt = throttle.admit_capped("enrol", _code_key(user))  # counted before checking
            codes = accounts.confirm_totp(db, _master_key(), user, form.code.data)
            if codes is not None:
                _finish(db, user)
                attempt.succeeded()
            else:
                attempt.failed()
    if codes is not None:
        # Shown once, in this answer only; never stored in clear, never sent again.
        page = make_response(render_template("auth/recovery_codes.html", codes=codes))
        return _signed_in(page, email)
    status = 200
    if form.is_submitted() and not form.code.errors:
        form.code.errors.append(WRONG_CODE)
        status = 401
    qr = segno.make(uri, error="m").svg_data_uri(scale=5, border=2)
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render_template("auth/enrol.html", form=form, qr=qr, secret=grouped, uri=uri), status


def _restart() -> Response:
    session.pop("pending", None)
    flash("Sign in again: that step took too long or was not started.", "notice")
    return redirect(url_for("auth.sign_in"))


@blueprint.get("/session/alive")
@login_required
def alive() -> tuple[str, int]:
    """Typing counts as activity: the page's script calls this (at most once a minute)."""
    return "", 204


@blueprint.post("/sign-out")
@login_required
def sign_out() -> Response:
    ActionForm()  # the CSRF check happens before the view; nothing else to read
    with runtime.context().db.session() as db:
        accounts.end_session(db, current_user.token)
    logout_user()
    session.clear()
    flash("You are signed out.", "notice")
    return redirect(url_for("auth.sign_in"))


@blueprint.post("/sign-out-everywhere")
@login_required
def sign_out_everywhere() -> Response:
    with runtime.context().db.session() as db:
        count = accounts.end_all_sessions(db, current_user.account.id)
    logout_user()
    session.clear()
    flash(f"You are signed out on every device ({count} signed-in).", "notice")
    return redirect(url_for("auth.sign_in"))


@blueprint.route("/invitation/<token>", methods=["GET", "POST"])
@limiter.limit(_address_limit, methods=["POST"], deduct_when=_failed)
def invitation(token: str) -> Response | tuple[str, int] | str:
    form = PasswordSetForm()
    with runtime.context().db.session() as db:
        try:
            user = accounts.token_user(db, token, purpose=accounts.INVITATION)
        except accounts.AccountError as error:
            return render_template("error.html", title="Link not usable", message=str(error)), 410
        email, name = user.clinician.email, user.clinician.name
        if form.validate_on_submit():
            try:
                accounts.redeem_token(
                    db, token, purpose=accounts.INVITATION, password=form.password.data
                )
            except accounts.AccountError as error:
                form.password.errors.append(str(error))
            else:
                flash("Your password is set. Sign in with it to set up two-step sign-in.", "notice")
                return redirect(url_for("auth.sign_in"))
    status = 400 if form.is_submitted() else 200
    return render_template("auth/invitation.html", form=form, email=email, name=name), status
