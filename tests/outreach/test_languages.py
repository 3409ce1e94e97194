"""Spanish-speaking clients, end to end: enrolled in the real console, texted through
the Twilio stand-in, answered by the intake over HTTP, alerted by a real SMTP server.

ESPAÑOL and ENGLISH switch a client's language, AYUDA is answered with the
crisis line, PARAR stops every text, calls are read in the client's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from xml.sax.saxutils import unescape

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from services import runtime
from services.cli import main
from services.console.app import create_app as create_console
from services.intake.app import create_app as create_intake
from services.simulator.api import BackgroundServer
from services.simulator.webhooks import WebhookSender, new_sid
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import AuditEvent, Client, Noticing, utcnow
from shared.delivery.briefing import prepare_brief, upcoming_session
from shared.delivery.briefs.render import render_text
from shared.kernel.config import DEFAULT_CRISIS_REPLY, DEFAULT_CRISIS_REPLY_ES
from shared.language.catalogue import text_for
from shared.outreach import messaging
from shared.roster.clients import get_client, set_language, set_status
from tests.outreach import test_messaging
from tests.outreach.test_messaging import ACTION, CUES, PHONE, enrol, next_minute, remind_at, rows
from tests.services.summary import test_summary
from tests.support.console import console_env_values, post_form
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import free_port

# The Twilio stand-in (tests/outreach/test_messaging.py), the SMTP sink (tests/test_summary.py).
stand_in = test_messaging.stand_in
control = test_messaging.control
smtp_port = test_summary.smtp_port
inbox = test_summary.inbox

CONSOLE_PHONE = "+13125550101"  # "(312) 555-0101" as the clinician types it


@pytest.fixture
def lang_ctx(env, monkeypatch, stand_in, smtp_port) -> Iterator[runtime.Context]:
    """The intake over HTTP (the stand-in calls it back), mail to the sink, the console's keys."""
    port = free_port()
    settings = {
        "TWILIO_API_BASE": stand_in,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "CARRYBACK_SWEEP_AFTER": "0",
        "CARRYBACK_PRACTICE_CONTACT": "Riverside Counseling, 555-0100",
        # The number set up as docs/deploying.md recommends: Carryback answers HELP and YES.
        "TWILIO_OPT_OUT": "carryback",
        "SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
        "MAIL_FROM": "briefs@carryback.example.org",
        **console_env_values(),
    }
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with BackgroundServer(create_intake(ctx), port=port):
        yield ctx
    runtime.reset()


@pytest.fixture
def app(lang_ctx):
    """The clinician console on the same database (the conftest's maya and signed_in use it)."""
    return create_console()


@pytest.fixture
def sender(lang_ctx: runtime.Context) -> WebhookSender:
    return WebhookSender(lang_ctx.settings.public_base_url, AUTH_TOKEN, ACCOUNT_SID)


def reply(response) -> str:
    """The text of the one <Message> in a TwiML answer ("" when there is none)."""
    assert response.status_code == 200, response.text
    found = re.findall(r"<Message[^>]*>(.*?)</Message>", response.text, re.S)
    return unescape(found[0]) if found else ""


def language_of(ctx: runtime.Context, client_id: str) -> str:
    with ctx.db.session() as session:
        return get_client(session, client_id).language


def noticing_count(ctx: runtime.Context) -> int:
    with ctx.db.session() as session:
        return len(session.execute(select(Noticing.id)).all())


# --- the console: a Spanish-speaking client from enrolment to a crisis alert -------------


def test_a_spanish_client_enrolled_in_the_console_gets_spanish_texts_and_one_alert(
    lang_ctx, control, sender, inbox, signed_in, maya
) -> None:
    form = {
        "name": "Lucía Ramírez",
        "phone": "(312) 555-0101",
        "timezone": "America/Chicago",
        "language": "es",
        "consent": "y",
    }
    page = signed_in.get("/clients/new").get_data(as_text=True)
    assert "Language the client writes in" in page and ">Español</option>" in page
    answer = post_form(signed_in, "/clients/new", "/clients/new", form)
    assert answer.status_code == 302, answer.get_data(as_text=True)
    with lang_ctx.db.session() as session:
        [client] = session.execute(select(Client)).scalars()
        assert client.language == "es"

    # The clinician sends the welcome once it can tell the truth: it goes out
    # through the Twilio stand-in, in Spanish.
    path = f"/clients/{client.id}/practice"
    sent = post_form(signed_in, path, f"/clients/{client.id}/welcome", {}, follow_redirects=True)
    assert "The welcome is on its way to their phone." in sent.get_data(as_text=True)
    assert run_worker(burst=True)
    [welcome] = control.messages()
    assert welcome["to"] == CONSOLE_PHONE
    assert welcome["body"] == messaging.welcome_text(lang_ctx.settings, None, "es")
    for words in ("Nadie revisa estos mensajes en tiempo real", "988", "911", "PARAR"):
        assert words in welcome["body"]

    assert "Gracias, todo listo" in reply(sender.sms(CONSOLE_PHONE, "Sí", to=TWILIO_NUMBER))

    # A crisis written in Spanish: the Spanish reply only (the client's language too).
    sid = new_sid("SM")
    body = "no dormí nada. ya no quiero vivir"
    answer = reply(sender.sms(CONSOLE_PHONE, body, to=TWILIO_NUMBER, message_sid=sid))
    assert answer == DEFAULT_CRISIS_REPLY_ES
    for words in ("988", "marca 2", "AYUDA", "911"):
        assert words in answer
    # Twilio delivers it again: the same answer, and still one alert.
    assert reply(sender.sms(CONSOLE_PHONE, body, to=TWILIO_NUMBER, message_sid=sid)) == answer
    run_worker(burst=True, sweep=False)
    run_worker(burst=True, sweep=True)
    [(_, recipients, _raw)] = inbox.messages
    assert recipients == [maya.email]
    assert len(control.messages()) == 1  # the crisis reply went in the TwiML answer


def test_the_clinician_changes_the_language_on_the_clients_page_audited(
    lang_ctx, signed_in, maya
) -> None:
    form = {"name": "Ana", "phone": "(312) 555-0101", "timezone": "America/Chicago", "consent": "y"}
    post_form(signed_in, "/clients/new", "/clients/new", form)
    with lang_ctx.db.session() as session:
        [client] = session.execute(select(Client)).scalars()
        assert client.language == "en"  # a form without the field: the default
    path = f"/clients/{client.id}"
    answer = post_form(signed_in, path, f"{path}/language", {"language": "es"})
    assert answer.status_code == 302
    assert language_of(lang_ctx, client.id) == "es"
    detail = signed_in.get(path).get_data(as_text=True)
    assert '<span id="client-language">Spanish</span>' in detail
    practice = signed_in.get(f"{path}/practice").get_data(as_text=True)
    assert "Por ahora no hay señales" in practice and "What Ana will receive" in practice
    refused = post_form(signed_in, path, f"{path}/language", {"language": "xx"})
    assert refused.status_code == 400
    with lang_ctx.db.session() as session:
        [event] = session.execute(
            select(AuditEvent).where(AuditEvent.action == "client.language_changed")
        ).scalars()
        assert event.detail == "en -> es" and event.actor.startswith("console:")


# --- the client switches: ESPAÑOL, ENGLISH -------------------------------------------------


def test_espanol_and_english_switch_the_language_of_every_text(lang_ctx, control, sender) -> None:
    ctx = lang_ctx
    slot = next_minute()
    client_id = enrol(ctx, test_messaging.daytime_zone(slot))
    english_ack = reply(sender.sms(PHONE, "chest tight before standup", to=TWILIO_NUMBER))
    assert english_ack == ctx.settings.ack_reply

    switched = reply(sender.sms(PHONE, "Español", to=TWILIO_NUMBER))
    assert switched == "Desde ahora, los mensajes llegan en español."
    assert language_of(ctx, client_id) == "es"
    # The sender read before is remembered by the short path: it must not answer in English.
    spanish_ack = reply(sender.sms(PHONE, "el pecho apretado otra vez", to=TWILIO_NUMBER))
    assert spanish_ack == "Recibido, gracias. Se guarda para tu siguiente cita."
    assert "SEÑALES lista tus señales" in reply(sender.sms(PHONE, "AYUDA", to=TWILIO_NUMBER))

    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)
    assert run_worker(burst=True)
    [reminder] = control.messages()
    assert reminder["body"] == text_for("es", messaging.REMINDER, cue=CUES[0].label, action=ACTION)

    assert reply(sender.sms(PHONE, "ENGLISH", to=TWILIO_NUMBER)) == (
        "From now on, texts come in English."
    )
    assert reply(sender.sms(PHONE, "again at lunch", to=TWILIO_NUMBER)) == ctx.settings.ack_reply
    with ctx.db.session() as session:
        changes = session.execute(
            select(AuditEvent.detail, AuditEvent.actor)
            .where(AuditEvent.action == "client.language_changed")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(change) for change in changes] == [
        ("en -> es", "client:keyword"),
        ("es -> en", "client:keyword"),
    ]
    assert noticing_count(ctx) == 3  # the keywords were not stored as noticings


def test_a_client_not_yet_consented_gets_the_welcome_again_in_spanish(lang_ctx, sender) -> None:
    client_id = enrol(lang_ctx, "America/Chicago", status="invited")
    answer = reply(sender.sms(PHONE, "espanol", to=TWILIO_NUMBER))
    assert answer.startswith("Desde ahora, los mensajes llegan en español.\n\n")
    assert "Responde SI para empezar" in answer
    assert language_of(lang_ctx, client_id) == "es"
    assert "Gracias, todo listo" in reply(sender.sms(PHONE, "SI", to=TWILIO_NUMBER))


# --- AYUDA and PARAR -------------------------------------------------------------------------


def test_ayuda_is_answered_with_the_crisis_line_in_both_languages(lang_ctx, sender) -> None:
    ctx = lang_ctx
    client_id = enrol(ctx, "America/Chicago")
    answer = reply(sender.sms(PHONE, "¡Ayuda!", to=TWILIO_NUMBER))
    assert answer.startswith(f"{DEFAULT_CRISIS_REPLY_ES}\n\n{DEFAULT_CRISIS_REPLY}\n\n")
    assert answer.endswith(messaging.help_text(ctx.settings, "en"))
    # HELP in English is HELP, as before.
    assert reply(sender.sms(PHONE, "HELP", to=TWILIO_NUMBER)) == messaging.help_text(ctx.settings)

    # A number Carryback does not know: the crisis line, every time.
    stranger = "+14155559999"
    for _ in range(2):
        answer = reply(sender.sms(stranger, "AYUDA", to=TWILIO_NUMBER))
        assert answer == f"{DEFAULT_CRISIS_REPLY_ES}\n\n{DEFAULT_CRISIS_REPLY}"
    # After STOP: the crisis line alone, never the program's HELP.
    with ctx.db.session() as session:
        set_status(session, get_client(session, client_id), "opted_out")
    answer = reply(sender.sms(PHONE, "ayuda", to=TWILIO_NUMBER))
    assert answer == f"{DEFAULT_CRISIS_REPLY_ES}\n\n{DEFAULT_CRISIS_REPLY}"
    assert noticing_count(ctx) == 0


def test_the_reply_to_an_unknown_number_is_in_english_then_spanish(lang_ctx, sender) -> None:
    answer = reply(sender.sms("+14155559998", "hola", to=TWILIO_NUMBER))
    assert answer == messaging.unknown_sender_text(lang_ctx.settings)
    english, spanish = answer.split("\n\n")
    assert english == lang_ctx.settings.unknown_reply and spanish.startswith("Este teléfono")


@pytest.mark.parametrize("word", ["PARAR", "baja", "Cancelar"])
def test_parar_stops_every_text(lang_ctx, control, sender, word: str) -> None:
    ctx = lang_ctx
    slot = next_minute()
    client_id = enrol(ctx, test_messaging.daytime_zone(slot))
    with ctx.db.session() as session:
        set_language(session, get_client(session, client_id), "es", actor="test")
    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)  # a reminder is waiting...
    # ...and Twilio, which knows only English opt-out words, sends no OptOutType.
    assert reply(sender.sms(PHONE, word, to=TWILIO_NUMBER)) == ""
    assert run_worker(burst=True)  # ...and it is blocked, not sent
    assert control.messages() == []
    [blocked] = rows(ctx, client_id)
    assert blocked.status == "blocked"
    with ctx.db.session() as session:
        assert get_client(session, client_id).status == "opted_out"
    remind_at(ctx, client_id, slot + timedelta(days=1))
    tick(ctx, now=slot + timedelta(days=1))
    assert len(rows(ctx, client_id)) == 1  # nothing new while opted out
    assert reply(sender.sms(PHONE, "una nota", to=TWILIO_NUMBER)) == ""  # stored, unanswered
    with ctx.db.session() as session, pytest.raises(Exception, match="opted out"):
        messaging.queue_welcome(session, get_client(session, client_id), utcnow())


# --- calls --------------------------------------------------------------------------------


def test_every_caller_hears_the_call_in_both_languages_english_first(lang_ctx, sender) -> None:
    """A stranger has no language, so nobody's call reveals one: all hear English, then Spanish."""
    ctx = lang_ctx
    client_id = enrol(ctx, "America/Chicago")
    paused = enrol(ctx, "America/Chicago", phone="+14155550111")
    with ctx.db.session() as session:
        set_language(session, get_client(session, client_id), "es", actor="test")
        set_language(session, get_client(session, paused), "es", actor="test")
        set_status(session, get_client(session, paused), "paused")

    def call(frm: str) -> tuple[str, str]:
        call_sid = new_sid("CA")
        params = {"AccountSid": ACCOUNT_SID, "CallSid": call_sid, "From": frm}
        params |= {"To": TWILIO_NUMBER, "CallStatus": "ringing"}
        answer = sender.post("/twilio/voice", params)
        assert answer.status_code == 200
        return call_sid, answer.text

    call_sid, twiml = call(PHONE)
    spanish_say = '<Say language="es-US" voice="Polly.Lupe">'
    assert twiml.split("<Say", 1)[1].startswith(">This number is not monitored")
    assert f"{spanish_say}Nadie atiende esta línea" in twiml
    assert twiml.index("<Say>This number is not monitored") < twiml.index(spanish_say)
    assert twiml.index("988") < twiml.index("<Record")
    done = sender.post(
        "/twilio/voice/recorded",
        {"AccountSid": ACCOUNT_SID, "CallSid": call_sid, "Digits": "hangup"},
    )
    assert "<Say>Thank you." in done.text
    assert f"{spanish_say}Gracias. Se guarda para tu siguiente cita. Adiós.</Say>" in done.text

    _, stranger = call("+14155559999")
    _, paused_twiml = call("+14155550111")
    assert stranger == paused_twiml == twiml


# --- the brief, the CLI, the migration -------------------------------------------------------


def test_the_brief_says_the_client_writes_in_spanish_and_keeps_their_words(lang_ctx) -> None:
    ctx = lang_ctx
    client_id = enrol(ctx, "America/Chicago", next_session=utcnow() + timedelta(days=2))
    with ctx.db.session() as session:
        client = get_client(session, client_id)
        upcoming = upcoming_session(session, client, 120, persist=False)
        english = render_text(prepare_brief(session, ctx.keys, upcoming, utcnow()).brief)
        set_language(session, client, "es", actor="test")
        spanish = render_text(prepare_brief(session, ctx.keys, upcoming, utcnow()).brief)
    assert "writes in" not in english
    assert "The client writes in Spanish." in spanish
    assert 'Cue: "tight chest before the meeting"' in spanish  # verbatim, not translated


def test_the_cli_enrols_in_spanish_changes_the_language_and_tags_in_it(lang_ctx, tmp_path) -> None:
    runner = CliRunner()
    from shared.roster.clients import add_clinician

    with lang_ctx.db.session() as session:
        add_clinician(session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None)
    added = runner.invoke(
        main,
        [
            *("client", "add", "--clinician", "rivera@example.org", "--phone", PHONE),
            *("--name", "Lucía", "--language", "es"),
        ],
    )
    assert added.exit_code == 0, added.output
    client_id = added.output.strip().splitlines()[-1]
    assert language_of(lang_ctx, client_id) == "es"
    assert runner.invoke(main, ["client", "language", client_id, "en"]).exit_code == 0
    assert language_of(lang_ctx, client_id) == "en"
    refused = runner.invoke(main, ["client", "language", client_id, "xx"])
    assert refused.exit_code != 0

    cues = tmp_path / "cues.json"
    cues.write_text(json.dumps([{"label": "gritarles a mis hijos"}]), encoding="utf-8")
    text = "les grité a los hijos"
    spanish = runner.invoke(main, ["tag", "--cues", str(cues), "--language", "es", text])
    english = runner.invoke(main, ["tag", "--cues", str(cues), text])
    assert json.loads(spanish.output)["cues"] == ["gritarles a mis hijos"]
    assert json.loads(english.output)["cues"] == []


def test_migration_0009_matches_the_models(lang_ctx) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from shared.db.models import Base

    with lang_ctx.db.engine.connect() as connection:
        diffs = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    flat = [d for diff in diffs for d in (diff if isinstance(diff, list) else [diff])]
    assert [d for d in flat if "language" in str(d)] == []
