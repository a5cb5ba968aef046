"""`rulekit test`: annotated fixtures report what was missed and what was found wrongly."""

from __future__ import annotations

from click.testing import CliRunner

from rulekit.cli import main
from rulekit.fixtures import FixtureError, parse

ID = "110105199003071239"
PAGE = """<html><head><meta charset="utf-8">{annotations}</head>
<body><div class="content"><p>当事人：张某，身份证号码：{number}</p></div></body></html>"""


def write(tmp_path, name, annotations, number=ID, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(PAGE.format(annotations=annotations, number=number).encode(encoding))
    return path


def test_parse_annotations():
    fx = parse(b"<!-- rulekit: expect privacy.id-number 2 --><!-- rulekit: ok privacy.address -->"
               b"<!-- rulekit: url http://x.gov.cn/a/t1.html --><!-- rulekit: column penalty -->"
               b"<!-- rulekit: as_of 2020-01-01 -->")
    assert fx.expect == {"privacy.id-number": 2} and fx.ok == {"privacy.address"}
    assert fx.url == "http://x.gov.cn/a/t1.html" and fx.column_type == "penalty"
    assert str(fx.as_of) == "2020-01-01"


def test_bad_annotation_is_an_error():
    try:
        parse(b"<!-- rulekit: expcet privacy.id-number -->")
    except FixtureError as exc:
        assert "expcet" in str(exc)
    else:
        raise AssertionError("no error")


def test_reports_missed_and_wrongly_found(tmp_path):
    write(tmp_path, "good.html", "<!-- rulekit: expect privacy.id-number -->")
    write(tmp_path, "missed.html", "<!-- rulekit: expect privacy.id-number -->",
          number="110105********1239")
    write(tmp_path, "wrong.html", "<!-- rulekit: ok privacy.id-number -->", encoding="gbk")
    result = CliRunner().invoke(main, ["test", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("missed.html: missed privacy.id-number: expected at least 1, found 0" in line
               for line in lines)
    assert any("wrong.html: found privacy.id-number wrongly" in line for line in lines)
    assert ID not in result.output
    assert lines[-1] == "3 fixtures, 3 checks: 1 passed, 2 failed"


def test_no_fixtures_exit_2(tmp_path):
    (tmp_path / "plain.html").write_text("<p>x</p>", encoding="utf-8")
    result = CliRunner().invoke(main, ["test", str(tmp_path)])
    assert result.exit_code == 2 and "no annotated fixtures" in result.output


def test_as_of_annotation_moves_the_monitoring_point(tmp_path):
    born_2023 = "110105202301011239"
    write(tmp_path, "a.html", "<!-- rulekit: as_of 2022-05-31 --><!-- rulekit: ok privacy.id-number -->",
          number=born_2023)
    write(tmp_path, "b.html", "<!-- rulekit: as_of 2024-01-01 --><!-- rulekit: expect privacy.id-number -->",
          number=born_2023)
    result = CliRunner().invoke(main, ["test", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_rulekit_test_and_explain_work_without_pytest_installed(tmp_path):
    """An office's install has no pytest: only rulekit.testing may need it."""
    import subprocess
    import sys

    write(tmp_path, "a.html", "<!-- rulekit: expect privacy.id-number -->")
    code = ("import sys; sys.modules['pytest'] = None\n"
            "from rulekit.cli import main\n"
            "main(['test', sys.argv[1]])")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "1 passed, 0 failed" in proc.stdout
    code = ("import sys; sys.modules['pytest'] = None\n"
            "from rulekit.cli import main\n"
            "main(['explain', 'privacy.id-number'])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
