#!/usr/bin/env bash
# ./run.sh — run NetralitasSearch on this machine: Azurite (unless AzureWebJobsStorage is set), the functions
# host on http://127.0.0.1:${PORT:-7071}, and the bundled sample articles when the index is empty.
# Ctrl-C stops everything this script started. Safe to run again: data stays under .data/.
set -euo pipefail
cd "$(dirname "$0")"

PORT="${PORT:-7071}"
AZURITE_BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
AZURITE_QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
export Index__Path="${Index__Path:-$PWD/.data/index}"
export PORT
# Passed through to the host when set (the scraper's private-address switch; see README).
export Scraper__AllowPrivateAddresses="${Scraper__AllowPrivateAddresses:-false}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

for tool in dotnet node npm curl; do
  command -v "$tool" >/dev/null || die "$tool is required but not installed (see README, 'What you need')."
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# PDF and image parsing: tesseract with its Indonesian model reads scans, poppler's pdftoppm renders PDF pages for it.
ocr_packages=()
command -v tesseract >/dev/null || ocr_packages+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/ind.traineddata 2>/dev/null)" ] || ocr_packages+=(tesseract-ocr-ind)
command -v pdftoppm >/dev/null || ocr_packages+=(poppler-utils)
if [ ${#ocr_packages[@]} -gt 0 ]; then
  say "Installing ${ocr_packages[*]} for PDF and image parsing (apt-get install -y)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${ocr_packages[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${ocr_packages[@]}"
  fi
fi

if [ ! -x infra/node_modules/.bin/azurite-blob ]; then
  say "Installing Azurite from infra/package-lock.json"
  (cd infra && npm ci --no-audit --no-fund --loglevel=error)
fi

say "Building (Release)"
dotnet build NetralitasSearch.sln -c Release --nologo -v q -clp:NoSummary

children=()
cleanup() {
  trap - EXIT INT TERM
  if [ ${#children[@]} -gt 0 ]; then
    say "Stopping"
    kill "${children[@]}" 2>/dev/null || true
    wait "${children[@]}" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${AzureWebJobsStorage:-}" ]; then
  for port in "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$PORT"; do
    port_in_use "$port" && die "port $port is already in use (another ./run.sh or Azurite?). Stop it, or set PORT / AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT."
  done
  mkdir -p .data/azurite
  say "Starting Azurite on 127.0.0.1:$AZURITE_BLOB_PORT (blob) and :$AZURITE_QUEUE_PORT (queue), data in .data/azurite"
  infra/node_modules/.bin/azurite-blob --silent --skipApiVersionCheck --loose --location .data/azurite \
    --blobHost 127.0.0.1 --blobPort "$AZURITE_BLOB_PORT" > .data/azurite/blob.log 2>&1 &
  children+=($!)
  infra/node_modules/.bin/azurite-queue --silent --skipApiVersionCheck --loose --location .data/azurite \
    --queueHost 127.0.0.1 --queuePort "$AZURITE_QUEUE_PORT" > .data/azurite/queue.log 2>&1 &
  children+=($!)
  export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZURITE_BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$AZURITE_QUEUE_PORT/devstoreaccount1;"
else
  port_in_use "$PORT" && die "port $PORT is already in use. Stop the other process or set PORT."
  say "Using the storage of AzureWebJobsStorage (no Azurite started)"
fi

# The admin key (x-functions-key) of the admin functions and of ./netralitas status|reconcile|reindex.
mkdir -p .data
if [ -z "${Admin__Key:-}" ]; then
  [ -s .data/admin.key ] || node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("base64url"))' > .data/admin.key
  Admin__Key="$(cat .data/admin.key)"
fi
export Admin__Key

say "Starting the functions host on http://127.0.0.1:$PORT"
dotnet functions/bin/Release/net10.0/NetralitasSearch.Functions.dll &
children+=($!)

health=""
for _ in $(seq 1 240); do
  health="$(curl -fsS "http://127.0.0.1:$PORT/api/health" 2>/dev/null || true)"
  case "$health" in *'"status":"ok"'*) break ;; esac
  kill -0 "${children[-1]}" 2>/dev/null || die "the host exited during start; see the log above."
  sleep 0.5
done
case "$health" in *'"status":"ok"'*) ;; *) die "the host did not become healthy within 2 minutes (is storage reachable?)." ;; esac

case "$health" in
  *'"documents":0}'*)
    say "The index is empty: uploading the bundled sample articles (samples/)"
    ./netralitas upload samples >/dev/null
    for _ in $(seq 1 120); do
      case "$(curl -fsS "http://127.0.0.1:$PORT/api/health" 2>/dev/null || true)" in *'"documents":0}'*) sleep 0.5 ;; *) break ;; esac
    done
    ;;
esac

cat <<TXT

  NetralitasSearch is running.

    Search page   http://127.0.0.1:$PORT/
    Search API    http://127.0.0.1:$PORT/api/search?q=netralitas
    Health        http://127.0.0.1:$PORT/api/health

  Add articles (HTML, text, Markdown) from another terminal:
    ./netralitas upload path/to/articles/
  They are searchable within seconds. What happened to each file: ./netralitas status
  Admin key (x-functions-key): in .data/admin.key. Ctrl-C stops everything.

TXT
wait "${children[-1]}"
