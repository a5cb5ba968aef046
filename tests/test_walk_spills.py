"""What a walk holds until the listing ends (the attachments' paths, their parents) is
kept on disk, and comes back exactly: order, first parent, names that are not UTF-8."""

from __future__ import annotations

import io
import zipfile

import pytest

from rulekit import parent_table
from rulekit.model import Column
from rulekit.parent_table import ParentTable
from rulekit.readers.mirror import spool
from rulekit.readers.mirror.spool import Spool

ODD = "zwgk/附件\udcb8\udcbd\n名单.doc"  # a GBK name read as UTF-8, with a newline in it


def test_a_spool_gives_back_every_item_in_order_across_chunks():
    items = [(f"zwgk/zcwj/P0{n}.doc", ".doc", None) for n in range(10)] + [(ODD, ".doc", "x")]
    kept = Spool(chunk=3)
    for item in items:
        kept.append(item)
    assert len(kept) == 11
    assert list(kept) == items
    assert list(kept) == items  # (read twice: the manifest's pass, then the entries')
    kept.append(("late.pdf", ".pdf", None))
    assert list(kept)[-2:] == [items[-1], ("late.pdf", ".pdf", None)]
    kept.close()


def test_a_spool_under_one_chunk_writes_no_file():
    kept = Spool(chunk=3)
    kept.append("a")
    assert kept._file is None and list(kept) == ["a"]


def test_the_parent_table_keeps_the_first_parent_across_writes(monkeypatch):
    monkeypatch.setattr(parent_table, "_FLUSH", 2)
    table = ParentTable()
    column = Column(name="行政处罚", type="penalty")
    first = ("http://www.example.gov.cn/zwgk/xzcf/t1.html", "行政处罚决定书", column)
    later = ("http://www.example.gov.cn/zwgk/tzgg/t9.html", "通知", None)
    table.setdefault("http://www.example.gov.cn/zwgk/xzcf/P1.doc", first)
    table.setdefault("http://www.example.gov.cn/zwgk/xzcf/P2.doc", first)  # written here
    table.setdefault("http://www.example.gov.cn/zwgk/xzcf/P1.doc", later)  # buffered
    table.setdefault("http://www.example.gov.cn/" + ODD, later)
    assert table.get("http://www.example.gov.cn/zwgk/xzcf/P1.doc") == first
    assert table.get("http://www.example.gov.cn/" + ODD) == later
    assert table.get("http://www.example.gov.cn/zwgk/xzcf/P3.doc") is None
    table.close()


def _decision(n: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml",
                    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    '2006/main"><w:body><w:p><w:r><w:t>当事人：李某，女，1985年6月15日出生，'
                    f'住址：江西省示例县永宁镇城北村三组{n}号。</w:t></w:r></w:p></w:body>'
                    '</w:document>')
    return buf.getvalue()


@pytest.mark.parametrize("jobs", [1, 2])
def test_attachments_listed_after_many_pages_keep_their_parents(export, findings_of,
                                                                 monkeypatch, jobs):
    """Six penalty pages, each linking its decision (a .docx saved by query and one by
    name); with the buffers cut to two, parents and paths go through the files."""
    monkeypatch.setattr(parent_table, "_FLUSH", 2)
    monkeypatch.setattr(spool, "CHUNK", 2)
    for n in range(6):
        export.page(f"xxgk/cf/t2022050{n}_1.html",
                    f'<p><a href="/module/download/downfile.jsp?fileid={n}">决定书{n}.docx</a>'
                    f'<a href="P0{n}.docx">决定书{n}（正本）</a></p>',
                    meta={"ColumnName": "行政处罚决定", "ColumnType": "行政处罚"})
        export.file(f"site/module/download/downfile.jsp@fileid={n}", _decision(n))
        export.file(f"site/xxgk/cf/P0{n}.docx", _decision(n + 10))
    export.page("xxgk/tzgg/t20220510_1.html", '<p><a href="../cf/P00.docx">转载</a></p>')
    found = findings_of(export.run(jobs=jobs), "privacy.address")
    parents = {f.target.url.rsplit("/", 1)[1]: f.target.parent_url.rsplit("/", 2)[1:]
               for f in found}
    assert len(found) == 12
    for n in range(6):
        assert parents[f"downfile.jsp?fileid={n}"] == ["cf", f"t2022050{n}_1.html"]
        assert parents[f"P0{n}.docx"] == ["cf", f"t2022050{n}_1.html"]
