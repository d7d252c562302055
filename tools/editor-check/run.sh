#!/usr/bin/env bash
# Installs yaml-language-server from npm into a temporary folder and runs check.mjs with it over
# anneal's schemas and samples (see README.md here). Needs node 20+ and npm; not run in CI.
#   tools/editor-check/run.sh                       # the pinned version
#   YLS_VERSION=1.19.2 tools/editor-check/run.sh    # another one
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# 1.25.0: the newest that runs on node 20 (2.x needs node 22.13+)
version="${YLS_VERSION:-1.25.0}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "installing yaml-language-server@$version into $tmp ..."
npm install --prefix "$tmp" --no-audit --no-fund --silent "yaml-language-server@$version" >/dev/null
echo "node $(node --version), yaml-language-server $(node -p "require('$tmp/node_modules/yaml-language-server/package.json').version")"
node "$here/check.mjs" "$tmp/node_modules/yaml-language-server/bin/yaml-language-server"
