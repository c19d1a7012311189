"""Step 3, device, app and CMS names: the table of exact patterns (微信图片_…, Screenshot_…,
mmexport<ms> …), the tolerant ones (round 14: stamps with swapped separators, words glued to a
tool's name) and digits-only names.

Reads result, phones, stamps, people, decorations. Calls back up the pipeline into text, parse
(function-level imports: those modules import this one). Serves artworks, segments, text, folders,
finish, parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .decorations import _ALNUM_END
from .people import _CJK, _is_name
from .phones import find_phones
from .result import ParsedName
from .stamps import _give_stamp, _set_stamp, _stamp_from_groups, _valid_date, _valid_time

# ---------------------------------------------------------------------------------------------
# Step 3: device, app and CMS names
# ---------------------------------------------------------------------------------------------

_LATIN_LEADS = "abcdefghijklmnopqrstuvwxyz"
_TS14 = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_D8_T6 = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})[_-](?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_ISO_D = r"(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@dataclass(frozen=True)
class _Pattern:
    lead: str  # possible first characters (lower case), "" = any
    regex: re.Pattern[str]
    family: str
    kind: str
    date_kind: str | None
    rule: str


def _p(lead: str, rx: str, family: str, kind: str, date_kind: str | None, rule: str) -> _Pattern:
    return _Pattern(lead, re.compile(rx, re.IGNORECASE), family, kind, date_kind, rule)


_CN_APPS = ("美图秀秀|美图|醒图|轻颜相机|轻颜|美颜相机|无他相机|黄油相机|一甜相机|B612咔叽|剪映|抖音|快手|微博图片|微博"
            "|小红书|百度图片|拍立得|Faceu激萌|激萌")
_DEVICE_PATTERNS: tuple[_Pattern, ...] = (
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
    _p("微企", rf"(?P<wecom>企业)?微信截图_{_TS14}", "wechat_screenshot", "screenshot", "screenshot", "微信截图 timestamp"),
    _p("企", rf"企业微信截图_{_UUID}", "wecom_screenshot", "screenshot", None, "企业微信截图 uuid"),
    _p("微", rf"微信图片编辑_{_TS14}", "wechat_image", "wechat_image", "saved", "微信图片编辑 timestamp"),
    _p("微", r"微信图片_\d+", "wechat_image", "wechat_image", None, "微信图片"),
    # editors and upload tools append their own ids, hashes or times (`_e94cdceca4`, `_cropped_…`)
    _p("m", r"mmexport(?P<ms>1\d{12})(?:[-_]\w+)*", "wechat_mmexport", "wechat_image", "exported",
       "mmexport epoch ms"),
    _p("w", r"wx_camera_(?P<ms>1\d{12})(?:[-_]\d{1,3})?", "wechat_camera", "camera", "shot", "wx_camera epoch ms"),
    # WeChat's other saves (WechatExif README): a thumbnail, a QR code, the old microMsg cache name
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
    _p("w", rf"(?:weixin|wechat) image_{_TS14}(?:_\d+)?", "wechat_image", "wechat_image", "saved", "Weixin Image timestamp"),
    _p("q", rf"QQ(?:浏览器)?截图{_TS14}\d?", "qq_screenshot", "screenshot", "screenshot", "QQ截图 timestamp"),
    _p("t", rf"TIM图片{_TS14}", "tim_image", "wechat_image", "saved", "TIM图片 timestamp"),
    _p("t", rf"TIM截图{_TS14}\d?", "tim_screenshot", "screenshot", "screenshot", "TIM截图 timestamp"),
    _p("q", rf"QQ{_D8_T6}", "qqnt_screenshot", "screenshot", "screenshot", "QQ NT timestamp"),
    _p("q", rf"QQ{_TS14}", "qqnt_image", "wechat_image", "saved", "QQ NT timestamp"),
    _p("钉", rf"钉钉(?:截图|图片)?_?{_TS14}", "dingtalk", "screenshot", "screenshot", "钉钉 timestamp"),
    _p("飞", rf"飞书{_D8_T6}", "feishu_screenshot", "screenshot", "screenshot", "飞书 timestamp"),
    # screenshots
    _p("屏", rf"屏幕截图(?:\(\d+\))?\s*{_ISO_D}\s+(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})",
       "win_snipping", "screenshot", "screenshot", "屏幕截图 timestamp"),
    _p("屏", rf"屏幕快照\s*{_ISO_D}\s*(?P<ap>上午|下午)?(?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})",
       "mac_screenshot_old", "screenshot", "screenshot", "屏幕快照 12-hour timestamp"),
    _p("截", rf"截屏\s*{_ISO_D}(?:\s*(?P<ap>上午|下午)?(?P<h>\d{{1,2}})[.\s](?P<m>\d{{2}})[.\s](?P<s>\d{{2}}))?",
       "mac_screenshot", "screenshot", "screenshot", "截屏 timestamp"),
    _p("截", rf"(?:截屏|截图)_?{_TS14}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("截", rf"(?:截屏|截图)_{_D8_T6}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("3u", rf"(?:360|UC)截图{_TS14}\d{{0,3}}", "screenshot_cn", "screenshot", "screenshot", "360/UC截图 timestamp"),
    _p("3", r"360截图\d{8,17}", "screenshot_cn", "screenshot", None, "360截图 id"),
    _p("搜", rf"搜狗截图{_TS14}", "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 timestamp"),
    _p("搜", r"搜狗截图(?P<Y>\d{2})年(?P<M>\d{2})月(?P<D>\d{2})日(?P<h>\d{2})(?P<m>\d{2})(?:_\d+)?",
       "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 timestamp"),
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
    _p("s", rf"signal-{_ISO_D}-(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})(?:[-_]\d+)?", "signal", "wechat_image",
       "saved", "signal timestamp"),
    _p("s", rf"snipaste_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})[-_](?P<s>\d{{2}})", "snipaste", "screenshot",
       "screenshot", "Snipaste timestamp"),  # `_22-34_44`: a renamer swapped the last separator
    _p("p", rf"pixpin_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "pixpin", "screenshot",
       "screenshot", "PixPin timestamp"),
    _p("p", rf"pixpin_?{_TS14}", "pixpin", "screenshot", "screenshot", "PixPin timestamp"),
    _p("i", rf"ishot_?{_ISO_D}[_ ](?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "ishot", "screenshot",
       "screenshot", "iShot timestamp"),
    _p("c", rf"cleanshot[\s_]+{_ISO_D}[\s_]+at[\s_]+(?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "cleanshot",
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
    _p("abcdefghijklmnopqrstuvwxyz", r"[A-Z]{3,4}_?\d{4,5}", "camera_custom_prefix", "camera", None,
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
    _p("1", rf"(?P<ms>1\d{{12}})-{_UUID}", "yuque", "app_export", "pasted", "语雀 epoch ms"),
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
    _p("p", r"p\d{6,}", "douban", "cms", None, "豆瓣 p<digits>"),
    _p("未u", r"(?:未标题|untitled)[-_ ]?\d*", "untitled", "generic", None, "未标题-n"),
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
    _p("w", r"W0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+)?(?:_[A-Za-z]+)?", "trs_cms", "cms", "published", "TRS W0YYYYMMDD"),
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
    _p("pi", r"(?:Pasted Graphic|image)(?:[-_ ]\d{1,12})?|image_1[3-9]\d{13,18}", "default_name", "generic", None,
       "default name"),
    # Bilibili video covers: the BV id
    _p("b", r"BV1[0-9A-Za-z]{9}(?:_(?:cover|\d{1,3}))?", "bilibili", "cms", None, "Bilibili BV id"),
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
    # 微博 and other image hosts: one long opaque id mixing digits and letters of both cases
    _p(_LATIN_LEADS + "0123456789", r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{20,40}",
       "opaque_id", "cms", None, "image-host id"),
)
# Any app's screenshot or screen recording in Chinese: its name (夸克, 华为, 飞书 …), 截图/截屏/录屏, then
# a full timestamp; GNOME's `截图_选择区域_<ts>` names the captured region or window between. A
# screenshot word is never a person's own title, so no title is kept.
# The app's name is short (夸克, 华为, 腾讯会议, WeLink); longer words glued before 截图 are a title.
_CN_SHOT_HEAD = (r"(?:网易云音乐|有道云笔记|网易有道词典|[\u4e00-\u9fff]{1,4}?|[A-Za-z0-9]{1,8}?)?"
                 r"(?:屏幕截图|截图|截屏|录屏)(?:_[^_\d]{1,20}_|[_ -]?)")
_CN_SHOTS = (
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})[_-]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
       r"(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[ _-](?P<h>\d{2})[-_.:]?(?P<m>\d{2})[-_.:]?"
       r"(?P<s>\d{2})(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
)
_PATTERNS_BY_LEAD: dict[str, tuple[_Pattern, ...]] = {}
_ANY_LEAD: tuple[_Pattern, ...] = tuple(p for p in _DEVICE_PATTERNS if not p.lead)
for _pat in _DEVICE_PATTERNS:
    for _ch in _pat.lead or "":
        _PATTERNS_BY_LEAD[_ch] = (*_PATTERNS_BY_LEAD.get(_ch, ()), _pat)

_HEX_LEADS = frozenset("0123456789abcdef")
_PATTERNS_WITH_ANY = {lead: (*pats, *_ANY_LEAD) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GLUED_PREFIX = re.compile(r"^(?:[A-Za-z0-9+]{8,}={1,2}|[0-9a-f]{32}|(?:1\d{12}-)+|1\d{12}|(?=[a-f]*\d)[0-9a-f]{6,12}-|(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{13}_|cropped-)(?=[A-Za-z\u4e00-\u9fff])")


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


_GATED_BY_LEAD = {lead: _gated(pats) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GATED_WITH_ANY = {lead: _gated(pats) for lead, pats in _PATTERNS_WITH_ANY.items()}
_GATED_ANY_LEAD = _gated(_ANY_LEAD)
_GATED_NONE: tuple[re.Pattern[str] | None, tuple[tuple[_Pattern, ...], ...]] = (None, ())
_CN_SHOTS_GATE = _any_of(_CN_SHOTS)


def _match_device(core: str) -> tuple[_Pattern, re.Match[str]] | None:
    lead = core[:1].lower()
    # the lead-free patterns need a hex/digit start (方正 ids, uuids) or 信图片 near the start
    if lead in _HEX_LEADS or "信图片" in core[:6]:
        gate, tails = _GATED_WITH_ANY.get(lead, _GATED_ANY_LEAD)
    else:
        gate, tails = _GATED_BY_LEAD.get(lead, _GATED_NONE)
    if gate is not None and (hit := gate.fullmatch(core)) is not None:
        for pat in tails[hit.lastindex]:  # (speed) from the first pattern whose alternative matched
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    if ("截" in core or "录屏" in core) and core[-1:].isdigit() and _CN_SHOTS_GATE.fullmatch(core):
        for pat in _CN_SHOTS:
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    return None


# Round 20: Bing's `th` and Google Images' `images` saved again by a browser (`th (1)`, `images (1)`: search-index
# files 19622656130, 36960523209) are default names; alone (`images.jpg`) they may be a word a person wrote
_BROWSER_SAVE = _p("", r"th|images", "default_name", "generic", None, "browser save + copy marker")


def _apply_device(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    if core[-4:-3] == "A" and core[-3:].isdigit() and _apply_upload_seq(result, core):
        return True
    if "_20" in core and " " in core and _apply_form_export(result, core):
        return True
    if result.copy_marker and (core == "th" or core == "images"):
        _store_device(result, _BROWSER_SAVE, _BROWSER_SAVE.regex.fullmatch(core))
        return True
    found = _match_device(core)
    if found is None:
        glued = (_GLUED_PREFIX.match(core)  # <hash>webwxgetmsgimg, <ms>Snipaste_…
                 if core[:1].isascii() and (core[:1].isalnum() or core[:1] == "+") else None)  # (speed) its first characters
        found = _match_device(core[glued.end():]) if glued else None
        if found is not None and core[:1] in "12":
            _store_device(result, *found)
            _give_upload_lead(result, glued.group(0))  # `<ms>-IMG_1234`: the upload time
            return True
    if found is None:
        # (round 17: each step's cheap gate is tested here, before a call: most names reach no step)
        first, last, n = core[:1], core[-1:], len(core)  # (speed) each read by several gates below
        if last in "_-" and _apply_trailing_separator(result, core, nested=nested):
            return True
        return ((" 20" in core and _apply_locale_screenshot(result, core))
                or (first in "Pp" and core[:9].lower() == "photo on " and _apply_photo_booth_regional(result, core))
                or (first in "Qq" and core[1:2] in "Qq" and _apply_qqnt_unpadded(result, core))
                or (first in "PL" and _apply_album_or_meizu(result, core))
                or (first == "o" and core[1:2] == "_" and _apply_cnblogs_gallery(result, core))
                or (first in "Ww" and _apply_note_export(result, core))
                or (n >= 24 and core[-20:].isdigit() and _apply_restamped(result, core))
                or (first == "1" and core[10:11] == "_" and _apply_epoch_upload(result, core))
                or (first.isdigit() and _apply_dedecms(result, core))
                or (core[6:7] == "-" and first.isdigit() and _apply_clock_epoch(result, core))
                or (first == "i" and core[:5] == "imgi_" and _apply_rehosted(result, core))
                or ((n == 15 or core.endswith(".thumb")) and _apply_smms(result, core))
                or ("src=http" in core and _apply_image_search_save(result, core))
                or (last in ")）" and _apply_device_with_note(result, core))
                or (not nested and core[-4:-2] == "__" and _apply_edit_copy_chain(result, core))
                or (core[-6:-5] == "_" and _apply_upload_rand5(result, core))
                or ("a" <= last <= "z" and _apply_frame_variant_tag(result, core))
                or ("。" not in core and "摄" not in core and _apply_device_tolerant(result, core, nested=nested))
                or ((core[-7:-6] == "_" or "__" in core) and _apply_rehosted(result, core))
                or (core[-14:-13] == "_" and core[-13:].isdigit() and _apply_upload_millis(result, core))
                or (" " in core and _apply_device_with_words(result, core))
                or ((last in _ALNUM_END or first.isascii()) and _apply_device_glued(result, core))
                or (not nested and n > 34 and _apply_hash_tail(result, core)))
    _store_device(result, *found)
    return True


# An editor that saves each edit as a copy appends `__NN` to the name it opened, again on every copy of a copy:
# `Screenshot_<d8>-<t6>__01__01__01__01__01`, `IMG_<d8>_<t6>__01__01__01`, `IMG_<d8>_<t6>_Bokeh__01__01`,
# `<camera frame>__01__01` (search-index files 38138948848, 22238063388, 33931525067, 58542799021, 1284964169,
# 40965780574). One `__NN` is read as a counter by the tolerant step; a chain of them is peeled whole here and
# the device name before it read as ever (its words, if any, are no title). Words or a dataset's own
# `…__00__01` with no device name before the chain give nothing here.
_EDIT_COPY_CHAIN = re.compile(r"(?:__\d{2}){2,}$")


def _apply_edit_copy_chain(result: ParsedName, core: str) -> bool:
    m = _EDIT_COPY_CHAIN.search(core, max(0, len(core) - 40))
    if m is None or m.start() < 4 or not _device_inside(result, core[: m.start()], words=False, plain_title=True):
        return False
    if not result.copy_marker:
        result._set("copy_marker", m.group(0), "edit-copy chain", 0.6)
    return True


# Upload code that keeps the original name and appends `_` + a random number from 10000 to 99999 (Java's
# `(int)(Math.random() * 90000 + 10000)`): search-index file 13994450155, a shop's product-image table whose
# rows `/upload/<yyyymmdd>/屏幕截图 <date> <hhmmss>_<5 digits>.png` (the same screenshot twice, two numbers) and
# `<hash>_<n>_<5 digits>.jpeg` were uploaded a day after the shot. The original is read as ever when it is a
# device name with a date (words before it are its title, as without the number; a counter after the number
# is peeled first); the number is no time, no counter, no id. A
# name with no dated device name before it (`合影_12345`, `IMG_1234_12345`) is left to the other steps.
_UPLOAD_RAND5 = re.compile(r"_[1-9]\d{4}$")


def _apply_upload_rand5(result: ParsedName, core: str) -> bool:
    if len(core) < 12 or _UPLOAD_RAND5.search(core, len(core) - 6) is None:
        return False
    head = core[:-6]
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, head, words=True) or not trial.date:
        return False
    return _device_inside(result, head, words=True)


# A gallery or a site stores each picture again in several sizes, named after the original with a size tag:
# Piwigo's derivatives `<name>-sq`, `-th`, `-2s`, `-xs`, `-sm`, `-me`, `-la`, `-xl`, `-xx` (its web API lists
# them: `…-4314a326-th.jpg`, `…-me.jpg`; a resize script for it, gist AntoineVe/162a6b76bfd701300f80), other
# upload code `_thumb`, `_thumbnail`, `_sm`, `_md`, `_lg` (code search: THUMBNAIL_SUFFIXES), and a category
# table's `…/thumbnail/DSC_0020_th.jpg` (search-index file 26092796350). After a camera's own name the tag is
# no title: the camera name is read as ever. Only lower-case Latin tags (and Piwigo's `2s`); after words, or
# a capitalised word (`IMG_1234_Paris`), nothing changes here.
_FRAME_VARIANT_TAG = re.compile(r"(?P<head>.*?\d)(?:[-_](?:[a-z]{1,12}|2s))+")


def _apply_frame_variant_tag(result: ParsedName, core: str) -> bool:
    m = _FRAME_VARIANT_TAG.fullmatch(core)
    if m is None:
        return False
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, m["head"], words=False) or trial.kind != "camera":
        return False
    return _device_inside(result, m["head"], words=False)


# A system screenshot named in the user's language. macOS writes `<word> <YYYY-MM-DD> <word for "at">
# <h.mm.ss>` (a 12-hour clock with the language's AM/PM where the locale uses one: `오후 5.08.22`, `下午5.08.22`,
# `5.16.27 p. m.`, `12.11.56 nachm.`); Windows 11's Snipping Tool `<word> <YYYY-MM-DD> <hhmmss>`, as its
# `屏幕截图 …` (the English and simplified-Chinese words are read by the table above). GitHub's alt text for an
# uploaded screenshot has the clock's dots as spaces (`… om 18 22 09`). Sources, each a word with both forms
# where both exist (search-index files): de `Bildschirmfoto … um 18.01.39` 316071680, 46636144745, old
# `… um 12.11.56 nachm.` 12163975295; fr `Capture d’écran … à 20.58.03` 26975871576, 13182731226, Windows
# `Capture d’écran 2024-12-01 224909` 33205540401, 43383348171; es `Captura de pantalla … a la(s) 5.16.27 p. m.`
# 40380650848, `… a la(s) 22 04 42` 47252813023, Windows `… 2024-04-25 151455` 3106153, 9424946143; pt
# `Captura de Tela … às …`; it `Schermata … alle 16.44.58` 41195835664, 13672541373; nl `Schermafbeelding … om
# 17.17.56` 41069086841, Windows `… 2022-05-13 142958` 3449029736; ru `Снимок экрана … в 22.38.52` 970615,
# Windows `… 2023-11-21 131232` 17887590370; ja `スクリーンショット 2020-03-21 8.50.12` 33407819423,
# 17576724473, Windows `… 2026-03-09 041703` 52288113383; ko `스크린샷 2023-12-29 오후 7.33.35` 6248822959,
# 35417264284; zh-TW macOS before 10.14 `螢幕快照 2017-10-11 下午8.11.21` 49607270719, 32195620609, 22100830638,
# Windows `螢幕擷取畫面 2025-09-12 134729` 23641482791, 56247025151; pt `Captura de Tela … às 19.20.35` 71335542086,
# Windows `Captura de tela 2025-11-11 102749` 41143365251; sv `Skärmavbild … kl. 09.53.29` 19293190404, alt text
# `… kl  18 09 46` 16983164228; pl `Zrzut ekranu 2018-10-04 o 20.53.01` 16322573671, the day unpadded in later
# releases `… 2023-07-5 o 23 18 52` 3973530166, Windows `… 2023-05-03 201649` 45714121036; Windows 10's Snip & Sketch in English `Annotation 2020-03-08 210620` 12486070808, 48179469699,
# 34128903023 (in Chinese `批注 …`, read above); GNOME's `Screenshot from %Y-%m-%d %H-%M-%S` in German `Bildschirmfoto
# vom 2021-05-18 17-55-41` 3627713389, 7480389963, 21557093403 and Russian `Снимок экрана от 2022-10-27 10-50-19`
# 5853624484, 12575456374, 10695058564 (the clock's `-` only after `vom`/`от`; English and Chinese above).
# The word is no title; the clock must be valid (an hour over 12 with an AM/PM word gives the day only); a
# word with no stamp, or `Annotation` with a macOS-style clock, is left to the other steps.
_LOCALE_SHOT_RE = re.compile(
    r"(?P<word>Bildschirmfoto|Capture d['’]écran|Captura de (?:pantalla|tela|ecrã)|Schermata|Schermafbeelding"
    r"|Снимок экрана|スクリーンショット|스크린샷|[螢萤]幕(?:快照|[擷撷]取[畫画]面)|Skärmavbild|Zrzut ekranu|Annotation)"
    r"(?:[ _](?P<gnome>vom|от))?[ _](?P<Y>20\d{2})-(?P<M>\d{1,2})-(?P<D>\d{1,2})[ _]"
    r"(?:(?P<h6>\d{2})(?P<m6>\d{2})(?P<s6>\d{2})"
    r"|(?:,?(?:um|à|a las|a la\(s\)|alle|om|в|kl\.?|o|às)[ _]{1,2})?(?P<ap>오전|오후|午前|午後|上午|下午)?[ _]?"
    r"(?P<h>\d{1,2})(?P<sep>[. _-])(?P<m>\d{2})(?P=sep)(?P<s>\d{2})"
    r"(?:[ _]?(?P<ap2>AM|PM|[ap]\.[ _]?m\.|vorm\.|nachm\.))?)"
    r"(?:[ _]\d{1,2})?", re.IGNORECASE)
_LOCALE_SHOT_AFTERNOON = ("오후", "午後", "下午", "pm", "p.m.", "p. m.", "nachm.")


def _apply_locale_screenshot(result: ParsedName, core: str) -> bool:
    m = _LOCALE_SHOT_RE.fullmatch(core)
    if m is None:  # words or an id before the name (`登录页报错-Bildschirmfoto …`): the words are its title
        m = _LOCALE_SHOT_RE.search(core)
        if m is None or m.end() != len(core) or m.start() < 2 or core[m.start() - 1] not in " _-":
            return False
    if (m["word"].lower() == "annotation" and not m["h6"]) or (m["gnome"] and m["sep"] != "-"):
        return False
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"]))
    if day is None:
        return False
    if m["h6"]:
        clock = _valid_time(int(m["h6"]), int(m["m6"]), int(m["s6"]))
        result.family = "win_snipping"
    else:
        hour, half = int(m["h"]), (m["ap"] or m["ap2"] or "").lower()
        if half and hour > 12:
            clock = None
        else:
            if half:
                hour = hour % 12 + (12 if half in _LOCALE_SHOT_AFTERNOON else 0)
            clock = _valid_time(hour, int(m["m"]), int(m["s"]))
        result.family = "gnome_screenshot" if m["gnome"] else "mac_screenshot"
    result.kind = "screenshot"
    _give_stamp(result, day, clock, "localized screenshot name", "screenshot", 0.9)
    if m.start():
        _device_words(result, core[: m.start()].strip(" _-"))
    return True


# macOS Photo Booth names a picture `Photo on <the short date> at <h.mm>[ AM|PM][ #n]`, the short date in the
# user's region: ISO `2015-03-07` (read by the table above), or day, month and year in the region's order with
# the year last (`-` for `/`): US `Photo on 1-31-17 at 9.14 AM #2` (search-index file 9273092510), `Photo on
# 10-3-24 at 1 17 PM` (49071172026, GitHub alt text), `Photo on 10-01-23 at 5.52 PM` (1216702548); day first
# `Photo on 18-9-2018 at 6.11 PM` (16609817043), `Photo on 15-02-2026 at 1.12 pm #4` (59816931948), `Photo on
# 11-09-25 at 13.24` (30820520943). The name is a program's, never a title. The order is known only when one
# number is over 12 (or both are the same): otherwise no date, as for any ambiguous digits; hours and minutes
# only, so no time (as for the ISO form).
_PHOTO_BOOTH_REGIONAL = re.compile(r"Photo on (?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{2}|20\d{2}) at \d{1,2}[. ]\d{2}"
                                   r"(?: ?[AaPp][Mm])?(?: #\d{1,3})?", re.IGNORECASE)


def _apply_photo_booth_regional(result: ParsedName, core: str) -> bool:
    m = _PHOTO_BOOTH_REGIONAL.fullmatch(core)
    if m is None:
        return False
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    year += 2000 if year < 100 else 0
    month, day = (b, a) if a > 12 else (a, b) if b > 12 or a == b else (0, 0)
    result.family, result.kind = "photo_booth", "camera"
    _give_stamp(result, _valid_date(year, month, day) if month else None, None, "Photo Booth regional date", "shot", 0.8)
    return True


# Round 26: QQ NT (2025) writes its screenshots and recordings with the month and the day unpadded,
# `QQ{year}{month}{day}-{hhmmss}` (search-index files 68526675974 `QQ2025819-174824-HD-…gif`, 41606012056
# `QQ2025815-175747.mp4`; earlier builds `QQ20240811-193052`, read by the exact table). Read only when one
# split of the month and the day is a date: `QQ2025111-…` (1-11 or 11-1) gives nothing.
_QQNT_UNPADDED = re.compile(r"QQ(?P<Y>20\d\d)(?P<md>\d{2,3})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:[-_ .][0-9A-Za-z]+)*"
                            r"(?:\s?[(（]\d{1,3}[)）])?", re.IGNORECASE)


def _apply_qqnt_unpadded(result: ParsedName, core: str) -> bool:
    m = _QQNT_UNPADDED.fullmatch(core)
    if not m:
        return False
    md, year = m["md"], int(m["Y"])
    days = {d for d in (_valid_date(year, int(md[:i]), int(md[i:])) for i in range(1, len(md))) if d}
    clock = _valid_time(int(m["h"]), int(m["m"]), int(m["s"]))
    if len(days) != 1 or not clock:
        return False
    result.family, result.kind = "qqnt_screenshot", "screenshot"
    _give_stamp(result, days.pop(), clock, "QQ NT timestamp, unpadded month and day", "screenshot", 0.85)
    return True


# Round 23: a site's upload `<epoch s>_<original name>` where the original was a bare counter (`1757562240_1`,
# ` - 副本 (2)` peeled before; search-index file 2133300357: an uploads table whose rows `1757562240_1.jpg`,
# `1757562240_1 - 副本.jpg` were created 2025-09-11 11:44:01 and `1757562278_企业微信截图_<ts14>.png` beside
# them): the upload time (UTC+8, as every epoch). Only 2011–2033 and only a 1–3 digit original: a 10-digit id
# before words (a QQ number, an account) stays no date.
_EPOCH_UPLOAD = re.compile(r"(?P<sec>1[3-9]\d{8})_\d{1,3}")


def _apply_epoch_upload(result: ParsedName, core: str) -> bool:
    m = _EPOCH_UPLOAD.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not day:
        return False
    result.family, result.kind = "epoch_upload", "cms"
    _give_stamp(result, day, clock, "upload <epoch s>_<n>", "uploaded", 0.5)
    return True


# Round 50: an upload named `<HHmmss>-<epoch s><random>` (`004501-1675010701` + a few hex or digit characters), as
# sites on DedeCMS-style uploads/allimg/<ymd>/ folders store wallpapers: the clock written twice, once as HHmmss and
# once inside the epoch seconds. No generating code was found, so the day is read only where the two agree — the
# epoch's China-time clock equal to the six digits before it, second for second (a chance match is 1 in 86,400);
# otherwise nothing (an id, as before).
_CLOCK_EPOCH = re.compile(r"(?P<hms>\d{6})-(?P<sec>1[3-9]\d{8})[0-9a-z]{0,6}")


def _apply_clock_epoch(result: ParsedName, core: str) -> bool:
    m = _CLOCK_EPOCH.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not day or clock.replace(":", "") != m["hms"]:
        return False
    result.family, result.kind = "clock_epoch_upload", "cms"
    _give_stamp(result, day, clock, "upload <HHmmss>-<epoch s>, clocks agree", "uploaded", 0.6)
    return True


# Round 29: a picture saved by a browser's bulk image downloader and hosted again. The downloader writes
# `imgi_<n>_<original name>`, n the image's order on the page (search-index files 69526205275 and 63401416447
# read `^imgi_(\d+)_<original>`, 60939892174 calls `imgi_4_<n>` "an automatically generated image name",
# 52568562692 sorts by the number); Cloudinary, given the file with `use_filename` and `unique_filename`, keeps
# the name and appends `_` + six random lowercase letters and digits, having replaced the characters a public id
# may not hold with `_` and trimmed them at the ends (cloudinary.com/documentation/upload_parameters,
# …/ts_permitted_naming_conventions), so a copy number ` (2)` becomes `__2` (search-index file 25465508032:
# `imgi_<n>_<original>_<6 random>` and `<original>__<n>_<6 random>` URLs). The prefix is peeled and the rest
# read as any name; a random suffix (and a sanitised copy number before it) is peeled only when what is left is
# a device or app name: `晚霞_sunset` keeps its word. (Without `unique_filename` the sanitised name alone:
# `<device name>__<n>`.)
_REHOSTED = re.compile(r"(?P<pre>imgi_\d{1,4}_)?(?P<inner>.+?)(?P<copy>__\d{1,5})?(?P<cld>_(?=[0-9]*[a-z])[a-z0-9]{6})?",
                       re.DOTALL)


def _apply_rehosted(result: ParsedName, core: str) -> bool:
    m = _REHOSTED.fullmatch(core)
    if not m or not (m["pre"] or m["cld"] or m["copy"]):
        return False
    inner = m["inner"]
    if m["cld"] or m["copy"]:
        found = _match_device(inner)
        if found is not None:
            _store_device(result, *found)
            return True
        if not m["pre"]:
            return False
        inner = core[m.end("pre"):]
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, inner, steps=True)  # (here a downloader's prefix is always there)
    return True


# Round 29: JeecgBoot (and the Spring code copied from it) saves an upload as `<original name>_<System.
# currentTimeMillis()>` + the extension (CommonUtils.uploadLocal: search-index files 7454141807, 921845959,
# 39818104684, 2522682665; spaces taken out of the original first). The original is read as any name (a device's
# own time wins, a person's words are the title); the upload time (UTC+8, 2011–2033) is the date only when the
# original gives none. Thirteen digits only: ten after words may be an account, and a 小红书 download's own
# suffix is read by its step. Only an original with Chinese words: a device name before the stamp is read by the
# tolerant step above, an ASCII tool name by the steps after.
def _apply_upload_millis(result: ParsedName, core: str) -> bool:
    day, clock = _stamp_from_groups({"ms": core[-13:]}) if _EPOCH_MS.fullmatch(core, len(core) - 13) else (None, None)
    if not day or core[-15:-14].isdigit() or "来自小红书" in core:
        return False
    head = core[:-14].strip(" _-")
    if not _CJK.search(head):
        return False  # (ASCII before it is a tool's own name, `mm_reward_qrcode_<ms>`: the later steps read it)
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, head, steps=True)
    if not result.date and not result.date_partial:
        _give_stamp(result, day, clock, "upload <name>_<epoch ms>", "uploaded", 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "titled", "caption"):
            result.family, result.kind = "jeecg_upload", "cms"
    return True


# Round 19: 若依 (RuoYi) and the admin frameworks built on it name an upload `<original name>_<Seq.getId(
# uploadSeqType)>`, the sequence being the upload time `yyyyMMddHHmmss` + the machine code `A` + a 3-digit
# counter, or the sequence alone (FileUploadUtils.extractFilename: search-index files 1361302403, 52581724130,
# 59616614993, 18083304334, 55593769881; the sequence alone 32440697615 `20240219154651A001.jpg`,
# 31278487613). The original name is read as any name (a device name's own time wins, a copy marker is
# peeled, a person's words are the title); the upload time is the date only when the name gives none.
_UPLOAD_SEQ = re.compile(r"(?:(?P<head>.*?)_)?(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})A\d{3}",
                         re.DOTALL)
_UPLOAD_SEQ_RULE = "若依 upload <name>_<yyyyMMddHHmmss>A<nnn>"


def _apply_upload_seq(result: ParsedName, core: str) -> bool:
    m = _UPLOAD_SEQ.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    head = (m["head"] or "").strip(" _-")
    copy = _COPY_BEFORE_STAMP.search(head) if head[-1:] in ")）" else None
    if copy and copy.start() > 0:  # `生成动漫雪道图片 (1)_<seq>`: a copy was uploaded
        head = head[: copy.start()].rstrip()
        if not result.copy_marker:
            result._set("copy_marker", copy.group(0), "copy marker", 0.8)
    if head:
        # a call back up the pipeline: that module imports this one, so the import is here
        from .parse import _parse_simple
        _parse_simple(result, head, steps=True)
    if not result.date:
        result._set("date", day, _UPLOAD_SEQ_RULE, 0.5)
        result._set("time", clock, _UPLOAD_SEQ_RULE, 0.5)
        result._set("date_kind", "uploaded", _UPLOAD_SEQ_RULE, 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "image_paste", "office_export"):
            result.family, result.kind = "ruoyi_upload", "cms"
    return True


# Round 23: a form-collection export `<nickname>_<YYYY-MM-DD hh.mm.ss>_<original name>`: the submit time
# between the respondent's nickname and the name the file had (search-index file 69413325479: 14 names of
# one collection, the originals `微信图片_<ts14>[_n_n]`, `mmexport<ms>`, `IMG_7121 2`, `WechatIMG1013`, an md5,
# a uuid, `证件照`, `caoyu`; no public documentation of the collecting tool was found). The original is read
# as any name (its own device time wins, a default or machine name gives no title, a person's words are the
# title); the submit time is the date only when the original gives none; the nickname is an account, never
# a title or a photographer (an id glued before it, `123_<nickname>`, stays in it). Only this exact stamp
# (dashes, one space, dots) between two `_`.
_FORM_EXPORT = re.compile(r"(?P<nick>[^/]{1,40}?)_(?P<Y>20\d\d)-(?P<M>\d\d)-(?P<D>\d\d) (?P<h>\d\d)\.(?P<m>\d\d)\.(?P<s>\d\d)"
                          r"_(?P<rest>.+)", re.DOTALL)
_FORM_EXPORT_RULE = "form-collection export <nickname>_<submit time>_<name>"


def _apply_form_export(result: ParsedName, core: str) -> bool:
    m = _FORM_EXPORT.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    nick = m["nick"].strip() if m else ""
    rest = m["rest"].strip(" _-") if m else ""
    if not day or not clock or not nick or not rest:
        return False
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, rest, steps=True)
    if not result.date:
        _give_stamp(result, day, clock, _FORM_EXPORT_RULE, "uploaded", 0.5)
    if result.family in ("unknown", "default_name", "untitled", "numbered", "numeric_id", "hash", "image_paste",
                         "titled", "caption", "generic"):
        result.family, result.kind = "form_collection", "cms"
    result.photographers = [p for p in result.photographers if p != nick]
    if nick not in result.accounts:
        result._set("accounts", [*result.accounts, nick], "form-collection nickname", 0.7)
    return True


# Round 18: a separator left at the end of a device name (`QQ录屏20220828144516_`, `IMG_1234_`, `…_14-45-16_`):
# a converter, an uploader or a renamer that cut a suffix left it; it is no part of the name. The name
# less it is read first, before any tolerant step could read the stamp short (`… 144516_` gave a title
# `144516` and a date without its time). Words (`故宫_`) are no device name and go on as before.
def _apply_trailing_separator(result: ParsedName, core: str, *, nested: bool) -> bool:
    bare = core.rstrip("_- ")
    if len(bare) < 4 or _A_DIGIT.search(bare) is None or _TRAILING_COUNTER.search(core):
        return False  # (`MVIMG_…__1_`: a copy number an uploader sanitised, read by the tolerant step, round 16)
    if len(bare) >= 8 and _DIGITS_ONLY.fullmatch(bare):  # `20220828144516_`, `<epoch ms>_`: read as the digits alone
        return _apply_digits(result, bare, None)
    return _apply_device(result, bare, nested=nested)


# Round 18: an uploader or a blog tool that writes its own time glued after a device name's 14-digit stamp,
# padded or not, with a counter (`QQ录屏20210423204710` + `2021423204754` + `1`: search-index file 1295607544;
# `QQ录屏20230526165746` + `20235261658311`: 41675378255). The run after the stamp starts with the stamp's
# year: the device name before it is read (never a date from the unpadded run); another run is no stamp.
_RESTAMPED = re.compile(r"(?P<head>.*?\D(?P<Y>(?:19|20)\d\d)\d{10})(?P=Y)\d{6,13}")


def _apply_restamped(result: ParsedName, core: str) -> bool:
    m = _RESTAMPED.fullmatch(core)
    return m is not None and _device_inside(result, m["head"], words=False)


# Round 18: 有道云笔记 (Youdao Note) exports and migrations name each picture `WEBRESOURCE<md5><original
# name>`; the original is the app's own default (`截图` its screenshot, `stickPicture` a pasted picture) or
# what a person named it (search-index files 31754264680, 60851444005: `…截图`; 39785347157, 32007989142,
# 60850020198: `…stickPicture`). The md5 and a default name are no title; a person's words are.
_NOTE_EXPORT = re.compile(r"WEBRESOURCE[0-9a-f]{32}", re.IGNORECASE)
_NOTE_DEFAULT = re.compile(r"(?:stickPicture|clipboard|image|截图|截屏|屏幕截图|图片)?(?:[-_ ]?\d{1,3})?", re.IGNORECASE)


def _apply_note_export(result: ParsedName, core: str) -> bool:
    m = _NOTE_EXPORT.match(core)
    if not m:
        return False
    rest = core[m.end():].strip(" _-")
    result.family, result.kind = "youdao_note", "app_export"
    if rest and not _NOTE_DEFAULT.fullmatch(rest) and not _device_inside(result, rest, words=True):
        _device_words(result, rest)
    return True


# Round 16: LINE album downloads `LINE_ALBUM_<album name>_<YYMMDD>_<n>` — the album's name is the title
# a person wrote, the date has a two-digit year (index files 55094761381, 20377721326, 59767428091,
# 71129198866; `-768x329` a WordPress size after it, 9039804151)
_LINE_ALBUM = re.compile(r"LINE_ALBUM_(?P<name>.+?)_(?P<YY>\d{2})(?P<M>\d{2})(?P<D>\d{2})_\d{1,4}(?:_\d{1,3})?"
                         r"(?:-\d{2,4}x\d{2,4})?")


# Round 19: 博客园 gallery uploads `o_<yyMMddHHmmss>[_]<original name>` (search-index files 70186652895
# `o_251204051842_bg-blog10`, 21134374545 `o_191222135037头像`, 44703839190 `o_210902204244news_detail`,
# 35362503705 `o_230306161713_bilibili`): the upload time with a two-digit year (written, not guessed:
# 20YY), then the name the file had, read as words beside a device name (a person's words are a title)
_CNBLOGS_GALLERY = re.compile(r"o_(?P<Y>\d{2})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?!\d)_?(?P<rest>.*)",
                              re.DOTALL)


def _apply_cnblogs_gallery(result: ParsedName, core: str) -> bool:
    m = _CNBLOGS_GALLERY.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    rule = "博客园 o_<yyMMddHHmmss>"
    result.family, result.kind = "cnblogs_gallery", "cms"
    result._set("date", day, rule, 0.6)
    result._set("time", clock, rule, 0.6)
    result._set("date_kind", "uploaded", rule, 0.6)
    _device_words(result, m["rest"].strip(" _-"))
    return True


# Meizu cameras `P<Y><MMDD>-<HHMMSS>`: one digit of the year, read by the sources as 201Y
# (zhzh132/FileCollector MeizuPhotoProcessor.java, 410330533/hades rename_meizu_photos.php). A decade
# is not written, so no year is guessed: a time and a date_partial.
_MEIZU = re.compile(r"P\d(?P<M>\d{2})(?P<D>\d{2})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})")


def _apply_album_or_meizu(result: ParsedName, core: str) -> bool:
    if core[:1] == "P" and len(core) == 13:
        meizu = _MEIZU.fullmatch(core)
        partial = meizu and _valid_date(2000, int(meizu["M"]), int(meizu["D"]))
        clock = meizu and _valid_time(int(meizu["h"]), int(meizu["m"]), int(meizu["s"]))
        if partial and clock:
            result.family, result.kind = "meizu_camera", "camera"
            result._set("date_partial", partial[5:], "Meizu P<Y>MMDD-HHMMSS", 0.7)
            result._set("time", clock, "Meizu P<Y>MMDD-HHMMSS", 0.7)
            return True
    m = _LINE_ALBUM.fullmatch(core) if core.startswith("LINE_ALBUM_") else None
    if m is None:
        return False
    result.family, result.kind = "line_album", "wechat_image"
    day = _valid_date(2000 + int(m["YY"]), int(m["M"]), int(m["D"]))
    _give_stamp(result, day, None, "LINE_ALBUM YYMMDD", "saved", 0.6)
    _device_words(result, m["name"].strip(" _-"))
    return True


# Round 17: 织梦 DedeCMS names an upload `<user id>-dd2char(date("ymdHis")[.mt_rand(…)])`: dd2char turns
# each digit pair 65-90 or 97-99 into its letter (`1-1Z1011A5393` is 1901011655393: 2019-01-01 16:55:39
# and a random digit). Sources: dede/include/dialog select_images_post.php, uploads/allimg/<ymd>/ paths
# whose folder matches the decoded day (index files 172793673, 48987021517, 31666189772, 29441744613,
# 14449958883, 23308777863, 6521253048). The whole name must decode to 12-15 digits, a real day and clock.
_DEDE = re.compile(r"\d{1,6}-(?P<code>[0-9A-Zabc]{8,15})")
_DEDE_RULE = "DedeCMS <uid>-dd2char(ymdHis)"


# Round 50: DedeCMS's editor image dialog names an upload `<user id>_<ymdHis>_<n>` and the thumbnail it makes
# beside it `<…>_lit` (`$filename = $cuserLogin->getUserID().'_'.MyDate('ymdHis',$nowtme).'_'.$i;`, `_lit` for the
# small copy: DedeCMS 5.x FCKeditor `dede_image` dialog, search-index file 15599137756; uploads/allimg/<ymd>/ paths):
# the upload's day and clock in the 12 digits, plain (no dd2char); the same real day and clock as above.
_DEDE_EDITOR = re.compile(r"\d{1,6}_(?P<code>\d{12})_\d{1,2}(?:_lit)?")


def _apply_dedecms(result: ParsedName, core: str) -> bool:
    m = _DEDE.fullmatch(core) if core[:1].isdigit() and len(core) <= 22 else None
    if m is None:
        m = _DEDE_EDITOR.fullmatch(core) if "_" in core[1:8] and len(core) <= 26 else None
        if m is None:
            return False
    digits = "".join(ch if ch.isdigit() else str(ord(ch)) for ch in m["code"])
    if not 12 <= len(digits) <= 15 or (len(digits) != 12 and m["code"].isdigit()
                                         and (len(digits) != 14 or digits[:2] in ("19", "20"))):
        return False  # (digits only: 12, ymdHis alone; `1-20120512102233` is a YYYYMMDDhhmmss stamp, not ymdHis + rand;
        # round 22: 14 digits that open with no century are ymdHis + two, `240460-13033106243430`)
    day = _valid_date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    clock = _valid_time(int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    if not day or not clock or int(digits[:2]) > 35:
        return False
    result.family, result.kind = "dedecms", "cms"
    result._set("date", day, _DEDE_RULE, 0.6)
    result._set("time", clock, _DEDE_RULE, 0.6)
    result._set("date_kind", "uploaded", _DEDE_RULE, 0.6)
    return True


# Round 17: an image host or upload plugin that keeps the original name and appends the file's md5 or
# sha256 (PicGo picgo-plugin-custom-path `{origin}-{hash}`, an md5: melon95/picgo-plugin-custom-path
# README): the hash is no title, the name before it is read as any name (a hash before a name is
# _GLUED_PREFIX's)
_HASH_TAIL = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})$")


def _apply_hash_tail(result: ParsedName, core: str) -> bool:
    m = _HASH_TAIL.search(core, len(core) - 65) if len(core) > 34 and core[-1:] in _HEX_CHARS else None
    if m is None or m.start() == 0 or (m.start() < 64 and _HEX_RUN.fullmatch(core, 0, m.start())):
        return False
    if not result.copy_marker:
        result.warnings.append("hash after the name")
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, core[: m.start()].rstrip(" -_"), steps=True)
    return True


_HEX_CHARS = frozenset("0123456789abcdef")
_HEX_RUN = re.compile(r"[0-9a-f]+")


# Round 19: 百度图片 (gimg2.baidu.com/image_search) saves a picture under its query string: `src=<original
# URL, '/' and ':' made '_'>&refer=<the page's host>` (search-index files 44460352089, 10019846574,
# 69607797534, 184088079, 33297067989, 6400970289, 22223338929 — the URLs those names are made of). The URL
# is no title. A whole 14-digit stamp between separators in it is the time the picture was uploaded to the
# site it came from (堆糖 `uploads/item/201909/23/20190923182909_LPaCx`, 69607797534); an upload tool's
# epoch milliseconds before it (`<ms>-src=…`) are read first; no other digits are (ids, dates in paths).
_IMAGE_SEARCH_SAVE = re.compile(r"(?:(?P<ms>1[3-9]\d{11})[-_]|[0-9a-f]{32})?src=https?_.*", re.DOTALL)
_URL_STAMP = re.compile(r"(?<![0-9A-Za-z])" + _TS14 + r"(?![0-9])")


def _apply_image_search_save(result: ParsedName, core: str) -> bool:
    m = _IMAGE_SEARCH_SAVE.fullmatch(core)
    if m is None:
        return False
    result.family, result.kind = "baidu_image", "cms"
    rule = "百度图片 src=…&refer="
    if m["ms"]:
        day, clock = _stamp_from_groups({"ms": m["ms"]})
    else:
        stamps = [_stamp_from_groups(s.groupdict()) for s in _URL_STAMP.finditer(core, m.end("ms") if m["ms"] else 0)]
        stamps = [s for s in stamps if s[0] and s[1]]
        day, clock = stamps[0] if len(stamps) == 1 else (None, None)  # two stamps: which is which is not known
    _give_stamp(result, day, clock, rule, "uploaded", 0.5)
    return True


# Round 17: sm.ms (loli.net) stores an upload as 15 random letters and digits under /YYYY/MM/DD/ (index
# files 44728047846, 28813570101, 70766953911, 22711690566, 33927420951, 10779952041, 39621470886,
# 5740327116, 865116, 16231985001: `glno9D6OcRYSi8F`, `SplDtuFNQaKvEHR`, `nsD7GefaiWv3xMz`). Random text
# has capitals in a row and single digits between letters; camel-case words (`iPhoneXsMaxCase`,
# `MyTrip2023Paris`) have neither: two such signs are asked for.
_RANDOM_SIGNS = re.compile(r"(?=[A-Z]{2}|[A-Za-z]\d[A-Za-z]|\d[A-Za-z]\d)")


# Round 17: Discuz! attachments `data/attachment/forum/YYYYMM/DD/<His><16 random>` (the day is in the
# folders; index files 17936912187, 39451703382, 488528262, 29674572012, 5024004462, 35837020827) and
# their thumbnails `<name>.jpg.thumb.jpg` (5024004462): no title; the clock alone is not given
_DISCUZ = re.compile(r"\d{6}[a-z0-9]{16}(?:\.(?:jpg|jpeg|png|gif)\.thumb)?")


def _apply_smms(result: ParsedName, core: str) -> bool:
    if core.endswith(".thumb") and _DISCUZ.fullmatch(core):
        result.family, result.kind = "discuz_attachment", "cms"
        return True
    if len(core) != 15 or not core.isascii() or not core.isalnum() or core.islower() or core.isupper():
        return False
    if len(_RANDOM_SIGNS.findall(core)) < 2:
        return False
    result.family, result.kind = "opaque_id", "cms"
    return True


def _stamped_device(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    """A device or app name that carries a valid date (not a bare frame number)."""
    found = _match_device(text)
    if not found or found[0].family == "dated":  # `2015.08.21茶卡盐湖`: a dated caption, read as text
        return None
    return found if _stamp_from_groups(found[1].groupdict())[0] else None


_YEAR_DIGITS = re.compile(r"\d{4}")
def _camera_frame(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    found = _match_device(text)
    return found if found and found[0].kind == "camera" else None


_FIRST_CJK = re.compile(r"[\u4e00-\u9fff“《]")
_QQ_OWN_WORDS = frozenset(("图片", "视频", "截图", "录屏"))  # round 55: `QQ图片<ts14>` (its table rows above)
_STAMPED_LEADS = frozenset(ch for p in _DEVICE_PATTERNS if "(?P<Y>" in p.regex.pattern or "(?P<ms>" in p.regex.pattern
                           for ch in p.lead)
# (round 17: or a Latin app name glued to Chinese words, `登录页面报错Dingtalk_<ts14>`, `…retouch_<ts16>`)
_DEVICE_AFTER_SEP = re.compile(r"[-_ ](?=[A-Za-z\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z])")


def _apply_device_glued(result: ParsedName, core: str) -> bool:
    """A dated device name with words glued after it (`QQ20250907-020032窗口展示`) or a title put
    before it with a separator (`论文标题-屏幕快照 2020-04-27 下午12.29.27`): the words are the title."""
    if core[-1:] not in _ALNUM_END and not core[:1].isascii():
        return False  # (speed) both forms below fail: the first needs an ASCII start, the second an alphanumeric end
    if not _YEAR_DIGITS.search(core):
        return False  # every dated device name holds a year or epoch digits
    cjk = _FIRST_CJK.search(core) if core[:1].isascii() else None
    if cjk and cjk.start() < 4 and core[:2] in ("QQ", "qq") and core[cjk.start() : cjk.start() + 2] in _QQ_OWN_WORDS:
        # round 55: QQ's own words before its stamp (`QQ图片<ts14>`, the table's scheme above) are no title: the
        # words glued after the stamp are (`QQ图片<ts14>某某湖畔`)
        stamp = _YEAR_DIGITS.search(core, cjk.end())
        cjk = _FIRST_CJK.search(core, stamp.end()) if stamp else None
    if cjk and cjk.start() >= 7:
        head = core[: cjk.start()].rstrip(" _-")
        found = _stamped_device(head) or _camera_frame(head)  # `IMG_1234故宫`: a frame number too
        if found:
            _store_device(result, *found)
            _device_words(result, core[cjk.start():].strip())
            return True
    if core[-1:] not in _ALNUM_END:
        return False  # every dated device name ends in a digit or a Latin letter
    for m in _DEVICE_AFTER_SEP.finditer(core, 1):
        if core[m.end()].lower() not in _STAMPED_LEADS:
            continue
        found = _stamped_device(core[m.end():])
        if found:
            _store_device(result, *found)
            _device_words(result, core[: m.start()].strip(" _-"))
            return True
    return False


_DATE_DIGITS = re.compile(r"\d+(?:[-_.]\d+)*")  # an id or the date again before the name: no title
_APP_TAG = re.compile(r"[A-Za-z0-9]{1,8}")  # `FB_IMG_…`: a short Latin tag is the app's, not a title
# Round 16: what is left of a device name once the tool and its stamp are read is a title only when
# a person wrote it. Latin runs that hold a digit (`1495068575`, `647197de42de2`, `C360`, `v2`) between
# separators are ids, hashes, counters or tool names; a word of letters only, or Chinese, is a title.
_ID_TOKEN = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*")
_ID_SEPARATORS = re.compile(r"[-_.~@ ()]+")


# Round 17: a tool's own words are no title either (`evernote camera roll`, `Office Lens`, `faceu_<id>`,
# CamScanner's OCR export prefix `cs_ocr_`, a file kind `JPG_`): the Latin names of the tools in
# _FLEX_TOOLS and _EXACT_ONLY_TOOLS (filled in below them) and these words
_TOOL_WORDS = {"screencapture", "camera", "roll", "lens", "office", "microsoft", "evernote", "camscanner", "cs", "ocr", "scan",
               "scanned", "jpg", "jpeg", "png", "img", "faceu", "lark", "screen", "shot", "recording", "from",
               # round 18: an export or download's own words (`QQ录屏<ts14> -original-original`, `<ts14>_rec_`)
               "original", "rec"}


def _ids_only(words: str) -> bool:
    """Is `words` made of id-shaped Latin tokens (each with a digit) and tool words only, between separators?"""
    return words.isascii() and all(_ID_TOKEN.fullmatch(t) or t.lower() in _TOOL_WORDS
                                   for t in _ID_SEPARATORS.split(words) if t)


def _device_words(result: ParsedName, words: str) -> None:
    if not words or _APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words):
        return  # `1753774880194_微信截图_…`: an upload tool's time or id, not a title
    if _is_name(words):
        result._set("photographers", [words], "device name + 姓名", 0.6)
    else:
        result._set("title", words, "device name + words", 0.6)


_TRAILING_NOTE = re.compile(r"\s*[(（](?P<note>[^()（）]{1,20})[)）]$")
_NOTE_STAMP = re.compile(_D8_T6.replace("[_-]", "[_ -]?"))


def _apply_device_with_note(result: ParsedName, core: str) -> bool:
    """`微信图片_…（用）`, `IMG_7199(20210711-200645)`: an editor's note or a renamer's timestamp."""
    if not core.endswith((")", "）")):
        return False
    m = _TRAILING_NOTE.search(core)
    found = _match_device(core[: m.start()]) if m and m.start() > 0 else None
    if found is None or m is None:
        return False
    _store_device(result, *found)
    stamp = _NOTE_STAMP.fullmatch(m["note"].strip())
    if stamp and not result.date:
        _set_stamp(result, stamp, "bracketed timestamp", "shot", 0.6)
    return True


def _apply_device_with_words(result: ParsedName, core: str) -> bool:
    """`IMG_20210701_123456 王磊`, `DSC_0001 故宫角楼`: a camera name plus a few words."""
    head, _, tail = core.partition(" ")
    tail = tail.strip()
    found = _match_device(head) if tail else None
    if found is None:
        return False
    _store_device(result, *found)
    if _DIGITS_ONLY.fullmatch(tail) and len(tail) <= 2:  # `IMG_1234 2`: macOS names a duplicate so
        result._set("copy_marker", " " + tail, "copy marker", 0.8)
        return True
    stamp = _LEAD_DATE.fullmatch(tail + " ") if tail[:1].isdigit() and not result.date else None
    if stamp:  # `照片 2023-05-01`
        day = _valid_date(int(stamp["Y"]), int(stamp["M"] or stamp["M2"]), int(stamp["D"] or stamp["D2"]))
        if day:
            result._set("date", day, "default name + date", 0.6)
        return True
    if result.family == "default_name":  # `下载 故宫`: the words are all a person wrote
        # a call back up the pipeline: that module imports this one, so the import is here
        from .text import _apply_text
        _apply_text(result, tail)
    elif _is_name(tail):
        result._set("photographers", [tail], "camera name + 姓名", 0.6)
    elif result.family == "dated":  # `2024-01-28 贵州安顺年货市场`: a dated caption
        clock = _LEAD_CLOCK.match(tail) or (_DATED_GLUED_CLOCK.match(tail) if tail[:1] in "012" else None)
        if clock:  # `2023-05-01 14-30-00 北京`, `2023-05-01 143000`
            value = _valid_time(int(clock["h"]), int(clock["m"]), int(clock["s"]))
            if value and result.date:  # no time of a day that is not valid
                result._set("time", value, "YYYY-MM-DD hh-mm-ss name", 0.8)
            tail = tail[clock.end():]
            if _COUNTER_ONLY.fullmatch(tail):  # `2020-04-25 11.00.14-2`: a second photo in the same second
                tail = ""
        clock = _LEAD_CLOCK_HM.match(tail)  # round 17: `2019_11_21 15_49 Office Lens`: minutes only, a tool's
        if clock and _ids_only(tail[clock.end():]):  # words after: no time (no seconds), no title
            tail = ""
        if tail:
            # a call back up the pipeline: that module imports this one, so the import is here
            from .text import _apply_text
            _apply_text(result, tail)
    elif not _ids_only(tail):  # `20150930-040704 Office Lens`: a tool's name is no title (round 17)
        result._set("title", tail, "camera name + words", 0.6)
    return True


_LEAD_CLOCK = re.compile(r"(?P<h>\d{1,2})[-.](?P<m>\d{2})[-.](?P<s>\d{2})(?!\d)\s*")
# (round 38: the clock glued, `YYYY-MM-DD hhmmss`, as the one date-time grammar (_FLEX_STAMP) reads it after `_`,
# `-`, `T`, or a space after `YYYYMMDD`, and as Windows 11 writes it after its screenshot word; a valid clock only)
_DATED_GLUED_CLOCK = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)(?!\d)\s*")
_COUNTER_ONLY = re.compile(r"[-_]\d{1,2}")
_LEAD_CLOCK_HM = re.compile(r"\d{1,2}[-_.]\d{2}(?!\d)\s*(?=[A-Za-z])")


def _store_device(result: ParsedName, pat: _Pattern, m: re.Match[str]) -> None:
    result.family, result.kind = pat.family, pat.kind
    groups = m.groupdict()  # (speed) one dict of the match's groups, read four times below
    if pat.family == "wechat_screenshot" and groups.get("wecom"):
        result.family = "wecom_screenshot"
    day, clock = _stamp_from_groups(groups)
    if pat.family == "picgo_rename" and day != f"{groups['Y']}-{groups['M']}-{groups['D']}":
        day, clock = _valid_date(int(groups["Y"]), int(groups["M"]), int(groups["D"])), None  # the written day wins
    if day:
        _give_stamp(result, day, clock, pat.rule, pat.date_kind, 0.9 if groups.get("ms") else 0.95)
    elif groups.get("Y") or groups.get("ms"):
        result.warnings.append(f"{pat.rule}: not a valid date")


# ---------------------------------------------------------------------------------------------
# Step 3b: tolerant device names (round 14). The tables above are exact; real names vary: the
# stamp's separators swapped (`屏幕快照 2019-09-13 12 06 28`), an id or a counter glued around the
# name (`051011412442_0TIM截图…`, `IMG_4521_0`), words glued before the tool name without a
# separator (`vuex需要安装勾选的插件Snipaste_…`). Reached only when no exact pattern matched.
# ---------------------------------------------------------------------------------------------

# ONE date-time grammar for every tool: Y M D with `-_. /` or none, an optional 上午/下午/AM/PM,
# H M S with `-_.: ` or none, optional milliseconds (glued to the seconds: exactly three digits).
# Unpadded months, days and hours only where a separator delimits them; a separated date needs a
# separator (or `at`) before the time.
_FLEX_STAMP = (
    r"(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_. /])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?:[-_ T]{1,3}|[ _]at[ _]"
    r"|(?<=\d\d)(?=上午|下午|\d{2}[-_.: ]))"  # round 16: macOS `截屏2020-03-0301.17.10`, two-digit day and hour
    r"|(?P<M2>\d{2})(?P<D2>\d{2})(?:[-_ T]{0,3}|[ _]at[ _]))"
    r"(?P<ap>上午|下午)?\s?"
    r"(?:(?P<h>\d{1,2})(?P<s2>[-_.: ])(?P<m>\d{2})(?P=s2)(?P<s>\d{2})|(?P<h2>\d{2})(?P<m2>\d{2})(?P<s3>\d{2}))"
    r"(?:[-_.]\d{1,3}|\d{3})?(?:[ _]?(?P<ap2>AM|PM|am|pm)(?![A-Za-z]))?(?!\d)"
)
# what may follow a stamp without being a title: counters, `@2x`, hashes, app packages (a long run
# of digits alone is not read: it may be the rest of another number)
# (one token may be glued to the stamp, every later one follows a separator: no two ways to split a
# run of letters, so a failing match cannot backtrack exponentially)
# (round 16: an upload tool's epoch seconds or milliseconds after a separator, `微信截图_<ts14>_<ms13>`,
# are no title either: 10 or 13 digits from 1[3-9] — 2011 to 2033)
_FLEX_JUNK = (r"(?:@?[0-9]*[A-Za-z][A-Za-z0-9]*)?"
              r"(?:[-_]1[3-9]\d{8}(?:\d{3})?(?!\d)|[-_.@~ ](?:[0-9]*[A-Za-z][A-Za-z0-9]*|\d{1,3})|\s?[(（]\d{1,3}[)）])*")
# Tools whose names are followed by a date-time; (regex, family, kind, date kind)
_FLEX_TOOLS: tuple[tuple[str, str, str, str], ...] = (
    ("企业微信截图", "wecom_screenshot", "screenshot", "screenshot"),
    ("企业微信", "wecom_screenshot", "screenshot", "screenshot"),  # round 19: macOS `企业微信YYYYMMDD-hhmmss`
    ("微信截图", "wechat_screenshot", "screenshot", "screenshot"),
    ("微信图片", "wechat_image", "wechat_image", "saved"),
    ("QQ浏览器截图|QQ截图", "qq_screenshot", "screenshot", "screenshot"),
    ("QQ图片", "qq_image", "wechat_image", "saved"),
    ("TIM截图", "tim_screenshot", "screenshot", "screenshot"),
    ("TIM图片", "tim_image", "wechat_image", "saved"),
    ("QQ", "qqnt_screenshot", "screenshot", "screenshot"),
    ("钉钉截图|钉钉图片|钉钉", "dingtalk", "screenshot", "screenshot"),
    ("飞书截图|飞书", "feishu_screenshot", "screenshot", "screenshot"),
    ("屏幕截图", "win_snipping", "screenshot", "screenshot"),
    ("批注", "win_snipping", "screenshot", "screenshot"),  # round 19: Windows 10 截图和草图 in Chinese
    ("屏幕快照", "mac_screenshot_old", "screenshot", "screenshot"),
    ("截屏|截图", "screenshot_cn", "screenshot", "screenshot"),
    ("录屏|屏幕录制|屏幕录像", "screen_recording", "screenshot", "screenshot"),
    ("360截图|UC截图", "screenshot_cn", "screenshot", "screenshot"),
    ("搜狗截图", "sogou_screenshot", "screenshot", "screenshot"),
    ("Screen ?Shot|Screen[ _]Recording", "mac_screenshot_en", "screenshot", "screenshot"),
    ("Screenshot(?: from)?|Screenrecorder|Screen_Shot", "android_screenshot", "screenshot", "screenshot"),
    # round 19: SimpleScreenRecorder (Linux) `simplescreenrecorder-YYYY-MM-DD_hh.mm.ss` (set 18), 微信's English
    # UI `WeChat Screenshot_<ts14>`, `WeChat Photo Editor_<ts14>` (set 18): whole names, not a word before a tool
    ("SimpleScreenRecorder", "screen_recording", "screenshot", "screenshot"),
    ("WeChat Screenshot|Weixin Screenshot", "wechat_screenshot", "screenshot", "screenshot"),
    ("WeChat Photo Editor|Weixin Photo Editor", "wechat_image", "wechat_image", "saved"),
    ("Snipaste", "snipaste", "screenshot", "screenshot"),
    ("Jietu", "jietu_screenshot", "screenshot", "screenshot"),  # round 19: 腾讯截图 for macOS
    # round 18: Greenshot writes its name and the capture time with spaces, dots or dashes in the clock and
    # `_` in a renamer's copy (`Greenshot 2023-10-09 23 34 13`: search-index files 4738512522, 25113416175,
    # 11688904277, 3887347695; `… 15-33-25`: 55637710275; `greenshot_2026-05-01_10-00-00_1`: 57148619746)
    ("Greenshot", "app_screenshot", "screenshot", "screenshot"),
    ("PixPin", "pixpin", "screenshot", "screenshot"),
    ("iShot", "ishot", "screenshot", "screenshot"),
    ("CleanShot", "cleanshot", "screenshot", "screenshot"),
    ("Xnip", "xnip", "screenshot", "screenshot"),
    ("IMG|VID|PANO|MVIMG", "android_camera", "camera", "shot"),
    ("PXL", "pixel_camera", "camera", "shot"),
    ("DJI", "dji", "camera", "shot"),
    ("MYXJ", "meiyan_camera", "app_export", "shot"),
    ("MTXX", "meitu", "app_export", "saved"),
    ("Pasted image", "obsidian_paste", "app_export", "pasted"),
    ("image", "typora_paste", "app_export", "pasted"),
    ("photo", "telegram", "wechat_image", "saved"),
    ("WhatsApp[ _]Image|Whats_App_Image", "whatsapp", "wechat_image", "saved"),  # round 19: `_` from an uploader
    ("Weixin Image|WeChat Image", "wechat_image", "wechat_image", "saved"),
    ("signal", "signal", "wechat_image", "saved"),
    # round 16 (sources in tests/test_names.py ROUND16_DEVICES): Windows Phone `WP_YYYYMMDD_NNN` and
    # `WP_…_HH_MM_SS_Pro`, Camera360 `C360_YYYY-MM-DD-HH-MM-SS-mmm`, photo and beauty apps (B612,
    # Faceu, PicsArt's old `PicsArt_MM-DD-HH.MM.SS` without a year …)
    ("WP", "windows_phone", "camera", "shot"),
    ("C360|Camera360", "camera360", "camera", "shot"),
    ("B612Kaji|B612|Faceu|Ulike|Hypic|PicsArt|VSCO|Snapseed|Lightroom", "app_timestamp", "app_export", "saved"),
    # round 17 (sources in tests/test_names.py ROUND17_DEVICES): document scanners and note apps.
    # 扫描全能王 (CamScanner's Chinese name) writes `扫描全能王 YYYY-M-D HH.MM[_<page>]` (minutes only: a
    # date, no time) and names a new document `新文档 YYYY-MM-DD HH.MM.SS_<page>`; Office Lens
    # `Office Lens YYYYMMDD-HHMMSS` (and `<stamp> Office Lens`); Evernote's camera roll; Lark (飞书's
    # international name) `LarkYYYYMMDD-HHMMSS` — not inside a word (`Clark…`)
    ("扫描全能王|新文档|CamScanner", "camscanner", "app_export", "saved"),
    ("Office Lens|Microsoft Lens", "office_lens", "app_export", "saved"),
    ("Evernote[ -]Snapshot|Evernote Camera Roll", "evernote", "app_export", "saved"),
    ("(?<![A-Za-z])Lark", "feishu_screenshot", "screenshot", "screenshot"),
    # (round 35: 飞书 with an English interface writes `FeishuYYYYMMDD-HHMMSS`, as `飞书…` and `Lark…` — search-index
    # files 56678810938 `Feishu20260615-145618.mp4`, 62048219879, 27256777679, 2270180876 `…-300x300.png`)
    ("(?<![A-Za-z])Feishu", "feishu_screenshot", "screenshot", "screenshot"),
    (_CN_APPS, "cn_app_export", "app_export", "saved"),
)
# Tool names that also start an exact pattern without a date-time (frame numbers, epoch values)
_EXACT_ONLY_TOOLS = ("mmexport|wx_camera|Camera_XHS|JDIM|WechatIMG|webwxgetmsgimg|DSC[FN_]?|_DSC|magazine-unlock|FullSizeRender"
                     "|Meitu|Snapseed|VSCO|Picsart|Camera360|B612Kaji|Hypic|Ulike|Lightroom|Pasted-image|网页捕获")
# (the look-ahead holds every tool name's first character: most positions fail on it at once)
# (Chinese app names — 美图, 快手, 小红书 … — are common words inside captions: they are tried at the
# start of a name only, see _apply_device_tolerant)
_TOOL_SCAN = re.compile("(?=[A-Za-z_3企微钉飞屏截录搜扫新批网])(?:"
                        + "|".join(f"(?:{rx})" for rx, *_ in _FLEX_TOOLS[:-1]) + "|" + _EXACT_ONLY_TOOLS + ")",
                        re.IGNORECASE)
_CN_APP_FIRST = frozenset(a[0] for a in _CN_APPS.split("|"))
_TOOL_WORDS.update(w.lower() for rx in (*(t[0] for t in _FLEX_TOOLS[:-1]), _EXACT_ONLY_TOOLS)
                   for w in re.split(r"[^A-Za-z]+", re.sub(r"\[[^\]]*\]|\(\?<?[!=][^)]*\)", "", rx)) if len(w) > 1)
_FLEX_BY_TOOL = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_FLEX_STAMP}{_FLEX_JUNK}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# An unknown tool: the stamp alone, with nothing glued to it but separators or Chinese words
_FLEX_ANY = re.compile(rf"(?:(?<=^)|(?<=[-_ .()（）\u4e00-\u9fff])){_FLEX_STAMP}(?={_FLEX_JUNK}$)")
_FLEX_JUNK_END = re.compile(_FLEX_JUNK + "$")
# Round 16: a stamp a tool wrote without a part. A date alone (`screenshot_20190529`, `WP_20150208_017`),
# a year and a month (`Screenshot_2021-04`: the date is `2021-04`, no day is guessed), or a month, day
# and clock without a year (`PicsArt_03-22-08.39.19`: a time and a `date_partial`, never a guessed
# year). Tried only after a known tool name, when no full date-time followed it.
# (a digit group after the last one with the same separator would make it another stamp; with another
# separator it is a counter: `PicsArt_03-22-08.39.19_1`, `Screenshot_2021-04_12`)
_PARTIAL_STAMP = (
    r"(?:(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_.])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?!\d)|(?P<M2>\d{2})(?P<D2>\d{2})(?!\d)"
    r"|(?P<s5>[-_.])(?P<YM>\d{2})(?!\d|(?P=s5)\d))"
    r"|(?P<NM>\d{2})[-_.](?P<ND>\d{2})[-_.](?P<h>\d{2})[-_.](?P<m>\d{2})(?P<s4>[-_.])(?P<s>\d{2})(?!\d|(?P=s4)\d))"
)
_PARTIAL_RULE = "tool name + partial stamp"
_PARTIAL_BY_TOOL = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_PARTIAL_STAMP}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# a counter after a device name: `_0`, `-2`, and a copy number a web uploader sanitised, ` (1)` → `__1_`, `-1-`
_TRAILING_COUNTER = re.compile(r"(?:[_-]\d{1,2}|[-_ ]{1,2}\d{1,3}[-_])$")
_A_DIGIT = re.compile(r"\d")
# a clock's seconds after its minutes with the same separator are no counter (round 18)
_CLOCK_BEFORE_COUNTER = re.compile(r"(?<!\d)\d{1,2}(?P<sep>[-_.: ])\d{2}(?P=sep)\d{2}$")
_LEADING_ID = re.compile(r"\d{1,16}(?:_\d{1,3})?[_-]")
_FLEX_YEAR = re.compile(r"(?:19|20)\d{2}")


def _flex_stamp(m: re.Match[str]) -> tuple[str | None, str | None]:
    """Date and time from a _FLEX_STAMP match, both or neither: a plausible year (1995-2035), a
    real day, h < 24 (h <= 12 with 上午/下午/AM/PM), m and s < 60."""
    g = m.groupdict()
    year = int(g["Y"])
    month, day_n = (g["M"], g["D"]) if g["M"] else (g["M2"], g["D2"])
    if not 1995 <= year <= 2035:
        return None, None
    day = _valid_date(year, int(month), int(day_n))
    hour, minute, sec = (g["h"], g["m"], g["s"]) if g["h"] else (g["h2"], g["m2"], g["s3"])
    h = int(hour)
    ap = g["ap"] or g["ap2"]
    if ap:
        if not 1 <= h <= 12 and not (h == 0 and ap in ("上午",)):
            return None, None
        h = h % 12 + (12 if ap in ("下午", "PM", "pm") else 0)
    clock = _valid_time(h, int(minute), int(sec))
    return (day, clock) if day and clock else (None, None)


def _store_partial(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None, *,
                   rule: str = _PARTIAL_RULE) -> bool:
    """Fields from a _PARTIAL_STAMP match: a date, a year-month (not after a camera's name: `IMG_2013-06`
    may be frame 2013), or a month-day with a clock (a time and a date_partial, no year)."""
    g = m.groupdict()
    if g["NM"]:
        partial = _valid_date(2000, int(g["NM"]), int(g["ND"]))  # a leap year: 02-29 is a real day
        clock = _valid_time(int(g["h"]), int(g["m"]), int(g["s"]))
        if not partial or not clock:
            return False
        result._set("date_partial", partial[5:], rule, 0.7)
        result._set("time", clock, rule, 0.7)
    else:
        year = int(g["Y"])
        if not 1995 <= year <= 2035:
            return False
        if g["YM"]:
            if kind == "camera" or not 1 <= int(g["YM"]) <= 12:
                return False
            day = f"{year}-{g['YM']}"
        else:
            day = _valid_date(year, int(g["M"] or g["M2"]), int(g["D"] or g["D2"]))
            if not day:
                return False
        result._set("date", day, rule, 0.7)
        if date_kind:
            result._set("date_kind", date_kind, rule, 0.7)
    result.family, result.kind = family, kind
    return True


def _store_flex(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None,
                rule: str, conf: float) -> bool:
    day, clock = _flex_stamp(m)
    if not day:
        return False
    result.family, result.kind = family, kind
    result._set("date", day, rule, conf)
    result._set("time", clock, rule, conf)
    if date_kind:
        result._set("date_kind", date_kind, rule, conf)
    return True


# what a device name can start with (entry ids before a title, `001_张三_晨曦`, are not tried)
_DEVICE_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_企微钉飞屏截录搜美醒轻无黄一剪抖快小百拍激网批")
_NOT_AROUND_IDS = frozenset(("dated", "default_name", "hash", "opaque_id", "camera_custom_prefix", "image_paste"))


def _device_inside(result: ParsedName, part: str, *, words: bool, plain_title: bool = False) -> bool:
    """Is `part` (the name less an id or a counter) a device name? Its fields are taken only then,
    only for a family that an id or a counter cannot have made up (not a bare date or a hash), and
    with words read beside it only where `words` allows (`截屏… 上午10-22` less `-33` is no title)."""
    trial = ParsedName(filename=result.filename)
    if not _apply_device(trial, part, nested=True) or trial.family in _NOT_AROUND_IDS:
        return False
    if not words and (trial.photographers or (trial.title and not (plain_title and not _A_DIGIT.search(trial.title)))):
        return False  # (plain_title: `20190912_145350_山林雪景_0` less `_0` keeps its title; `…上午10-22` less `-33` none)
    if any(e.rule == _PARTIAL_RULE for e in trial.evidence.values()):
        return False  # `Screenshot_2021-04-05` less `-05` is no year-month name: the whole name is read
        # (round 19: a camera's day and frame counter is, `IMG_20200508_4339_0` less `_0`: _FRAME_RULE)
    for name, evidence in trial.evidence.items():
        setattr(result, name, getattr(trial, name))
        result.evidence[name] = evidence
    result.family, result.kind = trial.family, trial.kind
    result.warnings.extend(trial.warnings)
    return True


def _apply_device_tolerant(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    """A known tool name anywhere in the name, followed by its exact pattern or by any date-time;
    the words before it are the title (ids and counters dropped); an upload id before a device
    name, or a counter after it (`_0`, a copy number), leaves the device name to be read."""
    if "。" in core or "摄" in core or not _A_DIGIT.search(core):
        return False  # a caption sentence or a credit; every stamp, epoch and frame number has digits
    if not nested:
        counter = _TRAILING_COUNTER.search(core, len(core) - 6) if core[-1:] in "0123456789_-" else None
        if counter and _CLOCK_BEFORE_COUNTER.search(core, 0, counter.end()):
            counter = None  # round 18: `… 21-27-33` less `-33` would read the seconds as a counter
        if counter and _CMS_DIGITS.fullmatch(core, 0, counter.start()):  # round 19: `<ts14><n>_0` (CSDN + a counter)
            if _apply_digits(result, core[: counter.start()], None) and result.date and not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        if counter and counter.start() > 0 and _device_inside(result, core[: counter.start()].rstrip("-_ "), words=False,
                                                             plain_title=True):
            if not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        lead = _LEADING_ID.match(core) if core[:1].isdigit() else None
        if lead and (_EPOCH_MS.fullmatch(core, lead.end()) or _CMS_DIGITS.fullmatch(core, lead.end())):
            return _apply_digits(result, core[lead.end():], None)  # `123_1395931731983`: an id, then epoch ms or a stamp
        if lead and core[lead.end():lead.end() + 1] in _DEVICE_FIRST \
                and _device_inside(result, core[lead.end():], words=True):  # `123_IMG_4521`: an upload id first
            if core[:1] in "12":
                _give_upload_lead(result, lead.group(0))
            return True
    if core[:1] in _CN_APP_FIRST:  # `美图秀秀 2023.05.12 10.22.33`
        rx, family, kind, date_kind = _FLEX_BY_TOOL[-1]
        m = rx.match(core)
        if m and _FLEX_JUNK_END.fullmatch(core, m.end()) is not None \
                and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
            return True
    glued = None
    for tool in _TOOL_SCAN.finditer(core):
        if glued is None:  # a base64 or hex id before the words is no title either
            glued = _GLUED_PREFIX.match(core) or False
        suffix = core[tool.start():]
        words = "" if glued and glued.end() >= tool.start() else _words_before_tool(core[: tool.start()], tool.group(0))
        found = _match_device(suffix) if tool.start() > 0 else None
        if found and found[0].family not in ("dated", "default_name", "image_paste", "camera_custom_prefix"):
            _store_device(result, *found)
            _device_words(result, words)
            return True
        for rx, family, kind, date_kind in _FLEX_BY_TOOL:
            m = rx.match(suffix)
            if m and _FLEX_JUNK_END.fullmatch(suffix, m.end()) is not None \
                    and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
                _device_words(result, words)
                return True
        if tool.start() > 0 and not nested and _device_inside(result, suffix, words=False):
            _device_words(result, words)  # `<words>微信图片_…（用）`: the device step reads the rest
            return True
        if _apply_partial_stamp(result, suffix, words):
            return True
    return False


_EPOCH_MS = re.compile(r"1[3-9]\d{11}")
# Round 29: a site's upload `<epoch>_<original name>` or `<epoch ms>-<original name>` where the original is a
# device or app name with no time of its own (`<ms>-IMG_1234`): the upload time (UTC+8), as the parser already
# read it before words (`<ms>-晚霞`, `_take_upload_ms`) and before a camera's frame (`image_<epoch s>_IMG_1234`).
# The scheme: multer's `Date.now() + '-' + file.originalname` (search-index files 20778165059, 6671485949,
# 13896795209), `_` in the same place: milliseconds, 2011–2033 only. Ten digits of seconds are not read here
# (Go's `%d_%s` writes them, but round 16 keeps `<epoch s>_Snapchat-<n>` dateless: ten digits before a device
# name may be an account); a device name's own stamp wins; an id of another length (`123_IMG_4521`) gives nothing.
# Round 54: PHP upload scripts write `time() . '-' . $_FILES[…]['name']` (search-index files 37074609344 a WordPress
# upload template, 32205448019, 15469509449, 4787371560, 7890520529): ten digits of seconds and a `-` (with `_` they
# stay an account's, as round 16 kept them) before a program's default name (`未标题-3`, `下载`), the upload time; and a day a person wrote before a program's name that
# has none of its own, `YYYYMMDD-未标题-1` (`YYYYMMDD_<words>` reads the same day), the picture's day.
_UPLOAD_LEAD = re.compile(r"(?P<ms>1[3-9]\d{11})[-_]?|(?P<sec>1[3-9]\d{8})-")
_NO_NAME_FAMILIES = frozenset(("untitled", "default_name"))  # a program's name for a file nobody named
_DAY_LEAD = re.compile(r"(?P<Y>(?:19|20)\d{2})(?P<M>[01]\d)(?P<D>[0-3]\d)[-_]")


def _give_upload_lead(result: ParsedName, lead: str) -> None:
    if result.date or result.date_partial:
        return  # a device name's own stamp wins
    m = _UPLOAD_LEAD.fullmatch(lead)
    if m and m["sec"] and result.family not in _NO_NAME_FAMILIES:
        return  # (round 29: `<epoch s>-IMG_0815` stays dateless: ten digits before a camera's frame may be an id)
    if m:
        day, clock = _stamp_from_groups(m.groupdict())
        _give_stamp(result, day, clock, "upload <epoch>_<device name>", "uploaded", 0.5)
        return
    m = _DAY_LEAD.fullmatch(lead)
    if m:
        _give_stamp(result, _stamp_from_groups(m.groupdict())[0], None, "YYYYMMDD-<device name>", None, 0.6)
_CMS_DIGITS = re.compile(r"20\d{13,15}")  # round 19: YYYYMMDDhhmmss and 1-3 digits (CSDN; 14 digits stay as they were)
_CN_APP_BEFORE_SHOT = re.compile(r"(?:^|(?<=[-_ .]))[\u4e00-\u9fff]{1,4}$")
_LATIN_APP_BEFORE_SHOT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,7}$")
_ID_BEFORE_TOOL = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*\d[A-Za-z0-9]*$")
_TAG_BEFORE_TOOL = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,4}|[a-z]{2})_$")  # (round 17: `tb_image_share_<ms>`)
_LONG_ID_END = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)[A-Za-z0-9]{8,}[-_ ]+$")


def _words_before_tool(raw: str, tool: str) -> str:
    """The words before a tool name, less what belongs to the device name (round 16): a short Chinese
    app name glued to 截图/截屏/录屏 after a separator (`订单页面_深度截图_…`), an id glued to the tool
    (`登录页面报错d81a2360截图…`: a Latin run with a digit), an app's capital tag (`订单页面_FB_IMG_…`)."""
    if raw[-1:] in "-_ ":  # round 17: a hash or upload id before the tool, `<words><sha256>-Xnip…`
        raw = _LONG_ID_END.sub("", raw)
    if raw[-1:].isalnum() and raw[-1:].isascii():
        glued = _ID_BEFORE_TOOL.search(raw)
        if glued is None and tool[:1] in "截录屏":  # round 18: `登录页面报错-QQ录屏…`, a Latin app name glued to
            glued = _LATIN_APP_BEFORE_SHOT.search(raw)  # 截图/录屏 is the app's (as _CN_SHOT_HEAD reads it)
        raw = raw[: glued.start()] if glued else raw
    elif raw.endswith("_"):
        tag = _TAG_BEFORE_TOOL.search(raw)
        raw = raw[: tag.start()] if tag else raw
    elif tool[:1] in "截录屏" and raw:
        app = _CN_APP_BEFORE_SHOT.search(raw)
        raw = raw[: app.start()] if app else raw
    return raw.strip(" _-")


# Round 19: a camera's four-digit frame counter after a date alone (`IMG_20200508_4339`): a day, no time
# (four digits are no clock: hhmm without seconds is never read as one). After a camera's name only: a
# screenshot tool writes no frame counter (`Screenshot_20230512_4321` stays unread, round 16)
_FRAME_AFTER_DAY = re.compile(r"[-_]\d{4}")
_FRAME_RULE = "camera name + date + frame counter"


def _apply_partial_stamp(result: ParsedName, suffix: str, words: str) -> bool:
    """A known tool name followed by a partial stamp (see _PARTIAL_STAMP), then junk only; or, for a
    date alone, a space and words (Firefox `Screenshot_2021-01-30 <page title>`): those are the title."""
    end = len(suffix.rstrip("-_"))  # `WP_20141103_002-1-`: a sanitised copy number's last separator
    for rx, family, kind, date_kind in _PARTIAL_BY_TOOL:
        m = rx.match(suffix)
        if not m:
            continue
        rest = suffix[m.end():]
        after = ""
        clock = None
        if not words and not m["NM"] and rest[:1] == " " and any(ch.isalpha() for ch in rest):
            after = rest.strip()  # words after a date alone: a page title, not junk
            if family == "win_snipping" and after[6:7] in "-_" and after[:6].isdigit():
                # round 50: the Snipping Tool's own `屏幕截图 YYYY-MM-DD HHMMSS` (Windows 11; its English
                # `Screenshot 2024-01-16 093015`), then words another program or the user added after a dash:
                # the six digits are the tool's clock, not the words' start
                clock = _valid_time(int(after[:2]), int(after[2:4]), int(after[4:6]))
                after = after[7:].strip(" -_") if clock else after
        frame = None
        if not after and m.end() <= end and not _FLEX_JUNK_END.fullmatch(suffix, m.end(), end) and kind == "camera" \
                and m["M2"]:
            frame = _FRAME_AFTER_DAY.fullmatch(suffix, m.end(), end)
            if frame is None:
                continue
        elif not after and not (m.end() <= end and _FLEX_JUNK_END.fullmatch(suffix, m.end(), end)):
            continue
        if _store_partial(result, m, family, kind, date_kind, rule=_PARTIAL_RULE if frame is None else _FRAME_RULE):
            if clock:
                result._set("time", clock, _PARTIAL_RULE, 0.7)
            _device_words(result, words or after)
            return True
    return False


_COPY_BEFORE_STAMP = re.compile(r"\s?[(（]\d{1,3}[)）]$")


def _apply_stamp_anywhere(result: ParsedName, core: str) -> bool:
    """No known tool: a full date-time with nothing but ids and counters after it still gives the
    date and time, at a low confidence; the words before it are the title."""
    if "。" in core or "摄" in core or "19" not in core and "20" not in core or not _FLEX_YEAR.search(core):
        return False  # a caption sentence or a credit is read as text (speed: a year opens with 19 or 20)
    for m in _FLEX_ANY.finditer(core):
        if _flex_stamp(m)[0] is None:
            continue
        words = core[: m.start()].strip(" _-")
        copy = _COPY_BEFORE_STAMP.search(words) if words[-1:] in ")）" else None
        if copy and copy.start() > 0:  # round 19: `生成动漫雪道图片 (1)_<ts14>A002`: a copy uploaded (若依)
            words = words[: copy.start()]
            if not result.copy_marker:
                result._set("copy_marker", copy.group(0), "copy marker", 0.8)
        if words and not (_APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words)):
            # a call back up the pipeline: that module imports this one, so the import is here
            from .text import _apply_text
            _apply_text(result, words)  # a caption before the stamp: read as any caption
        if not result.date:
            _store_flex(result, m, "dated_stamp", "generic", None, "date-time in the name", 0.4)
        return True
    return False


_DIGITS_ONLY = re.compile(r"\d+")
_DOTTED_DIGITS = re.compile(r"\d+(?:\.\d+)+")


def _apply_digits(result: ParsedName, core: str, copy_marker: str | None) -> bool:
    """Names made of digits only: epoch values, PHPCMS stamps, or plain sequence numbers."""
    if _DOTTED_DIGITS.fullmatch(core):
        result.kind, result.family = "numbered", "numbered"
        result.warnings.append("dotted digits are not a date")
        return True
    if not _DIGITS_ONLY.fullmatch(core):
        return False
    result.kind, result.family = "numbered", "numbered"
    n = len(core)
    if n == 11 and find_phones(core):
        result._set("phones", [core], "phone number", 0.8)
        result.family = "phone_number"
        return True
    g: dict[str, str | None] = {}
    rule = ""
    if n == 10 and core[0] == "1" and copy_marker and re.fullmatch(r"\(\d+\)", copy_marker):
        g, rule, result.family = {"sec": core}, "old QQ screenshot epoch s", "qq_screenshot_old"
    elif n == 13 and core[0] == "1":
        g, rule, result.family = {"ms": core}, "epoch ms", "epoch_ms"
    elif 14 <= n <= 18:  # round 19: CSDN uploads `YYYYMMDDhhmmss<n>` with 1-3 digits after (15, 16 and 17 long)
        # (18: .NET uploads name a file `DateTime.Now.ToString("yyyyMMddHHmmssffff")`, the time to the ten-thousandth
        # of a second — search-index files 47048235409, an upload handler's `fileName = DateTime.Now.ToString(
        # "yyyyMMddHHmmssffff")` + the extension, and 71110636939, a file store's `{name}-{yyyyMMddHHmmssffff}{rand}`;
        # `ff` and `fff` are the 16 and 17 digits above. Seven `f`s make 19–21 digits, the length of snowflake ids:
        # not read. Eighteen digits are read only from 2000–2035 with a valid clock: an ID-card number starts
        # with a region code, 11–82)
        g = dict(zip("YMDhms", (core[0:4], core[4:6], core[6:8], core[8:10], core[10:12], core[12:14]), strict=True))
        rule, result.family = "YYYYMMDDhhmmss digits", "cms_timestamp"
        if n in (15, 16, 18) and not "2000" <= core[:4] <= "2035":
            g = {}  # (a 15- or 16-digit id, an IMEI or an account number, read as a stamp only from a recent year)
            if n == 18:
                result.family = "numeric_id"
                return True
    elif n == 8:
        g, rule, result.family = {"Y": core[:4], "M": core[4:6], "D": core[6:8]}, "YYYYMMDD digits", "dated"
    elif n == 12 and "2013" <= core[:4] <= "2035" and _valid_time(int(core[8:10]), int(core[10:12]), 0):
        # round 50: `YYYYMMDDhhmm`, Laravel/PHP uploads' `$filename = date('YmdHi').'.'.$ext` (search-index files
        # 24254020670, 6780256204, 4513140500, 11234943994, 13891489205; `date('Ymdhi')`, a 12-hour clock, in
        # 42732380793): the day; no time, the seconds unknown and the hour maybe 12-hour (as the 15-digit reading
        # above). From 2013 only, so that no yymmddHHMMSS reading (DedeCMS's ymdHis, a month 13-35 there) is
        # possible; an hour or minute out of range leaves an id
        g, rule, result.family = {"Y": core[:4], "M": core[4:6], "D": core[6:8]}, "YYYYMMDDhhmm digits", "dated"
    if not g:
        if n > 8:
            result.family = "numeric_id"
        return True
    day, clock = _stamp_from_groups(g)
    if n == 18 and (day is None or clock is None):
        result.family = "numeric_id"  # (an 18-digit id that is no .NET stamp stays what it was)
        return True
    if 14 <= n <= 17 and clock is None:
        # round 23: PicGo's rename plugin `{y}{m}{d}{h}{i}{ms}` writes yyyyMMddHHmm + 3 digits of milliseconds
        # (picgo-plugin-rename-file's format keys; search-index file 60360592342: `image-20211228155823044`
        # renamed `202112281558188`). Fifteen digits whose seconds cannot be seconds keep the day (the same in
        # both readings) when the hour and minute are valid; no time (the seconds are unknown)
        if not (n == 15 and day and _valid_time(int(core[8:10]), int(core[10:12]), 0)):
            day = None
    if day is None:
        result.family = "ambiguous_digits"
        result.warnings.append("digits look like a timestamp but are not a valid date")
        return True
    result.kind = "app_export" if result.family != "qq_screenshot_old" else "screenshot"
    kind = "screenshot" if result.family == "qq_screenshot_old" else "saved"
    result._set("date", day, rule, 0.6)
    result._set("date_kind", kind, rule, 0.6)
    if clock:
        result._set("time", clock, rule, 0.6)
    return True
_LEAD_DATE = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2}))(?!\d)[-_\s]*"
)
