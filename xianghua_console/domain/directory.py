"""Rules of the directories: what a phone number looks like, how a person is written.

Pure: the directory services and the Excel import both check with these, so a number typed
into the editor and one read from a spreadsheet are judged alike.
"""

from __future__ import annotations

import re

from xianghua_console.domain.messages import Message, msg

# A mobile (11 digits from 13…19) or a landline: 7–8 digits, optionally after an area code
# (0 and 2–3 digits) and a hyphen, optionally with an extension (转 or -).
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?\d{7,8}((-|转)\d{1,5})?$")


def normalize_phone(text: str) -> str:
    """The number as stored: surrounding and inner spaces removed, full-width digits folded."""
    folded = text.translate(str.maketrans("０１２３４５６７８９－", "0123456789-"))
    return "".join(folded.split())


def phone_problem(text: str) -> Message | None:
    """Why ``text`` is not a usable phone number, or None (an empty one is allowed)."""
    phone = normalize_phone(text)
    if not phone:
        return None
    if _MOBILE.match(phone) or _LANDLINE.match(phone):
        return None
    return msg("电话号码“{phone}”格式不对（手机 11 位；座机 7–8 位，可带区号如 0394-6952565）",
               phone=text.strip())


def person_label(name: str, post: str = "", phone: str = "") -> str:
    """``信访办主任 田新民 13900000002`` (only the parts there are)."""
    return " ".join(x for x in (post, name, phone) if x)
