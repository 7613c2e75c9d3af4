#!/usr/bin/env bash
# Headless Chromium from Debian for the browser tests (the tests drive it with playwright-core).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: run as root, or install Debian's chromium package yourself (apt-get install chromium)" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
