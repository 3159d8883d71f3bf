"""``xianghua-console``: the console and its headless commands over the same services.

One argument parser, one place that opens the database. Exit codes: 0 success, 1 an action
refused (with its reason), 2 bad arguments. Anything a user can cause ends in a message,
never a traceback (set ``XIANGHUA_DEBUG=1`` to see one for a bug).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from xianghua_console import __version__
from xianghua_console.domain.clock import Clock, SystemClock
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.store.db import (
    ENV_DB,
    Database,
    DatabaseError,
    OpenReport,
    open_database,
    resolve_url,
    sqlite_path,
)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The one parser; ``--db`` is accepted before or after the command's name."""
    db_help = f"数据库地址（sqlite:///路径 或 postgresql+psycopg://…；也可用环境变量 {ENV_DB}）"
    parser = argparse.ArgumentParser(
        prog="xianghua-console",
        description="香花镇信访稳定值班台。不带命令时打开值班台窗口。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help=db_help)
    # Sub-commands repeat --db; SUPPRESS keeps an absent one from hiding the global value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="命令")

    p = sub.add_parser("demo", parents=[common], help="创建演示数据库（数据围绕当前时间生成）")
    p.add_argument("--seed", type=int, default=2027, help="随机种子，同一种子生成同样的数据")
    p.add_argument("--force", action="store_true", help="目标已有数据时先删除它（仅限 SQLite 文件）")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="检查数据库的完整性和结构版本")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("screenshot", parents=[common], help="离屏渲染各主视图为 PNG（无需显示器）")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出文件夹")
    p.set_defaults(handler=cmd_screenshot)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    environ: dict[str, str] | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message (or --help / --version)
        return int(exc.code or 0)
    args.clock = clock or SystemClock()
    args.environ = os.environ if environ is None else environ
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", cmd_console)
    try:
        return handler(args)
    except (Refused, DatabaseError) as exc:
        print(f"xianghua-console: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("xianghua-console: 已中断", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"xianghua-console: 文件操作失败：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # a bug: say so plainly, keep the traceback for developers
        if args.environ.get("XIANGHUA_DEBUG"):
            traceback.print_exc()
        print(f"xianghua-console: 内部错误（{type(exc).__name__}: {exc}）", file=sys.stderr)
        return EXIT_REFUSED


def _url(args: argparse.Namespace) -> str:
    return resolve_url(getattr(args, "db", None), args.environ)


def _open(args: argparse.Namespace) -> tuple[Database, OpenReport]:
    """The one place that opens the database for a command (creating or upgrading it)."""
    return open_database(_url(args), clock=args.clock)


def cmd_console(args: argparse.Namespace) -> int:
    """Open the console window."""
    db, report = _open(args)
    try:
        from xianghua_console.gui.app import run_console

        return run_console(Ctx(db, args.clock), open_report=report)
    finally:
        db.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a demo database, deterministic for a seed and placed around the current time."""
    from xianghua_console.services.demo import create_demo

    url = _url(args)
    path = sqlite_path(url)
    if args.force:
        if path is None:
            raise Refused("--force 只能用于 SQLite 文件；服务器上的数据库请手工清空。")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db, _ = open_database(url, clock=args.clock)
    try:
        summary = create_demo(Ctx(db, args.clock, actor="演示数据"), seed=args.seed)
    finally:
        db.dispose()
    print(f"演示数据库已创建：{db.display_name}")
    print(
        f"村 {summary.villages} 个，镇直单位 {summary.town_units} 个，人员 {summary.staff} 名，"
        f"值班 {summary.shifts} 天，事件 {summary.incidents} 起，日报 {summary.daily_reports} 份，"
        f"预警通知 {summary.notices} 份，研判会 {summary.meetings} 次"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check a database without changing it; exit 0 when sound."""
    from xianghua_console.services.integrity import check_database

    report = check_database(_url(args), clock=args.clock)
    for line in report.facts:
        print(line)
    if report.ok:
        print("检查通过：数据库完好。")
        return EXIT_OK
    for line in report.problems:
        print(f"问题：{line}", file=sys.stderr)
    print("检查未通过。", file=sys.stderr)
    return EXIT_REFUSED


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render each main view offscreen to DIR/<view>.png."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # needs no display, before Qt is imported
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Refused(f"无法创建输出文件夹 {out}：{exc.strerror or exc}") from exc
    db, report = _open(args)
    try:
        from xianghua_console.gui.screenshot import render_views

        paths = render_views(Ctx(db, args.clock), out, open_report=report)
    finally:
        db.dispose()
    for p in paths:
        print(p)
    return EXIT_OK
