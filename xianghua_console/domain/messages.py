"""What the core says to a person: a Chinese template with named ``{placeholders}`` and values.

The core cannot use Qt, yet the GUI shows its refusals and findings in the screen's language.
So a message keeps its template and its values apart: :class:`Message` *is* the Chinese text
(a ``str``: the CLI, the logs, the sheets, the tests and every ``"；".join`` keep working), and
also carries ``template`` and ``params``. The GUI (``gui/core_text.py``) looks the template up
under the translation context ``core`` and formats it with the values, a domain term through
``fmt.label``; a template without a translation falls back to the Chinese.

Writing one::

    raise Refused("单位“{name}”已归档。", name=unit.name)
    errors["at"] = msg("{what}不能晚于现在", what=msg("接收时间"))
    Finding(..., msg("{day:%m月%d日}值班人员{n}人", day=day, n=len(duty)))

The template is ONE string literal (``tools/i18n.py`` extracts it; an f-string would be a new
text each time, which no translation can contain); one kept in a table is marked
``template("…")``. A value may be a domain enum member (shown
as its ``label``), another message (translated in its turn), a date or time (formatted by the
placeholder's spec, e.g. ``{at:%H:%M}``; pass local times) or anything ``str()`` writes. Lists
of messages: :func:`joined`. A template without params is shown as written (no ``{{`` escapes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import Enum

log = logging.getLogger(__name__)

#: The separators :func:`joined` may put between messages (translated under ``core`` too).
SEPARATORS = ("；", "、", "，", "或", "\n")

Translate = Callable[[str], str]
Label = Callable[[object], str]


def _chinese(text: str) -> str:
    return text


def _label(member: object) -> str:
    return member.label  # type: ignore[attr-defined]


class Message(str):
    """A text of the core: equal to its Chinese wording, with its template and values."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        if isinstance(template, Message) and not params:
            return template
        self = super().__new__(cls, _render(str(template), params, _chinese, _label))
        self.template = str(template)
        self.params = params
        return self

    def __getnewargs__(self) -> tuple[str]:  # pickling and copying keep the Chinese text
        return (str(self),)

    def render(self, translate: Translate, label: Label) -> str:
        """The text with ``translate(template)`` and each value shown by ``label``/``render``."""
        return _render(self.template, self.params, translate, label)


class Joined(Message):
    """Several messages in a row, separated as in Chinese (``；``) or as the translation says."""

    parts: tuple[str, ...]
    sep: str

    def __new__(cls, parts: Iterable[str], sep: str = "；") -> Joined:
        if sep not in SEPARATORS:
            raise ValueError(f"joined() separator {sep!r} is not one of SEPARATORS")
        items = tuple(parts)
        self = str.__new__(cls, sep.join(str(_value(p, _chinese, _label)) for p in items))
        self.template = str(self)
        self.params = {}
        self.parts = items
        self.sep = sep
        return self

    def __getnewargs__(self) -> tuple[tuple[str, ...], str]:  # type: ignore[override]
        return (self.parts, self.sep)

    def render(self, translate: Translate, label: Label) -> str:
        sep = translate(self.sep) if self.sep.strip() else self.sep
        return sep.join(str(_value(p, translate, label)) for p in self.parts)


def msg(template: str, /, **params: object) -> Message:
    """A message: ``msg("{name}已归档。", name=person.name)`` (see the module's docstring)."""
    return Message(template, **params)


def term(member: object) -> Message:
    """A domain term alone (``term(IncidentStatus.VERIFIED)`` is ``已核实``), shown on screen
    as ``fmt.label(member)``: its template is nothing but the value, so it needs no
    translation of its own."""
    return Message("{term}", term=member)


def template(text: str) -> str:
    """Mark a template kept in a table and given its values later (``msg(TABLE[k], n=3)``):
    ``tools/i18n.py`` extracts it as it extracts ``msg("…")``'s."""
    return text


def joined(parts: Iterable[str], sep: str = "；") -> Joined:
    """``parts`` (messages or plain text) in one message, separated by ``sep``."""
    return Joined(parts, sep)


def as_message(text: str | Message) -> Message:
    """``text`` as a message: itself, or a plain string as a template without values."""
    return text if isinstance(text, Message) else Message(text)


def render(text: object, translate: Translate, label: Label) -> str:
    """Any value as a person reads it: a message translated, a domain term labelled."""
    return _value(text, translate, label)


def _value(value: object, translate: Translate, label: Label) -> object:
    if isinstance(value, Message):
        return value.render(translate, label)
    if isinstance(value, Enum) and hasattr(value, "label"):
        return label(value)
    return value


def _render(template: str, params: dict[str, object], translate: Translate, label: Label) -> str:
    text = translate(template)
    if not params:
        return text
    values = {k: _value(v, translate, label) for k, v in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        if text == template:
            raise
        # A translation that does not fit the values: the Chinese rather than nothing.
        log.warning("translation of %r does not format (%s): %r", template, exc, text)
        return template.format(**{k: _value(v, _chinese, label) for k, v in params.items()})
