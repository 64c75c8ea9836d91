using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Identity;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// ASP.NET Core Identity's store for portal accounts, in the warehouse (<c>portal_user</c>) on either
/// engine: Identity hashes the passwords, counts wrong ones and locks accounts; this keeps what it decides.
/// </summary>
public sealed class UserStore(WarehouseConnectionFactory connections) :
    IUserPasswordStore<PortalUser>, IUserLockoutStore<PortalUser>, IUserSecurityStampStore<PortalUser>
{
    public async Task<IdentityResult> CreateAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(AccountSql.Insert, user, cancellationToken: cancellationToken));
        user.UserKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(AccountSql.KeyOf, user, cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(AccountSql.Update, user, cancellationToken: cancellationToken));
        return IdentityResult.Success;
    }

    // Accounts stay on the record the audit log refers to: they are disabled, never deleted.
    public Task<IdentityResult> DeleteAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NotDeleted", Description = "Accounts are disabled, not deleted." }));

    public Task<PortalUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        FindAsync(AccountSql.FindByKey, new { UserKey = long.Parse(userId, CultureInfo.InvariantCulture) }, cancellationToken);

    public Task<PortalUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync(AccountSql.FindByName, new { NormalizedUserName = normalizedUserName }, cancellationToken);

    public Task<string> GetUserIdAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.UserKey.ToString(CultureInfo.InvariantCulture));

    public Task<string?> GetUserNameAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(PortalUser user, string? userName, CancellationToken cancellationToken) => Set(() => user.UserName = userName ?? string.Empty);

    public Task<string?> GetNormalizedUserNameAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(PortalUser user, string? normalizedName, CancellationToken cancellationToken) =>
        Set(() => user.NormalizedUserName = normalizedName ?? string.Empty);

    public Task SetPasswordHashAsync(PortalUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash ?? string.Empty);

    public Task<string?> GetPasswordHashAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.PasswordHash);

    public Task<bool> HasPasswordAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash.Length > 0);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(PortalUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.LockoutEndUtc is { } end ? StoredTime.Read(end) : (DateTimeOffset?)null);

    public Task SetLockoutEndDateAsync(PortalUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) =>
        Set(() => user.LockoutEndUtc = lockoutEnd is { } end ? StoredTime.Of(end) : null);

    public Task<int> IncrementAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    // Every account can be locked out: there is no one the rule does not hold for.
    public Task<bool> GetLockoutEnabledAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(PortalUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetSecurityStampAsync(PortalUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public void Dispose()
    {
    }

    private async Task<PortalUser?> FindAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PortalUser>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    // Identity changes the user in memory and then calls UpdateAsync, which writes it all at once.
    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
