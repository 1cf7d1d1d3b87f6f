#!/usr/bin/env bash
# The README promises Node 20, 22 and 24. `npm test` runs on the machine's Node (20); this script
# repeats install, types, unit tests and the build on Node 22 and 24 (from the npm registry) in a
# clean copy of the tracked files, and fails on any EBADENGINE warning. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
for v in ${NODE_VERSIONS:-22 24}; do
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  git ls-files -z | xargs -0 -I{} cp --parents {} "$dir"
  echo "== Node $v"
  (
    cd "$dir"
    npx -y -p "node@$v" -- bash -c '
      set -euo pipefail
      node --version
      npm ci --ignore-scripts --no-audit --no-fund 2>&1 | tee npm-ci.log
      if grep -q EBADENGINE npm-ci.log; then echo "✗ npm ci avisa EBADENGINE en Node $(node --version)"; exit 1; fi
      npx tsc --noEmit -p tsconfig.json
      npx vitest run --exclude tests/integration/zone.test.ts
      npx vitest run tests/integration/zone.test.ts
      npx vite build --logLevel warn
    '
  )
  rm -rf "$dir"
  trap - EXIT
  echo "✓ Node $v"
done
