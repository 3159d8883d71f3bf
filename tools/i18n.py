"""The console's translations: find the GUI's strings, keep the Qt Linguist files, build .qm.

Why not ``pyside6-lupdate``: it only sees literal ``self.tr("…")`` and
``QCoreApplication.translate("Ctx", "…")`` calls, while most GUI modules translate through a
helper ``def _tr(text): return QCoreApplication.translate("<Context>", text)`` — lupdate misses
every ``_tr("…")`` call (tried with PySide6 6.11: it finds none). This script reads the Python
source with :mod:`ast` instead and understands, in ``xianghua_console/gui/**/*.py``:

- ``_tr("…")`` where the module defines ``_tr`` as above (or imports it from a GUI module that
  does): context = the helper's;
- ``QCoreApplication.translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")`` (a marker for
  strings kept in module-level tables and translated where they are shown);
- ``self.tr("…")``: context = the enclosing class's name (PySide6 looks the text up under the
  name of each class of the object's MRO, so a subclass finds it too);

in ``ui/*.ui`` every ``<string>`` without ``notr="true"`` (QUiLoader translates them under
the form's class name), and the domain's vocabulary: the values of each ``label`` property's
dict in ``xianghua_console/domain/*.py`` (context ``labels``; the core keeps them Chinese for
sheets and printouts, the screen shows ``gui.fmt.label(member)``).

And the core's messages (``xianghua_console/{domain,services,store,exports}``, context
``core``; ``gui.core_text`` translates them, see ``domain/messages.py``): the template of
each ``msg("…", x=…)`` / ``template("…")`` and of each refusal ``Refused("…", x=…)`` (also
``DatabaseError``, ``SettingsError``, ``RosterFileError`` and a subclass's
``super().__init__("…")``), and :func:`domain.messages.joined`'s separators. At the places a
core text reaches a person — those exceptions' arguments, ``InvalidInput({...})``,
``errors[…] = …``, ``too_long(…)``, ``check_version(what=…)``, an import's problems
(``sheet.fail(col, …)``, ``Problem(…, reason)``), a progress label ``p(done, total, …)``
and the returns of a function annotated ``-> Message`` — a Chinese literal that is no
template, an f-string, or text glued to a message with ``+`` is reported like an
untranslated GUI literal (exceptions with a reason: :data:`CORE_NOT_MESSAGES`). The sheets
and printouts the core writes stay Chinese and are not scanned.

The text argument must be ONE string literal (implicit concatenation is fine; ``.format(x=…)``
after the call fills ``{x}``): an f-string or an expression would be looked up as whatever it
evaluates to, which no .ts file can contain. Strings kept in tables are marked with
``QT_TRANSLATE_NOOP("Ctx", "…")`` and translated where shown (``_tr(TABLE[key])``). The few
Chinese literals that are not interface text are listed in :data:`NOT_SHOWN` with a reason.

The files: ``resources/i18n/xianghua_<lang>.ts`` (committed; the source language is Simplified
Chinese, the code's literals). ``xianghua_zh_CN.ts`` translates every string by itself
(finished, written automatically); ``xianghua_en.ts`` holds the English, written by a person.
The compiled ``.qm`` files next to them are build artefacts (``.gitignore``).

Commands (``python tools/i18n.py …``, or through make):

- ``update`` (``make i18n-update``): a developer step after adding or changing GUI strings.
  Re-extracts, writes both .ts files keeping every existing translation; new English entries
  are ``unfinished`` (pre-filled when the same source is translated in another context) until
  someone translates them in Qt Linguist (``pyside6-linguist resources/i18n/xianghua_en.ts``) or
  in the XML, then removes ``type="unfinished"``. Strings gone from the code are dropped.
- ``release`` (``make translations``, run by ``make run``/``test``/``dist``): builds the .qm
  files with ``pyside6-lrelease``.
- ``check``: lists Chinese GUI literals left untranslated (outside :data:`NOT_SHOWN`),
  missing or unfinished entries and English translations whose ``{placeholders}`` differ from
  the source; exit 1 if any (``tests/test_translations.py`` asserts the same).
- ``apply LANG FILE.json``: merges ``{"context": {"source": "translation"}}`` (or a flat
  ``{"source": "translation"}``) into ``xianghua_LANG.ts`` as finished translations.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "xianghua_console" / "gui"
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")  # as domain/settings.py LANGUAGES

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)?(?:[:!][^{}]*)?\}")

#: Calls whose first (``tr``, ``_tr``, ``QT_TR_NOOP``) or second (``translate``,
#: ``QT_TRANSLATE_NOOP``) argument is a translatable source text.
ONE_ARG = {"_tr", "tr", "QT_TR_NOOP"}
TWO_ARGS = {"translate", "QT_TRANSLATE_NOOP"}


#: Chinese literals in gui/ that are NOT shown as interface text: ``(file, text) → why``.
#: Keep it small; anything a person reads on screen belongs in the translations instead.
NOT_SHOWN: dict[tuple[str, str], str] = {
    (
        "xianghua_console/gui/forms.py",
        r"^\s*(?:(?:(?P<y>\d{4})[-/.年])?(?P<mo>\d{1,2})[-/.月](?P<d>\d{1,2})日?\s+)?"
        r"(?P<h>\d{1,2})[:：点]?(?P<mi>\d{2})分?\s*$",
    ): "a regular expression reading typed times (年/月/日/点/分 are what people type)",
    ("xianghua_console/gui/printing.py", "第 {page} 页 / 共 {pages} 页"):
        "the footer of a printed document, which is Chinese like the document the core builds",
    ("xianghua_console/gui/printing.py", "香花镇信访稳定值班台"):
        "the PDF's creator metadata, part of the Chinese document",
    ("xianghua_console/gui/settings_dialog.py", "简体中文"):
        "a language is offered under its own name (an endonym), in every language",
    ("xianghua_console/gui/step_dialogs.py", "县委、县政府值班室和县信访局"):
        "a pre-filled value stored in the timeline as whom the county report went to (data)",
    ("xianghua_console/gui/views/incident_detail.py", "补录"):
        "matched in the service's stored timeline text to colour a late entry; not displayed",
    ("xianghua_console/gui/views/roster.py", "豫R·J2561"):
        "a number plate measured for a column width (data, not a word)",
    ("xianghua_console/gui/views/roster.py", "王建军（指导员）"):
        "a name and post measured for a column width (data, not a word)",
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    path: str  # relative to ROOT, with "/"
    line: int


@dataclass(frozen=True)
class Literal:
    """A Chinese string literal in the GUI code that is not translated where it stands."""

    path: str
    line: int
    text: str
    why: str = "not translated"


@dataclass
class Scan:
    messages: list[Message] = field(default_factory=list)
    untranslated: list[Literal] = field(default_factory=list)


def rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


# ---------------------------------------------------------------- Python sources


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """The module's helpers ``def f(text): return QCoreApplication.translate("Ctx", text)``:
    ``name → context``."""
    out: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and _call_name(sub) == "translate"
                and len(sub.args) >= 2
                and _is_str(sub.args[0])
                and isinstance(sub.args[1], ast.Name)
                and sub.args[1].id == param
            ):
                out[node.name] = sub.args[0].value
                break
    return out


def _imported_helpers(tree: ast.Module, known: dict[str, dict[str, str]]) -> dict[str, str]:
    """Helpers imported from another GUI module: ``local name → context``."""
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in known:
            for alias in node.names:
                if alias.name in known[node.module]:
                    out[alias.asname or alias.name] = known[node.module][alias.name]
    return out


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_docstring(node: ast.Constant, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Expr)  # a bare string statement: a docstring or a comment


def _module_contexts() -> dict[str, dict[str, str]]:
    """``dotted module → {helper → context}`` for every GUI module that defines helpers."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(GUI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found = _helper_contexts(tree)
        if found:
            dotted = ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts)
            out[dotted] = found
    return out


def scan_python(path: Path, known: dict[str, dict[str, str]] | None = None) -> Scan:
    """The translatable messages of one module and its Chinese literals that are not."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, str(path))
    if known is None:
        known = _module_contexts()
    helpers = _imported_helpers(tree, known) | _helper_contexts(tree)
    parents: dict[ast.AST, ast.AST] = {}
    classes: dict[ast.AST, str] = {}  # node → innermost enclosing class name

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            parents[child] = node
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if inner:
                classes[child] = inner
            visit(child, inner)

    visit(tree, None)
    where = rel(path)
    scan = Scan()
    translated: set[int] = set()  # id() of literal nodes that are translation sources

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if isinstance(node.func, ast.Name) and name in helpers and node.args:
            arg = node.args[0]
            context = helpers[name]
        elif name in ONE_ARG and node.args:
            arg = node.args[0]
            if name == "_tr":
                if isinstance(node.func, ast.Attribute):
                    continue  # something else's _tr
                context = None  # a _tr that is not a known helper
            elif name == "tr":
                # self.tr(…): the class it is written in. obj.tr(…) on another object: unknown.
                func = node.func
                if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                        and func.value.id == "self"):
                    if _is_str(arg) and CJK.search(arg.value):
                        scan.untranslated.append(Literal(
                            where, arg.lineno, arg.value,
                            "tr() on another object: its context is not known here; use _tr",
                        ))
                        translated.add(id(arg))
                    continue
                context = classes.get(node)
            else:  # QT_TR_NOOP
                context = classes.get(node)
        elif name in TWO_ARGS and len(node.args) >= 2:
            if not _is_str(node.args[0]):
                continue
            context = node.args[0].value
            arg = node.args[1]
        else:
            continue
        if _is_str(arg):
            translated.add(id(arg))
            if context is None:
                scan.untranslated.append(
                    Literal(where, arg.lineno, arg.value, f"{name}() without a known context")
                )
            else:
                scan.messages.append(Message(context, arg.value, where, arg.lineno))
        elif isinstance(arg, ast.JoinedStr):
            for part in ast.walk(arg):
                if _is_str(part) and CJK.search(part.value):
                    translated.add(id(part))
            scan.untranslated.append(
                Literal(where, arg.lineno, ast.unparse(arg),
                        f"an f-string passed to {name}(): use {name}('…{{x}}…').format(x=…)")
            )

    for node in ast.walk(tree):
        if (
            _is_str(node)
            and id(node) not in translated
            and CJK.search(node.value)
            and not _is_docstring(node, parents)
        ):
            scan.untranslated.append(Literal(where, node.lineno, node.value))
    scan.untranslated.sort(key=lambda lit: lit.line)
    return scan


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


# ---------------------------------------------------------------- the domain's vocabulary

DOMAIN_DIR = ROOT / "xianghua_console" / "domain"
LABELS_CONTEXT = "labels"  # gui.fmt.label(member) translates ``member.label`` here


def scan_labels() -> Scan:
    """The Chinese terms of the domain's vocabularies: every string value of the dict in a
    ``label`` property (``return {"reported": "接报", …}[self.value]``), or of the module's
    dict it looks the member up in (``return _LABELS[self]``). The core keeps them Chinese
    (sheets and printouts for the county); the GUI shows ``fmt.label(member)``."""
    scan = Scan()
    for path in sorted(DOMAIN_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        tables = {
            target.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        for cls in ast.walk(tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            for fn in cls.body:
                if not (isinstance(fn, ast.FunctionDef) and fn.name == "label"):
                    continue
                dicts = [node for node in ast.walk(fn) if isinstance(node, ast.Dict)]
                dicts += [tables[node.id] for node in ast.walk(fn)
                          if isinstance(node, ast.Name) and node.id in tables]
                for table in dicts:
                    for value in table.values:
                        if _is_str(value) and CJK.search(value.value):
                            scan.messages.append(
                                Message(LABELS_CONTEXT, value.value, rel(path), value.lineno)
                            )
    return scan


# ---------------------------------------------------------------- the core's messages

CORE_DIRS = tuple(ROOT / "xianghua_console" / d for d in ("domain", "services", "store", "exports"))
CORE_CONTEXT = "core"  # gui.core_text translates a domain.messages.Message's template here
MESSAGES_MODULE = ROOT / "xianghua_console" / "domain" / "messages.py"

#: Calls whose first argument is a message template (one literal, or a message made
#: elsewhere) and whose keyword arguments are its values; ``super().__init__(…)`` in a class
#: derived from one of them too.
TEMPLATE_CALLS = {
    "msg", "Message", "template", "Refused", "DatabaseError", "SettingsError", "RosterFileError",
}
#: Calls that take messages without a template of their own: a Chinese text in their
#: arguments must be a ``msg("…")``.
MESSAGE_CALLS = {
    "InvalidInput", "Conflict", "check_version", "too_long", "joined", "Joined",
    "Cancelled", "LedgerRejected", "ImportRejected", "RosterImportRefused", "WorkstationLocked",
}
#: Names whose assignments hold field messages (``errors["at"] = msg("…")``), and their
#: methods that add one (``errors.setdefault("at", msg("…"))``).
ERROR_DICTS = {"errors"}
ERROR_DICT_METHODS = {"setdefault", "update"}
#: Lists of problems (``report.problems.append(msg("…"))``) and the methods that record one
#: (``report.fail(msg("…"))``, an import's ``sheet.fail(row, col, msg("…"))``).
PROBLEM_LISTS = {"problems"}
PROBLEM_METHODS = {"fail", "at"}
#: The problems of an imported sheet: only their ``reason`` (this argument) is a message;
#: the sheet's name and header are the workbook's own (Chinese) words.
PROBLEM_CLASSES = {"Problem": 4, "ImportProblem": 4, "SheetProblem": 4}
#: Progress reports (``p(done, total, msg("写入排班"))``): the label is shown in the dialog.
PROGRESS_CALLS = {"p": 2, "prog": 2, "progress": 2, "_copy": 3}

#: Chinese core texts at message sites that are deliberately not templates: ``(file, text)``
#: → why. Keep it small.
CORE_NOT_MESSAGES: dict[tuple[str, str], str] = {}


def core_sources() -> Iterator[Path]:
    for folder in CORE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts and path != MESSAGES_MODULE:
                yield path


def _returns_message(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return fn.returns is not None and "Message" in ast.unparse(fn.returns)


def scan_core(path: Path) -> Scan:
    """The message templates of one core module, and its Chinese texts at message sites
    (exceptions, field errors, functions returning a ``Message``) that are no template."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    try:
        where = rel(path)
    except ValueError:  # a file outside the project (the tests' examples)
        where = path.as_posix()
    scan = Scan()
    derived = {
        node.name for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(_base_name(b) in TEMPLATE_CALLS for b in node.bases)
    }
    seen: set[int] = set()

    def template(node: ast.AST, call: str) -> None:
        """``node`` stands where a template goes."""
        if isinstance(node, ast.IfExp):
            value(node.test)
            template(node.body, call)
            template(node.orelse, call)
        elif _is_str(node):
            seen.add(id(node))
            if node.value.strip():
                scan.messages.append(Message(CORE_CONTEXT, node.value, where, node.lineno))
        elif isinstance(node, ast.JoinedStr | ast.BinOp) or (
            isinstance(node, ast.Call) and _call_name(node) in ("format", "join")
            and isinstance(node.func, ast.Attribute) and _is_str(node.func.value)
        ):
            bad(node, f"a text built in place passed to {call}(): write one template "
                      f"{call}('…{{x}}…', x=…) (lists: joined(…))")
        else:
            value(node)

    def value(node: ast.AST) -> None:
        """``node`` is a value at a message site: any Chinese in it must be a msg(…)."""
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if isinstance(node.func, ast.Name) and name in ("msg", "template") or name == "Message":
                if node.args:
                    template(node.args[0], name)
                    rest = node.args[1:]
                else:
                    rest = []
                for sub in [*rest, *(k.value for k in node.keywords)]:
                    value(sub)
                return
            call(node)
            return
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and any(
            (_is_str(sub) and CJK.search(sub.value))
            or (isinstance(sub, ast.Call) and _call_name(sub) in ("msg", "Message"))
            for sub in ast.walk(node)
        ):
            bad(node, "text added to a message (the sum is a plain str): one template "
                      "msg('…{x}…', x=…), or joined(…)")
            return
        if isinstance(node, ast.JoinedStr):
            if any(_is_str(v) and CJK.search(v.value) for v in ast.walk(node)):
                bad(node, "an f-string at a message site: use msg('…{x}…', x=…)")
            return
        if _is_str(node):
            if CJK.search(node.value) and id(node) not in seen:
                bad(node, "Chinese text at a message site: wrap it in msg('…')")
            return
        for child in ast.iter_child_nodes(node):
            value(child)

    def call(node: ast.Call) -> None:
        name = _call_name(node)
        if name in ("joined", "Joined"):  # joined(parts, "、"): the separator is no text
            for sub in node.args[:1]:
                value(sub)
            return
        if name in PROBLEM_METHODS and isinstance(node.func, ast.Attribute):
            for sub in node.args[-1:]:  # fail(column, reason): the column is the sheet's
                value(sub)
            return
        if name in PROGRESS_CALLS and isinstance(node.func, ast.Name):
            for sub in [*node.args[PROGRESS_CALLS[name]:], *(k.value for k in node.keywords)]:
                value(sub)
            return
        if name in PROBLEM_CLASSES:
            index = PROBLEM_CLASSES[name]
            for sub in [*node.args[index:index + 1],
                        *(k.value for k in node.keywords if k.arg == "reason")]:
                value(sub)
            return
        is_super_init = (
            name == "__init__" and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call) and _call_name(node.func.value) == "super"
        )
        if name in TEMPLATE_CALLS or name in derived and name not in MESSAGE_CALLS or (
            is_super_init and cls_of.get(node) in derived
        ):
            if node.args:
                template(node.args[0], name or "")
            for sub in [*node.args[1:], *(k.value for k in node.keywords)]:
                value(sub)
        else:
            for sub in [*node.args, *(k.value for k in node.keywords)]:
                value(sub)

    def bad(node: ast.AST, why: str) -> None:
        for sub in ast.walk(node):
            seen.add(id(sub))
        text = ast.unparse(node)
        if (where, text) not in CORE_NOT_MESSAGES:
            scan.untranslated.append(Literal(where, getattr(node, "lineno", 0), text, why))

    cls_of: dict[ast.AST, str] = {}
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for sub in ast.walk(cls):
                cls_of.setdefault(sub, cls.name)

    for node in ast.walk(tree):
        if id(node) in seen:
            continue
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if isinstance(node.func, ast.Name) and name in ("msg", "template") or name == "Message":
                value(node)
            elif name in TEMPLATE_CALLS or name in MESSAGE_CALLS or name in derived or (
                name == "__init__" and cls_of.get(node) in derived
            ) or _records_a_problem(node) or name in PROBLEM_CLASSES or (
                name in PROGRESS_CALLS and isinstance(node.func, ast.Name)
            ):
                call(node)
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_error_dict(t) for t in targets) and node.value is not None:
                value(node.value)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _returns_message(node):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and sub.value is not None:
                    value(sub.value)
    scan.untranslated.sort(key=lambda lit: lit.line)
    return scan


def _base_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _records_a_problem(node: ast.Call) -> bool:
    """``errors.setdefault(…)``, ``….problems.append(…)``, ``report.fail(…)``, ``read.at(…)``."""
    func = node.func
    if not isinstance(func, ast.Attribute):
        return False
    owner = func.value.attr if isinstance(func.value, ast.Attribute) else (
        func.value.id if isinstance(func.value, ast.Name) else None)
    return (
        (func.attr in ERROR_DICT_METHODS and owner in ERROR_DICTS)
        or (func.attr == "append" and owner in PROBLEM_LISTS)
        or func.attr in PROBLEM_METHODS
    )


def _error_dict(target: ast.AST) -> bool:
    """``errors[…]`` or ``errors`` itself."""
    if isinstance(target, ast.Subscript):
        target = target.value
    return isinstance(target, ast.Name) and target.id in ERROR_DICTS


def scan_separators() -> Scan:
    """The separators :func:`domain.messages.joined` puts between messages (``SEPARATORS``)."""
    tree = ast.parse(MESSAGES_MODULE.read_text(encoding="utf-8"))
    scan = Scan()
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "SEPARATORS" for t in node.targets)
                and isinstance(node.value, ast.Tuple)):
            for elt in node.value.elts:
                if _is_str(elt) and elt.value.strip():
                    scan.messages.append(
                        Message(CORE_CONTEXT, elt.value, rel(MESSAGES_MODULE), elt.lineno))
    return scan


# ---------------------------------------------------------------- Designer forms


def scan_ui(path: Path) -> Scan:
    """A .ui file's strings under its form class (how QUiLoader asks the translators)."""
    tree = ET.parse(path)
    root = tree.getroot()
    cls = (root.findtext("class") or "").strip()
    scan = Scan()
    text = path.read_text(encoding="utf-8")
    for el in root.iter("string"):
        if el.get("notr") == "true" or not (el.text or "").strip():
            continue
        source = el.text or ""
        line = _line_of(text, source)
        scan.messages.append(Message(cls, source, rel(path), line))
    return scan


def _line_of(text: str, source: str) -> int:
    escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    pos = text.find(escaped)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 0


# ---------------------------------------------------------------- the whole GUI


def gui_sources() -> Iterator[Path]:
    yield from sorted(GUI_DIR.rglob("*.py"))


def scan_all() -> Scan:
    known = _module_contexts()
    total = Scan()
    for path in gui_sources():
        one = scan_python(path, known)
        total.messages.extend(one.messages)
        total.untranslated.extend(one.untranslated)
    for path in sorted(UI_DIR.glob("*.ui")):
        total.messages.extend(scan_ui(path).messages)
    total.messages.extend(scan_labels().messages)
    for path in core_sources():
        one = scan_core(path)
        total.messages.extend(one.messages)
        total.untranslated.extend(one.untranslated)
    total.messages.extend(scan_separators().messages)
    return total


def catalogue(messages: Iterable[Message]) -> dict[str, dict[str, list[Message]]]:
    """``context → source → where`` (contexts and sources in first-seen order)."""
    out: dict[str, dict[str, list[Message]]] = {}
    for m in messages:
        out.setdefault(m.context, {}).setdefault(m.source, []).append(m)
    return out


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields a ``str.format`` template fills (``{{`` escapes excluded), by
    name: a translation may format a field its own way (``{m}`` → ``{m:02d}``)."""
    cleaned = text.replace("{{", "").replace("}}", "")
    return {"{" + (m.group(1) or "") + "}" for m in PLACEHOLDER.finditer(cleaned)}


# ---------------------------------------------------------------- .ts files


@dataclass
class Entry:
    translation: str
    finished: bool


def ts_path(language: str) -> Path:
    return I18N_DIR / f"xianghua_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    """``(context, source) → translation`` of a .ts file (vanished/obsolete ones skipped)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Entry] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (tr.text or "") if tr is not None else ""
            out[(name, source)] = Entry(text, kind != "unfinished" and bool(text))
    return out


def write_ts(path: Path, language: str, cat: dict[str, dict[str, list[Message]]],
             entries: dict[tuple[str, str], Entry]) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": language,
                             "sourcelanguage": SOURCE_LANGUAGE})
    for context in sorted(cat):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for source, where in cat[context].items():
            m = ET.SubElement(c, "message")
            for w in where:
                rel_to_ts = "../../" + w.path
                ET.SubElement(m, "location", {"filename": rel_to_ts, "line": str(w.line)})
            ET.SubElement(m, "source").text = source
            entry = entries.get((context, source))
            attrs = {} if entry and entry.finished else {"type": "unfinished"}
            ET.SubElement(m, "translation", attrs).text = entry.translation if entry else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update(languages: Iterable[str] = LANGUAGES) -> dict[str, int]:
    """Re-extract and rewrite the .ts files; returns ``language → unfinished entries``."""
    cat = catalogue(scan_all().messages)
    counts: dict[str, int] = {}
    for language in languages:
        path = ts_path(language)
        old = read_ts(path)
        by_source: dict[str, str] = {}
        for (_ctx, source), e in old.items():
            if e.finished:
                by_source.setdefault(source, e.translation)
        entries: dict[tuple[str, str], Entry] = {}
        for context, sources in cat.items():
            for source in sources:
                key = (context, source)
                if language == SOURCE_LANGUAGE:
                    entries[key] = Entry(source, True)
                elif key in old and old[key].translation:
                    entries[key] = old[key]
                elif source in by_source:  # the same text translated elsewhere: to be checked
                    entries[key] = Entry(by_source[source], False)
        write_ts(path, language, cat, entries)
        counts[language] = sum(
            1 for ctx, ss in cat.items() for s in ss
            if not (entries.get((ctx, s)) and entries[(ctx, s)].finished)
        )
    return counts


def apply(language: str, mapping_file: Path) -> int:
    """Merge translations from a JSON file into ``xianghua_<language>.ts`` (finished)."""
    data = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    cat = catalogue(scan_all().messages)
    path = ts_path(language)
    entries = read_ts(path)
    flat = all(isinstance(v, str) for v in data.values())
    changed = 0
    for context, sources in cat.items():
        for source in sources:
            text = data.get(source) if flat else data.get(context, {}).get(source)
            if text:
                entries[(context, source)] = Entry(text, True)
                changed += 1
    write_ts(path, language, cat, entries)
    return changed


def lrelease_program() -> str:
    """``pyside6-lrelease`` of this interpreter's environment, else the one on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("pyside6-lrelease not found (it comes with PySide6-Essentials)")


def release(languages: Iterable[str] = LANGUAGES) -> list[Path]:
    """Compile each .ts to its .qm next to it."""
    program = lrelease_program()
    written = []
    for language in languages:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def problems() -> list[str]:
    """Everything ``check`` complains about, one line each."""
    scan = scan_all()
    out = [
        f"{lit.path}:{lit.line}: {lit.why}: {lit.text!r}"
        for lit in scan.untranslated
        if (lit.path, lit.text) not in NOT_SHOWN
    ]
    cat = catalogue(scan.messages)
    for language in LANGUAGES:
        entries = read_ts(ts_path(language))
        for context, sources in cat.items():
            for source, where in sources.items():
                e = entries.get((context, source))
                if e is None or not e.finished:
                    w = where[0]
                    out.append(f"{w.path}:{w.line}: {language}: not translated: "
                               f"[{context}] {source!r}")
                elif placeholders(e.translation) != placeholders(source):
                    w = where[0]
                    out.append(f"{w.path}:{w.line}: {language}: placeholders differ: "
                               f"[{context}] {source!r} → {e.translation!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "check"
    if command == "update":
        for language, n in update().items():
            print(f"{ts_path(language).relative_to(ROOT)}: {n} unfinished")
        return 0
    if command == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    if command == "apply" and len(args) == 3:
        print(f"{apply(args[1], Path(args[2]))} translations applied")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
