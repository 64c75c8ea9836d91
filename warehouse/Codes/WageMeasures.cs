namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// The Bureau's monthly wage figures the warehouse keeps (<c>ref_wage.measure</c>), in tenge. Which
/// one volunteer work is valued at is set in the view <c>v_work_valuation</c>.
/// </summary>
public static class WageMeasures
{
    /// <summary>The list's name in <c>dim_code_label</c> and the header of a wages file's column.</summary>
    public const string List = "wage_measure";

    public const string AverageNominal = "average_monthly_nominal_wage", Median = "median_monthly_wage", Minimum = "minimum_monthly_wage";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [AverageNominal, Median, Minimum];
}
