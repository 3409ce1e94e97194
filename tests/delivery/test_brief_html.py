"""Each sent brief's HTML, kept sealed as it went out: the export, a re-key, a deletion."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from services.console import records
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import BriefHtml, Client, Noticing, TherapySession, utcnow
from shared.delivery.brief_htmls import brief_as_html, stored_htmls
from shared.delivery.shred import shred_client
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.noticings.intake import open_body
from shared.vault.keys import KeyStore, rekey_client
from tests.services.summary import test_summary
from tests.services.summary.test_summary import decrypt, enrol, parts, text_in

smtp_port = test_summary.smtp_port
inbox = test_summary.inbox
clinician_keys = test_summary.clinician_keys
mail_ctx = test_summary.mail_ctx

# No intensity ratings: the e-mail then carries no inline chart, and its HTML part is
# exactly the brief's HTML.
WORDS = [
    "foreman came online and I wanted to throw my phone",
    "chest got tight before standup again",
]


def send_a_brief(ctx, signer, clinician_keys) -> str:
    """A client who texted twice, and their brief sent by the summary; the client's id."""
    # An instant: exactly three real hours ahead, whatever New York's clock does meanwhile.
    in_three_hours = utcnow() + timedelta(hours=3)
    client_id = enrol(ctx, clinician_keys[0], next_session=in_three_hours, tz="America/New_York")
    for body in WORDS:
        text_in(ctx, signer, body)
    run_worker(burst=True, sweep=False)
    assert tick(ctx, utcnow() + timedelta(hours=1, minutes=1)).briefs == 1
    run_worker(burst=True, sweep=False)
    return client_id


def exported_briefs(ctx, client_id: str) -> dict[str, bytes]:
    with ctx.db.session() as session:
        opened = ctx.keys.open_client(session, session.get(Client, client_id))
        raw = records.export_zip(session, ctx.keys, opened, utcnow())
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("briefs/") and name.endswith(".html")
        }


def kept_rows(ctx) -> list[BriefHtml]:
    with ctx.db.session() as session:
        return list(session.execute(select(BriefHtml)).scalars())


def test_the_export_holds_the_brief_byte_for_byte_as_the_clinician_received_it(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    client_id = send_a_brief(mail_ctx, signer, clinician_keys)
    [(_, _, raw)] = inbox.messages
    # Mail carries text lines ending in CRLF (S/MIME signs that canonical form); the HTML
    # the template rendered, and the clinician's mail program shows, ends them in LF.
    received = parts(decrypt(raw, clinician_keys[1], tmp_path))["text/html"].replace("\r\n", "\n")
    assert "foreman came online" in received

    # Since the send, the clinician reads the foreman text under the other cue.
    with mail_ctx.db.session() as session:
        opened = mail_ctx.keys.open_client(session, session.get(Client, client_id))
        foreman = next(
            row
            for row in session.execute(select(Noticing)).scalars()
            if "foreman" in (open_body(opened, row) or "")
        )
        records.correct_cues(
            session, opened, foreman, ["tight chest before the meeting"], by="console:rivera"
        )

    [exported] = exported_briefs(mail_ctx, client_id).values()
    assert exported == received.encode("utf-8")
    with mail_ctx.db.session() as session:
        [therapy_session] = session.execute(select(TherapySession)).scalars()
        rebuilt = brief_as_html(
            records.brief_for(session, mail_ctx.keys, therapy_session, utcnow())
        )
    assert rebuilt != received  # built again today, the brief would say otherwise


def test_the_kept_html_is_sealed_and_a_brief_without_one_is_built_from_the_record(
    mail_ctx, inbox, signer, clinician_keys
) -> None:
    client_id = send_a_brief(mail_ctx, signer, clinician_keys)
    [row] = kept_rows(mail_ctx)
    assert row.client_id == client_id
    assert b"foreman" not in row.html_enc and b"<html" not in row.html_enc
    kept = exported_briefs(mail_ctx, client_id)

    # A brief sent before HTML was kept: the export renders it, as it always did.
    with mail_ctx.db.session() as session:
        session.delete(session.get(BriefHtml, row.session_id))
    assert exported_briefs(mail_ctx, client_id) == kept


def test_rekey_reseals_the_kept_html(mail_ctx, inbox, signer, clinician_keys) -> None:
    client_id = send_a_brief(mail_ctx, signer, clinician_keys)
    [row] = kept_rows(mail_ctx)
    with mail_ctx.db.session() as session:
        old_key = mail_ctx.keys.client_key(session, client_id)
        html = stored_htmls(
            session, mail_ctx.keys.open_client(session, session.get(Client, client_id))
        )
    fresh = KeyStore(decode_master_key(crypto.generate_master_key()), (mail_ctx.keys.master_key,))
    with mail_ctx.db.session() as session:
        rekey_client(session, fresh, client_id)
    with mail_ctx.db.session() as session:
        opened = KeyStore(fresh.master_key).open_client(session, session.get(Client, client_id))
        assert stored_htmls(session, opened) == html
        resealed = session.get(BriefHtml, row.session_id).html_enc
    assert resealed != row.html_enc
    with pytest.raises(crypto.DecryptionError):
        crypto.open_sealed(old_key, resealed, "brief_htmls", "html", row.session_id)


def test_deleting_the_client_deletes_the_kept_html(mail_ctx, inbox, signer, clinician_keys) -> None:
    client_id = send_a_brief(mail_ctx, signer, clinician_keys)
    [row] = kept_rows(mail_ctx)
    shred_client(mail_ctx.db, client_id, actor="console:rivera", twilio=None, queues=None)
    assert kept_rows(mail_ctx) == []
    url = mail_ctx.settings.database_url
    if url.startswith("sqlite"):
        file = Path(url.removeprefix("sqlite:///"))
        wal = file.with_name(file.name + "-wal")
        on_disk = b"".join(path.read_bytes() for path in (file, wal) if path.exists())
        assert row.html_enc[-64:] not in on_disk  # secure_delete: not left in free pages
