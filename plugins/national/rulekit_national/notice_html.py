"""``--format html``: one self-contained page for the inspecting office: the figures as a
notice gives them, every verdict, every finding grouped by site or account and by rule
(evidence masked, as everywhere), what a review set aside, and filters by rule, severity
and verdict.

Nothing is loaded from the network when it is opened: styles and script are inline and the
page's Content-Security-Policy forbids every other source, so a report opened on an
office's offline machine looks the same, and a hostile page's text can load nothing. Every
text is escaped; only ``http(s)`` addresses become links. The filters live in the address's
``#`` part (``report.html#rule=privacy.id-number&verdict=fail``), so a filtered view can be
sent to a colleague, and the page reads the same without script.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from itertools import groupby
from typing import BinaryIO

import rulekit
from rulekit.model import Finding
from rulekit.redact import unsurrogated
from rulekit.report import Report, Verdict
from rulekit.reporters import verdict_lines
from rulekit_national import annex

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")
OUTCOME = {"fail": "不合格", "uncertain": "不确定", "pass": "合格"}

STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;
color:#222;line-height:1.5}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f2f2f2}.fail{color:#b00020;font-weight:bold}.uncertain{color:#a15c00}
.pass{color:#1b7a1b}.filters{background:#f7f7f7;padding:8px;border:1px solid #ddd;
position:sticky;top:0}.filters label{margin-right:16px}.evidence{color:#555;font-size:12px;
word-break:break-all}.hidden{display:none}.mark{color:#a15c00;font-size:12px}
"""

SCRIPT = """
(function () {
  var ids = {rule: "f-rule", severity: "f-severity", verdict: "f-verdict"};
  function current() {
    var out = {};
    Object.keys(ids).forEach(function (k) { out[k] = document.getElementById(ids[k]).value; });
    return out;
  }
  function apply() {
    var f = current(), shown = 0;
    document.querySelectorAll("section.target").forEach(function (sec) {
      var any = false;
      var okVerdict = !f.verdict || sec.dataset.verdict === f.verdict;
      sec.querySelectorAll("tr.finding").forEach(function (tr) {
        var ok = okVerdict && (!f.rule || tr.dataset.rule === f.rule) &&
                 (!f.severity || tr.dataset.severity === f.severity);
        tr.classList.toggle("hidden", !ok);
        if (ok) { any = true; shown += 1; }
      });
      sec.querySelectorAll("div.rule").forEach(function (div) {
        div.classList.toggle("hidden", !div.querySelector("tr.finding:not(.hidden)"));
      });
      sec.classList.toggle("hidden", !any && !(okVerdict && !f.rule && !f.severity));
    });
    document.querySelectorAll("tr.verdict").forEach(function (tr) {
      tr.classList.toggle("hidden", !!f.verdict && tr.dataset.verdict !== f.verdict);
    });
    document.getElementById("shown").textContent = String(shown);
    var parts = [];
    Object.keys(f).forEach(function (k) { if (f[k]) parts.push(k + "=" + encodeURIComponent(f[k])); });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname);
  }
  function fromHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var kv = part.split("="), el = ids[kv[0]] && document.getElementById(ids[kv[0]]);
      if (el && kv.length === 2) { el.value = decodeURIComponent(kv[1]); }
    });
  }
  Object.keys(ids).forEach(function (k) {
    document.getElementById(ids[k]).addEventListener("change", apply);
  });
  fromHash();
  apply();
  document.body.dataset.ready = "1";
})();
"""


def e(value: object) -> str:
    """Text as HTML, escaped (quotes too: it also fills attributes)."""
    return html.escape(unsurrogated("" if value is None else str(value)), quote=True)


def link(url: str | None) -> str:
    """An address: a link when it is http(s), else text (never ``javascript:``)."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return f'<a href="{e(url)}" rel="noopener noreferrer" target="_blank">{e(url)}</a>'
    return e(url)


class HtmlReporter:
    """The report as one self-contained HTML page."""

    def write(self, report: Report, out: BinaryIO) -> None:
        out.write("".join(self.parts(report)).encode("utf-8"))

    def parts(self, report: Report) -> Iterable[str]:
        run = report.summary
        yield ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
               f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
               '<meta name="viewport" content="width=device-width, initial-scale=1">'
               "<title>政府网站与政务新媒体检查报告</title>"
               f"<style>{STYLE}</style></head><body>\n")
        yield "<h1>政府网站与政务新媒体检查报告</h1>\n"
        yield (f"<p>监测时间点：{e(run.as_of.isoformat())}；共检查网站{len(run.sites)}个、页面"
               f"{run.pages}个、附件{run.attachments}个；发现问题{len(report.findings)}项。</p>\n")
        if report.verdicts:
            yield "<h2>检查结果</h2>\n<ul>"
            for count in verdict_lines.counts(report):
                yield f"<li>{e(count.sentence())}</li>"
            yield "</ul>\n"
        yield from self.filters(report)
        if report.verdicts:
            yield from self.verdicts(report.verdicts, report)
        yield from self.findings(report)
        yield from self.set_aside(report)
        line = annex.history_line(report)
        if line:
            yield f"<h2>与上次检查相比</h2>\n<p>{e(line)}。</p>\n"
            if report.fixed:
                yield ("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in
                                                     annex.FIXED_HEAD) + "</tr></thead><tbody>")
                for row in annex.fixed_rows(report):
                    yield "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                yield "</tbody></table>\n"
        for note in report.notes:
            yield f"<p>{e(note)}</p>\n"
        yield f"<script>{SCRIPT}</script>\n</body></html>\n"

    def filters(self, report: Report) -> Iterable[str]:
        rules = sorted({f.rule for f in report.findings})
        titles = {f.rule: f.title for f in report.findings}
        yield '<div class="filters">'
        yield '<label>规则 <select id="f-rule"><option value="">全部</option>'
        for r in rules:
            yield f'<option value="{e(r)}">{e(r)} {e(titles.get(r, ""))}</option>'
        yield "</select></label>"
        yield ('<label>级别 <select id="f-severity"><option value="">全部</option>'
               '<option value="error">问题</option><option value="warning">提示</option>'
               '<option value="info">信息</option></select></label>')
        yield ('<label>结论 <select id="f-verdict"><option value="">全部</option>'
               '<option value="fail">不合格</option><option value="uncertain">不确定</option>'
               '<option value="pass">合格</option></select></label>')
        yield '显示问题 <span id="shown">0</span> 项</div>\n'

    def verdicts(self, verdicts: list[Verdict], report: Report) -> Iterable[str]:
        yield ("<h2>各网站和账号的结论</h2>\n<table><thead><tr><th>类型</th><th>名称</th>"
               "<th>结论</th><th>得分</th><th>存在问题或缺少的证据</th></tr></thead><tbody>")
        order = {"fail": 0, "uncertain": 1, "pass": 2}
        for v in sorted(verdicts, key=lambda v: (order[v.outcome], v.kind != "site")):
            name = f"{v.platform}“{v.name}”" if v.platform else v.name
            why = "；".join(v.problems or v.needed)
            score = "" if v.score is None else f"{v.score:g}"
            yield (f'<tr class="verdict" data-verdict="{e(v.outcome)}">'
                   f"<td>{e(verdict_lines.label_of(report, v.kind))}</td><td>{e(name)}</td>"
                   f'<td class="{e(v.outcome)}">{e(v.label)}</td><td>{e(score)}</td>'
                   f"<td>{e(why)}</td></tr>")
        yield "</tbody></table>\n"

    def findings(self, report: Report) -> Iterable[str]:
        outcome = {(v.kind, v.platform or "", v.name): v.outcome for v in report.verdicts}
        yield "<h2>问题清单</h2>\n"

        def key(f: Finding) -> tuple[str, str]:
            return (annex.area_of(f), annex.owner_of(f))

        areas = {"政府网站": 0, "政务新媒体": 1}
        for (area, owner), group in groupby(sorted(report.findings, key=lambda f: (
                areas.get(annex.area_of(f), 2), *key(f), f.rule, f.target.url or "")), key=key):
            items = list(group)
            t = items[0].target
            verdict = outcome.get(("site", "", t.site or "")) if area == "政府网站" else \
                outcome.get((t.kind, t.platform or "", t.name or ""))
            label = OUTCOME.get(verdict or "", "")
            yield (f'<section class="target" data-verdict="{e(verdict or "")}">'
                   f"<h3>{e(area)}：{e(owner)}（{len(items)}项"
                   f'{"，" + label if label else ""}）</h3>\n')
            for rule, in_rule in groupby(items, key=lambda f: f.rule):
                rows = list(in_rule)
                yield (f'<div class="rule"><h4>{e(rule)} {e(rows[0].title)}（{len(rows)}项）</h4>'
                       "<table><thead><tr><th>问题</th><th>位置</th><th>证据</th></tr></thead>"
                       "<tbody>")
                for f in rows:
                    mark = report.marks.get(f.fingerprint)
                    again = (f'<div class="mark">{e(mark.label)}</div>'
                             if mark is not None and mark.status != "new" else "")
                    parent = (f"<div>所在页面：{link(f.target.parent_url)}</div>"
                              if f.target.parent_url else "")
                    where = link(f.target.url) if f.target.url else e(f.target.path or "")
                    yield (f'<tr class="finding" data-rule="{e(f.rule)}" '
                           f'data-severity="{e(f.severity)}"><td>{e(f.message)}{again}</td>'
                           f'<td>{where}{parent}</td><td class="evidence">{e(f.evidence)}</td>'
                           "</tr>")
                yield "</tbody></table></div>\n"
            yield "</section>\n"

    def set_aside(self, report: Report) -> Iterable[str]:
        if not report.set_aside:
            return
        yield (f"<h2>已核减（{len(report.set_aside)}项）</h2>\n<table><thead><tr><th>对象</th>"
               "<th>规则</th><th>问题</th><th>核减类型</th><th>理由</th><th>有效至</th>"
               "</tr></thead><tbody>")
        for a in report.set_aside:
            yield (f"<tr><td>{e(annex.owner_of(a.finding))}</td><td>{e(a.finding.rule)}</td>"
                   f"<td>{e(a.finding.message)}</td><td>{e(a.status)}</td><td>{e(a.reason)}</td>"
                   f"<td>{e(a.expires.isoformat() if a.expires else '')}</td></tr>")
        yield "</tbody></table>\n"


@rulekit.hookimpl
def rulekit_reporters() -> dict[str, type[HtmlReporter]]:
    return {"html": HtmlReporter}
