namespace VolunteerDW.Warehouse.Timeliness;

/// <summary>
/// The statements <see cref="TimelinessEvaluator"/> runs, parameterised, written once for both
/// engines (the tests parse each as T-SQL and allow only functions both engines have).
/// </summary>
public static class TimelinessSql
{
    public const string QuarterDeadlines =
        "SELECT tier1_deadline_key AS Tier1, tier2_deadline_key AS Tier2 FROM dim_quarter WHERE quarter_key = @quarter";

    /// <summary>The first accepted version of every return of a quarter: timeliness is judged on it.</summary>
    public const string FirstVersions =
        """
        SELECT unit_kato AS UnitKato, submission_key AS SubmissionKey, submitted_on_key AS SubmittedOnKey,
               received_date_key AS ReceivedDateKey
        FROM dim_submission
        WHERE quarter_key = @quarter AND version = 1
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
