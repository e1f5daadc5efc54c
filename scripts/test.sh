#!/usr/bin/env bash
# The test suite on any machine, fresh ones included: installs what the browser and LibreOffice
# tests need when it is missing (Debian: chromium, fonts-wqy-microhei, libreoffice-calc-nogui;
# as root, through apt-get), then builds and runs every test. `npm run test:all` runs this;
# .ci/run calls exactly this command.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-microhei)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test.sh: missing ${need[*]}; the browser and LibreOffice tests will fail." >&2
    echo "test.sh: install them with: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  fi
fi

npm run build
npx vitest run "$@"
