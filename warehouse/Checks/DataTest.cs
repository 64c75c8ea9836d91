namespace VolunteerDW.Warehouse.Checks;

/// <summary>
/// A data test: a query that returns the rows violating one invariant of the warehouse. It passes
/// when the query returns nothing.
/// </summary>
/// <param name="Name">A stable name, e.g. <c>unique_dim_region_region_sk</c>.</param>
/// <param name="Description">What must hold, in a sentence.</param>
/// <param name="Sql">The query, written once for both engines.</param>
public sealed record DataTest(string Name, string Description, string Sql);

/// <summary>The outcome of one data test.</summary>
/// <param name="Test">The test.</param>
/// <param name="Failures">How many rows violate it.</param>
/// <param name="Examples">The first few violating rows, rendered as text.</param>
public sealed record DataTestResult(DataTest Test, long Failures, IReadOnlyList<string> Examples)
{
    /// <summary>Whether the invariant holds.</summary>
    public bool Passed => Failures == 0;
}
