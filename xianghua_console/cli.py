"""``xianghua-console``: the console and its headless commands over the same services.

One argument parser, one place that opens the database. Exit codes: 0 success, 1 an action
refused (with its reason), 2 bad arguments. Anything a user can cause ends in a message,
never a traceback (set ``XIANGHUA_DEBUG=1`` to see one for a bug).

Accounts: a command acts as the account named by ``--user`` or ``XIANGHUA_USER``; its password
is asked for when standard input is a terminal, else taken from ``XIANGHUA_PASSWORD``. The
services check the account's role. Without an account:

- ``check`` and ``demo`` always run (``check`` must work on a damaged database);
- on a database with no accounts yet, the reading commands (status, screenshot, export,
  report, roster list/check/export, ledger export, backup, user list) run as 只读; a writing
  command is refused until the first account exists: ``user add`` creates it without logging
  in, and it must be an office director;
- once the database has accounts, every other command needs one.

``restore`` needs a director when the current database opens and has accounts; when it
cannot be opened (damaged, missing) it runs without one, since it is the way out.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from xianghua_console import __version__
from xianghua_console.domain.clock import LOCAL_TZ, Clock, SystemClock, to_local
from xianghua_console.domain.enums import Role
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.store.db import (
    ENV_DB,
    Database,
    DatabaseError,
    OpenReport,
    describe_storage_error,
    open_database,
    resolve_url,
    sqlite_path,
)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
ENV_USER, ENV_PASSWORD, ENV_NEW_PASSWORD = "XIANGHUA_USER", "XIANGHUA_PASSWORD", "XIANGHUA_NEW_PASSWORD"


def program_name() -> str:
    """The name usage lines and ``--version`` give: the frozen program's own (``xianghua-cli``
    beside the windowed ``xianghua-console``, build.spec), else ``xianghua-console``."""
    if getattr(sys, "frozen", False):
        stem = Path(sys.executable).stem
        if stem in ("xianghua-console", "xianghua-cli"):
            return stem
    return "xianghua-console"


def build_parser() -> argparse.ArgumentParser:
    """The one parser; ``--db`` is accepted before or after the command's name."""
    db_help = f"数据库地址（sqlite:///路径 或 postgresql+psycopg://…；也可用环境变量 {ENV_DB}）"
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="香花镇信访稳定值班台。不带命令时打开值班台窗口。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    user_help = f"以哪个账号运行（也可用环境变量 {ENV_USER}；密码在终端中输入或取自 {ENV_PASSWORD}）"
    parser.add_argument("--db", metavar="URL", help=db_help)
    parser.add_argument("--user", metavar="用户名", help=user_help)
    parser.add_argument("--smoke", action="store_true",
                        help="自检：在临时演示数据库上打开主窗口（默认离屏），渲染一帧后退出")
    # Sub-commands repeat --db and --user; SUPPRESS keeps an absent one from hiding the global.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--user", metavar="用户名", default=argparse.SUPPRESS, help=user_help)
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

    _add_roster_parser(sub, common)
    _add_reports_parsers(sub, common)

    p = sub.add_parser("backup", parents=[common], help="用 SQLite 在线备份接口备份数据库")
    p.add_argument("--out", required=True, type=Path, metavar="F", help="备份文件（不会覆盖已有文件）")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("migrate-db", help="把 SQLite 数据库的全部记录复制到一个空的 PostgreSQL 数据库")
    p.add_argument("--from", dest="source", required=True, metavar="URL", help="源库，sqlite:///路径")
    p.add_argument("--to", dest="target", required=True, metavar="URL",
                   help="目标库，postgresql+psycopg://…（必须是空库）")
    p.set_defaults(handler=cmd_migrate_db)

    p = sub.add_parser("restore", parents=[common], help="检查备份文件后用它替换当前数据库")
    p.add_argument("file", type=Path, metavar="F", help="备份文件")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("import", parents=[common],
                       help="从 Excel 导入目录：单位和信息员、人员（先逐行检查，有错则不导入）")
    isub = p.add_subparsers(dest="what", metavar="目录", required=True)
    for what, sheet, columns in (("units", "单位", "单位名称*、类型*、信息员、联系电话"),
                                 ("staff", "人员", "姓名*、职务、所属单位、联系电话")):
        i = isub.add_parser(what, parents=[common], help=f"工作表“{sheet}”：{columns}")
        i.add_argument("file", type=Path, metavar="F.xlsx", help="Excel 工作簿")
        i.set_defaults(handler=cmd_import_directory, sheet=sheet)

    p = sub.add_parser("screenshot", parents=[common], help="离屏渲染各主视图为 PNG（无需显示器）")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出文件夹")
    p.set_defaults(handler=cmd_screenshot)

    _add_user_parser(sub, common)
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
    if args.smoke:
        if args.command:
            print("xianghua-console: --smoke 不能与命令一起使用", file=sys.stderr)
            return EXIT_USAGE
        handler = cmd_smoke
    try:
        return handler(args)
    except (Refused, DatabaseError) as exc:
        print(f"xianghua-console: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except _sa_error() as exc:  # the file or its disk: full, read-only, damaged, locked
        if args.environ.get("XIANGHUA_DEBUG"):
            traceback.print_exc()
        url = getattr(args, "source", None) or _url(args)
        print(f"xianghua-console: {describe_storage_error(url, exc)}", file=sys.stderr)
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


def _sa_error() -> type[Exception]:
    """SQLAlchemy's DatabaseError, imported only once an error is being handled: the console's
    start must not wait for SQLAlchemy (store/db.py)."""
    from sqlalchemy.exc import DatabaseError as SAError

    return SAError


def _url(args: argparse.Namespace) -> str:
    return resolve_url(getattr(args, "db", None), args.environ)


def _progress(prefix: str):  # noqa: ANN202 - a context manager of Progress | None
    """A progress line (``导出  42%  …``) on standard error while it is a terminal; none when
    the output goes to a file or a pipe (see ``services.progress.terminal_progress``)."""
    from xianghua_console.services.progress import terminal_progress

    return terminal_progress(prefix)


def _open(args: argparse.Namespace) -> tuple[Database, OpenReport]:
    """The one place that opens the database for a command (creating or upgrading it)."""
    return open_database(_url(args), clock=args.clock)


def _ctx(args: argparse.Namespace, db: Database, *, write: bool = False) -> Ctx:
    """The context a command acts in: the logged-in account, or 只读 on a database without any.

    See the module docstring for the rule; the services check the role.
    """
    from xianghua_console.services.accounts import authenticate, ctx_for, has_accounts

    username = getattr(args, "user", None) or args.environ.get(ENV_USER)
    if username:
        password = _password(args, ENV_PASSWORD, f"{username} 的密码：")
        return ctx_for(db, args.clock, authenticate(db, args.clock, username=username,
                                                    password=password))
    if has_accounts(db):
        raise Refused(f"请用 --user 用户名（或环境变量 {ENV_USER}）指明以哪个账号运行。")
    if write:
        raise Refused(
            "数据库还没有账号，不能写入。请先建立第一个办公室主任账号："
            "xianghua-console user add --username 用户名 --role 办公室主任，"
            "再用 --user 用户名 运行本命令。"
        )
    return Ctx(db, args.clock, actor="命令行", role=Role.READ_ONLY)


def _password(args: argparse.Namespace, env: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the terminal (never echoed) or, without one, from ``env``."""
    # No stdin at all (None) in a windowed program started without __main__'s streams.
    if sys.stdin is not None and sys.stdin.isatty() and env not in args.environ:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("再输入一次：") != first:
            raise Refused("两次输入的密码不一致。")
        return first
    value = args.environ.get(env)
    if value is None:
        raise Refused(f"需要密码：请在终端中运行以输入密码，或设置环境变量 {env}。")
    return value


def cmd_console(args: argparse.Namespace) -> int:
    """Open the console window; a database that cannot be opened is explained in a window."""
    try:
        db, report = _open(args)
    except DatabaseError as exc:
        from xianghua_console.gui.app import show_startup_error

        print(f"xianghua-console: {exc}", file=sys.stderr)
        show_startup_error(exc.message)
        return EXIT_REFUSED
    from xianghua_console.gui.app import ensure_application, run_console, show_startup_error
    from xianghua_console.store.workstation import WorkstationLocked, acquire_workstation_lock

    try:
        # One console per SQLite file: a second one is told which workstation has it open.
        lock = acquire_workstation_lock(db.url, clock=args.clock)
    except WorkstationLocked as exc:
        db.dispose()
        print(f"xianghua-console: {exc}", file=sys.stderr)
        show_startup_error(exc.message)
        return EXIT_REFUSED
    try:
        _daily_backup(db, args)
        ensure_application()
        from xianghua_console.gui.i18n import use_database_language
        from xianghua_console.gui.login import log_in

        use_database_language(db)  # the office's language (or XIANGHUA_LANG), before the login

        ctx = log_in(db, args.clock)
        if ctx is None:
            return EXIT_OK  # the officer cancelled the login
        return run_console(ctx, open_report=report)
    finally:
        lock.release()
        db.dispose()


def _daily_backup(db: Database, args: argparse.Namespace) -> None:
    """The first start of each day copies the SQLite file aside (kept in rotation)."""
    from xianghua_console.services.backup import automatic_backup, automatic_backup_due
    from xianghua_console.services.startup import stored_setting

    if not automatic_backup_due(db, clock=args.clock):
        return
    keep = int(stored_setting(db, "backup_keep"))  # one query: the ORM comes after the login
    try:
        automatic_backup(db, clock=args.clock, keep=keep)
    except Refused as exc:  # a read-only folder must not stop the duty office from working
        print(f"xianghua-console: 自动备份未完成：{exc}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a demo database, deterministic for a seed and placed around the current time."""
    from xianghua_console.services.accounts import DEMO_ACCOUNTS, create_demo_accounts
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
        ctx = Ctx(db, args.clock, actor="演示数据")
        summary = create_demo(ctx, seed=args.seed)
        accounts = create_demo_accounts(ctx)
    finally:
        db.dispose()
    print(f"演示数据库已创建：{db.display_name}")
    print(
        f"村 {summary.villages} 个，镇直单位 {summary.town_units} 个，人员 {summary.staff} 名，"
        f"值班 {summary.shifts} 天，事件 {summary.incidents} 起，日报 {summary.daily_reports} 份，"
        f"预警通知 {summary.notices} 份，研判会 {summary.meetings} 次"
    )
    passwords = {name: pw for name, pw, _, _ in DEMO_ACCOUNTS}
    print("演示账号：" + "，".join(
        f"{a.role.label} {a.username}/{passwords[a.username]}" for a in accounts))
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
        situation = situation_at(_ctx(args, db), at=args.at)
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
                stage = situation.alert(d)  # the alerts' stages, under the settings' lead
                late = {"overdue": "，已超时", "soon": "，即将到期"}.get(stage or "", "")
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


# ---------------------------------------------------------------- roster (值班排班)


def _add_roster_parser(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001
    """``roster …``: duty periods, fair rotation, checks and the roster's Excel exchange."""
    p = sub.add_parser(
        "roster", parents=[common], help="值班排班：建立值班期、自动排班、检查、导入导出 Excel"
    )
    rsub = p.add_subparsers(dest="roster_command", metavar="操作", required=True)
    period_help = "值班期编号（默认为当前值班期；编号见 roster list）"

    r = rsub.add_parser("list", parents=[common], help="列出值班期")
    r.set_defaults(handler=cmd_roster_list)

    r = rsub.add_parser("create", parents=[common], help="建立值班期及其每天的班次")
    r.add_argument("--name", required=True, help="名称，例如 2027年全国两会期间")
    r.add_argument("--start", required=True, type=_day, metavar="YYYY-MM-DD", help="开始日期")
    r.add_argument("--end", required=True, type=_day, metavar="YYYY-MM-DD", help="结束日期")
    r.add_argument("--reports-from", type=_day, metavar="YYYY-MM-DD",
                   help="日报开始日期（默认为开始日期）")  # fmt: skip
    r.add_argument("--fund", type=int, default=0, metavar="元", help="每天的应急经费")
    r.add_argument("--vehicle", default="", metavar="车牌", help="应急车辆")
    r.add_argument("--police", metavar="联系人", help="派出所备勤（应急分队）联系人，默认取设置")
    r.add_argument("--police-phone", metavar="电话", help="派出所备勤电话，默认取设置")
    r.set_defaults(handler=cmd_roster_create)

    r = rsub.add_parser("generate", parents=[common], help="按公平轮换自动排班")
    r.add_argument("--period", type=int, metavar="ID", help=period_help)
    r.add_argument("--replace-hand", action="store_true",
                   help="连手工排定、调班和导入的班次也重新排（默认保留）")  # fmt: skip
    r.add_argument("--seed", type=int, default=0, help="人数相同时的抽签种子")
    r.set_defaults(handler=cmd_roster_generate)

    r = rsub.add_parser("check", parents=[common], help="检查排班（空岗、重复、请假在班）和每天的保障")
    r.add_argument("--period", type=int, metavar="ID", help=period_help)
    r.set_defaults(handler=cmd_roster_check)

    r = rsub.add_parser("export", parents=[common], help="把排班表导出为 Excel")
    r.add_argument("--period", type=int, metavar="ID", help=period_help)
    r.add_argument("--out", required=True, type=Path, metavar="F.xlsx", help="输出文件")
    r.set_defaults(handler=cmd_roster_export)

    r = rsub.add_parser("import", parents=[common], help="从 Excel 导入排班（先逐行检查，有错则不导入）")
    r.add_argument("file", type=Path, metavar="F.xlsx",
                   help="含“值班”表的工作簿；表中出现的日子整天按表替换")  # fmt: skip
    r.add_argument("--period", type=int, metavar="ID", help=period_help)
    r.set_defaults(handler=cmd_roster_import)

    r = rsub.add_parser("holiday", parents=[common],
                        help="本办自设的节假日或调休上班日（覆盖 chinese-calendar 的日历）")
    r.add_argument("--day", required=True, type=_day, metavar="YYYY-MM-DD")
    r.add_argument("--kind", required=True, choices=["节假日", "调休上班", "取消"],
                   help="“取消”删除本办对这一天的设定")
    r.add_argument("--note", default="", help="说明，如“县里通知的调休”")
    r.set_defaults(handler=cmd_roster_holiday)


def _day(text: str):  # noqa: ANN202 - argparse type
    """``YYYY-MM-DD``, a local calendar day."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def _roster_period(args: argparse.Namespace, ctx: Ctx) -> int:
    if args.period is not None:
        return args.period
    from xianghua_console.services.roster import current_period_id

    period_id = current_period_id(ctx)
    if period_id is None:
        raise Refused("还没有值班期；请先用 roster create 建立。")
    return period_id


def cmd_roster_list(args: argparse.Namespace) -> int:
    """Print every duty period with its id."""
    from xianghua_console.services.roster_admin import list_periods

    db, _ = _open(args)
    try:
        periods = list_periods(_ctx(args, db))
    finally:
        db.dispose()
    if not periods:
        print("还没有值班期。")
    for p in periods:
        print(f"{p.id}\t{p.name}\t{p.start_date} 至 {p.end_date}\t{p.shifts} 天")
    return EXIT_OK


def cmd_roster_create(args: argparse.Namespace) -> int:
    """Create a duty period with its daily shifts."""
    from xianghua_console.services.roster_admin import create_period

    db, _ = _open(args)
    try:
        period = create_period(
            _ctx(args, db, write=True),
            name=args.name,
            start_date=args.start,
            end_date=args.end,
            daily_reports_from=args.reports_from,
            emergency_fund_yuan=args.fund,
            vehicle=args.vehicle,
            police_squad_contact=args.police,
            police_squad_phone=args.police_phone,
        )
    finally:
        db.dispose()
    print(f"已建立值班期 {period.id}：{period.name}，{period.start_date} 至 {period.end_date}，"
          f"共 {period.shifts} 天")  # fmt: skip
    return EXIT_OK


def cmd_roster_generate(args: argparse.Namespace) -> int:
    """Generate (or regenerate) a period's roster; prints the calendar note and every gap."""
    from xianghua_console.services.roster_admin import generate_roster

    db, _ = _open(args)
    try:
        ctx = _ctx(args, db, write=True)
        with _progress("排班") as progress:
            report = generate_roster(
                ctx,
                period_id=_roster_period(args, ctx),
                keep_by_hand=not args.replace_hand,
                seed=args.seed,
                progress=progress,
            )
    finally:
        db.dispose()
    print(f"值班期 {report.period_id}：新排 {report.placed} 人次，保留手工排定 {report.kept} 人次，"
          f"替换原自动排班 {report.removed} 人次，已开始的班次 {report.started} 人次保持不变")  # fmt: skip
    for note in report.notes:
        print(f"注意：{note}")
    return EXIT_OK


def cmd_roster_check(args: argparse.Namespace) -> int:
    """Print a period's findings and each day's readiness."""
    from xianghua_console.services.roster_admin import check_period

    db, _ = _open(args)
    try:
        ctx = _ctx(args, db)
        check = check_period(ctx, period_id=_roster_period(args, ctx))
    finally:
        db.dispose()
    if check.calendar_note:
        print(f"注意：{check.calendar_note}")
    print(f"问题 {len(check.findings)} 处：")
    for f in check.findings:
        print(f"  [{f.kind.label}] {f.message}")
    print(f"保障到位 {check.ready_days}/{len(check.readiness)} 天：")
    for r in check.readiness:
        print(f"  {r.day} {'到位' if r.green else '未到位'}  {r.line}")
    return EXIT_OK


def cmd_roster_holiday(args: argparse.Namespace) -> int:
    """Set or remove the office's own holiday / make-up working day for one date."""
    from xianghua_console.domain.enums import CalendarOverrideKind
    from xianghua_console.services.roster_admin import set_calendar_override

    kinds = {k.label: k for k in CalendarOverrideKind}
    kind = kinds.get(args.kind)  # 取消 → None: the override is removed
    db, _ = _open(args)
    try:
        set_calendar_override(_ctx(args, db, write=True), day=args.day, kind=kind, note=args.note)
    finally:
        db.dispose()
    print(f"{args.day}：" + (f"按{kind.label}排班" if kind else "已取消本办的设定，按日历排班"))
    return EXIT_OK


def cmd_roster_export(args: argparse.Namespace) -> int:
    """Write a period's roster to an Excel workbook."""
    from xianghua_console.services.roster_admin import export_roster

    db, _ = _open(args)
    try:
        ctx = _ctx(args, db)
        with _progress("导出") as progress:
            path = export_roster(ctx, period_id=_roster_period(args, ctx), path=args.out,
                                 progress=progress)
    finally:
        db.dispose()
    print(path)
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace) -> int:
    """Import a roster workbook; exit 1 with each bad row's sheet, row and column."""
    from xianghua_console.services.roster_admin import import_roster

    db, _ = _open(args)
    try:
        ctx = _ctx(args, db, write=True)
        with _progress("导入") as progress:
            report = import_roster(ctx, period_id=_roster_period(args, ctx), path=args.file,
                                   progress=progress)
    finally:
        db.dispose()
    print(f"已导入 {report.rows} 行，涉及 {len(report.days)} 天。")
    for f in report.findings:
        print(f"  [{f.kind.label}] {f.message}")
    return EXIT_OK


# ---------------------------------------------------------------- reports, exports, ledger


def _add_reports_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001
    """``export daily``, ``report weekly`` and ``ledger template|import|export``."""
    p = sub.add_parser("export", parents=[common], help="导出给县里的表格")
    esub = p.add_subparsers(dest="export_command", metavar="表格", required=True)
    e = esub.add_parser("daily", parents=[common], help="信访稳定信息日报汇总表（一天，或一段日期）")
    when = e.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="某一天")
    when.add_argument("--from", dest="first", type=_iso_date, metavar="YYYY-MM-DD",
                      help="一段日期的第一天（与 --to 同用：每天一张表，另加汇总表）")
    e.add_argument("--to", dest="last", type=_iso_date, metavar="YYYY-MM-DD",
                   help="一段日期的最后一天")
    e.add_argument("--out", required=True, type=_xlsx_path, metavar="F.xlsx", help="输出文件")
    e.add_argument("--with-personal", action="store_true",
                   help="列出各单位信息员的姓名和电话（默认不列出）")
    e.set_defaults(handler=cmd_export_daily)

    p = sub.add_parser("report", parents=[common], help="周报")
    rsub = p.add_subparsers(dest="report_command", metavar="报告", required=True)
    r = rsub.add_parser("weekly", parents=[common], help="信访稳定工作周报（PDF 和/或 Excel）")
    r.add_argument("--week", required=True, type=_iso_week, metavar="YYYY-Www",
                   help="ISO 周，例如 2027-W10（周一至周日）")
    r.add_argument("--pdf", type=_suffixed(".pdf"), metavar="F.pdf", help="输出 PDF")
    r.add_argument("--xlsx", type=_xlsx_path, metavar="F.xlsx", help="输出 Excel")
    r.set_defaults(handler=cmd_report_weekly)

    p = sub.add_parser("ledger", parents=[common], help="台账：空白模板、导入、导出（Excel）")
    lsub = p.add_subparsers(dest="ledger_command", metavar="操作", required=True)
    t = lsub.add_parser("template", parents=[common], help="写出空白台账")
    t.add_argument("--out", required=True, type=_xlsx_path, metavar="F.xlsx", help="输出文件")
    t.set_defaults(handler=cmd_ledger_template)
    i = lsub.add_parser("import", parents=[common],
                        help="导入台账（先逐行检查，有任何问题则不导入）")  # fmt: skip
    i.add_argument("file", type=Path, metavar="F.xlsx", help="台账文件")
    i.set_defaults(handler=cmd_ledger_import)
    x = lsub.add_parser("export", parents=[common], help="把数据库中的记录导出为台账")
    x.add_argument("--out", required=True, type=_xlsx_path, metavar="F.xlsx", help="输出文件")
    x.add_argument("--from", dest="first", type=_iso_date, metavar="YYYY-MM-DD",
                   help="只导出此日起的值班、事件和日报")  # fmt: skip
    x.add_argument("--to", dest="last", type=_iso_date, metavar="YYYY-MM-DD",
                   help="只导出到此日为止的值班、事件和日报")  # fmt: skip
    x.set_defaults(handler=cmd_ledger_export)


def _iso_date(text: str):  # noqa: ANN202 - argparse type
    """``YYYY-MM-DD``, a local calendar day."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def _iso_week(text: str):  # noqa: ANN202 - argparse type
    """``2027-W10`` → the Monday of that ISO week."""
    from xianghua_console.services.meetings import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _suffixed(suffix: str) -> Callable[[str], Path]:
    def check(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() != suffix:
            raise argparse.ArgumentTypeError(f"文件名应以 {suffix} 结尾：{text}")
        return path

    return check


_xlsx_path = _suffixed(".xlsx")


def cmd_export_daily(args: argparse.Namespace) -> int:
    """Write the county's daily summary workbook of a day or of a range of days."""
    from xianghua_console.exports.jobs import export_daily

    if args.date is not None:
        if args.last is not None:
            print("xianghua-console: --to 只能与 --from 同用", file=sys.stderr)
            return EXIT_USAGE
        first = last = args.date
    else:
        if args.last is None:
            print("xianghua-console: --from 需要同时给出 --to", file=sys.stderr)
            return EXIT_USAGE
        first, last = args.first, args.last
    db, _ = _open(args)
    try:
        with _progress("导出") as progress:
            summaries = export_daily(_ctx(args, db), first=first, last=last, path=args.out,
                                     with_personal=args.with_personal, progress=progress)
    finally:
        db.dispose()
    for s in summaries:
        t = s.totals
        print(f"{s.day.isoformat()}：应报 {t.expected}，按时 {t.on_time}，零报告 {t.zero}，"
              f"有情况 {t.situation}，迟报 {t.late}，缺报 {t.missing}，未报 {t.pending}，"
              f"事件 {t.incidents} 起" + ("" if s.closed else "（未关账）"))
    print(f"已写出：{args.out}")
    return EXIT_OK


def cmd_report_weekly(args: argparse.Namespace) -> int:
    """The weekly report: to PDF and/or Excel, or a short summary on the terminal."""
    from xianghua_console.services.weekly import weekly_report

    db, _ = _open(args)
    try:
        with _progress("周报") as progress:
            report = weekly_report(_ctx(args, db), week_start=args.week, progress=progress)
    finally:
        db.dispose()
    if args.xlsx:
        from xianghua_console.exports.weekly_xlsx import write_weekly_workbook

        with _progress("导出") as progress:
            write_weekly_workbook(report, args.xlsx, progress=progress)
        print(f"已写出：{args.xlsx}")
    if args.pdf:
        from xianghua_console.exports.weekly_html import title_of, weekly_html

        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs no display; before Qt starts
        from xianghua_console.gui.printing import PrintError, html_to_pdf
        from xianghua_console.services.progress import atomic_path

        try:
            with atomic_path(args.pdf) as tmp:  # whole or not at all
                html_to_pdf(weekly_html(report), tmp, title=title_of(report))
        except PrintError as exc:
            raise Refused(str(exc)) from exc
        print(f"已写出：{args.pdf}")
    if not args.xlsx and not args.pdf:
        print(f"{report.town}信访稳定工作周报 {report.label}"
              f"（{report.week_start.isoformat()} 至 {report.week_end.isoformat()}）")
        print(f"接报事件 {len(report.incidents)} 起：" + "，".join(
            f"{c.label} {c.count}" for c in report.by_weight))
        for s in report.timeliness:
            print(f"  {s.label}：{s.text}")
        total = report.compliance_total
        print(f"日报：应报 {total.expected_days} 单位·天，按时 {total.on_time}，迟报 {total.late}，"
              f"缺报 {total.missing}，未报 {total.pending}")
        print(f"研判会：未开 {len(report.meetings.not_held)} 个单位；未结事件 "
              f"{len(report.open_items)} 起")
    return EXIT_OK


def cmd_ledger_template(args: argparse.Namespace) -> int:
    """Write a blank ledger."""
    from xianghua_console.exports.ledger_xlsx import write_template

    write_template(args.out)
    print(f"已写出空白台账：{args.out}")
    return EXIT_OK


def cmd_ledger_import(args: argparse.Namespace) -> int:
    """Import a ledger: every row checked first; on any problem, list them and import nothing."""
    from xianghua_console.exports.ledger_xlsx import read_ledger
    from xianghua_console.services.ledger import LedgerRejected, import_ledger

    with _progress("读取") as progress:
        sheets = read_ledger(args.file, progress=progress)
    db, _ = _open(args)
    try:
        with _progress("导入") as progress:
            summary = import_ledger(_ctx(args, db, write=True), sheets=sheets,
                                    progress=progress)
    except LedgerRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"xianghua-console: 台账有 {len(exc.problems)} 处问题，未导入任何数据。",
              file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
    print(f"已导入：新单位 {summary.units_added} 个（更新 {summary.units_updated} 个），"
          f"人员 {summary.staff} 名，值班 {summary.duty} 人次，事件 {summary.incidents} 起，"
          f"日报 {summary.daily_reports} 份")
    return EXIT_OK


def cmd_ledger_export(args: argparse.Namespace) -> int:
    """Write the database's records as a ledger."""
    from xianghua_console.exports.jobs import export_ledger

    if args.first and args.last and args.last < args.first:
        print("xianghua-console: --to 不能早于 --from", file=sys.stderr)
        return EXIT_USAGE
    db, _ = _open(args)
    try:
        with _progress("导出") as progress:
            book = export_ledger(_ctx(args, db), path=args.out, first=args.first,
                                 last=args.last, progress=progress)
    finally:
        db.dispose()
    print("已写出台账：" + "，".join(f"{name} {len(rows)} 行" for name, rows in book.sheets.items())
          + f" → {args.out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Back the database up to a new file with SQLite's online backup API."""
    from xianghua_console.services.backup import backup_to

    db, _ = _open(args)
    try:
        _ctx(args, db)
        with _progress("备份") as progress:
            out = backup_to(db, out=args.out, progress=progress)
    finally:
        db.dispose()
    print(f"已备份到 {out}")
    return EXIT_OK


def cmd_migrate_db(args: argparse.Namespace) -> int:
    """Copy a SQLite database into an empty PostgreSQL database and verify the copy."""
    from xianghua_console.services.migrate_db import migrate_database

    with _progress("迁移") as progress:
        report = migrate_database(
            source_url=resolve_url(args.source, {}),
            target_url=resolve_url(args.target, {}),
            clock=args.clock,
            progress=progress,
        )
    print(f"已复制 {report.total} 条记录（{len(report.rows)} 张表），行数与哈希链核对无误。")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup; the current one is copied aside first."""
    from xianghua_console.domain.permissions import Action
    from xianghua_console.services.backup import restore_from
    from xianghua_console.services.context import require

    url = _url(args)
    try:
        current, _ = open_database(url, clock=args.clock, migrate=False, create=False)
    except DatabaseError:
        current = None  # damaged or missing: restoring is the way out, no login possible
    if current is not None:
        from xianghua_console.services.accounts import has_accounts

        try:
            guarded = has_accounts(current)
        except _sa_error():
            guarded = False  # the accounts cannot be read: damaged, restoring is the way out
        try:
            if guarded:
                require(_ctx(args, current, write=True), Action.RESTORE)
        finally:
            current.dispose()
    with _progress("恢复") as progress:
        result = restore_from(url, source=args.file, clock=args.clock, progress=progress)
    if result.previous_copy:
        print(f"原数据库已另存为 {result.previous_copy}")
    print(f"已从 {result.restored_from} 恢复。")
    return EXIT_OK


def cmd_import_directory(args: argparse.Namespace) -> int:
    """Import units or staff from Excel: every row checked first; on any problem, nothing."""
    from xianghua_console.exports.directory_xlsx import import_directory_file
    from xianghua_console.services.directories import ImportRejected

    db, _ = _open(args)
    try:
        with _progress("导入") as progress:
            result = import_directory_file(_ctx(args, db, write=True), path=args.file,
                                           sheet=args.sheet, progress=progress)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"xianghua-console: {args.file.name} 有 {len(exc.problems)} 处问题，未导入任何数据。",
              file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
    what = "单位" if args.what == "units" else "人员"
    print(f"已导入{what} {result.added} 个：" + "、".join(result.names))
    return EXIT_OK


def cmd_smoke(args: argparse.Namespace) -> int:
    """``--smoke``: the main window on a throwaway demo database, one frame rendered, exit.

    Offscreen unless ``QT_QPA_PLATFORM`` says otherwise; logged in as the demo director
    without a dialog. Checks a frozen build as much as a checkout (``--db`` is not used).
    """
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
    from xianghua_console.gui.app import SmokeFailed, smoke_check
    from xianghua_console.services.accounts import (
        DEMO_ACCOUNTS,
        authenticate,
        create_demo_accounts,
        ctx_for,
    )
    from xianghua_console.services.demo import create_demo

    username, password = next((u, pw) for u, pw, role, _ in DEMO_ACCOUNTS if role is Role.DIRECTOR)
    with tempfile.TemporaryDirectory(prefix="xianghua-smoke-") as tmp:
        db, _ = open_database(f"sqlite:///{Path(tmp) / 'smoke.sqlite'}", clock=args.clock)
        try:
            setup = Ctx(db, args.clock, actor="演示数据")
            create_demo(setup)
            create_demo_accounts(setup)
            account = authenticate(db, args.clock, username=username, password=password)
            line = smoke_check(ctx_for(db, args.clock, account))
        except SmokeFailed as exc:
            print(f"xianghua-console: smoke failed: {exc}", file=sys.stderr)
            return EXIT_REFUSED
        finally:
            db.dispose()
    print(line)
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

        paths = render_views(_ctx(args, db), out, open_report=report)
    finally:
        db.dispose()
    for p in paths:
        print(p)
    return EXIT_OK


# ---------------------------------------------------------------- accounts (账号)


def _role(text: str) -> Role:
    """A role by its code (director) or its Chinese name (办公室主任)."""
    for role in Role:
        if text.strip() in (role.value, role.label):
            return role
    names = "、".join(f"{r.label}（{r.value}）" for r in Role)
    raise argparse.ArgumentTypeError(f"角色应为 {names} 之一：{text}")


def _add_user_parser(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001
    """``user add|passwd|list|deactivate|activate``: the console's accounts."""
    p = sub.add_parser("user", parents=[common], help="账号：新增、改密码、列出、停用、启用")
    usub = p.add_subparsers(dest="user_command", metavar="操作", required=True)
    new_pw = f"新密码在终端中输入两次，或取自环境变量 {ENV_NEW_PASSWORD}"

    u = usub.add_parser("add", parents=[common],
                        help="新增账号（新数据库的第一个账号无需登录，且必须是办公室主任）；" + new_pw)
    u.add_argument("--username", required=True, metavar="用户名", help="登录用的用户名")
    u.add_argument("--role", required=True, type=_role, metavar="角色",
                   help="值班员、办公室主任、指挥长、只读（或 duty_officer、director、commander、read_only）")
    u.add_argument("--name", default="", metavar="姓名", help="记录中显示的姓名（默认为用户名）")
    u.set_defaults(handler=cmd_user_add)

    u = usub.add_parser("passwd", parents=[common],
                        help="修改自己的密码；办公室主任加 --username 可重置他人的密码；" + new_pw)
    u.add_argument("--username", metavar="用户名", help="要重置密码的账号（默认为自己）")
    u.set_defaults(handler=cmd_user_passwd)

    u = usub.add_parser("list", parents=[common], help="列出账号")
    u.set_defaults(handler=cmd_user_list)

    for name, active, text in (("deactivate", False, "停用账号（记录中仍保留其姓名）"),
                               ("activate", True, "重新启用账号")):
        u = usub.add_parser(name, parents=[common], help=text)
        u.add_argument("username", metavar="用户名")
        u.set_defaults(handler=cmd_user_active, active=active)


def cmd_user_add(args: argparse.Namespace) -> int:
    """Add an account; the first one of a new database needs no login and must be a director."""
    from xianghua_console.services.accounts import add_account, create_first_director, has_accounts

    db, _ = _open(args)
    try:
        first = not has_accounts(db) and not (getattr(args, "user", None)
                                              or args.environ.get(ENV_USER))
        if first and args.role is not Role.DIRECTOR:
            raise Refused("新数据库的第一个账号必须是办公室主任（--role 办公室主任），"
                          "由它再添加其他账号。")
        ctx = Ctx(db, args.clock, actor="首次设置") if first else _ctx(args, db, write=True)
        password = _password(args, ENV_NEW_PASSWORD, f"{args.username} 的新密码：", confirm=True)
        if first:
            account = create_first_director(ctx, username=args.username, password=password,
                                            display_name=args.name)
        else:
            account = add_account(ctx, username=args.username, password=password,
                                  role=args.role, display_name=args.name)
    finally:
        db.dispose()
    print(f"已新增账号 {account.username}（{account.role.label}）")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    """Change one's own password, or (a director) reset another account's."""
    from xianghua_console.services.accounts import change_password, reset_password

    me = getattr(args, "user", None) or args.environ.get(ENV_USER)
    if not me:
        raise Refused(f"请用 --user 用户名（或环境变量 {ENV_USER}）指明账号。")
    db, _ = _open(args)
    try:
        if args.username and args.username != me:
            ctx = _ctx(args, db, write=True)
            password = _password(args, ENV_NEW_PASSWORD, f"{args.username} 的新密码：",
                                 confirm=True)
            reset_password(ctx, username=args.username, new_password=password)
            print(f"已重置 {args.username} 的密码。")
        else:
            old = _password(args, ENV_PASSWORD, f"{me} 的原密码：")
            from xianghua_console.services.accounts import authenticate, ctx_for

            ctx = ctx_for(db, args.clock,
                          authenticate(db, args.clock, username=me, password=old))
            new = _password(args, ENV_NEW_PASSWORD, "新密码：", confirm=True)
            change_password(ctx, username=me, old_password=old, new_password=new)
            print(f"已修改 {me} 的密码。")
    finally:
        db.dispose()
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    """Print every account with its role and state."""
    from xianghua_console.services.accounts import list_accounts

    db, _ = _open(args)
    try:
        accounts = list_accounts(_ctx(args, db))
    finally:
        db.dispose()
    if not accounts:
        print("还没有账号；用 user add --role 办公室主任 建立第一个。")
    for a in accounts:
        state = "" if a.active else "\t已停用"
        print(f"{a.username}\t{a.role.label}\t{a.display_name}{state}")
    return EXIT_OK


def cmd_user_active(args: argparse.Namespace) -> int:
    """Deactivate or re-activate an account (office director)."""
    from xianghua_console.services.accounts import set_active

    db, _ = _open(args)
    try:
        account = set_active(_ctx(args, db, write=True), username=args.username,
                             active=args.active)
    finally:
        db.dispose()
    print(f"账号 {account.username} 已{'启用' if account.active else '停用'}。")
    return EXIT_OK
