#!/usr/bin/env bash
# One command from a fresh clone to every report: Node packages, the project's Jupyter venv with
# the TypeScript kernel registered inside it, the compiled library, market data, all reports.
# Safe to rerun: each step skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

step "Checking Node.js and Python"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || fail "Node.js $(node --version) is too old: install Node.js 20.19 or newer (arquero is loaded with require(esm))."
python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || fail "$python is older than 3.10: install Python 3.11 (or set PYTHON=/path/to/python3.11)."

step "Installing Node packages (npm ci)"
npm ci --no-audit --no-fund

step "Creating the Jupyter virtual environment in .venv (requirements.txt)"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
# The plain HTML export (nbconvert --to html, JupyterLab's menu) gets the kit's template and plotly.js.
.venv/bin/python -m r2k_export.configure

step "Registering the tslab TypeScript kernel inside .venv"
node_modules/.bin/tslab install --python="$root/.venv/bin/python" --sys-prefix --binary="$root/node_modules/.bin/tslab" >/dev/null
.venv/bin/jupyter kernelspec list | grep -q '^ *tslab ' || fail "the tslab kernel did not register in .venv"

step "Compiling the library (npm run build)"
npm run --silent build

step "Market data into data/cache (npm run data -- ensure)"
# The snapshot folder when there is one (verified against SHA256SUMS); else every catalog series
# fetched from Yahoo and FRED. Exit 3: neither worked (offline); the message says what to do, and
# set-up stops here, before any kernel starts. Exit 1: some series failed; the reports that need
# them are refused by the runner, the others are built.
data_status=0
node dist/lib/data/cli.js ensure || data_status=$?
case $data_status in
  0) ;;
  1) echo "setup: some series are missing (see above); building the reports that do not need them." >&2 ;;
  *) exit "$data_status" ;;
esac

if [ "${SKIP_REPORTS:-0}" = 1 ]; then
  echo "SKIP_REPORTS=1: not building reports."
else
  step "Building every report (npm run reports)"
  npm run --silent reports
  echo
  echo "Done. Open reports/index.html, or run 'npm run lab' for JupyterLab."
fi
