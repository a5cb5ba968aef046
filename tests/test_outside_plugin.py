"""A plugin package written outside rulekit (tests/data/outside_plugin) uses every seam in
one ``rulekit run``: a site rule with a collect step judged against the export's index, a
run fixture, a new input kind with its own config section, and a reporter writing bytes."""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulekit.cli import main

PACKAGE = Path(__file__).parent / "data" / "outside_plugin" / "src"

MESSAGES = """编号,收到时间,答复时间,页面地址
JC-001,2022-05-23,2022-05-24,http://www.example.gov.cn/a.html
JC-002,2022-05-16,2022-05-20,http://www.example.gov.cn/b.html
JC-003,2022-05-27,,http://www.example.gov.cn/c.html
,2022-05-27,,http://www.example.gov.cn/c.html
"""


@pytest.fixture
def outside(monkeypatch):
    monkeypatch.syspath_prepend(str(PACKAGE))
    yield
    for name in [n for n in sys.modules if n.startswith("rulekit_outside")]:
        del sys.modules[name]


def build(export) -> Path:
    export.page("index.html", "<a href='/zwgk/a.html'>a</a><a href='/files/rules.wps'>wps</a>"
                "<a href='/images/logo.png'>logo</a><a href='/missing.html'>gone</a>"
                "<a href='http://www.gov.cn/'>国务院</a><a href='/zwgk/a.html#top'>top</a>")
    export.page("zwgk/a.html", "<p>正文</p><a href='../files/old.doc'>旧附件</a>")
    export.page("zwgk/index.html", "<a href='a.html'>a</a>")  # the nav's /zwgk/ (a folder URL)
    export.file("site/files/rules.wps", b"\xd0\xcf\x11\xe0 not read by any reader")
    export.file("site/images/logo.png", b"\x89PNG\r\n\x1a\n")
    export.file("messages.csv", MESSAGES)
    return export.config("plugins: [rulekit_outside]\ncorrections:\n  messages: messages.csv\n")


def test_every_seam_in_one_run(export, tmp_path, outside):
    config = build(export)
    out_zip, out_json = tmp_path / "r.zip", tmp_path / "r.json"
    result = CliRunner().invoke(main, ["run", str(config), "--report", f"zipcsv:{out_zip}",
                                       "--report", f"json:{out_json}"])
    assert result.exit_code == 1, result.output + result.stderr
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    by_rule: dict[str, list[str]] = {}
    for f in doc["findings"]:
        by_rule.setdefault(f["rule"], []).append(f["message"])
    # the site rule: only the two links to nothing; the .wps and the image are in the index
    assert sorted(by_rule["outside.broken-internal"]) == [
        "网站存在错误链接：http://www.example.gov.cn/files/old.doc（导出中没有该地址）",
        "网站存在错误链接：http://www.example.gov.cn/missing.html（导出中没有该地址）"]
    # the input's rule, with the fixture: JC-002 took 4 working days, JC-003 is unanswered
    late = sorted(by_rule["outside.correction-late"])
    assert late == ["网站纠错留言JC-002于2022-05-16收到，于2022-05-20答复，用时4个工作日",
                    "网站纠错留言JC-003于2022-05-27收到，至今未答复，用时2个工作日"]
    assert any("message without an id" in m for m in by_rule["input"])  # the bad row
    assert doc["summary"]["items"] == {"message": 3}
    assert {"kind": "message", "name": "JC-001"} in doc["checked"]
    module = sys.modules["rulekit_outside"]
    assert len(module.BUILT) == 1  # the fixture: once for three messages
    with zipfile.ZipFile(out_zip) as archive:  # the binary report
        rows = list(csv.reader(io.StringIO(archive.read("findings.csv").decode("utf-8-sig"))))
        assert rows[0] == ["rule", "message", "where"]
        assert len(rows) - 1 == len(doc["findings"])
        assert "message\tJC-003" in archive.read("checked.txt").decode("utf-8")


def test_the_text_report_counts_the_new_input(export, outside):
    config = build(export)
    result = CliRunner().invoke(main, ["run", str(config), "--select", "outside"])
    assert "网站纠错留言3个" in result.output
    assert "网站纠错留言：“JC-003”" in result.output


def test_a_misspelled_section_of_the_new_input_is_named(export, outside):
    build(export)
    config = export.config("plugins: [rulekit_outside]\ncorections:\n  messages: messages.csv\n")
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == 2
    assert "unknown key 'corections' (did you mean 'corrections'?)" in result.stderr


def test_a_warc_404_is_a_broken_link_and_a_redirect_is_followed(export, tmp_path, outside):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "site.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def record(url, status, body=b"", headers=()):
            http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8"),
                                             *headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=http))

        base = "http://www.example.gov.cn/"
        record(base + "index.html", "200 OK",
               "<html><body><a href='/old.html'>旧</a><a href='/gone.html'>无</a>"
               "<a href='/moved.html'>移</a></body></html>".encode())
        record(base + "gone.html", "404 Not Found")
        record(base + "moved.html", "301 Moved Permanently", headers=[("Location", "/new.html")])
        record(base + "new.html", "200 OK", "<html><body><p>新</p></body></html>".encode())
    (tmp_path / "messages.csv").write_text(MESSAGES, encoding="utf-8")
    config = tmp_path / "warc.yaml"
    config.write_text("as_of: 2022-05-31\nsites:\n  - name: 示例\n    export: site.warc.gz\n"
                      "    base_url: http://www.example.gov.cn/\nplugins: [rulekit_outside]\n"
                      "rules:\n  select: [outside.broken-internal]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json"])
    messages = sorted(f["message"] for f in json.loads(result.stdout)["findings"])
    assert messages == ["网站存在错误链接：http://www.example.gov.cn/gone.html（HTTP 404）",
                        "网站存在错误链接：http://www.example.gov.cn/old.html（导出中没有该地址）"]
