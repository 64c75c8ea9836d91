using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// The national picture the samples are drawn from: totals of the real figures (about 275,000
/// volunteers, 2,000 groups and 755 organisations in 2024; about 130,000 actions reaching 2 million
/// people in 2025), yearly growth, seasonality (Q3 highest, Q1 lowest) and the mix of activity types.
/// </summary>
internal static class SampleProfile
{
    /// <summary>Yearly growth of every national total.</summary>
    public const double YearlyGrowth = 0.08;

    /// <summary>The share of a region's own return (region-level organisations) in the region's figures.</summary>
    public const double RegionOwnShare = 0.04;

    /// <summary>Actions per quarter, on average over 2024; with growth about 130,000 in 2025.</summary>
    public const double ActionsPerQuarter = 30_000;

    /// <summary>Share of programmes, projects and actions run with a state body.</summary>
    public const double StatePartnerShare = 0.35;

    private const int AnchorYear = 2024;

    // Subject counts vary less over the year than events do: people stay registered in winter.
    private static readonly double[] SubjectSeason = [0.96, 1.00, 1.05, 0.99];
    private static readonly double[] ActionSeason = [0.78, 1.04, 1.22, 0.96];

    // Averages over 2024; coordinators are an estimate (the press gives no figure).
    private static readonly Dictionary<string, double> SubjectTotals = new(StringComparer.Ordinal)
    {
        ["volunteer"] = 280_000,
        ["volunteer_group"] = 2_000,
        ["volunteer_organization"] = 760,
        ["coordinator"] = 1_150,
    };

    private static readonly Dictionary<string, double> ActivityMix = new(StringComparer.Ordinal)
    {
        ["social_assistance"] = 0.27,
        ["environment"] = 0.24,
        ["social_services"] = 0.13,
        ["emergency_support"] = 0.09,
        ["disaster_relief"] = 0.07,
        ["search"] = 0.05,
        ["other"] = 0.15,
    };

    private static readonly Dictionary<string, (int Min, int Max)> PeoplePerSubject = new(StringComparer.Ordinal)
    {
        ["volunteer"] = (1, 1),
        ["coordinator"] = (1, 2),
        ["volunteer_group"] = (5, 15),
        ["volunteer_organization"] = (10, 40),
    };

    // Regions where returns are more often written in Russian: the north, the east and the two largest cities.
    private static readonly Dictionary<string, double> RussianShareByRegion = new(StringComparer.Ordinal)
    {
        ["11"] = 0.7,
        ["35"] = 0.65,
        ["39"] = 0.7,
        ["55"] = 0.7,
        ["59"] = 0.75,
        ["63"] = 0.65,
        ["15"] = 0.45,
        ["71"] = 0.5,
        ["75"] = 0.55,
        ["62"] = 0.45,
    };

    /// <summary>Growth against the 2024 average, at the middle of the quarter.</summary>
    public static double Growth(Quarter quarter) =>
        Math.Pow(1 + YearlyGrowth, quarter.Year - AnchorYear + ((quarter.Number - 2.5) / 4));

    /// <summary>The expected national number of active subjects of a type in a quarter; codes added to the classifier later get a small default.</summary>
    public static double NationalSubjects(string subjectType, Quarter quarter) =>
        SubjectTotals.GetValueOrDefault(subjectType, 500) * Growth(quarter) * SubjectSeason[quarter.Number - 1];

    public static double NationalActions(Quarter quarter) => ActionsPerQuarter * Growth(quarter) * ActionSeason[quarter.Number - 1];

    /// <summary>The relative weight of an activity type; codes the ministry adds later get a small one.</summary>
    public static double ActivityWeight(string activityType) => ActivityMix.GetValueOrDefault(activityType, 0.05);

    /// <summary>How many people one subject of a type stands for: a volunteer is one person, an organisation tens.</summary>
    public static (int Min, int Max) People(string subjectType) => PeoplePerSubject.GetValueOrDefault(subjectType, (1, 5));

    /// <summary>How likely a text in a unit's return is Russian rather than Kazakh, by the unit's region.</summary>
    public static double RussianShare(string regionKato) => RussianShareByRegion.GetValueOrDefault(regionKato[..2], 0.25);
}
