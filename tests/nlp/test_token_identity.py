"""spaCy builds a new Token (or Span) object on every access (``span.root``, ``tok.head``,
``doc[i]``), so ``is`` between two of them is always false and a condition built on it is dead.
Tokens of one doc are compared by ``.i`` (or ``==``, which compares doc and index)."""

from __future__ import annotations

import ast
from pathlib import Path

import sitrep

#: attributes that hand out a fresh spaCy object each time they are read
FRESH = frozenset({"root", "head", "left_edge", "right_edge", "sent"})


def _fresh(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in FRESH


def _identity_tests(source: str) -> list[int]:
    """Lines comparing a freshly read spaCy object by identity or taking its ``id``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for op, left, right in zip(node.ops, operands, operands[1:]):
                if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant) \
                        and (_fresh(left) or _fresh(right)):
                    lines.append(node.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id" \
                and any(_fresh(a) for a in node.args):
            lines.append(node.lineno)
    return lines


def test_the_check_sees_identity_tests_on_fresh_tokens():
    assert _identity_tests("if anchor is place.root:\n    pass\n") == [1]
    assert _identity_tests("ok = tok.head is not other\n") == [1]
    assert _identity_tests("key = id(span.root)\n") == [1]
    assert _identity_tests("same = tok.i == span.root.i\nnone = tok.head is None\n") == []


def test_no_module_compares_spacy_tokens_by_identity():
    root = Path(sitrep.__file__).parent
    found = [f"{path.relative_to(root)}:{line}" for path in sorted(root.rglob("*.py"))
             for line in _identity_tests(path.read_text(encoding="utf-8"))]
    assert found == []
