namespace VolunteerDW.Portal.Reporting;

/// <summary>The statement that tells whether anything a report reads has changed.</summary>
public static class ReportCacheSql
{
    /// <summary>
    /// Every load and every check is a run (<c>etl_run</c>) — they are what writes returns, their
    /// figures, timeliness and reconciliation findings; reference figures are imported without one,
    /// so their count and latest import time (a replaced figure gets a new one) are read too.
    /// </summary>
    public const string DataStamp =
        """
        SELECT
            (SELECT MAX(run_key) FROM etl_run) AS latest_run,
            (SELECT COUNT(*) FROM ref_population) AS population_figures,
            (SELECT MAX(imported_at_utc) FROM ref_population) AS population_imported,
            (SELECT COUNT(*) FROM ref_wage) AS wage_figures,
            (SELECT MAX(imported_at_utc) FROM ref_wage) AS wage_imported
        """;
}
