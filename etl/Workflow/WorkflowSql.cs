namespace VolunteerDW.Etl.Workflow;

/// <summary>The statements of the approval workflow, parameterised and written once for both engines.</summary>
public static class WorkflowSql
{
    /// <summary>Where a unit's return stands for a quarter: its state, its region's package's state, its current version.</summary>
    public const string Standing =
        """
        SELECT (SELECT w.state FROM workflow_state AS w WHERE w.unit_kato = @unit AND w.quarter_key = @quarter) AS State,
               (SELECT p.state FROM workflow_state AS p WHERE p.unit_kato = @region AND p.quarter_key = @quarter AND p.tier = 2) AS PackageState,
               (SELECT s.submission_key FROM dim_submission AS s WHERE s.unit_kato = @unit AND s.quarter_key = @quarter AND s.status = 'current') AS SubmissionKey
        """;

    /// <summary>Moves a return on, only from the state it was read in: a move made meanwhile by someone else makes this one change nothing.</summary>
    public const string Advance =
        """
        UPDATE workflow_state
        SET state = @to, submission_key = @submission, last_move_key = @move, changed_at_utc = @at
        WHERE unit_kato = @unit AND quarter_key = @quarter AND state = @from
        """;

    /// <summary>A return's first state.</summary>
    public const string Start =
        """
        INSERT INTO workflow_state (unit_kato, quarter_key, tier, state, submission_key, last_move_key, changed_at_utc)
        VALUES (@unit, @quarter, @tier, @to, @submission, @move, @at)
        """;

    /// <summary>One move on the record.</summary>
    public const string InsertMove =
        """
        INSERT INTO fact_return_move (unit_kato, region_sk, quarter_key, tier, submission_key, move, from_state, to_state, reason,
                                      actor_user_name, actor_role, at_utc, at_date_key, days_waiting)
        VALUES (@unit, @region_sk, @quarter, @tier, @submission, @move, @from, @to, @reason, @actor, @role, @at, @day, @waiting)
        """;

    /// <summary>The day in Kazakhstan a return was last sent (or a package last sent), for how long its answer took.</summary>
    public const string LastSentDay =
        """
        SELECT MAX(at_date_key) FROM fact_return_move
        WHERE unit_kato = @unit AND quarter_key = @quarter AND move = @move
        """;

    /// <summary>One district as a package lists it.</summary>
    public const string InsertPackageDistrict =
        """
        INSERT INTO fact_package_district (move_key, unit_kato, state, submission_key)
        VALUES (@move, @unit, @state, @submission)
        """;

    /// <summary>
    /// Every unit's current return of a quarter with where it stands (and why, when the move that put
    /// it there had a reason), its version, when it was received, and the last version ever accepted.
    /// </summary>
    public const string QuarterReturns =
        """
        SELECT s.unit_kato AS UnitKato, s.submission_key AS SubmissionKey, s.version AS Version, s.received_at_utc AS ReceivedAtUtc,
               w.state AS State, m.reason AS Reason,
               (SELECT MAX(a.version) FROM fact_return_move AS am JOIN dim_submission AS a ON a.submission_key = am.submission_key
                WHERE am.unit_kato = s.unit_kato AND am.quarter_key = s.quarter_key AND am.move IN ('accepted', 'package_accepted')) AS AcceptedVersion
        FROM dim_submission AS s
        LEFT JOIN workflow_state AS w ON w.unit_kato = s.unit_kato AND w.quarter_key = s.quarter_key
        LEFT JOIN fact_return_move AS m ON m.move_key = w.last_move_key
        WHERE s.quarter_key = @quarter AND s.status = 'current'
        """;

    /// <summary>Every move on one unit's return (or package) for a quarter, oldest first, with the version it concerned and the names of its states and move.</summary>
    public const string Timeline =
        """
        SELECT m.move_key AS MoveKey, m.move AS Move, mv.name_kk AS MoveKk, mv.name_ru AS MoveRu, mv.name_en AS MoveEn,
               m.from_state AS FromState, m.to_state AS ToState, st.name_kk AS ToKk, st.name_ru AS ToRu, st.name_en AS ToEn,
               m.reason AS Reason, m.actor_user_name AS Actor, u.display_name AS ActorName, m.actor_role AS ActorRole,
               m.at_utc AS AtUtc, m.days_waiting AS DaysWaiting, s.version AS Version
        FROM fact_return_move AS m
        JOIN dim_code_label AS mv ON mv.code_list = 'workflow_move' AND mv.code = m.move
        JOIN dim_code_label AS st ON st.code_list = 'workflow_state' AND st.code = m.to_state
        LEFT JOIN dim_submission AS s ON s.submission_key = m.submission_key
        LEFT JOIN portal_user AS u ON u.user_name = m.actor_user_name
        WHERE m.unit_kato = @unit AND m.quarter_key = @quarter
        ORDER BY m.move_key
        """;

    /// <summary>The names of the workflow's states, for the pages.</summary>
    public const string StateNames =
        """
        SELECT code AS Code, name_kk AS Kk, name_ru AS Ru, name_en AS En FROM dim_code_label WHERE code_list = 'workflow_state'
        """;

    /// <summary>The districts a package listed when it was sent, as each stood then, with the names of their states.</summary>
    public const string PackageDistricts =
        """
        SELECT d.move_key AS MoveKey, d.unit_kato AS UnitKato, d.state AS State, l.name_kk AS Kk, l.name_ru AS Ru, l.name_en AS En
        FROM fact_package_district AS d
        JOIN fact_return_move AS m ON m.move_key = d.move_key
        JOIN dim_code_label AS l ON l.code_list = 'workflow_state' AND l.code = d.state
        WHERE m.unit_kato = @unit AND m.quarter_key = @quarter
        ORDER BY d.move_key, d.unit_kato
        """;

    /// <summary>Who sent each version of one unit's return for a quarter, and when it was received: a person through the portal, or the inbox (no one).</summary>
    public const string VersionSenders =
        """
        SELECT s.version AS Version, m.actor_user_name AS Actor, u.display_name AS ActorName, s.received_at_utc AS ReceivedAtUtc
        FROM dim_submission AS s
        LEFT JOIN fact_return_move AS m ON m.submission_key = s.submission_key AND m.move = 'sent'
        LEFT JOIN portal_user AS u ON u.user_name = m.actor_user_name
        WHERE s.unit_kato = @unit AND s.quarter_key = @quarter
        ORDER BY s.version
        """;

    /// <summary>For a quarter (and a region, or all), per tier: how many returns were accepted and sent back, and how many days an acceptance took on average and at most.</summary>
    public const string AcceptanceTimes =
        """
        SELECT reporting_tier AS Tier,
               SUM(CAST(CASE WHEN move IN ('accepted', 'package_accepted') THEN 1 ELSE 0 END AS BIGINT)) AS Accepted,
               SUM(CAST(is_return AS BIGINT)) AS Returned,
               AVG(CAST(CASE WHEN move IN ('accepted', 'package_accepted') THEN days_waiting END AS FLOAT)) AS MeanDays,
               MAX(CASE WHEN move IN ('accepted', 'package_accepted') THEN days_waiting END) AS MaxDays
        FROM v_return_moves
        WHERE quarter_key = @quarter AND (@region IS NULL OR region_kato = @region)
        GROUP BY reporting_tier
        """;
}
