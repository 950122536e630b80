"""Self-reliance scores: a form to record one, the scores so far and a chart over time; and
the adults' level of Dutch on the CEFR scale, entered with the assessments, with the levels so
far listed under the form (and in the family's history). A level is offered for the people who
are 18 or over on its date (``language_levels.adults_on``)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import LanguageLevel, Person
from coach_app.domain.enums import CefrLevel, LifeDomain
from coach_app.domain.family_view import FamilyDossier
from coach_app.ui import labels
from coach_app.ui.date_refusal import untyped
from coach_app.ui.family.assessments_chart import AssessmentsChart
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.family.language_levels import LanguageLevelsModel, adults_on
from coach_app.ui.family.models import AssessmentsModel, RowsModel, format_date
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, pydate, set_text, table
from coach_app.ui.widgets import calendar_popup, named, set_role
from coach_app.workspace import WorkspaceLocked


class AssessmentsTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.assessments = AssessmentsModel(self)
        self.assessments_view = table("assessment.list", self.assessments, AssessmentsModel.DOMAIN)
        self.assessment_domain = named(QComboBox(), "assessment.domain", "")
        self.assessment_person = named(QComboBox(), "assessment.person", "")
        self.assessment_score = named(QSpinBox(), "assessment.score", "")
        self.assessment_score.setRange(1, 5)
        self.assessment_score.setValue(3)
        self.assessment_date = named(QDateEdit(), "assessment.date", "")
        calendar_popup(self.assessment_date)
        self.assessment_date.setDate(QDate.currentDate())
        self.assessment_save = button("assessment.save")
        self.level_person = named(QComboBox(), "language_level.person", "")
        self.level = named(QComboBox(), "language_level.level", "")
        self.level_on = EventDate("language_level.assessed_on", date.today())
        self.level_save = button("language_level.save")
        self.level_form = QGroupBox()
        level_column = QVBoxLayout(self.level_form)
        level_row = QHBoxLayout()
        for level_widget in (self.level_person, self.level, self.level_on, self.level_save):
            level_row.addWidget(level_widget)
        level_column.addLayout(level_row)
        level_column.addWidget(self.level_on.note_label())
        self.level_saved = QLabel()
        self.level_saved.setObjectName("language_level.saved")
        self.level_saved.setWordWrap(True)
        set_role(self.level_saved, "notice")
        self.level_saved.setVisible(False)
        level_column.addWidget(self.level_saved)
        self.levels = LanguageLevelsModel(self)
        self.levels_view = table("language_level.list", self.levels, LanguageLevelsModel.PERSON)
        self.chart = AssessmentsChart()
        self.assessment_form = QGroupBox()
        form = QHBoxLayout(self.assessment_form)
        for widget in (
            self.assessment_person,
            self.assessment_domain,
            self.assessment_score,
            self.assessment_date,
            self.assessment_save,
        ):
            form.addWidget(widget)
        # The scores and, under them, the levels of Dutch so far; the chart beside them.
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.assessments_view)
        lists.addWidget(self.levels_view)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        lists.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(lists)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        split.setSizes([460, 700])
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addWidget(self.assessment_form)
        column.addWidget(self.level_form)
        column.addWidget(split, 1)
        self.assessment_save.clicked.connect(self._record_assessment)
        self.assessment_person.currentIndexChanged.connect(self._show_chart)
        self.level_save.clicked.connect(self._record_level)
        self.level_on.dateChanged.connect(self._level_date_changed)

    def retranslate(self) -> None:
        set_text(self.assessment_form, self.tr("Record a score (1 = not self-reliant, 5 = fully)"))
        self.assessment_domain.setAccessibleName(self.tr("Life domain"))
        self.assessment_person.setAccessibleName(self.tr("For whom"))
        self.assessment_score.setAccessibleName(self.tr("Score from 1 to 5"))
        self.assessment_date.setAccessibleName(self.tr("Date of the score"))
        set_text(self.assessment_save, self.tr("Save score"))
        self.assessments_view.setAccessibleName(self.tr("Scores"))
        set_text(self.level_form, self.tr("Record an adult's level of Dutch (CEFR)"))
        self.level_person.setAccessibleName(self.tr("Adult"))
        self.level.setAccessibleName(self.tr("Level of Dutch (CEFR)"))
        self.level_on.setAccessibleName(self.tr("Date of the level"))
        set_text(self.level_save, self.tr("Save level"))
        self.levels_view.setAccessibleName(self.tr("Levels of Dutch recorded"))
        self.level_person.setToolTip(
            self.tr(
                "People who are 18 or over on the level's date (without a birth date: those "
                "whose role is Adult)."
            )
        )
        current_level = self.level.currentData()
        self.level.clear()
        for level in CefrLevel:
            self.level.addItem(labels.cefr_level(level), level.value)
        if current_level is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(current_level)))
        combo = self.assessment_domain
        current = combo.currentData()
        combo.clear()
        for domain in LifeDomain:
            combo.addItem(labels.life_domain(domain), domain.value)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        dossier = self.host.dossier
        self._fill_people_combo(dossier.people if dossier is not None else ())
        self.chart.retranslate()

    def show_dossier(self, dossier: FamilyDossier) -> None:
        try:
            today = self.host.context.workspace.service.today()
        except WorkspaceLocked:  # locked meanwhile: the page is cleared next
            return
        self.level_on.set_rules(today)
        self.assessments.set_assessments(dossier.assessments, dossier.person_names())
        self.levels.set_levels(dossier.language_levels, dossier.person_names())
        self._fill_people_combo(dossier.people)
        self._show_chart()

    def models(self) -> list[RowsModel]:
        return [self.assessments, self.levels]

    def clear(self) -> None:
        super().clear()
        self.chart.clear()
        self.level_saved.clear()
        self.level_saved.setVisible(False)
        self._fill_people_combo(())

    def _level_date_changed(self, *_args: object) -> None:
        self.level_saved.setVisible(False)
        dossier = self.host.dossier
        self._fill_level_people(dossier.people if dossier is not None else ())

    def _fill_level_people(self, people: tuple[Person, ...]) -> None:
        """The people 18 or over on the level's date (the date stays as it is)."""
        adults = self.level_person
        chosen = adults.currentData()
        adults.clear()
        for person in adults_on(people, self.level_on.value()):
            adults.addItem(person.display_name, str(person.id))
        if chosen is not None:
            adults.setCurrentIndex(max(0, adults.findData(chosen)))
        self.level_form.setEnabled(bool(people))
        self.level_person.setEnabled(adults.count() > 0)
        self.level_save.setEnabled(adults.count() > 0)

    def _fill_people_combo(self, people: tuple[Person, ...]) -> None:
        self._fill_level_people(people)
        combo = self.assessment_person
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Whole family"), "")
        for person in people:
            combo.addItem(person.display_name, str(person.id))
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _subject(self) -> UUID | None:
        value = self.assessment_person.currentData()
        return UUID(str(value)) if value else None

    def _show_chart(self) -> None:
        dossier = self.host.dossier
        rows = dossier.assessments if dossier is not None else ()
        self.chart.show_assessments(rows, self._subject())

    def _record_assessment(self) -> None:
        family_id = self.host.family_id
        if family_id is None:
            return
        service = self.host.context.workspace.service
        domain = LifeDomain(str(self.assessment_domain.currentData()))
        score, person = self.assessment_score.value(), self._subject()
        refusal = untyped(self.assessment_date, "assessed_on")
        if refusal is not None:  # kept as typed, said in words
            self.host.show_message(refusal.words)
            return
        on = pydate(self.assessment_date.date())
        self.host.run_save(
            lambda: service.record_assessment(
                family_id, domain=domain, score=score, assessed_on=on, person_id=person
            )
        )

    def _record_level(self) -> None:
        family_id = self.host.family_id
        person = self.level_person.currentData()
        if family_id is None or not person:
            return
        service = self.host.context.workspace.service
        level = CefrLevel(str(self.level.currentData()))
        refusal = untyped(self.level_on, "assessed_on")
        if refusal is not None:
            self.host.show_message(refusal.words)
            return
        person_id, on = UUID(str(person)), self.level_on.value()
        name = self.level_person.currentText()
        self.level_saved.setVisible(False)
        self.host.run_save(
            lambda: service.record_language_level(
                family_id, person_id=person_id, level=level, on=on
            ),
            lambda saved: self._level_saved(saved, name),
        )

    def _level_saved(self, saved: LanguageLevel, name: str) -> None:
        """Say what was saved (it is listed below too). The form keeps its values: saving the
        same level again is refused in words by the use case."""
        self.level_saved.setText(
            self.tr("Saved: %1 for %2 on %3.")
            .replace("%1", labels.cefr_level(saved.level))
            .replace("%2", name)
            .replace("%3", format_date(saved.assessed_on))
        )
        self.level_saved.setVisible(True)
