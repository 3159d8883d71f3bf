"""Length limits of what people type, with the message that names the field.

The names and phones match the width of their database columns (``String(40)``): SQLite
would store a longer value silently and PostgreSQL refuse it, so the services refuse it
first, in words. Texts (a summary, a report, a reason) are limited to what a person types:
anything longer is a paste gone wrong.
"""

from __future__ import annotations

from xianghua_console.domain.messages import msg

NAME = 40  # a person's name, who confirmed or accepted, a username
PHONE = 40
PLACE = 120  # a place; whom a report went to
TEXT = 4000  # a summary, a daily report, a reason, a note, a meeting's problems
LONG_TEXT = 20000  # a notice's content and measures


def too_long(**fields: tuple[str | None, str, int]) -> dict[str, str]:
    """``field → message`` for each ``(value, label, limit)`` whose stripped value is too long
    (``label``: a :func:`~xianghua_console.domain.messages.msg`, shown translated)."""
    out = {}
    for field, (value, label, limit) in fields.items():
        if value is not None and len(value.strip()) > limit:
            out[field] = msg("{label}不能超过 {limit} 个字（现有 {n} 个字）", label=label,
                             limit=limit, n=len(value.strip()))
    return out
