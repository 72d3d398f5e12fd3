#!/usr/bin/env bash
# Storefront API read throughput: builds the host in Release, starts it on loopback with one store made from
# bench/api/storefront-api.recipe.json, then drives product list, product read, faceted search and cart add
# with wrk and prints requests/s and p99 for each. Usage: [PORT=5480] bench/api/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
connections="${2:-32}"
port="${PORT:-5480}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/Multistore.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
mkdir -p "$work/recipes"
cp recipes/*.recipe.json "$work/recipes/"
# The catalog finds a recipe by its file name, which must match the recipe's name.
cp bench/api/storefront-api.recipe.json "$work/recipes/bench-storefront-api.recipe.json"

ASPNETCORE_ENVIRONMENT=Production \
Logging__LogLevel__Default=Warning \
Multistore__AppDataPath="$work/App_Data" \
Multistore__RecipesPath="$work/recipes" \
Multistore__Tenants__0__Name=bench \
Multistore__Tenants__0__Hosts__0=bench.localhost \
Multistore__Tenants__0__Recipe=bench-storefront-api \
dotnet "$work/app/Multistore.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!

base="http://127.0.0.1:$port/api/storefront/v1"
for _ in $(seq 1 120); do
  curl -fs -H "Host: bench.localhost" "$base/products?pageSize=1" >/dev/null 2>&1 && break
  sleep 1
done
first=$(curl -fs -H "Host: bench.localhost" "$base/products?pageSize=1")
slug=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])' <<<"$first")
sku=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["variants"][0]["sku"])' <<<"$first")
carts=""
for _ in $(seq 1 "$connections"); do
  id=$(curl -fs -X POST -H "Host: bench.localhost" -H "X-Touchpoint: app" "$base/carts" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  carts="${carts:+$carts,}$id"
done

run() {
  local name="$1" url="$2" script="${3:-}"
  local args=(-t2 -c"$connections" -H "Host: bench.localhost")
  [[ -n "$script" ]] && args+=(-s "$script")
  CARTS="$carts" SKU="$sku" wrk "${args[@]}" -d5s "$url" >/dev/null
  local out
  out=$(CARTS="$carts" SKU="$sku" wrk "${args[@]}" -d"${duration}s" --latency "$url")
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-16s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
}

echo "Storefront API on loopback, ${duration}s per case, ${connections} connections, wrk -t2 ($(nproc) cores)"
run "product list" "$base/products?page=1&pageSize=20"
run "product read" "$base/products/$slug"
run "search q=park" "$base/products?q=park&pageSize=20"
run "faceted search" "$base/search?q=park&sort=price&pageSize=20"
run "cart add" "$base/carts/CART/lines" bench/api/cart-add.lua
