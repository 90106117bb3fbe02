#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need when it is missing, then `dotnet test`.
#   ./test.sh                      every test project of the solution
#   ./test.sh --filter "Redis"     any argument is passed to dotnet test (after a Debug build of the solution)
# Needs: the .NET 10 SDK (global.json), redis-server on PATH (the Redis store's tests start their own instance on a
# free loopback port) and chromium (the emulator inbox's browser tests drive it with Playwright; no browser is ever
# downloaded by Playwright). Where apt-get is available (Debian, Ubuntu; as root or through sudo) what is missing is
# installed; elsewhere the script says what to install and stops. CHROMIUM_PATH points the tests at another chromium.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '%s\n' "$*" >&2; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "test.sh: the .NET SDK is not on PATH. Install the .NET 10 SDK (see global.json) and run again."
    exit 1
  fi
}

install_packages() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else return 1; fi
  fi
  command -v apt-get >/dev/null 2>&1 || return 1
  say "test.sh: installing $* with apt-get"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

require_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  if ! install_packages redis-server || ! command -v redis-server >/dev/null 2>&1; then
    say "test.sh: redis-server is not on PATH and could not be installed here."
    say "  Debian/Ubuntu: sudo apt-get install -y redis-server   macOS: brew install redis   Windows: use WSL"
    exit 1
  fi
}

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /snap/bin/chromium; do
    [ -x "$candidate" ] && return 0
  done
  return 1
}

require_chromium() {
  find_chromium && return 0
  # Debian's package is chromium; Ubuntu's chromium-browser is a snap wrapper, so try Debian's name first.
  if ! { install_packages chromium || install_packages chromium-browser; } || ! find_chromium; then
    say "test.sh: chromium is not installed and could not be installed here (the inbox's browser tests need it)."
    say "  Debian/Ubuntu: sudo apt-get install -y chromium   macOS: brew install --cask chromium, then"
    say "  export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium   Windows: use WSL"
    exit 1
  fi
}

require_dotnet
require_redis
require_chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Built in parallel, then tested one project at a time: several tests judge real-time rates at a strict sliding window
# (as Meta does), and test projects running side by side on a small machine would starve each other's timers.
dotnet build CloudApi.Sdk.sln -v q -nologo
exec dotnet test CloudApi.Sdk.sln --no-build -m:1 "$@"
