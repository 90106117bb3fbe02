#!/usr/bin/env bash
# Adds new public symbols of the shipping libraries to their PublicAPI.Unshipped.txt (the RS0016 code fix),
# then sorts the lists. Review the diff: it is the public-surface change.
set -uo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info -v q || true
  list="$(dirname "$project")/PublicAPI.Unshipped.txt"
  { head -n1 "$list"; tail -n +2 "$list" | grep -v '^$' | LC_ALL=C sort -u; } > "$list.tmp"
  mv "$list.tmp" "$list"
done
