"""Every route of the console and the intake under hostile input: never a 5xx.

Hypothesis (seeded and derandomized, so CI sees the same requests every run)
builds requests for every rule in each app's url_map: ids that are real,
random or malformed in the path; queries and forms with NUL, control
characters, bidi overrides, invalid UTF-8, overlong values, huge numbers and
repeated fields. The console is fuzzed signed out and signed in (with a valid
CSRF token, so the views themselves run); the webhooks with and without a
valid Twilio signature. On SQLite and on PostgreSQL, where a NUL in text was
a 500 before the edge guard (services/edge.py).
"""

from __future__ import annotations

import re
from urllib.parse import quote_from_bytes

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services import runtime
from services.console.app import create_app as create_console
from services.intake.app import READ_FIELDS
from services.intake.app import create_app as create_intake
from shared.db.models import ConsoleUser
from shared.roster import accounts
from shared.roster.clients import add_client, clinician_by_email
from tests.support.console import console_env_values, make_person
from tests.support.env import make_env
from tests.support.webhooks import AUTH_TOKEN, PUBLIC_BASE_URL

# Per app and kind of caller, on each database: 2,040 requests with PostgreSQL.
EXAMPLES = 340
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
PARAM = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")

HOSTILE_TEXT = [
    "\x00",
    "a\x00b",
    "\x01\x02",
    "\x1b[31mred",
    "line\x0bbreak",
    "\x7f",
    "\x85",
    "\u202eevil",
    "\u2066isolated\u2069",
    "9" * 40,
    "-" + "9" * 25,
    "99999999999",
    "1e400",
    "NaN",
    "-1",
    "x" * 25_000,
    "é" * 300,
    "\U0001d54f",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    "<script>alert(1)</script>",
    "",
    " ",
]
BAD_BYTES = [b"\xff", b"a\x80b", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf5\x80\x80\x80"]
CONSOLE_FIELDS = [
    "email",
    "password",
    "code",
    "name",
    "phone",
    "timezone",
    "language",
    "cues-0-label",
    "cues-0-phrases",
    "action",
    "carry_back",
    "nothing_this_week",
    "next_session_at",
    "days",
    "time",
    "max_per_week",
    "weeks",
    "when",
    "starts_at",
    "brief_lead_minutes",
    "delivery",
    "alert_phone",
    "cue",
    "confirm",
    "status",
    "next",
    "is_admin",
]


def encoded(value: str | bytes) -> str:
    raw = value.encode("utf-8") if isinstance(value, str) else value
    return quote_from_bytes(raw, safe="")


def values() -> st.SearchStrategy[str | bytes]:
    return st.one_of(
        st.sampled_from(HOSTILE_TEXT),
        st.sampled_from(BAD_BYTES),
        st.text(max_size=40),
        st.integers().map(str),
        st.from_regex(r"[0-9a-f]{32}", fullmatch=True),
    )


@st.composite
def requests(draw, app: Flask, fields: list[str], ids: list[str]) -> dict:
    """One request for one of the app's rules: method, path, query, form body."""
    rules = sorted(
        (r for r in app.url_map.iter_rules() if r.endpoint != "static"), key=lambda r: r.rule
    )
    rule = draw(st.sampled_from(rules))
    method = draw(st.sampled_from(sorted(rule.methods - {"HEAD", "OPTIONS"})))
    path_values = st.one_of(st.sampled_from(ids), values()) if ids else values()

    def fill(match: re.Match[str]) -> str:
        return encoded(draw(path_values))

    path = PARAM.sub(fill, rule.rule)
    query = draw(st.lists(st.tuples(st.sampled_from(fields), values()), max_size=3))
    form = draw(st.lists(st.tuples(st.sampled_from(fields), values()), max_size=6))
    if draw(st.booleans()) and form:
        form.append(form[0])  # the same field twice
    return {"method": method, "path": path, "query": query, "form": form}


def body_of(pairs: list[tuple[str, str | bytes]]) -> bytes:
    return "&".join(f"{encoded(k)}={encoded(v)}" for k, v in pairs).encode("ascii")


def send(client, request: dict, extra: list[tuple[str, str]] = (), headers: dict | None = None):
    url = request["path"]
    if request["query"]:
        url += "?" + body_of(request["query"]).decode("ascii")
    data = body_of(list(extra) + request["form"]) if request["method"] != "GET" else None
    return client.open(
        url,
        method=request["method"],
        data=data,
        content_type="application/x-www-form-urlencoded" if data is not None else None,
        headers=headers or {},
    )


@pytest.fixture
def fuzz_env(monkeypatch, database_url, redis_url, redis):
    make_env(database_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield
    runtime.reset()


@pytest.fixture
def console(fuzz_env) -> Flask:
    runtime.context().db.upgrade()
    return create_console()


def test_no_console_route_gives_a_5xx_to_hostile_input(console) -> None:
    maya = make_person("Dr. Maya Okafor", "maya@clinic.test", admin=True)
    ctx = runtime.context()
    with ctx.db.session() as db:
        owner = clinician_by_email(db, maya.email)
        client_id = add_client(db, ctx.keys, clinician=owner, phone="+13125550101", name="J").id
    ids = [client_id, "0" * 32]
    answers: dict[str, list[int]] = {"signed out": [], "signed in": []}
    raw_csrf = "f" * 40
    with console.test_request_context():
        from flask import session
        from flask_wtf.csrf import generate_csrf

        session["csrf_token"] = raw_csrf
        form_token = generate_csrf()

    signed_out = console.test_client()

    @FUZZ
    @given(requests(console, CONSOLE_FIELDS, ids))
    def anonymous(request: dict) -> None:
        status = send(signed_out, request).status_code
        answers["signed out"].append(status)
        assert status < 500, request

    signed_in = console.test_client()
    state = {"token": None}

    @FUZZ
    @given(requests(console, CONSOLE_FIELDS, ids))
    def clinician(request: dict) -> None:
        if state["token"] is None:
            # Signed in afresh after a fuzzed sign-out (or at the start).
            with ctx.db.session() as db:
                state["token"] = accounts.start_session(db, db.get(ConsoleUser, maya.user_id))
        with signed_in.session_transaction() as browser:
            browser["_user_id"] = state["token"]
            browser["_fresh"] = True
            browser["csrf_token"] = raw_csrf
        status = send(signed_in, request, extra=[("csrf_token", form_token)]).status_code
        answers["signed in"].append(status)
        if request["path"].startswith("/sign-out"):
            state["token"] = None
        assert status < 500, request

    anonymous()
    clinician()
    for who, statuses in answers.items():
        assert len(statuses) >= EXAMPLES, who
        assert 400 in statuses, who  # the guard refused some: the input was hostile
    # Signed in, the views themselves ran for some requests (not only refusals).
    assert {200, 302} & set(answers["signed in"])


def test_no_webhook_gives_a_5xx_to_hostile_input(fuzz_env) -> None:
    from twilio.request_validator import RequestValidator

    ctx = runtime.context()
    ctx.db.upgrade()
    intake = create_intake(ctx)
    http = intake.test_client()
    signer = RequestValidator(AUTH_TOKEN)
    fields = sorted(READ_FIELDS | {"Body", "FromCity", "CallerName"})
    statuses: list[int] = []

    @FUZZ
    @given(requests(intake, fields, []), st.booleans())
    def webhook(request: dict, sign: bool) -> None:
        headers = {}
        pairs = request["form"]
        plain = all(isinstance(v, str) for _, v in pairs) and len({k for k, _ in pairs}) == len(
            pairs
        )
        if sign and plain and request["method"] == "POST" and not request["query"]:
            url = PUBLIC_BASE_URL + request["path"]
            headers["X-Twilio-Signature"] = signer.compute_signature(url, dict(pairs))
        status = send(http, request, headers=headers).status_code
        statuses.append(status)
        assert status < 500, request

    webhook()
    assert len(statuses) >= EXAMPLES
    assert 400 in statuses


def test_a_malformed_id_or_a_nul_is_refused_with_400_naming_the_problem(console) -> None:
    browser = console.test_client()
    for path in ("/clients/a%00b", "/clients/abc", "/l/x", "/clients/%FF"):
        answer = browser.get(path)
        assert answer.status_code == 400, path
        assert "Nothing was saved" in answer.get_data(as_text=True)
    answer = browser.post(
        "/sign-in",
        data=b"email=a%00b%40clinic.test&password=x",
        content_type="application/x-www-form-urlencoded",
    )
    assert answer.status_code == 400
    assert "control or direction-override character" in answer.get_data(as_text=True)
