#!/usr/bin/env bash
# The API's 20-item product list (every variant, price, stock, labels) on a 1,000-product and a 10,000-product store,
# two variants each, SQLite, with wrk. Target: >= 2,000 req/s at 32 connections on 2 cores, and the 10,000-product store
# as fast as the 1,000-product one (the list pages in the database). Usage: [PORT=5481] bench/api/product-list.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
connections="${2:-32}"
port="${PORT:-5481}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/Multistore.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
mkdir -p "$work/recipes"
cp recipes/*.recipe.json "$work/recipes/"
python3 bench/api/catalog-recipe.py bench-list-1k 1000 >"$work/recipes/bench-list-1k.recipe.json"
python3 bench/api/catalog-recipe.py bench-list-10k 10000 >"$work/recipes/bench-list-10k.recipe.json"

ASPNETCORE_ENVIRONMENT=Production \
Logging__LogLevel__Default=Warning \
Multistore__AppDataPath="$work/App_Data" \
Multistore__RecipesPath="$work/recipes" \
Multistore__Tenants__0__Name=list1k \
Multistore__Tenants__0__Hosts__0=list1k.localhost \
Multistore__Tenants__0__Recipe=bench-list-1k \
Multistore__Tenants__1__Name=list10k \
Multistore__Tenants__1__Hosts__0=list10k.localhost \
Multistore__Tenants__1__Recipe=bench-list-10k \
dotnet "$work/app/Multistore.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!

base="http://127.0.0.1:$port/api/storefront/v1"
for host in list1k.localhost list10k.localhost; do
  for _ in $(seq 1 600); do
    curl -fs -H "Host: $host" "$base/products?pageSize=1" >/dev/null 2>&1 && break
    sleep 1
  done
  total=$(curl -fs -H "Host: $host" "$base/products?pageSize=20" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], sum(len(i["variants"]) for i in d["items"]))')
  echo "$host: total and variants on the page: $total"
done

run() {
  local name="$1" host="$2" url="$3"
  local args=(-t2 -c"$connections" -H "Host: $host")
  wrk "${args[@]}" -d5s "$url" >/dev/null
  local out rps p99 non2xx
  out=$(wrk "${args[@]}" -d"${duration}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-28s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
}

echo "Product list on loopback, ${duration}s per case, ${connections} connections, wrk -t2 ($(nproc) cores)"
run "1,000 products, page 1" list1k.localhost "$base/products?page=1&pageSize=20"
run "10,000 products, page 1" list10k.localhost "$base/products?page=1&pageSize=20"
run "10,000 products, page 400" list10k.localhost "$base/products?page=400&pageSize=20"
