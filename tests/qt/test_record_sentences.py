"""The Sync screen's sentences: every record kind of protocol version 2 (and version 1's extra
fields) in words, in Dutch and Turkish too; the JSON stays available."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QApplication

from coach_app.i18n import TranslatorHolder, build
from coach_app.ui.record_sentences import describe, kind_label
from coach_protocol.records import RecordKind

PID = str(uuid4())
EXAMPLES: dict[str, list[dict[str, object]]] = {
    "family": [
        {
            "kind": "family",
            "municipality_code": "GM0153",
            "household_size_band": "2",
            "enrolled_month": "2019-07",
        },
        {  # version 1 carried the latest status
            "kind": "family",
            "municipality_code": "GM0164",
            "household_size_band": "5+",
            "programme_status": "active",
            "enrolled_month": "2019-07",
            "status_month": "2019-09",
        },
    ],
    "person": [{"kind": "person", "family_pid": PID, "gender": "f", "role": "adult"}],
    "goal": [
        {
            "kind": "goal",
            "family_pid": PID,
            "person_pid": PID,
            "domain": "education",
            "opened_month": "2026-03",
            "age_band": "30-49",
        },
        {
            "kind": "goal",
            "family_pid": PID,
            "person_pid": None,
            "domain": "housing",
            "opened_month": "2026-03",
            "age_band": None,
        },
    ],
    "status_change": [
        {
            "kind": "status_change",
            "subject_kind": "goal",
            "subject_pid": PID,
            "status": "started",
            "month": "2026-04",
            "age_band": "18-29",
        },
        {
            "kind": "status_change",
            "subject_kind": "family",
            "subject_pid": PID,
            "status": "paused",
            "month": "2026-05",
            "age_band": None,
        },
    ],
    "language_level": [
        {
            "kind": "language_level",
            "person_pid": PID,
            "level": "a2",
            "month": "2026-05",
            "age_band": "30-49",
        },
        {
            "kind": "language_level",
            "person_pid": PID,
            "level": "below_a1",
            "month": "2026-05",
            "age_band": None,
        },
    ],
    "visit": [
        {
            "kind": "visit",
            "family_pid": PID,
            "iso_week": "2026-W23",
            "duration_band": "60-89",
            "mode": "home",
        }
    ],
    "assessment": [
        {
            "kind": "assessment",
            "subject_pid": PID,
            "domain": "work",
            "score": 3,
            "month": "2026-06",
            "age_band": "50-59",
        }
    ],
    "tombstone": [
        {"kind": "tombstone", "reason": reason}
        for reason in ("erased", "consent_withdrawn", "retracted")
    ],
}
EXPECTED_EN = {
    "family": [
        "Family in Enschede, household of 2, in the programme since July 2019",
        "Family in Hengelo, household of 5+, in the programme since July 2019, "
        "active since September 2019",
    ],
    "person": ["Adult, woman or girl"],
    "goal": [
        "Goal in Education for one person, opened in March 2026 (aged 30-49)",
        "Goal in Housing for the whole family, opened in March 2026",
    ],
    "status_change": [
        "A goal's status became Started in April 2026 (aged 18-29)",
        "The family's status became Paused in May 2026",
    ],
    "language_level": [
        "Dutch at level A2 in May 2026 (aged 30-49)",
        "Dutch at level below A1 in May 2026",
    ],
    "visit": ["Home visit in week 23 of 2026, 60-89 minutes"],
    "assessment": ["Score 3 of 5 for Work in June 2026 (aged 50-59)"],
    "tombstone": [
        "Removes an earlier record: the family was erased",
        "Removes an earlier record: the family withdrew its consent",
        "Removes an earlier record that was deleted or corrected",
    ],
}


def test_every_record_kind_of_the_protocol_has_examples() -> None:
    assert set(typing.get_args(RecordKind)) == set(EXAMPLES)


def test_every_record_kind_reads_as_a_sentence_in_english() -> None:
    for kind, records in EXAMPLES.items():
        assert [describe({"pid": PID, "version": 1, **r}) for r in records] == EXPECTED_EN[kind]
        assert kind_label(kind) != kind


@pytest.fixture
def language(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.remove(qapp)


@pytest.mark.parametrize("code", ["nl", "tr"])
def test_the_sentences_are_translated(
    qapp: QApplication, language: TranslatorHolder, code: str
) -> None:
    assert language.install(qapp, code)
    for kind, records in EXAMPLES.items():
        for record, english in zip(records, EXPECTED_EN[kind], strict=True):
            sentence = describe(record)
            assert sentence != english
            assert "kind" not in sentence
    family = describe(EXAMPLES["family"][0])
    assert "Enschede" in family
    assert ("juli 2019" if code == "nl" else "Temmuz 2019") in family


def test_an_unknown_or_broken_record_still_shows_its_fields() -> None:
    assert (
        describe({"kind": "something_new", "pid": PID, "version": 1, "x": 1})
        == "kind: something_new, x: 1"
    )
    assert "status" in describe(
        {"kind": "status_change", "subject_kind": "family", "status": "nonsense"}
    )
