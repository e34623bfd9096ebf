"""Adds to a Qt Linguist catalogue the words lupdate cannot see: strings translated at run time.

lupdate only finds ``self.tr("literal")`` and ``QCoreApplication.translate("Ctx", "literal")``.
The window also translates vocabularies looked up at run time (``labels.word(...)``,
``labels.OUTCOMES[...]``, ``_tr(SEGMENT_WORDS[s])``, ``self.tr(text)`` in a loop, column
titles given to ``Column(...)`` and translated in the "Columns" context...). This script
reads the code (with ``ast``, importing nothing), works out which English strings reach
each translating call and in which context, and adds the missing ones to the ``.ts`` as
unfinished messages. A message lupdate marked vanished/obsolete but still used at run
time is brought back. Re-runnable: run it after every ``pyside6-lupdate``:

    python tools/i18n_words.py resources/i18n/testlab_fr.ts

``--check`` lists what would be added and exits 1 if anything is missing; ``--lint``
checks the translations (placeholders, accelerators, markup, key names...).
"""

from __future__ import annotations

import argparse
import ast
import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Calls translating their argument at run time in a fixed context, besides the
#: module-level helpers found automatically (``def _tr(text): return translate("X", text)``).
COLUMN_CONTEXT = "Columns"  # ui/common/table_model.py, ui/results/cell_model.py
WORDS_CONTEXT = "Labels"  # ui/common/labels.py: _Words and word()
_PARENT = "<parent>"  # stands for the classes passing themselves as ``parent``


def _session_status_words() -> list[str]:
    """``labels.word(r.status.value.replace("_", " "))`` (ui/sessions/sessions_model.py):
    the SessionStatus values with spaces, read from testlab/model/enums.py."""
    tree = ast.parse((ROOT / "testlab/model/enums.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "SessionStatus":
            return [stmt.value.value.replace("_", " ") for stmt in node.body
                    if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)]
    return []


#: Strings whose value the code computes in a way this reader cannot follow; each entry
#: names its call site. Keep it short: prefer code this script can read.
def _computed() -> dict[str, list[str]]:
    return {WORDS_CONTEXT: _session_status_words()}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # alias -> (module, name)
    translators: dict[str, str] = field(default_factory=dict)  # function name -> context
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = Module(_module_name(path), path, tree)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    module.constants[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            module.constants[node.target.id] = node.value
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:  # relative: from .ratings import X
                package = module.name.split(".")
                if path.name != "__init__.py":
                    package = package[:-1]
                package = package[:len(package) - node.level + 1]
                source = ".".join(package + ([source] if source else []))
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (alias.name, None)
        elif isinstance(node, ast.FunctionDef):
            module.functions[node.name] = node
            context = _translator_context(node)
            if context:
                module.translators[node.name] = context
    return module


def _translate_call(node: ast.AST) -> tuple[str, ast.expr] | None:
    """``QCoreApplication.translate("Ctx", expr)`` -> ("Ctx", expr)."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate" and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "QCoreApplication" and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return node.args[0].value, node.args[1]
    return None


def _translator_context(function: ast.FunctionDef) -> str | None:
    """The context of a one-parameter helper returning ``translate("Ctx", param)``."""
    params = [a.arg for a in function.args.args]
    if len(params) != 1:
        return None
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.value is not None:
            found = _translate_call(node.value)
            if found and isinstance(found[1], ast.Name) and found[1].id == params[0]:
                return found[0]
    return None


class Reader:
    """Every module of ui/ and testlab/, and what reaches each translating call."""

    def __init__(self) -> None:
        self.modules = {m.name: m for m in (_load(p) for d in ("ui", "testlab")
                                            for p in sorted((ROOT / d).rglob("*.py")))}
        self.found: dict[str, dict[str, str]] = {}  # context -> source -> where
        self.unresolved: list[str] = []
        self._resolving: set[tuple[int, str]] = set()

    # -- resolving expressions to the strings they can hold --------------------------------

    def _lookup(self, module: Module, name: str) -> tuple[Module, ast.expr] | None:
        if name in module.constants:
            return module, module.constants[name]
        if name in module.imports:
            target, attr = module.imports[name]
            if attr and target in self.modules:
                return self._lookup(self.modules[target], attr)
        return None

    def _function(self, module: Module, name: str) -> tuple[Module, ast.FunctionDef] | None:
        if name in module.functions:
            return module, module.functions[name]
        target, attr = module.imports.get(name, ("", None))
        if attr and target in self.modules:
            return self._function(self.modules[target], attr)
        return None

    def _module_alias(self, module: Module, name: str) -> Module | None:
        target, attr = module.imports.get(name, ("", None))
        full = f"{target}.{attr}" if attr else target
        return self.modules.get(full)

    def _container(self, module: Module, node: ast.expr, scope: list[ast.AST]
                   ) -> list[tuple[Module, ast.expr, list[ast.AST]]] | None:
        """The element expressions of a dict (its values), tuple, list or ``.values()``."""
        if isinstance(node, ast.Name):
            bound = self._bound(module, node.id, scope)
            if bound is not None:
                return None
            found = self._lookup(module, node.id)
            return self._container(found[0], found[1], []) if found else None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            other = self._module_alias(module, node.value.id)
            if other:
                found = self._lookup(other, node.attr)
                return self._container(found[0], found[1], []) if found else None
            return None
        if isinstance(node, ast.Subscript):  # HELP[scope]: any of the inner containers
            outer = self._container(module, node.value, scope)
            if outer is None:
                return None
            inner: list[tuple[Module, ast.expr, list[ast.AST]]] = []
            for owner, element, element_scope in outer:
                inner += self._container(owner, element, element_scope) or []
            return inner
        if isinstance(node, ast.Dict):
            return [(module, v, scope) for v in node.values if v is not None]
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [(module, e, scope) for e in node.elts]
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "values":
                return self._container(module, node.func.value, scope)
            if node.args and not node.keywords and len(node.args) == 1:  # _Words({...}), tuple(...)
                return self._container(module, node.args[0], scope)
        return None

    def _bound(self, module: Module, name: str, scope: list[ast.AST]) -> list[str] | None:
        """Strings a loop or comprehension variable takes, or None if ``name`` is not one."""
        for owner in reversed(scope):
            generators: list[tuple[ast.expr, ast.expr]] = []
            if isinstance(owner, (ast.For, ast.AsyncFor)):
                generators = [(owner.target, owner.iter)]
            elif isinstance(owner, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                generators = [(g.target, g.iter) for g in owner.generators]
            for target, iterable in generators:
                path = _position(target, name)
                if path is None:
                    continue
                outer = scope[:scope.index(owner)]
                return self._iterated(module, iterable, path, outer)
            if isinstance(owner, ast.FunctionDef):
                outer = scope[:scope.index(owner)]
                return self._assigned(module, owner, name, outer)
        return None

    def _assigned(self, module: Module, function: ast.FunctionDef, name: str,
                  outer: list[ast.AST]) -> list[str] | None:
        """A function's local ``name``: every value assigned to it (``a, name = X[k]``
        takes the second element of X's values), or the literal arguments its callers in
        the module pass for it when it is a parameter."""
        key = (id(function), name)
        if key in self._resolving:  # word = {...}.get(word, word)
            return []
        self._resolving.add(key)
        try:
            return self._assigned_once(module, function, name, outer)
        finally:
            self._resolving.discard(key)

    def _assigned_once(self, module: Module, function: ast.FunctionDef, name: str,
                       outer: list[ast.AST]) -> list[str] | None:
        out: list[str] = []
        known = False
        inner = outer + [function]
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    path = _position(target, name)
                    if path is None:
                        continue
                    known = True
                    if path:
                        out += self._strings_of_elements(module, node.value.value, path, inner) \
                            if isinstance(node.value, ast.Subscript) else []
                    else:
                        out += self.strings(module, node.value, inner)
        params = [a.arg for a in function.args.args]
        if name in params:
            known = True
            index = params.index(name)
            for node in ast.walk(module.tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == function.name):
                    if index < len(node.args):
                        out += self.strings(module, node.args[index], [])
                    out += [s for k in node.keywords if k.arg == name
                            for s in self.strings(module, k.value, [])]
        return out if known else None

    def _iterated(self, module: Module, iterable: ast.expr, path: list[int],
                  scope: list[ast.AST]) -> list[str]:
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)
                and iterable.func.attr == "items" and path):
            if path[0] == 1:
                return self._strings_of_elements(module, iterable.func.value, path[1:], scope)
            return []  # dict keys are enum members or codes, not words
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name)
                and iterable.func.id == "enumerate" and path):
            return (self._strings_of_elements(module, iterable.args[0], path[1:], scope)
                    if path[0] == 1 else [])
        return self._strings_of_elements(module, iterable, path, scope)

    def _strings_of_elements(self, module: Module, node: ast.expr, path: list[int],
                             scope: list[ast.AST]) -> list[str]:
        elements = self._container(module, node, scope)
        if elements is None:
            return []
        out: list[str] = []
        for owner, element, inner in elements:
            for index in path:
                if isinstance(element, (ast.Tuple, ast.List)) and index < len(element.elts):
                    element = element.elts[index]
                else:
                    break
            out += self.strings(owner, element, inner)
        return out

    def strings(self, module: Module, node: ast.expr, scope: list[ast.AST]) -> list[str]:
        """The English strings ``node`` can evaluate to ([] when unknown)."""
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP") and node.args:
            return self.strings(module, node.args[-1], scope)
        if isinstance(node, ast.Name):
            bound = self._bound(module, node.id, scope)
            if bound is not None:
                return bound
            found = self._lookup(module, node.id)
            return self.strings(found[0], found[1], []) if found else []
        if isinstance(node, ast.IfExp):
            return self.strings(module, node.body, scope) + self.strings(module, node.orelse, scope)
        if isinstance(node, ast.Subscript):
            split = _split_index(node)
            if split:
                inner, separator, index = split
                return [s.split(separator)[index] for s in self.strings(module, inner, scope)]
            return self._strings_of_elements(module, node.value, [], scope)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "get" and node.args:
            out = self._strings_of_elements(module, node.func.value, [], scope)
            return out + sum((self.strings(module, a, scope) for a in node.args[1:]), [])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):  # item_label(item)
            function = self._function(module, node.func.id)
            if function:
                owner, definition = function
                return [s for r in ast.walk(definition) if isinstance(r, ast.Return) and r.value
                        for s in self.strings(owner, r.value, [definition])]
        if isinstance(node, ast.Dict):  # {"above": "over target"}.get(word, word)
            return sum((self.strings(module, v, scope) for v in node.values if v), [])
        return []

    # -- walking the translating calls -----------------------------------------------------

    def _add(self, context: str, texts: list[str], where: str) -> None:
        for text in texts:
            if text.strip():
                self.found.setdefault(context, {}).setdefault(text, where)

    def _context_of(self, module: Module, call: ast.Call, scope: list[ast.AST]
                    ) -> tuple[str, ast.expr] | None:
        found = _translate_call(call)
        if found:
            return found
        func = call.func
        if not call.args:
            return None
        if isinstance(func, ast.Name):
            if func.id in module.translators:
                return module.translators[func.id], call.args[0]
            if func.id in module.imports:
                target, attr = module.imports[func.id]
                other = self.modules.get(target)
                if other and attr in other.translators:
                    return other.translators[attr], call.args[0]
            if func.id == "Column":
                return COLUMN_CONTEXT, call.args[0]
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id == "self" and func.attr == "tr":
                classes = [n for n in scope if isinstance(n, ast.ClassDef)]
                return (classes[-1].name, call.args[0]) if classes else None
            if func.attr == "tr":  # parent.tr(...) in a function a class calls with self
                return _PARENT, call.args[0]
            other = self._module_alias(module, func.value.id)
            if other and func.attr in other.translators:
                return other.translators[func.attr], call.args[0]
        return None

    def read(self) -> None:
        for module in self.modules.values():
            if module.name.startswith("ui."):
                self._walk(module, module.tree, [])
        # Vocabularies translated on lookup: every value of every _Words({...}).
        labels = self.modules["ui.common.labels"]
        for name, value in labels.constants.items():
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                    and value.func.id == "_Words":
                self._add(WORDS_CONTEXT, self._strings_of_elements(labels, value, [], []),
                          f"ui/common/labels.py {name}")
        for context, texts in _computed().items():
            self._add(context, texts, "tools/i18n_words.py _computed")
        # No copies for subclasses: PySide6's self.tr() looks the text up under
        # type(self).__name__ and, while the result equals the source, under each base
        # class in the MRO, so SetupPage's "New" is found for CentresPage too.

    def _callers(self, module: Module, scope: list[ast.AST]) -> list[str]:
        """The classes of ``module`` that name the module-level function of ``scope``."""
        functions = [n for n in scope if isinstance(n, ast.FunctionDef)]
        if not functions:
            return []
        name = functions[0].name
        return [c.name for c in module.tree.body if isinstance(c, ast.ClassDef)
                and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(c))]

    def _walk(self, module: Module, node: ast.AST, scope: list[ast.AST]) -> None:
        if isinstance(node, ast.Call):
            found = self._context_of(module, node, scope)
            if found:
                context, argument = found
                texts = self.strings(module, argument, scope)
                where = f"{module.path.relative_to(ROOT)}:{node.lineno}"
                if context == _PARENT:
                    for caller in self._callers(module, scope):
                        self._add(caller, texts, where)
                elif texts:
                    self._add(context, texts, where)
                elif not isinstance(argument, ast.JoinedStr):
                    self.unresolved.append(f"{where} {context}: {ast.unparse(argument)}")
        inner = scope + [node] if isinstance(node, (
            ast.ClassDef, ast.For, ast.AsyncFor, ast.ListComp, ast.SetComp, ast.GeneratorExp,
            ast.DictComp, ast.FunctionDef, ast.Lambda)) else scope
        for child in ast.iter_child_nodes(node):
            self._walk(module, child, inner)


def _position(target: ast.expr, name: str) -> list[int] | None:
    """Where ``name`` sits in a loop target: ``x`` -> [], ``(a, (b, x))`` -> [1, 1]."""
    if isinstance(target, ast.Name):
        return [] if target.id == name else None
    if isinstance(target, (ast.Tuple, ast.List)):
        for index, element in enumerate(target.elts):
            inner = _position(element, name)
            if inner is not None:
                return [index] + inner
    return None


def _split_index(node: ast.Subscript) -> tuple[ast.expr, str, int] | None:
    """``X.split(":")[0]`` -> (X, ":", 0)."""
    call = node.value
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "split" and len(call.args) == 1
            and isinstance(call.args[0], ast.Constant) and isinstance(node.slice, ast.Constant)):
        separator, index = call.args[0].value, node.slice.value
        if isinstance(separator, str) and isinstance(index, int):
            return call.func.value, separator, index
    return None


# -- the .ts file ------------------------------------------------------------------------------

_CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)


def _unescape(text: str) -> str:
    return html.unescape(text)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _messages(body: str) -> Iterator[re.Match[str]]:
    return _MESSAGE.finditer(body)


def _append(pattern: re.Pattern[str], ts: str, block: str) -> str:
    """``block`` added at the end of the first context ``pattern`` matches."""
    found = pattern.search(ts)
    if found is None:
        return ts
    return ts[:found.start(2)] + block + ts[found.start(2):]


def update(ts: str, found: dict[str, dict[str, str]]) -> tuple[str, list[str]]:
    """``ts`` with every found string present (and not vanished) in its context."""
    added: list[str] = []
    present: dict[str, set[str]] = {}

    def revive(match: re.Match[str]) -> str:
        name = _unescape(match["name"])
        wanted = found.get(name, {})

        def one(message: re.Match[str]) -> str:
            source = _SOURCE.search(message["body"])
            text = _unescape(source["text"]) if source else ""
            present.setdefault(name, set()).add(text)
            body = message["body"]
            if text in wanted and re.search(r'type="(vanished|obsolete)"', body):
                added.append(f"{name}: {text} (revived)")
                body = re.sub(r' type="(vanished|obsolete)"', "", body)
            return f"<message{message['attrs']}>{body}</message>"

        return match[0].replace(match["body"], _MESSAGE.sub(one, match["body"]), 1)

    ts = _CONTEXT.sub(revive, ts)
    for context in sorted(found):
        missing = [t for t in found[context] if t not in present.get(context, set())]
        if not missing:
            continue
        block = "".join(
            f"    <message>\n        <source>{_escape(t)}</source>\n"
            f'        <translation type="unfinished"></translation>\n    </message>\n'
            for t in missing)
        added += [f"{context}: {t}" for t in missing]
        if context in present:
            pattern = re.compile(r"(<context>\s*<name>" + re.escape(_escape(context))
                                 + r"</name>.*?)(</context>)", re.S)
            ts = _append(pattern, ts, block)
        else:
            ts = ts.replace("</TS>", f"<context>\n    <name>{_escape(context)}</name>\n"
                            f"{block}</context>\n</TS>")
    return ts, added


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n|%s|%d|%L\d")
_MARKUP = re.compile(r"<[^>]+>|&[a-z]+;")
_KEYS = re.compile(r"\b(Ctrl|Shift|Alt|Return|Enter|Esc|Del|PgUp|PgDn|F\d+)\b")


def lint(ts: str) -> list[str]:
    """What breaks a translation at run time or in the window: unfinished messages, and
    translations whose placeholders, markup, accelerator, key names, edge spaces, line
    breaks or closing punctuation differ from the source's."""
    problems: list[str] = []
    root = ET.fromstring(ts)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                problems.append(f"{name}: {source!r}: unfinished")
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            for form in forms:
                problems += [f"{name}: {source!r} -> {form!r}: {why}"
                             for why in _differences(source, form)]
    return problems


def _differences(source: str, form: str) -> Iterator[str]:
    def edges(text: str) -> tuple[str, str]:
        return text[:len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")):]

    if source.strip() and not form.strip():
        yield "empty"
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(form)):
        yield "placeholders differ"
    if sorted(_MARKUP.findall(source)) != sorted(_MARKUP.findall(form)):
        yield "markup differs"
    if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
        yield "accelerator count differs"
    elif "&" in form.replace("&&", "") and not re.search(r"&\w", form.replace("&&", "")):
        yield "accelerator not before a letter"
    if edges(source) != edges(form):
        yield "leading or trailing spaces differ"
    if source.count("\n") != form.count("\n"):
        yield "line breaks differ"
    for end in (":", "…", ".", "?", ")", "]"):
        if source.rstrip().endswith(end) != form.rstrip().endswith(end):
            yield f"ends with {end!r} in one only"
    if sorted(_KEYS.findall(source)) != sorted(_KEYS.findall(form)):
        yield "key names differ (keys are not translated)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path, nargs="+")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if incomplete")
    parser.add_argument("--lint", action="store_true",
                        help="change nothing; list translations that break a rule; exit 1 if any")
    parser.add_argument("--verbose", action="store_true", help="also list unresolved calls")
    args = parser.parse_args(argv)
    if args.lint:
        problems = [f"{path.name}: {line}" for path in args.ts
                    for line in lint(path.read_text(encoding="utf-8"))]
        print("\n".join(problems) or "no problems")
        return 1 if problems else 0
    reader = Reader()
    reader.read()
    if args.verbose:
        for line in reader.unresolved:
            print(f"unresolved: {line}", file=sys.stderr)
    incomplete = False
    for path in args.ts:
        text = path.read_text(encoding="utf-8")
        new, added = update(text, reader.found)
        for line in added:
            print(f"{path.name}: + {line}")
        incomplete |= bool(added)
        if not args.check and new != text:
            path.write_text(new, encoding="utf-8")
    return 1 if args.check and incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
