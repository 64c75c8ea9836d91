using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.History;

/// <summary>
/// One accepted version of a unit's quarterly return, as the warehouse records it: when it was
/// received and in which file, whether it is the version that counts (<c>v_returns.is_current</c>),
/// and the return's timeliness as stored (<c>fact_submission_timeliness</c>, judged on the first
/// accepted version, which <see cref="CountsForTimeliness"/> marks).
/// </summary>
public sealed record ReturnVersion
{
    public int SubmissionKey { get; init; }

    public string UnitKato { get; init; } = string.Empty;

    public string UnitNameKk { get; init; } = string.Empty;

    public string UnitNameRu { get; init; } = string.Empty;

    /// <summary>The unit's version the return belongs to (<c>dim_region.region_sk</c>), as at the quarter's end.</summary>
    public int RegionSk { get; init; }

    public int QuarterKey { get; init; }

    public int Version { get; init; }

    public bool IsCurrent { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    public int SubmittedOnKey { get; init; }

    /// <summary>The workbook's file name as the load was given it.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The zip package the workbook came in, if any.</summary>
    public string? PackageName { get; init; }

    /// <summary>Who prepared it, as its <c>submission</c> sheet says.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>The return's stored status (on time, late, missing, pending), or null when it was never evaluated.</summary>
    public string? TimelinessStatus { get; init; }

    public string? TimelinessNameKk { get; init; }

    public string? TimelinessNameRu { get; init; }

    public int? DaysLate { get; init; }

    public bool CountsForTimeliness { get; init; }

    public Label UnitName => new(UnitNameKk, UnitNameRu, UnitNameRu);

    public Quarter Quarter => new(QuarterKey / 10, QuarterKey % 10);

    public DateTimeOffset ReceivedAt => StoredTime.Read(ReceivedAtUtc);

    public DateOnly SubmittedOn => DateKeys.ToDate(SubmittedOnKey);

    /// <summary>The stored status's name, as <c>dim_code_label</c> has it.</summary>
    public Label? Timeliness => TimelinessStatus is null ? null : new(TimelinessNameKk ?? TimelinessStatus, TimelinessNameRu ?? TimelinessStatus, TimelinessStatus);
}

/// <summary>The versions of quarterly returns, newest quarter first, each unit's latest version first.</summary>
public static class ReturnHistory
{
    /// <summary>Every version of the returns of a unit (or every unit) for a quarter (or every quarter); who may see which is the caller's to decide.</summary>
    public static async Task<IReadOnlyList<ReturnVersion>> ReadAsync(DbConnection connection, string? unitKato, Quarter? quarter,
        CancellationToken cancellationToken = default) =>
        [.. await connection.QueryAsync<ReturnVersion>(new CommandDefinition(HistorySql.Versions,
            new { unit = unitKato, quarter = quarter?.Key }, cancellationToken: cancellationToken))];
}
