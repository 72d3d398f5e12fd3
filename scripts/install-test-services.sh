#!/usr/bin/env bash
# Installs, from Debian's packages, the services and browser the test suite uses (with HAProxy and Varnish for the
# farm leg), when they are missing.
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# The farm leg: a load balancer and a CDN (with its xkey module) in front of the nodes.
command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
command -v varnishd >/dev/null 2>&1 || need+=(varnish)
ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || need+=(varnish-modules)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
