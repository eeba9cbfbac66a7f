"""The bundle's command reaches a center's PostgreSQL server (psycopg frozen in with it):
`server init` and `check` against a throwaway server, as the tests start one."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.postgres_server import PostgresServer, server_programs  # noqa: E402

cli = sys.argv[1]
server = PostgresServer(server_programs()).start()
try:
    server.admin("CREATE DATABASE bundle_smoke")
    url = server.url("bundle_smoke")
    for command in (["server", "init", "--db", url], ["check", "--db", url]):
        subprocess.run([cli, *command], check=True)
finally:
    server.stop()
