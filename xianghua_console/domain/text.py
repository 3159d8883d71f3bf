"""Text helpers: pinyin initials for search, display widths of Chinese text."""

from __future__ import annotations

import unicodedata


def pinyin_initials(name: str) -> str:
    """Lower-case pinyin initials of a Chinese name (``东岗村`` → ``dgc``), for quick search."""
    from pypinyin import Style, lazy_pinyin

    return "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER) if p).lower()


def display_width(text: str) -> int:
    """Width in columns: East-Asian wide and full-width characters count as two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
