#!/usr/bin/env bash
# Runs every package's Jest suite in one Jest run (root projects), against one Postgres and one Kafka broker that
# live for the run (TEST_DATABASE_URL / TEST_KAFKA_BROKERS win when set), then prints a one-line summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p .data
results=.data/jest-results.json
rm -f "$results"
status=0
node --conditions=@calbridge/source libs/testkit/src/with-test-infra.ts \
  node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
  --json --outputFile="$results" "$@" || status=$?
if [ -f "$results" ]; then
  node -e 'const r = require(process.argv[1]); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$root/$results"
fi
exit "$status"
