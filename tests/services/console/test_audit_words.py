"""Every audit event Carryback writes reads as words on the audit pages.

An event without words showed as its dotted name ("noticings: retagged"), which an
auditor reading "who did what" should not have to decode. The events are found in
the source itself: every literal action passed to a function that writes the audit.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from services.console.records import AUDIT_WORDS, audit_words

ROOT = Path(__file__).resolve().parents[3]
ACTION = re.compile(r"^[a-z_]+\.[a-z_]+$")
# Every function that writes an audit event with the action as one of its arguments.
WRITERS = {"record", "record_read", "record_many", "open_client", "_audit", "AuditEvent"}


def written_actions() -> dict[str, str]:
    """Each literal audit action in services/ and shared/, with one place that writes it."""
    actions: dict[str, str] = {}
    for top in ("services", "shared"):
        for path in sorted((ROOT / top).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if not isinstance(node, ast.Call) or _name(node.func) not in WRITERS:
                    continue
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    if (
                        isinstance(argument, ast.Constant)
                        and isinstance(argument.value, str)
                        and ACTION.match(argument.value)
                    ):
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        actions.setdefault(argument.value, where)
    return actions


def _name(function: ast.expr) -> str:
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def test_the_source_is_read_for_the_events_it_writes() -> None:
    actions = written_actions()
    # The scan finds events from the console, the worker and the summary alike.
    assert {"timeline.read", "client.decrypted", "brief.sent", "alert.sent"} <= set(actions)


def test_every_event_written_has_words_on_the_audit_pages() -> None:
    unworded = {a: where for a, where in written_actions().items() if a not in AUDIT_WORDS}
    assert unworded == {}, "add these to AUDIT_WORDS (services/console/records.py)"


def test_an_event_without_words_still_reads_as_words_not_a_dotted_id() -> None:
    assert audit_words("noticings.retagged") == "re-tagged recent messages"
    assert audit_words("thing.never_named") == "thing: never named"
