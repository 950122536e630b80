"""The recovery code on paper: one A4 sheet, printed or saved as PDF where the coach chooses.

The code never goes anywhere else: no temporary file, no log line, no setting. The sheet is
painted straight onto the printer or onto the PDF file the coach picked, in the current UI
language: title, the organisation (from the deployment file, if any), the code in a large
monospace font grouped as on screen, the date, and plain instructions.

``print_recovery_sheet`` and ``save_recovery_sheet`` are used by the first-run page and by
Settings; both return a short translated message for the page to show, or ``None`` when the
coach cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

__all__ = ["paint_recovery_sheet", "print_recovery_sheet", "save_recovery_sheet"]

_MARGINS_MM = QMarginsF(20, 20, 20, 20)
_CODE_POINTS = 22.0  # shrunk until the code fits on one line
_MIN_CODE_POINTS = 10.0


def _texts() -> tuple[str, list[str]]:
    """The title and the instructions, in the current UI language (literal for lupdate)."""
    title = QCoreApplication.translate("RecoverySheet", "Coach Companion: your recovery code")
    instructions = [
        QCoreApplication.translate(
            "RecoverySheet",
            "If you forget your passphrase, this code opens all the data in Coach Companion "
            "on your laptop. Anyone who has the laptop and this code can read everything.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Keep this sheet somewhere safe, away from the laptop. Do not carry them together.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "The code was shown only once. If this sheet is lost or someone else has seen it, "
            "make a new recovery code in Settings; the old code then stops working.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "If you saved this sheet as a PDF file, print it, then delete the file. Do not keep "
            "the code on the laptop or send it by e-mail.",
        ),
    ]
    return title, instructions


def _mono(points: float) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(points)
    return font


def paint_recovery_sheet(device: QPagedPaintDevice, code: str, organisation: str = "") -> bool:
    """Paint the sheet on ``device`` (a QPdfWriter or a QPrinter already set up).

    Returns False when the device cannot be painted on (for example an unwritable file).
    """
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        width = float(device.width())
        height = float(device.height())
        y = 0.0

        def block(text: str, font: QFont, gap_points: float, flags: int) -> None:
            nonlocal y
            painter.setFont(font)
            area = QRectF(0, y, width, height - y)
            used = painter.boundingRect(area, flags, text)
            painter.drawText(area, flags, text)
            y += used.height() + gap_points * device.logicalDpiY() / 72

        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        title, instructions = _texts()
        heading = QFont()
        heading.setPointSizeF(18)
        heading.setBold(True)
        block(title, heading, 6, wrap)
        body = QFont()
        body.setPointSizeF(11)
        if organisation:
            block(
                QCoreApplication.translate("RecoverySheet", "Organisation: %1").replace(
                    "%1", organisation
                ),
                body,
                4,
                wrap,
            )
        date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        block(
            QCoreApplication.translate("RecoverySheet", "Made on %1").replace("%1", date),
            body,
            18,
            wrap,
        )

        points = _CODE_POINTS
        while points > _MIN_CODE_POINTS:
            metrics = QFontMetricsF(_mono(points), device)
            if metrics.horizontalAdvance(code) <= width:
                break
            points -= 1
        block(
            code,
            _mono(points),
            18,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWrapAnywhere),
        )

        for line in instructions:
            block(line, body, 8, wrap)
    finally:
        painter.end()
    return True


def _a4(device: QPdfWriter | QPrinter) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            _MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def save_recovery_sheet(parent: QWidget | None, code: str, organisation: str = "") -> str | None:
    """Ask where to save the sheet as PDF and write it there. None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = (
        str(Path(folder) / QCoreApplication.translate("RecoverySheet", "recovery-code.pdf"))
        if folder
        else QCoreApplication.translate("RecoverySheet", "recovery-code.pdf")
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoverySheet", "Save the recovery code as PDF"),
        suggested,
        QCoreApplication.translate("RecoverySheet", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Coach Companion")
    writer.setTitle(
        QCoreApplication.translate("RecoverySheet", "Recovery code")
    )  # never the code itself
    _a4(writer)
    if not paint_recovery_sheet(writer, code, organisation):
        return QCoreApplication.translate(
            "RecoverySheet", "The PDF could not be written to %1. Choose another place."
        ).replace("%1", str(path))
    del writer  # finishes the file
    return QCoreApplication.translate(
        "RecoverySheet", "The recovery code was saved as %1. Print it, then delete the file."
    ).replace("%1", str(path))


def print_recovery_sheet(parent: QWidget | None, code: str, organisation: str = "") -> str | None:
    """Show the print dialog and print the sheet. None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(
        QCoreApplication.translate("RecoverySheet", "Recovery code")
    )  # never the code itself
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print the recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not paint_recovery_sheet(printer, code, organisation):
        return QCoreApplication.translate(
            "RecoverySheet",
            "The recovery code could not be printed. Check the printer and try again.",
        )
    return QCoreApplication.translate("RecoverySheet", "The recovery code was sent to the printer.")
