#!/usr/bin/env bash
# Starts PostgreSQL (role multistore/multistore) and Redis on 127.0.0.1, and waits until both answer.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
# Every test tenant has a connection pool of its own: give the test server room for many tenants at once.
conf="/etc/postgresql/$version/main/postgresql.conf"
if ! grep -q "^max_connections = 500" "$conf"; then
  sed -i "s/^#\?max_connections = .*/max_connections = 500/" "$conf"
  if pg_lsclusters -h | grep -q "^$version main .* online"; then
    pg_ctlcluster "$version" main restart
  fi
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'multistore') THEN CREATE ROLE multistore LOGIN SUPERUSER PASSWORD 'multistore'; END IF; END \\\$\\\$;\"" >/dev/null
PGPASSWORD=multistore psql -h 127.0.0.1 -U multistore -d postgres -qtAc 'select 1' >/dev/null

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
fi
for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break
  sleep 0.5
done
redis-cli -h 127.0.0.1 ping >/dev/null
echo "PostgreSQL $version and Redis are up on 127.0.0.1"
