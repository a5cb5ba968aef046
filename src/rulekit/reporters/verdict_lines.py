"""The verdicts as a notice words them: per kind, how many were checked and passed and the
pass rate to two decimals (检查609个，合格608个，合格率99.84%), then the failed ones with
their main problems, and the uncertain ones with what would decide them. Shared by the text
and Markdown reports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rulekit.redact import printable as p
from rulekit.report import Report, Verdict

#: the heading of the counts
COUNTS = "检查结果"
#: what a notice calls a site; other kinds take their input's label (政务新媒体账号)
SITE_LABEL = "政府网站"


@dataclass(frozen=True)
class KindCount:
    """The verdicts of one kind of target."""

    kind: str
    label: str
    checked: int
    passed: int
    failed: int
    uncertain: int

    @property
    def rate(self) -> float | None:
        """Passed over decided (uncertain ones are not counted either way), in percent."""
        decided = self.passed + self.failed
        return 100.0 * self.passed / decided if decided else None

    def sentence(self) -> str:
        text = f"检查{self.label}{self.checked}个，合格{self.passed}个，不合格{self.failed}个"
        if self.uncertain:
            text += f"，不确定{self.uncertain}个（证据不足，未计入合格率）"
        if self.rate is not None:
            text += f"，合格率{self.rate:.2f}%"
        return text


def label_of(report: Report, kind: str) -> str:
    return SITE_LABEL if kind == "site" else report.summary.labels.get(kind, kind)


def counts(report: Report) -> list[KindCount]:
    """One count per kind of target judged, sites first."""
    kinds = sorted({v.kind for v in report.verdicts}, key=lambda k: (k != "site", k))
    out = []
    for kind in kinds:
        mine = [v for v in report.verdicts if v.kind == kind]
        out.append(KindCount(kind, label_of(report, kind), len(mine),
                             sum(v.outcome == "pass" for v in mine),
                             sum(v.outcome == "fail" for v in mine),
                             sum(v.outcome == "uncertain" for v in mine)))
    return out


def target_name(v: Verdict) -> str:
    """A target as the notices name it: 微信订阅号“宜川县公安局”, “渭南市财政局”网."""
    return f"{p(v.platform)}“{p(v.name)}”" if v.platform else f"“{p(v.name)}”"


def lines(report: Report) -> Iterator[tuple[str, list[str]]]:
    """Headings with their items: the counts, the failed per kind, the uncertain."""
    if not report.verdicts:
        return
    yield COUNTS, [c.sentence() for c in counts(report)]
    for c in counts(report):
        failed = [v for v in report.verdicts if v.kind == c.kind and v.outcome == "fail"]
        if failed:
            yield f"不合格{c.label}（{len(failed)}个）", [
                f"{target_name(v)}：{p('；'.join(v.problems) or v.label)}" for v in failed]
    unsure = [v for v in report.verdicts if v.outcome == "uncertain"]
    if unsure:
        yield f"不确定（{len(unsure)}个，证据不足，补充后再判定）", [
            f"{label_of(report, v.kind)}{target_name(v)}：{p('；'.join(v.needed))}"
            for v in unsure]
