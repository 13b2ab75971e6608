"""One window per data folder: a second start brings the running window forward and ends.

The running window holds the folder's instance lock (``vigilance_app.instance_lock``, which
the command line honours too) and listens on a local socket named after the folder. A second
start that cannot take the lock connects to that socket, asks the first to come forward, and
ends without touching the store.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vigilance_app.instance_lock import InstanceLock
from vigilance_app.paths import DataPaths

if TYPE_CHECKING:  # QtNetwork is imported after the first frame (or by a second start)
    from PySide6.QtNetwork import QLocalServer

WAIT_MS = 1000
LISTEN_AFTER_MS = 300  # the first window paints first; a second start rarely comes sooner
REQUEST = b"show\n"


def server_name(paths: DataPaths) -> str:
    """A name private to this user and folder (the folder's path is not shown)."""
    digest = hashlib.sha256(str(paths.root.resolve()).encode()).hexdigest()[:20]
    return f"vigilance-{digest}"


class SingleInstance(QObject):
    """``claim()`` once at start-up: True for the first window of the folder, which, once
    ``listen()`` has run, emits ``activation_requested`` whenever another start asks for it."""

    activation_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = InstanceLock(paths)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the folder's lock; ``listen`` then answers later starts."""
        if not self.lock.try_acquire():
            self._ask_the_first_to_come_forward()
            return False
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if not self.lock.held or self.server is not None:
            return
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a socket left by a killed window: ours now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._connected)
            self.server = server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()

    def _connected(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            # The request is a few bytes, written at once by the other start.
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(WAIT_MS)
            if arrived and bytes(socket.read(len(REQUEST)).data()) == REQUEST:
                self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()

    def _ask_the_first_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self.paths))
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(REQUEST)
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent
