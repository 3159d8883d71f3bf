"""Print preview of an HTML document (a warning notice) with the console's CJK font.

``gui.printing.html_to_pdf`` writes the PDF; this module shows the same HTML in Qt's print
preview, opened with ``open()`` (never ``exec()``: qasync), so the officer can print it on the
office printer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from xianghua_console.gui.printing import BODY_POINT_SIZE, MARGINS_MM, PrintError


def text_document(html: str, title: str) -> QTextDocument:
    """``html`` as a document in the registered CJK font (boxes without it, offscreen)."""
    from xianghua_console.gui.app import register_cjk_font

    family = register_cjk_font()
    if family is None:
        raise PrintError(
            QCoreApplication.translate(
                "print_preview", "找不到中文字体，无法打印（请安装 fonts-wqy-microhei 或 Noto CJK）。"
            )
        )
    doc = QTextDocument()
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def open_print_preview(html: str, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Open the print preview of ``html`` on A4 with the PDF's margins; returns the dialog."""
    doc = text_document(html, title)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("print_preview", "打印预览 — {title}").format(title=title)
    )
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(doc.print_)
    # The dialog keeps what it paints from: the document and the printer live as long as it.
    dialog.setProperty("title", title)
    dialog._document = doc  # type: ignore[attr-defined]
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
