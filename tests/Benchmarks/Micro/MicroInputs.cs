namespace VolunteerDW.Benchmarks.Micro;

/// <summary>
/// What the micro-benchmarks read, passed in environment variables so that they reach the
/// benchmarks whichever toolchain runs them, in this process or another.
/// </summary>
internal static class MicroInputs
{
    public static string Workbook => Get("VDW_BENCH_WORKBOOK");

    /// <summary>A migrated warehouse: units and codes to check a return against.</summary>
    public static string Template => Get("VDW_BENCH_TEMPLATE");

    /// <summary>A loaded warehouse to build the report from.</summary>
    public static string Warehouse => Get("VDW_BENCH_WAREHOUSE");

    public static string Half => Get("VDW_BENCH_HALF");

    public static void Set(string workbook, string template, string warehouse, string half)
    {
        Environment.SetEnvironmentVariable("VDW_BENCH_WORKBOOK", workbook);
        Environment.SetEnvironmentVariable("VDW_BENCH_TEMPLATE", template);
        Environment.SetEnvironmentVariable("VDW_BENCH_WAREHOUSE", warehouse);
        Environment.SetEnvironmentVariable("VDW_BENCH_HALF", half);
    }

    private static string Get(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set: run the micro-benchmarks through 'micro'.");
}
