"""Warning notices (预警通知): their document number and the line of recipients (主送).

Pure: the notice services number and address a notice with these, the printout shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

NUMBER_PREFIX = "香稳预"
ALL_VILLAGES = "各村（居）"
ALL_TOWN_UNITS = "镇直各单位"


def notice_number(year: int, seq: int) -> str:
    """``香稳预〔2027〕3号``: the ``seq``-th notice of ``year``, counted from 1 without gaps."""
    if seq < 1:
        raise ValueError("a notice's number counts from 1")
    return f"{NUMBER_PREFIX}〔{year}〕{seq}号"


def recipients_line(
    *, all_villages: bool, all_town_units: bool, others: Sequence[str] = ()
) -> str:
    """The 主送 line: the shortcuts by their collective names, then each other unit by name."""
    parts = []
    if all_villages:
        parts.append(ALL_VILLAGES)
    if all_town_units:
        parts.append(ALL_TOWN_UNITS)
    parts.extend(others)
    return "、".join(parts)
