"""``make demo``: the whole loop on loopback, with real parts, in under a minute.

Redis, an SMTP server, the Twilio stand-in, the intake, a worker and the
summary service run as they would in production, configured only through the
environment. The demo then plays the client's week (texts and voice notes
through signed webhooks), waits for the worker to tag everything, moves the
session up so its brief comes due, and opens the encrypted brief with the
clinician's key.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from zoneinfo import ZoneInfo

import requests

from services.simulator.api import SimulatorControl
from services.simulator.webhooks import WebhookSender
from shared.db.models import NoticingStatus
from tools.demo import story
from tools.demo.console import (
    open_brief_link,
    print_login,
)
from tools.demo.outbox import OpenedBrief, open_brief, write_brief_pdf
from tools.demo.stack import (
    BRIEF_DEADLINE_S,
    BRIEF_LEAD_MINUTES,
    DEFAULT_DEMO_DIR,
    MESSAGES_DEADLINE_S,
    TAGGING_DEADLINE_S,
    DemoError,
    DemoStack,
    Interrupted,
)
from tools.devstack.processes import (
    ProcessError,
    tail,
    wait_until,
)


class Demo(DemoStack):
    """One run: the stack, then the client's week played through it."""

    # --- the story ----------------------------------------------------------

    def enrol(self) -> str:
        self.cli("db", "upgrade")
        self.cli(
            "clinician", "add",
            "--name", story.CLINICIAN_NAME,
            "--email", story.CLINICIAN_EMAIL,
            "--cert", str(self.cert_path),
            # The practice's admin too, so the demo clinician can invite a colleague.
            "--admin",
        )  # fmt: skip
        added = self.cli(
            "client", "add",
            "--clinician", story.CLINICIAN_EMAIL,
            "--phone", story.CLIENT_PHONE,
            "--name", story.CLIENT_NAME,
            "--tz", self.tz,
            # Nothing at enrolment: the welcome goes once the practice is saved (it says so).
            "--no-welcome",
        )  # fmt: skip
        self.client_id = added.strip().splitlines()[-1]
        # Booked for tomorrow, so today's nudge shows; moved up once the week is in.
        self.set_practice(self.local_now() + timedelta(days=1))
        return f"client {self.client_id}, {len(story.CUES)} cues, living in {self.tz}"

    def local_now(self) -> datetime:
        return datetime.now(ZoneInfo(self.tz))

    def stand_in(self) -> SimulatorControl:
        return SimulatorControl(self.env["TWILIO_API_BASE"])

    def wait_for_messages(self, count: int) -> list[dict[str, object]]:
        """Poll the stand-in until ``count`` texts were sent to the client."""
        sent: list[dict[str, object]] = []

        def arrived() -> bool:
            nonlocal sent
            sent = [m for m in self.stand_in().messages() if m["to"] == story.CLIENT_PHONE]
            return len(sent) >= count

        wait_until(
            arrived,
            deadline_s=MESSAGES_DEADLINE_S,
            what=f"{count} text(s) at the Twilio stand-in",
            alive=self.supervisor.check_alive,
            interval_s=0.5,
        )
        return sent

    def send_welcome(self) -> str:
        """The clinician sends the welcome now that the practice is saved."""
        return self.cli("client", "welcome", self.client_id).strip()

    def receive_welcome(self) -> str:
        [welcome] = self.wait_for_messages(1)
        return str(welcome["body"])

    def reply(self, body: str) -> str:
        sender = WebhookSender(
            self.env["PUBLIC_BASE_URL"],
            self.env["TWILIO_AUTH_TOKEN"],
            self.env["TWILIO_ACCOUNT_SID"],
            session=self.https,
        )
        response = sender.sms(story.CLIENT_PHONE, body, to=story.CARRYBACK_NUMBER)
        answer = response.text.split("<Message>", 1)[-1].split("</Message>", 1)[0]
        return f"{body} -> {answer}"

    def choose_reminders(self) -> str:
        """A reminder today at the next whole minute, and the nudge for tomorrow's session."""
        slot = (self.local_now() + timedelta(seconds=75)).replace(second=0, microsecond=0)
        output = self.cli(
            "practice", "set", self.client_id,
            "--remind", f"{slot:%a} {slot:%H:%M}",
            "--nudge", f"{slot:%H:%M}",
            "--yes",
        )  # fmt: skip
        return output.strip().replace("\n", "\n      ")

    def receive_reminder_and_nudge(self) -> list[dict[str, object]]:
        return self.wait_for_messages(3)

    def set_practice(self, next_session: datetime) -> None:
        cue_options = [arg for cue in story.CUES for arg in ("--cue", cue)]
        self.cli(
            "practice", "set", self.client_id,
            *cue_options,
            "--action", story.ACTION,
            "--carry-back", story.CARRY_BACK,
            "--next-session", f"{next_session:%Y-%m-%d %H:%M}",
        )  # fmt: skip

    def send_texts(self) -> str:
        sender = WebhookSender(
            self.env["PUBLIC_BASE_URL"],
            self.env["TWILIO_AUTH_TOKEN"],
            self.env["TWILIO_ACCOUNT_SID"],
            session=self.https,
        )
        for body in story.TEXTS:
            try:
                response = sender.sms(story.CLIENT_PHONE, body, to=story.CARRYBACK_NUMBER)
            except requests.RequestException as error:
                raise DemoError(
                    f"cannot reach the intake: {type(error).__name__}", log=self.logs / "intake.log"
                ) from None
            if response.status_code != 200:
                raise DemoError(
                    f"the intake answered HTTP {response.status_code} to a text",
                    log=self.logs / "intake.log",
                )
        return f"{len(story.TEXTS)} texts, each answered"

    def leave_voice_notes(self) -> str:
        for note in story.VOICE_NOTES:
            self.cli("simulate", "call", "--from", story.CLIENT_PHONE, str(note.path))
        return f"{len(story.VOICE_NOTES)} calls recorded"

    def wait_until_tagged(self) -> list[dict[str, object]]:
        records: list[dict[str, object]] = []

        def all_tagged() -> bool:
            nonlocal records
            output = self.cli("noticings", self.client_id, "--json")
            records = [json.loads(line) for line in output.splitlines() if line.strip()]
            failed = [r for r in records if r["status"] == NoticingStatus.FAILED]
            if failed:
                raise DemoError(
                    f"{len(failed)} noticing(s) failed in the worker", log=self.logs / "worker.log"
                )
            done = [r for r in records if r["status"] == NoticingStatus.TAGGED]
            return len(done) == story.EXPECTED_NOTICINGS

        try:
            wait_until(
                all_tagged,
                deadline_s=TAGGING_DEADLINE_S,
                what=f"{story.EXPECTED_NOTICINGS} tagged noticings",
                alive=self.supervisor.check_alive,
                interval_s=0.3,
            )
        except ProcessError as error:
            error.log = error.log or self.logs / "worker.log"
            raise
        return records

    def bring_brief_due(self) -> str:
        """Move the session up: it starts within the lead, so its brief is due now."""
        starts = self.local_now().replace(second=0, microsecond=0) + timedelta(
            minutes=BRIEF_LEAD_MINUTES
        )
        self.set_practice(starts)
        return f"session at {starts:%H:%M} {self.tz}"

    def wait_for_brief(self) -> Path:
        assert self.outbox is not None
        outbox = self.outbox

        def brief_arrived() -> bool:
            return any(_is_brief(path) for path in outbox.messages())

        try:
            wait_until(
                brief_arrived,
                deadline_s=BRIEF_DEADLINE_S,
                what="the brief in the outbox",
                alive=self.supervisor.check_alive,
            )
        except ProcessError as error:
            error.log = error.log or self.logs / "worker.log"
            raise
        return next(path for path in outbox.messages() if _is_brief(path))

    def open_and_check(self, eml: Path) -> OpenedBrief:
        try:
            opened = open_brief(eml, self.key_path)
        except ValueError as error:
            raise DemoError(str(error)) from None
        (self.dir / "brief.txt").write_text(opened.text, encoding="utf-8")
        (self.dir / "brief.html").write_text(opened.html, encoding="utf-8")
        missing = [text for text in story.TEXTS if text not in opened.text]
        if missing:
            raise DemoError(f"{len(missing)} texted noticing(s) are not verbatim in the brief")
        if opened.text.count("voice note, automatic transcript") < len(story.VOICE_NOTES):
            raise DemoError("the voice notes are not in the brief")
        if "The client chose a pause from" not in opened.text:
            raise DemoError("the brief does not mention the pause the client chose")
        try:
            self.pdf_note = write_brief_pdf(opened, self.dir / "brief.pdf", list(story.TEXTS))
        except (ValueError, subprocess.SubprocessError) as error:
            raise DemoError(f"the brief's PDF: {error}") from None
        return opened

    # --- plumbing -----------------------------------------------------------

    def run(self) -> None:
        step = self.progress.step
        with step(f"preparing {self.dir}"):
            self.prepare_directory()
        with step("starting Redis"):
            detail = self.start_redis()
        print(f"      {detail}")
        for title, action in (
            ("starting the TLS proxy (nginx, this run's own CA)", self.start_proxy),
            ("starting the SMTP outbox", self.start_outbox),
            ("starting the Twilio stand-in", self.start_twilio_stand_in),
            ("starting the intake", self.start_intake),
            # The console first: its URL is where the summary service's links point.
            ("starting the clinician console", self.start_console),
            ("starting the worker and the summary service", self.start_worker_and_summary),
        ):
            with step(title):
                detail = action()
            print(f"      {detail}")
        story_started = time.monotonic()
        with step("enrolling the clinician and the client"):
            detail = self.enrol()
        print(f"      {detail}")
        with step("the clinician sends the welcome, now that the practice is saved"):
            detail = self.send_welcome()
        print(f"      {detail}")
        with step("the client receives the welcome"):
            welcome = self.receive_welcome()
        print(f"      {welcome}")
        with step("the client replies YES"):
            detail = self.reply(story.CONSENT)
        print(f"      {detail}")
        with step("the client chooses a reminder and the pre-session nudge"):
            detail = self.choose_reminders()
        print(f"      {detail}")
        with step("the client texts their week"):
            detail = self.send_texts()
        print(f"      {detail}")
        with step("the client leaves voice notes"):
            detail = self.leave_voice_notes()
        print(f"      {detail}")
        with step("waiting for the worker to tag every noticing"):
            records = self.wait_until_tagged()
        _print_noticings(records)
        with step("the reminder and the nudge arrive in their slot"):
            sent = self.receive_reminder_and_nudge()
        print("      the Twilio stand-in holds these texts to the client:")
        for message in sent:
            print(f"      [{message['status']}] {message['body']}")
        with step("the client texts PAUSE for the rest of the week"):
            detail = self.reply(story.PAUSE)
        print(f"      {detail}")
        with step("moving the session up so its brief comes due"):
            detail = self.bring_brief_due()
        print(f"      {detail}")
        with step("waiting for the encrypted brief in the outbox"):
            eml = self.wait_for_brief()
        print(f"      {eml}")
        with step(f"decrypting it with {self.key_path.name}"):
            opened = self.open_and_check(eml)
        print()
        print(f"Subject: {opened.subject}")
        print()
        print(opened.text)
        print(f"HTML with the chart: {self.dir / 'brief.html'}")
        print(f"PDF to file in the chart: {self.pdf_note}")
        with step("signing in to the console as the clinician (password and TOTP)"):
            detail = self.check_console()
        print(f"      {detail}")
        with step("the clinician switches to briefs by link; the next session comes due"):
            detail = self.switch_to_link()
        print(f"      {detail}")
        with step("waiting for the brief-ready e-mail (no client material in it)"):
            notice = self.wait_for_link_notice()
            link = self.check_link_notice(notice)
        print(f"      {notice}")
        print(f"      link: {link}")
        with step("opening the link in the console, signed in"):
            detail = open_brief_link(self.browser, link, story.CLIENT_NAME)
        print(f"      the brief is on {detail}")
        print(f"The story took {time.monotonic() - story_started:.1f} s after set-up.")


def _is_brief(path: Path) -> bool:
    head = path.read_bytes()[:4096]
    return b"Subject: Pre-session brief" in head


def _print_noticings(records: list[dict[str, object]]) -> None:
    for record in records:
        cues = ", ".join(record["cues"]) or "no cue"  # type: ignore[arg-type]
        extras = []
        if record["intensity"] is not None:
            extras.append(f"intensity {record['intensity']}")
        if record["barrier"]:
            extras.append("barrier")
        extra = f" [{', '.join(extras)}]" if extras else ""
        print(f"      {record['kind']:5} ({cues}){extra}: {record['text']}")


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signal.Signals(signum).name)


def main() -> int:
    """Run the demo; 0 on success, 1 on failure, 130 when interrupted."""
    demo_dir = Path(os.environ.get("CARRYBACK_DEMO_DIR", "") or DEFAULT_DEMO_DIR)
    demo = Demo(demo_dir)
    keep_console = "--keep-console" in sys.argv[1:]
    signal.signal(signal.SIGTERM, _raise_interrupted)
    signal.signal(signal.SIGINT, _raise_interrupted)
    try:
        demo.run()
        if keep_console:
            print_login(demo.console, demo.ca.ca_file)
            while True:
                demo.supervisor.check_alive()
                time.sleep(1)
        return 0
    except Interrupted as why:
        print(f"\ninterrupted ({why}); stopping everything", file=sys.stderr)
        return 130
    except ProcessError as error:
        print(f"\ndemo failed: {error}", file=sys.stderr)
        if error.log is not None:
            print(f"--- last lines of {error.log} ---", file=sys.stderr)
            print(tail(error.log), file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C must not leave half the services running.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        demo.stop()
