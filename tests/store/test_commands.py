"""The query commands through the real CLI entry point."""
from __future__ import annotations

import json

import pytest

from marsad.cli import RLI, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, kind", [
    (["search", "بوتين"], list),
    (["events", "--actor", "بوتين"], list),
    (["events", "--type", "ASSAULT", "--country", "SYR", "--since", "2021-01-01", "--until", "2021-12-31"], list),
    (["actors", "--top", "2"], list),
    (["stats"], dict),
])
def test_commands_json_output(store_db, capsys, argv, kind):
    code, out, _ = run(capsys, *argv, "--db", store_db, "--json")
    assert code == 0
    value = json.loads(out)
    assert isinstance(value, kind) and value


def test_commands_stats_shows_reports_and_events(store_db, capsys):
    code, out, _ = run(capsys, "stats", "--db", store_db)
    assert code == 0
    lines = {line.split("  ")[0]: line.split()[-1] for line in out.splitlines() if "  " in line}
    assert lines["event reports (in articles)"] == "5" and lines["events (clusters across articles)"] == "3"
    assert lines["duplicate groups"] == "1"


def test_commands_tables_isolate_arabic(store_db, capsys):
    _, out, _ = run(capsys, "actors", "--db", store_db)
    assert RLI + "فلاديمير بوتين" in out
    _, out, _ = run(capsys, "search", "بوتين", "--db", store_db)
    assert RLI in out and "[" in out          # highlight markers when not a terminal
    _, out, _ = run(capsys, "events", "--db", store_db)
    assert "CONSULT" in out and "ASSAULT" in out


def test_commands_missing_store_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "stats", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such store" in err and "marsad ingest" in err


def test_commands_bad_query_is_a_usage_error(store_db, capsys):
    code, _, err = run(capsys, "search", "--db", store_db, "--", "-؟!")
    assert code == 2 and "nothing to search" in err


def test_commands_stats_failures(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text('{"id": "x"\n', encoding="utf-8")
    db = str(tmp_path / "f.db")
    run(capsys, "ingest", str(tmp_path / "bad.jsonl"), "--db", db, "--no-progress")
    code, out, _ = run(capsys, "stats", "--failures", "--db", db, "--json")
    assert code == 0 and json.loads(out)[0]["location"].endswith("bad.jsonl:1")
