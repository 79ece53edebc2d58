#!/usr/bin/env bash
# npm run setup: everything `npm start` and `npm test` need on a fresh Debian/Ubuntu machine with Node 20+.
# Installs through apt what is missing: redis-server, PostgreSQL (server binaries for the test harness, client
# tools for admins) and chromium (the browser tests drive the system chromium; nothing downloads a browser),
# then the exact npm dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
node_minor=$(node -p 'process.versions.node.split(".")[1]')
if [ "$node_major" -lt 20 ] || { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 19 ]; }; then
  say "Node.js $(node --version) is too old; install Node.js 20.19 or newer (22 and 24 work too)."
  exit 1
fi

have_postgres_server() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }
have_chromium() { [ -x /usr/bin/chromium ] || command -v chromium >/dev/null; }
have_redis_server() { command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || [ -x /usr/sbin/redis-server ]; }

missing=()
have_redis_server || missing+=(redis-server)
command -v psql >/dev/null || missing+=(postgresql-client)
have_postgres_server || missing+=(postgresql)
have_chromium || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    say "please install ${missing[*]} with your package manager (this script knows apt only), then run it again."
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    say "need root to install ${missing[*]}: run  sudo apt-get install -y ${missing[*]}  and then this again."
    exit 1
  fi
  say "installing ${missing[*]} with apt-get"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
say "done. Start with: npm start   (then open http://localhost:3000)"
