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
    url = server.center_database("bundle_smoke")  # an ordinary owner with CREATEROLE, as README says
    for command in (["server", "init", "--db", url], ["check", "--db", url]):
        subprocess.run([cli, *command], check=True)
finally:
    server.stop()
