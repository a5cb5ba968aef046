"""No output format re-leaks personal data or reveals the machine it runs on.

One fixed export holds personal data in every place a report could echo it from: pages, a
GBK page, a .docx attachment, a penalty decision with a detailed address, a mobile number,
table rows and broken files whose error messages quote their content. Every report format the
plugin manager knows (a format added later joins automatically) is run through the CLI to a
file and to standard output, and neither the reports nor standard error nor the log may hold
an unmasked number or address in any spelling.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
import unicodedata
from pathlib import Path

import corpus
import pytest
from click.testing import CliRunner

from rulekit.cli import main
from rulekit.config import Config
from rulekit.engine import Engine
from rulekit.outputs import reporters

FORMATS = sorted(reporters(Engine(Config(path=None, as_of=dt.date(2022, 5, 31),
                                         as_of_given=True)).pm))
IDS = [corpus.make_id(n) for n in range(200, 212)]
DETAIL = "城北村三组12号"  # the part of corpus.ADDRESS below the township


def _docx_with(text: str) -> bytes:
    return corpus.make_docx(text)


def _build(root: Path, *, with_leaky_targets: bool = False) -> Path:
    """The export with personal data everywhere; ``with_leaky_targets`` adds the cases whose
    raw data sits in a finding's target (a URL, an account name), not in its message."""
    site = root / "site"
    pen = site / "zwgk" / "xzcf"
    pen.mkdir(parents=True)
    a, b, c, d, e, f, g, h, i, j, k, m = IDS
    full = c.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    (pen / "d1.html").write_text(corpus.page(
        f"<h1>行政处罚决定书</h1><p>当事人：李某，身份证号码：{a}，联系电话：{corpus.MOBILE}，"
        f"住址：{corpus.ADDRESS}。</p><table><tr><td>{b}</td><td>{corpus.MOBILE}</td></tr>"
        f"</table><p>身份证：{full}；{d[:6]} {d[6:14]} {d[14:]}</p>", column="行政处罚"),
        encoding="utf-8")
    (pen / "gbk.html").write_bytes(corpus.page(
        f"<p>当事人：王某，身份证号码：{e}，手机{corpus.MOBILE}</p>", charset="gbk").encode("gbk"))
    (pen / "decision.docx").write_bytes(_docx_with(f"身份证号码：{f} 电话：{corpus.MOBILE}"))
    # broken files whose error messages may quote their content
    (pen / "broken.docx").write_bytes(corpus.make_zip({
        "[Content_Types].xml": corpus.CONTENT_TYPES,
        "word/document.xml": f'<w:document xmlns:w="{corpus.W_NS}"><w:body><x{g}>{g}</y{g}>'
                             "</w:body></w:document>"}))
    (pen / "enc.docx").write_bytes(b"PK\x03\x04" + h.encode() * 10)
    (site / "mixed.html").write_bytes(corpus.page(f"<p>{i}</p>").encode()
                                      + f"<p>{i}张</p>".encode("gbk") + b"\xff")
    (site / "manifest.jsonl").write_text(f'{{"path": "x.html", "title": {j}}}\n{{{j}\n',
                                         encoding="utf-8")
    rows = ["账号类型,账号名称,最近更新时间",
            f"微信公众号,示例发布,2022-05-30,{k},{corpus.MOBILE}",   # surplus cells echoed
            f"微信公众号,示例发布2,{k}",                               # a date that is an ID
            "微信公众号,示例发布3,2022-05-30"]
    if with_leaky_targets:
        rows.append(f"微信公众号,张三{m}的账号,2022-01-01")  # silent: its name is reported
        (pen / f"{m}.html").write_text(corpus.page(corpus.person(250)), encoding="utf-8")
    (root / "accounts.csv").write_text("\n".join(rows), encoding="utf-8")
    return corpus.write_config(root, extra="newmedia:\n  inventory: accounts.csv\n")


def _leaks(text: str, secrets: list[str]) -> list[str]:
    """Which secrets ``text`` holds in any spelling: as is, full-width, unescaped, NFKC,
    with spaces and dashes stripped."""
    plain = unicodedata.normalize("NFKC", html.unescape(text))
    squashed = re.sub(r"[\s\-\u00a0]", "", plain)
    found = []
    for secret in secrets:
        if any(v in text for v in corpus.variants(secret)) or secret in plain \
                or secret in squashed:
            found.append(secret)
    return found


SECRETS = IDS + [corpus.MOBILE]


def _run_all(config: Path, fmt: str, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / f"report.{fmt}"
    runner = CliRunner()
    to_file = runner.invoke(main, ["run", str(config), "--format", fmt, "--output", str(out)])
    to_stdout = runner.invoke(main, ["run", str(config), "--format", fmt])
    assert to_file.exit_code in (1, 3), to_file.output
    assert to_stdout.exit_code == to_file.exit_code
    return {"report file": corpus.report_text(out.read_bytes()),
            "stdout": corpus.report_text(to_stdout.stdout_bytes),
            "stderr (file run)": to_file.stderr,
            "stderr (stdout run)": to_stdout.stderr}


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_output_format_re_leaks_personal_data(tmp_path: Path, fmt: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    config = _build(tmp_path)
    with caplog.at_level(logging.DEBUG):
        outputs = _run_all(config, fmt, tmp_path)
    outputs["log"] = "\n".join(r.getMessage() for r in caplog.records)
    leaks = {where: _leaks(text, SECRETS) for where, text in outputs.items()}
    assert leaks == {where: [] for where in outputs}
    report = outputs["report file"]
    # and the report is not empty of what matters: the masked numbers are all there
    for number in IDS[:6]:
        assert corpus.masked(number) in unicodedata.normalize("NFKC", report), number


@pytest.mark.parametrize("fmt", FORMATS)
def test_ids_in_urls_and_account_names_are_masked_too(tmp_path: Path, fmt: str) -> None:
    config = _build(tmp_path, with_leaky_targets=True)
    outputs = _run_all(config, fmt, tmp_path)
    leaks = {where: _leaks(text, SECRETS) for where, text in outputs.items()}
    assert leaks == {where: [] for where in outputs}


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_output_format_re_leaks_a_detailed_address(tmp_path: Path, fmt: str) -> None:
    outputs = _run_all(_build(tmp_path), fmt, tmp_path)
    leaks = {where: _leaks(text, [DETAIL]) for where, text in outputs.items()}
    assert leaks == {where: [] for where in outputs}


def test_json_report_reveals_no_home_directory_beyond_the_given_paths(tmp_path: Path) -> None:
    config = _build(tmp_path)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json",
                                       "--output", str(out), "-p", "rulekit_national.privacy"])
    assert result.exit_code in (1, 3)
    report = out.read_text(encoding="utf-8")
    # what the user gave (the config and the export below its folder) may be named ...
    report = report.replace(str(tmp_path.resolve()), "<given>").replace(str(tmp_path),
                                                                        "<given>")
    # ... and nothing else of the machine: its home, the interpreter, the installed packages
    home = str(Path.home())
    if home not in ("/", ""):
        assert home not in report
    import rulekit

    assert str(Path(rulekit.__file__).parent) not in report
    assert "site-packages" not in report and "Traceback" not in report
