#!/usr/bin/env bash
# ./test.sh — restore, build and run the whole xunit suite (unit, integration against a real Azurite on free
# loopback ports, the host started as a process, the page in headless chromium, then the fault stage: hosts
# killed, storage stopped, thousands of blobs). Exits non-zero on any failure. Installs what is missing.
#   ./test.sh --faults   only the fault stage        ./test.sh --quick   everything but the fault stage
# Other arguments go to dotnet test (e.g. --filter "FullyQualifiedName~Search").
set -euo pipefail
cd "$(dirname "$0")"

die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }
for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || die "$tool is required but not installed."
done

# The browser tests drive Debian's chromium through Playwright (which never downloads a browser of its own).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! command -v chromium >/dev/null; then
  echo "==> Installing Debian's chromium for the browser tests (apt-get install -y chromium)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  fi
fi

# PDF and image parsing: tesseract with its Indonesian model reads scans, poppler's pdftoppm renders PDF pages for it.
ocr_packages=()
command -v tesseract >/dev/null || ocr_packages+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/ind.traineddata 2>/dev/null)" ] || ocr_packages+=(tesseract-ocr-ind)
command -v pdftoppm >/dev/null || ocr_packages+=(poppler-utils)
if [ ${#ocr_packages[@]} -gt 0 ]; then
  echo "==> Installing ${ocr_packages[*]} for PDF and image parsing (apt-get install -y)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${ocr_packages[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${ocr_packages[@]}"
  fi
fi

if [ ! -x infra/node_modules/.bin/azurite-blob ]; then
  echo "==> Installing Azurite from infra/package-lock.json"
  (cd infra && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "==> Building (Release)"
dotnet build NetralitasSearch.sln -c Release --nologo -v q -clp:NoSummary

# The integration tests start Azurite themselves (infra's pinned copy, on free ports, data in a temporary
# folder) and the host as a process, so no port of ./run.sh is needed and nothing is left running.
stage=()
args=()
for argument in "$@"; do
  case "$argument" in
    --faults) stage=(--filter "Stage=Faults") ;;
    --quick) stage=(--filter "Stage!=Faults") ;;
    *) args+=("$argument") ;;
  esac
done

echo "==> Testing"
dotnet test NetralitasSearch.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --results-directory .data/test-results "${stage[@]}" "${args[@]}"
