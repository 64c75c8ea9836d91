#!/usr/bin/env bash
# Benchmarks: each figure against a floor measured in the same run, written to
# tests/Benchmarks/README.md. Runs per median: RUNS (default 5) for one quarter, the oversized
# return and the report; RUNS_BACKFILL (default 3) for the ten-year backfill; RUNS_SCALING
# (default 3) for the 10-quarter load of the scaling table (its 1- and 40-quarter figures reuse
# the quarter's and the backfill's runs). BEFORE (default 63d0b50, the loader as first measured)
# is the commit whose build the before-and-after table compares with this one; BEFORE=none skips it.
# The portal (`vdw serve`): PORTAL_UPLOADS (default 40) typical returns uploaded one at a time;
# PORTAL_PEOPLE (default 50) signed-in people asking PORTAL_REQUESTS (default 20) times each for a
# page, RUNS times; PORTAL_LARGE (default 20) uploads of the largest return at once.
# `scripts/bench.sh portal` runs the portal's scenarios alone (about 3 minutes).
# `scripts/bench.sh soak` runs the two-node soak alone, and only it runs the soak (it is not in the full run): SOAK_USERS
# (default 50) district officers for SOAK_MINUTES (default 10) on two `vdw serve` nodes of one warehouse, a node killed
# with SIGKILL every SOAK_KILL_EVERY (default 2) minutes, in turn; about SOAK_MINUTES plus 2 minutes. A short trial:
# SOAK_USERS=10 SOAK_MINUTES=2 SOAK_KILL_EVERY=1 scripts/bench.sh soak (minutes may be fractional).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
readme="$root/tests/Benchmarks/README.md"
runs="${RUNS:-5}"
started=$SECONDS

dotnet build "$root/tests/Benchmarks/VolunteerDW.Benchmarks.csproj" -c Release --nologo -v quiet
vdw_dll="$root/etl/Host/bin/Release/net10.0/vdw.dll"
vdw=(dotnet "$vdw_dll")
bench=(dotnet "$root/tests/Benchmarks/bin/Release/net10.0/VolunteerDW.Benchmarks.dll")

# The portal as `vdw serve` runs it: upload to result, pages at many people at once, memory with many large uploads.
portal_scenarios() {
  echo "== the portal: upload to result for a typical return, against the loader in process"
  "${bench[@]}" portal-upload "$vdw_dll" "$work/quarter/2026Q2" "$work/template.db" "${PORTAL_UPLOADS:-40}" "$work" "$readme"
  echo "== the portal: the dashboard and a report page at ${PORTAL_PEOPLE:-50} signed-in people at once, against a static file"
  "${bench[@]}" portal-load "$vdw_dll" "$work/quarter/2026Q2" "$work/template.db" "$runs" "${PORTAL_PEOPLE:-50}" "${PORTAL_REQUESTS:-20}" "$work" "$readme"
  echo "== the portal: ${PORTAL_LARGE:-20} uploads of the largest return at once, the server's peak memory"
  "${bench[@]}" portal-memory "$vdw_dll" "$work/template.db" "$work/oversized" "${PORTAL_LARGE:-20}" "$work" "$readme"
}

echo "== a migrated warehouse and one quarter of sample returns"
"${vdw[@]}" migrate --connection "$work/template.db" > /dev/null
"${vdw[@]}" sample --from 2026Q2 --to 2026Q2 --out "$work/quarter" --connection "$work/template.db"
if [[ "${1:-}" == soak ]]; then
  echo "== two nodes on one warehouse: ${SOAK_USERS:-50} district officers for ${SOAK_MINUTES:-10} min, a node killed every ${SOAK_KILL_EVERY:-2} min"
  "${bench[@]}" cluster-soak "$vdw_dll" "$work/quarter/2026Q2" "$work/template.db" \
    "${SOAK_USERS:-50}" "${SOAK_MINUTES:-10}" "${SOAK_KILL_EVERY:-2}" "$work" "$readme"
  echo "== done in $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s; results in $readme"
  exit 0
fi
if [[ "${1:-}" == portal ]]; then
  portal_scenarios
  echo "== done in $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s; results in $readme"
  exit 0
fi

echo "== sample returns of ten quarters and of ten years"
"${vdw[@]}" sample --from 2024Q3 --to 2026Q4 --out "$work/ten-quarters" --connection "$work/template.db"
"${vdw[@]}" sample --from 2017Q1 --to 2026Q4 --out "$work/ten-years" --connection "$work/template.db"

echo "== load one national quarter against its floor"
"${bench[@]}" load-quarter "$work/quarter/2026Q2" "$work/template.db" "$runs" "$readme" "$work/quarter.runs"

echo "== ten years of returns (2017Q1-2026Q4) loaded as one backfill, against its floor"
"${bench[@]}" backfill "$work/ten-years" "$work/template.db" "${RUNS_BACKFILL:-3}" "$work/ten-years.db" "$readme" "$work/ten-years.runs"

echo "== the largest single return the limits allow, against its floor"
"${bench[@]}" oversized "$work/template.db" "$work/oversized" "$runs" "$readme"

echo "== load time by size: 1, 10 and 40 quarters"
"${bench[@]}" scaling "$work/template.db" "${RUNS_SCALING:-3}" "$readme" \
  1="$work/quarter.runs" 10="$work/ten-quarters" 40="$work/ten-years.runs"

echo "== the semi-annual report on the ten-year warehouse, per language and format"
"${bench[@]}" report "$work/ten-years.db" 2026H1 "$runs" "$readme"

echo "== micro-benchmarks (BenchmarkDotNet)"
"${bench[@]}" micro "$work/quarter" "$work/template.db" "$work/ten-years.db" 2026H1 "$readme"

portal_scenarios

before="${BEFORE:-63d0b50}"
if [[ "$before" != none ]] && git -C "$root" rev-parse -q --verify "$before^{commit}" > /dev/null; then
  echo "== before and after: the same loads by $before's build and by this one"
  mkdir "$work/before"
  git -C "$root" archive "$before" | tar -x -C "$work/before"
  dotnet build "$work/before/tests/Benchmarks/VolunteerDW.Benchmarks.csproj" -c Release --nologo -v quiet
  # The host has its own project under etl/Host since the layout showed the pipeline; earlier commits build vdw in etl/.
  before_vdw="$work/before/etl/Host/bin/Release/net10.0/vdw.dll"
  [[ -f "$before_vdw" ]] || before_vdw="$work/before/etl/bin/Release/net10.0/vdw.dll"
  dotnet "$before_vdw" migrate --connection "$work/before-template.db" > /dev/null
  after="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- etl warehouse reports tests/Benchmarks ':(exclude)tests/Benchmarks/README.md' || echo ' with changes')"
  "${bench[@]}" before-after "$work/before/tests/Benchmarks/bin/Release/net10.0/VolunteerDW.Benchmarks.dll" \
    "$work/before-template.db" "$work/template.db" "$(git -C "$root" rev-parse --short "$before")" "$after" "$readme" \
    "one national quarter@$runs=$work/quarter/2026Q2" \
    "ten-year backfill@${RUNS_BACKFILL:-3}=$work/ten-years" \
    "the largest return@$runs=$work/oversized"
  echo "== before and after: the semi-annual report by $before's build, on the same ten-year warehouse"
  dotnet "$work/before/tests/Benchmarks/bin/Release/net10.0/VolunteerDW.Benchmarks.dll" report "$work/ten-years.db" 2026H1 "$runs" "$work/report-before.md"
  "${bench[@]}" section "$readme" report-before "$work/report-before.md"
else
  echo "== before and after: skipped (BEFORE=$before is not a commit of this clone)"
fi

echo "== done in $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s; results in $readme"
