#!/usr/bin/env bash
# Starts PostgreSQL (role multistore/multistore; a second server on port 5433 for the region tests) and Redis on 127.0.0.1, and waits until both answer.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -1)

# Starts cluster $1 on port $2 with room for $3 connections (every test tenant has a connection pool of its own), makes
# the role multistore (password multistore) and drops the test databases a killed run left behind (names matching the
# LIKE patterns that follow), so the data directory does not grow from run to run. No test run may be active.
start_cluster() {
  local name=$1 port=$2 connections=$3
  shift 3
  local leftovers
  leftovers=$(printf "datname like '%s' or " "$@")
  if ! pg_lsclusters -h | grep -q "^$version $name "; then
    pg_createcluster "$version" "$name" --port "$port" >/dev/null
  fi
  local conf="/etc/postgresql/$version/$name/postgresql.conf"
  local settings="/etc/postgresql/$version/$name/conf.d/multistore-tests.conf"
  # A throwaway test server: nothing it holds must survive a crash, so it never waits for the disk (fsync off,
  # asynchronous commits, no full-page writes). Creating a store's database and committing its rows then costs CPU
  # only; on a CI machine with a slow disk this took the PostgreSQL leg from 42 minutes toward the SQLite leg's time.
  # A server that was stopped uncleanly syncs its data directory per file system (syncfs), not per file. The tests
  # reach it on 127.0.0.1 only, so without TLS: Debian turns it on, and every one of the suite's thousands of
  # connections then paid a TLS handshake on both sides before its password exchange.
  local wanted
  wanted=$(printf '%s\n' "max_connections = $connections" "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
    "recovery_init_sync_method = syncfs" "ssl = off")
  mkdir -p "$(dirname "$settings")"
  sed -i "s/^max_connections = .*/#&/; /^recovery_init_sync_method = syncfs$/d" "$conf"
  if [ "$(cat "$settings" 2>/dev/null)" != "$wanted" ]; then
    printf '%s\n' "$wanted" > "$settings"
    chown postgres:postgres "$settings"
    if pg_lsclusters -h | grep -q "^$version $name .* online"; then
      pg_ctlcluster "$version" "$name" restart
    fi
  fi
  if ! pg_lsclusters -h | grep -q "^$version $name .* online"; then
    PGCTLTIMEOUT=900 pg_ctlcluster "$version" "$name" start
  fi
  for _ in $(seq 1 30); do
    su postgres -c "psql -p $port -qtAc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  su postgres -c "psql -p $port -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'multistore') THEN CREATE ROLE multistore LOGIN SUPERUSER PASSWORD 'multistore'; END IF; END \\\$\\\$;\"" >/dev/null
  local db
  for db in $(PGPASSWORD=multistore psql -h 127.0.0.1 -p "$port" -U multistore -d postgres -qtAc "select datname from pg_database where ${leftovers% or }"); do
    PGPASSWORD=multistore psql -h 127.0.0.1 -p "$port" -U multistore -d postgres -qtAc "drop database if exists \"$db\" with (force)" >/dev/null
  done
}

start_cluster main 5432 500 'mst\_%'
# A second server, "another region's": the region tests prove a store's data reaches only its region's server.
start_cluster region2 5433 200 'mst\_%' 'multistore\_%'

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
fi
for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break
  sleep 0.5
done
redis-cli -h 127.0.0.1 ping >/dev/null
echo "PostgreSQL $version (ports 5432 and 5433) and Redis are up on 127.0.0.1"
