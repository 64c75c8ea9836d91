#!/usr/bin/env bash
# Benchmarks: each figure against a floor measured in the same run, written to
# tests/Benchmarks/README.md. RUNS sets how many runs each median is taken over (default 5).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/tests/Benchmarks/VolunteerDW.Benchmarks.csproj" -c Release --nologo -v quiet
vdw=(dotnet "$root/etl/bin/Release/net10.0/vdw.dll")
bench=(dotnet "$root/tests/Benchmarks/bin/Release/net10.0/VolunteerDW.Benchmarks.dll")

echo "== a migrated warehouse and one national quarter of sample returns"
"${vdw[@]}" migrate --connection "$work/template.db" > /dev/null
"${vdw[@]}" sample --from 2026Q2 --to 2026Q2 --out "$work/samples" --connection "$work/template.db"

echo "== load one national quarter against its floor"
"${bench[@]}" load-quarter "$work/samples/2026Q2" "$work/template.db" "${RUNS:-5}" "$root/tests/Benchmarks/README.md"
