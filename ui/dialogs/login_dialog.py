"""Logging in to a center's shared database: the server's address, one's login and the
password. The password is held only while the database opens; it is never written down
(neither in the settings nor in the remembered location)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.server_address import ServerAddress, parse


class LoginDialog(QDialog):
    def __init__(self, parent: QWidget | None, target: str = "", message: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to the center's database"))
        address = parse(target) or ServerAddress()
        self.host = QLineEdit(address.host)
        self.host.setPlaceholderText(self.tr("e.g. 10.20.0.5 or db.center.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.database_name = QLineEdit(address.database)
        self.login = QLineEdit(address.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(message)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database_name)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Your administrator gives you your login. The password is not saved on this PC."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        # Straight to what is missing: with a known server and login, the password.
        first_empty = next(
            (edit for edit in (self.host, self.database_name, self.login) if not edit.text()), self.password
        )
        first_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def target(self) -> str:
        """The database's address without the password: what may be remembered."""
        return ServerAddress(
            self.host.text().strip(), self.port.value(), self.database_name.text().strip(), self.login.text().strip()
        ).url()

    def _accept_if_complete(self) -> None:
        missing = [edit for edit in (self.host, self.database_name, self.login, self.password) if not edit.text()]
        if missing:
            self.message.setText(self.tr("Fill in the server, the database, your login and your password."))
            self.message.show()
            missing[0].setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, target: str = "", message: str = "") -> tuple[str, str] | None:
        """(address without password, password), or None when the person cancels."""
        dialog = cls(parent, target, message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target(), dialog.password.text()
