#!/usr/bin/env bash
# Installs the VS Code server build (npm package code-server 4.100.3 = VS Code 1.100.3, Node 20)
# into .vscode-test-cs/ for the integration tests. Nothing is downloaded from outside the npm
# registry: the package's own postinstall (which fetches ripgrep and builds kerberos) is skipped,
# the few native modules are rebuilt against Node's headers and Debian's `rg` is used.
# Needs: chromium ripgrep python3 make g++ (apt). Idempotent: exits at once when already set up.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR="${1:-$ROOT/.vscode-test-cs}"
VERSION=4.100.3
STAMP="$DIR/.ready-$VERSION"
if [ -f "$STAMP" ]; then
  echo "code-server $VERSION already set up in $DIR"
  exit 0
fi
command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2; exit 1; }
mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || echo '{"name":"cs-host","private":true}' > package.json
# Its postinstall refuses to run as root under npm >= 9 and downloads binaries: run the steps by hand.
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION"
npm rebuild argon2
cd node_modules/code-server/lib/vscode
# --ignore-scripts skips kerberos (needs gssapi headers) and @vscode/ripgrep (downloads from GitHub).
npm install --no-audit --no-fund --omit=dev --ignore-scripts
npm_config_yes=true npm rebuild node-pty @vscode/spdlog native-watchdog @parcel/watcher
ln -sfn node_modules node_modules.asar
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --no-audit --no-fund --omit=dev)
touch "$STAMP"
echo "code-server ready: $DIR/node_modules/code-server/out/node/entry.js"
