#!/usr/bin/env bash
# Makes each shipping library's PublicAPI.Unshipped.txt exact, from the analyzer's own diagnostics: adds the public
# symbols it lacks (RS0016) and removes the ones that no longer exist (RS0017), then sorts the list. Review the diff: it
# is the public-surface change.
#   eng/update-public-api.sh                                   every project under src/
#   eng/update-public-api.sh src/CloudApi.Sdk/CloudApi.Sdk.csproj   one project
set -uo pipefail
cd "$(dirname "$0")/.."
for project in ${@:-src/*/*.csproj}; do
  list="$(dirname "$project")/PublicAPI.Unshipped.txt"
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 |
    python3 -c '
import re, sys
project = sys.argv[2]
added, removed = set(), set()
for line in sys.stdin:
    line = line.rstrip()
    if not (line.endswith(project + "::TargetFramework=net10.0]") or line.endswith(project + "]")):
        continue
    added |= {m.group(1) for m in re.finditer(r"RS0016: Symbol \x27(.+?)\x27 is not part of the declared public API", line)}
    removed |= {m.group(1) for m in re.finditer(r"RS0017: Symbol \x27(.+?)\x27 is part of the declared API", line)}
path = sys.argv[1]
lines = open(path).read().splitlines()
header, body = lines[0], {l for l in lines[1:] if l.strip()}
open(path, "w").write("\n".join([header] + sorted((body - removed) | added, key=lambda s: s.encode())) + "\n")
print(f"{path}: {len(added - body)} added, {len(body & removed)} removed")
' "$list" "$(realpath "$project")"
done
