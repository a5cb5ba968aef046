"""WARC exports: streaming, gzip and plain, HTTP charset, attachments after pages, truncation."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import page_html
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rulekit.errors import InputError
from rulekit.readers.warc import iter_warc


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gz: bool = True) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
    return path


def docx_bytes(text: str) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("word/document.xml",
                    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    f'2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body>'
                    "</w:document>")
    return buf.getvalue()


def test_attachments_come_after_pages_and_charset_from_header(tmp_path):
    gbk_page = page_html("<p>行政处罚决定书</p>", charset="gbk").replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "")
    path = write_warc(tmp_path / "site.warc.gz", [
        ("http://www.example.gov.cn/zwgk/xzcf/a.docx", "application/vnd.openxmlformats-"
         "officedocument.wordprocessingml.document", docx_bytes("决定书")),
        ("http://www.example.gov.cn/zwgk/xzcf/t1.html", "text/html; charset=GBK",
         gbk_page.encode("gbk")),
        ("http://www.example.gov.cn/logo.png", "image/png", b"\x89PNG...."),
    ])
    items = list(iter_warc(path))
    assert [r.url.rsplit("/", 1)[-1] for r in items] == ["t1.html", "a.docx"]
    assert items[0].content_type == "text/html; charset=GBK" and items[0].status == 200
    assert "行政处罚决定书".encode("gbk") in items[0].load()


def test_truncated_warc_gz_reports_and_keeps_earlier_records(tmp_path):
    records = [(f"http://www.example.gov.cn/t{i}.html", "text/html; charset=utf-8",
                page_html(f"<p>第{i}页</p>" * 200).encode()) for i in range(5)]
    path = write_warc(tmp_path / "full.warc.gz", records)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    items = list(iter_warc(cut))
    pages = [r for r in items if not isinstance(r, InputError)]
    errors = [r for r in items if isinstance(r, InputError)]
    assert 1 <= len(pages) < 5
    assert errors and all("truncated" in e.message for e in errors)


def test_plain_warc_through_the_engine(export, findings_of, tmp_path):
    body = page_html("<p>当事人：张某，身份证号码：110105199003071239，住址：略。</p>")
    write_warc(tmp_path / "crawl.warc", [
        ("http://www.example.gov.cn/zwgk/xzcf/t1.html", "text/html", body.encode("utf-8")),
    ], gz=False)
    path = export.config()
    path.write_text(path.read_text(encoding="utf-8").replace("export: site",
                                                             "export: crawl.warc"),
                    encoding="utf-8")
    from rulekit.config import load
    from rulekit.engine import Engine

    result = Engine(load(path)).run()
    found = findings_of(result, "privacy.id-number")
    assert len(found) == 1 and found[0].target.url.endswith("/zwgk/xzcf/t1.html")
    assert "110105199003071239" not in found[0].evidence + found[0].message


def test_a_record_goes_to_a_worker_as_its_offset_and_is_read_there(tmp_path):
    """``rulekit run -j``: a page's payload is not pickled; the worker reads the record."""
    import pickle

    body = page_html("<p>" + "行政处罚决定书" * 2000 + "</p>").encode()
    path = write_warc(tmp_path / "site.warc.gz", [
        ("http://www.example.gov.cn/zwgk/xzcf/t1.html", "text/html; charset=utf-8", body),
        ("http://www.example.gov.cn/zwgk/xzcf/a.docx", "application/vnd.openxmlformats-"
         "officedocument.wordprocessingml.document", docx_bytes("决定书" * 3000)),
    ])
    for res in iter_warc(path):
        sent = pickle.dumps(res.load)
        assert len(sent) < 1000  # the file, the offset and the caps, not the payload
        assert pickle.loads(sent)() == res.load()
    assert len(body) > 20000
