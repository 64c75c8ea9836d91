using Dapper;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Accounts;

/// <summary>Writes the portal's record of who did what, when and from where (<c>portal_audit</c>).</summary>
public sealed class AuditLog(WarehouseConnectionFactory connections, TimeProvider time)
{
    /// <summary>Records one event: <paramref name="action"/> is one of <see cref="Warehouse.Codes.AuditActions"/>.</summary>
    public async Task RecordAsync(string action, string? userName, string? subject, string? remoteAddress, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(AccountSql.InsertAudit,
            new { AtUtc = StoredTime.Now(time), UserName = userName, Action = action, Subject = subject, RemoteAddress = remoteAddress },
            cancellationToken: cancellationToken));
    }
}
