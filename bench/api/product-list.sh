#!/usr/bin/env bash
# The API's 20-item product list (every variant, price, stock, labels) on a 1,000-product and a 10,000-product store,
# two variants each, SQLite, with wrk. Target: >= 2,000 req/s at 32 connections on 2 cores, and the 10,000-product store
# as fast as the 1,000-product one (the list pages in the database).
# Usage: [PORT=5481] [COUNTS="1000 10000"] [SETUP_SECONDS=3600] bench/api/product-list.sh [seconds] [connections]
# Each case prints the 1-minute load average before and after it (other work on the machine shapes req/s) and the host's
# own CPU time per request, read from /proc: the figure that other load changes least.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
connections="${2:-32}"
port="${PORT:-5481}"
read -r -a counts <<<"${COUNTS:-1000 10000}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
server=""
trap '[[ -n "$server" ]] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"' EXIT
# Built in place: with -o every project recompiles into the new folder, minutes on a busy machine.
dotnet build src/Multistore.Web -c Release -v quiet -nologo >/dev/null
app=src/Multistore.Web/bin/Release/net10.0
mkdir -p "$work/recipes"
cp recipes/*.recipe.json "$work/recipes/"

tenants=()
for i in "${!counts[@]}"; do
  name="list${counts[$i]}"
  python3 bench/api/catalog-recipe.py "bench-$name" "${counts[$i]}" >"$work/recipes/bench-$name.recipe.json"
  tenants+=("Multistore__Tenants__${i}__Name=$name" "Multistore__Tenants__${i}__Hosts__0=$name.localhost" "Multistore__Tenants__${i}__Recipe=bench-$name")
done

env ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning \
  Multistore__AppDataPath="$work/App_Data" \
  Multistore__RecipesPath="$work/recipes" \
  "${tenants[@]}" \
  dotnet "$app/Multistore.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!

base="http://127.0.0.1:$port/api/storefront/v1"
# A recipe of 10,000 products takes many minutes to set up (far longer on a loaded machine): wait up to SETUP_SECONDS.
deadline=$((SECONDS + ${SETUP_SECONDS:-3600}))
for count in "${counts[@]}"; do
  host="list$count.localhost"
  until curl -fs -H "Host: $host" "$base/products?pageSize=1" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { echo "$host was not set up within ${SETUP_SECONDS:-3600}s" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 2
  done
  page=$(curl -fs -H "Host: $host" "$base/products?pageSize=20" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], "products,", sum(len(i["variants"]) for i in d["items"]), "variants on page 1")')
  echo "$host ready after ${SECONDS}s: $page"
done

# CPU time (user + system, in clock ticks) the host process has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

run() {
  local name="$1" host="$2" url="$3"
  local args=(-t2 -c"$connections" -H "Host: $host")
  wrk "${args[@]}" -d5s "$url" >/dev/null
  local out rps p99 non2xx requests load_before load_after ticks_before ticks_after cpu_ms
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  ticks_before=$(cpu_ticks)
  out=$(wrk "${args[@]}" -d"${duration}s" --latency "$url")
  ticks_after=$(cpu_ticks)
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu_ms=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
  printf '%-26s %9s req/s   p99 %8s   non-2xx %s   host CPU %s ms/request   load %s -> %s\n' \
    "$name" "$rps" "$p99" "${non2xx:-0}" "$cpu_ms" "$load_before" "$load_after"
}

echo "Product list on loopback, ${duration}s per case, ${connections} connections, wrk -t2 ($(nproc) cores), $(date -u '+%Y-%m-%d %H:%M UTC')"
for count in "${counts[@]}"; do
  run "$count products, page 1" "list$count.localhost" "$base/products?page=1&pageSize=20"
  last=$((count / 20))
  run "$count products, page $last" "list$count.localhost" "$base/products?page=$last&pageSize=20"
done
