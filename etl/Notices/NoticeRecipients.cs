using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Etl.Notices;

/// <summary>A person told of something by e-mail: the account, its display name, its address and its language (<c>kk</c> or <c>ru</c>).</summary>
public sealed record NoticeRecipient(string UserName, string DisplayName, string Address, string Language);

/// <summary>
/// Who hears of a unit: the enabled accounts with an e-mail address of its officers (a district's
/// district officers, a region's regional officers), or of the ministry (its analysts). An account
/// without an address gets no mail.
/// </summary>
public static class NoticeRecipients
{
    /// <summary>The officers of a district, city or region with an address.</summary>
    public static Task<IReadOnlyList<NoticeRecipient>> OfUnitAsync(DbConnection connection, DbTransaction? transaction, string unitKato, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKato);
        return ReadAsync(connection, transaction, unitKato, cancellationToken);
    }

    /// <summary>The ministry's analysts with an address.</summary>
    public static Task<IReadOnlyList<NoticeRecipient>> OfMinistryAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default) =>
        ReadAsync(connection, transaction, null, cancellationToken);

    private static async Task<IReadOnlyList<NoticeRecipient>> ReadAsync(DbConnection connection, DbTransaction? transaction, string? unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<NoticeRecipient>(new CommandDefinition(NoticeSql.Recipients,
            new { unit, district = PortalRoles.DistrictOfficer, regional = PortalRoles.RegionalOfficer, ministry = PortalRoles.MinistryAnalyst },
            transaction, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
