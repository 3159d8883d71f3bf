"""Facts about where a SQLite file lives: which workstation has it open, and network shares.

A SQLite file is for one workstation. Two consoles writing it at once (two windows on one
computer, or two computers opening the same file on a share) would not corrupt it, since
writes are serialized, but WAL does not work across computers and each console would
silently work around the other's changes. So the console's start takes a *workstation lock*:
a small file beside the database (``xianghua.sqlite.lock``) naming the computer, the
process and since when. A second console is told who has the file open. A lock left behind
by a console that died (its process is gone on this same computer) is taken over; one held
from another computer can only be taken over by asking (``force=True``), since this computer
cannot see whether that console still runs.

PostgreSQL needs no such lock: several workstations sharing one server is what it is for.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from xianghua_console.domain.clock import Clock, SystemClock, to_local
from xianghua_console.domain.messages import Message, msg
from xianghua_console.store.db import DatabaseError, sqlite_path

LOCK_SUFFIX = ".lock"
# File systems on which SQLite's WAL (shared memory) and locking cannot be trusted.
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
    "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone",
    "lustre", "gpfs", "ncpfs", "coda",
})


@dataclass(frozen=True)
class Holder:
    """Who holds a workstation lock, as written in the lock file."""

    host: str
    pid: int
    user: str
    since: datetime | None
    token: str = ""

    def describe(self) -> Message:
        since = msg("，自 {since:%Y-%m-%d %H:%M} 起", since=to_local(self.since)) if self.since else ""
        who = msg("，用户 {user}", user=self.user) if self.user else ""
        return msg("工作站“{host}”（进程 {pid}{who}{since}）", host=self.host, pid=self.pid,
                   who=who, since=since)


class WorkstationLocked(DatabaseError):
    """The SQLite file is open in another console; ``holder`` says which one."""

    def __init__(self, path: Path, holder: Holder, *, same_host: bool) -> None:
        self.path = path
        self.holder = holder
        self.same_host = same_host
        if same_host:
            where = msg("本机上另一个值班台窗口")
            out = msg("请切换到那个窗口使用，或先关闭它。")
        else:
            where = msg("另一台电脑")
            out = msg("请先在那台电脑上关闭值班台。如确认那台电脑已关机或值班台已退出，"
                      "可选择强制打开（接管锁）。")
        super().__init__(
            "数据库 {path} 正由{where}——{holder}——打开。两个值班台同时使用同一个 SQLite 文件"
            "会互相看不到对方的改动。{out}多台工作站共用数据请改用 PostgreSQL。",
            path=path, where=where, holder=holder.describe(), out=out,
        )


@dataclass
class WorkstationLock:
    """A held workstation lock; :meth:`release` (or leaving a ``with`` block) gives it back.

    ``path`` is None for a database that needs no lock (PostgreSQL, in-memory SQLite).
    ``took_over`` names the holder of a stale lock that was taken over, for the log.
    """

    path: Path | None
    holder: Holder | None
    took_over: Holder | None = None

    def release(self) -> None:
        """Remove the lock file if it is still ours (never someone else's)."""
        if self.path is None or self.holder is None:
            return
        current = _read(self.path)
        if current is not None and current.token == self.holder.token:
            self.path.unlink(missing_ok=True)
        self.holder = None

    def __enter__(self) -> WorkstationLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + LOCK_SUFFIX)


def acquire_workstation_lock(
    url: str, *, clock: Clock | None = None, force: bool = False
) -> WorkstationLock:
    """Take the workstation lock of a SQLite database, or raise :class:`WorkstationLocked`.

    A lock whose process is gone on this computer is taken over; ``force=True`` takes over
    any lock (after the user confirmed that the other console is closed).
    """
    path = sqlite_path(url)
    if path is None:
        return WorkstationLock(None, None)
    clock = clock or SystemClock()
    target = lock_path(path)
    me = Holder(host=_host(), pid=os.getpid(), user=_user(), since=clock.now(),
                token=uuid.uuid4().hex)
    took_over: Holder | None = None
    for _ in range(3):  # a stale lock removed, or a race with another starting console
        if _create(target, me):
            return WorkstationLock(target, me, took_over)
        current = _read(target)
        if current is None:  # unreadable or half-written by a console that died: stale
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            continue
        same_host = current.host == me.host
        if current.token and current.pid == me.pid and same_host:
            raise WorkstationLocked(path, current, same_host=True)  # this very process
        if force or (same_host and not _alive(current.pid)):
            took_over = current
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            continue
        raise WorkstationLocked(path, current, same_host=same_host)
    raise DatabaseError("无法建立工作站锁文件 {target}，请稍后再试。", target=target)


def lock_holder(url: str) -> Holder | None:
    """Who holds the lock of a SQLite database now (None: nobody, or not SQLite)."""
    path = sqlite_path(url)
    return None if path is None else _read(lock_path(path))


def _create(target: Path, me: Holder) -> bool:
    data = json.dumps({"host": me.host, "pid": me.pid, "user": me.user,
                       "since": me.since.isoformat() if me.since else None,
                       "token": me.token}, ensure_ascii=False)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatabaseError(
            "无法在 {folder} 建立工作站锁文件：{why}。数据库所在的文件夹须可写"
            "（只读文件夹请把数据库复制到可写的位置）。", folder=target.parent,
            why=exc.strerror or exc,
        ) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return True


def _read(target: Path) -> Holder | None:
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        return Holder(host=str(data["host"]), pid=int(data["pid"]), user=str(data.get("user", "")),
                      since=since, token=str(data.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _host() -> str:
    return socket.gethostname() or "（未知电脑）"


def _user() -> str:
    for name in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    return ""


def _alive(pid: int) -> bool:
    """Whether a process of this computer still runs (a zombie counts as gone)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not process:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(process)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
        # The number may have been reused by an unrelated program since the console died.
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().lower()
        if cmdline and b"python" not in cmdline and b"xianghua" not in cmdline:
            return False
    return True


# ---------------------------------------------------------------- network shares


def network_share_warning(url: str, *, mounts: str | None = None) -> Message | None:
    """A warning when a SQLite file is on a network share (WAL does not work there), or None.

    Linux: the file system type of the mount the file is on (``/proc/mounts``); Windows: a
    UNC path (``\\\\server\\share``) or a mapped network drive. ``mounts`` is for tests.
    """
    path = sqlite_path(url)
    if path is None:
        return None
    kind = _network_kind(path, mounts)
    if kind is None:
        return None
    return msg(
        "数据库文件 {path} 在网络共享上（{kind}）。SQLite 的 WAL 模式在网络共享上不能正常"
        "工作，断网或多台电脑同时打开都可能损坏数据。请把数据库放在本机磁盘上；"
        "多台工作站共用数据请改用 PostgreSQL。", path=path, kind=kind,
    )


def _network_kind(path: Path, mounts: str | None) -> Message | None:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return msg("UNC 路径")
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
            return msg("网络驱动器 {drive}", drive=drive)
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux (macOS has no /proc): no way to tell cheaply
    fstype = fs_type_of(path, mounts)
    if fstype is not None and (fstype in NETWORK_FS or fstype.startswith(("nfs", "smb"))):
        return msg("文件系统 {fstype}", fstype=fstype)
    return None


def fs_type_of(path: Path, mounts: str) -> str | None:
    """The file system type of the longest mount point containing ``path`` in ``mounts``."""
    resolved = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type
