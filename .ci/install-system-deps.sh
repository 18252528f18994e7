#!/usr/bin/env bash
# Installs the system packages the tests need (Debian's Chromium, and tippecanoe — from bookworm-backports
# on Debian 12, from the release itself on later Debian/Ubuntu releases that have it).
# Idempotent: skips what is already there. Run as root. `npm test` runs it by itself when it is root on
# Debian/Ubuntu and a prerequisite is missing (scripts/run_tests.mjs); CI relies on that.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
need_update=1
apt_update() { if [ "$need_update" = 1 ]; then apt-get update -qq; need_update=0; fi; }
codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"

if ! command -v tippecanoe >/dev/null 2>&1; then
  suite=()
  if [ "$codename" = bookworm ]; then
    suite=(-t bookworm-backports)
    src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ] && ! grep -q 'bookworm-backports' "$src"; then
      # add the backports suite to the first "Suites:" line that names bookworm (the main archive entry,
      # not bookworm-security)
      sed -i '0,/^Suites:.*\bbookworm\b\( \|$\)/{/^Suites:.*\bbookworm\b\( \|$\)/ s/$/ bookworm-backports/}' "$src"
    elif [ ! -f "$src" ] && ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
      echo 'deb http://deb.debian.org/debian bookworm-backports main' >/etc/apt/sources.list.d/bookworm-backports.list
    fi
  fi
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${suite[@]}" tippecanoe >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
echo "system deps: $(chromium --version 2>/dev/null | head -1); tippecanoe $(tippecanoe --version 2>&1 | head -1)"
