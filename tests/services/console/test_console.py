"""The clinician console through Flask's test client: every route, role and refusal."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pyotp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import select, update

from services import runtime
from services.console.app import create_app
from shared.db.models import (
    AuditEvent,
    BriefStatus,
    Client,
    ClientMessaging,
    ConsoleSession,
    OutboundMessage,
    Practice,
    TherapySession,
    utcnow,
)
from shared.infra.smime import generate_self_signed
from shared.roster import accounts
from shared.roster.clients import add_client, clinician_by_email, current_practice
from tests.support.console import (
    PASSWORD,
    console_env_values,
    csrf_of,
    make_invited,
    post_form,
    sign_in,
    user_row,
)
from tests.support.env import make_env

CHICAGO = ZoneInfo("America/Chicago")
PAGES = [
    "/",
    "/clients/new",
    "/clients/" + "ab" * 16,  # a well-formed id (a malformed one is a 400 at the edge)
    "/clients/" + "ab" * 16 + "/practice",
    "/settings",
    "/admin/accounts",
    "/admin/invite",
]


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


def enrol_client(person, phone="+13125550101", name="Jordan Reyes") -> str:
    ctx = runtime.context()
    with ctx.db.session() as db:
        owner = clinician_by_email(db, person.email)
        return add_client(
            db, ctx.keys, clinician=owner, phone=phone, name=name, timezone="America/Chicago"
        ).id


def audit_rows(action: str) -> list[AuditEvent]:
    with runtime.context().db.session() as db:
        return list(db.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def local_date_time(moment: datetime) -> dict[str, str]:
    local = moment.astimezone(CHICAGO)
    return {"date": f"{local:%Y-%m-%d}", "time": f"{local:%H:%M}"}


# --- refusals before sign-in ----------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_every_page_but_sign_in_redirects_to_sign_in(app, path):
    answer = app.test_client().get(path)
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith("/sign-in")


def test_a_post_without_csrf_token_is_refused(app, maya):
    answer = app.test_client().post("/sign-in", data={"email": maya.email, "password": PASSWORD})
    assert answer.status_code == 400
    assert "Nothing was saved" in answer.get_data(as_text=True)


def test_a_signed_in_post_without_csrf_token_saves_nothing(signed_in):
    answer = signed_in.post(
        "/clients/new",
        data={"name": "X", "phone": "+13125550199", "timezone": "UTC", "consent": "y"},
    )
    assert answer.status_code == 400
    with runtime.context().db.session() as db:
        assert db.execute(select(Client)).first() is None


def test_healthz_needs_no_sign_in(app):
    assert app.test_client().get("/healthz").status_code == 200


# --- headers --------------------------------------------------------------------------


def test_client_pages_are_not_cached_and_have_a_strict_csp(signed_in, maya):
    client_id = enrol_client(maya)
    answer = signed_in.get(f"/clients/{client_id}")
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "no-store"
    csp = answer.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in answer.headers  # served over http here


def test_hsts_when_served_over_https(app):
    answer = app.test_client().get("/sign-in", base_url="https://console.test")
    assert answer.headers["Strict-Transport-Security"].startswith("max-age=")


def test_session_cookie_is_httponly_and_samesite(app, maya):
    client = app.test_client()
    sign_in(client, maya)
    cookie = client.get_cookie("carryback_console")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"


# --- sign-in --------------------------------------------------------------------------


def _try_password(client, email: str, password: str):
    page = client.get("/sign-in").get_data(as_text=True)
    return client.post(
        "/sign-in", data={"email": email, "password": password, "csrf_token": csrf_of(page)}
    )


def test_wrong_password_and_unknown_email_get_the_same_answer(app, maya):
    client = app.test_client()
    wrong = _try_password(client, maya.email, "not the password at all")
    unknown = _try_password(client, "nobody@clinic.test", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert "The e-mail or the password is not right." in wrong.get_data(as_text=True)
    assert "The e-mail or the password is not right." in unknown.get_data(as_text=True)


def test_ten_wrong_passwords_lock_the_account_even_for_the_right_one(app, maya):
    client = app.test_client()
    for _ in range(10):
        assert _try_password(client, maya.email, "wrong password here").status_code == 401
    locked = _try_password(client, maya.email, PASSWORD)
    assert locked.status_code == 429
    assert "signing in is paused" in locked.get_data(as_text=True)


def test_an_unknown_email_locks_the_same_way(app):
    client = app.test_client()
    for _ in range(10):
        _try_password(client, "nobody@clinic.test", "wrong password here")
    assert _try_password(client, "nobody@clinic.test", "x").status_code == 429


def test_a_right_password_alone_does_not_sign_in(app, maya):
    client = app.test_client()
    assert (
        _try_password(client, maya.email, PASSWORD).headers["Location"].startswith("/sign-in/code")
    )
    assert client.get("/").status_code == 302


def test_a_used_code_is_refused_within_its_window(app, maya):
    first = app.test_client()
    sign_in(first, maya)
    code = pyotp.TOTP(maya.secret).generate_otp(max(maya.used_steps))
    second = app.test_client()
    _try_password(second, maya.email, PASSWORD)
    page = second.get("/sign-in/code").get_data(as_text=True)
    replay = second.post("/sign-in/code", data={"code": code, "csrf_token": csrf_of(page)})
    assert replay.status_code == 401
    assert "already been used" in replay.get_data(as_text=True)


def test_a_recovery_code_signs_in_once(app):
    client = app.test_client()
    user_id, token = make_invited("Ana Ruiz", "ana@clinic.test")
    post_form(
        client,
        f"/invitation/{token}",
        f"/invitation/{token}",
        {"password": PASSWORD, "confirm": PASSWORD},
    )
    _try_password(client, "ana@clinic.test", PASSWORD)
    enrol_page = client.get("/sign-in/enrol").get_data(as_text=True)
    assert 'src="data:image/svg+xml' in enrol_page
    secret = accounts.totp_secret(runtime.context().settings.master_key, user_row(user_id))
    shown = client.post(
        "/sign-in/enrol",
        data={"code": pyotp.TOTP(secret).now(), "csrf_token": csrf_of(enrol_page)},
    )
    assert shown.status_code == 200
    text = shown.get_data(as_text=True)
    codes = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", text)
    assert len(codes) == 10
    assert client.get("/").status_code == 200  # signed in after enrolment
    client.post("/sign-out", data={"csrf_token": csrf_of(client.get("/").get_data(as_text=True))})

    for expected in (302, 401):
        other = app.test_client()
        _try_password(other, "ana@clinic.test", PASSWORD)
        page = other.get("/sign-in/code").get_data(as_text=True)
        answer = other.post("/sign-in/code", data={"code": codes[0], "csrf_token": csrf_of(page)})
        assert answer.status_code == expected


# --- invitations ----------------------------------------------------------------------


def test_an_invitation_sets_a_password_once(app):
    client = app.test_client()
    _user_id, token = make_invited("Ana Ruiz", "ana@clinic.test")
    short = post_form(
        client,
        f"/invitation/{token}",
        f"/invitation/{token}",
        {"password": "short", "confirm": "short"},
    )
    assert short.status_code == 400
    assert "at least 12 characters" in short.get_data(as_text=True)
    done = post_form(
        client,
        f"/invitation/{token}",
        f"/invitation/{token}",
        {"password": PASSWORD, "confirm": PASSWORD},
    )
    assert done.status_code == 302
    again = client.get(f"/invitation/{token}")
    assert again.status_code == 410
    assert "already been used" in again.get_data(as_text=True)


def test_an_expired_invitation_says_so(app):
    _user_id, token = make_invited("Ana Ruiz", "ana@clinic.test")
    from shared.db.models import ConsoleToken

    with runtime.context().db.session() as db:
        db.execute(update(ConsoleToken).values(expires_at=utcnow() - timedelta(minutes=1)))
    answer = app.test_client().get(f"/invitation/{token}")
    assert answer.status_code == 410
    assert "expired" in answer.get_data(as_text=True)


# --- session lifetime -----------------------------------------------------------------


def test_an_idle_session_is_signed_out_with_a_reason(signed_in):
    with runtime.context().db.session() as db:
        db.execute(update(ConsoleSession).values(last_seen_at=utcnow() - timedelta(minutes=16)))
    answer = signed_in.get("/")
    assert answer.status_code == 302
    page = signed_in.get("/sign-in").get_data(as_text=True)
    assert "signed out after 15 minutes without activity" in page


def test_a_session_ends_after_twelve_hours_even_when_active(signed_in):
    with runtime.context().db.session() as db:
        db.execute(
            update(ConsoleSession).values(created_at=utcnow() - timedelta(hours=12, minutes=1))
        )
    assert signed_in.get("/").status_code == 302


def test_sign_out_everywhere_ends_other_browsers(app, maya):
    tablet, laptop = app.test_client(), app.test_client()
    sign_in(tablet, maya)
    sign_in(laptop, maya)
    answer = post_form(laptop, "/settings", "/sign-out-everywhere", {})
    assert answer.status_code == 302
    assert tablet.get("/").status_code == 302
    assert laptop.get("/").status_code == 302


def test_sign_out_ends_the_session(signed_in):
    post_form(signed_in, "/", "/sign-out", {})
    assert signed_in.get("/").status_code == 302


# --- clients --------------------------------------------------------------------------


def _enrol_form(**overrides: str) -> dict[str, str]:
    data = {
        "name": "Jordan Reyes",
        "phone": "(312) 555-0101",
        "timezone": "America/Chicago",
        "consent": "y",
    }
    data.update(overrides)
    return data


def test_enrolling_a_client_lists_them_without_scores(signed_in):
    answer = post_form(signed_in, "/clients/new", "/clients/new", _enrol_form())
    assert answer.status_code == 302
    listing = signed_in.get("/").get_data(as_text=True)
    assert "Jordan Reyes" in listing and "invited" in listing
    assert "%" not in listing and "missed" not in listing.lower()
    assert audit_rows("client.enrolled")[0].actor.startswith("console:")


def test_console_enrolment_sends_nothing_until_the_welcome_is_read_and_sent(signed_in, redis):
    answer = post_form(signed_in, "/clients/new", "/clients/new", _enrol_form())
    assert answer.status_code == 302
    practice_page = signed_in.get(answer.headers["Location"]).get_data(as_text=True)
    assert "nothing has gone to their phone yet" in practice_page.lower()
    with runtime.context().db.session() as db:
        [client] = db.execute(select(Client)).scalars()
        assert client.status == "invited"
        assert list(db.execute(select(OutboundMessage)).scalars()) == []
    # The practice and reminders first: then the welcome tells the client what is coming.
    path = f"/clients/{client.id}/practice"
    typed = _practice_form(remind="Tue,Thu 08:15", max_per_week="2")
    shown = _reminders_shown(post_form(signed_in, path, path, typed).get_data(as_text=True))
    saved = post_form(signed_in, path, path, {**typed, "reminders_shown": shown})
    assert saved.headers["Location"].endswith(f"{path}#welcome")
    page = signed_in.get(path).get_data(as_text=True)
    assert "Tue,Thu 08:15" in page and "Send the welcome now" in page
    assert "We text only to answer you" not in page
    sent = post_form(signed_in, path, f"/clients/{client.id}/welcome", {}, follow_redirects=True)
    assert "The welcome is on its way to their phone." in sent.get_data(as_text=True)
    with runtime.context().db.session() as db:
        rows = list(db.execute(select(OutboundMessage)).scalars())
    assert [(row.kind, row.status) for row in rows] == [("welcome", "pending")]
    assert f"message-{rows[0].id}".encode() in redis.lrange("rq:queue:carryback", 0, -1)


def test_the_client_page_says_queued_until_the_welcome_went_to_the_phone(signed_in):
    post_form(signed_in, "/clients/new", "/clients/new", _enrol_form())
    with runtime.context().db.session() as db:
        client_id = db.execute(select(Client.id)).scalar_one()
    path = f"/clients/{client_id}"
    post_form(signed_in, path, f"{path}/welcome", {}, follow_redirects=True)
    waiting = signed_in.get(path).get_data(as_text=True)
    assert re.search(r"Queued [^<]*: waiting to be sent\.", waiting)
    assert "Sent" not in _welcome_line(waiting)
    with runtime.context().db.session() as db:
        db.execute(update(OutboundMessage).values(status="delivered"))
    delivered = _welcome_line(signed_in.get(path).get_data(as_text=True))
    assert re.search(r"Sent [^<]*: delivered to the client", delivered)
    with runtime.context().db.session() as db:
        db.execute(update(OutboundMessage).values(status="failed"))
    refused = _welcome_line(signed_in.get(path).get_data(as_text=True))
    assert re.search(r"Queued [^<]*: not sent \(Twilio refused it\)", refused)


def _welcome_line(page: str) -> str:
    return page.split('id="client-welcome">', 1)[1].split("</dd>", 1)[0]


def test_the_welcome_can_be_sent_again_at_most_once_a_day(signed_in):
    post_form(signed_in, "/clients/new", "/clients/new", _enrol_form())
    with runtime.context().db.session() as db:
        client_id = db.execute(select(Client.id)).scalar_one()
    path = f"/clients/{client_id}"
    assert "Send the welcome again" not in signed_in.get(path).get_data(as_text=True)
    first = post_form(signed_in, path, f"{path}/welcome", {}, follow_redirects=True)
    assert "The welcome is on its way to their phone." in first.get_data(as_text=True)
    assert "Send the welcome again" in signed_in.get(path).get_data(as_text=True)
    too_soon = post_form(signed_in, path, f"{path}/welcome", {}, follow_redirects=True)
    assert "sent less than a day ago" in too_soon.get_data(as_text=True)
    with runtime.context().db.session() as db:
        db.execute(update(OutboundMessage).values(created_at=utcnow() - timedelta(days=2)))
    again = post_form(signed_in, path, f"{path}/welcome", {}, follow_redirects=True)
    assert "The welcome is on its way again." in again.get_data(as_text=True)
    with runtime.context().db.session() as db:
        kinds = db.execute(select(OutboundMessage.kind)).scalars().all()
        db.execute(update(Client).values(status="opted_out"))
    assert kinds == ["welcome", "welcome"]
    stopped = post_form(signed_in, path, f"{path}/welcome", {}, follow_redirects=True)
    assert "has opted out (STOP)" in stopped.get_data(as_text=True)


def test_a_bad_number_is_shown_beside_the_field_and_keeps_what_was_typed(signed_in):
    answer = post_form(signed_in, "/clients/new", "/clients/new", _enrol_form(phone="12"))
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert "not a possible phone number" in page or "not a phone number" in page
    assert 'value="Jordan Reyes"' in page


def test_a_duplicate_number_is_refused_and_nothing_is_saved(signed_in, maya, sam):
    enrol_client(maya, phone="+13125550101")
    enrol_client(sam, phone="+13125550102")
    pages = []
    for phone in ("+13125550101", "+13125550102"):  # Maya's own client, then Sam's
        form = _enrol_form(name="Someone Else", phone=phone)
        answer = post_form(signed_in, "/clients/new", "/clients/new", form)
        assert answer.status_code == 400
        pages.append(answer.get_data(as_text=True))
    # The same words either way: the form never says whose client a number is.
    assert all("This number cannot be enrolled" in page for page in pages)
    assert not any("already exists" in page for page in pages)
    with runtime.context().db.session() as db:
        assert len(db.execute(select(Client)).all()) == 2
        refusals = db.execute(
            select(AuditEvent).where(AuditEvent.action == "client.enrol_refused")
        ).all()
    assert len(refusals) == 2


def test_enrolment_needs_the_clients_agreement(signed_in):
    data = _enrol_form()
    del data["consent"]
    answer = post_form(signed_in, "/clients/new", "/clients/new", data)
    assert answer.status_code == 400
    assert "agreement is needed" in answer.get_data(as_text=True)


def test_the_time_zone_defaults_to_the_clinicians(signed_in):
    assert 'value="America/Chicago"' in signed_in.get("/clients/new").get_data(as_text=True)


def test_another_clinicians_client_is_not_found_and_the_attempt_audited(app, maya, sam):
    client_id = enrol_client(maya)
    client = app.test_client()
    sign_in(client, sam)
    for path in (f"/clients/{client_id}", f"/clients/{client_id}/practice"):
        assert client.get(path).status_code == 404
    refused = audit_rows("client.access_refused")
    assert len(refused) == 2
    assert {row.actor for row in refused} == {f"console:{sam.user_id}"}
    assert "Jordan" not in client.get("/").get_data(as_text=True)


def test_reading_a_client_is_audited_with_the_signed_in_user(signed_in, maya):
    client_id = enrol_client(maya)
    assert "+13125550101" in signed_in.get(f"/clients/{client_id}").get_data(as_text=True)
    viewed = audit_rows("client.viewed")
    assert [(row.actor, row.subject_id) for row in viewed] == [
        (f"console:{maya.user_id}", client_id)
    ]


# --- the practice ---------------------------------------------------------------------


def _practice_form(**overrides: str) -> dict[str, str]:
    data = {
        "cues-0-label": "tight chest before the meeting",
        "cues-0-phrases": "standup\nchest",
        "cues-1-label": "the foreman is online",
        "cues-1-phrases": "foreman",
        "cues-2-label": "",
        "cues-2-phrases": "",
        "action": "three slow breaths",
        "carry_back": "one moment the breathing helped",
    }
    data.update(overrides)
    return data


def test_co_building_a_practice_saves_a_version_with_two_cues(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    answer = post_form(signed_in, path, path, _practice_form())
    assert answer.status_code == 302
    ctx = runtime.context()
    with ctx.db.session() as db:
        practice = current_practice(db, ctx.keys.open_client(db, db.get(Client, client_id)))
    assert practice.version == 1
    assert [c.label for c in practice.cues] == [
        "tight chest before the meeting",
        "the foreman is online",
    ]
    assert practice.cues[0].phrases == ("standup", "chest")
    page = signed_in.get(path).get_data(as_text=True)
    assert "1. tight chest before the meeting" in page  # the CUES preview
    assert "Try: three slow breaths" in page  # the practice summary preview
    assert "Saving makes version 2" in page


def test_nothing_this_week_is_a_valid_plan(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    empty = {f"cues-{i}-{part}": "" for i in range(3) for part in ("label", "phrases")}
    answer = post_form(
        signed_in, path, path, {**empty, "action": "", "carry_back": "", "nothing_this_week": "y"}
    )
    assert answer.status_code == 302
    assert "nothing this week" in signed_in.get(f"/clients/{client_id}").get_data(as_text=True)


def test_a_practice_without_an_action_keeps_what_was_typed_and_saves_nothing(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    answer = post_form(signed_in, path, path, _practice_form(action=""))
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert "write one small action" in page
    assert 'value="the foreman is online"' in page
    with runtime.context().db.session() as db:
        assert db.execute(select(Practice)).first() is None


def test_nothing_this_week_with_cues_is_refused(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    answer = post_form(signed_in, path, path, _practice_form(nothing_this_week="y"))
    assert answer.status_code == 400
    assert "clear them, or untick this" in answer.get_data(as_text=True)


def _reminders_shown(page: str) -> str:
    found = re.search(r'name="reminders_shown" type="hidden" value="([0-9a-f]*)"', page)
    assert found, "no reminder fingerprint on the page"
    return found.group(1)


def _plan(client_id: str) -> ClientMessaging | None:
    with runtime.context().db.session() as db:
        return db.get(ClientMessaging, client_id)


def test_reminders_are_shown_with_the_exact_text_before_they_are_saved(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    typed = _practice_form(remind="Mon,Wed,Fri 08:30", nudge="18:00")
    first = post_form(signed_in, path, path, typed)
    page = first.get_data(as_text=True)
    assert first.status_code == 200  # shown, not saved
    assert "Read these texts with Jordan Reyes, then save again" in page
    assert "Reminders on Monday, Wednesday and Friday at 08:30:" in page
    assert "tight chest before the meeting \u2192 three slow breaths. Text what you notice." in page
    assert "The day before each session, at 18:00" in page
    assert _plan(client_id) is None
    with runtime.context().db.session() as db:
        assert db.execute(select(Practice)).first() is None
    saved = post_form(signed_in, path, path, {**typed, "reminders_shown": _reminders_shown(page)})
    assert saved.status_code == 302
    plan = _plan(client_id)
    local = plan.next_due_at.astimezone(CHICAGO)
    assert (local.weekday() < 5, local.hour, local.minute) == (True, 8, 30)
    assert plan.nudge_minute == 18 * 60
    flashed = signed_in.get(saved.headers["Location"]).get_data(as_text=True)
    # The client's weekday and zone as they are written: "Tue ... CST", not "tue ... cst".
    assert f"Next reminder {local:%a %Y-%m-%d %H:%M %Z} (client" in flashed
    again = signed_in.get(path).get_data(as_text=True)
    ticked = re.findall(
        r'<input checked id="remind_days-\d" name="remind_days" [^>]*value="(\w+)"', again
    )
    assert ticked == ["Mon", "Wed", "Fri"]
    assert 'value="08:30"' in again and 'value="18:00"' in again
    assert [row.detail for row in audit_rows("reminders.set")] == ["Mon,Wed,Fri 08:30"]


def test_a_changed_cue_after_the_preview_is_shown_again_before_saving(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    typed = _practice_form(remind="Mon,Wed,Fri 09:00")
    shown = _reminders_shown(post_form(signed_in, path, path, typed).get_data(as_text=True))
    changed = {**typed, "action": "drop the shoulders", "reminders_shown": shown}
    answer = post_form(signed_in, path, path, changed)
    assert answer.status_code == 200
    assert "tight chest before the meeting \u2192 drop the shoulders." in answer.get_data(
        as_text=True
    )
    assert _plan(client_id) is None


def test_the_nudge_preview_names_the_next_sessions_day(signed_in, maya):
    client_id = enrol_client(maya)
    start = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    detail = f"/clients/{client_id}"
    post_form(signed_in, detail, f"{detail}/sessions", {**local_date_time(start), "weeks": "1"})
    path = f"{detail}/practice"
    page = post_form(signed_in, path, path, _practice_form(nudge="17:30")).get_data(as_text=True)
    weekday = start.astimezone(CHICAGO).strftime("%A")
    assert (
        f"Anything to carry back to {weekday}&#39;s session? A text or a call is enough. "
        "Nothing is fine too." in page
    )


@pytest.mark.parametrize(
    ("fields", "field_id", "message"),
    [
        ({"remind": "Mon-Fri 21:30"}, "remind_days", "21:30 is inside quiet hours (21:00-08:00)"),
        ({"remind": "Funday 09:00"}, "remind_days", "&#39;funday&#39; is not a day"),
        ({"remind": "Mon-Fri 9"}, "remind_days", "&#39;9&#39; is not a time like 08:30"),
        (
            {"remind": "daily 09:00", "quiet_hours": "22:00-07:00"},
            "quiet_hours",
            "they can only be wider than the default",
        ),
        ({"nudge": "07:15"}, "nudge", "07:15 is inside quiet hours (21:00-08:00)"),
        ({"remind": "daily 09:00", "max_per_week": "5"}, "max_per_week", "reminders a week"),
        (
            {"remind_days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "remind_time": "08:30"},
            "remind_days",
            "5 days ticked, but at most 3 a week: tick 3 or fewer",
        ),
        ({"remind_days": ["Tue"], "remind_time": "21:30"}, "remind_time", "inside quiet hours"),
        ({"remind_time": "09:00"}, "remind_days", "tick the days"),
        ({"remind_days": ["Tue"]}, "remind_time", "choose the time of day"),
    ],
)
def test_a_bad_reminder_is_refused_beside_its_field(signed_in, maya, fields, field_id, message):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    answer = post_form(signed_in, path, path, _practice_form(**fields))
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    error = re.search(rf'<p class="error" id="{field_id}-error">([^<]*)</p>', page)
    assert error and message in error.group(1)
    assert 'value="three slow breaths"' in page or "three slow breaths</textarea>" in page
    assert _plan(client_id) is None


def test_clearing_the_reminders_saves_without_a_second_look(signed_in, maya):
    client_id = enrol_client(maya)
    path = f"/clients/{client_id}/practice"
    typed = _practice_form(remind="Mon,Wed,Fri 09:00")
    shown = _reminders_shown(post_form(signed_in, path, path, typed).get_data(as_text=True))
    post_form(signed_in, path, path, {**typed, "reminders_shown": shown})
    assert _plan(client_id).next_due_at is not None
    answer = post_form(signed_in, path, path, _practice_form(remind=""))
    assert answer.status_code == 302
    assert _plan(client_id).next_due_at is None


# --- sessions -------------------------------------------------------------------------


def _sessions(client_id: str) -> list[TherapySession]:
    with runtime.context().db.session() as db:
        return list(
            db.execute(
                select(TherapySession)
                .where(TherapySession.client_id == client_id)
                .order_by(TherapySession.starts_at)
            ).scalars()
        )


def _noon_in_chicago(days_ahead: int) -> datetime:
    """Noon (Chicago) ``days_ahead`` days from today, in UTC.

    Noon is never skipped nor repeated by a clock change, so the time typed into the form
    names one instant at any hour the test runs.
    """
    day = datetime.now(CHICAGO).date() + timedelta(days=days_ahead)
    return datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO).astimezone(UTC)


def test_scheduling_a_weekly_repeat_books_each_week(signed_in, maya):
    client_id = enrol_client(maya)
    first = _noon_in_chicago(2)
    path = f"/clients/{client_id}"
    answer = post_form(
        signed_in, path, f"{path}/sessions", {**local_date_time(first), "weeks": "3"}
    )
    assert answer.status_code == 302
    booked = _sessions(client_id)
    assert [s.starts_at for s in booked] == [first + timedelta(weeks=n) for n in range(3)]
    assert all(s.brief_due_at == s.starts_at - timedelta(minutes=120) for s in booked)


def _book_typed(signed_in, client_id: str, day: str, time: str, *, weeks: int):
    """The session form sent with a date and time as the clinician types them (Chicago)."""
    path = f"/clients/{client_id}"
    form = {"date": day, "time": time, "weeks": str(weeks)}
    return post_form(signed_in, path, f"{path}/sessions", form)


def test_a_weekly_repeat_keeps_its_hour_across_a_daylight_saving_change(signed_in, maya):
    client_id = enrol_client(maya)
    # Four Mondays from the first of next March: Chicago's clocks go forward in between.
    year = datetime.now(UTC).year + 1
    first = next(datetime(year, 3, d) for d in range(1, 8) if datetime(year, 3, d).weekday() == 0)
    answer = _book_typed(signed_in, client_id, f"{first:%Y-%m-%d}", "12:00", weeks=4)
    assert answer.status_code == 302
    booked = [s.starts_at.astimezone(CHICAGO) for s in _sessions(client_id)]
    assert [(at.date(), at.hour, at.minute) for at in booked] == [
        ((first + timedelta(weeks=n)).date(), 12, 0) for n in range(4)
    ]
    assert {at.utcoffset() for at in booked} == {timedelta(hours=-6), timedelta(hours=-5)}


def test_a_session_in_the_past_is_refused(signed_in, maya):
    client_id = enrol_client(maya)
    past = datetime.now(UTC) - timedelta(days=1)
    path = f"/clients/{client_id}"
    answer = post_form(signed_in, path, f"{path}/sessions", {**local_date_time(past), "weeks": "1"})
    assert answer.status_code == 400
    assert "already passed" in answer.get_data(as_text=True)
    assert _sessions(client_id) == []


def test_a_time_skipped_by_daylight_saving_is_refused(signed_in, maya):
    client_id = enrol_client(maya)
    year = datetime.now(UTC).year + 1
    # The second Sunday of March, 02:30, does not exist in Chicago.
    march = next(datetime(year, 3, d) for d in range(8, 15) if datetime(year, 3, d).weekday() == 6)
    answer = _book_typed(signed_in, client_id, f"{march:%Y-%m-%d}", "02:30", weeks=1)
    assert answer.status_code == 400
    assert "daylight saving" in answer.get_data(as_text=True)


def test_moving_a_session_cancels_its_queued_brief(signed_in, maya):
    client_id = enrol_client(maya)
    first = _noon_in_chicago(2)
    path = f"/clients/{client_id}"
    post_form(signed_in, path, f"{path}/sessions", {**local_date_time(first), "weeks": "1"})
    old = _sessions(client_id)[0]
    with runtime.context().db.session() as db:
        db.execute(
            update(TherapySession)
            .where(TherapySession.id == old.id)
            .values(brief_status=BriefStatus.QUEUED)
        )
    later = _noon_in_chicago(3)
    answer = post_form(signed_in, path, f"{path}/sessions/{old.id}/move", local_date_time(later))
    assert answer.status_code == 302
    by_id = {s.id: s for s in _sessions(client_id)}
    assert by_id[old.id].brief_status == BriefStatus.CANCELLED
    moved = [s for s in by_id.values() if s.id != old.id]
    assert [(s.starts_at, s.brief_status) for s in moved] == [(later, BriefStatus.SCHEDULED)]


def test_cancelling_a_session(signed_in, maya):
    client_id = enrol_client(maya)
    first = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    path = f"/clients/{client_id}"
    post_form(signed_in, path, f"{path}/sessions", {**local_date_time(first), "weeks": "1"})
    session_id = _sessions(client_id)[0].id
    assert post_form(signed_in, path, f"{path}/sessions/{session_id}/cancel", {}).status_code == 302
    assert _sessions(client_id)[0].brief_status == BriefStatus.CANCELLED


def test_another_clinician_cannot_cancel_a_session(app, maya, sam):
    client_id = enrol_client(maya)
    client = app.test_client()
    sign_in(client, sam)
    answer = post_form(client, "/", f"/clients/{client_id}/sessions/{'0' * 32}/cancel", {})
    assert answer.status_code == 404
    assert audit_rows("client.access_refused")


# --- settings -------------------------------------------------------------------------


def _certificate(key, email: str, *, days: int = 30, expired: bool = False) -> bytes:
    now = datetime.now(UTC)
    start = now - timedelta(days=60) if expired else now - timedelta(minutes=5)
    name = x509.Name([x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM)


def _upload(signed_in, pem: bytes):
    page = signed_in.get("/settings").get_data(as_text=True)
    return signed_in.post(
        "/settings/certificate",
        data={"certificate": (io.BytesIO(pem), "me.pem"), "csrf_token": csrf_of(page)},
        content_type="multipart/form-data",
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda e: _certificate(ec.generate_private_key(ec.SECP256R1()), e), "key is EC"),
        (
            lambda e: _certificate(rsa.generate_private_key(65537, 2048), e, expired=True),
            "has expired",
        ),
        (lambda e: _certificate(rsa.generate_private_key(65537, 1024), e), "1024 bits"),  # noqa: S505 - refused on purpose
        (lambda e: generate_self_signed("Other", "other@clinic.test")[0], "not maya@clinic.test"),
        (lambda e: b"not a certificate", "not a PEM or DER"),
    ],
)
def test_a_certificate_that_cannot_be_used_is_refused_with_its_reason(signed_in, make, reason):
    answer = _upload(signed_in, make("maya@clinic.test"))
    assert answer.status_code == 400
    assert reason in answer.get_data(as_text=True)


def test_a_good_certificate_is_saved(signed_in):
    pem, _key = generate_self_signed("Maya", "maya@clinic.test")
    assert _upload(signed_in, pem).status_code == 302
    assert "In use: for maya@clinic.test" in signed_in.get("/settings").get_data(as_text=True)


def test_an_oversized_upload_is_refused(signed_in):
    answer = _upload(signed_in, b"x" * 70_000)
    assert answer.status_code == 413
    assert "larger than 64 KB" in answer.get_data(as_text=True)


def test_settings_are_saved(signed_in, maya):
    answer = post_form(
        signed_in,
        "/settings",
        "/settings",
        {
            "name": "Dr. Maya Okafor",
            "email": "maya@clinic.test",
            "timezone": "Europe/London",
            "brief_lead_minutes": "60",
        },
    )
    assert answer.status_code == 302
    assert user_row(maya.user_id).timezone == "Europe/London"
    assert 'value="60"' in signed_in.get("/settings").get_data(as_text=True)


def test_a_bad_time_zone_is_refused_beside_the_field(signed_in):
    answer = post_form(
        signed_in,
        "/settings",
        "/settings",
        {
            "name": "Maya",
            "email": "maya@clinic.test",
            "timezone": "Mars/Base",
            "brief_lead_minutes": "60",
        },
    )
    assert answer.status_code == 400
    assert "choose a time zone from the list" in answer.get_data(as_text=True)


# --- admin ----------------------------------------------------------------------------


def test_a_clinician_who_is_not_admin_does_not_see_admin_pages(app, sam):
    client = app.test_client()
    sign_in(client, sam)
    assert client.get("/admin/accounts").status_code == 404
    assert client.get("/admin/invite").status_code == 404


def test_an_admin_invites_a_clinician_who_sets_a_password(app, signed_in):
    answer = post_form(
        signed_in,
        "/admin/invite",
        "/admin/invite",
        {"name": "Ana Ruiz", "email": "ana@clinic.test", "timezone": "UTC"},
    )
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200
    link = page.split('id="invitation-link">')[1].split("<")[0]
    assert link.startswith("http://console.test/invitation/")
    listing = signed_in.get("/admin/accounts").get_data(as_text=True)
    assert "ana@clinic.test" in listing and "invited, no password yet" in listing
    path = link.removeprefix("http://console.test")
    newcomer = app.test_client()
    done = post_form(newcomer, path, path, {"password": PASSWORD, "confirm": PASSWORD})
    assert done.status_code == 302


def test_inviting_an_existing_email_is_refused(signed_in):
    answer = post_form(
        signed_in,
        "/admin/invite",
        "/admin/invite",
        {"name": "Maya Again", "email": "maya@clinic.test", "timezone": "UTC"},
    )
    assert answer.status_code == 400
    assert "already exists" in answer.get_data(as_text=True)


def test_typing_keeps_the_session_alive(signed_in):
    with runtime.context().db.session() as db:
        db.execute(update(ConsoleSession).values(last_seen_at=utcnow() - timedelta(minutes=14)))
    assert signed_in.get("/session/alive").status_code == 204
    with runtime.context().db.session() as db:
        seen = db.execute(select(ConsoleSession.last_seen_at)).scalar_one()
    assert utcnow() - seen < timedelta(minutes=1)


def test_the_keepalive_does_not_revive_an_ended_session(signed_in):
    with runtime.context().db.session() as db:
        db.execute(update(ConsoleSession).values(last_seen_at=utcnow() - timedelta(minutes=16)))
    assert signed_in.get("/session/alive").status_code == 302
