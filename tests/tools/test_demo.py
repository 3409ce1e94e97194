"""`make demo` end to end: real Redis, SMTP, Twilio stand-in, intake, worker, summary."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pyotp
import pytest
import requests

from tests.support.paths import REPO_ROOT
from tests.support.records import parse, readable_text
from tools.demo import story
from tools.demo.outbox import inline_images
from tools.devstack.processes import Supervisor, free_port, wait_until
from tools.devstack.smtp import Outbox

REPO_ROOT = REPO_ROOT
# Two briefs (S/MIME, then by link) on a shared two-core machine: a generous ceiling.
DEMO_TIMEOUT_S = 420


def _processes_carrying(marker: str) -> list[int]:
    """Pids of live processes whose environment holds ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:  # gone already, or not ours
            continue
        if marker.encode() in environ:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is already dead


@pytest.fixture(scope="module")
def demo_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess, Path, str]:
    demo_dir = tmp_path_factory.mktemp("demo")
    marker = f"demo-test-{uuid.uuid4().hex}"
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env["CARRYBACK_DEMO_DIR"] = str(demo_dir)
    env["DEMO_RUN_MARKER"] = marker  # inherited by every process the demo starts
    result = subprocess.run(
        [sys.executable, "-m", "tools.demo"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT_S,
        check=False,
    )
    return result, demo_dir, marker


@pytest.mark.slow
def test_demo_runs_the_loop_and_prints_every_text_verbatim(demo_run) -> None:
    result, _, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    for text in story.TEXTS:
        assert text in result.stdout
    assert "What got in the way" in result.stdout
    # The progress count ends where it said it would: [23/23], never [23/18].
    counts = re.findall(r"^\[(\d+)/(\d+)\]", result.stdout, flags=re.MULTILINE)
    assert counts and counts[-1][0] == counts[-1][1] == counts[0][1]
    assert result.stdout.count("voice note, automatic transcript") >= len(story.VOICE_NOTES)


@pytest.mark.slow
def test_voice_notes_land_under_their_cues(demo_run) -> None:
    result, demo_dir, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    brief = (demo_dir / "brief.txt").read_text(encoding="utf-8")
    by_cue = brief.split("What came back, by cue", 1)[1]
    for note in story.VOICE_NOTES:
        section = by_cue.split(f'"{note.expected_cue}" (', 1)[1].split("\n\n", 1)[0]
        assert "voice note, automatic transcript" in section, note.filename


@pytest.mark.slow
def test_the_brief_opens_with_openssl_and_the_html_carries_its_chart(demo_run) -> None:
    result, demo_dir, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    emls = [
        path
        for path in sorted((demo_dir / "outbox").glob("*.eml"))
        if b"application/pkcs7-mime" in path.read_bytes()
    ]
    assert emls
    opened = subprocess.run(
        ["openssl", "smime", "-decrypt", "-in", str(emls[-1]),
         "-inkey", str(demo_dir / "clinician.key")],
        capture_output=True,
        check=False,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert story.CLIENT_NAME.encode() not in emls[-1].read_bytes()
    html = (demo_dir / "brief.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html
    assert "cid:" not in html


@pytest.mark.slow
def test_no_process_it_started_is_left_running(demo_run) -> None:
    _, demo_dir, marker = demo_run
    started = [int(line.split()[0]) for line in (demo_dir / "pids").read_text().splitlines()]
    assert len(started) >= 5  # redis, stand-in, intake, worker, summary
    assert [pid for pid in started if _alive(pid)] == []
    assert [pid for pid in _processes_carrying(marker) if _alive(pid)] == []


def test_outbox_files_each_message_it_receives(tmp_path: Path) -> None:
    import smtplib

    outbox = Outbox(tmp_path / "outbox", free_port())
    outbox.start()
    try:
        with smtplib.SMTP("127.0.0.1", outbox.port, timeout=10) as smtp:
            for n in (1, 2):
                smtp.sendmail(
                    "a@x.localhost", ["b@x.localhost"], f"Subject: n{n}\r\n\r\nbody {n}\r\n"
                )
    finally:
        outbox.stop()
    files = outbox.messages()
    assert [f.name for f in files] == ["001.eml", "002.eml"]
    assert b"Subject: n2" in files[1].read_bytes()


def test_inline_images_turns_the_chart_into_a_data_uri() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message.set_content("text")
    message.add_alternative('<img src="cid:chart@brief">', subtype="html")
    message.get_payload()[1].add_related(
        b"\x89PNG-bytes", maintype="image", subtype="png", cid="<chart@brief>"
    )
    html = inline_images(message, '<img src="cid:chart@brief">')
    assert html == '<img src="data:image/png;base64,iVBORy1ieXRlcw==">'


def test_sample_voice_notes_are_phone_audio() -> None:
    import soundfile

    for note in story.VOICE_NOTES:
        info = soundfile.info(str(note.path))
        assert (info.samplerate, info.channels) == (8000, 1)
        assert note.path.stat().st_size < 200_000


def test_demo_refuses_to_wipe_a_directory_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "notes.txt"
    precious.write_text("keep me")
    env = {**os.environ, "CARRYBACK_DEMO_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tools.demo"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "not wiping it" in result.stderr
    assert precious.read_text() == "keep me"


def test_stopping_a_service_reaches_children_that_ignore_sigterm(tmp_path: Path) -> None:
    supervisor = Supervisor(dict(os.environ), tmp_path / "logs", tmp_path / "pids", tmp_path)
    # The shell and its background child both ignore SIGTERM: only SIGKILL ends them.
    service = supervisor.start("stubborn", ["sh", "-c", "trap '' TERM; sleep 300 & echo $!; wait"])
    wait_until(lambda: service.log.read_text().strip() != "", deadline_s=10, what="the child")
    child = int(service.log.read_text().split()[0])
    service.stop(timeout_s=0.2)
    assert service.process.returncode is not None
    # SIGKILL is delivered asynchronously: give the kernel a moment to finish the child.
    wait_until(lambda: not _alive(child), deadline_s=5, what="the child to die")


@pytest.mark.slow
def test_the_second_brief_goes_by_link_without_client_material(demo_run) -> None:
    result, demo_dir, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    notices = [
        path
        for path in sorted((demo_dir / "outbox").glob("*.eml"))
        if b"Subject: Carryback: a brief is ready" in path.read_bytes()
    ]
    assert len(notices) == 1
    raw = readable_text(parse(notices[0].read_bytes()))  # headers and decoded text parts
    labels = [cue.split("|")[0] for cue in story.CUES]
    for canary in (story.CLIENT_NAME, story.CLIENT_PHONE[-10:], *labels, *story.TEXTS):
        assert canary not in raw
    link = re.search(r"link: (https://\S+/l/\S+)", result.stdout)
    assert link, result.stdout
    assert "the brief is on https://" in result.stdout


@pytest.mark.slow
def test_demo_signs_in_to_the_console_with_password_and_totp(demo_run) -> None:
    result, _, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "signed in as maya.okafor@clinic.localhost; the client is listed" in result.stdout


@pytest.mark.slow
def test_demo_console_stays_up_for_a_browser_until_ctrl_c(tmp_path: Path) -> None:
    marker = f"demo-test-{uuid.uuid4().hex}"
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(CARRYBACK_DEMO_DIR=str(tmp_path / "demo"), DEMO_RUN_MARKER=marker)
    demo = subprocess.Popen(
        [sys.executable, "-m", "tools.demo", "--keep-console"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    printed: dict[str, str] = {}
    # Past the deadline, Ctrl-C the demo: it stops everything and its output ends.
    watchdog = threading.Timer(DEMO_TIMEOUT_S, demo.send_signal, (signal.SIGINT,))
    watchdog.start()
    try:
        assert demo.stdout is not None
        for line in demo.stdout:  # ends when the demo exits, so a failure cannot hang here
            if ":" in line and line.startswith("  "):
                name, _, value = line.strip().partition(":")
                printed[name] = value.strip()
            if line.startswith("Ctrl-C stops everything"):
                break
        assert {"URL", "CA", "E-mail", "Password", "TOTP secret", "otpauth URI"} <= set(printed)
        assert printed["otpauth URI"].startswith("otpauth://totp/")
        listing = _sign_in(printed)
        assert story.CLIENT_NAME in listing
    finally:
        watchdog.cancel()
        demo.send_signal(signal.SIGINT)
        demo.wait(timeout=60)
    assert demo.returncode == 130
    assert [pid for pid in _processes_carrying(marker) if _alive(pid)] == []


def _sign_in(printed: dict[str, str]) -> str:
    """What a newcomer does with the printed details, over https, trusting the printed CA."""
    browser = requests.Session()
    browser.trust_env = False  # the shell's REQUESTS_CA_BUNDLE would outrank verify
    browser.verify = printed["CA"]
    url = printed["URL"]
    csrf = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')
    page = browser.get(url, timeout=10).text
    answer = browser.post(
        url,
        data={
            "email": printed["E-mail"],
            "password": printed["Password"],
            "csrf_token": csrf.search(page).group(1),
        },
        timeout=10,
    )
    code = pyotp.TOTP(printed["TOTP secret"]).now()
    answer = browser.post(
        answer.url, data={"code": code, "csrf_token": csrf.search(answer.text).group(1)}, timeout=10
    )
    return answer.text


@pytest.mark.slow
def test_the_demo_writes_the_brief_as_a_tagged_pdf_with_every_quote(demo_run) -> None:
    result, demo_dir, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    pdf = demo_dir / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    if not (_has("pdftotext") and _has("pdfinfo")):
        pytest.skip("poppler-utils is not installed (make system-deps)")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flowing = " ".join(text.split())
    for quote in story.TEXTS:
        assert " ".join(quote.split()) in flowing, quote
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.M)
    assert re.search(r"^Title:\s+Pre-session brief, \w+", info.stdout, re.M)


def _has(tool: str) -> bool:
    import shutil

    return shutil.which(tool) is not None
