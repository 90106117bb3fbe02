#!/usr/bin/env bash
# Adds new public symbols of the shipping libraries to their PublicAPI.Unshipped.txt (RS0016 code fix),
# then sorts the lists. Review the diff: it is the public-surface change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info --no-restore -v q || true
  dir=$(dirname "$project")
  for f in "$dir"/PublicAPI.Unshipped.txt; do
    { head -n1 "$f"; tail -n +2 "$f" | grep -v '^$' | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
  done
done
