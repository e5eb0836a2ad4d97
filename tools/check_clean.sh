#!/usr/bin/env bash
# Fails when nbdev_export, nbdev_clean or the README generator would change a tracked file:
# chess_grpo/*.py must be what the notebooks export, notebooks must be clean, README.md current.
# It compares the working tree before and after, so it also works with uncommitted edits.
set -euo pipefail
BIN=${VENV:-.venv}/bin
snapshot() {
  { git diff -- nbs chess_grpo README.md; git ls-files -o --exclude-standard -- nbs chess_grpo | sort | xargs -r sha1sum; } | sha1sum
}
before=$(snapshot)
"$BIN/nbdev_export"
"$BIN/nbdev_clean"
"$BIN/python" tools/make_readme.py
after=$(snapshot)
if [ "$before" != "$after" ]; then
  echo "ERROR: nbdev_export / nbdev_clean / tools/make_readme.py changed files." >&2
  echo "Run 'make export' and commit the result; the generated files must match the notebooks." >&2
  git status --short -- nbs chess_grpo README.md >&2
  exit 1
fi
echo "export, clean and README: no diff"
