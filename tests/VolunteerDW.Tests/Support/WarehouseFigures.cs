using System.Data.Common;
using Dapper;

namespace VolunteerDW.Tests.Support;

/// <summary>Row counts and sums of every table a load writes: a fingerprint to prove "nothing changed".</summary>
public sealed record WarehouseFigures(string Fingerprint)
{
    private const string Sql =
        """
        SELECT 'dim_submission' || ':' || COUNT(*) || ':' || COALESCE(SUM(version), 0) FROM dim_submission
        UNION ALL SELECT 'fact_subjects:' || COUNT(*) || ':' || COALESCE(SUM(subjects), 0) || ':' || COALESCE(SUM(people), 0) FROM fact_subjects
        UNION ALL SELECT 'fact_programme:' || COUNT(*) || ':' || COALESCE(SUM(volunteers), 0) FROM fact_programme
        UNION ALL SELECT 'fact_practice:' || COUNT(*) FROM fact_practice
        UNION ALL SELECT 'fact_region_claim:' || COUNT(*) || ':' || COALESCE(SUM(subjects), 0) FROM fact_region_claim
        UNION ALL SELECT 'fact_submission_timeliness:' || COUNT(*) FROM fact_submission_timeliness
        UNION ALL SELECT 'fact_dq_finding:' || COUNT(*) FROM fact_dq_finding
        UNION ALL SELECT 'stg:' || (SELECT COUNT(*) FROM stg_subject_count) || ':' || (SELECT COUNT(*) FROM stg_programme) || ':' || (SELECT COUNT(*) FROM stg_practice)
        """;

    public static async Task<WarehouseFigures> ReadAsync(DbConnection connection) =>
        new(string.Join(" | ", await connection.QueryAsync<string>(Sql)));
}
