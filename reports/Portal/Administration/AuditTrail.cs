using Dapper;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Administration;

/// <summary>
/// What an administrator asks of the audit log: whose events, which action, between which
/// Kazakhstan days (both included), and text the subject contains; each left out when null.
/// </summary>
public sealed record AuditFilter(string? User, string? Action, DateOnly? From, DateOnly? To, string? Subject)
{
    public static readonly AuditFilter None = new(null, null, null, null, null);
}

/// <summary>One event on the record (<c>portal_audit</c>).</summary>
public sealed record AuditEntry
{
    public long AuditKey { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>Who did it; null when nobody was signed in.</summary>
    public string? UserName { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; init; } = string.Empty;

    public string? Subject { get; init; }

    public string? RemoteAddress { get; init; }
}

/// <summary>A page of the audit log, newest first, and whether older events follow it.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Number, bool HasOlder);

/// <summary>Reads the portal's audit log for its administrators: a page of it at a time, filtered, and who last signed in when.</summary>
public static class AuditTrail
{
    public const int PageSize = 50;

    public static async Task<AuditPage> ReadAsync(WarehouseConnectionFactory connections, AuditFilter filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(1, page);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        // One row more than a page says whether there is an older page.
        var rows = (await connection.QueryAsync<AuditEntry>(new CommandDefinition(AccountSql.AuditPage, new
        {
            user = Given(filter.User),
            action = Given(filter.Action),
            fromUtc = filter.From is { } from ? StoredTime.Of(KazakhstanTime.At(from.ToDateTime(TimeOnly.MinValue))) : (DateTime?)null,
            untilUtc = filter.To is { } to ? StoredTime.Of(KazakhstanTime.At(to.AddDays(1).ToDateTime(TimeOnly.MinValue))) : (DateTime?)null,
            subject = Given(filter.Subject) is { } text ? $"%{EscapeLike(text)}%" : null,
            skip = (long)(page - 1) * PageSize,
            take = PageSize + 1,
        }, cancellationToken: cancellationToken))).ToList();
        return new AuditPage([.. rows.Take(PageSize)], page, rows.Count > PageSize);
    }

    /// <summary>When each account last signed in, by its name without regard to case; accounts never signed in are not there.</summary>
    public static async Task<IReadOnlyDictionary<string, DateTime>> LastSignInsAsync(WarehouseConnectionFactory connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            new CommandDefinition(AccountSql.LastSignIns, new { signedIn = AuditActions.SignedIn }, cancellationToken: cancellationToken));
        // A name is recorded as it was typed at the sign-in; names are matched without regard to case.
        return rows.GroupBy(r => r.UserName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(r => r.AtUtc), StringComparer.OrdinalIgnoreCase);
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The text is searched for as it is: its own % and _ (and SQL Server's [) are not wildcards.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
