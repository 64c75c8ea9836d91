using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>One move as a return's timeline shows it: what, to where, on which version, why, by whom and when, and how long the answer took.</summary>
public sealed record TimelineEntry(long MoveKey, string Move, Label MoveName, string? FromState, string ToState, Label ToName, string? Reason,
    string? Actor, string? ActorName, string? ActorRole, DateTime AtUtc, int? DaysWaiting, int? Version)
{
    /// <summary>For a package's sending, the districts it listed as each stood then; empty otherwise.</summary>
    public IReadOnlyList<PackagedDistrict> Districts { get; init; } = [];
}

/// <summary>A district as a package listed it when it was sent.</summary>
public sealed record PackagedDistrict(string UnitKato, string State, Label StateName);

/// <summary>Every move on one unit's return (or a region's package) for a quarter, oldest first; a package's sending with the districts it listed.</summary>
public static class ReturnTimeline
{
    public static async Task<IReadOnlyList<TimelineEntry>> ReadAsync(DbConnection connection, string unitKato, Quarter quarter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var where = new { unit = unitKato, quarter = quarter.Key };
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(WorkflowSql.Timeline, where, cancellationToken: cancellationToken));
        var listed = (await connection.QueryAsync<(long MoveKey, string UnitKato, string State, string Kk, string Ru, string En)>(
                new CommandDefinition(WorkflowSql.PackageDistricts, where, cancellationToken: cancellationToken)))
            .ToLookup(d => d.MoveKey, d => new PackagedDistrict(d.UnitKato, d.State, new Label(d.Kk, d.Ru, d.En)));
        return [.. rows.Select(r => new TimelineEntry(r.MoveKey, r.Move, new Label(r.MoveKk, r.MoveRu, r.MoveEn), r.FromState, r.ToState, new Label(r.ToKk, r.ToRu, r.ToEn),
            r.Reason, r.Actor, r.ActorName, r.ActorRole, r.AtUtc, r.DaysWaiting, r.Version) { Districts = [.. listed[r.MoveKey]] })];
    }

    // Read by property, so each engine's integer and time types convert alike.
    private sealed record Row
    {
        public long MoveKey { get; init; }

        public string Move { get; init; } = string.Empty;

        public string MoveKk { get; init; } = string.Empty;

        public string MoveRu { get; init; } = string.Empty;

        public string MoveEn { get; init; } = string.Empty;

        public string? FromState { get; init; }

        public string ToState { get; init; } = string.Empty;

        public string ToKk { get; init; } = string.Empty;

        public string ToRu { get; init; } = string.Empty;

        public string ToEn { get; init; } = string.Empty;

        public string? Reason { get; init; }

        public string? Actor { get; init; }

        public string? ActorName { get; init; }

        public string? ActorRole { get; init; }

        public DateTime AtUtc { get; init; }

        public int? DaysWaiting { get; init; }

        public int? Version { get; init; }
    }
}
