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


def test_an_escaped_extension_still_names_an_image():
    """Links are passed over on a cheap test of the raw reference first; a path whose dot or
    letters are percent-escaped (as CMSes write Chinese file names) must still pass it."""
    p = page("<a href='/up/%E5%86%B3%E5%AE%9A%E4%B9%A6%2Ejpg'>原件</a>"
             "<img src='/up/p1.%4A%50%47'><a href='/up/list.htm'>列表</a>",
             url="http://www.example.gov.cn/zwgk/xzcf/t1.html")
    assert image_urls(p) == ["http://www.example.gov.cn/up/%E5%86%B3%E5%AE%9A%E4%B9%A6%2Ejpg",
                             "http://www.example.gov.cn/up/p1.%4A%50%47"]
