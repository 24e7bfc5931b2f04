#!/usr/bin/env bash
# Lighthouse on the built sample guide: the home page, a topic page, the table of contents and
# a blog post, each as a phone (Lighthouse's default: Moto G Power, slow 4G, 4x CPU slowdown)
# and as a desktop (--preset=desktop). Prints a Markdown table (kept in docs/lighthouse.md) and
# exits 1 if a score misses its target: Performance >= 95, Accessibility 100,
# Best Practices >= 95, SEO >= 95.
#
#   scripts/lighthouse.sh                       all four pages, both forms
#   LH_PAGES="/markdown.html" scripts/lighthouse.sh
#   LH_KEEP=/tmp/lh scripts/lighthouse.sh       also keep the JSON reports there
#
# The site is built with base_url = the local address (so canonical links point at the pages
# measured) and served gzip-compressed by scripts/lighthouse/serve.mjs, as a static host would.
# Needs node/npm and Debian's chromium (apt-get install -y chromium); Lighthouse itself is
# installed once into scripts/lighthouse/node_modules from scripts/lighthouse/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$chrome" ] || { echo "lighthouse.sh: no chromium (apt-get install -y chromium)" >&2; exit 1; }
if [ ! -x scripts/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd scripts/lighthouse && npm ci --silent --no-audit --no-fund)
fi
[ -f target/cairn.jar ] || mvn -B -q package -DskipTests

port=${LH_PORT:-4893}
work=$(mktemp -d)
server=
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -jar target/cairn.jar build -q --no-cache --base-url "http://127.0.0.1:$port" -o "$work/site"
node scripts/lighthouse/serve.mjs "$work/site" "$port" &
server=$!
for _ in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/index.html" && break
  sleep 0.1
done

mkdir -p "$work/reports"
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"
for page in ${LH_PAGES:-/index.html /command-line.html /table-of-contents.html /blog/fighting-link-rot.html}; do
  name=$(basename "$page" .html)
  for form in mobile desktop; do
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    CHROME_PATH=$chrome scripts/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$page" --quiet \
      --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$work/reports/$name.$form.json" "${preset[@]}"
  done
done

if [ -n "${LH_KEEP:-}" ]; then
  mkdir -p "$LH_KEEP" && cp "$work"/reports/*.json "$LH_KEEP"/
fi
node scripts/lighthouse/table.mjs "$work/reports"
