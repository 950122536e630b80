"""A second start on the same data folder: ask the running app to come to the front, and say so.

The data folder's lock (``coach_app.storage.FolderLock``) decides who owns the folder; this
module only lets the second process reach the first. The owner listens on a local socket
(``QLocalServer``: a Unix domain socket or a Windows named pipe, for this user only) whose name
is derived from the folder's resolved path; a second start connects, writes ``raise`` and reads
``ok``. Where the platform does not let a background process take the focus (Wayland, some
Windows settings) the window is still raised and its taskbar entry flashes.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

_REQUEST = b"raise\n"
_REPLY = b"ok\n"
_WAIT_MS = 3000


def server_name(folder: Path) -> str:
    """The local socket name of the app that owns ``folder`` (no personal data in it)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"coach-companion-{digest}"


class InstanceServer(QObject):
    """Listens for second starts on the folder this process owns; emits ``raise_requested``."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # We hold the folder's lock, so a socket of that name is a leftover of a crash.
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            log.info("listening for second starts")
        else:
            log.warning("second starts cannot reach this window: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_REQUEST.strip()):
            log.info("a second start asked this window to come to the front")
            socket.write(_REPLY)
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def ask_running_app_to_raise(folder: Path) -> bool:
    """Ask the app owning ``folder`` to come to the front; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(_REQUEST)
    socket.flush()
    answered = socket.waitForReadyRead(_WAIT_MS) and bytes(socket.readAll().data()) == _REPLY
    socket.disconnectFromServer()
    return answered


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise and raise ``window`` as far as the platform allows."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def already_open_message(raised: bool) -> str:
    """What a second start says, translated."""
    if raised:
        return QApplication.translate(
            "SingleInstance",
            "Coach Companion is already open for this data folder. Its window has been brought "
            "to the front. Only one window can use the data at a time, so that nothing is lost.",
        )
    return QApplication.translate(
        "SingleInstance",
        "Coach Companion is already open for this data folder, or an IT tool is working on it. "
        "Only one can use the data at a time, so that nothing is lost. Switch to the open "
        "window, or wait until the IT tool has finished, then try again.",
    )


def already_open_box(raised: bool, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("app.already_open")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QApplication.translate("SingleInstance", "Coach Companion"))
    box.setText(already_open_message(raised))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
