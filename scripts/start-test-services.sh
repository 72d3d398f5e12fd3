#!/usr/bin/env bash
# Starts PostgreSQL (role multistore/multistore; a second server on port 5433 for the region tests) and Redis on 127.0.0.1, and waits until both answer.
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
# A server that was stopped uncleanly (a CI machine reused after a killed run) syncs its whole data directory before
# it accepts connections: syncfs does that per file system instead of per file, and pg_ctl gets the time it needs
# (its default of 60 s ran out on a data directory that earlier runs had filled).
if ! grep -q "^recovery_init_sync_method = syncfs" "$conf"; then
  echo "recovery_init_sync_method = syncfs" >> "$conf"
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  PGCTLTIMEOUT=900 pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'multistore') THEN CREATE ROLE multistore LOGIN SUPERUSER PASSWORD 'multistore'; END IF; END \\\$\\\$;\"" >/dev/null
PGPASSWORD=multistore psql -h 127.0.0.1 -U multistore -d postgres -qtAc 'select 1' >/dev/null
# Each test host creates a database mst_<id> and drops it when it is disposed; a run that was killed leaves its
# databases behind. Drop them so the data directory does not grow from run to run (no test run is active now).
for db in $(PGPASSWORD=multistore psql -h 127.0.0.1 -U multistore -d postgres -qtAc "select datname from pg_database where datname like 'mst\_%'"); do
  PGPASSWORD=multistore psql -h 127.0.0.1 -U multistore -d postgres -qtAc "drop database if exists \"$db\" with (force)" >/dev/null
done

# A second server, "another region's", on port 5433: the region tests prove a store's data reaches only its region's
# server. Same role; its test databases (mst_*) are dropped like the first server's.
if ! pg_lsclusters -h | grep -q "^$version region2 "; then
  pg_createcluster "$version" region2 --port 5433 >/dev/null
fi
conf2="/etc/postgresql/$version/region2/postgresql.conf"
if ! grep -q "^max_connections = 200" "$conf2"; then
  sed -i "s/^#\?max_connections = .*/max_connections = 200/" "$conf2"
  if pg_lsclusters -h | grep -q "^$version region2 .* online"; then
    pg_ctlcluster "$version" region2 restart
  fi
fi
if ! grep -q "^recovery_init_sync_method = syncfs" "$conf2"; then
  echo "recovery_init_sync_method = syncfs" >> "$conf2"
fi
if ! pg_lsclusters -h | grep -q "^$version region2 .* online"; then
  PGCTLTIMEOUT=900 pg_ctlcluster "$version" region2 start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -p 5433 -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p 5433 -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'multistore') THEN CREATE ROLE multistore LOGIN SUPERUSER PASSWORD 'multistore'; END IF; END \\\$\\\$;\"" >/dev/null
for db in $(PGPASSWORD=multistore psql -h 127.0.0.1 -p 5433 -U multistore -d postgres -qtAc "select datname from pg_database where datname like 'mst\_%' or datname like 'multistore\_%'"); do
  PGPASSWORD=multistore psql -h 127.0.0.1 -p 5433 -U multistore -d postgres -qtAc "drop database if exists \"$db\" with (force)" >/dev/null
done

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
fi
for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break
  sleep 0.5
done
redis-cli -h 127.0.0.1 ping >/dev/null
echo "PostgreSQL $version (ports 5432 and 5433) and Redis are up on 127.0.0.1"
