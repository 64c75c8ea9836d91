namespace VolunteerDW.Warehouse.Timeliness;

/// <summary>
/// The statements <see cref="TimelinessEvaluator"/> runs, parameterised, written once for both
/// engines (the tests parse each as T-SQL and allow only functions both engines have).
/// </summary>
public static class TimelinessSql
{
    public const string QuarterDeadlines =
        "SELECT tier1_deadline_key AS Tier1, tier2_deadline_key AS Tier2 FROM dim_quarter WHERE quarter_key = @quarter";

    /// <summary>
    /// The first version of every return of a quarter that was sent up, and the day it counts from
    /// (<c>v_sent_up</c>): timeliness is judged on it. A region's return loaded through the portal but
    /// not yet sent in a package has none.
    /// </summary>
    public const string FirstVersions =
        """
        SELECT v.unit_kato AS UnitKato, v.submission_key AS SubmissionKey, v.sent_up_key AS SentUpKey
        FROM v_sent_up AS v
        WHERE v.quarter_key = @quarter AND v.sent_up_key IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM v_sent_up AS e
                          WHERE e.unit_kato = v.unit_kato AND e.quarter_key = v.quarter_key AND e.sent_up_key IS NOT NULL AND e.version < v.version)
        """;

    /// <summary>What is stored for a quarter, to compare with an evaluation (columns named after <see cref="TimelinessRow"/>).</summary>
    public const string StoredQuarter =
        """
        SELECT quarter_key AS QuarterKey, region_sk AS RegionSk, tier AS Tier, deadline_key AS DeadlineKey, first_submission_key AS FirstSubmissionKey,
               first_accepted_date_key AS AcceptedDateKey, days_late AS DaysLate, status AS Status
        FROM fact_submission_timeliness
        WHERE quarter_key = @quarter
        """;

    public const string ClearQuarter = "DELETE FROM fact_submission_timeliness WHERE quarter_key = @quarter";

    public const string ClearUnit = "DELETE FROM fact_submission_timeliness WHERE quarter_key = @quarter AND region_sk = @region_sk";

    /// <summary>One row, its values named after the members of <see cref="TimelinessRow"/>, which binds itself.</summary>
    public const string Insert =
        """
        INSERT INTO fact_submission_timeliness (quarter_key, region_sk, tier, deadline_key, first_submission_key,
                                                first_accepted_date_key, days_late, status, evaluated_at_utc)
        VALUES (@QuarterKey, @RegionSk, @Tier, @DeadlineKey, @FirstSubmissionKey, @AcceptedDateKey,
                @DaysLate, @Status, @EvaluatedAtUtc)
        """;
}
