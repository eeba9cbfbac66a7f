"""Where a center's shared database is, as a person types it into the login window:
server, port, database and login, never the password."""

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    login: str = ""

    def url(self) -> str:
        """The address to open and to remember; the password is given apart from it."""
        return URL.create(
            DRIVER, username=self.login or None, host=self.host, port=self.port, database=self.database
        ).render_as_string()


def parse(target: str) -> ServerAddress | None:
    """The parts of a server's URL; None for a file or anything else."""
    if "://" not in target:
        return None
    try:
        url = make_url(target)
    except ArgumentError:
        return None
    if url.get_backend_name() != "postgresql":
        return None
    return ServerAddress(url.host or "", url.port or DEFAULT_PORT, url.database or "", url.username or "")


def is_server(target: str) -> bool:
    return parse(target) is not None
