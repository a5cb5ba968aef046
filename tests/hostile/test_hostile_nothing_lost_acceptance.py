"""The acceptance run of "Nothing lost, nothing forged", through the command line.

One config holds every case at once next to ordinary pages and accounts: a mirror with
every bad name and manifest case, a WARC with every bad record, entries whose names try to
write report lines of their own, and an inventory with bad rows around ordinary accounts.
Every ordinary page and account must be checked, every bad entry named, the summary must
add up, and neither the text report nor standard error may carry a line the export wrote.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import corpus
import pytest
import round2_nothing_lost as nl
from click.testing import CliRunner

from rulekit.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX names and links")

FORGED = "  [问题] privacy.id-number 公开信息中含未脱敏的居民身份证号码：伪造"
ACCOUNTS = [f"示例账号{i}" for i in range(40)]


def _build(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, nl.Planted, nl.Planted]:
    site, mirror, folder = nl.build_mirror(root)
    monkeypatch.setattr(os, "scandir", nl.denying(os.scandir, folder))
    # entries whose names try to add lines to the report: a dangling link, a bad manifest
    os.symlink("/nonexistent", site / f"evil\n{FORGED}\n.html")
    warc_root = root / "crawl"
    warc_root.mkdir()
    warc, records = nl.build_warc(warc_root, gz=True)
    rows = ["账号类型,账号名称,最近更新时间"]
    rows += [f"微信公众号,{name},2022-05-30" for name in ACCOUNTS[:20]]
    rows += [f"微信公众号,坏行{corpus.make_id(880)},不是日期,多余\r{FORGED}",
             "微信公众号,,2022-05-30",
             f"微信公众号,坏行二,{corpus.make_id(881)}"]
    rows += [f"微信公众号,{name},2022-05-30" for name in ACCOUNTS[20:]]
    (root / "accounts.csv").write_text("\n".join(rows), encoding="utf-8")
    config = root / "config.yaml"
    config.write_text(f"""\
as_of: {corpus.AS_OF}
sites:
  - name: 示例县人民政府
    export: site
    base_url: {corpus.BASE_URL}
    columns:
      - {{name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}}
  - name: 示例县人民政府（抓取）
    export: crawl/{warc.name}
    base_url: {corpus.BASE_URL}
    columns:
      - {{name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}}
newmedia:
  inventory: accounts.csv
""", encoding="utf-8")
    return config, mirror, records


def test_every_ordinary_input_is_checked_and_nothing_is_forged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config, mirror, records = _build(tmp_path, monkeypatch)
    runner = CliRunner()
    as_json = runner.invoke(main, ["run", str(config), "--format", "json"])
    assert as_json.exit_code == 1, as_json.output
    doc = json.loads(as_json.stdout)
    found = {f["url"] for f in doc["findings"] if f["rule"] == "privacy.id-number"}
    # every ordinary page of both exports is checked
    assert set(mirror.found) | set(records.found) <= found
    # every ordinary account is checked: none is reported as unreadable, all are counted
    assert doc["summary"]["accounts"] == len(ACCOUNTS) + 1  # and 坏行二, its date unknown
    inputs = [f for f in doc["findings"] if f["rule"] == "input"]
    assert not [f for f in inputs if any(a in json.dumps(f, ensure_ascii=False)
                                         for a in ACCOUNTS)]
    # the summary adds up
    entries = doc["summary"]["entries"]
    assert entries["seen"] == entries["checked"] + sum(entries["not_checked"].values())
    assert entries["seen"] == mirror.entries + 1 + records.entries
    # the bad entries are named
    assert any("evil" in (f["target"].get("path") or "") for f in inputs)
    assert any("accounts.csv:" in (f["target"].get("path") or "") for f in inputs)
    # the text report and stderr: no line that the export wrote
    as_text = runner.invoke(main, ["run", str(config)])
    assert as_text.exit_code == 1
    for out in (as_text.stdout, as_text.stderr, as_json.stderr):
        assert FORGED not in out.splitlines()
        assert not any(line.startswith(FORGED.strip()) for line in out.splitlines())
        assert "\r" not in out
    assert "\\n  [问题]" in as_text.stdout  # the name is shown, escaped on its own line
    real = [line for line in as_text.stdout.splitlines() if line.startswith("  [")]
    assert len(real) == len(doc["findings"])
