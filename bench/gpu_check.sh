#!/usr/bin/env bash
# The one-line launcher for the GPU machine (the device tool runs it in the repository root; $OUT comes back):
#   bash bench/gpu_check.sh
# A deepspeed wheel carried with the call (wheels/deepspeed-*.whl) is installed first when present.
set -euo pipefail
if ls wheels/deepspeed-*.whl >/dev/null 2>&1; then pip install -q --no-deps wheels/deepspeed-*.whl || true; fi
pip install -q --no-deps -e . >/dev/null 2>&1 || export PYTHONPATH="$PWD:${PYTHONPATH:-}"
exec python bench/gpu_check.py --out "${OUT:-bench-out}" "$@"
