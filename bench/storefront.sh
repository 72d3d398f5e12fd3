#!/usr/bin/env bash
# Storefront throughput on loopback with wrk: home, category and product pages, output-cached and
# uncached, next to a bare ASP.NET Core endpoint serving the same product page's bytes (the ceiling).
# Usage: bench/storefront.sh [connections=32] [seconds=10] [warm-up seconds=5] [ratio rounds=3]
# The target (cached product page at 70% of the ceiling) is read from the last lines: ceiling and cached product
# page measured back to back in several rounds, each round's ratio, and their median, so one noisy run does not decide.
# Uncached requests carry a cookie the storefront cache policy treats as personal, so every one renders.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
SECONDS_PER_RUN=${2:-10}
WARMUP_SECONDS=${3:-5}
ROUNDS=${4:-3}
HOST_PORT=5291
CEILING_PORT=5292
APP_DATA=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

dotnet build src/Multistore.Web -c Release -nologo -v q >/dev/null
dotnet build bench/StorefrontCeiling -c Release -nologo -v q >/dev/null

WEB=src/Multistore.Web/bin/Release/net10.0
( cd "$WEB" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$HOST_PORT Multistore__AppDataPath="$APP_DATA" \
    Logging__LogLevel__Default=Warning exec dotnet Multistore.Web.dll >"$APP_DATA/host.log" 2>&1 ) &
HOST_PID=$!
cleanup() { kill "$HOST_PID" ${CEILING_PID:-} 2>/dev/null || true; rm -rf "$APP_DATA"; }
trap cleanup EXIT

store=nordic-de.localhost
for _ in $(seq 1 120); do
  curl -sf -o /dev/null -H "Host: $store" "http://127.0.0.1:$HOST_PORT/" && break
  sleep 1
done

declare -A PAGES=( [home]=/ [category]=/categories/oberbekleidung [product]=/products/wollpullover )
curl -s -H "Host: $store" "http://127.0.0.1:$HOST_PORT${PAGES[product]}" >"$APP_DATA/product.html"
( exec dotnet bench/StorefrontCeiling/bin/Release/net10.0/StorefrontCeiling.dll --urls http://127.0.0.1:$CEILING_PORT --page "$APP_DATA/product.html" >/dev/null 2>&1 ) &
CEILING_PID=$!
sleep 3

run() { # name url [header]
  local name=$1 url=$2; shift 2
  local out
  # Warm-up, not counted: the JIT's tiered compilation needs a few thousand requests before the code is optimised.
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" "$@" "$url" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@" "$url")
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $4}' <<<"$out")
  printf '%-22s %12s req/s   p99 %9s   %s\n' "$name" "$rps" "$p99" "${non2xx:+non-2xx: $non2xx}"
}

echo "connections=$CONNECTIONS duration=${SECONDS_PER_RUN}s page bytes=$(wc -c <"$APP_DATA/product.html")"
run "ceiling (same bytes)" "http://127.0.0.1:$CEILING_PORT/"
for page in home category product; do
  url="http://127.0.0.1:$HOST_PORT${PAGES[$page]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $store" "$url")
  if [ "$status" != 200 ]; then
    printf '%-22s not served (HTTP %s): no module renders it on this branch\n' "$page" "$status"
    continue
  fi
  run "$page cached" "$url" -H "Host: $store"
  run "$page uncached" "$url" -H "Host: $store" -H "Cookie: .AspNetCore.Bench=uncached"
done

rps_of() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  ceiling=$(rps_of "http://127.0.0.1:$CEILING_PORT/")
  product=$(rps_of -H "Host: $store" "http://127.0.0.1:$HOST_PORT${PAGES[product]}")
  ratio=$(awk -v p="$product" -v c="$ceiling" 'BEGIN { printf "%.1f", 100 * p / c }')
  ratios+=("$ratio")
  printf 'round %d: ceiling %10s req/s   product cached %10s req/s   %s%% of the ceiling\n' "$round" "$ceiling" "$product" "$ratio"
done
printf 'cached product page, median of %d rounds: %s%% of the ceiling (target 70%%)\n' "$ROUNDS" \
  "$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
