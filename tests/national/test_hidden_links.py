"""content.hidden-links on the shapes hacked government pages carry (a GBK page, a <style>
class, a marquee, background-coloured text, document.write, unescape and atob) beside what
must pass: share buttons and CMS credits hidden by design, collapsed menus of government
links, a visible link, a hidden link to the site itself."""

from __future__ import annotations

import base64
from urllib.parse import quote

from conftest import IGNORE_SITE_WIDE

SELECT = IGNORE_SITE_WIDE.replace("rules:\n", "rules:\n  select: [content.hidden-links]\n")


def _found(export, body: str, encoding: str = "utf-8") -> list[str]:
    export.page("xwzx/a.html", body, encoding=encoding)
    result = export.run(SELECT)
    return sorted(f.message for f in result.findings if f.rule == "content.hidden-links")


def test_hidden_by_style_class_marquee_and_colour(export):
    body = """
    <style>.gg{display:none} #ft2 {visibility: hidden}</style>
    <p>示例县召开２０２２年春耕生产工作会议。</p>
    <div class="gg"><a href="http://www.aaa-bet365.com/">澳门葡京娱乐城</a></div>
    <span id="ft2"><a href="https://bbb.example.net/cp">时时彩平台</a></span>
    <marquee width="1" height="1"><a href="http://ccc.example.com/">真人百家乐</a></marquee>
    <p style="color:#FFF;background-color:#ffffff"><a href="http://ddd.example.org/">成人视频</a></p>
    <div style="position:absolute; left:-5000px"><a href="http://eee.example.info/">足球投注</a></div>
    """
    found = _found(export, body, encoding="gbk")
    assert len(found) == 5
    assert any("样式类.gg（display:none）" in m and "www.aaa-bet365.com" in m for m in found)
    assert any("#ft2" in m for m in found) and any("marquee" in m for m in found)
    assert any("文字颜色与背景相同" in m for m in found)
    assert any("移出可视区域" in m for m in found)


def test_written_by_scripts(export):
    raw = '<a href="http://fff.example.com/">六合彩开奖</a>'
    body = f"""
    <p>政务动态</p>
    <script>document.write('<div style="display:none"><a href="http://ggg.example.com/">网赌</a></div>');</script>
    <script>eval(unescape('{quote(raw)}'));</script>
    <script>document.write(atob('{base64.b64encode(b'<a href="https://hhh.example.com/">casino</a>').decode()}'));</script>
    """
    found = _found(export, body)
    hosts = {h for m in found for h in ("ggg.example.com", "fff.example.com",
                                        "hhh.example.com") if h in m}
    assert hosts == {"ggg.example.com", "fff.example.com", "hhh.example.com"}


def test_what_is_hidden_by_design_passes(export):
    body = """
    <style>.sub{display:none}</style>
    <ul class="nav"><li>部门网站<ul class="sub">
      <li><a href="http://www.jiangxi.gov.cn/">江西省人民政府</a></li>
      <li><a href="http://www.news.cn/">新华网</a></li></ul></li></ul>
    <div style="display:none"><a href="http://service.weibo.com/share/share.php">分享到微博</a>
      <a href="http://www.hanweb.com/">Produced By 大汉网络</a></div>
    <p><a href="http://www.zfcg.example.com/">示例彩票公益金使用情况公告</a></p>
    <div style="display:none"><a href="http://www.example.gov.cn/cp/">彩票管理办法</a></div>
    <script>var url = "http://bet.example.com/"; track(url);</script>
    """
    assert _found(export, body) == []


def test_the_host_is_read_from_every_form_of_an_absolute_address(export):
    # user information, a port, upper case, a trailing dot, a tab a CMS left in the href,
    # and a scheme-relative link: each host once; the site's own host in any form passes
    body = """
    <div style="display:none">
      <a href="http://guest@BET.Example.COM:8080/a">博彩</a>
      <a href="HTTPS://casino.example.net./?x=1">真人娱乐</a>
      <a href="ht\ttp://lottery.example.org#top">彩票</a>
      <a href="//porn.example.info/x">成人</a>
      <a href="http://WWW.EXAMPLE.GOV.CN:80/cp/">彩票管理办法</a>
      <a href="http://[::1/">投注</a>
    </div>
    """
    found = _found(export, body)
    hosts = [h for m in found for h in ("bet.example.com", "casino.example.net",
                                        "lottery.example.org", "porn.example.info") if h in m]
    assert sorted(hosts) == ["bet.example.com", "casino.example.net", "lottery.example.org",
                             "porn.example.info"]
    assert len(found) == 4


def test_a_hidden_link_among_the_sites_own_is_found_and_past_the_links_cap_too(export):
    # the anchors are walked only when the page's references show one leading off the
    # site: its own pages, a CDN's scripts and images, and a collapsed menu of government
    # sites do not; one planted link among them does, wherever it is
    own = "".join(f'<li><a href="/xwzx/{i}.html">政务动态第{i}条</a></li>' for i in range(30))
    cdn = ('<script src="http://cdn.example.net/jquery.js"></script>'
           '<img src="https://img.example.org/logo.png" alt="标志">')
    planted = '<div style="display:none"><a href="http://bet.example.com/">真人娱乐</a></div>'
    assert _found(export, f"{cdn}<ul>{own}</ul>") == []
    found = _found(export, f"{cdn}<ul>{own}</ul>{planted}")
    assert len(found) == 1 and "bet.example.com" in found[0]
    # past the cap the references stop: the anchors are walked, and the link is found
    export.page("xwzx/a.html", f"{cdn}<ul>{own}</ul>{planted}")
    capped = export.run(SELECT + "limits:\n  links_per_page: 10\n")
    assert [f.message for f in capped.findings if f.rule == "content.hidden-links"] == found
