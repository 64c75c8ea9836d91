using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>A region's figures for the half, with its rate per 10,000 people where its population is known, and the date of that population figure.</summary>
public sealed record RegionLine(string Kato, Label Name, long? Population, DateOnly? PopulationAsOf, PeriodFigures Figures, double? VolunteersPer10000, int? Rank);

/// <summary>A region's volunteers now against the same half a year earlier.</summary>
public sealed record RegionChange(string Kato, Label Name, long Earlier, long Now, double Change);

/// <summary>A region whose volunteers fell in each quarter of the half against the quarter before.</summary>
public sealed record RegionDecline(string Kato, Label Name, long Before, long First, long Second);
