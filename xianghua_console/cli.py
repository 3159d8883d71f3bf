"""``xianghua-console``: the console and its headless commands over the same services.

One argument parser, one place that opens the database. Exit codes: 0 success, 1 an action
refused (with its reason), 2 bad arguments. Anything a user can cause ends in a message,
never a traceback (set ``XIANGHUA_DEBUG=1`` to see one for a bug).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from xianghua_console import __version__
from xianghua_console.domain.clock import LOCAL_TZ, Clock, SystemClock, to_local
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

    p = sub.add_parser("status", parents=[common], help="某一时刻的态势：未结事件及其时限、值班人员、日报")
    p.add_argument("--at", type=_local_moment, metavar="'YYYY-MM-DD HH:MM'",
                   help="北京时间的某一时刻（默认现在）")
    p.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("screenshot", parents=[common], help="离屏渲染各主视图为 PNG（无需显示器）")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出文件夹")
    p.set_defaults(handler=cmd_screenshot)
    return parser


def _local_moment(text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` in Asia/Shanghai, for ``--at``."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"时间格式应为 YYYY-MM-DD HH:MM（北京时间）：{text}") from exc


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
    except BrokenPipeError:  # output piped into `head` and the like
        return EXIT_OK
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


def cmd_status(args: argparse.Namespace) -> int:
    """Print the situation at a moment, as text or as one JSON object."""
    from xianghua_console.services.situation import situation_at

    db, _ = _open(args)
    try:
        situation = situation_at(Ctx(db, args.clock), at=args.at)
    finally:
        db.dispose()
    data = situation.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"态势时刻：{data['at']}")
    duty = data["on_duty"]
    leader = duty["leader"]
    print("带班领导：" + (f"{leader['name']} {leader['phone']}" if leader else "（未排班）"))
    print("值班人员：" + ("、".join(f"{p['name']} {p['phone']}" for p in duty["staff"]) or "（未排班）"))
    print(f"未结事件 {len(data['incidents'])} 起：")
    for inc in situation.incidents:
        clocks = []
        for d in inc.deadlines:
            due = to_local(d.due).strftime("%m-%d %H:%M")
            if not d.met:
                late = "，已超时" if d.overdue(situation.at) else ""
                clocks.append(f"{d.kind.label}截止 {due}{late}")
            elif d.met_late:
                clocks.append(f"{d.kind.label}超时完成")
        print(f"  {inc.number} {inc.unit} {inc.category} {inc.status.label}  " + "；".join(clocks))
    daily = data["daily"]
    print(
        f"日报 {daily['date']}（截止 {daily['cutoff'][11:16]}）：按时 {len(daily['on_time'])}，"
        f"迟报 {len(daily['late'])}，未报 {len(daily['pending'])}，缺报 {len(daily['missing'])}"
    )
    for unit in daily["pending"] + daily["missing"]:
        print(f"  未报：{unit}")
    return EXIT_OK


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
