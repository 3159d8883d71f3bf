"""Accounts of the console: the first director, adding, passwords, deactivating, logging in.

Passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106's low-memory profile); a
hash made with older parameters is renewed at the next login. Failed logins are audit entries
(``account.login_failed``): after :data:`LOCK_AFTER` of them within :data:`LOCK_MINUTES`, with
no successful login or password reset in between, the account is locked for the rest of that
window. The first account of a new database is created without logging in and must be an
office director (:func:`create_first_director`); every later one is added by a director.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import Clock, to_local
from xianghua_console.domain.enums import Role
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, audit, require
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.db import Database
from xianghua_console.store.models import AuditEntry, User

HASHER = PasswordHasher()  # tests swap in cheaper parameters (tests/conftest.py)
MIN_PASSWORD = 8
MAX_PASSWORD = 128
MAX_NAME = 40  # username and display name: the width of the ``actor`` columns
LOCK_AFTER = 5
LOCK_MINUTES = 15
USERNAME = re.compile(r"^[\w.\-]{2,40}$")  # letters (Chinese too), digits, _ . -
FAILED, SUCCEEDED, RESET = "account.login_failed", "account.login", "account.reset"

# One account per role for the demo database; the README lists them.
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str], ...] = (
    ("zhiban", "zhiban123", Role.DUTY_OFFICER, "值班员（演示）"),
    ("zhuren", "zhuren123", Role.DIRECTOR, "办公室主任（演示）"),
    ("zhihui", "zhihui123", Role.COMMANDER, "指挥长（演示）"),
    ("chakan", "chakan123", Role.READ_ONLY, "只读（演示）"),
)


@dataclass(frozen=True)
class Account:
    """An account as the services hand it out: never its password hash."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime

    @property
    def actor(self) -> str:
        """The name the records carry for what this account does."""
        return self.display_name or self.username


def ctx_for(db: Database, clock: Clock, account: Account) -> Ctx:
    """The context in which ``account`` acts: its name on the records, its role checked."""
    return Ctx(db, clock, actor=account.actor, role=account.role, username=account.username)


def has_accounts(db: Database) -> bool:
    """Whether the database has any account yet (a new database has none).

    One query without the ORM (``services.startup``): the login dialog asks it first thing.
    """
    from xianghua_console.services.startup import has_accounts as ask

    return ask(db)


def list_accounts(ctx: Ctx) -> list[Account]:
    """Every account, active ones first, by username."""
    with ctx.db.read_session() as session:
        users = session.scalars(select(User).order_by(User.active.desc(), User.username)).all()
        return [_account(u) for u in users]


def create_first_director(
    ctx: Ctx, *, username: str, password: str, display_name: str = ""
) -> Account:
    """The first account of a new database, created without logging in: an office director.

    Refused once the database has any account: later accounts are added by a director.
    """
    with ctx.db.session() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise Refused("数据库已有账号；新账号须由办公室主任登录后添加（user add --user 主任账号）。")
        user = _new_user(session, ctx, username, password, Role.DIRECTOR, display_name)
        audit(session, ctx, action="account.first", entity="user_account",
              entity_id=user.username, after=_form(user))
        return _account(user)


def add_account(
    ctx: Ctx, *, username: str, password: str, role: Role, display_name: str = ""
) -> Account:
    """Add an account with its role (office director)."""
    require(ctx, Action.MANAGE_ACCOUNTS)
    with ctx.db.session() as session:
        user = _new_user(session, ctx, username, password, role, display_name)
        audit(session, ctx, action="account.add", entity="user_account",
              entity_id=user.username, after=_form(user))
        return _account(user)


def change_password(ctx: Ctx, *, username: str, old_password: str, new_password: str) -> None:
    """An account changes its own password; the old one must be given."""
    _password_errors(new_password, "new_password")
    with ctx.db.session() as session:
        user = _user(session, username)
        if not _verify(user.password_hash, old_password):
            raise InvalidInput({"old_password": msg("原密码不正确")})
        if old_password == new_password:
            raise InvalidInput({"new_password": msg("新密码不能与原密码相同")})
        user.password_hash = HASHER.hash(new_password)
        audit(session, ctx, action="account.passwd", entity="user_account",
              entity_id=user.username)


def reset_password(ctx: Ctx, *, username: str, new_password: str) -> None:
    """A director sets another account's password (it forgot it, or it is locked)."""
    require(ctx, Action.MANAGE_ACCOUNTS)
    _password_errors(new_password, "new_password")
    with ctx.db.session() as session:
        user = _user(session, username)
        user.password_hash = HASHER.hash(new_password)
        audit(session, ctx, action=RESET, entity="user_account", entity_id=user.username)


def set_active(ctx: Ctx, *, username: str, active: bool) -> Account:
    """Deactivate an account (it can no longer log in; its records keep its name) or restore it.

    The last active director cannot be deactivated: nobody could manage accounts any more.
    """
    require(ctx, Action.MANAGE_ACCOUNTS)
    with ctx.db.session() as session:
        user = _user(session, username)
        if user.active == active:
            raise Refused("账号 {username} 已是启用状态。" if active else "账号 {username} 已停用。",
                          username=user.username)
        if not active and user.role is Role.DIRECTOR:
            directors = session.scalar(
                select(func.count()).select_from(User)
                .where(User.role == Role.DIRECTOR, User.active.is_(True))
            )
            if directors <= 1:
                raise Refused("这是唯一启用的办公室主任账号，不能停用；请先添加另一个主任账号。")
        user.active = active
        audit(session, ctx, action="account.activate" if active else "account.deactivate",
              entity="user_account", entity_id=user.username,
              before={"active": not active}, after={"active": active})
        return _account(user)


def authenticate(db: Database, clock: Clock, *, username: str, password: str) -> Account:
    """Log in: the account, or :class:`Refused` with a message that does not say which was wrong.

    A failure is written to the audit log; too many in a row lock the account for a while.
    The password is checked outside any write transaction (argon2 takes a good part of a
    second, and other workstations' writes must not wait for it); a successful login of an
    account without recent failures writes nothing, so reading works on a read-only file.
    """
    username = username.strip()
    ctx = Ctx(db, clock, actor=(username or "（未登录）")[:MAX_NAME])
    with db.read_session() as session:
        user = session.scalar(select(User).where(User.username == username)) if username else None
        streak, last = _failures(session, username, clock.now())
    if user is not None and streak >= LOCK_AFTER:
        until = last + timedelta(minutes=LOCK_MINUTES)
        raise Refused("账号 {username} 连续 {streak} 次密码错误，已锁定到 {until:%H:%M}；"
                      "可请办公室主任重置密码。", username=username, streak=streak,
                      until=to_local(until))
    if user is None:
        HASHER.hash(password or "-")  # as slow as a real check: no hint that it is unknown
    if user is None or not _verify(user.password_hash, password):
        with db.session() as session:
            audit(session, ctx, action=FAILED, entity="user_account", entity_id=username[:40])
        if user is not None and streak + 1 >= LOCK_AFTER:
            raise Refused("用户名或密码不正确。已连续错误 {n} 次，账号锁定 {minutes} 分钟。",
                          n=streak + 1, minutes=LOCK_MINUTES)
        raise Refused("用户名或密码不正确。")
    if not user.active:
        raise Refused("账号 {username} 已停用；如需使用，请办公室主任重新启用。",
                      username=username)
    renewed = HASHER.hash(password) if HASHER.check_needs_rehash(user.password_hash) else None
    if renewed or streak:
        with db.session() as session:
            if renewed:
                stored = session.get(User, user.id)
                if stored is not None and stored.password_hash == user.password_hash:
                    stored.password_hash = renewed  # unless it was changed meanwhile
            if streak:  # a success ends the run of failures
                audit(session, ctx, action=SUCCEEDED, entity="user_account", entity_id=username)
    return _account(user)


def create_demo_accounts(ctx: Ctx) -> tuple[Account, ...]:
    """One account per role for the demo database (:data:`DEMO_ACCOUNTS`)."""
    with ctx.db.session() as session:
        made = []
        for username, password, role, display in DEMO_ACCOUNTS:
            user = _new_user(session, ctx, username, password, role, display)
            audit(session, ctx, action="account.add", entity="user_account",
                  entity_id=user.username, after=_form(user))
            made.append(_account(user))
        return tuple(made)


# ---------------------------------------------------------------- helpers

def _verify(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _failures(session: Session, username: str, now: datetime) -> tuple[int, datetime]:
    """Failed logins in a row within the lock window (ended by a login or a reset)."""
    since = now - timedelta(minutes=LOCK_MINUTES)
    entries = session.execute(
        select(AuditEntry.action, AuditEntry.at)
        .where(AuditEntry.entity == "user_account", AuditEntry.entity_id == username[:40],
               AuditEntry.action.in_((FAILED, SUCCEEDED, RESET)), AuditEntry.at >= since)
        .order_by(AuditEntry.id.desc())
    ).all()
    streak = 0
    last = now
    for action, at in entries:
        if action != FAILED:
            break
        if streak == 0:
            last = at
        streak += 1
    return streak, last


def _password_errors(password: str, field: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput({field: msg("密码至少 {n} 位", n=MIN_PASSWORD)})
    if len(password) > MAX_PASSWORD:
        raise InvalidInput({field: msg("密码不能超过 {n} 位", n=MAX_PASSWORD)})
    if password.strip() != password:
        raise InvalidInput({field: msg("密码首尾不能是空格")})


def _new_user(
    session: Session, ctx: Ctx, username: str, password: str, role: Role, display_name: str
) -> User:
    username, display_name = username.strip(), display_name.strip()
    errors: dict[str, str] = {}
    if not USERNAME.match(username):
        errors["username"] = msg("用户名须为 2 到 {n} 个字母、汉字、数字或 _ . -，不含空格",
                                 n=MAX_NAME)
    elif session.scalar(select(User.id).where(User.username == username)) is not None:
        errors["username"] = msg("已有用户名为“{username}”的账号", username=username)
    if len(display_name) > MAX_NAME:
        errors["display_name"] = msg("姓名不能超过 {n} 个字", n=MAX_NAME)
    if errors:
        raise InvalidInput(errors)
    _password_errors(password, "password")
    user = User(username=username, display_name=display_name, role=Role(role),
                password_hash=HASHER.hash(password), active=True, created_at=ctx.clock.now())
    session.add(user)
    session.flush()
    return user


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise Refused("没有用户名为“{username}”的账号。", username=username)
    return user


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.display_name, user.role, user.active,
                   user.created_at)


def _form(user: User) -> dict:
    return {"username": user.username, "display_name": user.display_name,
            "role": user.role.value, "active": user.active}
