"""Accounts: the first director, argon2 hashes, logging in and locking, the CLI's account rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_helpers import DIRECTOR, add_director
from sqlalchemy import select

from xianghua_console.cli import main
from xianghua_console.domain.enums import Role
from xianghua_console.services import accounts as acc
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.db import open_database
from xianghua_console.store.models import AuditEntry, User


def login(ctx: Ctx, username: str, password: str) -> acc.Account:
    return acc.authenticate(ctx.db, ctx.clock, username=username, password=password)


def test_the_first_account_needs_no_login_and_is_a_director(ctx):
    assert not acc.has_accounts(ctx.db)
    first = acc.create_first_director(ctx, username="zhuren", password="zhuren123",
                                      display_name="王主任")
    assert first.role is Role.DIRECTOR and acc.has_accounts(ctx.db)
    with pytest.raises(Refused, match="已有账号"):
        acc.create_first_director(ctx, username="other", password="other1234")
    with ctx.db.read_session() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "zhuren"))
    assert stored.startswith("$argon2id$") and "zhuren123" not in stored
    me = login(ctx, "zhuren", "zhuren123")
    assert me == first and me.actor == "王主任"
    as_me = acc.ctx_for(ctx.db, ctx.clock, me)
    assert (as_me.actor, as_me.role) == ("王主任", Role.DIRECTOR)


def test_a_director_adds_accounts_and_others_may_not(ctx):
    director = acc.ctx_for(ctx.db, ctx.clock, acc.create_first_director(
        ctx, username="zhuren", password="zhuren123"))
    duty = acc.add_account(director, username="zhiban", password="zhiban123",
                           role=Role.DUTY_OFFICER, display_name="李值班")
    as_duty = acc.ctx_for(ctx.db, ctx.clock, duty)
    with pytest.raises(Refused, match="需要办公室主任权限"):
        acc.add_account(as_duty, username="x2", password="x2345678", role=Role.DIRECTOR)
    with pytest.raises(Refused, match="需要办公室主任权限"):
        acc.reset_password(as_duty, username="zhuren", new_password="taken over")
    with pytest.raises(InvalidInput, match="已有用户名"):
        acc.add_account(director, username="zhiban", password="zhiban123", role=Role.READ_ONLY)
    with pytest.raises(InvalidInput, match="至少 8 位"):
        acc.add_account(director, username="short", password="1234", role=Role.READ_ONLY)
    with pytest.raises(InvalidInput, match="用户名须为"):
        acc.add_account(director, username="has space", password="12345678",
                        role=Role.READ_ONLY)
    with pytest.raises(InvalidInput, match="姓名不能超过 40"):
        acc.add_account(director, username="long", password="12345678", role=Role.READ_ONLY,
                        display_name="长" * 41)
    names = [(a.username, a.role) for a in acc.list_accounts(director)]
    assert names == [("zhiban", Role.DUTY_OFFICER), ("zhuren", Role.DIRECTOR)]


def test_passwords_change_and_reset(ctx):
    director = acc.ctx_for(ctx.db, ctx.clock, acc.create_first_director(
        ctx, username="zhuren", password="zhuren123"))
    duty = acc.add_account(director, username="zhiban", password="zhiban123",
                           role=Role.DUTY_OFFICER)
    as_duty = acc.ctx_for(ctx.db, ctx.clock, duty)
    with pytest.raises(InvalidInput, match="原密码不正确"):
        acc.change_password(as_duty, username="zhiban", old_password="wrong!!!",
                            new_password="newpass123")
    acc.change_password(as_duty, username="zhiban", old_password="zhiban123",
                        new_password="newpass123")
    with pytest.raises(Refused, match="用户名或密码不正确"):
        login(ctx, "zhiban", "zhiban123")
    assert login(ctx, "zhiban", "newpass123").username == "zhiban"
    acc.reset_password(director, username="zhiban", new_password="reset1234")
    assert login(ctx, "zhiban", "reset1234").role is Role.DUTY_OFFICER


def test_repeated_failures_lock_the_account_until_the_window_passes_or_a_reset(ctx, clock):
    director = acc.ctx_for(ctx.db, ctx.clock, acc.create_first_director(
        ctx, username="zhuren", password="zhuren123"))
    acc.add_account(director, username="zhiban", password="zhiban123", role=Role.DUTY_OFFICER)
    for i in range(acc.LOCK_AFTER):
        with pytest.raises(Refused, match="用户名或密码不正确") as err:
            login(ctx, "zhiban", f"guess{i}xyz")
    assert "锁定" in str(err.value)
    with pytest.raises(Refused, match="已锁定到"):
        login(ctx, "zhiban", "zhiban123")  # even the right password, while locked
    clock.advance(minutes=acc.LOCK_MINUTES + 1)
    assert login(ctx, "zhiban", "zhiban123").username == "zhiban"
    for i in range(acc.LOCK_AFTER):
        with pytest.raises(Refused):
            login(ctx, "zhiban", f"again{i}xyz")
    acc.reset_password(director, username="zhiban", new_password="fresh1234")
    assert login(ctx, "zhiban", "fresh1234").username == "zhiban"
    with ctx.db.read_session() as s:
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id == "zhiban")).all()
    assert actions.count("account.login_failed") == 2 * acc.LOCK_AFTER
    with pytest.raises(Refused, match="用户名或密码不正确"):
        login(ctx, "nobody", "whatever1")  # an unknown name reads the same


def test_a_deactivated_account_cannot_log_in_and_the_last_director_stays(ctx):
    director = acc.ctx_for(ctx.db, ctx.clock, acc.create_first_director(
        ctx, username="zhuren", password="zhuren123"))
    acc.add_account(director, username="chakan", password="chakan123", role=Role.READ_ONLY)
    acc.set_active(director, username="chakan", active=False)
    with pytest.raises(Refused, match="已停用"):
        login(ctx, "chakan", "chakan123")
    with pytest.raises(Refused, match="唯一启用的办公室主任"):
        acc.set_active(director, username="zhuren", active=False)
    acc.set_active(director, username="chakan", active=True)
    assert login(ctx, "chakan", "chakan123").active


# ---------------------------------------------------------------- the command line


def run(capsys, clock, *argv, environ=None):
    rc = main(list(argv), clock=clock, environ=environ or {})
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.sqlite_only
def test_cli_first_account_then_every_write_needs_one(capsys, clock, db_url, tmp_path):
    open_database(db_url, clock=clock)[0].dispose()
    # reading commands run without an account while there is none; writing ones do not
    rc, out, err = run(capsys, clock, "status", "--db", db_url)
    assert rc == 0, err
    rc, _, err = run(capsys, clock, "roster", "create", "--db", db_url, "--name", "两会",
                     "--start", "2027-03-03", "--end", "2027-03-12")
    assert rc == 1 and "还没有账号" in err and "user add" in err
    # the first account must be a director, and needs no login
    rc, _, err = run(capsys, clock, "user", "add", "--db", db_url, "--username", "zhiban",
                     "--role", "值班员", environ={"XIANGHUA_NEW_PASSWORD": "zhiban123"})
    assert rc == 1 and "必须是办公室主任" in err
    rc, _, err = run(capsys, clock, "user", "add", "--db", db_url, "--username", "zhiban",
                     "--role", "director")
    assert rc == 1 and "XIANGHUA_NEW_PASSWORD" in err  # no terminal, no password: refused
    rc, out, err = run(capsys, clock, "user", "add", "--db", db_url, "--username", "zhuren",
                       "--role", "办公室主任", "--name", "王主任",
                       environ={"XIANGHUA_NEW_PASSWORD": "zhuren123"})
    assert rc == 0, err
    # now every command but check needs an account
    rc, _, err = run(capsys, clock, "status", "--db", db_url)
    assert rc == 1 and "--user" in err
    rc, _, err = run(capsys, clock, "check", "--db", db_url)
    assert rc == 0, err
    rc, _, err = run(capsys, clock, "status", "--db", db_url, "--user", "zhuren",
                     environ={"XIANGHUA_PASSWORD": "wrong-one"})
    assert rc == 1 and "用户名或密码不正确" in err
    rc, _, err = run(capsys, clock, "--user", "zhuren", "status", "--db", db_url,
                     environ={"XIANGHUA_PASSWORD": "zhuren123"})
    assert rc == 0, err
    rc, out, err = run(capsys, clock, "user", "add", "--db", db_url, "--username", "zhiban",
                       "--role", "值班员", environ={**DIRECTOR,
                                                 "XIANGHUA_NEW_PASSWORD": "zhiban123"})
    assert rc == 0, err
    duty = {"XIANGHUA_USER": "zhiban", "XIANGHUA_PASSWORD": "zhiban123"}
    rc, _, err = run(capsys, clock, "roster", "create", "--db", db_url, "--name", "两会",
                     "--start", "2027-03-03", "--end", "2027-03-12", environ=duty)
    assert rc == 1 and "“编排值班表”需要办公室主任权限" in err
    rc, out, err = run(capsys, clock, "roster", "create", "--db", db_url, "--name", "两会",
                       "--start", "2027-03-03", "--end", "2027-03-12", environ=DIRECTOR)
    assert rc == 0, err
    rc, out, _ = run(capsys, clock, "user", "list", "--db", db_url, environ=duty)
    assert "zhuren\t办公室主任\t王主任" in out and "zhiban\t值班员" in out
    # one's own password, and a director's reset of another's
    rc, _, err = run(capsys, clock, "user", "passwd", "--db", db_url,
                     environ={**duty, "XIANGHUA_NEW_PASSWORD": "changed123"})
    assert rc == 0, err
    rc, _, err = run(capsys, clock, "user", "passwd", "--db", db_url, "--username", "zhuren",
                     environ={"XIANGHUA_USER": "zhiban", "XIANGHUA_PASSWORD": "changed123",
                              "XIANGHUA_NEW_PASSWORD": "stolen123"})
    assert rc == 1 and "需要办公室主任权限" in err
    rc, _, err = run(capsys, clock, "user", "passwd", "--db", db_url, "--username", "zhiban",
                     environ={**DIRECTOR, "XIANGHUA_NEW_PASSWORD": "again1234"})
    assert rc == 0, err
    rc, _, err = run(capsys, clock, "user", "deactivate", "zhiban", "--db", db_url,
                     environ=DIRECTOR)
    assert rc == 0, err
    rc, _, err = run(capsys, clock, "status", "--db", db_url,
                     environ={"XIANGHUA_USER": "zhiban", "XIANGHUA_PASSWORD": "again1234"})
    assert rc == 1 and "已停用" in err


@pytest.mark.sqlite_only
def test_cli_demo_makes_one_account_per_role(capsys, clock, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    rc, out, err = run(capsys, clock, "demo", "--db", url)
    assert rc == 0, err
    for username, password, role, _ in acc.DEMO_ACCOUNTS:
        assert f"{role.label} {username}/{password}" in out
        rc, _, err = run(capsys, clock, "status", "--db", url,
                         environ={"XIANGHUA_USER": username, "XIANGHUA_PASSWORD": password})
        assert rc == 0, (username, err)
    reader = {"XIANGHUA_USER": "chakan", "XIANGHUA_PASSWORD": "chakan123"}
    out_file = tmp_path / "d.xlsx"
    rc, _, err = run(capsys, clock, "export", "daily", "--date", "2027-03-05", "--out",
                     str(out_file), "--with-personal", "--db", url, environ=reader)
    assert rc == 1 and "查看报告人姓名和电话" in err
    rc, _, err = run(capsys, clock, "export", "daily", "--date", "2027-03-05", "--out",
                     str(out_file), "--db", url, environ=reader)
    assert rc == 0, err


@pytest.mark.sqlite_only
def test_cli_restore_needs_a_director_while_the_database_opens(capsys, clock, db_url, db,
                                                                tmp_path):
    env = add_director(db, clock)
    acc.add_account(Ctx(db, clock), username="zhiban", password="zhiban123",
                    role=Role.DUTY_OFFICER)
    backup = tmp_path / "b.sqlite"
    rc, _, err = run(capsys, clock, "backup", "--out", str(backup), "--db", db_url, environ=env)
    assert rc == 0, err
    db.dispose()
    rc, _, err = run(capsys, clock, "restore", str(backup), "--db", db_url,
                     environ={"XIANGHUA_USER": "zhiban", "XIANGHUA_PASSWORD": "zhiban123"})
    assert rc == 1 and "“从备份恢复数据库”需要办公室主任权限" in err
    rc, out, err = run(capsys, clock, "restore", str(backup), "--db", db_url, environ=env)
    assert rc == 0 and "已从" in out, err


def test_failed_logins_lock_by_the_clock_not_the_wall(ctx, clock):
    add_director(ctx.db, clock)
    for i in range(acc.LOCK_AFTER):
        with pytest.raises(Refused):
            login(ctx, "zhuren", f"bad{i}bad{i}")
    clock.advance(timedelta(minutes=acc.LOCK_MINUTES - 1))
    with pytest.raises(Refused, match="已锁定"):
        login(ctx, "zhuren", "zhuren123")


def test_a_hash_made_with_older_parameters_is_renewed_at_login(ctx, monkeypatch):
    from argon2 import PasswordHasher

    add_director(ctx.db, ctx.clock)
    monkeypatch.setattr(acc, "HASHER", PasswordHasher(time_cost=2, memory_cost=16,
                                                      parallelism=1))
    assert login(ctx, "zhuren", "zhuren123").username == "zhuren"
    with ctx.db.read_session() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "zhuren"))
    assert "m=16,t=2,p=1" in stored
    assert login(ctx, "zhuren", "zhuren123").username == "zhuren"
