"""Every string the GUI shows is translatable, and both languages translate all of them.

The scan is ``tools/i18n.py``'s (Python's ast over ``xianghua_console/gui`` and ``ui/*.ui``). A
new Chinese literal in the GUI fails (a) until it is wrapped (``_tr("…")``, ``self.tr("…")``);
a new wrapped string fails (b) until ``make i18n-update`` has put it into the .ts files and
someone has translated it into English (``resources/i18n/xianghua_en.ts``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("xianghua_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()

#: The allow-list: Chinese literals in gui/ that are not interface text, each with its reason
#: (kept in tools/i18n.py so that ``python tools/i18n.py check`` agrees with this test).
NOT_SHOWN = i18n.NOT_SHOWN


@pytest.fixture(scope="module")
def scan():
    return i18n.scan_all()


def test_no_untranslated_chinese_literal_in_the_gui(scan):
    found = [lit for lit in scan.untranslated if (lit.path, lit.text) not in NOT_SHOWN]
    assert not found, (
        "Chinese text shown without translation (in gui/: wrap it in _tr/self.tr; in the core: "
        "one template, Refused('…{x}…', x=…) or msg('…{x}…', x=…)):\n"
        + "\n".join(f"  {lit.path}:{lit.line}: {lit.why}: {lit.text!r}" for lit in found)
    )


def test_the_allow_list_is_small_and_current(scan):
    assert len(NOT_SHOWN) <= 12
    present = {(lit.path, lit.text) for lit in scan.untranslated}
    stale = [key for key in NOT_SHOWN if key not in present]
    assert not stale, f"allow-list entries no longer in the code (remove them): {stale}"


def test_the_scan_finds_the_known_patterns(scan):
    cat = i18n.catalogue(scan.messages)
    assert "未结事件" in cat["IncidentsView"]  # self.tr in a class
    assert "登录值班台" in cat["LoginDialog"]  # a module's _tr helper
    assert "关于香花镇信访稳定值班台" in cat["AboutDialog"]  # ui/about.ui
    assert "周一" in cat["fmt"]
    assert "找不到这起事件，可能已被删除。" in cat["core"]  # Refused("…")
    assert "“{action}”需要{roles}权限，{who}不能操作。" in cat["core"]  # msg("…", x=…)
    assert "报告过 {n} 起事件" in cat["core"]  # template("…") in a table
    assert "写入排班" in cat["core"]  # a progress label
    assert "；" in cat["core"] and "或" in cat["core"]  # joined()'s separators
    assert "登记事件" in cat["labels"]  # Action.label, looked up in the module's table
    assert len(scan.messages) > 900


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_gui_string_is_translated(scan, language):
    entries = i18n.read_ts(i18n.ts_path(language))
    cat = i18n.catalogue(scan.messages)
    missing = [
        f"  {where[0].path}:{where[0].line}: [{context}] {source!r}"
        for context, sources in cat.items()
        for source, where in sources.items()
        if not (e := entries.get((context, source))) or not e.finished or not e.translation
    ]
    assert not missing, (
        f"{len(missing)} GUI strings without a finished {language} translation — run "
        f"`make i18n-update` and translate them in {i18n.ts_path(language).name}:\n"
        + "\n".join(missing[:60])
    )


def test_the_source_language_translates_each_string_by_itself():
    for (_context, source), entry in i18n.read_ts(i18n.ts_path("zh_CN")).items():
        assert entry.translation == source


def test_english_keeps_the_placeholders(scan):
    entries = i18n.read_ts(i18n.ts_path("en"))
    wrong = [
        f"  [{context}] {source!r} → {e.translation!r}"
        for (context, source), e in entries.items()
        if e.translation and i18n.placeholders(e.translation) != i18n.placeholders(source)
    ]
    assert not wrong, "English translations with other {placeholders} than the source:\n" + (
        "\n".join(wrong)
    )


def test_english_is_english():
    cjk_heavy = [
        (context, source, e.translation)
        for (context, source), e in i18n.read_ts(i18n.ts_path("en")).items()
        if e.translation and len(i18n.CJK.findall(e.translation)) > len(i18n.CJK.findall(source)) // 2
        and i18n.CJK.search(e.translation)
    ]
    # Chinese left in an English text is an example of what people type or of data
    # (“东岗”, 豫R·A1234), never most of the text.
    assert not cjk_heavy, cjk_heavy


def test_placeholders_ignore_escaped_braces():
    assert i18n.placeholders("{a}：{b:02d} {{x}}") == {"{a}", "{b}"}


# ---------------------------------------------------------------- the core's messages

CORE_EXAMPLE = '''
from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput


def refuse(unit, errors, why, p):
    p(0, 1, "读取表格")
    errors["name"] = "请填写单位名称"
    errors["at"] = msg("{what}不能晚于现在", what="接收时间")
    InvalidInput({"unit_id": f"“{unit.name}”已归档"})
    raise Refused(f"单位 {unit.name} 已归档。")


def also(unit, why):
    raise Refused("前缀：" + why)


def fine(unit, why):
    raise Refused("单位“{name}”已归档。", name=unit.name)


def fine_too(why):
    raise Refused(why)  # a message made elsewhere (by msg, checked where it is made)


def glued(unit):
    return Refused(msg("单位“{name}”", name=unit.name) + "已归档")
'''


def test_the_core_scan_reports_texts_that_are_no_template(tmp_path):
    example = tmp_path / "example.py"
    example.write_text(CORE_EXAMPLE, encoding="utf-8")
    scan = i18n.scan_core(example)
    found = {(lit.line, lit.text) for lit in scan.untranslated}
    assert (8, "'读取表格'") in found  # a progress label
    assert (9, "'请填写单位名称'") in found  # a field error
    assert (10, "'接收时间'") in found  # a message's value that is Chinese text
    assert any(line == 11 and text.startswith("f'") for line, text in found)  # an f-string
    assert any(line == 12 and text.startswith("f'单位") for line, text in found)
    assert any(line == 16 and "+" in text for line, text in found)  # built in place
    assert any(line == 28 and "+" in text for line, text in found)  # glued to a message
    assert not [t for line, t in found if line in (20, 24)]
    sources = {m.source for m in scan.messages}
    assert {"{what}不能晚于现在", "单位“{name}”已归档。"} <= sources


def test_every_core_message_site_is_a_template(scan):
    core = [lit for lit in scan.untranslated if not lit.path.startswith("xianghua_console/gui/")]
    assert not core, "core texts shown in the GUI that are no template:\n" + "\n".join(
        f"  {lit.path}:{lit.line}: {lit.why}: {lit.text!r}" for lit in core
    )
    assert not i18n.CORE_NOT_MESSAGES  # none needed so far: add one only with its reason
