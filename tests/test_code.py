"""The generator's own source: checks no linter here makes."""

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"


def module_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) of each constant, function and class a module defines at its top level."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            found += [(target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append((node.name, node.lineno))
    return found


def test_no_module_defines_a_name_twice():
    """A second `_TABLE_CELL = …` further down a module silently replaces the first for every rule that used it
    (pyflakes reports a function or an import defined twice, not a constant)."""
    twice = []
    for path in sorted(GENERATOR.glob("*.py")):
        first: dict[str, int] = {}
        for name, line in module_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in first:
                twice.append(f"{path.name}: {name} at lines {first[name]} and {line}")
            first.setdefault(name, line)
    assert not twice, twice


def test_the_check_finds_a_name_defined_twice():
    tree = ast.parse("import re\n_CELL = re.compile('a')\n\ndef f():\n    return _CELL\n\n_CELL = re.compile('b')\n")
    names = [name for name, _ in module_level_names(tree)]
    assert names.count("_CELL") == 2
