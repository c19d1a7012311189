"""Duplicates over a store: fill in fingerprints, group alike photos, contest view, keep & merge.

The fingerprint is made at index time (:func:`gallery.fingerprint.compute`); :func:`backfill`
makes it from the stored grid2x thumbnail for photos indexed before. :func:`refresh` groups
again when the fingerprints changed since the last grouping. Keeping a photo and merging the
captions of the others into it is an editors' step with history (``apply_step``), and the
choice itself is stored too: nothing is deleted, on disk or in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PIL import Image, UnidentifiedImageError

from . import editing, fingerprint, likeness, thumbs
from .store import Store
from .store.edits import EditError

AUTO_REGROUP = 50_000  # pages regroup by themselves up to this many fingerprints (a few seconds)
FILL_FIELDS = ("title", "photographers", "place", "date", "keywords", "credit")


@dataclass
class Group:
    """Photos that are one picture (or one photo in several files), as pages and scripts show them."""

    id: int
    kind: str  # alike | exact
    members: list[dict[str, Any]] = field(default_factory=list)
    credits: dict[int, list[str]] = field(default_factory=dict)
    decision: dict[str, Any] | None = None

    @property
    def photographers(self) -> list[str]:
        """Every name the group's photos are credited to, in order of first appearance."""
        return list(dict.fromkeys(n for names in self.credits.values() for n in names))

    @property
    def contested(self) -> bool:
        """Credited to two or more different people (the case a jury must see)."""
        return len(self.photographers) > 1

    @property
    def files(self) -> int:
        return sum(len(m["files"]) for m in self.members)


# --- fingerprints and grouping -----------------------------------------------------------------

def backfill(store: Store, limit: int = 1_000_000) -> tuple[int, list[tuple[int, str]]]:
    """Fingerprints from stored grid2x thumbnails for photos without one: (made, failures)."""
    made, failed = 0, []
    for row in store.photos_without_fingerprint(limit):
        path = thumbs.thumb_path(store.thumbs_dir, row["digest"], "grid2x")
        try:
            with Image.open(path) as image:
                value = fingerprint.compute(image.convert("RGB"))
        except FileNotFoundError:
            failed.append((row["id"], "没有缩略图（请重新索引）"))
            continue
        except (OSError, UnidentifiedImageError, ValueError) as exc:
            failed.append((row["id"], f"缩略图无法读取：{type(exc).__name__}"))
            continue
        with store.transaction():
            store.save_fingerprint(row["id"], value)
        made += 1
    return made, failed


def regroup(store: Store) -> int:
    """Group every fingerprinted photo by likeness and store the groups; returns their number."""
    signature = store.fingerprint_signature()
    rows = store.fingerprints()
    hashes = likeness.hashes_array([fingerprint.split(value) for _, value in rows if fingerprint.valid(value)])
    ids = [photo_id for photo_id, value in rows if fingerprint.valid(value)]
    index = likeness.Index(hashes) if ids else None
    pairs = index.pairs() if index else []
    groups = [[(ids[p], distance, how) for p, distance, how in _relations(members, pairs)]
              for members in likeness.groups(len(ids), pairs)]
    store.save_groups(groups, signature)
    return len(groups)


def _relations(members: list[int], pairs: list[likeness.Pair]) -> list[tuple[int, int, str]]:
    """Each member's likeness to the group's reference (the member alike the most others).

    The reference comes first with how ``reference``; a member not paired with it directly
    shows its closest pair inside the group.
    """
    inside = set(members)
    links: dict[int, dict[int, likeness.Pair]] = {m: {} for m in members}
    for pair in pairs:
        if pair.a in inside:
            links[pair.a][pair.b] = pair
            links[pair.b][pair.a] = pair
    reference = max(members, key=lambda m: (len(links[m]), -m))
    found = [(reference, 0, "reference")]
    for member in members:
        if member == reference:
            continue
        pair = links[member].get(reference) or min(links[member].values(), key=lambda p: p.distance)
        found.append((member, pair.distance, pair.how))
    return found


def stale(store: Store) -> bool:
    """True when fingerprints changed since the groups were made."""
    return store.groups_signature() != store.fingerprint_signature()


def refresh(store: Store, *, limit: int | None = AUTO_REGROUP) -> bool:
    """Regroup if stale (and not bigger than ``limit``); True when the groups are current."""
    if not stale(store):
        return True
    if limit is not None and len(store.fingerprints()) > limit:
        return False
    regroup(store)
    return True


# --- reading groups ---------------------------------------------------------------------------

def groups(store: Store, *, exact: bool = True) -> list[Group]:
    """Every group of alike photos, then (``exact``) every photo held in several files."""
    members = store.dupe_members()
    found = [_group(store, gid, "alike", rows) for gid, rows in members.items()]
    found.sort(key=lambda g: (-len(g.members), g.id))
    if exact:
        grouped = {m["id"] for g in found for m in g.members}
        for pid in store.exact_copy_photos():
            if pid not in grouped:
                found.append(_group(store, pid, "exact", [{"photo_id": pid, "distance": 0, "how": "exact"}]))
    return found


def group_of(store: Store, photo_id: int) -> Group | None:
    """The group a photo is in (alike photos, or its own exact copies), None when alone."""
    group_id = store.dupe_group_of(photo_id)
    if group_id is not None:
        return _group(store, group_id, "alike", store.dupe_members([group_id]).get(group_id, []))
    if photo_id in set(store.exact_copy_photos()):
        return _group(store, photo_id, "exact", [{"photo_id": photo_id, "distance": 0, "how": "exact"}])
    return None


def _group(store: Store, group_id: int, kind: str, rows: list[dict[str, Any]]) -> Group:
    ids = [r["photo_id"] for r in rows]
    photos = store.dupe_photos(ids)
    members = []
    for row in rows:
        photo = photos.get(row["photo_id"])
        if photo is not None:
            members.append({**photo, "distance": row["distance"], "how": row["how"]})
    decisions = store.decisions_for(ids)
    latest = max(decisions.values(), key=lambda d: d["id"], default=None)
    return Group(id=group_id, kind=kind, members=members, credits=store.credits_of(ids), decision=latest)


def similar(store: Store, photo_id: int) -> list[dict[str, Any]]:
    """The other photos of a photo's group (for "similar pictures" on the photo page)."""
    group = group_of(store, photo_id)
    if group is None or group.kind != "alike":
        return []
    return [m for m in group.members if m["id"] != photo_id]


def contest(store: Store) -> dict[str, Any]:
    """Groups credited to different people first; per photographer, entries and groups."""
    found = groups(store)
    ordered = sorted(found, key=lambda g: (not g.contested, -len(g.photographers), -len(g.members), g.id))
    entries = store.entries_per_photographer()
    per_person: dict[str, dict[str, Any]] = {}
    for group in found:
        for name in group.photographers:
            person = per_person.setdefault(name, {"name": name, "entries": entries.get(name, 0),
                                                  "groups": 0, "contested": 0})
            person["groups"] += 1
            person["contested"] += int(group.contested)
    people = sorted(per_person.values(), key=lambda p: (-p["contested"], -p["groups"], p["name"]))
    return {"groups": ordered, "photographers": people,
            "contested": sum(1 for g in found if g.contested)}


# --- keep and merge -----------------------------------------------------------------------------

def merge_plan(group: Group, kept: int) -> dict[str, Any]:
    """What keeping one photo would suggest: the captions of all joined, blanks filled from others."""
    keeper = next((m for m in group.members if m["id"] == kept), None)
    if keeper is None:
        raise EditError(f"照片 #{kept} 不在这一组里")
    captions = [keeper.get("caption") or ""]
    for member in group.members:
        text = (member.get("caption") or "").strip()
        if text and not any(text in c for c in captions):
            captions.append(text)
    fills = {}
    for name in FILL_FIELDS:
        if editing.is_empty(keeper.get(name)):
            donor = next((m for m in group.members if not editing.is_empty(m.get(name))), None)
            if donor is not None:
                fills[name] = {"value": donor[name], "from": donor["id"]}
    return {"kept": kept, "caption": "\n".join(c for c in captions if c), "fills": fills}


def keep(store: Store, user: str, group: Group, kept: int, caption: str | None,
         fill: list[str]) -> dict[str, Any]:
    """Record the editor's choice and write the merged caption and filled fields to the kept photo."""
    from .captioning import Captioning
    from .indexer import Indexer

    plan = merge_plan(group, kept)
    values: dict[str, Any] = {}
    if caption is not None:
        value, error = editing.normalize("caption", caption)
        if error:
            raise EditError(error)
        values["caption"] = value
    for name in fill:
        if name in plan["fills"]:
            values[name] = plan["fills"][name]["value"]
    others = [m["id"] for m in group.members if m["id"] != kept]
    summary = f"合并重复照片：保留 #{kept}" + (f"，并入 {'、'.join('#' + str(i) for i in others)}" if others else "")
    step = {"id": None}
    if values:
        step = store.apply_step(user, "merge", summary, {kept: values},
                                refresh=Indexer(store, workers=1).refresh_photo, machine=Captioning(store).machine)
    decision = store.record_decision(kept, [m["id"] for m in group.members], values, user, step["id"])
    return {"decision": decision, "step": step["id"], "values": values}
