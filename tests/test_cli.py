"""The command line: one parser, --db anywhere, exit codes 0/1/2, messages not tracebacks."""

from __future__ import annotations

import sqlite3

import pytest

from xianghua_console import __version__
from xianghua_console.cli import main
from xianghua_console.store.db import open_database

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def run(capsys, *argv, clock, environ=None):
    rc = main(list(argv), clock=clock, environ=environ or {})
    out, err = capsys.readouterr()
    return rc, out, err


def test_version(capsys, clock):
    rc, out, _ = run(capsys, "--version", clock=clock)
    assert rc == 0 and __version__ in out


def test_bad_arguments_exit_2(capsys, clock):
    rc, _, err = run(capsys, "no-such-command", clock=clock)
    assert rc == 2 and "invalid choice" in err or "无效" in err
    rc, _, err = run(capsys, "screenshot", clock=clock)
    assert rc == 2 and "--out" in err


def test_check_passes_on_a_fresh_database_with_db_before_or_after(capsys, clock, db_url):
    open_database(db_url, clock=clock)[0].dispose()
    rc, out, err = run(capsys, "--db", db_url, "check", clock=clock)
    assert rc == 0, err
    assert "检查通过" in out
    rc, out, _ = run(capsys, "check", "--db", db_url, clock=clock)
    assert rc == 0 and "检查通过" in out


def test_db_comes_from_the_environment(capsys, clock, db_url):
    open_database(db_url, clock=clock)[0].dispose()
    rc, out, _ = run(capsys, "check", clock=clock, environ={"XIANGHUA_DB": db_url})
    assert rc == 0 and db_url.removeprefix("sqlite:///") in out


def test_check_refuses_a_file_that_is_not_a_database(capsys, clock, tmp_path):
    bogus = tmp_path / "report.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not sqlite at all")
    rc, _, err = run(capsys, "check", "--db", str(bogus), clock=clock)
    assert rc == 1
    assert "不是 SQLite 数据库文件" in err and "Traceback" not in err


def test_check_refuses_a_schema_newer_than_the_code(capsys, clock, db_url, tmp_path):
    open_database(db_url, clock=clock)[0].dispose()
    con = sqlite3.connect(tmp_path / "console.sqlite")
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    rc, _, err = run(capsys, "check", "--db", db_url, clock=clock)
    assert rc == 1 and "比本程序" in err and "升级本程序" in err


def test_check_refuses_a_missing_file_without_creating_it(capsys, clock, tmp_path):
    target = tmp_path / "missing.sqlite"
    rc, _, err = run(capsys, "check", "--db", str(target), clock=clock)
    assert rc == 1 and "不存在" in err
    assert not target.exists()


def test_check_finds_a_damaged_structure(capsys, clock, db_url, tmp_path):
    open_database(db_url, clock=clock)[0].dispose()
    con = sqlite3.connect(tmp_path / "console.sqlite")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM category")
    con.execute("DELETE FROM command_body WHERE kind = 'subcommand'")
    con.commit()
    con.close()
    rc, _, err = run(capsys, "check", "--db", db_url, clock=clock)
    assert rc == 1 and "分指挥部应有 5 个，现有 0 个" in err


def test_an_unreadable_url_is_a_message(capsys, clock):
    rc, _, err = run(capsys, "check", "--db", "nonsense://", clock=clock)
    assert rc == 1 and "Traceback" not in err


@pytest.mark.parametrize("where", ["before", "after"])
def test_demo_creates_a_database_that_checks_sound(capsys, clock, tmp_path, where):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    argv = ["--db", url, "demo"] if where == "before" else ["demo", "--db", url]
    rc, out, err = run(capsys, *argv, clock=clock)
    assert rc == 0, err
    assert "演示数据库已创建" in out
    rc, out, err = run(capsys, "check", "--db", url, clock=clock)
    assert rc == 0, err
    rc, _, err = run(capsys, "demo", "--db", url, clock=clock)
    assert rc == 1 and "Traceback" not in err  # refuses to fill a database twice
    rc, _, err = run(capsys, "demo", "--force", "--db", url, clock=clock)
    assert rc == 0, err
