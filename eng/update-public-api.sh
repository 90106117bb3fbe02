#!/usr/bin/env bash
# Adds the new public symbols of each shipping library to its PublicAPI.Unshipped.txt, taken from the analyzer's own
# RS0016 diagnostics, then sorts the list. Review the diff: it is the public-surface change.
set -uo pipefail
cd "$(dirname "$0")/.."
for project in ${@:-src/*/*.csproj}; do
  list="$(dirname "$project")/PublicAPI.Unshipped.txt"
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 |
    python3 -c '
import re, sys
project = sys.argv[2]
found = {m.group(1) for line in sys.stdin if line.rstrip().endswith(project + "::TargetFramework=net10.0]") or line.rstrip().endswith(project + "]")
         for m in re.finditer(r"RS0016: Symbol \x27(.+?)\x27 is not part of the declared public API", line)}
path = sys.argv[1]
lines = open(path).read().splitlines()
header, body = lines[0], {l for l in lines[1:] if l.strip()}
open(path, "w").write("\n".join([header] + sorted(body | found, key=lambda s: s.encode())) + "\n")
print(f"{path}: {len(found - body)} added")
' "$list" "$(realpath "$project")"
done
