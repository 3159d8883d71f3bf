"""Printing HTML documents (weekly report, roster) with Qt: QTextDocument on a QPdfWriter or a
printer (the print preview's), the same A4 pages on both.

The core builds the document as HTML (``exports.weekly_html``); only this module knows Qt.
Offscreen Qt on a bare machine has no CJK font, so the one found by ``gui.app`` is registered
first: the PDF then carries real, embedded CJK text rather than boxes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
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
#: The page footer and the PDF's creator are part of the printed document, which is Chinese
#: whatever the screen's language (like the HTML the core builds).
PAGE_FOOTER = "第 {page} 页 / 共 {pages} 页"
CREATOR = "香花镇信访稳定值班台"


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class PrintError(Exception):
    """The PDF could not be written; the message says why, in Chinese."""


def html_to_pdf(html: str, path: Path, *, title: str) -> None:
    """Write ``html`` to the PDF file ``path``: A4, margins, "第 n 页 / 共 m 页" in the footer."""
    family = _font_family()
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    if not _paint_document(writer, html, title=title, family=family):
        raise PrintError(_tr("无法写入 PDF 文件：{path}").format(path=path))


def print_html(device: QPagedPaintDevice, html: str, *, title: str) -> None:
    """Paint ``html`` on a printer (a print preview's, or a real one) exactly as the PDF.

    The device gets the same A4 page and margins as :func:`html_to_pdf`, so what the preview
    shows is what the PDF and the paper carry.
    """
    family = _font_family()
    if not _paint_document(device, html, title=title, family=family):
        raise PrintError(_tr("无法开始打印（打印机不可用）。"))


def _font_family() -> str:
    _ensure_gui()
    from xianghua_console.gui.app import register_cjk_font

    family = register_cjk_font()
    if family is None:
        raise PrintError(
            _tr("找不到中文字体，无法生成 PDF（请安装 fonts-wqy-microhei 或 Noto CJK）。")
        )
    return family


def _paint_document(device: QPagedPaintDevice, html: str, *, title: str, family: str) -> bool:
    """Lay ``html`` out on A4 pages of ``device`` and paint them with a footer; False when
    the device cannot be painted on."""
    device.setPageLayout(
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
    # Lay the text out for the device's resolution, so point sizes come out right on paper.
    doc.documentLayout().setPaintDevice(device)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)

    resolution = device.logicalDpiY()
    paint = device.pageLayout().paintRectPixels(resolution)
    dots_per_mm = resolution / 25.4
    footer = FOOTER_MM * dots_per_mm
    body = QSizeF(paint.width(), paint.height() - footer)
    doc.setPageSize(body)
    pages = max(doc.pageCount(), 1)

    footer_font = QFont(family)
    footer_font.setPointSizeF(8.5)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for index in range(pages):
            if index:
                device.newPage()
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
                PAGE_FOOTER.format(page=index + 1, pages=pages),
            )
            painter.drawText(
                QRectF(0, paint.height() - footer * 0.8, paint.width(), footer * 0.8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                title,
            )
    finally:
        painter.end()
    return True


def _ensure_gui() -> None:
    """Fonts and text layout need a QGuiApplication; make an offscreen one if there is none."""
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed for a PDF
    from xianghua_console.gui.app import ensure_application

    ensure_application()
