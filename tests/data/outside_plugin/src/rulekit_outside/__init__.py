"""A province's plugin, written outside rulekit as a province would, using every seam:

- ``outside.broken-internal``: a site rule whose collect step keeps each page's in-site
  links, and whose reduce judges them against the export's index (a file no reader opens is
  not broken; a link the WARC recorded as a 404 is);
- ``corrections`` input: a CSV of 网站纠错 messages, its own config section and scope;
- ``outside.correction-late``: a rule of that scope using a run fixture (the office's
  working-day calendar, built once per run);
- the ``zipcsv`` report format: bytes (a zip holding one CSV of findings).

The other hooks are in modules of their own, each a plugin (an entry point of the package,
or a name in the config's ``plugins:`` list), so that an office loads what it needs:

- ``rulekit_outside.names``: rules made from a word list (``rulekit_collect_rules``) and a
  fixture made with them (``rulekit_collect_fixtures``);
- ``rulekit_outside.cmsdump``: the site-group CMS's JSON-lines dump (``rulekit_open_export``);
- ``rulekit_outside.csvtext``: ``.csv`` attachments (``rulekit_extract_text``);
- ``rulekit_outside.xmltable``: XML tables (``rulekit_read_table``);
- ``rulekit_outside.sscard``: social security card numbers (``rulekit_find_personal_data``);
- ``rulekit_outside.region``: the config's checks (``rulekit_configure``) and each finding's
  region (``rulekit_process_finding``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from urllib.parse import urlsplit

import rulekit
from rulekit.inputs import InputData, InputKind, Item
from rulekit.model import Target
from rulekit.report import Checked
from rulekit.values import parse_date

RULEKIT_API = "1"
BUILT: list[dt.date] = []  # how often the fixture was built, for the tests

# --------------------------------------------------------------------------- a site rule


@rulekit.rule("outside.broken-internal", title="网站存在错误链接", scope="site")
def broken_internal(site, index, collected):
    """In-site links that point to nothing the export holds, or to an error page."""
    host = urlsplit(site.base_url).netloc
    for page_url, hrefs in sorted(collected.hrefs.items()):
        for href in hrefs:
            if urlsplit(href).netloc != host:
                continue
            entry = index.resolve(href)
            if entry is None:
                yield rulekit.Problem(message=f"网站存在错误链接：{href}（导出中没有该地址）",
                                      target=Target(kind="page", site=site.name, url=page_url),
                                      key=href)
            elif not entry.ok:
                yield rulekit.Problem(message=f"网站存在错误链接：{href}（HTTP {entry.status}）",
                                      target=Target(kind="page", site=site.name, url=page_url),
                                      key=href)


@broken_internal.collect
def hrefs(page):
    return tuple(link.url for link in page.links)


# --------------------------------------------------------------------------- an input

FIELDS = {"id": ["id", "编号"], "received": ["received", "收到时间"],
          "replied": ["replied", "答复时间"], "url": ["url", "页面地址"]}


def message_item(row: dict) -> Item:
    return Item(value=row, target=Target(kind="message", name=row["id"], path=row["where"]),
                where=row["where"], checked=Checked(kind="message", name=row["id"]))


def load(ctx) -> InputData:
    messages = []
    with ctx.table(ctx.path("messages"), FIELDS) as table:
        for rec in table:
            if not rec.values.get("id"):
                table.problem(rec.where, "message without an id", "have no id")
                continue
            messages.append({"id": rec.values["id"], "where": rec.where,
                             "received": table.field(rec, "received", parse_date),
                             "replied": table.field(rec, "replied", parse_date)})
    return InputData(items=[message_item(m) for m in messages], values={"messages": messages})


CORRECTIONS = InputKind(
    section="corrections", scope="message", item="message", load=load, make_item=message_item,
    schema={"type": "object", "required": ["messages"], "additionalProperties": False,
            "properties": {"messages": {"type": "string"}}},
    paths=("messages",), values=frozenset({"messages"}), label="网站纠错留言")


@rulekit.hookimpl
def rulekit_add_inputs():
    return [CORRECTIONS]


@rulekit.fixture
def working_days(as_of):
    """Weekdays of the year before as_of (a real plugin would read the official calendar)."""
    BUILT.append(as_of)
    start = as_of - dt.timedelta(days=366)
    days = (start + dt.timedelta(days=n) for n in range(367))
    return [d for d in days if d.weekday() < 5]


@rulekit.rule("outside.correction-late", title="网站纠错留言未在1个工作日内答复",
              scope="message", options={"days": {"type": "integer", "default": 1}})
def correction_late(message, working_days, options, as_of):
    received, replied = message["received"], message["replied"]
    if received is None:
        return
    end = replied or as_of
    taken = sum(1 for d in working_days if received < d <= end)
    if taken > options["days"]:
        state = f"于{replied.isoformat()}答复" if replied else "至今未答复"
        yield f"网站纠错留言{message['id']}于{received.isoformat()}收到，{state}，用时{taken}个工作日"


# --------------------------------------------------------------------------- a reporter


class ZipCsvReporter:
    """Findings as one CSV inside a zip: a binary format."""

    def write(self, report, out):
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(["rule", "message", "where"])
        for f in report.findings:
            writer.writerow([f.rule, f.message, f.target.url or f.target.path or ""])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("findings.csv", text.getvalue().encode("utf-8-sig"))
            archive.writestr("checked.txt", "\n".join(
                f"{c.kind}\t{c.name}" for c in report.checked).encode("utf-8"))
        out.write(buffer.getvalue())


@rulekit.hookimpl
def rulekit_reporters():
    return {"zipcsv": ZipCsvReporter}
