"""Every visitor-facing text of the browse pages, in one place, so another language can follow.

Templates read them as ``T.key`` (a Jinja global); texts with blanks use ``str.format``
names (``T.photos_n.format(n=3)``). To add a language, add a dict with the same keys to
``TEXTS`` and pick it in :func:`texts`.
"""

from __future__ import annotations

from collections.abc import Iterable

ZH_CN: dict[str, str] = {
    "site": "图库",
    "site_description": "新闻图片库：按摄影师、地点、日期和文字检索照片",
    "footer": "图库 · 新闻图片检索与图说管理",
    "search_label": "搜索照片",
    "search_placeholder": "搜索标题、图说、摄影师、地点、年份…",
    "search_button": "搜索",
    "nav_label": "主导航",
    "nav_photos": "照片",
    "nav_timeline": "时间线",
    "nav_photographers": "摄影师",
    "nav_places": "地点",
    "nav_articles": "稿件",
    "nav_duplicates": "重复照片",
    "nav_errors": "问题文件",
    "skip": "跳到正文",
    "indexing": "正在索引新照片（开始于 {at}），页面内容会陆续更新。",
    # grid and paging
    "pager_label": "翻页",
    "prev_page": "← 上一页",
    "next_page": "下一页 →",
    "page_of": "第 {page} / {pages} 页",
    "loading_more": "正在加载更多照片…",
    "photos_n": "{n} 张",
    "total_photos": "共 {n} 张",
    "untitled": "（无标题）",
    "credit": "（{names} 摄）",
    "names_sep": "、",
    # viewer
    "viewer_label": "看图",
    "viewer_close": "关闭",
    "viewer_prev": "上一张",
    "viewer_next": "下一张",
    "viewer_zoom": "原图",
    "viewer_fit": "适合屏幕",
    "viewer_details": "详情",
    "viewer_hint": "← → 翻看 · Esc 关闭 · Z 原图",
    "view_full": "全屏看图",
    "open_original": "下载原图",
    "newer": "← 较新",
    "older": "较旧 →",
    # photo page
    "neighbours_label": "前后照片",
    "photo_missing": "这张照片的文件已不在原处（已标记为缺失，信息仍保留）。",
    "fields_caption": "照片信息及来源",
    "col_item": "项目",
    "col_value": "内容",
    "col_source": "来源",
    "field_title": "标题",
    "field_caption": "图说",
    "field_photographers": "摄影师",
    "field_place": "地点",
    "field_date": "日期",
    "field_keywords": "关键词",
    "field_credit": "署名",
    "field_copyright": "版权",
    "rule": "规则：{rule}",
    "other_sources": "其他来源",
    "conflicts": "来源之间有分歧：",
    "conflicts_hint": "（展开“其他来源”查看）",
    "from_articles": "出自稿件",
    "exif": "相机信息（EXIF）",
    "exif_taken": "拍摄时间",
    "exif_camera": "相机",
    "exif_lens": "镜头",
    "exif_exposure": "曝光",
    "exif_orientation": "方向",
    "exif_size": "尺寸",
    "seconds": "{s} 秒",
    "pixels": "{w} × {h} 像素",
    "files": "文件",
    "missing": "缺失",
    "repaired": "文件名已从 GBK 修复",
    "copy_marker": "副本标记 {marker}",
    # timeline
    "timeline": "时间线",
    "timeline_intro": "按年份和月份浏览，数字是照片张数。",
    "timeline_empty": "还没有带日期的照片。",
    "no_date": "日期不详",
    "year_n": "{year} 年",
    "month_n": "{month} 月",
    "year_month": "{year} 年 {month} 月",
    "day_heading": "{month} 月 {day} 日 {weekday}",
    "weekdays": "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
    "jump_to_month": "跳到月份",
    "jump": "前往",
    "prev_month": "← 上个月",
    "next_month": "下个月 →",
    "month_empty": "这个月没有照片。",
    "all_months": "全部年月",
    # photographers and places
    "photographers": "摄影师",
    "photographers_n": "{n} 位",
    "photographers_empty": "还没有识别出摄影师。",
    "photographer_of": "{name} 的照片",
    "places": "地点",
    "place_photos": "摄于{name}的照片",
    "date_range": "拍摄时间",
    "cover": "封面照片",
    "photos_label": "照片",
    "search_within": "在搜索中查看全部 →",
    "seen_places": "拍摄地点",
    "seen_photographers": "摄影师",
    "and_more": "等 {n} 处",
    "unknown": "—",
    # articles
    "articles": "稿件",
    "articles_n": "{n} 篇",
    "articles_empty": "还没有导入稿件页面。",
    "article": "稿件",
    "source": "来源：{source}",
    "editor": "责任编辑：{editor}",
    "tags": "标签：{tags}",
    "images_n": "{n} 张图",
    "image_missing": "图片缺失",
    "file_missing": "文件缺失",
    # problem files and errors
    "errors": "问题文件",
    "errors_n": "{n} 个",
    "errors_empty": "没有问题文件。",
    "last_run": "最近一次索引：{at}，{status}",
    "run_counts": "：新增 {added}，失败 {failed}",
    "run_done": "已完成",
    "run_running": "进行中",
    "run_interrupted": "被中断",
    "col_file": "文件",
    "col_reason": "原因",
    "col_time": "时间",
    "error_title": "出错了",
    "back_home": "回到全部照片",
}

TEXTS: dict[str, dict[str, str]] = {"zh-CN": ZH_CN}


class Texts(dict):
    """A language's texts; a missing key shows itself rather than breaking a page."""

    def __getattr__(self, key: str) -> str:
        return self.get(key, key)

    def __missing__(self, key: str) -> str:
        return key


def texts(lang: str = "zh-CN") -> Texts:
    """The texts of a language (简体中文 when there is no such language)."""
    return Texts(TEXTS.get(lang, ZH_CN))


def credit_line(names: Iterable[str] | None, lang: str = "zh-CN") -> str:
    """The credit as newspapers print it after a caption: ``（周明生 摄）``; empty without names."""
    chosen = [n for n in (names or []) if n]
    if not chosen:
        return ""
    table = texts(lang)
    return table.credit.format(names=table.names_sep.join(chosen))


def weekday(day: str, lang: str = "zh-CN") -> str:
    """The weekday of a ``YYYY-MM-DD`` date, empty when it is not a real date."""
    from datetime import date

    try:
        return texts(lang).weekdays.split()[date.fromisoformat(day[:10]).weekday()]
    except ValueError:
        return ""
