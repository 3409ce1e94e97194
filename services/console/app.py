"""The console's app factory: ``gunicorn 'services.console.app:create_app()'``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Flask, flash, g, redirect, render_template, request, session, url_for
from flask_limiter.errors import RateLimitExceeded
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from services import runtime
from services.console import records as console_records
from services.console.extensions import csrf, limiter, login_manager
from services.console.page_errors import page_errors
from services.console.security import SessionCookies, install_headers, install_origin_check
from services.console.settings import ConsoleSettings, load_console_settings
from services.console.signed_in import SignedIn
from services.edge import EdgeRules, install_edge_guard
from shared.db.models import BriefStatus, ClientStatus
from shared.kernel.timeutil import to_local
from shared.roster import accounts

MAX_UPLOAD_BYTES = 64 * 1024
SIGNED_OUT_REASONS = {
    "idle": "You were signed out after {minutes} without activity. Sign in again to continue.",
    "expired": "Your sign-in has lasted 12 hours, the longest allowed. Sign in again to continue.",
    "revoked": "You were signed out. Sign in again to continue.",
}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    ctx = runtime.context()
    settings = load_console_settings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        CONSOLE=settings,
        SESSION_COOKIE_NAME="carryback_console",
        SESSION_COOKIE_SECURE=settings.https,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=settings.absolute_timeout,
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
        WTF_CSRF_TIME_LIMIT=int(settings.absolute_timeout.total_seconds()),
        # Off: it refuses every https POST without a Referer. The token stays
        # required; install_origin_check refuses what the browser says is
        # another site's (Sec-Fetch-Site, Origin, Referer) without needing a Referer.
        WTF_CSRF_SSL_STRICT=False,
        RATELIMIT_STORAGE_URI=ctx.settings.redis_url,
        RATELIMIT_KEY_PREFIX="carryback-console",
        RATELIMIT_HEADERS_ENABLED=False,
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.config.update(test_config or {})
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )
    app.session_interface = SessionCookies()
    # Hostile input refused before anything reads it; a correction posts one "cue" per box.
    # Fields a form takes as a list (checkboxes): the cue boxes, the reminder days.
    install_edge_guard(app, EdgeRules(lists=frozenset({"cue", "remind_days"})))
    csrf.init_app(app)
    install_origin_check(app, settings.base_url)
    limiter.init_app(app)
    _init_login(app, settings)
    install_headers(app, https=settings.https)
    _register_blueprints(app)
    _register_errors(app)
    _register_template_helpers(app)
    # Migrate the embedded SQLite default before the first request.
    ctx.db  # noqa: B018
    return app


def _init_login(app: Flask, settings: ConsoleSettings) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Sign in to continue."
    limits = accounts.SessionLimits(idle=settings.idle_timeout, absolute=settings.absolute_timeout)

    @login_manager.user_loader
    def _load(token: str) -> SignedIn | None:
        with runtime.context().db.session() as db:
            try:
                user = accounts.resume_session(db, token, limits)
            except accounts.SessionEnded as ended:
                g.session_ended = ended.reason
                return None
            return SignedIn(accounts.account_view(user), token)

    @login_manager.unauthorized_handler
    def _unauthorized() -> Response:
        reason = g.get("session_ended")
        session.clear()
        if reason:
            minutes = max(1, round(settings.idle_timeout.total_seconds() / 60))
            wording = "1 minute" if minutes == 1 else f"{minutes} minutes"
            if settings.idle_timeout.total_seconds() < 60:
                wording = f"{int(settings.idle_timeout.total_seconds())} seconds"
            flash(SIGNED_OUT_REASONS[reason].format(minutes=wording), "notice")
        elif request.endpoint not in (None, "clients.index"):
            flash("Sign in to continue.", "notice")
        return redirect(url_for("auth.sign_in"))


def _register_blueprints(app: Flask) -> None:
    from services.console.views import (
        account,
        admin,
        auth,
        clients,
        health,
        links,
        records,
        recovery,
        safety_plan,
        teaching,
    )

    modules = (
        auth,
        clients,
        records,
        links,
        account,
        admin,
        health,
        recovery,
        safety_plan,
        teaching,
    )
    for module in modules:
        app.register_blueprint(module.blueprint)


def _register_errors(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError) -> tuple[str, int]:
        message = "This form had expired or did not come from this page. Nothing was saved."
        return render_template("error.html", title="Form refused", message=message), 400

    @app.errorhandler(RateLimitExceeded)
    def _limited(_error: RateLimitExceeded) -> tuple[str, int]:
        message = (
            "Too many attempts to sign in. For the account's safety, signing in is paused for "
            "a while (up to 15 minutes). Try again later, or ask your practice admin."
        )
        return render_template("error.html", title="Signing in is paused", message=message), 429

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(_error: RequestEntityTooLarge) -> tuple[str, int]:
        message = f"The file is larger than {MAX_UPLOAD_BYTES // 1024} KB. Nothing was saved."
        return render_template("error.html", title="File too large", message=message), 413

    @app.errorhandler(404)
    def _not_found(_error: HTTPException) -> tuple[str, int]:
        message = "There is nothing here, or it is not yours to see."
        return render_template("error.html", title="Not found", message=message), 404


def _count_open_alerts() -> None:
    """Unacknowledged crisis alerts of the signed-in clinician: the banner on every page."""
    if request.endpoint in (None, "static", "health.healthz") or not current_user.is_authenticated:
        return
    with runtime.context().db.session() as db:
        g.open_alerts = len(console_records.open_alerts(db, current_user.account.clinician_id))


def _register_template_helpers(app: Flask) -> None:
    # Counted before the view opens its own unit of work (SQLite allows one writer).
    app.before_request(_count_open_alerts)

    @app.template_filter("local")
    def _local(moment: datetime | None, tz_name: str, fmt: str = "%a %d %b %Y, %H:%M") -> str:
        if moment is None:
            return ""
        return to_local(moment, tz_name).strftime(fmt)

    app.add_template_global(page_errors, "page_errors")

    @app.context_processor
    def _globals() -> dict[str, Any]:
        settings: ConsoleSettings = app.config["CONSOLE"]
        return {
            "idle_seconds": int(settings.idle_timeout.total_seconds()),
            "BriefStatus": BriefStatus,
            "ClientStatus": ClientStatus,
            "open_alerts": g.get("open_alerts", 0),
        }
