#!/usr/bin/env bash
# Opens JupyterLab from the project's venv on the notebooks folder, with the TypeScript kernel ready.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/jupyter ] || { echo "lab: no .venv yet: run 'npm run setup' first" >&2; exit 1; }
npm run --silent build
export PATH="$PWD/node_modules/.bin:$PATH"
exec .venv/bin/jupyter lab --notebook-dir=notebooks "$@"
