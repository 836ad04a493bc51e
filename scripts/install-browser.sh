#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (playwright-core drives /usr/bin/chromium; nothing is
# downloaded by a test tool). Needs root (or sudo) and Debian's package repositories.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then echo "chromium already installed: $(/usr/bin/chromium --version)"; exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
