"""Tests of attachment text extraction: real OFD files, built docx/PDF/txt, and hostile input."""

from __future__ import annotations

import io
import os
import re
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rulekit.errors import InputError
from rulekit.readers import attachments
from rulekit.readers.attachments import extract_text, sniff_format

# The real files live beside the project (../shared/real/), never copied into it.
REAL = Path(__file__).resolve().parents[3] / "shared" / "real" / "attachments"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFD_NS = "http://www.ofdspec.org/2016"


def squash(text: str) -> str:
    """Remove all whitespace, as the NOTES table compares OFD text."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------- builders


def make_zip(entries: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(body: str, prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def make_docx(body: str, prolog: str = "", extra: dict[str, bytes | str] | None = None) -> bytes:
    entries: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document_xml(body, prolog),
    }
    entries.update(extra or {})
    return make_zip(entries)


def para(*runs: str) -> str:
    return (
        "<w:p>"
        + "".join(f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs)
        + "</w:p>"
    )


def cell(*paragraphs: str) -> str:
    return "<w:tc><w:tcPr/>" + "".join(paragraphs) + "</w:tc>"


# A realistic 行政处罚决定书. The ID number is synthetic, and is split across runs the way Word
# splits text after an edit; the document number uses full-width digits, also split.
PENALTY_BODY = (
    para("某某市市场监督管理局")
    + para("行政处罚决定书")
    + para("某市监处罚〔", "２０", "２３〕", "１２", "号")
    + "<w:tbl><w:tblPr/>"
    + "<w:tr>"
    + cell(para("当事人"))
    + cell(para("张", "某某"))
    + "</w:tr>"
    + "<w:tr>"
    + cell(para("身份证号"))
    + cell(para("6101", "02199001011234"))
    + "</w:tr>"
    + "<w:tr>"
    + cell(para("住所"))
    + cell(para("某市某区某路1号"), para("（临街商铺）"))
    + "</w:tr>"
    + "</w:tbl>"
    + "<w:p><w:r><w:t>罚款金额：</w:t></w:r><w:r><w:tab/><w:t>5000元</w:t></w:r>"
    + "<w:r><w:br/><w:t>（大写：伍仟元整）</w:t></w:r></w:p>"
    + para("2023年7月12日")
)


def ofd_package(
    pages: list[str],
    ns: bool = True,
    absolute: bool = False,
    doc_dir: str = "Doc_0",
) -> bytes:
    """A minimal OFD: OFD.xml -> Document.xml -> one Content.xml per page."""
    p = "ofd:" if ns else ""
    decl = f' xmlns:ofd="{OFD_NS}"' if ns else ""
    root_loc = f"/{doc_dir}/Document.xml" if absolute else f"{doc_dir}/Document.xml"
    page_refs = "".join(
        f'<{p}Page ID="{i + 1}" BaseLoc="{"/" + doc_dir + "/" if absolute else ""}'
        f'Pages/Page_{i}/Content.xml"/>'
        for i in range(len(pages))
    )
    entries: dict[str, bytes | str] = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><{p}OFD{decl} DocType="OFD" '
        f'Version="1.1"><{p}DocBody><{p}DocInfo><{p}DocID>x</{p}DocID></{p}DocInfo>'
        f"<{p}DocRoot>{root_loc}</{p}DocRoot></{p}DocBody></{p}OFD>",
        f"{doc_dir}/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><{p}Document{decl}>'
        f"<{p}CommonData><{p}MaxUnitID>99</{p}MaxUnitID></{p}CommonData>"
        f"<{p}Pages>{page_refs}</{p}Pages></{p}Document>",
    }
    for i, content in enumerate(pages):
        entries[f"{doc_dir}/Pages/Page_{i}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><{p}Page{decl}><{p}Content><{p}Layer ID="1">'
            f"{content}</{p}Layer></{p}Content></{p}Page>"
        )
    return make_zip(entries)


def text_object(
    x: float, y: float, text: str, size: float = 5.6, ns: bool = True, **attrs: str
) -> str:
    p = "ofd:" if ns else ""
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    width = len(text) * size
    return (
        f'<{p}TextObject ID="1" Boundary="{x} {y} {width} {size * 1.2}" Font="1" Size="{size}"'
        f'{extra}><{p}TextCode X="0" Y="{size}">{text}</{p}TextCode></{p}TextObject>'
    )


def patch_zip_field(
    data: bytes, name: str, *, flag_bits: int | None = None, file_size: int | None = None
) -> bytes:
    """Rewrite an entry's flag bits or declared size in both the local and central headers."""
    out = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    local = info.header_offset
    assert out[local : local + 4] == b"PK\x03\x04"
    central = out.rfind(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if bytes(out[central + 46 : central + 46 + name_len]) == encoded:
            break
        central = out.rfind(b"PK\x01\x02", 0, central)
    assert central != -1
    if flag_bits is not None:
        struct.pack_into("<H", out, local + 6, flag_bits)
        struct.pack_into("<H", out, central + 8, flag_bits)
    if file_size is not None:
        struct.pack_into("<I", out, local + 22, file_size)
        struct.pack_into("<I", out, central + 24, file_size)
    return bytes(out)


# --------------------------------------------------------------------------- real OFD files


def real(name: str) -> str:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"shared real attachment {path} not available")
    text = extract_text(path.name, path.read_bytes())
    assert isinstance(text, str)
    return text


def test_real_ofd_bengbu_letter() -> None:
    text = real("ofd_bengbu_zrzy_letter_2023.ofd")
    assert squash(text).startswith("关于加快南货场铁路涵洞下穿建设的函蚌山区政府：")
    assert text.splitlines()[:2] == ["关于加快南货场铁路涵洞下穿建设的函", "蚌山区政府："]
    # "202" and "3" are separate TextObjects (a Times New Roman run): they must come out whole.
    assert "2023年7月12日" in text.splitlines()
    assert "根据我市2023年房地产用地供应计划" in text


def test_real_ofd_linxiang_site_opinion() -> None:
    text = real("ofd_linxiang_zrzy_site_opinion_2022.ofd")
    assert "530902202200014" in text.splitlines()
    assert "临翔发改复[2018]172号" in text
    # NOTES.md says the text "starts with" these two lines, which is their order in the XML
    # stream. On the page (a landscape form) they are the signature block at the bottom, so a
    # top-to-bottom reader puts them last; what matters is that they are two adjacent lines.
    assert "临沧市临翔区自然资源局\n2022年08月23日" in text
    assert text.splitlines()[0] == "临翔区棚户区改造安置房二期（地块二）"
    # The 15-digit certificate number must not merge with digits of a neighbouring field.
    assert not re.search(r"\d530902202200014|530902202200014\d", squash(text))


def test_real_ofd_luqiao_two_pages() -> None:
    text = real("ofd_luqiao_weishengju_pifu_demo_2011.ofd")
    assert text.startswith("测试符路桥区卫生局文件\n")
    assert "路卫发〔2011〕76号" in text
    assert "2011年3月10日印发" in text
    assert "— 1 —" in text and "— 2 —" in text  # both pages, in order
    assert text.index("— 1 —") < text.index("2011年3月10日印发") < text.index("— 2 —")


def test_real_ofd_shouwen_form() -> None:
    text = real("ofd_shouwen_chuli_demo_2020.ofd")
    # Namespaced content with a CTM (TextCode coordinates in points, scaled to millimetres).
    assert text.startswith("XX市政府文件处理\n")
    # In the form cell the number wraps: "府办专督〔2020〕 24" / "号", with the label in between.
    assert "府办专督〔2020〕 24" in text
    assert re.search(r"府办专督〔2020〕 24\n.*\n号\n", text)
    assert "2020年06月15日" in text
    assert re.search(r"收文日期\t", text)  # label and value cells do not run together


@pytest.mark.parametrize(
    "path", sorted(REAL.glob("*.ofd")) if REAL.is_dir() else [], ids=lambda p: p.name
)
def test_real_ofd_sniffed_without_extension(path: Path) -> None:
    data = path.read_bytes()
    assert sniff_format("download", data) == "ofd"
    assert extract_text("download", data) == extract_text(path.name, data)


# --------------------------------------------------------------------------- docx


def test_docx_penalty_decision_table_and_split_runs() -> None:
    text = extract_text("处罚决定书.DOCX", make_docx(PENALTY_BODY))
    assert text is not None
    lines = text.split("\n")
    assert lines[:3] == ["某某市市场监督管理局", "行政处罚决定书", "某市监处罚〔２０２３〕１２号"]
    assert "当事人\t张某某" in lines
    assert "身份证号\t610102199001011234" in lines  # split number comes out whole
    assert "住所\t某市某区某路1号 （临街商铺）" in lines  # a cell's paragraphs stay in its row
    assert "罚款金额：\t5000元" in lines  # w:tab
    assert "（大写：伍仟元整）" in lines  # w:br
    assert lines[-1] == "2023年7月12日"
    assert "2023" not in lines[2]  # full-width digits are preserved, not normalised


def test_docx_skips_deleted_text_fallback_copies_and_field_codes() -> None:
    body = (
        "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
        '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t>文字</w:t></w:r></w:p>'
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent>"
        + para("文本框内容")
        + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        "<w:txbxContent>"
        + para("文本框内容")
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>锚点段落</w:t></w:r></w:p>"
    )
    text = extract_text("a.docx", make_docx(body))
    assert text == "保留文字\n锚点段落\n文本框内容"


def test_docx_headers_and_footers_follow_body() -> None:
    footer = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="{W_NS}">{para("第1页")}</w:ftr>'
    )
    text = extract_text("a.docx", make_docx(para("正文"), extra={"word/footer1.xml": footer}))
    assert text == "正文\n第1页"


def test_docx_main_part_found_through_relationships() -> None:
    rels = ROOT_RELS.replace("word/document.xml", "word/document2.xml")
    data = make_zip(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": rels,
            "word/document2.xml": document_xml(para("别名正文")),
        }
    )
    assert extract_text("a.docx", data) == "别名正文"


def test_docx_without_document_xml() -> None:
    data = make_zip({"[Content_Types].xml": CONTENT_TYPES, "word/other.xml": "<x/>"})
    with pytest.raises(InputError, match="word/document.xml missing"):
        extract_text("a.docx", data)


def test_docx_malformed_xml() -> None:
    data = make_zip({"word/document.xml": "<w:document><w:body>"})
    with pytest.raises(InputError, match="not well-formed"):
        extract_text("a.docx", data)


# --------------------------------------------------------------------------- OFD (built)


def test_ofd_unnamespaced_absolute_baseloc_and_split_digits() -> None:
    # Runs arrive out of order in the stream; the digits of "2023" are split across objects.
    # "202" at x=40 is three half-width digits (8.4 mm at size 5.6), so "3年" at 48.4 abuts it,
    # while "日期" ends at 31.2, well clear of 40: a separate field, written with a tab.
    content = (
        text_object(48.4, 50.0, "3年", ns=False)
        + text_object(40.0, 50.0, "202", ns=False)
        + text_object(20.0, 30.0, "标题", ns=False)
        + text_object(20.0, 50.0, "日期", ns=False)
    )
    data = ofd_package([content], ns=False, absolute=True)
    assert extract_text("a.ofd", data) == "标题\n日期\t2023年"


def test_ofd_join_without_separator_when_adjacent() -> None:
    size = 5.0
    content = (
        f'<ofd:TextObject ID="1" Boundary="20 40 15 6" Size="{size}">'
        f'<ofd:TextCode X="0" Y="5" DeltaX="2.5 2.5">202</ofd:TextCode></ofd:TextObject>'
        f'<ofd:TextObject ID="2" Boundary="27.6 40 5 6" Size="{size}">'
        f'<ofd:TextCode X="0" Y="5">3</ofd:TextCode></ofd:TextObject>'
        f'<ofd:TextObject ID="3" Boundary="30.2 40.3 5 6" Size="{size}">'
        f'<ofd:TextCode X="0" Y="4.8">年</ofd:TextCode></ofd:TextObject>'
        f'<ofd:TextObject ID="4" Boundary="90 40 30 6" Size="{size}">'
        f'<ofd:TextCode X="0" Y="5">右侧字段</ofd:TextCode></ofd:TextObject>'
    )
    text = extract_text("a.ofd", ofd_package([content]))
    assert text == "2023年\t右侧字段"


def test_ofd_lines_sorted_top_to_bottom_across_pages() -> None:
    page1 = (
        text_object(20, 80, "第三行")
        + text_object(20, 20, "第一行")
        + text_object(20, 50, "第二行")
    )
    page2 = text_object(20, 20, "第二页")
    text = extract_text("a.ofd", ofd_package([page1, page2], doc_dir="Doc_1"))
    assert text == "第一行\n第二行\n第三行\n第二页"


def test_ofd_textcode_without_xy_continues_and_ctm_scales() -> None:
    content = (
        '<ofd:TextObject ID="1" Boundary="10 10 100 10" Size="12" CTM="0.3528 0 0 0.3528 0 0">'
        '<ofd:TextCode X="0" Y="11">收文</ofd:TextCode><ofd:TextCode>日期</ofd:TextCode>'
        "</ofd:TextObject>" + text_object(10, 30, "下一行", size=4.2)
    )
    assert extract_text("a.ofd", ofd_package([content])) == "收文日期\n下一行"


def test_ofd_template_page_text_is_included() -> None:
    data = ofd_package([text_object(20, 50, "正文")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["Doc_0/Document.xml"] = entries["Doc_0/Document.xml"].replace(
        b"<ofd:MaxUnitID>99</ofd:MaxUnitID>",
        b'<ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:TemplatePage ID="7" BaseLoc="Tpls/T0.xml"/>',
    )
    entries["Doc_0/Pages/Page_0/Content.xml"] = entries["Doc_0/Pages/Page_0/Content.xml"].replace(
        b"<ofd:Content>", b'<ofd:Template TemplateID="7"/><ofd:Content>'
    )
    entries["Doc_0/Tpls/T0.xml"] = (
        f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer>'
        f"{text_object(20, 10, '版头')}</ofd:Layer></ofd:Content></ofd:Page>"
    ).encode()
    assert extract_text("a.ofd", make_zip(entries)) == "版头\n正文"


def test_ofd_missing_ofd_xml() -> None:
    with pytest.raises(InputError, match="not a valid OFD archive: OFD.xml missing"):
        extract_text("a.ofd", make_zip({"Doc_0/Document.xml": "<Document/>"}))


def test_ofd_missing_page_content() -> None:
    data = ofd_package([text_object(1, 1, "x")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist() if "Content.xml" not in n}
    with pytest.raises(InputError, match="page content .* missing"):
        extract_text("a.ofd", make_zip(entries))


def test_ofd_baseloc_cannot_escape_the_archive() -> None:
    data = ofd_package([text_object(1, 1, "x")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["Doc_0/Document.xml"] = entries["Doc_0/Document.xml"].replace(
        b"Pages/Page_0/Content.xml", b"../../../etc/passwd"
    )
    with pytest.raises(InputError, match="missing"):
        extract_text("a.ofd", make_zip(entries))


def test_ofd_pages_repeating_one_entry_are_budgeted(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ofd_package([text_object(20, 20, "页" * 500)])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    ref = b'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
    entries["Doc_0/Document.xml"] = entries["Doc_0/Document.xml"].replace(ref, ref * 40)
    data = make_zip(entries)
    assert extract_text("a.ofd", data) == "\n".join(["页" * 500] * 40)
    monkeypatch.setattr(attachments, "MAX_ZIP_TOTAL_SIZE", 20_000)  # > the declared total
    with pytest.raises(InputError, match="decompresses more than"):
        extract_text("a.ofd", data)


def test_deeply_nested_xml() -> None:
    body = "<w:sdt><w:sdtContent>" * 5000 + para("x") + "</w:sdtContent></w:sdt>" * 5000
    with pytest.raises(InputError):
        extract_text("a.docx", make_docx(body))


def test_ofd_hostile_deltax_does_not_expand() -> None:
    content = (
        '<ofd:TextObject ID="1" Boundary="10 10 100 10" Size="5">'
        '<ofd:TextCode X="0" Y="5" DeltaX="g 999999999999 5 nan x">数据</ofd:TextCode>'
        "</ofd:TextObject>"
    )
    start = time.monotonic()
    assert extract_text("a.ofd", ofd_package([content])) == "数据"
    assert time.monotonic() - start < 2


# --------------------------------------------------------------------------- PDF


def make_pdf(*pages: list[str], **encrypt: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        for i, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * i, line)
        pdf.showPage()
    pdf.save()
    data = buf.getvalue()
    if encrypt:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(algorithm="RC4-128", **encrypt)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def test_pdf_chinese_cid_text() -> None:
    data = make_pdf(["当事人张某某，身份证号码110101199003071234。"], ["第二页内容"])
    text = extract_text("决定书.pdf", data)
    assert text is not None
    # pypdf maps reportlab's STSong-Light (UniGB-UCS2-H) back to Unicode.
    assert "当事人张某某，身份证号码110101199003071234。" in text
    assert re.search(r"(?<!\d)\d{18}(?!\d)", text)
    assert text.index("身份证号码") < text.index("第二页内容")


def test_pdf_by_content_type_and_magic() -> None:
    data = make_pdf(["内容"])
    assert sniff_format("download.do?id=3", data, "application/pdf; charset=binary") == "pdf"
    assert sniff_format("download", data) == "pdf"
    assert extract_text("download", data) == extract_text("x.pdf", data)


def test_pdf_with_user_password_is_refused() -> None:
    data = make_pdf(["机密"], user_password="secret", owner_password="owner")
    with pytest.raises(InputError, match="PDF is encrypted"):
        extract_text("a.pdf", data)


def test_pdf_with_owner_password_only_is_read() -> None:
    # Restrictions-only encryption: every viewer opens it, so its text is public.
    data = make_pdf(["公开内容"], user_password="", owner_password="owner")
    assert "公开内容" in (extract_text("a.pdf", data) or "")


def test_pdf_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_PAGES", 2)
    text = extract_text("a.pdf", make_pdf(["一"], ["二"], ["三"]))
    assert text is not None and "二" in text and "三" not in text


def test_pdf_not_a_pdf() -> None:
    with pytest.raises(InputError, match="%PDF- header missing"):
        extract_text("a.pdf", b"<html>404 Not Found</html>")


def test_pdf_truncated() -> None:
    data = make_pdf(["内容"])
    with pytest.raises(InputError):
        extract_text("a.pdf", data[: len(data) // 3])


# --------------------------------------------------------------------------- txt


TXT = "行政处罚决定书\r\n当事人：张某某\r\n罚款5000元"


@pytest.mark.parametrize(
    "encoded",
    [
        TXT.encode("gbk"),
        TXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TXT.encode("utf-8"),
        TXT.encode("utf-16"),  # with BOM
        TXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
        TXT.encode("gb18030"),
    ],
    ids=["gbk", "utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "gb18030"],
)
def test_txt_encodings(encoded: bytes) -> None:
    assert extract_text("说明.TXT", encoded) == "行政处罚决定书\n当事人：张某某\n罚款5000元"


def test_txt_by_content_type_only() -> None:
    assert extract_text("readme", "文本".encode("gbk"), "text/plain; charset=ISO-8859-1") == "文本"


def test_txt_bad_bom() -> None:
    with pytest.raises(InputError, match="BOM"):
        extract_text("a.txt", b"\xff\xfe\x00")


# --------------------------------------------------------------------------- format choice


@pytest.mark.parametrize("name", ["a.doc", "a.wps", "a.xls", "a.zip", "a.rar", "a.xlsx", "a.jpg"])
def test_unread_formats_return_none(name: str) -> None:
    assert extract_text(name, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) is None
    # a server's default text/plain does not make a spreadsheet text
    assert extract_text(name, b"\xd0\xcf\x11\xe0" + b"\x00\x81" * 300, "text/plain") is None


def test_zip_without_known_parts_is_not_read() -> None:
    assert extract_text("a.zip", make_zip({"a.txt": "x"})) is None
    assert extract_text("download", make_zip({"a.txt": "x"})) is None
    assert extract_text("download", b"not a zip PK\x03\x04") is None


def test_misnamed_docx_is_read_by_magic() -> None:
    # Government sites often serve .docx files under a .doc name.
    assert extract_text("通知.doc", make_docx(para("正文"))) == "正文"


def test_docx_by_content_type() -> None:
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert sniff_format("getfile?id=9", b"", ct) == "docx"


def test_where_names_the_file() -> None:
    with pytest.raises(InputError) as info:
        extract_text("附件1.ofd", b"garbage")
    assert info.value.where == "附件1.ofd"
    assert str(info.value).startswith("附件1.ofd: ")


# --------------------------------------------------------------------------- hostile input


def test_xxe_external_entity_not_resolved() -> None:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    data = make_docx("<w:p><w:r><w:t>a&xxe;b</w:t></w:r></w:p>", prolog=prolog)
    try:
        text = extract_text("a.docx", data)
    except InputError as err:
        assert "root:" not in str(err)
    else:
        assert text is not None and "root:" not in text


def test_xxe_in_ofd_content() -> None:
    data = ofd_package([text_object(1, 1, "a&xxe;b")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    name = "Doc_0/Pages/Page_0/Content.xml"
    entries[name] = entries[name].replace(
        b"?>", b'?><!DOCTYPE ofd:Page [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1
    )
    with pytest.raises(InputError, match="DTD"):
        extract_text("a.ofd", make_zip(entries))


def test_billion_laughs() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    data = make_docx(
        "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog=f"<!DOCTYPE w:document [{entities}]>"
    )
    start = time.monotonic()
    try:
        text = extract_text("a.docx", data)
    except InputError:
        pass
    else:
        assert text is not None and "lollollol" not in text
    assert time.monotonic() - start < 2


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A docx whose document.xml is 200 MB of zeros, ~200 KB compressed, built in chunks."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        with zf.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(200):
                entry.write(chunk)
    return buf.getvalue()


def test_zip_bomb_rejected_quickly_without_allocating(zip_bomb: bytes) -> None:
    assert len(zip_bomb) < 1024 * 1024
    tracemalloc.start()
    start = time.monotonic()
    try:
        with pytest.raises(InputError, match="zip bomb|limit"):
            extract_text("bomb.docx", zip_bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - start < 2
    assert peak < 20 * 1024 * 1024


def test_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ZIP_TOTAL_SIZE", 1000)
    data = make_docx(para("x"), extra={"word/media/big.bin": os.urandom(2000)})
    with pytest.raises(InputError, match="beyond the .* limit"):
        extract_text("a.docx", data)


def test_entry_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ZIP_ENTRY_SIZE", 100)
    with pytest.raises(InputError, match="word/document.xml expands beyond .* limit"):
        extract_text("a.docx", make_docx(para("x" * 200)))


def test_ratio_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "RATIO_CHECK_MIN_SIZE", 10_000)
    data = make_docx(para("x"), extra={"word/zeros.bin": b"\0" * 100_000})
    with pytest.raises(InputError, match="compressed .*:1"):
        extract_text("a.docx", data)


def test_entry_lying_about_its_size() -> None:
    # The headers claim 1000 bytes; the deflate stream really holds 5 MB of zeros.
    data = make_docx(para("x"), extra={"word/document.xml": document_xml(para("x" * 5_000_000))})
    lying = patch_zip_field(data, "word/document.xml", file_size=1000)
    with pytest.raises(InputError):
        extract_text("a.docx", lying)


def test_dotdot_and_absolute_entries_ignored() -> None:
    body = document_xml(para("逃逸"))
    data = make_zip({"../word/document.xml": body, "/word/document.xml": body})
    with pytest.raises(InputError, match="word/document.xml missing"):
        extract_text("a.docx", data)
    # alongside a real document they are simply not read
    ok = make_docx(para("正文"), extra={"../../evil.xml": "<x>", "/etc/passwd": "root:x"})
    assert extract_text("a.docx", ok) == "正文"


def test_encrypted_entry() -> None:
    data = patch_zip_field(make_docx(para("x")), "word/document.xml", flag_bits=0x1)
    with pytest.raises(InputError, match="word/document.xml is encrypted"):
        extract_text("a.docx", data)


def test_truncated_zip() -> None:
    data = make_docx(PENALTY_BODY)
    for cut in (len(data) // 2, len(data) - 10, 30):
        with pytest.raises(InputError):
            extract_text("a.docx", data[:cut])
    real_ofd = REAL / "ofd_bengbu_zrzy_letter_2023.ofd"
    if real_ofd.is_file():
        with pytest.raises(InputError):
            extract_text(real_ofd.name, real_ofd.read_bytes()[:40_000])


def test_corrupt_deflate_stream() -> None:
    data = bytearray(make_docx(PENALTY_BODY))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10 : start + 40] = os.urandom(30)
    with pytest.raises(InputError):
        extract_text("a.docx", bytes(data))


def test_too_many_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ZIP_ENTRIES", 5)
    extra: dict[str, bytes | str] = {f"word/x{i}.xml": "<x/>" for i in range(10)}
    with pytest.raises(InputError, match="entries"):
        extract_text("a.docx", make_docx(para("x"), extra=extra))


@pytest.mark.parametrize("name", ["a.ofd", "a.docx", "a.pdf"])
def test_random_bytes(name: str) -> None:
    for seed in range(20):
        data = os.urandom(64 + seed * 97)
        with pytest.raises(InputError):
            extract_text(name, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=4096),
    name=st.sampled_from(["a.ofd", "a.docx", "a.pdf", "a.txt", "a.doc", "download"]),
)
def test_fuzz_only_input_error(data: bytes, name: str) -> None:
    try:
        result = extract_text(name, data)
    except InputError:
        return
    assert result is None or isinstance(result, str)


_VALID = {
    "a.docx": make_docx(PENALTY_BODY),
    "a.ofd": ofd_package([text_object(20, 20, "第一行"), text_object(20, 20, "第二页")]),
}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(_VALID)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=8,
    ),
)
def test_fuzz_mutated_archives_only_input_error(name: str, flips: list[tuple[int, int]]) -> None:
    data = bytearray(_VALID[name])
    for pos, value in flips:
        data[pos % len(data)] = value
    try:
        result = extract_text(name, bytes(data))
    except InputError:
        return
    assert result is None or isinstance(result, str)
