using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>A quarter's reporting units and what is planted in their returns, decided before any return is drawn.</summary>
internal sealed record QuarterPlan(Quarter Quarter, IReadOnlyList<RegionPlan> Regions)
{
    public IEnumerable<DistrictPlan> Districts => Regions.SelectMany(r => r.Districts);
}

/// <summary>
/// A region's package: when the region sent its own return, when the ministry received the zip,
/// whether it is late, whether its claimed totals carry a planted mismatch, and its districts.
/// </summary>
internal sealed record RegionPlan(
    UnitVersionRow Region, DateOnly SubmittedOn, DateTimeOffset Received, bool Late, bool Mismatch, IReadOnlyList<DistrictPlan> Districts);

/// <summary>
/// A district's return: missing or not, when it was sent and whether late, a quarter-on-quarter
/// jump factor (1 for none), whether a row is dated outside the quarter, and a correction sent later.
/// </summary>
internal sealed record DistrictPlan(
    UnitVersionRow Unit, bool Missing, DateOnly SubmittedOn, bool Late, double Jump, bool DatesOutside, CorrectionPlan? Correction);

/// <summary>When a corrected version was sent and received.</summary>
internal sealed record CorrectionPlan(DateOnly SubmittedOn, DateTimeOffset Received);
