#!/usr/bin/env bash
# System packages the optional integration checks use, from Debian: graphviz (rule graph), chromium
# (the HTML report rendered in a real browser), slurm + munge (the SLURM integration test installs
# and starts them itself through .ci/slurm/start.sh). Run as root; `make test` calls it on CI.
set -euo pipefail
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: not root or no apt-get; the checks that need these packages will skip" >&2
  exit 0
fi
missing=()
command -v dot >/dev/null || missing+=(graphviz)
command -v chromium >/dev/null || missing+=(chromium)
command -v sbatch >/dev/null || missing+=(slurmd slurmctld slurm-client munge)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
