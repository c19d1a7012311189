"""Step 3, the exact device, app and CMS patterns (微信图片_…, Screenshot_…, mmexport<ms> …) and their
matcher (`_DEVICE_PATTERNS`, `_match_device`).

Reads no other module. Serves devices_words, devices_tolerant, devices_schemes, devices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from .stamps import _DAY_PERIODS

# ---------------------------------------------------------------------------------------------
# Step 3: device, app and CMS names
# ---------------------------------------------------------------------------------------------

_LATIN_LEADS: Final = "abcdefghijklmnopqrstuvwxyz"
_TS14: Final = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_D8_T6: Final = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})[_-](?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_ISO_D: Final = r"(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})"
_UUID: Final = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@dataclass(frozen=True)
class _Pattern:
    lead: str  # possible first characters (lower case), "" = any
    regex: re.Pattern[str]
    family: str
    kind: str
    date_kind: str | None
    rule: str
    alone: bool = False  # read only when nothing follows it (see `_match_device_before_words`)


def _p(lead: str, rx: str, family: str, kind: str, date_kind: str | None, rule: str, *, alone: bool = False) -> _Pattern:
    return _Pattern(lead, re.compile(rx, re.IGNORECASE), family, kind, date_kind, rule, alone)


_CN_APPS: Final = ("美图秀秀|美图|醒图|轻颜相机|轻颜|美颜相机|无他相机|黄油相机|一甜相机|B612咔叽|剪映|抖音|快手|微博图片|微博"
                   "|小红书|百度图片|拍立得|Faceu激萌|激萌")
_DEVICE_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # Screen-capture tools that write their name, a space and a date-time (GNOME `Screenshot from
    # 2023-05-12 14-30-22`, Greenshot, Bandicam `…-123` with milliseconds)
    # (round 18: spaces in the clock too — `Greenshot 2023-10-09 23 34 13`, `Goodnotes 2024-09-28 02 24 02`,
    # search-index files 4738512522, 10160521291: screenshot tools that name a capture after the window's app)
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{2,15}(?: from)? (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[ _]"
       r"(?P<h>\d{2})[-_. ](?P<m>\d{2})[-_. ](?P<s>\d{2})(?:-\d{1,3})?",
       "app_screenshot", "screenshot", "screenshot", "app name + spaced timestamp"),
    # (round 29: Greenshot's default file name pattern `${capturetime:d"yyyy-MM-dd HH_mm_ss"}-${title}`, the title
    # being the captured window's — CoreConfiguration.cs, described in search-index files 55967616490 and
    # 37490401093, the format parser in 1553982923 — so the window's name (`Microsoft Edge`, `微信`) is no title;
    # the clock must be valid, or the name is read as before)
    _p("12", r"(?P<Y>(?:19|20)\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) (?P<h>[01]\d|2[0-3])_(?P<m>[0-5]\d)_(?P<s>[0-5]\d)(?:-.*)?",
       "greenshot", "screenshot", "screenshot", "Greenshot capturetime-title"),
    # Round 19 (set 18's apps; sources in tests/test_names.py ROUND19_DEVICES). 腾讯截图 for macOS (Jietu)
    # `JietuYYYYMMDD-hhmmss[@2x]` (search-index files 35099600281, 4513010416, 40141779316, 28277302606);
    # Shottr `SCR-YYYYMMDD-<4 letters>`, a day and no time (18218573921, 11561635721, 55813713176);
    # Microsoft Edge 网页捕获 `网页捕获_D-M-YYYY_Hmmss_<host or page title>`, day first, hour unpadded
    # (13817455309, 7932679618, 13217463462, 6937516860, 46327866281: the host and page title are no title);
    # Windows 10 截图和草图 in Chinese `批注 YYYY-MM-DD hhmmss` (12580342302, 2587315066, 19886720840);
    # 企业微信 on macOS `企业微信YYYYMMDD-hhmmss` and `企业微信<ts14>` (13040485937, 38418809649, 34689743569);
    # TAPD attachments `tapd_<workspace id>_<epoch s>_<n>` (20625959589, 23198355607);
    # 博客园 uploads `<blog user id>-<YYYYMMDDhhmmssSSS>-<random>` (17407287625, 9100592815, 6020539015,
    # 57167473720, 27719607010, 13443853855: `img2020.cnblogs.com/blog/<id>/<YYYYMM>/…`, the month agrees);
    # GoPro `GOPRnnnn` with a site's width or edit suffix
    _p("j", r"Jietu(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:[-_]\d{1,3})?",
       "jietu_screenshot", "screenshot", "screenshot", "Jietu timestamp"),
    # (its older name Snip: `SnipYYYYMMDD_<n>`, a day and a counter — 22702684621, 25991851, 17755479796)
    _p("s", r"Snip(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_\d{1,4})?", "jietu_screenshot", "screenshot", "screenshot",
       "Snip date"),
    _p("s", r"SCR-(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})-[a-z]{4}", "shottr", "screenshot", "screenshot",
       "Shottr SCR-YYYYMMDD"),
    _p("网", r"网页捕获_(?P<D>\d{1,2})-(?P<M>\d{1,2})-(?P<Y>20\d{2})_(?P<h>\d{1,2})(?P<m>\d{2})(?P<s>\d{2})(?:_.*)?",
       "edge_web_capture", "screenshot", "screenshot", "网页捕获 D-M-YYYY_Hmmss"),
    # (`批注 2021-11-17 17120`, 32409258149: five digits are an unpadded clock that does not read — the day only,
    # as `屏幕截图 … 17120` is read)
    _p("批", rf"批注[\s_]*{_ISO_D}(?:[\s_]+(?:(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})|\d{{1,5}}))?", "win_snipping",
       "screenshot", "screenshot", "批注 timestamp"),
    # Edge's capture with its stamp cut off (`网页捕获_`, 2502139550) is a default name
    _p("网", r"网页捕获[-_ ]?\d{0,3}", "default_name", "generic", None, "网页捕获 alone"),
    _p("企", rf"企业微信{_TS14}", "wecom_screenshot", "screenshot", "screenshot", "企业微信 timestamp"),
    _p("企", rf"企业微信{_D8_T6}", "wecom_screenshot", "screenshot", "screenshot", "企业微信 timestamp"),
    _p("t", r"tapd_\d{4,10}_(?P<sec>1[3-9]\d{8})_\d{1,4}", "tapd", "cms", "uploaded", "TAPD epoch s"),
    _p("0123456789", rf"\d{{1,9}}-{_TS14}\d{{3}}-\d{{5,10}}", "cnblogs", "cms", "uploaded", "博客园 <id>-<ts17>-<rand>"),
    _p("g", r"GOPR\d{4}(?:[-_]\d{1,4})?", "gopro", "camera", None, "GoPro GOPRnnnn"),
    # Round 20 (set 19's tools; sources in tests/test_names.py ROUND20_RULES). macOS Photo Booth
    # `Photo on YYYY-M-D at hh.mm[ #n]` (search-index files 7774719556, 33072233162): the day, hours and
    # minutes only, so no time (as CamScanner's hh.mm); GoFullPage `screencapture-<host>-<path>-YYYY-MM-DD-hh-mm-ss`
    # (56210722961; the host and path are no title); FireShot `FireShot Capture NNN - <page title> - <host>`
    # (13026805254: a web page's title is no photo title); a renamed macOS screenshot with its spaces and
    # dots gone `screenshot_YYYY-MM-DDathhmmss` (39877020879); KakaoTalk `KakaoTalk_YYYYMMDD_hhmmssSSS[_n]`
    # with a Vercel Blob suffix `.jpg-<random>` (20089504378); default saves `Image from iOS` (Gmail share,
    # 3619163207, 3290772150), Bing's `th` and Google Images' `images` (19622656130, 36960523209)
    _p("p", r"Photo on (?P<Y>20\d{2})-(?P<M>\d{1,2})-(?P<D>\d{1,2}) at \d{1,2}\.\d{2}(?: #\d{1,3})?",
       "photo_booth", "camera", "shot", "Photo Booth date"),
    _p("s", r"screencapture-[a-z0-9][a-z0-9.-]*?-(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})-(?P<h>\d{2})[-_](?P<m>\d{2})"
       r"[-_](?P<s>\d{2})", "gofullpage", "screenshot", "screenshot", "GoFullPage screencapture-<host>"),
    _p("f", r"FireShot Capture \d{1,4}(?: - .*)?", "fireshot", "screenshot", None, "FireShot Capture NNN"),
    _p("s", r"screenshot[_ ]?(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[_ ]?at[_ ]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})",
       "mac_screenshot_en", "screenshot", "screenshot", "screenshot YYYY-MM-DDathhmmss"),
    _p("k", r"KakaoTalk_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3}(?:_\d{1,3})?"
       r"(?:\.jpe?g-[A-Za-z0-9]{20,40})?", "kakaotalk", "wechat_image", "saved", "KakaoTalk timestamp"),
    # a site's upload `image_<epoch s>_<camera name>` (6398340701): the upload time, the camera's frame no title
    # (`image_<digits>` alone stays a default name with no date, as before)
    _p("i", r"image_(?P<sec>1[3-9]\d{8})_(?:IMG|DSC|DSCF|DJI|PXL)_\d{4}(?:_\d{8})?", "cms_upload", "cms", "uploaded",
       "image_<epoch s>_<camera name>"),
    # (`th` and `images` only with a browser's copy marker: _BROWSER_SAVE in _apply_device)
    _p("i", r"Image from iOS(?: ?\(\d{1,3}\))*", "default_name", "generic", None, "Image from iOS"),
    # WeChat, QQ, TIM, WeCom
    # WeChat for Windows numbers the pictures it saves within one second with a counter glued to the
    # stamp: `…<ts14>1` … `…<ts14>9`, `…<ts14>10` (search-index file 21648138229: one second's ten, 1 to 10)
    _p("微", rf"微信图片_{_TS14}\d{{0,2}}(?:_\w+)?", "wechat_image", "wechat_image", "saved", "微信图片 timestamp"),
    _p("微", rf"微信图片_{_ISO_D}_(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})(?:_\d+)*",
       "wechat_image", "wechat_image", "saved", "微信图片 timestamp"),
    _p("", rf".{{1,2}}信图片_{_TS14}(?:_\w+)?", "wechat_image", "wechat_image", "saved",
       "微信图片 timestamp (damaged prefix)"),
    _p("企", r"企业微信截图_(?P<ms>1\d{12})\d?(?:_1\d{13})*(?:_[A-Za-z0-9]{6,16})?", "wecom_screenshot", "screenshot", "screenshot",
       "企业微信截图 epoch ms"),
    # (round 35: 企业微信 for macOS names its screenshots `WXWorkCapture_<epoch ms>` with the same counter digit as
    # 企业微信截图_ — search-index files 31395525632 `…_16565816661741` in a 2022/07/01 upload path, 28926613549,
    # 41725409362, 15402147132, 13452024954, 24224597760 `…_1666709378190`; its cache `WXWorkCapture_1` has no date)
    _p("w", r"WXWorkCapture_(?P<ms>1\d{12})\d?", "wecom_screenshot", "screenshot", "screenshot", "WXWorkCapture epoch ms"),
    _p("w", r"WXWorkCapture_\d{1,3}", "default_name", "generic", None, "WXWorkCapture cache"),
    # (session 17: the same counter after a screenshot's stamp, `微信截图_2020052511093611`, search-index file 31235053892)
    _p("微企", rf"(?P<wecom>企业)?微信截图_{_TS14}\d{{0,2}}", "wechat_screenshot", "screenshot", "screenshot",
       "微信截图 timestamp"),
    _p("企", rf"企业微信截图_{_UUID}", "wecom_screenshot", "screenshot", None, "企业微信截图 uuid"),
    _p("微", rf"微信图片编辑_{_TS14}", "wechat_image", "wechat_image", "saved", "微信图片编辑 timestamp"),
    # session 26: the stamp cut to its day (`微信图片_20210701`, set 100): the day is read, a valid one only
    _p("微", r"微信图片_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})", "wechat_image", "wechat_image", "saved", "微信图片 day"),
    _p("微", r"微信图片_\d+", "wechat_image", "wechat_image", None, "微信图片"),
    # editors and upload tools append their own ids, hashes or times (`_e94cdceca4`, `_cropped_…`)
    # (session 12: `mmexport<md5>_<ms>`, a file's hash before the export time, seen saved on a county paper's page)
    # (session 26: a hash glued after the time, `mmexport<ms13><16 hex>`, set 116: the time is read, the hash no title)
    _p("m", r"mmexport(?P<ms>1\d{12})(?:(?=[0-9]*[a-f])[0-9a-f]{16}(?:[0-9a-f]{16})?)?(?:[-_]\w+)*", "wechat_mmexport", "wechat_image", "exported",
       "mmexport epoch ms"),
    _p("m", r"mmexport[0-9a-f]{32}_(?P<ms>1\d{12})(?:[-_][0-9A-Za-z]+)*", "wechat_mmexport", "wechat_image", "exported",
       "mmexport<md5> epoch ms", alone=True),
    _p("w", r"wx_camera_(?P<ms>1\d{12})(?:[-_]\d{1,3})?", "wechat_camera", "camera", "shot", "wx_camera epoch ms"),
    # WeChat's other saves (WechatExif README): a thumbnail, a QR code, the old microMsg cache name
    _p("t", r"tpmmexport(?P<ms>1\d{12})", "wechat_mmexport", "wechat_image", "exported", "tpmmexport epoch ms"),
    _p("tm", r"(?:thumb)?mm(?:export|qrcode)(?P<ms>1\d{12})", "wechat_mmexport", "wechat_image", "exported",
       "WeChat thumb/qrcode epoch ms"),
    _p("m", r"microMsg\.(?:tmp\.)?(?P<ms>1\d{12})", "wechat_micromsg", "wechat_image", "exported", "microMsg epoch ms"),
    # (round 35: a picture pasted from the clipboard into an image library (Eagle) or a note app is named
    # `Clipboard - YYYY-MM-DD HH.MM.SS` — search-index files 71026344551 `…\Eagle\….library\images\….info\Clipboard
    # - 2026-06-15 16.08.16.png`, 45271418154, 1492829436, 11404187710, 53982622687; GitHub alt text with spaces
    # 58544388018, 27263365706: the paste's time, the word no title; hours and minutes only give nothing here)
    _p("c", r"Clipboard - (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) (?P<h>\d{2})[. ](?P<m>\d{2})[. ](?P<s>\d{2})",
       "clipboard_paste", "app_export", "pasted", "Clipboard - date time"),
    # CamScanner: `CamScanner 03-15-2021 10.22[.33][_<page>]`, month first; no seconds, no time given
    _p("c", r"CamScanner (?P<M>\d{2})-(?P<D>\d{2})-(?P<Y>\d{4}) (?P<h>\d{2})\.(?P<m>\d{2})\.(?P<s>\d{2})(?:_\d{1,3})?",
       "camscanner", "app_export", "saved", "CamScanner timestamp"),
    _p("c", r"CamScanner (?P<M>\d{2})-(?P<D>\d{2})-(?P<Y>\d{4}) \d{2}\.\d{2}(?:_\d{1,3})?",
       "camscanner", "app_export", "saved", "CamScanner date"),
    _p("0123456789", r"\d{6,}_\.pic(?:_hd|_thumb)?", "wechat_mac", "wechat_image", None, "Mac WeChat <id>_.pic"),
    _p("w", r"wechatimg\d+", "wechat_mac", "wechat_image", None, "WechatIMG"),
    _p("w", r"webwxgetmsgimg(?:\s*\(\d+\))?", "wechat_web", "wechat_image", None, "webwxgetmsgimg"),
    # (round 50: one or two digits glued after the stamp, as 微信图片_<ts14> (one second's counter, above) and
    # QQ截图<ts14> already take them: a counter, not part of the clock; QQ's own code was not found, so no more)
    _p("q", rf"QQ(?:图片|视频){_TS14}\d{{0,2}}", "qq_image", "wechat_image", "saved", "QQ图片 timestamp"),
    # (session 16: its Chinese UI on a Latin system writes `WeChat 圖片_<ts14>`, set 86)
    _p("w", rf"(?:weixin|wechat) (?:image|图片)_{_TS14}(?:_\d+)?", "wechat_image", "wechat_image", "saved",
       "Weixin Image timestamp"),
    # (session 12: a second stamp after it, `QQ截图<ts14>_<ts14>`, is when the shot was saved again: the first is the shot)
    _p("q", rf"QQ(?:浏览器)?截图{_TS14}\d?_\d{{14}}", "qq_screenshot", "screenshot", "screenshot", "QQ截图 timestamp, saved again", alone=True),
    # (session 14: QQ截图 with two counter digits met on a real page, `QQ截图2019052501082921`, as QQ图片 takes them)
    _p("q", rf"QQ(?:浏览器)?截图{_TS14}\d{{0,2}}", "qq_screenshot", "screenshot", "screenshot", "QQ截图 timestamp"),
    _p("t", rf"TIM图片{_TS14}", "tim_image", "wechat_image", "saved", "TIM图片 timestamp"),
    _p("t", rf"TIM截图{_TS14}\d?", "tim_screenshot", "screenshot", "screenshot", "TIM截图 timestamp"),
    _p("q", rf"QQ{_D8_T6}-HD(?:-\d{{4,10}})?", "qqnt_screenshot", "screenshot", "screenshot", "QQ NT HD copy timestamp", alone=True),
    _p("q", rf"QQ{_D8_T6}", "qqnt_screenshot", "screenshot", "screenshot", "QQ NT timestamp"),
    # (session 18: a host's random digits and upload milliseconds glued after it, `QQ<d8>-<t6>-<10 + 13 digits>`)
    _p("q", rf"QQ{_D8_T6}-\d{{13,26}}", "qqnt_screenshot", "screenshot", "screenshot", "QQ NT timestamp", alone=True),
    # session 18: QQ's screenshot with no name given (`QQ截图未命名`): no date, no title
    _p("q", r"QQ截图未命名", "qq_screenshot", "screenshot", None, "QQ截图 unnamed"),
    # session 18: WeChat for macOS names a screenshot `WX<YYYYMMDD>-<hhmmss>[@2x]` (set 107's thirteen names, from
    # thirteen sources), as 腾讯截图 (Jietu) and QQ for macOS do
    _p("w", rf"WX{_D8_T6}(?:[-_]\d{{1,3}})?", "wechat_mac_screenshot", "screenshot", "screenshot", "WX (WeChat for Mac) timestamp"),
    _p("q", rf"QQ{_TS14}", "qqnt_image", "wechat_image", "saved", "QQ NT timestamp"),
    _p("钉", rf"钉钉(?:截图|图片)?_?{_TS14}", "dingtalk", "screenshot", "screenshot", "钉钉 timestamp"),
    _p("飞", rf"飞书{_D8_T6}", "feishu_screenshot", "screenshot", "screenshot", "飞书 timestamp"),
    # screenshots
    _p("屏", rf"屏幕截图(?:\(\d+\))?\s*{_ISO_D}\s+(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})",
       "win_snipping", "screenshot", "screenshot", "屏幕截图 timestamp"),
    _p("屏", rf"屏幕快照\s*{_ISO_D}\s*(?P<ap>{_DAY_PERIODS})?(?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})",
       "mac_screenshot_old", "screenshot", "screenshot", "屏幕快照 12-hour timestamp"),
    _p("截", rf"(?:截屏|截图(?=\s))\s*{_ISO_D}(?:\s*(?P<ap>{_DAY_PERIODS})?(?P<h>\d{{1,2}})[.\s](?P<m>\d{{2}})[.\s](?P<s>\d{{2}})(?:-\d{{5,10}})?)?",
       "mac_screenshot", "screenshot", "screenshot", "截屏 timestamp"),
    _p("截", rf"(?:截屏|截图)_?{_TS14}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("截", rf"(?:截屏|截图)_{_D8_T6}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("3u", rf"(?:360|UC)截图{_TS14}\d{{0,3}}", "screenshot_cn", "screenshot", "screenshot", "360/UC截图 timestamp"),
    _p("3", r"360截图\d{8,17}", "screenshot_cn", "screenshot", None, "360截图 id"),
    _p("搜", rf"搜狗截图{_TS14}", "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 timestamp"),
    # (session 18: its `HHmm` after the day holds no seconds: the day is read, the clock left unread, as every labelled
    # set writes it, seven names in two sets)
    _p("搜", r"搜狗截图(?P<Y>\d{2})年(?P<M>\d{2})月(?P<D>\d{2})日\d{4}(?:_\d+)?",
       "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 day"),
    # session 18: the same slugged by a blog's uploader (WordPress: `screen-shot-2018-04-06-at-16-46-31`, lower case, every
    # space and dot a hyphen)
    _p("s", r"screen-shot-(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})-at-(?P<h>\d{1,2})-(?P<m>\d{2})-(?P<s>\d{2})"
       r"(?:-(?P<ap>am|pm))?(?:-\d{1,3})?", "mac_screenshot_en", "screenshot", "screenshot", "Screenshot … at timestamp"),
    _p("s", r"screen\s?(?:shot|recording)[ _]" + _ISO_D + r"[\s_]+at[\s_]+(?P<h>\d{1,2})\.(?P<m>\d{2})\.(?P<s>\d{2})(?:[\s_]*(?P<ap>AM|PM))?",
       "mac_screenshot_en", "screenshot", "screenshot", "Screenshot … at timestamp"),
    # (round 29: 百度输入法's screenshot `BaiduShurufa_{Y}-{M}-{D}_{H}-{m}-{s}`, every part unpadded — search-index
    # files 40917508888 `BaiduShurufa_2018-3-13_9-56-1`, 11158429068 `…_2016-6-30_19-1-12`, 26315125216
    # `…_2024-1-17_22-32-5`, 66448694176; a resource name with `_` for `-`, 12557574600 `…_2014_8_2_16_32_58`:
    # the separators delimit every part, so no split is guessed; the tool's name is no title)
    *(_p("b", rf"BaiduShurufa_(?P<Y>20\d{{2}}){sep}(?P<M>\d{{1,2}}){sep}(?P<D>\d{{1,2}})_(?P<h>\d{{1,2}}){sep}(?P<m>\d{{1,2}})"
         rf"{sep}(?P<s>\d{{1,2}})(?:[ _]?\(\d{{1,3}}\))?", "baidu_ime_screenshot", "screenshot", "screenshot",
         "百度输入法 screenshot") for sep in "-_"),
    # (round 29: Firefox Screenshots `Screenshot ${YYYY-MM-DD} at ${HH-MM-SS} ${page title}`, the title cropped with
    # `[...]` when long — its getFilename, search-index files 395290634, 256270210, 2616710219: the capture time;
    # the page's title is no title, as 网页捕获's; a valid clock only)
    _p("s", r"Screenshot (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) at (?P<h>[01]\d|2[0-3])-(?P<m>[0-5]\d)-(?P<s>[0-5]\d)(?: .*)?",
       "firefox_screenshot", "screenshot", "screenshot", "Firefox Screenshots date at time + page title"),
    _p("s", rf"screenshot[_ ]{_D8_T6}(?:[_-]\S*)?", "android_screenshot", "screenshot", "screenshot",
       "Screenshot_ timestamp"),
    _p("s", rf"screenshot[_ ]{_ISO_D}[-_ ](?P<h>\d{{2}})-?(?P<m>\d{{2}})-?(?P<s>\d{{2}})(?:-\d+)?(?:[_-]\S*)?",
       "android_screenshot", "screenshot", "screenshot", "Screenshot_ timestamp"),
    _p("s", rf"screenshot_{_TS14}\d{{0,3}}(?:_\S*)?", "android_screenshot", "screenshot", "screenshot",
       "Screenshot_ timestamp"),
    # session 26: the year apart from the month and day, then the app's package (`Screenshot_2021_0828_220956_com.…`)
    _p("s", r"screenshot_(?P<Y>20\d{2})_(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[A-Za-z][\w.]*)?",
       "android_screenshot", "screenshot", "screenshot", "Screenshot_ timestamp"),
    _p("s", rf"signal-{_ISO_D}-(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})(?:[-_]\d+)?", "signal", "wechat_image",
       "saved", "signal timestamp"),
    _p("s", rf"snipaste_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})[-_](?P<s>\d{{2}})", "snipaste", "screenshot",
       "screenshot", "Snipaste timestamp"),  # `_22-34_44`: a renamer swapped the last separator
    _p("p", rf"pixpin_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "pixpin", "screenshot",
       "screenshot", "PixPin timestamp"),
    _p("p", rf"pixpin_?{_TS14}", "pixpin", "screenshot", "screenshot", "PixPin timestamp"),
    _p("i", rf"ishot_?{_ISO_D}[_ ](?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "ishot", "screenshot",
       "screenshot", "iShot timestamp"),
    # (session 16: `-` where a site's upload wrote each space, `CleanShot-2026-02-27-at-15.22.44@2x`, set 86)
    _p("c", rf"cleanshot[\s_-]+{_ISO_D}[\s_-]+at[\s_-]+(?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "cleanshot",
       "screenshot", "screenshot", "CleanShot timestamp"),
    _p("x", rf"xnip{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "xnip", "screenshot", "screenshot",
       "Xnip timestamp"),
    # (round 35: InShot's screen recorder XRecorder writes the day first, `XRecorder_<DDMMYYYY>_<hhmmss>` and its
    # editor's `XRecorder_Edited_<DDMMYYYY>_<hhmmss>` (search-index files 4269880511 `_10072024_193548`, 22179578201,
    # 13040373513 `_Edited_15012022_135455`, 12945245871, 42528354726 `_Edited_20102024_173448`, 7798661980,
    # 37206326335 `…_AdobeExpress`), later `XRecorder[_Edited]_<YYYYMMDD>_<nn>`, a day and a counter (1297847684,
    # 61702382942, 56237477573, 70248531758). A day that does not read in its order gives nothing; the tool's
    # name is no title)
    _p("x", r"XRecorder_(?P<D>\d{2})(?P<M>\d{2})(?P<Y>20\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[A-Za-z]+)?",
       "screen_recording", "screenshot", "screenshot", "XRecorder DDMMYYYY_hhmmss"),
    _p("x", r"XRecorder_Edited_(?P<D>\d{2})(?P<M>\d{2})(?P<Y>20\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[A-Za-z]+)?",
       "screen_recording", "screenshot", "exported", "XRecorder_Edited DDMMYYYY_hhmmss"),
    _p("x", r"XRecorder(?:_Edited)?_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})_\d{2}", "screen_recording", "screenshot",
       "screenshot", "XRecorder YYYYMMDD_nn"),
    # (round 35: a GIF/MP4 screen recorder's default name in Chinese `录制_YYYY_MM_DD_hh_mm_ss_SSS` — search-index
    # files 20763262593, 12983282931, 41692180521, 41097930412 `….gif`, 46872775914, 56060097054 `….mp4`,
    # 30555609365, 63129412817 — and in English `recording_…_SSS` (34117438068): the recording's time, the word no
    # title; the English word only with its milliseconds, as it is a common word)
    _p("录r", r"(?:录制|Recording)_(?P<Y>20\d{2})_(?P<M>\d{2})_(?P<D>\d{2})_(?P<h>\d{2})_(?P<m>\d{2})_(?P<s>\d{2})_\d{3}",
       "screen_recording", "screenshot", "screenshot", "录制_ timestamp"),
    _p("录", r"录制_(?P<Y>20\d{2})_(?P<M>\d{2})_(?P<D>\d{2})_(?P<h>\d{2})_(?P<m>\d{2})_(?P<s>\d{2})",
       "screen_recording", "screenshot", "screenshot", "录制_ timestamp"),
    _p("s", rf"screenrecorder-{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})(?:-\d+)?",
       "screen_recording", "screenshot", "screenshot", "Screenrecorder timestamp"),
    # cameras and phones
    _p("ivp", rf"(?:IMG|VID|PANO){_TS14}(?:_\d+)?", "oppo_camera", "camera", "shot", "IMGYYYYMMDDhhmmss camera"),
    # WhatsApp media: IMG, VID, AUD, STK (stickers), PTT (voice notes) — SetTimestampByExifOrFilename README
    _p("ivasp", r"(?:IMG|VID|AUD|STK|PTT)-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})-WA\d{4}", "whatsapp", "wechat_image", "saved",
       "WhatsApp IMG-YYYYMMDD-WA"),
    _p("p", rf"photo_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "telegram", "wechat_image", "saved",
       "Telegram photo_ timestamp"),
    _p("p", rf"photo_{_ISO_D}[ _](?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "telegram", "wechat_image", "saved",
       "Telegram Desktop photo_ timestamp"),
    _p("w", rf"whatsapp (?:image|video) {_ISO_D} at (?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})(?: (?P<ap>AM|PM))?",
       "whatsapp", "wechat_image", "saved", "WhatsApp Image timestamp"),
    _p("s", r"screenshot(?:[_ ]?\d{1,3})?", "win_printscreen", "screenshot", None, "Screenshot (n)"),
    # (round 35: Windows' Win+PrtSc `Screenshot (n)` in the system's language, the counter peeled as a copy marker:
    # zh-TW `螢幕擷取畫面 (122)` — search-index files 67473081645, 5789757746, 43456861453, 33262343792 —, ja
    # `スクリーンショット (3738)` 59390024407, 20340621457, 161159497, es `Captura de pantalla (306)` 21512042799,
    # 35464551864, fr `Capture d’écran (1091)` 55828072652, 38113733506, 2870441222, ru `Снимок экрана (2665)`
    # 1534510988, 2617276192, 45285996022, 39363191197: the system's word, no title)
    _p("螢萤スcс", r"(?:[螢萤]幕[擷撷]取[畫画]面|スクリーンショット|Captura de pantalla|Capture d['’]écran|Снимок экрана)",
       "win_printscreen", "screenshot", None, "localized Screenshot (n)"),
    # (round 35: Samsung's Smart Select (AI Select in One UI 6) captures a part of the screen as
    # `SmartSelect_<YYYYMMDD>-<hhmmss>_<app>`, later `_<YYYYMMDD>_<hhmmss>_<app>`, the foreground app's name with its
    # spaces (`Samsung Notes`) — search-index files 5174072531, 14248920087, 5713850276 (the first form), 61631965646,
    # 40170757571, 17100253061, 55573932536, 179437031, 69391761506 `AISelect_…`, 30926653991 with a Cloudinary
    # `_<6 chars>`: a screenshot; the app's name is no title)
    _p("sa", rf"(?:SmartSelect|AISelect)_{_D8_T6}(?:_[^_]{{1,40}})?(?:_[a-z0-9]{{6}})?", "samsung_smart_select", "screenshot",
       "screenshot", "SmartSelect timestamp"),
    # (round 35: Huawei's and Honor's screen recorder `SVID_<YYYYMMDD>_<hhmmss>[_n]`, saved beside the screenshots —
    # search-index files 53556455432 `…/Pictures/Screenshots/SVID_20240805_113052_1.mp4`, 45339902597, 2376867241,
    # 4819185947, 38262057033, 58563695116: a screen recording, as iOS's RPReplay)
    _p("s", rf"SVID_{_D8_T6}(?:_\d{{1,2}})?", "screen_recording", "screenshot", "screenshot", "SVID timestamp"),
    # (round 35: Android screen recorders' `ScreenRecord_<YYYY-MM-DD-hh-mm-ss>`, `screenrecord_<YYYYMMDD>_<hhmmss>`,
    # `…_<YYYYMMDDhhmmss>` and `…_<YYYYMMDD>` — search-index files 22499608678, 39018714352, 46508656774, 7068961399,
    # 42672096315, 25733097821, 23267056276, 65860288212: a screen recording; the word no title)
    _p("s", rf"ScreenRecord_{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "screen_recording", "screenshot",
       "screenshot", "ScreenRecord timestamp"),
    _p("s", r"ScreenRecord_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2}))?",
       "screen_recording", "screenshot", "screenshot", "ScreenRecord timestamp"),
    _p("r", r"RPReplay_Final(?P<sec>1\d{9})", "ios_screen_recording", "screenshot", "screenshot", "RPReplay epoch s"),
    _p("f", r"FullSizeRender(?:[ _-]?\d{1,3})?", "ios_edit", "camera", None, "FullSizeRender"),
    _p("ivpbm", rf"(?:IMG|VID|PANO|MVIMG|BURST\d*)_?{_D8_T6}(?:_?\d+)?(?:_[A-Za-z]+)*",
       "android_camera", "camera", "shot", "camera timestamp"),
    # (round 35: a phone camera's burst `IMG_<date>_<time>[SSS][_n]_BURST<nnn>[_COVER]` — search-index files 6834714174,
    # 30730484033 `IMG_20231014_183246_BURST001_COVER`, 54976631721, 31328106172 `…_173515899_burst001`, 4058149691,
    # 33062831196, 22970615494 `…_BURST001_thumb`: the shot's time, as the camera's other names, not a saved copy's)
    _p("i", rf"IMG_?{_D8_T6}\d{{0,3}}(?:_\d{{1,2}})?_BURST\d{{3}}(?:_[A-Za-z]+)*", "android_camera", "camera", "shot",
       "camera burst timestamp"),
    _p("p", r"PXL_(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d*(?:\.\w+)*",
       "pixel_camera", "camera", "shot", "PXL timestamp"),
    _p("0123456789", rf"{_D8_T6}(?:_\d+)?(?:_[A-Za-z]+)?", "samsung_camera", "camera", "shot",
       "YYYYMMDD_hhmmss camera"),
    # phone screenshots named after the app in front: `20230501_143000_com.tencent.mm`
    _p("0123456789", rf"{_D8_T6}_[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+", "app_screenshot", "screenshot",
       "screenshot", "YYYYMMDD_hhmmss_<app package>"),
    _p("d", rf"DJI_{_TS14}_\d{{4}}(?:_[A-Za-z]+)*", "dji", "camera", "shot", "DJI timestamp"),
    _p("d", r"DJI_\d{4}", "dji", "camera", None, "DJI frame number"),
    _p("m", rf"MYXJ_{_TS14}\w*", "meiyan_camera", "app_export", "shot", "MYXJ timestamp"),
    _p("m", rf"MYXJ_{_D8_T6}\w*", "meiyan_camera", "app_export", "shot", "MYXJ timestamp"),
    _p("m", rf"MTXX_(?:[A-Z]{{2}})?{_TS14}\w*", "meitu", "app_export", "saved", "MTXX timestamp"),
    _p("m", rf"MTXX_(?:[A-Z]{{2}})?{_D8_T6}\w*", "meitu", "app_export", "saved", "MTXX timestamp"),
    # `MTXX_20141226_track_meitu_1`: a save with the day only, then the editor's own suffixes
    _p("m", r"MTXX_(?P<Y>(?:19|20)\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_\w+)?", "meitu", "app_export", "saved",
       "MTXX date"),
    _p("m", r"MTXX_\w+", "meitu", "app_export", None, "MTXX"),
    _p("i", r"IMG_E?\d{4,5}(?:-\d{1,2})?", "iphone", "camera", None, "IMG_ frame number"),
    _p("c", r"capture one catalog\d+", "capture_one", "app_export", None, "Capture One export"),
    _p("d_", r"_?DSC[FN_]?\d{4,5}(?:[-_]\d{1,2})?", "camera_dsc", "camera", None, "DSC frame number"),
    _p("_", r"_MG_\d{4}(?:[-_]\d{1,2})?(?:_[a-z0-9]{6})?", "camera_canon", "camera", None, "Canon _MG_ frame (Adobe RGB)"),
    # Google Camera portrait and burst shots: `00100lrPORTRAIT_00100_BURST<ts><ms>_COVER`
    # and plain bursts `00000IMG_00000_BURST<ts><ms>_COVER` (Pixel, OnePlus: index files 23318502452, 16188495717)
    _p("0", r"\d{5}[a-z]{0,3}(?:PORTRAIT|IMG)_\d{5}_BURST(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})"
       r"(?P<s>\d{2})\d{0,3}(?:_COVER\d?|_\d+)?", "pixel_camera", "camera", "shot", "Google Camera PORTRAIT_BURST timestamp"),
    _p("p", r"P\d{7}", "camera_p", "camera", None, "camera frame number"),
    # (Canon's and Nikon's user-set prefix may hold digits: `G56A8889`, `5D3A1234`, `Z7A_0412`; four characters that
    # close with a letter, then the four-digit frame)
    _p("abcdefghijklmnopqrstuvwxyz0123456789", r"[A-Z]{3,4}_?\d{4,5}|(?=\w{0,3}\d)(?:[A-Z0-9]{3}[A-Z]_?|[A-Z][A-Z0-9]{2}_)(?!(?:19|20)\d\d)\d{4}",
       "camera_custom_prefix", "camera", None,
       "camera frame number"),
    _p("m", r"magazine-unlock-.*", "huawei_magazine_lock", "app_export", None, "magazine-unlock"),
    # note apps and image hosts
    _p("i", r"image-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3}",
       "typora_paste", "app_export", "pasted", "Typora image- timestamp"),
    _p("i", r"image-(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2})_(?P<h>\d{1,2})-(?P<m>\d{1,2})-(?P<s>\d{1,2})",
       "jira_paste", "app_export", "pasted", "Jira image-Y-M-D_h-m-s"),
    _p("p", rf"pasted image {_TS14}", "obsidian_paste", "app_export", "pasted", "Pasted image timestamp"),
    _p("i", r"image(?:-\d+)?", "image_paste", "app_export", None, "image paste"),
    _p("0123456789", rf"{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "picgo", "app_export", "saved",
       "PicGo timestamp"),
    # round 47: PicGo's rename plugins' `{y}-{m}-{d}-{timestamp}-{rand:6}` (picgo-plugin-rename-file, README:
    # `{timestamp}` 时间戳(秒),10位; `{rand:<count>}` 6 by default; liuwave/picgo-plugin-rename-file,
    # npm picgo-plugin-rename-image): the upload's day, then the same moment in epoch seconds (the clock read from
    # it where its day is the written one), then six random characters
    _p("12", rf"{_ISO_D}-(?P<sec>1[3-9]\d{{8}})(?:-[0-9a-z]{{6}})?", "picgo_rename", "app_export", "saved",
       "PicGo rename {y}-{m}-{d}-{timestamp}-{rand:6}"),
    _p("12", r"(?P<Y>\d{4})[-_.](?P<M>\d{2})[-_.](?P<D>\d{2})", "dated", "generic", None, "YYYY-MM-DD name"),
    # (session 20: with the seconds too, `YYYY_MM_DD_hh_mm_ss_IMG_NNNN`, the whole moment, and the words after it read)
    _p("12", r"(?P<Y>(?:19|20)\d{2})_(?P<M>\d{2})_(?P<D>\d{2})_(?P<h>\d{2})_(?P<m>\d{2})_(?P<s>\d{2})_"
       r"(?:IMG|DSC|DSCF|_DSC|PXL|MVIMG)_?E?\d{4,5}", "dated", "generic", None, "YYYY_MM_DD_hh_mm_ss + camera frame"),
    # (session 12: a library sorted by day renames a camera's frame `YYYY_MM_DD[_hh_mm]_IMG_NNNN`: the day, and the
    # hour and minute give no time of their own)
    _p("12", r"(?P<Y>(?:19|20)\d{2})[-_](?P<M>\d{2})[-_](?P<D>\d{2})(?:[-_]\d{2}[-_]\d{2})?_(?:IMG|DSC|DSCF|_DSC|PXL)_?E?\d{4,5}(?:[-_]\d{1,2})?",
       "dated", "generic", None, "YYYY_MM_DD + camera frame", alone=True),
    _p("1", rf"(?P<ms>1\d{{12}})-{_UUID}", "yuque", "app_export", "pasted", "语雀 epoch ms"),
    _p("1", r"(?P<ms>1\d{12})[-_]\d{1,3}_\d{2,5}x\d{2,5}", "epoch_ms", "app_export", "saved", "epoch ms + sequence + size", alone=True),
    _p("1", r"(?P<ms>1\d{12})[-_]\d{1,3}", "epoch_ms", "app_export", "saved", "epoch ms + sequence"),
    _p("u", r"u=\d+,\d+&fm=\d+.*", "baidu_image", "cms", None, "百度图片 u=…&fm="),
    # round 16: KindEditor's upload_json.php (and PHP upload code copied from it) names a file
    # `date("YmdHis") . '_' . rand(10000, 99999)`: the upload time (index files 32157490014, 30901270915)
    _p("12", rf"{_TS14}_\d{{5}}", "kindeditor", "cms", "published", "KindEditor YmdHis_rand"),
    # (round 29: the same scheme with the other random ranges PHP upload code writes — `rand(1000, 9999)` in
    # the 文件上传类's proRandName, search-index files 20470030459 and 25326219455, `rand(100000, 999999)` in a
    # Yii upload action, 1917400129 — the upload time; 1–3 digits after the stamp were read before as a counter)
    # (2000–2039 and a valid clock only: what fails is left as before)
    _p("2", r"(?P<Y>20[0-3]\d)(?P<M>\d{2})(?P<D>\d{2})(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)_(?:\d{4}|\d{6})",
       "php_upload", "cms", "uploaded", "PHP upload YmdHis_rand"),
    # (round 29: Nintendo Switch album captures `YYYYMMDDHHMMSS` + 2 digits + `-` + a 32-hex game id, 53 characters
    # with the extension — search-index files 1384831112, 1236757300, 54124616630 parse it so: the capture time;
    # from 2017, the console's launch)
    _p("2", r"(?P<Y>20[1-3]\d)(?P<M>\d{2})(?P<D>\d{2})(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)\d{2}-[0-9A-F]{32}",
       "nintendo_switch", "screenshot", "screenshot", "Nintendo Switch capture"),
    # Snapchat saves `Snapchat-<random digits>`: no date (index file 16694314707)
    _p("s", r"Snapchat-\d{6,12}", "snapchat", "wechat_image", None, "Snapchat-<n>"),
    # Telegram Desktop saves `telegram-cloud-photo-size-<dc>-<file id>-<size letter>`: no date (index
    # files 41275024061, 8039604956, 23724483296)
    _p("t", r"telegram-cloud-(?:photo-size|document)-\d{1,2}-\d{15,20}(?:-[a-z])?", "telegram_cloud", "wechat_image",
       None, "telegram-cloud-photo-size id"),
    _p("v", r"v2-[0-9a-f]{32}(?:_\w+)?", "zhihu", "cms", None, "知乎 v2-hash"),
    _p("i", r"img-[0-9a-f]{32}", "weibo", "cms", None, "微博 img-hash"),
    _p("j", r"JDIM_(?P<ms>1\d{12})\w*", "jd_image", "cms", "saved", "JDIM epoch ms"),
    _p("s", r"share_card_\d{19}", "share_card", "cms", None, "share_card"),
    # (round 29: 闲鱼 saves a chat picture as `idlefish-msg-<epoch ms>`, often `.png.jpg` — search-index files
    # 60626851057 and 60349927259 `idlefish-msg-1785768681778.png.jpg`, 61620044077 the same shape uploaded a few
    # days after its stamp, 35740978603 reading `idlefish-msg-(\d{10,13})` as a time beside mmexport: the save
    # time, as mmexport's; anything else after the prefix stays no date)
    _p("i", r"idlefish-msg-(?P<ms>1[3-9]\d{11})(?:\.png)?", "idlefish", "cms", "saved", "闲鱼 idlefish-msg-<epoch ms>"),
    _p("i", r"idlefish-msg-.*", "idlefish", "cms", None, "闲鱼 idlefish-msg"),
    _p("h", r"hdImg_\w+", "hdimg", "cms", None, "hdImg"),
    _p("t", r"TB\w+_!!\d+(?:-\d+-\w+)?", "taobao", "cms", None, "淘宝 TB…_!!"),
    _p("p", r"P0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+)?(?:_[A-Za-z]+)?", "trs_cms", "cms", "published", "TRS P0YYYYMMDD"),
    # (session 22: 新浪's and 中新网's picture store names an upload `U<user>P<channel>[T<n>D<n>F<n>]DT<yyyyMMddHHmmss>`,
    # search-index files 11459449983, 12307324, 21170252841, 38766569536, 34906506624: the upload time)
    _p("u", r"U\d{1,8}P\d{1,6}(?:T\d{1,6}D\d{1,10}F\d{1,8})?DT(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})"
       r"(?P<s>\d{2})", "sina_cms", "cms", "uploaded", "新浪 U<id>P<ch>DT<stamp>"),
    _p("p", r"p\d{6,}", "douban", "cms", None, "豆瓣 p<digits>"),
    # (session 14: 画板 N, the artboard a design tool names and exports, `画板 1.png`, `画板 (5).png`)
    _p("未u画", r"(?:未标题|untitled|画板)[-_ ]?\d*", "untitled", "generic", None, "未标题-n"),
    # names a program gives when nobody names the file: 下载 (browser), timg (百度图片), 未命名 …
    _p("下未无新t图照截屏", r"(?:下载|timg|未命名|无标题|新建位图图像|图片|照片|截图|屏幕截图|截屏)[-_ ]?\d{0,3}",
       "default_name", "generic", None, "default name"),
    # (round 18: an app's name and its default noun alone, the stamp gone or never written: `WPS图片(1)` — WPS
    # Office's pasted or saved picture, search-index files 33673069335, 43036353128, 1131623448, 59170046164,
    # 14609886786 — and its siblings `QQ图片`, `微信图片`, `钉钉图片`, `WPS截图`: a tool's name is no title)
    _p("wqt微企钉飞百搜夸", r"(?:(?i:WPS|QQ|TIM)|微信|企业微信|钉钉|飞书|百度|搜狗|夸克)(?:图片|截图|截屏|照片|录屏)(?:[-_ ]?\d{1,3})?",
       "default_name", "generic", None, "app name + default name"),
    # (round 35: WPS Office's picture tool saves its output as `WPS图片-<the tool's function>`, `WPS图片-修改尺寸` —
    # search-index files 34410574163, 13045286540 `<md5>-WPS图片-修改尺寸.jpg`, 45067222576, 22553621298,
    # 46465996507: the tool's name and its function are no title)
    _p("w", r"WPS图片-[\u4e00-\u9fff]{2,6}(?:[-_ ]?\d{1,3})?", "default_name", "generic", None, "WPS图片 tool output"),
    # (round 18: ezgif.com's outputs — `ezgif.com-<tool>[-converter][n]` (search-index files 13618862855,
    # 20970945845, 37900694780, 66906665, 30362109470, 47230723205), `ezgif-<n>-<hex>` (21498405222, 123739257,
    # 42025675242, 29637962382, 9864855642; a Cloudinary `_<tag>` after), `ezgif-frame-<nnn>` (54351632082,
    # 56410123377, 51828533472): a tool's name and its ids, no title, no date)
    _p("e", r"ezgif(?:\.com-[a-z]+(?:-[a-z]+)*\d{0,3}|-\d{1,2}-[0-9a-f]{10,12}|-frame-\d{1,4})(?:__?\d{1,3}_?|_[a-z0-9]{6})?",
       "default_name", "generic", None, "ezgif output"),
    _p("屏截录", rf"(?:屏幕截图|截图|截屏|录屏|屏幕录制|屏幕录像)[_ ]?{_D8_T6}", "screenshot_cn", "screenshot", "screenshot",
       "截图 timestamp"),
    _p("录", rf"(?:录屏|屏幕录制|屏幕录像)[_ ]?{_ISO_D}[_ ](?P<h>\d{{2}})[.\-:](?P<m>\d{{2}})[.\-:](?P<s>\d{{2}})",
       "screen_recording", "screenshot", "screenshot", "录屏 timestamp"),
    _p("o", r"O1CN\w+_!!\d+(?:-\d+-\w+)?", "taobao", "cms", None, "淘宝 O1CN…_!!"),
    _p("g", r"G[HXOP]\d{6}", "gopro", "camera", None, "GoPro frame number"),
    _p("c图i幻s", r"(?:Ch\d+_)?(?:图片|image|幻灯片|slide)\d+", "office_export", "generic", None, "图片n export"),
    # Word/WPS saved as web page, Messenger downloads, 小红书's in-app camera
    _p("cw", r"(?:clip_image|wps)\d{1,4}", "office_export", "generic", None, "clip_image/wps export"),
    _p("r", r"received_\d{15,}", "messenger", "wechat_image", None, "Messenger received_"),
    _p("c", r"Camera_XHS_(?P<ms>1\d{12})\w*", "xiaohongshu_camera", "camera", "shot", "小红书 Camera_XHS epoch ms"),
    # CMS
    _p("w", r"W0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+(?:-\d+)*)?(?:_[A-Za-z]+)?", "trs_cms", "cms", "published", "TRS W0YYYYMMDD"),
    # (session 12: a random suffix of letters and digits, `W0<d8>…_1bWajeG`)
    _p("w", r"W0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+(?:-\d+)*)?_(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,12}",
       "trs_cms", "cms", "published", "TRS W0YYYYMMDD + suffix", alone=True),
    # 新华网 pictures: <article id>_<epoch ms><n>n; 新浪 U…DT<timestamp>; 视觉中国 VCG ids
    _p("0123456789", r"\d{8,11}_(?P<ms>1\d{12})\d{0,2}n", "xinhuanet", "cms", "published", "新华网 <id>_<ms>n"),
    _p("u", rf"U\d+P\d+T\d+D\d+F\d+DT{_TS14}", "sina", "cms", "published", "新浪 U…DT timestamp"),
    _p("v", r"VCG\w{6,}", "vcg", "cms", None, "视觉中国 VCG id"),
    _p("w", r"watermark,type_[\w,=-]*", "csdn_watermark", "cms", None, "CSDN watermark parameters"),
    _p("0123456789", r"\d{4,9}-[0-9a-f]{16,}", "jianshu", "cms", None, "简书 <user>-<hash>"),
    _p("l", r"l[AQ]DP\w{10,}", "dingtalk_image", "cms", None, "钉钉 lADP id"),
    # (round 35: Lightroom mobile's export `LRM_EXPORT_<a 13-15 digit counter>_<YYYYMMDD>_<hhmmssSSS>`, then what a
    # site or a tool added (`-2`, `-01`, `_<epoch ms>`, `-removebg-preview`, an ImageKit `_<9 chars>`) — search-index
    # files 31852204686, 45320570179, 17186415921, 43828623666, 6203787156, 11408250636, 25016755940, 48988299411:
    # the export time; the counter is no date, `LRM_EXPORT` no title; a capitalised word after it is left as before)
    _p("l", rf"LRM_EXPORT_\d{{10,16}}_{_D8_T6}\d{{3}}(?:[-_](?-i:[a-z]+|[A-Za-z]*\d[A-Za-z0-9]*))*", "lightroom_export",
       "app_export", "exported", "Lightroom mobile LRM_EXPORT"),
    _p("", rf"(?:\d+_)?{_UUID}_(?:batchwm\w*|cut\w*|watermark\w*)", "founder_batchwm", "cms", None,
       "方正 _batchwm"),
    _p("0123456789abcdefghijklmnopqrstuvwxyz", r"[\w()\-]{0,24}?[0-9a-f]{24,32}(?:_(?:cut|watermark))*_batchwm\w*",
       "founder_batchwm", "cms", None, "方正 _batchwm"),
    _p("", rf"\d+_{_UUID}", "founder_cms", "cms", None, "方正 <id>_<uuid>"),
    # (emlog's upload code names an attachment `md5(<original name>) . gmdate('YmdHis')`, its thumbnail `thum-` + that,
    # under content/uploadfile/<Ym>/ — search-index files 9253411, 53191706, 2452408081, 10588058, 2497411710
    # (uploadFile in include/lib/function.base.php), 2429117975 and 11227882767 (`'thum-' . $fname`): the upload
    # time in UTC; a lower-case digest and a valid stamp only, else the hex digest below)
    _p("0123456789abcdeft", r"(?-i:(?:thum-)?[0-9a-f]{32})(?P<Y>20[0-3]\d)(?P<M>0[1-9]|1[0-2])(?P<D>0[1-9]|[12]\d|3[01])"
       r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)", "emlog_upload", "cms", "uploaded", "emlog md5 + YmdHis"),
    _p("0123456789abcdef", _UUID, "hash", "hash", None, "uuid"),
    _p("0123456789abcdef", r"(?=[0-9]*[a-f])[0-9a-f]{16,64}", "hash", "hash", None, "hex digest"),
    # Chinese camera, beauty and social apps name their exports after themselves, then a timestamp
    _p("美醒轻无黄一b剪抖快微小百拍f激", rf"(?:{_CN_APPS})[_-]?{_D8_T6.replace('[_-]', '[_-]?')}\d{{0,3}}(?:_\d{{1,3}})?",
       "cn_app_export", "app_export", "saved", "app name + timestamp"),
    # Photo editors that name an export after themselves and the day (`Snapseed_20230512`, `VSCO_…`);
    # Picsart writes a two-digit year (`Picsart_23-05-12_14-30-22-123`)
    _p("svlpmfcuhrik", r"(?:Snapseed|VSCO|Lightroom|Picsart|Meitu|Facetune|Prisma|Pixlr|Canva|Foodie|Polarr|Hypic|Ulike"
       r"|Retouch|Remini|Lensa|CapCut|Instagram|Lemon8|Koloro)[_-]?(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})"
       r"(?:[_-]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3})?(?:_\d{1,3})?",
       "app_timestamp", "app_export", "saved", "photo editor + date"),
    _p("p", r"Picsart_(?P<Y>\d{2})-(?P<M>\d{2})-(?P<D>\d{2})_(?P<h>\d{2})-(?P<m>\d{2})-(?P<s>\d{2})(?:-\d{1,3})?",
       "app_timestamp", "app_export", "saved", "Picsart YY-MM-DD timestamp"),
    # macOS `Pasted Graphic n` (Keynote/Pages/Notes), `image_<id>` from chat and web editors: no title
    # (round 50: an editor's upload id may run longer, epoch seconds and random digits glued, 15-20 digits in all,
    # as a bare UEditor `{time}{rand:6}` name (its config.json imagePathFormat) is read: an id, no title, no date;
    # 14-digit stamps open on 19/20, not 1[3-9], and 13 digits alone stay epoch milliseconds)
    # (session 16: an id of 13-20 digits that opens on 21-99 is no epoch of milliseconds or stamp either,
    # `Image_906273825643188`)
    _p("pi", r"(?:Pasted Graphic|image)(?:[-_ ]\d{1,12})?|image_(?:1[3-9]\d{13,18}|(?:[3-9]|2[1-9])\d{11,18})", "default_name",
       "generic", None, "default name"),
    # Bilibili video covers: the BV id
    _p("b", r"BV1[0-9A-Za-z]{9}(?:_(?:cover|\d{1,3}))?", "bilibili", "cms", None, "Bilibili BV id"),
    # (session 18: Magic Eraser, a photo-cleanup app, saves `MagicEraser_<yyMMdd>_<HHmmss>[_<tag>]`, a two-digit year:
    # four names of set 105 from four sources; the app's own prefix vouches for the year's order)
    _p("m", r"MagicEraser_(?P<Y>\d{2})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[0-9A-Za-z]{4,8})?",
       "device_app", "app_export", "saved", "MagicEraser timestamp"),
    # Any other app or camera: a Latin prefix, then a full timestamp or epoch milliseconds
    # (`SVID_…`, `hdrplus_…`, `B612Kaji_…`, `lv_0_…` from 剪映, `Camera360_2023_05_01_…`, `Image_<ms>`).
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{0,15}(?:[_-][A-Za-z0-9]{1,8})?[_-](?P<Y>20\d{2})[-_]?(?P<M>\d{2})[-_]?"
       r"(?P<D>\d{2})[_ -]?(?P<h>\d{2})[-_.]?(?P<m>\d{2})[-_.]?(?P<s>\d{2})\d{0,3}(?:[_~-][A-Za-z0-9]+)*",
       "app_timestamp", "app_export", "saved", "app prefix + timestamp"),
    # (round 17: a short random tag holding a digit after the epoch, `JPG_<ms>_df93d`, is an uploader's too)
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{0,15}(?:[_-][A-Za-z0-9]{1,8})?[_-](?P<ms>1\d{12})(?:[_-](?=[A-Za-z]*\d)[A-Za-z0-9]{1,8})?",
       "app_epoch_ms", "app_export",
       "saved", "app prefix + epoch ms"),
    # (round 29: the NMediaFile CMS of 人民网 and the sites built on it (cnnic.net.cn, 陕西日报 sxdaily, haiwainet,
    # en.people.cn) stores a picture as `NMediaFile/<yyyy>/<MMdd>/<TAG><stamp><random>`, the tag a channel in
    # capitals (`MAIN`, `FOREIGN`, `LOCAL`, `SXRB`): until about 2020 the stamp is `yyyyMMddHHmm00` and 13 random
    # digits follow (search-index files 5034945980 `2019/0401/MAIN201904011405000414124240534`, 30444431281
    # `SXRB2016121309180002…`, 21135443417 `LOCAL2014021216550004…`, 18060536134 `FOREIGN2019092516080003…`),
    # later the epoch milliseconds and 10 random capitals or digits (9044574102, 70202694265
    # `2023/1216/MAIN170271463331969PTAF569C`, 42510064166, 60514325739 `2023/0705/FOREIGN1688538113759I29IZH5KEX`):
    # the folder's day is the stamp's every time. The publish time; the tag is no title. Capitals only)
    _p(_LATIN_LEADS, r"(?-i:[A-Z]{2,8})"
       r"(?:(?P<Y>20[0-3]\d)(?P<M>0[1-9]|1[0-2])(?P<D>[0-2]\d|3[01])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>00)\d{13}"
       r"|(?P<ms>1[3-9]\d{11})(?-i:[A-Z0-9]{10}))", "nmediafile_cms", "cms", "published", "NMediaFile <TAG><stamp><random>"),
    # 微博 and other image hosts: one long opaque id mixing digits and letters (compiled ignoring case, as every pattern
    # here: an all-lower-case 微博 id, `889ff067jw1dvcljidmquj`, is one too; a device name glued after an upload's
    # epoch is read first, devices._apply_device)
    _p(_LATIN_LEADS + "0123456789", r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{20,40}",
       "opaque_id", "cms", None, "image-host id"),
)
# Any app's screenshot or screen recording in Chinese: its name (夸克, 华为, 飞书 …), 截图/截屏/录屏, then
# a full timestamp; GNOME's `截图_选择区域_<ts>` names the captured region or window between. A
# screenshot word is never a person's own title, so no title is kept.
# The app's name is short (夸克, 华为, 腾讯会议, WeLink); longer words glued before 截图 are a title.
_CN_SHOT_HEAD: Final = (r"(?:网易云音乐|有道云笔记|网易有道词典|[\u4e00-\u9fff]{1,4}?|[A-Za-z0-9]{1,8}?)?"
                        r"(?:屏幕截图|截图|截屏|录屏)(?:_[^_\d]{1,20}_|[_ -]?)")
_CN_SHOTS: Final = (
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})[_-]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
       r"(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[ _-](?P<h>\d{2})[-_.:]?(?P<m>\d{2})[-_.:]?"
       r"(?P<s>\d{2})(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
)
_PATTERNS_BY_LEAD: Final[dict[str, tuple[_Pattern, ...]]] = {}
_ANY_LEAD: Final[tuple[_Pattern, ...]] = tuple(p for p in _DEVICE_PATTERNS if not p.lead)
for _pat in _DEVICE_PATTERNS:
    for _ch in _pat.lead or "":
        _PATTERNS_BY_LEAD[_ch] = (*_PATTERNS_BY_LEAD.get(_ch, ()), _pat)

_HEX_LEADS: Final = frozenset("0123456789abcdef")
_PATTERNS_WITH_ANY: Final = {lead: (*pats, *_ANY_LEAD) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GLUED_PREFIX: Final = re.compile(r"^(?:[A-Za-z0-9+]{8,}={1,2}|[0-9a-f]{32}|(?:1\d{12}-)+|1\d{12}|(?=[a-f]*\d)[0-9a-f]{6,12}-|(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{13}_|cropped-)(?=[A-Za-z\u4e00-\u9fff])")


def _any_of(pats: Iterable[_Pattern]) -> re.Pattern[str] | None:
    """One regex that fully matches where any of `pats` does (group names dropped): most names match
    none of a lead's patterns, and one failed search is cheaper than a loop of them. Each pattern is one
    capturing group, in order (the patterns hold no other groups): an alternation takes the first alternative
    that can match, so the match's `lastindex` is one more than the index of the first pattern that may match."""
    alternatives = [re.sub(r"\(\?P<\w+>", "(?:", p.regex.pattern) for p in pats]
    return re.compile("|".join(f"({a})" for a in alternatives), re.IGNORECASE) if alternatives else None


def _gated(pats: tuple[_Pattern, ...]) -> tuple[re.Pattern[str] | None, tuple[tuple[_Pattern, ...], ...]]:
    """(the gate, per gate group the patterns from that group's on): no pattern before it can match."""
    gate = _any_of(pats)
    if gate is not None and gate.groups != len(pats):  # a pattern with groups of its own: try every pattern
        return gate, (pats,) * (gate.groups + 1)
    return gate, ((), *(pats[i:] for i in range(len(pats))))


_GATED_BY_LEAD: Final = {lead: _gated(pats) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GATED_WITH_ANY: Final = {lead: _gated(pats) for lead, pats in _PATTERNS_WITH_ANY.items()}
_GATED_ANY_LEAD: Final = _gated(_ANY_LEAD)
_GATED_NONE: Final[tuple[re.Pattern[str] | None, tuple[tuple[_Pattern, ...], ...]]] = (None, ())
_CN_SHOTS_GATE: Final = _any_of(_CN_SHOTS)


def _match_device_before_words(head: str) -> tuple[_Pattern, re.Match[str]] | None:
    """`_match_device` for a head that words follow, where the patterns marked `alone` are none. (Session 12: the device
    names learnt then are so marked: with words after them the name reads as before, a caption whose credit the text
    step finds (`QQ<d8>-<t6>-HD 某某摄`); the reviews found the words after a device read as a title only, or a credit
    found where there is none, either way worse.)"""
    found = _match_device(head)
    return None if found is None or found[0].alone else found


def _match_device(core: str) -> tuple[_Pattern, re.Match[str]] | None:
    lead = core[:1].lower()
    # the lead-free patterns need a hex/digit start (方正 ids, uuids) or 信图片 near the start
    if lead in _HEX_LEADS or "信图片" in core[:6]:
        gate, tails = _GATED_WITH_ANY.get(lead, _GATED_ANY_LEAD)
    else:
        gate, tails = _GATED_BY_LEAD.get(lead, _GATED_NONE)
    if gate is not None and (hit := gate.fullmatch(core)) is not None:
        for pat in tails[hit.lastindex or 0]:  # (speed) from the first pattern whose alternative matched
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    if ("截" in core or "录屏" in core) and core[-1:].isdigit() and _CN_SHOTS_GATE and _CN_SHOTS_GATE.fullmatch(core):
        for pat in _CN_SHOTS:
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    return None
