using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// The <c>programmes</c> sheet of a return: 0–2 programmes (lasting months), 1–6 projects (weeks)
/// and the unit's share of the nation's actions (one day each), all dated inside the quarter.
/// About 2 million people a year are reached in all.
/// </summary>
internal static class ProgrammeRows
{
    private static readonly Dictionary<string, Shape> Shapes = new(StringComparer.Ordinal)
    {
        [ProgrammeKinds.Programme] = new(20, 200, 50, 1200, 30, 88, NoFunding: 0.50, ZeroFunding: 0.10),
        [ProgrammeKinds.Project] = new(10, 120, 10, 400, 7, 42, NoFunding: 0.65, ZeroFunding: 0.10),
        [ProgrammeKinds.Action] = new(3, 60, 2, 32, 1, 1, NoFunding: 0.88, ZeroFunding: 0.07),
    };

    public static IReadOnlyList<Programme> Draw(SampleRandom random, UnitContext unit, double share)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(unit);
        var kinds = Enumerable.Repeat(ProgrammeKinds.Programme, random.Between(0, 2))
            .Concat(Enumerable.Repeat(ProgrammeKinds.Project, random.Between(1, 6)))
            .Concat(Enumerable.Repeat(ProgrammeKinds.Action, (int)random.Count(SampleProfile.NationalActions(unit.Quarter) * share)))
            .ToList();
        // Two draws can come out alike in every field, which a return may not contain: keep one.
        return [.. kinds.Select(kind => One(random, unit, kind, 0))
            .DistinctBy(p => p)
            .Select((p, i) => p with { SourceRow = SubmissionLayout.FirstDataRow + i })];
    }

    /// <summary>One programme, project or action dated inside the quarter.</summary>
    public static Programme One(SampleRandom random, UnitContext unit, string kind, int sourceRow)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(unit);
        var shape = Shapes[kind];
        var language = unit.Preparer.TextLanguage(random);
        var activityType = unit.ActivityType(random);
        var quarter = unit.Quarter;
        var length = random.Between(shape.DaysMin, shape.DaysMax);
        var start = quarter.FirstDay.AddDays(random.Next(quarter.LastDay.DayNumber - quarter.FirstDay.DayNumber + 2 - length));
        DateOnly? end = kind == ProgrammeKinds.Action && random.Chance(0.1) ? null : start.AddDays(length - 1);
        var volunteers = (long)Math.Round(random.LogUniform(shape.VolunteersMin, shape.VolunteersMax));
        var beneficiaries = (long)Math.Round(random.LogUniform(shape.BeneficiariesMin, shape.BeneficiariesMax));
        return new Programme(sourceRow, kind,
            PhraseBank.Shipped.Title(random, language, kind, activityType, unit.Name(language), quarter.Year),
            activityType, start, end,
            random.Chance(SampleProfile.StatePartnerShare) ? PhraseBank.Shipped.Partner(random, language) : null,
            volunteers,
            random.Chance(0.02) ? null : beneficiaries,
            volunteers * random.Between(2, 8),
            Funding(random, shape));
    }

    /// <summary>Moves a row's start into the previous quarter or its end into the next one.</summary>
    public static Programme OutsideQuarter(Programme row, Quarter quarter, SampleRandom random)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(random);
        return random.Chance(0.5)
            ? row with { StartDate = quarter.FirstDay.AddDays(-random.Between(15, 60)) }
            : row with { EndDate = quarter.LastDay.AddDays(random.Between(10, 45)) };
    }

    private static long? Funding(SampleRandom random, Shape shape)
    {
        var draw = random.NextDouble();
        return draw < shape.NoFunding ? null
            : draw < shape.NoFunding + shape.ZeroFunding ? 0
            : (long)Math.Round(random.LogUniform(50_000, 5_000_000) / 1_000) * 1_000;
    }

    private sealed record Shape(int VolunteersMin, int VolunteersMax, double BeneficiariesMin, double BeneficiariesMax,
        int DaysMin, int DaysMax, double NoFunding, double ZeroFunding);
}
