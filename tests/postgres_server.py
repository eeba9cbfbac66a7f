"""A throwaway PostgreSQL server for the tests and benchmarks: initdb and pg_ctl from
Debian's postgresql package, in a temporary folder, listening on the loopback address."""

import getpass
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def required_server_programs() -> Path:
    """server_programs() for a test: without them the test is skipped, and fails on CI
    (which installs them)."""
    import pytest

    programs = server_programs()
    if programs is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs PostgreSQL's server programs (Debian package postgresql)")
        pytest.skip("PostgreSQL's server programs are not installed (Debian package postgresql)")
    return programs


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """Started by `start()`, gone after `stop()`; `url(name)` for a role and a database."""

    def __init__(self, programs: Path, *, max_connections: int = 100, fsync: bool = False):
        self.programs = programs
        self.folder = Path(tempfile.mkdtemp(prefix="workbench-postgres-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.max_connections = max_connections
        self.fsync = fsync  # off for the tests: nothing on a throwaway server has to survive a crash
        # The server refuses to run as root; as root (CI) it runs as Debian's postgres user.
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as:
            self.folder.chmod(0o755)
            shutil.chown(self.folder, "postgres")

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, capture_output=True, cwd=self.folder)

    def start(self) -> "PostgresServer":
        self._run(
            str(self.programs / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "scram-sha-256",
            "--pwfile", self._password_file(), "-E", "UTF8", "--locale", "C.UTF-8",
            *([] if self.fsync else ["--no-sync"]),
        )  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync={'on' if self.fsync else 'off'} "
            f"-c max_connections={self.max_connections} -c shared_buffers=128MB"
        )
        self._run(str(self.programs / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "start")  # fmt: skip
        return self

    def _password_file(self) -> str:
        path = self.folder / "superuser-password"
        path.write_text(SUPERUSER_PASSWORD + "\n")
        if self._as:
            shutil.chown(path, "postgres")
        return str(path)

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run([*self._as, str(self.programs / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                           capture_output=True, cwd=self.folder)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        password = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        credentials = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{credentials}@127.0.0.1:{self.port}/{database}"

    def center_owner(self) -> str:
        """The role a center's database belongs to, as README's set-up makes it: an ordinary
        role with CREATEROLE and pg_signal_backend (made once per server)."""
        with psycopg.connect(self.url("postgres").replace("+psycopg", ""), autocommit=True) as connection:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (CENTER_OWNER,)).fetchone() is None:
                connection.execute(f"CREATE ROLE {CENTER_OWNER} LOGIN CREATEROLE PASSWORD '{CENTER_OWNER_PASSWORD}'")
                connection.execute(f"GRANT pg_signal_backend TO {CENTER_OWNER}")
        return CENTER_OWNER

    def center_database(self, name: str, template: str | None = None) -> str:
        """A new database owned by the center's owner; its owner's URL."""
        owner = self.center_owner()
        self.admin(f"CREATE DATABASE {name} OWNER {owner}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name, owner, CENTER_OWNER_PASSWORD)

    def admin(self, statement: str) -> None:
        """Run one statement as the superuser outside a transaction (CREATE/DROP DATABASE)."""
        with psycopg.connect(self.url("postgres").replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute(statement)


CENTER_OWNER, CENTER_OWNER_PASSWORD = "center_admin", "center-admin-password"
# Only for the throwaway server; a center's own superuser password is theirs to choose.
SUPERUSER_PASSWORD = "workbench-tests-" + getpass.getuser()
