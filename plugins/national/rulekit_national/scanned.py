"""Scanned documents whose text could not be read: their personal data went unchecked."""

from __future__ import annotations

import rulekit
from rulekit.readers import ocr


@rulekit.rule(
    "privacy.scanned-unread",
    title="扫描件未做文字识别，无法检查个人信息",
    severity="info",
    scope="page",
    attachments=True,
    source="铜鼓县通报（seed 001）：行政处罚决定书“未对当事人身份证号码及详细地址进行模糊处理”"
           "——许多县以扫描件（图片、无文字层的PDF）公开处罚决定书",
)
def scanned_unread(page):
    """A scanned document whose text rulekit could not read, so its ID numbers, addresses
    and phone numbers went unchecked: a PDF with a page that has no text layer but a
    page-sized image (any column), or an image of the export that a penalty column holds or
    a penalty decision page shows (``<img>``) or links to (logos, icons and QR codes are
    too small to count), when OCR is not installed (``pip install 'rulekit[ocr]'``) or a
    PDF's page image does not decode (an image file that does not decode is an ``input``
    problem). With OCR a scan's text is read and checked by the privacy rules like any other
    text. A page checked on its own (``rulekit test``, these examples) cannot open the images
    it shows: a penalty decision page showing one is reported. One finding per file;
    severity ``info``: nothing was found, because nothing could be looked for.

    ## Why
    Counties publish penalty decisions as scans; seed 001 (铜鼓县) reports decisions whose
    ID numbers and addresses were left unmasked. A scan that nobody read must not pass as
    clean.

    ## Example
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p><img src="W020220512356781234567.jpg" alt="行政处罚决定书"></p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p>当事人：李某，女，1985年6月15日出生，住址：江西省示例县永宁镇****。</p>
    ```
    """
    if page.info.get("scanned") != "unread":
        return
    images = list(page.info.get("scanned_images") or ())
    if page.is_attachment:
        what = "扫描件（图片或无文字层的PDF页面）"
    else:
        what = f"页面显示的{len(images)}张图片（单独检查页面时无法读取）"
    hint = "" if ocr.available() else "；安装文字识别组件（pip install 'rulekit[ocr]'）后可检查"
    yield rulekit.Problem(
        message=f"扫描件未做文字识别，无法检查个人信息：{what}未能识别出文字{hint}",
        evidence="\n".join(images[:5]), key="scanned-unread",
        details={"images": images} if images else {})
