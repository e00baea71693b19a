"""The build scripts' shared command line: --check reports stale files without touching them."""

from pathlib import Path

from pressparse.data.regenerate import regenerate


def test_check_reports_a_stale_file_and_a_rebuild_makes_it_current(tmp_path: Path, capsys) -> None:
    table = tmp_path / "units.tsv"
    table.write_text("kind\tword\nhead\tBureau\n", encoding="utf-8")
    outputs = lambda: {table: "kind\tword\nhead\tBureau\nhead\tMinistry\n"}  # noqa: E731

    assert regenerate("Regenerate units.tsv.", outputs, ["--check"]) == 1
    assert "stale: units.tsv" in capsys.readouterr().err
    assert "Ministry" not in table.read_text(encoding="utf-8")

    assert regenerate("Regenerate units.tsv.", outputs, []) == 0
    assert regenerate("Regenerate units.tsv.", outputs, ["--check"]) == 0
    assert table.read_text(encoding="utf-8").endswith("head\tMinistry\n")
