"""The core's messages in the screen's language.

The services, the store and the domain cannot use Qt: what they say to a person is a
:class:`~xianghua_console.domain.messages.Message`, a Chinese template with its values. Here
the template is looked up under the translation context ``core`` (``tools/i18n.py`` collects
the templates from the core's sources), then filled with the values: a domain term through
:func:`fmt.label`, a nested message translated in its turn. A template without a translation
(or a plain string) shows as the Chinese it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from xianghua_console.domain.messages import Message, render

CONTEXT = "core"


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def _label(member: object) -> str:
    from xianghua_console.gui.fmt import label

    return label(member)


def text(value: object) -> str:
    """``value`` as the screen shows it: a message translated, a domain term labelled,
    anything else as ``str()`` writes it (data typed by people stays as typed)."""
    if value is None:
        return ""
    return str(render(value, _translate, _label))


def message_of(exc: BaseException) -> Message | None:
    """The message an exception of the core carries (``exc.message``, else a Message as
    its only argument), or None."""
    found = getattr(exc, "message", None)
    if isinstance(found, Message):
        return found
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return None


def error_text(exc: BaseException) -> str:
    """An exception's text in the screen's language (``str(exc)`` when it has no message)."""
    found = message_of(exc)
    return text(found) if found is not None else str(exc)


def field_texts(errors: Mapping[str, object]) -> dict[str, str]:
    """``InvalidInput.errors`` (field → message) in the screen's language."""
    return {name: text(message) for name, message in errors.items()}


def join(texts: Iterable[str]) -> str:
    """Messages shown in one line, separated as the core separates them (``；``)."""
    return _translate("；").join(texts)
