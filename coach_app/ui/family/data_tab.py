"""The family's data: export everything held (PDF and JSON) or erase the family."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.family_view import FamilyDossier, load_dossier
from coach_app.reporting.family_pdf import pdf_language, write_family_pdf
from coach_app.ui import messages
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, set_text
from coach_app.ui.widgets import named


class DataTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.export_box = QGroupBox()
        self.export_text = QLabel()
        self.export_text.setWordWrap(True)
        self.export = button("family.export")
        self.export_status = QLabel()
        self.export_status.setObjectName("family.export_status")
        self.export_status.setWordWrap(True)
        export_column = QVBoxLayout(self.export_box)
        export_column.addWidget(self.export_text)
        export_column.addWidget(self.export, alignment=Qt.AlignmentFlag.AlignLeft)
        export_column.addWidget(self.export_status)
        self.erase_box = QGroupBox()
        self.erase_text = QLabel()
        self.erase_text.setWordWrap(True)
        self.erase_name = named(QLineEdit(), "family.erase_name", "")
        self.erase = button("family.erase")
        self.erase.setEnabled(False)
        erase_column = QVBoxLayout(self.erase_box)
        erase_column.addWidget(self.erase_text)
        erase_column.addWidget(self.erase_name)
        erase_column.addWidget(self.erase, alignment=Qt.AlignmentFlag.AlignLeft)
        self.handover_box = QGroupBox()
        self.handover_text = QLabel()
        self.handover_text.setObjectName("family.handover_text")
        self.handover_text.setWordWrap(True)
        self.handover = button("family.handover")
        self.handover_cancel = button("family.handover_cancel")
        self.handover_cancel.setVisible(False)
        handover_column = QVBoxLayout(self.handover_box)
        handover_column.addWidget(self.handover_text)
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover)
        handover_row.addWidget(self.handover_cancel)
        handover_row.addStretch(1)
        handover_column.addLayout(handover_row)
        self._held: tuple[str, str] | None = None
        column = QVBoxLayout(self)
        column.addWidget(self.export_box)
        column.addWidget(self.handover_box)
        column.addWidget(self.erase_box)
        column.addStretch(1)
        self.export.clicked.connect(self._export)
        self.erase_name.textChanged.connect(self._erase_name_changed)
        self.erase.clicked.connect(self._erase)
        self.handover.clicked.connect(self._hand_over)

    def retranslate(self) -> None:
        set_text(self.export_box, self.tr("Export"))
        self.export_text.setText(
            self.tr(
                "Save everything held about this family as a PDF in the family's language and "
                "as a JSON file, for example when the family asks to see its data."
            )
        )
        set_text(self.export, self.tr("E&xport…"))
        set_text(self.erase_box, self.tr("Erase"))
        self.erase_text.setText(
            self.tr(
                "Erase this family and everything about it from this laptop. This cannot be "
                "undone. The backups that hold the family are removed too, here and in the "
                "second backup folder, and a fresh backup is made without it. Backups you "
                "copied elsewhere yourself are out of reach. Type the family's name exactly to "
                "confirm."
            )
        )
        self.erase_name.setAccessibleName(self.tr("Type the family's name to confirm erasing"))
        set_text(self.erase, self.tr("Erase family"))
        set_text(self.handover_box, self.tr("Hand over to another coach"))
        set_text(self.handover, self.tr("&Hand over…"))
        self._show_held()

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self._erase_name_changed(self.erase_name.text())
        self._load_held(dossier)

    def clear(self) -> None:
        self.export_status.clear()
        self.erase_name.clear()
        self._held = None
        self._show_held()

    # -- hand over -------------------------------------------------------------------------
    def _load_held(self, dossier: FamilyDossier) -> None:
        """Whether the family is being handed over (read in the background)."""
        from coach_app.offsite.guard import held_families

        host = self.host
        family_id = str(dossier.family.id)
        engine = host.context.workspace.engine
        generation = host.generation

        def work() -> tuple[str, str] | None:
            with engine.connect() as connection:
                return held_families(connection).get(family_id)

        def done(held: Any) -> None:
            if generation == host.generation:
                self._held = held
                self._show_held()

        host.context.operations.run(work, done, lambda _exc: None)

    def _show_held(self) -> None:
        from coach_app.ui.offsite_messages import held_text

        if self._held is None:
            self.handover_text.setText(
                self.tr(
                    "Give this family to another coach: everything is sealed for that coach's "
                    "laptop, and erased here once it has been taken over."
                )
            )
        else:
            self.handover_text.setText(held_text(*self._held))
        self.handover.setEnabled(self._held is None)

    def _hand_over(self) -> None:
        dossier = self.host.dossier
        if dossier is not None and self._held is None:
            events = self.host.context.events
            events.handover_requested.emit(dossier.family.id, dossier.family.display_name)

    # -- export ----------------------------------------------------------------------------
    def _export(self) -> None:
        host = self.host
        family_id = host.family_id
        if family_id is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the family's data"),
            f"family-{date.today().isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        pdf = Path(chosen).with_suffix(".pdf")
        json_path = pdf.with_suffix(".json")
        service = host.context.workspace.service
        fallback = host.context.language

        def work() -> tuple[str, str]:
            dossier = load_dossier(service, family_id)
            language = pdf_language(dossier.family.preferred_languages, fallback)
            write_family_pdf(dossier, pdf, language, today=date.today())
            data = service.export_family(family_id)
            json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            return pdf.name, json_path.name

        self.export_status.setText(self.tr("Exporting…"))

        def done(names: Any) -> None:
            self.export_status.setText(
                self.tr("Saved %1 and %2.").replace("%1", names[0]).replace("%2", names[1])
            )

        def failed(exc: BaseException) -> None:
            self.export_status.setText(for_domain_error(exc))

        generation = host.generation
        host.context.operations.run(
            work,
            lambda r: done(r) if generation == host.generation else None,
            lambda e: failed(e) if generation == host.generation else None,
        )

    # -- erase -----------------------------------------------------------------------------
    def _erase_name_changed(self, text: str) -> None:
        dossier = self.host.dossier
        exact = dossier is not None and text == dossier.family.display_name
        self.erase.setEnabled(exact)

    def _erase(self) -> None:
        host = self.host
        dossier = host.dossier
        if dossier is None or self.erase_name.text() != dossier.family.display_name:
            return
        family_id, workspace = dossier.family.id, host.context.workspace
        generation = host.generation
        events = host.context.events
        window = self.window()

        def erased(outcome: object) -> None:
            if generation != host.generation:
                return
            host.clear()
            events.navigate.emit("families")
            events.data_changed.emit()
            self._tell_about_backups(window, outcome)

        def failed(exc: BaseException) -> None:
            if generation == host.generation:
                host.show_message(for_domain_error(exc))

        self.erase.setEnabled(False)
        host.context.operations.run(lambda: workspace.erase_family(family_id), erased, failed)

    def _tell_about_backups(self, window: QWidget, outcome: object) -> None:
        """Which backups held the family and what became of them (decision 0008)."""
        held = getattr(outcome, "held", ())
        pending = getattr(outcome, "second_folder_pending", None)
        text = self.tr(
            "The family was erased. %n older backup(s) still held it: they were removed, and a "
            "fresh backup without the family was made.",
            "",
            len(held),
        )
        if pending is not None:
            text += " " + self.tr(
                "The second backup folder could not be reached (%1). The backups there that "
                "hold the family are removed as soon as it can be."
            ).replace("%1", messages.for_error(pending))
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Family erased"), text, parent=window
        )
        box.setObjectName("family.erased")
        box.setDetailedText("\n".join(held))
        box.open()
