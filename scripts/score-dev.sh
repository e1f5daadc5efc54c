#!/usr/bin/env bash
# Scores extraction on the sample pages + the dev corpus with the reference scorer.
# usage: scripts/score-dev.sh [--misses N] [--json]   (run `npm run build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/gold"
cp fixtures/gold/*.jsonl fixtures/dev/gold/*.jsonl "$out/gold/"
node bin/zhclaims.js extract fixtures/seeds fixtures/dev/docs -q -j 1 -o "$out/pred.jsonl"
python3 tools/score.py "$out/gold" "$out/pred.jsonl" "$@"
