#!/usr/bin/env bash
# ./run.sh — run NetralitasSearch on this machine: Azurite (unless AzureWebJobsStorage is set), the app's functions
# through the local runner (runner/, standing in for the Azure Functions host) on http://127.0.0.1:${PORT:-7071}, and
# the bundled sample articles when the index is empty. Index__Role=reader (with AzureWebJobsStorage set) serves search
# from the index another instance publishes and ingests nothing. Ctrl-C (SIGINT) or SIGTERM stops everything this script
# started, also when it runs in the background. Safe to run again: data stays under ${NETRALITAS_DATA:-.data}/.
set -euo pipefail
cd "$(dirname "$0")"

# A script started in the background by a non-interactive shell inherits SIGINT ignored, and bash cannot trap a signal
# ignored on entry: start again once with INT and TERM at their defaults, so the traps below always hold.
if [ -z "${NETRALITAS_RUN_SIGNALS:-}" ]; then
  export NETRALITAS_RUN_SIGNALS=1
  exec env --default-signal=INT,TERM bash "$0" "$@"
fi

PORT="${PORT:-7071}"
AZURITE_BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
AZURITE_QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
DATA="${NETRALITAS_DATA:-.data}"
export Index__Path="${Index__Path:-$(realpath -m "$DATA/index")}"
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

# Every process this script starts is a child in the background (a build too), so a signal reaches the traps at once
# and cleanup stops them all: SIGTERM, then SIGKILL for whatever has not exited within ten seconds.
children=()
cleanup() {
  trap - EXIT INT TERM
  local alive=()
  for pid in "${children[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
  if [ ${#alive[@]} -gt 0 ]; then
    say "Stopping"
    kill -TERM "${alive[@]}" 2>/dev/null || true
    for _ in $(seq 1 100); do
      local left=0
      for pid in "${alive[@]}"; do kill -0 "$pid" 2>/dev/null && left=1; done
      [ "$left" = 0 ] && break
      sleep 0.1
    done
    kill -KILL "${alive[@]}" 2>/dev/null || true
    wait "${alive[@]}" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command as a background child and waits for it, so that a signal stops it too.
in_child() {
  "$@" &
  children+=($!)
  wait "${children[-1]}"
}

say "Building (Release)"
# No build servers: they would outlive this script, and it stops everything it started.
in_child dotnet build NetralitasSearch.sln -c Release --nologo -v q -clp:NoSummary --disable-build-servers

if [ -z "${AzureWebJobsStorage:-}" ]; then
  for port in "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$PORT"; do
    port_in_use "$port" && die "port $port is already in use (another ./run.sh or Azurite?). Stop it, or set PORT / AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT."
  done
  mkdir -p "$DATA/azurite"
  say "Starting Azurite on 127.0.0.1:$AZURITE_BLOB_PORT (blob) and :$AZURITE_QUEUE_PORT (queue), data in $DATA/azurite"
  infra/node_modules/.bin/azurite-blob --silent --skipApiVersionCheck --loose --location "$DATA/azurite" \
    --blobHost 127.0.0.1 --blobPort "$AZURITE_BLOB_PORT" > "$DATA/azurite/blob.log" 2>&1 &
  children+=($!)
  infra/node_modules/.bin/azurite-queue --silent --skipApiVersionCheck --loose --location "$DATA/azurite" \
    --queueHost 127.0.0.1 --queuePort "$AZURITE_QUEUE_PORT" > "$DATA/azurite/queue.log" 2>&1 &
  children+=($!)
  export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZURITE_BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$AZURITE_QUEUE_PORT/devstoreaccount1;"
else
  port_in_use "$PORT" && die "port $PORT is already in use. Stop the other process or set PORT."
  say "Using the storage of AzureWebJobsStorage (no Azurite started)"
fi

# The admin key (x-functions-key) of the admin functions and of ./netralitas status|reconcile|reindex.
mkdir -p "$DATA"
if [ -z "${Admin__Key:-}" ]; then
  [ -s "$DATA/admin.key" ] || node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("base64url"))' > "$DATA/admin.key"
  Admin__Key="$(cat "$DATA/admin.key")"
fi
export Admin__Key

say "Starting the functions (local runner, runner/) on http://127.0.0.1:$PORT"
dotnet runner/bin/Release/net10.0/NetralitasSearch.LocalRunner.dll &
children+=($!)
host=$!

health=""
for _ in $(seq 1 240); do
  health="$(curl -fsS "http://127.0.0.1:$PORT/api/health" 2>/dev/null || true)"
  case "$health" in *'"status":"ok"'*) break ;; esac
  kill -0 "$host" 2>/dev/null || die "the host exited during start; see the log above."
  sleep 0.5
done
case "$health" in *'"status":"ok"'*) ;; *) die "the host did not become healthy within 2 minutes (is storage reachable?)." ;; esac

# A reader (Index__Role=reader) serves what the writer publishes and ingests nothing: no samples are uploaded for it.
if [ "${Index__Role:-all}" != "reader" ]; then
  case "$health" in
    *'"documents":0,'*)
      say "The index is empty: uploading the bundled sample articles (samples/)"
      in_child ./netralitas upload samples >/dev/null
      for _ in $(seq 1 120); do
        case "$(curl -fsS "http://127.0.0.1:$PORT/api/health" 2>/dev/null || true)" in *'"documents":0,'*) sleep 0.5 ;; *) break ;; esac
      done
      ;;
  esac
fi

cat <<TXT

  NetralitasSearch is running.

    Search page   http://127.0.0.1:$PORT/
    Search API    http://127.0.0.1:$PORT/api/search?q=netralitas
    Health        http://127.0.0.1:$PORT/api/health

  Add articles (HTML, text, Markdown) from another terminal:
    ./netralitas upload path/to/articles/
  They are searchable within seconds. What happened to each file: ./netralitas status
  Admin key (x-functions-key): in $DATA/admin.key. Ctrl-C stops everything.

TXT
wait "$host"
