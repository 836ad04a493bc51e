#!/usr/bin/env bash
# `npm start` on a fresh data folder: the page answers, the demo backlog is stored, and the demo crisis
# raises an alert that reaches the dashboard's live stream. The demo runs faster here than by default.
set -euo pipefail
data=$(mktemp -d)
port=18080
launched=$(date +%s)
# setsid: npm start runs node as a child; the whole process group is stopped at the end
VIGIE_DATA_DIR="$data" VIGIE_PORT=$port VIGIE_DEMO_SPEED=600 VIGIE_DEMO_CRISIS_AFTER=5 VIGIE_LOG_LEVEL=warn \
  setsid npm start >"$data/server.log" 2>&1 &
server=$!
stream=""
cleanup() {
  [ -n "$stream" ] && kill "$stream" 2>/dev/null
  kill -- -"$server" 2>/dev/null || kill "$server" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$data"
  return 0
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "npm start exited"; cat "$data/server.log"; exit 1; }
  sleep 1
done
# grep reads the whole page: `grep -q` would stop reading at the first match and curl, writing into a closed
# pipe, would fail the pipeline (exit 23)
curl -fsS "http://127.0.0.1:$port/" | grep -i 'vigie' >/dev/null || { echo "the page did not answer"; cat "$data/server.log"; exit 1; }
# visitors read the demo, change nothing; the first start made an administrator and said how to log in
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' "http://127.0.0.1:$port/api/v1/workspaces/demo/alerts/x/acknowledge")
[ "$code" = 403 ] || { echo "an anonymous change answered $code, not 403"; exit 1; }
grep -q 'one-time password' "$data/server.log" || { echo "the first start printed no one-time password"; cat "$data/server.log"; exit 1; }
timeout 120 curl -sN "http://127.0.0.1:$port/api/v1/workspaces/demo/stream" >"$data/stream.txt" &
stream=$!
for _ in $(seq 1 120); do
  if grep -q '^event: alert' "$data/stream.txt" 2>/dev/null; then
    curl -fsS "http://127.0.0.1:$port/metrics" | grep 'vigie_mentions_stored_total' >/dev/null || { echo "no metrics"; exit 1; }
    alert=$(grep -m1 '^data:' "$data/stream.txt")
    # the crisis starts 5 s x 600 = 50 min of event time after the start: an earlier alert is a false one
    at=$(printf '%s' "${alert#data: }" | node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(Math.floor(Date.parse(JSON.parse(s).at)/1000)))')
    if [ "$at" -lt $((launched + 2900)) ]; then
      echo "the first alert came before the demo crisis began: $(printf '%s' "$alert" | cut -c1-300)"
      exit 1
    fi
    echo "alert received live: $(printf '%s' "$alert" | cut -c1-200)"
    exit 0
  fi
  sleep 1
done
echo "no alert reached the live stream within 120 s"
tail -50 "$data/server.log"
exit 1
