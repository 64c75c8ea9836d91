using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>One unit's return as drawn, with what is needed to write it and to correct it later.</summary>
internal sealed record UnitReturn(UnitContext Context, Submission Submission, DateTimeOffset SavedAt, IReadOnlyList<Programme> RowsOutsideQuarter)
{
    public string Kato => Context.Unit.KatoCode;

    /// <summary>The unit's name in the language its preparer writes in.</summary>
    public string UnitName => Context.Name(Context.Preparer.Language);
}

/// <summary>
/// Draws one unit's quarterly return from its own random stream (seed, quarter, KATO code), so
/// that a return does not depend on which other units are drawn, in what order or on which thread.
/// </summary>
internal sealed class ReturnFactory(DimensionSnapshot snapshot, UnitWeights weights, long seed)
{
    public UnitReturn District(DistrictPlan plan, Quarter quarter, UnitVersionRow region)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Draw(plan.Unit, region, quarter, plan.SubmittedOn, weights.District(plan.Unit.KatoCode), plan.Jump, plan.DatesOutside);
    }

    /// <summary>
    /// A region's own return (small: region-level organisations) with its <c>consolidated</c> sheet
    /// summed from its own rows and those of the districts that reported, and a mismatch when planned.
    /// </summary>
    public (UnitReturn Return, PlantedMismatch? Mismatch) Region(RegionPlan plan, Quarter quarter, IEnumerable<UnitReturn> districts)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var own = Draw(plan.Region, plan.Region, quarter, plan.SubmittedOn, weights.RegionOwn(plan.Districts.Select(d => d.Unit)), 1, false);
        var consolidated = Consolidation.Sum(own.Submission.Subjects, districts.Select(d => d.Submission.Subjects));
        PlantedMismatch? mismatch = null;
        if (plan.Mismatch)
        {
            var random = SampleRandom.For(seed, SampleStream.Mismatch, quarter, plan.Region.KatoCode);
            (consolidated, mismatch) = Consolidation.PlantMismatch(consolidated, plan.Region.KatoCode, random);
        }

        return (own with { Submission = own.Submission with { Consolidated = consolidated } }, mismatch);
    }

    private UnitReturn Draw(UnitVersionRow unit, UnitVersionRow region, Quarter quarter, DateOnly submittedOn, double share, double jump, bool datesOutside)
    {
        var random = SampleRandom.For(seed, SampleStream.Unit, quarter, unit.KatoCode);
        var preparer = Preparer.For(seed, unit, region.NameEn ?? string.Empty, quarter.Year);
        var context = new UnitContext(unit, quarter, preparer, snapshot);
        var subjects = SubjectRows.Draw(random, snapshot, quarter, share, jump);
        var programmes = ProgrammeRows.Draw(random, context, share).ToList();
        if (datesOutside)
        {
            // The first row is a programme or project (every unit has at least one project): they span weeks.
            programmes[0] = ProgrammeRows.OutsideQuarter(programmes[0], quarter, random);
        }

        var practices = PracticeRows.Draw(random, context);
        var header = new SubmissionHeader(SubmissionLayout.Format, unit.KatoCode, quarter, submittedOn,
            preparer.Name, preparer.Position, preparer.Phone, preparer.Email);
        return new UnitReturn(context, new Submission(header, subjects, programmes, practices, []),
            ReportingCalendar.OfficeHours(submittedOn, random), datesOutside ? [programmes[0]] : []);
    }
}
