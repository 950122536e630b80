"""Leader mode's devices table says when each laptop last backed up to the server, and how
big the backup was (nothing else is known of it)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from coach_app.leader import DeviceInfo
from coach_app.ui.leader.table_models import DevicesModel, format_moment

ENROLLED = datetime(2020, 1, 6, 9, tzinfo=UTC)


def _device(name: str, at: datetime | None, size: int | None) -> DeviceInfo:
    return DeviceInfo(
        device_id=f"{name[-1]}" * 8 + "-5a69-4e7f-8a9b-0c1d2e3f4a5b",
        coach_name=name,
        enrolled_at=ENROLLED,
        last_sync_at=None,
        revoked_at=None,
        last_backup_at=at,
        last_backup_bytes=size,
    )


def test_the_last_backup_column_shows_time_and_size_or_none_yet(qtmodeltester: ModelTester) -> None:
    model = DevicesModel()
    model.set_devices(
        (
            _device("Coach A", datetime(2020, 3, 18, 10, tzinfo=UTC), 4_200_000),
            _device("Coach B", datetime(2020, 3, 17, 8, tzinfo=UTC), 530_000),
            _device("Coach C", None, None),
        )
    )
    qtmodeltester.check(model)
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Last backup on the server"
    texts = [model.index(row, column).data() for row in range(3)]
    assert texts[0].endswith("(4.2 MB)")
    assert texts[1].endswith("(530 kB)")
    assert texts[2] == "none yet"
    assert texts[0].startswith(format_moment(datetime(2020, 3, 18, 10, tzinfo=UTC)))
