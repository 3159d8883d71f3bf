"""A real, throwaway PostgreSQL server for tests: initdb and pg_ctl in a temporary folder.

No mocks: the server is Debian's postgresql package, started on a free loopback port and
stopped (its folder deleted) at the end. As root (CI runs as root) the server runs as the
``postgres`` account, since initdb refuses root. Where no server binaries are installed the
tests that need one are skipped, except under CI, where that is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL bin folder with initdb and pg_ctl."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    bindir: Path
    data: Path | None = None  # the cluster's folder (for stop/start/restart)
    root: Path | None = None  # the temporary folder: socket and log

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, dbname: str) -> str:
        """A new empty database on the server; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')
        return self.url(dbname)

    def stop(self) -> None:
        """Stop the server (fast: clients are disconnected, as in a real shutdown)."""
        self._pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        """Start the stopped server again on the same port, waiting until it accepts."""
        self._pg_ctl("-l", str(self._root() / "log"), "-o", _server_options(self.port, self._root()),
                     "start")

    def restart(self) -> None:
        """Restart the server: every open connection is cut, as in a real restart."""
        self._pg_ctl("-m", "fast", "-l", str(self._root() / "log"),
                     "-o", _server_options(self.port, self._root()), "restart")

    def _root(self) -> Path:
        if self.root is None:
            raise RuntimeError("this server was not started by running_server()")
        return self.root

    def _pg_ctl(self, *args: str) -> None:
        if self.data is None:
            raise RuntimeError("this server was not started by running_server()")
        subprocess.run(
            _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", *args]),
            check=True, capture_output=True, timeout=120,
        )


def _server_options(port: int, root: Path) -> str:
    return f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off"


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a server, yield it, stop it and delete its data folder."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="xianghua-pg-"))
    data = root / "data"
    user = "xianghua_test"
    port = free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        root.chmod(0o700)
    try:
        subprocess.run(
            _as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", user,
                             "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True, timeout=120,
        )
        subprocess.run(
            _as_server_user([
                str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w",
                "-o", _server_options(port, root), "start",
            ]),
            check=True, capture_output=True, timeout=120,
        )
        yield PgServer("127.0.0.1", port, user, bindir, data=data, root=root)
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True, timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)
