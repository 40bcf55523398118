#!/usr/bin/env bash
# Installs what the end-to-end test needs, inside the repository (nothing cached elsewhere):
# Debian's Chromium, ripgrep and libkrb5-dev, and code-server 4.100.3 (the last release that
# runs on Node 20) under .e2e/. Safe to run again: finished steps are skipped.
#
# code-server's own install scripts download things this machine cannot reach, so it is
# installed with --ignore-scripts and finished by hand: its bundled VS Code's dependencies,
# Debian's `rg` in place of @vscode/ripgrep's download, a rebuild of the native modules, and
# code-server's postinstall.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD/.e2e"
version=4.100.3

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e: installing ${need_apt[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

cs="$root/node_modules/code-server"
if [ -f "$root/.installed-$version" ]; then
  echo "e2e: code-server $version already installed"
  exit 0
fi
mkdir -p "$root"
[ -f "$root/package.json" ] || echo '{ "name": "threatlab-e2e-tools", "private": true }' > "$root/package.json"
echo "e2e: installing code-server $version"
npm install --prefix "$root" --no-save --no-audit --no-fund --ignore-scripts "code-server@$version"
(cd "$cs/lib/vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
# @vscode/ripgrep downloads its binary in a postinstall that cannot reach its host here.
for dir in "$cs/lib/vscode/node_modules/@vscode/ripgrep" "$cs/node_modules/@vscode/ripgrep"; do
  if [ -d "$dir" ]; then
    mkdir -p "$dir/bin"
    ln -sf "$(command -v rg)" "$dir/bin/rg"
  fi
done
# argon2 (code-server's password hashing) is a native module hoisted next to code-server; its
# prebuilt download fails here and node-gyp builds it from source instead.
(cd "$root" && npm_config_yes=true npm rebuild argon2 --no-audit --no-fund)
(cd "$cs/lib/vscode" && npm_config_yes=true npm rebuild --no-audit --no-fund)
# postinstall.sh reads the package manager and Node version from npm's user agent, which is
# only set when npm runs it; give it the one npm would.
(cd "$cs" && npm_config_yes=true npm_config_unsafe_perm=true \
  npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" bash ./postinstall.sh)
touch "$root/.installed-$version"
echo "e2e: code-server $version installed in $cs"
