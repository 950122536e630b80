"""The family's consent: what holds now, a form to record or withdraw it, and the history."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.enums import ConsentKind
from coach_app.domain.family_view import FamilyDossier
from coach_app.ui.date_refusal import untyped
from coach_app.ui.dialogs import ask
from coach_app.ui.family.models import (
    ConsentHistoryModel,
    ConsentStateModel,
    RowsModel,
    consent_label,
)
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, pydate, set_text, table
from coach_app.ui.widgets import calendar_popup, named


class ConsentTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.consent_state = ConsentStateModel(self)
        self.consent_state_view = table("consent.state", self.consent_state, ConsentStateModel.KIND)
        self.consent_state_view.setMaximumHeight(130)
        self.consent_history = ConsentHistoryModel(self)
        self.consent_history_view = table(
            "consent.history", self.consent_history, ConsentHistoryModel.REMARK
        )
        self.consent_kind = named(QComboBox(), "consent.kind", "")
        self.consent_date = named(QDateEdit(), "consent.date", "")
        calendar_popup(self.consent_date)
        self.consent_date.setDate(QDate.currentDate())
        self.consent_recorded_by = named(QLineEdit(), "consent.recorded_by", "")
        self.consent_remark = named(QLineEdit(), "consent.remark", "")
        self.consent_record = button("consent.record")
        self.consent_withdraw = button("consent.withdraw")
        self.consent_form = QGroupBox()
        form = QFormLayout(self.consent_form)
        self._consent_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self._consent_labels,
            (self.consent_kind, self.consent_date, self.consent_recorded_by, self.consent_remark),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consent_record)
        buttons.addWidget(self.consent_withdraw)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.consent_history_title = QLabel()
        column = QVBoxLayout(self)
        column.addWidget(self.consent_state_view)
        column.addWidget(self.consent_form)
        column.addWidget(self.consent_history_title)
        column.addWidget(self.consent_history_view, 1)
        self.consent_record.clicked.connect(lambda: self._consent(given=True))
        self.consent_withdraw.clicked.connect(lambda: self._consent(given=False))

    def retranslate(self) -> None:
        set_text(self.consent_form, self.tr("Record or withdraw consent"))
        for label, text in zip(
            self._consent_labels,
            (self.tr("&Kind"), self.tr("D&ate"), self.tr("Recorded &by"), self.tr("&Remark")),
            strict=True,
        ):
            label.setText(text)
        self.consent_kind.setAccessibleName(self.tr("Kind of consent"))
        self.consent_date.setAccessibleName(self.tr("Date of consent"))
        self.consent_recorded_by.setAccessibleName(self.tr("Recorded by"))
        self.consent_remark.setAccessibleName(self.tr("Remark"))
        set_text(self.consent_record, self.tr("Consent given"))
        set_text(self.consent_withdraw, self.tr("Withdraw consent"))
        self.consent_history_title.setText(self.tr("History (never deleted)"))
        self.consent_state_view.setAccessibleName(self.tr("Current consent"))
        self.consent_history_view.setAccessibleName(self.tr("Consent history"))
        combo = self.consent_kind
        current = combo.currentData()
        combo.clear()
        for kind in ConsentKind:
            combo.addItem(consent_label(kind), kind.value)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.consent_state.set_history(dossier.consent_events)
        self.consent_history.set_rows(dossier.consent_events)
        if not self.consent_recorded_by.text():
            self.consent_recorded_by.setText(dossier.family.assigned_coach)

    def models(self) -> list[RowsModel]:
        return [self.consent_state, self.consent_history]

    def clear(self) -> None:
        super().clear()
        self.consent_recorded_by.clear()
        self.consent_remark.clear()

    def _consent(self, *, given: bool) -> None:
        family_id = self.host.family_id
        if family_id is None:
            return
        kind = ConsentKind(str(self.consent_kind.currentData()))
        if not given and not ask(
            self,
            name="consent.withdraw_question",
            title=self.tr("Withdraw consent"),
            text=self.tr(
                "Record that the family withdraws its consent for: %1? The history is kept."
            ).replace("%1", consent_label(kind)),
            confirm=self.tr("Withdraw consent"),
            keep=self.tr("Keep the consent"),
            destructive=True,
        ):
            return
        service = self.host.context.workspace.service
        by, remark = self.consent_recorded_by.text(), self.consent_remark.text()
        refusal = untyped(self.consent_date, "given_on")
        if refusal is not None:  # kept as typed, said in words
            self.host.show_message(refusal.words)
            return
        on = pydate(self.consent_date.date())
        action = service.record_consent if given else service.withdraw_consent
        self.host.run_save(
            lambda: action(family_id, kind, recorded_by=by, on=on, remark=remark),
            lambda _event: self.consent_remark.clear(),
        )
