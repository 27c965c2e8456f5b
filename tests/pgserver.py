"""A throwaway PostgreSQL 15 server for the tests: initdb and pg_ctl into a temporary directory, listening on a free
port of 127.0.0.1 (and a unix socket in the same directory), with trust authentication and no durability (the data
is thrown away). initdb refuses to run as root, so as root the server runs as the ``postgres`` system user."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path(os.environ.get("WHIPCOUNT_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "whipcount"


def missing_reason() -> str | None:
    """Why no server can be started here, or None when one can."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (PG_BIN / tool).is_file():
            return f"no PostgreSQL 15 binaries in {PG_BIN} (apt-get install postgresql-15)"
    if os.geteuid() == 0 and not _system_user_exists("postgres"):
        return "running as root and there is no 'postgres' system user to run initdb as"
    return None


def _system_user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        # run from the server's own folder: the postgres user may not be allowed into the caller's
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
        return done

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            # immediate: no shutdown checkpoint, the data is thrown away
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> Server:
    root = Path(tempfile.mkdtemp(prefix="whipcount-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres", group="postgres")
    server = Server(root=root, port=_free_port())
    try:
        server.start()
    except BaseException:
        log = root / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        if detail:
            raise RuntimeError(f"PostgreSQL did not start; its log ends:\n{detail}") from None
        raise
    return server
