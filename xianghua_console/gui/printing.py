"""Printing HTML documents (the weekly report) to PDF with Qt: QTextDocument on a QPdfWriter.

The core builds the document as HTML (``exports.weekly_html``); only this module knows Qt.
Offscreen Qt on a bare machine has no CJK font, so the one found by ``gui.app`` is registered
first: the PDF then carries real, embedded CJK text rather than boxes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

MARGINS_MM = QMarginsF(18, 16, 18, 14)  # left, top, right, bottom
FOOTER_MM = 9.0  # space kept at the bottom of the body for the page number
BODY_POINT_SIZE = 10.0
RESOLUTION = 300  # dots per inch: plenty for text, keeps coordinates small


class PrintError(Exception):
    """The PDF could not be written; the message says why, in Chinese."""


def html_to_pdf(html: str, path: Path, *, title: str) -> None:
    """Write ``html`` to the PDF file ``path``: A4, margins, "第 n 页 / 共 m 页" in the footer."""
    _ensure_gui()
    from xianghua_console.gui.app import register_cjk_font

    family = register_cjk_font()
    if family is None:
        raise PrintError("找不到中文字体，无法生成 PDF（请安装 fonts-wqy-microhei 或 Noto CJK）。")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("香花镇信访稳定值班台")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)

    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # Lay the text out for the printer's resolution, so point sizes come out right on paper.
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)

    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    dots_per_mm = writer.resolution() / 25.4
    footer = FOOTER_MM * dots_per_mm
    body = QSizeF(paint.width(), paint.height() - footer)
    doc.setPageSize(body)
    pages = max(doc.pageCount(), 1)

    footer_font = QFont(family)
    footer_font.setPointSizeF(8.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError(f"无法写入 PDF 文件：{path}")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            top = index * body.height()
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, body.width(), body.height())
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, paint.height() - footer * 0.8, paint.width(), footer * 0.8),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"第 {index + 1} 页 / 共 {pages} 页",
            )
            painter.drawText(
                QRectF(0, paint.height() - footer * 0.8, paint.width(), footer * 0.8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                title,
            )
    finally:
        painter.end()


def _ensure_gui() -> None:
    """Fonts and text layout need a QGuiApplication; make an offscreen one if there is none."""
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed for a PDF
    from xianghua_console.gui.app import ensure_application

    ensure_application()
