"""A refused form, announced: the errors of every form on the page, for the summary at its top.

Each view already shows an error beside its field; screen-reader and keyboard
users also need to hear that the submit was refused and to reach each problem.
``page_errors`` finds every WTForms form the template was given (a move form
arrives as ``(session_id, form)``) and lists its errors with the field's id,
so ``base.html`` can prefix the title with "Error:" and put a ``role=alert``
summary, linking each field, first in the page (the script moves focus there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from wtforms import Form
from wtforms.fields import Field, FieldList, FormField, RadioField, SelectMultipleField


@dataclass(frozen=True)
class PageError:
    field_id: str
    label: str
    message: str


def _forms_in(values: Iterable[Any]) -> Iterator[Form]:
    for value in values:
        if isinstance(value, Form):
            yield value
        elif isinstance(value, tuple):
            yield from (item for item in value if isinstance(item, Form))


def _field_errors(field: Field) -> Iterator[PageError]:
    if isinstance(field, FieldList):
        for entry in field.entries:
            yield from _field_errors(entry)
        return
    if isinstance(field, FormField):
        for inner in field.form:
            yield from _field_errors(inner)
        return
    # A radio or checkbox group is reached by its first choice (the group has no input).
    grouped = isinstance(field, RadioField | SelectMultipleField)
    target = f"{field.id}-0" if grouped else field.id
    for message in field.errors if isinstance(field.errors, list) else ():
        yield PageError(target, field.label.text, str(message))


@pass_context
def page_errors(context: Context) -> list[PageError]:
    """Every error of every form in this template's context, in the page's order."""
    found: list[PageError] = []
    seen: set[int] = set()
    for form in _forms_in(context.get_all().values()):
        if id(form) in seen:
            continue
        seen.add(id(form))
        for field in form:
            found.extend(_field_errors(field))
    return found
