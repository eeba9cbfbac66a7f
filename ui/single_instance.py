"""One window per database: a second start brings the running window to the front.

A QLockFile in the data folder says the database is in use; Qt recognises the lock of a
process that has died and takes it over. A QLocalServer, named after the database, lets
a second start ask the first to show itself."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workbench.paths import data_dir

WAKE = b"show"
CONNECT_MS = 1000


class SingleInstance(QObject):
    activated = Signal()  # another start asked this one to show itself

    def __init__(self, database: str, parent=None):
        super().__init__(parent)
        key = hashlib.sha1(_canonical(database).encode()).hexdigest()[:16]
        self.name = f"workbench-{key}"
        self.lock = QLockFile(str(data_dir() / f"{self.name}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True: this is the first start, and it listens for the next. False: another start
        holds the database and has been asked to come to the front."""
        if self.lock.tryLock(100):
            QLocalServer.removeServer(self.name)  # a socket left by a crash
            self.server = QLocalServer(self)
            self.server.newConnection.connect(self._woken)
            self.server.listen(self.name)
            return True
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(QByteArray(WAKE))
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
        return False

    def _woken(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(WAKE):
            self.activated.emit()
        connection.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def same_database(one: str, other: str) -> bool:
    return _canonical(one) == _canonical(other)


def _canonical(database: str) -> str:
    """The same file however it was named on the command line."""
    return str(Path(database).expanduser().resolve()) if "://" not in database else database


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
