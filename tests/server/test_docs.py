"""docs/api.md stays true: every operation and every query parameter of the schema is in it,
and `sitrep serve`'s options too."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.server import create_app

DOC = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text("utf-8")


def test_every_operation_and_parameter_is_documented():
    schema = create_app("unused.db").openapi()
    for path, methods in schema["paths"].items():
        written = re.sub(r"\{\w+\}", "{id}", path)  # the doc writes every path id as {id}
        for method, operation in methods.items():
            assert f"`{method.upper()} {written}" in DOC, f"{method.upper()} {path} missing from docs/api.md"
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    assert f"`{parameter['name']}`" in DOC, f"{path}: parameter {parameter['name']} undocumented"


def test_serve_options_are_documented():
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    for option in re.findall(r"(--[a-z-]+)", help_text):
        if option != "--help":
            assert option in DOC, f"sitrep serve {option} missing from docs/api.md"
