"""Shared fixtures: write a small export and a config to a temporary folder, run, inspect."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from rulekit.config import load
from rulekit.engine import Engine, RunResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "real"
#: The base URL of the generated portal (:func:`portal`).
PORTAL_URL = "http://www.example.gov.cn/"


def page_html(body: str, *, title: str = "示例页面", meta: dict[str, str] | None = None,
              charset: str = "utf-8") -> str:
    """A government-looking page: national metas, header navigation, body, and a footer with
    the identifiers the guideline asks for (its links lead to the home page, the badge's to
    conac.cn; the navigation's pages are not in the export: tests that expect no other
    finding write what it links to, or leave the links rules out)."""
    metas = "\n".join(f'<meta name="{k}" content="{v}">' for k, v in (meta or {}).items())
    return textwrap.dedent(f"""\
        <!DOCTYPE html>
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset={charset}">
        <meta name="SiteName" content="示例县人民政府">
        <meta name="SiteDomain" content="www.example.gov.cn">
        <meta name="SiteIDCode" content="3609220001">
        {metas}
        <title>{title}</title>
        <script>var _hmt = _hmt || []; (function(){{ var hm = 1; }})();</script>
        </head><body>
        <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
        <div class="content">{body}</div>
        <div class="footer"><a href="/index.html">网站地图</a> <a href="/index.html">联系我们</a>
        主办单位：示例县人民政府办公室 网站标识码：3609220001
        赣ICP备05001612号 赣公网安备 36092202000123号
        <a href="https://bszs.conac.cn/sitename?method=show&amp;id=1">党政机关</a>
        <script id="_jiucuo_" sitecode="3609220001"
        src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
        </body></html>""")


#: The site-wide rules, which judge a whole export (its links, its page templates): a test
#: about what rulekit makes of one page's content leaves them out.
SITE_WIDE = ["links", "site.footer-identifiers", "site.page-metadata", "site.home-stale",
             "columns", "policy"]
#: The same, as a config's lines (a two-page export is no site to judge its columns by).
IGNORE_SITE_WIDE = "rules:\n  ignore: [" + ", ".join(SITE_WIDE) + "]\n"
#: The meta tags the guideline asks of a column's page (besides every page's).
COLUMN_META = {"ColumnName": "政务公开", "ColumnDescription": "示例县人民政府政务公开",
               "ColumnKeywords": "政务公开", "ColumnType": "政务公开"}


class Export:
    """A mirror export under construction plus the config that points at it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site = root / "site"
        self.site.mkdir(parents=True, exist_ok=True)
        self.extra_config = ""

    def page(self, rel: str, body: str, *, encoding: str = "utf-8", **kw) -> Path:
        charset = "gb2312" if encoding in {"gbk", "gb2312", "gb18030"} else encoding
        path = self.site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page_html(body, charset=charset, **kw).encode(encoding))
        return path

    def navigation(self) -> None:
        """The pages every page's navigation and footer link to, as a compliant site has
        them: the home page and the 政务公开 column page, with the column's meta tags."""
        self.page("index.html", "<p>首页</p>")
        self.page("zwgk/index.html", "<p>政务公开</p>", meta=COLUMN_META)

    def file(self, rel: str, data: bytes | str, encoding: str = "utf-8") -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        return path

    def config(self, text: str = "") -> Path:
        body = textwrap.dedent("""\
            as_of: 2022-05-31
            sites:
              - name: 示例县人民政府
                export: site
                base_url: http://www.example.gov.cn/
                columns:
                  - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}
                  - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}
            """) + textwrap.dedent(text)
        path = self.root / "config.yaml"
        path.write_text(body, encoding="utf-8")
        return path

    def run(self, text: str = "", **engine_kw) -> RunResult:
        path = self.config(text)
        return Engine(load(path), **engine_kw).run()


@pytest.fixture
def export(tmp_path: Path) -> Export:
    return Export(tmp_path)


@pytest.fixture
def findings_of() -> Callable[[RunResult, str], list]:
    def pick(result: RunResult, rule: str) -> list:
        return [f for f in result.findings if f.rule == rule]

    return pick


@pytest.fixture(scope="session")
def portal(tmp_path_factory) -> Path:
    """A generated county portal (``portal/site``, 90 pages with their attachments): GBK
    pages, tables, attachments, planted problems. Shared: a test that changes it copies it."""
    root = tmp_path_factory.mktemp("portal")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from sitegen import generate_site

    generate_site(root / "site", 90, seed=11, base_url=PORTAL_URL, gbk_fraction=0.2,
                  with_problems=True, page_kb=(4, 20))
    return root


def portal_config(export: Path) -> str:
    """A config for the generated portal at ``export`` (a folder or a WARC)."""
    return (f"as_of: 2022-05-31\nsites:\n  - name: 示例县人民政府\n    export: {export}\n"
            f"    base_url: {PORTAL_URL}\n    columns:\n"
            '      - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}\n'
            '      - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}\n')
