#!/usr/bin/env bash
# The README's CLI examples on a simulated stream: simulate → replay writes an alert with an explanation;
# analyze writes one line per row.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npx vigie simulate --scenario demo --days 8 --seed 3 --out "$dir/demo.jsonl" --truth "$dir/truth.json"
npx vigie replay --input "$dir/demo.jsonl" --brand Télécomète --query '"Télécomète" OR telecomete OR @telecomete' \
  --owned @telecomete,@telecomete_aide --alerts "$dir/alerts.jsonl"
test -s "$dir/alerts.jsonl" || { echo "replay wrote no alert"; exit 1; }
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse)
for (const a of lines) for (const k of ["at", "kind", "severity", "score", "explanation", "mentions"]) if (!(k in a)) throw new Error("alert without " + k)
console.log(lines.length + " alerts, first: " + lines[0].severity + " — " + lines[0].explanation)
' "$dir/alerts.jsonl"
head -50 "$dir/demo.jsonl" > "$dir/few.jsonl"
npx vigie analyze --input "$dir/few.jsonl" --output "$dir/analysis.jsonl"
test "$(wc -l < "$dir/analysis.jsonl")" -eq 50 || { echo "analyze did not write one line per row"; exit 1; }
