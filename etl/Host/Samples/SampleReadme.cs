namespace VolunteerDW.Host.Samples;

/// <summary>The <c>README.md</c> written beside the samples, saying what is where and what was planted.</summary>
internal static class SampleReadme
{
    public const string FileName = "README.md";

    public static string Text(SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"""
            # Sample quarterly returns, {options.From}–{options.To}

            Written by `vdw sample --from {options.From} --to {options.To} --seed {options.Seed}`. Every file follows
            from the seed and the warehouse's units and classifiers: the same command gives the same bytes.
            The returns are valid `vdw-submission/1` workbooks; what is wrong with some of them is wrong on
            purpose, and listed in `manifest.json`.

            ## Layout

            | path | what |
            |---|---|
            | `<quarter>/<region_kato>.zip` | a region's package to the ministry: `<region_kato>.xlsx`, the region's own return with its `consolidated` sheet, and `<unit_kato>.xlsx` for each of its districts that reported |
            | `<quarter>/corrections/<unit_kato>_v2.xlsx` | a corrected version of a district's return, sent after the package |
            | `manifest.json` | what was planted, quarter by quarter, and national totals |
            | `README.md` | this page |

            Each quarter's folder is replaced when that quarter is generated again.

            ## Dates and times

            Times are Kazakhstan time (Asia/Almaty: UTC+6 before 1 March 2024, UTC+5 since), in office hours.

            - A zip entry is dated when its unit sent the return (`submitted_on` in the workbook): districts
              mostly on the 1st–5th of the month after the quarter, a few late (6th–14th); a region a day or
              two before its package reached the ministry.
            - A zip file's modification time is when the ministry received it: mostly the 6th–10th, a few
              regions late (11th–20th). The loader takes received times from it (`vdw load --received mtime`).
            - Corrections are sent on the 15th–26th and received a day or two later (file modification time),
              after every package of the quarter; `corrections/` sorts after the zips.

            ## What is in a return

            - `subjects`: every subject type × activity type; national totals near the real figures (about
              280,000 volunteers, 2,000 groups, 760 organisations and 1,150 coordinators in 2024, growing 8% a
              year; Q3 highest, Q1 lowest), split by population (the median region's where unknown) and, within
              a region, by weights drawn once per district. A few cells are blank (not reported); small units
              report real zeros. A region's own rows are small.
            - `consolidated` (regions): its own rows plus those of the districts that reported, blanks counting
              as not reported.
            - `programmes`: 0–2 programmes, 1–6 projects per unit, and about 30,000 actions a quarter nationally
              (Q3 most), reaching about 2 million people a year; 35% with a state partner.
            - `practices`: positive experience, problems and proposals in Kazakh or Russian; units drawing the
              same proposal word it nearly alike.

            ## Planted, and listed in `manifest.json` per quarter

            | key | what |
            |---|---|
            | `missing_units` | districts (about 1%) whose returns are absent from their region's zip and its `consolidated` |
            | `late_districts` | districts that sent after the 5th (`submitted_on`) |
            | `late_regions` | packages received after the 10th (`received` = the zip's modification time) |
            | `corrections` | v2 files: every count changed (`from` → `to`) and the programme row added or removed |
            | `reconciliation_mismatches` | a region's claimed cell changed by 3–15%: `claimed` against `true_sum` of the returns in its zip |
            | `jumps` | districts whose subjects changed beyond threefold: `planted` spikes and the fall back `after_planted` |
            | `programmes_outside_quarter` | rows (sheet row numbers) of `programmes` dated partly outside the quarter |
            | `totals` | national totals of the current versions (corrections replace what they correct; claims left out) |

            Corrections change counts after the region summed them: reconciled against current versions, the
            corrected cells differ from the region's claim as well, by the amounts listed.

            """;
    }
}
