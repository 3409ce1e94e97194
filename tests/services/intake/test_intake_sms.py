"""POST /twilio/sms end to end: signed webhook -> encrypted row -> RQ -> tagged."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from services import runtime
from services.intake.app import create_app
from services.intake.handoff import Handoff
from services.worker.runner import run_worker
from shared.db.models import (
    AlertStatus,
    Client,
    ClientStatus,
    Noticing,
    NoticingStatus,
    utcnow,
)
from shared.infra.jobs import DEFAULT, URGENT
from shared.language.cues import Cue
from shared.noticings.intake import open_body, open_tags
from shared.roster.clients import add_client, add_clinician, delete_client, set_practice, set_status
from shared.vault.keys import rekey_client
from tests.support.webhooks import ACCOUNT_SID, signed_post

PHONE = "+14155550100"
CUES = [
    Cue("tight chest before the meeting", ("standup",)),
    Cue("the foreman is online", ("foreman",)),
]


def sid(prefix: str = "SM") -> str:
    return prefix + secrets.token_hex(16)


def sms_params(body: str, *, frm: str = PHONE, message_sid: str | None = None, **extra: str):
    params = {
        "MessageSid": message_sid or sid(),
        "AccountSid": ACCOUNT_SID,
        "From": frm,
        "To": "+15005550006",
        "Body": body,
        "NumMedia": "0",
    }
    params.update(extra)
    return params


@pytest.fixture
def client_id(ctx: runtime.Context) -> str:
    with ctx.db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
        )
        client = add_client(session, ctx.keys, clinician=clinician, phone=PHONE, name="Sam Okafor")
        set_practice(
            session,
            ctx.keys,
            client,
            cues=CUES,
            action="three slow breaths",
            carry_back="what got in the way",
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=120,
        )
        return client.id


@pytest.fixture
def http(ctx: runtime.Context, client_id: str):
    return create_app(ctx).test_client()


def noticings(ctx: runtime.Context) -> list[Noticing]:
    with ctx.db.session() as session:
        return list(session.execute(select(Noticing).order_by(Noticing.received_at)).scalars())


def opened(ctx: runtime.Context, noticing: Noticing) -> tuple[str, object]:
    with ctx.db.session() as session:
        row = session.get(Noticing, noticing.id)
        client = ctx.keys.open_client(session, session.get(Client, row.client_id))
        return open_body(client, row), open_tags(client, row)


def queued(redis: Redis, name: str = DEFAULT) -> int:
    return Queue(name, connection=redis, serializer=JSONSerializer).count


def test_signed_text_is_acknowledged_stored_and_tagged(ctx, http, signer, redis) -> None:
    response = signed_post(
        http, signer, "/twilio/sms", sms_params("chest got tight before standup, 7/10")
    )
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    assert b"<Message>Got it" in response.data
    [row] = noticings(ctx)
    assert row.status == NoticingStatus.RECEIVED and queued(redis) == 1
    assert run_worker(burst=True, sweep=False)
    [row] = noticings(ctx)
    body, tags = opened(ctx, row)
    assert row.status == NoticingStatus.TAGGED
    assert body == "chest got tight before standup, 7/10"
    assert tags.cues == ("tight chest before the meeting",) and tags.intensity == 7


def test_unsigned_or_tampered_requests_are_refused(ctx, http, signer, redis) -> None:
    params = sms_params("the foreman is online again")
    assert http.post("/twilio/sms", data=params).status_code == 403
    signature = signer.compute_signature("https://carryback.example.org/twilio/sms", params)
    tampered = dict(params, Body="something else entirely")
    response = http.post("/twilio/sms", data=tampered, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    other_host = signer.compute_signature("https://evil.example.com/twilio/sms", params)
    response = http.post("/twilio/sms", data=params, headers={"X-Twilio-Signature": other_host})
    assert response.status_code == 403
    assert noticings(ctx) == [] and queued(redis) == 0


def test_redelivered_message_sid_is_stored_once(ctx, http, signer, redis) -> None:
    params = sms_params("foreman came online, wanted to throw my phone")
    first = signed_post(http, signer, "/twilio/sms", params)
    second = signed_post(http, signer, "/twilio/sms", params)
    assert first.data == second.data and second.status_code == 200
    assert len(noticings(ctx)) == 1


def test_database_and_redis_hold_no_plaintext(ctx, http, signer, redis) -> None:
    secret_words = "zebra-lanterns confession 8/10"
    signed_post(http, signer, "/twilio/sms", sms_params(secret_words))
    run_worker(burst=True, sweep=False)
    if ctx.settings.is_sqlite:
        ctx.db.dispose()  # checkpoint the WAL so the file holds everything
        raw = Path(ctx.settings.database_url.split("///", 1)[1]).read_bytes()
        wal = Path(ctx.settings.database_url.split("///", 1)[1] + "-wal")
        raw += wal.read_bytes() if wal.exists() else b""
    else:
        with ctx.db.engine.connect() as connection:
            raw = b"".join(
                bytes(str(r), "utf-8")
                for table in ("noticings", "clients", "practices", "audit_events")
                for r in connection.exec_driver_sql(f"SELECT * FROM {table}")  # noqa: S608
            )
    dump = b"".join((redis.dump(key) or b"") + key for key in redis.scan_iter("*"))
    for needle in (b"zebra-lanterns", b"4155550100", b"5550100", b"Okafor", b"tight chest"):
        assert needle not in raw, needle
        assert needle not in dump, needle


def test_unknown_number_gets_a_generic_reply_and_nothing_is_stored(ctx, http, signer, redis):
    response = signed_post(http, signer, "/twilio/sms", sms_params("hello?", frm="+14155559999"))
    assert response.status_code == 200
    assert b"cannot take messages" in response.data
    assert noticings(ctx) == [] and queued(redis) == 0


def test_stop_then_nothing_is_sent_and_start_resumes(
    carryback_keywords, ctx, http, signer, client_id
) -> None:
    assert b"<Message>" not in signed_post(http, signer, "/twilio/sms", sms_params("STOP")).data
    with ctx.db.session() as session:
        assert session.get(Client, client_id).status == ClientStatus.OPTED_OUT
    reply = signed_post(http, signer, "/twilio/sms", sms_params("chest tight before standup"))
    assert b"<Message>" not in reply.data
    reply = signed_post(http, signer, "/twilio/sms", sms_params("HELP"))
    assert b"<Message>" not in reply.data
    reply = signed_post(http, signer, "/twilio/sms", sms_params("start", OptOutType="START"))
    assert b"back on" in reply.data
    with ctx.db.session() as session:
        assert session.get(Client, client_id).status == ClientStatus.ACTIVE


def test_opt_out_type_from_twilio_is_recorded(ctx, http, signer, client_id) -> None:
    signed_post(http, signer, "/twilio/sms", sms_params("Stop please", OptOutType="STOP"))
    with ctx.db.session() as session:
        assert session.get(Client, client_id).status == ClientStatus.OPTED_OUT


def test_cues_lists_numbered_cues_and_a_number_tags_that_cue(ctx, http, signer) -> None:
    reply = signed_post(http, signer, "/twilio/sms", sms_params("cues")).data.decode()
    assert "1. tight chest before the meeting" in reply
    assert "2. the foreman is online" in reply
    signed_post(http, signer, "/twilio/sms", sms_params("2 it happened again at lunch"))
    run_worker(burst=True, sweep=False)
    [row] = noticings(ctx)
    assert opened(ctx, row)[1].cues == ("the foreman is online",)


def test_undo_removes_the_last_message_within_fifteen_minutes(ctx, http, signer) -> None:
    signed_post(http, signer, "/twilio/sms", sms_params("oops, wrong person"))
    reply = signed_post(http, signer, "/twilio/sms", sms_params("UNDO"))
    assert b"Removed" in reply.data and noticings(ctx) == []
    signed_post(http, signer, "/twilio/sms", sms_params("an older one"))
    with ctx.db.session() as session:
        session.execute(update(Noticing).values(received_at=utcnow() - timedelta(minutes=16)))
    reply = signed_post(http, signer, "/twilio/sms", sms_params("undo"))
    assert b"no message from the last 15 minutes" in reply.data
    assert len(noticings(ctx)) == 1


def test_crisis_text_gets_the_fixed_reply_flag_and_alert(ctx, http, signer, redis) -> None:
    response = signed_post(http, signer, "/twilio/sms", sms_params("i want to kill myself tonight"))
    assert b"988" in response.data and b"not monitored in real time" in response.data
    [row] = noticings(ctx)
    assert row.crisis and row.crisis_reply_sent and row.crisis_alert == AlertStatus.PENDING
    assert queued(redis, URGENT) == 1


def test_crisis_text_from_unknown_number_still_gets_resources(ctx, http, signer) -> None:
    response = signed_post(
        http, signer, "/twilio/sms", sms_params("i want to end my life", frm="+14155559999")
    )
    assert b"988" in response.data
    assert noticings(ctx) == []


def test_hyperbole_is_not_a_crisis(ctx, http, signer) -> None:
    response = signed_post(
        http, signer, "/twilio/sms", sms_params("this traffic is killing me lol")
    )
    assert b"988" not in response.data
    assert not noticings(ctx)[0].crisis


def test_redis_down_still_stores_and_the_sweep_enqueues(ctx, http, signer, redis) -> None:
    extensions = http.application.extensions
    working = extensions["carryback_handoff"]
    extensions["carryback_handoff"] = Handoff("redis://127.0.0.1:1/0")  # nothing listens
    response = signed_post(http, signer, "/twilio/sms", sms_params("chest tight, 5/10"))
    assert response.status_code == 200
    [row] = noticings(ctx)
    assert row.status == NoticingStatus.RECEIVED and queued(redis) == 0
    extensions["carryback_handoff"] = working
    # The worker's start-up sweep finds the waiting row and it gets tagged.
    assert run_worker(burst=True, sweep=True)
    [row] = noticings(ctx)
    assert row.status == NoticingStatus.TAGGED


def _database_refuses(ctx: runtime.Context, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(ctx.db, "session", refuse)
    # The short path's bare connection fails as the driver fails it, unwrapped.
    driver_error = ctx.db.engine.dialect.loaded_dbapi.OperationalError

    def no_connection():
        raise driver_error("connection refused")

    monkeypatch.setattr(ctx.db.engine, "raw_connection", no_connection)


def test_database_down_spools_the_text_answers_200_and_enqueues_nothing(
    ctx, http, signer, redis, monkeypatch
):
    _database_refuses(ctx, monkeypatch)
    params = sms_params("anything at all")
    response = signed_post(http, signer, "/twilio/sms", params)
    assert response.status_code == 200
    assert b"<Message>" not in response.data  # who sent it is decided once it is stored
    assert queued(redis) == 0
    [spooled] = Path(ctx.settings.spool_dir).iterdir()
    assert spooled.name.startswith(params["MessageSid"])
    assert b"anything at all" not in spooled.read_bytes()


def test_database_down_and_the_spool_full_answers_503(
    env, http, signer, redis, monkeypatch
) -> None:
    monkeypatch.setenv("CARRYBACK_SPOOL_MAX_FILES", "0")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    http = create_app(ctx).test_client()
    _database_refuses(ctx, monkeypatch)
    response = signed_post(http, signer, "/twilio/sms", sms_params("i want to kill myself"))
    assert response.status_code == 503
    assert queued(redis) == 0 and list(Path(ctx.settings.spool_dir).iterdir()) == []


def _health_with_database_down(
    ctx: runtime.Context, http, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, dict]:
    _database_refuses(ctx, monkeypatch)

    def no_connection(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(ctx.db.engine, "connect", no_connection)
    response = http.get("/healthz")
    return response.status_code, response.get_json()


def test_healthz_stays_ready_while_the_spool_keeps_texts_for_a_database_that_is_down(
    ctx, http, monkeypatch
) -> None:
    # A 503 would make a load balancer turn Twilio away from the intake, and the
    # crisis reply with it, although every text is answered and spooled.
    status, checks = _health_with_database_down(ctx, http, monkeypatch)
    assert status == 200
    assert checks["database"] is False and checks["database_writable"] is False
    assert checks["spool_has_room"] is True and checks["accepting_texts"] is True


def test_healthz_is_503_once_neither_the_database_nor_the_spool_can_keep_a_text(
    env, monkeypatch
) -> None:
    monkeypatch.setenv("CARRYBACK_SPOOL_MAX_FILES", "0")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    http = create_app(ctx).test_client()
    assert http.get("/healthz").status_code == 200  # the database alone keeps texts
    status, checks = _health_with_database_down(ctx, http, monkeypatch)
    assert status == 503
    assert checks["spool_has_room"] is False and checks["accepting_texts"] is False


def test_empty_body_is_answered_and_mms_is_kept(ctx, http, signer) -> None:
    reply = signed_post(http, signer, "/twilio/sms", sms_params("   "))
    assert b"empty" in reply.data and noticings(ctx) == []
    signed_post(http, signer, "/twilio/sms", sms_params("", NumMedia="1", MessageSid=sid("MM")))
    [row] = noticings(ctx)
    assert row.num_media == 1


def test_long_and_unusual_bodies_are_stored_exactly(ctx, http, signer) -> None:
    bodies = [
        "x" * 1600,
        "😤 chest TIGHT!!! before standup 🫠",
        "שלום — قلبي يؤلمني before the meeting",
        "tab\there\x07bell\x00nul",
    ]
    for body in bodies:
        assert signed_post(http, signer, "/twilio/sms", sms_params(body)).status_code == 200
    stored = sorted(opened(ctx, row)[0] for row in noticings(ctx))
    assert stored == sorted(bodies)


def test_malformed_form_is_a_clear_400(ctx, http, signer) -> None:
    params = sms_params("hi", MessageSid="not-a-sid")
    response = signed_post(http, signer, "/twilio/sms", params)
    assert response.status_code == 400
    assert response.json["fields"] == ["MessageSid"]
    response = signed_post(
        http, signer, "/twilio/sms", sms_params("hi", AccountSid="AC" + "f" * 32)
    )
    assert response.status_code == 400


def test_a_plain_text_is_stored_exactly_as_a_cue_number_reply_is(ctx, http, signer) -> None:
    # The usual text takes the intake's short path; a reply starting with a cue
    # number takes the full one. Both rows must look the same to every reader.
    plain = signed_post(http, signer, "/twilio/sms", sms_params("chest tight at standup, 6/10"))
    numbered = signed_post(http, signer, "/twilio/sms", sms_params("2 foreman online again"))
    assert plain.data == numbered.data and b"<Message>Got it" in plain.data
    first, second = noticings(ctx)
    columns = [c.name for c in Noticing.__table__.c if c.name not in ("id", "source_sid")]
    differ = {"body_enc", "forced_cue_enc", "received_at", "updated_at"}
    for name in columns:
        if name not in differ:
            assert getattr(first, name) == getattr(second, name), name
    for row in (first, second):
        assert row.received_at.tzinfo is not None
        assert abs(row.received_at - utcnow()) < timedelta(minutes=1)
        assert row.updated_at == row.received_at or row.updated_at >= row.received_at
    assert opened(ctx, first)[0] == "chest tight at standup, 6/10"
    with ctx.db.engine.connect() as connection:
        # As stored, not as read back: the same text form on SQLite, the same types elsewhere.
        stored = connection.exec_driver_sql(
            "SELECT received_at, updated_at, crisis, num_media FROM noticings"
        ).all()
        processed = connection.exec_driver_sql(
            "SELECT outcome, received_at FROM processed_messages"
        ).all()
    assert [type(v) for v in stored[0]] == [type(v) for v in stored[1]]
    assert len(str(stored[0][0])) == len(str(stored[1][0]))
    assert [p[0] for p in processed] == ["stored", "stored"]
    assert len(str(processed[0][1])) == len(str(processed[1][1]))


def test_a_sender_known_from_an_earlier_text_is_checked_again(ctx, http, signer, client_id):
    # Another intake worker, or the console, changes the client between texts.
    assert b"Got it" in signed_post(http, signer, "/twilio/sms", sms_params("jaw tight 3/10")).data
    with ctx.db.session() as session:
        set_status(session, session.get(Client, client_id), ClientStatus.OPTED_OUT)
    opted_out = signed_post(http, signer, "/twilio/sms", sms_params("jaw tight again 4/10"))
    assert opted_out.status_code == 200 and b"<Message>" not in opted_out.data
    with ctx.db.session() as session:
        delete_client(session, client_id)
        clinician = add_clinician(
            session, name="Dr Chen", email="chen@example.org", certificate_pem=None
        )
        newcomer = add_client(session, ctx.keys, clinician=clinician, phone=PHONE, name="Ade")
        newcomer_id = newcomer.id
    assert b"Got it" in signed_post(http, signer, "/twilio/sms", sms_params("chest 5/10")).data
    [row] = noticings(ctx)
    assert row.client_id == newcomer_id
    assert opened(ctx, row)[0] == "chest 5/10"


def processed_outcomes(ctx: runtime.Context) -> dict[str, str]:
    with ctx.db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT message_sid, outcome FROM processed_messages")
        return {sid: outcome for sid, outcome in rows}


def test_a_text_the_short_path_turns_down_leaves_no_claim_behind(
    ctx, http, signer, client_id
) -> None:
    # The short path claims the MessageSid and inserts the noticing only while
    # the client is as it was read (here: the data key it remembers). When that
    # no longer holds, nothing it wrote may remain: a stray claim would make
    # the full path take the text for a redelivery, and the text would be lost.
    first = sms_params("jaw tight 3/10")
    assert b"Got it" in signed_post(http, signer, "/twilio/sms", first).data
    with ctx.db.session() as session:
        rekey_client(session, ctx.keys, client_id)
    rekeyed = sms_params("jaw tight again 4/10")
    assert b"Got it" in signed_post(http, signer, "/twilio/sms", rekeyed).data
    assert sorted(opened(ctx, row)[0] for row in noticings(ctx)) == [
        "jaw tight 3/10",
        "jaw tight again 4/10",
    ]
    outcomes = processed_outcomes(ctx)
    assert outcomes == {first["MessageSid"]: "stored", rekeyed["MessageSid"]: "stored"}


def test_the_intakes_connection_goes_back_to_the_pool_in_a_transaction_mode(
    ctx, http, signer
) -> None:
    # PostgreSQL: the short path runs its one statement autocommitted; every
    # other user of the pool relies on transactions, so it must be put back.
    if ctx.settings.is_sqlite:
        pytest.skip("PostgreSQL's autocommit")
    for body in ("chest tight 4/10", "chest tight again 5/10"):
        assert b"Got it" in signed_post(http, signer, "/twilio/sms", sms_params(body)).data
    raw = ctx.db.engine.raw_connection()
    try:
        assert raw.driver_connection.autocommit is False
    finally:
        raw.close()
    assert len(noticings(ctx)) == 2
