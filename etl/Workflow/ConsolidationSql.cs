namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// The statements behind a region's consolidated figures (<see cref="Consolidation"/>), parameterised
/// and written once for both engines. Parameters: <c>@region</c> (its KATO code), <c>@quarter</c>
/// (yyyyq), <c>@accepted</c> (<see cref="Warehouse.Codes.WorkflowStates.AcceptedByRegion"/>).
/// </summary>
public static class ConsolidationSql
{
    // The returns that count towards a region's consolidated figures: the current version of each
    // district's return that counts for the region at the quarter's end (the region_kato of the unit
    // version the return was loaded under) and stands accepted by the region on that very version, and
    // the region's own current return. One rule, which the figures and the list of districts both read.
    private const string Counted =
        """
        counted AS (
            SELECT s.submission_key, s.unit_kato, s.tier
            FROM dim_submission AS s
            JOIN dim_region AS r ON r.region_sk = s.region_sk
            LEFT JOIN workflow_state AS w ON w.unit_kato = s.unit_kato AND w.quarter_key = s.quarter_key
            WHERE s.quarter_key = @quarter AND s.status = 'current' AND r.region_kato = @region
              AND (s.tier = 2 OR (w.state = @accepted AND w.submission_key = s.submission_key))
        )
        """;

    /// <summary>
    /// Per subject type and activity type that any counted return has a row for, and per tier: the
    /// sum of the accepted districts' figures (tier 1) and the region's own (tier 2). SUM skips
    /// blanks, so a cell every return left blank ("not reported") stays blank.
    /// </summary>
    public const string Figures =
        $"""
        WITH {Counted}
        SELECT f.subject_type_key AS SubjectTypeKey, f.activity_type_key AS ActivityTypeKey, c.tier AS Tier,
               SUM(CAST(f.subjects AS BIGINT)) AS Subjects, SUM(CAST(f.people AS BIGINT)) AS People,
               SUM(CAST(f.new_subjects AS BIGINT)) AS NewSubjects
        FROM counted AS c
        JOIN fact_subjects AS f ON f.submission_key = c.submission_key
        GROUP BY f.subject_type_key, f.activity_type_key, c.tier
        """;

    /// <summary>The districts and cities whose returns the figures count.</summary>
    public const string CountedDistricts =
        $"""
        WITH {Counted}
        SELECT c.unit_kato FROM counted AS c WHERE c.tier = 1
        """;

    /// <summary>What the region claimed for its whole territory: the consolidated sheet of its current return.</summary>
    public const string Claims =
        """
        SELECT c.subject_type_key AS SubjectTypeKey, c.activity_type_key AS ActivityTypeKey, s.tier AS Tier,
               c.subjects AS Subjects, c.people AS People, c.new_subjects AS NewSubjects
        FROM fact_region_claim AS c
        JOIN dim_submission AS s ON s.submission_key = c.submission_key
        WHERE s.unit_kato = @region AND s.quarter_key = @quarter AND s.status = 'current'
        """;
}
