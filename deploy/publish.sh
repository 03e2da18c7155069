#!/usr/bin/env bash
# Publishes a build's out/ as the site at SITE_DIR, all at once:
#
#   deploy/publish.sh out /srv/karabakh
#
# The files go into SITE_DIR/releases/<time>/, then SITE_DIR/out (what
# nginx's root and the embedded server's OUT_DIR name) is switched to it in
# one rename: a reader gets the old build or the new one, never half of each,
# and never a stale Brotli copy beside a changed file. The hashed files
# (_next/static/, enhance/) of the builds before are kept in the new one, so
# that a page cached before the switch (five minutes) still finds its
# stylesheet; the three newest releases are kept. nginx and the embedded
# server both follow the link: nothing is restarted or reloaded.
# npm run check:publish proves all of it under load.
set -euo pipefail

if [ $# -ne 2 ] || [ ! -f "$1/404.html" ]; then
  echo "usage: deploy/publish.sh <a build's out/> <site directory>  (the first must hold a build: npm run build)" >&2
  exit 2
fi
build=${1%/}
mkdir -p "$2/releases"
site=$(cd "$2" && pwd -P)
if [ -e "$site/out" ] && [ ! -L "$site/out" ]; then
  echo "$site/out is a directory, not the link this script keeps: move it away first" >&2
  exit 1
fi
# To the nanosecond: names sort by time, and two publications never share one.
release="$site/releases/$(date -u +%Y%m%dT%H%M%S.%NZ)"
mkdir "$release"

# The earlier hashed files first, then the build over them: a name that is in
# both is the same content (the name is its hash).
for hashed in _next/static enhance; do
  if [ -d "$site/out/$hashed" ]; then
    mkdir -p "$release/$hashed"
    cp -a "$site/out/$hashed/." "$release/$hashed/"
  fi
done
cp -a "$build/." "$release/"
ln -sfn "$release" "$site/out.next"
mv -T "$site/out.next" "$site/out"
echo "Published $build as $site/out -> $release"
# The three newest stay; and whatever the clock did, the one the link names.
ls -1d "$site"/releases/*/ | head -n -3 | { grep -vxF "$release/" || true; } | xargs -r -d '\n' rm -rf
