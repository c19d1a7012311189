"""Round 35: a survey of device, app and screenshot naming schemes, read from their sources (cited beside
each rule in gallery/names/), tested on made-up names with hard negatives. No held-out name is copied
here; schemes the parser already read have one row each."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND35_RULES = [
    # A. a system screenshot named in the user's language: macOS `<word> <date> <at> <h.mm.ss>` (12-hour with the
    # language's AM/PM word where the locale has one), Windows 11 `<word> <date> <hhmmss>`, GNOME `<word> vom|от
    # <date> <hh-mm-ss>`, Windows 10 Snip & Sketch `Annotation <date> <hhmmss>`; alt text's clock with spaces
    ("Bildschirmfoto 2021-03-14 um 09.41.07.png", {"title": None, "date": "2021-03-14", "time": "09:41:07"}),
    ("Bildschirmfoto 2014-02-03 um 3.05.44 nachm..png", {"title": None, "date": "2014-02-03", "time": "15:05:44"}),
    ("Bildschirmfoto 2014-02-03 um 12.05.44 vorm..png", {"title": None, "time": "00:05:44"}),
    ("Capture d’écran 2022-11-30 à 08.12.55.png", {"title": None, "date": "2022-11-30", "time": "08:12:55"}),
    ("Capture d’écran 2024-02-09 071530.png", {"title": None, "date": "2024-02-09", "time": "07:15:30"}),
    ("Captura de pantalla 2023-06-01 a la(s) 9.02.11 p. m..png", {"title": None, "time": "21:02:11"}),
    ("Captura de pantalla 2023-06-01 a las 21.02.11.png", {"title": None, "time": "21:02:11"}),
    ("Captura de tela 2025-01-20 230101.png", {"title": None, "date": "2025-01-20", "time": "23:01:01"}),
    ("Schermata 2019-08-17 alle 11 20 33.png", {"title": None, "date": "2019-08-17", "time": "11:20:33"}),
    ("Schermafbeelding 2020-12-24 om 18.00.05.png", {"title": None, "time": "18:00:05"}),
    ("Снимок экрана 2022-04-05 в 14.33.09.png", {"title": None, "date": "2022-04-05", "time": "14:33:09"}),
    ("Снимок экрана от 2023-03-02 16-45-10.png", {"title": None, "date": "2023-03-02", "time": "16:45:10"}),
    ("Bildschirmfoto vom 2022-09-11 07-30-00.png", {"title": None, "date": "2022-09-11", "time": "07:30:00"}),
    ("スクリーンショット 2019-07-08 9.15.02.png", {"title": None, "date": "2019-07-08", "time": "09:15:02"}),
    ("スクリーンショット 2025-02-14 231407.png", {"title": None, "time": "23:14:07"}),
    ("스크린샷 2022-10-10 오후 1.07.45.png", {"title": None, "date": "2022-10-10", "time": "13:07:45"}),
    ("스크린샷 2022-10-10 오전 12 07 45.png", {"title": None, "time": "00:07:45"}),
    ("螢幕快照 2016-03-18 下午3.22.10.png", {"title": None, "date": "2016-03-18", "time": "15:22:10"}),
    ("螢幕擷取畫面 2024-08-30 090807.png", {"title": None, "date": "2024-08-30", "time": "09:08:07"}),
    ("Skärmavbild 2021-01-15 kl. 10.11.12.png", {"title": None, "time": "10:11:12"}),
    ("Zrzut ekranu 2024-3-9 o 08 09 10.png", {"title": None, "date": "2024-03-09", "time": "08:09:10"}),
    ("Annotation 2019-11-02 135959.png", {"title": None, "date": "2019-11-02", "time": "13:59:59"}),
    ("Annotation 2019-11-02 135959 (3).png", {"title": None, "date": "2019-11-02", "time": "13:59:59"}),
    ("Schermata 2019-08-17 alle 11.20.33 2.png", {"title": None, "time": "11:20:33"}),  # macOS's second copy
    ("Bildschirmfoto 2021-13-14 um 09.41.07.png", {"date": None, "time": None}),  # hard negative: month 13
    ("스크린샷 2022-10-10 오후 13.07.45.png", {"date": "2022-10-10", "time": None}),  # hard negative: 오후 13
    ("Captura de pantalla 2023-06-01 261530.png", {"date": "2023-06-01", "time": None}),  # hard negative: hour 26
    ("Annotation 2019-11-02 at 13.59.59.png", {"title": "Annotation"}),  # hard negative: no Snip & Sketch clock
    ("Schermata iniziale.png", {"title": "Schermata iniziale", "date": None}),  # hard negative: the word alone
    ("Bildschirmfoto 2021-03-14 um 09.41.png", {"time": None}),  # hard negative: no seconds, no macOS clock
    ("登录页报错-Bildschirmfoto 2021-03-14 um 09.41.07.png", {"title": "登录页报错", "date": "2021-03-14"}),  # words
    ("login page Capture d’écran 2024-02-09 071530.png", {"title": "login page", "time": "07:15:30"}),
    ("1698331200552-スクリーンショット 2019-07-08 9.15.02.png", {"title": None, "time": "09:15:02"}),  # an upload id
    ("报错Bildschirmfoto 2021-03-14 um 09.41.07.png", {"date": None}),  # hard negative: glued, no boundary
    # B. 企业微信 for macOS: `WXWorkCapture_<epoch ms>` + the counter digit 企业微信截图_ has; its cache name alone
    ("WXWorkCapture_16983312005521.png", {"title": None, "date": "2023-10-26", "time": "22:40:00"}),
    ("WXWorkCapture_1698331200552.png", {"title": None, "date": "2023-10-26", "time": "22:40:00"}),
    ("WXWorkCapture_16983312005521 - 副本.png", {"title": None, "date": "2023-10-26"}),
    ("WXWorkCapture_16983312005521-1698400000000-3.png", {"date": "2023-10-26", "time": "22:40:00"}),  # a paste
    ("WXWorkCapture_2.jpg", {"title": None, "date": None}),  # the cache's name: no title, no date
    ("企业微信截图_16983312005521.png", {"title": None, "date": "2023-10-26"}),  # the Windows name, as before
    ("WXWorkCapture_0698331200552.png", {"date": None, "time": None}),  # hard negative: a leading 0, no epoch
    ("WXWorkCapture_169833120055211.png", {"date": None, "time": None}),  # hard negative: 15 digits
    ("WXWorkCaptures_16983312005521.png", {"date": None}),  # hard negative: another word
    # C. macOS Photo Booth in a region whose short date is not ISO: `Photo on <a>-<b>-<year> at <h.mm>[ PM][ #n]`
    ("Photo on 2-27-19 at 4.41 PM.jpg", {"title": None, "date": "2019-02-27", "time": None}),  # month first
    ("Photo on 27-2-2019 at 16.41 #3.jpg", {"title": None, "date": "2019-02-27", "time": None}),  # day first
    ("Photo on 6-6-22 at 8 05 AM.jpg", {"title": None, "date": "2022-06-06"}),  # both ways the same day
    ("Photo on 4-5-22 at 8.05 AM.jpg", {"title": None, "date": None}),  # hard negative: 4 May or 5 April
    ("Photo on 2-30-19 at 4.41 PM.jpg", {"title": None, "date": None}),  # hard negative: no 30 February
    ("Photo on 2-27-19.jpg", {"date": None}),  # hard negative: no clock, not Photo Booth's name
    ("photo on 2-27-19 at 4.41 pm.jpg", {"title": None, "date": "2019-02-27"}),  # lower-cased by a forum
    # D. WPS Office's picture tool: `WPS图片-<function>` (its `WPS图片(n)` was read before)
    ("WPS图片-修改尺寸.jpg", {"title": None, "date": None}),
    ("WPS图片-修改尺寸(2).png", {"title": None}),
    ("WPS图片-修改尺寸-1.png", {"title": None}),
    ("WPS图片(3).png", {"title": None}),  # as before
    ("WPS图片修改尺寸.jpg", {"title": "WPS图片修改尺寸"}),  # hard negative: no separator, not the tool's name
    ("WPS图片-春天里的一次长途旅行记录.jpg", {"title": "WPS图片-春天里的一次长途旅行记录"}),  # hard negative: a long title
    # E. Lightroom mobile's export `LRM_EXPORT_<counter>_<YYYYMMDD>_<hhmmssSSS>` and what sites add after it
    ("LRM_EXPORT_52231907718245_20200321_170415882.jpeg", {"title": None, "date": "2020-03-21", "time": "17:04:15"}),
    ("LRM_EXPORT_5223190771824_20200321_170415882-removebg-preview.png", {"title": None, "date": "2020-03-21"}),
    ("LRM_EXPORT_522319077182456_20200321_170415882_1616953187114.jpg", {"title": None, "time": "17:04:15"}),
    ("LRM_EXPORT_52231907718245_20200321_170415882_Ab3dE9fGh.jpeg", {"title": None, "date": "2020-03-21"}),
    ("LRM_20200321_170415.jpg", {"title": None, "date": "2020-03-21", "time": "17:04:15"}),  # its camera, as before
    ("LRM_EXPORT_52231907718245_20201321_170415882.jpeg", {"date": None, "time": None}),  # hard negative: month 13
    ("LRM_EXPORT_52231907718245_20200321_250415882.jpeg", {"time": None}),  # hard negative: hour 25
    # F. XRecorder (InShot): `XRecorder[_Edited]_<DDMMYYYY>_<hhmmss>`, later `XRecorder[_Edited]_<YYYYMMDD>_<nn>`
    ("XRecorder_21032023_081530.mp4", {"title": None, "date": "2023-03-21", "time": "08:15:30"}),
    ("XRecorder_Edited_05112021_222001 (2).mp4", {"title": None, "date": "2021-11-05", "time": "22:20:01"}),
    ("XRecorder_Edited_05112021_222001_AdobeExpress.gif", {"title": None, "date": "2021-11-05"}),
    ("XRecorder_20250302_03.mp4", {"title": None, "date": "2025-03-02", "time": None}),
    ("XRecorder_13212023_081530.mp4", {"title": None, "date": None, "time": None}),  # hard negative: month 21
    ("XRecorder_21032023_081590.mp4", {"date": "2023-03-21", "time": None}),  # hard negative: 90 seconds
    ("XRecorder_20251302_03.mp4", {"date": None}),  # hard negative: month 13
    # G. a sync client's conflicted copy `<name> (<computer>'s conflicted copy <YYYY-MM-DD>)`: a copy marker only
    ("IMG_20220814_093012 (Li Ming's conflicted copy 2022-08-20).jpg",
     {"title": None, "date": "2022-08-14", "time": "09:30:12", "photographer": None}),
    ("DSC_0042 (MacBook Pro's conflicted copy 2022-08-20).jpg", {"title": None, "date": None}),
    ("IMG_4410 (conflicted copy 2021-02-01).JPG", {"title": None, "date": None}),
    ("荷花 (DESKTOP-7F3K's conflicted copy 2022-08-20).jpg", {"title": "荷花", "date": None}),
    ("IMG_4410 (conflicted).JPG", {"date": None}),  # hard negative: not the client's marker, no date read
    ("会议 (2022-08-20).jpg", {"title": "会议 (2022-08-20)"}),  # hard negative: a dated note, as before
    # H. Windows' Win+PrtSc `Screenshot (n)` in the system's language: the word is no title, the counter no date
    ("螢幕擷取畫面 (57).png", {"title": None, "date": None}),
    ("スクリーンショット (1204).png", {"title": None, "date": None}),
    ("Captura de pantalla (88).png", {"title": None}),
    ("Capture d’écran (12).png", {"title": None}),
    ("Снимок экрана (640).png", {"title": None}),
    ("Captura de pantalla del mapa (3).png", {"title": "Captura de pantalla del mapa"}),  # hard negative: words
    # I. a screen recorder's `录制_YYYY_MM_DD_hh_mm_ss_SSS` (`recording_…_SSS` in English)
    ("录制_2021_11_03_09_05_44_128.gif", {"title": None, "date": "2021-11-03", "time": "09:05:44"}),
    ("录制_2021_11_03_09_05_44_128 (2).gif", {"title": None, "date": "2021-11-03", "time": "09:05:44"}),
    ("Recording_2021_11_03_09_05_44_128.mp4", {"title": None, "date": "2021-11-03", "time": "09:05:44"}),
    ("录制_2021_13_03_09_05_44_128.gif", {"title": None, "date": None, "time": None}),  # hard negative: month 13
    ("录制_2021_11_03_29_05_44_128.gif", {"date": "2021-11-03", "time": None}),  # hard negative: hour 29
    ("录制视频.mp4", {"title": "录制视频"}),  # hard negative: the word alone, as before
    # J. 飞书 with an English interface: `FeishuYYYYMMDD-HHMMSS`, as 飞书/Lark
    ("Feishu20210918-093015.png", {"title": None, "date": "2021-09-18", "time": "09:30:15"}),
    ("Feishu20210918-093015-1024x576.png", {"title": None, "date": "2021-09-18", "time": "09:30:15"}),
    ("Feishu20211318-093015.png", {"date": None, "time": None}),  # hard negative: month 13
    ("MyFeishu20210918-093015.png", {"title": None, "date": "2021-09-18"}),  # inside a word: session 19 reads it as
    # letters glued to a full stamp (test_names_session19: no tool named)
    ("Feishu.png", {"title": None}),  # the tool's name alone is no title, as for the other tools of that table
    # K. a clipboard paste into an image library or note app: `Clipboard - YYYY-MM-DD HH.MM.SS` (alt text: spaces)
    ("Clipboard - 2024-02-29 07.05.59.png", {"title": None, "date": "2024-02-29", "time": "07:05:59"}),
    ("Clipboard - 2024-02-29 07 05 59.png", {"title": None, "date": "2024-02-29", "time": "07:05:59"}),
    ("Clipboard - 2024-02-29 07.05.59 (2).png", {"title": None, "date": "2024-02-29"}),
    ("Clipboard - 2023-02-29 07.05.59.png", {"date": None, "time": None}),  # hard negative: no 29 February 2023
    ("Clipboard - 2024-02-29 07:05.png", {"date": None, "time": None}),  # hard negative: another app's snippet name
    # L. a phone camera's burst `IMG_<date>_<time>[SSS][_n]_BURST<nnn>[_COVER]`: read as the camera's (a shot)
    ("IMG_20220405_101112_BURST003_COVER.jpg", {"title": None, "date": "2022-04-05", "time": "10:11:12"}),
    ("IMG_20220405_101112345_BURST002.jpg", {"title": None, "date": "2022-04-05", "time": "10:11:12"}),
    ("IMG_20220405_101112_2_BURST004_thumb.jpg", {"title": None, "time": "10:11:12"}),
    ("IMG_20221305_101112_BURST003_COVER.jpg", {"date": None, "time": None}),  # hard negative: month 13
    # M. Samsung's Smart Select / AI Select `SmartSelect_<date>[-_]<time>_<app, with spaces>`: the app is no title
    ("SmartSelect_20230711_204455_Samsung Internet.jpg", {"title": None, "date": "2023-07-11", "time": "20:44:55"}),
    ("SmartSelect_20190302-081500_WeChat.jpg", {"title": None, "date": "2019-03-02", "time": "08:15:00"}),
    ("AISelect_20240520_071530_Samsung Notes.jpg", {"title": None, "date": "2024-05-20"}),
    ("SmartSelect_20231311_204455_Chrome.jpg", {"date": None, "time": None}),  # hard negative: month 13
    # N. Huawei's and Honor's screen recorder `SVID_<date>_<time>[_n]`
    ("SVID_20220917_213344_1.mp4", {"title": None, "date": "2022-09-17", "time": "21:33:44"}),
    ("SVID_20220917_213344.gif", {"title": None, "date": "2022-09-17", "time": "21:33:44"}),
    ("SVID_20220931_213344_1.mp4", {"date": None, "time": None}),  # hard negative: no 31 September
    # O. Android screen recorders' `ScreenRecord_<date>-<time>` / `_<YYYYMMDD>[_hhmmss]`
    ("ScreenRecord_2019-06-21-08-30-00.mp4", {"title": None, "date": "2019-06-21", "time": "08:30:00"}),
    ("screenrecord_20230102_030405.mp4", {"title": None, "date": "2023-01-02", "time": "03:04:05"}),
    ("ScreenRecord_20230102.mp4", {"title": None, "date": "2023-01-02", "time": None}),
    ("ScreenRecord_20231302.mp4", {"date": None}),  # hard negative: month 13
    # P. schemes the survey found already read: one row each (made-up names)
    ("IMG_20210914_075133_HDR.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # MIUI/EMUI/vivo camera
    ("Screenshot_2021-09-14-07-51-33-412_com.tencent.mm.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # MIUI
    ("Screenshot_20210914_075133_com.ss.android.ugc.aweme.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # EMUI/vivo
    ("Screenshot_20210914-075133_WeChat.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # One UI
    ("IMG20210914075133.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # ColorOS
    ("20210914_075133(0).jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # Samsung camera
    ("P10914-075133.jpg", {"title": None, "date": None, "time": "07:51:33"}),  # Meizu camera: no decade
    ("MVIMG_20210914_075133.jpg", {"title": None, "date": "2021-09-14"}),  # MIUI motion photo
    ("PXL_20210914_235133412.PORTRAIT.jpg", {"title": None, "date": "2021-09-14", "time": "23:51:33"}),  # Pixel
    ("IMG_E4471.JPG", {"title": None, "date": None}),  # iPhone edit
    ("IMG_4471 2.JPG", {"title": None, "date": None}),  # iCloud duplicate
    ("RPReplay_Final1631577093.mp4", {"title": None, "date": "2021-09-14"}),  # iOS screen recording
    ("屏幕快照 2018-09-14 下午7.51.33.png", {"title": None, "date": "2018-09-14", "time": "19:51:33"}),  # macOS ≤10.13
    ("截屏2021-09-14 下午7.51.33.png", {"title": None, "date": "2021-09-14", "time": "19:51:33"}),  # macOS ≥10.14
    ("Screen Shot 2018-09-14 at 7.51.33 PM.png", {"title": None, "time": "19:51:33"}),  # macOS en
    ("微信图片_20210914075133.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # WeChat Windows
    ("mmexport1631577093412.jpg", {"title": None, "date": "2021-09-14"}),  # WeChat Android
    ("wx_camera_1631577093412.jpg", {"title": None, "date": "2021-09-14"}),  # WeChat camera
    ("WechatIMG412.jpeg", {"title": None, "date": None}),  # WeChat macOS
    ("QQ截图20210914075133.png", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # QQ
    ("QQ20210914-075133@2x.png", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # QQ NT/macOS
    ("TIM截图20210914075133.png", {"title": None, "date": "2021-09-14"}),  # TIM
    ("企业微信截图_16315770934121.png", {"title": None, "date": "2021-09-14"}),  # 企业微信 Windows
    ("钉钉截图20210914075133.png", {"title": None, "date": "2021-09-14"}),  # 钉钉
    ("飞书20210914-075133.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # 飞书
    ("MTXX_MH20210914_075133412.jpg", {"title": None, "date": "2021-09-14"}),  # 美图秀秀
    ("lv_0_20210914075133.mp4", {"title": None, "date": "2021-09-14"}),  # 剪映
    ("image-20210914075133412.png", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # Typora
    ("Pasted image 20210914075133.png", {"title": None, "date": "2021-09-14"}),  # Obsidian
    ("屏幕截图 2021-09-14 075133.png", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),  # Windows 11
    ("批注 2021-09-14 075133.png", {"title": None, "date": "2021-09-14"}),  # Snip & Sketch, Chinese
    ("Snipaste_2021-09-14_07-51-33.png", {"title": None, "time": "07:51:33"}),  # Snipaste
    ("PixPin_2021-09-14_07-51-33.png", {"title": None, "time": "07:51:33"}),  # PixPin
    ("2021-09-14 07_51_33-微信.png", {"title": None, "time": "07:51:33"}),  # Greenshot capturetime-title
    ("Screenshot from 2021-09-14 07-51-33.png", {"title": None, "time": "07:51:33"}),  # GNOME
    ("深度截图_选择区域_20210914075133.png", {"title": None, "date": "2021-09-14"}),  # deepin
    ("Jietu20210914-075133@2x.jpg", {"title": None, "date": "2021-09-14"}),  # 腾讯截图 macOS
    ("DSC_0412.JPG", {"title": None, "date": None}),  # Nikon/Sony
    ("DSCF0412.JPG", {"title": None, "date": None}),  # Fujifilm
    ("_MG_0412.JPG", {"title": None, "date": None}),  # Canon
    ("P1000412.JPG", {"title": None, "date": None}),  # Panasonic
    ("DJI_20210914075133_0001_D.JPG", {"title": None, "date": "2021-09-14"}),  # DJI
    ("GX010412.MP4", {"title": None, "date": None}),  # GoPro
    ("VID_20210914_075133_00_012.insv", {"title": None, "date": "2021-09-14"}),  # Insta360
    ("W020210914512345678901.jpg", {"title": None, "date": "2021-09-14"}),  # TRS WCM
    ("20210914075133_41234.jpg", {"title": None, "date": "2021-09-14"}),  # KindEditor
    ("1631577093412012345.jpg", {"date": None}),  # UEditor {time}{rand:6}: a snowflake id could read the same
    ("会议_1631577093412.jpg", {"title": "会议", "date": "2021-09-14"}),  # JeecgBoot
    ("IMG_4471-1024x768.jpg", {"title": None, "date": None}),  # WordPress size
    ("IMG_20210914_075133 - 副本.jpg", {"title": None, "date": "2021-09-14"}),  # Explorer copy
    ("IMG_20210914_075133(1).jpg", {"title": None, "date": "2021-09-14"}),  # cloud-drive copy
]


@pytest.mark.parametrize(("name", "expected"), ROUND35_RULES)
def test_round35_device_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
