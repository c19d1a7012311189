"""Read an article page: which image files it names, and the caption that follows each.

Pure module, standard library only. A caption page is plain text as copied from a news
site: the article's title, a ``来源:`` line with the source and published time, the body,
``标签:`` and ``责任编辑:`` lines, and blocks such as 阅读推荐 in which each image file name is
followed, on the next line, by its caption. A section heading, the article's own title or
another image name is never a caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

IMAGE_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".tif", ".tiff", ".bmp", ".avif",
)

# Headings that open a block of linked pictures on Chinese news sites.
SECTION_HEADINGS = frozenset(
    "阅读推荐 推荐阅读 相关阅读 延伸阅读 相关新闻 相关报道 本网策划 图片新闻 精彩推荐 热点推荐 "
    "编辑推荐 热门推荐 猜你喜欢 更多精彩 往期回顾 专题 图集 组图 相关图集 推荐".split()
)
_HEADING_ENDINGS = ("推荐", "策划", "阅读", "回顾", "专题", "报道", "图集")

_SOURCE_RE = re.compile(r"^\s*来源\s*[:：]\s*(?P<source>.*?)\s*(?P<when>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$")
_TAGS_RE = re.compile(r"^\s*(?:标签|关键词|关键字)\s*[:：]\s*(?P<tags>.+)$")
_EDITOR_RE = re.compile(r"^\s*(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<editor>.+)$")
_SPACES = re.compile(r"[\s\u00a0\u3000]+")


@dataclass
class PageImage:
    """An image file named on the page, with its caption when the page gives one."""

    name: str
    position: int
    caption: str | None = None
    section: str | None = None


@dataclass
class Article:
    """What an article page says: its own facts and the images it names."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    tags: list[str] = field(default_factory=list)
    editor: str | None = None
    body: str = ""
    images: list[PageImage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def is_image_name(line: str) -> bool:
    """True when a line is a bare image file name (``X.jpg``, ``X.jpg.jpg``)."""
    text = line.strip()
    return (
        0 < len(text) <= 255
        and text.lower().endswith(IMAGE_EXTENSIONS)
        and "\t" not in text
        and len(text) > len(text.rsplit(".", 1)[-1]) + 1
    )


def is_heading(line: str) -> bool:
    """True for a section heading such as 阅读推荐 or 本网策划."""
    text = _SPACES.sub("", line)
    if text in SECTION_HEADINGS:
        return True
    return 2 <= len(text) <= 6 and text.endswith(_HEADING_ENDINGS) and not re.search(r"[，。,.!！?？:：]", text)


def looks_like_page(text: str) -> bool:
    """True when a text file looks like a caption page: it names at least one image file."""
    return any(is_image_name(line) for line in text.splitlines())


def parse_page(text: str) -> Article:
    """Read an article page's text into an :class:`Article`."""
    article = Article()
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    _read_head(lines, article)
    _read_images(lines, article)
    article.body = "\n".join(
        line for line in lines
        if line and not is_image_name(line) and line not in {c.caption for c in article.images}
    )[:20000]
    return article


def _read_head(lines: list[str], article: Article) -> None:
    """Title, source, published time, tags and editor from the page's own lines."""
    for index, line in enumerate(lines):
        match = _SOURCE_RE.match(line)
        if match and article.source is None:
            article.source = _SPACES.sub(" ", match["source"]).strip() or None
            article.published = _normalise_when(match["when"])
            article.title = article.title or _title_before(lines, index)
            continue
        if (match := _TAGS_RE.match(line)) and not article.tags:
            article.tags = [t.strip() for t in re.split(r"[;；,，、\s]+", match["tags"]) if t.strip()]
            continue
        if (match := _EDITOR_RE.match(line)) and article.editor is None:
            article.editor = match["editor"].strip()
    if article.title is None:
        article.title = next(
            (line for line in lines if line and not is_image_name(line) and not is_heading(line)), None
        )
        if article.title:
            article.warnings.append("no 来源 line: the first text line was taken as the title")


def _title_before(lines: list[str], index: int) -> str | None:
    """The last text line before the 来源 line that is neither an image name nor a heading."""
    for line in reversed(lines[:index]):
        if line and not is_image_name(line) and not is_heading(line):
            return line
    return None


def _normalise_when(when: str | None) -> str | None:
    if not when:
        return None
    date, _, clock = _SPACES.sub(" ", when).partition(" ")
    year, month, day = date.split("-")
    stamp = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return f"{stamp} {clock}" if clock else stamp


def _read_images(lines: list[str], article: Article) -> None:
    """Each image name in page order, with the next line as its caption when it is one."""
    section: str | None = None
    for index, line in enumerate(lines):
        if not line:
            continue
        if is_heading(line):
            section = _SPACES.sub("", line)
            continue
        if not is_image_name(line):
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        caption = nxt if _is_caption(nxt, article) else None
        article.images.append(
            PageImage(name=line, position=len(article.images), caption=caption, section=section)
        )


def _is_caption(line: str, article: Article) -> bool:
    return bool(
        line
        and not is_image_name(line)
        and not is_heading(line)
        and line != article.title
        and not _SOURCE_RE.match(line)
        and not _TAGS_RE.match(line)
        and not _EDITOR_RE.match(line)
    )
