#!/usr/bin/env bash
# Runs every leg of the test suite on a fresh Debian machine: installs what is missing (PostgreSQL,
# Redis, Chromium), starts the services on 127.0.0.1, builds once, runs each leg, and prints the totals
# read from the test results. A leg whose service is missing fails; nothing is skipped in silence.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

log() { printf '\n== %s\n' "$*"; }

log "Installing what the suite needs"
scripts/install-test-services.sh || { echo "Could not install the test services"; exit 1; }

log "Starting PostgreSQL and Redis on 127.0.0.1"
scripts/start-test-services.sh || { echo "Could not start the test services"; exit 1; }

log "Building"
dotnet build Multistore.sln -c Release -nologo -v quiet || { echo "Build failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

status=0
run_leg() {
  local leg=$1 project=$2; shift 2
  log "Leg: $leg"
  if ! env "$@" dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$leg.trx" --results-directory "$RESULTS/$leg"; then
    status=1
  fi
  if ! ls "$RESULTS/$leg"/*.trx >/dev/null 2>&1; then
    echo "Leg $leg produced no results"
    status=1
  fi
}

run_leg unit-core tests/Multistore.Core.Tests
run_leg unit-modules tests/Multistore.Modules.Tests
run_leg integration-sqlite tests/Multistore.Integration.Tests MULTISTORE_TEST_DATABASE=sqlite
run_leg integration-postgres tests/Multistore.Integration.Tests MULTISTORE_TEST_DATABASE=postgres \
  MULTISTORE_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=multistore;Password=multistore"
# Two node processes (the Release build above) behind HAProxy and Varnish, on their own database and Redis.
run_leg farm tests/Multistore.Farm.Tests
if [ -d tests/Multistore.Browser.Tests ]; then
  run_leg browser tests/Multistore.Browser.Tests MULTISTORE_CHROMIUM=/usr/bin/chromium
fi

log "Totals"
totals=$(python3 scripts/trx-totals.py "$RESULTS") || { echo "Could not read the test results"; status=1; }
echo "$totals"
case "$totals" in *" 0 failed,"*) ;; *) status=1 ;; esac
exit $status
