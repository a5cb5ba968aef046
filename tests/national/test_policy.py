"""policy.interpretation-link and policy.search-box on pages shaped as county CMSes write them:
policy documents with a 相关解读 block, interpretations with 原文链接 or none, a 一图读懂 in the
documents' own column, a GBK interpretation; the site's header search on every page beside a
policy column's own 文件检索."""

from __future__ import annotations

DOC = "zwgk/zcwj/202205/t20220505_1.html"
PLAN = "示例县耕地保护专项资金管理办法"
TITLE = f"示例县人民政府办公室关于印发《{PLAN}》的通知"
HEADER_SEARCH = ('<form action="/search/index.jsp" id="searchForm"><input type="text" '
                 'name="searchword" placeholder="请输入关键字"><input type="submit" value="搜索"></form>')


def document(export, rel: str = DOC, title: str = TITLE, links: str = "") -> None:
    export.page(rel, f"{HEADER_SEARCH}<h1>{title}</h1><p>成文日期：2022-05-01</p>"
                     f"<p>各乡（镇）人民政府，县直各单位：……</p>{links}",
                meta={"ColumnName": "政策文件", "ArticleTitle": title, "PubDate": "2022-05-05"})


def interpretation(export, rel: str, title: str, links: str = "", encoding: str = "utf-8",
                   column: str = "政策解读") -> None:
    export.page(rel, f"{HEADER_SEARCH}<h1>{title}</h1><p>一、出台背景……</p>{links}",
                encoding=encoding,
                meta={"ColumnName": column, "ArticleTitle": title, "PubDate": "2022-05-10"})


def messages(export, findings_of, rule: str) -> list[tuple[str, str]]:
    return sorted((f.target.url.split("example.gov.cn/")[1], f.message)
                  for f in findings_of(export.run(), rule))


def test_a_document_and_its_interpretation_linked_both_ways_pass(export, findings_of):
    interp = "zwgk/zcjd/202205/t20220510_1.html"
    document(export, links=f'<p>相关解读：<a href="/{interp}">《{PLAN}》政策解读</a></p>')
    interpretation(export, interp, f"《{PLAN}》政策解读",
                   links=f'<p>原文链接：<a href="/{DOC}">{TITLE}</a></p>')
    assert messages(export, findings_of, "policy.interpretation-link") == []


def test_each_side_that_does_not_link_the_other_is_reported(export, findings_of):
    """An interpretation found by the document's title it quotes, linking to nothing: both
    sides are reported. A GBK 一图读懂 in the documents' own column that links to its
    document, which does not link back: the document is."""
    document(export)
    interpretation(export, "zwgk/zcjd/202205/t20220510_1.html", f"《{PLAN}》政策解读")
    other = "示例县2022年高标准农田建设实施方案"
    document(export, "zwgk/zcwj/202205/t20220506_2.html", other)
    interpretation(export, "zwgk/zcwj/202205/t20220512_3.html", f"一图读懂：{other}",
                   links='<a href="t20220506_2.html">查看原文</a>', encoding="gbk",
                   column="政策文件")
    assert messages(export, findings_of, "policy.interpretation-link") == [
        ("zwgk/zcjd/202205/t20220510_1.html",
         f"解读稿件未链接政策文件：“《{PLAN}》政策解读”未链接其解读的《{TITLE}》"),
        (DOC, f"政策文件未链接解读稿件：《{TITLE}》未链接其解读“《{PLAN}》政策解读”"),
        ("zwgk/zcwj/202205/t20220506_2.html",
         f"政策文件未链接解读稿件：《{other}》未链接其解读“一图读懂：{other}”"),
    ]


def test_documents_without_an_interpretation_and_interpretations_of_others(export, findings_of):
    """Not every document is interpreted, and an interpretation of a document the export does
    not hold (the province's) cannot be judged: neither is reported."""
    document(export)
    interpretation(export, "zwgk/zcjd/202205/t20220510_1.html",
                   "《江西省耕地保护条例》政策解读")
    assert messages(export, findings_of, "policy.interpretation-link") == []


def policy_list(export, rel: str, extra: str = "") -> None:
    export.page(rel, f"{HEADER_SEARCH}{extra}<ul><li><a href=\"202205/t20220505_1.html\">"
                     f"{TITLE}</a><span>2022-05-05</span></li></ul>",
                meta={"ColumnName": "政策文件", "ColumnType": "政策文件"})


def test_a_policy_column_with_only_the_sites_search_is_reported(export, findings_of):
    """The header's search box is on every page, the home page and a news page among them:
    the policy column's list page has nothing of its own."""
    export.page("index.html", f"{HEADER_SEARCH}<p>首页</p>")
    export.page("xwzx/gzdt/index.html", f"{HEADER_SEARCH}<ul><li>动态</li></ul>",
                meta={"ColumnName": "工作动态"})
    policy_list(export, "zwgk/zcwj/index.html")
    document(export)
    assert messages(export, findings_of, "policy.search-box") == [
        ("zwgk/zcwj/index.html", "政策文件栏目未设置单独搜索功能：“政策文件”栏目页没有专门的搜索框"
                                 "（仅有全站搜索或没有搜索）")]


def test_a_policy_columns_own_search_passes(export, findings_of):
    """A 文件检索 by title and 文号, on the column's list page and its second page."""
    export.page("index.html", f"{HEADER_SEARCH}<p>首页</p>")
    own = ('<form action="/search/zcwj.jsp" class="zcwj-search"><input name="wjbt" '
           'placeholder="文件标题"><input name="wh" placeholder="文号"><button>检索</button></form>')
    policy_list(export, "zwgk/zcwj/index.html", own)
    policy_list(export, "zwgk/zcwj/index_1.html", own)
    document(export)
    assert messages(export, findings_of, "policy.search-box") == []


def test_a_sidebar_of_latest_documents_pairs_nothing_and_any_spelling_of_a_link_counts(
        export, findings_of):
    """An interpretation whose template shows the three latest documents pairs with the
    one its title names, not the first of them; its link back written with https and the
    www host counts, as does the document's link to it on the bare host."""
    interp = "zwgk/zcjd/202205/t20220510_1.html"
    document(export, links=f'<p>相关解读：<a href="http://example.gov.cn/{interp}">解读</a></p>')
    others = ["示例县2022年高标准农田建设实施方案", "示例县2022年春季造林绿化工作方案"]
    for i, other in enumerate(others, 2):
        document(export, f"zwgk/zcwj/202205/t2022050{i}_{i}.html", other)
    sidebar = "".join(f'<li><a href="/zwgk/zcwj/202205/t2022050{i}_{i}.html">{t}</a></li>'
                      for i, t in enumerate(others, 2))
    interpretation(export, interp, f"《{PLAN}》政策解读",
                   links=f'<ul class="latest">{sidebar}</ul>'
                         f'<p><a href="https://www.example.gov.cn/{DOC}">原文</a></p>')
    assert messages(export, findings_of, "policy.interpretation-link") == []
