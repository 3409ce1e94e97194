"""Response headers every console page carries, and what a page may load."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, request
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError

# Everything is served by the console itself: no CDN, no inline script or
# style (the QR code is an <img> with a data: URI).
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HSTS = "max-age=31536000; includeSubDomains"
# Same-origin requests carry the Referer and a real Origin; other sites get
# neither, so an invitation link's token (in its path) never leaves the console.
# ("no-referrer" kept it in too, but made browsers send "Origin: null" with
# the console's own forms, so nothing could tell them from another site's.)
REFERRER_POLICY = "same-origin"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Sec-Fetch-Site values of a request the console's own pages made (or a
# person typed): "same-site" is a sibling host, not the console, and is refused.
OWN_FETCH_SITES = frozenset({"same-origin", "none"})


def install_headers(app: Flask, *, https: bool) -> None:
    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = REFERRER_POLICY
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if https or request.is_secure:
            response.headers["Strict-Transport-Security"] = HSTS
        if request.endpoint != "static":
            # Pages may carry client material: never kept by the browser or a proxy.
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response


def install_origin_check(app: Flask, base_url: str) -> None:
    """Refuse a form (or any state change) that the browser says another site sent.

    Flask-WTF's own check for https (WTF_CSRF_SSL_STRICT) wants a Referer
    that matches the host and refuses every POST without one, and browsers,
    privacy settings and proxies drop the Referer. This check asks what the
    browser states instead, and only refuses what it states is foreign:
    ``Sec-Fetch-Site`` (sent by current browsers) must be same-origin,
    ``Origin`` (sent with every POST) must be the console's, and a Referer,
    when one is sent without an Origin, must be the console's. A request that
    states none of them (an old browser, a script) still needs the form's
    CSRF token, which no other site can read, and the session cookie is
    SameSite=Lax, so another site's form posts it nowhere.

    The console's origin is ``CONSOLE_BASE_URL``'s, and the request's own
    (scheme from the trusted proxy's X-Forwarded-Proto, host from Host), so a
    proxy that keeps the Host header needs no more configuration.
    """
    configured = _origin(base_url)

    @app.before_request
    def _same_origin_only() -> None:
        if request.method not in UNSAFE_METHODS:
            return
        ours = {configured, request.host_url.rstrip("/").lower()}
        fetch_site = request.headers.get("Sec-Fetch-Site")
        if fetch_site is not None and fetch_site not in OWN_FETCH_SITES:
            raise CSRFError("The browser says the form came from another site.")
        origin = request.headers.get("Origin")
        # "null" is what a browser sends for an origin it will not name
        # (another site's page, a sandboxed frame): never the console's own.
        if origin is not None and origin.lower() not in ours:
            raise CSRFError("The form's origin is not the console's.")
        referrer = request.referrer
        if origin is None and referrer and _origin(referrer) not in ours:
            raise CSRFError("The form's referrer is not the console's.")


class SessionCookies(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the page is served over https.

    SESSION_COOKIE_SECURE follows CONSOLE_BASE_URL; a console reached over
    https (directly, or through the trusted proxy's X-Forwarded-Proto) while
    that still says http gets a Secure cookie too.
    """

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(super().get_cookie_secure(app) or request.is_secure)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
