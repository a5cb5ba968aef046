"""A labelled passage as the data files write it, and how it becomes a JSON line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from numbers_ import Values

RULES = ("privacy.id-number", "privacy.phone", "privacy.bank-account", "privacy.address")
PENALTY_URL = "http://www.example.gov.cn/zwgk/xzcf/202205/t20220512_{n}.html"
OTHER_URL = "http://www.example.gov.cn/zwgk/tzgg/202205/t20220512_{n}.html"
ATTACHMENT_URL = "http://www.example.gov.cn/zwgk/xzcf/202205/P020220512{n:06d}.docx"


@dataclass(frozen=True)
class P:
    """One passage: ``body`` (HTML, or an attachment's text) with ``{NAME}`` number
    placeholders, and per rule the items it must report (number names, or addresses)."""

    id: str
    body: str
    kind: str = "html"
    title: str | None = None
    column: str | None = None
    enc: str = "utf-8"
    shape: str = ""
    ids: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    banks: list[str] = field(default_factory=list)
    addrs: list[str] = field(default_factory=list)

    def record(self, split: str) -> dict[str, object]:
        """The JSON line: the text with its numbers filled in, and the unmasked items."""
        seed = int(hashlib.sha256(self.id.encode()).hexdigest()[:8], 16)
        values = Values(seed)
        body = self.body.format_map(values)
        n = int(self.id[1:])
        if self.kind == "attachment":
            url = ATTACHMENT_URL.format(n=n)
        else:
            url = (PENALTY_URL if self.column == "penalty" else OTHER_URL).format(n=n)
        return {
            "id": self.id, "split": split, "shape": self.shape, "kind": self.kind,
            "encoding": self.enc, "title": self.title, "column": self.column, "url": url,
            "body": body,
            "expect": {
                "privacy.id-number": [values.value(x) for x in self.ids],
                "privacy.phone": [values.value(x) for x in self.phones],
                "privacy.bank-account": [values.value(x) for x in self.banks],
                "privacy.address": list(self.addrs),
            },
        }
