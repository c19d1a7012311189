"""Step 2, the extension and the decorations at the end of a name: copy markers, editor and paste
suffixes, content hashes (`_split_extension`, `_strip_decorations`).

Reads result, stamps. Serves devices_words, devices, parse.
"""

from __future__ import annotations

import re
from typing import Final

from .result import ParsedName
from .stamps import _stamp_from_groups

# ---------------------------------------------------------------------------------------------
# Step 2: extension and decorations
# ---------------------------------------------------------------------------------------------

_EXT_RE: Final = re.compile(r"\.((?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5})$")
_IMAGE_EXTS: Final = frozenset(
    "jpg jpeg png gif bmp tif tiff webp heic heif avif jfif raw dng cr2 nef arw psd".split()
)
# Each decoration with the characters it can end with: most names end in a digit or a letter
# that rules out most of them, so only those that can match are tried. Then its needle, a piece of text every
# match holds ("" when there is none to name): a search for `…$` tries every position of the name, and most names
# ending in a digit hold no `-`, `~` or `_副本`. Then its window (0: none), the longest match of a marker of bounded
# length, and one for a `$` before a final newline: a search that starts that far from the end finds the same
# match (lookbehinds still see before it).
_COPY_RES: Final = (
    (re.compile(r"\s*-\s*(?:副本|複製|[Cc]opy|[Cc]opia|[Kk]opie|[Cc]opie|Копия)(?:\s*\(\d+\))?$"), "本製yYaeя)", "-", 0),  # Windows
    # Explorer, Chinese (Taiwan's: ` - 複製`, session 25) and English (session 19: and Spanish, Italian, Portuguese, German, French, Russian, as a phone's
    # pictures copied on such a desktop come back)
    (re.compile(r"_副本\d*$"), "本0123456789", "_副本", 0),
    (re.compile(r"\s+拷[贝貝](?:\s*\d+)?$"), "贝貝0123456789", "拷", 0),  # macOS in traditional Chinese: ` 拷貝`
    # macOS Finder in Chinese duplicates `X` as `X的副本`, then `X的副本 2`, `X的副本 3` … (older releases glue the
    # number: `X的副本2`) — search-index files 380395714 (a Finder listing `log的副本 2.log`, `log的副本 3.log`),
    # 8998303181, 21660715336, 17504951086; glued 34147222326, 54622585835, 44968950097, 24688020671
    (re.compile(r"\s*的副本(?: ?\d{1,3})?$"), "本0123456789", "的副本", 0),
    (re.compile(r"(?<=\S)[\s_]?[(（]\d{1,3}[)）]$"), ")）", "", 7),
    (re.compile(r"(?<=[\u4e00-\u9fff\d])\[\d{1,2}\]$"), "]", "[", 4),  # session 12: a web page's numbering `某某[1]`;
    # session 26: a browser cache's copy of a stamped name, `屏幕截图 2025-02-20 180834[0]`, `Screenshot_…-135239[1]`
    (re.compile(r"_(?:看图王|极速看图)$"), "王图", "_", 0),  # image viewers' saved copies (2345看图王, 极速看图)
    (re.compile(r"(?<=\d)~\d{1,2}$"), "0123456789", "~", 0),  # Android galleries save an edited copy as `…~2`
    (re.compile(r"(?:\s+|_)copy(?:\s*\d+)?$", re.IGNORECASE), "yY0123456789", "", 0),  # (session 18: `X_COPY` too)
)
_HEX_END: Final = "0123456789abcdef"
_ALNUM_END: Final = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BUNDLER_HASH: Final = re.compile(r"(?<=\d)[-.](?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{8}$")
# session 13: a news site's CMS (眾新聞, hkcnews) names each size of an upload `<tags>-<ts14>_<4 hex>_large` (or medium,
# small, thumb): the size and its random tag go, the upload stamp is read as a date-time after the words, and the words
# are keyword tags (people in the story among them), no credit
_CMS_RES: Final = ((re.compile(r"(?<=\d{14})_[0-9a-f]{4}_(?:large|medium|small|thumb)$"), "elmb", "_", 26),)
_EDITOR_RES: Final = (
    # Windows Photos and Lightroom's enhanced copies: `-已增强-NR` (denoise), `-已增强-SR` (super resolution), and a
    # copy number after them when one is made again (`-已增强-SR-3`)
    (re.compile(r"-已增强(?:-[A-Z]{1,4}|-\d{1,2})*$"), "强ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "-已增强", 0),
    # Lightroom and Photoshop exports: `-编辑`, `-Edit`, `-HDR`, `-Pano`, with a copy number
    (re.compile(r"(?<=\S)-(?:编辑|Edit|HDR|Pano)(?:-\d{1,2})?$"), "辑tRo0123456789", "-", 9),
    (re.compile(r"-removebg-preview$"), "w", "-removebg-preview", 0),
    (re.compile(r"\s*@\s*[23]x$", re.IGNORECASE), "xX", "@", 0),  # retina exports, `… @ 2x` too
    (re.compile(r"(?:(?<=\d)|(?<=@2x))-[0-9a-f]{32}$"), _HEX_END, "-", 34),  # image hosts append a content hash
    (_BUNDLER_HASH, _HEX_END, "", 10),  # `….4e1c706a`: a bundler's
    (re.compile(r"(?<=\w)(?:[-\s]\d{1,2})?[-\s]scaled(?:-\d{1,2})?$"), "d0123456789", "scaled", 0),  # WordPress resizes
    # big uploads (again), after its own counter when the name was taken (`-0-scaled`, spaced where a page's text copied it)
    (re.compile(r"(?<=\w)-\d{2,4}x\d{2,4}$"), "0123456789", "-", 11),  # and names each size `-1024x768`
    (re.compile(r"(?<=\S)_restored$"), "d", "_restored", 0),  # photo-restoration tools
    (re.compile(r"(?<=\S)[_-]Recovered$"), "d", "Recovered", 0),  # Photoshop's file recovered after a crash
    # WordPress's image editor saves an edited upload as `<name>-e<epoch ms>` (wp_save_image: `-e` . time() . rand)
    (re.compile(r"(?<=\w)-e1[3-9]\d{11}$"), "0123456789", "-e1", 16),
    # a word for what was done to the picture, after a device's or a tool's stamp: the original, an edited, cropped,
    # compressed or high-definition copy, no title (`微信图片_<ts14>-原图`, `IMG_<d8>_<t6>_裁剪`, `QQ<d8>-<t6>-HD`)
    # (session 12: also resized, `…_调整大小`, Windows Photos' resize, and after a copy number `(1)`)
    (re.compile(r"(?:(?<=\d)|(?<=\d\))|(?<=\d）))[-_ ](?:原图|原片|修改版?|已?编辑|裁剪|已裁剪|压缩|修图|精修|调色|缩略图|高清|HDR?"
                r"|已?调整大小|已?調整大小|修改[后後])$"),  # (session 25: Windows Photos' resize in Taiwan's script, `_調整大小`)
     "图片改版辑剪缩修色清DRdr小后後", "", 7),
    # a web page's thumbnail size, bracketed or spelled out: `_(300_x_330_pixel)`, `_640x480px`, `（800×600）`
    (re.compile(r"(?<=\S)[-_ ]?[(（]\d{2,4}[_ ]?x[_ ]?\d{2,4}(?:[_ ]?(?:pixels?|px))?[)）]$"), ")）", "x", 24),
    (re.compile(r"(?<=\S)[-_ ]?[(（]\d{2,4}[_ ]?×[_ ]?\d{2,4}(?:[_ ]?(?:pixels?|px))?[)）]$"), ")）", "×", 24),
    (re.compile(r"(?<=\S)[-_ ]\d{2,4}[_ ]?[x×][_ ]?\d{2,4}[_ ]?(?:pixels?|px)$"), "lsx", "", 24),
    (re.compile(r"(?<=\S)\s*[(（](?:retouched|cropped|edited|restored)[)）]$", re.IGNORECASE), ")）", "", 0),  # Wikimedia Commons
    # Wikimedia imports from Panoramio: `<title>[_<English title>]_-_panoramio[_-_<uploader>]`
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:[a-z0-9]{0,8}|(?:_[A-Za-z0-9,.'&]+)+)_-_panoramio(?:_-_[A-Za-z0-9_.]+)?$"),
     _ALNUM_END, "_-_panoramio", 0),
    (re.compile(r"(?<=\S)\s+-\s+panoramio$", re.IGNORECASE), "oO", "-", 0),
    # bundlers' mixed-case content hash
    (re.compile(r"(?<=\d)-(?=\w*[A-Z])(?=\w*[a-z])[A-Za-z0-9_]{8}$"), _ALNUM_END + "_", "-", 10),
    # round 58: a variant of the same picture noted in brackets, as Commons' `(retouched)` above in Chinese: a
    # brighter or darker scan, a restored, coloured or cropped copy, a wallpaper's crop (`X（亮版）`, `X（修复版）`)
    (re.compile(r"(?<=\S)\s*[(（](?:亮|暗|高清|超清|原图|修复|彩色|黑白|横|竖|壁纸|无水印)版[)）]$"), ")）", "版", 0),
    # round 63: PicX (XPoet/picx, an image host on GitHub) renames an upload `${name}.${hash}.${suffix}`, its hash
    # `Number(<5 random digits> + Date.now()).toString(36)` (src/utils/rename-image.ts, common-utils.ts getUuid):
    # lower-case base 36, a letter and a digit, read only after a tool's stamp (a digit) as a bundler's hash is
    # (session 16: also after a copy number, `微信图片_<ts14>-(1).<hash>`)
    (re.compile(r"(?:(?<=\d)|(?<=\d\)))\.(?=[0-9a-z]*[a-z])(?=[0-9a-z]*[0-9])[0-9a-z]{10,12}$"), _ALNUM_END[:36], ".", 13),
    # round 63: OpenClaw's media store keeps an inbound file as `{sanitized}---{uuid}.ext` (src/media/store.ts
    # saveMediaBuffer, crypto.randomUUID()): the joint and the UUID are no part of the original name
    (re.compile(r"(?<=\S)---[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), _HEX_END, "---", 39),
)
# Paste suffixes: SiYuan -YYYYMMDDhhmmss-<rand>, Typora/blog -<ms><n> and -<ms>-<n>.
_PASTE_RES: Final = (
    (re.compile(r"(?<=\S)-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})-[0-9a-z]{5,8}$"),
     _ALNUM_END, "-", 25),
    (re.compile(r"(?<=\d)-(?P<ms>1\d{12})(?:-?\d{1,3})?$"), "0123456789", "-", 19),
)
_DECORATIONS_BY_LAST: Final[dict[str, tuple[tuple[str, re.Pattern[str], str, int], ...]]] = {}
for _kind, _table in (("copy", _COPY_RES), ("editor", _EDITOR_RES), ("paste", _PASTE_RES), ("cms", _CMS_RES)):
    for _rx, _ends, _needle, _window in _table:
        for _ch in _ends:
            _DECORATIONS_BY_LAST[_ch] = (*_DECORATIONS_BY_LAST.get(_ch, ()), (_kind, _rx, _needle, _window))

# Photoshop's Chinese "存储副本" and duplicated layers exported one by one add ` 副本`, then ` 副本 2`, ` 副本 3` …;
# its older releases glue it: `未标题-1副本` (search-index files 17627835716 `未标题-7副本.png`, 24153103885,
# 56730354234 "Photoshop 預設檔名"; spaced 23802595760, 42456468723 `未标题-1 副本.jpg`; numbered 10824005941
# `椭圆 3 副本 20.png`, 15802216528 `图层 5 副本 2.png`, 29216429796 `14副本 2.png`). Glued only after a digit:
# after words `副本` may be the word itself (a game's dungeon, `团队副本`).
_PHOTOSHOP_COPY_RES: Final = (
    (re.compile(r"(?:(?<=\S) |(?<=\d))副本(?: ?\d{1,3})?$"), "本0123456789"),
)
for _rx, _ends in _PHOTOSHOP_COPY_RES:
    for _ch in _ends:
        _DECORATIONS_BY_LAST[_ch] = (*_DECORATIONS_BY_LAST.get(_ch, ()), ("copy", _rx, "副本", 0))


# A sync client's conflicted copy: Dropbox (and pCloud) keep both versions and name the other
# `<name> (<computer or user>'s conflicted copy <YYYY-MM-DD>)` (search-index files 53118515038, 71482210213
# `dati (PC1's conflicted copy 2026-10-03)`, 62544767593, 69434624803, 59240576578 `foo (Mac mini's conflicted copy
# 2026-04-17)`, 56748629353, 6075615073, 55066607293 pCloud): a copy marker; its day is the conflict's, no date of
# the picture, and the computer's or the user's name no title or credit.
_SYNC_CONFLICT_COPY_RE: Final = re.compile(r"\s?\((?:[^()]{1,60}'s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?\)$")
_DECORATIONS_BY_LAST[")"] = (*_DECORATIONS_BY_LAST.get(")", ()), ("copy", _SYNC_CONFLICT_COPY_RE, "conflicted copy", 0))

# The upload store of Vietnamese news sites (cdn.vietnambiz.vn/<Y>/<M>/<D>/…) keeps the original name, lower-cased,
# and appends `-` + the upload's epoch milliseconds + a random number of 7-10 digits, again at each re-upload
# (search-index files 3681159336 `4613564984-<ms><10>`, 17038159552 `photo-<id>-<ms><8>`, 31985376876,
# 45791793802, 36039096260 `<md5>-<ms><10>`, 22479218543 two suffixes in a row; the folder's day is the stamp's):
# cut, so the original name is read as it would be alone (its own date, or none; the upload time is not given).
_VN_CMS_UPLOAD_SUFFIX_RE: Final = re.compile(r"(?<=\S)-1[3-9]\d{11}\d{7,10}$")
_DECORATIONS_BY_LAST.update({_ch: (*_DECORATIONS_BY_LAST.get(_ch, ()), ("editor", _VN_CMS_UPLOAD_SUFFIX_RE, "-", 25))
                             for _ch in "0123456789"})


_NO_PASTE: Final[tuple[str | None, str | None]] = (None, None)  # a stem with no paste-time suffix: (day, clock)


# round 26: an image service's processing suffix after the extension, as a URL writes it: Aliyun OSS's
# `@<params>` (`.jpg@600w`, `.jpg@100w_100h_1e_1c`, `.jpg@!style`; Bilibili's `.jpg@640w_400h_1c.webp` adds
# the format it serves) and UpYun's `!<style>` (`.jpg!thumb`, `.jpg!/fw/300` — a `/` splits the folders first)
_IMG_PROCESS: Final = re.compile(r"\.(?P<ext>jpe?g|png|gif|webp|bmp|heic|avif)(?:@!?[0-9A-Za-z_,]{1,40}|![0-9A-Za-z_-]{1,30})$",
                                 re.IGNORECASE)


def _split_extension(result: ParsedName, base: str) -> str:
    dot = base.rfind(".")  # an extension starts at the last dot: search from there
    m = _EXT_RE.search(base, dot) if dot >= 0 else None
    if ("@" in base or "!" in base) and dot > 0:
        stem = base[: m.start()] if m else base
        proc = _IMG_PROCESS.search(stem, max(0, stem.rfind(".")))
        if proc and proc.start() > 0:
            result.extension = "." + proc["ext"].lower()
            result.warnings.append("image-service suffix after the extension")
            return stem[: proc.start()]
    if not m:
        return base
    result.extension = "." + m.group(1).lower()
    stem = base[: m.start()]
    dot = stem.rfind(".")
    inner = _EXT_RE.search(stem, dot) if dot >= 0 else None
    if inner and inner.group(1).lower() in _IMAGE_EXTS:
        result.double_extension = True
        result.warnings.append("double extension")
        stem = stem[: inner.start()]
    elif "_" in stem[-14:] and (sized := _SIZED_INNER_EXTENSION.search(stem, max(0, len(stem) - 18))) and sized.start() > 0:
        result.double_extension = True  # session 16: `….jpg_scale_.jpg`, `….png_thumb.png`: a site's resized copy
        result.warnings.append("double extension")
        stem = stem[: sized.start()]
    elif stem[-1:] in "gGfFpP" and (typed := _TYPED_EXTENSION.search(stem, max(0, len(stem) - 5))):
        result.warnings.append("an extension typed into the name")  # `故宫jpg.jpg`: no dot, glued to the words
        stem = stem[: typed.start()]
    return stem


# (speed) per last character, the markers that can match a core holding no `-`: a needle with `-` is not in it
# (most names ending in a digit hold none, and 8 of the 13 markers for a digit need one)
_DECORATIONS_NO_DASH: Final[dict[str, tuple[tuple[str, re.Pattern[str], str, int], ...]]] = {}
# (speed) a needle a marker's match holds where the core holds no `-`: a bundler's hash `[-.]<8 hex>` then holds `.`
_DECORATION_NO_DASH_NEEDLES: Final = {_BUNDLER_HASH: "."}
# a site's resized copy names the size after the original's extension, before its own (`….jpg_scale_.jpg`)
_SIZED_INNER_EXTENSION: Final = re.compile(r"\.(?:jpe?g|png|gif|webp)_[A-Za-z0-9]{2,12}_?$", re.IGNORECASE)
# `故宫jpg.jpg`: an image extension typed, without its dot, straight after Chinese words
_TYPED_EXTENSION: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?:jpe?g|png|gif|JPE?G|PNG|GIF)$")


# A copy marker some systems write before the name: Windows XP's `复件 X`, `复件 (2) X` and `Copy of X`, `Copy (2) of X`,
# which Google Drive still writes
_COPY_PREFIX: Final = re.compile(r"复件(?:\s?[(（]\d{1,3}[)）] ?| |(?=[A-Za-z0-9]))|Copy (?:\(\d{1,3}\) )?of ")  # (`复件整理`: a word)


def _strip_decorations(result: ParsedName, stem: str) -> tuple[str, tuple[str | None, str | None]]:
    """Peel copy markers, editor and paste suffixes off the end, in any order: (the core, the paste stamp).
    (speed) locals and a tuple, not an object's attributes: every name runs this."""
    core = stem.rstrip()
    markers: list[str] = []
    if core[:1] in "C复" and (lead := _COPY_PREFIX.match(core)) and lead.end() < len(core):
        core = core[lead.end():]
        result._set("copy_marker", lead.group(0), "copy marker", 0.95)  # the markers at the end follow it
    if core[-1:] not in _DECORATIONS_BY_LAST:
        return core, _NO_PASTE  # every marker and suffix ends in one of these (副本, 拷贝, (2), -NR, hex …)
    paste = _NO_PASTE
    changed = True
    while changed and core:
        changed = False
        last = core[-1]
        cands = _DECORATIONS_BY_LAST.get(last, ()) if "-" in core else _DECORATIONS_NO_DASH.get(last)
        if cands is None:  # (speed) built on first use, from the whole table: the markers whose needle holds no `-`
            cands = _DECORATIONS_NO_DASH[last] = tuple((kind, rx, _DECORATION_NO_DASH_NEEDLES.get(rx, needle), window)
                                                       for kind, rx, needle, window in _DECORATIONS_BY_LAST.get(last, ())
                                                       if "-" not in needle)
        size = len(core)
        for kind, rx, needle, window in cands:
            if window:  # (speed) a windowed marker's match, and so its needle, lies after `start`
                start = size - window if size > window else 0
                m = rx.search(core, start) if not needle or core.find(needle, start) >= 0 else None
            else:
                m = rx.search(core) if needle in core else None
            if not m or m.start() == 0:
                continue
            if kind == "paste" and len(m.group(0)) == 15 and core[: m.start()].isdigit():
                continue  # round 22: `<id>-<14 digits>` (DedeCMS `240460-13033106243430`): an id and a stamp, no paste
            if kind == "copy":
                markers.insert(0, m.group(0))
            elif kind == "paste":
                paste = _stamp_from_groups(m.groupdict())
            elif kind == "cms":
                result.family = "cms_keyword"  # the words before its stamp are the upload's keyword tags: no credit
            core, changed = core[: m.start()].rstrip() if kind == "copy" else core[: m.start()], True
            break  # the end changed: look again from the new last character
    if markers:
        result._set("copy_marker", (result.copy_marker or "") + "".join(markers), "copy marker", 0.95)
    return core, paste
