#!/usr/bin/env bash
# Publishes a build's out/ as the site at SITE_DIR, all at once:
#
#   deploy/publish.sh out /srv/karabakh
#
# The files go into SITE_DIR/releases/<time>/, then SITE_DIR/out (what
# nginx's root and the embedded server's OUT_DIR name) is switched to it in
# one rename: a reader gets the old build or the new one, never half of each,
# and never a stale Brotli copy beside a changed file. The previous build's
# hashed files (_next/static/, enhance/) are kept in the new one, so that a
# page cached before the switch (five minutes) still finds its stylesheet;
# the three newest releases are kept. The embedded server reads its files
# when it starts: restart it afterwards (systemctl restart karabakh).
set -euo pipefail

if [ $# -ne 2 ] || [ ! -f "$1/404.html" ]; then
  echo "usage: deploy/publish.sh <a build's out/> <site directory>  (the first must hold a build: npm run build)" >&2
  exit 2
fi
build=${1%/}
mkdir -p "$2/releases"
site=$(cd "$2" && pwd -P)
release="$site/releases/$(date -u +%Y%m%dT%H%M%SZ)"
if [ -e "$release" ]; then
  echo "$release exists already: publish again in a second" >&2
  exit 1
fi

cp -a "$build/." "$release/"
for hashed in _next/static enhance; do
  if [ -d "$site/out/$hashed" ]; then
    mkdir -p "$release/$hashed"
    cp -a -n "$site/out/$hashed/." "$release/$hashed/"
  fi
done
if [ -e "$site/out" ] && [ ! -L "$site/out" ]; then
  echo "$site/out is a directory, not the link this script keeps: move it away first" >&2
  exit 1
fi
ln -sfn "$release" "$site/out.next"
mv -T "$site/out.next" "$site/out"
echo "Published $build as $site/out -> $release"
ls -1d "$site"/releases/*/ | head -n -3 | xargs -r rm -rf
