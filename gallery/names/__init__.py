"""Read the metadata Chinese editors cram into photo file names.

Pure and standard-library only: a file name (or a relative path) in, a `ParsedName` out.
Nothing here touches the disk, and `parse_name` never raises.

Pipeline (one small function per step):

1. split the path: the base name, then the parent folders (nearest first);
2. strip the extension (noting `.jpg.jpg`) and, repeatedly, the decorations at the end:
   copy markers (`_副本`, ` - 副本 (2)`, ` 拷贝`, ` (1)`), editor suffixes (`-已增强-NR`, `@2x`),
   paste suffixes (`-YYYYMMDDhhmmss-<rand>`, `-<ms><n>`: kept only as a last-resort date)
   and content hashes glued to a timestamp;
3. device, app and CMS names: a table of compiled regexes, each with its family, kind and
   date kind (微信图片_…, Screenshot_…, mmexport<ms>, W0YYYYMMDD…, <uuid>_batchwm, hashes …);
4. 小红书 web downloads (`<标题>_<n>_<昵称>_来自小红书网页版`): title and account;
5. everything else is text written by a person, read with the caption grammar:
   《title》, entry id (`B01-1`), page (`P111`), phones, the credit at the end
   (`新华社记者 X 摄`, `（X摄）`, `供图：X`, `作者：X`, a bare name after the caption …),
   then either a caption sentence (date at its start, place phrases after 在/位于/摄于 or at
   the start of a clause) or short segments peeled from the end
   (`作品名-单位姓名`, `作品名+姓名+电话`, `摄影师-省-市-文物名`);
6. parent folders fill what the name lacks (`姓名+电话+作品名`, `20161208`, `2019-06/26`).

Where a reading is ambiguous the field stays empty: a wrong photographer on a published
caption is worse than none. Every filled field has an `Evidence` (rule, confidence).

Kinds (coarse, stable vocabulary): ``wechat_image`` (WeChat/QQ/TIM pictures and exports),
``screenshot``, ``camera`` (phones, cameras, drones), ``app_export`` (editors, note apps,
image hosts), ``cms`` (TRS, Founder, PHPCMS, web platforms), ``hash`` (hex digests, UUIDs),
``xiaohongshu``, ``caption`` (a news caption sentence), ``contest_entry`` (作品名 + 作者 …),
``titled`` (a bare title or artwork name), ``numbered`` (digits only), ``generic``
(office exports, untitled documents), ``unknown`` (nothing readable).

The package, one module per step (lowest first; a module imports only those above it in this list):

- `lexicon`: Reference data, general knowledge and no sample: surnames, title words, provinces,
  cities, divisions, sights and nouns (read from gallery/data/*.txt), the traditional-to-simplified
  table (_T2S), agencies and outlets, place suffixes and the regex tries built from them.
- `result`: The result types: `Evidence` (rule, confidence) and `ParsedName`, the fields a name
  gives.
- `phones`: Phone numbers in a name: `PHONE_RE`, `find_phones`, `redact_phones`, and taking them off
  a caption's text.
- `stamps`: Dates and clock times as tools write them: valid days and times, epoch seconds and
  milliseconds, a stamp's regex groups, and storing a stamp on the result.
- `people`: Names of people: what reads as a Chinese, Tibetan or transliterated name, and what reads
  as a title word instead.
- `places_scan`: Step 5b, the gazetteer scan: place chunks, suffixes, sights, and a place phrase's
  trim (`_scan_place`, `_trim_place`).
- `places_not_where`: Step 5b, what is not where a photo was taken: holders, posts, units, rooms,
  time and motion words after a place (`_not_where`, `_not_where_taken`).
- `places_finders`: Step 5b, the place finders a caption is read with: after a marker, 在 clauses,
  held at, date clauses, datelines, visits, passages, 于 (`_place_*`).
- `places`: Step 5b, a caption's place: headlines and datelines, the caption's place
  (`_caption_place`), spoken quotes and disease names masked, the finders' order (`_ALL_FINDERS`)
  and a full place (`_full_place`).
- `credits_body`: Step 5a, a credit's body: the `_Credit` type, a credit's end and brackets, the
  names inside it (romanised, enumerated, glued together or to a role, pen names) and
  `_parse_credit_body`.
- `credits_bylines`: Step 5a, bylines: slash bylines, an agency's byline, a role at the tail
  (`_slash_byline`, `_find_agency_byline`, `_find_role_tail`, `_find_byline`).
- `credits_crews`: Step 5a, crews: supplier bodies, comma crews, text-and-picture credits, a unit's
  residue, crew lists (`_comma_crew`, `_name_text_picture`, `_crew_list`).
- `credits_grammar`: Step 5a, the short credit and a credit's end: names after a dash or in
  brackets, dated brackets, shot verbs, outlets naming a picture (`_find_short_credit`,
  `_credit_end`).
- `credits`: Step 5a, the credit at the end of a caption: finding it (`_find_credit`, with a
  caption's credit grammar `_credit_grammar` and more credits `_credit_more`, which call it again)
  and storing it on the result (`_store_credit`).
- `dates`: Step 5c, dates written in text: Chinese and ROC dates, English dates, a caption's date.
- `decorations`: Step 2, the extension and the decorations at the end of a name: copy markers,
  editor and paste suffixes, content hashes (`_split_extension`, `_strip_decorations`).
- `devices_patterns`: Step 3, the exact device, app and CMS patterns (微信图片_…, Screenshot_…,
  mmexport<ms> …) and their matcher (`_DEVICE_PATTERNS`, `_match_device`).
- `devices_words`: Step 3, words around a device name: a stamped device, a camera frame, words glued
  to a tool's name or a note after it, storing a device's stamp (`_apply_device_glued`,
  `_device_words`, `_store_device`), and the tools' names the tolerant pass scans for
  (`_FLEX_TOOLS`).
- `devices_tolerant`: Step 3b, tolerant device names (round 14): flexible and partial stamps, a
  device name inside a longer name, words before a tool, a stamp anywhere (`_flex_stamp`,
  `_device_inside`, `_apply_partial_stamp`, `_apply_stamp_anywhere`).
- `devices_schemes`: Step 3, sites' and upload tools' naming schemes read whole from their sources:
  edit-copy chains, upload stamps, locale screenshots, DedeCMS, sm.ms, Discuz … (`_apply_upload_*`,
  `_apply_dedecms`, `_apply_smms`, …).
- `devices`: Step 3, device, app and CMS names, the step itself: `_apply_device` (the exact table,
  then the sites' schemes), a trailing separator, words around a device
  (`_apply_device_with_words`), the tolerant pass's entry (`_apply_device_tolerant`) and digits-only
  names (`_apply_digits`).
- `xiaohongshu`: Step 4, 小红书 web downloads (`<标题>_<n>_<昵称>_来自小红书网页版`): title and account.
- `titles`: Titles: places read from a title (a city at its end, a sight, a city scene, a place at
  its head), and setting a plain title on the result.
- `captions`: A caption sentence: agency tails, a dotted place, the caption's place, date and
  credit, and what is a sentence at all (`_apply_caption`).
- `artworks`: Artwork names: a museum's catalogue name, an artwork's notes (medium, size, era,
  holder), exhibit labels and techniques.
- `artworks_labels`: An artwork's label read last, from the title the steps left: its title among
  the kind of work, material, size, sheet, holder and part shown (`_label_title`).
- `closing_notes`: A caption's closing note in brackets read last (`…。(圖/某單位)`, `…（合成圖／記者X攝，2016.8.23）`): the
  sentence before it is the title, its day and credit read where none was (`_read_closing_note`).
- `contest_lines`: Contest lines read last where nobody was credited: a dashed export (each field classified on its
  own, the work beside the one entrant, then its day and place, `_read_dash_layout`) and a press-photo award's line
  (`第一名:某某/某報`, `_read_award_winner`).
- `segments`: Short segments peeled from the end of a name: `作品名-单位姓名`, `作品名+姓名+电话`, `摄影师-省-市-文物名`;
  each segment classified as a name, a unit, a place or a title.
- `contests`: Contest entries and artwork listings (rounds 25 on): segments classified by what they
  are (an award, a credit key, an entry id, a class, a medium, a year, a place), labels and entry
  fields around a work.
- `text_fields`: Step 5, labelled fields (`作者：X`, `单位：Y`, …) and providers (`_labelled_fields`,
  `_take_provider`).
- `text_notes`: Step 5, notes peeled off a person's text: editor, writer and grab notes, a name's
  home, lead credits (`_strip_notes`, `_drop_home`).
- `text_tails`: Step 5, a text's tail: credits with a place and year, fax and dated tails, shot-at
  places, dated places, book entries (`_take_credit_shot_at`, `_apply_dated_place`).
- `text_sources`: Step 5, sources and outlets: source lines and brackets, series notes, result lines
  and listed winners (`_take_source`, `_result_line`).
- `text_prefixes`: Step 5, what opens a person's text: contest tags, awards, certificates, entry
  ids, counters, category and contest prefixes, glued numbers, and the prefixes taken off
  (`_take_prefixes`).
- `text_body`: Step 5, the body reader: the caption grammar or the layouts, once prefixes, fields
  and notes are off (`_apply_text_body`).
- `text`: Step 5, text written by a person: the step's entry point (`_apply_text`).
- `folders`: Step 6, parent folders: what the folders say fills what the name lacks (a credit, a
  day).
- `credit_tail`: A backstop for a caption's closing credit: every common credit shape after every
  common joint, read where the steps before left it in the title or read a part of its name
  (`_apply_credit_tail`).
- `finish`: The last look at a result: machine-made titles (ids, a tool's bare name), leftovers of a
  caption's tail at a title's end, a result's clean-up (`_finish`).
- `parse`: The entry point: `parse_name` (path -> base name and folders -> steps 2 to 6) and
  `parse_caption`, never raising.
"""

from __future__ import annotations

from .parse import parse_caption, parse_name
from .phones import PHONE_RE, find_phones, redact_phones
from .result import Evidence, ParsedName
from .stamps import CHINA_TZ as CHINA_TZ

__all__ = [
    "PHONE_RE",
    "Evidence",
    "ParsedName",
    "find_phones",
    "parse_caption",
    "parse_name",
    "redact_phones",
]
