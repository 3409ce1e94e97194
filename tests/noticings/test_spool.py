"""The spool: texts the database could not take, sealed on disk, then stored once each."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services import runtime
from services.cli.doctor_results import Status
from services.cli.doctor_state import check_spool
from services.summary.spool_drain import drain_spool
from shared.db.models import AlertStatus, NoticingStatus
from shared.kernel import crypto
from shared.language.crisis import SPANISH
from shared.noticings.incoming import IncomingSms
from shared.noticings.spool import Spool, SpooledText, SpoolFull
from shared.vault.keys import KeyStore
from tests.services.intake.test_intake_sms import PHONE, client_id, noticings, opened, sid

__all__ = ["client_id"]  # a fixture, used by name


def spooled(body: str, *, message_sid: str | None = None, crisis: bool = False) -> SpooledText:
    return SpooledText(
        sms=IncomingSms(message_sid=message_sid or sid(), sender=PHONE, body=body),
        crisis=crisis,
        crisis_language=SPANISH if crisis else "en",
        received_at=datetime.now(UTC) - timedelta(minutes=7),
    )


def spool_in(directory: Path, **bounds: int) -> Spool:
    return Spool(
        directory,
        max_files=bounds.get("max_files", 100),
        max_bytes=bounds.get("max_bytes", 1_000_000),
    )


def test_a_spooled_text_is_private_sealed_and_opens_again(tmp_path: Path, ctx) -> None:
    old_umask = os.umask(0)  # the loosest umask: the spool's modes must not depend on it
    try:
        spool = spool_in(tmp_path / "spool")
        text = spooled("chest tight before standup, quokka")
        path = spool.put(ctx.keys, text)
    finally:
        os.umask(old_umask)
    assert path.name == f"{text.sms.message_sid}.sealed"
    assert stat.S_IMODE(spool.directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert b"quokka" not in raw and PHONE.encode() not in raw
    assert spool.read(ctx.keys, path) == text


def test_a_file_moved_under_another_sid_or_another_master_key_does_not_open(
    tmp_path: Path, ctx
) -> None:
    spool = spool_in(tmp_path / "spool")
    path = spool.put(ctx.keys, spooled("the foreman is online"))
    moved = spool.directory / f"{sid()}.sealed"
    shutil.copy(path, moved)
    with pytest.raises(crypto.DecryptionError):
        spool.read(ctx.keys, moved)
    stranger = KeyStore(os.urandom(32))
    with pytest.raises(crypto.DecryptionError):
        spool.read(stranger, path)


def test_the_spool_refuses_beyond_its_bounds(tmp_path: Path, ctx) -> None:
    by_files = spool_in(tmp_path / "files", max_files=2)
    by_files.put(ctx.keys, spooled("one"))
    by_files.put(ctx.keys, spooled("two"))
    with pytest.raises(SpoolFull):
        by_files.put(ctx.keys, spooled("three"))
    assert by_files.state().files == 2
    by_bytes = spool_in(tmp_path / "bytes", max_bytes=2_000)
    by_bytes.put(ctx.keys, spooled("short"))
    with pytest.raises(SpoolFull):
        by_bytes.put(ctx.keys, spooled("x" * 1_600))
    assert by_bytes.state().files == 1


def test_the_spool_says_whether_it_has_room_for_one_more_text(tmp_path: Path, ctx) -> None:
    roomy = spool_in(tmp_path / "not-yet-made")
    assert roomy.has_room()  # made on the first text
    full = spool_in(tmp_path / "full", max_files=1)
    full.put(ctx.keys, spooled("one"))
    assert not full.has_room()
    tight = spool_in(tmp_path / "tight", max_bytes=3_000)
    assert not tight.has_room()  # not even one ordinary text fits
    if os.geteuid() != 0:  # root writes anywhere, so only a user sees a closed directory
        closed = spool_in(tmp_path / "closed")
        closed.ensure()
        os.chmod(closed.directory, 0o500)
        assert not closed.has_room()


def test_drained_texts_are_stored_once_dated_when_written_and_raise_their_alert(
    ctx: runtime.Context, client_id: str
) -> None:
    spool = spool_in(ctx.settings.spool_dir)
    plain = spooled("chest tight before standup, 6/10")
    crisis = spooled("quiero matarme", crisis=True)
    spool.put(ctx.keys, plain)
    spool.put(ctx.keys, crisis)
    drained = drain_spool(ctx, spool)
    assert drained is not None and (drained.stored, drained.alerts) == (2, 1)
    # Spooled again (Twilio redelivered it during the outage): it is already stored.
    spool.put(ctx.keys, plain)
    again = drain_spool(ctx, spool)
    assert again is not None and (again.stored, again.duplicates) == (0, 1)
    assert spool.files() == []

    rows = {row.source_sid: row for row in noticings(ctx)}
    assert set(rows) == {plain.sms.message_sid, crisis.sms.message_sid}
    assert opened(ctx, rows[plain.sms.message_sid])[0] == plain.sms.body
    alerted = rows[crisis.sms.message_sid]
    assert alerted.crisis and alerted.crisis_alert == AlertStatus.PENDING
    assert alerted.status == NoticingStatus.RECEIVED
    written = plain.received_at.replace(tzinfo=None)
    stored_at = rows[plain.sms.message_sid].received_at.replace(tzinfo=None)
    assert abs(stored_at - written) < timedelta(seconds=1)


def test_an_unreadable_file_is_left_in_place_and_the_rest_are_stored(
    ctx: runtime.Context, client_id: str
) -> None:
    spool = spool_in(ctx.settings.spool_dir)
    good = spool.put(ctx.keys, spooled("the foreman is online"))
    bad = spool.directory / f"{sid()}.sealed"
    shutil.copy(good, bad)
    drained = drain_spool(ctx, spool)
    assert drained is not None and (drained.stored, drained.unreadable) == (1, 1)
    assert spool.files() == [bad]


def test_doctor_reports_a_spool_with_texts_waiting_by_count_only(
    ctx: runtime.Context, client_id: str
) -> None:
    spool = spool_in(ctx.settings.spool_dir)
    spool.ensure()
    assert check_spool(ctx.settings).status is Status.OK
    spool.put(ctx.keys, spooled("chest tight, quokka"))
    result = check_spool(ctx.settings)
    assert result.status is Status.WARN and "1 texts" in result.detail
    assert "quokka" not in result.detail + result.fix
    os.chmod(spool.directory, 0o755)  # noqa: S103 - loosened on purpose: doctor must fail it
    assert check_spool(ctx.settings).status is Status.FAIL
