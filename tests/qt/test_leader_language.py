"""No English source text is visible on the leader screens in Dutch or Turkish.

Every text a leader can see or hear (labels, buttons, tabs, group boxes, list items, column
headers, table cells, placeholders, tooltips, accessible names, window titles, chart labels and
the revoke confirmation) is held against the catalogue of English source texts: a text that is
an English source (placeholders such as %1 match anything) whose translation differs is a
string that was not translated on screen.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.i18n import LANGUAGES, TranslatorHolder, build, translations_dir
from coach_app.leader import LeaderClient
from coach_app.ui.leader import LeaderSignInDialog, LeaderWindow
from coach_app.ui.leader.devices import RevokeConfirmation
from tests.qt.helpers import child
from tests.qt.leader_server import LEADER, LEADER_PASSWORD, LocalServer, local_server, seed


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    with local_server(tmp_path_factory.mktemp("language-server")) as running:
        seed(running)
        yield running


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.install(qapp, "en")


def untranslated_patterns(language: str) -> list[re.Pattern[str]]:
    """English source texts whose translation in ``language`` differs, as patterns."""
    tree = ET.parse(translations_dir() / f"coach_{language}.ts")
    patterns = []
    for message in tree.getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else []
        if translation is not None and len(translation):
            forms = [form.text or "" for form in translation]
        if sum(c.isalpha() for c in source) < 3 or source in (f.replace("&", "") for f in forms):
            continue
        pattern = re.escape(source)
        pattern = re.sub(r"%(?:\\?[0-9]+|n)", ".+?", pattern)
        patterns.append(re.compile(pattern, re.DOTALL))
    return patterns


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything visible or spoken in ``root``."""
    yield "title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget is root or widget.isVisibleTo(root)):
            continue
        where = widget.objectName() or type(widget).__name__
        yield where + ":accessible", widget.accessibleName()
        yield where + ":tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit):
            yield where + ":placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + ":item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where + ":tab", widget.tabText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield where + ":header", str(model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(model.rowCount()):
                    yield where + ":cell", str(model.index(row, column).data() or "")
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    yield where + ":cell tooltip", str(tip or "")
        if isinstance(widget, QChartView) and widget.chart() is not None:
            chart = widget.chart()
            for axis in chart.axes():
                yield where + ":axis title", axis.titleText()
                if isinstance(axis, QBarCategoryAxis):
                    for label in axis.categories():
                        yield where + ":category", label.replace("<br>", " ")
            for series in chart.series():
                for bar_set in series.barSets():
                    yield where + ":legend", bar_set.label()


#: Languages are named in their own language ("English" in a Dutch list), by convention.
ENDONYMS = set(LANGUAGES.values())


def leaks(root: QWidget, patterns: list[re.Pattern[str]]) -> list[str]:
    found = []
    for where, text in texts_of(root):
        shown = text.replace("&", "").strip()
        if sum(c.isalpha() for c in shown) < 3 or shown in ENDONYMS:
            continue
        for line in shown.splitlines():
            if any(p.fullmatch(line.strip()) for p in patterns):
                found.append(f"{where}: {line.strip()!r}")
    return found


@pytest.mark.parametrize("language", ["nl", "tr"])
def test_no_english_source_text_is_visible_on_the_leader_screens(
    qtbot: QtBot,
    qapp: QApplication,
    server: LocalServer,
    translator: TranslatorHolder,
    language: str,
) -> None:
    assert translator.install(qapp, language)
    patterns = untranslated_patterns(language)
    assert len(patterns) > 100  # the catalogue was read

    dialog = LeaderSignInDialog(Deployment(server_url=server.url))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # with empty fields: the message is shown too
    assert dialog.message.text()
    found = leaks(dialog, patterns)

    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    window = LeaderWindow(client, Deployment(organisation_name="Stichting Test"))
    qtbot.addWidget(window)
    window.restore_size()
    window.show()
    with qtbot.waitSignal(window.dashboard.over_time_shown, timeout=30_000):
        window.dashboard.set_period("year", date(2019, 1, 1))
    found += leaks(window, patterns)

    window.tabs.setCurrentWidget(window.reports)
    found += leaks(window, patterns)

    window.tabs.setCurrentWidget(window.devices)
    qtbot.waitUntil(lambda: window.devices.model.rowCount() > 0, timeout=15_000)
    child(window, QLineEdit, "leader.enrol_coach").setText("Eva")
    with qtbot.waitSignal(window.devices.code_created, timeout=15_000):
        child(window, QPushButton, "leader.enrol_create").click()
    found += leaks(window, patterns)
    table = child(window, QTableView, "leader.devices")
    table.selectRow(0)
    confirmation = RevokeConfirmation(window.devices.model.device(0), window)
    confirmation.show()
    found += leaks(confirmation, patterns)
    confirmation.close()

    assert found == []
    # The check finds an English text when there is one.
    planted = QLabel("Fetch the figures again (F5)", window.devices)
    planted.show()
    assert leaks(window, patterns) == [f"QLabel: {planted.text()!r}"]
    window.close()
