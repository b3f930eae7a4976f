#!/usr/bin/env bash
# Installs what Athenaeum needs on Debian 12 and is missing: native libraries it calls through
# P/Invoke (libbz2, Lua 5.1), tools the tests and benchmarks use, then restores NuGet packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libbz2-1.0 bzip2 liblua5.1-0 liblua5.1-0-dev gcc lbzip2 sqlite3 python3 python3-aiosmtpd postgresql chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK 10 is required (dotnet not found on PATH)" >&2
  exit 1
fi

dotnet restore Athenaeum.slnx --verbosity quiet
