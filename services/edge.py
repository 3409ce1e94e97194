"""Hostile input refused at the edge: one request hook for the console and the intake.

Before any view runs (and before the webhook signature is checked), the
path, the query and every form field are read as the bytes that came in and
refused with 400, naming only what is wrong, when they hold:

* bytes that are not UTF-8 (Werkzeug would turn them into U+FFFD silently);
* NUL or another control character (tab, line feed and carriage return
  aside), which PostgreSQL refuses in text (a 500 before this hook);
* a bidi override or isolate (U+202A-U+202E, U+2066-U+2069), which can make
  a name or cue read differently from what it is;
* a value longer than any field takes, or a run of more than 15 digits (no
  id, count or phone number is that long);
* a field given twice, unless the form takes a list under that name;
* a malformed id in the path (``*_id``: 32 hex digits; ``token``: URL-safe).

A client's own words are stored exactly as sent: the fields named as free
text (the SMS ``Body``) are checked for UTF-8 only, and bounded by the body
limit the intake already applies.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import BadRequest

log = logging.getLogger(__name__)

# Controls but tab, LF and CR; DEL and the C1 block; bidi overrides and isolates.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HUGE_NUMBER = re.compile(r"\s*[+-]?\d{16,}\s*")
ROW_ID = re.compile(r"[0-9a-f]{32}")
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")
MAX_PATH_CHARS = 512
MAX_QUERY_VALUE_CHARS = 512
FORM_ENCODED = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class EdgeRules:
    """What one app accepts; the defaults are the console's."""

    max_value_chars: int = 20_000
    # Only these form fields get the content checks (None: every field but free
    # text). The intake names the fields it reads: a field Twilio adds that
    # Carryback never reads is no reason to refuse (and lose) a client's text.
    checked: frozenset[str] | None = None
    # Fields whose value is a client's own words: UTF-8 checked, nothing else.
    free_text: frozenset[str] = frozenset()
    # Fields a form sends more than once on purpose (a list of checkboxes).
    lists: frozenset[str] = frozenset()
    # JSON answers (the intake's) or an HTML page (the console's error template).
    json: bool = False


class HostileInput(BadRequest):
    """Refused at the edge; ``reason`` names the problem, never the value."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def install_edge_guard(app: Flask, rules: EdgeRules) -> None:
    """Run :func:`check_request` before every view of ``app``."""

    def _guard() -> None:
        check_request(rules)

    # First of the app's hooks: nothing else reads the request before it.
    app.before_request_funcs.setdefault(None, []).insert(0, _guard)

    def _refused(error: HostileInput) -> tuple[Response | str, int]:
        if rules.json:
            return jsonify(error="request refused", reason=error.reason), 400
        message = f"This request could not be read ({error.reason}). Nothing was saved."
        return render_template("error.html", title="Request refused", message=message), 400

    app.register_error_handler(HostileInput, _refused)


def check_request(rules: EdgeRules) -> None:
    """Raise :class:`HostileInput` (400) for anything the module docstring lists."""
    environ = request.environ
    path = _wsgi_text(environ.get("PATH_INFO", ""), "path")
    if "\ufffd" in path:  # bad bytes some servers have already replaced
        _refuse("path is not UTF-8")
    if len(path) > MAX_PATH_CHARS:
        _refuse("path too long")
    _check_text(path, "path")
    query = _wsgi_text(environ.get("QUERY_STRING", ""), "query")
    _check_pairs(_pairs(query.encode("utf-8")), rules, "query")
    for name, value in (request.view_args or {}).items():
        _check_path_value(name, str(value))
    content_type = (request.mimetype or "").lower()
    if request.method in ("POST", "PUT", "PATCH") and content_type == FORM_ENCODED:
        _check_pairs(_pairs(request.get_data(cache=True)), rules, "form")
    elif content_type == "multipart/form-data":
        # Werkzeug has decoded these already (invalid UTF-8 shows as U+FFFD).
        pairs = [(k, v) for k, values in request.form.lists() for v in values]
        _check_pairs(pairs, rules, "form", decoded=True)


def _pairs(raw: bytes) -> list[tuple[str, str]]:
    """Form-encoded fields, decoded strictly (Werkzeug's parser would replace bad bytes)."""
    pairs = []
    for part in raw.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append(
            (
                _utf8(unquote_to_bytes(name.replace(b"+", b" ")), "field name"),
                _utf8(unquote_to_bytes(value.replace(b"+", b" ")), "field value"),
            )
        )
    return pairs


def _check_pairs(
    pairs: Iterable[tuple[str, str]], rules: EdgeRules, where: str, *, decoded: bool = False
) -> None:
    seen: set[str] = set()
    limit = rules.max_value_chars if where == "form" else MAX_QUERY_VALUE_CHARS
    for name, value in pairs:
        _check_text(name, f"{where} field name")
        if len(name) > 100:
            _refuse(f"{where} field name too long")
        if name in seen and name not in rules.lists:
            _refuse(f"{where} field given twice")
        seen.add(name)
        if decoded and "\ufffd" in value:
            _refuse(f"{where} field is not UTF-8")
        if name in rules.free_text or (
            where == "form" and rules.checked is not None and name not in rules.checked
        ):
            continue
        if len(value) > limit:
            _refuse(f"{where} field too long")
        _check_text(value, f"{where} field")
        if HUGE_NUMBER.fullmatch(value):
            _refuse(f"{where} field: number too large")


def _check_path_value(name: str, value: str) -> None:
    if name.endswith("_id") and not ROW_ID.fullmatch(value):
        _refuse("malformed id in the path")
    if name == "token" and not TOKEN.fullmatch(value):
        _refuse("malformed link in the path")


def _check_text(text: str, what: str) -> None:
    if FORBIDDEN.search(text):
        _refuse(f"{what} holds a control or direction-override character")


def _wsgi_text(value: str, what: str) -> str:
    """A WSGI environ string (bytes as latin-1, PEP 3333) as the UTF-8 text it must be."""
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:
        return value  # a server that decoded already
    return _utf8(raw, what)


def _utf8(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        _refuse(f"{what} is not UTF-8")
        raise  # unreachable: _refuse raises


def _refuse(reason: str) -> None:
    # The reason only: the value may be client material, or an attack on the log.
    log.warning("refused at the edge: %s on %s", reason, request.endpoint or "no route")
    raise HostileInput(reason)
