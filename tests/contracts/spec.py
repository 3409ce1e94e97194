"""Twilio's own OpenAPI description of the 2010-04-01 REST API, vendored (see SOURCE.md).

Read only through :func:`load`, which refuses a file whose SHA-256 is not the
pinned one: the description is Twilio's, so a change to it is an update
(SOURCE.md says how), never an edit. Everything else here answers the
questions the contract tests ask of it: which operation a request is, which
form parameters and response fields an operation has, and whether a value
fits a property's schema.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SPEC_PATH = Path(__file__).with_name("twilio_api_v2010.json")
SPEC_REPOSITORY = "twilio/twilio-oai"
SPEC_COMMIT = "d50069b44ea8cd23141385bdb6db48f16ff75bb5"
SPEC_SHA256 = "99cae87a6bb1725f71363364cbd30282a13140374b2d5f9bdd5bdfa5d4c8a6d7"

API_VERSION = "2010-04-01"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
# An E.164 number, or an alphanumeric sender id (Twilio's phone-number format allows both).
_PHONE = re.compile(r"^(\+[1-9][0-9]{1,14}|[A-Za-z0-9 ]{1,11})$")


class SpecFileChanged(AssertionError):
    """The vendored description is not the file SOURCE.md names."""


@cache
def load() -> dict[str, Any]:
    """The parsed description, after checking its SHA-256 against the pin."""
    raw = SPEC_PATH.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SPEC_SHA256:
        raise SpecFileChanged(
            f"{SPEC_PATH.name} has SHA-256 {digest}, not the pinned {SPEC_SHA256}: "
            "update it as tests/contracts/SOURCE.md says, not by hand"
        )
    return json.loads(raw)


@dataclass(frozen=True)
class Operation:
    """One method on one path template of the description."""

    method: str  # lower case, as OpenAPI writes it
    template: str  # e.g. /2010-04-01/Accounts/{AccountSid}/Messages.json
    path_params: dict[str, str]  # the values the concrete path gave each {Name}

    @property
    def body(self) -> dict[str, Any]:
        return load()["paths"][self.template][self.method]

    def parameters(self, where: str) -> dict[str, dict[str, Any]]:
        """Schemas of the ``path`` or ``query`` parameters, by name."""
        return {
            parameter["name"]: resolve(parameter.get("schema", {}))
            for parameter in self.body.get("parameters", [])
            if parameter["in"] == where
        }

    def form_properties(self) -> dict[str, dict[str, Any]]:
        """The form-encoded request body's properties (empty when it takes none)."""
        content = self.body.get("requestBody", {}).get("content", {})
        if FORM not in content:
            return {}
        return {
            name: resolve(schema)
            for name, schema in resolve(content[FORM]["schema"]).get("properties", {}).items()
        }

    def success_statuses(self) -> set[int]:
        return {int(status) for status in self.body["responses"] if status.startswith("2")}

    def response_properties(self, status: int) -> dict[str, dict[str, Any]] | None:
        """The JSON response's properties for ``status``; None when it has no JSON body."""
        content = self.body["responses"][str(status)].get("content", {})
        if JSON not in content:
            return None
        return {
            name: resolve(schema)
            for name, schema in resolve(content[JSON]["schema"]).get("properties", {}).items()
        }

    def response_example(self, status: int) -> dict[str, Any]:
        """Twilio's first example of the JSON response for ``status``."""
        examples = self.body["responses"][str(status)]["content"][JSON]["examples"]
        return dict(next(iter(examples.values()))["value"])


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (``#/components/schemas/...``) to its schema."""
    while "$ref" in schema:
        node: Any = load()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def find_operation(method: str, path: str) -> Operation | None:
    """The operation a request for ``path`` (no host, no query) with ``method`` is, if any."""
    for template, item in load()["paths"].items():
        match = _template_regex(template).fullmatch(path)
        if match and method.lower() in item:
            return Operation(method.lower(), template, match.groupdict())
    return None


@cache
def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[A-Za-z]+\})", template)
    pattern = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(pattern)


def misfits(value: Any, schema: dict[str, Any], *, form: bool) -> list[str]:
    """Why ``value`` does not fit ``schema`` (empty when it does).

    ``form`` says the value came from a form body, where everything is text:
    then an integer property takes digits, a boolean ``true``/``false``.
    """
    schema = resolve(schema)
    if value is None:
        return [] if schema.get("nullable") else ["null where the schema allows none"]
    kind = schema.get("type", "string" if "enum" in schema else None)
    problems = _type_misfit(value, kind, form=form)
    if problems or not isinstance(value, str):
        return problems
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{value!r} is not one of {schema['enum']}")
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        problems.append(f"does not match {schema['pattern']}")
    if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", 1 << 30):
        problems.append("length outside minLength/maxLength")
    fmt = schema.get("format")
    if fmt == "phone-number" and not _PHONE.fullmatch(value):
        problems.append("not a phone number")
    if fmt == "uri" and not (_is_url(value) or _is_twilio_path(value)):
        problems.append("not an absolute http(s) URL")
    return problems


def _type_misfit(value: Any, kind: str | None, *, form: bool) -> list[str]:
    if kind is None or kind == "array":
        return []  # arrays are repeated form keys; untyped properties take anything
    if form:
        text_fits = {
            "string": True,
            "integer": re.fullmatch(r"-?[0-9]+", str(value)) is not None,
            "number": re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", str(value)) is not None,
            "boolean": str(value) in ("true", "false"),
        }
        return [] if text_fits.get(kind, False) else [f"{value!r} is not form text for {kind}"]
    json_types: dict[str, tuple[type, ...]] = {
        "string": (str,),
        "integer": (int,),
        "number": (int, float),
        "boolean": (bool,),
        "object": (dict,),
    }
    expected = json_types.get(kind, (object,))
    fits = isinstance(value, expected) and not (kind != "boolean" and isinstance(value, bool))
    return [] if fits else [f"{type(value).__name__} where the schema says {kind}"]


def _is_twilio_path(value: str) -> bool:
    """A list's paging URIs, which Twilio's own examples write as paths without a host."""
    return value.startswith(f"/{API_VERSION}/")


def _is_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
