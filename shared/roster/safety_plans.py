"""A client's safety plan: the six parts of Stanley and Brown's template, in the client's words.

Co-built in session, like the practice, and kept the same way: sealed under the
client's key, never edited (each change adds a version, so what a client
received by PLAN is what was current then), every change and every read by a
person audited. The parts are short lists; a person and a professional is a
name with a phone number, both as the client wrote them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from shared.db.models import Client, SafetyPlan
from shared.vault import audit
from shared.vault.keys import KeyStore
from shared.vault.sealed import SAFETY_PLAN_PARTS, OpenedClient

# Short lists of short entries: the plan is read on a phone in a hard moment, and
# every message of it must stay within four SMS segments (one entry always fits).
MAX_ITEMS = 6
MAX_ITEM_CHARS = 100
MAX_NAME_CHARS = 60
MAX_PHONE_CHARS = 30
_DIGITS = re.compile(r"\d")
# What a phone number may hold as typed: digits, spaces, + ( ) - . and an extension.
_PHONE = re.compile(r"^[0-9+()\-. xext]+$", re.IGNORECASE)


class SafetyPlanError(ValueError):
    """A plan that cannot be saved; the message names the part and says why.

    ``part`` is the field at fault (a key of :data:`PART_NAMES`), or None for the whole plan.
    """

    def __init__(self, message: str, part: str | None = None) -> None:
        super().__init__(message)
        self.part = part


@dataclass(frozen=True)
class Contact:
    """Someone to reach: a name and a phone number, as the client wrote them."""

    name: str
    phone: str

    def __str__(self) -> str:
        return f"{self.name} {self.phone}"


@dataclass(frozen=True)
class PlanParts:
    """The six parts, in the template's order."""

    warning_signs: tuple[str, ...] = ()
    coping: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()
    people: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    safe_steps: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.warning_signs,
                self.coping,
                self.distractions,
                self.people,
                self.professionals,
                self.safe_steps,
            )
        )

    def as_json(self) -> str:
        return json.dumps(
            {
                "warning_signs": list(self.warning_signs),
                "coping": list(self.coping),
                "distractions": list(self.distractions),
                "people": [[c.name, c.phone] for c in self.people],
                "professionals": [[c.name, c.phone] for c in self.professionals],
                "safe_steps": list(self.safe_steps),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> PlanParts:
        data = json.loads(raw)
        return cls(
            warning_signs=tuple(data.get("warning_signs", ())),
            coping=tuple(data.get("coping", ())),
            distractions=tuple(data.get("distractions", ())),
            people=tuple(Contact(n, p) for n, p in data.get("people", ())),
            professionals=tuple(Contact(n, p) for n, p in data.get("professionals", ())),
            safe_steps=tuple(data.get("safe_steps", ())),
        )


# The parts as the console and the CLI name them (field, what the clinician reads).
PART_NAMES = {
    "warning_signs": "Warning signs",
    "coping": "Things I can do on my own",
    "distractions": "People and places that help me feel better",
    "people": "People I can ask for help",
    "professionals": "Professionals and services",
    "safe_steps": "Making my surroundings safer",
}


@dataclass(frozen=True)
class SafetyPlanView:
    """A version of the plan, opened."""

    id: str
    version: int
    created_at: datetime
    parts: PlanParts


def _items(part: str, raw: Iterable[str]) -> tuple[str, ...]:
    items = tuple(" ".join(item.split()) for item in raw if item and item.strip())
    name = PART_NAMES[part]
    if len(items) > MAX_ITEMS:
        raise SafetyPlanError(f"{name}: at most {MAX_ITEMS} entries (a short list)", part)
    for item in items:
        if len(item) > MAX_ITEM_CHARS:
            raise SafetyPlanError(
                f"{name}: {item[:30]!r}... is longer than {MAX_ITEM_CHARS} characters; "
                "keep each entry short",
                part,
            )
    return items


def parse_contact(raw: str, part: str = "people") -> Contact:
    """ "NAME|PHONE" (the CLI's form, and each line of the console's box)."""
    name, bar, phone = raw.partition("|")
    name, phone = " ".join(name.split()), phone.strip()
    label = PART_NAMES[part]
    if not bar or not name or not phone:
        raise SafetyPlanError(f"{label}: write each as NAME|PHONE (got {raw.strip()!r})", part)
    if len(name) > MAX_NAME_CHARS:
        raise SafetyPlanError(
            f"{label}: {name[:30]!r}... is longer than {MAX_NAME_CHARS} characters"
        )
    if len(phone) > MAX_PHONE_CHARS or not _PHONE.fullmatch(phone) or not _DIGITS.search(phone):
        raise SafetyPlanError(f"{label}: {phone!r} is not a phone number", part)
    return Contact(name, phone)


def _contacts(part: str, raw: Iterable[str]) -> tuple[Contact, ...]:
    contacts = tuple(parse_contact(item, part) for item in raw if item and item.strip())
    if len(contacts) > MAX_ITEMS:
        raise SafetyPlanError(
            f"{PART_NAMES[part]}: at most {MAX_ITEMS} entries (a short list)", part
        )
    return contacts


def build_parts(
    *,
    warning_signs: Sequence[str] = (),
    coping: Sequence[str] = (),
    distractions: Sequence[str] = (),
    people: Sequence[str] = (),
    professionals: Sequence[str] = (),
    safe_steps: Sequence[str] = (),
) -> PlanParts:
    """The six parts as typed (people and professionals as "NAME|PHONE"), checked."""
    parts = PlanParts(
        warning_signs=_items("warning_signs", warning_signs),
        coping=_items("coping", coping),
        distractions=_items("distractions", distractions),
        people=_contacts("people", people),
        professionals=_contacts("professionals", professionals),
        safe_steps=_items("safe_steps", safe_steps),
    )
    if parts.empty:
        raise SafetyPlanError("a safety plan needs at least one entry in one of its six parts")
    return parts


def set_plan(
    session: Session,
    keys: KeyStore,
    client: Client | OpenedClient,
    parts: PlanParts,
    *,
    actor: str | None = None,
) -> SafetyPlan:
    """Add a new version of the client's plan, sealed; audited as ``safety_plan.set``."""
    if parts.empty:
        raise SafetyPlanError("a safety plan needs at least one entry in one of its six parts")
    opened = client if isinstance(client, OpenedClient) else keys.open_client(session, client)
    latest = session.execute(
        select(SafetyPlan.version)
        .where(SafetyPlan.client_id == opened.id)
        .order_by(SafetyPlan.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    plan = SafetyPlan(client_id=opened.id, version=(latest or 0) + 1, parts_enc=b"")
    session.add(plan)
    session.flush()
    opened.seal(SAFETY_PLAN_PARTS, plan, parts.as_json())
    session.flush()
    audit.record(
        session,
        actor=actor or audit.current_actor(),
        action="safety_plan.set",
        subject_type="client",
        subject_id=opened.id,
        detail=f"version {plan.version}",
        keys=keys,
    )
    return plan


def current_plan(session: Session, opened: OpenedClient) -> SafetyPlanView | None:
    """The latest version, opened (the caller audits the read)."""
    row = session.execute(
        select(SafetyPlan)
        .where(SafetyPlan.client_id == opened.id)
        .order_by(SafetyPlan.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    return None if row is None else open_plan(opened, row)


def open_plan(opened: OpenedClient, row: SafetyPlan) -> SafetyPlanView:
    raw = opened.open_text(SAFETY_PLAN_PARTS, row) or "{}"
    return SafetyPlanView(row.id, row.version, row.created_at, PlanParts.from_json(raw))


def read_plan(
    session: Session,
    keys: KeyStore,
    client: Client,
    *,
    actor: str,
    action: str = "safety_plan.read",
) -> SafetyPlanView | None:
    """The current plan, read by a person or sent to the client: audited with its version."""
    plan = current_plan(session, keys.open_client(session, client))
    audit.record(
        session,
        actor=actor,
        action=action,
        subject_type="client",
        subject_id=client.id,
        detail=f"version {plan.version}" if plan else "no plan",
        keys=keys,
    )
    return plan


def has_plan(session: Session, client_id: str) -> bool:
    """Whether the client has a plan (no key opened: the crisis reply needs only this)."""
    return bool(session.execute(select(exists().where(SafetyPlan.client_id == client_id))).scalar())


def plan_versions(session: Session, client_id: str) -> list[tuple[str, int, datetime]]:
    """Every version (id, number, when saved), newest first: no client words."""
    rows = session.execute(
        select(SafetyPlan.id, SafetyPlan.version, SafetyPlan.created_at)
        .where(SafetyPlan.client_id == client_id)
        .order_by(SafetyPlan.version.desc())
    ).all()
    return [(row.id, row.version, row.created_at) for row in rows]
