#!/usr/bin/env bash
# Lighthouse (performance, accessibility; its default mobile profile with simulated throttling) on
# the home page, a photo page and a search page of the bundled sample, served by the app itself.
#   npm install --prefix bench    # once: Lighthouse into bench/node_modules (git-ignored)
#   bash bench/lighthouse.sh      # CHROME_PATH defaults to Debian's /usr/bin/chromium
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}; [ -x "$PY" ] || PY=/work/venv/bin/python
GALLERY="$(dirname "$PY")/gallery"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT=$ROOT/bench/out/lighthouse; PORT=${PORT:-5077}  # absolute: the app resolves thumbnail paths against its package
LH=bench/node_modules/.bin/lighthouse
[ -x "$LH" ] || npm install --prefix bench --no-audit --no-fund >/dev/null
mkdir -p "$OUT"

if [ ! -f "$OUT/gallery.db" ]; then  # the sample, indexed once
  rm -rf "$OUT/sample" && mkdir -p "$OUT/sample" && cp -r images seeds "$OUT/sample/"
  "$GALLERY" index "$OUT/sample/images" "$OUT/sample/seeds" --db "$OUT/gallery.db" --quiet
fi
"$GALLERY" serve --db "$OUT/gallery.db" --port "$PORT" >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 50); do curl -sf "$BASE/" >/dev/null && break; sleep 0.2; done

PHOTO=$(curl -sf "$BASE/api/photos?q=%E9%87%87%E8%8C%B6" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["photos"][0]["id"])')
curl -sf "$BASE/photo/$PHOTO" | grep -o '/thumb/[0-9a-f]*/large.webp' | head -1 | xargs -I{} curl -sf -o /dev/null "$BASE{}"  # made on first view: warm it like any viewed photo

declare -A PAGES=([home]="/" [photo]="/photo/$PHOTO" [search]="/?q=%E9%95%87%E6%B1%9F")
printf '| page | URL | performance | accessibility |\n|---|---|---|---|\n'
for name in home photo search; do
  "$LH" "$BASE${PAGES[$name]}" --quiet --only-categories=performance,accessibility \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    --output=json --output-path="$OUT/$name.json" >/dev/null 2>"$OUT/$name.log"
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const fails = Object.values(r.audits).filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
    console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${Math.round(c.performance.score * 100)} | ${Math.round(c.accessibility.score * 100)} |` + (fails.length ? ` below 0.9: ${fails.join(", ")}` : ""));
  ' "$OUT/$name.json" "$name" "${PAGES[$name]}"
done
