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

echo "== ten years of returns (2017Q1-2026Q4), loaded as one backfill"
"${vdw[@]}" sample --from 2017Q1 --to 2026Q4 --out "$work/ten-years" --connection "$work/template.db"
"${bench[@]}" backfill "$work/ten-years" "$work/template.db" "$work/ten-years.db" "$root/tests/Benchmarks/README.md"

echo "== the semi-annual report on the ten-year warehouse, per language and format"
"${bench[@]}" report "$work/ten-years.db" 2026H1 "${RUNS:-5}" "$root/tests/Benchmarks/README.md"
