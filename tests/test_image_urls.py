"""The images a penalty page shows: resolved, defragmented, each once, only images."""

from __future__ import annotations

from rulekit.builders import page
from rulekit.images import image_urls

HTML = ("<img src='../up/scan1.JPG?v=1#top'><img src='data:image/png;base64,AAAA' "
        "data-original='/uploads/scan2.png'><a href='/uploads/scan2.png'>原件</a>"
        "<a href='decision.html'>决定书</a><img src='#'><img src='?x=1.jpg'>"
        "<a href='javascript:void(0)'>打印</a><img src=''><img src='img/seal.gif'>")


def test_images_are_resolved_once_and_only_images_kept():
    p = page(HTML, url="http://www.example.gov.cn/zwgk/xzcf/t1.html")
    assert image_urls(p) == ["http://www.example.gov.cn/zwgk/up/scan1.JPG?v=1",
                             "http://www.example.gov.cn/uploads/scan2.png",
                             "http://www.example.gov.cn/zwgk/xzcf/img/seal.gif"]
