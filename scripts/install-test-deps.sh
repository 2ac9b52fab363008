#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: Debian's chromium (the
# browser tests, never a browser Playwright downloads), nginx (the deploy recipe's tests), the
# fonts that draw Vietnamese text, Tesseract with its two Vietnamese models (the scan importer),
# poppler (PDF pages to pictures) and libatomic (Playwright's driver). As root it runs apt-get;
# otherwise sudo, when it can run without a password; otherwise it stops at once with one line
# naming the packages to install.
set -euo pipefail

need=()
have_cmd() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/bin/$1" ] || [ -x "/usr/sbin/$1" ]; }
have_cmd chromium || need+=(chromium)
have_cmd nginx || need+=(nginx-light)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
have_cmd tesseract || need+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-vie)
# The Vietnamese script model, read beside vie (src/bangtin/importer/reading/ocr.py: Models).
ls /usr/share/tesseract-ocr/*/tessdata/Vietnamese.traineddata >/dev/null 2>&1 ||
  need+=(tesseract-ocr-script-viet)
have_cmd pdftoppm || need+=(poppler-utils)
# Playwright's own node driver, which talks to chromium, links against libatomic.
/sbin/ldconfig -p 2>/dev/null | grep -q 'libatomic\.so\.1' || need+=(libatomic1)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "Thiếu gói Debian cho kiểm thử; hãy cài bằng quyền root: apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Cài các gói Debian còn thiếu: ${need[*]}" >&2
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
