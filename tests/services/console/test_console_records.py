"""Console part 2 through Flask's test client: link briefs, timeline, alerts, export, delete."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select, update

from services import runtime
from services.console.app import create_app
from services.summary.jobs import send_brief, send_crisis_alert
from shared.db.models import (
    AuditEvent,
    BriefLink,
    BriefStatus,
    Client,
    ClientStatus,
    Clinician,
    Delivery,
    Noticing,
    TherapySession,
    utcnow,
)
from shared.language.cues import Cue
from tests.support.console import (
    PASSWORD,
    console_env_values,
    csrf_of,
    post_form,
    sign_in,
)
from tests.support.env import make_env
from tests.support.records import (
    book_due_session,
    claim_due,
    enrol_with_practice,
    mark_sent,
    parse,
    readable_text,
    text_in,
)
from tools.devstack.processes import free_port
from tools.devstack.smtp import Inbox, smtp_sink

# Canary strings: none may appear in a link-mode e-mail.
NAME = "Zephyrine Quillfeather"
PHONE = "+13125550177"
PHONE_CANARIES = ("3125550177", "312-555-0177", "(312) 555-0177")
CUE_LABEL = "kettle whistles at dusk"
OTHER_CUE = "mirror fogging over"
TEXT = "the kettle whistles at dusk again and my jaw locked, 6/10"
BARRIER_TEXT = "didn't do the breath because the bus was late"
CRISIS_TEXT = "I want to end my life tonight"


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def inbox(smtp_port):
    handler = Inbox()
    with smtp_sink(handler, smtp_port):
        yield handler


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis, smtp_port):
    make_env(
        sqlite_url,
        redis_url,
        SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
        MAIL_FROM="briefs@carryback.test",
        **console_env_values(),
    ).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


@pytest.fixture
def client_id(maya) -> str:
    return enrol_with_practice(
        maya.email,
        name=NAME,
        phone=PHONE,
        cues=[Cue(CUE_LABEL, ("kettle",)), Cue(OTHER_CUE, ("mirror",))],
    )


def audit_actions(action: str) -> list[AuditEvent]:
    with runtime.context().db.session() as db:
        return list(db.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def link_path(raw: bytes) -> str:
    found = re.search(r"(http://console\.test/l/[A-Za-z0-9_\-]+)", readable_text(parse(raw)))
    assert found, "no console link in the e-mail"
    return urlsplit(found.group(1)).path


def send_link_brief(client_id: str, inbox: Inbox) -> bytes:
    session_id = book_due_session(client_id)
    assert claim_due() == [session_id]
    assert send_brief(session_id) == BriefStatus.SENT
    assert len(inbox.messages) == 1
    return inbox.messages[0][2]


def sign_in_via(browser, person, next_path: str):
    """Sign in from the page a link redirected to, keeping its ``next``."""
    answer = browser.get(next_path)
    assert answer.status_code == 302 and "/sign-in" in answer.headers["Location"]
    sign_in_url = answer.headers["Location"]
    page = browser.get(sign_in_url).get_data(as_text=True)
    answer = browser.post(
        sign_in_url,
        data={"email": person.email, "password": PASSWORD, "csrf_token": csrf_of(page)},
    )
    assert answer.status_code == 302
    code_url = answer.headers["Location"]
    page = browser.get(code_url).get_data(as_text=True)
    return browser.post(code_url, data={"code": person.code(), "csrf_token": csrf_of(page)})


# --- link-mode brief ----------------------------------------------------------------


def test_a_clinician_without_a_certificate_gets_briefs_by_link(maya):
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, maya.clinician_id)
        assert clinician.delivery_mode == Delivery.LINK


def test_the_link_mode_email_carries_no_client_material(client_id, inbox):
    text_in(PHONE, TEXT)
    text_in(PHONE, BARRIER_TEXT)
    raw = send_link_brief(client_id, inbox)
    token = link_path(raw).removeprefix("/l/")
    # The link's random token could spell a short canary ("ZQ") by chance: it
    # is random, not client material, so it is left out of the search.
    readable = readable_text(parse(raw)).replace(token, "<token>")
    for canary in (NAME, "Zephyrine", "Quillfeather", "Z.Q.", "ZQ", CUE_LABEL, OTHER_CUE, TEXT):
        assert canary.casefold() not in readable.casefold(), canary
    for canary in (*PHONE_CANARIES, "kettle", "jaw", "bus was late"):
        assert canary not in readable, canary
    assert "a brief is ready for your session on" in parse(raw)["Subject"]
    assert "application/pkcs7-mime" not in raw.decode("ascii", "replace")
    message = parse(raw)
    kinds = {part.get_content_type() for part in message.walk()}
    assert {"text/plain", "text/html"} <= kinds
    with runtime.context().db.session() as db:
        stored = db.execute(select(BriefLink)).scalar_one()
    assert stored.token_hash not in readable  # only the digest is kept; the mail holds the token
    assert link_path(raw).removeprefix("/l/") != stored.token_hash


def test_the_link_opens_the_brief_only_after_sign_in_with_mfa(app, client_id, inbox, maya):
    text_in(PHONE, TEXT)
    path = link_path(send_link_brief(client_id, inbox))
    browser = app.test_client()
    answer = sign_in_via(browser, maya, path)
    assert answer.status_code == 302 and answer.headers["Location"].endswith(path)
    answer = browser.get(path)
    assert answer.status_code == 302 and "/briefs/" in answer.headers["Location"]
    page = browser.get(answer.headers["Location"]).get_data(as_text=True)
    assert NAME in page and "the kettle whistles at dusk again" in page
    assert 'src="/clients/' in page and "chart.png" in page
    assert len(audit_actions("brief_link.opened")) == 1


def test_a_forwarded_link_is_useless_to_another_clinician(app, client_id, inbox, sam):
    text_in(PHONE, TEXT)
    path = link_path(send_link_brief(client_id, inbox))
    browser = app.test_client()
    sign_in_via(browser, sam, path)
    answer = browser.get(path)
    assert answer.status_code == 404
    assert NAME not in answer.get_data(as_text=True)
    assert len(audit_actions("brief_link.refused")) == 1


def test_an_expired_link_says_so_and_offers_sign_in(app, client_id, inbox):
    path = link_path(send_link_brief(client_id, inbox))
    with runtime.context().db.session() as db:
        db.execute(update(BriefLink).values(expires_at=utcnow() - timedelta(seconds=1)))
    answer = app.test_client().get(path)
    assert answer.status_code == 410
    page = answer.get_data(as_text=True)
    assert "This link has expired. Sign in to see your briefs." in page


def test_links_expire_after_the_configured_days(client_id, inbox):
    send_link_brief(client_id, inbox)
    with runtime.context().db.session() as db:
        link = db.execute(select(BriefLink)).scalar_one()
        lifetime = link.expires_at - link.created_at
    assert timedelta(days=6, hours=23) < lifetime <= timedelta(days=7)


def test_both_mode_sends_smime_and_the_link(client_id, inbox, maya, monkeypatch, tmp_path):
    from shared.infra.smime import generate_self_signed

    cert, _key = generate_self_signed("Maya", maya.email)
    # A self-signed certificate is accepted only when trusted explicitly.
    trusted = tmp_path / "trusted.pem"
    trusted.write_bytes(cert)
    monkeypatch.setenv("SMIME_CA_FILE", str(trusted))
    runtime.reset()
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, maya.clinician_id)
        clinician.certificate_pem = cert
        clinician.delivery = Delivery.BOTH
    session_id = book_due_session(client_id)
    claim_due()
    assert send_brief(session_id) == BriefStatus.SENT
    kinds = sorted("pkcs7" in raw.decode("ascii", "replace") for _f, _t, raw in inbox.messages)
    assert kinds == [False, True]


# --- crisis alerts ------------------------------------------------------------------


def test_a_crisis_alert_in_link_mode_is_phi_free_with_the_time(client_id, inbox):
    noticing_id = text_in(PHONE, CRISIS_TEXT)
    assert send_crisis_alert(noticing_id) == "sent"
    raw = inbox.messages[0][2]
    readable = readable_text(parse(raw))
    assert "urgent: a message needs your attention, received at" in parse(raw)["Subject"]
    for canary in (NAME, CRISIS_TEXT, "end my life", CUE_LABEL, *PHONE_CANARIES):
        assert canary not in readable


def test_the_banner_shows_until_the_alert_is_acknowledged(signed_in, client_id):
    noticing_id = text_in(PHONE, CRISIS_TEXT)
    page = signed_in.get("/").get_data(as_text=True)
    assert "needs your attention" in page
    answer = post_form(signed_in, "/alerts", f"/alerts/{noticing_id}/acknowledge", {})
    assert answer.status_code == 302
    assert "needs your attention" not in signed_in.get("/").get_data(as_text=True)
    [event] = audit_actions("alert.acknowledged")
    with runtime.context().db.session() as db:
        noticing = db.get(Noticing, noticing_id)
        assert noticing.alert_acknowledged_at is not None
        assert noticing.alert_acknowledged_by == event.actor != ""


def test_the_audit_trail_counts_in_english(signed_in, client_id):
    # The detail column is read by people: "1 alert", never "1 alerts".
    text_in(PHONE, CRISIS_TEXT)
    signed_in.get("/alerts")
    [listed] = audit_actions("alerts.listed")
    assert listed.detail == "1 alert"
    signed_in.get("/")
    assert [e.detail for e in audit_actions("clients.listed")] == ["1 client"]
    assert "1 alert<" in signed_in.get("/audit").get_data(as_text=True)


def test_another_clinician_cannot_acknowledge(app, client_id, sam):
    noticing_id = text_in(PHONE, CRISIS_TEXT)
    browser = app.test_client()
    sign_in(browser, sam)
    assert "needs your attention" not in browser.get("/").get_data(as_text=True)
    answer = post_form(browser, "/alerts", f"/alerts/{noticing_id}/acknowledge", {})
    assert answer.status_code == 404
    with runtime.context().db.session() as db:
        assert db.get(Noticing, noticing_id).alert_acknowledged_at is None


# --- timeline -------------------------------------------------------------------------


def test_the_timeline_shows_every_noticing_newest_first_verbatim(signed_in, client_id):
    text_in(PHONE, TEXT)
    text_in(PHONE, BARRIER_TEXT)
    page = signed_in.get(f"/clients/{client_id}/timeline").get_data(as_text=True)
    assert page.index("didn&#39;t do the breath") < page.index("the kettle whistles at dusk again")
    assert "intensity 6 of 10" in page and "what got in the way" in page
    assert "practice v1" in page


def test_the_timeline_filters_by_cue(signed_in, client_id):
    text_in(PHONE, TEXT)
    text_in(PHONE, "the mirror fogging over made me stop")
    whole = signed_in.get(f"/clients/{client_id}/timeline").get_data(as_text=True)
    # The filter names a cue by its number, so the client's words never enter a URL.
    assert f'<option value="2">{OTHER_CUE}</option>' in whole
    assert f'value="{OTHER_CUE}"' not in whole
    page = signed_in.get(f"/clients/{client_id}/timeline", query_string={"cue": "2"}).get_data(
        as_text=True
    )
    assert "the mirror fogging over made me stop" in page
    assert "the kettle whistles at dusk again" not in page
    assert f'<option value="2" selected>{OTHER_CUE}</option>' in page
    # Links the filtered page makes (correcting an entry) carry the number, not the label.
    assert "cue=2" in page and "mirror+fogging" not in page and "mirror%20fogging" not in page


def test_a_cue_filter_that_is_not_one_of_the_clients_cues_is_left_out_saying_so(
    signed_in, client_id
):
    text_in(PHONE, TEXT)
    for asked in (OTHER_CUE, "9", "0", "²"):
        page = signed_in.get(
            f"/clients/{client_id}/timeline", query_string={"cue": asked}
        ).get_data(as_text=True)
        assert "not one of this client&#39;s cues" in page
        assert "the kettle whistles at dusk again" in page


def test_correcting_a_cue_keeps_the_words_and_the_taggers_reading(signed_in, client_id):
    noticing_id = text_in(PHONE, TEXT)
    path = f"/clients/{client_id}/timeline"
    answer = post_form(
        signed_in,
        f"{path}?correct={noticing_id}",
        f"/clients/{client_id}/noticings/{noticing_id}/cues",
        {"cue": OTHER_CUE},
    )
    assert answer.status_code == 302
    page = signed_in.get(path).get_data(as_text=True)
    assert f"Cues: {OTHER_CUE}" in page
    assert f"the tagger read: {CUE_LABEL}" in page
    assert "the kettle whistles at dusk again" in page
    [event] = audit_actions("noticing.cues_corrected")
    assert CUE_LABEL not in event.detail and OTHER_CUE not in event.detail


def test_a_cue_outside_the_practice_is_refused(signed_in, client_id):
    noticing_id = text_in(PHONE, TEXT)
    path = f"/clients/{client_id}/timeline?correct={noticing_id}"
    post_form(signed_in, path, f"/clients/{client_id}/noticings/{noticing_id}/cues", {"cue": "x"})
    assert audit_actions("noticing.cues_corrected") == []


# --- pause, export, delete ------------------------------------------------------------


def test_pause_and_resume(signed_in, client_id):
    path = f"/clients/{client_id}"
    post_form(signed_in, path, f"{path}/pause", {})
    assert _status(client_id) == ClientStatus.PAUSED
    post_form(signed_in, path, f"{path}/resume", {})
    assert _status(client_id) == ClientStatus.ACTIVE


def test_the_console_never_resubscribes_a_client_who_texted_stop(signed_in, client_id):
    with runtime.context().db.session() as db:
        db.get(Client, client_id).status = ClientStatus.OPTED_OUT
    path = f"/clients/{client_id}"
    assert "texted STOP" in signed_in.get(path).get_data(as_text=True)
    post_form(signed_in, path, f"{path}/resume", {})
    assert _status(client_id) == ClientStatus.OPTED_OUT


def _status(client_id: str) -> str:
    with runtime.context().db.session() as db:
        return db.get(Client, client_id).status


def test_export_is_a_zip_with_every_noticing_verbatim(signed_in, client_id):
    texts = [TEXT, BARRIER_TEXT, "=SUM(1,2) is what my head did"]
    for text in texts:
        text_in(PHONE, text)
    sent = book_due_session(client_id)
    mark_sent(sent)
    path = f"/clients/{client_id}"
    answer = post_form(signed_in, path, f"{path}/export", {})
    assert answer.status_code == 200 and answer.mimetype == "application/zip"
    assert NAME not in answer.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(answer.data))
    record = json.loads(archive.read("record.json"))
    assert sorted(n["text"] for n in record["noticings"]) == sorted(texts)
    assert record["client"]["name"] == NAME
    csv_text = archive.read("noticings.csv").decode()
    assert "'=SUM(1,2)" in csv_text  # a spreadsheet will not run it
    assert any(name.startswith("briefs/") for name in archive.namelist())
    assert len(audit_actions("client.exported")) == 1


def test_the_export_quotes_a_formula_however_it_starts():
    from services.console.records import _csv_safe

    for cell in ("=SUM(1,2)", " =SUM(1,2)", "\u3000+1", "＝SUM(1)", "＋1", "－1", "＠A1", "\t=1"):
        assert _csv_safe(cell) == "'" + cell, cell
    for cell in ("my chest - tight", "a@b", "7/10", ""):
        assert _csv_safe(cell) == cell


def test_delete_needs_the_name_typed(signed_in, client_id):
    path = f"/clients/{client_id}/delete"
    answer = post_form(signed_in, path, path, {"confirm": "someone else"})
    assert answer.status_code == 400
    assert _status(client_id) == ClientStatus.ACTIVE


def test_delete_shreds_and_cancels_a_queued_brief(signed_in, client_id, monkeypatch):
    from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
    from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN

    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as stand_in:
        monkeypatch.setenv("TWILIO_API_BASE", stand_in.url)
        runtime.reset()
        text_in(PHONE, TEXT)
        SimulatorControl(stand_in.url).advance_clock(120)  # Twilio has finished with it
        session_id = book_due_session(client_id)
        claim_due()
        path = f"/clients/{client_id}/delete"
        answer = post_form(signed_in, path, path, {"confirm": NAME}, follow_redirects=True)
    assert "1 brief cancelled" in answer.get_data(as_text=True)
    with runtime.context().db.session() as db:
        assert db.get(Client, client_id) is None
        assert db.execute(select(Noticing)).first() is None
        assert db.get(TherapySession, session_id) is None
    assert send_brief(session_id) in ("skipped", "gone")
    assert NAME not in signed_in.get("/").get_data(as_text=True)
    assert signed_in.get(f"/clients/{client_id}/timeline").status_code == 404
    assert len(audit_actions("client.deleted")) == 1


# --- audit and refusals ------------------------------------------------------------------


def test_the_admin_sees_the_chain_verified(signed_in, client_id):
    signed_in.get(f"/clients/{client_id}/timeline")
    page = signed_in.get("/audit").get_data(as_text=True)
    assert "Verified" in page and "opened the timeline" in page
    assert "timeline.read" not in page  # event types in words, never raw ids


def test_a_clinician_sees_only_their_own_clients_audit(app, client_id, sam, signed_in):
    signed_in.get(f"/clients/{client_id}/timeline")
    browser = app.test_client()
    sign_in(browser, sam)
    browser.get("/")
    page = browser.get("/audit").get_data(as_text=True)
    assert "opened the timeline" not in page and "Verified" not in page
    assert "opened the client list" in page and "Sam Lee" in page  # their own actions, by name


CLIENT_ROUTES = ["/timeline", "/briefs", "/delete"]


@pytest.mark.parametrize("suffix", CLIENT_ROUTES)
def test_another_clinicians_client_pages_are_not_found(app, client_id, sam, suffix):
    browser = app.test_client()
    sign_in(browser, sam)
    assert browser.get(f"/clients/{client_id}{suffix}").status_code == 404


@pytest.mark.parametrize("suffix", ["/export", "/pause", "/delete"])
def test_another_clinicians_client_cannot_be_changed(app, client_id, sam, suffix):
    browser = app.test_client()
    sign_in(browser, sam)
    answer = post_form(browser, "/", f"/clients/{client_id}{suffix}", {"confirm": NAME})
    assert answer.status_code == 404
    assert _status(client_id) == ClientStatus.ACTIVE


@pytest.mark.parametrize(
    "path",
    [
        "/alerts",
        "/audit",
        f"/clients/{'ab' * 16}/timeline",
        f"/clients/{'ab' * 16}/briefs",
        f"/l/{'a' * 43}",
    ],
)
def test_new_pages_need_sign_in(app, path):
    answer = app.test_client().get(path)
    assert answer.status_code == 302 and "/sign-in" in answer.headers["Location"]


def test_delivery_settings_refuse_smime_without_a_certificate(signed_in, maya):
    answer = post_form(signed_in, "/settings", "/settings/delivery", {"delivery": "smime"})
    assert answer.status_code == 400
    assert "certificate first" in answer.get_data(as_text=True)
    answer = post_form(
        signed_in,
        "/settings",
        "/settings/delivery",
        {"delivery": "link", "alert_sms": "y", "alert_phone": "312 555 0100"},
    )
    assert answer.status_code == 302
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, maya.clinician_id)
        assert clinician.alert_sms and clinician.alert_phone == "+13125550100"


def test_a_crisis_alert_texts_the_clinician_the_same_phi_free_words(
    client_id, inbox, maya, monkeypatch
):
    from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
    from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN

    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as stand_in:
        monkeypatch.setenv("TWILIO_API_BASE", stand_in.url)
        runtime.reset()
        with runtime.context().db.session() as db:
            clinician = db.get(Clinician, maya.clinician_id)
            clinician.alert_sms, clinician.alert_phone = True, "+13125550100"
        noticing_id = text_in(PHONE, CRISIS_TEXT)
        assert send_crisis_alert(noticing_id) == "sent"
        sent = SimulatorControl(stand_in.url).messages()
    [sms] = [m for m in sent if m["to"] == "+13125550100"]
    assert "urgent: a message needs your attention, received at" in sms["body"]
    for canary in (NAME, CRISIS_TEXT, "end my life", CUE_LABEL, *PHONE_CANARIES):
        assert canary not in sms["body"]
    assert len(audit_actions("alert.sms_sent")) == 1


def test_the_next_and_past_briefs_are_listed_and_open_with_the_chart(signed_in, client_id):
    text_in(PHONE, TEXT, hours_ago=1)
    past = book_due_session(client_id, in_minutes=-60)
    mark_sent(past, hours_ago=0.5)
    text_in(PHONE, "the mirror fogging over again, 3/10")
    upcoming = book_due_session(client_id, in_minutes=24 * 60)
    listing = signed_in.get(f"/clients/{client_id}/briefs").get_data(as_text=True)
    assert f"/briefs/{upcoming}" in listing and f"/briefs/{past}" in listing
    sent_page = signed_in.get(f"/clients/{client_id}/briefs/{past}").get_data(as_text=True)
    assert "the kettle whistles at dusk again" in sent_page
    assert "the mirror fogging over again" not in sent_page  # came after that brief
    next_page = signed_in.get(f"/clients/{client_id}/briefs/{upcoming}").get_data(as_text=True)
    assert "the mirror fogging over again" in next_page
    assert "the kettle whistles at dusk again" not in next_page  # already in the sent one
    chart = signed_in.get(f"/clients/{client_id}/briefs/{upcoming}/chart.png")
    assert chart.status_code == 200 and chart.data.startswith(b"\x89PNG")
    assert len(audit_actions("brief.read")) == 2
