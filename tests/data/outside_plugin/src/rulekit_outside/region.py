"""The province office's own handling of a run: what a config must say, and what each finding
carries into the office's report.

``rulekit_configure`` refuses, before anything is read, a config the province's inspection
cannot accept: no monitoring point (as_of), a site outside the government domain
(.gov.cn), or a 网站纠错 deadline over the national three working days.

``rulekit_process_finding`` adds the region (行政区划) of each finding's site, from the
province's table of its sites (``regions.tsv``), and drops the findings the province does
not count: ``downloads.formats`` on 政策解读 pages (the CMS files them in the policy column,
but an interpretation is not a policy document).

``rulekit_column_types`` names the province's own column type: pages whose ColumnName or
ColumnType meta says 政策解读 are ``interpretation`` pages, whatever the URL.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import urlsplit

import rulekit

RULEKIT_API = "1"
TABLE = Path(__file__).with_name("regions.tsv")
#: the national deadline for answering a 网站纠错 message, in working days
MAX_REPLY_DAYS = 3
INTERPRETATION = "/zwgk/zcjd/"


def read_regions(path: Path) -> dict[str, tuple[str, str]]:
    regions = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            host, name, code = line.split("\t")
            regions[host.strip().lower()] = (name.strip(), code.strip())
    return regions


REGIONS = read_regions(TABLE)


@rulekit.hookimpl
def rulekit_configure(config):
    if config.path is None:
        return  # rulekit rules / explain / test: no config file, nothing to check
    if not config.as_of_given:
        raise rulekit.ConfigError(f"{config.path}: 省级检查须在配置中写明监测时间点 as_of"
                                  "（例如 as_of: 2022-05-31），以便复核时得到相同结果")
    for site in config.sites:
        host = urlsplit(site.base_url).hostname or ""
        if not host.endswith(".gov.cn"):
            raise rulekit.ConfigError(
                f"{site.where or config.path}: 网站“{site.name}”的地址{site.base_url}不是政府网站"
                "域名（应以.gov.cn结尾，见国办发〔2017〕47号）")
    days = config.rules_options.get("outside.correction-late", {}).get("days")
    if days is not None and days > MAX_REPLY_DAYS:
        raise rulekit.ConfigError(
            f"{config.where('rules', 'options', 'outside.correction-late')}: 网站纠错留言答复时限"
            f"不得超过{MAX_REPLY_DAYS}个工作日（outside.correction-late的days为{days}）")


def _host(finding, config) -> str | None:
    if finding.target.url:
        return (urlsplit(finding.target.url).hostname or "").lower()
    site = next((s for s in config.sites if s.name == finding.target.site), None)
    return (urlsplit(site.base_url).hostname or "").lower() if site else None


@rulekit.hookimpl
def rulekit_process_finding(report, config):
    f = report.finding
    if f.rule == "downloads.formats" and INTERPRETATION in (f.target.url or ""):
        report.drop()  # 政策解读 pages are not policy documents here
        return
    region = REGIONS.get(_host(f, config) or "")
    if region is not None:
        name, code = region
        report.finding = dataclasses.replace(
            f, details={**f.details, "region": name, "region_code": code})


@rulekit.hookimpl
def rulekit_column_types() -> dict[str, tuple[str, ...]]:
    return {"interpretation": ("政策解读", "图文解读", "解读")}


#: ``region_summary:``, the province's own config section: the heading of its per-region line
REGION_SUMMARY = {"type": "object", "additionalProperties": False,
                  "properties": {"heading": {"type": "string", "minLength": 1}}}


@rulekit.hookimpl
def rulekit_config_sections():
    return {"region_summary": REGION_SUMMARY}


@rulekit.hookimpl(trylast=True)  # after the national judge: its verdicts are there to count
def rulekit_judge_report(report, config):
    """The province's notice counts its failed sites per region (行政区划) as well."""
    section = config.sections.get("region_summary")
    if section is None:
        return
    hosts = {s.name: (urlsplit(s.base_url).hostname or "").lower() for s in config.sites}
    counts: dict[str, list[int]] = {}
    for v in report.verdicts:
        if v.kind != "site":
            continue
        region = REGIONS.get(hosts.get(v.name, ""), ("未知地区", ""))[0]
        tally = counts.setdefault(region, [0, 0])
        tally[0] += 1
        tally[1] += v.outcome == "fail"
    lines = "；".join(f"{r}网站{n}个，不合格{bad}个" for r, (n, bad) in sorted(counts.items()))
    report.notes.append(f"{section.get('heading', '分地区情况')}：{lines}")
