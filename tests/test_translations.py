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
    assert not found, "Chinese text shown without translation (wrap it in _tr/self.tr):\n" + "\n".join(
        f"  {lit.path}:{lit.line}: {lit.why}: {lit.text!r}" for lit in found
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
