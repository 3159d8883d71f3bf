"""Offscreen screenshots of the five views."""

from __future__ import annotations

from PySide6.QtGui import QImage

from xianghua_console.gui.screenshot import VIEW_NAMES, WINDOW_SIZE, render_views
from xianghua_console.store.db import OpenReport


def test_render_views_writes_five_pngs(qapp, sample_ctx, tmp_path):
    out = tmp_path / "shots"
    paths = render_views(sample_ctx, out, open_report=OpenReport(created=True))
    assert [p.name for p in paths] == [f"{name}.png" for name in VIEW_NAMES]
    for path in paths:
        assert path.parent == out and path.stat().st_size > 10_000
        image = QImage(str(path))
        assert not image.isNull()
        assert (image.width(), image.height()) == WINDOW_SIZE
