"""The CLI through its real entry point."""
import json
import subprocess
import sys

import pytest

from marsad.cli import main

AR = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الأزمة."


def test_cli_analyze_json_single(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(f"عنوان الخبر\n\n{AR}\n{AR}", encoding="utf-8")
    assert main(["analyze", "--json", "--published", "2021-04-19", str(p)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["title"] == "عنوان الخبر" and rec["published"] == "2021-04-19"


def test_cli_analyze_jsonl_outputs_lines_in_order(tmp_path, capsys):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": AR}, ensure_ascii=False) for i in ("a", "b", "c")), encoding="utf-8")
    assert main(["analyze", "--json", str(p)]) == 0
    out = capsys.readouterr().out.strip().split("\n")
    assert [json.loads(x)["id"] for x in out] == ["a", "b", "c"]


def test_cli_errors_are_one_line_and_exit_nonzero(tmp_path, capsys):
    good = tmp_path / "g.txt"
    good.write_text(AR, encoding="utf-8")
    empty = tmp_path / "e.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["analyze", "--json", str(good), str(empty), str(tmp_path / "missing.txt")]) == 1
    cap = capsys.readouterr()
    errs = [l for l in cap.err.splitlines() if l.startswith("marsad: error")]
    assert len(errs) == 2 and "empty" in errs[0] and "no such file" in errs[1]
    assert len(cap.out.strip().splitlines()) == 1


def test_cli_bad_published_is_usage_error(tmp_path, capsys):
    p = tmp_path / "g.txt"
    p.write_text(AR, encoding="utf-8")
    assert main(["analyze", "--published", "yesterday-ish", str(p)]) == 2


def test_cli_summary_shows_title_and_removed(seed_path, capsys):
    assert main(["analyze", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "الكرملين يكشف" in out and "[masthead]" in out and "[related]" in out


def test_cli_console_script_stdin():
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", "--json", "-"], input=AR.encode(),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == AR


def test_cli_eval_records_part_keeps_the_check_articles_out_of_sight(capsys, shared_dir):
    # designing rules on the tuning part only: --part tune prints no check scores or documents
    from marsad.evaluation.clean import split_of
    from marsad.evaluation.records import record_gold_dir

    assert main(["eval", "records", "--profile", "fast", "--part", "tune", "--json", "--errors"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["scores"]) == {"tune"}
    tune_ids = {p.name[len("ant__"):-len(".json")] for p in record_gold_dir().glob("ant__*.json")
                if split_of(p.name[len("ant__"):-len(".json")]) == "tune"}
    assert set(out["docs"]) == tune_ids and out["scores"]["tune"]["docs"] == len(tune_ids)


def test_cli_summary_lists_events_with_no_actor_apart(tmp_path, capsys):
    # (a corpus sentence, JA-internationalNews-653-20170403, shortened: nobody named on either side)
    p = tmp_path / "blast.txt"
    p.write_text("قتل 10 أشخاص وأصيب 20 آخرون بجروح، في تفجير استهدف محطة مترو، اليوم الاثنين.\n", encoding="utf-8")
    assert main(["analyze", "--json", str(p)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert not rec["events"] and [e["type"] for e in rec["unattributed_events"]] == ["ASSAULT"]
    assert main(["analyze", str(p)]) == 0
    out = capsys.readouterr().out
    assert "Events with no actor named" in out and "ASSAULT" in out
