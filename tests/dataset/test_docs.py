"""docs/export.md stays true: its example headers are the columns the code writes, and it
names every format and every option of `sitrep export`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.dataset import EXPORT_FORMATS, acled, ucdp

DOC = Path(__file__).resolve().parents[2] / "docs" / "export.md"


def test_the_example_headers_are_the_columns_written():
    lines = DOC.read_text("utf-8").splitlines()
    for columns in (acled.EVENT_COLUMNS, acled.INCIDENT_COLUMNS, ucdp.EVENT_COLUMNS):
        assert ",".join(columns) in lines


def test_every_format_and_option_is_documented():
    text = DOC.read_text("utf-8")
    for fmt in EXPORT_FORMATS:
        assert f"`{fmt}`" in text, fmt
    help_text = CliRunner().invoke(cli, ["export", "--help"]).output
    for option in ("--what", "--format", "--type", "--country", "--since", "--until", "--news-only",
                   "--min-reports", "-o"):
        assert option in help_text and f"`{option}" in text, option
