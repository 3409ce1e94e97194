"""A client's text played as Twilio handles it: keywords first, then the webhook, then
the TwiML reply.

In order, as Twilio's docs describe a message to a long code:

1. an opt-out keyword puts the sender on the number's block list, an opt-in
   keyword takes them off it, and Twilio sends its own automatic reply
   (services.simulator.keywords says which, in which mode);
2. the message is posted, signed, to the number's messaging webhook, with
   ``OptOutType`` when Advanced Opt-Out matched a keyword ("Twilio will
   still let you know when you receive a message containing these
   keywords");
3. each ``<Message>`` of the TwiML answer is sent to the sender, unless the
   block list refuses it (error 21610, as it refuses an API send). A
   non-2xx answer or one that is not TwiML sends nothing (Twilio's errors
   11200 and 12100).

Twilio's docs do not say whether the TwiML answer to the STOP itself passes
the block the STOP has just created; the stand-in assumes it does not (the
block is on the number, whatever sends to it), which is why Carryback never
answers STOP itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import requests

from services.simulator.keywords import KeywordHandling, KeywordKind
from services.simulator.webhooks import WebhookSender, new_sid, sms_params

MAX_TWIML_BYTES = 64 * 1024  # Twilio's documented limit for a TwiML response


class Phones(Protocol):
    """What the stand-in keeps about numbers and the texts that reach them."""

    def blocked(self, number: str) -> bool: ...

    def block(self, number: str) -> None: ...

    def unblock(self, number: str) -> None: ...

    def hold_inbound(self, sid: str, from_: str, to: str, body: str) -> None:
        """Twilio now holds the inbound message (a Message resource)."""

    def deliver_automatic(self, to: str, from_: str, body: str) -> None:
        """Twilio's own keyword reply reached ``to`` (no Message resource: not in the logs)."""

    def send_reply(self, to: str, from_: str, body: str, action: str | None) -> bool:
        """A TwiML reply as a Message resource; False when the block list refused it."""


@dataclass
class Reply:
    to: str
    body: str
    status: str  # "sent", or "failed" (21610: the number is on the block list)


@dataclass
class TextReport:
    """What happened to one inbound text, as the client's phone and a test see it."""

    message_sid: str
    keyword: str | None  # STOP, START or HELP when Twilio took it for one
    automatic_reply: str  # Twilio's own reply ("" when none)
    webhook: str = ""  # "POST <url> -> 200"
    replies: list[Reply] = field(default_factory=list)  # the TwiML answer's messages
    received: list[str] = field(default_factory=list)  # what reached the sender's phone
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def receive_text(
    sender: WebhookSender,
    handling: KeywordHandling,
    phones: Phones,
    *,
    sms_url: str,
    account_sid: str,
    service_sid: str,
    from_: str,
    to: str,
    body: str,
) -> TextReport:
    """Play one text from ``from_`` to our number ``to`` through Twilio's handling."""
    sid = new_sid("SM")
    kind = handling.kind_of(body)
    phones.hold_inbound(sid, from_, to, body)
    automatic = _apply_keyword(handling, phones, kind, from_)
    report = TextReport(sid, kind.value if kind else None, automatic)
    if automatic:
        phones.deliver_automatic(from_, to, automatic)
        report.received.append(automatic)
    params = sms_params(account_sid, sid, from_, to, body)
    params |= handling.webhook_extra(kind, service_sid)
    try:
        response = sender.request("POST", sms_url, params)
    except requests.RequestException as error:
        report.webhook = f"POST {sms_url} -> {type(error).__name__}"
        report.errors.append(f"{sms_url}: {type(error).__name__} (Twilio error 11200)")
        return report
    report.webhook = f"POST {sms_url} -> {response.status_code}"
    for message in _messages(response, sms_url, report):
        recipient = message.get("to") or from_
        text = message["body"]
        sent = phones.send_reply(recipient, message.get("from") or to, text, message.get("action"))
        report.replies.append(Reply(recipient, text, "sent" if sent else "failed"))
        if sent and recipient == from_:
            report.received.append(text)
    return report


def _apply_keyword(
    handling: KeywordHandling, phones: Phones, kind: KeywordKind | None, sender: str
) -> str:
    """Change the block list as the keyword asks; Twilio's automatic reply, if any."""
    if kind is None:
        return ""
    was_blocked = phones.blocked(sender)
    if kind is KeywordKind.STOP:
        phones.block(sender)
    elif kind is KeywordKind.START:
        phones.unblock(sender)
    return handling.automatic_reply(kind, was_blocked=was_blocked)


def _messages(response: requests.Response, url: str, report: TextReport) -> list[dict[str, str]]:
    """The ``<Message>`` verbs of a TwiML answer: body, and to/from/action when given."""
    if not 200 <= response.status_code < 300:
        report.errors.append(f"{url} answered HTTP {response.status_code} (Twilio error 11200)")
        return []
    if not response.content.strip():
        return []  # an empty 200 (or 204): no reply, and not an error for messaging
    if len(response.content) > MAX_TWIML_BYTES:
        report.errors.append(f"{url} answered more than {MAX_TWIML_BYTES} bytes")
        return []
    try:
        # The answer of the project's own intake (or a test's); expat refuses
        # entity expansion bombs since 2.4.1.
        root = ET.fromstring(response.content)  # noqa: S314
    except ET.ParseError:
        report.errors.append(f"{url} answered something that is not TwiML (Twilio error 12100)")
        return []
    if root.tag != "Response":
        report.errors.append(f"{url} answered <{root.tag}>, not <Response>")
        return []
    messages = []
    for verb in root:
        if verb.tag != "Message":
            report.errors.append(f"the stand-in does not play <{verb.tag}> in a messaging answer")
            continue
        # The body is the verb's text, or its <Body> noun's.
        noun = verb.find("Body")
        text = "".join((noun if noun is not None else verb).itertext()).strip()
        if text:
            attributes = {name: verb.get(name, "") for name in ("to", "from", "action")}
            messages.append({"body": text, **{k: v for k, v in attributes.items() if v}})
    return messages
