#!/usr/bin/env bash
# Installs the system packages the tests need (Debian's Chromium, and tippecanoe from bookworm-backports).
# Idempotent: skips what is already there. Run as root (CI and developer machines here are root).
set -euo pipefail
need_update=1
apt_update() { if [ "$need_update" = 1 ]; then apt-get update -qq; need_update=0; fi; }

if ! command -v tippecanoe >/dev/null 2>&1; then
  src=/etc/apt/sources.list.d/debian.sources
  if [ -f "$src" ] && ! grep -q 'bookworm-backports' "$src"; then
    # add the backports suite to the existing Debian entry (first Suites line)
    # first "Suites:" line that names bookworm (the main archive entry, not bookworm-security)
    sed -i '0,/^Suites:.*\bbookworm\b\( \|$\)/{/^Suites:.*\bbookworm\b\( \|$\)/ s/$/ bookworm-backports/}' "$src"
  fi
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports tippecanoe >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
echo "system deps: $(chromium --version 2>/dev/null | head -1); tippecanoe $(tippecanoe --version 2>&1 | head -1)"
