#!/usr/bin/env bash
# Playwright drives Debian's Chromium: its own browser download is not reachable
# from these machines. Installs the package when it is missing.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi

echo "Chromium not found at $chromium_path; installing Debian's chromium package…" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$chromium_path" --version >&2
